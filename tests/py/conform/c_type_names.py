# Error messages name C types by their full tp_name, as CPython does.
import collections, itertools
for obj in (collections.deque(), itertools.count(), collections.defaultdict(int), [], {}, 1.5):
    for f in (lambda o: o.nope, lambda o: hash(o), lambda o: o(), lambda o: iter(o) if not hasattr(o, '__iter__') else o[{}], lambda o: o + 'x', lambda o: divmod(o, 'x')):
        try:
            f(obj)
        except Exception as e:
            print(type(e).__name__, e)
