# Every str method on ASCII, Latin-1, BMP and astral text, with CPython's results.
samples = ["", "hello world", "  Hello, World!  ", "héllo wörld", "Ωμέγα ∑ xyz",
           "a𝄞b𝄞c", "ΌΣΟΣ σ", "tab\there\nnew\r\nline", "İstanbul ǅemal ﬁne", "ß straße",
           "123", "٣٤", "½", "x_1", "1x", "Title Case Words", "UPPER lower"]

for s in samples:
    print(repr(s), len(s))
    print(" case:", repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.swapcase()),
          repr(s.title()), repr(s.capitalize()))
    print(" is:", s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(),
          s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(),
          s.isprintable(), s.isascii())
    print(" split:", s.split(), s.rsplit(None, 1), s.splitlines(), s.splitlines(True))
    print(" strip:", repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("hd ")))
    print(" pad:", repr(s.center(21, "*")), repr(s.ljust(20)), repr(s.rjust(20, "∙")),
          repr(s.zfill(15)))
    for sub in ["o", "ö", "Ω", "𝄞", "", " l"]:
        print("  ", repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub),
              s.endswith(sub), s.partition(sub) if sub else None,
              s.rpartition(sub) if sub else None, repr(s.replace(sub, "<>")),
              repr(s.replace(sub, "#", 2)), s.find(sub, 2, -1), s.count(sub, 1))
    print(" idx:", [s[i] for i in range(-len(s), len(s), 3)], s[::-1], s[1::2], s[-2:0:-2])
    print(" misc:", repr(s.expandtabs(4)), s.removeprefix("h"), s.removesuffix("d"),
          s.encode("utf-8", "surrogatepass"), "x" in s, s * 2, s + "!")

print("-".join(["a", "é", "𝄞"]), "".join([]), ", ".join("abc"), "Ω".join(("x", "y")))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "a b  c".split(" "), "aXbXc".split("X", 1))
print("  a  b  ".split(None, 0), "  a  b  ".rsplit(None, 0), "a\x1cb\x85c\u2028d".splitlines())
print("abc".startswith(("x", "a")), "abc".endswith(("c", "x"), 0, 2), "abc".startswith("", 3),
      "abc".startswith("", 4))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t), "abc".translate({97: None, 98: "BB", 99: 0x1d11e}))
print(str.maketrans({"a": 1, 2: "b"}))
print("%s" % "x", "{}".format("y"), format("z", ">3"), "x".__format__("^5"))
print("abc".__getnewargs__(), "a" < "b", "a" < "é" < "Ω" < "𝄞", "abc" == "abc", "ab" >= "abc")
print(str(b"abc", "ascii"), str(b"h\xc3\xa9", encoding="utf-8"), str(), str(5), str([1, "a"]))
print(hash("abc") == hash("ab" + "c"), hash("") == 0, "abc".__len__(), "é".__sizeof__())
print(list(iter("aé𝄞")), list(reversed("aé𝄞")), max("hello"), sorted("hello"))
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǆ".istitle(), "ǅ".istitle(), "ŉ".upper())
print("ΑΣ".lower(), "ΑΣ Σ ΑΣ.".lower(), "Σ".lower(), "aΣb".lower(), "ΑΣ'".lower())

errors = [
    lambda: "a".find(1), lambda: "a".count(), lambda: "a".center(), lambda: "a".center(3, "ab"),
    lambda: "a".strip(1), lambda: "a".split(""), lambda: "a".join([1]), lambda: "a".join(1),
    lambda: "a".replace(1, "x"), lambda: "a".startswith(1), lambda: "a".partition(""),
    lambda: "a".index("b"), lambda: "a".rindex("b"), lambda: "a"[5], lambda: "a"["x"],
    lambda: "a" + 1, lambda: 1 in "a", lambda: "a" * 1.5, lambda: "a".zfill("x"),
    lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: "a".translate({97: -1}),
    lambda: "a".translate({97: 1.5}), lambda: "a".encode("nope"), lambda: str(b"a", 1),
    lambda: str("a", "utf-8"), lambda: str(1, "utf-8"), lambda: "a".removeprefix(1),
    lambda: "abc".find("a", "x"), lambda: "a".expandtabs("x"), lambda: "a".splitlines(x=1),
]
for f in errors:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
