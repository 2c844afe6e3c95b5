/*
 * itertools.c -- the iterator building blocks of the itertools module.
 *
 * The C module is registered as "_itertools"; lib/itertools.py imports
 * every type from it (keeping its pure-Python definitions only as a
 * fallback), so `itertools.count` is this module's type, named
 * "itertools.count" as in CPython.
 *
 * Each iterator is a small GC object holding its source iterator(s) and
 * state; iternext returns NULL without an exception when exhausted, and
 * drops the source at that point where CPython does (so an exhausted
 * islice/chain stops calling into its input).  Order and number of calls
 * into user code (next() on sources, predicates, key functions) follow
 * CPython's, since programs can observe them.
 *
 * The combinatoric iterators (product, permutations, combinations,
 * combinations_with_replacement) copy their inputs into tuples at
 * construction and step an index vector in lexicographic order, building
 * one fresh result tuple per step.
 *
 * tee shares one singly linked chain of TeeLink cells between all copies:
 * a cell is filled from the source the first time any copy reaches it, and
 * is freed when the last copy moves past it.  Cells are freed iteratively
 * (not recursively) so a long unread chain cannot overflow the C stack.
 */
#include "krait.h"

/* ---------------------------------------------------------------------- */
/* shared helpers                                                         */
/* ---------------------------------------------------------------------- */

static KrObject *self_iter(KrObject *o)
{
    return kr_newref(o);
}

static void generic_dealloc_fields(KrObject *o, KrObject **fields, int n)
{
    kr_gc_untrack(o);
    for (int i = 0; i < n; i++)
        KR_CLEAR(fields[i]);
    kr_object_free(o);
}

static int generic_traverse_fields(KrObject **fields, int n, kr_visitproc visit, void *arg)
{
    for (int i = 0; i < n; i++) {
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r)
                return r;
        }
    }
    return 0;
}

/* Every iterator struct starts with KrObject then NF object pointers, so
 * dealloc/traverse/clear can be shared. */
#define OBJ_FIELDS(type) ((KrObject **)((char *)(o) + sizeof(KrObject)))

#define DEFINE_GC(prefix, type, nf)                                               \
    static void prefix##_dealloc(KrObject *o)                                     \
    {                                                                             \
        generic_dealloc_fields(o, OBJ_FIELDS(type), nf);                          \
    }                                                                             \
    static int prefix##_traverse(KrObject *o, kr_visitproc visit, void *arg)      \
    {                                                                             \
        return generic_traverse_fields(OBJ_FIELDS(type), nf, visit, arg);         \
    }                                                                             \
    static int prefix##_clear(KrObject *o)                                        \
    {                                                                             \
        KrObject **f = OBJ_FIELDS(type);                                          \
        for (int i = 0; i < nf; i++)                                              \
            KR_CLEAR(f[i]);                                                       \
        return 0;                                                                 \
    }

#define ITER_TYPE(var, tname, type, prefix, newf, nextf, ...)                     \
    static KrType var = {                                                         \
        .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),                                \
        .name = tname,                                                            \
        .basicsize = sizeof(type),                                                \
        .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,                        \
        .dealloc = prefix##_dealloc,                                              \
        .getattro = kr_object_generic_getattr,                                    \
        .iter = self_iter,                                                        \
        .iternext = nextf,                                                        \
        .traverse = prefix##_traverse,                                            \
        .clear = prefix##_clear,                                                  \
        .new_ = newf,                                                             \
        __VA_ARGS__                                                               \
    }

static KrObject *alloc_iter(KrType *type)
{
    return kr_type_generic_alloc(type, 0);
}

static KrObject *finish_new(KrObject *o)
{
    if (!kr_gc_is_tracked(o))
        kr_gc_track(o);
    return o;
}

/* Only exact itertools types refuse keywords; subclasses may take them. */
static int no_kwargs(KrType *type, KrType *base, const char *name, KrObject *kwnames)
{
    if (type == base)
        return kr_check_no_kwargs(name, kwnames);
    return 0;
}

static int is_number(KrObject *o)
{
    KrNumberMethods *nm = KR_TYPE(o)->as_number;
    if (nm && (nm->index || nm->int_ || nm->float_))
        return 1;
    return kr_type_is_subtype(KR_TYPE(o), &kr_complex_type);
}

/* ---------------------------------------------------------------------- */
/* count                                                                  */
/* ---------------------------------------------------------------------- */

typedef struct {
    KrObject ob;
    KrObject *cnt;
    KrObject *step;
} Count;

static KrType count_type;
DEFINE_GC(count, Count, 2)

static KrObject *count_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    static const char *const names[] = {"start", "step", NULL};
    KrObject *out[2] = {NULL, NULL};
    if (kr_parse_args("count", args, nargs, kwnames, names, 0, 0, out) < 0)
        return NULL;
    KrObject *start = out[0] ? out[0] : kr_int_small(0);
    KrObject *step = out[1] ? out[1] : kr_int_small(1);
    if (out[0])
        kr_incref(start);
    if (out[1])
        kr_incref(step);
    if (!is_number(start) || !is_number(step)) {
        kr_decref(start);
        kr_decref(step);
        kr_err_set_string(&kr_exc_TypeError, "a number is required");
        return NULL;
    }
    Count *c = (Count *)alloc_iter(type);
    if (c == NULL) {
        kr_decref(start);
        kr_decref(step);
        return NULL;
    }
    c->cnt = start;
    c->step = step;
    return finish_new((KrObject *)c);
}

static KrObject *count_next(KrObject *o)
{
    Count *c = (Count *)o;
    KrObject *nx = kr_number_binop(c->cnt, c->step, KR_NB_ADD);
    if (nx == NULL)
        return NULL;
    KrObject *r = c->cnt;
    c->cnt = nx;
    return r;
}

static int is_int_one(KrObject *o)
{
    return KR_INT_CHECK_EXACT(o) && kr_int_is_small(o) && kr_int_small_value(o) == 1;
}

static KrObject *count_repr(KrObject *o)
{
    Count *c = (Count *)o;
    const char *name = kr_type_name(KR_TYPE(o));
    if (is_int_one(c->step))
        return kr_str_from_format("%s(%R)", name, c->cnt);
    return kr_str_from_format("%s(%R, %R)", name, c->cnt, c->step);
}

static KrObject *count_reduce(KrObject *o)
{
    Count *c = (Count *)o;
    KrObject *args = is_int_one(c->step) ? kr_tuple_pack(1, c->cnt)
                                         : kr_tuple_pack(2, c->cnt, c->step);
    if (args == NULL)
        return NULL;
    KrObject *r = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    kr_decref(args);
    return r;
}

static const KrMethodDef count_methods[] = {
    KR_METHOD_NOARGS("__reduce__", count_reduce),
    KR_METHOD_END,
};

ITER_TYPE(count_type, "itertools.count", Count, count, count_new, count_next,
          .repr = count_repr, .methods = count_methods,
          .doc = "Return a count object whose .__next__() method returns consecutive values.");

/* ---------------------------------------------------------------------- */
/* repeat                                                                 */
/* ---------------------------------------------------------------------- */

typedef struct {
    KrObject ob;
    KrObject *element;
    Kr_ssize_t cnt;             /* -1: forever */
} Repeat;

static KrType repeat_type;
DEFINE_GC(repeat, Repeat, 1)

static KrObject *repeat_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                            KrObject *kwnames)
{
    static const char *const names[] = {"object", "times", NULL};
    KrObject *out[2] = {NULL, NULL};
    if (kr_parse_args("repeat", args, nargs, kwnames, names, 0, 1, out) < 0)
        return NULL;
    Kr_ssize_t cnt = -1;
    if (out[1] != NULL) {
        cnt = kr_number_as_ssize(out[1], &kr_exc_OverflowError);
        if (cnt == -1 && kr_err_occurred())
            return NULL;
        if (cnt < 0)
            cnt = 0;
    }
    Repeat *r = (Repeat *)alloc_iter(type);
    if (r == NULL)
        return NULL;
    r->element = kr_newref(out[0]);
    r->cnt = cnt;
    return finish_new((KrObject *)r);
}

static KrObject *repeat_next(KrObject *o)
{
    Repeat *r = (Repeat *)o;
    if (r->cnt == 0)
        return NULL;
    if (r->cnt > 0)
        r->cnt--;
    return kr_newref(r->element);
}

static KrObject *repeat_repr(KrObject *o)
{
    Repeat *r = (Repeat *)o;
    const char *name = kr_type_name(KR_TYPE(o));
    if (r->cnt < 0)
        return kr_str_from_format("%s(%R)", name, r->element);
    return kr_str_from_format("%s(%R, %zd)", name, r->element, r->cnt);
}

static KrObject *repeat_length_hint(KrObject *o)
{
    Repeat *r = (Repeat *)o;
    if (r->cnt < 0) {
        kr_err_set_string(&kr_exc_TypeError, "len() of unsized object");
        return NULL;
    }
    return kr_int_from_ssize(r->cnt);
}

static const KrMethodDef repeat_methods[] = {
    KR_METHOD_NOARGS("__length_hint__", repeat_length_hint),
    KR_METHOD_END,
};

ITER_TYPE(repeat_type, "itertools.repeat", Repeat, repeat, repeat_new, repeat_next,
          .repr = repeat_repr, .methods = repeat_methods,
          .doc = "repeat(object [,times]) -> create an iterator which returns the object\n"
                 "for the specified number of times.  If not specified, returns the object\n"
                 "endlessly.");

/* ---------------------------------------------------------------------- */
/* cycle                                                                  */
/* ---------------------------------------------------------------------- */

typedef struct {
    KrObject ob;
    KrObject *it;
    KrObject *saved;            /* list */
    Kr_ssize_t index;
    int firstpass;
} Cycle;

static KrType cycle_type;
DEFINE_GC(cycle, Cycle, 2)

static KrObject *cycle_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    if (no_kwargs(type, &cycle_type, "cycle", kwnames) < 0 ||
        kr_check_nargs("cycle", nargs, 1, 1) < 0)
        return NULL;
    KrObject *it = kr_object_get_iter(args[0]);
    if (it == NULL)
        return NULL;
    KrObject *saved = kr_list_new(0);
    Cycle *c = saved ? (Cycle *)alloc_iter(type) : NULL;
    if (c == NULL) {
        kr_decref(it);
        kr_xdecref(saved);
        return NULL;
    }
    c->it = it;
    c->saved = saved;
    c->firstpass = 1;
    return finish_new((KrObject *)c);
}

static KrObject *cycle_next(KrObject *o)
{
    Cycle *c = (Cycle *)o;
    if (c->it != NULL) {
        KrObject *x = kr_iter_next(c->it);
        if (x != NULL) {
            if (c->firstpass && kr_list_append(c->saved, x) < 0) {
                kr_decref(x);
                return NULL;
            }
            return x;
        }
        if (kr_err_occurred())
            return NULL;
        KR_CLEAR(c->it);
    }
    Kr_ssize_t n = KR_SIZE(c->saved);
    if (n == 0)
        return NULL;
    KrObject *x = KR_LIST_GET(c->saved, c->index);
    c->index = (c->index + 1) % n;
    return kr_newref(x);
}

ITER_TYPE(cycle_type, "itertools.cycle", Cycle, cycle, cycle_new, cycle_next,
          .doc = "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");

/* ---------------------------------------------------------------------- */
/* accumulate                                                             */
/* ---------------------------------------------------------------------- */

typedef struct {
    KrObject ob;
    KrObject *it;
    KrObject *func;             /* NULL: + */
    KrObject *total;
    KrObject *initial;
} Accumulate;

static KrType accumulate_type;
DEFINE_GC(accumulate, Accumulate, 4)

static KrObject *accumulate_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    static const char *const names[] = {"iterable", "func", "$initial", NULL};
    KrObject *out[3] = {NULL, NULL, NULL};
    if (kr_parse_args("accumulate", args, nargs, kwnames, names, 0, 1, out) < 0)
        return NULL;
    KrObject *it = kr_object_get_iter(out[0]);
    if (it == NULL)
        return NULL;
    Accumulate *a = (Accumulate *)alloc_iter(type);
    if (a == NULL) {
        kr_decref(it);
        return NULL;
    }
    a->it = it;
    a->func = (out[1] && out[1] != kr_None) ? kr_newref(out[1]) : NULL;
    a->initial = (out[2] && out[2] != kr_None) ? kr_newref(out[2]) : NULL;
    return finish_new((KrObject *)a);
}

static KrObject *accumulate_next(KrObject *o)
{
    Accumulate *a = (Accumulate *)o;
    if (a->initial != NULL) {
        a->total = a->initial;
        a->initial = NULL;
        return kr_newref(a->total);
    }
    if (a->it == NULL)
        return NULL;
    KrObject *x = kr_iter_next(a->it);
    if (x == NULL)
        return NULL;
    if (a->total == NULL) {
        a->total = kr_newref(x);
        return x;
    }
    KrObject *nt = a->func ? kr_call2(a->func, a->total, x)
                           : kr_number_binop(a->total, x, KR_NB_ADD);
    kr_decref(x);
    if (nt == NULL)
        return NULL;
    KR_SETREF(a->total, nt);
    return kr_newref(nt);
}

ITER_TYPE(accumulate_type, "itertools.accumulate", Accumulate, accumulate, accumulate_new,
          accumulate_next,
          .doc = "Return series of accumulated sums (or other binary function results).");

/* ---------------------------------------------------------------------- */
/* chain                                                                  */
/* ---------------------------------------------------------------------- */

typedef struct {
    KrObject ob;
    KrObject *source;           /* iterator over the iterables */
    KrObject *active;           /* current iterator */
} Chain;

static KrType chain_type;
DEFINE_GC(chain, Chain, 2)

static KrObject *chain_make(KrType *type, KrObject *source_iter)
{
    Chain *c = (Chain *)alloc_iter(type);
    if (c == NULL) {
        kr_decref(source_iter);
        return NULL;
    }
    c->source = source_iter;
    return finish_new((KrObject *)c);
}

static KrObject *chain_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    if (no_kwargs(type, &chain_type, "chain", kwnames) < 0)
        return NULL;
    KrObject *t = kr_tuple_new(nargs);
    if (t == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < nargs; i++)
        KR_TUPLE_SET(t, i, kr_newref(args[i]));
    KrObject *src = kr_object_get_iter(t);
    kr_decref(t);
    if (src == NULL)
        return NULL;
    return chain_make(type, src);
}

static KrObject *chain_from_iterable(KrObject *cls, KrObject *arg)
{
    KrObject *src = kr_object_get_iter(arg);
    if (src == NULL)
        return NULL;
    return chain_make((KrType *)cls, src);
}

static KrObject *chain_next(KrObject *o)
{
    Chain *c = (Chain *)o;
    while (c->source != NULL) {
        if (c->active == NULL) {
            KrObject *iterable = kr_iter_next(c->source);
            if (iterable == NULL) {
                if (kr_err_occurred())
                    return NULL;
                KR_CLEAR(c->source);
                return NULL;
            }
            c->active = kr_object_get_iter(iterable);
            kr_decref(iterable);
            if (c->active == NULL)
                return NULL;
        }
        KrObject *x = kr_iter_next(c->active);
        if (x != NULL)
            return x;
        if (kr_err_occurred())
            return NULL;
        KR_CLEAR(c->active);
    }
    return NULL;
}

static KrObject *class_getitem(KrObject *cls, KrObject *arg)
{
    return kr_generic_alias_new(cls, arg);
}

static const KrMethodDef chain_methods[] = {
    { "from_iterable", { .o = chain_from_iterable }, KR_METH_O | KR_METH_CLASS,
      "Alternative chain() constructor taking a single iterable argument that evaluates lazily." },
    { "__class_getitem__", { .o = class_getitem }, KR_METH_O | KR_METH_CLASS, NULL },
    KR_METHOD_END,
};

ITER_TYPE(chain_type, "itertools.chain", Chain, chain, chain_new, chain_next,
          .methods = chain_methods,
          .doc = "Return a chain object whose .__next__() method returns elements from the\n"
                 "first iterable until it is exhausted, then elements from the next\n"
                 "iterable, until all of the iterables are exhausted.");

/* ---------------------------------------------------------------------- */
/* compress, dropwhile, takewhile, filterfalse, starmap, pairwise         */
/* ---------------------------------------------------------------------- */

typedef struct {
    KrObject ob;
    KrObject *a;                /* data / func */
    KrObject *b;                /* selectors / it */
    int flag;
} Pair;

static int pair_args(KrType *type, KrType *base, const char *name, KrObject *const *args,
                     Kr_ssize_t nargs, KrObject *kwnames)
{
    if (no_kwargs(type, base, name, kwnames) < 0)
        return -1;
    return kr_check_nargs(name, nargs, 2, 2);
}

/* func, iter(iterable) */
static KrObject *pair_new_func_it(KrType *type, KrType *base, const char *name,
                                  KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    if (pair_args(type, base, name, args, nargs, kwnames) < 0)
        return NULL;
    KrObject *it = kr_object_get_iter(args[1]);
    if (it == NULL)
        return NULL;
    Pair *p = (Pair *)alloc_iter(type);
    if (p == NULL) {
        kr_decref(it);
        return NULL;
    }
    p->a = kr_newref(args[0]);
    p->b = it;
    return finish_new((KrObject *)p);
}

static KrType compress_type, dropwhile_type, takewhile_type, filterfalse_type, starmap_type,
    pairwise_type;
DEFINE_GC(pair, Pair, 2)

static KrObject *compress_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    static const char *const names[] = {"data", "selectors", NULL};
    KrObject *out[2] = {NULL, NULL};
    if (kr_parse_args("compress", args, nargs, kwnames, names, 0, 2, out) < 0)
        return NULL;
    KrObject *d = kr_object_get_iter(out[0]);
    if (d == NULL)
        return NULL;
    KrObject *s = kr_object_get_iter(out[1]);
    if (s == NULL) {
        kr_decref(d);
        return NULL;
    }
    Pair *p = (Pair *)alloc_iter(type);
    if (p == NULL) {
        kr_decref(d);
        kr_decref(s);
        return NULL;
    }
    p->a = d;
    p->b = s;
    return finish_new((KrObject *)p);
}

static KrObject *compress_next(KrObject *o)
{
    Pair *p = (Pair *)o;
    for (;;) {
        KrObject *d = kr_iter_next(p->a);
        if (d == NULL)
            return NULL;
        KrObject *s = kr_iter_next(p->b);
        if (s == NULL) {
            kr_decref(d);
            return NULL;
        }
        int t = kr_object_is_true(s);
        kr_decref(s);
        if (t > 0)
            return d;
        kr_decref(d);
        if (t < 0)
            return NULL;
    }
}

static KrObject *dropwhile_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                               KrObject *kwnames)
{
    return pair_new_func_it(type, &dropwhile_type, "dropwhile", args, nargs, kwnames);
}

static KrObject *dropwhile_next(KrObject *o)
{
    Pair *p = (Pair *)o;
    for (;;) {
        KrObject *x = kr_iter_next(p->b);
        if (x == NULL || p->flag)
            return x;
        KrObject *r = kr_call1(p->a, x);
        if (r == NULL) {
            kr_decref(x);
            return NULL;
        }
        int t = kr_object_is_true(r);
        kr_decref(r);
        if (t == 0) {
            p->flag = 1;
            return x;
        }
        kr_decref(x);
        if (t < 0)
            return NULL;
    }
}

static KrObject *takewhile_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                               KrObject *kwnames)
{
    return pair_new_func_it(type, &takewhile_type, "takewhile", args, nargs, kwnames);
}

static KrObject *takewhile_next(KrObject *o)
{
    Pair *p = (Pair *)o;
    if (p->flag)
        return NULL;
    KrObject *x = kr_iter_next(p->b);
    if (x == NULL)
        return NULL;
    KrObject *r = kr_call1(p->a, x);
    if (r == NULL) {
        kr_decref(x);
        return NULL;
    }
    int t = kr_object_is_true(r);
    kr_decref(r);
    if (t > 0)
        return x;
    kr_decref(x);
    if (t == 0)
        p->flag = 1;
    return NULL;
}

static KrObject *filterfalse_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                                 KrObject *kwnames)
{
    return pair_new_func_it(type, &filterfalse_type, "filterfalse", args, nargs, kwnames);
}

static KrObject *filterfalse_next(KrObject *o)
{
    Pair *p = (Pair *)o;
    for (;;) {
        KrObject *x = kr_iter_next(p->b);
        if (x == NULL)
            return NULL;
        int t;
        if (p->a == kr_None || p->a == (KrObject *)&kr_bool_type) {
            t = kr_object_is_true(x);
        } else {
            KrObject *r = kr_call1(p->a, x);
            if (r == NULL) {
                kr_decref(x);
                return NULL;
            }
            t = kr_object_is_true(r);
            kr_decref(r);
        }
        if (t == 0)
            return x;
        kr_decref(x);
        if (t < 0)
            return NULL;
    }
}

static KrObject *starmap_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames)
{
    return pair_new_func_it(type, &starmap_type, "starmap", args, nargs, kwnames);
}

static KrObject *starmap_next(KrObject *o)
{
    Pair *p = (Pair *)o;
    KrObject *x = kr_iter_next(p->b);
    if (x == NULL)
        return NULL;
    KrObject *t = KR_TUPLE_CHECK_EXACT(x) ? kr_newref(x) : kr_sequence_tuple(x);
    kr_decref(x);
    if (t == NULL)
        return NULL;
    KrObject *r = kr_call(p->a, ((KrTuple *)t)->items, KR_SIZE(t), NULL);
    kr_decref(t);
    return r;
}

/* pairwise: a = iterator, b = previous item */
static KrObject *pairwise_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    if (no_kwargs(type, &pairwise_type, "pairwise", kwnames) < 0 ||
        kr_check_nargs("pairwise", nargs, 1, 1) < 0)
        return NULL;
    KrObject *it = kr_object_get_iter(args[0]);
    if (it == NULL)
        return NULL;
    Pair *p = (Pair *)alloc_iter(type);
    if (p == NULL) {
        kr_decref(it);
        return NULL;
    }
    p->a = it;
    return finish_new((KrObject *)p);
}

static KrObject *pairwise_next(KrObject *o)
{
    Pair *p = (Pair *)o;
    if (p->a == NULL)
        return NULL;
    if (p->b == NULL) {
        p->b = kr_iter_next(p->a);
        if (p->b == NULL) {
            if (!kr_err_occurred())
                KR_CLEAR(p->a);
            return NULL;
        }
    }
    KrObject *nx = kr_iter_next(p->a);
    if (nx == NULL) {
        if (!kr_err_occurred()) {
            KR_CLEAR(p->a);
            KR_CLEAR(p->b);
        }
        return NULL;
    }
    KrObject *r = kr_tuple_pack(2, p->b, nx);
    KR_SETREF(p->b, nx);
    return r;
}

ITER_TYPE(compress_type, "itertools.compress", Pair, pair, compress_new, compress_next,
          .doc = "Return data elements corresponding to true selector elements.");
ITER_TYPE(dropwhile_type, "itertools.dropwhile", Pair, pair, dropwhile_new, dropwhile_next,
          .doc = "Drop items from the iterable while predicate(item) is true.");
ITER_TYPE(takewhile_type, "itertools.takewhile", Pair, pair, takewhile_new, takewhile_next,
          .doc = "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");
ITER_TYPE(filterfalse_type, "itertools.filterfalse", Pair, pair, filterfalse_new,
          filterfalse_next,
          .doc = "Return those items of iterable for which function(item) is false.");
ITER_TYPE(starmap_type, "itertools.starmap", Pair, pair, starmap_new, starmap_next,
          .doc = "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.");
ITER_TYPE(pairwise_type, "itertools.pairwise", Pair, pair, pairwise_new, pairwise_next,
          .doc = "Return an iterator of overlapping pairs taken from the input iterator.");

/* ---------------------------------------------------------------------- */
/* islice                                                                 */
/* ---------------------------------------------------------------------- */

typedef struct {
    KrObject ob;
    KrObject *it;
    Kr_ssize_t next;
    Kr_ssize_t stop;            /* -1: none */
    Kr_ssize_t step;
    Kr_ssize_t cnt;
} ISlice;

static KrType islice_type;
DEFINE_GC(islice, ISlice, 1)

/* None -> dflt; an int in [0, maxsize] -> value; else ValueError(msg). */
static int islice_arg(KrObject *o, Kr_ssize_t dflt, const char *msg, Kr_ssize_t *out)
{
    if (o == kr_None) {
        *out = dflt;
        return 0;
    }
    Kr_ssize_t v = -1;
    if (kr_index_check(o)) {
        v = kr_number_as_ssize(o, NULL);
        if (v == -1 && kr_err_occurred())
            kr_err_clear();
    }
    if (v < 0) {
        kr_err_set_string(&kr_exc_ValueError, msg);
        return -1;
    }
    *out = v;
    return 0;
}

static const char STOP_MSG[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
static const char IDX_MSG[] =
    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

static KrObject *islice_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                            KrObject *kwnames)
{
    if (no_kwargs(type, &islice_type, "islice", kwnames) < 0 ||
        kr_check_nargs("islice", nargs, 2, 4) < 0)
        return NULL;
    Kr_ssize_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (islice_arg(args[1], -1, STOP_MSG, &stop) < 0)
            return NULL;
    } else {
        if (islice_arg(args[1], 0, IDX_MSG, &start) < 0 ||
            islice_arg(args[2], -1, STOP_MSG, &stop) < 0)
            return NULL;
        if (nargs == 4 && args[3] != kr_None) {
            Kr_ssize_t s = -1;
            if (kr_index_check(args[3])) {
                s = kr_number_as_ssize(args[3], NULL);
                if (s == -1 && kr_err_occurred())
                    kr_err_clear();
            }
            if (s <= 0) {
                kr_err_set_string(&kr_exc_ValueError,
                                  "Step for islice() must be a positive integer or None.");
                return NULL;
            }
            step = s;
        }
    }
    KrObject *it = kr_object_get_iter(args[0]);
    if (it == NULL)
        return NULL;
    ISlice *s = (ISlice *)alloc_iter(type);
    if (s == NULL) {
        kr_decref(it);
        return NULL;
    }
    s->it = it;
    s->next = start;
    s->stop = stop;
    s->step = step;
    return finish_new((KrObject *)s);
}

static KrObject *islice_next(KrObject *o)
{
    ISlice *s = (ISlice *)o;
    if (s->it == NULL)
        return NULL;
    while (s->cnt < s->next) {
        KrObject *x = kr_iter_next(s->it);
        if (x == NULL)
            goto empty;
        kr_decref(x);
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop)
        goto empty;
    KrObject *x = kr_iter_next(s->it);
    if (x == NULL)
        goto empty;
    s->cnt++;
    Kr_ssize_t old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop))
        s->next = s->stop;
    return x;
empty:
    if (!kr_err_occurred())
        KR_CLEAR(s->it);
    return NULL;
}

ITER_TYPE(islice_type, "itertools.islice", ISlice, islice, islice_new, islice_next,
          .doc = "islice(iterable, stop) --> islice object\n"
                 "islice(iterable, start, stop[, step]) --> islice object");

/* ---------------------------------------------------------------------- */
/* zip_longest                                                            */
/* ---------------------------------------------------------------------- */

typedef struct {
    KrObject ob;
    KrObject *iters;            /* list; exhausted entries become None */
    KrObject *fill;
    Kr_ssize_t active;
} ZipLongest;

static KrType ziplongest_type;
DEFINE_GC(ziplongest, ZipLongest, 2)

static KrObject *ziplongest_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    KrObject *fill = kr_None;
    Kr_ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (Kr_ssize_t k = 0; k < nkw; k++) {
        KrObject *name = KR_TUPLE_GET(kwnames, k);
        if (!kr_str_eq_cstr(name, "fillvalue")) {
            kr_err_set_string(&kr_exc_TypeError,
                              "zip_longest() got an unexpected keyword argument");
            return NULL;
        }
        fill = args[nargs + k];
    }
    KrObject *iters = kr_list_new(0);
    if (iters == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        KrObject *it = kr_object_get_iter(args[i]);
        if (it == NULL || kr_list_append(iters, it) < 0) {
            kr_xdecref(it);
            kr_decref(iters);
            return NULL;
        }
        kr_decref(it);
    }
    ZipLongest *z = (ZipLongest *)alloc_iter(type);
    if (z == NULL) {
        kr_decref(iters);
        return NULL;
    }
    z->iters = iters;
    z->fill = kr_newref(fill);
    z->active = nargs;
    return finish_new((KrObject *)z);
}

static KrObject *ziplongest_next(KrObject *o)
{
    ZipLongest *z = (ZipLongest *)o;
    Kr_ssize_t n = KR_SIZE(z->iters);
    if (n == 0 || z->active == 0)
        return NULL;
    KrObject *r = kr_tuple_new(n);
    if (r == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *it = KR_LIST_GET(z->iters, i);
        KrObject *x;
        if (it == kr_None) {
            x = kr_newref(z->fill);
        } else {
            x = kr_iter_next(it);
            if (x == NULL) {
                if (kr_err_occurred()) {
                    kr_decref(r);
                    return NULL;
                }
                if (--z->active == 0) {
                    kr_decref(r);
                    return NULL;
                }
                KR_SETREF(((KrList *)z->iters)->items[i], kr_newref(kr_None));
                x = kr_newref(z->fill);
            }
        }
        KR_TUPLE_SET(r, i, x);
    }
    return r;
}

ITER_TYPE(ziplongest_type, "itertools.zip_longest", ZipLongest, ziplongest, ziplongest_new,
          ziplongest_next,
          .doc = "Return a zip_longest object whose .__next__() method returns a tuple where\n"
                 "the i-th element comes from the i-th iterable argument.");

/* ---------------------------------------------------------------------- */
/* groupby and its _grouper                                               */
/* ---------------------------------------------------------------------- */

typedef struct {
    KrObject ob;
    KrObject *it;
    KrObject *keyfunc;
    KrObject *tgtkey;
    KrObject *currkey;
    KrObject *currvalue;
    KrObject *currgrouper;      /* borrowed identity marker (a _grouper), owned ref */
} GroupBy;

typedef struct {
    KrObject ob;
    KrObject *parent;
    KrObject *tgtkey;
} Grouper;

static KrType groupby_type, grouper_type;
DEFINE_GC(groupby, GroupBy, 6)
DEFINE_GC(grouper, Grouper, 2)

static KrObject *groupby_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames)
{
    static const char *const names[] = {"iterable", "key", NULL};
    KrObject *out[2] = {NULL, NULL};
    if (kr_parse_args("groupby", args, nargs, kwnames, names, 0, 1, out) < 0)
        return NULL;
    KrObject *it = kr_object_get_iter(out[0]);
    if (it == NULL)
        return NULL;
    GroupBy *g = (GroupBy *)alloc_iter(type);
    if (g == NULL) {
        kr_decref(it);
        return NULL;
    }
    g->it = it;
    g->keyfunc = (out[1] && out[1] != kr_None) ? kr_newref(out[1]) : NULL;
    return finish_new((KrObject *)g);
}

/* Advance to the next (value, key).  0 ok, -1 exhausted or error. */
static int groupby_step(GroupBy *g)
{
    KrObject *v = kr_iter_next(g->it);
    if (v == NULL)
        return -1;
    KrObject *k;
    if (g->keyfunc == NULL) {
        k = kr_newref(v);
    } else {
        k = kr_call1(g->keyfunc, v);
        if (k == NULL) {
            kr_decref(v);
            return -1;
        }
    }
    KR_SETREF(g->currvalue, v);
    KR_SETREF(g->currkey, k);
    return 0;
}

static KrObject *groupby_next(KrObject *o)
{
    GroupBy *g = (GroupBy *)o;
    KR_CLEAR(g->currgrouper);
    /* skip to the next key */
    for (;;) {
        if (g->currkey == NULL) {
            if (groupby_step(g) < 0)
                return NULL;
            break;
        }
        if (g->tgtkey == NULL)
            break;
        int eq = kr_object_richcompare_bool(g->tgtkey, g->currkey, KR_EQ);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
        if (groupby_step(g) < 0)
            return NULL;
    }
    KR_SETREF(g->tgtkey, kr_newref(g->currkey));
    Grouper *gr = (Grouper *)kr_object_alloc(&grouper_type, 0);
    if (gr == NULL)
        return NULL;
    gr->parent = kr_newref(o);
    gr->tgtkey = kr_newref(g->tgtkey);
    kr_gc_track((KrObject *)gr);
    g->currgrouper = kr_newref((KrObject *)gr);
    KrObject *r = kr_tuple_pack(2, g->currkey, (KrObject *)gr);
    kr_decref((KrObject *)gr);
    return r;
}

static KrObject *grouper_next(KrObject *o)
{
    Grouper *gr = (Grouper *)o;
    GroupBy *g = (GroupBy *)gr->parent;
    if (g->currgrouper != o)
        return NULL;
    if (g->currvalue == NULL) {
        if (groupby_step(g) < 0)
            return NULL;
    }
    int eq = kr_object_richcompare_bool(gr->tgtkey, g->currkey, KR_EQ);
    if (eq <= 0)
        return NULL;
    KrObject *r = g->currvalue;
    g->currvalue = NULL;
    return r;
}

ITER_TYPE(groupby_type, "itertools.groupby", GroupBy, groupby, groupby_new, groupby_next,
          .doc = "make an iterator that returns consecutive keys and groups from the iterable");

static KrType grouper_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "itertools._grouper",
    .basicsize = sizeof(Grouper),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = grouper_dealloc,
    .getattro = kr_object_generic_getattr,
    .iter = self_iter,
    .iternext = grouper_next,
    .traverse = grouper_traverse,
    .clear = grouper_clear,
};

/* ---------------------------------------------------------------------- */
/* tee                                                                    */
/* ---------------------------------------------------------------------- */

typedef struct TeeLink {
    KrObject ob;
    KrObject *value;            /* NULL until fetched */
    KrObject *next;             /* TeeLink, NULL until fetched */
} TeeLink;

typedef struct {
    KrObject ob;
    KrObject *it;               /* the shared source */
    KrObject *link;             /* TeeLink of the next value to produce */
} Tee;

static KrType teelink_type, tee_type;

static KrObject *teelink_new(void)
{
    TeeLink *l = (TeeLink *)kr_object_alloc(&teelink_type, 0);
    if (l == NULL)
        return NULL;
    kr_gc_track((KrObject *)l);
    return (KrObject *)l;
}

static void teelink_dealloc(KrObject *o)
{
    /* Free the chain iteratively: each successor only we reference dies
     * here instead of in a nested dealloc. */
    KrObject *next;
    do {
        TeeLink *l = (TeeLink *)o;
        kr_gc_untrack(o);
        KR_CLEAR(l->value);
        next = l->next;
        l->next = NULL;
        kr_object_free(o);
        o = NULL;
        if (next != NULL) {
            if (KR_REFCNT(next) > 1) {
                kr_decref(next);
                next = NULL;
            } else {
                o = next;       /* we hold its last reference */
            }
        }
    } while (o != NULL);
}

static int teelink_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    TeeLink *l = (TeeLink *)o;
    if (l->value) {
        int r = visit(l->value, arg);
        if (r)
            return r;
    }
    return l->next ? visit(l->next, arg) : 0;
}

static int teelink_clear(KrObject *o)
{
    TeeLink *l = (TeeLink *)o;
    KR_CLEAR(l->value);
    KR_CLEAR(l->next);
    return 0;
}

static KrType teelink_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "itertools._tee_dataobject",
    .basicsize = sizeof(TeeLink),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = teelink_dealloc,
    .getattro = kr_object_generic_getattr,
    .traverse = teelink_traverse,
    .clear = teelink_clear,
};

DEFINE_GC(tee, Tee, 2)

static KrObject *tee_make(KrObject *it, KrObject *link)
{
    Tee *t = (Tee *)kr_object_alloc(&tee_type, 0);
    if (t == NULL)
        return NULL;
    t->it = kr_newref(it);
    t->link = kr_newref(link);
    kr_gc_track((KrObject *)t);
    return (KrObject *)t;
}

static KrObject *tee_next(KrObject *o)
{
    Tee *t = (Tee *)o;
    TeeLink *l = (TeeLink *)t->link;
    if (l->next == NULL) {
        KrObject *v = kr_iter_next(t->it);
        if (v == NULL)
            return NULL;
        /* a re-entrant next() may have filled the cell meanwhile */
        if (l->next != NULL) {
            kr_decref(v);
        } else {
            KrObject *nl = teelink_new();
            if (nl == NULL) {
                kr_decref(v);
                return NULL;
            }
            l->value = v;
            l->next = nl;
        }
    }
    KrObject *r = kr_newref(l->value);
    KR_SETREF(t->link, kr_newref(l->next));
    return r;
}

static KrObject *tee_copy(KrObject *o)
{
    Tee *t = (Tee *)o;
    return tee_make(t->it, t->link);
}

static KrObject *tee_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    if (kr_check_no_kwargs("_tee", kwnames) < 0 || kr_check_nargs("_tee", nargs, 1, 1) < 0)
        return NULL;
    KrObject *it = kr_object_get_iter(args[0]);
    if (it == NULL)
        return NULL;
    if (KR_TYPE(it) == &tee_type) {
        KrObject *r = tee_copy(it);
        kr_decref(it);
        return r;
    }
    KrObject *link = teelink_new();
    if (link == NULL) {
        kr_decref(it);
        return NULL;
    }
    KrObject *r = tee_make(it, link);
    kr_decref(it);
    kr_decref(link);
    return r;
}

static const KrMethodDef tee_methods[] = {
    KR_METHOD_NOARGS("__copy__", tee_copy),
    KR_METHOD_END,
};

static KrType tee_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "itertools._tee",
    .basicsize = sizeof(Tee),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = tee_dealloc,
    .getattro = kr_object_generic_getattr,
    .iter = self_iter,
    .iternext = tee_next,
    .traverse = tee_traverse,
    .clear = tee_clear,
    .new_ = tee_new,
    .methods = tee_methods,
    .doc = "Iterator wrapped to make it copyable.",
};

static KrObject *itertools_tee(KrObject *module, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("tee", nargs, 1, 2) < 0)
        return NULL;
    Kr_ssize_t n = 2;
    if (nargs == 2) {
        n = kr_number_as_ssize(args[1], &kr_exc_OverflowError);
        if (n == -1 && kr_err_occurred())
            return NULL;
    }
    if (n < 0) {
        kr_err_set_string(&kr_exc_ValueError, "n must be >= 0");
        return NULL;
    }
    KrObject *result = kr_tuple_new(n);
    if (result == NULL || n == 0)
        return result;
    KrObject *it = kr_object_get_iter(args[0]);
    if (it == NULL) {
        kr_decref(result);
        return NULL;
    }
    KrObject *first;
    if (KR_TYPE(it) == &tee_type) {
        first = tee_copy(it);
    } else {
        KrObject *link = teelink_new();
        first = link ? tee_make(it, link) : NULL;
        kr_xdecref(link);
    }
    kr_decref(it);
    if (first == NULL) {
        kr_decref(result);
        return NULL;
    }
    KR_TUPLE_SET(result, 0, first);
    for (Kr_ssize_t i = 1; i < n; i++) {
        KrObject *c = tee_copy(first);
        if (c == NULL) {
            kr_decref(result);
            return NULL;
        }
        KR_TUPLE_SET(result, i, c);
    }
    return result;
}

/* ---------------------------------------------------------------------- */
/* combinatorics                                                          */
/* ---------------------------------------------------------------------- */

/* kind: 0 product, 1 permutations, 2 combinations, 3 with replacement */
typedef struct {
    KrObject ob;
    KrObject *pool;             /* tuple (product: tuple of tuples) */
    Kr_ssize_t *indices;
    Kr_ssize_t *cycles;         /* permutations only */
    Kr_ssize_t r;
    int started;
    int stopped;
} Combi;

static KrType product_type, permutations_type, combinations_type, cwr_type;

static void combi_dealloc(KrObject *o)
{
    Combi *c = (Combi *)o;
    kr_gc_untrack(o);
    KR_CLEAR(c->pool);
    kr_mem_free(c->indices);
    kr_mem_free(c->cycles);
    kr_object_free(o);
}

static int combi_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    Combi *c = (Combi *)o;
    return c->pool ? visit(c->pool, arg) : 0;
}

static int combi_clear(KrObject *o)
{
    KR_CLEAR(((Combi *)o)->pool);
    return 0;
}

static Kr_ssize_t *alloc_idx(Kr_ssize_t n)
{
    Kr_ssize_t *p = kr_mem_calloc((size_t)(n > 0 ? n : 1) * sizeof(Kr_ssize_t));
    if (p == NULL)
        kr_err_no_memory();
    return p;
}

static Combi *combi_alloc(KrType *type, KrObject *pool, Kr_ssize_t r)
{
    Combi *c = (Combi *)alloc_iter(type);
    if (c == NULL) {
        kr_decref(pool);
        return NULL;
    }
    c->pool = pool;
    c->r = r;
    c->indices = alloc_idx(r);
    if (c->indices == NULL) {
        kr_decref((KrObject *)c);
        return NULL;
    }
    return c;
}

static int get_r(KrObject *o, Kr_ssize_t *r)
{
    *r = kr_number_as_ssize(o, &kr_exc_OverflowError);
    if (*r == -1 && kr_err_occurred())
        return -1;
    if (*r < 0) {
        kr_err_set_string(&kr_exc_ValueError, "r must be non-negative");
        return -1;
    }
    return 0;
}

/* result tuple pool[indices[i]] for i < r */
static KrObject *combi_result(Combi *c)
{
    KrObject *t = kr_tuple_new(c->r);
    if (t == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < c->r; i++)
        KR_TUPLE_SET(t, i, kr_newref(KR_TUPLE_GET(c->pool, c->indices[i])));
    return t;
}

static KrObject *product_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames)
{
    Kr_ssize_t repeat = 1;
    Kr_ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (Kr_ssize_t k = 0; k < nkw; k++) {
        KrObject *name = KR_TUPLE_GET(kwnames, k);
        if (!kr_str_eq_cstr(name, "repeat")) {
            kr_err_format(&kr_exc_TypeError,
                          "'%U' is an invalid keyword argument for product()", name);
            return NULL;
        }
        repeat = kr_number_as_ssize(args[nargs + k], &kr_exc_OverflowError);
        if (repeat == -1 && kr_err_occurred())
            return NULL;
        if (repeat < 0) {
            kr_err_set_string(&kr_exc_ValueError, "repeat argument cannot be negative");
            return NULL;
        }
    }
    Kr_ssize_t npools = nargs * repeat;
    if (repeat && npools / repeat != nargs) {
        kr_err_set_string(&kr_exc_OverflowError, "repeat argument too large");
        return NULL;
    }
    KrObject *pools = kr_tuple_new(npools);
    if (pools == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        KrObject *t = kr_sequence_tuple(args[i]);
        if (t == NULL) {
            kr_decref(pools);
            return NULL;
        }
        for (Kr_ssize_t j = 0; j < repeat; j++)
            KR_TUPLE_SET(pools, i + j * nargs, kr_newref(t));
        kr_decref(t);
    }
    Combi *c = combi_alloc(type, pools, npools);
    if (c == NULL)
        return NULL;
    return finish_new((KrObject *)c);
}

static KrObject *product_next(KrObject *o)
{
    Combi *c = (Combi *)o;
    if (c->stopped)
        return NULL;
    Kr_ssize_t n = c->r;
    if (!c->started) {
        c->started = 1;
        for (Kr_ssize_t i = 0; i < n; i++) {
            if (KR_SIZE(KR_TUPLE_GET(c->pool, i)) == 0) {
                c->stopped = 1;
                return NULL;
            }
        }
    } else {
        Kr_ssize_t i = n - 1;
        for (; i >= 0; i--) {
            KrObject *p = KR_TUPLE_GET(c->pool, i);
            if (++c->indices[i] < KR_SIZE(p))
                break;
            c->indices[i] = 0;
        }
        if (i < 0) {
            c->stopped = 1;
            return NULL;
        }
    }
    KrObject *t = kr_tuple_new(n);
    if (t == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET(t, i, kr_newref(KR_TUPLE_GET(KR_TUPLE_GET(c->pool, i), c->indices[i])));
    return t;
}

static KrObject *permutations_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                                  KrObject *kwnames)
{
    static const char *const names[] = {"iterable", "r", NULL};
    KrObject *out[2] = {NULL, NULL};
    if (kr_parse_args("permutations", args, nargs, kwnames, names, 0, 1, out) < 0)
        return NULL;
    KrObject *pool = kr_sequence_tuple(out[0]);
    if (pool == NULL)
        return NULL;
    Kr_ssize_t n = KR_SIZE(pool), r = n;
    if (out[1] != NULL && out[1] != kr_None) {
        if (!KR_INT_CHECK(out[1])) {
            kr_decref(pool);
            kr_err_set_string(&kr_exc_TypeError, "Expected int as r");
            return NULL;
        }
        if (get_r(out[1], &r) < 0) {
            kr_decref(pool);
            return NULL;
        }
    }
    Combi *c = combi_alloc(type, pool, r);
    if (c == NULL)
        return NULL;
    kr_mem_free(c->indices);
    c->indices = alloc_idx(n);
    c->cycles = alloc_idx(r);
    if (c->indices == NULL || c->cycles == NULL) {
        kr_decref((KrObject *)c);
        return NULL;
    }
    for (Kr_ssize_t i = 0; i < n; i++)
        c->indices[i] = i;
    for (Kr_ssize_t i = 0; i < r; i++)
        c->cycles[i] = n - i;
    if (r > n)
        c->stopped = 1;
    return finish_new((KrObject *)c);
}

static KrObject *permutations_next(KrObject *o)
{
    Combi *c = (Combi *)o;
    if (c->stopped)
        return NULL;
    Kr_ssize_t n = KR_SIZE(c->pool), r = c->r;
    if (c->started) {
        if (n == 0)
            goto stop;
        Kr_ssize_t i = r - 1;
        for (; i >= 0; i--) {
            if (--c->cycles[i] == 0) {
                /* rotate indices[i:] left by one */
                Kr_ssize_t first = c->indices[i];
                for (Kr_ssize_t j = i; j < n - 1; j++)
                    c->indices[j] = c->indices[j + 1];
                c->indices[n - 1] = first;
                c->cycles[i] = n - i;
            } else {
                Kr_ssize_t j = c->cycles[i];
                Kr_ssize_t tmp = c->indices[i];
                c->indices[i] = c->indices[n - j];
                c->indices[n - j] = tmp;
                break;
            }
        }
        if (i < 0)
            goto stop;
    }
    c->started = 1;
    return combi_result(c);
stop:
    c->stopped = 1;
    return NULL;
}

static KrObject *comb_new_common(KrType *type, const char *name, KrObject *const *args,
                                 Kr_ssize_t nargs, KrObject *kwnames, int replace)
{
    static const char *const names[] = {"iterable", "r", NULL};
    KrObject *out[2] = {NULL, NULL};
    if (kr_parse_args(name, args, nargs, kwnames, names, 0, 2, out) < 0)
        return NULL;
    KrObject *pool = kr_sequence_tuple(out[0]);
    if (pool == NULL)
        return NULL;
    Kr_ssize_t r;
    if (get_r(out[1], &r) < 0) {
        kr_decref(pool);
        return NULL;
    }
    Kr_ssize_t n = KR_SIZE(pool);
    Combi *c = combi_alloc(type, pool, r);
    if (c == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < r; i++)
        c->indices[i] = replace ? 0 : i;
    if (replace ? (n == 0 && r > 0) : (r > n))
        c->stopped = 1;
    return finish_new((KrObject *)c);
}

static KrObject *combinations_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                                  KrObject *kwnames)
{
    return comb_new_common(type, "combinations", args, nargs, kwnames, 0);
}

static KrObject *cwr_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    return comb_new_common(type, "combinations_with_replacement", args, nargs, kwnames, 1);
}

static KrObject *combinations_next(KrObject *o)
{
    Combi *c = (Combi *)o;
    if (c->stopped)
        return NULL;
    Kr_ssize_t n = KR_SIZE(c->pool), r = c->r;
    if (c->started) {
        Kr_ssize_t i = r - 1;
        while (i >= 0 && c->indices[i] == i + n - r)
            i--;
        if (i < 0) {
            c->stopped = 1;
            return NULL;
        }
        c->indices[i]++;
        for (Kr_ssize_t j = i + 1; j < r; j++)
            c->indices[j] = c->indices[j - 1] + 1;
    }
    c->started = 1;
    return combi_result(c);
}

static KrObject *cwr_next(KrObject *o)
{
    Combi *c = (Combi *)o;
    if (c->stopped)
        return NULL;
    Kr_ssize_t n = KR_SIZE(c->pool), r = c->r;
    if (c->started) {
        Kr_ssize_t i = r - 1;
        while (i >= 0 && c->indices[i] == n - 1)
            i--;
        if (i < 0) {
            c->stopped = 1;
            return NULL;
        }
        Kr_ssize_t v = c->indices[i] + 1;
        for (Kr_ssize_t j = i; j < r; j++)
            c->indices[j] = v;
    }
    c->started = 1;
    return combi_result(c);
}

ITER_TYPE(product_type, "itertools.product", Combi, combi, product_new, product_next,
          .doc = "Cartesian product of input iterables.  Equivalent to nested for-loops.");
ITER_TYPE(permutations_type, "itertools.permutations", Combi, combi, permutations_new,
          permutations_next,
          .doc = "Return successive r-length permutations of elements in the iterable.");
ITER_TYPE(combinations_type, "itertools.combinations", Combi, combi, combinations_new,
          combinations_next,
          .doc = "Return successive r-length combinations of elements in the iterable.");
ITER_TYPE(cwr_type, "itertools.combinations_with_replacement", Combi, combi, cwr_new,
          cwr_next,
          .doc = "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.");

/* ---------------------------------------------------------------------- */
/* module                                                                 */
/* ---------------------------------------------------------------------- */

static const KrMethodDef itertools_functions[] = {
    { "tee", { .fast = itertools_tee }, KR_METH_FAST,
      "Returns a tuple of n independent iterators." },
    KR_METHOD_END,
};

KrObject *kr_itertools_init(void)
{
    KrType *types[] = {
        &count_type, &repeat_type, &cycle_type, &accumulate_type, &chain_type,
        &compress_type, &dropwhile_type, &takewhile_type, &filterfalse_type,
        &starmap_type, &pairwise_type, &islice_type, &ziplongest_type, &groupby_type,
        &product_type, &permutations_type, &combinations_type, &cwr_type,
    };
    if (kr_type_ready(&grouper_type) < 0 || kr_type_ready(&teelink_type) < 0 ||
        kr_type_ready(&tee_type) < 0)
        return NULL;
    KrObject *m = kr_module_new("_itertools");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, itertools_functions) < 0 ||
        kr_module_add_object(m, "_tee", (KrObject *)&tee_type) < 0 ||
        kr_module_add_object(m, "_grouper", (KrObject *)&grouper_type) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        if (kr_module_add_type(m, types[i]) < 0)
            goto fail;
    return m;
fail:
    kr_decref(m);
    return NULL;
}
