# Dunder methods and unbound method calls on str, bytes and bytearray.
print("x".maketrans("a", "b"), b"x".maketrans(b"a", b"b")[97], b"".fromhex("41"), bytearray(b"").fromhex("42"))
print(str.join("-", "abc"), str.upper("x"), bytes.hex(b"\x01"), str.__len__("abc"))
print("abc".__getitem__(1), "abc".__contains__("b"), "a".__add__("b"), "a".__mul__(3), "a".__rmul__(2), "%s".__mod__(1), "x".__rmod__(1))
print("a".__eq__(1), "a".__lt__("b"), "a".__hash__() == hash("a"), "ab".__iter__().__next__())
print(str.__new__(str, "q"), type(str.__new__(str)), bytes.__new__(bytes, b"z"))
print(list(reversed("abé")), "abc".__reduce_ex__(2)[0].__name__ if hasattr("abc".__reduce_ex__(2)[0], "__name__") else "?")
print(isinstance("x", str), issubclass(str, object), str.__mro__, bytes.__mro__, bytearray.__mro__)
try:
    hash(bytearray())
except TypeError as e:
    print(e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print(e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)
