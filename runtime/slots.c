/*
 * slots.c -- the bridge between C slots and dunder methods.
 *
 * One table (kr_slotdefs) pairs each dunder with the C slot it maps to.
 * It is used in two directions:
 *
 *  - C types -> Python: kr_type_ready gives a C type a wrapper descriptor
 *    for every slot it defines itself, so `int.__add__`, `list.__len__`,
 *    `object.__init__` exist and can be called or overridden.
 *  - Python classes -> C: after a class statement, each slot is set to a
 *    generic "slot_*" function that looks the dunder up on the type and
 *    calls it -- unless the dunder found on the MRO is simply the wrapper of
 *    a C slot, in which case the C function itself is installed (a class
 *    deriving from list without overriding __getitem__ keeps list's fast
 *    C subscript).  Assigning a dunder on a class later re-derives the slot
 *    for it and its subclasses (kr_slots_update).
 *
 * Binary operators follow CPython's rule for reflected operands: the slot
 * is called with (a, b) for both operand types; the generic function tries
 * a.__op__(b) when a's type uses it and b.__rop__(a) when b's type does,
 * letting a subclass that overrides __rop__ go first.
 */
#include "typeobject.h"

#include <stddef.h>

/* ---------------------------------------------------------------------- */
/* Calling dunders                                                        */
/* ---------------------------------------------------------------------- */

/* Looks `name` up on type(self) and calls it with self prepended.  Absent
 * dunders give NotImplemented when `ni` is set (binary operators), else
 * AttributeError. */
static KrObject *call_dunder(KrObject *self, KrObject *name, KrObject *const *args,
                             Kr_ssize_t nargs, int ni)
{
    int found;
    KrObject *r = kr_call_special(self, name, args, nargs, &found);
    if (!found) {
        if (kr_err_occurred())
            return NULL;
        if (ni)
            KR_RETURN_NOTIMPLEMENTED;
        kr_err_set(&kr_exc_AttributeError, name);
        return NULL;
    }
    return r;
}

static KrObject *call_dunder_kw(KrObject *self, KrObject *name, KrObject *const *args,
                                Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *descr = kr_type_lookup(KR_TYPE(self), name);
    if (descr == NULL) {
        kr_err_set(&kr_exc_AttributeError, name);
        return NULL;
    }
    kr_incref(descr);
    KrObject *r;
    if (KR_TYPE_HAS_FLAG(KR_TYPE(descr), KR_TPFLAGS_METHOD_DESCRIPTOR)) {
        Kr_ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
        KrObject *small[8];
        KrObject **stack = small;
        if (nargs + nkw + 1 > 8) {
            stack = kr_mem_alloc(sizeof(KrObject *) * (size_t)(nargs + nkw + 1));
            if (stack == NULL) {
                kr_decref(descr);
                return kr_err_no_memory();
            }
        }
        stack[0] = self;
        for (Kr_ssize_t i = 0; i < nargs + nkw; i++)
            stack[i + 1] = args[i];
        r = kr_call(descr, stack, nargs + 1, kwnames);
        if (stack != small)
            kr_mem_free(stack);
    } else {
        kr_descrgetfunc f = KR_TYPE(descr)->descr_get;
        KrObject *bound = f ? f(descr, self, (KrObject *)KR_TYPE(self)) : kr_newref(descr);
        r = bound ? kr_call(bound, args, nargs, kwnames) : NULL;
        kr_xdecref(bound);
    }
    kr_decref(descr);
    return r;
}

/* ---------------------------------------------------------------------- */
/* Generic slot functions for classes defined in Python                   */
/* ---------------------------------------------------------------------- */

static KrObject *slot_repr(KrObject *self) { return call_dunder(self, KR_ID(__repr__), NULL, 0, 0); }
static KrObject *slot_str(KrObject *self) { return call_dunder(self, KR_ID(__str__), NULL, 0, 0); }

static Kr_hash_t slot_hash(KrObject *self)
{
    KrObject *f = kr_type_lookup(KR_TYPE(self), KR_ID(__hash__));
    if (f == kr_None || f == NULL)
        return kr_hash_not_implemented(self);
    KrObject *r = call_dunder(self, KR_ID(__hash__), NULL, 0, 0);
    if (r == NULL)
        return -1;
    if (!KR_INT_CHECK(r)) {
        kr_err_set_string(&kr_exc_TypeError, "__hash__ method should return an integer");
        kr_decref(r);
        return -1;
    }
    /* A value that fits the hash width is used as it is (-1 becomes -2);
     * larger ints are reduced as hash(int) does. */
    Kr_hash_t h;
    int overflow = 0;
    int64_t v = kr_int_as_i64(r, &overflow);
    if (!overflow)
        h = v == -1 ? -2 : (Kr_hash_t)v;
    else
        h = kr_int_hash(r);
    kr_decref(r);
    return h;
}

static KrObject *slot_call(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    if (kr_enter_recursive(" while calling a Python object"))
        return NULL;
    KrObject *r = call_dunder_kw(self, KR_ID(__call__), args, nargs, kwnames);
    kr_leave_recursive();
    return r;
}

/* __getattribute__, then __getattr__ when it raised AttributeError. */
static KrObject *slot_getattro(KrObject *self, KrObject *name)
{
    KrType *t = KR_TYPE(self);
    KrObject *getattribute = kr_type_lookup(t, KR_ID(__getattribute__));
    KrObject *getattr = kr_type_lookup(t, KR_ID(__getattr__));
    KrObject *res;
    /* object.__getattribute__ itself: take the C path directly. */
    KrObject *base_ga = kr_type_lookup(&kr_object_type, KR_ID(__getattribute__));
    if (getattribute == NULL || getattribute == base_ga) {
        if (getattr == NULL)
            return kr_object_generic_getattr(self, name);
        res = kr_object_generic_getattr_suppress(self, name);
        if (res != NULL || kr_err_occurred())
            return res;
    } else {
        /* No recursion count of its own (CPython's hook has none): the
         * Python frame of the dunder counts, so RecursionError says just
         * "maximum recursion depth exceeded", and the eval loop guards the
         * C stack. */
        res = call_dunder(self, KR_ID(__getattribute__), &name, 1, 0);
        if (res != NULL || getattr == NULL || !kr_err_matches_type(&kr_exc_AttributeError))
            return res;
        kr_err_clear();
    }
    return call_dunder(self, KR_ID(__getattr__), &name, 1, 0);
}

static int slot_setattro(KrObject *self, KrObject *name, KrObject *value)
{
    KrObject *r;
    if (value == NULL)
        r = call_dunder(self, KR_ID(__delattr__), &name, 1, 0);
    else {
        KrObject *args[2] = { name, value };
        r = call_dunder(self, KR_ID(__setattr__), args, 2, 0);
    }
    if (r == NULL)
        return -1;
    kr_decref(r);
    return 0;
}

static const int swapped[] = { KR_GT, KR_GE, KR_EQ, KR_NE, KR_LT, KR_LE };
static KrObject **richcmp_names(void)
{
    static KrObject *names[6];
    if (names[0] == NULL) {
        names[KR_LT] = KR_ID(__lt__);
        names[KR_LE] = KR_ID(__le__);
        names[KR_EQ] = KR_ID(__eq__);
        names[KR_NE] = KR_ID(__ne__);
        names[KR_GT] = KR_ID(__gt__);
        names[KR_GE] = KR_ID(__ge__);
    }
    return names;
}

static KrObject *slot_richcompare(KrObject *self, KrObject *other, int op)
{
    (void)swapped;
    KrObject *name = richcmp_names()[op];
    KrObject *f = kr_type_lookup(KR_TYPE(self), name);
    if (f == NULL || f == kr_None)
        KR_RETURN_NOTIMPLEMENTED;
    return call_dunder(self, name, &other, 1, 1);
}

static KrObject *slot_iter(KrObject *self)
{
    KrObject *f = kr_type_lookup(KR_TYPE(self), KR_ID(__iter__));
    if (f == kr_None)
        return kr_err_format(&kr_exc_TypeError, "'%s' object is not iterable",
                             kr_type_name(KR_TYPE(self)));
    if (f == NULL) {
        /* __getitem__-only classes iterate by index */
        extern KrObject *kr_seqiter_new(KrObject *seq);
        if (kr_type_lookup(KR_TYPE(self), KR_ID(__getitem__)))
            return kr_seqiter_new(self);
        return kr_err_format(&kr_exc_TypeError, "'%s' object is not iterable",
                             kr_type_name(KR_TYPE(self)));
    }
    return call_dunder(self, KR_ID(__iter__), NULL, 0, 0);
}

/* May return NULL with StopIteration set (kr_iter_next clears it); the
 * interpreter reads its value for `yield from`. */
static KrObject *slot_iternext(KrObject *self)
{
    return call_dunder(self, KR_ID(__next__), NULL, 0, 0);
}

static KrObject *slot_descr_get(KrObject *self, KrObject *obj, KrObject *type)
{
    KrObject *args[2] = { obj ? obj : kr_None, type ? type : kr_None };
    return call_dunder(self, KR_ID(__get__), args, 2, 0);
}

static int slot_descr_set(KrObject *self, KrObject *obj, KrObject *value)
{
    KrObject *r;
    if (value == NULL)
        r = call_dunder(self, KR_ID(__delete__), &obj, 1, 0);
    else {
        KrObject *args[2] = { obj, value };
        r = call_dunder(self, KR_ID(__set__), args, 2, 0);
    }
    if (r == NULL)
        return -1;
    kr_decref(r);
    return 0;
}

static int slot_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *r = call_dunder_kw(self, KR_ID(__init__), args, nargs, kwnames);
    if (r == NULL)
        return -1;
    if (r != kr_None) {
        kr_err_format(&kr_exc_TypeError, "__init__() should return None, not '%s'",
                      kr_type_name(KR_TYPE(r)));
        kr_decref(r);
        return -1;
    }
    kr_decref(r);
    return 0;
}

static KrObject *slot_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    /* __new__ is a staticmethod: t.__new__(t, *args) */
    KrObject *f = kr_object_getattr((KrObject *)t, KR_ID(__new__));
    if (f == NULL)
        return NULL;
    Kr_ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    KrObject *small[8];
    KrObject **stack = small;
    if (nargs + nkw + 1 > 8) {
        stack = kr_mem_alloc(sizeof(KrObject *) * (size_t)(nargs + nkw + 1));
        if (stack == NULL) {
            kr_decref(f);
            return kr_err_no_memory();
        }
    }
    stack[0] = (KrObject *)t;
    for (Kr_ssize_t i = 0; i < nargs + nkw; i++)
        stack[i + 1] = args[i];
    KrObject *r = kr_call(f, stack, nargs + 1, kwnames);
    if (stack != small)
        kr_mem_free(stack);
    kr_decref(f);
    return r;
}

static void slot_finalize(KrObject *self)
{
    KrObject *saved = kr_err_fetch();
    KrObject *r = call_dunder(self, KR_ID(__del__), NULL, 0, 0);
    if (r == NULL) {
        KrObject *del = kr_type_lookup(KR_TYPE(self), KR_ID(__del__));
        kr_unraisable("Exception ignored in", del);
    } else {
        kr_decref(r);
    }
    kr_err_restore(saved);
}

/* ---- numbers ---- */

/* The full binary-operator protocol for one slot (see the file comment).
 * `field` is the slot's offset in KrNumberMethods, used to ask whether
 * each operand's type dispatches this slot through Python. */
static KrObject *binary_dunder(KrObject *a, KrObject *b, size_t field, void *self_fn,
                               KrObject *name, KrObject *rname)
{
    KrType *ta = KR_TYPE(a), *tb = KR_TYPE(b);
    int a_uses = ta->as_number && *(void **)((char *)ta->as_number + field) == self_fn;
    int do_other = ta != tb && tb->as_number &&
                   *(void **)((char *)tb->as_number + field) == self_fn;
    if (a_uses) {
        if (do_other && rname && kr_type_is_subtype(tb, ta)) {
            /* A subclass that overrides the reflected method goes first. */
            KrObject *ra = kr_type_lookup(ta, rname), *rb = kr_type_lookup(tb, rname);
            if (rb != NULL && rb != ra) {
                KrObject *r = call_dunder(b, rname, &a, 1, 1);
                if (r != kr_NotImplemented)
                    return r;
                kr_decref(r);
                do_other = 0;
            }
        }
        KrObject *f = kr_type_lookup(ta, name);
        if (f != NULL && f != kr_None) {
            KrObject *r = call_dunder(a, name, &b, 1, 1);
            if (r != kr_NotImplemented || ta == tb)
                return r;
            kr_decref(r);
        }
    }
    if (do_other && rname) {
        KrObject *f = kr_type_lookup(tb, rname);
        if (f != NULL && f != kr_None)
            return call_dunder(b, rname, &a, 1, 1);
    }
    KR_RETURN_NOTIMPLEMENTED;
}

#define NB_FIELD(f) offsetof(KrNumberMethods, f)

#define BINSLOT(fn, field, name, rname)                                         \
    static KrObject *fn(KrObject *a, KrObject *b)                               \
    {                                                                           \
        return binary_dunder(a, b, NB_FIELD(field), (void *)fn, KR_ID(name),    \
                             KR_ID(rname));                                     \
    }
BINSLOT(slot_nb_add, add, __add__, __radd__)
BINSLOT(slot_nb_sub, subtract, __sub__, __rsub__)
BINSLOT(slot_nb_mul, multiply, __mul__, __rmul__)
BINSLOT(slot_nb_matmul, matrix_multiply, __matmul__, __rmatmul__)
BINSLOT(slot_nb_truediv, true_divide, __truediv__, __rtruediv__)
BINSLOT(slot_nb_floordiv, floor_divide, __floordiv__, __rfloordiv__)
BINSLOT(slot_nb_mod, remainder, __mod__, __rmod__)
BINSLOT(slot_nb_divmod, divmod, __divmod__, __rdivmod__)
BINSLOT(slot_nb_lshift, lshift, __lshift__, __rlshift__)
BINSLOT(slot_nb_rshift, rshift, __rshift__, __rrshift__)
BINSLOT(slot_nb_and, and_, __and__, __rand__)
BINSLOT(slot_nb_xor, xor_, __xor__, __rxor__)
BINSLOT(slot_nb_or, or_, __or__, __ror__)
#undef BINSLOT

static KrObject *slot_nb_pow(KrObject *a, KrObject *b, KrObject *mod)
{
    if (mod == kr_None || mod == NULL)
        return binary_dunder(a, b, NB_FIELD(power), (void *)slot_nb_pow, KR_ID(__pow__),
                             KR_ID(__rpow__));
    /* three-argument pow: only a.__pow__(b, mod) */
    KrType *ta = KR_TYPE(a);
    if (ta->as_number && ta->as_number->power == slot_nb_pow) {
        KrObject *args[2] = { b, mod };
        return call_dunder(a, KR_ID(__pow__), args, 2, 1);
    }
    KR_RETURN_NOTIMPLEMENTED;
}

#define INPLACE(fn, name)                                                       \
    static KrObject *fn(KrObject *a, KrObject *b)                               \
    {                                                                           \
        return call_dunder(a, KR_ID(name), &b, 1, 1);                           \
    }
INPLACE(slot_nb_iadd, __iadd__)
INPLACE(slot_nb_isub, __isub__)
INPLACE(slot_nb_imul, __imul__)
INPLACE(slot_nb_imatmul, __imatmul__)
INPLACE(slot_nb_itruediv, __itruediv__)
INPLACE(slot_nb_ifloordiv, __ifloordiv__)
INPLACE(slot_nb_imod, __imod__)
INPLACE(slot_nb_ilshift, __ilshift__)
INPLACE(slot_nb_irshift, __irshift__)
INPLACE(slot_nb_iand, __iand__)
INPLACE(slot_nb_ixor, __ixor__)
INPLACE(slot_nb_ior, __ior__)
#undef INPLACE

static KrObject *slot_nb_ipow(KrObject *a, KrObject *b, KrObject *mod)
{
    return call_dunder(a, KR_ID(__ipow__), &b, 1, 1);
}

#define UNARYSLOT(fn, name)                                                     \
    static KrObject *fn(KrObject *a) { return call_dunder(a, KR_ID(name), NULL, 0, 0); }
UNARYSLOT(slot_nb_neg, __neg__)
UNARYSLOT(slot_nb_pos, __pos__)
UNARYSLOT(slot_nb_abs, __abs__)
UNARYSLOT(slot_nb_invert, __invert__)
UNARYSLOT(slot_nb_int, __int__)
UNARYSLOT(slot_nb_float, __float__)
UNARYSLOT(slot_nb_index, __index__)
#undef UNARYSLOT

static int slot_nb_bool(KrObject *self)
{
    KrObject *f = kr_type_lookup(KR_TYPE(self), KR_ID(__bool__));
    KrObject *r;
    if (f == NULL) {
        /* __len__ decides when there is no __bool__ */
        r = call_dunder(self, KR_ID(__len__), NULL, 0, 0);
        if (r == NULL)
            return -1;
        Kr_ssize_t n = kr_number_as_ssize(r, &kr_exc_OverflowError);
        kr_decref(r);
        if (n < 0) {
            if (!kr_err_occurred())
                kr_err_set_string(&kr_exc_ValueError, "__len__() should return >= 0");
            return -1;
        }
        return n > 0;
    }
    r = call_dunder(self, KR_ID(__bool__), NULL, 0, 0);
    if (r == NULL)
        return -1;
    if (!KR_BOOL_CHECK(r)) {
        kr_err_format(&kr_exc_TypeError, "__bool__ should return bool, returned %s",
                      kr_type_name(KR_TYPE(r)));
        kr_decref(r);
        return -1;
    }
    int v = r == kr_True;
    kr_decref(r);
    return v;
}

/* ---- containers ---- */

static Kr_ssize_t slot_length(KrObject *self)
{
    KrObject *r = call_dunder(self, KR_ID(__len__), NULL, 0, 0);
    if (r == NULL)
        return -1;
    if (!kr_index_check(r)) {
        kr_err_format(&kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(KR_TYPE(r)));
        kr_decref(r);
        return -1;
    }
    Kr_ssize_t n = kr_number_as_ssize(r, &kr_exc_OverflowError);
    kr_decref(r);
    if (n < 0 && !kr_err_occurred()) {
        kr_err_set_string(&kr_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static KrObject *slot_getitem(KrObject *self, KrObject *key)
{
    return call_dunder(self, KR_ID(__getitem__), &key, 1, 0);
}

static KrObject *slot_sq_item(KrObject *self, Kr_ssize_t i)
{
    KrObject *k = kr_int_from_ssize(i);
    if (k == NULL)
        return NULL;
    KrObject *r = call_dunder(self, KR_ID(__getitem__), &k, 1, 0);
    kr_decref(k);
    return r;
}

static int slot_setitem(KrObject *self, KrObject *key, KrObject *value)
{
    KrObject *r;
    if (value == NULL)
        r = call_dunder(self, KR_ID(__delitem__), &key, 1, 0);
    else {
        KrObject *args[2] = { key, value };
        r = call_dunder(self, KR_ID(__setitem__), args, 2, 0);
    }
    if (r == NULL)
        return -1;
    kr_decref(r);
    return 0;
}

static int slot_contains(KrObject *self, KrObject *item)
{
    KrObject *f = kr_type_lookup(KR_TYPE(self), KR_ID(__contains__));
    if (f == kr_None) {
        kr_err_format(&kr_exc_TypeError, "'%s' object is not a container",
                      kr_type_name(KR_TYPE(self)));
        return -1;
    }
    if (f == NULL) {
        /* iterate (or index) to find it */
        KrObject *it = kr_object_get_iter(self);
        if (it == NULL)
            return -1;
        KrObject *x;
        int r = 0;
        while ((x = kr_iter_next(it)) != NULL) {
            r = kr_object_richcompare_bool(x, item, KR_EQ);
            kr_decref(x);
            if (r != 0)
                break;
        }
        kr_decref(it);
        if (r == 0 && kr_err_occurred())
            return -1;
        return r;
    }
    KrObject *r = call_dunder(self, KR_ID(__contains__), &item, 1, 0);
    if (r == NULL)
        return -1;
    int v = kr_object_is_true(r);
    kr_decref(r);
    return v;
}

/* ---------------------------------------------------------------------- */
/* Wrappers: C slots as dunder methods                                    */
/* ---------------------------------------------------------------------- */

static int check_args(const char *name, Kr_ssize_t nargs, Kr_ssize_t want, KrObject *kwnames)
{
    if (kwnames && KR_SIZE(kwnames) > 0) {
        kr_err_format(&kr_exc_TypeError, "wrapper %s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs != want) {
        kr_err_format(&kr_exc_TypeError, "expected %zd argument%s, got %zd", want,
                      want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

#define CHECK(n) do { if (check_args("", nargs, n, kwnames)) return NULL; } while (0)

static KrObject *wrap_unary(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                            KrObject *kwnames, void *w)
{
    CHECK(0);
    return ((kr_unaryfunc)w)(self);
}

static KrObject *wrap_binary(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames, void *w)
{
    CHECK(1);
    return ((kr_binaryfunc)w)(self, args[0]);
}

static KrObject *wrap_binary_r(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                               KrObject *kwnames, void *w)
{
    CHECK(1);
    return ((kr_binaryfunc)w)(args[0], self);
}

static KrObject *wrap_ternary(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames, void *w)
{
    if (kwnames && KR_SIZE(kwnames))
        return kr_err_set_string(&kr_exc_TypeError, "wrapper takes no keyword arguments"), NULL;
    if (nargs < 1 || nargs > 2)
        return kr_err_format(&kr_exc_TypeError, "expected 1 or 2 arguments, got %zd", nargs);
    return ((kr_ternaryfunc)w)(self, args[0], nargs == 2 ? args[1] : kr_None);
}

static KrObject *wrap_ternary_r(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames, void *w)
{
    if (nargs < 1 || nargs > 2)
        return kr_err_format(&kr_exc_TypeError, "expected 1 or 2 arguments, got %zd", nargs);
    return ((kr_ternaryfunc)w)(args[0], self, nargs == 2 ? args[1] : kr_None);
}

static KrObject *wrap_inquiry(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames, void *w)
{
    CHECK(0);
    int r = ((kr_inquiry)w)(self);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *wrap_len(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames, void *w)
{
    CHECK(0);
    Kr_ssize_t n = ((kr_lenfunc)w)(self);
    return n < 0 ? NULL : kr_int_from_ssize(n);
}

static KrObject *wrap_hash(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames, void *w)
{
    CHECK(0);
    Kr_hash_t h = ((kr_hashfunc)w)(self);
    return h == -1 ? NULL : kr_int_from_i64(h);
}

static KrObject *wrap_call(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames, void *w)
{
    return ((kr_vectorcallfunc)w)(self, args, nargs, kwnames);
}

static KrObject *wrap_richcmp(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames, void *w, int op)
{
    CHECK(1);
    return ((kr_richcmpfunc)w)(self, args[0], op);
}
#define RICHW(op)                                                                   \
    static KrObject *wrap_##op(KrObject *self, KrObject *const *args,                 \
                               Kr_ssize_t nargs, KrObject *kwnames, void *w)          \
    {                                                                                \
        return wrap_richcmp(self, args, nargs, kwnames, w, KR_##op);                 \
    }
RICHW(LT) RICHW(LE) RICHW(EQ) RICHW(NE) RICHW(GT) RICHW(GE)
#undef RICHW

static KrObject *wrap_next(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames, void *w)
{
    CHECK(0);
    KrObject *r = ((kr_unaryfunc)w)(self);
    if (r == NULL && !kr_err_occurred())
        kr_err_set(&kr_exc_StopIteration, NULL);
    return r;
}

static KrObject *wrap_descr_get(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames, void *w)
{
    if (nargs < 1 || nargs > 2)
        return kr_err_format(&kr_exc_TypeError, "expected 1 or 2 arguments, got %zd", nargs);
    KrObject *obj = args[0] == kr_None ? NULL : args[0];
    KrObject *type = nargs == 2 && args[1] != kr_None ? args[1] : NULL;
    if (obj == NULL && type == NULL)
        return kr_err_format(&kr_exc_TypeError, "__get__(None, None) is invalid");
    return ((kr_descrgetfunc)w)(self, obj, type);
}

static KrObject *wrap_descr_set(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames, void *w)
{
    CHECK(2);
    if (((kr_descrsetfunc)w)(self, args[0], args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_descr_delete(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                                   KrObject *kwnames, void *w)
{
    CHECK(1);
    if (((kr_descrsetfunc)w)(self, args[0], NULL) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_setattr(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames, void *w)
{
    CHECK(2);
    if (((kr_setattrofunc)w)(self, args[0], args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_delattr(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames, void *w)
{
    CHECK(1);
    if (((kr_setattrofunc)w)(self, args[0], NULL) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames, void *w)
{
    if (((kr_initproc)w)(self, args, nargs, kwnames) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_del(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames, void *w)
{
    CHECK(0);
    ((kr_destructor)w)(self);
    if (kr_err_occurred())
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_objobjarg(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames, void *w)
{
    CHECK(2);
    if (((kr_objobjargproc)w)(self, args[0], args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_delitem(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames, void *w)
{
    CHECK(1);
    if (((kr_objobjargproc)w)(self, args[0], NULL) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_contains(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                               KrObject *kwnames, void *w)
{
    CHECK(1);
    int r = ((kr_objobjproc)w)(self, args[0]);
    return r < 0 ? NULL : kr_bool_from(r);
}

static Kr_ssize_t index_arg(KrObject *self, KrObject *arg)
{
    Kr_ssize_t i = kr_number_as_ssize(arg, &kr_exc_OverflowError);
    if (i == -1 && kr_err_occurred())
        return -1;
    if (i < 0) {
        KrSequenceMethods *sq = KR_TYPE(self)->as_sequence;
        if (sq && sq->length) {
            Kr_ssize_t n = sq->length(self);
            if (n < 0)
                return -1;
            i += n;
        }
    }
    return i;
}

static KrObject *wrap_sq_item(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames, void *w)
{
    CHECK(1);
    if (!kr_index_check(args[0]))
        return kr_err_format(&kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             kr_type_name(KR_TYPE(args[0])));
    Kr_ssize_t i = index_arg(self, args[0]);
    if (i == -1 && kr_err_occurred())
        return NULL;
    return ((kr_ssizeargfunc)w)(self, i);
}

static KrObject *wrap_repeat(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames, void *w)
{
    CHECK(1);
    if (!kr_index_check(args[0]))
        KR_RETURN_NOTIMPLEMENTED;
    Kr_ssize_t n = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
    if (n == -1 && kr_err_occurred())
        return NULL;
    return ((kr_ssizeargfunc)w)(self, n);
}

static KrObject *wrap_sq_setitem(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                                 KrObject *kwnames, void *w)
{
    CHECK(2);
    Kr_ssize_t i = index_arg(self, args[0]);
    if (i == -1 && kr_err_occurred())
        return NULL;
    if (((kr_ssizeobjargproc)w)(self, i, args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_sq_delitem(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                                 KrObject *kwnames, void *w)
{
    CHECK(1);
    Kr_ssize_t i = index_arg(self, args[0]);
    if (i == -1 && kr_err_occurred())
        return NULL;
    if (((kr_ssizeobjargproc)w)(self, i, NULL) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *wrap_getattr(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames, void *w)
{
    CHECK(1);
    return ((kr_getattrofunc)w)(self, args[0]);
}

#undef CHECK

/* ---------------------------------------------------------------------- */
/* The table                                                              */
/* ---------------------------------------------------------------------- */

#define TS(name, field, gen, wrap, doc) \
    { name, SG_TYPE, offsetof(KrType, field), (void *)(gen), wrap, doc, NULL }
#define NS(name, field, gen, wrap, doc) \
    { name, SG_NUMBER, offsetof(KrNumberMethods, field), (void *)(gen), wrap, doc, NULL }
#define SS(name, field, gen, wrap, doc) \
    { name, SG_SEQUENCE, offsetof(KrSequenceMethods, field), (void *)(gen), wrap, doc, NULL }
#define MS(name, field, gen, wrap, doc) \
    { name, SG_MAPPING, offsetof(KrMappingMethods, field), (void *)(gen), wrap, doc, NULL }

/* Order matters where two entries share a name: the first one that a C
 * type defines provides the wrapper (mapping before sequence, number
 * before sequence). */
KrSlotDef kr_slotdefs[] = {
    TS("__getattribute__", getattro, slot_getattro, wrap_getattr, "Return getattr(self, name)."),
    TS("__getattr__", getattro, slot_getattro, NULL, NULL),
    TS("__setattr__", setattro, slot_setattro, wrap_setattr, "Implement setattr(self, name, value)."),
    TS("__delattr__", setattro, slot_setattro, wrap_delattr, "Implement delattr(self, name)."),
    TS("__repr__", repr, slot_repr, wrap_unary, "Return repr(self)."),
    TS("__hash__", hash, slot_hash, wrap_hash, "Return hash(self)."),
    TS("__call__", call, slot_call, wrap_call, "Call self as a function."),
    TS("__str__", str, slot_str, wrap_unary, "Return str(self)."),
    TS("__lt__", richcompare, slot_richcompare, wrap_LT, "Return self<value."),
    TS("__le__", richcompare, slot_richcompare, wrap_LE, "Return self<=value."),
    TS("__eq__", richcompare, slot_richcompare, wrap_EQ, "Return self==value."),
    TS("__ne__", richcompare, slot_richcompare, wrap_NE, "Return self!=value."),
    TS("__gt__", richcompare, slot_richcompare, wrap_GT, "Return self>value."),
    TS("__ge__", richcompare, slot_richcompare, wrap_GE, "Return self>=value."),
    TS("__iter__", iter, slot_iter, wrap_unary, "Implement iter(self)."),
    TS("__next__", iternext, slot_iternext, wrap_next, "Implement next(self)."),
    TS("__get__", descr_get, slot_descr_get, wrap_descr_get, "Return an attribute of instance, which is of type owner."),
    TS("__set__", descr_set, slot_descr_set, wrap_descr_set, "Set an attribute of instance to value."),
    TS("__delete__", descr_set, slot_descr_set, wrap_descr_delete, "Delete an attribute of instance."),
    TS("__init__", init, slot_init, wrap_init, "Initialize self.  See help(type(self)) for accurate signature."),
    TS("__new__", new_, slot_new, NULL, NULL),
    TS("__del__", finalize, slot_finalize, wrap_del, NULL),

    NS("__add__", add, slot_nb_add, wrap_binary, "Return self+value."),
    NS("__radd__", add, slot_nb_add, wrap_binary_r, "Return value+self."),
    NS("__sub__", subtract, slot_nb_sub, wrap_binary, "Return self-value."),
    NS("__rsub__", subtract, slot_nb_sub, wrap_binary_r, "Return value-self."),
    NS("__mul__", multiply, slot_nb_mul, wrap_binary, "Return self*value."),
    NS("__rmul__", multiply, slot_nb_mul, wrap_binary_r, "Return value*self."),
    NS("__mod__", remainder, slot_nb_mod, wrap_binary, "Return self%value."),
    NS("__rmod__", remainder, slot_nb_mod, wrap_binary_r, "Return value%self."),
    NS("__divmod__", divmod, slot_nb_divmod, wrap_binary, "Return divmod(self, value)."),
    NS("__rdivmod__", divmod, slot_nb_divmod, wrap_binary_r, "Return divmod(value, self)."),
    NS("__pow__", power, slot_nb_pow, wrap_ternary, "Return pow(self, value, mod)."),
    NS("__rpow__", power, slot_nb_pow, wrap_ternary_r, "Return pow(value, self, mod)."),
    NS("__neg__", negative, slot_nb_neg, wrap_unary, "-self"),
    NS("__pos__", positive, slot_nb_pos, wrap_unary, "+self"),
    NS("__abs__", absolute, slot_nb_abs, wrap_unary, "abs(self)"),
    NS("__bool__", bool_, slot_nb_bool, wrap_inquiry, "True if self else False"),
    NS("__invert__", invert, slot_nb_invert, wrap_unary, "~self"),
    NS("__lshift__", lshift, slot_nb_lshift, wrap_binary, "Return self<<value."),
    NS("__rlshift__", lshift, slot_nb_lshift, wrap_binary_r, "Return value<<self."),
    NS("__rshift__", rshift, slot_nb_rshift, wrap_binary, "Return self>>value."),
    NS("__rrshift__", rshift, slot_nb_rshift, wrap_binary_r, "Return value>>self."),
    NS("__and__", and_, slot_nb_and, wrap_binary, "Return self&value."),
    NS("__rand__", and_, slot_nb_and, wrap_binary_r, "Return value&self."),
    NS("__xor__", xor_, slot_nb_xor, wrap_binary, "Return self^value."),
    NS("__rxor__", xor_, slot_nb_xor, wrap_binary_r, "Return value^self."),
    NS("__or__", or_, slot_nb_or, wrap_binary, "Return self|value."),
    NS("__ror__", or_, slot_nb_or, wrap_binary_r, "Return value|self."),
    NS("__int__", int_, slot_nb_int, wrap_unary, "int(self)"),
    NS("__float__", float_, slot_nb_float, wrap_unary, "float(self)"),
    NS("__iadd__", inplace_add, slot_nb_iadd, wrap_binary, "Return self+=value."),
    NS("__isub__", inplace_subtract, slot_nb_isub, wrap_binary, "Return self-=value."),
    NS("__imul__", inplace_multiply, slot_nb_imul, wrap_binary, "Return self*=value."),
    NS("__imod__", inplace_remainder, slot_nb_imod, wrap_binary, "Return self%=value."),
    NS("__ipow__", inplace_power, slot_nb_ipow, wrap_ternary, "Return self**=value."),
    NS("__ilshift__", inplace_lshift, slot_nb_ilshift, wrap_binary, "Return self<<=value."),
    NS("__irshift__", inplace_rshift, slot_nb_irshift, wrap_binary, "Return self>>=value."),
    NS("__iand__", inplace_and_, slot_nb_iand, wrap_binary, "Return self&=value."),
    NS("__ixor__", inplace_xor_, slot_nb_ixor, wrap_binary, "Return self^=value."),
    NS("__ior__", inplace_or_, slot_nb_ior, wrap_binary, "Return self|=value."),
    NS("__floordiv__", floor_divide, slot_nb_floordiv, wrap_binary, "Return self//value."),
    NS("__rfloordiv__", floor_divide, slot_nb_floordiv, wrap_binary_r, "Return value//self."),
    NS("__truediv__", true_divide, slot_nb_truediv, wrap_binary, "Return self/value."),
    NS("__rtruediv__", true_divide, slot_nb_truediv, wrap_binary_r, "Return value/self."),
    NS("__ifloordiv__", inplace_floor_divide, slot_nb_ifloordiv, wrap_binary, "Return self//=value."),
    NS("__itruediv__", inplace_true_divide, slot_nb_itruediv, wrap_binary, "Return self/=value."),
    NS("__index__", index, slot_nb_index, wrap_unary, "Return self converted to an integer, if self is suitable for use as an index into a list."),
    NS("__matmul__", matrix_multiply, slot_nb_matmul, wrap_binary, "Return self@value."),
    NS("__rmatmul__", matrix_multiply, slot_nb_matmul, wrap_binary_r, "Return value@self."),
    NS("__imatmul__", inplace_matrix_multiply, slot_nb_imatmul, wrap_binary, "Return self@=value."),

    MS("__len__", length, slot_length, wrap_len, "Return len(self)."),
    MS("__getitem__", subscript, slot_getitem, wrap_binary, "Return self[key]."),
    MS("__setitem__", ass_subscript, slot_setitem, wrap_objobjarg, "Set self[key] to value."),
    MS("__delitem__", ass_subscript, slot_setitem, wrap_delitem, "Delete self[key]."),

    SS("__len__", length, slot_length, wrap_len, "Return len(self)."),
    SS("__add__", concat, NULL, wrap_binary, "Return self+value."),
    SS("__mul__", repeat, NULL, wrap_repeat, "Return self*value."),
    SS("__rmul__", repeat, NULL, wrap_repeat, "Return value*self."),
    SS("__getitem__", item, slot_sq_item, wrap_sq_item, "Return self[key]."),
    SS("__setitem__", ass_item, NULL, wrap_sq_setitem, "Set self[key] to value."),
    SS("__delitem__", ass_item, NULL, wrap_sq_delitem, "Delete self[key]."),
    SS("__contains__", contains, slot_contains, wrap_contains, "Return key in self."),
    SS("__iadd__", inplace_concat, NULL, wrap_binary, "Implement self+=value."),
    SS("__imul__", inplace_repeat, NULL, wrap_repeat, "Implement self*=value."),
    { NULL, 0, 0, NULL, NULL, NULL, NULL }
};

int kr_slots_init(void)
{
    for (KrSlotDef *sd = kr_slotdefs; sd->name; sd++) {
        sd->name_obj = kr_str_intern_cstr(sd->name);
        if (sd->name_obj == NULL)
            return -1;
    }
    return 0;
}

void **kr_slot_ptr(KrType *t, const KrSlotDef *sd)
{
    char *base;
    switch (sd->group) {
    case SG_TYPE: base = (char *)t; break;
    case SG_NUMBER: base = (char *)t->as_number; break;
    case SG_SEQUENCE: base = (char *)t->as_sequence; break;
    default: base = (char *)t->as_mapping; break;
    }
    return base ? (void **)(base + sd->offset) : NULL;
}

/* The slot value the base type would give t for sd (NULL if none). */
static void *base_slot(KrType *t, const KrSlotDef *sd)
{
    if (t->base == NULL)
        return NULL;
    void **p = kr_slot_ptr(t->base, sd);
    return p ? *p : NULL;
}

int kr_slots_add_wrappers(KrType *t)
{
    for (KrSlotDef *sd = kr_slotdefs; sd->name; sd++) {
        if (sd->wrapper == NULL)
            continue;
        void **p = kr_slot_ptr(t, sd);
        if (p == NULL || *p == NULL)
            continue;
        /* Only slots this type defines (not inherited ones); object's
         * slots are all its own. */
        if (t->base != NULL && *p == base_slot(t, sd))
            continue;
        if (sd->group == SG_TYPE && sd->offset == offsetof(KrType, hash) &&
            *p == (void *)kr_hash_not_implemented)
            continue;
        if (kr_dict_contains(t->dict, sd->name_obj) > 0)
            continue;
        KrObject *d = kr_wrapper_descr_new(t, sd, *p);
        if (d == NULL)
            return -1;
        int r = kr_dict_set_item(t->dict, sd->name_obj, d);
        kr_decref(d);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* Decides one slot of heap type t from what the dunders resolve to. */
static void fixup_slot(KrType *t, KrSlotDef *sd)
{
    void **p = kr_slot_ptr(t, sd);
    if (p == NULL)
        return;
    extern KrType kr_wrapper_descr_type;
    extern void *kr_wrapper_descr_wrapped(KrObject *d, KrSlotDef **sdp);
    void *specific = NULL;
    int use_generic = 0, any = 0;
    /* every dunder that maps onto this same slot */
    for (KrSlotDef *o = kr_slotdefs; o->name; o++) {
        if (o->group != sd->group || o->offset != sd->offset)
            continue;
        KrObject *d = kr_type_lookup(t, o->name_obj);
        if (d == NULL)
            continue;
        any = 1;
        if (KR_TYPE(d) == &kr_wrapper_descr_type) {
            KrSlotDef *dsd;
            void *w = kr_wrapper_descr_wrapped(d, &dsd);
            if (dsd->group == sd->group && dsd->offset == sd->offset &&
                (specific == NULL || specific == w)) {
                specific = w;
                continue;
            }
        }
        if (d == kr_None && sd->group == SG_TYPE && sd->offset == offsetof(KrType, hash)) {
            specific = (void *)kr_hash_not_implemented;
            continue;
        }
        use_generic = 1;
    }
    if (sd->group == SG_TYPE && sd->offset == offsetof(KrType, new_)) {
        KrObject *d = kr_type_lookup(t, sd->name_obj);
        extern KrType kr_cfunction_type;
        /* a C type's __new__ (a builtin bound to that type) keeps tp_new */
        if (d && KR_TYPE(d) == &kr_cfunction_type && ((KrCFunction *)d)->self &&
            KR_TYPE_CHECK(((KrCFunction *)d)->self))
            *p = (void *)((KrType *)((KrCFunction *)d)->self)->new_;
        else if (d)
            *p = (void *)slot_new;
        return;
    }
    if (!any)
        return;        /* keep what inheritance gave */
    if (use_generic) {
        if (sd->generic)
            *p = sd->generic;
    } else if (specific) {
        *p = specific;
    }
}

void kr_slots_fixup_all(KrType *t)
{
    for (KrSlotDef *sd = kr_slotdefs; sd->name; sd++)
        fixup_slot(t, sd);
    /* A class that defines __getitem__ but no __iter__ is iterable by
     * index; heap types always have sq.item via the generic slot then. */
}

static void update_rec(KrType *t, KrObject *name)
{
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
        return;
    for (KrSlotDef *sd = kr_slotdefs; sd->name; sd++)
        if (sd->name_obj == name)
            fixup_slot(t, sd);
    if (t->subclasses)
        for (Kr_ssize_t i = 0; i < t->subclasses->n; i++)
            update_rec(t->subclasses->items[i], name);
}

void kr_slots_update(KrType *t, KrObject *name)
{
    update_rec(t, name);
}
