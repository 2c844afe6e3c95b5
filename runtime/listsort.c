/*
 * listsort.c -- list.sort(): a stable, adaptive merge sort after timsort.
 *
 * Outline.  The array is cut into "runs": maximal ascending stretches
 * (a[i] <= a[i+1]) or strictly descending ones, which are reversed in place
 * (strictness keeps that stable).  Runs shorter than minrun (32..64,
 * chosen so n/minrun is a power of two or just under) are extended with a
 * binary insertion sort.  Runs are pushed on a stack and merged while the
 * classic timsort invariants fail:
 *     len[i-2] > len[i-1] + len[i]   and   len[i-1] > len[i]
 * (checked on the top four entries, the corrected form), which keeps the
 * merges balanced and the stack O(log n) deep.  Each merge first trims the
 * prefix of A that is already <= B[0] and the suffix of B that is already
 * >= A[last] by binary search -- on presorted or nearly sorted data most
 * merges vanish there -- then merges the rest through a temporary copy of
 * the shorter run, from the left or from the right.
 *
 * Stability: equal elements never cross.  Insertion places a pivot after
 * its equals; a merge takes from the left run unless the right element is
 * strictly smaller.  Only "<" is ever asked (kr_object_richcompare_bool
 * with KR_LT), as CPython does, so __lt__ alone suffices.
 *
 * Keys.  With key=, the key function is called exactly once per element
 * (in order) before any comparison; keys and values then move in lockstep
 * (a "slice" is a pair of parallel arrays).  reverse=True is done by
 * reversing, sorting stably, and reversing again, which keeps equal
 * elements in their original order, as the language requires.
 *
 * Mutation.  During the sort the list is emptied (items NULL, size 0,
 * allocated -1) so Python code run by comparisons sees an empty list and
 * cannot corrupt the array being sorted; anything it puts there is thrown
 * away, and if allocated is no longer -1 afterwards "list modified during
 * sort" is raised.  When a comparison raises, the merge in progress puts
 * its temporary elements back, so the list is still a permutation of its
 * elements (partly sorted) -- nothing is lost or duplicated.
 *
 * Comparisons are specialised once per sort when all keys share one type:
 * exact small ints, exact floats and exact strs compare in C.
 */
#include "krait.h"

#define MAX_MERGE_PENDING 85

typedef struct {
    KrObject **keys;
    KrObject **values;              /* NULL when the keys are the values */
} Slice;

typedef struct {
    Kr_ssize_t base, len;
} Run;

typedef struct MergeState MergeState;
typedef int (*lt_func)(MergeState *ms, KrObject *a, KrObject *b);   /* 1, 0 or -1 */

struct MergeState {
    lt_func lt;
    lt_func tuple_first_lt;         /* for lt_tuple: the first items' "<" */
    Slice a;                        /* the whole array */
    KrObject **tmp;                 /* temp keys (and values after them) */
    Kr_ssize_t tmp_alloc;
    int n;                          /* pending runs */
    Run pending[MAX_MERGE_PENDING];
};

/* ---------------------------------------------------------------------- */
/* Comparisons                                                            */
/* ---------------------------------------------------------------------- */

static int lt_generic(MergeState *ms, KrObject *a, KrObject *b)
{
    return kr_object_richcompare_bool(a, b, KR_LT);
}

static int lt_small_int(MergeState *ms, KrObject *a, KrObject *b)
{
    return kr_int_small_value(a) < kr_int_small_value(b);
}

static int lt_float(MergeState *ms, KrObject *a, KrObject *b)
{
    return KR_FLOAT_VALUE(a) < KR_FLOAT_VALUE(b);
}

static int lt_str(MergeState *ms, KrObject *a, KrObject *b)
{
    return kr_str_compare(a, b) < 0;
}

/* a == b (eq) or a < b for one pair of items inside tuples: C for two
 * exact small ints or two exact strs, the full protocol otherwise. */
static int item_cmp(KrObject *a, KrObject *b, int op)
{
    if (KR_INT_CHECK_EXACT(a) && KR_INT_CHECK_EXACT(b) && kr_int_is_small(a)
        && kr_int_is_small(b)) {
        int64_t x = kr_int_small_value(a), y = kr_int_small_value(b);
        return op == KR_EQ ? x == y : x < y;
    }
    if (KR_STR_CHECK_EXACT(a) && KR_STR_CHECK_EXACT(b))
        return op == KR_EQ ? kr_str_eq(a, b) : kr_str_compare(a, b) < 0;
    return kr_object_richcompare_bool(a, b, op);
}

/* Tuples: as tuple comparison, with the first items (the ones that decide
 * almost every comparison) compared by the specialised function. */
static int lt_tuple(MergeState *ms, KrObject *a, KrObject *b)
{
    Kr_ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    Kr_ssize_t n = na < nb ? na : nb, i;
    if (n > 0 && ms->tuple_first_lt != lt_generic) {
        KrObject *x = KR_TUPLE_GET(a, 0), *y = KR_TUPLE_GET(b, 0);
        int eq;
        if (x == y)
            eq = 1;
        else if (ms->tuple_first_lt == lt_small_int)
            eq = kr_int_small_value(x) == kr_int_small_value(y);
        else if (ms->tuple_first_lt == lt_float)
            eq = KR_FLOAT_VALUE(x) == KR_FLOAT_VALUE(y);
        else
            eq = kr_str_eq(x, y);
        if (!eq)
            return ms->tuple_first_lt(ms, x, y);
        i = 1;
    } else {
        i = 0;
    }
    for (; i < n; i++) {
        int k = item_cmp(KR_TUPLE_GET(a, i), KR_TUPLE_GET(b, i), KR_EQ);
        if (k < 0)
            return -1;
        if (!k)
            break;
    }
    if (i >= n)
        return na < nb;
    if (i == 0)
        return ms->tuple_first_lt(ms, KR_TUPLE_GET(a, 0), KR_TUPLE_GET(b, 0));
    return item_cmp(KR_TUPLE_GET(a, i), KR_TUPLE_GET(b, i), KR_LT);
}

/* The "<" for n objects all of exactly one of the specialised types, or
 * lt_generic.  Only exact types qualify: a subclass may override __lt__. */
static lt_func homogeneous_lt(KrObject **objs, Kr_ssize_t n, Kr_ssize_t stride_item)
{
    KrObject *first = stride_item < 0 ? objs[0] : KR_TUPLE_GET(objs[0], 0);
    KrType *t = KR_TYPE(first);
    if (t != &kr_int_type && t != &kr_float_type && t != &kr_str_type)
        return lt_generic;
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *o = stride_item < 0 ? objs[i] : KR_TUPLE_GET(objs[i], 0);
        if (KR_TYPE(o) != t)
            return lt_generic;
        if (t == &kr_int_type && !kr_int_is_small(o))
            return lt_generic;
    }
    return t == &kr_int_type ? lt_small_int : t == &kr_float_type ? lt_float : lt_str;
}

static void choose_compare(MergeState *ms, KrObject **keys, Kr_ssize_t n)
{
    ms->lt = lt_generic;
    ms->tuple_first_lt = lt_generic;
    if (n < 2)
        return;
    KrType *t = KR_TYPE(keys[0]);
    for (Kr_ssize_t i = 0; i < n; i++)
        if (KR_TYPE(keys[i]) != t)
            return;
    if (t == &kr_tuple_type) {
        for (Kr_ssize_t i = 0; i < n; i++)
            if (KR_SIZE(keys[i]) == 0)
                return;
        ms->tuple_first_lt = homogeneous_lt(keys, n, 0);
        ms->lt = lt_tuple;
        return;
    }
    ms->lt = homogeneous_lt(keys, n, -1);
}

/* ---------------------------------------------------------------------- */
/* Small pieces                                                           */
/* ---------------------------------------------------------------------- */

static void reverse_range(KrObject **lo, KrObject **hi)
{
    for (hi--; lo < hi; lo++, hi--) {
        KrObject *t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static void reverse_slice(Slice *s, Kr_ssize_t lo, Kr_ssize_t hi)
{
    reverse_range(s->keys + lo, s->keys + hi);
    if (s->values)
        reverse_range(s->values + lo, s->values + hi);
}

/* Sorts [lo, hi) given that [lo, start) is already sorted. */
static int binary_insertion(MergeState *ms, Kr_ssize_t lo, Kr_ssize_t hi, Kr_ssize_t start)
{
    KrObject **k = ms->a.keys, **v = ms->a.values;
    if (start == lo)
        start++;
    for (; start < hi; start++) {
        KrObject *pivot = k[start];
        Kr_ssize_t l = lo, r = start;
        /* Invariant: k[lo:l] <= pivot < k[r:start]. */
        while (l < r) {
            Kr_ssize_t m = l + ((r - l) >> 1);
            int c = ms->lt(ms, pivot, k[m]);
            if (c < 0)
                return -1;
            if (c)
                r = m;
            else
                l = m + 1;
        }
        memmove(k + l + 1, k + l, sizeof(KrObject *) * (size_t)(start - l));
        k[l] = pivot;
        if (v) {
            KrObject *pv = v[start];
            memmove(v + l + 1, v + l, sizeof(KrObject *) * (size_t)(start - l));
            v[l] = pv;
        }
    }
    return 0;
}

/* Length of the run starting at lo (hi exclusive); *descending set when it
 * is strictly descending. */
static Kr_ssize_t count_run(MergeState *ms, Kr_ssize_t lo, Kr_ssize_t hi, int *descending)
{
    KrObject **k = ms->a.keys;
    *descending = 0;
    if (lo + 1 == hi)
        return 1;
    Kr_ssize_t i = lo + 1;
    int c = ms->lt(ms, k[i], k[i - 1]);
    if (c < 0)
        return -1;
    if (c) {
        *descending = 1;
        for (i++; i < hi; i++) {
            c = ms->lt(ms, k[i], k[i - 1]);
            if (c < 0)
                return -1;
            if (!c)
                break;
        }
    } else {
        for (i++; i < hi; i++) {
            c = ms->lt(ms, k[i], k[i - 1]);
            if (c < 0)
                return -1;
            if (c)
                break;
        }
    }
    return i - lo;
}

static Kr_ssize_t compute_minrun(Kr_ssize_t n)
{
    Kr_ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Number of elements of k[0:n] that are <= key (insert after equals). */
static Kr_ssize_t bisect_right(MergeState *ms, KrObject *key, KrObject **k, Kr_ssize_t n)
{
    Kr_ssize_t l = 0, r = n;
    while (l < r) {
        Kr_ssize_t m = l + ((r - l) >> 1);
        int c = ms->lt(ms, key, k[m]);
        if (c < 0)
            return -1;
        if (c)
            r = m;
        else
            l = m + 1;
    }
    return l;
}

/* Number of elements of k[0:n] that are < key. */
static Kr_ssize_t bisect_left(MergeState *ms, KrObject *key, KrObject **k, Kr_ssize_t n)
{
    Kr_ssize_t l = 0, r = n;
    while (l < r) {
        Kr_ssize_t m = l + ((r - l) >> 1);
        int c = ms->lt(ms, k[m], key);
        if (c < 0)
            return -1;
        if (c)
            l = m + 1;
        else
            r = m;
    }
    return l;
}

static int ensure_tmp(MergeState *ms, Kr_ssize_t need)
{
    if (need <= ms->tmp_alloc)
        return 0;
    size_t per = ms->a.values ? 2 : 1;
    KrObject **p = kr_mem_realloc(ms->tmp, sizeof(KrObject *) * per * (size_t)need);
    if (p == NULL) {
        kr_err_no_memory();
        return -1;
    }
    ms->tmp = p;
    ms->tmp_alloc = need;
    return 0;
}

#define MOVE(dst, src, n) memmove((dst), (src), sizeof(KrObject *) * (size_t)(n))

/* Merges a = [pa, pa+na) and b = [pb = pa+na, pb+nb), na <= nb, by copying
 * a out and filling from the left. */
static int merge_lo(MergeState *ms, Kr_ssize_t pa, Kr_ssize_t na, Kr_ssize_t nb)
{
    if (ensure_tmp(ms, na) < 0)
        return -1;
    KrObject **k = ms->a.keys, **v = ms->a.values;
    KrObject **tk = ms->tmp, **tv = ms->tmp + na;
    MOVE(tk, k + pa, na);
    if (v)
        MOVE(tv, v + pa, na);
    Kr_ssize_t dest = pa, ia = 0, ib = pa + na, endb = pa + na + nb;
    int result = 0;
    while (ia < na && ib < endb) {
        int c = ms->lt(ms, k[ib], tk[ia]);
        if (c < 0) {
            result = -1;
            break;
        }
        if (c) {
            k[dest] = k[ib];
            if (v)
                v[dest] = v[ib];
            ib++;
        } else {
            k[dest] = tk[ia];
            if (v)
                v[dest] = tv[ia];
            ia++;
        }
        dest++;
    }
    /* What is left of a goes into the gap, which is exactly its size. */
    MOVE(k + dest, tk + ia, na - ia);
    if (v)
        MOVE(v + dest, tv + ia, na - ia);
    return result;
}

/* Same with nb < na: b is copied out and the merge fills from the right. */
static int merge_hi(MergeState *ms, Kr_ssize_t pa, Kr_ssize_t na, Kr_ssize_t nb)
{
    if (ensure_tmp(ms, nb) < 0)
        return -1;
    KrObject **k = ms->a.keys, **v = ms->a.values;
    KrObject **tk = ms->tmp, **tv = ms->tmp + nb;
    Kr_ssize_t pb = pa + na;
    MOVE(tk, k + pb, nb);
    if (v)
        MOVE(tv, v + pb, nb);
    Kr_ssize_t dest = pb + nb - 1, ia = pb - 1, ib = nb - 1;
    int result = 0;
    while (ia >= pa && ib >= 0) {
        int c = ms->lt(ms, tk[ib], k[ia]);
        if (c < 0) {
            result = -1;
            break;
        }
        if (c) {
            k[dest] = k[ia];
            if (v)
                v[dest] = v[ia];
            ia--;
        } else {
            k[dest] = tk[ib];
            if (v)
                v[dest] = tv[ib];
            ib--;
        }
        dest--;
    }
    /* The gap is [ia+1, dest]: exactly the ib+1 elements of b left. */
    MOVE(k + ia + 1, tk, ib + 1);
    if (v)
        MOVE(v + ia + 1, tv, ib + 1);
    return result;
}

static int merge_at(MergeState *ms, int i)
{
    Kr_ssize_t pa = ms->pending[i].base, na = ms->pending[i].len;
    Kr_ssize_t pb = ms->pending[i + 1].base, nb = ms->pending[i + 1].len;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3)
        ms->pending[i + 1] = ms->pending[i + 2];
    ms->n--;
    KrObject **k = ms->a.keys;
    /* Elements of a that are <= b[0] are already in place. */
    Kr_ssize_t skip = bisect_right(ms, k[pb], k + pa, na);
    if (skip < 0)
        return -1;
    pa += skip;
    na -= skip;
    if (na == 0)
        return 0;
    /* Elements of b that are >= a[last] are already in place. */
    nb = bisect_left(ms, k[pa + na - 1], k + pb, nb);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(ms, pa, na, nb) : merge_hi(ms, pa, na, nb);
}

static int merge_collapse(MergeState *ms)
{
    Run *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len)
            || (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
            if (p[n - 1].len < p[n + 1].len)
                n--;
            if (merge_at(ms, n) < 0)
                return -1;
        } else if (p[n].len <= p[n + 1].len) {
            if (merge_at(ms, n) < 0)
                return -1;
        } else {
            break;
        }
    }
    return 0;
}

static int merge_force_collapse(MergeState *ms)
{
    Run *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len)
            n--;
        if (merge_at(ms, n) < 0)
            return -1;
    }
    return 0;
}

static int sort_slice(MergeState *ms, Kr_ssize_t n)
{
    if (n < 2)
        return 0;
    Kr_ssize_t minrun = compute_minrun(n);
    Kr_ssize_t lo = 0, remaining = n;
    do {
        int desc;
        Kr_ssize_t nrun = count_run(ms, lo, lo + remaining, &desc);
        if (nrun < 0)
            return -1;
        if (desc)
            reverse_slice(&ms->a, lo, lo + nrun);
        if (nrun < minrun) {
            Kr_ssize_t force = remaining <= minrun ? remaining : minrun;
            if (binary_insertion(ms, lo, lo + force, lo + nrun) < 0)
                return -1;
            nrun = force;
        }
        if (ms->n >= MAX_MERGE_PENDING) {
            kr_err_set_string(&kr_exc_SystemError, "list.sort: merge stack overflow");
            return -1;
        }
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = nrun;
        ms->n++;
        if (merge_collapse(ms) < 0)
            return -1;
        lo += nrun;
        remaining -= nrun;
    } while (remaining);
    return merge_force_collapse(ms);
}

/* ---------------------------------------------------------------------- */
/* Entry point                                                            */
/* ---------------------------------------------------------------------- */

int kr_list_sort(KrObject *l, KrObject *key, int reverse)
{
    KrList *self = (KrList *)l;
    Kr_ssize_t saved_n = KR_SIZE(self);
    KrObject **saved_items = self->items;
    Kr_ssize_t saved_alloc = self->allocated;
    self->items = NULL;
    KR_SIZE(self) = 0;
    self->allocated = -1;

    int result = 0;
    KrObject **keys = NULL;
    Kr_ssize_t nkeys = 0;
    MergeState ms;
    memset(&ms, 0, sizeof ms);

    if (key != NULL && saved_n > 0) {
        keys = kr_mem_alloc(sizeof(KrObject *) * (size_t)saved_n);
        if (keys == NULL) {
            kr_err_no_memory();
            result = -1;
            goto restore;
        }
        for (; nkeys < saved_n; nkeys++) {
            keys[nkeys] = kr_call1(key, saved_items[nkeys]);
            if (keys[nkeys] == NULL) {
                result = -1;
                goto restore;
            }
        }
        ms.a.keys = keys;
        ms.a.values = saved_items;
    } else {
        ms.a.keys = saved_items;
        ms.a.values = NULL;
    }
    choose_compare(&ms, ms.a.keys, saved_n);
    if (reverse && saved_n > 1)
        reverse_slice(&ms.a, 0, saved_n);
    result = sort_slice(&ms, saved_n);
    if (reverse && saved_n > 1)
        reverse_slice(&ms.a, 0, saved_n);

restore:
    kr_mem_free(ms.tmp);
    if (keys != NULL) {
        for (Kr_ssize_t i = 0; i < nkeys; i++)
            kr_decref(keys[i]);
        kr_mem_free(keys);
    }
    if (self->allocated != -1 && result == 0) {
        kr_err_set_string(&kr_exc_ValueError, "list modified during sort");
        result = -1;
    }
    /* Drop whatever comparisons put in the list meanwhile, then restore. */
    KrObject **final_items = self->items;
    Kr_ssize_t final_n = KR_SIZE(self);
    self->items = saved_items;
    KR_SIZE(self) = saved_n;
    self->allocated = saved_alloc;
    if (final_items != NULL) {
        while (--final_n >= 0)
            kr_xdecref(final_items[final_n]);
        kr_mem_free(final_items);
    }
    return result;
}
