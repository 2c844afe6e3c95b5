# Generator pipelines: chains of generator functions and generator
# expressions feeding each other, plus yield from and send(). Measures
# generator resume/suspend and iteration protocol overhead.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def lcg(seed, n):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def only(pred, it):
    for x in it:
        if pred(x):
            yield x


def scaled(it, k):
    for x in it:
        yield x * k


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_average():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count


def build_nested(depth, width, start):
    if depth == 0:
        return [start + i for i in range(width)]
    return [build_nested(depth - 1, width, start * width + i) for i in range(width)]


def main():
    s1 = sum(scaled(only(lambda v: v % 3 != 0, numbers(1400000)), 7))
    s2 = 0
    for w in windows(lcg(42, 480000), 4):
        s2 = (s2 + w[0] - w[3] + w[1] * 3) % 1000000007
    s3 = sum(x * x for x in (y + 1 for y in range(950000)) if x & 1)
    s4 = 0
    for _ in range(24):
        s4 += sum(flatten(build_nested(5, 6, 1)))
    avg = running_average()
    next(avg)
    s5 = 0
    for x in lcg(7, 480000):
        s5 ^= avg.send(x & 0xFFFF)
    print(s1, s2, s3, s4, s5)


main()
