/*
 * float.c -- the float type: an IEEE-754 double with Python's semantics.
 *
 * Text output.  Every float-to-text conversion (repr, str, format specs,
 * %-formatting through kr_format_double) goes through one layout routine,
 * layout_digits, fed with a digit string and a decimal-point position:
 *
 *   - repr ('r' mode) uses the SHORTEST digit string that reads back as the
 *     same double.  We find it with glibc's correctly rounded printf and
 *     strtod: the 15-significant-digit rounding, if it round-trips, holds
 *     the shortest answer once its trailing zeros are stripped (any decimal
 *     of <= 15 digits survives decimal->double->15 digits unchanged);
 *     otherwise the 16-digit rounding or, at the edges of a binade where
 *     the rounding interval is lopsided, its upward neighbour; otherwise 17
 *     digits, which always round-trip.  The candidates are rounded from one
 *     20-digit printf (asking printf again only when those 20 digits end
 *     in an undecidable tie).  Subnormals, with less precision, are
 *     searched from 1 digit upward.
 *   - 'e'/'g' use the correctly rounded N-significant-digit string, 'f' the
 *     correctly rounded string with N digits after the point.
 *
 * The layout then places the digits as CPython's repr does: exponent form
 * when the decimal exponent is < -4 or >= 16 (repr) or past the precision
 * ('g'), zero padding on either side, '.0' added where repr needs it.
 *
 * Arithmetic follows CPython: % and // take the divisor's sign and are
 * computed from fmod so that divmod is consistent; ** raises for 0.0 to a
 * negative power and for overflow (OverflowError (34, 'Numerical result
 * out of range')).  A negative base to a fractional power is handed to
 * complex's power, as CPython does.
 *
 * Comparisons with ints are exact (kr_int_compare_double), and hashes are
 * CPython's numeric hash, so 1 == 1.0 and hash(1) == hash(1.0).  NaN hashes
 * by identity (3.10+).
 */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "krait.h"
#include "formatspec.h"
#include "int.h"

#define FVAL(o) (((KrFloat *)(o))->value)

/* ====================================================================== */
/* Construction                                                           */
/* ====================================================================== */

/* Freed exact floats are kept for reuse (a raw-memory cache, as for
 * ints): float arithmetic allocates a result per operation. */
#define FREE_MAX 256
static KrFloat *free_floats[FREE_MAX];
static int nfree;

KrObject *kr_float_from_double(double v)
{
    KrFloat *f;
    if (nfree > 0) {
        f = free_floats[--nfree];
        f->ob.refcnt = 1;
        KR_REFTOTAL_INC();
    } else if (!(f = (KrFloat *)kr_object_alloc(&kr_float_type, 0))) {
        return NULL;
    }
    f->value = v;
    return &f->ob;
}

/* Frees the cached floats (runtime teardown, so they are not counted). */
void kr_float_clear_freelist(void)
{
    while (nfree > 0)
        kr_object_free((KrObject *)free_floats[--nfree]);
}

static void float_dealloc(KrObject *o)
{
    if (KR_FLOAT_CHECK_EXACT(o) && nfree < FREE_MAX) {
        free_floats[nfree++] = (KrFloat *)o;
        return;
    }
    kr_object_free(o);
}

/* The value of o.__float__() (through the slot); -1.0 + error. */
static double call_float_slot(KrObject *o)
{
    KrObject *r = KR_TYPE(o)->as_number->float_(o);
    if (!r)
        return -1.0;
    if (!KR_FLOAT_CHECK(r)) {
        kr_err_format(&kr_exc_TypeError, "%s.__float__ returned non-float (type %T)",
                      kr_type_name(KR_TYPE(o)), r);
        KR_DECREF(r);
        return -1.0;
    }
    double v = FVAL(r);
    KR_DECREF(r);
    return v;
}

double kr_float_as_double(KrObject *o)
{
    /* Floats (subclasses too) give their value directly; other types,
     * int subclasses included, go through __float__ then __index__. */
    if (KR_FLOAT_CHECK_EXACT(o))
        return FVAL(o);
    if (KR_INT_CHECK_EXACT(o) || KR_BOOL_CHECK(o))
        return kr_int_as_double(o);
    if (KR_FLOAT_CHECK(o))
        return FVAL(o);
    KrNumberMethods *nm = KR_TYPE(o)->as_number;
    if (nm && nm->float_)
        return call_float_slot(o);
    if (nm && nm->index) {
        KrObject *i = kr_number_index(o);
        if (!i)
            return -1.0;
        double v = kr_int_as_double(i);
        KR_DECREF(i);
        return v;
    }
    kr_err_format(&kr_exc_TypeError, "must be real number, not %T", o);
    return -1.0;
}

/* ====================================================================== */
/* Digits                                                                 */
/* ====================================================================== */

/* Digits of x > 0 (finite) with n significant digits, correctly rounded:
 * digits (no trailing zeros, at least one digit) and decpt, the position
 * of the decimal point relative to the first digit (x ~ 0.DIGITS * 10**decpt). */
static int sig_digits(double x, int n, char *digits, int *decpt)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", n - 1, x);
    int k = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[k++] = *p;
    *decpt = atoi(p + 1) + 1;
    while (k > 1 && digits[k - 1] == '0')
        k--;
    digits[k] = 0;
    return k;
}

static int roundtrips(const char *digits, int decpt, double x)
{
    char buf[80];   /* digits are at most 20 */
    snprintf(buf, sizeof buf, "0.%se%d", digits, decpt);
    return strtod(buf, NULL) == x;
}

/* Rounds the 20-digit string d (decimal point after decpt digits) to n
 * digits, half-even, into out; 0 if the 20 digits cannot decide (the tail
 * reads exactly 5000..., and d was itself rounded). */
static int round_digits(const char *d, int decpt, int n, char *out, int *out_decpt)
{
    int cmp = 0;            /* tail vs one half */
    if (d[n] != '5')
        cmp = d[n] > '5' ? 1 : -1;
    else
        for (int i = n + 1; i < 20 && !cmp; i++)
            if (d[i] != '0')
                cmp = 1;
    if (cmp == 0)
        return 0;
    memcpy(out, d, (size_t)n);
    out[n] = 0;
    *out_decpt = decpt;
    if (cmp > 0) {
        int i = n - 1;
        while (i >= 0 && out[i] == '9')
            out[i--] = '0';
        if (i >= 0) {
            out[i]++;
        } else {
            memmove(out + 1, out, (size_t)n - 1);
            out[0] = '1';
            (*out_decpt)++;
        }
    }
    return 1;
}

/* Adds one unit in the last of n digits. */
static void bump(char *digits, int n, int *decpt)
{
    int i = n - 1;
    while (i >= 0 && digits[i] == '9')
        digits[i--] = '0';
    if (i >= 0) {
        digits[i]++;
    } else {
        memmove(digits + 1, digits, (size_t)n - 1);
        digits[0] = '1';
        (*decpt)++;
    }
}

static int strip_zeros(char *digits, int n)
{
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    return n;
}

/* The shortest round-tripping digits of x > 0 (finite), closest to x.
 * One printf gives 20 digits; the 15-, 16- and 17-digit candidates are
 * rounded from them (exactly, except on a tie in the 20 digits, where we
 * ask printf again). */
static int shortest_digits(double x, char *digits, int *decpt)
{
    if (x < DBL_MIN) {
        /* Subnormals have fewer than 15 significant digits of precision,
         * so search upward; their rounding intervals are symmetric, so the
         * correctly rounded string of each length is the one to try. */
        for (int n = 1; n <= 17; n++) {
            int k = sig_digits(x, n, digits, decpt);
            if (roundtrips(digits, *decpt, x))
                return k;
        }
    }
    char buf[40], d20[24];
    snprintf(buf, sizeof buf, "%.19e", x);
    int k = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            d20[k++] = *p;
    int dp20 = atoi(p + 1) + 1;
    for (int n = 15; n <= 17; n++) {
        char cand[24];
        int dp;
        if (!round_digits(d20, dp20, n, cand, &dp)) {
            /* undecided tie: let printf round it */
            snprintf(buf, sizeof buf, "%.*e", n - 1, x);
            int j = 0;
            for (p = buf; *p && *p != 'e'; p++)
                if (*p >= '0' && *p <= '9')
                    cand[j++] = *p;
            cand[j] = 0;
            dp = atoi(p + 1) + 1;
        }
        if (n == 17 || roundtrips(cand, dp, x)) {
            memcpy(digits, cand, (size_t)n + 1);
            *decpt = dp;
            return strip_zeros(digits, n);
        }
        if (n == 16) {
            /* At a power of two the interval below is half as wide: the
             * closest 16-digit string may miss while the next one up hits. */
            bump(cand, 16, &dp);
            if (roundtrips(cand, dp, x)) {
                memcpy(digits, cand, 17);
                *decpt = dp;
                return strip_zeros(digits, 16);
            }
        }
    }
    return 0; /* not reached */
}

enum {
    F_ALT = 1,          /* '#': keep the point and trailing zeros */
    F_ADD_DOT_0 = 2,    /* integers get '.0' (repr, format type '') */
    F_UPPER = 4,        /* 'E', 'INF' */
};

/* Digits of |x| in 'f' style with prec digits after the point. */
static char *fixed_digits(double x, int prec, int *ndig, int *decpt)
{
    size_t cap = (size_t)prec + 330;
    char *buf = kr_mem_alloc(cap);
    if (!buf)
        return NULL;
    snprintf(buf, cap, "%.*f", prec, x);
    /* Combine integer and fraction digits, tracking the point. */
    int k = 0, dp = 0, seen_point = 0;
    for (char *p = buf; *p; p++) {
        if (*p == '.') {
            seen_point = 1;
            continue;
        }
        buf[k++] = *p;
        if (!seen_point)
            dp++;
    }
    /* Strip leading zeros (moving the point) and trailing zeros. */
    int s = 0;
    while (s < k - 1 && buf[s] == '0') {
        s++;
        dp--;
    }
    int e = k;
    while (e > s + 1 && buf[e - 1] == '0')
        e--;
    if (e - s == 1 && buf[s] == '0')
        dp = 1;         /* zero: "0" with the point after it */
    memmove(buf, buf + s, (size_t)(e - s));
    buf[e - s] = 0;
    *ndig = e - s;
    *decpt = dp;
    return buf;
}

/* Places digits (ndig of them, value 0.DIGITS * 10**decpt) in mode
 * 'e', 'f', 'g' or 'r' into out (a malloc'd string); sign not included. */
static char *layout_digits(const char *digits, int ndig, int decpt, int mode,
                           int precision, int flags)
{
    int use_exp = 0, exp10 = 0;
    int vend = ndig;        /* virtual digit range [vstart, vend) */
    switch (mode) {
    case 'e':
        use_exp = 1;
        vend = precision + 1;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > ((flags & F_ADD_DOT_0) ? precision - 1 : precision))
            use_exp = 1;
        if (flags & F_ALT)
            vend = precision;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16)
            use_exp = 1;
        break;
    }
    if (use_exp) {
        exp10 = decpt - 1;
        decpt = 1;
    }
    int vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && (flags & F_ADD_DOT_0))
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    if (vend < ndig)
        vend = ndig;
    size_t cap = (size_t)(vend - vstart) + 16;
    char *out = kr_mem_alloc(cap), *p = out;
    if (!out)
        return NULL;
    for (int i = vstart; i < vend; i++) {
        if (i == decpt)
            *p++ = '.';
        *p++ = (i >= 0 && i < ndig) ? digits[i] : '0';
    }
    if (decpt == vend)
        *p++ = '.';
    if (p[-1] == '.' && !(flags & F_ALT))
        p--;
    if (use_exp)
        p += sprintf(p, "%c%c%02d", (flags & F_UPPER) ? 'E' : 'e', exp10 < 0 ? '-' : '+',
                     exp10 < 0 ? -exp10 : exp10);
    *p = 0;
    return out;
}

/* |x| formatted (finite or not), sign excluded; *is_zero tells whether the
 * digits are all zero (for 'z').  mode: 'e','f','g','r'. */
static char *format_abs(double x, int mode, int precision, int flags, int *is_zero)
{
    x = fabs(x);
    *is_zero = 0;
    if (!isfinite(x)) {
        const char *s = isnan(x) ? ((flags & F_UPPER) ? "NAN" : "nan")
                                 : ((flags & F_UPPER) ? "INF" : "inf");
        char *out = kr_mem_alloc(4);
        if (out)
            memcpy(out, s, 4);
        return out;
    }
    char small[48];
    char *digits = small, *heap = NULL;
    int ndig, decpt;
    if (x == 0) {
        strcpy(small, "0");
        ndig = 1;
        decpt = 1;
    } else if (mode == 'r') {
        ndig = shortest_digits(x, small, &decpt);
    } else if (mode == 'f') {
        heap = fixed_digits(x, precision, &ndig, &decpt);
        if (!heap)
            return NULL;
        digits = heap;
    } else {
        int n = mode == 'e' ? precision + 1 : (precision == 0 ? 1 : precision);
        if (n > 40) {
            /* Beyond 17 digits the decimal expansion is exact: use %e into a
             * big buffer. */
            size_t cap = (size_t)n + 32;
            heap = kr_mem_alloc(cap * 2);
            if (!heap)
                return NULL;
            char *tmp = heap + cap;
            snprintf(tmp, cap, "%.*e", n - 1, x);
            int k = 0;
            char *q = tmp;
            for (; *q && *q != 'e'; q++)
                if (*q >= '0' && *q <= '9')
                    heap[k++] = *q;
            decpt = atoi(q + 1) + 1;
            while (k > 1 && heap[k - 1] == '0')
                k--;
            heap[k] = 0;
            ndig = k;
            digits = heap;
        } else {
            ndig = sig_digits(x, n, small, &decpt);
        }
    }
    *is_zero = ndig == 1 && digits[0] == '0';
    int prec = (mode == 'g' && precision == 0) ? 1 : precision;
    char *out = layout_digits(digits, ndig, decpt, mode, prec, flags);
    kr_mem_free(heap);
    return out;
}

void kr_float_repr_buf(double v, char *buf, size_t size)
{
    int z;
    char *s = format_abs(v, 'r', 0, F_ADD_DOT_0, &z);
    if (!s) {
        snprintf(buf, size, "%.17g", v);
        return;
    }
    snprintf(buf, size, "%s%s", (signbit(v) && !isnan(v)) ? "-" : "", s);
    kr_mem_free(s);
}

static KrObject *float_repr(KrObject *o)
{
    char buf[40];
    kr_float_repr_buf(FVAL(o), buf, sizeof buf);
    return kr_str_from_utf8(buf, (Kr_ssize_t)strlen(buf));
}

/* ====================================================================== */
/* Format spec                                                            */
/* ====================================================================== */

KrObject *kr_format_double(double v, const KrFormatSpec *spec)
{
    int type = (int)spec->type, flags = 0, precision = (int)spec->precision;
    int default_precision = 6, pct = 0;
    if (spec->precision > 100000000) {
        kr_err_set_string(&kr_exc_ValueError, "precision too big");
        return NULL;
    }
    if (spec->alternate)
        flags |= F_ALT;
    if (type == 0) {
        flags |= F_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        v *= 100;
        pct = 1;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    if (type == 'E' || type == 'F' || type == 'G') {
        flags |= F_UPPER;
        type += 'a' - 'A';
    }
    if (type != 'e' && type != 'f' && type != 'g' && type != 'r')
        return kr_format_unknown_code(spec->type, "float");
    int is_zero;
    char *body = format_abs(v, type, precision, flags, &is_zero);
    if (!body)
        return kr_err_no_memory();
    int neg = signbit(v) && !isnan(v) && !(spec->no_neg_zero && is_zero);
    char sign = neg ? '-' : (spec->sign == '+' || spec->sign == ' ') ? spec->sign : 0;
    /* Split: leading digits (grouped) and the rest. */
    size_t nd = 0;
    while (body[nd] >= '0' && body[nd] <= '9')
        nd++;
    size_t blen = strlen(body);
    char *rest = kr_mem_alloc(blen - nd + 2);
    if (!rest) {
        kr_mem_free(body);
        return kr_err_no_memory();
    }
    memcpy(rest, body + nd, blen - nd);
    rest[blen - nd] = pct ? '%' : 0;
    rest[blen - nd + (size_t)pct] = 0;
    body[nd] = 0;
    KrFormatSpec s2 = *spec;
    if (spec->type == 'n')
        s2.grouping = 0;        /* C locale: no thousands separator */
    KrObject *r = kr_format_number(&s2, sign, "", body, (Kr_ssize_t)nd, 3, rest);
    kr_mem_free(body);
    kr_mem_free(rest);
    return r;
}

static KrObject *float_format(KrObject *self, KrObject *spec)
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
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return kr_format_double(FVAL(self), &f);
    default:
        return kr_format_unknown_code(f.type, kr_type_name(KR_TYPE(self)));
    }
}

/* ====================================================================== */
/* Parsing                                                                */
/* ====================================================================== */

static int is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static void strip(const unsigned char **sp, const unsigned char **ep)
{
    const unsigned char *s = *sp, *e = *ep;
    while (s < e && is_space(*s))
        s++;
    while (e > s && is_space(e[-1]))
        e--;
    *sp = s;
    *ep = e;
}

static int ci_equal(const unsigned char *s, size_t n, const char *word)
{
    if (strlen(word) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != (unsigned char)word[i])
            return 0;
    return 1;
}

/* Digits with single underscores between them; returns the end. */
static const unsigned char *digitpart(const unsigned char *p, const unsigned char *e, int *ok)
{
    *ok = 0;
    if (p >= e || *p < '0' || *p > '9')
        return p;
    while (p < e) {
        if (*p >= '0' && *p <= '9') {
            p++;
        } else if (*p == '_' && p + 1 < e && p[1] >= '0' && p[1] <= '9') {
            p++;
        } else {
            break;
        }
    }
    *ok = 1;
    return p;
}

/* 0 and *out, or -1 (no exception set) for text that is not a float. */
static int parse_ascii(const char *text, Kr_ssize_t len, double *out);

static int parse_double(const char *text, Kr_ssize_t len, int unicode, double *out)
{
    Kr_ssize_t alen;
    char *a = unicode ? kr_numeric_ascii(text, len, &alen) : NULL;
    if (!a)
        return parse_ascii(text, len, out);
    int rc = parse_ascii(a, alen, out);
    kr_mem_free(a);
    return rc;
}

/* Python's float() text grammar on ASCII text. */
static int parse_ascii(const char *text, Kr_ssize_t len, double *out)
{
    const unsigned char *s = (const unsigned char *)text, *e = s + len;
    strip(&s, &e);
    const unsigned char *p = s;
    int neg = 0;
    if (p < e && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    size_t rem = (size_t)(e - p);
    if (ci_equal(p, rem, "inf") || ci_equal(p, rem, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (ci_equal(p, rem, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    int ok, any = 0;
    const unsigned char *q = digitpart(p, e, &ok);
    any |= ok;
    if (q < e && *q == '.') {
        q++;
        q = digitpart(q, e, &ok);
        any |= ok;
    }
    if (!any)
        return -1;
    if (q < e && (*q == 'e' || *q == 'E')) {
        q++;
        if (q < e && (*q == '+' || *q == '-'))
            q++;
        q = digitpart(q, e, &ok);
        if (!ok)
            return -1;
    }
    if (q != e)
        return -1;
    char small[64];
    size_t n = (size_t)(e - s);
    char *buf = n < sizeof small ? small : kr_mem_alloc(n + 1);
    if (!buf)
        return -1;
    size_t k = 0;
    for (const unsigned char *c = s; c < e; c++)
        if (*c != '_')
            buf[k++] = (char)*c;
    buf[k] = 0;
    *out = strtod(buf, NULL);
    if (buf != small)
        kr_mem_free(buf);
    return 0;
}

static KrObject *convert_error(KrObject *shown)
{
    kr_err_format(&kr_exc_ValueError, "could not convert string to float: %R", shown);
    return NULL;
}

KrObject *kr_float_from_string(KrObject *str)
{
    double v;
    if (KR_STR_CHECK(str)) {
        Kr_ssize_t len;
        const char *s = kr_str_utf8(str, &len);
        if (!s)
            return NULL;
        if (parse_double(s, len, 1, &v) < 0)
            return convert_error(str);
    } else if (KR_BYTES_CHECK(str)) {
        if (parse_double(KR_BYTES_DATA(str), KR_SIZE(str), 0, &v) < 0)
            return convert_error(str);
    } else if (KR_BYTEARRAY_CHECK(str)) {
        if (parse_double(((KrByteArray *)str)->data, KR_SIZE(str), 0, &v) < 0)
            return convert_error(str);
    } else if (kr_is_memoryview(str)) {
        KrObject *b = kr_call1((KrObject *)&kr_bytes_type, str);
        if (!b)
            return NULL;
        int rc = parse_double(KR_BYTES_DATA(b), KR_SIZE(b), 0, &v);
        KR_DECREF(b);
        if (rc < 0)
            return convert_error(str);  /* shows the memoryview's repr */
    } else {
        return kr_err_format(&kr_exc_TypeError,
                             "float() argument must be a string or a real number, not '%s'",
                             kr_type_name(KR_TYPE(str)));
    }
    return kr_float_from_double(v);
}

static KrObject *float_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    if (kr_check_no_kwargs("float", kwnames) < 0)
        return NULL;
    if (nargs > 1)
        return kr_err_format(&kr_exc_TypeError, "float expected at most 1 argument, got %zd",
                             nargs);
    double v = 0.0;
    if (nargs == 1) {
        KrObject *x = args[0];
        if (KR_FLOAT_CHECK_EXACT(x) && type == &kr_float_type)
            return kr_newref(x);
        if (KR_STR_CHECK(x) || KR_BYTES_CHECK(x) || KR_BYTEARRAY_CHECK(x) ||
            kr_is_memoryview(x)) {
            KrObject *f = kr_float_from_string(x);
            if (!f || type == &kr_float_type)
                return f;
            v = FVAL(f);
            KR_DECREF(f);
        } else {
            KrNumberMethods *nm = KR_TYPE(x)->as_number;
            if (!KR_FLOAT_CHECK(x) && !KR_INT_CHECK(x) &&
                !(nm && (nm->float_ || nm->index)))
                return kr_err_format(&kr_exc_TypeError,
                                     "float() argument must be a string or a real number, "
                                     "not '%s'", kr_type_name(KR_TYPE(x)));
            /* float() calls __float__ even on float subclasses */
            v = (!KR_FLOAT_CHECK_EXACT(x) && nm && nm->float_) ? call_float_slot(x)
                                                                : kr_float_as_double(x);
            if (v == -1.0 && kr_err_occurred())
                return NULL;
        }
    }
    if (type == &kr_float_type)
        return kr_float_from_double(v);
    KrFloat *f = (KrFloat *)kr_type_generic_alloc(type, 0);
    if (!f)
        return NULL;
    f->value = v;
    if (KR_IS_GC(f))
        kr_gc_track(&f->ob);            /* a subclass instance: its __dict__ can close a cycle */
    return &f->ob;
}

/* ====================================================================== */
/* Hash and comparison                                                    */
/* ====================================================================== */

static Kr_hash_t float_hash(KrObject *o)
{
    double v = FVAL(o);
    if (isnan(v))
        return kr_hash_pointer(o);
    return kr_hash_double(v);
}

static KrObject *float_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_FLOAT_CHECK(a))
        KR_RETURN_NOTIMPLEMENTED;
    double x = FVAL(a);
    int c;
    if (KR_FLOAT_CHECK(b)) {
        double y = FVAL(b);
        if (isnan(x) || isnan(y))
            return kr_bool_from(op == KR_NE);
        c = x < y ? -1 : x > y;
    } else if (KR_INT_CHECK(b)) {
        if (isnan(x))
            return kr_bool_from(op == KR_NE);
        c = -kr_int_compare_double(b, x);
        if (kr_err_occurred())
            return NULL;
    } else {
        KR_RETURN_NOTIMPLEMENTED;
    }
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

/* ====================================================================== */
/* Arithmetic                                                             */
/* ====================================================================== */

/* 1 with *v for a float or int operand, 0 for anything else, -1 on error
 * (an int too large for a double). */
static int operand(KrObject *o, double *v)
{
    if (KR_FLOAT_CHECK(o)) {
        *v = FVAL(o);
        return 1;
    }
    if (KR_INT_CHECK(o)) {
        *v = kr_int_as_double(o);
        if (*v == -1.0 && kr_err_occurred())
            return -1;
        return 1;
    }
    return 0;
}

#define CONVERT(a, b, x, y)                                               \
    double x, y;                                                          \
    do {                                                                  \
        int ra_ = operand(a, &x);                                         \
        if (ra_ <= 0) {                                                   \
            if (ra_ < 0)                                                  \
                return NULL;                                              \
            KR_RETURN_NOTIMPLEMENTED;                                     \
        }                                                                 \
        int rb_ = operand(b, &y);                                         \
        if (rb_ <= 0) {                                                   \
            if (rb_ < 0)                                                  \
                return NULL;                                              \
            KR_RETURN_NOTIMPLEMENTED;                                     \
        }                                                                 \
    } while (0)

static KrObject *float_add(KrObject *a, KrObject *b) { CONVERT(a, b, x, y); return kr_float_from_double(x + y); }
static KrObject *float_sub(KrObject *a, KrObject *b) { CONVERT(a, b, x, y); return kr_float_from_double(x - y); }
static KrObject *float_mul(KrObject *a, KrObject *b) { CONVERT(a, b, x, y); return kr_float_from_double(x * y); }

static KrObject *float_div(KrObject *a, KrObject *b)
{
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        kr_err_set_string(&kr_exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return kr_float_from_double(x / y);
}

static double py_mod(double x, double y)
{
    double m = fmod(x, y);
    if (m) {
        if ((y < 0) != (m < 0))
            m += y;
    } else {
        m = copysign(0.0, y);
    }
    return m;
}

static void py_divmod(double x, double y, double *q, double *r)
{
    double m = fmod(x, y);
    double d = (x - m) / y;
    if (m) {
        if ((y < 0) != (m < 0)) {
            m += y;
            d -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fd;
    if (d) {
        fd = floor(d);
        if (d - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *q = fd;
    *r = m;
}

static KrObject *float_mod(KrObject *a, KrObject *b)
{
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        kr_err_set_string(&kr_exc_ZeroDivisionError, "float modulo");
        return NULL;
    }
    return kr_float_from_double(py_mod(x, y));
}

static KrObject *float_floordiv(KrObject *a, KrObject *b)
{
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        kr_err_set_string(&kr_exc_ZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    double q, r;
    py_divmod(x, y, &q, &r);
    return kr_float_from_double(q);
}

static KrObject *float_divmod(KrObject *a, KrObject *b)
{
    CONVERT(a, b, x, y);
    if (y == 0.0) {
        kr_err_set_string(&kr_exc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    double q, r;
    py_divmod(x, y, &q, &r);
    KrObject *qo = kr_float_from_double(q), *ro = qo ? kr_float_from_double(r) : NULL;
    if (!ro) {
        KR_XDECREF(qo);
        return NULL;
    }
    KrObject *t = kr_tuple_new(2);
    if (!t) {
        KR_DECREF(qo);
        KR_DECREF(ro);
        return NULL;
    }
    KR_TUPLE_SET(t, 0, qo);
    KR_TUPLE_SET(t, 1, ro);
    return t;
}

static KrObject *range_error(void)
{
    KrObject *code = kr_int_from_i64(ERANGE);
    KrObject *msg = kr_str_from_cstr("Numerical result out of range");
    KrObject *args = (code && msg) ? kr_tuple_pack(2, code, msg) : NULL;
    KR_XDECREF(code);
    KR_XDECREF(msg);
    if (args) {
        kr_err_set(&kr_exc_OverflowError, args);
        KR_DECREF(args);
    }
    return NULL;
}

static KrObject *float_pow(KrObject *a, KrObject *b, KrObject *m)
{
    if (m != NULL && m != kr_None) {
        kr_err_set_string(&kr_exc_TypeError,
                          "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    CONVERT(a, b, x, y);
    if (y == 0)
        return kr_float_from_double(1.0);
    if (isnan(x))
        return kr_float_from_double(x);
    if (isnan(y))
        return kr_float_from_double(x == 1.0 ? 1.0 : y);
    if (x == 0.0 && y < 0.0 && isfinite(y)) {
        kr_err_set_string(&kr_exc_ZeroDivisionError,
                          "0.0 cannot be raised to a negative power");
        return NULL;
    }
    if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y))
        /* the result is complex, as in CPython */
        return kr_complex_type.as_number->power(a, b, kr_None);
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return range_error();
    return kr_float_from_double(r);
}

static KrObject *float_neg(KrObject *a) { return kr_float_from_double(-FVAL(a)); }
static KrObject *float_abs(KrObject *a) { return kr_float_from_double(fabs(FVAL(a))); }
static int float_bool(KrObject *a) { return FVAL(a) != 0.0; }
static KrObject *float_int(KrObject *a) { return kr_int_from_double(FVAL(a)); }

static KrObject *float_pos(KrObject *a)
{
    if (KR_FLOAT_CHECK_EXACT(a))
        return kr_newref(a);
    return kr_float_from_double(FVAL(a));
}

static KrNumberMethods float_as_number = {
    .add = float_add,
    .subtract = float_sub,
    .multiply = float_mul,
    .true_divide = float_div,
    .floor_divide = float_floordiv,
    .remainder = float_mod,
    .divmod = float_divmod,
    .power = float_pow,
    .negative = float_neg,
    .positive = float_pos,
    .absolute = float_abs,
    .bool_ = float_bool,
    .int_ = float_int,
    .float_ = float_pos,
};

/* ====================================================================== */
/* Methods                                                                */
/* ====================================================================== */

static KrObject *float_is_integer(KrObject *self)
{
    double v = FVAL(self);
    return kr_bool_from(isfinite(v) && floor(v) == v);
}

static KrObject *float_trunc(KrObject *self) { return kr_int_from_double(FVAL(self)); }
static KrObject *float_floor(KrObject *self) { return kr_int_from_double(floor(FVAL(self))); }
static KrObject *float_ceil(KrObject *self) { return kr_int_from_double(ceil(FVAL(self))); }

static KrObject *float_getnewargs(KrObject *self)
{
    KrObject *f = kr_float_from_double(FVAL(self));
    if (!f)
        return NULL;
    KrObject *t = kr_tuple_pack(1, f);
    KR_DECREF(f);
    return t;
}

static KrObject *float_as_integer_ratio(KrObject *self)
{
    double v = FVAL(self);
    if (isinf(v)) {
        kr_err_set_string(&kr_exc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(v)) {
        kr_err_set_string(&kr_exc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    double m = frexp(v, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    KrObject *num = kr_int_from_double(m);
    if (!num)
        return NULL;
    KrObject *den = kr_int_small(1);
    KrObject *sh = kr_int_from_i64(e < 0 ? -e : e);
    if (!sh)
        goto fail;
    KrObject **target = e > 0 ? &num : &den;
    KrObject *t = kr_number_binop(*target, sh, KR_NB_LSHIFT);
    KR_DECREF(sh);
    if (!t)
        goto fail;
    KR_SETREF(*target, t);
    KrObject *res = kr_tuple_pack(2, num, den);
    KR_DECREF(num);
    KR_DECREF(den);
    return res;
fail:
    KR_DECREF(num);
    KR_DECREF(den);
    return NULL;
}

static KrObject *float_hex(KrObject *self)
{
    double x = FVAL(self);
    char buf[64];
    if (isnan(x) || isinf(x)) {
        kr_float_repr_buf(x, buf, sizeof buf);
        return kr_str_from_cstr(buf);
    }
    if (x == 0.0)
        return kr_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    /* Normalise to 1.xxx (or 0.xxx for subnormals at 2**-1022). */
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char *p = buf;
    if (x < 0)
        *p++ = '-';
    *p++ = '0';
    *p++ = 'x';
    int d = (int)m;
    *p++ = "0123456789abcdef"[d];
    m -= d;
    *p++ = '.';
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        d = (int)m;
        *p++ = "0123456789abcdef"[d];
        m -= d;
    }
    sprintf(p, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return kr_str_from_cstr(buf);
}

static KrObject *float_fromhex(KrObject *cls, KrObject *arg)
{
    if (!KR_STR_CHECK(arg)) {
        kr_err_set_string(&kr_exc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    Kr_ssize_t len;
    const char *t = kr_str_utf8(arg, &len);
    if (!t)
        return NULL;
    const unsigned char *s = (const unsigned char *)t, *e = s + len;
    strip(&s, &e);
    int neg = 0;
    if (s < e && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
    }
    double v;
    size_t rem = (size_t)(e - s);
    if (ci_equal(s, rem, "inf") || ci_equal(s, rem, "infinity")) {
        v = HUGE_VAL;
    } else if (ci_equal(s, rem, "nan")) {
        v = NAN;
    } else {
        if (e - s >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x')
            s += 2;
        const unsigned char *q = s;
        int ndig = 0;
        while (q < e && isxdigit(*q))
            q++, ndig++;
        if (q < e && *q == '.') {
            q++;
            while (q < e && isxdigit(*q))
                q++, ndig++;
        }
        if (ndig == 0)
            goto invalid;
        const unsigned char *mant_end = q;
        const unsigned char *exp_start = NULL;
        if (q < e && (*q | 0x20) == 'p') {
            q++;
            exp_start = q;
            if (q < e && (*q == '+' || *q == '-'))
                q++;
            const unsigned char *d0 = q;
            while (q < e && *q >= '0' && *q <= '9')
                q++;
            if (q == d0)
                goto invalid;
        }
        if (q != e)
            goto invalid;
        /* glibc's strtod reads hex floats with correct rounding. */
        size_t n = (size_t)(mant_end - s), en = exp_start ? (size_t)(e - exp_start) : 1;
        char *buf = kr_mem_alloc(n + en + 8);
        if (!buf)
            return kr_err_no_memory();
        memcpy(buf, "0x", 2);
        memcpy(buf + 2, s, n);
        buf[2 + n] = 'p';
        if (exp_start)
            memcpy(buf + 3 + n, exp_start, en);
        else
            buf[3 + n] = '0';
        buf[3 + n + en] = 0;
        if (buf[2] == '.' && n == 1) {
            kr_mem_free(buf);
            goto invalid;
        }
        errno = 0;
        v = strtod(buf, NULL);
        kr_mem_free(buf);
        if (isinf(v)) {
            kr_err_set_string(&kr_exc_OverflowError,
                              "hexadecimal value too large to represent as a float");
            return NULL;
        }
    }
    KrObject *r = kr_float_from_double(neg ? -v : v);
    if (r && cls != (KrObject *)&kr_float_type) {
        KrObject *r2 = kr_call1(cls, r);
        KR_DECREF(r);
        r = r2;
    }
    return r;
invalid:
    kr_err_set_string(&kr_exc_ValueError, "invalid hexadecimal floating-point string");
    return NULL;
}

/* round(x, n) for n < 0: exact decimal rounding of the integer part at
 * 10**k, ties to even, with the fraction as a sticky digit. */
static double round_negative(double x, int k, int *overflow)
{
    double ip = trunc(x);
    int sticky = ip != x;
    char buf[400];
    snprintf(buf, sizeof buf, "%.0f", fabs(ip));
    int L = (int)strlen(buf);
    if (k > L)
        return copysign(0.0, x);
    /* kept = buf[0 .. L-k), dropped = buf[L-k .. L) */
    int cut = L - k;
    int up;
    char first = buf[cut];
    int rest_nonzero = sticky;
    for (int i = cut + 1; i < L; i++)
        if (buf[i] != '0')
            rest_nonzero = 1;
    if (first > '5' || (first == '5' && rest_nonzero))
        up = 1;
    else if (first < '5')
        up = 0;
    else
        up = cut > 0 && ((buf[cut - 1] - '0') & 1);
    char num[420];
    int n = 0;
    num[n++] = '0';             /* room for a carry */
    memcpy(num + n, buf, (size_t)cut);
    n += cut;
    if (up) {
        int i = n - 1;
        while (num[i] == '9')
            num[i--] = '0';
        num[i]++;
    }
    snprintf(num + n, sizeof num - (size_t)n, "e%d", k);
    errno = 0;
    double r = strtod(num, NULL);
    if (isinf(r))
        *overflow = 1;
    return copysign(r, x);
}

static KrObject *float_round(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("__round__", nargs, 0, 1) < 0)
        return NULL;
    double x = FVAL(self);
    if (nargs == 0 || args[0] == kr_None) {
        double r = nearbyint(x);
        return kr_int_from_double(r);
    }
    Kr_ssize_t nd = kr_number_as_ssize(args[0], NULL);
    if (nd == -1 && kr_err_occurred())
        return NULL;
    if (!isfinite(x) || x == 0.0 || nd > 323)
        return kr_float_from_double(x);
    if (nd < -308)
        return kr_float_from_double(0.0 * x);
    double r;
    int overflow = 0;
    if (nd >= 0) {
        size_t cap = (size_t)nd + 340;
        char *buf = kr_mem_alloc(cap);
        if (!buf)
            return kr_err_no_memory();
        snprintf(buf, cap, "%.*f", (int)nd, x);
        r = strtod(buf, NULL);
        kr_mem_free(buf);
    } else {
        r = round_negative(x, (int)-nd, &overflow);
    }
    if (overflow || (isinf(r))) {
        kr_err_set_string(&kr_exc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    return kr_float_from_double(r);
}

static KrObject *float_getformat(KrObject *cls, KrObject *arg)
{
    if (!KR_STR_CHECK(arg))
        return kr_err_format(&kr_exc_TypeError,
                             "__getformat__() argument must be str, not %T", arg);
    if (!kr_str_eq_cstr(arg, "double") && !kr_str_eq_cstr(arg, "float")) {
        kr_err_set_string(&kr_exc_ValueError,
                          "__getformat__() argument 1 must be 'double' or 'float'");
        return NULL;
    }
    return kr_str_from_cstr("IEEE, little-endian");
}

static KrObject *float_get_real(KrObject *self, void *c) { return float_pos(self); }
static KrObject *float_get_imag(KrObject *self, void *c) { return kr_float_from_double(0.0); }

static const KrMethodDef float_methods[] = {
    KR_METHOD_NOARGS("conjugate", float_pos),
    KR_METHOD_NOARGS("is_integer", float_is_integer),
    KR_METHOD_NOARGS("as_integer_ratio", float_as_integer_ratio),
    KR_METHOD_NOARGS("hex", float_hex),
    { "fromhex", { .o = float_fromhex }, KR_METH_O | KR_METH_CLASS, NULL },
    { "__getformat__", { .o = float_getformat }, KR_METH_O | KR_METH_CLASS, NULL },
    KR_METHOD_NOARGS("__trunc__", float_trunc),
    KR_METHOD_NOARGS("__floor__", float_floor),
    KR_METHOD_NOARGS("__ceil__", float_ceil),
    KR_METHOD_FAST("__round__", float_round),
    KR_METHOD_NOARGS("__getnewargs__", float_getnewargs),
    KR_METHOD_O("__format__", float_format),
    KR_METHOD_END
};

static const KrGetSetDef float_getset[] = {
    { "real", float_get_real, NULL, "the real part of a complex number", NULL },
    { "imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_float_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "float",
    .basicsize = sizeof(KrFloat),
    .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_IMMUTABLE,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .as_number = &float_as_number,
    .new_ = float_new,
    .methods = float_methods,
    .getset = float_getset,
    .base = &kr_object_type,
    .doc = "Convert a string or number to a floating point number, if possible.",
};
