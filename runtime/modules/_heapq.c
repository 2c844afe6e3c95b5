/*
 * _heapq.c -- C accelerators for heapq and bisect (modules _heapq and
 * _bisect; lib/heapq.py and lib/bisect.py import them over their Python
 * definitions).
 *
 * The algorithms are exactly those of the Python versions (and CPython):
 * sift the hole at pos down to a leaf choosing the smaller child, then
 * bubble the displaced item up; bisection halves [lo, hi) with `<` only.
 * So the sequence of __lt__ calls, which user classes can observe, is the
 * same.  A comparison can run arbitrary code that resizes the list, so
 * every step re-checks the size and raises "list changed size during
 * iteration" as CPython does rather than indexing out of bounds.
 */
#include "krait.h"

#define LIST_ITEMS(l) (((KrList *)(l))->items)

/* Argument Clinic words it "argument 1" only for multi-argument functions. */
static int check_list_n(KrObject *o, const char *fname, const char *argword)
{
    if (KR_TYPE(o) == &kr_list_type || kr_type_is_subtype(KR_TYPE(o), &kr_list_type))
        return 0;
    kr_err_format(&kr_exc_TypeError, "%s() %s must be list, not %s", fname, argword,
                  kr_type_name(KR_TYPE(o)));
    return -1;
}

static int check_list(KrObject *o, const char *fname)
{
    return check_list_n(o, fname, "argument 1");
}

static int check_list1(KrObject *o, const char *fname)
{
    return check_list_n(o, fname, "argument");
}

static int changed(void)
{
    kr_err_set_string(&kr_exc_RuntimeError, "list changed size during iteration");
    return -1;
}

/* a < b, or b < a for the max-heap variants */
static int less(KrObject *a, KrObject *b, int max)
{
    kr_incref(a);
    kr_incref(b);
    int r = max ? kr_object_richcompare_bool(b, a, KR_LT)
                : kr_object_richcompare_bool(a, b, KR_LT);
    kr_decref(a);
    kr_decref(b);
    return r;
}

/* Move the item at pos up towards startpos. */
static int siftdown(KrObject *heap, Kr_ssize_t startpos, Kr_ssize_t pos, int max)
{
    Kr_ssize_t size = KR_SIZE(heap);
    if (pos >= size)
        return changed();
    KrObject *newitem = LIST_ITEMS(heap)[pos];
    while (pos > startpos) {
        Kr_ssize_t parentpos = (pos - 1) >> 1;
        KrObject *parent = LIST_ITEMS(heap)[parentpos];
        int c = less(newitem, parent, max);
        if (c < 0)
            return -1;
        if (size != KR_SIZE(heap))
            return changed();
        if (c == 0)
            break;
        /* swap: the items are still the ones compared (size unchanged) */
        parent = LIST_ITEMS(heap)[parentpos];
        newitem = LIST_ITEMS(heap)[pos];
        LIST_ITEMS(heap)[parentpos] = newitem;
        LIST_ITEMS(heap)[pos] = parent;
        pos = parentpos;
    }
    return 0;
}

static int siftup(KrObject *heap, Kr_ssize_t pos, int max)
{
    Kr_ssize_t endpos = KR_SIZE(heap);
    Kr_ssize_t startpos = pos;
    if (pos >= endpos)
        return changed();
    Kr_ssize_t limit = endpos >> 1;
    while (pos < limit) {
        Kr_ssize_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int c = less(LIST_ITEMS(heap)[childpos], LIST_ITEMS(heap)[childpos + 1], max);
            if (c < 0)
                return -1;
            childpos += (c == 0);
            if (endpos != KR_SIZE(heap))
                return changed();
        }
        KrObject *tmp = LIST_ITEMS(heap)[childpos];
        LIST_ITEMS(heap)[childpos] = LIST_ITEMS(heap)[pos];
        LIST_ITEMS(heap)[pos] = tmp;
        pos = childpos;
    }
    return siftdown(heap, startpos, pos, max);
}

static KrObject *heappush(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("heappush", nargs, 2, 2) < 0 || check_list(args[0], "heappush") < 0)
        return NULL;
    if (kr_list_append(args[0], args[1]) < 0)
        return NULL;
    if (siftdown(args[0], 0, KR_SIZE(args[0]) - 1, 0) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *pop_common(KrObject *heap, const char *fname, int max)
{
    if (check_list1(heap, fname) < 0)
        return NULL;
    Kr_ssize_t n = KR_SIZE(heap);
    if (n == 0) {
        kr_err_set_string(&kr_exc_IndexError, "index out of range");
        return NULL;
    }
    /* take the last item out, shrinking the list */
    KrObject *last = LIST_ITEMS(heap)[n - 1];
    kr_incref(last);
    KrObject *lo = kr_int_from_ssize(n - 1);
    KrObject *hi = kr_int_from_ssize(n);
    KrObject *sl = (lo && hi) ? kr_slice_new(lo, hi, kr_None) : NULL;
    kr_xdecref(lo);
    kr_xdecref(hi);
    if (sl == NULL || kr_object_delitem(heap, sl) < 0) {
        kr_xdecref(sl);
        kr_decref(last);
        return NULL;
    }
    kr_decref(sl);
    if (KR_SIZE(heap) == 0)
        return last;
    KrObject *result = LIST_ITEMS(heap)[0];
    LIST_ITEMS(heap)[0] = last;     /* steals our reference to last */
    if (siftup(heap, 0, max) < 0) {
        kr_decref(result);
        return NULL;
    }
    return result;
}

static KrObject *heappop(KrObject *m, KrObject *heap)
{
    return pop_common(heap, "heappop", 0);
}

static KrObject *heappop_max(KrObject *m, KrObject *heap)
{
    return pop_common(heap, "_heappop_max", 1);
}

static KrObject *replace_common(KrObject *const *args, Kr_ssize_t nargs, const char *fname,
                                int max)
{
    if (kr_check_nargs(fname, nargs, 2, 2) < 0 || check_list(args[0], fname) < 0)
        return NULL;
    KrObject *heap = args[0];
    if (KR_SIZE(heap) == 0) {
        kr_err_set_string(&kr_exc_IndexError, "index out of range");
        return NULL;
    }
    KrObject *ret = LIST_ITEMS(heap)[0];
    LIST_ITEMS(heap)[0] = kr_newref(args[1]);
    if (siftup(heap, 0, max) < 0) {
        kr_decref(ret);
        return NULL;
    }
    return ret;
}

static KrObject *heapreplace(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    return replace_common(args, nargs, "heapreplace", 0);
}

static KrObject *heapreplace_max(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    return replace_common(args, nargs, "_heapreplace_max", 1);
}

static KrObject *heappushpop(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("heappushpop", nargs, 2, 2) < 0 ||
        check_list(args[0], "heappushpop") < 0)
        return NULL;
    KrObject *heap = args[0], *item = args[1];
    if (KR_SIZE(heap) == 0)
        return kr_newref(item);
    KrObject *top = LIST_ITEMS(heap)[0];
    int c = less(top, item, 0);
    if (c < 0)
        return NULL;
    if (c == 0)
        return kr_newref(item);
    if (KR_SIZE(heap) == 0) {
        kr_err_set_string(&kr_exc_IndexError, "index out of range");
        return NULL;
    }
    KrObject *ret = LIST_ITEMS(heap)[0];
    LIST_ITEMS(heap)[0] = kr_newref(item);
    if (siftup(heap, 0, 0) < 0) {
        kr_decref(ret);
        return NULL;
    }
    return ret;
}

static KrObject *heapify_common(KrObject *heap, const char *fname, int max)
{
    if (check_list1(heap, fname) < 0)
        return NULL;
    for (Kr_ssize_t i = KR_SIZE(heap) / 2 - 1; i >= 0; i--)
        if (siftup(heap, i, max) < 0)
            return NULL;
    KR_RETURN_NONE;
}

static KrObject *heapify(KrObject *m, KrObject *heap)
{
    return heapify_common(heap, "heapify", 0);
}

static KrObject *heapify_max(KrObject *m, KrObject *heap)
{
    return heapify_common(heap, "_heapify_max", 1);
}

static const KrMethodDef heapq_functions[] = {
    { "heappush", { .fast = heappush }, KR_METH_FAST,
      "Push item onto heap, maintaining the heap invariant." },
    { "heappop", { .o = heappop }, KR_METH_O,
      "Pop the smallest item off the heap, maintaining the heap invariant." },
    { "heapreplace", { .fast = heapreplace }, KR_METH_FAST,
      "Pop and return the current smallest value, and add the new item." },
    { "heappushpop", { .fast = heappushpop }, KR_METH_FAST,
      "Push item on the heap, then pop and return the smallest item from the heap." },
    { "heapify", { .o = heapify }, KR_METH_O,
      "Transform list into a heap, in-place, in O(len(heap)) time." },
    { "_heappop_max", { .o = heappop_max }, KR_METH_O, "Maxheap variant of heappop." },
    { "_heapreplace_max", { .fast = heapreplace_max }, KR_METH_FAST,
      "Maxheap variant of heapreplace." },
    { "_heapify_max", { .o = heapify_max }, KR_METH_O, "Maxheap variant of heapify." },
    KR_METHOD_END,
};

KrObject *kr_heapq_init(void)
{
    KrObject *m = kr_module_new("_heapq");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, heapq_functions) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}

/* ---------------------------------------------------------------------- */
/* _bisect                                                                */
/* ---------------------------------------------------------------------- */

/* Parses (a, x, lo=0, hi=None, *, key=None). */
static int bisect_args(const char *fname, KrObject *const *args, Kr_ssize_t nargs,
                       KrObject *kwnames, KrObject **a, KrObject **x, Kr_ssize_t *lo,
                       Kr_ssize_t *hi, KrObject **key)
{
    static const char *const names[] = {"a", "x", "lo", "hi", "$key", NULL};
    KrObject *out[5] = {NULL, NULL, NULL, NULL, NULL};
    if (kr_parse_args(fname, args, nargs, kwnames, names, 0, 2, out) < 0)
        return -1;
    *a = out[0];
    *x = out[1];
    *key = (out[4] && out[4] != kr_None) ? out[4] : NULL;
    *lo = 0;
    if (out[2]) {
        *lo = kr_number_as_ssize(out[2], &kr_exc_OverflowError);
        if (*lo == -1 && kr_err_occurred())
            return -1;
    }
    if (*lo < 0) {
        kr_err_set_string(&kr_exc_ValueError, "lo must be non-negative");
        return -1;
    }
    if (out[3] == NULL || out[3] == kr_None) {
        *hi = kr_object_length(*a);
        if (*hi < 0)
            return -1;
    } else {
        *hi = kr_number_as_ssize(out[3], &kr_exc_OverflowError);
        if (*hi == -1 && kr_err_occurred())
            return -1;
    }
    return 0;
}

/* right: bisect_right semantics.  Returns the index or -1 on error. */
static Kr_ssize_t do_bisect(KrObject *a, KrObject *x, Kr_ssize_t lo, Kr_ssize_t hi,
                            KrObject *key, int right)
{
    while (lo < hi) {
        Kr_ssize_t mid = ((size_t)lo + (size_t)hi) / 2;
        KrObject *idx = kr_int_from_ssize(mid);
        if (idx == NULL)
            return -1;
        KrObject *item = kr_object_getitem(a, idx);
        kr_decref(idx);
        if (item == NULL)
            return -1;
        if (key != NULL) {
            KrObject *k = kr_call1(key, item);
            kr_decref(item);
            if (k == NULL)
                return -1;
            item = k;
        }
        int c = right ? kr_object_richcompare_bool(x, item, KR_LT)
                      : kr_object_richcompare_bool(item, x, KR_LT);
        kr_decref(item);
        if (c < 0)
            return -1;
        if (right ? c : !c)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static KrObject *bisect_common(const char *fname, KrObject *const *args, Kr_ssize_t nargs,
                               KrObject *kwnames, int right)
{
    KrObject *a, *x, *key;
    Kr_ssize_t lo, hi;
    if (bisect_args(fname, args, nargs, kwnames, &a, &x, &lo, &hi, &key) < 0)
        return NULL;
    Kr_ssize_t r = do_bisect(a, x, lo, hi, key, right);
    if (r < 0)
        return NULL;
    return kr_int_from_ssize(r);
}

static KrObject *insort_common(const char *fname, KrObject *const *args, Kr_ssize_t nargs,
                               KrObject *kwnames, int right)
{
    KrObject *a, *x, *key;
    Kr_ssize_t lo, hi;
    if (bisect_args(fname, args, nargs, kwnames, &a, &x, &lo, &hi, &key) < 0)
        return NULL;
    KrObject *kx = x;
    if (key != NULL) {
        kx = kr_call1(key, x);
        if (kx == NULL)
            return NULL;
    } else {
        kr_incref(kx);
    }
    Kr_ssize_t r = do_bisect(a, kx, lo, hi, key, right);
    kr_decref(kx);
    if (r < 0)
        return NULL;
    if (KR_TYPE(a) == &kr_list_type) {
        if (kr_list_insert(a, r, x) < 0)
            return NULL;
    } else {
        KrObject *idx = kr_int_from_ssize(r);
        if (idx == NULL)
            return NULL;
        KrObject *callargs[2] = {idx, x};
        KrObject *res = kr_call_method(a, kr_str_intern_cstr("insert"), callargs, 2, NULL);
        kr_decref(idx);
        if (res == NULL)
            return NULL;
        kr_decref(res);
    }
    KR_RETURN_NONE;
}

static KrObject *bisect_right(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    return bisect_common("bisect_right", args, nargs, kwnames, 1);
}

static KrObject *bisect_left(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames)
{
    return bisect_common("bisect_left", args, nargs, kwnames, 0);
}

static KrObject *insort_right(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    return insort_common("insort_right", args, nargs, kwnames, 1);
}

static KrObject *insort_left(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames)
{
    return insort_common("insort_left", args, nargs, kwnames, 0);
}

static const KrMethodDef bisect_functions[] = {
    { "bisect_right", { .fastkw = bisect_right }, KR_METH_FASTKW,
      "Return the index where to insert item x in list a, assuming a is sorted." },
    { "bisect_left", { .fastkw = bisect_left }, KR_METH_FASTKW,
      "Return the index where to insert item x in list a, assuming a is sorted." },
    { "insort_right", { .fastkw = insort_right }, KR_METH_FASTKW,
      "Insert item x in list a, and keep it sorted assuming a is sorted." },
    { "insort_left", { .fastkw = insort_left }, KR_METH_FASTKW,
      "Insert item x in list a, and keep it sorted assuming a is sorted." },
    KR_METHOD_END,
};

KrObject *kr_bisect_init(void)
{
    KrObject *m = kr_module_new("_bisect");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, bisect_functions) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
