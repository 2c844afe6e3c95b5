# bytearray growth policy: __alloc__ and sys.getsizeof as in CPython.
import sys
for x in [bytearray(), bytearray(b''), bytearray(b'abc'), bytearray(10), bytearray(range(20)), bytearray("héllo", "utf-8")]:
    print(len(x), x.__alloc__(), sys.getsizeof(x))
b = bytearray()
out = []
for i in range(40):
    b.append(1); out.append(b.__alloc__())
print(out)
b += b'x'*100; print(b.__alloc__())
del b[10:]; print(b.__alloc__())
b.extend(range(5)); print(b.__alloc__())
c = bytearray(b'abc') * 3; print(c.__alloc__(), (bytearray(b'ab') + b'cd').__alloc__(), bytearray(b'xy').copy().__alloc__())
b.clear(); print(b.__alloc__(), b, sys.getsizeof(b))
b.insert(0, 5); b.pop(); b.extend(b""); print(b, b.__alloc__())
e = bytearray(); e *= 3; e += e; print(e, e * 2, e.copy(), bytes(e), e.__alloc__())
