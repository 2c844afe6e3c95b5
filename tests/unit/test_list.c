/*
 * test_list.c -- list storage, sort (stability, keys, reverse, mutation
 * detection), slice assignment/deletion against a reference model, repr
 * of nested and recursive lists, over-allocation matching CPython 3.11,
 * and freeing very deep nesting.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "krait.h"

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) == 0 ? 0 : -1;
}

static uint64_t rng = 88172645463325252ULL;
static uint64_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static KrObject *I(int64_t v) { return kr_int_from_i64(v); }

static void check_repr(KrObject *o, const char *expect)
{
    KrObject *r = kr_object_repr(o);
    assert_non_null(r);
    assert_string_equal(kr_str_utf8(r, NULL), expect);
    kr_decref(r);
}

static void check_error(KrType *type, const char *msg)
{
    KrObject *exc = kr_err_fetch();
    assert_non_null(exc);
    assert_ptr_equal(KR_TYPE(exc), type);
    KrObject *s = kr_object_str(exc);
    assert_string_equal(kr_str_utf8(s, NULL), msg);
    kr_decref(s);
    kr_decref(exc);
}

static int64_t ival(KrObject *o) { return kr_int_small_value(o); }

/* ---------------------------------------------------------------------- */
/* Growth                                                                 */
/* ---------------------------------------------------------------------- */

static void test_growth_matches_cpython(void **state)
{
    (void)state;
    /* (sys.getsizeof(l) - 56) // 8 after each append, from python3.11. */
    static const Kr_ssize_t expect[20] = { 4, 4, 4, 4, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16,
                                           16, 16, 24, 24, 24, 24 };
    KrObject *l = kr_list_new(0);
    for (int i = 0; i < 20; i++) {
        KrObject *x = I(i);
        assert_int_equal(kr_list_append(l, x), 0);
        kr_decref(x);
        assert_int_equal(((KrList *)l)->allocated, expect[i]);
    }
    /* pop() down to 3 keeps 8 slots when coming from 8, per list_resize. */
    kr_decref(l);
    KrObject *t = kr_tuple_new(3);
    for (int i = 0; i < 3; i++)
        KR_TUPLE_SET(t, i, I(i));
    l = kr_list_new(0);
    kr_list_extend(l, t);             /* exact preallocation, rounded to even */
    assert_int_equal(((KrList *)l)->allocated, 4);
    kr_list_extend(l, t);             /* resize to 6 from 4: (6+0+6)&~3 = 12 */
    assert_int_equal(((KrList *)l)->allocated, 12);
    /* Shrunk to nothing by resizing (not cleared): growth is by the
     * over-allocation rule, not exact, as in CPython ([1]; pop; extend). */
    KrObject *l2 = kr_list_new(0);
    KrObject *big = kr_list_new(0);
    for (int i = 0; i < 9; i++) {
        KrObject *x = I(i);
        kr_list_append(big, x);
        kr_decref(x);
    }
    kr_list_extend(l2, big);                    /* exact: 10 slots */
    assert_int_equal(((KrList *)l2)->allocated, 10);
    KrObject *sl = kr_slice_new(NULL, NULL, NULL), *empty = kr_list_new(0);
    KrObject *one = I(1);
    KrObject *sl1 = kr_slice_new(one, NULL, NULL);
    kr_object_delitem(l2, sl1);                 /* 1 left: shrinks to 4 */
    assert_int_equal(((KrList *)l2)->allocated, 4);
    KrObject *p = kr_call_method0(l2, kr_str_intern_cstr("pop"));
    kr_decref(p);
    assert_int_equal(KR_SIZE(l2), 0);
    kr_list_extend(l2, t);                      /* resize rule from 0: 8 */
    assert_int_equal(((KrList *)l2)->allocated, 8);
    kr_object_setitem(l2, sl, empty);           /* l[:] = [] clears */
    kr_list_extend(l2, t);                      /* exact again */
    assert_int_equal(((KrList *)l2)->allocated, 4);
    kr_decref(sl1);
    kr_decref(one);
    kr_decref(sl);
    kr_decref(empty);
    kr_decref(big);
    kr_decref(l2);
    KrObject *sz = kr_call_method0(l, kr_str_intern_cstr("__sizeof__"));
    assert_non_null(sz);
    assert_int_equal(ival(sz), 40 + 12 * 8);
    kr_decref(sz);
    kr_decref(l);
    kr_decref(t);
}

/* ---------------------------------------------------------------------- */
/* Sort                                                                   */
/* ---------------------------------------------------------------------- */

static int key_calls;
static KrObject *first_item(KrObject *self, KrObject *arg)
{
    (void)self;
    key_calls++;
    return kr_newref(KR_TUPLE_GET(arg, 0));
}
static const KrMethodDef first_item_def = KR_METHOD_O("first", first_item);

/* Sorts n pairs (key in [0, range), original index) with key=first and
 * checks order and stability. */
static void sort_pairs(int n, int range, int reverse)
{
    KrObject *l = kr_list_new(n);
    for (int i = 0; i < n; i++) {
        KrObject *t = kr_tuple_new(2);
        KR_TUPLE_SET(t, 0, I((int64_t)(rnd() % (uint64_t)range)));
        KR_TUPLE_SET(t, 1, I(i));
        KR_LIST_SET(l, i, t);
    }
    KrObject *key = kr_cfunction_new(&first_item_def, NULL, NULL);
    key_calls = 0;
    assert_int_equal(kr_list_sort(l, key, reverse), 0);
    assert_int_equal(key_calls, n);          /* once per element */
    for (int i = 1; i < n; i++) {
        int64_t k0 = ival(KR_TUPLE_GET(KR_LIST_GET(l, i - 1), 0));
        int64_t k1 = ival(KR_TUPLE_GET(KR_LIST_GET(l, i), 0));
        int64_t i0 = ival(KR_TUPLE_GET(KR_LIST_GET(l, i - 1), 1));
        int64_t i1 = ival(KR_TUPLE_GET(KR_LIST_GET(l, i), 1));
        if (reverse)
            assert_true(k0 >= k1);
        else
            assert_true(k0 <= k1);
        if (k0 == k1)
            assert_true(i0 < i1);               /* stable in both directions */
    }
    kr_decref(key);
    kr_decref(l);
}

static void test_sort_stability_keys(void **state)
{
    (void)state;
    int sizes[] = { 0, 1, 2, 3, 10, 63, 64, 65, 200, 1000, 5000 };
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        sort_pairs(sizes[s], 5, 0);
        sort_pairs(sizes[s], 5, 1);
        sort_pairs(sizes[s], 1000, 0);
        sort_pairs(sizes[s], 1000, 1);
    }
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* Plain ints, in shapes that exercise runs, merges and the trims. */
static void test_sort_ints_shapes(void **state)
{
    (void)state;
    enum { N = 3000 };
    static int64_t ref[N];
    for (int shape = 0; shape < 6; shape++) {
        KrObject *l = kr_list_new(N);
        for (int i = 0; i < N; i++) {
            int64_t v;
            switch (shape) {
            case 0: v = (int64_t)(rnd() % 100000) - 50000; break;
            case 1: v = i; break;                                 /* sorted */
            case 2: v = N - i; break;                             /* reversed */
            case 3: v = (i % 100 == 0) ? (int64_t)(rnd() % N) : i; break; /* nearly */
            case 4: v = (i / 37) % 2 ? i : N - i; break;          /* sawtooth runs */
            default: v = 7; break;                                /* all equal */
            }
            if (shape == 0 && i % 11 == 0)
                v = (int64_t)1 << 62;       /* big-ish values mixed in */
            ref[i] = v;
            KR_LIST_SET(l, i, I(v));
        }
        /* A bigint makes the generic comparison path run too. */
        if (shape == 4) {
            KrObject *b = kr_int_from_string("100000000000000000000000", 24, 10);
            KrObject *old = KR_LIST_GET(l, 5);
            KR_LIST_SET(l, 5, b);
            kr_decref(old);
            ref[5] = INT64_MAX;
        }
        qsort(ref, N, sizeof ref[0], cmp_i64);
        assert_int_equal(kr_list_sort(l, NULL, 0), 0);
        for (int i = 0; i < N; i++) {
            KrObject *x = KR_LIST_GET(l, i);
            if (kr_int_is_small(x))
                assert_int_equal(ival(x), ref[i]);
            else
                assert_int_equal(i, N - 1);
        }
        kr_decref(l);
    }
}

static void test_sort_strs_and_floats(void **state)
{
    (void)state;
    const char *words[] = { "pear", "apple", "fig", "banana", "apple", "cherry", "", "b" };
    KrObject *l = kr_list_new(8);
    for (int i = 0; i < 8; i++)
        KR_LIST_SET(l, i, kr_str_from_cstr(words[i]));
    assert_int_equal(kr_list_sort(l, NULL, 0), 0);
    check_repr(l, "['', 'apple', 'apple', 'b', 'banana', 'cherry', 'fig', 'pear']");
    assert_int_equal(kr_list_sort(l, NULL, 1), 0);
    check_repr(l, "['pear', 'fig', 'cherry', 'banana', 'b', 'apple', 'apple', '']");
    kr_decref(l);
    double fs[] = { 2.5, -1.0, 3.25, 0.0, -7.5 };
    l = kr_list_new(5);
    for (int i = 0; i < 5; i++)
        KR_LIST_SET(l, i, kr_float_from_double(fs[i]));
    assert_int_equal(kr_list_sort(l, NULL, 0), 0);
    check_repr(l, "[-7.5, -1.0, 0.0, 2.5, 3.25]");
    kr_decref(l);
}

static void test_sort_type_error_keeps_items(void **state)
{
    (void)state;
    KrObject *l = kr_list_new(4);
    KR_LIST_SET(l, 0, I(3));
    KR_LIST_SET(l, 1, kr_str_from_cstr("a"));
    KR_LIST_SET(l, 2, I(1));
    KR_LIST_SET(l, 3, I(2));
    assert_int_equal(kr_list_sort(l, NULL, 0), -1);
    check_error(&kr_exc_TypeError, "'<' not supported between instances of 'str' and 'int'");
    assert_int_equal(KR_SIZE(l), 4);          /* a permutation, nothing lost */
    int ints = 0, strs = 0;
    for (int i = 0; i < 4; i++) {
        KrObject *x = KR_LIST_GET(l, i);
        ints += KR_INT_CHECK_EXACT(x);
        strs += KR_STR_CHECK_EXACT(x);
    }
    assert_int_equal(ints, 3);
    assert_int_equal(strs, 1);
    kr_decref(l);
}

static KrObject *sort_target;
static KrObject *mutating_key(KrObject *self, KrObject *arg)
{
    (void)self;
    kr_list_append(sort_target, arg);
    return kr_newref(arg);
}
static const KrMethodDef mutating_key_def = KR_METHOD_O("mut", mutating_key);

static void test_sort_detects_mutation(void **state)
{
    (void)state;
    KrObject *l = kr_list_new(3);
    for (int i = 0; i < 3; i++)
        KR_LIST_SET(l, i, I(3 - i));
    sort_target = l;
    KrObject *key = kr_cfunction_new(&mutating_key_def, NULL, NULL);
    assert_int_equal(kr_list_sort(l, key, 0), -1);
    check_error(&kr_exc_ValueError, "list modified during sort");
    assert_int_equal(KR_SIZE(l), 3);          /* the appends were discarded */
    kr_decref(key);
    kr_decref(l);
}

/* ---------------------------------------------------------------------- */
/* Slices against a model                                                 */
/* ---------------------------------------------------------------------- */

enum { MAXN = 64 };
typedef struct { int64_t v[4 * MAXN]; int n; } Model;

/* Python's slice.indices semantics, written out independently. */
static int model_indices(int n, int has_start, int start, int has_stop, int stop, int step,
                         int *idx)
{
    int lo, hi;
    if (step > 0) {
        lo = has_start ? (start < 0 ? (start + n < 0 ? 0 : start + n) : (start > n ? n : start)) : 0;
        hi = has_stop ? (stop < 0 ? (stop + n < 0 ? 0 : stop + n) : (stop > n ? n : stop)) : n;
    } else {
        lo = has_start ? (start < 0 ? (start + n < 0 ? -1 : start + n) : (start >= n ? n - 1 : start))
                       : n - 1;
        hi = has_stop ? (stop < 0 ? (stop + n < 0 ? -1 : stop + n) : (stop >= n ? n - 1 : stop))
                      : -1;
    }
    int k = 0;
    for (int i = lo; step > 0 ? i < hi : i > hi; i += step)
        idx[k++] = i;
    return k;
}

static KrObject *to_list(const Model *m)
{
    KrObject *l = kr_list_new(0);
    for (int i = 0; i < m->n; i++) {
        KrObject *x = I(m->v[i]);
        kr_list_append(l, x);
        kr_decref(x);
    }
    return l;
}

static void assert_same(KrObject *l, const Model *m)
{
    assert_int_equal(KR_SIZE(l), m->n);
    for (int i = 0; i < m->n; i++)
        assert_int_equal(ival(KR_LIST_GET(l, i)), m->v[i]);
    assert_true(((KrList *)l)->allocated >= KR_SIZE(l));
}

static KrObject *opt_int(int has, int v) { return has ? I(v) : kr_newref(kr_None); }

static void test_slices_random(void **state)
{
    (void)state;
    for (int iter = 0; iter < 3000; iter++) {
        Model m;
        m.n = (int)(rnd() % 20);
        for (int i = 0; i < m.n; i++)
            m.v[i] = i * 10;
        KrObject *l = to_list(&m);
        int hs = rnd() % 4 != 0, hp = rnd() % 4 != 0;
        int start = (int)(rnd() % 50) - 25, stop = (int)(rnd() % 50) - 25;
        int step;
        int r = (int)(rnd() % 6);
        step = r == 0 ? 1 : r == 1 ? -1 : r == 2 ? 2 : r == 3 ? -3 : r == 4 ? 1 : 5;
        int has_step = !(step == 1 && rnd() % 2);
        KrObject *a = opt_int(hs, start), *b = opt_int(hp, stop), *c = opt_int(has_step, step);
        KrObject *sl = kr_slice_new(a, b, c);
        kr_decref(a);
        kr_decref(b);
        kr_decref(c);
        int idx[MAXN];
        int k = model_indices(m.n, hs, start, hp, stop, step, idx);

        /* get */
        KrObject *got = kr_object_getitem(l, sl);
        assert_int_equal(KR_SIZE(got), k);
        for (int i = 0; i < k; i++)
            assert_int_equal(ival(KR_LIST_GET(got, i)), m.v[idx[i]]);
        kr_decref(got);

        int op = (int)(rnd() % 3);
        if (op == 0) {                       /* delete */
            assert_int_equal(kr_object_delitem(l, sl), 0);
            Model m2 = { .n = 0 };
            for (int i = 0; i < m.n; i++) {
                int del = 0;
                for (int j = 0; j < k; j++)
                    del |= idx[j] == i;
                if (!del)
                    m2.v[m2.n++] = m.v[i];
            }
            assert_same(l, &m2);
        } else if (op == 1 && step == 1) {   /* assign any length */
            int newn = (int)(rnd() % 8);
            KrObject *src = kr_list_new(0);
            for (int i = 0; i < newn; i++) {
                KrObject *x = I(1000 + i);
                kr_list_append(src, x);
                kr_decref(x);
            }
            assert_int_equal(kr_object_setitem(l, sl, src), 0);
            int lo = k > 0 ? idx[0] : 0, hi;
            if (k > 0) {
                hi = idx[k - 1] + 1;
            } else {
                /* Empty slice: insert at the clamped start. */
                int s = hs ? start : 0;
                if (s < 0) { s += m.n; if (s < 0) s = 0; }
                if (s > m.n) s = m.n;
                lo = hi = s;
            }
            Model m2 = { .n = 0 };
            for (int i = 0; i < lo; i++) m2.v[m2.n++] = m.v[i];
            for (int i = 0; i < newn; i++) m2.v[m2.n++] = 1000 + i;
            for (int i = hi; i < m.n; i++) m2.v[m2.n++] = m.v[i];
            assert_same(l, &m2);
            kr_decref(src);
        } else {                             /* extended assign, exact size */
            int wrong = step != 1 && rnd() % 4 == 0;
            int sz = wrong ? k + 1 : k;
            KrObject *src = kr_tuple_new(sz);
            for (int i = 0; i < sz; i++)
                KR_TUPLE_SET(src, i, I(-1 - i));
            int rc = kr_object_setitem(l, sl, src);
            if (wrong) {
                assert_int_equal(rc, -1);
                char msg[120];
                snprintf(msg, sizeof msg,
                         "attempt to assign sequence of size %d to extended slice of size %d",
                         sz, k);
                check_error(&kr_exc_ValueError, msg);
                assert_same(l, &m);
            } else {
                assert_int_equal(rc, 0);
                Model m2 = m;
                for (int i = 0; i < k; i++)
                    m2.v[idx[i]] = -1 - i;
                assert_same(l, &m2);
            }
            kr_decref(src);
        }
        kr_decref(sl);
        kr_decref(l);
    }
}

static void test_slice_self_assign(void **state)
{
    (void)state;
    Model m = { .n = 4, .v = { 0, 1, 2, 3 } };
    KrObject *l = to_list(&m);
    KrObject *one = I(1), *two = I(2);
    KrObject *sl = kr_slice_new(one, two, NULL);
    assert_int_equal(kr_object_setitem(l, sl, l), 0);   /* a[1:2] = a */
    check_repr(l, "[0, 0, 1, 2, 3, 2, 3]");
    kr_decref(sl);
    KrObject *m1 = I(-1);
    sl = kr_slice_new(NULL, NULL, m1);
    assert_int_equal(kr_object_setitem(l, sl, l), 0);   /* a[::-1] = a */
    check_repr(l, "[3, 2, 3, 2, 1, 0, 0]");
    kr_decref(sl);
    KrObject *five = I(5);
    sl = kr_slice_new(NULL, NULL, two);
    assert_int_equal(kr_object_setitem(l, sl, five), -1);
    check_error(&kr_exc_TypeError, "must assign iterable to extended slice");
    kr_decref(sl);
    sl = kr_slice_new(NULL, NULL, NULL);
    assert_int_equal(kr_object_setitem(l, sl, five), -1);
    check_error(&kr_exc_TypeError, "can only assign an iterable");
    KrObject *zero = I(0);
    kr_decref(sl);
    sl = kr_slice_new(NULL, NULL, zero);
    assert_null(kr_object_getitem(l, sl));
    check_error(&kr_exc_ValueError, "slice step cannot be zero");
    kr_decref(sl);
    kr_decref(zero);
    kr_decref(five);
    kr_decref(m1);
    kr_decref(one);
    kr_decref(two);
    kr_decref(l);
}

/* ---------------------------------------------------------------------- */
/* Methods and errors                                                     */
/* ---------------------------------------------------------------------- */

static KrObject *call(KrObject *self, const char *name, int nargs, ...)
{
    KrObject *args[4];
    va_list ap;
    va_start(ap, nargs);
    for (int i = 0; i < nargs; i++)
        args[i] = va_arg(ap, KrObject *);
    va_end(ap);
    return kr_call_method(self, kr_str_intern_cstr(name), args, nargs, NULL);
}

static void test_methods_and_messages(void **state)
{
    (void)state;
    KrObject *l = kr_list_new(0);
    KrObject *x;
    assert_null(call(l, "pop", 0));
    check_error(&kr_exc_IndexError, "pop from empty list");
    for (int i = 0; i < 5; i++) {
        KrObject *v = I(i);
        kr_list_append(l, v);
        kr_decref(v);
    }
    KrObject *seven = I(7), *m1 = I(-1), *two = I(2), *nine = I(9);
    assert_null(call(l, "pop", 1, seven));
    check_error(&kr_exc_IndexError, "pop index out of range");
    assert_null(call(l, "remove", 1, nine));
    check_error(&kr_exc_ValueError, "list.remove(x): x not in list");
    assert_null(call(l, "index", 1, nine));
    check_error(&kr_exc_ValueError, "9 is not in list");
    assert_null(kr_object_getitem(l, seven));
    check_error(&kr_exc_IndexError, "list index out of range");
    assert_int_equal(kr_object_setitem(l, seven, seven), -1);
    check_error(&kr_exc_IndexError, "list assignment index out of range");
    KrObject *t = kr_tuple_new(0);
    assert_null(kr_number_binop(l, t, KR_NB_ADD));
    check_error(&kr_exc_TypeError, "can only concatenate list (not \"tuple\") to list");
    x = call(l, "pop", 1, m1);
    assert_int_equal(ival(x), 4);
    kr_decref(x);
    x = call(l, "insert", 2, m1, seven);      /* before the last */
    kr_decref(x);
    check_repr(l, "[0, 1, 2, 7, 3]");
    x = call(l, "index", 1, seven);
    assert_int_equal(ival(x), 3);
    kr_decref(x);
    x = call(l, "count", 1, two);
    assert_int_equal(ival(x), 1);
    kr_decref(x);
    x = call(l, "reverse", 0);
    kr_decref(x);
    check_repr(l, "[3, 7, 2, 1, 0]");
    assert_int_equal(kr_sequence_contains(l, seven), 1);
    assert_int_equal(kr_sequence_contains(l, nine), 0);
    x = kr_number_binop(l, two, KR_NB_MULTIPLY);
    check_repr(x, "[3, 7, 2, 1, 0, 3, 7, 2, 1, 0]");
    kr_decref(x);
    x = kr_number_binop(l, t, KR_NB_INPLACE_ADD);     /* += takes any iterable */
    assert_ptr_equal(x, l);
    kr_decref(x);
    x = call(l, "clear", 0);
    kr_decref(x);
    check_repr(l, "[]");
    kr_decref(t);
    kr_decref(seven);
    kr_decref(m1);
    kr_decref(two);
    kr_decref(nine);
    kr_decref(l);
}

/* ---------------------------------------------------------------------- */
/* repr and deallocation                                                  */
/* ---------------------------------------------------------------------- */

static void test_repr_nested_recursive(void **state)
{
    (void)state;
    KrObject *inner = kr_list_new(0), *l = kr_list_new(0);
    KrObject *one = I(1), *two = I(2);
    kr_list_append(inner, two);
    kr_list_append(l, one);
    kr_list_append(l, inner);
    check_repr(l, "[1, [2]]");
    kr_list_append(l, l);
    check_repr(l, "[1, [2], [...]]");
    kr_list_append(inner, l);
    check_repr(inner, "[2, [1, [...], [...]]]");
    /* Break the cycles so the memory goes. */
    KrObject *clr = call(l, "clear", 0);
    kr_decref(clr);
    clr = call(inner, "clear", 0);
    kr_decref(clr);
    kr_decref(inner);
    kr_decref(l);
    kr_decref(one);
    kr_decref(two);
}

static void test_repr_too_deep(void **state)
{
    (void)state;
    KrObject *cur = kr_list_new(0);
    for (int i = 0; i < 100000; i++) {
        KrObject *l = kr_list_new(1);
        KR_LIST_SET(l, 0, cur);
        cur = l;
    }
    KrObject *r = kr_object_repr(cur);
    assert_null(r);
    assert_true(kr_err_matches_type(&kr_exc_RecursionError));
    kr_err_clear();
    kr_decref(cur);
}

static void test_free_deep_nesting(void **state)
{
    (void)state;
    KrObject *cur = kr_list_new(0);
    for (int i = 0; i < 100000; i++) {
        KrObject *l = kr_list_new(0);
        kr_list_append(l, cur);
        kr_decref(cur);
        cur = l;
    }
    kr_decref(cur);                           /* must not overflow the C stack */
    /* Mixed list/tuple chains too. */
    cur = kr_list_new(0);
    for (int i = 0; i < 100000; i++) {
        KrObject *c = i % 2 ? kr_list_new(1) : kr_tuple_new(1);
        if (i % 2)
            KR_LIST_SET(c, 0, cur);
        else
            KR_TUPLE_SET(c, 0, cur);
        cur = c;
    }
    kr_decref(cur);
    assert_null(kr_err_occurred());
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_growth_matches_cpython),
        cmocka_unit_test(test_sort_stability_keys),
        cmocka_unit_test(test_sort_ints_shapes),
        cmocka_unit_test(test_sort_strs_and_floats),
        cmocka_unit_test(test_sort_type_error_keeps_items),
        cmocka_unit_test(test_sort_detects_mutation),
        cmocka_unit_test(test_slices_random),
        cmocka_unit_test(test_slice_self_assign),
        cmocka_unit_test(test_methods_and_messages),
        cmocka_unit_test(test_repr_nested_recursive),
        cmocka_unit_test(test_repr_too_deep),
        cmocka_unit_test(test_free_deep_nesting),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
