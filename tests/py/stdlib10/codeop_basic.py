import codeop
import types

cases = ['x = 1', 'if x:', 'if x:\n', 'def f():\n  pass', 'def f():\n  pass\n',
         'def f():\n  pass\n\n', '1 +', '1 +\n', 'x = (', 'x = (\n', '"""abc', 'x y',
         'if 1:\n  x\n', 'if 1: x', 'if 1: x\n', '', '# c', '\n\n# only comments\n',
         'a = [1,\n 2]', 'x = [1,\n2', 'if 1:\n  x\nelse:', 'if 1:\n  x\nelse:\n  y',
         'class A:\n  def f(self):\n    pass\n', '@dec', '@dec\n', 'for i in x:\n  pass\n  ',
         'print(1)\n', 'if 1:\n  x\n  ', 'x = """\nab\n"""', "x = '''a\nb",
         'try:\n  x\n', 'try:\n  x\nexcept:\n  y', 'try:\n  x\nexcept:\n  y\n',
         'if x:\ny = 1', 'def f(:', 'while 1:\n  if x:\n', 'x = {', 'return 5',
         'for i in range(3): print(i)\n', 'lambda: (yield)', 'x = 1; y = 2']
for src in cases:
    try:
        r = codeop.compile_command(src)
        out = 'None' if r is None else type(r).__name__
    except SyntaxError as e:
        out = 'SyntaxError: %s' % e.msg
    print(repr(src), '->', out)

for src in ['1 + 2', '(1 +', 'x = 1']:
    try:
        r = codeop.compile_command(src, symbol='eval')
        out = 'None' if r is None else type(r).__name__
    except SyntaxError as e:
        out = 'SyntaxError: %s' % e.msg
    print('eval', repr(src), '->', out)

c = codeop.compile_command('print("hi from", __name__)', '<test>', 'exec')
print(c.co_filename)
exec(c, {'__name__': 'ns'})
ns = {}
exec(codeop.compile_command('z = 6 * 7'), ns)
print(ns['z'])

cc = codeop.CommandCompiler()
print(cc('if True:') is None, type(cc('q = 3')).__name__)
print(sorted(codeop.__all__))
