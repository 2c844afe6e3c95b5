source = "if True:\nprint(1)\n"
try:
    exec("x = = 1")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
exec(source)
