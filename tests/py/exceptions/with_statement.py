# The with statement: multiple managers, suppression, failing __enter__/__exit__, targets.
class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        if self.fail_exit: raise RuntimeError("exit failed " + self.name)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
try:
    with CM("outer"), CM("inner"):
        raise ValueError("v")
except ValueError as e: print("caught", e)
with CM("sup", suppress=True):
    raise KeyError("k")
print("after suppressed")
try:
    with CM("f", fail_exit=True):
        raise ValueError("original")
except RuntimeError as e: print("replaced by", e, "context:", repr(e.__context__))
def ret_in_with():
    with CM("r"):
        return "returned"
print(ret_in_with())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0: continue
        if i == 1: break
class BadEnter:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("never"); return True
try:
    with CM("x"), BadEnter(): pass
except OSError as e: print("enter error", e)
class Falsy:
    def __enter__(self): return None
    def __exit__(self, *a): return 0
try:
    with Falsy(): raise IndexError("falsy exit propagates")
except IndexError as e: print(e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty string"
with Truthy(): raise IndexError("swallowed")
print("truthy exit swallowed")
class OnlyExit:
    def __exit__(self, *a): pass
try:
    with OnlyExit(): pass
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self): pass
try:
    with OnlyEnter(): pass
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
def gen_cm():
    print("gen setup")
    try:
        yield "resource"
    except ZeroDivisionError:
        print("gen saw ZeroDivisionError")
    finally:
        print("gen cleanup")
class FromGen:
    def __init__(self): self.g = gen_cm()
    def __enter__(self): return next(self.g)
    def __exit__(self, et, ev, tb):
        if et is None:
            try: next(self.g)
            except StopIteration: return False
        try: self.g.throw(ev)
        except StopIteration: return True
        return False
with FromGen() as r: print("using", r)
with FromGen() as r: 1 / 0
print("done")
with CM("target") as (t):
    print(type(t).__name__)
class Tgt:
    pass
tg = Tgt()
with CM("attr-target") as tg.attr: pass
print(tg.attr.name)
d = {}
with CM("item-target") as d["k"]: pass
print(d["k"].name)
