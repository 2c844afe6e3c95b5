# dict[...], set[...], frozenset[...] (PEP 585) in annotations, calls and bases
def f(x: dict[str, int], y: set[int], z: frozenset[str]) -> dict[str, list[int]]: pass
print(f.__annotations__)
print(dict[str, int], set[int](), dict[str, int](a=1), frozenset[int]([1]))
class C(dict[str, int]): pass
print(C(a=1), C.__mro__)
