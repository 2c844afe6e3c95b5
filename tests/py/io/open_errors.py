# open() argument validation, OSError subclasses, closed-file errors, reprs.
import io
import os

d = 'tmp_io_err_%d' % os.getpid()
os.mkdir(d)
fn = os.path.join(d, 'e.txt')
missing = os.path.join(d, 'missing.txt')

for mode in ['rw', 'rt b', 'U', 'rb+t', '', '++r', 'xw', 'wa', 'rr', 'q', 'r+b+']:
    try:
        open(fn, mode)
    except ValueError as e:
        print(repr(mode), 'ValueError', e)
for kw in [dict(mode='rb', encoding='utf-8'), dict(mode='rb', errors='strict'),
           dict(mode='rb', newline=''), dict(mode='w', buffering=0),
           dict(mode='w', newline='x'), dict(mode='w', encoding=3), dict(mode='w', errors=1.5),
           dict(mode='w', newline=b'\n'), dict(mode=1)]:
    try:
        open(fn, **kw)
    except (ValueError, TypeError) as e:
        print(kw, type(e).__name__, e)
os.remove(fn) if os.path.exists(fn) else None

try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == missing)
    print(str(e).replace(d, 'D'))
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, str(e).replace(d, 'D'))
try:
    open(d, 'w')
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
try:
    open(os.path.join(missing, 'x'), 'w')
except OSError as e:
    print(type(e).__name__, e.errno)
with open(fn, 'x') as f:
    f.write('x')
try:
    open(fn, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, isinstance(e, OSError))
try:
    open(3.5)
except TypeError as e:
    print('TypeError', e)
try:
    open(fn + '\0')
except ValueError as e:
    print('ValueError', e)

f = open(fn)
print(repr(f).replace(d, 'D'))
print(repr(f.buffer).replace(d, 'D'), repr(f.buffer.raw).replace(d, 'D'))
try:
    f.write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
f.close()
print(f.closed, repr(f).replace(d, 'D'))
for name, args in [('read', ()), ('readline', ()), ('readlines', ()), ('write', ('x',)),
                   ('seek', (0,)), ('tell', ()), ('flush', ()), ('fileno', ()),
                   ('__enter__', ()), ('__iter__', ()), ('isatty', ())]:
    try:
        getattr(f, name)(*args)
    except ValueError as e:
        print(name, 'ValueError', e)
try:
    next(f)
except ValueError as e:
    print('next ValueError', e)

f = open(fn, 'w')
try:
    f.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
try:
    f.write(b'bytes')
except TypeError as e:
    print('TypeError', e)
f.close()
f = open(fn, 'rb')
f.close()
for name, args in [('read', ()), ('readline', ()), ('seek', (0,)), ('tell', ())]:
    try:
        getattr(f, name)(*args)
    except ValueError as e:
        print(name, 'ValueError', e)
print(repr(f).replace(d, 'D'))
f = open(fn, 'wb')
f.close()
try:
    f.write(b'x')
except ValueError as e:
    print('write ValueError', e)

# file objects close themselves when dropped
def write_and_drop():
    g = open(fn, 'w')
    g.write('flushed at dealloc')
write_and_drop()
with open(fn) as g:
    print(g.read())

# opener and path-like file arguments
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
with open(P(fn)) as g:
    print(g.read(7), g.name == fn)
with open(fn, opener=lambda path, flags: os.open(path, flags)) as g:
    print(g.read(7))

with open(fn, 'w') as g:
    print(g.fileno() > 2, isinstance(g.fileno(), int))
print(open.__name__, io.open.__name__)

os.remove(fn)
os.rmdir(d)
print(sorted(x for x in os.listdir('.') if x.startswith('tmp_io_err')))
