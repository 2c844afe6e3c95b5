/*
 * test_re.c -- the C halves of re, struct and json (runtime/modules/_re.c,
 * _struct.c, _json.c), called directly: match offsets in code points for
 * every str width and for bytes, the NOTEMPTY_ATSTART rule the iterators
 * rely on, compile errors, binary16 rounding, and the JSON scanner and
 * encoder round trip.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "krait.h"

KrObject *kr_re_module_init(void);
KrObject *kr_struct_module_init(void);
KrObject *kr_json_module_init(void);

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) == 0 ? 0 : -1;
}

static KrObject *fn(KrObject *mod, const char *name)
{
    KrObject *f = kr_object_getattr_str(mod, name);
    assert_non_null(f);
    return f;
}

static KrObject *ival(int64_t v)
{
    return kr_int_from_i64(v);
}

/* match(code, subject, pos, endpos, mode, notempty) -> tuple or None */
static KrObject *run(KrObject *mod, KrObject *code, KrObject *subj, int64_t pos, int mode,
                     int notempty)
{
    KrObject *m = fn(mod, "match");
    KrObject *args[6] = { code, subj, ival(pos), ival(1 << 30), ival(mode),
                          kr_bool_from(notempty) };
    KrObject *r = kr_call(m, args, 6, NULL);
    for (int i = 2; i < 6; i++)
        kr_decref(args[i]);
    kr_decref(m);
    return r;
}

static KrObject *compile(KrObject *mod, const char *pat, int64_t opts, int is_bytes)
{
    KrObject *c = fn(mod, "compile");
    KrObject *args[3] = { kr_str_from_cstr(pat), ival(opts), kr_bool_from(is_bytes) };
    KrObject *r = kr_call(c, args, 3, NULL);
    for (int i = 0; i < 3; i++)
        kr_decref(args[i]);
    kr_decref(c);
    return r;
}

static int64_t at(KrObject *t, Kr_ssize_t i)
{
    int ovf;
    return kr_int_as_i64(KR_TUPLE_GET(t, i), &ovf);
}

static void test_offsets_are_code_points(void **state)
{
    (void)state;
    KrObject *mod = kr_re_module_init();
    assert_non_null(mod);
    KrObject *code = compile(mod, "b(c)", 0, 0);
    assert_non_null(code);
    /* widths 1, 2 and 4 */
    const char *subjects[] = { "a\xc3\xa9" "bc", "a\xc4\x80" "bc", "a\xf0\x9f\x98\x80" "bc" };
    for (int k = 0; k < 3; k++) {
        KrObject *s = kr_str_from_cstr(subjects[k]);
        KrObject *r = run(mod, code, s, 0, 0, 0);
        assert_non_null(r);
        assert_true(KR_TUPLE_CHECK(r));
        assert_int_equal(at(r, 0), 2);
        assert_int_equal(at(r, 1), 4);
        assert_int_equal(at(r, 2), 3);
        kr_decref(r);
        /* anchored at 0 fails, anchored at 2 succeeds */
        r = run(mod, code, s, 0, 1, 0);
        assert_ptr_equal(r, kr_None);
        kr_decref(r);
        r = run(mod, code, s, 2, 2, 0);
        assert_true(KR_TUPLE_CHECK(r));
        kr_decref(r);
        kr_decref(s);
    }
    kr_decref(code);
    /* bytes subject with a non-UTF pattern */
    code = compile(mod, "\\x{ff}+", 0, 1);
    KrObject *b = kr_bytes_from("a\xff\xff", 3);
    KrObject *r = run(mod, code, b, 0, 0, 0);
    assert_true(KR_TUPLE_CHECK(r));
    assert_int_equal(at(r, 0), 1);
    assert_int_equal(at(r, 1), 3);
    kr_decref(r);
    kr_decref(b);
    kr_decref(code);
    kr_decref(mod);
}

static void test_notempty_atstart(void **state)
{
    (void)state;
    KrObject *mod = kr_re_module_init();
    KrObject *code = compile(mod, "x*", 0, 0);
    KrObject *s = kr_str_from_cstr("ab");
    KrObject *r = run(mod, code, s, 1, 0, 0);
    assert_int_equal(at(r, 0), 1);
    assert_int_equal(at(r, 1), 1);
    kr_decref(r);
    /* an empty match at the start is refused; the next one is allowed */
    r = run(mod, code, s, 1, 0, 1);
    assert_int_equal(at(r, 0), 2);
    assert_int_equal(at(r, 1), 2);
    kr_decref(r);
    kr_decref(s);
    kr_decref(code);
    kr_decref(mod);
}

static void test_compile_error(void **state)
{
    (void)state;
    KrObject *mod = kr_re_module_init();
    KrObject *code = compile(mod, "(", 0, 0);
    assert_null(code);
    assert_true(kr_err_matches_type(&kr_exc_ValueError));
    kr_err_clear();
    kr_decref(mod);
}

static void test_half_float(void **state)
{
    (void)state;
    KrObject *mod = kr_struct_module_init();
    assert_non_null(mod);
    KrObject *pack = fn(mod, "pack_float");
    struct { double x; unsigned char lo, hi; } cases[] = {
        { 1.0, 0x00, 0x3c }, { 65504.0, 0xff, 0x7b }, { 5.960464477539063e-08, 0x01, 0x00 },
        { 1.0009765625, 0x01, 0x3c }, { 1.00048828125, 0x00, 0x3c }, /* tie to even */
        { -2.0, 0x00, 0xc0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        KrObject *args[3] = { kr_float_from_double(cases[i].x), ival(2), kr_bool_from(1) };
        KrObject *r = kr_call(pack, args, 3, NULL);
        assert_non_null(r);
        assert_int_equal((unsigned char)KR_BYTES_DATA(r)[0], cases[i].lo);
        assert_int_equal((unsigned char)KR_BYTES_DATA(r)[1], cases[i].hi);
        kr_decref(r);
        for (int k = 0; k < 3; k++)
            kr_decref(args[k]);
    }
    KrObject *args[3] = { kr_float_from_double(65520.0), ival(2), kr_bool_from(1) };
    assert_null(kr_call(pack, args, 3, NULL));
    assert_true(kr_err_matches_type(&kr_exc_OverflowError));
    kr_err_clear();
    for (int k = 0; k < 3; k++)
        kr_decref(args[k]);
    kr_decref(pack);
    kr_decref(mod);
}

static void test_json_roundtrip(void **state)
{
    (void)state;
    KrObject *mod = kr_json_module_init();
    assert_non_null(mod);
    KrObject *scan = fn(mod, "scan"), *enc = fn(mod, "encode");
    KrObject *src = kr_str_from_cstr("{\"a\": [1, 2.5, \"\\u00e9\\n\", null, true]}");
    KrObject *memo = kr_dict_new();
    KrObject *sargs[10] = { src, ival(0), kr_True, kr_None, kr_None, kr_None, kr_None, kr_None,
                            memo, (KrObject *)&kr_exc_ValueError };
    KrObject *r = kr_call(scan, sargs, 10, NULL);
    assert_non_null(r);
    assert_int_equal(at(r, 1), KR_STR_LEN(src));
    KrObject *obj = KR_TUPLE_GET(r, 0);
    KrObject *sep = kr_str_from_cstr(", "), *ksep = kr_str_from_cstr(": ");
    KrObject *eargs[11] = { obj, kr_True, kr_None, kr_True, kr_None, ksep, sep, kr_False,
                            kr_False, kr_True, kr_False };
    KrObject *text = kr_call(enc, eargs, 11, NULL);
    assert_non_null(text);
    assert_true(kr_str_eq_cstr(text, "{\"a\": [1, 2.5, \"\\u00e9\\n\", null, true]}"));
    kr_decref(text);
    kr_decref(r);
    /* an error position comes back through errcls(msg, doc, pos) */
    KrObject *bad = kr_str_from_cstr("[1,]");
    sargs[0] = bad;
    assert_null(kr_call(scan, sargs, 10, NULL));
    assert_true(kr_err_matches_type(&kr_exc_ValueError));
    kr_err_clear();
    kr_decref(bad);
    kr_decref(sep);
    kr_decref(ksep);
    kr_decref(sargs[1]);
    kr_decref(memo);
    kr_decref(src);
    kr_decref(scan);
    kr_decref(enc);
    kr_decref(mod);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_offsets_are_code_points),
        cmocka_unit_test(test_notempty_atstart),
        cmocka_unit_test(test_compile_error),
        cmocka_unit_test(test_half_float),
        cmocka_unit_test(test_json_roundtrip),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
