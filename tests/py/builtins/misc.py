# dir/vars/locals scopes, exception attributes, number and text builtins
import sys
x = 5
print(sorted(k for k in dir() if not k.startswith('_')))
print(vars() is globals(), locals() is globals())
def f(a, b=2):
    c = 3
    print(sorted(dir()), vars())
f(1)
class K:
    y = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
e = Exception('a')
print(e.__class__, e.__traceback__, e.__context__, e.__cause__)
try:
    raise TypeError('x')
except TypeError as t:
    print(t.__traceback__.tb_lineno, t.__traceback__.tb_next)
class E2(ValueError):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k
print(repr(E2(1, z=2)), E2(1, z=2).k)
class Slots(Exception):
    __slots__ = ('q',)
s = Slots(1); s.q = 3; print(s.q, s.args)
print(BaseException.__dict__['args'].__class__.__name__)
print(KeyError.__str__ is not Exception.__str__)
print(str(KeyError('a', 'b')), repr(KeyError()))
print(isinstance(ExceptionGroup('x',[ValueError()]), Exception))
print(sum([1.5, 2]), sum([Exception]) if False else 0)
print(max('abc', key=ord), min([[3], [1, 2]]))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1e20), round(5, -1), round(15, -1))
print(divmod(2**70, 7), pow(3, 200, 1000), pow(10, -2))
print(hex(id) if False else '', oct(-0), bin(0))
print(ascii([1, 'é', '\n']), repr('\x00'))
print(format(1234567.891, ','), format(0.5, '%'), format(True), format(None), format(-3, '+d'))
print(chr(65), chr(0x1F600), ord('\U0001F600'), ord(b'A'), ord(bytearray(b'z')))
print(isinstance(True, (bool,)), issubclass(bool, (str, (int,))))
print(getattr(1, 'real'), getattr([], 'append').__name__)
it = iter(range(3)); print(next(it), list(it))
print(list(map(pow, [2, 3], [3, 2])), list(zip(*[(1, 2), (3, 4)])))
print(hash('') == hash(''), hash(()) == hash(()))
print(callable(print), type(print).__name__, print.__name__, len.__doc__ is None or True)
