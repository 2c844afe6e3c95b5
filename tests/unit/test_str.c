/*
 * test_str.c -- unit tests of the str type: canonical kinds, indexing and
 * slicing of non-ASCII text, UTF-8 round trips and decode errors,
 * interning, hash equality across construction paths, kr_str_from_format,
 * and a table of several thousand method calls, reprs, str.format and %
 * cases whose expected results were produced by python3.11
 * (scripts/gen_str_tests.py -> str_cases.inc).
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

static KrObject *u8(const char *s)
{
    KrObject *o = kr_str_from_utf8(s, (Kr_ssize_t)strlen(s));
    assert_non_null(o);
    return o;
}

static void test_kinds(void **state)
{
    (void)state;
    KrObject *a = u8("abc"), *l = u8("h\xc3\xa9llo"), *w = u8("\xce\xa9x"),
             *q = u8("a\xf0\x9d\x84\x9e" "b");
    assert_int_equal(KR_STR_KIND(a), 1);
    assert_true(((KrStr *)a)->ascii);
    assert_int_equal(KR_STR_KIND(l), 1);
    assert_false(((KrStr *)l)->ascii);
    assert_int_equal(KR_STR_LEN(l), 5);
    assert_int_equal(KR_STR_KIND(w), 2);
    assert_int_equal(KR_STR_KIND(q), 4);
    assert_int_equal(KR_STR_LEN(q), 3);
    assert_int_equal(KR_STR_CHAR(q, 1), 0x1d11e);
    /* A slice without the wide character narrows back to the canonical kind. */
    KrObject *s = kr_str_substr(q, 2, 3);
    assert_int_equal(KR_STR_KIND(s), 1);
    assert_true(kr_str_eq_cstr(s, "b"));
    KrObject *c = kr_str_concat(a, q);
    assert_int_equal(KR_STR_KIND(c), 4);
    assert_int_equal(KR_STR_LEN(c), 6);
    KrObject *back = kr_str_substr(c, 0, 3);
    assert_true(kr_str_eq(back, a));
    assert_int_equal(KR_STR_KIND(back), 1);
    kr_decref(a); kr_decref(l); kr_decref(w); kr_decref(q);
    kr_decref(s); kr_decref(c); kr_decref(back);
}

static void test_utf8_roundtrip(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "", "plain", "h\xc3\xa9llo w\xc3\xb6rld", "\xce\xa9\xce\xbc\xce\xad\xce\xb3\xce\xb1",
        "a\xf0\x9d\x84\x9e" "b\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf\xef\xbf\xbf\x7f\x01",
        "mixed \xc3\xa9 \xe2\x82\xac \xf0\x90\x80\x80 end",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        KrObject *s = u8(texts[i]);
        Kr_ssize_t n;
        const char *p = kr_str_utf8(s, &n);
        assert_non_null(p);
        assert_int_equal(n, (Kr_ssize_t)strlen(texts[i]));
        assert_memory_equal(p, texts[i], (size_t)n);
        for (int e = 0; e < 3; e++) {
            const char *enc = e == 0 ? "utf-16" : e == 1 ? "UTF-32" : "utf8";
            KrObject *b = kr_str_encode(s, enc, NULL);
            assert_non_null(b);
            KrObject *d = kr_str_decode(KR_BYTES_DATA(b), KR_SIZE(b), enc, NULL);
            assert_non_null(d);
            assert_true(kr_str_eq(d, s));
            kr_decref(b);
            kr_decref(d);
        }
        kr_decref(s);
    }
}

static void test_utf8_errors(void **state)
{
    (void)state;
    static const char *const bad[] = {"\xff", "a\xe2\x82", "\xe2\x28\xa1", "\xed\xa0\x80",
                                      "\xc0\xaf", "\xf5\x80\x80\x80", "\xf0\x90\x80"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        KrObject *s = kr_str_from_utf8(bad[i], (Kr_ssize_t)strlen(bad[i]));
        assert_null(s);
        assert_true(kr_err_matches_type(&kr_exc_UnicodeDecodeError));
        kr_err_clear();
    }
    /* replace gives one U+FFFD per maximal invalid subsequence */
    KrObject *r = kr_str_decode("a\xe2\x82z\xff", 5, "utf-8", "replace");
    assert_non_null(r);
    assert_int_equal(KR_STR_LEN(r), 4);
    assert_int_equal(KR_STR_CHAR(r, 1), 0xfffd);
    assert_int_equal(KR_STR_CHAR(r, 3), 0xfffd);
    kr_decref(r);
    /* surrogateescape round-trips arbitrary bytes */
    KrObject *se = kr_str_decode("\x80\xff" "a", 3, "utf-8", "surrogateescape");
    assert_non_null(se);
    assert_int_equal(KR_STR_CHAR(se, 0), 0xdc80);
    KrObject *b = kr_str_encode(se, "utf-8", "surrogateescape");
    assert_non_null(b);
    assert_memory_equal(KR_BYTES_DATA(b), "\x80\xff" "a", 3);
    /* a lone surrogate has no strict UTF-8 */
    assert_null(kr_str_utf8(se, NULL));
    assert_true(kr_err_matches_type(&kr_exc_UnicodeEncodeError));
    kr_err_clear();
    assert_null(kr_str_decode("x", 1, "no-such-codec", NULL));
    assert_true(kr_err_matches_type(&kr_exc_LookupError));
    kr_err_clear();
    kr_decref(se);
    kr_decref(b);
}

static void test_interning(void **state)
{
    (void)state;
    KrObject *a = kr_str_intern(u8("some_identifier"));
    KrObject *b = kr_str_intern(kr_str_concat(u8("some_"), u8("identifier")));
    assert_ptr_equal(a, b);
    assert_ptr_equal(kr_str_intern_cstr("__init__"), KR_ID(__init__));
    assert_true(kr_str_eq_cstr(KR_ID(__bytes__), "__bytes__"));
    KrObject *c = kr_str_intern(u8("\xce\xa9mega"));
    KrObject *d = kr_str_intern(u8("\xce\xa9mega"));
    assert_ptr_equal(c, d);
    kr_decref(a); kr_decref(b); kr_decref(c); kr_decref(d);
}

static void test_hash_paths(void **state)
{
    (void)state;
    uint32_t cps[] = {'h', 0xe9, 'l', 0x1d11e, 'o'};
    KrObject *x = kr_str_from_ucs4(cps, 5);
    KrObject *y = u8("h\xc3\xa9l\xf0\x9d\x84\x9eo");
    KrObject *big = u8("xxh\xc3\xa9l\xf0\x9d\x84\x9eoxx");
    KrObject *z = kr_str_substr(big, 2, 7);
    KrObject *w = kr_str_concat(u8("h\xc3\xa9"), u8("l\xf0\x9d\x84\x9eo"));
    KrObject *all[] = {x, y, z, w};
    for (int i = 0; i < 4; i++) {
        assert_true(kr_str_eq(all[i], x));
        assert_int_equal(kr_str_hash(all[i]), kr_str_hash(x));
        assert_int_equal(kr_str_compare(all[i], x), 0);
    }
    /* Latin-1 text hashes like the bytes of the same Latin-1 data. */
    KrObject *l = u8("caf\xc3\xa9");
    KrObject *lb = kr_bytes_from("caf\xe9", 4);
    assert_int_equal(kr_str_hash(l), kr_object_hash(lb));
    KrObject *e = kr_str_from_cstr("");
    assert_int_equal(kr_str_hash(e), 0);
    assert_int_equal(kr_str_compare(u8("a"), u8("\xf0\x9d\x84\x9e")), -1);
    assert_int_equal(kr_str_compare(u8("ab"), u8("a")), 1);
    kr_decref(x); kr_decref(y); kr_decref(big); kr_decref(z); kr_decref(w);
    kr_decref(l); kr_decref(lb); kr_decref(e);
}

static void test_from_format(void **state)
{
    (void)state;
    KrObject *s = u8("\xce\xa9");
    KrObject *n = kr_int_from_i64(42);
    KrObject *r = kr_str_from_format("%d|%5s|%-3d|%zd|%U|%R|%S|%T|%N|%c|%x|%%|%.2s", -7, "ab", 1,
                                     (Kr_ssize_t)123456789012, s, s, n, n, &kr_bytes_type,
                                     0x1d11e, 255, "xyz");
    assert_non_null(r);
    const char *p = kr_str_utf8(r, NULL);
    assert_string_equal(p, "-7|   ab|1  |123456789012|\xce\xa9|'\xce\xa9'|42|int|bytes|"
                           "\xf0\x9d\x84\x9e|ff|%|xy");
    kr_decref(r); kr_decref(s); kr_decref(n);
}

static void test_append(void **state)
{
    (void)state;
    KrObject *acc = kr_str_new(0, 0);
    KrObject *a = u8("ab"), *e = u8("\xc3\xa9"), *w = u8("\xf0\x9d\x84\x9e");
    for (int i = 0; i < 1000; i++)
        assert_int_equal(kr_str_append(&acc, a), 0);
    assert_int_equal(KR_STR_LEN(acc), 2000);
    assert_true(((KrStr *)acc)->ascii);
    assert_int_equal(kr_str_hash(acc), kr_str_hash(kr_str_substr(acc, 0, 2000)));
    /* widening: Latin-1 then astral */
    assert_int_equal(kr_str_append(&acc, e), 0);
    assert_false(((KrStr *)acc)->ascii);
    assert_int_equal(KR_STR_KIND(acc), 1);
    assert_int_equal(kr_str_append(&acc, w), 0);
    assert_int_equal(KR_STR_KIND(acc), 4);
    assert_int_equal(KR_STR_LEN(acc), 2002);
    assert_int_equal(KR_STR_CHAR(acc, 2000), 0xe9);
    assert_int_equal(KR_STR_CHAR(acc, 2001), 0x1d11e);
    Kr_ssize_t n;
    const char *p = kr_str_utf8(acc, &n);
    assert_int_equal(n, 2000 + 2 + 4);
    assert_memory_equal(p + 2000, "\xc3\xa9\xf0\x9d\x84\x9e", 6);
    /* a shared left operand is never modified */
    KrObject *shared = u8("xy");
    KrObject *keep = kr_newref(shared);
    assert_int_equal(kr_str_append(&shared, a), 0);
    assert_true(kr_str_eq_cstr(keep, "xy"));
    assert_true(kr_str_eq_cstr(shared, "xyab"));
    /* the cached one-character strings are immortal, so never grown */
    KrObject *c = kr_str_from_cstr("q");
    assert_int_equal(kr_str_append(&c, a), 0);
    KrObject *q = kr_str_from_cstr("q");
    assert_true(kr_str_eq_cstr(q, "q"));
    kr_decref(acc); kr_decref(a); kr_decref(e); kr_decref(w); kr_decref(shared);
    kr_decref(keep); kr_decref(c); kr_decref(q);
}

static void test_cases(void **state)
{
    (void)state;
    assert_int_equal(run_cases(str_cases, sizeof str_cases / sizeof str_cases[0]), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_utf8_roundtrip),
        cmocka_unit_test(test_utf8_errors),
        cmocka_unit_test(test_interning),
        cmocka_unit_test(test_hash_paths),
        cmocka_unit_test(test_from_format),
        cmocka_unit_test(test_append),
        cmocka_unit_test(test_cases),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
