import glob, os, tempfile, random
rng = random.Random(3)
out = []
base = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    try:
        for p in ['a/b/c', 'a/.h/x', 'b', '.dot/y', 'a/b2']:
            os.makedirs(p, exist_ok=True)
        for f in ['a/1.txt', 'a/b/2.txt', 'a/b/c/3.py', 'a/.h/x/4.txt', 'b/.5.txt', 'top.txt', '.dot/y/6.txt', 'a/b2/7']:
            open(f, 'w').close()
        parts = ['*', '**', '?', 'a', 'b', 'c', '*.txt', '.*', '[ab]', 'b*']
        for t in range(120):
            pat = '/'.join(rng.choice(parts) for _ in range(rng.randint(1, 3)))
            if pat.count('**') > 1: continue
            for rec in (False, True):
                for hid in (False, True):
                    out.append('%s %s %s %s' % (pat, rec, hid, sorted(glob.glob(pat, recursive=rec, include_hidden=hid))))
            out.append('%s %s' % (pat, sorted(glob.glob(pat, root_dir='a', recursive=True))))
    finally:
        os.chdir(base)
print('\n'.join(out))
