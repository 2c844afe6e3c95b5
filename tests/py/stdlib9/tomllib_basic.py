import tomllib, io
doc = '''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \\ value'
multi = """
Roses are red
Violets are \\
    blue \\u00e9 \\U0001F600 "" """
lit = \'\'\'
raw \\n text\'\'\'
ints = [1, +2, -3, 1_000, 0xDEAD_beef, 0o755, 0b1101]
floats = [3.14, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, inf, -inf, 1_0.5]
bools = [true, false]
nested = [[1, 2], ["a", "b"], [], [ {x = 1} ]]
dates = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00-07:00, 1979-05-27T00:32:00.999999, 1979-05-27, 07:32:00, 00:32:00.5, 1979-05-27 07:32:00+05:30]
site."google.com" = true
a.b.c = 1
a.b.d = 2

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002, ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
'''
d = tomllib.loads(doc)
for k, v in d.items(): print(repr(k), "=", repr(v))
import math
print(math.isnan(tomllib.loads("x = nan")["x"]), tomllib.loads("x = 0.1", parse_float=str), tomllib.load(io.BytesIO(b"a = 1\r\nb = 'x'\r\n")))
bad_docs = ["x = ", "x = 1\nx = 2", "[a]\n[a]", "x = [1, 2", "x = {a = 1", "x = \"abc", "x = 'abc", "= 1", "x 1", "x = 1 2", "[a\nb=1", "[[a]\n", "x = \"\\q\"", "x = 1979-02-30", "a = {b = 1}\na.c = 2", "a.b = 1\n[a]\nc=1", "[a.b]\n[a]\nb = 1", "x = {a=1, a=2}", "x = \"\\uZZZZ\"", "x = \"\\uD800\"", "x = [1,,]", "x = \"a\x01\"", "# c\x01", "!", "x = tru", "a = [1]\n[[a]]", "[x]\ny = 1\n[x.y]", "a = 1\n[a.b]", "k = '''abc", "k = \"\"\"abc"]
for b in bad_docs:
    try: print(tomllib.loads(b))
    except tomllib.TOMLDecodeError as e: print(repr(b), "->", e)
try: tomllib.load(io.StringIO("a=1"))
except TypeError as e: print(e)
try: tomllib.loads("x = 1.5", parse_float=lambda s: [])
except ValueError as e: print(e)
print(tomllib.TOMLDecodeError.__mro__[1], tomllib.TOMLDecodeError.__module__)
