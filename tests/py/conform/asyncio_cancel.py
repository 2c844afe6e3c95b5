import asyncio, gc
async def worker(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled, cleaning up")
        await asyncio.sleep(0)
        print(name, "cleanup done")
        raise
    finally:
        print(name, "finally")
async def main():
    tasks = [asyncio.create_task(worker(f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.025)
    tasks[0].cancel("stop it")
    tasks[1].cancel()
    res = await asyncio.gather(*tasks[:2], return_exceptions=True)
    print([type(r).__name__ for r in res], [str(r) for r in res])
    gc.collect()
    print(tasks[0].cancelled(), tasks[2].done())
    # leave tasks[2] running: asyncio.run cancels it at shutdown
    async def suppressor():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "suppressed"
    t = asyncio.create_task(suppressor())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    async def shielded():
        await asyncio.sleep(0.01)
        return "shield ok"
    inner = asyncio.ensure_future(shielded())
    outer = asyncio.shield(inner)
    outer.cancel()
    try: await outer
    except asyncio.CancelledError: print("outer cancelled")
    print(await inner)
    return "main end"
print(asyncio.run(main()))
gc.collect()
print("after run")
