class A:
    def __init__(self, r): self.r = r
    def __getnewargs_ex__(self): return self.r
class B:
    def __getnewargs__(self): return [1]
for r in [5, (1,), ([], {}), ((), []), ((1,), {'a': 1})]:
    try: print(A(r).__reduce_ex__(2)[0].__name__)
    except Exception as e: print(type(e).__name__, e)
try: B().__reduce_ex__(2)
except Exception as e: print(type(e).__name__, e)
