import asyncio, sys
async def depth(n):
    if n == 0: return 0
    return 1 + await depth(n - 1)
async def fib(n):
    if n < 2: return n
    return await fib(n - 1) + await fib(n - 2)
async def main():
    print(await depth(900))
    print(await fib(15))
    try:
        await depth(5000)
    except RecursionError as e:
        print("RecursionError", e)
asyncio.run(main())
