/*
 * err.c -- raising, inspecting and clearing the current exception.
 *
 * The thread state holds at most one exception being raised (curexc), always
 * as a normalised instance: we instantiate eagerly instead of keeping CPython's
 * lazy (type, value, traceback) triple.  That costs one allocation per raise,
 * which is fine because hot "not found" paths (dict lookups, iterator
 * exhaustion, getattr with a default) signal absence without raising.
 *
 * Raising from C while an exception is being handled (tstate->exc_info)
 * chains it as __context__, as `raise` in an except block does; the chain
 * is cut where it would form a cycle.
 */
#include "krait.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

/* Sets exc's __context__ to the exception being handled, unless that would
 * create a cycle (walk the existing chain and break it where exc occurs). */
static void chain_context(KrObject *exc)
{
    KrThreadState *ts = KR_TS();
    KrObject *handled = ts->exc_info;
    if (handled == NULL || handled == kr_None || handled == exc)
        return;
    if (!KR_EXC_CHECK(exc) || !KR_EXC_CHECK(handled))
        return;
    /* Avoid cycles: if exc appears in handled's context chain, cut there.
     * The chain may already loop (user code can assign __context__), so
     * the walk stops when a slower pointer meets it (Floyd). */
    KrObject *o = handled, *slow = handled;
    int step = 0;
    while (o) {
        KrBaseException *be = (KrBaseException *)o;
        KrObject *ctx = be->context;
        if (ctx == NULL)
            break;
        if (ctx == exc) {
            be->context = NULL;
            kr_decref(ctx);
            break;
        }
        o = ctx;
        if (step++ & 1)
            slow = ((KrBaseException *)slow)->context;
        if (o == slow)
            break;
    }
    kr_exc_set_context(exc, kr_newref(handled));
}

static void set_current(KrObject *exc)   /* steals exc */
{
    KrThreadState *ts = KR_TS();
    chain_context(exc);
    KrObject *old = ts->curexc;
    ts->curexc = exc;
    kr_xdecref(old);
}

/* Instantiates exc_type from value as `raise T(value)` would. */
static KrObject *instantiate(KrType *exc_type, KrObject *value)
{
    if (value != NULL && KR_EXC_CHECK(value) &&
        kr_type_is_subtype(KR_TYPE(value), exc_type))
        return kr_newref(value);
    if (value == NULL || value == kr_None)
        return kr_call0((KrObject *)exc_type);
    if (KR_TUPLE_CHECK(value))
        return kr_call((KrObject *)exc_type, KR_TUPLE_ITEMS(value), KR_SIZE(value), NULL);
    return kr_call1((KrObject *)exc_type, value);
}

void kr_err_set(KrType *exc_type, KrObject *value)
{
    /* Hold any pending exception aside: instantiating may run Python code. */
    KrObject *pending = kr_err_fetch();
    kr_xdecref(pending);
    KrObject *exc = instantiate(exc_type, value);
    if (exc == NULL)
        return;               /* the constructor's own error stands */
    if (!KR_EXC_CHECK(exc)) {
        kr_err_format(&kr_exc_TypeError,
                      "calling %R should have returned an instance of "
                      "BaseException, not %T", (KrObject *)exc_type, exc);
        kr_decref(exc);
        return;
    }
    set_current(exc);
}

void kr_err_set_string(KrType *exc_type, const char *msg)
{
    KrObject *s = kr_str_from_cstr(msg);
    if (s == NULL)
        return;
    kr_err_set(exc_type, s);
    kr_decref(s);
}

KrObject *kr_err_formatv(KrType *exc_type, const char *fmt, va_list ap)
{
    KrObject *pending = kr_err_fetch();   /* formatting may call repr() */
    kr_xdecref(pending);
    KrObject *msg = kr_str_from_formatv(fmt, ap);
    if (msg == NULL)
        return NULL;
    kr_err_set(exc_type, msg);
    kr_decref(msg);
    return NULL;
}

KrObject *kr_err_format(KrType *exc_type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kr_err_formatv(exc_type, fmt, ap);
    va_end(ap);
    return NULL;
}

/* MemoryError must work when memory is exhausted: the instance is
 * preallocated at start-up (lifecycle.c) and reused. */
KrObject *kr_err_no_memory(void)
{
    extern KrObject *kr_memory_error_instance;
    KrObject *inst = kr_memory_error_instance;
    if (inst == NULL) {
        fprintf(stderr, "krait: out of memory during start-up\n");
        abort();
    }
    KrBaseException *be = (KrBaseException *)inst;
    KR_CLEAR(be->traceback);
    KR_CLEAR(be->context);
    KR_CLEAR(be->cause);
    set_current(kr_newref(inst));
    return NULL;
}

KrObject *kr_err_from_errno(KrType *exc_type, KrObject *filename)
{
    int e = errno;
    KrObject *code = kr_int_from_i64(e);
    KrObject *msg = kr_str_from_cstr(strerror(e));
    if (code == NULL || msg == NULL) {
        kr_xdecref(code);
        kr_xdecref(msg);
        return NULL;
    }
    KrObject *args = filename ? kr_tuple_pack(3, code, msg, filename)
                              : kr_tuple_pack(2, code, msg);
    kr_decref(code);
    kr_decref(msg);
    if (args == NULL)
        return NULL;
    kr_err_set(exc_type, args);
    kr_decref(args);
    return NULL;
}

KrObject *kr_err_occurred(void)
{
    return KR_TS()->curexc;
}

int kr_err_matches_type(KrType *exc_type)
{
    KrObject *cur = KR_TS()->curexc;
    return cur != NULL && kr_type_is_subtype(KR_TYPE(cur), exc_type);
}

/* exc may be a class or a tuple of classes (nested tuples too). */
static int given_matches(KrObject *given_type, KrObject *exc)
{
    if (KR_TUPLE_CHECK(exc)) {
        for (Kr_ssize_t i = 0; i < KR_SIZE(exc); i++)
            if (given_matches(given_type, KR_TUPLE_GET(exc, i)))
                return 1;
        return 0;
    }
    if (KR_TYPE_CHECK(exc))
        return kr_type_is_subtype((KrType *)given_type, (KrType *)exc);
    return given_type == exc;
}

int kr_err_matches(KrObject *exc)
{
    KrObject *cur = KR_TS()->curexc;
    if (cur == NULL)
        return 0;
    return given_matches((KrObject *)KR_TYPE(cur), exc);
}

void kr_err_clear(void)
{
    KR_CLEAR(KR_TS()->curexc);
}

KrObject *kr_err_fetch(void)
{
    KrThreadState *ts = KR_TS();
    KrObject *e = ts->curexc;
    ts->curexc = NULL;
    return e;
}

void kr_err_restore(KrObject *exc)
{
    KrThreadState *ts = KR_TS();
    KrObject *old = ts->curexc;
    ts->curexc = exc;
    kr_xdecref(old);
}

void kr_err_set_object(KrObject *exc)
{
    if (KR_TYPE_CHECK(exc) && KR_EXC_CLASS_CHECK(exc)) {
        kr_err_set((KrType *)exc, NULL);
        return;
    }
    if (KR_EXC_CHECK(exc)) {
        set_current(kr_newref(exc));
        return;
    }
    kr_err_set_string(&kr_exc_TypeError, "exceptions must derive from BaseException");
}

KrObject *kr_err_bad_internal_call(const char *where)
{
    return kr_err_format(&kr_exc_SystemError, "bad argument to internal function (%s)",
                         where ? where : "?");
}

/* ---------------------------------------------------------------------- */
/* Recursion guard for C recursion (repr, ==, hash of nested containers)    */
/* ---------------------------------------------------------------------- */

/* C-level recursion shares the Python recursion counter so that
 * RecursionError appears at the same depth CPython reports; the C stack
 * address check protects the real stack when the limit is set very high. */
int kr_enter_recursive(const char *where)
{
    KrThreadState *ts = KR_TS();
    if (kr_c_stack_low()) {
        kr_err_format(&kr_exc_RecursionError, "maximum recursion depth exceeded%s",
                      where ? where : "");
        return -1;
    }
    if (--ts->c_recursion_remaining < 0) {
        ts->c_recursion_remaining++;
        kr_err_format(&kr_exc_RecursionError, "maximum recursion depth exceeded%s",
                      where ? where : "");
        return -1;
    }
    if (++ts->recursion_depth > ts->interp->recursion_limit + ts->recursion_headroom) {
        ts->recursion_depth--;
        ts->c_recursion_remaining++;
        ts->recursion_headroom = 50;   /* room to build the exception */
        kr_err_format(&kr_exc_RecursionError, "maximum recursion depth exceeded%s",
                      where ? where : "");
        ts->recursion_headroom = 0;
        return -1;
    }
    return 0;
}

void kr_leave_recursive(void)
{
    KrThreadState *ts = KR_TS();
    ts->recursion_depth--;
    ts->c_recursion_remaining++;
}
