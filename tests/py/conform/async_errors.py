import asyncio

async def f():
    return 1

c = f()
print(type(c).__name__, repr(c).startswith('<coroutine object f at'))
try: iter(c)
except TypeError as e: print(e)
try: next(c)
except TypeError as e: print(e)
c.close()
try: c.send(None)
except RuntimeError as e: print(e)

async def g(): await 5
try: g().send(None)
except TypeError as e: print(e)

class A:
    def __await__(self): return 5
async def h(): await A()
try: h().send(None)
except TypeError as e: print(e)

async def i():
    async with 5: pass
try: i().send(None)
except Exception as e: print(type(e).__name__, e)

async def j():
    async for x in 5: pass
try: j().send(None)
except Exception as e: print(type(e).__name__, e)

class AI:
    def __aiter__(self): return 5
async def k():
    async for x in AI(): pass
try: k().send(None)
except Exception as e: print(type(e).__name__, e)

async def m():
    raise StopIteration
try: m().send(None)
except Exception as e: print(type(e).__name__, e)

c = f()
try: c.send(5)
except Exception as e: print(type(e).__name__, e)
print(c.cr_running, c.cr_await, c.cr_frame is not None, c.__name__, c.__qualname__, c.cr_code.co_name)
c.close()

for src in ["await x", "def f():\n    await x", "def f():\n    async with x: pass",
            "def f():\n    async for a in b: pass", "async def f():\n    yield from x",
            "async def f():\n    yield 1\n    return 2",
            "def f():\n    return [x async for x in y]"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

async def ag():
    yield 1
try: anext(5)
except TypeError as e: print(e)
try: aiter(5)
except TypeError as e: print(e)
print(type(ag()).__name__, type(ag().__anext__()).__name__)

async def main():
    print(await anext(ag()), await anext(ag(), 'x'))
    g = ag()
    await g.__anext__()
    print(await anext(g, 'default'))
    async def sub():
        raise ValueError("in task")
    t = asyncio.create_task(sub())
    try:
        await t
    except ValueError as e:
        print("task raised", e, t.done(), type(t.exception()).__name__)

asyncio.run(main())
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
print([(x.category.__name__, str(x.message), x.lineno) for x in w])
print("end")
