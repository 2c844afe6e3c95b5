/*
 * frame.c -- frame objects: the Python-visible view of an interpreter
 * frame, made only when something asks (tracebacks, sys._getframe,
 * gi_frame).
 *
 * A KrFrameObject points at a KrFrame.  While that frame is live (on the
 * thread's frame stack or inside a generator) the object just reads it;
 * f->frameobj links back (borrowed), so asking twice yields the same
 * object.  When a live frame is about to be freed and its object is still
 * referenced (typically by a traceback), kr_frame_detach moves the frame's
 * references into a heap copy the object owns: the locals stay readable,
 * f_lineno stays right, and f_back is pinned to the caller's frame object
 * (made then, while the caller still exists).
 *
 * f_locals of an optimized (function) frame is a snapshot dict built from
 * the local slots, cells unwrapped; class bodies and module code return
 * their real locals mapping.
 */
#include "krait.h"
#include "ceval.h"

KrObject *kr_frame_object_for(KrFrame *f)
{
    if (f->frameobj != NULL)
        return kr_newref((KrObject *)f->frameobj);
    KrFrameObject *fo = (KrFrameObject *)kr_object_alloc(&kr_frame_type, 0);
    if (fo == NULL)
        return NULL;
    fo->f = f;
    f->frameobj = fo;
    kr_gc_track((KrObject *)fo);
    return (KrObject *)fo;
}

void kr_frame_detach(KrFrame *f)
{
    KrFrameObject *fo = f->frameobj;
    if (fo == NULL)
        return;
    KrCode *co = f->code;
    KrFrame *copy = kr_mem_alloc(kr_frame_size(co));
    if (copy == NULL) {
        /* Cannot keep the contents: the object falls back to an empty
         * frame of its own so it never dangles. */
        copy = kr_mem_calloc(sizeof(KrFrame) + sizeof(KrObject *) * (size_t)co->nlocalsplus);
        if (copy == NULL)
            return;
    } else {
        memcpy(copy, f, sizeof(KrFrame) + sizeof(KrObject *) * (size_t)co->nlocalsplus);
        for (int i = 0; i < co->nlocalsplus; i++)
            f->localsplus[i] = NULL;
        f->func = f->globals = f->builtins = f->locals = f->locals_snapshot = NULL;
    }
    copy->code = (KrCode *)kr_newref((KrObject *)co);
    copy->owner = KR_FRAME_OWNED_BY_FRAME_OBJECT;
    copy->stacktop = 0;
    copy->gen = NULL;
    copy->entry = 0;
    copy->frameobj = fo;
    if (copy->state < KR_FRAME_COMPLETED)
        copy->state = KR_FRAME_COMPLETED;
    /* Pin f_back while the caller is still alive (generator frames keep a
     * stale `previous` once suspended, so only running callers count). */
    KrFrame *prev = f->previous;
    copy->previous = NULL;
    if (prev != NULL && fo->back == NULL && f->owner == KR_FRAME_OWNED_BY_THREAD &&
        prev->state == KR_FRAME_EXECUTING) {
        fo->back = kr_frame_object_for(prev);
        if (fo->back == NULL)
            kr_err_clear();
    }
    fo->f = copy;
    f->frameobj = NULL;
}

int kr_frame_lineno(KrFrame *f)
{
    if (f->instr == NULL)
        return f->code->firstlineno;
    return kr_code_addr2line(f->code, kr_frame_lasti(f));
}

static int is_cell_slot(KrCode *co, int i)
{
    if (i >= co->nlocals)
        return 1;
    if (co->cell2arg)
        for (int c = 0; c < co->ncellvars; c++)
            if (co->cell2arg[c] == i)
                return 1;
    return 0;
}

KrObject *kr_frame_locals_dict(KrFrame *f)
{
    KrObject *d = kr_dict_new();
    if (d == NULL)
        return NULL;
    KrCode *co = f->code;
    for (int i = 0; i < co->nlocalsplus; i++) {
        KrObject *v = f->localsplus[i];
        if (v == NULL)
            continue;
        if (is_cell_slot(co, i) && KR_TYPE(v) == &kr_cell_type) {
            v = ((KrCell *)v)->ref;
            if (v == NULL)
                continue;
        }
        if (kr_dict_set_item(d, kr_code_localsplus_name(co, i), v) < 0) {
            kr_decref(d);
            return NULL;
        }
    }
    return d;
}

/* ---------------------------------------------------------------------- */
/* The frame type                                                         */
/* ---------------------------------------------------------------------- */

static void free_owned_frame(KrFrame *f)
{
    for (int i = 0; i < f->code->nlocalsplus; i++)
        KR_CLEAR(f->localsplus[i]);
    KR_CLEAR(f->locals);
    KR_CLEAR(f->locals_snapshot);
    KR_CLEAR(f->func);
    KR_CLEAR(f->globals);
    KR_CLEAR(f->builtins);
    KR_CLEAR(f->code);
    kr_mem_free(f);
}

static void frame_dealloc(KrObject *o)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    kr_gc_untrack(o);
    KrFrame *f = fo->f;
    if (f != NULL) {
        if (f->owner == KR_FRAME_OWNED_BY_FRAME_OBJECT)
            free_owned_frame(f);
        else
            f->frameobj = NULL;
        fo->f = NULL;
    }
    KR_CLEAR(fo->back);
    kr_object_free(o);
}

static int frame_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    if (fo->back && visit(fo->back, arg))
        return 1;
    KrFrame *f = fo->f;
    if (f == NULL || f->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT)
        return 0;
    KrObject *fields[] = { f->func, f->globals, f->builtins, f->locals, f->locals_snapshot };
    for (int i = 0; i < 5; i++)
        if (fields[i] && visit(fields[i], arg))
            return 1;
    for (int i = 0; i < f->code->nlocalsplus; i++)
        if (f->localsplus[i] && visit(f->localsplus[i], arg))
            return 1;
    return 0;
}

static int frame_clear_slot(KrObject *o)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    KR_CLEAR(fo->back);
    KrFrame *f = fo->f;
    if (f != NULL && f->owner == KR_FRAME_OWNED_BY_FRAME_OBJECT) {
        for (int i = 0; i < f->code->nlocalsplus; i++)
            KR_CLEAR(f->localsplus[i]);
        KR_CLEAR(f->locals);
        KR_CLEAR(f->locals_snapshot);
        KR_CLEAR(f->func);
    }
    return 0;
}

static KrObject *frame_repr(KrObject *o)
{
    KrFrame *f = ((KrFrameObject *)o)->f;
    return kr_str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)o,
                              f->code->filename, kr_frame_lineno(f), f->code->name);
}

static KrObject *get_f_code(KrObject *o, void *c)
{
    return kr_newref((KrObject *)((KrFrameObject *)o)->f->code);
}

static KrObject *none_if_null(KrObject *v)
{
    return kr_newref(v ? v : kr_None);
}

static KrObject *get_f_globals(KrObject *o, void *c)
{
    return none_if_null(((KrFrameObject *)o)->f->globals);
}

static KrObject *get_f_builtins(KrObject *o, void *c)
{
    return none_if_null(((KrFrameObject *)o)->f->builtins);
}

KrObject *kr_frame_get_locals(KrFrame *f)
{
    if (f->locals)
        return kr_newref(f->locals);
    KrObject *d = kr_frame_locals_dict(f);
    if (d == NULL)
        return NULL;
    /* one dict per frame, refreshed on each request, as CPython: a dict
     * obtained earlier sees later assignments after the next locals() */
    if (f->locals_snapshot == NULL) {
        f->locals_snapshot = d;
        return kr_newref(d);
    }
    /* Update rather than replace, as CPython's FastToLocals: names bound
     * by exec() in this dict stay; unbound fast locals are removed. */
    KrCode *co = f->code;
    for (int i = 0; i < co->nlocalsplus; i++) {
        KrObject *name = kr_code_localsplus_name(co, i);
        if (kr_dict_get_item(d, name) == NULL &&
            kr_dict_contains(f->locals_snapshot, name) > 0 &&
            kr_dict_del_item(f->locals_snapshot, name) < 0) {
            kr_decref(d);
            return NULL;
        }
    }
    int err = kr_dict_merge(f->locals_snapshot, d, 1);
    kr_decref(d);
    if (err < 0)
        return NULL;
    return kr_newref(f->locals_snapshot);
}

static KrObject *get_f_locals(KrObject *o, void *c)
{
    return kr_frame_get_locals(((KrFrameObject *)o)->f);
}

static KrObject *get_f_lineno(KrObject *o, void *c)
{
    return kr_int_from_i64(kr_frame_lineno(((KrFrameObject *)o)->f));
}

static KrObject *get_f_lasti(KrObject *o, void *c)
{
    KrFrame *f = ((KrFrameObject *)o)->f;
    int l = kr_frame_lasti(f);
    return kr_int_from_i64(l < 0 ? -1 : l * 2);
}

static KrObject *get_f_back(KrObject *o, void *c)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    KrFrame *f = fo->f;
    if (f->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT && f->state == KR_FRAME_EXECUTING &&
        f->previous != NULL)
        return kr_frame_object_for(f->previous);
    return none_if_null(fo->back);
}

static KrObject *get_f_trace(KrObject *o, void *c)
{
    KR_RETURN_NONE;
}

static int set_f_trace(KrObject *o, KrObject *v, void *c)
{
    return 0;
}

static KrObject *frame_clear_meth(KrObject *o)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    if (fo->f->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT) {
        if (fo->f->state == KR_FRAME_EXECUTING)
            return kr_err_format(&kr_exc_RuntimeError, "cannot clear an executing frame");
        if (fo->f->state == KR_FRAME_SUSPENDED && fo->f->gen) {
            KrObject *r = kr_call_method0(fo->f->gen, KR_ID(close));
            if (r == NULL)
                return NULL;
            kr_decref(r);
        }
        KR_RETURN_NONE;
    }
    frame_clear_slot(o);
    KR_RETURN_NONE;
}

static const KrMethodDef frame_methods[] = {
    KR_METHOD_NOARGS("clear", frame_clear_meth),
    KR_METHOD_END,
};

static const KrGetSetDef frame_getset[] = {
    { "f_code", get_f_code, NULL, NULL, NULL },
    { "f_globals", get_f_globals, NULL, NULL, NULL },
    { "f_builtins", get_f_builtins, NULL, NULL, NULL },
    { "f_locals", get_f_locals, NULL, NULL, NULL },
    { "f_lineno", get_f_lineno, NULL, NULL, NULL },
    { "f_lasti", get_f_lasti, NULL, NULL, NULL },
    { "f_back", get_f_back, NULL, NULL, NULL },
    { "f_trace", get_f_trace, set_f_trace, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrType kr_frame_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "frame",
    .basicsize = sizeof(KrFrameObject),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .traverse = frame_traverse,
    .clear = frame_clear_slot,
    .methods = frame_methods,
    .getset = frame_getset,
};

