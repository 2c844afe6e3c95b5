/*
 * _json.c -- C accelerators for lib/json.
 *
 * lib/json is complete in pure Python; this module only makes the common
 * paths fast, and the Python code falls back to itself when it is absent.
 * Behaviour must match the Python code exactly, including which error is
 * raised where:
 *
 *   encode_basestring_ascii(s) / encode_basestring(s)
 *       The JSON string literal for s (with or without \uXXXX escaping).
 *   scan(s, idx, strict, object_hook, object_pairs_hook, parse_float,
 *        parse_int, parse_constant, memo, errcls) -> (value, end)
 *       One JSON value starting exactly at idx.  None for a parse_* hook
 *       means the built-in conversion.  Errors are raised as
 *       errcls(msg, s, pos) (JSONDecodeError), positions as CPython's.
 *   encode(obj, check_circular, default, ensure_ascii, indent, key_sep,
 *          item_sep, sort_keys, skipkeys, allow_nan, nan_with_repr) -> str
 *       The whole document (JSONEncoder.encode's one-shot path).
 *
 * Output text is accumulated as code points in a growable uint32 array
 * (not UTF-8), so strings holding lone surrogates pass through unchanged
 * with ensure_ascii=False, as in CPython.  Both directions recurse on the
 * C stack and use kr_enter_recursive with CPython's RecursionError texts.
 */
#include "krait.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- code point buffer ---- */

typedef struct {
    uint32_t *p;
    Kr_ssize_t len, cap;
} UBuf;

static int ub_grow(UBuf *b, Kr_ssize_t extra)
{
    if (b->len + extra <= b->cap)
        return 0;
    Kr_ssize_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra)
        cap *= 2;
    uint32_t *np = kr_mem_realloc(b->p, (size_t)cap * 4);
    if (np == NULL) {
        kr_err_no_memory();
        return -1;
    }
    b->p = np;
    b->cap = cap;
    return 0;
}

static inline int ub_put(UBuf *b, uint32_t c)
{
    if (b->len == b->cap && ub_grow(b, 1) < 0)
        return -1;
    b->p[b->len++] = c;
    return 0;
}

static int ub_ascii(UBuf *b, const char *s, Kr_ssize_t n)
{
    if (ub_grow(b, n) < 0)
        return -1;
    for (Kr_ssize_t i = 0; i < n; i++)
        b->p[b->len++] = (unsigned char)s[i];
    return 0;
}

static int ub_cstr(UBuf *b, const char *s) { return ub_ascii(b, s, (Kr_ssize_t)strlen(s)); }

static int ub_str(UBuf *b, KrObject *s)
{
    Kr_ssize_t n = KR_STR_LEN(s);
    if (ub_grow(b, n) < 0)
        return -1;
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    for (Kr_ssize_t i = 0; i < n; i++)
        b->p[b->len++] = kr_str_read(kind, d, i);
    return 0;
}

static KrObject *ub_finish(UBuf *b)
{
    static const uint32_t empty[1] = { 0 };
    KrObject *r = kr_str_from_ucs4(b->p ? b->p : empty, b->len);
    kr_mem_free(b->p);
    b->p = NULL;
    return r;
}

static const char hexd[] = "0123456789abcdef";

static int ub_uescape(UBuf *b, uint32_t c)
{
    char t[6] = { '\\', 'u', hexd[(c >> 12) & 15], hexd[(c >> 8) & 15], hexd[(c >> 4) & 15],
                  hexd[c & 15] };
    return ub_ascii(b, t, 6);
}

/* Appends the quoted JSON form of str s. */
static int encode_string(UBuf *b, KrObject *s, int ascii_only)
{
    Kr_ssize_t n = KR_STR_LEN(s);
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    if (ub_grow(b, n + 2) < 0 || ub_put(b, '"') < 0)
        return -1;
    for (Kr_ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(kind, d, i);
        const char *e = NULL;
        switch (c) {
        case '"': e = "\\\""; break;
        case '\\': e = "\\\\"; break;
        case '\n': e = "\\n"; break;
        case '\r': e = "\\r"; break;
        case '\t': e = "\\t"; break;
        case '\b': e = "\\b"; break;
        case '\f': e = "\\f"; break;
        default: break;
        }
        int rc;
        if (e)
            rc = ub_ascii(b, e, 2);
        else if (c < 0x20)
            rc = ub_uescape(b, c);
        else if (ascii_only && c > 0x7e) {
            if (c >= 0x10000) {
                uint32_t v = c - 0x10000;
                rc = ub_uescape(b, 0xd800 | ((v >> 10) & 0x3ff));
                if (rc == 0)
                    rc = ub_uescape(b, 0xdc00 | (v & 0x3ff));
            } else {
                rc = ub_uescape(b, c);
            }
        } else
            rc = ub_put(b, c);
        if (rc < 0)
            return -1;
    }
    return ub_put(b, '"');
}

static KrObject *string_encoder(KrObject *arg, int ascii_only)
{
    if (!KR_STR_CHECK(arg))
        return kr_err_format(&kr_exc_TypeError, "first argument must be a string, not %T", arg);
    UBuf b = { 0 };
    if (encode_string(&b, arg, ascii_only) < 0) {
        kr_mem_free(b.p);
        return NULL;
    }
    return ub_finish(&b);
}

static KrObject *j_encode_basestring_ascii(KrObject *m, KrObject *arg)
{
    return string_encoder(arg, 1);
}

static KrObject *j_encode_basestring(KrObject *m, KrObject *arg)
{
    return string_encoder(arg, 0);
}

/* ====================================================================== */
/* Decoder                                                                */
/* ====================================================================== */

typedef struct {
    KrObject *s;
    int kind;
    const void *data;
    Kr_ssize_t len;
    int strict;
    KrObject *object_hook, *pairs_hook, *parse_float, *parse_int, *parse_constant;
    KrObject *memo, *errcls;
} Dec;

static KrObject *dec_error(Dec *d, const char *msg, Kr_ssize_t pos)
{
    KrObject *m = kr_str_from_cstr(msg);
    KrObject *p = m ? kr_int_from_ssize(pos) : NULL;
    KrObject *exc = NULL;
    if (p) {
        KrObject *args[3] = { m, d->s, p };
        exc = kr_call(d->errcls, args, 3, NULL);
    }
    kr_xdecref(m);
    kr_xdecref(p);
    if (exc)
        kr_err_restore(exc);
    return NULL;
}

#define CH(d, i) kr_str_read((d)->kind, (d)->data, (i))

static Kr_ssize_t skip_ws(Dec *d, Kr_ssize_t i)
{
    while (i < d->len) {
        uint32_t c = CH(d, i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        i++;
    }
    return i;
}

static int hex4(Dec *d, Kr_ssize_t at, uint32_t *out)
{
    if (at + 4 > d->len)
        return -1;
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        uint32_t c = CH(d, at + k);
        int h;
        if (c >= '0' && c <= '9')
            h = (int)(c - '0');
        else if (c >= 'a' && c <= 'f')
            h = (int)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            h = (int)(c - 'A' + 10);
        else
            return -1;
        v = (v << 4) | (uint32_t)h;
    }
    *out = v;
    return 0;
}

/* String whose opening quote is at end-1; *pend gets the index after the
 * closing quote. */
static KrObject *scan_string(Dec *d, Kr_ssize_t end, Kr_ssize_t *pend)
{
    Kr_ssize_t begin = end - 1;
    /* fast path: no escapes or control characters */
    Kr_ssize_t i = end;
    while (i < d->len) {
        uint32_t c = CH(d, i);
        if (c == '"' || c == '\\' || c < 0x20)
            break;
        i++;
    }
    if (i < d->len && CH(d, i) == '"') {
        *pend = i + 1;
        return kr_str_substr(d->s, end, i);
    }
    UBuf b = { 0 };
    for (;;) {
        if (i >= d->len) {
            kr_mem_free(b.p);
            return dec_error(d, "Unterminated string starting at", begin);
        }
        for (Kr_ssize_t k = end; k < i; k++)
            if (ub_put(&b, CH(d, k)) < 0)
                goto fail;
        uint32_t c = CH(d, i);
        end = i + 1;
        if (c == '"')
            break;
        if (c != '\\') {
            if (d->strict) {
                kr_mem_free(b.p);
                return dec_error(d, "Invalid control character at", i);
            }
            if (ub_put(&b, c) < 0)
                goto fail;
        } else {
            if (end >= d->len) {
                kr_mem_free(b.p);
                return dec_error(d, "Unterminated string starting at", begin);
            }
            uint32_t esc = CH(d, end), ch;
            switch (esc) {
            case '"': ch = '"'; break;
            case '\\': ch = '\\'; break;
            case '/': ch = '/'; break;
            case 'b': ch = '\b'; break;
            case 'f': ch = '\f'; break;
            case 'n': ch = '\n'; break;
            case 'r': ch = '\r'; break;
            case 't': ch = '\t'; break;
            case 'u': ch = 0; break;
            default:
                kr_mem_free(b.p);
                return dec_error(d, "Invalid \\escape", end - 1);
            }
            if (esc != 'u') {
                end++;
            } else {
                if (hex4(d, end + 1, &ch) < 0) {
                    kr_mem_free(b.p);
                    return dec_error(d, "Invalid \\uXXXX escape", end);
                }
                end += 5;
                uint32_t lo;
                if (ch >= 0xd800 && ch <= 0xdbff && end + 1 < d->len && CH(d, end) == '\\' &&
                    CH(d, end + 1) == 'u' && hex4(d, end + 2, &lo) == 0 && lo >= 0xdc00 &&
                    lo <= 0xdfff) {
                    ch = 0x10000 + (((ch - 0xd800) << 10) | (lo - 0xdc00));
                    end += 6;
                }
            }
            if (ub_put(&b, ch) < 0)
                goto fail;
        }
        i = end;
        while (i < d->len) {
            uint32_t c2 = CH(d, i);
            if (c2 == '"' || c2 == '\\' || c2 < 0x20)
                break;
            i++;
        }
    }
    *pend = end;
    return ub_finish(&b);
fail:
    kr_mem_free(b.p);
    return NULL;
}

static KrObject *scan_value(Dec *d, Kr_ssize_t idx, Kr_ssize_t *pend);

static int match_lit(Dec *d, Kr_ssize_t i, const char *lit)
{
    Kr_ssize_t n = (Kr_ssize_t)strlen(lit);
    if (i + n > d->len)
        return 0;
    for (Kr_ssize_t k = 0; k < n; k++)
        if (CH(d, i + k) != (unsigned char)lit[k])
            return 0;
    return 1;
}

static KrObject *constant(Dec *d, const char *name, Kr_ssize_t len, Kr_ssize_t idx,
                          Kr_ssize_t *pend)
{
    *pend = idx + len;
    if (d->parse_constant == kr_None) {
        double v = name[0] == 'N' ? NAN : name[0] == '-' ? -INFINITY : INFINITY;
        return kr_float_from_double(v);
    }
    KrObject *n = kr_str_from_cstr(name);
    if (n == NULL)
        return NULL;
    KrObject *r = kr_call1(d->parse_constant, n);
    kr_decref(n);
    return r;
}

/* NULL with no error set: not a number here. */
static KrObject *scan_number(Dec *d, Kr_ssize_t idx, Kr_ssize_t *pend)
{
    Kr_ssize_t i = idx, n = d->len;
    if (CH(d, i) == '-')
        i++;
    if (i >= n)
        return NULL;
    uint32_t c = CH(d, i);
    if (c == '0')
        i++;
    else if (c >= '1' && c <= '9') {
        i++;
        while (i < n && CH(d, i) >= '0' && CH(d, i) <= '9')
            i++;
    } else
        return NULL;
    int is_float = 0;
    if (i + 1 < n && CH(d, i) == '.' && CH(d, i + 1) >= '0' && CH(d, i + 1) <= '9') {
        i += 2;
        while (i < n && CH(d, i) >= '0' && CH(d, i) <= '9')
            i++;
        is_float = 1;
    }
    if (i < n && (CH(d, i) == 'e' || CH(d, i) == 'E')) {
        Kr_ssize_t j = i + 1;
        if (j < n && (CH(d, j) == '+' || CH(d, j) == '-'))
            j++;
        if (j < n && CH(d, j) >= '0' && CH(d, j) <= '9') {
            while (j < n && CH(d, j) >= '0' && CH(d, j) <= '9')
                j++;
            i = j;
            is_float = 1;
        }
    }
    *pend = i;
    KrObject *hook = is_float ? d->parse_float : d->parse_int;
    if (hook != kr_None) {
        KrObject *text = kr_str_substr(d->s, idx, i);
        if (text == NULL)
            return NULL;
        KrObject *r = kr_call1(hook, text);
        kr_decref(text);
        return r;
    }
    Kr_ssize_t len = i - idx;
    char small[64];
    char *buf = len < 64 ? small : kr_mem_alloc((size_t)len + 1);
    if (buf == NULL)
        return kr_err_no_memory();
    for (Kr_ssize_t k = 0; k < len; k++)
        buf[k] = (char)CH(d, idx + k);
    buf[len] = 0;
    KrObject *r;
    if (is_float)
        r = kr_float_from_double(strtod(buf, NULL));
    else
        r = kr_int_from_string(buf, len, 10);
    if (buf != small)
        kr_mem_free(buf);
    return r;
}

static KrObject *scan_object(Dec *d, Kr_ssize_t end, Kr_ssize_t *pend)
{
    KrObject *pairs = NULL, *dict = NULL;
    int use_pairs = d->pairs_hook != kr_None;
    if (use_pairs)
        pairs = kr_list_new(0);
    else
        dict = kr_dict_new();
    if (pairs == NULL && dict == NULL)
        return NULL;
    end = skip_ws(d, end);
    if (end < d->len && CH(d, end) == '}') {
        end++;
        goto done;
    }
    if (end >= d->len || CH(d, end) != '"') {
        dec_error(d, "Expecting property name enclosed in double quotes", end);
        goto fail;
    }
    end++;
    for (;;) {
        KrObject *key = scan_string(d, end, &end);
        if (key == NULL)
            goto fail;
        KrObject *mk = kr_dict_setdefault(d->memo, key, key);
        if (mk == NULL) {
            kr_decref(key);
            goto fail;
        }
        kr_incref(mk);
        kr_decref(key);
        key = mk;
        end = skip_ws(d, end);
        if (end >= d->len || CH(d, end) != ':') {
            kr_decref(key);
            dec_error(d, "Expecting ':' delimiter", end);
            goto fail;
        }
        end = skip_ws(d, end + 1);
        KrObject *val = scan_value(d, end, &end);
        if (val == NULL) {
            kr_decref(key);
            goto fail;
        }
        int rc;
        if (use_pairs) {
            KrObject *t = kr_tuple_pack(2, key, val);
            rc = t ? kr_list_append(pairs, t) : -1;
            kr_xdecref(t);
        } else {
            rc = kr_dict_set_item(dict, key, val);
        }
        kr_decref(key);
        kr_decref(val);
        if (rc < 0)
            goto fail;
        end = skip_ws(d, end);
        uint32_t c = end < d->len ? CH(d, end) : 0;
        end++;
        if (c == '}')
            break;
        if (c != ',') {
            dec_error(d, "Expecting ',' delimiter", end - 1);
            goto fail;
        }
        end = skip_ws(d, end);
        c = end < d->len ? CH(d, end) : 0;
        end++;
        if (c != '"') {
            dec_error(d, "Expecting property name enclosed in double quotes", end - 1);
            goto fail;
        }
    }
done:
    *pend = end;
    if (use_pairs) {
        KrObject *r = kr_call1(d->pairs_hook, pairs);
        kr_decref(pairs);
        return r;
    }
    if (d->object_hook != kr_None) {
        KrObject *r = kr_call1(d->object_hook, dict);
        kr_decref(dict);
        return r;
    }
    return dict;
fail:
    kr_xdecref(pairs);
    kr_xdecref(dict);
    return NULL;
}

static KrObject *scan_array(Dec *d, Kr_ssize_t end, Kr_ssize_t *pend)
{
    KrObject *list = kr_list_new(0);
    if (list == NULL)
        return NULL;
    end = skip_ws(d, end);
    if (end < d->len && CH(d, end) == ']') {
        *pend = end + 1;
        return list;
    }
    for (;;) {
        KrObject *val = scan_value(d, end, &end);
        if (val == NULL)
            goto fail;
        int rc = kr_list_append(list, val);
        kr_decref(val);
        if (rc < 0)
            goto fail;
        end = skip_ws(d, end);
        uint32_t c = end < d->len ? CH(d, end) : 0;
        end++;
        if (c == ']')
            break;
        if (c != ',') {
            dec_error(d, "Expecting ',' delimiter", end - 1);
            goto fail;
        }
        end = skip_ws(d, end);
    }
    *pend = end;
    return list;
fail:
    kr_decref(list);
    return NULL;
}

static KrObject *scan_value(Dec *d, Kr_ssize_t idx, Kr_ssize_t *pend)
{
    if (idx >= d->len)
        return dec_error(d, "Expecting value", idx);
    uint32_t c = CH(d, idx);
    KrObject *r;
    switch (c) {
    case '"':
        return scan_string(d, idx + 1, pend);
    case '{':
        if (kr_enter_recursive(" while decoding a JSON object from a unicode string") < 0)
            return NULL;
        r = scan_object(d, idx + 1, pend);
        kr_leave_recursive();
        return r;
    case '[':
        if (kr_enter_recursive(" while decoding a JSON array from a unicode string") < 0)
            return NULL;
        r = scan_array(d, idx + 1, pend);
        kr_leave_recursive();
        return r;
    case 'n':
        if (match_lit(d, idx, "null")) {
            *pend = idx + 4;
            KR_RETURN_NONE;
        }
        break;
    case 't':
        if (match_lit(d, idx, "true")) {
            *pend = idx + 4;
            KR_RETURN_TRUE;
        }
        break;
    case 'f':
        if (match_lit(d, idx, "false")) {
            *pend = idx + 5;
            KR_RETURN_FALSE;
        }
        break;
    case 'N':
        if (match_lit(d, idx, "NaN"))
            return constant(d, "NaN", 3, idx, pend);
        break;
    case 'I':
        if (match_lit(d, idx, "Infinity"))
            return constant(d, "Infinity", 8, idx, pend);
        break;
    default:
        break;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        r = scan_number(d, idx, pend);
        if (r != NULL || kr_err_occurred())
            return r;
        if (c == '-' && match_lit(d, idx, "-Infinity"))
            return constant(d, "-Infinity", 9, idx, pend);
    }
    return dec_error(d, "Expecting value", idx);
}

static KrObject *j_scan(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("scan", nargs, 10, 10) < 0)
        return NULL;
    if (!KR_STR_CHECK(args[0]))
        return kr_err_format(&kr_exc_TypeError, "first argument must be a string, not %T",
                             args[0]);
    Dec d;
    d.s = args[0];
    d.kind = KR_STR_KIND(args[0]);
    d.data = KR_STR_DATA(args[0]);
    d.len = KR_STR_LEN(args[0]);
    Kr_ssize_t idx = kr_int_as_ssize(args[1]);
    if (idx == -1 && kr_err_occurred())
        return NULL;
    d.strict = kr_object_is_true(args[2]);
    if (d.strict < 0)
        return NULL;
    d.object_hook = args[3];
    d.pairs_hook = args[4];
    d.parse_float = args[5];
    d.parse_int = args[6];
    d.parse_constant = args[7];
    d.memo = args[8];
    d.errcls = args[9];
    if (!KR_DICT_CHECK(d.memo))
        return kr_err_format(&kr_exc_TypeError, "memo must be a dict");
    if (idx < 0)
        return kr_err_format(&kr_exc_ValueError, "idx cannot be negative");
    Kr_ssize_t end = idx;
    KrObject *v = scan_value(&d, idx, &end);
    if (v == NULL)
        return NULL;
    KrObject *e = kr_int_from_ssize(end);
    KrObject *t = e ? kr_tuple_pack(2, v, e) : NULL;
    kr_decref(v);
    kr_xdecref(e);
    return t;
}

static KrObject *j_scanstring(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("scanstring", nargs, 4, 4) < 0)
        return NULL;
    if (!KR_STR_CHECK(args[0]))
        return kr_err_format(&kr_exc_TypeError, "first argument must be a string, not %T",
                             args[0]);
    Dec d = { 0 };
    d.s = args[0];
    d.kind = KR_STR_KIND(args[0]);
    d.data = KR_STR_DATA(args[0]);
    d.len = KR_STR_LEN(args[0]);
    Kr_ssize_t end = kr_int_as_ssize(args[1]);
    if (end == -1 && kr_err_occurred())
        return NULL;
    d.strict = kr_object_is_true(args[2]);
    if (d.strict < 0)
        return NULL;
    d.errcls = args[3];
    if (end < 0 || end > d.len)
        return kr_err_format(&kr_exc_ValueError, "end is out of bounds");
    Kr_ssize_t after;
    KrObject *v = scan_string(&d, end, &after);
    if (v == NULL)
        return NULL;
    KrObject *e = kr_int_from_ssize(after);
    KrObject *t = e ? kr_tuple_pack(2, v, e) : NULL;
    kr_decref(v);
    kr_xdecref(e);
    return t;
}

/* ====================================================================== */
/* Encoder                                                                */
/* ====================================================================== */

typedef struct {
    UBuf out;
    int check_circular;
    KrObject *default_fn;
    int ensure_ascii;
    KrObject *indent;           /* str or NULL */
    KrObject *key_sep, *item_sep;
    int sort_keys, skipkeys, allow_nan, nan_with_repr;
    Kr_ssize_t level;
    const void **stack;         /* containers being encoded */
    Kr_ssize_t nstack, capstack;
} Enc;

static int push_marker(Enc *e, const void *p)
{
    if (!e->check_circular)
        return 0;
    for (Kr_ssize_t i = 0; i < e->nstack; i++)
        if (e->stack[i] == p) {
            kr_err_format(&kr_exc_ValueError, "Circular reference detected");
            return -1;
        }
    if (e->nstack == e->capstack) {
        Kr_ssize_t cap = e->capstack ? e->capstack * 2 : 16;
        const void **ns = kr_mem_realloc((void *)e->stack, (size_t)cap * sizeof(void *));
        if (ns == NULL) {
            kr_err_no_memory();
            return -1;
        }
        e->stack = ns;
        e->capstack = cap;
    }
    e->stack[e->nstack++] = p;
    return 0;
}

static void pop_marker(Enc *e)
{
    if (e->check_circular)
        e->nstack--;
}

static int put_float(Enc *e, KrObject *o)
{
    double v = KR_FLOAT_VALUE(o);
    const char *special = NULL;
    if (v != v)
        special = "NaN";
    else if (v == INFINITY)
        special = "Infinity";
    else if (v == -INFINITY)
        special = "-Infinity";
    if (special) {
        if (!e->allow_nan) {
            if (e->nan_with_repr) {
                char buf[32];
                kr_float_repr_buf(v, buf, sizeof buf);
                kr_err_format(&kr_exc_ValueError,
                              "Out of range float values are not JSON compliant: %s", buf);
            } else {
                kr_err_format(&kr_exc_ValueError,
                              "Out of range float values are not JSON compliant");
            }
            return -1;
        }
        return ub_cstr(&e->out, special);
    }
    char buf[40];
    kr_float_repr_buf(v, buf, sizeof buf);
    return ub_cstr(&e->out, buf);
}

static int put_int(Enc *e, KrObject *o)
{
    KrObject *s = kr_int_to_decimal(o);     /* int.__repr__, even for subclasses */
    if (s == NULL)
        return -1;
    int rc = ub_str(&e->out, s);
    kr_decref(s);
    return rc;
}

static int newline_indent(Enc *e)
{
    if (ub_put(&e->out, '\n') < 0)
        return -1;
    for (Kr_ssize_t i = 0; i < e->level; i++)
        if (ub_str(&e->out, e->indent) < 0)
            return -1;
    return 0;
}

static int encode_obj(Enc *e, KrObject *o);

static int encode_list(Enc *e, KrObject *o)
{
    int exact = KR_IS_TYPE(o, &kr_list_type) || KR_IS_TYPE(o, &kr_tuple_type);
    KrObject *seq = NULL, *orig = o;
    if (!exact) {
        seq = kr_sequence_list(o);
        if (seq == NULL)
            return -1;
        o = seq;
    }
    Kr_ssize_t n = KR_SIZE(o);
    int rc = -1;
    if (n == 0) {
        rc = ub_cstr(&e->out, "[]");
        kr_xdecref(seq);
        return rc;
    }
    if (push_marker(e, orig) < 0)
        goto out;
    if (ub_put(&e->out, '[') < 0)
        goto out_pop;
    if (e->indent) {
        e->level++;
        if (newline_indent(e) < 0)
            goto out_pop;
    }
    for (Kr_ssize_t i = 0; i < KR_SIZE(o); i++) {
        if (i > 0) {
            if (ub_str(&e->out, e->item_sep) < 0)
                goto out_pop;
            if (e->indent && newline_indent(e) < 0)
                goto out_pop;
        }
        KrObject *item = KR_IS_TYPE(o, &kr_tuple_type) ? KR_TUPLE_GET(o, i) : KR_LIST_GET(o, i);
        kr_incref(item);
        int r = encode_obj(e, item);
        kr_decref(item);
        if (r < 0)
            goto out_pop;
    }
    if (e->indent) {
        e->level--;
        if (newline_indent(e) < 0)
            goto out_pop;
    }
    rc = ub_put(&e->out, ']');
out_pop:
    pop_marker(e);
out:
    kr_xdecref(seq);
    return rc;
}

/* The key as JSON text (a str), NULL+error, or NULL without error: skip. */
static KrObject *key_text(Enc *e, KrObject *k)
{
    if (KR_STR_CHECK(k))
        return kr_newref(k);
    if (KR_FLOAT_CHECK(k)) {
        UBuf saved = e->out;
        UBuf tmp = { 0 };
        e->out = tmp;
        int rc = put_float(e, k);
        tmp = e->out;
        e->out = saved;
        if (rc < 0) {
            kr_mem_free(tmp.p);
            return NULL;
        }
        return ub_finish(&tmp);
    }
    if (k == kr_True)
        return kr_str_from_cstr("true");
    if (k == kr_False)
        return kr_str_from_cstr("false");
    if (k == kr_None)
        return kr_str_from_cstr("null");
    if (KR_INT_CHECK(k))
        return kr_int_to_decimal(k);
    if (e->skipkeys)
        return NULL;
    return kr_err_format(&kr_exc_TypeError,
                         "keys must be str, int, float, bool or None, not %T", k);
}

static int encode_dict(Enc *e, KrObject *o)
{
    Kr_ssize_t size = KR_DICT_CHECK_EXACT(o) ? kr_dict_size(o) : kr_object_length(o);
    if (size < 0)
        return -1;
    if (size == 0)
        return ub_cstr(&e->out, "{}");
    if (push_marker(e, o) < 0)
        return -1;
    int rc = -1;
    KrObject *items;
    if (KR_DICT_CHECK_EXACT(o))
        items = kr_dict_items(o);
    else {
        KrObject *it = kr_call_method0(o, kr_str_intern_cstr("items"));
        items = it ? kr_sequence_list(it) : NULL;
        kr_xdecref(it);
    }
    if (items == NULL)
        goto out_pop;
    if (e->sort_keys && kr_list_sort(items, NULL, 0) < 0)
        goto out;
    if (ub_put(&e->out, '{') < 0)
        goto out;
    if (e->indent) {
        e->level++;
        if (newline_indent(e) < 0)
            goto out;
    }
    int first = 1;
    for (Kr_ssize_t i = 0; i < KR_SIZE(items); i++) {
        KrObject *pair = KR_LIST_GET(items, i);
        if (!KR_TUPLE_CHECK(pair) || KR_SIZE(pair) != 2) {
            kr_err_format(&kr_exc_ValueError, "items must return 2-tuples");
            goto out;
        }
        KrObject *k = key_text(e, KR_TUPLE_GET(pair, 0));
        if (k == NULL) {
            if (kr_err_occurred())
                goto out;
            continue;
        }
        int r = 0;
        if (!first) {
            r = ub_str(&e->out, e->item_sep);
            if (r == 0 && e->indent)
                r = newline_indent(e);
        }
        first = 0;
        if (r == 0)
            r = encode_string(&e->out, k, e->ensure_ascii);
        kr_decref(k);
        if (r == 0)
            r = ub_str(&e->out, e->key_sep);
        if (r < 0)
            goto out;
        KrObject *v = KR_TUPLE_GET(pair, 1);
        kr_incref(v);
        r = encode_obj(e, v);
        kr_decref(v);
        if (r < 0)
            goto out;
    }
    if (e->indent) {
        e->level--;
        if (newline_indent(e) < 0)
            goto out;
    }
    rc = ub_put(&e->out, '}');
out:
    kr_decref(items);
out_pop:
    pop_marker(e);
    return rc;
}

static int encode_obj(Enc *e, KrObject *o)
{
    if (KR_STR_CHECK(o))
        return encode_string(&e->out, o, e->ensure_ascii);
    if (o == kr_None)
        return ub_cstr(&e->out, "null");
    if (o == kr_True)
        return ub_cstr(&e->out, "true");
    if (o == kr_False)
        return ub_cstr(&e->out, "false");
    if (KR_INT_CHECK(o))
        return put_int(e, o);
    if (KR_FLOAT_CHECK(o))
        return put_float(e, o);
    int rc;
    if (KR_LIST_CHECK(o) || KR_TUPLE_CHECK(o)) {
        if (kr_enter_recursive(" while encoding a JSON object") < 0)
            return -1;
        rc = encode_list(e, o);
        kr_leave_recursive();
        return rc;
    }
    if (KR_DICT_CHECK(o)) {
        if (kr_enter_recursive(" while encoding a JSON object") < 0)
            return -1;
        rc = encode_dict(e, o);
        kr_leave_recursive();
        return rc;
    }
    if (push_marker(e, o) < 0)
        return -1;
    KrObject *r = kr_call1(e->default_fn, o);
    if (r == NULL) {
        pop_marker(e);
        return -1;
    }
    if (kr_enter_recursive(" while encoding a JSON object") < 0) {
        kr_decref(r);
        pop_marker(e);
        return -1;
    }
    rc = encode_obj(e, r);
    kr_leave_recursive();
    kr_decref(r);
    pop_marker(e);
    return rc;
}

static KrObject *j_encode(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("encode", nargs, 11, 11) < 0)
        return NULL;
    Enc e;
    memset(&e, 0, sizeof e);
    int flags[6];
    const int flag_idx[6] = { 1, 3, 7, 8, 9, 10 };
    for (int i = 0; i < 6; i++) {
        flags[i] = kr_object_is_true(args[flag_idx[i]]);
        if (flags[i] < 0)
            return NULL;
    }
    e.check_circular = flags[0];
    e.default_fn = args[2];
    e.ensure_ascii = flags[1];
    e.indent = args[4] == kr_None ? NULL : args[4];
    e.key_sep = args[5];
    e.item_sep = args[6];
    e.sort_keys = flags[2];
    e.skipkeys = flags[3];
    e.allow_nan = flags[4];
    e.nan_with_repr = flags[5];
    if ((e.indent && !KR_STR_CHECK(e.indent)) || !KR_STR_CHECK(e.key_sep) ||
        !KR_STR_CHECK(e.item_sep))
        return kr_err_format(&kr_exc_TypeError, "indent and separators must be str");
    int rc = encode_obj(&e, args[0]);
    kr_mem_free((void *)e.stack);
    if (rc < 0) {
        kr_mem_free(e.out.p);
        return NULL;
    }
    return ub_finish(&e.out);
}

static const KrMethodDef json_functions[] = {
    KR_METHOD_O("encode_basestring_ascii", j_encode_basestring_ascii),
    KR_METHOD_O("encode_basestring", j_encode_basestring),
    KR_METHOD_FAST("scan", j_scan),
    KR_METHOD_FAST("scanstring", j_scanstring),
    KR_METHOD_FAST("encode", j_encode),
    KR_METHOD_END,
};

KrObject *kr_json_module_init(void)
{
    KrObject *m = kr_module_new("_json");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, json_functions) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
