import asyncio
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name); return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
async def agen(n):
    for i in range(n):
        yield i
async def f():
    async with CM("a") as a, CM("b") as b:
        print("body", a.name, b.name)
    async with CM("s", True):
        raise KeyError("suppressed")
    try:
        async with CM("n"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with CM(f"loop{i}"):
            if i == 0: continue
            if i == 2: break
            print("loop body", i)
    async def ret():
        async with CM("ret"):
            return "returned"
    print(await ret())
    async for x in agen(5):
        try:
            if x == 1: continue
            if x == 3: break
            print("x", x)
        finally:
            print("finally", x)
    else:
        print("no else")
    async def ret2():
        async for x in agen(5):
            if x == 2:
                return x * 100
    print(await ret2())
    total = 0
    async for x in agen(3):
        async for y in agen(2):
            total += x * y
    print("total", total)
    try:
        async with CM("exc"):
            async for v in agen(3):
                if v == 1: raise RuntimeError("inner")
    except RuntimeError as e:
        print("caught2", e)
asyncio.run(f())
