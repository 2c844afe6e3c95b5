/*
 * cmath.c -- the cmath module: complex elementary functions.
 *
 * The arithmetic is C99 <complex.h> (glibc implements Annex G, which is
 * where CPython's own special-value tables come from too), so branch cuts
 * and signed zeros follow the standard: the cut of sqrt/log lies on the
 * negative real axis and the sign of a zero imaginary part picks the side.
 * Real arguments become complex(x, +0.0), as in CPython.
 *
 * Error policy, mirroring what CPython documents for cmath: a result
 * containing a NaN computed from arguments without one is a domain error
 * (ValueError "math domain error"); an infinite result from finite
 * arguments is a range error (OverflowError "math range error") for the
 * functions that overflow (exp, cosh, sinh, rect) and a domain error (a
 * pole: log(0), atanh(1)) for the others.
 */
#include <complex.h>
#include <math.h>

#include "krait.h"

typedef struct { double re, im; } C;

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

/* complex, __complex__, then anything float() accepts. */
static int get_complex(KrObject *o, C *z)
{
    if (kr_type_is_subtype(KR_TYPE(o), &kr_complex_type)) {
        kr_complex_get(o, &z->re, &z->im);
        return 0;
    }
    int found;
    KrObject *c = kr_call_special(o, KR_ID(__complex__), NULL, 0, &found);
    if (found) {
        if (c == NULL)
            return -1;
        if (!kr_type_is_subtype(KR_TYPE(c), &kr_complex_type)) {
            kr_err_format(&kr_exc_TypeError, "__complex__ returned non-complex (type %s)",
                          kr_type_name(KR_TYPE(c)));
            kr_decref(c);
            return -1;
        }
        kr_complex_get(c, &z->re, &z->im);
        kr_decref(c);
        return 0;
    }
    z->re = kr_float_as_double(o);
    z->im = 0.0;
    return (z->re == -1.0 && kr_err_occurred()) ? -1 : 0;
}

static int get_real(KrObject *o, double *x)
{
    if (KR_FLOAT_CHECK_EXACT(o)) {
        *x = KR_FLOAT_VALUE(o);
        return 0;
    }
    *x = kr_float_as_double(o);
    return (*x == -1.0 && kr_err_occurred()) ? -1 : 0;
}

static int c_finite(C z) { return isfinite(z.re) && isfinite(z.im); }
static int c_hasnan(C z) { return isnan(z.re) || isnan(z.im); }
static int c_hasinf(C z) { return isinf(z.re) || isinf(z.im); }

static C from99(double complex w)
{
    C z = { creal(w), cimag(w) };
    return z;
}

static double complex to99(C z) { return CMPLX(z.re, z.im); }

static KrObject *checked(C in, C r, int can_overflow)
{
    if (c_hasnan(r) && !c_hasnan(in))
        return domain_error();
    if (c_hasinf(r) && c_finite(in))
        return can_overflow ? range_error() : domain_error();
    return kr_complex_from_doubles(r.re, r.im);
}

#define CMATH_1(name, fn, ovf)                                            \
    static KrObject *cm_##name(KrObject *self, KrObject *arg)             \
    {                                                                     \
        C z;                                                              \
        if (get_complex(arg, &z) < 0)                                     \
            return NULL;                                                  \
        return checked(z, from99(fn(to99(z))), ovf);                      \
    }

/* The inverse functions and tan/tanh/log/sqrt below use Kahan's
 * formulations (from "Branch Cuts for Complex Elementary Functions"),
 * which are what CPython computes, so results agree to the last bit; libm's
 * versions differ in the final ulp.  Arguments too large or small for
 * those formulas fall back to libm. */
#define BIG 1e150
#define TINY 1e-150

static int ordinary(double complex z)
{
    double a = fabs(creal(z)), b = fabs(cimag(z));
    return isfinite(a) && isfinite(b) && a < BIG && b < BIG &&
           (a == 0 || a > TINY) && (b == 0 || b > TINY);
}

static double complex k_sqrt(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (!ordinary(z))
        return csqrt(z);
    if (x == 0 && y == 0)
        return CMPLX(0.0, y);
    double ax = fabs(x), ay = fabs(y);
    double s = 2.0 * sqrt(ax / 8.0 + hypot(ax / 8.0, ay / 8.0));
    double d = ay / (2.0 * s);
    if (x >= 0)
        return CMPLX(s, copysign(d, y));
    return CMPLX(d, copysign(s, y));
}

static double complex k_log(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (!ordinary(z) || (x == 0 && y == 0))
        return clog(z);
    double ax = fabs(x), ay = fabs(y), h = hypot(ax, ay), re;
    if (h >= 0.71 && h <= 1.73) {
        double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
        re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
        re = log(h);
    }
    return CMPLX(re, atan2(y, x));
}

static double complex k_log10(double complex z)
{
    double complex l = k_log(z);
    return CMPLX(creal(l) / M_LN10, cimag(l) / M_LN10);
}

static double complex k_asinh(double complex z)
{
    if (!ordinary(z))
        return casinh(z);
    double x = creal(z), y = cimag(z);
    double complex s1 = k_sqrt(CMPLX(1 + y, -x));
    double complex s2 = k_sqrt(CMPLX(1 - y, x));
    return CMPLX(asinh(creal(s1) * cimag(s2) - creal(s2) * cimag(s1)),
                 atan2(y, creal(s1) * creal(s2) - cimag(s1) * cimag(s2)));
}

static double complex k_asin(double complex z)
{
    double complex s = k_asinh(CMPLX(-cimag(z), creal(z)));
    return CMPLX(cimag(s), -creal(s));
}

static double complex k_acos(double complex z)
{
    if (!ordinary(z))
        return cacos(z);
    double x = creal(z), y = cimag(z);
    double complex s1 = k_sqrt(CMPLX(1 - x, -y));
    double complex s2 = k_sqrt(CMPLX(1 + x, y));
    return CMPLX(2 * atan2(creal(s1), creal(s2)),
                 asinh(creal(s2) * cimag(s1) - cimag(s2) * creal(s1)));
}

static double complex k_acosh(double complex z)
{
    if (!ordinary(z))
        return cacosh(z);
    double x = creal(z), y = cimag(z);
    double complex s1 = k_sqrt(CMPLX(x - 1, y));
    double complex s2 = k_sqrt(CMPLX(x + 1, y));
    return CMPLX(asinh(creal(s1) * creal(s2) + cimag(s1) * cimag(s2)),
                 2 * atan2(cimag(s1), creal(s2)));
}

static double complex k_atanh(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (!ordinary(z) || (fabs(x) == 1 && y == 0))
        return catanh(z);
    if (signbit(x)) {
        double complex r = k_atanh(CMPLX(-x, -y));
        return CMPLX(-creal(r), -cimag(r));
    }
    double ay = fabs(y);
    return CMPLX(log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4,
                 -atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2);
}

static double complex k_atan(double complex z)
{
    double complex s = k_atanh(CMPLX(-cimag(z), creal(z)));
    return CMPLX(cimag(s), -creal(s));
}

static double complex k_tanh(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (!isfinite(x) || !isfinite(y) || fabs(x) > 700)
        return ctanh(z);
    double tx = tanh(x), ty = tan(y), cx = 1 / cosh(x);
    double txty = tx * ty, denom = 1 + txty * txty;
    return CMPLX(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

static double complex k_tan(double complex z)
{
    double complex s = k_tanh(CMPLX(-cimag(z), creal(z)));
    return CMPLX(cimag(s), -creal(s));
}

CMATH_1(exp, cexp, 1)
CMATH_1(sqrt, k_sqrt, 0)
CMATH_1(log10, k_log10, 0)
CMATH_1(sin, csin, 0)
CMATH_1(cos, ccos, 0)
CMATH_1(tan, k_tan, 0)
CMATH_1(asin, k_asin, 0)
CMATH_1(acos, k_acos, 0)
CMATH_1(atan, k_atan, 0)
CMATH_1(sinh, csinh, 1)
CMATH_1(cosh, ccosh, 1)
CMATH_1(tanh, k_tanh, 0)
CMATH_1(asinh, k_asinh, 0)
CMATH_1(acosh, k_acosh, 0)
CMATH_1(atanh, k_atanh, 0)

/* Smith's division, the algorithm complex '/' uses, so log(x, b) agrees
 * with log(x) / log(b). */
static int c_div(C a, C b, C *r)
{
    double abr = fabs(b.re), abi = fabs(b.im);
    if (abr >= abi) {
        if (abr == 0.0)
            return -1;
        double ratio = b.im / b.re, den = b.re + b.im * ratio;
        r->re = (a.re + a.im * ratio) / den;
        r->im = (a.im - a.re * ratio) / den;
    } else if (abi >= abr) {
        double ratio = b.re / b.im, den = b.re * ratio + b.im;
        r->re = (a.re * ratio + a.im) / den;
        r->im = (a.im * ratio - a.re) / den;
    } else {
        r->re = r->im = NAN;
    }
    return 0;
}

static KrObject *cm_log(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    static const char *const names[] = { "", "", NULL };
    KrObject *out[2];
    if (kr_parse_args("log", args, nargs, kwnames, names, 1, 1, out) < 0)
        return NULL;
    C z;
    if (get_complex(out[0], &z) < 0)
        return NULL;
    C r = from99(k_log(to99(z)));
    if ((c_hasnan(r) && !c_hasnan(z)) || (c_hasinf(r) && c_finite(z)))
        return domain_error();
    if (out[1]) {
        C b;
        if (get_complex(out[1], &b) < 0)
            return NULL;
        C lb = from99(k_log(to99(b)));
        if ((c_hasnan(lb) && !c_hasnan(b)) || (c_hasinf(lb) && c_finite(b)))
            return domain_error();
        C q;
        if (c_div(r, lb, &q) < 0) {
            return domain_error();
        }
        r = q;
    }
    return kr_complex_from_doubles(r.re, r.im);
}

static KrObject *cm_phase(KrObject *self, KrObject *arg)
{
    C z;
    if (get_complex(arg, &z) < 0)
        return NULL;
    return kr_float_from_double(atan2(z.im, z.re));
}

static KrObject *cm_polar(KrObject *self, KrObject *arg)
{
    C z;
    if (get_complex(arg, &z) < 0)
        return NULL;
    double r = hypot(z.re, z.im);
    if (isinf(r) && c_finite(z))
        return range_error();
    KrObject *a = kr_float_from_double(r);
    KrObject *b = a ? kr_float_from_double(atan2(z.im, z.re)) : NULL;
    if (!b) {
        kr_xdecref(a);
        return NULL;
    }
    KrObject *items[2] = { a, b };
    KrObject *t = kr_tuple_from_array(items, 2);
    kr_decref(a);
    kr_decref(b);
    return t;
}

static KrObject *cm_rect(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (nargs != 2)
        return kr_err_format(&kr_exc_TypeError, "rect expected 2 arguments, got %d",
                             (int)nargs);
    double r, phi;
    if (get_real(args[0], &r) < 0 || get_real(args[1], &phi) < 0)
        return NULL;
    C in = { r, phi }, z;
    if (isfinite(r) && isinf(phi))
        return domain_error();
    if (isinf(r) && isfinite(phi) && phi != 0.0) {
        /* infinite modulus: only the direction matters */
        double c = cos(phi), s = sin(phi);
        z.re = r > 0 ? copysign(INFINITY, c) : -copysign(INFINITY, c);
        z.im = r > 0 ? copysign(INFINITY, s) : -copysign(INFINITY, s);
        return kr_complex_from_doubles(z.re, z.im);
    }
    if (phi == 0.0) {
        z.re = r;
        z.im = isnan(r) ? 0.0 * phi : r * phi;
    } else {
        z.re = r * cos(phi);
        z.im = r * sin(phi);
    }
    return checked(in, z, 1);
}

static KrObject *cm_isfinite(KrObject *self, KrObject *arg)
{
    C z;
    if (get_complex(arg, &z) < 0)
        return NULL;
    return kr_bool_from(c_finite(z));
}

static KrObject *cm_isinf(KrObject *self, KrObject *arg)
{
    C z;
    if (get_complex(arg, &z) < 0)
        return NULL;
    return kr_bool_from(c_hasinf(z));
}

static KrObject *cm_isnan(KrObject *self, KrObject *arg)
{
    C z;
    if (get_complex(arg, &z) < 0)
        return NULL;
    return kr_bool_from(c_hasnan(z));
}

static KrObject *cm_isclose(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                            KrObject *kwnames)
{
    static const char *const names[] = { "a", "b", "$rel_tol", "abs_tol", NULL };
    KrObject *out[4];
    if (kr_parse_args("isclose", args, nargs, kwnames, names, 0, 2, out) < 0)
        return NULL;
    C a, b;
    double rel = 1e-09, abs_tol = 0.0;
    if (get_complex(out[0], &a) < 0 || get_complex(out[1], &b) < 0)
        return NULL;
    if (out[2] && get_real(out[2], &rel) < 0)
        return NULL;
    if (out[3] && get_real(out[3], &abs_tol) < 0)
        return NULL;
    if (rel < 0.0 || abs_tol < 0.0) {
        kr_err_set_string(&kr_exc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a.re == b.re && a.im == b.im)
        KR_RETURN_TRUE;
    if (c_hasinf(a) || c_hasinf(b))
        KR_RETURN_FALSE;
    double diff = hypot(a.re - b.re, a.im - b.im);
    return kr_bool_from(diff <= rel * hypot(b.re, b.im) || diff <= rel * hypot(a.re, a.im) ||
                        diff <= abs_tol);
}

static const KrMethodDef cmath_functions[] = {
    KR_METHOD_O("acos", cm_acos),
    KR_METHOD_O("acosh", cm_acosh),
    KR_METHOD_O("asin", cm_asin),
    KR_METHOD_O("asinh", cm_asinh),
    KR_METHOD_O("atan", cm_atan),
    KR_METHOD_O("atanh", cm_atanh),
    KR_METHOD_O("cos", cm_cos),
    KR_METHOD_O("cosh", cm_cosh),
    KR_METHOD_O("exp", cm_exp),
    KR_METHOD_FASTKW("isclose", cm_isclose),
    KR_METHOD_O("isfinite", cm_isfinite),
    KR_METHOD_O("isinf", cm_isinf),
    KR_METHOD_O("isnan", cm_isnan),
    KR_METHOD_FASTKW("log", cm_log),
    KR_METHOD_O("log10", cm_log10),
    KR_METHOD_O("phase", cm_phase),
    KR_METHOD_O("polar", cm_polar),
    KR_METHOD_FAST("rect", cm_rect),
    KR_METHOD_O("sin", cm_sin),
    KR_METHOD_O("sinh", cm_sinh),
    KR_METHOD_O("sqrt", cm_sqrt),
    KR_METHOD_O("tan", cm_tan),
    KR_METHOD_O("tanh", cm_tanh),
    KR_METHOD_END
};

static int add_obj(KrObject *m, const char *name, KrObject *v)
{
    if (v == NULL)
        return -1;
    int r = kr_module_add_object(m, name, v);
    kr_decref(v);
    return r;
}

KrObject *kr_cmath_init(void)
{
    KrObject *m = kr_module_new("cmath");
    if (!m)
        return NULL;
    if (kr_module_add_functions(m, cmath_functions) < 0 ||
        add_obj(m, "pi", kr_float_from_double(M_PI)) < 0 ||
        add_obj(m, "e", kr_float_from_double(M_E)) < 0 ||
        add_obj(m, "tau", kr_float_from_double(2 * M_PI)) < 0 ||
        add_obj(m, "inf", kr_float_from_double(INFINITY)) < 0 ||
        add_obj(m, "infj", kr_complex_from_doubles(0.0, INFINITY)) < 0 ||
        add_obj(m, "nan", kr_float_from_double(NAN)) < 0 ||
        add_obj(m, "nanj", kr_complex_from_doubles(0.0, NAN)) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
