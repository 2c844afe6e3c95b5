/*
 * iterobject.c -- the generic iterator types and the builtin iterator
 * classes enumerate, zip, map, filter and reversed.
 *
 *   iterator           iter(obj) for objects that only have __getitem__:
 *                      calls obj[0], obj[1], ... until IndexError or
 *                      StopIteration (kr_seqiter_new).
 *   callable_iterator  iter(callable, sentinel): calls until the result
 *                      equals the sentinel (compared sentinel == result, in
 *                      that order, as CPython does) or StopIteration.
 *   enumerate, zip, map, filter, reversed: the builtins of those names,
 *                      each a subclassable type whose constructor takes the
 *                      CPython 3.11 arguments and raises its messages.
 *
 * Every iterator here drops its references as soon as it is exhausted, so
 * an exhausted iterator never calls its source again (a later next()
 * returns NULL at once), and the objects it held can be freed early.
 *
 * enumerate counts in a C Kr_ssize_t and switches to an int object only
 * when the count reaches KR_SSIZE_T_MAX (or starts beyond it), so a big
 * start costs nothing in the common case.  enumerate and zip reuse their
 * result tuple when the caller has already dropped it (refcount 1), the
 * trick that makes `for i, x in enumerate(...)` allocation-free in CPython.
 *
 * __reduce__/__setstate__ follow CPython's (pickling and copy of
 * iterators): the sequence iterators reduce to iter(seq) plus the
 * position, enumerate/zip/map/filter/reversed to their constructor call.
 */
#include "krait.h"

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

/* The argument tuple ((),) of an exhausted iterator's reduce value. */
static KrObject *args_of_empty_tuple(void)
{
    KrObject *e = kr_tuple_new(0);
    KrObject *r = kr_tuple_pack(1, e);
    kr_decref(e);
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


/* Instances of the exact type or of a Python subclass. */
static KrObject *alloc_obj(KrType *type, KrType *base)
{
    if (!KR_TYPE_HAS_FLAG(base, KR_TPFLAGS_READY) && kr_type_ready(base) < 0)
        return NULL;
    if (type == base)
        return kr_object_alloc(type, 0);
    return kr_type_generic_alloc(type, 0);
}

/* A tuple that has just been handed out and dropped by its consumer can be
 * refilled in place: returns 1 if `t` is reusable. */
static int tuple_reusable(KrObject *t)
{
    return t != NULL && KR_REFCNT(t) == 1;
}

/* Clears a StopIteration left by an iternext; 0 if the iterator simply
 * ended, -1 if a real error is pending. */
static int end_of_iteration(void)
{
    if (!kr_err_occurred())
        return 0;
    if (kr_err_matches_type(&kr_exc_StopIteration)) {
        kr_err_clear();
        return 0;
    }
    return -1;
}

static int has_len(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    return (t->as_sequence && t->as_sequence->length)
        || (t->as_mapping && t->as_mapping->length);
}

/* ====================================================================== */
/* iterator (sequence iterator)                                           */
/* ====================================================================== */

typedef struct {
    KrObject ob;
    Kr_ssize_t index;
    KrObject *seq;                  /* NULL when exhausted */
} SeqIter;

static void seqiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((SeqIter *)o)->seq);
    kr_object_free(o);
}

static int seqiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrObject *s = ((SeqIter *)o)->seq;
    return s ? visit(s, arg) : 0;
}

/* seq[i] for i >= 0 through the sequence slot (the __getitem__ wrapper of
 * a Python class) or the mapping one. */
static KrObject *seq_getitem(KrObject *seq, Kr_ssize_t i)
{
    KrType *t = KR_TYPE(seq);
    if (t->as_sequence && t->as_sequence->item)
        return t->as_sequence->item(seq, i);
    KrObject *key = kr_int_from_ssize(i);
    if (key == NULL)
        return NULL;
    KrObject *r = kr_object_getitem(seq, key);
    kr_decref(key);
    return r;
}

static KrObject *seqiter_next(KrObject *o)
{
    SeqIter *it = (SeqIter *)o;
    KrObject *seq = it->seq;
    if (seq == NULL)
        return NULL;
    if (it->index == KR_SSIZE_T_MAX)
        return kr_err_format(&kr_exc_OverflowError, "iter index too large");
    KrObject *r = seq_getitem(seq, it->index);
    if (r != NULL) {
        it->index++;
        return r;
    }
    if (kr_err_matches_type(&kr_exc_IndexError) || kr_err_matches_type(&kr_exc_StopIteration)) {
        kr_err_clear();
        it->seq = NULL;
        kr_decref(seq);
    }
    return NULL;
}

static KrObject *seqiter_length_hint(KrObject *o)
{
    SeqIter *it = (SeqIter *)o;
    if (it->seq != NULL) {
        if (!has_len(it->seq))
            KR_RETURN_NOTIMPLEMENTED;
        Kr_ssize_t n = kr_object_length(it->seq);
        if (n < 0)
            return NULL;
        if (n - it->index >= 0)
            return kr_int_from_ssize(n - it->index);
    }
    return kr_int_small(0);
}

static KrObject *seqiter_reduce(KrObject *o)
{
    SeqIter *it = (SeqIter *)o;
    if (it->seq == NULL)
        return reduce_value(get_builtin("iter"), args_of_empty_tuple(), NULL);
    KrObject *idx = kr_int_from_ssize(it->index);
    KrObject *r = reduce_value(get_builtin("iter"), kr_tuple_pack(1, it->seq), idx);
    KR_XDECREF(idx);
    return r;
}

static KrObject *seqiter_setstate(KrObject *o, KrObject *state)
{
    SeqIter *it = (SeqIter *)o;
    Kr_ssize_t i;
    if (state_index(state, &i) < 0)
        return NULL;
    if (it->seq != NULL)
        it->index = i < 0 ? 0 : i;
    KR_RETURN_NONE;
}

static const KrMethodDef seqiter_methods[] = {
    KR_METHOD_NOARGS("__reduce__", seqiter_reduce),
    KR_METHOD_O("__setstate__", seqiter_setstate),
    KR_METHOD_NOARGS("__length_hint__", seqiter_length_hint),
    KR_METHOD_END
};

KrType kr_seqiter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "iterator",
    .basicsize = sizeof(SeqIter),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = seqiter_dealloc,
    .getattro = kr_object_generic_getattr,
    .traverse = seqiter_traverse,
    .iter = self_iter,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
};

KrObject *kr_seqiter_new(KrObject *seq)
{
    SeqIter *it = (SeqIter *)alloc_obj(&kr_seqiter_type, &kr_seqiter_type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = kr_newref(seq);
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

/* ====================================================================== */
/* callable_iterator                                                      */
/* ====================================================================== */

typedef struct {
    KrObject ob;
    KrObject *callable;             /* both NULL when exhausted */
    KrObject *sentinel;
} CallIter;

static void calliter_dealloc(KrObject *o)
{
    CallIter *it = (CallIter *)o;
    kr_gc_untrack(o);
    KR_XDECREF(it->callable);
    KR_XDECREF(it->sentinel);
    kr_object_free(o);
}

static int calliter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    CallIter *it = (CallIter *)o;
    int r;
    if (it->callable && (r = visit(it->callable, arg)))
        return r;
    if (it->sentinel && (r = visit(it->sentinel, arg)))
        return r;
    return 0;
}

static KrObject *calliter_next(KrObject *o)
{
    CallIter *it = (CallIter *)o;
    if (it->callable == NULL)
        return NULL;
    KrObject *r = kr_call0(it->callable);
    if (r != NULL) {
        int eq = kr_object_richcompare_bool(it->sentinel, r, KR_EQ);
        if (eq == 0)
            return r;
        kr_decref(r);
        if (eq > 0) {
            KR_CLEAR(it->callable);
            KR_CLEAR(it->sentinel);
        }
    } else if (kr_err_matches_type(&kr_exc_StopIteration)) {
        kr_err_clear();
        KR_CLEAR(it->callable);
        KR_CLEAR(it->sentinel);
    }
    return NULL;
}

static KrObject *calliter_reduce(KrObject *o)
{
    CallIter *it = (CallIter *)o;
    if (it->callable == NULL || it->sentinel == NULL)
        return reduce_value(get_builtin("iter"), args_of_empty_tuple(), NULL);
    return reduce_value(get_builtin("iter"), kr_tuple_pack(2, it->callable, it->sentinel), NULL);
}

static const KrMethodDef calliter_methods[] = {
    KR_METHOD_NOARGS("__reduce__", calliter_reduce),
    KR_METHOD_END
};

KrType kr_calliter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "callable_iterator",
    .basicsize = sizeof(CallIter),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = calliter_dealloc,
    .getattro = kr_object_generic_getattr,
    .traverse = calliter_traverse,
    .iter = self_iter,
    .iternext = calliter_next,
    .methods = calliter_methods,
};

KrObject *kr_calliter_new(KrObject *callable, KrObject *sentinel)
{
    CallIter *it = (CallIter *)alloc_obj(&kr_calliter_type, &kr_calliter_type);
    if (it == NULL)
        return NULL;
    it->callable = kr_newref(callable);
    it->sentinel = kr_newref(sentinel);
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

/* ====================================================================== */
/* enumerate                                                              */
/* ====================================================================== */

typedef struct {
    KrObject ob;
    Kr_ssize_t index;               /* KR_SSIZE_T_MAX: use longindex */
    KrObject *it;
    KrObject *result;               /* cached (index, value) pair */
    KrObject *longindex;            /* int or NULL */
} Enumerate;

static KrObject *enum_make(KrType *type, KrObject *iterable, KrObject *start)
{
    Kr_ssize_t index = 0;
    KrObject *longindex = NULL;
    if (start != NULL) {
        KrObject *s = kr_number_index(start);
        if (s == NULL)
            return NULL;
        int ov = 0;
        int64_t v = kr_int_as_i64(s, &ov);
        if (!ov && v < KR_SSIZE_T_MAX && v >= KR_SSIZE_T_MIN) {
            index = (Kr_ssize_t)v;
            kr_decref(s);
        } else {
            index = KR_SSIZE_T_MAX;
            longindex = s;
        }
    }
    KrObject *it = kr_object_get_iter(iterable);
    if (it == NULL) {
        KR_XDECREF(longindex);
        return NULL;
    }
    Enumerate *en = (Enumerate *)alloc_obj(type, &kr_enumerate_type);
    if (en == NULL) {
        kr_decref(it);
        KR_XDECREF(longindex);
        return NULL;
    }
    en->index = index;
    en->it = it;
    en->longindex = longindex;
    en->result = kr_tuple_pack(2, kr_None, kr_None);
    if (en->result == NULL) {
        KR_DECREF(en);
        return NULL;
    }
    if (!kr_gc_is_tracked((KrObject *)en))
        kr_gc_track((KrObject *)en);
    return (KrObject *)en;
}

/* 1 if kwnames[i] is `name`, else TypeError and 0. */
static int check_keyword(KrObject *kwnames, Kr_ssize_t i, const char *name)
{
    KrObject *kw = KR_TUPLE_GET(kwnames, i);
    if (kr_str_eq_cstr(kw, name))
        return 1;
    kr_err_format(&kr_exc_TypeError, "'%U' is an invalid keyword argument for enumerate()",
                  kw);
    return 0;
}

static KrObject *enum_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames)
{
    Kr_ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    if (nargs + nkw == 2) {
        if (nkw == 1 && !check_keyword(kwnames, 0, "start"))
            return NULL;
        if (nkw == 2) {
            if (kr_str_eq_cstr(KR_TUPLE_GET(kwnames, 0), "start")) {
                if (!check_keyword(kwnames, 1, "iterable"))
                    return NULL;
                return enum_make(type, args[1], args[0]);
            }
            if (!check_keyword(kwnames, 0, "iterable") || !check_keyword(kwnames, 1, "start"))
                return NULL;
        }
        return enum_make(type, args[0], args[1]);
    }
    if (nargs + nkw == 1) {
        if (nkw == 1 && !check_keyword(kwnames, 0, "iterable"))
            return NULL;
        return enum_make(type, args[0], NULL);
    }
    if (nargs == 0 && nkw == 0)
        return kr_err_format(&kr_exc_TypeError,
                             "enumerate() missing required argument 'iterable'");
    return kr_err_format(&kr_exc_TypeError, "enumerate() takes at most 2 arguments (%zd given)",
                         nargs + nkw);
}

static void enum_dealloc(KrObject *o)
{
    Enumerate *en = (Enumerate *)o;
    kr_gc_untrack(o);
    KR_XDECREF(en->it);
    KR_XDECREF(en->result);
    KR_XDECREF(en->longindex);
    kr_object_free(o);
}

static int enum_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    Enumerate *en = (Enumerate *)o;
    int r;
    if (en->it && (r = visit(en->it, arg)))
        return r;
    if (en->result && (r = visit(en->result, arg)))
        return r;
    if (en->longindex && (r = visit(en->longindex, arg)))
        return r;
    return 0;
}

/* Pairs index (stolen) with item (stolen), reusing the cached tuple. */
static KrObject *pair(KrObject **cache, KrObject *index, KrObject *item)
{
    KrObject *r = *cache;
    if (tuple_reusable(r)) {
        kr_incref(r);
        KrObject *old0 = KR_TUPLE_GET(r, 0), *old1 = KR_TUPLE_GET(r, 1);
        KR_TUPLE_SET(r, 0, index);
        KR_TUPLE_SET(r, 1, item);
        kr_decref(old0);
        kr_decref(old1);
        /* The collector may have untracked it while it held atomics. */
        if (!kr_gc_is_tracked(r))
            kr_gc_track(r);
        return r;
    }
    r = kr_tuple_new(2);
    if (r == NULL) {
        kr_decref(index);
        kr_decref(item);
        return NULL;
    }
    KR_TUPLE_SET(r, 0, index);
    KR_TUPLE_SET(r, 1, item);
    return r;
}

static KrObject *enum_next(KrObject *o)
{
    Enumerate *en = (Enumerate *)o;
    KrObject *item = KR_TYPE(en->it)->iternext(en->it);
    if (item == NULL)
        return NULL;
    KrObject *index;
    if (en->index == KR_SSIZE_T_MAX) {
        if (en->longindex == NULL) {
            en->longindex = kr_int_from_ssize(KR_SSIZE_T_MAX);
            if (en->longindex == NULL) {
                kr_decref(item);
                return NULL;
            }
        }
        index = kr_newref(en->longindex);
        KrObject *one = kr_int_small(1);
        KrObject *next = kr_int_add(en->longindex, one);
        kr_decref(one);
        if (next == NULL) {
            kr_decref(index);
            kr_decref(item);
            return NULL;
        }
        KR_SETREF(en->longindex, next);
    } else {
        index = kr_int_from_ssize(en->index);
        if (index == NULL) {
            kr_decref(item);
            return NULL;
        }
        en->index++;
    }
    return pair(&en->result, index, item);
}

static KrObject *enum_reduce(KrObject *o)
{
    Enumerate *en = (Enumerate *)o;
    KrObject *idx = en->longindex ? kr_newref(en->longindex) : kr_int_from_ssize(en->index);
    if (idx == NULL)
        return NULL;
    KrObject *args = kr_tuple_pack(2, en->it, idx);
    kr_decref(idx);
    return reduce_value(kr_newref((KrObject *)KR_TYPE(o)), args, NULL);
}

static const KrMethodDef enum_methods[] = {
    KR_METHOD_NOARGS("__reduce__", enum_reduce),
    KR_CLASS_GETITEM_METHOD,
    KR_METHOD_END
};

KrType kr_enumerate_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "enumerate",
    .basicsize = sizeof(Enumerate),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = enum_dealloc,
    .getattro = kr_object_generic_getattr,
    .traverse = enum_traverse,
    .iter = self_iter,
    .iternext = enum_next,
    .new_ = enum_new,
    .methods = enum_methods,
    .doc = "Return an enumerate object.\n\n"
           "  iterable\n    an object supporting iteration\n\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.\n\n"
           "enumerate is useful for obtaining an indexed list:\n"
           "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
};

/* ====================================================================== */
/* zip                                                                    */
/* ====================================================================== */

typedef struct {
    KrObject ob;
    Kr_ssize_t n;
    KrObject *iters;                /* tuple of iterators */
    KrObject *result;               /* cached result tuple */
    int strict;
} Zip;

static KrObject *zip_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    int strict = 0;
    Kr_ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (Kr_ssize_t k = 0; k < nkw; k++) {
        KrObject *kw = KR_TUPLE_GET(kwnames, k);
        if (!kr_str_eq_cstr(kw, "strict"))
            return kr_err_format(&kr_exc_TypeError,
                                 "'%U' is an invalid keyword argument for zip()", kw);
        int t = kr_object_is_true(args[nargs + k]);
        if (t < 0)
            return NULL;
        strict = t;
    }
    KrObject *iters = kr_tuple_new(nargs);
    if (iters == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        KrObject *it = kr_object_get_iter(args[i]);
        if (it == NULL) {
            kr_decref(iters);
            return NULL;
        }
        KR_TUPLE_SET(iters, i, it);
    }
    KrObject *result = kr_tuple_new(nargs);
    if (result == NULL) {
        kr_decref(iters);
        return NULL;
    }
    for (Kr_ssize_t i = 0; i < nargs; i++)
        KR_TUPLE_SET(result, i, kr_newref(kr_None));
    Zip *z = (Zip *)alloc_obj(type, &kr_zip_type);
    if (z == NULL) {
        kr_decref(iters);
        kr_decref(result);
        return NULL;
    }
    z->n = nargs;
    z->iters = iters;
    z->result = result;
    z->strict = strict;
    if (!kr_gc_is_tracked((KrObject *)z))
        kr_gc_track((KrObject *)z);
    return (KrObject *)z;
}

static void zip_dealloc(KrObject *o)
{
    Zip *z = (Zip *)o;
    kr_gc_untrack(o);
    KR_XDECREF(z->iters);
    KR_XDECREF(z->result);
    kr_object_free(o);
}

static int zip_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    Zip *z = (Zip *)o;
    int r;
    if (z->iters && (r = visit(z->iters, arg)))
        return r;
    if (z->result && (r = visit(z->result, arg)))
        return r;
    return 0;
}

/* Iterator i ran out: under strict=True, decide which error (if any). */
static KrObject *zip_strict_end(Zip *z, Kr_ssize_t i)
{
    if (end_of_iteration() < 0)
        return NULL;
    if (i > 0)
        return kr_err_format(&kr_exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                             i + 1, i == 1 ? " " : "s 1-", i);
    for (i = 1; i < z->n; i++) {
        KrObject *it = KR_TUPLE_GET(z->iters, i);
        KrObject *item = KR_TYPE(it)->iternext(it);
        if (item != NULL) {
            kr_decref(item);
            return kr_err_format(&kr_exc_ValueError,
                                 "zip() argument %zd is longer than argument%s%zd",
                                 i + 1, i == 1 ? " " : "s 1-", i);
        }
        if (end_of_iteration() < 0)
            return NULL;
    }
    return NULL;
}

static KrObject *zip_next(KrObject *o)
{
    Zip *z = (Zip *)o;
    Kr_ssize_t n = z->n;
    if (n == 0)
        return NULL;
    KrObject *r = z->result;
    if (tuple_reusable(r)) {
        kr_incref(r);
        for (Kr_ssize_t i = 0; i < n; i++) {
            KrObject *it = KR_TUPLE_GET(z->iters, i);
            KrObject *item = KR_TYPE(it)->iternext(it);
            if (item == NULL) {
                kr_decref(r);
                return z->strict ? zip_strict_end(z, i) : NULL;
            }
            KrObject *old = KR_TUPLE_GET(r, i);
            KR_TUPLE_SET(r, i, item);
            kr_decref(old);
        }
        if (!kr_gc_is_tracked(r))
            kr_gc_track(r);
        return r;
    }
    r = kr_tuple_new(n);
    if (r == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *it = KR_TUPLE_GET(z->iters, i);
        KrObject *item = KR_TYPE(it)->iternext(it);
        if (item == NULL) {
            kr_decref(r);
            return z->strict ? zip_strict_end(z, i) : NULL;
        }
        KR_TUPLE_SET(r, i, item);
    }
    return r;
}

static KrObject *zip_reduce(KrObject *o)
{
    Zip *z = (Zip *)o;
    return reduce_value(kr_newref((KrObject *)KR_TYPE(o)), kr_newref(z->iters),
                        z->strict ? kr_True : NULL);
}

static KrObject *zip_setstate(KrObject *o, KrObject *state)
{
    int strict = kr_object_is_true(state);
    if (strict < 0)
        return NULL;
    ((Zip *)o)->strict = strict;
    KR_RETURN_NONE;
}

static const KrMethodDef zip_methods[] = {
    KR_METHOD_NOARGS("__reduce__", zip_reduce),
    KR_METHOD_O("__setstate__", zip_setstate),
    KR_METHOD_END
};

KrType kr_zip_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "zip",
    .basicsize = sizeof(Zip),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = zip_dealloc,
    .getattro = kr_object_generic_getattr,
    .traverse = zip_traverse,
    .iter = self_iter,
    .iternext = zip_next,
    .new_ = zip_new,
    .methods = zip_methods,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
           "   >>> list(zip('abcdefg', range(3), range(4)))\n"
           "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
           "The zip object yields n-length tuples, where n is the number of iterables\n"
           "passed as positional arguments to zip().  The i-th element in every tuple\n"
           "comes from the i-th iterable argument to zip().  This continues until the\n"
           "shortest argument is exhausted.\n\n"
           "If strict is true and one of the arguments is exhausted before the others,\n"
           "raise a ValueError.",
};

/* ====================================================================== */
/* map                                                                    */
/* ====================================================================== */

typedef struct {
    KrObject ob;
    KrObject *iters;                /* tuple */
    KrObject *func;
} Map;

static KrObject *map_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    if (type == &kr_map_type && kwnames != NULL && KR_SIZE(kwnames) > 0)
        return kr_err_format(&kr_exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2)
        return kr_err_format(&kr_exc_TypeError, "map() must have at least two arguments.");
    KrObject *iters = kr_tuple_new(nargs - 1);
    if (iters == NULL)
        return NULL;
    for (Kr_ssize_t i = 1; i < nargs; i++) {
        KrObject *it = kr_object_get_iter(args[i]);
        if (it == NULL) {
            kr_decref(iters);
            return NULL;
        }
        KR_TUPLE_SET(iters, i - 1, it);
    }
    Map *m = (Map *)alloc_obj(type, &kr_map_type);
    if (m == NULL) {
        kr_decref(iters);
        return NULL;
    }
    m->iters = iters;
    m->func = kr_newref(args[0]);
    if (!kr_gc_is_tracked((KrObject *)m))
        kr_gc_track((KrObject *)m);
    return (KrObject *)m;
}

static void map_dealloc(KrObject *o)
{
    Map *m = (Map *)o;
    kr_gc_untrack(o);
    KR_XDECREF(m->iters);
    KR_XDECREF(m->func);
    kr_object_free(o);
}

static int map_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    Map *m = (Map *)o;
    int r;
    if (m->iters && (r = visit(m->iters, arg)))
        return r;
    if (m->func && (r = visit(m->func, arg)))
        return r;
    return 0;
}

static KrObject *map_next(KrObject *o)
{
    Map *m = (Map *)o;
    Kr_ssize_t n = KR_SIZE(m->iters);
    KrObject *small[8];
    KrObject **argv = small;
    if (n > 8) {
        argv = kr_mem_alloc(sizeof(KrObject *) * (size_t)n);
        if (argv == NULL)
            return kr_err_no_memory();
    }
    Kr_ssize_t got = 0;
    KrObject *result = NULL;
    for (; got < n; got++) {
        KrObject *it = KR_TUPLE_GET(m->iters, got);
        KrObject *v = KR_TYPE(it)->iternext(it);
        if (v == NULL)
            goto done;
        argv[got] = v;
    }
    result = kr_call(m->func, argv, n, NULL);
done:
    for (Kr_ssize_t i = 0; i < got; i++)
        kr_decref(argv[i]);
    if (argv != small)
        kr_mem_free(argv);
    return result;
}

static KrObject *map_reduce(KrObject *o)
{
    Map *m = (Map *)o;
    Kr_ssize_t n = KR_SIZE(m->iters);
    KrObject *args = kr_tuple_new(n + 1);
    if (args == NULL)
        return NULL;
    KR_TUPLE_SET(args, 0, kr_newref(m->func));
    for (Kr_ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET(args, i + 1, kr_newref(KR_TUPLE_GET(m->iters, i)));
    return reduce_value(kr_newref((KrObject *)KR_TYPE(o)), args, NULL);
}

static const KrMethodDef map_methods[] = {
    KR_METHOD_NOARGS("__reduce__", map_reduce),
    KR_METHOD_END
};

KrType kr_map_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "map",
    .basicsize = sizeof(Map),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = map_dealloc,
    .getattro = kr_object_generic_getattr,
    .traverse = map_traverse,
    .iter = self_iter,
    .iternext = map_next,
    .new_ = map_new,
    .methods = map_methods,
    .doc = "map(func, *iterables) --> map object\n\n"
           "Make an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.",
};

/* ====================================================================== */
/* filter                                                                 */
/* ====================================================================== */

typedef struct {
    KrObject ob;
    KrObject *func;                 /* None: truth of the item */
    KrObject *it;
} Filter;

static KrObject *filter_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                            KrObject *kwnames)
{
    if (type == &kr_filter_type && kr_check_no_kwargs("filter", kwnames) < 0)
        return NULL;
    if (kr_check_nargs("filter", nargs, 2, 2) < 0)
        return NULL;
    KrObject *it = kr_object_get_iter(args[1]);
    if (it == NULL)
        return NULL;
    Filter *f = (Filter *)alloc_obj(type, &kr_filter_type);
    if (f == NULL) {
        kr_decref(it);
        return NULL;
    }
    f->func = kr_newref(args[0]);
    f->it = it;
    if (!kr_gc_is_tracked((KrObject *)f))
        kr_gc_track((KrObject *)f);
    return (KrObject *)f;
}

static void filter_dealloc(KrObject *o)
{
    Filter *f = (Filter *)o;
    kr_gc_untrack(o);
    KR_XDECREF(f->func);
    KR_XDECREF(f->it);
    kr_object_free(o);
}

static int filter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    Filter *f = (Filter *)o;
    int r;
    if (f->func && (r = visit(f->func, arg)))
        return r;
    if (f->it && (r = visit(f->it, arg)))
        return r;
    return 0;
}

static KrObject *filter_next(KrObject *o)
{
    Filter *f = (Filter *)o;
    kr_unaryfunc next = KR_TYPE(f->it)->iternext;
    int plain = f->func == kr_None || f->func == (KrObject *)&kr_bool_type;
    for (;;) {
        KrObject *item = next(f->it);
        if (item == NULL)
            return NULL;
        int ok;
        if (plain) {
            ok = kr_object_is_true(item);
        } else {
            KrObject *good = kr_call1(f->func, item);
            if (good == NULL) {
                kr_decref(item);
                return NULL;
            }
            ok = kr_object_is_true(good);
            kr_decref(good);
        }
        if (ok > 0)
            return item;
        kr_decref(item);
        if (ok < 0)
            return NULL;
    }
}

static KrObject *filter_reduce(KrObject *o)
{
    Filter *f = (Filter *)o;
    return reduce_value(kr_newref((KrObject *)KR_TYPE(o)), kr_tuple_pack(2, f->func, f->it),
                        NULL);
}

static const KrMethodDef filter_methods[] = {
    KR_METHOD_NOARGS("__reduce__", filter_reduce),
    KR_METHOD_END
};

KrType kr_filter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "filter",
    .basicsize = sizeof(Filter),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = filter_dealloc,
    .getattro = kr_object_generic_getattr,
    .traverse = filter_traverse,
    .iter = self_iter,
    .iternext = filter_next,
    .new_ = filter_new,
    .methods = filter_methods,
    .doc = "filter(function or None, iterable) --> filter object\n\n"
           "Return an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
};

/* ====================================================================== */
/* reversed                                                               */
/* ====================================================================== */

typedef struct {
    KrObject ob;
    Kr_ssize_t index;
    KrObject *seq;                  /* NULL when exhausted */
} Reversed;

static int is_sequence(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    if (KR_DICT_CHECK(o))
        return 0;
    return t->as_sequence != NULL && t->as_sequence->item != NULL;
}

static KrObject *reversed_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    if (type == &kr_reversed_type && kr_check_no_kwargs("reversed", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return kr_err_format(&kr_exc_TypeError, "reversed expected 1 argument, got %zd", nargs);
    KrObject *seq = args[0];
    KrObject *meth = kr_type_lookup(KR_TYPE(seq), KR_ID(__reversed__));
    if (meth == kr_None)
        return kr_err_format(&kr_exc_TypeError, "'%s' object is not reversible",
                             kr_type_name(KR_TYPE(seq)));
    if (meth != NULL) {
        int found = 0;
        return kr_call_special(seq, KR_ID(__reversed__), NULL, 0, &found);
    }
    if (!is_sequence(seq))
        return kr_err_format(&kr_exc_TypeError, "'%s' object is not reversible",
                             kr_type_name(KR_TYPE(seq)));
    Kr_ssize_t n = kr_object_length(seq);
    if (n < 0)
        return NULL;
    Reversed *ro = (Reversed *)alloc_obj(type, &kr_reversed_type);
    if (ro == NULL)
        return NULL;
    ro->index = n - 1;
    ro->seq = kr_newref(seq);
    if (!kr_gc_is_tracked((KrObject *)ro))
        kr_gc_track((KrObject *)ro);
    return (KrObject *)ro;
}

static void reversed_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((Reversed *)o)->seq);
    kr_object_free(o);
}

static int reversed_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrObject *s = ((Reversed *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static KrObject *reversed_next(KrObject *o)
{
    Reversed *ro = (Reversed *)o;
    if (ro->index >= 0 && ro->seq != NULL) {
        KrObject *item = seq_getitem(ro->seq, ro->index);
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (kr_err_matches_type(&kr_exc_IndexError)
            || kr_err_matches_type(&kr_exc_StopIteration))
            kr_err_clear();
        else
            return NULL;
    }
    ro->index = -1;
    KR_CLEAR(ro->seq);
    return NULL;
}

static KrObject *reversed_length_hint(KrObject *o)
{
    Reversed *ro = (Reversed *)o;
    if (ro->seq == NULL)
        return kr_int_small(0);
    Kr_ssize_t n = kr_object_length(ro->seq);
    if (n < 0)
        return NULL;
    return kr_int_from_ssize(n < ro->index + 1 ? 0 : ro->index + 1);
}

static KrObject *reversed_reduce(KrObject *o)
{
    Reversed *ro = (Reversed *)o;
    KrObject *type = kr_newref((KrObject *)KR_TYPE(o));
    if (ro->seq == NULL)
        return reduce_value(type, args_of_empty_tuple(), NULL);
    KrObject *idx = kr_int_from_ssize(ro->index);
    KrObject *r = reduce_value(type, kr_tuple_pack(1, ro->seq), idx);
    KR_XDECREF(idx);
    return r;
}

static KrObject *reversed_setstate(KrObject *o, KrObject *state)
{
    Reversed *ro = (Reversed *)o;
    Kr_ssize_t i;
    if (state_index(state, &i) < 0)
        return NULL;
    if (ro->seq != NULL) {
        Kr_ssize_t n = kr_object_length(ro->seq);
        if (n < 0)
            return NULL;
        if (i < -1)
            i = -1;
        else if (i > n - 1)
            i = n - 1;
        ro->index = i;
    }
    KR_RETURN_NONE;
}

static const KrMethodDef reversed_methods[] = {
    KR_METHOD_NOARGS("__reduce__", reversed_reduce),
    KR_METHOD_O("__setstate__", reversed_setstate),
    KR_METHOD_NOARGS("__length_hint__", reversed_length_hint),
    KR_METHOD_END
};

KrType kr_reversed_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "reversed",
    .basicsize = sizeof(Reversed),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = reversed_dealloc,
    .getattro = kr_object_generic_getattr,
    .traverse = reversed_traverse,
    .iter = self_iter,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .methods = reversed_methods,
    .doc = "Return a reverse iterator over the values of the given sequence.",
};
