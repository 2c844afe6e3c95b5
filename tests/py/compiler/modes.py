# compile() modes: 'single' prints expression statements, 'eval' returns
# the value, 'exec' returns None.
exec(compile("1 + 1", "<s>", "single"))
exec(compile("if True:\n    'a'\n    None\n    3\n", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
print(eval(compile("x * 2", "<s>", "eval")))
print(eval("[i for i in range(x)]"))
co = compile("def f(): return 1", "<s>", "exec")
print(co.co_name, co.co_filename, co.co_consts[1] if len(co.co_consts) > 1 else None)
