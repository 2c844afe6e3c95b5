/*
 * bytes.c -- the bytes type, and the methods bytes shares with bytearray.
 *
 * A bytes object is one allocation: the KrBytes header followed by size+1
 * bytes (always NUL-terminated so C code may treat it as a C string when it
 * knows there is no embedded NUL).  b'' and the 256 one-byte strings are
 * cached immortal objects.  The hash is kr_hash_bytes over the data, the
 * same function str uses over Latin-1 units, so hash(b'abc') ==
 * hash('abc') exactly as in CPython.
 *
 * The non-mutating methods are written once, against a KrBytesView (data,
 * len) of self, and build their result with the "maker" of self's type, so
 * the same C functions serve bytes and bytearray: b'ab'.upper() is bytes,
 * bytearray(b'ab').upper() is a bytearray.  bytearray.c adds the mutating
 * methods and its type object; both method tables live here so the shared
 * entries are written once.
 *
 * Byte-string methods are ASCII-only by definition (isalpha, upper, split
 * on whitespace...), unlike their str counterparts.
 */
#define _GNU_SOURCE 1   /* memmem */
#include "krait.h"
#include "strimpl.h"

#include <stdio.h>

static KrObject *empty_bytes;
static KrObject *single_bytes[256];

/* ====================================================================== */
/* Construction                                                           */
/* ====================================================================== */

static KrObject *alloc_bytes(KrType *t, Kr_ssize_t len)
{
    if (len < 0 || len > KR_SSIZE_T_MAX - (Kr_ssize_t)sizeof(KrBytes) - 8)
        return kr_err_no_memory();
    KrObject *o = t == &kr_bytes_type ? kr_object_alloc(t, len) : kr_type_generic_alloc(t, len);
    if (o == NULL)
        return NULL;
    ((KrBytes *)o)->ob.size = len;
    ((KrBytes *)o)->hash = -1;
    ((KrBytes *)o)->data[len] = '\0';
    if (KR_IS_GC(o))
        kr_gc_track(o);                 /* a subclass instance: its __dict__ can close a cycle */
    return o;
}

KrObject *kr_bytes_new(Kr_ssize_t len)
{
    return alloc_bytes(&kr_bytes_type, len);
}

KrObject *kr_bytes_from(const void *data, Kr_ssize_t len)
{
    if (len == 0) {
        if (empty_bytes == NULL) {
            empty_bytes = kr_bytes_new(0);
            if (empty_bytes == NULL)
                return NULL;
            empty_bytes->refcnt = KR_IMMORTAL_REFCNT;
        }
        return kr_newref(empty_bytes);
    }
    if (len == 1) {
        uint8_t c = *(const uint8_t *)data;
        if (single_bytes[c] == NULL) {
            KrObject *b = kr_bytes_new(1);
            if (b == NULL)
                return NULL;
            KR_BYTES_DATA(b)[0] = (char)c;
            b->refcnt = KR_IMMORTAL_REFCNT;
            single_bytes[c] = b;
        }
        return kr_newref(single_bytes[c]);
    }
    KrObject *b = kr_bytes_new(len);
    if (b)
        memcpy(KR_BYTES_DATA(b), data, (size_t)len);
    return b;
}

int kr_bytes_view_check(KrObject *o)
{
    return KR_BYTES_CHECK(o) || KR_BYTEARRAY_CHECK(o) || KR_TYPE(o) == &kr_memoryview_type;
}

int kr_bytes_view(KrObject *o, KrBytesView *v)
{
    if (KR_BYTES_CHECK(o)) {
        v->data = KR_BYTES_DATA(o);
        v->len = KR_SIZE(o);
        return 0;
    }
    if (KR_BYTEARRAY_CHECK(o)) {
        v->data = ((KrByteArray *)o)->data ? ((KrByteArray *)o)->data : "";
        v->len = KR_SIZE(o);
        return 0;
    }
    if (KR_TYPE(o) == &kr_memoryview_type) {
        extern int kr_memoryview_bytes(KrObject *o, const char **data, Kr_ssize_t *len,
                                       KrObject **owned);
        KrObject *owned;
        const char *d;
        if (kr_memoryview_bytes(o, &d, &v->len, &owned) < 0)
            return -1;
        if (owned != NULL) {
            /* strided views are not contiguous buffers */
            kr_decref(owned);
            kr_err_set_string(&kr_exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
            return -1;
        }
        v->data = (char *)d;
        return 0;
    }
    kr_err_format(&kr_exc_TypeError, "a bytes-like object is required, not '%s'",
                  kr_type_name(KR_TYPE(o)));
    return -1;
}

static kr_bytes_maker maker_of(KrObject *self)
{
    return KR_BYTEARRAY_CHECK(self) ? kr_bytearray_from : kr_bytes_from;
}

int kr_byte_value(KrObject *o)
{
    Kr_ssize_t v = kr_number_as_ssize(o, NULL);
    if (v == -1 && kr_err_occurred())
        return -1;
    if (v < 0 || v > 255) {
        kr_err_set_string(&kr_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)v;
}

int kr_bytes_fill_from_iter(KrObject *it, KrBuf *out);

/* bytes(x) / bytearray(x) contents. */
int kr_bytes_from_source(KrObject *x, KrObject *encoding, KrObject *errors, KrBuf *out,
                         const char *tname)
{
    if (x == NULL) {
        if (encoding || errors) {
            kr_err_set_string(&kr_exc_TypeError, encoding ? "encoding without a string argument"
                                                          : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (KR_STR_CHECK(x)) {
        if (encoding == NULL) {
            kr_err_set_string(&kr_exc_TypeError, "string argument without an encoding");
            return -1;
        }
        const char *enc = kr_str_utf8(encoding, NULL), *errs = NULL;
        if (enc == NULL)
            return -1;
        if (errors && (errs = kr_str_utf8(errors, NULL)) == NULL)
            return -1;
        KrObject *b = kr_str_encode(x, enc, errs);
        if (b == NULL)
            return -1;
        int rc = kr_buf_append(out, KR_BYTES_DATA(b), (size_t)KR_SIZE(b));
        kr_decref(b);
        return rc;
    }
    if (encoding || errors) {
        kr_err_set_string(&kr_exc_TypeError, encoding ? "encoding without a string argument"
                                                      : "errors without a string argument");
        return -1;
    }
    if (KR_TYPE(x) == &kr_memoryview_type) {
        /* a strided view is copied item by item, as CPython's
         * PyBuffer_ToContiguous */
        extern int kr_memoryview_bytes(KrObject *o, const char **data, Kr_ssize_t *len,
                                       KrObject **owned);
        const char *d;
        Kr_ssize_t n;
        KrObject *owned;
        if (kr_memoryview_bytes(x, &d, &n, &owned) < 0)
            return -1;
        int rc = kr_buf_append(out, d, (size_t)n);
        kr_xdecref(owned);
        return rc;
    }
    if (kr_bytes_view_check(x)) {
        KrBytesView v;
        if (kr_bytes_view(x, &v) < 0)
            return -1;
        return kr_buf_append(out, v.data, (size_t)v.len);
    }
    if (kr_index_check(x)) {
        Kr_ssize_t n = kr_number_as_ssize(x, &kr_exc_OverflowError);
        if (n == -1 && kr_err_occurred())
            return -1;
        if (n < 0) {
            kr_err_set_string(&kr_exc_ValueError, "negative count");
            return -1;
        }
        if (kr_buf_reserve(out, (size_t)n) < 0) {
            kr_err_no_memory();
            return -1;
        }
        memset(out->data + out->len, 0, (size_t)n);
        out->len += (size_t)n;
        out->data[out->len] = '\0';
        return 0;
    }
    KrObject *it = kr_object_get_iter(x);
    if (it == NULL) {
        if (kr_err_matches_type(&kr_exc_TypeError)) {
            kr_err_clear();
            kr_err_format(&kr_exc_TypeError, "cannot convert '%s' object to %s",
                          kr_type_name(KR_TYPE(x)), tname);
        }
        return -1;
    }
    /* CPython's bytes() asks for a length hint once it holds the iterator
     * (bytearray() does not); the call is observable through __len__. */
    if (strcmp(tname, "bytes") == 0) {
        Kr_ssize_t hint = kr_object_length_hint(x, 64);
        if (hint < 0) {
            kr_decref(it);
            return -1;
        }
    }
    return kr_bytes_fill_from_iter(it, out);
}

/* Appends the byte values an iterator yields; steals the iterator. */
int kr_bytes_fill_from_iter(KrObject *it, KrBuf *out)
{
    KrObject *item;
    while ((item = kr_iter_next(it)) != NULL) {
        int v = kr_byte_value(item);
        kr_decref(item);
        if (v < 0) {
            if (kr_err_matches_type(&kr_exc_ValueError)) {
                kr_err_clear();
                kr_err_set_string(&kr_exc_ValueError, "bytes must be in range(0, 256)");
            }
            kr_decref(it);
            return -1;
        }
        kr_buf_putc(out, (char)v);
    }
    kr_decref(it);
    if (kr_err_occurred())
        return -1;
    if (out->failed) {
        kr_err_no_memory();
        return -1;
    }
    return 0;
}

static KrObject *bytes_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kr_parse_args("bytes", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    for (int k = 1; k < 3; k++)
        if (a[k] && !KR_STR_CHECK(a[k]))
            return kr_err_format(&kr_exc_TypeError, "bytes() argument '%s' must be str, not %s",
                                 names[k], kr_type_name(KR_TYPE(a[k])));
    KrObject *r = NULL;
    if (a[0] && !a[1] && !a[2]) {
        if (KR_BYTES_CHECK(a[0]) && KR_TYPE(a[0]) == &kr_bytes_type && type == &kr_bytes_type)
            return kr_newref(a[0]);
        /* __bytes__ takes precedence over the buffer/iterable paths. */
        int found = 0;
        KrObject *b = kr_call_special(a[0], KR_ID(__bytes__), NULL, 0, &found);
        if (found) {
            if (b == NULL)
                return NULL;
            if (!KR_BYTES_CHECK(b)) {
                kr_err_format(&kr_exc_TypeError, "__bytes__ returned non-bytes (type %s)",
                              kr_type_name(KR_TYPE(b)));
                kr_decref(b);
                return NULL;
            }
            r = b;
        } else if (kr_err_occurred()) {
            return NULL;
        }
    }
    if (r == NULL) {
        KrBuf buf;
        kr_buf_init(&buf);
        if (kr_bytes_from_source(a[0], a[1], a[2], &buf, "bytes") < 0) {
            kr_buf_free(&buf);
            return NULL;
        }
        r = kr_buf_finish_bytes(&buf);
        if (r == NULL)
            return NULL;
    }
    if (type == &kr_bytes_type)
        return r;
    KrObject *o = alloc_bytes(type, KR_SIZE(r));
    if (o)
        memcpy(KR_BYTES_DATA(o), KR_BYTES_DATA(r), (size_t)KR_SIZE(r));
    kr_decref(r);
    return o;
}

/* ====================================================================== */
/* repr, hash, compare                                                    */
/* ====================================================================== */

KrObject *kr_bytes_repr_data(const char *data, Kr_ssize_t len, const char *prefix,
                             const char *suffix)
{
    /* bytearray's repr escapes a single quote even inside double quotes
     * (a CPython quirk the output must match). */
    int esc_sq = prefix[0] != '\0';
    int sq = 0, dq = 0;
    for (Kr_ssize_t i = 0; i < len; i++) {
        if (data[i] == '\'')
            sq = 1;
        else if (data[i] == '"')
            dq = 1;
    }
    char quote = (sq && !dq) ? '"' : '\'';
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, prefix);
    kr_buf_putc(&b, 'b');
    kr_buf_putc(&b, quote);
    for (Kr_ssize_t i = 0; i < len; i++) {
        uint8_t c = (uint8_t)data[i];
        if (c == (uint8_t)quote || c == '\\' || (esc_sq && c == '\'')) {
            kr_buf_putc(&b, '\\');
            kr_buf_putc(&b, (char)c);
        } else if (c == '\t') {
            kr_buf_puts(&b, "\\t");
        } else if (c == '\n') {
            kr_buf_puts(&b, "\\n");
        } else if (c == '\r') {
            kr_buf_puts(&b, "\\r");
        } else if (c < 0x20 || c >= 0x7f) {
            kr_buf_printf(&b, "\\x%02x", c);
        } else {
            kr_buf_putc(&b, (char)c);
        }
    }
    kr_buf_putc(&b, quote);
    kr_buf_puts(&b, suffix);
    return kr_buf_finish(&b);
}

KrObject *kr_bytes_repr(KrObject *o)
{
    return kr_bytes_repr_data(KR_BYTES_DATA(o), KR_SIZE(o), "", "");
}

static Kr_hash_t bytes_hash(KrObject *o)
{
    KrBytes *b = (KrBytes *)o;
    if (b->hash == -1)
        b->hash = kr_hash_bytes(b->data, (size_t)KR_SIZE(o));
    return b->hash;
}

KrObject *kr_bytes_richcompare_views(const KrBytesView *a, const KrBytesView *b, int op)
{
    int r;
    if ((op == KR_EQ || op == KR_NE) && a->len != b->len) {
        r = op == KR_NE;
        return kr_bool_from(r);
    }
    Kr_ssize_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c == 0)
        c = a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
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

static KrObject *bytes_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!kr_bytes_view_check(a) || !kr_bytes_view_check(b))
        KR_RETURN_NOTIMPLEMENTED;
    KrBytesView x, y;
    if (kr_bytes_view(a, &x) < 0 || kr_bytes_view(b, &y) < 0) {
        kr_err_clear();     /* a strided memoryview: its own comparison decides */
        KR_RETURN_NOTIMPLEMENTED;
    }
    return kr_bytes_richcompare_views(&x, &y, op);
}

/* ====================================================================== */
/* Sequence protocol                                                      */
/* ====================================================================== */

static Kr_ssize_t bytes_length(KrObject *o)
{
    return KR_SIZE(o);
}

static KrObject *bytes_item(KrObject *o, Kr_ssize_t i)
{
    if (i < 0 || i >= KR_SIZE(o)) {
        kr_err_set_string(&kr_exc_IndexError, "index out of range");
        return NULL;
    }
    return kr_int_small((uint8_t)KR_BYTES_DATA(o)[i]);
}

KrObject *kr_bytes_subscript_data(const char *data, Kr_ssize_t len, KrObject *key,
                                  kr_bytes_maker mk, const char *tname)
{
    int ba = mk == kr_bytearray_from;
    if (KR_SLICE_CHECK(key)) {
        Kr_ssize_t start, stop, step;
        if (kr_slice_unpack(key, &start, &stop, &step) < 0)
            return NULL;
        Kr_ssize_t n = kr_slice_adjust(len, &start, &stop, step);
        if (step == 1)
            return mk(data + start, n > 0 ? n : 0);
        KrBuf b;
        kr_buf_init(&b);
        for (Kr_ssize_t i = 0, j = start; i < n; i++, j += step)
            kr_buf_putc(&b, data[j]);
        if (b.failed) {
            kr_buf_free(&b);
            return kr_err_no_memory();
        }
        KrObject *r = mk(b.data, (Kr_ssize_t)b.len);
        kr_buf_free(&b);
        return r;
    }
    if (kr_index_check(key)) {
        Kr_ssize_t i = kr_number_as_ssize(key, &kr_exc_IndexError);
        if (i == -1 && kr_err_occurred())
            return NULL;
        if (i < 0)
            i += len;
        if (i < 0 || i >= len) {
            kr_err_set_string(&kr_exc_IndexError,
                              ba ? "bytearray index out of range" : "index out of range");
            return NULL;
        }
        return kr_int_small((uint8_t)data[i]);
    }
    return kr_err_format(&kr_exc_TypeError, "%s indices must be integers or slices, not %s",
                         ba ? "bytearray" : "byte", kr_type_name(KR_TYPE(key)));
}

static KrObject *bytes_subscript(KrObject *o, KrObject *key)
{
    return kr_bytes_subscript_data(KR_BYTES_DATA(o), KR_SIZE(o), key, kr_bytes_from, "bytes");
}

static KrObject *bytes_concat(KrObject *a, KrObject *b)
{
    KrBytesView x, y;
    if (!kr_bytes_view_check(a) || !kr_bytes_view_check(b))
        return kr_err_format(&kr_exc_TypeError, "can't concat %s to %s",
                             kr_type_name(KR_TYPE(b)), kr_type_name(KR_TYPE(a)));
    if (kr_bytes_view(a, &x) < 0 || kr_bytes_view(b, &y) < 0) {
        kr_err_clear();     /* a strided memoryview has no contiguous buffer */
        return kr_err_format(&kr_exc_TypeError, "can't concat %s to %s",
                             kr_type_name(KR_TYPE(b)), kr_type_name(KR_TYPE(a)));
    }
    if (y.len == 0 && KR_TYPE(a) == &kr_bytes_type)
        return kr_newref(a);
    KrObject *r = kr_bytes_new(x.len + y.len);
    if (r == NULL)
        return NULL;
    memcpy(KR_BYTES_DATA(r), x.data, (size_t)x.len);
    memcpy(KR_BYTES_DATA(r) + x.len, y.data, (size_t)y.len);
    return r;
}

static KrObject *repeat_view(const char *data, Kr_ssize_t len, Kr_ssize_t n, kr_bytes_maker mk)
{
    if (n <= 0 || len == 0)
        return mk("", 0);
    if (len > (KR_SSIZE_T_MAX - 64) / n)
        return kr_err_no_memory();
    KrBuf b;
    kr_buf_init(&b);
    if (kr_buf_reserve(&b, (size_t)(len * n)) < 0)
        return kr_err_no_memory();
    for (Kr_ssize_t i = 0; i < n; i++)
        kr_buf_append(&b, data, (size_t)len);
    KrObject *r = mk(b.data, (Kr_ssize_t)b.len);
    kr_buf_free(&b);
    return r;
}

static KrObject *bytes_repeat(KrObject *o, Kr_ssize_t n)
{
    if (n == 1 && KR_TYPE(o) == &kr_bytes_type)
        return kr_newref(o);
    return repeat_view(KR_BYTES_DATA(o), KR_SIZE(o), n, kr_bytes_from);
}

/* A "sub" argument of find/count/index/in: bytes-like or an int byte. */
static int sub_arg(KrObject *x, KrBytesView *v, char *byte, int for_in)
{
    if (kr_bytes_view_check(x))
        return kr_bytes_view(x, v);
    if (kr_index_check(x)) {
        int c = kr_byte_value(x);
        if (c < 0)
            return -1;
        *byte = (char)c;
        v->data = byte;
        v->len = 1;
        return 0;
    }
    if (for_in)
        kr_err_format(&kr_exc_TypeError, "a bytes-like object is required, not '%s'",
                      kr_type_name(KR_TYPE(x)));
    else
        kr_err_format(&kr_exc_TypeError,
                      "argument should be integer or bytes-like object, not '%s'",
                      kr_type_name(KR_TYPE(x)));
    return -1;
}

static Kr_ssize_t find_view(const KrBytesView *s, const KrBytesView *sub, Kr_ssize_t start,
                            Kr_ssize_t end, int dir)
{
    if (start < 0)
        start = 0;
    if (end > s->len)
        end = s->len;
    if (end - start < sub->len)
        return -1;
    if (sub->len == 0)
        return dir > 0 ? start : end;
    if (dir > 0) {
        const char *p = memmem(s->data + start, (size_t)(end - start), sub->data, (size_t)sub->len);
        return p ? p - s->data : -1;
    }
    for (Kr_ssize_t i = end - sub->len; i >= start; i--)
        if (memcmp(s->data + i, sub->data, (size_t)sub->len) == 0)
            return i;
    return -1;
}

static int bytes_contains(KrObject *o, KrObject *x)
{
    KrBytesView s, sub;
    char byte;
    kr_bytes_view(o, &s);
    if (sub_arg(x, &sub, &byte, 1) < 0)
        return -1;
    return find_view(&s, &sub, 0, s.len, 1) >= 0;
}

/* ====================================================================== */
/* Shared methods                                                         */
/* ====================================================================== */

#define VIEW(self, v) KrBytesView v = {"", 0}; kr_bytes_view(self, &v)

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

static KrObject *do_find(const char *name, KrObject *self, KrObject *const *args,
                         Kr_ssize_t nargs, int dir, int raise)
{
    VIEW(self, s);
    KrBytesView sub;
    char byte;
    Kr_ssize_t start, end;
    if (old_nargs(name, nargs, 1, 3) < 0 || sub_arg(args[0], &sub, &byte, 0) < 0 ||
        kr_parse_slice_args(args, nargs, 1, s.len, &start, &end) < 0)
        return NULL;
    Kr_ssize_t i = start <= s.len ? find_view(&s, &sub, start, end, dir) : -1;
    if (i < 0 && raise) {
        kr_err_set_string(&kr_exc_ValueError, "subsection not found");
        return NULL;
    }
    return kr_int_from_ssize(i);
}

static KrObject *b_find(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_find("find", s, a, n, 1, 0); }
static KrObject *b_rfind(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_find("rfind", s, a, n, -1, 0); }
static KrObject *b_index(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_find("index", s, a, n, 1, 1); }
static KrObject *b_rindex(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_find("rindex", s, a, n, -1, 1); }

static KrObject *b_count(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    VIEW(self, s);
    KrBytesView sub;
    char byte;
    Kr_ssize_t start, end;
    if (old_nargs("count", nargs, 1, 3) < 0 || sub_arg(args[0], &sub, &byte, 0) < 0 ||
        kr_parse_slice_args(args, nargs, 1, s.len, &start, &end) < 0)
        return NULL;
    if (start > s.len || end < start)
        return kr_int_small(0);
    if (sub.len == 0)
        return kr_int_from_ssize(end - start + 1);
    Kr_ssize_t c = 0;
    while (1) {
        Kr_ssize_t i = find_view(&s, &sub, start, end, 1);
        if (i < 0)
            break;
        c++;
        start = i + sub.len;
    }
    return kr_int_from_ssize(c);
}

static int tailmatch(const KrBytesView *s, const KrBytesView *sub, Kr_ssize_t start,
                     Kr_ssize_t end, int atend)
{
    if (end - start < sub->len || start > s->len)
        return 0;
    Kr_ssize_t pos = atend ? end - sub->len : start;
    return memcmp(s->data + pos, sub->data, (size_t)sub->len) == 0;
}

static KrObject *starts_ends(const char *name, KrObject *self, KrObject *const *args,
                             Kr_ssize_t nargs, int atend)
{
    VIEW(self, s);
    Kr_ssize_t start, end;
    if (old_nargs(name, nargs, 1, 3) < 0 ||
        kr_parse_slice_args(args, nargs, 1, s.len, &start, &end) < 0)
        return NULL;
    KrObject *x = args[0];
    KrBytesView sub;
    if (KR_TUPLE_CHECK(x)) {
        for (Kr_ssize_t i = 0; i < KR_SIZE(x); i++) {
            if (kr_bytes_view(KR_TUPLE_GET(x, i), &sub) < 0)
                return NULL;
            if (tailmatch(&s, &sub, start, end, atend))
                KR_RETURN_TRUE;
        }
        KR_RETURN_FALSE;
    }
    if (!kr_bytes_view_check(x))
        return kr_err_format(&kr_exc_TypeError,
                             "%s first arg must be bytes or a tuple of bytes, not %s", name,
                             kr_type_name(KR_TYPE(x)));
    if (kr_bytes_view(x, &sub) < 0)
        return NULL;
    return kr_bool_from(tailmatch(&s, &sub, start, end, atend));
}

static KrObject *b_startswith(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return starts_ends("startswith", s, a, n, 0); }
static KrObject *b_endswith(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return starts_ends("endswith", s, a, n, 1); }

static KrObject *b_decode(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_parse_args("decode", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    const char *enc = "utf-8", *errs = NULL;
    for (int k = 0; k < 2; k++)
        if (a[k] && !KR_STR_CHECK(a[k]))
            return kr_err_format(&kr_exc_TypeError, "decode() argument '%s' must be str, not %s",
                                 names[k], kr_type_name(KR_TYPE(a[k])));
    if (a[0] && (enc = kr_str_utf8(a[0], NULL)) == NULL)
        return NULL;
    if (a[1] && (errs = kr_str_utf8(a[1], NULL)) == NULL)
        return NULL;
    VIEW(self, s);
    return kr_str_decode(s.data, s.len, enc, errs);
}

static int is_space(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}
static int is_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static int is_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static int is_alpha(uint8_t c) { return is_lower(c) || is_upper(c); }
static int is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

static KrObject *all_bytes(KrObject *self, int (*pred)(uint8_t))
{
    VIEW(self, s);
    if (s.len == 0)
        KR_RETURN_FALSE;
    for (Kr_ssize_t i = 0; i < s.len; i++)
        if (!pred((uint8_t)s.data[i]))
            KR_RETURN_FALSE;
    KR_RETURN_TRUE;
}

static int is_alnum(uint8_t c) { return is_alpha(c) || is_digit(c); }
static KrObject *b_isalnum(KrObject *s) { return all_bytes(s, is_alnum); }
static KrObject *b_isalpha(KrObject *s) { return all_bytes(s, is_alpha); }
static KrObject *b_isdigit(KrObject *s) { return all_bytes(s, is_digit); }
static KrObject *b_isspace(KrObject *s) { return all_bytes(s, is_space); }

static KrObject *b_isascii(KrObject *self)
{
    VIEW(self, s);
    for (Kr_ssize_t i = 0; i < s.len; i++)
        if ((uint8_t)s.data[i] >= 128)
            KR_RETURN_FALSE;
    KR_RETURN_TRUE;
}

static KrObject *b_islower(KrObject *self)
{
    VIEW(self, s);
    int cased = 0;
    for (Kr_ssize_t i = 0; i < s.len; i++) {
        uint8_t c = (uint8_t)s.data[i];
        if (is_upper(c))
            KR_RETURN_FALSE;
        if (is_lower(c))
            cased = 1;
    }
    return kr_bool_from(cased);
}

static KrObject *b_isupper(KrObject *self)
{
    VIEW(self, s);
    int cased = 0;
    for (Kr_ssize_t i = 0; i < s.len; i++) {
        uint8_t c = (uint8_t)s.data[i];
        if (is_lower(c))
            KR_RETURN_FALSE;
        if (is_upper(c))
            cased = 1;
    }
    return kr_bool_from(cased);
}

static KrObject *b_istitle(KrObject *self)
{
    VIEW(self, s);
    int cased = 0, prev = 0;
    for (Kr_ssize_t i = 0; i < s.len; i++) {
        uint8_t c = (uint8_t)s.data[i];
        if (is_upper(c)) {
            if (prev)
                KR_RETURN_FALSE;
            prev = cased = 1;
        } else if (is_lower(c)) {
            if (!prev)
                KR_RETURN_FALSE;
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return kr_bool_from(cased);
}

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_TITLE, BC_CAPITALIZE };

static KrObject *b_case(KrObject *self, int how)
{
    VIEW(self, s);
    KrBuf b;
    kr_buf_init(&b);
    if (kr_buf_reserve(&b, (size_t)s.len) < 0)
        return kr_err_no_memory();
    int prev = 0;
    for (Kr_ssize_t i = 0; i < s.len; i++) {
        uint8_t c = (uint8_t)s.data[i];
        switch (how) {
        case BC_LOWER:
            if (is_upper(c)) c += 32;
            break;
        case BC_UPPER:
            if (is_lower(c)) c -= 32;
            break;
        case BC_SWAP:
            if (is_upper(c)) c += 32;
            else if (is_lower(c)) c -= 32;
            break;
        case BC_TITLE: {
            int cased = is_alpha(c);
            if (prev) { if (is_upper(c)) c += 32; }
            else if (is_lower(c)) c -= 32;
            prev = cased;
            break;
        }
        default:
            if (i == 0) { if (is_lower(c)) c -= 32; }
            else if (is_upper(c)) c += 32;
            break;
        }
        b.data[b.len++] = (char)c;
    }
    KrObject *r = maker_of(self)(b.data, (Kr_ssize_t)b.len);
    kr_buf_free(&b);
    return r;
}

static KrObject *b_lower(KrObject *s) { return b_case(s, BC_LOWER); }
static KrObject *b_upper(KrObject *s) { return b_case(s, BC_UPPER); }
static KrObject *b_swapcase(KrObject *s) { return b_case(s, BC_SWAP); }
static KrObject *b_title(KrObject *s) { return b_case(s, BC_TITLE); }
static KrObject *b_capitalize(KrObject *s) { return b_case(s, BC_CAPITALIZE); }

/* Returns self unchanged in the result type (bytes returns itself). */
static KrObject *same(KrObject *self)
{
    if (KR_TYPE(self) == &kr_bytes_type)
        return kr_newref(self);
    VIEW(self, s);
    return maker_of(self)(s.data, s.len);
}

static KrObject *pad(KrObject *self, Kr_ssize_t left, Kr_ssize_t right, char fill)
{
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0)
        return same(self);
    VIEW(self, s);
    KrBuf b;
    kr_buf_init(&b);
    if (kr_buf_reserve(&b, (size_t)(left + right + s.len)) < 0)
        return kr_err_no_memory();
    memset(b.data, fill, (size_t)left);
    memcpy(b.data + left, s.data, (size_t)s.len);
    memset(b.data + left + s.len, fill, (size_t)right);
    b.len = (size_t)(left + right + s.len);
    KrObject *r = maker_of(self)(b.data, (Kr_ssize_t)b.len);
    kr_buf_free(&b);
    return r;
}

static int width_fill(const char *name, KrObject *const *args, Kr_ssize_t nargs,
                      Kr_ssize_t *width, char *fill)
{
    if (kr_check_nargs(name, nargs, 1, 2) < 0)
        return -1;
    *width = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
    if (*width == -1 && kr_err_occurred())
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        KrBytesView f;
        if (!kr_bytes_view_check(args[1]) || (kr_bytes_view(args[1], &f), f.len != 1)) {
            kr_err_format(&kr_exc_TypeError,
                          "%s() argument 2 must be a byte string of length 1, not %s", name,
                          kr_type_name(KR_TYPE(args[1])));
            return -1;
        }
        *fill = f.data[0];
    }
    return 0;
}

static KrObject *b_center(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t width;
    char fill;
    if (width_fill("center", args, nargs, &width, &fill) < 0)
        return NULL;
    Kr_ssize_t n = KR_SIZE(self);
    if (width <= n)
        return same(self);
    Kr_ssize_t marg = width - n, left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static KrObject *b_ljust(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t width;
    char fill;
    if (width_fill("ljust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, 0, width - KR_SIZE(self), fill);
}

static KrObject *b_rjust(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t width;
    char fill;
    if (width_fill("rjust", args, nargs, &width, &fill) < 0)
        return NULL;
    return pad(self, width - KR_SIZE(self), 0, fill);
}

static KrObject *b_zfill(KrObject *self, KrObject *arg)
{
    Kr_ssize_t width = kr_number_as_ssize(arg, &kr_exc_OverflowError);
    if (width == -1 && kr_err_occurred())
        return NULL;
    VIEW(self, s);
    if (width <= s.len)
        return same(self);
    KrBuf b;
    kr_buf_init(&b);
    Kr_ssize_t i = 0;
    if (s.len > 0 && (s.data[0] == '+' || s.data[0] == '-')) {
        kr_buf_putc(&b, s.data[0]);
        i = 1;
    }
    for (Kr_ssize_t k = 0; k < width - s.len; k++)
        kr_buf_putc(&b, '0');
    kr_buf_append(&b, s.data + i, (size_t)(s.len - i));
    KrObject *r = b.failed ? kr_err_no_memory() : maker_of(self)(b.data, (Kr_ssize_t)b.len);
    kr_buf_free(&b);
    return r;
}

static KrObject *b_expandtabs(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    KrObject *a[1] = {NULL};
    if (kr_parse_args("expandtabs", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    Kr_ssize_t tab = 8;
    if (a[0]) {
        tab = kr_number_as_ssize(a[0], &kr_exc_OverflowError);
        if (tab == -1 && kr_err_occurred())
            return NULL;
    }
    VIEW(self, s);
    KrBuf b;
    kr_buf_init(&b);
    Kr_ssize_t col = 0;
    for (Kr_ssize_t i = 0; i < s.len; i++) {
        char c = s.data[i];
        if (c == '\t') {
            if (tab > 0) {
                Kr_ssize_t k = tab - col % tab;
                for (Kr_ssize_t j = 0; j < k; j++)
                    kr_buf_putc(&b, ' ');
                col += k;
            }
        } else {
            kr_buf_putc(&b, c);
            col++;
            if (c == '\n' || c == '\r')
                col = 0;
        }
    }
    KrObject *r = b.failed ? kr_err_no_memory() : maker_of(self)(b.data, (Kr_ssize_t)b.len);
    kr_buf_free(&b);
    return r;
}

static KrObject *do_strip(const char *name, KrObject *self, KrObject *const *args,
                          Kr_ssize_t nargs, int left, int right)
{
    if (kr_check_nargs(name, nargs, 0, 1) < 0)
        return NULL;
    KrBytesView chars = {NULL, 0};
    int have = nargs > 0 && args[0] != kr_None;
    if (have && kr_bytes_view(args[0], &chars) < 0)
        return NULL;
    VIEW(self, s);
    Kr_ssize_t i = 0, j = s.len;
#define STRIPPED(c) (have ? memchr(chars.data, (c), (size_t)chars.len) != NULL : is_space((uint8_t)(c)))
    if (left)
        while (i < j && STRIPPED(s.data[i]))
            i++;
    if (right)
        while (j > i && STRIPPED(s.data[j - 1]))
            j--;
#undef STRIPPED
    if (i == 0 && j == s.len)
        return same(self);
    return maker_of(self)(s.data + i, j - i);
}

static KrObject *b_strip(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_strip("strip", s, a, n, 1, 1); }
static KrObject *b_lstrip(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_strip("lstrip", s, a, n, 1, 0); }
static KrObject *b_rstrip(KrObject *s, KrObject *const *a, Kr_ssize_t n) { return do_strip("rstrip", s, a, n, 0, 1); }

static int append_piece(KrObject *list, kr_bytes_maker mk, const char *p, Kr_ssize_t n)
{
    KrObject *x = mk(p, n);
    if (x == NULL)
        return -1;
    int rc = kr_list_append(list, x);
    kr_decref(x);
    return rc;
}

static KrObject *do_split(const char *name, KrObject *self, KrObject *const *args,
                          Kr_ssize_t nargs, KrObject *kwnames, int right)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_parse_args(name, args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    KrBytesView sep = {NULL, 0};
    int have = a[0] && a[0] != kr_None;
    if (have && kr_bytes_view(a[0], &sep) < 0)
        return NULL;
    if (have && sep.len == 0) {
        kr_err_set_string(&kr_exc_ValueError, "empty separator");
        return NULL;
    }
    Kr_ssize_t maxsplit = -1;
    if (a[1]) {
        maxsplit = kr_number_as_ssize(a[1], &kr_exc_OverflowError);
        if (maxsplit == -1 && kr_err_occurred())
            return NULL;
    }
    if (maxsplit < 0)
        maxsplit = KR_SSIZE_T_MAX;
    VIEW(self, s);
    kr_bytes_maker mk = maker_of(self);
    KrObject *list = kr_list_new(0);
    if (list == NULL)
        return NULL;
    const char *d = s.data;
    Kr_ssize_t n = s.len;
    if (!have && !right) {
        Kr_ssize_t i = 0;
        while (1) {
            while (i < n && is_space((uint8_t)d[i]))
                i++;
            if (i >= n)
                break;
            if (maxsplit-- == 0) {
                if (append_piece(list, mk, d + i, n - i) < 0)
                    goto fail;
                break;
            }
            Kr_ssize_t j = i;
            while (j < n && !is_space((uint8_t)d[j]))
                j++;
            if (append_piece(list, mk, d + i, j - i) < 0)
                goto fail;
            i = j;
        }
        return list;
    }
    if (!have) {
        Kr_ssize_t j = n;
        while (1) {
            while (j > 0 && is_space((uint8_t)d[j - 1]))
                j--;
            if (j <= 0)
                break;
            if (maxsplit-- == 0) {
                if (append_piece(list, mk, d, j) < 0)
                    goto fail;
                break;
            }
            Kr_ssize_t i = j;
            while (i > 0 && !is_space((uint8_t)d[i - 1]))
                i--;
            if (append_piece(list, mk, d + i, j - i) < 0)
                goto fail;
            j = i;
        }
    } else if (!right) {
        Kr_ssize_t i = 0;
        while (maxsplit-- > 0) {
            Kr_ssize_t j = find_view(&s, &sep, i, n, 1);
            if (j < 0)
                break;
            if (append_piece(list, mk, d + i, j - i) < 0)
                goto fail;
            i = j + sep.len;
        }
        if (append_piece(list, mk, d + i, n - i) < 0)
            goto fail;
        return list;
    } else {
        Kr_ssize_t j = n;
        while (maxsplit-- > 0) {
            Kr_ssize_t i = find_view(&s, &sep, 0, j, -1);
            if (i < 0)
                break;
            if (append_piece(list, mk, d + i + sep.len, j - i - sep.len) < 0)
                goto fail;
            j = i;
        }
        if (append_piece(list, mk, d, j) < 0)
            goto fail;
    }
    if (kr_list_reverse(list) < 0)
        goto fail;
    return list;
fail:
    kr_decref(list);
    return NULL;
}

static KrObject *b_split(KrObject *s, KrObject *const *a, Kr_ssize_t n, KrObject *k) { return do_split("split", s, a, n, k, 0); }
static KrObject *b_rsplit(KrObject *s, KrObject *const *a, Kr_ssize_t n, KrObject *k) { return do_split("rsplit", s, a, n, k, 1); }

static KrObject *b_splitlines(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    KrObject *a[1] = {NULL};
    if (kr_parse_args("splitlines", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    int keep = a[0] ? kr_object_is_true(a[0]) : 0;
    if (keep < 0)
        return NULL;
    VIEW(self, s);
    kr_bytes_maker mk = maker_of(self);
    KrObject *list = kr_list_new(0);
    if (list == NULL)
        return NULL;
    Kr_ssize_t i = 0;
    while (i < s.len) {
        Kr_ssize_t j = i;
        while (j < s.len && s.data[j] != '\n' && s.data[j] != '\r')
            j++;
        Kr_ssize_t eol = j;
        if (j < s.len) {
            j += (s.data[j] == '\r' && j + 1 < s.len && s.data[j + 1] == '\n') ? 2 : 1;
            if (keep)
                eol = j;
        }
        if (append_piece(list, mk, s.data + i, eol - i) < 0) {
            kr_decref(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static KrObject *partition(KrObject *self, KrObject *sepo, int dir)
{
    KrBytesView sep;
    if (kr_bytes_view(sepo, &sep) < 0)
        return NULL;
    if (sep.len == 0) {
        kr_err_set_string(&kr_exc_ValueError, "empty separator");
        return NULL;
    }
    VIEW(self, s);
    kr_bytes_maker mk = maker_of(self);
    Kr_ssize_t i = find_view(&s, &sep, 0, s.len, dir);
    KrObject *a, *b, *c;
    if (i < 0) {
        KrObject *whole = mk == kr_bytes_from ? same(self) : mk(s.data, s.len);
        if (dir > 0) {
            a = whole;
            b = mk("", 0);
            c = mk("", 0);
        } else {
            a = mk("", 0);
            b = mk("", 0);
            c = whole;
        }
    } else {
        a = mk(s.data, i);
        b = mk(sep.data, sep.len);
        c = mk(s.data + i + sep.len, s.len - i - sep.len);
    }
    KrObject *t = NULL;
    if (a && b && c)
        t = kr_tuple_pack(3, a, b, c);
    kr_xdecref(a);
    kr_xdecref(b);
    kr_xdecref(c);
    return t;
}

static KrObject *b_partition(KrObject *s, KrObject *sep) { return partition(s, sep, 1); }
static KrObject *b_rpartition(KrObject *s, KrObject *sep) { return partition(s, sep, -1); }

static KrObject *b_join(KrObject *self, KrObject *iterable)
{
    KrObject *seq = kr_sequence_list(iterable);
    if (seq == NULL) {
        if (kr_err_matches_type(&kr_exc_TypeError)) {
            kr_err_clear();
            kr_err_set_string(&kr_exc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    VIEW(self, sep);
    if (!KR_BYTEARRAY_CHECK(self)) {
        /* All items exact bytes (the usual case): size the result, then
         * copy once, instead of growing a buffer item by item. */
        Kr_ssize_t n = KR_SIZE(seq), total = n > 1 ? sep.len * (n - 1) : 0, i = 0;
        for (; i < n; i++) {
            KrObject *x = KR_LIST_GET(seq, i);
            if (KR_TYPE(x) != &kr_bytes_type || KR_SIZE(x) > KR_SSIZE_T_MAX / 2 - total)
                break;
            total += KR_SIZE(x);
        }
        if (i == n && (n == 1 || total == 0)) {
            KrObject *r = n == 1 ? kr_newref(KR_LIST_GET(seq, 0)) : kr_bytes_from("", 0);
            kr_decref(seq);
            return r;
        }
        if (i == n) {
            KrObject *r = kr_bytes_new(total);
            if (r != NULL) {
                char *o = KR_BYTES_DATA(r);
                for (i = 0; i < n; i++) {
                    KrObject *x = KR_LIST_GET(seq, i);
                    if (i > 0 && sep.len) {
                        memcpy(o, sep.data, (size_t)sep.len);
                        o += sep.len;
                    }
                    memcpy(o, KR_BYTES_DATA(x), (size_t)KR_SIZE(x));
                    o += KR_SIZE(x);
                }
            }
            kr_decref(seq);
            return r;
        }
    }
    KrBuf b;
    kr_buf_init(&b);
    for (Kr_ssize_t i = 0; i < KR_SIZE(seq); i++) {
        KrObject *x = KR_LIST_GET(seq, i);
        if (!kr_bytes_view_check(x)) {
            kr_err_format(&kr_exc_TypeError,
                          "sequence item %zd: expected a bytes-like object, %s found", i,
                          kr_type_name(KR_TYPE(x)));
            kr_buf_free(&b);
            kr_decref(seq);
            return NULL;
        }
        KrBytesView v;
        if (kr_bytes_view(x, &v) < 0) {
            /* a strided memoryview has no contiguous buffer to join */
            kr_err_clear();
            kr_err_format(&kr_exc_TypeError,
                          "sequence item %zd: expected a bytes-like object, %s found", i,
                          kr_type_name(KR_TYPE(x)));
            kr_buf_free(&b);
            kr_decref(seq);
            return NULL;
        }
        if (i > 0)
            kr_buf_append(&b, sep.data, (size_t)sep.len);
        kr_buf_append(&b, v.data, (size_t)v.len);
    }
    kr_decref(seq);
    KrObject *r = b.failed ? kr_err_no_memory() : maker_of(self)(b.data, (Kr_ssize_t)b.len);
    kr_buf_free(&b);
    return r;
}

static KrObject *b_replace(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("replace", nargs, 2, 3) < 0)
        return NULL;
    KrBytesView old, new_;
    if (kr_bytes_view(args[0], &old) < 0 || kr_bytes_view(args[1], &new_) < 0)
        return NULL;
    Kr_ssize_t count = -1;
    if (nargs > 2) {
        count = kr_number_as_ssize(args[2], &kr_exc_OverflowError);
        if (count == -1 && kr_err_occurred())
            return NULL;
    }
    if (count < 0)
        count = KR_SSIZE_T_MAX;
    VIEW(self, s);
    KrBuf b;
    kr_buf_init(&b);
    Kr_ssize_t i = 0, done = 0;
    if (old.len == 0) {
        while (done < count && i <= s.len) {
            kr_buf_append(&b, new_.data, (size_t)new_.len);
            done++;
            if (i < s.len)
                kr_buf_putc(&b, s.data[i]);
            i++;
        }
        if (i < s.len)
            kr_buf_append(&b, s.data + i, (size_t)(s.len - i));
    } else {
        while (done < count) {
            Kr_ssize_t j = find_view(&s, &old, i, s.len, 1);
            if (j < 0)
                break;
            kr_buf_append(&b, s.data + i, (size_t)(j - i));
            kr_buf_append(&b, new_.data, (size_t)new_.len);
            i = j + old.len;
            done++;
        }
        kr_buf_append(&b, s.data + i, (size_t)(s.len - i));
    }
    KrObject *r;
    if (done == 0)
        r = same(self);
    else
        r = b.failed ? kr_err_no_memory() : maker_of(self)(b.data, (Kr_ssize_t)b.len);
    kr_buf_free(&b);
    return r;
}

static KrObject *b_removeprefix(KrObject *self, KrObject *p)
{
    KrBytesView pre;
    if (kr_bytes_view(p, &pre) < 0)
        return NULL;
    VIEW(self, s);
    if (pre.len > 0 && tailmatch(&s, &pre, 0, s.len, 0))
        return maker_of(self)(s.data + pre.len, s.len - pre.len);
    return same(self);
}

static KrObject *b_removesuffix(KrObject *self, KrObject *p)
{
    KrBytesView suf;
    if (kr_bytes_view(p, &suf) < 0)
        return NULL;
    VIEW(self, s);
    if (suf.len > 0 && tailmatch(&s, &suf, 0, s.len, 1))
        return maker_of(self)(s.data, s.len - suf.len);
    return same(self);
}

static KrObject *b_translate(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames)
{
    static const char *const names[] = {"", "delete", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_parse_args("translate", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    KrBytesView table = {NULL, 0}, del = {"", 0};
    if (a[0] != kr_None) {
        if (kr_bytes_view(a[0], &table) < 0)
            return NULL;
        if (table.len != 256) {
            kr_err_set_string(&kr_exc_ValueError, "translation table must be 256 characters long");
            return NULL;
        }
    }
    if (a[1] && kr_bytes_view(a[1], &del) < 0)
        return NULL;
    VIEW(self, s);
    KrBuf b;
    kr_buf_init(&b);
    for (Kr_ssize_t i = 0; i < s.len; i++) {
        uint8_t c = (uint8_t)s.data[i];
        if (del.len && memchr(del.data, c, (size_t)del.len))
            continue;
        kr_buf_putc(&b, table.data ? table.data[c] : (char)c);
    }
    KrObject *r = b.failed ? kr_err_no_memory() : maker_of(self)(b.data, (Kr_ssize_t)b.len);
    kr_buf_free(&b);
    return r;
}

static KrObject *b_maketrans(KrObject *unused, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("maketrans", nargs, 2, 2) < 0)
        return NULL;
    KrBytesView f, t;
    if (kr_bytes_view(args[0], &f) < 0 || kr_bytes_view(args[1], &t) < 0)
        return NULL;
    if (f.len != t.len) {
        kr_err_set_string(&kr_exc_ValueError, "maketrans arguments must have same length");
        return NULL;
    }
    char table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (char)i;
    for (Kr_ssize_t i = 0; i < f.len; i++)
        table[(uint8_t)f.data[i]] = t.data[i];
    return kr_bytes_from(table, 256);
}

static KrObject *b_hex(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                       KrObject *kwnames)
{
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    KrObject *a[2] = {NULL, NULL};
    if (kr_parse_args("hex", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    char sepc = 0;
    if (a[0]) {
        if (KR_STR_CHECK(a[0])) {
            if (KR_STR_LEN(a[0]) != 1 || KR_STR_CHAR(a[0], 0) > 127) {
                kr_err_set_string(&kr_exc_ValueError, "sep must be length 1.");
                return NULL;
            }
            sepc = (char)KR_STR_CHAR(a[0], 0);
        } else if (kr_bytes_view_check(a[0])) {
            KrBytesView v;
            if (kr_bytes_view(a[0], &v) < 0)
                return NULL;
            if (v.len != 1) {
                kr_err_set_string(&kr_exc_ValueError, "sep must be length 1.");
                return NULL;
            }
            sepc = v.data[0];
        } else {
            kr_err_set_string(&kr_exc_TypeError, "sep must be str or bytes.");
            return NULL;
        }
    }
    Kr_ssize_t per = 1;
    if (a[1]) {
        per = kr_number_as_ssize(a[1], &kr_exc_OverflowError);
        if (per == -1 && kr_err_occurred())
            return NULL;
    }
    VIEW(self, s);
    static const char hx[] = "0123456789abcdef";
    Kr_ssize_t ap = per < 0 ? -per : per;
    if (!sepc || ap == 0) {
        /* The common case writes straight into the result. */
        if (s.len == 0)
            return kr_str_empty();
        KrObject *r = kr_str_new(2 * s.len, 127);
        if (r == NULL)
            return NULL;
        char *d = KR_STR_DATA(r);
        for (Kr_ssize_t i = 0; i < s.len; i++) {
            uint8_t c = (uint8_t)s.data[i];
            d[2 * i] = hx[c >> 4];
            d[2 * i + 1] = hx[c & 15];
        }
        return r;
    }
    KrBuf b;
    kr_buf_init(&b);
    for (Kr_ssize_t i = 0; i < s.len; i++) {
        if (sepc && ap > 0 && i > 0) {
            /* Groups count from the right for a positive bytes_per_sep. */
            Kr_ssize_t k = per > 0 ? s.len - i : i;
            if (k % ap == 0)
                kr_buf_putc(&b, sepc);
        }
        uint8_t c = (uint8_t)s.data[i];
        kr_buf_putc(&b, hx[c >> 4]);
        kr_buf_putc(&b, hx[c & 15]);
    }
    return kr_buf_finish(&b);
}

static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static KrObject *b_fromhex(KrObject *cls, KrObject *arg)
{
    if (!KR_STR_CHECK(arg))
        return kr_err_format(&kr_exc_TypeError, "fromhex() argument must be str, not %s",
                             kr_type_name(KR_TYPE(arg)));
    KrBuf b;
    kr_buf_init(&b);
    Kr_ssize_t n = KR_STR_LEN(arg), i = 0;
    while (i < n) {
        uint32_t c = KR_STR_CHAR(arg, i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c') {
            i++;
            continue;
        }
        int hi = hexval(c);
        if (hi < 0) {
            kr_buf_free(&b);
            return kr_err_format(&kr_exc_ValueError,
                                 "non-hexadecimal number found in fromhex() arg at position %zd", i);
        }
        int lo = i + 1 < n ? hexval(KR_STR_CHAR(arg, i + 1)) : -1;
        if (lo < 0) {
            kr_buf_free(&b);
            return kr_err_format(&kr_exc_ValueError,
                                 "non-hexadecimal number found in fromhex() arg at position %zd",
                                 i + 1);
        }
        kr_buf_putc(&b, (char)(hi * 16 + lo));
        i += 2;
    }
    KrType *t = (KrType *)cls;
    KrObject *r;
    if (kr_type_is_subtype(t, &kr_bytearray_type))
        r = kr_bytearray_from(b.data, (Kr_ssize_t)b.len);
    else
        r = kr_bytes_from(b.data, (Kr_ssize_t)b.len);
    kr_buf_free(&b);
    if (r && t != &kr_bytes_type && t != &kr_bytearray_type) {
        KrObject *o = kr_call1(cls, r);
        kr_decref(r);
        return o;
    }
    return r;
}

static KrObject *b_getnewargs(KrObject *self)
{
    VIEW(self, s);
    KrObject *c = kr_bytes_from(s.data, s.len);
    if (c == NULL)
        return NULL;
    KrObject *t = kr_tuple_pack(1, c);
    kr_decref(c);
    return t;
}

static KrObject *bytes_sizeof(KrObject *self)
{
    return kr_int_from_ssize(33 + KR_SIZE(self));
}

static KrObject *bytes_bytes(KrObject *self)
{
    if (KR_TYPE(self) == &kr_bytes_type)
        return kr_newref(self);
    return kr_bytes_from(KR_BYTES_DATA(self), KR_SIZE(self));
}

static KrObject *bytes_mod(KrObject *a, KrObject *b)
{
    if (!KR_BYTES_CHECK(a))
        KR_RETURN_NOTIMPLEMENTED;
    return kr_bytes_mod_format(a, b);
}

#define SHARED_METHODS                                                    \
    KR_METHOD_NOARGS("capitalize", b_capitalize),                         \
    KR_METHOD_FAST("center", b_center),                                   \
    KR_METHOD_FAST("count", b_count),                                     \
    KR_METHOD_FASTKW("decode", b_decode),                                 \
    KR_METHOD_FAST("endswith", b_endswith),                               \
    KR_METHOD_FASTKW("expandtabs", b_expandtabs),                         \
    KR_METHOD_FAST("find", b_find),                                       \
    {"fromhex", {.o = b_fromhex}, KR_METH_O | KR_METH_CLASS, NULL},       \
    KR_METHOD_FASTKW("hex", b_hex),                                       \
    KR_METHOD_FAST("index", b_index),                                     \
    KR_METHOD_NOARGS("isalnum", b_isalnum),                               \
    KR_METHOD_NOARGS("isalpha", b_isalpha),                               \
    KR_METHOD_NOARGS("isascii", b_isascii),                               \
    KR_METHOD_NOARGS("isdigit", b_isdigit),                               \
    KR_METHOD_NOARGS("islower", b_islower),                               \
    KR_METHOD_NOARGS("isspace", b_isspace),                               \
    KR_METHOD_NOARGS("istitle", b_istitle),                               \
    KR_METHOD_NOARGS("isupper", b_isupper),                               \
    KR_METHOD_O("join", b_join),                                          \
    KR_METHOD_FAST("ljust", b_ljust),                                     \
    KR_METHOD_NOARGS("lower", b_lower),                                   \
    KR_METHOD_FAST("lstrip", b_lstrip),                                   \
    {"maketrans", {.fast = b_maketrans}, KR_METH_FAST | KR_METH_STATIC, NULL}, \
    KR_METHOD_O("partition", b_partition),                                \
    KR_METHOD_O("removeprefix", b_removeprefix),                          \
    KR_METHOD_O("removesuffix", b_removesuffix),                          \
    KR_METHOD_FAST("replace", b_replace),                                 \
    KR_METHOD_FAST("rfind", b_rfind),                                     \
    KR_METHOD_FAST("rindex", b_rindex),                                   \
    KR_METHOD_FAST("rjust", b_rjust),                                     \
    KR_METHOD_O("rpartition", b_rpartition),                              \
    KR_METHOD_FASTKW("rsplit", b_rsplit),                                 \
    KR_METHOD_FAST("rstrip", b_rstrip),                                   \
    KR_METHOD_FASTKW("split", b_split),                                   \
    KR_METHOD_FASTKW("splitlines", b_splitlines),                         \
    KR_METHOD_FAST("startswith", b_startswith),                           \
    KR_METHOD_FAST("strip", b_strip),                                     \
    KR_METHOD_NOARGS("swapcase", b_swapcase),                             \
    KR_METHOD_NOARGS("title", b_title),                                   \
    KR_METHOD_FASTKW("translate", b_translate),                           \
    KR_METHOD_NOARGS("upper", b_upper),                                   \
    KR_METHOD_O("zfill", b_zfill)

const KrMethodDef kr_bytes_methods[] = {
    SHARED_METHODS,
    KR_METHOD_NOARGS("__getnewargs__", b_getnewargs),
    KR_METHOD_NOARGS("__sizeof__", bytes_sizeof),
    KR_METHOD_NOARGS("__bytes__", bytes_bytes),
    KR_METHOD_END,
};

const KrMethodDef kr_bytearray_shared_methods[] = {
    SHARED_METHODS,
    KR_METHOD_O("append", kr_bytearray_m_append),
    KR_METHOD_NOARGS("clear", kr_bytearray_m_clear),
    KR_METHOD_NOARGS("copy", kr_bytearray_m_copy),
    KR_METHOD_O("extend", kr_bytearray_m_extend),
    KR_METHOD_FAST("insert", kr_bytearray_m_insert),
    KR_METHOD_FAST("pop", kr_bytearray_m_pop),
    KR_METHOD_O("remove", kr_bytearray_m_remove),
    KR_METHOD_NOARGS("reverse", kr_bytearray_m_reverse),
    KR_METHOD_NOARGS("__alloc__", kr_bytearray_m_alloc),
    KR_METHOD_NOARGS("__sizeof__", kr_bytearray_m_sizeof),
    KR_METHOD_FAST("__reduce_ex__", kr_bytearray_m_reduce_ex),
    KR_METHOD_NOARGS("__reduce__", kr_bytearray_m_reduce),
    KR_METHOD_END,
};

/* ====================================================================== */
/* Iterator and type                                                      */
/* ====================================================================== */

typedef struct {
    KrObject ob;
    KrObject *seq;                  /* bytes or bytearray; NULL when exhausted */
    Kr_ssize_t i;
} BytesIter;

static KrObject *iter_new(KrObject *o, KrType *t)
{
    BytesIter *it = (BytesIter *)kr_object_alloc(t, 0);
    if (it == NULL)
        return NULL;
    it->seq = kr_newref(o);
    it->i = 0;
    return (KrObject *)it;
}

static KrObject *bytes_iter(KrObject *o)
{
    return iter_new(o, &kr_bytes_iter_type);
}

KrObject *kr_bytearray_iter_new(KrObject *o)
{
    return iter_new(o, &kr_bytearray_iter_type);
}

static KrObject *biter_next(KrObject *o)
{
    BytesIter *it = (BytesIter *)o;
    if (it->seq == NULL)
        return NULL;
    KrBytesView v = {"", 0};
    kr_bytes_view(it->seq, &v);
    if (it->i < v.len)
        return kr_int_small((uint8_t)v.data[it->i++]);
    KR_CLEAR(it->seq);
    return NULL;
}

static KrObject *biter_self(KrObject *o)
{
    return kr_newref(o);
}

static void biter_dealloc(KrObject *o)
{
    KR_CLEAR(((BytesIter *)o)->seq);
    kr_object_free(o);
}

static KrObject *biter_length_hint(KrObject *o)
{
    BytesIter *it = (BytesIter *)o;
    if (it->seq == NULL)
        return kr_int_small(0);
    Kr_ssize_t n = KR_SIZE(it->seq) - it->i;
    return kr_int_from_ssize(n < 0 ? 0 : n);
}

static const KrMethodDef biter_methods[] = {
    KR_METHOD_NOARGS("__length_hint__", biter_length_hint),
    KR_METHOD_END,
};

KrType kr_bytes_iter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIter),
    .dealloc = biter_dealloc,
    .iter = biter_self,
    .iternext = biter_next,
    .methods = biter_methods,
    .flags = KR_TPFLAGS_IMMUTABLE | KR_TPFLAGS_DISALLOW_INSTANTIATION,
};

KrType kr_bytearray_iter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "bytearray_iterator",
    .basicsize = sizeof(BytesIter),
    .dealloc = biter_dealloc,
    .iter = biter_self,
    .iternext = biter_next,
    .methods = biter_methods,
    .flags = KR_TPFLAGS_IMMUTABLE | KR_TPFLAGS_DISALLOW_INSTANTIATION,
};

static void bytes_dealloc(KrObject *o)
{
    kr_object_free(o);
}

static KrSequenceMethods bytes_as_sequence = {
    .length = bytes_length,
    .concat = bytes_concat,
    .repeat = bytes_repeat,
    .item = bytes_item,
    .contains = bytes_contains,
};

static KrMappingMethods bytes_as_mapping = {
    .length = bytes_length,
    .subscript = bytes_subscript,
};

static KrNumberMethods bytes_as_number = {
    .remainder = bytes_mod,
};

KrType kr_bytes_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "bytes",
    .basicsize = offsetof(KrBytes, data) + 1,
    .itemsize = 1,
    .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_BYTES_SUBCLASS | KR_TPFLAGS_IMMUTABLE,
    .dealloc = bytes_dealloc,
    .repr = kr_bytes_repr,
    .str = kr_bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .as_number = &bytes_as_number,
    .as_sequence = &bytes_as_sequence,
    .as_mapping = &bytes_as_mapping,
    .new_ = bytes_new,
    .methods = kr_bytes_methods,
    .doc = "bytes(iterable_of_ints) -> bytes\n"
           "bytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object\n\n"
           "Construct an immutable array of bytes from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
};
