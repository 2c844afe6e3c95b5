/*
 * test_tuple.c -- tuple construction, hashing (against values computed by
 * python3.11), comparison, repr, slicing, free lists and the deep
 * deallocation path.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "krait.h"

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) == 0 ? 0 : -1;
}

static KrObject *I(int64_t v) { return kr_int_from_i64(v); }

static KrObject *big(const char *digits)
{
    return kr_int_from_string(digits, (Kr_ssize_t)strlen(digits), 10);
}

/* Builds a tuple stealing its arguments. */
static KrObject *T(int n, ...)
{
    KrObject *t = kr_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        KR_TUPLE_SET(t, i, va_arg(ap, KrObject *));
    va_end(ap);
    return t;
}

static void check_repr(KrObject *o, const char *expect)
{
    KrObject *r = kr_object_repr(o);
    assert_non_null(r);
    assert_string_equal(kr_str_utf8(r, NULL), expect);
    kr_decref(r);
}

static void test_hash_table(void **state)
{
    (void)state;
    struct { KrObject *t; int64_t h; } cases[] = {
        { T(0), 5740354900026072187LL },
        { T(1, I(1)), -6644214454873602895LL },
        { T(2, I(1), I(2)), -3550055125485641917LL },
        { T(2, I(1), T(2, I(2), I(3))), 7267574591690527098LL },
        { T(1, I(-1)), 8078679518589016365LL },
        { T(1, I(-2)), 8078679518589016365LL },
        { T(3, I(0), I(0), I(0)), 3010437511937009226LL },
        { T(2, kr_newref(kr_True), kr_newref(kr_False)), -5164621852614943976LL },
        { T(2, T(0), T(0)), 9028247024705308198LL },
        { T(2, big("2305843009213693952"), big("-2305843009213693952")),
          -6779188579744246035LL },
        { T(2, kr_float_from_double(1.5), kr_float_from_double(2.25)), 1024851674400627741LL },
        { T(1, big("100000000000000000000")), 1027588262227522940LL },
        { T(1, T(1, T(1, I(1)))), -1460496959077774829LL },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_int_equal(kr_object_hash(cases[i].t), cases[i].h);
        kr_decref(cases[i].t);
    }
    KrObject *t30 = kr_tuple_new(30);
    for (int i = 0; i < 30; i++)
        KR_TUPLE_SET(t30, i, I(i));
    assert_int_equal(kr_object_hash(t30), 8737013448715088792LL);
    kr_decref(t30);
}

static void test_unhashable_item(void **state)
{
    (void)state;
    KrObject *t = T(2, I(1), kr_list_new(0));
    assert_int_equal(kr_object_hash(t), -1);
    assert_non_null(kr_err_occurred());
    assert_true(kr_err_matches_type(&kr_exc_TypeError));
    kr_err_clear();
    kr_decref(t);
}

static void test_empty_singleton(void **state)
{
    (void)state;
    KrObject *a = kr_tuple_new(0), *b = kr_tuple_from_array(NULL, 0);
    assert_ptr_equal(a, b);
    KrObject *l = kr_list_new(0);
    KrObject *c = kr_list_as_tuple(l);
    assert_ptr_equal(a, c);
    KrObject *t = T(2, I(1), I(2));
    KrObject *s = kr_tuple_slice(t, 1, 1);
    assert_ptr_equal(a, s);
    kr_decref(s);
    kr_decref(t);
    kr_decref(c);
    kr_decref(l);
    kr_decref(a);
    kr_decref(b);
    assert_false(kr_gc_is_tracked(a));
}

static void test_repr(void **state)
{
    (void)state;
    KrObject *t = T(0);
    check_repr(t, "()");
    kr_decref(t);
    t = T(1, I(1));
    check_repr(t, "(1,)");
    kr_decref(t);
    t = T(3, I(1), T(1, I(2)), kr_str_from_cstr("x"));
    check_repr(t, "(1, (2,), 'x')");
    kr_decref(t);
    /* A tuple reached again through a list prints as (...). */
    KrObject *l = kr_list_new(0);
    t = T(1, kr_newref(l));
    kr_list_append(l, t);
    check_repr(t, "([(...)],)");
    check_repr(l, "[([...],)]");
    KrObject *zero = I(0);
    assert_int_equal(kr_object_delitem(l, zero), 0);  /* break the cycle */
    kr_decref(zero);
    kr_decref(t);
    kr_decref(l);
}

static void test_compare(void **state)
{
    (void)state;
    KrObject *a = T(2, I(1), I(2)), *b = T(2, I(1), I(3)), *c = T(1, I(1));
    assert_int_equal(kr_object_richcompare_bool(a, b, KR_LT), 1);
    assert_int_equal(kr_object_richcompare_bool(b, a, KR_LT), 0);
    assert_int_equal(kr_object_richcompare_bool(c, a, KR_LT), 1);
    assert_int_equal(kr_object_richcompare_bool(a, c, KR_GE), 1);
    assert_int_equal(kr_object_richcompare_bool(a, a, KR_EQ), 1);
    KrObject *a2 = T(2, I(1), I(2));
    assert_int_equal(kr_object_richcompare_bool(a, a2, KR_EQ), 1);
    assert_int_equal(kr_object_richcompare_bool(a, a2, KR_LE), 1);
    assert_int_equal(kr_object_richcompare_bool(a, a2, KR_NE), 0);
    kr_decref(a);
    kr_decref(a2);
    kr_decref(b);
    kr_decref(c);
}

static void test_subscript_and_concat(void **state)
{
    (void)state;
    KrObject *t = kr_tuple_new(10);
    for (int i = 0; i < 10; i++)
        KR_TUPLE_SET(t, i, I(i));
    KrObject *m3 = I(-3);
    KrObject *sl = kr_slice_new(NULL, NULL, m3);
    kr_decref(m3);
    KrObject *r = kr_object_getitem(t, sl);
    check_repr(r, "(9, 6, 3, 0)");
    kr_decref(r);
    kr_decref(sl);
    KrObject *idx = I(-1);
    r = kr_object_getitem(t, idx);
    assert_int_equal(kr_int_small_value(r), 9);
    kr_decref(r);
    kr_decref(idx);
    idx = I(10);
    assert_null(kr_object_getitem(t, idx));
    assert_true(kr_err_matches_type(&kr_exc_IndexError));
    kr_err_clear();
    kr_decref(idx);
    KrObject *l = kr_list_new(0);
    assert_null(kr_number_binop(t, l, KR_NB_ADD));
    KrObject *exc = kr_err_fetch();
    KrObject *msg = kr_object_str(exc);
    assert_string_equal(kr_str_utf8(msg, NULL),
                        "can only concatenate tuple (not \"list\") to tuple");
    kr_decref(msg);
    kr_decref(exc);
    kr_decref(l);
    KrObject *two = I(2);
    r = kr_number_binop(t, two, KR_NB_MULTIPLY);
    assert_non_null(r);
    assert_int_equal(KR_SIZE(r), 20);
    assert_int_equal(kr_int_small_value(KR_TUPLE_GET(r, 15)), 5);
    kr_decref(r);
    kr_decref(two);
    kr_decref(t);
}

static void test_free_list_reuse(void **state)
{
    (void)state;
    KrObject *t = T(3, I(1), I(2), I(3));
    void *addr = t;
    kr_decref(t);
    KrObject *u = kr_tuple_new(3);
    assert_ptr_equal(u, addr);
    for (int i = 0; i < 3; i++)
        assert_null(KR_TUPLE_GET(u, i));
    for (int i = 0; i < 3; i++)
        KR_TUPLE_SET(u, i, I(i));
    kr_decref(u);
}

static void test_deep_nesting_dealloc(void **state)
{
    (void)state;
    KrObject *cur = kr_tuple_new(0);
    for (int i = 0; i < 200000; i++) {
        KrObject *t = kr_tuple_new(1);
        KR_TUPLE_SET(t, 0, cur);
        cur = t;
    }
    kr_decref(cur);         /* must not overflow the C stack */
    assert_null(kr_err_occurred());
}

static void test_maybe_untrack(void **state)
{
    (void)state;
    KrObject *atomic = T(2, I(1), kr_str_from_cstr("a"));
    KrObject *holder = T(1, kr_newref(atomic));
    KrObject *withlist = T(2, I(1), kr_list_new(0));
    assert_true(kr_gc_is_tracked(atomic));
    kr_tuple_maybe_untrack(holder);          /* its item is still tracked */
    assert_true(kr_gc_is_tracked(holder));
    kr_tuple_maybe_untrack(atomic);
    assert_false(kr_gc_is_tracked(atomic));
    kr_tuple_maybe_untrack(holder);          /* now only an untracked tuple inside */
    assert_false(kr_gc_is_tracked(holder));
    kr_tuple_maybe_untrack(withlist);
    assert_true(kr_gc_is_tracked(withlist));
    KrObject *partial = kr_tuple_new(2);
    KR_TUPLE_SET(partial, 0, I(5));
    kr_tuple_maybe_untrack(partial);         /* NULL slot: not built yet */
    assert_true(kr_gc_is_tracked(partial));
    KR_TUPLE_SET(partial, 1, I(6));
    kr_decref(partial);
    kr_decref(withlist);
    kr_decref(holder);
    kr_decref(atomic);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hash_table),
        cmocka_unit_test(test_unhashable_item),
        cmocka_unit_test(test_empty_singleton),
        cmocka_unit_test(test_repr),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_subscript_and_concat),
        cmocka_unit_test(test_free_list_reuse),
        cmocka_unit_test(test_deep_nesting_dealloc),
        cmocka_unit_test(test_maybe_untrack),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
