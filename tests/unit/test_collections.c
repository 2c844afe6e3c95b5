/*
 * test_collections.c -- the C containers of _collections (deque across
 * block boundaries, bounded deques, rotation, indexing, defaultdict's
 * __missing__) and a few _itertools iterators, driven through the
 * generic object protocol as Python code would drive them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "krait.h"

static KrObject *coll, *itmod;

static int setup(void **state)
{
    (void)state;
    if (kr_runtime_init(0, NULL) != 0)
        return -1;
    coll = kr_import_cstr("_collections");
    itmod = kr_import_cstr("_itertools");
    return coll && itmod ? 0 : -1;
}

static KrObject *get(KrObject *o, const char *name)
{
    KrObject *v = kr_object_getattr_str(o, name);
    assert_non_null(v);
    return v;
}

static void call_method1(KrObject *o, const char *name, KrObject *arg)
{
    KrObject *m = get(o, name);
    KrObject *r = arg ? kr_call1(m, arg) : kr_call0(m);
    assert_non_null(r);
    kr_decref(r);
    kr_decref(m);
}

static int64_t item(KrObject *seq, int64_t i)
{
    KrObject *k = kr_int_from_i64(i);
    KrObject *v = kr_object_getitem(seq, k);
    kr_decref(k);
    assert_non_null(v);
    int ovf = 0;
    int64_t r = kr_int_as_i64(v, &ovf);
    kr_decref(v);
    return r;
}

static KrObject *new_deque(KrObject *maxlen)
{
    KrObject *t = get(coll, "deque");
    KrObject *empty = kr_list_new(0);
    KrObject *d = maxlen ? kr_call2(t, empty, maxlen) : kr_call1(t, empty);
    kr_decref(empty);
    kr_decref(t);
    assert_non_null(d);
    return d;
}

static void test_deque_many_blocks(void **state)
{
    (void)state;
    KrObject *d = new_deque(NULL);
    for (int64_t i = 0; i < 1000; i++) {
        KrObject *v = kr_int_from_i64(i);
        call_method1(d, (i & 1) ? "append" : "appendleft", v);
        kr_decref(v);
    }
    assert_int_equal(kr_object_length(d), 1000);
    /* appendleft of even numbers: the left end holds 998 */
    assert_int_equal(item(d, 0), 998);
    assert_int_equal(item(d, -1), 999);
    assert_int_equal(item(d, 500), 1);
    KrObject *n = kr_int_from_i64(-300);
    call_method1(d, "rotate", n);
    kr_decref(n);
    assert_int_equal(item(d, 200), 1);
    for (int i = 0; i < 990; i++)
        call_method1(d, (i & 1) ? "pop" : "popleft", NULL);
    assert_int_equal(kr_object_length(d), 10);
    kr_decref(d);
}

static void test_deque_bounded(void **state)
{
    (void)state;
    KrObject *three = kr_int_from_i64(3);
    KrObject *d = new_deque(three);
    kr_decref(three);
    for (int64_t i = 0; i < 10; i++) {
        KrObject *v = kr_int_from_i64(i);
        call_method1(d, "append", v);
        kr_decref(v);
    }
    assert_int_equal(kr_object_length(d), 3);
    assert_int_equal(item(d, 0), 7);
    KrObject *r = kr_object_repr(d);
    assert_non_null(r);
    assert_string_equal(kr_str_utf8(r, NULL), "deque([7, 8, 9], maxlen=3)");
    kr_decref(r);
    KrObject *k = kr_int_from_i64(5);
    assert_null(kr_object_getitem(d, k));
    assert_true(kr_err_matches_type(&kr_exc_IndexError));
    kr_err_clear();
    kr_decref(k);
    kr_decref(d);
}

static void test_defaultdict_missing(void **state)
{
    (void)state;
    KrObject *t = get(coll, "defaultdict");
    KrObject *dd = kr_call1(t, (KrObject *)&kr_list_type);
    assert_non_null(dd);
    KrObject *key = kr_str_from_cstr("k");
    KrObject *v = kr_object_getitem(dd, key);
    assert_non_null(v);
    assert_true(KR_TYPE(v) == &kr_list_type);
    assert_int_equal(kr_object_length(dd), 1);
    kr_decref(v);
    kr_decref(key);
    KrObject *none_dd = kr_call1(t, kr_None);
    KrObject *k2 = kr_str_from_cstr("missing");
    assert_null(kr_object_getitem(none_dd, k2));
    assert_true(kr_err_matches_type(&kr_exc_KeyError));
    kr_err_clear();
    kr_decref(k2);
    kr_decref(none_dd);
    kr_decref(dd);
    kr_decref(t);
}

static void test_itertools_islice_count(void **state)
{
    (void)state;
    KrObject *count = get(itmod, "count");
    KrObject *islice = get(itmod, "islice");
    KrObject *start = kr_int_from_i64(10);
    KrObject *c = kr_call1(count, start);
    assert_non_null(c);
    KrObject *args[4] = {c, kr_int_from_i64(2), kr_int_from_i64(11), kr_int_from_i64(3)};
    KrObject *s = kr_call(islice, args, 4, NULL);
    assert_non_null(s);
    KrObject *l = kr_sequence_list(s);
    assert_non_null(l);
    assert_int_equal(KR_SIZE(l), 3);
    assert_int_equal(item(l, 0), 12);
    assert_int_equal(item(l, 2), 18);
    KrObject *bad[2] = {c, kr_int_from_i64(-1)};
    assert_null(kr_call(islice, bad, 2, NULL));
    assert_true(kr_err_matches_type(&kr_exc_ValueError));
    kr_err_clear();
    kr_decref(bad[1]);
    for (int i = 1; i < 4; i++)
        kr_decref(args[i]);
    kr_decref(l);
    kr_decref(s);
    kr_decref(c);
    kr_decref(start);
    kr_decref(islice);
    kr_decref(count);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_deque_many_blocks),
        cmocka_unit_test(test_deque_bounded),
        cmocka_unit_test(test_defaultdict_missing),
        cmocka_unit_test(test_itertools_islice_count),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
