"""hashlib -- secure hashes and message digests.

The digest arithmetic lives in the C module _hashlib, which keeps a
running hash as an opaque bytes blob; this module wraps the blob in the
familiar hash-object interface (update/digest/hexdigest/copy).  Copying is
sharing the immutable blob.
"""
import _hashlib

_INFO = {
    # name: (algorithm id, digest_size, block_size)
    'md5': (_hashlib.ALG_md5, 16, 64),
    'sha1': (_hashlib.ALG_sha1, 20, 64),
    'sha224': (_hashlib.ALG_sha224, 28, 64),
    'sha256': (_hashlib.ALG_sha256, 32, 64),
    'sha384': (_hashlib.ALG_sha384, 48, 128),
    'sha512': (_hashlib.ALG_sha512, 64, 128),
}

# SHA-3, SHAKE and BLAKE2 are pure Python (see _sha3_blake2)
_PY_NAMES = ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128',
             'shake_256', 'blake2b', 'blake2s')

algorithms_guaranteed = frozenset(_INFO) | frozenset(_PY_NAMES)
algorithms_available = algorithms_guaranteed

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
           'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        view = memoryview(data)
    except (TypeError, NameError):
        raise TypeError("object supporting the buffer API required") from None
    return bytes(view)


class _Hash:
    __slots__ = ('_name', '_state')

    def __init__(self, name, data=b''):
        self._name = name
        self._state = _hashlib.new(_INFO[name][0])
        if data:
            self.update(data)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _INFO[self._name][1]

    @property
    def block_size(self):
        return _INFO[self._name][2]

    def update(self, data):
        self._state = _hashlib.update(self._state, _as_bytes(data))

    def digest(self):
        return _hashlib.digest(self._state)

    def hexdigest(self):
        return _hashlib.digest(self._state).hex()

    def copy(self):
        other = _Hash.__new__(_Hash)
        other._name = self._name
        other._state = self._state
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self._name, hex(id(self)))


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('new() argument \'name\' must be str, not %s' % type(name).__name__)
    key = name.lower().replace('-', '')
    pykey = name.lower().replace('-', '_')
    if pykey in _PY_NAMES:
        import _sha3_blake2
        return _sha3_blake2.CONSTRUCTORS[pykey](data, **kwargs)
    if key not in _INFO:
        raise ValueError('unsupported hash type ' + name)
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    return _Hash(key, data)


def _maker(name):
    def constructor(string=b'', *, usedforsecurity=True):
        if isinstance(string, str):
            raise TypeError('Strings must be encoded before hashing')
        return _Hash(name, string)
    constructor.__name__ = 'openssl_' + name
    constructor.__qualname__ = 'openssl_' + name
    return constructor


md5 = _maker('md5')
sha1 = _maker('sha1')
sha224 = _maker('sha224')
sha256 = _maker('sha256')
sha384 = _maker('sha384')
sha512 = _maker('sha512')

from _sha3_blake2 import (sha3_224, sha3_256, sha3_384, sha3_512, shake_128,
                          shake_256, blake2b, blake2s)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    import hmac
    password = bytes(_as_bytes(password))
    salt = bytes(_as_bytes(salt))
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    h = new(hash_name)
    if dklen is None:
        dklen = h.digest_size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    out = bytearray()
    block = 1
    while len(out) < dklen:
        u = hmac.new(password, salt + block.to_bytes(4, 'big'), hash_name).digest()
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = hmac.new(password, u, hash_name).digest()
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(len(u), 'big')
        block += 1
    return bytes(out[:dklen])


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
