/*
 * module.c -- the module type: a namespace dict with a name.
 *
 * Attribute access looks in the module dict first (fast path for
 * `mod.attr`), then falls back to a module-level __getattr__ (PEP 562),
 * with CPython's messages for missing attributes, including the hint for
 * partially initialised modules.
 */
#include "typeobject.h"

KrObject *kr_module_new(const char *name)
{
    KrModule *m = (KrModule *)kr_object_alloc(&kr_module_type, 0);
    if (m == NULL)
        return NULL;
    m->name = kr_str_from_cstr(name);
    m->dict = kr_dict_new();
    if (m->name == NULL || m->dict == NULL) {
        kr_decref((KrObject *)m);
        return NULL;
    }
    if (kr_dict_set_item(m->dict, KR_ID(__name__), m->name) < 0 ||
        kr_dict_set_item(m->dict, KR_ID(__doc__), kr_None) < 0 ||
        kr_dict_set_item(m->dict, KR_ID(__package__), kr_None) < 0 ||
        kr_dict_set_item(m->dict, KR_ID(__loader__), kr_None) < 0 ||
        kr_dict_set_item(m->dict, KR_ID(__spec__), kr_None) < 0) {
        kr_decref((KrObject *)m);
        return NULL;
    }
    kr_gc_track((KrObject *)m);
    return (KrObject *)m;
}

KrObject *kr_module_dict(KrObject *m)
{
    return ((KrModule *)m)->dict;
}

int kr_module_add_functions(KrObject *m, const KrMethodDef *defs)
{
    KrModule *mod = (KrModule *)m;
    for (const KrMethodDef *d = defs; d->name; d++) {
        KrObject *f = kr_cfunction_new(d, m, mod->name);
        if (f == NULL)
            return -1;
        int r = kr_dict_set_item(mod->dict, kr_str_intern_cstr(d->name), f);
        kr_decref(f);
        if (r < 0)
            return -1;
    }
    return 0;
}

int kr_module_add_object(KrObject *m, const char *name, KrObject *value)
{
    return kr_dict_set_item(((KrModule *)m)->dict, kr_str_intern_cstr(name), value);
}

int kr_module_add_int(KrObject *m, const char *name, int64_t v)
{
    KrObject *o = kr_int_from_i64(v);
    if (o == NULL)
        return -1;
    int r = kr_module_add_object(m, name, o);
    kr_decref(o);
    return r;
}

int kr_module_add_type(KrObject *m, KrType *t)
{
    if (kr_type_ready(t) < 0)
        return -1;
    /* the attribute is the __name__: "deque" for "collections.deque" */
    const char *dot = strrchr(t->name, '.');
    return kr_module_add_object(m, dot ? dot + 1 : t->name, (KrObject *)t);
}

static void module_dealloc(KrObject *o)
{
    KrModule *m = (KrModule *)o;
    kr_gc_untrack(o);
    if (m->free_state && m->state)
        m->free_state(m->state);
    kr_xdecref(m->dict);
    kr_xdecref(m->name);
    kr_object_free(o);
}

static int module_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrModule *m = (KrModule *)o;
    return m->dict ? visit(m->dict, arg) : 0;
}

static int module_clear(KrObject *o)
{
    KR_CLEAR(((KrModule *)o)->dict);
    return 0;
}

/* .name and .obj of the pending AttributeError feed the traceback's
 * "Did you mean" hint, as for other objects. */
static KrObject *set_name_obj(KrObject *o, KrObject *name)
{
    KrObject *exc = kr_err_occurred();
    if (exc != NULL && KR_TYPE(exc) == &kr_exc_AttributeError) {
        kr_incref(exc);
        KrObject *saved = kr_err_fetch();
        if (kr_object_setattr(exc, KR_ID(name), name) < 0 ||
            kr_object_setattr(exc, kr_str_intern_cstr("obj"), o) < 0)
            kr_err_clear();
        kr_err_restore(saved);
        kr_decref(exc);
    }
    return NULL;
}

static KrObject *module_getattro(KrObject *o, KrObject *name)
{
    KrModule *m = (KrModule *)o;
    /* the module dict first: `mod.attr` is a single dict probe */
    if (KR_STR_CHECK_EXACT(name) && m->dict && KR_TYPE(o) == &kr_module_type) {
        KrObject *v = kr_dict_get_item(m->dict, name);
        if (v != NULL) {
            KrObject *d = kr_type_lookup(KR_TYPE(o), name);
            if (d == NULL || KR_TYPE(d)->descr_set == NULL)
                return kr_newref(v);
        }
    }
    KrObject *r = kr_object_generic_getattr_suppress(o, name);
    if (r != NULL || kr_err_occurred())
        return r;
    if (m->dict) {
        KrObject *getattr = kr_dict_get_item(m->dict, KR_ID(__getattr__));
        if (getattr)
            return kr_call1(getattr, name);
        KrObject *mname = kr_dict_get_item(m->dict, KR_ID(__name__));
        if (mname && KR_STR_CHECK(mname)) {
            /* a module still executing its body */
            KrObject *spec = kr_dict_get_item(m->dict, KR_ID(__spec__));
            KrObject *init = NULL;
            int initializing = 0;
            if (spec && spec != kr_None &&
                kr_object_lookup_attr(spec, kr_str_intern_cstr("_initializing"), &init) > 0) {
                initializing = kr_object_is_true(init) > 0;
                kr_decref(init);
            }
            kr_err_clear();
            if (initializing)
                return kr_err_format(&kr_exc_AttributeError,
                                     "partially initialized module '%U' has no attribute '%U' "
                                     "(most likely due to a circular import)", mname, name);
            kr_err_format(&kr_exc_AttributeError, "module '%U' has no attribute '%U'",
                          mname, name);
            return set_name_obj(o, name);
        }
    }
    return kr_err_format(&kr_exc_AttributeError, "module has no attribute '%U'", name);
}

/* Our built-in modules carry no __spec__, so "built-in" means: registered
 * under that name in sys.modules and named in the built-in table. */
static int is_builtin_module(KrObject *o, KrObject *name)
{
    if (name == NULL || !KR_STR_CHECK_EXACT(name))
        return 0;
    KrObject *mods = KR_INTERP()->modules;
    if (mods == NULL || !KR_DICT_CHECK(mods) || kr_dict_get_item(mods, name) != o)
        return 0;
    const char *n = kr_str_utf8(name, NULL);
    if (n == NULL) {
        kr_err_clear();
        return 0;
    }
    if (strcmp(n, "builtins") == 0 || strcmp(n, "sys") == 0)
        return 1;
    for (const KrBuiltinModule *b = kr_builtin_modules; b->name; b++)
        if (strcmp(b->name, n) == 0)
            return 1;
    return 0;
}

static KrObject *module_repr(KrObject *o)
{
    KrModule *m = (KrModule *)o;
    KrObject *name = m->dict ? kr_dict_get_item(m->dict, KR_ID(__name__)) : NULL;
    KrObject *file = m->dict ? kr_dict_get_item(m->dict, KR_ID(__file__)) : NULL;
    if (name == NULL)
        name = m->name;
    if (file != NULL && KR_STR_CHECK(file))
        return kr_str_from_format("<module %R from %R>", name, file);
    if (is_builtin_module(o, name))
        return kr_str_from_format("<module %R (built-in)>", name);
    /* types.ModuleType("x") and other file-less modules, as CPython's
     * repr for a module with neither spec, loader nor __file__ */
    return kr_str_from_format("<module %R>", name);
}

static int module_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                       KrObject *kwnames)
{
    static const char *const names[] = { "name", "doc", NULL };
    KrObject *a[2] = { NULL, NULL };
    if (kr_parse_args("module", args, nargs, kwnames, names, 0, 1, a) < 0)
        return -1;
    if (!KR_STR_CHECK(a[0])) {
        kr_err_format(&kr_exc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                      kr_type_name(KR_TYPE(a[0])));
        return -1;
    }
    KrModule *m = (KrModule *)self;
    if (m->dict == NULL && (m->dict = kr_dict_new()) == NULL)
        return -1;
    KR_SETREF(m->name, kr_newref(a[0]));
    if (kr_dict_set_item(m->dict, KR_ID(__name__), a[0]) < 0 ||
        kr_dict_set_item(m->dict, KR_ID(__doc__), a[1] ? a[1] : kr_None) < 0 ||
        kr_dict_set_item(m->dict, KR_ID(__package__), kr_None) < 0 ||
        kr_dict_set_item(m->dict, KR_ID(__loader__), kr_None) < 0 ||
        kr_dict_set_item(m->dict, KR_ID(__spec__), kr_None) < 0)
        return -1;
    return 0;
}

static KrObject *module_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    KrObject *o = kr_object_alloc(t, 0);
    if (o == NULL)
        return NULL;
    ((KrModule *)o)->dict = kr_dict_new();
    kr_gc_track(o);
    return o;
}

static KrObject *module_dir(KrObject *self)
{
    KrModule *m = (KrModule *)self;
    KrObject *d = m->dict;
    KrObject *f = d ? kr_dict_get_item(d, KR_ID(__dir__)) : NULL;
    if (f)
        return kr_call0(f);
    return d ? kr_dict_keys(d) : kr_list_new(0);
}

static KrObject *module_get_dict(KrObject *o, void *c)
{
    KrModule *m = (KrModule *)o;
    if (m->dict == NULL && (m->dict = kr_dict_new()) == NULL)
        return NULL;
    return kr_newref(m->dict);
}

static KrObject *module_get_annotations(KrObject *o, void *c)
{
    KrModule *m = (KrModule *)o;
    KrObject *a = kr_dict_get_item(m->dict, KR_ID(__annotations__));
    if (a)
        return kr_newref(a);
    a = kr_dict_new();
    if (a && kr_dict_set_item(m->dict, KR_ID(__annotations__), a) < 0) {
        kr_decref(a);
        return NULL;
    }
    return a;
}

static const KrMethodDef module_methods[] = {
    KR_METHOD_NOARGS("__dir__", module_dir),
    KR_METHOD_END
};

static const KrGetSetDef module_getset[] = {
    { "__dict__", module_get_dict, NULL, NULL, NULL },
    { "__annotations__", module_get_annotations, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_module_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "module",
    .basicsize = sizeof(KrModule),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattro = module_getattro,
    .setattro = kr_object_generic_setattr,
    .traverse = module_traverse,
    .clear = module_clear,
    .init = module_init,
    .new_ = module_new,
    .methods = module_methods,
    .getset = module_getset,
    .dictoffset = offsetof(KrModule, dict),
};
