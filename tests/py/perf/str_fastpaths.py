# str fast paths: ASCII slicing, split on whitespace/single chars,
# upper/lower (ASCII and mixed, final sigma), replace on one-byte strings,
# UTF-8 encoding sized in advance.
s = "The quick brown fox\tjumps\nover the  lazy dog\x1c12345\x0b "
print(s.split(), s.split(" "), s.split(" ", 2), s.rsplit(None, 2), s.split("o"))
print(s[4:9], s[4:5], repr(s[5:5]), s[::3], s[-3:], "abc"[1:2] is "abc"[1:2])
print("a\u2003b\u00a0c\x85d e".split(), "x\u3000y".split(), "  ".split(), "".split(), "".split(","))
print(s.upper(), s.lower(), "ÀÉÎõü Straße ΣΑΣ ΟΔΟΣ. aΣ".lower(), "straße ﬁ ǆ".upper(), "A".lower(), "".upper())
print("mixed ÀB cd".upper(), "MIXED àB CD".lower(), "ΑΣ".lower(), "ΑΣ b".lower(), "AΣ".lower())
r = "hello world foo bar " * 3
print(r.replace("o", "0"), r.replace("foo", "x", 2), r.replace("o", "", -1), r.replace("zz", "y"), r.replace(" ", "  ", 1))
print("café au lait".replace("é", "e"), "café".replace("c", "ç"), "aéa".replace("é", "e") , "ÿÿ".replace("ÿ", "y"))
print("ééé".replace("é", "ab"), ascii("ééé".replace("é", "ab")), "abc".replace("", "-"), "abc".replace("b", "\u4e16"), "aaa".replace("a", "aa", 0))
print("abc".replace("abc", ""), repr("abc".replace("abc", "")), "a.b.c".replace(".", "..", 1))
for t in ["", "abc", "héllo wörld 世界 😀 \u07ff\u0800\uffff\U00010000", "é" * 5]:
    print(t.encode(), t.encode("utf-8") == bytes(t, "utf8"), len(t.encode()))
try:
    "a\ud800b".encode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("a\ud800b".encode("utf-8", "replace"), "a\udcffb".encode("utf-8", "surrogateescape"), "x\ud83dy".encode("utf-8", "ignore"))
print("abc".find("c"), "abc".find("d"), "abcabc".find("c", 3), "abcabc".index("b", 2), "aXbXc".count("X"), "q" in "xyzq")
print("a,b,,c".split(","), "a,b,,c".split(",", 1), ",".join("a,b,,c".split(",")), "é,ü".split(","))
