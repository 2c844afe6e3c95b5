def compute(values):
    scale = 3
    return sum(values) / (scale - 3)


def outer():
    items = [1, 2,
             3]
    return compute(items) + \
        1


outer()
