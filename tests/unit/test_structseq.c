/*
 * test_structseq.c -- struct sequences: tuple behaviour, named access,
 * hidden (attribute-only) fields and the repr CPython prints.
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

static const char *const fields[] = { "major", "minor", "tag", NULL };
static const KrStructSeqDesc desc = { "demo.info", fields, 2 };

static void test_structseq(void **state)
{
    (void)state;
    KrType *t = kr_structseq_new_type(&desc);
    assert_non_null(t);
    assert_true(kr_type_is_subtype(t, &kr_tuple_type));
    KrObject *vals[3] = { kr_int_from_i64(3), kr_int_from_i64(11), kr_str_from_cstr("x") };
    KrObject *o = kr_structseq_new(t, vals);
    assert_non_null(o);
    assert_int_equal(kr_object_length(o), 2);           /* tag is hidden */

    KrObject *r = kr_object_repr(o);
    assert_non_null(r);
    assert_string_equal(kr_str_utf8(r, NULL), "demo.info(major=3, minor=11)");
    kr_decref(r);

    KrObject *tag = kr_object_getattr_str(o, "tag");
    assert_ptr_equal(tag, vals[2]);
    kr_decref(tag);
    KrObject *minor = kr_object_getattr_str(o, "minor");
    assert_ptr_equal(minor, vals[1]);
    kr_decref(minor);

    /* equal to the plain tuple of its visible fields */
    KrObject *plain = kr_tuple_pack(2, vals[0], vals[1]);
    assert_int_equal(kr_object_richcompare_bool(o, plain, KR_EQ), 1);
    kr_decref(plain);

    KrObject *nf = kr_object_getattr_str((KrObject *)t, "n_fields");
    assert_int_equal(kr_int_small_value(nf), 3);
    kr_decref(nf);

    kr_decref(o);
    for (int i = 0; i < 3; i++)
        kr_decref(vals[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_structseq),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
