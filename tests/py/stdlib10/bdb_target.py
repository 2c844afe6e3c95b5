def add(a, b):
    total = a + b
    return total


def gen(n):
    for i in range(n):
        yield i * 10


def main():
    x = add(1, 2)
    y = add(x, 4)
    vals = list(gen(2))
    try:
        raise KeyError('k')
    except KeyError:
        pass
    return x + y + sum(vals)
