# String building and formatting: f-strings with format specs, %-format,
# str.format, join, split, replace, slicing, concatenation in loops,
# startswith/endswith/find, repr of containers. Prints a checksum over all
# produced strings (a polynomial rolling hash of the characters, not hash()).


def checksum(s, acc):
    for ch in s:
        acc = (acc * 131 + ord(ch)) % 1000000007
    return acc


def formatting(n):
    acc = 0
    for i in range(n):
        x = i * 7 % 1000
        f = i / 7
        s1 = f"{i:05d}|{x:>4}|{f:.3f}|{x:#x}|{'ab' * (i % 3)}"
        s2 = "%d-%s-%.2f-%r" % (i, x, f, "q")
        s3 = "{0}/{1:>6}/{2:e}".format(i, x, f)
        acc = checksum(s1 + s2 + s3, acc)
    return acc


def manipulation(n):
    acc = 0
    base = "the quick brown fox jumps over the lazy dog"
    for i in range(n):
        s = base[i % 10:] + base[:i % 10]
        words = s.split(" ")
        words.reverse()
        t = "-".join(words).replace("o", "0").upper()
        if t.startswith("T") or t.endswith("G"):
            t = t.lower()
        k = max(t.find("x"), t.find("X"))
        acc = (acc + k + len(t) + t.count("-")) % 1000000007
        acc = checksum(t[k:k + 5], acc)
    return acc


def concat(n):
    out = ""
    parts = []
    for i in range(n):
        out += str(i % 10)
        if len(out) > 64:
            parts.append(out)
            out = ""
    joined = "".join(parts)
    return len(joined), checksum(joined[:5000], 0)


def reprs(n):
    acc = 0
    for i in range(n):
        obj = [i, str(i), (i, -i), {"k": i}, None, True, 1.5 * i]
        acc = checksum(repr(obj), acc)
    return acc


def main():
    print(formatting(55000))
    print(manipulation(130000))
    print(concat(440000))
    print(reprs(18000))


main()
