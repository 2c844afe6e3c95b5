/*
 * test_leak.c -- the debug build's account of live objects (gc.c) and the
 * leak finder behind -X leakcheck (lifecycle.c).
 *
 * The live count must move by exactly one per object handed out or taken
 * back, free lists included (a cached object has a count of 0 and is not
 * live); the leak finder must report an object nothing permanent reaches
 * and stop reporting it once freed or registered as a static root, and
 * must report a reachable object carrying a reference nobody owns.
 * Release builds keep no account: every test here is skipped there.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "krait.h"

extern Kr_ssize_t kr_gc_collect(int generation);

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) == 0 ? 0 : -1;
}

#define NEED_DEBUG_BUILD()                                                \
    do {                                                                  \
        if (kr_gc_live_objects() < 0)                                     \
            skip();                                                       \
    } while (0)

/* A str that is neither interned nor cached: an ordinary heap object. */
static KrObject *plain_str(void)
{
    KrObject *s = kr_str_from_cstr("leak-test string, not interned");
    assert_non_null(s);
    return s;
}

static void test_live_count_is_exact(void **state)
{
    (void)state;
    NEED_DEBUG_BUILD();
    Kr_ssize_t n0 = kr_gc_live_objects();
    KrObject *l = kr_list_new(0);
    assert_int_equal(kr_gc_live_objects(), n0 + 1);
    KrObject *s = plain_str();
    assert_int_equal(kr_gc_live_objects(), n0 + 2);
    assert_int_equal(kr_list_append(l, s), 0);
    kr_decref(s);                       /* the list keeps it */
    assert_int_equal(kr_gc_live_objects(), n0 + 2);
    kr_decref(l);                       /* frees both */
    assert_int_equal(kr_gc_live_objects(), n0);
}

/* Objects parked on a free list are not live; taken off, they are. */
static void test_free_lists_are_counted(void **state)
{
    (void)state;
    NEED_DEBUG_BUILD();
    Kr_ssize_t n0 = kr_gc_live_objects();
    for (int round = 0; round < 3; round++) {
        KrObject *f = kr_float_from_double(1.5 + round);
        KrObject *t = kr_tuple_new(3);
        KrObject *l = kr_list_new(0);
        for (int i = 0; i < 3; i++)
            KR_TUPLE_SET(t, i, kr_newref(kr_None));
        assert_int_equal(kr_gc_live_objects(), n0 + 3);
        kr_decref(f);
        kr_decref(t);
        kr_decref(l);
        assert_int_equal(kr_gc_live_objects(), n0);
    }
}

static void test_deliberate_leak_is_found(void **state)
{
    (void)state;
    NEED_DEBUG_BUILD();
    Kr_ssize_t base = kr_runtime_find_leaks(NULL);
    assert_true(base >= 0);
    /* "forget" a list holding a str: both are leaked */
    KrObject *l = kr_list_new(0);
    KrObject *s = plain_str();
    assert_int_equal(kr_list_append(l, s), 0);
    kr_decref(s);
    assert_int_equal(kr_runtime_find_leaks(NULL), base + 2);

    FILE *f = tmpfile();
    assert_non_null(f);
    setenv("KRAIT_LEAKCHECK_ALL", "1", 1);     /* no cut-off of the listing */
    assert_int_equal(kr_runtime_find_leaks(f), base + 2);
    rewind(f);
    static char text[1 << 20];
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = 0;
    fclose(f);
    assert_non_null(strstr(text, "objects leaked"));
    /* the list is held from outside the leaked set (by this test) and is
     * listed first, marked with '*'; the str only through the list */
    char want[64];
    snprintf(want, sizeof want, "* %p list refcnt=1 len=1", (void *)l);
    assert_non_null(strstr(text, want));
    assert_non_null(strstr(text, "'leak-test string, not interned'"));

    kr_decref(l);
    assert_int_equal(kr_runtime_find_leaks(NULL), base);
}

/* A cycle is live until the collector runs, and a leak until then. */
static void test_cycle_until_collected(void **state)
{
    (void)state;
    NEED_DEBUG_BUILD();
    kr_gc_collect(2);
    Kr_ssize_t n0 = kr_gc_live_objects(), base = kr_runtime_find_leaks(NULL);
    KrObject *l = kr_list_new(0);
    assert_int_equal(kr_list_append(l, l), 0);
    kr_decref(l);
    assert_int_equal(kr_gc_live_objects(), n0 + 1);
    assert_int_equal(kr_runtime_find_leaks(NULL), base + 1);
    kr_gc_collect(2);
    assert_int_equal(kr_gc_live_objects(), n0);
    assert_int_equal(kr_runtime_find_leaks(NULL), base);
}

/* A cache in a C static is not a leak once registered. */
static KrObject *cache[2];

static void test_static_roots(void **state)
{
    (void)state;
    NEED_DEBUG_BUILD();
    Kr_ssize_t base = kr_runtime_find_leaks(NULL);
    cache[1] = kr_list_new(0);
    assert_int_equal(kr_list_append(cache[1], kr_None), 0);
    KrObject *s = plain_str();
    assert_int_equal(kr_list_append(cache[1], s), 0);
    kr_decref(s);
    assert_int_equal(kr_runtime_find_leaks(NULL), base + 2);
    assert_int_equal(kr_runtime_add_static_roots(cache, 2), 0);
    assert_int_equal(kr_runtime_find_leaks(NULL), base);
    /* registering again is harmless */
    assert_int_equal(kr_runtime_add_static_roots(cache, 2), 0);
    KR_CLEAR(cache[1]);
    assert_int_equal(kr_runtime_find_leaks(NULL), base);
}

/* A reference too many on an object the roots reach: a missing decref
 * that keeps nothing unreachable alive is still found. */
static KrObject *held[1];

static void test_unowned_reference(void **state)
{
    (void)state;
    NEED_DEBUG_BUILD();
    held[0] = kr_list_new(0);
    assert_int_equal(kr_runtime_add_static_roots(held, 1), 0);
    Kr_ssize_t base = kr_runtime_find_leaks(NULL);
    kr_incref(held[0]);                 /* nobody owns this one */
    assert_int_equal(kr_runtime_find_leaks(NULL), base + 1);

    FILE *f = tmpfile();
    assert_non_null(f);
    setenv("KRAIT_LEAKCHECK_ALL", "1", 1);
    kr_runtime_find_leaks(f);
    rewind(f);
    static char text[1 << 20];
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = 0;
    fclose(f);
    char want[96];
    snprintf(want, sizeof want, "%p list refcnt=2, 1 more than its holders", (void *)held[0]);
    assert_non_null(strstr(text, want));

    kr_decref(held[0]);
    assert_int_equal(kr_runtime_find_leaks(NULL), base);
    KR_CLEAR(held[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_live_count_is_exact),
        cmocka_unit_test(test_free_lists_are_counted),
        cmocka_unit_test(test_deliberate_leak_is_found),
        cmocka_unit_test(test_cycle_until_collected),
        cmocka_unit_test(test_static_roots),
        cmocka_unit_test(test_unowned_reference),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
