import asyncio
async def inner(x):
    await asyncio.sleep(0)
    return 10 / x
async def middle(x):
    return await inner(x)
async def main():
    print(await middle(2))
    await middle(0)
c = main()
try:
    while True: c.send(None)
except StopIteration: pass
