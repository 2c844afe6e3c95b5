class OD: pass
print(list[int], tuple[int, ...], tuple[()], list[OD], list["x"], list[None], type(list[int]))
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], hash(a) == hash(list[int]), a([1,2]), a is list[int])
print(list[int].__mro_entries__((list[int],)))
try: isinstance([], list[int])
except TypeError as e: print(e)
print(repr(list[int, str]), list[int].append, list[int].__class__)
class C(list[int]): pass
print(C.__bases__, C.__orig_bases__, C([1]))
def f(x: list[int]) -> tuple[str, list[tuple[int]]]: pass
print(f.__annotations__)
print(list[int] == list, list[int] != list[str], tuple[int].__name__)
