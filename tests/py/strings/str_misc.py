# str/bytes subclasses, interning, iterator types, hashing across types, sizes, f-strings.
import sys
class S(str):
    def shout(self): return self.upper() + "!"
s = S("héllo")
print(s, repr(s), type(s).__name__, s.shout(), len(s), s == "héllo", hash(s) == hash("héllo"), isinstance(s, str))
s.attr = 5
print(s.attr, type(s + "x"), type(s[1:]), type(str(s)), str(s) is s)
class B(bytes): pass
b = B(b"abc")
print(b, type(b).__name__, b[0], b.upper(), type(b.upper()).__name__)
a = "hello_world"; c = "hello_" + "world"
print(a is sys.intern(c), type(iter("abc")).__name__, type(iter("é")).__name__, type(iter(b"x")).__name__)
print(sorted(["b", "é", "a", "𝄞", "Z"]), min("aé"), "abc" * 0, -1 * "x", 3 * "ab")
print({"a": 1, "é": 2}["é"], {b"x": 1}[b"x"], "é" in {"é"}, hash(b"abc") == hash("abc"))
print(str.__doc__[:20], "".join(map(str, range(5))))
print("{0:>5}|{0:<5}|{0:^5}|{0!r}".format(S("x")))
print(sys.getsizeof("abc"), sys.getsizeof("é"), "abc".__sizeof__())
x = bytearray(b"abc"); x += b"d"; x[0] = 65; print(x, x * 2, bytes(x), x.decode(), list(x))
print(str(bytearray(b"hi"), "ascii"), "é".encode("utf-16-le"), b"\xff\xfe\xe9\x00".decode("utf-16"))
print(f"{'a'!r:>6}", f"{3.5:08.3f}", f"{'x' * 3}{'y'}", f"{b'x'}", f"{bytearray(b'q')}")
