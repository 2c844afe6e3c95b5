/*
 * match.c -- runtime support for the pattern-matching instructions
 * (MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS) of `match`
 * statements; ceval.c's TARGET blocks are thin wrappers around these.
 *
 * Mapping / sequence classification.  CPython keeps two type flags that
 * collections.abc registration (and subclassing the ABCs) sets.  krait has
 * no such flags, so we classify in two steps:
 *   - fast exact answers for the built-in families: dict subclasses are
 *     mappings; list/tuple subclasses and range are sequences; str, bytes
 *     and bytearray (and their subclasses) are never sequences here, even
 *     though collections.abc.Sequence claims them (PEP 634 excludes them);
 *   - everything else asks isinstance(o, collections.abc.Mapping/Sequence),
 *     importing collections.abc lazily on first need.  ABCMeta's
 *     __instancecheck__ sees both subclassing and register(), which is
 *     what the CPython flags encode.  Mapping is tested before Sequence,
 *     and an object never counts as both (CPython's flags are exclusive
 *     for the built-ins; a user class registered to both is an oddity we
 *     answer "mapping" for).
 *
 * Class patterns follow 3.11's match_class: __match_args__ must be a tuple
 * of str; without it, the "match self" built-ins (bool, bytearray, bytes,
 * dict, float, frozenset, int, list, set, str, tuple and their subclasses)
 * accept one positional sub-pattern that matches the subject itself.  A
 * missing attribute is a failed match, not an error.
 */
#include "krait.h"
#include "match.h"

static KrObject *abc_module;     /* collections.abc, owned once imported */

static int abc_isinstance(KrObject *o, const char *which)
{
    if (!abc_module) {
        abc_module = kr_import_cstr("collections.abc");
        if (!abc_module)
            return -1;
        kr_runtime_add_static_roots(&abc_module, 1);    /* freed at teardown */
    }
    KrObject *cls = kr_object_getattr_str(abc_module, which);
    if (!cls)
        return -1;
    int r = kr_object_isinstance(o, cls);
    kr_decref(cls);
    return r;
}

static int never_sequence(KrObject *o)
{
    return KR_STR_CHECK(o) || KR_BYTES_CHECK(o) || KR_BYTEARRAY_CHECK(o);
}

int kr_match_is_mapping(KrObject *o)
{
    if (KR_DICT_CHECK(o))
        return 1;
    if (KR_LIST_CHECK(o) || KR_TUPLE_CHECK(o) || never_sequence(o) ||
        KR_TYPE(o) == &kr_int_type || KR_TYPE(o) == &kr_float_type ||
        KR_TYPE(o) == &kr_bool_type || o == kr_None)
        return 0;
    return abc_isinstance(o, "Mapping");
}

int kr_match_is_sequence(KrObject *o)
{
    if (KR_LIST_CHECK(o) || KR_TUPLE_CHECK(o) || KR_TYPE(o) == &kr_range_type)
        return 1;
    if (KR_DICT_CHECK(o) || never_sequence(o) || KR_TYPE(o) == &kr_int_type ||
        KR_TYPE(o) == &kr_float_type || KR_TYPE(o) == &kr_bool_type || o == kr_None)
        return 0;
    int m = abc_isinstance(o, "Mapping");
    if (m != 0)
        return m < 0 ? -1 : 0;
    return abc_isinstance(o, "Sequence");
}

KrObject *kr_match_keys(KrObject *map, KrObject *keys)
{
    Kr_ssize_t n = KR_SIZE(keys);
    if (n == 0)
        return kr_tuple_new(0);
    KrObject *get = kr_object_getattr_str(map, "get");
    KrObject *seen = kr_set_new(NULL);
    KrObject *dummy = kr_call0((KrObject *)&kr_object_type);
    KrObject *vals = kr_list_new(0);
    KrObject *res = NULL;
    if (!get || !seen || !dummy || !vals)
        goto done;
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *k = KR_TUPLE_GET(keys, i);
        int dup = kr_set_contains(seen, k);
        if (dup < 0)
            goto done;
        if (dup) {
            kr_err_format(&kr_exc_ValueError, "mapping pattern checks duplicate key (%R)", k);
            goto done;
        }
        if (kr_set_add(seen, k) < 0)
            goto done;
        KrObject *v = kr_call2(get, k, dummy);
        if (!v)
            goto done;
        if (v == dummy) {
            kr_decref(v);
            res = kr_newref(kr_None);
            goto done;
        }
        int r = kr_list_append(vals, v);
        kr_decref(v);
        if (r < 0)
            goto done;
    }
    res = kr_list_as_tuple(vals);
done:
    kr_xdecref(get);
    kr_xdecref(seen);
    kr_xdecref(dummy);
    kr_xdecref(vals);
    return res;
}

/* 1 found (new ref in *out), 0 missing attribute (no match), -1 error. */
static int class_attr(KrObject *subject, KrType *type, KrObject *name, KrObject *seen,
                      KrObject **out)
{
    int dup = kr_set_contains(seen, name);
    if (dup < 0)
        return -1;
    if (dup) {
        kr_err_format(&kr_exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                      kr_type_name(type), name);
        return -1;
    }
    if (kr_set_add(seen, name) < 0)
        return -1;
    return kr_object_lookup_attr(subject, name, out);
}

static int match_self(KrType *t)
{
    static KrType *const selfish[] = {
        &kr_bool_type, &kr_bytearray_type, &kr_bytes_type, &kr_dict_type, &kr_float_type,
        &kr_frozenset_type, &kr_int_type, &kr_list_type, &kr_set_type, &kr_str_type,
        &kr_tuple_type,
    };
    for (size_t i = 0; i < sizeof selfish / sizeof selfish[0]; i++)
        if (kr_type_is_subtype(t, selfish[i]))
            return 1;
    return 0;
}

KrObject *kr_match_class(KrObject *subject, KrObject *cls, Kr_ssize_t nargs, KrObject *kwnames)
{
    if (!KR_TYPE_CHECK(cls)) {
        kr_err_set_string(&kr_exc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    KrType *type = (KrType *)cls;
    int inst = kr_object_isinstance(subject, cls);
    if (inst <= 0)
        return inst < 0 ? NULL : kr_newref(kr_None);
    KrObject *seen = kr_set_new(NULL);
    KrObject *attrs = kr_list_new(0);
    KrObject *match_args = NULL, *res = NULL, *attr = NULL;
    if (!seen || !attrs)
        goto done;
    if (nargs) {
        int self = 0;
        Kr_ssize_t allowed;
        int r = kr_object_lookup_attr(cls, kr_str_intern_cstr("__match_args__"), &match_args);
        if (r < 0)
            goto done;
        if (r) {
            if (!KR_TUPLE_CHECK(match_args)) {
                kr_err_format(&kr_exc_TypeError, "%s.__match_args__ must be a tuple (got %T)",
                              kr_type_name(type), match_args);
                goto done;
            }
            allowed = KR_SIZE(match_args);
        } else {
            self = match_self(type);
            allowed = self;
        }
        if (allowed < nargs) {
            kr_err_format(&kr_exc_TypeError,
                          "%s() accepts %zd positional sub-pattern%s (%zd given)",
                          kr_type_name(type), allowed, allowed == 1 ? "" : "s", nargs);
            goto done;
        }
        if (self) {
            if (kr_list_append(attrs, subject) < 0)
                goto done;
        } else {
            for (Kr_ssize_t i = 0; i < nargs; i++) {
                KrObject *name = KR_TUPLE_GET(match_args, i);
                if (!KR_STR_CHECK(name)) {
                    kr_err_format(&kr_exc_TypeError,
                                  "__match_args__ elements must be strings (got %T)", name);
                    goto done;
                }
                r = class_attr(subject, type, name, seen, &attr);
                if (r <= 0) {
                    if (r == 0)
                        res = kr_newref(kr_None);
                    goto done;
                }
                r = kr_list_append(attrs, attr);
                kr_decref(attr);
                if (r < 0)
                    goto done;
            }
        }
    }
    for (Kr_ssize_t i = 0; i < KR_SIZE(kwnames); i++) {
        int r = class_attr(subject, type, KR_TUPLE_GET(kwnames, i), seen, &attr);
        if (r <= 0) {
            if (r == 0)
                res = kr_newref(kr_None);
            goto done;
        }
        r = kr_list_append(attrs, attr);
        kr_decref(attr);
        if (r < 0)
            goto done;
    }
    res = kr_list_as_tuple(attrs);
done:
    kr_xdecref(seen);
    kr_xdecref(attrs);
    kr_xdecref(match_args);
    return res;
}
