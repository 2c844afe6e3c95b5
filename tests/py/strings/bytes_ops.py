# bytes and bytearray: construction, methods, operators, errors.
samples = [b"", b"hello world", b"  Hello, World!  ", b"\x00\xff\x80abc", b"tab\there\r\nx",
           b"it's", b'say "hi"', b"both ' and \"", b"x.y.z.."]
for s in samples:
    print(repr(s), len(s), list(s)[:5], s[::-1], s[1::2], hash(s) == hash(bytes(s)))
    print(" case:", s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
    print(" is:", s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.islower(), s.isupper(),
          s.istitle(), s.isascii())
    print(" split:", s.split(), s.rsplit(None, 1), s.splitlines(), s.splitlines(keepends=True),
          s.split(b"l"), s.rsplit(b"l", 1))
    print(" strip:", s.strip(), s.lstrip(), s.rstrip(), s.strip(b"hd "))
    print(" pad:", s.center(20, b"*"), s.ljust(15), s.rjust(15, b"-"), s.zfill(14))
    for sub in [b"o", b"", b"l", b"\xff", 111]:
        print("  ", sub, s.find(sub), s.rfind(sub), s.count(sub), sub in s,
              s.startswith(sub) if isinstance(sub, bytes) else None,
              s.partition(sub) if sub and isinstance(sub, bytes) else None)
    print(" misc:", s.replace(b"l", b"L"), s.replace(b"", b"."), s.hex(), s.hex(":", 2),
          s.expandtabs(4), s.decode("latin-1"), s.decode("utf-8", "replace"),
          s.decode("ascii", "ignore"), s.removeprefix(b"h"), s.removesuffix(b"x"))
    ba = bytearray(s)
    print(" ba:", ba, ba.upper(), ba[1:3], ba * 2, ba + b"!", b"!" + ba, ba == s, ba < b"z")

print(bytes(3), bytes([1, 2, 255]), bytes("é", "utf-8"), bytes(b"ab"), bytes(bytearray(b"cd")),
      bytes(range(5)), bytes.fromhex("de ad BE EF"), bytearray.fromhex("00ff"))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), b"%s:%d:%x:%5.1f:%c%c:%r" % (b"k", 5, 255, 2.25, 65, b"B", b"r"))
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" == bytearray(b"abc"))
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbccdd".translate(t), b"aabbccdd".translate(t, b"d"), b"abc".translate(None, b"b"))
class B:
    def __bytes__(self): return b"from __bytes__"
print(bytes(B()), b"%s" % B())

ba = bytearray(b"hello")
ba[0] = 72; print(ba)
ba[1:3] = b"EYYY"; print(ba)
del ba[::2]; print(ba)
ba.append(33); ba.extend(b"xy"); ba.extend([1, 2]); ba.insert(0, 64); ba.insert(-1, 35); print(ba)
print(ba.pop(), ba.pop(0), ba); ba.remove(33); print(ba); ba.reverse(); print(ba)
ba += b"++"; ba *= 2; print(ba, len(ba))
ba[::2] = b"_" * len(ba[::2]); print(ba)
ba[2:4] = [65, 66, 67]; print(ba)
del ba[-1]; del ba[:2]; print(ba, ba.copy(), ba.copy() is ba)
ba.clear(); print(ba, len(ba))

errors = [
    lambda: bytes(-1), lambda: bytes("a"), lambda: bytes(1, "utf-8"), lambda: bytes([256]),
    lambda: bytes(["a"]), lambda: bytes(1.5), lambda: b"a"[5], lambda: bytearray(b"a")[5],
    lambda: b"a" + "s", lambda: bytearray() + "s", lambda: 300 in b"a", lambda: "a" in b"a",
    lambda: b"a".find("a"), lambda: b"a".split("a"), lambda: b"".join([1]),
    lambda: b"a".center(3, "x"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"),
    lambda: b"a".count(1000), lambda: b"a".decode("foo"), lambda: b"\xff".decode(),
    lambda: b"a\xe2\x82".decode(), lambda: b"\xe2\x28\xa1".decode(), lambda: b"\xc3\xa9".decode("ascii"),
    lambda: bytearray(b"a").append(256), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(5),
    lambda: b"a".index(5), lambda: b"%d" % "x", lambda: b"%s" % "x", lambda: b"a".split(b""),
    lambda: hash(bytearray()), lambda: b"a".translate(b"x"), lambda: bytes.maketrans(b"a", b"bc"),
]
for f in errors:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

# Assigning an empty value to an extended slice deletes it (CPython quirk).
for sl in [slice(None, None, 2), slice(5, 1, -1), slice(1, 2, 3)]:
    x = bytearray(b"abcdefg")
    x[sl] = b""
    print(sl, x)
    try:
        x[sl] = b"zz"
    except ValueError as e:
        print(e)
