/*
 * test_random.c -- the _random Mersenne Twister: seeding from ints (small,
 * negative, multi-word), random() and getrandbits() against values
 * CPython 3.11 produces, state round trips, and the SHA-512 helper.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "krait.h"

extern KrObject *kr_random_init(void);

static KrObject *mod;

static int setup(void **state)
{
    (void)state;
    if (kr_runtime_init(0, NULL) != 0)
        return -1;
    mod = kr_random_init();
    return mod ? 0 : -1;
}

static KrObject *method(KrObject *o, const char *name, KrObject *arg)
{
    KrObject *n = kr_str_from_cstr(name);
    KrObject *r = arg ? kr_call_method1(o, n, arg) : kr_call_method0(o, n);
    kr_decref(n);
    return r;
}

static KrObject *make(int64_t seed_small, KrObject *seed_obj)
{
    KrObject *cls = kr_object_getattr_str(mod, "Random");
    assert_non_null(cls);
    KrObject *r = kr_call0(cls);
    assert_non_null(r);
    kr_decref(cls);
    KrObject *s = seed_obj ? kr_newref(seed_obj) : kr_int_from_i64(seed_small);
    KrObject *none = method(r, "seed", s);
    assert_non_null(none);
    kr_decref(none);
    kr_decref(s);
    return r;
}

static uint64_t bits(KrObject *r, int k)
{
    KrObject *kk = kr_int_from_i64(k);
    KrObject *v = method(r, "getrandbits", kk);
    kr_decref(kk);
    assert_non_null(v);
    KrObject *s = kr_object_str(v);
    uint64_t x = strtoull(kr_str_utf8(s, NULL), NULL, 10);
    kr_decref(s);
    kr_decref(v);
    return x;
}

static void test_int_seed_bits(void **state)
{
    (void)state;
    KrObject *r = make(0, NULL);
    assert_true(bits(r, 32) == 3626764237u);
    assert_true(bits(r, 32) == 1654615998u);
    kr_decref(r);
}

static void test_random_float(void **state)
{
    (void)state;
    KrObject *r = make(42, NULL);
    KrObject *f = method(r, "random", NULL);
    assert_non_null(f);
    assert_true(KR_FLOAT_VALUE(f) == 0.6394267984578837);
    kr_decref(f);
    kr_decref(r);
}

static void test_negative_multiword_seed(void **state)
{
    (void)state;
    /* -(2**64 + 5): the sign is dropped, three 32-bit words */
    KrObject *big = kr_int_from_string("-18446744073709551621", 21, 10);
    assert_non_null(big);
    KrObject *r = make(0, big);
    assert_true(bits(r, 64) == 13251147426698707891ull);
    kr_decref(big);
    kr_decref(r);
}

static void test_state_roundtrip(void **state)
{
    (void)state;
    KrObject *r = make(7, NULL);
    KrObject *st = method(r, "getstate", NULL);
    assert_non_null(st);
    assert_int_equal(KR_SIZE(st), 625);
    uint64_t a = bits(r, 48);
    KrObject *none = method(r, "setstate", st);
    assert_non_null(none);
    kr_decref(none);
    assert_true(bits(r, 48) == a);
    KrObject *bad = kr_tuple_new(0);
    assert_null(method(r, "setstate", bad));
    assert_true(kr_err_occurred());
    kr_err_clear();
    kr_decref(bad);
    kr_decref(st);
    kr_decref(r);
}

static void test_sha512(void **state)
{
    (void)state;
    KrObject *fn = kr_object_getattr_str(mod, "_sha512");
    KrObject *in = kr_bytes_from("abc", 3);
    KrObject *d = kr_call1(fn, in);
    assert_non_null(d);
    assert_int_equal(KR_SIZE(d), 64);
    const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(d);
    assert_int_equal(p[0], 0xdd);
    assert_int_equal(p[1], 0xaf);
    assert_int_equal(p[63], 0x9f);
    kr_decref(d);
    kr_decref(in);
    kr_decref(fn);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_int_seed_bits),
        cmocka_unit_test(test_random_float),
        cmocka_unit_test(test_negative_multiword_seed),
        cmocka_unit_test(test_state_roundtrip),
        cmocka_unit_test(test_sha512),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
