/*
 * int.c -- the int type: arbitrary precision with a word-sized fast path.
 *
 * Representation (fixed by krait.h): a KrInt holds either `small`, an
 * int64_t, with big == NULL, or a libtommath mp_int in `big`.  The form is
 * canonical: every value that fits int64_t is stored small, so equality of
 * two ints never needs libtommath unless both are big, and every result
 * goes through kr_int_from_mp / new_small to restore the invariant.
 *
 * Each operation first tries two small operands with the compiler's
 * overflow builtins; on overflow (or when an operand is big) it redoes the
 * work with libtommath on "views": a big operand is used in place, a small
 * one is widened into a stack mp_int for the call.  libtommath reports
 * allocation failure as MP_MEM, which becomes MemoryError.
 *
 * Python's semantics that C lacks live here: floor division and modulo
 * round toward -inf (the remainder takes the divisor's sign); shifts and
 * bitwise operators act on an infinite two's-complement bit string
 * (libtommath 1.2's mp_and/or/xor/signed_rsh already do); true division
 * and int->float conversion are correctly rounded for any size, by taking
 * 55+ quotient bits plus a sticky bit and rounding once
 * (kr_int_round_to_double).  int vs float comparisons are exact.
 *
 * Conversions to and from decimal text obey the int_max_str_digits limit
 * (4300 by default) for bases that are not powers of two, with CPython's
 * messages.
 *
 * Subclasses (bool, user classes) carry KR_TPFLAGS_INT_SUBCLASS; every slot
 * accepts them and returns exact ints.  Binary slots return NotImplemented
 * for non-int operands: the generic dispatcher handles reflection and the
 * TypeError.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "krait.h"
#include "formatspec.h"
#include "int.h"
#include "strimpl.h"

#define SMALL(o) (((KrInt *)(o))->small)
#define BIG(o) KR_INT_BIG(o)
#define IS_BIG(o) (((KrInt *)(o))->big != NULL)

#define SI(v) { KR_STATIC_HEAD(&kr_int_type), (v), NULL }
KrInt kr_small_ints[KR_SMALL_INT_MAX - KR_SMALL_INT_MIN + 1] = {
    SI(-5), SI(-4), SI(-3), SI(-2), SI(-1), SI(0), SI(1), SI(2),
    SI(3), SI(4), SI(5), SI(6), SI(7), SI(8), SI(9), SI(10),
    SI(11), SI(12), SI(13), SI(14), SI(15), SI(16), SI(17), SI(18),
    SI(19), SI(20), SI(21), SI(22), SI(23), SI(24), SI(25), SI(26),
    SI(27), SI(28), SI(29), SI(30), SI(31), SI(32), SI(33), SI(34),
    SI(35), SI(36), SI(37), SI(38), SI(39), SI(40), SI(41), SI(42),
    SI(43), SI(44), SI(45), SI(46), SI(47), SI(48), SI(49), SI(50),
    SI(51), SI(52), SI(53), SI(54), SI(55), SI(56), SI(57), SI(58),
    SI(59), SI(60), SI(61), SI(62), SI(63), SI(64), SI(65), SI(66),
    SI(67), SI(68), SI(69), SI(70), SI(71), SI(72), SI(73), SI(74),
    SI(75), SI(76), SI(77), SI(78), SI(79), SI(80), SI(81), SI(82),
    SI(83), SI(84), SI(85), SI(86), SI(87), SI(88), SI(89), SI(90),
    SI(91), SI(92), SI(93), SI(94), SI(95), SI(96), SI(97), SI(98),
    SI(99), SI(100), SI(101), SI(102), SI(103), SI(104), SI(105), SI(106),
    SI(107), SI(108), SI(109), SI(110), SI(111), SI(112), SI(113), SI(114),
    SI(115), SI(116), SI(117), SI(118), SI(119), SI(120), SI(121), SI(122),
    SI(123), SI(124), SI(125), SI(126), SI(127), SI(128), SI(129), SI(130),
    SI(131), SI(132), SI(133), SI(134), SI(135), SI(136), SI(137), SI(138),
    SI(139), SI(140), SI(141), SI(142), SI(143), SI(144), SI(145), SI(146),
    SI(147), SI(148), SI(149), SI(150), SI(151), SI(152), SI(153), SI(154),
    SI(155), SI(156), SI(157), SI(158), SI(159), SI(160), SI(161), SI(162),
    SI(163), SI(164), SI(165), SI(166), SI(167), SI(168), SI(169), SI(170),
    SI(171), SI(172), SI(173), SI(174), SI(175), SI(176), SI(177), SI(178),
    SI(179), SI(180), SI(181), SI(182), SI(183), SI(184), SI(185), SI(186),
    SI(187), SI(188), SI(189), SI(190), SI(191), SI(192), SI(193), SI(194),
    SI(195), SI(196), SI(197), SI(198), SI(199), SI(200), SI(201), SI(202),
    SI(203), SI(204), SI(205), SI(206), SI(207), SI(208), SI(209), SI(210),
    SI(211), SI(212), SI(213), SI(214), SI(215), SI(216), SI(217), SI(218),
    SI(219), SI(220), SI(221), SI(222), SI(223), SI(224), SI(225), SI(226),
    SI(227), SI(228), SI(229), SI(230), SI(231), SI(232), SI(233), SI(234),
    SI(235), SI(236), SI(237), SI(238), SI(239), SI(240), SI(241), SI(242),
    SI(243), SI(244), SI(245), SI(246), SI(247), SI(248), SI(249), SI(250),
    SI(251), SI(252), SI(253), SI(254), SI(255), SI(256),

};
#undef SI

/* ====================================================================== */
/* Construction and the canonical form                                    */
/* ====================================================================== */

KrObject *kr_int_mp_error(mp_err e)
{
    if (e == MP_MEM)
        return kr_err_no_memory();
    kr_err_format(&kr_exc_SystemError, "libtommath error %d", (int)e);
    return NULL;
}

/* Freed exact ints are kept for reuse: most ints die young, and this
 * skips the allocator for the hottest object type.  It is a cache of raw
 * memory, invisible to programs, and safe under the GIL. */
#define FREE_MAX 256
static KrInt *free_ints[FREE_MAX];
static int nfree;

static KrInt *alloc_int(void)
{
    if (nfree > 0) {
        KrInt *o = free_ints[--nfree];
        o->ob.refcnt = 1;       /* type is still kr_int_type */
        KR_REFTOTAL_INC();
        return o;
    }
    return (KrInt *)kr_object_alloc(&kr_int_type, 0);
}

/* Frees the cached ints (runtime teardown, so they are not counted). */
void kr_int_clear_freelist(void)
{
    while (nfree > 0)
        kr_object_free((KrObject *)free_ints[--nfree]);
}

static KrObject *new_small(int64_t v)
{
    if (v >= KR_SMALL_INT_MIN && v <= KR_SMALL_INT_MAX)
        return kr_int_small(v);
    KrInt *o = alloc_int();
    if (!o)
        return NULL;
    o->small = v;
    o->big = NULL;
    return &o->ob;
}

KrObject *kr_int_from_i64(int64_t v) { return new_small(v); }
KrObject *kr_int_from_ssize(Kr_ssize_t v) { return new_small((int64_t)v); }

/* 1 and *v when m fits int64_t. */
static int mp_fits_i64(const mp_int *m, int64_t *v)
{
    int bits = mp_count_bits(m);
    if (bits <= 63) {
        *v = mp_get_i64(m);
        return 1;
    }
    if (bits == 64 && mp_isneg(m) && mp_get_mag_u64(m) == ((uint64_t)1 << 63)) {
        *v = INT64_MIN;
        return 1;
    }
    return 0;
}

KrObject *kr_int_from_mp(mp_int *m)
{
    int64_t v;
    if (mp_fits_i64(m, &v)) {
        mp_clear(m);
        return new_small(v);
    }
    mp_int *heap = kr_mem_alloc(sizeof(mp_int));
    if (!heap) {
        mp_clear(m);
        return kr_err_no_memory();
    }
    *heap = *m;                 /* takes the digit array */
    KrInt *o = alloc_int();
    if (!o) {
        mp_clear(heap);
        kr_mem_free(heap);
        return NULL;
    }
    o->small = 0;
    o->big = heap;
    return &o->ob;
}

KrObject *kr_int_from_u64(uint64_t v)
{
    if (v <= (uint64_t)INT64_MAX)
        return new_small((int64_t)v);
    mp_int m;
    mp_err e = mp_init_u64(&m, v);
    if (e != MP_OKAY)
        return kr_int_mp_error(e);
    return kr_int_from_mp(&m);
}

int kr_int_to_mp(KrObject *o, mp_int *out)
{
    mp_err e = IS_BIG(o) ? mp_init_copy(out, BIG(o)) : mp_init_i64(out, SMALL(o));
    if (e != MP_OKAY) {
        kr_int_mp_error(e);
        return -1;
    }
    return 0;
}

/* A read-only libtommath view of an int: big values in place, small ones
 * widened into tmp. */
/* An mp_int view of an int for libtommath's read-only inputs.  A small
 * int gets a view over a two-digit buffer on the stack (60-bit digits hold
 * any int64 magnitude), so mixed small/big arithmetic allocates nothing;
 * libtommath never writes to or frees a const input. */
typedef struct View {
    mp_int tmp;
    mp_digit buf[2];
    const mp_int *p;
} View;

static int view_init(View *v, KrObject *o)
{
    if (IS_BIG(o)) {
        v->p = BIG(o);
        return 0;
    }
    int64_t x = SMALL(o);
    uint64_t m = x < 0 ? -(uint64_t)x : (uint64_t)x;
    v->buf[0] = (mp_digit)(m & MP_MASK);
    v->buf[1] = (mp_digit)(m >> MP_DIGIT_BIT);
    v->tmp.dp = v->buf;
    v->tmp.alloc = 2;
    v->tmp.used = v->buf[1] ? 2 : (v->buf[0] ? 1 : 0);
    v->tmp.sign = x < 0 ? MP_NEG : MP_ZPOS;
    v->p = &v->tmp;
    return 0;
}

static void view_clear(View *v)
{
    (void)v;   /* views own nothing */
}

KrObject *kr_int_exact(KrObject *o)
{
    if (KR_INT_CHECK_EXACT(o))
        return kr_newref(o);
    if (!IS_BIG(o))
        return new_small(SMALL(o));
    mp_int m;
    if (kr_int_to_mp(o, &m) < 0)
        return NULL;
    return kr_int_from_mp(&m);
}

static void int_dealloc(KrObject *o)
{
    KrInt *i = (KrInt *)o;
    if (i->big) {
        mp_clear(i->big);
        kr_mem_free(i->big);
        i->big = NULL;
    }
    if (KR_INT_CHECK_EXACT(o) && nfree < FREE_MAX) {
        free_ints[nfree++] = i;
        return;
    }
    kr_object_free(o);
}

/* ====================================================================== */
/* Conversions                                                            */
/* ====================================================================== */

int kr_int_sign(KrObject *o)
{
    if (IS_BIG(o))
        return mp_isneg(BIG(o)) ? -1 : 1;
    return SMALL(o) < 0 ? -1 : SMALL(o) > 0;
}

int64_t kr_int_as_i64(KrObject *o, int *overflow)
{
    *overflow = 0;
    if (!IS_BIG(o))
        return SMALL(o);
    *overflow = mp_isneg(BIG(o)) ? -1 : 1;
    return *overflow < 0 ? INT64_MIN : INT64_MAX;
}

Kr_ssize_t kr_int_as_ssize(KrObject *o)
{
    int ovf;
    int64_t v = kr_int_as_i64(o, &ovf);
    if (ovf || v < KR_SSIZE_T_MIN || v > KR_SSIZE_T_MAX) {
        kr_err_set_string(&kr_exc_OverflowError,
                          "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (Kr_ssize_t)v;
}

uint64_t kr_int_nbits(KrObject *o)
{
    if (IS_BIG(o))
        return (uint64_t)mp_count_bits(BIG(o));
    int64_t v = SMALL(o);
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return mag ? 64 - (uint64_t)__builtin_clzll(mag) : 0;
}

double kr_int_round_to_double(uint64_t q, int64_t exp2, int negative)
{
    if (q == 0)
        return negative ? -0.0 : 0.0;
    int bits = 64 - __builtin_clzll(q);
    /* Position (as a power of two) of the last bit a double keeps. */
    int64_t lsb = exp2 + bits - DBL_MANT_DIG;
    if (lsb < DBL_MIN_EXP - DBL_MANT_DIG)
        lsb = DBL_MIN_EXP - DBL_MANT_DIG;      /* subnormal grid: 2**-1074 */
    int64_t drop = lsb - exp2;
    if (drop > 0) {
        if (drop >= 64) {
            q = 0;              /* far below half of the smallest subnormal */
        } else {
            uint64_t rem = q & (((uint64_t)1 << drop) - 1);
            uint64_t half = (uint64_t)1 << (drop - 1);
            q >>= drop;
            if (rem > half || (rem == half && (q & 1)))
                q++;
        }
        exp2 += drop;
    }
    if (exp2 > DBL_MAX_EXP)
        return negative ? -HUGE_VAL : HUGE_VAL;
    double r = ldexp((double)q, (int)exp2);
    return negative ? -r : r;
}

/* Correctly rounded conversion of a big magnitude. */
static double big_to_double(const mp_int *m)
{
    int bits = mp_count_bits(m);
    if (bits <= 64)
        return kr_int_round_to_double(mp_get_mag_u64(m), 0, mp_isneg(m));
    /* Keep the top 62 bits, OR in a sticky bit for the rest. */
    int shift = bits - 62;
    mp_int t, r;
    if (mp_init_multi(&t, &r, NULL) != MP_OKAY)
        return NAN;
    uint64_t q = 0;
    if (mp_div_2d(m, shift, &t, &r) == MP_OKAY) {
        q = mp_get_mag_u64(&t) << 1;
        if (!mp_iszero(&r))
            q |= 1;
    }
    mp_clear_multi(&t, &r, NULL);
    return kr_int_round_to_double(q, shift - 1, mp_isneg(m));
}

double kr_int_frexp(KrObject *o, int64_t *e)
{
    int64_t bits = (int64_t)kr_int_nbits(o);
    uint64_t q;
    int64_t exp2;
    if (bits <= 62) {
        int64_t v = SMALL(o);
        q = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        exp2 = 0;
    } else {
        /* top 62 bits plus a sticky bit, as in big_to_double */
        mp_int t, r, a;
        if (kr_int_to_mp(o, &a) < 0)
            return 0.0;
        int shift = (int)bits - 62;
        q = 0;
        if (mp_init_multi(&t, &r, NULL) == MP_OKAY) {
            if (mp_abs(&a, &a) == MP_OKAY && mp_div_2d(&a, shift, &t, &r) == MP_OKAY) {
                q = mp_get_mag_u64(&t) << 1;
                if (!mp_iszero(&r))
                    q |= 1;
            }
            mp_clear_multi(&t, &r, NULL);
        }
        mp_clear(&a);
        exp2 = shift - 1;
    }
    double m = kr_int_round_to_double(q, exp2 - bits, 0);
    if (m == 1.0) {
        m = 0.5;
        bits++;
    }
    *e = bits;
    return m;
}

double kr_int_as_double(KrObject *o)
{
    if (!IS_BIG(o))
        return (double)SMALL(o);
    double d = big_to_double(BIG(o));
    if (isnan(d)) {
        kr_err_no_memory();
        return -1.0;
    }
    if (isinf(d)) {
        kr_err_set_string(&kr_exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

KrObject *kr_int_from_double(double d)
{
    if (isinf(d)) {
        kr_err_set_string(&kr_exc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (isnan(d)) {
        kr_err_set_string(&kr_exc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    d = trunc(d);
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return new_small((int64_t)d);
    /* |d| >= 2**63: an integer m * 2**e with a 53-bit m. */
    int e;
    double m = frexp(fabs(d), &e);
    mp_int r;
    mp_err err = mp_init_u64(&r, (uint64_t)ldexp(m, 53));
    if (err == MP_OKAY)
        err = mp_mul_2d(&r, e - 53, &r);
    if (err == MP_OKAY && d < 0)
        err = mp_neg(&r, &r);
    if (err != MP_OKAY) {
        mp_clear(&r);
        return kr_int_mp_error(err);
    }
    return kr_int_from_mp(&r);
}

int kr_int_compare(KrObject *a, KrObject *b)
{
    if (!IS_BIG(a) && !IS_BIG(b))
        return SMALL(a) < SMALL(b) ? -1 : SMALL(a) > SMALL(b);
    if (!IS_BIG(a))
        return mp_isneg(BIG(b)) ? 1 : -1;
    if (!IS_BIG(b))
        return mp_isneg(BIG(a)) ? -1 : 1;
    mp_ord c = mp_cmp(BIG(a), BIG(b));
    return c == MP_LT ? -1 : c == MP_GT;
}

int kr_int_compare_double(KrObject *i, double d)
{
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (!IS_BIG(i)) {
        int64_t v = SMALL(i);
        if (v >= -((int64_t)1 << 53) && v <= ((int64_t)1 << 53)) {
            double x = (double)v;
            return x < d ? -1 : x > d;
        }
    }
    /* Exact: compare with floor(d), then let the fraction break ties. */
    double fl = floor(d);
    KrObject *fi = kr_int_from_double(fl);
    if (!fi)
        return 0;               /* only MemoryError; caller checks */
    int c = kr_int_compare(i, fi);
    KR_DECREF(fi);
    if (c != 0)
        return c;
    return d > fl ? -1 : 0;
}

/* ====================================================================== */
/* Text conversion                                                        */
/* ====================================================================== */

static int max_str_digits(void)
{
    return (kr_tstate && kr_tstate->interp) ? kr_tstate->interp->int_max_str_digits : 4300;
}

/* Digits of |o| in base (2..36), lower case, no sign, into a malloc'd
 * string; NULL with an exception set on error. */

/* |m| in decimal: peel 18 digits at a time with one single-digit division
 * (10**18 fits a 60-bit digit), so an n-digit number costs n/18 linear
 * passes instead of libtommath's digit-at-a-time radix conversion (which
 * also runs twice, once to size the buffer). */
static char *decimal_chunks(const mp_int *m, size_t *lenp)
{
    const mp_digit chunk = 1000000000000000000ULL;
    if (m->used <= 2) {
        /* up to 120 bits: plain 128-bit arithmetic */
        unsigned __int128 v = m->dp[0];
        if (m->used == 2)
            v |= (unsigned __int128)m->dp[1] << MP_DIGIT_BIT;
        char tmp[48];
        int n = 0;
        do {
            tmp[n++] = (char)('0' + (int)(v % 10));
            v /= 10;
        } while (v);
        char *out = kr_mem_alloc((size_t)n + 1);
        if (out == NULL) {
            kr_err_no_memory();
            return NULL;
        }
        for (int i = 0; i < n; i++)
            out[i] = tmp[n - 1 - i];
        out[n] = 0;
        *lenp = (size_t)n;
        return out;
    }
    mp_int mag;
    if (mp_init_copy(&mag, m) != MP_OKAY) {
        kr_err_no_memory();
        return NULL;
    }
    mag.sign = MP_ZPOS;
    size_t max = (size_t)mag.used * 60 / 59 + 2;
    uint64_t *parts = kr_mem_alloc(max * sizeof(uint64_t));
    char *out = kr_mem_alloc(max * 18 + 1);
    if (parts == NULL || out == NULL) {
        mp_clear(&mag);
        kr_mem_free(parts);
        kr_mem_free(out);
        kr_err_no_memory();
        return NULL;
    }
    size_t n = 0;
    while (!mp_iszero(&mag)) {
        mp_digit r;
        if (mp_div_d(&mag, chunk, &mag, &r) != MP_OKAY) {
            mp_clear(&mag);
            kr_mem_free(parts);
            kr_mem_free(out);
            kr_err_no_memory();
            return NULL;
        }
        parts[n++] = (uint64_t)r;
    }
    mp_clear(&mag);
    size_t len = 0;
    if (n == 0)
        out[len++] = '0';
    else
        len += (size_t)sprintf(out, "%llu", (unsigned long long)parts[n - 1]);
    for (size_t i = n - 1; i-- > 0;)
        len += (size_t)sprintf(out + len, "%018llu", (unsigned long long)parts[i]);
    kr_mem_free(parts);
    *lenp = len;
    return out;
}

static char *magnitude_digits(KrObject *o, int base, size_t *lenp)
{
    char *out;
    if (!IS_BIG(o)) {
        int64_t v = SMALL(o);
        uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        char tmp[72];
        int n = 0;
        do {
            tmp[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[mag % (unsigned)base];
            mag /= (unsigned)base;
        } while (mag);
        out = kr_mem_alloc((size_t)n + 1);
        if (!out) {
            kr_err_no_memory();
            return NULL;
        }
        for (int i = 0; i < n; i++)
            out[i] = tmp[n - 1 - i];
        out[n] = 0;
        *lenp = (size_t)n;
        return out;
    }
    const mp_int *m = BIG(o);
    if (base == 10)
        return decimal_chunks(m, lenp);
    int size;
    mp_err e = mp_radix_size(m, base, &size);
    if (e != MP_OKAY) {
        kr_int_mp_error(e);
        return NULL;
    }
    out = kr_mem_alloc((size_t)size + 1);
    if (!out) {
        kr_err_no_memory();
        return NULL;
    }
    size_t written;
    mp_int mag;
    e = mp_init(&mag);
    if (e == MP_OKAY)
        e = mp_abs(m, &mag);
    if (e == MP_OKAY)
        e = mp_to_radix(&mag, out, (size_t)size + 1, &written, base);
    mp_clear(&mag);
    if (e != MP_OKAY) {
        kr_mem_free(out);
        kr_int_mp_error(e);
        return NULL;
    }
    size_t n = strlen(out);
    for (size_t i = 0; i < n; i++)
        if (out[i] >= 'A' && out[i] <= 'Z')
            out[i] = (char)(out[i] - 'A' + 'a');
    *lenp = n;
    return out;
}

static KrObject *str_limit_error(void)
{
    return kr_err_format(&kr_exc_ValueError,
                         "Exceeds the limit (%d digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         max_str_digits());
}

/* Decimal digits of |o| honouring the str-digits limit. */
static char *decimal_digits(KrObject *o, size_t *lenp)
{
    int limit = max_str_digits();
    if (IS_BIG(o) && limit > 0) {
        /* Reject hopeless sizes before the quadratic conversion. */
        double est = (double)mp_count_bits(BIG(o)) * 0.30102999566398120;
        if (est > (double)limit + 2) {
            str_limit_error();
            return NULL;
        }
    }
    char *d = magnitude_digits(o, 10, lenp);
    if (d && limit > 0 && *lenp > (size_t)limit) {
        kr_mem_free(d);
        str_limit_error();
        return NULL;
    }
    return d;
}

KrObject *kr_int_to_decimal(KrObject *o)
{
    if (!IS_BIG(o)) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)SMALL(o));
        return kr_str_from_utf8(buf, n);
    }
    size_t n;
    char *d = decimal_digits(o, &n);
    if (!d)
        return NULL;
    char *s = kr_mem_alloc(n + 2);
    if (!s) {
        kr_mem_free(d);
        return kr_err_no_memory();
    }
    size_t k = 0;
    if (kr_int_sign(o) < 0)
        s[k++] = '-';
    memcpy(s + k, d, n);
    kr_mem_free(d);
    KrObject *r = kr_str_from_utf8(s, (Kr_ssize_t)(k + n));
    kr_mem_free(s);
    return r;
}

KrObject *kr_int_repr(KrObject *o) { return kr_int_to_decimal(o); }

KrObject *kr_int_to_base(KrObject *o, int base, int alternate)
{
    if (base == 10)
        return kr_int_to_decimal(o);
    size_t n;
    char *d = magnitude_digits(o, base, &n);
    if (!d)
        return NULL;
    char *s = kr_mem_alloc(n + 4);
    if (!s) {
        kr_mem_free(d);
        return kr_err_no_memory();
    }
    size_t k = 0;
    if (kr_int_sign(o) < 0)
        s[k++] = '-';
    if (alternate) {
        s[k++] = '0';
        s[k++] = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    }
    memcpy(s + k, d, n);
    kr_mem_free(d);
    KrObject *r = kr_str_from_utf8(s, (Kr_ssize_t)(k + n));
    kr_mem_free(s);
    return r;
}

static int is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

char *kr_numeric_ascii(const char *s, Kr_ssize_t len, Kr_ssize_t *outlen)
{
    Kr_ssize_t i = 0;
    while (i < len && !((unsigned char)s[i] & 0x80))
        i++;
    if (i == len)
        return NULL;
    char *out = kr_mem_alloc((size_t)len + 1);
    if (!out)
        return NULL;
    Kr_ssize_t k = 0;
    for (i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[k++] = (char)c;
            i++;
            continue;
        }
        int n = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        if (i + n > len)
            n = 1;
        uint32_t cp = n == 1 ? c : (uint32_t)(c & (0x7f >> n));
        for (int j = 1; j < n; j++)
            cp = (cp << 6) | ((unsigned char)s[i + j] & 0x3f);
        int d = kr_unicode_decimal(cp);
        if (d >= 0)
            out[k++] = (char)('0' + d);
        else if (kr_unicode_has(cp, KR_UC_SPACE))
            out[k++] = ' ';
        else
            out[k++] = '?';     /* never valid in a number */
        i += n;
    }
    out[k] = 0;
    *outlen = k;
    return out;
}

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* The ValueError of int(): the literal shown is the first 200 characters
 * of the original, as a str repr or (for bytes input) a bytes repr. */
static KrObject *invalid_literal(const char *s, Kr_ssize_t len, int base, int is_bytes)
{
    KrObject *shown;
    if (is_bytes) {
        shown = kr_bytes_from(s, len < 200 ? len : 200);
    } else {
        Kr_ssize_t cut = 0, chars = 0;
        while (cut < len && chars < 200) {
            cut++;
            while (cut < len && ((unsigned char)s[cut] & 0xc0) == 0x80)
                cut++;
            chars++;
        }
        shown = kr_str_from_utf8(s, cut);
    }
    if (!shown)
        return NULL;
    /* CPython prints the repr cut to 200 characters ("%.200R"). */
    KrObject *r = kr_object_repr(shown);
    KR_DECREF(shown);
    if (!r)
        return NULL;
    if (KR_STR_LEN(r) > 200) {
        KrObject *cut = kr_str_substr(r, 0, 200);
        KR_DECREF(r);
        if (!(r = cut))
            return NULL;
    }
    kr_err_format(&kr_exc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    KR_DECREF(r);
    return NULL;
}

static KrObject *parse_ascii(const char *s0, Kr_ssize_t len, int base, int is_bytes,
                             const char *orig, Kr_ssize_t origlen);

/* int(text, base): non-ASCII text is first mapped to ASCII (Unicode
 * decimal digits to '0'-'9', Unicode spaces to ' ', anything else to an
 * invalid character), as CPython does; errors show the original text. */
static KrObject *parse_int(const char *s, Kr_ssize_t len, int base, int is_bytes)
{
    Kr_ssize_t alen;
    char *a = is_bytes ? NULL : kr_numeric_ascii(s, len, &alen);
    if (!a)
        return parse_ascii(s, len, base, is_bytes, s, len);
    KrObject *r = parse_ascii(a, alen, base, 0, s, len);
    kr_mem_free(a);
    return r;
}

static KrObject *parse_ascii(const char *s0, Kr_ssize_t len, int base, int is_bytes,
                             const char *orig, Kr_ssize_t origlen)
{
    if (base != 0 && (base < 2 || base > 36)) {
        kr_err_set_string(&kr_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    const unsigned char *s = (const unsigned char *)s0, *end = s + len;
    int orig_base = base;
    while (s < end && is_space(*s))
        s++;
    while (end > s && is_space(end[-1]))
        end--;
    int neg = 0;
    if (s < end && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
    }
    int prefixed = 0;
    if (end - s >= 2 && s[0] == '0') {
        unsigned char c = (unsigned char)(s[1] | 0x20);
        if ((c == 'x' && (base == 16 || base == 0)) || (c == 'o' && (base == 8 || base == 0)) ||
            (c == 'b' && (base == 2 || base == 0))) {
            base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
            s += 2;
            prefixed = 1;
        }
    }
    int leading_zero_only = 0;
    if (base == 0) {
        if (s < end && *s == '0')
            leading_zero_only = 1;  /* "0", "00", "0_0" only: no octal literals */
        base = 10;
    }
    /* Validate digits and underscores; count digits. */
    Kr_ssize_t ndigits = 0;
    const unsigned char *p = s;
    int prev_us = 1;            /* a leading underscore is an error... */
    if (prefixed) {
        prev_us = 0;            /* ...except right after a base prefix */
        if (p < end && *p == '_') {
            p++;
            prev_us = 1;
        }
    }
    for (; p < end; p++) {
        if (*p == '_') {
            if (prev_us)
                goto bad;
            prev_us = 1;
            continue;
        }
        if (digit_value(*p) >= base)
            goto bad;
        if (leading_zero_only && *p != '0')
            goto bad;
        prev_us = 0;
        ndigits++;
    }
    if (ndigits == 0 || prev_us)
        goto bad;
    if ((base & (base - 1)) != 0) {
        int limit = max_str_digits();
        if (limit > 0 && ndigits > limit) {
            kr_err_format(&kr_exc_ValueError,
                          "Exceeds the limit (%d digits) for integer string conversion: "
                          "value has %zd digits; use sys.set_int_max_str_digits() to "
                          "increase the limit", limit, ndigits);
            return NULL;
        }
    }
    /* Fast path: accumulate in 64 bits. */
    uint64_t acc = 0;
    int overflow = 0;
    for (p = s; p < end; p++) {
        if (*p == '_')
            continue;
        unsigned d = (unsigned)digit_value(*p);
        if (__builtin_mul_overflow(acc, (uint64_t)base, &acc) ||
            __builtin_add_overflow(acc, (uint64_t)d, &acc)) {
            overflow = 1;
            break;
        }
    }
    if (!overflow) {
        if (!neg)
            return kr_int_from_u64(acc);
        if (acc <= (uint64_t)1 << 63)
            return new_small(acc == (uint64_t)1 << 63 ? INT64_MIN : -(int64_t)acc);
    }
    char *clean = kr_mem_alloc((size_t)ndigits + 1);
    if (!clean)
        return kr_err_no_memory();
    Kr_ssize_t k = 0;
    for (p = s; p < end; p++)
        if (*p != '_')
            clean[k++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
    clean[k] = 0;
    mp_int m;
    mp_err e = mp_init(&m);
    if (e == MP_OKAY)
        e = mp_read_radix(&m, clean, base);
    if (e == MP_OKAY && neg)
        e = mp_neg(&m, &m);
    kr_mem_free(clean);
    if (e != MP_OKAY) {
        mp_clear(&m);
        return kr_int_mp_error(e);
    }
    return kr_int_from_mp(&m);
bad:
    return invalid_literal(orig, origlen, orig_base, is_bytes);
}

KrObject *kr_int_from_string(const char *s, Kr_ssize_t len, int base)
{
    return parse_int(s, len, base, 0);
}

/* ====================================================================== */
/* Hash and comparison                                                    */
/* ====================================================================== */

Kr_hash_t kr_int_hash(KrObject *o)
{
    if (!IS_BIG(o))
        return kr_hash_i64(SMALL(o));
    /* |v| mod (2**61 - 1), folding 60-bit digits: 2**61 == 1 (mod P), so
     * each step multiplies by 2**60 as a rotation of the 61-bit residue. */
    const mp_int *m = BIG(o);
    Kr_uhash_t x = 0;
    for (int i = m->used - 1; i >= 0; i--) {
        x = ((x << MP_DIGIT_BIT) & KR_HASH_MODULUS) | (x >> (61 - MP_DIGIT_BIT));
        x += (Kr_uhash_t)m->dp[i];
        while (x >= KR_HASH_MODULUS)
            x -= KR_HASH_MODULUS;
    }
    Kr_hash_t h = mp_isneg(m) ? -(Kr_hash_t)x : (Kr_hash_t)x;
    return h == -1 ? -2 : h;
}

static KrObject *cmp_result(int c, int op)
{
    int r;
    switch (op) {
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_EQ: r = c == 0; break;
    case KR_NE: r = c != 0; break;
    case KR_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return kr_bool_from(r);
}

KrObject *kr_int_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b))
        KR_RETURN_NOTIMPLEMENTED;
    return cmp_result(kr_int_compare(a, b), op);
}

/* ====================================================================== */
/* Arithmetic                                                             */
/* ====================================================================== */

typedef mp_err (*mp_binop)(const mp_int *, const mp_int *, mp_int *);

static KrObject *big_binop(KrObject *a, KrObject *b, mp_binop fn)
{
    View va, vb;
    if (view_init(&va, a) < 0)
        return NULL;
    if (view_init(&vb, b) < 0) {
        view_clear(&va);
        return NULL;
    }
    mp_int r;
    mp_err e = mp_init(&r);
    if (e == MP_OKAY)
        e = fn(va.p, vb.p, &r);
    view_clear(&va);
    view_clear(&vb);
    if (e != MP_OKAY) {
        mp_clear(&r);
        return kr_int_mp_error(e);
    }
    return kr_int_from_mp(&r);
}

#define CHECK_BINOP(a, b)                                                 \
    do {                                                                  \
        if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b))                         \
            KR_RETURN_NOTIMPLEMENTED;                                     \
    } while (0)

KrObject *kr_int_add(KrObject *a, KrObject *b)
{
    int64_t r;
    if (!IS_BIG(a) && !IS_BIG(b) && !__builtin_add_overflow(SMALL(a), SMALL(b), &r))
        return new_small(r);
    return big_binop(a, b, mp_add);
}

KrObject *kr_int_sub(KrObject *a, KrObject *b)
{
    int64_t r;
    if (!IS_BIG(a) && !IS_BIG(b) && !__builtin_sub_overflow(SMALL(a), SMALL(b), &r))
        return new_small(r);
    return big_binop(a, b, mp_sub);
}

/* big * (one-digit small): one linear pass, where mp_mul would take its
 * general schoolbook path (with a temporary) once big has 512+ digits. */
static KrObject *mul_digit(KrObject *big, int64_t x)
{
    uint64_t m = x < 0 ? -(uint64_t)x : (uint64_t)x;
    mp_int r;
    mp_err e = mp_init_size(&r, BIG(big)->used + 1);
    if (e == MP_OKAY)
        e = mp_mul_d(BIG(big), (mp_digit)m, &r);
    if (e == MP_OKAY && x < 0)
        e = mp_neg(&r, &r);
    if (e != MP_OKAY) {
        mp_clear(&r);
        return kr_int_mp_error(e);
    }
    return kr_int_from_mp(&r);
}

KrObject *kr_int_mul(KrObject *a, KrObject *b)
{
    int64_t r;
    if (!IS_BIG(a) && !IS_BIG(b) && !__builtin_mul_overflow(SMALL(a), SMALL(b), &r))
        return new_small(r);
    if (IS_BIG(a) && !IS_BIG(b) && SMALL(b) != INT64_MIN && (uint64_t)llabs(SMALL(b)) <= MP_MASK)
        return mul_digit(a, SMALL(b));
    if (IS_BIG(b) && !IS_BIG(a) && SMALL(a) != INT64_MIN && (uint64_t)llabs(SMALL(a)) <= MP_MASK)
        return mul_digit(b, SMALL(a));
    return big_binop(a, b, mp_mul);
}

static int is_zero(KrObject *o) { return !IS_BIG(o) && SMALL(o) == 0; }

/* Floor division and modulo; either output may be NULL. */
static int divmod_ints(KrObject *a, KrObject *b, KrObject **qp, KrObject **rp)
{
    if (!IS_BIG(a) && !IS_BIG(b) && !(SMALL(a) == INT64_MIN && SMALL(b) == -1)) {
        int64_t x = SMALL(a), y = SMALL(b);
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q -= 1;
            r += y;
        }
        if (qp && !(*qp = new_small(q)))
            return -1;
        if (rp && !(*rp = new_small(r))) {
            if (qp)
                KR_CLEAR(*qp);
            return -1;
        }
        return 0;
    }
    View va, vb;
    if (view_init(&va, a) < 0)
        return -1;
    if (view_init(&vb, b) < 0) {
        view_clear(&va);
        return -1;
    }
    mp_int q, r;
    mp_err e = mp_init_multi(&q, &r, NULL);
    if (e == MP_OKAY)
        e = mp_div(va.p, vb.p, &q, &r);
    if (e == MP_OKAY && !mp_iszero(&r) && mp_isneg(&r) != mp_isneg(vb.p)) {
        e = mp_sub_d(&q, 1, &q);
        if (e == MP_OKAY)
            e = mp_add(&r, vb.p, &r);
    }
    view_clear(&va);
    view_clear(&vb);
    if (e != MP_OKAY) {
        mp_clear_multi(&q, &r, NULL);
        kr_int_mp_error(e);
        return -1;
    }
    if (qp) {
        if (!(*qp = kr_int_from_mp(&q))) {
            mp_clear(&r);
            return -1;
        }
    } else {
        mp_clear(&q);
    }
    if (rp) {
        if (!(*rp = kr_int_from_mp(&r))) {
            if (qp)
                KR_CLEAR(*qp);
            return -1;
        }
    } else {
        mp_clear(&r);
    }
    return 0;
}

KrObject *kr_int_floordiv(KrObject *a, KrObject *b)
{
    if (is_zero(b)) {
        kr_err_set_string(&kr_exc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    KrObject *q;
    return divmod_ints(a, b, &q, NULL) < 0 ? NULL : q;
}

KrObject *kr_int_mod(KrObject *a, KrObject *b)
{
    if (is_zero(b)) {
        kr_err_set_string(&kr_exc_ZeroDivisionError, "integer modulo by zero");
        return NULL;
    }
    KrObject *r;
    return divmod_ints(a, b, NULL, &r) < 0 ? NULL : r;
}

static KrObject *int_divmod(KrObject *a, KrObject *b)
{
    CHECK_BINOP(a, b);
    if (is_zero(b)) {
        kr_err_set_string(&kr_exc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    KrObject *q, *r;
    if (divmod_ints(a, b, &q, &r) < 0)
        return NULL;
    KrObject *t = kr_tuple_new(2);
    if (!t) {
        KR_DECREF(q);
        KR_DECREF(r);
        return NULL;
    }
    KR_TUPLE_SET(t, 0, q);
    KR_TUPLE_SET(t, 1, r);
    return t;
}

static KrObject *int_true_divide(KrObject *a, KrObject *b)
{
    CHECK_BINOP(a, b);
    if (is_zero(b)) {
        kr_err_set_string(&kr_exc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    const int64_t lim = (int64_t)1 << 53;
    if (!IS_BIG(a) && !IS_BIG(b) && SMALL(a) >= -lim && SMALL(a) <= lim &&
        SMALL(b) >= -lim && SMALL(b) <= lim)
        return kr_float_from_double((double)SMALL(a) / (double)SMALL(b));
    /* Exact: q = floor(|a| * 2**s / |b|) with at least 56 bits, plus a
     * sticky bit for a nonzero remainder, rounded once. */
    int neg = (kr_int_sign(a) < 0) != (kr_int_sign(b) < 0);
    if (is_zero(a))
        return kr_float_from_double(neg ? -0.0 : 0.0);
    int64_t na = (int64_t)kr_int_nbits(a), nb = (int64_t)kr_int_nbits(b);
    int64_t s = 56 - (na - nb);
    if (s > 1076 + 2)
        s = 1076 + 2;           /* no need for bits below the subnormal grid */
    if (na - nb > DBL_MAX_EXP + 1) {
        kr_err_set_string(&kr_exc_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    if (nb - na > 1200)
        return kr_float_from_double(neg ? -0.0 : 0.0);
    mp_int x, y, q, r;
    if (kr_int_to_mp(a, &x) < 0)
        return NULL;
    if (kr_int_to_mp(b, &y) < 0) {
        mp_clear(&x);
        return NULL;
    }
    mp_err e = mp_init_multi(&q, &r, NULL);
    if (e != MP_OKAY) {
        mp_clear_multi(&x, &y, NULL);
        return kr_int_mp_error(e);
    }
    e = mp_abs(&x, &x);
    if (e == MP_OKAY)
        e = mp_abs(&y, &y);
    if (e == MP_OKAY)
        e = s >= 0 ? mp_mul_2d(&x, (int)s, &x) : mp_mul_2d(&y, (int)-s, &y);
    if (e == MP_OKAY)
        e = mp_div(&x, &y, &q, &r);
    if (e != MP_OKAY) {
        mp_clear_multi(&x, &y, &q, &r, NULL);
        return kr_int_mp_error(e);
    }
    uint64_t qm = mp_get_mag_u64(&q);
    if (mp_count_bits(&q) > 63) {
        mp_clear_multi(&x, &y, &q, &r, NULL);
        return kr_err_bad_internal_call("int_true_divide");
    }
    if (!mp_iszero(&r))
        qm |= 1;
    mp_clear_multi(&x, &y, &q, &r, NULL);
    double d = kr_int_round_to_double(qm, -s, neg);
    if (isinf(d)) {
        kr_err_set_string(&kr_exc_OverflowError, "integer division result too large for a float");
        return NULL;
    }
    return kr_float_from_double(d);
}

static KrObject *float_pow_fallback(KrObject *a, KrObject *b)
{
    double x = kr_int_as_double(a);
    if (x == -1.0 && kr_err_occurred())
        return NULL;
    double y = kr_int_as_double(b);
    if (y == -1.0 && kr_err_occurred())
        return NULL;
    KrObject *fa = kr_float_from_double(x);
    if (!fa)
        return NULL;
    KrObject *fb = kr_float_from_double(y);
    if (!fb) {
        KR_DECREF(fa);
        return NULL;
    }
    KrObject *r = kr_float_type.as_number->power(fa, fb, kr_None);
    KR_DECREF(fa);
    KR_DECREF(fb);
    return r;
}

static KrObject *pow_mod(KrObject *a, KrObject *b, KrObject *m)
{
    if (is_zero(m)) {
        kr_err_set_string(&kr_exc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    if (!IS_BIG(a) && !IS_BIG(b) && !IS_BIG(m) && SMALL(b) >= 0) {
        /* Word-sized operands: square and multiply in 128-bit products,
         * without converting to libtommath (5x CPython's time before). */
        int64_t av = SMALL(a), bv = SMALL(b), mv = SMALL(m);
        uint64_t am = mv < 0 ? -(uint64_t)mv : (uint64_t)mv;
        uint64_t x = av >= 0 ? (uint64_t)av % am : (am - (-(uint64_t)av) % am) % am;
        uint64_t r = 1 % am;
        for (uint64_t n = (uint64_t)bv; n; n >>= 1) {
            if (n & 1)
                r = (uint64_t)((unsigned __int128)r * x % am);
            x = (uint64_t)((unsigned __int128)x * x % am);
        }
        if (mv < 0 && r != 0)
            return kr_int_from_i64(-(int64_t)(am - r));
        return kr_int_from_i64((int64_t)r);
    }
    int mneg = kr_int_sign(m) < 0;
    mp_int base, exp, mod, r;
    if (kr_int_to_mp(a, &base) < 0)
        return NULL;
    if (kr_int_to_mp(b, &exp) < 0) {
        mp_clear(&base);
        return NULL;
    }
    if (kr_int_to_mp(m, &mod) < 0) {
        mp_clear_multi(&base, &exp, NULL);
        return NULL;
    }
    mp_err e = mp_init(&r);
    if (e == MP_OKAY)
        e = mp_abs(&mod, &mod);
    if (e != MP_OKAY)
        goto fail;
    if (mp_cmp_d(&mod, 1) == MP_EQ) {
        mp_clear_multi(&base, &exp, &mod, &r, NULL);
        return kr_int_small(0);
    }
    e = mp_mod(&base, &mod, &base);
    if (e != MP_OKAY)
        goto fail;
    if (mp_isneg(&exp)) {
        e = mp_invmod(&base, &mod, &base);
        if (e == MP_VAL) {
            mp_clear_multi(&base, &exp, &mod, &r, NULL);
            kr_err_set_string(&kr_exc_ValueError, "base is not invertible for the given modulus");
            return NULL;
        }
        if (e == MP_OKAY)
            e = mp_neg(&exp, &exp);
        if (e != MP_OKAY)
            goto fail;
    }
    e = mp_exptmod(&base, &exp, &mod, &r);
    if (e == MP_OKAY && mneg && !mp_iszero(&r))
        e = mp_sub(&r, &mod, &r);
    if (e != MP_OKAY)
        goto fail;
    mp_clear_multi(&base, &exp, &mod, NULL);
    return kr_int_from_mp(&r);
fail:
    mp_clear_multi(&base, &exp, &mod, &r, NULL);
    return kr_int_mp_error(e);
}

static KrObject *int_pow(KrObject *a, KrObject *b, KrObject *m)
{
    if (!KR_INT_CHECK(a) || !KR_INT_CHECK(b))
        KR_RETURN_NOTIMPLEMENTED;
    if (m != NULL && m != kr_None) {
        if (!KR_INT_CHECK(m))
            KR_RETURN_NOTIMPLEMENTED;
        return pow_mod(a, b, m);
    }
    if (kr_int_sign(b) < 0)
        return float_pow_fallback(a, b);
    if (!IS_BIG(a) && !IS_BIG(b)) {
        int64_t x = SMALL(a), n = SMALL(b), r = 1;
        int ovf = 0;
        while (n > 0) {
            if ((n & 1) && __builtin_mul_overflow(r, x, &r)) {
                ovf = 1;
                break;
            }
            n >>= 1;
            if (n && __builtin_mul_overflow(x, x, &x)) {
                ovf = 1;
                break;
            }
        }
        if (!ovf)
            return new_small(r);
    }
    if (IS_BIG(b) || SMALL(b) > (int64_t)UINT32_MAX) {
        /* Only 0, 1 and -1 have a representable power this large. */
        if (!IS_BIG(a) && (SMALL(a) == 0 || SMALL(a) == 1))
            return new_small(SMALL(a));
        if (!IS_BIG(a) && SMALL(a) == -1) {
            int odd = IS_BIG(b) ? mp_isodd(BIG(b)) : (SMALL(b) & 1);
            return new_small(odd ? -1 : 1);
        }
        return kr_err_no_memory();
    }
    View va;
    if (view_init(&va, a) < 0)
        return NULL;
    mp_int r;
    mp_err e = mp_init(&r);
    if (e == MP_OKAY)
        e = mp_expt_u32(va.p, (uint32_t)SMALL(b), &r);
    view_clear(&va);
    if (e != MP_OKAY) {
        mp_clear(&r);
        return kr_int_mp_error(e);
    }
    return kr_int_from_mp(&r);
}

static KrObject *int_lshift(KrObject *a, KrObject *b)
{
    CHECK_BINOP(a, b);
    if (kr_int_sign(b) < 0) {
        kr_err_set_string(&kr_exc_ValueError, "negative shift count");
        return NULL;
    }
    if (is_zero(a))
        return kr_int_small(0);
    if (IS_BIG(b) || SMALL(b) > (int64_t)INT32_MAX - 64) {
        kr_err_set_string(&kr_exc_OverflowError, "too many digits in integer");
        return NULL;
    }
    int n = (int)SMALL(b);
    if (!IS_BIG(a) && n < 63) {
        int64_t r;
        if (!__builtin_mul_overflow(SMALL(a), (int64_t)1 << n, &r))
            return new_small(r);
    }
    View va;
    if (view_init(&va, a) < 0)
        return NULL;
    mp_int r;
    mp_err e = mp_init(&r);
    if (e == MP_OKAY)
        e = mp_mul_2d(va.p, n, &r);
    view_clear(&va);
    if (e != MP_OKAY) {
        mp_clear(&r);
        return kr_int_mp_error(e);
    }
    return kr_int_from_mp(&r);
}

static KrObject *int_rshift(KrObject *a, KrObject *b)
{
    CHECK_BINOP(a, b);
    if (kr_int_sign(b) < 0) {
        kr_err_set_string(&kr_exc_ValueError, "negative shift count");
        return NULL;
    }
    int neg = kr_int_sign(a) < 0;
    if (IS_BIG(b) || (uint64_t)SMALL(b) >= kr_int_nbits(a))
        return kr_int_small(neg ? -1 : 0);
    int n = (int)SMALL(b);
    if (!IS_BIG(a)) {
        int64_t x = SMALL(a);
        /* floor(x / 2**n) without relying on signed >> of negatives */
        int64_t r = x >= 0 ? x >> n : ~(~x >> n);
        return new_small(r);
    }
    mp_int r;
    mp_err e = mp_init(&r);
    if (e == MP_OKAY)
        e = mp_signed_rsh(BIG(a), n, &r);
    if (e != MP_OKAY) {
        mp_clear(&r);
        return kr_int_mp_error(e);
    }
    return kr_int_from_mp(&r);
}

KrObject *kr_int_nb_and(KrObject *a, KrObject *b)
{
    CHECK_BINOP(a, b);
    if (!IS_BIG(a) && !IS_BIG(b))
        return new_small(SMALL(a) & SMALL(b));
    return big_binop(a, b, mp_and);
}

KrObject *kr_int_nb_or(KrObject *a, KrObject *b)
{
    CHECK_BINOP(a, b);
    if (!IS_BIG(a) && !IS_BIG(b))
        return new_small(SMALL(a) | SMALL(b));
    return big_binop(a, b, mp_or);
}

KrObject *kr_int_nb_xor(KrObject *a, KrObject *b)
{
    CHECK_BINOP(a, b);
    if (!IS_BIG(a) && !IS_BIG(b))
        return new_small(SMALL(a) ^ SMALL(b));
    return big_binop(a, b, mp_xor);
}

static KrObject *nb_add(KrObject *a, KrObject *b) { CHECK_BINOP(a, b); return kr_int_add(a, b); }
static KrObject *nb_sub(KrObject *a, KrObject *b) { CHECK_BINOP(a, b); return kr_int_sub(a, b); }
static KrObject *nb_mul(KrObject *a, KrObject *b) { CHECK_BINOP(a, b); return kr_int_mul(a, b); }
static KrObject *nb_floordiv(KrObject *a, KrObject *b) { CHECK_BINOP(a, b); return kr_int_floordiv(a, b); }
static KrObject *nb_mod(KrObject *a, KrObject *b) { CHECK_BINOP(a, b); return kr_int_mod(a, b); }

static KrObject *int_neg(KrObject *a)
{
    if (!IS_BIG(a) && SMALL(a) != INT64_MIN)
        return new_small(-SMALL(a));
    mp_int r;
    if (kr_int_to_mp(a, &r) < 0)
        return NULL;
    mp_err e = mp_neg(&r, &r);
    if (e != MP_OKAY) {
        mp_clear(&r);
        return kr_int_mp_error(e);
    }
    return kr_int_from_mp(&r);
}

static KrObject *int_abs(KrObject *a)
{
    if (kr_int_sign(a) < 0)
        return int_neg(a);
    return kr_int_exact(a);
}

static KrObject *int_invert(KrObject *a)
{
    if (!IS_BIG(a))
        return new_small(~SMALL(a));
    mp_int r;
    if (kr_int_to_mp(a, &r) < 0)
        return NULL;
    mp_err e = mp_add_d(&r, 1, &r);
    if (e == MP_OKAY)
        e = mp_neg(&r, &r);
    if (e != MP_OKAY) {
        mp_clear(&r);
        return kr_int_mp_error(e);
    }
    return kr_int_from_mp(&r);
}

static int int_bool(KrObject *a) { return !is_zero(a); }

static KrObject *int_float(KrObject *a)
{
    double d = kr_int_as_double(a);
    if (d == -1.0 && kr_err_occurred())
        return NULL;
    return kr_float_from_double(d);
}

KrObject *kr_int_bit_length(KrObject *o) { return kr_int_from_u64(kr_int_nbits(o)); }

KrNumberMethods kr_int_as_number = {
    .add = nb_add,
    .and_ = kr_int_nb_and,
    .floor_divide = nb_floordiv,
    .lshift = int_lshift,
    .multiply = nb_mul,
    .remainder = nb_mod,
    .or_ = kr_int_nb_or,
    .power = int_pow,
    .rshift = int_rshift,
    .subtract = nb_sub,
    .true_divide = int_true_divide,
    .xor_ = kr_int_nb_xor,
    .divmod = int_divmod,
    .negative = int_neg,
    .positive = kr_int_exact,
    .absolute = int_abs,
    .invert = int_invert,
    .bool_ = int_bool,
    .int_ = kr_int_exact,
    .float_ = int_float,
    .index = kr_int_exact,
};

/* ====================================================================== */
/* Methods                                                                */
/* ====================================================================== */

static KrObject *int_bit_length(KrObject *self) { return kr_int_bit_length(self); }

static KrObject *int_bit_count(KrObject *self)
{
    uint64_t n = 0;
    if (!IS_BIG(self)) {
        int64_t v = SMALL(self);
        n = (uint64_t)__builtin_popcountll(v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
    } else {
        const mp_int *m = BIG(self);
        for (int i = 0; i < m->used; i++)
            n += (uint64_t)__builtin_popcountll((unsigned long long)m->dp[i]);
    }
    return kr_int_from_u64(n);
}

static KrObject *int_as_integer_ratio(KrObject *self)
{
    KrObject *n = kr_int_exact(self);
    if (!n)
        return NULL;
    KrObject *t = kr_tuple_pack(2, n, kr_int_small(1));
    KR_DECREF(n);
    return t;
}

static KrObject *int_getnewargs(KrObject *self)
{
    KrObject *n = kr_int_exact(self);
    if (!n)
        return NULL;
    KrObject *t = kr_tuple_pack(1, n);
    KR_DECREF(n);
    return t;
}

static KrObject *int_sizeof(KrObject *self)
{
    /* CPython's layout: a 24-byte header plus one 4-byte digit per 30 bits. */
    uint64_t bits = kr_int_nbits(self);
    uint64_t ndigits = (bits + 29) / 30;
    return kr_int_from_u64(24 + 4 * (ndigits ? ndigits : 1));
}

/* round(x, ndigits) for ints: exact, ties to even. */
static KrObject *int_round(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0 || args[0] == kr_None)
        return kr_int_exact(self);
    KrObject *nd = kr_number_index(args[0]);
    if (!nd)
        return NULL;
    if (kr_int_sign(nd) >= 0) {
        KR_DECREF(nd);
        return kr_int_exact(self);
    }
    /* 10**k with k = -ndigits; if it exceeds |self| twice over, 0. */
    int ovf;
    int64_t k = kr_int_as_i64(nd, &ovf);
    KR_DECREF(nd);
    if (ovf || k == INT64_MIN || (double)(-k) * 3.3219280948873622 > (double)kr_int_nbits(self) + 2)
        return kr_int_small(0);
    k = -k;
    KrObject *ten = kr_int_small(10), *kk = kr_int_from_i64(k);
    KrObject *p = kk ? int_pow(ten, kk, kr_None) : NULL;
    KR_DECREF(ten);
    KR_XDECREF(kk);
    if (!p)
        return NULL;
    KrObject *q, *r;
    if (divmod_ints(self, p, &q, &r) < 0) {
        KR_DECREF(p);
        return NULL;
    }
    /* Compare 2r with p: round up past half, ties to an even quotient. */
    KrObject *two_r = kr_int_add(r, r);
    KR_DECREF(r);
    if (!two_r) {
        KR_DECREF(q);
        KR_DECREF(p);
        return NULL;
    }
    int c = kr_int_compare(two_r, p);
    KR_DECREF(two_r);
    int odd = IS_BIG(q) ? mp_isodd(BIG(q)) : (SMALL(q) & 1) != 0;
    if (c > 0 || (c == 0 && odd)) {
        KrObject *one = kr_int_small(1);
        KrObject *q2 = kr_int_add(q, one);
        KR_DECREF(one);
        KR_DECREF(q);
        if (!(q = q2)) {
            KR_DECREF(p);
            return NULL;
        }
    }
    KrObject *res = kr_int_mul(q, p);
    KR_DECREF(q);
    KR_DECREF(p);
    return res;
}

/* "little"/"big" -> 1/0, -1 with ValueError. */
static int parse_byteorder(KrObject *o, const char *fname)
{
    if (!o)
        return 0;
    if (!KR_STR_CHECK(o)) {
        kr_err_format(&kr_exc_TypeError, "%s() argument 'byteorder' must be str, not %T",
                      fname, o);
        return -1;
    }
    if (kr_str_eq_cstr(o, "little"))
        return 1;
    if (kr_str_eq_cstr(o, "big"))
        return 0;
    kr_err_set_string(&kr_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static KrObject *int_to_bytes(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    static const char *const names[] = { "length", "byteorder", "$signed", NULL };
    KrObject *out[3];
    if (kr_parse_args("to_bytes", args, nargs, kwnames, names, 0, 0, out) < 0)
        return NULL;
    Kr_ssize_t length = 1;
    if (out[0]) {
        length = kr_number_as_ssize(out[0], &kr_exc_OverflowError);
        if (length == -1 && kr_err_occurred())
            return NULL;
        if (length < 0) {
            kr_err_set_string(&kr_exc_ValueError, "length argument must be non-negative");
            return NULL;
        }
    }
    int little = parse_byteorder(out[1], "to_bytes");
    if (little < 0)
        return NULL;
    int is_signed = 0;
    if (out[2] && (is_signed = kr_object_is_true(out[2])) < 0)
        return NULL;
    int neg = kr_int_sign(self) < 0;
    if (neg && !is_signed) {
        kr_err_set_string(&kr_exc_OverflowError, "can't convert negative int to unsigned");
        return NULL;
    }
    /* u = self for self >= 0, ~self otherwise; the bytes of self are those
     * of u, inverted when negative. */
    KrObject *u = neg ? int_invert(self) : kr_int_exact(self);
    if (!u)
        return NULL;
    uint64_t bits = kr_int_nbits(u);
    /* CPython lets -1 fit in zero bytes, like 0: only nonzero magnitudes
     * of u need the sign bit. */
    uint64_t need = bits ? bits + (uint64_t)is_signed : 0;
    if (need > (uint64_t)length * 8) {
        KR_DECREF(u);
        kr_err_set_string(&kr_exc_OverflowError, "int too big to convert");
        return NULL;
    }
    KrObject *res = kr_bytes_new(length);
    if (!res) {
        KR_DECREF(u);
        return NULL;
    }
    unsigned char *d = (unsigned char *)KR_BYTES_DATA(res);
    memset(d, 0, (size_t)length);
    size_t nb = (size_t)((bits + 7) / 8);
    if (nb) {
        if (!IS_BIG(u)) {
            uint64_t v = (uint64_t)SMALL(u);
            for (size_t i = 0; i < nb; i++)
                d[length - 1 - (Kr_ssize_t)i] = (unsigned char)(v >> (8 * i));
        } else {
            size_t written;
            mp_err e = mp_to_ubin(BIG(u), d + (length - (Kr_ssize_t)nb), nb, &written);
            if (e != MP_OKAY) {
                KR_DECREF(u);
                KR_DECREF(res);
                return kr_int_mp_error(e);
            }
        }
    }
    KR_DECREF(u);
    if (neg)
        for (Kr_ssize_t i = 0; i < length; i++)
            d[i] = (unsigned char)~d[i];
    if (little)
        for (Kr_ssize_t i = 0, j = length - 1; i < j; i++, j--) {
            unsigned char t = d[i];
            d[i] = d[j];
            d[j] = t;
        }
    return res;
}

static KrObject *int_from_bytes(KrObject *cls, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    static const char *const names[] = { "bytes", "byteorder", "$signed", NULL };
    KrObject *out[3];
    if (kr_parse_args("from_bytes", args, nargs, kwnames, names, 0, 1, out) < 0)
        return NULL;
    int little = parse_byteorder(out[1], "from_bytes");
    if (little < 0)
        return NULL;
    int is_signed = 0;
    if (out[2] && (is_signed = kr_object_is_true(out[2])) < 0)
        return NULL;
    /* bytes(x), except that ints and strs are refused (PyObject_Bytes) */
    KrObject *buf;
    if (KR_BYTES_CHECK(out[0]))
        buf = kr_newref(out[0]);
    else if (KR_INT_CHECK(out[0]) || KR_STR_CHECK(out[0]))
        return kr_err_format(&kr_exc_TypeError, "cannot convert '%s' object to bytes",
                             kr_type_name(KR_TYPE(out[0])));
    else if (!(buf = kr_call1((KrObject *)&kr_bytes_type, out[0])))
        return NULL;
    Kr_ssize_t n = KR_SIZE(buf);
    const unsigned char *src = (const unsigned char *)KR_BYTES_DATA(buf);
    unsigned char *be = kr_mem_alloc((size_t)n + 1);
    if (!be) {
        KR_DECREF(buf);
        return kr_err_no_memory();
    }
    for (Kr_ssize_t i = 0; i < n; i++)
        be[i] = little ? src[n - 1 - i] : src[i];
    KR_DECREF(buf);
    int neg = is_signed && n > 0 && (be[0] & 0x80);
    if (neg)    /* value = -(~bytes) - 1 */
        for (Kr_ssize_t i = 0; i < n; i++)
            be[i] = (unsigned char)~be[i];
    mp_int m;
    mp_err e = mp_init(&m);
    if (e == MP_OKAY)
        e = mp_from_ubin(&m, be, (size_t)n);
    kr_mem_free(be);
    if (e == MP_OKAY && neg) {
        e = mp_add_d(&m, 1, &m);
        if (e == MP_OKAY)
            e = mp_neg(&m, &m);
    }
    if (e != MP_OKAY) {
        mp_clear(&m);
        return kr_int_mp_error(e);
    }
    KrObject *r = kr_int_from_mp(&m);
    if (r && cls != (KrObject *)&kr_int_type) {
        KrObject *r2 = kr_call1(cls, r);
        KR_DECREF(r);
        r = r2;
    }
    return r;
}

/* ---- __format__ ---- */

/* format(cp, 'c') for a lone surrogate: it has no UTF-8 form, so build
 * the padded result from str objects. */
static KrObject *format_surrogate(uint32_t cp, const KrFormatSpec *f)
{
    KrObject *ch = kr_str_from_codepoint(cp);
    if (!ch || f->width <= 1)
        return ch;
    Kr_ssize_t pad = f->width - 1;
    char align = f->align ? f->align : '>';
    Kr_ssize_t left = (align == '>' || align == '=') ? pad : align == '^' ? pad / 2 : 0;
    KrObject *fill = kr_str_from_codepoint(f->fill);
    KrObject *nl = kr_int_from_ssize(left), *nr = kr_int_from_ssize(pad - left);
    KrObject *l = fill && nl ? kr_number_binop(fill, nl, KR_NB_MULTIPLY) : NULL;
    KrObject *r = fill && nr ? kr_number_binop(fill, nr, KR_NB_MULTIPLY) : NULL;
    KrObject *lc = l ? kr_str_concat(l, ch) : NULL;
    KrObject *res = lc && r ? kr_str_concat(lc, r) : NULL;
    KR_XDECREF(fill);
    KR_XDECREF(nl);
    KR_XDECREF(nr);
    KR_XDECREF(l);
    KR_XDECREF(r);
    KR_XDECREF(lc);
    KR_DECREF(ch);
    return res;
}

KrObject *kr_int_format_method(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(&kr_exc_TypeError, "__format__() argument must be str, not %T", spec);
    Kr_ssize_t len;
    const char *sp = kr_str_utf8(spec, &len);
    if (!sp)
        return NULL;
    if (len == 0)
        return kr_object_str(self);
    KrFormatSpec f;
    if (kr_format_parse(sp, len, '>', kr_type_name(KR_TYPE(self)), &f) < 0)
        return NULL;
    int base = 10, upper = 0;
    switch (f.type) {
    case 0: case 'd': case 'n': break;
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': base = 16; break;
    case 'X': base = 16; upper = 1; break;
    case 'c': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = kr_int_as_double(self);
        if (d == -1.0 && kr_err_occurred())
            return NULL;
        return kr_format_double(d, &f);
    }
    default:
        return kr_format_unknown_code(f.type, kr_type_name(KR_TYPE(self)));
    }
    if (f.precision != -1) {
        kr_err_set_string(&kr_exc_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (f.no_neg_zero) {
        kr_err_set_string(&kr_exc_ValueError,
                          "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    if (f.type == 'c') {
        if (f.sign) {
            kr_err_set_string(&kr_exc_ValueError,
                              "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (f.alternate) {
            kr_err_set_string(&kr_exc_ValueError,
                              "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        int ovf;
        int64_t v = kr_int_as_i64(self, &ovf);
        if (ovf) {
            kr_err_set_string(&kr_exc_OverflowError, "Python int too large to convert to C long");
            return NULL;
        }
        if (v < 0 || v > 0x10ffff) {
            kr_err_set_string(&kr_exc_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        uint32_t cp = (uint32_t)v;
        if (cp >= 0xd800 && cp <= 0xdfff)
            return format_surrogate(cp, &f);
        char u[5];
        int n;
        if (cp < 0x80) { u[0] = (char)cp; n = 1; }
        else if (cp < 0x800) { u[0] = (char)(0xc0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3f)); n = 2; }
        else if (cp < 0x10000) {
            u[0] = (char)(0xe0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
            u[2] = (char)(0x80 | (cp & 0x3f)); n = 3;
        } else {
            u[0] = (char)(0xf0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
            u[2] = (char)(0x80 | ((cp >> 6) & 0x3f)); u[3] = (char)(0x80 | (cp & 0x3f)); n = 4;
        }
        u[n] = 0;
        return kr_format_number(&f, 0, "", u, n, 0, "");
    }
    size_t n;
    char *digits = base == 10 ? decimal_digits(self, &n) : magnitude_digits(self, base, &n);
    if (!digits)
        return NULL;
    if (upper)
        for (size_t i = 0; i < n; i++)
            if (digits[i] >= 'a' && digits[i] <= 'f')
                digits[i] = (char)(digits[i] - 'a' + 'A');
    const char *prefix = "";
    if (f.alternate)
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? (upper ? "0X" : "0x") : "";
    char sign = kr_int_sign(self) < 0 ? '-' : (f.sign == '+' || f.sign == ' ') ? f.sign : 0;
    KrObject *r = kr_format_number(&f, sign, prefix, digits, (Kr_ssize_t)n,
                                   base == 10 ? 3 : 4, "");
    kr_mem_free(digits);
    return r;
}

/* ---- getsets ---- */

static KrObject *get_self(KrObject *self, void *c) { return kr_int_exact(self); }
static KrObject *get_zero(KrObject *self, void *c) { return kr_int_small(0); }
static KrObject *get_one(KrObject *self, void *c) { return kr_int_small(1); }

/* ====================================================================== */
/* Construction from Python                                               */
/* ====================================================================== */

int kr_is_memoryview(KrObject *o)
{
    /* By name: the memoryview type may not be linked in (no dependency on
     * its symbol); only the built-in, static one counts. */
    KrType *t = KR_TYPE(o);
    return !KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE) && strcmp(t->name, "memoryview") == 0;
}

/* int(x): __int__, __index__, __trunc__, str/bytes parsing. */
static KrObject *number_to_int(KrObject *x)
{
    if (KR_INT_CHECK_EXACT(x))
        return kr_newref(x);
    KrNumberMethods *nm = KR_TYPE(x)->as_number;
    if (nm && nm->int_) {
        KrObject *r = nm->int_(x);
        if (!r || KR_INT_CHECK_EXACT(r))
            return r;
        if (!KR_INT_CHECK(r)) {
            kr_err_format(&kr_exc_TypeError, "__int__ returned non-int (type %T)", r);
            KR_DECREF(r);
            return NULL;
        }
        KrObject *e = kr_int_exact(r);
        KR_DECREF(r);
        return e;
    }
    if (nm && nm->index) {
        KrObject *r = nm->index(x);
        if (!r || KR_INT_CHECK_EXACT(r))
            return r;
        if (!KR_INT_CHECK(r)) {
            kr_err_format(&kr_exc_TypeError, "__index__ returned non-int (type %T)", r);
            KR_DECREF(r);
            return NULL;
        }
        KrObject *e = kr_int_exact(r);
        KR_DECREF(r);
        return e;
    }
    int found = 0;
    KrObject *t = kr_call_special(x, KR_ID(__trunc__), NULL, 0, &found);
    if (found) {
        if (!t || KR_INT_CHECK(t)) {
            KrObject *e = t ? kr_int_exact(t) : NULL;
            KR_XDECREF(t);
            return e;
        }
        KrNumberMethods *tm = KR_TYPE(t)->as_number;
        if (!tm || !tm->index) {
            kr_err_format(&kr_exc_TypeError, "__trunc__ returned non-Integral (type %T)", t);
            KR_DECREF(t);
            return NULL;
        }
        KrObject *e = kr_number_index(t);
        KR_DECREF(t);
        return e;
    }
    if (kr_err_occurred())
        return NULL;
    if (KR_STR_CHECK(x)) {
        Kr_ssize_t len;
        const char *s = kr_str_utf8(x, &len);
        return s ? parse_int(s, len, 10, 0) : NULL;
    }
    if (KR_BYTES_CHECK(x))
        return parse_int(KR_BYTES_DATA(x), KR_SIZE(x), 10, 1);
    if (KR_BYTEARRAY_CHECK(x))
        return parse_int(((KrByteArray *)x)->data, KR_SIZE(x), 10, 1);
    if (kr_is_memoryview(x)) {
        KrObject *b = kr_call1((KrObject *)&kr_bytes_type, x);
        KrObject *r = b ? parse_int(KR_BYTES_DATA(b), KR_SIZE(b), 10, 1) : NULL;
        KR_XDECREF(b);
        return r;
    }
    return kr_err_format(&kr_exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real "
                         "number, not '%s'", kr_type_name(KR_TYPE(x)));
}

static KrObject *int_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    static const char *const names[] = { "", "base", NULL };
    KrObject *out[2];
    if (kr_parse_args("int", args, nargs, kwnames, names, 1, 0, out) < 0)
        return NULL;
    KrObject *v;
    if (!out[0]) {
        if (out[1]) {
            kr_err_set_string(&kr_exc_TypeError, "int() missing string argument");
            return NULL;
        }
        v = kr_int_small(0);
    } else if (!out[1]) {
        v = number_to_int(out[0]);
    } else {
        Kr_ssize_t base = kr_number_as_ssize(out[1], NULL);
        if (base == -1 && kr_err_occurred())
            return NULL;
        if ((base != 0 && base < 2) || base > 36) {
            kr_err_set_string(&kr_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
            return NULL;
        }
        KrObject *x = out[0];
        if (KR_STR_CHECK(x)) {
            Kr_ssize_t len;
            const char *s = kr_str_utf8(x, &len);
            v = s ? parse_int(s, len, (int)base, 0) : NULL;
        } else if (KR_BYTES_CHECK(x)) {
            v = parse_int(KR_BYTES_DATA(x), KR_SIZE(x), (int)base, 1);
        } else if (KR_BYTEARRAY_CHECK(x)) {
            v = parse_int(((KrByteArray *)x)->data, KR_SIZE(x), (int)base, 1);
        } else {
            kr_err_set_string(&kr_exc_TypeError,
                              "int() can't convert non-string with explicit base");
            return NULL;
        }
    }
    if (!v || type == &kr_int_type)
        return v;
    /* A subclass instance holding a copy of the value. */
    KrInt *o = (KrInt *)kr_type_generic_alloc(type, 0);
    if (!o) {
        KR_DECREF(v);
        return NULL;
    }
    o->small = SMALL(v);
    o->big = NULL;
    if (IS_BIG(v)) {
        mp_int *heap = kr_mem_alloc(sizeof(mp_int));
        mp_err e = heap ? mp_init_copy(heap, BIG(v)) : MP_MEM;
        if (e != MP_OKAY) {
            kr_mem_free(heap);
            KR_DECREF(v);
            KR_DECREF(o);
            return kr_int_mp_error(e);
        }
        o->big = heap;
    }
    KR_DECREF(v);
    if (KR_IS_GC(o))
        kr_gc_track(&o->ob);            /* a subclass instance: its __dict__ can close a cycle */
    return &o->ob;
}

static const KrMethodDef int_methods[] = {
    KR_METHOD_NOARGS("conjugate", kr_int_exact),
    KR_METHOD_NOARGS("bit_length", int_bit_length),
    KR_METHOD_NOARGS("bit_count", int_bit_count),
    KR_METHOD_FASTKW("to_bytes", int_to_bytes),
    { "from_bytes", { .fastkw = int_from_bytes }, KR_METH_FASTKW | KR_METH_CLASS, NULL },
    KR_METHOD_NOARGS("as_integer_ratio", int_as_integer_ratio),
    KR_METHOD_NOARGS("__trunc__", kr_int_exact),
    KR_METHOD_NOARGS("__floor__", kr_int_exact),
    KR_METHOD_NOARGS("__ceil__", kr_int_exact),
    KR_METHOD_FAST("__round__", int_round),
    KR_METHOD_NOARGS("__getnewargs__", int_getnewargs),
    KR_METHOD_O("__format__", kr_int_format_method),
    KR_METHOD_NOARGS("__sizeof__", int_sizeof),
    KR_METHOD_END
};

static const KrGetSetDef int_getset[] = {
    { "real", get_self, NULL, "the real part of a complex number", NULL },
    { "imag", get_zero, NULL, "the imaginary part of a complex number", NULL },
    { "numerator", get_self, NULL, "the numerator of a rational number in lowest terms", NULL },
    { "denominator", get_one, NULL, "the denominator of a rational number in lowest terms", NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_int_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "int",
    .basicsize = sizeof(KrInt),
    .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_INT_SUBCLASS | KR_TPFLAGS_IMMUTABLE,
    .dealloc = int_dealloc,
    .repr = kr_int_repr,
    .hash = kr_int_hash,
    .richcompare = kr_int_richcompare,
    .as_number = &kr_int_as_number,
    .new_ = int_new,
    .methods = int_methods,
    .getset = int_getset,
    .base = &kr_object_type,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.  If x is a number, return x.__int__().  For floating point\n"
           "numbers, this truncates towards zero.",
};
