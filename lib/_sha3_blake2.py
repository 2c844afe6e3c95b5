"""SHA-3, SHAKE and BLAKE2 in pure Python, for hashlib.

SHA-3/SHAKE is the Keccak-f[1600] sponge (FIPS 202): 25 64-bit lanes,
absorbing `rate` bytes per permutation, domain padding 0x06 (SHA-3) or
0x1F (SHAKE) plus the final 0x80 bit.  The round constants and rotation
offsets are derived at import time from their defining LFSR and (x, y)
walk rather than tabulated.

BLAKE2b/BLAKE2s follow RFC 7693: a HAIFA-style compression over 128/64
byte blocks with a byte counter and a final-block flag; the parameter
block carries digest size, key length, fanout/depth 1, salt and
personalization.  The last block is only compressed at digest() time, so
update() keeps one block back.

Objects expose the hashlib interface (update, digest, hexdigest, copy,
name, digest_size, block_size); digests are computed on copies, so
hashing can continue after digest().  Speed is that of Python code,
adequate for the short inputs programs hash.
"""

_MASK64 = (1 << 64) - 1


def _keccak_tables():
    rc = []
    r = 1
    for _ in range(24):
        c = 0
        for j in range(7):
            r = ((r << 1) ^ ((r >> 7) * 0x71)) % 256
            if r & 2:
                c ^= 1 << ((1 << j) - 1)
        rc.append(c)
    rot = [[0] * 5 for _ in range(5)]
    x, y = 1, 0
    for t in range(24):
        rot[x][y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    return rc, rot


_RC, _ROT = _keccak_tables()


def _keccak_f(a):
    # a: list of 25 lanes, index x + 5*y
    for rnd in range(24):
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & _MASK64)
             for x in range(5)]
        for i in range(25):
            a[i] ^= d[i % 5]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                v = a[x + 5 * y]
                n = _ROT[x][y]
                if n:
                    v = ((v << n) | (v >> (64 - n))) & _MASK64
                b[y + 5 * ((2 * x + 3 * y) % 5)] = v
        for y in range(0, 25, 5):
            row = b[y:y + 5]
            for x in range(5):
                a[y + x] = row[x] ^ ((~row[(x + 1) % 5]) & row[(x + 2) % 5])
        a[0] ^= _RC[rnd]


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    return bytes(memoryview(data))


class _Sponge:
    __slots__ = ('name', '_rate', '_pad', '_out', '_state', '_buf')

    def __init__(self, name, rate, pad, out, data=b''):
        self.name = name
        self._rate = rate
        self._pad = pad
        self._out = out
        self._state = [0] * 25
        self._buf = b''
        if data:
            self.update(data)

    @property
    def digest_size(self):
        return self._out

    @property
    def block_size(self):
        return self._rate

    def _absorb(self, block):
        st = self._state
        for i in range(self._rate // 8):
            st[i] ^= int.from_bytes(block[8 * i:8 * i + 8], 'little')
        _keccak_f(st)

    def update(self, data):
        buf = self._buf + _as_bytes(data)
        rate = self._rate
        n = len(buf) - len(buf) % rate
        for off in range(0, n, rate):
            self._absorb(buf[off:off + rate])
        self._buf = buf[n:]

    def _squeeze(self, length):
        other = self.copy()
        block = bytearray(other._buf)
        block.append(other._pad)
        block.extend(b'\x00' * (other._rate - len(block)))
        block[-1] |= 0x80
        other._absorb(bytes(block))
        out = bytearray()
        st = other._state
        while True:
            for i in range(other._rate // 8):
                out += st[i].to_bytes(8, 'little')
            if len(out) >= length:
                return bytes(out[:length])
            _keccak_f(st)

    def copy(self):
        c = _Sponge.__new__(type(self))
        c.name = self.name
        c._rate = self._rate
        c._pad = self._pad
        c._out = self._out
        c._state = list(self._state)
        c._buf = self._buf
        return c

    def digest(self):
        return self._squeeze(self._out)

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


class _Shake(_Sponge):
    __slots__ = ()

    def digest(self, length):
        if length < 0:
            raise ValueError('length must be non-negative')
        return self._squeeze(length)

    def hexdigest(self, length):
        return self.digest(length).hex()

    def copy(self):
        return _Sponge.copy(self)


def sha3_224(data=b'', *, usedforsecurity=True):
    return _Sponge('sha3_224', 144, 0x06, 28, data)


def sha3_256(data=b'', *, usedforsecurity=True):
    return _Sponge('sha3_256', 136, 0x06, 32, data)


def sha3_384(data=b'', *, usedforsecurity=True):
    return _Sponge('sha3_384', 104, 0x06, 48, data)


def sha3_512(data=b'', *, usedforsecurity=True):
    return _Sponge('sha3_512', 72, 0x06, 64, data)


def shake_128(data=b'', *, usedforsecurity=True):
    return _Shake('shake_128', 168, 0x1F, 0, data)


def shake_256(data=b'', *, usedforsecurity=True):
    return _Shake('shake_256', 136, 0x1F, 0, data)


# ---- BLAKE2 ----------------------------------------------------------------

_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0),
)

# initial values: fractional parts of square roots of the first primes
_IV64 = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
         0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
         0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)
_IV32 = tuple(v >> 32 for v in _IV64)

# word size (bits), rounds, rotation amounts, block bytes, max digest/key,
# salt/person length
_B = {'blake2b': (64, 12, (32, 24, 16, 63), 128, 64, 16, _IV64),
      'blake2s': (32, 10, (16, 12, 8, 7), 64, 32, 8, _IV32)}


class _Blake2:
    __slots__ = ('name', '_cfg', '_h', '_t', '_buf', '_size', '_key')

    def __init__(self, name, data=b'', *, digest_size=None, key=b'', salt=b'',
                 person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0,
                 node_depth=0, inner_size=0, last_node=False,
                 usedforsecurity=True):
        cfg = _B[name]
        bits, rounds, rot, block, maxout, saltlen, iv = cfg
        if digest_size is None:
            digest_size = maxout
        if not 1 <= digest_size <= maxout:
            raise ValueError('digest_size must be between 1 and %d bytes' % maxout)
        key = _as_bytes(key)
        salt = _as_bytes(salt)
        person = _as_bytes(person)
        if len(key) > maxout:
            raise ValueError('maximum key length is %d bytes' % maxout)
        if len(salt) > saltlen:
            raise ValueError('maximum salt length is %d bytes' % saltlen)
        if len(person) > saltlen:
            raise ValueError('maximum person length is %d bytes' % saltlen)
        self.name = name
        self._cfg = cfg
        self._size = digest_size
        wbytes = bits // 8
        # the parameter block, as bytes, xored into the IV
        p = bytearray(8 * wbytes)
        p[0] = digest_size
        p[1] = len(key)
        p[2] = fanout
        p[3] = depth
        p[4:8] = leaf_size.to_bytes(4, 'little')
        if bits == 64:
            p[8:16] = node_offset.to_bytes(8, 'little')
            p[16] = node_depth
            p[17] = inner_size
            p[32:32 + len(salt)] = salt
            p[48:48 + len(person)] = person
        else:
            p[8:14] = node_offset.to_bytes(6, 'little')
            p[14] = node_depth
            p[15] = inner_size
            p[16:16 + len(salt)] = salt
            p[24:24 + len(person)] = person
        self._h = [iv[i] ^ int.from_bytes(p[i * wbytes:(i + 1) * wbytes], 'little')
                   for i in range(8)]
        self._t = 0
        self._buf = b''
        self._key = bool(key)
        if key:
            self._buf = key + b'\x00' * (block - len(key))
        if data:
            self.update(data)

    @property
    def digest_size(self):
        return self._size

    @property
    def block_size(self):
        return self._cfg[3]

    def _compress(self, block, last):
        bits, rounds, (r1, r2, r3, r4), bsize, _, _, iv = self._cfg
        mask = (1 << bits) - 1
        wb = bits // 8
        m = [int.from_bytes(block[i * wb:(i + 1) * wb], 'little') for i in range(16)]
        v = self._h + list(iv)
        v[12] ^= self._t & mask
        v[13] ^= (self._t >> bits) & mask
        if last:
            v[14] ^= mask

        def g(a, b, c, d, x, y):
            v[a] = (v[a] + v[b] + x) & mask
            t = v[d] ^ v[a]
            v[d] = ((t >> r1) | (t << (bits - r1))) & mask
            v[c] = (v[c] + v[d]) & mask
            t = v[b] ^ v[c]
            v[b] = ((t >> r2) | (t << (bits - r2))) & mask
            v[a] = (v[a] + v[b] + y) & mask
            t = v[d] ^ v[a]
            v[d] = ((t >> r3) | (t << (bits - r3))) & mask
            v[c] = (v[c] + v[d]) & mask
            t = v[b] ^ v[c]
            v[b] = ((t >> r4) | (t << (bits - r4))) & mask

        for r in range(rounds):
            s = _SIGMA[r % 10]
            g(0, 4, 8, 12, m[s[0]], m[s[1]])
            g(1, 5, 9, 13, m[s[2]], m[s[3]])
            g(2, 6, 10, 14, m[s[4]], m[s[5]])
            g(3, 7, 11, 15, m[s[6]], m[s[7]])
            g(0, 5, 10, 15, m[s[8]], m[s[9]])
            g(1, 6, 11, 12, m[s[10]], m[s[11]])
            g(2, 7, 8, 13, m[s[12]], m[s[13]])
            g(3, 4, 9, 14, m[s[14]], m[s[15]])
        self._h = [self._h[i] ^ v[i] ^ v[i + 8] for i in range(8)]

    def update(self, data):
        buf = self._buf + _as_bytes(data)
        bsize = self._cfg[3]
        # keep the final (possibly full) block for digest()
        while len(buf) > bsize:
            self._t += bsize
            self._compress(buf[:bsize], False)
            buf = buf[bsize:]
        self._buf = buf

    def copy(self):
        c = _Blake2.__new__(_Blake2)
        c.name = self.name
        c._cfg = self._cfg
        c._h = list(self._h)
        c._t = self._t
        c._buf = self._buf
        c._size = self._size
        c._key = self._key
        return c

    def digest(self):
        c = self.copy()
        bsize = c._cfg[3]
        c._t += len(c._buf)
        c._compress(c._buf + b'\x00' * (bsize - len(c._buf)), True)
        wb = c._cfg[0] // 8
        out = b''.join(w.to_bytes(wb, 'little') for w in c._h)
        return out[:c._size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return '<%s _blake2.%s object at %s>' % (self.name, self.name, hex(id(self)))


def blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'',
            fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
            inner_size=0, last_node=False, usedforsecurity=True):
    return _Blake2('blake2b', data, digest_size=digest_size, key=key,
                   salt=salt, person=person, fanout=fanout, depth=depth,
                   leaf_size=leaf_size, node_offset=node_offset,
                   node_depth=node_depth, inner_size=inner_size)


def blake2s(data=b'', *, digest_size=32, key=b'', salt=b'', person=b'',
            fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
            inner_size=0, last_node=False, usedforsecurity=True):
    return _Blake2('blake2s', data, digest_size=digest_size, key=key,
                   salt=salt, person=person, fanout=fanout, depth=depth,
                   leaf_size=leaf_size, node_offset=node_offset,
                   node_depth=node_depth, inner_size=inner_size)


blake2b.SALT_SIZE, blake2b.PERSON_SIZE, blake2b.MAX_KEY_SIZE, \
    blake2b.MAX_DIGEST_SIZE = 16, 16, 64, 64
blake2s.SALT_SIZE, blake2s.PERSON_SIZE, blake2s.MAX_KEY_SIZE, \
    blake2s.MAX_DIGEST_SIZE = 8, 8, 32, 32

CONSTRUCTORS = {
    'sha3_224': sha3_224, 'sha3_256': sha3_256, 'sha3_384': sha3_384,
    'sha3_512': sha3_512, 'shake_128': shake_128, 'shake_256': shake_256,
    'blake2b': blake2b, 'blake2s': blake2s,
}
