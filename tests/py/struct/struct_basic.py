import struct

def t(f, *a):
    try:
        r = struct.pack(f, *a)
        print(f, a, r, struct.unpack(f, r))
    except Exception as e:
        print(f, a, type(e).__name__, e)

for f in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P']:
    for p in '@<>!=':
        if p != '@' and f in 'nNP':
            continue
        size = struct.calcsize(p + f)
        t(p + f, 2 ** (8 * size))
        t(p + f, -2 ** (8 * size - 1) - 1)
        t(p + f, -1)
        t(p + f, 2 ** (8 * size - 1) - 1)
        t(p + f, 2 ** 70)
        t(p + f, 5)

t('h', 1.5)
t('h', 'x')
t('f', 'x')
t('c', b'ab')
t('c', b'a')
t('s', 'x')
t('?', [])
t('?', [1])
t('2h', 1)
t('<n', 1)
t('3', 1)
t('z', 1)
t('e', 1e10)
t('e', 1.5)
t('e', 65504.0)
t('e', 1e-7)
t('e', 6.1e-5)
t('<e', -0.0)
t('>e', float('inf'))
t('f', 1e300)
t('f', 0.1)
t('d', 10)
t('>d', 3.141592653589793)
t('h', True)


class I:
    def __index__(self):
        return 7


print(struct.pack('h', I()))
print(struct.pack('f', I()))
t('f', 3)
t('5p', b'abcdefgh')
t('3s', b'a')
t('0s')
t('3s2p', b'abcdef', b'xyz')
t('<hxxi', 1, 2)
t('>4B', 1, 2, 3, 4)
t('@bhiq', 1, 2, 3, 4)
t('=bhiq', 1, 2, 3, 4)
t('! I H', 0xdeadbeef, 80)
print(struct.unpack('5p', b'\x09abcd'))

for call in [lambda: struct.unpack('i', b'abc'),
             lambda: struct.unpack_from('i', b'abcde', 2),
             lambda: struct.unpack_from('i', b'abcde', -10),
             lambda: struct.pack_into('i', bytearray(5), 2, 1),
             lambda: struct.pack_into('i', bytearray(5), -10, 1),
             lambda: struct.pack_into('i', bytearray(5), -2, 1),
             lambda: list(struct.iter_unpack('i', b'abcde')),
             lambda: list(struct.iter_unpack('', b'abcde'))]:
    try:
        print(call())
    except struct.error as e:
        print('error:', e)

print(struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.calcsize('bi0q'), struct.calcsize('3s2p'))
print(struct.calcsize('@cd'), struct.calcsize('@?l'), struct.calcsize('<?l'), struct.calcsize('10x'))
s = struct.Struct(b'<hh')
print(s.format, s.size, s.pack(1, -2), s.unpack(b'\x01\x00\xfe\xff'))
buf = bytearray(12)
struct.pack_into('<3i', buf, 0, 7, 8, 9)
print(buf, struct.unpack_from('<i', buf, 4), struct.unpack_from('<i', buf, -4))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
it = struct.iter_unpack('<B', b'abc')
print(it.__length_hint__(), next(it), it.__length_hint__())
print(struct.unpack('<d', struct.pack('<d', 1 / 3)))
print(struct.unpack('<f', struct.pack('<f', 1 / 3)))
print(struct.unpack('<e', struct.pack('<e', 1 / 3)))
print(struct.unpack('<IHB', bytearray(b'\x01\x02\x03\x04\x05\x06\x07')))
record = struct.pack('<10sHHb', b'raymond   ', 4658, 264, 8)
print(record, struct.unpack('<10sHHb', record))
print(isinstance(struct.error('x'), Exception), struct.error.__module__)
