import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()

async def worker(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0.02 * item)
        results.append((name, item))
        print(f"{name} processed {item}")
        q.task_done()

async def counter(n, label):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)
    return label * n

async def fails():
    await asyncio.sleep(0.05)
    raise ValueError("boom")

async def slow():
    await asyncio.sleep(1)
    return "slow"

async def main():
    print(f"started")
    t1 = asyncio.create_task(say_after(0.05, 'hello'))
    t2 = asyncio.create_task(say_after(0.01, 'world'))
    print(await t1, await t2)
    r = await asyncio.gather(counter(3, 'a'), counter(2, 'b'), counter(1, 'c'))
    print(r)
    r = await asyncio.gather(fails(), counter(2, 'x'), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(fails(), counter(2, 'y'))
    except ValueError as e:
        print("caught", e)
    q = asyncio.Queue()
    for i in range(6): q.put_nowait(i)
    results = []
    tasks = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    await q.join()
    for t in tasks: t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(x).__name__ for x in res])
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout!")
    lock = asyncio.Lock()
    shared = []
    async def locked(i):
        async with lock:
            shared.append(i)
            await asyncio.sleep(0.001)
            shared.append(-i)
    await asyncio.gather(*(locked(i) for i in range(3)))
    print(shared)
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("waiter", i, "released")
    ws = [asyncio.create_task(waiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ws)
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print("in", i)
            await asyncio.sleep(0)
            print("out", i)
    await asyncio.gather(*[limited(i) for i in range(4)])
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled(), task.done())
    done, pending = await asyncio.wait([asyncio.create_task(say_after(0.001, 'w1')), asyncio.create_task(slow())], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending: p.cancel()
    for coro in asyncio.as_completed([say_after(0.15, 'c3'), say_after(0.01, 'c1')]):
        print("as_completed", await coro)
    print(asyncio.current_task().get_name())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, 42)
    print(await fut)
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(say_after(0.01, 'tg1'))
        b = tg.create_task(say_after(0.06, 'tg2'))
    print(a.result(), b.result())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    return "main done"

start = time.perf_counter()
print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()))
