# bytes and bytearray at their edges: methods, mutation, slicing, codecs, errors.
b = b"Hello, World"
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"), b[1], b[1:3], b[-1:])
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.strip(b"Hd"), b.center(16, b"*"), b.zfill(14), b.hex(), b.title())
print(b.isalpha(), b"123".isdigit(), b" ".isspace(), b.partition(b","), b.splitlines(), b"a\nb".splitlines(keepends=True))
print(b"-".join([b"a", b"b"]), b"%b-%s" % (b"x", b"y"), bytes(range(5)), list(b"ab"), b"ab" * 2, b"a" + bytearray(b"b"))
print(b"abc" < b"abd", b"a" == "a", b"" == bytearray(), hash(b"ab") == hash(bytes(bytearray(b"ab"))), b"b" in b"abc", 98 in b"abc")
ba = bytearray(b"hello")
ba[0] = 72; ba.append(33); ba.extend(b"??"); ba += b"!"; print(ba, len(ba))
ba[1:3] = b"EY"; del ba[-1]; print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65); ba.remove(ord("E")); ba.reverse(); print(ba, ba.find(b"l"), ba.index(65), bytes(ba))
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 3, ba.decode("ascii", "replace"))
print(b"\x00\x01\xfe\xff", repr(b"'"), repr(b'"'), repr(b"'\""), b"\t\n\r\\")
print(int.from_bytes(b"\x00\x10", "little"), (1024).to_bytes(2, "big"), (5).to_bytes(), (-2).to_bytes(1, "little", signed=True), (7).bit_count())
print(bytes.maketrans(b"ab", b"xy"), b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"))
print(b"a,b,,c".split(b","), b"  x  y ".split(), b"abc".rsplit(b"b"), b"aXbXc".rsplit(b"X", 1), b"x".ljust(3, b"-"), b"x".rjust(3))
print(b"ab".decode(), b"\xc3\xa9".decode(), "é".encode("utf-16"), b"\xff\xfeA\x00".decode("utf-16"), b"abc".decode("ascii"))
print(bytes.fromhex("0a0B ff"), bytearray.fromhex("00"), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"), b"ab".expandtabs())
for bad in [lambda: b"a"[5], lambda: bytes([300]), lambda: bytearray(b"a").pop(5), lambda: b"abc".index(b"z"), lambda: ba.remove(999),
            lambda: b"x" + 1, lambda: bytes("s"), lambda: bytearray(b"")[0], lambda: b"a".decode("nope"), lambda: bytes.fromhex("zz"),
            lambda: b"%d" % b"x", lambda: bytearray(b"a").__setitem__(0, 256), lambda: b"ab".split(b""), lambda: b"a".join(["s"])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(b"Ab".swapcase(), b"ab cd".title(), b"ab".capitalize(), b"abc".isascii(), b"ABC".isupper(), b"a1".isalnum())
print(b"abcabc".rfind(b"b"), b"abcabc".rindex(b"c"), b"ab" * 0, b"".join([]), bytes(b"abc")[::-1], b"abc"[::2])
m = bytearray(b"abc"); m[0:1] = b"XYZ"; print(m); m[::2] = b"123"; print(m)
print(sorted([b"b", b"a", b"ab"]), max(b"abc"), sum(b"\x01\x02"), bytes(iter([65, 66])), bytearray(range(3)) == b"\x00\x01\x02")
