# __build_class__ corner cases, exec/eval scoping, compile modes
def meta_func(name, bases, ns, **kw):
    print('meta_func', name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
    return 42
class A(metaclass=meta_func, opt=1):
    z = 1
print(A)
class BadPrep(type):
    @classmethod
    def __prepare__(m, name, bases):
        return 5
try:
    class Q(metaclass=BadPrep): pass
except TypeError as e: print(e)
class Meta(type):
    def __new__(m, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(m, name, bases, ns)
try:
    class C(metaclass=Meta):
        def f(self): return __class__
except (TypeError, RuntimeError) as e: print(type(e).__name__, e)
class Other: pass
class Meta2(type):
    def __new__(m, name, bases, ns):
        return Other
try:
    class D(metaclass=Meta2):
        def f(self): return __class__
except RuntimeError as e: print(e)
try:
    __build_class__()
except TypeError as e: print(e)
try:
    __build_class__(1, 'x')
except TypeError as e: print(e)
try:
    __build_class__(lambda: None, 1)
except TypeError as e: print(e)
import sys
print(__import__('sys') is sys, __import__('sys', globals(), None, ['path'], 0) is sys)
class Gen:
    def __class_getitem__(cls, item): return f'Gen[{item}]'
print(Gen[int])
class WithMro:
    def __mro_entries__(self, bases):
        return ()
class E(WithMro(), object): pass
print(E.__bases__, len(E.__orig_bases__))
try:
    class F(WithMro): pass
    print(F.__bases__)
except TypeError as e: print(e)
ns = {}
exec('''
def outer():
    v = 1
    def inner():
        return v + 1
    return inner()
r = outer()
''', ns)
print(ns['r'])
loc = {}
exec('a = 1\nb = a + 1', {}, loc)
print(loc)
print(eval('[x for x in range(3)]'), eval('__name__'))
def scope():
    w = 7
    return eval('w * 2')
print(scope())
code = compile('print("from single")', '<s>', 'single')
exec(code)
print(compile('1', '<x>', 'eval').co_filename)
try:
    exec('raise ValueError("inside exec")')
except ValueError as e: print('caught', e)
try:
    eval('1/0')
except ZeroDivisionError as e: print(e)
try:
    eval('x +')
except SyntaxError as e: print(type(e).__name__, e.lineno, e.filename)
class Prop:
    x = property(lambda s: 10, doc='the x')
print(Prop().x, Prop.x.__doc__)
print(type('N', (), {})().__class__.__name__)
print(sorted(vars(type('V', (), {'a': 1})).keys() - {'__dict__', '__weakref__', '__doc__', '__module__'}))
