/*
 * tuple.c -- the tuple type and its iterator.
 *
 * A tuple is a KrVarObject followed by its item pointers, allocated in one
 * block (KrTuple.items is the flexible tail).  Tuples are immutable once
 * they escape the code that built them: kr_tuple_new(n) hands out n NULL
 * slots to be filled with KR_TUPLE_SET, and every function here tolerates
 * NULL slots (traverse, dealloc, repr of a half-built tuple cannot happen,
 * but the GC can see one).
 *
 * Invariants and policies:
 *   - The empty tuple is one statically allocated object; kr_tuple_new(0)
 *     and every operation that produces an empty exact tuple return it.  It
 *     carries a (zeroed, i.e. untracked) GC header in front of it like every
 *     GC object, so kr_gc_is_tracked() and friends may look at it.
 *   - Exact tuples of 1..KR_TUPLE_MAXSAVESIZE items are recycled through
 *     per-size free lists (the first item slot links the list).  Memory
 *     there came from kr_object_alloc with the same size, so handing it out
 *     again is indistinguishable from a fresh allocation.
 *   - Tuples are GC-tracked from birth (they may be filled with anything).
 *   - Deallocation of long chains (((...),),) goes through the trashcan so
 *     it does not recurse once per nesting level.
 *   - hash() is CPython 3.11's xxHash-derived mix, bit for bit, so that
 *     hash((1, 2)) and every container keyed by tuples agree with python3.11.
 */
#include "krait.h"

#define KR_TUPLE_MAXSAVESIZE 20
#define KR_TUPLE_MAXFREELIST 2000

/* Free lists by size.  Per-interpreter state would be cleaner; the runtime
 * has one interpreter and a GIL, and the lists hold only dead memory. */
static KrTuple *free_list[KR_TUPLE_MAXSAVESIZE + 1];
static int numfree[KR_TUPLE_MAXSAVESIZE + 1];

/* The empty tuple, with room for a GC header in front of it. */
static struct {
    KrGCHead gc;
    KrTuple tuple;
} empty_block = {
    { NULL, NULL, 0 },
    { KR_STATIC_VARHEAD(&kr_tuple_type, 0), { NULL } },
};
#define EMPTY ((KrObject *)&empty_block.tuple)

/* item == x for containers: answers in C for identity and for two exact
 * small ints or two exact strs (where == cannot run Python code), else
 * the full protocol.  -1 on error. */
static inline int items_equal(KrObject *item, KrObject *x)
{
    if (item == x)
        return 1;
    KrType *t = KR_TYPE(item);
    if (t == KR_TYPE(x)) {
        if (t == &kr_int_type && kr_int_is_small(item) && kr_int_is_small(x))
            return kr_int_small_value(item) == kr_int_small_value(x);
        if (t == &kr_str_type)
            return kr_str_eq(item, x);
    }
    return kr_object_richcompare_bool(item, x, KR_EQ);
}

static KrObject *tuple_alloc(Kr_ssize_t n)
{
    if (n < 0)
        return kr_err_bad_internal_call("kr_tuple_new");
    if (n == 0)
        return kr_newref(EMPTY);
    KrObject *o;
    if (n <= KR_TUPLE_MAXSAVESIZE && free_list[n] != NULL) {
        KrTuple *t = free_list[n];
        free_list[n] = (KrTuple *)t->items[0];
        numfree[n]--;
        o = (KrObject *)t;
        o->refcnt = 1;
        KR_REFTOTAL_INC();
        o->type = &kr_tuple_type;
        KR_SIZE(o) = n;
        memset(t->items, 0, sizeof(KrObject *) * (size_t)n);
    } else {
        if ((size_t)n > ((size_t)KR_SSIZE_T_MAX - sizeof(KrTuple)) / sizeof(KrObject *))
            return kr_err_no_memory();
        o = kr_object_alloc(&kr_tuple_type, n);
        if (o == NULL)
            return NULL;
    }
    return o;
}

KrObject *kr_tuple_new(Kr_ssize_t n)
{
    KrObject *o = tuple_alloc(n);
    if (o != NULL && n > 0)
        kr_gc_track(o);
    return o;
}

KrObject *kr_tuple_pack(Kr_ssize_t n, ...)
{
    KrObject *t = kr_tuple_new(n);
    if (t == NULL)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *o = va_arg(ap, KrObject *);
        KR_TUPLE_SET(t, i, kr_newref(o));
    }
    va_end(ap);
    return t;
}

KrObject *kr_tuple_from_array(KrObject *const *items, Kr_ssize_t n)
{
    KrObject *t = kr_tuple_new(n);
    if (t == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET(t, i, kr_newref(items[i]));
    return t;
}

/* Steals the references in items[0..n). */
KrObject *kr_tuple_from_array_steal(KrObject *const *items, Kr_ssize_t n)
{
    KrObject *t = kr_tuple_new(n);
    if (t == NULL) {
        for (Kr_ssize_t i = 0; i < n; i++)
            kr_decref(items[i]);
        return NULL;
    }
    for (Kr_ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET(t, i, items[i]);
    return t;
}

KrObject *kr_tuple_slice(KrObject *t, Kr_ssize_t lo, Kr_ssize_t hi)
{
    Kr_ssize_t n = KR_SIZE(t);
    if (lo < 0)
        lo = 0;
    if (hi > n)
        hi = n;
    if (hi < lo)
        hi = lo;
    if (lo == 0 && hi == n && KR_TUPLE_CHECK_EXACT(t))
        return kr_newref(t);
    return kr_tuple_from_array(KR_TUPLE_ITEMS(t) + lo, hi - lo);
}

/* ---------------------------------------------------------------------- */
/* Lifetime                                                               */
/* ---------------------------------------------------------------------- */

static void tuple_dealloc(KrObject *o)
{
    Kr_ssize_t n = KR_SIZE(o);
    if (o == EMPTY)
        return;                     /* immortal; never reached in practice */
    kr_gc_untrack(o);
    /* Subclass deallocs would be re-run from the top by the trashcan. */
    int exact = KR_TUPLE_CHECK_EXACT(o);
    if (exact && kr_trashcan_begin(o))
        return;
    KrObject **items = KR_TUPLE_ITEMS(o);
    for (Kr_ssize_t i = n; --i >= 0;)
        kr_xdecref(items[i]);
    if (n <= KR_TUPLE_MAXSAVESIZE && exact && numfree[n] < KR_TUPLE_MAXFREELIST) {
        items[0] = (KrObject *)free_list[n];
        free_list[n] = (KrTuple *)o;
        numfree[n]++;
    } else {
        kr_object_free(o);
    }
    if (exact)
        kr_trashcan_end();
}

static int tuple_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    for (Kr_ssize_t i = KR_SIZE(o); --i >= 0;) {
        KrObject *x = KR_TUPLE_GET(o, i);
        if (x != NULL) {
            int r = visit(x, arg);
            if (r)
                return r;
        }
    }
    return 0;
}

/* Called by the cycle collector on tracked tuples: a tuple whose items can
 * never be part of a cycle (no GC items, or only untracked tuples) stops
 * being tracked, as CPython does during a collection.  Half-built tuples
 * (NULL items) are left alone. */
void kr_tuple_maybe_untrack(KrObject *t)
{
    if (!KR_TUPLE_CHECK_EXACT(t) || !kr_gc_is_tracked(t))
        return;
    for (Kr_ssize_t i = 0; i < KR_SIZE(t); i++) {
        KrObject *x = KR_TUPLE_GET(t, i);
        if (x == NULL)
            return;
        if (KR_IS_GC(x) && (!KR_TUPLE_CHECK_EXACT(x) || kr_gc_is_tracked(x)))
            return;
    }
    kr_gc_untrack(t);
}

/* Releases the free lists (runtime shutdown). */
void kr_tuple_fini(void)
{
    for (int n = 1; n <= KR_TUPLE_MAXSAVESIZE; n++) {
        while (free_list[n] != NULL) {
            KrTuple *t = free_list[n];
            free_list[n] = (KrTuple *)t->items[0];
            kr_object_free((KrObject *)t);
        }
        numfree[n] = 0;
    }
}

/* ---------------------------------------------------------------------- */
/* repr, hash, compare                                                    */
/* ---------------------------------------------------------------------- */

static KrObject *tuple_repr(KrObject *o)
{
    Kr_ssize_t n = KR_SIZE(o);
    if (n == 0)
        return kr_str_from_cstr("()");
    int r = kr_repr_enter(o);
    if (r != 0)
        return r > 0 ? kr_str_from_cstr("(...)") : NULL;
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_putc(&b, '(');
    for (Kr_ssize_t i = 0; i < KR_SIZE(o); i++) {
        if (i > 0)
            kr_buf_puts(&b, ", ");
        if (kr_buf_append_repr(&b, KR_TUPLE_GET(o, i)) < 0) {
            kr_buf_free(&b);
            kr_repr_leave(o);
            return NULL;
        }
    }
    if (n == 1)
        kr_buf_putc(&b, ',');
    kr_buf_putc(&b, ')');
    kr_repr_leave(o);
    return kr_buf_finish(&b);
}

#define XXPRIME_1 ((Kr_uhash_t)11400714785074694791ULL)
#define XXPRIME_2 ((Kr_uhash_t)14029467366897019727ULL)
#define XXPRIME_5 ((Kr_uhash_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static Kr_hash_t tuple_hash(KrObject *o)
{
    Kr_ssize_t n = KR_SIZE(o);
    Kr_uhash_t acc = XXPRIME_5;
    if (kr_c_stack_low()) {
        kr_err_format(&kr_exc_RecursionError,
                      "maximum recursion depth exceeded while hashing a tuple");
        return -1;
    }
    for (Kr_ssize_t i = 0; i < n; i++) {
        Kr_hash_t h = kr_object_hash(KR_TUPLE_GET(o, i));
        if (h == -1)
            return -1;
        acc += (Kr_uhash_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    /* The length is folded in with a constant that keeps hash(()) at its
     * historical value. */
    acc += (Kr_uhash_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (Kr_uhash_t)-1)
        return 1546275796;
    return (Kr_hash_t)acc;
}

/* Lexicographic: the first index where the items differ decides, else the
 * lengths do. */
static KrObject *tuple_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_TUPLE_CHECK(a) || !KR_TUPLE_CHECK(b))
        KR_RETURN_NOTIMPLEMENTED;
    Kr_ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    Kr_ssize_t i;
    for (i = 0; i < na && i < nb; i++) {
        int k = items_equal(KR_TUPLE_GET(a, i), KR_TUPLE_GET(b, i));
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= na || i >= nb) {
        int c;
        switch (op) {
        case KR_LT: c = na < nb; break;
        case KR_LE: c = na <= nb; break;
        case KR_EQ: c = na == nb; break;
        case KR_NE: c = na != nb; break;
        case KR_GT: c = na > nb; break;
        default: c = na >= nb; break;
        }
        return kr_bool_from(c);
    }
    if (op == KR_EQ)
        KR_RETURN_FALSE;
    if (op == KR_NE)
        KR_RETURN_TRUE;
    return kr_object_richcompare(KR_TUPLE_GET(a, i), KR_TUPLE_GET(b, i), op);
}

/* ---------------------------------------------------------------------- */
/* Sequence protocol                                                      */
/* ---------------------------------------------------------------------- */

static Kr_ssize_t tuple_length(KrObject *o) { return KR_SIZE(o); }

static KrObject *tuple_item(KrObject *o, Kr_ssize_t i)
{
    if (i < 0 || i >= KR_SIZE(o))
        return kr_err_format(&kr_exc_IndexError, "tuple index out of range");
    return kr_newref(KR_TUPLE_GET(o, i));
}

static int tuple_contains(KrObject *o, KrObject *x)
{
    for (Kr_ssize_t i = 0; i < KR_SIZE(o); i++) {
        int k = items_equal(KR_TUPLE_GET(o, i), x);
        if (k != 0)
            return k;
    }
    return 0;
}

static KrObject *tuple_concat(KrObject *a, KrObject *b)
{
    if (!KR_TUPLE_CHECK(b))
        return kr_err_format(&kr_exc_TypeError,
                             "can only concatenate tuple (not \"%s\") to tuple",
                             kr_type_name(KR_TYPE(b)));
    if (KR_SIZE(b) == 0 && KR_TUPLE_CHECK_EXACT(a))
        return kr_newref(a);
    if (KR_SIZE(a) == 0 && KR_TUPLE_CHECK_EXACT(b))
        return kr_newref(b);
    Kr_ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    if (na > KR_SSIZE_T_MAX / (Kr_ssize_t)sizeof(KrObject *) - nb)
        return kr_err_no_memory();
    KrObject *r = kr_tuple_new(na + nb);
    if (r == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < na; i++)
        KR_TUPLE_SET(r, i, kr_newref(KR_TUPLE_GET(a, i)));
    for (Kr_ssize_t i = 0; i < nb; i++)
        KR_TUPLE_SET(r, na + i, kr_newref(KR_TUPLE_GET(b, i)));
    return r;
}

static KrObject *tuple_repeat(KrObject *a, Kr_ssize_t n)
{
    Kr_ssize_t len = KR_SIZE(a);
    if (n == 1 && KR_TUPLE_CHECK_EXACT(a))
        return kr_newref(a);
    if (n <= 0 || len == 0)
        return kr_tuple_new(0);
    if (n > KR_SSIZE_T_MAX / (Kr_ssize_t)sizeof(KrObject *) / len)
        return kr_err_no_memory();
    KrObject *r = kr_tuple_new(len * n);
    if (r == NULL)
        return NULL;
    KrObject **dst = KR_TUPLE_ITEMS(r);
    KrObject **src = KR_TUPLE_ITEMS(a);
    for (Kr_ssize_t j = 0; j < len; j++)
        KR_REFCNT(src[j]) += n;
    for (Kr_ssize_t i = 0; i < n; i++)
        memcpy(dst + i * len, src, sizeof(KrObject *) * (size_t)len);
    return r;
}

/* An integer subscript as a C index ("cannot fit 'int' into an
 * index-sized integer" past the ssize range); -1 with an error set, else 0. */
static int index_arg(KrObject *key, Kr_ssize_t *out)
{
    Kr_ssize_t i = kr_number_as_ssize(key, &kr_exc_IndexError);
    if (i == -1 && kr_err_occurred())
        return -1;
    *out = i;
    return 0;
}

static KrObject *tuple_subscript(KrObject *o, KrObject *key)
{
    if (KR_INT_CHECK_EXACT(key) && kr_int_is_small(key)) {
        int64_t v = kr_int_small_value(key);
        Kr_ssize_t i = (Kr_ssize_t)(v < 0 ? v + KR_SIZE(o) : v);
        return tuple_item(o, i);
    }
    if (kr_index_check(key)) {
        Kr_ssize_t i;
        if (index_arg(key, &i) < 0)
            return NULL;
        if (i < 0)
            i += KR_SIZE(o);
        return tuple_item(o, i);
    }
    if (KR_SLICE_CHECK(key)) {
        Kr_ssize_t start, stop, step;
        if (kr_slice_unpack(key, &start, &stop, &step) < 0)
            return NULL;
        Kr_ssize_t len = kr_slice_adjust(KR_SIZE(o), &start, &stop, step);
        if (len <= 0)
            return kr_tuple_new(0);
        if (step == 1)
            return kr_tuple_slice(o, start, stop);
        KrObject *r = kr_tuple_new(len);
        if (r == NULL)
            return NULL;
        for (Kr_ssize_t i = 0, cur = start; i < len; i++, cur += step)
            KR_TUPLE_SET(r, i, kr_newref(KR_TUPLE_GET(o, cur)));
        return r;
    }
    return kr_err_format(&kr_exc_TypeError, "tuple indices must be integers or slices, not %s",
                         kr_type_name(KR_TYPE(key)));
}

/* ---------------------------------------------------------------------- */
/* Methods                                                                */
/* ---------------------------------------------------------------------- */

static KrObject *tuple_count(KrObject *self, KrObject *x)
{
    Kr_ssize_t c = 0;
    for (Kr_ssize_t i = 0; i < KR_SIZE(self); i++) {
        int k = items_equal(KR_TUPLE_GET(self, i), x);
        if (k < 0)
            return NULL;
        c += k;
    }
    return kr_int_from_ssize(c);
}

/* Parses the optional start/stop of index() the way CPython's slice-index
 * converter does (clamping to the ssize range). */
static int index_bounds(const char *fname, KrObject *const *args, Kr_ssize_t nargs,
                        Kr_ssize_t *start, Kr_ssize_t *stop)
{
    if (kr_check_nargs(fname, nargs, 1, 3) < 0)
        return -1;
    *start = 0;
    *stop = KR_SSIZE_T_MAX;
    for (int k = 1; k < nargs; k++) {
        KrObject *v = args[k];
        if (!kr_index_check(v)) {
            kr_err_format(&kr_exc_TypeError,
                          "slice indices must be integers or have an __index__ method");
            return -1;
        }
        Kr_ssize_t x = kr_number_as_ssize(v, NULL);
        if (x == -1 && kr_err_occurred())
            return -1;
        if (k == 1)
            *start = x;
        else
            *stop = x;
    }
    return 0;
}

static KrObject *tuple_index(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t start, stop;
    if (index_bounds("index", args, nargs, &start, &stop) < 0)
        return NULL;
    Kr_ssize_t n = KR_SIZE(self);
    if (start < 0) {
        start += n;
        if (start < 0)
            start = 0;
    }
    if (stop < 0)
        stop += n;
    else if (stop > n)
        stop = n;
    for (Kr_ssize_t i = start; i < stop; i++) {
        int k = items_equal(KR_TUPLE_GET(self, i), args[0]);
        if (k < 0)
            return NULL;
        if (k)
            return kr_int_from_ssize(i);
    }
    return kr_err_format(&kr_exc_ValueError, "tuple.index(x): x not in tuple");
}

static KrObject *tuple_getnewargs(KrObject *self)
{
    KrObject *copy = kr_tuple_from_array(KR_TUPLE_ITEMS(self), KR_SIZE(self));
    if (copy == NULL)
        return NULL;
    KrObject *r = kr_tuple_pack(1, copy);
    kr_decref(copy);
    return r;
}

static KrObject *tuple_sizeof(KrObject *self)
{
    return kr_int_from_ssize(kr_type_reported_basicsize(KR_TYPE(self))
                             + KR_SIZE(self) * (Kr_ssize_t)sizeof(KrObject *));
}

/* ---------------------------------------------------------------------- */
/* Construction: tuple(iterable)                                          */
/* ---------------------------------------------------------------------- */

static KrObject *tuple_new_impl(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    /* Keywords are refused unless a subclass brought its own __init__. */
    if (kwnames != NULL && KR_SIZE(kwnames) > 0
        && (type == &kr_tuple_type || type->init == kr_tuple_type.init))
        return kr_err_format(&kr_exc_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1)
        return kr_err_format(&kr_exc_TypeError, "tuple expected at most 1 argument, got %zd",
                             nargs);
    KrObject *tmp;
    if (nargs == 0)
        tmp = kr_tuple_new(0);
    else if (KR_TUPLE_CHECK_EXACT(args[0]))
        tmp = kr_newref(args[0]);
    else
        tmp = kr_sequence_tuple(args[0]);
    if (tmp == NULL || type == &kr_tuple_type)
        return tmp;
    /* A subclass: copy the items into an instance of it. */
    Kr_ssize_t n = KR_SIZE(tmp);
    KrObject *r = KR_TYPE_HAS_FLAG(type, KR_TPFLAGS_HEAPTYPE)
                      ? kr_type_generic_alloc(type, n) : kr_object_alloc(type, n);
    if (r == NULL) {
        kr_decref(tmp);
        return NULL;
    }
    for (Kr_ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET(r, i, kr_newref(KR_TUPLE_GET(tmp, i)));
    kr_decref(tmp);
    if (KR_IS_GC(r))
        kr_gc_track(r);
    return r;
}

/* ---------------------------------------------------------------------- */
/* tuple_iterator                                                         */
/* ---------------------------------------------------------------------- */

typedef struct {
    KrObject ob;
    Kr_ssize_t index;
    KrObject *seq;                  /* NULL once exhausted */
} TupleIter;

static void tupleiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((TupleIter *)o)->seq);
    kr_object_free(o);
}

static int tupleiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrObject *s = ((TupleIter *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static KrObject *tupleiter_next(KrObject *o)
{
    TupleIter *it = (TupleIter *)o;
    KrObject *s = it->seq;
    if (s == NULL)
        return NULL;
    if (it->index < KR_SIZE(s))
        return kr_newref(KR_TUPLE_GET(s, it->index++));
    it->seq = NULL;
    kr_decref(s);
    return NULL;
}

static KrObject *tupleiter_length_hint(KrObject *o)
{
    TupleIter *it = (TupleIter *)o;
    Kr_ssize_t n = it->seq ? KR_SIZE(it->seq) - it->index : 0;
    return kr_int_from_ssize(n < 0 ? 0 : n);
}

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

static KrObject *tupleiter_reduce(KrObject *o)
{
    TupleIter *it = (TupleIter *)o;
    if (it->seq == NULL)
        return reduce_value(get_builtin("iter"), kr_tuple_pack(1, EMPTY), NULL);
    KrObject *idx = kr_int_from_ssize(it->index);
    KrObject *r = reduce_value(get_builtin("iter"), kr_tuple_pack(1, it->seq), idx);
    KR_XDECREF(idx);
    return r;
}

static KrObject *tupleiter_setstate(KrObject *o, KrObject *state)
{
    TupleIter *it = (TupleIter *)o;
    Kr_ssize_t i;
    if (state_index(state, &i) < 0)
        return NULL;
    if (it->seq != NULL) {
        if (i < 0)
            i = 0;
        else if (i > KR_SIZE(it->seq))
            i = KR_SIZE(it->seq);
        it->index = i;
    }
    KR_RETURN_NONE;
}

static const KrMethodDef tupleiter_methods[] = {
    KR_METHOD_NOARGS("__length_hint__", tupleiter_length_hint),
    KR_METHOD_NOARGS("__reduce__", tupleiter_reduce),
    KR_METHOD_O("__setstate__", tupleiter_setstate),
    KR_METHOD_END
};

KrType kr_tuple_iter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIter),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = tupleiter_dealloc,
    .traverse = tupleiter_traverse,
    .iter = self_iter,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};

static KrObject *tuple_iter(KrObject *o)
{
    if (!KR_TYPE_HAS_FLAG(&kr_tuple_iter_type, KR_TPFLAGS_READY)
        && kr_type_ready(&kr_tuple_iter_type) < 0)
        return NULL;
    TupleIter *it = (TupleIter *)kr_object_alloc(&kr_tuple_iter_type, 0);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = kr_newref(o);
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

/* ---------------------------------------------------------------------- */
/* The type                                                               */
/* ---------------------------------------------------------------------- */

static const KrMethodDef tuple_methods[] = {
    KR_METHOD_O("count", tuple_count),
    KR_METHOD_FAST("index", tuple_index),
    KR_METHOD_NOARGS("__getnewargs__", tuple_getnewargs),
    KR_METHOD_NOARGS("__sizeof__", tuple_sizeof),
    KR_CLASS_GETITEM_METHOD,
    KR_METHOD_END
};

static KrSequenceMethods tuple_as_sequence = {
    .length = tuple_length,
    .concat = tuple_concat,
    .repeat = tuple_repeat,
    .item = tuple_item,
    .contains = tuple_contains,
};

static KrMappingMethods tuple_as_mapping = {
    .length = tuple_length,
    .subscript = tuple_subscript,
};

KrType kr_tuple_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "tuple",
    .basicsize = sizeof(KrTuple) - sizeof(KrObject *),
    .itemsize = sizeof(KrObject *),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_TUPLE_SUBCLASS,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .getattro = kr_object_generic_getattr,
    .iter = tuple_iter,
    .as_sequence = &tuple_as_sequence,
    .as_mapping = &tuple_as_mapping,
    .traverse = tuple_traverse,
    .new_ = tuple_new_impl,
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.\n\n"
           "If no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
};
