import json
from collections import OrderedDict

d = {"b": [1, 2.5, None, True, False, "x\ny\u00e9\U0001F600"], "a": {"z": 1e100, "y": -0.0, 3: "int key"}, "c": [], "e": {}}
print(json.dumps(d))
print(json.dumps(d, indent=2))
print(json.dumps(d, indent="\t", ensure_ascii=False, separators=(",", ":")))
print(json.dumps(d, indent=0))
print(json.dumps(d, sort_keys=False, separators=(',', ':')))
print(json.loads(json.dumps(d)))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1 / 3, 1e16, 1e-7, 0.1 + 0.2, 10.0, -5]))
print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, 2: 5}))
print(json.dumps("\x00\x1f\x7f\"\\/\b\f\n\r\t"), ascii(json.dumps("\u2028\ud800", ensure_ascii=False)), json.dumps("\u2028\U0010ffff"))
print(json.dumps((1, 2)), json.dumps([[[]]], indent=1), json.dumps(12345678901234567890), json.dumps(True), json.dumps(None))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=4))
for s in ['{"a":1,}', '[1,]', '"a\x01"', '"\\q"', '"\\u12"', '[1 2]', '{"a" 1}', '', '  ', '1 2', '"abc', '{"a":1', '[', 'nul', '-', '01', '1.', '{1:2}',
          '{"a":1 "b":2}', '[1,2', '\n\n  [\n1,\n]', '"\\ud800"', 'tru', '{"a"', '{"a":}', '[-]', '1e', '-0', '1E+2', '-1.5e-3']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
for o in [{1, 2}, {(1, 2): 3}, b'x', object]:
    try:
        json.dumps(o)
    except TypeError as e:
        print(e)
l = []
l.append(l)
dd = {}
dd['x'] = dd
for o in [l, dd]:
    try:
        json.dumps(o)
    except ValueError as e:
        print(e)
for args in [{}, {'indent': 2}]:
    for o in [float('nan'), [float('inf')], {'k': -float('inf')}]:
        try:
            json.dumps(o, allow_nan=False, **args)
        except ValueError as e:
            print(e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
print(json.dumps({"s": {1, 2}}, default=sorted))
print(json.loads('{"a": [1, 2, {"b": null}]}', object_pairs_hook=list))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"__complex__": true, "real": 1, "imag": 2}',
                 object_hook=lambda d: complex(d['real'], d['imag']) if '__complex__' in d else d))
print(json.loads('[1.5, 2, NaN, Infinity, -Infinity]', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('[NaN]', parse_constant=lambda c: 'const:' + c))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600", json.loads('"\\u00e9\\n\\/"'))
print(json.loads('"a\tb"', strict=False), json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"x": 1}')))
print(json.loads('  {"a" :  [ 1 , 2 ]  }  '), json.loads('1e400'), json.loads('-1e400'), json.loads('123456789012345678901234567890'))
try:
    json.loads(5)
except TypeError as e:
    print(e)
try:
    json.loads('\ufeff[]')
except json.JSONDecodeError as e:
    print(e)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}, 'f': frozenset([5])}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([{1}]))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.decode(' "x" '))
print(json.JSONDecodeError('m', 'ab\ncd', 4).args, issubclass(json.JSONDecodeError, ValueError))


class IntSub(int):
    def __repr__(self):
        return 'nope'


class FloatSub(float):
    def __repr__(self):
        return 'nope'


print(json.dumps([IntSub(5), FloatSub(2.5), {IntSub(3): FloatSub(1.0)}]))

import io
buf = io.StringIO()
json.dump({'k': [1, {'z': None}]}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))

nested = {'users': [{'id': i, 'name': 'user%d' % i, 'tags': ['t%d' % j for j in range(i % 3)],
                     'score': i * 1.25, 'active': i % 2 == 0, 'meta': None} for i in range(5)]}
text = json.dumps(nested, indent=2, sort_keys=True)
print(text)
print(json.loads(text) == nested, json.loads(json.dumps(nested, separators=(',', ':'))) == nested)
