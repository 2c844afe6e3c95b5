import pickle
import io


class Thing:
    def __init__(self, v):
        self.v = v


def func():
    pass


class P(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, list):
            return (tuple, (tuple(obj),))
        if isinstance(obj, Thing):
            return (str, ('thing-%s' % obj.v,))
        if obj is func:
            return (str, ('func replaced',))
        if obj is Thing:
            return (str, ('class replaced',))
        return NotImplemented


for proto in (2, 4):
    f = io.BytesIO()
    P(f, proto).dump({'a': [1, 2], 'b': Thing(3), 'c': func, 'd': Thing, 'e': len, 'f': 'text'})
    print(f.getvalue())
    print(pickle.loads(f.getvalue()))


class Memo(pickle.Pickler):
    pass


f = io.BytesIO()
m = Memo(f, 2)
m.dump(['x', 'x'])
print(len(m.memo.copy()), f.getvalue())
m.fast = 1
m.clear_memo()
m.dump(['y'])
print(len(m.memo.copy()), f.getvalue())


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ('builtins', '__builtin__') and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 2))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Thing, 2))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
u = pickle.Unpickler(io.BytesIO(pickle.dumps(['a', 'a'], 2)))
print(u.load(), u.memo.copy())
print(pickle.dumps(pickle.PicklingError('x'), 4))
print(pickle.loads(pickle.dumps(pickle.UnpicklingError('y'))).args, pickle.Pickler, pickle.PickleError)
raise pickle.UnpicklingError('uncaught')
