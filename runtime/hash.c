/*
 * hash.c -- hashing of byte strings and of numbers.
 *
 * Byte strings (the UTF-8 of str, bytes, memoryview contents) are hashed
 * with XXH3-64 keyed by a 192-byte secret held on the interpreter.  The
 * secret is made once at start-up by XXH3_generateSecret from 32 random
 * bytes (getrandom), so hash values of strings differ between runs as in
 * CPython.  PYTHONHASHSEED=N (0 <= N <= 4294967295) derives the secret from
 * N instead, so runs are reproducible; N=0 is deterministic too (CPython
 * disables randomisation there; what matters is reproducibility, not the
 * exact values, which differ from CPython's SipHash anyway).
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

Kr_hash_t kr_hash_bytes(const void *data, size_t len)
{
    if (len == 0)
        return 0;           /* hash('') == hash(b'') == 0, as CPython */
    Kr_hash_t h = (Kr_hash_t)XXH3_64bits_withSecret(data, len, secret(), 192);
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
