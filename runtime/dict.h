/*
 * dict.h -- the dict's layout, shared by dict.c and dictviews.c only.
 *
 * Everything outside these two files goes through krait.h's kr_dict_*
 * API; the layout may change without notice.
 */
#ifndef KRAIT_DICT_H
#define KRAIT_DICT_H

#include "krait.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)

/* Entries of a general table. */
typedef struct DictEntry {
    Kr_hash_t hash;
    KrObject *key;                  /* NULL once deleted */
    KrObject *value;
} DictEntry;

/* Entries of a table whose keys are all exact str: the hash is the one
 * cached in the str, so an entry is 16 bytes (as CPython 3.11). */
typedef struct DictUEntry {
    KrObject *key;                  /* NULL once deleted */
    KrObject *value;
} DictUEntry;

enum { DK_GENERAL = 0, DK_UNICODE = 1 };

/* One allocation: this header, the index table (2**log2_size indices,
 * 1 << log2_index_bytes bytes in all), then the entry array of
 * usable_fraction(size) entries (DictEntry or DictUEntry by kind).  The
 * header is 32 bytes and KrDict 48, as CPython's, so __sizeof__ reports
 * CPython's numbers while being the truth about what is allocated. */
typedef struct DictKeys {
    uint8_t log2_size;
    uint8_t log2_index_bytes;
    uint8_t kind;                   /* DK_GENERAL or DK_UNICODE */
    uint8_t spare[5];
    Kr_ssize_t usable;              /* entries still free at the end */
    Kr_ssize_t nentries;            /* entries used, deleted ones included */
    uint64_t bloom;                 /* str tables: 2 bits per key ever inserted;
                                     * a key whose bits are not all set is
                                     * absent (instance dicts probed for
                                     * method names miss at once) */
    char indices[];                 /* 8-byte aligned */
} DictKeys;

struct KrDict {
    KrObject ob;
    Kr_ssize_t used;                /* live items */
    uint64_t version;               /* new on every mutation */
    uint64_t keys_version;          /* new when the set of keys changes (not
                                     * on value updates): lets a cache keep
                                     * an entry index across value stores */
    DictKeys *keys;                 /* never NULL: the shared empty keys when unused */
};

#define DK_SIZE(k) ((Kr_ssize_t)1 << (k)->log2_size)
static inline uint64_t dk_bloom_bits(Kr_hash_t h)
{
    return ((uint64_t)1 << (h & 63)) | ((uint64_t)1 << ((h >> 6) & 63));
}
#define DK_MASK(k) (DK_SIZE(k) - 1)
static inline DictEntry *dk_gen(DictKeys *k)
{
    return (DictEntry *)(k->indices + ((size_t)1 << k->log2_index_bytes));
}
static inline DictUEntry *dk_uni(DictKeys *k)
{
    return (DictUEntry *)(k->indices + ((size_t)1 << k->log2_index_bytes));
}
/* Entry i of either kind; key NULL means deleted. */
static inline KrObject *dk_key(DictKeys *k, Kr_ssize_t i)
{
    return k->kind == DK_UNICODE ? dk_uni(k)[i].key : dk_gen(k)[i].key;
}
static inline KrObject **dk_valuep(DictKeys *k, Kr_ssize_t i)
{
    return k->kind == DK_UNICODE ? &dk_uni(k)[i].value : &dk_gen(k)[i].value;
}
static inline KrObject *dk_value(DictKeys *k, Kr_ssize_t i)
{
    return *dk_valuep(k, i);
}
static inline Kr_hash_t dk_hash(DictKeys *k, Kr_ssize_t i)
{
    return k->kind == DK_UNICODE ? ((KrStr *)dk_uni(k)[i].key)->hash : dk_gen(k)[i].hash;
}

/* Equality of two hash-equal keys without running user code when their
 * types allow it (exact str, exact int): 1 equal, 0 different, -1 unknown
 * (use the rich comparison).  Relies on the int invariant that a value
 * fitting int64 is always stored small. */
static inline int kr_dict_fast_eq(KrObject *a, KrObject *b)
{
    KrType *ta = KR_TYPE(a), *tb = KR_TYPE(b);
    if (ta == &kr_str_type && tb == &kr_str_type)
        return kr_str_eq(a, b);
    if (ta == &kr_int_type && tb == &kr_int_type) {
        int sa = kr_int_is_small(a), sb = kr_int_is_small(b);
        if (sa && sb)
            return kr_int_small_value(a) == kr_int_small_value(b);
        if (sa != sb)
            return 0;
    }
    return -1;
}

/* dict.c internals used by dictviews.c and set.c */
int kr_dict_next_hash(KrObject *d, Kr_ssize_t *pos, KrObject **key, KrObject **value,
                      Kr_hash_t *hash);
KrObject *kr_dict_subscript_impl(KrObject *d, KrObject *key);
/* dict views and iterators (dictviews.c) */
extern KrType kr_dictkeys_type, kr_dictvalues_type, kr_dictitems_type,
    kr_dictiterkey_type, kr_dictitervalue_type, kr_dictiteritem_type,
    kr_dictrevkey_type, kr_dictrevvalue_type, kr_dictrevitem_type;
KrObject *kr_dictview_new(KrObject *d, KrType *type);
KrObject *kr_dictiter_new(KrObject *d, KrType *type);
/* Makes an auxiliary type ready on first use (the lead's list readies the
 * main types; these may not be on it). */
void kr_dict_ensure_ready(KrType *t);

#endif
