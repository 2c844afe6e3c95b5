import asyncio
async def hello(n):
    print("hello", n)
    await asyncio.sleep(0.01 * n)
    print("bye", n)
    return n
loop = asyncio.get_event_loop()
res = loop.run_until_complete(asyncio.gather(*(hello(i) for i in range(3))))
print(res)
def cb(fut): print("callback got", fut.result())
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon 2")
    loop.call_later(0.01, print, "later")
    f = asyncio.ensure_future(hello(5))
    f.add_done_callback(cb)
    await asyncio.sleep(0)
    print("after sleep0")
    await f
    t = asyncio.create_task(hello(1), name="custom")
    print(t.get_name())
    await t
    print(t.result(), t.done(), t.cancelled())
    async def producer(q, n):
        for i in range(n):
            await q.put(i)
            print("produced", i)
        await q.put(None)
    async def consumer(q):
        while (item := await q.get()) is not None:
            print("consumed", item)
        return "consumer done"
    q = asyncio.Queue(maxsize=2)
    print(await asyncio.gather(producer(q, 5), consumer(q)))
loop.run_until_complete(main())
loop.close()
print(loop.is_closed())
