/*
 * instattrs.c -- instance attributes kept inline, with keys shared by class.
 *
 * Most instances of a class get the same attributes, set in the same order
 * by the same __init__.  A dict per instance repeats the key table in every
 * instance and doubles the number of objects the cycle collector walks.
 * CPython 3.11 avoids both with "shared keys": the class owns the table of
 * attribute names, each instance owns only an array of values.  krait does
 * the same, in its own shape:
 *
 *     class (KrType)                      instance
 *     shared_keys --> KrSharedKeys        [header][...][dict slot] --+
 *                     n = 3                                          |
 *                     names: x y z          KrInstValues  <-- tag 1 -+
 *                                           cap = 3, used = 3
 *                                           values: vx vy vz
 *                                           order:  0 1 2
 *
 * Which classes: those whose instances have what CPython calls a managed
 * dict (KR_TPFLAGS_INLINE_VALUES, set at class creation: a class statement
 * added __dict__ over a fixed-size C base without one).  Their dict slot
 * (at tp dictoffset) holds one of three things:
 *
 *   NULL                no attribute yet;
 *   a KrInstValues*|1   the values array (the low bit tags it; the block is
 *                       8-aligned, so the bit is free);
 *   a dict              "materialised": someone asked for __dict__, or the
 *                       instance needed a key the shared table cannot take.
 *                       From then on the instance uses that dict for good.
 *
 * Invariants:
 *  - Shared keys only grow, and only by appending: index i names the same
 *    attribute for the life of the class, so an index cached by the
 *    interpreter stays right.  Every append bumps the class's version tag
 *    (kr_type_modified); a specialisation that checked "name is not an
 *    instance attribute" at specialisation time is guarded by that tag.
 *  - At most KR_SHARED_KEYS_MAX names (a uint8 order array, and classes
 *    with more attributes are rare); past that, or for a key that is not
 *    an exact str, the instance materialises.
 *  - values[i] is NULL when the instance has no attribute i; `order` lists
 *    the non-NULL indexes in the order they were first set, so __dict__
 *    has CPython's per-instance insertion order.
 *  - values[] sits at a fixed offset in the block, so the interpreter's
 *    cached-index load is one indexed load after the tag test; the order
 *    bytes follow values[cap].
 *  - A block belongs to exactly one instance; it is never shared, so it can
 *    be reallocated (grown to the class's current key count) freely.
 *  - Reentrancy: decrefs (which may run __del__ and so touch this very
 *    instance) come last, after the block is consistent again.
 */
#include <string.h>

#include "krait.h"

static size_t block_size(unsigned cap)
{
    return (offsetof(KrInstValues, values) + cap * (sizeof(KrObject *) + 1) + 7) & ~(size_t)7;
}

/* ---------------------------------------------------------------------- */
/* Shared keys                                                            */
/* ---------------------------------------------------------------------- */

Kr_ssize_t kr_shared_keys_index(KrType *t, KrObject *name)
{
    KrSharedKeys *k = t->shared_keys;
    if (k == NULL)
        return -1;
    Kr_ssize_t n = k->n;
    for (Kr_ssize_t i = 0; i < n; i++)
        if (k->names[i] == name)
            return i;
    /* Equal strs are identical when both are interned; a str subclass
     * (getattr(o, S('x'))) still names the attribute by its value. */
    if (!KR_STR_CHECK(name) ||
        (KR_STR_CHECK_EXACT(name) && k->all_interned && ((KrStr *)name)->interned))
        return -1;
    for (Kr_ssize_t i = 0; i < n; i++)
        if (kr_str_eq(k->names[i], name))
            return i;
    return -1;
}

/* Appends name; its index, or -1 when the table cannot take it (no error
 * set: the caller materialises).  -2 with MemoryError. */
static Kr_ssize_t keys_append(KrType *t, KrObject *name)
{
    if (!KR_STR_CHECK_EXACT(name))
        return -1;
    KrSharedKeys *k = t->shared_keys;
    if (k == NULL) {
        k = kr_mem_calloc(sizeof(KrSharedKeys));
        if (k == NULL) {
            kr_err_no_memory();
            return -2;
        }
        k->all_interned = 1;
        t->shared_keys = k;
    }
    if (k->n >= KR_SHARED_KEYS_MAX)
        return -1;
    k->names[k->n] = kr_newref(name);
    if (!((KrStr *)name)->interned)
        k->all_interned = 0;
    /* specialisations that proved "name is no instance attribute" die */
    kr_type_modified(t);
    return k->n++;
}

Kr_ssize_t kr_shared_keys_insert(KrType *t, KrObject *name)
{
    Kr_ssize_t i = kr_shared_keys_index(t, name);
    return i >= 0 ? i : keys_append(t, name);
}

void kr_shared_keys_free(KrType *t)
{
    KrSharedKeys *k = t->shared_keys;
    if (k == NULL)
        return;
    t->shared_keys = NULL;
    for (Kr_ssize_t i = 0; i < k->n; i++)
        kr_decref(k->names[i]);
    kr_mem_free(k);
}

/* ---------------------------------------------------------------------- */
/* Values blocks                                                          */
/* ---------------------------------------------------------------------- */

/* A block able to hold index `need`, sized for the class's current keys
 * (so later attributes of the same __init__ fit without regrowing). */
static KrInstValues *block_grow(KrInstValues *old, KrType *t, Kr_ssize_t need)
{
    unsigned cap = (unsigned)(t->shared_keys ? t->shared_keys->n : 0);
    if (cap < (unsigned)need + 1)
        cap = (unsigned)need + 1;
    KrInstValues *iv = kr_mem_alloc(block_size(cap));
    if (iv == NULL) {
        kr_err_no_memory();
        return NULL;
    }
    iv->cap = (uint8_t)cap;
    iv->used = 0;
    for (unsigned i = 0; i < cap; i++)
        iv->values[i] = NULL;
    if (old != NULL) {
        memcpy(iv->values, old->values, old->cap * sizeof(KrObject *));
        memcpy(kr_inst_order(iv), kr_inst_order(old), old->used);
        iv->used = old->used;
        kr_mem_free(old);
    }
    return iv;
}

static void order_remove(KrInstValues *iv, Kr_ssize_t i)
{
    uint8_t *ord = kr_inst_order(iv);
    for (unsigned j = 0; j < iv->used; j++) {
        if (ord[j] == i) {
            memmove(ord + j, ord + j + 1, iv->used - j - 1);
            iv->used--;
            return;
        }
    }
}

KrObject *kr_inst_get(KrType *t, KrInstValues *iv, KrObject *name)
{
    Kr_ssize_t i = kr_shared_keys_index(t, name);
    if (i < 0 || i >= iv->cap)
        return NULL;
    return iv->values[i];
}

/* The instance's attributes as a new dict, in their insertion order. */
static KrObject *values_to_dict(KrType *t, KrInstValues *iv)
{
    KrObject *d = kr_dict_new();
    if (d == NULL)
        return NULL;
    uint8_t *ord = kr_inst_order(iv);
    for (unsigned j = 0; j < iv->used; j++) {
        unsigned i = ord[j];
        if (kr_dict_set_item(d, t->shared_keys->names[i], iv->values[i]) < 0) {
            kr_decref(d);
            return NULL;
        }
    }
    return d;
}

static void block_free(KrInstValues *iv)
{
    uint8_t *ord = kr_inst_order(iv);
    unsigned used = iv->used;
    /* Collect first, free the block, then decref: a __del__ run by a
     * decref must not see a half-freed block (it is already detached). */
    KrObject *small[KR_SHARED_KEYS_MAX];
    for (unsigned j = 0; j < used; j++)
        small[j] = iv->values[ord[j]];
    kr_mem_free(iv);
    for (unsigned j = 0; j < used; j++)
        kr_decref(small[j]);
}

KrObject *kr_inst_materialize(KrObject *o, KrObject **slot)
{
    KrObject *w = *slot;
    if (w == NULL || !KR_INST_TAGGED(w))
        return w;
    KrInstValues *iv = KR_INST_VALUES(w);
    KrObject *d = values_to_dict(KR_TYPE(o), iv);
    if (d == NULL)
        return NULL;
    *slot = d;
    block_free(iv);
    return d;
}

KrObject *kr_inst_snapshot(KrObject *o, KrObject *w)
{
    if (w == NULL)
        return kr_dict_new();
    if (KR_INST_TAGGED(w))
        return values_to_dict(KR_TYPE(o), KR_INST_VALUES(w));
    return kr_dict_copy(w);
}

int kr_inst_set(KrObject *o, KrObject **slot, KrObject *name, KrObject *value)
{
    KrObject *w = *slot;
    KrType *t = KR_TYPE(o);
    if (w != NULL && !KR_INST_TAGGED(w))
        goto as_dict;
    Kr_ssize_t i;
    if (value == NULL) {
        i = w ? kr_shared_keys_index(t, name) : -1;
        KrInstValues *iv = KR_INST_VALUES(w);
        KrObject *old = (i >= 0 && i < iv->cap) ? iv->values[i] : NULL;
        if (old == NULL) {
            kr_err_set(&kr_exc_KeyError, name);
            return -1;
        }
        iv->values[i] = NULL;
        order_remove(iv, i);
        kr_decref(old);
        return 0;
    }
    i = kr_shared_keys_insert(t, name);
    if (i == -2)
        return -1;
    if (i < 0) {
        if (kr_inst_materialize(o, slot) == NULL && *slot != NULL)
            return -1;
        goto as_dict;
    }
    KrInstValues *iv = w ? KR_INST_VALUES(w) : NULL;
    if (iv == NULL || i >= iv->cap) {
        iv = block_grow(iv, t, i);
        if (iv == NULL)
            return -1;
        *slot = KR_INST_TAG(iv);
    }
    KrObject *old = iv->values[i];
    iv->values[i] = kr_newref(value);
    if (old == NULL)
        kr_inst_order_append(iv, i);
    else
        kr_decref(old);
    return 0;

as_dict:
    if (value == NULL) {
        if (*slot == NULL) {
            kr_err_set(&kr_exc_KeyError, name);
            return -1;
        }
        return kr_dict_del_item(*slot, name);
    }
    if (*slot == NULL && (*slot = kr_dict_new()) == NULL)
        return -1;
    return kr_dict_set_item(*slot, name, value);
}

int kr_inst_traverse(KrObject *w, kr_visitproc visit, void *arg)
{
    if (w == NULL)
        return 0;
    if (!KR_INST_TAGGED(w))
        return visit(w, arg);
    KrInstValues *iv = KR_INST_VALUES(w);
    uint8_t *ord = kr_inst_order(iv);
    for (unsigned j = 0; j < iv->used; j++) {
        int r = visit(iv->values[ord[j]], arg);
        if (r)
            return r;
    }
    return 0;
}

void kr_inst_clear(KrObject **slot)
{
    KrObject *w = *slot;
    if (w == NULL)
        return;
    *slot = NULL;
    if (KR_INST_TAGGED(w))
        block_free(KR_INST_VALUES(w));
    else
        kr_decref(w);
}

Kr_ssize_t kr_inst_count(KrObject *w)
{
    if (w == NULL)
        return 0;
    if (KR_INST_TAGGED(w))
        return KR_INST_VALUES(w)->used;
    return kr_dict_size(w);
}
