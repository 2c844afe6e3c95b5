import pprint
import io
import collections
import types
from dataclasses import dataclass, field

data = {
    'name': 'krait',
    'numbers': list(range(40)),
    'nested': {'a': [1, 2, {'deep': ('x', 'y', 'z') * 6}], 'b': None,
               'c': {'k%d' % i: i * 1.5 for i in range(12)}},
    'tuple1': (1,),
    'set': {5, 3, 1, 9, 7},
    'frozen': frozenset({3, 1}),
    'empty': [[], {}, (), set()],
    10: 'int key',
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, width=120, indent=4))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, compact=True))
print(pprint.pformat(data, sort_dicts=False, width=50))
pprint.pp({'z': 1, 'a': list(range(30))}, width=30)

long_text = ('The quick brown fox jumps over the lazy dog. ' * 6 +
             '\nSecond line here. ' * 3)
pprint.pprint(long_text)
pprint.pprint([long_text, 'short'], width=50)
pprint.pprint({'key': long_text}, width=60)
pprint.pprint(bytes(range(60)))
pprint.pprint(bytearray(b'abcdefghij' * 10), width=40)
pprint.pprint(b'abc')
pprint.pprint([10**20, 1234567], underscore_numbers=True, width=10)

rec = [1, 2]
rec.append(rec)
s = pprint.pformat(rec)
print(s.split(' with id=')[0])
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable(data))
print(pprint.saferepr({'b': 2, 'a': [1, (3,)]}), pprint.isreadable(object()))

mixed = {1, 'a', 2.5, None}
print(pprint.pformat(list(range(25)), width=20, compact=True))
print(pprint.pformat([('a' * 30, 'b' * 30), ('c' * 30,)], width=40))

od = collections.OrderedDict((str(i), i * 'xy') for i in range(8))
pprint.pprint(od, width=40)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {i: list(range(i)) for i in range(8)})
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter('abracadabra' * 5 + 'xyzw'), width=30)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='b' * 50), width=40)
pprint.pprint(types.MappingProxyType({'a': list(range(30))}), width=40)


@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


pprint.pprint(Point(1, list(range(30))), width=40)
pprint.pprint([Point(2)], width=40)

buf = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=30, stream=buf)
pp.pprint({'alpha': list(range(12)), 'beta': ('x',) * 8})
print(buf.getvalue(), end='')
print(pp.isreadable([1, 2]), pp.isrecursive([1]))
for bad in (dict(indent=-1), dict(depth=0), dict(width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)


class MyList(list):
    def __repr__(self):
        return 'MyList!'


pprint.pprint([MyList(range(100))] * 3, width=20)
pprint.pprint(sorted(mixed, key=pprint._safe_key) is not None)
