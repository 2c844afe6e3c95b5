# bytes.join sized fast path (exact bytes items) and its fallbacks.
parts = [b"ab", b"", b"cde", bytes(range(250, 256))]
print(b"".join(parts), b", ".join(parts), b"-".join([]), b"-".join([b"x"]), b"".join(iter(parts)))
x = b"solo"
print(b"".join([x]) is x, b"--".join([x]) is x, b"".join([]) is b"".join([]), b"".join([b"", b""]))
print(b"+".join([bytearray(b"ba"), b"b", memoryview(b"mv")]), bytearray(b"|").join([b"a", b"b"]))
class B(bytes): pass
print(b".".join([B(b"sub"), b"x"]), type(b"".join([B(b"s")])).__name__)
for bad in ([b"a", "s"], [b"a", 1], 5):
    try:
        b"".join(bad)
    except TypeError as e:
        print("TypeError", e)
print((b"\x00\xff" * 3).hex(), b"".hex(), bytearray(b"xyz").hex(), memoryview(b"\x10").hex(), b"abcdef".hex(":", 2), b"abcdef".hex("-", -4))
print([0] * 5, [None] * 0, [1, 2] * 3, [[]] * 2, ["x"] * -1)
