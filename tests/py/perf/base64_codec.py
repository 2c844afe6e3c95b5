# binascii/base64 codec paths (C inner loops with Python fallbacks),
# bytes.hex with and without separators, crc32.
import base64, binascii, zlib
for n in range(0, 12):
    d = bytes((i * 37 + 11) & 255 for i in range(n))
    e = base64.b64encode(d)
    print(n, e, base64.b64decode(e) == d, binascii.b2a_base64(d), binascii.b2a_base64(d, newline=False))
    print(' ', base64.urlsafe_b64encode(d), base64.b64decode(e, validate=True) == d, d.hex(), d.hex(':', 2))
big = bytes(range(256)) * 5
e = base64.b64encode(big)
print(len(e), base64.b64decode(e) == big, base64.b64decode(e.decode()) == big, base64.encodebytes(big)[:80])
print(base64.decodebytes(base64.encodebytes(big)) == big)
for bad in [b'QQ', b'QUJD=', b'QUJDRA', b'QUJDR', b'Q!UJD', b'QUJD====', b'QUJDRA===', b'QQ==QUJD', b'=QUJD', b'QU=JD', b'QUJD\nRA==', b'QUJDR===', b'AAAAQ!==']:
    for strict in (False, True):
        try:
            print(bad, strict, binascii.a2b_base64(bad, strict_mode=strict))
        except binascii.Error as ex:
            print(bad, strict, 'Error', ex)
for s in ['QUJD', 'QUJDRA==', 'QUJDREU=', 'QUJDREVG']:
    print(s, binascii.a2b_base64(s), base64.b64decode(bytearray(s, 'ascii')), binascii.a2b_base64(memoryview(s.encode())))
try:
    base64.b64decode('QUJ\u00e9')
except ValueError as ex:
    print('ValueError', ex)
print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello')), zlib.crc32(big), binascii.crc32(bytearray(big), 0xffffffff), binascii.crc32(memoryview(big)))
print(b''.hex(), bytearray(b'\x00\xff').hex(), b'abc'.hex('-', 0), b'abcdef'.hex(b'|', -4), binascii.hexlify(b'\x01\xab'), binascii.b2a_hex(b'xyz', ' '))
