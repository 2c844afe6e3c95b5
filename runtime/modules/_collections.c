/*
 * _collections.c -- collections.deque and collections.defaultdict in C.
 *
 * deque
 * -----
 * A doubly linked list of fixed-size blocks (BLOCKLEN slots each) used as
 * a ring: items live from (leftblock, leftindex) to (rightblock,
 * rightindex) inclusive, so appends and pops at either end are O(1) and
 * never move other items.  Invariants:
 *   - len == number of items; an empty deque has exactly one block with
 *     leftindex == CENTER + 1 and rightindex == CENTER (so the next append
 *     on either side lands in the middle of the block);
 *   - blocks strictly between leftblock and rightblock are full;
 *   - a block is freed as soon as the last item in it is popped, except
 *     the single block of an empty deque.
 * `state` counts structural mutations (appends, pops, clears, rotations);
 * iterators and the searching methods (count, index, remove, `in`)
 * compare it before and after calling user code (__eq__) and raise
 * "deque mutated during iteration" when it changed, as CPython does.
 * Bounded deques (maxlen >= 0) discard from the opposite end on append.
 * The middle operations (insert, remove, del d[i]) rotate the target to an
 * end, act there, and rotate back.
 *
 * defaultdict
 * -----------
 * A dict subclass whose instances carry one extra pointer, default_factory,
 * stored just past the dict's own (private) layout: the offset is
 * kr_dict_type.basicsize, known only at run time, so the type's basicsize
 * is set in the module's init before the type is readied.  dict's
 * subscript calls __missing__ on subclasses; ours calls the factory and
 * stores the result.
 *
 * _tuplegetter
 * ------------
 * The read-only field descriptors namedtuple puts on its classes
 * (Point.x): a data descriptor returning tuple item `index`.
 */
#include "krait.h"
#include "dict.h"

/* ====================================================================== */
/* deque                                                                  */
/* ====================================================================== */

#define BLOCKLEN 64
#define CENTER ((BLOCKLEN - 1) / 2)

typedef struct Block {
    struct Block *left;
    struct Block *right;
    KrObject *data[BLOCKLEN];
} Block;

typedef struct {
    KrObject ob;
    Block *leftblock;
    Block *rightblock;
    Kr_ssize_t leftindex;       /* 0 .. BLOCKLEN-1 */
    Kr_ssize_t rightindex;      /* 0 .. BLOCKLEN-1 (or -1/BLOCKLEN transiently) */
    Kr_ssize_t len;
    Kr_ssize_t maxlen;          /* -1 = unbounded */
    size_t state;
    KrObject *weakreflist;
} Deque;

typedef struct {
    KrObject ob;
    Deque *deque;               /* NULL once exhausted */
    Block *b;
    Kr_ssize_t index;
    Kr_ssize_t counter;         /* items left */
    size_t state;
} DequeIter;

KrType kr_deque_type;
static KrType deque_iter_type;
static KrType deque_reviter_type;

#define DEQUE_CHECK(o) kr_type_is_subtype(KR_TYPE(o), &kr_deque_type)

static Block *new_block(void)
{
    Block *b = kr_mem_alloc(sizeof(Block));
    if (b == NULL) {
        kr_err_no_memory();
        return NULL;
    }
    b->left = b->right = NULL;
    return b;
}

static KrObject *deque_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    Deque *d = (Deque *)kr_type_generic_alloc(type, 0);
    if (d == NULL)
        return NULL;
    Block *b = new_block();
    if (b == NULL) {
        kr_object_free((KrObject *)d);
        return NULL;
    }
    d->leftblock = d->rightblock = b;
    d->leftindex = CENTER + 1;
    d->rightindex = CENTER;
    d->len = 0;
    d->maxlen = -1;
    d->state = 0;
    if (!kr_gc_is_tracked((KrObject *)d))
        kr_gc_track((KrObject *)d);
    return (KrObject *)d;
}

/* Steals x.  Does not trim to maxlen. */
static int push_right(Deque *d, KrObject *x)
{
    if (d->rightindex == BLOCKLEN - 1) {
        Block *b = new_block();
        if (b == NULL) {
            kr_decref(x);
            return -1;
        }
        b->left = d->rightblock;
        d->rightblock->right = b;
        d->rightblock = b;
        d->rightindex = -1;
    }
    d->rightblock->data[++d->rightindex] = x;
    d->len++;
    d->state++;
    return 0;
}

static int push_left(Deque *d, KrObject *x)
{
    if (d->leftindex == 0) {
        Block *b = new_block();
        if (b == NULL) {
            kr_decref(x);
            return -1;
        }
        b->right = d->leftblock;
        d->leftblock->left = b;
        d->leftblock = b;
        d->leftindex = BLOCKLEN;
    }
    d->leftblock->data[--d->leftindex] = x;
    d->len++;
    d->state++;
    return 0;
}

/* Caller checked len > 0.  Returns the item (new reference). */
static KrObject *take_right(Deque *d)
{
    KrObject *x = d->rightblock->data[d->rightindex--];
    d->len--;
    d->state++;
    if (d->len == 0) {
        d->leftindex = CENTER + 1;
        d->rightindex = CENTER;
    } else if (d->rightindex < 0) {
        Block *prev = d->rightblock->left;
        kr_mem_free(d->rightblock);
        prev->right = NULL;
        d->rightblock = prev;
        d->rightindex = BLOCKLEN - 1;
    }
    return x;
}

static KrObject *take_left(Deque *d)
{
    KrObject *x = d->leftblock->data[d->leftindex++];
    d->len--;
    d->state++;
    if (d->len == 0) {
        d->leftindex = CENTER + 1;
        d->rightindex = CENTER;
    } else if (d->leftindex == BLOCKLEN) {
        Block *next = d->leftblock->right;
        kr_mem_free(d->leftblock);
        next->left = NULL;
        d->leftblock = next;
        d->leftindex = 0;
    }
    return x;
}

/* Append with maxlen trimming; does not steal x. */
static int append_right(Deque *d, KrObject *x)
{
    if (d->maxlen == 0)
        return 0;
    if (push_right(d, kr_newref(x)) < 0)
        return -1;
    if (d->maxlen >= 0 && d->len > d->maxlen)
        kr_decref(take_left(d));
    return 0;
}

static int append_left(Deque *d, KrObject *x)
{
    if (d->maxlen == 0)
        return 0;
    if (push_left(d, kr_newref(x)) < 0)
        return -1;
    if (d->maxlen >= 0 && d->len > d->maxlen)
        kr_decref(take_right(d));
    return 0;
}

/* Slot address of item i (0 <= i < len). */
static KrObject **slot_at(Deque *d, Kr_ssize_t i)
{
    Block *b;
    Kr_ssize_t n;
    if (i < d->len / 2) {
        n = i + d->leftindex;
        b = d->leftblock;
        while (n >= BLOCKLEN) {
            b = b->right;
            n -= BLOCKLEN;
        }
    } else {
        /* count from the right end: position of the last item is rightindex */
        Kr_ssize_t back = d->len - 1 - i;
        n = d->rightindex - back;
        b = d->rightblock;
        while (n < 0) {
            b = b->left;
            n += BLOCKLEN;
        }
    }
    return &b->data[n];
}

static void deque_clear_items(Deque *d)
{
    /* Detach everything first: decref may run code that touches d. */
    while (d->len > 0) {
        KrObject *x = take_right(d);
        kr_decref(x);
    }
    d->state++;
}

static int deque_gc_clear(KrObject *o)
{
    deque_clear_items((Deque *)o);
    return 0;
}

/* weakref.c; not in krait.h (type.c declares it the same way) */

static void deque_dealloc(KrObject *o)
{
    Deque *d = (Deque *)o;
    kr_gc_untrack(o);
    if (d->weakreflist != NULL)
        kr_weakref_clear_refs(o);
    deque_clear_items(d);
    kr_mem_free(d->leftblock);
    d->leftblock = d->rightblock = NULL;
    kr_object_free(o);
}

static int deque_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    Deque *d = (Deque *)o;
    Block *b = d->leftblock;
    Kr_ssize_t idx = d->leftindex;
    for (Kr_ssize_t i = 0; i < d->len; i++) {
        int r = visit(b->data[idx], arg);
        if (r)
            return r;
        if (++idx == BLOCKLEN) {
            b = b->right;
            idx = 0;
        }
    }
    return 0;
}

static Kr_hash_t deque_hash(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    kr_err_format(&kr_exc_TypeError, "unhashable type: '%s'",
                  t == &kr_deque_type ? t->name : kr_type_name(t));
    return -1;
}

/* rotate right by n (negative: left), in place. */
static void rotate(Deque *d, Kr_ssize_t n)
{
    Kr_ssize_t len = d->len;
    if (len <= 1)
        return;
    n %= len;
    if (n < 0)
        n += len;
    if (n > len / 2)
        n -= len;
    /* Moving items never fails: a block is allocated only when an end
     * block is full, and the opposite end frees one at the same pace;
     * in the worst case new_block fails and we stop early (still valid). */
    size_t st = d->state;
    while (n > 0) {
        KrObject *x = take_right(d);
        if (push_left(d, x) < 0) {
            kr_err_clear();
            break;
        }
        n--;
    }
    while (n < 0) {
        KrObject *x = take_left(d);
        if (push_right(d, x) < 0) {
            kr_err_clear();
            break;
        }
        n++;
    }
    d->state = st + 1;
}

/* ---- methods ---- */

static KrObject *deque_append(KrObject *self, KrObject *x)
{
    if (append_right((Deque *)self, x) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *deque_appendleft(KrObject *self, KrObject *x)
{
    if (append_left((Deque *)self, x) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *deque_pop(KrObject *self)
{
    Deque *d = (Deque *)self;
    if (d->len == 0) {
        kr_err_set_string(&kr_exc_IndexError, "pop from an empty deque");
        return NULL;
    }
    return take_right(d);
}

static KrObject *deque_popleft(KrObject *self)
{
    Deque *d = (Deque *)self;
    if (d->len == 0) {
        kr_err_set_string(&kr_exc_IndexError, "pop from an empty deque");
        return NULL;
    }
    return take_left(d);
}

static int extend_impl(Deque *d, KrObject *iterable, int left)
{
    KrObject *src = iterable;
    if (iterable == (KrObject *)d) {
        src = kr_sequence_list(iterable);
        if (src == NULL)
            return -1;
    } else {
        kr_incref(src);
    }
    int is_list = KR_TYPE(src) == &kr_list_type;
    if (is_list || KR_TYPE(src) == &kr_tuple_type) {
        /* Index exact lists and tuples directly (no iterator object); the
         * size is re-read each step, as the list iterator does, because
         * an evicted item's finaliser may change the list. */
        for (Kr_ssize_t i = 0; i < KR_SIZE(src); i++) {
            KrObject *x = kr_newref(is_list ? KR_LIST_GET(src, i) : KR_TUPLE_GET(src, i));
            int r = left ? append_left(d, x) : append_right(d, x);
            kr_decref(x);
            if (r < 0) {
                kr_decref(src);
                return -1;
            }
        }
        kr_decref(src);
        return 0;
    }
    KrObject *it = kr_object_get_iter(src);
    kr_decref(src);
    if (it == NULL)
        return -1;
    KrObject *x;
    while ((x = kr_iter_next(it)) != NULL) {
        int r = left ? append_left(d, x) : append_right(d, x);
        kr_decref(x);
        if (r < 0) {
            kr_decref(it);
            return -1;
        }
    }
    kr_decref(it);
    return kr_err_occurred() ? -1 : 0;
}

static KrObject *deque_extend(KrObject *self, KrObject *iterable)
{
    if (extend_impl((Deque *)self, iterable, 0) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *deque_extendleft(KrObject *self, KrObject *iterable)
{
    if (extend_impl((Deque *)self, iterable, 1) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *deque_clearmeth(KrObject *self)
{
    deque_clear_items((Deque *)self);
    KR_RETURN_NONE;
}

static KrObject *maxlen_obj(Deque *d)
{
    if (d->maxlen < 0)
        return kr_newref(kr_None);
    return kr_int_from_ssize(d->maxlen);
}

static KrObject *deque_copy(KrObject *self)
{
    Deque *d = (Deque *)self;
    if (KR_TYPE(self) == &kr_deque_type) {
        Deque *n = (Deque *)deque_new(&kr_deque_type, NULL, 0, NULL);
        if (n == NULL)
            return NULL;
        n->maxlen = d->maxlen;
        if (extend_impl(n, self, 0) < 0) {
            kr_decref((KrObject *)n);
            return NULL;
        }
        return (KrObject *)n;
    }
    /* Subclasses: type(d)(d) or type(d)(d, maxlen), as CPython. */
    if (d->maxlen < 0)
        return kr_call1((KrObject *)KR_TYPE(self), self);
    KrObject *ml = maxlen_obj(d);
    if (ml == NULL)
        return NULL;
    KrObject *r = kr_call2((KrObject *)KR_TYPE(self), self, ml);
    kr_decref(ml);
    return r;
}

/* Compares d's items with v; sets *count / returns the first index.
 * Raises RuntimeError when the deque changes under a comparison. */
static Kr_ssize_t find_index(Deque *d, KrObject *v, Kr_ssize_t start, Kr_ssize_t stop,
                             Kr_ssize_t *count)
{
    size_t st = d->state;
    Kr_ssize_t n = d->len;
    if (count)
        *count = 0;
    for (Kr_ssize_t i = start; i < stop && i < n; i++) {
        KrObject *x = *slot_at(d, i);
        kr_incref(x);
        int eq = kr_object_richcompare_bool(x, v, KR_EQ);
        kr_decref(x);
        if (eq < 0)
            return -2;
        if (d->state != st || d->len != n) {
            kr_err_set_string(&kr_exc_RuntimeError, "deque mutated during iteration");
            return -2;
        }
        if (eq) {
            if (!count)
                return i;
            (*count)++;
        }
    }
    return -1;
}

static KrObject *deque_count(KrObject *self, KrObject *v)
{
    Kr_ssize_t c;
    if (find_index((Deque *)self, v, 0, KR_SSIZE_T_MAX, &c) == -2)
        return NULL;
    return kr_int_from_ssize(c);
}

static int deque_contains(KrObject *self, KrObject *v)
{
    Kr_ssize_t i = find_index((Deque *)self, v, 0, KR_SSIZE_T_MAX, NULL);
    if (i == -2)
        return -1;
    return i >= 0;
}

static int clamp_index(KrObject *o, Kr_ssize_t len, Kr_ssize_t *out)
{
    Kr_ssize_t v = kr_number_as_ssize(o, NULL);
    if (v == -1 && kr_err_occurred())
        return -1;
    if (v < 0) {
        v += len;
        if (v < 0)
            v = 0;
    }
    if (v > len)
        v = len;
    *out = v;
    return 0;
}

static KrObject *deque_index(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Deque *d = (Deque *)self;
    if (kr_check_nargs("index", nargs, 1, 3) < 0)
        return NULL;
    Kr_ssize_t start = 0, stop = d->len;
    if (nargs > 1 && clamp_index(args[1], d->len, &start) < 0)
        return NULL;
    if (nargs > 2 && clamp_index(args[2], d->len, &stop) < 0)
        return NULL;
    Kr_ssize_t i = find_index(d, args[0], start, stop, NULL);
    if (i == -2)
        return NULL;
    if (i < 0)
        return kr_err_format(&kr_exc_ValueError, "%R is not in deque", args[0]);
    return kr_int_from_ssize(i);
}

/* Deletes item i (0 <= i < len) by rotating it to the left end. */
static void del_item(Deque *d, Kr_ssize_t i)
{
    rotate(d, -i);
    KrObject *x = take_left(d);
    rotate(d, i);
    kr_decref(x);
}

static KrObject *deque_remove(KrObject *self, KrObject *v)
{
    Deque *d = (Deque *)self;
    Kr_ssize_t i = find_index(d, v, 0, KR_SSIZE_T_MAX, NULL);
    if (i == -2)
        return NULL;
    if (i < 0)
        return kr_err_format(&kr_exc_ValueError, "%R is not in deque", v);
    del_item(d, i);
    KR_RETURN_NONE;
}

static KrObject *deque_insert(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Deque *d = (Deque *)self;
    if (kr_check_nargs("insert", nargs, 2, 2) < 0)
        return NULL;
    Kr_ssize_t i = kr_number_as_ssize(args[0], NULL);
    if (i == -1 && kr_err_occurred())
        return NULL;
    if (d->maxlen >= 0 && d->len >= d->maxlen) {
        kr_err_set_string(&kr_exc_IndexError, "deque already at its maximum size");
        return NULL;
    }
    Kr_ssize_t n = d->len;
    if (i >= n) {
        if (append_right(d, args[1]) < 0)
            return NULL;
        KR_RETURN_NONE;
    }
    if (i < -n || i == 0 || i == -n) {
        if (append_left(d, args[1]) < 0)
            return NULL;
        KR_RETURN_NONE;
    }
    if (i < 0)
        i += n;
    rotate(d, -i);
    int r = append_left(d, args[1]);
    rotate(d, i);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *deque_reverse(KrObject *self)
{
    Deque *d = (Deque *)self;
    Block *lb = d->leftblock, *rb = d->rightblock;
    Kr_ssize_t li = d->leftindex, ri = d->rightindex;
    for (Kr_ssize_t k = d->len / 2; k > 0; k--) {
        KrObject *t = lb->data[li];
        lb->data[li] = rb->data[ri];
        rb->data[ri] = t;
        if (++li == BLOCKLEN) {
            lb = lb->right;
            li = 0;
        }
        if (--ri < 0) {
            rb = rb->left;
            ri = BLOCKLEN - 1;
        }
    }
    d->state++;
    KR_RETURN_NONE;
}

static KrObject *deque_rotate(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("rotate", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t n = 1;
    if (nargs == 1) {
        n = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
        if (n == -1 && kr_err_occurred())
            return NULL;
    }
    rotate((Deque *)self, n);
    KR_RETURN_NONE;
}

static KrObject *deque_iter_make(Deque *d, int reverse);

static KrObject *deque_reversed(KrObject *self)
{
    return deque_iter_make((Deque *)self, 1);
}

static KrObject *deque_reduce(KrObject *self)
{
    Deque *d = (Deque *)self;
    KrObject *state = NULL;
    KrObject **dp = kr_object_dict_ptr(self);
    if (dp && *dp && KR_DICT_CHECK(*dp) && kr_object_length(*dp) > 0)
        state = kr_newref(*dp);
    else
        state = kr_newref(kr_None);
    KrObject *it = kr_object_get_iter(self);
    if (it == NULL) {
        kr_decref(state);
        return NULL;
    }
    KrObject *args;
    if (d->maxlen < 0) {
        args = kr_tuple_new(0);
    } else {
        KrObject *empty = kr_tuple_new(0);
        KrObject *ml = maxlen_obj(d);
        args = (empty && ml) ? kr_tuple_pack(2, empty, ml) : NULL;
        kr_xdecref(empty);
        kr_xdecref(ml);
    }
    if (args == NULL) {
        kr_decref(state);
        kr_decref(it);
        return NULL;
    }
    KrObject *r = kr_tuple_pack(4, (KrObject *)KR_TYPE(self), args, state, it);
    kr_decref(args);
    kr_decref(state);
    kr_decref(it);
    return r;
}

static KrObject *deque_class_getitem(KrObject *cls, KrObject *arg)
{
    return kr_generic_alias_new(cls, arg);
}

static KrObject *deque_sizeof(KrObject *self)
{
    Deque *d = (Deque *)self;
    Kr_ssize_t blocks = (d->leftindex + d->len + BLOCKLEN - 1) / BLOCKLEN;
    if (blocks < 1)
        blocks = 1;
    return kr_int_from_ssize((Kr_ssize_t)sizeof(Deque) + blocks * (Kr_ssize_t)sizeof(Block));
}

/* ---- init / repr / compare ---- */

static int deque_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                      KrObject *kwnames)
{
    static const char *const names[] = {"iterable", "maxlen", NULL};
    KrObject *out[2] = {NULL, NULL};
    if (kr_parse_args("deque", args, nargs, kwnames, names, 0, 0, out) < 0)
        return -1;
    Deque *d = (Deque *)self;
    Kr_ssize_t maxlen = -1;
    if (out[1] != NULL && out[1] != kr_None) {
        maxlen = kr_number_as_ssize(out[1], &kr_exc_OverflowError);
        if (maxlen == -1 && kr_err_occurred())
            return -1;
        if (maxlen < 0) {
            kr_err_set_string(&kr_exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    d->maxlen = maxlen;
    if (d->len > 0)
        deque_clear_items(d);
    if (out[0] != NULL)
        return extend_impl(d, out[0], 0);
    return 0;
}

static KrObject *deque_repr(KrObject *self)
{
    Deque *d = (Deque *)self;
    const char *name = kr_type_name(KR_TYPE(self));
    int rec = kr_repr_enter(self);
    if (rec < 0)
        return NULL;
    if (rec > 0)
        return kr_str_from_cstr("[...]");
    KrObject *list = kr_sequence_list(self);
    if (list == NULL) {
        kr_repr_leave(self);
        return NULL;
    }
    KrObject *r;
    if (d->maxlen < 0)
        r = kr_str_from_format("%s(%R)", name, list);
    else
        r = kr_str_from_format("%s(%R, maxlen=%zd)", name, list, d->maxlen);
    kr_decref(list);
    kr_repr_leave(self);
    return r;
}

static KrObject *deque_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!DEQUE_CHECK(a) || !DEQUE_CHECK(b))
        KR_RETURN_NOTIMPLEMENTED;
    Deque *da = (Deque *)a, *db = (Deque *)b;
    if ((op == KR_EQ || op == KR_NE) && da->len != db->len)
        return kr_bool_from(op == KR_NE);
    KrObject *la = kr_sequence_list(a);
    if (la == NULL)
        return NULL;
    KrObject *lb = kr_sequence_list(b);
    if (lb == NULL) {
        kr_decref(la);
        return NULL;
    }
    KrObject *r = kr_object_richcompare(la, lb, op);
    kr_decref(la);
    kr_decref(lb);
    return r;
}

/* ---- sequence protocol ---- */

static Kr_ssize_t deque_len(KrObject *self)
{
    return ((Deque *)self)->len;
}

static KrObject *deque_item(KrObject *self, Kr_ssize_t i)
{
    Deque *d = (Deque *)self;
    if (i < 0 || i >= d->len) {
        kr_err_set_string(&kr_exc_IndexError, "deque index out of range");
        return NULL;
    }
    return kr_newref(*slot_at(d, i));
}

static int deque_ass_item(KrObject *self, Kr_ssize_t i, KrObject *v)
{
    Deque *d = (Deque *)self;
    if (i < 0 || i >= d->len) {
        kr_err_set_string(&kr_exc_IndexError, "deque index out of range");
        return -1;
    }
    if (v == NULL) {
        del_item(d, i);
        return 0;
    }
    KrObject **slot = slot_at(d, i);
    KR_SETREF(*slot, kr_newref(v));
    return 0;
}

static KrObject *deque_inplace_concat(KrObject *self, KrObject *other)
{
    if (extend_impl((Deque *)self, other, 0) < 0)
        return NULL;
    return kr_newref(self);
}

static KrObject *deque_concat(KrObject *self, KrObject *other)
{
    if (!DEQUE_CHECK(other))
        return kr_err_format(&kr_exc_TypeError,
                             "can only concatenate deque (not \"%s\") to deque",
                             kr_type_name(KR_TYPE(other)));
    KrObject *n = deque_copy(self);
    if (n == NULL)
        return NULL;
    if (!DEQUE_CHECK(n)) {
        kr_decref(n);
        return kr_err_format(&kr_exc_TypeError, "copy() returned a non-deque");
    }
    if (extend_impl((Deque *)n, other, 0) < 0) {
        kr_decref(n);
        return NULL;
    }
    return n;
}

static KrObject *deque_inplace_repeat(KrObject *self, Kr_ssize_t n)
{
    Deque *d = (Deque *)self;
    if (n <= 0) {
        deque_clear_items(d);
        return kr_newref(self);
    }
    if (n == 1 || d->len == 0)
        return kr_newref(self);
    KrObject *items = kr_sequence_list(self);
    if (items == NULL)
        return NULL;
    Kr_ssize_t m = KR_SIZE(items);
    Kr_ssize_t reps = n - 1;
    /* A bounded deque keeps only its last maxlen items: skip whole copies
     * that would be discarded anyway. */
    if (d->maxlen >= 0 && m > 0) {
        Kr_ssize_t keep = d->maxlen / m + 2;
        if (reps > keep)
            reps = keep;
    }
    for (Kr_ssize_t r = 0; r < reps; r++) {
        for (Kr_ssize_t k = 0; k < m; k++) {
            if (append_right(d, KR_LIST_GET(items, k)) < 0) {
                kr_decref(items);
                return NULL;
            }
        }
    }
    kr_decref(items);
    return kr_newref(self);
}

static KrObject *deque_repeat(KrObject *self, Kr_ssize_t n)
{
    KrObject *c = deque_copy(self);
    if (c == NULL)
        return NULL;
    KrObject *r = deque_inplace_repeat(c, n);
    kr_decref(c);
    return r;
}

/* ---- maxlen ---- */

static KrObject *deque_get_maxlen(KrObject *self, void *closure)
{
    return maxlen_obj((Deque *)self);
}

static int deque_set_maxlen(KrObject *self, KrObject *v, void *closure)
{
    kr_err_set_string(&kr_exc_AttributeError,
                      "attribute 'maxlen' of 'collections.deque' objects is not writable");
    return -1;
}

/* ---- iterators ---- */

static KrObject *deque_iter_make(Deque *d, int reverse)
{
    DequeIter *it = (DequeIter *)kr_object_alloc(reverse ? &deque_reviter_type
                                                         : &deque_iter_type, 0);
    if (it == NULL)
        return NULL;
    it->deque = (Deque *)kr_newref((KrObject *)d);
    it->b = reverse ? d->rightblock : d->leftblock;
    it->index = reverse ? d->rightindex : d->leftindex;
    it->counter = d->len;
    it->state = d->state;
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

static KrObject *deque_iter(KrObject *self)
{
    return deque_iter_make((Deque *)self, 0);
}

static void dequeiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((DequeIter *)o)->deque);
    kr_object_free(o);
}

static int dequeiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    DequeIter *it = (DequeIter *)o;
    return it->deque ? visit((KrObject *)it->deque, arg) : 0;
}

static KrObject *iter_self(KrObject *o)
{
    return kr_newref(o);
}

static int iter_check(DequeIter *it)
{
    if (it->deque->state != it->state) {
        it->counter = 0;
        kr_err_set_string(&kr_exc_RuntimeError, "deque mutated during iteration");
        return -1;
    }
    return 0;
}

static KrObject *dequeiter_next(KrObject *o)
{
    DequeIter *it = (DequeIter *)o;
    if (it->deque == NULL)
        return NULL;
    if (iter_check(it) < 0)
        return NULL;
    if (it->counter == 0) {
        KR_CLEAR(it->deque);
        return NULL;
    }
    KrObject *x = it->b->data[it->index];
    it->counter--;
    if (++it->index == BLOCKLEN && it->counter > 0) {
        it->b = it->b->right;
        it->index = 0;
    }
    return kr_newref(x);
}

static KrObject *dequereviter_next(KrObject *o)
{
    DequeIter *it = (DequeIter *)o;
    if (it->deque == NULL)
        return NULL;
    if (iter_check(it) < 0)
        return NULL;
    if (it->counter == 0) {
        KR_CLEAR(it->deque);
        return NULL;
    }
    KrObject *x = it->b->data[it->index];
    it->counter--;
    if (--it->index < 0 && it->counter > 0) {
        it->b = it->b->left;
        it->index = BLOCKLEN - 1;
    }
    return kr_newref(x);
}

static KrObject *dequeiter_length_hint(KrObject *o)
{
    return kr_int_from_ssize(((DequeIter *)o)->counter);
}

static const KrMethodDef dequeiter_methods[] = {
    KR_METHOD_NOARGS("__length_hint__", dequeiter_length_hint),
    KR_METHOD_END,
};

static KrType deque_iter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(DequeIter),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = dequeiter_dealloc,
    .getattro = kr_object_generic_getattr,
    .iter = iter_self,
    .iternext = dequeiter_next,
    .traverse = dequeiter_traverse,
    .methods = dequeiter_methods,
};

static KrType deque_reviter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(DequeIter),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = dequeiter_dealloc,
    .getattro = kr_object_generic_getattr,
    .iter = iter_self,
    .iternext = dequereviter_next,
    .traverse = dequeiter_traverse,
    .methods = dequeiter_methods,
};

static const KrMethodDef deque_methods[] = {
    KR_METHOD_O("append", deque_append),
    KR_METHOD_O("appendleft", deque_appendleft),
    KR_METHOD_NOARGS("pop", deque_pop),
    KR_METHOD_NOARGS("popleft", deque_popleft),
    KR_METHOD_O("extend", deque_extend),
    KR_METHOD_O("extendleft", deque_extendleft),
    KR_METHOD_NOARGS("clear", deque_clearmeth),
    KR_METHOD_NOARGS("copy", deque_copy),
    KR_METHOD_NOARGS("__copy__", deque_copy),
    KR_METHOD_O("count", deque_count),
    KR_METHOD_FAST("index", deque_index),
    KR_METHOD_FAST("insert", deque_insert),
    KR_METHOD_O("remove", deque_remove),
    KR_METHOD_NOARGS("reverse", deque_reverse),
    KR_METHOD_FAST("rotate", deque_rotate),
    KR_METHOD_NOARGS("__reversed__", deque_reversed),
    KR_METHOD_NOARGS("__reduce__", deque_reduce),
    KR_METHOD_NOARGS("__sizeof__", deque_sizeof),
    { "__class_getitem__", { .o = deque_class_getitem }, KR_METH_O | KR_METH_CLASS, NULL },
    KR_METHOD_END,
};

static const KrGetSetDef deque_getset[] = {
    { "maxlen", deque_get_maxlen, deque_set_maxlen,
      "maximum size of a deque or None if unbounded", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrSequenceMethods deque_as_sequence = {
    .length = deque_len,
    .concat = deque_concat,
    .repeat = deque_repeat,
    .item = deque_item,
    .ass_item = deque_ass_item,
    .contains = deque_contains,
    .inplace_concat = deque_inplace_concat,
    .inplace_repeat = deque_inplace_repeat,
};

KrType kr_deque_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "collections.deque",
    .basicsize = sizeof(Deque),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .hash = deque_hash,
    .richcompare = deque_richcompare,
    .getattro = kr_object_generic_getattr,
    .iter = deque_iter,
    .as_sequence = &deque_as_sequence,
    .traverse = deque_traverse,
    .clear = deque_gc_clear,
    .new_ = deque_new,
    .init = deque_init,
    .methods = deque_methods,
    .getset = deque_getset,
    .weaklistoffset = offsetof(Deque, weakreflist),
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
};

/* ====================================================================== */
/* defaultdict                                                            */
/* ====================================================================== */

KrType kr_defaultdict_type;

/* The factory slot sits right after the dict layout (offset known at run
 * time, see the file comment). */
static KrObject **factory_slot(KrObject *o)
{
    return (KrObject **)((char *)o + kr_dict_type.basicsize);
}

static KrObject *dd_missing(KrObject *self, KrObject *key)
{
    KrObject *factory = *factory_slot(self);
    if (factory == NULL || factory == kr_None) {
        KrObject *t = kr_tuple_pack(1, key);
        if (t != NULL) {
            kr_err_set(&kr_exc_KeyError, t);
            kr_decref(t);
        }
        return NULL;
    }
    KrObject *value = kr_call0(factory);
    if (value == NULL)
        return NULL;
    if (kr_object_setitem(self, key, value) < 0) {
        kr_decref(value);
        return NULL;
    }
    return value;
}

static KrObject *dd_factory_or_none(KrObject *self)
{
    KrObject *f = *factory_slot(self);
    return kr_newref(f ? f : kr_None);
}

/* type(dd)(default_factory, source) */
static KrObject *dd_new_like(KrObject *self, KrObject *source)
{
    KrObject *f = dd_factory_or_none(self);
    KrObject *r = kr_call2((KrObject *)KR_TYPE(self), f, source);
    kr_decref(f);
    return r;
}

static KrObject *dd_copy(KrObject *self)
{
    return dd_new_like(self, self);
}

static KrObject *dd_reduce(KrObject *self)
{
    KrObject *f = *factory_slot(self);
    KrObject *args = (f == NULL || f == kr_None) ? kr_tuple_new(0) : kr_tuple_pack(1, f);
    if (args == NULL)
        return NULL;
    KrObject *items = kr_call_method0(self, kr_str_intern_cstr("items"));
    KrObject *it = items ? kr_object_get_iter(items) : NULL;
    kr_xdecref(items);
    if (it == NULL) {
        kr_decref(args);
        return NULL;
    }
    KrObject *r = kr_tuple_pack(5, (KrObject *)KR_TYPE(self), args, kr_None, kr_None, it);
    kr_decref(args);
    kr_decref(it);
    return r;
}

static KrObject *dd_repr(KrObject *self)
{
    KrObject *base = kr_dict_type.repr(self);
    if (base == NULL)
        return NULL;
    KrObject *f = *factory_slot(self);
    KrObject *frepr;
    if (f == NULL || f == kr_None) {
        frepr = kr_str_from_cstr("None");
    } else {
        int rec = kr_repr_enter(f);
        if (rec < 0) {
            kr_decref(base);
            return NULL;
        }
        if (rec > 0) {
            frepr = kr_str_from_cstr("...");
        } else {
            frepr = kr_object_repr(f);
            kr_repr_leave(f);
        }
    }
    if (frepr == NULL) {
        kr_decref(base);
        return NULL;
    }
    KrObject *r = kr_str_from_format("%s(%U, %U)", kr_type_name(KR_TYPE(self)), frepr, base);
    kr_decref(frepr);
    kr_decref(base);
    return r;
}

static int dd_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                   KrObject *kwnames)
{
    KrObject *factory = kr_None;
    KrObject *const *rest = args;
    Kr_ssize_t nrest = nargs;
    if (nargs > 0) {
        factory = args[0];
        if (factory != kr_None && !kr_callable_check(factory)) {
            kr_err_set_string(&kr_exc_TypeError, "first argument must be callable or None");
            return -1;
        }
        rest = args + 1;
        nrest = nargs - 1;
    }
    KR_SETREF(*factory_slot(self), kr_newref(factory));
    /* keyword values follow the positionals: keep them adjacent */
    return kr_dict_type.init(self, rest, nrest, kwnames);
}

static KrObject *dd_get_factory(KrObject *self, void *closure)
{
    return dd_factory_or_none(self);
}

static int dd_set_factory(KrObject *self, KrObject *v, void *closure)
{
    KR_SETREF(*factory_slot(self), v ? kr_newref(v) : NULL);
    return 0;
}

static int dd_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrObject *f = *factory_slot(o);
    if (f) {
        int r = visit(f, arg);
        if (r)
            return r;
    }
    return kr_dict_type.traverse(o, visit, arg);
}

static int dd_clear(KrObject *o)
{
    KR_CLEAR(*factory_slot(o));
    return kr_dict_type.clear(o);
}

static void dd_dealloc(KrObject *o)
{
    KR_CLEAR(*factory_slot(o));
    kr_dict_type.dealloc(o);
}

static KrObject *dd_or(KrObject *a, KrObject *b)
{
    if (!KR_DICT_CHECK(a) || !KR_DICT_CHECK(b))
        KR_RETURN_NOTIMPLEMENTED;
    KrObject *self, *other;
    int left = kr_type_is_subtype(KR_TYPE(a), &kr_defaultdict_type);
    if (left) {
        self = a;
        other = b;
    } else {
        self = b;
        other = a;
    }
    KrObject *n = dd_new_like(self, left ? self : other);
    if (n == NULL)
        return NULL;
    KrObject *r = kr_call_method1(n, kr_str_intern_cstr("update"), left ? other : self);
    if (r == NULL) {
        kr_decref(n);
        return NULL;
    }
    kr_decref(r);
    return n;
}

static const KrMethodDef dd_methods[] = {
    KR_METHOD_O("__missing__", dd_missing),
    KR_METHOD_NOARGS("copy", dd_copy),
    KR_METHOD_NOARGS("__copy__", dd_copy),
    KR_METHOD_NOARGS("__reduce__", dd_reduce),
    KR_METHOD_END,
};

static const KrGetSetDef dd_getset[] = {
    { "default_factory", dd_get_factory, dd_set_factory,
      "Factory for default value called by __missing__().", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrNumberMethods dd_as_number;

KrType kr_defaultdict_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "collections.defaultdict",
    .basicsize = 0,             /* set in kr_collections_init */
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE | KR_TPFLAGS_DICT_SUBCLASS,
    .dealloc = dd_dealloc,
    .repr = dd_repr,
    .getattro = kr_object_generic_getattr,
    .as_number = &dd_as_number,
    .traverse = dd_traverse,
    .clear = dd_clear,
    .init = dd_init,
    .methods = dd_methods,
    .getset = dd_getset,
    .base = &kr_dict_type,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
           "The default factory is called without arguments to produce\n"
           "a new value when a key is not present, in __getitem__ only.\n"
           "A defaultdict compares equal to a dict with the same items.\n"
           "All remaining arguments are treated the same as if they were\n"
           "passed to the dict constructor, including keyword arguments.\n",
};

/* ====================================================================== */
/* _tuplegetter: the field descriptors of namedtuple classes               */
/* ====================================================================== */

typedef struct {
    KrObject ob;
    Kr_ssize_t index;
    KrObject *doc;
} TupleGetter;

static KrType tuplegetter_type;

static KrObject *tg_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    if (kr_check_no_kwargs("_tuplegetter", kwnames) < 0 ||
        kr_check_nargs("_tuplegetter", nargs, 2, 2) < 0)
        return NULL;
    Kr_ssize_t i = kr_number_as_ssize(args[0], &kr_exc_IndexError);
    if (i == -1 && kr_err_occurred())
        return NULL;
    TupleGetter *g = (TupleGetter *)kr_type_generic_alloc(type, 0);
    if (g == NULL)
        return NULL;
    g->index = i;
    g->doc = kr_newref(args[1]);
    if (!kr_gc_is_tracked((KrObject *)g))
        kr_gc_track((KrObject *)g);
    return (KrObject *)g;
}

static void tg_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(((TupleGetter *)o)->doc);
    kr_object_free(o);
}

static int tg_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrObject *d = ((TupleGetter *)o)->doc;
    return d ? visit(d, arg) : 0;
}

static int tg_clear(KrObject *o)
{
    KR_CLEAR(((TupleGetter *)o)->doc);
    return 0;
}

static KrObject *tg_get(KrObject *descr, KrObject *obj, KrObject *type)
{
    TupleGetter *g = (TupleGetter *)descr;
    if (obj == NULL || obj == kr_None)
        return kr_newref(descr);
    if (!KR_TUPLE_CHECK(obj))
        return kr_err_format(&kr_exc_TypeError,
                             "descriptor for index '%zd' for tuple subclasses "
                             "doesn't apply to '%s' object",
                             g->index, kr_type_name(KR_TYPE(obj)));
    if (g->index < 0 || g->index >= KR_SIZE(obj)) {
        kr_err_set_string(&kr_exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return kr_newref(KR_TUPLE_GET(obj, g->index));
}

static int tg_set(KrObject *descr, KrObject *obj, KrObject *value)
{
    kr_err_set_string(&kr_exc_AttributeError,
                      value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static KrObject *tg_reduce(KrObject *o)
{
    TupleGetter *g = (TupleGetter *)o;
    KrObject *i = kr_int_from_ssize(g->index);
    if (i == NULL)
        return NULL;
    KrObject *args = kr_tuple_pack(2, i, g->doc ? g->doc : kr_None);
    kr_decref(i);
    if (args == NULL)
        return NULL;
    KrObject *r = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    kr_decref(args);
    return r;
}

static KrObject *tg_repr(KrObject *o)
{
    TupleGetter *g = (TupleGetter *)o;
    return kr_str_from_format("%s(%zd, %R)", kr_type_name(KR_TYPE(o)), g->index,
                              g->doc ? g->doc : kr_None);
}

static const KrMethodDef tg_methods[] = {
    KR_METHOD_NOARGS("__reduce__", tg_reduce),
    KR_METHOD_END,
};

static const KrMemberDef tg_members[] = {
    { "__doc__", KR_T_OBJECT, offsetof(TupleGetter, doc), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

static KrType tuplegetter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "_collections._tuplegetter",
    .basicsize = sizeof(TupleGetter),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = tg_dealloc,
    .repr = tg_repr,
    .getattro = kr_object_generic_getattr,
    .setattro = kr_object_generic_setattr,
    .descr_get = tg_get,
    .descr_set = tg_set,
    .traverse = tg_traverse,
    .clear = tg_clear,
    .new_ = tg_new,
    .methods = tg_methods,
    .members = tg_members,
};

/* ====================================================================== */
/* OrderedDict's views and iterator                                       */
/* ====================================================================== */

/* OrderedDict (lib/collections) is a dict subclass in Python whose order
 * is the dict's own; only the names CPython shows differ.  odict_keys,
 * odict_values and odict_items are C subclasses of the dict views (so
 * isinstance(od.keys(), type({}.keys())) holds, as in CPython), and every
 * iterator is wrapped in an odict_iterator that forwards to the dict
 * iterator.  The dict view layout is private to dictviews.c: OView
 * mirrors its leading field, the dict. */
typedef struct {
    KrObject ob;
    KrObject *dict;
} OView;

typedef struct {
    KrObject ob;
    KrObject *it;
} OIter;

static KrType odict_iter_type, odict_keys_type, odict_values_type, odict_items_type;

static KrObject *oiter_wrap(KrObject *it)
{
    if (it == NULL)
        return NULL;
    OIter *o = (OIter *)kr_object_alloc(&odict_iter_type, 0);
    if (o == NULL) {
        kr_decref(it);
        return NULL;
    }
    o->it = it;
    kr_gc_track((KrObject *)o);
    return (KrObject *)o;
}

static void oiter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(((OIter *)o)->it);
    kr_object_free(o);
}

static int oiter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    return ((OIter *)o)->it ? visit(((OIter *)o)->it, arg) : 0;
}

static int oiter_clear(KrObject *o)
{
    KR_CLEAR(((OIter *)o)->it);
    return 0;
}

static KrObject *oiter_self(KrObject *o)
{
    return kr_newref(o);
}

static KrObject *oiter_next(KrObject *o)
{
    KrObject *it = ((OIter *)o)->it;
    if (it == NULL)
        return NULL;
    KrObject *r = KR_TYPE(it)->iternext(it);
    /* the dict's "changed size/keys" errors, in OrderedDict's words */
    if (r == NULL && kr_err_occurred() && kr_err_matches_type(&kr_exc_RuntimeError)) {
        kr_err_clear();
        kr_err_set_string(&kr_exc_RuntimeError, "OrderedDict mutated during iteration");
    }
    return r;
}

static KrType odict_iter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "odict_iterator",
    .basicsize = sizeof(OIter),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = oiter_dealloc,
    .iter = oiter_self,
    .iternext = oiter_next,
    .traverse = oiter_traverse,
    .clear = oiter_clear,
};

/* The dict iterator type for a view type (or the dict itself: keys). */
static KrType *dict_iter_for(KrType *view, int reverse)
{
    if (view == &odict_values_type)
        return reverse ? &kr_dictrevvalue_type : &kr_dictitervalue_type;
    if (view == &odict_items_type)
        return reverse ? &kr_dictrevitem_type : &kr_dictiteritem_type;
    return reverse ? &kr_dictrevkey_type : &kr_dictiterkey_type;
}

static KrObject *oview_iter(KrObject *o)
{
    return oiter_wrap(kr_dictiter_new(((OView *)o)->dict, dict_iter_for(KR_TYPE(o), 0)));
}

static KrObject *oview_reversed(KrObject *o)
{
    return oiter_wrap(kr_dictiter_new(((OView *)o)->dict, dict_iter_for(KR_TYPE(o), 1)));
}

static const KrMethodDef oview_methods[] = {
    KR_METHOD_NOARGS("__reversed__", oview_reversed),
    KR_METHOD_END,
};

#define ODICT_VIEW(cname, pyname, basetype)                                  \
    static KrType cname = {                                                  \
        .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),                           \
        .name = pyname,                                                      \
        .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,     \
        .iter = oview_iter,                                                  \
        .methods = oview_methods,                                            \
        .base = &basetype,                                                   \
    };

ODICT_VIEW(odict_keys_type, "odict_keys", kr_dictkeys_type)
ODICT_VIEW(odict_values_type, "odict_values", kr_dictvalues_type)
ODICT_VIEW(odict_items_type, "odict_items", kr_dictitems_type)

static int odict_check(KrObject *d)
{
    if (KR_DICT_CHECK(d))
        return 0;
    kr_err_format(&kr_exc_TypeError, "expected a dict, not %s", kr_type_name(KR_TYPE(d)));
    return -1;
}

static KrObject *odict_keys_f(KrObject *m, KrObject *d)
{
    return odict_check(d) < 0 ? NULL : kr_dictview_new(d, &odict_keys_type);
}

static KrObject *odict_values_f(KrObject *m, KrObject *d)
{
    return odict_check(d) < 0 ? NULL : kr_dictview_new(d, &odict_values_type);
}

static KrObject *odict_items_f(KrObject *m, KrObject *d)
{
    return odict_check(d) < 0 ? NULL : kr_dictview_new(d, &odict_items_type);
}

static KrObject *odict_iter_f(KrObject *m, KrObject *d)
{
    return odict_check(d) < 0 ? NULL : oiter_wrap(kr_dictiter_new(d, &kr_dictiterkey_type));
}

static KrObject *odict_reversed_f(KrObject *m, KrObject *d)
{
    return odict_check(d) < 0 ? NULL : oiter_wrap(kr_dictiter_new(d, &kr_dictrevkey_type));
}

static const KrMethodDef collections_functions[] = {
    KR_METHOD_O("_odict_keys", odict_keys_f),
    KR_METHOD_O("_odict_values", odict_values_f),
    KR_METHOD_O("_odict_items", odict_items_f),
    KR_METHOD_O("_odict_iter", odict_iter_f),
    KR_METHOD_O("_odict_reversed", odict_reversed_f),
    KR_METHOD_END,
};

static int odict_types_ready(void)
{
    KrType *views[] = { &odict_keys_type, &odict_values_type, &odict_items_type };
    for (int i = 0; i < 3; i++) {
        kr_dict_ensure_ready(views[i]->base);
        views[i]->basicsize = views[i]->base->basicsize;
        if (kr_type_ready(views[i]) < 0)
            return -1;
    }
    return kr_type_ready(&odict_iter_type);
}

/* ====================================================================== */
/* module                                                                 */
/* ====================================================================== */

KrObject *kr_collections_init(void)
{
    if (kr_defaultdict_type.basicsize == 0) {
        if (kr_type_ready(&kr_dict_type) < 0)
            return NULL;
        kr_defaultdict_type.basicsize = kr_dict_type.basicsize + (Kr_ssize_t)sizeof(KrObject *);
        kr_defaultdict_type.new_ = kr_dict_type.new_;
        if (kr_dict_type.as_number)
            dd_as_number = *kr_dict_type.as_number;
        dd_as_number.or_ = dd_or;
    }
    if (kr_type_ready(&deque_iter_type) < 0 || kr_type_ready(&deque_reviter_type) < 0 ||
        odict_types_ready() < 0)
        return NULL;
    KrObject *m = kr_module_new("_collections");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, collections_functions) < 0 ||
        kr_module_add_type(m, &kr_deque_type) < 0 ||
        kr_module_add_type(m, &kr_defaultdict_type) < 0 ||
        kr_module_add_type(m, &tuplegetter_type) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
