/*
 * type.c -- `type` and `object`: readying types, the MRO, the attribute
 * cache, and class creation.
 *
 * Readying (kr_type_ready) turns a C type definition into a full Python
 * type: it computes __bases__ and __mro__ (C3), inherits every NULL slot
 * from the base, and fills __dict__ with descriptors for the C method,
 * member and getset tables and with wrapper descriptors for the C slots
 * the type defines itself (slots.c).
 *
 * The attribute cache.  Looking a name up along the MRO probes one dict per
 * class; kr_type_lookup caches the result in a global direct-mapped table
 * keyed by (type version tag, interned name).  A type gets a fresh version
 * tag lazily on its first cached lookup; any change to its __dict__ (or a
 * base's, or its __bases__) clears the tag on the type and, through the
 * subclass lists, on every subclass, so stale entries can never match.
 * Only interned names are cached: they live as long as the intern table,
 * so a cached name pointer cannot be recycled for a different string.
 *
 * Class creation (type.__new__) follows CPython 3.11: metaclass winner,
 * solid-base and layout checks, __slots__ (member descriptors at fixed
 * offsets, optional __dict__ and __weakref__), __qualname__/__module__,
 * implicit staticmethod for __new__ and classmethod for __init_subclass__
 * and __class_getitem__, slot dispatchers for dunders, then __set_name__
 * and the parent's __init_subclass__.
 */
#include "typeobject.h"

#include <stdio.h>
#include <stdlib.h>

/* ---------------------------------------------------------------------- */
/* Names and subclass lists                                               */
/* ---------------------------------------------------------------------- */

/* A type's __name__ ("deque" for the C type "collections.deque").
 * CPython's messages use the dotted tp_name of C types; krait's use this
 * short form everywhere, reprs included (a known difference for C types
 * outside builtins). */
const char *kr_type_name(KrType *t)
{
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE)) {
        KrHeapType *ht = (KrHeapType *)t;
        if (ht->ht_name) {
            const char *s = kr_str_utf8(ht->ht_name, NULL);
            if (s)
                return s;
            kr_err_clear();
        }
    }
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

const char *kr_type_tpname(KrType *t)
{
    return KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE) ? kr_type_name(t) : t->name;
}

/* __name__ of a C type: the part after the module. */
static const char *short_name(KrType *t)
{
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
        return kr_type_name(t);
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

static const char *short_name(KrType *t);

KrObject *kr_type_qualname(KrType *t)
{
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE) && ((KrHeapType *)t)->ht_qualname)
        return kr_newref(((KrHeapType *)t)->ht_qualname);
    return kr_str_from_cstr(short_name(t));
}

static KrObject *type_module(KrType *t)
{
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE)) {
        KrObject *m = kr_dict_get_item(t->dict, KR_ID(__module__));
        if (m)
            return kr_newref(m);
        if (kr_err_occurred())
            return NULL;
        return kr_str_from_cstr("builtins");
    }
    const char *dot = strrchr(t->name, '.');
    if (dot)
        return kr_str_from_utf8(t->name, dot - t->name);
    return kr_str_from_cstr("builtins");
}

static void add_subclass(KrType *base, KrType *sub)
{
    struct KrSubclasses *s = base->subclasses;
    if (s == NULL) {
        s = kr_mem_calloc(sizeof *s);
        if (s == NULL)
            return;
        base->subclasses = s;
    }
    if (s->n == s->cap) {
        Kr_ssize_t cap = s->cap ? s->cap * 2 : 4;
        KrType **items = kr_mem_realloc(s->items, sizeof(KrType *) * (size_t)cap);
        if (items == NULL)
            return;
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = sub;
}

static void remove_subclass(KrType *base, KrType *sub)
{
    struct KrSubclasses *s = base->subclasses;
    if (s == NULL)
        return;
    for (Kr_ssize_t i = 0; i < s->n; i++) {
        if (s->items[i] == sub) {
            memmove(&s->items[i], &s->items[i + 1], sizeof(KrType *) * (size_t)(s->n - i - 1));
            s->n--;
            return;
        }
    }
}

/* ---------------------------------------------------------------------- */
/* Subtype test and the attribute cache                                   */
/* ---------------------------------------------------------------------- */

int kr_type_is_subtype(KrType *a, KrType *b)
{
    if (a == b)
        return 1;
    KrObject *mro = a->mro;
    if (mro != NULL) {
        Kr_ssize_t n = KR_SIZE(mro);
        for (Kr_ssize_t i = 0; i < n; i++)
            if (KR_TUPLE_GET(mro, i) == (KrObject *)b)
                return 1;
        return 0;
    }
    /* not ready yet: follow the base chain */
    for (; a != NULL; a = a->base)
        if (a == b)
            return 1;
    return b == &kr_object_type;
}

#define CACHE_BITS 12
#define CACHE_SIZE (1u << CACHE_BITS)

typedef struct CacheEntry {
    uint32_t version;
    KrObject *name;
    KrObject *value;            /* borrowed; valid while the version matches */
} CacheEntry;

static CacheEntry *cache(void)
{
    KrInterp *in = KR_INTERP();
    if (in->type_cache == NULL)
        in->type_cache = kr_mem_calloc(sizeof(CacheEntry) * CACHE_SIZE);
    return in->type_cache;
}

static int assign_version(KrType *t)
{
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_VALID_VERSION))
        return 1;
    if (t->mro == NULL)
        return 0;
    /* A type's cached entries depend on every class of its MRO, so those
     * must be able to invalidate it: they all need valid tags too. */
    Kr_ssize_t n = KR_SIZE(t->mro);
    for (Kr_ssize_t i = 1; i < n; i++)
        if (!assign_version((KrType *)KR_TUPLE_GET(t->mro, i)))
            return 0;
    KrInterp *in = KR_INTERP();
    if (in->next_type_version == 0)
        in->next_type_version = 1;
    t->version_tag = in->next_type_version++;
    if (in->next_type_version == 0) {
        /* wrapped around: flush the whole cache */
        memset(cache(), 0, sizeof(CacheEntry) * CACHE_SIZE);
        in->next_type_version = 1;
    }
    t->flags |= KR_TPFLAGS_VALID_VERSION;
    return 1;
}

void kr_type_modified(KrType *t)
{
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_VALID_VERSION))
        return;
    t->flags &= ~(uint32_t)KR_TPFLAGS_VALID_VERSION;
    t->version_tag = 0;
    struct KrSubclasses *s = t->subclasses;
    if (s)
        for (Kr_ssize_t i = 0; i < s->n; i++)
            kr_type_modified(s->items[i]);
}

static KrObject *find_in_mro(KrType *t, KrObject *name)
{
    if (KR_UNLIKELY(t->mro == NULL) && kr_types_bootstrapped &&
        !KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_READYING)) {
        if (kr_type_ready(t) < 0)
            kr_err_clear();
    }
    KrObject *mro = t->mro;
    if (mro == NULL)
        return NULL;
    Kr_ssize_t n = KR_SIZE(mro);
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrType *base = (KrType *)KR_TUPLE_GET(mro, i);
        if (base->dict == NULL)
            continue;
        KrObject *v = kr_dict_get_item(base->dict, name);
        if (v != NULL)
            return v;
        if (kr_err_occurred())
            kr_err_clear();   /* lookups never raise (str keys) */
    }
    return NULL;
}

KrObject *kr_type_lookup(KrType *t, KrObject *name)
{
    if (KR_STR_CHECK_EXACT(name) && ((KrStr *)name)->interned) {
        uint32_t v = t->version_tag;
        if (KR_LIKELY(v != 0)) {
            CacheEntry *e = &cache()[(v ^ ((uintptr_t)name >> 4)) & (CACHE_SIZE - 1)];
            if (e->version == v && e->name == name)
                return e->value;
        }
        KrObject *res = find_in_mro(t, name);
        if (assign_version(t)) {
            v = t->version_tag;
            CacheEntry *e = &cache()[(v ^ ((uintptr_t)name >> 4)) & (CACHE_SIZE - 1)];
            e->version = v;
            e->name = name;
            e->value = res;
        }
        return res;
    }
    return find_in_mro(t, name);
}

/* ---------------------------------------------------------------------- */
/* MRO: C3 linearisation                                                  */
/* ---------------------------------------------------------------------- */

static int tail_contains(KrObject *list, Kr_ssize_t from, KrObject *o)
{
    for (Kr_ssize_t i = from + 1; i < KR_SIZE(list); i++)
        if (KR_LIST_GET(list, i) == o)
            return 1;
    return 0;
}

static void mro_error(KrObject *seqs, Kr_ssize_t *heads)
{
    /* CPython names the bases still waiting, in order, without repeats. */
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
    KrObject *seen = kr_set_new(NULL);
    int first = 1;
    for (Kr_ssize_t i = 0; i < KR_SIZE(seqs); i++) {
        KrObject *seq = KR_LIST_GET(seqs, i);
        if (heads[i] >= KR_SIZE(seq))
            continue;
        KrObject *c = KR_LIST_GET(seq, heads[i]);
        if (seen && kr_set_contains(seen, c) > 0)
            continue;
        if (seen)
            kr_set_add(seen, c);
        kr_buf_puts(&b, first ? " " : ", ");
        first = 0;
        kr_buf_puts(&b, kr_type_name((KrType *)c));
    }
    kr_xdecref(seen);
    KrObject *msg = kr_buf_finish(&b);
    if (msg) {
        kr_err_set(&kr_exc_TypeError, msg);
        kr_decref(msg);
    }
}

/* Merges the MROs of the bases and the bases list itself. */
static KrObject *c3_mro(KrType *t)
{
    KrObject *bases = t->bases;
    Kr_ssize_t nb = KR_SIZE(bases);
    if (nb == 0)
        return kr_tuple_pack(1, (KrObject *)t);
    if (nb == 1) {
        KrType *b = (KrType *)KR_TUPLE_GET(bases, 0);
        KrObject *bm = b->mro;
        KrObject *res = kr_tuple_new(KR_SIZE(bm) + 1);
        if (res == NULL)
            return NULL;
        KR_TUPLE_SET(res, 0, kr_newref((KrObject *)t));
        for (Kr_ssize_t i = 0; i < KR_SIZE(bm); i++)
            KR_TUPLE_SET(res, i + 1, kr_newref(KR_TUPLE_GET(bm, i)));
        return res;
    }
    /* duplicate bases */
    for (Kr_ssize_t i = 0; i < nb; i++)
        for (Kr_ssize_t j = i + 1; j < nb; j++)
            if (KR_TUPLE_GET(bases, i) == KR_TUPLE_GET(bases, j))
                return kr_err_format(&kr_exc_TypeError, "duplicate base class %s",
                                     kr_type_name((KrType *)KR_TUPLE_GET(bases, i)));
    KrObject *seqs = kr_list_new(0);
    KrObject *result = kr_list_new(0);
    Kr_ssize_t *heads = NULL;
    if (seqs == NULL || result == NULL)
        goto fail;
    for (Kr_ssize_t i = 0; i < nb; i++) {
        KrType *b = (KrType *)KR_TUPLE_GET(bases, i);
        KrObject *l = kr_sequence_list(b->mro);
        if (l == NULL || kr_list_append(seqs, l) < 0) {
            kr_xdecref(l);
            goto fail;
        }
        kr_decref(l);
    }
    {
        KrObject *l = kr_sequence_list(bases);
        if (l == NULL || kr_list_append(seqs, l) < 0) {
            kr_xdecref(l);
            goto fail;
        }
        kr_decref(l);
    }
    if (kr_list_append(result, (KrObject *)t) < 0)
        goto fail;
    Kr_ssize_t ns = KR_SIZE(seqs);
    heads = kr_mem_calloc(sizeof(Kr_ssize_t) * (size_t)ns);
    if (heads == NULL) {
        kr_err_no_memory();
        goto fail;
    }
    for (;;) {
        int empty = 1;
        KrObject *cand = NULL;
        for (Kr_ssize_t i = 0; i < ns; i++) {
            KrObject *seq = KR_LIST_GET(seqs, i);
            if (heads[i] >= KR_SIZE(seq))
                continue;
            empty = 0;
            KrObject *c = KR_LIST_GET(seq, heads[i]);
            int ok = 1;
            for (Kr_ssize_t j = 0; j < ns && ok; j++) {
                KrObject *s2 = KR_LIST_GET(seqs, j);
                if (heads[j] < KR_SIZE(s2) && tail_contains(s2, heads[j], c))
                    ok = 0;
            }
            if (ok) {
                cand = c;
                break;
            }
        }
        if (empty)
            break;
        if (cand == NULL) {
            mro_error(seqs, heads);
            goto fail;
        }
        if (kr_list_append(result, cand) < 0)
            goto fail;
        for (Kr_ssize_t i = 0; i < ns; i++) {
            KrObject *seq = KR_LIST_GET(seqs, i);
            if (heads[i] < KR_SIZE(seq) && KR_LIST_GET(seq, heads[i]) == cand)
                heads[i]++;
        }
    }
    kr_mem_free(heads);
    kr_decref(seqs);
    KrObject *tup = kr_list_as_tuple(result);
    kr_decref(result);
    return tup;
fail:
    kr_mem_free(heads);
    kr_xdecref(seqs);
    kr_xdecref(result);
    return NULL;
}

/* A metaclass may override mro(). */
static int compute_mro(KrType *t)
{
    KrObject *mro;
    KrType *meta = KR_TYPE(t);
    if (meta != &kr_type_type && KR_TYPE_HAS_FLAG(meta, KR_TPFLAGS_HEAPTYPE) &&
        kr_type_lookup(meta, KR_ID(mro)) != kr_type_lookup(&kr_type_type, KR_ID(mro))) {
        KrObject *r = kr_call_method0((KrObject *)t, KR_ID(mro));
        if (r == NULL)
            return -1;
        mro = kr_sequence_tuple(r);
        kr_decref(r);
        if (mro == NULL)
            return -1;
        for (Kr_ssize_t i = 0; i < KR_SIZE(mro); i++) {
            if (!KR_TYPE_CHECK(KR_TUPLE_GET(mro, i))) {
                kr_err_format(&kr_exc_TypeError, "mro() returned a non-class ('%s')",
                              kr_type_name(KR_TYPE(KR_TUPLE_GET(mro, i))));
                kr_decref(mro);
                return -1;
            }
        }
    } else {
        mro = c3_mro(t);
        if (mro == NULL)
            return -1;
    }
    KR_SETREF(t->mro, mro);
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Readying                                                               */
/* ---------------------------------------------------------------------- */

#define INHERIT(field) do { if (t->field == NULL) t->field = base->field; } while (0)

static void inherit_group(void *dst, const void *src, size_t size)
{
    void **d = dst;
    void *const *s = src;
    for (size_t i = 0; i < size / sizeof(void *); i++)
        if (d[i] == NULL)
            d[i] = s[i];
}

static void inherit_slots(KrType *t, KrType *base)
{
    if (base->as_number) {
        if (t->as_number == NULL)
            t->as_number = base->as_number;
        else if (t->as_number != base->as_number)
            inherit_group(t->as_number, base->as_number, sizeof(KrNumberMethods));
    }
    if (base->as_sequence) {
        if (t->as_sequence == NULL)
            t->as_sequence = base->as_sequence;
        else if (t->as_sequence != base->as_sequence)
            inherit_group(t->as_sequence, base->as_sequence, sizeof(KrSequenceMethods));
    }
    if (base->as_mapping) {
        if (t->as_mapping == NULL)
            t->as_mapping = base->as_mapping;
        else if (t->as_mapping != base->as_mapping)
            inherit_group(t->as_mapping, base->as_mapping, sizeof(KrMappingMethods));
    }
    if (t->basicsize == 0)
        t->basicsize = base->basicsize;
    if (t->itemsize == 0)
        t->itemsize = base->itemsize;
    INHERIT(dealloc);
    INHERIT(repr);
    INHERIT(str);
    INHERIT(getattro);
    INHERIT(setattro);
    /* hash goes with richcompare: a type that defines one of them does not
     * inherit the other (CPython's rule) */
    if (t->richcompare == NULL && t->hash == NULL) {
        t->richcompare = base->richcompare;
        t->hash = base->hash;
    }
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(init);
    INHERIT(finalize);
    if (KR_TYPE_HAS_FLAG(base, KR_TPFLAGS_HAVE_GC) &&
        !KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_GC) && t->traverse == NULL && t->clear == NULL) {
        t->flags |= KR_TPFLAGS_HAVE_GC;
    }
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_GC)) {
        INHERIT(traverse);
        INHERIT(clear);
    }
    if (t->dictoffset == 0)
        t->dictoffset = base->dictoffset;
    if (t->weaklistoffset == 0)
        t->weaklistoffset = base->weaklistoffset;
    t->flags |= base->flags & (KR_TPFLAGS_INT_SUBCLASS | KR_TPFLAGS_LIST_SUBCLASS |
                               KR_TPFLAGS_TUPLE_SUBCLASS | KR_TPFLAGS_BYTES_SUBCLASS |
                               KR_TPFLAGS_STR_SUBCLASS | KR_TPFLAGS_DICT_SUBCLASS |
                               KR_TPFLAGS_BASE_EXC_SUBCLASS | KR_TPFLAGS_TYPE_SUBCLASS);
}

static int add_methods(KrType *t)
{
    for (const KrMethodDef *m = t->methods; m && m->name; m++) {
        KrObject *name = kr_str_intern_cstr(m->name);
        if (name == NULL)
            return -1;
        if (kr_dict_contains(t->dict, name) > 0 && !(m->flags & KR_METH_CLASS))
            continue;
        KrObject *d;
        if (m->flags & KR_METH_CLASS)
            d = kr_classmethod_descr_new(t, m);
        else if (m->flags & KR_METH_STATIC) {
            KrObject *f = kr_cfunction_new(m, NULL, NULL);
            d = f ? kr_staticmethod_new(f) : NULL;
            kr_xdecref(f);
        } else
            d = kr_method_descr_new(t, m);
        if (d == NULL)
            return -1;
        int r = kr_dict_set_item(t->dict, name, d);
        kr_decref(d);
        if (r < 0)
            return -1;
    }
    for (const KrMemberDef *m = t->members; m && m->name; m++) {
        KrObject *d = kr_member_descr_new(t, m);
        if (d == NULL)
            return -1;
        int r = kr_dict_set_item(t->dict, kr_str_intern_cstr(m->name), d);
        kr_decref(d);
        if (r < 0)
            return -1;
    }
    for (const KrGetSetDef *g = t->getset; g && g->name; g++) {
        KrObject *name = kr_str_intern_cstr(g->name);
        if (kr_dict_contains(t->dict, name) > 0)
            continue;
        KrObject *d = kr_getset_descr_new(t, g);
        if (d == NULL)
            return -1;
        int r = kr_dict_set_item(t->dict, name, d);
        kr_decref(d);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* tp_new exposed as T.__new__(T, ...): a builtin bound to the type. */
static KrObject *tp_new_wrapper(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    KrType *t = (KrType *)self;
    if (nargs < 1)
        return kr_err_format(&kr_exc_TypeError, "%s.__new__(): not enough arguments",
                             kr_type_name(t));
    KrObject *arg0 = args[0];
    if (!KR_TYPE_CHECK(arg0))
        return kr_err_format(&kr_exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                             kr_type_name(t), kr_type_name(KR_TYPE(arg0)));
    KrType *sub = (KrType *)arg0;
    if (!kr_type_is_subtype(sub, t))
        return kr_err_format(&kr_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                             kr_type_name(t), kr_type_name(sub), kr_type_name(sub),
                             kr_type_name(t));
    /* The most derived base that is not a heap type must use this new_:
     * object.__new__(int) is not safe. */
    KrType *staticbase = sub;
    while (staticbase && staticbase->new_ != NULL &&
           KR_TYPE_HAS_FLAG(staticbase, KR_TPFLAGS_HEAPTYPE))
        staticbase = staticbase->base;
    if (staticbase && staticbase->new_ != t->new_)
        return kr_err_format(&kr_exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                             kr_type_name(t), kr_type_name(sub), kr_type_name(staticbase));
    return t->new_(sub, args + 1, nargs - 1, kwnames);
}

static const KrMethodDef tp_new_def = {
    "__new__", { .fastkw = tp_new_wrapper }, KR_METH_FASTKW,
    "Create and return a new object.  See help(type) for accurate signature."
};

static int add_new(KrType *t)
{
    if (t->new_ == NULL || kr_dict_contains(t->dict, KR_ID(__new__)) > 0)
        return 0;
    if (t->base && t->base->new_ == t->new_ && KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
        return 0;
    if (t->base && t->base->new_ == t->new_)
        return 0;
    KrObject *f = kr_cfunction_new(&tp_new_def, (KrObject *)t, NULL);
    if (f == NULL)
        return -1;
    int r = kr_dict_set_item(t->dict, KR_ID(__new__), f);
    kr_decref(f);
    return r;
}

int kr_type_ready(KrType *t)
{
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_READY))
        return 0;
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_READYING))
        return 0;
    t->flags |= KR_TPFLAGS_READYING;
    if (KR_TYPE(t) == NULL)
        KR_TYPE(t) = &kr_type_type;
    KrType *base = t->base;
    if (base == NULL && t != &kr_object_type)
        base = t->base = &kr_object_type;
    if (base && kr_type_ready(base) < 0)
        goto fail;
    if (t->bases == NULL) {
        t->bases = base ? kr_tuple_pack(1, (KrObject *)base) : kr_tuple_new(0);
        if (t->bases == NULL)
            goto fail;
    }
    for (Kr_ssize_t i = 0; i < KR_SIZE(t->bases); i++)
        if (kr_type_ready((KrType *)KR_TUPLE_GET(t->bases, i)) < 0)
            goto fail;
    if (t->dict == NULL) {
        t->dict = kr_dict_new();
        if (t->dict == NULL)
            goto fail;
    }
    if (compute_mro(t) < 0)
        goto fail;
    if (base)
        inherit_slots(t, base);
    /* Other bases contribute slots the solid base lacks (mixins). */
    for (Kr_ssize_t i = 1; i < KR_SIZE(t->mro); i++) {
        KrType *b = (KrType *)KR_TUPLE_GET(t->mro, i);
        if (b != base && !KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
            inherit_slots(t, b);
    }
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE)) {
        if (add_methods(t) < 0 || kr_slots_add_wrappers(t) < 0 || add_new(t) < 0)
            goto fail;
        if (t->hash == kr_hash_not_implemented &&
            kr_dict_get_item(t->dict, KR_ID(__hash__)) == NULL) {
            if (kr_dict_set_item(t->dict, KR_ID(__hash__), kr_None) < 0)
                goto fail;
        }
        if (kr_dict_get_item(t->dict, KR_ID(__doc__)) == NULL) {
            KrObject *doc = t->doc ? kr_str_from_cstr(t->doc) : kr_newref(kr_None);
            if (doc == NULL || kr_dict_set_item(t->dict, KR_ID(__doc__), doc) < 0) {
                kr_xdecref(doc);
                goto fail;
            }
            kr_decref(doc);
        }
    }
    for (Kr_ssize_t i = 0; i < KR_SIZE(t->bases); i++)
        add_subclass((KrType *)KR_TUPLE_GET(t->bases, i), t);
    t->flags = (t->flags & ~(uint32_t)KR_TPFLAGS_READYING) | KR_TPFLAGS_READY;
    return 0;
fail:
    t->flags &= ~(uint32_t)KR_TPFLAGS_READYING;
    return -1;
}

/* ---------------------------------------------------------------------- */
/* object                                                                 */
/* ---------------------------------------------------------------------- */

static int excess_args(Kr_ssize_t nargs, KrObject *kwnames)
{
    return nargs > 0 || (kwnames != NULL && KR_SIZE(kwnames) > 0);
}

static KrObject *abstract_error(KrType *t)
{
    KrObject *abstracts = kr_dict_get_item(t->dict, KR_ID(__abstractmethods__));
    if (abstracts == NULL)
        return kr_err_format(&kr_exc_TypeError, "Can't instantiate abstract class %s",
                             kr_type_name(t));
    KrObject *sorted = kr_sequence_list(abstracts);
    if (sorted == NULL)
        return NULL;
    if (kr_list_sort(sorted, NULL, 0) < 0) {
        kr_decref(sorted);
        return NULL;
    }
    KrObject *sep = kr_str_from_cstr(", ");
    KrObject *joined = sep ? kr_str_join(sep, sorted) : NULL;
    kr_xdecref(sep);
    Kr_ssize_t n = KR_SIZE(sorted);
    kr_decref(sorted);
    if (joined == NULL)
        return NULL;
    kr_err_format(&kr_exc_TypeError,
                  "Can't instantiate abstract class %s with abstract method%s %U",
                  kr_type_name(t), n > 1 ? "s" : "", joined);
    kr_decref(joined);
    return NULL;
}

KrObject *kr_object_new_generic(KrType *t, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        if (t->new_ != kr_object_new_generic)
            return kr_err_format(&kr_exc_TypeError,
                                 "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->init == kr_object_init_generic)
            return kr_err_format(&kr_exc_TypeError, "%s() takes no arguments", kr_type_name(t));
    }
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_IS_ABSTRACT))
        return abstract_error(t);
    KrObject *o = kr_object_alloc(t, 0);
    if (o == NULL)
        return NULL;
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_GC))
        kr_gc_track(o);
    return o;
}

int kr_object_init_generic(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    KrType *t = KR_TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (t->init != kr_object_init_generic) {
            kr_err_set_string(&kr_exc_TypeError,
                              "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == kr_object_new_generic) {
            kr_err_format(&kr_exc_TypeError, "%s() takes no arguments", kr_type_name(t));
            return -1;
        }
    }
    return 0;
}

static KrObject *object_repr(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    KrObject *mod = type_module(t);
    if (mod == NULL)
        return NULL;
    KrObject *qn = kr_type_qualname(t);
    if (qn == NULL) {
        kr_decref(mod);
        return NULL;
    }
    KrObject *r;
    if (KR_STR_CHECK(mod) && !kr_str_eq_cstr(mod, "builtins"))
        r = kr_str_from_format("<%U.%U object at %p>", mod, qn, (void *)o);
    else
        r = kr_str_from_format("<%s object at %p>", t->name, (void *)o);
    kr_decref(mod);
    kr_decref(qn);
    return r;
}

static KrObject *object_str(KrObject *o)
{
    kr_unaryfunc f = KR_TYPE(o)->repr;
    if (f == NULL)
        f = object_repr;
    return f(o);
}

static KrObject *object_richcompare(KrObject *a, KrObject *b, int op)
{
    switch (op) {
    case KR_EQ:
        if (a == b)
            KR_RETURN_TRUE;
        KR_RETURN_NOTIMPLEMENTED;
    case KR_NE: {
        /* != defaults to the inverse of __eq__ */
        kr_richcmpfunc f = KR_TYPE(a)->richcompare;
        if (f == NULL)
            KR_RETURN_NOTIMPLEMENTED;
        KrObject *r = f(a, b, KR_EQ);
        if (r == NULL || r == kr_NotImplemented)
            return r;
        int t = kr_object_is_true(r);
        kr_decref(r);
        if (t < 0)
            return NULL;
        return kr_bool_from(!t);
    }
    default:
        KR_RETURN_NOTIMPLEMENTED;
    }
}

static void object_dealloc(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_GC))
        kr_gc_untrack(o);
    kr_object_free(o);
}

static KrObject *object_get_class(KrObject *o, void *c)
{
    return kr_newref((KrObject *)KR_TYPE(o));
}

static int same_layout(KrType *a, KrType *b)
{
    while (a->base && KR_TYPE_HAS_FLAG(a, KR_TPFLAGS_HEAPTYPE) && a->basicsize == a->base->basicsize &&
           a->dictoffset == a->base->dictoffset)
        a = a->base;
    while (b->base && KR_TYPE_HAS_FLAG(b, KR_TPFLAGS_HEAPTYPE) && b->basicsize == b->base->basicsize &&
           b->dictoffset == b->base->dictoffset)
        b = b->base;
    return a->basicsize == b->basicsize && a->itemsize == b->itemsize &&
           a->dictoffset == b->dictoffset && a->weaklistoffset == b->weaklistoffset &&
           KR_TYPE_HAS_FLAG(a, KR_TPFLAGS_HAVE_GC) == KR_TYPE_HAS_FLAG(b, KR_TPFLAGS_HAVE_GC);
}

static int object_set_class(KrObject *o, KrObject *value, void *c)
{
    if (value == NULL) {
        kr_err_set_string(&kr_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!KR_TYPE_CHECK(value)) {
        kr_err_format(&kr_exc_TypeError, "__class__ must be set to a class, not '%s' object",
                      kr_type_name(KR_TYPE(value)));
        return -1;
    }
    KrType *newt = (KrType *)value, *oldt = KR_TYPE(o);
    if (!KR_TYPE_HAS_FLAG(newt, KR_TPFLAGS_HEAPTYPE) || !KR_TYPE_HAS_FLAG(oldt, KR_TPFLAGS_HEAPTYPE)) {
        kr_err_set_string(&kr_exc_TypeError,
                          "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!same_layout(newt, oldt)) {
        kr_err_format(&kr_exc_TypeError,
                      "__class__ assignment: '%s' object layout differs from '%s'",
                      kr_type_name(newt), kr_type_name(oldt));
        return -1;
    }
    /* Inline values are indexed by the old class's shared keys. */
    if (KR_TYPE_HAS_FLAG(oldt, KR_TPFLAGS_INLINE_VALUES)) {
        KrObject **dp = kr_object_dict_slot(o);
        if (dp && *dp && KR_INST_TAGGED(*dp) && kr_inst_materialize(o, dp) == NULL)
            return -1;
    }
    kr_incref(value);
    o->type = newt;
    kr_decref((KrObject *)oldt);
    return 0;
}

static KrObject *object_dir(KrObject *self)
{
    KrObject *result = kr_dict_new();
    if (result == NULL)
        return NULL;
    KrObject *d;
    if (kr_object_lookup_attr(self, KR_ID(__dict__), &d) < 0)
        goto fail;
    if (d != NULL) {
        int r = KR_DICT_CHECK(d) ? kr_dict_merge(result, d, 1) : 0;
        kr_decref(d);
        if (r < 0)
            goto fail;
    }
    KrObject *cls;
    if (kr_object_lookup_attr(self, KR_ID(__class__), &cls) < 0)
        goto fail;
    if (cls != NULL) {
        if (KR_TYPE_CHECK(cls)) {
            KrObject *mro = ((KrType *)cls)->mro;
            for (Kr_ssize_t i = KR_SIZE(mro) - 1; i >= 0; i--) {
                if (kr_dict_merge(result, ((KrType *)KR_TUPLE_GET(mro, i))->dict, 1) < 0) {
                    kr_decref(cls);
                    goto fail;
                }
            }
        }
        kr_decref(cls);
    }
    KrObject *keys = kr_dict_keys(result);
    kr_decref(result);
    return keys;
fail:
    kr_decref(result);
    return NULL;
}

static KrObject *object_format(KrObject *self, KrObject *spec)
{
    if (!KR_STR_CHECK(spec))
        return kr_err_format(&kr_exc_TypeError, "format() argument 2 must be str, not %s",
                             kr_type_name(KR_TYPE(spec)));
    if (KR_STR_LEN(spec) > 0)
        return kr_err_format(&kr_exc_TypeError, "unsupported format string passed to %s.__format__",
                             kr_type_name(KR_TYPE(self)));
    return kr_object_str(self);
}

/* Whether instances of t have what CPython 3.11 calls a managed dict: a
 * class statement added __dict__ over a fixed-size base without one.
 * CPython keeps that dict pointer outside tp_basicsize (sys.getsizeof adds
 * it back with the GC header); krait keeps it inside basicsize. */
int kr_type_has_managed_dict(KrType *t)
{
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE) || t->dictoffset <= 0)
        return 0;
    KrType *solid = t;
    while (solid && KR_TYPE_HAS_FLAG(solid, KR_TPFLAGS_HEAPTYPE))
        solid = solid->base;
    if (solid == NULL || solid->dictoffset != 0 || solid->itemsize != 0)
        return 0;
    return !KR_TYPE_HAS_FLAG(solid, KR_TPFLAGS_INT_SUBCLASS | KR_TPFLAGS_TUPLE_SUBCLASS |
                                        KR_TPFLAGS_BYTES_SUBCLASS);
}

/* tp_basicsize as CPython reports it (__sizeof__ of fixed-size objects). */
Kr_ssize_t kr_type_reported_basicsize(KrType *t)
{
    return t->basicsize - (kr_type_has_managed_dict(t) ? (Kr_ssize_t)sizeof(KrObject *) : 0);
}

static KrObject *object_sizeof(KrObject *self)
{
    KrType *t = KR_TYPE(self);
    Kr_ssize_t size = kr_type_reported_basicsize(t);
    if (t->itemsize)
        size += t->itemsize * (KR_SIZE(self) < 0 ? -KR_SIZE(self) : KR_SIZE(self));
    return kr_int_from_ssize(size);
}

static KrObject *object_init_subclass(KrObject *cls, KrObject *const *args, Kr_ssize_t nargs,
                                      KrObject *kwnames)
{
    if (nargs > 0 || (kwnames && KR_SIZE(kwnames) > 0))
        return kr_err_format(&kr_exc_TypeError, "%U.__init_subclass__() takes no keyword arguments",
                             kr_type_qualname((KrType *)cls));
    KR_RETURN_NONE;
}

static KrObject *object_subclasshook(KrObject *cls, KrObject *const *args, Kr_ssize_t nargs)
{
    KR_RETURN_NOTIMPLEMENTED;
}

/* copy/pickle support, protocol 2 form: (copyreg.__newobj__, (cls,), state) */
/* copyreg.<name>, new reference. */
static KrObject *copyreg_attr(const char *name)
{
    KrObject *copyreg = kr_import_cstr("copyreg");
    if (copyreg == NULL)
        return NULL;
    KrObject *r = kr_object_getattr_str(copyreg, name);
    kr_decref(copyreg);
    return r;
}

/* The (args, kwargs) __new__ needs to rebuild self: from __getnewargs_ex__
 * or __getnewargs__, else (NULL, NULL). 0 or -1. */
/* self.<name>() when self has that attribute, checked to be a tuple:
 * 1 with *out, 0 when absent, -1 on error. */
static int call_tuple_hook(KrObject *self, const char *name, KrObject **out)
{
    KrObject *f;
    *out = NULL;
    int found = kr_object_lookup_attr(self, kr_str_intern_cstr(name), &f);
    if (found <= 0)
        return found;
    KrObject *r = kr_call(f, NULL, 0, NULL);
    kr_decref(f);
    if (r == NULL)
        return -1;
    if (!KR_TUPLE_CHECK(r)) {
        kr_err_format(&kr_exc_TypeError, "%s should return a tuple, not '%s'", name,
                      kr_type_name(KR_TYPE(r)));
        kr_decref(r);
        return -1;
    }
    *out = r;
    return 1;
}

static int get_new_arguments(KrObject *self, KrObject **args, KrObject **kwargs)
{
    *args = *kwargs = NULL;
    KrObject *r;
    int found = call_tuple_hook(self, "__getnewargs_ex__", &r);
    if (found < 0)
        return -1;
    if (found == 0)
        return call_tuple_hook(self, "__getnewargs__", args) < 0 ? -1 : 0;
    if (KR_SIZE(r) != 2) {
        kr_err_format(&kr_exc_ValueError,
                      "__getnewargs_ex__ should return a tuple of length 2, not %zd", KR_SIZE(r));
        kr_decref(r);
        return -1;
    }
    KrObject *a = KR_TUPLE_GET(r, 0), *k = KR_TUPLE_GET(r, 1);
    if (!KR_TUPLE_CHECK(a) || !KR_DICT_CHECK(k)) {
        int first = !KR_TUPLE_CHECK(a);
        kr_err_format(&kr_exc_TypeError,
                      "%s item of the tuple returned by __getnewargs_ex__ must be a %s, not '%s'",
                      first ? "first" : "second", first ? "tuple" : "dict",
                      kr_type_name(KR_TYPE(first ? a : k)));
        kr_decref(r);
        return -1;
    }
    *args = kr_newref(a);
    *kwargs = kr_newref(k);
    kr_decref(r);
    return 0;
}

/* Whether type(self).__getstate__ is object's. */
static int default_getstate(KrObject *self)
{
    KrObject *mine = kr_type_lookup(&kr_object_type, kr_str_intern_cstr("__getstate__"));
    return kr_type_lookup(KR_TYPE(self), kr_str_intern_cstr("__getstate__")) == mine;
}

/* TypeError "cannot pickle ..." naming t as CPython's tp_name does
 * ("_io.TextIOWrapper" for C types outside builtins). */
static int cannot_pickle(KrType *t, const char *fmt)
{
    const char *name = t->name;
    KrObject *full = NULL;
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE) && strchr(name, '.') == NULL) {
        KrObject *mod = kr_object_getattr((KrObject *)t, KR_ID(__module__));
        if (mod != NULL && KR_STR_CHECK(mod) && !kr_str_eq_cstr(mod, "builtins"))
            full = kr_str_from_format("%U.%s", mod, name);
        kr_xdecref(mod);
        if (full != NULL)
            name = kr_str_utf8(full, NULL);
        kr_err_clear();
    }
    kr_err_format(&kr_exc_TypeError, fmt, name);
    kr_xdecref(full);
    return -1;
}

/* -1 with TypeError when self's layout holds more than its default state
 * can carry; 0 otherwise. */
static int state_required_fails(KrObject *self)
{
    KrType *t = KR_TYPE(self);
    if (t->itemsize)
        return cannot_pickle(t, "cannot pickle %s objects");
    Kr_ssize_t expect = kr_type_reported_basicsize(&kr_object_type);
    if (t->dictoffset)
        expect += (Kr_ssize_t)sizeof(KrObject *);
    if (t->weaklistoffset)
        expect += (Kr_ssize_t)sizeof(KrObject *);
    KrObject *f = copyreg_attr("_slotnames");
    if (f == NULL)
        return -1;
    KrObject *a = (KrObject *)t;
    KrObject *names = kr_call(f, &a, 1, NULL);
    kr_decref(f);
    if (names == NULL)
        return -1;
    if (names != kr_None) {
        Kr_ssize_t n = kr_object_length(names);
        if (n < 0) {
            kr_decref(names);
            return -1;
        }
        expect += n * (Kr_ssize_t)sizeof(KrObject *);
    }
    kr_decref(names);
    if (kr_type_reported_basicsize(t) > expect)
        return cannot_pickle(t, "cannot pickle '%s' object");
    return 0;
}

/* Protocol 2+: (copyreg.__newobj__, (cls, *args), state, listitems,
 * dictitems), or __newobj_ex__ with keyword arguments -- CPython's shape. */
static KrObject *reduce_newobj(KrObject *self)
{
    KrType *t = KR_TYPE(self);
    if (t->new_ == NULL) {
        kr_err_format(&kr_exc_TypeError, "cannot pickle '%s' object", kr_type_name(t));
        return NULL;
    }
    KrObject *args, *kwargs;
    if (get_new_arguments(self, &args, &kwargs) < 0)
        return NULL;
    KrObject *newobj = NULL, *newargs = NULL, *state = NULL, *items = NULL, *ditems = NULL;
    KrObject *r = NULL;
    if (args == NULL && (args = kr_tuple_new(0)) == NULL) {
        kr_xdecref(kwargs);
        return NULL;
    }
    if (kwargs == NULL || kr_dict_size(kwargs) == 0) {
        newobj = copyreg_attr("__newobj__");
        Kr_ssize_t n = KR_SIZE(args);
        newargs = newobj ? kr_tuple_new(n + 1) : NULL;
        if (newargs != NULL) {
            KR_TUPLE_SET(newargs, 0, kr_newref((KrObject *)t));
            for (Kr_ssize_t i = 0; i < n; i++)
                KR_TUPLE_SET(newargs, i + 1, kr_newref(KR_TUPLE_GET(args, i)));
        }
    } else {
        newobj = copyreg_attr("__newobj_ex__");
        newargs = newobj ? kr_tuple_pack(3, (KrObject *)t, args, kwargs) : NULL;
    }
    if (newargs == NULL)
        goto done;
    /* Without __new__ arguments the state must carry everything: an
     * object with C-level fields beyond what __dict__, __weakref__ and
     * __slots__ hold cannot be pickled by default (CPython's rule). */
    if (KR_SIZE(args) == 0 && !KR_LIST_CHECK(self) && !KR_DICT_CHECK(self) &&
        default_getstate(self) && state_required_fails(self) < 0)
        goto done;
    state = kr_call_method0(self, kr_str_intern_cstr("__getstate__"));
    if (state == NULL)
        goto done;
    if (KR_LIST_CHECK(self) && (items = kr_object_get_iter(self)) == NULL)
        goto done;
    if (KR_DICT_CHECK(self)) {
        KrObject *it = kr_call_method0(self, kr_str_intern_cstr("items"));
        if (it == NULL)
            goto done;
        ditems = kr_object_get_iter(it);
        kr_decref(it);
        if (ditems == NULL)
            goto done;
    }
    r = kr_tuple_pack(5, newobj, newargs, state, items ? items : kr_None, ditems ? ditems : kr_None);
done:
    kr_xdecref(args);
    kr_xdecref(kwargs);
    kr_xdecref(newobj);
    kr_xdecref(newargs);
    kr_xdecref(state);
    kr_xdecref(items);
    kr_xdecref(ditems);
    return r;
}

static KrObject *common_reduce(KrObject *self, int proto)
{
    if (proto >= 2)
        return reduce_newobj(self);
    KrObject *f = copyreg_attr("_reduce_ex");
    if (f == NULL)
        return NULL;
    KrObject *a[2] = { self, NULL };
    a[1] = kr_int_from_i64(proto);
    KrObject *r = a[1] ? kr_call(f, a, 2, NULL) : NULL;
    kr_xdecref(a[1]);
    kr_decref(f);
    return r;
}

static KrObject *object_reduce(KrObject *self)
{
    return common_reduce(self, 0);
}

/* object.__reduce_ex__(protocol): a class that overrides __reduce__ is
 * asked through it, as CPython does. */
static KrObject *object_reduce_ex(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    KrObject *mine = kr_type_lookup(&kr_object_type, KR_ID(__reduce__));
    KrObject *theirs = kr_type_lookup(KR_TYPE(self), KR_ID(__reduce__));
    if (theirs != NULL && theirs != mine)
        return kr_call_method0(self, KR_ID(__reduce__));
    long proto = 0;
    if (nargs >= 1) {
        if (!KR_INT_CHECK(args[0])) {
            kr_err_format(&kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          kr_type_name(KR_TYPE(args[0])));
            return NULL;
        }
        proto = (long)kr_number_as_ssize(args[0], NULL);
        if (proto == -1 && kr_err_occurred())
            return NULL;
    }
    return common_reduce(self, (int)proto);
}

/* object.__getstate__ (3.11): the instance __dict__, with slot values in
 * a second dict when the class has __slots__. */
static KrObject *object_getstate(KrObject *self)
{
    KrObject **dp = kr_object_dict_slot(self);
    KrObject *state = (dp && kr_inst_count(*dp) > 0) ? kr_inst_snapshot(self, *dp) : kr_newref(kr_None);
    if (state == NULL)
        return NULL;
    KrObject *slots = NULL;
    for (KrType *t = KR_TYPE(self); t && KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE); t = t->base) {
        for (const KrMemberDef *m = t->members; m && m->name; m++) {
            KrObject *v = *(KrObject **)((char *)self + m->offset);
            if (v == NULL)
                continue;
            if (slots == NULL && (slots = kr_dict_new()) == NULL) {
                kr_decref(state);
                return NULL;
            }
            if (kr_dict_set_item_str(slots, m->name, v) < 0) {
                kr_decref(slots);
                kr_decref(state);
                return NULL;
            }
        }
    }
    if (slots == NULL)
        return state;
    KrObject *r = kr_tuple_pack(2, state, slots);
    kr_decref(state);
    kr_decref(slots);
    return r;
}

static const KrMethodDef object_methods[] = {
    KR_METHOD_NOARGS("__getstate__", object_getstate),
    KR_METHOD_NOARGS("__dir__", object_dir),
    KR_METHOD_O("__format__", object_format),
    KR_METHOD_NOARGS("__sizeof__", object_sizeof),
    { "__init_subclass__", { .fastkw = object_init_subclass }, KR_METH_FASTKW | KR_METH_CLASS, NULL },
    { "__subclasshook__", { .fast = object_subclasshook }, KR_METH_FAST | KR_METH_CLASS, NULL },
    KR_METHOD_FAST("__reduce_ex__", object_reduce_ex),
    KR_METHOD_NOARGS("__reduce__", object_reduce),
    KR_METHOD_END
};

static const KrGetSetDef object_getset[] = {
    { "__class__", object_get_class, object_set_class, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_object_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "object",
    .basicsize = sizeof(KrObject),
    .flags = KR_TPFLAGS_BASETYPE,
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = kr_object_pointer_hash,
    .richcompare = object_richcompare,
    .getattro = kr_object_generic_getattr,
    .setattro = kr_object_generic_setattr,
    .init = kr_object_init_generic,
    .new_ = kr_object_new_generic,
    .methods = object_methods,
    .getset = object_getset,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
};

/* ---------------------------------------------------------------------- */
/* type                                                                   */
/* ---------------------------------------------------------------------- */

KrObject *kr_type_call(KrObject *callable, KrObject *const *args, Kr_ssize_t nargs,
                       KrObject *kwnames)
{
    KrType *t = (KrType *)callable;
    if (KR_UNLIKELY(!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_READY)) && kr_types_bootstrapped &&
        kr_type_ready(t) < 0)
        return NULL;
    if (t == &kr_type_type && nargs == 1 && kwnames == NULL)
        return kr_newref((KrObject *)KR_TYPE(args[0]));
    if (t->new_ == NULL || KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_DISALLOW_INSTANTIATION))
        return kr_err_format(&kr_exc_TypeError, "cannot create '%s' instances", t->name);
    KrObject *obj = t->new_(t, args, nargs, kwnames);
    if (obj == NULL)
        return NULL;
    /* type(x) with one argument returns early above; __init__ runs only
     * when __new__ returned an instance of t. */
    if (!kr_type_is_subtype(KR_TYPE(obj), t))
        return obj;
    t = KR_TYPE(obj);
    if (t->init != NULL && t->init(obj, args, nargs, kwnames) < 0) {
        kr_decref(obj);
        return NULL;
    }
    return obj;
}

static KrObject *type_repr(KrObject *o)
{
    KrType *t = (KrType *)o;
    KrObject *mod = type_module(t);
    if (mod == NULL) {
        kr_err_clear();
        mod = kr_str_from_cstr("builtins");
    }
    KrObject *qn = kr_type_qualname(t);
    KrObject *r;
    if (KR_STR_CHECK(mod) && !kr_str_eq_cstr(mod, "builtins"))
        r = kr_str_from_format("<class '%U.%U'>", mod, qn);
    else
        r = kr_str_from_format("<class '%U'>", qn);
    kr_decref(mod);
    kr_decref(qn);
    return r;
}

/* type.__getattribute__: metatype data descriptors, then the MRO of the
 * type itself (binding descriptors with obj=None), then metatype
 * attributes. */
static KrObject *type_getattro(KrObject *o, KrObject *name)
{
    KrType *t = (KrType *)o, *meta = KR_TYPE(o);
    /* a static type used before any instance exists (complex.__mro__) */
    if (KR_UNLIKELY(!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_READY)) && kr_types_bootstrapped &&
        kr_type_ready(t) < 0)
        return NULL;
    if (!KR_STR_CHECK(name))
        return kr_err_format(&kr_exc_TypeError, "attribute name must be string, not '%s'",
                             kr_type_name(KR_TYPE(name)));
    KrObject *meta_attr = kr_type_lookup(meta, name);
    kr_descrgetfunc meta_get = NULL;
    if (meta_attr != NULL) {
        kr_incref(meta_attr);
        meta_get = KR_TYPE(meta_attr)->descr_get;
        if (meta_get != NULL && KR_TYPE(meta_attr)->descr_set != NULL) {
            KrObject *r = meta_get(meta_attr, o, (KrObject *)meta);
            kr_decref(meta_attr);
            return r;
        }
    }
    KrObject *attr = kr_type_lookup(t, name);
    if (attr != NULL) {
        kr_incref(attr);
        kr_descrgetfunc local_get = KR_TYPE(attr)->descr_get;
        kr_xdecref(meta_attr);
        if (local_get != NULL) {
            KrObject *r = local_get(attr, NULL, o);
            kr_decref(attr);
            return r;
        }
        return attr;
    }
    if (meta_get != NULL) {
        KrObject *r = meta_get(meta_attr, o, (KrObject *)meta);
        kr_decref(meta_attr);
        return r;
    }
    if (meta_attr != NULL)
        return meta_attr;
    kr_err_format(&kr_exc_AttributeError, "type object '%s' has no attribute '%U'",
                  kr_type_name(t), name);
    return NULL;
}

static int type_setattro(KrObject *o, KrObject *name, KrObject *value)
{
    KrType *t = (KrType *)o;
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE) || KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_IMMUTABLE)) {
        kr_err_format(&kr_exc_TypeError, "cannot set '%U' attribute of immutable type '%s'",
                      name, kr_type_name(t));
        return -1;
    }
    if (KR_STR_CHECK_EXACT(name)) {
        kr_incref(name);
        name = kr_str_intern(name);
    } else {
        kr_incref(name);
    }
    /* Metatype data descriptors (e.g. __name__, __doc__ setters) first. */
    KrObject *meta_attr = kr_type_lookup(KR_TYPE(o), name);
    if (meta_attr && KR_TYPE(meta_attr)->descr_set) {
        int r = KR_TYPE(meta_attr)->descr_set(meta_attr, o, value);
        kr_decref(name);
        return r;
    }
    int r;
    if (value == NULL) {
        r = kr_dict_del_item(t->dict, name);
        if (r < 0 && kr_err_matches_type(&kr_exc_KeyError)) {
            kr_err_clear();
            kr_err_format(&kr_exc_AttributeError, "type object '%s' has no attribute '%U'",
                          kr_type_name(t), name);
        }
    } else {
        r = kr_dict_set_item(t->dict, name, value);
    }
    if (r == 0) {
        kr_type_modified(t);
        const char *s = kr_str_utf8(name, NULL);
        if (s && s[0] == '_' && s[1] == '_')
            kr_slots_update(t, name);
    }
    kr_decref(name);
    return r;
}

static void type_dealloc(KrObject *o)
{
    KrType *t = (KrType *)o;
    KrHeapType *ht = (KrHeapType *)t;
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
        return;   /* static types live forever */
    kr_gc_untrack(o);
    {
        kr_weakref_clear_refs(o);
    }
    if (t->bases)
        for (Kr_ssize_t i = 0; i < KR_SIZE(t->bases); i++)
            remove_subclass((KrType *)KR_TUPLE_GET(t->bases, i), t);
    kr_type_modified(t);
    kr_shared_keys_free(t);
    KR_CLEAR(t->dict);
    KR_CLEAR(t->bases);
    KR_CLEAR(t->mro);
    if (t->subclasses) {
        kr_mem_free(t->subclasses->items);
        kr_mem_free(t->subclasses);
        t->subclasses = NULL;
    }
    KR_CLEAR(ht->ht_name);
    KR_CLEAR(ht->ht_qualname);
    KR_CLEAR(ht->ht_slots);
    KR_CLEAR(ht->ht_module);
    kr_mem_free(ht->ht_members);
    kr_mem_free((void *)t->name);
    kr_object_free(o);
}

static int type_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrType *t = (KrType *)o;
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
        return 0;
#define V(x) do { if (x) { int r_ = visit((KrObject *)(x), arg); if (r_) return r_; } } while (0)
    V(t->dict);
    V(t->bases);
    V(t->mro);
    V(t->base);
    V(KR_TYPE(o));
#undef V
    return 0;
}

static int type_clear(KrObject *o)
{
    KrType *t = (KrType *)o;
    if (t->dict)
        kr_dict_clear(t->dict);
    KR_CLEAR(t->mro);
    return 0;
}

/* ---- getsets of type ---- */

static KrObject *type_get_name(KrObject *o, void *c)
{
    KrType *t = (KrType *)o;
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
        return kr_newref(((KrHeapType *)t)->ht_name);
    return kr_str_from_cstr(short_name(t));
}

static int type_set_name(KrObject *o, KrObject *v, void *c)
{
    KrType *t = (KrType *)o;
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE)) {
        kr_err_format(&kr_exc_TypeError, "cannot set '__name__' attribute of immutable type '%s'",
                      kr_type_name(t));
        return -1;
    }
    if (v == NULL || !KR_STR_CHECK(v)) {
        if (v == NULL)
            kr_err_format(&kr_exc_TypeError, "cannot delete '__name__' attribute of immutable type '%s'",
                          kr_type_name(t));
        else
            kr_err_format(&kr_exc_TypeError, "can only assign string to %s.__name__, not '%s'",
                          kr_type_name(t), kr_type_name(KR_TYPE(v)));
        return -1;
    }
    KR_SETREF(((KrHeapType *)t)->ht_name, kr_newref(v));
    return 0;
}

static KrObject *type_get_qualname(KrObject *o, void *c)
{
    return kr_type_qualname((KrType *)o);
}

static int type_set_qualname(KrObject *o, KrObject *v, void *c)
{
    KrType *t = (KrType *)o;
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE) || v == NULL || !KR_STR_CHECK(v)) {
        kr_err_format(&kr_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                      kr_type_name(t), v ? kr_type_name(KR_TYPE(v)) : "NoneType");
        return -1;
    }
    KR_SETREF(((KrHeapType *)t)->ht_qualname, kr_newref(v));
    return 0;
}

static KrObject *type_get_module(KrObject *o, void *c)
{
    return type_module((KrType *)o);
}

static int type_set_module(KrObject *o, KrObject *v, void *c)
{
    KrType *t = (KrType *)o;
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE)) {
        kr_err_format(&kr_exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'",
                      kr_type_name(t));
        return -1;
    }
    kr_type_modified(t);
    if (v == NULL)
        return kr_dict_del_item(t->dict, KR_ID(__module__));
    return kr_dict_set_item(t->dict, KR_ID(__module__), v);
}

static KrObject *type_get_bases(KrObject *o, void *c)
{
    return kr_newref(((KrType *)o)->bases);
}

static KrObject *type_get_base(KrObject *o, void *c)
{
    KrType *b = ((KrType *)o)->base;
    return kr_newref(b ? (KrObject *)b : kr_None);
}

static KrObject *type_get_mro(KrObject *o, void *c)
{
    KrObject *m = ((KrType *)o)->mro;
    return kr_newref(m ? m : kr_None);
}

static KrObject *type_get_dict(KrObject *o, void *c)
{
    return kr_mappingproxy_new(((KrType *)o)->dict);
}

static KrObject *type_get_doc(KrObject *o, void *c)
{
    KrType *t = (KrType *)o;
    KrObject *d = kr_dict_get_item(t->dict, KR_ID(__doc__));
    if (d == NULL) {
        if (kr_err_occurred())
            return NULL;
        KR_RETURN_NONE;
    }
    if (KR_TYPE(d)->descr_get)
        return KR_TYPE(d)->descr_get(d, NULL, o);
    return kr_newref(d);
}

static int type_set_doc(KrObject *o, KrObject *v, void *c)
{
    KrType *t = (KrType *)o;
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE)) {
        kr_err_format(&kr_exc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'",
                      kr_type_name(t));
        return -1;
    }
    kr_type_modified(t);
    return kr_dict_set_item(t->dict, KR_ID(__doc__), v ? v : kr_None);
}

static KrObject *type_get_abstractmethods(KrObject *o, void *c)
{
    KrType *t = (KrType *)o;
    KrObject *r = t != &kr_type_type ? kr_dict_get_item(t->dict, KR_ID(__abstractmethods__)) : NULL;
    if (r == NULL) {
        if (!kr_err_occurred())
            kr_err_set(&kr_exc_AttributeError, KR_ID(__abstractmethods__));
        return NULL;
    }
    return kr_newref(r);
}

static int type_set_abstractmethods(KrObject *o, KrObject *v, void *c)
{
    KrType *t = (KrType *)o;
    int abstract = 0, r;
    if (v != NULL) {
        abstract = kr_object_is_true(v);
        if (abstract < 0)
            return -1;
        r = kr_dict_set_item(t->dict, KR_ID(__abstractmethods__), v);
    } else {
        r = kr_dict_del_item(t->dict, KR_ID(__abstractmethods__));
        if (r < 0 && kr_err_matches_type(&kr_exc_KeyError)) {
            kr_err_clear();
            kr_err_set(&kr_exc_AttributeError, KR_ID(__abstractmethods__));
        }
    }
    if (r < 0)
        return -1;
    kr_type_modified(t);
    if (abstract)
        t->flags |= KR_TPFLAGS_IS_ABSTRACT;
    else
        t->flags &= ~(uint32_t)KR_TPFLAGS_IS_ABSTRACT;
    return 0;
}

static KrObject *type_get_basicsize(KrObject *o, void *c)
{
    return kr_int_from_ssize(kr_type_reported_basicsize((KrType *)o));
}

static KrObject *type_get_itemsize(KrObject *o, void *c)
{
    return kr_int_from_ssize(((KrType *)o)->itemsize);
}

/* CPython 3.11 (64-bit) reports -48 for managed dicts, which live before
 * the object with the GC header. */
static KrObject *type_get_dictoffset(KrObject *o, void *c)
{
    KrType *t = (KrType *)o;
    return kr_int_from_ssize(kr_type_has_managed_dict(t) ? -48 : t->dictoffset);
}

static KrObject *type_get_weakrefoffset(KrObject *o, void *c)
{
    KrType *t = (KrType *)o;
    Kr_ssize_t off = t->weaklistoffset;
    if (kr_type_has_managed_dict(t) && off > t->dictoffset)
        off -= (Kr_ssize_t)sizeof(KrObject *);
    return kr_int_from_ssize(off);
}

/* __flags__ in CPython 3.11's bit layout (copyreg and user code test
 * bits such as Py_TPFLAGS_HEAPTYPE = 1 << 9 by number). */
static KrObject *type_get_flags(KrObject *o, void *c)
{
    static const struct { uint32_t mine; int cpython_bit; } map[] = {
        { KR_TPFLAGS_HEAPTYPE, 9 }, { KR_TPFLAGS_BASETYPE, 10 }, { KR_TPFLAGS_HAVE_GC, 14 },
        { KR_TPFLAGS_READY, 12 }, { KR_TPFLAGS_READYING, 13 }, { KR_TPFLAGS_IS_ABSTRACT, 20 },
        { KR_TPFLAGS_VALID_VERSION, 19 }, { KR_TPFLAGS_IMMUTABLE, 8 },
        { KR_TPFLAGS_DISALLOW_INSTANTIATION, 7 }, { KR_TPFLAGS_METHOD_DESCRIPTOR, 17 },
        { KR_TPFLAGS_INLINE_VALUES, 4 },
        { KR_TPFLAGS_INT_SUBCLASS, 24 }, { KR_TPFLAGS_LIST_SUBCLASS, 25 },
        { KR_TPFLAGS_TUPLE_SUBCLASS, 26 }, { KR_TPFLAGS_BYTES_SUBCLASS, 27 },
        { KR_TPFLAGS_STR_SUBCLASS, 28 }, { KR_TPFLAGS_DICT_SUBCLASS, 29 },
        { KR_TPFLAGS_BASE_EXC_SUBCLASS, 30 }, { KR_TPFLAGS_TYPE_SUBCLASS, 31 },
    };
    uint32_t f = ((KrType *)o)->flags;
    uint64_t r = (uint64_t)1 << 18;    /* Py_TPFLAGS_HAVE_VERSION_TAG, always set */
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (f & map[i].mine)
            r |= (uint64_t)1 << map[i].cpython_bit;
    return kr_int_from_u64(r);
}

static KrObject *type_get_text_signature(KrObject *o, void *c)
{
    KR_RETURN_NONE;
}

static const KrGetSetDef type_getset[] = {
    { "__name__", type_get_name, type_set_name, NULL, NULL },
    { "__qualname__", type_get_qualname, type_set_qualname, NULL, NULL },
    { "__bases__", type_get_bases, NULL, NULL, NULL },
    { "__base__", type_get_base, NULL, NULL, NULL },
    { "__mro__", type_get_mro, NULL, NULL, NULL },
    { "__module__", type_get_module, type_set_module, NULL, NULL },
    { "__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL },
    { "__dict__", type_get_dict, NULL, NULL, NULL },
    { "__doc__", type_get_doc, type_set_doc, NULL, NULL },
    { "__basicsize__", type_get_basicsize, NULL, NULL, NULL },
    { "__itemsize__", type_get_itemsize, NULL, NULL, NULL },
    { "__dictoffset__", type_get_dictoffset, NULL, NULL, NULL },
    { "__weakrefoffset__", type_get_weakrefoffset, NULL, NULL, NULL },
    { "__flags__", type_get_flags, NULL, NULL, NULL },
    { "__text_signature__", type_get_text_signature, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

static KrObject *type_mro_method(KrObject *self)
{
    KrObject *t = c3_mro((KrType *)self);
    if (t == NULL)
        return NULL;
    KrObject *l = kr_sequence_list(t);
    kr_decref(t);
    return l;
}

static KrObject *type_subclasses(KrObject *self)
{
    KrType *t = (KrType *)self;
    KrObject *l = kr_list_new(0);
    if (l == NULL || t->subclasses == NULL)
        return l;
    for (Kr_ssize_t i = 0; i < t->subclasses->n; i++)
        if (kr_list_append(l, (KrObject *)t->subclasses->items[i]) < 0) {
            kr_decref(l);
            return NULL;
        }
    return l;
}

static KrObject *type_instancecheck(KrObject *self, KrObject *inst)
{
    int r = kr_object_recursive_isinstance(inst, self);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *type_subclasscheck(KrObject *self, KrObject *sub)
{
    int r = kr_object_recursive_issubclass(sub, self);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *type_prepare(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    return kr_dict_new();
}

static KrObject *type_sizeof(KrObject *self)
{
    Kr_ssize_t size = KR_TYPE_HAS_FLAG((KrType *)self, KR_TPFLAGS_HEAPTYPE)
                          ? (Kr_ssize_t)sizeof(KrHeapType) : (Kr_ssize_t)sizeof(KrType);
    return kr_int_from_ssize(size);
}

static KrObject *type_dir(KrObject *self)
{
    KrObject *result = kr_dict_new();
    if (result == NULL)
        return NULL;
    KrObject *mro = ((KrType *)self)->mro;
    for (Kr_ssize_t i = KR_SIZE(mro) - 1; i >= 0; i--)
        if (kr_dict_merge(result, ((KrType *)KR_TUPLE_GET(mro, i))->dict, 1) < 0) {
            kr_decref(result);
            return NULL;
        }
    KrObject *keys = kr_dict_keys(result);
    kr_decref(result);
    return keys;
}

static const KrMethodDef type_methods[] = {
    KR_METHOD_NOARGS("mro", type_mro_method),
    KR_METHOD_NOARGS("__subclasses__", type_subclasses),
    KR_METHOD_O("__instancecheck__", type_instancecheck),
    KR_METHOD_O("__subclasscheck__", type_subclasscheck),
    { "__prepare__", { .fastkw = type_prepare }, KR_METH_FASTKW | KR_METH_CLASS, NULL },
    KR_METHOD_NOARGS("__sizeof__", type_sizeof),
    KR_METHOD_NOARGS("__dir__", type_dir),
    KR_METHOD_END
};

static KrObject *type_new(KrType *meta, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames)
{
    if (meta == &kr_type_type && nargs == 1 && (kwnames == NULL || KR_SIZE(kwnames) == 0))
        return kr_newref((KrObject *)KR_TYPE(args[0]));
    if (nargs != 3) {
        if (nargs == 1 || nargs == 0)
            return kr_err_format(&kr_exc_TypeError, "type() takes 1 or 3 arguments");
        return kr_err_format(&kr_exc_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!KR_STR_CHECK(args[0]))
        return kr_err_format(&kr_exc_TypeError,
                             "type.__new__() argument 1 must be str, not %s",
                             kr_type_name(KR_TYPE(args[0])));
    if (!KR_TUPLE_CHECK(args[1]))
        return kr_err_format(&kr_exc_TypeError,
                             "type.__new__() argument 2 must be tuple, not %s",
                             kr_type_name(KR_TYPE(args[1])));
    if (!KR_DICT_CHECK(args[2]))
        return kr_err_format(&kr_exc_TypeError,
                             "type.__new__() argument 3 must be dict, not %s",
                             kr_type_name(KR_TYPE(args[2])));
    KrObject *kwds = NULL;
    if (kwnames && KR_SIZE(kwnames) > 0) {
        kwds = kr_dict_new();
        if (kwds == NULL)
            return NULL;
        for (Kr_ssize_t i = 0; i < KR_SIZE(kwnames); i++)
            if (kr_dict_set_item(kwds, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                kr_decref(kwds);
                return NULL;
            }
    }
    KrObject *r = kr_type_new_class(meta, args[0], args[1], args[2], kwds);
    kr_xdecref(kwds);
    return r;
}

static int type_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames) > 0 && nargs == 1) {
        kr_err_set_string(&kr_exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        kr_err_set_string(&kr_exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static KrObject *type_or(KrObject *a, KrObject *b)
{
    /* X | Y unions (3.10) are built by the typing helpers in lib/ */
    KrObject *types = kr_import_cstr("types");
    if (types == NULL) {
        kr_err_clear();
        KR_RETURN_NOTIMPLEMENTED;
    }
    KrObject *f = kr_object_getattr_str(types, "_make_union");
    kr_decref(types);
    if (f == NULL) {
        kr_err_clear();
        KR_RETURN_NOTIMPLEMENTED;
    }
    KrObject *r = kr_call2(f, a, b);
    kr_decref(f);
    return r;
}

static KrNumberMethods type_as_number = { .or_ = type_or };

KrType kr_type_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "type",
    .basicsize = sizeof(KrHeapType),
    .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_TYPE_SUBCLASS | KR_TPFLAGS_HAVE_GC,
    .dealloc = type_dealloc,
    .repr = type_repr,
    .hash = kr_object_pointer_hash,
    .getattro = type_getattro,
    .setattro = type_setattro,
    .call = kr_type_call,
    .as_number = &type_as_number,
    .traverse = type_traverse,
    .clear = type_clear,
    .new_ = type_new,
    .init = type_init,
    .methods = type_methods,
    .getset = type_getset,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .weaklistoffset = offsetof(KrHeapType, ht_weaklist),
};

/* ---------------------------------------------------------------------- */
/* Class creation                                                         */
/* ---------------------------------------------------------------------- */

/* The "solid base": the nearest ancestor that adds to the C layout. */
static KrType *solid_base(KrType *t)
{
    KrType *base = t->base ? solid_base(t->base) : &kr_object_type;
    if (t == &kr_object_type)
        return t;
    Kr_ssize_t tsize = t->basicsize, bsize = t->base ? t->base->basicsize : 0;
    int extra = tsize != bsize;
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE)) {
        /* __dict__ and __weakref__ added by a class statement do not change
         * the layout for compatibility purposes. */
        Kr_ssize_t adj = 0;
        if (t->dictoffset && (!t->base || t->base->dictoffset == 0) && t->dictoffset > 0)
            adj += sizeof(KrObject *);
        if (t->weaklistoffset && (!t->base || t->base->weaklistoffset == 0))
            adj += sizeof(KrObject *);
        extra = tsize - adj != bsize;
    }
    return extra ? t : base;
}

static KrType *best_base(KrObject *bases)
{
    KrType *winner = NULL, *base = NULL;
    for (Kr_ssize_t i = 0; i < KR_SIZE(bases); i++) {
        KrObject *b = KR_TUPLE_GET(bases, i);
        if (!KR_TYPE_CHECK(b)) {
            kr_err_set_string(&kr_exc_TypeError, "bases must be types");
            return NULL;
        }
        KrType *bt = (KrType *)b;
        if (!KR_TYPE_HAS_FLAG(bt, KR_TPFLAGS_BASETYPE)) {
            kr_err_format(&kr_exc_TypeError, "type '%s' is not an acceptable base type",
                          bt->name);
            return NULL;
        }
        KrType *cand = solid_base(bt);
        if (winner == NULL) {
            winner = cand;
            base = bt;
        } else if (kr_type_is_subtype(winner, cand)) {
            /* keep */
        } else if (kr_type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            kr_err_set_string(&kr_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

static KrType *calculate_metaclass(KrType *meta, KrObject *bases)
{
    KrType *winner = meta;
    for (Kr_ssize_t i = 0; i < KR_SIZE(bases); i++) {
        KrType *bt = KR_TYPE(KR_TUPLE_GET(bases, i));
        if (kr_type_is_subtype(winner, bt))
            continue;
        if (kr_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        kr_err_set_string(&kr_exc_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a "
                          "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

KrType *kr_type_calculate_metaclass(KrType *meta, KrObject *bases)
{
    return calculate_metaclass(meta, bases);
}

static int valid_identifier(KrObject *s)
{
    if (!KR_STR_CHECK(s) || KR_STR_LEN(s) == 0)
        return 0;
    for (Kr_ssize_t i = 0; i < KR_STR_LEN(s); i++) {
        uint32_t c = KR_STR_CHAR(s, i);
        int ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128 ||
                 (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return 0;
    }
    return 1;
}

/* Private name mangling for __slots__ entries: __x in class C -> _C__x. */
static KrObject *mangle(KrObject *classname, KrObject *name)
{
    Kr_ssize_t n = KR_STR_LEN(name);
    if (n < 3 || KR_STR_CHAR(name, 0) != '_' || KR_STR_CHAR(name, 1) != '_' ||
        (KR_STR_CHAR(name, n - 1) == '_' && KR_STR_CHAR(name, n - 2) == '_'))
        return kr_newref(name);
    Kr_ssize_t start = 0, cn = KR_STR_LEN(classname);
    while (start < cn && KR_STR_CHAR(classname, start) == '_')
        start++;
    if (start == cn)
        return kr_newref(name);
    KrObject *stripped = kr_str_substr(classname, start, cn);
    if (stripped == NULL)
        return NULL;
    KrObject *r = kr_str_from_format("_%U%U", stripped, name);
    kr_decref(stripped);
    return r;
}

static void heap_dealloc(KrObject *o);
static int heap_traverse(KrObject *o, kr_visitproc visit, void *arg);
static int heap_clear(KrObject *o);

KrObject *kr_type_new_class(KrType *meta, KrObject *name, KrObject *bases, KrObject *ns,
                            KrObject *kwds)
{
    KrType *winner = calculate_metaclass(meta, bases);
    if (winner == NULL)
        return NULL;
    if (winner != meta && winner->new_ != type_new && winner->new_ != NULL) {
        /* A more derived metaclass with its own __new__ takes over. */
        KrObject *args[3] = { name, bases, ns };
        return kr_call_with_dict((KrObject *)winner, args, 3, kwds);
    }
    meta = winner;

    KrObject *owned_bases = NULL;
    if (KR_SIZE(bases) == 0) {
        owned_bases = kr_tuple_pack(1, (KrObject *)&kr_object_type);
        if (owned_bases == NULL)
            return NULL;
        bases = owned_bases;
    } else {
        kr_incref(bases);
        owned_bases = bases;
    }
    KrType *base = best_base(bases);
    if (base == NULL) {
        kr_decref(owned_bases);
        return NULL;
    }
    KrObject *dict = kr_dict_copy(ns);
    if (dict == NULL) {
        kr_decref(owned_bases);
        return NULL;
    }

    /* __slots__ */
    KrObject *slots = kr_dict_get_item(dict, KR_ID(__slots__));
    KrObject *slot_names = NULL;      /* mangled, without __dict__/__weakref__ */
    int add_dict = 0, add_weak = 0;
    int may_add_dict = base->dictoffset == 0;
    int may_add_weak = base->weaklistoffset == 0 && base->itemsize == 0;
    if (slots == NULL) {
        add_dict = may_add_dict;
        add_weak = may_add_weak;
    } else {
        KrObject *seq = KR_STR_CHECK(slots) ? kr_tuple_pack(1, slots) : kr_sequence_tuple(slots);
        if (seq == NULL)
            goto fail_early;
        if (KR_SIZE(seq) > 0 && base->itemsize != 0) {
            kr_err_format(&kr_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                          base->name);
            kr_decref(seq);
            goto fail_early;
        }
        slot_names = kr_list_new(0);
        for (Kr_ssize_t i = 0; i < KR_SIZE(seq); i++) {
            KrObject *s = KR_TUPLE_GET(seq, i);
            if (!KR_STR_CHECK(s)) {
                kr_err_format(&kr_exc_TypeError, "__slots__ items must be strings, not '%s'",
                              kr_type_name(KR_TYPE(s)));
                kr_decref(seq);
                goto fail_early;
            }
            if (!valid_identifier(s)) {
                kr_err_set_string(&kr_exc_TypeError, "__slots__ must be identifiers");
                kr_decref(seq);
                goto fail_early;
            }
            if (kr_str_eq_cstr(s, "__dict__")) {
                if (!may_add_dict || add_dict) {
                    kr_err_set_string(&kr_exc_TypeError,
                                      "__dict__ slot disallowed: we already got one");
                    kr_decref(seq);
                    goto fail_early;
                }
                add_dict = 1;
                continue;
            }
            if (kr_str_eq_cstr(s, "__weakref__")) {
                if (!may_add_weak || add_weak) {
                    kr_err_set_string(&kr_exc_TypeError,
                                      "__weakref__ slot disallowed: either we already got one, "
                                      "or __itemsize__ != 0");
                    kr_decref(seq);
                    goto fail_early;
                }
                add_weak = 1;
                continue;
            }
            KrObject *m = mangle(name, s);
            if (m == NULL) {
                kr_decref(seq);
                goto fail_early;
            }
            if (kr_dict_contains(dict, m) > 0) {
                kr_err_format(&kr_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
                kr_decref(m);
                kr_decref(seq);
                goto fail_early;
            }
            kr_list_append(slot_names, m);
            kr_decref(m);
        }
        kr_decref(seq);
        if (kr_list_sort(slot_names, NULL, 0) < 0)
            goto fail_early;
    }

    KrHeapType *ht = (KrHeapType *)kr_object_alloc(meta, 0);
    if (ht == NULL)
        goto fail_early;
    KrType *t = &ht->type;
    t->flags = KR_TPFLAGS_HEAPTYPE | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC;
    t->as_number = &ht->as_number;
    t->as_sequence = &ht->as_sequence;
    t->as_mapping = &ht->as_mapping;
    /* Start from the solid base's C slots; fixup replaces the dunders. */
    if (base->as_number)
        ht->as_number = *base->as_number;
    if (base->as_sequence)
        ht->as_sequence = *base->as_sequence;
    if (base->as_mapping)
        ht->as_mapping = *base->as_mapping;
    ht->ht_name = kr_newref(name);
    {
        const char *s = kr_str_utf8(name, NULL);
        size_t n = s ? strlen(s) : 0;
        char *copy = kr_mem_alloc(n + 1);
        if (copy) {
            memcpy(copy, s ? s : "", n + 1);
            t->name = copy;
        } else {
            t->name = "?";
        }
    }
    t->base = base;
    kr_incref((KrObject *)base);   /* owned via bases; kept for clarity of lifetime */
    kr_decref((KrObject *)base);
    t->bases = owned_bases;
    owned_bases = NULL;
    t->dict = dict;
    dict = NULL;
    t->doc = NULL;

    /* Layout: base layout, then slot members, then __dict__, __weakref__. */
    Kr_ssize_t size = base->basicsize;
    Kr_ssize_t nslots = slot_names ? KR_SIZE(slot_names) : 0;
    if (nslots > 0) {
        ht->ht_members = kr_mem_calloc(sizeof(KrMemberDef) * (size_t)(nslots + 1));
        if (ht->ht_members == NULL) {
            kr_err_no_memory();
            goto fail;
        }
        for (Kr_ssize_t i = 0; i < nslots; i++) {
            KrMemberDef *m = &ht->ht_members[i];
            m->name = kr_str_utf8(KR_LIST_GET(slot_names, i), NULL);
            m->kind = KR_T_OBJECT_EX;
            m->offset = size;
            size += sizeof(KrObject *);
        }
        t->members = ht->ht_members;
        ht->ht_slots = kr_list_as_tuple(slot_names);
    }
    if (add_dict) {
        if (base->itemsize)
            t->dictoffset = -(Kr_ssize_t)sizeof(KrObject *);
        else {
            t->dictoffset = size;
            size += sizeof(KrObject *);
        }
    }
    if (add_weak) {
        t->weaklistoffset = size;
        size += sizeof(KrObject *);
    }
    t->basicsize = size;
    t->itemsize = base->itemsize;
    t->dealloc = heap_dealloc;
    t->traverse = heap_traverse;
    t->clear = heap_clear;
    t->getattro = base->getattro;
    t->setattro = base->setattro;
    if (add_dict && t->dictoffset < 0)
        t->basicsize += sizeof(KrObject *);   /* room for the trailing dict */

    /* __module__ from the caller's globals, __qualname__ from the body */
    if (kr_dict_get_item(t->dict, KR_ID(__module__)) == NULL) {
        KrObject *g = kr_eval_get_globals();
        KrObject *mod = g ? kr_dict_get_item(g, KR_ID(__name__)) : NULL;
        if (mod && kr_dict_set_item(t->dict, KR_ID(__module__), mod) < 0)
            goto fail;
    }
    KrObject *qn = kr_dict_get_item(t->dict, KR_ID(__qualname__));
    if (qn != NULL) {
        if (!KR_STR_CHECK(qn)) {
            kr_err_format(&kr_exc_TypeError, "type __qualname__ must be a str, not %s",
                          kr_type_name(KR_TYPE(qn)));
            goto fail;
        }
        ht->ht_qualname = kr_newref(qn);
        if (kr_dict_del_item(t->dict, KR_ID(__qualname__)) < 0)
            goto fail;
    } else {
        ht->ht_qualname = kr_newref(name);
    }
    {
        KrObject *doc = kr_dict_get_item(t->dict, KR_ID(__doc__));
        if (doc && KR_STR_CHECK(doc))
            t->doc = kr_str_utf8(doc, NULL);
    }
    /* Implicit staticmethod/classmethod */
    {
        KrObject *f = kr_dict_get_item(t->dict, KR_ID(__new__));
        if (f && KR_FUNCTION_CHECK(f)) {
            KrObject *sm = kr_staticmethod_new(f);
            if (sm == NULL || kr_dict_set_item(t->dict, KR_ID(__new__), sm) < 0) {
                kr_xdecref(sm);
                goto fail;
            }
            kr_decref(sm);
        }
        KrObject *names[2] = { KR_ID(__init_subclass__), KR_ID(__class_getitem__) };
        for (int i = 0; i < 2; i++) {
            f = kr_dict_get_item(t->dict, names[i]);
            if (f && KR_FUNCTION_CHECK(f)) {
                KrObject *cm = kr_classmethod_new(f);
                if (cm == NULL || kr_dict_set_item(t->dict, names[i], cm) < 0) {
                    kr_xdecref(cm);
                    goto fail;
                }
                kr_decref(cm);
            }
        }
    }
    /* member descriptors for slots */
    for (Kr_ssize_t i = 0; i < nslots; i++) {
        KrObject *d = kr_member_descr_new(t, &ht->ht_members[i]);
        if (d == NULL || kr_dict_set_item(t->dict, KR_LIST_GET(slot_names, i), d) < 0) {
            kr_xdecref(d);
            goto fail;
        }
        kr_decref(d);
    }
    KR_CLEAR(slot_names);

    if (kr_type_ready(t) < 0)
        goto fail;
    if (kr_type_has_managed_dict(t))
        t->flags |= KR_TPFLAGS_INLINE_VALUES;
    /* __dict__ / __weakref__ descriptors for instances */
    if (add_dict && kr_type_lookup(base, KR_ID(__dict__)) == NULL) {
        extern KrObject *kr_dict_descr_new(KrType *owner);
        KrObject *d = kr_dict_descr_new(t);
        if (d == NULL || kr_dict_set_item(t->dict, KR_ID(__dict__), d) < 0) {
            kr_xdecref(d);
            goto fail;
        }
        kr_decref(d);
    }
    if (add_weak && kr_type_lookup(base, KR_ID(__weakref__)) == NULL) {
        extern KrObject *kr_weakref_descr_new(KrType *owner);
        KrObject *d = kr_weakref_descr_new(t);
        if (d == NULL || kr_dict_set_item(t->dict, KR_ID(__weakref__), d) < 0) {
            kr_xdecref(d);
            goto fail;
        }
        kr_decref(d);
    }
    /* a missing __doc__ is None, entered after the slot, __dict__ and
     * __weakref__ descriptors (CPython's order of the class __dict__) */
    if (kr_dict_get_item(t->dict, KR_ID(__doc__)) == NULL &&
        kr_dict_set_item(t->dict, KR_ID(__doc__), kr_None) < 0)
        goto fail;
    /* __eq__ without __hash__ makes instances unhashable */
    if (kr_dict_get_item(t->dict, KR_ID(__eq__)) != NULL &&
        kr_dict_get_item(t->dict, KR_ID(__hash__)) == NULL) {
        if (kr_dict_set_item(t->dict, KR_ID(__hash__), kr_None) < 0)
            goto fail;
    }
    kr_slots_fixup_all(t);
    kr_gc_track((KrObject *)t);

    /* zero-argument super(): fill the __class__ cell of the body */
    {
        KrObject *cell = kr_dict_get_item(t->dict, KR_ID(__classcell__));
        if (cell != NULL) {
            if (KR_TYPE(cell) != &kr_cell_type) {
                kr_err_format(&kr_exc_TypeError, "__classcell__ must be a nonlocal cell, not %s",
                              kr_type_name(KR_TYPE(cell)));
                goto fail_ready;
            }
            KR_SETREF(((KrCell *)cell)->ref, kr_newref((KrObject *)t));
            if (kr_dict_del_item(t->dict, KR_ID(__classcell__)) < 0)
                goto fail_ready;
        }
    }

    /* __set_name__ on every attribute that defines it */
    {
        KrObject *items = kr_dict_items(t->dict);
        if (items == NULL)
            goto fail_ready;
        for (Kr_ssize_t i = 0; i < KR_SIZE(items); i++) {
            KrObject *pair = KR_LIST_GET(items, i);
            KrObject *k = KR_TUPLE_GET(pair, 0), *v = KR_TUPLE_GET(pair, 1);
            KrObject *args[2] = { (KrObject *)t, k };
            int found;
            KrObject *r = kr_call_special(v, KR_ID(__set_name__), args, 2, &found);
            if (found && r == NULL) {
                kr_decref(items);
                goto fail_ready;
            }
            kr_xdecref(r);
        }
        kr_decref(items);
    }
    /* super(t, t).__init_subclass__(**kwds) */
    {
        KrObject *mro = t->mro;
        KrObject *meth = NULL;
        for (Kr_ssize_t i = 1; i < KR_SIZE(mro) && meth == NULL; i++) {
            KrType *b = (KrType *)KR_TUPLE_GET(mro, i);
            meth = kr_dict_get_item(b->dict, KR_ID(__init_subclass__));
        }
        if (meth != NULL) {
            KrObject *bound;
            kr_descrgetfunc g = KR_TYPE(meth)->descr_get;
            bound = g ? g(meth, NULL, (KrObject *)t) : kr_newref(meth);
            if (bound == NULL)
                goto fail_ready;
            KrObject *r = kr_call_with_dict(bound, NULL, 0, kwds);
            kr_decref(bound);
            if (r == NULL)
                goto fail_ready;
            kr_decref(r);
        }
    }
    return (KrObject *)t;

fail_early:
    kr_xdecref(slot_names);
    kr_xdecref(owned_bases);
    kr_xdecref(dict);
    return NULL;
fail:
    kr_xdecref(slot_names);
fail_ready:
    kr_decref((KrObject *)t);
    return NULL;
}

/* ---- instances of classes defined in Python ---- */

static void heap_dealloc(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    /* Run __del__ (PEP 442: once). Resurrection keeps the object. */
    if (t->finalize && KR_IS_GC(o) && !(KR_GC_HEAD(o)->gc_refs & KR_GC_FINALIZED)) {
        KR_GC_HEAD(o)->gc_refs |= KR_GC_FINALIZED;
        o->refcnt = 1;
        t->finalize(o);
        if (--o->refcnt > 0)
            return;   /* resurrected */
    }
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_GC))
        kr_gc_untrack(o);
    if (t->weaklistoffset) {
        kr_weakref_clear_refs(o);
    }
    /* Clear slots and __dict__ added by Python classes down to the first
     * C base, then let that base's dealloc finish the object. */
    KrType *b = t;
    while (b && KR_TYPE_HAS_FLAG(b, KR_TPFLAGS_HEAPTYPE)) {
        for (const KrMemberDef *m = b->members; m && m->name; m++) {
            if (m->kind == KR_T_OBJECT_EX || m->kind == KR_T_OBJECT) {
                KrObject **p = (KrObject **)((char *)o + m->offset);
                KR_CLEAR(*p);
            }
        }
        b = b->base;
    }
    if (b && b->dictoffset == 0 && t->dictoffset != 0) {
        KrObject **dp = kr_object_dict_slot(o);
        if (dp)
            kr_inst_clear(dp);
    }
    /* The C base frees the memory (it calls kr_object_free, which drops
     * the reference to our heap type). */
    if (b && b->dealloc && b->dealloc != heap_dealloc)
        b->dealloc(o);
    else
        kr_object_free(o);
}

static int heap_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrType *t = KR_TYPE(o);
    KrType *b = t;
    while (b && KR_TYPE_HAS_FLAG(b, KR_TPFLAGS_HEAPTYPE)) {
        for (const KrMemberDef *m = b->members; m && m->name; m++) {
            KrObject *v = *(KrObject **)((char *)o + m->offset);
            if (v) {
                int r = visit(v, arg);
                if (r)
                    return r;
            }
        }
        b = b->base;
    }
    KrObject **dp = kr_object_dict_slot(o);
    if (dp && *dp) {
        int r = kr_inst_traverse(*dp, visit, arg);
        if (r)
            return r;
    }
    int r = visit((KrObject *)t, arg);
    if (r)
        return r;
    if (b && b->traverse)
        return b->traverse(o, visit, arg);
    return 0;
}

static int heap_clear(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    KrType *b = t;
    while (b && KR_TYPE_HAS_FLAG(b, KR_TPFLAGS_HEAPTYPE)) {
        for (const KrMemberDef *m = b->members; m && m->name; m++) {
            KrObject **p = (KrObject **)((char *)o + m->offset);
            KR_CLEAR(*p);
        }
        b = b->base;
    }
    KrObject **dp = kr_object_dict_slot(o);
    if (dp)
        kr_inst_clear(dp);
    if (b && b->clear)
        return b->clear(o);
    return 0;
}

/* Errors in __del__ and similar contexts are reported, not raised. */
void kr_unraisable(const char *msg, KrObject *obj)
{
    KrObject *exc = kr_err_fetch();
    if (exc == NULL)
        return;
    extern void kr_sys_write_stderr(const char *s);
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, msg ? msg : "Exception ignored in");
    if (obj) {
        kr_buf_puts(&b, ": ");
        if (kr_buf_append_repr(&b, obj) < 0) {
            kr_err_clear();
            kr_buf_puts(&b, "<object repr() failed>");
        }
    }
    kr_buf_putc(&b, '\n');
    KrObject *s = kr_buf_finish(&b);
    if (s) {
        kr_sys_write_stderr(kr_str_utf8(s, NULL));
        kr_decref(s);
    }
    /* CPython's unraisable hook prints the traceback without the chain */
    kr_err_print_unchained(exc);
    kr_decref(exc);
}
