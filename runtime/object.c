/*
 * object.c -- the generic object protocol: repr/str, hashing, rich
 * comparison, truth, and attribute access; plus the None, NotImplemented
 * and Ellipsis singletons.
 *
 * Attribute lookup (kr_object_generic_getattr) is the seed's order:
 *   1. a data descriptor found on type(obj).__mro__ (has __get__ and __set__)
 *   2. the instance __dict__
 *   3. a non-data descriptor or plain class attribute from the MRO
 *   4. (type slots add __getattr__ as the fallback; see type.c)
 * The MRO walk is cached per (type version, name) in type.c, so a hit costs
 * one hash probe plus one dict probe for the instance.
 */
#include "krait.h"

#include <stdio.h>

/* ---------------------------------------------------------------------- */
/* Singletons                                                             */
/* ---------------------------------------------------------------------- */

static KrObject *none_repr(KrObject *o) { return kr_newref(kr_str_intern_cstr("None")); }
static KrObject *notimpl_repr(KrObject *o)
{
    return kr_newref(kr_str_intern_cstr("NotImplemented"));
}
static KrObject *ellipsis_repr(KrObject *o) { return kr_newref(kr_str_intern_cstr("Ellipsis")); }
static int none_bool(KrObject *o) { return 0; }

static void immortal_dealloc(KrObject *o)
{
    /* Counts of immortals never reach zero in a correct program; if they
     * do, keep the object alive rather than freeing static storage. */
    o->refcnt = KR_IMMORTAL_REFCNT;
}

static Kr_hash_t pointer_hash(KrObject *o)
{
    /* Addresses are 16-byte aligned: rotate the low zero bits away. */
    uintptr_t p = (uintptr_t)o;
    Kr_hash_t h = (Kr_hash_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

static KrObject *singleton_new_none(KrType *t, KrObject *const *args, Kr_ssize_t n, KrObject *kw)
{
    if (n || kw) return kr_err_format(&kr_exc_TypeError, "NoneType takes no arguments");
    KR_RETURN_NONE;
}
static KrObject *singleton_new_ni(KrType *t, KrObject *const *args, Kr_ssize_t n, KrObject *kw)
{
    if (n || kw) return kr_err_format(&kr_exc_TypeError, "NotImplementedType takes no arguments");
    KR_RETURN_NOTIMPLEMENTED;
}
static KrObject *singleton_new_ell(KrType *t, KrObject *const *args, Kr_ssize_t n, KrObject *kw)
{
    if (n || kw) return kr_err_format(&kr_exc_TypeError, "ellipsis takes no arguments");
    return kr_newref(kr_Ellipsis);
}

static int notimpl_bool(KrObject *o)
{
    /* 3.11 warns (DeprecationWarning) and returns True; warnings are
     * silent by default. */
    return 1;
}

static KrNumberMethods none_as_number = { .bool_ = none_bool };
static KrNumberMethods notimpl_as_number = { .bool_ = notimpl_bool };

KrType kr_none_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "NoneType",
    .basicsize = sizeof(KrObject),
    .dealloc = immortal_dealloc,
    .repr = none_repr,
    .hash = pointer_hash,
    .as_number = &none_as_number,
    .new_ = singleton_new_none,
};
KrType kr_notimplemented_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "NotImplementedType",
    .basicsize = sizeof(KrObject),
    .dealloc = immortal_dealloc,
    .repr = notimpl_repr,
    .as_number = &notimpl_as_number,
    .new_ = singleton_new_ni,
};
KrType kr_ellipsis_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "ellipsis",
    .basicsize = sizeof(KrObject),
    .dealloc = immortal_dealloc,
    .repr = ellipsis_repr,
    .new_ = singleton_new_ell,
};

KrObject kr_none_struct = KR_STATIC_HEAD(&kr_none_type);
KrObject kr_notimplemented_struct = KR_STATIC_HEAD(&kr_notimplemented_type);
KrObject kr_ellipsis_struct = KR_STATIC_HEAD(&kr_ellipsis_type);

/* ---------------------------------------------------------------------- */
/* repr / str                                                             */
/* ---------------------------------------------------------------------- */

KrObject *kr_object_repr(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    if (t->repr == NULL)
        return kr_str_from_format("<%s object at %p>", t->name, (void *)o);
    if (kr_enter_recursive(" while getting the repr of an object"))
        return NULL;
    KrObject *r = t->repr(o);
    kr_leave_recursive();
    if (r != NULL && !KR_STR_CHECK(r)) {
        kr_err_format(&kr_exc_TypeError, "__repr__ returned non-string (type %s)",
                      KR_TYPE(r)->name);
        kr_decref(r);
        return NULL;
    }
    return r;
}

KrObject *kr_object_str(KrObject *o)
{
    if (KR_STR_CHECK_EXACT(o))
        return kr_newref(o);
    KrType *t = KR_TYPE(o);
    if (t->str == NULL)
        return kr_object_repr(o);
    if (kr_enter_recursive(" while getting the str of an object"))
        return NULL;
    KrObject *r = t->str(o);
    kr_leave_recursive();
    if (r != NULL && !KR_STR_CHECK(r)) {
        kr_err_format(&kr_exc_TypeError, "__str__ returned non-string (type %s)",
                      KR_TYPE(r)->name);
        kr_decref(r);
        return NULL;
    }
    return r;
}

KrObject *kr_object_ascii(KrObject *o)
{
    KrObject *r = kr_object_repr(o);
    if (r == NULL)
        return NULL;
    Kr_ssize_t n = KR_STR_LEN(r);
    int need = 0;
    for (Kr_ssize_t i = 0; i < n && !need; i++)
        need = KR_STR_CHAR(r, i) >= 128;
    if (!need)
        return r;
    KrBuf b;
    kr_buf_init(&b);
    for (Kr_ssize_t i = 0; i < n; i++) {
        uint32_t c = KR_STR_CHAR(r, i);
        if (c < 128)
            kr_buf_putc(&b, (char)c);
        else if (c < 0x100)
            kr_buf_printf(&b, "\\x%02x", c);
        else if (c < 0x10000)
            kr_buf_printf(&b, "\\u%04x", c);
        else
            kr_buf_printf(&b, "\\U%08x", c);
    }
    kr_decref(r);
    return kr_buf_finish(&b);
}

/* ---------------------------------------------------------------------- */
/* Hashing                                                                */
/* ---------------------------------------------------------------------- */

Kr_hash_t kr_object_hash(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    if (t->hash != NULL)
        return t->hash(o);
    return kr_hash_not_implemented(o);
}

Kr_hash_t kr_hash_not_implemented(KrObject *o)
{
    kr_err_format(&kr_exc_TypeError, "unhashable type: '%s'", kr_type_tpname(KR_TYPE(o)));
    return -1;
}

/* Exported for object.__hash__ (type.c). */
Kr_hash_t kr_object_pointer_hash(KrObject *o) { return pointer_hash(o); }

/* ---------------------------------------------------------------------- */
/* Rich comparison                                                        */
/* ---------------------------------------------------------------------- */

static const int swapped_op[] = { KR_GT, KR_GE, KR_EQ, KR_NE, KR_LT, KR_LE };
static const char *const op_symbol[] = { "<", "<=", "==", "!=", ">", ">=" };

static KrObject *do_richcompare(KrObject *a, KrObject *b, int op)
{
    KrType *ta = KR_TYPE(a), *tb = KR_TYPE(b);
    KrObject *res;
    int checked_reverse = 0;
    if (ta != tb && kr_type_is_subtype(tb, ta) && tb->richcompare != NULL) {
        checked_reverse = 1;
        res = tb->richcompare(b, a, swapped_op[op]);
        if (res != kr_NotImplemented)
            return res;
        kr_decref(res);
    }
    if (ta->richcompare != NULL) {
        res = ta->richcompare(a, b, op);
        if (res != kr_NotImplemented)
            return res;
        kr_decref(res);
    }
    if (!checked_reverse && tb->richcompare != NULL) {
        res = tb->richcompare(b, a, swapped_op[op]);
        if (res != kr_NotImplemented)
            return res;
        kr_decref(res);
    }
    switch (op) {
    case KR_EQ:
        return kr_bool_from(a == b);
    case KR_NE:
        return kr_bool_from(a != b);
    default:
        return kr_err_format(&kr_exc_TypeError,
                             "'%s' not supported between instances of '%s' and '%s'",
                             op_symbol[op], kr_type_name(ta), kr_type_name(tb));
    }
}

KrObject *kr_object_richcompare(KrObject *a, KrObject *b, int op)
{
    if (kr_enter_recursive(" in comparison"))
        return NULL;
    KrObject *r = do_richcompare(a, b, op);
    kr_leave_recursive();
    return r;
}

int kr_object_richcompare_bool(KrObject *a, KrObject *b, int op)
{
    if (a == b) {
        if (op == KR_EQ)
            return 1;
        if (op == KR_NE)
            return 0;
    }
    KrObject *r = kr_object_richcompare(a, b, op);
    if (r == NULL)
        return -1;
    int v;
    if (r == kr_True)
        v = 1;
    else if (r == kr_False)
        v = 0;
    else
        v = kr_object_is_true(r);
    kr_decref(r);
    return v;
}

/* ---------------------------------------------------------------------- */
/* Truth                                                                  */
/* ---------------------------------------------------------------------- */

int kr_object_is_true(KrObject *o)
{
    if (o == kr_True)
        return 1;
    if (o == kr_False || o == kr_None)
        return 0;
    KrType *t = KR_TYPE(o);
    if (t->as_number && t->as_number->bool_)
        return t->as_number->bool_(o);
    Kr_ssize_t n;
    if (t->as_mapping && t->as_mapping->length)
        n = t->as_mapping->length(o);
    else if (t->as_sequence && t->as_sequence->length)
        n = t->as_sequence->length(o);
    else
        return 1;
    return n < 0 ? -1 : n > 0;
}

int kr_object_not(KrObject *o)
{
    int r = kr_object_is_true(o);
    return r < 0 ? r : !r;
}

/* ---------------------------------------------------------------------- */
/* Attributes                                                             */
/* ---------------------------------------------------------------------- */

KrObject **kr_object_dict_slot(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    Kr_ssize_t off = t->dictoffset;
    if (off == 0)
        return NULL;
    if (off < 0) {
        /* Variable-size instances keep the dict after their items. */
        Kr_ssize_t n = KR_SIZE(o);
        if (n < 0)
            n = -n;
        /* str keeps (len + 1) code units of its kind after the header */
        size_t var = KR_STR_CHECK(o) ? (size_t)(n + 1) * KR_STR_KIND(o)
                                     : (size_t)(n * t->itemsize);
        size_t size = (size_t)t->basicsize + var;
        size = (size + 7) & ~(size_t)7;
        off += (Kr_ssize_t)size;
    }
    return (KrObject **)((char *)o + off);
}

/* The dict slot with inline values turned into a real dict first: for
 * callers that want a dict to hold on to or hand out. */
KrObject **kr_object_dict_ptr(KrObject *o)
{
    KrObject **dp = kr_object_dict_slot(o);
    if (dp != NULL && *dp != NULL && KR_INST_TAGGED(*dp) && kr_inst_materialize(o, dp) == NULL)
        return NULL;
    return dp;
}

KrObject *kr_object_get_dict(KrObject *o)
{
    KrObject **dp = kr_object_dict_ptr(o);
    if (dp == NULL && kr_err_occurred())
        return NULL;
    if (dp == NULL)
        return kr_err_format(&kr_exc_AttributeError,
                             "'%s' object has no attribute '__dict__'",
                             kr_type_name(KR_TYPE(o)));
    if (*dp == NULL) {
        *dp = kr_instance_dict_new();
        if (*dp == NULL)
            return NULL;
    }
    return kr_newref(*dp);
}

static KrObject *attr_error(KrObject *o, KrObject *name)
{
    kr_err_format(&kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                  kr_type_tpname(KR_TYPE(o)), name);
    /* 3.10+: .name and .obj feed the "Did you mean" hint of tracebacks */
    KrObject *exc = kr_err_occurred();
    if (kr_types_bootstrapped && exc != NULL && KR_TYPE(exc) == &kr_exc_AttributeError) {
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

static int check_name(KrObject *name)
{
    if (!KR_STR_CHECK(name)) {
        kr_err_format(&kr_exc_TypeError, "attribute name must be string, not '%s'",
                      kr_type_name(KR_TYPE(name)));
        return -1;
    }
    return 0;
}

/* The lookup order documented at the top of the file.  suppress: when
 * set, a missing attribute returns NULL without raising (for
 * kr_object_lookup_attr and getattr with a default). */
static KrObject *generic_getattr(KrObject *o, KrObject *name, int suppress)
{
    KrType *t = KR_TYPE(o);
    if (check_name(name))
        return NULL;
    KrObject *descr = kr_type_lookup(t, name);
    kr_descrgetfunc f = NULL;
    KrObject *res;
    if (descr != NULL) {
        kr_incref(descr);
        f = KR_TYPE(descr)->descr_get;
        if (f != NULL && KR_TYPE(descr)->descr_set != NULL) {
            res = f(descr, o, (KrObject *)t);
            kr_decref(descr);
            if (res == NULL && suppress && kr_err_matches_type(&kr_exc_AttributeError))
                kr_err_clear();
            return res;
        }
    }
    KrObject **dp = kr_object_dict_slot(o);
    if (dp != NULL && *dp != NULL && KR_INST_TAGGED(*dp)) {
        res = kr_inst_get(t, KR_INST_VALUES(*dp), name);
        if (res != NULL) {
            kr_incref(res);
            kr_xdecref(descr);
            return res;
        }
    } else if (dp != NULL && *dp != NULL) {
        KrObject *dict = *dp;
        kr_incref(dict);
        res = kr_dict_get_item(dict, name);
        if (res != NULL) {
            kr_incref(res);
            kr_decref(dict);
            kr_xdecref(descr);
            return res;
        }
        kr_decref(dict);
        if (kr_err_occurred()) {
            kr_xdecref(descr);
            return NULL;
        }
    }
    if (f != NULL) {
        res = f(descr, o, (KrObject *)t);
        kr_decref(descr);
        if (res == NULL && suppress && kr_err_matches_type(&kr_exc_AttributeError))
            kr_err_clear();
        return res;
    }
    if (descr != NULL)
        return descr;
    if (!suppress)
        attr_error(o, name);
    return NULL;
}

KrObject *kr_object_generic_getattr(KrObject *o, KrObject *name)
{
    return generic_getattr(o, name, 0);
}

/* Exported for type.c's __getattr__ hook and kr_object_lookup_attr. */
KrObject *kr_object_generic_getattr_suppress(KrObject *o, KrObject *name)
{
    return generic_getattr(o, name, 1);
}

int kr_object_generic_setattr(KrObject *o, KrObject *name, KrObject *value)
{
    KrType *t = KR_TYPE(o);
    if (check_name(name))
        return -1;
    KrObject *descr = kr_type_lookup(t, name);
    if (descr != NULL) {
        kr_descrsetfunc f = KR_TYPE(descr)->descr_set;
        if (f != NULL) {
            kr_incref(descr);
            int r = f(descr, o, value);
            kr_decref(descr);
            return r;
        }
    }
    KrObject **dp = kr_object_dict_slot(o);
    if (dp != NULL && KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_INLINE_VALUES)) {
        int r = kr_inst_set(o, dp, name, value);
        if (r < 0 && value == NULL && kr_err_matches_type(&kr_exc_KeyError)) {
            kr_err_clear();
            attr_error(o, name);
        }
        return r;
    }
    if (dp == NULL) {
        if (descr == NULL) {
            kr_err_format(&kr_exc_AttributeError, "'%s' object has no attribute '%U'",
                          kr_type_tpname(t), name);
        } else {
            kr_err_format(&kr_exc_AttributeError,
                          "'%s' object attribute '%U' is read-only", kr_type_name(t), name);
        }
        return -1;
    }
    if (value == NULL) {
        if (*dp == NULL || kr_dict_del_item(*dp, name) < 0) {
            if (*dp == NULL || kr_err_matches_type(&kr_exc_KeyError)) {
                kr_err_clear();
                attr_error(o, name);
            }
            return -1;
        }
        return 0;
    }
    if (*dp == NULL) {
        *dp = kr_instance_dict_new();
        if (*dp == NULL)
            return -1;
    }
    return kr_dict_set_item(*dp, name, value);
}

KrObject *kr_object_getattr(KrObject *o, KrObject *name)
{
    KrType *t = KR_TYPE(o);
    if (!KR_STR_CHECK(name)) {
        check_name(name);
        return NULL;
    }
    if (t->getattro != NULL)
        return t->getattro(o, name);
    return attr_error(o, name);
}

KrObject *kr_object_getattr_str(KrObject *o, const char *name)
{
    KrObject *n = kr_str_intern_cstr(name);
    if (n == NULL)
        return NULL;
    return kr_object_getattr(o, n);
}

int kr_object_lookup_attr(KrObject *o, KrObject *name, KrObject **result)
{
    KrType *t = KR_TYPE(o);
    if (t->getattro == kr_object_generic_getattr) {
        *result = generic_getattr(o, name, 1);
        if (*result != NULL)
            return 1;
        return kr_err_occurred() ? -1 : 0;
    }
    *result = kr_object_getattr(o, name);
    if (*result != NULL)
        return 1;
    if (kr_err_matches_type(&kr_exc_AttributeError)) {
        kr_err_clear();
        return 0;
    }
    return -1;
}

int kr_object_hasattr(KrObject *o, KrObject *name)
{
    KrObject *r;
    int found = kr_object_lookup_attr(o, name, &r);
    kr_xdecref(r);
    return found;
}

int kr_object_setattr(KrObject *o, KrObject *name, KrObject *value)
{
    KrType *t = KR_TYPE(o);
    if (!KR_STR_CHECK(name))
        return check_name(name);
    if (t->setattro != NULL)
        return t->setattro(o, name, value);
    KrObject *d = kr_type_lookup(t, name);
    if (d == NULL && t->getattro == NULL)
        kr_err_format(&kr_exc_TypeError, "'%s' object has no attributes (%s .%U)",
                      kr_type_name(t), value ? "assign to" : "del", name);
    else
        kr_err_format(&kr_exc_AttributeError, "'%s' object attribute '%U' is read-only",
                      kr_type_name(t), name);
    return -1;
}

int kr_object_setattr_str(KrObject *o, const char *name, KrObject *value)
{
    KrObject *n = kr_str_intern_cstr(name);
    if (n == NULL)
        return -1;
    return kr_object_setattr(o, n, value);
}

int kr_object_delattr(KrObject *o, KrObject *name)
{
    return kr_object_setattr(o, name, NULL);
}

int kr_object_get_method(KrObject *obj, KrObject *name, KrObject **method)
{
    KrType *t = KR_TYPE(obj);
    *method = NULL;
    if (t->getattro != kr_object_generic_getattr || !KR_STR_CHECK(name)) {
        *method = kr_object_getattr(obj, name);
        return *method ? 0 : -1;
    }
    KrObject *descr = kr_type_lookup(t, name);
    kr_descrgetfunc f = NULL;
    int meth_found = 0;
    if (descr != NULL) {
        kr_incref(descr);
        if (KR_TYPE_HAS_FLAG(KR_TYPE(descr), KR_TPFLAGS_METHOD_DESCRIPTOR)) {
            meth_found = 1;
        } else {
            f = KR_TYPE(descr)->descr_get;
            if (f != NULL && KR_TYPE(descr)->descr_set != NULL) {
                *method = f(descr, obj, (KrObject *)t);
                kr_decref(descr);
                return *method ? 0 : -1;
            }
        }
    }
    KrObject **dp = kr_object_dict_slot(obj);
    if (dp != NULL && *dp != NULL && KR_INST_TAGGED(*dp)) {
        KrObject *attr = kr_inst_get(t, KR_INST_VALUES(*dp), name);
        if (attr != NULL) {
            *method = kr_newref(attr);
            kr_xdecref(descr);
            return 0;
        }
    } else if (dp != NULL && *dp != NULL) {
        KrObject *dict = *dp;
        kr_incref(dict);
        KrObject *attr = kr_dict_get_item(dict, name);
        if (attr != NULL) {
            *method = kr_newref(attr);
            kr_decref(dict);
            kr_xdecref(descr);
            return 0;
        }
        kr_decref(dict);
        if (kr_err_occurred()) {
            kr_xdecref(descr);
            return -1;
        }
    }
    if (meth_found) {
        *method = descr;
        return 1;
    }
    if (f != NULL) {
        *method = f(descr, obj, (KrObject *)t);
        kr_decref(descr);
        return *method ? 0 : -1;
    }
    if (descr != NULL) {
        *method = descr;
        return 0;
    }
    attr_error(obj, name);
    return -1;
}

/* ---------------------------------------------------------------------- */
/* isinstance / issubclass                                                */
/* ---------------------------------------------------------------------- */

/* The __bases__ of an object that pretends to be a class, or NULL. */
static KrObject *abstract_bases(KrObject *cls)
{
    KrObject *bases;
    if (kr_object_lookup_attr(cls, KR_ID(__bases__), &bases) <= 0)
        return NULL;
    if (!KR_TUPLE_CHECK(bases)) {
        kr_decref(bases);
        return NULL;
    }
    return bases;
}

static int abstract_issubclass(KrObject *derived, KrObject *cls)
{
    for (;;) {
        if (derived == cls)
            return 1;
        KrObject *bases = abstract_bases(derived);
        if (bases == NULL)
            return kr_err_occurred() ? -1 : 0;
        Kr_ssize_t n = KR_SIZE(bases);
        if (n == 0) {
            kr_decref(bases);
            return 0;
        }
        if (n == 1) {
            derived = KR_TUPLE_GET(bases, 0);
            kr_decref(bases);
            continue;
        }
        int r = 0;
        for (Kr_ssize_t i = 0; i < n && r == 0; i++)
            r = abstract_issubclass(KR_TUPLE_GET(bases, i), cls);
        kr_decref(bases);
        return r;
    }
}

static int recursive_isinstance(KrObject *o, KrObject *cls)
{
    if (KR_TYPE_CHECK(cls)) {
        if (kr_type_is_subtype(KR_TYPE(o), (KrType *)cls))
            return 1;
        KrObject *c;
        int r = kr_object_lookup_attr(o, KR_ID(__class__), &c);
        if (r <= 0)
            return r;
        r = 0;
        if (c != (KrObject *)KR_TYPE(o) && KR_TYPE_CHECK(c))
            r = kr_type_is_subtype((KrType *)c, (KrType *)cls);
        kr_decref(c);
        return r;
    }
    KrObject *bases = abstract_bases(cls);
    if (bases == NULL) {
        if (!kr_err_occurred())
            kr_err_set_string(&kr_exc_TypeError,
                              "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    kr_decref(bases);
    KrObject *c;
    int r = kr_object_lookup_attr(o, KR_ID(__class__), &c);
    if (r <= 0)
        return r;
    r = abstract_issubclass(c, cls);
    kr_decref(c);
    return r;
}

int kr_object_recursive_isinstance(KrObject *o, KrObject *cls)
{
    return recursive_isinstance(o, cls);
}

int kr_object_isinstance(KrObject *o, KrObject *cls)
{
    if ((KrObject *)KR_TYPE(o) == cls)
        return 1;
    if (KR_TYPE(cls) == &kr_type_type)
        return recursive_isinstance(o, cls);
    if (KR_TUPLE_CHECK(cls)) {
        if (kr_enter_recursive(" in __instancecheck__"))
            return -1;
        int r = 0;
        for (Kr_ssize_t i = 0; i < KR_SIZE(cls) && r == 0; i++)
            r = kr_object_isinstance(o, KR_TUPLE_GET(cls, i));
        kr_leave_recursive();
        return r;
    }
    int found;
    if (kr_enter_recursive(" in __instancecheck__"))
        return -1;
    KrObject *res = kr_call_special(cls, KR_ID(__instancecheck__), &o, 1, &found);
    kr_leave_recursive();
    if (!found)
        return kr_err_occurred() ? -1 : recursive_isinstance(o, cls);
    if (res == NULL)
        return -1;
    int r = kr_object_is_true(res);
    kr_decref(res);
    return r;
}

static int recursive_issubclass(KrObject *derived, KrObject *cls)
{
    if (KR_TYPE_CHECK(cls) && KR_TYPE_CHECK(derived))
        return kr_type_is_subtype((KrType *)derived, (KrType *)cls);
    KrObject *b = abstract_bases(derived);
    if (b == NULL) {
        if (!kr_err_occurred())
            kr_err_set_string(&kr_exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    kr_decref(b);
    b = abstract_bases(cls);
    if (b == NULL) {
        if (!kr_err_occurred())
            kr_err_set_string(&kr_exc_TypeError,
                              "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    kr_decref(b);
    return abstract_issubclass(derived, cls);
}

int kr_object_recursive_issubclass(KrObject *derived, KrObject *cls)
{
    return recursive_issubclass(derived, cls);
}

int kr_object_issubclass(KrObject *derived, KrObject *cls)
{
    if (KR_TYPE(cls) == &kr_type_type && KR_TYPE_CHECK(derived)) {
        if (derived == cls)
            return 1;
        return kr_type_is_subtype((KrType *)derived, (KrType *)cls);
    }
    if (KR_TUPLE_CHECK(cls)) {
        if (kr_enter_recursive(" in __subclasscheck__"))
            return -1;
        int r = 0;
        for (Kr_ssize_t i = 0; i < KR_SIZE(cls) && r == 0; i++)
            r = kr_object_issubclass(derived, KR_TUPLE_GET(cls, i));
        kr_leave_recursive();
        return r;
    }
    int found;
    if (kr_enter_recursive(" in __subclasscheck__"))
        return -1;
    KrObject *res = kr_call_special(cls, KR_ID(__subclasscheck__), &derived, 1, &found);
    kr_leave_recursive();
    if (!found)
        return kr_err_occurred() ? -1 : recursive_issubclass(derived, cls);
    if (res == NULL)
        return -1;
    int r = kr_object_is_true(res);
    kr_decref(res);
    return r;
}

/* ---------------------------------------------------------------------- */
/* dir()                                                                  */
/* ---------------------------------------------------------------------- */

KrObject *kr_object_dir(KrObject *o)
{
    int found;
    KrObject *r = kr_call_special(o, KR_ID(__dir__), NULL, 0, &found);
    if (!found) {
        if (!kr_err_occurred())
            kr_err_set_string(&kr_exc_TypeError, "object does not provide __dir__");
        return NULL;
    }
    if (r == NULL)
        return NULL;
    KrObject *l = kr_sequence_list(r);
    kr_decref(r);
    if (l == NULL)
        return NULL;
    if (kr_list_sort(l, NULL, 0) < 0) {
        kr_decref(l);
        return NULL;
    }
    return l;
}
