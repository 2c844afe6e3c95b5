/*
 * _signal.c -- the C half of the signal module (lib/signal.py is the rest).
 *
 * The kernel-level disposition of each signal is set here with sigaction:
 * SIG_DFL, SIG_IGN, krait's own SIGINT handler (installed by lifecycle.c,
 * which turns SIGINT into KeyboardInterrupt at the eval breaker; it is
 * saved when this module is first imported so default_int_handler can be
 * re-installed), or `catch`, a handler that only records the signal as
 * pending and raises the current thread's eval breaker.
 *
 * Python-level handlers are kept in `handlers[]`; they run from
 * kr_signal_run_pending(), which must be called by the eval breaker
 * (lifecycle.c's kr_check_signals) for them to fire asynchronously.  Until
 * that hook exists they run only when signal.py calls _run_pending()
 * (after raise_signal, which covers synchronous delivery) and from pause().  The async-safe
 * handler touches only sig_atomic_t flags and a volatile int.
 */
#include "krait.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define NSIGS 65

static volatile sig_atomic_t pending[NSIGS];
static volatile sig_atomic_t any_pending;
static KrObject *handlers[NSIGS];
static struct sigaction saved_sigint;
static int saved_valid;

static void catch_signal(int sig)
{
    if (sig > 0 && sig < NSIGS) {
        pending[sig] = 1;
        any_pending = 1;
    }
    if (kr_tstate)
        kr_tstate->eval_breaker = 1;
}

/* Runs the Python handlers of every pending signal; -1 if one raised. */
int kr_signal_run_pending(void);
int kr_signal_run_pending(void)
{
    if (!any_pending)
        return 0;
    any_pending = 0;
    for (int s = 1; s < NSIGS; s++) {
        if (!pending[s])
            continue;
        pending[s] = 0;
        KrObject *h = handlers[s];
        if (h == NULL)
            continue;
        KrObject *n = kr_int_from_i64(s);
        if (n == NULL)
            return -1;
        kr_incref(h);
        KrObject *r = kr_call2(h, n, kr_None);
        kr_decref(h);
        kr_decref(n);
        if (r == NULL) {
            any_pending = 1;    /* others stay pending for the next check */
            return -1;
        }
        kr_decref(r);
    }
    return 0;
}

static int get_signum(KrObject *o, int *out)
{
    Kr_ssize_t s = kr_int_as_ssize(o);
    if (s == -1 && kr_err_occurred())
        return -1;
    if (s < 1 || s >= NSIGS) {
        kr_err_format(&kr_exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)s;
    return 0;
}

/* _set(signum, how[, handler]): how 0=SIG_DFL 1=SIG_IGN 2=krait SIGINT
 * handler 3=catch and run `handler` from the eval breaker. */
static KrObject *s_set(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    int sig;
    if (nargs < 2 || nargs > 3)
        return kr_err_format(&kr_exc_TypeError, "_set expects 2 or 3 arguments");
    if (get_signum(args[0], &sig) < 0)
        return NULL;
    Kr_ssize_t how = kr_int_as_ssize(args[1]);
    if (how == -1 && kr_err_occurred())
        return NULL;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (how == 0)
        sa.sa_handler = SIG_DFL;
    else if (how == 1)
        sa.sa_handler = SIG_IGN;
    else if (how == 2 && sig == SIGINT && saved_valid)
        sa = saved_sigint;
    else if (how == 3 && nargs == 3)
        sa.sa_handler = catch_signal;
    else
        return kr_err_format(&kr_exc_ValueError, "bad disposition");
    if (sigaction(sig, &sa, NULL) < 0)
        return kr_err_from_errno(&kr_exc_OSError, NULL);
    KrObject *old = handlers[sig];
    handlers[sig] = how == 3 ? kr_newref(args[2]) : NULL;
    kr_runtime_add_static_roots(handlers, NSIGS);       /* freed at teardown */
    kr_xdecref(old);
    return kr_newref(kr_None);
}

/* _get(signum) -> 0 SIG_DFL, 1 SIG_IGN, 2 anything else */
static KrObject *s_get(KrObject *m, KrObject *arg)
{
    int sig;
    if (get_signum(arg, &sig) < 0)
        return NULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0)
        return kr_err_from_errno(&kr_exc_OSError, NULL);
    if (sa.sa_handler == SIG_DFL)
        return kr_int_from_i64(0);
    if (sa.sa_handler == SIG_IGN)
        return kr_int_from_i64(1);
    return kr_int_from_i64(2);
}

static KrObject *s_alarm(KrObject *m, KrObject *arg)
{
    Kr_ssize_t secs = kr_int_as_ssize(arg);
    if (secs == -1 && kr_err_occurred())
        return NULL;
    return kr_int_from_i64(alarm((unsigned)secs));
}

/* krait runs Python code on a worker thread while the process's first
 * thread waits in pthread_join, so a process-directed signal may land on
 * either thread and pause(2) here could sleep forever.  Instead wait, with
 * the GIL released, until a caught signal is recorded (or SIGINT raises
 * KeyboardInterrupt through kr_check_signals). */
static KrObject *s_pause(KrObject *m)
{
    /* signals that arrived earlier belong before the pause, not to it */
    if (kr_signal_run_pending() < 0)
        return NULL;
    for (;;) {
        if (any_pending) {
            if (kr_signal_run_pending() < 0)
                return NULL;
            return kr_newref(kr_None);
        }
        if (kr_check_signals() < 0)
            return NULL;
        struct timespec ts = { 0, 2000000 };
        KrThreadState *t = kr_gil_release();
        nanosleep(&ts, NULL);
        kr_gil_acquire(t);
    }
}

static KrObject *s_raise(KrObject *m, KrObject *arg)
{
    int sig;
    if (get_signum(arg, &sig) < 0)
        return NULL;
    if (raise(sig) != 0)
        return kr_err_from_errno(&kr_exc_OSError, NULL);
    return kr_newref(kr_None);
}

static KrObject *s_run_pending(KrObject *m)
{
    if (kr_signal_run_pending() < 0)
        return NULL;
    return kr_newref(kr_None);
}

static KrObject *s_strsignal(KrObject *m, KrObject *arg)
{
    int sig;
    if (get_signum(arg, &sig) < 0)
        return NULL;
    const char *s = strsignal(sig);
    if (s == NULL || strncmp(s, "Unknown signal", 14) == 0 ||
        strncmp(s, "Real-time signal", 16) == 0)
        return kr_newref(kr_None);
    return kr_str_from_cstr(s);
}

static const KrMethodDef signal_functions[] = {
    KR_METHOD_FAST("_set", s_set),
    KR_METHOD_O("_get", s_get),
    KR_METHOD_O("alarm", s_alarm),
    KR_METHOD_NOARGS("pause", s_pause),
    KR_METHOD_O("raise_signal", s_raise),
    KR_METHOD_NOARGS("_run_pending", s_run_pending),
    KR_METHOD_O("strsignal", s_strsignal),
    KR_METHOD_END,
};

static const struct { const char *name; int value; } sig_consts[] = {
    { "SIGHUP", SIGHUP }, { "SIGINT", SIGINT }, { "SIGQUIT", SIGQUIT },
    { "SIGILL", SIGILL }, { "SIGTRAP", SIGTRAP }, { "SIGABRT", SIGABRT },
    { "SIGIOT", SIGIOT }, { "SIGBUS", SIGBUS }, { "SIGFPE", SIGFPE },
    { "SIGKILL", SIGKILL }, { "SIGUSR1", SIGUSR1 }, { "SIGSEGV", SIGSEGV },
    { "SIGUSR2", SIGUSR2 }, { "SIGPIPE", SIGPIPE }, { "SIGALRM", SIGALRM },
    { "SIGTERM", SIGTERM }, { "SIGSTKFLT", SIGSTKFLT }, { "SIGCHLD", SIGCHLD },
    { "SIGCONT", SIGCONT }, { "SIGSTOP", SIGSTOP }, { "SIGTSTP", SIGTSTP },
    { "SIGTTIN", SIGTTIN }, { "SIGTTOU", SIGTTOU }, { "SIGURG", SIGURG },
    { "SIGXCPU", SIGXCPU }, { "SIGXFSZ", SIGXFSZ }, { "SIGVTALRM", SIGVTALRM },
    { "SIGPROF", SIGPROF }, { "SIGWINCH", SIGWINCH }, { "SIGIO", SIGIO },
    { "SIGPOLL", SIGPOLL }, { "SIGPWR", SIGPWR }, { "SIGSYS", SIGSYS },
    { "NSIG", NSIGS }, { "SIG_BLOCK", SIG_BLOCK }, { "SIG_UNBLOCK", SIG_UNBLOCK },
    { "SIG_SETMASK", SIG_SETMASK }, { "ITIMER_REAL", 0 }, { "ITIMER_VIRTUAL", 1 },
    { "ITIMER_PROF", 2 },
    { NULL, 0 }
};

KrObject *kr_signal_module_init(void);
KrObject *kr_signal_module_init(void)
{
    if (!saved_valid && sigaction(SIGINT, NULL, &saved_sigint) == 0)
        saved_valid = 1;
    KrObject *m = kr_module_new("_signal");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, signal_functions) < 0)
        goto fail;
    for (int i = 0; sig_consts[i].name; i++)
        if (kr_module_add_int(m, sig_consts[i].name, sig_consts[i].value) < 0)
            goto fail;
    if (kr_module_add_int(m, "SIGRTMIN", SIGRTMIN) < 0 ||
        kr_module_add_int(m, "SIGRTMAX", SIGRTMAX) < 0)
        goto fail;
    return m;
fail:
    kr_decref(m);
    return NULL;
}
