import fnmatch, random, shlex
rng = random.Random(7)
pc = ['a', 'b', '*', '?', '[', ']', '!', '-', 'c', '\\', '.', '^']
nc = ['a', 'b', 'c', '-', '.', ']', '[', '!', '\\', '^']
out = []
for t in range(1500):
    p = ''.join(rng.choice(pc) for _ in range(rng.randint(0, 7)))
    names = [''.join(rng.choice(nc) for _ in range(rng.randint(0, 5))) for _ in range(6)]
    out.append('%r %r' % (p, fnmatch.filter(names, p)))
    if '*' not in p[1:-1]:
        out.append(fnmatch.translate(p))
sc = ['a', ' ', '"', "'", '\\', '#', '$', '\n', 'b']
for t in range(1500):
    s = ''.join(rng.choice(sc) for _ in range(rng.randint(0, 10)))
    for c in (False, True):
        try:
            out.append(repr(shlex.split(s, comments=c)))
        except ValueError as e:
            out.append('ValueError %s' % e)
    out.append(shlex.quote(s))
print('\n'.join(out))
