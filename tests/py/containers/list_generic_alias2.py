# types.GenericAlias: substitution, starred unpacking, equality
try:
    list[int][str]
except TypeError as e:
    print(e)
print(*tuple[int, str], list(iter(tuple[int])), (*tuple[int],)[0].__unpacked__, tuple[int].__unpacked__)
print(tuple[int].__typing_unpacked_tuple_args__, (*tuple[int],)[0].__typing_unpacked_tuple_args__)
class TV:
    def __init__(self, name):
        self.__name__ = name
    def __typing_subst__(self, arg):
        return arg
    def __repr__(self):
        return "~" + self.__name__
T = TV("T")
print(list[T], list[T].__parameters__, list[T][int], tuple[str, T][int], tuple[T, list[T]][bytes])
try:
    list[T][int, str]
except TypeError as e:
    print(e)
print(list[int] == list[int], (*tuple[int],)[0] == tuple[int])
