/*
 * test_hashlib.c -- the _hashlib C module: digests of the FIPS/RFC test
 * vectors for every algorithm (including inputs that straddle the padding
 * boundary and span several blocks), incremental updates equal to one
 * update, digest() leaving the state reusable, and CRC-32 values.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "krait.h"

extern KrObject *kr_hashlib_module_init(void);

static KrObject *mod;

static int setup(void **state)
{
    (void)state;
    if (kr_runtime_init(0, NULL) != 0)
        return -1;
    mod = kr_hashlib_module_init();
    return mod ? 0 : -1;
}

static KrObject *fn(const char *name)
{
    KrObject *f = kr_object_getattr_str(mod, name);
    assert_non_null(f);
    return f;
}

static int alg_id(const char *name)
{
    char key[32];
    snprintf(key, sizeof key, "ALG_%s", name);
    KrObject *v = kr_object_getattr_str(mod, key);
    assert_non_null(v);
    int id = (int)kr_int_as_ssize(v);
    kr_decref(v);
    return id;
}

/* Hashes data fed in chunks of `chunk` bytes and returns the hex digest. */
static void hexdigest(const char *alg, const void *data, size_t len, size_t chunk, char *out)
{
    KrObject *newf = fn("new"), *upd = fn("update"), *dig = fn("digest");
    KrObject *id = kr_int_from_i64(alg_id(alg));
    KrObject *st = kr_call1(newf, id);
    assert_non_null(st);
    size_t off = 0;
    do {
        size_t n = len - off < chunk ? len - off : chunk;
        KrObject *b = kr_bytes_from((const char *)data + off, (Kr_ssize_t)n);
        KrObject *ns = kr_call2(upd, st, b);
        assert_non_null(ns);
        kr_decref(b);
        kr_decref(st);
        st = ns;
        off += n;
    } while (off < len);
    KrObject *d = kr_call1(dig, st);
    assert_non_null(d);
    /* digest() must not consume the state: a second call agrees. */
    KrObject *d2 = kr_call1(dig, st);
    assert_non_null(d2);
    assert_int_equal(KR_SIZE(d), KR_SIZE(d2));
    assert_memory_equal(KR_BYTES_DATA(d), KR_BYTES_DATA(d2), (size_t)KR_SIZE(d));
    for (Kr_ssize_t i = 0; i < KR_SIZE(d); i++)
        sprintf(out + 2 * i, "%02x", (unsigned char)KR_BYTES_DATA(d)[i]);
    kr_decref(d);
    kr_decref(d2);
    kr_decref(st);
    kr_decref(id);
    kr_decref(newf);
    kr_decref(upd);
    kr_decref(dig);
}

static void check(const char *alg, const char *msg, size_t len, const char *want)
{
    char got[160];
    size_t chunks[] = { len ? len : 1, 1, 7, 64, 129 };
    for (size_t i = 0; i < sizeof chunks / sizeof chunks[0]; i++) {
        hexdigest(alg, msg, len, chunks[i], got);
        assert_string_equal(got, want);
    }
}

static void test_vectors(void **state)
{
    (void)state;
    check("md5", "", 0, "d41d8cd98f00b204e9800998ecf8427e");
    check("md5", "abc", 3, "900150983cd24fb0d6963f7d28e17f72");
    check("sha1", "abc", 3, "a9993e364706816aba3e25717850c26c9cd0d89d");
    check("sha224", "abc", 3, "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
    check("sha256", "abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    check("sha384", "abc", 3,
          "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
          "8086072ba1e7cc2358baeca134c825a7");
    check("sha512", "abc", 3,
          "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
          "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    check("sha256", two, strlen(two), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    check("sha1", two, strlen(two), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    const char *four = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                       "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    check("sha512", four, strlen(four),
          "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
          "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909");
    check("md5", "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
          80, "57edf4a22be3c955ac49da2e2107b67a");
}

static void test_crc32(void **state)
{
    (void)state;
    KrObject *f = fn("crc32");
    KrObject *b = kr_bytes_from("123456789", 9);
    KrObject *r = kr_call1(f, b);
    assert_non_null(r);
    assert_int_equal(kr_int_as_ssize(r), 0xCBF43926);
    kr_decref(r);
    /* Chaining: crc32(b"6789", crc32(b"12345")) equals the whole. */
    KrObject *b1 = kr_bytes_from("12345", 5), *b2 = kr_bytes_from("6789", 4);
    KrObject *r1 = kr_call1(f, b1);
    KrObject *r2 = kr_call2(f, b2, r1);
    assert_int_equal(kr_int_as_ssize(r2), 0xCBF43926);
    kr_decref(r1);
    kr_decref(r2);
    kr_decref(b1);
    kr_decref(b2);
    kr_decref(b);
    kr_decref(f);
}

static void test_bad_state(void **state)
{
    (void)state;
    KrObject *dig = fn("digest");
    KrObject *b = kr_bytes_from("xx", 2);
    assert_null(kr_call1(dig, b));
    assert_non_null(kr_err_occurred());
    kr_err_clear();
    kr_decref(b);
    kr_decref(dig);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vectors),
        cmocka_unit_test(test_crc32),
        cmocka_unit_test(test_bad_state),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
