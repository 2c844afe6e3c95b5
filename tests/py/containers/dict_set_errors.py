# error messages of dict/set operations (CPython 3.11's wording)
tests = [
    lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.pop(),
    lambda: {}.update(1, 2), lambda: dict.fromkeys(),
    lambda: {}.setdefault(), lambda: set().remove([]), lambda: set().discard({}), lambda: frozenset().union(1),
    lambda: set().issubset(1), lambda: set([1]) < 1,
    lambda: {}.update(x for x in [1]), lambda: dict([(1, 2), None]), lambda: {1: 2} <= {1: 2},
    lambda: {}.fromkeys(1), lambda: set(1), lambda: frozenset(None), lambda: {} + {}, lambda: set() + set(),
    lambda: {}.keys() + 1, lambda: {1} - [1], lambda: {}[[]], lambda: {[]: 1},
    lambda: set.add({1}, [1]), lambda: dict(1), lambda: dict([1]),
    lambda: {1: 2}.items() & 1, lambda: hash(set()), lambda: hash({}), lambda: hash({}.keys()),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
