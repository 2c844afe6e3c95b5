/*
 * memoryview.c -- memoryview over bytes and bytearray (format 'B', one
 * dimension, any step).
 *
 * A view keeps its exporter alive and counts itself in a bytearray's
 * `exports`, so the bytearray cannot be resized under it (BufferError, as
 * CPython).  The data address is recomputed from the exporter on each
 * access.  release() (or leaving a `with` block) ends the view.
 */
#include "krait.h"
#include "strimpl.h"

typedef struct KrMemoryView {
    KrObject ob;
    KrObject *obj;              /* bytes or bytearray */
    Kr_ssize_t start, len, step;
    int released;
    int readonly;
    Kr_hash_t hash;
} KrMemoryView;

#define MV(o) ((KrMemoryView *)(o))

static char *base_data(KrObject *obj)
{
    if (KR_BYTEARRAY_CHECK(obj))
        return ((KrByteArray *)obj)->data ? ((KrByteArray *)obj)->data : (char *)"";
    return KR_BYTES_DATA(obj);
}

static KrObject *view_new(KrObject *obj, Kr_ssize_t start, Kr_ssize_t len, Kr_ssize_t step)
{
    KrMemoryView *v = (KrMemoryView *)kr_object_alloc(&kr_memoryview_type, 0);
    if (v == NULL)
        return NULL;
    v->obj = kr_newref(obj);
    v->start = start;
    v->len = len;
    v->step = step;
    v->readonly = !KR_BYTEARRAY_CHECK(obj);
    v->hash = -1;
    if (KR_BYTEARRAY_CHECK(obj))
        ((KrByteArray *)obj)->exports++;
    return (KrObject *)v;
}

static int check_released(KrObject *o)
{
    if (MV(o)->released) {
        kr_err_set_string(&kr_exc_ValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

static void do_release(KrMemoryView *v)
{
    if (v->released)
        return;
    v->released = 1;
    if (KR_BYTEARRAY_CHECK(v->obj))
        ((KrByteArray *)v->obj)->exports--;
}

static KrObject *mv_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "object", NULL };
    KrObject *a[1] = { NULL };
    if (kr_parse_args("memoryview", args, nargs, kw, names, 0, 1, a) < 0)
        return NULL;
    KrObject *o = a[0];
    if (KR_TYPE(o) == &kr_memoryview_type) {
        if (check_released(o) < 0)
            return NULL;
        KrMemoryView *src = MV(o);
        return view_new(src->obj, src->start, src->len, src->step);
    }
    if (!KR_BYTES_CHECK(o) && !KR_BYTEARRAY_CHECK(o))
        return kr_err_format(&kr_exc_TypeError,
                             "memoryview: a bytes-like object is required, not '%s'",
                             kr_type_name(KR_TYPE(o)));
    return view_new(o, 0, KR_SIZE(o), 1);
}

static void mv_dealloc(KrObject *o)
{
    do_release(MV(o));
    kr_decref(MV(o)->obj);
    kr_object_free(o);
}

/* Copies the viewed bytes into a fresh bytes object. */
static KrObject *to_bytes(KrMemoryView *v)
{
    KrObject *b = kr_bytes_new(v->len);
    if (b == NULL)
        return NULL;
    const char *d = base_data(v->obj);
    for (Kr_ssize_t i = 0; i < v->len; i++)
        KR_BYTES_DATA(b)[i] = d[v->start + i * v->step];
    return b;
}

static Kr_ssize_t mv_length(KrObject *o)
{
    if (check_released(o) < 0)
        return -1;
    return MV(o)->len;
}

static KrObject *mv_item(KrObject *o, Kr_ssize_t i)
{
    KrMemoryView *v = MV(o);
    if (check_released(o) < 0)
        return NULL;
    if (i < 0 || i >= v->len)
        return kr_err_format(&kr_exc_IndexError, "index out of bounds on dimension 1");
    return kr_int_from_i64((unsigned char)base_data(v->obj)[v->start + i * v->step]);
}

static KrObject *mv_subscript(KrObject *o, KrObject *key)
{
    KrMemoryView *v = MV(o);
    if (check_released(o) < 0)
        return NULL;
    if (KR_SLICE_CHECK(key)) {
        Kr_ssize_t start, stop, step;
        if (kr_slice_unpack(key, &start, &stop, &step) < 0)
            return NULL;
        Kr_ssize_t n = kr_slice_adjust(v->len, &start, &stop, step);
        return view_new(v->obj, v->start + start * v->step, n, v->step * step);
    }
    if (!kr_index_check(key))
        return kr_err_format(&kr_exc_TypeError, "memoryview: invalid slice key");
    Kr_ssize_t i = kr_number_as_ssize(key, &kr_exc_IndexError);
    if (i == -1 && kr_err_occurred())
        return NULL;
    if (i < 0)
        i += v->len;
    return mv_item(o, i);
}

static int mv_ass_subscript(KrObject *o, KrObject *key, KrObject *value)
{
    KrMemoryView *v = MV(o);
    if (check_released(o) < 0)
        return -1;
    if (v->readonly) {
        kr_err_set_string(&kr_exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (value == NULL) {
        kr_err_set_string(&kr_exc_TypeError, "cannot delete memory");
        return -1;
    }
    char *d = base_data(v->obj);
    if (KR_SLICE_CHECK(key)) {
        Kr_ssize_t start, stop, step;
        if (kr_slice_unpack(key, &start, &stop, &step) < 0)
            return -1;
        Kr_ssize_t n = kr_slice_adjust(v->len, &start, &stop, step);
        KrBytesView src;
        KrObject *tmp = NULL;
        if (KR_TYPE(value) == &kr_memoryview_type) {
            tmp = to_bytes(MV(value));
            if (tmp == NULL)
                return -1;
            value = tmp;
        }
        if (kr_bytes_view(value, &src) < 0) {
            kr_xdecref(tmp);
            return -1;
        }
        if (src.len != n) {
            kr_xdecref(tmp);
            kr_err_set_string(&kr_exc_ValueError,
                              "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        for (Kr_ssize_t i = 0; i < n; i++)
            d[v->start + (start + i * step) * v->step] = src.data[i];
        kr_xdecref(tmp);
        return 0;
    }
    Kr_ssize_t i = kr_number_as_ssize(key, &kr_exc_IndexError);
    if (i == -1 && kr_err_occurred())
        return -1;
    if (i < 0)
        i += v->len;
    if (i < 0 || i >= v->len) {
        kr_err_set_string(&kr_exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    Kr_ssize_t b = kr_number_as_ssize(value, &kr_exc_OverflowError);
    if (b == -1 && kr_err_occurred())
        return -1;
    if (b < 0 || b > 255) {
        kr_err_set_string(&kr_exc_ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    d[v->start + i * v->step] = (char)b;
    return 0;
}

static KrObject *mv_richcompare(KrObject *a, KrObject *b, int op)
{
    if (op != KR_EQ && op != KR_NE)
        KR_RETURN_NOTIMPLEMENTED;
    if (MV(a)->released)
        return kr_bool_from((a == b) == (op == KR_EQ));
    KrObject *x = to_bytes(MV(a));
    if (x == NULL)
        return NULL;
    KrObject *y;
    if (KR_TYPE(b) == &kr_memoryview_type) {
        if (MV(b)->released) {
            kr_decref(x);
            return kr_bool_from(op == KR_NE);
        }
        y = to_bytes(MV(b));
    } else if (KR_BYTES_CHECK(b) || KR_BYTEARRAY_CHECK(b)) {
        y = kr_newref(b);
    } else {
        kr_decref(x);
        KR_RETURN_NOTIMPLEMENTED;
    }
    if (y == NULL) {
        kr_decref(x);
        return NULL;
    }
    KrBytesView vx, vy;
    kr_bytes_view(x, &vx);
    kr_bytes_view(y, &vy);
    int eq = vx.len == vy.len && memcmp(vx.data, vy.data, (size_t)vx.len) == 0;
    kr_decref(x);
    kr_decref(y);
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static Kr_hash_t mv_hash(KrObject *o)
{
    KrMemoryView *v = MV(o);
    if (v->hash != -1)
        return v->hash;
    if (!v->readonly) {
        kr_err_set_string(&kr_exc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (check_released(o) < 0)
        return -1;
    KrObject *b = to_bytes(v);
    if (b == NULL)
        return -1;
    v->hash = kr_object_hash(b);
    kr_decref(b);
    return v->hash;
}

static KrObject *mv_repr(KrObject *o)
{
    return kr_str_from_format("<%smemory at %p>", MV(o)->released ? "released " : "", (void *)o);
}

static KrObject *mv_tobytes(KrObject *o, KrObject *const *args, Kr_ssize_t nargs,
                            KrObject *kw)
{
    if (check_released(o) < 0)
        return NULL;
    return to_bytes(MV(o));
}

static KrObject *mv_tolist(KrObject *o)
{
    if (check_released(o) < 0)
        return NULL;
    KrMemoryView *v = MV(o);
    KrObject *l = kr_list_new(v->len);
    if (l == NULL)
        return NULL;
    const char *d = base_data(v->obj);
    for (Kr_ssize_t i = 0; i < v->len; i++) {
        KrObject *x = kr_int_from_i64((unsigned char)d[v->start + i * v->step]);
        if (x == NULL) {
            kr_decref(l);
            return NULL;
        }
        KR_LIST_SET(l, i, x);
    }
    return l;
}

static KrObject *mv_hex(KrObject *o, KrObject *const *args, Kr_ssize_t nargs)
{
    KrObject *b = mv_tobytes(o, NULL, 0, NULL);
    if (b == NULL)
        return NULL;
    KrObject *r = kr_call_method(b, kr_str_intern_cstr("hex"), args, nargs, NULL);
    kr_decref(b);
    return r;
}

static KrObject *mv_release(KrObject *o)
{
    do_release(MV(o));
    KR_RETURN_NONE;
}

static KrObject *mv_enter(KrObject *o)
{
    if (check_released(o) < 0)
        return NULL;
    return kr_newref(o);
}

static KrObject *mv_exit(KrObject *o, KrObject *const *args, Kr_ssize_t nargs)
{
    do_release(MV(o));
    KR_RETURN_NONE;
}

static KrObject *mv_toreadonly(KrObject *o)
{
    if (check_released(o) < 0)
        return NULL;
    KrMemoryView *v = MV(o);
    KrObject *r = view_new(v->obj, v->start, v->len, v->step);
    if (r)
        MV(r)->readonly = 1;
    return r;
}

static KrObject *mv_cast(KrObject *o, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("cast", nargs, 1, 2) < 0 || check_released(o) < 0)
        return NULL;
    if (!KR_STR_CHECK(args[0]) || !(kr_str_eq_cstr(args[0], "B") || kr_str_eq_cstr(args[0], "b") ||
                                     kr_str_eq_cstr(args[0], "c")))
        return kr_err_format(&kr_exc_ValueError,
                             "memoryview: destination format must be a native single character format prefixed with an optional '@'");
    return mv_toreadonly(o) ? kr_newref(o) : NULL;
}

static KrObject *mv_get_obj(KrObject *o, void *c) { return kr_newref(MV(o)->obj); }
static KrObject *mv_get_nbytes(KrObject *o, void *c)
{
    if (check_released(o) < 0)
        return NULL;
    return kr_int_from_ssize(MV(o)->len);
}
static KrObject *mv_get_readonly(KrObject *o, void *c)
{
    if (check_released(o) < 0)
        return NULL;
    return kr_bool_from(MV(o)->readonly);
}
static KrObject *mv_get_itemsize(KrObject *o, void *c) { return kr_int_from_i64(1); }
static KrObject *mv_get_format(KrObject *o, void *c) { return kr_str_from_cstr("B"); }
static KrObject *mv_get_ndim(KrObject *o, void *c) { return kr_int_from_i64(1); }
static KrObject *mv_get_shape(KrObject *o, void *c)
{
    KrObject *n = kr_int_from_ssize(MV(o)->len);
    KrObject *t = n ? kr_tuple_pack(1, n) : NULL;
    kr_xdecref(n);
    return t;
}
static KrObject *mv_get_strides(KrObject *o, void *c)
{
    KrObject *n = kr_int_from_ssize(MV(o)->step);
    KrObject *t = n ? kr_tuple_pack(1, n) : NULL;
    kr_xdecref(n);
    return t;
}
static KrObject *mv_get_contiguous(KrObject *o, void *c) { return kr_bool_from(MV(o)->step == 1); }
static KrObject *mv_get_suboffsets(KrObject *o, void *c) { return kr_tuple_new(0); }

static const KrMethodDef mv_methods[] = {
    KR_METHOD_FASTKW("tobytes", mv_tobytes),
    KR_METHOD_NOARGS("tolist", mv_tolist),
    KR_METHOD_FAST("hex", mv_hex),
    KR_METHOD_NOARGS("release", mv_release),
    KR_METHOD_NOARGS("toreadonly", mv_toreadonly),
    KR_METHOD_FAST("cast", mv_cast),
    KR_METHOD_NOARGS("__enter__", mv_enter),
    KR_METHOD_FAST("__exit__", mv_exit),
    KR_METHOD_END
};

static const KrGetSetDef mv_getset[] = {
    { "obj", mv_get_obj, NULL, NULL, NULL },
    { "nbytes", mv_get_nbytes, NULL, NULL, NULL },
    { "readonly", mv_get_readonly, NULL, NULL, NULL },
    { "itemsize", mv_get_itemsize, NULL, NULL, NULL },
    { "format", mv_get_format, NULL, NULL, NULL },
    { "ndim", mv_get_ndim, NULL, NULL, NULL },
    { "shape", mv_get_shape, NULL, NULL, NULL },
    { "strides", mv_get_strides, NULL, NULL, NULL },
    { "contiguous", mv_get_contiguous, NULL, NULL, NULL },
    { "c_contiguous", mv_get_contiguous, NULL, NULL, NULL },
    { "f_contiguous", mv_get_contiguous, NULL, NULL, NULL },
    { "suboffsets", mv_get_suboffsets, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

static KrSequenceMethods mv_as_sequence = { .length = mv_length, .item = mv_item };
static KrMappingMethods mv_as_mapping = {
    .length = mv_length, .subscript = mv_subscript, .ass_subscript = mv_ass_subscript
};

KrType kr_memoryview_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "memoryview",
    .basicsize = sizeof(KrMemoryView),
    .dealloc = mv_dealloc,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .as_sequence = &mv_as_sequence,
    .as_mapping = &mv_as_mapping,
    .new_ = mv_new,
    .methods = mv_methods,
    .getset = mv_getset,
};

/* For kr_bytes_view: a contiguous view's bytes (copied when strided). */
int kr_memoryview_bytes(KrObject *o, const char **data, Kr_ssize_t *len, KrObject **owned)
{
    KrMemoryView *v = MV(o);
    if (check_released(o) < 0)
        return -1;
    *owned = NULL;
    if (v->step == 1) {
        *data = base_data(v->obj) + v->start;
        *len = v->len;
        return 0;
    }
    *owned = to_bytes(v);
    if (*owned == NULL)
        return -1;
    *data = KR_BYTES_DATA(*owned);
    *len = KR_SIZE(*owned);
    return 0;
}
