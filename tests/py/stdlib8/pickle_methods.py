import pickle, collections
class A:
    def m(self): return 1
    @classmethod
    def c(cls): return 2
    @staticmethod
    def s(): return 3
for o in [str.upper, dict.fromkeys, [].append, A().m, A.c, A.s, A.m, int.from_bytes, collections.OrderedDict.fromkeys, 'x'.join, (1).bit_length, object.__init__]:
    for p in (2, 4):
        try:
            d = pickle.dumps(o, p)
            print(p, d, pickle.loads(d).__name__)
        except Exception as e:
            print(p, 'ERR', type(e).__name__, str(e)[:80])
