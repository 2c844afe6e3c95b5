import io
class R(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos+n]
        self.pos += n
        return n
r = R(b'hello\nworld\nend')
print(r.read(4), r.read(), r.read())
br = io.BufferedReader(R(b'hello\nworld\nend'))
print(br.readline(), br.read(2), br.read(), br)
t = io.TextIOWrapper(io.BufferedReader(R(b'l1\nl2\r\nl3')), encoding='ascii')
print(list(t))
class W(io.RawIOBase):
    def __init__(self): self.chunks = []
    def writable(self): return True
    def write(self, b):
        self.chunks.append(bytes(b)); return len(b)
w = W()
bw = io.BufferedWriter(w, buffer_size=4)
bw.write(b'ab'); bw.write(b'cdef'); bw.flush()
print(w.chunks)
class L(io.IOBase):
    def __init__(self): self.lines = ['a\n', 'b\n']
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''
with L() as l:
    print(list(l), l.closed)
print(l.closed)
try:
    with l: pass
except ValueError as e: print(e)
class T(io.TextIOBase):
    pass
try:
    T().read()
except io.UnsupportedOperation as e: print('UO', e)
print(T().encoding, T().readable(), isinstance(T(), io.IOBase))
print(io.IOBase.__mro__)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.StringIO, io.IOBase))
f = io.StringIO()
f.writelines(['a', 'b'])
print(f.getvalue())
import sys
print(isinstance(sys.stdout, io.TextIOBase))
