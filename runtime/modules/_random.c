/*
 * _random.c -- the Mersenne Twister behind the random module.
 *
 * random.py builds every distribution out of two primitives, random() and
 * getrandbits(k), so matching CPython's output for a given seed only needs
 * these two (and seeding) to be bit-identical with CPython's _random:
 *
 *  - seed(n) for an int n takes |n|, splits it into 32-bit words, least
 *    significant first (at least one word, so 0 gives [0]), and feeds them
 *    to the reference init_by_array.  Non-int seeds use hash(obj) the same
 *    way, the hash read as an unsigned 64-bit number.  random.py turns
 *    str/bytes into ints first (version 2 seeding, which appends the
 *    SHA-512 digest -- _sha512 below serves that).
 *    seed(None) draws 624 words from /dev/urandom (time as a fallback).
 *  - random() is genrand_res53: 27 + 26 high bits of two outputs.
 *  - getrandbits(k) fills 32-bit words least significant first, the last
 *    (most significant) word shifted right to keep only its top bits.
 *
 * The state is the 624-word vector plus the position, exposed by
 * getstate()/setstate() as a 625-tuple like CPython's.  The type may be
 * subclassed (random.Random does); it owns no references, so the
 * dealloc just frees the memory.
 */
#include "krait.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define N 624
#define M 397

typedef struct {
    KrObject ob;
    int index;
    uint32_t state[N];
} MT;

KrType kr_random_type;

static void init_genrand(MT *mt, uint32_t s)
{
    mt->state[0] = s;
    for (int i = 1; i < N; i++)
        mt->state[i] = 1812433253U * (mt->state[i - 1] ^ (mt->state[i - 1] >> 30)) + (uint32_t)i;
    mt->index = N;
}

static void init_by_array(MT *mt, const uint32_t *key, size_t len)
{
    init_genrand(mt, 19650218U);
    size_t i = 1, j = 0;
    uint32_t *s = mt->state;
    for (size_t k = N > len ? N : len; k; k--) {
        s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= N) {
            s[0] = s[N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = N - 1; k; k--) {
        s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= N) {
            s[0] = s[N - 1];
            i = 1;
        }
    }
    s[0] = 0x80000000U;
}

static uint32_t genrand(MT *mt)
{
    static const uint32_t mag01[2] = { 0, 0x9908b0dfU };
    uint32_t *s = mt->state, y;
    if (mt->index >= N) {
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            y = (s[kk] & 0x80000000U) | (s[kk + 1] & 0x7fffffffU);
            s[kk] = s[kk + M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < N - 1; kk++) {
            y = (s[kk] & 0x80000000U) | (s[kk + 1] & 0x7fffffffU);
            s[kk] = s[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (s[N - 1] & 0x80000000U) | (s[0] & 0x7fffffffU);
        s[N - 1] = s[M - 1] ^ (y >> 1) ^ mag01[y & 1];
        mt->index = 0;
    }
    y = s[mt->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

static void seed_from_urandom(MT *mt)
{
    uint32_t key[N];
    FILE *f = fopen("/dev/urandom", "rb");
    size_t got = f ? fread(key, sizeof key[0], N, f) : 0;
    if (f)
        fclose(f);
    if (got != N) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec;
        key[1] = (uint32_t)ts.tv_nsec;
        got = 2;
    }
    init_by_array(mt, key, got);
}

static int hexval(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* |n| as 32-bit words, least significant first, via its hex digits. */
static int seed_from_int(MT *mt, KrObject *n)
{
    KrObject *hex = kr_int_to_base(n, 16, 0);
    if (hex == NULL)
        return -1;
    Kr_ssize_t len;
    const char *s = kr_str_utf8(hex, &len);
    if (len > 0 && s[0] == '-') {
        s++;
        len--;
    }
    size_t nwords = (size_t)(len + 7) / 8;
    if (nwords == 0)
        nwords = 1;
    uint32_t *key = kr_mem_alloc(nwords * sizeof *key);
    if (key == NULL) {
        kr_decref(hex);
        kr_err_no_memory();
        return -1;
    }
    memset(key, 0, nwords * sizeof *key);
    for (Kr_ssize_t i = 0; i < len; i++) {
        Kr_ssize_t pos = len - 1 - i;     /* nibble index from the low end */
        key[pos / 8] |= (uint32_t)hexval(s[i]) << (4 * (pos % 8));
    }
    init_by_array(mt, key, nwords);
    kr_mem_free(key);
    kr_decref(hex);
    return 0;
}

static int do_seed(MT *mt, KrObject *arg)
{
    if (arg == NULL || arg == kr_None) {
        seed_from_urandom(mt);
        return 0;
    }
    if (KR_INT_CHECK(arg))
        return seed_from_int(mt, arg);
    Kr_hash_t h = kr_object_hash(arg);
    if (h == -1 && kr_err_occurred())
        return -1;
    /* CPython reinterprets the hash as unsigned: negative hashes seed
     * from 2**64 + hash, not from |hash|. */
    KrObject *n = kr_int_from_u64((uint64_t)h);
    if (n == NULL)
        return -1;
    int r = seed_from_int(mt, n);
    kr_decref(n);
    return r;
}

static KrObject *mt_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    MT *mt = (MT *)kr_type_generic_alloc(t, 0);
    if (mt == NULL)
        return NULL;
    seed_from_urandom(mt);
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_GC))
        kr_gc_track((KrObject *)mt);
    return (KrObject *)mt;
}

static void mt_dealloc(KrObject *o)
{
    kr_object_free(o);
}

static KrObject *mt_seed(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("seed", nargs, 0, 1) < 0)
        return NULL;
    if (do_seed((MT *)self, nargs ? args[0] : NULL) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *mt_random(KrObject *self)
{
    MT *mt = (MT *)self;
    uint32_t a = genrand(mt) >> 5, b = genrand(mt) >> 6;
    return kr_float_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static KrObject *mt_getrandbits(KrObject *self, KrObject *arg)
{
    MT *mt = (MT *)self;
    Kr_ssize_t k = kr_number_as_ssize(arg, &kr_exc_OverflowError);
    if (k == -1 && kr_err_occurred())
        return NULL;
    if (k < 0)
        return kr_err_format(&kr_exc_ValueError, "number of bits must be non-negative");
    if (k == 0)
        return kr_int_from_i64(0);
    if (k <= 32)
        return kr_int_from_u64(genrand(mt) >> (32 - k));
    size_t nwords = (size_t)(k - 1) / 32 + 1;
    uint32_t *w = kr_mem_alloc(nwords * sizeof *w);
    char *hex = kr_mem_alloc(nwords * 8 + 1);
    if (w == NULL || hex == NULL) {
        kr_mem_free(w);
        kr_mem_free(hex);
        return kr_err_no_memory();
    }
    for (size_t i = 0; i < nwords; i++, k -= 32) {
        uint32_t r = genrand(mt);
        if (k < 32)
            r >>= 32 - k;
        w[i] = r;
    }
    for (size_t i = 0; i < nwords; i++)
        snprintf(hex + 8 * i, 9, "%08x", (unsigned)w[nwords - 1 - i]);
    KrObject *r = kr_int_from_string(hex, (Kr_ssize_t)(nwords * 8), 16);
    kr_mem_free(w);
    kr_mem_free(hex);
    return r;
}

static KrObject *mt_getstate(KrObject *self)
{
    MT *mt = (MT *)self;
    KrObject *t = kr_tuple_new(N + 1);
    if (t == NULL)
        return NULL;
    for (int i = 0; i <= N; i++) {
        KrObject *v = kr_int_from_u64(i < N ? mt->state[i] : (uint64_t)mt->index);
        if (v == NULL) {
            kr_decref(t);
            return NULL;
        }
        KR_TUPLE_SET(t, i, v);
    }
    return t;
}

static KrObject *mt_setstate(KrObject *self, KrObject *state)
{
    MT *mt = (MT *)self;
    if (!KR_TUPLE_CHECK(state))
        return kr_err_format(&kr_exc_TypeError, "state vector must be a tuple");
    if (KR_SIZE(state) != N + 1)
        return kr_err_format(&kr_exc_ValueError, "state vector is the wrong size");
    uint32_t s[N];
    for (int i = 0; i < N; i++) {
        int ovf = 0;
        KrObject *v = KR_TUPLE_GET(state, i);
        if (!KR_INT_CHECK(v))
            return kr_err_format(&kr_exc_TypeError, "an integer is required");
        int64_t x = kr_int_as_i64(v, &ovf);
        if (ovf || x < 0 || x > 0xffffffffLL)
            return kr_err_format(&kr_exc_OverflowError, "Python int too large to convert to C unsigned long");
        s[i] = (uint32_t)x;
    }
    int ovf = 0;
    KrObject *iv = KR_TUPLE_GET(state, N);
    if (!KR_INT_CHECK(iv))
        return kr_err_format(&kr_exc_TypeError, "an integer is required");
    int64_t idx = kr_int_as_i64(iv, &ovf);
    if (ovf || idx < 0 || idx > N)
        return kr_err_format(&kr_exc_ValueError, "invalid state");
    memcpy(mt->state, s, sizeof s);
    mt->index = (int)idx;
    KR_RETURN_NONE;
}

/* ---- SHA-512 (FIPS 180-4), for random.seed(str/bytes) ---- */

static const uint64_t K512[80] = {
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

#define ROTR(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static void sha512_block(uint64_t h[8], const unsigned char *p)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t v = 0;
        for (int j = 0; j < 8; j++)
            v = (v << 8) | p[8 * i + j];
        w[i] = v;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ROTR(w[i - 15], 1) ^ ROTR(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ROTR(w[i - 2], 19) ^ ROTR(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ROTR(e, 14) ^ ROTR(e, 18) ^ ROTR(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + S1 + ch + K512[i] + w[i];
        uint64_t S0 = ROTR(a, 28) ^ ROTR(a, 34) ^ ROTR(a, 39);
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
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha512(const unsigned char *data, size_t len, unsigned char out[64])
{
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t full = len / 128 * 128;
    for (size_t off = 0; off < full; off += 128)
        sha512_block(h, data + off);
    unsigned char tail[256];
    size_t rest = len - full;
    memset(tail, 0, sizeof tail);
    memcpy(tail, data + full, rest);
    tail[rest] = 0x80;
    size_t tlen = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;   /* high 64 bits of the length stay 0 */
    for (int i = 0; i < 8; i++)
        tail[tlen - 1 - i] = (unsigned char)(bits >> (8 * i));
    for (size_t off = 0; off < tlen; off += 128)
        sha512_block(h, tail + off);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++)
            out[8 * i + j] = (unsigned char)(h[i] >> (56 - 8 * j));
}

static KrObject *r_sha512(KrObject *m, KrObject *arg)
{
    if (!KR_BYTES_CHECK(arg))
        return kr_err_format(&kr_exc_TypeError, "_sha512() argument must be bytes");
    unsigned char out[64];
    sha512((const unsigned char *)KR_BYTES_DATA(arg), (size_t)KR_SIZE(arg), out);
    return kr_bytes_from(out, 64);
}

static const KrMethodDef mt_methods[] = {
    KR_METHOD_FAST("seed", mt_seed),
    KR_METHOD_NOARGS("random", mt_random),
    KR_METHOD_O("getrandbits", mt_getrandbits),
    KR_METHOD_NOARGS("getstate", mt_getstate),
    KR_METHOD_O("setstate", mt_setstate),
    KR_METHOD_END,
};

KrType kr_random_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "_random.Random",
    .basicsize = sizeof(MT),
    .flags = KR_TPFLAGS_BASETYPE,
    .dealloc = mt_dealloc,
    .new_ = mt_new,
    .methods = mt_methods,
    .doc = "Random() -> create a random number generator with its own internal state.",
};

static const KrMethodDef random_functions[] = {
    KR_METHOD_O("_sha512", r_sha512),
    KR_METHOD_END,
};

KrObject *kr_random_init(void)
{
    if (!KR_TYPE_HAS_FLAG(&kr_random_type, KR_TPFLAGS_READY) && kr_type_ready(&kr_random_type) < 0)
        return NULL;
    KrObject *m = kr_module_new("_random");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, random_functions) < 0 ||
        kr_module_add_object(m, "Random", (KrObject *)&kr_random_type) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
