# __class_getitem__ of the container ABCs and collections types; union annotations
import collections.abc as cabc, collections, functools, contextlib, itertools
print(cabc.Iterable[int], cabc.Mapping[str, int], collections.deque[int], collections.OrderedDict[str, int] if hasattr(collections.OrderedDict, '__class_getitem__') else None)
print(collections.Counter[str], collections.defaultdict[str, list], functools.partial[int], itertools.chain[int])
def f(x: list[int] | None = None, *, y: cabc.Sequence[int] = ()) -> dict[str, int] | None: pass
print(f.__annotations__)
