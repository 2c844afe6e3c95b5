import builtins
for n in ['abs','all','any','ascii','bin','callable','chr','compile','delattr','dir','divmod','eval','exec','format','getattr','globals','hasattr','hash','hex','id','input','isinstance','issubclass','iter','len','locals','max','min','next','oct','ord','pow','print','repr','round','setattr','sorted','sum','vars','__import__','__build_class__', 'aiter', 'anext']:
    print(n, repr(getattr(builtins, n).__doc__))
print(open.__doc__ == __import__('io').open.__doc__, len(open.__doc__))
for t in (range, list, dict):
    print(repr(t.__doc__))
class D: pass
print(repr(D.__dict__['__dict__'].__doc__))
print(repr(D.__dict__['__weakref__'].__doc__))
class S:
    __slots__ = ('a',)
print(repr(S.a.__doc__))
for o, k in [(object, '__init__'), (object, '__repr__'), (object, '__hash__'), (object, '__setattr__'),
             (object, '__lt__'), (object, '__str__'), (int, '__add__'), (int, '__radd__'), (int, '__neg__'),
             (int, '__bool__'), (int, '__index__'), (int, '__pow__'), (int, '__and__'), (int, '__int__'),
             (float, '__truediv__'), (float, '__floordiv__'), (float, '__float__'), (list, '__iadd__'),
             (list, '__imul__'), (list, '__len__'), (list, '__iter__'), (list, '__setitem__'),
             (list, '__delitem__'), (list, '__contains__'), (list, '__mul__'), (list, '__rmul__'),
             (set, '__ior__'), (set, '__isub__'), (set, '__iand__'), (set, '__ixor__'),
             (type, '__call__'), (property, '__get__'), (property, '__set__'), (property, '__delete__'),
             (type(iter([])), '__next__'), (str, '__mod__'), (str, '__rmod__'), (int, '__divmod__')]:
    print(o.__name__, k, repr(vars(o)[k].__doc__))
print(repr((1).__add__.__doc__), repr([].__len__.__doc__), repr(object().__init__.__doc__))
