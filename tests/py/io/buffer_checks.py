# Buffered constructors check the raw stream; text wrappers over custom
# raw streams report seekability and writability from them.
import io

class NoSeek(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        return 0

t = io.TextIOWrapper(io.BufferedReader(NoSeek()), encoding='utf-8')
print(t.seekable(), repr(t.read()))
try:
    t.tell()
except Exception as e:
    print(type(e).__name__, e)

class W(io.RawIOBase):
    def writable(self):
        return False

for cls in [io.BufferedWriter, io.BufferedReader, io.BufferedRandom]:
    try:
        cls(W())
    except io.UnsupportedOperation as e:
        print(cls.__name__, e)

class RW(io.RawIOBase):
    def __init__(self):
        self.data = bytearray()
        self.pos = 0
    def readable(self):
        return True
    def writable(self):
        return True
    def seekable(self):
        return True
    def write(self, b):
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + len(b)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)
    def seek(self, pos, whence=0):
        if whence == 0:
            self.pos = pos
        elif whence == 1:
            self.pos += pos
        else:
            self.pos = len(self.data) + pos
        return self.pos
    def tell(self):
        return self.pos

raw = RW()
br = io.BufferedRandom(raw)
br.write(b'hello world\n')
br.seek(0)
print(br.read(5), br.tell(), br.readline())
t = io.TextIOWrapper(io.BufferedRandom(RW()), encoding='utf-8')
t.write('h\xe9llo\nw\xf6rld\n')
t.seek(0)
print(t.readlines(), t.tell())
