def parse(s):
    return int(s)

def handle(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError:
            out.append(1 / 0)
    return out

handle(["1", "x"])
