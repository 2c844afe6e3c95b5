/*
 * slice.c -- the slice type and the index arithmetic every sequence uses.
 *
 * A slice holds three arbitrary objects (None when absent).  Sequences turn
 * it into C indices in two steps, exactly as CPython does, because the
 * observable results (which errors, which clamping) depend on the split:
 *
 *   kr_slice_unpack  converts start/stop/step with __index__, clamping
 *                    huge values to the ssize range (so a[:10**100] works),
 *                    defaults None by the sign of step, rejects step 0.
 *   kr_slice_adjust  clips the raw values against a concrete length and
 *                    returns the number of selected items.
 *
 * slice.indices() and range slicing must not clamp (range(10**30)[::-1]),
 * so kr_slice_long_indices does the same clipping on int objects.
 *
 * Slices are unhashable in 3.11, compare like (start, stop, step) tuples.
 */
#include "krait.h"

/* One spare slice: `a[i:j]` in a loop builds and drops a slice per
 * iteration, and reusing the last one skips the allocator and the GC
 * generation count (as CPython's slice cache does). */
static KrSlice *slice_cache;

KrObject *kr_slice_new(KrObject *start, KrObject *stop, KrObject *step)
{
    KrSlice *s = slice_cache;
    if (s != NULL) {
        slice_cache = NULL;
        ((KrObject *)s)->refcnt = 1;
        KR_REFTOTAL_INC();
    } else {
        s = (KrSlice *)kr_object_alloc(&kr_slice_type, 0);
        if (s == NULL)
            return NULL;
    }
    s->start = kr_newref(start ? start : kr_None);
    s->stop = kr_newref(stop ? stop : kr_None);
    s->step = kr_newref(step ? step : kr_None);
    kr_gc_track((KrObject *)s);
    return (KrObject *)s;
}

/* One slice bound as a C index, clamped; 0 with TypeError if v is not
 * an integer-like. */
static int slice_index(KrObject *v, Kr_ssize_t *out)
{
    if (!kr_index_check(v)) {
        kr_err_format(&kr_exc_TypeError,
                      "slice indices must be integers or None or have an __index__ method");
        return 0;
    }
    Kr_ssize_t x = kr_number_as_ssize(v, NULL);
    if (x == -1 && kr_err_occurred())
        return 0;
    *out = x;
    return 1;
}

int kr_slice_unpack(KrObject *slice, Kr_ssize_t *start, Kr_ssize_t *stop, Kr_ssize_t *step)
{
    KrSlice *s = (KrSlice *)slice;
    if (s->step == kr_None) {
        *step = 1;
    } else {
        if (!slice_index(s->step, step))
            return -1;
        if (*step == 0) {
            kr_err_set_string(&kr_exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        /* -step must stay representable: reversing code negates it. */
        if (*step < -KR_SSIZE_T_MAX)
            *step = -KR_SSIZE_T_MAX;
    }
    if (s->start == kr_None)
        *start = *step < 0 ? KR_SSIZE_T_MAX : 0;
    else if (!slice_index(s->start, start))
        return -1;
    if (s->stop == kr_None)
        *stop = *step < 0 ? KR_SSIZE_T_MIN : KR_SSIZE_T_MAX;
    else if (!slice_index(s->stop, stop))
        return -1;
    return 0;
}

Kr_ssize_t kr_slice_adjust(Kr_ssize_t length, Kr_ssize_t *start, Kr_ssize_t *stop,
                           Kr_ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Arbitrary-precision indices                                            */
/* ---------------------------------------------------------------------- */

static KrObject *long_index(KrObject *v)
{
    if (!kr_index_check(v))
        return kr_err_format(&kr_exc_TypeError,
                             "slice indices must be integers or None or have an __index__ method");
    return kr_number_index(v);
}

/* Clips an index object (stolen) to [lower, upper] after adding length to
 * a negative one; returns a new reference. */
static KrObject *clip(KrObject *x, KrObject *length, KrObject *lower, KrObject *upper)
{
    if (kr_int_sign(x) < 0) {
        KrObject *t = kr_int_add(x, length);
        kr_decref(x);
        if (t == NULL)
            return NULL;
        x = t;
        if (kr_int_compare(x, lower) < 0) {
            kr_decref(x);
            return kr_newref(lower);
        }
    } else if (kr_int_compare(x, upper) > 0) {
        kr_decref(x);
        return kr_newref(upper);
    }
    return x;
}

int kr_slice_long_indices(KrObject *slice, KrObject *length, KrObject **start_out,
                          KrObject **stop_out, KrObject **step_out)
{
    KrSlice *s = (KrSlice *)slice;
    KrObject *step = NULL, *lower = NULL, *upper = NULL, *start = NULL, *stop = NULL;
    int neg = 0;
    if (s->step == kr_None) {
        step = kr_int_small(1);
    } else {
        step = long_index(s->step);
        if (step == NULL)
            goto error;
        int sign = kr_int_sign(step);
        if (sign == 0) {
            kr_err_set_string(&kr_exc_ValueError, "slice step cannot be zero");
            goto error;
        }
        neg = sign < 0;
    }
    if (neg) {
        lower = kr_int_small(-1);
        upper = kr_int_add(length, lower);
        if (upper == NULL)
            goto error;
    } else {
        lower = kr_int_small(0);
        upper = kr_newref(length);
    }
    if (s->start == kr_None) {
        start = kr_newref(neg ? upper : lower);
    } else {
        start = long_index(s->start);
        if (start == NULL || (start = clip(start, length, lower, upper)) == NULL)
            goto error;
    }
    if (s->stop == kr_None) {
        stop = kr_newref(neg ? lower : upper);
    } else {
        stop = long_index(s->stop);
        if (stop == NULL || (stop = clip(stop, length, lower, upper)) == NULL)
            goto error;
    }
    kr_decref(lower);
    kr_decref(upper);
    *start_out = start;
    *stop_out = stop;
    *step_out = step;
    return 0;
error:
    KR_XDECREF(step);
    KR_XDECREF(lower);
    KR_XDECREF(upper);
    KR_XDECREF(start);
    KR_XDECREF(stop);
    return -1;
}

/* ---------------------------------------------------------------------- */
/* The type                                                               */
/* ---------------------------------------------------------------------- */

static void slice_dealloc(KrObject *o)
{
    KrSlice *s = (KrSlice *)o;
    kr_gc_untrack(o);
    KR_CLEAR(s->start);
    KR_CLEAR(s->stop);
    KR_CLEAR(s->step);
    if (slice_cache == NULL && KR_TYPE(o) == &kr_slice_type)
        slice_cache = s;
    else
        kr_object_free(o);
}

/* Releases the spare slice (runtime shutdown). */
void kr_slice_fini(void)
{
    if (slice_cache != NULL) {
        kr_object_free((KrObject *)slice_cache);
        slice_cache = NULL;
    }
}

static int slice_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrSlice *s = (KrSlice *)o;
    int r;
    if (s->start && (r = visit(s->start, arg)))
        return r;
    if (s->stop && (r = visit(s->stop, arg)))
        return r;
    if (s->step && (r = visit(s->step, arg)))
        return r;
    return 0;
}

static KrObject *slice_new_impl(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    if (kwnames != NULL && KR_SIZE(kwnames) > 0)
        return kr_err_format(&kr_exc_TypeError, "slice() takes no keyword arguments");
    if (nargs < 1)
        return kr_err_format(&kr_exc_TypeError, "slice expected at least 1 argument, got %zd",
                             nargs);
    if (nargs > 3)
        return kr_err_format(&kr_exc_TypeError, "slice expected at most 3 arguments, got %zd",
                             nargs);
    if (nargs == 1)
        return kr_slice_new(NULL, args[0], NULL);
    return kr_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static KrObject *slice_repr(KrObject *o)
{
    KrSlice *s = (KrSlice *)o;
    return kr_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static KrObject *as_tuple(KrObject *o)
{
    KrSlice *s = (KrSlice *)o;
    return kr_tuple_pack(3, s->start, s->stop, s->step);
}

static KrObject *slice_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_SLICE_CHECK(a) || !KR_SLICE_CHECK(b))
        KR_RETURN_NOTIMPLEMENTED;
    if (a == b) {
        switch (op) {
        case KR_EQ: case KR_LE: case KR_GE:
            KR_RETURN_TRUE;
        default:
            KR_RETURN_FALSE;
        }
    }
    KrObject *ta = as_tuple(a);
    if (ta == NULL)
        return NULL;
    KrObject *tb = as_tuple(b);
    if (tb == NULL) {
        kr_decref(ta);
        return NULL;
    }
    KrObject *r = kr_object_richcompare(ta, tb, op);
    kr_decref(ta);
    kr_decref(tb);
    return r;
}

static KrObject *slice_indices(KrObject *self, KrObject *len)
{
    KrObject *length = kr_number_index(len);
    if (length == NULL)
        return NULL;
    if (kr_int_sign(length) < 0) {
        kr_decref(length);
        return kr_err_format(&kr_exc_ValueError, "length should not be negative");
    }
    KrObject *start, *stop, *step;
    int r = kr_slice_long_indices(self, length, &start, &stop, &step);
    kr_decref(length);
    if (r < 0)
        return NULL;
    KrObject *t = kr_tuple_pack(3, start, stop, step);
    kr_decref(start);
    kr_decref(stop);
    kr_decref(step);
    return t;
}

static KrObject *slice_reduce(KrObject *self)
{
    KrObject *args = as_tuple(self);
    if (args == NULL)
        return NULL;
    KrObject *r = kr_tuple_pack(2, (KrObject *)KR_TYPE(self), args);
    kr_decref(args);
    return r;
}

static const KrMethodDef slice_methods[] = {
    KR_METHOD_O("indices", slice_indices),
    KR_METHOD_NOARGS("__reduce__", slice_reduce),
    KR_METHOD_END
};

static const KrMemberDef slice_members[] = {
    { "start", KR_T_OBJECT, offsetof(KrSlice, start), KR_READONLY, NULL },
    { "stop", KR_T_OBJECT, offsetof(KrSlice, stop), KR_READONLY, NULL },
    { "step", KR_T_OBJECT, offsetof(KrSlice, step), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL }
};

KrType kr_slice_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "slice",
    .basicsize = sizeof(KrSlice),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = slice_richcompare,
    .getattro = kr_object_generic_getattr,
    .traverse = slice_traverse,
    .new_ = slice_new_impl,
    .methods = slice_methods,
    .members = slice_members,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\n"
           "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
};
