# Generators (resumptions count as calls), yield from, throw/close, coroutines
# driven by send(), and generator expressions, with a deterministic timer.
import cProfile, pstats, io
class Clock:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n * 0.001
def inner():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from inner()
    yield r
def thrower():
    try:
        yield 1
    except KeyError:
        yield 'caught'
async def co(x):
    return x * 2
async def main():
    return await co(3)
def body():
    list(outer())
    g = thrower(); next(g); g.throw(KeyError); g.close()
    g2 = inner(); next(g2); del g2
    c = main()
    try:
        c.send(None)
    except StopIteration as e:
        pass
    sum(i for i in range(3))
    [x for x in range(2)]
c = Clock()
p = cProfile.Profile(c)
p.runcall(body)
print(c.n)
s = io.StringIO()
st = pstats.Stats(p, stream=s).strip_dirs().sort_stats('stdname')
st.print_stats(); st.print_callers()
print(s.getvalue())

# async for / async with go through the same machinery
class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i
class ACtx:
    async def __aenter__(self):
        return 'in'
    async def __aexit__(self, *a):
        return False
async def amain():
    out = []
    async for v in AIter():
        out.append(v)
    async with ACtx() as x:
        out.append(x)
    return out
def drive():
    c = amain()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
c = Clock()
p = cProfile.Profile(c)
print(p.runcall(drive), c.n)
s = io.StringIO()
pstats.Stats(p, stream=s).strip_dirs().sort_stats('stdname').print_stats()
print(s.getvalue())
