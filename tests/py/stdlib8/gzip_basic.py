import gzip
import io
import os
import tempfile

data = b'The quick brown fox jumps over the lazy dog.\n' * 40
for level in (1, 6, 9):
    c = gzip.compress(data, level, mtime=1234567890)
    print(level, len(c), c[:10], c[-8:], gzip.decompress(c) == data)
print(gzip.compress(b'', mtime=0))
print(gzip.decompress(gzip.compress(b'a', mtime=0) + b'\x00\x00' + gzip.compress(b'b', mtime=5)))
print(gzip.decompress(b''))

# GzipFile on a BytesIO
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=42) as f:
    print(f.mode, f.name, f.writable(), f.readable())
    print(f.write(b'first line\n'), f.write(bytearray(b'second line\n')), f.write(memoryview(b'third')))
    print(f.tell())
print(buf.getvalue())
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.mode, f.mtime)
    print(f.readline(), f.mtime, f.tell())
    print(f.read(3), f.peek(1)[:1], f.read())
    print(f.read())
buf.seek(0)
f = gzip.GzipFile(fileobj=buf)
print(list(f))
f.seek(6)
print(f.read(4), f.tell())
f.seek(0)
print(f.readlines())
f.close()
print(f.closed)

# files on disk, text and binary modes
d = tempfile.mkdtemp()
path = os.path.join(d, 'sample.txt.gz')
with gzip.open(path, 'wb') as f:
    f.write(data)
raw = open(path, 'rb').read()
print(raw[:3], raw[3], raw[8:10], raw[10:21])
with gzip.open(path) as f:
    print(f.read() == data, f.name == path)
with gzip.open(path, 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
with gzip.open(path, 'rt', encoding='utf-8') as f:
    print(f.readline(), f.read())
with gzip.open(path, 'ab') as f:
    f.write(b'appended\n')
with gzip.open(path, 'rb') as f:
    print(f.read())
with open(path, 'rb') as fo:
    with gzip.open(fo) as f:
        print(f.read(5))
os.remove(path)
os.rmdir(d)

# errors
def err(fn, *a, **k):
    try:
        print('ok', fn(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

good = gzip.compress(data, mtime=0)
err(gzip.decompress, b'xx' + good)
err(gzip.decompress, good[:-4])
err(gzip.decompress, good[:20])
err(gzip.decompress, good[:-8] + b'\x00\x00\x00\x00' + good[-4:])
err(gzip.decompress, good[:-4] + b'\x00\x00\x00\x00')
err(gzip.decompress, b'\x1f\x8b\x09' + good[3:])
err(lambda: gzip.GzipFile(fileobj=io.BytesIO(b'xx')).read())
err(lambda: gzip.GzipFile(fileobj=io.BytesIO(good[:-10])).read())
err(lambda: gzip.GzipFile(fileobj=io.BytesIO(good[:-8] + b'\x01\x00\x00\x00' + good[-4:])).read())
err(gzip.open, 'x', 'rbt')
err(gzip.open, 'x', 'rb', encoding='utf-8')
err(gzip.open, 'x', 'rb', errors='strict')
err(gzip.open, 'x', 'rb', newline='\n')
err(gzip.open, 123)
err(gzip.GzipFile, fileobj=io.BytesIO(), mode='rt')
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
err(w.read)
w.close()
err(w.write, b'x')
r = gzip.GzipFile(fileobj=io.BytesIO(good))
err(r.write, b'x')
r.close()
err(r.read)
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE, gzip.__all__)
