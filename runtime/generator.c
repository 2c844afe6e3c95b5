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

KrObject *kr_gen_new(KrFrame *f, KrFunction *func)
{
    KrGen *g = (KrGen *)kr_object_alloc(&kr_generator_type, 0);
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

/* Runs the generator one step.  arg is pushed unless the frame is new;
 * with throwflag the pending exception is raised inside instead. */
static int gen_resume(KrGen *g, KrObject *arg, int throwflag, KrObject **result)
{
    KrThreadState *ts = KR_TS();
    KrFrame *f = g->frame;
    *result = NULL;
    if (g->running) {
        kr_err_set_string(&kr_exc_ValueError, "generator already executing");
        return GEN_ERROR;
    }
    if (gen_finished(g)) {
        if (throwflag)
            return GEN_ERROR;       /* the thrown exception propagates as is */
        *result = kr_newref(kr_None);
        return GEN_RETURN;
    }
    if (f->state == KR_FRAME_CREATED) {
        if (!throwflag && arg != NULL && arg != kr_None) {
            kr_err_set_string(&kr_exc_TypeError,
                              "can't send non-None value to a just-started generator");
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
                raise_from_stopiteration("generator");
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

static void gen_finalize(KrObject *o)
{
    KrGen *g = (KrGen *)o;
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
    if (!g->finalized && g->frame != NULL && g->frame->state == KR_FRAME_SUSPENDED) {
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
    kr_object_free(o);
}

static int gen_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrGen *g = (KrGen *)o;
    if (g->exc_state && visit(g->exc_state, arg))
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
    return 0;
}

static int gen_clear(KrObject *o)
{
    KrGen *g = (KrGen *)o;
    KR_CLEAR(g->exc_state);
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
