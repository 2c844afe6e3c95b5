/*
 * set.c -- set and frozenset.
 *
 * The table mirrors CPython 3.11's exactly, because programs observe it:
 * iterating a set walks the slots in table order, so list({5, 3, 100, 1})
 * is [1, 3, 100, 5] only if the table size, the probe sequence and the
 * resize points are CPython's.  So:
 *
 *   - One array of (key, hash) slots; a slot is unused (key NULL), active,
 *     or a dummy (key == &dummy, hash -1) left by a deletion so that probe
 *     chains through it stay intact.
 *   - Probing: start at hash & mask, look at up to LINEAR_PROBES (9)
 *     following slots when they fit before the end of the table (cheap,
 *     cache-friendly), then jump with perturb >>= 5; i = i*5 + 1 + perturb.
 *   - Insertion reuses the last dummy met on the way (freeslot, as 3.11
 *     does) if the key turns out to be absent; otherwise it takes the unused slot, and
 *     `fill` (active + dummies) grows.
 *   - Resize when fill*5 >= mask*3, to the smallest power of two (>= 8)
 *     greater than used*4 (used*2 beyond 50000 items); reinsertion walks
 *     the old table in slot order with the same probe, dummies dropped.
 *   - Sets of up to 8 slots live in `smalltable` inside the object.
 *
 * The set algebra (intersection iterating the smaller operand,
 * difference copying when the left side is much larger, ...) also follows
 * CPython, as it decides the order in which result sets are filled.
 *
 * frozenset's hash is CPython's too: xor of a bit-shuffle of every slot's
 * hash (unused slots hash 0, dummies -1, corrected afterwards), mixed with
 * the size; cached in `hash`.
 *
 * A lookup that compares with a user __eq__ checks afterwards that the
 * table and the slot are unchanged and restarts otherwise, so a mutating
 * __eq__ cannot make us use a freed table.
 */
#include "dict.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetEntry {
    KrObject *key;
    Kr_hash_t hash;
} SetEntry;

typedef struct KrSet {
    KrObject ob;
    Kr_ssize_t fill;                /* active + dummy slots */
    Kr_ssize_t used;                /* active slots */
    Kr_ssize_t mask;                /* table size - 1 */
    SetEntry *table;                /* smalltable or an allocation */
    Kr_hash_t hash;                 /* frozenset only; -1 until computed */
    Kr_ssize_t finger;              /* pop() resumes its search here */
    SetEntry smalltable[SET_MINSIZE];
    KrObject *weakreflist;
} KrSet;

#define S(o) ((KrSet *)(o))

static KrObject dummy_struct = KR_STATIC_HEAD(&kr_object_type);
#define dummy (&dummy_struct)

static KrType kr_setiter_type;

static inline int is_anyset(KrObject *o)
{
    return KR_TYPE(o) == &kr_set_type || KR_TYPE(o) == &kr_frozenset_type ||
           KR_ANYSET_CHECK(o);
}

static inline int is_set(KrObject *o)
{
    return KR_TYPE(o) == &kr_set_type || kr_type_is_subtype(KR_TYPE(o), &kr_set_type);
}

static inline Kr_hash_t hash_of(KrObject *key)
{
    if (KR_STR_CHECK_EXACT(key)) {
        Kr_hash_t h = ((KrStr *)key)->hash;
        if (h != -1)
            return h;
        return kr_str_hash(key);
    }
    return kr_object_hash(key);
}

static void set_key_error(KrObject *key)
{
    KrObject *args = kr_tuple_pack(1, key);
    if (args == NULL)
        return;
    kr_err_set(&kr_exc_KeyError, args);
    kr_decref(args);
}

/* ---------------------------------------------------------------------- */
/* The table                                                              */
/* ---------------------------------------------------------------------- */

/* The slot holding key, or the unused slot ending its probe; NULL on error. */
static SetEntry *lookkey(KrSet *so, KrObject *key, Kr_hash_t hash)
{
restart:;
    size_t perturb = (size_t)hash;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                KrObject *sk = entry->key;
                if (sk == key)
                    return entry;
                int eq = kr_dict_fast_eq(sk, key);
                if (eq > 0)
                    return entry;
                if (eq < 0) {
                    SetEntry *table = so->table;
                    kr_incref(sk);
                    int cmp = kr_object_richcompare_bool(sk, key, KR_EQ);
                    kr_decref(sk);
                    if (cmp < 0)
                        return NULL;
                    if (table != so->table || entry->key != sk)
                        goto restart;
                    if (cmp > 0)
                        return entry;
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Inserts a key known to be absent into a table without dummies. */
static void insert_clean(SetEntry *table, size_t mask, KrObject *key, Kr_hash_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

static int table_resize(KrSet *so, Kr_ssize_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    SetEntry *oldtable = so->table;
    size_t oldmask = (size_t)so->mask;
    int old_malloced = oldtable != so->smalltable;
    SetEntry small_copy[SET_MINSIZE];
    SetEntry *newtable;
    if (newsize == SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        newtable = kr_mem_alloc(newsize * sizeof(SetEntry));
        if (newtable == NULL) {
            kr_err_no_memory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = (Kr_ssize_t)newsize - 1;
    so->table = newtable;
    size_t newmask = newsize - 1;
    if (so->fill == so->used) {
        for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++) {
            if (e->key != NULL)
                insert_clean(newtable, newmask, e->key, e->hash);
        }
    } else {
        so->fill = so->used;
        for (SetEntry *e = oldtable; e <= oldtable + oldmask; e++) {
            if (e->key != NULL && e->key != dummy)
                insert_clean(newtable, newmask, e->key, e->hash);
        }
    }
    if (old_malloced)
        kr_mem_free(oldtable);
    return 0;
}

/* Adds key (not stolen). */
static int add_entry(KrSet *so, KrObject *key, Kr_hash_t hash)
{
    /* Hold the key: a comparison could otherwise free it mid-insertion. */
    kr_incref(key);
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    SetEntry *freeslot = NULL;
    SetEntry *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                KrObject *sk = entry->key;
                if (sk == key)
                    goto found_active;
                int eq = kr_dict_fast_eq(sk, key);
                if (eq > 0)
                    goto found_active;
                if (eq < 0) {
                    SetEntry *table = so->table;
                    kr_incref(sk);
                    int cmp = kr_object_richcompare_bool(sk, key, KR_EQ);
                    kr_decref(sk);
                    if (cmp > 0)
                        goto found_active;
                    if (cmp < 0) {
                        kr_decref(key);
                        return -1;
                    }
                    if (table != so->table || entry->key != sk)
                        goto restart;
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1) {
                /* CPython 3.11 keeps the last dummy seen, not the first */
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    kr_decref(key);
    return 0;
}

static int add_key(KrSet *so, KrObject *key)
{
    Kr_hash_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    return add_entry(so, key, hash);
}

static int contains_entry(KrSet *so, KrObject *key, Kr_hash_t hash)
{
    SetEntry *e = lookkey(so, key, hash);
    if (e == NULL)
        return -1;
    return e->key != NULL;
}

static int contains_key(KrSet *so, KrObject *key)
{
    Kr_hash_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    return contains_entry(so, key, hash);
}

/* 1 found and removed, 0 absent, -1 error. */
static int discard_entry(KrSet *so, KrObject *key, Kr_hash_t hash)
{
    SetEntry *e = lookkey(so, key, hash);
    if (e == NULL)
        return -1;
    if (e->key == NULL)
        return 0;
    KrObject *old = e->key;
    e->key = dummy;
    e->hash = -1;
    so->used--;
    kr_decref(old);
    return 1;
}

static int discard_key(KrSet *so, KrObject *key)
{
    Kr_hash_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    return discard_entry(so, key, hash);
}

static void set_empty_to_minsize(KrSet *so)
{
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = 0;
    so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

static void clear_internal(KrSet *so)
{
    SetEntry *table = so->table;
    int malloced = table != so->smalltable;
    Kr_ssize_t fill = so->fill;
    SetEntry small_copy[SET_MINSIZE];
    /* Empty the set before the decrefs, which may run code using it. */
    if (malloced) {
        set_empty_to_minsize(so);
    } else if (fill > 0) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (SetEntry *e = table; fill > 0; e++) {
        if (e->key != NULL) {
            fill--;
            if (e->key != dummy)
                kr_decref(e->key);
        }
    }
    if (malloced)
        kr_mem_free(table);
}

static int set_next_entry(KrSet *so, Kr_ssize_t *pos, SetEntry **entry)
{
    Kr_ssize_t i = *pos;
    SetEntry *e = so->table + i;
    while (i <= so->mask && (e->key == NULL || e->key == dummy)) {
        i++;
        e++;
    }
    *pos = i + 1;
    if (i > so->mask)
        return 0;
    *entry = e;
    return 1;
}

static int merge_set(KrSet *so, KrSet *other)
{
    if (other == so || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (table_resize(so, (so->used + other->used) * 2) != 0)
            return -1;
    }
    SetEntry *se = so->table, *oe = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (Kr_ssize_t i = 0; i <= other->mask; i++, se++, oe++) {
            if (oe->key != NULL) {
                se->key = kr_newref(oe->key);
                se->hash = oe->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (Kr_ssize_t i = other->mask + 1; i > 0; i--, oe++) {
            if (oe->key != NULL && oe->key != dummy)
                insert_clean(so->table, (size_t)so->mask, kr_newref(oe->key), oe->hash);
        }
        return 0;
    }
    for (Kr_ssize_t i = 0; i <= other->mask; i++) {
        oe = &other->table[i];
        if (oe->key != NULL && oe->key != dummy) {
            if (add_entry(so, oe->key, oe->hash) < 0)
                return -1;
        }
    }
    return 0;
}

static int update_internal(KrSet *so, KrObject *other)
{
    if (is_anyset(other))
        return merge_set(so, S(other));
    if (KR_DICT_CHECK_EXACT(other)) {
        Kr_ssize_t n = kr_dict_size(other);
        if ((so->fill + n) * 5 >= so->mask * 3) {
            if (table_resize(so, (so->used + n) * 2) != 0)
                return -1;
        }
        Kr_ssize_t pos = 0;
        KrObject *key, *value;
        Kr_hash_t hash;
        while (kr_dict_next_hash(other, &pos, &key, &value, &hash)) {
            if (add_entry(so, key, hash) < 0)
                return -1;
        }
        return 0;
    }
    KrObject *it = kr_object_get_iter(other);
    if (it == NULL)
        return -1;
    KrObject *key;
    while ((key = kr_iter_next(it)) != NULL) {
        int r = add_key(so, key);
        kr_decref(key);
        if (r < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kr_err_occurred() ? -1 : 0;
}

/* ---------------------------------------------------------------------- */
/* Construction                                                           */
/* ---------------------------------------------------------------------- */

static KrObject *make_new_set(KrType *type, KrObject *iterable)
{
    KrSet *so = (KrSet *)kr_object_alloc(type, 0);
    if (so == NULL)
        return NULL;
    set_empty_to_minsize(so);
    so->finger = 0;
    so->weakreflist = NULL;
    kr_gc_track((KrObject *)so);
    if (iterable != NULL && update_internal(so, iterable) < 0) {
        KR_DECREF(so);
        return NULL;
    }
    return (KrObject *)so;
}

/* A result of the same kind (set or frozenset) as an operand of type t. */
static KrObject *make_new_set_basetype(KrType *t, KrObject *iterable)
{
    if (t != &kr_set_type && t != &kr_frozenset_type) {
        if (kr_type_is_subtype(t, &kr_set_type))
            t = &kr_set_type;
        else
            t = &kr_frozenset_type;
    }
    return make_new_set(t, iterable);
}

KrObject *kr_set_new(KrObject *iterable)
{
    return make_new_set(&kr_set_type, iterable);
}

KrObject *kr_frozenset_new(KrObject *iterable)
{
    return make_new_set(&kr_frozenset_type, iterable);
}

int kr_set_add(KrObject *s, KrObject *key)
{
    return add_key(S(s), key);
}

int kr_set_contains(KrObject *s, KrObject *key)
{
    return contains_key(S(s), key);
}

int kr_set_discard(KrObject *s, KrObject *key)
{
    return discard_key(S(s), key);
}

Kr_ssize_t kr_set_size(KrObject *s)
{
    return S(s)->used;
}

int kr_set_next(KrObject *s, Kr_ssize_t *pos, KrObject **key, Kr_hash_t *hash)
{
    SetEntry *e;
    if (!set_next_entry(S(s), pos, &e))
        return 0;
    if (key)
        *key = e->key;
    if (hash)
        *hash = e->hash;
    return 1;
}

int kr_set_update(KrObject *s, KrObject *iterable)
{
    return update_internal(S(s), iterable);
}

/* Table size, for tests. */
Kr_ssize_t kr_set_table_size(KrObject *s)
{
    return S(s)->mask + 1;
}

static void set_dealloc(KrObject *o)
{
    KrSet *so = S(o);
    kr_gc_untrack(o);
    if (kr_trashcan_begin(o))
        return;
    if (so->weakreflist != NULL)
        kr_weakref_clear_refs(o);
    Kr_ssize_t used = so->used;
    for (SetEntry *e = so->table; used > 0; e++) {
        if (e->key != NULL && e->key != dummy) {
            used--;
            kr_decref(e->key);
        }
    }
    if (so->table != so->smalltable)
        kr_mem_free(so->table);
    kr_object_free(o);
    kr_trashcan_end();
}

static int set_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    Kr_ssize_t pos = 0;
    SetEntry *e;
    while (set_next_entry(S(o), &pos, &e)) {
        int r = visit(e->key, arg);
        if (r)
            return r;
    }
    return 0;
}

static int set_gc_clear(KrObject *o)
{
    clear_internal(S(o));
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Algebra                                                                */
/* ---------------------------------------------------------------------- */

static KrObject *set_copy(KrObject *so)
{
    return make_new_set_basetype(KR_TYPE(so), so);
}

static KrObject *frozenset_copy(KrObject *so)
{
    if (KR_FROZENSET_CHECK_EXACT(so))
        return kr_newref(so);
    return set_copy(so);
}

static KrObject *set_intersection(KrSet *so, KrObject *other)
{
    if ((KrObject *)so == other)
        return set_copy((KrObject *)so);
    KrSet *result = (KrSet *)make_new_set_basetype(KR_TYPE(so), NULL);
    if (result == NULL)
        return NULL;
    if (is_anyset(other)) {
        KrSet *a = so, *b = S(other);
        if (b->used > a->used) {
            KrSet *t = a;
            a = b;
            b = t;
        }
        Kr_ssize_t pos = 0;
        SetEntry *e;
        while (set_next_entry(b, &pos, &e)) {
            KrObject *key = kr_newref(e->key);
            Kr_hash_t hash = e->hash;
            int rv = contains_entry(a, key, hash);
            if (rv > 0)
                rv = add_entry(result, key, hash);
            kr_decref(key);
            if (rv < 0) {
                KR_DECREF(result);
                return NULL;
            }
        }
        return (KrObject *)result;
    }
    KrObject *it = kr_object_get_iter(other);
    if (it == NULL) {
        KR_DECREF(result);
        return NULL;
    }
    KrObject *key;
    while ((key = kr_iter_next(it)) != NULL) {
        Kr_hash_t hash = hash_of(key);
        int rv = hash == -1 ? -1 : contains_entry(so, key, hash);
        if (rv > 0) {
            rv = add_entry(result, key, hash);
            if (rv == 0 && result->used >= so->used) {
                kr_decref(key);
                break;
            }
        }
        kr_decref(key);
        if (rv < 0)
            goto error;
    }
    kr_decref(it);
    if (kr_err_occurred()) {
        KR_DECREF(result);
        return NULL;
    }
    return (KrObject *)result;
error:
    kr_decref(it);
    KR_DECREF(result);
    return NULL;
}

static void swap_bodies(KrSet *a, KrSet *b)
{
    Kr_ssize_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    SetEntry *ta = a->table, *tb = b->table;
    SetEntry tmp[SET_MINSIZE];
    int a_small = ta == a->smalltable, b_small = tb == b->smalltable;
    if (a_small)
        memcpy(tmp, a->smalltable, sizeof tmp);
    if (b_small) {
        memcpy(a->smalltable, b->smalltable, sizeof tmp);
        a->table = a->smalltable;
    } else {
        a->table = tb;
    }
    if (a_small) {
        memcpy(b->smalltable, tmp, sizeof tmp);
        b->table = b->smalltable;
    } else {
        b->table = ta;
    }
    Kr_hash_t h = a->hash;
    a->hash = b->hash;
    b->hash = h;
}

static int difference_update_internal(KrSet *so, KrObject *other)
{
    if ((KrObject *)so == other) {
        clear_internal(so);
        return 0;
    }
    if (is_anyset(other)) {
        if ((S(other)->used >> 3) > so->used) {
            other = set_intersection(so, other);
            if (other == NULL)
                return -1;
        } else {
            kr_incref(other);
        }
        Kr_ssize_t pos = 0;
        SetEntry *e;
        while (set_next_entry(S(other), &pos, &e)) {
            KrObject *key = kr_newref(e->key);
            int r = discard_entry(so, key, e->hash);
            kr_decref(key);
            if (r < 0) {
                kr_decref(other);
                return -1;
            }
        }
        kr_decref(other);
    } else {
        KrObject *it = kr_object_get_iter(other);
        if (it == NULL)
            return -1;
        KrObject *key;
        while ((key = kr_iter_next(it)) != NULL) {
            int r = discard_key(so, key);
            kr_decref(key);
            if (r < 0) {
                kr_decref(it);
                return -1;
            }
        }
        kr_decref(it);
        if (kr_err_occurred())
            return -1;
    }
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static KrObject *copy_and_difference(KrSet *so, KrObject *other)
{
    KrObject *result = set_copy((KrObject *)so);
    if (result == NULL)
        return NULL;
    if (difference_update_internal(S(result), other) == 0)
        return result;
    KR_DECREF(result);
    return NULL;
}

static KrObject *set_difference(KrSet *so, KrObject *other)
{
    Kr_ssize_t other_size;
    int is_dict = 0;
    if (is_anyset(other)) {
        other_size = S(other)->used;
    } else if (KR_DICT_CHECK_EXACT(other)) {
        other_size = kr_dict_size(other);
        is_dict = 1;
    } else {
        return copy_and_difference(so, other);
    }
    if ((so->used >> 2) > other_size)
        return copy_and_difference(so, other);
    KrObject *result = make_new_set_basetype(KR_TYPE(so), NULL);
    if (result == NULL)
        return NULL;
    Kr_ssize_t pos = 0;
    SetEntry *e;
    while (set_next_entry(so, &pos, &e)) {
        KrObject *key = kr_newref(e->key);
        Kr_hash_t hash = e->hash;
        int rv;
        if (is_dict) {
            KrObject *v = kr_dict_get_item_hash(other, key, hash);
            rv = v != NULL ? 1 : (kr_err_occurred() ? -1 : 0);
        } else {
            rv = contains_entry(S(other), key, hash);
        }
        if (rv == 0)
            rv = add_entry(S(result), key, hash);
        kr_decref(key);
        if (rv < 0) {
            KR_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int symmetric_difference_update(KrSet *so, KrObject *other)
{
    if ((KrObject *)so == other) {
        clear_internal(so);
        return 0;
    }
    if (KR_DICT_CHECK_EXACT(other)) {
        Kr_ssize_t pos = 0;
        KrObject *key, *value;
        Kr_hash_t hash;
        while (kr_dict_next_hash(other, &pos, &key, &value, &hash)) {
            kr_incref(key);
            int rv = discard_entry(so, key, hash);
            if (rv == 0)
                rv = add_entry(so, key, hash);
            kr_decref(key);
            if (rv < 0)
                return -1;
        }
        return 0;
    }
    KrObject *otherset;
    if (is_anyset(other)) {
        otherset = kr_newref(other);
    } else {
        otherset = make_new_set_basetype(KR_TYPE(so), other);
        if (otherset == NULL)
            return -1;
    }
    Kr_ssize_t pos = 0;
    SetEntry *e;
    while (set_next_entry(S(otherset), &pos, &e)) {
        KrObject *key = kr_newref(e->key);
        Kr_hash_t hash = e->hash;
        int rv = discard_entry(so, key, hash);
        if (rv == 0)
            rv = add_entry(so, key, hash);
        kr_decref(key);
        if (rv < 0) {
            kr_decref(otherset);
            return -1;
        }
    }
    kr_decref(otherset);
    return 0;
}

static KrObject *set_symmetric_difference(KrSet *so, KrObject *other)
{
    KrObject *result = make_new_set_basetype(KR_TYPE(so), other);
    if (result == NULL)
        return NULL;
    if (symmetric_difference_update(S(result), (KrObject *)so) < 0) {
        KR_DECREF(result);
        return NULL;
    }
    return result;
}

static KrObject *set_issubset(KrSet *so, KrObject *other)
{
    if (!is_anyset(other)) {
        KrObject *tmp = make_new_set(&kr_set_type, other);
        if (tmp == NULL)
            return NULL;
        KrObject *r = set_issubset(so, tmp);
        kr_decref(tmp);
        return r;
    }
    if (so->used > S(other)->used)
        KR_RETURN_FALSE;
    Kr_ssize_t pos = 0;
    SetEntry *e;
    while (set_next_entry(so, &pos, &e)) {
        KrObject *key = kr_newref(e->key);
        int rv = contains_entry(S(other), key, e->hash);
        kr_decref(key);
        if (rv < 0)
            return NULL;
        if (!rv)
            KR_RETURN_FALSE;
    }
    KR_RETURN_TRUE;
}

static KrObject *set_issuperset(KrSet *so, KrObject *other)
{
    if (is_anyset(other))
        return set_issubset(S(other), (KrObject *)so);
    KrObject *it = kr_object_get_iter(other);
    if (it == NULL)
        return NULL;
    KrObject *key;
    while ((key = kr_iter_next(it)) != NULL) {
        int rv = contains_key(so, key);
        kr_decref(key);
        if (rv <= 0) {
            kr_decref(it);
            if (rv < 0)
                return NULL;
            KR_RETURN_FALSE;
        }
    }
    kr_decref(it);
    if (kr_err_occurred())
        return NULL;
    KR_RETURN_TRUE;
}

/* ---------------------------------------------------------------------- */
/* Slots                                                                  */
/* ---------------------------------------------------------------------- */

static Kr_ssize_t set_len(KrObject *o)
{
    return S(o)->used;
}

/* `key in s`; a set key is looked up as the equal frozenset. */
static int set_sq_contains(KrObject *o, KrObject *key)
{
    int rv = contains_key(S(o), key);
    if (rv < 0) {
        if (!is_set(key) || !kr_err_matches_type(&kr_exc_TypeError))
            return -1;
        kr_err_clear();
        KrObject *tmp = make_new_set(&kr_frozenset_type, key);
        if (tmp == NULL)
            return -1;
        rv = contains_key(S(o), tmp);
        kr_decref(tmp);
    }
    return rv;
}

static KrObject *set_repr(KrObject *o)
{
    KrSet *so = S(o);
    const char *name = kr_type_name(KR_TYPE(o));
    int r = kr_repr_enter(o);
    if (r != 0)
        return r > 0 ? kr_str_from_format("%s(...)", name) : NULL;
    KrObject *result = NULL;
    if (so->used == 0) {
        result = kr_str_from_format("%s()", name);
        goto done;
    }
    KrObject *keys = kr_sequence_list(o);
    if (keys == NULL)
        goto done;
    KrObject *lr = kr_object_repr(keys);
    kr_decref(keys);
    if (lr == NULL)
        goto done;
    KrObject *inner = kr_str_substr(lr, 1, KR_STR_LEN(lr) - 1);
    kr_decref(lr);
    if (inner == NULL)
        goto done;
    if (KR_TYPE(o) == &kr_set_type)
        result = kr_str_from_format("{%U}", inner);
    else
        result = kr_str_from_format("%s({%U})", name, inner);
    kr_decref(inner);
done:
    kr_repr_leave(o);
    return result;
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static Kr_hash_t frozenset_hash(KrObject *o)
{
    KrSet *so = S(o);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (SetEntry *e = so->table; e <= &so->table[so->mask]; e++)
        hash ^= shuffle_bits((uint64_t)e->hash);
    /* Undo the unused slots (hash 0) and dummies (hash -1) xored in above. */
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (Kr_hash_t)hash;
    return so->hash;
}

static KrObject *set_richcompare(KrObject *v, KrObject *w, int op)
{
    if (!is_anyset(w))
        KR_RETURN_NOTIMPLEMENTED;
    KrSet *a = S(v), *b = S(w);
    switch (op) {
    case KR_EQ:
        if (a->used != b->used)
            KR_RETURN_FALSE;
        if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            KR_RETURN_FALSE;
        return set_issubset(a, w);
    case KR_NE: {
        KrObject *r = set_richcompare(v, w, KR_EQ);
        if (r == NULL)
            return NULL;
        int t = r == kr_True;
        kr_decref(r);
        return kr_bool_from(!t);
    }
    case KR_LE:
        return set_issubset(a, w);
    case KR_GE:
        return set_issuperset(a, w);
    case KR_LT:
        if (a->used >= b->used)
            KR_RETURN_FALSE;
        return set_issubset(a, w);
    case KR_GT:
        if (a->used <= b->used)
            KR_RETURN_FALSE;
        return set_issuperset(a, w);
    }
    KR_RETURN_NOTIMPLEMENTED;
}

static KrObject *set_or(KrObject *a, KrObject *b)
{
    if (!is_anyset(a) || !is_anyset(b))
        KR_RETURN_NOTIMPLEMENTED;
    KrObject *result = set_copy(a);
    if (result == NULL || a == b)
        return result;
    if (update_internal(S(result), b) < 0) {
        KR_DECREF(result);
        return NULL;
    }
    return result;
}

static KrObject *set_and(KrObject *a, KrObject *b)
{
    if (!is_anyset(a) || !is_anyset(b))
        KR_RETURN_NOTIMPLEMENTED;
    return set_intersection(S(a), b);
}

static KrObject *set_sub(KrObject *a, KrObject *b)
{
    if (!is_anyset(a) || !is_anyset(b))
        KR_RETURN_NOTIMPLEMENTED;
    return set_difference(S(a), b);
}

static KrObject *set_xor(KrObject *a, KrObject *b)
{
    if (!is_anyset(a) || !is_anyset(b))
        KR_RETURN_NOTIMPLEMENTED;
    return set_symmetric_difference(S(a), b);
}

static KrObject *set_ior(KrObject *a, KrObject *b)
{
    if (!is_anyset(b))
        KR_RETURN_NOTIMPLEMENTED;
    if (update_internal(S(a), b) < 0)
        return NULL;
    return kr_newref(a);
}

static KrObject *set_iand(KrObject *a, KrObject *b)
{
    if (!is_anyset(b))
        KR_RETURN_NOTIMPLEMENTED;
    KrObject *tmp = set_intersection(S(a), b);
    if (tmp == NULL)
        return NULL;
    swap_bodies(S(a), S(tmp));
    kr_decref(tmp);
    return kr_newref(a);
}

static KrObject *set_isub(KrObject *a, KrObject *b)
{
    if (!is_anyset(b))
        KR_RETURN_NOTIMPLEMENTED;
    if (difference_update_internal(S(a), b) < 0)
        return NULL;
    return kr_newref(a);
}

static KrObject *set_ixor(KrObject *a, KrObject *b)
{
    if (!is_anyset(b))
        KR_RETURN_NOTIMPLEMENTED;
    if (symmetric_difference_update(S(a), b) < 0)
        return NULL;
    return kr_newref(a);
}

/* ---------------------------------------------------------------------- */
/* Iterator                                                               */
/* ---------------------------------------------------------------------- */

typedef struct SetIter {
    KrObject ob;
    KrObject *set;                  /* NULL once exhausted */
    Kr_ssize_t used;
    Kr_ssize_t pos;
    Kr_ssize_t len;
} SetIter;

static KrObject *set_iter(KrObject *o)
{
    kr_dict_ensure_ready(&kr_setiter_type);
    SetIter *it = (SetIter *)kr_object_alloc(&kr_setiter_type, 0);
    if (it == NULL)
        return NULL;
    it->set = kr_newref(o);
    it->used = S(o)->used;
    it->pos = 0;
    it->len = S(o)->used;
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

static void setiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((SetIter *)o)->set);
    kr_object_free(o);
}

static int setiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    SetIter *it = (SetIter *)o;
    return it->set ? visit(it->set, arg) : 0;
}

static int setiter_clear(KrObject *o)
{
    KR_CLEAR(((SetIter *)o)->set);
    return 0;
}

static KrObject *setiter_next(KrObject *o)
{
    SetIter *it = (SetIter *)o;
    KrSet *so = S(it->set);
    if (so == NULL)
        return NULL;
    if (it->used != so->used) {
        kr_err_set_string(&kr_exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return NULL;
    }
    Kr_ssize_t i = it->pos;
    SetEntry *table = so->table;
    while (i <= so->mask && (table[i].key == NULL || table[i].key == dummy))
        i++;
    it->pos = i + 1;
    if (i > so->mask) {
        KR_CLEAR(it->set);
        return NULL;
    }
    it->len--;
    return kr_newref(table[i].key);
}

static KrObject *setiter_self(KrObject *o)
{
    return kr_newref(o);
}

static KrObject *setiter_length_hint(KrObject *o)
{
    SetIter *it = (SetIter *)o;
    Kr_ssize_t n = 0;
    if (it->set != NULL && it->used == S(it->set)->used)
        n = it->len;
    return kr_int_from_ssize(n);
}

static const KrMethodDef setiter_methods[] = {
    KR_METHOD_NOARGS("__length_hint__", setiter_length_hint),
    KR_METHOD_END
};

static KrType kr_setiter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "set_iterator",
    .basicsize = sizeof(SetIter),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = setiter_dealloc,
    .iter = setiter_self,
    .iternext = setiter_next,
    .traverse = setiter_traverse,
    .clear = setiter_clear,
    .methods = setiter_methods,
    .base = &kr_object_type,
};

/* ---------------------------------------------------------------------- */
/* Methods                                                                */
/* ---------------------------------------------------------------------- */

static KrObject *m_add(KrObject *self, KrObject *key)
{
    if (add_key(S(self), key) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_clear(KrObject *self)
{
    clear_internal(S(self));
    KR_RETURN_NONE;
}

static KrObject *m_copy(KrObject *self)
{
    return set_copy(self);
}

static KrObject *m_frozen_copy(KrObject *self)
{
    return frozenset_copy(self);
}

/* discard/remove: a set key is looked up as the equal frozenset. */
static int discard_with_frozen_retry(KrObject *self, KrObject *key)
{
    int rv = discard_key(S(self), key);
    if (rv < 0) {
        if (!is_set(key) || !kr_err_matches_type(&kr_exc_TypeError))
            return -1;
        kr_err_clear();
        KrObject *tmp = make_new_set(&kr_frozenset_type, key);
        if (tmp == NULL)
            return -1;
        rv = discard_key(S(self), tmp);
        kr_decref(tmp);
    }
    return rv;
}

static KrObject *m_discard(KrObject *self, KrObject *key)
{
    if (discard_with_frozen_retry(self, key) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_remove(KrObject *self, KrObject *key)
{
    int rv = discard_with_frozen_retry(self, key);
    if (rv < 0)
        return NULL;
    if (rv == 0) {
        set_key_error(key);
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *m_pop(KrObject *self)
{
    KrSet *so = S(self);
    if (so->used == 0) {
        kr_err_set_string(&kr_exc_KeyError, "pop from an empty set");
        return NULL;
    }
    SetEntry *limit = so->table + so->mask;
    SetEntry *e = so->table + (so->finger & so->mask);
    while (e->key == NULL || e->key == dummy) {
        e++;
        if (e > limit)
            e = so->table;
    }
    KrObject *key = e->key;
    e->key = dummy;
    e->hash = -1;
    so->used--;
    so->finger = e - so->table + 1;
    return key;
}

static KrObject *m_update(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        if (update_internal(S(self), args[i]) < 0)
            return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *m_union(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    KrObject *result = set_copy(self);
    if (result == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        if (args[i] == self)
            continue;
        if (update_internal(S(result), args[i]) < 0) {
            KR_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static KrObject *m_intersection(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (nargs == 0)
        return set_copy(self);
    KrObject *result = kr_newref(self);
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        KrObject *n = set_intersection(S(result), args[i]);
        KR_DECREF(result);
        if (n == NULL)
            return NULL;
        result = n;
    }
    return result;
}

static KrObject *m_intersection_update(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    KrObject *tmp = m_intersection(self, args, nargs);
    if (tmp == NULL)
        return NULL;
    swap_bodies(S(self), S(tmp));
    kr_decref(tmp);
    KR_RETURN_NONE;
}

static KrObject *m_difference(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (nargs == 0)
        return set_copy(self);
    KrObject *result = set_difference(S(self), args[0]);
    if (result == NULL)
        return NULL;
    for (Kr_ssize_t i = 1; i < nargs; i++) {
        if (difference_update_internal(S(result), args[i]) < 0) {
            KR_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static KrObject *m_difference_update(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        if (difference_update_internal(S(self), args[i]) < 0)
            return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *m_symmetric_difference(KrObject *self, KrObject *other)
{
    return set_symmetric_difference(S(self), other);
}

static KrObject *m_symmetric_difference_update(KrObject *self, KrObject *other)
{
    if (symmetric_difference_update(S(self), other) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_isdisjoint(KrObject *self, KrObject *other)
{
    KrSet *so = S(self);
    if (self == other)
        return kr_bool_from(so->used == 0);
    if (KR_TYPE(other) == &kr_set_type || KR_TYPE(other) == &kr_frozenset_type) {
        KrSet *a = so, *b = S(other);
        if (b->used > a->used) {
            KrSet *t = a;
            a = b;
            b = t;
        }
        Kr_ssize_t pos = 0;
        SetEntry *e;
        while (set_next_entry(b, &pos, &e)) {
            KrObject *key = kr_newref(e->key);
            int rv = contains_entry(a, key, e->hash);
            kr_decref(key);
            if (rv < 0)
                return NULL;
            if (rv)
                KR_RETURN_FALSE;
        }
        KR_RETURN_TRUE;
    }
    KrObject *it = kr_object_get_iter(other);
    if (it == NULL)
        return NULL;
    KrObject *key;
    while ((key = kr_iter_next(it)) != NULL) {
        int rv = contains_key(so, key);
        kr_decref(key);
        if (rv != 0) {
            kr_decref(it);
            if (rv < 0)
                return NULL;
            KR_RETURN_FALSE;
        }
    }
    kr_decref(it);
    if (kr_err_occurred())
        return NULL;
    KR_RETURN_TRUE;
}

static KrObject *m_issubset(KrObject *self, KrObject *other)
{
    return set_issubset(S(self), other);
}

static KrObject *m_issuperset(KrObject *self, KrObject *other)
{
    return set_issuperset(S(self), other);
}

static KrObject *m_sizeof(KrObject *self)
{
    Kr_ssize_t size = KR_TYPE(self)->basicsize;
    if (S(self)->table != S(self)->smalltable)
        size += (S(self)->mask + 1) * (Kr_ssize_t)sizeof(SetEntry);
    return kr_int_from_ssize(size);
}

static KrObject *m_reduce(KrObject *self)
{
    KrObject *keys = kr_sequence_list(self);
    if (keys == NULL)
        return NULL;
    KrObject *args = kr_tuple_pack(1, keys);
    kr_decref(keys);
    if (args == NULL)
        return NULL;
    KrObject *state = NULL;
    KrObject **dp = kr_object_dict_ptr(self);
    state = (dp && *dp) ? *dp : kr_None;
    KrObject *r = kr_tuple_pack(3, (KrObject *)KR_TYPE(self), args, state);
    kr_decref(args);
    return r;
}

static const KrMethodDef set_methods[] = {
    KR_METHOD_O("add", m_add),
    KR_METHOD_NOARGS("clear", m_clear),
    KR_METHOD_NOARGS("copy", m_copy),
    KR_METHOD_O("discard", m_discard),
    KR_METHOD_FAST("difference", m_difference),
    KR_METHOD_FAST("difference_update", m_difference_update),
    KR_METHOD_FAST("intersection", m_intersection),
    KR_METHOD_FAST("intersection_update", m_intersection_update),
    KR_METHOD_O("isdisjoint", m_isdisjoint),
    KR_METHOD_O("issubset", m_issubset),
    KR_METHOD_O("issuperset", m_issuperset),
    KR_METHOD_NOARGS("pop", m_pop),
    KR_METHOD_NOARGS("__reduce__", m_reduce),
    KR_METHOD_O("remove", m_remove),
    KR_METHOD_NOARGS("__sizeof__", m_sizeof),
    KR_METHOD_O("symmetric_difference", m_symmetric_difference),
    KR_METHOD_O("symmetric_difference_update", m_symmetric_difference_update),
    KR_METHOD_FAST("union", m_union),
    KR_METHOD_FAST("update", m_update),
    KR_CLASS_GETITEM_METHOD,
    KR_METHOD_END
};

static const KrMethodDef frozenset_methods[] = {
    KR_METHOD_NOARGS("copy", m_frozen_copy),
    KR_METHOD_FAST("difference", m_difference),
    KR_METHOD_FAST("intersection", m_intersection),
    KR_METHOD_O("isdisjoint", m_isdisjoint),
    KR_METHOD_O("issubset", m_issubset),
    KR_METHOD_O("issuperset", m_issuperset),
    KR_METHOD_NOARGS("__reduce__", m_reduce),
    KR_METHOD_NOARGS("__sizeof__", m_sizeof),
    KR_METHOD_O("symmetric_difference", m_symmetric_difference),
    KR_METHOD_FAST("union", m_union),
    KR_CLASS_GETITEM_METHOD,
    KR_METHOD_END
};

static KrObject *set_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    if (t == &kr_set_type && kr_check_no_kwargs("set", kwnames) < 0)
        return NULL;
    return make_new_set(t, NULL);
}

static int set_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    if (kr_check_no_kwargs("set", kwnames) < 0)
        return -1;
    if (nargs > 1) {
        kr_err_format(&kr_exc_TypeError, "%s expected at most 1 argument, got %zd",
                      kr_type_name(KR_TYPE(self)), nargs);
        return -1;
    }
    if (S(self)->fill)
        clear_internal(S(self));
    S(self)->hash = -1;
    if (nargs == 0)
        return 0;
    return update_internal(S(self), args[0]);
}

static KrObject *frozenset_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs,
                               KrObject *kwnames)
{
    if (t == &kr_frozenset_type && kr_check_no_kwargs("frozenset", kwnames) < 0)
        return NULL;
    if (nargs > 1) {
        kr_err_format(&kr_exc_TypeError, "%s expected at most 1 argument, got %zd",
                      t == &kr_frozenset_type ? "frozenset" : kr_type_name(t), nargs);
        return NULL;
    }
    KrObject *iterable = nargs ? args[0] : NULL;
    if (t == &kr_frozenset_type && iterable != NULL && KR_FROZENSET_CHECK_EXACT(iterable))
        return kr_newref(iterable);
    return make_new_set(t, iterable);
}

static KrNumberMethods set_as_number = {
    .subtract = set_sub,
    .and_ = set_and,
    .xor_ = set_xor,
    .or_ = set_or,
    .inplace_subtract = set_isub,
    .inplace_and_ = set_iand,
    .inplace_xor_ = set_ixor,
    .inplace_or_ = set_ior,
};

static KrNumberMethods frozenset_as_number = {
    .subtract = set_sub,
    .and_ = set_and,
    .xor_ = set_xor,
    .or_ = set_or,
};

static KrSequenceMethods set_as_sequence = {
    .length = set_len,
    .contains = set_sq_contains,
};

KrType kr_set_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "set",
    .basicsize = sizeof(KrSet),
    .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .as_number = &set_as_number,
    .as_sequence = &set_as_sequence,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .new_ = set_new,
    .init = set_init,
    .methods = set_methods,
    .base = &kr_object_type,
    .weaklistoffset = offsetof(KrSet, weakreflist),
    .doc = "set() -> new empty set object\n"
           "set(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
};

KrType kr_frozenset_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "frozenset",
    .basicsize = sizeof(KrSet),
    .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC,
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .as_number = &frozenset_as_number,
    .as_sequence = &set_as_sequence,
    .traverse = set_traverse,
    .clear = set_gc_clear,
    .new_ = frozenset_new,
    .methods = frozenset_methods,
    .base = &kr_object_type,
    .weaklistoffset = offsetof(KrSet, weakreflist),
    .doc = "frozenset() -> empty frozenset object\n"
           "frozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
};
