/*
 * dict.c -- the dict type and its hash table.
 *
 * Layout (CPython 3.6+ "compact dict"):
 *
 *     KrDict { used, version, keys_version, keys } --> DictKeys
 *         +-----------------------+
 *         | header (32 bytes)     |  log2_size, kind, usable, nentries
 *         +-----------------------+
 *         | indices[size]         |  int8/16/32/64 by size: EMPTY (-1),
 *         |                       |  DUMMY (-2) or an index into entries
 *         +-----------------------+
 *         | entries[size*2/3]     |  (hash, key, value) or (key, value),
 *         |                       |  in insertion order
 *         +-----------------------+
 *
 * The sparse index table is what the probe sequence walks; the dense entry
 * array is what iteration walks, so iteration follows insertion order and
 * costs O(nentries), not O(size).
 *
 * Probing: i = hash & mask, then perturb >>= 5; i = (i*5 + perturb + 1) &
 * mask.  The perturbation brings the high bits of the hash in, so keys that
 * agree in their low bits (ints that are multiples of the size) still
 * spread; once perturb reaches 0 the recurrence i*5+1 visits every slot, so
 * a probe always ends at an EMPTY slot (the table is never full: at most
 * 2/3 of the slots are used).
 *
 * Two kinds of entry array, as CPython 3.11: while every key is an exact
 * str the table is "unicode" and an entry is just (key, value) -- the hash
 * is the one cached in the str; the first other key converts the table to
 * the general (hash, key, value) form for good.  Module, class and
 * instance namespaces and **kwargs stay compact, and sys.getsizeof of a
 * dict equals CPython's.
 *
 * Growth: `usable` counts the free entries at the end of the entry array;
 * an insertion of a new key when usable == 0 resizes to about used*3 slots
 * (CPython 3.11's GROWTH_RATE and its calculate_log2_keysize, whose
 * rounding quirks we copy: 1..7 round up to 16).  So a table of size 8
 * holds 5 keys, the 6th key moves to 16, the 11th to 32...
 *
 * Deletion writes DUMMY into the index slot (so probe chains through it
 * stay intact) and NULLs the entry (so the order of the rest is kept).
 * Deleted entries are squeezed out only by the next resize, which also
 * drops the dummies.  Deletions never shrink the table (as CPython).
 *
 * Lookups compare by identity first, then by hash, then with ==.  For exact
 * str and int keys the == is done inline (no user code runs).  Any other == may run
 * Python code that mutates this dict; after such a comparison the lookup
 * checks that the table and the entry are unchanged and otherwise starts
 * over, as CPython does, so a mutating __eq__ cannot make us read freed
 * memory.
 *
 * Version tags: one process-wide counter; every mutation stores ++counter
 * into the dict, so a (dict, version) pair names one exact content across
 * all dicts.  The interpreter's LOAD_GLOBAL cache relies on that.
 *
 * An empty dict shares one static, immutable keys object (size 8, usable
 * 0), so `{}` allocates nothing but the object; the first insertion
 * allocates a real table.  Dict objects and size-8 key tables are kept on
 * free lists.
 *
 * GC: an exact dict is tracked by the collector only from the first store
 * of a key or value that could be part of a cycle (CPython's rule, visible
 * through gc.is_tracked); subclass instances are tracked from the start.
 */
#include <stdlib.h>

#include "dict.h"

_Static_assert(sizeof(KrDict) == 48, "KrDict is CPython's 48 bytes");
_Static_assert(sizeof(DictKeys) == 32, "DictKeys header is CPython's 32 bytes");

#define DKIX_ERROR (-3)
#define PERTURB_SHIFT 5
#define LOG2_MINSIZE 3
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define MAX_FREELIST 80

static uint64_t version_counter;
#define NEXT_VERSION() (++version_counter)

/* The shared empty table: 8 EMPTY indices, nothing usable. */
static struct {
    DictKeys k;
    int8_t ix[8];
} empty_keys_storage = {
    { LOG2_MINSIZE, LOG2_MINSIZE, DK_UNICODE, { 0 }, 0, 0, 0 },
    { -1, -1, -1, -1, -1, -1, -1, -1 },
};
#define EMPTY_KEYS (&empty_keys_storage.k)

static KrDict *dict_freelist[MAX_FREELIST];
static int dict_numfree;
/* size-8 tables, per kind */
static DictKeys *keys_freelist[2][MAX_FREELIST];
static int keys_numfree[2];

#define D(o) ((KrDict *)(o))

/* ---------------------------------------------------------------------- */
/* Index table                                                            */
/* ---------------------------------------------------------------------- */

static inline Kr_ssize_t ix_get(const DictKeys *k, size_t i)
{
    uint8_t s = k->log2_size;
    if (s < 8)
        return ((const int8_t *)k->indices)[i];
    if (s < 16)
        return ((const int16_t *)k->indices)[i];
    if (s < 32)
        return ((const int32_t *)k->indices)[i];
    return (Kr_ssize_t)((const int64_t *)k->indices)[i];
}

static inline void ix_set(DictKeys *k, size_t i, Kr_ssize_t ix)
{
    uint8_t s = k->log2_size;
    if (s < 8)
        ((int8_t *)k->indices)[i] = (int8_t)ix;
    else if (s < 16)
        ((int16_t *)k->indices)[i] = (int16_t)ix;
    else if (s < 32)
        ((int32_t *)k->indices)[i] = (int32_t)ix;
    else
        ((int64_t *)k->indices)[i] = (int64_t)ix;
}

static size_t keys_alloc_size(uint8_t log2_size, uint8_t log2_index_bytes, int kind)
{
    Kr_ssize_t size = (Kr_ssize_t)1 << log2_size;
    return sizeof(DictKeys) + ((size_t)1 << log2_index_bytes) +
           (size_t)USABLE_FRACTION(size) *
               (kind == DK_UNICODE ? sizeof(DictUEntry) : sizeof(DictEntry));
}

static size_t keys_size(DictKeys *k)
{
    return keys_alloc_size(k->log2_size, k->log2_index_bytes, k->kind);
}

static DictKeys *new_keys(uint8_t log2_size, int kind)
{
    uint8_t log2_bytes;
    if (log2_size < 8)
        log2_bytes = log2_size;
    else if (log2_size < 16)
        log2_bytes = log2_size + 1;
    else if (log2_size < 32)
        log2_bytes = log2_size + 2;
    else
        log2_bytes = log2_size + 3;
    DictKeys *k;
    if (log2_size == LOG2_MINSIZE && keys_numfree[kind] > 0) {
        k = keys_freelist[kind][--keys_numfree[kind]];
    } else {
        k = kr_mem_alloc(keys_alloc_size(log2_size, log2_bytes, kind));
        if (k == NULL) {
            kr_err_no_memory();
            return NULL;
        }
    }
    k->log2_size = log2_size;
    k->log2_index_bytes = log2_bytes;
    k->kind = (uint8_t)kind;
    memset(k->spare, 0, sizeof k->spare);
    k->usable = USABLE_FRACTION((Kr_ssize_t)1 << log2_size);
    k->nentries = 0;
    k->bloom = 0;
    memset(k->indices, 0xff, (size_t)1 << log2_bytes);
    return k;
}

static void free_keys_memory(DictKeys *k)
{
    if (k == EMPTY_KEYS)
        return;
    if (k->log2_size == LOG2_MINSIZE && keys_numfree[k->kind] < MAX_FREELIST)
        keys_freelist[k->kind][keys_numfree[k->kind]++] = k;
    else
        kr_mem_free(k);
}

/* CPython 3.11's calculate_log2_keysize, quirks included: roughly the
 * smallest power of two >= n, but 1..7 give 16 and exact powers of two
 * above 8 give the next one up.  Table sizes (and so __sizeof__ and when
 * later growth happens) depend on it. */
static uint8_t log2_keysize(Kr_ssize_t n)
{
    uint64_t m = (((uint64_t)n | 8) - 1) | 7;
    return (uint8_t)(64 - __builtin_clzll(m));
}

/* Table size for n keys without a resize on the way (CPython's estimate). */
static uint8_t estimate_log2_keysize(Kr_ssize_t n)
{
    return log2_keysize((n * 3 + 1) / 2);
}

/* First slot of hash's probe sequence that is not a live index. */
static size_t find_empty_slot(DictKeys *k, Kr_hash_t hash)
{
    size_t mask = (size_t)DK_MASK(k);
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    while (ix_get(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The slot holding entry index ix (which must be present). */
static size_t find_index_slot(DictKeys *k, Kr_hash_t hash, Kr_ssize_t ix)
{
    size_t mask = (size_t)DK_MASK(k);
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    while (ix_get(k, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* ---------------------------------------------------------------------- */
/* Lookup, insertion, deletion                                            */
/* ---------------------------------------------------------------------- */

/* GC tracking as CPython: a dict holding only atomic keys and values
 * (ints, strs, untracked tuples, ...) cannot be part of a cycle, so it
 * stays out of the collector's lists until something that could be is
 * stored.  gc.is_tracked({}) is False, gc.is_tracked({1: []}) True. */
static inline int may_be_tracked(KrObject *o)
{
    if (!KR_IS_GC(o))
        return 0;
    if (KR_TUPLE_CHECK_EXACT(o))
        return kr_gc_is_tracked(o);
    return 1;
}

static inline void maintain_tracking(KrDict *d, KrObject *key, KrObject *value)
{
    if (KR_GC_HEAD(d)->prev == NULL && (may_be_tracked(key) || may_be_tracked(value)))
        kr_gc_track((KrObject *)d);
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

/* The hot case of every global, attribute and keyword lookup: an exact
 * str key in a str-keyed table.  str equality runs no user code, so the
 * table cannot change under the probe and the loop needs no restart or
 * error path; keeping it small lets the compiler inline it. */
static inline Kr_ssize_t lookup_str_ix(DictKeys *k, KrObject *key, Kr_hash_t hash)
{
    uint64_t bits = dk_bloom_bits(hash);
    if ((k->bloom & bits) != bits)
        return DKIX_EMPTY;
    size_t mask = (size_t)DK_MASK(k);
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    DictUEntry *entries = dk_uni(k);
    for (;;) {
        Kr_ssize_t ix = ix_get(k, i);
        if (ix == DKIX_EMPTY)
            return DKIX_EMPTY;
        if (ix >= 0) {
            KrObject *sk = entries[ix].key;
            if (sk == key || (((KrStr *)sk)->hash == hash && kr_str_eq(sk, key)))
                return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static inline KrObject *lookup_str(DictKeys *k, KrObject *key, Kr_hash_t hash)
{
    Kr_ssize_t ix = lookup_str_ix(k, key, hash);
    return ix >= 0 ? dk_uni(k)[ix].value : NULL;
}

/* The entry index of key, DKIX_EMPTY if absent, DKIX_ERROR on error.
 * *value gets the borrowed value (NULL when absent). */
static Kr_ssize_t lookup(KrDict *d, KrObject *key, Kr_hash_t hash, KrObject **value)
{
restart:;
    DictKeys *k = d->keys;
    int uni = k->kind == DK_UNICODE;
    size_t mask = (size_t)DK_MASK(k);
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        Kr_ssize_t ix = ix_get(k, i);
        if (ix == DKIX_EMPTY) {
            *value = NULL;
            return DKIX_EMPTY;
        }
        if (ix >= 0) {
            KrObject *sk, **vp;
            Kr_hash_t sh;
            if (uni) {
                DictUEntry *ep = &dk_uni(k)[ix];
                sk = ep->key;
                vp = &ep->value;
                sh = ((KrStr *)sk)->hash;
            } else {
                DictEntry *ep = &dk_gen(k)[ix];
                sk = ep->key;
                vp = &ep->value;
                sh = ep->hash;
            }
            if (sk == key) {
                *value = *vp;
                return ix;
            }
            if (sh == hash) {
                int eq = kr_dict_fast_eq(sk, key);
                if (eq > 0) {
                    *value = *vp;
                    return ix;
                }
                if (eq < 0) {
                    kr_incref(sk);
                    int cmp = kr_object_richcompare_bool(sk, key, KR_EQ);
                    kr_decref(sk);
                    if (cmp < 0) {
                        *value = NULL;
                        return DKIX_ERROR;
                    }
                    if (k != d->keys || dk_key(k, ix) != sk)
                        goto restart;
                    if (cmp > 0) {
                        *value = *vp;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Rebuilds the table at 2**log2_size slots, squeezing out deleted entries.
 * kind DK_UNICODE is honoured only if the table is unicode already: a
 * general table never goes back. */
static int resize(KrDict *d, uint8_t log2_size, int kind)
{
    DictKeys *old = d->keys;
    if (old->kind == DK_GENERAL)
        kind = DK_GENERAL;
    DictKeys *k = new_keys(log2_size, kind);
    if (k == NULL)
        return -1;
    Kr_ssize_t n = d->used, j = 0;
    if (kind == DK_UNICODE) {
        DictUEntry *src = dk_uni(old), *dst = dk_uni(k);
        if (old->nentries == n) {
            memcpy(dst, src, (size_t)n * sizeof(DictUEntry));
        } else {
            for (Kr_ssize_t i = 0; i < old->nentries; i++)
                if (src[i].key != NULL)
                    dst[j++] = src[i];
        }
        for (j = 0; j < n; j++)
            ix_set(k, find_empty_slot(k, ((KrStr *)dst[j].key)->hash), j);
    } else {
        DictEntry *dst = dk_gen(k);
        if (old->kind == DK_GENERAL) {
            DictEntry *src = dk_gen(old);
            if (old->nentries == n) {
                memcpy(dst, src, (size_t)n * sizeof(DictEntry));
            } else {
                for (Kr_ssize_t i = 0; i < old->nentries; i++)
                    if (src[i].key != NULL)
                        dst[j++] = src[i];
            }
        } else {
            DictUEntry *src = dk_uni(old);
            for (Kr_ssize_t i = 0; i < old->nentries; i++) {
                if (src[i].key != NULL) {
                    dst[j].hash = ((KrStr *)src[i].key)->hash;
                    dst[j].key = src[i].key;
                    dst[j].value = src[i].value;
                    j++;
                }
            }
        }
        for (j = 0; j < n; j++)
            ix_set(k, find_empty_slot(k, dst[j].hash), j);
    }
    k->usable -= n;
    k->nentries = n;
    k->bloom = old->bloom;              /* conservative: deleted keys stay */
    d->keys = k;
    d->keys_version = NEXT_VERSION();   /* entry indices moved */
    free_keys_memory(old);
    return 0;
}

static int insertion_resize(KrDict *d, int kind)
{
    return resize(d, log2_keysize(d->used * 3), kind);
}

/* A non-str key is about to enter a unicode table: make it general.  An
 * empty table (fresh or presized) just changes kind at the same size; one
 * with entries is rebuilt at the growth size, as CPython does. */
static int make_general(KrDict *d)
{
    DictKeys *k = d->keys;
    if (k->nentries == 0) {
        DictKeys *g = new_keys(k->log2_size, DK_GENERAL);
        if (g == NULL)
            return -1;
        d->keys = g;
        d->keys_version = NEXT_VERSION();
        free_keys_memory(k);
        return 0;
    }
    return insertion_resize(d, DK_GENERAL);
}

/* Appends a new (absent) key; steals key and value. */
static int insert_new(KrDict *d, KrObject *key, Kr_hash_t hash, KrObject *value)
{
    if ((d->keys->kind == DK_UNICODE && !KR_STR_CHECK_EXACT(key) && make_general(d) < 0) ||
        (d->keys->usable <= 0 && insertion_resize(d, d->keys->kind) < 0)) {
        kr_decref(key);
        kr_decref(value);
        return -1;
    }
    DictKeys *k = d->keys;
    Kr_ssize_t ix = k->nentries;
    ix_set(k, find_empty_slot(k, hash), ix);
    if (k->kind == DK_UNICODE) {
        /* the table reads hashes from the strs: make sure it is cached
         * (a caller of set_item_hash may have computed it elsewhere) */
        if (((KrStr *)key)->hash == -1)
            kr_str_hash(key);
        k->bloom |= dk_bloom_bits(((KrStr *)key)->hash);
        DictUEntry *ep = &dk_uni(k)[ix];
        ep->key = key;
        ep->value = value;
    } else {
        DictEntry *ep = &dk_gen(k)[ix];
        ep->hash = hash;
        ep->key = key;
        ep->value = value;
    }
    k->usable--;
    k->nentries++;
    d->used++;
    d->version = d->keys_version = NEXT_VERSION();
    maintain_tracking(d, key, value);
    return 0;
}

/* d[key] = value; steals key and value.  A non-str key makes a unicode
 * table general before the lookup, present or not (CPython's order, which
 * decides the table size). */
static int insertdict(KrDict *d, KrObject *key, Kr_hash_t hash, KrObject *value)
{
    if (d->keys->kind == DK_UNICODE && !KR_STR_CHECK_EXACT(key) && make_general(d) < 0) {
        kr_decref(key);
        kr_decref(value);
        return -1;
    }
    KrObject *old;
    Kr_ssize_t ix = lookup(d, key, hash, &old);
    if (ix == DKIX_ERROR) {
        kr_decref(key);
        kr_decref(value);
        return -1;
    }
    if (ix == DKIX_EMPTY)
        return insert_new(d, key, hash, value);
    if (old != value) {
        *dk_valuep(d->keys, ix) = value;
        d->version = NEXT_VERSION();
        maintain_tracking(d, key, value);
        kr_decref(old);
    } else {
        kr_decref(value);
    }
    kr_decref(key);
    return 0;
}

/* Deletes entry ix whose hash is hash. */
static void delete_entry(KrDict *d, Kr_hash_t hash, Kr_ssize_t ix)
{
    DictKeys *k = d->keys;
    ix_set(k, find_index_slot(k, hash, ix), DKIX_DUMMY);
    KrObject *key = dk_key(k, ix), *value = dk_value(k, ix);
    if (k->kind == DK_UNICODE) {
        dk_uni(k)[ix].key = NULL;
        dk_uni(k)[ix].value = NULL;
    } else {
        dk_gen(k)[ix].key = NULL;
        dk_gen(k)[ix].value = NULL;
    }
    d->used--;
    d->version = d->keys_version = NEXT_VERSION();
    kr_decref(key);
    kr_decref(value);
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
/* Allocation                                                             */
/* ---------------------------------------------------------------------- */

static KrObject *alloc_dict(KrType *t)
{
    KrDict *d;
    if (t == &kr_dict_type && dict_numfree > 0) {
        d = dict_freelist[--dict_numfree];
        KrGCHead *g = KR_GC_HEAD(d);
        g->next = g->prev = NULL;
        g->gc_refs = 0;
        d->ob.refcnt = 1;
        KR_REFTOTAL_INC();
        d->ob.type = t;
    } else {
        d = (KrDict *)kr_object_alloc(t, 0);
        if (d == NULL)
            return NULL;
    }
    d->used = 0;
    d->keys = EMPTY_KEYS;
    d->version = d->keys_version = NEXT_VERSION();
    return (KrObject *)d;
}

/* An exact dict starts untracked; it is tracked from the first store of
 * something that may be part of a cycle (see maintain_tracking). */
KrObject *kr_dict_new(void)
{
    return alloc_dict(&kr_dict_type);
}

KrObject *kr_dict_new_presized(Kr_ssize_t n)
{
    KrObject *d = kr_dict_new();
    if (d == NULL || n <= USABLE_FRACTION((Kr_ssize_t)1 << LOG2_MINSIZE))
        return d;
    if (n > 128 * 1024)
        n = 128 * 1024;
    /* Unicode until a non-str key arrives (then it turns general at the
     * same size while still empty), so that {'a': 1, ...} displays and
     * {1: 2, ...} displays get CPython's table kinds. */
    DictKeys *k = new_keys(estimate_log2_keysize(n), DK_UNICODE);
    if (k == NULL) {
        kr_decref(d);
        return NULL;
    }
    D(d)->keys = k;
    return d;
}

/* Drops the references of a detached table. */
static void decref_entries(DictKeys *k)
{
    for (Kr_ssize_t i = 0; i < k->nentries; i++) {
        KrObject *key = dk_key(k, i);
        if (key != NULL) {
            kr_decref(key);
            kr_decref(dk_value(k, i));
        }
    }
}

static void dict_dealloc(KrObject *o)
{
    KrDict *d = D(o);
    kr_gc_untrack(o);
    if (kr_trashcan_begin(o))
        return;
    DictKeys *k = d->keys;
    decref_entries(k);
    free_keys_memory(k);
    if (KR_TYPE(o) == &kr_dict_type && dict_numfree < MAX_FREELIST)
        dict_freelist[dict_numfree++] = d;
    else
        kr_object_free(o);
    kr_trashcan_end();
}

static int dict_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    DictKeys *k = D(o)->keys;
    for (Kr_ssize_t i = 0; i < k->nentries; i++) {
        KrObject *key = dk_key(k, i);
        if (key != NULL) {
            int r = visit(key, arg);
            if (r)
                return r;
            r = visit(dk_value(k, i), arg);
            if (r)
                return r;
        }
    }
    return 0;
}

void kr_dict_clear(KrObject *o)
{
    KrDict *d = D(o);
    DictKeys *k = d->keys;
    if (k == EMPTY_KEYS && d->used == 0)
        return;
    /* Detach first: the decrefs below may run code that uses the dict. */
    d->keys = EMPTY_KEYS;
    d->used = 0;
    d->version = d->keys_version = NEXT_VERSION();
    decref_entries(k);
    free_keys_memory(k);
}

static int dict_gc_clear(KrObject *o)
{
    kr_dict_clear(o);
    return 0;
}

/* ---------------------------------------------------------------------- */
/* The C API                                                              */
/* ---------------------------------------------------------------------- */

KrObject *kr_dict_get_item_hash(KrObject *d, KrObject *key, Kr_hash_t hash)
{
    KrObject *value;
    DictKeys *k = D(d)->keys;
    if (k->kind == DK_UNICODE && KR_STR_CHECK_EXACT(key))
        return lookup_str(k, key, hash);
    lookup(D(d), key, hash, &value);
    return value;
}

/* Attribute loads: instances of one class usually store their
 * attributes in the same order, so the entry index of a name is the same
 * across their dicts.  The caller keeps that index in its inline cache;
 * checking the entry's key pointer (names are interned) validates it. */
KrObject *kr_dict_get_item_hint(KrObject *d, KrObject *key, uint16_t *hint)
{
    DictKeys *k = D(d)->keys;
    if (KR_LIKELY(k->kind == DK_UNICODE)) {
        Kr_ssize_t ix = *hint;
        if (ix < k->nentries && dk_uni(k)[ix].key == key)
            return dk_uni(k)[ix].value;
        Kr_hash_t hash = ((KrStr *)key)->hash;
        if (hash == -1)
            hash = kr_str_hash(key);
        ix = lookup_str_ix(k, key, hash);
        if (ix < 0)
            return NULL;
        if (ix <= 0xffff)
            *hint = (uint16_t)ix;     /* for the next instance */
        return dk_uni(k)[ix].value;
    }
    return kr_dict_get_item(d, key);
}

KrObject *kr_dict_get_item(KrObject *d, KrObject *key)
{
    Kr_hash_t hash = hash_of(key);
    if (hash == -1)
        return NULL;
    return kr_dict_get_item_hash(d, key, hash);
}

KrObject *kr_dict_get_item_str(KrObject *d, const char *key)
{
    /* A temporary str: interning would grow the table for every probe. */
    KrObject *k = kr_str_from_cstr(key);
    if (k == NULL)
        return NULL;
    KrObject *v = kr_dict_get_item(d, k);
    kr_decref(k);
    return v;
}

int kr_dict_set_item_hash(KrObject *d, KrObject *key, KrObject *value, Kr_hash_t hash)
{
    return insertdict(D(d), kr_newref(key), hash, kr_newref(value));
}

int kr_dict_set_item(KrObject *d, KrObject *key, KrObject *value)
{
    Kr_hash_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    return insertdict(D(d), kr_newref(key), hash, kr_newref(value));
}

int kr_dict_set_item_str(KrObject *d, const char *key, KrObject *value)
{
    KrObject *k = kr_str_intern_cstr(key);
    if (k == NULL)
        return -1;
    return kr_dict_set_item(d, k, value);
}

int kr_dict_del_item(KrObject *d, KrObject *key)
{
    Kr_hash_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    KrObject *old;
    Kr_ssize_t ix = lookup(D(d), key, hash, &old);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix == DKIX_EMPTY) {
        set_key_error(key);
        return -1;
    }
    delete_entry(D(d), hash, ix);
    return 0;
}

int kr_dict_del_item_str(KrObject *d, const char *key)
{
    KrObject *k = kr_str_from_cstr(key);
    if (k == NULL)
        return -1;
    int r = kr_dict_del_item(d, k);
    kr_decref(k);
    return r;
}

int kr_dict_pop(KrObject *d, KrObject *key, KrObject **value)
{
    *value = NULL;
    if (D(d)->used == 0)
        return 0;
    Kr_hash_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    KrObject *old;
    Kr_ssize_t ix = lookup(D(d), key, hash, &old);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix == DKIX_EMPTY)
        return 0;
    *value = kr_newref(old);
    delete_entry(D(d), hash, ix);
    return 1;
}

int kr_dict_contains(KrObject *d, KrObject *key)
{
    Kr_hash_t hash = hash_of(key);
    if (hash == -1)
        return -1;
    KrObject *value;
    Kr_ssize_t ix = lookup(D(d), key, hash, &value);
    if (ix == DKIX_ERROR)
        return -1;
    return ix != DKIX_EMPTY;
}

/* Like kr_dict_next, also giving the stored hash. */
int kr_dict_next_hash(KrObject *d, Kr_ssize_t *pos, KrObject **key, KrObject **value,
                      Kr_hash_t *hash)
{
    DictKeys *k = D(d)->keys;
    Kr_ssize_t i = *pos;
    while (i < k->nentries && dk_key(k, i) == NULL)
        i++;
    if (i >= k->nentries)
        return 0;
    *pos = i + 1;
    if (key)
        *key = dk_key(k, i);
    if (value)
        *value = dk_value(k, i);
    if (hash)
        *hash = dk_hash(k, i);
    return 1;
}

int kr_dict_next(KrObject *d, Kr_ssize_t *pos, KrObject **key, KrObject **value)
{
    return kr_dict_next_hash(d, pos, key, value, NULL);
}

Kr_ssize_t kr_dict_size(KrObject *d)
{
    return D(d)->used;
}

uint64_t kr_dict_version(KrObject *d)
{
    return D(d)->version;
}

Kr_ssize_t kr_dict_table_size(KrObject *d)
{
    return DK_SIZE(D(d)->keys);
}

/* Copies a table as it is: same size, same slots, holes included. */
static int clone_into(KrDict *dst, KrDict *src)
{
    DictKeys *sk = src->keys;
    size_t size = keys_size(sk);
    DictKeys *k;
    if (sk->log2_size == LOG2_MINSIZE && keys_numfree[sk->kind] > 0)
        k = keys_freelist[sk->kind][--keys_numfree[sk->kind]];
    else
        k = kr_mem_alloc(size);
    if (k == NULL) {
        kr_err_no_memory();
        return -1;
    }
    memcpy(k, sk, size);
    for (Kr_ssize_t i = 0; i < k->nentries; i++) {
        KrObject *key = dk_key(k, i);
        if (key != NULL) {
            kr_incref(key);
            kr_incref(dk_value(k, i));
        }
    }
    DictKeys *old = dst->keys;
    dst->keys = k;
    dst->used = src->used;
    dst->version = dst->keys_version = NEXT_VERSION();
    if (KR_GC_HEAD(src)->prev != NULL)
        kr_gc_track((KrObject *)dst);
    free_keys_memory(old);
    return 0;
}

static int merge_dict(KrDict *a, KrDict *b, int override)
{
    if (a == b || b->used == 0)
        return 0;
    if (a->used == 0) {
        override = 1;
        DictKeys *bk = b->keys;
        if (b->used == bk->nentries &&
            (bk->log2_size == LOG2_MINSIZE ||
             USABLE_FRACTION(DK_SIZE(bk) / 2) < b->used))
            return clone_into(a, b);
    }
    /* One resize up front when b would not fit a table of a's size
     * (CPython 3.11's test; its shared empty table has size 1, so an
     * empty dict always takes the estimate). */
    Kr_ssize_t room = a->keys == EMPTY_KEYS ? 0 : USABLE_FRACTION(DK_SIZE(a->keys));
    if (room < b->used &&
        resize(a, estimate_log2_keysize(a->used + b->used), b->keys->kind) < 0)
        return -1;
    DictKeys *bk = b->keys;
    Kr_ssize_t n = bk->nentries;
    for (Kr_ssize_t i = 0; i < n; i++) {
        if (dk_key(bk, i) == NULL)
            continue;
        KrObject *key = kr_newref(dk_key(bk, i)), *value = kr_newref(dk_value(bk, i));
        Kr_hash_t hash = dk_hash(bk, i);
        int r;
        if (override == 1) {
            r = insertdict(a, key, hash, value);
        } else {
            KrObject *cur;
            Kr_ssize_t ix = lookup(a, key, hash, &cur);
            if (ix == DKIX_ERROR) {
                r = -1;
                kr_decref(key);
                kr_decref(value);
            } else if (ix == DKIX_EMPTY) {
                r = insert_new(a, key, hash, value);
            } else if (override == 2) {
                set_key_error(key);
                kr_decref(key);
                kr_decref(value);
                r = -1;
            } else {
                kr_decref(key);
                kr_decref(value);
                r = 0;
            }
        }
        if (r < 0)
            return -1;
        if (bk != b->keys || n != bk->nentries) {
            kr_err_set_string(&kr_exc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

static int dict_iter_is_plain(KrObject *o);

int kr_dict_merge(KrObject *d, KrObject *other, int override)
{
    if (KR_DICT_CHECK(other) && dict_iter_is_plain(other))
        return merge_dict(D(d), D(other), override);
    /* A generic mapping: for key in other.keys(): d[key] = other[key]. */
    KrObject *keys = kr_call_method0(other, kr_str_intern_cstr("keys"));
    if (keys == NULL)
        return -1;
    KrObject *it = kr_object_get_iter(keys);
    kr_decref(keys);
    if (it == NULL)
        return -1;
    KrObject *key;
    while ((key = kr_iter_next(it)) != NULL) {
        if (override != 1) {
            int has = kr_dict_contains(d, key);
            if (has != 0) {
                if (has > 0 && override == 2) {
                    set_key_error(key);
                    has = -1;
                }
                kr_decref(key);
                if (has < 0) {
                    kr_decref(it);
                    return -1;
                }
                continue;
            }
        }
        KrObject *value = kr_object_getitem(other, key);
        if (value == NULL) {
            kr_decref(key);
            kr_decref(it);
            return -1;
        }
        int r = kr_dict_set_item(d, key, value);
        kr_decref(key);
        kr_decref(value);
        if (r < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kr_err_occurred() ? -1 : 0;
}

int kr_dict_merge_from_seq2(KrObject *d, KrObject *seq2, int override)
{
    KrObject *it = kr_object_get_iter(seq2);
    if (it == NULL)
        return -1;
    KrObject *item;
    Kr_ssize_t i = 0;
    for (; (item = kr_iter_next(it)) != NULL; i++) {
        KrObject *fast;
        if (KR_TUPLE_CHECK_EXACT(item) || KR_LIST_CHECK_EXACT(item)) {
            fast = kr_newref(item);
        } else {
            fast = kr_sequence_tuple(item);
            if (fast == NULL) {
                if (kr_err_matches_type(&kr_exc_TypeError)) {
                    kr_err_clear();
                    kr_err_format(&kr_exc_TypeError,
                                  "cannot convert dictionary update sequence element #%zd to a sequence",
                                  i);
                }
                kr_decref(item);
                goto fail;
            }
        }
        kr_decref(item);
        Kr_ssize_t n = KR_SIZE(fast);
        if (n != 2) {
            kr_err_format(&kr_exc_ValueError,
                          "dictionary update sequence element #%zd has length %zd; 2 is required",
                          i, n);
            kr_decref(fast);
            goto fail;
        }
        KrObject *key, *value;
        if (KR_LIST_CHECK_EXACT(fast)) {
            key = KR_LIST_GET(fast, 0);
            value = KR_LIST_GET(fast, 1);
        } else {
            key = KR_TUPLE_GET(fast, 0);
            value = KR_TUPLE_GET(fast, 1);
        }
        kr_incref(key);
        kr_incref(value);
        int r = 0;
        if (override) {
            r = kr_dict_set_item(d, key, value);
        } else {
            r = kr_dict_contains(d, key);
            if (r == 0)
                r = kr_dict_set_item(d, key, value);
        }
        kr_decref(key);
        kr_decref(value);
        kr_decref(fast);
        if (r < 0)
            goto fail;
    }
    kr_decref(it);
    return kr_err_occurred() ? -1 : 0;
fail:
    kr_decref(it);
    return -1;
}

KrObject *kr_dict_copy(KrObject *o)
{
    KrDict *src = D(o);
    KrObject *n = kr_dict_new();
    if (n == NULL)
        return NULL;
    if (src->used == 0)
        return n;
    int r;
    /* Few holes: copy the table as it is (CPython's fast copy). */
    if (src->used >= (src->keys->nentries * 2) / 3)
        r = clone_into(D(n), src);
    else
        r = merge_dict(D(n), src, 1);
    if (r < 0) {
        kr_decref(n);
        return NULL;
    }
    return n;
}

static KrObject *dict_list(KrObject *o, int what)
{
    KrDict *d = D(o);
again:;
    Kr_ssize_t n = d->used;
    KrObject *l = kr_list_new(n);
    if (l == NULL)
        return NULL;
    if (n != d->used) {   /* the allocation ran code that resized us */
        kr_decref(l);
        goto again;
    }
    DictKeys *k = d->keys;
    Kr_ssize_t j = 0;
    for (Kr_ssize_t i = 0; i < k->nentries; i++) {
        KrObject *key = dk_key(k, i);
        if (key == NULL)
            continue;
        KrObject *item;
        if (what == 0) {
            item = kr_newref(key);
        } else if (what == 1) {
            item = kr_newref(dk_value(k, i));
        } else {
            item = kr_tuple_pack(2, key, dk_value(k, i));
            if (item == NULL) {
                for (; j < n; j++)
                    KR_LIST_SET(l, j, kr_newref(kr_None));
                kr_decref(l);
                return NULL;
            }
        }
        KR_LIST_SET(l, j++, item);
    }
    return l;
}

KrObject *kr_dict_keys(KrObject *d) { return dict_list(d, 0); }
KrObject *kr_dict_values(KrObject *d) { return dict_list(d, 1); }
KrObject *kr_dict_items(KrObject *d) { return dict_list(d, 2); }

KrObject *kr_dict_setdefault(KrObject *d, KrObject *key, KrObject *dflt)
{
    Kr_hash_t hash = hash_of(key);
    if (hash == -1)
        return NULL;
    if (D(d)->keys->kind == DK_UNICODE && !KR_STR_CHECK_EXACT(key) && make_general(D(d)) < 0)
        return NULL;
    KrObject *value;
    Kr_ssize_t ix = lookup(D(d), key, hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix >= 0)
        return value;
    if (insert_new(D(d), kr_newref(key), hash, kr_newref(dflt)) < 0)
        return NULL;
    return dflt;
}

/* ---------------------------------------------------------------------- */
/* Slots                                                                  */
/* ---------------------------------------------------------------------- */

static KrObject *dict_repr(KrObject *o)
{
    KrDict *d = D(o);
    int r = kr_repr_enter(o);
    if (r != 0)
        return r > 0 ? kr_str_from_cstr("{...}") : NULL;
    if (d->used == 0) {
        kr_repr_leave(o);
        return kr_str_from_cstr("{}");
    }
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_putc(&b, '{');
    int first = 1;
    /* Re-read the table each step: a repr may mutate the dict. */
    for (Kr_ssize_t i = 0; i < d->keys->nentries; i++) {
        if (dk_key(d->keys, i) == NULL)
            continue;
        KrObject *key = kr_newref(dk_key(d->keys, i)), *value = kr_newref(dk_value(d->keys, i));
        if (!first)
            kr_buf_puts(&b, ", ");
        first = 0;
        int bad = kr_buf_append_repr(&b, key) < 0 ||
                  kr_buf_puts(&b, ": ") < 0 ||
                  kr_buf_append_repr(&b, value) < 0;
        kr_decref(key);
        kr_decref(value);
        if (bad) {
            kr_buf_free(&b);
            kr_repr_leave(o);
            return NULL;
        }
    }
    kr_buf_putc(&b, '}');
    kr_repr_leave(o);
    return kr_buf_finish(&b);
}

static Kr_ssize_t dict_length(KrObject *o)
{
    return D(o)->used;
}

KrObject *kr_dict_subscript_impl(KrObject *o, KrObject *key)
{
    Kr_hash_t hash = hash_of(key);
    if (hash == -1)
        return NULL;
    KrObject *value;
    Kr_ssize_t ix = lookup(D(o), key, hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY) {
        if (!KR_DICT_CHECK_EXACT(o)) {
            int found;
            KrObject *r = kr_call_special(o, KR_ID(__missing__), &key, 1, &found);
            if (found || r != NULL)
                return r;
            if (kr_err_occurred())
                return NULL;
        }
        set_key_error(key);
        return NULL;
    }
    return kr_newref(value);
}

static int dict_ass_subscript(KrObject *o, KrObject *key, KrObject *value)
{
    if (value == NULL)
        return kr_dict_del_item(o, key);
    return kr_dict_set_item(o, key, value);
}

static int dict_sq_contains(KrObject *o, KrObject *key)
{
    return kr_dict_contains(o, key);
}

static KrObject *dict_iter(KrObject *o)
{
    return kr_dictiter_new(o, &kr_dictiterkey_type);
}

static int dict_iter_is_plain(KrObject *o)
{
    return KR_TYPE(o)->iter == dict_iter;
}

static int dict_equal(KrDict *a, KrDict *b)
{
    if (a->used != b->used)
        return 0;
    for (Kr_ssize_t i = 0; i < a->keys->nentries; i++) {
        DictKeys *ak = a->keys;
        if (dk_key(ak, i) == NULL)
            continue;
        Kr_hash_t hash = dk_hash(ak, i);
        KrObject *key = kr_newref(dk_key(ak, i)), *aval = kr_newref(dk_value(ak, i));
        KrObject *bval;
        Kr_ssize_t ix = lookup(b, key, hash, &bval);
        int cmp;
        if (ix == DKIX_ERROR) {
            cmp = -1;
        } else if (ix == DKIX_EMPTY) {
            cmp = 0;
        } else {
            kr_incref(bval);
            cmp = kr_object_richcompare_bool(aval, bval, KR_EQ);
            kr_decref(bval);
        }
        kr_decref(key);
        kr_decref(aval);
        if (cmp <= 0)
            return cmp;
    }
    return 1;
}

static KrObject *dict_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_DICT_CHECK(a) || !KR_DICT_CHECK(b) || (op != KR_EQ && op != KR_NE))
        KR_RETURN_NOTIMPLEMENTED;
    int r = dict_equal(D(a), D(b));
    if (r < 0)
        return NULL;
    return kr_bool_from(op == KR_EQ ? r : !r);
}

/* dict.update's argument rule: a dict or anything with keys() is a
 * mapping, everything else an iterable of pairs. */
static int update_arg(KrObject *d, KrObject *arg)
{
    if (KR_DICT_CHECK_EXACT(arg))
        return kr_dict_merge(d, arg, 1);
    KrObject *keys;
    int r = kr_object_lookup_attr(arg, kr_str_intern_cstr("keys"), &keys);
    if (r < 0)
        return -1;
    if (r > 0) {
        kr_decref(keys);
        return kr_dict_merge(d, arg, 1);
    }
    return kr_dict_merge_from_seq2(d, arg, 1);
}

static int update_kwargs(KrObject *d, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    if (kwnames == NULL)
        return 0;
    Kr_ssize_t nkw = KR_SIZE(kwnames);
    for (Kr_ssize_t i = 0; i < nkw; i++) {
        if (kr_dict_set_item(d, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0)
            return -1;
    }
    return 0;
}

static KrObject *dict_or(KrObject *a, KrObject *b)
{
    if (!KR_DICT_CHECK(a) || !KR_DICT_CHECK(b))
        KR_RETURN_NOTIMPLEMENTED;
    KrObject *n = kr_dict_copy(a);
    if (n == NULL)
        return NULL;
    if (update_arg(n, b) < 0) {
        kr_decref(n);
        return NULL;
    }
    return n;
}

static KrObject *dict_ior(KrObject *a, KrObject *b)
{
    if (update_arg(a, b) < 0)
        return NULL;
    return kr_newref(a);
}

static KrObject *dict_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *d = alloc_dict(t);
    if (d == NULL)
        return NULL;
    if (t != &kr_dict_type)     /* subclass instances always are (CPython) */
        kr_gc_track(d);
    return d;
}

static int dict_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                     KrObject *kwnames)
{
    if (nargs > 1) {
        kr_err_format(&kr_exc_TypeError, "dict expected at most 1 argument, got %zd", nargs);
        return -1;
    }
    if (nargs == 1 && update_arg(self, args[0]) < 0)
        return -1;
    return update_kwargs(self, args, nargs, kwnames);
}

/* ---------------------------------------------------------------------- */
/* Methods                                                                */
/* ---------------------------------------------------------------------- */

static KrObject *m_get(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("get", nargs, 1, 2) < 0)
        return NULL;
    Kr_hash_t hash = hash_of(args[0]);
    if (hash == -1)
        return NULL;
    KrObject *value;
    Kr_ssize_t ix = lookup(D(self), args[0], hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY)
        return kr_newref(nargs > 1 ? args[1] : kr_None);
    return kr_newref(value);
}

static KrObject *m_setdefault(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("setdefault", nargs, 1, 2) < 0)
        return NULL;
    KrObject *r = kr_dict_setdefault(self, args[0], nargs > 1 ? args[1] : kr_None);
    return kr_xnewref(r);
}

static KrObject *m_pop(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("pop", nargs, 1, 2) < 0)
        return NULL;
    KrObject *value;
    int r = kr_dict_pop(self, args[0], &value);
    if (r < 0)
        return NULL;
    if (r > 0)
        return value;
    if (nargs > 1)
        return kr_newref(args[1]);
    if (kr_object_hash(args[0]) == -1)   /* {}.pop([]) is "unhashable" */
        return NULL;
    set_key_error(args[0]);
    return NULL;
}

static KrObject *m_popitem(KrObject *self)
{
    KrDict *d = D(self);
    if (d->used == 0) {
        kr_err_set_string(&kr_exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    KrObject *res = kr_tuple_new(2);
    if (res == NULL)
        return NULL;
    if (d->used == 0) {   /* emptied by code the allocation ran */
        kr_decref(res);
        kr_err_set_string(&kr_exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    DictKeys *k = d->keys;
    Kr_ssize_t i = k->nentries - 1;
    while (i >= 0 && dk_key(k, i) == NULL)
        i--;
    ix_set(k, find_index_slot(k, dk_hash(k, i), i), DKIX_DUMMY);
    KR_TUPLE_SET(res, 0, dk_key(k, i));
    KR_TUPLE_SET(res, 1, dk_value(k, i));
    if (k->kind == DK_UNICODE) {
        dk_uni(k)[i].key = NULL;
        dk_uni(k)[i].value = NULL;
    } else {
        dk_gen(k)[i].key = NULL;
        dk_gen(k)[i].value = NULL;
    }
    k->nentries = i;
    d->used--;
    d->version = d->keys_version = NEXT_VERSION();
    return res;
}

static KrObject *m_keys(KrObject *self) { return kr_dictview_new(self, &kr_dictkeys_type); }
static KrObject *m_values(KrObject *self) { return kr_dictview_new(self, &kr_dictvalues_type); }
static KrObject *m_items(KrObject *self) { return kr_dictview_new(self, &kr_dictitems_type); }

static KrObject *m_update(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames)
{
    if (nargs > 1) {
        kr_err_format(&kr_exc_TypeError, "update expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    if (nargs == 1 && update_arg(self, args[0]) < 0)
        return NULL;
    if (update_kwargs(self, args, nargs, kwnames) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *m_clear(KrObject *self)
{
    kr_dict_clear(self);
    KR_RETURN_NONE;
}

static KrObject *m_copy(KrObject *self)
{
    return kr_dict_copy(self);
}

static KrObject *m_fromkeys(KrObject *cls, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    KrObject *value = nargs > 1 ? args[1] : kr_None;
    KrObject *d = kr_call0(cls);
    if (d == NULL)
        return NULL;
    int exact = KR_DICT_CHECK_EXACT(d);
    /* A dict or set argument: one table of the final size and kind up
     * front, as CPython does (it shows in __sizeof__). */
    if (exact && D(d)->used == 0 &&
        (KR_DICT_CHECK_EXACT(args[0]) || KR_ANYSET_CHECK(args[0]))) {
        int isdict = KR_DICT_CHECK_EXACT(args[0]);
        Kr_ssize_t n = isdict ? kr_dict_size(args[0]) : kr_set_size(args[0]);
        int kind = isdict ? D(args[0])->keys->kind : DK_GENERAL;
        if (resize(D(d), estimate_log2_keysize(n), kind) < 0) {
            kr_decref(d);
            return NULL;
        }
    }
    KrObject *it = kr_object_get_iter(args[0]);
    if (it == NULL) {
        kr_decref(d);
        return NULL;
    }
    KrObject *key;
    while ((key = kr_iter_next(it)) != NULL) {
        int r = exact ? kr_dict_set_item(d, key, value) : kr_object_setitem(d, key, value);
        kr_decref(key);
        if (r < 0)
            break;
    }
    kr_decref(it);
    if (kr_err_occurred()) {
        kr_decref(d);
        return NULL;
    }
    return d;
}

static KrObject *m_reversed(KrObject *self)
{
    return kr_dictiter_new(self, &kr_dictrevkey_type);
}

static KrObject *m_sizeof(KrObject *self)
{
    KrDict *d = D(self);
    Kr_ssize_t size = kr_type_reported_basicsize(KR_TYPE(self));
    if (d->keys != EMPTY_KEYS)
        size += (Kr_ssize_t)keys_size(d->keys);
    return kr_int_from_ssize(size);
}

static const KrMethodDef dict_methods[] = {
    KR_METHOD_NOARGS("__sizeof__", m_sizeof),
    KR_METHOD_FAST("get", m_get),
    KR_METHOD_FAST("setdefault", m_setdefault),
    KR_METHOD_FAST("pop", m_pop),
    KR_METHOD_NOARGS("popitem", m_popitem),
    KR_METHOD_NOARGS("keys", m_keys),
    KR_METHOD_NOARGS("items", m_items),
    KR_METHOD_NOARGS("values", m_values),
    KR_METHOD_FASTKW("update", m_update),
    { "fromkeys", { .fast = m_fromkeys }, KR_METH_FAST | KR_METH_CLASS, NULL },
    KR_METHOD_NOARGS("clear", m_clear),
    KR_METHOD_NOARGS("copy", m_copy),
    KR_METHOD_NOARGS("__reversed__", m_reversed),
    KR_CLASS_GETITEM_METHOD,
    KR_METHOD_END
};

void kr_dict_ensure_ready(KrType *t)
{
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_READY) && !KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_READYING) &&
        KR_TYPE_HAS_FLAG(&kr_dict_type, KR_TPFLAGS_READY))
        kr_type_ready(t);
}

static KrMappingMethods dict_as_mapping = {
    .length = dict_length,
    .subscript = kr_dict_subscript_impl,
    .ass_subscript = dict_ass_subscript,
};

static KrSequenceMethods dict_as_sequence = {
    .contains = dict_sq_contains,
};

static KrNumberMethods dict_as_number = {
    .or_ = dict_or,
    .inplace_or_ = dict_ior,
};

KrType kr_dict_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "dict",
    .basicsize = sizeof(KrDict),
    .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DICT_SUBCLASS,
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .as_number = &dict_as_number,
    .as_sequence = &dict_as_sequence,
    .as_mapping = &dict_as_mapping,
    .traverse = dict_traverse,
    .clear = dict_gc_clear,
    .new_ = dict_new,
    .init = dict_init,
    .methods = dict_methods,
    .base = &kr_object_type,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
};
