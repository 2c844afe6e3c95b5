/*
 * test_int.c -- the int type: word-boundary arithmetic, Python's division
 * and shift semantics, big powers, text conversion and its digit limit,
 * hashing, to/from bytes and __format__, checked against python3.11's
 * results (int_cases.inc, made by gen_numeric_cases.py), plus direct tests
 * of the C API (canonical small form, small-int cache, round trips).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "krait.h"
#include "numeric_harness.h"
#include "int_cases.inc"

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) == 0 ? 0 : -1;
}

static KrObject *D(const char *s) { return kr_int_from_string(s, (Kr_ssize_t)strlen(s), 10); }

static void expect_str(KrObject *o, const char *s)
{
    assert_non_null(o);
    KrObject *r = kr_object_str(o);
    assert_non_null(r);
    assert_string_equal(kr_str_utf8(r, NULL), s);
    kr_decref(r);
    kr_decref(o);
}

static void expect_error(KrObject *o, KrType *type, const char *msg)
{
    assert_null(o);
    KrObject *e = kr_err_fetch();
    assert_non_null(e);
    assert_ptr_equal(KR_TYPE(e), type);
    KrObject *s = kr_object_str(e);
    assert_string_equal(kr_str_utf8(s, NULL), msg);
    kr_decref(s);
    kr_decref(e);
}

static void test_table(void **state)
{
    (void)state;
    assert_int_equal(num_run_table(int_cases, sizeof int_cases / sizeof int_cases[0]), 0);
}

static void test_canonical_form(void **state)
{
    (void)state;
    /* Results that fit int64 are small again, whatever path made them. */
    KrObject *big = D("9223372036854775808");
    assert_false(kr_int_is_small(big));
    KrObject *one = kr_int_from_i64(1);
    KrObject *back = kr_int_sub(big, one);
    assert_true(kr_int_is_small(back));
    assert_true(kr_int_small_value(back) == INT64_MAX);
    KrObject *m = D("-9223372036854775808");
    assert_true(kr_int_is_small(m));
    assert_true(kr_int_small_value(m) == INT64_MIN);
    KrObject *neg = kr_number_negative(m);
    assert_false(kr_int_is_small(neg));
    expect_str(neg, "9223372036854775808");
    KrObject *q = kr_int_floordiv(m, kr_int_small(-1));
    expect_str(q, "9223372036854775808");
    KrObject *p = kr_int_mul(m, kr_int_small(-1));
    expect_str(p, "9223372036854775808");
    kr_decref(big);
    kr_decref(one);
    kr_decref(back);
    kr_decref(m);
}

static void test_small_cache(void **state)
{
    (void)state;
    KrObject *a = kr_int_from_i64(256), *b = D("256");
    assert_ptr_equal(a, b);
    KrObject *c = kr_int_from_i64(-5), *d = kr_int_add(kr_int_small(-2), kr_int_small(-3));
    assert_ptr_equal(c, d);
    KrObject *e = kr_int_from_i64(257), *f = kr_int_from_i64(257);
    assert_ptr_not_equal(e, f);
    kr_decref(a); kr_decref(b); kr_decref(c); kr_decref(d); kr_decref(e); kr_decref(f);
}

static void test_conversions(void **state)
{
    (void)state;
    int ovf;
    KrObject *x = D("-123456789012");
    assert_true(kr_int_as_i64(x, &ovf) == -123456789012LL && ovf == 0);
    assert_int_equal(kr_int_as_ssize(x), -123456789012LL);
    kr_decref(x);
    x = D("-99999999999999999999");
    kr_int_as_i64(x, &ovf);
    assert_int_equal(ovf, -1);
    assert_int_equal(kr_int_as_ssize(x), -1);
    expect_error(NULL, &kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
    kr_decref(x);
    expect_str(kr_int_from_u64(UINT64_MAX), "18446744073709551615");
    expect_str(kr_int_from_double(-1e20), "-100000000000000000000");
    expect_str(kr_int_from_double(2.5), "2");
    expect_str(kr_int_from_double(-2.5), "-2");
    expect_error(kr_int_from_double(1.0 / 0.0), &kr_exc_OverflowError,
                 "cannot convert float infinity to integer");
    /* correctly rounded int -> float: 2**53 + 1 rounds to even, +3 up */
    x = D("9007199254740993");
    assert_true(kr_int_as_double(x) == 9007199254740992.0);
    kr_decref(x);
    x = D("9007199254740995");
    assert_true(kr_int_as_double(x) == 9007199254740996.0);
    kr_decref(x);
    /* a tie far below the top bits must see the sticky bits */
    x = D("36893488147419107329"); /* 2**65 + 2**12 + 1: just above the half-ulp tie */
    assert_true(kr_int_as_double(x) == 36893488147419111424.0);
    kr_decref(x);
}

static void test_big_round_trip(void **state)
{
    (void)state;
    /* deterministic pseudo-random digit strings of many lengths */
    uint64_t seed = 88172645463325252ULL;
    char buf[4400];
    for (int len = 1; len <= 4300; len += len < 40 ? 1 : 97) {
        for (int i = 0; i < len; i++) {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17;
            buf[i] = (char)('0' + seed % 10);
        }
        if (buf[0] == '0')
            buf[0] = '7';
        buf[len] = 0;
        KrObject *v = D(buf);
        assert_non_null(v);
        KrObject *s = kr_int_to_decimal(v);
        assert_non_null(s);
        assert_string_equal(kr_str_utf8(s, NULL), buf);
        /* through hex and back */
        KrObject *h = kr_int_to_base(v, 16, 0);
        const char *hs = kr_str_utf8(h, NULL);
        KrObject *v2 = kr_int_from_string(hs, (Kr_ssize_t)strlen(hs), 16);
        assert_int_equal(kr_int_compare(v, v2), 0);
        kr_decref(s); kr_decref(h); kr_decref(v2); kr_decref(v);
    }
}

static void test_digit_limit(void **state)
{
    (void)state;
    char *s = malloc(5001);
    memset(s, '1', 5000);
    s[5000] = 0;
    expect_error(kr_int_from_string(s, 5000, 10), &kr_exc_ValueError,
                 "Exceeds the limit (4300 digits) for integer string conversion: value has "
                 "5000 digits; use sys.set_int_max_str_digits() to increase the limit");
    /* powers of two bases are not limited */
    KrObject *h = kr_int_from_string(s, 5000, 16);
    assert_non_null(h);
    expect_error(kr_int_to_decimal(h), &kr_exc_ValueError,
                 "Exceeds the limit (4300 digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit");
    kr_decref(h);
    /* the limit is read from the interpreter */
    int old = KR_INTERP()->int_max_str_digits;
    KR_INTERP()->int_max_str_digits = 0;
    KrObject *v = kr_int_from_string(s, 5000, 10);
    assert_non_null(v);
    KrObject *str = kr_int_to_decimal(v);
    assert_non_null(str);
    assert_string_equal(kr_str_utf8(str, NULL), s);
    kr_decref(str);
    KR_INTERP()->int_max_str_digits = 640;
    expect_error(kr_int_to_decimal(v), &kr_exc_ValueError,
                 "Exceeds the limit (640 digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit");
    KR_INTERP()->int_max_str_digits = old;
    kr_decref(v);
    free(s);
}

static void test_big_pow(void **state)
{
    (void)state;
    /* values computed by python3.11 */
    KrObject *r = kr_number_power(kr_int_small(7), kr_int_small(77), kr_None);
    expect_str(r, "118181386580595879976868414312001964434038548836769923458287039207");
    r = kr_number_power(kr_int_small(-3), kr_int_small(101), kr_None);
    expect_str(r, "-1546132562196033993109383389296863818106322566003");
    KrObject *big = D("123456789123456789123456789");
    r = kr_number_power(big, kr_int_small(5), kr_None);
    expect_str(r, "28679718746395774517519299647974067853199588896463036970972834315105"
                  "461935781603131036162289536454167206060221256216795681720482949");
    kr_decref(big);
}

static void test_bool(void **state)
{
    (void)state;
    expect_str(kr_newref(kr_True), "True");
    expect_str(kr_number_binop(kr_True, kr_False, KR_NB_OR), "True");
    expect_str(kr_number_binop(kr_True, kr_True, KR_NB_XOR), "False");
    expect_str(kr_number_binop(kr_True, kr_int_small(2), KR_NB_OR), "3");
    expect_str(kr_number_binop(kr_True, kr_True, KR_NB_ADD), "2");
    KrObject *r = kr_number_negative(kr_True);
    assert_true(KR_INT_CHECK_EXACT(r));
    expect_str(r, "-1");
    KrObject *arg = kr_int_small(0);
    KrObject *b = kr_call((KrObject *)&kr_bool_type, &arg, 1, NULL);
    assert_ptr_equal(b, kr_False);
    kr_decref(b);
    kr_decref(arg);
    assert_int_equal(kr_object_hash(kr_True), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_canonical_form),
        cmocka_unit_test(test_small_cache),
        cmocka_unit_test(test_conversions),
        cmocka_unit_test(test_big_round_trip),
        cmocka_unit_test(test_digit_limit),
        cmocka_unit_test(test_big_pow),
        cmocka_unit_test(test_bool),
        cmocka_unit_test(test_table),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
