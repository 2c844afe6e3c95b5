# StopIteration values, generator returns, next() defaults


def gen():
    yield 1
    return 'result'


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value:', e.value, e.args)


def delegating():
    r = yield from gen()
    print('yield from got', r)
    yield 2


print(list(delegating()))
it = iter([])
print(next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)


class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Counter(3)), next(Counter(0), 'empty'))


def bad_gen():
    yield 1
    raise StopIteration('x')


try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
