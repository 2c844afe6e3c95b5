/*
 * math.c -- the math module (Python 3.11's function set and messages).
 *
 * Float functions take any real number (float, int, __float__, __index__)
 * through kr_float_as_double and share one error policy, the one CPython
 * states for its libm wrappers: a NaN result from a non-NaN argument is a
 * domain error (ValueError "math domain error"); an infinite result from a
 * finite argument is a range error (OverflowError "math range error") for
 * functions that can overflow, a domain error (a pole, like log(0)) for the
 * others; underflow to zero is not an error.
 *
 * Integer functions (factorial, comb, perm, gcd, lcm, isqrt) work exactly
 * on ints of any size with libtommath.  log/log2/log10 of ints too large
 * for a double split off a power of two first.  floor/ceil/trunc return
 * ints and honour __floor__/__ceil__/__trunc__ of other types.
 *
 * fsum is Shewchuk's exact summation with non-overlapping partials and the
 * final half-even correction, so it is correctly rounded; hypot and dist
 * use a scaled, compensated sum of squares with a final correction step
 * (the same technique as CPython 3.11, so the results agree to the bit).
 */
#include <errno.h>
#include <float.h>
#include <math.h>

#include "krait.h"
#include "int.h"

static KrObject *domain_error(void)
{
    kr_err_set_string(&kr_exc_ValueError, "math domain error");
    return NULL;
}

static KrObject *range_error(void)
{
    kr_err_set_string(&kr_exc_OverflowError, "math range error");
    return NULL;
}

static int get_double(KrObject *o, double *out)
{
    if (KR_FLOAT_CHECK_EXACT(o)) {
        *out = KR_FLOAT_VALUE(o);
        return 0;
    }
    *out = kr_float_as_double(o);
    return (*out == -1.0 && kr_err_occurred()) ? -1 : 0;
}

/* Applies the error policy to r = f(x). */
static KrObject *checked(double x, double r, int can_overflow)
{
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return kr_float_from_double(r);
}

#define MATH_1(name, fn, ovf)                                             \
    static KrObject *m_##name(KrObject *self, KrObject *arg)              \
    {                                                                     \
        double x;                                                         \
        if (get_double(arg, &x) < 0)                                      \
            return NULL;                                                  \
        return checked(x, fn(x), ovf);                                    \
    }

MATH_1(acos, acos, 0)
MATH_1(acosh, acosh, 0)
MATH_1(asin, asin, 0)
MATH_1(asinh, asinh, 0)
MATH_1(atan, atan, 0)
MATH_1(atanh, atanh, 0)
MATH_1(cbrt, cbrt, 0)
MATH_1(cos, cos, 0)
MATH_1(cosh, cosh, 1)
MATH_1(erf, erf, 0)
MATH_1(erfc, erfc, 0)
MATH_1(exp, exp, 1)
MATH_1(exp2, exp2, 1)
MATH_1(expm1, expm1, 1)
MATH_1(fabs, fabs, 0)
MATH_1(log1p, log1p, 0)
MATH_1(sin, sin, 0)
MATH_1(sinh, sinh, 1)
MATH_1(sqrt, sqrt, 0)
MATH_1(tan, tan, 0)
MATH_1(tanh, tanh, 0)

/* ---- gamma and lgamma ----
 *
 * CPython computes these itself rather than trusting libm, so we must use
 * the same method to print the same digits: the Lanczos approximation with
 * N = 13 and g = 6.0246800407767296 in rational form (numerator over
 * x*(x+1)*...*(x+11), Boost's coefficients), evaluated as
 *     Gamma(x) = L(x) * y**(x-0.5) / exp(y),   y = x + g - 0.5,
 * with a first-order correction for the rounding error in y, the
 * reflection formula for negative x, exact factorials for small integers,
 * 1/x for tiny x, and y**(x-0.5) split in two square roots past 140 so it
 * does not overflow early. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* coefficients of x*(x+1)*...*(x+11), constant term first */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    /* Horner in x for small x, in 1/x for large x, to avoid overflow. */
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x), accurate near the integers. */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* 0 ok, 1 domain error, 2 range error */
static int gamma_impl(double x, double *out)
{
    if (!isfinite(x)) {
        *out = x;
        return (isnan(x) || x > 0) ? 0 : 1;
    }
    if (x == 0.0 || (x == floor(x) && x < 0))
        return 1;
    if (x == floor(x) && x <= 23) {
        double f = 1.0;                 /* (x-1)! is exact up to 22! */
        for (int i = 2; i < (int)x; i++)
            f *= i;
        *out = f;
        return 0;
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        *out = 1.0 / x;
        return isinf(*out) ? 2 : 0;
    }
    if (ax > 200.0) {
        if (x < 0.0) {
            *out = 0.0 / sinpi(x);
            return 0;
        }
        return 2;
    }
    double y = ax + lanczos_g_minus_half;
    /* z: the rounding error of y, scaled for the correction term */
    double z;
    if (ax > lanczos_g_minus_half) {
        double q = y - ax;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -M_PI / sinpi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    *out = r;
    return isinf(r) ? 2 : 0;
}

static int lgamma_impl(double x, double *out)
{
    if (!isfinite(x)) {
        *out = isnan(x) ? x : HUGE_VAL;
        return 0;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0)
            return 1;
        *out = 0.0;
        return 0;
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        *out = -log(ax);
        return 0;
    }
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0)
        r = 1.144729885849400174143427351353058711647 /* log(pi) */
            - log(fabs(sinpi(ax))) - log(ax) - r;
    *out = r;
    return isinf(r) ? 2 : 0;
}

static KrObject *gamma_result(int rc, double r)
{
    if (rc == 1)
        return domain_error();
    if (rc == 2)
        return range_error();
    return kr_float_from_double(r);
}

static KrObject *m_gamma(KrObject *self, KrObject *arg)
{
    double x, r = 0;
    if (get_double(arg, &x) < 0)
        return NULL;
    int rc = gamma_impl(x, &r);
    return gamma_result(rc, r);
}

static KrObject *m_lgamma(KrObject *self, KrObject *arg)
{
    double x, r = 0;
    if (get_double(arg, &x) < 0)
        return NULL;
    int rc = lgamma_impl(x, &r);
    return gamma_result(rc, r);
}

static KrObject *two_doubles(KrObject *const *args, Kr_ssize_t nargs, const char *name,
                             double *x, double *y)
{
    if (kr_check_nargs(name, nargs, 2, 2) < 0)
        return NULL;
    if (get_double(args[0], x) < 0 || get_double(args[1], y) < 0)
        return NULL;
    return kr_None;
}

static KrObject *m_atan2(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    double x, y;
    if (!two_doubles(args, nargs, "atan2", &y, &x))
        return NULL;
    return kr_float_from_double(atan2(y, x));
}

static KrObject *m_copysign(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    double x, y;
    if (!two_doubles(args, nargs, "copysign", &x, &y))
        return NULL;
    return kr_float_from_double(copysign(x, y));
}

static KrObject *m_fmod(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    double x, y;
    if (!two_doubles(args, nargs, "fmod", &x, &y))
        return NULL;
    if (isinf(y) && isfinite(x))
        return kr_float_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    return kr_float_from_double(r);
}

static KrObject *m_remainder(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    double x, y;
    if (!two_doubles(args, nargs, "remainder", &x, &y))
        return NULL;
    if (isnan(x))
        return kr_float_from_double(x);
    if (isnan(y))
        return kr_float_from_double(y);
    if (isinf(x) || y == 0.0)
        return domain_error();
    if (isinf(y))
        return kr_float_from_double(x);
    return kr_float_from_double(remainder(x, y));
}

static KrObject *m_pow(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    double x, y;
    if (!two_doubles(args, nargs, "pow", &x, &y))
        return NULL;
    double r = pow(x, y);       /* C99 Annex F gives Python's special cases */
    if (isfinite(x) && isfinite(y) && !isfinite(r)) {
        if (isnan(r) || x == 0.0)
            return domain_error();
        return range_error();
    }
    return kr_float_from_double(r);
}

static KrObject *m_nextafter(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    double x, y;
    if (!two_doubles(args, nargs, "nextafter", &x, &y))
        return NULL;
    return kr_float_from_double(nextafter(x, y));
}

static KrObject *m_ulp(KrObject *self, KrObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    if (isnan(x))
        return kr_float_from_double(x);
    x = fabs(x);
    if (isinf(x))
        return kr_float_from_double(x);
    double up = nextafter(x, HUGE_VAL);
    if (isinf(up))
        return kr_float_from_double(x - nextafter(x, 0.0));
    return kr_float_from_double(up - x);
}

static KrObject *m_degrees(KrObject *self, KrObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return kr_float_from_double(x * (180.0 / M_PI));
}

static KrObject *m_radians(KrObject *self, KrObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return kr_float_from_double(x * (M_PI / 180.0));
}

static KrObject *m_isfinite(KrObject *self, KrObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return kr_bool_from(isfinite(x));
}

static KrObject *m_isinf(KrObject *self, KrObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return kr_bool_from(isinf(x));
}

static KrObject *m_isnan(KrObject *self, KrObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return kr_bool_from(isnan(x));
}

static KrObject *pair(KrObject *a, KrObject *b)
{
    if (!a || !b) {
        KR_XDECREF(a);
        KR_XDECREF(b);
        return NULL;
    }
    KrObject *t = kr_tuple_pack(2, a, b);
    KR_DECREF(a);
    KR_DECREF(b);
    return t;
}

static KrObject *m_frexp(KrObject *self, KrObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    int e = 0;
    double m = (isfinite(x) && x != 0.0) ? frexp(x, &e) : x;
    return pair(kr_float_from_double(m), kr_int_from_i64(e));
}

static KrObject *m_modf(KrObject *self, KrObject *arg)
{
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    if (isinf(x))
        return pair(kr_float_from_double(copysign(0.0, x)), kr_float_from_double(x));
    double ip;
    double fp = modf(x, &ip);
    return pair(kr_float_from_double(fp), kr_float_from_double(ip));
}

static KrObject *m_ldexp(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("ldexp", nargs, 2, 2) < 0)
        return NULL;
    double x;
    if (get_double(args[0], &x) < 0)
        return NULL;
    if (!KR_INT_CHECK(args[1])) {
        kr_err_set_string(&kr_exc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    int ovf;
    int64_t e = kr_int_as_i64(args[1], &ovf);
    if (ovf)
        e = ovf > 0 ? INT64_MAX : INT64_MIN;
    if (x == 0.0 || !isfinite(x))
        return kr_float_from_double(x);
    if (e > 100000)
        return range_error();
    if (e < -100000)
        return kr_float_from_double(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error();
    return kr_float_from_double(r);
}

/* ---- logarithms ---- */

/* log-like function of an int or real, handling ints beyond double. */
static KrObject *log_helper(KrObject *arg, double (*fn)(double), double *out)
{
    if (KR_INT_CHECK(arg)) {
        if (kr_int_sign(arg) <= 0) {
            domain_error();
            return NULL;
        }
        double x = kr_int_as_double(arg);
        if (x == -1.0 && kr_err_occurred()) {
            if (!kr_err_matches_type(&kr_exc_OverflowError))
                return NULL;
            kr_err_clear();
            /* x = m * 2**e with m in [0.5, 1): fn(m) + e * fn(2) */
            int64_t e;
            double m = kr_int_frexp(arg, &e);
            *out = fn(m) + fn(2.0) * (double)e;
            return kr_None;
        }
        *out = fn(x);
        return kr_None;
    }
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    if (isnan(x) || x == HUGE_VAL) {
        *out = x;
        return kr_None;
    }
    if (x <= 0) {
        domain_error();
        return NULL;
    }
    *out = fn(x);
    return kr_None;
}

static KrObject *m_log(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (nargs < 1 || nargs > 2) {
        kr_err_set_string(&kr_exc_TypeError, "math.log requires 1 to 2 arguments");
        return NULL;
    }
    double num, den;
    if (!log_helper(args[0], log, &num))
        return NULL;
    if (nargs == 1)
        return kr_float_from_double(num);
    if (!log_helper(args[1], log, &den))
        return NULL;
    if (den == 0.0) {
        kr_err_set_string(&kr_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return kr_float_from_double(num / den);
}

static KrObject *m_log2(KrObject *self, KrObject *arg)
{
    double r;
    return log_helper(arg, log2, &r) ? kr_float_from_double(r) : NULL;
}

static KrObject *m_log10(KrObject *self, KrObject *arg)
{
    double r;
    return log_helper(arg, log10, &r) ? kr_float_from_double(r) : NULL;
}

/* ---- rounding to int ---- */

static KrObject *round_via(KrObject *arg, KrObject *name, double (*fn)(double))
{
    if (KR_FLOAT_CHECK_EXACT(arg))
        return kr_int_from_double(fn(KR_FLOAT_VALUE(arg)));
    if (KR_INT_CHECK_EXACT(arg))
        return kr_newref(arg);
    int found = 0;
    KrObject *r = kr_call_special(arg, name, NULL, 0, &found);
    if (found || kr_err_occurred())
        return r;
    double x;
    if (get_double(arg, &x) < 0)
        return NULL;
    return kr_int_from_double(fn(x));
}

static KrObject *m_floor(KrObject *self, KrObject *arg) { return round_via(arg, KR_ID(__floor__), floor); }
static KrObject *m_ceil(KrObject *self, KrObject *arg) { return round_via(arg, KR_ID(__ceil__), ceil); }

static KrObject *m_trunc(KrObject *self, KrObject *arg)
{
    if (KR_FLOAT_CHECK_EXACT(arg))
        return kr_int_from_double(KR_FLOAT_VALUE(arg));
    int found = 0;
    KrObject *r = kr_call_special(arg, KR_ID(__trunc__), NULL, 0, &found);
    if (found || kr_err_occurred())
        return r;
    return kr_err_format(&kr_exc_TypeError, "type %s doesn't define __trunc__ method",
                         kr_type_name(KR_TYPE(arg)));
}

/* ---- exact integer functions ---- */

/* product of the integers in [lo, hi], balanced for big results */
static int range_product(uint64_t lo, uint64_t hi, mp_int *out)
{
    mp_err e;
    if (hi - lo < 16) {
        e = mp_init_u64(out, lo);
        for (uint64_t i = lo + 1; e == MP_OKAY && i <= hi; i++) {
            mp_int t;
            e = mp_init_u64(&t, i);
            if (e == MP_OKAY)
                e = mp_mul(out, &t, out);
            mp_clear(&t);
        }
        if (e != MP_OKAY) {
            kr_int_mp_error(e);
            return -1;
        }
        return 0;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    mp_int right;
    if (range_product(lo, mid, out) < 0)
        return -1;
    if (range_product(mid + 1, hi, &right) < 0) {
        mp_clear(out);
        return -1;
    }
    e = mp_mul(out, &right, out);
    mp_clear(&right);
    if (e != MP_OKAY) {
        mp_clear(out);
        kr_int_mp_error(e);
        return -1;
    }
    return 0;
}

static KrObject *m_factorial(KrObject *self, KrObject *arg)
{
    KrObject *n = kr_number_index(arg);
    if (!n)
        return NULL;
    int ovf;
    int64_t v = kr_int_as_i64(n, &ovf);
    int neg = kr_int_sign(n) < 0;
    KR_DECREF(n);
    if (neg) {
        kr_err_set_string(&kr_exc_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    if (ovf)
        return kr_err_format(&kr_exc_OverflowError,
                             "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    if (v < 2)
        return kr_int_small(1);
    mp_int r;
    if (range_product(2, (uint64_t)v, &r) < 0)
        return NULL;
    return kr_int_from_mp(&r);
}

/* Index both arguments of comb/perm and check their signs. */
static int nk_args(KrObject *narg, KrObject *karg, KrObject **n, KrObject **k)
{
    *n = kr_number_index(narg);
    if (!*n)
        return -1;
    *k = kr_number_index(karg);
    if (!*k) {
        KR_DECREF(*n);
        return -1;
    }
    if (kr_int_sign(*n) < 0) {
        kr_err_set_string(&kr_exc_ValueError, "n must be a non-negative integer");
        goto fail;
    }
    if (kr_int_sign(*k) < 0) {
        kr_err_set_string(&kr_exc_ValueError, "k must be a non-negative integer");
        goto fail;
    }
    return 0;
fail:
    KR_DECREF(*n);
    KR_DECREF(*k);
    return -1;
}

/* Balanced product of vals[lo, hi) into out (initialised here). */
static int array_product(const uint64_t *vals, size_t lo, size_t hi, mp_int *out)
{
    mp_err e;
    if (hi - lo <= 8) {
        e = mp_init_u64(out, 1);
        for (size_t i = lo; e == MP_OKAY && i < hi; i++) {
            mp_int t;
            e = mp_init_u64(&t, vals[i]);
            if (e == MP_OKAY)
                e = mp_mul(out, &t, out);
            mp_clear(&t);
        }
    } else {
        size_t mid = lo + (hi - lo) / 2;
        mp_int right;
        if (array_product(vals, lo, mid, out) < 0)
            return -1;
        if (array_product(vals, mid, hi, &right) < 0) {
            mp_clear(out);
            return -1;
        }
        e = mp_mul(out, &right, out);
        mp_clear(&right);
    }
    if (e != MP_OKAY) {
        mp_clear(out);
        kr_int_mp_error(e);
        return -1;
    }
    return 0;
}

/* comb(n, k) from its prime factorisation (Legendre: the exponent of p is
 * the number of carries when adding k and n-k in base p), multiplied back
 * as a balanced product.  Avoids dividing two huge numbers. */
static KrObject *comb_by_primes(uint64_t n, uint64_t k)
{
    uint8_t *composite = kr_mem_calloc(n + 1);
    size_t cap = 1024, count = 0;
    uint64_t *vals = kr_mem_alloc(cap * sizeof(uint64_t));
    if (!composite || !vals) {
        kr_mem_free(composite);
        kr_mem_free(vals);
        return kr_err_no_memory();
    }
    for (uint64_t p = 2; p <= n; p++) {
        if (composite[p])
            continue;
        for (uint64_t q = p * p; p <= n / p && q <= n; q += p)
            composite[q] = 1;
        uint64_t e = 0;
        for (uint64_t pp = p;; pp *= p) {
            e += n / pp - k / pp - (n - k) / pp;
            if (pp > n / p)
                break;
        }
        /* append p**e as factors that fit 64 bits */
        uint64_t acc = 1;
        for (uint64_t i = 0; i < e; i++) {
            if (acc > UINT64_MAX / p) {
                if (count == cap) {
                    uint64_t *nv = kr_mem_realloc(vals, 2 * cap * sizeof(uint64_t));
                    if (!nv)
                        goto nomem;
                    vals = nv;
                    cap *= 2;
                }
                vals[count++] = acc;
                acc = 1;
            }
            acc *= p;
        }
        if (acc > 1) {
            if (count == cap) {
                uint64_t *nv = kr_mem_realloc(vals, 2 * cap * sizeof(uint64_t));
                if (!nv)
                    goto nomem;
                vals = nv;
                cap *= 2;
            }
            vals[count++] = acc;
        }
    }
    kr_mem_free(composite);
    mp_int r;
    int rc = array_product(vals, 0, count, &r);
    kr_mem_free(vals);
    return rc < 0 ? NULL : kr_int_from_mp(&r);
nomem:
    kr_mem_free(composite);
    kr_mem_free(vals);
    return kr_err_no_memory();
}

/* n*(n-1)*...*(n-k+1), divided by k! when `binomial`. */
static KrObject *falling(KrObject *n, KrObject *k, int binomial)
{
    if (kr_int_compare(k, n) > 0)
        return kr_int_small(0);
    int ovf;
    int64_t kk = kr_int_as_i64(k, &ovf);
    if (binomial) {
        /* use min(k, n - k) */
        KrObject *nk = kr_int_sub(n, k);
        if (!nk)
            return NULL;
        if (kr_int_compare(nk, k) < 0) {
            kk = kr_int_as_i64(nk, &ovf);
        }
        KR_DECREF(nk);
    }
    if (ovf)
        return kr_err_format(&kr_exc_OverflowError, "min(n - k, k) must not exceed %lld",
                             (long long)INT64_MAX);
    if (kk > 32 && kr_int_is_small(n)) {
        uint64_t nn = (uint64_t)kr_int_small_value(n);
        if (!binomial) {
            mp_int r;
            if (range_product(nn - (uint64_t)kk + 1, nn, &r) < 0)
                return NULL;
            return kr_int_from_mp(&r);
        }
        if (nn <= 50000000)
            return comb_by_primes(nn, (uint64_t)kk);
    }
    mp_int r, f, t;
    if (kr_int_to_mp(n, &f) < 0)
        return NULL;
    mp_err e = mp_init_multi(&r, &t, NULL);
    if (e == MP_OKAY)
        mp_set(&r, 1);
    for (int64_t i = 0; e == MP_OKAY && i < kk; i++) {
        e = mp_mul(&r, &f, &r);
        if (e == MP_OKAY)
            e = mp_sub_d(&f, 1, &f);
        if (e == MP_OKAY && binomial) {
            mp_set_u64(&t, (uint64_t)i + 1);
            e = mp_div(&r, &t, &r, NULL);
        }
    }
    mp_clear_multi(&f, &t, NULL);
    if (e != MP_OKAY) {
        mp_clear(&r);
        return kr_int_mp_error(e);
    }
    return kr_int_from_mp(&r);
}

static KrObject *m_comb(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("comb", nargs, 2, 2) < 0)
        return NULL;
    KrObject *n, *k;
    if (nk_args(args[0], args[1], &n, &k) < 0)
        return NULL;
    KrObject *r = falling(n, k, 1);
    KR_DECREF(n);
    KR_DECREF(k);
    return r;
}

static KrObject *m_perm(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("perm", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1 || args[1] == kr_None)
        return m_factorial(self, args[0]);
    KrObject *n, *k;
    if (nk_args(args[0], args[1], &n, &k) < 0)
        return NULL;
    KrObject *r = falling(n, k, 0);
    KR_DECREF(n);
    KR_DECREF(k);
    return r;
}

/* Bits [shift, shift + 60) of |m| as a machine word. */
static int64_t window60(const mp_int *m, int shift)
{
    int i = shift / MP_DIGIT_BIT, off = shift % MP_DIGIT_BIT;
    uint64_t lo = i < m->used ? (uint64_t)m->dp[i] : 0;
    uint64_t hi = i + 1 < m->used ? (uint64_t)m->dp[i + 1] : 0;
    uint64_t w = lo >> off;
    if (off)
        w |= hi << (MP_DIGIT_BIT - off);
    return (int64_t)(w & (((uint64_t)1 << 60) - 1));
}

/* *dst = p*x - q*y for small nonnegative cofactors p, q. */
static mp_err combine(mp_int *dst, int64_t p, const mp_int *x, int64_t q,
                      const mp_int *y, mp_int *tmp)
{
    mp_err e;
    mp_set_i64(tmp, p);
    if ((e = mp_mul(x, tmp, dst)) != MP_OKAY)
        return e;
    mp_set_i64(tmp, q);
    if ((e = mp_mul(y, tmp, tmp)) != MP_OKAY)
        return e;
    return mp_sub(dst, tmp, dst);
}

/*
 * gcd(|x|, |y|) into *out by Lehmer's method.  libtommath's mp_gcd is the
 * binary algorithm, one full-length shift and subtract per bit, which made
 * Fraction arithmetic on big denominators dozens of times slower than
 * CPython.  Here each round runs Euclid on the leading 60 bits in machine
 * words, collecting the quotients into a 2x2 matrix with nonnegative
 * entries and alternating signs, and stops while every quotient is still
 * certain (the s > t test bounds the error of the truncated operands);
 * one multiprecision matrix step then removes about 30 bits.  When no
 * quotient is certain (very different lengths) a plain remainder step
 * runs instead.  Once b fits a digit the rest is word arithmetic.  The
 * matrix has determinant +-1, so the gcd is preserved at every step.
 */
static mp_err lehmer_gcd(const mp_int *x, const mp_int *y, mp_int *out)
{
    mp_int a, b, na, nb, tmp;
    mp_err e = mp_init_multi(&a, &b, &na, &nb, &tmp, NULL);
    if (e != MP_OKAY)
        return e;
    if ((e = mp_abs(x, &a)) != MP_OKAY || (e = mp_abs(y, &b)) != MP_OKAY)
        goto done;
    if (mp_cmp_mag(&a, &b) == MP_LT)
        mp_exch(&a, &b);
    while (b.used > 1) {
        int shift = mp_count_bits(&a) - 60;
        int64_t xs = window60(&a, shift), ys = window60(&b, shift);
        int64_t A = 1, B = 0, C = 0, D = 1;
        int k;
        for (k = 0;; k++) {
            if (ys - C == 0)
                break;
            int64_t q = (xs + (A - 1)) / (ys - C);
            int64_t s = B + q * D, t = xs - q * ys;
            if (s > t)
                break;
            xs = ys;
            ys = t;
            t = A + q * C;
            A = D;
            B = C;
            C = s;
            D = t;
        }
        if (k == 0) {
            if ((e = mp_mod(&a, &b, &na)) != MP_OKAY)
                goto done;
            mp_exch(&a, &b);
            mp_exch(&b, &na);
            continue;
        }
        if (k & 1) {
            e = combine(&na, A, &b, B, &a, &tmp);
            if (e == MP_OKAY)
                e = combine(&nb, D, &a, C, &b, &tmp);
        } else {
            e = combine(&na, A, &a, B, &b, &tmp);
            if (e == MP_OKAY)
                e = combine(&nb, D, &b, C, &a, &tmp);
        }
        if (e != MP_OKAY)
            goto done;
        mp_exch(&a, &na);
        mp_exch(&b, &nb);
        /* The matrix keeps both nonnegative; be defensive anyway, since
         * the gcd is unchanged by signs. */
        a.sign = b.sign = MP_ZPOS;
        if (mp_cmp_mag(&a, &b) == MP_LT)
            mp_exch(&a, &b);
    }
    if (!mp_iszero(&b)) {
        mp_digit r;
        if ((e = mp_mod_d(&a, b.dp[0], &r)) != MP_OKAY)
            goto done;
        uint64_t u = b.dp[0], v = r;
        while (v) {
            uint64_t w = u % v;
            u = v;
            v = w;
        }
        mp_set_u64(&a, u);
    }
    mp_exch(&a, out);
done:
    mp_clear_multi(&a, &b, &na, &nb, &tmp, NULL);
    return e;
}

/* acc = lcm(acc, x) = |acc / gcd * x|; both nonzero. */
static mp_err lcm_of(mp_int *acc, const mp_int *x)
{
    mp_int g;
    mp_err e = mp_init(&g);
    if (e != MP_OKAY)
        return e;
    if ((e = lehmer_gcd(acc, x, &g)) == MP_OKAY
        && (e = mp_div(acc, &g, acc, NULL)) == MP_OKAY)
        e = mp_mul(acc, x, acc);
    mp_clear(&g);
    if (e == MP_OKAY)
        e = mp_abs(acc, acc);
    return e;
}

static KrObject *gcd_lcm(KrObject *const *args, Kr_ssize_t nargs, int lcm)
{
    mp_int acc;
    mp_err e = mp_init(&acc);
    if (e != MP_OKAY)
        return kr_int_mp_error(e);
    mp_set(&acc, lcm ? 1 : 0);
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        KrObject *v = kr_number_index(args[i]);
        if (!v) {
            mp_clear(&acc);
            return NULL;
        }
        mp_int x;
        int rc = kr_int_to_mp(v, &x);
        KR_DECREF(v);
        if (rc < 0) {
            mp_clear(&acc);
            return NULL;
        }
        if (lcm && (mp_iszero(&x) || mp_iszero(&acc)))
            mp_zero(&acc);      /* keep indexing the rest for their TypeErrors */
        else
            e = lcm ? lcm_of(&acc, &x) : lehmer_gcd(&acc, &x, &acc);
        mp_clear(&x);
        if (e != MP_OKAY) {
            mp_clear(&acc);
            return kr_int_mp_error(e);
        }
    }
    e = mp_abs(&acc, &acc);
    if (e != MP_OKAY) {
        mp_clear(&acc);
        return kr_int_mp_error(e);
    }
    return kr_int_from_mp(&acc);
}

static KrObject *m_gcd(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    return gcd_lcm(args, nargs, 0);
}

static KrObject *m_lcm(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    return gcd_lcm(args, nargs, 1);
}

static KrObject *m_isqrt(KrObject *self, KrObject *arg)
{
    KrObject *n = kr_number_index(arg);
    if (!n)
        return NULL;
    if (kr_int_sign(n) < 0) {
        KR_DECREF(n);
        kr_err_set_string(&kr_exc_ValueError, "isqrt() argument must be nonnegative");
        return NULL;
    }
    mp_int m;
    int rc = kr_int_to_mp(n, &m);
    KR_DECREF(n);
    if (rc < 0)
        return NULL;
    mp_err e = mp_sqrt(&m, &m);
    if (e != MP_OKAY) {
        mp_clear(&m);
        return kr_int_mp_error(e);
    }
    return kr_int_from_mp(&m);
}

/* ---- sums and norms ---- */

static KrObject *m_fsum(KrObject *self, KrObject *arg)
{
    KrObject *it = kr_object_get_iter(arg);
    if (!it)
        return NULL;
    double small[32], *p = small;
    Kr_ssize_t n = 0, cap = 32;
    double special = 0.0, inf_sum = 0.0;
    KrObject *item;
    for (;;) {
        item = kr_iter_next(it);
        if (!item) {
            if (kr_err_occurred())
                goto error;
            break;
        }
        double x;
        int rc = get_double(item, &x);
        KR_DECREF(item);
        if (rc < 0)
            goto error;
        double xsave = x;
        Kr_ssize_t i = 0;
        for (Kr_ssize_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    kr_err_set_string(&kr_exc_OverflowError, "intermediate overflow in fsum");
                    goto error;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    Kr_ssize_t ncap = cap * 2;
                    double *np = kr_mem_alloc((size_t)ncap * sizeof(double));
                    if (!np) {
                        kr_err_no_memory();
                        goto error;
                    }
                    memcpy(np, p, (size_t)n * sizeof(double));
                    if (p != small)
                        kr_mem_free(p);
                    p = np;
                    cap = ncap;
                }
                p[n++] = x;
            }
        }
    }
    KR_DECREF(it);
    double hi = 0.0;
    if (special != 0.0) {
        if (p != small)
            kr_mem_free(p);
        if (isnan(inf_sum)) {
            kr_err_set_string(&kr_exc_ValueError, "-inf + inf in fsum");
            return NULL;
        }
        return kr_float_from_double(special);
    }
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        /* Add from the top down until the sum becomes inexact. */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                break;
        }
        /* Half-even rounding across partials: if the next partial has the
         * same sign as the rounding error, the true sum is past the tie. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi)
                hi = x;
        }
    }
    if (p != small)
        kr_mem_free(p);
    return kr_float_from_double(hi);
error:
    if (p != small)
        kr_mem_free(p);
    KR_DECREF(it);
    return NULL;
}

/* Sum of squares scaled to [0.5, 1), with the products split exactly by
 * fma and the roundoff collected separately, then one Newton-style
 * correction of the square root. */
static double vector_norm(Kr_ssize_t n, double *v, double max, int found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (Kr_ssize_t i = 0; i < n; i++)
            v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, v, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        double sq_hi = x * x, sq_lo = fma(x, x, -sq_hi);
        double s_hi = csum + sq_hi, s_lo = (csum - s_hi) + sq_hi;
        csum = s_hi;
        frac1 += sq_lo;
        frac2 += s_lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    double p_hi = -h * h, p_lo = fma(-h, h, -p_hi);
    double s_hi = csum + p_hi, s_lo = (csum - s_hi) + p_hi;
    csum = s_hi;
    frac1 += p_lo;
    frac2 += s_lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static KrObject *m_hypot(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    double small[16], *v = nargs <= 16 ? small : kr_mem_alloc((size_t)nargs * sizeof(double));
    if (!v)
        return kr_err_no_memory();
    double max = 0.0;
    int found_nan = 0;
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        double x;
        if (get_double(args[i], &x) < 0) {
            if (v != small)
                kr_mem_free(v);
            return NULL;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    double r = vector_norm(nargs, v, max, found_nan);
    if (v != small)
        kr_mem_free(v);
    return kr_float_from_double(r);
}

static KrObject *m_dist(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("dist", nargs, 2, 2) < 0)
        return NULL;
    KrObject *p = KR_TUPLE_CHECK(args[0]) ? kr_newref(args[0]) : kr_sequence_tuple(args[0]);
    if (!p)
        return NULL;
    KrObject *q = KR_TUPLE_CHECK(args[1]) ? kr_newref(args[1]) : kr_sequence_tuple(args[1]);
    if (!q) {
        KR_DECREF(p);
        return NULL;
    }
    Kr_ssize_t n = KR_SIZE(p);
    KrObject *res = NULL;
    double small[16], *v = small;
    if (KR_SIZE(q) != n) {
        kr_err_set_string(&kr_exc_ValueError,
                          "both points must have the same number of dimensions");
        goto done;
    }
    if (n > 16 && !(v = kr_mem_alloc((size_t)n * sizeof(double)))) {
        kr_err_no_memory();
        goto done;
    }
    double max = 0.0;
    int found_nan = 0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        double a, b;
        if (get_double(KR_TUPLE_GET(p, i), &a) < 0 || get_double(KR_TUPLE_GET(q, i), &b) < 0)
            goto done;
        double x = fabs(a - b);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max)
            max = x;
    }
    res = kr_float_from_double(vector_norm(n, v, max, found_nan));
done:
    if (v != small)
        kr_mem_free(v);
    KR_DECREF(p);
    KR_DECREF(q);
    return res;
}

static KrObject *m_isclose(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    static const char *const names[] = { "a", "b", "$rel_tol", "abs_tol", NULL };
    KrObject *out[4];
    if (kr_parse_args("isclose", args, nargs, kwnames, names, 0, 2, out) < 0)
        return NULL;
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (get_double(out[0], &a) < 0 || get_double(out[1], &b) < 0)
        return NULL;
    if (out[2] && get_double(out[2], &rel) < 0)
        return NULL;
    if (out[3] && get_double(out[3], &abs_tol) < 0)
        return NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        kr_err_set_string(&kr_exc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b)
        KR_RETURN_TRUE;
    if (isinf(a) || isinf(b))
        KR_RETURN_FALSE;
    double diff = fabs(b - a);
    return kr_bool_from(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

static KrObject *m_prod(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    static const char *const names[] = { "", "$start", NULL };
    KrObject *out[2];
    if (kr_parse_args("prod", args, nargs, kwnames, names, 1, 1, out) < 0)
        return NULL;
    KrObject *acc = out[1] ? kr_newref(out[1]) : kr_int_small(1);
    KrObject *it = kr_object_get_iter(out[0]);
    if (!it) {
        KR_DECREF(acc);
        return NULL;
    }
    KrObject *item;
    while ((item = kr_iter_next(it))) {
        KrObject *r = kr_number_binop(acc, item, KR_NB_MULTIPLY);
        KR_DECREF(item);
        KR_DECREF(acc);
        if (!(acc = r)) {
            KR_DECREF(it);
            return NULL;
        }
    }
    KR_DECREF(it);
    if (kr_err_occurred()) {
        KR_DECREF(acc);
        return NULL;
    }
    return acc;
}

static const KrMethodDef math_functions[] = {
    KR_METHOD_O("acos", m_acos),
    KR_METHOD_O("acosh", m_acosh),
    KR_METHOD_O("asin", m_asin),
    KR_METHOD_O("asinh", m_asinh),
    KR_METHOD_O("atan", m_atan),
    KR_METHOD_FAST("atan2", m_atan2),
    KR_METHOD_O("atanh", m_atanh),
    KR_METHOD_O("cbrt", m_cbrt),
    KR_METHOD_O("ceil", m_ceil),
    KR_METHOD_FAST("comb", m_comb),
    KR_METHOD_FAST("copysign", m_copysign),
    KR_METHOD_O("cos", m_cos),
    KR_METHOD_O("cosh", m_cosh),
    KR_METHOD_O("degrees", m_degrees),
    KR_METHOD_FAST("dist", m_dist),
    KR_METHOD_O("erf", m_erf),
    KR_METHOD_O("erfc", m_erfc),
    KR_METHOD_O("exp", m_exp),
    KR_METHOD_O("exp2", m_exp2),
    KR_METHOD_O("expm1", m_expm1),
    KR_METHOD_O("fabs", m_fabs),
    KR_METHOD_O("factorial", m_factorial),
    KR_METHOD_O("floor", m_floor),
    KR_METHOD_FAST("fmod", m_fmod),
    KR_METHOD_O("frexp", m_frexp),
    KR_METHOD_O("fsum", m_fsum),
    KR_METHOD_O("gamma", m_gamma),
    KR_METHOD_FAST("gcd", m_gcd),
    KR_METHOD_FAST("hypot", m_hypot),
    KR_METHOD_FASTKW("isclose", m_isclose),
    KR_METHOD_O("isfinite", m_isfinite),
    KR_METHOD_O("isinf", m_isinf),
    KR_METHOD_O("isnan", m_isnan),
    KR_METHOD_O("isqrt", m_isqrt),
    KR_METHOD_FAST("lcm", m_lcm),
    KR_METHOD_FAST("ldexp", m_ldexp),
    KR_METHOD_O("lgamma", m_lgamma),
    KR_METHOD_FAST("log", m_log),
    KR_METHOD_O("log10", m_log10),
    KR_METHOD_O("log1p", m_log1p),
    KR_METHOD_O("log2", m_log2),
    KR_METHOD_O("modf", m_modf),
    KR_METHOD_FAST("nextafter", m_nextafter),
    KR_METHOD_FAST("perm", m_perm),
    KR_METHOD_FAST("pow", m_pow),
    KR_METHOD_FASTKW("prod", m_prod),
    KR_METHOD_O("radians", m_radians),
    KR_METHOD_FAST("remainder", m_remainder),
    KR_METHOD_O("sin", m_sin),
    KR_METHOD_O("sinh", m_sinh),
    KR_METHOD_O("sqrt", m_sqrt),
    KR_METHOD_O("tan", m_tan),
    KR_METHOD_O("tanh", m_tanh),
    KR_METHOD_O("trunc", m_trunc),
    KR_METHOD_O("ulp", m_ulp),
    KR_METHOD_END
};

static int add_float(KrObject *m, const char *name, double v)
{
    KrObject *f = kr_float_from_double(v);
    if (!f)
        return -1;
    int rc = kr_module_add_object(m, name, f);
    KR_DECREF(f);
    return rc;
}

KrObject *kr_math_init(void)
{
    KrObject *m = kr_module_new("math");
    if (!m)
        return NULL;
    if (kr_module_add_functions(m, math_functions) < 0 ||
        add_float(m, "pi", M_PI) < 0 || add_float(m, "e", M_E) < 0 ||
        add_float(m, "tau", 2 * M_PI) < 0 || add_float(m, "inf", HUGE_VAL) < 0 ||
        add_float(m, "nan", NAN) < 0) {
        KR_DECREF(m);
        return NULL;
    }
    return m;
}
