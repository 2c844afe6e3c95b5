/*
 * _thread.c -- OS threads for Python code, under the GIL (gil.c).
 *
 * start_new_thread creates a thread state and a pthread; the new thread
 * takes the GIL before touching any object and gives it back when it
 * ends.  Locks are a mutex + condition pair outside the GIL: a thread
 * blocking on a lock releases the GIL for the wait, so the holder can run
 * and release it.  lib/threading.py builds Thread, Condition, Event, ...
 * on these.
 */
#include "krait.h"

#include <errno.h>
#include <signal.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

extern char *kr_compute_stack_limit(void);
extern int kr_ceval_init_thread(KrThreadState *ts);
extern void kr_ceval_fini_thread(KrThreadState *ts);

static int thread_count;

/* ---------------------------------------------------------------------- */
/* Locks                                                                  */
/* ---------------------------------------------------------------------- */

typedef struct Lock {
    KrObject ob;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int locked;
    unsigned long owner;        /* RLock */
    long count;                 /* RLock recursion */
    KrObject *weakreflist;
} Lock;

extern KrType kr_lock_type, kr_rlock_type;

static unsigned long ident(void)
{
    return (unsigned long)pthread_self();
}

static KrObject *lock_new_obj(KrType *t)
{
    Lock *l = (Lock *)kr_object_alloc(t, 0);
    if (l == NULL)
        return NULL;
    pthread_mutex_init(&l->mu, NULL);
    pthread_cond_init(&l->cv, NULL);
    return (KrObject *)l;
}

static KrObject *lock_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    if (kr_check_nargs(t == &kr_lock_type ? "lock" : "RLock", nargs, 0, 0) < 0)
        return NULL;
    return lock_new_obj(t);
}

static void lock_dealloc(KrObject *o)
{
    Lock *l = (Lock *)o;
    if (l->weakreflist)
        kr_weakref_clear_refs(o);
    pthread_mutex_destroy(&l->mu);
    pthread_cond_destroy(&l->cv);
    kr_object_free(o);
}

/* Waits until the lock is free (or the timeout passes) with the GIL
 * released.  Returns 1 acquired, 0 timed out, -1 interrupted. */
static int acquire_raw(Lock *l, double timeout)
{
    pthread_mutex_lock(&l->mu);
    if (!l->locked) {
        l->locked = 1;
        pthread_mutex_unlock(&l->mu);
        return 1;
    }
    if (timeout == 0) {
        pthread_mutex_unlock(&l->mu);
        return 0;
    }
    pthread_mutex_unlock(&l->mu);
    KrThreadState *ts = kr_gil_release();
    pthread_mutex_lock(&l->mu);
    struct timespec deadline;
    if (timeout > 0) {
        clock_gettime(CLOCK_REALTIME, &deadline);
        double whole = (double)(time_t)timeout;
        long ns = deadline.tv_nsec + (long)((timeout - whole) * 1e9);
        deadline.tv_sec += (time_t)timeout + ns / 1000000000L;
        deadline.tv_nsec = ns % 1000000000L;
    }
    int got = 1;
    while (l->locked) {
        if (timeout > 0) {
            if (pthread_cond_timedwait(&l->cv, &l->mu, &deadline) == ETIMEDOUT && l->locked) {
                got = 0;
                break;
            }
        } else {
            pthread_cond_wait(&l->cv, &l->mu);
        }
    }
    if (got)
        l->locked = 1;
    pthread_mutex_unlock(&l->mu);
    kr_gil_acquire(ts);
    return got;
}

static void release_raw(Lock *l)
{
    pthread_mutex_lock(&l->mu);
    l->locked = 0;
    pthread_cond_signal(&l->cv);
    pthread_mutex_unlock(&l->mu);
}

static int parse_acquire(KrObject *const *args, Kr_ssize_t nargs, KrObject *kw, double *timeout)
{
    static const char *const names[] = { "blocking", "timeout", NULL };
    KrObject *a[2] = { NULL, NULL };
    if (kr_parse_args("acquire", args, nargs, kw, names, 0, 0, a) < 0)
        return -1;
    int blocking = a[0] ? kr_object_is_true(a[0]) : 1;
    if (blocking < 0)
        return -1;
    double t = -1;
    if (a[1]) {
        t = kr_float_as_double(a[1]);
        if (t == -1.0 && kr_err_occurred())
            return -1;
    }
    if (!blocking && t != -1) {
        kr_err_set_string(&kr_exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (t < 0 && t != -1) {
        kr_err_set_string(&kr_exc_ValueError, "timeout value must be a non-negative number");
        return -1;
    }
    *timeout = blocking ? t : 0;
    return 0;
}

static KrObject *lock_acquire(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    double timeout;
    if (parse_acquire(args, nargs, kw, &timeout) < 0)
        return NULL;
    int r = acquire_raw((Lock *)self, timeout);
    return kr_bool_from(r == 1);
}

static KrObject *lock_release(KrObject *self)
{
    Lock *l = (Lock *)self;
    if (!l->locked)
        return kr_err_format(&kr_exc_RuntimeError, "release unlocked lock");
    release_raw(l);
    KR_RETURN_NONE;
}

static KrObject *lock_exit(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    return lock_release(self);
}

static KrObject *lock_locked(KrObject *self)
{
    return kr_bool_from(((Lock *)self)->locked);
}

static KrObject *lock_repr(KrObject *self)
{
    return kr_str_from_format("<%s _thread.lock object at %p>",
                              ((Lock *)self)->locked ? "locked" : "unlocked", (void *)self);
}

static const KrMethodDef lock_methods[] = {
    KR_METHOD_FASTKW("acquire", lock_acquire),
    KR_METHOD_FASTKW("acquire_lock", lock_acquire),
    KR_METHOD_FASTKW("__enter__", lock_acquire),
    KR_METHOD_NOARGS("release", lock_release),
    KR_METHOD_NOARGS("release_lock", lock_release),
    KR_METHOD_FAST("__exit__", lock_exit),
    KR_METHOD_NOARGS("locked", lock_locked),
    KR_METHOD_NOARGS("locked_lock", lock_locked),
    KR_METHOD_END
};

KrType kr_lock_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "_thread.lock",
    .basicsize = sizeof(Lock),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .new_ = lock_new,
    .methods = lock_methods,
    .weaklistoffset = offsetof(Lock, weakreflist),
};

/* RLock: owner thread + count on top of the same primitive. */
static KrObject *rlock_acquire(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    Lock *l = (Lock *)self;
    double timeout;
    if (parse_acquire(args, nargs, kw, &timeout) < 0)
        return NULL;
    unsigned long me = ident();
    if (l->locked && l->owner == me) {
        l->count++;
        KR_RETURN_TRUE;
    }
    int r = acquire_raw(l, timeout);
    if (r == 1) {
        l->owner = me;
        l->count = 1;
    }
    return kr_bool_from(r == 1);
}

static KrObject *rlock_release(KrObject *self)
{
    Lock *l = (Lock *)self;
    if (!l->locked || l->owner != ident())
        return kr_err_format(&kr_exc_RuntimeError, "cannot release un-acquired lock");
    if (--l->count == 0) {
        l->owner = 0;
        release_raw(l);
    }
    KR_RETURN_NONE;
}

static KrObject *rlock_exit(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    return rlock_release(self);
}

static KrObject *rlock_is_owned(KrObject *self)
{
    Lock *l = (Lock *)self;
    return kr_bool_from(l->locked && l->owner == ident());
}

static KrObject *rlock_repr(KrObject *self)
{
    Lock *l = (Lock *)self;
    return kr_str_from_format("<%s _thread.RLock object owner=%lu count=%ld at %p>",
                              l->locked ? "locked" : "unlocked", l->locked ? l->owner : 0UL,
                              l->locked ? l->count : 0L, (void *)self);
}

static const KrMethodDef rlock_methods[] = {
    KR_METHOD_FASTKW("acquire", rlock_acquire),
    KR_METHOD_FASTKW("__enter__", rlock_acquire),
    KR_METHOD_NOARGS("release", rlock_release),
    KR_METHOD_FAST("__exit__", rlock_exit),
    KR_METHOD_NOARGS("_is_owned", rlock_is_owned),
    KR_METHOD_END
};

KrType kr_rlock_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "_thread.RLock",
    .basicsize = sizeof(Lock),
    .flags = KR_TPFLAGS_BASETYPE,
    .dealloc = lock_dealloc,
    .repr = rlock_repr,
    .new_ = lock_new,
    .methods = rlock_methods,
    .weaklistoffset = offsetof(Lock, weakreflist),
};

/* ---------------------------------------------------------------------- */
/* Threads                                                                */
/* ---------------------------------------------------------------------- */

typedef struct Boot {
    KrThreadState *ts;
    KrObject *func, *args, *kwargs;
} Boot;

static void *thread_main(void *arg)
{
    Boot *b = arg;
    KrThreadState *ts = b->ts;
    kr_gil_acquire(ts);
    ts->c_stack_limit = kr_compute_stack_limit();
    KrObject *r = kr_call_tuple_dict(b->func, b->args, b->kwargs);
    if (r == NULL) {
        if (kr_err_matches_type(&kr_exc_SystemExit))
            kr_err_clear();
        else
            kr_unraisable("Exception ignored in thread started by", b->func);
    } else {
        kr_decref(r);
    }
    kr_decref(b->func);
    kr_decref(b->args);
    kr_xdecref(b->kwargs);
    free(b);
    KR_CLEAR(ts->curexc);
    KR_CLEAR(ts->exc_info);
    kr_ceval_fini_thread(ts);
    thread_count--;
    kr_gil_release();
    kr_thread_state_delete(ts);
    return NULL;
}

static KrObject *t_start_new_thread(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("start_new_thread", nargs, 2, 3) < 0)
        return NULL;
    if (!kr_callable_check(args[0]))
        return kr_err_format(&kr_exc_TypeError, "first arg must be callable");
    if (!KR_TUPLE_CHECK(args[1]))
        return kr_err_format(&kr_exc_TypeError, "2nd arg must be a tuple");
    if (nargs == 3 && args[2] != kr_None && !KR_DICT_CHECK(args[2]))
        return kr_err_format(&kr_exc_TypeError, "optional 3rd arg must be a dictionary");
    kr_gil_enable();
    Boot *b = calloc(1, sizeof *b);
    if (b == NULL)
        return kr_err_no_memory();
    b->ts = kr_thread_state_new(KR_INTERP());
    if (b->ts == NULL) {
        free(b);
        return kr_err_no_memory();
    }
    b->func = kr_newref(args[0]);
    b->args = kr_newref(args[1]);
    b->kwargs = nargs == 3 && args[2] != kr_None ? kr_newref(args[2]) : NULL;
    pthread_attr_t attr;
    pthread_t th;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)64 << 20);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    thread_count++;
    int err = pthread_create(&th, &attr, thread_main, b);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        thread_count--;
        kr_decref(b->func);
        kr_decref(b->args);
        kr_xdecref(b->kwargs);
        kr_thread_state_delete(b->ts);
        free(b);
        return kr_err_format(&kr_exc_RuntimeError, "can't start new thread");
    }
    return kr_int_from_u64((uint64_t)(unsigned long)th);
}

static KrObject *t_get_ident(KrObject *m) { return kr_int_from_u64(ident()); }
static KrObject *t_get_native_id(KrObject *m) { return kr_int_from_i64((int64_t)syscall(SYS_gettid)); }
static KrObject *t_count(KrObject *m) { return kr_int_from_i64(thread_count); }
static KrObject *t_allocate_lock(KrObject *m) { return lock_new_obj(&kr_lock_type); }

static KrObject *t_exit(KrObject *m)
{
    kr_err_set(&kr_exc_SystemExit, NULL);
    return NULL;
}

static KrObject *t_stack_size(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("stack_size", nargs, 0, 1) < 0)
        return NULL;
    return kr_int_from_i64(0);
}

static KrObject *t_interrupt_main(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    kill(getpid(), SIGINT);
    KR_RETURN_NONE;
}

static const KrMethodDef thread_methods[] = {
    KR_METHOD_FAST("start_new_thread", t_start_new_thread),
    KR_METHOD_FAST("start_new", t_start_new_thread),
    KR_METHOD_NOARGS("get_ident", t_get_ident),
    KR_METHOD_NOARGS("get_native_id", t_get_native_id),
    KR_METHOD_NOARGS("_count", t_count),
    KR_METHOD_NOARGS("allocate_lock", t_allocate_lock),
    KR_METHOD_NOARGS("allocate", t_allocate_lock),
    KR_METHOD_NOARGS("exit", t_exit),
    KR_METHOD_FAST("stack_size", t_stack_size),
    KR_METHOD_FAST("interrupt_main", t_interrupt_main),
    KR_METHOD_END
};

KrObject *kr_thread_module_init(void)
{
    KrObject *m = kr_module_new("_thread");
    if (m == NULL)
        return NULL;
    KrObject *tmax = kr_float_from_double(9223372036.0);
    if (kr_module_add_functions(m, thread_methods) < 0 ||
        kr_module_add_object(m, "LockType", (KrObject *)&kr_lock_type) < 0 ||
        kr_module_add_object(m, "lock", (KrObject *)&kr_lock_type) < 0 ||
        kr_module_add_object(m, "RLock", (KrObject *)&kr_rlock_type) < 0 ||
        kr_module_add_object(m, "error", (KrObject *)&kr_exc_RuntimeError) < 0 ||
        tmax == NULL || kr_module_add_object(m, "TIMEOUT_MAX", tmax) < 0) {
        kr_xdecref(tmax);
        kr_decref(m);
        return NULL;
    }
    kr_decref(tmax);
    return m;
}
