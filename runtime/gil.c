/*
 * gil.c -- the global interpreter lock and thread states.
 *
 * One OS thread at a time runs Python code: the one holding the GIL, whose
 * thread state is kr_tstate.  Everything the runtime touches (reference
 * counts, the allocator's pools, the GC lists) is protected by it.
 *
 * Switching.  A thread waiting for the GIL waits on a condition variable
 * for the switch interval (sys.setswitchinterval, 5 ms by default); if the
 * holder has not let go by then, the waiter sets a drop request and the
 * holder's eval breaker.  The holder notices at its next safe point
 * (kr_check_signals, called by the interpreter at function entries and
 * loop back-edges), releases the GIL and waits its turn again; a holder
 * that is still waiting after the FORCE_SWITCH handshake lets the waiter
 * go first, so CPU-bound threads alternate.  Blocking calls (time.sleep,
 * lock waits) release the GIL around the wait.
 *
 * Single-threaded programs pay nothing: the lock is created when the first
 * extra thread starts; until then kr_gil_release/acquire do nothing.
 */
#include "krait.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

static pthread_mutex_t gil_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gil_cond = PTHREAD_COND_INITIALIZER;
static pthread_cond_t switch_cond = PTHREAD_COND_INITIALIZER;
static int gil_enabled;           /* set once a second thread exists */
static int gil_locked;
static KrThreadState *gil_holder;
static volatile int drop_request;
static unsigned long switch_number;

int kr_gil_enabled(void)
{
    return gil_enabled;
}

void kr_gil_enable(void)
{
    if (gil_enabled)
        return;
    pthread_mutex_lock(&gil_mutex);
    gil_enabled = 1;
    gil_locked = 1;               /* the calling thread holds it */
    gil_holder = kr_tstate;
    pthread_mutex_unlock(&gil_mutex);
}

static void deadline_in(struct timespec *ts, double seconds)
{
    clock_gettime(CLOCK_REALTIME, ts);
    long ns = ts->tv_nsec + (long)(seconds * 1e9);
    ts->tv_sec += ns / 1000000000L;
    ts->tv_nsec = ns % 1000000000L;
}

/* Gives the GIL up; returns the thread state to pass back to acquire. */
KrThreadState *kr_gil_release(void)
{
    KrThreadState *ts = kr_tstate;
    if (!gil_enabled)
        return ts;
    pthread_mutex_lock(&gil_mutex);
    gil_locked = 0;
    gil_holder = NULL;
    kr_tstate = NULL;
    pthread_cond_signal(&gil_cond);
    pthread_mutex_unlock(&gil_mutex);
    return ts;
}

void kr_gil_acquire(KrThreadState *ts)
{
    if (!gil_enabled) {
        kr_tstate = ts;
        return;
    }
    pthread_mutex_lock(&gil_mutex);
    while (gil_locked) {
        unsigned long saved = switch_number;
        struct timespec deadline;
        double interval = ts->interp->switch_interval > 0 ? ts->interp->switch_interval : 0.005;
        deadline_in(&deadline, interval);
        int r = pthread_cond_timedwait(&gil_cond, &gil_mutex, &deadline);
        if (r == ETIMEDOUT && gil_locked && switch_number == saved && gil_holder) {
            /* the holder had its time: ask it to let go */
            drop_request = 1;
            gil_holder->eval_breaker = 1;
        }
    }
    gil_locked = 1;
    gil_holder = ts;
    switch_number++;
    drop_request = 0;
    kr_tstate = ts;
    pthread_cond_broadcast(&switch_cond);
    pthread_mutex_unlock(&gil_mutex);
}

/* Called at the interpreter's safe points through the eval breaker. */
void kr_gil_yield_if_requested(void)
{
    if (!gil_enabled || !drop_request)
        return;
    pthread_mutex_lock(&gil_mutex);
    unsigned long before = switch_number;
    pthread_mutex_unlock(&gil_mutex);
    KrThreadState *ts = kr_gil_release();
    /* Wait until someone else took it, so that we do not grab it back at
     * once (the forced switch). */
    pthread_mutex_lock(&gil_mutex);
    struct timespec deadline;
    deadline_in(&deadline, 0.05);
    while (switch_number == before && !gil_locked) {
        if (pthread_cond_timedwait(&switch_cond, &gil_mutex, &deadline) == ETIMEDOUT)
            break;
    }
    pthread_mutex_unlock(&gil_mutex);
    kr_gil_acquire(ts);
}

/* ---- thread states ---- */

KrThreadState *kr_thread_state_new(KrInterp *interp)
{
    KrThreadState *ts = calloc(1, sizeof *ts);
    if (ts == NULL)
        return NULL;
    ts->interp = interp;
    ts->c_recursion_remaining = 1 << 30;
    pthread_mutex_lock(&gil_mutex);
    ts->next = interp->threads;
    interp->threads = ts;
    pthread_mutex_unlock(&gil_mutex);
    return ts;
}

void kr_thread_state_delete(KrThreadState *ts)
{
    KrInterp *in = ts->interp;
    pthread_mutex_lock(&gil_mutex);
    for (KrThreadState **p = &in->threads; *p; p = &(*p)->next)
        if (*p == ts) {
            *p = ts->next;
            break;
        }
    pthread_mutex_unlock(&gil_mutex);
    free(ts);
}
