# str.translate: dict tables (cached ASCII path), longer str values,
# deletions, non-ASCII input and output, non-dict mappings and errors.
t = str.maketrans("abc", "xyz", "d")
print("abcdefg abcd".translate(t))
print("".translate(t), repr("dddd".translate(t)))
print("héllo wörld".translate({ord('é'): 'e', ord('ö'): None, ord('l'): 'LL'}))
print("hello".translate({ord('l'): '\u4e16', ord('o'): 0x1F600}))
print("abcabc".translate({97: "", 98: "bee", 99: 100}))
print("aaaa".translate({97: "xy"}), "mixed aé".translate({97: 0xe9, 0xe9: 97}))
class M:
    def __getitem__(self, k):
        if k == ord('a'): return 'A'
        if k == ord('z'): raise IndexError(k)
        raise KeyError(k)
print("banana zz".translate(M()))
class D(dict):
    def __missing__(self, k): return 'm'
print("abc".translate(D({98: 'B'})))
print("abc".translate([None, None, None] + ['?'] * 200))
for bad in ({97: -1}, {97: 0x110000}, {97: 1.5}, {97: b'x'}):
    try:
        print("xa".translate(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class E:
    def __getitem__(self, k): raise RuntimeError("boom")
try:
    "a".translate(E())
except RuntimeError as e:
    print("RuntimeError", e)
s = "The quick brown fox jumps over the lazy dog " * 30
print(s.translate(str.maketrans("aeiou", "AEIOU", " ")) [:60], len(s.translate({32: None})))
print(s.upper().translate(str.maketrans({"Q": "kw", "X": None}))[:50])
