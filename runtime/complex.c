/*
 * complex.c -- the complex type: a pair of doubles with CPython's
 * arithmetic (including its overflow and division-by-zero rules), repr,
 * hashing (hash(x + 0j) == hash(x)) and constructor.
 */
#include "krait.h"
#include "formatspec.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct KrComplex {
    KrObject ob;
    double re, im;
} KrComplex;

#define CVAL(o) (((KrComplex *)(o)))

KrObject *kr_complex_from_doubles(double re, double im)
{
    KrComplex *c = (KrComplex *)kr_object_alloc(&kr_complex_type, 0);
    if (c == NULL)
        return NULL;
    c->re = re;
    c->im = im;
    return (KrObject *)c;
}

void kr_complex_get(KrObject *c, double *re, double *im)
{
    *re = CVAL(c)->re;
    *im = CVAL(c)->im;
}

static KrObject *complex_subtype_new(KrType *t, double re, double im)
{
    KrComplex *c = (KrComplex *)kr_object_alloc(t, 0);
    if (c == NULL)
        return NULL;
    c->re = re;
    c->im = im;
    if (KR_IS_GC(c))
        kr_gc_track((KrObject *)c);     /* a subclass instance: its __dict__ can close a cycle */
    return (KrObject *)c;
}

/* Converts an operand to (re, im); 0 if it is not a number we accept. */
static int to_complex(KrObject *o, double *re, double *im)
{
    if (kr_type_is_subtype(KR_TYPE(o), &kr_complex_type)) {
        *re = CVAL(o)->re;
        *im = CVAL(o)->im;
        return 1;
    }
    if (KR_INT_CHECK(o)) {
        *re = kr_int_as_double(o);
        *im = 0.0;
        return (*re == -1.0 && kr_err_occurred()) ? -1 : 1;
    }
    if (KR_FLOAT_CHECK(o)) {
        *re = KR_FLOAT_VALUE(o);
        *im = 0.0;
        return 1;
    }
    return 0;
}

#define BINARY_PROLOGUE                                                   \
    double ar, ai, br, bi;                                                \
    int ra = to_complex(a, &ar, &ai), rb = to_complex(b, &br, &bi);       \
    if (ra < 0 || rb < 0)                                                 \
        return NULL;                                                      \
    if (!ra || !rb)                                                       \
        KR_RETURN_NOTIMPLEMENTED;

static KrObject *complex_add(KrObject *a, KrObject *b)
{
    BINARY_PROLOGUE
    return kr_complex_from_doubles(ar + br, ai + bi);
}

static KrObject *complex_sub(KrObject *a, KrObject *b)
{
    BINARY_PROLOGUE
    return kr_complex_from_doubles(ar - br, ai - bi);
}

static KrObject *complex_mul(KrObject *a, KrObject *b)
{
    BINARY_PROLOGUE
    return kr_complex_from_doubles(ar * br - ai * bi, ar * bi + ai * br);
}

/* Smith's algorithm, as CPython's _Py_c_quot. */
static int c_quot(double ar, double ai, double br, double bi, double *rr, double *ri)
{
    double abs_br = fabs(br), abs_bi = fabs(bi);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0)
            return -1;
        double ratio = bi / br, denom = br + bi * ratio;
        *rr = (ar + ai * ratio) / denom;
        *ri = (ai - ar * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = br / bi, denom = br * ratio + bi;
        *rr = (ar * ratio + ai) / denom;
        *ri = (ai * ratio - ar) / denom;
    } else {
        *rr = *ri = NAN;
    }
    return 0;
}

static KrObject *complex_div(KrObject *a, KrObject *b)
{
    BINARY_PROLOGUE
    double rr, ri;
    if (c_quot(ar, ai, br, bi, &rr, &ri) < 0)
        return kr_err_format(&kr_exc_ZeroDivisionError, "complex division by zero");
    return kr_complex_from_doubles(rr, ri);
}

/* Python 3.10 removed complex //, % and divmod(): no slots, so the
 * generic "unsupported operand type(s)" error applies. */

static void c_powi(double ar, double ai, long n, double *rr, double *ri)
{
    /* repeated squaring, as CPython for small integer exponents */
    double xr = 1.0, xi = 0.0, pr = ar, pi = ai;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) {
            double t = xr * pr - xi * pi;
            xi = xr * pi + xi * pr;
            xr = t;
        }
        mask <<= 1;
        double t = pr * pr - pi * pi;
        pi = 2 * pr * pi;
        pr = t;
    }
    *rr = xr;
    *ri = xi;
}

static KrObject *complex_pow(KrObject *a, KrObject *b, KrObject *mod)
{
    BINARY_PROLOGUE
    if (mod != kr_None)
        return kr_err_format(&kr_exc_ValueError, "complex modulo");
    double rr, ri;
    errno = 0;
    if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        long n = (long)br;
        if (n >= 0) {
            c_powi(ar, ai, n, &rr, &ri);
        } else {
            double pr, pi;
            c_powi(ar, ai, -n, &pr, &pi);
            if (c_quot(1.0, 0.0, pr, pi, &rr, &ri) < 0)
                return kr_err_format(&kr_exc_ZeroDivisionError,
                                     "0.0 to a negative or complex power");
        }
    } else if (br == 0.0 && bi == 0.0) {
        rr = 1.0;
        ri = 0.0;
    } else if (ar == 0.0 && ai == 0.0) {
        if (bi != 0.0 || br < 0.0)
            return kr_err_format(&kr_exc_ZeroDivisionError, "0.0 to a negative or complex power");
        rr = ri = 0.0;
    } else {
        double vabs = hypot(ar, ai);
        double len = pow(vabs, br);
        double at = atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        rr = len * cos(phase);
        ri = len * sin(phase);
    }
    if (isinf(rr) || isinf(ri))
        return kr_err_format(&kr_exc_OverflowError, "complex exponentiation");
    return kr_complex_from_doubles(rr, ri);
}

static KrObject *complex_neg(KrObject *a) { return kr_complex_from_doubles(-CVAL(a)->re, -CVAL(a)->im); }
static KrObject *complex_pos(KrObject *a) { return kr_complex_from_doubles(CVAL(a)->re, CVAL(a)->im); }

static KrObject *complex_abs(KrObject *a)
{
    double re = CVAL(a)->re, im = CVAL(a)->im;
    if (isinf(re) || isinf(im))
        return kr_float_from_double(INFINITY);
    if (isnan(re) || isnan(im))
        return kr_float_from_double(NAN);
    double r = hypot(re, im);
    if (isinf(r))
        return kr_err_format(&kr_exc_OverflowError, "absolute value too large");
    return kr_float_from_double(r);
}

static int complex_bool(KrObject *a) { return CVAL(a)->re != 0.0 || CVAL(a)->im != 0.0; }

static KrObject *complex_richcompare(KrObject *a, KrObject *b, int op)
{
    if (op != KR_EQ && op != KR_NE)
        KR_RETURN_NOTIMPLEMENTED;
    int eq;
    if (KR_INT_CHECK(b)) {
        if (CVAL(a)->im != 0.0) {
            eq = 0;
        } else {
            /* exact comparison of the real part with the int */
            KrObject *f = kr_float_from_double(CVAL(a)->re);
            if (f == NULL)
                return NULL;
            KrObject *r = kr_object_richcompare(f, b, op);
            kr_decref(f);
            return r;
        }
    } else if (KR_FLOAT_CHECK(b)) {
        eq = CVAL(a)->im == 0.0 && CVAL(a)->re == KR_FLOAT_VALUE(b);
    } else if (kr_type_is_subtype(KR_TYPE(b), &kr_complex_type)) {
        eq = CVAL(a)->re == CVAL(b)->re && CVAL(a)->im == CVAL(b)->im;
    } else {
        KR_RETURN_NOTIMPLEMENTED;
    }
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static Kr_hash_t complex_hash(KrObject *a)
{
    Kr_uhash_t hr = (Kr_uhash_t)kr_hash_double(CVAL(a)->re);
    Kr_uhash_t hi = (Kr_uhash_t)kr_hash_double(CVAL(a)->im);
    if (CVAL(a)->im != CVAL(a)->im) {
        /* nan imaginary parts hash by identity, as floats do */
        hi = (Kr_uhash_t)((uintptr_t)a >> 4);
    }
    Kr_uhash_t h = hr + 1000003u * hi;
    if ((Kr_hash_t)h == -1)
        h = (Kr_uhash_t)-2;
    return (Kr_hash_t)h;
}

/* repr: components with repr's shortest digits, the real part omitted
 * when it is +0.0, parentheses when it is shown. */
static void format_part(char *buf, size_t n, double v)
{
    if (isnan(v))
        snprintf(buf, n, "nan");
    else if (isinf(v))
        snprintf(buf, n, v > 0 ? "inf" : "-inf");
    else {
        kr_float_repr_buf(v, buf, n);
        size_t len = strlen(buf);
        /* complex repr drops the ".0" of integral values */
        if (len > 2 && buf[len - 2] == '.' && buf[len - 1] == '0')
            buf[len - 2] = 0;
    }
}

static KrObject *complex_repr(KrObject *a)
{
    double re = CVAL(a)->re, im = CVAL(a)->im;
    char rb[64], ib[64];
    format_part(ib, sizeof ib, im);
    if (re == 0.0 && copysign(1.0, re) == 1.0)
        return kr_str_from_format("%sj", ib);
    format_part(rb, sizeof rb, re);
    const char *sign = (im >= 0 || isnan(im)) && ib[0] != '-' ? "+" : "";
    return kr_str_from_format("(%s%s%sj)", rb, sign, ib);
}

static KrObject *complex_conjugate(KrObject *self)
{
    return kr_complex_from_doubles(CVAL(self)->re, -CVAL(self)->im);
}

static KrObject *complex_getnewargs(KrObject *self)
{
    KrObject *r = kr_float_from_double(CVAL(self)->re), *i = kr_float_from_double(CVAL(self)->im);
    KrObject *t = (r && i) ? kr_tuple_pack(2, r, i) : NULL;
    kr_xdecref(r);
    kr_xdecref(i);
    return t;
}

/* One component for __format__: `type` 0 means repr digits (format_part)
 * with an explicit sign ('+', ' ' or 0); otherwise float formatting with
 * spec's precision, flags and grouping but no padding.  Appends to buf. */
static int format_component(char *buf, size_t n, double v, const KrFormatSpec *fs,
                            uint32_t type, char sign)
{
    size_t used = strlen(buf);
    if (type == 0) {
        char tmp[64];
        format_part(tmp, sizeof tmp, v);
        const char *pre = (tmp[0] == '-' || sign == 0 || sign == '-') ? "" : (sign == '+' ? "+" : " ");
        snprintf(buf + used, n - used, "%s%s", pre, tmp);
        return 0;
    }
    KrFormatSpec sub = *fs;
    sub.width = -1;
    sub.align = 0;
    sub.fill = ' ';
    sub.fill_given = false;
    sub.type = type;
    sub.sign = sign;
    KrObject *r = kr_format_double(v, &sub);
    if (r == NULL)
        return -1;
    const char *t = kr_str_utf8(r, NULL);
    if (t == NULL) {
        kr_decref(r);
        return -1;
    }
    snprintf(buf + used, n - used, "%s", t);
    kr_decref(r);
    return 0;
}

/* complex.__format__: like CPython, no type means str()-like output (the
 * real part dropped when it is +0.0, parentheses otherwise); the other
 * float types format both parts and the whole is padded as one field. */
static KrObject *complex_format(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(&kr_exc_TypeError, "format() argument 2 must be str, not %s",
                             kr_type_name(KR_TYPE(spec)));
    if (KR_STR_LEN(spec) == 0)
        return kr_object_str(self);
    Kr_ssize_t len;
    const char *s = kr_str_utf8(spec, &len);
    if (s == NULL)
        return NULL;
    KrFormatSpec fs;
    if (kr_format_parse(s, len, '>', "complex", &fs) < 0)
        return NULL;
    uint32_t type = fs.type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return kr_format_unknown_code(type, "complex");
    }
    if (fs.fill == '0')
        return kr_err_format(&kr_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (fs.align == '=')
        return kr_err_format(&kr_exc_ValueError,
                             "'=' alignment flag is not allowed in complex format specifier");
    double re = CVAL(self)->re, im = CVAL(self)->im;
    int skip_re = 0, parens = 0;
    if (type == 0) {
        if (re == 0.0 && copysign(1.0, re) == 1.0)
            skip_re = 1;
        else
            parens = 1;
        if (fs.precision >= 0)
            type = 'g';
    }
    if (type == 'n')
        type = 'g';
    char buf[1024] = "";
    if (parens)
        strcat(buf, "(");
    if (!skip_re && format_component(buf, sizeof buf, re, &fs, type, fs.sign) < 0)
        return NULL;
    if (format_component(buf, sizeof buf, im, &fs, type, skip_re ? fs.sign : '+') < 0)
        return NULL;
    strcat(buf, parens ? "j)" : "j");
    size_t blen = strlen(buf);
    return kr_format_pad(buf, (Kr_ssize_t)blen, (Kr_ssize_t)blen, &fs, '>');
}

static KrObject *complex_real(KrObject *o, void *c) { return kr_float_from_double(CVAL(o)->re); }
static KrObject *complex_imag(KrObject *o, void *c) { return kr_float_from_double(CVAL(o)->im); }

/* complex("1+2j") */
static int parse_complex(const char *s, double *re, double *im)
{
    while (*s == ' ' || *s == '\t' || *s == '\n')
        s++;
    int paren = 0;
    if (*s == '(') {
        paren = 1;
        s++;
        while (*s == ' ')
            s++;
    }
    char *end;
    double x = strtod(s, &end);
    *re = 0.0;
    *im = 0.0;
    if (end == s) {
        /* bare "j", "+j", "-j" */
        double sign = 1.0;
        if (*s == '+' || *s == '-') {
            sign = *s == '-' ? -1.0 : 1.0;
            s++;
        }
        if (*s != 'j' && *s != 'J')
            return -1;
        *im = sign;
        end = (char *)s + 1;
    } else if (*end == 'j' || *end == 'J') {
        *im = x;
        end++;
    } else if (*end == '+' || *end == '-') {
        *re = x;
        const char *s2 = end;
        double y = strtod(s2, &end);
        if (end == s2 || (end == s2 + 1 && (*s2 == '+' || *s2 == '-'))) {
            y = *s2 == '-' ? -1.0 : 1.0;
            end = (char *)s2 + 1;
        }
        if (*end != 'j' && *end != 'J')
            return -1;
        *im = y;
        end++;
    } else {
        *re = x;
    }
    while (*end == ' ' || *end == '\t' || *end == '\n')
        end++;
    if (paren) {
        if (*end != ')')
            return -1;
        end++;
        while (*end == ' ')
            end++;
    }
    return *end == 0 ? 0 : -1;
}

static KrObject *complex_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "real", "imag", NULL };
    KrObject *a[2] = { NULL, NULL };
    if (kr_parse_args("complex", args, nargs, kw, names, 0, 0, a) < 0)
        return NULL;
    if (a[0] == NULL)
        return complex_subtype_new(t, 0.0, 0.0);
    if (KR_STR_CHECK(a[0])) {
        if (a[1] != NULL)
            return kr_err_format(&kr_exc_TypeError,
                                 "complex() can't take second arg if first is a string");
        const char *s = kr_str_utf8(a[0], NULL);
        if (s == NULL)
            return NULL;
        char *clean = malloc(strlen(s) + 1);
        if (clean == NULL)
            return kr_err_no_memory();
        char *d = clean;
        for (const char *p = s; *p; p++)
            if (*p != '_')
                *d++ = *p;
        *d = 0;
        double re, im;
        int r = parse_complex(clean, &re, &im);
        free(clean);
        if (r < 0)
            return kr_err_format(&kr_exc_ValueError, "complex() arg is a malformed string");
        return complex_subtype_new(t, re, im);
    }
    if (a[1] != NULL && KR_STR_CHECK(a[1]))
        return kr_err_format(&kr_exc_TypeError, "complex() second arg can't be a string");
    double r1 = 0, i1 = 0, r2 = 0, i2 = 0;
    /* only complex parts take part in the cross terms, so that
     * complex(1.5, -0.0) keeps the negative zero like CPython */
    int c1 = kr_type_is_subtype(KR_TYPE(a[0]), &kr_complex_type);
    int c2 = a[1] != NULL && kr_type_is_subtype(KR_TYPE(a[1]), &kr_complex_type);
    int ok = to_complex(a[0], &r1, &i1);
    if (ok < 0)
        return NULL;
    if (!ok) {
        int found;
        KrObject *c = kr_call_special(a[0], KR_ID(__complex__), NULL, 0, &found);
        if (found) {
            if (c == NULL)
                return NULL;
            ok = to_complex(c, &r1, &i1);
            c1 = 1;
            kr_decref(c);
        } else {
            r1 = kr_float_as_double(a[0]);
            if (r1 == -1.0 && kr_err_occurred()) {
                kr_err_clear();
                return kr_err_format(&kr_exc_TypeError,
                                     "complex() first argument must be a string or a number, not '%s'",
                                     kr_type_name(KR_TYPE(a[0])));
            }
            ok = 1;
        }
    }
    if (a[1] != NULL) {
        ok = to_complex(a[1], &r2, &i2);
        if (ok < 0)
            return NULL;
        if (!ok) {
            r2 = kr_float_as_double(a[1]);
            if (r2 == -1.0 && kr_err_occurred()) {
                kr_err_clear();
                return kr_err_format(&kr_exc_TypeError,
                                     "complex() second argument must be a number, not '%s'",
                                     kr_type_name(KR_TYPE(a[1])));
            }
        }
    }
    if (a[1] == NULL && t == &kr_complex_type && KR_TYPE(a[0]) == &kr_complex_type)
        return kr_newref(a[0]);
    return complex_subtype_new(t, c2 ? r1 - i2 : r1, c1 && a[1] != NULL ? i1 + r2 : (a[1] != NULL ? r2 : i1));
}

static const KrMethodDef complex_methods[] = {
    KR_METHOD_NOARGS("conjugate", complex_conjugate),
    KR_METHOD_NOARGS("__getnewargs__", complex_getnewargs),
    KR_METHOD_O("__format__", complex_format),
    KR_METHOD_END
};

static const KrGetSetDef complex_getset[] = {
    { "real", complex_real, NULL, NULL, NULL },
    { "imag", complex_imag, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

static KrNumberMethods complex_as_number = {
    .add = complex_add,
    .subtract = complex_sub,
    .multiply = complex_mul,
    .true_divide = complex_div,
    .power = complex_pow,
    .negative = complex_neg,
    .positive = complex_pos,
    .absolute = complex_abs,
    .bool_ = complex_bool,
};

KrType kr_complex_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "complex",
    .basicsize = sizeof(KrComplex),
    .flags = KR_TPFLAGS_BASETYPE,
    .dealloc = kr_object_free,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .getattro = kr_object_generic_getattr,
    .as_number = &complex_as_number,
    .new_ = complex_new,
    .methods = complex_methods,
    .getset = complex_getset,
    .doc = "Create a complex number from a real part and an optional imaginary part.",
};
