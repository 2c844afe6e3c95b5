# compile exec eval globals locals __import__ and class creation (__build_class__)

print(eval('1 + 2'), eval('  x * 2', {'x': 21}), eval('y', {}, {'y': 'local'}))
g = {}
exec('a = 5\ndef f():\n    return a * 2\n', g)
print(g['a'], g['f'](), '__builtins__' in g)
code = compile('3 * 4', '<expr>', 'eval')
print(eval(code), type(code).__name__)
code = compile('z = 10\n', '<stmts>', 'exec')
ns = {}
exec(code, ns)
print(ns['z'], exec('pass'))
print(eval(b'7 // 2'))
glob_x = 'global value'


def use_globals():
    return globals()['glob_x']


def use_locals():
    q = 1
    r = 2
    return sorted(locals().items())


print(use_globals(), use_locals())
print(sorted(k for k in globals() if k.startswith('glob')))
math_mod = __import__('sys')
print(math_mod.__name__)
try:
    compile('x = (', '<bad>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}

    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, flag=True):
    x = 1


print(type(A).__name__, A.injected, A.x)


class B(A):
    pass


print(type(B).__name__)


class Entry:
    def __mro_entries__(self, bases):
        return (dict,)


class D(Entry()):
    pass


print(D.__bases__, D.__orig_bases__[0].__class__.__name__)


class M1(type):
    pass


class M2(type):
    pass


class X1(metaclass=M1):
    pass


class X2(metaclass=M2):
    pass


try:
    class Bad(X1, X2):
        pass
except TypeError as e:
    print(e)


class WithCell:
    def who(self):
        return __class__.__name__


print(WithCell().who())


class Init:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Sub(Init, tag='t'):
    pass


print(Sub.tag)
