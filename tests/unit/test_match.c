/*
 * test_match.c -- the runtime helpers behind MATCH_MAPPING, MATCH_SEQUENCE,
 * MATCH_KEYS and MATCH_CLASS (runtime/match.c): classification of the
 * built-ins, key extraction with duplicate detection, and class-pattern
 * attribute extraction with its error messages (python3.11's wording).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "krait.h"
#include "match.h"

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) == 0 ? 0 : -1;
}

static KrObject *S(const char *s) { return kr_str_from_cstr(s); }

/* Checks the pending exception's message and clears it. */
static void expect_error(const char *msg)
{
    KrObject *exc = kr_err_fetch();
    assert_non_null(exc);
    KrObject *s = kr_object_str(exc);
    assert_non_null(s);
    assert_string_equal(kr_str_utf8(s, NULL), msg);
    kr_decref(s);
    kr_decref(exc);
}

static void test_classify(void **state)
{
    (void)state;
    KrObject *d = kr_dict_new(), *l = kr_list_new(0), *t = kr_tuple_new(0);
    KrObject *s = S("ab"), *i = kr_int_from_ssize(3);
    KrObject *r = kr_range_new(kr_int_from_ssize(0), kr_int_from_ssize(2), kr_int_from_ssize(1));
    assert_int_equal(kr_match_is_mapping(d), 1);
    assert_int_equal(kr_match_is_sequence(d), 0);
    assert_int_equal(kr_match_is_sequence(l), 1);
    assert_int_equal(kr_match_is_sequence(t), 1);
    assert_int_equal(kr_match_is_mapping(l), 0);
    assert_int_equal(kr_match_is_sequence(r), 1);
    /* str is a collections.abc.Sequence but never a sequence pattern */
    assert_int_equal(kr_match_is_sequence(s), 0);
    assert_int_equal(kr_match_is_mapping(i), 0);
    assert_int_equal(kr_match_is_sequence(i), 0);
    kr_decref(d); kr_decref(l); kr_decref(t); kr_decref(s); kr_decref(i); kr_decref(r);
}

static void test_keys(void **state)
{
    (void)state;
    KrObject *d = kr_dict_new();
    KrObject *ka = S("a"), *kb = S("b"), *one = kr_int_from_ssize(1);
    assert_int_equal(kr_object_setitem(d, ka, one), 0);
    KrObject *keys = kr_tuple_new(1);
    KR_TUPLE_SET(keys, 0, kr_newref(ka));
    KrObject *v = kr_match_keys(d, keys);
    assert_non_null(v);
    assert_true(KR_TUPLE_CHECK(v));
    assert_int_equal(KR_SIZE(v), 1);
    assert_ptr_equal(KR_TUPLE_GET(v, 0), one);
    kr_decref(v);
    kr_decref(keys);

    keys = kr_tuple_new(2);
    KR_TUPLE_SET(keys, 0, kr_newref(ka));
    KR_TUPLE_SET(keys, 1, kr_newref(kb));
    v = kr_match_keys(d, keys);             /* "b" missing: no match */
    assert_ptr_equal(v, kr_None);
    kr_decref(v);
    kr_decref(keys);

    keys = kr_tuple_new(2);
    KR_TUPLE_SET(keys, 0, kr_newref(ka));
    KR_TUPLE_SET(keys, 1, kr_newref(ka));
    assert_null(kr_match_keys(d, keys));
    expect_error("mapping pattern checks duplicate key ('a')");
    kr_decref(keys);

    keys = kr_tuple_new(0);
    v = kr_match_keys(d, keys);
    assert_non_null(v);
    assert_int_equal(KR_SIZE(v), 0);
    kr_decref(v);
    kr_decref(keys);
    kr_decref(d); kr_decref(ka); kr_decref(kb); kr_decref(one);
}

static void test_class(void **state)
{
    (void)state;
    KrObject *seven = kr_int_from_ssize(7), *empty = kr_tuple_new(0);
    KrObject *intcls = (KrObject *)&kr_int_type, *strcls = (KrObject *)&kr_str_type;
    /* int(x): matches self */
    KrObject *v = kr_match_class(seven, intcls, 1, empty);
    assert_non_null(v);
    assert_int_equal(KR_SIZE(v), 1);
    assert_ptr_equal(KR_TUPLE_GET(v, 0), seven);
    kr_decref(v);
    /* not an instance: None */
    v = kr_match_class(seven, strcls, 0, empty);
    assert_ptr_equal(v, kr_None);
    kr_decref(v);
    assert_null(kr_match_class(seven, intcls, 2, empty));
    expect_error("int() accepts 1 positional sub-pattern (2 given)");
    assert_null(kr_match_class(seven, seven, 0, empty));
    expect_error("called match pattern must be a type");
    /* keyword attribute: int(real=r); a missing attribute fails the match */
    KrObject *kw = kr_tuple_new(1);
    KR_TUPLE_SET(kw, 0, S("real"));
    v = kr_match_class(seven, intcls, 0, kw);
    assert_non_null(v);
    assert_int_equal(KR_SIZE(v), 1);
    kr_decref(v);
    kr_decref(kw);
    kw = kr_tuple_new(1);
    KR_TUPLE_SET(kw, 0, S("no_such_attribute"));
    v = kr_match_class(seven, intcls, 0, kw);
    assert_ptr_equal(v, kr_None);
    assert_null(kr_err_occurred());
    kr_decref(v);
    kr_decref(kw);
    kw = kr_tuple_new(2);
    KR_TUPLE_SET(kw, 0, S("real"));
    KR_TUPLE_SET(kw, 1, S("real"));
    assert_null(kr_match_class(seven, intcls, 0, kw));
    expect_error("int() got multiple sub-patterns for attribute 'real'");
    kr_decref(kw);
    kr_decref(seven);
    kr_decref(empty);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_classify),
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_class),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
