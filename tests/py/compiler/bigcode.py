# Code large enough for EXTENDED_ARG: many constants, names and locals,
# long jumps, deep nesting of blocks.
src = ["def big(x):"]
for i in range(300):
    src.append(f"    v{i} = x + {i * 7}")
src.append("    total = 0")
for i in range(0, 300, 3):
    src.append(f"    if v{i} % 2:\n        total += v{i}\n    else:\n        total -= v{i + 1}")
src.append("    return total, v299, len(locals())")
ns = {}
exec("\n".join(src), ns)
print(ns["big"](1), ns["big"](2))
names = "\n".join(f"g{i} = {i}" for i in range(400))
exec(names + "\nprint(g0 + g399, len([k for k in dir() if k.startswith('g')]))", {})
loop = ["def loop(n):", "    acc = 0", "    for i in range(n):"]
for j in range(150):
    loop.append(f"        acc += i * {j} % 7")
loop.append("        if acc > 10 ** 9:\n            break")
loop.append("    else:\n        acc = -acc")
loop.append("    return acc")
exec("\n".join(loop), ns)
print(ns["loop"](50))
try_src = ["def nested(n):", "    out = []"]
indent = "    "
for d in range(15):
    try_src.append(f"{indent}try:")
    indent += "    "
    try_src.append(f"{indent}out.append({d})")
try_src.append(f"{indent}raise ValueError(n)")
for d in reversed(range(15)):
    indent = indent[:-4]
    try_src.append(f"{indent}except ValueError as e{d}:")
    try_src.append(f"{indent}    out.append(-{d})")
    try_src.append(f"{indent}    raise")
try_src.append("    return out")
exec("\n".join(try_src), ns)
try:
    ns["nested"](5)
except ValueError as e:
    print("nested reraise", e)
consts = "(" + ", ".join(repr(f"s{i}") for i in range(300)) + ")"
exec(f"def c():\n    return {consts}[299], " + ", ".join(f"{i}.5" for i in range(280)), ns)
print(ns["c"]()[:3], len(ns["c"]()))
