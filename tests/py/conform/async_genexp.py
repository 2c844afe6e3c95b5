import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    await asyncio.sleep(0)
    return x * 2
def make(src):
    return (v * 10 async for v in src)
async def main():
    g = (x * x async for x in agen(4))
    print(type(g).__name__, [v async for v in g])
    h = (await double(i) for i in range(3))
    print([v async for v in h])
    print([v async for v in make(agen(3))])
    nested = (a + b async for a in agen(2) for b in range(2) if b)
    print([v async for v in nested])
    print(sum([v async for v in (x async for x in agen(5) if x % 2)]))
asyncio.run(main())
