/*
 * weakref.c -- weak references (weakref.ref) and the _weakref module.
 *
 * A weak-referenceable type reserves a pointer at type->weaklistoffset: the
 * head of a doubly linked list of the weakref objects that point to the
 * instance.  When the instance dies, kr_weakref_clear_refs unlinks every
 * ref, sets its referent to NULL (so calling it gives None), and calls the
 * callbacks, newest first as CPython does.  A ref without a callback is
 * shared: weakref.ref(x) twice returns the same object.
 */
#include "typeobject.h"

typedef struct WeakRef {
    KrObject ob;
    KrObject *referent;            /* borrowed; NULL once dead */
    KrObject *callback;
    Kr_hash_t hash;
    struct WeakRef *prev, *next;
} WeakRef;

extern KrType kr_weakref_type;

static WeakRef **list_head(KrObject *o)
{
    Kr_ssize_t off = KR_TYPE(o)->weaklistoffset;
    if (off <= 0)
        return NULL;
    /* statically allocated types have no room for the list */
    if (KR_TYPE_CHECK(o) && !KR_TYPE_HAS_FLAG((KrType *)o, KR_TPFLAGS_HEAPTYPE))
        return NULL;
    return (WeakRef **)((char *)o + off);
}

static void unlink_ref(WeakRef *r)
{
    if (r->referent == NULL)
        return;
    WeakRef **head = list_head(r->referent);
    if (head && *head == r)
        *head = r->next;
    if (r->prev)
        r->prev->next = r->next;
    if (r->next)
        r->next->prev = r->prev;
    r->prev = r->next = NULL;
    r->referent = NULL;
}

KrObject *kr_weakref_first(KrObject *o)
{
    WeakRef **head = list_head(o);
    if (head == NULL || *head == NULL)
        return NULL;
    return kr_newref((KrObject *)*head);
}

Kr_ssize_t kr_weakref_count(KrObject *o)
{
    WeakRef **head = list_head(o);
    Kr_ssize_t n = 0;
    for (WeakRef *r = head ? *head : NULL; r; r = r->next)
        n++;
    return n;
}

void kr_weakref_clear_refs(KrObject *o)
{
    WeakRef **head = list_head(o);
    if (head == NULL || *head == NULL)
        return;
    /* Collect refs first: callbacks may create or drop other refs. */
    KrObject *pending = kr_list_new(0);
    while (*head) {
        WeakRef *r = *head;
        unlink_ref(r);
        if (r->callback && pending && r->ob.refcnt > 0)
            kr_list_append(pending, (KrObject *)r);
    }
    if (pending == NULL) {
        kr_err_clear();
        return;
    }
    KrObject *saved = kr_err_fetch();
    for (Kr_ssize_t i = 0; i < KR_SIZE(pending); i++) {
        WeakRef *r = (WeakRef *)KR_LIST_GET(pending, i);
        KrObject *cb = r->callback;
        r->callback = NULL;
        KrObject *res = kr_call1(cb, (KrObject *)r);
        if (res == NULL)
            kr_unraisable("Exception ignored in", cb);
        else
            kr_decref(res);
        kr_decref(cb);
    }
    kr_decref(pending);
    kr_err_restore(saved);
}

static KrObject *weakref_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames)
{
    if (kr_check_nargs("__new__", nargs, 1, 2) < 0)
        return NULL;
    KrObject *obj = args[0];
    KrObject *cb = nargs == 2 && args[1] != kr_None ? args[1] : NULL;
    WeakRef **head = list_head(obj);
    if (head == NULL)
        return kr_err_format(&kr_exc_TypeError, "cannot create weak reference to '%s' object",
                             kr_type_name(KR_TYPE(obj)));
    if (cb == NULL && t == &kr_weakref_type) {
        for (WeakRef *r = *head; r; r = r->next)
            if (r->callback == NULL && KR_TYPE(r) == &kr_weakref_type)
                return kr_newref((KrObject *)r);
    }
    WeakRef *r = (WeakRef *)kr_object_alloc(t, 0);
    if (r == NULL)
        return NULL;
    r->referent = obj;
    r->callback = kr_xnewref(cb);
    r->hash = -1;
    /* refs without callbacks go first so they can be shared */
    if (cb == NULL || *head == NULL) {
        r->next = *head;
        if (*head)
            (*head)->prev = r;
        *head = r;
    } else {
        WeakRef *last = *head;
        while (last->next)
            last = last->next;
        last->next = r;
        r->prev = last;
    }
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_GC))
        kr_gc_track((KrObject *)r);
    return (KrObject *)r;
}

static int weakref_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    return 0;
}

static void weakref_dealloc(KrObject *o)
{
    WeakRef *r = (WeakRef *)o;
    kr_gc_untrack(o);
    unlink_ref(r);
    KR_CLEAR(r->callback);
    kr_object_free(o);
}

static int weakref_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    WeakRef *r = (WeakRef *)o;
    return r->callback ? visit(r->callback, arg) : 0;
}

static int weakref_clear(KrObject *o)
{
    WeakRef *r = (WeakRef *)o;
    unlink_ref(r);
    KR_CLEAR(r->callback);
    return 0;
}

static KrObject *weakref_call(KrObject *o, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    if (kr_check_no_kwargs("weakref", kwnames) < 0 || kr_check_nargs("weakref", nargs, 0, 0) < 0)
        return NULL;
    WeakRef *r = (WeakRef *)o;
    return kr_newref(r->referent ? r->referent : kr_None);
}

static Kr_hash_t weakref_hash(KrObject *o)
{
    WeakRef *r = (WeakRef *)o;
    if (r->hash != -1)
        return r->hash;
    if (r->referent == NULL) {
        kr_err_set_string(&kr_exc_TypeError, "weak object has gone away");
        return -1;
    }
    r->hash = kr_object_hash(r->referent);
    return r->hash;
}

static KrObject *weakref_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !kr_type_is_subtype(KR_TYPE(b), &kr_weakref_type))
        KR_RETURN_NOTIMPLEMENTED;
    WeakRef *x = (WeakRef *)a, *y = (WeakRef *)b;
    if (x->referent == NULL || y->referent == NULL) {
        int eq = a == b;
        return kr_bool_from(op == KR_EQ ? eq : !eq);
    }
    return kr_object_richcompare(x->referent, y->referent, op);
}

static KrObject *weakref_repr(KrObject *o)
{
    WeakRef *r = (WeakRef *)o;
    if (r->referent == NULL)
        return kr_str_from_format("<weakref at %p; dead>", (void *)o);
    return kr_str_from_format("<weakref at %p; to '%s' at %p>", (void *)o,
                              KR_TYPE(r->referent)->name, (void *)r->referent);
}

static KrObject *weakref_get_callback(KrObject *o, void *c)
{
    WeakRef *r = (WeakRef *)o;
    return kr_newref(r->callback ? r->callback : kr_None);
}

static const KrGetSetDef weakref_getset[] = {
    { "__callback__", weakref_get_callback, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

KrType kr_weakref_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakRef),
    .flags = KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .dealloc = weakref_dealloc,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .new_ = weakref_new,
    .init = weakref_init,
    .getset = weakref_getset,
};

/* ---- the _weakref module ---- */

static KrObject *m_getweakrefcount(KrObject *m, KrObject *o)
{
    return kr_int_from_ssize(kr_weakref_count(o));
}

static KrObject *m_getweakrefs(KrObject *m, KrObject *o)
{
    KrObject *l = kr_list_new(0);
    WeakRef **head = list_head(o);
    for (WeakRef *r = head ? *head : NULL; r && l; r = r->next)
        if (kr_list_append(l, (KrObject *)r) < 0) {
            kr_decref(l);
            return NULL;
        }
    return l;
}

static const KrMethodDef weakref_module_methods[] = {
    KR_METHOD_O("getweakrefcount", m_getweakrefcount),
    KR_METHOD_O("getweakrefs", m_getweakrefs),
    KR_METHOD_END
};

KrObject *kr_weakref_module_init(void)
{
    KrObject *m = kr_module_new("_weakref");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, weakref_module_methods) < 0 ||
        kr_module_add_object(m, "ref", (KrObject *)&kr_weakref_type) < 0 ||
        kr_module_add_object(m, "ReferenceType", (KrObject *)&kr_weakref_type) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
