/*
 * ceval.c -- the bytecode interpreter.
 *
 * One C function, eval(), runs Python frames.  Its registers are the
 * current frame, the next instruction pointer and the value stack pointer;
 * everything else is reloaded from the frame when the frame changes.
 *
 * Calls between Python functions do not recurse in C: CALL on a plain
 * Python function pushes a new frame on the thread's frame stack, binds the
 * arguments into it and continues the same loop; RETURN_VALUE pops it and
 * pushes the result onto the caller's stack.  Only the frame that eval()
 * was entered with (frame->entry) returns to C.  C code calling Python
 * (kr_call of a function, generators, __build_class__) enters eval() afresh.
 * CALL also unpacks a bound method of a Python function into (function,
 * self) so it too is inlined, and CALL_FUNCTION_EX inlines f(*a, **k).
 * So the Python recursion depth is bounded by interp->recursion_limit and
 * the frame stack (allocated on first use, KR_FRAME_STACK_SIZE bytes), not
 * the C stack.
 *
 * Dispatch: every opcode body is `TARGET(NAME) { ... DISPATCH(); }`.  With
 * KR_COMPUTED_GOTO each DISPATCH() ends in its own indirect jump through a
 * table generated from opcodes.h (so a missing opcode body fails to
 * compile); otherwise the bodies are cases of one switch.  frame->instr is
 * stored at every dispatch: it is what tracebacks, f_lineno and the
 * exception table search read, so C code called from an instruction always
 * sees the right position.  Instructions with inline caches skip them
 * (CACHE_<NAME> units) before anything else, so relative jumps measure
 * from the end of the instruction as opcodes.h specifies.
 *
 * Errors: an instruction that fails jumps to `error`, which appends a
 * traceback entry for the frame, then `exception_unwind` searches the code's
 * exception table for the failing offset.  A handler gets the value stack
 * cut to its depth, optionally the offset of the raising instruction (for
 * RERAISE to restore), and the exception; no handler means the frame is
 * popped and the caller continues unwinding from its CALL (adding its own
 * traceback entry).  RERAISE and a bare `raise` go straight to
 * exception_unwind: the traceback already holds their frame.  RERAISE
 * with an argument first restores frame->instr from the saved offset at
 * PEEK(oparg + 1) (CPython 3.11's layout), but the handler search still
 * starts from the RERAISE itself.
 *
 * The handled exception (sys.exc_info) is tstate->exc_info, saved and
 * restored by PUSH_EXC_INFO/POP_EXCEPT on the value stack; generators
 * keep their own (see generator.c).
 *
 * Generators: their frame lives on the heap and is always an entry frame;
 * YIELD_VALUE saves next_instr and the stack depth in the frame, marks it
 * SUSPENDED and returns the value to generator.c.
 *
 * Specialisation (PEP 659 style; see the section before the loop):
 * LOAD_ATTR, LOAD_METHOD, STORE_ATTR and LOAD_GLOBAL keep a specialised
 * form and its guard data in their inline caches; BINARY_OP, COMPARE_OP,
 * BINARY_SUBSCR and STORE_SUBSCR test the common exact types (small ints,
 * floats, strs, lists, tuples, dicts) inline before the generic protocol.
 * CALL runs exact positional calls of plain functions without binding
 * (the stack's references move into the new frame) and cls(*args) of
 * classes with a Python __init__ and object.__new__ as an inline __init__
 * frame (ENTRY_INIT) whose caller already holds the new instance.
 *
 * The hotness counters co->ncalls (RESUME) and co->nbackedges
 * (JUMP_BACKWARD) feed the JIT and the profiler; both also poll
 * tstate->eval_breaker for signals.  A profile function (sys.setprofile,
 * kr_eval_setprofile) gets CPython's call/return/c_call/c_return/
 * c_exception events; the loop tests one pointer for it.  A tracer
 * (sys.settrace) switches the dispatch table to one whose every entry
 * runs the tracing path first (see "Tracing").
 */
#include "krait.h"
#include "ceval.h"
#include "typeobject.h"
#include "match.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
#define OP(name, argkind, cache, effect, jeffect) CACHE_##name = cache,
    KR_OPCODES(OP)
#undef OP
};

/* ---------------------------------------------------------------------- */
/* Frames                                                                 */
/* ---------------------------------------------------------------------- */

static int ensure_stack(KrThreadState *ts)
{
    if (ts->stack_base != NULL)
        return 0;
    char *p = malloc(KR_FRAME_STACK_SIZE);
    if (p == NULL) {
        kr_err_no_memory();
        return -1;
    }
    ts->stack_base = ts->stack_top = p;
    ts->stack_limit = p + KR_FRAME_STACK_SIZE;
    return 0;
}

/* Allocates the header for a thread frame and fills the common fields. */
KrFrame *kr_frame_push(KrThreadState *ts, KrCode *co, KrObject *func, KrObject *globals,
                       KrObject *builtins, KrObject *locals)
{
    if (ensure_stack(ts) < 0)
        return NULL;
    size_t size = (kr_frame_size(co) + 15) & ~(size_t)15;
    if ((size_t)(ts->stack_limit - ts->stack_top) < size) {
        kr_err_set_string(&kr_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    KrFrame *f = (KrFrame *)ts->stack_top;
    ts->stack_top += size;
    /* the value stack needs no zeroing: only [0, stacktop) is ever read */
    memset(f, 0, sizeof(KrFrame) + sizeof(KrObject *) * (size_t)co->nlocalsplus);
    f->code = (KrCode *)kr_newref((KrObject *)co);
    f->func = kr_xnewref(func);
    f->globals = kr_newref(globals);
    f->builtins = kr_xnewref(builtins);
    f->locals = kr_xnewref(locals);
    f->owner = KR_FRAME_OWNED_BY_THREAD;
    f->next_instr = co->code;
    return f;
}

void kr_frame_clear(KrFrame *f)
{
    if (f->state == KR_FRAME_CLEARED)
        return;
    if (f->frameobj != NULL)
        kr_frame_detach(f);
    if (f->frameobj != NULL)
        return;              /* the frame object took the references */
    KrObject **stack = KR_FRAME_STACK(f);
    for (int i = 0; i < f->stacktop; i++)
        kr_xdecref(stack[i]);
    f->stacktop = 0;
    for (int i = 0; i < f->code->nlocalsplus; i++)
        KR_CLEAR(f->localsplus[i]);
    KR_CLEAR(f->locals);
    KR_CLEAR(f->locals_snapshot);
    KR_CLEAR(f->func);
    KR_CLEAR(f->globals);
    KR_CLEAR(f->builtins);
    f->state = KR_FRAME_CLEARED;
    /* the code object is kept until the memory goes: generators and
     * frame objects still report co_name and f_lineno */
}

/* kr_frame_push for a function whose first nargs locals the caller fills
 * at once: only the other slots are zeroed.  The header is set field by
 * field (the static assertion catches a field added to KrFrame). */
_Static_assert(sizeof(KrFrame) == 11 * sizeof(void *) + sizeof(int) + 4,
               "push_function_frame sets every KrFrame field");
static inline KrFrame *push_function_frame(KrThreadState *ts, KrCode *co, KrFunction *fn,
                                           Kr_ssize_t nargs)
{
    size_t size = (kr_frame_size(co) + 15) & ~(size_t)15;
    if (KR_UNLIKELY(ts->stack_base == NULL ||
                    (size_t)(ts->stack_limit - ts->stack_top) < size)) {
        KrFrame *f = kr_frame_push(ts, co, (KrObject *)fn, fn->globals, fn->builtins, NULL);
        return f;
    }
    KrFrame *f = (KrFrame *)ts->stack_top;
    ts->stack_top += size;
    f->code = (KrCode *)kr_newref((KrObject *)co);
    f->func = kr_newref((KrObject *)fn);
    f->globals = kr_newref(fn->globals);
    f->builtins = kr_xnewref(fn->builtins);
    f->locals = NULL;
    f->locals_snapshot = NULL;
    f->previous = NULL;
    f->frameobj = NULL;
    f->gen = NULL;
    f->instr = NULL;
    f->next_instr = co->code;
    f->stacktop = 0;
    f->owner = KR_FRAME_OWNED_BY_THREAD;
    f->entry = 0;
    f->state = KR_FRAME_CREATED;
    for (int i = (int)nargs; i < co->nlocalsplus; i++)
        f->localsplus[i] = NULL;
    return f;
}

/* kr_frame_pop for the common case of a function's thread frame that
 * nothing else has seen (no frame object, no locals dict). */
static inline void pop_thread_frame(KrThreadState *ts, KrFrame *f)
{
    if (KR_UNLIKELY(f->frameobj != NULL || f->locals != NULL || f->locals_snapshot != NULL ||
                    f->owner != KR_FRAME_OWNED_BY_THREAD || f->stacktop != 0)) {
        kr_frame_pop(ts, f);
        return;
    }
    KrCode *co = f->code;
    int n = co->nlocalsplus;
    f->state = KR_FRAME_CLEARED;
    for (int i = 0; i < n; i++)
        kr_xdecref(f->localsplus[i]);
    kr_xdecref(f->func);
    kr_decref(f->globals);
    kr_xdecref(f->builtins);
    f->code = NULL;
    kr_decref((KrObject *)co);
    ts->stack_top = (char *)f;
}

void kr_frame_pop(KrThreadState *ts, KrFrame *f)
{
    kr_frame_clear(f);
    if (f->frameobj == NULL && f->code) {
        KrCode *co = f->code;
        f->code = NULL;
        kr_decref((KrObject *)co);
    } else if (f->frameobj != NULL) {
        /* detach failed for lack of memory: drop the link */
        f->frameobj = NULL;
    }
    if (f->owner == KR_FRAME_OWNED_BY_THREAD)
        ts->stack_top = (char *)f;
}

KrObject *kr_eval_builtins_for(KrObject *globals)
{
    KrObject *b = globals ? kr_dict_get_item(globals, KR_ID(__builtins__)) : NULL;
    if (b == NULL) {
        if (kr_err_occurred())
            kr_err_clear();
        return KR_INTERP()->builtins;
    }
    if (KR_MODULE_CHECK(b))
        return kr_module_dict(b);
    return b;
}

/* ---------------------------------------------------------------------- */
/* Helpers for the opcodes                                                */
/* ---------------------------------------------------------------------- */

static void set_name_attr(KrObject *name)
{
    KrObject *exc = kr_err_occurred();
    if (exc == NULL)
        return;
    KrObject *e = kr_err_fetch();
    if (kr_object_setattr(e, KR_ID(name), name) < 0)
        kr_err_clear();
    kr_err_restore(e);
}

static void name_error(KrObject *name)
{
    kr_err_format(&kr_exc_NameError, "name '%U' is not defined", name);
    set_name_attr(name);
}

static void unbound_local(KrObject *name)
{
    kr_err_format(&kr_exc_UnboundLocalError,
                  "cannot access local variable '%U' where it is not associated with a value",
                  name);
    set_name_attr(name);
}

static void unbound_deref(KrCode *co, int oparg)
{
    KrObject *name = kr_code_localsplus_name(co, oparg);
    if (oparg >= co->nlocalsplus - co->nfreevars) {
        kr_err_format(&kr_exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a "
                      "value in enclosing scope", name);
        set_name_attr(name);
    } else {
        unbound_local(name);
    }
}

/* Lookup in a mapping that may be a dict or any object with __getitem__:
 * 1 found (*v new ref), 0 absent, -1 error. */
static int mapping_lookup(KrObject *m, KrObject *key, KrObject **v)
{
    if (KR_DICT_CHECK_EXACT(m)) {
        KrObject *r = kr_dict_get_item(m, key);
        if (r == NULL)
            return kr_err_occurred() ? -1 : 0;
        *v = kr_newref(r);
        return 1;
    }
    KrObject *r = kr_object_getitem(m, key);
    if (r == NULL) {
        if (kr_err_matches_type(&kr_exc_KeyError)) {
            kr_err_clear();
            return 0;
        }
        return -1;
    }
    *v = r;
    return 1;
}

/* "f()" or "mod.f()" for error messages about a callable, as CPython's
 * _PyObject_FunctionStr. */
static KrObject *function_str(KrObject *f)
{
    KrObject *qual = NULL;
    if (kr_object_lookup_attr(f, KR_ID(__qualname__), &qual) <= 0 || !KR_STR_CHECK(qual)) {
        kr_err_clear();
        kr_xdecref(qual);
        return kr_str_from_format("%s object", kr_type_name(KR_TYPE(f)));
    }
    KrObject *mod = NULL;
    KrObject *r;
    if (kr_object_lookup_attr(f, KR_ID(__module__), &mod) > 0 && KR_STR_CHECK(mod) &&
        !kr_str_eq_cstr(mod, "builtins"))
        r = kr_str_from_format("%U.%U()", mod, qual);
    else
        r = kr_str_from_format("%U()", qual);
    kr_err_clear();
    kr_xdecref(mod);
    kr_decref(qual);
    return r;
}

static void format_kwargs_error(KrObject *func, KrObject *kwargs)
{
    KrObject *fs;
    if (kr_err_matches_type(&kr_exc_AttributeError)) {
        kr_err_clear();
        fs = function_str(func);
        if (fs) {
            kr_err_format(&kr_exc_TypeError, "%U argument after ** must be a mapping, not %s",
                          fs, kr_type_name(KR_TYPE(kwargs)));
            kr_decref(fs);
        }
    } else if (kr_err_matches_type(&kr_exc_KeyError)) {
        KrObject *exc = kr_err_fetch();
        KrObject *args = kr_object_getattr(exc, KR_ID(args));
        if (args && KR_TUPLE_CHECK(args) && KR_SIZE(args) == 1) {
            KrObject *key = KR_TUPLE_GET(args, 0);
            fs = function_str(func);
            if (fs) {
                if (KR_STR_CHECK(key))
                    kr_err_format(&kr_exc_TypeError,
                                  "%U got multiple values for keyword argument '%U'", fs, key);
                else
                    kr_err_format(&kr_exc_TypeError, "%U keywords must be strings", fs);
                kr_decref(fs);
            }
            kr_decref(exc);
        } else {
            kr_err_clear();
            kr_err_restore(exc);
        }
        kr_xdecref(args);
    }
}

static int check_args_iterable(KrObject *func, KrObject *args)
{
    if (KR_TYPE(args)->iter == NULL &&
        !(KR_TYPE(args)->as_sequence && KR_TYPE(args)->as_sequence->item)) {
        KrObject *fs = function_str(func);
        if (fs) {
            kr_err_format(&kr_exc_TypeError, "%U argument after * must be an iterable, not %s",
                          fs, kr_type_name(KR_TYPE(args)));
            kr_decref(fs);
        }
        return -1;
    }
    return 0;
}

/* Unpacks v into `before` items, a list, and `after` items, stored
 * top-down from *sp_end (items are pushed last-first).  after < 0 means
 * no starred target.  0 or -1. */
static int unpack_iterable(KrObject *v, int before, int after, KrObject **top)
{
    KrObject *it = kr_object_get_iter(v);
    if (it == NULL) {
        if (kr_err_matches_type(&kr_exc_TypeError) && KR_TYPE(v)->iter == NULL &&
            !(KR_TYPE(v)->as_sequence && KR_TYPE(v)->as_sequence->item)) {
            kr_err_clear();
            kr_err_format(&kr_exc_TypeError, "cannot unpack non-iterable %s object",
                          kr_type_name(KR_TYPE(v)));
        }
        return -1;
    }
    int i = 0;
    for (; i < before; i++) {
        KrObject *w = kr_iter_next(it);
        if (w == NULL) {
            if (!kr_err_occurred()) {
                if (after < 0)
                    kr_err_format(&kr_exc_ValueError,
                                  "not enough values to unpack (expected %d, got %d)", before, i);
                else
                    kr_err_format(&kr_exc_ValueError,
                                  "not enough values to unpack (expected at least %d, got %d)",
                                  before + after, i);
            }
            goto fail;
        }
        *--top = w;
    }
    if (after < 0) {
        KrObject *w = kr_iter_next(it);
        if (w == NULL) {
            if (kr_err_occurred())
                goto fail;
            kr_decref(it);
            return 0;
        }
        kr_decref(w);
        kr_err_format(&kr_exc_ValueError, "too many values to unpack (expected %d)", before);
        goto fail;
    }
    KrObject *l = kr_sequence_list(it);
    if (l == NULL)
        goto fail;
    *--top = l;
    i++;
    Kr_ssize_t ll = KR_SIZE(l);
    if (ll < after) {
        kr_err_format(&kr_exc_ValueError,
                      "not enough values to unpack (expected at least %d, got %zd)",
                      before + after, before + ll);
        goto fail;
    }
    for (int j = after; j > 0; j--, i++)
        *--top = KR_LIST_GET(l, ll - j);
    KR_SIZE(l) = ll - after;
    kr_decref(it);
    return 0;
fail:
    for (; i > 0; i--)
        kr_decref(*top++);
    kr_decref(it);
    return -1;
}

static KrObject *import_name(KrFrame *f, KrObject *name, KrObject *fromlist, KrObject *level)
{
    KrObject *import_func = kr_dict_get_item(f->builtins, KR_ID(__import__));
    if (import_func == NULL) {
        if (!kr_err_occurred())
            kr_err_set_string(&kr_exc_ImportError, "__import__ not found");
        return NULL;
    }
    KrInterp *interp = KR_INTERP();
    if (interp->hooks.import && KR_TYPE(import_func) == &kr_cfunction_type) {
        int ilevel = (int)kr_int_as_ssize(level);
        if (ilevel == -1 && kr_err_occurred())
            return NULL;
        return interp->hooks.import(name, f->globals, fromlist, ilevel);
    }
    KrObject *args[5] = { name, f->globals, f->locals ? f->locals : kr_None, fromlist, level };
    kr_incref(import_func);
    KrObject *r = kr_call(import_func, args, 5, NULL);
    kr_decref(import_func);
    return r;
}

static KrObject *import_from(KrObject *v, KrObject *name)
{
    KrObject *x = NULL;
    int r = kr_object_lookup_attr(v, name, &x);
    if (r != 0)
        return r > 0 ? x : NULL;
    /* A submodule imported circularly may be in sys.modules only. */
    KrObject *pkgname = NULL;
    if (kr_object_lookup_attr(v, KR_ID(__name__), &pkgname) < 0)
        return NULL;
    if (pkgname != NULL && KR_STR_CHECK(pkgname)) {
        KrObject *full = kr_str_from_format("%U.%U", pkgname, name);
        if (full == NULL) {
            kr_decref(pkgname);
            return NULL;
        }
        KrObject *m = kr_dict_get_item(KR_INTERP()->modules, full);
        kr_decref(full);
        if (m != NULL) {
            kr_decref(pkgname);
            return kr_newref(m);
        }
        kr_err_clear();
    }
    KrObject *path = NULL;
    if (kr_object_lookup_attr(v, KR_ID(__file__), &path) < 0)
        kr_err_clear();
    KrObject *pn = pkgname && KR_STR_CHECK(pkgname) ? pkgname : NULL;
    /* a module still executing its body (circular import) says so */
    int initializing = 0;
    KrObject *spec = NULL;
    if (pn != NULL && kr_object_lookup_attr(v, KR_ID(__spec__), &spec) > 0 && spec != kr_None) {
        KrObject *flag = NULL;
        if (kr_object_lookup_attr(spec, kr_str_intern_cstr("_initializing"), &flag) > 0) {
            initializing = kr_object_is_true(flag) > 0;
            kr_decref(flag);
        }
    }
    kr_xdecref(spec);
    kr_err_clear();
    if (initializing)
        kr_err_format(&kr_exc_ImportError,
                      "cannot import name '%U' from partially initialized module '%U' "
                      "(most likely due to a circular import) (%S)", name, pn,
                      path && KR_STR_CHECK(path) ? path : kr_str_intern_cstr("unknown location"));
    else if (pn == NULL)
        kr_err_format(&kr_exc_ImportError, "cannot import name '%U' from '<unknown module name>' (%s)",
                      name, "unknown location");
    else if (path != NULL && KR_STR_CHECK(path))
        kr_err_format(&kr_exc_ImportError, "cannot import name '%U' from '%U' (%U)", name, pn,
                      path);
    else
        kr_err_format(&kr_exc_ImportError, "cannot import name '%U' from '%U' (unknown location)",
                      name, pn);
    KrObject *exc = kr_err_occurred();
    if (exc && pn) {
        KrObject *e = kr_err_fetch();
        kr_object_setattr(e, KR_ID(name), pn);
        if (path)
            kr_object_setattr(e, kr_str_intern_cstr("path"), path);
        kr_err_clear();
        kr_err_restore(e);
    }
    kr_xdecref(pkgname);
    kr_xdecref(path);
    return NULL;
}

static int import_all_from(KrObject *locals, KrObject *v)
{
    KrObject *all = NULL;
    int skip_leading_underscores = 0;
    if (kr_object_lookup_attr(v, KR_ID(__all__), &all) < 0)
        return -1;
    if (all == NULL) {
        KrObject *dict = NULL;
        if (kr_object_lookup_attr(v, KR_ID(__dict__), &dict) < 0)
            return -1;
        if (dict == NULL) {
            kr_err_set_string(&kr_exc_ImportError,
                              "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = KR_DICT_CHECK(dict) ? kr_dict_keys(dict) : kr_sequence_list(dict);
        kr_decref(dict);
        if (all == NULL)
            return -1;
        skip_leading_underscores = 1;
    }
    KrObject *it = kr_object_get_iter(all);
    kr_decref(all);
    if (it == NULL)
        return -1;
    KrObject *name;
    int err = 0;
    while ((name = kr_iter_next(it)) != NULL) {
        if (!KR_STR_CHECK(name)) {
            kr_err_format(&kr_exc_TypeError, "%s in %U.%s must be str, not %s",
                          skip_leading_underscores ? "Key" : "Item",
                          ((KrModule *)v)->name ? ((KrModule *)v)->name : kr_None,
                          skip_leading_underscores ? "__dict__" : "__all__",
                          kr_type_name(KR_TYPE(name)));
            kr_decref(name);
            err = -1;
            break;
        }
        if (skip_leading_underscores && KR_STR_LEN(name) > 0 && KR_STR_CHAR(name, 0) == '_') {
            kr_decref(name);
            continue;
        }
        KrObject *value = kr_object_getattr(v, name);
        if (value == NULL) {
            kr_decref(name);
            err = -1;
            break;
        }
        err = kr_object_setitem(locals, name, value);
        kr_decref(value);
        kr_decref(name);
        if (err < 0)
            break;
    }
    if (err == 0 && kr_err_occurred())
        err = -1;
    kr_decref(it);
    return err;
}

/* The exception to raise for `raise x`: an instance, or NULL+error. */
static KrObject *make_exception(KrObject *x, int is_cause)
{
    if (KR_TYPE_CHECK(x) && KR_EXC_CLASS_CHECK(x)) {
        KrObject *v = kr_call0(x);
        if (v == NULL)
            return NULL;
        if (!KR_EXC_CHECK(v)) {
            kr_err_format(&kr_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          x, kr_type_name(KR_TYPE(v)));
            kr_decref(v);
            return NULL;
        }
        return v;
    }
    if (KR_EXC_CHECK(x))
        return kr_newref(x);
    kr_err_set_string(&kr_exc_TypeError, is_cause ? "exception causes must derive from BaseException"
                                                  : "exceptions must derive from BaseException");
    return NULL;
}

/* 1: re-raise of the handled exception (no new traceback entry),
 * 0: error set normally. */
static int do_raise(KrThreadState *ts, KrObject *exc, KrObject *cause)
{
    if (exc == NULL) {
        KrObject *cur = ts->exc_info;
        if (cur == NULL || cur == kr_None) {
            kr_err_set_string(&kr_exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        kr_err_restore(kr_newref(cur));
        return 1;
    }
    KrObject *value = make_exception(exc, 0);
    if (value == NULL)
        return 0;
    if (cause != NULL) {
        KrObject *c;
        if (cause == kr_None) {
            c = kr_newref(kr_None);
        } else {
            c = make_exception(cause, 1);
            if (c == NULL) {
                kr_decref(value);
                return 0;
            }
        }
        if (c == kr_None) {
            kr_decref(c);
            KR_CLEAR(((KrBaseException *)value)->cause);
            ((KrBaseException *)value)->suppress_context = 1;
        } else {
            kr_exc_set_cause(value, c);
        }
    }
    kr_err_set_object(value);
    kr_decref(value);
    return 0;
}

static int check_except_type_valid(KrObject *t)
{
    if (KR_TUPLE_CHECK(t)) {
        for (Kr_ssize_t i = 0; i < KR_SIZE(t); i++)
            if (check_except_type_valid(KR_TUPLE_GET(t, i)) < 0)
                return -1;
        return 0;
    }
    if (!(KR_TYPE_CHECK(t) && KR_EXC_CLASS_CHECK(t))) {
        kr_err_set_string(&kr_exc_TypeError,
                          "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return 0;
}

static int exc_matches(KrObject *exc_type, KrObject *t)
{
    if (KR_TUPLE_CHECK(t)) {
        for (Kr_ssize_t i = 0; i < KR_SIZE(t); i++)
            if (exc_matches(exc_type, KR_TUPLE_GET(t, i)))
                return 1;
        return 0;
    }
    return kr_type_is_subtype((KrType *)exc_type, (KrType *)t);
}

/* Looks a special method up on the type and binds it to obj. */
static KrObject *lookup_special_bound(KrObject *obj, KrObject *name)
{
    KrObject *d = kr_type_lookup(KR_TYPE(obj), name);
    if (d == NULL)
        return NULL;
    kr_descrgetfunc g = KR_TYPE(d)->descr_get;
    if (g != NULL)
        return g(d, obj, (KrObject *)KR_TYPE(obj));
    return kr_newref(d);
}

static const KrExcEntry *find_handler(KrCode *co, int offset)
{
    const KrExcEntry *best = NULL;
    for (int i = 0; i < co->nexctable; i++) {
        const KrExcEntry *e = &co->exctable[i];
        if (offset >= e->start && offset < e->end) {
            if (best == NULL || e->start > best->start ||
                (e->start == best->start && e->end < best->end))
                best = e;
        }
    }
    return best;
}

static int recursion_error(KrThreadState *ts)
{
    ts->recursion_headroom = 50;
    kr_err_set_string(&kr_exc_RecursionError, "maximum recursion depth exceeded");
    ts->recursion_headroom = 0;
    return -1;
}

static inline int enter_py(KrThreadState *ts)
{
    if (KR_UNLIKELY(ts->recursion_depth >= ts->interp->recursion_limit + ts->recursion_headroom))
        return recursion_error(ts);
    ts->recursion_depth++;
    return 0;
}

static KrObject *build_string(KrObject **items, int n)
{
    KrBuf b;
    kr_buf_init(&b);
    for (int i = 0; i < n; i++)
        kr_buf_append_str(&b, items[i]);
    return kr_buf_finish(&b);
}

/* Pushes an inline frame for a Python function call.  args borrowed. */
static KrFrame *push_call_frame(KrThreadState *ts, KrFunction *fn, KrObject *const *args,
                                Kr_ssize_t nargs, KrObject *kwnames)
{
    KrCode *co = (KrCode *)fn->code;
    KrFrame *f = kr_frame_push(ts, co, (KrObject *)fn, fn->globals, fn->builtins, NULL);
    if (f == NULL)
        return NULL;
    if (kr_call_bind_args(fn, f->localsplus, args, nargs, kwnames) < 0) {
        kr_frame_pop(ts, f);
        return NULL;
    }
    return f;
}

/* KrFrame.entry: 0 for a frame inlined by CALL, ENTRY_C for the frame
 * eval() was entered with (returning from it leaves the C loop), and
 * ENTRY_INIT for an __init__ frame pushed by CALL on a class: its caller's
 * stack already holds the new instance as the call's result, so returning
 * checks the value is None and pushes nothing. */
enum { ENTRY_C = 1, ENTRY_INIT = 2 };

/* The Python __init__ to run inline for cls(*args) with nargs positional
 * arguments, when the call means exactly object.__new__ then that
 * function: NULL otherwise. */
static KrFunction *inline_init(KrObject *callable, Kr_ssize_t nargs)
{
    KrType *t = (KrType *)callable;
    if (KR_TYPE(callable) != &kr_type_type ||
        (t->flags & (KR_TPFLAGS_HEAPTYPE | KR_TPFLAGS_READY | KR_TPFLAGS_IS_ABSTRACT |
                     KR_TPFLAGS_DISALLOW_INSTANTIATION)) !=
            (KR_TPFLAGS_HEAPTYPE | KR_TPFLAGS_READY) ||
        t->new_ != kr_object_new_generic || t->init == NULL ||
        t->init == kr_object_init_generic)
        return NULL;
    KrObject *init = kr_type_lookup(t, KR_ID(__init__));
    if (init == NULL || KR_TYPE(init) != &kr_function_type)
        return NULL;
    KrCode *co = (KrCode *)((KrFunction *)init)->code;
    if (co->argcount != nargs + 1 || co->kwonlyargcount != 0 ||
        (co->flags & (KR_CO_VARARGS | KR_CO_VARKEYWORDS | KR_CO_GENERATOR | KR_CO_COROUTINE |
                      KR_CO_ASYNC_GENERATOR)))
        return NULL;
    return (KrFunction *)init;
}

static int is_inlinable(KrObject *callable)
{
    return KR_TYPE(callable) == &kr_function_type &&
           !(((KrCode *)((KrFunction *)callable)->code)->flags &
             (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR));
}

/* ---------------------------------------------------------------------- */
/* Profiling (sys.setprofile, cProfile)                                   */
/* ---------------------------------------------------------------------- */

/* The profile function, called as CPython's setprofile hook is: on Python
 * frame entry ("call", each generator resumption too), exit ("return",
 * also at yields and when an exception leaves the frame, arg None) and
 * around calls of builtins made by CALL ("c_call", "c_return",
 * "c_exception", arg = the builtin, method descriptors bound first).
 * One interpreter thread runs Python at a time; when threads arrive this
 * belongs on the thread state. */
static KrObject *profile_func;
static int profile_busy;
/* A C-level hook (cProfile) replaces the Python call: profile_func then
 * holds the hook's argument, which is what sys.getprofile() reports. */
static KrProfileHook profile_cfunc;

int kr_eval_setprofile(KrObject *func)
{
    KrObject *old = profile_func;
    profile_func = (func == NULL || func == kr_None) ? NULL : kr_newref(func);
    profile_cfunc = NULL;
    kr_xdecref(old);
    return 0;
}

int kr_eval_setprofile_c(KrProfileHook hook, KrObject *arg)
{
    KrObject *old = profile_func;
    profile_func = hook == NULL ? NULL : kr_newref(arg);
    profile_cfunc = hook;
    kr_xdecref(old);
    return 0;
}

/* The KR_PROF_* code of an event name (they differ by their third letter
 * or first letter only). */
static int prof_event_code(const char *what)
{
    if (what[0] == 'c' && what[1] == '_')
        return what[2] == 'c' ? KR_PROF_C_CALL : what[2] == 'r' ? KR_PROF_C_RETURN
                                                                : KR_PROF_C_EXCEPTION;
    return what[0] == 'r' ? KR_PROF_RETURN : KR_PROF_CALL;
}

KrObject *kr_eval_getprofile(void)
{
    return profile_func;
}

/* Calls the profile function; the pending exception (if any) is kept.
 * -1 (with the hook's error set and profiling turned off) if it raised. */
static int prof_event(KrFrame *f, const char *what, KrObject *arg)
{
    if (profile_func == NULL || profile_busy)
        return 0;
    if (profile_cfunc != NULL) {
        KrObject *held = kr_err_fetch();
        KrObject *harg = kr_newref(profile_func);
        profile_busy = 1;
        int rc = profile_cfunc(harg, f, prof_event_code(what), arg);
        profile_busy = 0;
        kr_decref(harg);
        if (rc < 0) {
            kr_xdecref(held);
            kr_eval_setprofile(NULL);
            return -1;
        }
        kr_err_restore(held);
        return 0;
    }
    KrObject *saved = kr_err_fetch();
    KrObject *fo = kr_frame_object_for(f);
    KrObject *r = NULL;
    if (fo != NULL) {
        KrObject *args[3] = { fo, kr_str_intern_cstr(what), arg ? arg : kr_None };
        KrObject *fn = kr_newref(profile_func);
        profile_busy = 1;
        r = kr_call(fn, args, 3, NULL);
        profile_busy = 0;
        kr_decref(fn);
        kr_decref(fo);
    }
    if (r == NULL) {
        kr_xdecref(saved);
        KR_CLEAR(profile_func);
        return -1;
    }
    kr_decref(r);
    kr_err_restore(saved);
    return 0;
}

/* The callable a c_call event reports, or NULL when the call is not a
 * builtin one (new reference). */
static KrObject *prof_c_target(KrObject *callable, KrObject *const *args, Kr_ssize_t nargs)
{
    KrType *t = KR_TYPE(callable);
    if (t == &kr_cfunction_type) {
        /* The compiler's await/async helpers are not calls in CPython. */
        if (((KrCFunction *)callable)->self == NULL)
            for (int i = 0; i < KR_CORO_NHELPERS; i++)
                if (callable == kr_coro_helper(i))
                    return NULL;
        return kr_newref(callable);
    }
    if (t == &kr_method_descr_type && nargs > 0 && t->descr_get != NULL) {
        KrObject *b = t->descr_get(callable, args[0], (KrObject *)KR_TYPE(args[0]));
        if (b == NULL)
            kr_err_clear();
        return b;
    }
    return NULL;
}

/* kr_call with c_call/c_return/c_exception events around builtins. */
static KrObject *call_profiled(KrFrame *f, KrObject *callable, KrObject *const *args,
                               Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *target = prof_c_target(callable, args, nargs);
    if (target == NULL)
        return kr_call(callable, args, nargs, kwnames);
    KrObject *r = NULL;
    if (prof_event(f, "c_call", target) == 0) {
        r = kr_call(callable, args, nargs, kwnames);
        if (r == NULL) {
            prof_event(f, "c_exception", target);
        } else if (prof_event(f, "c_return", target) < 0) {
            KR_CLEAR(r);
        }
    }
    kr_decref(target);
    return r;
}

/* ---------------------------------------------------------------------- */
/* Tracing (sys.settrace)                                                 */
/* ---------------------------------------------------------------------- */

/* CPython 3.11's tracing, without a cost when no tracer is set.
 *
 * The loop dispatches through `dispatch_cur`, which is eval()'s own table
 * while no thread has a tracer and otherwise a table whose every entry
 * leads to `trace_dispatch`.  That path does the tracing work for the
 * instruction just decoded and then jumps through the real table, so the
 * opcode bodies never test for tracing.  Swapping the table takes effect
 * at the very next instruction, also in frames that are already running
 * (the one that called sys.settrace, or callers a tracer gave an f_trace).
 * The table pointers are published before main by eval_setup(), which
 * enters eval() through its throwflag branch, so no frame entry tests
 * for them; the opcode bodies only ever see the extra tests on rare
 * paths (the error label, frame unwinding, StopIteration ending FOR_ITER
 * or SEND).  Benchmarks run within register-allocation noise of the
 * build without tracing.
 *
 * Events, as CPython's trace trampoline delivers them: 'call' goes to the
 * thread's tracer at each RESUME (function start, every generator or
 * coroutine resumption, module and class bodies) and its result, unless
 * None, becomes the frame's f_trace; every other event goes to f_trace
 * (nothing when it is unset), and a result other than None replaces it.
 * 'line' fires when an instruction's line differs from the one of the
 * previous traced instruction of the frame, or when a jump lands backwards
 * (except the yield-from loop's jump back to SEND); the first instruction
 * after a function's RESUME always counts as a new line.  'return' fires
 * just before RETURN_VALUE or YIELD_VALUE runs (arg = the value) and when
 * an exception leaves the frame (arg None); 'exception' fires where the
 * loop records a traceback entry (the raise, or a callee's exception
 * arriving).  The per-frame state lives in the frame object (frame.c).
 *
 * The tracer runs with tracing and profiling off for its thread; if it
 * raises, tracing stops (sys.gettrace() is None), the frame loses its
 * f_trace and the exception propagates from the traced instruction.
 * Tracers are per thread (threading.settrace installs one in each new
 * thread); the table swap is global, so untraced threads take the tracing
 * path for nothing while some other thread is traced. */
static _Thread_local KrObject *trace_func;  /* this thread's tracer */
static _Thread_local int trace_busy;        /* its tracer is running */
static _Thread_local int trace_what;        /* for the event (KR_TRACE_*) */
static int trace_threads;                   /* threads with a tracer */
enum { EVAL_SETUP = -1 };                   /* eval()'s throwflag for eval_setup */
#if KR_COMPUTED_GOTO
static const void *const *dispatch_cur;     /* set up by eval_setup() */
static const void *const *dispatch_tables[2]; /* plain, tracing */
#endif

static const char *const trace_event_names[] = {
    [KR_TRACE_CALL] = "call", [KR_TRACE_EXCEPTION] = "exception", [KR_TRACE_LINE] = "line",
    [KR_TRACE_RETURN] = "return", [KR_TRACE_OPCODE] = "opcode",
};

static void trace_update_dispatch(void)
{
#if KR_COMPUTED_GOTO
    if (dispatch_tables[0] != NULL)
        dispatch_cur = dispatch_tables[trace_threads > 0];
#endif
}

int kr_eval_settrace(KrObject *func)
{
    if (func == kr_None)
        func = NULL;
    KrObject *old = trace_func;
    trace_func = kr_xnewref(func);
    if (old == NULL && func != NULL) {
        trace_threads++;
        /* frames that kept an f_trace compare their next line with the
         * instruction they are at now, not with where tracing stopped */
        for (KrFrame *f = KR_TS()->frame; f != NULL; f = f->previous)
            if (f->frameobj != NULL && f->frameobj->trace != NULL)
                f->frameobj->trace_prev = kr_frame_lasti(f);
    } else if (old != NULL && func == NULL) {
        trace_threads--;
    }
    trace_update_dispatch();
    kr_xdecref(old);
    return 0;
}

KrObject *kr_eval_gettrace(void)
{
    return trace_func;
}

int kr_eval_trace_what(void)
{
    return trace_busy ? trace_what : KR_TRACE_CALL;
}

/* Delivers one event for f (see above).  The pending exception, if any,
 * is kept.  -1 with the tracer's exception pending if it raised. */
__attribute__((noinline, cold)) static int trace_call(KrFrame *f, int what, KrObject *arg)
{
    KrObject *fo = kr_frame_object_for(f);
    if (fo == NULL)
        return -1;
    KrFrameObject *o = (KrFrameObject *)fo;
    KrObject *cb = what == KR_TRACE_CALL ? trace_func : o->trace;
    if (cb == NULL) {
        kr_decref(fo);
        return 0;
    }
    kr_incref(cb);
    KrObject *saved = kr_err_fetch();
    /* As CPython 3.11: once frame.f_locals has been read, the tracer call
     * refreshes it first and writes it back into the local slots after,
     * so a tracer can assign a local (locals() alone does not count) */
    if (o->locals_read) {
        KrObject *d = kr_frame_get_locals(f);
        if (d == NULL)
            kr_err_clear();
        kr_xdecref(d);
    }
    KrObject *args[3] = { fo, kr_str_intern_cstr(trace_event_names[what]), arg ? arg : kr_None };
    int old_what = trace_what, old_prof = profile_busy;
    trace_busy = 1;
    trace_what = what;
    profile_busy = 1;
    KrObject *r = kr_call(cb, args, 3, NULL);
    trace_busy = 0;
    trace_what = old_what;
    profile_busy = old_prof;
    kr_decref(cb);
    if (o->locals_read) {
        o->locals_read = 0;
        kr_frame_locals_to_fast(f);
    }
    if (r == NULL) {
        kr_xdecref(saved);
        KrObject *err = kr_err_fetch();
        kr_eval_settrace(NULL);
        kr_frame_set_trace(o, NULL);
        kr_err_restore(err);
        kr_decref(fo);
        return -1;
    }
    if (r != kr_None)
        kr_frame_set_trace(o, r);
    kr_decref(r);
    kr_err_restore(saved);
    kr_decref(fo);
    return 0;
}

static inline int trace_ready(void)
{
    return trace_func != NULL && !trace_busy && !profile_busy;
}

/* The tracing path's work before the instruction at f->instr runs; sp is
 * the value stack top (for the value RETURN_VALUE / YIELD_VALUE pass). */
__attribute__((noinline, cold)) static int trace_instr(KrFrame *f, int opcode, int oparg, KrObject **sp)
{
    int lasti = kr_frame_lasti(f);
    KrFrameObject *fo;
    if (opcode == KR_OP_RESUME) {
        if (trace_call(f, KR_TRACE_CALL, NULL) < 0)
            return -1;
        fo = f->frameobj;
        if (fo != NULL && fo->trace != NULL)
            fo->trace_prev = oparg == 0 ? -1 : lasti;
        return 0;
    }
    fo = f->frameobj;
    if (fo == NULL || fo->trace == NULL)
        return 0;
    /* fo stays alive: a frame whose f_trace was set holds it (pinned) */
    int prev = fo->trace_prev;
    fo->trace_prev = lasti;
    int line = kr_code_addr2line(f->code, lasti);
    if (line >= 0 && fo->trace_lines) {
        int lastline = prev < 0 ? -1 : kr_code_addr2line(f->code, prev);
        if ((line != lastline || (lasti < prev && opcode != KR_OP_SEND)) &&
            trace_call(f, KR_TRACE_LINE, NULL) < 0)
            return -1;
    }
    if (fo->trace_opcodes && trace_call(f, KR_TRACE_OPCODE, NULL) < 0)
        return -1;
    if ((opcode == KR_OP_RETURN_VALUE || opcode == KR_OP_YIELD_VALUE) &&
        trace_call(f, KR_TRACE_RETURN, sp[-1]) < 0)
        return -1;
    return 0;
}

/* 'exception' with (type, value, traceback) of the pending exception; a
 * tracer's own error replaces it. */
__attribute__((noinline, cold)) static void trace_exception(KrFrame *f)
{
    if (!trace_ready() || f->frameobj == NULL || f->frameobj->trace == NULL)
        return;
    KrObject *exc = kr_err_occurred();
    if (exc == NULL)
        return;
    KrObject *tb = kr_exc_get_traceback(exc);
    KrObject *arg = kr_tuple_pack(3, (KrObject *)KR_TYPE(exc), exc, tb ? tb : kr_None);
    if (arg == NULL)
        return;
    trace_call(f, KR_TRACE_EXCEPTION, arg);
    kr_decref(arg);
}

/* 'return' (arg None) as an exception leaves f; a tracer's own error
 * replaces the exception. */
__attribute__((noinline, cold)) static void trace_unwind_return(KrFrame *f)
{
    if (trace_ready() && f->frameobj != NULL && f->frameobj->trace != NULL)
        trace_call(f, KR_TRACE_RETURN, NULL);
}

/* ---------------------------------------------------------------------- */
/* Specialisation (PEP 659 style, without rewriting opcodes)              */
/* ---------------------------------------------------------------------- */

/* The instructions that specialise keep their opcode; their first inline
 * cache unit says which specialised form is installed (low byte, a
 * SPEC_* kind, 0 = none) and holds a counter (high byte).  Unspecialised,
 * the counter counts executions down to the next specialisation attempt
 * (backoff after a failure); specialised, it counts guard misses down to
 * deoptimisation.  The rest of the cache holds the guard data: type
 * version tags (kr_type_lookup's cache keys, unique per type and reset by
 * kr_type_modified on any change to the type or its bases), dict versions
 * (kr_dict_version: a global counter, so a version identifies one dict in
 * one state) and borrowed pointers that stay valid while the guard holds
 * (the type's or dict's own reference keeps them alive).  Every guard is
 * complete in itself, so a cache copied with its code object (code
 * .replace) or reached from another frame is still safe.
 *
 * Keeping the opcodes means dis, co_code's opcodes and the stack-effect
 * tables never see specialised forms; the price is one switch on the kind
 * at the top of these instructions.  Caches are read and written with
 * memcpy because 16-bit code units give no alignment. */
enum {
    SPEC_NONE = 0,
    /* LOAD_ATTR */
    LA_INSTANCE_DICT,   /* name in the instance dict; the type has nothing */
    LA_INSTANCE_VALUE,  /* inline values: [3] dict slot offset, [4] shared-key index */
    LA_SLOT,            /* __slots__ member (T_OBJECT_EX) at a fixed offset */
    LA_MODULE,          /* module dict */
    LA_CLASS,           /* class attribute read on the class itself */
    LA_CLASSATTR,       /* plain class attribute read through an instance */
    /* LOAD_METHOD */
    LM_METHOD,          /* method descriptor on the type, not shadowed */
    LM_MODULE,          /* module attribute (module.func()) */
    /* STORE_ATTR */
    SA_INSTANCE_DICT,
    SA_INSTANCE_VALUE,  /* inline values: [3] = index << 11 | dict slot offset */
    SA_SLOT,
    /* LOAD_GLOBAL */
    LG_GLOBAL,
    LG_BUILTIN,
};

#define SPEC_BACKOFF 53      /* executions before retrying a failed site */
#define SPEC_MISSES 20       /* guard misses before deoptimising */

static inline uint32_t rd32(const KrCodeUnit *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}
static inline void wr32(KrCodeUnit *p, uint32_t v) { memcpy(p, &v, sizeof v); }
static inline uint64_t rd64(const KrCodeUnit *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}
static inline void wr64(KrCodeUnit *p, uint64_t v) { memcpy(p, &v, sizeof v); }
static inline KrObject *rdptr(const KrCodeUnit *p)
{
    KrObject *v;
    memcpy(&v, p, sizeof v);
    return v;
}
static inline void wrptr(KrCodeUnit *p, KrObject *v) { memcpy(p, &v, sizeof v); }

#define SPEC_KIND(c) ((c)[0] & 0xff)

static inline void spec_set(KrCodeUnit *c, int kind)
{
    c[0] = (KrCodeUnit)(kind | (SPEC_MISSES << 8));
}

static inline void spec_fail(KrCodeUnit *c)
{
    c[0] = (KrCodeUnit)(SPEC_BACKOFF << 8);
}

/* Unspecialised: 1 when it is time to try. */
static inline int spec_due(KrCodeUnit *c)
{
    unsigned n = c[0] >> 8;
    if (n == 0)
        return 1;
    c[0] = (KrCodeUnit)((n - 1) << 8);
    return 0;
}

/* A guard failed: count it, and deoptimise after too many. */
static inline void spec_miss(KrCodeUnit *c)
{
    unsigned n = c[0] >> 8;
    if (n <= 1)
        spec_fail(c);
    else
        c[0] = (KrCodeUnit)(((n - 1) << 8) | (c[0] & 0xff));
}

/* Dict lookup of a name from co_names (an exact, interned str whose hash
 * is normally cached already). */
static inline KrObject *name_lookup(KrObject *d, KrObject *name)
{
    Kr_hash_t h = ((KrStr *)name)->hash;
    return h != -1 ? kr_dict_get_item_hash(d, name, h) : kr_dict_get_item(d, name);
}

/* A version tag for t now (kr_type_lookup assigns one), or 0. */
static uint32_t type_version(KrType *t, KrObject *name)
{
    (void)kr_type_lookup(t, name);
    return KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_VALID_VERSION) ? t->version_tag : 0;
}

/* Offset of the T_OBJECT_EX member `descr` (found on t for name) or -1. */
static Kr_ssize_t slot_offset(KrType *t, KrObject *name, KrObject *descr, int for_store)
{
    if (KR_TYPE(descr) != &kr_member_descr_type || t->mro == NULL)
        return -1;
    const char *cname = kr_str_utf8(name, NULL);
    if (cname == NULL) {
        kr_err_clear();
        return -1;
    }
    for (Kr_ssize_t i = 0; i < KR_SIZE(t->mro); i++) {
        KrType *b = (KrType *)KR_TUPLE_GET(t->mro, i);
        if (b->dict == NULL || kr_dict_get_item(b->dict, name) != descr)
            continue;
        for (const KrMemberDef *m = b->members; m != NULL && m->name != NULL; m++) {
            if (strcmp(m->name, cname) != 0)
                continue;
            if (m->kind != KR_T_OBJECT_EX || (for_store && (m->flags & KR_READONLY)) ||
                m->offset <= 0 || m->offset >= 0xffff)
                return -1;
            return m->offset;
        }
        return -1;
    }
    return -1;
}

/* LOAD_ATTR cache: [0] kind|counter [1-2] type version [3] offset
 * [4-7] value (borrowed). */
static void specialize_load_attr(KrCodeUnit *c, KrObject *owner, KrObject *name)
{
    KrType *t = KR_TYPE(owner);
    if (!KR_STR_CHECK_EXACT(name))
        goto fail;
    if (t == &kr_module_type) {
        if (kr_type_lookup(t, name) != NULL)
            goto fail;
        spec_set(c, LA_MODULE);
        return;
    }
    if (t == &kr_type_type) {
        /* data descriptors of the metatype (__name__, __dict__, ...) win */
        if (kr_type_lookup(t, name) != NULL)
            goto fail;
        KrType *cls = (KrType *)owner;
        uint32_t v = type_version(cls, name);
        KrObject *d = kr_type_lookup(cls, name);
        if (v == 0 || d == NULL || KR_TYPE(d)->descr_get != NULL)
            goto fail;
        spec_set(c, LA_CLASS);
        wr32(c + 1, v);
        wrptr(c + 4, d);
        return;
    }
    if (t->getattro != kr_object_generic_getattr)
        goto fail;
    uint32_t v = type_version(t, name);
    if (v == 0)
        goto fail;
    KrObject *descr = kr_type_lookup(t, name);
    /* Inline values: an index proved now stays right (keys only grow);
     * "not an instance attribute" is guarded by the version tag, which
     * every new shared key bumps. */
    Kr_ssize_t ix = KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_INLINE_VALUES) ? kr_shared_keys_index(t, name) : -1;
    if (descr == NULL) {
        if (t->dictoffset <= 0 || t->dictoffset >= 0xffff)
            goto fail;
        if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_INLINE_VALUES)) {
            if (ix < 0)
                goto fail;
            spec_set(c, LA_INSTANCE_VALUE);
            wr32(c + 1, v);
            c[3] = (KrCodeUnit)t->dictoffset;
            c[4] = (KrCodeUnit)ix;
            return;
        }
        spec_set(c, LA_INSTANCE_DICT);
        wr32(c + 1, v);
        c[3] = (KrCodeUnit)t->dictoffset;
        return;
    }
    if (ix >= 0)
        goto fail;
    Kr_ssize_t off = slot_offset(t, name, descr, 0);
    if (off > 0) {
        spec_set(c, LA_SLOT);
        wr32(c + 1, v);
        c[3] = (KrCodeUnit)off;
        return;
    }
    if (KR_TYPE(descr)->descr_get == NULL && t->dictoffset >= 0 && t->dictoffset < 0xffff) {
        spec_set(c, LA_CLASSATTR);
        wr32(c + 1, v);
        c[3] = (KrCodeUnit)t->dictoffset;
        wrptr(c + 4, descr);
        return;
    }
fail:
    spec_fail(c);
}

/* LOAD_METHOD cache: [0] kind|counter [1-2] type version [3] dict offset
 * (0: no instance dict) [4-7] method (borrowed). */
static void specialize_load_method(KrCodeUnit *c, KrObject *owner, KrObject *name)
{
    KrType *t = KR_TYPE(owner);
    if (!KR_STR_CHECK_EXACT(name))
        goto fail;
    if (t == &kr_module_type) {
        if (kr_type_lookup(t, name) != NULL)
            goto fail;
        spec_set(c, LM_MODULE);
        return;
    }
    if (t->getattro != kr_object_generic_getattr)
        goto fail;
    uint32_t v = type_version(t, name);
    KrObject *descr = kr_type_lookup(t, name);
    if (v == 0 || descr == NULL || !KR_TYPE_HAS_FLAG(KR_TYPE(descr), KR_TPFLAGS_METHOD_DESCRIPTOR) ||
        t->dictoffset < 0 || t->dictoffset >= 0xffff)
        goto fail;
    /* an inline attribute of that name would shadow it (see LOAD_ATTR) */
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_INLINE_VALUES) && kr_shared_keys_index(t, name) >= 0)
        goto fail;
    spec_set(c, LM_METHOD);
    wr32(c + 1, v);
    c[3] = (KrCodeUnit)t->dictoffset;
    wrptr(c + 4, descr);
    return;
fail:
    spec_fail(c);
}

/* STORE_ATTR cache: [0] kind|counter [1-2] type version [3] offset. */
static void specialize_store_attr(KrCodeUnit *c, KrObject *owner, KrObject *name)
{
    KrType *t = KR_TYPE(owner);
    if (!KR_STR_CHECK_EXACT(name) || t->setattro != kr_object_generic_setattr)
        goto fail;
    Kr_ssize_t ix = -1;
    if (KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_INLINE_VALUES) && kr_type_lookup(t, name) == NULL) {
        /* claim the shared key now (this may bump the version) */
        ix = kr_shared_keys_insert(t, name);
        if (ix < 0) {
            kr_err_clear();
            goto fail;
        }
    }
    uint32_t v = type_version(t, name);
    if (v == 0)
        goto fail;
    KrObject *descr = kr_type_lookup(t, name);
    if (descr == NULL && KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_INLINE_VALUES)) {
        if (ix < 0 || t->dictoffset <= 0 || t->dictoffset > 0x7ff)
            goto fail;
        spec_set(c, SA_INSTANCE_VALUE);
        wr32(c + 1, v);
        c[3] = (KrCodeUnit)((ix << 11) | t->dictoffset);
        return;
    }
    if (descr == NULL) {
        if (t->dictoffset <= 0 || t->dictoffset >= 0xffff)
            goto fail;
        spec_set(c, SA_INSTANCE_DICT);
        wr32(c + 1, v);
        c[3] = (KrCodeUnit)t->dictoffset;
        return;
    }
    Kr_ssize_t off = slot_offset(t, name, descr, 1);
    if (off > 0) {
        spec_set(c, SA_SLOT);
        wr32(c + 1, v);
        c[3] = (KrCodeUnit)off;
        return;
    }
fail:
    spec_fail(c);
}

/* LOAD_GLOBAL cache: [0] kind|counter [1-4] globals version [5-8]
 * builtins version [9-12] value (borrowed). */
static void specialize_load_global(KrCodeUnit *c, KrObject *globals, KrObject *builtins,
                                   KrObject *name)
{
    if (!KR_DICT_CHECK_EXACT(globals) || !KR_DICT_CHECK_EXACT(builtins))
        goto fail;
    uint64_t gv = kr_dict_version(globals), bv = kr_dict_version(builtins);
    if (gv == 0)
        goto fail;
    KrObject *v = kr_dict_get_item(globals, name);
    if (v != NULL) {
        spec_set(c, LG_GLOBAL);
        wr64(c + 1, gv);
        wrptr(c + 9, v);
        return;
    }
    if (kr_err_occurred()) {
        kr_err_clear();
        goto fail;
    }
    v = kr_dict_get_item(builtins, name);
    if (v == NULL || bv == 0) {
        kr_err_clear();
        goto fail;
    }
    spec_set(c, LG_BUILTIN);
    wr64(c + 1, gv);
    wr64(c + 5, bv);
    wrptr(c + 9, v);
    return;
fail:
    spec_fail(c);
}

/* ---------------------------------------------------------------------- */
/* The loop                                                               */
/* ---------------------------------------------------------------------- */

/* Debug builds can print every instruction executed (KRAIT_TRACE_OPS=1
 * in the environment); release builds have no trace branch at all. */
#if KR_DEBUG
static int trace_ops = -1;
static void trace_op(KrFrame *f, int opcode, int oparg)
{
    const char *name = kr_str_utf8(f->code->name, NULL);
    fprintf(stderr, "[%s:%d] %4d %s %d\n", name ? name : "?", kr_frame_lineno(f),
            kr_frame_lasti(f), opcode < KR_OP_COUNT ? kr_opcode_names[opcode] : "?", oparg);
}
#define TRACE_OP()                                                             \
    do {                                                                       \
        if (KR_UNLIKELY(trace_ops > 0))                                        \
            trace_op(frame, opcode, oparg);                                    \
    } while (0)
#else
#define TRACE_OP() ((void)0)
#endif

#if KR_COMPUTED_GOTO
#define TARGET(op) TARGET_##op:
#define DISPATCH()                                                             \
    do {                                                                       \
        frame->instr = next_instr;                                             \
        word = *next_instr++;                                                  \
        opcode = KR_UNIT_OP(word);                                             \
        oparg = KR_UNIT_ARG(word);                                             \
        TRACE_OP();                                                            \
        goto *dispatch_cur[opcode];                                            \
    } while (0)
#define DISPATCH_SAME_OPARG() goto *dispatch_table[opcode]
#else
#define TARGET(op) case KR_OP_##op:
#define DISPATCH() goto dispatch
#define DISPATCH_SAME_OPARG() goto dispatch_opcode
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define STACK_BASE() (localsplus + co->nlocalsplus)
#define JUMPBY(n) (next_instr += (n))
#define SKIP_CACHE(name) (next_instr += CACHE_##name)
#define LOAD_FRAME()                                                           \
    do {                                                                       \
        co = frame->code;                                                      \
        localsplus = frame->localsplus;                                        \
        first_instr = co->code;                                                \
        names = co->names;                                                     \
        consts = co->consts;                                                   \
    } while (0)
#define GETNAME(i) KR_TUPLE_GET(names, (i))
/* Switches the loop to nf, a frame just pushed for a call made here: the
 * caller keeps its stack depth and resume point, the callee starts at its
 * first instruction. */
#define ENTER_FRAME(nf_)                                                       \
    do {                                                                       \
        frame->stacktop = (int)(sp - STACK_BASE());                            \
        frame->next_instr = next_instr;                                        \
        (nf_)->previous = frame;                                               \
        (nf_)->state = KR_FRAME_EXECUTING;                                     \
        frame = (nf_);                                                         \
        ts->frame = frame;                                                     \
        LOAD_FRAME();                                                          \
        sp = STACK_BASE();                                                     \
        next_instr = first_instr;                                              \
    } while (0)
/* sys.setprofile's "call" event for a frame ENTER_FRAME just entered. */
#define PROFILE_CALL_EVENT()                                                   \
    do {                                                                       \
        if (KR_UNLIKELY(profile_func != NULL)) {                               \
            frame->instr = first_instr;                                        \
            if (prof_event(frame, "call", NULL) < 0)                           \
                goto error;                                                    \
        }                                                                      \
    } while (0)
#define CHECK_BREAKER()                                                        \
    do {                                                                       \
        if (KR_UNLIKELY(ts->eval_breaker) && kr_check_signals() < 0)           \
            goto error;                                                        \
    } while (0)

static KrObject *eval(KrThreadState *ts, KrFrame *frame, int throwflag)
{
#if KR_COMPUTED_GOTO
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static const void *const dispatch_table[256] = {
        [0 ... 255] = &&unknown_opcode,
#define OP(name, argkind, cache, effect, jeffect) [KR_OP_##name] = &&TARGET_##name,
        KR_OPCODES(OP)
#undef OP
    };
    static const void *const trace_table[256] = {
        [0 ... 255] = &&trace_dispatch,
    };
#pragma GCC diagnostic pop
#endif
    KrCode *co;
    KrObject **localsplus;
    const KrCodeUnit *first_instr;
    const KrCodeUnit *next_instr;
    KrObject *names, *consts;
    KrObject **sp;
    KrCodeUnit word;
    int opcode, oparg;
    KrObject *kwnames = NULL;        /* borrowed, set by KW_NAMES */
    int unwind_offset = -1;          /* RERAISE: search from here, not instr */

#if KR_DEBUG
    if (KR_UNLIKELY(trace_ops < 0)) {
        const char *e = getenv("KRAIT_TRACE_OPS");
        trace_ops = e != NULL && *e != '\0' && *e != '0';
    }
#endif
    LOAD_FRAME();
    sp = STACK_BASE() + frame->stacktop;
    frame->stacktop = 0;
    next_instr = frame->next_instr;
    if (frame->instr == NULL)
        frame->instr = first_instr;
    if (KR_UNLIKELY(profile_func != NULL) && prof_event(frame, "call", NULL) < 0)
        goto error;
    if (throwflag)
        goto enter_special;

#if KR_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    frame->instr = next_instr;
    word = *next_instr++;
    opcode = KR_UNIT_OP(word);
    oparg = KR_UNIT_ARG(word);
    TRACE_OP();
    if (KR_UNLIKELY(trace_threads > 0))
        goto trace_dispatch;
dispatch_opcode:
    switch (opcode) {
#endif

    TARGET(CACHE)
    TARGET(NOP) {
        DISPATCH();
    }

    TARGET(RESUME) {
        co->ncalls += oparg == 0;
        CHECK_BREAKER();
        DISPATCH();
    }

    TARGET(EXTENDED_ARG) {
        word = *next_instr;
        frame->instr = next_instr++;
        opcode = KR_UNIT_OP(word);
        oparg = (oparg << 8) | KR_UNIT_ARG(word);
        DISPATCH_SAME_OPARG();
    }

    TARGET(POP_TOP) {
        KrObject *v = POP();
        kr_decref(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        KrObject *v = PEEK(oparg);
        PUSH(kr_newref(v));
        DISPATCH();
    }

    TARGET(SWAP) {
        KrObject *t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }

    /* ---- variables ---- */

    TARGET(LOAD_CONST) {
        PUSH(kr_newref(KR_TUPLE_GET(consts, oparg)));
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        KrObject *v = localsplus[oparg];
        if (KR_UNLIKELY(v == NULL)) {
            unbound_local(kr_code_localsplus_name(co, oparg));
            goto error;
        }
        PUSH(kr_newref(v));
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        KrObject *v = POP();
        KR_SETREF(localsplus[oparg], v);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        KrObject *v = localsplus[oparg];
        if (v == NULL) {
            unbound_local(kr_code_localsplus_name(co, oparg));
            goto error;
        }
        localsplus[oparg] = NULL;
        kr_decref(v);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        KrObject *name = GETNAME(oparg);
        KrObject *v = NULL;
        if (frame->locals == NULL) {
            kr_err_format(&kr_exc_SystemError, "no locals when loading %R", name);
            goto error;
        }
        int r = mapping_lookup(frame->locals, name, &v);
        if (r == 0)
            r = mapping_lookup(frame->globals, name, &v);
        if (r == 0)
            r = mapping_lookup(frame->builtins, name, &v);
        if (r < 0)
            goto error;
        if (r == 0) {
            name_error(name);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        KrObject *name = GETNAME(oparg);
        KrObject *v = POP();
        if (frame->locals == NULL) {
            kr_err_format(&kr_exc_SystemError, "no locals found when storing %R", name);
            kr_decref(v);
            goto error;
        }
        int err = KR_DICT_CHECK_EXACT(frame->locals)
                      ? kr_dict_set_item(frame->locals, name, v)
                      : kr_object_setitem(frame->locals, name, v);
        kr_decref(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        KrObject *name = GETNAME(oparg);
        if (frame->locals == NULL) {
            kr_err_format(&kr_exc_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (kr_object_delitem(frame->locals, name) < 0) {
            if (kr_err_matches_type(&kr_exc_KeyError)) {
                kr_err_clear();
                name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        KrCodeUnit *cache = (KrCodeUnit *)next_instr;
        SKIP_CACHE(LOAD_GLOBAL);
        KrObject *name = GETNAME(oparg >> 1);
        KrObject *v;
        switch (SPEC_KIND(cache)) {
        case SPEC_NONE:
            if (spec_due(cache))
                specialize_load_global(cache, frame->globals, frame->builtins, name);
            break;
        case LG_GLOBAL:
            if (KR_LIKELY(KR_DICT_CHECK_EXACT(frame->globals) &&
                          kr_dict_version(frame->globals) == rd64(cache + 1)))
                goto load_global_hit;
            spec_miss(cache);
            break;
        case LG_BUILTIN:
            if (KR_LIKELY(KR_DICT_CHECK_EXACT(frame->globals) &&
                          kr_dict_version(frame->globals) == rd64(cache + 1) &&
                          KR_DICT_CHECK_EXACT(frame->builtins) &&
                          kr_dict_version(frame->builtins) == rd64(cache + 5)))
                goto load_global_hit;
            spec_miss(cache);
            break;
        default:
            break;
        load_global_hit:
            v = kr_newref(rdptr(cache + 9));
            if (oparg & 1)
                PUSH(NULL);
            PUSH(v);
            DISPATCH();
        }
        if (KR_UNLIKELY(!KR_DICT_CHECK_EXACT(frame->globals))) {
            /* exec() with a dict subclass: honour its __getitem__ */
            int r = mapping_lookup(frame->globals, name, &v);
            if (r == 0)
                r = mapping_lookup(frame->builtins, name, &v);
            if (r < 0)
                goto error;
            if (r == 0) {
                name_error(name);
                goto error;
            }
            if (oparg & 1)
                PUSH(NULL);
            PUSH(v);
            DISPATCH();
        }
        v = kr_dict_get_item(frame->globals, name);
        if (v == NULL) {
            if (kr_err_occurred())
                goto error;
            if (KR_DICT_CHECK_EXACT(frame->builtins)) {
                v = kr_dict_get_item(frame->builtins, name);
                if (v == NULL) {
                    if (!kr_err_occurred())
                        name_error(name);
                    goto error;
                }
                kr_incref(v);
            } else {
                v = kr_object_getitem(frame->builtins, name);
                if (v == NULL) {
                    if (kr_err_matches_type(&kr_exc_KeyError)) {
                        kr_err_clear();
                        name_error(name);
                    }
                    goto error;
                }
            }
        } else {
            kr_incref(v);
        }
        if (oparg & 1)
            PUSH(NULL);
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        KrObject *v = POP();
        int err = kr_dict_set_item(frame->globals, GETNAME(oparg), v);
        kr_decref(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        KrObject *name = GETNAME(oparg);
        if (kr_dict_del_item(frame->globals, name) < 0) {
            if (kr_err_matches_type(&kr_exc_KeyError)) {
                kr_err_clear();
                name_error(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        KrObject *initial = localsplus[oparg];
        KrObject *cell = kr_cell_new(initial);
        if (cell == NULL)
            goto error;
        localsplus[oparg] = cell;
        kr_xdecref(initial);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        KrObject *closure = frame->func ? ((KrFunction *)frame->func)->closure : NULL;
        int offset = co->nlocalsplus - oparg;
        for (int i = 0; i < oparg; i++) {
            KrObject *c = closure && i < KR_SIZE(closure) ? KR_TUPLE_GET(closure, i) : NULL;
            KR_SETREF(localsplus[offset + i], kr_xnewref(c));
        }
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        KrObject *c = localsplus[oparg];
        if (c == NULL) {
            unbound_deref(co, oparg);
            goto error;
        }
        PUSH(kr_newref(c));
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        KrObject *c = localsplus[oparg];
        KrObject *v = c ? ((KrCell *)c)->ref : NULL;
        if (v == NULL) {
            unbound_deref(co, oparg);
            goto error;
        }
        PUSH(kr_newref(v));
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        KrObject *name = kr_code_localsplus_name(co, oparg);
        KrObject *v = NULL;
        if (frame->locals) {
            int r = mapping_lookup(frame->locals, name, &v);
            if (r < 0)
                goto error;
        }
        if (v == NULL) {
            KrObject *c = localsplus[oparg];
            v = c ? ((KrCell *)c)->ref : NULL;
            if (v == NULL) {
                unbound_deref(co, oparg);
                goto error;
            }
            kr_incref(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        KrObject *v = POP();
        KrCell *c = (KrCell *)localsplus[oparg];
        KR_SETREF(c->ref, v);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        KrCell *c = (KrCell *)localsplus[oparg];
        if (c->ref == NULL) {
            unbound_deref(co, oparg);
            goto error;
        }
        KR_CLEAR(c->ref);
        DISPATCH();
    }

    /* ---- attributes and items ---- */

    TARGET(LOAD_ATTR) {
        KrCodeUnit *cache = (KrCodeUnit *)next_instr;
        SKIP_CACHE(LOAD_ATTR);
        KrObject *owner = TOP();
        KrObject *v;
        switch (SPEC_KIND(cache)) {
        case SPEC_NONE:
            if (spec_due(cache))
                specialize_load_attr(cache, owner, GETNAME(oparg));
            break;
        case LA_INSTANCE_DICT:
            if (KR_LIKELY(KR_TYPE(owner)->version_tag == rd32(cache + 1))) {
                KrObject *d = *(KrObject **)((char *)owner + cache[3]);
                /* cache[4]: entry-index hint, shared by the class's instances */
                if (d != NULL && (v = kr_dict_get_item_hint(d, GETNAME(oparg), &cache[4])) != NULL)
                    goto load_attr_hit;
                break;           /* absent: the generic path raises */
            }
            spec_miss(cache);
            break;
        case LA_INSTANCE_VALUE:
            if (KR_LIKELY(KR_TYPE(owner)->version_tag == rd32(cache + 1))) {
                KrObject *w = *(KrObject **)((char *)owner + cache[3]);
                if (KR_LIKELY(KR_INST_TAGGED(w))) {
                    KrInstValues *iv = KR_INST_VALUES(w);
                    if (cache[4] < iv->cap && (v = iv->values[cache[4]]) != NULL)
                        goto load_attr_hit;
                } else if (w != NULL && (v = name_lookup(w, GETNAME(oparg))) != NULL) {
                    goto load_attr_hit;   /* a materialised __dict__ */
                }
                break;           /* absent: the generic path raises */
            }
            spec_miss(cache);
            break;
        case LA_SLOT:
            if (KR_LIKELY(KR_TYPE(owner)->version_tag == rd32(cache + 1))) {
                v = *(KrObject **)((char *)owner + cache[3]);
                if (v != NULL)
                    goto load_attr_hit;
                break;
            }
            spec_miss(cache);
            break;
        case LA_MODULE:
            if (KR_LIKELY(KR_TYPE(owner) == &kr_module_type)) {
                v = name_lookup(kr_module_dict(owner), GETNAME(oparg));
                if (v != NULL)
                    goto load_attr_hit;
                break;
            }
            spec_miss(cache);
            break;
        case LA_CLASS:
            if (KR_LIKELY(KR_TYPE(owner) == &kr_type_type &&
                          ((KrType *)owner)->version_tag == rd32(cache + 1))) {
                v = rdptr(cache + 4);
                goto load_attr_hit;
            }
            spec_miss(cache);
            break;
        case LA_CLASSATTR:
            if (KR_LIKELY(KR_TYPE(owner)->version_tag == rd32(cache + 1))) {
                KrObject *d = cache[3] ? *(KrObject **)((char *)owner + cache[3]) : NULL;
                /* inline values cannot hold the name (version guard) */
                if (d != NULL && !KR_INST_TAGGED(d) && (v = name_lookup(d, GETNAME(oparg))) != NULL)
                    goto load_attr_hit;
                if (kr_err_occurred())
                    goto error;
                v = rdptr(cache + 4);
                goto load_attr_hit;
            }
            spec_miss(cache);
            break;
        default:
            break;
        load_attr_hit:
            SET_TOP(kr_newref(v));
            kr_decref(owner);
            DISPATCH();
        }
        if (kr_err_occurred())
            goto error;
        v = kr_object_getattr(owner, GETNAME(oparg));
        if (v == NULL)
            goto error;
        SET_TOP(v);
        kr_decref(owner);
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        KrCodeUnit *cache = (KrCodeUnit *)next_instr;
        SKIP_CACHE(LOAD_METHOD);
        KrObject *owner = TOP();
        KrObject *meth = NULL;
        switch (SPEC_KIND(cache)) {
        case SPEC_NONE:
            if (spec_due(cache))
                specialize_load_method(cache, owner, GETNAME(oparg));
            break;
        case LM_METHOD:
            if (KR_LIKELY(KR_TYPE(owner)->version_tag == rd32(cache + 1))) {
                if (cache[3] != 0) {
                    /* an instance attribute of that name would win */
                    KrObject *d = *(KrObject **)((char *)owner + cache[3]);
                    if (d != NULL && !KR_INST_TAGGED(d)) {
                        if (name_lookup(d, GETNAME(oparg)) != NULL)
                            break;
                        if (kr_err_occurred())
                            goto error;
                    }
                }
                SET_TOP(kr_newref(rdptr(cache + 4)));
                PUSH(owner);
                DISPATCH();
            }
            spec_miss(cache);
            break;
        case LM_MODULE:
            if (KR_LIKELY(KR_TYPE(owner) == &kr_module_type)) {
                KrObject *v = name_lookup(kr_module_dict(owner), GETNAME(oparg));
                if (v != NULL) {
                    SET_TOP(NULL);
                    kr_decref(owner);
                    PUSH(kr_newref(v));
                    DISPATCH();
                }
                if (kr_err_occurred())
                    goto error;
                break;
            }
            spec_miss(cache);
            break;
        default:
            break;
        }
        int r = kr_object_get_method(owner, GETNAME(oparg), &meth);
        if (r < 0)
            goto error;
        if (r == 1) {
            SET_TOP(meth);
            PUSH(owner);
        } else {
            SET_TOP(NULL);
            kr_decref(owner);
            PUSH(meth);
        }
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        KrCodeUnit *cache = (KrCodeUnit *)next_instr;
        SKIP_CACHE(STORE_ATTR);
        KrObject *owner = TOP();
        KrObject *v = SECOND();
        int err;
        switch (SPEC_KIND(cache)) {
        case SPEC_NONE:
            if (spec_due(cache))
                specialize_store_attr(cache, owner, GETNAME(oparg));
            break;
        case SA_INSTANCE_DICT:
            if (KR_LIKELY(KR_TYPE(owner)->version_tag == rd32(cache + 1))) {
                KrObject **dp = (KrObject **)((char *)owner + cache[3]);
                if (*dp == NULL && (*dp = kr_instance_dict_new()) == NULL) {
                    err = -1;
                    goto store_attr_done;
                }
                err = kr_dict_set_item(*dp, GETNAME(oparg), v);
                goto store_attr_done;
            }
            spec_miss(cache);
            break;
        case SA_INSTANCE_VALUE:
            if (KR_LIKELY(KR_TYPE(owner)->version_tag == rd32(cache + 1))) {
                KrObject **dp = (KrObject **)((char *)owner + (cache[3] & 0x7ff));
                KrObject *w = *dp;
                unsigned ix = cache[3] >> 11;
                if (KR_LIKELY(KR_INST_TAGGED(w)) && ix < KR_INST_VALUES(w)->cap) {
                    KrInstValues *iv = KR_INST_VALUES(w);
                    KrObject *old = iv->values[ix];
                    iv->values[ix] = v;     /* the stack's reference moves in */
                    if (old == NULL)
                        kr_inst_order_append(iv, ix);
                    sp -= 2;
                    kr_decref(owner);
                    kr_xdecref(old);
                    DISPATCH();
                }
                /* first attribute, a short block, or a materialised dict */
                err = kr_inst_set(owner, dp, GETNAME(oparg), v);
                goto store_attr_done;
            }
            spec_miss(cache);
            break;
        case SA_SLOT:
            if (KR_LIKELY(KR_TYPE(owner)->version_tag == rd32(cache + 1))) {
                KrObject **p = (KrObject **)((char *)owner + cache[3]);
                KrObject *old = *p;
                *p = v;             /* the stack's reference moves in */
                sp -= 2;
                kr_decref(owner);
                kr_xdecref(old);
                DISPATCH();
            }
            spec_miss(cache);
            break;
        default:
            break;
        }
        err = kr_object_setattr(owner, GETNAME(oparg), v);
    store_attr_done:
        sp -= 2;
        kr_decref(owner);
        kr_decref(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        KrObject *owner = POP();
        int err = kr_object_delattr(owner, GETNAME(oparg));
        kr_decref(owner);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        SKIP_CACHE(BINARY_SUBSCR);
        KrObject *key = POP();
        KrObject *container = TOP();
        KrObject *v;
        if (KR_LIST_CHECK_EXACT(container) && KR_INT_CHECK_EXACT(key) && kr_int_is_small(key)) {
            int64_t i = kr_int_small_value(key);
            Kr_ssize_t n = KR_SIZE(container);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n) {
                v = kr_newref(KR_LIST_GET(container, i));
                goto subscr_done;
            }
        } else if (KR_TUPLE_CHECK_EXACT(container) && KR_INT_CHECK_EXACT(key) &&
                   kr_int_is_small(key)) {
            int64_t i = kr_int_small_value(key);
            Kr_ssize_t n = KR_SIZE(container);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n) {
                v = kr_newref(KR_TUPLE_GET(container, i));
                goto subscr_done;
            }
        } else if (KR_DICT_CHECK_EXACT(container)) {
            v = kr_dict_get_item(container, key);
            if (v != NULL) {
                kr_incref(v);
                goto subscr_done;
            }
            if (kr_err_occurred()) {
                kr_decref(key);
                goto error;
            }
        }
        v = kr_object_getitem(container, key);
    subscr_done:
        kr_decref(key);
        if (v == NULL)
            goto error;
        SET_TOP(v);
        kr_decref(container);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        SKIP_CACHE(STORE_SUBSCR);
        KrObject *key = TOP(), *container = SECOND(), *v = THIRD();
        int err;
        if (KR_LIST_CHECK_EXACT(container) && KR_INT_CHECK_EXACT(key) && kr_int_is_small(key)) {
            int64_t i = kr_int_small_value(key);
            Kr_ssize_t n = KR_SIZE(container);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n) {
                /* the stack's reference to v moves into the list */
                KrObject *old = KR_LIST_GET(container, i);
                KR_LIST_SET(container, i, v);
                sp -= 3;
                kr_decref(key);
                kr_decref(container);
                kr_decref(old);
                DISPATCH();
            }
        }
        if (KR_DICT_CHECK_EXACT(container))
            err = kr_dict_set_item(container, key, v);
        else
            err = kr_object_setitem(container, key, v);
        sp -= 3;
        kr_decref(key);
        kr_decref(container);
        kr_decref(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        KrObject *key = TOP(), *container = SECOND();
        int err = kr_object_delitem(container, key);
        sp -= 2;
        kr_decref(key);
        kr_decref(container);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        KrObject *step = oparg == 3 ? POP() : NULL;
        KrObject *stop = POP();
        KrObject *start = TOP();
        KrObject *s = kr_slice_new(start, stop, step);
        kr_decref(start);
        kr_decref(stop);
        kr_xdecref(step);
        SET_TOP(s);
        if (s == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    /* ---- operators ---- */

#define UNARY_OP(name, fn)                                                      \
    TARGET(name) {                                                              \
        KrObject *v = TOP();                                                    \
        KrObject *r = fn(v);                                                    \
        if (r == NULL)                                                          \
            goto error;                                                         \
        SET_TOP(r);                                                             \
        kr_decref(v);                                                           \
        DISPATCH();                                                             \
    }
    UNARY_OP(UNARY_POSITIVE, kr_number_positive)
    UNARY_OP(UNARY_NEGATIVE, kr_number_negative)
    UNARY_OP(UNARY_INVERT, kr_number_invert)
#undef UNARY_OP

    TARGET(UNARY_NOT) {
        KrObject *v = TOP();
        int t = kr_object_is_true(v);
        if (t < 0)
            goto error;
        SET_TOP(kr_bool_from(!t));
        kr_decref(v);
        DISPATCH();
    }

/* Results of BINARY_OP on small ints and floats.  An operand that only
 * the stack references (refcnt 1) dies at the end of the instruction, so
 * the result is written into it instead of allocating a new object and
 * freeing the old one (ints and floats are immutable: no one else can see
 * the change).  Ints in the shared -5..256 cache still come from it. */
#define INT_RESULT(val)                                                        \
    do {                                                                       \
        int64_t v_ = (val);                                                    \
        if (v_ < KR_SMALL_INT_MIN || v_ > KR_SMALL_INT_MAX) {                  \
            if (lhs->refcnt == 1) {                                            \
                ((KrInt *)lhs)->small = v_;                                    \
                r = kr_newref(lhs);                                            \
                goto binop_done;                                               \
            }                                                                  \
            if (rhs->refcnt == 1) {                                            \
                ((KrInt *)rhs)->small = v_;                                    \
                r = kr_newref(rhs);                                            \
                goto binop_done;                                               \
            }                                                                  \
        }                                                                      \
        r = kr_int_from_i64(v_);                                               \
        goto binop_done;                                                       \
    } while (0)
#define FLOAT_RESULT(val)                                                      \
    do {                                                                       \
        double d_ = (val);                                                     \
        if (lhs->refcnt == 1 && KR_FLOAT_CHECK_EXACT(lhs)) {                   \
            ((KrFloat *)lhs)->value = d_;                                      \
            r = kr_newref(lhs);                                                \
        } else if (rhs->refcnt == 1 && KR_FLOAT_CHECK_EXACT(rhs)) {            \
            ((KrFloat *)rhs)->value = d_;                                      \
            r = kr_newref(rhs);                                                \
        } else {                                                               \
            r = kr_float_from_double(d_);                                      \
        }                                                                      \
        goto binop_done;                                                       \
    } while (0)

    TARGET(BINARY_OP) {
        SKIP_CACHE(BINARY_OP);
        KrObject *rhs = POP();
        KrObject *lhs = TOP();
        KrObject *r;
        if (KR_INT_CHECK_EXACT(lhs) && KR_INT_CHECK_EXACT(rhs) && kr_int_is_small(lhs) &&
            kr_int_is_small(rhs)) {
            int64_t a = kr_int_small_value(lhs), b = kr_int_small_value(rhs), c;
            switch (oparg) {
            case KR_NB_ADD:
            case KR_NB_INPLACE_ADD:
                if (!__builtin_add_overflow(a, b, &c)) {
                    INT_RESULT(c);
                }
                break;
            case KR_NB_SUBTRACT:
            case KR_NB_INPLACE_SUBTRACT:
                if (!__builtin_sub_overflow(a, b, &c)) {
                    INT_RESULT(c);
                }
                break;
            case KR_NB_MULTIPLY:
            case KR_NB_INPLACE_MULTIPLY:
                if (!__builtin_mul_overflow(a, b, &c)) {
                    INT_RESULT(c);
                }
                break;
            case KR_NB_REMAINDER:
            case KR_NB_INPLACE_REMAINDER:
                if (b != 0 && a != INT64_MIN) {
                    c = a % b;
                    if (c != 0 && ((c < 0) != (b < 0)))
                        c += b;
                    INT_RESULT(c);
                }
                break;
            case KR_NB_FLOOR_DIVIDE:
            case KR_NB_INPLACE_FLOOR_DIVIDE:
                if (b != 0 && a != INT64_MIN) {
                    c = a / b;
                    if ((a % b != 0) && ((a < 0) != (b < 0)))
                        c -= 1;
                    INT_RESULT(c);
                }
                break;
            case KR_NB_AND:
            case KR_NB_INPLACE_AND:
                INT_RESULT(a & b);
            case KR_NB_OR:
            case KR_NB_INPLACE_OR:
                INT_RESULT(a | b);
            case KR_NB_XOR:
            case KR_NB_INPLACE_XOR:
                INT_RESULT(a ^ b);
            case KR_NB_LSHIFT:
            case KR_NB_INPLACE_LSHIFT:
                if (b >= 0 && b < 63) {
                    c = (int64_t)((uint64_t)a << b);
                    if ((c >> b) == a) {
                        INT_RESULT(c);
                    }
                }
                break;
            case KR_NB_RSHIFT:
            case KR_NB_INPLACE_RSHIFT:
                if (b >= 0) {
                    INT_RESULT(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
                }
                break;
            case KR_NB_TRUE_DIVIDE:
            case KR_NB_INPLACE_TRUE_DIVIDE:
                /* both exact as doubles: one correctly rounded division */
                if (b != 0 && a <= (1LL << 53) && a >= -(1LL << 53) && b <= (1LL << 53) &&
                    b >= -(1LL << 53)) {
                    r = kr_float_from_double((double)a / (double)b);
                    goto binop_done;
                }
                break;
            default:
                break;
            }
        } else if (KR_FLOAT_CHECK_EXACT(lhs) || KR_FLOAT_CHECK_EXACT(rhs)) {
            /* float with float or with an int that converts exactly */
            double x, y;
            if (KR_FLOAT_CHECK_EXACT(lhs))
                x = KR_FLOAT_VALUE(lhs);
            else if (KR_INT_CHECK_EXACT(lhs) && kr_int_is_small(lhs) &&
                     kr_int_small_value(lhs) <= (1LL << 53) &&
                     kr_int_small_value(lhs) >= -(1LL << 53))
                x = (double)kr_int_small_value(lhs);
            else
                goto binop_generic;
            if (KR_FLOAT_CHECK_EXACT(rhs))
                y = KR_FLOAT_VALUE(rhs);
            else if (KR_INT_CHECK_EXACT(rhs) && kr_int_is_small(rhs) &&
                     kr_int_small_value(rhs) <= (1LL << 53) &&
                     kr_int_small_value(rhs) >= -(1LL << 53))
                y = (double)kr_int_small_value(rhs);
            else
                goto binop_generic;
            switch (oparg) {
            case KR_NB_ADD:
            case KR_NB_INPLACE_ADD:
                FLOAT_RESULT(x + y);
            case KR_NB_SUBTRACT:
            case KR_NB_INPLACE_SUBTRACT:
                FLOAT_RESULT(x - y);
            case KR_NB_MULTIPLY:
            case KR_NB_INPLACE_MULTIPLY:
                FLOAT_RESULT(x * y);
            case KR_NB_TRUE_DIVIDE:
            case KR_NB_INPLACE_TRUE_DIVIDE:
                if (y != 0.0) {
                    FLOAT_RESULT(x / y);
                }
                break;
            default:
                break;
            }
        } else if ((oparg == KR_NB_ADD || oparg == KR_NB_INPLACE_ADD) &&
                   KR_STR_CHECK_EXACT(lhs) && KR_STR_CHECK_EXACT(rhs)) {
            r = kr_str_concat(lhs, rhs);
            goto binop_done;
        }
    binop_generic:
        r = kr_number_binop(lhs, rhs, oparg);
    binop_done:
        kr_decref(rhs);
        if (r == NULL)
            goto error;
        SET_TOP(r);
        kr_decref(lhs);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        SKIP_CACHE(COMPARE_OP);
        KrObject *rhs = POP();
        KrObject *lhs = TOP();
        KrObject *r;
        if (KR_INT_CHECK_EXACT(lhs) && KR_INT_CHECK_EXACT(rhs) && kr_int_is_small(lhs) &&
            kr_int_is_small(rhs)) {
            int64_t a = kr_int_small_value(lhs), b = kr_int_small_value(rhs);
            int t;
            switch (oparg) {
            case KR_LT: t = a < b; break;
            case KR_LE: t = a <= b; break;
            case KR_EQ: t = a == b; break;
            case KR_NE: t = a != b; break;
            case KR_GT: t = a > b; break;
            default: t = a >= b; break;
            }
            r = kr_bool_from(t);
        } else if (KR_FLOAT_CHECK_EXACT(lhs) && KR_FLOAT_CHECK_EXACT(rhs)) {
            double a = KR_FLOAT_VALUE(lhs), b = KR_FLOAT_VALUE(rhs);
            int t;
            switch (oparg) {
            case KR_LT: t = a < b; break;
            case KR_LE: t = a <= b; break;
            case KR_EQ: t = a == b; break;
            case KR_NE: t = a != b; break;
            case KR_GT: t = a > b; break;
            default: t = a >= b; break;
            }
            r = kr_bool_from(t);
        } else if ((oparg == KR_EQ || oparg == KR_NE) && KR_STR_CHECK_EXACT(lhs) &&
                   KR_STR_CHECK_EXACT(rhs)) {
            r = kr_bool_from(kr_str_eq(lhs, rhs) == (oparg == KR_EQ));
        } else {
            r = kr_object_richcompare(lhs, rhs, oparg);
        }
        kr_decref(rhs);
        if (r == NULL)
            goto error;
        SET_TOP(r);
        kr_decref(lhs);
        DISPATCH();
    }

    TARGET(IS_OP) {
        KrObject *rhs = POP();
        KrObject *lhs = TOP();
        int t = (lhs == rhs) ^ oparg;
        SET_TOP(kr_bool_from(t));
        kr_decref(lhs);
        kr_decref(rhs);
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        KrObject *container = POP();
        KrObject *item = TOP();
        int t = kr_sequence_contains(container, item);
        kr_decref(container);
        if (t < 0)
            goto error;
        SET_TOP(kr_bool_from(t ^ oparg));
        kr_decref(item);
        DISPATCH();
    }

    /* ---- building ---- */

    TARGET(BUILD_TUPLE) {
        KrObject *t = kr_tuple_new(oparg);
        if (t == NULL)
            goto error;
        for (int i = oparg - 1; i >= 0; i--)
            KR_TUPLE_SET(t, i, POP());
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        KrObject *l = kr_list_new(oparg);
        if (l == NULL)
            goto error;
        for (int i = oparg - 1; i >= 0; i--)
            KR_LIST_SET(l, i, POP());
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        KrObject *s = kr_set_new(NULL);
        int err = s == NULL ? -1 : 0;
        for (int i = oparg; i > 0; i--) {
            if (err == 0 && kr_set_add(s, PEEK(i)) < 0)
                err = -1;
        }
        for (int i = 0; i < oparg; i++)
            kr_decref(POP());
        if (err < 0) {
            kr_xdecref(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        KrObject *d = kr_dict_new_presized(oparg);
        int err = d == NULL ? -1 : 0;
        for (int i = oparg; i > 0 && err == 0; i--)
            if (kr_dict_set_item(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0)
                err = -1;
        for (int i = 0; i < 2 * oparg; i++)
            kr_decref(POP());
        if (err < 0) {
            kr_xdecref(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        KrObject *keys = TOP();
        if (!KR_TUPLE_CHECK(keys) || KR_SIZE(keys) != oparg) {
            kr_err_set_string(&kr_exc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
            goto error;
        }
        KrObject *d = kr_dict_new_presized(oparg);
        int err = d == NULL ? -1 : 0;
        for (int i = 0; i < oparg && err == 0; i++)
            if (kr_dict_set_item(d, KR_TUPLE_GET(keys, i), PEEK(oparg + 1 - i)) < 0)
                err = -1;
        for (int i = 0; i < oparg + 1; i++)
            kr_decref(POP());
        if (err < 0) {
            kr_xdecref(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        KrObject *s = build_string(sp - oparg, oparg);
        for (int i = 0; i < oparg; i++)
            kr_decref(POP());
        if (s == NULL)
            goto error;
        PUSH(s);
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        KrObject *v = POP();
        int err = kr_list_append(PEEK(oparg), v);
        kr_decref(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_ADD) {
        KrObject *v = POP();
        int err = kr_set_add(PEEK(oparg), v);
        kr_decref(v);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        KrObject *value = POP();
        KrObject *key = POP();
        int err = kr_dict_set_item(PEEK(oparg), key, value);
        kr_decref(key);
        kr_decref(value);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        KrObject *iterable = POP();
        int err = kr_list_extend(PEEK(oparg), iterable);
        if (err < 0 && kr_err_matches_type(&kr_exc_TypeError) &&
            KR_TYPE(iterable)->iter == NULL &&
            !(KR_TYPE(iterable)->as_sequence && KR_TYPE(iterable)->as_sequence->item)) {
            kr_err_clear();
            kr_err_format(&kr_exc_TypeError, "Value after * must be an iterable, not %s",
                          kr_type_name(KR_TYPE(iterable)));
        }
        kr_decref(iterable);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        KrObject *iterable = POP();
        int err = kr_set_update(PEEK(oparg), iterable);
        kr_decref(iterable);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        KrObject *update = POP();
        int err = kr_dict_merge(PEEK(oparg), update, 1);
        if (err < 0 && kr_err_matches_type(&kr_exc_AttributeError)) {
            kr_err_clear();
            kr_err_format(&kr_exc_TypeError, "'%s' object is not a mapping",
                          kr_type_name(KR_TYPE(update)));
        }
        kr_decref(update);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        KrObject *update = POP();
        int err = kr_dict_merge(PEEK(oparg), update, 2);
        if (err < 0)
            format_kwargs_error(PEEK(oparg + 2), update);
        kr_decref(update);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        KrObject *l = TOP();
        KrObject *t = kr_list_as_tuple(l);
        if (t == NULL)
            goto error;
        SET_TOP(t);
        kr_decref(l);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        SKIP_CACHE(UNPACK_SEQUENCE);
        KrObject *seq = POP();
        KrObject **items = NULL;
        Kr_ssize_t n = -1;
        if (KR_TUPLE_CHECK_EXACT(seq)) {
            items = KR_TUPLE_ITEMS(seq);
            n = KR_SIZE(seq);
        } else if (KR_LIST_CHECK_EXACT(seq)) {
            items = KR_LIST_ITEMS(seq);
            n = KR_SIZE(seq);
        }
        if (n == oparg) {
            for (int i = oparg - 1; i >= 0; i--)
                PUSH(kr_newref(items[i]));
        } else if (n > oparg) {
            kr_decref(seq);
            kr_err_format(&kr_exc_ValueError, "too many values to unpack (expected %d)", oparg);
            goto error;
        } else if (n >= 0) {
            kr_decref(seq);
            kr_err_format(&kr_exc_ValueError, "not enough values to unpack (expected %d, got %zd)",
                          oparg, n);
            goto error;
        } else {
            if (unpack_iterable(seq, oparg, -1, sp + oparg) < 0) {
                kr_decref(seq);
                goto error;
            }
            sp += oparg;
        }
        kr_decref(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int before = oparg & 0xff, after = oparg >> 8;
        KrObject *seq = POP();
        int total = before + 1 + after;
        if (unpack_iterable(seq, before, after, sp + total) < 0) {
            kr_decref(seq);
            goto error;
        }
        sp += total;
        kr_decref(seq);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        KrObject *spec = (oparg & 4) ? POP() : NULL;
        KrObject *value = POP();
        KrObject *conv = NULL;
        switch (oparg & 3) {
        case 1: conv = kr_object_str(value); break;
        case 2: conv = kr_object_repr(value); break;
        case 3: conv = kr_object_ascii(value); break;
        default: break;
        }
        if ((oparg & 3) != 0) {
            kr_decref(value);
            if (conv == NULL) {
                kr_xdecref(spec);
                goto error;
            }
            value = conv;
        }
        KrObject *r;
        if (spec == NULL && KR_STR_CHECK_EXACT(value)) {
            r = value;
        } else {
            r = kr_object_format(value, spec ? spec : kr_str_intern_cstr(""));
            kr_decref(value);
            kr_xdecref(spec);
            if (r == NULL)
                goto error;
        }
        PUSH(r);
        DISPATCH();
    }

    /* ---- control flow ---- */

    TARGET(JUMP_FORWARD) {
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        JUMPBY(-oparg);
        co->nbackedges++;
        CHECK_BREAKER();
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        JUMPBY(-oparg);
        DISPATCH();
    }

#define POP_JUMP_BOOL(name, sense, dist)                                        \
    TARGET(name) {                                                              \
        KrObject *v = POP();                                                    \
        int t;                                                                  \
        if (v == kr_True)                                                       \
            t = 1;                                                              \
        else if (v == kr_False || v == kr_None)                                 \
            t = 0;                                                              \
        else {                                                                  \
            t = kr_object_is_true(v);                                           \
            if (t < 0) {                                                        \
                kr_decref(v);                                                   \
                goto error;                                                     \
            }                                                                   \
        }                                                                       \
        kr_decref(v);                                                           \
        if (t == (sense))                                                       \
            JUMPBY(dist);                                                       \
        DISPATCH();                                                             \
    }
    POP_JUMP_BOOL(POP_JUMP_FORWARD_IF_FALSE, 0, oparg)
    POP_JUMP_BOOL(POP_JUMP_FORWARD_IF_TRUE, 1, oparg)
    POP_JUMP_BOOL(POP_JUMP_BACKWARD_IF_FALSE, 0, -oparg)
    POP_JUMP_BOOL(POP_JUMP_BACKWARD_IF_TRUE, 1, -oparg)
#undef POP_JUMP_BOOL

#define POP_JUMP_NONE(name, sense, dist)                                        \
    TARGET(name) {                                                              \
        KrObject *v = POP();                                                    \
        int isnone = v == kr_None;                                              \
        kr_decref(v);                                                           \
        if (isnone == (sense))                                                  \
            JUMPBY(dist);                                                       \
        DISPATCH();                                                             \
    }
    POP_JUMP_NONE(POP_JUMP_FORWARD_IF_NONE, 1, oparg)
    POP_JUMP_NONE(POP_JUMP_FORWARD_IF_NOT_NONE, 0, oparg)
    POP_JUMP_NONE(POP_JUMP_BACKWARD_IF_NONE, 1, -oparg)
    POP_JUMP_NONE(POP_JUMP_BACKWARD_IF_NOT_NONE, 0, -oparg)
#undef POP_JUMP_NONE

    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = kr_object_is_true(TOP());
        if (t < 0)
            goto error;
        if (!t) {
            JUMPBY(oparg);
        } else {
            kr_decref(POP());
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = kr_object_is_true(TOP());
        if (t < 0)
            goto error;
        if (t) {
            JUMPBY(oparg);
        } else {
            kr_decref(POP());
        }
        DISPATCH();
    }

    /* ---- pattern matching (match.c does the work) ---- */

    TARGET(GET_LEN) {
        Kr_ssize_t n = kr_object_length(TOP());
        if (n < 0)
            goto error;
        KrObject *len = kr_int_from_ssize(n);
        if (len == NULL)
            goto error;
        PUSH(len);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        int t = kr_match_is_mapping(TOP());
        if (t < 0)
            goto error;
        PUSH(kr_bool_from(t));
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        int t = kr_match_is_sequence(TOP());
        if (t < 0)
            goto error;
        PUSH(kr_bool_from(t));
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        KrObject *values = kr_match_keys(PEEK(2), TOP());
        if (values == NULL)
            goto error;
        PUSH(values);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        KrObject *kwnames = POP();
        KrObject *cls = POP();
        KrObject *attrs = kr_match_class(TOP(), cls, oparg, kwnames);
        kr_decref(kwnames);
        kr_decref(cls);
        if (attrs == NULL)
            goto error;
        kr_decref(TOP());
        SET_TOP(attrs);
        DISPATCH();
    }

    TARGET(GET_ITER) {
        KrObject *v = TOP();
        KrObject *it = kr_object_get_iter(v);
        if (it == NULL)
            goto error;
        SET_TOP(it);
        kr_decref(v);
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        SKIP_CACHE(FOR_ITER);
        KrObject *it = TOP();
        KrObject *v;
        /* the two commonest loops step inline; exhaustion takes the
         * generic path below (which also drops the list) */
        if (KR_TYPE(it) == &kr_list_iter_type) {
            KrListIter *li = (KrListIter *)it;
            if (li->seq != NULL && li->index < KR_SIZE(li->seq)) {
                PUSH(kr_newref(KR_LIST_GET(li->seq, li->index++)));
                DISPATCH();
            }
        } else if (KR_TYPE(it) == &kr_range_iter_type) {
            KrRangeIter *ri = (KrRangeIter *)it;
            if (ri->index < ri->len) {
                int64_t n = (int64_t)((uint64_t)ri->start + ri->index++ * (uint64_t)ri->step);
                PUSH(kr_int_from_i64(n));
                if (KR_UNLIKELY(TOP() == NULL)) {
                    sp--;
                    goto error;
                }
                DISPATCH();
            }
        }
        v = KR_TYPE(it)->iternext(it);
        if (v != NULL) {
            PUSH(v);
            DISPATCH();
        }
        if (kr_err_occurred()) {
            if (!kr_err_matches_type(&kr_exc_StopIteration))
                goto error;
            if (KR_UNLIKELY(trace_threads > 0))
                trace_exception(frame);     /* CPython traces this one */
            kr_err_clear();
        }
        sp--;
        kr_decref(it);
        JUMPBY(oparg);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        KrObject *retval = POP();
        if (KR_UNLIKELY(profile_func != NULL) && prof_event(frame, "return", retval) < 0) {
            kr_decref(retval);
            goto error;
        }
        frame->state = KR_FRAME_COMPLETED;
        if (frame->entry == ENTRY_C) {
            frame->stacktop = (int)(sp - STACK_BASE());
            ts->frame = frame->previous;
            ts->recursion_depth--;
            return retval;
        }
        KrFrame *done = frame;
        int was_init = done->entry == ENTRY_INIT;
        frame = done->previous;
        ts->frame = frame;
        ts->recursion_depth--;
        pop_thread_frame(ts, done);
        LOAD_FRAME();
        sp = STACK_BASE() + frame->stacktop;
        frame->stacktop = 0;
        next_instr = frame->next_instr;
        if (KR_UNLIKELY(was_init)) {
            /* the new instance is already the call's result */
            if (retval != kr_None) {
                kr_err_format(&kr_exc_TypeError, "__init__() should return None, not '%s'",
                              kr_type_name(KR_TYPE(retval)));
                kr_decref(retval);
                goto error;
            }
            kr_decref(retval);
            DISPATCH();
        }
        PUSH(retval);
        DISPATCH();
    }

    /* ---- calls ---- */

    TARGET(KW_NAMES) {
        kwnames = KR_TUPLE_GET(consts, oparg);
        DISPATCH();
    }

    TARGET(CALL) {
        SKIP_CACHE(CALL);
        KrObject **base = sp - oparg - 2;
        if (base[0] == NULL && KR_METHOD_CHECK(base[1])) {
            /* unpack a bound method so the function can be inlined */
            KrMethod *m = (KrMethod *)base[1];
            base[0] = kr_newref(m->func);
            base[1] = kr_newref(m->self);
            kr_decref((KrObject *)m);
        }
        KrObject *callable;
        KrObject **args;
        Kr_ssize_t total;
        if (base[0] == NULL) {
            callable = base[1];
            args = base + 2;
            total = oparg;
        } else {
            callable = base[0];
            args = base + 1;
            total = oparg + 1;
        }
        KrObject *kw = kwnames;
        kwnames = NULL;
        if (kw == NULL && KR_TYPE(callable) == &kr_function_type) {
            /* exact positional call of a plain function: the stack's
             * references move into the new frame's locals */
            KrFunction *fn = (KrFunction *)callable;
            KrCode *nco = (KrCode *)fn->code;
            if (nco->argcount == total && nco->kwonlyargcount == 0 &&
                !(nco->flags & (KR_CO_VARARGS | KR_CO_VARKEYWORDS | KR_CO_GENERATOR |
                                KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR))) {
                if (enter_py(ts) < 0)
                    goto call_error_cleanup;
                KrFrame *nf = push_function_frame(ts, nco, fn, total);
                if (nf == NULL) {
                    ts->recursion_depth--;
                    goto call_error_cleanup;
                }
                for (Kr_ssize_t i = 0; i < total; i++)
                    nf->localsplus[i] = args[i];
                if (base[0] == NULL)
                    kr_decref(callable);    /* base[1]; the frame holds its own */
                else
                    kr_decref(base[0]);
                sp = base;
                ENTER_FRAME(nf);
                PROFILE_CALL_EVENT();
                DISPATCH();
            }
        }
        KrFunction *init;
        if (kw == NULL && base[0] == NULL && KR_TYPE_CHECK(callable) && profile_func == NULL &&
            (init = inline_init(callable, total)) != NULL) {
            KrObject *obj = kr_object_new_generic((KrType *)callable, args, total, NULL);
            if (obj == NULL)
                goto call_error_cleanup;
            KrCode *nco = (KrCode *)init->code;
            if (enter_py(ts) < 0) {
                kr_decref(obj);
                goto call_error_cleanup;
            }
            KrFrame *nf = push_function_frame(ts, nco, init, total + 1);
            if (nf == NULL) {
                ts->recursion_depth--;
                kr_decref(obj);
                goto call_error_cleanup;
            }
            nf->localsplus[0] = kr_newref(obj);
            for (Kr_ssize_t i = 0; i < total; i++)
                nf->localsplus[i + 1] = args[i];
            kr_decref(callable);
            base[0] = obj;
            sp = base + 1;
            nf->entry = ENTRY_INIT;
            ENTER_FRAME(nf);
            DISPATCH();
        }
        Kr_ssize_t npos = total - (kw ? KR_SIZE(kw) : 0);
        if (is_inlinable(callable)) {
            if (enter_py(ts) < 0)
                goto call_error_cleanup;
            KrFrame *nf = push_call_frame(ts, (KrFunction *)callable, args, npos, kw);
            if (nf == NULL) {
                ts->recursion_depth--;
                goto call_error_cleanup;
            }
            for (KrObject **p = base; p < sp; p++)
                kr_xdecref(*p);
            sp = base;
            ENTER_FRAME(nf);
            PROFILE_CALL_EVENT();
            DISPATCH();
        }
        {
            KrObject *r = KR_UNLIKELY(profile_func != NULL)
                              ? call_profiled(frame, callable, args, npos, kw)
                              : kr_call(callable, args, npos, kw);
            for (KrObject **p = base; p < sp; p++)
                kr_xdecref(*p);
            sp = base;
            if (r == NULL)
                goto error;
            PUSH(r);
            DISPATCH();
        }
    call_error_cleanup:
        for (KrObject **p = base; p < sp; p++)
            kr_xdecref(*p);
        sp = base;
        goto error;
    }

    TARGET(CALL_FUNCTION_EX) {
        KrObject *kwargs = (oparg & 1) ? POP() : NULL;
        KrObject *callargs = POP();
        KrObject *func = TOP();
        KrObject *r = NULL;
        if (!KR_TUPLE_CHECK(callargs)) {
            if (check_args_iterable(func, callargs) < 0)
                goto ex_fail;
            KrObject *t = kr_sequence_tuple(callargs);
            if (t == NULL)
                goto ex_fail;
            KR_SETREF(callargs, t);
        }
        if (kwargs != NULL && !KR_DICT_CHECK(kwargs)) {
            KrObject *d = kr_dict_new();
            if (d == NULL)
                goto ex_fail;
            if (kr_dict_merge(d, kwargs, 2) < 0) {
                kr_decref(d);
                format_kwargs_error(func, kwargs);
                goto ex_fail;
            }
            KR_SETREF(kwargs, d);
        }
        /* a bound method of a Python function is inlined with self first */
        KrObject *target = func, *bound_self = NULL;
        if (KR_METHOD_CHECK(func) && is_inlinable(((KrMethod *)func)->func)) {
            target = ((KrMethod *)func)->func;
            bound_self = ((KrMethod *)func)->self;
        }
        if (is_inlinable(target)) {
            Kr_ssize_t nself = bound_self ? 1 : 0;
            Kr_ssize_t nargs = KR_SIZE(callargs) + nself;
            Kr_ssize_t nkw = kwargs ? kr_dict_size(kwargs) : 0;
            KrObject *small[16];
            KrObject **stack = small;
            KrObject *kwn = NULL;
            if (nargs + nkw > 16) {
                stack = kr_mem_alloc(sizeof(KrObject *) * (size_t)(nargs + nkw));
                if (stack == NULL) {
                    kr_err_no_memory();
                    goto ex_fail;
                }
            }
            if (bound_self)
                stack[0] = bound_self;
            for (Kr_ssize_t i = nself; i < nargs; i++)
                stack[i] = KR_TUPLE_GET(callargs, i - nself);
            if (nkw > 0) {
                kwn = kr_tuple_new(nkw);
                if (kwn == NULL) {
                    if (stack != small)
                        kr_mem_free(stack);
                    goto ex_fail;
                }
                Kr_ssize_t pos = 0, i = 0;
                KrObject *k, *v;
                while (kr_dict_next(kwargs, &pos, &k, &v)) {
                    KR_TUPLE_SET(kwn, i, kr_newref(k));
                    stack[nargs + i] = v;
                    i++;
                }
            }
            KrFrame *nf = NULL;
            if (enter_py(ts) == 0) {
                nf = push_call_frame(ts, (KrFunction *)target, stack, nargs, kwn);
                if (nf == NULL)
                    ts->recursion_depth--;
            }
            if (stack != small)
                kr_mem_free(stack);
            kr_xdecref(kwn);
            if (nf == NULL)
                goto ex_fail;
            kr_decref(callargs);
            kr_xdecref(kwargs);
            kr_decref(POP());           /* func */
            kr_xdecref(POP());          /* NULL slot */
            ENTER_FRAME(nf);
            PROFILE_CALL_EVENT();
            DISPATCH();
        }
        if (KR_UNLIKELY(profile_func != NULL) && KR_TYPE(func) == &kr_cfunction_type) {
            KrObject *target = kr_newref(func);
            if (prof_event(frame, "c_call", target) == 0) {
                r = kr_call_tuple_dict(func, callargs, kwargs);
                if (r == NULL)
                    prof_event(frame, "c_exception", target);
                else if (prof_event(frame, "c_return", target) < 0)
                    KR_CLEAR(r);
            }
            kr_decref(target);
        } else {
            r = kr_call_tuple_dict(func, callargs, kwargs);
        }
    ex_fail:
        kr_decref(callargs);
        kr_xdecref(kwargs);
        kr_decref(POP());
        kr_xdecref(POP());
        if (r == NULL)
            goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        KrObject *codeobj = POP();
        KrFunction *fn = (KrFunction *)kr_function_new(codeobj, frame->globals,
                                                       ((KrCode *)codeobj)->qualname);
        kr_decref(codeobj);
        if (fn == NULL) {
            for (int bit = 8; bit; bit >>= 1)
                if (oparg & bit)
                    kr_decref(POP());
            goto error;
        }
        if (oparg & 8)
            fn->closure = POP();
        if (oparg & 4)
            fn->annotations = POP();
        if (oparg & 2)
            fn->kwdefaults = POP();
        if (oparg & 1)
            fn->defaults = POP();
        PUSH((KrObject *)fn);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        KrObject *bc = NULL;
        int r = mapping_lookup(frame->builtins, KR_ID(__build_class__), &bc);
        if (r < 0)
            goto error;
        if (r == 0) {
            kr_err_set_string(&kr_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (frame->locals == NULL) {
            kr_err_set_string(&kr_exc_SystemError, "no locals found when setting up annotations");
            goto error;
        }
        KrObject *ann = NULL;
        int r = mapping_lookup(frame->locals, KR_ID(__annotations__), &ann);
        if (r < 0)
            goto error;
        if (r == 0) {
            ann = kr_dict_new();
            if (ann == NULL)
                goto error;
            int err = kr_object_setitem(frame->locals, KR_ID(__annotations__), ann);
            kr_decref(ann);
            if (err < 0)
                goto error;
        } else {
            kr_decref(ann);
        }
        DISPATCH();
    }

    /* ---- generators ---- */

    TARGET(YIELD_VALUE) {
        KrObject *retval = POP();
        if (KR_UNLIKELY(profile_func != NULL) && prof_event(frame, "return", retval) < 0) {
            kr_decref(retval);
            goto error;
        }
        frame->state = KR_FRAME_SUSPENDED;
        frame->stacktop = (int)(sp - STACK_BASE());
        frame->next_instr = next_instr;
        ts->frame = frame->previous;
        ts->recursion_depth--;
        return retval;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        KrObject *v = TOP();
        if (!KR_GEN_CHECK(v)) {
            KrObject *it = kr_object_get_iter(v);
            if (it == NULL)
                goto error;
            SET_TOP(it);
            kr_decref(v);
        }
        DISPATCH();
    }

    TARGET(SEND) {
        KrObject *v = POP();
        KrObject *receiver = TOP();
        KrObject *retval = NULL;
        int status;
        /* traced, CPython goes through iternext/send() to show the
         * tracer the StopIteration that ends the delegation */
        if (KR_GEN_CHECK(receiver) && KR_LIKELY(trace_threads == 0)) {
            status = kr_gen_send_ex(receiver, v, &retval);
        } else {
            if (v == kr_None && KR_TYPE(receiver)->iternext != NULL)
                retval = KR_TYPE(receiver)->iternext(receiver);
            else
                retval = kr_call_method1(receiver, KR_ID(send), v);
            if (retval != NULL) {
                status = 0;
            } else if (!kr_err_occurred()) {
                retval = kr_newref(kr_None);
                status = 1;
            } else if (kr_err_matches_type(&kr_exc_StopIteration)) {
                if (KR_UNLIKELY(trace_threads > 0))
                    trace_exception(frame);
                KrObject *e = kr_err_fetch();
                retval = kr_newref(kr_exc_stopiteration_value(e));
                kr_decref(e);
                status = 1;
            } else {
                status = -1;
            }
        }
        kr_decref(v);
        if (status < 0)
            goto error;
        if (status == 0) {
            PUSH(retval);
        } else {
            sp--;
            kr_decref(receiver);
            PUSH(retval);
            JUMPBY(oparg);
        }
        DISPATCH();
    }

    /* ---- exceptions ---- */

    TARGET(RAISE_VARARGS) {
        KrObject *cause = NULL, *exc = NULL;
        switch (oparg) {
        case 2:
            cause = POP();
            /* fall through */
        case 1:
            exc = POP();
            /* fall through */
        case 0: {
            int reraise = do_raise(ts, exc, cause);
            kr_xdecref(exc);
            kr_xdecref(cause);
            if (reraise)
                goto exception_unwind;
            break;
        }
        default:
            kr_err_set_string(&kr_exc_SystemError, "bad RAISE_VARARGS oparg");
            break;
        }
        goto error;
    }

    TARGET(RERAISE) {
        /* As CPython 3.11: with oparg, the offset saved by the handler
         * is PEEK(oparg + 1) (below the exception and, for with-blocks,
         * the previous exc_info); only the exception is popped here, the
         * rest goes when the stack is cut to the next handler's depth. */
        unwind_offset = (int)(frame->instr - first_instr);
        if (oparg) {
            KrObject *lasti = PEEK(oparg + 1);
            if (lasti != NULL && KR_INT_CHECK_EXACT(lasti) && kr_int_is_small(lasti)) {
                int64_t l = kr_int_small_value(lasti);
                if (l >= 0 && l < co->ncodeunits)
                    frame->instr = first_instr + l;
            }
        }
        KrObject *exc = POP();
        kr_err_restore(exc);
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
        KrObject *v = TOP();
        KrObject *prev = ts->exc_info;
        if (frame->gen != NULL && !((KrGen *)frame->gen)->exc_own) {
            /* the caller's exception was showing through: the
             * generator's own state to restore later is "none" */
            kr_xdecref(prev);
            prev = NULL;
            ((KrGen *)frame->gen)->exc_own = 1;
        }
        SET_TOP(prev ? prev : kr_newref(kr_None));
        ts->exc_info = kr_newref(v);
        PUSH(v);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        KrObject *v = POP();
        KrObject *old = ts->exc_info;
        if (v == kr_None) {
            kr_decref(v);
            v = NULL;
            if (frame->gen != NULL) {
                KrGen *g = (KrGen *)frame->gen;
                v = kr_xnewref(g->exc_outer);
                g->exc_own = 0;
            }
        }
        ts->exc_info = v;
        kr_xdecref(old);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        KrObject *t = TOP();
        if (check_except_type_valid(t) < 0)
            goto error;
        int m = exc_matches((KrObject *)KR_TYPE(SECOND()), t);
        kr_decref(t);
        SET_TOP(kr_bool_from(m));
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH) {
        /* except* T: splits the group; a match becomes the handled
         * exception (sys.exc_info()) while its clause runs. */
        KrObject *t = POP();
        int bad = check_except_type_valid(t) < 0;
        for (Kr_ssize_t i = 0; !bad && i < (KR_TUPLE_CHECK(t) ? KR_SIZE(t) : 1); i++) {
            KrObject *ti = KR_TUPLE_CHECK(t) ? KR_TUPLE_GET(t, i) : t;
            if (kr_type_is_subtype((KrType *)ti, &kr_exc_BaseExceptionGroup)) {
                kr_err_set_string(&kr_exc_TypeError,
                                  "catching ExceptionGroup with except* is not allowed. "
                                  "Use except instead.");
                bad = 1;
            }
        }
        KrObject *match = NULL, *rest = NULL;
        if (bad || kr_exc_group_match(TOP(), t, &match, &rest) < 0) {
            kr_decref(t);
            goto error;
        }
        kr_decref(t);
        if (match == kr_None) {
            kr_decref(rest);
        } else {
            KrObject *old = ts->exc_info;
            ts->exc_info = kr_newref(match);
            kr_xdecref(old);
            kr_decref(TOP());
            SET_TOP(rest);
        }
        PUSH(match);
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        KrObject *excs = POP();
        KrObject *orig = TOP();
        KrObject *val = kr_exc_prep_reraise_star(orig, excs);
        kr_decref(excs);
        if (val == NULL)
            goto error;
        kr_decref(orig);
        SET_TOP(val);
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(kr_newref((KrObject *)&kr_exc_AssertionError));
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        KrObject *mgr = TOP();
        KrObject *enter = lookup_special_bound(mgr, KR_ID(__enter__));
        if (enter == NULL) {
            if (!kr_err_occurred())
                kr_err_format(&kr_exc_TypeError,
                              "'%s' object does not support the context manager protocol",
                              kr_type_name(KR_TYPE(mgr)));
            goto error;
        }
        KrObject *exit = lookup_special_bound(mgr, KR_ID(__exit__));
        if (exit == NULL) {
            if (!kr_err_occurred())
                kr_err_format(&kr_exc_TypeError,
                              "'%s' object does not support the context manager protocol "
                              "(missed __exit__ method)", kr_type_name(KR_TYPE(mgr)));
            kr_decref(enter);
            goto error;
        }
        SET_TOP(exit);
        kr_decref(mgr);
        KrObject *res = kr_call0(enter);
        kr_decref(enter);
        if (res == NULL)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        KrObject *exit = PEEK(4);
        KrObject *val = TOP();
        KrObject *tb = kr_exc_get_traceback(val);
        KrObject *args[3] = { (KrObject *)KR_TYPE(val), val, tb ? tb : kr_None };
        KrObject *res = kr_call(exit, args, 3, NULL);
        if (res == NULL)
            goto error;
        PUSH(res);
        DISPATCH();
    }

    /* ---- imports ---- */

    TARGET(IMPORT_NAME) {
        KrObject *fromlist = POP();
        KrObject *level = TOP();
        KrObject *m = import_name(frame, GETNAME(oparg), fromlist, level);
        kr_decref(fromlist);
        if (m == NULL)
            goto error;
        SET_TOP(m);
        kr_decref(level);
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        KrObject *x = import_from(TOP(), GETNAME(oparg));
        if (x == NULL)
            goto error;
        PUSH(x);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        KrObject *m = POP();
        if (frame->locals == NULL) {
            kr_decref(m);
            kr_err_set_string(&kr_exc_SystemError, "no locals found during 'import *'");
            goto error;
        }
        int err = import_all_from(frame->locals, m);
        kr_decref(m);
        if (err < 0)
            goto error;
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        KrObject *v = POP();
        KrObject *hook = KR_INTERP()->sysdict
                             ? kr_dict_get_item_str(KR_INTERP()->sysdict, "displayhook")
                             : NULL;
        if (hook == NULL) {
            kr_decref(v);
            if (!kr_err_occurred())
                kr_err_set_string(&kr_exc_RuntimeError, "lost sys.displayhook");
            goto error;
        }
        kr_incref(hook);
        KrObject *r = kr_call1(hook, v);
        kr_decref(hook);
        kr_decref(v);
        if (r == NULL)
            goto error;
        kr_decref(r);
        DISPATCH();
    }

#if KR_COMPUTED_GOTO
unknown_opcode:
#else
    default:
#endif
    kr_err_format(&kr_exc_SystemError, "unknown opcode %d", opcode);
    goto error;
#if !KR_COMPUTED_GOTO
    }
#endif

error:
    kwnames = NULL;
    if (kr_err_occurred() == NULL)
        kr_err_set_string(&kr_exc_SystemError, "error return without exception set");
    kr_traceback_here(kr_err_occurred(), frame);
    if (KR_UNLIKELY(trace_threads > 0))
        trace_exception(frame);

exception_unwind: {
        int offset = unwind_offset >= 0 ? unwind_offset : (int)(frame->instr - first_instr);
        unwind_offset = -1;
        const KrExcEntry *h = find_handler(co, offset);
        KrObject **stack_base = STACK_BASE();
        if (h != NULL) {
            while (sp > stack_base + h->depth)
                kr_xdecref(POP());
            if (h->lasti) {
                KrObject *l = kr_int_from_i64(frame->instr - first_instr);
                if (l == NULL)
                    goto exception_unwind_frame;
                PUSH(l);
            }
            PUSH(kr_err_fetch());
            next_instr = first_instr + h->target;
            DISPATCH();
        }
    exception_unwind_frame:
        while (sp > stack_base)
            kr_xdecref(POP());
        if (KR_UNLIKELY(trace_threads > 0))
            trace_unwind_return(frame);
        if (KR_UNLIKELY(profile_func != NULL) && prof_event(frame, "return", NULL) < 0) {
            /* the hook's own error replaces the one unwinding */
        }
        frame->state = KR_FRAME_COMPLETED;
        ts->recursion_depth--;
        if (frame->entry == ENTRY_C) {
            frame->stacktop = 0;
            ts->frame = frame->previous;
            return NULL;
        }
        KrFrame *done = frame;
        frame = done->previous;
        ts->frame = frame;
        kr_frame_pop(ts, done);
        LOAD_FRAME();
        sp = STACK_BASE() + frame->stacktop;
        frame->stacktop = 0;
        next_instr = frame->next_instr;
        goto error;
    }

    /* out of the way of the opcode bodies: the throw and setup entries,
     * and the tracing path */
enter_special:
    if (throwflag == EVAL_SETUP) {
        /* once, before any code runs: publish the tables for settrace */
#if KR_COMPUTED_GOTO
        dispatch_tables[0] = dispatch_table;
        dispatch_tables[1] = trace_table;
        dispatch_cur = dispatch_table;
        trace_update_dispatch();
#endif
        return NULL;
    }
    /* gen.throw(): raise at the frame's current instruction, after
     * CPython's 'call' event (a tracer's own error replaces the thrown
     * exception) */
    if (KR_UNLIKELY(trace_threads > 0) && trace_ready())
        (void)trace_call(frame, KR_TRACE_CALL, NULL);
    goto error;

trace_dispatch:
    /* every instruction while some thread has a tracer (see "Tracing") */
    if (trace_ready() && trace_instr(frame, opcode, oparg, sp) < 0)
        goto error;
#if KR_COMPUTED_GOTO
    goto *dispatch_table[opcode];
#else
    goto dispatch_opcode;
#endif
}

/* eval() fills the dispatch-table pointers the tracing switch uses when
 * called with EVAL_SETUP (inside its rare throwflag branch, on a dummy
 * empty frame); this runs it before main, so no entry tests for it. */
__attribute__((constructor)) static void eval_setup(void)
{
    static KrCode code;             /* empty: eval() reads it before the flag */
    static KrFrame frame = { .code = &code };
    eval(NULL, &frame, EVAL_SETUP);
}

KrObject *kr_eval_frame(KrThreadState *ts, KrFrame *f, int throwflag)
{
    if (kr_c_stack_low()) {
        kr_err_set_string(&kr_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    if (enter_py(ts) < 0)
        return NULL;
    f->previous = ts->frame;
    f->entry = ENTRY_C;
    f->state = KR_FRAME_EXECUTING;
    ts->frame = f;
    return eval(ts, f, throwflag);
}

/* ---------------------------------------------------------------------- */
/* Public entry points                                                    */
/* ---------------------------------------------------------------------- */

KrObject *kr_eval_code(KrObject *code, KrObject *globals, KrObject *locals)
{
    if (!KR_CODE_CHECK(code) || globals == NULL || !KR_DICT_CHECK(globals))
        return kr_err_bad_internal_call("kr_eval_code");
    KrThreadState *ts = KR_TS();
    KrCode *co = (KrCode *)code;
    if (locals == NULL)
        locals = globals;
    KrObject *builtins = kr_eval_builtins_for(globals);
    if (builtins == NULL)
        return kr_err_format(&kr_exc_SystemError, "no builtins");
    KrFrame *f = kr_frame_push(ts, co, NULL, globals, builtins,
                               (co->flags & KR_CO_OPTIMIZED) ? NULL : locals);
    if (f == NULL)
        return NULL;
    KrObject *r = kr_eval_frame(ts, f, 0);
    kr_frame_pop(ts, f);
    return r;
}

KrObject *kr_eval_function_with_locals(KrObject *func, KrObject *locals)
{
    if (!KR_FUNCTION_CHECK(func))
        return kr_err_bad_internal_call("kr_eval_function_with_locals");
    KrThreadState *ts = KR_TS();
    KrFunction *fn = (KrFunction *)func;
    KrFrame *f = kr_frame_push(ts, (KrCode *)fn->code, func, fn->globals, fn->builtins, locals);
    if (f == NULL)
        return NULL;
    KrObject *r = kr_eval_frame(ts, f, 0);
    kr_frame_pop(ts, f);
    return r;
}

KrObject *kr_eval_get_globals(void)
{
    KrFrame *f = KR_TS()->frame;
    return f ? f->globals : NULL;
}

KrObject *kr_eval_get_builtins(void)
{
    KrFrame *f = KR_TS()->frame;
    return f ? f->builtins : KR_INTERP()->builtins;
}

KrObject *kr_eval_get_locals(void)
{
    KrFrame *f = KR_TS()->frame;
    if (f == NULL) {
        kr_err_set_string(&kr_exc_SystemError, "frame does not exist");
        return NULL;
    }
    if (f->locals)
        return kr_newref(f->locals);
    return kr_frame_get_locals(f);
}

KrObject *kr_frame_get(int depth)
{
    KrFrame *f = KR_TS()->frame;
    while (depth > 0 && f != NULL) {
        f = f->previous;
        depth--;
    }
    if (f == NULL)
        return kr_err_format(&kr_exc_ValueError, "call stack is not deep enough");
    return kr_frame_object_for(f);
}

int kr_ceval_init_thread(KrThreadState *ts)
{
    return ensure_stack(ts);
}

void kr_ceval_fini_thread(KrThreadState *ts)
{
    free(ts->stack_base);
    ts->stack_base = ts->stack_top = ts->stack_limit = NULL;
}
