/*
 * hash.c -- hashing of byte strings and of numbers.
 *
 * Byte strings (the UTF-8 of str, bytes, memoryview contents) are hashed
 * with XXH3-64 keyed by a 192-byte secret held on the interpreter.  The
 * secret is made once at start-up by XXH3_generateSecret from 32 random
 * bytes (getrandom), so hash values of strings differ between runs as in
 * CPython.  With PYTHONHASHSEED=N (0 <= N <= 4294967295) the values are
 * CPython 3.11's exactly instead: SipHash-1-3 over the same bytes (str
 * hashes its 1/2/4-byte-per-character storage, as CPython's PEP 393
 * strings), keyed as CPython keys it -- zeros for N=0, else the first 16
 * bytes of its LCG stream seeded with N.  A program run with a fixed seed
 * then iterates its sets and dicts of strings in CPython's order.
 *
 * Numbers follow CPython's numeric hash exactly, because programs can
 * observe it (hash(1) == hash(1.0) == hash(True), set ordering of ints):
 * the hash of a rational x is x mod P with P = 2**61 - 1, the sign carried
 * over, -1 mapped to -2; infinities hash to +-314159.  For a double we
 * reduce the mantissa 28 bits at a time, using that 2**61 == 1 (mod P), so
 * multiplying by 2**k mod P is a rotation of the 61-bit residue.
 * kr_hash_double returns 0 for NaN; float's hash slot substitutes the
 * object-identity hash (CPython 3.10+).
 */
#define XXH_STATIC_LINKING_ONLY
#include <xxhash.h>

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "krait.h"

/* The secret used before kr_hash_init runs and by code with no interpreter
 * (unit tests of other units): fixed, derived from seed 0. */
static uint8_t fallback_secret[192];
static int fallback_ready;

static const uint8_t *secret(void)
{
    if (kr_tstate && kr_tstate->interp)
        return kr_tstate->interp->hash_secret;
    if (!fallback_ready) {
        uint64_t zero = 0;
        XXH3_generateSecret(fallback_secret, sizeof fallback_secret, &zero, sizeof zero);
        fallback_ready = 1;
    }
    return fallback_secret;
}

/* PYTHONHASHSEED set: CPython's SipHash-1-3 keys. */
static int use_siphash;
static uint64_t sip_k0, sip_k1;

#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define HALF_ROUND(a, b, c, d, s, t) \
    a += b; c += d;                  \
    b = ROTL64(b, s) ^ a;            \
    d = ROTL64(d, t) ^ c;            \
    a = ROTL64(a, 32);
#define SIP_ROUND(v0, v1, v2, v3)          \
    HALF_ROUND(v0, v1, v2, v3, 13, 16);    \
    HALF_ROUND(v2, v1, v0, v3, 17, 21);

/* SipHash-1-3 with CPython's final mix (pyhash.c); little-endian host. */
static uint64_t siphash13(uint64_t k0, uint64_t k1, const uint8_t *in, size_t n)
{
    uint64_t b = (uint64_t)n << 56;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    while (n >= 8) {
        uint64_t mi;
        memcpy(&mi, in, 8);
        in += 8;
        n -= 8;
        v3 ^= mi;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    uint64_t t = 0;
    memcpy(&t, in, n);
    b |= t;
    v3 ^= b;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

Kr_hash_t kr_hash_bytes(const void *data, size_t len)
{
    if (len == 0)
        return 0;           /* hash('') == hash(b'') == 0, as CPython */
    Kr_hash_t h = use_siphash ? (Kr_hash_t)siphash13(sip_k0, sip_k1, data, len)
                              : (Kr_hash_t)XXH3_64bits_withSecret(data, len, secret(), 192);
    return h == -1 ? -2 : h;
}

/* Parses PYTHONHASHSEED: 1 and *seed for a number, 0 for unset/"random"
 * or a malformed value (then the secret is random). */
static int parse_seed(uint64_t *seed)
{
    const char *s = getenv("PYTHONHASHSEED");
    if (!s || !*s || strcmp(s, "random") == 0)
        return 0;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || *s == '-' || v > 4294967295ull)
        return 0;
    *seed = v;
    return 1;
}

void kr_hash_init(KrInterp *interp)
{
    uint64_t seed;
    if (parse_seed(&seed)) {
        interp->hash_seed = seed;
        interp->hash_seed_set = 1;
        /* Mix a tag in so the derived secret is not the fallback's. */
        uint8_t key[16];
        memcpy(key, "krait-hs", 8);
        memcpy(key + 8, &seed, 8);
        XXH3_generateSecret(interp->hash_secret, sizeof interp->hash_secret,
                            key, sizeof key);
        /* CPython: seed 0 leaves its secret zeroed, another seed fills it
         * from an LCG (lcg_urandom); SipHash takes its first 16 bytes */
        uint8_t sk[16] = {0};
        uint32_t x = (uint32_t)seed;
        for (size_t i = 0; seed != 0 && i < sizeof sk; i++) {
            x = x * 214013u + 2531011u;
            sk[i] = (uint8_t)((x >> 16) & 0xff);
        }
        memcpy(&sip_k0, sk, 8);
        memcpy(&sip_k1, sk + 8, 8);
        use_siphash = 1;
        return;
    }
    uint8_t rnd[32];
    size_t got = 0;
    while (got < sizeof rnd) {
        ssize_t n = getrandom(rnd + got, sizeof rnd - got, 0);
        if (n <= 0) {
            if (n < 0 && errno == EINTR)
                continue;
            break;
        }
        got += (size_t)n;
    }
    if (got < sizeof rnd) {
        /* No entropy source: fall back to time and pid, still varying. */
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint64_t mix[3] = { (uint64_t)ts.tv_sec, (uint64_t)ts.tv_nsec, (uint64_t)getpid() };
        memcpy(rnd, mix, sizeof mix);
    }
    interp->hash_seed = 0;
    interp->hash_seed_set = 0;
    use_siphash = 0;
    XXH3_generateSecret(interp->hash_secret, sizeof interp->hash_secret, rnd, sizeof rnd);
}

/* ---- numeric hashes ---- */

Kr_hash_t kr_hash_double(double v)
{
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? KR_HASH_INF : -KR_HASH_INF) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    Kr_uhash_t x = 0;
    while (m) {
        x = ((x << 28) & KR_HASH_MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        Kr_uhash_t y = (Kr_uhash_t)m;
        m -= (double)y;
        x += y;
        if (x >= KR_HASH_MODULUS)
            x -= KR_HASH_MODULUS;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & KR_HASH_MODULUS) | x >> (61 - e);
    Kr_hash_t h = (Kr_hash_t)x * sign;
    return h == -1 ? -2 : h;
}

Kr_hash_t kr_hash_i64(int64_t v)
{
    /* |INT64_MIN| does not fit; its magnitude mod P is computed unsigned. */
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    Kr_hash_t h = (Kr_hash_t)(mag % KR_HASH_MODULUS);
    if (v < 0)
        h = -h;
    return h == -1 ? -2 : h;
}

Kr_hash_t kr_hash_pointer(const void *p)
{
    /* Low bits of addresses are always zero (alignment); rotate them out
     * as CPython does so dict/set slots spread. */
    uintptr_t y = (uintptr_t)p;
    y = (y >> 4) | (y << (8 * sizeof(y) - 4));
    Kr_hash_t h = (Kr_hash_t)y;
    return h == -1 ? -2 : h;
}
