/*
 * generator.c -- generator objects: send, throw, close, yield-from
 * delegation.
 *
 * Calling a generator function binds its arguments into a heap frame and
 * wraps it in a generator without running anything (krait has no
 * RETURN_GENERATOR instruction; the frame is simply created unstarted).
 * Each resumption runs the frame as an entry frame of the interpreter:
 * the value sent in is pushed onto the frame's value stack (where
 * YIELD_VALUE left its result slot), except on the first resumption, when
 * nothing is pushed.  The interpreter returns with the frame SUSPENDED
 * (a yield), COMPLETED with a value (return) or COMPLETED with NULL (an
 * exception); see gen_resume.
 *
 * Delegation (`yield from` / await): while suspended inside a yield-from
 * loop the frame is parked at a YIELD_VALUE directly preceded by SEND, and
 * the sub-iterator is the top of its value stack.  throw() and close() are
 * forwarded to it; when the sub-iterator finishes during a throw, the
 * frame is moved to SEND's jump target with the return value pushed, just
 * as SEND itself would have done.
 *
 * Exception state: a generator remembers the exception being handled
 * inside it (exc_state) across suspensions, and sees its caller's handled
 * exception otherwise.  While it runs, exc_own says whether
 * tstate->exc_info is the generator's own value or the caller's showing
 * through; PUSH_EXC_INFO/POP_EXCEPT in the generator's frame save and
 * restore the generator's own value (None when it has none), so leaving a
 * handler makes the caller's exception visible again, as CPython's chain
 * of exception states does.
 *
 * A StopIteration escaping the generator's code becomes RuntimeError
 * ("generator raised StopIteration"), as PEP 479 requires.
 */
#include "krait.h"
#include "ceval.h"

enum { GEN_YIELD = 0, GEN_RETURN = 1, GEN_ERROR = -1 };

KrFrame *kr_gen_frame_alloc(KrCode *co, KrObject *func, KrObject *globals, KrObject *builtins)
{
    KrFrame *f = kr_mem_calloc(kr_frame_size(co));
    if (f == NULL) {
        kr_err_no_memory();
        return NULL;
    }
    f->code = (KrCode *)kr_newref((KrObject *)co);
    f->func = kr_xnewref(func);
    f->globals = kr_newref(globals);
    f->builtins = kr_xnewref(builtins);
    f->owner = KR_FRAME_OWNED_BY_GENERATOR;
    f->next_instr = co->code;
    f->state = KR_FRAME_CREATED;
    return f;
}

static int ready_coro_types(void);

KrObject *kr_gen_new(KrFrame *f, KrFunction *func)
{
    KrType *t = &kr_generator_type;
    if (f->code->flags & (KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR)) {
        t = f->code->flags & KR_CO_COROUTINE ? &kr_coroutine_type : &kr_async_gen_type;
        if (ready_coro_types() < 0)
            t = NULL;
    }
    KrGen *g = t ? (KrGen *)kr_object_alloc(t, 0) : NULL;
    if (g == NULL) {
        kr_frame_clear(f);
        kr_decref((KrObject *)f->code);
        kr_mem_free(f);
        return NULL;
    }
    g->frame = f;
    f->gen = (KrObject *)g;
    g->code = kr_newref((KrObject *)f->code);
    g->name = kr_newref(func ? func->name : f->code->name);
    g->qualname = kr_newref(func ? func->qualname : f->code->qualname);
    kr_gc_track((KrObject *)g);
    return (KrObject *)g;
}

static int gen_finished(KrGen *g)
{
    return g->frame == NULL || g->frame->state >= KR_FRAME_COMPLETED;
}

/* Drops the frame's references once the generator is done (the memory
 * stays until the generator dies so gi_code/gi_frame remain cheap). */
static void gen_clear_frame(KrGen *g)
{
    if (g->frame != NULL) {
        kr_frame_clear(g->frame);
        g->frame->state = KR_FRAME_CLEARED;
    }
}

static void raise_from_stopiteration(const char *what)
{
    KrObject *si = kr_err_fetch();
    KrObject *msg = kr_str_from_format("%s raised StopIteration", what);
    KrObject *rt = msg ? kr_exc_new(&kr_exc_RuntimeError, &msg, 1) : NULL;
    kr_xdecref(msg);
    if (rt == NULL) {
        kr_decref(si);
        return;
    }
    kr_exc_set_cause(rt, kr_newref(si));
    kr_exc_set_context(rt, si);
    kr_err_restore(rt);
}

static void raise_from_stopasynciteration(void)
{
    KrObject *si = kr_err_fetch();
    KrObject *msg = kr_str_from_cstr("async generator raised StopAsyncIteration");
    KrObject *rt = msg ? kr_exc_new(&kr_exc_RuntimeError, &msg, 1) : NULL;
    kr_xdecref(msg);
    if (rt == NULL) {
        kr_decref(si);
        return;
    }
    kr_exc_set_cause(rt, kr_newref(si));
    kr_exc_set_context(rt, si);
    kr_err_restore(rt);
}

/* Runs the generator one step.  arg is pushed unless the frame is new;
 * with throwflag the pending exception is raised inside instead. */
static int gen_resume(KrGen *g, KrObject *arg, int throwflag, KrObject **result)
{
    KrThreadState *ts = KR_TS();
    KrFrame *f = g->frame;
    *result = NULL;
    int coro = KR_TYPE(g) == &kr_coroutine_type;
    if (g->running) {
        kr_err_format(&kr_exc_ValueError, "%s already executing",
                      coro ? "coroutine" : "generator");
        return GEN_ERROR;
    }
    if (gen_finished(g)) {
        if (coro && !throwflag) {
            kr_err_set_string(&kr_exc_RuntimeError, "cannot reuse already awaited coroutine");
            return GEN_ERROR;
        }
        if (throwflag)
            return GEN_ERROR;       /* the thrown exception propagates as is */
        *result = kr_newref(kr_None);
        return GEN_RETURN;
    }
    if (f->state == KR_FRAME_CREATED) {
        if (!throwflag && arg != NULL && arg != kr_None) {
            kr_err_format(&kr_exc_TypeError, "can't send non-None value to a just-started %s",
                          coro ? "coroutine" : "generator");
            return GEN_ERROR;
        }
    } else if (!throwflag) {
        KR_FRAME_STACK(f)[f->stacktop++] = kr_newref(arg ? arg : kr_None);
    }

    /* The generator's own handled exception shadows the caller's; with
     * none of its own the caller's shows through (see PUSH_EXC_INFO). */
    KrObject *outer = ts->exc_info;
    KrObject *saved_outer = g->exc_outer;
    char saved_own = g->exc_own;
    g->exc_outer = outer;
    if (g->exc_state != NULL) {
        ts->exc_info = g->exc_state;
        g->exc_state = NULL;
        g->exc_own = 1;
    } else {
        ts->exc_info = kr_xnewref(outer);
        g->exc_own = 0;
    }
    g->running = 1;
    kr_incref((KrObject *)g);
    KrObject *r = kr_eval_frame(ts, f, throwflag);
    g->running = 0;
    KrObject *inner = ts->exc_info;
    ts->exc_info = outer;
    int own = g->exc_own;
    g->exc_outer = saved_outer;
    g->exc_own = saved_own;

    int status;
    if (r == NULL && (f->state == KR_FRAME_SUSPENDED || f->state == KR_FRAME_CREATED)) {
        /* the frame never started (recursion limit, C stack): undo */
        if (f->state == KR_FRAME_SUSPENDED && !throwflag && f->stacktop > 0)
            kr_decref(KR_FRAME_STACK(f)[--f->stacktop]);
        if (own && inner != NULL && inner != kr_None)
            g->exc_state = inner;
        else
            kr_xdecref(inner);
        status = GEN_ERROR;
        /* CPython marks a coroutine whose frame could not start as
         * finished (so no "never awaited" warning, no second attempt) */
        if (coro && f->state == KR_FRAME_CREATED)
            gen_clear_frame(g);
    } else if (f->state == KR_FRAME_SUSPENDED) {
        if (own && inner != NULL && inner != kr_None) {
            g->exc_state = inner;
        } else {
            kr_xdecref(inner);
        }
        *result = r;
        status = GEN_YIELD;
    } else {
        kr_xdecref(inner);
        if (r != NULL) {
            *result = r;
            status = GEN_RETURN;
        } else {
            if (kr_err_matches_type(&kr_exc_StopIteration))
                raise_from_stopiteration(coro ? "coroutine"
                                         : KR_TYPE(g) == &kr_async_gen_type ? "async generator"
                                         : "generator");
            else if (KR_TYPE(g) == &kr_async_gen_type &&
                     kr_err_matches_type(&kr_exc_StopAsyncIteration))
                raise_from_stopasynciteration();
            status = GEN_ERROR;
        }
        gen_clear_frame(g);
    }
    kr_decref((KrObject *)g);
    return status;
}

int kr_gen_send_ex(KrObject *gen, KrObject *value, KrObject **result)
{
    return gen_resume((KrGen *)gen, value, 0, result);
}

/* The sub-iterator of a suspended yield-from, borrowed, or NULL. */
static KrObject *gen_yf(KrGen *g)
{
    KrFrame *f = g->frame;
    if (f == NULL || f->state != KR_FRAME_SUSPENDED || f->instr == NULL ||
        f->instr <= f->code->code || f->stacktop < 1)
        return NULL;
    if (KR_UNIT_OP(f->instr[-1]) != KR_OP_SEND)
        return NULL;
    return KR_FRAME_STACK(f)[f->stacktop - 1];
}

static void set_stopiteration(KrObject *value)
{
    if (value == kr_None) {
        kr_err_set(&kr_exc_StopIteration, NULL);
        return;
    }
    KrObject *e = kr_exc_new(&kr_exc_StopIteration, &value, 1);
    if (e != NULL) {
        kr_err_set_object(e);
        kr_decref(e);
    }
}

static KrObject *gen_iternext(KrObject *o)
{
    KrObject *r;
    int st = gen_resume((KrGen *)o, kr_None, 0, &r);
    if (st == GEN_YIELD)
        return r;
    if (st == GEN_RETURN) {
        if (r != kr_None)
            set_stopiteration(r);
        kr_decref(r);
    }
    return NULL;
}

static KrObject *gen_send(KrObject *o, KrObject *arg)
{
    KrObject *r;
    int st = gen_resume((KrGen *)o, arg, 0, &r);
    if (st == GEN_YIELD)
        return r;
    if (st == GEN_RETURN) {
        set_stopiteration(r);
        kr_decref(r);
    }
    return NULL;
}

static KrObject *gen_close(KrObject *o);

/* Closes a delegated-to iterator: 0 or -1. */
static int close_iter(KrObject *yf)
{
    KrObject *r;
    if (KR_GEN_CHECK(yf)) {
        r = gen_close(yf);
    } else {
        KrObject *meth = NULL;
        if (kr_object_lookup_attr(yf, KR_ID(close), &meth) < 0)
            return -1;
        if (meth == NULL)
            return 0;
        r = kr_call0(meth);
        kr_decref(meth);
    }
    if (r == NULL)
        return -1;
    kr_decref(r);
    return 0;
}

/* The frame abandons its SEND loop: pops the sub-iterator and continues
 * at SEND's target with the sub-iterator's return value pushed. */
static int leave_yield_from(KrGen *g, KrObject **result)
{
    KrFrame *f = g->frame;
    KrObject *yf = KR_FRAME_STACK(f)[--f->stacktop];
    kr_decref(yf);
    const KrCodeUnit *send = f->instr - 1;
    int oparg = KR_UNIT_ARG(*send);
    int shift = 8;
    for (const KrCodeUnit *p = send - 1;
         p >= f->code->code && KR_UNIT_OP(*p) == KR_OP_EXTENDED_ARG; p--, shift += 8)
        oparg |= KR_UNIT_ARG(*p) << shift;
    f->next_instr = send + 1 + oparg;
    KrObject *val;
    if (kr_err_occurred()) {
        KrObject *e = kr_err_fetch();
        val = kr_newref(kr_exc_stopiteration_value(e));
        kr_decref(e);
    } else {
        val = kr_newref(kr_None);
    }
    int st = gen_resume(g, val, 0, result);
    kr_decref(val);
    return st;
}

/* Raises exc (stolen) inside the generator, delegating first. */
static int gen_throw_exc(KrGen *g, KrObject *exc, int close_on_genexit, KrObject **result)
{
    KrObject *yf = gen_yf(g);
    *result = NULL;
    if (yf != NULL) {
        kr_incref(yf);
        if (close_on_genexit && kr_type_is_subtype(KR_TYPE(exc), &kr_exc_GeneratorExit)) {
            g->running = 1;
            int err = close_iter(yf);
            g->running = 0;
            kr_decref(yf);
            if (err < 0) {
                kr_decref(exc);
                return gen_resume(g, NULL, 1, result);
            }
            goto throw_here;
        }
        KrObject *ret;
        int st;
        if (KR_GEN_CHECK(yf)) {
            g->running = 1;
            st = gen_throw_exc((KrGen *)yf, exc, close_on_genexit, &ret);
            g->running = 0;
            exc = NULL;
            if (st == GEN_RETURN) {
                set_stopiteration(ret);
                kr_decref(ret);
                ret = NULL;
            } else if (st == GEN_ERROR) {
                ret = NULL;
            }
        } else {
            KrObject *meth = NULL;
            if (kr_object_lookup_attr(yf, KR_ID(throw), &meth) < 0) {
                kr_decref(yf);
                kr_decref(exc);
                return gen_resume(g, NULL, 1, result);
            }
            if (meth == NULL) {
                kr_decref(yf);
                goto throw_here;
            }
            g->running = 1;
            ret = kr_call1(meth, exc);
            g->running = 0;
            kr_decref(meth);
            kr_decref(exc);
            exc = NULL;
        }
        kr_decref(yf);
        if (ret != NULL) {
            *result = ret;
            return GEN_YIELD;
        }
        if (kr_err_matches_type(&kr_exc_StopIteration))
            return leave_yield_from(g, result);
        return gen_resume(g, NULL, 1, result);
    }
throw_here:
    kr_err_restore(exc);
    return gen_resume(g, NULL, 1, result);
}

static KrObject *gen_throw(KrObject *o, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("throw", nargs, 1, 3) < 0)
        return NULL;
    KrObject *typ = args[0];
    KrObject *val = nargs > 1 ? args[1] : kr_None;
    KrObject *tb = nargs > 2 ? args[2] : kr_None;
    if (tb != kr_None && KR_TYPE(tb) != &kr_traceback_type) {
        kr_err_set_string(&kr_exc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    KrObject *exc;
    if (KR_TYPE_CHECK(typ) && KR_EXC_CLASS_CHECK(typ)) {
        if (val != kr_None && KR_EXC_CHECK(val) &&
            kr_type_is_subtype(KR_TYPE(val), (KrType *)typ))
            exc = kr_newref(val);
        else if (val == kr_None)
            exc = kr_call0(typ);
        else if (KR_TUPLE_CHECK(val))
            exc = kr_call(typ, KR_TUPLE_ITEMS(val), KR_SIZE(val), NULL);
        else
            exc = kr_call1(typ, val);
        if (exc == NULL)
            return NULL;
    } else if (KR_EXC_CHECK(typ)) {
        if (val != kr_None) {
            kr_err_set_string(&kr_exc_TypeError,
                              "instance exception may not have a separate value");
            return NULL;
        }
        exc = kr_newref(typ);
    } else {
        kr_err_format(&kr_exc_TypeError,
                      "exceptions must be classes or instances deriving from BaseException, "
                      "not %s", kr_type_name(KR_TYPE(typ)));
        return NULL;
    }
    if (tb != kr_None)
        kr_exc_set_traceback(exc, tb);
    KrObject *r;
    int st = gen_throw_exc((KrGen *)o, exc, 1, &r);
    if (st == GEN_YIELD)
        return r;
    if (st == GEN_RETURN) {
        set_stopiteration(r);
        kr_decref(r);
    }
    return NULL;
}

static KrObject *gen_close(KrObject *o)
{
    KrGen *g = (KrGen *)o;
    if (g->frame == NULL || g->frame->state == KR_FRAME_CREATED) {
        gen_clear_frame(g);
        if (g->frame)
            g->frame->state = KR_FRAME_CLEARED;
        KR_RETURN_NONE;
    }
    if (gen_finished(g))
        KR_RETURN_NONE;
    int err = 0;
    KrObject *yf = gen_yf(g);
    if (yf != NULL) {
        kr_incref(yf);
        g->running = 1;
        err = close_iter(yf);
        g->running = 0;
        kr_decref(yf);
    }
    if (err == 0)
        kr_err_set(&kr_exc_GeneratorExit, NULL);
    KrObject *r;
    int st = gen_resume(g, NULL, 1, &r);
    if (st == GEN_YIELD) {
        kr_decref(r);
        kr_err_set_string(&kr_exc_RuntimeError, "generator ignored GeneratorExit");
        return NULL;
    }
    if (st == GEN_RETURN) {
        kr_decref(r);
        KR_RETURN_NONE;
    }
    if (kr_err_matches_type(&kr_exc_StopIteration) ||
        kr_err_matches_type(&kr_exc_GeneratorExit)) {
        kr_err_clear();
        KR_RETURN_NONE;
    }
    return NULL;
}

static KrObject *gen_close_meth(KrObject *o)
{
    return gen_close(o);
}

/* ---------------------------------------------------------------------- */
/* Type                                                                   */
/* ---------------------------------------------------------------------- */

/* A coroutine dropped before it ever ran: CPython's RuntimeWarning
 * "coroutine '...' was never awaited", shown through the warnings module. */
static int never_awaited(KrGen *g)
{
    return KR_TYPE(g) == &kr_coroutine_type && !g->finalized && g->frame != NULL &&
           g->frame->state == KR_FRAME_CREATED;
}

static void warn_never_awaited(KrObject *o)
{
    ((KrGen *)o)->finalized = 1;
    KrObject *saved = kr_err_fetch();
    KrObject *mod = kr_import_cstr("warnings");
    KrObject *fn = mod ? kr_object_getattr_str(mod, "_warn_unawaited_coroutine") : NULL;
    KrObject *r = fn ? kr_call1(fn, o) : NULL;
    if (r == NULL && mod == NULL) {
        /* at shutdown, with the import system gone: what the warnings
         * module prints when no Python frame is left */
        kr_err_clear();
        KrObject *m = kr_str_from_format(
            "sys:1: RuntimeWarning: coroutine '%U' was never awaited\n"
            "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            ((KrGen *)o)->qualname);
        const char *t = m ? kr_str_utf8(m, NULL) : NULL;
        if (t)
            kr_sys_write_stderr(t);
        kr_xdecref(m);
        kr_err_clear();
    } else if (r == NULL) {
        kr_unraisable("Exception ignored in", o);
    }
    kr_xdecref(r);
    kr_xdecref(fn);
    kr_xdecref(mod);
    kr_err_restore(saved);
}

static void gen_finalize(KrObject *o)
{
    KrGen *g = (KrGen *)o;
    if (never_awaited(g)) {
        warn_never_awaited(o);
        return;
    }
    if (g->ag_finalizer != NULL && !g->ag_closed && !g->finalized && !gen_finished(g)) {
        /* the event loop's hook schedules aclose() instead */
        g->finalized = 1;
        KrObject *saved = kr_err_fetch();
        KrObject *r = kr_call1(g->ag_finalizer, o);
        if (r == NULL)
            kr_unraisable("Exception ignored in", o);
        kr_xdecref(r);
        kr_err_restore(saved);
        return;
    }
    if (g->finalized || g->frame == NULL || g->frame->state != KR_FRAME_SUSPENDED)
        return;
    g->finalized = 1;
    KrObject *saved = kr_err_fetch();
    KrObject *r = gen_close(o);
    if (r == NULL)
        kr_unraisable("Exception ignored in", o);
    kr_xdecref(r);
    kr_err_restore(saved);
}

static void gen_dealloc(KrObject *o)
{
    KrGen *g = (KrGen *)o;
    kr_gc_untrack(o);
    if (g->weakreflist != NULL)
        kr_weakref_clear_refs(o);
    if ((!g->finalized && g->frame != NULL && g->frame->state == KR_FRAME_SUSPENDED) ||
        never_awaited(g)) {
        o->refcnt = 1;
        gen_finalize(o);
        if (--o->refcnt > 0) {
            kr_gc_track(o);       /* resurrected by the finally block */
            return;
        }
    }
    if (g->frame != NULL) {
        kr_frame_clear(g->frame);
        KR_CLEAR(g->frame->code);
        kr_mem_free(g->frame);
        g->frame = NULL;
    }
    KR_CLEAR(g->name);
    KR_CLEAR(g->qualname);
    KR_CLEAR(g->code);
    KR_CLEAR(g->exc_state);
    KR_CLEAR(g->ag_finalizer);
    kr_object_free(o);
}

static int gen_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrGen *g = (KrGen *)o;
    if (g->exc_state && visit(g->exc_state, arg))
        return 1;
    if (g->ag_finalizer && visit(g->ag_finalizer, arg))
        return 1;
    KrFrame *f = g->frame;
    if (f == NULL || f->state == KR_FRAME_CLEARED)
        return 0;
    KrObject *fields[] = { f->func, f->globals, f->builtins, f->locals, f->locals_snapshot };
    for (int i = 0; i < 5; i++)
        if (fields[i] && visit(fields[i], arg))
            return 1;
    for (int i = 0; i < f->code->nlocalsplus + f->stacktop; i++)
        if (f->localsplus[i] && visit(f->localsplus[i], arg))
            return 1;
    /* a traced frame holds its frame object (frame.c, "pinned"): that
     * reference is the frame's, so a cycle through it can be collected */
    if (f->frameobj != NULL && f->frameobj->pinned && visit((KrObject *)f->frameobj, arg))
        return 1;
    return 0;
}

static int gen_clear(KrObject *o)
{
    KrGen *g = (KrGen *)o;
    KR_CLEAR(g->exc_state);
    KR_CLEAR(g->ag_finalizer);
    if (g->frame != NULL && !g->running)
        gen_clear_frame(g);
    return 0;
}

static KrObject *gen_repr(KrObject *o)
{
    return kr_str_from_format("<generator object %U at %p>", ((KrGen *)o)->qualname, (void *)o);
}

static KrObject *gen_iter(KrObject *o)
{
    return kr_newref(o);
}

static KrObject *gen_get_frame(KrObject *o, void *c)
{
    KrGen *g = (KrGen *)o;
    if (gen_finished(g))
        KR_RETURN_NONE;
    return kr_frame_object_for(g->frame);
}

static KrObject *gen_get_running(KrObject *o, void *c)
{
    return kr_bool_from(((KrGen *)o)->running);
}

static KrObject *gen_get_suspended(KrObject *o, void *c)
{
    KrGen *g = (KrGen *)o;
    return kr_bool_from(g->frame && g->frame->state == KR_FRAME_SUSPENDED);
}

static KrObject *gen_get_yieldfrom(KrObject *o, void *c)
{
    KrObject *yf = gen_yf((KrGen *)o);
    return kr_newref(yf ? yf : kr_None);
}

static KrObject *gen_get_name(KrObject *o, void *c)
{
    return kr_newref(((KrGen *)o)->name);
}

static int gen_set_name(KrObject *o, KrObject *v, void *c)
{
    if (v == NULL || !KR_STR_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrGen *)o)->name, kr_newref(v));
    return 0;
}

static KrObject *gen_get_qualname(KrObject *o, void *c)
{
    return kr_newref(((KrGen *)o)->qualname);
}

static int gen_set_qualname(KrObject *o, KrObject *v, void *c)
{
    if (v == NULL || !KR_STR_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    KR_SETREF(((KrGen *)o)->qualname, kr_newref(v));
    return 0;
}

static const KrMethodDef gen_methods[] = {
    KR_METHOD_O("send", gen_send),
    KR_METHOD_FAST("throw", gen_throw),
    KR_METHOD_NOARGS("close", gen_close_meth),
    KR_METHOD_END,
};

static const KrMemberDef gen_members[] = {
    { "gi_code", KR_T_OBJECT, offsetof(KrGen, code), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static const KrGetSetDef gen_getset[] = {
    { "gi_frame", gen_get_frame, NULL, NULL, NULL },
    { "gi_running", gen_get_running, NULL, NULL, NULL },
    { "gi_suspended", gen_get_suspended, NULL, NULL, NULL },
    { "gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL },
    { "__name__", gen_get_name, gen_set_name, NULL, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrType kr_generator_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "generator",
    .basicsize = sizeof(KrGen),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .methods = gen_methods,
    .members = gen_members,
    .getset = gen_getset,
    .weaklistoffset = offsetof(KrGen, weakreflist),
};

/* ---------------------------------------------------------------------- */
/* Coroutines                                                             */
/* ---------------------------------------------------------------------- */

/* A coroutine is a KrGen whose code has CO_COROUTINE; it differs from a
 * generator only in what it exposes: no __iter__/__next__, an __await__
 * returning a coroutine_wrapper iterator, cr_* attributes, and the
 * messages of gen_resume.  The compiler turns `await x` into
 * awaitable(x) followed by the yield-from loop, so the interpreter needs
 * no instructions of its own for it; async for / async with use the
 * other helpers below the same way. */

static KrObject *coro_repr(KrObject *o)
{
    return kr_str_from_format("<coroutine object %U at %p>", ((KrGen *)o)->qualname, (void *)o);
}

typedef struct {
    KrObject ob;
    KrObject *coro;
} CoroWrapper;

extern KrType kr_coro_wrapper_type;

static KrObject *coro_await(KrObject *o)
{
    CoroWrapper *w = (CoroWrapper *)kr_object_alloc(&kr_coro_wrapper_type, 0);
    if (w == NULL)
        return NULL;
    w->coro = kr_newref(o);
    kr_gc_track((KrObject *)w);
    return (KrObject *)w;
}

static KrObject *coro_get_await(KrObject *o, void *c)
{
    return gen_get_yieldfrom(o, c);
}

static const KrMethodDef coro_methods[] = {
    KR_METHOD_O("send", gen_send),
    KR_METHOD_FAST("throw", gen_throw),
    KR_METHOD_NOARGS("close", gen_close_meth),
    KR_METHOD_NOARGS("__await__", coro_await),
    KR_METHOD_END,
};

static const KrMemberDef coro_members[] = {
    { "cr_code", KR_T_OBJECT, offsetof(KrGen, code), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static const KrGetSetDef coro_getset[] = {
    { "cr_frame", gen_get_frame, NULL, NULL, NULL },
    { "cr_running", gen_get_running, NULL, NULL, NULL },
    { "cr_suspended", gen_get_suspended, NULL, NULL, NULL },
    { "cr_await", coro_get_await, NULL, NULL, NULL },
    { "__name__", gen_get_name, gen_set_name, NULL, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrType kr_coroutine_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "coroutine",
    .basicsize = sizeof(KrGen),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = gen_dealloc,
    .repr = coro_repr,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .methods = coro_methods,
    .members = coro_members,
    .getset = coro_getset,
    .weaklistoffset = offsetof(KrGen, weakreflist),
};

static void cw_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(((CoroWrapper *)o)->coro);
    kr_object_free(o);
}

static int cw_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    CoroWrapper *w = (CoroWrapper *)o;
    return w->coro ? visit(w->coro, arg) : 0;
}

static int cw_clear(KrObject *o)
{
    KR_CLEAR(((CoroWrapper *)o)->coro);
    return 0;
}

static KrObject *cw_iternext(KrObject *o)
{
    return gen_send(((CoroWrapper *)o)->coro, kr_None) ;
}

static KrObject *cw_send(KrObject *o, KrObject *arg)
{
    return gen_send(((CoroWrapper *)o)->coro, arg);
}

static KrObject *cw_throw(KrObject *o, KrObject *const *args, Kr_ssize_t nargs)
{
    return gen_throw(((CoroWrapper *)o)->coro, args, nargs);
}

static KrObject *cw_close(KrObject *o)
{
    return gen_close(((CoroWrapper *)o)->coro);
}

static const KrMethodDef cw_methods[] = {
    KR_METHOD_O("send", cw_send),
    KR_METHOD_FAST("throw", cw_throw),
    KR_METHOD_NOARGS("close", cw_close),
    KR_METHOD_END,
};

KrType kr_coro_wrapper_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapper),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = cw_dealloc,
    .traverse = cw_traverse,
    .clear = cw_clear,
    .iter = gen_iter,
    .iternext = cw_iternext,
    .methods = cw_methods,
};

/* ---- the compiler's helpers ---- */

/* GET_AWAITABLE: the iterator an await drives with its yield-from loop. */
static KrObject *get_awaitable(KrObject *self, KrObject *o)
{
    if (KR_TYPE(o) == &kr_coroutine_type ||
        (KR_TYPE(o) == &kr_generator_type &&
         (((KrCode *)((KrGen *)o)->code)->flags & KR_CO_ITERABLE_COROUTINE))) {
        if (KR_TYPE(o) == &kr_coroutine_type && gen_yf((KrGen *)o) != NULL) {
            kr_err_set_string(&kr_exc_RuntimeError, "coroutine is being awaited already");
            return NULL;
        }
        return kr_newref(o);
    }
    KrObject *m = kr_type_lookup(KR_TYPE(o), KR_ID(__await__));
    if (m == NULL) {
        kr_err_format(&kr_exc_TypeError, "object %s can't be used in 'await' expression",
                      KR_TYPE(o)->name);
        return NULL;
    }
    KrObject *it = kr_call1(m, o);
    if (it == NULL)
        return NULL;
    if (KR_TYPE(it) == &kr_coroutine_type) {
        kr_decref(it);
        kr_err_set_string(&kr_exc_TypeError, "__await__() returned a coroutine");
        return NULL;
    }
    if (!kr_iter_check(it)) {
        kr_err_format(&kr_exc_TypeError, "__await__() returned non-iterator of type '%s'",
                      KR_TYPE(it)->name);
        kr_decref(it);
        return NULL;
    }
    return it;
}

/* GET_AITER */
static KrObject *get_aiter(KrObject *self, KrObject *o)
{
    KrObject *m = kr_type_lookup(KR_TYPE(o), KR_ID(__aiter__));
    if (m == NULL) {
        kr_err_format(&kr_exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                      KR_TYPE(o)->name);
        return NULL;
    }
    KrObject *it = kr_call1(m, o);
    if (it == NULL)
        return NULL;
    if (kr_type_lookup(KR_TYPE(it), KR_ID(__anext__)) == NULL) {
        kr_err_format(&kr_exc_TypeError, "'async for' received an object from __aiter__ "
                      "that does not implement __anext__: %s", KR_TYPE(it)->name);
        kr_decref(it);
        return NULL;
    }
    return it;
}

/* One step of an async for: an iterator that drives await it.__anext__()
 * and finishes with the helper itself as its value (the loop's end mark)
 * when that raises StopAsyncIteration. */
typedef struct {
    KrObject ob;
    KrObject *inner;
    KrObject *dflt;         /* anext()'s default; NULL: the loop's end mark */
} AnextStep;

extern KrType kr_anext_step_type;

static KrObject *anext_end(KrObject *o, KrObject *r)
{
    if (r == NULL && kr_err_matches_type(&kr_exc_StopAsyncIteration)) {
        kr_err_clear();
        KrObject *mark = ((AnextStep *)o)->dflt;
        if (mark == NULL)
            mark = kr_coro_helper(KR_CORO_ANEXT);
        KrObject *e = kr_exc_new(&kr_exc_StopIteration, &mark, 1);
        if (e != NULL) {
            kr_err_set_object(e);
            kr_decref(e);
        }
    }
    return r;
}

static KrObject *as_iternext(KrObject *o)
{
    KrObject *in = ((AnextStep *)o)->inner;
    return anext_end(o, KR_TYPE(in)->iternext ? KR_TYPE(in)->iternext(in)
                                            : kr_call_method1(in, KR_ID(send), kr_None));
}

static KrObject *as_send(KrObject *o, KrObject *arg)
{
    KrObject *in = ((AnextStep *)o)->inner;
    if (KR_GEN_CHECK(in))
        return anext_end(o, gen_send(in, arg));
    return anext_end(o, kr_call_method1(in, KR_ID(send), arg));
}

static KrObject *as_throw(KrObject *o, KrObject *const *args, Kr_ssize_t nargs)
{
    KrObject *in = ((AnextStep *)o)->inner;
    if (KR_GEN_CHECK(in))
        return anext_end(o, gen_throw(in, args, nargs));
    KrObject *m = kr_object_getattr(in, KR_ID(throw));
    if (m == NULL)
        return NULL;
    KrObject *r = kr_call(m, args, nargs, NULL);
    kr_decref(m);
    return anext_end(o, r);
}

static KrObject *as_close(KrObject *o)
{
    if (close_iter(((AnextStep *)o)->inner) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static void as_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(((AnextStep *)o)->inner);
    KR_CLEAR(((AnextStep *)o)->dflt);
    kr_object_free(o);
}

static int as_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    AnextStep *a = (AnextStep *)o;
    if (a->dflt && visit(a->dflt, arg))
        return 1;
    return a->inner ? visit(a->inner, arg) : 0;
}

static int as_clear(KrObject *o)
{
    KR_CLEAR(((AnextStep *)o)->inner);
    KR_CLEAR(((AnextStep *)o)->dflt);
    return 0;
}

static const KrMethodDef as_methods[] = {
    KR_METHOD_O("send", as_send),
    KR_METHOD_FAST("throw", as_throw),
    KR_METHOD_NOARGS("close", as_close),
    KR_METHOD_NOARGS("__await__", gen_iter),
    KR_METHOD_END,
};

KrType kr_anext_step_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "anext_awaitable",
    .basicsize = sizeof(AnextStep),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = as_dealloc,
    .traverse = as_traverse,
    .clear = as_clear,
    .iter = gen_iter,
    .iternext = as_iternext,
    .methods = as_methods,
};

static KrObject *anext_step(KrObject *self, KrObject *it);

/* builtins.anext(it[, default]) */
KrObject *kr_coro_anext(KrObject *it, KrObject *dflt)
{
    if (ready_coro_types() < 0)
        return NULL;
    KrObject *m = kr_type_lookup(KR_TYPE(it), KR_ID(__anext__));
    if (m == NULL) {
        kr_err_format(&kr_exc_TypeError, "'%s' object is not an async iterator",
                      KR_TYPE(it)->name);
        return NULL;
    }
    if (dflt == NULL)
        return kr_call1(m, it);
    KrObject *r = anext_step(NULL, it);
    if (r != NULL)
        ((AnextStep *)r)->dflt = kr_newref(dflt);
    return r;
}

/* builtins.aiter(x) */
KrObject *kr_coro_aiter(KrObject *o)
{
    KrObject *m = kr_type_lookup(KR_TYPE(o), KR_ID(__aiter__));
    if (m == NULL) {
        kr_err_format(&kr_exc_TypeError, "'%s' object is not an async iterable",
                      KR_TYPE(o)->name);
        return NULL;
    }
    KrObject *it = kr_call1(m, o);
    if (it != NULL && kr_type_lookup(KR_TYPE(it), KR_ID(__anext__)) == NULL) {
        kr_err_format(&kr_exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                      KR_TYPE(it)->name);
        kr_decref(it);
        return NULL;
    }
    return it;
}

static KrObject *anext_step(KrObject *self, KrObject *it)
{
    KrObject *m = kr_type_lookup(KR_TYPE(it), KR_ID(__anext__));
    if (m == NULL) {
        kr_err_format(&kr_exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                      KR_TYPE(it)->name);
        return NULL;
    }
    KrObject *aw = kr_call1(m, it);
    if (aw == NULL)
        return NULL;
    KrObject *in = get_awaitable(NULL, aw);
    kr_decref(aw);
    if (in == NULL)
        return NULL;
    AnextStep *a = (AnextStep *)kr_object_alloc(&kr_anext_step_type, 0);
    if (a == NULL) {
        kr_decref(in);
        return NULL;
    }
    a->inner = in;
    kr_gc_track((KrObject *)a);
    return (KrObject *)a;
}

/* BEFORE_ASYNC_WITH: (awaitable of mgr.__aenter__(), bound mgr.__aexit__);
 * the compiler unpacks it so the exit sits below the entered value as
 * BEFORE_WITH leaves it. */
static KrObject *before_async_with(KrObject *self, KrObject *mgr)
{
    KrObject *enter = kr_type_lookup(KR_TYPE(mgr), KR_ID(__aenter__));
    KrObject *exitf = kr_type_lookup(KR_TYPE(mgr), KR_ID(__aexit__));
    if (enter == NULL || exitf == NULL) {
        kr_err_format(&kr_exc_TypeError, "'%s' object does not support the asynchronous "
                      "context manager protocol", KR_TYPE(mgr)->name);
        return NULL;
    }
    KrObject *bound_exit = kr_object_getattr(mgr, KR_ID(__aexit__));
    if (bound_exit == NULL)
        return NULL;
    KrObject *res = kr_call1(enter, mgr);
    KrObject *aw = res ? get_awaitable(NULL, res) : NULL;
    kr_xdecref(res);
    if (aw == NULL) {
        kr_decref(bound_exit);
        return NULL;
    }
    KrObject *t = kr_tuple_pack(2, aw, bound_exit);
    kr_decref(aw);
    kr_decref(bound_exit);
    return t;
}

static KrObject *agen_wrap(KrObject *self, KrObject *v);
extern KrType kr_agen_wrapped_type, kr_agen_asend_type, kr_agen_athrow_type;

extern KrType kr_coro_helper_type;

/* The helpers are called like one-argument builtins, but they stand for
 * CPython instructions (GET_AWAITABLE, ...), which do not count towards
 * the recursion limit: a tiny callable type of their own calls them
 * directly, so a deep chain of awaits fails where CPython's does, on
 * entering a frame.  They are static and immortal. */
typedef struct {
    KrObject ob;
    KrObject *(*fn)(KrObject *self, KrObject *arg);
    const char *name;
} CoroHelper;

static KrObject *ch_call(KrObject *o, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    CoroHelper *h = (CoroHelper *)o;
    if (nargs != 1 || (kwnames != NULL && KR_SIZE(kwnames) != 0)) {
        kr_err_format(&kr_exc_TypeError, "%s() takes exactly one argument", h->name);
        return NULL;
    }
    return h->fn(NULL, args[0]);
}

static KrObject *ch_repr(KrObject *o)
{
    return kr_str_from_format("<built-in function %s>", ((CoroHelper *)o)->name);
}

KrType kr_coro_helper_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(CoroHelper),
    .repr = ch_repr,
    .call = ch_call,
};

static CoroHelper coro_helpers[KR_CORO_NHELPERS] = {
    { KR_STATIC_HEAD(&kr_coro_helper_type), get_awaitable, "awaitable" },
    { KR_STATIC_HEAD(&kr_coro_helper_type), get_aiter, "aiter" },
    { KR_STATIC_HEAD(&kr_coro_helper_type), anext_step, "anext" },
    { KR_STATIC_HEAD(&kr_coro_helper_type), before_async_with, "before_async_with" },
    { KR_STATIC_HEAD(&kr_coro_helper_type), agen_wrap, "async_gen_wrap" },
};

static int ready_coro_types(void)
{
    static int done;
    if (done)
        return 0;
    KrType *types[] = { &kr_coroutine_type, &kr_coro_wrapper_type, &kr_anext_step_type,
                        &kr_async_gen_type, &kr_agen_wrapped_type, &kr_agen_asend_type,
                        &kr_agen_athrow_type, &kr_coro_helper_type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (kr_type_ready(types[i]) < 0)
            return -1;
    done = 1;
    return 0;
}

KrObject *kr_coro_helper(int which)
{
    if (ready_coro_types() < 0)
        return NULL;
    return (KrObject *)&coro_helpers[which];
}

/* ---------------------------------------------------------------------- */
/* Async generators                                                       */
/* ---------------------------------------------------------------------- */

/* An async generator's frame yields two kinds of values: what its awaits
 * pass through to the event loop, and the values of its own `yield`
 * expressions, which the compiler wraps (AGEN_WRAP helper) so that the
 * awaitables returned by asend()/athrow()/aclose() can tell them apart:
 * a wrapped value finishes the awaitable (StopIteration(value)), anything
 * else is yielded on up.  The generator itself finishing raises
 * StopAsyncIteration.  As in CPython, each awaitable is single-use. */

typedef struct {
    KrObject ob;
    KrObject *val;
} AgenWrapped;

extern KrType kr_agen_wrapped_type;

static void agw_dealloc(KrObject *o)
{
    KR_CLEAR(((AgenWrapped *)o)->val);
    kr_object_free(o);
}

KrType kr_agen_wrapped_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(AgenWrapped),
    .dealloc = agw_dealloc,
};

static KrObject *agen_wrap(KrObject *self, KrObject *v)
{
    AgenWrapped *w = (AgenWrapped *)kr_object_alloc(&kr_agen_wrapped_type, 0);
    if (w == NULL)
        return NULL;
    w->val = kr_newref(v);
    return (KrObject *)w;
}

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct {
    KrObject ob;
    KrObject *gen;
    KrObject *arg;          /* asend: the value to send; athrow: args tuple, NULL for aclose */
    int state;
    int is_throw;
} AgenAwait;

extern KrType kr_agen_asend_type, kr_agen_athrow_type;

/* Turns a step of the generator into the awaitable's result: a wrapped
 * value ends the await, the generator's end is StopAsyncIteration. */
static KrObject *agen_unwrap(int st, KrObject *r)
{
    if (st == GEN_YIELD) {
        if (KR_TYPE(r) != &kr_agen_wrapped_type)
            return r;
        set_stopiteration(((AgenWrapped *)r)->val);
        kr_decref(r);
        return NULL;
    }
    if (st == GEN_RETURN) {
        kr_decref(r);
        kr_err_set(&kr_exc_StopAsyncIteration, NULL);
    }
    return NULL;
}

/* [0] firstiter, [1] finalizer: sys.set_asyncgen_hooks (NULL = None) */
static KrObject *asyncgen_hooks[2];
#define asyncgen_firstiter asyncgen_hooks[0]
#define asyncgen_finalizer asyncgen_hooks[1]

/* First use of an async generator: remember the finalizer hook in force
 * and tell the firstiter hook (asyncio tracks its generators this way). */
static int agen_init_hooks(KrGen *g)
{
    if (g->ag_hooks_inited)
        return 0;
    g->ag_hooks_inited = 1;
    if (asyncgen_finalizer != NULL)
        g->ag_finalizer = kr_newref(asyncgen_finalizer);
    if (asyncgen_firstiter != NULL) {
        KrObject *hook = kr_newref(asyncgen_firstiter);
        KrObject *r = kr_call1(hook, (KrObject *)g);
        kr_decref(hook);
        if (r == NULL)
            return -1;
        kr_decref(r);
    }
    return 0;
}

static KrObject *agen_await_new(KrType *t, KrObject *gen, KrObject *arg, int is_throw)
{
    if (agen_init_hooks((KrGen *)gen) < 0)
        return NULL;
    AgenAwait *a = (AgenAwait *)kr_object_alloc(t, 0);
    if (a == NULL)
        return NULL;
    a->gen = kr_newref(gen);
    a->arg = kr_xnewref(arg);
    a->is_throw = is_throw;
    kr_gc_track((KrObject *)a);
    return (KrObject *)a;
}

/* Throws args (a tuple) or, with NULL, GeneratorExit into the generator. */
static int agen_throw_into(KrGen *g, KrObject *args, KrObject **r)
{
    if (args == NULL) {
        KrObject *exc = kr_call0((KrObject *)&kr_exc_GeneratorExit);
        if (exc == NULL)
            return GEN_ERROR;
        return gen_throw_exc(g, exc, 1, r);
    }
    KrObject *v = gen_throw((KrObject *)g, KR_TUPLE_ITEMS(args), KR_SIZE(args));
    if (v != NULL) {
        *r = v;
        return GEN_YIELD;
    }
    if (kr_err_matches_type(&kr_exc_StopIteration)) {
        KrObject *e = kr_err_fetch();
        *r = kr_newref(kr_exc_stopiteration_value(e));
        kr_decref(e);
        return GEN_RETURN;
    }
    *r = NULL;
    return GEN_ERROR;
}

/* aclose(): finishing (StopAsyncIteration / GeneratorExit) is success. */
static KrObject *aclose_result(AgenAwait *a, int st, KrObject *r)
{
    if (st == GEN_YIELD) {
        if (KR_TYPE(r) != &kr_agen_wrapped_type)
            return r;
        kr_decref(r);
        a->state = AW_CLOSED;
        kr_err_set_string(&kr_exc_RuntimeError, "async generator ignored GeneratorExit");
        return NULL;
    }
    a->state = AW_CLOSED;
    if (st == GEN_RETURN)
        kr_decref(r);
    else if (!kr_err_matches_type(&kr_exc_StopAsyncIteration) &&
             !kr_err_matches_type(&kr_exc_GeneratorExit))
        return NULL;
    kr_err_clear();
    kr_err_set(&kr_exc_StopIteration, NULL);
    return NULL;
}

static KrObject *aw_send(KrObject *o, KrObject *arg)
{
    AgenAwait *a = (AgenAwait *)o;
    KrGen *g = (KrGen *)a->gen;
    KrObject *r;
    int st;
    if (a->state == AW_CLOSED) {
        kr_err_set_string(&kr_exc_RuntimeError, a->is_throw
                          ? "cannot reuse already awaited aclose()/athrow()"
                          : "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (!a->is_throw) {
        if (a->state == AW_INIT) {
            if (arg == NULL || arg == kr_None)
                arg = a->arg ? a->arg : kr_None;
            a->state = AW_ITER;
        }
        st = gen_resume(g, arg, 0, &r);
        r = agen_unwrap(st, r);
        if (r == NULL)
            a->state = AW_CLOSED;
        return r;
    }
    if (a->state == AW_INIT) {
        if (a->arg == NULL)
            g->ag_closed = 1;
        if (gen_finished(g) && g->frame != NULL && g->frame->state != KR_FRAME_CREATED) {
            a->state = AW_CLOSED;
            kr_err_set(a->arg ? &kr_exc_StopAsyncIteration : &kr_exc_StopIteration, NULL);
            return NULL;
        }
        if (arg != NULL && arg != kr_None) {
            kr_err_set_string(&kr_exc_RuntimeError,
                              "can't send non-None value to a just-started coroutine");
            return NULL;
        }
        a->state = AW_ITER;
        st = agen_throw_into(g, a->arg, &r);
    } else {
        st = gen_resume(g, arg, 0, &r);
    }
    if (a->arg == NULL)
        return aclose_result(a, st, r);
    r = agen_unwrap(st, r);
    if (r == NULL)
        a->state = AW_CLOSED;
    return r;
}

static KrObject *aw_iternext(KrObject *o)
{
    return aw_send(o, kr_None);
}

static KrObject *aw_throw(KrObject *o, KrObject *const *args, Kr_ssize_t nargs)
{
    AgenAwait *a = (AgenAwait *)o;
    if (a->state == AW_CLOSED) {
        kr_err_set_string(&kr_exc_RuntimeError, a->is_throw
                          ? "cannot reuse already awaited aclose()/athrow()"
                          : "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    KrObject *t = kr_tuple_from_array(args, nargs);
    if (t == NULL)
        return NULL;
    KrObject *r;
    int st = agen_throw_into((KrGen *)a->gen, t, &r);
    kr_decref(t);
    if (a->is_throw && a->arg == NULL)
        return aclose_result(a, st, r);
    r = agen_unwrap(st, r);
    if (r == NULL)
        a->state = AW_CLOSED;
    return r;
}

static KrObject *aw_close(KrObject *o)
{
    ((AgenAwait *)o)->state = AW_CLOSED;
    KR_RETURN_NONE;
}

static void aw_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(((AgenAwait *)o)->gen);
    KR_CLEAR(((AgenAwait *)o)->arg);
    kr_object_free(o);
}

static int aw_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    AgenAwait *a = (AgenAwait *)o;
    if (a->gen && visit(a->gen, arg))
        return 1;
    return a->arg ? visit(a->arg, arg) : 0;
}

static int aw_clear(KrObject *o)
{
    KR_CLEAR(((AgenAwait *)o)->gen);
    KR_CLEAR(((AgenAwait *)o)->arg);
    return 0;
}

static const KrMethodDef aw_methods[] = {
    KR_METHOD_O("send", aw_send),
    KR_METHOD_FAST("throw", aw_throw),
    KR_METHOD_NOARGS("close", aw_close),
    KR_METHOD_NOARGS("__await__", gen_iter),
    KR_METHOD_END,
};

KrType kr_agen_asend_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "async_generator_asend",
    .basicsize = sizeof(AgenAwait),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = aw_dealloc,
    .traverse = aw_traverse,
    .clear = aw_clear,
    .iter = gen_iter,
    .iternext = aw_iternext,
    .methods = aw_methods,
};

KrType kr_agen_athrow_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "async_generator_athrow",
    .basicsize = sizeof(AgenAwait),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = aw_dealloc,
    .traverse = aw_traverse,
    .clear = aw_clear,
    .iter = gen_iter,
    .iternext = aw_iternext,
    .methods = aw_methods,
};

static KrObject *agen_repr(KrObject *o)
{
    return kr_str_from_format("<async_generator object %U at %p>", ((KrGen *)o)->qualname,
                              (void *)o);
}

static KrObject *agen_anext(KrObject *o)
{
    return agen_await_new(&kr_agen_asend_type, o, NULL, 0);
}

static KrObject *agen_asend(KrObject *o, KrObject *v)
{
    return agen_await_new(&kr_agen_asend_type, o, v, 0);
}

static KrObject *agen_athrow(KrObject *o, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("athrow", nargs, 1, 3) < 0)
        return NULL;
    KrObject *t = kr_tuple_from_array(args, nargs);
    if (t == NULL)
        return NULL;
    KrObject *r = agen_await_new(&kr_agen_athrow_type, o, t, 1);
    kr_decref(t);
    return r;
}

static KrObject *agen_aclose(KrObject *o)
{
    return agen_await_new(&kr_agen_athrow_type, o, NULL, 1);
}

static const KrMethodDef agen_methods[] = {
    KR_METHOD_NOARGS("__aiter__", gen_iter),
    KR_METHOD_NOARGS("__anext__", agen_anext),
    KR_METHOD_O("asend", agen_asend),
    KR_METHOD_FAST("athrow", agen_athrow),
    KR_METHOD_NOARGS("aclose", agen_aclose),
    KR_METHOD_END,
};

static const KrMemberDef agen_members[] = {
    { "ag_code", KR_T_OBJECT, offsetof(KrGen, code), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static const KrGetSetDef agen_getset[] = {
    { "ag_frame", gen_get_frame, NULL, NULL, NULL },
    { "ag_running", gen_get_running, NULL, NULL, NULL },
    { "ag_await", coro_get_await, NULL, NULL, NULL },
    { "__name__", gen_get_name, gen_set_name, NULL, NULL },
    { "__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrType kr_async_gen_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "async_generator",
    .basicsize = sizeof(KrGen),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = gen_dealloc,
    .repr = agen_repr,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .methods = agen_methods,
    .members = agen_members,
    .getset = agen_getset,
    .weaklistoffset = offsetof(KrGen, weakreflist),
};

/* ---- sys.set_asyncgen_hooks / get_asyncgen_hooks ---- */

static int set_hook(KrObject **slot, KrObject *v, const char *what)
{
    if (v != kr_None && !kr_callable_check(v)) {
        kr_err_format(&kr_exc_TypeError, "callable %s expected, got %s", what,
                      KR_TYPE(v)->name);
        return -1;
    }
    KR_SETREF(*slot, v == kr_None ? NULL : kr_newref(v));
    return kr_runtime_add_static_roots(asyncgen_hooks, 2);    /* dropped at teardown */
}

KrObject *kr_gen_set_asyncgen_hooks(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                                    KrObject *kwnames)
{
    KrObject *firstiter = nargs > 0 ? args[0] : NULL;
    KrObject *finalizer = nargs > 1 ? args[1] : NULL;
    if (nargs > 2) {
        kr_err_format(&kr_exc_TypeError,
                      "set_asyncgen_hooks() takes at most 2 arguments (%zd given)", nargs);
        return NULL;
    }
    Kr_ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (Kr_ssize_t i = 0; i < nkw; i++) {
        KrObject *k = KR_TUPLE_ITEMS(kwnames)[i];
        if (kr_str_eq_cstr(k, "firstiter")) {
            firstiter = args[nargs + i];
        } else if (kr_str_eq_cstr(k, "finalizer")) {
            finalizer = args[nargs + i];
        } else {
            kr_err_format(&kr_exc_TypeError,
                          "set_asyncgen_hooks() got an unexpected keyword argument '%U'", k);
            return NULL;
        }
    }
    if (finalizer && set_hook(&asyncgen_finalizer, finalizer, "finalizer") < 0)
        return NULL;
    if (firstiter && set_hook(&asyncgen_firstiter, firstiter, "firstiter") < 0)
        return NULL;
    KR_RETURN_NONE;
}

KrObject *kr_gen_get_asyncgen_hooks(KrObject *m)
{
    return kr_tuple_pack(2, asyncgen_firstiter ? asyncgen_firstiter : kr_None,
                         asyncgen_finalizer ? asyncgen_finalizer : kr_None);
}
