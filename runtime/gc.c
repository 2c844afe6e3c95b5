/*
 * gc.c -- object allocation and the generational cycle collector.
 *
 * Allocation.  Every object is allocated by kr_object_alloc and released by
 * kr_object_free.  Objects of types with KR_TPFLAGS_HAVE_GC carry a
 * KrGCHead just before the KrObject: two list links and a word for the
 * collector.  A GC object is "tracked" when it is linked into one of the
 * generation lists; containers track themselves once fully built and
 * untrack before they start tearing down.  Heap-type instances own a
 * reference to their type: taken in kr_object_alloc, dropped in
 * kr_object_free after the memory is gone.
 *
 * Generations.  Three lists, as CPython: new containers enter generation 0;
 * survivors of a collection move one generation up.  Generation 0 is
 * collected when allocations of GC objects minus their deallocations exceed
 * threshold 0 (700); generation 1 after threshold 1 (10) collections of
 * generation 0; generation 2 after 10 of generation 1, and only when the
 * objects that survived since the last full collection exceed 25% of those
 * that were long-lived then (which keeps full collections linear overall).
 * A permanent generation holds frozen objects (gc.freeze()).
 *
 * When.  Collection never starts in the middle of C code: crossing a
 * threshold only raises a request on the thread's eval breaker, and the
 * interpreter collects at its next safe point (a function entry or loop
 * back-edge), when every tracked object is consistent.  gc.collect() runs
 * at once.  `-X gc-stress` requests a collection at every allocation.
 *
 * The algorithm (the invariant: an object is unreachable exactly when all
 * references to it come from other objects of the collected set):
 *   1. gc_refs := refcnt for each object of the generations collected;
 *   2. for each, traverse and decrement gc_refs of the referents in the set:
 *      what remains counts references from outside;
 *   3. objects with gc_refs > 0 are roots; everything reachable from a root
 *      is reachable; the rest is unreachable;
 *   4. weak references to unreachable objects are cleared and their
 *      callbacks called; then finalizers (__del__, PEP 442) run once per
 *      object; if a finalizer resurrected anything, reachability is
 *      recomputed for the unreachable set and the resurrected part survives;
 *   5. the remaining unreachable objects are cleared with tp_clear, which
 *      breaks the cycles so that reference counting frees them.
 *
 * gc_refs layout: bit 0 = FINALIZED (persistent, PEP 442), bit 1 =
 * COLLECTING (set during a collection on the objects being collected),
 * bits 2-3 unused, the count in the bits above.
 *
 * Instances of Python classes keep their attributes inline (instattrs.c),
 * as CPython 3.11 does: no dict object per instance, so gc.collect() on a
 * cycle of two instances reports 2, and generation 0 counts what
 * CPython's counts.
 */
#include "krait.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define NUM_GENERATIONS 3
#define GC_COLLECTING 2
#define GC_REF_SHIFT 4
#define GC_FLAGS_MASK 15
#define GC_PERSISTENT KR_GC_FINALIZED

typedef struct Generation {
    KrGCHead head;
    int threshold;
    Kr_ssize_t count;
} Generation;

typedef struct GCStats {
    Kr_ssize_t collections, collected, uncollectable;
} GCStats;

typedef struct GCState {
    Generation gens[NUM_GENERATIONS];
    KrGCHead permanent;
    GCStats stats[NUM_GENERATIONS];
    int enabled;
    int collecting;
    int pending;                    /* a collection was requested */
    int debug;
    int stress;                     /* -X gc-stress */
    Kr_ssize_t long_lived_total;
    Kr_ssize_t long_lived_pending;
    KrObject *garbage;              /* gc.garbage list */
    KrObject *callbacks;            /* gc.callbacks list */
} GCState;

/* gc.DEBUG_* */
enum { DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32 };

static void list_init(KrGCHead *h)
{
    h->next = h->prev = h;
}

static int list_empty(KrGCHead *h)
{
    return h->next == h;
}

static void list_remove(KrGCHead *g)
{
    g->prev->next = g->next;
    g->next->prev = g->prev;
}

static void list_append(KrGCHead *g, KrGCHead *list)
{
    KrGCHead *last = list->prev;
    g->next = list;
    g->prev = last;
    last->next = g;
    list->prev = g;
}

static void list_move(KrGCHead *g, KrGCHead *list)
{
    list_remove(g);
    list_append(g, list);
}

/* Appends all of from to the end of to. */
static void list_merge(KrGCHead *from, KrGCHead *to)
{
    if (list_empty(from))
        return;
    KrGCHead *tail = to->prev;
    tail->next = from->next;
    from->next->prev = tail;
    to->prev = from->prev;
    from->prev->next = to;
    list_init(from);
}

static Kr_ssize_t list_size(KrGCHead *h)
{
    Kr_ssize_t n = 0;
    for (KrGCHead *g = h->next; g != h; g = g->next)
        n++;
    return n;
}

static GCState *state(void)
{
    KrInterp *in = KR_INTERP();
    if (in->gc == NULL) {
        GCState *g = kr_mem_calloc(sizeof(GCState));
        if (g == NULL)
            return NULL;
        static const int thresholds[NUM_GENERATIONS] = { 700, 10, 10 };
        for (int i = 0; i < NUM_GENERATIONS; i++) {
            list_init(&g->gens[i].head);
            g->gens[i].threshold = thresholds[i];
        }
        list_init(&g->permanent);
        g->enabled = 1;
        in->gc = g;
    }
    return in->gc;
}

/* ---------------------------------------------------------------------- */
/* Debug accounting of live objects                                       */
/* ---------------------------------------------------------------------- */

/* Debug builds know every object kr_object_alloc handed out and
 * kr_object_free has not taken back: a pointer set (open addressing,
 * linear probing, backward-shift deletion) kept in libc memory so that it
 * does not disturb the pool counters of -X showrefcount.  A side table
 * rather than a header in front of each object, because some code
 * reallocates an object in place (str's in-place concatenation) and a
 * header would change every object's layout.  Objects parked on a free
 * list (int, float, tuple, list, dict) stay in the set with a reference
 * count of 0; a count of 0 is exactly "cached, not in use", so the live
 * count skips them and stays exact without hooks in each free list.
 * Release builds keep none of this: allocation pays nothing. */
#if KR_DEBUG
static KrObject **live_tab;
static size_t live_cap, live_used;
static int live_broken;             /* the table could not grow: counts are off */

static size_t live_home(KrObject *o, size_t mask)
{
    uint64_t p = (uint64_t)(uintptr_t)o >> 3;
    return (size_t)((p * 0x9E3779B97F4A7C15ull) >> 24) & mask;
}

static void live_insert(KrObject **tab, size_t mask, KrObject *o)
{
    size_t i = live_home(o, mask);
    while (tab[i] != NULL)
        i = (i + 1) & mask;
    tab[i] = o;
}

static void live_add(KrObject *o)
{
    if (live_broken)
        return;
    if ((live_used + 1) * 2 > live_cap) {
        size_t ncap = live_cap ? live_cap * 2 : 4096;
        KrObject **nt = calloc(ncap, sizeof *nt);
        if (nt == NULL) {
            live_broken = 1;
            return;
        }
        for (size_t i = 0; i < live_cap; i++)
            if (live_tab[i] != NULL)
                live_insert(nt, ncap - 1, live_tab[i]);
        free(live_tab);
        live_tab = nt;
        live_cap = ncap;
    }
    live_insert(live_tab, live_cap - 1, o);
    live_used++;
}

static void live_remove(KrObject *o)
{
    if (live_cap == 0)
        return;
    size_t mask = live_cap - 1, i = live_home(o, mask);
    while (live_tab[i] != o) {
        if (live_tab[i] == NULL)
            return;                 /* not ours (or the table broke) */
        i = (i + 1) & mask;
    }
    /* close the gap: move back each later entry of the run whose home
     * slot is not cyclically within (i, j] */
    for (size_t j = i;;) {
        j = (j + 1) & mask;
        KrObject *e = live_tab[j];
        if (e == NULL)
            break;
        size_t k = live_home(e, mask);
        if (i <= j ? (i < k && k <= j) : (i < k || k <= j))
            continue;
        live_tab[i] = e;
        i = j;
    }
    live_tab[i] = NULL;
    live_used--;
}

Kr_ssize_t kr_gc_live_objects(void)
{
    if (live_broken)
        return -1;
    Kr_ssize_t n = 0;
    for (size_t i = 0; i < live_cap; i++)
        if (live_tab[i] != NULL && live_tab[i]->refcnt != 0)
            n++;
    return n;
}

int kr_gc_for_each_live(int (*fn)(KrObject *o, void *arg), void *arg)
{
    for (size_t i = 0; i < live_cap; i++)
        if (live_tab[i] != NULL && live_tab[i]->refcnt != 0) {
            int r = fn(live_tab[i], arg);
            if (r)
                return r;
        }
    return 0;
}

void kr_gc_object_moved(KrObject *from, KrObject *to)
{
    if (from == to)
        return;
    live_remove(from);
    live_add(to);
}
#else
Kr_ssize_t kr_gc_live_objects(void) { return -1; }
int kr_gc_for_each_live(int (*fn)(KrObject *o, void *arg), void *arg)
{
    (void)fn;
    (void)arg;
    return 0;
}
void kr_gc_object_moved(KrObject *from, KrObject *to)
{
    (void)from;
    (void)to;
}
#endif

/* ---------------------------------------------------------------------- */
/* Allocation                                                             */
/* ---------------------------------------------------------------------- */

static void request_collection(GCState *s)
{
    s->pending = 1;
    KR_TS()->eval_breaker = 1;
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
        GCState *s = KR_INTERP()->gc;
        if (s != NULL) {
            Generation *g0 = &s->gens[0];
            if (++g0->count > g0->threshold || s->stress) {
                if (s->enabled && !s->collecting && g0->threshold > 0)
                    request_collection(s);
            }
        }
    } else {
        o = kr_mem_calloc(size);
        if (o == NULL)
            return kr_err_no_memory();
    }
    o->refcnt = 1;
    KR_REFTOTAL_INC();
    o->type = t;
#if KR_DEBUG
    live_add(o);
#endif
    if (t->itemsize != 0)
        KR_SIZE(o) = nitems;
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
        kr_incref((KrObject *)t);
    return o;
}

/* A new instance __dict__ (a plain dict, counted like any allocation). */
KrObject *kr_instance_dict_new(void)
{
    return kr_dict_new();
}

KrObject *kr_type_generic_alloc(KrType *t, Kr_ssize_t nitems)
{
    return kr_object_alloc(t, nitems);
}

void kr_object_free(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    /* Every weak-referenceable type clears its refs first thing in its
     * dealloc (callbacks then see a consistent world); this catches a
     * dealloc that does not, so no weakref ever outlives its object. */
    if (KR_UNLIKELY(t->weaklistoffset > 0) && *(KrObject **)((char *)o + t->weaklistoffset) != NULL)
        kr_weakref_clear_refs(o);
#if KR_DEBUG
    live_remove(o);
#endif
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_GC)) {
        KrGCHead *g = KR_GC_HEAD(o);
        if (g->prev != NULL)
            kr_gc_untrack(o);
        GCState *s = KR_INTERP()->gc;
        if (s != NULL && s->gens[0].count > 0)
            s->gens[0].count--;
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
    list_append(g, &s->gens[0].head);
}

void kr_gc_untrack(KrObject *o)
{
    KrGCHead *g = KR_GC_HEAD(o);
    if (g->prev == NULL)
        return;
    list_remove(g);
    g->next = g->prev = NULL;
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
    if (o->refcnt != 0)
        kr_fatal("dealloc of an object with a nonzero refcount");
#endif
    t->dealloc(o);
}

/* ---------------------------------------------------------------------- */
/* The collector                                                          */
/* ---------------------------------------------------------------------- */

static inline Kr_ssize_t get_refs(KrGCHead *g) { return g->gc_refs >> GC_REF_SHIFT; }
static inline void set_refs(KrGCHead *g, Kr_ssize_t n)
{
    g->gc_refs = (g->gc_refs & GC_FLAGS_MASK) | (n * (1 << GC_REF_SHIFT));
}
static inline int is_collecting(KrObject *o)
{
    return KR_IS_GC(o) && KR_GC_HEAD(o)->prev != NULL &&
           (KR_GC_HEAD(o)->gc_refs & GC_COLLECTING);
}

static void update_refs(KrGCHead *list)
{
    for (KrGCHead *g = list->next; g != list; g = g->next) {
        g->gc_refs = (g->gc_refs & GC_PERSISTENT) | GC_COLLECTING;
        set_refs(g, KR_GC_OBJ(g)->refcnt);
    }
}

static int visit_decref(KrObject *o, void *arg)
{
    (void)arg;
    if (o != NULL && is_collecting(o)) {
        KrGCHead *g = KR_GC_HEAD(o);
        set_refs(g, get_refs(g) - 1);
    }
    return 0;
}

static void subtract_refs(KrGCHead *list)
{
    for (KrGCHead *g = list->next; g != list; g = g->next) {
        KrObject *o = KR_GC_OBJ(g);
        kr_traverseproc tr = KR_TYPE(o)->traverse;
        if (tr)
            tr(o, visit_decref, NULL);
    }
}

/* Reachable-from-a-root propagation: a referent still in the collected set
 * with no outside references becomes reachable; if the scan already moved
 * it to the tentatively-unreachable list, it moves back to be scanned. */
typedef struct ReachCtx {
    KrGCHead *young;
} ReachCtx;

static int visit_reachable(KrObject *o, void *arg)
{
    ReachCtx *ctx = arg;
    if (o == NULL || !is_collecting(o))
        return 0;
    KrGCHead *g = KR_GC_HEAD(o);
    Kr_ssize_t refs = get_refs(g);
    if (refs == 0) {
        /* mark reachable; -1 flags "tentatively unreachable" below */
        set_refs(g, 1);
    } else if (refs < 0) {
        list_move(g, ctx->young);
        set_refs(g, 1);
    }
    return 0;
}

/* Returns how many objects stayed in young (the survivors), so callers
 * need not walk the list again to count them. */
static Kr_ssize_t move_unreachable(KrGCHead *young, KrGCHead *unreachable)
{
    ReachCtx ctx = { young };
    KrGCHead *g = young->next;
    Kr_ssize_t survivors = 0;
    while (g != young) {
        KrGCHead *next;
        if (get_refs(g) > 0) {
            KrObject *o = KR_GC_OBJ(g);
            kr_traverseproc tr = KR_TYPE(o)->traverse;
            if (tr)
                tr(o, visit_reachable, &ctx);
            survivors++;
            next = g->next;
        } else {
            next = g->next;
            list_move(g, unreachable);
            set_refs(g, -1);
        }
        g = next;
    }
    return survivors;
}

static void clear_collecting(KrGCHead *list)
{
    for (KrGCHead *g = list->next; g != list; g = g->next)
        g->gc_refs &= GC_PERSISTENT;
}

static void handle_weakrefs(KrGCHead *unreachable)
{
    /* Callbacks can run arbitrary code; hold references meanwhile. */
    for (KrGCHead *g = unreachable->next; g != unreachable; g = g->next) {
        KrObject *o = KR_GC_OBJ(g);
        if (KR_TYPE(o)->weaklistoffset > 0 &&
            *(KrObject **)((char *)o + KR_TYPE(o)->weaklistoffset) != NULL) {
            kr_incref(o);
            kr_weakref_clear_refs(o);
            /* the list cannot lose o here: we hold a reference */
            o->refcnt--;
        }
    }
}

/* Runs each pending finalizer once (PEP 442). */
static void finalize_garbage(KrGCHead *unreachable)
{
    KrGCHead seen;
    list_init(&seen);
    while (!list_empty(unreachable)) {
        KrGCHead *g = unreachable->next;
        KrObject *o = KR_GC_OBJ(g);
        list_move(g, &seen);
        kr_destructor fin = KR_TYPE(o)->finalize;
        if (fin && !(g->gc_refs & KR_GC_FINALIZED)) {
            g->gc_refs |= KR_GC_FINALIZED;
            kr_incref(o);
            fin(o);
            kr_decref(o);
        }
    }
    list_merge(&seen, unreachable);
}

static int has_pending_finalizers(KrGCHead *unreachable)
{
    for (KrGCHead *g = unreachable->next; g != unreachable; g = g->next) {
        KrObject *o = KR_GC_OBJ(g);
        if (KR_TYPE(o)->finalize && !(g->gc_refs & KR_GC_FINALIZED))
            return 1;
    }
    return 0;
}

/* After finalizers ran: anything now referenced from outside the set was
 * resurrected, with everything it reaches. */
static void handle_resurrected(KrGCHead *unreachable, KrGCHead *old)
{
    update_refs(unreachable);
    subtract_refs(unreachable);
    KrGCHead resurrected;
    list_init(&resurrected);
    /* move_unreachable keeps the reachable part in its first list */
    KrGCHead still;
    list_init(&still);
    move_unreachable(unreachable, &still);
    list_merge(unreachable, &resurrected);
    list_merge(&still, unreachable);
    clear_collecting(&resurrected);
    list_merge(&resurrected, old);
    /* restore the flag on what is still being collected */
    for (KrGCHead *g = unreachable->next; g != unreachable; g = g->next)
        g->gc_refs = (g->gc_refs & GC_PERSISTENT) | GC_COLLECTING;
}

static Kr_ssize_t count_collected(KrGCHead *unreachable)
{
    Kr_ssize_t n = 0;
    for (KrGCHead *g = unreachable->next; g != unreachable; g = g->next)
        n++;
    return n;
}

static void debug_object(const char *what, KrObject *o)
{
    KrObject *saved = kr_err_fetch();
    KrObject *tn = kr_type_qualname(KR_TYPE(o));
    char buf[256];
    snprintf(buf, sizeof buf, "gc: %s <%s %p>\n", what,
             tn ? kr_str_utf8(tn, NULL) : KR_TYPE(o)->name, (void *)o);
    kr_xdecref(tn);
    kr_err_clear();
    kr_sys_write_stderr(buf);
    kr_err_restore(saved);
}

static void delete_garbage(GCState *s, KrGCHead *unreachable, KrGCHead *old)
{
    while (!list_empty(unreachable)) {
        KrGCHead *g = unreachable->next;
        KrObject *o = KR_GC_OBJ(g);
        if (s->debug & DEBUG_SAVEALL) {
            if (s->garbage)
                kr_list_append(s->garbage, o);
        } else {
            kr_inquiry clear = KR_TYPE(o)->clear;
            if (clear) {
                kr_incref(o);
                clear(o);
                if (kr_err_occurred())
                    kr_unraisable("Exception ignored in tp_clear of", NULL);
                kr_decref(o);
            }
        }
        /* still alive (no clear, or clear left it referenced): survives */
        if (unreachable->next == g) {
            g->gc_refs &= GC_PERSISTENT;
            list_move(g, old);
        }
    }
}

static void invoke_callbacks(GCState *s, const char *phase, int gen, Kr_ssize_t collected,
                             Kr_ssize_t uncollectable)
{
    if (s->callbacks == NULL || KR_SIZE(s->callbacks) == 0)
        return;
    KrObject *saved = kr_err_fetch();
    KrObject *info = kr_dict_new();
    KrObject *ph = kr_str_from_cstr(phase);
    KrObject *g = kr_int_from_i64(gen), *c = kr_int_from_ssize(collected),
             *u = kr_int_from_ssize(uncollectable);
    if (info && ph && g && c && u && kr_dict_set_item_str(info, "generation", g) == 0 &&
        kr_dict_set_item_str(info, "collected", c) == 0 &&
        kr_dict_set_item_str(info, "uncollectable", u) == 0) {
        KrObject *cbs = kr_sequence_list(s->callbacks);
        for (Kr_ssize_t i = 0; cbs && i < KR_SIZE(cbs); i++) {
            KrObject *r = kr_call2(KR_LIST_GET(cbs, i), ph, info);
            if (r == NULL)
                kr_unraisable("Exception ignored in garbage collector callback",
                              KR_LIST_GET(cbs, i));
            kr_xdecref(r);
        }
        kr_xdecref(cbs);
    }
    kr_xdecref(info);
    kr_xdecref(ph);
    kr_xdecref(g);
    kr_xdecref(c);
    kr_xdecref(u);
    kr_err_clear();
    kr_err_restore(saved);
}

/* Collects generations 0..gen; returns the number of unreachable objects. */
static Kr_ssize_t collect(GCState *s, int gen)
{
    struct timespec t0, t1;
    if (s->debug & DEBUG_STATS) {
        clock_gettime(CLOCK_MONOTONIC, &t0);
        char buf[256];
        snprintf(buf, sizeof buf, "gc: collecting generation %d...\n", gen);
        kr_sys_write_stderr(buf);
        snprintf(buf, sizeof buf, "gc: objects in each generation: %zd %zd %zd\n",
                 list_size(&s->gens[0].head), list_size(&s->gens[1].head),
                 list_size(&s->gens[2].head));
        kr_sys_write_stderr(buf);
        snprintf(buf, sizeof buf, "gc: objects in permanent generation: %zd\n",
                 list_size(&s->permanent));
        kr_sys_write_stderr(buf);
    }
    /* counts: this generation restarts; the next one counts a collection */
    if (gen + 1 < NUM_GENERATIONS)
        s->gens[gen + 1].count++;
    for (int i = 0; i <= gen; i++)
        s->gens[i].count = 0;
    /* younger generations join the end of the one collected, so the list
     * stays in allocation order (finalizers run in that order, as
     * CPython's) */
    for (int i = 0; i < gen; i++)
        list_merge(&s->gens[i].head, &s->gens[gen].head);
    KrGCHead *young = &s->gens[gen].head;
    KrGCHead *old = gen < NUM_GENERATIONS - 1 ? &s->gens[gen + 1].head : young;

    update_refs(young);
    subtract_refs(young);
    KrGCHead unreachable;
    list_init(&unreachable);
    Kr_ssize_t survivors = move_unreachable(young, &unreachable);
    clear_collecting(young);

    /* survivors move up; those entering the oldest generation count
     * towards the next full collection */
    if (gen == NUM_GENERATIONS - 2)
        s->long_lived_pending += survivors;
    if (young != old)
        list_merge(young, old);
    if (gen == NUM_GENERATIONS - 1) {
        s->long_lived_pending = 0;
        s->long_lived_total = survivors;
    }

    handle_weakrefs(&unreachable);
    if (has_pending_finalizers(&unreachable)) {
        finalize_garbage(&unreachable);
        handle_resurrected(&unreachable, old);
    }
    if (s->debug & DEBUG_COLLECTABLE)
        for (KrGCHead *g = unreachable.next; g != &unreachable; g = g->next)
            debug_object("collectable", KR_GC_OBJ(g));
    Kr_ssize_t m = count_collected(&unreachable);
    delete_garbage(s, &unreachable, old);
    Kr_ssize_t collected = m;

    s->stats[gen].collections++;
    s->stats[gen].collected += collected;
    if (s->debug & DEBUG_STATS) {
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double dt = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
        char buf[256];
        snprintf(buf, sizeof buf, "gc: done, %zd unreachable, %d uncollectable, %.4fs elapsed\n",
                 collected, 0, dt);
        kr_sys_write_stderr(buf);
    }
    return collected;
}

static Kr_ssize_t collect_with_callbacks(GCState *s, int gen)
{
    s->collecting = 1;
    invoke_callbacks(s, "start", gen, 0, 0);
    Kr_ssize_t r = collect(s, gen);
    invoke_callbacks(s, "stop", gen, r, 0);
    s->collecting = 0;
    return r;
}

Kr_ssize_t kr_gc_collect(int generation)
{
    GCState *s = state();
    if (s == NULL || s->collecting)
        return 0;
    if (generation < 0 || generation >= NUM_GENERATIONS)
        generation = NUM_GENERATIONS - 1;
    KrObject *saved = kr_err_fetch();
    Kr_ssize_t r = collect_with_callbacks(s, generation);
    kr_err_restore(saved);
    return r;
}

/* The eval breaker's hook: collect the oldest generation due. */
void kr_gc_run_pending(void)
{
    GCState *s = KR_INTERP()->gc;
    if (s == NULL || !s->pending)
        return;
    s->pending = 0;
    if (!s->enabled || s->collecting)
        return;
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        if (s->gens[i].count > s->gens[i].threshold || (i == 0 && s->stress)) {
            if (i == NUM_GENERATIONS - 1 && s->long_lived_pending < s->long_lived_total / 4)
                continue;
            KrObject *saved = kr_err_fetch();
            collect_with_callbacks(s, i);
            kr_err_restore(saved);
            break;
        }
    }
}

/* ---------------------------------------------------------------------- */
/* Accessors for the gc module                                            */
/* ---------------------------------------------------------------------- */

int kr_gc_enable(int on)
{
    GCState *s = state();
    int old = s->enabled;
    if (on >= 0)
        s->enabled = on;
    return old;
}

void kr_gc_set_stress(int on)
{
    state()->stress = on;
}

int kr_gc_get_debug(void) { return state()->debug; }
void kr_gc_set_debug(int flags) { state()->debug = flags; }

void kr_gc_get_threshold(int out[3])
{
    GCState *s = state();
    for (int i = 0; i < 3; i++)
        out[i] = s->gens[i].threshold;
}

void kr_gc_set_threshold(const int *t, int n)
{
    GCState *s = state();
    for (int i = 0; i < n && i < 3; i++)
        s->gens[i].threshold = t[i];
}

void kr_gc_get_count(Kr_ssize_t out[3])
{
    GCState *s = state();
    for (int i = 0; i < 3; i++)
        out[i] = s->gens[i].count;
}

void kr_gc_get_stats(Kr_ssize_t out[3][3])
{
    GCState *s = state();
    for (int i = 0; i < 3; i++) {
        out[i][0] = s->stats[i].collections;
        out[i][1] = s->stats[i].collected;
        out[i][2] = s->stats[i].uncollectable;
    }
}

KrObject **kr_gc_garbage_slot(void) { return &state()->garbage; }
KrObject **kr_gc_callbacks_slot(void) { return &state()->callbacks; }

/* Appends to `list` the tracked objects of generation gen (-1: all). */
int kr_gc_list_objects(KrObject *list, int gen)
{
    GCState *s = state();
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        if (gen >= 0 && i != gen)
            continue;
        KrGCHead *h = &s->gens[i].head;
        for (KrGCHead *g = h->next; g != h; g = g->next) {
            KrObject *o = KR_GC_OBJ(g);
            if (o == list)
                continue;
            if (kr_list_append(list, o) < 0)
                return -1;
        }
    }
    return 0;
}

/* Visits every tracked object (all generations and the permanent one). */
int kr_gc_for_each(int (*fn)(KrObject *o, void *arg), void *arg)
{
    GCState *s = state();
    for (int i = 0; i <= NUM_GENERATIONS; i++) {
        KrGCHead *h = i < NUM_GENERATIONS ? &s->gens[i].head : &s->permanent;
        for (KrGCHead *g = h->next; g != h; g = g->next) {
            int r = fn(KR_GC_OBJ(g), arg);
            if (r)
                return r;
        }
    }
    return 0;
}

void kr_gc_freeze(void)
{
    GCState *s = state();
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        list_merge(&s->gens[i].head, &s->permanent);
        s->gens[i].count = 0;
    }
}

void kr_gc_unfreeze(void)
{
    GCState *s = state();
    list_merge(&s->permanent, &s->gens[NUM_GENERATIONS - 1].head);
}

Kr_ssize_t kr_gc_freeze_count(void)
{
    return list_size(&state()->permanent);
}

int kr_gc_is_finalized(KrObject *o)
{
    return KR_IS_GC(o) && (KR_GC_HEAD(o)->gc_refs & KR_GC_FINALIZED) != 0;
}
