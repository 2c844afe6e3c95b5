/* Unit tests for the small-object allocator (runtime/mem.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "krait.h"

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static int pools(void)
{
    KrMemStats st;
    kr_mem_stats(&st);
    return st.pools_enabled;
}

typedef struct Slot {
    unsigned char *p;
    size_t n;
    unsigned char tag;
} Slot;

static void fill(Slot *s)
{
    for (size_t i = 0; i < s->n; i++)
        s->p[i] = (unsigned char)(s->tag + i * 7);
}

static void check(const Slot *s)
{
    for (size_t i = 0; i < s->n; i++) {
        if (s->p[i] != (unsigned char)(s->tag + i * 7))
            fail_msg("block %p (size %zu) corrupted at byte %zu", (void *)s->p, s->n, i);
    }
}

static size_t random_size(void)
{
    uint64_t r = rnd();
    switch (r % 8) {
    case 0:
        return (size_t)(r >> 8) % 2048;       /* some large */
    case 1:
        return 0;
    default:
        return (size_t)(r >> 8) % 513;        /* mostly pool sizes */
    }
}

static void test_storm(void **state)
{
    enum { NSLOTS = 4096, NOPS = 300000 };
    Slot *slots = calloc(NSLOTS, sizeof(Slot));
    assert_non_null(slots);
    KrMemStats before;
    kr_mem_stats(&before);
    for (int op = 0; op < NOPS; op++) {
        Slot *s = &slots[rnd() % NSLOTS];
        uint64_t what = rnd() % 3;
        if (s->p == NULL) {
            s->n = random_size();
            s->p = what == 0 ? kr_mem_calloc(s->n) : kr_mem_alloc(s->n);
            assert_non_null(s->p);
            assert_int_equal((uintptr_t)s->p % 16, 0);
            if (what == 0) {
                for (size_t i = 0; i < s->n; i++)
                    assert_int_equal(s->p[i], 0);
            }
            s->tag = (unsigned char)rnd();
            fill(s);
        } else if (what == 0) {
            check(s);
            size_t n = random_size();
            unsigned char *q = kr_mem_realloc(s->p, n);
            assert_non_null(q);
            assert_int_equal((uintptr_t)q % 16, 0);
            size_t keep = n < s->n ? n : s->n;
            for (size_t i = 0; i < keep; i++)
                assert_int_equal(q[i], (unsigned char)(s->tag + i * 7));
            s->p = q;
            s->n = n;
            fill(s);
        } else {
            check(s);
            kr_mem_free(s->p);
            s->p = NULL;
        }
    }
    for (int i = 0; i < NSLOTS; i++) {
        if (slots[i].p) {
            check(&slots[i]);
            kr_mem_free(slots[i].p);
        }
    }
    KrMemStats after;
    kr_mem_stats(&after);
    /* Everything allocated during the storm was freed again. */
    assert_int_equal(after.small_allocs - before.small_allocs +
                         after.large_allocs - before.large_allocs,
                     after.small_frees - before.small_frees +
                         after.large_frees - before.large_frees);
    assert_int_equal(after.bytes_in_use, before.bytes_in_use);
    assert_int_equal(after.pages_in_use, before.pages_in_use);
    free(slots);
}

static void test_realloc_between_classes(void **state)
{
    unsigned char *p = kr_mem_alloc(10);
    for (int i = 0; i < 10; i++)
        p[i] = (unsigned char)i;
    p = kr_mem_realloc(p, 300);          /* another class */
    for (int i = 0; i < 10; i++)
        assert_int_equal(p[i], i);
    for (int i = 0; i < 300; i++)
        p[i] = (unsigned char)(i * 3);
    p = kr_mem_realloc(p, 5000);         /* pool -> malloc */
    for (int i = 0; i < 300; i++)
        assert_int_equal(p[i], (unsigned char)(i * 3));
    p = kr_mem_realloc(p, 20);           /* stays a malloc block */
    for (int i = 0; i < 20; i++)
        assert_int_equal(p[i], (unsigned char)(i * 3));
    kr_mem_free(p);
    kr_mem_free(NULL);
    if (pools()) {
        /* within one class a pool block stays where it is */
        unsigned char *a = kr_mem_alloc(17), *b = kr_mem_realloc(a, 32);
        assert_ptr_equal(a, b);
        kr_mem_free(b);
    }
}

static void test_same_class_reuse(void **state)
{
    if (!pools())
        skip();
    /* A freed block is handed out again for the same class (LIFO). */
    void *a = kr_mem_alloc(40);
    void *b = kr_mem_alloc(40);
    assert_ptr_not_equal(a, b);
    kr_mem_free(a);
    void *c = kr_mem_alloc(33);   /* same 48-byte class */
    assert_ptr_equal(a, c);
    kr_mem_free(b);
    kr_mem_free(c);
}

static void test_stats_count_blocks(void **state)
{
    KrMemStats s0, s1, s2;
    kr_mem_stats(&s0);
    void *small[100];
    for (int i = 0; i < 100; i++)
        small[i] = kr_mem_alloc((size_t)i * 5);
    void *big = kr_mem_alloc(100000);
    kr_mem_stats(&s1);
    if (s0.pools_enabled) {
        assert_int_equal(s1.small_allocs - s0.small_allocs, 100);
        assert_int_equal(s1.large_allocs - s0.large_allocs, 1);
    } else {
        assert_int_equal(s1.large_allocs - s0.large_allocs, 101);
    }
    for (int i = 0; i < 100; i++)
        kr_mem_free(small[i]);
    kr_mem_free(big);
    kr_mem_stats(&s2);
    if (s0.pools_enabled) {
        assert_int_equal(s2.small_frees - s1.small_frees, 100);
        assert_int_equal(s2.large_frees - s1.large_frees, 1);
        assert_true(s2.arenas >= 1);
    } else {
        assert_int_equal(s2.large_frees - s1.large_frees, 101);
    }
}

static void test_many_pages(void **state)
{
    /* More than one arena's worth of one class, freed in random order. */
    enum { N = 40000 };
    void **ps = malloc(N * sizeof(void *));
    for (int i = 0; i < N; i++) {
        ps[i] = kr_mem_alloc(64);
        memset(ps[i], i & 0xff, 64);
    }
    for (int i = N - 1; i > 0; i--) {
        int j = (int)(rnd() % (uint64_t)(i + 1));
        void *t = ps[i];
        ps[i] = ps[j];
        ps[j] = t;
    }
    for (int i = 0; i < N; i++) {
        unsigned char *p = ps[i];
        for (int k = 1; k < 64; k++)
            assert_int_equal(p[k], p[0]);
        kr_mem_free(p);
    }
    free(ps);
}

static void test_arenas_returned(void **state)
{
    if (!pools())
        skip();
    enum { N = 60000 };               /* 60000 * 96 bytes: ~23 arenas */
    void **ps = malloc(N * sizeof(void *));
    KrMemStats s0, s1, s2;
    kr_mem_stats(&s0);
    for (int i = 0; i < N; i++)
        ps[i] = kr_mem_alloc(96);
    kr_mem_stats(&s1);
    assert_true(s1.arenas >= s0.arenas + 15);
    for (int i = 0; i < N; i++)
        kr_mem_free(ps[i]);
    kr_mem_stats(&s2);
    /* at most one spare arena's worth is kept beyond what we started with */
    assert_true(s2.arenas <= s0.arenas + 2);
    /* and the allocator still works afterwards, reusing or remapping */
    for (int i = 0; i < N; i++) {
        ps[i] = kr_mem_alloc(200);
        memset(ps[i], 0x5a, 200);
    }
    for (int i = N - 1; i >= 0; i--)
        kr_mem_free(ps[i]);
    free(ps);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_class_reuse),
        cmocka_unit_test(test_realloc_between_classes),
        cmocka_unit_test(test_stats_count_blocks),
        cmocka_unit_test(test_many_pages),
        cmocka_unit_test(test_storm),
        cmocka_unit_test(test_arenas_returned),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
