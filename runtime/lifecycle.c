/*
 * lifecycle.c -- bringing the runtime up and down.
 *
 * Start-up order matters: the interpreter and thread structs first (error
 * reporting needs a thread state), then hashing (str hashes need the
 * secret), the interned identifiers, every static type, and finally the
 * builtins and sys modules.  Nothing here imports Python code: start-up
 * stays in the low milliseconds.
 */
#define _GNU_SOURCE 1
#include "typeobject.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

KrThreadState *kr_tstate;
#if KR_DEBUG
Kr_ssize_t kr_ref_total;
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

/* -X showrefcount: "[N refs, M blocks]" on stderr at exit, as CPython's
 * debug build prints.  The reference total exists in debug builds only. */
static void show_refcount(void)
{
    KrInterp *in = kr_tstate->interp;
    if (in->xoptions == NULL || kr_dict_get_item_str(in->xoptions, "showrefcount") == NULL)
        return;
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

void kr_runtime_fini(void)
{
    kr_runtime_flush();
    fflush(stdout);
    show_refcount();
    fflush(stderr);
}
