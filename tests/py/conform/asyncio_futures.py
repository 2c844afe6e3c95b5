import asyncio
class Svc:
    async def fetch(self, x):
        await asyncio.sleep(0)
        return x
    @classmethod
    async def make(cls): return cls()
    @staticmethod
    async def util(): return "util"
async def main():
    s = await Svc.make()
    c = s.fetch(1)
    print(repr(c).split(' at ')[0])
    print(await c, await Svc.util())
    t = asyncio.create_task(s.fetch(2))
    print(repr(t).split(' running at')[0] if 'running' in repr(t) else repr(t))
    await t
    print(repr(t))
    try:
        await asyncio.gather(1)
    except TypeError as e:
        print(e)
    fut = asyncio.get_running_loop().create_future()
    print(repr(fut))
    fut.set_result(3)
    print(repr(fut), fut.result())
    try: fut.set_result(4)
    except asyncio.InvalidStateError as e: print("ISE", e)
    f2 = asyncio.get_running_loop().create_future()
    try: f2.result()
    except asyncio.InvalidStateError as e: print("ISE2", e)
    f2.cancel()
    print(f2.cancelled(), repr(f2))
    try: f2.result()
    except asyncio.CancelledError as e: print("CE", repr(e))
    await asyncio.sleep(-1)
    print(await asyncio.sleep(0, result='r'))
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0)
    except TimeoutError as e:
        print("TO", type(e).__name__)
    print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException))
asyncio.run(main())
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
async def nested():
    asyncio.run(main())
try:
    asyncio.run(nested())
except RuntimeError as e:
    print(e)
