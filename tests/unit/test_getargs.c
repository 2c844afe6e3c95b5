/*
 * test_getargs.c -- argument-count and keyword-parsing helpers: each
 * expected message below was produced by python3.11 for the builtin named
 * in the comment.
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

/* Asserts a TypeError with exactly `msg` is pending, and clears it. */
static void expect_type_error(const char *msg)
{
    KrObject *e = kr_err_fetch();
    assert_non_null(e);
    assert_true(KR_TYPE(e) == &kr_exc_TypeError);
    KrObject *s = kr_object_str(e);
    assert_non_null(s);
    assert_string_equal(kr_str_utf8(s, NULL), msg);
    kr_decref(s);
    kr_decref(e);
}

static KrObject *kwnames(int n, ...)
{
    KrObject *t = kr_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        KR_TUPLE_SET(t, i, kr_str_from_cstr(va_arg(ap, const char *)));
    va_end(ap);
    return t;
}

static void test_check_nargs(void **state)
{
    (void)state;
    assert_int_equal(kr_check_nargs("len", 1, 1, 1), 0);
    assert_int_equal(kr_check_nargs("classmethod", 2, 1, 1), -1);   /* classmethod(1, 2) */
    expect_type_error("classmethod expected 1 argument, got 2");
    assert_int_equal(kr_check_nargs("locals", 1, 0, 0), -1);        /* locals(1) */
    expect_type_error("locals() takes no arguments (1 given)");
    assert_int_equal(kr_check_nargs("divmod", 1, 2, 2), -1);        /* divmod(1) */
    expect_type_error("divmod expected 2 arguments, got 1");
    assert_int_equal(kr_check_nargs("getattr", 1, 2, 3), -1);       /* getattr(1) */
    expect_type_error("getattr expected at least 2 arguments, got 1");
    assert_int_equal(kr_check_nargs("getattr", 4, 2, 3), -1);       /* getattr(1,2,3,4) */
    expect_type_error("getattr expected at most 3 arguments, got 4");
    assert_int_equal(kr_check_nargs("iter", 0, 1, 2), -1);          /* iter() */
    expect_type_error("iter expected at least 1 argument, got 0");
    assert_int_equal(kr_check_nargs("vars", 2, 0, 1), -1);          /* vars(1, 2) */
    expect_type_error("vars expected at most 1 argument, got 2");
    assert_int_equal(kr_check_nargs("sorted", 0, 1, 1), -1);
    expect_type_error("sorted expected 1 argument, got 0");
}

static void test_no_kwargs(void **state)
{
    (void)state;
    assert_int_equal(kr_check_no_kwargs("len", NULL), 0);
    KrObject *kw = kwnames(1, "x");
    assert_int_equal(kr_check_no_kwargs("len", kw), -1);             /* len(x=1) */
    expect_type_error("len() takes no keyword arguments");
    kr_decref(kw);
}

static const char *const round_names[] = { "number", "ndigits", NULL };
static const char *const pow_names[] = { "base", "exp", "mod", NULL };
static const char *const sum_names[] = { "iterable", "start", NULL };
static const char *const frombytes_names[] = { "bytes", "byteorder", "$signed", NULL };
static const char *const sort_names[] = { "$key", "$reverse", NULL };

static void test_parse_positional(void **state)
{
    (void)state;
    KrObject *a = kr_int_from_i64(1), *b = kr_int_from_i64(2), *c = kr_int_from_i64(3);
    KrObject *args[4] = { a, b, c, a };
    KrObject *out[3];

    assert_int_equal(kr_parse_args("round", args, 1, NULL, round_names, 0, 1, out), 0);
    assert_ptr_equal(out[0], a);
    assert_null(out[1]);
    assert_int_equal(kr_parse_args("round", args, 2, NULL, round_names, 0, 1, out), 0);
    assert_ptr_equal(out[1], b);

    assert_int_equal(kr_parse_args("round", args, 0, NULL, round_names, 0, 1, out), -1);
    expect_type_error("round() missing required argument 'number' (pos 1)");
    assert_int_equal(kr_parse_args("round", args, 3, NULL, round_names, 0, 1, out), -1);
    expect_type_error("round() takes at most 2 arguments (3 given)");
    assert_int_equal(kr_parse_args("pow", args, 4, NULL, pow_names, 0, 2, out), -1);
    expect_type_error("pow() takes at most 3 arguments (4 given)");
    assert_int_equal(kr_parse_args("pow", args, 1, NULL, pow_names, 0, 2, out), -1);
    expect_type_error("pow() missing required argument 'exp' (pos 2)");
    /* sum(): iterable is positional-only */
    assert_int_equal(kr_parse_args("sum", args, 0, NULL, sum_names, 1, 1, out), -1);
    expect_type_error("sum() takes at least 1 positional argument (0 given)");
    /* int.from_bytes(b'', 'big', 1): signed is keyword-only */
    assert_int_equal(kr_parse_args("from_bytes", args, 3, NULL, frombytes_names, 0, 1, out), -1);
    expect_type_error("from_bytes() takes at most 2 positional arguments (3 given)");
    /* list.sort(1) */
    assert_int_equal(kr_parse_args("sort", args, 1, NULL, sort_names, 0, 0, out), -1);
    expect_type_error("sort() takes no positional arguments");
    kr_decref(a);
    kr_decref(b);
    kr_decref(c);
}

static void test_parse_keywords(void **state)
{
    (void)state;
    KrObject *a = kr_int_from_i64(1), *b = kr_int_from_i64(2), *c = kr_int_from_i64(3);
    KrObject *out[3];

    /* pow(1, exp=2) */
    KrObject *kw = kwnames(1, "exp");
    KrObject *args1[2] = { a, b };
    assert_int_equal(kr_parse_args("pow", args1, 1, kw, pow_names, 0, 2, out), 0);
    assert_ptr_equal(out[0], a);
    assert_ptr_equal(out[1], b);
    assert_null(out[2]);
    kr_decref(kw);

    /* pow(mod=3, exp=2, base=1): any order */
    kw = kwnames(3, "mod", "exp", "base");
    KrObject *args2[3] = { c, b, a };
    assert_int_equal(kr_parse_args("pow", args2, 0, kw, pow_names, 0, 2, out), 0);
    assert_ptr_equal(out[0], a);
    assert_ptr_equal(out[1], b);
    assert_ptr_equal(out[2], c);
    kr_decref(kw);

    /* pow(base=1) */
    kw = kwnames(1, "base");
    assert_int_equal(kr_parse_args("pow", args1, 0, kw, pow_names, 0, 2, out), -1);
    expect_type_error("pow() missing required argument 'exp' (pos 2)");
    kr_decref(kw);

    /* sum([], strt=1) */
    kw = kwnames(1, "strt");
    assert_int_equal(kr_parse_args("sum", args1, 1, kw, sum_names, 1, 1, out), -1);
    expect_type_error("'strt' is an invalid keyword argument for sum()");
    kr_decref(kw);

    /* sum(iterable=[]) -- positional-only given by name */
    kw = kwnames(1, "iterable");
    assert_int_equal(kr_parse_args("sum", args1, 0, kw, sum_names, 1, 1, out), -1);
    expect_type_error("sum() takes at least 1 positional argument (0 given)");
    kr_decref(kw);

    /* int.from_bytes(b'', byteorder='big', bytes=1) */
    kw = kwnames(2, "byteorder", "bytes");
    KrObject *args3[3] = { a, b, c };
    assert_int_equal(kr_parse_args("from_bytes", args3, 1, kw, frombytes_names, 0, 1, out), -1);
    expect_type_error("argument for from_bytes() given by name ('bytes') and position (1)");
    kr_decref(kw);

    /* sorted([], key=None, reverse=1, x=1) -> sort() parse */
    kw = kwnames(3, "key", "reverse", "x");
    assert_int_equal(kr_parse_args("sort", args3, 0, kw, sort_names, 0, 0, out), -1);
    expect_type_error("sort() takes at most 2 keyword arguments (3 given)");
    kr_decref(kw);

    /* keyword-only accepted by name */
    kw = kwnames(1, "reverse");
    assert_int_equal(kr_parse_args("sort", args3, 0, kw, sort_names, 0, 0, out), 0);
    assert_null(out[0]);
    assert_ptr_equal(out[1], a);
    kr_decref(kw);

    kr_decref(a);
    kr_decref(b);
    kr_decref(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_check_nargs),
        cmocka_unit_test(test_no_kwargs),
        cmocka_unit_test(test_parse_positional),
        cmocka_unit_test(test_parse_keywords),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
