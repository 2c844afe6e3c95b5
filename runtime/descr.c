/*
 * descr.c -- descriptor types: method, class-method, getset, member and
 * slot-wrapper descriptors for C types; property, classmethod,
 * staticmethod, super; and mappingproxy (type.__dict__).
 *
 * Method-like descriptors (method_descriptor, wrapper_descriptor) carry
 * KR_TPFLAGS_METHOD_DESCRIPTOR: calling them with the instance as first
 * argument is the same as calling the bound method, which lets LOAD_METHOD
 * and kr_call_method skip creating a bound-method object.
 */
#include "typeobject.h"

#include <stdio.h>

typedef struct Descr {
    KrObject ob;
    KrType *owner;
    KrObject *name;
    KrObject *qualname;
} Descr;

typedef struct MethodDescr {
    Descr d;
    const KrMethodDef *def;
} MethodDescr;

typedef struct GetSetDescr {
    Descr d;
    const KrGetSetDef *def;
} GetSetDescr;

typedef struct MemberDescr {
    Descr d;
    const KrMemberDef *def;
} MemberDescr;

typedef struct WrapperDescr {
    Descr d;
    KrSlotDef *sd;
    void *wrapped;
} WrapperDescr;

typedef struct MethodWrapper {
    KrObject ob;
    WrapperDescr *descr;
    KrObject *self;
} MethodWrapper;

static void descr_dealloc(KrObject *o)
{
    Descr *d = (Descr *)o;
    kr_gc_untrack(o);
    kr_xdecref((KrObject *)d->owner);
    kr_xdecref(d->name);
    kr_xdecref(d->qualname);
    kr_object_free(o);
}

static int descr_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    Descr *d = (Descr *)o;
    return d->owner ? visit((KrObject *)d->owner, arg) : 0;
}

static KrObject *descr_new(KrType *dtype, KrType *owner, const char *name)
{
    Descr *d = (Descr *)kr_object_alloc(dtype, 0);
    if (d == NULL)
        return NULL;
    d->owner = (KrType *)kr_newref((KrObject *)owner);
    d->name = kr_newref(kr_str_intern_cstr(name));
    kr_gc_track((KrObject *)d);
    return (KrObject *)d;
}

static const char *owner_name(Descr *d)
{
    return kr_type_name(d->owner);
}

/* The checks of calling an unbound descriptor with `self`. */
static int descr_check(Descr *d, KrObject *self)
{
    if (!kr_type_is_subtype(KR_TYPE(self), d->owner)) {
        kr_err_format(&kr_exc_TypeError,
                      "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                      d->name, owner_name(d), kr_type_name(KR_TYPE(self)));
        return -1;
    }
    return 0;
}

static KrObject *descr_get_name(KrObject *o, void *c) { return kr_newref(((Descr *)o)->name); }
static KrObject *descr_get_objclass(KrObject *o, void *c)
{
    return kr_newref((KrObject *)((Descr *)o)->owner);
}
static KrObject *descr_get_qualname(KrObject *o, void *c)
{
    Descr *d = (Descr *)o;
    KrObject *tq = kr_type_qualname(d->owner);
    if (tq == NULL)
        return NULL;
    KrObject *r = kr_str_from_format("%U.%U", tq, d->name);
    kr_decref(tq);
    return r;
}

/* __doc__ of getset, member and wrapper descriptors: the C text of their
 * definition (a slot wrapper's comes from its slotdef), else None. */
static KrObject *descr_get_doc(KrObject *o, void *c)
{
    const char *doc = NULL;
    if (KR_TYPE(o) == &kr_getset_descr_type)
        doc = ((GetSetDescr *)o)->def->doc;
    else if (KR_TYPE(o) == &kr_member_descr_type)
        doc = ((MemberDescr *)o)->def->doc;
    else if (KR_TYPE(o) == &kr_wrapper_descr_type)
        doc = ((WrapperDescr *)o)->sd->doc;
    return doc ? kr_str_from_cstr(doc) : kr_newref(kr_None);
}

static const KrGetSetDef descr_getset[] = {
    { "__doc__", descr_get_doc, NULL, NULL, NULL },
    { "__name__", descr_get_name, NULL, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

/* ---------------------------------------------------------------------- */
/* builtin functions (bound C methods) -- kr_cfunction_type               */
/* ---------------------------------------------------------------------- */

/* "dict.keys" for methods, "len" for module functions: CPython's prefix
 * in argument-count errors. */
static const char *qualified(const KrMethodDef *def, KrObject *self, char *buf, size_t n)
{
    if (self == NULL)
        return def->name;
    if (KR_MODULE_CHECK(self)) {
        /* functions of modules other than builtins are "math.sqrt" */
        KrObject *mn = ((KrModule *)self)->name;
        if (mn == NULL || !KR_STR_CHECK(mn) || kr_str_eq_cstr(mn, "builtins"))
            return def->name;
        snprintf(buf, n, "%s.%s", kr_str_utf8(mn, NULL), def->name);
        return buf;
    }
    KrType *t = KR_TYPE_CHECK(self) && (def->flags & KR_METH_CLASS) ? (KrType *)self : KR_TYPE(self);
    snprintf(buf, n, "%s.%s", kr_type_name(t), def->name);
    return buf;
}

static KrObject *methoddef_dispatch(const KrMethodDef *def, KrObject *self,
                                    KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    char buf[200];
    int flags = def->flags & (KR_METH_NOARGS | KR_METH_O | KR_METH_FAST | KR_METH_FASTKW);
    if (flags != KR_METH_FASTKW && kwnames != NULL && KR_SIZE(kwnames) > 0)
        return kr_err_format(&kr_exc_TypeError, "%s() takes no keyword arguments",
                             qualified(def, self, buf, sizeof buf));
    switch (flags) {
    case KR_METH_NOARGS:
        if (nargs != 0)
            return kr_err_format(&kr_exc_TypeError, "%s() takes no arguments (%zd given)",
                                 qualified(def, self, buf, sizeof buf), nargs);
        return def->fn.noargs(self);
    case KR_METH_O:
        if (nargs != 1)
            return kr_err_format(&kr_exc_TypeError,
                                 "%s() takes exactly one argument (%zd given)",
                                 qualified(def, self, buf, sizeof buf), nargs);
        return def->fn.o(self, args[0]);
    case KR_METH_FAST:
        return def->fn.fast(self, args, nargs);
    case KR_METH_FASTKW:
        return def->fn.fastkw(self, args, nargs, kwnames);
    }
    return kr_err_bad_internal_call("kr_methoddef_call");
}

/* Builtin calls count towards the recursion limit as in CPython, so
 * recursion through repr(), len(), ... raises RecursionError ("while
 * calling a Python object") before the C stack runs out. */
KrObject *kr_methoddef_call(const KrMethodDef *def, KrObject *self, KrObject *const *args,
                            Kr_ssize_t nargs, KrObject *kwnames)
{
    /* CPython 3.11's specialised calls of METH_FASTCALL builtins skip the
     * count (deep recursion always runs specialised code), so recursion
     * through getattr() or sorted(key=...) reports the plain message of the
     * Python frame; the eval loop still guards the C stack. */
    if (def->flags & (KR_METH_FAST | KR_METH_FASTKW))
        return methoddef_dispatch(def, self, args, nargs, kwnames);
    if (kr_enter_recursive(" while calling a Python object"))
        return NULL;
    KrObject *r = methoddef_dispatch(def, self, args, nargs, kwnames);
    kr_leave_recursive();
    return r;
}

static KrObject *cfunction_call(KrObject *o, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    KrCFunction *f = (KrCFunction *)o;
    return kr_methoddef_call(f->def, f->self, args, nargs, kwnames);
}

KrObject *kr_cfunction_new(const KrMethodDef *def, KrObject *self, KrObject *module)
{
    KrCFunction *f = (KrCFunction *)kr_object_alloc(&kr_cfunction_type, 0);
    if (f == NULL)
        return NULL;
    f->def = def;
    f->self = kr_xnewref(self);
    f->module = kr_xnewref(module);
    f->vectorcall = cfunction_call;
    kr_gc_track((KrObject *)f);
    return (KrObject *)f;
}

static void cfunction_dealloc(KrObject *o)
{
    KrCFunction *f = (KrCFunction *)o;
    kr_gc_untrack(o);
    kr_xdecref(f->self);
    kr_xdecref(f->module);
    kr_object_free(o);
}

static int cfunction_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrCFunction *f = (KrCFunction *)o;
    if (f->self) {
        int r = visit(f->self, arg);
        if (r)
            return r;
    }
    return f->module ? visit(f->module, arg) : 0;
}

static KrObject *cfunction_repr(KrObject *o)
{
    KrCFunction *f = (KrCFunction *)o;
    if (f->self == NULL || KR_MODULE_CHECK(f->self))
        return kr_str_from_format("<built-in function %s>", f->def->name);
    return kr_str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                              kr_type_name(KR_TYPE(f->self)), (void *)f->self);
}

static KrObject *cfunction_get_name(KrObject *o, void *c)
{
    return kr_str_from_cstr(((KrCFunction *)o)->def->name);
}

static KrObject *cfunction_get_qualname(KrObject *o, void *c)
{
    KrCFunction *f = (KrCFunction *)o;
    if (f->self == NULL || KR_MODULE_CHECK(f->self))
        return kr_str_from_cstr(f->def->name);
    KrType *t = KR_TYPE_CHECK(f->self) ? (KrType *)f->self : KR_TYPE(f->self);
    KrObject *tq = kr_type_qualname(t);
    if (tq == NULL)
        return NULL;
    KrObject *r = kr_str_from_format("%U.%s", tq, f->def->name);
    kr_decref(tq);
    return r;
}

static KrObject *cfunction_get_self(KrObject *o, void *c)
{
    KrCFunction *f = (KrCFunction *)o;
    return kr_newref(f->self ? f->self : kr_None);
}

static KrObject *cfunction_get_module(KrObject *o, void *c)
{
    KrCFunction *f = (KrCFunction *)o;
    if (f->module)
        return kr_newref(f->module);
    if (f->self && KR_MODULE_CHECK(f->self))
        return kr_newref(((KrModule *)f->self)->name);
    KR_RETURN_NONE;
}

static KrObject *cfunction_get_doc(KrObject *o, void *c)
{
    KrCFunction *f = (KrCFunction *)o;
    if (f->def->doc)
        return kr_str_from_cstr(f->def->doc);
    KR_RETURN_NONE;
}

static KrObject *cfunction_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(b) != &kr_cfunction_type)
        KR_RETURN_NOTIMPLEMENTED;
    KrCFunction *x = (KrCFunction *)a, *y = (KrCFunction *)b;
    int eq = x->def == y->def && x->self == y->self;
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static Kr_hash_t cfunction_hash(KrObject *o)
{
    KrCFunction *f = (KrCFunction *)o;
    Kr_hash_t h = (Kr_hash_t)((uintptr_t)f->def >> 4) ^ (Kr_hash_t)((uintptr_t)f->self >> 4);
    return h == -1 ? -2 : h;
}

static const KrGetSetDef cfunction_getset[] = {
    { "__name__", cfunction_get_name, NULL, NULL, NULL },
    { "__qualname__", cfunction_get_qualname, NULL, NULL, NULL },
    { "__self__", cfunction_get_self, NULL, NULL, NULL },
    { "__module__", cfunction_get_module, NULL, NULL, NULL },
    { "__doc__", cfunction_get_doc, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_cfunction_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(KrCFunction),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = cfunction_dealloc,
    .repr = cfunction_repr,
    .hash = cfunction_hash,
    .richcompare = cfunction_richcompare,
    .call = cfunction_call,
    .traverse = cfunction_traverse,
    .getset = cfunction_getset,
};

/* ---------------------------------------------------------------------- */
/* method_descriptor                                                      */
/* ---------------------------------------------------------------------- */

KrObject *kr_method_descr_new(KrType *owner, const KrMethodDef *def)
{
    MethodDescr *d = (MethodDescr *)descr_new(&kr_method_descr_type, owner, def->name);
    if (d)
        d->def = def;
    return (KrObject *)d;
}

static KrObject *method_descr_call(KrObject *o, KrObject *const *args, Kr_ssize_t nargs,
                                   KrObject *kwnames)
{
    MethodDescr *d = (MethodDescr *)o;
    if (nargs < 1)
        return kr_err_format(&kr_exc_TypeError, "unbound method %s.%U() needs an argument",
                             owner_name(&d->d), d->d.name);
    if (descr_check(&d->d, args[0]))
        return NULL;
    return kr_methoddef_call(d->def, args[0], args + 1, nargs - 1, kwnames);
}

static KrObject *method_descr_get(KrObject *o, KrObject *obj, KrObject *type)
{
    MethodDescr *d = (MethodDescr *)o;
    if (obj == NULL)
        return kr_newref(o);
    if (descr_check(&d->d, obj))
        return NULL;
    return kr_cfunction_new(d->def, obj, NULL);
}

static KrObject *method_descr_repr(KrObject *o)
{
    Descr *d = (Descr *)o;
    return kr_str_from_format("<method '%U' of '%s' objects>", d->name, owner_name(d));
}

static KrObject *method_descr_get_doc(KrObject *o, void *c)
{
    MethodDescr *d = (MethodDescr *)o;
    if (d->def->doc)
        return kr_str_from_cstr(d->def->doc);
    KR_RETURN_NONE;
}

static const KrGetSetDef method_descr_getset[] = {
    { "__name__", descr_get_name, NULL, NULL, NULL },
    { "__qualname__", descr_get_qualname, NULL, NULL, NULL },
    { "__objclass__", descr_get_objclass, NULL, NULL, NULL },
    { "__doc__", method_descr_get_doc, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_method_descr_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescr),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .traverse = descr_traverse,
    .getset = method_descr_getset,
};

/* classmethod_descriptor: a C classmethod (dict.fromkeys) */

KrObject *kr_classmethod_descr_new(KrType *owner, const KrMethodDef *def)
{
    MethodDescr *d = (MethodDescr *)descr_new(&kr_classmethod_descr_type, owner, def->name);
    if (d)
        d->def = def;
    return (KrObject *)d;
}

static KrObject *classmethod_descr_get(KrObject *o, KrObject *obj, KrObject *type)
{
    MethodDescr *d = (MethodDescr *)o;
    if (type == NULL)
        type = (KrObject *)KR_TYPE(obj);
    if (!KR_TYPE_CHECK(type) || !kr_type_is_subtype((KrType *)type, d->d.owner))
        return kr_err_format(&kr_exc_TypeError,
                             "descriptor '%U' for type '%s' doesn't apply to type '%s'",
                             d->d.name, owner_name(&d->d),
                             KR_TYPE_CHECK(type) ? kr_type_name((KrType *)type) : "?");
    return kr_cfunction_new(d->def, type, NULL);
}

static KrObject *classmethod_descr_call(KrObject *o, KrObject *const *args, Kr_ssize_t nargs,
                                        KrObject *kwnames)
{
    MethodDescr *d = (MethodDescr *)o;
    if (nargs < 1 || !KR_TYPE_CHECK(args[0]))
        return kr_err_format(&kr_exc_TypeError,
                             "descriptor '%U' of '%s' object needs a type", d->d.name,
                             owner_name(&d->d));
    return kr_methoddef_call(d->def, args[0], args + 1, nargs - 1, kwnames);
}

KrType kr_classmethod_descr_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescr),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .traverse = descr_traverse,
    .getset = method_descr_getset,
};

/* ---------------------------------------------------------------------- */
/* getset_descriptor                                                      */
/* ---------------------------------------------------------------------- */

KrObject *kr_getset_descr_new(KrType *owner, const KrGetSetDef *def)
{
    GetSetDescr *d = (GetSetDescr *)descr_new(&kr_getset_descr_type, owner, def->name);
    if (d)
        d->def = def;
    return (KrObject *)d;
}

static KrObject *getset_get(KrObject *o, KrObject *obj, KrObject *type)
{
    GetSetDescr *d = (GetSetDescr *)o;
    if (obj == NULL)
        return kr_newref(o);
    if (descr_check(&d->d, obj))
        return NULL;
    if (d->def->get == NULL)
        return kr_err_format(&kr_exc_AttributeError, "attribute '%U' of '%s' objects is not readable",
                             d->d.name, owner_name(&d->d));
    return d->def->get(obj, d->def->closure);
}

static int getset_set(KrObject *o, KrObject *obj, KrObject *value)
{
    GetSetDescr *d = (GetSetDescr *)o;
    if (descr_check(&d->d, obj))
        return -1;
    if (d->def->set == NULL) {
        kr_err_format(&kr_exc_AttributeError, "attribute '%U' of '%s' objects is not writable",
                      d->d.name, owner_name(&d->d));
        return -1;
    }
    return d->def->set(obj, value, d->def->closure);
}

static KrObject *getset_repr(KrObject *o)
{
    Descr *d = (Descr *)o;
    return kr_str_from_format("<attribute '%U' of '%s' objects>", d->name, owner_name(d));
}

KrType kr_getset_descr_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescr),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
    .traverse = descr_traverse,
    .getset = descr_getset,
};

/* The __dict__ and __weakref__ attributes of classes defined in Python. */
static KrObject *instance_dict_get(KrObject *obj, void *c)
{
    return kr_object_get_dict(obj);
}

static int instance_dict_set(KrObject *obj, KrObject *value, void *c)
{
    KrObject **dp = kr_object_dict_ptr(obj);
    if (dp == NULL) {
        kr_err_set_string(&kr_exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value == NULL) {
        KR_CLEAR(*dp);
        return 0;
    }
    if (!KR_DICT_CHECK(value)) {
        kr_err_format(&kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      kr_type_name(KR_TYPE(value)));
        return -1;
    }
    KR_SETREF(*dp, kr_newref(value));
    return 0;
}

static const KrGetSetDef instance_dict_def = {
    "__dict__", instance_dict_get, instance_dict_set,
    "dictionary for instance variables", NULL
};

KrObject *kr_dict_descr_new(KrType *owner)
{
    return kr_getset_descr_new(owner, &instance_dict_def);
}

static KrObject *instance_weakref_get(KrObject *obj, void *c)
{
    KrType *t = KR_TYPE(obj);
    KrObject *head = *(KrObject **)((char *)obj + t->weaklistoffset);
    extern KrObject *kr_weakref_first(KrObject *obj);
    (void)head;
    KrObject *r = kr_weakref_first(obj);
    return r ? r : kr_newref(kr_None);
}

static const KrGetSetDef instance_weakref_def = {
    "__weakref__", instance_weakref_get, NULL,
    "list of weak references to the object", NULL
};

KrObject *kr_weakref_descr_new(KrType *owner)
{
    return kr_getset_descr_new(owner, &instance_weakref_def);
}

/* ---------------------------------------------------------------------- */
/* member_descriptor                                                      */
/* ---------------------------------------------------------------------- */

KrObject *kr_member_descr_new(KrType *owner, const KrMemberDef *def)
{
    MemberDescr *d = (MemberDescr *)descr_new(&kr_member_descr_type, owner, def->name);
    if (d)
        d->def = def;
    return (KrObject *)d;
}

static KrObject *member_get(KrObject *o, KrObject *obj, KrObject *type)
{
    MemberDescr *d = (MemberDescr *)o;
    if (obj == NULL)
        return kr_newref(o);
    if (descr_check(&d->d, obj))
        return NULL;
    char *addr = (char *)obj + d->def->offset;
    switch (d->def->kind) {
    case KR_T_OBJECT: {
        KrObject *v = *(KrObject **)addr;
        return kr_newref(v ? v : kr_None);
    }
    case KR_T_OBJECT_EX: {
        KrObject *v = *(KrObject **)addr;
        if (v == NULL) {
            kr_err_format(&kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                          kr_type_tpname(KR_TYPE(obj)), d->d.name);
            return NULL;
        }
        return kr_newref(v);
    }
    case KR_T_INT: return kr_int_from_i64(*(int *)addr);
    case KR_T_SSIZE: return kr_int_from_ssize(*(Kr_ssize_t *)addr);
    case KR_T_BOOL: return kr_bool_from(*(char *)addr);
    case KR_T_DOUBLE: return kr_float_from_double(*(double *)addr);
    case KR_T_UINT32: return kr_int_from_u64(*(uint32_t *)addr);
    }
    return kr_err_bad_internal_call("member_get");
}

static int member_set(KrObject *o, KrObject *obj, KrObject *value)
{
    MemberDescr *d = (MemberDescr *)o;
    if (descr_check(&d->d, obj))
        return -1;
    if (d->def->flags & KR_READONLY) {
        kr_err_set_string(&kr_exc_AttributeError, "readonly attribute");
        return -1;
    }
    char *addr = (char *)obj + d->def->offset;
    if (value == NULL && d->def->kind != KR_T_OBJECT && d->def->kind != KR_T_OBJECT_EX) {
        kr_err_set_string(&kr_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (d->def->kind) {
    case KR_T_OBJECT:
    case KR_T_OBJECT_EX: {
        KrObject **p = (KrObject **)addr;
        if (value == NULL && d->def->kind == KR_T_OBJECT_EX && *p == NULL) {
            kr_err_format(&kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                          kr_type_tpname(KR_TYPE(obj)), d->d.name);
            return -1;
        }
        KR_SETREF(*p, kr_xnewref(value));
        return 0;
    }
    case KR_T_BOOL:
        if (!KR_BOOL_CHECK(value)) {
            kr_err_set_string(&kr_exc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = value == kr_True;
        return 0;
    case KR_T_DOUBLE: {
        double v = kr_float_as_double(value);
        if (v == -1.0 && kr_err_occurred())
            return -1;
        *(double *)addr = v;
        return 0;
    }
    default: {
        Kr_ssize_t v = kr_number_as_ssize(value, &kr_exc_OverflowError);
        if (v == -1 && kr_err_occurred())
            return -1;
        if (d->def->kind == KR_T_INT)
            *(int *)addr = (int)v;
        else if (d->def->kind == KR_T_UINT32)
            *(uint32_t *)addr = (uint32_t)v;
        else
            *(Kr_ssize_t *)addr = v;
        return 0;
    }
    }
}

static KrObject *member_repr(KrObject *o)
{
    Descr *d = (Descr *)o;
    return kr_str_from_format("<member '%U' of '%s' objects>", d->name, owner_name(d));
}

KrType kr_member_descr_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescr),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = descr_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .traverse = descr_traverse,
    .getset = descr_getset,
};

/* ---------------------------------------------------------------------- */
/* wrapper_descriptor and method-wrapper                                  */
/* ---------------------------------------------------------------------- */

KrObject *kr_wrapper_descr_new(KrType *owner, KrSlotDef *sd, void *wrapped)
{
    WrapperDescr *d = (WrapperDescr *)descr_new(&kr_wrapper_descr_type, owner, sd->name);
    if (d) {
        d->sd = sd;
        d->wrapped = wrapped;
    }
    return (KrObject *)d;
}

void *kr_wrapper_descr_wrapped(KrObject *o, KrSlotDef **sdp)
{
    WrapperDescr *d = (WrapperDescr *)o;
    *sdp = d->sd;
    return d->wrapped;
}

static KrObject *wrapper_descr_call(KrObject *o, KrObject *const *args, Kr_ssize_t nargs,
                                    KrObject *kwnames)
{
    WrapperDescr *d = (WrapperDescr *)o;
    if (nargs < 1)
        return kr_err_format(&kr_exc_TypeError, "descriptor '%U' of '%s' object needs an argument",
                             d->d.name, owner_name(&d->d));
    if (descr_check(&d->d, args[0]))
        return NULL;
    return d->sd->wrapper(args[0], args + 1, nargs - 1, kwnames, d->wrapped);
}

static KrObject *wrapper_descr_get(KrObject *o, KrObject *obj, KrObject *type)
{
    WrapperDescr *d = (WrapperDescr *)o;
    if (obj == NULL)
        return kr_newref(o);
    if (descr_check(&d->d, obj))
        return NULL;
    MethodWrapper *w = (MethodWrapper *)kr_object_alloc(&kr_method_wrapper_type, 0);
    if (w == NULL)
        return NULL;
    w->descr = (WrapperDescr *)kr_newref(o);
    w->self = kr_newref(obj);
    kr_gc_track((KrObject *)w);
    return (KrObject *)w;
}

static KrObject *wrapper_descr_repr(KrObject *o)
{
    Descr *d = (Descr *)o;
    return kr_str_from_format("<slot wrapper '%U' of '%s' objects>", d->name, owner_name(d));
}

KrType kr_wrapper_descr_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(WrapperDescr),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .repr = wrapper_descr_repr,
    .call = wrapper_descr_call,
    .descr_get = wrapper_descr_get,
    .traverse = descr_traverse,
    .getset = descr_getset,
};

static void mw_dealloc(KrObject *o)
{
    MethodWrapper *w = (MethodWrapper *)o;
    kr_gc_untrack(o);
    kr_decref((KrObject *)w->descr);
    kr_decref(w->self);
    kr_object_free(o);
}

static int mw_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    MethodWrapper *w = (MethodWrapper *)o;
    int r = visit((KrObject *)w->descr, arg);
    return r ? r : visit(w->self, arg);
}

static KrObject *mw_call(KrObject *o, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    MethodWrapper *w = (MethodWrapper *)o;
    return w->descr->sd->wrapper(w->self, args, nargs, kwnames, w->descr->wrapped);
}

static KrObject *mw_repr(KrObject *o)
{
    MethodWrapper *w = (MethodWrapper *)o;
    return kr_str_from_format("<method-wrapper '%U' of %s object at %p>", w->descr->d.name,
                              kr_type_name(KR_TYPE(w->self)), (void *)w->self);
}

static KrObject *mw_get_self(KrObject *o, void *c) { return kr_newref(((MethodWrapper *)o)->self); }
static KrObject *mw_get_name(KrObject *o, void *c)
{
    return kr_newref(((MethodWrapper *)o)->descr->d.name);
}

static KrObject *mw_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(b) != &kr_method_wrapper_type)
        KR_RETURN_NOTIMPLEMENTED;
    MethodWrapper *x = (MethodWrapper *)a, *y = (MethodWrapper *)b;
    int eq = x->descr == y->descr && x->self == y->self;
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static KrObject *mw_get_doc(KrObject *o, void *c)
{
    const char *doc = ((MethodWrapper *)o)->descr->sd->doc;
    return doc ? kr_str_from_cstr(doc) : kr_newref(kr_None);
}

static const KrGetSetDef mw_getset[] = {
    { "__doc__", mw_get_doc, NULL, NULL, NULL },
    { "__self__", mw_get_self, NULL, NULL, NULL },
    { "__name__", mw_get_name, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_method_wrapper_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapper),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = mw_dealloc,
    .repr = mw_repr,
    .richcompare = mw_richcompare,
    .hash = kr_object_pointer_hash,
    .call = mw_call,
    .traverse = mw_traverse,
    .getset = mw_getset,
};

/* ---------------------------------------------------------------------- */
/* property                                                               */
/* ---------------------------------------------------------------------- */

typedef struct Property {
    KrObject ob;
    KrObject *fget, *fset, *fdel, *doc, *name;
    int getter_doc;
} Property;

static void property_dealloc(KrObject *o)
{
    Property *p = (Property *)o;
    kr_gc_untrack(o);
    kr_xdecref(p->fget);
    kr_xdecref(p->fset);
    kr_xdecref(p->fdel);
    kr_xdecref(p->doc);
    kr_xdecref(p->name);
    kr_object_free(o);
}

static int property_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    Property *p = (Property *)o;
    KrObject *fields[] = { p->fget, p->fset, p->fdel, p->doc };
    for (int i = 0; i < 4; i++)
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static int property_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    static const char *const names[] = { "fget", "fset", "fdel", "doc", NULL };
    KrObject *a[4] = { NULL, NULL, NULL, NULL };
    if (kr_parse_args("property", args, nargs, kwnames, names, 0, 0, a) < 0)
        return -1;
    Property *p = (Property *)self;
    for (int i = 0; i < 4; i++)
        if (a[i] == kr_None)
            a[i] = NULL;
    KR_SETREF(p->fget, kr_xnewref(a[0]));
    KR_SETREF(p->fset, kr_xnewref(a[1]));
    KR_SETREF(p->fdel, kr_xnewref(a[2]));
    KR_SETREF(p->doc, kr_xnewref(a[3]));
    p->getter_doc = 0;
    if (a[3] == NULL && p->fget != NULL) {
        KrObject *d;
        if (kr_object_lookup_attr(p->fget, KR_ID(__doc__), &d) < 0)
            return -1;
        if (d != NULL && d != kr_None) {
            if (KR_TYPE(self) == &kr_property_type) {
                KR_SETREF(p->doc, d);
            } else {
                /* subclasses get the doc in their instance __dict__ */
                int r = kr_object_setattr(self, KR_ID(__doc__), d);
                kr_decref(d);
                if (r < 0)
                    return -1;
            }
            p->getter_doc = 1;
        } else {
            kr_xdecref(d);
        }
    }
    return 0;
}

static KrObject *property_error(Property *p, KrObject *obj, const char *what)
{
    if (p->name)
        return kr_err_format(&kr_exc_AttributeError, "property %R of '%s' object has no %s",
                             p->name, kr_type_name(KR_TYPE(obj)), what);
    return kr_err_format(&kr_exc_AttributeError, "property of '%s' object has no %s",
                         kr_type_name(KR_TYPE(obj)), what);
}

static KrObject *property_get(KrObject *o, KrObject *obj, KrObject *type)
{
    Property *p = (Property *)o;
    if (obj == NULL || obj == kr_None)
        return kr_newref(o);
    if (p->fget == NULL)
        return property_error(p, obj, "getter");
    return kr_call1(p->fget, obj);
}

static int property_set(KrObject *o, KrObject *obj, KrObject *value)
{
    Property *p = (Property *)o;
    KrObject *r;
    if (value == NULL) {
        if (p->fdel == NULL) {
            property_error(p, obj, "deleter");
            return -1;
        }
        r = kr_call1(p->fdel, obj);
    } else {
        if (p->fset == NULL) {
            property_error(p, obj, "setter");
            return -1;
        }
        r = kr_call2(p->fset, obj, value);
    }
    if (r == NULL)
        return -1;
    kr_decref(r);
    return 0;
}

/* getter/setter/deleter: a copy with one function replaced, of the same
 * (sub)class. */
static KrObject *property_copy(KrObject *self, KrObject *get, KrObject *set, KrObject *del)
{
    Property *p = (Property *)self;
    if (get == NULL) get = p->fget ? p->fget : kr_None;
    if (set == NULL) set = p->fset ? p->fset : kr_None;
    if (del == NULL) del = p->fdel ? p->fdel : kr_None;
    KrObject *doc = (p->getter_doc && get != kr_None) ? kr_None : (p->doc ? p->doc : kr_None);
    KrObject *args[4] = { get, set, del, doc };
    KrObject *np = kr_call((KrObject *)KR_TYPE(self), args, 4, NULL);
    if (np && KR_TYPE(np)->descr_get == property_get) {
        KR_SETREF(((Property *)np)->name, kr_xnewref(p->name));
    }
    return np;
}

static KrObject *property_getter(KrObject *self, KrObject *f) { return property_copy(self, f, NULL, NULL); }
static KrObject *property_setter(KrObject *self, KrObject *f) { return property_copy(self, NULL, f, NULL); }
static KrObject *property_deleter(KrObject *self, KrObject *f) { return property_copy(self, NULL, NULL, f); }

static KrObject *property_set_name(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (nargs != 2)
        return kr_err_format(&kr_exc_TypeError, "__set_name__() takes 2 positional arguments but %zd were given", nargs);
    KR_SETREF(((Property *)self)->name, kr_newref(args[1]));
    KR_RETURN_NONE;
}

static KrObject *prop_fget(KrObject *o, void *c) { KrObject *v = ((Property *)o)->fget; return kr_newref(v ? v : kr_None); }
static KrObject *prop_fset(KrObject *o, void *c) { KrObject *v = ((Property *)o)->fset; return kr_newref(v ? v : kr_None); }
static KrObject *prop_fdel(KrObject *o, void *c) { KrObject *v = ((Property *)o)->fdel; return kr_newref(v ? v : kr_None); }
static KrObject *prop_doc(KrObject *o, void *c) { KrObject *v = ((Property *)o)->doc; return kr_newref(v ? v : kr_None); }
static int prop_set_doc(KrObject *o, KrObject *v, void *c)
{
    KR_SETREF(((Property *)o)->doc, kr_xnewref(v));
    return 0;
}
static KrObject *prop_isabstract(KrObject *o, void *c)
{
    Property *p = (Property *)o;
    KrObject *fs[3] = { p->fget, p->fset, p->fdel };
    for (int i = 0; i < 3; i++) {
        if (fs[i] == NULL)
            continue;
        KrObject *v;
        int r = kr_object_lookup_attr(fs[i], KR_ID(__isabstractmethod__), &v);
        if (r < 0)
            return NULL;
        if (r > 0) {
            int t = kr_object_is_true(v);
            kr_decref(v);
            if (t < 0)
                return NULL;
            if (t)
                KR_RETURN_TRUE;
        }
    }
    KR_RETURN_FALSE;
}

static const KrMethodDef property_methods[] = {
    KR_METHOD_O("getter", property_getter),
    KR_METHOD_O("setter", property_setter),
    KR_METHOD_O("deleter", property_deleter),
    KR_METHOD_FAST("__set_name__", property_set_name),
    KR_METHOD_END
};

static const KrGetSetDef property_getset[] = {
    { "fget", prop_fget, NULL, NULL, NULL },
    { "fset", prop_fset, NULL, NULL, NULL },
    { "fdel", prop_fdel, NULL, NULL, NULL },
    { "__doc__", prop_doc, prop_set_doc, NULL, NULL },
    { "__isabstractmethod__", prop_isabstract, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_property_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "property",
    .basicsize = sizeof(Property),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = property_dealloc,
    .descr_get = property_get,
    .descr_set = property_set,
    .traverse = property_traverse,
    .init = property_init,
    .new_ = kr_object_new_generic,
    .methods = property_methods,
    .getset = property_getset,
};

KrObject *kr_property_new(KrObject *fget, KrObject *fset, KrObject *fdel, KrObject *doc)
{
    KrObject *args[4] = { fget ? fget : kr_None, fset ? fset : kr_None, fdel ? fdel : kr_None,
                          doc ? doc : kr_None };
    return kr_call((KrObject *)&kr_property_type, args, 4, NULL);
}

/* ---------------------------------------------------------------------- */
/* classmethod and staticmethod                                           */
/* ---------------------------------------------------------------------- */

typedef struct FuncWrap {
    KrObject ob;
    KrObject *callable;
    KrObject *dict;
} FuncWrap;

static void fw_dealloc(KrObject *o)
{
    FuncWrap *f = (FuncWrap *)o;
    kr_gc_untrack(o);
    kr_xdecref(f->callable);
    kr_xdecref(f->dict);
    kr_object_free(o);
}

static int fw_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    FuncWrap *f = (FuncWrap *)o;
    if (f->callable) {
        int r = visit(f->callable, arg);
        if (r)
            return r;
    }
    return f->dict ? visit(f->dict, arg) : 0;
}

static int fw_clear(KrObject *o)
{
    FuncWrap *f = (FuncWrap *)o;
    KR_CLEAR(f->callable);
    KR_CLEAR(f->dict);
    return 0;
}

/* Copies __name__, __doc__, ... from the wrapped function (3.10+). */
static int fw_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    const char *name = KR_TYPE(self)->name;
    if (kr_check_no_kwargs(name, kwnames) < 0 || kr_check_nargs(name, nargs, 1, 1) < 0)
        return -1;
    FuncWrap *f = (FuncWrap *)self;
    KR_SETREF(f->callable, kr_newref(args[0]));
    static const char *const attrs[] = { "__module__", "__name__", "__qualname__", "__doc__", NULL };
    for (int i = 0; attrs[i]; i++) {
        KrObject *v;
        int r = kr_object_lookup_attr(args[0], kr_str_intern_cstr(attrs[i]), &v);
        if (r < 0)
            return -1;
        if (r > 0) {
            if (f->dict == NULL && (f->dict = kr_dict_new()) == NULL) {
                kr_decref(v);
                return -1;
            }
            r = kr_dict_set_item(f->dict, kr_str_intern_cstr(attrs[i]), v);
            kr_decref(v);
            if (r < 0)
                return -1;
        }
    }
    KrObject *wrapped = kr_str_intern_cstr("__wrapped__");
    if (f->dict == NULL && (f->dict = kr_dict_new()) == NULL)
        return -1;
    return kr_dict_set_item(f->dict, wrapped, args[0]);
}

static KrObject *sm_get(KrObject *o, KrObject *obj, KrObject *type)
{
    FuncWrap *f = (FuncWrap *)o;
    if (f->callable == NULL)
        return kr_err_format(&kr_exc_RuntimeError, "uninitialized staticmethod object");
    return kr_newref(f->callable);
}

static KrObject *sm_call(KrObject *o, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    return kr_call(((FuncWrap *)o)->callable, args, nargs, kwnames);
}

static KrObject *cm_get(KrObject *o, KrObject *obj, KrObject *type)
{
    FuncWrap *f = (FuncWrap *)o;
    if (f->callable == NULL)
        return kr_err_format(&kr_exc_RuntimeError, "uninitialized classmethod object");
    if (type == NULL)
        type = (KrObject *)KR_TYPE(obj);
    /* 3.9-3.12: chain through the wrapped object's __get__ */
    kr_descrgetfunc g = KR_TYPE(f->callable)->descr_get;
    if (g != NULL && !KR_FUNCTION_CHECK(f->callable))
        return g(f->callable, type, type);
    return kr_method_new(f->callable, type);
}

static KrObject *fw_get_func(KrObject *o, void *c)
{
    FuncWrap *f = (FuncWrap *)o;
    return kr_newref(f->callable ? f->callable : kr_None);
}

static KrObject *fw_get_isabstract(KrObject *o, void *c)
{
    FuncWrap *f = (FuncWrap *)o;
    KrObject *v;
    int r = kr_object_lookup_attr(f->callable, KR_ID(__isabstractmethod__), &v);
    if (r < 0)
        return NULL;
    if (r == 0)
        KR_RETURN_FALSE;
    int t = kr_object_is_true(v);
    kr_decref(v);
    return t < 0 ? NULL : kr_bool_from(t);
}

static KrObject *fw_get_dict(KrObject *o, void *c)
{
    FuncWrap *f = (FuncWrap *)o;
    if (f->dict == NULL && (f->dict = kr_dict_new()) == NULL)
        return NULL;
    return kr_newref(f->dict);
}

static KrObject *sm_repr(KrObject *o)
{
    return kr_str_from_format("<staticmethod(%R)>", ((FuncWrap *)o)->callable);
}

static KrObject *cm_repr(KrObject *o)
{
    return kr_str_from_format("<classmethod(%R)>", ((FuncWrap *)o)->callable);
}

static const KrGetSetDef fw_getset[] = {
    { "__func__", fw_get_func, NULL, NULL, NULL },
    { "__isabstractmethod__", fw_get_isabstract, NULL, NULL, NULL },
    { "__dict__", fw_get_dict, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_staticmethod_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "staticmethod",
    .basicsize = sizeof(FuncWrap),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = fw_dealloc,
    .repr = sm_repr,
    .descr_get = sm_get,
    .call = sm_call,
    .traverse = fw_traverse,
    .clear = fw_clear,
    .init = fw_init,
    .new_ = kr_object_new_generic,
    .getset = fw_getset,
    .dictoffset = offsetof(FuncWrap, dict),
};

KrType kr_classmethod_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "classmethod",
    .basicsize = sizeof(FuncWrap),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = fw_dealloc,
    .repr = cm_repr,
    .descr_get = cm_get,
    .traverse = fw_traverse,
    .clear = fw_clear,
    .init = fw_init,
    .new_ = kr_object_new_generic,
    .getset = fw_getset,
    .dictoffset = offsetof(FuncWrap, dict),
};

/* Like PyStaticMethod_New / PyClassMethod_New: no attribute copying. */
static KrObject *funcwrap_new(KrType *t, KrObject *callable)
{
    FuncWrap *f = (FuncWrap *)kr_object_alloc(t, 0);
    if (f == NULL)
        return NULL;
    f->callable = kr_newref(callable);
    kr_gc_track((KrObject *)f);
    return (KrObject *)f;
}

KrObject *kr_staticmethod_new(KrObject *callable)
{
    return funcwrap_new(&kr_staticmethod_type, callable);
}

KrObject *kr_classmethod_new(KrObject *callable)
{
    return funcwrap_new(&kr_classmethod_type, callable);
}

/* ---------------------------------------------------------------------- */
/* super                                                                  */
/* ---------------------------------------------------------------------- */

typedef struct Super {
    KrObject ob;
    KrType *type;           /* the class super() was called in */
    KrObject *obj;          /* the instance or class, or NULL (unbound) */
    KrType *obj_type;       /* where the MRO comes from */
} Super;

static void super_dealloc(KrObject *o)
{
    Super *s = (Super *)o;
    kr_gc_untrack(o);
    kr_xdecref((KrObject *)s->type);
    kr_xdecref(s->obj);
    kr_xdecref((KrObject *)s->obj_type);
    kr_object_free(o);
}

static int super_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    Super *s = (Super *)o;
    KrObject *f[3] = { (KrObject *)s->type, s->obj, (KrObject *)s->obj_type };
    for (int i = 0; i < 3; i++)
        if (f[i]) {
            int r = visit(f[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static KrType *super_check(KrType *type, KrObject *obj)
{
    if (KR_TYPE_CHECK(obj) && kr_type_is_subtype((KrType *)obj, type))
        return (KrType *)kr_newref(obj);
    if (kr_type_is_subtype(KR_TYPE(obj), type))
        return (KrType *)kr_newref((KrObject *)KR_TYPE(obj));
    /* an object whose __class__ lies (proxies) */
    KrObject *cls;
    int r = kr_object_lookup_attr(obj, KR_ID(__class__), &cls);
    if (r < 0)
        return NULL;
    if (r > 0) {
        if (KR_TYPE_CHECK(cls) && cls != (KrObject *)KR_TYPE(obj) &&
            kr_type_is_subtype((KrType *)cls, type))
            return (KrType *)cls;
        kr_decref(cls);
    }
    kr_err_set_string(&kr_exc_TypeError,
                      "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int super_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    Super *s = (Super *)self;
    if (kr_check_no_kwargs("super", kwnames) < 0)
        return -1;
    if (nargs > 2) {
        kr_err_format(&kr_exc_TypeError, "super() takes at most 2 arguments (%zd given)", nargs);
        return -1;
    }
    KrObject *type = NULL, *obj = NULL;
    if (nargs == 0) {
        /* zero-argument form: __class__ cell and the first argument */
        if (kr_frame_super_args(&type, &obj) < 0)
            return -1;
    } else {
        type = kr_newref(args[0]);
        obj = nargs == 2 && args[1] != kr_None ? kr_newref(args[1]) : NULL;
    }
    if (!KR_TYPE_CHECK(type)) {
        kr_err_format(&kr_exc_TypeError, "super() argument 1 must be a type, not %s",
                      kr_type_name(KR_TYPE(type)));
        kr_decref(type);
        kr_xdecref(obj);
        return -1;
    }
    KrType *obj_type = NULL;
    if (obj != NULL) {
        obj_type = super_check((KrType *)type, obj);
        if (obj_type == NULL) {
            kr_decref(type);
            kr_decref(obj);
            return -1;
        }
    }
    KR_SETREF(s->type, (KrType *)type);
    KR_SETREF(s->obj, obj);
    KR_SETREF(s->obj_type, obj_type);
    return 0;
}

static KrObject *super_getattro(KrObject *self, KrObject *name)
{
    Super *s = (Super *)self;
    KrType *start = s->obj_type;
    if (start == NULL || (KR_STR_CHECK(name) && kr_str_eq(name, KR_ID(__class__))))
        return kr_object_generic_getattr(self, name);
    KrObject *mro = start->mro;
    if (mro == NULL)
        return kr_object_generic_getattr(self, name);
    Kr_ssize_t n = KR_SIZE(mro), i = 0;
    while (i + 1 < n && KR_TUPLE_GET(mro, i) != (KrObject *)s->type)
        i++;
    i++;
    kr_incref(mro);
    for (; i < n; i++) {
        KrType *b = (KrType *)KR_TUPLE_GET(mro, i);
        KrObject *res = kr_dict_get_item(b->dict, name);
        if (res != NULL) {
            kr_incref(res);
            kr_decref(mro);
            kr_descrgetfunc f = KR_TYPE(res)->descr_get;
            if (f != NULL) {
                KrObject *bound = f(res, s->obj == (KrObject *)start ? NULL : s->obj,
                                    (KrObject *)start);
                kr_decref(res);
                return bound;
            }
            return res;
        }
        if (kr_err_occurred()) {
            kr_decref(mro);
            return NULL;
        }
    }
    kr_decref(mro);
    return kr_object_generic_getattr(self, name);
}

static KrObject *super_get(KrObject *self, KrObject *obj, KrObject *type)
{
    Super *s = (Super *)self;
    if (obj == NULL || obj == kr_None || s->obj != NULL)
        return kr_newref(self);
    KrObject *args[2] = { (KrObject *)s->type, obj };
    return kr_call((KrObject *)KR_TYPE(self), args, 2, NULL);
}

static KrObject *super_repr(KrObject *self)
{
    Super *s = (Super *)self;
    if (s->obj_type)
        return kr_str_from_format("<super: <class '%s'>, <%s object>>",
                                  s->type ? kr_type_name(s->type) : "NULL",
                                  kr_type_name(s->obj_type));
    return kr_str_from_format("<super: <class '%s'>, NULL>",
                              s->type ? kr_type_name(s->type) : "NULL");
}

static KrObject *super_thisclass(KrObject *o, void *c)
{
    KrObject *t = (KrObject *)((Super *)o)->type;
    return kr_newref(t ? t : kr_None);
}
static KrObject *super_self(KrObject *o, void *c)
{
    KrObject *t = ((Super *)o)->obj;
    return kr_newref(t ? t : kr_None);
}
static KrObject *super_self_class(KrObject *o, void *c)
{
    KrObject *t = (KrObject *)((Super *)o)->obj_type;
    return kr_newref(t ? t : kr_None);
}

static const KrGetSetDef super_getset[] = {
    { "__thisclass__", super_thisclass, NULL, NULL, NULL },
    { "__self__", super_self, NULL, NULL, NULL },
    { "__self_class__", super_self_class, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_super_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "super",
    .basicsize = sizeof(Super),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattro = super_getattro,
    .descr_get = super_get,
    .traverse = super_traverse,
    .init = super_init,
    .new_ = kr_object_new_generic,
    .getset = super_getset,
};

/* ---------------------------------------------------------------------- */
/* mappingproxy                                                           */
/* ---------------------------------------------------------------------- */

typedef struct MappingProxy {
    KrObject ob;
    KrObject *mapping;
} MappingProxy;

extern KrType kr_mappingproxy_type;

KrObject *kr_mappingproxy_new(KrObject *mapping)
{
    MappingProxy *p = (MappingProxy *)kr_object_alloc(&kr_mappingproxy_type, 0);
    if (p == NULL)
        return NULL;
    p->mapping = kr_newref(mapping);
    kr_gc_track((KrObject *)p);
    return (KrObject *)p;
}

static KrObject *mp_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    if (kr_check_no_kwargs("mappingproxy", kwnames) < 0 ||
        kr_check_nargs("mappingproxy", nargs, 1, 1) < 0)
        return NULL;
    KrType *at = KR_TYPE(args[0]);
    if (at->as_mapping == NULL || at->as_mapping->subscript == NULL || KR_LIST_CHECK(args[0]) ||
        KR_TUPLE_CHECK(args[0]))
        return kr_err_format(&kr_exc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                             kr_type_name(at));
    return kr_mappingproxy_new(args[0]);
}

static void mp_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    kr_decref(((MappingProxy *)o)->mapping);
    kr_object_free(o);
}

static int mp_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    return visit(((MappingProxy *)o)->mapping, arg);
}

static Kr_ssize_t mp_len(KrObject *o) { return kr_object_length(((MappingProxy *)o)->mapping); }
static KrObject *mp_getitem(KrObject *o, KrObject *k)
{
    return kr_object_getitem(((MappingProxy *)o)->mapping, k);
}
static int mp_contains(KrObject *o, KrObject *k)
{
    return kr_sequence_contains(((MappingProxy *)o)->mapping, k);
}
static KrObject *mp_iter(KrObject *o) { return kr_object_get_iter(((MappingProxy *)o)->mapping); }
static KrObject *mp_repr(KrObject *o)
{
    return kr_str_from_format("mappingproxy(%R)", ((MappingProxy *)o)->mapping);
}
static KrObject *mp_str(KrObject *o) { return kr_object_str(((MappingProxy *)o)->mapping); }
static KrObject *mp_richcompare(KrObject *a, KrObject *b, int op)
{
    return kr_object_richcompare(((MappingProxy *)a)->mapping, b, op);
}

static KrObject *mp_call(KrObject *self, const char *name, KrObject *const *args, Kr_ssize_t nargs)
{
    return kr_call_method(((MappingProxy *)self)->mapping, kr_str_intern_cstr(name), args, nargs, NULL);
}
static KrObject *mp_keys(KrObject *self) { return mp_call(self, "keys", NULL, 0); }
static KrObject *mp_values(KrObject *self) { return mp_call(self, "values", NULL, 0); }
static KrObject *mp_items(KrObject *self) { return mp_call(self, "items", NULL, 0); }
static KrObject *mp_copy(KrObject *self) { return mp_call(self, "copy", NULL, 0); }
static KrObject *mp_get(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("get", nargs, 1, 2) < 0)
        return NULL;
    return mp_call(self, "get", args, nargs);
}

static const KrMethodDef mp_methods[] = {
    KR_METHOD_NOARGS("keys", mp_keys),
    KR_METHOD_NOARGS("values", mp_values),
    KR_METHOD_NOARGS("items", mp_items),
    KR_METHOD_NOARGS("copy", mp_copy),
    KR_METHOD_FAST("get", mp_get),
    KR_METHOD_END
};

static KrMappingMethods mp_as_mapping = { .length = mp_len, .subscript = mp_getitem };
static KrSequenceMethods mp_as_sequence = { .contains = mp_contains };

KrType kr_mappingproxy_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxy),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = mp_dealloc,
    .repr = mp_repr,
    .str = mp_str,
    .richcompare = mp_richcompare,
    .hash = kr_hash_not_implemented,
    .iter = mp_iter,
    .as_mapping = &mp_as_mapping,
    .as_sequence = &mp_as_sequence,
    .traverse = mp_traverse,
    .new_ = mp_new,
    .methods = mp_methods,
};

/* ---------------------------------------------------------------------- */
/* Zero-argument super(): read the caller's frame                          */
/* ---------------------------------------------------------------------- */

#include "ceval.h"

int kr_frame_super_args(KrObject **type, KrObject **obj)
{
    KrFrame *f = KR_TS()->frame;
    if (f == NULL) {
        kr_err_set_string(&kr_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    KrCode *co = f->code;
    if (co->argcount == 0) {
        kr_err_set_string(&kr_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    KrObject *first = f->localsplus[0];
    /* an argument captured by a closure lives in a cell in its own slot */
    if (first != NULL && KR_TYPE(first) == &kr_cell_type && co->cellvars != NULL) {
        KrObject *argname = KR_TUPLE_GET(co->varnames, 0);
        for (Kr_ssize_t i = 0; i < KR_SIZE(co->cellvars); i++)
            if (kr_str_eq(KR_TUPLE_GET(co->cellvars, i), argname)) {
                first = ((KrCell *)first)->ref;
                break;
            }
    }
    if (first == NULL) {
        kr_err_set_string(&kr_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
        if (!kr_str_eq(kr_code_localsplus_name(co, i), KR_ID(__class__)))
            continue;
        KrObject *cell = f->localsplus[i];
        if (cell == NULL || KR_TYPE(cell) != &kr_cell_type || ((KrCell *)cell)->ref == NULL) {
            kr_err_set_string(&kr_exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        KrObject *t = ((KrCell *)cell)->ref;
        if (!KR_TYPE_CHECK(t)) {
            kr_err_format(&kr_exc_RuntimeError, "super(): __class__ is not a type (%s)",
                          kr_type_name(KR_TYPE(t)));
            return -1;
        }
        *type = kr_newref(t);
        *obj = kr_newref(first);
        return 0;
    }
    kr_err_set_string(&kr_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

/* co_flags of the innermost Python frame (0 when there is none): compile()
 * and exec() inherit the caller's __future__ flags from it. */
int kr_frame_caller_flags(void)
{
    KrFrame *f = KR_TS()->frame;
    return f ? f->code->flags : 0;
}
