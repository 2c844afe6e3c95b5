import asyncio
async def ag():
    try:
        yield 1
        await asyncio.sleep(0)
        yield 2
    finally:
        print('fin')
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i
async def main():
    g = ag()
    print(repr(g)[:30], g.ag_running, type(g.asend(None)).__name__, type(g.athrow(ValueError)).__name__)
    print(await g.__anext__())
    await g.aclose()
    try: await g.__anext__()
    except StopAsyncIteration as e: print('SAI', repr(e))
    g = ag()
    print(await g.asend(None))
    try: await g.athrow(ValueError('x'))
    except ValueError as e: print('VE', e)
    async for v in ticker(3):
        print("tick", v)
    print([x async for x in ticker(4) if x % 2 == 0])
    g = ag()
    print([x async for x in g])
    async def echo():
        v = None
        while True:
            v = yield v
            if v == 'stop': return
    e = echo()
    print(await e.asend(None), await e.asend(5), await e.asend('a'))
    try: await e.asend('stop')
    except StopAsyncIteration: print("echo stopped")
asyncio.run(main())
import asyncio
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    async for v in ticker(3):
        print("tick", v)
    r = [x async for x in ticker(4) if x % 2 == 0]
    print(r)
    async def sq(x):
        await asyncio.sleep(0)
        return x * x
    print([await sq(i) for i in range(4)])
    g = ticker(2)
    print(await g.__anext__(), await anext(g), await anext(g, 'end'))
    print(type(g).__name__)
asyncio.run(main())
