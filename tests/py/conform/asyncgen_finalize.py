import asyncio
async def gen(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("cleanup", tag)
async def main():
    async for x in gen("a"):
        if x == 2: break
    print("after break")
    g = gen("b")
    print(await anext(g))
    print(await anext(gen("c")))
    await asyncio.sleep(0)
    print("main end")
asyncio.run(main())
print("done")
async def ag():
    try:
        yield 1
        yield 2
    finally:
        print('fin')
async def main2():
    g = ag()
    print(await g.__anext__())
    await g.aclose()
    try: await g.__anext__()
    except StopAsyncIteration as e: print('SAI', repr(e))
    print(await anext(ag()), await anext(ag(), 5))
    async for x in ag(): print(x); break
    print('after break')
asyncio.run(main2())
