# Argument type errors of the io methods, as CPython words them.
import os
fn = 'tmp_io_args_%d.txt' % os.getpid()
with open(fn, 'w') as f:
    f.write('line one\nline two\n')
import io
f = open(fn)
b = open(fn, 'rb')
s = io.StringIO('abc')
by = io.BytesIO(b'abc')
for obj in [f, b, s, by]:
    for call in [lambda: obj.seek(1.5), lambda: obj.seek('x'), lambda: obj.read('x'), lambda: obj.read(1.5),
                 lambda: obj.readline('x'), lambda: obj.seek(0, 'x'), lambda: obj.truncate('x'),
                 lambda: obj.read(1, 2), lambda: obj.seek(), lambda: obj.readlines('x')]:
        try:
            call()
            print('ok')
        except Exception as e:
            print(type(e).__name__, e)
    print('--')
print(b.read(-5)[:3] if False else '')
try:
    b.read(-5)
except ValueError as e:
    print(e)
f.close()
b.close()
with open(fn) as f:
    print(f.seek(2.7), f.read(3))
    try:
        f.seek(-1)
    except ValueError as e:
        print(e)
os.remove(fn)
