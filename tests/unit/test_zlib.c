/*
 * test_zlib.c -- the zlib C module: one-shot compress/decompress round
 * trips at every level, output identical to the system zlib's own
 * compress2() (the module must add nothing of its own to the stream),
 * streaming objects with max_length and unconsumed_tail, unused_data after
 * the end of stream, checksums against known values, and zlib.error.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <zlib.h>

#include "krait.h"

extern KrObject *kr_zlib_module_init(void);

static KrObject *mod;
static unsigned char sample[20000];

static int setup(void **state)
{
    (void)state;
    if (kr_runtime_init(0, NULL) != 0)
        return -1;
    mod = kr_zlib_module_init();
    /* compressible but not trivial: a repeating text with a counter */
    for (size_t i = 0; i < sizeof sample; i++)
        sample[i] = (unsigned char)("abcdefghij"[i % 10] + (i / 1000) % 7);
    return mod ? 0 : -1;
}

static KrObject *fn(KrObject *o, const char *name)
{
    KrObject *f = kr_object_getattr_str(o, name);
    assert_non_null(f);
    return f;
}

static KrObject *bytes_of(const void *p, size_t n)
{
    KrObject *b = kr_bytes_from(p, (Kr_ssize_t)n);
    assert_non_null(b);
    return b;
}

static void test_roundtrip_levels(void **state)
{
    (void)state;
    KrObject *comp = fn(mod, "compress"), *decomp = fn(mod, "decompress");
    KrObject *data = bytes_of(sample, sizeof sample);
    for (int level = -1; level <= 9; level++) {
        KrObject *lv = kr_int_from_i64(level);
        KrObject *c = kr_call2(comp, data, lv);
        assert_non_null(c);
        /* same bytes as the library's own one-shot API */
        unsigned char ref[30000];
        uLongf reflen = sizeof ref;
        assert_int_equal(compress2(ref, &reflen, sample, sizeof sample, level), Z_OK);
        assert_int_equal(KR_SIZE(c), (Kr_ssize_t)reflen);
        assert_memory_equal(KR_BYTES_DATA(c), ref, reflen);
        KrObject *d = kr_call1(decomp, c);
        assert_non_null(d);
        assert_int_equal(KR_SIZE(d), (Kr_ssize_t)sizeof sample);
        assert_memory_equal(KR_BYTES_DATA(d), sample, sizeof sample);
        kr_decref(d);
        kr_decref(c);
        kr_decref(lv);
    }
    kr_decref(data);
    kr_decref(comp);
    kr_decref(decomp);
}

static void test_stream_max_length(void **state)
{
    (void)state;
    KrObject *comp = fn(mod, "compress"), *dobj = fn(mod, "decompressobj");
    KrObject *data = bytes_of(sample, sizeof sample);
    KrObject *c = kr_call1(comp, data);
    assert_non_null(c);
    KrObject *extra = bytes_of("TAIL", 4);
    KrObject *input = kr_number_binop(c, extra, KR_NB_ADD);
    assert_non_null(input);
    KrObject *d = kr_call0(dobj);
    assert_non_null(d);
    KrObject *meth = fn(d, "decompress");
    KrObject *limit = kr_int_from_i64(333);
    size_t got = 0;
    KrObject *in = kr_newref(input);
    for (int rounds = 0; rounds < 1000; rounds++) {
        KrObject *out = kr_call2(meth, in, limit);
        assert_non_null(out);
        assert_true(KR_SIZE(out) <= 333);
        assert_memory_equal(KR_BYTES_DATA(out), sample + got, (size_t)KR_SIZE(out));
        got += (size_t)KR_SIZE(out);
        kr_decref(out);
        kr_decref(in);
        in = fn(d, "unconsumed_tail");
        if (KR_SIZE(in) == 0)
            break;
    }
    kr_decref(in);
    assert_int_equal(got, sizeof sample);
    KrObject *eof = fn(d, "eof");
    assert_true(eof == kr_True);
    kr_decref(eof);
    KrObject *unused = fn(d, "unused_data");
    assert_int_equal(KR_SIZE(unused), 4);
    assert_memory_equal(KR_BYTES_DATA(unused), "TAIL", 4);
    kr_decref(unused);
    kr_decref(limit);
    kr_decref(meth);
    kr_decref(d);
    kr_decref(input);
    kr_decref(extra);
    kr_decref(c);
    kr_decref(data);
    kr_decref(comp);
    kr_decref(dobj);
}

static void test_checksums(void **state)
{
    (void)state;
    KrObject *crc = fn(mod, "crc32"), *adler = fn(mod, "adler32");
    KrObject *b = bytes_of("hello", 5);
    KrObject *r = kr_call1(crc, b);
    assert_int_equal(kr_int_as_ssize(r), 907060870);
    kr_decref(r);
    r = kr_call1(adler, b);
    assert_int_equal(kr_int_as_ssize(r), 103547413);
    kr_decref(r);
    /* a negative start value is taken modulo 2**32 */
    KrObject *neg = kr_int_from_i64(-1);
    r = kr_call2(crc, b, neg);
    assert_int_equal(kr_int_as_ssize(r), (Kr_ssize_t)crc32(0xffffffffUL, (const Bytef *)"hello", 5));
    kr_decref(r);
    kr_decref(neg);
    kr_decref(b);
    kr_decref(crc);
    kr_decref(adler);
}

static void test_error(void **state)
{
    (void)state;
    KrObject *decomp = fn(mod, "decompress");
    KrObject *err = fn(mod, "error");
    KrObject *b = bytes_of("not zlib data", 13);
    KrObject *r = kr_call1(decomp, b);
    assert_null(r);
    assert_true(kr_err_matches(err));
    KrObject *exc = kr_err_fetch();
    KrObject *msg = kr_object_str(exc);
    assert_non_null(msg);
    assert_string_equal(kr_str_utf8(msg, NULL),
                        "Error -3 while decompressing data: incorrect header check");
    kr_decref(msg);
    kr_decref(exc);
    kr_decref(b);
    kr_decref(err);
    kr_decref(decomp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip_levels),
        cmocka_unit_test(test_stream_max_length),
        cmocka_unit_test(test_checksums),
        cmocka_unit_test(test_error),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
