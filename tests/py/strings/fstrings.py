# f-strings: conversions, self-documenting '=', nested format specs, escapes,
# non-ASCII text, expressions of every kind inside the braces.
import math

name, n, x = "Wörld", 42, 3.14159265
items = ["a", "β", "𝄞"]
d = {"key": "välue", 1: "one"}

class Obj:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Obj({self.v!r})"
    def __str__(self): return f"<{self.v}>"
    def __format__(self, spec): return f"fmt[{spec}]:{self.v}"

o = Obj("é")
print(f"plain {name} {n} {x}")
print(f"{name!r} {name!s} {name!a} {o!r} {o!s} {o} {o:spec}")
print(f"{n=} {x = } {name=!r} {n=:>6} {o=}")
print(f"{x:.3f} {x:10.2e} {x:<10.4}| {n:#x} {n:#o} {n:#b} {n:08d} {-n:+d} {n:,} {2**40:_}")
w, p = 12, 4
print(f"[{x:{w}.{p}f}] [{name:^{w}}] [{name:*>{w}}] [{n:{'<' if n else '>'}{w}}]")
print(f"{{literal}} {{{n}}} }}{{ {'{'}{'}'}")
print(f"{items[1]} {items[-1]!r} {d['key']} {d[1]} {len(items)} {items[0].upper()}")
print(f"{'nested ' + f'{n}' + ' deep'} {f'{n:>{n // 10}}' if True else 'no'}")
print(f"{n if n > 40 else 0} {[i * 2 for i in range(3)]} {dict(a=1)} {(lambda y: y + 1)(n)}")
print(f"{math.pi:.5f} {math.sqrt(2)!r:>22} {x!s:.4}")
print(f"multi\nline\t{n}\\ {name}")
print(F"upper {n}", rf"raw \n {n}", fr"\d{n}", f"" f"{n}" "tail")
print(f"""triple {name}
second {n:>4}""")
print(f"{'é' * 3:~^9}|{'𝄞':>3}|{'ß'.upper()}|{'ǅ'.lower()}|{'ΑΣ'.lower()}")
print(f"{3.0:g} {1e100:.3g} {0.1 + 0.2!r} {float('inf'):>6} {-0.0:+.1f} {1/3:.2%}")
print(f"{b'bytes'} {bytearray(b'ba')!r} {None!s:>6} {True:>6} {True!r:>6}")
for v in [0, 1, -1, 255, 10**20]:
    print(f"{v:>25,} {v:<#25x}|")
