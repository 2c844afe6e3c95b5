/*
 * _operator.c -- C versions of the operator module's hot paths.
 *
 * lib/operator.py defines everything in Python and then imports this
 * module's names over its own, so the pure-Python definitions remain the
 * fallback.  Here: the binary/unary/comparison functions (each a direct
 * call into the runtime's protocol, so errors are the runtime's own), and
 * the three callable getter types itemgetter, attrgetter and
 * methodcaller, which sort keys and map() call in tight loops.
 *
 * attrgetter splits dotted names once at construction into tuples of
 * interned strings; a call then walks each chain with getattr.
 */
#include "krait.h"

/* ---------------------------------------------------------------------- */
/* functions                                                              */
/* ---------------------------------------------------------------------- */

#define BINOP(fname, nb)                                                         \
    static KrObject *op_##fname(KrObject *m, KrObject *const *a, Kr_ssize_t n)   \
    {                                                                            \
        if (kr_check_nargs(#fname, n, 2, 2) < 0)                                 \
            return NULL;                                                         \
        return kr_number_binop(a[0], a[1], nb);                                  \
    }

BINOP(add, KR_NB_ADD)
BINOP(sub, KR_NB_SUBTRACT)
BINOP(mul, KR_NB_MULTIPLY)
BINOP(truediv, KR_NB_TRUE_DIVIDE)
BINOP(floordiv, KR_NB_FLOOR_DIVIDE)
BINOP(mod, KR_NB_REMAINDER)
BINOP(lshift, KR_NB_LSHIFT)
BINOP(rshift, KR_NB_RSHIFT)
BINOP(and_, KR_NB_AND)
BINOP(or_, KR_NB_OR)
BINOP(xor, KR_NB_XOR)
BINOP(matmul, KR_NB_MATRIX_MULTIPLY)
BINOP(iadd, KR_NB_INPLACE_ADD)
BINOP(isub, KR_NB_INPLACE_SUBTRACT)
BINOP(imul, KR_NB_INPLACE_MULTIPLY)
BINOP(itruediv, KR_NB_INPLACE_TRUE_DIVIDE)
BINOP(ifloordiv, KR_NB_INPLACE_FLOOR_DIVIDE)
BINOP(imod, KR_NB_INPLACE_REMAINDER)
BINOP(ilshift, KR_NB_INPLACE_LSHIFT)
BINOP(irshift, KR_NB_INPLACE_RSHIFT)
BINOP(iand, KR_NB_INPLACE_AND)
BINOP(ior, KR_NB_INPLACE_OR)
BINOP(ixor, KR_NB_INPLACE_XOR)
BINOP(imatmul, KR_NB_INPLACE_MATRIX_MULTIPLY)

#define CMPOP(fname, op)                                                         \
    static KrObject *op_##fname(KrObject *m, KrObject *const *a, Kr_ssize_t n)   \
    {                                                                            \
        if (kr_check_nargs(#fname, n, 2, 2) < 0)                                 \
            return NULL;                                                         \
        return kr_object_richcompare(a[0], a[1], op);                            \
    }

CMPOP(lt, KR_LT)
CMPOP(le, KR_LE)
CMPOP(eq, KR_EQ)
CMPOP(ne, KR_NE)
CMPOP(gt, KR_GT)
CMPOP(ge, KR_GE)

static KrObject *op_pow(KrObject *m, KrObject *const *a, Kr_ssize_t n)
{
    if (kr_check_nargs("pow", n, 2, 2) < 0)
        return NULL;
    return kr_number_power(a[0], a[1], kr_None);
}

static KrObject *op_ipow(KrObject *m, KrObject *const *a, Kr_ssize_t n)
{
    if (kr_check_nargs("ipow", n, 2, 2) < 0)
        return NULL;
    return kr_number_binop(a[0], a[1], KR_NB_INPLACE_POWER);
}

static KrObject *op_neg(KrObject *m, KrObject *a) { return kr_number_negative(a); }
static KrObject *op_pos(KrObject *m, KrObject *a) { return kr_number_positive(a); }
static KrObject *op_abs(KrObject *m, KrObject *a) { return kr_number_absolute(a); }
static KrObject *op_inv(KrObject *m, KrObject *a) { return kr_number_invert(a); }
static KrObject *op_index(KrObject *m, KrObject *a) { return kr_number_index(a); }

static KrObject *op_not_(KrObject *m, KrObject *a)
{
    int r = kr_object_not(a);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *op_truth(KrObject *m, KrObject *a)
{
    int r = kr_object_is_true(a);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *op_is_(KrObject *m, KrObject *const *a, Kr_ssize_t n)
{
    if (kr_check_nargs("is_", n, 2, 2) < 0)
        return NULL;
    return kr_bool_from(a[0] == a[1]);
}

static KrObject *op_is_not(KrObject *m, KrObject *const *a, Kr_ssize_t n)
{
    if (kr_check_nargs("is_not", n, 2, 2) < 0)
        return NULL;
    return kr_bool_from(a[0] != a[1]);
}

static KrObject *op_contains(KrObject *m, KrObject *const *a, Kr_ssize_t n)
{
    if (kr_check_nargs("contains", n, 2, 2) < 0)
        return NULL;
    int r = kr_sequence_contains(a[0], a[1]);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *op_getitem(KrObject *m, KrObject *const *a, Kr_ssize_t n)
{
    if (kr_check_nargs("getitem", n, 2, 2) < 0)
        return NULL;
    return kr_object_getitem(a[0], a[1]);
}

static KrObject *op_setitem(KrObject *m, KrObject *const *a, Kr_ssize_t n)
{
    if (kr_check_nargs("setitem", n, 3, 3) < 0)
        return NULL;
    if (kr_object_setitem(a[0], a[1], a[2]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *op_delitem(KrObject *m, KrObject *const *a, Kr_ssize_t n)
{
    if (kr_check_nargs("delitem", n, 2, 2) < 0)
        return NULL;
    if (kr_object_delitem(a[0], a[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

#define F(name, fn) { name, { .fast = fn }, KR_METH_FAST, NULL }
#define O(name, fn) { name, { .o = fn }, KR_METH_O, NULL }

static const KrMethodDef operator_functions[] = {
    F("add", op_add), F("sub", op_sub), F("mul", op_mul), F("truediv", op_truediv),
    F("floordiv", op_floordiv), F("mod", op_mod), F("lshift", op_lshift),
    F("rshift", op_rshift), F("and_", op_and_), F("or_", op_or_), F("xor", op_xor),
    F("matmul", op_matmul), F("pow", op_pow),
    F("iadd", op_iadd), F("isub", op_isub), F("imul", op_imul), F("itruediv", op_itruediv),
    F("ifloordiv", op_ifloordiv), F("imod", op_imod), F("ilshift", op_ilshift),
    F("irshift", op_irshift), F("iand", op_iand), F("ior", op_ior), F("ixor", op_ixor),
    F("imatmul", op_imatmul), F("ipow", op_ipow),
    F("lt", op_lt), F("le", op_le), F("eq", op_eq), F("ne", op_ne), F("gt", op_gt),
    F("ge", op_ge), F("is_", op_is_), F("is_not", op_is_not),
    O("neg", op_neg), O("pos", op_pos), O("abs", op_abs), O("inv", op_inv),
    O("invert", op_inv), O("index", op_index), O("not_", op_not_), O("truth", op_truth),
    F("contains", op_contains), F("getitem", op_getitem), F("setitem", op_setitem),
    F("delitem", op_delitem),
    KR_METHOD_END,
};

/* ---------------------------------------------------------------------- */
/* itemgetter                                                             */
/* ---------------------------------------------------------------------- */

typedef struct {
    KrObject ob;
    KrObject *items;            /* tuple */
} ItemGetter;

typedef struct {
    KrObject ob;
    KrObject *attrs;            /* tuple of tuples of interned str */
    KrObject *names;            /* the constructor's arguments, for repr */
} AttrGetter;

typedef struct {
    KrObject ob;
    KrObject *name;
    KrObject *args;             /* tuple */
    KrObject *kwargs;           /* dict */
} MethodCaller;

static KrType itemgetter_type, attrgetter_type, methodcaller_type;

static const char *getter_name(KrObject *o, KrType *exact)
{
    return KR_TYPE(o) == exact ? exact->name : kr_type_name(KR_TYPE(o));
}

static int getter_nfields(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    if (kr_type_is_subtype(t, &methodcaller_type))
        return 3;
    if (kr_type_is_subtype(t, &attrgetter_type))
        return 2;
    return 1;
}

static void getter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KrObject **f = (KrObject **)((char *)o + sizeof(KrObject));
    for (int i = 0, n = getter_nfields(o); i < n; i++)
        KR_CLEAR(f[i]);
    kr_object_free(o);
}

static int getter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrObject **f = (KrObject **)((char *)o + sizeof(KrObject));
    for (int i = 0, n = getter_nfields(o); i < n; i++) {
        if (f[i]) {
            int r = visit(f[i], arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static int getter_clear(KrObject *o)
{
    KrObject **f = (KrObject **)((char *)o + sizeof(KrObject));
    for (int i = 0, n = getter_nfields(o); i < n; i++)
        KR_CLEAR(f[i]);
    return 0;
}

static KrObject *getter_alloc(KrType *type)
{
    KrObject *o = kr_type_generic_alloc(type, 0);
    if (o != NULL && !kr_gc_is_tracked(o))
        kr_gc_track(o);
    return o;
}

static KrObject *args_tuple(KrObject *const *args, Kr_ssize_t n)
{
    KrObject *t = kr_tuple_new(n);
    if (t == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET(t, i, kr_newref(args[i]));
    return t;
}

static int call_check(const char *name, Kr_ssize_t nargs, KrObject *kwnames)
{
    if (kr_check_no_kwargs(name, kwnames) < 0)
        return -1;
    return kr_check_nargs(name, nargs, 1, 1);
}

static KrObject *ig_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    if (kr_check_no_kwargs("itemgetter", kwnames) < 0)
        return NULL;
    if (nargs < 1) {
        kr_err_set_string(&kr_exc_TypeError, "itemgetter expected 1 argument, got 0");
        return NULL;
    }
    ItemGetter *g = (ItemGetter *)getter_alloc(type);
    if (g == NULL)
        return NULL;
    g->items = args_tuple(args, nargs);
    if (g->items == NULL) {
        kr_decref((KrObject *)g);
        return NULL;
    }
    return (KrObject *)g;
}

static KrObject *ig_call(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    if (call_check("itemgetter", nargs, kwnames) < 0)
        return NULL;
    ItemGetter *g = (ItemGetter *)self;
    Kr_ssize_t n = KR_SIZE(g->items);
    if (n == 1)
        return kr_object_getitem(args[0], KR_TUPLE_GET(g->items, 0));
    KrObject *r = kr_tuple_new(n);
    if (r == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *v = kr_object_getitem(args[0], KR_TUPLE_GET(g->items, i));
        if (v == NULL) {
            kr_decref(r);
            return NULL;
        }
        KR_TUPLE_SET(r, i, v);
    }
    return r;
}

/* "name(a, b)" from a tuple of reprs */
static KrObject *repr_call(const char *name, KrObject *items, KrObject *extra)
{
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, name);
    kr_buf_putc(&b, '(');
    for (Kr_ssize_t i = 0; i < KR_SIZE(items); i++) {
        if (i)
            kr_buf_puts(&b, ", ");
        if (kr_buf_append_repr(&b, KR_TUPLE_GET(items, i)) < 0) {
            kr_buf_free(&b);
            return NULL;
        }
    }
    if (extra != NULL) {
        /* keyword arguments of methodcaller: ", k=v" */
        KrObject *keys = kr_sequence_list(extra);
        if (keys == NULL) {
            kr_buf_free(&b);
            return NULL;
        }
        for (Kr_ssize_t i = 0; i < KR_SIZE(keys); i++) {
            KrObject *k = KR_LIST_GET(keys, i);
            KrObject *v = kr_dict_get_item(extra, k);
            kr_buf_puts(&b, ", ");
            if (kr_buf_append_strof(&b, k) < 0 || kr_buf_putc(&b, '=') < 0 ||
                v == NULL || kr_buf_append_repr(&b, v) < 0) {
                kr_decref(keys);
                kr_buf_free(&b);
                return NULL;
            }
        }
        kr_decref(keys);
    }
    kr_buf_putc(&b, ')');
    return kr_buf_finish(&b);
}

static KrObject *ig_repr(KrObject *self)
{
    int rec = kr_repr_enter(self);
    if (rec < 0)
        return NULL;
    const char *name = getter_name(self, &itemgetter_type);
    if (rec > 0)
        return kr_str_from_format("%s(...)", name);
    KrObject *r = repr_call(name, ((ItemGetter *)self)->items, NULL);
    kr_repr_leave(self);
    return r;
}

static KrObject *ig_reduce(KrObject *self)
{
    return kr_tuple_pack(2, (KrObject *)KR_TYPE(self), ((ItemGetter *)self)->items);
}

static const KrMethodDef ig_methods[] = {
    KR_METHOD_NOARGS("__reduce__", ig_reduce),
    KR_METHOD_END,
};

static KrType itemgetter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "operator.itemgetter",
    .basicsize = sizeof(ItemGetter),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = getter_dealloc,
    .repr = ig_repr,
    .getattro = kr_object_generic_getattr,
    .call = ig_call,
    .traverse = getter_traverse,
    .clear = getter_clear,
    .new_ = ig_new,
    .methods = ig_methods,
    .doc = "Return a callable object that fetches the given item(s) from its operand.\n"
           "After f = itemgetter(2), the call f(r) returns r[2].\n"
           "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
};

/* ---------------------------------------------------------------------- */
/* attrgetter                                                             */
/* ---------------------------------------------------------------------- */

/* "a.b.c" -> ('a', 'b', 'c') of interned strs */
static KrObject *split_dotted(KrObject *name)
{
    Kr_ssize_t len;
    const char *s = kr_str_utf8(name, &len);
    if (s == NULL)
        return NULL;
    KrObject *parts = kr_list_new(0);
    if (parts == NULL)
        return NULL;
    const char *start = s;
    for (const char *p = s;; p++) {
        if (p == s + len || *p == '.') {
            KrObject *part = kr_str_from_utf8(start, p - start);
            if (part == NULL || (part = kr_str_intern(part)) == NULL ||
                kr_list_append(parts, part) < 0) {
                kr_xdecref(part);
                kr_decref(parts);
                return NULL;
            }
            kr_decref(part);
            if (p == s + len)
                break;
            start = p + 1;
        }
    }
    KrObject *t = kr_list_as_tuple(parts);
    kr_decref(parts);
    return t;
}

static KrObject *ag_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    if (kr_check_no_kwargs("attrgetter", kwnames) < 0)
        return NULL;
    if (nargs < 1) {
        kr_err_set_string(&kr_exc_TypeError, "attrgetter expected 1 argument, got 0");
        return NULL;
    }
    KrObject *attrs = kr_tuple_new(nargs);
    if (attrs == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        if (!KR_STR_CHECK(args[i])) {
            kr_decref(attrs);
            kr_err_set_string(&kr_exc_TypeError, "attribute name must be a string");
            return NULL;
        }
        KrObject *parts = split_dotted(args[i]);
        if (parts == NULL) {
            kr_decref(attrs);
            return NULL;
        }
        KR_TUPLE_SET(attrs, i, parts);
    }
    AttrGetter *g = (AttrGetter *)getter_alloc(type);
    if (g == NULL) {
        kr_decref(attrs);
        return NULL;
    }
    g->attrs = attrs;
    g->names = args_tuple(args, nargs);
    if (g->names == NULL) {
        kr_decref((KrObject *)g);
        return NULL;
    }
    return (KrObject *)g;
}

static KrObject *resolve(KrObject *obj, KrObject *path)
{
    KrObject *cur = kr_newref(obj);
    for (Kr_ssize_t i = 0; i < KR_SIZE(path); i++) {
        KrObject *nx = kr_object_getattr(cur, KR_TUPLE_GET(path, i));
        kr_decref(cur);
        if (nx == NULL)
            return NULL;
        cur = nx;
    }
    return cur;
}

static KrObject *ag_call(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    if (call_check("attrgetter", nargs, kwnames) < 0)
        return NULL;
    AttrGetter *g = (AttrGetter *)self;
    Kr_ssize_t n = KR_SIZE(g->attrs);
    if (n == 1)
        return resolve(args[0], KR_TUPLE_GET(g->attrs, 0));
    KrObject *r = kr_tuple_new(n);
    if (r == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *v = resolve(args[0], KR_TUPLE_GET(g->attrs, i));
        if (v == NULL) {
            kr_decref(r);
            return NULL;
        }
        KR_TUPLE_SET(r, i, v);
    }
    return r;
}

static KrObject *ag_repr(KrObject *self)
{
    int rec = kr_repr_enter(self);
    if (rec < 0)
        return NULL;
    const char *name = getter_name(self, &attrgetter_type);
    if (rec > 0)
        return kr_str_from_format("%s(...)", name);
    KrObject *r = repr_call(name, ((AttrGetter *)self)->names, NULL);
    kr_repr_leave(self);
    return r;
}

static KrObject *ag_reduce(KrObject *self)
{
    return kr_tuple_pack(2, (KrObject *)KR_TYPE(self), ((AttrGetter *)self)->names);
}

static const KrMethodDef ag_methods[] = {
    KR_METHOD_NOARGS("__reduce__", ag_reduce),
    KR_METHOD_END,
};

static KrType attrgetter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "operator.attrgetter",
    .basicsize = sizeof(AttrGetter),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = getter_dealloc,
    .repr = ag_repr,
    .getattro = kr_object_generic_getattr,
    .call = ag_call,
    .traverse = getter_traverse,
    .clear = getter_clear,
    .new_ = ag_new,
    .methods = ag_methods,
    .doc = "Return a callable object that fetches the given attribute(s) from its operand.\n"
           "After f = attrgetter('name'), the call f(r) returns r.name.\n"
           "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
           "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
           "(r.name.first, r.name.last).",
};

/* ---------------------------------------------------------------------- */
/* methodcaller                                                           */
/* ---------------------------------------------------------------------- */

static KrObject *mc_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    if (nargs < 1) {
        kr_err_set_string(&kr_exc_TypeError,
                          "methodcaller needs at least one argument, the method name");
        return NULL;
    }
    if (!KR_STR_CHECK(args[0])) {
        kr_err_set_string(&kr_exc_TypeError, "method name must be a string");
        return NULL;
    }
    MethodCaller *mc = (MethodCaller *)getter_alloc(type);
    if (mc == NULL)
        return NULL;
    mc->name = kr_newref(args[0]);
    mc->args = args_tuple(args + 1, nargs - 1);
    mc->kwargs = kr_dict_new();
    if (mc->args == NULL || mc->kwargs == NULL) {
        kr_decref((KrObject *)mc);
        return NULL;
    }
    Kr_ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (Kr_ssize_t k = 0; k < nkw; k++) {
        if (kr_object_setitem(mc->kwargs, KR_TUPLE_GET(kwnames, k), args[nargs + k]) < 0) {
            kr_decref((KrObject *)mc);
            return NULL;
        }
    }
    return (KrObject *)mc;
}

static KrObject *mc_call(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    if (call_check("methodcaller", nargs, kwnames) < 0)
        return NULL;
    MethodCaller *mc = (MethodCaller *)self;
    KrObject *meth = kr_object_getattr(args[0], mc->name);
    if (meth == NULL)
        return NULL;
    KrObject *r = kr_call_with_dict(meth, ((KrTuple *)mc->args)->items, KR_SIZE(mc->args),
                                    kr_object_length(mc->kwargs) ? mc->kwargs : NULL);
    kr_decref(meth);
    return r;
}

static KrObject *mc_repr(KrObject *self)
{
    MethodCaller *mc = (MethodCaller *)self;
    int rec = kr_repr_enter(self);
    if (rec < 0)
        return NULL;
    const char *name = getter_name(self, &methodcaller_type);
    if (rec > 0)
        return kr_str_from_format("%s(...)", name);
    KrObject *all = kr_tuple_new(KR_SIZE(mc->args) + 1);
    KrObject *r = NULL;
    if (all != NULL) {
        KR_TUPLE_SET(all, 0, kr_newref(mc->name));
        for (Kr_ssize_t i = 0; i < KR_SIZE(mc->args); i++)
            KR_TUPLE_SET(all, i + 1, kr_newref(KR_TUPLE_GET(mc->args, i)));
        r = repr_call(name, all, mc->kwargs);
        kr_decref(all);
    }
    kr_repr_leave(self);
    return r;
}

static KrObject *mc_reduce(KrObject *self)
{
    MethodCaller *mc = (MethodCaller *)self;
    KrObject *type = (KrObject *)KR_TYPE(self);
    if (kr_object_length(mc->kwargs) == 0) {
        KrObject *all = kr_tuple_new(KR_SIZE(mc->args) + 1);
        if (all == NULL)
            return NULL;
        KR_TUPLE_SET(all, 0, kr_newref(mc->name));
        for (Kr_ssize_t i = 0; i < KR_SIZE(mc->args); i++)
            KR_TUPLE_SET(all, i + 1, kr_newref(KR_TUPLE_GET(mc->args, i)));
        KrObject *r = kr_tuple_pack(2, type, all);
        kr_decref(all);
        return r;
    }
    /* keywords: (partial(type, name, **kwargs), args) */
    KrObject *ft = kr_import_cstr("functools");
    KrObject *partial = ft ? kr_object_getattr_str(ft, "partial") : NULL;
    kr_xdecref(ft);
    if (partial == NULL)
        return NULL;
    KrObject *pargs[2] = {type, mc->name};
    KrObject *p = kr_call_with_dict(partial, pargs, 2, mc->kwargs);
    kr_decref(partial);
    if (p == NULL)
        return NULL;
    KrObject *r = kr_tuple_pack(2, p, mc->args);
    kr_decref(p);
    return r;
}

static const KrMethodDef mc_methods[] = {
    KR_METHOD_NOARGS("__reduce__", mc_reduce),
    KR_METHOD_END,
};

static KrType methodcaller_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "operator.methodcaller",
    .basicsize = sizeof(MethodCaller),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = getter_dealloc,
    .repr = mc_repr,
    .getattro = kr_object_generic_getattr,
    .call = mc_call,
    .traverse = getter_traverse,
    .clear = getter_clear,
    .new_ = mc_new,
    .methods = mc_methods,
    .doc = "Return a callable object that calls the given method on its operand.\n"
           "After f = methodcaller('name'), the call f(r) returns r.name().\n"
           "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
           "r.name('date', foo=1).",
};

KrObject *kr_operator_init(void)
{
    KrObject *m = kr_module_new("_operator");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, operator_functions) < 0 ||
        kr_module_add_type(m, &itemgetter_type) < 0 ||
        kr_module_add_type(m, &attrgetter_type) < 0 ||
        kr_module_add_type(m, &methodcaller_type) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
