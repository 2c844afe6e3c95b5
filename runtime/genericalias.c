/*
 * genericalias.c -- types.GenericAlias, the result of list[int],
 * dict[str, int], tuple[int, ...] (PEP 585).
 *
 * Annotations are evaluated when a def runs in 3.11, so `def f(x:
 * list[int])` needs list.__class_getitem__ to exist and return something
 * printable.  A GenericAlias is a thin wrapper: __origin__ (the class) and
 * __args__ (always a tuple).  It behaves like its origin for everything
 * except a short list of attributes of its own (CPython's exception list):
 * any other attribute is looked up on the origin, and calling it calls
 * the origin.  isinstance()/issubclass() against it raise TypeError, as in
 * CPython.  __parameters__ is the tuple of type variables among the args;
 * typing's TypeVar is not part of the runtime, so here it collects the args
 * that have __typing_subst__ or are TypeVar-like (they have a __name__ and
 * __bound__); usually it is ().
 *
 * Built-in generic classes add KR_CLASS_GETITEM_METHOD to their method
 * table to get __class_getitem__.
 */
#include "krait.h"

typedef struct {
    KrObject ob;
    KrObject *origin;
    KrObject *args;                 /* tuple */
    KrObject *parameters;           /* tuple, computed on first use */
    KrObject *weakreflist;
    char starred;                   /* *tuple[int] (__unpacked__) */
} GenericAlias;

KrObject *kr_generic_alias_new(KrObject *origin, KrObject *args)
{
    if (!KR_TYPE_HAS_FLAG(&kr_generic_alias_type, KR_TPFLAGS_READY)
        && kr_type_ready(&kr_generic_alias_type) < 0)
        return NULL;
    GenericAlias *ga = (GenericAlias *)kr_object_alloc(&kr_generic_alias_type, 0);
    if (ga == NULL)
        return NULL;
    ga->origin = kr_newref(origin);
    ga->args = KR_TUPLE_CHECK(args) ? kr_newref(args) : kr_tuple_pack(1, args);
    if (ga->args == NULL) {
        KR_DECREF(ga);
        return NULL;
    }
    kr_gc_track((KrObject *)ga);
    return (KrObject *)ga;
}

KrObject *kr_generic_alias_class_getitem(KrObject *cls, KrObject *args)
{
    return kr_generic_alias_new(cls, args);
}

static void ga_dealloc(KrObject *o)
{
    GenericAlias *ga = (GenericAlias *)o;
    kr_gc_untrack(o);
    if (ga->weakreflist != NULL)
        kr_weakref_clear_refs(o);
    KR_CLEAR(ga->origin);
    KR_CLEAR(ga->args);
    KR_CLEAR(ga->parameters);
    kr_object_free(o);
}

static int ga_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    GenericAlias *ga = (GenericAlias *)o;
    int r;
    if (ga->origin && (r = visit(ga->origin, arg)))
        return r;
    if (ga->args && (r = visit(ga->args, arg)))
        return r;
    if (ga->parameters && (r = visit(ga->parameters, arg)))
        return r;
    return 0;
}

/* ---------------------------------------------------------------------- */
/* repr                                                                   */
/* ---------------------------------------------------------------------- */

/* One item as CPython prints it: "...", nested aliases by repr, classes
 * by (module-qualified unless builtins) qualname, anything else by repr. */
static int repr_item(KrBuf *b, KrObject *p)
{
    if (p == kr_Ellipsis)
        return kr_buf_puts(b, "...");
    KrObject *tmp;
    int r = kr_object_lookup_attr(p, KR_ID(__origin__), &tmp);
    if (r < 0)
        return -1;
    if (r > 0) {
        kr_decref(tmp);
        KrObject *args;
        r = kr_object_lookup_attr(p, kr_str_intern_cstr("__args__"), &args);
        if (r < 0)
            return -1;
        if (r > 0) {
            kr_decref(args);
            return kr_buf_append_repr(b, p);
        }
    }
    KrObject *qualname, *module;
    r = kr_object_lookup_attr(p, KR_ID(__qualname__), &qualname);
    if (r < 0)
        return -1;
    if (r == 0)
        return kr_buf_append_repr(b, p);
    r = kr_object_lookup_attr(p, KR_ID(__module__), &module);
    if (r < 0) {
        kr_decref(qualname);
        return -1;
    }
    int rc;
    if (r == 0 || module == kr_None) {
        rc = kr_buf_append_repr(b, p);
    } else if (KR_STR_CHECK(module) && kr_str_eq_cstr(module, "builtins")) {
        rc = kr_buf_append_strof(b, qualname);
    } else {
        rc = kr_buf_append_strof(b, module);
        if (rc == 0)
            rc = kr_buf_putc(b, '.');
        if (rc == 0)
            rc = kr_buf_append_strof(b, qualname);
    }
    kr_decref(qualname);
    kr_xdecref(module);
    return rc < 0 ? -1 : 0;
}

static KrObject *ga_repr(KrObject *o)
{
    GenericAlias *ga = (GenericAlias *)o;
    KrBuf b;
    kr_buf_init(&b);
    if (ga->starred)
        kr_buf_putc(&b, '*');
    if (repr_item(&b, ga->origin) < 0)
        goto error;
    kr_buf_putc(&b, '[');
    Kr_ssize_t n = KR_SIZE(ga->args);
    if (n == 0)
        kr_buf_puts(&b, "()");
    for (Kr_ssize_t i = 0; i < n; i++) {
        if (i > 0)
            kr_buf_puts(&b, ", ");
        if (repr_item(&b, KR_TUPLE_GET(ga->args, i)) < 0)
            goto error;
    }
    kr_buf_putc(&b, ']');
    return kr_buf_finish(&b);
error:
    kr_buf_free(&b);
    return NULL;
}

/* ---------------------------------------------------------------------- */
/* Attributes, comparison, call                                           */
/* ---------------------------------------------------------------------- */

static const char *const own_attrs[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL
};

static KrObject *ga_getattro(KrObject *o, KrObject *name)
{
    if (KR_STR_CHECK(name)) {
        const char *const *p;
        for (p = own_attrs; *p; p++)
            if (kr_str_eq_cstr(name, *p))
                break;
        if (*p == NULL)
            return kr_object_getattr(((GenericAlias *)o)->origin, name);
    }
    return kr_object_generic_getattr(o, name);
}

static KrObject *ga_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_IS_TYPE(a, &kr_generic_alias_type) || !KR_IS_TYPE(b, &kr_generic_alias_type)
        || (op != KR_EQ && op != KR_NE))
        KR_RETURN_NOTIMPLEMENTED;
    GenericAlias *x = (GenericAlias *)a, *y = (GenericAlias *)b;
    if (x->starred != y->starred)
        return kr_bool_from(op == KR_NE);
    int eq = kr_object_richcompare_bool(x->origin, y->origin, KR_EQ);
    if (eq < 0)
        return NULL;
    if (eq) {
        eq = kr_object_richcompare_bool(x->args, y->args, KR_EQ);
        if (eq < 0)
            return NULL;
    }
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static Kr_hash_t ga_hash(KrObject *o)
{
    GenericAlias *ga = (GenericAlias *)o;
    Kr_hash_t h0 = kr_object_hash(ga->origin);
    if (h0 == -1)
        return -1;
    Kr_hash_t h1 = kr_object_hash(ga->args);
    if (h1 == -1)
        return -1;
    Kr_hash_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static KrObject *ga_call(KrObject *o, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    GenericAlias *ga = (GenericAlias *)o;
    KrObject *obj = kr_call(ga->origin, args, nargs, kwnames);
    if (obj == NULL)
        return NULL;
    if (kr_object_setattr_str(obj, "__orig_class__", o) < 0) {
        if (!kr_err_matches_type(&kr_exc_AttributeError)
            && !kr_err_matches_type(&kr_exc_TypeError)) {
            kr_decref(obj);
            return NULL;
        }
        kr_err_clear();
    }
    return obj;
}

static KrObject *ga_mro_entries(KrObject *o, KrObject *bases)
{
    return kr_tuple_pack(1, ((GenericAlias *)o)->origin);
}

static KrObject *ga_instancecheck(KrObject *o, KrObject *inst)
{
    return kr_err_format(&kr_exc_TypeError,
                         "isinstance() argument 2 cannot be a parameterized generic");
}

static KrObject *ga_subclasscheck(KrObject *o, KrObject *cls)
{
    return kr_err_format(&kr_exc_TypeError,
                         "issubclass() argument 2 cannot be a parameterized generic");
}

static KrObject *ga_reduce(KrObject *o)
{
    GenericAlias *ga = (GenericAlias *)o;
    KrObject *args = kr_tuple_pack(2, ga->origin, ga->args);
    if (args == NULL)
        return NULL;
    KrObject *r = kr_tuple_pack(2, (KrObject *)KR_TYPE(o), args);
    kr_decref(args);
    return r;
}

static KrObject *ga_dir(KrObject *o)
{
    KrObject *d = kr_object_dir(((GenericAlias *)o)->origin);
    if (d == NULL)
        return NULL;
    for (const char *const *p = own_attrs; *p; p++) {
        KrObject *s = kr_str_from_cstr(*p);
        if (s == NULL) {
            kr_decref(d);
            return NULL;
        }
        int k = kr_sequence_contains(d, s);
        if (k == 0 && kr_list_append(d, s) < 0)
            k = -1;
        kr_decref(s);
        if (k < 0) {
            kr_decref(d);
            return NULL;
        }
    }
    return d;
}

/* A TypeVar, ParamSpec or TypeVarTuple: typing marks them with
 * __typing_subst__ (3.11). */
static int is_typevar_like(KrObject *x)
{
    if (KR_TYPE_CHECK(x))
        return 0;
    KrObject *m;
    int r = kr_object_lookup_attr(x, kr_str_intern_cstr("__typing_subst__"), &m);
    if (r > 0)
        kr_decref(m);
    return r;
}

static KrObject *ga_parameters(KrObject *o, void *closure)
{
    GenericAlias *ga = (GenericAlias *)o;
    if (ga->parameters == NULL) {
        KrObject *l = kr_list_new(0);
        if (l == NULL)
            return NULL;
        for (Kr_ssize_t i = 0; i < KR_SIZE(ga->args); i++) {
            KrObject *x = KR_TUPLE_GET(ga->args, i);
            int k = is_typevar_like(x);
            if (k > 0) {
                k = kr_sequence_contains(l, x);
                if (k == 0)
                    k = kr_list_append(l, x) < 0 ? -1 : 0;
            }
            if (k < 0) {
                kr_decref(l);
                return NULL;
            }
        }
        ga->parameters = kr_list_as_tuple(l);
        kr_decref(l);
        if (ga->parameters == NULL)
            return NULL;
    }
    return kr_newref(ga->parameters);
}

/* X | Y: unions are built by types._make_union (lib/types.py), as type.__or__
 * does; NotImplemented while that is unavailable. */
static KrObject *ga_or(KrObject *a, KrObject *b)
{
    KrObject *types = kr_import_cstr("types");
    if (types == NULL) {
        kr_err_clear();
        KR_RETURN_NOTIMPLEMENTED;
    }
    KrObject *f = kr_object_getattr_str(types, "_make_union");
    kr_decref(types);
    if (f == NULL) {
        kr_err_clear();
        KR_RETURN_NOTIMPLEMENTED;
    }
    KrObject *r = kr_call2(f, a, b);
    kr_decref(f);
    return r;
}

/* iter(tuple[int]) yields the one starred alias *tuple[int]. */
static KrObject *ga_iter(KrObject *o)
{
    GenericAlias *ga = (GenericAlias *)o;
    GenericAlias *st = (GenericAlias *)kr_generic_alias_new(ga->origin, ga->args);
    if (st == NULL)
        return NULL;
    st->starred = 1;
    KrObject *t = kr_tuple_pack(1, (KrObject *)st);
    KR_DECREF(st);
    if (t == NULL)
        return NULL;
    KrObject *it = kr_object_get_iter(t);
    kr_decref(t);
    return it;
}

static KrObject *ga_unpacked_args(KrObject *o, void *closure)
{
    GenericAlias *ga = (GenericAlias *)o;
    if (ga->starred && ga->origin == (KrObject *)&kr_tuple_type)
        return kr_newref(ga->args);
    KR_RETURN_NONE;
}

/* alias[items]: substitutes the type variables of __parameters__, in
 * order; nested aliases are substituted recursively. */
static KrObject *ga_getitem(KrObject *o, KrObject *item)
{
    GenericAlias *ga = (GenericAlias *)o;
    KrObject *params = ga_parameters(o, NULL);
    if (params == NULL)
        return NULL;
    Kr_ssize_t np = KR_SIZE(params);
    if (np == 0) {
        kr_decref(params);
        return kr_err_format(&kr_exc_TypeError, "%R is not a generic class", o);
    }
    KrObject *items = KR_TUPLE_CHECK(item) ? kr_newref(item) : kr_tuple_pack(1, item);
    if (items == NULL) {
        kr_decref(params);
        return NULL;
    }
    KrObject *res = NULL, *newargs = NULL;
    if (KR_SIZE(items) != np) {
        kr_err_format(&kr_exc_TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                      KR_SIZE(items) > np ? "many" : "few", o, KR_SIZE(items), np);
        goto done;
    }
    Kr_ssize_t n = KR_SIZE(ga->args);
    newargs = kr_tuple_new(n);
    if (newargs == NULL)
        goto done;
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *arg = KR_TUPLE_GET(ga->args, i), *sub = NULL;
        Kr_ssize_t j;
        for (j = 0; j < np; j++)
            if (KR_TUPLE_GET(params, j) == arg)
                break;
        if (j < np) {
            sub = kr_newref(KR_TUPLE_GET(items, j));
        } else if (KR_IS_TYPE(arg, &kr_generic_alias_type)) {
            KrObject *inner = ga_parameters(arg, NULL);
            if (inner == NULL)
                goto done;
            Kr_ssize_t ni = KR_SIZE(inner);
            if (ni == 0) {
                sub = kr_newref(arg);
            } else {
                KrObject *subitems = kr_tuple_new(ni);
                for (Kr_ssize_t k = 0; subitems && k < ni; k++) {
                    Kr_ssize_t m;
                    for (m = 0; m < np; m++)
                        if (KR_TUPLE_GET(params, m) == KR_TUPLE_GET(inner, k))
                            break;
                    KR_TUPLE_SET(subitems, k, kr_newref(m < np ? KR_TUPLE_GET(items, m)
                                                               : KR_TUPLE_GET(inner, k)));
                }
                sub = subitems ? ga_getitem(arg, subitems) : NULL;
                KR_XDECREF(subitems);
            }
            kr_decref(inner);
        } else {
            sub = kr_newref(arg);
        }
        if (sub == NULL)
            goto done;
        KR_TUPLE_SET(newargs, i, sub);
    }
    res = kr_generic_alias_new(ga->origin, newargs);
done:
    KR_XDECREF(newargs);
    kr_decref(items);
    kr_decref(params);
    return res;
}

static KrObject *ga_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    if (kr_check_no_kwargs("GenericAlias", kwnames) < 0)
        return NULL;
    if (kr_check_nargs("GenericAlias", nargs, 2, 2) < 0)
        return NULL;
    return kr_generic_alias_new(args[0], args[1]);
}

static const KrMethodDef ga_methods[] = {
    KR_METHOD_O("__mro_entries__", ga_mro_entries),
    KR_METHOD_O("__instancecheck__", ga_instancecheck),
    KR_METHOD_O("__subclasscheck__", ga_subclasscheck),
    KR_METHOD_NOARGS("__reduce__", ga_reduce),
    KR_METHOD_NOARGS("__dir__", ga_dir),
    KR_METHOD_END
};

static KrNumberMethods ga_as_number = { .or_ = ga_or };
static KrMappingMethods ga_as_mapping = { .subscript = ga_getitem };

static const KrMemberDef ga_members[] = {
    { "__unpacked__", KR_T_BOOL, offsetof(GenericAlias, starred), KR_READONLY, NULL },
    { "__origin__", KR_T_OBJECT, offsetof(GenericAlias, origin), KR_READONLY, NULL },
    { "__args__", KR_T_OBJECT, offsetof(GenericAlias, args), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL }
};

static const KrGetSetDef ga_getset[] = {
    { "__parameters__", ga_parameters, NULL, NULL, NULL },
    { "__typing_unpacked_tuple_args__", ga_unpacked_args, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_generic_alias_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "types.GenericAlias",
    .basicsize = sizeof(GenericAlias),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = ga_dealloc,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattro = ga_getattro,
    .call = ga_call,
    .iter = ga_iter,
    .as_number = &ga_as_number,
    .as_mapping = &ga_as_mapping,
    .traverse = ga_traverse,
    .new_ = ga_new,
    .methods = ga_methods,
    .members = ga_members,
    .getset = ga_getset,
    .weaklistoffset = offsetof(GenericAlias, weakreflist),
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], "
           "t.__origin__ is list and t.__args__ is (int,).",
};
