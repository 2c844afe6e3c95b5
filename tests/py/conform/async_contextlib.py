import asyncio, contextlib
@contextlib.asynccontextmanager
async def res(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)
async def agen():
    try:
        yield 1; yield 2
    finally:
        print("agen closed")
async def main():
    async with res("db") as r:
        print("using", r)
    try:
        async with res("x"):
            raise ValueError("oops")
    except ValueError as e:
        print("caught", e)
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(res("a"))
        b = await st.enter_async_context(res("b"))
        print(a, b)
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            print(v); break
    async with contextlib.nullcontext(5) as n:
        print("null", n)
asyncio.run(main())
