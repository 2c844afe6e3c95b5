/*
 * dictviews.c -- dict.keys()/values()/items() views and the dict iterators.
 *
 * A view holds only a reference to its dict, so it always shows the
 * current contents.  Key and item views are set-like: they compare with
 * sets and other set-like views by containment, and & | ^ - produce sets
 * (computed the way CPython 3.11 does, so the results iterate in the same
 * order).
 *
 * Iterators walk the dense entry array (forward from 0, or backward from
 * the last entry for reversed()).  Each remembers the dict's size when it
 * started (`used`) and how many items it still expects (`len`):
 *   - a size change between two steps raises "dictionary changed size
 *     during iteration" (and keeps raising: used is poisoned to -1);
 *   - an item found after `len` reached 0 means keys were deleted and
 *     others added (same size): "dictionary keys changed during
 *     iteration".
 * An exhausted iterator drops its dict so it stays exhausted.
 */
#include "dict.h"

typedef struct DictView {
    KrObject ob;
    KrObject *dict;
} DictView;

typedef struct DictIter {
    KrObject ob;
    KrObject *dict;                 /* NULL once exhausted */
    Kr_ssize_t used;
    Kr_ssize_t pos;
    Kr_ssize_t len;
    KrObject *result;               /* items: the last pair, reused when unshared */
} DictIter;

#define V(o) ((DictView *)(o))
#define IT(o) ((DictIter *)(o))

/* ---------------------------------------------------------------------- */
/* Iterators                                                              */
/* ---------------------------------------------------------------------- */

static int is_reverse(KrType *t)
{
    return t == &kr_dictrevkey_type || t == &kr_dictrevvalue_type || t == &kr_dictrevitem_type;
}

KrObject *kr_dictiter_new(KrObject *d, KrType *type)
{
    kr_dict_ensure_ready(type);
    DictIter *it = (DictIter *)kr_object_alloc(type, 0);
    if (it == NULL)
        return NULL;
    it->dict = kr_newref(d);
    KrDict *dd = (KrDict *)d;
    it->used = dd->used;
    it->len = dd->used;
    it->pos = is_reverse(type) ? dd->keys->nentries - 1 : 0;
    it->result = NULL;
    kr_gc_track((KrObject *)it);
    return (KrObject *)it;
}

static void iter_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(IT(o)->dict);
    KR_XDECREF(IT(o)->result);
    kr_object_free(o);
}

static int iter_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    if (IT(o)->result) {
        int r = visit(IT(o)->result, arg);
        if (r)
            return r;
    }
    return IT(o)->dict ? visit(IT(o)->dict, arg) : 0;
}

static int iter_clear(KrObject *o)
{
    KR_CLEAR(IT(o)->dict);
    KR_CLEAR(IT(o)->result);
    return 0;
}

/* The index of the next entry, or -1 (exhausted, or an error is set). */
static Kr_ssize_t next_entry(DictIter *it, int reverse)
{
    KrDict *d = (KrDict *)it->dict;
    if (d == NULL)
        return -1;
    if (it->used != d->used) {
        kr_err_set_string(&kr_exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return -1;
    }
    DictKeys *k = d->keys;
    Kr_ssize_t i = it->pos;
    if (reverse) {
        if (i >= k->nentries)
            i = k->nentries - 1;
        while (i >= 0 && dk_key(k, i) == NULL)
            i--;
        if (i < 0)
            goto done;
        it->pos = i - 1;
    } else {
        Kr_ssize_t n = k->nentries;
        while (i < n && dk_key(k, i) == NULL)
            i++;
        if (i >= n)
            goto done;
        if (it->len == 0) {
            kr_err_set_string(&kr_exc_RuntimeError, "dictionary keys changed during iteration");
            goto done;
        }
        it->pos = i + 1;
    }
    it->len--;
    return i;
done:
    KR_CLEAR(it->dict);
    return -1;
}

static KrObject *iter_key(KrObject *o, int reverse)
{
    Kr_ssize_t i = next_entry(IT(o), reverse);
    return i < 0 ? NULL : kr_newref(dk_key(((KrDict *)IT(o)->dict)->keys, i));
}

static KrObject *iter_value(KrObject *o, int reverse)
{
    Kr_ssize_t i = next_entry(IT(o), reverse);
    return i < 0 ? NULL : kr_newref(dk_value(((KrDict *)IT(o)->dict)->keys, i));
}

static KrObject *iter_item(KrObject *o, int reverse)
{
    Kr_ssize_t i = next_entry(IT(o), reverse);
    if (i < 0)
        return NULL;
    DictKeys *k = ((KrDict *)IT(o)->dict)->keys;
    KrObject *r = IT(o)->result;
    if (r != NULL && KR_REFCNT(r) == 1) {
        /* Nobody else holds the previous pair (a `for k, v in d.items()`
         * loop unpacked it): refill it instead of allocating, as CPython
         * does.  The old items go last, since their release can run code. */
        KrObject *ok = KR_TUPLE_ITEMS(r)[0], *ov = KR_TUPLE_ITEMS(r)[1];
        KR_TUPLE_ITEMS(r)[0] = kr_newref(dk_key(k, i));
        KR_TUPLE_ITEMS(r)[1] = kr_newref(dk_value(k, i));
        kr_decref(ok);
        kr_decref(ov);
        if (!kr_gc_is_tracked(r))
            kr_gc_track(r);         /* the collector may have untracked it */
        return kr_newref(r);
    }
    r = kr_tuple_pack(2, dk_key(k, i), dk_value(k, i));
    if (r != NULL && IT(o)->result == NULL)
        IT(o)->result = kr_newref(r);
    return r;
}

static KrObject *iternext_key(KrObject *o) { return iter_key(o, 0); }
static KrObject *iternext_value(KrObject *o) { return iter_value(o, 0); }
static KrObject *iternext_item(KrObject *o) { return iter_item(o, 0); }
static KrObject *reviternext_key(KrObject *o) { return iter_key(o, 1); }
static KrObject *reviternext_value(KrObject *o) { return iter_value(o, 1); }
static KrObject *reviternext_item(KrObject *o) { return iter_item(o, 1); }

static KrObject *iter_self(KrObject *o)
{
    return kr_newref(o);
}

static KrObject *iter_length_hint(KrObject *o)
{
    DictIter *it = IT(o);
    Kr_ssize_t n = 0;
    if (it->dict != NULL && it->used == ((KrDict *)it->dict)->used)
        n = it->len;
    return kr_int_from_ssize(n);
}

static const KrMethodDef iter_methods[] = {
    KR_METHOD_NOARGS("__length_hint__", iter_length_hint),
    KR_METHOD_END
};

#define ITER_TYPE(cname, pyname, next)                                    \
    KrType cname = {                                                      \
        .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),                        \
        .name = pyname,                                                   \
        .basicsize = sizeof(DictIter),                                    \
        .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,  \
        .dealloc = iter_dealloc,                                          \
        .iter = iter_self,                                                \
        .iternext = next,                                                 \
        .traverse = iter_traverse,                                        \
        .clear = iter_clear,                                              \
        .methods = iter_methods,                                          \
        .base = &kr_object_type,                                          \
    };

ITER_TYPE(kr_dictiterkey_type, "dict_keyiterator", iternext_key)
ITER_TYPE(kr_dictitervalue_type, "dict_valueiterator", iternext_value)
ITER_TYPE(kr_dictiteritem_type, "dict_itemiterator", iternext_item)
ITER_TYPE(kr_dictrevkey_type, "dict_reversekeyiterator", reviternext_key)
ITER_TYPE(kr_dictrevvalue_type, "dict_reversevalueiterator", reviternext_value)
ITER_TYPE(kr_dictrevitem_type, "dict_reverseitemiterator", reviternext_item)

/* ---------------------------------------------------------------------- */
/* Views                                                                  */
/* ---------------------------------------------------------------------- */

KrObject *kr_dictview_new(KrObject *d, KrType *type)
{
    kr_dict_ensure_ready(type);
    DictView *v = (DictView *)kr_object_alloc(type, 0);
    if (v == NULL)
        return NULL;
    v->dict = kr_newref(d);
    kr_gc_track((KrObject *)v);
    return (KrObject *)v;
}

static void view_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_XDECREF(V(o)->dict);
    kr_object_free(o);
}

static int view_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    return V(o)->dict ? visit(V(o)->dict, arg) : 0;
}

static int view_clear(KrObject *o)
{
    KR_CLEAR(V(o)->dict);
    return 0;
}

static Kr_ssize_t view_len(KrObject *o)
{
    return V(o)->dict ? kr_dict_size(V(o)->dict) : 0;
}

static KrType *iter_type_for(KrType *view, int reverse)
{
    if (view == &kr_dictkeys_type)
        return reverse ? &kr_dictrevkey_type : &kr_dictiterkey_type;
    if (view == &kr_dictvalues_type)
        return reverse ? &kr_dictrevvalue_type : &kr_dictitervalue_type;
    return reverse ? &kr_dictrevitem_type : &kr_dictiteritem_type;
}

static KrObject *view_iter(KrObject *o)
{
    return kr_dictiter_new(V(o)->dict, iter_type_for(KR_TYPE(o), 0));
}

static KrObject *view_reversed(KrObject *o)
{
    return kr_dictiter_new(V(o)->dict, iter_type_for(KR_TYPE(o), 1));
}

static KrObject *view_repr(KrObject *o)
{
    int r = kr_repr_enter(o);
    if (r != 0)
        return r > 0 ? kr_str_from_cstr("...") : NULL;
    KrObject *seq = kr_sequence_list(o), *res = NULL;
    if (seq != NULL) {
        res = kr_str_from_format("%s(%R)", KR_TYPE(o)->name, seq);
        kr_decref(seq);
    }
    kr_repr_leave(o);
    return res;
}

static int keys_contains(KrObject *o, KrObject *key)
{
    return kr_dict_contains(V(o)->dict, key);
}

static int items_contains(KrObject *o, KrObject *item)
{
    if (!KR_TUPLE_CHECK(item) || KR_SIZE(item) != 2)
        return 0;
    KrObject *key = KR_TUPLE_GET(item, 0), *value = KR_TUPLE_GET(item, 1);
    KrObject *found = kr_dict_get_item(V(o)->dict, key);
    if (found == NULL)
        return kr_err_occurred() ? -1 : 0;
    kr_incref(found);
    int r = kr_object_richcompare_bool(found, value, KR_EQ);
    kr_decref(found);
    return r;
}

static int is_setlike_view(KrObject *o)
{
    return kr_type_is_subtype(KR_TYPE(o), &kr_dictkeys_type) ||
           kr_type_is_subtype(KR_TYPE(o), &kr_dictitems_type);
}

/* 1 if every item of a is in b. */
static int all_contained_in(KrObject *a, KrObject *b)
{
    KrObject *it = kr_object_get_iter(a);
    if (it == NULL)
        return -1;
    int ok = 1;
    KrObject *item;
    while ((item = kr_iter_next(it)) != NULL) {
        ok = kr_sequence_contains(b, item);
        kr_decref(item);
        if (ok <= 0)
            break;
    }
    kr_decref(it);
    if (ok > 0 && kr_err_occurred())
        ok = -1;
    return ok;
}

static KrObject *view_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_ANYSET_CHECK(b) && !is_setlike_view(b))
        KR_RETURN_NOTIMPLEMENTED;
    Kr_ssize_t la = kr_object_length(a);
    if (la < 0)
        return NULL;
    Kr_ssize_t lb = kr_object_length(b);
    if (lb < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case KR_EQ:
    case KR_NE:
        if (la == lb)
            ok = all_contained_in(a, b);
        if (op == KR_NE && ok >= 0)
            ok = !ok;
        break;
    case KR_LT:
        if (la < lb)
            ok = all_contained_in(a, b);
        break;
    case KR_LE:
        if (la <= lb)
            ok = all_contained_in(a, b);
        break;
    case KR_GT:
        if (la > lb)
            ok = all_contained_in(b, a);
        break;
    case KR_GE:
        if (la >= lb)
            ok = all_contained_in(b, a);
        break;
    }
    if (ok < 0)
        return NULL;
    return kr_bool_from(ok);
}

/* set(view), taking the dict itself for a keys view (faster, same order). */
static KrObject *view_to_set(KrObject *o)
{
    if (kr_type_is_subtype(KR_TYPE(o), &kr_dictkeys_type))
        return kr_set_new(V(o)->dict);
    return kr_set_new(o);
}

static KrObject *call_on_set(KrObject *self, const char *method, KrObject *other)
{
    KrObject *result = view_to_set(self);
    if (result == NULL)
        return NULL;
    KrObject *r = kr_call_method1(result, kr_str_intern_cstr(method), other);
    if (r == NULL) {
        kr_decref(result);
        return NULL;
    }
    kr_decref(r);
    return result;
}

static KrObject *view_sub(KrObject *a, KrObject *b)
{
    return call_on_set(a, "difference_update", b);
}

static KrObject *view_or(KrObject *a, KrObject *b)
{
    KrObject *result = view_to_set(a);
    if (result == NULL)
        return NULL;
    if (kr_set_update(result, b) < 0) {
        kr_decref(result);
        return NULL;
    }
    return result;
}

static KrObject *view_xor(KrObject *a, KrObject *b)
{
    return call_on_set(a, "symmetric_difference_update", b);
}

static KrObject *view_and(KrObject *self, KrObject *other)
{
    if (!is_setlike_view(self)) {
        KrObject *t = self;
        self = other;
        other = t;
    }
    Kr_ssize_t lself = view_len(self);
    if (KR_TYPE(other) == &kr_set_type) {
        Kr_ssize_t lother = kr_object_length(other);
        if (lother < 0)
            return NULL;
        if (lself <= lother)
            return kr_call_method1(other, kr_str_intern_cstr("intersection"), self);
    }
    if (is_setlike_view(other) && view_len(other) > lself) {
        KrObject *t = self;
        self = other;
        other = t;
    }
    KrObject *result = kr_set_new(NULL);
    if (result == NULL)
        return NULL;
    KrObject *it = kr_object_get_iter(other);
    if (it == NULL) {
        kr_decref(result);
        return NULL;
    }
    int keys = kr_type_is_subtype(KR_TYPE(self), &kr_dictkeys_type);
    KrObject *item;
    while ((item = kr_iter_next(it)) != NULL) {
        int r = keys ? keys_contains(self, item) : items_contains(self, item);
        if (r > 0)
            r = kr_set_add(result, item);
        kr_decref(item);
        if (r < 0)
            break;
    }
    kr_decref(it);
    if (kr_err_occurred()) {
        kr_decref(result);
        return NULL;
    }
    return result;
}

static KrObject *view_isdisjoint(KrObject *self, KrObject *other)
{
    if (self == other) {
        if (view_len(self) == 0)
            KR_RETURN_TRUE;
        KR_RETURN_FALSE;
    }
    /* Iterate over the shorter object when both sizes are known. */
    if ((KR_ANYSET_CHECK(other) || is_setlike_view(other))) {
        Kr_ssize_t lo = kr_object_length(other);
        if (lo < 0)
            return NULL;
        if (lo > view_len(self)) {
            KrObject *t = self;
            self = other;
            other = t;
        }
    }
    KrObject *it = kr_object_get_iter(other);
    if (it == NULL)
        return NULL;
    KrObject *item;
    int found = 0;
    while ((item = kr_iter_next(it)) != NULL) {
        found = kr_sequence_contains(self, item);
        kr_decref(item);
        if (found != 0)
            break;
    }
    kr_decref(it);
    if (found < 0 || (found == 0 && kr_err_occurred()))
        return NULL;
    return kr_bool_from(!found);
}

/* view.mapping: a read-only mappingproxy of the dict.  The proxy type is
 * reached through the public API (the type of object.__dict__). */
static KrObject *view_mapping_get(KrObject *o, void *closure)
{
    static KrObject *proxy_type;
    if (proxy_type == NULL) {
        KrObject *p = kr_object_getattr((KrObject *)&kr_object_type, KR_ID(__dict__));
        if (p == NULL)
            return NULL;
        proxy_type = kr_newref((KrObject *)KR_TYPE(p));
        kr_decref(p);
    }
    return kr_call1(proxy_type, V(o)->dict);
}

static const KrGetSetDef view_getset[] = {
    { "mapping", view_mapping_get, NULL, "dictionary that this view refers to", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static const KrMethodDef setview_methods[] = {
    KR_METHOD_O("isdisjoint", view_isdisjoint),
    KR_METHOD_NOARGS("__reversed__", view_reversed),
    KR_METHOD_END
};

static const KrMethodDef values_methods[] = {
    KR_METHOD_NOARGS("__reversed__", view_reversed),
    KR_METHOD_END
};

static KrNumberMethods setview_as_number = {
    .subtract = view_sub,
    .and_ = view_and,
    .xor_ = view_xor,
    .or_ = view_or,
};

static KrSequenceMethods keys_as_sequence = {
    .length = view_len,
    .contains = keys_contains,
};

static KrSequenceMethods items_as_sequence = {
    .length = view_len,
    .contains = items_contains,
};

static KrSequenceMethods values_as_sequence = {
    .length = view_len,
};

#define VIEW_TYPE(cname, pyname, seq, num, rich, hashf, meths)                 \
    KrType cname = {                                                      \
        .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),                        \
        .name = pyname,                                                   \
        .basicsize = sizeof(DictView),                                    \
        .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_DISALLOW_INSTANTIATION,  \
        .dealloc = view_dealloc,                                          \
        .repr = view_repr,                                                \
        .hash = hashf,                                                    \
        .richcompare = rich,                                              \
        .iter = view_iter,                                                \
        .as_number = num,                                                 \
        .as_sequence = seq,                                               \
        .traverse = view_traverse,                                        \
        .clear = view_clear,                                              \
        .methods = meths,                                                 \
        .getset = view_getset,                                            \
        .base = &kr_object_type,                                          \
    };

VIEW_TYPE(kr_dictkeys_type, "dict_keys", &keys_as_sequence, &setview_as_number,
          view_richcompare, kr_hash_not_implemented, setview_methods)
VIEW_TYPE(kr_dictitems_type, "dict_items", &items_as_sequence, &setview_as_number,
          view_richcompare, kr_hash_not_implemented, setview_methods)
VIEW_TYPE(kr_dictvalues_type, "dict_values", &values_as_sequence, NULL, NULL, NULL,
          values_methods)
