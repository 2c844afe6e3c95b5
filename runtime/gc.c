/*
 * gc.c -- object allocation and the container-tracking lists.
 *
 * Every object is allocated by kr_object_alloc and released by
 * kr_object_free.  Objects of types with KR_TPFLAGS_HAVE_GC carry a
 * KrGCHead just before the KrObject: two list links and a scratch word for
 * the cycle collector.  A GC object is "tracked" when it is linked into the
 * young generation's list; containers track themselves once fully built
 * (so the collector never sees half-initialised objects) and untrack
 * before they start tearing down.
 *
 * Invariants:
 *   - head->prev == NULL  <=>  the object is untracked.
 *   - Heap-type instances own a reference to their type: taken in
 *     kr_object_alloc, dropped in kr_object_free after the memory is gone,
 *     so a class outlives its last instance's destructor.
 *
 * The generational collector (generations 700/10/10, PEP 442 finalisation)
 * builds on these lists; until it lands, tracking only maintains the lists
 * and counts allocations.
 */
#include "krait.h"

typedef struct GCState {
    KrGCHead young;               /* list sentinel for generation 0 */
    Kr_ssize_t count;             /* tracked allocations minus deallocations */
} GCState;

static GCState *state(void)
{
    KrInterp *in = KR_INTERP();
    if (in->gc == NULL) {
        GCState *g = kr_mem_calloc(sizeof(GCState));
        if (g == NULL)
            return NULL;
        g->young.next = g->young.prev = &g->young;
        in->gc = g;
    }
    return in->gc;
}

KrObject *kr_object_alloc(KrType *t, Kr_ssize_t nitems)
{
    /* Types outside the start-up list are readied on first use (once the
     * core types are ready: readying itself allocates dicts and tuples). */
    if (KR_UNLIKELY(!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_READY)) && kr_types_bootstrapped &&
        kr_type_ready(t) < 0)
        return NULL;
    size_t size = (size_t)t->basicsize;
    if (nitems > 0) {
        if ((size_t)nitems > (SIZE_MAX - size) / (size_t)(t->itemsize ? t->itemsize : 1))
            return kr_err_no_memory();
        size += (size_t)nitems * (size_t)t->itemsize;
    }
    size = (size + 7) & ~(size_t)7;
    KrObject *o;
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_GC)) {
        KrGCHead *g = kr_mem_calloc(sizeof(KrGCHead) + size);
        if (g == NULL)
            return kr_err_no_memory();
        o = KR_GC_OBJ(g);
    } else {
        o = kr_mem_calloc(size);
        if (o == NULL)
            return kr_err_no_memory();
    }
    o->refcnt = 1;
    o->type = t;
    if (t->itemsize != 0)
        KR_SIZE(o) = nitems;
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
        kr_incref((KrObject *)t);
    return o;
}

void kr_object_free(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_GC)) {
        KrGCHead *g = KR_GC_HEAD(o);
        if (g->prev != NULL)
            kr_gc_untrack(o);
        kr_mem_free(g);
    } else {
        kr_mem_free(o);
    }
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
        kr_decref((KrObject *)t);
}

void kr_gc_track(KrObject *o)
{
    KrGCHead *g = KR_GC_HEAD(o);
    if (g->prev != NULL)
        return;
    GCState *s = state();
    if (s == NULL)
        return;
    KrGCHead *last = s->young.prev;
    g->next = &s->young;
    g->prev = last;
    last->next = g;
    s->young.prev = g;
    s->count++;
}

void kr_gc_untrack(KrObject *o)
{
    KrGCHead *g = KR_GC_HEAD(o);
    if (g->prev == NULL)
        return;
    g->prev->next = g->next;
    g->next->prev = g->prev;
    g->next = g->prev = NULL;
    GCState *s = KR_INTERP()->gc;
    if (s && s->count > 0)
        s->count--;
}

int kr_gc_is_tracked(KrObject *o)
{
    return KR_IS_GC(o) && KR_GC_HEAD(o)->prev != NULL;
}

/* Called when a count reaches zero. */
void kr_object_dealloc(KrObject *o)
{
    KrType *t = KR_TYPE(o);
#if KR_DEBUG
    if (o->refcnt != 0) {
        kr_fatal("dealloc of an object with a nonzero refcount");
    }
#endif
    t->dealloc(o);
}

KrObject *kr_type_generic_alloc(KrType *t, Kr_ssize_t nitems)
{
    return kr_object_alloc(t, nitems);
}
