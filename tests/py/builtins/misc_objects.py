# Misc objects: int/str digit limit, exception reprs and notes, OSError, ranges, hex.
try: str(10 ** 5000)
except ValueError as e: print(e)
try: int("1" * 5000)
except ValueError as e: print(e)
import sys
print(sys.get_int_max_str_digits())
e = ValueError("x"); e.add_note("note1"); print(e.__notes__)
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError()), str(KeyError(1, 2)), repr(OSError(2, "no")), str(OSError(2, "no")))
print(BaseException.__subclasses__()[:3] if False else "", issubclass(KeyboardInterrupt, Exception), ArithmeticError.__subclasses__())
print(StopIteration(5).value, SystemExit(3).code, UnicodeError.__mro__[1].__name__, LookupError in IndexError.__mro__)
class MyErr(Exception):
    def __str__(self): return "custom str"
print(repr(MyErr(1)), str(MyErr()), MyErr("a", "b").args)
try: raise MyErr
except Exception as ex: print(type(ex).__name__, ex)
print(Exception("a", 1), repr(Exception()), repr(Exception("single")), str(Exception(None)))

try: open("/nonexistent/x")
except FileNotFoundError as ex: print(ex.errno == 2, ex.strerror, ex.filename)
print(isinstance(FileNotFoundError(), OSError), OSError(2, "x").__class__.__name__, IOError is OSError, EnvironmentError is OSError)
x = 1
print(f"{x!r:>{x+3}}|", "{:{}}|".format("a", 4), "{:{}{}}".format(3, "0", 5))
print(round(0.5), round(1.5), round(-1.5), round(2.5, 0), round(5, 1), type(round(5.0)), type(round(5.0, 1)))
print(int.__mro__, bool.__mro__, sorted(set(dir(1)) - set(dir(object)))[:5])
print(sys.maxsize == 2**63 - 1, sys.version_info[:2], sys.version_info >= (3, 11), type(sys.argv).__name__)
print(bytes.fromhex("de ad"), b"\xde\xad".hex(), b"abc".hex(":"), bytearray(b"ab").hex())
print(slice(1, 2) == slice(1, 2), range(0, 10, 2) == range(0, 9, 2), range(3)[::-1], len(range(-5)), 5 in range(10**20))
print(list(range(10))[::-3], range(10)[2:8:3], range(1, 10).index(5), range(10).count(3))
print(vars(type("Z", (), {"a": 1}))["a"], type("Z", (), {}).__dict__.get("__module__"))
