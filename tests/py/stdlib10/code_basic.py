import code
import io
import sys


class Capture(code.InteractiveConsole):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.out = []

    def write(self, data):
        self.out.append(data)


interp = Capture()
print(interp.runsource('x = 40 + 2'))
print(interp.locals['x'], interp.locals['__name__'])
print(interp.runsource('print(x * 2)'))
print(interp.runsource('x'))
print(interp.runsource('if x:'))
print(interp.runsource('def f(n):\n  return n + 1'))
print(interp.runsource('def f(n):\n  return n + 1\n'))
print(interp.locals['f'](1))
print(interp.runsource('x y'))
print(''.join(interp.out))
interp.out.clear()
print(interp.runsource('1 / 0'))
print(''.join(interp.out))
interp.out.clear()
print(interp.runsource('def g():\n  raise ValueError("boom")\n\ng()\n', symbol='exec'))
print(''.join(interp.out))
interp.out.clear()
try:
    interp.runsource('raise SystemExit(3)')
except SystemExit as e:
    print('SystemExit', e.code)

con = Capture(locals={'base': 10})
for line in ['total = 0', 'for i in range(4):', '    total += i', '', 'print(total + base)',
             'if total:', '  print("yes")', 'else:', '  print("no")', '', 'undefined_name',
             's = """a', 'b"""', 'print(repr(s))']:
    print(repr(line), con.push(line))
print(''.join(con.out))

lines = iter(['a = 5', 'def h():', '  return a * 2', '', 'print(h())', 'oops('])
def reader(prompt):
    print('prompt', repr(prompt))
    try:
        return next(lines)
    except StopIteration:
        raise EOFError
saved = sys.stderr
sys.stderr = err = io.StringIO()
try:
    code.interact(banner='hello banner', readfunc=reader, local={}, exitmsg='bye')
finally:
    sys.stderr = saved
print(err.getvalue())
c2 = Capture()
c2.raw_input = reader
lines = iter(['1+1'])
c2.interact(banner='')
print(c2.out)
print(sorted(code.__all__))
