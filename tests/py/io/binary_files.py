# Binary files: buffered reader/writer/random, raw FileIO, errors.
import io
import os

d = 'tmp_io_bin_%d' % os.getpid()
os.mkdir(d)
fn = os.path.join(d, 'b.bin')

with open(fn, 'wb') as f:
    print(type(f).__name__, f.mode, f.name == fn, f.readable(), f.writable(), f.seekable())
    print(f.write(b'abc\n'), f.write(bytearray(b'def\n')), f.tell())
    f.writelines([b'x', b'y\n', bytes(range(256))])
    print(f.tell())
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    try:
        f.write('str')
    except TypeError as e:
        print('TypeError', e)

with open(fn, 'rb') as f:
    print(type(f).__name__, f.mode, isinstance(f, io.BufferedIOBase), isinstance(f.raw, io.RawIOBase))
    print(f.read(3), f.read1(2), f.readline(), f.tell())
    print(f.peek(2)[:2], f.readline(1), f.readline())
    rest = f.read()
    print(len(rest), rest[:5], rest[-3:])
    print(f.read(), f.read(5), f.readline())
    print(f.seek(2), f.read(3), f.seek(-2, 2), f.read(), f.seek(1, 0), f.seek(2, 1), f.read(2))
    try:
        f.write(b'x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print('ValueError', e)
    f.seek(0)
    print([len(x) for x in f])
    f.seek(0)
    print(f.readlines(5))
    b = bytearray(4)
    f.seek(0)
    print(f.readinto(b), b)

with open(fn, 'r+b') as f:
    print(type(f).__name__, f.mode)
    print(f.read(4))
    f.write(b'DEF')
    f.seek(0)
    print(f.read(8))
    f.seek(0, 2)
    f.write(b'TAIL')
    f.seek(-4, 2)
    print(f.read())
    print(f.truncate(10), f.tell())
    f.seek(0)
    print(f.read())

with open(fn, 'ab') as f:
    print(f.mode, f.tell())
    f.write(b'++')
with open(fn, 'rb') as f:
    print(f.read())

with open(fn, 'w+b') as f:
    print(f.mode, f.read())
    f.write(b'new content')
    f.seek(4)
    print(f.read())

# unbuffered raw FileIO
with open(fn, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd, f.read(3), f.readall(), f.read(), f.tell())
with open(fn, 'wb', buffering=0) as f:
    print(f.write(b'raw'), f.tell())
raw = io.FileIO(fn)
print(raw.read(), raw.mode, raw.closed)
raw.close()
print(raw.closed)
try:
    raw.read()
except ValueError as e:
    print('ValueError', e)

# big writes cross the buffer
data = bytes(range(256)) * 200
with open(fn, 'wb') as f:
    for i in range(0, len(data), 1000):
        f.write(data[i:i + 1000])
with open(fn, 'rb') as f:
    print(f.read() == data)
with open(fn, 'rb') as f:
    parts = []
    while True:
        p = f.read(999)
        if not p:
            break
        parts.append(p)
    print(b''.join(parts) == data, len(parts))

# wrapping by hand
with io.open(fn, 'rb') as f:
    t = io.TextIOWrapper(f, encoding='latin-1')
    print(len(t.read()), t.encoding)
    t.close()
    print(f.closed)

# file descriptors
fd = os.open(fn, os.O_RDONLY)
f = open(fd, 'rb')
print(f.name == fd, f.read(4))
f.close()
try:
    os.fstat(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
fd = os.open(fn, os.O_RDONLY)
f = open(fd, 'rb', closefd=False)
f.close()
print(os.read(fd, 3))
os.close(fd)

os.remove(fn)
os.rmdir(d)
print(os.path.exists(d))
