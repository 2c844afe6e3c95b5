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
 *
 * Tracing state (f_trace, f_trace_lines, f_trace_opcodes and the offset
 * the next line event compares with) lives in the frame object: only
 * traced frames have one worth keeping, and the interpreter loop reads it
 * through f->frameobj on its tracing path alone.  Because f->frameobj is
 * borrowed, setting f_trace on a running frame makes the frame hold a
 * reference to the object ("pinned") until the frame ends and
 * kr_frame_detach lets go; otherwise the local tracer would vanish with
 * the tracer's last reference to the frame.  f_lineno can be assigned
 * nowhere: CPython's checks and messages run, then a ValueError says the
 * jump is unsupported.
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
    fo->trace = NULL;
    fo->trace_prev = -1;
    fo->trace_lines = 1;
    fo->trace_opcodes = 0;
    fo->pinned = 0;
    fo->locals_read = 0;
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
    /* the frame is gone: its hold on a traced frame object ends (last,
     * as it may free the object) */
    if (fo->pinned) {
        fo->pinned = 0;
        kr_decref((KrObject *)fo);
    }
}

void kr_frame_set_trace(KrFrameObject *fo, KrObject *v)
{
    if (v == kr_None)
        v = NULL;
    KrObject *old = fo->trace;
    fo->trace = kr_xnewref(v);
    KrFrame *f = fo->f;
    if (v != NULL && f->owner != KR_FRAME_OWNED_BY_FRAME_OBJECT &&
        f->state != KR_FRAME_CLEARED) {
        if (!fo->pinned) {
            fo->pinned = 1;
            kr_incref((KrObject *)fo);
        }
        /* line events compare against the instruction running now, as
         * CPython's do against the frame's previous instruction */
        fo->trace_prev = kr_frame_lasti(f);
    }
    kr_xdecref(old);
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

void kr_frame_locals_to_fast(KrFrame *f)
{
    KrObject *d = f->locals_snapshot;
    if (d == NULL || f->locals != NULL)
        return;
    KrCode *co = f->code;
    for (int i = 0; i < co->nlocalsplus; i++) {
        /* names are exact strs: the lookup cannot fail, so an exception
         * pending from the tracer is left alone */
        KrObject *v = kr_dict_get_item(d, kr_code_localsplus_name(co, i));
        KrObject *old = f->localsplus[i];
        if (old != NULL && is_cell_slot(co, i) && KR_TYPE(old) == &kr_cell_type) {
            KrCell *cell = (KrCell *)old;
            if (cell->ref != v) {
                KrObject *prev = cell->ref;
                cell->ref = kr_xnewref(v);
                kr_xdecref(prev);
            }
        } else if (old != v) {
            f->localsplus[i] = kr_xnewref(v);
            kr_xdecref(old);
        }
    }
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
    KR_CLEAR(fo->trace);
    kr_object_free(o);
}

static int frame_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    if (fo->back && visit(fo->back, arg))
        return 1;
    if (fo->trace && visit(fo->trace, arg))
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
    KR_CLEAR(fo->trace);
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
    ((KrFrameObject *)o)->locals_read = 1;  /* a tracer call writes it back */
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
    return none_if_null(((KrFrameObject *)o)->trace);
}

static int set_f_trace(KrObject *o, KrObject *v, void *c)
{
    kr_frame_set_trace((KrFrameObject *)o, v);
    return 0;
}

/* f_trace_lines / f_trace_opcodes: bool members, as CPython's T_BOOL */
static int set_bool_flag(char *flag, KrObject *v)
{
    if (v == NULL) {
        kr_err_set_string(&kr_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!KR_BOOL_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    *flag = v == kr_True;
    return 0;
}

static KrObject *get_f_trace_lines(KrObject *o, void *c)
{
    return kr_bool_from(((KrFrameObject *)o)->trace_lines);
}

static int set_f_trace_lines(KrObject *o, KrObject *v, void *c)
{
    return set_bool_flag(&((KrFrameObject *)o)->trace_lines, v);
}

static KrObject *get_f_trace_opcodes(KrObject *o, void *c)
{
    return kr_bool_from(((KrFrameObject *)o)->trace_opcodes);
}

static int set_f_trace_opcodes(KrObject *o, KrObject *v, void *c)
{
    return set_bool_flag(&((KrFrameObject *)o)->trace_opcodes, v);
}

/* f_lineno assignment: CPython's checks, in its order; the jump itself is
 * not supported (krait keeps no per-offset stack map to validate it). */
static int set_f_lineno(KrObject *o, KrObject *v, void *c)
{
    KrFrameObject *fo = (KrFrameObject *)o;
    if (v == NULL) {
        kr_err_set_string(&kr_exc_AttributeError, "cannot delete f_lineno");
        return -1;
    }
    if (!KR_INT_CHECK_EXACT(v)) {
        kr_err_set_string(&kr_exc_ValueError, "lineno must be an integer");
        return -1;
    }
    switch (kr_eval_trace_what()) {
    case KR_TRACE_CALL:
        kr_err_set_string(&kr_exc_ValueError,
                          "can't jump from the 'call' trace event of a new frame");
        return -1;
    case KR_TRACE_LINE:
        break;
    case KR_TRACE_RETURN:
        if (fo->f->state == KR_FRAME_SUSPENDED)
            break;
        /* fall through */
    default:
        kr_err_set_string(&kr_exc_ValueError, "can only jump from a 'line' trace event");
        return -1;
    }
    if (fo->trace == NULL) {
        kr_err_set_string(&kr_exc_ValueError, "f_lineno can only be set by a trace function");
        return -1;
    }
    int overflow;
    int64_t line = kr_int_as_i64(v, &overflow);
    if (overflow)
        line = overflow > 0 ? INT64_MAX : INT64_MIN;
    KrCode *co = fo->f->code;
    if (line < co->firstlineno) {
        kr_err_format(&kr_exc_ValueError, "line %lld comes before the current code block",
                      (long long)line);
        return -1;
    }
    int last = co->firstlineno;
    for (Kr_ssize_t i = 0; i < co->ncodeunits; i++)
        if (co->positions[i].line > last)
            last = co->positions[i].line;
    if (line > last) {
        kr_err_format(&kr_exc_ValueError, "line %lld comes after the current code block",
                      (long long)line);
        return -1;
    }
    kr_err_set_string(&kr_exc_ValueError, "krait cannot jump to another line (f_lineno)");
    return -1;
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
    { "f_lineno", get_f_lineno, set_f_lineno, NULL, NULL },
    { "f_lasti", get_f_lasti, NULL, NULL, NULL },
    { "f_back", get_f_back, NULL, NULL, NULL },
    { "f_trace", get_f_trace, set_f_trace, NULL, NULL },
    { "f_trace_lines", get_f_trace_lines, set_f_trace_lines, NULL, NULL },
    { "f_trace_opcodes", get_f_trace_opcodes, set_f_trace_opcodes, NULL, NULL },
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

