# Ordinary script: text processing with collections.
from collections import Counter, defaultdict, OrderedDict, namedtuple, deque
def findwords(text):
    out, cur = [], ""
    for ch in text:
        if ch.isalpha() or ch == "'":
            cur += ch
        elif cur:
            out.append(cur); cur = ""
    if cur: out.append(cur)
    return out
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way.
"""
words = findwords(TEXT.lower())
print("words:", len(words), "unique:", len(set(words)))
freq = Counter(words)
for word, n in freq.most_common(8):
    print(f"{word:>10} {n:3d} {'#' * n}")
print(freq["was"], freq["missing"], sum(freq.values()) == len(words))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for length in sorted(by_len):
    ws = by_len[length]
    print(f"{length:2d}: {len(ws):2d} {', '.join(ws[:4])}{' ...' if len(ws) > 4 else ''}")
initials = Counter(w[0] for w in words)
print(sorted(initials.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
lines = [ln for ln in TEXT.strip().splitlines()]
Stat = namedtuple("Stat", "lineno chars words commas")
stats = [Stat(i + 1, len(ln), len(ln.split()), ln.count(",")) for i, ln in enumerate(lines)]
for st in stats:
    print(st)
longest = max(stats, key=lambda s: (s.chars, -s.lineno))
print("longest line:", longest.lineno, longest._asdict())
bigrams = Counter(zip(words, words[1:]))
print([f"{a} {b}" for (a, b), n in bigrams.most_common(4)])
window = deque(maxlen=3)
triples = Counter()
for w in words:
    window.append(w)
    if len(window) == 3:
        triples[tuple(window)] += 1
print(triples.most_common(2))
od = OrderedDict()
for w in words:
    od.setdefault(w[0], []).append(w)
od.move_to_end("i")
print(list(od)[:6], list(od)[-1])
vowels = Counter(c for c in TEXT.lower() if c in "aeiou")
print(sorted(vowels.items()))
print((freq - Counter({"was": 9}))["was"], (freq & Counter(["was", "was"]))["was"])
caps = [w for w in findwords(TEXT) if w[0].isupper()]
print(caps)
sentence_lengths = [len(s.split()) for s in TEXT.replace(".", ",").split(",") if s.strip()]
print(sentence_lengths, sum(sentence_lengths) / len(sentence_lengths))
table = str.maketrans("aeiou", "AEIOU")
print(lines[0].translate(table))
print(" ".join(w.capitalize() for w in words[:6]), words[-3:])
index = defaultdict(set)
for i, ln in enumerate(lines, 1):
    for w in findwords(ln.lower()):
        index[w].add(i)
for w in ["epoch", "season", "we", "the"]:
    print(w, sorted(index[w]))
def wrap(ws, width):
    out, cur = [], ""
    for w in ws:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur: out.append(cur)
    return out
for ln in wrap(words[:30], 28):
    print(f"|{ln:<28}|")
pal = [w for w in set(words) if len(w) > 1 and w == w[::-1]]
print(sorted(pal))
anagrams = defaultdict(list)
for w in sorted(set(words)):
    anagrams["".join(sorted(w))].append(w)
print([g for g in anagrams.values() if len(g) > 1])
counts = Counter(len(w) for w in words)
print(sorted(counts.elements())[:10], counts.total() if hasattr(counts, "total") else sum(counts.values()))
print(Counter("mississippi").most_common(), Counter(a=2, b=-1) + Counter(b=3))
