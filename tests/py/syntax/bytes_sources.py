# compile()/exec()/eval() of bytes sources: coding cookies, BOM, eval blank stripping, bad sources.
src = "# coding: latin-1\nv = \"\xe9\"\n".encode("latin-1")
ns = {}
exec(compile(src, "<latin1>", "exec"), ns); print(ns["v"], ord(ns["v"]))
exec(src, ns); print(ns["v"])
exec(bytearray(src), ns); print(ns["v"])
print(eval(b"  1 + 2"), eval(bytearray(b"\t3 * 3")), eval(b"'\xc3\xa9'"), eval("\t'x'"))
exec(b"\xef\xbb\xbfw = 2\r\n", ns); print(ns["w"])
print(eval(compile(b"# -*- coding: ascii -*-\n40 + 2", "<a>", "eval")))
for bad in [b"x = \"\xff\"\n", b"# coding: bogus-codec\nx = 1\n", b"a\x00b"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print("SyntaxError")
import ast
print(ast.dump(ast.parse(b"# coding: latin-1\ns = '\xe9'")))
