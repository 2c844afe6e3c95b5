import hashlib, hmac
data = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', b'a' * 55, b'a' * 56, b'b' * 64,
        b'c' * 111, b'c' * 112, b'x' * 1000, bytes(range(256)) * 3]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for d in data:
        h = hashlib.new(name, d)
        print(name, len(d), h.hexdigest())
    h = getattr(hashlib, name)()
    print(h.name, h.digest_size, h.block_size)
    for i in range(0, 300, 7):
        h.update(bytes(range(i % 256))[:i])
    c = h.copy()
    c.update(b'more')
    print(h.hexdigest(), c.hexdigest(), h.digest()[:4])
print(hashlib.sha256(bytearray(b'abc')).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256', 'sha512', 'sha224', 'sha384'}))
print(hashlib.new('SHA256', b'x').hexdigest())
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError', e)
h = hashlib.sha1()
try:
    h.update('text')
except TypeError as e:
    print('TypeError', e)
try:
    hashlib.new('nosuch')
except ValueError as e:
    print('ValueError', e)
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'md5').hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha256).hexdigest())
print(hmac.new(b'k' * 200, b'msg', 'sha512').hexdigest())
m = hmac.new(b'secret', digestmod='sha1'); m.update(b'a'); m2 = m.copy(); m2.update(b'b')
print(m.hexdigest(), m2.hexdigest(), m.name, m.digest_size)
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('a', 'ab'))
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 10).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 30).hex())
