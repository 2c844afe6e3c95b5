/*
 * strmethods.c -- the methods of str (everything in str.__dict__ that is
 * not a slot), with CPython 3.11's results and error messages.
 *
 * Methods read code points through kr_str_read on the source's kind and
 * build results either by slicing (kr_str_substr keeps the canonical kind)
 * or through a KrUBuf of code points, which tracks the maximum so the
 * result gets the narrowest kind.  Case mappings are the full Unicode ones
 * (one character may become up to three: 'ß'.upper() == 'SS') from
 * unicode_db via unicodedata_min.c, and lower-casing applies the
 * final-sigma rule as CPython does.
 *
 * Argument conventions follow CPython's argument clinic: most methods take
 * positional-only arguments; split/rsplit/splitlines/encode/expandtabs
 * accept keywords.  Error texts were checked against python3.11 one by one.
 */
#define _GNU_SOURCE 1   /* memmem */
#include <string.h>

#include "krait.h"
#include "strimpl.h"
#include "formatspec.h"

/* ====================================================================== */
/* Argument helpers                                                       */
/* ====================================================================== */

int kr_str_arg_check(KrObject *o, const char *fname, const char *argname)
{
    if (KR_STR_CHECK(o))
        return 0;
    if (fname == NULL)
        kr_err_format(&kr_exc_TypeError, "must be str, not %s", kr_type_name(KR_TYPE(o)));
    else if (argname == NULL)
        kr_err_format(&kr_exc_TypeError, "%s() argument must be str, not %s", fname,
                      kr_type_name(KR_TYPE(o)));
    else
        kr_err_format(&kr_exc_TypeError, "%s() argument %s must be str, not %s", fname,
                      argname, kr_type_name(KR_TYPE(o)));
    return -1;
}

static int slice_index(KrObject *o, Kr_ssize_t *out)
{
    if (o == NULL || o == kr_None)
        return 0;
    if (!kr_index_check(o)) {
        kr_err_set_string(&kr_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Kr_ssize_t v = kr_number_as_ssize(o, NULL);
    if (v == -1 && kr_err_occurred())
        return -1;
    *out = v;
    return 0;
}

int kr_parse_slice_args(KrObject *const *args, Kr_ssize_t nargs, Kr_ssize_t first,
                        Kr_ssize_t len, Kr_ssize_t *start, Kr_ssize_t *end)
{
    *start = 0;
    *end = KR_SSIZE_T_MAX;
    if (nargs > first && slice_index(args[first], start) < 0)
        return -1;
    if (nargs > first + 1 && slice_index(args[first + 1], end) < 0)
        return -1;
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
    return 0;
}

static int get_ssize(KrObject *o, Kr_ssize_t *out)
{
    Kr_ssize_t v = kr_number_as_ssize(o, &kr_exc_OverflowError);
    if (v == -1 && kr_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* "count() takes at least 1 argument (0 given)" style checks. */
static int old_nargs(const char *name, Kr_ssize_t nargs, Kr_ssize_t min, Kr_ssize_t max)
{
    if (nargs < min) {
        kr_err_format(&kr_exc_TypeError, "%s() takes at least %zd argument%s (%zd given)",
                      name, min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        kr_err_format(&kr_exc_TypeError, "%s() takes at most %zd argument%s (%zd given)",
                      name, max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

static int get_fillchar(KrObject *const *args, Kr_ssize_t nargs, Kr_ssize_t i, uint32_t *fill,
                        const char *fname)
{
    *fill = ' ';
    if (nargs <= i)
        return 0;
    KrObject *f = args[i];
    if (!KR_STR_CHECK(f)) {
        kr_err_format(&kr_exc_TypeError, "%s() argument 2 must be str, not %s", fname,
                      kr_type_name(KR_TYPE(f)));
        return -1;
    }
    if (KR_STR_LEN(f) != 1) {
        kr_err_set_string(&kr_exc_TypeError,
                          "The fill character must be exactly one character long");
        return -1;
    }
    *fill = KR_STR_CHAR(f, 0);
    return 0;
}

static KrObject *exact_copy(KrObject *s)
{
    if (KR_STR_CHECK_EXACT(s))
        return kr_newref(s);
    return kr_str_from_kind(KR_STR_KIND(s), KR_STR_DATA(s), KR_STR_LEN(s));
}

/* ====================================================================== */
/* Case mapping                                                           */
/* ====================================================================== */

/* The final-sigma rule: capital sigma at i lowers to final 'ς' when a
 * cased letter precedes it and none follows (case-ignorables skipped). */
static uint32_t lower_sigma(KrObject *s, Kr_ssize_t i)
{
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    Kr_ssize_t n = KR_STR_LEN(s);
    Kr_ssize_t j = i - 1;
    while (j >= 0 && kr_unicode_has(kr_str_read(kind, d, j), KR_UC_CASE_IGNORABLE))
        j--;
    int before = j >= 0 && kr_unicode_has(kr_str_read(kind, d, j), KR_UC_CASED);
    if (!before)
        return 0x3c3;
    j = i + 1;
    while (j < n && kr_unicode_has(kr_str_read(kind, d, j), KR_UC_CASE_IGNORABLE))
        j++;
    int after = j < n && kr_unicode_has(kr_str_read(kind, d, j), KR_UC_CASED);
    return after ? 0x3c3 : 0x3c2;
}

static int put_lower(KrUBuf *u, KrObject *s, Kr_ssize_t i, uint32_t c)
{
    if (c == 0x3a3)
        return kr_ubuf_putc(u, lower_sigma(s, i));
    uint32_t out[3];
    int n = kr_unicode_lower(c, out);
    for (int k = 0; k < n; k++)
        if (kr_ubuf_putc(u, out[k]) < 0)
            return -1;
    return 0;
}

static int put_mapped(KrUBuf *u, int (*fn)(uint32_t, uint32_t *), uint32_t c)
{
    uint32_t out[3];
    int n = fn(c, out);
    for (int k = 0; k < n; k++)
        if (kr_ubuf_putc(u, out[k]) < 0)
            return -1;
    return 0;
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static KrObject *case_map(KrObject *s, int how)
{
    Kr_ssize_t n = KR_STR_LEN(s);
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    KrUBuf u;
    kr_ubuf_init(&u);
    int prev_cased = 0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(kind, d, i);
        int rc = 0;
        switch (how) {
        case CASE_LOWER:
            /* ASCII needs no database lookup (nor the final-sigma rule). */
            rc = c < 128 ? kr_ubuf_putc(&u, c >= 'A' && c <= 'Z' ? c + 32 : c)
                         : put_lower(&u, s, i, c);
            break;
        case CASE_UPPER:
            rc = c < 128 ? kr_ubuf_putc(&u, c >= 'a' && c <= 'z' ? c - 32 : c)
                         : put_mapped(&u, kr_unicode_upper, c);
            break;
        case CASE_FOLD:
            rc = put_mapped(&u, kr_unicode_fold, c);
            break;
        case CASE_SWAP:
            if (kr_unicode_has(c, KR_UC_UPPER))
                rc = put_lower(&u, s, i, c);
            else if (kr_unicode_has(c, KR_UC_LOWER))
                rc = put_mapped(&u, kr_unicode_upper, c);
            else
                rc = kr_ubuf_putc(&u, c);
            break;
        case CASE_TITLE:
            if (prev_cased)
                rc = put_lower(&u, s, i, c);
            else
                rc = put_mapped(&u, kr_unicode_title, c);
            prev_cased = kr_unicode_has(c, KR_UC_CASED);
            break;
        case CASE_CAPITALIZE:
            if (i == 0)
                rc = put_mapped(&u, kr_unicode_title, c);
            else
                rc = put_lower(&u, s, i, c);
            break;
        }
        if (rc < 0) {
            kr_ubuf_free(&u);
            return NULL;
        }
    }
    return kr_ubuf_finish(&u);
}

static KrObject *str_lower(KrObject *s)
{
    if (((KrStr *)s)->ascii) {
        Kr_ssize_t n = KR_STR_LEN(s);
        KrObject *r = kr_str_new(n, 127);
        if (r == NULL)
            return NULL;
        const char *src = KR_STR_DATA(s);
        char *dst = KR_STR_DATA(r);
        for (Kr_ssize_t i = 0; i < n; i++)
            dst[i] = (char)(src[i] >= 'A' && src[i] <= 'Z' ? src[i] + 32 : src[i]);
        /* Only "" and 1-char results have canonical shared objects. */
        return n <= 1 ? kr_str_shrink(r) : r;
    }
    return case_map(s, CASE_LOWER);
}

static KrObject *str_upper(KrObject *s)
{
    if (((KrStr *)s)->ascii) {
        Kr_ssize_t n = KR_STR_LEN(s);
        KrObject *r = kr_str_new(n, 127);
        if (r == NULL)
            return NULL;
        const char *src = KR_STR_DATA(s);
        char *dst = KR_STR_DATA(r);
        for (Kr_ssize_t i = 0; i < n; i++)
            dst[i] = (char)(src[i] >= 'a' && src[i] <= 'z' ? src[i] - 32 : src[i]);
        /* Only "" and 1-char results have canonical shared objects. */
        return n <= 1 ? kr_str_shrink(r) : r;
    }
    return case_map(s, CASE_UPPER);
}

static KrObject *str_casefold(KrObject *s) { return case_map(s, CASE_FOLD); }
static KrObject *str_swapcase(KrObject *s) { return case_map(s, CASE_SWAP); }
static KrObject *str_title(KrObject *s) { return case_map(s, CASE_TITLE); }
static KrObject *str_capitalize(KrObject *s) { return case_map(s, CASE_CAPITALIZE); }

/* ====================================================================== */
/* Predicates                                                             */
/* ====================================================================== */

static KrObject *all_chars(KrObject *s, unsigned mask, int empty)
{
    Kr_ssize_t n = KR_STR_LEN(s);
    if (n == 0)
        return kr_bool_from(empty);
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    for (Kr_ssize_t i = 0; i < n; i++)
        if (!kr_unicode_has(kr_str_read(kind, d, i), mask))
            KR_RETURN_FALSE;
    KR_RETURN_TRUE;
}

static KrObject *str_isalpha(KrObject *s) { return all_chars(s, KR_UC_ALPHA, 0); }
static KrObject *str_isdecimal(KrObject *s) { return all_chars(s, KR_UC_DECIMAL, 0); }
static KrObject *str_isdigit(KrObject *s) { return all_chars(s, KR_UC_DIGIT, 0); }
static KrObject *str_isnumeric(KrObject *s) { return all_chars(s, KR_UC_NUMERIC, 0); }
static KrObject *str_isspace(KrObject *s) { return all_chars(s, KR_UC_SPACE, 0); }
static KrObject *str_isprintable(KrObject *s) { return all_chars(s, KR_UC_PRINTABLE, 1); }
static KrObject *str_isalnum(KrObject *s)
{
    return all_chars(s, KR_UC_ALPHA | KR_UC_DECIMAL | KR_UC_DIGIT | KR_UC_NUMERIC, 0);
}

static KrObject *str_isascii(KrObject *s)
{
    return kr_bool_from(((KrStr *)s)->ascii);
}

static KrObject *str_islower(KrObject *s)
{
    Kr_ssize_t n = KR_STR_LEN(s);
    int cased = 0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        unsigned f = kr_unicode_flags(KR_STR_CHAR(s, i));
        if (f & (KR_UC_UPPER | KR_UC_TITLE))
            KR_RETURN_FALSE;
        if (f & KR_UC_LOWER)
            cased = 1;
    }
    return kr_bool_from(cased);
}

static KrObject *str_isupper(KrObject *s)
{
    Kr_ssize_t n = KR_STR_LEN(s);
    int cased = 0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        unsigned f = kr_unicode_flags(KR_STR_CHAR(s, i));
        if (f & (KR_UC_LOWER | KR_UC_TITLE))
            KR_RETURN_FALSE;
        if (f & KR_UC_UPPER)
            cased = 1;
    }
    return kr_bool_from(cased);
}

static KrObject *str_istitle(KrObject *s)
{
    Kr_ssize_t n = KR_STR_LEN(s);
    int cased = 0, prev = 0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        unsigned f = kr_unicode_flags(KR_STR_CHAR(s, i));
        if (f & (KR_UC_UPPER | KR_UC_TITLE)) {
            if (prev)
                KR_RETURN_FALSE;
            prev = cased = 1;
        } else if (f & KR_UC_LOWER) {
            if (!prev)
                KR_RETURN_FALSE;
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return kr_bool_from(cased);
}

static KrObject *str_isidentifier(KrObject *s)
{
    Kr_ssize_t n = KR_STR_LEN(s);
    if (n == 0)
        KR_RETURN_FALSE;
    uint32_t c = KR_STR_CHAR(s, 0);
    if (c != '_' && !kr_unicode_has(c, KR_UC_XID_START))
        KR_RETURN_FALSE;
    for (Kr_ssize_t i = 1; i < n; i++)
        if (!kr_unicode_has(KR_STR_CHAR(s, i), KR_UC_XID_CONTINUE))
            KR_RETURN_FALSE;
    KR_RETURN_TRUE;
}

/* ====================================================================== */
/* Searching                                                              */
/* ====================================================================== */

static Kr_ssize_t count_sub(KrObject *s, KrObject *sub, Kr_ssize_t start, Kr_ssize_t end,
                            Kr_ssize_t max)
{
    Kr_ssize_t m = KR_STR_LEN(sub), c = 0;
    if (start > KR_STR_LEN(s) || end < start)
        return 0;
    if (m == 0) {
        Kr_ssize_t r = end - start + 1;
        return max >= 0 && r > max ? max : r;
    }
    while (max < 0 || c < max) {
        Kr_ssize_t i = kr_str_find_raw(s, sub, start, end, 1);
        if (i < 0)
            break;
        c++;
        start = i + m;
    }
    return c;
}

/* Shared parsing for find/rfind/index/rindex/count. */
static int search_args(const char *name, KrObject *s, KrObject *const *args, Kr_ssize_t nargs,
                       Kr_ssize_t *start, Kr_ssize_t *end)
{
    if (old_nargs(name, nargs, 1, 3) < 0)
        return -1;
    if (!KR_STR_CHECK(args[0])) {
        kr_err_format(&kr_exc_TypeError, "must be str, not %s", kr_type_name(KR_TYPE(args[0])));
        return -1;
    }
    return kr_parse_slice_args(args, nargs, 1, KR_STR_LEN(s), start, end);
}

static KrObject *do_find(const char *name, KrObject *s, KrObject *const *args, Kr_ssize_t nargs,
                         int dir, int raise)
{
    Kr_ssize_t start, end;
    if (search_args(name, s, args, nargs, &start, &end) < 0)
        return NULL;
    Kr_ssize_t i = -1;
    if (start <= KR_STR_LEN(s))
        i = kr_str_find_raw(s, args[0], start, end, dir);
    if (i < 0 && raise) {
        kr_err_set_string(&kr_exc_ValueError, "substring not found");
        return NULL;
    }
    return kr_int_from_ssize(i);
}

static KrObject *str_find(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_find("find", s, a, n, 1, 0); }
static KrObject *str_rfind(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_find("rfind", s, a, n, -1, 0); }
static KrObject *str_index(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_find("index", s, a, n, 1, 1); }
static KrObject *str_rindex(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_find("rindex", s, a, n, -1, 1); }

static KrObject *str_count(KrObject *s, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t start, end;
    if (search_args("count", s, args, nargs, &start, &end) < 0)
        return NULL;
    return kr_int_from_ssize(count_sub(s, args[0], start, end, -1));
}

static int tailmatch(KrObject *s, KrObject *sub, Kr_ssize_t start, Kr_ssize_t end, int atend)
{
    Kr_ssize_t m = KR_STR_LEN(sub);
    if (end - start < m || start > KR_STR_LEN(s))
        return 0;
    if (m == 0)
        return 1;
    Kr_ssize_t pos = atend ? end - m : start;
    if (KR_STR_KIND(sub) > KR_STR_KIND(s))
        return 0;
    for (Kr_ssize_t j = 0; j < m; j++)
        if (KR_STR_CHAR(s, pos + j) != KR_STR_CHAR(sub, j))
            return 0;
    return 1;
}

static KrObject *starts_ends(const char *name, KrObject *s, KrObject *const *args,
                             Kr_ssize_t nargs, int atend)
{
    if (old_nargs(name, nargs, 1, 3) < 0)
        return NULL;
    Kr_ssize_t start, end;
    if (kr_parse_slice_args(args, nargs, 1, KR_STR_LEN(s), &start, &end) < 0)
        return NULL;
    KrObject *x = args[0];
    if (KR_TUPLE_CHECK(x)) {
        for (Kr_ssize_t i = 0; i < KR_SIZE(x); i++) {
            KrObject *e = KR_TUPLE_GET(x, i);
            if (!KR_STR_CHECK(e))
                return kr_err_format(&kr_exc_TypeError,
                                     "tuple for %s must only contain str, not %s", name,
                                     kr_type_name(KR_TYPE(e)));
            if (tailmatch(s, e, start, end, atend))
                KR_RETURN_TRUE;
        }
        KR_RETURN_FALSE;
    }
    if (!KR_STR_CHECK(x))
        return kr_err_format(&kr_exc_TypeError,
                             "%s first arg must be str or a tuple of str, not %s", name,
                             kr_type_name(KR_TYPE(x)));
    return kr_bool_from(tailmatch(s, x, start, end, atend));
}

static KrObject *str_startswith(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return starts_ends("startswith", s, a, n, 0); }
static KrObject *str_endswith(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return starts_ends("endswith", s, a, n, 1); }

/* ====================================================================== */
/* Padding                                                                */
/* ====================================================================== */

static KrObject *pad(KrObject *s, Kr_ssize_t left, Kr_ssize_t right, uint32_t fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return exact_copy(s);
    KrUBuf u;
    kr_ubuf_init(&u);
    kr_ubuf_fill(&u, fill, left);
    kr_ubuf_put_str(&u, s);
    kr_ubuf_fill(&u, fill, right);
    return kr_ubuf_finish(&u);
}

static int width_fill(const char *name, KrObject *const *args, Kr_ssize_t nargs,
                      Kr_ssize_t *width, uint32_t *fill)
{
    if (kr_check_nargs(name, nargs, 1, 2) < 0)
        return -1;
    if (get_ssize(args[0], width) < 0)
        return -1;
    return get_fillchar(args, nargs, 1, fill, name);
}

static KrObject *str_center(KrObject *s, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t width;
    uint32_t fill;
    if (width_fill("center", args, nargs, &width, &fill) < 0)
        return NULL;
    Kr_ssize_t n = KR_STR_LEN(s);
    if (width <= n)
        return exact_copy(s);
    Kr_ssize_t marg = width - n;
    Kr_ssize_t left = marg / 2 + (marg & width & 1);
    return pad(s, left, marg - left, fill);
}

static KrObject *str_ljust(KrObject *s, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t width;
    uint32_t fill;
    if (width_fill("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(s, 0, width - KR_STR_LEN(s), fill);
}

static KrObject *str_rjust(KrObject *s, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t width;
    uint32_t fill;
    if (width_fill("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(s, width - KR_STR_LEN(s), 0, fill);
}

static KrObject *str_zfill(KrObject *s, KrObject *arg)
{
    Kr_ssize_t width;
    if (get_ssize(arg, &width) < 0)
        return NULL;
    Kr_ssize_t n = KR_STR_LEN(s);
    if (width <= n)
        return exact_copy(s);
    KrUBuf u;
    kr_ubuf_init(&u);
    Kr_ssize_t i = 0;
    if (n > 0 && (KR_STR_CHAR(s, 0) == '+' || KR_STR_CHAR(s, 0) == '-')) {
        kr_ubuf_putc(&u, KR_STR_CHAR(s, 0));
        i = 1;
    }
    kr_ubuf_fill(&u, '0', width - n);
    kr_ubuf_put_sub(&u, s, i, n);
    return kr_ubuf_finish(&u);
}

static KrObject *str_expandtabs(KrObject *s, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    KrObject *a[1] = {NULL};
    if (kr_parse_args("expandtabs", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    Kr_ssize_t tab = 8;
    if (a[0] && get_ssize(a[0], &tab) < 0)
        return NULL;
    KrUBuf u;
    kr_ubuf_init(&u);
    Kr_ssize_t col = 0, n = KR_STR_LEN(s);
    for (Kr_ssize_t i = 0; i < n; i++) {
        uint32_t c = KR_STR_CHAR(s, i);
        if (c == '\t') {
            if (tab > 0) {
                Kr_ssize_t k = tab - col % tab;
                kr_ubuf_fill(&u, ' ', k);
                col += k;
            }
        } else {
            kr_ubuf_putc(&u, c);
            col++;
            if (c == '\n' || c == '\r')
                col = 0;
        }
    }
    return kr_ubuf_finish(&u);
}

/* ====================================================================== */
/* Strip, split, partition, join, replace                                 */
/* ====================================================================== */

static int in_chars(KrObject *chars, uint32_t c)
{
    Kr_ssize_t n = KR_STR_LEN(chars);
    for (Kr_ssize_t i = 0; i < n; i++)
        if (KR_STR_CHAR(chars, i) == c)
            return 1;
    return 0;
}

static KrObject *do_strip(const char *name, KrObject *s, KrObject *const *args,
                          Kr_ssize_t nargs, int left, int right)
{
    if (kr_check_nargs(name, nargs, 0, 1) < 0)
        return NULL;
    KrObject *chars = nargs > 0 && args[0] != kr_None ? args[0] : NULL;
    if (chars && !KR_STR_CHECK(chars))
        return kr_err_format(&kr_exc_TypeError, "%s arg must be None or str", name);
    Kr_ssize_t i = 0, j = KR_STR_LEN(s);
    if (left)
        while (i < j && (chars ? in_chars(chars, KR_STR_CHAR(s, i))
                               : kr_unicode_has(KR_STR_CHAR(s, i), KR_UC_SPACE)))
            i++;
    if (right)
        while (j > i && (chars ? in_chars(chars, KR_STR_CHAR(s, j - 1))
                               : kr_unicode_has(KR_STR_CHAR(s, j - 1), KR_UC_SPACE)))
            j--;
    if (i == 0 && j == KR_STR_LEN(s))
        return exact_copy(s);
    return kr_str_substr(s, i, j);
}

static KrObject *str_strip(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_strip("strip", s, a, n, 1, 1); }
static KrObject *str_lstrip(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_strip("lstrip", s, a, n, 1, 0); }
static KrObject *str_rstrip(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_strip("rstrip", s, a, n, 0, 1); }

/* str.isspace for one code point; ASCII (nearly every call) by table. */
static inline int is_space_cp(uint32_t c)
{
    if (c < 128)
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    return kr_unicode_has(c, KR_UC_SPACE);
}

static int append_sub(KrObject *list, KrObject *s, Kr_ssize_t i, Kr_ssize_t j)
{
    KrObject *p = (i == 0 && j == KR_STR_LEN(s)) ? exact_copy(s) : kr_str_substr(s, i, j);
    if (p == NULL)
        return -1;
    int rc = kr_list_append(list, p);
    kr_decref(p);
    return rc;
}

static int split_args(const char *name, KrObject *const *args, Kr_ssize_t nargs,
                      KrObject *kwnames, KrObject **sep, Kr_ssize_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_parse_args(name, args, nargs, kwnames, names, 0, 0, a) < 0)
        return -1;
    *sep = a[0] == kr_None ? NULL : a[0];
    *maxsplit = -1;
    if (*sep && !KR_STR_CHECK(*sep)) {
        kr_err_format(&kr_exc_TypeError, "must be str or None, not %s",
                      kr_type_name(KR_TYPE(*sep)));
        return -1;
    }
    if (*sep && KR_STR_LEN(*sep) == 0) {
        kr_err_set_string(&kr_exc_ValueError, "empty separator");
        return -1;
    }
    if (a[1] && get_ssize(a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = KR_SSIZE_T_MAX;
    return 0;
}

static KrObject *str_split(KrObject *s, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    KrObject *sep;
    Kr_ssize_t maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    KrObject *list = kr_list_new(0);
    if (list == NULL)
        return NULL;
    Kr_ssize_t n = KR_STR_LEN(s);
    if (sep == NULL) {
        Kr_ssize_t i = 0;
        while (1) {
            while (i < n && is_space_cp(KR_STR_CHAR(s, i)))
                i++;
            if (i >= n)
                break;
            if (maxsplit-- == 0) {
                /* the remainder keeps its trailing whitespace */
                if (append_sub(list, s, i, n) < 0)
                    goto fail;
                break;
            }
            Kr_ssize_t j = i;
            while (j < n && !is_space_cp(KR_STR_CHAR(s, j)))
                j++;
            if (append_sub(list, s, i, j) < 0)
                goto fail;
            i = j;
        }
        return list;
    }
    Kr_ssize_t m = KR_STR_LEN(sep), i = 0;
    while (maxsplit-- > 0) {
        Kr_ssize_t j = kr_str_find_raw(s, sep, i, n, 1);
        if (j < 0)
            break;
        if (append_sub(list, s, i, j) < 0)
            goto fail;
        i = j + m;
    }
    if (append_sub(list, s, i, n) < 0)
        goto fail;
    return list;
fail:
    kr_decref(list);
    return NULL;
}

static KrObject *str_rsplit(KrObject *s, KrObject *const *args, Kr_ssize_t nargs,
                            KrObject *kwnames)
{
    KrObject *sep;
    Kr_ssize_t maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    KrObject *list = kr_list_new(0);
    if (list == NULL)
        return NULL;
    Kr_ssize_t n = KR_STR_LEN(s);
    if (sep == NULL) {
        Kr_ssize_t j = n;
        while (1) {
            while (j > 0 && is_space_cp(KR_STR_CHAR(s, j - 1)))
                j--;
            if (j <= 0)
                break;
            if (maxsplit-- == 0) {
                if (append_sub(list, s, 0, j) < 0)
                    goto fail;
                break;
            }
            Kr_ssize_t i = j;
            while (i > 0 && !is_space_cp(KR_STR_CHAR(s, i - 1)))
                i--;
            if (append_sub(list, s, i, j) < 0)
                goto fail;
            j = i;
        }
    } else {
        Kr_ssize_t m = KR_STR_LEN(sep), j = n;
        while (maxsplit-- > 0) {
            Kr_ssize_t i = kr_str_find_raw(s, sep, 0, j, -1);
            if (i < 0)
                break;
            if (append_sub(list, s, i + m, j) < 0)
                goto fail;
            j = i;
        }
        if (append_sub(list, s, 0, j) < 0)
            goto fail;
    }
    if (kr_list_reverse(list) < 0)
        goto fail;
    return list;
fail:
    kr_decref(list);
    return NULL;
}

static KrObject *str_splitlines(KrObject *s, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    KrObject *a[1] = {NULL};
    if (kr_parse_args("splitlines", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    int keep = 0;
    if (a[0]) {
        if (KR_FLOAT_CHECK(a[0]))
            return kr_err_format(&kr_exc_TypeError,
                                 "'float' object cannot be interpreted as an integer");
        keep = kr_object_is_true(a[0]);
        if (keep < 0)
            return NULL;
    }
    KrObject *list = kr_list_new(0);
    if (list == NULL)
        return NULL;
    Kr_ssize_t n = KR_STR_LEN(s), i = 0;
    while (i < n) {
        Kr_ssize_t j = i;
        while (j < n && !kr_unicode_has(KR_STR_CHAR(s, j), KR_UC_LINEBREAK))
            j++;
        Kr_ssize_t eol = j;
        if (j < n) {
            if (KR_STR_CHAR(s, j) == '\r' && j + 1 < n && KR_STR_CHAR(s, j + 1) == '\n')
                j += 2;
            else
                j++;
            if (keep)
                eol = j;
        }
        if (append_sub(list, s, i, eol) < 0) {
            kr_decref(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static KrObject *partition(KrObject *s, KrObject *sep, int dir)
{
    if (!KR_STR_CHECK(sep))
        return kr_err_format(&kr_exc_TypeError, "must be str, not %s",
                             kr_type_name(KR_TYPE(sep)));
    if (KR_STR_LEN(sep) == 0) {
        kr_err_set_string(&kr_exc_ValueError, "empty separator");
        return NULL;
    }
    Kr_ssize_t n = KR_STR_LEN(s);
    Kr_ssize_t i = kr_str_find_raw(s, sep, 0, n, dir);
    KrObject *a, *b, *c;
    if (i < 0) {
        KrObject *e = kr_str_empty(), *whole = exact_copy(s);
        if (dir > 0) {
            a = whole;
            b = kr_newref(e);
            c = e;
        } else {
            a = kr_newref(e);
            b = e;
            c = whole;
        }
    } else {
        a = kr_str_substr(s, 0, i);
        b = exact_copy(sep);
        c = kr_str_substr(s, i + KR_STR_LEN(sep), n);
    }
    KrObject *t = NULL;
    if (a && b && c)
        t = kr_tuple_pack(3, a, b, c);
    kr_xdecref(a);
    kr_xdecref(b);
    kr_xdecref(c);
    return t;
}

static KrObject *str_partition(KrObject *s, KrObject *sep) { return partition(s, sep, 1); }
static KrObject *str_rpartition(KrObject *s, KrObject *sep) { return partition(s, sep, -1); }

KrObject *kr_str_join(KrObject *sep, KrObject *iterable)
{
    KrObject *seq;
    if (KR_LIST_CHECK_EXACT(iterable) || KR_TUPLE_CHECK_EXACT(iterable)) {
        seq = kr_newref(iterable);
    } else {
        KrObject *it = kr_object_get_iter(iterable);
        if (it == NULL) {
            if (kr_err_matches_type(&kr_exc_TypeError)) {
                kr_err_clear();
                kr_err_set_string(&kr_exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        kr_decref(it);
        seq = kr_sequence_list(iterable);
        if (seq == NULL)
            return NULL;
    }
    Kr_ssize_t n = KR_SIZE(seq);
    KrObject *const *items = KR_LIST_CHECK_EXACT(seq) ? KR_LIST_ITEMS(seq) : KR_TUPLE_ITEMS(seq);
    if (n == 1 && KR_STR_CHECK_EXACT(items[0])) {
        KrObject *r = kr_newref(items[0]);
        kr_decref(seq);
        return r;
    }
    Kr_ssize_t total = 0;
    uint32_t maxc = 0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *x = items[i];
        if (!KR_STR_CHECK(x)) {
            kr_err_format(&kr_exc_TypeError, "sequence item %zd: expected str instance, %s found",
                          i, kr_type_name(KR_TYPE(x)));
            kr_decref(seq);
            return NULL;
        }
        total += KR_STR_LEN(x);
        uint32_t m = ((KrStr *)x)->ascii ? 0 : kr_str_maxchar(KR_STR_KIND(x), KR_STR_DATA(x),
                                                             KR_STR_LEN(x));
        if (m > maxc)
            maxc = m;
    }
    if (n > 1) {
        total += KR_STR_LEN(sep) * (n - 1);
        uint32_t m = kr_str_maxchar(KR_STR_KIND(sep), KR_STR_DATA(sep), KR_STR_LEN(sep));
        if (m > maxc)
            maxc = m;
    }
    KrObject *r;
    if (total == 0) {
        r = kr_str_empty();
    } else {
        r = kr_str_new(total, maxc);
        if (r) {
            int k = KR_STR_KIND(r);
            char *d = KR_STR_DATA(r);
            Kr_ssize_t pos = 0;
            for (Kr_ssize_t i = 0; i < n; i++) {
                if (i > 0) {
                    for (Kr_ssize_t j = 0; j < KR_STR_LEN(sep); j++, pos++) {
                        uint32_t c = KR_STR_CHAR(sep, j);
                        if (k == 1) ((uint8_t *)d)[pos] = (uint8_t)c;
                        else if (k == 2) ((uint16_t *)d)[pos] = (uint16_t)c;
                        else ((uint32_t *)d)[pos] = c;
                    }
                }
                KrObject *x = items[i];
                Kr_ssize_t xl = KR_STR_LEN(x);
                if (KR_STR_KIND(x) == k) {
                    memcpy(d + pos * k, KR_STR_DATA(x), (size_t)xl * k);
                    pos += xl;
                } else {
                    for (Kr_ssize_t j = 0; j < xl; j++, pos++) {
                        uint32_t c = KR_STR_CHAR(x, j);
                        if (k == 1) ((uint8_t *)d)[pos] = (uint8_t)c;
                        else if (k == 2) ((uint16_t *)d)[pos] = (uint16_t)c;
                        else ((uint32_t *)d)[pos] = c;
                    }
                }
            }
            if (total == 1)
                r = kr_str_shrink(r);
        }
    }
    kr_decref(seq);
    return r;
}

static KrObject *str_join(KrObject *s, KrObject *it) { return kr_str_join(s, it); }

static Kr_ssize_t find_bytes(const uint8_t *h, Kr_ssize_t from, Kr_ssize_t n,
                             const uint8_t *needle, Kr_ssize_t m)
{
    if (n - from < m)
        return -1;
    const uint8_t *p = m == 1 ? memchr(h + from, needle[0], (size_t)(n - from))
                              : memmem(h + from, (size_t)(n - from), needle, (size_t)m);
    return p ? p - h : -1;
}

/* replace() when all three strings are one byte per character (the usual
 * case): count, size the result exactly, then copy runs with memcpy; the
 * code-point buffer made this 10x slower than CPython.  NULL without an
 * error means "use the general path" (nothing to do or absurd sizes). */
static KrObject *replace_latin1(KrObject *s, KrObject *old, KrObject *new_, Kr_ssize_t count)
{
    const uint8_t *sd = KR_STR_DATA(s), *od = KR_STR_DATA(old), *nd = KR_STR_DATA(new_);
    Kr_ssize_t n = KR_STR_LEN(s), m = KR_STR_LEN(old), nl = KR_STR_LEN(new_);
    Kr_ssize_t found = 0, i = 0, j;
    while (found < count && (j = find_bytes(sd, i, n, od, m)) >= 0) {
        found++;
        i = j + m;
    }
    if (found == 0 || (nl > m && found > (KR_SSIZE_T_MAX / 4 - n) / (nl - m)))
        return NULL;
    Kr_ssize_t outlen = n + found * (nl - m);
    if (outlen == 0)
        return kr_str_empty();
    int ascii = ((KrStr *)s)->ascii && ((KrStr *)new_)->ascii;
    KrObject *r = kr_str_new(outlen, ascii ? 127 : 255);
    if (r == NULL)
        return NULL;
    uint8_t *o = KR_STR_DATA(r);
    i = 0;
    for (Kr_ssize_t k = 0; k < found; k++) {
        j = find_bytes(sd, i, n, od, m);
        memcpy(o, sd + i, (size_t)(j - i));
        o += j - i;
        memcpy(o, nd, (size_t)nl);
        o += nl;
        i = j + m;
    }
    memcpy(o, sd + i, (size_t)(n - i));
    /* Replacing every non-ASCII character can leave an ASCII result. */
    return ascii ? r : kr_str_shrink(r);
}

static KrObject *str_replace(KrObject *s, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("replace", nargs, 2, 3) < 0)
        return NULL;
    for (int k = 0; k < 2; k++)
        if (!KR_STR_CHECK(args[k]))
            return kr_err_format(&kr_exc_TypeError, "replace() argument %d must be str, not %s",
                                 k + 1, kr_type_name(KR_TYPE(args[k])));
    Kr_ssize_t count = -1;
    if (nargs > 2 && get_ssize(args[2], &count) < 0)
        return NULL;
    KrObject *old = args[0], *new_ = args[1];
    Kr_ssize_t n = KR_STR_LEN(s), m = KR_STR_LEN(old);
    if (count < 0)
        count = KR_SSIZE_T_MAX;
    if (m > 0 && KR_STR_KIND(s) == 1 && KR_STR_KIND(old) == 1 && KR_STR_KIND(new_) == 1) {
        KrObject *r = replace_latin1(s, old, new_, count);
        if (r != NULL || kr_err_occurred())
            return r;
    }
    KrUBuf u;
    kr_ubuf_init(&u);
    Kr_ssize_t i = 0, done = 0;
    if (m == 0) {
        while (done < count && i <= n) {
            kr_ubuf_put_str(&u, new_);
            done++;
            if (i < n)
                kr_ubuf_putc(&u, KR_STR_CHAR(s, i));
            i++;
        }
        if (i < n)
            kr_ubuf_put_sub(&u, s, i, n);
        if (done == 0) {
            kr_ubuf_free(&u);
            return exact_copy(s);
        }
        return kr_ubuf_finish(&u);
    }
    while (done < count) {
        Kr_ssize_t j = kr_str_find_raw(s, old, i, n, 1);
        if (j < 0)
            break;
        kr_ubuf_put_sub(&u, s, i, j);
        kr_ubuf_put_str(&u, new_);
        i = j + m;
        done++;
    }
    if (done == 0) {
        kr_ubuf_free(&u);
        return exact_copy(s);
    }
    kr_ubuf_put_sub(&u, s, i, n);
    return kr_ubuf_finish(&u);
}

static KrObject *str_removeprefix(KrObject *s, KrObject *p)
{
    if (kr_str_arg_check(p, "removeprefix", NULL) < 0)
        return NULL;
    if (tailmatch(s, p, 0, KR_STR_LEN(s), 0))
        return kr_str_substr(s, KR_STR_LEN(p), KR_STR_LEN(s));
    return exact_copy(s);
}

static KrObject *str_removesuffix(KrObject *s, KrObject *p)
{
    if (kr_str_arg_check(p, "removesuffix", NULL) < 0)
        return NULL;
    if (KR_STR_LEN(p) > 0 && tailmatch(s, p, 0, KR_STR_LEN(s), 1))
        return kr_str_substr(s, 0, KR_STR_LEN(s) - KR_STR_LEN(p));
    return exact_copy(s);
}

/* ====================================================================== */
/* translate / maketrans                                                  */
/* ====================================================================== */

/* table[c] as a new reference: 1 found, 0 absent (LookupError), -1 error.
 * An exact dict is probed directly: raising and clearing a KeyError for
 * every unmapped character made translate ~25x slower than CPython. */
static int translate_lookup(KrObject *table, uint32_t c, KrObject **out)
{
    KrObject *key = kr_int_from_i64(c);
    if (key == NULL)
        return -1;
    if (KR_DICT_CHECK_EXACT(table)) {
        KrObject *v = kr_dict_get_item(table, key);
        kr_decref(key);
        if (v == NULL)
            return kr_err_occurred() ? -1 : 0;
        *out = kr_newref(v);
        return 1;
    }
    KrObject *v = kr_object_getitem(table, key);
    kr_decref(key);
    if (v == NULL) {
        if (kr_err_matches_type(&kr_exc_LookupError)) {
            kr_err_clear();
            return 0;
        }
        return -1;
    }
    *out = v;
    return 1;
}

enum { TR_UNKNOWN = -2, TR_DELETE = -1, TR_COMPLEX = -3 };

/* What table does to c: *memo becomes a code point, TR_DELETE, or
 * TR_COMPLEX with *str a new reference to a longer str.  0 or -1. */
static int translate_resolve(KrObject *table, uint32_t c, int32_t *memo, KrObject **str)
{
    KrObject *v;
    *str = NULL;
    int found = translate_lookup(table, c, &v);
    if (found < 0)
        return -1;
    if (found == 0) {
        *memo = (int32_t)c;
        return 0;
    }
    if (v == kr_None) {
        *memo = TR_DELETE;
    } else if (KR_INT_CHECK(v)) {
        int ovf;
        int64_t x = kr_int_as_i64(v, &ovf);
        if (ovf || x < 0 || x > 0x10ffff) {
            kr_decref(v);
            kr_err_set_string(&kr_exc_ValueError,
                              "character mapping must be in range(0x110000)");
            return -1;
        }
        *memo = (int32_t)x;
    } else if (KR_STR_CHECK(v)) {
        if (KR_STR_LEN(v) == 0) {
            *memo = TR_DELETE;
        } else if (KR_STR_LEN(v) == 1) {
            *memo = (int32_t)KR_STR_CHAR(v, 0);
        } else {
            *memo = TR_COMPLEX;
            *str = v;
            return 0;
        }
    } else {
        kr_decref(v);
        kr_err_set_string(&kr_exc_TypeError,
                          "character mapping must return integer, None or str");
        return -1;
    }
    kr_decref(v);
    return 0;
}

/* For an exact dict, what each ASCII character maps to is remembered, so
 * the table is consulted once per distinct character (as CPython's ASCII
 * cache does), and an ASCII string whose characters all map to ASCII or
 * nothing is built in a byte buffer without the code-point buffer. */
static KrObject *str_translate(KrObject *s, KrObject *table)
{
    KrUBuf u;
    int32_t cache[128];
    int use_cache = KR_DICT_CHECK_EXACT(table);
    for (int i = 0; i < 128; i++)
        cache[i] = TR_UNKNOWN;
    Kr_ssize_t n = KR_STR_LEN(s), i = 0;
    kr_ubuf_init(&u);
    if (use_cache && ((KrStr *)s)->ascii && n > 0) {
        const uint8_t *src = KR_STR_DATA(s);
        char *buf = kr_mem_alloc((size_t)n);
        if (buf == NULL)
            return kr_err_no_memory();
        Kr_ssize_t len = 0;
        for (; i < n; i++) {
            uint8_t c = src[i];
            if (cache[c] == TR_UNKNOWN) {
                KrObject *str;
                if (translate_resolve(table, c, &cache[c], &str) < 0) {
                    kr_mem_free(buf);
                    return NULL;
                }
                kr_xdecref(str);
            }
            int32_t m = cache[c];
            if (m >= 0 && m < 128)
                buf[len++] = (char)m;
            else if (m != TR_DELETE)
                break;          /* the general loop below takes over at i */
        }
        if (i == n) {
            KrObject *r = kr_str_from_kind(1, buf, len);
            kr_mem_free(buf);
            return r;
        }
        kr_ubuf_put_ascii(&u, buf, len);
        kr_mem_free(buf);
    }
    for (; i < n; i++) {
        uint32_t c = KR_STR_CHAR(s, i);
        int32_t m = use_cache && c < 128 ? cache[c] : TR_UNKNOWN;
        KrObject *str = NULL;
        if (m == TR_UNKNOWN || m == TR_COMPLEX) {
            if (translate_resolve(table, c, &m, &str) < 0)
                goto fail;
            if (use_cache && c < 128)
                cache[c] = m;
        }
        if (str) {
            kr_ubuf_put_str(&u, str);
            kr_decref(str);
        } else if (m >= 0) {
            kr_ubuf_putc(&u, (uint32_t)m);
        }
    }
    return kr_ubuf_finish(&u);
fail:
    kr_ubuf_free(&u);
    return NULL;
}

static KrObject *str_maketrans(KrObject *unused, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("maketrans", nargs, 1, 3) < 0)
        return NULL;
    KrObject *d = kr_dict_new();
    if (d == NULL)
        return NULL;
    if (nargs == 1) {
        KrObject *x = args[0];
        if (!KR_DICT_CHECK(x)) {
            kr_err_set_string(&kr_exc_TypeError,
                              "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        Kr_ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(x, &pos, &k, &v)) {
            if (KR_STR_CHECK(k)) {
                if (KR_STR_LEN(k) != 1) {
                    kr_err_set_string(&kr_exc_ValueError,
                                      "string keys in translate table must be of length 1");
                    goto fail;
                }
                KrObject *ik = kr_int_from_i64(KR_STR_CHAR(k, 0));
                int rc = ik ? kr_dict_set_item(d, ik, v) : -1;
                kr_xdecref(ik);
                if (rc < 0)
                    goto fail;
            } else if (KR_INT_CHECK(k)) {
                if (kr_dict_set_item(d, k, v) < 0)
                    goto fail;
            } else {
                kr_err_set_string(&kr_exc_TypeError,
                                  "keys in translate table must be strings or integers");
                goto fail;
            }
        }
        return d;
    }
    KrObject *x = args[0], *y = args[1];
    if (!KR_STR_CHECK(x)) {
        kr_err_format(&kr_exc_TypeError, "maketrans() argument 1 must be str, not %s",
                      kr_type_name(KR_TYPE(x)));
        goto fail;
    }
    if (!KR_STR_CHECK(y)) {
        kr_err_format(&kr_exc_TypeError, "maketrans() argument 2 must be str, not %s",
                      kr_type_name(KR_TYPE(y)));
        goto fail;
    }
    if (KR_STR_LEN(x) != KR_STR_LEN(y)) {
        kr_err_set_string(&kr_exc_ValueError,
                          "the first two maketrans arguments must have equal length");
        goto fail;
    }
    for (Kr_ssize_t i = 0; i < KR_STR_LEN(x); i++) {
        KrObject *k = kr_int_from_i64(KR_STR_CHAR(x, i));
        KrObject *v = kr_int_from_i64(KR_STR_CHAR(y, i));
        int rc = (k && v) ? kr_dict_set_item(d, k, v) : -1;
        kr_xdecref(k);
        kr_xdecref(v);
        if (rc < 0)
            goto fail;
    }
    if (nargs == 3) {
        KrObject *z = args[2];
        if (!KR_STR_CHECK(z)) {
            kr_err_format(&kr_exc_TypeError, "maketrans() argument 3 must be str, not %s",
                          kr_type_name(KR_TYPE(z)));
            goto fail;
        }
        for (Kr_ssize_t i = 0; i < KR_STR_LEN(z); i++) {
            KrObject *k = kr_int_from_i64(KR_STR_CHAR(z, i));
            int rc = k ? kr_dict_set_item(d, k, kr_None) : -1;
            kr_xdecref(k);
            if (rc < 0)
                goto fail;
        }
    }
    return d;
fail:
    kr_decref(d);
    return NULL;
}

/* ====================================================================== */
/* encode, format, dunders                                                */
/* ====================================================================== */

static KrObject *str_encode(KrObject *s, KrObject *const *args, Kr_ssize_t nargs,
                            KrObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_parse_args("encode", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    const char *enc = "utf-8", *errs = NULL;
    if (a[0]) {
        if (!KR_STR_CHECK(a[0]))
            return kr_err_format(&kr_exc_TypeError,
                                 "encode() argument 'encoding' must be str, not %s",
                                 kr_type_name(KR_TYPE(a[0])));
        if ((enc = kr_str_utf8(a[0], NULL)) == NULL)
            return NULL;
    }
    if (a[1]) {
        if (!KR_STR_CHECK(a[1]))
            return kr_err_format(&kr_exc_TypeError,
                                 "encode() argument 'errors' must be str, not %s",
                                 kr_type_name(KR_TYPE(a[1])));
        if ((errs = kr_str_utf8(a[1], NULL)) == NULL)
            return NULL;
    }
    return kr_str_encode(s, enc, errs);
}

static KrObject *str_format(KrObject *s, KrObject *const *args, Kr_ssize_t nargs,
                            KrObject *kwnames)
{
    KrObject *kw = NULL;
    if (kwnames && KR_SIZE(kwnames) > 0) {
        kw = kr_dict_new();
        if (kw == NULL)
            return NULL;
        for (Kr_ssize_t i = 0; i < KR_SIZE(kwnames); i++)
            if (kr_dict_set_item(kw, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                kr_decref(kw);
                return NULL;
            }
    }
    KrObject *r = kr_str_format_impl(s, args, nargs, kw);
    kr_xdecref(kw);
    return r;
}

static KrObject *str_format_map(KrObject *s, KrObject *mapping)
{
    return kr_str_format_impl(s, NULL, -1, mapping);
}

KrObject *kr_str_format_spec(KrObject *s, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(&kr_exc_TypeError, "__format__() argument must be str, not %s",
                             kr_type_name(KR_TYPE(spec)));
    Kr_ssize_t len;
    const char *p = kr_str_utf8(spec, &len);
    if (p == NULL)
        return NULL;
    if (len == 0)
        return exact_copy(s);
    return kr_format_str(s, p, len);
}

static KrObject *str_dunder_format(KrObject *s, KrObject *spec)
{
    return kr_str_format_spec(s, spec);
}

static KrObject *str_getnewargs(KrObject *s)
{
    KrObject *c = kr_str_from_kind(KR_STR_KIND(s), KR_STR_DATA(s), KR_STR_LEN(s));
    if (c == NULL)
        return NULL;
    KrObject *t = kr_tuple_pack(1, c);
    kr_decref(c);
    return t;
}

static KrObject *str_sizeof(KrObject *s)
{
    return kr_int_from_ssize(kr_str_sizeof(s));
}

const KrMethodDef kr_str_methods[] = {
    KR_METHOD_NOARGS("capitalize", str_capitalize),
    KR_METHOD_NOARGS("casefold", str_casefold),
    KR_METHOD_FAST("center", str_center),
    KR_METHOD_FAST("count", str_count),
    KR_METHOD_FASTKW("encode", str_encode),
    KR_METHOD_FAST("endswith", str_endswith),
    KR_METHOD_FASTKW("expandtabs", str_expandtabs),
    KR_METHOD_FAST("find", str_find),
    KR_METHOD_FASTKW("format", str_format),
    KR_METHOD_O("format_map", str_format_map),
    KR_METHOD_FAST("index", str_index),
    KR_METHOD_NOARGS("isalnum", str_isalnum),
    KR_METHOD_NOARGS("isalpha", str_isalpha),
    KR_METHOD_NOARGS("isascii", str_isascii),
    KR_METHOD_NOARGS("isdecimal", str_isdecimal),
    KR_METHOD_NOARGS("isdigit", str_isdigit),
    KR_METHOD_NOARGS("isidentifier", str_isidentifier),
    KR_METHOD_NOARGS("islower", str_islower),
    KR_METHOD_NOARGS("isnumeric", str_isnumeric),
    KR_METHOD_NOARGS("isprintable", str_isprintable),
    KR_METHOD_NOARGS("isspace", str_isspace),
    KR_METHOD_NOARGS("istitle", str_istitle),
    KR_METHOD_NOARGS("isupper", str_isupper),
    KR_METHOD_O("join", str_join),
    KR_METHOD_FAST("ljust", str_ljust),
    KR_METHOD_NOARGS("lower", str_lower),
    KR_METHOD_FAST("lstrip", str_lstrip),
    {"maketrans", {.fast = str_maketrans}, KR_METH_FAST | KR_METH_STATIC, NULL},
    KR_METHOD_O("partition", str_partition),
    KR_METHOD_O("removeprefix", str_removeprefix),
    KR_METHOD_O("removesuffix", str_removesuffix),
    KR_METHOD_FAST("replace", str_replace),
    KR_METHOD_FAST("rfind", str_rfind),
    KR_METHOD_FAST("rindex", str_rindex),
    KR_METHOD_FAST("rjust", str_rjust),
    KR_METHOD_O("rpartition", str_rpartition),
    KR_METHOD_FASTKW("rsplit", str_rsplit),
    KR_METHOD_FAST("rstrip", str_rstrip),
    KR_METHOD_FASTKW("split", str_split),
    KR_METHOD_FASTKW("splitlines", str_splitlines),
    KR_METHOD_FAST("startswith", str_startswith),
    KR_METHOD_FAST("strip", str_strip),
    KR_METHOD_NOARGS("swapcase", str_swapcase),
    KR_METHOD_NOARGS("title", str_title),
    KR_METHOD_O("translate", str_translate),
    KR_METHOD_NOARGS("upper", str_upper),
    KR_METHOD_O("zfill", str_zfill),
    KR_METHOD_O("__format__", str_dunder_format),
    KR_METHOD_NOARGS("__getnewargs__", str_getnewargs),
    KR_METHOD_NOARGS("__sizeof__", str_sizeof),
    KR_METHOD_END,
};
