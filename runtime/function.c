/*
 * function.c -- Python functions, bound methods and cells.
 *
 * A function pairs a code object with the environment it runs in: its
 * globals (and the builtins derived from them once, at creation, as CPython
 * 3.11 does), default values, keyword-only defaults and the tuple of cells
 * it closes over.  Calling one goes through kr_function_vectorcall
 * (call.c), which binds the arguments into a new frame; the interpreter
 * also recognises functions itself and pushes the frame without recursing
 * in C.
 *
 * A function is a non-data descriptor: looked up through an instance it
 * becomes a bound method (kr_method_type), which prepends `self` when
 * called.  Annotations may arrive from MAKE_FUNCTION as a flat tuple of
 * (name, value) pairs; they become a dict the first time __annotations__ is
 * read.  Cells are the boxes that closures share: LOAD_DEREF/STORE_DEREF
 * read and write cell->ref.
 *
 * All three types are GC types: functions reference their globals, which
 * usually reference the function back.
 */
#include "krait.h"
#include "ceval.h"

/* ---------------------------------------------------------------------- */
/* Functions                                                              */
/* ---------------------------------------------------------------------- */

KrObject *kr_function_new(KrObject *code, KrObject *globals, KrObject *qualname)
{
    if (!KR_CODE_CHECK(code) || !KR_DICT_CHECK(globals))
        return kr_err_bad_internal_call("kr_function_new");
    KrCode *co = (KrCode *)code;
    KrFunction *f = (KrFunction *)kr_object_alloc(&kr_function_type, 0);
    if (f == NULL)
        return NULL;
    f->code = kr_newref(code);
    f->globals = kr_newref(globals);
    f->builtins = kr_xnewref(kr_eval_builtins_for(globals));
    f->name = kr_newref(co->name);
    f->qualname = kr_newref(qualname ? qualname : co->qualname);
    KrObject *doc = KR_SIZE(co->consts) > 0 ? KR_TUPLE_GET(co->consts, 0) : kr_None;
    f->doc = kr_newref(KR_STR_CHECK(doc) ? doc : kr_None);
    KrObject *modname = kr_dict_get_item(globals, KR_ID(__name__));
    if (modname == NULL && kr_err_occurred()) {
        kr_decref((KrObject *)f);
        return NULL;
    }
    f->module = kr_xnewref(modname);
    f->vectorcall = kr_function_vectorcall;
    kr_gc_track((KrObject *)f);
    return (KrObject *)f;
}

static int func_clear(KrObject *o)
{
    KrFunction *f = (KrFunction *)o;
    KR_CLEAR(f->globals);
    KR_CLEAR(f->builtins);
    KR_CLEAR(f->defaults);
    KR_CLEAR(f->kwdefaults);
    KR_CLEAR(f->closure);
    KR_CLEAR(f->doc);
    KR_CLEAR(f->dict);
    KR_CLEAR(f->module);
    KR_CLEAR(f->annotations);
    return 0;
}

static void func_dealloc(KrObject *o)
{
    KrFunction *f = (KrFunction *)o;
    kr_gc_untrack(o);
    if (f->weakreflist != NULL)
        kr_weakref_clear_refs(o);
    func_clear(o);
    KR_CLEAR(f->code);
    KR_CLEAR(f->name);
    KR_CLEAR(f->qualname);
    kr_object_free(o);
}

static int func_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrFunction *f = (KrFunction *)o;
    KrObject *fields[] = { f->code, f->globals, f->builtins, f->defaults, f->kwdefaults,
                           f->closure, f->doc, f->dict, f->module, f->annotations,
                           f->name, f->qualname };
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
        if (fields[i] && visit(fields[i], arg))
            return 1;
    return 0;
}

static KrObject *func_repr(KrObject *o)
{
    return kr_str_from_format("<function %U at %p>", ((KrFunction *)o)->qualname, (void *)o);
}

static KrObject *func_descr_get(KrObject *func, KrObject *obj, KrObject *type)
{
    if (obj == NULL || obj == kr_None)
        return kr_newref(func);
    return kr_method_new(func, obj);
}

static KrObject *func_get_name(KrObject *o, void *c)
{
    return kr_newref(((KrFunction *)o)->name);
}

static int func_set_name(KrObject *o, KrObject *v, void *c)
{
    if (v == NULL || !KR_STR_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrFunction *)o)->name, kr_newref(v));
    return 0;
}

static KrObject *func_get_qualname(KrObject *o, void *c)
{
    return kr_newref(((KrFunction *)o)->qualname);
}

static int func_set_qualname(KrObject *o, KrObject *v, void *c)
{
    if (v == NULL || !KR_STR_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrFunction *)o)->qualname, kr_newref(v));
    return 0;
}

static KrObject *func_get_code(KrObject *o, void *c)
{
    return kr_newref(((KrFunction *)o)->code);
}

static int func_set_code(KrObject *o, KrObject *v, void *c)
{
    KrFunction *f = (KrFunction *)o;
    if (v == NULL || !KR_CODE_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    Kr_ssize_t nclosure = f->closure ? KR_SIZE(f->closure) : 0;
    if (((KrCode *)v)->nfreevars != nclosure) {
        kr_err_format(&kr_exc_ValueError,
                      "%U() requires a code object with %zd free vars, not %d",
                      f->name, nclosure, ((KrCode *)v)->nfreevars);
        return -1;
    }
    KR_SETREF(f->code, kr_newref(v));
    return 0;
}

static KrObject *func_get_defaults(KrObject *o, void *c)
{
    KrObject *d = ((KrFunction *)o)->defaults;
    return kr_newref(d ? d : kr_None);
}

static int func_set_defaults(KrObject *o, KrObject *v, void *c)
{
    if (v == kr_None)
        v = NULL;
    if (v != NULL && !KR_TUPLE_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    KR_SETREF(((KrFunction *)o)->defaults, kr_xnewref(v));
    return 0;
}

static KrObject *func_get_kwdefaults(KrObject *o, void *c)
{
    KrObject *d = ((KrFunction *)o)->kwdefaults;
    return kr_newref(d ? d : kr_None);
}

static int func_set_kwdefaults(KrObject *o, KrObject *v, void *c)
{
    if (v == kr_None)
        v = NULL;
    if (v != NULL && !KR_DICT_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    KR_SETREF(((KrFunction *)o)->kwdefaults, kr_xnewref(v));
    return 0;
}

static KrObject *func_get_closure(KrObject *o, void *c)
{
    KrObject *d = ((KrFunction *)o)->closure;
    return kr_newref(d ? d : kr_None);
}

static KrObject *func_get_globals(KrObject *o, void *c)
{
    return kr_newref(((KrFunction *)o)->globals);
}

static KrObject *func_get_builtins(KrObject *o, void *c)
{
    KrObject *b = ((KrFunction *)o)->builtins;
    return kr_newref(b ? b : kr_None);
}

static KrObject *func_get_annotations(KrObject *o, void *c)
{
    KrFunction *f = (KrFunction *)o;
    if (f->annotations == NULL) {
        f->annotations = kr_dict_new();
        if (f->annotations == NULL)
            return NULL;
    } else if (KR_TUPLE_CHECK(f->annotations)) {
        KrObject *t = f->annotations;
        KrObject *d = kr_dict_new();
        if (d == NULL)
            return NULL;
        for (Kr_ssize_t i = 0; i + 1 < KR_SIZE(t); i += 2) {
            if (kr_dict_set_item(d, KR_TUPLE_GET(t, i), KR_TUPLE_GET(t, i + 1)) < 0) {
                kr_decref(d);
                return NULL;
            }
        }
        KR_SETREF(f->annotations, d);
    }
    return kr_newref(f->annotations);
}

static int func_set_annotations(KrObject *o, KrObject *v, void *c)
{
    if (v == kr_None)
        v = NULL;
    if (v != NULL && !KR_DICT_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    KR_SETREF(((KrFunction *)o)->annotations, kr_xnewref(v));
    return 0;
}

static KrObject *func_get_dict(KrObject *o, void *c)
{
    KrFunction *f = (KrFunction *)o;
    if (f->dict == NULL) {
        f->dict = kr_dict_new();
        if (f->dict == NULL)
            return NULL;
    }
    return kr_newref(f->dict);
}

static int func_set_dict(KrObject *o, KrObject *v, void *c)
{
    if (v == NULL) {
        kr_err_set_string(&kr_exc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!KR_DICT_CHECK(v)) {
        kr_err_format(&kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      kr_type_name(KR_TYPE(v)));
        return -1;
    }
    KR_SETREF(((KrFunction *)o)->dict, kr_newref(v));
    return 0;
}

/* function(code, globals, name=None, argdefs=None, closure=None) */
static KrObject *func_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames)
{
    static const char *const names[] = { "code", "globals", "name", "argdefs", "closure",
                                         NULL };
    KrObject *a[5] = { NULL, NULL, NULL, NULL, NULL };
    if (kr_parse_args("function", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    KrObject *code = a[0], *globals = a[1], *name = a[2], *defs = a[3], *closure = a[4];
    if (!KR_CODE_CHECK(code))
        return kr_err_format(&kr_exc_TypeError,
                             "function() argument 'code' must be code, not %s",
                             kr_type_name(KR_TYPE(code)));
    if (!KR_DICT_CHECK(globals))
        return kr_err_format(&kr_exc_TypeError,
                             "function() argument 'globals' must be dict, not %s",
                             kr_type_name(KR_TYPE(globals)));
    if (name == kr_None)
        name = NULL;
    if (name != NULL && !KR_STR_CHECK(name))
        return kr_err_format(&kr_exc_TypeError, "arg 3 (name) must be None or string");
    if (defs == kr_None)
        defs = NULL;
    if (defs != NULL && !KR_TUPLE_CHECK(defs))
        return kr_err_format(&kr_exc_TypeError, "arg 4 (defaults) must be None or tuple");
    if (closure == kr_None)
        closure = NULL;
    KrCode *co = (KrCode *)code;
    Kr_ssize_t nclosure = closure ? (KR_TUPLE_CHECK(closure) ? KR_SIZE(closure) : -1) : 0;
    if (closure != NULL && !KR_TUPLE_CHECK(closure))
        return kr_err_format(&kr_exc_TypeError, "arg 5 (closure) must be tuple");
    if (co->nfreevars != nclosure) {
        if (closure == NULL)
            return kr_err_format(&kr_exc_TypeError, "arg 5 (closure) must be tuple");
        return kr_err_format(&kr_exc_ValueError, "%U requires closure of length %d, not %zd",
                             co->name, co->nfreevars, nclosure);
    }
    for (Kr_ssize_t i = 0; i < nclosure; i++)
        if (KR_TYPE(KR_TUPLE_GET(closure, i)) != &kr_cell_type)
            return kr_err_format(&kr_exc_TypeError,
                                 "arg 5 (closure) expected cell, found %s",
                                 kr_type_name(KR_TYPE(KR_TUPLE_GET(closure, i))));
    KrFunction *f = (KrFunction *)kr_function_new(code, globals, NULL);
    if (f == NULL)
        return NULL;
    if (name != NULL)
        KR_SETREF(f->name, kr_newref(name));
    f->defaults = kr_xnewref(defs);
    f->closure = kr_xnewref(closure);
    return (KrObject *)f;
}

static const KrGetSetDef func_getset[] = {
    { "__name__", func_get_name, func_set_name, NULL, NULL },
    { "__qualname__", func_get_qualname, func_set_qualname, NULL, NULL },
    { "__code__", func_get_code, func_set_code, NULL, NULL },
    { "__defaults__", func_get_defaults, func_set_defaults, NULL, NULL },
    { "__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL },
    { "__closure__", func_get_closure, NULL, NULL, NULL },
    { "__globals__", func_get_globals, NULL, NULL, NULL },
    { "__builtins__", func_get_builtins, NULL, NULL, NULL },
    { "__annotations__", func_get_annotations, func_set_annotations, NULL, NULL },
    { "__dict__", func_get_dict, func_set_dict, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static const KrMemberDef func_members[] = {
    { "__doc__", KR_T_OBJECT, offsetof(KrFunction, doc), 0, NULL },
    { "__module__", KR_T_OBJECT, offsetof(KrFunction, module), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

KrType kr_function_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "function",
    .basicsize = sizeof(KrFunction),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = func_dealloc,
    .repr = func_repr,
    .call = kr_function_vectorcall,
    .descr_get = func_descr_get,
    .new_ = func_new,
    .traverse = func_traverse,
    .clear = func_clear,
    .getset = func_getset,
    .members = func_members,
    .dictoffset = offsetof(KrFunction, dict),
    .weaklistoffset = offsetof(KrFunction, weakreflist),
};

/* ---------------------------------------------------------------------- */
/* Bound methods                                                          */
/* ---------------------------------------------------------------------- */

KrObject *kr_method_new(KrObject *func, KrObject *self)
{
    if (self == NULL)
        return kr_err_bad_internal_call("kr_method_new");
    KrMethod *m = (KrMethod *)kr_object_alloc(&kr_method_type, 0);
    if (m == NULL)
        return NULL;
    m->func = kr_newref(func);
    m->self = kr_newref(self);
    kr_gc_track((KrObject *)m);
    return (KrObject *)m;
}

static void method_dealloc(KrObject *o)
{
    KrMethod *m = (KrMethod *)o;
    kr_gc_untrack(o);
    if (m->weakreflist != NULL)
        kr_weakref_clear_refs(o);
    KR_CLEAR(m->func);
    KR_CLEAR(m->self);
    kr_object_free(o);
}

static int method_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrMethod *m = (KrMethod *)o;
    if (m->func && visit(m->func, arg))
        return 1;
    if (m->self && visit(m->self, arg))
        return 1;
    return 0;
}

static int method_clear(KrObject *o)
{
    KrMethod *m = (KrMethod *)o;
    KR_CLEAR(m->func);
    KR_CLEAR(m->self);
    return 0;
}

static KrObject *method_call(KrObject *o, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames)
{
    KrMethod *m = (KrMethod *)o;
    Kr_ssize_t total = nargs + (kwnames ? KR_SIZE(kwnames) : 0);
    KrObject *small[8];
    KrObject **stack = small;
    if (total + 1 > 8) {
        stack = kr_mem_alloc(sizeof(KrObject *) * (size_t)(total + 1));
        if (stack == NULL)
            return kr_err_no_memory();
    }
    stack[0] = m->self;
    if (total)
        memcpy(stack + 1, args, sizeof(KrObject *) * (size_t)total);
    KrObject *func = kr_newref(m->func), *self = kr_newref(m->self);
    KrObject *r = kr_call(func, stack, nargs + 1, kwnames);
    kr_decref(func);
    kr_decref(self);
    if (stack != small)
        kr_mem_free(stack);
    return r;
}

static KrObject *method_getattro(KrObject *o, KrObject *name)
{
    KrType *t = KR_TYPE(o);
    KrObject *descr = kr_type_lookup(t, name);
    if (descr != NULL) {
        kr_descrgetfunc g = KR_TYPE(descr)->descr_get;
        if (g != NULL)
            return g(descr, o, (KrObject *)t);
        return kr_newref(descr);
    }
    return kr_object_getattr(((KrMethod *)o)->func, name);
}

static KrObject *method_repr(KrObject *o)
{
    KrMethod *m = (KrMethod *)o;
    KrObject *name = NULL;
    if (kr_object_lookup_attr(m->func, KR_ID(__qualname__), &name) < 0)
        return NULL;
    if (name == NULL && kr_object_lookup_attr(m->func, KR_ID(__name__), &name) < 0)
        return NULL;
    if (name != NULL && !KR_STR_CHECK(name))
        KR_CLEAR(name);
    KrObject *r;
    if (name)
        r = kr_str_from_format("<bound method %U of %R>", name, m->self);
    else
        r = kr_str_from_format("<bound method ? of %R>", m->self);
    kr_xdecref(name);
    return r;
}

static KrObject *method_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !KR_METHOD_CHECK(a) || !KR_METHOD_CHECK(b))
        KR_RETURN_NOTIMPLEMENTED;
    KrMethod *ma = (KrMethod *)a, *mb = (KrMethod *)b;
    int eq = kr_object_richcompare_bool(ma->func, mb->func, KR_EQ);
    if (eq < 0)
        return NULL;
    eq = eq && ma->self == mb->self;
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static Kr_hash_t method_hash(KrObject *o)
{
    KrMethod *m = (KrMethod *)o;
    Kr_hash_t x = (Kr_hash_t)((uintptr_t)m->self >> 4);
    Kr_hash_t y = kr_object_hash(m->func);
    if (y == -1)
        return -1;
    x ^= y;
    return x == -1 ? -2 : x;
}

static KrObject *method_descr_get(KrObject *m, KrObject *obj, KrObject *type)
{
    return kr_newref(m);
}

static KrObject *method_get_doc(KrObject *o, void *c)
{
    return kr_object_getattr(((KrMethod *)o)->func, KR_ID(__doc__));
}

static const KrMemberDef method_members[] = {
    { "__func__", KR_T_OBJECT, offsetof(KrMethod, func), KR_READONLY, NULL },
    { "__self__", KR_T_OBJECT, offsetof(KrMethod, self), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static const KrGetSetDef method_getset[] = {
    { "__doc__", method_get_doc, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* types.MethodType(function, instance) */
static KrObject *method_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    if (kr_check_no_kwargs("method", kw) < 0 || kr_check_nargs("method", nargs, 2, 2) < 0)
        return NULL;
    if (!kr_callable_check(args[0]))
        return kr_err_format(&kr_exc_TypeError, "first argument must be callable");
    if (args[1] == kr_None)
        return kr_err_format(&kr_exc_TypeError, "instance must not be None");
    return kr_method_new(args[0], args[1]);
}

KrType kr_method_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .new_ = method_new,
    .name = "method",
    .basicsize = sizeof(KrMethod),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattro = method_getattro,
    .call = method_call,
    .descr_get = method_descr_get,
    .traverse = method_traverse,
    .clear = method_clear,
    .members = method_members,
    .getset = method_getset,
    .weaklistoffset = offsetof(KrMethod, weakreflist),
};

/* ---------------------------------------------------------------------- */
/* Cells                                                                  */
/* ---------------------------------------------------------------------- */

KrObject *kr_cell_new(KrObject *value)
{
    KrCell *c = (KrCell *)kr_object_alloc(&kr_cell_type, 0);
    if (c == NULL)
        return NULL;
    c->ref = kr_xnewref(value);
    kr_gc_track((KrObject *)c);
    return (KrObject *)c;
}

static void cell_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(((KrCell *)o)->ref);
    kr_object_free(o);
}

static int cell_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrObject *r = ((KrCell *)o)->ref;
    return r ? visit(r, arg) : 0;
}

static int cell_clear(KrObject *o)
{
    KR_CLEAR(((KrCell *)o)->ref);
    return 0;
}

static KrObject *cell_repr(KrObject *o)
{
    KrObject *r = ((KrCell *)o)->ref;
    if (r == NULL)
        return kr_str_from_format("<cell at %p: empty>", (void *)o);
    return kr_str_from_format("<cell at %p: %s object at %p>", (void *)o,
                              kr_type_name(KR_TYPE(r)), (void *)r);
}

static KrObject *cell_richcompare(KrObject *a, KrObject *b, int op)
{
    if (KR_TYPE(a) != &kr_cell_type || KR_TYPE(b) != &kr_cell_type)
        KR_RETURN_NOTIMPLEMENTED;
    KrObject *x = ((KrCell *)a)->ref, *y = ((KrCell *)b)->ref;
    if (x && y)
        return kr_object_richcompare(x, y, op);
    /* An empty cell sorts before a full one. */
    int c = (x != NULL) - (y != NULL);
    int r;
    switch (op) {
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_EQ: r = c == 0; break;
    case KR_NE: r = c != 0; break;
    case KR_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return kr_bool_from(r);
}

static KrObject *cell_get_contents(KrObject *o, void *c)
{
    KrObject *r = ((KrCell *)o)->ref;
    if (r == NULL)
        return kr_err_format(&kr_exc_ValueError, "Cell is empty");
    return kr_newref(r);
}

static int cell_set_contents(KrObject *o, KrObject *v, void *c)
{
    KR_SETREF(((KrCell *)o)->ref, kr_xnewref(v));
    return 0;
}

static const KrGetSetDef cell_getset[] = {
    { "cell_contents", cell_get_contents, cell_set_contents, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrType kr_cell_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "cell",
    .basicsize = sizeof(KrCell),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = cell_richcompare,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getset = cell_getset,
};
