/*
 * range.c -- the range type and its two iterators.
 *
 * A range stores start, stop, step and its length as int objects, so
 * range(10**30) and friends work: indexing, slicing, `in`, len and
 * comparison are all computed arithmetically on ints, never by iterating.
 * The length is computed once at construction as
 *     lo, hi = (start, stop) if step > 0 else (stop, start)
 *     length = 0 if lo >= hi else (hi - lo - 1) // |step| + 1
 * with a 64-bit fast path when all three fit a machine word.
 *
 * Iteration has two shapes, as in CPython: range_iterator works on C
 * integers and is used whenever every value it produces (and the count)
 * fits an int64; longrange_iterator works on int objects otherwise.  The
 * types' names are visible (repr of iter(range(...))), so the choice
 * follows CPython's.  Both pickle as iter(range(...)) plus the position.
 *
 * Two ranges are equal when they describe the same sequence (range(0) ==
 * range(2, 2); range(0, 3, 2) == range(0, 4, 2)), and hash() agrees: it is
 * the hash of (len, start, step) with the parts that do not matter
 * replaced by None.
 */
#include "krait.h"

typedef struct {
    KrObject ob;
    KrObject *start, *stop, *step;  /* exact ints */
    KrObject *length;               /* exact int >= 0 */
} KrRange;

/* ---------------------------------------------------------------------- */
/* Arithmetic helpers                                                     */
/* ---------------------------------------------------------------------- */

static KrObject *compute_length(KrObject *start, KrObject *stop, KrObject *step)
{
    if (kr_int_is_small(start) && kr_int_is_small(stop) && kr_int_is_small(step)) {
        int64_t a = kr_int_small_value(start), b = kr_int_small_value(stop);
        int64_t s = kr_int_small_value(step);
        uint64_t us;
        int64_t lo, hi;
        if (s > 0) {
            lo = a; hi = b; us = (uint64_t)s;
        } else {
            lo = b; hi = a; us = (uint64_t)0 - (uint64_t)s;
        }
        if (lo >= hi)
            return kr_int_small(0);
        uint64_t diff = (uint64_t)hi - (uint64_t)lo - 1;
        return kr_int_from_u64(diff / us + 1);
    }
    KrObject *lo, *hi, *st = NULL, *tmp = NULL, *r = NULL;
    if (kr_int_sign(step) > 0) {
        lo = start; hi = stop; st = kr_newref(step);
    } else {
        lo = stop; hi = start;
        KrObject *zero = kr_int_small(0);
        st = kr_int_sub(zero, step);
        kr_decref(zero);
        if (st == NULL)
            return NULL;
    }
    if (kr_int_compare(lo, hi) >= 0) {
        kr_decref(st);
        return kr_int_small(0);
    }
    KrObject *one = kr_int_small(1);
    tmp = kr_int_sub(hi, lo);
    if (tmp == NULL)
        goto done;
    KrObject *t2 = kr_int_sub(tmp, one);
    kr_decref(tmp);
    if (t2 == NULL)
        goto done;
    tmp = kr_int_floordiv(t2, st);
    kr_decref(t2);
    if (tmp == NULL)
        goto done;
    r = kr_int_add(tmp, one);
    kr_decref(tmp);
done:
    kr_decref(one);
    kr_decref(st);
    return r;
}

/* start + i * step, no bounds check. */
static KrObject *compute_item(KrRange *r, KrObject *i)
{
    if (kr_int_is_small(r->step) && kr_int_small_value(r->step) == 1)
        return kr_int_add(r->start, i);
    KrObject *p = kr_int_mul(i, r->step);
    if (p == NULL)
        return NULL;
    KrObject *x = kr_int_add(r->start, p);
    kr_decref(p);
    return x;
}

static KrObject *make_range(KrObject *start, KrObject *stop, KrObject *step)
{
    KrObject *length = compute_length(start, stop, step);
    if (length == NULL)
        return NULL;
    KrRange *r = (KrRange *)kr_object_alloc(&kr_range_type, 0);
    if (r == NULL) {
        kr_decref(length);
        return NULL;
    }
    r->start = kr_newref(start);
    r->stop = kr_newref(stop);
    r->step = kr_newref(step);
    r->length = length;
    return (KrObject *)r;
}

KrObject *kr_range_new(KrObject *start, KrObject *stop, KrObject *step)
{
    KrObject *a = NULL, *b = NULL, *c = NULL, *r = NULL;
    a = start ? kr_number_index(start) : kr_int_small(0);
    if (a == NULL)
        goto done;
    b = kr_number_index(stop);
    if (b == NULL)
        goto done;
    c = step ? kr_number_index(step) : kr_int_small(1);
    if (c == NULL)
        goto done;
    if (kr_int_sign(c) == 0) {
        kr_err_set_string(&kr_exc_ValueError, "range() arg 3 must not be zero");
        goto done;
    }
    r = make_range(a, b, c);
done:
    KR_XDECREF(a);
    KR_XDECREF(b);
    KR_XDECREF(c);
    return r;
}

/* ---------------------------------------------------------------------- */
/* Slots                                                                  */
/* ---------------------------------------------------------------------- */

static KrObject *range_new_impl(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    if (kwnames != NULL && KR_SIZE(kwnames) > 0)
        return kr_err_format(&kr_exc_TypeError, "range() takes no keyword arguments");
    switch (nargs) {
    case 0:
        return kr_err_format(&kr_exc_TypeError, "range expected at least 1 argument, got 0");
    case 1:
        return kr_range_new(NULL, args[0], NULL);
    case 2:
        return kr_range_new(args[0], args[1], NULL);
    case 3:
        return kr_range_new(args[0], args[1], args[2]);
    default:
        return kr_err_format(&kr_exc_TypeError,
                             "range expected at most 3 arguments, got %zd", nargs);
    }
}

static void range_dealloc(KrObject *o)
{
    KrRange *r = (KrRange *)o;
    KR_CLEAR(r->start);
    KR_CLEAR(r->stop);
    KR_CLEAR(r->step);
    KR_CLEAR(r->length);
    kr_object_free(o);
}

static KrObject *range_repr(KrObject *o)
{
    KrRange *r = (KrRange *)o;
    if (kr_int_is_small(r->step) && kr_int_small_value(r->step) == 1)
        return kr_str_from_format("range(%R, %R)", r->start, r->stop);
    return kr_str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static Kr_ssize_t range_length(KrObject *o)
{
    return kr_int_as_ssize(((KrRange *)o)->length);
}

static int range_bool(KrObject *o)
{
    return kr_int_sign(((KrRange *)o)->length) != 0;
}

static KrObject *range_item(KrObject *o, Kr_ssize_t i)
{
    KrRange *r = (KrRange *)o;
    KrObject *io = kr_int_from_ssize(i);
    if (io == NULL)
        return NULL;
    KrObject *res = NULL;
    if (i < 0 || kr_int_compare(io, r->length) >= 0)
        kr_err_set_string(&kr_exc_IndexError, "range object index out of range");
    else
        res = compute_item(r, io);
    kr_decref(io);
    return res;
}

static KrObject *range_subscript(KrObject *o, KrObject *key)
{
    KrRange *r = (KrRange *)o;
    if (kr_index_check(key)) {
        KrObject *i = kr_number_index(key);
        if (i == NULL)
            return NULL;
        if (kr_int_sign(i) < 0) {
            KrObject *j = kr_int_add(i, r->length);
            kr_decref(i);
            if (j == NULL)
                return NULL;
            i = j;
        }
        KrObject *res = NULL;
        if (kr_int_sign(i) < 0 || kr_int_compare(i, r->length) >= 0)
            kr_err_set_string(&kr_exc_IndexError, "range object index out of range");
        else
            res = compute_item(r, i);
        kr_decref(i);
        return res;
    }
    if (KR_SLICE_CHECK(key)) {
        KrObject *start, *stop, *step, *res = NULL;
        if (kr_slice_long_indices(key, r->length, &start, &stop, &step) < 0)
            return NULL;
        KrObject *substart = compute_item(r, start);
        KrObject *substop = substart ? compute_item(r, stop) : NULL;
        KrObject *substep = substop ? kr_int_mul(r->step, step) : NULL;
        if (substep != NULL)
            res = make_range(substart, substop, substep);
        KR_XDECREF(substart);
        KR_XDECREF(substop);
        KR_XDECREF(substep);
        kr_decref(start);
        kr_decref(stop);
        kr_decref(step);
        return res;
    }
    return kr_err_format(&kr_exc_TypeError, "range indices must be integers or slices, not %s",
                         kr_type_name(KR_TYPE(key)));
}

/* 1 if the exact int x is one of r's values. */
static int contains_int(KrRange *r, KrObject *x)
{
    int lo_ok, hi_ok;
    if (kr_int_sign(r->step) > 0) {
        lo_ok = kr_int_compare(r->start, x) <= 0;
        hi_ok = kr_int_compare(x, r->stop) < 0;
    } else {
        lo_ok = kr_int_compare(r->stop, x) < 0;
        hi_ok = kr_int_compare(x, r->start) <= 0;
    }
    if (!lo_ok || !hi_ok)
        return 0;
    KrObject *d = kr_int_sub(x, r->start);
    if (d == NULL)
        return -1;
    KrObject *m = kr_int_mod(d, r->step);
    kr_decref(d);
    if (m == NULL)
        return -1;
    int res = kr_int_sign(m) == 0;
    kr_decref(m);
    return res;
}

/* ints and bools are answered arithmetically; anything else (2.0, a
 * user object with __eq__) by comparing against every element. */
static int is_plain_int(KrObject *x)
{
    return KR_INT_CHECK_EXACT(x) || KR_BOOL_CHECK(x);
}

/* Counts (or finds, when find != NULL) x by iteration. */
static Kr_ssize_t iter_search(KrObject *o, KrObject *x, int stop_at_first,
                              Kr_ssize_t *found_at)
{
    KrObject *it = kr_object_get_iter(o);
    if (it == NULL)
        return -1;
    Kr_ssize_t n = 0, i = 0;
    for (;; i++) {
        KrObject *v = kr_iter_next(it);
        if (v == NULL) {
            if (kr_err_occurred()) {
                kr_decref(it);
                return -1;
            }
            break;
        }
        int k = kr_object_richcompare_bool(v, x, KR_EQ);
        kr_decref(v);
        if (k < 0) {
            kr_decref(it);
            return -1;
        }
        if (k) {
            n++;
            if (stop_at_first) {
                if (found_at)
                    *found_at = i;
                break;
            }
        }
    }
    kr_decref(it);
    return n;
}

static int range_contains(KrObject *o, KrObject *x)
{
    if (is_plain_int(x))
        return contains_int((KrRange *)o, x);
    Kr_ssize_t n = iter_search(o, x, 1, NULL);
    return n < 0 ? -1 : n > 0;
}

static Kr_hash_t range_hash(KrObject *o)
{
    KrRange *r = (KrRange *)o;
    KrObject *t;
    int sign = kr_int_sign(r->length);
    if (sign == 0) {
        t = kr_tuple_pack(3, r->length, kr_None, kr_None);
    } else if (kr_int_is_small(r->length) && kr_int_small_value(r->length) == 1) {
        t = kr_tuple_pack(3, r->length, r->start, kr_None);
    } else {
        t = kr_tuple_pack(3, r->length, r->start, r->step);
    }
    if (t == NULL)
        return -1;
    Kr_hash_t h = kr_object_hash(t);
    kr_decref(t);
    return h;
}

static int range_equals(KrRange *a, KrRange *b)
{
    if (a == b)
        return 1;
    if (kr_int_compare(a->length, b->length) != 0)
        return 0;
    if (kr_int_sign(a->length) == 0)
        return 1;
    if (kr_int_compare(a->start, b->start) != 0)
        return 0;
    if (kr_int_is_small(a->length) && kr_int_small_value(a->length) == 1)
        return 1;
    return kr_int_compare(a->step, b->step) == 0;
}

static KrObject *range_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_IS_TYPE(b, &kr_range_type) || !KR_IS_TYPE(a, &kr_range_type))
        KR_RETURN_NOTIMPLEMENTED;
    if (op != KR_EQ && op != KR_NE)
        KR_RETURN_NOTIMPLEMENTED;
    int eq = range_equals((KrRange *)a, (KrRange *)b);
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

/* ---------------------------------------------------------------------- */
/* Methods                                                                */
/* ---------------------------------------------------------------------- */

static KrObject *range_count(KrObject *o, KrObject *x)
{
    if (is_plain_int(x)) {
        int k = contains_int((KrRange *)o, x);
        return k < 0 ? NULL : kr_int_from_ssize(k);
    }
    Kr_ssize_t n = iter_search(o, x, 0, NULL);
    return n < 0 ? NULL : kr_int_from_ssize(n);
}

static KrObject *range_index(KrObject *o, KrObject *x)
{
    KrRange *r = (KrRange *)o;
    if (is_plain_int(x)) {
        int k = contains_int(r, x);
        if (k < 0)
            return NULL;
        if (!k)
            return kr_err_format(&kr_exc_ValueError, "%R is not in range", x);
        KrObject *d = kr_int_sub(x, r->start);
        if (d == NULL)
            return NULL;
        KrObject *q = kr_int_floordiv(d, r->step);
        kr_decref(d);
        return q;
    }
    Kr_ssize_t at = -1;
    Kr_ssize_t n = iter_search(o, x, 1, &at);
    if (n < 0)
        return NULL;
    if (n == 0)
        return kr_err_format(&kr_exc_ValueError, "sequence.index(x): x not in sequence");
    return kr_int_from_ssize(at);
}

static KrObject *range_reduce(KrObject *o)
{
    KrRange *r = (KrRange *)o;
    KrObject *args = kr_tuple_pack(3, r->start, r->stop, r->step);
    if (args == NULL)
        return NULL;
    KrObject *res = kr_tuple_pack(2, (KrObject *)&kr_range_type, args);
    kr_decref(args);
    return res;
}

/* ---------------------------------------------------------------------- */
/* Iterators                                                              */
/* ---------------------------------------------------------------------- */

typedef KrRangeIter RangeIter;   /* krait.h: FOR_ITER reads it inline */

typedef struct {
    KrObject ob;
    KrObject *start, *step, *len, *index;
} LongRangeIter;

static KrObject *self_iter(KrObject *o) { return kr_newref(o); }

/* builtins.<name> as pickling helpers name it (new reference). */
static KrObject *get_builtin(const char *name)
{
    KrObject *b = kr_eval_get_builtins();
    if (b == NULL)
        b = KR_INTERP()->builtins;
    KrObject *f = b ? kr_dict_get_item_str(b, name) : NULL;
    if (f == NULL) {
        if (!kr_err_occurred())
            kr_err_format(&kr_exc_AttributeError, "module 'builtins' has no attribute '%s'", name);
        return NULL;
    }
    return kr_newref(f);
}

/* (callable, args) or (callable, args, state); steals callable and args. */
static KrObject *reduce_value(KrObject *callable, KrObject *args, KrObject *state)
{
    KrObject *r = NULL;
    if (callable != NULL && args != NULL)
        r = state ? kr_tuple_pack(3, callable, args, state) : kr_tuple_pack(2, callable, args);
    KR_XDECREF(callable);
    KR_XDECREF(args);
    return r;
}

/* A __setstate__ argument as a C index. */
static int state_index(KrObject *state, Kr_ssize_t *out)
{
    Kr_ssize_t i = kr_number_as_ssize(state, &kr_exc_OverflowError);
    if (i == -1 && kr_err_occurred())
        return -1;
    *out = i;
    return 0;
}


static void rangeiter_dealloc(KrObject *o) { kr_object_free(o); }

static KrObject *rangeiter_next(KrObject *o)
{
    RangeIter *it = (RangeIter *)o;
    if (it->index < it->len) {
        uint64_t v = (uint64_t)it->start + it->index++ * (uint64_t)it->step;
        return kr_int_from_i64((int64_t)v);
    }
    return NULL;
}

static KrObject *rangeiter_length_hint(KrObject *o)
{
    RangeIter *it = (RangeIter *)o;
    return kr_int_from_u64(it->len - it->index);
}

static void longrangeiter_dealloc(KrObject *o)
{
    LongRangeIter *it = (LongRangeIter *)o;
    KR_CLEAR(it->start);
    KR_CLEAR(it->step);
    KR_CLEAR(it->len);
    KR_CLEAR(it->index);
    kr_object_free(o);
}

static KrObject *longrangeiter_next(KrObject *o)
{
    LongRangeIter *it = (LongRangeIter *)o;
    if (kr_int_compare(it->index, it->len) >= 0)
        return NULL;
    KrObject *p = kr_int_mul(it->index, it->step);
    if (p == NULL)
        return NULL;
    KrObject *v = kr_int_add(it->start, p);
    kr_decref(p);
    if (v == NULL)
        return NULL;
    KrObject *one = kr_int_small(1);
    KrObject *ni = kr_int_add(it->index, one);
    kr_decref(one);
    if (ni == NULL) {
        kr_decref(v);
        return NULL;
    }
    KR_SETREF(it->index, ni);
    return v;
}

static KrObject *longrangeiter_length_hint(KrObject *o)
{
    LongRangeIter *it = (LongRangeIter *)o;
    return kr_int_sub(it->len, it->index);
}

/* iter(range(start, start + len*step, step)) with the position as state. */
static KrObject *range_iter_reduce(KrObject *start, KrObject *step, KrObject *len,
                                   KrObject *index)
{
    KrObject *p = kr_int_mul(len, step);
    if (p == NULL)
        return NULL;
    KrObject *stop = kr_int_add(start, p);
    kr_decref(p);
    if (stop == NULL)
        return NULL;
    KrObject *r = make_range(start, stop, step);
    kr_decref(stop);
    if (r == NULL)
        return NULL;
    KrObject *args = kr_tuple_pack(1, r);
    kr_decref(r);
    return reduce_value(get_builtin("iter"), args, index);
}

static KrObject *rangeiter_reduce(KrObject *o)
{
    RangeIter *it = (RangeIter *)o;
    KrObject *start = kr_int_from_i64(it->start), *step = kr_int_from_i64(it->step);
    KrObject *len = kr_int_from_u64(it->len), *index = kr_int_from_u64(it->index);
    KrObject *r = NULL;
    if (start && step && len && index)
        r = range_iter_reduce(start, step, len, index);
    KR_XDECREF(start);
    KR_XDECREF(step);
    KR_XDECREF(len);
    KR_XDECREF(index);
    return r;
}

static KrObject *rangeiter_setstate(KrObject *o, KrObject *state)
{
    RangeIter *it = (RangeIter *)o;
    Kr_ssize_t i;
    if (state_index(state, &i) < 0)
        return NULL;
    if (i < 0)
        i = 0;
    else if ((uint64_t)i > it->len)
        i = (Kr_ssize_t)it->len;
    it->index = (uint64_t)i;
    KR_RETURN_NONE;
}

static KrObject *longrangeiter_reduce(KrObject *o)
{
    LongRangeIter *it = (LongRangeIter *)o;
    return range_iter_reduce(it->start, it->step, it->len, it->index);
}

static KrObject *longrangeiter_setstate(KrObject *o, KrObject *state)
{
    LongRangeIter *it = (LongRangeIter *)o;
    KrObject *i = kr_number_index(state);
    if (i == NULL)
        return NULL;
    if (kr_int_sign(i) < 0) {
        KR_SETREF(i, kr_int_small(0));
    } else if (kr_int_compare(it->len, i) < 0) {
        KR_SETREF(i, kr_newref(it->len));
    }
    KR_SETREF(it->index, i);
    KR_RETURN_NONE;
}

static const KrMethodDef rangeiter_methods[] = {
    KR_METHOD_NOARGS("__length_hint__", rangeiter_length_hint),
    KR_METHOD_NOARGS("__reduce__", rangeiter_reduce),
    KR_METHOD_O("__setstate__", rangeiter_setstate),
    KR_METHOD_END
};
static const KrMethodDef longrangeiter_methods[] = {
    KR_METHOD_NOARGS("__length_hint__", longrangeiter_length_hint),
    KR_METHOD_NOARGS("__reduce__", longrangeiter_reduce),
    KR_METHOD_O("__setstate__", longrangeiter_setstate),
    KR_METHOD_END
};

KrType kr_range_iter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .dealloc = rangeiter_dealloc,
    .getattro = kr_object_generic_getattr,
    .iter = self_iter,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};

KrType kr_longrange_iter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .dealloc = longrangeiter_dealloc,
    .getattro = kr_object_generic_getattr,
    .iter = self_iter,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

static int ensure_ready(KrType *t)
{
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_READY) && kr_type_ready(t) < 0)
        return -1;
    return 0;
}

/* Iterates start, start+step, ... (len values).  Uses the C iterator when
 * every produced value fits int64, as CPython's range_iterator does. */
static KrObject *make_iter(KrObject *start, KrObject *step, KrObject *len)
{
    if (kr_int_is_small(start) && kr_int_is_small(step) && kr_int_is_small(len)) {
        int64_t s = kr_int_small_value(start), st = kr_int_small_value(step);
        int64_t n = kr_int_small_value(len);
        __int128 last = (__int128)s + (__int128)(n > 0 ? n - 1 : 0) * st;
        __int128 after = last + st;
        if (last >= INT64_MIN && last <= INT64_MAX && after >= INT64_MIN && after <= INT64_MAX) {
            if (ensure_ready(&kr_range_iter_type) < 0)
                return NULL;
            RangeIter *it = (RangeIter *)kr_object_alloc(&kr_range_iter_type, 0);
            if (it == NULL)
                return NULL;
            it->start = s;
            it->step = st;
            it->len = (uint64_t)n;
            it->index = 0;
            return (KrObject *)it;
        }
    }
    if (ensure_ready(&kr_longrange_iter_type) < 0)
        return NULL;
    LongRangeIter *it = (LongRangeIter *)kr_object_alloc(&kr_longrange_iter_type, 0);
    if (it == NULL)
        return NULL;
    it->start = kr_newref(start);
    it->step = kr_newref(step);
    it->len = kr_newref(len);
    it->index = kr_int_small(0);
    return (KrObject *)it;
}

static KrObject *range_iter(KrObject *o)
{
    KrRange *r = (KrRange *)o;
    return make_iter(r->start, r->step, r->length);
}

static KrObject *range_reversed(KrObject *o)
{
    KrRange *r = (KrRange *)o;
    KrObject *one = kr_int_small(1);
    KrObject *n1 = kr_int_sub(r->length, one);
    kr_decref(one);
    if (n1 == NULL)
        return NULL;
    KrObject *last = compute_item(r, n1);
    kr_decref(n1);
    if (last == NULL)
        return NULL;
    KrObject *zero = kr_int_small(0);
    KrObject *negstep = kr_int_sub(zero, r->step);
    kr_decref(zero);
    if (negstep == NULL) {
        kr_decref(last);
        return NULL;
    }
    KrObject *it = make_iter(last, negstep, r->length);
    kr_decref(last);
    kr_decref(negstep);
    return it;
}

/* ---------------------------------------------------------------------- */
/* The type                                                               */
/* ---------------------------------------------------------------------- */

static const KrMethodDef range_methods[] = {
    KR_METHOD_O("count", range_count),
    KR_METHOD_O("index", range_index),
    KR_METHOD_NOARGS("__reversed__", range_reversed),
    KR_METHOD_NOARGS("__reduce__", range_reduce),
    KR_METHOD_END
};

static const KrMemberDef range_members[] = {
    { "start", KR_T_OBJECT, offsetof(KrRange, start), KR_READONLY, NULL },
    { "stop", KR_T_OBJECT, offsetof(KrRange, stop), KR_READONLY, NULL },
    { "step", KR_T_OBJECT, offsetof(KrRange, step), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL }
};

static KrNumberMethods range_as_number = {
    .bool_ = range_bool,
};

static KrSequenceMethods range_as_sequence = {
    .length = range_length,
    .item = range_item,
    .contains = range_contains,
};

static KrMappingMethods range_as_mapping = {
    .length = range_length,
    .subscript = range_subscript,
};

KrType kr_range_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "range",
    .basicsize = sizeof(KrRange),
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .getattro = kr_object_generic_getattr,
    .iter = range_iter,
    .as_number = &range_as_number,
    .as_sequence = &range_as_sequence,
    .as_mapping = &range_as_mapping,
    .new_ = range_new_impl,
    .methods = range_methods,
    .members = range_members,
    .doc = "range(stop) -> range object\n"
           "range(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
};
