/*
 * test_hash.c -- hashing: CPython's numeric hash of ints and floats
 * (values from python3.11, which are deterministic), and XXH3 hashing of
 * bytes with the per-process secret (deterministic under PYTHONHASHSEED,
 * different secrets for different seeds).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>
#include <math.h>

#include "krait.h"

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) == 0 ? 0 : -1;
}

static const struct { const char *dec; int64_t hash; } int_hashes[] = {
    { "0", 0LL },
    { "1", 1LL },
    { "-1", -2LL },
    { "-2", -2LL },
    { "2", 2LL },
    { "2305843009213693951", 0LL },
    { "2305843009213693950", 2305843009213693950LL },
    { "2305843009213693952", 1LL },
    { "4611686018427387904", 2LL },
    { "9223372036854775807", 3LL },
    { "-9223372036854775808", -4LL },
    { "18446744073709551617", 9LL },
    { "-18446744073709551616", -8LL },
    { "1000000000000000000000000000000", 465258685558744706LL },
    { "-1000000000000000000000000000000", -465258685558744706LL },
    { "369988485035126972924700782451696644186473100389722973815184405301748249", 2002697805922165880LL },
    { "-462068072803536855906378252728602401551029028414946485847699333055955922805275437143", -797355338241490394LL },
    { "2658455991569831746960535625167536128", 1LL },
    { "944555377866599826281036509356656269758448369795476995113862", 434615249235772443LL },
    { "326677881343510856368744644801273789225504894663381567692113", 1067595966146880693LL },
    { "-734195638964731739424209336495127621273618288966925117383544", -367990576548808549LL },
    { "877748961885084166352256044346465897821079286501681752966561", 1234995746203815397LL },
    { "-115597525009833476235488758076998259611815348664778745501829", -1408993622660747177LL },
    { "-1175069707947131970226965699402994318149241677379667144364981", -1179639647779225781LL },
    { "-1374694639552591763189092853275021313588939473113170994758885", -1317627877199562965LL },
    { "-1402708910053123333934894162780903269478800860717984744306313", -1859612518760372071LL },
    { "85434286823109446719928719645275788257882642137930592342184", 567607705367109060LL },
    { "410144658760635896019934793687731920085598878238286001514546", 496367987563354364LL },
};

static const struct { const char *hex; int64_t hash; } float_hashes[] = {
    { "0x0.0p+0", 0LL },
    { "-0x0.0p+0", 0LL },
    { "0x1.0000000000000p-1", 1152921504606846976LL },
    { "0x1.8000000000000p+0", 1152921504606846977LL },
    { "-0x1.8000000000000p+0", -1152921504606846977LL },
    { "0x1.249ad2594c37dp+332", 1822893315824342674LL },
    { "-0x1.bff2ee48e0530p-333", -1735222877707689105LL },
    { "0x1.0000000000000p+61", 1LL },
    { "0x1.0000000000000p+62", 2LL },
    { "0x1.1ccf385ebc8a0p+1023", 156575653125701LL },
    { "0x0.0000000000001p-1022", 16777216LL },
    { "0x1.921fb54442d18p+1", 326490430436040707LL },
    { "0x1.999999999999ap-4", 230584300921369408LL },
    { "-0x1.30164840e171ap-14", -1873664618604294328LL },
    { "0x1.d6f3454800000p+26", 288230376275168533LL },
    { "0x1.0000000000000p-60", 2LL },
};

static void test_int_hashes(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof int_hashes / sizeof int_hashes[0]; i++) {
        const char *s = int_hashes[i].dec;
        KrObject *v = kr_int_from_string(s, (Kr_ssize_t)strlen(s), 10);
        assert_non_null(v);
        if (kr_int_hash(v) != int_hashes[i].hash)
            fprintf(stderr, "hash(%s) = %lld\n", s, (long long)kr_int_hash(v));
        assert_true(kr_int_hash(v) == int_hashes[i].hash);
        /* an integral value hashes the same as int and as float */
        double d = kr_int_as_double(v);
        if (!kr_err_occurred() && d == floor(d) && fabs(d) < 9e15)
            assert_true(kr_hash_double(d) == int_hashes[i].hash);
        kr_err_clear();
        kr_decref(v);
    }
    assert_true(kr_hash_i64(-1) == -2);
    assert_true(kr_hash_i64(INT64_MIN) == int_hashes[10].hash);
}

static void test_float_hashes(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof float_hashes / sizeof float_hashes[0]; i++) {
        double d = strtod(float_hashes[i].hex, NULL);
        assert_true(kr_hash_double(d) == float_hashes[i].hash);
        KrObject *f = kr_float_from_double(d);
        assert_true(kr_object_hash(f) == float_hashes[i].hash);
        kr_decref(f);
    }
    assert_true(kr_hash_double(-1.0 / 0.0) == -314159);
}

static void test_bytes_hash(void **state)
{
    (void)state;
    assert_true(kr_hash_bytes("", 0) == 0);
    Kr_hash_t a = kr_hash_bytes("hello", 5), b = kr_hash_bytes("hello", 5);
    assert_true(a == b);
    assert_true(a != -1);
    assert_true(kr_hash_bytes("hellp", 5) != a);
    /* PYTHONHASHSEED makes the secret a function of the seed. */
    KrInterp tmp;
    memset(&tmp, 0, sizeof tmp);
    setenv("PYTHONHASHSEED", "0", 1);
    kr_hash_init(&tmp);
    uint8_t s0[192];
    memcpy(s0, tmp.hash_secret, sizeof s0);
    assert_int_equal(tmp.hash_seed_set, 1);
    kr_hash_init(&tmp);
    assert_memory_equal(s0, tmp.hash_secret, sizeof s0);
    setenv("PYTHONHASHSEED", "1234", 1);
    kr_hash_init(&tmp);
    assert_true(tmp.hash_seed == 1234);
    assert_memory_not_equal(s0, tmp.hash_secret, sizeof s0);
    /* random secrets differ between initialisations */
    unsetenv("PYTHONHASHSEED");
    uint8_t r1[192];
    kr_hash_init(&tmp);
    memcpy(r1, tmp.hash_secret, sizeof r1);
    assert_int_equal(tmp.hash_seed_set, 0);
    kr_hash_init(&tmp);
    assert_memory_not_equal(r1, tmp.hash_secret, sizeof r1);
    setenv("PYTHONHASHSEED", "0", 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_int_hashes),
        cmocka_unit_test(test_float_hashes),
        cmocka_unit_test(test_bytes_hash),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
