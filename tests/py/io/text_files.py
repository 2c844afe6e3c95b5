# Text files: write/read round trips, newline handling, encodings, seek/tell.
import io
import os

d = 'tmp_io_text_%d' % os.getpid()
os.mkdir(d)
fn = os.path.join(d, 'a.txt')

with open(fn, 'w') as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.name == fn, f.closed)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    print(f.write('line one\n'), f.write('line two\r\n'), f.write('three\rfour'))
    f.writelines(['\n', 'x\n', 'y'])
print(f.closed)

with open(fn, 'rb') as f:
    print(f.read())

with open(fn) as f:
    print(repr(f.read()))
with open(fn, newline='') as f:
    print(f.readlines())
with open(fn, newline='\n') as f:
    print(list(f))
with open(fn, newline='\r') as f:
    print(list(f))
with open(fn, newline='\r\n') as f:
    print(list(f))
with open(fn) as f:
    print([f.readline() for _ in range(8)])
with open(fn) as f:
    print(repr(f.read(3)), repr(f.read(10)), repr(f.readline()), repr(f.readline(2)),
          repr(f.readline(100)))
with open(fn) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

# newline translation on write
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(fn, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd\n')
    with open(fn, 'rb') as f:
        print(repr(nl), f.read())

# seek / tell
with open(fn, 'w') as f:
    f.write('hello\nworld\nthird line\n')
    print(f.tell())
with open(fn) as f:
    print(f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.read()), f.tell())
    print(f.seek(pos), repr(f.readline()))
    print(f.seek(0), repr(f.read(5)), f.tell())
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0, 1))
    for bad in [(3, 1), (-2, 2)]:
        try:
            f.seek(*bad)
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation', e)
    try:
        f.seek(-1)
    except ValueError as e:
        print('ValueError', e)
    try:
        f.seek(0, 5)
    except ValueError as e:
        print('ValueError', e)
    f.seek(0)
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print('OSError', e)
        break

# append and r+
with open(fn, 'a') as f:
    print(f.mode, f.tell())
    f.write('appended\n')
with open(fn) as f:
    print(f.read().splitlines())
with open(fn, 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('HELLO')
    f.seek(0)
    print(repr(f.readline()))
    f.seek(0, 2)
    f.write('end\n')
with open(fn) as f:
    print(f.read().splitlines())

# w+ and truncate
with open(fn, 'w+') as f:
    f.write('0123456789')
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(4))
    f.seek(0)
    print(repr(f.read()))
print(os.path.getsize(fn))

# encodings
text = 'caf\xe9 \u20ac \U0001f600 na\xefve\n'
with open(fn, 'w', encoding='utf-8') as f:
    f.write(text)
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, encoding='utf-8') as f:
    print(f.read() == text)
with open(fn, encoding='latin-1') as f:
    print(repr(f.read()))
with open(fn, encoding='ascii', errors='replace') as f:
    print(repr(f.read()))
with open(fn, encoding='ascii', errors='ignore') as f:
    print(repr(f.read()))
with open(fn, encoding='utf-8') as f:
    print(repr(f.read(4)), repr(f.read(3)), repr(f.read(1)), f.tell())
try:
    with open(fn, encoding='ascii') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.encoding, e.reason)
with open(fn, 'w', encoding='latin-1') as f:
    f.write('caf\xe9\n')
    try:
        f.write('\u20ac')
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e.encoding, e.reason)
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, 'w', encoding='ascii', errors='replace') as f:
    f.write('caf\xe9\n')
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, 'w', encoding='utf-8-sig') as f:
    f.write('bom\n')
    f.write('second\n')
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, encoding='utf-8-sig') as f:
    print(f.readlines())
with open(fn, encoding='utf-8') as f:
    print(repr(f.readline()))
with open(fn, 'w', encoding='UTF8') as f:
    print(f.encoding)
try:
    open(fn, encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)

# long lines and many lines (crossing buffer boundaries)
big = ''.join('line %d %s\n' % (i, 'x' * (i % 50)) for i in range(3000))
big += 'y' * 20000 + '\r\n' + 'tail'
with open(fn, 'w', newline='') as f:
    f.write(big)
with open(fn, newline='') as f:
    got = f.read()
print(got == big, len(got))
with open(fn) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[2999], len(lines[3000]), repr(lines[-1]))
with open(fn, newline='') as f:
    n = 0
    total = 0
    for line in f:
        n += 1
        total += len(line)
print(n, total == len(big))
with open(fn) as f:
    chunks = []
    while True:
        c = f.read(777)
        if not c:
            break
        chunks.append(c)
print(''.join(chunks) == big.replace('\r\n', '\n'))

# CR at buffer boundaries
data = ('a' * 8191 + '\r\n' + 'b\r' + 'c' * 8190 + '\r') * 3
with open(fn, 'w', newline='') as f:
    f.write(data)
with open(fn) as f:
    print([len(x) for x in f])
with open(fn, newline='') as f:
    print([len(x) for x in f])

for name in sorted(os.listdir(d)):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
