import csv, io, random
rng = random.Random(1234)
chars = ['a', 'b', ',', '"', '\\', ' ', '\n', '\r', ';', "'", '1', '.']
out = []
for trial in range(400):
    s = ''.join(rng.choice(chars) for _ in range(rng.randint(0, 25)))
    kw = {}
    if rng.random() < 0.3: kw['escapechar'] = '\\'
    if rng.random() < 0.3: kw['doublequote'] = False
    if rng.random() < 0.2: kw['skipinitialspace'] = True
    if rng.random() < 0.2: kw['strict'] = True
    if rng.random() < 0.2: kw['quotechar'] = "'"
    q = rng.choice([0, 0, 1, 3])
    kw['quoting'] = q
    try:
        r = list(csv.reader(io.StringIO(s, newline=''), **kw))
        out.append(repr(r))
    except Exception as e:
        out.append('%s %s' % (type(e).__name__, e))
    row = [''.join(rng.choice(chars) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 4))]
    try:
        b = io.StringIO()
        csv.writer(b, lineterminator=rng.choice(['\r\n', '\n', '!']), **kw).writerow(row)
        out.append(repr(b.getvalue()))
    except Exception as e:
        out.append('%s %s' % (type(e).__name__, e))
print('\n'.join(out))
