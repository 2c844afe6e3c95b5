# pattern.match(s, pos) loops over a long str must be linear (a tokenizer)
import re, time
big = "word, 12 " * 40000
p = re.compile(r"\w+|\s+|[,;]")
t0 = time.perf_counter()
pos = 0; n = 0
while pos < len(big):
    m = p.match(big, pos); pos = m.end(); n += 1
print(n, time.perf_counter() - t0 < 20)
s = "x\U0001F600 y" * 20000
print(len(re.compile(r"\S+").findall(s)), sum(1 for _ in re.finditer(r"\s", s)))
print(re.findall(r"é+", "ééa"), re.search("(?i)É", "xé"), re.fullmatch(r"\w+", "naïve"))
print([m.span() for m in re.finditer(r"\w+", "ab\ud800cd")])
