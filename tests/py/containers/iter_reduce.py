# __reduce__/__setstate__ of the sequence and builtin iterators
it = iter([1,2,3]); next(it); print(it.__reduce__()); it.__setstate__(7); print(list(it), it.__reduce__())
r = reversed([1,2,3]); print(r.__reduce__()); r.__setstate__(0); print(list(r), r.__reduce__())
print(iter(range(1,10,2)).__reduce__(), iter(range(10**20)).__reduce__())
ri = iter(range(5)); next(ri); ri.__setstate__(3); print(list(ri), ri.__reduce__())
li = iter(range(10**20, 10**20+5)); li.__setstate__(3); print(list(li))
e = enumerate((1, 2), 3); next(e); print(e.__reduce__()[0], e.__reduce__()[1][1])
print(zip((1,), (2,), strict=True).__reduce__()[0], len(zip((1,), (2,), strict=True).__reduce__()), len(zip((1,), (2,)).__reduce__()))
print(map(len, ('a',)).__reduce__()[0], filter(None, (1,)).__reduce__()[0])
ti = iter((1, 2)); print(ti.__reduce__()); list(ti); print(ti.__reduce__())
print(reversed((1, 2, 3)).__reduce__())
class S:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
si = iter(S()); next(si); print(si.__reduce__()[0], si.__reduce__()[2]); list(si); print(si.__reduce__())
ci = iter(int, 1); print(ci.__reduce__())
print(enumerate[int], sorted(set(dir(zip))) == sorted(set(dir(zip))))
