# Dict and str processing: generate a text from a syllable table with an
# LCG, split it into words, count them in a dict, build a report with
# f-strings, str.join, str methods and sorting by (count, word). Measures
# str hashing and comparison, dict get/set, string building.

SYLLABLES = ["ka", "ri", "to", "ne", "shi", "mu", "ra", "po", "le", "vi",
             "an", "or", "es", "tu", "di", "qua", "xe", "lo", "mi", "zu"]


def make_text(nwords, seed):
    x = seed
    words = []
    for _ in range(nwords):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        n = 1 + (x >> 8) % 3
        parts = []
        for _ in range(n):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            parts.append(SYLLABLES[(x >> 11) % len(SYLLABLES)])
        word = "".join(parts)
        if (x >> 5) % 17 == 0:
            word = word.capitalize()
        words.append(word)
        if (x >> 7) % 11 == 0:
            words.append("\n")
    return " ".join(words)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.strip().lower()
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def letter_stats(text):
    freq = {}
    for ch in text:
        if ch.isalpha():
            freq[ch] = freq.get(ch, 0) + 1
    return freq


def report(counts, top):
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = []
    for rank, (word, n) in enumerate(items[:top], 1):
        lines.append(f"{rank:>3}. {word:<12}{n:>6} {'*' * (n // 500)}")
    return "\n".join(lines)


def main():
    text = make_text(900000, 2024)
    counts = count_words(text)
    letters = letter_stats(text[:200000])
    print(len(text), len(counts), sum(counts.values()))
    print(report(counts, 8))
    print(",".join(f"{k}={v}" for k, v in sorted(letters.items())))
    longest = max(counts, key=lambda w: (len(w), w))
    print(longest, counts[longest], text.count("ka"), text.find("zuzuzu"),
          text.upper().count("QUA"), len(text.replace("ri", "RII")))


main()
