# StringIO and BytesIO.
import io
import sys

s = io.StringIO()
print(s.write('hello\n'), s.write('w\xf6rld \u20ac\n'), s.tell())
print(repr(s.getvalue()), repr(s.read()))
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(list(s), s.tell())
print(s.seek(3), repr(s.read(4)), s.tell(), s.seek(0, 2), s.seek(0, 1))
s.seek(2)
s.write('XY')
print(repr(s.getvalue()))
s.seek(20)
s.write('!')
print(repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.newlines)
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
for bad in [(-1,), (1, 1), (1, 2)]:
    try:
        s.seek(*bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.write(b'x')
except TypeError as e:
    print('TypeError', e)
s.close()
print(s.closed)
for op in [s.getvalue, s.read, s.tell, lambda: s.write('x')]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)

s = io.StringIO('initial\nvalue')
print(s.tell(), repr(s.read()), repr(s.getvalue()))
s = io.StringIO('abc')
s.write('X')
print(repr(s.getvalue()))
print(repr(io.StringIO('a\r\nb\rc\n', newline=None).getvalue()))
print(repr(io.StringIO('a\r\nb\rc\n', newline='').getvalue()))
print(list(io.StringIO('a\r\nb\rc\nd', newline='')))
print(list(io.StringIO('a\r\nb\rc\nd')))
print(list(io.StringIO('a\r\nb\rc\nd', newline=None)))
s = io.StringIO(newline='\r\n')
s.write('x\ny\n')
print(repr(s.getvalue()), list(io.StringIO('x\r\ny\nz', newline='\r\n')))
s = io.StringIO(newline='\r')
s.write('x\ny\n')
print(repr(s.getvalue()))
try:
    io.StringIO(newline='x')
except ValueError as e:
    print('ValueError', e)
s = io.StringIO('one\ntwo\nthree\n')
print(s.readlines(), s.readlines())
s.seek(0)
print(s.readline(2), s.readline(-1), s.read(2), s.readline(None))
with io.StringIO('ctx') as s:
    print(s.read())
print(s.closed)

# print() into a StringIO, and redirecting sys.stdout
buf = io.StringIO()
print('a', 1, 2.5, sep='|', end='!\n', file=buf)
print('second', file=buf)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print('captured')
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))

class MyIO(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
m = MyIO()
print('shout', file=m)
print(repr(m.getvalue()), isinstance(m, io.TextIOBase))

# BytesIO
b = io.BytesIO()
print(b.write(b'abc\n'), b.write(bytearray(b'def')), b.tell(), b.getvalue())
b.seek(0)
print(b.read(2), b.readline(), b.read(), b.read())
b.seek(0)
print(list(b))
print(b.seek(-2, 2), b.read(), b.seek(1), b.seek(1, 1), b.read(1))
b.seek(10)
b.write(b'Z')
print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
b = io.BytesIO(b'initial')
print(b.tell(), b.read(3), b.read1(2), b.getvalue())
ba = bytearray(3)
print(b.readinto(ba), ba)
print(b.readable(), b.writable(), b.seekable(), b.closed, isinstance(b, io.BufferedIOBase))
try:
    b.write('str')
except TypeError as e:
    print('TypeError', e)
try:
    b.seek(-1)
except ValueError as e:
    print('ValueError', e)
b.close()
try:
    b.read()
except ValueError as e:
    print('ValueError', e)
b = io.BytesIO(b'l1\nl2\nl3')
print(b.readlines(), b.readline())
b.seek(0)
print(b.readline(1), b.readline(10))
with io.BytesIO(b'x') as b:
    pass
print(b.closed)

# TextIOWrapper over BytesIO
raw = io.BytesIO('h\xe9llo\r\nw\xf6rld\n'.encode('utf-8'))
t = io.TextIOWrapper(raw, encoding='utf-8')
print(t.readline(), t.readline(), repr(t.readline()))
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding='latin-1', newline='\r\n')
t.write('a\nb\xe9\n')
t.flush()
print(raw.getvalue())
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.UnsupportedOperation.__mro__[1:3], io.StringIO.__module__ if hasattr(io.StringIO, '__module__') else None)
print(io.StringIO.__name__, io.BytesIO.__name__, io.TextIOWrapper.__name__)
print(repr(io.StringIO)[:30], repr(io.BytesIO))
