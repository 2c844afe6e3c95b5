import array
a = array.array('i', [1, 2, 3])
print(a, repr(a), len(a), a[0], a[-1], a[1:], a[::-1], a.typecode, a.itemsize)
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 7)
print(a, a.pop(), a.pop(0), a)
a.remove(99); print(a, a.index(3), a.count(3), 3 in a, 42 in a)
a.reverse(); print(a, a.tolist())
b = array.array('i'); b.frombytes(a.tobytes()); print(b == a, b is a)
b.fromlist([10, 11]); print(b)
print(a + b, a * 2, 2 * array.array('b', [1]))
a[1:3] = array.array('i', [7, 7, 7]); print(a)
del a[0]; print(a)
del a[::2]; print(a)
a[::2] = array.array('i', [0] * len(a[::2])); print(a)
c = array.array('d', [1.5, 2.5]); c[0] = 3; print(c, list(c), sum(c))
print(array.array('f', [1.1]), array.array('u', 'hello'), array.array('u', 'hi').tounicode())
print(array.array('b', b'ab'), array.array('B', bytearray(b'\x01\xff')))
for tc in 'bBhHiIlLqQfd':
    x = array.array(tc, [1, 2])
    print(tc, x.itemsize, x, x.tobytes())
x = array.array('h', [1, 256]); x.byteswap(); print(x)
print(array.array('Q', [2**64 - 1]), array.array('q', [-2**63]), array.array('L', [2**63]))
print(array.array('i', [1, 2]) < array.array('i', [1, 3]), array.array('i', [1]) == array.array('d', [1.0]),
      array.array('i', [1, 2]) >= array.array('i', [1]), array.array('b') != array.array('b'))
info = a.buffer_info(); print(type(info), len(info), info[1] == len(a))
a += array.array('i', [5]); a *= 2; print(a)
print(array.typecodes, array.ArrayType is array.array)
e = array.array('i', [1, 2])
tests = [
    lambda: array.array('b', [200]), lambda: array.array('b', [-200]), lambda: array.array('B', [-1]),
    lambda: array.array('B', [256]), lambda: array.array('h', [40000]), lambda: array.array('H', [-1]),
    lambda: array.array('H', [70000]), lambda: array.array('i', [2**31]), lambda: array.array('I', [-1]),
    lambda: array.array('I', [2**32]), lambda: array.array('l', [2**64]), lambda: array.array('Q', [-1]),
    lambda: array.array('q', [2**64]), lambda: array.array('i', [1.5]), lambda: array.array('d', ['a']),
    lambda: array.array('u', [1]), lambda: array.array('z'), lambda: e.remove(5), lambda: e.index(5),
    lambda: e.pop(9), lambda: array.array('i') + array.array('d'), lambda: e + [1],
    lambda: e.frombytes(b'abc'), lambda: e[5], lambda: e.__setitem__(slice(0, 1), [1]),
    lambda: array.array('i', 'ab'), lambda: array.array('i').pop(),
]
for t in tests:
    try:
        print(t())
    except Exception as ex:
        print(type(ex).__name__, ex)
for v in array.array('I', [3, 4]):
    print(v, end=' ')
print()
import copy
print(copy.copy(e), copy.deepcopy(e))
print(array.array.__hash__)
