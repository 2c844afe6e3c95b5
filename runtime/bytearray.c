/*
 * bytearray.c -- the mutable byte string.
 *
 * The bytes live in a separate heap block (`data`, `alloc` bytes) so the
 * object can grow in place; size <= alloc - 1 always holds and data[size]
 * is kept NUL so the contents can be read as a C string.  Growth
 * over-allocates by about 1/8 plus a constant, as list does, so repeated
 * append/extend is amortised O(1).  `exports` counts live buffer views
 * (memoryview); while it is non-zero the object refuses to resize.
 *
 * The non-mutating methods are shared with bytes and live in bytes.c (they
 * build results with kr_bytearray_from when self is a bytearray); this file
 * has the type object, the mutating methods and item/slice assignment.
 */
#include "krait.h"
#include "strimpl.h"

#include <stdio.h>

#define BA(o) ((KrByteArray *)(o))

/* Resizes to n bytes with CPython's allocation policy (so __alloc__ and
 * sys.getsizeof agree): an unchanged size is a no-op, a small shrink keeps
 * the block, a shrink below half reallocates exactly, a moderate growth
 * over-allocates by 1/8 plus a little, and a big one allocates exactly. */
static int ba_resize(KrObject *o, Kr_ssize_t n)
{
    KrByteArray *b = BA(o);
    if (n == KR_SIZE(o))
        return 0;
    if (b->exports > 0) {
        kr_err_set_string(&kr_exc_BufferError,
                          "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    Kr_ssize_t cap = b->alloc;
    if (n + 1 <= b->alloc) {
        if (n < b->alloc / 2)
            cap = n + 1;
    } else if ((double)n <= (double)b->alloc * 1.125) {
        cap = n + (n >> 3) + (n < 9 ? 3 : 6);
    } else {
        cap = n + 1;
    }
    if (cap != b->alloc) {
        char *p = kr_mem_realloc(b->data, (size_t)cap);
        if (p == NULL) {
            kr_err_no_memory();
            return -1;
        }
        b->data = p;
        b->alloc = cap;
    }
    b->ob.size = n;
    b->data[n] = '\0';
    return 0;
}

/* The allocation CPython reaches by appending n items one at a time (what
 * bytearray(iterable) does), so __alloc__ matches after construction. */
static Kr_ssize_t append_growth(Kr_ssize_t n)
{
    Kr_ssize_t a = 0;
    for (Kr_ssize_t s = 1; s <= n; s++) {
        if (s + 1 <= a)
            continue;
        a = (double)s <= (double)a * 1.125 ? s + (s >> 3) + (s < 9 ? 3 : 6) : s + 1;
    }
    return a;
}

static KrObject *ba_alloc(KrType *t)
{
    KrObject *o = t == &kr_bytearray_type ? kr_object_alloc(t, 0) : kr_type_generic_alloc(t, 0);
    if (o == NULL)
        return NULL;
    BA(o)->ob.size = 0;
    BA(o)->alloc = 0;
    BA(o)->data = NULL;
    BA(o)->exports = 0;
    return o;
}

KrObject *kr_bytearray_from(const void *data, Kr_ssize_t len)
{
    KrObject *o = ba_alloc(&kr_bytearray_type);
    if (o == NULL)
        return NULL;
    if (ba_resize(o, len) < 0) {
        kr_decref(o);
        return NULL;
    }
    if (len)
        memcpy(BA(o)->data, data, (size_t)len);
    return o;
}

static KrObject *ba_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    return ba_alloc(type);
}

static int ba_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                   KrObject *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kr_parse_args("bytearray", args, nargs, kwnames, names, 0, 0, a) < 0)
        return -1;
    for (int k = 1; k < 3; k++)
        if (a[k] && !KR_STR_CHECK(a[k])) {
            kr_err_format(&kr_exc_TypeError, "bytearray() argument '%s' must be str, not %s",
                          names[k], kr_type_name(KR_TYPE(a[k])));
            return -1;
        }
    KrBuf buf;
    kr_buf_init(&buf);
    if (kr_bytes_from_source(a[0], a[1], a[2], &buf, "bytearray") < 0) {
        kr_buf_free(&buf);
        return -1;
    }
    int rc = ba_resize(self, (Kr_ssize_t)buf.len);
    if (rc == 0 && buf.len)
        memcpy(BA(self)->data, buf.data, buf.len);
    /* An iterable of ints is appended item by item in CPython. */
    KrObject *src = a[0];
    if (rc == 0 && src && buf.len && !KR_STR_CHECK(src) && !kr_index_check(src) &&
        !kr_bytes_view_check(src)) {
        Kr_ssize_t want = append_growth((Kr_ssize_t)buf.len);
        char *p = kr_mem_realloc(BA(self)->data, (size_t)want);
        if (p) {
            BA(self)->data = p;
            BA(self)->alloc = want;
        }
    }
    kr_buf_free(&buf);
    return rc;
}

static void ba_dealloc(KrObject *o)
{
    kr_mem_free(BA(o)->data);
    BA(o)->data = NULL;
    kr_object_free(o);
}

static KrObject *ba_repr(KrObject *o)
{
    const char *name = kr_type_name(KR_TYPE(o));
    char prefix[128];
    snprintf(prefix, sizeof prefix, "%s(", name);
    return kr_bytes_repr_data(BA(o)->data ? BA(o)->data : "", KR_SIZE(o), prefix, ")");
}

static KrObject *ba_richcompare(KrObject *a, KrObject *b, int op)
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

/* ---- sequence protocol ---- */

static Kr_ssize_t ba_length(KrObject *o)
{
    return KR_SIZE(o);
}

static KrObject *ba_item(KrObject *o, Kr_ssize_t i)
{
    if (i < 0 || i >= KR_SIZE(o)) {
        kr_err_set_string(&kr_exc_IndexError, "bytearray index out of range");
        return NULL;
    }
    return kr_int_small((uint8_t)BA(o)->data[i]);
}

static KrObject *ba_subscript(KrObject *o, KrObject *key)
{
    return kr_bytes_subscript_data(BA(o)->data ? BA(o)->data : "", KR_SIZE(o), key,
                                   kr_bytearray_from, "bytearray");
}

static KrObject *ba_concat(KrObject *a, KrObject *b)
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
    KrObject *r = ba_alloc(&kr_bytearray_type);
    if (r == NULL)
        return NULL;
    if (ba_resize(r, x.len + y.len) < 0) {
        kr_decref(r);
        return NULL;
    }
    if (x.len)
        memcpy(BA(r)->data, x.data, (size_t)x.len);
    if (y.len)
        memcpy(BA(r)->data + x.len, y.data, (size_t)y.len);
    return r;
}

static KrObject *ba_inplace_concat(KrObject *a, KrObject *b)
{
    KrBytesView y;
    if (!kr_bytes_view_check(b))
        return kr_err_format(&kr_exc_TypeError, "can't concat %s to %s",
                             kr_type_name(KR_TYPE(b)), kr_type_name(KR_TYPE(a)));
    if (kr_bytes_view(b, &y) < 0) {
        kr_err_clear();
        return kr_err_format(&kr_exc_TypeError, "can't concat %s to %s",
                             kr_type_name(KR_TYPE(b)), kr_type_name(KR_TYPE(a)));
    }
    Kr_ssize_t n = KR_SIZE(a), m = y.len;
    /* b may be a itself: copy the source before resizing moves it. */
    char *tmp = kr_mem_alloc((size_t)m + 1);
    if (tmp == NULL)
        return kr_err_no_memory();
    if (m > 0)
        memcpy(tmp, y.data, (size_t)m);
    if (ba_resize(a, n + m) < 0) {
        kr_mem_free(tmp);
        return NULL;
    }
    if (m > 0)
        memcpy(BA(a)->data + n, tmp, (size_t)m);
    kr_mem_free(tmp);
    return kr_newref(a);
}

static KrObject *ba_repeat(KrObject *o, Kr_ssize_t n)
{
    Kr_ssize_t len = KR_SIZE(o);
    if (n < 0)
        n = 0;
    if (len && n > (KR_SSIZE_T_MAX - 64) / len)
        return kr_err_no_memory();
    KrObject *r = ba_alloc(&kr_bytearray_type);
    if (r == NULL || ba_resize(r, len * n) < 0) {
        kr_xdecref(r);
        return NULL;
    }
    for (Kr_ssize_t i = 0; len && i < n; i++)
        memcpy(BA(r)->data + i * len, BA(o)->data, (size_t)len);
    return r;
}

static KrObject *ba_inplace_repeat(KrObject *o, Kr_ssize_t n)
{
    Kr_ssize_t len = KR_SIZE(o);
    if (n < 0)
        n = 0;
    if (len && n > (KR_SSIZE_T_MAX - 64) / len)
        return kr_err_no_memory();
    if (ba_resize(o, len * n) < 0)
        return NULL;
    for (Kr_ssize_t i = 1; len && i < n; i++)
        memcpy(BA(o)->data + i * len, BA(o)->data, (size_t)len);
    return kr_newref(o);
}

static int ba_contains(KrObject *o, KrObject *x)
{
    KrBytesView s = {BA(o)->data ? BA(o)->data : "", KR_SIZE(o)};
    if (kr_index_check(x)) {
        int c = kr_byte_value(x);
        if (c < 0)
            return -1;
        return memchr(s.data, c, (size_t)s.len) != NULL;
    }
    KrBytesView sub;
    if (kr_bytes_view(x, &sub) < 0)
        return -1;
    if (sub.len == 0)
        return 1;
    for (Kr_ssize_t i = 0; i + sub.len <= s.len; i++)
        if (memcmp(s.data + i, sub.data, (size_t)sub.len) == 0)
            return 1;
    return 0;
}

/* Replace [lo, hi) by n bytes from src (src may alias data). */
static int ba_splice(KrObject *o, Kr_ssize_t lo, Kr_ssize_t hi, const char *src, Kr_ssize_t n)
{
    Kr_ssize_t len = KR_SIZE(o);
    char *tmp = NULL;
    if (n) {
        tmp = kr_mem_alloc((size_t)n);
        if (tmp == NULL) {
            kr_err_no_memory();
            return -1;
        }
        memcpy(tmp, src, (size_t)n);
    }
    Kr_ssize_t newlen = len - (hi - lo) + n;
    if (newlen > len && ba_resize(o, newlen) < 0) {
        kr_mem_free(tmp);
        return -1;
    }
    char *d = BA(o)->data;
    if (d == NULL) {
        kr_mem_free(tmp);
        return 0;                   /* empty and staying empty */
    }
    memmove(d + lo + n, d + hi, (size_t)(len - hi));
    if (n)
        memcpy(d + lo, tmp, (size_t)n);
    kr_mem_free(tmp);
    if (newlen < len && ba_resize(o, newlen) < 0)
        return -1;
    return 0;
}

/* bytes of a value assigned to a slice: bytes-like or iterable of ints. */
static int assigned_bytes(KrObject *v, KrBuf *out)
{
    if (kr_bytes_view_check(v)) {
        KrBytesView x;
        if (kr_bytes_view(v, &x) < 0)
            return -1;
        return kr_buf_append(out, x.data, (size_t)x.len);
    }
    if (kr_index_check(v) || KR_STR_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError,
                          "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    return kr_bytes_from_source(v, NULL, NULL, out, "bytearray");
}

static int ba_ass_item(KrObject *o, Kr_ssize_t i, KrObject *v)
{
    if (i < 0 || i >= KR_SIZE(o)) {
        kr_err_set_string(&kr_exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (v == NULL)
        return ba_splice(o, i, i + 1, NULL, 0);
    int c = kr_byte_value(v);
    if (c < 0)
        return -1;
    BA(o)->data[i] = (char)c;
    return 0;
}

static int ba_ass_subscript(KrObject *o, KrObject *key, KrObject *v)
{
    if (kr_index_check(key)) {
        Kr_ssize_t i = kr_number_as_ssize(key, &kr_exc_IndexError);
        if (i == -1 && kr_err_occurred())
            return -1;
        if (i < 0)
            i += KR_SIZE(o);
        return ba_ass_item(o, i, v);
    }
    if (!KR_SLICE_CHECK(key)) {
        kr_err_format(&kr_exc_TypeError, "bytearray indices must be integers or slices, not %s",
                      kr_type_name(KR_TYPE(key)));
        return -1;
    }
    Kr_ssize_t start, stop, step;
    if (kr_slice_unpack(key, &start, &stop, &step) < 0)
        return -1;
    Kr_ssize_t n = kr_slice_adjust(KR_SIZE(o), &start, &stop, step);
    KrBuf b;
    kr_buf_init(&b);
    if (v != NULL && assigned_bytes(v, &b) < 0) {
        kr_buf_free(&b);
        return -1;
    }
    int rc = 0;
    if (step == 1) {
        if (stop < start)
            stop = start;
        rc = ba_splice(o, start, stop, b.data, v ? (Kr_ssize_t)b.len : 0);
    } else if (v == NULL || b.len == 0) {
        /* Delete an extended slice (assigning an empty value to one
         * deletes it too, as in CPython): compact the survivors. */
        if (n > 0) {
            if (step < 0) {
                start = start + step * (n - 1);
                step = -step;
            }
            char *d = BA(o)->data;
            Kr_ssize_t len = KR_SIZE(o), w = start;
            for (Kr_ssize_t r = start; r < len; r++) {
                if (r >= start && (r - start) % step == 0 && (r - start) / step < n)
                    continue;
                d[w++] = d[r];
            }
            rc = ba_resize(o, w);
        }
    } else {
        if ((Kr_ssize_t)b.len != n) {
            kr_err_format(&kr_exc_ValueError,
                          "attempt to assign bytes of size %zd to extended slice of size %zd",
                          (Kr_ssize_t)b.len, n);
            rc = -1;
        } else {
            for (Kr_ssize_t i = 0, j = start; i < n; i++, j += step)
                BA(o)->data[j] = b.data[i];
        }
    }
    kr_buf_free(&b);
    return rc;
}

/* ---- methods ---- */

/* __reduce_ex__(proto): (type, args, __dict__ or None), args a latin-1
 * str for protocols below 3 (which had no bytes), as CPython does. */
KrObject *kr_bytearray_m_reduce_ex(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t proto = 0;
    if (nargs > 0 && (proto = kr_number_as_ssize(args[0], NULL)) == -1 && kr_err_occurred())
        return NULL;
    KrObject *state;
    if (kr_object_lookup_attr(self, KR_ID(__dict__), &state) < 0)
        return NULL;
    if (state == NULL || (KR_DICT_CHECK(state) && kr_dict_size(state) == 0))
        KR_SETREF(state, kr_newref(kr_None));
    Kr_ssize_t n = KR_SIZE(self);
    const char *data = BA(self)->data ? BA(self)->data : "";
    KrObject *a;
    if (n == 0) {
        a = kr_tuple_new(0);
    } else if (proto < 3) {
        KrObject *str = kr_str_decode(data, n, "latin-1", "strict");
        KrObject *enc = str ? kr_str_from_cstr("latin-1") : NULL;
        a = enc ? kr_tuple_pack(2, str, enc) : NULL;
        kr_xdecref(str);
        kr_xdecref(enc);
    } else {
        KrObject *b = kr_bytes_from(data, n);
        a = b ? kr_tuple_pack(1, b) : NULL;
        kr_xdecref(b);
    }
    KrObject *r = a ? kr_tuple_pack(3, (KrObject *)KR_TYPE(self), a, state) : NULL;
    kr_xdecref(a);
    kr_decref(state);
    return r;
}

KrObject *kr_bytearray_m_reduce(KrObject *self)
{
    return kr_bytearray_m_reduce_ex(self, NULL, 0);
}


KrObject *kr_bytearray_m_append(KrObject *self, KrObject *x)
{
    int c = kr_byte_value(x);
    if (c < 0)
        return NULL;
    Kr_ssize_t n = KR_SIZE(self);
    if (ba_resize(self, n + 1) < 0)
        return NULL;
    BA(self)->data[n] = (char)c;
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_clear(KrObject *self)
{
    if (ba_resize(self, 0) < 0)
        return NULL;
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_copy(KrObject *self)
{
    return kr_bytearray_from(BA(self)->data, KR_SIZE(self));
}

KrObject *kr_bytearray_m_extend(KrObject *self, KrObject *x)
{
    KrBuf b;
    kr_buf_init(&b);
    int rc;
    if (kr_bytes_view_check(x)) {
        KrBytesView v;
        rc = kr_bytes_view(x, &v) < 0 ? -1 : kr_buf_append(&b, v.data, (size_t)v.len);
    } else if (KR_STR_CHECK(x)) {
        kr_err_set_string(&kr_exc_TypeError, "expected iterable of integers; got: 'str'");
        rc = -1;
    } else {
        KrObject *it = kr_object_get_iter(x);
        if (it == NULL) {
            if (kr_err_matches_type(&kr_exc_TypeError)) {
                kr_err_clear();
                kr_err_format(&kr_exc_TypeError, "can't extend bytearray with %s",
                              kr_type_name(KR_TYPE(x)));
            }
            rc = -1;
        } else {
            /* As CPython: one iterator, then a length hint, then the items. */
            extern int kr_bytes_fill_from_iter(KrObject *it, KrBuf *out);
            Kr_ssize_t hint = kr_object_length_hint(x, 64);
            if (hint < 0) {
                kr_decref(it);
                rc = -1;
            } else {
                rc = kr_bytes_fill_from_iter(it, &b);
            }
        }
    }
    if (rc == 0) {
        Kr_ssize_t n = KR_SIZE(self);
        rc = ba_resize(self, n + (Kr_ssize_t)b.len);
        if (rc == 0 && b.len)
            memcpy(BA(self)->data + n, b.data, b.len);
    }
    kr_buf_free(&b);
    if (rc < 0)
        return NULL;
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_insert(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("insert", nargs, 2, 2) < 0)
        return NULL;
    Kr_ssize_t i = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
    if (i == -1 && kr_err_occurred())
        return NULL;
    int c = kr_byte_value(args[1]);
    if (c < 0)
        return NULL;
    Kr_ssize_t n = KR_SIZE(self);
    if (i < 0) {
        i += n;
        if (i < 0)
            i = 0;
    }
    if (i > n)
        i = n;
    char ch = (char)c;
    if (ba_splice(self, i, i, &ch, 1) < 0)
        return NULL;
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_pop(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("pop", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t n = KR_SIZE(self), i = -1;
    if (nargs > 0) {
        i = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
        if (i == -1 && kr_err_occurred())
            return NULL;
    }
    if (n == 0) {
        kr_err_set_string(&kr_exc_IndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        kr_err_set_string(&kr_exc_IndexError, "pop index out of range");
        return NULL;
    }
    uint8_t c = (uint8_t)BA(self)->data[i];
    if (ba_splice(self, i, i + 1, NULL, 0) < 0)
        return NULL;
    return kr_int_small(c);
}

KrObject *kr_bytearray_m_remove(KrObject *self, KrObject *x)
{
    int c = kr_byte_value(x);
    if (c < 0)
        return NULL;
    char *p = KR_SIZE(self) ? memchr(BA(self)->data, c, (size_t)KR_SIZE(self)) : NULL;
    if (p == NULL) {
        kr_err_set_string(&kr_exc_ValueError, "value not found in bytearray");
        return NULL;
    }
    Kr_ssize_t i = p - BA(self)->data;
    if (ba_splice(self, i, i + 1, NULL, 0) < 0)
        return NULL;
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_reverse(KrObject *self)
{
    char *d = BA(self)->data;
    for (Kr_ssize_t i = 0, j = KR_SIZE(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    KR_RETURN_NONE;
}

KrObject *kr_bytearray_m_alloc(KrObject *self)
{
    return kr_int_from_ssize(BA(self)->alloc);
}

KrObject *kr_bytearray_m_sizeof(KrObject *self)
{
    /* CPython's PyByteArrayObject is 56 bytes; the buffer is counted too. */
    return kr_int_from_ssize(56 + BA(self)->alloc);
}

static KrObject *ba_mod(KrObject *a, KrObject *b)
{
    if (!KR_BYTEARRAY_CHECK(a))
        KR_RETURN_NOTIMPLEMENTED;
    KrObject *fmt = kr_bytes_from(BA(a)->data, KR_SIZE(a));
    if (fmt == NULL)
        return NULL;
    KrObject *r = kr_bytes_mod_format(fmt, b);
    kr_decref(fmt);
    if (r == NULL)
        return NULL;
    KrObject *ba = kr_bytearray_from(KR_BYTES_DATA(r), KR_SIZE(r));
    kr_decref(r);
    return ba;
}

static KrSequenceMethods ba_as_sequence = {
    .length = ba_length,
    .concat = ba_concat,
    .repeat = ba_repeat,
    .item = ba_item,
    .ass_item = ba_ass_item,
    .contains = ba_contains,
    .inplace_concat = ba_inplace_concat,
    .inplace_repeat = ba_inplace_repeat,
};

static KrMappingMethods ba_as_mapping = {
    .length = ba_length,
    .subscript = ba_subscript,
    .ass_subscript = ba_ass_subscript,
};

static KrNumberMethods ba_as_number = {
    .remainder = ba_mod,
};

KrType kr_bytearray_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "bytearray",
    .basicsize = sizeof(KrByteArray),
    .flags = KR_TPFLAGS_BASETYPE,
    .dealloc = ba_dealloc,
    .repr = ba_repr,
    .str = ba_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = ba_richcompare,
    .iter = kr_bytearray_iter_new,
    .as_number = &ba_as_number,
    .as_sequence = &ba_as_sequence,
    .as_mapping = &ba_as_mapping,
    .new_ = ba_new,
    .init = ba_init,
    .methods = kr_bytearray_shared_methods,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
           "bytearray() -> empty bytes array\n\n"
           "Construct a mutable bytearray object from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - a bytes or a buffer object\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
};
