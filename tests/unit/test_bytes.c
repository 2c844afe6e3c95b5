/*
 * test_bytes.c -- unit tests of bytes and bytearray: construction, the
 * hash/str-hash agreement, repr, bytearray mutation (item and slice
 * assignment, deletion, append/extend/insert/pop/remove, += and *=), and
 * the generated table of bytes method calls, decode errors and % cases
 * whose expected results come from python3.11 (str_cases.inc).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "krait.h"
#include "strcase_runner.h"
#include "str_cases.inc"

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL);
}

static void assert_repr(KrObject *o, const char *expected)
{
    assert_non_null(o);
    KrObject *r = kr_object_repr(o);
    assert_non_null(r);
    assert_string_equal(kr_str_utf8(r, NULL), expected);
    kr_decref(r);
}

static void test_bytes_basics(void **state)
{
    (void)state;
    KrObject *b = kr_bytes_from("a'\"\x00\xff\n", 6);
    assert_int_equal(KR_SIZE(b), 6);
    assert_int_equal(KR_BYTES_DATA(b)[6], 0);
    assert_repr(b, "b'a\\'\"\\x00\\xff\\n'");
    KrObject *c = kr_bytes_from("a'\"\x00\xff\n", 6);
    assert_int_equal(kr_object_hash(b), kr_object_hash(c));
    assert_int_equal(kr_object_richcompare_bool(b, c, KR_EQ), 1);
    KrObject *e = kr_bytes_from("", 0);
    assert_int_equal(kr_object_hash(e), 0);
    KrObject *one = kr_bytes_from("x", 1), *one2 = kr_bytes_from("x", 1);
    assert_ptr_equal(one, one2);        /* cached single bytes */
    kr_decref(b); kr_decref(c); kr_decref(e); kr_decref(one); kr_decref(one2);
}

static KrObject *call(KrObject *o, const char *meth, int n, ...)
{
    KrObject *args[4];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, KrObject *);
    va_end(ap);
    KrObject *name = kr_str_from_cstr(meth);
    KrObject *r = kr_call_method(o, name, args, n, NULL);
    kr_decref(name);
    return r;
}

static void test_bytearray_mutation(void **state)
{
    (void)state;
    KrObject *ba = kr_bytearray_from("hello", 5);
    KrObject *i0 = kr_int_from_i64(0), *i1 = kr_int_from_i64(1), *i3 = kr_int_from_i64(3),
             *v = kr_int_from_i64(72), *bad = kr_int_from_i64(256), *neg = kr_int_from_i64(-1);
    assert_int_equal(kr_object_setitem(ba, i0, v), 0);
    assert_repr(ba, "bytearray(b'Hello')");
    assert_int_equal(kr_object_setitem(ba, i0, bad), -1);
    assert_true(kr_err_matches_type(&kr_exc_ValueError));
    kr_err_clear();
    KrObject *sl = kr_slice_new(i1, i3, NULL), *rep = kr_bytes_from("EYYY", 4);
    assert_int_equal(kr_object_setitem(ba, sl, rep), 0);
    assert_repr(ba, "bytearray(b'HEYYYlo')");
    KrObject *step = kr_int_from_i64(2), *sl2 = kr_slice_new(NULL, NULL, step);
    assert_int_equal(kr_object_delitem(ba, sl2), 0);
    assert_repr(ba, "bytearray(b'EYl')");
    KrObject *r = call(ba, "append", 1, v);
    kr_decref(r);
    r = call(ba, "extend", 1, rep);
    kr_decref(r);
    assert_repr(ba, "bytearray(b'EYlHEYYY')");
    r = call(ba, "insert", 2, neg, i0);
    kr_decref(r);
    assert_repr(ba, "bytearray(b'EYlHEYY\\x00Y')");
    r = call(ba, "pop", 0);
    assert_repr(r, "89");
    kr_decref(r);
    r = call(ba, "remove", 1, v);
    kr_decref(r);
    assert_repr(ba, "bytearray(b'EYlEYY\\x00')");
    r = call(ba, "reverse", 0);
    kr_decref(r);
    assert_repr(ba, "bytearray(b'\\x00YYElYE')");
    KrObject *t = kr_number_binop(ba, rep, KR_NB_INPLACE_ADD);
    assert_ptr_equal(t, ba);
    kr_decref(t);
    KrObject *two = kr_int_from_i64(2);
    KrObject *small = kr_bytearray_from("ab", 2);
    t = kr_number_binop(small, two, KR_NB_INPLACE_MULTIPLY);
    assert_ptr_equal(t, small);
    kr_decref(t);
    assert_repr(small, "bytearray(b'abab')");
    t = kr_number_binop(small, small, KR_NB_INPLACE_ADD);
    kr_decref(t);
    assert_repr(small, "bytearray(b'abababab')");
    assert_int_equal(kr_object_delitem(small, neg), 0);
    assert_repr(small, "bytearray(b'abababa')");
    r = call(small, "clear", 0);
    kr_decref(r);
    assert_null(call(small, "pop", 0));
    assert_true(kr_err_matches_type(&kr_exc_IndexError));
    kr_err_clear();
    assert_int_equal(kr_object_hash(small), -1);    /* unhashable */
    kr_err_clear();
    kr_decref(ba); kr_decref(i0); kr_decref(i1); kr_decref(i3); kr_decref(v);
    kr_decref(bad); kr_decref(neg); kr_decref(sl); kr_decref(rep); kr_decref(step);
    kr_decref(sl2); kr_decref(two); kr_decref(small);
}

static void test_cases(void **state)
{
    (void)state;
    assert_int_equal(run_cases(bytes_cases, sizeof bytes_cases / sizeof bytes_cases[0]), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bytes_basics),
        cmocka_unit_test(test_bytearray_mutation),
        cmocka_unit_test(test_cases),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
