# f-strings: nested fields, conversions, = specifier, format specs.
x, y, name = 42, 3.14159, "krait"
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!s}", f"{'é'!a}", f"{name!a}")
print(f"{x=}", f"{y=:.2f}", f"{name=!s}", f"{x = }", f"{x+1=}", f"{name.upper()=}")
print(f"{x:>{5}}|", f"{y:{'.'}{3}f}", f"{x:{'0'}{8}b}", f"{name:^{x // 4}}|")
w, p = 10, 3
print(f"{y:{w}.{p}}|", f"{y:<{w}.{p}f}|", f"{'s':{'*'}^{w}}")
print(f"{{literal}}", f"{{{x}}}", f"a{{b", f"}}")
print(f"{x:#x} {x:#o} {x:#b} {x:08.3f} {-x:+d} {x: d} {x:,} {1234567:_d}")
print(f"{name[0]}{name[-1]} {name[1:3]} {[1, 2][0]} {dict(a=1)['a']}")
print(f"{'nested ' + f'{x}'}", f"{f'{x:>{w}}'}|", f"""{f'''{f"{x}"}'''}""")
print(f"{x if x > 1 else 0}", f"{(lambda: 5)()}", f"{[i for i in range(3)]}")
print(f"{3.0:g} {1e-10:g} {0.5:%} {12:c}{'':>0}", f"{65:c}")
print(f"""{
x
}""", f'''{name!r:>10}''', rf"\d{x}", fr"{name}\n")
class P:
    def __format__(self, spec): return f"P({spec!r})"
    def __repr__(self): return "P-repr"
    def __str__(self): return "P-str"
pp = P()
print(f"{pp}", f"{pp:abc}", f"{pp!r}", f"{pp!s}", f"{pp!r:>8}", format(pp), str.format("{0:x}", pp))
print(f"{pp=}", f"{pp=:q}", f"{pp=!s}")
print(f"{None}", f"{None!r:>6}", f"{True:>5}", f"{b'x'}", f"{[1, 'a']}", f"{(1,)}")
print(f"{'abc':.2}", f"{'abc':5}|", f"{'abc':>5}", f"{12:5}|", f"{12:<5}|", f"{-12:=6}")
print(f"{3+4j}", f"{x:{'>'}5}", f"{x!s:>5}")
msg = "a" "b" f"{x}" "c" f"{y:.1f}"
print(msg)
for v in [0, 1.5, -2, "s", None]:
    print(f"{v!r:<6}|{type(v).__name__:>8}|")
try:
    f"{x:q}"
except ValueError as e: print(e)
try:
    f"{name:d}"
except ValueError as e: print(e)
try:
    f"{x:.2s}"
except ValueError as e: print(e)
try:
    f"{y:d}"
except ValueError as e: print(e)
try:
    f"{object():x}"
except TypeError as e: print(e)
try:
    f"{x:,s}"
except ValueError as e: print(e)
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}', f"{len(d)}")
