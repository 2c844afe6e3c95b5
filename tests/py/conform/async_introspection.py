import inspect, types, asyncio
async def f(): pass
async def ag(): yield 1
def g(): yield 1
print(inspect.iscoroutinefunction(f), inspect.iscoroutinefunction(g), inspect.isasyncgenfunction(ag), inspect.isgeneratorfunction(g))
c = f()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isasyncgen(ag()), asyncio.iscoroutine(c))
print(types.CoroutineType, types.AsyncGeneratorType, isinstance(c, types.CoroutineType))
c.close()
print(f.__code__.co_flags & 0x80, ag.__code__.co_flags & 0x200)
@types.coroutine
def legacy():
    yield
    return 5
async def main():
    return await legacy()
print(asyncio.run(main()))
import collections.abc as cabc
print(isinstance(f(), cabc.Coroutine), isinstance(ag(), cabc.AsyncGenerator), isinstance(ag(), cabc.AsyncIterator))
