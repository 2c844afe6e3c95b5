import re
p = re.compile('a')
for a in [(1.0,), (0, 2.0), ('1',), (True,), (2 ** 70,), (0, 2 ** 70), (-2 ** 70,)]:
    for f in (p.match, p.search, p.fullmatch, p.finditer, p.findall):
        try:
            r = f('a 1', *a)
            print(f.__name__, r if not hasattr(r, '__next__') else list(r))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
