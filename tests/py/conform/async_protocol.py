async def f(x):
    return x * 2
async def main():
    a = await f(3)
    print("a", a)
    return a + 1
c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
class AW:
    def __await__(self):
        v = yield "suspend"
        return v * 10
async def g():
    r = await AW()
    print("g got", r)
    return r
c = g()
print(c.send(None))
try: c.send(4)
except StopIteration as e: print("ret", e.value)
class ACM:
    async def __aenter__(self):
        print("aenter"); return "val"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None); return True
class AIt:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0: raise StopAsyncIteration
        self.n -= 1
        return self.n
async def h():
    async with ACM() as v:
        print("body", v)
    async with ACM() as v:
        raise ValueError("x")
    async for i in AIt(3):
        print("i", i)
        if i == 5: break
    else:
        print("else")
    for k in range(3):
        async with ACM():
            if k == 1: break
    async for i in AIt(5):
        if i == 3: continue
        if i == 1: break
        print("j", i)
    return "h done"
c = h()
try: c.send(None)
except StopIteration as e: print(e.value)
