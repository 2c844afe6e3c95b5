/*
 * strformat.c -- printf-style `%` formatting for str and bytes, and
 * str.format / str.format_map.
 *
 * Percent formatting.  One engine serves both str % args and bytes % args:
 * it walks the format, collects each conversion's flags, width, precision
 * and optional (key), pulls the next argument (or looks the key up in the
 * mapping), renders it and pads it.  Output is gathered as code points; for
 * bytes every code point is < 256 and the result is packed into bytes.  The
 * differences between the two are confined to %s/%r/%a/%c/%b.  Integers
 * are rendered from their decimal/hex/octal digit strings so bignums need
 * no special case; floats go through the C library's %e/%f/%g, which give
 * the same digits as CPython for these fixed-precision forms.
 *
 * str.format.  The parser follows CPython's MarkupIterator: literal text up
 * to a brace ('{{' and '}}' are escapes), then a replacement field whose
 * end is found by parse_field: a field name (where '[' ... ']' is skipped
 * so a '}' inside an index does not end it), an optional '!' conversion
 * and an optional ':' spec in which braces nest.  A spec containing '{'
 * is itself formatted recursively (at most two levels: "Max string
 * recursion exceeded").  Automatic ('{}') and manual ('{0}') numbering
 * share one state across recursion and may not be mixed.  Each error
 * message is CPython 3.11's.
 */
#include "krait.h"
#include "strimpl.h"
#include "formatspec.h"

#include <math.h>
#include <stdio.h>

/* ====================================================================== */
/* Percent formatting                                                     */
/* ====================================================================== */

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct {
    int bytes;                      /* formatting a bytes object */
    KrObject *fmt;                  /* str, or bytes when `bytes` */
    Kr_ssize_t len;
} PctFmt;

static uint32_t fmt_char(const PctFmt *f, Kr_ssize_t i)
{
    return f->bytes ? (uint8_t)KR_BYTES_DATA(f->fmt)[i] : KR_STR_CHAR(f->fmt, i);
}

/* Appends text (ASCII digits etc.) padded per flags/width.  sign and
 * prefix go before zero padding. */
static int put_padded(KrUBuf *u, const char *sign, const char *prefix, KrObject *body_str,
                      const char *body_ascii, Kr_ssize_t body_len, int flags, Kr_ssize_t width,
                      int zero_ok)
{
    Kr_ssize_t sl = (Kr_ssize_t)strlen(sign), pl = (Kr_ssize_t)strlen(prefix);
    Kr_ssize_t total = sl + pl + body_len;
    Kr_ssize_t padn = width > total ? width - total : 0;
    int zero = (flags & F_ZERO) && !(flags & F_LJUST) && zero_ok;
    if (padn && !(flags & F_LJUST) && !zero)
        kr_ubuf_fill(u, ' ', padn);
    kr_ubuf_put_ascii(u, sign, sl);
    kr_ubuf_put_ascii(u, prefix, pl);
    if (padn && zero)
        kr_ubuf_fill(u, '0', padn);
    if (body_str)
        kr_ubuf_put_sub(u, body_str, 0, body_len);
    else
        kr_ubuf_put_ascii(u, body_ascii, body_len);
    if (padn && (flags & F_LJUST))
        kr_ubuf_fill(u, ' ', padn);
    return u->failed ? -1 : 0;
}

static int is_number(KrObject *v)
{
    KrNumberMethods *nm = KR_TYPE(v)->as_number;
    return nm && (nm->int_ || nm->float_ || nm->index);
}

static int format_integer(KrUBuf *u, KrObject *v, uint32_t c, int flags, Kr_ssize_t width,
                          Kr_ssize_t prec)
{
    KrObject *iv;
    if (c == 'd' || c == 'i' || c == 'u') {
        if (KR_INT_CHECK(v)) {
            iv = kr_newref(v);
        } else if (is_number(v)) {
            iv = kr_index_check(v) ? kr_number_index(v) : kr_number_long(v);
        } else {
            kr_err_format(&kr_exc_TypeError, "%%%c format: a real number is required, not %s",
                          (int)c, kr_type_name(KR_TYPE(v)));
            return -1;
        }
    } else {
        if (!kr_index_check(v)) {
            kr_err_format(&kr_exc_TypeError, "%%%c format: an integer is required, not %s",
                          (int)c, kr_type_name(KR_TYPE(v)));
            return -1;
        }
        iv = kr_number_index(v);
    }
    if (iv == NULL)
        return -1;
    int base = (c == 'x' || c == 'X') ? 16 : c == 'o' ? 8 : 10;
    KrObject *ds = kr_int_to_base(iv, base, 0);
    kr_decref(iv);
    if (ds == NULL)
        return -1;
    Kr_ssize_t dlen;
    const char *d = kr_str_utf8(ds, &dlen);
    const char *sign = "";
    if (d[0] == '-') {
        sign = "-";
        d++;
        dlen--;
    } else if (flags & F_SIGN) {
        sign = "+";
    } else if (flags & F_BLANK) {
        sign = " ";
    }
    char *body = kr_mem_alloc((size_t)(dlen + (prec > 0 ? prec : 0) + 1));
    if (body == NULL) {
        kr_decref(ds);
        kr_err_no_memory();
        return -1;
    }
    Kr_ssize_t bl = 0;
    for (Kr_ssize_t k = dlen; k < prec; k++)
        body[bl++] = '0';
    for (Kr_ssize_t k = 0; k < dlen; k++) {
        char ch = d[k];
        if (c == 'X' && ch >= 'a' && ch <= 'f')
            ch = (char)(ch - 32);
        body[bl++] = ch;
    }
    kr_decref(ds);
    const char *prefix = "";
    if (flags & F_ALT) {
        if (c == 'x')
            prefix = "0x";
        else if (c == 'X')
            prefix = "0X";
        else if (c == 'o')
            prefix = "0o";
    }
    int rc = put_padded(u, sign, prefix, NULL, body, bl, flags, width, 1);
    kr_mem_free(body);
    return rc;
}

static int format_floating(KrUBuf *u, KrObject *v, uint32_t c, int flags, Kr_ssize_t width,
                           Kr_ssize_t prec)
{
    double x;
    if (KR_FLOAT_CHECK(v)) {
        x = KR_FLOAT_VALUE(v);
    } else {
        if (!is_number(v)) {
            kr_err_format(&kr_exc_TypeError, "must be real number, not %s",
                          kr_type_name(KR_TYPE(v)));
            return -1;
        }
        x = kr_float_as_double(v);
        if (x == -1.0 && kr_err_occurred())
            return -1;
    }
    if (prec < 0)
        prec = 6;
    char spec[16], buf[512];
    snprintf(spec, sizeof spec, "%%%s.*%c", (flags & F_ALT) ? "#" : "", (int)c);
    int n = snprintf(buf, sizeof buf, spec, (int)prec, fabs(x));
    char *body = buf;
    char *heap = NULL;
    if (n >= (int)sizeof buf) {
        heap = kr_mem_alloc((size_t)n + 1);
        if (heap == NULL) {
            kr_err_no_memory();
            return -1;
        }
        snprintf(heap, (size_t)n + 1, spec, (int)prec, fabs(x));
        body = heap;
    }
    const char *sign = "";
    if (signbit(x))
        sign = "-";
    else if (flags & F_SIGN)
        sign = "+";
    else if (flags & F_BLANK)
        sign = " ";
    if (x != x) {
        /* NaN: C may print "-nan"; CPython drops the sign. */
        sign = (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
        body = (c == 'E' || c == 'F' || c == 'G') ? "NAN" : "nan";
        n = 3;
    }
    /* CPython zero-pads inf and nan too ('%05f' % inf == '00inf'). */
    int rc = put_padded(u, sign, "", NULL, body, n, flags, width, 1);
    kr_mem_free(heap);
    return rc;
}

/* The text of %s/%r/%a for str formatting (new str). */
static KrObject *text_of(KrObject *v, uint32_t c)
{
    if (c == 's')
        return kr_object_str(v);
    if (c == 'r')
        return kr_object_repr(v);
    return kr_object_ascii(v);
}

/* %s / %b for bytes: a bytes-like object or __bytes__. */
static KrObject *bytes_of(KrObject *v)
{
    if (kr_bytes_view_check(v)) {
        KrBytesView b;
        if (kr_bytes_view(v, &b) < 0)
            return NULL;
        return kr_bytes_from(b.data, b.len);
    }
    int found = 0;
    KrObject *r = kr_call_special(v, KR_ID(__bytes__), NULL, 0, &found);
    if (found) {
        if (r && !KR_BYTES_CHECK(r)) {
            kr_err_format(&kr_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                          kr_type_name(KR_TYPE(r)));
            kr_decref(r);
            return NULL;
        }
        return r;
    }
    if (kr_err_occurred())
        return NULL;
    return kr_err_format(&kr_exc_TypeError,
                         "%%b requires a bytes-like object, or an object that implements "
                         "__bytes__, not '%s'",
                         kr_type_name(KR_TYPE(v)));
}

static KrObject *percent_format(PctFmt *f, KrObject *args)
{
    KrObject *dict = NULL;
    Kr_ssize_t argidx = 0, arglen;
    int tuple = KR_TUPLE_CHECK(args);
    if (tuple) {
        arglen = KR_SIZE(args);
    } else {
        arglen = -1;            /* a single non-tuple argument */
    }
    if (!tuple && !KR_STR_CHECK(args) && KR_TYPE(args)->as_mapping &&
        KR_TYPE(args)->as_mapping->subscript)
        dict = args;
    KrUBuf u;
    kr_ubuf_init(&u);
    Kr_ssize_t i = 0, n = f->len;
    int used_single = 0;
#define NEXT_ARG(dst)                                                         \
    do {                                                                      \
        if (tuple) {                                                          \
            if (argidx >= arglen)                                             \
                goto not_enough;                                              \
            dst = KR_TUPLE_GET(args, argidx++);                               \
        } else {                                                              \
            if (used_single)                                                  \
                goto not_enough;                                              \
            used_single = 1;                                                  \
            dst = args;                                                       \
        }                                                                     \
    } while (0)
    while (i < n) {
        uint32_t c = fmt_char(f, i);
        if (c != '%') {
            Kr_ssize_t j = i;
            while (j < n && fmt_char(f, j) != '%')
                j++;
            if (f->bytes) {
                for (Kr_ssize_t k = i; k < j; k++)
                    kr_ubuf_putc(&u, fmt_char(f, k));
            } else {
                kr_ubuf_put_sub(&u, f->fmt, i, j);
            }
            i = j;
            continue;
        }
        Kr_ssize_t pct = i++;
        KrObject *v = NULL, *keyed = NULL;
        /* Only an immediate "%%" is a literal percent; "%5%" is a
         * conversion that takes an argument and then is rejected. */
        if (i < n && fmt_char(f, i) == '%') {
            kr_ubuf_putc(&u, '%');
            i++;
            continue;
        }
        if (i < n && fmt_char(f, i) == '(') {
            if (dict == NULL) {
                kr_err_set_string(&kr_exc_TypeError, "format requires a mapping");
                goto fail;
            }
            Kr_ssize_t depth = 1, ks = ++i;
            while (i < n && depth > 0) {
                uint32_t ch = fmt_char(f, i);
                if (ch == '(')
                    depth++;
                else if (ch == ')')
                    depth--;
                i++;
            }
            if (depth > 0) {
                kr_err_set_string(&kr_exc_ValueError, "incomplete format key");
                goto fail;
            }
            KrObject *key = f->bytes ? kr_bytes_from(KR_BYTES_DATA(f->fmt) + ks, i - 1 - ks)
                                     : kr_str_substr(f->fmt, ks, i - 1);
            if (key == NULL)
                goto fail;
            keyed = kr_object_getitem(dict, key);
            kr_decref(key);
            if (keyed == NULL)
                goto fail;
            v = keyed;
            arglen = -2;        /* mapping mode: no "not all converted" check */
            tuple = 0;
            used_single = 1;
        }
        int flags = 0;
        while (i < n) {
            uint32_t ch = fmt_char(f, i);
            if (ch == '-') flags |= F_LJUST;
            else if (ch == '+') flags |= F_SIGN;
            else if (ch == ' ') flags |= F_BLANK;
            else if (ch == '#') flags |= F_ALT;
            else if (ch == '0') flags |= F_ZERO;
            else break;
            i++;
        }
        Kr_ssize_t width = -1, prec = -1;
        if (i < n && fmt_char(f, i) == '*') {
            KrObject *w;
            NEXT_ARG(w);
            if (!KR_INT_CHECK(w)) {
                kr_err_set_string(&kr_exc_TypeError, "* wants int");
                kr_xdecref(keyed);
                goto fail;
            }
            width = kr_int_as_ssize(w);
            if (width == -1 && kr_err_occurred()) {
                kr_xdecref(keyed);
                goto fail;
            }
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            i++;
        } else {
            while (i < n && fmt_char(f, i) >= '0' && fmt_char(f, i) <= '9') {
                width = (width < 0 ? 0 : width) * 10 + (fmt_char(f, i) - '0');
                i++;
            }
        }
        if (i < n && fmt_char(f, i) == '.') {
            i++;
            prec = 0;
            if (i < n && fmt_char(f, i) == '*') {
                KrObject *p;
                NEXT_ARG(p);
                if (!KR_INT_CHECK(p)) {
                    kr_err_set_string(&kr_exc_TypeError, "* wants int");
                    kr_xdecref(keyed);
                    goto fail;
                }
                prec = kr_int_as_ssize(p);
                if (prec == -1 && kr_err_occurred()) {
                    kr_xdecref(keyed);
                    goto fail;
                }
                if (prec < 0)
                    prec = 0;
                i++;
            } else {
                while (i < n && fmt_char(f, i) >= '0' && fmt_char(f, i) <= '9') {
                    prec = prec * 10 + (fmt_char(f, i) - '0');
                    i++;
                }
            }
        }
        while (i < n && (fmt_char(f, i) == 'h' || fmt_char(f, i) == 'l' || fmt_char(f, i) == 'L'))
            i++;
        if (i >= n) {
            kr_err_set_string(&kr_exc_ValueError, "incomplete format");
            kr_xdecref(keyed);
            goto fail;
        }
        c = fmt_char(f, i++);
        if (v == NULL)
            NEXT_ARG(v);
        int rc = 0;
        switch (c) {
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            rc = format_integer(&u, v, c, flags, width, prec);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            rc = format_floating(&u, v, c, flags, width, prec);
            break;
        case 'c': {
            uint32_t ch;
            if (f->bytes) {
                if (KR_BYTES_CHECK(v) && KR_SIZE(v) == 1) {
                    ch = (uint8_t)KR_BYTES_DATA(v)[0];
                } else if (KR_BYTEARRAY_CHECK(v) && KR_SIZE(v) == 1) {
                    ch = (uint8_t)((KrByteArray *)v)->data[0];
                } else if (kr_index_check(v)) {
                    Kr_ssize_t x = kr_number_as_ssize(v, NULL);
                    if (x == -1 && kr_err_occurred()) { rc = -1; break; }
                    if (x < 0 || x > 255) {
                        kr_err_set_string(&kr_exc_OverflowError, "%c arg not in range(256)");
                        rc = -1;
                        break;
                    }
                    ch = (uint32_t)x;
                } else {
                    kr_err_set_string(&kr_exc_TypeError,
                                      "%c requires an integer in range(256) or a single byte");
                    rc = -1;
                    break;
                }
            } else if (KR_STR_CHECK(v)) {
                if (KR_STR_LEN(v) != 1) {
                    kr_err_set_string(&kr_exc_TypeError, "%c requires int or char");
                    rc = -1;
                    break;
                }
                ch = KR_STR_CHAR(v, 0);
            } else if (KR_INT_CHECK(v) || kr_index_check(v)) {
                int ovf = 0;
                KrObject *iv = kr_number_index(v);
                if (iv == NULL) { rc = -1; break; }
                int64_t x = kr_int_as_i64(iv, &ovf);
                kr_decref(iv);
                if (ovf || x < 0 || x > 0x10ffff) {
                    kr_err_set_string(&kr_exc_OverflowError, "%c arg not in range(0x110000)");
                    rc = -1;
                    break;
                }
                ch = (uint32_t)x;
            } else {
                kr_err_set_string(&kr_exc_TypeError, "%c requires int or char");
                rc = -1;
                break;
            }
            Kr_ssize_t padn = width > 1 ? width - 1 : 0;
            if (!(flags & F_LJUST))
                kr_ubuf_fill(&u, ' ', padn);
            kr_ubuf_putc(&u, ch);
            if (flags & F_LJUST)
                kr_ubuf_fill(&u, ' ', padn);
            break;
        }
        case 's': case 'r': case 'a': case 'b':
            if (f->bytes) {
                KrObject *b;
                if (c == 's' || c == 'b') {
                    b = bytes_of(v);
                } else {
                    KrObject *t = kr_object_ascii(v);
                    b = t ? kr_str_encode(t, "ascii", NULL) : NULL;
                    kr_xdecref(t);
                }
                if (b == NULL) { rc = -1; break; }
                Kr_ssize_t bl = KR_SIZE(b);
                if (prec >= 0 && prec < bl)
                    bl = prec;
                Kr_ssize_t padn = width > bl ? width - bl : 0;
                if (!(flags & F_LJUST))
                    kr_ubuf_fill(&u, ' ', padn);
                for (Kr_ssize_t k = 0; k < bl; k++)
                    kr_ubuf_putc(&u, (uint8_t)KR_BYTES_DATA(b)[k]);
                if (flags & F_LJUST)
                    kr_ubuf_fill(&u, ' ', padn);
                kr_decref(b);
                break;
            }
            if (c != 'b') {
                KrObject *t = text_of(v, c);
                if (t == NULL) { rc = -1; break; }
                Kr_ssize_t tl = KR_STR_LEN(t);
                if (prec >= 0 && prec < tl)
                    tl = prec;
                rc = put_padded(&u, "", "", t, NULL, tl, flags & ~F_ZERO, width, 0);
                kr_decref(t);
                break;
            }
            /* %b is not valid for str */
            /* fall through */
        default:
            kr_err_format(&kr_exc_ValueError,
                          "unsupported format character '%c' (0x%x) at index %zd",
                          (int)c, (unsigned)c, i - 1);
            rc = -1;
            break;
        }
        (void)pct;
        kr_xdecref(keyed);
        if (rc < 0)
            goto fail;
    }
    if ((tuple && argidx < arglen) || (!tuple && arglen == -1 && !used_single && !dict)) {
        kr_err_set_string(&kr_exc_TypeError,
                          f->bytes ? "not all arguments converted during bytes formatting"
                                   : "not all arguments converted during string formatting");
        goto fail;
    }
    if (f->bytes) {
        KrBuf b;
        kr_buf_init(&b);
        for (Kr_ssize_t k = 0; k < u.len; k++)
            kr_buf_putc(&b, (char)u.data[k]);
        kr_ubuf_free(&u);
        return kr_buf_finish_bytes(&b);
    }
    return kr_ubuf_finish(&u);
not_enough:
    kr_err_set_string(&kr_exc_TypeError, "not enough arguments for format string");
fail:
    kr_ubuf_free(&u);
    return NULL;
#undef NEXT_ARG
}

KrObject *kr_str_mod_format(KrObject *fmt, KrObject *args)
{
    PctFmt f = {0, fmt, KR_STR_LEN(fmt)};
    return percent_format(&f, args);
}

KrObject *kr_bytes_mod_format(KrObject *fmt, KrObject *args)
{
    PctFmt f = {1, fmt, KR_SIZE(fmt)};
    return percent_format(&f, args);
}

/* ====================================================================== */
/* str.format                                                             */
/* ====================================================================== */

typedef struct {
    KrObject *const *args;
    Kr_ssize_t nargs;               /* -1: format_map (no positional args) */
    KrObject *kwargs;               /* dict, mapping, or NULL */
    int is_map;
    int auto_state;                 /* 0 unknown, 1 auto, 2 manual */
    Kr_ssize_t auto_next;
} FmtState;

#define CH(s, i) KR_STR_CHAR(s, i)

static int all_digits(KrObject *s, Kr_ssize_t a, Kr_ssize_t b, Kr_ssize_t *value)
{
    if (a >= b)
        return 0;
    Kr_ssize_t v = 0;
    for (Kr_ssize_t i = a; i < b; i++) {
        uint32_t c = CH(s, i);
        if (c < '0' || c > '9')
            return 0;
        if (v > (KR_SSIZE_T_MAX - 9) / 10) {
            kr_err_set_string(&kr_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (c - '0');
    }
    *value = v;
    return 1;
}

/* Resolves the field name s[a:b) to an object (new reference). */
static KrObject *get_field(FmtState *st, KrObject *s, Kr_ssize_t a, Kr_ssize_t b)
{
    Kr_ssize_t i = a;
    while (i < b && CH(s, i) != '.' && CH(s, i) != '[')
        i++;
    Kr_ssize_t index;
    int isnum = all_digits(s, a, i, &index);
    if (isnum < 0)
        return NULL;
    KrObject *obj;
    if (a == i || isnum) {
        if (a == i) {
            if (st->auto_state == 2) {
                kr_err_set_string(&kr_exc_ValueError,
                                  "cannot switch from manual field specification to automatic "
                                  "field numbering");
                return NULL;
            }
            st->auto_state = 1;
            index = st->auto_next++;
        } else {
            if (st->auto_state == 1) {
                kr_err_set_string(&kr_exc_ValueError,
                                  "cannot switch from automatic field numbering to manual field "
                                  "specification");
                return NULL;
            }
            st->auto_state = 2;
        }
        if (st->nargs < 0) {
            kr_err_set_string(&kr_exc_ValueError, "Format string contains positional fields");
            return NULL;
        }
        if (index >= st->nargs) {
            kr_err_format(&kr_exc_IndexError,
                          "Replacement index %zd out of range for positional args tuple", index);
            return NULL;
        }
        obj = kr_newref(st->args[index]);
    } else {
        KrObject *key = kr_str_substr(s, a, i);
        if (key == NULL)
            return NULL;
        if (st->kwargs == NULL) {
            kr_err_set(&kr_exc_KeyError, key);
            kr_decref(key);
            return NULL;
        }
        if (!st->is_map && KR_DICT_CHECK_EXACT(st->kwargs)) {
            obj = kr_dict_get_item(st->kwargs, key);
            if (obj == NULL) {
                if (!kr_err_occurred())
                    kr_err_set(&kr_exc_KeyError, key);
                kr_decref(key);
                return NULL;
            }
            kr_incref(obj);
        } else {
            obj = kr_object_getitem(st->kwargs, key);
        }
        kr_decref(key);
        if (obj == NULL)
            return NULL;
    }
    /* Accessors: .attr and [key]. */
    while (i < b) {
        uint32_t c = CH(s, i++);
        KrObject *next;
        if (c == '.') {
            Kr_ssize_t j = i;
            while (j < b && CH(s, j) != '.' && CH(s, j) != '[')
                j++;
            if (j == i) {
                kr_err_set_string(&kr_exc_ValueError, "Empty attribute in format string");
                kr_decref(obj);
                return NULL;
            }
            KrObject *name = kr_str_substr(s, i, j);
            next = name ? kr_object_getattr(obj, name) : NULL;
            kr_xdecref(name);
            i = j;
        } else if (c == '[') {
            Kr_ssize_t j = i;
            while (j < b && CH(s, j) != ']')
                j++;
            if (j >= b) {
                kr_err_set_string(&kr_exc_ValueError, "Missing ']' in format string");
                kr_decref(obj);
                return NULL;
            }
            if (j == i) {
                kr_err_set_string(&kr_exc_ValueError, "Empty attribute in format string");
                kr_decref(obj);
                return NULL;
            }
            Kr_ssize_t idx;
            int num = all_digits(s, i, j, &idx);
            KrObject *key = num < 0 ? NULL : num ? kr_int_from_ssize(idx) : kr_str_substr(s, i, j);
            next = key ? kr_object_getitem(obj, key) : NULL;
            kr_xdecref(key);
            i = j + 1;
            if (i < b && CH(s, i) != '.' && CH(s, i) != '[') {
                kr_xdecref(next);
                kr_decref(obj);
                kr_err_set_string(&kr_exc_ValueError,
                                  "Only '.' or '[' may follow ']' in format field specifier");
                return NULL;
            }
        } else {
            kr_err_set_string(&kr_exc_ValueError,
                              "Only '.' or '[' may follow ']' in format field specifier");
            kr_decref(obj);
            return NULL;
        }
        kr_decref(obj);
        if (next == NULL)
            return NULL;
        obj = next;
    }
    return obj;
}

static int build(FmtState *st, KrObject *s, Kr_ssize_t start, Kr_ssize_t end, int depth,
                 KrUBuf *u);

/* Formats the replacement field whose text starts at *pos (after '{').
 * Advances *pos past the closing '}'. */
static int do_field(FmtState *st, KrObject *s, Kr_ssize_t *pos, Kr_ssize_t end, int depth,
                    KrUBuf *u)
{
    Kr_ssize_t i = *pos, name_start = i;
    uint32_t c = 0;
    while (i < end) {
        c = CH(s, i++);
        if (c == '{') {
            kr_err_set_string(&kr_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < end && CH(s, i) != ']')
                i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!')
            break;
    }
    Kr_ssize_t name_end = i - 1;
    uint32_t conv = 0;
    Kr_ssize_t spec_start = i, spec_end = i;
    int expand = 0;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (i >= end) {
                kr_err_set_string(&kr_exc_ValueError,
                                  "end of string while looking for conversion specifier");
                return -1;
            }
            conv = CH(s, i++);
            if (i < end) {
                uint32_t c2 = CH(s, i++);
                if (c2 == '}') {
                    spec_start = spec_end = i - 1;
                    goto have_field;
                }
                if (c2 != ':') {
                    kr_err_set_string(&kr_exc_ValueError,
                                      "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        spec_start = i;
        int count = 1;
        while (i < end) {
            uint32_t c3 = CH(s, i++);
            if (c3 == '{') {
                expand = 1;
                count++;
            } else if (c3 == '}') {
                if (--count == 0) {
                    spec_end = i - 1;
                    goto have_field;
                }
            }
        }
        kr_err_set_string(&kr_exc_ValueError, "unmatched '{' in format spec");
        return -1;
    } else if (c != '}') {
        kr_err_set_string(&kr_exc_ValueError, "expected '}' before end of string");
        return -1;
    }
have_field:
    *pos = i;
    KrObject *obj = get_field(st, s, name_start, name_end);
    if (obj == NULL)
        return -1;
    if (conv) {
        KrObject *t;
        if (conv == 'r')
            t = kr_object_repr(obj);
        else if (conv == 's')
            t = kr_object_str(obj);
        else if (conv == 'a')
            t = kr_object_ascii(obj);
        else {
            kr_decref(obj);
            if (conv > 32 && conv < 127)
                kr_err_format(&kr_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
            else
                kr_err_format(&kr_exc_ValueError, "Unknown conversion specifier \\x%x",
                              (unsigned)conv);
            return -1;
        }
        kr_decref(obj);
        if (t == NULL)
            return -1;
        obj = t;
    }
    KrObject *spec;
    if (expand) {
        KrUBuf su;
        kr_ubuf_init(&su);
        if (build(st, s, spec_start, spec_end, depth - 1, &su) < 0) {
            kr_ubuf_free(&su);
            kr_decref(obj);
            return -1;
        }
        spec = kr_ubuf_finish(&su);
    } else {
        spec = kr_str_substr(s, spec_start, spec_end);
    }
    if (spec == NULL) {
        kr_decref(obj);
        return -1;
    }
    KrObject *r;
    if (KR_STR_CHECK_EXACT(obj) && KR_STR_LEN(spec) == 0)
        r = kr_newref(obj);
    else
        r = kr_object_format(obj, spec);
    kr_decref(spec);
    kr_decref(obj);
    if (r == NULL)
        return -1;
    if (!KR_STR_CHECK(r)) {
        kr_decref(r);
        kr_err_set_string(&kr_exc_TypeError, "__format__ must return a str");
        return -1;
    }
    int rc = kr_ubuf_put_str(u, r);
    kr_decref(r);
    return rc;
}

static int build(FmtState *st, KrObject *s, Kr_ssize_t start, Kr_ssize_t end, int depth,
                 KrUBuf *u)
{
    if (depth <= 0) {
        kr_err_set_string(&kr_exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    Kr_ssize_t i = start;
    while (i < end) {
        Kr_ssize_t lit = i;
        uint32_t c = 0;
        int markup = 0;
        while (i < end) {
            c = CH(s, i++);
            if (c == '{' || c == '}') {
                markup = 1;
                break;
            }
        }
        int at_end = i >= end;
        Kr_ssize_t litend = i;
        if (c == '}' && markup && (at_end || CH(s, i) != '}')) {
            kr_err_set_string(&kr_exc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (at_end && c == '{' && markup) {
            kr_err_set_string(&kr_exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (markup) {
            if (!at_end && CH(s, i) == c) {
                /* escaped brace: keep one */
                i++;
                markup = 0;
            } else {
                litend--;
            }
        }
        if (kr_ubuf_put_sub(u, s, lit, litend) < 0)
            return -1;
        if (markup && do_field(st, s, &i, end, depth, u) < 0)
            return -1;
    }
    return 0;
}

KrObject *kr_str_format_impl(KrObject *fmt, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwargs)
{
    FmtState st = {args, nargs, kwargs, nargs < 0, 0, 0};
    KrUBuf u;
    kr_ubuf_init(&u);
    if (build(&st, fmt, 0, KR_STR_LEN(fmt), 2, &u) < 0) {
        kr_ubuf_free(&u);
        return NULL;
    }
    return kr_ubuf_finish(&u);
}
