/*
 * test_math.c -- the math module against python3.11: a generated table
 * (math_cases.inc, gen_numeric_cases.py) of the float functions with their
 * special values and error messages, the exact integer functions, logs of
 * huge ints; plus fsum, prod, hypot/dist and isclose cases written out here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>

#include "krait.h"
#include "numeric_harness.h"
#include "math_cases.inc"

static KrObject *math;

static int setup(void **state)
{
    (void)state;
    if (kr_runtime_init(0, NULL) != 0)
        return -1;
    math = kr_math_init();
    return math ? 0 : -1;
}

static void test_table(void **state)
{
    (void)state;
    assert_int_equal(num_run_table(math_cases, sizeof math_cases / sizeof math_cases[0]), 0);
}

static KrObject *flist(int n, const double *v)
{
    KrObject *l = kr_list_new(n);
    for (int i = 0; i < n; i++)
        KR_LIST_SET(l, i, kr_float_from_double(v[i]));
    return l;
}

/* Calls math.<name>(*args) and returns repr or "!Type: msg". */
static char *call(const char *name, KrObject **args, int n, KrObject *kwnames)
{
    KrObject *fn = kr_object_getattr_str(math, name);
    assert_non_null(fn);
    KrObject *r = kr_call(fn, args, n, kwnames);
    kr_decref(fn);
    char *out;
    if (!r) {
        KrObject *e = kr_err_fetch();
        KrObject *s = kr_object_str(e);
        const char *m = kr_str_utf8(s, NULL);
        out = malloc(strlen(m) + 64);
        sprintf(out, "!%s: %s", kr_type_name(KR_TYPE(e)), m);
        kr_decref(s);
        kr_decref(e);
    } else {
        KrObject *s = kr_object_repr(r);
        out = strdup(kr_str_utf8(s, NULL));
        kr_decref(s);
        kr_decref(r);
    }
    return out;
}

static void expect(char *got, const char *want)
{
    if (strcmp(got, want) != 0)
        fprintf(stderr, "got %s, expected %s\n", got, want);
    assert_string_equal(got, want);
    free(got);
}

static void test_fsum(void **state)
{
    (void)state;
    /* expected values from python3.11 */
    struct { int n; double v[8]; const char *want; } cases[] = {
        { 3, { 1e100, 1.0, -1e100 }, "1.0" },
        { 8, { 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1 }, "0.8" },
        { 3, { 1e-16, 1.0, 1e16 }, "1.0000000000000002e+16" },
        { 2, { 1e308, 1e308 }, "!OverflowError: intermediate overflow in fsum" },
        { 2, { INFINITY, -INFINITY }, "!ValueError: -inf + inf in fsum" },
        { 2, { INFINITY, 1.0 }, "inf" },
        { 2, { NAN, 1.0 }, "nan" },
        { 0, { 0 }, "0.0" },
        { 4, { 1.0, 1e100, 1.0, -1e100 }, "2.0" },
        { 5, { 9007199254740992.0, 1.0, 1e-16, -1.0, 0.5 }, "9007199254740992.0" },
        { 3, { 1.7976931348623157e308, -1.7976931348623157e308, 1.0 }, "1.0" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        KrObject *l = flist(cases[i].n, cases[i].v);
        expect(call("fsum", &l, 1, NULL), cases[i].want);
        kr_decref(l);
    }
}

static void test_norms(void **state)
{
    (void)state;
    double v1[] = { 3, 4, 12 };
    KrObject *args[4];
    for (int i = 0; i < 3; i++)
        args[i] = kr_float_from_double(v1[i]);
    expect(call("hypot", args, 3, NULL), "13.0");
    for (int i = 0; i < 3; i++)
        kr_decref(args[i]);
    double v2[] = { 0.1, 0.2, 0.3 };
    for (int i = 0; i < 3; i++)
        args[i] = kr_float_from_double(v2[i]);
    expect(call("hypot", args, 3, NULL), "0.3741657386773941");
    for (int i = 0; i < 3; i++)
        kr_decref(args[i]);
    double v3[] = { 1e-310, 2e-310 };
    for (int i = 0; i < 2; i++)
        args[i] = kr_float_from_double(v3[i]);
    expect(call("hypot", args, 2, NULL), "2.2360679774998e-310");
    for (int i = 0; i < 2; i++)
        kr_decref(args[i]);
    expect(call("hypot", args, 0, NULL), "0.0");
    double p[] = { 0, 0 }, q[] = { 3, 4 };
    args[0] = flist(2, p);
    args[1] = flist(2, q);
    expect(call("dist", args, 2, NULL), "5.0");
    kr_decref(args[1]);
    args[1] = flist(1, q);
    expect(call("dist", args, 2, NULL),
           "!ValueError: both points must have the same number of dimensions");
    kr_decref(args[0]);
    kr_decref(args[1]);
}

static void test_isclose_prod(void **state)
{
    (void)state;
    KrObject *args[4];
    args[0] = kr_int_from_i64(1);
    args[1] = kr_float_from_double(1.0000000001);
    expect(call("isclose", args, 2, NULL), "True");
    args[2] = kr_float_from_double(-1.0);
    KrObject *kw = kr_tuple_pack(1, kr_str_from_cstr("rel_tol"));
    expect(call("isclose", args, 2, kw), "!ValueError: tolerances must be non-negative");
    kr_decref(args[2]);
    args[2] = kr_float_from_double(1e-12);
    expect(call("isclose", args, 2, kw), "False");
    kr_decref(kw);
    kr_decref(args[2]);
    kr_decref(args[0]);
    kr_decref(args[1]);
    double v[] = { 1.5, 2, 3 };
    args[0] = flist(3, v);
    expect(call("prod", args, 1, NULL), "9.0");
    kr_decref(args[0]);
    args[0] = kr_list_new(0);
    expect(call("prod", args, 1, NULL), "1");
    args[1] = kr_int_from_i64(7);
    kw = kr_tuple_pack(1, kr_str_from_cstr("start"));
    expect(call("prod", args, 1, kw), "7");
    kr_decref(kw);
    kr_decref(args[0]);
    kr_decref(args[1]);
}

static void test_constants(void **state)
{
    (void)state;
    const char *names[] = { "pi", "e", "tau", "inf", "nan" };
    const char *reprs[] = { "3.141592653589793", "2.718281828459045", "6.283185307179586",
                            "inf", "nan" };
    for (int i = 0; i < 5; i++) {
        KrObject *v = kr_object_getattr_str(math, names[i]);
        KrObject *r = kr_object_repr(v);
        assert_string_equal(kr_str_utf8(r, NULL), reprs[i]);
        kr_decref(r);
        kr_decref(v);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_constants),
        cmocka_unit_test(test_fsum),
        cmocka_unit_test(test_norms),
        cmocka_unit_test(test_isclose_prod),
        cmocka_unit_test(test_table),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
