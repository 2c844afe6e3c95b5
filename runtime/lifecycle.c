/*
 * lifecycle.c -- bringing the runtime up and down.
 *
 * Start-up order matters: the interpreter and thread structs first (error
 * reporting needs a thread state), then hashing (str hashes need the
 * secret), the interned identifiers, every static type, and finally the
 * builtins and sys modules.  Nothing here imports Python code: start-up
 * stays in the low milliseconds.
 *
 * Shutdown.  A run only flushes the standard streams and leaves: the OS
 * takes the memory back faster than any teardown.  Under -X showrefcount
 * or -X leakcheck (in any build; the leak report needs KR_DEBUG's object
 * accounting) the runtime is torn down first, the way CPython finalizes:
 * sys.modules is emptied, the globals of surviving modules go to None in
 * reverse import order (sys and builtins last, so finalizers can still
 * print), C statics registered with
 * kr_runtime_add_static_roots are cleared, the interpreter's own
 * references dropped, the collector run until it finds nothing, and the
 * free lists emptied.  What may legitimately survive is what the process
 * keeps by design: the static types' dicts, bases and MROs and what they
 * reach, interned strings, and objects made immortal (cached empty and
 * one-character strings).  Those are kept, not freed, because freeing
 * them buys nothing at exit and would make every later use a crash.
 * Everything else still alive is a leak; -X leakcheck lists it (without
 * running Python code) and main exits with status 99 if there is any.
 */
#define _GNU_SOURCE 1
#include "typeobject.h"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

KrThreadState *kr_tstate;
#if KR_DEBUG
Kr_ssize_t kr_ref_total;
static const char *program_name;    /* sys.argv[0] at start-up, for the leak log */
#endif
KrObject *kr_memory_error_instance;
int kr_types_bootstrapped;

extern KrType kr_mappingproxy_type, kr_weakref_type;
extern int kr_str_init_ids(void);
extern KrObject *kr_builtins_init(void);
extern KrObject *kr_sys_init(void);
extern KrType kr_enumerate_type, kr_zip_type, kr_map_type, kr_filter_type, kr_reversed_type,
    kr_seqiter_type, kr_calliter_type;

/* Types made ready eagerly; others are readied on first allocation. */
static KrType *const core_types[] = {
    &kr_object_type, &kr_type_type, &kr_none_type, &kr_notimplemented_type,
    &kr_ellipsis_type, &kr_int_type, &kr_bool_type, &kr_float_type, &kr_complex_type,
    &kr_str_type,
    &kr_bytes_type, &kr_bytearray_type, &kr_list_type, &kr_tuple_type, &kr_dict_type,
    &kr_set_type, &kr_frozenset_type, &kr_range_type, &kr_slice_type, &kr_module_type,
    &kr_function_type, &kr_method_type, &kr_code_type, &kr_cell_type, &kr_generator_type,
    &kr_cfunction_type, &kr_method_descr_type, &kr_classmethod_descr_type,
    &kr_getset_descr_type, &kr_member_descr_type, &kr_wrapper_descr_type,
    &kr_method_wrapper_type, &kr_property_type, &kr_classmethod_type,
    &kr_staticmethod_type, &kr_super_type, &kr_mappingproxy_type, &kr_weakref_type,
    &kr_enumerate_type, &kr_zip_type, &kr_map_type, &kr_filter_type, &kr_reversed_type,
    &kr_seqiter_type, &kr_calliter_type,
};

static volatile sig_atomic_t sigint_pending;

static void on_sigint(int sig)
{
    (void)sig;
    sigint_pending = 1;
    if (kr_tstate)
        kr_tstate->eval_breaker = 1;
}

static KrThreadState *main_tstate;

int kr_check_signals(void)
{
    extern void kr_gc_run_pending(void);
    if (kr_tstate)
        kr_tstate->eval_breaker = 0;
    kr_gil_yield_if_requested();
    kr_gc_run_pending();
    /* Python-level signal handlers (the _signal module) */
    extern int kr_signal_run_pending(void);
    if (kr_tstate == main_tstate && kr_signal_run_pending() < 0)
        return -1;
    /* signals are handled by the main thread, as in CPython */
    if (sigint_pending && kr_tstate != main_tstate) {
        if (main_tstate)
            main_tstate->eval_breaker = 1;
        return 0;
    }
    if (sigint_pending) {
        sigint_pending = 0;
        kr_err_set(&kr_exc_KeyboardInterrupt, NULL);
        return -1;
    }
    return 0;
}

void kr_fatal(const char *msg)
{
    fflush(stdout);
    fprintf(stderr, "Fatal Python error: %s\n", msg);
    abort();
}

/* The C stack limit of the current thread, for kr_c_stack_low(). */
char *kr_compute_stack_limit(void);
char *kr_compute_stack_limit(void)
{
    size_t size = 8u << 20;
    pthread_attr_t attr;
    void *addr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        size_t s;
        if (pthread_attr_getstack(&attr, &addr, &s) == 0) {
            pthread_attr_destroy(&attr);
            /* keep a margin for the code that reports the error */
            return (char *)addr + (s > (1u << 20) ? 256u << 10 : s / 4);
        }
        pthread_attr_destroy(&attr);
    }
    return (char *)__builtin_frame_address(0) - size + (256u << 10);
}

static int ready_all(void)
{
    for (size_t i = 0; i < sizeof core_types / sizeof core_types[0]; i++)
        if (kr_type_ready(core_types[i]) < 0)
            return -1;
#define X(name, base) if (kr_type_ready(&kr_exc_##name) < 0) return -1;
    KR_EXCEPTIONS(X)
#undef X
    return 0;
}

int kr_runtime_init(int argc, char **argv)
{
    if (kr_tstate != NULL)
        return 0;
    KrInterp *in = calloc(1, sizeof *in);
    KrThreadState *ts = calloc(1, sizeof *ts);
    if (in == NULL || ts == NULL)
        return -1;
    ts->interp = in;
    in->threads = ts;
    in->recursion_limit = KR_DEFAULT_RECURSION_LIMIT;
    in->switch_interval = 0.005;
    in->int_max_str_digits = 4300;
    ts->c_recursion_remaining = 1 << 30;
    ts->c_stack_limit = kr_compute_stack_limit();
    kr_tstate = ts;
    main_tstate = ts;

    kr_hash_init(in);
    if (kr_str_init_ids() < 0 || kr_slots_init() < 0)
        return -1;
    if (ready_all() < 0)
        return -1;
    kr_types_bootstrapped = 1;

    in->modules = kr_dict_new();
    in->xoptions = kr_dict_new();
    in->argv = kr_list_new(0);
    if (in->modules == NULL || in->xoptions == NULL || in->argv == NULL)
        return -1;
#if KR_DEBUG
    if (argc > 0)
        program_name = argv[0];     /* the caller's strings outlive the runtime */
#endif
    for (int i = 0; i < argc; i++) {
        KrObject *s = kr_str_from_cstr(argv[i]);
        if (s == NULL || kr_list_append(in->argv, s) < 0)
            return -1;
        kr_decref(s);
    }
    kr_memory_error_instance = kr_call0((KrObject *)&kr_exc_MemoryError);
    if (kr_memory_error_instance == NULL)
        return -1;

    KrObject *bmod = kr_builtins_init();
    if (bmod == NULL)
        return -1;
    in->builtins = kr_newref(kr_module_dict(bmod));
    if (kr_dict_set_item_str(in->modules, "builtins", bmod) < 0)
        return -1;
    kr_decref(bmod);
    KrObject *sys = kr_sys_init();
    if (sys == NULL)
        return -1;
    in->sysdict = kr_newref(kr_module_dict(sys));
    if (kr_dict_set_item_str(in->modules, "sys", sys) < 0)
        return -1;
    kr_decref(sys);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    return 0;
}

/* Writes to sys.stderr (falling back to the C stream). */
void kr_sys_write_stderr(const char *s)
{
    KrObject *err = NULL;
    if (kr_tstate && kr_tstate->interp->sysdict)
        err = kr_dict_get_item_str(kr_tstate->interp->sysdict, "stderr");
    if (err != NULL && err != kr_None) {
        KrObject *str = kr_str_from_cstr(s);
        KrObject *r = str ? kr_call_method1(err, KR_ID(write), str) : NULL;
        kr_xdecref(str);
        if (r != NULL) {
            kr_decref(r);
            return;
        }
        kr_err_clear();
    }
    fputs(s, stderr);
}

static void flush_std(const char *name)
{
    KrObject *f = kr_dict_get_item_str(kr_tstate->interp->sysdict, name);
    if (f == NULL || f == kr_None)
        return;
    KrObject *r = kr_call_method0(f, KR_ID(flush));
    if (r == NULL)
        kr_err_clear();
    else
        kr_decref(r);
}

void kr_runtime_flush(void)
{
    if (kr_tstate == NULL || kr_tstate->interp->sysdict == NULL)
        return;
    KrObject *saved = kr_err_fetch();
    flush_std("stdout");
    flush_std("stderr");
    kr_err_restore(saved);
}

/* ---------------------------------------------------------------------- */
/* Teardown and the leak check                                            */
/* ---------------------------------------------------------------------- */

static int has_xoption(const char *name)
{
    KrInterp *in = kr_tstate->interp;
    return in->xoptions != NULL && kr_dict_get_item_str(in->xoptions, name) != NULL;
}

/* -X showrefcount: "[N refs, M blocks]" on stderr at exit, as CPython's
 * debug build prints.  The reference total exists in debug builds only. */
static void show_refcount(void)
{
    KrMemStats st;
    kr_mem_stats(&st);
    Kr_ssize_t blocks = (Kr_ssize_t)(st.small_allocs - st.small_frees) +
                        (Kr_ssize_t)(st.large_allocs - st.large_frees);
#if KR_DEBUG
    fprintf(stderr, "[%zd refs, %zd blocks]\n", kr_ref_total, blocks);
#else
    fprintf(stderr, "[? refs, %zd blocks]\n", blocks);
#endif
}

static void drop_error(void)
{
    if (kr_err_occurred())
        kr_err_clear();
}

extern Kr_ssize_t kr_gc_collect(int generation);
extern KrObject **kr_gc_garbage_slot(void);
extern KrObject **kr_gc_callbacks_slot(void);

/* Full collections until one finds nothing: freeing a cycle can make
 * more garbage (a finalizer dropping the last reference to another). */
static void collect_all(void)
{
    for (int i = 0; i < 16; i++) {
        Kr_ssize_t n = kr_gc_collect(2);
        drop_error();
        if (n <= 0)
            break;
    }
}

/* One full collection: what a finalizer frees by reference counting goes
 * at once, so a single pass per step is enough until the last step. */
static void collect_once(void)
{
    kr_gc_collect(2);
    drop_error();
}

/* A module's globals go to None in two passes, as CPython does: names
 * with one leading underscore first (so a __del__ can still reach the
 * public names), then all but __builtins__. */
static void clear_module_dict(KrObject *d)
{
    for (int pass = 0; pass < 2; pass++) {
        KrObject *keys = kr_dict_keys(d);
        if (keys == NULL) {
            drop_error();
            return;
        }
        for (Kr_ssize_t i = 0; i < KR_SIZE(keys); i++) {
            KrObject *k = KR_LIST_GET(keys, i);
            if (!KR_STR_CHECK(k) || kr_str_eq(k, KR_ID(__builtins__)))
                continue;
            int under = KR_STR_LEN(k) > 0 && KR_STR_CHAR(k, 0) == '_' &&
                        !(KR_STR_LEN(k) > 1 && KR_STR_CHAR(k, 1) == '_');
            if (pass == 0 && !under)
                continue;
            KrObject *v = kr_dict_get_item(d, k);
            if (v != NULL && v != kr_None && kr_dict_set_item(d, k, kr_None) < 0)
                drop_error();
        }
        kr_decref(keys);
    }
}

/* CPython's finalize_modules, simplified: empty sys.modules, collect (a
 * module nobody else holds goes now, its globals with it); then set the
 * globals of the survivors to None in reverse import order and collect
 * again; sys and builtins last, since finalizers still print and look up
 * names.  The caller collects until nothing is left. */
static void finalize_modules(KrInterp *in)
{
    KrObject *mods = kr_dict_values(in->modules);
    if (mods == NULL) {
        drop_error();
        return;
    }
    kr_dict_clear(in->modules);
    collect_once();
    KrObject *sysmod = NULL, *bmod = NULL;
    for (Kr_ssize_t i = KR_SIZE(mods) - 1; i >= 0; i--) {
        KrObject *m = KR_LIST_GET(mods, i);
        if (!KR_MODULE_CHECK(m))
            continue;
        KrObject *d = kr_module_dict(m);
        if (d == in->sysdict) {
            sysmod = m;
            continue;
        }
        if (d == in->builtins) {
            bmod = m;
            continue;
        }
        if (d != NULL)
            clear_module_dict(d);
    }
    /* what the None pass left (cycles through __builtins__ and the like) */
    for (Kr_ssize_t i = KR_SIZE(mods) - 1; i >= 0; i--) {
        KrObject *m = KR_LIST_GET(mods, i);
        if (KR_MODULE_CHECK(m) && m != sysmod && m != bmod && kr_module_dict(m))
            kr_dict_clear(kr_module_dict(m));
    }
    kr_decref(mods);
    collect_once();
    kr_runtime_flush();
    fflush(stdout);
    if (in->sysdict)
        clear_module_dict(in->sysdict);
    if (in->builtins)
        clear_module_dict(in->builtins);
    if (in->sysdict)
        kr_dict_clear(in->sysdict);
    if (in->builtins)
        kr_dict_clear(in->builtins);
}

/* Static variables holding objects (kr_runtime_add_static_roots), in
 * libc memory: registration happens once per variable and the list lives
 * as long as the process. */
typedef struct StaticRoots {
    KrObject **slots;
    Kr_ssize_t n;
} StaticRoots;
static StaticRoots *static_roots;
static size_t nstatic_roots, static_roots_cap;

int kr_runtime_add_static_roots(KrObject **slots, Kr_ssize_t n)
{
    for (size_t i = 0; i < nstatic_roots; i++)
        if (static_roots[i].slots == slots) {
            if (static_roots[i].n < n)
                static_roots[i].n = n;
            return 0;
        }
    if (nstatic_roots == static_roots_cap) {
        size_t cap = static_roots_cap ? static_roots_cap * 2 : 32;
        StaticRoots *nr = realloc(static_roots, cap * sizeof *nr);
        if (nr == NULL)
            return -1;
        static_roots = nr;
        static_roots_cap = cap;
    }
    static_roots[nstatic_roots].slots = slots;
    static_roots[nstatic_roots].n = n;
    nstatic_roots++;
    return 0;
}

/* Latest registered first: a later cache may refer to an earlier one. */
static void clear_static_roots(void)
{
    for (size_t i = nstatic_roots; i-- > 0;)
        for (Kr_ssize_t j = 0; j < static_roots[i].n; j++)
            KR_CLEAR(static_roots[i].slots[j]);
}

/* Drops every reference the runtime itself holds, so that afterwards any
 * object still alive that the static types cannot reach is a leak.  Not
 * done with other threads alive: they could still be running Python. */
/* 1 when this is the only thread left, waiting up to max_ms for threads
 * that were joined: such a thread deletes its state just after it lets
 * go of the GIL (daemon threads may never finish). */
static int only_thread(int max_ms)
{
    KrInterp *in = kr_tstate->interp;
    for (int i = 0; i < max_ms && (in->threads != kr_tstate || kr_tstate->next != NULL); i++) {
        KrThreadState *ts = kr_gil_release();
        struct timespec ms = { 0, 1000000 };
        nanosleep(&ms, NULL);
        kr_gil_acquire(ts);
    }
    return in->threads == kr_tstate && kr_tstate->next == NULL;
}

static int teardown(void)
{
    KrInterp *in = kr_tstate->interp;
    if (!only_thread(200))
        return 0;
    drop_error();
    KR_CLEAR(kr_tstate->exc_info);
    finalize_modules(in);
    clear_static_roots();
    KR_CLEAR(in->main_module);
    KR_CLEAR(*kr_gc_garbage_slot());
    KR_CLEAR(*kr_gc_callbacks_slot());
    KR_CLEAR(in->modules);
    KR_CLEAR(in->argv);
    KR_CLEAR(in->xoptions);
    KR_CLEAR(in->interned);
    KR_CLEAR(in->sysdict);
    KR_CLEAR(in->builtins);
    KR_CLEAR(kr_memory_error_instance);
    collect_all();
    drop_error();
    kr_tuple_fini();
    kr_slice_fini();
    kr_list_fini();
    kr_int_clear_freelist();
    kr_float_clear_freelist();
    return 1;
}

#if KR_DEBUG
/* The leak check.  After teardown, the objects that may legitimately be
 * alive are the static types' dicts, bases and MROs and everything they
 * reach, interned strings, and heap objects made immortal (cached empty
 * str, one-character strs and bytes).  Every other live object leaked: a
 * missing decref kept it, or kept something that holds it.  The scan
 * marks from those roots through the types' traverse functions (no Python
 * code runs), then reports the unmarked live objects, first those held
 * from outside the leaked set (the likely culprits of a missing decref),
 * then those only other leaked objects hold. */

typedef struct PtrSet {
    KrObject **tab;
    size_t cap, used;
    Kr_ssize_t *count;              /* optional per-entry counter */
} PtrSet;

static size_t ptr_home(KrObject *o, size_t mask)
{
    return (size_t)((((uint64_t)(uintptr_t)o >> 3) * 0x9E3779B97F4A7C15ull) >> 24) & mask;
}

/* Index of o, or of the empty slot where it would go. */
static size_t ptr_find(PtrSet *s, KrObject *o)
{
    size_t mask = s->cap - 1, i = ptr_home(o, mask);
    while (s->tab[i] != NULL && s->tab[i] != o)
        i = (i + 1) & mask;
    return i;
}

static int ptr_has(PtrSet *s, KrObject *o)
{
    return s->cap != 0 && s->tab[ptr_find(s, o)] == o;
}

/* 1 if added, 0 if present, -1 out of memory. */
static int ptr_add(PtrSet *s, KrObject *o)
{
    if ((s->used + 1) * 2 > s->cap) {
        PtrSet n = { NULL, s->cap ? s->cap * 2 : 1024, 0, NULL };
        n.tab = calloc(n.cap, sizeof *n.tab);
        if (n.tab == NULL)
            return -1;
        for (size_t i = 0; i < s->cap; i++)
            if (s->tab[i] != NULL)
                n.tab[ptr_find(&n, s->tab[i])] = s->tab[i];
        free(s->tab);
        s->tab = n.tab;
        s->cap = n.cap;
    }
    size_t i = ptr_find(s, o);
    if (s->tab[i] == o)
        return 0;
    s->tab[i] = o;
    s->used++;
    return 1;
}

typedef struct MarkCtx {
    PtrSet marked;
    KrObject **stack;
    size_t n, cap;
    int failed;
} MarkCtx;

static int is_permanent(KrObject *o)
{
    if (o->refcnt >= KR_IMMORTAL_REFCNT / 2)
        return 1;
    return KR_STR_CHECK_EXACT(o) && ((KrStr *)o)->interned;
}

static int visit_mark(KrObject *o, void *arg)
{
    MarkCtx *c = arg;
    if (o == NULL || c->failed)
        return 0;
    int r = ptr_add(&c->marked, o);
    if (r == 0)
        return 0;
    if (r < 0 || (c->n == c->cap && (c->cap = c->cap ? c->cap * 2 : 1024,
                                     (c->stack = realloc(c->stack, c->cap * sizeof *c->stack)) == NULL))) {
        c->failed = 1;
        return 0;
    }
    c->stack[c->n++] = o;
    return 0;
}

/* Static types are not in the live set; they are reached through the
 * subclass lists from object and contribute their dict, bases and MRO. */
static void mark_static_types(KrType *t, MarkCtx *c)
{
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
        return;
    visit_mark(t->dict, c);
    visit_mark(t->bases, c);
    visit_mark(t->mro, c);
    if (t->subclasses)
        for (Kr_ssize_t i = 0; i < t->subclasses->n; i++)
            mark_static_types(t->subclasses->items[i], c);
}

/* The type's traverse; code objects have none (they cannot be part of a
 * cycle) but hold their constants and names. */
static void traverse_any(KrObject *o, kr_visitproc visit, void *arg)
{
    KrType *t = KR_TYPE(o);
    if (t->traverse) {
        t->traverse(o, visit, arg);
    } else if (KR_CODE_CHECK(o)) {
        KrCode *co = (KrCode *)o;
        KrObject *fields[] = { co->consts, co->names, co->varnames, co->cellvars,
                               co->freevars, co->filename, co->name, co->qualname };
        for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
            if (fields[i])
                visit(fields[i], arg);
    }
}

static void mark_from(MarkCtx *c)
{
    while (c->n > 0 && !c->failed) {
        KrObject *o = c->stack[--c->n];
        KrType *t = KR_TYPE(o);
        if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
            visit_mark((KrObject *)t, c);
        traverse_any(o, visit_mark, c);
    }
}

static int mark_permanent(KrObject *o, void *arg)
{
    if (is_permanent(o))
        visit_mark(o, arg);
    return 0;
}

typedef struct LeakList {
    PtrSet *marked;
    KrObject **items;
    size_t n, cap;
} LeakList;

static int collect_unmarked(KrObject *o, void *arg)
{
    LeakList *l = arg;
    if (ptr_has(l->marked, o))
        return 0;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        KrObject **ni = realloc(l->items, cap * sizeof *ni);
        if (ni == NULL)
            return -1;
        l->items = ni;
        l->cap = cap;
    }
    l->items[l->n++] = o;
    return 0;
}

/* References each leaked object receives from other leaked objects. */
typedef struct InnerCtx {
    PtrSet *index;
    Kr_ssize_t *inner;
} InnerCtx;

static int visit_inner(KrObject *o, void *arg)
{
    InnerCtx *c = arg;
    if (o != NULL && ptr_has(c->index, o))
        c->inner[ptr_find(c->index, o)]++;
    return 0;
}

/* A short description that runs no Python code. */
static void describe(KrObject *o, char *buf, size_t n)
{
    KrType *t = KR_TYPE(o);
    buf[0] = 0;
    if (KR_STR_CHECK_EXACT(o)) {
        if (((KrStr *)o)->ascii)
            snprintf(buf, n, " '%.40s'%s", (const char *)KR_STR_DATA(o),
                     KR_STR_LEN(o) > 40 ? "..." : "");
        else
            snprintf(buf, n, " len=%zd", KR_STR_LEN(o));
    } else if (KR_INT_CHECK_EXACT(o)) {
        int ov = 0;
        int64_t v = kr_int_as_i64(o, &ov);
        if (ov)
            snprintf(buf, n, " (big)");
        else
            snprintf(buf, n, " %lld", (long long)v);
    } else if (t == &kr_float_type) {
        snprintf(buf, n, " %g", ((KrFloat *)o)->value);
    } else if (KR_TYPE_CHECK(o)) {
        snprintf(buf, n, " <class '%s'>", kr_type_name((KrType *)o));
    } else if (KR_CODE_CHECK(o) || KR_FUNCTION_CHECK(o)) {
        KrObject *name = KR_CODE_CHECK(o) ? ((KrCode *)o)->qualname : ((KrFunction *)o)->qualname;
        if (name && KR_STR_CHECK(name) && ((KrStr *)name)->ascii)
            snprintf(buf, n, " %.60s", (const char *)KR_STR_DATA(name));
    } else if (t == &kr_cfunction_type) {
        KrCFunction *f = (KrCFunction *)o;
        snprintf(buf, n, " %.60s of %s", f->def && f->def->name ? f->def->name : "?",
                 f->self ? kr_type_name(KR_TYPE(f->self)) : "nothing");
    } else if (KR_MODULE_CHECK(o)) {
        KrObject *name = ((KrModule *)o)->name;
        if (name && KR_STR_CHECK(name) && ((KrStr *)name)->ascii)
            snprintf(buf, n, " '%.60s'", (const char *)KR_STR_DATA(name));
    } else if (KR_TUPLE_CHECK(o) || KR_LIST_CHECK(o) || KR_BYTES_CHECK(o)) {
        snprintf(buf, n, " len=%zd", KR_SIZE(o));
    } else if (KR_DICT_CHECK(o)) {
        snprintf(buf, n, " len=%zd", kr_dict_size(o));
    }
}

static Kr_ssize_t leaks_found;

/* Excess references.  An object the roots do reach can still carry a
 * reference nobody owns (a missing decref on something a type's dict
 * holds, say): its count then exceeds the references its holders
 * account for.  Holders are every live object (through traverse), the
 * static types' dict/bases/MRO and the registered static roots; objects
 * of types with no traverse other than code hold only permanent objects,
 * which are not checked. */
typedef struct ExcessCtx {
    PtrSet index;
    PtrSet *marked;
    Kr_ssize_t *held;
} ExcessCtx;

static int visit_held(KrObject *o, void *arg)
{
    ExcessCtx *c = arg;
    if (o != NULL && ptr_has(&c->index, o))
        c->held[ptr_find(&c->index, o)]++;
    return 0;
}

static int add_checked(KrObject *o, void *arg)
{
    ExcessCtx *c = arg;
    if (!is_permanent(o) && ptr_has(c->marked, o) && ptr_add(&c->index, o) < 0)
        return -1;
    return 0;
}

static int count_held(KrObject *o, void *arg)
{
    traverse_any(o, visit_held, arg);
    return 0;
}

static void held_by_static_types(KrType *t, ExcessCtx *c)
{
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HEAPTYPE))
        return;
    visit_held(t->dict, c);
    visit_held(t->bases, c);
    visit_held(t->mro, c);
    if (t->subclasses)
        for (Kr_ssize_t i = 0; i < t->subclasses->n; i++)
            held_by_static_types(t->subclasses->items[i], c);
}

/* How many reachable objects have unowned references; -1 out of memory. */
static Kr_ssize_t excess_refs(PtrSet *marked, FILE *out)
{
    ExcessCtx c = { { NULL, 0, 0, NULL }, marked, NULL };
    if (kr_gc_for_each_live(add_checked, &c) < 0 || c.index.cap == 0 ||
        (c.held = calloc(c.index.cap, sizeof *c.held)) == NULL) {
        free(c.index.tab);
        return c.index.cap == 0 ? 0 : -1;
    }
    kr_gc_for_each_live(count_held, &c);
    held_by_static_types(&kr_object_type, &c);
    for (size_t i = 0; i < nstatic_roots; i++)
        for (Kr_ssize_t j = 0; j < static_roots[i].n; j++)
            visit_held(static_roots[i].slots[j], &c);
    Kr_ssize_t n = 0;
    for (size_t i = 0; i < c.index.cap; i++) {
        KrObject *o = c.index.tab[i];
        if (o != NULL && o->refcnt > c.held[i])
            n++;
    }
    if (out != NULL && n > 0) {
        fprintf(out, "krait: leakcheck: %zd objects with references nothing accounts for "
                     "(a missing decref)\n", n);
        int shown = 0, max_shown = getenv("KRAIT_LEAKCHECK_ALL") ? INT_MAX : 60;
        for (size_t i = 0; i < c.index.cap; i++) {
            KrObject *o = c.index.tab[i];
            if (o == NULL || o->refcnt <= c.held[i])
                continue;
            if (shown++ == max_shown)
                fprintf(out, "  ...\n");
            if (shown > max_shown)
                continue;
            char d[128];
            describe(o, d, sizeof d);
            fprintf(out, "    %p %s refcnt=%zd, %zd more than its holders%s\n", (void *)o,
                    kr_type_name(KR_TYPE(o)), o->refcnt, o->refcnt - c.held[i], d);
        }
    }
    free(c.held);
    free(c.index.tab);
    return n;
}

Kr_ssize_t kr_runtime_find_leaks(void *out_)
{
    FILE *out = out_;
    MarkCtx c;
    memset(&c, 0, sizeof c);
    mark_static_types(&kr_object_type, &c);
    for (size_t i = 0; i < nstatic_roots; i++)
        for (Kr_ssize_t j = 0; j < static_roots[i].n; j++)
            visit_mark(static_roots[i].slots[j], &c);
    kr_gc_for_each_live(mark_permanent, &c);
    mark_from(&c);
    LeakList l = { &c.marked, NULL, 0, 0 };
    Kr_ssize_t nleaks = -1;
    if (c.failed || kr_gc_live_objects() < 0 || kr_gc_for_each_live(collect_unmarked, &l) < 0)
        goto done;
    nleaks = (Kr_ssize_t)l.n;
    if (out != NULL && l.n > 0) {
        PtrSet index = { NULL, 0, 0, NULL };
        Kr_ssize_t *inner = NULL;
        for (size_t i = 0; i < l.n; i++)
            if (ptr_add(&index, l.items[i]) < 0)
                goto done;
        inner = calloc(index.cap, sizeof *inner);
        if (inner == NULL) {
            free(index.tab);
            goto done;
        }
        InnerCtx ic = { &index, inner };
        for (size_t i = 0; i < l.n; i++)
            traverse_any(l.items[i], visit_inner, &ic);
        size_t roots = 0;
        for (size_t i = 0; i < l.n; i++)
            if (l.items[i]->refcnt > inner[ptr_find(&index, l.items[i])])
                roots++;
        fprintf(out, "krait: leakcheck: %zu objects leaked, %zu of them held from outside the leaked set\n",
                l.n, roots);
        int shown = 0, max_shown = getenv("KRAIT_LEAKCHECK_ALL") ? INT_MAX : 60;
        for (int pass = 0; pass < 2; pass++)
            for (size_t i = 0; i < l.n; i++) {
                KrObject *o = l.items[i];
                Kr_ssize_t in_refs = inner[ptr_find(&index, o)];
                if ((o->refcnt > in_refs) != (pass == 0))
                    continue;
                if (shown++ == max_shown) {
                    fprintf(out, "  ...\n");
                    continue;
                }
                if (shown > max_shown)
                    continue;
                char d[128];
                describe(o, d, sizeof d);
                /* a GC object out of the collector's lists hides its cycles */
                const char *untracked = kr_is_gc(o) && !kr_gc_is_tracked(o) ? " (untracked)" : "";
                fprintf(out, "  %s %p %s refcnt=%zd%s%s\n", pass == 0 ? "*" : " ", (void *)o,
                        kr_type_name(KR_TYPE(o)), o->refcnt, d, untracked);
            }
        free(inner);
        free(index.tab);
    }
    Kr_ssize_t excess = excess_refs(&c.marked, out);
    nleaks = excess < 0 ? -1 : nleaks + excess;
done:
    free(l.items);
    free(c.marked.tab);
    free(c.stack);
    return nleaks;
}

static void report_leaks(void)
{
    leaks_found = kr_runtime_find_leaks(stderr);
    if (leaks_found < 0) {
        fprintf(stderr, "krait: leakcheck: could not scan the live objects\n");
        leaks_found = 0;
    }
    const char *log = getenv("KRAIT_LEAKCHECK_LOG");
    if (log != NULL && *log && leaks_found > 0) {
        FILE *f = fopen(log, "a");
        if (f != NULL) {
            char cwd[1024];
            if (getcwd(cwd, sizeof cwd) == NULL)
                cwd[0] = 0;
            fprintf(f, "%zd %s/%s\n", leaks_found, cwd, program_name ? program_name : "?");
            fclose(f);
        }
    }
}
#else
Kr_ssize_t kr_runtime_find_leaks(void *out)
{
    (void)out;
    return -1;
}
static Kr_ssize_t leaks_found;
#endif

Kr_ssize_t kr_runtime_leaks(void)
{
    return leaks_found;
}

/* A run ends as CPython's does: modules are emptied and cycles collected
 * (finalizers print what they print), then the process exits without
 * freeing the rest -- the OS reclaims it faster.  -X showrefcount and
 * -X leakcheck ask for the whole teardown, so that the count and the
 * report cover only what should not be alive.  The teardown is not tied
 * to debug builds: it runs finalizers (__del__, "never awaited"
 * warnings) that a plain exit skips, and a program must print the same
 * in debug and release builds. */
void kr_runtime_fini(void)
{
    kr_runtime_flush();
    fflush(stdout);
    int refcount = has_xoption("showrefcount");
    int leakcheck = has_xoption("leakcheck");
    int torn = (refcount || leakcheck) ? teardown() : 0;
    if (!refcount && !leakcheck) {
        if (only_thread(50)) {
            /* CPython's exit: modules emptied and cycles collected, so the
             * finalizers of what was still alive run and print now */
            drop_error();
            KR_CLEAR(kr_tstate->exc_info);
            finalize_modules(kr_tstate->interp);
            collect_all();
        } else {
            collect_once();   /* other threads run on: __main__'s cycles only */
        }
        drop_error();
        kr_runtime_flush();
        fflush(stdout);
    }
    if (leakcheck) {
#if KR_DEBUG
        if (torn)
            report_leaks();
        else
            fprintf(stderr, "krait: leakcheck: skipped, other threads are alive\n");
#else
        fprintf(stderr, "krait: leakcheck: needs a debug build (KR_DEBUG)\n");
#endif
    }
    (void)torn;
    if (refcount)
        show_refcount();
    fflush(stderr);
}
