import unicodedata as ud
for ch in "aZ5 é\u0301\u00bd\u2167\uff21\u4e00\uac00\U0001F600\t-,€\u0660\u00b2\u1100\U00020000\U0001B170\u0e3f":
    print(repr(ch), ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.east_asian_width(ch), ud.mirrored(ch), repr(ud.decomposition(ch)), ud.name(ch, "?"), ud.numeric(ch, None), ud.decimal(ch, None), ud.digit(ch, None))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    for s in ["café", "cafe\u0301", "ﬁ", "Å", "A\u030a", "\u1e9b\u0323", "한국어", "\u1100\u1161\u11a8", "x\u0323\u0307", "Ｈｅｌｌｏ①", "ḱṷṓn", "\u0f73\u0f75", "e\u0301\u0327", "\u00c7\u0301"]:
        r = ud.normalize(form, s)
        print(form, ascii(s), ascii(r), ud.is_normalized(form, s))
print(ud.lookup("LATIN SMALL LETTER A"), ud.lookup("snowman"), ud.lookup("HANGUL SYLLABLE GAG"), ud.lookup("CJK UNIFIED IDEOGRAPH-4E00"))
print(ud.name("\u00e9"), ud.name("☃"), ud.unidata_version)
for bad in [lambda: ud.name("\x00"), lambda: ud.lookup("NOT A CHAR"), lambda: ud.category("ab"), lambda: ud.category(5), lambda: ud.decimal("x"), lambda: ud.digit("x"), lambda: ud.numeric("x"), lambda: ud.normalize("NFX", "a")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
s = "Héllo Wörld — naïve café"
print(ud.normalize("NFKD", s).encode("ascii", "ignore").decode())
print("".join(c for c in ud.normalize("NFD", s) if ud.category(c) != "Mn"))
import collections
print(collections.Counter(ud.category(chr(i)) for i in range(0, 0x3000)).most_common(8))
print(sum(1 for i in range(0x300) if ud.name(chr(i), None)))
