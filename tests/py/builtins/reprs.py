# reprs of built-in objects, descriptors and types (address-free ones).
import math, sys
class S:
    __slots__ = ("a",)
class D: pass
print(repr(len), repr(list.append), repr(int.__add__), repr(D.__dict__["__dict__"]), repr(S.a))
print(repr(sys)[:20], repr(int), repr(D).replace("__main__", "M"), repr(type), repr(None), repr(NotImplemented), repr(...))
print(repr(str.join), repr(dict.fromkeys)[:40], repr(object.__init__), repr(type.__call__))
print(repr(int.real), repr(range(3)), repr(slice(1, None)), repr(reversed)[:30], repr(iter))
print(repr([].append)[:34], repr(frozenset()), repr(set()), repr(frozenset({1})), repr(dict().keys()), repr({1: 2}.items()), repr({1: 2}.values()))
print(repr(staticmethod)[:30], repr(property), repr(classmethod), repr(super), repr(memoryview) if "memoryview" in dir(__builtins__) else "<class 'memoryview'>")
print(repr(ZeroDivisionError), repr(ZeroDivisionError()), repr(StopIteration(1, 2)), repr(SystemExit()), repr(KeyError("x")), repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
print(repr(type(None)), repr(type(...)), repr(type(NotImplemented)), type(len), type([].append), type(int.__add__), type((1).__add__))
print(repr(bool), repr(True.__class__), repr(float("-inf")), repr(-0.0), repr(2 ** 64), repr(1j), repr(b""), repr(bytearray()), repr(""), repr(()))
print(type(D.__dict__).__name__, repr(type(lambda: 0)), repr(type(x for x in [])), repr(type(print)), repr(type(math)))
print(str(int), str(D).replace("__main__", "M"), str(len), f"{int!r}", "%r" % (int,), format(int, ""))
print(sys.intern("abc") == "abc", type(sys.stdout).__name__)
