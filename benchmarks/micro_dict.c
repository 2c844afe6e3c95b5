/*
 * micro_dict.c -- C-level micro-benchmark of the hash table and int
 * arithmetic, below the interpreter.
 *
 * A fixed workload (key objects are made before the clock starts, so the
 * dict figures measure the table, not object creation); wall-clock time
 * with clock_gettime(CLOCK_MONOTONIC); the best of 5 runs per line, printed
 * as operations per second.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "krait.h"

#define NKEYS 200000
#define NARITH 1000000
#define REPEAT 5

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void report(const char *what, double ops, double secs)
{
    printf("%-28s %12.0f ops/s\n", what, ops / secs);
}

static void die(const char *what)
{
    fprintf(stderr, "micro_dict: %s failed\n", what);
    exit(1);
}

/* insert / lookup / delete all keys; best time of REPEAT for each phase */
static void bench_dict(const char *label, KrObject **keys, Kr_ssize_t n)
{
    double best[3] = { 1e30, 1e30, 1e30 };
    for (int r = 0; r < REPEAT; r++) {
        KrObject *d = kr_dict_new();
        double t0 = now();
        for (Kr_ssize_t i = 0; i < n; i++) {
            if (kr_dict_set_item(d, keys[i], keys[i]) < 0)
                die("set_item");
        }
        double t1 = now();
        for (Kr_ssize_t i = 0; i < n; i++) {
            if (kr_dict_get_item(d, keys[i]) == NULL)
                die("get_item");
        }
        double t2 = now();
        for (Kr_ssize_t i = 0; i < n; i++) {
            if (kr_dict_del_item(d, keys[i]) < 0)
                die("del_item");
        }
        double t3 = now();
        kr_decref(d);
        double t[3] = { t1 - t0, t2 - t1, t3 - t2 };
        for (int k = 0; k < 3; k++)
            if (t[k] < best[k])
                best[k] = t[k];
    }
    char buf[64];
    snprintf(buf, sizeof buf, "dict insert (%s)", label);
    report(buf, (double)n, best[0]);
    snprintf(buf, sizeof buf, "dict lookup (%s)", label);
    report(buf, (double)n, best[1]);
    snprintf(buf, sizeof buf, "dict delete (%s)", label);
    report(buf, (double)n, best[2]);
}

typedef KrObject *(*binop)(KrObject *, KrObject *);

static void bench_int(const char *label, binop f, KrObject *a, KrObject *b)
{
    double best = 1e30;
    for (int r = 0; r < REPEAT; r++) {
        double t0 = now();
        for (int i = 0; i < NARITH; i++) {
            KrObject *c = f(a, b);
            if (c == NULL)
                die(label);
            kr_decref(c);
        }
        double t = now() - t0;
        if (t < best)
            best = t;
    }
    report(label, NARITH, best);
}

int main(int argc, char **argv)
{
    if (kr_runtime_init(argc, argv) < 0)
        die("kr_runtime_init");
    KrObject **keys = malloc(NKEYS * sizeof(KrObject *));
    /* int keys: spread, not consecutive, as real programs' ids */
    for (Kr_ssize_t i = 0; i < NKEYS; i++) {
        keys[i] = kr_int_from_i64(i * 2654435761LL % 1000000007LL);
        if (keys[i] == NULL)
            die("int");
    }
    bench_dict("int keys", keys, NKEYS);
    for (Kr_ssize_t i = 0; i < NKEYS; i++)
        kr_decref(keys[i]);
    for (Kr_ssize_t i = 0; i < NKEYS; i++) {
        keys[i] = kr_str_from_format("key_%zd", i);
        if (keys[i] == NULL)
            die("str");
    }
    bench_dict("str keys", keys, NKEYS);
    for (Kr_ssize_t i = 0; i < NKEYS; i++)
        kr_decref(keys[i]);
    free(keys);

    KrObject *sa = kr_int_from_i64(123456), *sb = kr_int_from_i64(789);
    bench_int("int add (small)", kr_int_add, sa, sb);
    bench_int("int mul (small)", kr_int_mul, sa, sb);
    bench_int("int floordiv (small)", kr_int_floordiv, sa, sb);
    /* big: about 2**200 and 2**100 */
    KrObject *ba = kr_int_from_i64(1), *bb;
    KrObject *m = kr_int_from_i64((int64_t)1 << 50);
    for (int i = 0; i < 4; i++) {
        KrObject *t = kr_int_mul(ba, m);
        kr_decref(ba);
        ba = t;
    }
    KrObject *c = kr_int_from_i64(12345);
    KrObject *t = kr_int_add(ba, c);
    kr_decref(ba);
    ba = t;
    bb = kr_int_mul(m, m);
    t = kr_int_add(bb, c);
    kr_decref(bb);
    bb = t;
    if (ba == NULL || bb == NULL)
        die("big int setup");
    bench_int("int add (big)", kr_int_add, ba, bb);
    bench_int("int mul (big)", kr_int_mul, ba, bb);
    bench_int("int floordiv (big)", kr_int_floordiv, ba, bb);
    kr_decref(sa);
    kr_decref(sb);
    kr_decref(ba);
    kr_decref(bb);
    kr_decref(m);
    kr_decref(c);
    return 0;
}
