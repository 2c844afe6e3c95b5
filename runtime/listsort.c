/*
 * listsort.c -- list.sort(): a stable, adaptive merge sort after timsort.
 *
 * Outline.  The array is cut into "runs": maximal ascending stretches
 * (a[i] <= a[i+1]) or strictly descending ones, which are reversed in place
 * (strictness keeps that stable).  Runs shorter than minrun (32..64,
 * chosen so n/minrun is a power of two or just under) are extended with a
 * binary insertion sort.  Runs are pushed on a stack and merged in the
 * order powersort prescribes: each boundary between two runs gets a
 * "power", the level at which that boundary would sit in a perfectly
 * balanced merge tree over the whole array, and runs below the top are
 * merged while their power exceeds the new boundary's.  This keeps merges
 * balanced, the stack O(log n) deep, and adapts to existing order.
 *
 * A merge first skips the prefix of A that is already <= B[0] and the
 * suffix of B that is already >= A[last] (galloping searches); then it
 * merges the rest through a temporary copy of the shorter run, from the
 * left or from the right.  While one run keeps winning (min_gallop times
 * in a row, a threshold that adapts to how well galloping pays), the merge
 * switches to galloping: exponential then binary search for how many
 * elements to move in one block.
 *
 * These choices follow CPython 3.11's list.sort step for step, so a key
 * or __lt__ with side effects sees the same calls in the same order.
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
    int power;                      /* powersort boundary depth (see powerloop) */
} Run;

typedef struct MergeState MergeState;
typedef int (*lt_func)(MergeState *ms, KrObject *a, KrObject *b);   /* 1, 0 or -1 */

struct MergeState {
    lt_func lt;
    lt_func tuple_first_lt;         /* for lt_tuple: the first items' "<" */
    Slice a;                        /* the whole array */
    KrObject **tmp;                 /* temp keys, then as many temp values */
    Kr_ssize_t tmp_alloc;
    Kr_ssize_t listlen;
    Kr_ssize_t min_gallop;          /* adaptive galloping threshold */
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

/* ---------------------------------------------------------------------- */
/* Galloping search                                                       */
/* ---------------------------------------------------------------------- */

/* Both searches start at a[hint] and probe at offsets 1, 3, 7, 15, ...
 * away from it until they bracket the answer, then binary-search the
 * bracket: O(log d) comparisons when the answer is d away from the hint.
 *
 * gallop_left: the k in 0..n with a[k-1] < key <= a[k] (key goes before
 * its equals).  gallop_right: a[k-1] <= key < a[k] (after its equals). */
static Kr_ssize_t gallop_left(MergeState *ms, KrObject *key, KrObject **a, Kr_ssize_t n,
                              Kr_ssize_t hint)
{
    Kr_ssize_t lastofs = 0, ofs = 1, lo, hi;
    int c = ms->lt(ms, a[hint], key);
    if (c < 0)
        return -1;
    if (c) {
        /* a[hint] < key: probe rightwards. */
        Kr_ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            c = ms->lt(ms, a[hint + ofs], key);
            if (c < 0)
                return -1;
            if (!c)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lo = hint + lastofs;
        hi = hint + ofs;
    } else {
        /* key <= a[hint]: probe leftwards. */
        Kr_ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            c = ms->lt(ms, a[hint - ofs], key);
            if (c < 0)
                return -1;
            if (c)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lo = hint - ofs;
        hi = hint - lastofs;
    }
    /* a[lo] < key <= a[hi] (a[-1] = -inf, a[n] = +inf). */
    lo++;
    while (lo < hi) {
        Kr_ssize_t m = lo + ((hi - lo) >> 1);
        c = ms->lt(ms, a[m], key);
        if (c < 0)
            return -1;
        if (c)
            lo = m + 1;
        else
            hi = m;
    }
    return hi;
}

static Kr_ssize_t gallop_right(MergeState *ms, KrObject *key, KrObject **a, Kr_ssize_t n,
                               Kr_ssize_t hint)
{
    Kr_ssize_t lastofs = 0, ofs = 1, lo, hi;
    int c = ms->lt(ms, key, a[hint]);
    if (c < 0)
        return -1;
    if (c) {
        /* key < a[hint]: probe leftwards. */
        Kr_ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            c = ms->lt(ms, key, a[hint - ofs]);
            if (c < 0)
                return -1;
            if (!c)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lo = hint - ofs;
        hi = hint - lastofs;
    } else {
        /* a[hint] <= key: probe rightwards. */
        Kr_ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            c = ms->lt(ms, key, a[hint + ofs]);
            if (c < 0)
                return -1;
            if (c)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lo = hint + lastofs;
        hi = hint + ofs;
    }
    /* a[lo] <= key < a[hi]. */
    lo++;
    while (lo < hi) {
        Kr_ssize_t m = lo + ((hi - lo) >> 1);
        c = ms->lt(ms, key, a[m]);
        if (c < 0)
            return -1;
        if (c)
            hi = m;
        else
            lo = m + 1;
    }
    return hi;
}

/* ---------------------------------------------------------------------- */
/* Moving elements: keys are addressed by pointer; the matching value (if   */
/* any) lives at the same offset in the parallel array.                   */
/* ---------------------------------------------------------------------- */

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

static inline KrObject **value_of(MergeState *ms, KrObject **kp)
{
    if (kp >= ms->tmp && kp < ms->tmp + ms->tmp_alloc)
        return ms->tmp + ms->tmp_alloc + (kp - ms->tmp);
    return ms->a.values + (kp - ms->a.keys);
}

static inline void move_n(MergeState *ms, KrObject **dst, KrObject **src, Kr_ssize_t n)
{
    if (n <= 0)
        return;
    memmove(dst, src, sizeof(KrObject *) * (size_t)n);
    if (ms->a.values)
        memmove(value_of(ms, dst), value_of(ms, src), sizeof(KrObject *) * (size_t)n);
}

static inline void move_1(MergeState *ms, KrObject **dst, KrObject **src)
{
    *dst = *src;
    if (ms->a.values)
        *value_of(ms, dst) = *value_of(ms, src);
}

/* ---------------------------------------------------------------------- */
/* Merging                                                                */
/* ---------------------------------------------------------------------- */

#define MIN_GALLOP 7

/* Merges the adjacent runs a (na items) and b (nb items, b == a + na),
 * na <= nb, with a copied out to the temp area.  merge_at guarantees
 * b[0] < a[0] and a[na-1] > every b, so b[0] moves first without a
 * comparison and a's last element ends the merge. */
static int merge_lo(MergeState *ms, KrObject **pa, Kr_ssize_t na, KrObject **pb, Kr_ssize_t nb)
{
    if (ensure_tmp(ms, na) < 0)
        return -1;
    KrObject **dest = pa;
    move_n(ms, ms->tmp, pa, na);
    pa = ms->tmp;
    int result = -1;
    Kr_ssize_t k, min_gallop = ms->min_gallop;

    move_1(ms, dest++, pb++);
    if (--nb == 0)
        goto succeed;
    if (na == 1)
        goto copy_b;
    for (;;) {
        Kr_ssize_t acount = 0, bcount = 0;   /* consecutive wins */
        /* One pair at a time until one side keeps winning. */
        for (;;) {
            int c = ms->lt(ms, *pb, *pa);
            if (c < 0)
                goto fail;
            if (c) {
                move_1(ms, dest++, pb++);
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            } else {
                move_1(ms, dest++, pa++);
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto copy_b;
                if (acount >= min_gallop)
                    break;
            }
        }
        /* Galloping: move whole stretches while that keeps paying off;
         * min_gallop adapts to how well it has been paying. */
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, *pb, pa, na, 0);
            if (k < 0)
                goto fail;
            acount = k;
            if (k) {
                move_n(ms, dest, pa, k);
                dest += k;
                pa += k;
                na -= k;
                if (na == 1)
                    goto copy_b;
                /* Only an inconsistent comparison can empty a here. */
                if (na == 0)
                    goto succeed;
            }
            move_1(ms, dest++, pb++);
            if (--nb == 0)
                goto succeed;
            k = gallop_left(ms, *pa, pb, nb, 0);
            if (k < 0)
                goto fail;
            bcount = k;
            if (k) {
                move_n(ms, dest, pb, k);
                dest += k;
                pb += k;
                nb -= k;
                if (nb == 0)
                    goto succeed;
            }
            move_1(ms, dest++, pa++);
            if (--na == 1)
                goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;               /* leaving gallop mode costs a little */
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    /* What is left of a fills the gap, which is exactly its size. */
    move_n(ms, dest, pa, na);
    return result;
copy_b:
    /* a's last element goes after everything left in b. */
    move_n(ms, dest, pb, nb);
    move_1(ms, dest + nb, pa);
    return 0;
}

/* The mirror image for na > nb: b is copied out and the merge runs from
 * the right ends; a's last element moves first without a comparison and
 * b's first element ends the merge. */
static int merge_hi(MergeState *ms, KrObject **pa, Kr_ssize_t na, KrObject **pb, Kr_ssize_t nb)
{
    if (ensure_tmp(ms, nb) < 0)
        return -1;
    KrObject **basea = pa, **baseb = ms->tmp;
    KrObject **dest = pb + nb - 1;
    move_n(ms, ms->tmp, pb, nb);
    pb = ms->tmp + nb - 1;          /* the last of b */
    pa += na - 1;                   /* the last of a */
    int result = -1;
    Kr_ssize_t k, min_gallop = ms->min_gallop;

    move_1(ms, dest--, pa--);
    if (--na == 0)
        goto succeed;
    if (nb == 1)
        goto copy_a;
    for (;;) {
        Kr_ssize_t acount = 0, bcount = 0;
        for (;;) {
            int c = ms->lt(ms, *pb, *pa);
            if (c < 0)
                goto fail;
            if (c) {
                move_1(ms, dest--, pa--);
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            } else {
                move_1(ms, dest--, pb--);
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bcount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            k = gallop_right(ms, *pb, basea, na, na - 1);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                dest -= k;
                pa -= k;
                move_n(ms, dest + 1, pa + 1, k);
                na -= k;
                if (na == 0)
                    goto succeed;
            }
            move_1(ms, dest--, pb--);
            if (--nb == 1)
                goto copy_a;
            k = gallop_left(ms, *pa, baseb, nb, nb - 1);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest -= k;
                pb -= k;
                move_n(ms, dest + 1, pb + 1, k);
                nb -= k;
                if (nb == 1)
                    goto copy_a;
                if (nb == 0)
                    goto succeed;
            }
            move_1(ms, dest--, pa--);
            if (--na == 0)
                goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    /* What is left of b (its first nb items) fills the gap below dest. */
    move_n(ms, dest - (nb - 1), baseb, nb);
    return result;
copy_a:
    /* b's first element goes before everything left in a. */
    move_n(ms, dest - na + 1, pa - na + 1, na);
    dest -= na;
    pa -= na;
    move_1(ms, dest, pb);
    return 0;
}

/* Merges pending runs i and i+1. */
static int merge_at(MergeState *ms, int i)
{
    KrObject **pa = ms->a.keys + ms->pending[i].base;
    Kr_ssize_t na = ms->pending[i].len;
    KrObject **pb = ms->a.keys + ms->pending[i + 1].base;
    Kr_ssize_t nb = ms->pending[i + 1].len;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3)
        ms->pending[i + 1] = ms->pending[i + 2];
    ms->n--;
    /* Elements of a that are <= b[0] are already in place. */
    Kr_ssize_t k = gallop_right(ms, *pb, pa, na, 0);
    if (k < 0)
        return -1;
    pa += k;
    na -= k;
    if (na == 0)
        return 0;
    /* Elements of b that are >= a[last] are already in place. */
    nb = gallop_left(ms, pa[na - 1], pb, nb, nb - 1);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(ms, pa, na, pb, nb) : merge_hi(ms, pa, na, pb, nb);
}

/* Powersort's merge order: a run's "power" is the depth in a perfectly
 * balanced merge tree over the whole array at which the boundary between
 * it and the next run would sit; the first bit where the binary
 * expansions of the two runs' midpoints (as fractions of n) differ. */
static int powerloop(Kr_ssize_t s1, Kr_ssize_t n1, Kr_ssize_t n2, Kr_ssize_t n)
{
    int result = 0;
    Kr_ssize_t a = 2 * s1 + n1;     /* twice the midpoints, to stay integral */
    Kr_ssize_t b = a + n1 + n2;
    for (;;) {
        result++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A new run of n2 items follows the top of the stack: merge while the
 * run below the top has a greater power than the new boundary. */
static int found_new_run(MergeState *ms, Kr_ssize_t n2)
{
    if (ms->n == 0)
        return 0;
    Run *p = ms->pending;
    Kr_ssize_t s1 = p[ms->n - 1].base, n1 = p[ms->n - 1].len;
    int power = powerloop(s1, n1, n2, ms->listlen);
    while (ms->n > 1 && p[ms->n - 2].power > power) {
        if (merge_at(ms, ms->n - 2) < 0)
            return -1;
    }
    p[ms->n - 1].power = power;
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
    ms->listlen = n;
    ms->min_gallop = MIN_GALLOP;
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
        if (found_new_run(ms, nrun) < 0)
            return -1;
        if (ms->n >= MAX_MERGE_PENDING) {
            kr_err_set_string(&kr_exc_SystemError, "list.sort: merge stack overflow");
            return -1;
        }
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = nrun;
        ms->n++;
        lo += nrun;
        remaining -= nrun;
    } while (remaining);
    return merge_force_collapse(ms);
}

/* ---------------------------------------------------------------------- */
/* Entry point                                                            */
/* ---------------------------------------------------------------------- */

/* list.c: frees an items array (knows its static "no slots" dummy). */
void kr_list_free_items(KrObject **items);

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
        kr_list_free_items(final_items);
    }
    return result;
}
