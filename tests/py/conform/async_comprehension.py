import asyncio
class AR:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    print([x async for x in AR(4) if x % 2 == 0])
    print({x: x*x async for x in AR(3)})
    async def sq(x):
        await asyncio.sleep(0)
        return x * x
    print([await sq(i) for i in range(4)])
    print({await sq(i) for i in range(3)})
    print([(x, y) async for x in AR(2) for y in range(2)])
asyncio.run(main())
