import base64, binascii
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe' * 5]
for s in samples:
    e = base64.b64encode(s)
    print(e[:60], base64.b64decode(e) == s, base64.urlsafe_b64encode(s)[:40])
    print(base64.b32encode(s)[:60], base64.b32decode(base64.b32encode(s)) == s)
    print(base64.b32hexencode(s)[:40], base64.b32hexdecode(base64.b32hexencode(s)) == s)
    print(base64.b16encode(s)[:40], base64.b16decode(base64.b16encode(s)) == s)
    print(base64.b85encode(s)[:40], base64.b85decode(base64.b85encode(s)) == s)
    print(base64.a85encode(s)[:40], base64.a85decode(base64.a85encode(s)) == s)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'))
print(base64.b64decode(b'-_8=', altchars=b'-_'))
print(base64.b64decode('aGVsbG8='), base64.b64decode(b'aGVs\nbG8='))
print(base64.urlsafe_b64decode('-_8='))
print(base64.b16decode('ff00', casefold=True))
print(base64.b32decode('mzxw6===', casefold=True))
print(base64.b32decode('MZXW6YQ=', map01='L') if False else base64.b32decode('0BXW6YQ=', map01='L'))
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(bytes(range(100)))) == bytes(range(100)))
print(base64.b85encode(b'abc', pad=True))
for bad in [b'aGVsbG8', b'a', b'aGVsb', b'ab=c']:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print('Error', e)
try:
    base64.b64decode(b'aGV*sbG8=', validate=True)
except binascii.Error as e:
    print('Error', e)
print(base64.b64decode(b'aGV*sbG8='))
for bad in ['ABC', 'AB======']:
    try:
        base64.b32decode(bad)
    except binascii.Error as e:
        print('Error', e)
try:
    base64.b16decode('fg')
except binascii.Error as e:
    print('Error', e)
try:
    base64.b64encode('str')
except TypeError as e:
    print('TypeError', e)
try:
    base64.b64decode(5)
except TypeError as e:
    print('TypeError', e)
print(issubclass(binascii.Error, ValueError))
print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b'abc'), binascii.hexlify(b'abcd', '-'), binascii.hexlify(b'abcdef', ':', 2))
print(binascii.unhexlify('01abFF'), binascii.a2b_hex(b'6869'))
for bad in ['abc', 'zz']:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print('Error', e)
print(binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hello', newline=False))
print(binascii.a2b_base64('aGVsbG8=\n'))
print(binascii.crc32(b'hello world'), binascii.crc32(b''), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.crc_hqx(b'hello', 0))
try:
    binascii.a2b_base64(b'aGVs=bG8=', strict_mode=True)
except binascii.Error as e:
    print('Error', e)
