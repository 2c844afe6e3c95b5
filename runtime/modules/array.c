/*
 * array.c -- the array module: typed, compact sequences of C numbers.
 *
 * An array owns one malloc'd buffer of len * itemsize bytes (cap items
 * allocated) interpreted through a descriptor per typecode.  Items are
 * boxed on the way out and range-checked on the way in with CPython's
 * messages (the message depends on the typecode: "signed char is less
 * than minimum", "unsigned short is greater than maximum", ...).  'u' is
 * stored as 4-byte code points (wchar_t on Linux).  Arrays hold no object
 * references, so they need no GC support.
 */
#include <stdlib.h>
#include <string.h>

#include "krait.h"


typedef struct Desc {
    char code;
    int size;
    int kind;                   /* 0 signed int, 1 unsigned int, 2 float, 3 unicode */
    int64_t min;
    uint64_t max;
    const char *name;           /* range message prefix */
} Desc;

static const Desc descs[] = {
    { 'b', 1, 0, -128, 127, "signed char" },
    { 'B', 1, 1, 0, 255, "unsigned byte integer" },
    { 'u', 4, 3, 0, 0, NULL },
    { 'h', 2, 0, -32768, 32767, "signed short integer" },
    { 'H', 2, 1, 0, 65535, "unsigned short" },
    { 'i', 4, 0, INT32_MIN, INT32_MAX, "signed integer" },
    { 'I', 4, 1, 0, UINT32_MAX, "unsigned int" },
    { 'l', 8, 0, INT64_MIN, INT64_MAX, NULL },
    { 'L', 8, 1, 0, UINT64_MAX, NULL },
    { 'q', 8, 0, INT64_MIN, INT64_MAX, NULL },
    { 'Q', 8, 1, 0, UINT64_MAX, NULL },
    { 'f', 4, 2, 0, 0, NULL },
    { 'd', 8, 2, 0, 0, NULL },
};

typedef struct Array {
    KrObject ob;
    const Desc *d;
    char *data;
    Kr_ssize_t len, cap;
    KrObject *weakreflist;
} Array;

KrType kr_array_type;
static KrType arrayiter_type;
#define ARRAY_CHECK(o) kr_type_is_subtype(KR_TYPE(o), &kr_array_type)
#define A(o) ((Array *)(o))

static int reserve(Array *a, Kr_ssize_t n)
{
    if (n <= a->cap)
        return 0;
    Kr_ssize_t cap = n < 8 ? 8 : n + n / 2;
    char *p = realloc(a->data, (size_t)(cap * a->d->size));
    if (!p) {
        kr_err_no_memory();
        return -1;
    }
    a->data = p;
    a->cap = cap;
    return 0;
}

static KrObject *getitem(Array *a, Kr_ssize_t i)
{
    const char *p = a->data + i * a->d->size;
    switch (a->d->code) {
    case 'b': return kr_int_from_i64(*(const int8_t *)p);
    case 'B': return kr_int_from_i64(*(const uint8_t *)p);
    case 'h': return kr_int_from_i64(*(const int16_t *)p);
    case 'H': return kr_int_from_i64(*(const uint16_t *)p);
    case 'i': return kr_int_from_i64(*(const int32_t *)p);
    case 'I': return kr_int_from_i64(*(const uint32_t *)p);
    case 'l': case 'q': return kr_int_from_i64(*(const int64_t *)p);
    case 'L': case 'Q': return kr_int_from_u64(*(const uint64_t *)p);
    case 'f': return kr_float_from_double(*(const float *)p);
    case 'd': return kr_float_from_double(*(const double *)p);
    default: return kr_str_from_codepoint(*(const uint32_t *)p);
    }
}

static int too_big(const Desc *d)
{
    kr_err_set_string(&kr_exc_OverflowError,
                      d->code == 'q' || d->code == 'Q' ? "int too big to convert"
                      : d->kind == 1 && d->size >= 4 ? "Python int too large to convert to C unsigned long"
                                                      : "Python int too large to convert to C long");
    return -1;
}

/* Converts v for descriptor d into buf (d->size bytes). */
static int pack(const Desc *d, KrObject *v, char *buf)
{
    if (d->kind == 2) {
        double x = kr_float_as_double(v);
        if (x == -1.0 && kr_err_occurred())
            return -1;
        if (d->size == 4) {
            float f = (float)x;
            memcpy(buf, &f, 4);
        } else {
            memcpy(buf, &x, 8);
        }
        return 0;
    }
    if (d->kind == 3) {
        if (!KR_STR_CHECK(v) || KR_SIZE(v) != 1) {
            kr_err_set_string(&kr_exc_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t c = KR_STR_CHAR(v, 0);
        memcpy(buf, &c, 4);
        return 0;
    }
    KrObject *n = kr_number_index(v);
    if (!n)
        return -1;
    int ovf;
    int64_t x = kr_int_as_i64(n, &ovf);
    uint64_t ux = (uint64_t)x;
    if (ovf > 0 && d->kind == 1 && d->size == 8) {
        /* 2**63 <= n < 2**64 fits the unsigned 64-bit codes */
        KrObject *one = kr_int_small(1);
        KrObject *h = kr_number_binop(n, one, KR_NB_RSHIFT);
        KrObject *lo = h ? kr_number_binop(n, one, KR_NB_AND) : NULL;
        kr_decref(one);
        int o2 = 1;
        int64_t hv = h ? kr_int_as_i64(h, &o2) : 0;
        int64_t lv = lo ? kr_int_as_i64(lo, &ovf) : 0;
        kr_xdecref(h);
        kr_xdecref(lo);
        if (!h || !lo) {
            kr_decref(n);
            return -1;
        }
        ovf = o2;
        ux = ((uint64_t)hv << 1) | (uint64_t)lv;
        x = 0;
    }
    kr_decref(n);
    if (ovf < 0 && d->kind == 1)
        goto negative;
    if (ovf)
        return too_big(d);
    if (d->kind == 0) {
        if (x < d->min || (x > 0 && (uint64_t)x > d->max)) {
            if (!d->name)
                return too_big(d);
            return kr_err_format(&kr_exc_OverflowError, "%s is %s", d->name,
                                 x < 0 ? "less than minimum" : "greater than maximum"),
                   -1;
        }
    } else if (x < 0) {
        goto negative;
    } else if (ux > d->max) {
        return kr_err_format(&kr_exc_OverflowError, "%s is greater than maximum", d->name), -1;
    }
    switch (d->size) {
    case 1: { uint8_t t = (uint8_t)ux; memcpy(buf, &t, 1); break; }
    case 2: { uint16_t t = (uint16_t)ux; memcpy(buf, &t, 2); break; }
    case 4: { uint32_t t = (uint32_t)ux; memcpy(buf, &t, 4); break; }
    default: memcpy(buf, &ux, 8); break;
    }
    return 0;
negative:
    if (d->code == 'B' || d->code == 'H')
        return kr_err_format(&kr_exc_OverflowError, "%s is less than minimum", d->name), -1;
    kr_err_set_string(&kr_exc_OverflowError, d->code == 'Q'
                      ? "can't convert negative int to unsigned"
                      : "can't convert negative value to unsigned int");
    return -1;
}

static Array *new_array(KrType *t, const Desc *d, Kr_ssize_t n)
{
    Array *a = (Array *)kr_type_generic_alloc(t, 0);
    if (!a)
        return NULL;
    a->d = d;
    if (reserve(a, n) < 0) {
        KR_DECREF(a);
        return NULL;
    }
    a->len = n;
    return a;
}

static int append_obj(Array *a, KrObject *v)
{
    char buf[8];
    if (pack(a->d, v, buf) < 0 || reserve(a, a->len + 1) < 0)
        return -1;
    memcpy(a->data + a->len * a->d->size, buf, (size_t)a->d->size);
    a->len++;
    return 0;
}

static int extend_iter(Array *a, KrObject *iterable)
{
    KrObject *it = kr_object_get_iter(iterable);
    if (!it)
        return -1;
    KrObject *v;
    while ((v = kr_iter_next(it))) {
        int r = append_obj(a, v);
        kr_decref(v);
        if (r < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kr_err_occurred() ? -1 : 0;
}

static int append_bytes(Array *a, const char *p, Kr_ssize_t n)
{
    if (n % a->d->size) {
        kr_err_set_string(&kr_exc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    Kr_ssize_t k = n / a->d->size;
    if (reserve(a, a->len + k) < 0)
        return -1;
    memcpy(a->data + a->len * a->d->size, p, (size_t)n);
    a->len += k;
    return 0;
}

static KrObject *array_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    if (kw && KR_SIZE(kw) > 0 && t == &kr_array_type) {
        kr_err_set_string(&kr_exc_TypeError, "array.array() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2)
        return kr_err_format(&kr_exc_TypeError,
                             "array() takes at most 2 arguments (%d given)", (int)nargs);
    KrObject *tc = args[0];
    if (!KR_STR_CHECK(tc) || KR_SIZE(tc) != 1)
        return kr_err_format(&kr_exc_TypeError,
                             "array() argument 1 must be a unicode character, not %s",
                             kr_type_name(KR_TYPE(tc)));
    uint32_t c = KR_STR_CHAR(tc, 0);
    const Desc *d = NULL;
    for (size_t i = 0; i < sizeof descs / sizeof descs[0]; i++)
        if ((uint32_t)descs[i].code == c)
            d = &descs[i];
    if (!d) {
        kr_err_set_string(&kr_exc_ValueError,
                          "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        return NULL;
    }
    Array *a = new_array(t, d, 0);
    if (!a)
        return NULL;
    if (nargs == 2) {
        KrObject *init = args[1];
        int r;
        if (KR_STR_CHECK(init)) {
            if (d->kind != 3) {
                KR_DECREF(a);
                return kr_err_format(&kr_exc_TypeError,
                                     "cannot use a str to initialize an array with typecode '%c'",
                                     d->code);
            }
            r = extend_iter(a, init);
        } else if (KR_BYTES_CHECK(init) || KR_BYTEARRAY_CHECK(init)) {
            KrBytesView v;
            r = kr_bytes_view(init, &v);
            if (r >= 0)
                r = append_bytes(a, v.data, v.len);
        } else if (ARRAY_CHECK(init) && A(init)->d == d) {
            r = append_bytes(a, A(init)->data, A(init)->len * d->size);
        } else {
            r = extend_iter(a, init);
        }
        if (r < 0) {
            KR_DECREF(a);
            return NULL;
        }
    }
    return (KrObject *)a;
}

static void array_dealloc(KrObject *o)
{
    if (A(o)->weakreflist)
        kr_weakref_clear_refs(o);
    free(A(o)->data);
    kr_object_free(o);
}

static KrObject *array_repr(KrObject *o)
{
    Array *a = A(o);
    if (a->len == 0)
        return kr_str_from_format("array('%c')", a->d->code);
    KrObject *inner;
    if (a->d->kind == 3) {
        KrObject *s = kr_str_from_ucs4((const uint32_t *)a->data, a->len);
        if (!s)
            return NULL;
        inner = kr_object_repr(s);
        kr_decref(s);
    } else {
        KrObject *l = kr_list_new(0);
        if (!l)
            return NULL;
        for (Kr_ssize_t i = 0; i < a->len; i++) {
            KrObject *v = getitem(a, i);
            if (!v || kr_list_append(l, v) < 0) {
                kr_xdecref(v);
                kr_decref(l);
                return NULL;
            }
            kr_decref(v);
        }
        inner = kr_object_repr(l);
        kr_decref(l);
    }
    if (!inner)
        return NULL;
    KrObject *r = kr_str_from_format("array('%c', %U)", a->d->code, inner);
    kr_decref(inner);
    return r;
}

static Kr_ssize_t array_len(KrObject *o) { return A(o)->len; }

static KrObject *array_item(KrObject *o, Kr_ssize_t i)
{
    if (i < 0 || i >= A(o)->len) {
        kr_err_set_string(&kr_exc_IndexError, "array index out of range");
        return NULL;
    }
    return getitem(A(o), i);
}

static int array_ass_item(KrObject *o, Kr_ssize_t i, KrObject *v)
{
    Array *a = A(o);
    if (i < 0 || i >= a->len) {
        kr_err_set_string(&kr_exc_IndexError, "array assignment index out of range");
        return -1;
    }
    if (v == NULL) {
        memmove(a->data + i * a->d->size, a->data + (i + 1) * a->d->size,
                (size_t)((a->len - i - 1) * a->d->size));
        a->len--;
        return 0;
    }
    return pack(a->d, v, a->data + i * a->d->size);
}

static KrObject *array_subscript(KrObject *o, KrObject *key)
{
    Array *a = A(o);
    if (KR_SLICE_CHECK(key)) {
        Kr_ssize_t start, stop, step;
        if (kr_slice_unpack(key, &start, &stop, &step) < 0)
            return NULL;
        Kr_ssize_t n = kr_slice_adjust(a->len, &start, &stop, step);
        Array *r = new_array(KR_TYPE(o) == &kr_array_type ? &kr_array_type : &kr_array_type, a->d, n);
        if (!r)
            return NULL;
        for (Kr_ssize_t i = 0, j = start; i < n; i++, j += step)
            memcpy(r->data + i * a->d->size, a->data + j * a->d->size, (size_t)a->d->size);
        return (KrObject *)r;
    }
    Kr_ssize_t i = kr_number_as_ssize(key, &kr_exc_IndexError);
    if (i == -1 && kr_err_occurred())
        return NULL;
    if (i < 0)
        i += a->len;
    return array_item(o, i);
}

static int array_ass_subscript(KrObject *o, KrObject *key, KrObject *v)
{
    Array *a = A(o);
    if (!KR_SLICE_CHECK(key)) {
        Kr_ssize_t i = kr_number_as_ssize(key, &kr_exc_IndexError);
        if (i == -1 && kr_err_occurred())
            return -1;
        if (i < 0)
            i += a->len;
        return array_ass_item(o, i, v);
    }
    Kr_ssize_t start, stop, step;
    if (kr_slice_unpack(key, &start, &stop, &step) < 0)
        return -1;
    Kr_ssize_t n = kr_slice_adjust(a->len, &start, &stop, step);
    int sz = a->d->size;
    if (v && !ARRAY_CHECK(v)) {
        kr_err_format(&kr_exc_TypeError, "can only assign array (not \"%s\") to array slice",
                      kr_type_name(KR_TYPE(v)));
        return -1;
    }
    if (v && A(v)->d != a->d) {
        kr_err_set_string(&kr_exc_TypeError, "bad argument type for built-in operation");
        return -1;
    }
    Kr_ssize_t m = v ? A(v)->len : 0;
    char *src = NULL;
    if (m) {
        src = malloc((size_t)(m * sz));
        if (!src) {
            kr_err_no_memory();
            return -1;
        }
        memcpy(src, A(v)->data, (size_t)(m * sz));   /* a[:] = a is allowed */
    }
    if (step == 1) {
        if (reserve(a, a->len - n + m) < 0) {
            free(src);
            return -1;
        }
        memmove(a->data + (start + m) * sz, a->data + (start + n) * sz,
                (size_t)((a->len - start - n) * sz));
        if (m)
            memcpy(a->data + start * sz, src, (size_t)(m * sz));
        a->len += m - n;
        free(src);
        return 0;
    }
    if (v == NULL) {
        /* delete an extended slice: compact the survivors */
        Kr_ssize_t w = 0;
        for (Kr_ssize_t i = 0; i < a->len; i++) {
            int hit = 0;
            if (n > 0) {
                Kr_ssize_t off = i - start;
                hit = off % step == 0 && off / step >= 0 && off / step < n;
            }
            if (!hit)
                memmove(a->data + (w++) * sz, a->data + i * sz, (size_t)sz);
        }
        a->len = w;
        return 0;
    }
    if (m != n) {
        free(src);
        kr_err_format(&kr_exc_ValueError,
                      "attempt to assign array of size %zd to extended slice of size %zd",
                      m, n);
        return -1;
    }
    for (Kr_ssize_t i = 0, j = start; i < n; i++, j += step)
        memcpy(a->data + j * sz, src + i * sz, (size_t)sz);
    free(src);
    return 0;
}

static int array_contains(KrObject *o, KrObject *v)
{
    for (Kr_ssize_t i = 0; i < A(o)->len; i++) {
        KrObject *x = getitem(A(o), i);
        if (!x)
            return -1;
        int r = kr_object_richcompare_bool(x, v, KR_EQ);
        kr_decref(x);
        if (r != 0)
            return r;
    }
    return 0;
}

static KrObject *array_concat(KrObject *x, KrObject *y)
{
    if (!ARRAY_CHECK(y))
        return kr_err_format(&kr_exc_TypeError, "can only append array (not \"%s\") to array",
                             kr_type_name(KR_TYPE(y)));
    if (A(x)->d != A(y)->d) {
        kr_err_set_string(&kr_exc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    int sz = A(x)->d->size;
    Array *r = new_array(&kr_array_type, A(x)->d, A(x)->len + A(y)->len);
    if (!r)
        return NULL;
    memcpy(r->data, A(x)->data, (size_t)(A(x)->len * sz));
    memcpy(r->data + A(x)->len * sz, A(y)->data, (size_t)(A(y)->len * sz));
    return (KrObject *)r;
}

static KrObject *array_inplace_concat(KrObject *x, KrObject *y)
{
    if (!ARRAY_CHECK(y))
        return kr_err_format(&kr_exc_TypeError, "can only extend array with array (not \"%s\")",
                             kr_type_name(KR_TYPE(y)));
    if (A(x)->d != A(y)->d) {
        kr_err_set_string(&kr_exc_TypeError, "can only extend with array of same kind");
        return NULL;
    }
    if (append_bytes(A(x), A(y)->data, A(y)->len * A(y)->d->size) < 0)
        return NULL;
    return kr_newref(x);
}

static KrObject *array_repeat(KrObject *x, Kr_ssize_t n)
{
    if (n < 0)
        n = 0;
    int sz = A(x)->d->size;
    Kr_ssize_t len = A(x)->len;
    Array *r = new_array(&kr_array_type, A(x)->d, len * n);
    if (!r)
        return NULL;
    for (Kr_ssize_t i = 0; i < n; i++)
        memcpy(r->data + i * len * sz, A(x)->data, (size_t)(len * sz));
    return (KrObject *)r;
}

static KrObject *array_inplace_repeat(KrObject *x, Kr_ssize_t n)
{
    Array *a = A(x);
    if (n <= 0) {
        a->len = 0;
        return kr_newref(x);
    }
    Kr_ssize_t len = a->len;
    int sz = a->d->size;
    if (reserve(a, len * n) < 0)
        return NULL;
    for (Kr_ssize_t i = 1; i < n; i++)
        memcpy(a->data + i * len * sz, a->data, (size_t)(len * sz));
    a->len = len * n;
    return kr_newref(x);
}

static KrObject *array_richcompare(KrObject *x, KrObject *y, int op)
{
    if (!ARRAY_CHECK(x) || !ARRAY_CHECK(y))
        KR_RETURN_NOTIMPLEMENTED;
    Array *a = A(x), *b = A(y);
    if (a->len != b->len && (op == KR_EQ || op == KR_NE))
        return kr_bool_from(op == KR_NE);
    Kr_ssize_t i;
    for (i = 0; i < a->len && i < b->len; i++) {
        KrObject *u = getitem(a, i), *v = u ? getitem(b, i) : NULL;
        if (!v) {
            kr_xdecref(u);
            return NULL;
        }
        int eq = kr_object_richcompare_bool(u, v, KR_EQ);
        if (eq != 1) {
            KrObject *r = eq < 0 ? NULL : kr_object_richcompare(u, v, op);
            kr_decref(u);
            kr_decref(v);
            return r;
        }
        kr_decref(u);
        kr_decref(v);
    }
    Kr_ssize_t la = a->len, lb = b->len;
    int r;
    switch (op) {
    case KR_LT: r = la < lb; break;
    case KR_LE: r = la <= lb; break;
    case KR_EQ: r = la == lb; break;
    case KR_NE: r = la != lb; break;
    case KR_GT: r = la > lb; break;
    default: r = la >= lb; break;
    }
    return kr_bool_from(r);
}

/* ---- methods ---- */

static KrObject *m_append(KrObject *self, KrObject *v)
{
    if (append_obj(A(self), v) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_extend(KrObject *self, KrObject *v)
{
    if (ARRAY_CHECK(v)) {
        KrObject *r = array_inplace_concat(self, v);
        if (!r)
            return NULL;
        kr_decref(r);
        KR_RETURN_NONE;
    }
    if (extend_iter(A(self), v) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_insert(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("insert", nargs, 2, 2) < 0)
        return NULL;
    Array *a = A(self);
    Kr_ssize_t i = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
    if (i == -1 && kr_err_occurred())
        return NULL;
    char buf[8];
    if (pack(a->d, args[1], buf) < 0 || reserve(a, a->len + 1) < 0)
        return NULL;
    if (i < 0 && (i += a->len) < 0)
        i = 0;
    if (i > a->len)
        i = a->len;
    int sz = a->d->size;
    memmove(a->data + (i + 1) * sz, a->data + i * sz, (size_t)((a->len - i) * sz));
    memcpy(a->data + i * sz, buf, (size_t)sz);
    a->len++;
    KR_RETURN_NONE;
}

static KrObject *m_pop(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("pop", nargs, 0, 1) < 0)
        return NULL;
    Array *a = A(self);
    Kr_ssize_t i = -1;
    if (nargs) {
        i = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
        if (i == -1 && kr_err_occurred())
            return NULL;
    }
    if (a->len == 0) {
        kr_err_set_string(&kr_exc_IndexError, "pop from empty array");
        return NULL;
    }
    if (i < 0)
        i += a->len;
    if (i < 0 || i >= a->len) {
        kr_err_set_string(&kr_exc_IndexError, "pop index out of range");
        return NULL;
    }
    KrObject *v = getitem(a, i);
    if (v)
        array_ass_item(self, i, NULL);
    return v;
}

/* index of the first item equal to v in [lo, hi), -1 if none, -2 on error */
static Kr_ssize_t find(Array *a, KrObject *v, Kr_ssize_t lo, Kr_ssize_t hi)
{
    for (Kr_ssize_t i = lo; i < hi && i < a->len; i++) {
        KrObject *x = getitem(a, i);
        if (!x)
            return -2;
        int r = kr_object_richcompare_bool(x, v, KR_EQ);
        kr_decref(x);
        if (r < 0)
            return -2;
        if (r)
            return i;
    }
    return -1;
}

static KrObject *m_remove(KrObject *self, KrObject *v)
{
    Kr_ssize_t i = find(A(self), v, 0, A(self)->len);
    if (i == -2)
        return NULL;
    if (i < 0) {
        kr_err_set_string(&kr_exc_ValueError, "array.remove(x): x not in array");
        return NULL;
    }
    array_ass_item(self, i, NULL);
    KR_RETURN_NONE;
}

static KrObject *m_index(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("index", nargs, 1, 3) < 0)
        return NULL;
    Array *a = A(self);
    Kr_ssize_t lo = 0, hi = a->len;
    if (nargs > 1) {
        lo = kr_number_as_ssize(args[1], NULL);
        if (lo == -1 && kr_err_occurred())
            return NULL;
        if (lo < 0 && (lo += a->len) < 0)
            lo = 0;
    }
    if (nargs > 2) {
        hi = kr_number_as_ssize(args[2], NULL);
        if (hi == -1 && kr_err_occurred())
            return NULL;
        if (hi < 0 && (hi += a->len) < 0)
            hi = 0;
    }
    Kr_ssize_t i = find(a, args[0], lo, hi);
    if (i == -2)
        return NULL;
    if (i < 0) {
        kr_err_set_string(&kr_exc_ValueError, "array.index(x): x not in array");
        return NULL;
    }
    return kr_int_from_ssize(i);
}

static KrObject *m_count(KrObject *self, KrObject *v)
{
    Kr_ssize_t n = 0;
    for (Kr_ssize_t i = 0; i < A(self)->len; i++) {
        KrObject *x = getitem(A(self), i);
        if (!x)
            return NULL;
        int r = kr_object_richcompare_bool(x, v, KR_EQ);
        kr_decref(x);
        if (r < 0)
            return NULL;
        n += r;
    }
    return kr_int_from_ssize(n);
}

static KrObject *m_reverse(KrObject *self)
{
    Array *a = A(self);
    int sz = a->d->size;
    char t[8];
    for (Kr_ssize_t i = 0, j = a->len - 1; i < j; i++, j--) {
        memcpy(t, a->data + i * sz, (size_t)sz);
        memcpy(a->data + i * sz, a->data + j * sz, (size_t)sz);
        memcpy(a->data + j * sz, t, (size_t)sz);
    }
    KR_RETURN_NONE;
}

static KrObject *m_tolist(KrObject *self)
{
    Array *a = A(self);
    KrObject *l = kr_list_new(a->len);
    if (!l)
        return NULL;
    for (Kr_ssize_t i = 0; i < a->len; i++) {
        KrObject *v = getitem(a, i);
        if (!v) {
            for (Kr_ssize_t k = i; k < a->len; k++)
                KR_LIST_SET(l, k, kr_newref(kr_None));
            kr_decref(l);
            return NULL;
        }
        KR_LIST_SET(l, i, v);
    }
    return l;
}

static KrObject *m_tobytes(KrObject *self)
{
    return kr_bytes_from(A(self)->data, A(self)->len * A(self)->d->size);
}

static KrObject *m_frombytes(KrObject *self, KrObject *v)
{
    KrBytesView bv;
    if (kr_bytes_view(v, &bv) < 0)
        return NULL;
    if (append_bytes(A(self), bv.data, bv.len) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_fromlist(KrObject *self, KrObject *v)
{
    if (!KR_LIST_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError, "arg must be list");
        return NULL;
    }
    Array *a = A(self);
    Kr_ssize_t old = a->len;
    for (Kr_ssize_t i = 0; i < KR_SIZE(v); i++) {
        if (append_obj(a, KR_LIST_GET(v, i)) < 0) {
            a->len = old;   /* all or nothing */
            return NULL;
        }
    }
    KR_RETURN_NONE;
}

static KrObject *m_tounicode(KrObject *self)
{
    if (A(self)->d->kind != 3) {
        kr_err_set_string(&kr_exc_ValueError,
                          "tounicode() may only be called on unicode type arrays");
        return NULL;
    }
    return kr_str_from_ucs4((const uint32_t *)A(self)->data, A(self)->len);
}

static KrObject *m_fromunicode(KrObject *self, KrObject *v)
{
    if (A(self)->d->kind != 3) {
        kr_err_set_string(&kr_exc_ValueError,
                          "fromunicode() may only be called on unicode type arrays");
        return NULL;
    }
    if (!KR_STR_CHECK(v))
        return kr_err_format(&kr_exc_TypeError, "fromunicode() argument must be str, not %s",
                             kr_type_name(KR_TYPE(v)));
    if (extend_iter(A(self), v) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_byteswap(KrObject *self)
{
    Array *a = A(self);
    int sz = a->d->size;
    for (Kr_ssize_t i = 0; i < a->len; i++) {
        char *p = a->data + i * sz;
        for (int k = 0; k < sz / 2; k++) {
            char t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    KR_RETURN_NONE;
}

static KrObject *m_buffer_info(KrObject *self)
{
    KrObject *p = kr_int_from_u64((uint64_t)(uintptr_t)A(self)->data);
    KrObject *n = p ? kr_int_from_ssize(A(self)->len) : NULL;
    KrObject *t = n ? kr_tuple_pack(2, p, n) : NULL;
    kr_xdecref(p);
    kr_xdecref(n);
    return t;
}

static KrObject *m_copy(KrObject *self)
{
    Array *a = A(self);
    Array *r = new_array(&kr_array_type, a->d, a->len);
    if (r)
        memcpy(r->data, a->data, (size_t)(a->len * a->d->size));
    return (KrObject *)r;
}

static KrObject *m_deepcopy(KrObject *self, KrObject *memo) { return m_copy(self); }

static KrObject *m_reduce_ex(KrObject *self, KrObject *proto)
{
    KrObject *l = m_tolist(self);
    if (!l)
        return NULL;
    KrObject *tc = kr_str_from_format("%c", A(self)->d->code);
    KrObject *args = tc ? kr_tuple_pack(2, tc, l) : NULL;
    kr_xdecref(tc);
    kr_decref(l);
    if (!args)
        return NULL;
    KrObject *r = kr_tuple_pack(3, (KrObject *)KR_TYPE(self), args, kr_None);
    kr_decref(args);
    return r;
}

static KrObject *g_typecode(KrObject *o, void *c) { return kr_str_from_format("%c", A(o)->d->code); }
static KrObject *g_itemsize(KrObject *o, void *c) { return kr_int_from_i64(A(o)->d->size); }

/* ---- iterator ---- */

typedef struct ArrayIter {
    KrObject ob;
    KrObject *arr;
    Kr_ssize_t i;
} ArrayIter;

static KrObject *array_iter(KrObject *o)
{
    ArrayIter *it = (ArrayIter *)kr_type_generic_alloc(&arrayiter_type, 0);
    if (!it)
        return NULL;
    it->arr = kr_newref(o);
    it->i = 0;
    return (KrObject *)it;
}

static KrObject *arrayiter_next(KrObject *o)
{
    ArrayIter *it = (ArrayIter *)o;
    if (!it->arr)
        return NULL;
    if (it->i < A(it->arr)->len)
        return getitem(A(it->arr), it->i++);
    KR_CLEAR(it->arr);
    return NULL;
}

static void arrayiter_dealloc(KrObject *o)
{
    KR_CLEAR(((ArrayIter *)o)->arr);
    kr_object_free(o);
}

static KrObject *self_iter(KrObject *o) { return kr_newref(o); }

static KrType arrayiter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "arrayiterator",
    .basicsize = sizeof(ArrayIter),
    .dealloc = arrayiter_dealloc,
    .getattro = kr_object_generic_getattr,
    .iter = self_iter,
    .iternext = arrayiter_next,
};

static const KrMethodDef array_methods[] = {
    KR_METHOD_O("append", m_append),
    KR_METHOD_O("extend", m_extend),
    KR_METHOD_FAST("insert", m_insert),
    KR_METHOD_FAST("pop", m_pop),
    KR_METHOD_O("remove", m_remove),
    KR_METHOD_FAST("index", m_index),
    KR_METHOD_O("count", m_count),
    KR_METHOD_NOARGS("reverse", m_reverse),
    KR_METHOD_NOARGS("tolist", m_tolist),
    KR_METHOD_NOARGS("tobytes", m_tobytes),
    KR_METHOD_O("frombytes", m_frombytes),
    KR_METHOD_O("fromlist", m_fromlist),
    KR_METHOD_NOARGS("tounicode", m_tounicode),
    KR_METHOD_O("fromunicode", m_fromunicode),
    KR_METHOD_NOARGS("byteswap", m_byteswap),
    KR_METHOD_NOARGS("buffer_info", m_buffer_info),
    KR_METHOD_NOARGS("__copy__", m_copy),
    KR_METHOD_O("__deepcopy__", m_deepcopy),
    KR_METHOD_O("__reduce_ex__", m_reduce_ex),
    KR_METHOD_END
};

static const KrGetSetDef array_getset[] = {
    { "typecode", g_typecode, NULL, NULL, NULL },
    { "itemsize", g_itemsize, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrSequenceMethods array_as_sequence = {
    .length = array_len,
    .concat = array_concat,
    .repeat = array_repeat,
    .item = array_item,
    .ass_item = array_ass_item,
    .contains = array_contains,
    .inplace_concat = array_inplace_concat,
    .inplace_repeat = array_inplace_repeat,
};

static KrMappingMethods array_as_mapping = {
    .length = array_len,
    .subscript = array_subscript,
    .ass_subscript = array_ass_subscript,
};

KrType kr_array_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "array.array",
    .basicsize = sizeof(Array),
    .flags = KR_TPFLAGS_BASETYPE,
    .dealloc = array_dealloc,
    .repr = array_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = array_richcompare,
    .getattro = kr_object_generic_getattr,
    .iter = array_iter,
    .as_sequence = &array_as_sequence,
    .as_mapping = &array_as_mapping,
    .new_ = array_new,
    .methods = array_methods,
    .getset = array_getset,
    .weaklistoffset = offsetof(Array, weakreflist),
};

KrObject *kr_array_module_init(void)
{
    KrObject *m = kr_module_new("array");
    if (!m)
        return NULL;
    KrObject *tcs = kr_str_from_utf8("bBuhHiIlLqQfd", 13);
    if (!tcs || kr_type_ready(&arrayiter_type) < 0 || kr_module_add_type(m, &kr_array_type) < 0 ||
        kr_module_add_object(m, "ArrayType", (KrObject *)&kr_array_type) < 0 ||
        kr_module_add_object(m, "typecodes", tcs) < 0) {
        kr_xdecref(tcs);
        kr_decref(m);
        return NULL;
    }
    kr_decref(tcs);
    return m;
}
