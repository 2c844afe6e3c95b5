/*
 * _lsprof.c -- the deterministic profiler behind cProfile.
 *
 * A Profiler installs a C-level profile hook in the interpreter loop
 * (kr_eval_setprofile_c, ceval.h) and keeps, per profiled function, one
 * entry with call counts and times; per (caller, callee) pair one
 * sub-entry with the same counters.  Python functions are keyed by their
 * code object; builtins by their KrMethodDef, so every bound `append` of
 * every list shares one entry, as CPython's profiler does.  A builtin's
 * entry carries a label string instead of the function (CPython's
 * spelling: "<built-in method builtins.len>", "<method 'append' of 'list'
 * objects>"), so the profiler keeps no receiver alive.
 *
 * Timing follows CPython's accounting exactly, because tests replace the
 * timer with a counter and compare the totals: the timer is read once
 * when a call is entered and once when it is left, and nowhere else
 * (disable() reads it once per call still open, closing them).  Times are
 * kept as int64 "ticks": nanoseconds for the built-in clock and for a
 * timer returning seconds (floored), raw integers when a timeunit is
 * given; getstats() scales them to seconds.
 *
 * Invariants:
 *  - ctx[0..nctx) is the stack of open calls; each context's subt sums
 *    the total time of the calls it made, so inline time = total - subt.
 *  - entry->reclevel counts open activations of the function; the total
 *    time is added only when the outermost one closes (recursion is
 *    counted once), and every inner close bumps reccalls instead.  The
 *    same holds per sub-entry for recursive caller/callee pairs.
 *  - A "return" with no open context (enable() was called inside the
 *    returning function) is ignored; a return whose key has no entry
 *    still pops the context, as CPython does.
 */
#include "krait.h"
#include "ceval.h"

#include <math.h>
#include <time.h>

/* ---------------------------------------------------------------------- */
/* Pointer-keyed hash map (open addressing, linear probing)               */
/* ---------------------------------------------------------------------- */

typedef struct PMap {
    const void **keys;
    void **vals;
    size_t cap, len;                /* cap: 0 or a power of two */
} PMap;

static size_t phash(const void *k)
{
    uint64_t x = (uint64_t)(uintptr_t)k;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 29;
    return (size_t)x;
}

static void *pmap_get(const PMap *m, const void *key)
{
    if (m->cap == 0)
        return NULL;
    for (size_t i = phash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == key)
            return m->vals[i];
        if (m->keys[i] == NULL)
            return NULL;
    }
}

static int pmap_put(PMap *m, const void *key, void *val)
{
    if ((m->len + 1) * 4 > m->cap * 3) {
        size_t ncap = m->cap ? m->cap * 2 : 8;
        const void **nk = kr_mem_calloc(ncap * sizeof *nk);
        void **nv = kr_mem_calloc(ncap * sizeof *nv);
        if (nk == NULL || nv == NULL) {
            kr_mem_free(nk);
            kr_mem_free(nv);
            return -1;
        }
        for (size_t j = 0; j < m->cap; j++) {
            if (m->keys[j] == NULL)
                continue;
            size_t i = phash(m->keys[j]) & (ncap - 1);
            while (nk[i] != NULL)
                i = (i + 1) & (ncap - 1);
            nk[i] = m->keys[j];
            nv[i] = m->vals[j];
        }
        kr_mem_free(m->keys);
        kr_mem_free(m->vals);
        m->keys = nk;
        m->vals = nv;
        m->cap = ncap;
    }
    size_t i = phash(key) & (m->cap - 1);
    while (m->keys[i] != NULL && m->keys[i] != key)
        i = (i + 1) & (m->cap - 1);
    if (m->keys[i] == NULL)
        m->len++;
    m->keys[i] = key;
    m->vals[i] = val;
    return 0;
}

static void pmap_free(PMap *m)
{
    kr_mem_free(m->keys);
    kr_mem_free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ---------------------------------------------------------------------- */
/* Profiler state                                                         */
/* ---------------------------------------------------------------------- */

typedef struct Entry Entry;

typedef struct SubEntry {
    Entry *callee;
    int64_t tt, it;
    long callcount, reccalls, reclevel;
} SubEntry;

struct Entry {
    KrObject *userobj;              /* code object or label str (strong) */
    int64_t tt, it;
    long callcount, reccalls, reclevel;
    PMap subs;                      /* callee Entry* -> SubEntry* */
    SubEntry **suborder;            /* sub-entries in creation order */
    size_t nsubs, subcap;
};

typedef struct Context {
    Entry *entry;
    int64_t t0, subt;
} Context;

enum { F_SUBCALLS = 1, F_BUILTINS = 2, F_ENABLED = 4 };

typedef struct Profiler {
    KrObject ob;
    PMap entries;                   /* key (code or def) -> Entry* */
    Entry **order;                  /* entries in creation order */
    size_t nentries, entcap;
    Context *ctx;
    size_t nctx, ctxcap;
    int flags;
    KrThreadState *ts;              /* the thread that called enable() */
    KrObject *timer;                /* external timer or NULL */
    double timeunit;
} Profiler;

KrType kr_lsprof_profiler_type;
static KrType *entry_type, *subentry_type;

/* ---------------------------------------------------------------------- */
/* Timer                                                                  */
/* ---------------------------------------------------------------------- */

static int64_t builtin_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Ticks from an external timer's result: nanosecond-like integers when a
 * timeunit is set, else seconds (int or float) converted to ns, floored. */
static int ticks_from(Profiler *p, KrObject *o, int64_t *out)
{
    int ovf = 0;
    if (p->timeunit > 0.0) {
        if (KR_INT_CHECK(o)) {
            *out = kr_int_as_i64(o, &ovf);
        } else if (KR_FLOAT_CHECK(o)) {
            double d = KR_FLOAT_VALUE(o);
            if (!isfinite(d) || fabs(d) >= 9.2e18)
                ovf = 1;
            else
                *out = (int64_t)d;
        } else {
            kr_err_format(&kr_exc_TypeError, "expect int, got %T", o);
            return -1;
        }
    } else if (KR_INT_CHECK(o)) {
        int64_t v = kr_int_as_i64(o, &ovf);
        if (!ovf && (v > INT64_MAX / 1000000000 || v < INT64_MIN / 1000000000))
            ovf = 1;
        *out = v * 1000000000;
    } else if (!KR_FLOAT_CHECK(o)) {
        /* anything else must be an integer (an __index__) */
        KrObject *i = kr_number_index(o);
        if (i == NULL)
            return -1;
        int r = ticks_from(p, i, out);
        kr_decref(i);
        return r;
    } else {
        double d = KR_FLOAT_VALUE(o);
        if (isnan(d)) {
            kr_err_set_string(&kr_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d * 1e9);
        if (!(d >= -9.2e18 && d < 9.2e18))
            ovf = 1;
        else
            *out = (int64_t)d;
    }
    if (ovf) {
        kr_err_set_string(&kr_exc_OverflowError,
                          "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    return 0;
}

/* A timer that raises is reported as unraisable and reads as 0, so a
 * broken timer never stops the profiled program. */
static int64_t now(Profiler *p, KrFrame *f)
{
    if (p->timer == NULL)
        return builtin_clock();
    KrObject *r = kr_call(p->timer, NULL, 0, NULL);
    int64_t t = 0;
    if (r == NULL || ticks_from(p, r, &t) < 0) {
        /* An error raised here in C has no traceback yet: CPython shows
         * the profiled frame's line, so give it one. */
        KrObject *exc = kr_err_occurred();
        KrObject *tb = exc != NULL ? kr_exc_get_traceback(exc) : NULL;
        if (f != NULL && exc != NULL && (tb == NULL || tb == kr_None))
            kr_traceback_here(exc, f);
        kr_unraisable(NULL, p->timer);
        t = 0;
    }
    kr_xdecref(r);
    return t;
}

/* ---------------------------------------------------------------------- */
/* Entries and the call stack                                             */
/* ---------------------------------------------------------------------- */

static Entry *new_entry(Profiler *p, const void *key, KrObject *userobj)
{
    Entry *e = kr_mem_calloc(sizeof *e);
    if (e == NULL)
        return NULL;
    if (p->nentries == p->entcap) {
        size_t ncap = p->entcap ? p->entcap * 2 : 16;
        Entry **no = kr_mem_realloc(p->order, ncap * sizeof *no);
        if (no == NULL) {
            kr_mem_free(e);
            return NULL;
        }
        p->order = no;
        p->entcap = ncap;
    }
    if (pmap_put(&p->entries, key, e) < 0) {
        kr_mem_free(e);
        return NULL;
    }
    e->userobj = kr_newref(userobj);
    p->order[p->nentries++] = e;
    return e;
}

static SubEntry *get_sub(Entry *caller, Entry *callee)
{
    SubEntry *s = pmap_get(&caller->subs, callee);
    if (s != NULL)
        return s;
    s = kr_mem_calloc(sizeof *s);
    if (s == NULL)
        return NULL;
    if (caller->nsubs == caller->subcap) {
        size_t ncap = caller->subcap ? caller->subcap * 2 : 4;
        SubEntry **no = kr_mem_realloc(caller->suborder, ncap * sizeof *no);
        if (no == NULL) {
            kr_mem_free(s);
            return NULL;
        }
        caller->suborder = no;
        caller->subcap = ncap;
    }
    if (pmap_put(&caller->subs, callee, s) < 0) {
        kr_mem_free(s);
        return NULL;
    }
    s->callee = callee;
    caller->suborder[caller->nsubs++] = s;
    return s;
}

static void free_entries(Profiler *p)
{
    for (size_t i = 0; i < p->nentries; i++) {
        Entry *e = p->order[i];
        for (size_t j = 0; j < e->nsubs; j++)
            kr_mem_free(e->suborder[j]);
        kr_mem_free(e->suborder);
        pmap_free(&e->subs);
        kr_decref(e->userobj);
        kr_mem_free(e);
    }
    kr_mem_free(p->order);
    p->order = NULL;
    p->nentries = p->entcap = 0;
    pmap_free(&p->entries);
    p->nctx = 0;
}

static void enter_call(Profiler *p, KrFrame *f, const void *key, KrObject *userobj)
{
    Entry *e = pmap_get(&p->entries, key);
    if (e == NULL && (e = new_entry(p, key, userobj)) == NULL)
        return;                     /* out of memory: this call goes unrecorded */
    if (p->nctx == p->ctxcap) {
        size_t ncap = p->ctxcap ? p->ctxcap * 2 : 32;
        Context *nc = kr_mem_realloc(p->ctx, ncap * sizeof *nc);
        if (nc == NULL)
            return;
        p->ctx = nc;
        p->ctxcap = ncap;
    }
    Context *c = &p->ctx[p->nctx++];
    c->entry = e;
    c->subt = 0;
    e->reclevel++;
    if ((p->flags & F_SUBCALLS) && p->nctx > 1) {
        SubEntry *s = get_sub(p->ctx[p->nctx - 2].entry, e);
        if (s != NULL)
            s->reclevel++;
    }
    /* The timer runs last: the context must exist if it re-enters. */
    int64_t t = now(p, f);
    p->ctx[p->nctx - 1].t0 = t;
}

/* Closes the innermost open call (its entry is e). */
static void stop(Profiler *p, KrFrame *f, Entry *e)
{
    int64_t t = now(p, f);
    Context *c = &p->ctx[p->nctx - 1];
    int64_t tt = t - c->t0;
    int64_t it = tt - c->subt;
    p->nctx--;
    Context *prev = p->nctx > 0 ? &p->ctx[p->nctx - 1] : NULL;
    if (prev != NULL)
        prev->subt += tt;
    if (--e->reclevel == 0)
        e->tt += tt;
    else
        e->reccalls++;
    e->it += it;
    e->callcount++;
    if ((p->flags & F_SUBCALLS) && prev != NULL) {
        SubEntry *s = get_sub(prev->entry, e);
        if (s != NULL) {
            if (--s->reclevel == 0)
                s->tt += tt;
            else
                s->reccalls++;
            s->it += it;
            s->callcount++;
        }
    }
}

static void leave_call(Profiler *p, KrFrame *f, const void *key)
{
    if (p->nctx == 0)
        return;
    Entry *e = pmap_get(&p->entries, key);
    if (e != NULL)
        stop(p, f, e);
    else
        p->nctx--;
}

/* Closes every call still open (at disable()). */
static void flush_unmatched(Profiler *p)
{
    while (p->nctx > 0)
        stop(p, KR_TS()->frame, p->ctx[p->nctx - 1].entry);
}

/* ---------------------------------------------------------------------- */
/* Labels of builtins                                                     */
/* ---------------------------------------------------------------------- */

/* CPython's spelling of a builtin for the stats: the repr of the method
 * descriptor the bound function came from, else "<built-in method
 * module.name>"; unbound functions read "<module.name>" or "<name>". */
static KrObject *builtin_label(KrCFunction *fn)
{
    const char *name = fn->def->name;
    KrObject *mod = fn->module;
    if (fn->self == NULL && (fn->def->flags & KR_METH_STATIC)) {
        /* CPython binds a C staticmethod to its type, which has no
         * attribute of that name: the generic spelling results. */
        if (mod != NULL && KR_STR_CHECK(mod))
            return kr_str_from_format("<built-in method %U.%s>", mod, name);
        return kr_str_from_format("<built-in method %s>", name);
    }
    if (fn->self == NULL) {
        KrObject *modname = NULL;
        if (mod != NULL && KR_STR_CHECK(mod))
            modname = mod;
        else if (mod != NULL && KR_MODULE_CHECK(mod))
            modname = ((KrModule *)mod)->name;
        if (modname != NULL && KR_STR_CHECK(modname)) {
            const char *mn = kr_str_utf8(modname, NULL);
            if (mn == NULL)
                kr_err_clear();
            else if (strcmp(mn, "builtins") != 0)
                return kr_str_from_format("<%U.%s>", modname, name);
        }
        return kr_str_from_format("<%s>", name);
    }
    KrObject *key = kr_str_from_cstr(name);
    if (key == NULL)
        return NULL;
    KrObject *descr = kr_type_lookup(KR_TYPE(fn->self), key);
    kr_decref(key);
    if (descr != NULL && KR_TYPE(descr) == &kr_method_descr_type) {
        /* Spelled out here: the label needs the owner's full tp_name
         * ("_lsprof.Profiler"), which CPython's descriptor repr shows. */
        KrObject *owner = kr_object_getattr_str(descr, "__objclass__");
        if (owner != NULL && KR_TYPE_CHECK(owner) &&
            !KR_TYPE_HAS_FLAG((KrType *)owner, KR_TPFLAGS_HEAPTYPE)) {
            KrObject *r = kr_str_from_format("<method '%s' of '%s' objects>", name,
                                             ((KrType *)owner)->name);
            kr_decref(owner);
            return r;
        }
        if (owner == NULL)
            kr_err_clear();
        kr_xdecref(owner);
    }
    if (descr != NULL) {
        kr_incref(descr);
        KrObject *r = kr_object_repr(descr);
        kr_decref(descr);
        if (r != NULL)
            return r;
        kr_err_clear();
    }
    if (mod != NULL && KR_STR_CHECK(mod))
        return kr_str_from_format("<built-in method %U.%s>", mod, name);
    return kr_str_from_format("<built-in method %s>", name);
}

/* ---------------------------------------------------------------------- */
/* The hook                                                               */
/* ---------------------------------------------------------------------- */

static int hook(KrObject *self, KrFrame *f, int what, KrObject *arg)
{
    Profiler *p = (Profiler *)self;
    /* The hook is process-wide here; CPython's is per thread, so only the
     * enabling thread's events count. */
    if (KR_TS() != p->ts)
        return 0;
    switch (what) {
    case KR_PROF_CALL:
        enter_call(p, f, f->code, (KrObject *)f->code);
        break;
    case KR_PROF_RETURN:
        leave_call(p, f, f->code);
        break;
    case KR_PROF_C_CALL:
        if ((p->flags & F_BUILTINS) && arg != NULL && KR_TYPE(arg) == &kr_cfunction_type) {
            KrCFunction *fn = (KrCFunction *)arg;
            if (pmap_get(&p->entries, fn->def) != NULL) {
                enter_call(p, f, fn->def, NULL);
            } else {
                KrObject *label = builtin_label(fn);
                if (label == NULL) {
                    kr_err_clear();
                    break;
                }
                enter_call(p, f, fn->def, label);
                kr_decref(label);
            }
        }
        break;
    case KR_PROF_C_RETURN:
    case KR_PROF_C_EXCEPTION:
        if ((p->flags & F_BUILTINS) && arg != NULL && KR_TYPE(arg) == &kr_cfunction_type)
            leave_call(p, f, ((KrCFunction *)arg)->def);
        break;
    default:
        break;
    }
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Profiler methods                                                       */
/* ---------------------------------------------------------------------- */

static int int_arg(KrObject *o, int *out)
{
    if (KR_FLOAT_CHECK(o)) {
        kr_err_set_string(&kr_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    if (!KR_INT_CHECK(o)) {
        kr_err_format(&kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    int ovf = 0;
    int64_t v = kr_int_as_i64(o, &ovf);
    if (ovf || v > INT32_MAX || v < INT32_MIN) {
        kr_err_set_string(&kr_exc_OverflowError,
                          ovf >= 0 && v >= 0 ? "signed integer is greater than maximum"
                                             : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static void set_flag(Profiler *p, int flag, int v)
{
    if (v == 0)
        p->flags &= ~flag;
    else if (v > 0)
        p->flags |= flag;
}

static KrObject *prof_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    Profiler *p = (Profiler *)kr_type_generic_alloc(t, 0);
    if (p == NULL)
        return NULL;
    p->flags = F_SUBCALLS | F_BUILTINS;
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_GC))
        kr_gc_track((KrObject *)p);
    return (KrObject *)p;
}

static int prof_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "timer", "timeunit", "subcalls", "builtins", NULL };
    KrObject *a[4] = { NULL, NULL, NULL, NULL };
    if (kr_parse_args("Profiler", args, nargs, kwnames, names, 0, 0, a) < 0)
        return -1;
    Profiler *p = (Profiler *)self;
    double unit = 0.0;
    int subcalls = 1, builtins = 1;
    if (a[1] != NULL) {
        unit = kr_float_as_double(a[1]);
        if (unit == -1.0 && kr_err_occurred())
            return -1;
    }
    if ((a[2] != NULL && int_arg(a[2], &subcalls) < 0) ||
        (a[3] != NULL && int_arg(a[3], &builtins) < 0))
        return -1;
    set_flag(p, F_SUBCALLS, subcalls);
    set_flag(p, F_BUILTINS, builtins);
    KrObject *timer = (a[0] == NULL || a[0] == kr_None) ? NULL : kr_newref(a[0]);
    KR_SETREF(p->timer, timer);
    p->timeunit = unit;
    return 0;
}

static void prof_dealloc(KrObject *self)
{
    Profiler *p = (Profiler *)self;
    if (p->flags & F_ENABLED)
        kr_eval_setprofile_c(NULL, NULL);
    free_entries(p);
    kr_mem_free(p->ctx);
    KR_CLEAR(p->timer);
    kr_object_free(self);           /* also drops a heap subclass's reference */
}

static int prof_traverse(KrObject *self, kr_visitproc visit, void *arg)
{
    Profiler *p = (Profiler *)self;
    if (p->timer != NULL && visit(p->timer, arg) != 0)
        return -1;
    for (size_t i = 0; i < p->nentries; i++)
        if (visit(p->order[i]->userobj, arg) != 0)
            return -1;
    return 0;
}

static int prof_clear(KrObject *self)
{
    KR_CLEAR(((Profiler *)self)->timer);
    if (((Profiler *)self)->nctx == 0)
        free_entries((Profiler *)self);
    return 0;
}

static KrObject *prof_enable(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames)
{
    static const char *const names[] = { "subcalls", "builtins", NULL };
    KrObject *a[2] = { NULL, NULL };
    if (kr_parse_args("enable", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    int subcalls = -1, builtins = -1;
    if ((a[0] != NULL && int_arg(a[0], &subcalls) < 0) ||
        (a[1] != NULL && int_arg(a[1], &builtins) < 0))
        return NULL;
    Profiler *p = (Profiler *)self;
    set_flag(p, F_SUBCALLS, subcalls);
    set_flag(p, F_BUILTINS, builtins);
    p->ts = KR_TS();
    kr_eval_setprofile_c(hook, self);
    p->flags |= F_ENABLED;
    KR_RETURN_NONE;
}

static KrObject *prof_disable(KrObject *self)
{
    Profiler *p = (Profiler *)self;
    p->flags &= ~F_ENABLED;
    kr_eval_setprofile_c(NULL, NULL);   /* whatever hook is set, as CPython */
    flush_unmatched(p);
    KR_RETURN_NONE;
}

static KrObject *prof_clear_method(KrObject *self)
{
    free_entries((Profiler *)self);
    KR_RETURN_NONE;
}

static double factor_of(Profiler *p)
{
    if (p->timer == NULL || p->timeunit == 0.0)
        return (double)1 / 1000000000;
    return p->timeunit;
}

static KrObject *make_entry(KrType *t, KrObject *code, long cc, long rc, double tt,
                            double it, KrObject *calls)
{
    KrObject *v[6] = { code, kr_int_from_i64(cc), kr_int_from_i64(rc),
                       kr_float_from_double(tt), kr_float_from_double(it), calls };
    KrObject *r = NULL;
    if (v[1] && v[2] && v[3] && v[4])
        r = kr_structseq_new(t, v);
    for (int i = 1; i < 5; i++)
        kr_xdecref(v[i]);
    return r;
}

static KrObject *prof_getstats(KrObject *self)
{
    Profiler *p = (Profiler *)self;
    double f = factor_of(p);
    KrObject *list = kr_list_new(0);
    if (list == NULL)
        return NULL;
    for (size_t i = 0; i < p->nentries; i++) {
        Entry *e = p->order[i];
        KrObject *calls;
        if (e->nsubs == 0) {
            calls = kr_newref(kr_None);
        } else {
            calls = kr_list_new(0);
            if (calls == NULL)
                goto fail;
            for (size_t j = 0; j < e->nsubs; j++) {
                SubEntry *s = e->suborder[j];
                KrObject *v[5] = { s->callee->userobj, kr_int_from_i64(s->callcount),
                                   kr_int_from_i64(s->reccalls),
                                   kr_float_from_double(f * (double)s->tt),
                                   kr_float_from_double(f * (double)s->it) };
                KrObject *se = NULL;
                if (v[1] && v[2] && v[3] && v[4])
                    se = kr_structseq_new(subentry_type, v);
                for (int k = 1; k < 5; k++)
                    kr_xdecref(v[k]);
                if (se == NULL || kr_list_append(calls, se) < 0) {
                    kr_xdecref(se);
                    kr_decref(calls);
                    goto fail;
                }
                kr_decref(se);
            }
        }
        KrObject *ent = make_entry(entry_type, e->userobj, e->callcount, e->reccalls,
                                   f * (double)e->tt, f * (double)e->it, calls);
        kr_decref(calls);
        if (ent == NULL || kr_list_append(list, ent) < 0) {
            kr_xdecref(ent);
            goto fail;
        }
        kr_decref(ent);
    }
    return list;
fail:
    kr_decref(list);
    return NULL;
}

static const KrMethodDef prof_methods[] = {
    KR_METHOD_NOARGS("getstats", prof_getstats),
    KR_METHOD_FASTKW("enable", prof_enable),
    KR_METHOD_NOARGS("disable", prof_disable),
    KR_METHOD_NOARGS("clear", prof_clear_method),
    KR_METHOD_END,
};

KrType kr_lsprof_profiler_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "_lsprof.Profiler",
    .basicsize = sizeof(Profiler),
    .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC,
    .dealloc = prof_dealloc,
    .traverse = prof_traverse,
    .clear = prof_clear,
    .new_ = prof_new,
    .init = prof_init,
    .methods = prof_methods,
    .doc = "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
           "    A deterministic profiler.  timer is a function returning the current\n"
           "    time (default: a built-in monotonic clock); a timer returning integers\n"
           "    needs timeunit, the length of one unit in seconds.\n",
};

static const char *const entry_fields[] = {
    "code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls", NULL
};
static const char *const subentry_fields[] = {
    "code", "callcount", "reccallcount", "totaltime", "inlinetime", NULL
};
static const KrStructSeqDesc entry_desc = { "_lsprof.profiler_entry", entry_fields, 6 };
static const KrStructSeqDesc subentry_desc = { "_lsprof.profiler_subentry", subentry_fields, 5 };

KrObject *kr_lsprof_module_init(void)
{
    if (!KR_TYPE_HAS_FLAG(&kr_lsprof_profiler_type, KR_TPFLAGS_READY) &&
        kr_type_ready(&kr_lsprof_profiler_type) < 0)
        return NULL;
    if (entry_type == NULL && (entry_type = kr_structseq_new_type(&entry_desc)) == NULL)
        return NULL;
    if (subentry_type == NULL &&
        (subentry_type = kr_structseq_new_type(&subentry_desc)) == NULL)
        return NULL;
    KrObject *m = kr_module_new("_lsprof");
    if (m == NULL)
        return NULL;
    if (kr_module_add_object(m, "Profiler", (KrObject *)&kr_lsprof_profiler_type) < 0 ||
        kr_module_add_object(m, "profiler_entry", (KrObject *)entry_type) < 0 ||
        kr_module_add_object(m, "profiler_subentry", (KrObject *)subentry_type) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
