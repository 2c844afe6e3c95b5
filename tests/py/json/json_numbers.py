import json

vals = []
x = 1.0
for i in range(200):
    x = x * 1.7 + (i % 7) * 0.013
    vals.append(x if i % 3 else -x)
    vals.append(1 / (i + 3))
vals += [0.0, -0.0, 1e-320, 2.2250738585072014e-308, 1e22, 1e21, 1e16, 123456789.125, 0.1, 0.7, 9007199254740993.0]
ints = [0, -1, 2 ** 63, -2 ** 64, 10 ** 30, 7, True, False]
text = json.dumps(vals)
print(text)
print(json.dumps(ints))
back = json.loads(text)
print(back == vals, all(type(v) is float for v in back))
print(json.loads('[1, -0, 0.0, -0.0, 1E5, 1e-5, 12345678901234567890123, 0.1e1, 2.5E+3]'))
print(json.dumps(vals[:5], indent=1))
