"""Text report: tokenise a built-in text, count words, extract structured bits."""
import re
from collections import Counter, defaultdict, OrderedDict

TEXT = """\
Meeting notes -- 2023-04-12. Attendees: alice@example.com, Bob.Smith@corp.org
and carol_99@mail.example.net. The budget was set at 12,500 dollars, up from
9,800 last year (a 27.55% increase). Next review is on 2023-07-01.

Action items: Alice will draft the proposal by 2023-05-15; Bob owns the
infrastructure estimate (roughly 3.5 weeks of work). Carol asked whether the
old server (rack 42) can be retired. The answer was: not before 2024-01-31.

Miscellaneous: the coffee machine is broken again. Again! Please email
facilities@example.com or call extension 4471. Total attendees: 3 of 5 invited.
"""

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'_]*")
DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
EMAIL_RE = re.compile(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
NUM_RE = re.compile(r"(?<![\w.-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%?)")
STOP = {"the", "a", "an", "of", "is", "was", "and", "or", "by", "on", "at",
        "be", "can", "from", "will", "up", "to", "not", "whether"}


def paragraphs(text):
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def tokens(text):
    return [w.lower() for w in WORD_RE.findall(text)]


def sentences(par):
    parts = re.split(r"(?<=[.!?])\s+", par.replace("\n", " "))
    return [s for s in parts if s]


def parse_number(s):
    s = s.replace(",", "")
    return float(s) if "." in s else int(s)


def main():
    pars = paragraphs(TEXT)
    print(f"{len(pars)} paragraphs, {len(TEXT.splitlines())} lines, "
          f"{len(TEXT)} characters")
    for i, p in enumerate(pars, 1):
        sents = sentences(p)
        words = tokens(p)
        print(f"  para {i}: {len(sents):2d} sentences {len(words):3d} words; "
              f"first: {sents[0][:40]!r}")

    words = tokens(TEXT)
    counts = Counter(w for w in words if w not in STOP)
    print("\nTop words:")
    print(f"{'word':<12}|{'count':>6}|{'share':>8}")
    print("-" * 12 + "+" + "-" * 6 + "+" + "-" * 8)
    total = sum(counts.values())
    for word, n in sorted(counts.most_common(), key=lambda kv: (-kv[1], kv[0]))[:8]:
        print(f"{word:<12}|{n:>6}|{n / total:>8.2%}")
    print(f"distinct={len(counts)} total={total} hapax={sum(1 for c in counts.values() if c == 1)}")

    by_letter = defaultdict(list)
    for w in sorted(set(words)):
        by_letter[w[0]].append(w)
    print("\nWords by initial (3+ words):")
    for letter in sorted(by_letter):
        group = by_letter[letter]
        if len(group) >= 3:
            print(f"  {letter.upper()}: {', '.join(group[:5])}{' ...' if len(group) > 5 else ''}")

    lengths = Counter(len(w) for w in words)
    print("\nWord length histogram:")
    for n in sorted(lengths):
        print(f"  {n:2d} {'#' * lengths[n]} ({lengths[n]})")

    print("\nDates:")
    dates = [(int(y), int(m), int(d)) for y, m, d in DATE_RE.findall(TEXT)]
    for y, m, d in sorted(dates):
        print(f"  {y:04d}/{m:02d}/{d:02d}")
    span = max(dates)[0] - min(dates)[0]
    print(f"  span in years: {span}")
    iso = DATE_RE.sub(lambda mo: f"{mo.group(3)}.{mo.group(2)}.{mo.group(1)}",
                      "from 2023-04-12 to 2024-01-31")
    print(f"  rewritten: {iso}")

    print("\nEmails:")
    domains = defaultdict(set)
    for m in EMAIL_RE.finditer(TEXT):
        user, domain = m.groups()
        domains[domain.lower()].add(user.lower())
        print(f"  {m.group(0):<28} at {m.start():4d}-{m.end():<4d} user={user}")
    for dom in sorted(domains):
        print(f"  {dom}: {sorted(domains[dom])}")
    tld = Counter(d.rsplit(".", 1)[-1] for d in domains)
    print(f"  tlds: {sorted(tld.items())}")

    print("\nNumbers:")
    nums = []
    for raw, pct in NUM_RE.findall(TEXT):
        if DATE_RE.search(raw):
            continue
        value = parse_number(raw)
        nums.append(value)
        kind = "percent" if pct else type(value).__name__
        print(f"  {raw:>8} -> {value!r:<8} ({kind})")
    ints = [n for n in nums if isinstance(n, int)]
    print(f"  sum={sum(nums):.2f} max_int={max(ints)} ints={len(ints)}")

    print("\nCapitalised words per paragraph:")
    caps = OrderedDict()
    for i, p in enumerate(pars, 1):
        found = re.findall(r"\b[A-Z][a-z]+\b", p)
        caps[f"p{i}"] = Counter(found)
    for key, cnt in caps.items():
        items = ", ".join(f"{w}x{n}" if n > 1 else w for w, n in sorted(cnt.items()))
        print(f"  {key}: {items}")

    print("\nTransformations:")
    line = pars[2].splitlines()[0]
    print(f"  title:   {line.title()}")
    print(f"  swapped: {line.swapcase()[:30]}")
    print(f"  centred: [{'report'.center(14, '*')}]")
    print(f"  words reversed: {' '.join(reversed(line.split()[:5]))}")
    print(f"  squeezed: {re.sub(r'[aeiou]+', '', line.lower())[:30]!r}")
    print(f"  partition: {line.partition(':')}")
    print(f"  counts: a={line.count('a')} e={line.lower().count('e')} "
          f"startswith={line.startswith(('Misc', 'Foo'))}")
    table = str.maketrans("aeiou", "AEIOU", ".!")
    print(f"  translate: {line.translate(table)}")
    runs = re.subn(r"\s+", " ", TEXT)[1]
    print(f"  subn: {runs} whitespace runs")
    wrapped = []
    cur = ""
    for w in pars[1].split():
        if len(cur) + len(w) + 1 > 36:
            wrapped.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    wrapped.append(cur)
    for ln in wrapped:
        print(f"  |{ln:<36}|")


if __name__ == "__main__":
    main()
