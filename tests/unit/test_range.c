/*
 * test_range.c -- range arithmetic (length, indexing, slicing, `in`,
 * hash, equality) with negative steps and values past 64 bits, range
 * iterators, and slice.indices(), all against values from python3.11.
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

static KrObject *N(const char *digits)
{
    return kr_int_from_string(digits, (Kr_ssize_t)strlen(digits), 10);
}

static KrObject *R(const char *a, const char *b, const char *c)
{
    KrObject *x = N(a), *y = N(b), *z = N(c);
    KrObject *r = kr_range_new(x, y, z);
    kr_decref(x);
    kr_decref(y);
    kr_decref(z);
    assert_non_null(r);
    return r;
}

static void check_repr(KrObject *o, const char *expect)
{
    KrObject *r = kr_object_repr(o);
    assert_non_null(r);
    assert_string_equal(kr_str_utf8(r, NULL), expect);
    kr_decref(r);
}

static void check_error(KrType *type, const char *msg)
{
    KrObject *exc = kr_err_fetch();
    assert_non_null(exc);
    assert_ptr_equal(KR_TYPE(exc), type);
    KrObject *s = kr_object_str(exc);
    assert_string_equal(kr_str_utf8(s, NULL), msg);
    kr_decref(s);
    kr_decref(exc);
}

static void check_item(KrObject *r, const char *index, const char *expect)
{
    KrObject *i = N(index);
    KrObject *v = kr_object_getitem(r, i);
    kr_decref(i);
    assert_non_null(v);
    check_repr(v, expect);
    kr_decref(v);
}

static void check_slice(KrObject *r, KrObject *start, KrObject *stop, KrObject *step,
                        const char *expect)
{
    KrObject *s = kr_slice_new(start, stop, step);
    KrObject *v = kr_object_getitem(r, s);
    kr_decref(s);
    assert_non_null(v);
    check_repr(v, expect);
    kr_decref(v);
}

static int contains(KrObject *r, const char *x)
{
    KrObject *v = N(x);
    int k = kr_sequence_contains(r, v);
    kr_decref(v);
    return k;
}

static void test_small_ranges(void **state)
{
    (void)state;
    KrObject *r = R("0", "10", "3"), *m1 = N("-1"), *one = N("1"), *two = N("2");
    check_repr(r, "range(0, 10, 3)");
    assert_int_equal(kr_object_length(r), 4);
    check_item(r, "-1", "9");
    check_item(r, "3", "9");
    check_slice(r, NULL, NULL, m1, "range(9, -3, -3)");
    check_slice(r, one, NULL, two, "range(3, 12, 6)");
    assert_int_equal(contains(r, "6"), 1);
    assert_int_equal(contains(r, "7"), 0);
    assert_int_equal(contains(r, "12"), 0);
    assert_int_equal(kr_object_hash(r), -1816567394155750349LL);
    KrObject *i = N("4");
    assert_null(kr_object_getitem(r, i));
    check_error(&kr_exc_IndexError, "range object index out of range");
    kr_decref(i);
    kr_decref(r);

    r = R("5", "-5", "-3");
    assert_int_equal(kr_object_length(r), 4);
    check_item(r, "-1", "-4");
    check_slice(r, NULL, NULL, m1, "range(-4, 8, 3)");
    check_slice(r, one, NULL, two, "range(2, -7, -6)");
    assert_int_equal(contains(r, "-1"), 1);
    assert_int_equal(contains(r, "-5"), 0);
    assert_int_equal(contains(r, "5"), 1);
    assert_int_equal(kr_object_hash(r), 8855431366866246666LL);
    kr_decref(r);

    r = R("-5", "5", "2");
    assert_int_equal(kr_object_hash(r), 8232261470607601032LL);
    assert_int_equal(contains(r, "-5"), 1);
    kr_decref(r);

    /* Equal ranges describe the same values; hash agrees. */
    KrObject *a = R("0", "0", "1"), *b = R("3", "3", "7"), *c = R("1", "2", "1");
    KrObject *d = R("1", "5", "9");
    assert_int_equal(kr_object_richcompare_bool(a, b, KR_EQ), 1);
    assert_int_equal(kr_object_hash(a), kr_object_hash(b));
    assert_int_equal(kr_object_richcompare_bool(c, d, KR_EQ), 1);
    assert_int_equal(kr_object_hash(c), kr_object_hash(d));
    assert_int_equal(kr_object_richcompare_bool(a, c, KR_EQ), 0);
    assert_int_equal(kr_object_richcompare_bool(a, c, KR_LT), -1);
    check_error(&kr_exc_TypeError, "'<' not supported between instances of 'range' and 'range'");
    kr_decref(a);
    kr_decref(b);
    kr_decref(c);
    kr_decref(d);

    KrObject *zero = N("0");
    assert_null(kr_range_new(one, two, zero));
    check_error(&kr_exc_ValueError, "range() arg 3 must not be zero");
    kr_decref(zero);
    kr_decref(m1);
    kr_decref(one);
    kr_decref(two);
}

static void test_big_ranges(void **state)
{
    (void)state;
    KrObject *m1 = N("-1"), *one = N("1"), *two = N("2");
    KrObject *r = R("0", "100000000000000000000", "7");
    assert_int_equal(kr_object_length(r), -1);
    check_error(&kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
    check_item(r, "-1", "99999999999999999998");
    check_slice(r, NULL, NULL, m1, "range(99999999999999999998, -7, -7)");
    check_slice(r, one, NULL, two, "range(7, 100000000000000000005, 14)");
    assert_int_equal(contains(r, "7"), 1);
    assert_int_equal(contains(r, "70000000000000000000"), 1);
    assert_int_equal(kr_object_hash(r), 4369606215006315802LL);
    kr_decref(r);

    r = R("100000000000000000000", "-100000000000000000000", "-3");
    check_item(r, "0", "100000000000000000000");
    check_item(r, "-1", "-99999999999999999998");
    check_slice(r, NULL, NULL, m1, "range(-99999999999999999998, 100000000000000000003, 3)");
    check_slice(r, one, NULL, two, "range(99999999999999999997, -100000000000000000001, -6)");
    assert_int_equal(contains(r, "-5"), 1);
    assert_int_equal(contains(r, "-6"), 0);
    assert_int_equal(kr_object_hash(r), -9008965036564888913LL);
    kr_decref(r);

    r = R("-1000000000000000000000000000000", "1000000000000000000000000000000",
          "100000000000000000000000000001");
    check_item(r, "-1", "900000000000000000000000000019");
    check_slice(r, NULL, NULL, m1,
                "range(900000000000000000000000000019, -1100000000000000000000000000001, "
                "-100000000000000000000000000001)");
    assert_int_equal(kr_object_hash(r), -1439062505398185131LL);
    kr_decref(r);
    kr_decref(m1);
    kr_decref(one);
    kr_decref(two);
}

static void test_iteration(void **state)
{
    (void)state;
    KrObject *r = R("10", "0", "-3");
    KrObject *it = kr_object_get_iter(r);
    assert_string_equal(KR_TYPE(it)->name, "range_iterator");
    int64_t expect[] = { 10, 7, 4, 1 };
    for (int i = 0; i < 4; i++) {
        KrObject *v = kr_iter_next(it);
        assert_non_null(v);
        assert_int_equal(kr_int_small_value(v), expect[i]);
        kr_decref(v);
    }
    assert_null(kr_iter_next(it));
    assert_null(kr_err_occurred());
    kr_decref(it);
    kr_decref(r);

    r = R("99999999999999999990", "100000000000000000000", "4");
    it = kr_object_get_iter(r);
    assert_string_equal(KR_TYPE(it)->name, "longrange_iterator");
    const char *big[] = { "99999999999999999990", "99999999999999999994", "99999999999999999998" };
    for (int i = 0; i < 3; i++) {
        KrObject *v = kr_iter_next(it);
        check_repr(v, big[i]);
        kr_decref(v);
    }
    assert_null(kr_iter_next(it));
    kr_decref(it);
    kr_decref(r);

    /* Values near the int64 edge must not overflow. */
    r = R("9223372036854775800", "9223372036854775807", "3");
    it = kr_object_get_iter(r);
    const char *edge[] = { "9223372036854775800", "9223372036854775803", "9223372036854775806" };
    for (int i = 0; i < 3; i++) {
        KrObject *v = kr_iter_next(it);
        check_repr(v, edge[i]);
        kr_decref(v);
    }
    assert_null(kr_iter_next(it));
    kr_decref(it);
    kr_decref(r);
}

static void test_slice_indices(void **state)
{
    (void)state;
#define NONE 1000
    static const struct { int start, stop, step, len; int out[3]; } cases[] = {
        { 0, 2, 3, 0, { 0, 0, 3 } },
        { 11, -1, 3, 0, { 0, 0, 3 } },
        { -3, -12, -2, 10, { 7, -1, -2 } },
        { -1, 5, 1, 0, { 0, 0, 1 } },
        { -1, NONE, 3, 1, { 0, 1, 3 } },
        { 5, 0, -5, 10, { 5, 0, -5 } },
        { -3, -12, -5, 10, { 7, -1, -5 } },
        { -3, -3, NONE, 0, { 0, 0, 1 } },
        { -1, -1, -5, 1, { 0, 0, -5 } },
        { 0, 2, -5, 1, { 0, 0, -5 } },
        { -3, -1, -1, 5, { 2, 4, -1 } },
        { NONE, 2, -1, 1, { 0, 0, -1 } },
        { -3, 0, NONE, 5, { 2, 0, 1 } },
        { 0, NONE, 1, 5, { 0, 5, 1 } },
        { -12, 0, -2, 5, { -1, 0, -2 } },
        { 11, 2, -5, 10, { 9, 2, -5 } },
        { 11, -3, NONE, 5, { 5, 2, 1 } },
        { NONE, 2, -1, 0, { -1, -1, -1 } },
        { 5, 2, -1, 0, { -1, -1, -1 } },
        { 11, NONE, 3, 1, { 1, 1, 3 } },
        { -1, -12, -5, 10, { 9, -1, -5 } },
        { 2, 2, 1, 5, { 2, 2, 1 } },
        { 11, -12, 1, 5, { 5, 0, 1 } },
        { 0, NONE, -1, 0, { -1, -1, -1 } },
        { -1, 2, 1, 5, { 4, 2, 1 } },
        { -3, 2, -2, 0, { -1, -1, -2 } },
        { 0, 2, -2, 1, { 0, 0, -2 } },
        { -12, -3, 3, 5, { 0, 2, 3 } },
        { 11, -3, 3, 0, { 0, 0, 3 } },
        { -12, 5, NONE, 1, { 0, 1, 1 } },
        { 2, 0, -1, 10, { 2, 0, -1 } },
        { -3, NONE, 3, 0, { 0, 0, 3 } },
        { 11, 2, -5, 1, { 0, 0, -5 } },
        { -3, 5, NONE, 1, { 0, 1, 1 } },
        { 5, 2, -5, 0, { -1, -1, -5 } },
        { -3, 11, -1, 5, { 2, 4, -1 } },
        { 11, 0, -2, 10, { 9, 0, -2 } },
        { 5, -3, NONE, 10, { 5, 7, 1 } },
        { -3, 11, -2, 1, { -1, 0, -2 } },
    };
    KrObject *name = kr_str_intern_cstr("indices");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        KrObject *a = cases[i].start == NONE ? NULL : kr_int_from_i64(cases[i].start);
        KrObject *b = cases[i].stop == NONE ? NULL : kr_int_from_i64(cases[i].stop);
        KrObject *c = cases[i].step == NONE ? NULL : kr_int_from_i64(cases[i].step);
        KrObject *s = kr_slice_new(a, b, c);
        KR_XDECREF(a);
        KR_XDECREF(b);
        KR_XDECREF(c);
        KrObject *len = kr_int_from_i64(cases[i].len);
        KrObject *t = kr_call_method1(s, name, len);
        assert_non_null(t);
        for (int k = 0; k < 3; k++)
            assert_int_equal(kr_int_small_value(KR_TUPLE_GET(t, k)), cases[i].out[k]);
        /* The C pair agrees with the int-object version. */
        Kr_ssize_t st, sp, stp;
        assert_int_equal(kr_slice_unpack(s, &st, &sp, &stp), 0);
        kr_slice_adjust(cases[i].len, &st, &sp, stp);
        assert_int_equal(st, cases[i].out[0]);
        assert_int_equal(sp, cases[i].out[1]);
        assert_int_equal(stp, cases[i].out[2]);
        kr_decref(t);
        kr_decref(len);
        kr_decref(s);
    }
#undef NONE
    KrObject *s = kr_slice_new(NULL, NULL, NULL);
    KrObject *neg = kr_int_from_i64(-1);
    assert_null(kr_call_method1(s, name, neg));
    check_error(&kr_exc_ValueError, "length should not be negative");
    check_repr(s, "slice(None, None, None)");
    assert_int_equal(kr_object_hash(s), -1);
    check_error(&kr_exc_TypeError, "unhashable type: 'slice'");
    kr_decref(neg);
    kr_decref(s);
    KrObject *str = kr_str_from_cstr("a");
    s = kr_slice_new(str, NULL, NULL);
    Kr_ssize_t x, y, z;
    assert_int_equal(kr_slice_unpack(s, &x, &y, &z), -1);
    check_error(&kr_exc_TypeError,
                "slice indices must be integers or None or have an __index__ method");
    kr_decref(s);
    kr_decref(str);
    /* Huge bounds clamp in the C form. */
    KrObject *huge = N("-100000000000000000000000");
    s = kr_slice_new(huge, NULL, NULL);
    assert_int_equal(kr_slice_unpack(s, &x, &y, &z), 0);
    assert_int_equal(kr_slice_adjust(10, &x, &y, z), 10);
    kr_decref(s);
    kr_decref(huge);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_small_ranges),
        cmocka_unit_test(test_big_ranges),
        cmocka_unit_test(test_iteration),
        cmocka_unit_test(test_slice_indices),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
