# types: type names, SimpleNamespace, new_class & co., DynamicClassAttribute, unions
import types, sys

def f(): pass
class C:
    def m(self): pass
    __slots__ = ('s',)
def g(): yield 1
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
checks = [
    (types.FunctionType, f), (types.LambdaType, lambda: 0), (types.CodeType, f.__code__),
    (types.MethodType, C().m), (types.BuiltinFunctionType, len), (types.BuiltinMethodType, [].append),
    (types.ModuleType, sys), (types.GeneratorType, g()), (types.TracebackType, tb),
    (types.FrameType, tb.tb_frame), (types.MappingProxyType, type.__dict__),
    (types.WrapperDescriptorType, object.__init__), (types.MethodWrapperType, object().__str__),
    (types.MethodDescriptorType, str.join), (types.ClassMethodDescriptorType, dict.__dict__['fromkeys']),
    (types.GetSetDescriptorType, types.FunctionType.__dict__['__code__']),
    (types.MemberDescriptorType, C.__dict__['s']),
    (types.NoneType, None), (types.EllipsisType, ...), (types.NotImplementedType, NotImplemented),
    (types.GenericAlias, list[int]),
]
for t, v in checks:
    print(t.__name__, isinstance(v, t))
print(types.NoneType, types.EllipsisType, types.FunctionType, types.CellType.__name__)

ns = types.SimpleNamespace(a=1, b='x')
print(ns, repr(ns), ns.a, ns.b, ns == types.SimpleNamespace(b='x', a=1), ns != types.SimpleNamespace(a=1))
ns.c = [1]; del ns.a; print(ns, vars(ns), types.SimpleNamespace())
rec = types.SimpleNamespace(); rec.me = rec; print(rec)
class NS(types.SimpleNamespace):
    pass
print(NS(z=0), isinstance(NS(), types.SimpleNamespace))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', 'positional' in str(e))
try:
    hash(ns)
except TypeError as e:
    print('TypeError', 'unhashable' in str(e))

mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0))
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError', e)

def body(ns):
    ns['x'] = 1
    ns['hello'] = lambda self: 'hi'
K = types.new_class('K', (object,), {}, body)
print(K.__name__, K.x, K().hello(), K.__mro__)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return {'prepared': True}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
M = types.new_class('M', (), {'metaclass': Meta, 'flag': 1})
print(type(M).__name__, M.prepared)
print(types.prepare_class('P', (), {'metaclass': Meta, 'y': 2}))
print(types.prepare_class('Q', (int,))[0], types.prepare_class('Q')[1:])
class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((int, Entry())), types.resolve_bases((int,)))
D = types.new_class('D', (Entry(),))
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    types.new_class('Bad', (A1, A2))
except TypeError as e:
    print('TypeError', e)

class WithDyn:
    def __init__(self): self._v = 5
    @types.DynamicClassAttribute
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
w = WithDyn(); print(w.v); w.v = 7; print(w.v)
try:
    WithDyn.v
except AttributeError:
    print('AttributeError on class access')

u = int | None
print(u, type(u).__name__, int | str | None, (int | str) == (str | int), int | int, None | int, list[int] | dict[str, int])
print(u.__args__, isinstance(3, int | str), isinstance('a', int | str), isinstance(2.5, int | str), issubclass(bool, int | None))
print(hash(int | str) == hash(str | int), (int | str) | float, int | (str | float))
x: int | None = None
def ann(a: str | bytes, b: list[int] | None = None) -> int | None: pass
print(ann.__annotations__)
try:
    int | 5
except TypeError as e:
    print('TypeError', e)
