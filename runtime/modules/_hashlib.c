/*
 * _hashlib.c -- message digests (MD5, SHA-1, SHA-224/256, SHA-384/512) and
 * CRC-32 for lib/hashlib.py and lib/binascii.py.
 *
 * Design: the module defines no object type.  A running hash is a plain
 * C struct (HashState) which travels between C and Python serialised as a
 * bytes object; every call takes an algorithm number and a state blob and
 * returns a fresh blob.  That makes copy() trivial (bytes are immutable, so
 * sharing the blob is a copy) and keeps all object-protocol code in Python,
 * where hashlib's small class lives.  The cost is one state-sized (~220
 * byte) allocation per update(), negligible next to hashing itself.
 *
 * Invariants of HashState: buflen < block size of the algorithm (a full
 * block is compressed at once); total counts every byte ever fed in, which
 * the final padding encodes as a bit length.  MD5 is little-endian in its
 * words and length; the SHA family is big-endian.  SHA-224 and SHA-384 are
 * SHA-256 and SHA-512 with other initial values and a truncated output.
 *
 * The implementations follow the published specifications (RFC 1321 for
 * MD5, FIPS 180-4 for the SHA family); the round constants are the
 * standard ones.  CRC-32 is zlib's crc32 (the reflected 0xEDB88320
 * polynomial, word-at-a-time), which binascii.crc32 and zlib.crc32 share.
 *
 * b64encode/b64decode are the inner loops of binascii's base64 codec;
 * lib/binascii.py keeps the argument handling, newline, padding rules and
 * error reporting.  b64decode only accepts whole quanta of alphabet
 * characters and returns None otherwise, which sends the caller to its
 * general (lenient or strict) decoder.
 */
#include "krait.h"
#include <stdio.h>
#include <string.h>

/* zlib's, declared here because <zlib.h> would clash with compress() below
 * (the library is linked for the zlib module). */
extern unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);

enum { ALG_MD5, ALG_SHA1, ALG_SHA224, ALG_SHA256, ALG_SHA384, ALG_SHA512, ALG_COUNT };

typedef struct HashState {
    uint64_t total;
    uint32_t buflen;
    uint32_t alg;
    uint32_t h32[8];
    uint64_t h64[8];
    uint8_t buf[128];
} HashState;

static const int block_size[ALG_COUNT] = { 64, 64, 64, 64, 128, 128 };
static const int digest_size[ALG_COUNT] = { 16, 20, 28, 32, 48, 64 };

#define ROL32(x, n) (((x) << (n)) | ((x) >> (32 - (n))))
#define ROR32(x, n) (((x) >> (n)) | ((x) << (32 - (n))))
#define ROR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static uint32_t be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

static uint64_t be64(const uint8_t *p)
{
    return ((uint64_t)be32(p) << 32) | be32(p + 4);
}

/* ---- MD5 ---- */

static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const uint8_t md5_r[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

static void md5_block(uint32_t *h, const uint8_t *p)
{
    uint32_t w[16];
    for (int i = 0; i < 16; i++)
        w[i] = le32(p + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (i < 32) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) & 15;
        } else if (i < 48) {
            f = b ^ c ^ d;
            g = (3 * i + 5) & 15;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) & 15;
        }
        uint32_t t = d;
        d = c;
        c = b;
        uint32_t x = a + f + md5_k[i] + w[g];
        b = b + ROL32(x, md5_r[i]);
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
}

/* ---- SHA-1 ---- */

static void sha1_block(uint32_t *h, const uint8_t *p)
{
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = be32(p + 4 * i);
    for (int i = 16; i < 80; i++)
        w[i] = ROL32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t t = ROL32(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = ROL32(b, 30);
        b = a;
        a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

/* ---- SHA-256 ---- */

static const uint32_t k256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_block(uint32_t *h, const uint8_t *p)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = be32(p + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ROR32(w[i - 15], 7) ^ ROR32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR32(w[i - 2], 17) ^ ROR32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ROR32(e, 6) ^ ROR32(e, 11) ^ ROR32(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = hh + S1 + ch + k256[i] + w[i];
        uint32_t S0 = ROR32(a, 2) ^ ROR32(a, 13) ^ ROR32(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = S0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

/* ---- SHA-512 ---- */

static const uint64_t k512[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static void sha512_block(uint64_t *h, const uint8_t *p)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = be64(p + 8 * i);
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ROR64(w[i - 15], 1) ^ ROR64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ROR64(w[i - 2], 19) ^ ROR64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ROR64(e, 14) ^ ROR64(e, 18) ^ ROR64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + S1 + ch + k512[i] + w[i];
        uint64_t S0 = ROR64(a, 28) ^ ROR64(a, 34) ^ ROR64(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = S0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

/* ---- generic driver ---- */

static void state_init(HashState *s, int alg)
{
    static const uint32_t iv_sha224[8] = { 0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                           0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4 };
    static const uint32_t iv_sha256[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                           0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
    static const uint64_t iv_sha384[8] = {
        0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL, 0x152fecd8f70e5939ULL,
        0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL, 0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL };
    static const uint64_t iv_sha512[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL };
    memset(s, 0, sizeof *s);
    s->alg = (uint32_t)alg;
    switch (alg) {
    case ALG_MD5:
    case ALG_SHA1:
        s->h32[0] = 0x67452301;
        s->h32[1] = 0xefcdab89;
        s->h32[2] = 0x98badcfe;
        s->h32[3] = 0x10325476;
        s->h32[4] = 0xc3d2e1f0;
        break;
    case ALG_SHA224: memcpy(s->h32, iv_sha224, sizeof iv_sha224); break;
    case ALG_SHA256: memcpy(s->h32, iv_sha256, sizeof iv_sha256); break;
    case ALG_SHA384: memcpy(s->h64, iv_sha384, sizeof iv_sha384); break;
    default: memcpy(s->h64, iv_sha512, sizeof iv_sha512); break;
    }
}

static void compress(HashState *s, const uint8_t *block)
{
    switch (s->alg) {
    case ALG_MD5: md5_block(s->h32, block); break;
    case ALG_SHA1: sha1_block(s->h32, block); break;
    case ALG_SHA224:
    case ALG_SHA256: sha256_block(s->h32, block); break;
    default: sha512_block(s->h64, block); break;
    }
}

static void state_update(HashState *s, const uint8_t *p, size_t n)
{
    size_t bs = (size_t)block_size[s->alg];
    s->total += n;
    if (s->buflen) {
        size_t take = bs - s->buflen;
        if (take > n)
            take = n;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += (uint32_t)take;
        p += take;
        n -= take;
        if (s->buflen < bs)
            return;
        compress(s, s->buf);
        s->buflen = 0;
    }
    while (n >= bs) {
        compress(s, p);
        p += bs;
        n -= bs;
    }
    memcpy(s->buf, p, n);
    s->buflen = (uint32_t)n;
}

/* Pads a copy of the state (the caller's blob stays usable, as digest()
 * may be called repeatedly and followed by more updates). */
static void state_final(const HashState *in, uint8_t *out)
{
    HashState s = *in;
    size_t bs = (size_t)block_size[s.alg];
    size_t lenbytes = bs == 128 ? 16 : 8;
    uint64_t bits = s.total * 8;
    uint8_t pad[256];
    size_t padlen = bs - s.buflen;
    if (padlen < lenbytes + 1)
        padlen += bs;
    memset(pad, 0, sizeof pad);
    pad[0] = 0x80;
    for (int i = 0; i < 8; i++) {
        if (s.alg == ALG_MD5)
            pad[padlen - 8 + i] = (uint8_t)(bits >> (8 * i));
        else
            pad[padlen - 1 - i] = (uint8_t)(bits >> (8 * i));
    }
    uint64_t keep = s.total;
    state_update(&s, pad, padlen);
    s.total = keep;
    int ds = digest_size[s.alg];
    for (int i = 0; i < ds; i++) {
        switch (s.alg) {
        case ALG_MD5: out[i] = (uint8_t)(s.h32[i / 4] >> (8 * (i % 4))); break;
        case ALG_SHA1:
        case ALG_SHA224:
        case ALG_SHA256: out[i] = (uint8_t)(s.h32[i / 4] >> (24 - 8 * (i % 4))); break;
        default: out[i] = (uint8_t)(s.h64[i / 8] >> (56 - 8 * (i % 8))); break;
        }
    }
}

/* ---- Python-facing functions ---- */

static int get_alg(KrObject *o)
{
    Kr_ssize_t a = kr_int_as_ssize(o);
    if (a == -1 && kr_err_occurred())
        return -1;
    if (a < 0 || a >= ALG_COUNT) {
        kr_err_set_string(&kr_exc_ValueError, "unsupported hash type");
        return -1;
    }
    return (int)a;
}

static const HashState *get_state(KrObject *o)
{
    if (!KR_BYTES_CHECK(o) || KR_SIZE(o) != (Kr_ssize_t)sizeof(HashState)) {
        kr_err_set_string(&kr_exc_ValueError, "bad hash state");
        return NULL;
    }
    return (const HashState *)(const void *)KR_BYTES_DATA(o);
}

/* Views the raw bytes of a bytes or bytearray argument. */
static int get_data(KrObject *o, const uint8_t **p, Kr_ssize_t *n)
{
    if (KR_BYTES_CHECK(o)) {
        *p = (const uint8_t *)KR_BYTES_DATA(o);
        *n = KR_SIZE(o);
        return 0;
    }
    if (KR_BYTEARRAY_CHECK(o)) {
        *p = (const uint8_t *)((KrByteArray *)o)->data;
        *n = KR_SIZE(o);
        return 0;
    }
    kr_err_format(&kr_exc_TypeError, "object supporting the buffer API required");
    return -1;
}

/* new(alg) -> initial state blob */
static KrObject *hl_new(KrObject *m, KrObject *arg)
{
    int alg = get_alg(arg);
    if (alg < 0)
        return NULL;
    HashState s;
    state_init(&s, alg);
    return kr_bytes_from(&s, sizeof s);
}

/* update(state, data) -> new state blob */
static KrObject *hl_update(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("update", nargs, 2, 2) < 0)
        return NULL;
    const HashState *old = get_state(args[0]);
    const uint8_t *p;
    Kr_ssize_t n;
    if (old == NULL || get_data(args[1], &p, &n) < 0)
        return NULL;
    HashState s = *old;
    state_update(&s, p, (size_t)n);
    return kr_bytes_from(&s, sizeof s);
}

/* digest(state) -> bytes */
static KrObject *hl_digest(KrObject *m, KrObject *arg)
{
    const HashState *s = get_state(arg);
    if (s == NULL)
        return NULL;
    uint8_t out[64];
    state_final(s, out);
    return kr_bytes_from(out, digest_size[s->alg]);
}

/* crc32(data, value=0) -> int */
static KrObject *hl_crc32(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("crc32", nargs, 1, 2) < 0)
        return NULL;
    const uint8_t *p;
    Kr_ssize_t n;
    if (get_data(args[0], &p, &n) < 0)
        return NULL;
    uint32_t crc = 0;
    if (nargs == 2) {
        int overflow = 0;
        int64_t v = kr_int_as_i64(args[1], &overflow);
        if (v == -1 && kr_err_occurred())
            return NULL;
        crc = (uint32_t)v;
    }
    unsigned long c = crc;
    while (n > 0) {
        unsigned int chunk = n > (Kr_ssize_t)0x40000000 ? 0x40000000u : (unsigned int)n;
        c = crc32(c, p, chunk);
        p += chunk;
        n -= chunk;
    }
    return kr_int_from_i64((int64_t)(uint32_t)c);
}

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* b64encode(data) -> bytes: the base64 of data with '=' padding, no newline. */
static KrObject *hl_b64encode(KrObject *m, KrObject *arg)
{
    const uint8_t *p;
    Kr_ssize_t n;
    if (get_data(arg, &p, &n) < 0)
        return NULL;
    Kr_ssize_t outlen = (n + 2) / 3 * 4;
    char *out = kr_mem_alloc((size_t)outlen + 1);
    if (out == NULL)
        return kr_err_no_memory();
    char *o = out;
    Kr_ssize_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = b64_alphabet[(v >> 6) & 63];
        *o++ = b64_alphabet[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)p[i] << 16;
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = '=';
        *o++ = '=';
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
        *o++ = b64_alphabet[v >> 18];
        *o++ = b64_alphabet[(v >> 12) & 63];
        *o++ = b64_alphabet[(v >> 6) & 63];
        *o++ = '=';
    }
    KrObject *r = kr_bytes_from(out, outlen);
    kr_mem_free(out);
    return r;
}

/* b64decode(data) -> bytes, or None unless data is whole quanta of
 * alphabet characters (no padding, no other bytes). */
static KrObject *hl_b64decode(KrObject *m, KrObject *arg)
{
    const uint8_t *p;
    Kr_ssize_t n;
    if (get_data(arg, &p, &n) < 0)
        return NULL;
    if (n % 4)
        return kr_newref(kr_None);
    int8_t rev[256];
    memset(rev, -1, sizeof rev);
    for (int k = 0; k < 64; k++)
        rev[(uint8_t)b64_alphabet[k]] = (int8_t)k;
    Kr_ssize_t outlen = n / 4 * 3;
    uint8_t *out = kr_mem_alloc((size_t)outlen + 1);
    if (out == NULL)
        return kr_err_no_memory();
    uint8_t *o = out;
    for (Kr_ssize_t i = 0; i < n; i += 4) {
        int a = rev[p[i]], b = rev[p[i + 1]], c = rev[p[i + 2]], d = rev[p[i + 3]];
        if ((a | b | c | d) < 0) {
            kr_mem_free(out);
            return kr_newref(kr_None);
        }
        uint32_t v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 | (uint32_t)d;
        *o++ = (uint8_t)(v >> 16);
        *o++ = (uint8_t)(v >> 8);
        *o++ = (uint8_t)v;
    }
    KrObject *r = kr_bytes_from(out, outlen);
    kr_mem_free(out);
    return r;
}

static const KrMethodDef hashlib_functions[] = {
    { "new", { .o = hl_new }, KR_METH_O, "Return the initial state blob of an algorithm." },
    { "update", { .fast = hl_update }, KR_METH_FAST, "Return the state after feeding data." },
    { "digest", { .o = hl_digest }, KR_METH_O, "Return the digest of a state blob." },
    { "crc32", { .fast = hl_crc32 }, KR_METH_FAST, "Compute a CRC-32 checksum." },
    { "b64encode", { .o = hl_b64encode }, KR_METH_O, "Base64 of bytes, padded, no newline." },
    { "b64decode", { .o = hl_b64decode }, KR_METH_O, "Decode whole base64 quanta, or None." },
    KR_METHOD_END,
};

KrObject *kr_hashlib_module_init(void)
{
    KrObject *m = kr_module_new("_hashlib");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, hashlib_functions) < 0) {
        kr_decref(m);
        return NULL;
    }
    static const char *const names[ALG_COUNT] = { "md5", "sha1", "sha224", "sha256", "sha384", "sha512" };
    for (int i = 0; i < ALG_COUNT; i++) {
        char key[32];
        snprintf(key, sizeof key, "ALG_%s", names[i]);
        if (kr_module_add_int(m, key, i) < 0) {
            kr_decref(m);
            return NULL;
        }
    }
    return m;
}
