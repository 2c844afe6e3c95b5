# A JSON-like recursive data walk: build nested dicts and lists of
# numbers, strings, booleans and None from an LCG; walk them recursively
# computing statistics, serialize them with a hand-written encoder (no json
# module), and transform them into a new tree. Measures isinstance checks,
# dict iteration, recursion and string building.


class Rng:
    def __init__(self, seed):
        self.x = seed

    def next(self, n):
        self.x = (self.x * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.x >> 8) % n


KEYS = ["id", "name", "tags", "value", "children", "meta", "active", "score",
        "owner", "items", "flag", "weight"]


def build(rng, depth):
    kind = rng.next(10)
    if depth <= 0 or kind < 3:
        leaf = rng.next(5)
        if leaf == 0:
            return rng.next(100000)
        if leaf == 1:
            return "s%d" % rng.next(1000)
        if leaf == 2:
            return rng.next(2) == 1
        if leaf == 3:
            return None
        return rng.next(10000) / 64
    if kind < 6:
        return [build(rng, depth - 1) for _ in range(rng.next(5) + 1)]
    obj = {}
    for _ in range(rng.next(6) + 1):
        obj[KEYS[rng.next(len(KEYS))]] = build(rng, depth - 1)
    return obj


def stats(node, acc):
    if isinstance(node, dict):
        acc["dicts"] += 1
        for k, v in node.items():
            acc["keys"] += len(k)
            stats(v, acc)
    elif isinstance(node, list):
        acc["lists"] += 1
        for v in node:
            stats(v, acc)
    elif isinstance(node, bool):
        acc["bools"] += 1
    elif isinstance(node, int):
        acc["ints"] += node
    elif isinstance(node, float):
        acc["floats"] += 1
    elif isinstance(node, str):
        acc["strs"] += len(node)
    elif node is None:
        acc["nulls"] += 1


def escape(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def encode(node, out):
    if isinstance(node, dict):
        out.append("{")
        first = True
        for k, v in node.items():
            if not first:
                out.append(", ")
            first = False
            out.append(escape(k))
            out.append(": ")
            encode(v, out)
        out.append("}")
    elif isinstance(node, list):
        out.append("[")
        for i, v in enumerate(node):
            if i:
                out.append(", ")
            encode(v, out)
        out.append("]")
    elif node is True:
        out.append("true")
    elif node is False:
        out.append("false")
    elif node is None:
        out.append("null")
    elif isinstance(node, str):
        out.append(escape(node))
    else:
        out.append(repr(node))


def transform(node):
    if isinstance(node, dict):
        return {k.upper(): transform(v) for k, v in sorted(node.items())}
    if isinstance(node, list):
        return [transform(v) for v in reversed(node)]
    if isinstance(node, int) and not isinstance(node, bool):
        return node * 2 + 1
    return node


def text_hash(s):
    h = 0
    for ch in s:
        h = (h * 33 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    rng = Rng(12345)
    docs = [build(rng, 7) for _ in range(540)]
    acc = {"dicts": 0, "lists": 0, "bools": 0, "ints": 0, "floats": 0,
           "strs": 0, "nulls": 0, "keys": 0}
    total_len = 0
    h = 0
    for rnd in range(3):
        for d in docs:
            stats(d, acc)
            out = []
            encode(transform(d) if rnd == 2 else d, out)
            s = "".join(out)
            total_len += len(s)
            if rnd == 0:
                h ^= text_hash(s)
    print(sorted(acc.items()))
    print(total_len, h)


main()
