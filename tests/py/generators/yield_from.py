def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        return "sub-returned"
    finally:
        print("sub finally")

def main():
    r = yield from sub()
    print("main got", r)
    yield 3

g = main()
print(next(g))
print(g.throw(KeyError))
try:
    next(g)
except StopIteration:
    print("done")

g = main()
next(g)
g.close()
print("closed")

def chain3():
    yield from main()
g = chain3()
next(g)
print(g.throw(KeyError))

class It:
    def __iter__(self): return self
    def __next__(self): return 5
    def throw(self, e):
        raise StopIteration("from-throw")

def over_it():
    r = yield from It()
    yield r
g = over_it()
print(next(g), g.throw(ValueError))

def raise_in_sub():
    def s():
        yield 1
        raise ValueError("sub error")
    try:
        yield from s()
    except ValueError as e:
        yield "caught " + str(e)
print(list(raise_in_sub()))
