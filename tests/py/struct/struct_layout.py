import struct

for fmt in ['@ci', '@ic', '@i0i', '@c0q', 'c0q', '<c0q', '@2c3h', '@xq', '@qx', '@?d', '@hd?', '@P',
            '@nN', '@e', '@5s', '@5p0i', '@0s0p', '=i', '!Q', '@3x', 'i\ti']:
    s = struct.Struct(fmt)
    print(repr(fmt), s.size, struct.calcsize(fmt))
print(struct.pack('@ci', b'a', 1), struct.pack('@ic', 1, b'a'), struct.pack('@c0q', b'z'))
print(struct.unpack('@hd?', struct.pack('@hd?', -3, 2.5, True)))
print(struct.pack('0s', b'x'), struct.unpack('0s', b''), struct.pack('5s', b'abcdefg'), struct.unpack('2p', b'\x05a'))
print(struct.pack('<?', 2), struct.pack('<?', ''), struct.unpack('<??', b'\x00\x07'))
print(struct.pack('>e', 0.1), struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\x00\xfc'))
print(struct.unpack('<f', b'\x00\x00\xc0\x7f'), struct.unpack('>d', b'\x7f\xf0\x00\x00\x00\x00\x00\x00'))
print(struct.pack('<q', -2 ** 63), struct.pack('<Q', 2 ** 64 - 1), struct.unpack('<q', b'\xff' * 8), struct.unpack('>Q', b'\xff' * 8))
print(struct.pack('@P', -1), struct.unpack('@P', b'\xff' * 8))
for bad in ['q', 'unpack']:
    try:
        struct.unpack('<i', 'abcd')
    except TypeError as e:
        print('TypeError', e)
try:
    struct.unpack('<i', 12)
except TypeError as e:
    print('TypeError', e)
try:
    struct.Struct(12)
except TypeError as e:
    print('TypeError', e)
ints = list(range(-5, 6))
blob = struct.pack('<%dh' % len(ints), *ints)
print(blob, struct.unpack('<%dh' % len(ints), blob) == tuple(ints))
header = struct.Struct('>4sHHI')
data = header.pack(b'KRAI', 1, 2, 123456)
print(data, header.unpack(data), header.unpack_from(data + b'xx'), header.size)
buf = bytearray(header.size + 4)
header.pack_into(buf, 2, b'ab', 3, 4, 5)
print(buf)
print([struct.unpack('<H', bytes([i, 0]))[0] for i in range(0, 256, 51)])
