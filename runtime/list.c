/*
 * list.c -- the list type, its iterators, and the recursive-repr guard.
 *
 * Layout: a KrList header plus a separately allocated array `items` of
 * `allocated` slots, of which the first `size` are in use.  Two states have
 * no slots, and CPython tells them apart, so we do too: items == NULL (a
 * new or cleared list, which a sized extend preallocates exactly) and
 * items == zero_items (a list shrunk to nothing by list_resize, which
 * grows by the over-allocation rule instead).  zero_items is a static
 * dummy, never freed.  Every slot below size holds a reference
 * (except transiently inside kr_list_new(n), whose caller fills them, and
 * while list.sort() has detached the array, see listsort.c).
 *
 * Growth follows CPython's list_resize exactly -- including its
 * "do not over-allocate when the jump is large" rule and the exact,
 * rounded-to-even preallocation used when extending an empty list from a
 * sized source -- so sys.getsizeof() of a list is CPython's
 * (basicsize 40 + 8 per allocated slot, plus the GC header the sys module
 * adds):  new_allocated = (newsize + (newsize >> 3) + 6) & ~3.
 *
 * Re-entrancy: any comparison, repr or decref may run Python code that
 * mutates the list being worked on.  So loops re-read the size on every
 * iteration, hold a reference to the item they pass to foreign code, and
 * removed items are decref'd only after the list is consistent again.
 *
 * Deallocation uses the trashcan (trashcan.c): a list nested 100,000 deep
 * frees without deep C recursion.  Dead exact-list headers are kept on a
 * small free list, as CPython does.
 *
 * The repr guard (kr_repr_enter/leave) lives here because list repr was its
 * first user; dict, set and tuple use it too.
 */
#include "krait.h"

#define KR_LIST_MAXFREELIST 80

/* One interpreter, one GIL: process-wide state is per-interpreter state. */
static KrList *free_list[KR_LIST_MAXFREELIST];
static int numfree;

/* ---------------------------------------------------------------------- */
/* Recursive repr guard                                                   */
/* ---------------------------------------------------------------------- */

/* Objects whose repr is in progress, tagged with the thread doing it (a
 * __repr__ may let another thread run, and that thread's reprs are its
 * own business).  Almost always a handful of entries: a linear scan. */
typedef struct {
    KrThreadState *ts;
    KrObject *obj;
} ReprEntry;

static ReprEntry *repr_stack;
static Kr_ssize_t repr_len, repr_cap;

int kr_repr_enter(KrObject *o)
{
    KrThreadState *ts = KR_TS();
    for (Kr_ssize_t i = repr_len; --i >= 0;)
        if (repr_stack[i].obj == o && repr_stack[i].ts == ts)
            return 1;
    if (repr_len == repr_cap) {
        Kr_ssize_t cap = repr_cap ? repr_cap * 2 : 16;
        ReprEntry *p = kr_mem_realloc(repr_stack, sizeof(ReprEntry) * (size_t)cap);
        if (p == NULL) {
            kr_err_no_memory();
            return -1;
        }
        repr_stack = p;
        repr_cap = cap;
    }
    repr_stack[repr_len].ts = ts;
    repr_stack[repr_len].obj = o;
    repr_len++;
    return 0;
}

void kr_repr_leave(KrObject *o)
{
    /* Normally the top; search in case threads interleaved. */
    KrThreadState *ts = KR_TS();
    for (Kr_ssize_t i = repr_len; --i >= 0;) {
        if (repr_stack[i].obj == o && repr_stack[i].ts == ts) {
            memmove(repr_stack + i, repr_stack + i + 1,
                    sizeof(ReprEntry) * (size_t)(repr_len - i - 1));
            repr_len--;
            return;
        }
    }
}

/* item == x for containers: answers in C for identity and for two exact
 * small ints or two exact strs (where == cannot run Python code), else
 * the full protocol.  -1 on error. */
static inline int items_equal(KrObject *item, KrObject *x)
{
    if (item == x)
        return 1;
    KrType *t = KR_TYPE(item);
    if (t == KR_TYPE(x)) {
        if (t == &kr_int_type && kr_int_is_small(item) && kr_int_is_small(x))
            return kr_int_small_value(item) == kr_int_small_value(x);
        if (t == &kr_str_type)
            return kr_str_eq(item, x);
    }
    return kr_object_richcompare_bool(item, x, KR_EQ);
}

/* ---------------------------------------------------------------------- */
/* Storage                                                                */
/* ---------------------------------------------------------------------- */

/* The "allocated, but no slots" array (see the top). */
static KrObject *zero_items[1];

/* Frees an items array (NULL and zero_items are not heap blocks). */
void kr_list_free_items(KrObject **items)
{
    if (items != NULL && items != zero_items)
        kr_mem_free(items);
}

/* Makes room for newsize items and sets the size; slots past the old size
 * are left uninitialised.  CPython's over-allocation policy. */
static int list_resize(KrList *self, Kr_ssize_t newsize)
{
    Kr_ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        KR_SIZE(self) = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - KR_SIZE(self) > (Kr_ssize_t)(new_allocated - (size_t)newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0)
        new_allocated = 0;
    if (new_allocated > (size_t)KR_SSIZE_T_MAX / sizeof(KrObject *)) {
        kr_err_no_memory();
        return -1;
    }
    KrObject **items;
    if (new_allocated == 0) {
        kr_list_free_items(self->items);
        items = zero_items;
    } else {
        KrObject **old = self->items == zero_items ? NULL : self->items;
        items = kr_mem_realloc(old, new_allocated * sizeof(KrObject *));
        if (items == NULL) {
            kr_err_no_memory();
            return -1;
        }
    }
    self->items = items;
    KR_SIZE(self) = newsize;
    self->allocated = (Kr_ssize_t)new_allocated;
    return 0;
}

/* Exact allocation (rounded up to even) for an empty list about to be
 * filled from a source of known size. */
static int preallocate_exact(KrList *self, Kr_ssize_t n)
{
    size_t alloc = ((size_t)n + 1) & ~(size_t)1;
    if (alloc > (size_t)KR_SSIZE_T_MAX / sizeof(KrObject *)) {
        kr_err_no_memory();
        return -1;
    }
    KrObject **items = kr_mem_alloc(alloc * sizeof(KrObject *));
    if (items == NULL) {
        kr_err_no_memory();
        return -1;
    }
    self->items = items;
    self->allocated = (Kr_ssize_t)alloc;
    return 0;
}

static KrList *list_alloc_header(void)
{
    KrList *op;
    if (numfree > 0) {
        op = free_list[--numfree];
        KR_OBJ(op)->refcnt = 1;
        KR_REFTOTAL_INC();
        KR_OBJ(op)->type = &kr_list_type;
    } else {
        op = (KrList *)kr_object_alloc(&kr_list_type, 0);
        if (op == NULL)
            return NULL;
    }
    KR_SIZE(op) = 0;
    op->items = NULL;
    op->allocated = 0;
    return op;
}

static KrObject *list_new_sized(Kr_ssize_t n, int zero_size)
{
    if (n < 0)
        return kr_err_bad_internal_call("kr_list_new");
    if ((size_t)n > (size_t)KR_SSIZE_T_MAX / sizeof(KrObject *))
        return kr_err_no_memory();
    KrList *op = list_alloc_header();
    if (op == NULL)
        return NULL;
    if (n > 0) {
        op->items = kr_mem_calloc((size_t)n * sizeof(KrObject *));
        if (op->items == NULL) {
            KR_DECREF(op);
            return kr_err_no_memory();
        }
    }
    op->allocated = n;
    KR_SIZE(op) = zero_size ? 0 : n;
    kr_gc_track((KrObject *)op);
    return (KrObject *)op;
}

KrObject *kr_list_new(Kr_ssize_t n) { return list_new_sized(n, 0); }
KrObject *kr_list_new_presized(Kr_ssize_t n) { return list_new_sized(n, 1); }

int kr_list_append(KrObject *l, KrObject *item)
{
    KrList *self = (KrList *)l;
    Kr_ssize_t n = KR_SIZE(self);
    if (n < self->allocated) {
        self->items[n] = kr_newref(item);
        KR_SIZE(self) = n + 1;
        return 0;
    }
    if (list_resize(self, n + 1) < 0)
        return -1;
    self->items[n] = kr_newref(item);
    return 0;
}

int kr_list_insert(KrObject *l, Kr_ssize_t where, KrObject *item)
{
    KrList *self = (KrList *)l;
    Kr_ssize_t n = KR_SIZE(self);
    if (list_resize(self, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    KrObject **items = self->items;
    memmove(items + where + 1, items + where, sizeof(KrObject *) * (size_t)(n - where));
    items[where] = kr_newref(item);
    return 0;
}

KrObject *kr_list_from_array(KrObject *const *items, Kr_ssize_t n)
{
    KrObject *l = kr_list_new(n);
    if (l == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < n; i++)
        KR_LIST_SET(l, i, kr_newref(items[i]));
    return l;
}

KrObject *kr_list_as_tuple(KrObject *l)
{
    return kr_tuple_from_array(KR_LIST_ITEMS(l), KR_SIZE(l));
}

/* Drops every item; the references go last, when the list is already
 * empty, since their destructors may look at it. */
static void list_clear_items(KrList *self)
{
    KrObject **items = self->items;
    Kr_ssize_t n = KR_SIZE(self);
    if (items == NULL)
        return;
    self->items = NULL;
    KR_SIZE(self) = 0;
    self->allocated = 0;
    while (--n >= 0)
        kr_xdecref(items[n]);
    kr_list_free_items(items);
}

int kr_list_reverse(KrObject *l)
{
    if (KR_SIZE(l) < 2)
        return 0;
    KrObject **lo = KR_LIST_ITEMS(l);
    KrObject **hi = lo + KR_SIZE(l) - 1;
    while (lo < hi) {
        KrObject *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Sequence-or-list view ("PySequence_Fast")                              */
/* ---------------------------------------------------------------------- */

/* A list or tuple with v's items: v itself when it is an exact list or
 * tuple, else a new list; TypeError(msg) when v is not iterable. */
static KrObject *seq_fast(KrObject *v, const char *msg)
{
    if (KR_LIST_CHECK_EXACT(v) || KR_TUPLE_CHECK_EXACT(v))
        return kr_newref(v);
    KrObject *it = kr_object_get_iter(v);
    if (it == NULL) {
        if (kr_err_matches_type(&kr_exc_TypeError)) {
            kr_err_clear();
            kr_err_set_string(&kr_exc_TypeError, msg);
        }
        return NULL;
    }
    KrObject *r = kr_sequence_list(it);
    kr_decref(it);
    return r;
}

static inline KrObject **fast_items(KrObject *s)
{
    return KR_TUPLE_CHECK_EXACT(s) ? KR_TUPLE_ITEMS(s) : KR_LIST_ITEMS(s);
}

/* ---------------------------------------------------------------------- */
/* extend                                                                 */
/* ---------------------------------------------------------------------- */

int kr_list_extend(KrObject *l, KrObject *iterable)
{
    KrList *self = (KrList *)l;
    if (KR_LIST_CHECK_EXACT(iterable) || KR_TUPLE_CHECK_EXACT(iterable) || iterable == l) {
        KrObject *src = kr_newref(iterable);
        Kr_ssize_t n = KR_SIZE(src);
        Kr_ssize_t m = KR_SIZE(self);
        if (n == 0) {
            kr_decref(src);
            return 0;
        }
        if (self->items == NULL) {
            if (preallocate_exact(self, n) < 0) {
                kr_decref(src);
                return -1;
            }
            KR_SIZE(self) = n;
        } else if (list_resize(self, m + n) < 0) {
            kr_decref(src);
            return -1;
        }
        /* Read the source only now: when it is self, resize moved it. */
        KrObject **s = fast_items(src);
        KrObject **d = self->items + m;
        for (Kr_ssize_t i = 0; i < n; i++)
            d[i] = kr_newref(s[i]);
        kr_decref(src);
        return 0;
    }
    KrObject *it = kr_object_get_iter(iterable);
    if (it == NULL)
        return -1;
    kr_unaryfunc next = KR_TYPE(it)->iternext;
    Kr_ssize_t n = kr_object_length_hint(iterable, 8);
    if (n < 0) {
        kr_decref(it);
        return -1;
    }
    Kr_ssize_t m = KR_SIZE(self);
    if (m > KR_SSIZE_T_MAX - n) {
        /* The hint lied or we run out of memory while appending. */
    } else if (self->items == NULL) {
        if (n > 0 && preallocate_exact(self, n) < 0)
            goto error;
    } else {
        if (list_resize(self, m + n) < 0)
            goto error;
        KR_SIZE(self) = m;
    }
    for (;;) {
        KrObject *item = next ? next(it) : kr_iter_next(it);
        if (item == NULL) {
            if (kr_err_occurred()) {
                if (!kr_err_matches_type(&kr_exc_StopIteration))
                    goto error;
                kr_err_clear();
            }
            break;
        }
        Kr_ssize_t k = KR_SIZE(self);
        if (k < self->allocated) {
            self->items[k] = item;
            KR_SIZE(self) = k + 1;
        } else {
            int r = kr_list_append(l, item);
            kr_decref(item);
            if (r < 0)
                goto error;
        }
    }
    if (KR_SIZE(self) < self->allocated && list_resize(self, KR_SIZE(self)) < 0)
        goto error;
    kr_decref(it);
    return 0;
error:
    kr_decref(it);
    return -1;
}

/* ---------------------------------------------------------------------- */
/* Slices                                                                 */
/* ---------------------------------------------------------------------- */

static KrObject *list_slice(KrList *a, Kr_ssize_t lo, Kr_ssize_t hi)
{
    Kr_ssize_t n = hi - lo;
    if (n <= 0)
        return kr_list_new(0);
    KrObject *r = kr_list_new(n);
    if (r == NULL)
        return NULL;
    KrObject **src = a->items + lo, **dst = KR_LIST_ITEMS(r);
    for (Kr_ssize_t i = 0; i < n; i++)
        dst[i] = kr_newref(src[i]);
    return r;
}

/* a[lo:hi] = v (v NULL: delete), with CPython's clamping. */
static int list_ass_slice(KrList *a, Kr_ssize_t lo, Kr_ssize_t hi, KrObject *v)
{
    KrObject *src = NULL;
    KrObject **vitems = NULL;
    Kr_ssize_t n = 0;
    if (v != NULL) {
        if (v == (KrObject *)a) {
            src = list_slice(a, 0, KR_SIZE(a));
        } else {
            src = seq_fast(v, "can only assign an iterable");
        }
        if (src == NULL)
            return -1;
        n = KR_SIZE(src);
        vitems = fast_items(src);
    }
    Kr_ssize_t size = KR_SIZE(a);
    if (lo < 0)
        lo = 0;
    else if (lo > size)
        lo = size;
    if (hi < lo)
        hi = lo;
    else if (hi > size)
        hi = size;
    Kr_ssize_t norig = hi - lo;
    Kr_ssize_t d = n - norig;
    if (size + d == 0) {
        KR_XDECREF(src);
        list_clear_items(a);
        return 0;
    }
    /* Keep the removed items until the list is consistent again. */
    KrObject *small[8], **recycle = small;
    if (norig > 8) {
        recycle = kr_mem_alloc(sizeof(KrObject *) * (size_t)norig);
        if (recycle == NULL) {
            KR_XDECREF(src);
            kr_err_no_memory();
            return -1;
        }
    }
    if (norig > 0)
        memcpy(recycle, a->items + lo, sizeof(KrObject *) * (size_t)norig);
    if (d < 0) {
        memmove(a->items + hi + d, a->items + hi, sizeof(KrObject *) * (size_t)(size - hi));
        if (list_resize(a, size + d) < 0) {
            /* Shrinking only fails on a failed realloc; undo the move. */
            memmove(a->items + hi, a->items + hi + d, sizeof(KrObject *) * (size_t)(size - hi));
            memcpy(a->items + lo, recycle, sizeof(KrObject *) * (size_t)norig);
            goto error;
        }
    } else if (d > 0) {
        if (list_resize(a, size + d) < 0)
            goto error;
        memmove(a->items + hi + d, a->items + hi, sizeof(KrObject *) * (size_t)(size - hi));
    }
    for (Kr_ssize_t k = 0; k < n; k++)
        a->items[lo + k] = kr_newref(vitems[k]);
    for (Kr_ssize_t k = norig; --k >= 0;)
        kr_xdecref(recycle[k]);
    if (recycle != small)
        kr_mem_free(recycle);
    KR_XDECREF(src);
    return 0;
error:
    if (recycle != small)
        kr_mem_free(recycle);
    KR_XDECREF(src);
    return -1;
}

/* ---------------------------------------------------------------------- */
/* Sequence and mapping protocols                                         */
/* ---------------------------------------------------------------------- */

static Kr_ssize_t list_length(KrObject *o) { return KR_SIZE(o); }

static KrObject *list_item(KrObject *o, Kr_ssize_t i)
{
    if ((size_t)i >= (size_t)KR_SIZE(o))
        return kr_err_format(&kr_exc_IndexError, "list index out of range");
    return kr_newref(KR_LIST_GET(o, i));
}

static int list_ass_item(KrObject *o, Kr_ssize_t i, KrObject *v)
{
    if ((size_t)i >= (size_t)KR_SIZE(o)) {
        kr_err_set_string(&kr_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v == NULL)
        return list_ass_slice((KrList *)o, i, i + 1, NULL);
    KrObject *old = KR_LIST_GET(o, i);
    KR_LIST_SET(o, i, kr_newref(v));
    kr_decref(old);
    return 0;
}

static int list_contains(KrObject *o, KrObject *x)
{
    for (Kr_ssize_t i = 0; i < KR_SIZE(o); i++) {
        KrObject *item = kr_newref(KR_LIST_GET(o, i));
        int k = items_equal(item, x);
        kr_decref(item);
        if (k != 0)
            return k;
    }
    return 0;
}

static KrObject *list_concat(KrObject *a, KrObject *b)
{
    if (!KR_LIST_CHECK(b))
        return kr_err_format(&kr_exc_TypeError,
                             "can only concatenate list (not \"%s\") to list",
                             kr_type_name(KR_TYPE(b)));
    Kr_ssize_t na = KR_SIZE(a), nb = KR_SIZE(b);
    if (na > KR_SSIZE_T_MAX / (Kr_ssize_t)sizeof(KrObject *) - nb)
        return kr_err_no_memory();
    if (na + nb == 0)
        return kr_list_new(0);
    KrObject *r = kr_list_new(na + nb);
    if (r == NULL)
        return NULL;
    KrObject **d = KR_LIST_ITEMS(r);
    for (Kr_ssize_t i = 0; i < na; i++)
        d[i] = kr_newref(KR_LIST_GET(a, i));
    for (Kr_ssize_t i = 0; i < nb; i++)
        d[na + i] = kr_newref(KR_LIST_GET(b, i));
    return r;
}

static KrObject *list_repeat(KrObject *a, Kr_ssize_t n)
{
    Kr_ssize_t len = KR_SIZE(a);
    if (n < 0)
        n = 0;
    if (len == 0 || n == 0)
        return kr_list_new(0);
    if (n > KR_SSIZE_T_MAX / (Kr_ssize_t)sizeof(KrObject *) / len)
        return kr_err_no_memory();
    KrObject *r = kr_list_new(len * n);
    if (r == NULL)
        return NULL;
    KrObject **src = KR_LIST_ITEMS(a), **dst = KR_LIST_ITEMS(r);
    for (Kr_ssize_t j = 0; j < len; j++)
        KR_REFCNT(src[j]) += n;
    if (len == 1) {
        /* [x] * n, the common case: a plain fill, not n tiny memcpys. */
        KrObject *v = src[0];
        for (Kr_ssize_t i = 0; i < n; i++)
            dst[i] = v;
        return r;
    }
    for (Kr_ssize_t i = 0; i < n; i++)
        memcpy(dst + i * len, src, sizeof(KrObject *) * (size_t)len);
    return r;
}

static KrObject *list_inplace_concat(KrObject *self, KrObject *other)
{
    if (kr_list_extend(self, other) < 0)
        return NULL;
    return kr_newref(self);
}

static KrObject *list_inplace_repeat(KrObject *o, Kr_ssize_t n)
{
    KrList *self = (KrList *)o;
    Kr_ssize_t size = KR_SIZE(self);
    if (size == 0 || n == 1)
        return kr_newref(o);
    if (n < 1) {
        list_clear_items(self);
        return kr_newref(o);
    }
    if (size > KR_SSIZE_T_MAX / (Kr_ssize_t)sizeof(KrObject *) / n)
        return kr_err_no_memory();
    if (list_resize(self, size * n) < 0)
        return NULL;
    KrObject **items = self->items;
    for (Kr_ssize_t j = 0; j < size; j++)
        KR_REFCNT(items[j]) += n - 1;
    for (Kr_ssize_t i = 1; i < n; i++)
        memcpy(items + i * size, items, sizeof(KrObject *) * (size_t)size);
    return kr_newref(o);
}

static int index_arg(KrObject *key, Kr_ssize_t *out)
{
    Kr_ssize_t i = kr_number_as_ssize(key, &kr_exc_IndexError);
    if (i == -1 && kr_err_occurred())
        return -1;
    *out = i;
    return 0;
}

static KrObject *list_subscript(KrObject *o, KrObject *key)
{
    if (KR_INT_CHECK_EXACT(key) && kr_int_is_small(key)) {
        int64_t v = kr_int_small_value(key);
        Kr_ssize_t i = (Kr_ssize_t)(v < 0 ? v + KR_SIZE(o) : v);
        return list_item(o, i);
    }
    if (kr_index_check(key)) {
        Kr_ssize_t i;
        if (index_arg(key, &i) < 0)
            return NULL;
        if (i < 0)
            i += KR_SIZE(o);
        return list_item(o, i);
    }
    if (KR_SLICE_CHECK(key)) {
        Kr_ssize_t start, stop, step;
        if (kr_slice_unpack(key, &start, &stop, &step) < 0)
            return NULL;
        Kr_ssize_t len = kr_slice_adjust(KR_SIZE(o), &start, &stop, step);
        if (len <= 0)
            return kr_list_new(0);
        if (step == 1)
            return list_slice((KrList *)o, start, stop);
        KrObject *r = kr_list_new(len);
        if (r == NULL)
            return NULL;
        KrObject **src = KR_LIST_ITEMS(o), **dst = KR_LIST_ITEMS(r);
        for (Kr_ssize_t i = 0, cur = start; i < len; i++, cur += step)
            dst[i] = kr_newref(src[cur]);
        return r;
    }
    return kr_err_format(&kr_exc_TypeError, "list indices must be integers or slices, not %s",
                         kr_type_name(KR_TYPE(key)));
}

static int list_ass_ext_slice(KrList *self, KrObject *key, KrObject *value)
{
    Kr_ssize_t start, stop, step;
    if (kr_slice_unpack(key, &start, &stop, &step) < 0)
        return -1;
    if (value == NULL) {
        Kr_ssize_t len = kr_slice_adjust(KR_SIZE(self), &start, &stop, step);
        if (step == 1)
            return list_ass_slice(self, start, stop, NULL);
        if (len <= 0)
            return 0;
        if (step < 0) {
            /* Walk the same items upwards. */
            stop = start + 1;
            start = stop + step * (len - 1) - 1;
            step = -step;
        }
        KrObject **garbage = kr_mem_alloc(sizeof(KrObject *) * (size_t)len);
        if (garbage == NULL) {
            kr_err_no_memory();
            return -1;
        }
        /* Close each gap: the step-1 survivors between two deleted items
         * move down by the number deleted so far, then the tail. */
        KrObject **items = self->items;
        Kr_ssize_t size = KR_SIZE(self);
        size_t cur;
        Kr_ssize_t i;
        for (cur = (size_t)start, i = 0; cur < (size_t)stop; cur += (size_t)step, i++) {
            Kr_ssize_t lim = step - 1;
            garbage[i] = items[cur];
            if (cur + (size_t)step >= (size_t)size)
                lim = size - (Kr_ssize_t)cur - 1;
            memmove(items + cur - i, items + cur + 1, sizeof(KrObject *) * (size_t)lim);
        }
        cur = (size_t)start + (size_t)len * (size_t)step;
        if (cur < (size_t)size)
            memmove(items + cur - len, items + cur,
                    sizeof(KrObject *) * (size_t)(size - (Kr_ssize_t)cur));
        KR_SIZE(self) = size - len;
        int r = list_resize(self, KR_SIZE(self));
        for (i = 0; i < len; i++)
            kr_decref(garbage[i]);
        kr_mem_free(garbage);
        return r;
    }
    KrObject *seq;
    if (value == (KrObject *)self)
        seq = list_slice(self, 0, KR_SIZE(self));
    else
        seq = seq_fast(value, step == 1 ? "can only assign an iterable"
                                        : "must assign iterable to extended slice");
    if (seq == NULL)
        return -1;
    Kr_ssize_t len = kr_slice_adjust(KR_SIZE(self), &start, &stop, step);
    if (step == 1) {
        int r = list_ass_slice(self, start, stop, seq);
        kr_decref(seq);
        return r;
    }
    if (KR_SIZE(seq) != len) {
        kr_err_format(&kr_exc_ValueError,
                      "attempt to assign sequence of size %zd to extended slice of size %zd",
                      KR_SIZE(seq), len);
        kr_decref(seq);
        return -1;
    }
    if (len == 0) {
        kr_decref(seq);
        return 0;
    }
    KrObject **garbage = kr_mem_alloc(sizeof(KrObject *) * (size_t)len);
    if (garbage == NULL) {
        kr_decref(seq);
        kr_err_no_memory();
        return -1;
    }
    KrObject **items = self->items, **src = fast_items(seq);
    Kr_ssize_t cur = start;
    for (Kr_ssize_t i = 0; i < len; i++, cur += step) {
        garbage[i] = items[cur];
        items[cur] = kr_newref(src[i]);
    }
    for (Kr_ssize_t i = 0; i < len; i++)
        kr_decref(garbage[i]);
    kr_mem_free(garbage);
    kr_decref(seq);
    return 0;
}

static int list_ass_subscript(KrObject *o, KrObject *key, KrObject *value)
{
    if (KR_INT_CHECK_EXACT(key) && kr_int_is_small(key)) {
        int64_t v = kr_int_small_value(key);
        Kr_ssize_t i = (Kr_ssize_t)(v < 0 ? v + KR_SIZE(o) : v);
        return list_ass_item(o, i, value);
    }
    if (kr_index_check(key)) {
        Kr_ssize_t i;
        if (index_arg(key, &i) < 0)
            return -1;
        if (i < 0)
            i += KR_SIZE(o);
        return list_ass_item(o, i, value);
    }
    if (KR_SLICE_CHECK(key))
        return list_ass_ext_slice((KrList *)o, key, value);
    kr_err_format(&kr_exc_TypeError, "list indices must be integers or slices, not %s",
                  kr_type_name(KR_TYPE(key)));
    return -1;
}

/* ---------------------------------------------------------------------- */
/* repr and comparison                                                    */
/* ---------------------------------------------------------------------- */

static KrObject *list_repr(KrObject *o)
{
    if (KR_SIZE(o) == 0)
        return kr_str_from_cstr("[]");
    int r = kr_repr_enter(o);
    if (r != 0)
        return r > 0 ? kr_str_from_cstr("[...]") : NULL;
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_putc(&b, '[');
    for (Kr_ssize_t i = 0; i < KR_SIZE(o); i++) {
        if (i > 0)
            kr_buf_puts(&b, ", ");
        KrObject *item = kr_newref(KR_LIST_GET(o, i));
        int k = kr_buf_append_repr(&b, item);
        kr_decref(item);
        if (k < 0) {
            kr_buf_free(&b);
            kr_repr_leave(o);
            return NULL;
        }
    }
    kr_buf_putc(&b, ']');
    kr_repr_leave(o);
    return kr_buf_finish(&b);
}

static KrObject *cmp_sizes(Kr_ssize_t a, Kr_ssize_t b, int op)
{
    int c;
    switch (op) {
    case KR_LT: c = a < b; break;
    case KR_LE: c = a <= b; break;
    case KR_EQ: c = a == b; break;
    case KR_NE: c = a != b; break;
    case KR_GT: c = a > b; break;
    default: c = a >= b; break;
    }
    return kr_bool_from(c);
}

static KrObject *list_richcompare(KrObject *v, KrObject *w, int op)
{
    if (!KR_LIST_CHECK(v) || !KR_LIST_CHECK(w))
        KR_RETURN_NOTIMPLEMENTED;
    if (KR_SIZE(v) != KR_SIZE(w) && (op == KR_EQ || op == KR_NE))
        return kr_bool_from(op == KR_NE);
    Kr_ssize_t i;
    for (i = 0; i < KR_SIZE(v) && i < KR_SIZE(w); i++) {
        KrObject *a = KR_LIST_GET(v, i), *b = KR_LIST_GET(w, i);
        if (a == b)
            continue;
        kr_incref(a);
        kr_incref(b);
        int k = items_equal(a, b);
        kr_decref(a);
        kr_decref(b);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= KR_SIZE(v) || i >= KR_SIZE(w))
        return cmp_sizes(KR_SIZE(v), KR_SIZE(w), op);
    if (op == KR_EQ)
        KR_RETURN_FALSE;
    if (op == KR_NE)
        KR_RETURN_TRUE;
    KrObject *a = kr_newref(KR_LIST_GET(v, i)), *b = kr_newref(KR_LIST_GET(w, i));
    KrObject *r = kr_object_richcompare(a, b, op);
    kr_decref(a);
    kr_decref(b);
    return r;
}

/* ---------------------------------------------------------------------- */
/* Methods                                                                */
/* ---------------------------------------------------------------------- */

static KrObject *list_append_m(KrObject *self, KrObject *x)
{
    if (kr_list_append(self, x) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *list_clear_m(KrObject *self)
{
    list_clear_items((KrList *)self);
    KR_RETURN_NONE;
}

static KrObject *list_copy_m(KrObject *self)
{
    return list_slice((KrList *)self, 0, KR_SIZE(self));
}

static KrObject *list_count_m(KrObject *self, KrObject *x)
{
    Kr_ssize_t c = 0;
    for (Kr_ssize_t i = 0; i < KR_SIZE(self); i++) {
        KrObject *item = KR_LIST_GET(self, i);
        if (item == x) {
            c++;
            continue;
        }
        kr_incref(item);
        int k = items_equal(item, x);
        kr_decref(item);
        if (k < 0)
            return NULL;
        c += k;
    }
    return kr_int_from_ssize(c);
}

static KrObject *list_extend_m(KrObject *self, KrObject *x)
{
    if (kr_list_extend(self, x) < 0)
        return NULL;
    KR_RETURN_NONE;
}

/* A Py_ssize_t argument as argument clinic converts it. */
static int ssize_arg(KrObject *v, Kr_ssize_t *out)
{
    KrObject *i = kr_number_index(v);
    if (i == NULL)
        return -1;
    Kr_ssize_t x = kr_int_as_ssize(i);
    kr_decref(i);
    if (x == -1 && kr_err_occurred())
        return -1;
    *out = x;
    return 0;
}

static KrObject *list_index_m(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("index", nargs, 1, 3) < 0)
        return NULL;
    Kr_ssize_t start = 0, stop = KR_SSIZE_T_MAX;
    for (int k = 1; k < nargs; k++) {
        if (!kr_index_check(args[k]))
            return kr_err_format(&kr_exc_TypeError,
                                 "slice indices must be integers or have an __index__ method");
        Kr_ssize_t x = kr_number_as_ssize(args[k], NULL);
        if (x == -1 && kr_err_occurred())
            return NULL;
        if (k == 1)
            start = x;
        else
            stop = x;
    }
    if (start < 0) {
        start += KR_SIZE(self);
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += KR_SIZE(self);
        if (stop < 0)
            stop = 0;
    }
    for (Kr_ssize_t i = start; i < stop && i < KR_SIZE(self); i++) {
        KrObject *item = kr_newref(KR_LIST_GET(self, i));
        int k = items_equal(item, args[0]);
        kr_decref(item);
        if (k < 0)
            return NULL;
        if (k)
            return kr_int_from_ssize(i);
    }
    return kr_err_format(&kr_exc_ValueError, "%R is not in list", args[0]);
}

static KrObject *list_insert_m(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("insert", nargs, 2, 2) < 0)
        return NULL;
    Kr_ssize_t i;
    if (ssize_arg(args[0], &i) < 0)
        return NULL;
    if (kr_list_insert(self, i, args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *list_pop_m(KrObject *o, KrObject *const *args, Kr_ssize_t nargs)
{
    KrList *self = (KrList *)o;
    if (kr_check_nargs("pop", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t i = -1;
    if (nargs == 1 && ssize_arg(args[0], &i) < 0)
        return NULL;
    Kr_ssize_t n = KR_SIZE(self);
    if (n == 0)
        return kr_err_format(&kr_exc_IndexError, "pop from empty list");
    if (i < 0)
        i += n;
    if ((size_t)i >= (size_t)n)
        return kr_err_format(&kr_exc_IndexError, "pop index out of range");
    KrObject *v = self->items[i];
    if (i == n - 1) {
        if (list_resize(self, n - 1) < 0)
            return NULL;
        return v;
    }
    kr_incref(v);
    if (list_ass_slice(self, i, i + 1, NULL) < 0) {
        kr_decref(v);
        return NULL;
    }
    return v;
}

static KrObject *list_remove_m(KrObject *self, KrObject *x)
{
    for (Kr_ssize_t i = 0; i < KR_SIZE(self); i++) {
        KrObject *item = kr_newref(KR_LIST_GET(self, i));
        int k = items_equal(item, x);
        kr_decref(item);
        if (k < 0)
            return NULL;
        if (k) {
            if (list_ass_slice((KrList *)self, i, i + 1, NULL) < 0)
                return NULL;
            KR_RETURN_NONE;
        }
    }
    return kr_err_format(&kr_exc_ValueError, "list.remove(x): x not in list");
}

static KrObject *list_reverse_m(KrObject *self)
{
    kr_list_reverse(self);
    KR_RETURN_NONE;
}

static KrObject *list_sort_m(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames)
{
    if (nargs > 0)
        return kr_err_format(&kr_exc_TypeError, "sort() takes no positional arguments");
    static const char *const names[] = { "key", "reverse", NULL };
    KrObject *vals[2] = { NULL, NULL };
    if (kwnames != NULL && KR_SIZE(kwnames) > 0
        && kr_parse_args("sort", args, 0, kwnames, names, 0, 0, vals) < 0)
        return NULL;
    KrObject *key = vals[0] == kr_None ? NULL : vals[0];
    int reverse = 0;
    if (vals[1] != NULL) {
        /* bool(accept={int}): an int-like, not any truthy object. */
        if (KR_FLOAT_CHECK(vals[1]))
            return kr_err_format(&kr_exc_TypeError,
                                 "'float' object cannot be interpreted as an integer");
        KrObject *i = kr_number_index(vals[1]);
        if (i == NULL)
            return NULL;
        int ov = 0;
        int64_t v = kr_int_as_i64(i, &ov);
        kr_decref(i);
        if (ov)
            return kr_err_format(&kr_exc_OverflowError,
                                 "Python int too large to convert to C int");
        if (v > INT32_MAX || v < INT32_MIN)
            return kr_err_format(&kr_exc_OverflowError,
                                 "Python int too large to convert to C int");
        reverse = v != 0;
    }
    if (kr_list_sort(self, key, reverse) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *list_sizeof_m(KrObject *self)
{
    return kr_int_from_ssize(kr_type_reported_basicsize(KR_TYPE(self))
                             + ((KrList *)self)->allocated * (Kr_ssize_t)sizeof(KrObject *));
}

static KrObject *list_reversed_m(KrObject *self);

/* ---------------------------------------------------------------------- */
/* Lifetime and construction                                              */
/* ---------------------------------------------------------------------- */

static void list_dealloc(KrObject *o)
{
    KrList *self = (KrList *)o;
    kr_gc_untrack(o);
    /* Only exact lists go through the trashcan: a subclass's dealloc would
     * be re-run from the top (finalizers included) when the queue drains. */
    int exact = KR_LIST_CHECK_EXACT(o);
    if (exact && kr_trashcan_begin(o))
        return;
    if (self->items != NULL) {
        for (Kr_ssize_t i = KR_SIZE(self); --i >= 0;)
            kr_xdecref(self->items[i]);
        kr_list_free_items(self->items);
        self->items = NULL;
    }
    if (numfree < KR_LIST_MAXFREELIST && exact)
        free_list[numfree++] = self;
    else
        kr_object_free(o);
    if (exact)
        kr_trashcan_end();
}

void kr_list_fini(void)
{
    while (numfree > 0)
        kr_object_free((KrObject *)free_list[--numfree]);
    kr_mem_free(repr_stack);
    repr_stack = NULL;
    repr_len = repr_cap = 0;
}

static int list_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    for (Kr_ssize_t i = KR_SIZE(o); --i >= 0;) {
        KrObject *x = KR_LIST_GET(o, i);
        if (x != NULL) {
            int r = visit(x, arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static int list_clear_slot(KrObject *o)
{
    list_clear_items((KrList *)o);
    return 0;
}

static KrObject *list_new_impl(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                               KrObject *kwnames)
{
    if (type == &kr_list_type)
        return kr_list_new(0);
    KrObject *o = kr_type_generic_alloc(type, 0);
    if (o == NULL)
        return NULL;
    if (!kr_gc_is_tracked(o))
        kr_gc_track(o);
    return o;
}

static int list_init(KrObject *o, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    KrList *self = (KrList *)o;
    /* Keywords are refused unless a subclass brought its own __new__. */
    if (kwnames != NULL && KR_SIZE(kwnames) > 0
        && (KR_TYPE(o) == &kr_list_type || KR_TYPE(o)->new_ == kr_list_type.new_)) {
        kr_err_set_string(&kr_exc_TypeError, "list() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        kr_err_format(&kr_exc_TypeError, "list expected at most 1 argument, got %zd", nargs);
        return -1;
    }
    if (self->items != NULL)
        list_clear_items(self);
    if (nargs == 1) {
        /* CPython takes the iterator before asking for a length hint;
         * kr_list_extend does both in that order and preallocates. */
        if (kr_list_extend(o, args[0]) < 0)
            return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------------- */
/* list_iterator / list_reverseiterator                                   */
/* ---------------------------------------------------------------------- */

typedef KrListIter ListIter;   /* krait.h: FOR_ITER reads it inline */

static void listiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((ListIter *)o)->seq);
    kr_object_free(o);
}

static int listiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrObject *s = ((ListIter *)o)->seq;
    return s ? visit(s, arg) : 0;
}

static KrObject *listiter_next(KrObject *o)
{
    ListIter *it = (ListIter *)o;
    KrObject *s = it->seq;
    if (s == NULL)
        return NULL;
    if (it->index < KR_SIZE(s))
        return kr_newref(KR_LIST_GET(s, it->index++));
    it->seq = NULL;
    kr_decref(s);
    return NULL;
}

static KrObject *listiter_length_hint(KrObject *o)
{
    ListIter *it = (ListIter *)o;
    Kr_ssize_t n = it->seq ? KR_SIZE(it->seq) - it->index : 0;
    return kr_int_from_ssize(n < 0 ? 0 : n);
}

static KrObject *listreviter_next(KrObject *o)
{
    ListIter *it = (ListIter *)o;
    KrObject *s = it->seq;
    if (s == NULL)
        return NULL;
    Kr_ssize_t i = it->index;
    if (i >= 0 && i < KR_SIZE(s)) {
        it->index--;
        return kr_newref(KR_LIST_GET(s, i));
    }
    it->index = -1;
    it->seq = NULL;
    kr_decref(s);
    return NULL;
}

static KrObject *listreviter_length_hint(KrObject *o)
{
    ListIter *it = (ListIter *)o;
    Kr_ssize_t n = it->index + 1;
    if (it->seq == NULL || KR_SIZE(it->seq) < n)
        n = 0;
    return kr_int_from_ssize(n);
}

static KrObject *self_iter(KrObject *o) { return kr_newref(o); }

/* builtins.<name> as pickling helpers name it (new reference). */
static KrObject *get_builtin(const char *name)
{
    KrObject *b = kr_eval_get_builtins();
    if (b == NULL)
        b = KR_INTERP()->builtins;
    KrObject *f = b ? kr_dict_get_item_str(b, name) : NULL;
    if (f == NULL) {
        if (!kr_err_occurred())
            kr_err_format(&kr_exc_AttributeError, "module 'builtins' has no attribute '%s'", name);
        return NULL;
    }
    return kr_newref(f);
}

/* (callable, args) or (callable, args, state); steals callable and args. */
static KrObject *reduce_value(KrObject *callable, KrObject *args, KrObject *state)
{
    KrObject *r = NULL;
    if (callable != NULL && args != NULL)
        r = state ? kr_tuple_pack(3, callable, args, state) : kr_tuple_pack(2, callable, args);
    KR_XDECREF(callable);
    KR_XDECREF(args);
    return r;
}

/* A __setstate__ argument as a C index. */
static int state_index(KrObject *state, Kr_ssize_t *out)
{
    Kr_ssize_t i = kr_number_as_ssize(state, &kr_exc_OverflowError);
    if (i == -1 && kr_err_occurred())
        return -1;
    *out = i;
    return 0;
}

/* An exhausted list iterator pickles as iter([]). */
static KrObject *reduce_exhausted(void)
{
    KrObject *empty = kr_list_new(0);
    if (empty == NULL)
        return NULL;
    KrObject *args = kr_tuple_pack(1, empty);
    kr_decref(empty);
    return reduce_value(get_builtin("iter"), args, NULL);
}

static KrObject *listiter_reduce(KrObject *o)
{
    ListIter *it = (ListIter *)o;
    if (it->seq == NULL)
        return reduce_exhausted();
    KrObject *idx = kr_int_from_ssize(it->index);
    KrObject *r = reduce_value(get_builtin("iter"), kr_tuple_pack(1, it->seq), idx);
    KR_XDECREF(idx);
    return r;
}

static KrObject *listiter_setstate(KrObject *o, KrObject *state)
{
    ListIter *it = (ListIter *)o;
    Kr_ssize_t i;
    if (state_index(state, &i) < 0)
        return NULL;
    if (it->seq != NULL) {
        if (i < 0)
            i = 0;
        else if (i > KR_SIZE(it->seq))
            i = KR_SIZE(it->seq);
        it->index = i;
    }
    KR_RETURN_NONE;
}

static KrObject *listreviter_reduce(KrObject *o)
{
    ListIter *it = (ListIter *)o;
    if (it->seq == NULL)
        return reduce_exhausted();
    KrObject *idx = kr_int_from_ssize(it->index);
    KrObject *r = reduce_value(get_builtin("reversed"), kr_tuple_pack(1, it->seq), idx);
    KR_XDECREF(idx);
    return r;
}

static KrObject *listreviter_setstate(KrObject *o, KrObject *state)
{
    ListIter *it = (ListIter *)o;
    Kr_ssize_t i;
    if (state_index(state, &i) < 0)
        return NULL;
    if (it->seq != NULL) {
        if (i < -1)
            i = -1;
        else if (i > KR_SIZE(it->seq) - 1)
            i = KR_SIZE(it->seq) - 1;
        it->index = i;
    }
    KR_RETURN_NONE;
}

static const KrMethodDef listiter_methods[] = {
    KR_METHOD_NOARGS("__length_hint__", listiter_length_hint),
    KR_METHOD_NOARGS("__reduce__", listiter_reduce),
    KR_METHOD_O("__setstate__", listiter_setstate),
    KR_METHOD_END
};
static const KrMethodDef listreviter_methods[] = {
    KR_METHOD_NOARGS("__length_hint__", listreviter_length_hint),
    KR_METHOD_NOARGS("__reduce__", listreviter_reduce),
    KR_METHOD_O("__setstate__", listreviter_setstate),
    KR_METHOD_END
};

KrType kr_list_iter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "list_iterator",
    .basicsize = sizeof(ListIter),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = listiter_dealloc,
    .getattro = kr_object_generic_getattr,
    .traverse = listiter_traverse,
    .iter = self_iter,
    .iternext = listiter_next,
    .methods = listiter_methods,
};

KrType kr_list_reviter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIter),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = listiter_dealloc,
    .getattro = kr_object_generic_getattr,
    .traverse = listiter_traverse,
    .iter = self_iter,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
};

static KrObject *make_iter(KrType *t, KrObject *seq, Kr_ssize_t index)
{
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_READY) && kr_type_ready(t) < 0)
        return NULL;
    ListIter *it = (ListIter *)kr_object_alloc(t, 0);
    if (it == NULL)
        return NULL;
    it->index = index;
    it->seq = kr_newref(seq);
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

static KrObject *list_iter(KrObject *o) { return make_iter(&kr_list_iter_type, o, 0); }

static KrObject *list_reversed_m(KrObject *self)
{
    return make_iter(&kr_list_reviter_type, self, KR_SIZE(self) - 1);
}

/* ---------------------------------------------------------------------- */
/* The type                                                               */
/* ---------------------------------------------------------------------- */

static const KrMethodDef list_methods[] = {
    KR_METHOD_O("append", list_append_m),
    KR_METHOD_NOARGS("clear", list_clear_m),
    KR_METHOD_NOARGS("copy", list_copy_m),
    KR_METHOD_O("count", list_count_m),
    KR_METHOD_O("extend", list_extend_m),
    KR_METHOD_FAST("index", list_index_m),
    KR_METHOD_FAST("insert", list_insert_m),
    KR_METHOD_FAST("pop", list_pop_m),
    KR_METHOD_O("remove", list_remove_m),
    KR_METHOD_NOARGS("reverse", list_reverse_m),
    KR_METHOD_FASTKW("sort", list_sort_m),
    KR_METHOD_NOARGS("__reversed__", list_reversed_m),
    KR_METHOD_NOARGS("__sizeof__", list_sizeof_m),
    KR_CLASS_GETITEM_METHOD,
    KR_METHOD_END
};

static KrSequenceMethods list_as_sequence = {
    .length = list_length,
    .concat = list_concat,
    .repeat = list_repeat,
    .item = list_item,
    .ass_item = list_ass_item,
    .contains = list_contains,
    .inplace_concat = list_inplace_concat,
    .inplace_repeat = list_inplace_repeat,
};

static KrMappingMethods list_as_mapping = {
    .length = list_length,
    .subscript = list_subscript,
    .ass_subscript = list_ass_subscript,
};

KrType kr_list_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "list",
    .basicsize = sizeof(KrList),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_LIST_SUBCLASS,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = list_richcompare,
    .getattro = kr_object_generic_getattr,
    .iter = list_iter,
    .as_sequence = &list_as_sequence,
    .as_mapping = &list_as_mapping,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .new_ = list_new_impl,
    .init = list_init,
    .methods = list_methods,
    .doc = "Built-in mutable sequence.\n\n"
           "If no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
};
