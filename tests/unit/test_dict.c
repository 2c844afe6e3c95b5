/* Unit tests for the dict hash table (runtime/dict.c, runtime/dictviews.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "krait.h"

static uint64_t rng_state = 0x2545F4914F6CDD1Dull;
static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static int setup(void **state)
{
    return kr_runtime_init(0, NULL) < 0 ? -1 : 0;
}

static KrObject *I(int64_t v)
{
    KrObject *o = kr_int_from_i64(v);
    assert_non_null(o);
    return o;
}

static int64_t V(KrObject *o)
{
    int overflow = 0;
    int64_t v = kr_int_as_i64(o, &overflow);
    assert_int_equal(overflow, 0);
    return v;
}

static void set_ii(KrObject *d, int64_t k, int64_t v)
{
    KrObject *ko = I(k), *vo = I(v);
    assert_int_equal(kr_dict_set_item(d, ko, vo), 0);
    kr_decref(ko);
    kr_decref(vo);
}

/* Value for int key k, or INT64_MIN when absent. */
static int64_t get_i(KrObject *d, int64_t k)
{
    KrObject *ko = I(k);
    KrObject *v = kr_dict_get_item(d, ko);
    kr_decref(ko);
    assert_null(kr_err_occurred());
    return v ? V(v) : INT64_MIN;
}

static void del_i(KrObject *d, int64_t k)
{
    KrObject *ko = I(k);
    assert_int_equal(kr_dict_del_item(d, ko), 0);
    kr_decref(ko);
}

/* The table size CPython 3.11 has after inserting n distinct keys one by
 * one: start at 8; inserting into a full table (n-1 == size*2/3) grows to
 * the smallest power of two >= (n-1)*3. */
static Kr_ssize_t model_size_after(Kr_ssize_t n)
{
    Kr_ssize_t size = 8;
    for (Kr_ssize_t used = 0; used < n; used++) {
        if (used == size * 2 / 3) {
            Kr_ssize_t s = 8;
            while (s < used * 3)
                s <<= 1;
            size = s;
        }
    }
    return size;
}

static void test_growth_thresholds(void **state)
{
    KrObject *d = kr_dict_new();
    assert_int_equal(kr_dict_table_size(d), 8);
    /* The first steps explicitly: 5 keys fit in 8 slots, the 6th grows to
     * 16, the 11th to 32, the 22nd to 64, the 43rd to 128. */
    static const struct { int n; Kr_ssize_t size; } steps[] = {
        { 1, 8 }, { 5, 8 }, { 6, 16 }, { 10, 16 }, { 11, 32 }, { 21, 32 },
        { 22, 64 }, { 42, 64 }, { 43, 128 }, { 85, 128 }, { 86, 256 },
    };
    size_t si = 0;
    for (int n = 1; n <= 20000; n++) {
        set_ii(d, n, n);
        assert_int_equal(kr_dict_size(d), n);
        assert_int_equal(kr_dict_table_size(d), model_size_after(n));
        if (si < sizeof steps / sizeof steps[0] && steps[si].n == n) {
            assert_int_equal(kr_dict_table_size(d), steps[si].size);
            si++;
        }
    }
    /* Overwriting never grows. */
    Kr_ssize_t size = kr_dict_table_size(d);
    for (int n = 1; n <= 20000; n++)
        set_ii(d, n, -n);
    assert_int_equal(kr_dict_table_size(d), size);
    kr_decref(d);
}

static void test_presized(void **state)
{
    KrObject *d = kr_dict_new_presized(1000);
    Kr_ssize_t size = kr_dict_table_size(d);
    assert_true(size * 2 / 3 >= 1000);
    for (int i = 0; i < 1000; i++)
        set_ii(d, i, i);
    assert_int_equal(kr_dict_table_size(d), size);
    kr_decref(d);
}

static void check_order(KrObject *d, const int64_t *expect, Kr_ssize_t n)
{
    Kr_ssize_t pos = 0, i = 0;
    KrObject *k, *v;
    while (kr_dict_next(d, &pos, &k, &v)) {
        assert_true(i < n);
        assert_int_equal(V(k), expect[i]);
        i++;
    }
    assert_int_equal(i, n);
    assert_int_equal(kr_dict_size(d), n);
}

static void test_order_across_deletions_and_resizes(void **state)
{
    KrObject *d = kr_dict_new();
    int64_t expect[3000];
    Kr_ssize_t n = 0;
    for (int i = 0; i < 1000; i++)
        set_ii(d, i * 7919 % 1000, i);
    for (int i = 0; i < 1000; i++) {
        int64_t k = i * 7919 % 1000;
        if (k % 2 == 0)
            del_i(d, k);
        else
            expect[n++] = k;
    }
    check_order(d, expect, n);
    /* Re-adding a deleted key appends it; overwriting keeps the place. */
    set_ii(d, 0, 1);
    expect[n++] = 0;
    set_ii(d, expect[0], 42);
    check_order(d, expect, n);
    for (int i = 1000; i < 3000 - 600; i++) {  /* forces several resizes */
        set_ii(d, i, i);
        expect[n++] = i;
    }
    check_order(d, expect, n);
    assert_int_equal(get_i(d, expect[0]), 42);
    kr_decref(d);
}

/* A million random operations checked against a direct-mapped reference. */
static void test_random_against_reference(void **state)
{
    enum { NKEYS = 3000, NOPS = 1000000 };
    int64_t *val = malloc(NKEYS * sizeof(int64_t));   /* INT64_MIN = absent */
    uint64_t *seq = malloc(NKEYS * sizeof(uint64_t)); /* insertion stamp */
    for (int i = 0; i < NKEYS; i++)
        val[i] = INT64_MIN;
    uint64_t stamp = 0;
    Kr_ssize_t count = 0;
    KrObject *d = kr_dict_new();
    for (int op = 0; op < NOPS; op++) {
        uint64_t r = rnd();
        int key = (int)(r % NKEYS);
        /* spread keys over small, large and negative ints */
        int64_t k = key % 3 == 0 ? key : key % 3 == 1 ? -(int64_t)key * 1000003 : (int64_t)key << 40;
        switch ((r >> 32) % 8) {
        case 0: case 1: case 2: {
            int64_t v = (int64_t)(r >> 20);
            set_ii(d, k, v);
            if (val[key] == INT64_MIN) {
                count++;
                seq[key] = stamp++;
            }
            val[key] = v;
            break;
        }
        case 3: case 4: {
            KrObject *ko = I(k);
            int r2 = kr_dict_del_item(d, ko);
            kr_decref(ko);
            if (val[key] == INT64_MIN) {
                assert_int_equal(r2, -1);
                assert_true(kr_err_matches_type(&kr_exc_KeyError));
                kr_err_clear();
            } else {
                assert_int_equal(r2, 0);
                val[key] = INT64_MIN;
                count--;
            }
            break;
        }
        case 5: {
            KrObject *ko = I(k), *out;
            int r2 = kr_dict_pop(d, ko, &out);
            kr_decref(ko);
            if (val[key] == INT64_MIN) {
                assert_int_equal(r2, 0);
            } else {
                assert_int_equal(r2, 1);
                assert_int_equal(V(out), val[key]);
                kr_decref(out);
                val[key] = INT64_MIN;
                count--;
            }
            break;
        }
        default:
            assert_int_equal(get_i(d, k) == INT64_MIN, val[key] == INT64_MIN);
            if (val[key] != INT64_MIN)
                assert_int_equal(get_i(d, k), val[key]);
            break;
        }
        assert_int_equal(kr_dict_size(d), count);
        if (op % 100000 == 99999) {
            /* Full check: contents and insertion order. */
            Kr_ssize_t pos = 0, seen = 0;
            KrObject *ko, *vo;
            uint64_t last = 0;
            while (kr_dict_next(d, &pos, &ko, &vo)) {
                int64_t kv = V(ko);
                int idx = kv >= 0 && kv < NKEYS ? (int)kv
                        : kv < 0 ? (int)(-kv / 1000003) : (int)(kv >> 40);
                assert_int_equal(val[idx], V(vo));
                if (seen)
                    assert_true(seq[idx] > last);
                last = seq[idx];
                seen++;
            }
            assert_int_equal(seen, count);
        }
    }
    kr_decref(d);
    free(val);
    free(seq);
}

/* Keys whose hashes agree in all low bits: only perturbation separates them. */
static void test_low_bit_collisions(void **state)
{
    KrObject *d = kr_dict_new();
    for (int64_t i = 1; i <= 2000; i++)
        set_ii(d, i << 32, i);
    for (int64_t i = 1; i <= 2000; i++)
        assert_int_equal(get_i(d, i << 32), i);
    for (int64_t i = 1; i <= 2000; i += 2)
        del_i(d, i << 32);
    for (int64_t i = 1; i <= 2000; i++)
        assert_int_equal(get_i(d, i << 32), i % 2 ? INT64_MIN : i);
    kr_decref(d);
}

/* Keys with identical full hashes: k * (2**61 - 1) all hash to 0. */
static void test_full_hash_collisions(void **state)
{
    KrObject *m = I(((int64_t)1 << 61) - 1);
    KrObject *keys[300];
    KrObject *d = kr_dict_new();
    for (int i = 0; i < 300; i++) {
        KrObject *k = I(i + 1);
        keys[i] = kr_int_mul(k, m);
        kr_decref(k);
        assert_non_null(keys[i]);
        assert_int_equal(kr_object_hash(keys[i]), 0);
        KrObject *v = I(i);
        assert_int_equal(kr_dict_set_item(d, keys[i], v), 0);
        kr_decref(v);
    }
    assert_int_equal(kr_dict_size(d), 300);
    for (int i = 0; i < 300; i++) {
        /* a fresh, equal (not identical) key object */
        KrObject *k = I(i + 1), *kk = kr_int_mul(k, m);
        KrObject *v = kr_dict_get_item(d, kk);
        assert_non_null(v);
        assert_int_equal(V(v), i);
        kr_decref(k);
        kr_decref(kk);
    }
    for (int i = 0; i < 300; i += 3)
        assert_int_equal(kr_dict_del_item(d, keys[i]), 0);
    for (int i = 0; i < 300; i++)
        assert_int_equal(kr_dict_contains(d, keys[i]), i % 3 != 0);
    for (int i = 0; i < 300; i++)
        kr_decref(keys[i]);
    kr_decref(m);
    kr_decref(d);
}

/* ---- a key type with a chosen hash and an __eq__ that can mutate ---- */

typedef struct TKey {
    KrObject ob;
    Kr_hash_t hash;
    int id;
} TKey;

static KrObject *mutate_target;     /* cleared by the next comparison */
static int ncompares;

static Kr_hash_t tkey_hash(KrObject *o) { return ((TKey *)o)->hash; }
static void tkey_dealloc(KrObject *o) { kr_object_free(o); }
static KrObject *tkey_richcompare(KrObject *a, KrObject *b, int op)
{
    if (op != KR_EQ || KR_TYPE(b) != KR_TYPE(a))
        KR_RETURN_NOTIMPLEMENTED;
    ncompares++;
    if (mutate_target) {
        KrObject *t = mutate_target;
        mutate_target = NULL;
        kr_dict_clear(t);
    }
    return kr_bool_from(((TKey *)a)->id == ((TKey *)b)->id);
}

static KrType tkey_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "TKey",
    .basicsize = sizeof(TKey),
    .dealloc = tkey_dealloc,
    .hash = tkey_hash,
    .richcompare = tkey_richcompare,
    .base = &kr_object_type,
};

static KrObject *tkey(Kr_hash_t h, int id)
{
    if (!KR_TYPE_HAS_FLAG(&tkey_type, KR_TPFLAGS_READY))
        assert_int_equal(kr_type_ready(&tkey_type), 0);
    TKey *k = (TKey *)kr_object_alloc(&tkey_type, 0);
    assert_non_null(k);
    k->hash = h;
    k->id = id;
    return (KrObject *)k;
}

static void test_constant_hash_type(void **state)
{
    KrObject *d = kr_dict_new();
    KrObject *keys[200];
    for (int i = 0; i < 200; i++) {
        keys[i] = tkey(42, i);
        KrObject *v = I(i);
        assert_int_equal(kr_dict_set_item(d, keys[i], v), 0);
        kr_decref(v);
    }
    for (int i = 0; i < 200; i++) {
        KrObject *probe = tkey(42, i);
        KrObject *v = kr_dict_get_item(d, probe);
        assert_non_null(v);
        assert_int_equal(V(v), i);
        kr_decref(probe);
    }
    KrObject *absent = tkey(42, 1000);
    assert_null(kr_dict_get_item(d, absent));
    assert_null(kr_err_occurred());
    kr_decref(absent);
    for (int i = 0; i < 200; i++)
        kr_decref(keys[i]);
    kr_decref(d);
}

static void test_mutating_eq(void **state)
{
    KrObject *d = kr_dict_new();
    KrObject *a = tkey(7, 1), *b = tkey(7, 2), *one = I(1);
    assert_int_equal(kr_dict_set_item(d, a, one), 0);
    for (int i = 0; i < 50; i++)
        set_ii(d, i, i);
    /* Looking b up compares it with a; that comparison empties the dict.
     * The lookup must notice and restart on the new (empty) table. */
    mutate_target = d;
    ncompares = 0;
    KrObject *v = kr_dict_get_item(d, b);
    assert_null(v);
    assert_null(kr_err_occurred());
    assert_int_equal(ncompares, 1);
    assert_int_equal(kr_dict_size(d), 0);
    /* Same during an insertion. */
    assert_int_equal(kr_dict_set_item(d, a, one), 0);
    mutate_target = d;
    assert_int_equal(kr_dict_set_item(d, b, one), 0);
    assert_int_equal(kr_dict_size(d), 1);
    assert_int_equal(kr_dict_contains(d, b), 1);
    kr_decref(a);
    kr_decref(b);
    kr_decref(one);
    kr_decref(d);
}

static void test_version_tags(void **state)
{
    KrObject *d = kr_dict_new(), *e = kr_dict_new();
    uint64_t v0 = kr_dict_version(d);
    assert_int_not_equal(v0, kr_dict_version(e));
    set_ii(d, 1, 1);
    uint64_t v1 = kr_dict_version(d);
    assert_int_not_equal(v1, v0);
    /* lookups, membership tests and iteration leave the tag alone */
    get_i(d, 1);
    get_i(d, 2);
    KrObject *k = I(1);
    assert_int_equal(kr_dict_contains(d, k), 1);
    Kr_ssize_t pos = 0;
    KrObject *kk, *vv;
    while (kr_dict_next(d, &pos, &kk, &vv))
        ;
    assert_int_equal(kr_dict_version(d), v1);
    /* every mutation gets a fresh tag, unique across dicts */
    uint64_t seen[8];
    int n = 0;
    seen[n++] = v1;
    set_ii(e, 5, 5);
    seen[n++] = kr_dict_version(e);
    set_ii(d, 1, 2);                     /* new value */
    seen[n++] = kr_dict_version(d);
    set_ii(d, 2, 2);                     /* new key */
    seen[n++] = kr_dict_version(d);
    del_i(d, 2);
    seen[n++] = kr_dict_version(d);
    KrObject *out;
    assert_int_equal(kr_dict_pop(d, k, &out), 1);
    kr_decref(out);
    seen[n++] = kr_dict_version(d);
    set_ii(d, 3, 3);
    kr_dict_clear(d);
    seen[n++] = kr_dict_version(d);
    KrObject *dflt = I(9);
    kr_dict_setdefault(d, k, dflt);
    seen[n++] = kr_dict_version(d);
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            assert_int_not_equal(seen[i], seen[j]);
    /* setdefault of a present key is a lookup */
    uint64_t before = kr_dict_version(d);
    kr_dict_setdefault(d, k, dflt);
    assert_int_equal(kr_dict_version(d), before);
    kr_decref(dflt);
    kr_decref(k);
    kr_decref(d);
    kr_decref(e);
}

static void test_str_keys(void **state)
{
    KrObject *d = kr_dict_new();
    KrObject *one = I(1), *two = I(2);
    assert_int_equal(kr_dict_set_item_str(d, "alpha", one), 0);
    KrObject *s1 = kr_str_from_cstr("al"), *s2 = kr_str_from_cstr("pha");
    KrObject *alpha = kr_str_concat(s1, s2);  /* equal, not identical */
    assert_ptr_equal(kr_dict_get_item(d, alpha), one);
    assert_int_equal(kr_dict_set_item(d, alpha, two), 0);
    assert_int_equal(kr_dict_size(d), 1);
    assert_ptr_equal(kr_dict_get_item_str(d, "alpha"), two);
    assert_null(kr_dict_get_item_str(d, "beta"));
    assert_int_equal(kr_dict_del_item_str(d, "alpha"), 0);
    assert_int_equal(kr_dict_size(d), 0);
    assert_int_equal(kr_dict_del_item_str(d, "alpha"), -1);
    assert_true(kr_err_matches_type(&kr_exc_KeyError));
    kr_err_clear();
    kr_decref(s1);
    kr_decref(s2);
    kr_decref(alpha);
    kr_decref(one);
    kr_decref(two);
    kr_decref(d);
}

static Kr_ssize_t sizeof_dict(KrObject *d)
{
    KrObject *r = kr_call_method0(d, kr_str_intern_cstr("__sizeof__"));
    assert_non_null(r);
    Kr_ssize_t n = (Kr_ssize_t)V(r);
    kr_decref(r);
    return n;
}

/* str-only dicts use 16-byte entries; the first other key converts the
 * table (keeping order and contents) and CPython's sizes follow. */
static void test_unicode_table_conversion(void **state)
{
    KrObject *d = kr_dict_new();
    KrObject *keys[50];
    for (int i = 0; i < 50; i++) {
        keys[i] = kr_str_from_format("key%d", i);
        KrObject *v = I(i);
        assert_int_equal(kr_dict_set_item(d, keys[i], v), 0);
        kr_decref(v);
    }
    /* 48 (object) + 32 (header) + 128 (int8 indices) + 85 * 16 */
    assert_int_equal(sizeof_dict(d), 48 + 32 + 128 + 85 * 16);
    for (int i = 0; i < 50; i += 5)
        assert_int_equal(kr_dict_del_item(d, keys[i]), 0);
    set_ii(d, 7, 70);
    /* converted at the growth size for 40 keys: 128 slots, 24-byte entries */
    assert_int_equal(kr_dict_table_size(d), 128);
    assert_int_equal(sizeof_dict(d), 48 + 32 + 128 + 85 * 24);
    Kr_ssize_t pos = 0, n = 0;
    KrObject *k, *v;
    int expect = 1;
    while (kr_dict_next(d, &pos, &k, &v)) {
        if (n < 40) {
            if (expect % 5 == 0)
                expect++;
            assert_ptr_equal(k, keys[expect]);
            assert_int_equal(V(v), expect);
            expect++;
        } else {
            assert_int_equal(V(k), 7);
        }
        n++;
    }
    assert_int_equal(n, 41);
    for (int i = 0; i < 50; i++) {
        KrObject *probe = kr_str_from_format("key%d", i);   /* equal, not identical */
        KrObject *got = kr_dict_get_item(d, probe);
        if (i % 5 == 0)
            assert_null(got);
        else
            assert_int_equal(V(got), i);
        kr_decref(probe);
    }
    assert_int_equal(get_i(d, 7), 70);
    /* an int key first makes a general table from the start */
    KrObject *e = kr_dict_new();
    set_ii(e, 1, 1);
    assert_int_equal(sizeof_dict(e), 48 + 32 + 8 + 5 * 24);
    kr_dict_clear(e);
    KrObject *one = I(1);
    assert_int_equal(kr_dict_set_item(e, keys[1], one), 0);
    assert_int_equal(sizeof_dict(e), 48 + 32 + 8 + 5 * 16);
    kr_decref(one);
    kr_decref(e);
    for (int i = 0; i < 50; i++)
        kr_decref(keys[i]);
    kr_decref(d);
}

static void test_unhashable_key(void **state)
{
    KrObject *d = kr_dict_new(), *l = kr_list_new(0), *one = I(1);
    assert_int_equal(kr_dict_set_item(d, l, one), -1);
    assert_true(kr_err_matches_type(&kr_exc_TypeError));
    kr_err_clear();
    assert_null(kr_dict_get_item(d, l));
    assert_true(kr_err_matches_type(&kr_exc_TypeError));
    kr_err_clear();
    kr_decref(l);
    kr_decref(one);
    kr_decref(d);
}

static void test_copy_merge_lists(void **state)
{
    KrObject *d = kr_dict_new();
    for (int i = 0; i < 100; i++)
        set_ii(d, 99 - i, i);
    for (int i = 0; i < 100; i += 4)
        del_i(d, 99 - i);
    KrObject *c = kr_dict_copy(d);
    assert_int_equal(kr_dict_size(c), kr_dict_size(d));
    KrObject *kd = kr_dict_keys(d), *kc = kr_dict_keys(c);
    assert_int_equal(KR_SIZE(kd), 75);
    for (Kr_ssize_t i = 0; i < KR_SIZE(kd); i++)
        assert_int_equal(V(KR_LIST_GET(kd, i)), V(KR_LIST_GET(kc, i)));
    /* merge: override=0 keeps existing values, 1 replaces */
    KrObject *m = kr_dict_new();
    set_ii(m, 0, -1);
    set_ii(m, 1000, -2);
    assert_int_equal(kr_dict_merge(c, m, 0), 0);
    assert_int_equal(get_i(c, 0), 99);
    assert_int_equal(get_i(c, 1000), -2);
    assert_int_equal(kr_dict_merge(c, m, 1), 0);
    assert_int_equal(get_i(c, 0), -1);
    assert_int_equal(kr_dict_merge(c, m, 2), -1);
    assert_true(kr_err_matches_type(&kr_exc_KeyError));
    kr_err_clear();
    KrObject *items = kr_dict_items(m);
    assert_int_equal(KR_SIZE(items), 2);
    assert_int_equal(V(KR_TUPLE_GET(KR_LIST_GET(items, 1), 0)), 1000);
    KrObject *vals = kr_dict_values(m);
    assert_int_equal(V(KR_LIST_GET(vals, 0)), -1);
    kr_decref(items);
    kr_decref(vals);
    kr_decref(kd);
    kr_decref(kc);
    kr_decref(m);
    kr_decref(c);
    kr_decref(d);
}

static void test_iterator_change_detection(void **state)
{
    KrObject *d = kr_dict_new();
    for (int i = 0; i < 5; i++)
        set_ii(d, i, i);
    KrObject *it = kr_object_get_iter(d);
    assert_non_null(it);
    KrObject *k = kr_iter_next(it);
    assert_non_null(k);
    kr_decref(k);
    set_ii(d, 100, 100);
    assert_null(kr_iter_next(it));
    KrObject *exc = kr_err_occurred();
    assert_non_null(exc);
    assert_true(kr_err_matches_type(&kr_exc_RuntimeError));
    KrObject *msg = kr_object_str(exc);
    assert_true(kr_str_eq_cstr(msg, "dictionary changed size during iteration"));
    kr_decref(msg);
    kr_err_clear();
    kr_decref(it);
    /* same size, different keys */
    it = kr_object_get_iter(d);
    k = kr_iter_next(it);
    kr_decref(k);
    del_i(d, 0);              /* the key already produced */
    set_ii(d, 200, 200);
    for (;;) {
        k = kr_iter_next(it);
        if (k == NULL)
            break;
        kr_decref(k);
    }
    exc = kr_err_occurred();
    assert_non_null(exc);
    msg = kr_object_str(exc);
    assert_true(kr_str_eq_cstr(msg, "dictionary keys changed during iteration"));
    kr_decref(msg);
    kr_err_clear();
    kr_decref(it);
    kr_decref(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_growth_thresholds),
        cmocka_unit_test(test_presized),
        cmocka_unit_test(test_order_across_deletions_and_resizes),
        cmocka_unit_test(test_random_against_reference),
        cmocka_unit_test(test_low_bit_collisions),
        cmocka_unit_test(test_full_hash_collisions),
        cmocka_unit_test(test_constant_hash_type),
        cmocka_unit_test(test_mutating_eq),
        cmocka_unit_test(test_version_tags),
        cmocka_unit_test(test_str_keys),
        cmocka_unit_test(test_unicode_table_conversion),
        cmocka_unit_test(test_unhashable_key),
        cmocka_unit_test(test_copy_merge_lists),
        cmocka_unit_test(test_iterator_change_detection),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
