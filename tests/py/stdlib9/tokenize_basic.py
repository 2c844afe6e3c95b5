import tokenize, io, token
src = '''# header comment
def f(a, b=1.5e-3, *args, **kw):
    """Doc
    string."""
    x = [1, 2,
         3]  # trailing
    if a >= 0x1F and b != 0b101:
        return f"{a!r}" + r'raw\\n' + b'bytes'
    s = 'it\\'s' \\
        + "ok"
    y = 1_000_000j + .5 + 7. ** 2
    return x @ y

class C:
    pass
lambda: ...
z = a if b else c; w -= 1
'''
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(t)
print([t.exact_type for t in tokenize.generate_tokens(io.StringIO("a += (b // c) ** -d\n").readline)])
toks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
print(toks[0], len(toks))
print(tokenize.untokenize(toks) == src.encode())
print(repr(tokenize.untokenize((t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("x=1\nif x:\n  y=2\n").readline))))
for bad in ["x = (1,\n", "s = '''abc\n", "if x:\n    a\n  b\n"]:
    try: list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, IndentationError) as e: print(type(e).__name__, e.args)
print(list(tokenize.generate_tokens(io.StringIO("x = 1").readline))[-3:])
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx=1\n").readline))
print(list(tokenize.generate_tokens(io.StringIO("a = $\n").readline))[2])
s = "x = 'abc\\\ndef'\n"
print(list(tokenize.generate_tokens(io.StringIO(s).readline))[2])
