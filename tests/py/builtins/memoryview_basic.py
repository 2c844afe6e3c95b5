b = bytearray(b"hello world")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[0:5]), m[::2].tobytes(), m.tolist()[:3])
m[0] = ord("H")
print(b, m.readonly, m.nbytes, m.format, m.itemsize, m.obj is b)
m[6:11] = b"WORLD"
print(b)
print(m == b"Hello WORLD", memoryview(b"abc") == memoryview(b"abc"), bytes(memoryview(b"xyz")))
try:
    b.append(1)
except BufferError as e:
    print("BufferError:", e)
m.release()
b.append(33)
print(b)
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
r = memoryview(b"readonly")
try:
    r[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(hash(r) == hash(b"readonly"), r.hex(), b"-".join([memoryview(b"a"), b"b"]))
with memoryview(b"ctx") as c:
    print(c.tobytes())
print(c.released if hasattr(c, "released") else None)
