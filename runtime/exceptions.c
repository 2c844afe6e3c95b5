/*
 * exceptions.c -- the built-in exception hierarchy.
 *
 * Every type of the KR_EXCEPTIONS X-macro (krait.h) is defined here from
 * that one list, with the plain KrBaseException layout.  A handful of
 * "families" need more: extra fields (StopIteration.value, OSError's errno
 * and filenames, SyntaxError's location, ...), their own __new__/__init__
 * and __str__.  Static initializers cannot pick per-name values out of an
 * X-macro, so a constructor function (run before main, long before
 * kr_type_ready sees the types) patches the family roots and then copies
 * the layout slots (basicsize, dealloc, traverse, clear, new, init) down the
 * list, which is ordered parents-first.  Subclasses inherit everything else
 * (str, members, methods) through the MRO as usual.
 *
 * Invariants:
 *   - `args` is always a tuple once __new__ returned; the setter converts.
 *   - Extra object fields of a family are consecutive KrObject* members,
 *     so one traverse/clear per family walks them as an array.
 *   - __cause__ / __context__ / __traceback__ store NULL for None; the
 *     getters turn NULL back into None.  Setting __cause__ (from Python or
 *     kr_exc_set_cause) sets __suppress_context__, as `raise ... from` does.
 *   - __notes__ lives in the instance __dict__, exactly as in 3.11 (so
 *     e.__dict__ shows it); the KrBaseException.notes field stays unused.
 *
 * OSError(errno, strerror, ...) called on OSError itself picks the subclass
 * for the errno (OSError(2, 'x') is a FileNotFoundError), and parses its
 * arguments in __new__ unless a subclass overrides __init__ but not
 * __new__ -- then __init__ does it, as CPython's oserror_use_init rule.
 *
 * Exception groups.  ExceptionGroup derives from both BaseExceptionGroup
 * (its layout) and Exception, so its __bases__ tuple is built statically.
 * split()/subgroup() and the except* helpers share one recursive splitter
 * that keeps the nesting of the original group and copies its traceback,
 * context, cause and notes onto every derived group (derive() is looked up
 * on the instance, so subclasses can override it).  kr_exc_prep_reraise_star
 * tells re-raised exceptions from new ones by that copied metadata, as
 * CPython does.
 */
#include "krait.h"

#include <errno.h>
#include <stdio.h>

/* ---------------------------------------------------------------------- */
/* Family layouts                                                         */
/* ---------------------------------------------------------------------- */

typedef struct { KrBaseException base; KrObject *value; } StopIterationObj;
typedef struct { KrBaseException base; KrObject *code; } SystemExitObj;
typedef struct { KrBaseException base; KrObject *msg, *name, *path; } ImportErrorObj;
typedef struct { KrBaseException base; KrObject *name; } NameErrorObj;
typedef struct { KrBaseException base; KrObject *name, *obj; } AttributeErrorObj;
typedef struct {
    KrBaseException base;
    KrObject *myerrno, *strerror, *filename, *filename2;
} OSErrorObj;
typedef struct {
    KrBaseException base;
    KrObject *msg, *filename, *lineno, *offset, *text, *end_lineno, *end_offset,
        *print_file_and_line;
} SyntaxErrorObj;
typedef struct {
    KrBaseException base;
    KrObject *encoding, *object, *reason;
    Kr_ssize_t start, end;
} UnicodeErrorObj;
typedef struct { KrBaseException base; KrObject *msg, *excs; } ExcGroupObj;

#define EXC(o) ((KrBaseException *)(o))

/* ---------------------------------------------------------------------- */
/* BaseException                                                          */
/* ---------------------------------------------------------------------- */

static int base_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrBaseException *e = EXC(o);
    KrObject *fields[] = { e->dict, e->args, e->notes, e->traceback, e->context, e->cause };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r)
                return r;
        }
    }
    return 0;
}

static int base_clear(KrObject *o)
{
    KrBaseException *e = EXC(o);
    KR_CLEAR(e->dict);
    KR_CLEAR(e->args);
    KR_CLEAR(e->notes);
    KR_CLEAR(e->traceback);
    KR_CLEAR(e->context);
    KR_CLEAR(e->cause);
    return 0;
}

static void base_dealloc(KrObject *o)
{
    if (kr_gc_is_tracked(o))
        kr_gc_untrack(o);
    base_clear(o);
    kr_object_free(o);
}

/* One traverse/clear/dealloc per family over its consecutive object fields. */
#define FAMILY_GC(fam, T, first, n)                                           \
    static int fam##_traverse(KrObject *o, kr_visitproc visit, void *arg)     \
    {                                                                         \
        KrObject **p = &((T *)o)->first;                                      \
        for (int i = 0; i < (n); i++) {                                       \
            if (p[i]) {                                                       \
                int r = visit(p[i], arg);                                     \
                if (r)                                                        \
                    return r;                                                 \
            }                                                                 \
        }                                                                     \
        return base_traverse(o, visit, arg);                                  \
    }                                                                         \
    static int fam##_clear(KrObject *o)                                       \
    {                                                                         \
        KrObject **p = &((T *)o)->first;                                      \
        for (int i = 0; i < (n); i++)                                         \
            KR_CLEAR(p[i]);                                                   \
        return base_clear(o);                                                 \
    }                                                                         \
    static void fam##_dealloc(KrObject *o)                                    \
    {                                                                         \
        if (kr_gc_is_tracked(o))                                              \
            kr_gc_untrack(o);                                                 \
        fam##_clear(o);                                                       \
        kr_object_free(o);                                                    \
    }

FAMILY_GC(stopiter, StopIterationObj, value, 1)
FAMILY_GC(sysexit, SystemExitObj, code, 1)
FAMILY_GC(importerr, ImportErrorObj, msg, 3)
FAMILY_GC(nameerr, NameErrorObj, name, 1)
FAMILY_GC(attrerr, AttributeErrorObj, name, 2)
FAMILY_GC(oserr, OSErrorObj, myerrno, 4)
FAMILY_GC(syntaxerr, SyntaxErrorObj, msg, 8)
FAMILY_GC(unicodeerr, UnicodeErrorObj, encoding, 3)
FAMILY_GC(excgroup, ExcGroupObj, msg, 2)

static KrObject *base_alloc(KrType *type, KrObject *const *args, Kr_ssize_t nargs)
{
    KrObject *self = kr_type_generic_alloc(type, 0);
    if (self == NULL)
        return NULL;
    EXC(self)->args = kr_tuple_from_array(args, nargs);
    if (EXC(self)->args == NULL) {
        kr_decref(self);
        return NULL;
    }
    return self;
}

/* Keywords are accepted here and rejected by __init__, so a subclass whose
 * __init__ takes keywords works. */
static KrObject *base_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames)
{
    KrObject *self = base_alloc(type, args, nargs);
    if (self && KR_IS_GC(self))
        kr_gc_track(self);
    return self;
}

static int set_args(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    /* __init__ usually receives what __new__ already stored: keep it, so
     * raising costs one tuple, not two. */
    KrObject *old = EXC(self)->args;
    if (old && KR_TUPLE_CHECK_EXACT(old) && KR_SIZE(old) == nargs) {
        Kr_ssize_t i = 0;
        while (i < nargs && KR_TUPLE_GET(old, i) == args[i])
            i++;
        if (i == nargs)
            return 0;
    }
    KrObject *t = kr_tuple_from_array(args, nargs);
    if (t == NULL)
        return -1;
    KR_SETREF(EXC(self)->args, t);
    return 0;
}

static int base_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                     KrObject *kwnames)
{
    if (kr_check_no_kwargs(kr_type_name(KR_TYPE(self)), kwnames) < 0)
        return -1;
    return set_args(self, args, nargs);
}

static KrObject *base_str(KrObject *self)
{
    KrObject *args = EXC(self)->args;
    Kr_ssize_t n = args ? KR_SIZE(args) : 0;
    if (n == 0)
        return kr_str_from_cstr("");
    if (n == 1)
        return kr_object_str(KR_TUPLE_GET(args, 0));
    return kr_object_str(args);
}

static KrObject *base_repr(KrObject *self)
{
    KrObject *args = EXC(self)->args;
    const char *name = kr_type_name(KR_TYPE(self));
    if (args && KR_SIZE(args) == 1)
        return kr_str_from_format("%s(%R)", name, KR_TUPLE_GET(args, 0));
    if (args == NULL)
        return kr_str_from_format("%s()", name);
    return kr_str_from_format("%s%R", name, args);
}

static int set_traceback(KrObject *self, KrObject *tb, void *closure)
{
    if (tb == NULL) {
        kr_err_set_string(&kr_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (tb == kr_None) {
        KR_CLEAR(EXC(self)->traceback);
        return 0;
    }
    if (!KR_IS_TYPE(tb, &kr_traceback_type)) {
        kr_err_set_string(&kr_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    KR_SETREF(EXC(self)->traceback, kr_newref(tb));
    return 0;
}

static KrObject *get_traceback(KrObject *self, void *closure)
{
    KrObject *tb = EXC(self)->traceback;
    return kr_newref(tb ? tb : kr_None);
}

static KrObject *get_context(KrObject *self, void *closure)
{
    KrObject *c = EXC(self)->context;
    return kr_newref(c ? c : kr_None);
}

static int set_context(KrObject *self, KrObject *v, void *closure)
{
    if (v == NULL) {
        kr_err_set_string(&kr_exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (v == kr_None) {
        KR_CLEAR(EXC(self)->context);
        return 0;
    }
    if (!KR_EXC_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError,
                          "exception context must be None or derive from BaseException");
        return -1;
    }
    KR_SETREF(EXC(self)->context, kr_newref(v));
    return 0;
}

static KrObject *get_cause(KrObject *self, void *closure)
{
    KrObject *c = EXC(self)->cause;
    return kr_newref(c ? c : kr_None);
}

static int set_cause(KrObject *self, KrObject *v, void *closure)
{
    if (v == NULL) {
        kr_err_set_string(&kr_exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (v == kr_None) {
        KR_CLEAR(EXC(self)->cause);
    } else if (!KR_EXC_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError,
                          "exception cause must be None or derive from BaseException");
        return -1;
    } else {
        KR_SETREF(EXC(self)->cause, kr_newref(v));
    }
    EXC(self)->suppress_context = 1;
    return 0;
}

static KrObject *get_args(KrObject *self, void *closure)
{
    KrObject *a = EXC(self)->args;
    return a ? kr_newref(a) : kr_tuple_new(0);
}

static int set_args_attr(KrObject *self, KrObject *v, void *closure)
{
    if (v == NULL) {
        kr_err_set_string(&kr_exc_TypeError, "args may not be deleted");
        return -1;
    }
    KrObject *t = kr_sequence_tuple(v);
    if (t == NULL)
        return -1;
    KR_SETREF(EXC(self)->args, t);
    return 0;
}

static KrObject *get_dict(KrObject *self, void *closure)
{
    return kr_object_get_dict(self);
}

static int set_dict(KrObject *self, KrObject *v, void *closure)
{
    if (v == NULL) {
        kr_err_set_string(&kr_exc_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!KR_DICT_CHECK(v)) {
        kr_err_set_string(&kr_exc_TypeError, "__dict__ must be a dictionary");
        return -1;
    }
    KR_SETREF(EXC(self)->dict, kr_newref(v));
    return 0;
}

static KrObject *with_traceback(KrObject *self, KrObject *tb)
{
    if (set_traceback(self, tb, NULL) < 0)
        return NULL;
    return kr_newref(self);
}

static KrObject *add_note(KrObject *self, KrObject *note)
{
    if (!KR_STR_CHECK(note))
        return kr_err_format(&kr_exc_TypeError, "note must be a str, not '%T'", note);
    KrObject *name = kr_str_intern_cstr("__notes__");
    KrObject *notes;
    int r = kr_object_lookup_attr(self, name, &notes);
    if (r < 0)
        return NULL;
    if (r == 0) {
        notes = kr_list_new(0);
        if (notes == NULL)
            return NULL;
        if (kr_object_setattr(self, name, notes) < 0) {
            kr_decref(notes);
            return NULL;
        }
    }
    if (!KR_LIST_CHECK(notes)) {
        kr_decref(notes);
        return kr_err_format(&kr_exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    r = kr_list_append(notes, note);
    kr_decref(notes);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *base_reduce(KrObject *self)
{
    KrBaseException *e = EXC(self);
    KrObject *args = e->args ? e->args : kr_tuple_new(0);
    KrObject *r;
    if (e->args == NULL && args == NULL)
        return NULL;
    if (e->dict && kr_dict_size(e->dict) > 0)
        r = kr_tuple_pack(3, (KrObject *)KR_TYPE(self), args, e->dict);
    else
        r = kr_tuple_pack(2, (KrObject *)KR_TYPE(self), args);
    if (e->args == NULL)
        kr_decref(args);
    return r;
}

static KrObject *base_setstate(KrObject *self, KrObject *state)
{
    if (state != kr_None) {
        if (!KR_DICT_CHECK(state))
            return kr_err_format(&kr_exc_TypeError, "state is not a dictionary");
        Kr_ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(state, &pos, &k, &v))
            if (kr_object_setattr(self, k, v) < 0)
                return NULL;
    }
    KR_RETURN_NONE;
}

static const KrMethodDef base_methods[] = {
    KR_METHOD_O("with_traceback", with_traceback),
    KR_METHOD_O("add_note", add_note),
    KR_METHOD_NOARGS("__reduce__", base_reduce),
    KR_METHOD_O("__setstate__", base_setstate),
    KR_METHOD_END,
};

static const KrMemberDef base_members[] = {
    { "__suppress_context__", KR_T_BOOL, offsetof(KrBaseException, suppress_context), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

static const KrGetSetDef base_getset[] = {
    { "__dict__", get_dict, set_dict, NULL, NULL },
    { "args", get_args, set_args_attr, NULL, NULL },
    { "__traceback__", get_traceback, set_traceback, NULL, NULL },
    { "__context__", get_context, set_context, NULL, NULL },
    { "__cause__", get_cause, set_cause, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* KeyError('k') prints as 'k', so that a missing '' key is visible. */
static KrObject *keyerror_str(KrObject *self)
{
    KrObject *args = EXC(self)->args;
    if (args && KR_SIZE(args) == 1)
        return kr_object_repr(KR_TUPLE_GET(args, 0));
    return base_str(self);
}

/* ---------------------------------------------------------------------- */
/* StopIteration, SystemExit                                              */
/* ---------------------------------------------------------------------- */

static int stopiter_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    KR_SETREF(((StopIterationObj *)self)->value, kr_newref(nargs > 0 ? args[0] : kr_None));
    return 0;
}

static const KrMemberDef stopiter_members[] = {
    { "value", KR_T_OBJECT, offsetof(StopIterationObj, value), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

static int sysexit_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    KrObject *code;
    if (nargs == 0)
        code = kr_newref(kr_None);
    else if (nargs == 1)
        code = kr_newref(args[0]);
    else
        code = kr_newref(EXC(self)->args);
    KR_SETREF(((SystemExitObj *)self)->code, code);
    return 0;
}

static const KrMemberDef sysexit_members[] = {
    { "code", KR_T_OBJECT, offsetof(SystemExitObj, code), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

/* ---------------------------------------------------------------------- */
/* ImportError, NameError, AttributeError: keyword-only extras             */
/* ---------------------------------------------------------------------- */

static int importerr_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames)
{
    static const char *const names[] = { "$name", "$path", NULL };
    KrObject *out[2];
    if (set_args(self, args, nargs) < 0)
        return -1;
    if (kr_parse_args("ImportError", args + nargs, 0, kwnames, names, 0, 0, out) < 0)
        return -1;
    ImportErrorObj *e = (ImportErrorObj *)self;
    KR_SETREF(e->name, kr_xnewref(out[0]));
    KR_SETREF(e->path, kr_xnewref(out[1]));
    KR_SETREF(e->msg, nargs == 1 ? kr_newref(args[0]) : NULL);
    return 0;
}

static KrObject *importerr_str(KrObject *self)
{
    KrObject *msg = ((ImportErrorObj *)self)->msg;
    if (msg && KR_STR_CHECK_EXACT(msg))
        return kr_newref(msg);
    return base_str(self);
}

static KrObject *importerr_reduce(KrObject *self)
{
    ImportErrorObj *e = (ImportErrorObj *)self;
    if (e->name == NULL && e->path == NULL)
        return base_reduce(self);
    KrObject *state = e->base.dict ? kr_dict_copy(e->base.dict) : kr_dict_new();
    if (state == NULL)
        return NULL;
    if ((e->name && kr_dict_set_item_str(state, "name", e->name) < 0) ||
        (e->path && kr_dict_set_item_str(state, "path", e->path) < 0)) {
        kr_decref(state);
        return NULL;
    }
    KrObject *r = kr_tuple_pack(3, (KrObject *)KR_TYPE(self), e->base.args, state);
    kr_decref(state);
    return r;
}

static const KrMethodDef importerr_methods[] = {
    KR_METHOD_NOARGS("__reduce__", importerr_reduce),
    KR_METHOD_END,
};

static const KrMemberDef importerr_members[] = {
    { "msg", KR_T_OBJECT, offsetof(ImportErrorObj, msg), 0, NULL },
    { "name", KR_T_OBJECT, offsetof(ImportErrorObj, name), 0, NULL },
    { "path", KR_T_OBJECT, offsetof(ImportErrorObj, path), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

static int nameerr_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    static const char *const names[] = { "$name", NULL };
    KrObject *out[1];
    if (set_args(self, args, nargs) < 0)
        return -1;
    if (kr_parse_args("NameError", args + nargs, 0, kwnames, names, 0, 0, out) < 0)
        return -1;
    KR_SETREF(((NameErrorObj *)self)->name, kr_xnewref(out[0]));
    return 0;
}

static const KrMemberDef nameerr_members[] = {
    { "name", KR_T_OBJECT, offsetof(NameErrorObj, name), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

static int attrerr_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    static const char *const names[] = { "$name", "$obj", NULL };
    KrObject *out[2];
    if (set_args(self, args, nargs) < 0)
        return -1;
    if (kr_parse_args("AttributeError", args + nargs, 0, kwnames, names, 0, 0, out) < 0)
        return -1;
    AttributeErrorObj *e = (AttributeErrorObj *)self;
    KR_SETREF(e->name, kr_xnewref(out[0]));
    KR_SETREF(e->obj, kr_xnewref(out[1]));
    return 0;
}

static const KrMemberDef attrerr_members[] = {
    { "name", KR_T_OBJECT, offsetof(AttributeErrorObj, name), 0, NULL },
    { "obj", KR_T_OBJECT, offsetof(AttributeErrorObj, obj), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

/* ---------------------------------------------------------------------- */
/* OSError                                                                */
/* ---------------------------------------------------------------------- */

static KrType *errno_subclass(KrObject *code)
{
    int overflow = 0;
    int64_t e = kr_int_as_i64(code, &overflow);
    if (overflow) {
        return NULL;
    }
    switch (e) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
        return &kr_exc_BlockingIOError;
    case ECHILD: return &kr_exc_ChildProcessError;
    case EPIPE:
#ifdef ESHUTDOWN
    case ESHUTDOWN:
#endif
        return &kr_exc_BrokenPipeError;
    case ECONNABORTED: return &kr_exc_ConnectionAbortedError;
    case ECONNREFUSED: return &kr_exc_ConnectionRefusedError;
    case ECONNRESET: return &kr_exc_ConnectionResetError;
    case EEXIST: return &kr_exc_FileExistsError;
    case ENOENT: return &kr_exc_FileNotFoundError;
    case EISDIR: return &kr_exc_IsADirectoryError;
    case ENOTDIR: return &kr_exc_NotADirectoryError;
    case EINTR: return &kr_exc_InterruptedError;
    case EACCES:
    case EPERM:
        return &kr_exc_PermissionError;
    case ESRCH: return &kr_exc_ProcessLookupError;
    case ETIMEDOUT: return &kr_exc_TimeoutError;
    default: return NULL;
    }
}

static KrObject *oserr_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames);
static int oserr_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                      KrObject *kwnames);

/* A subclass that overrides __init__ but not __new__ parses in __init__. */
static int oserr_use_init(KrType *t)
{
    return t->init != oserr_init && t->new_ == oserr_new;
}

/* Stores errno/strerror/filenames from args (2 to 5 items) and trims args
 * to (errno, strerror) when a filename was given, as CPython does. */
static int oserr_fill(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    OSErrorObj *e = (OSErrorObj *)self;
    Kr_ssize_t keep = nargs;
    if (nargs >= 2 && nargs <= 5) {
        KR_SETREF(e->myerrno, kr_newref(args[0]));
        KR_SETREF(e->strerror, kr_newref(args[1]));
        KrObject *filename = nargs > 2 ? args[2] : NULL;
        KrObject *filename2 = nargs > 4 ? args[4] : NULL;
        if (filename && filename != kr_None) {
            KR_SETREF(e->filename, kr_newref(filename));
            if (filename2 && filename2 != kr_None)
                KR_SETREF(e->filename2, kr_newref(filename2));
            keep = 2;
        }
    }
    return set_args(self, args, keep);
}

static KrObject *oserr_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    KrType *newtype = type;
    if (!oserr_use_init(type)) {
        if (kr_check_no_kwargs(kr_type_name(type), kwnames) < 0)
            return NULL;
        if (type == &kr_exc_OSError && nargs >= 2 && nargs <= 5 && KR_INT_CHECK(args[0])) {
            KrType *sub = errno_subclass(args[0]);
            if (sub)
                newtype = sub;
        }
    }
    KrObject *self = base_alloc(newtype, NULL, 0);
    if (self == NULL)
        return NULL;
    if (!oserr_use_init(newtype) && oserr_fill(self, args, nargs) < 0) {
        kr_decref(self);
        return NULL;
    }
    kr_gc_track(self);
    return self;
}

static int oserr_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                      KrObject *kwnames)
{
    if (!oserr_use_init(KR_TYPE(self)))
        return 0;
    if (kr_check_no_kwargs(kr_type_name(KR_TYPE(self)), kwnames) < 0)
        return -1;
    return oserr_fill(self, args, nargs);
}

static KrObject *oserr_str(KrObject *self)
{
    OSErrorObj *e = (OSErrorObj *)self;
    if (e->filename) {
        if (e->filename2)
            return kr_str_from_format("[Errno %S] %S: %R -> %R", e->myerrno ? e->myerrno : kr_None,
                                      e->strerror ? e->strerror : kr_None, e->filename,
                                      e->filename2);
        return kr_str_from_format("[Errno %S] %S: %R", e->myerrno ? e->myerrno : kr_None,
                                  e->strerror ? e->strerror : kr_None, e->filename);
    }
    if (e->myerrno && e->strerror)
        return kr_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return base_str(self);
}

static KrObject *oserr_reduce(KrObject *self)
{
    OSErrorObj *e = (OSErrorObj *)self;
    KrObject *args = e->base.args;
    KrObject *newargs = NULL;
    if (KR_SIZE(args) == 2 && e->filename) {
        Kr_ssize_t n = e->filename2 ? 5 : 3;
        newargs = kr_tuple_new(n);
        if (newargs == NULL)
            return NULL;
        KR_TUPLE_SET(newargs, 0, kr_newref(KR_TUPLE_GET(args, 0)));
        KR_TUPLE_SET(newargs, 1, kr_newref(KR_TUPLE_GET(args, 1)));
        KR_TUPLE_SET(newargs, 2, kr_newref(e->filename));
        if (e->filename2) {
            KR_TUPLE_SET(newargs, 3, kr_newref(kr_None));
            KR_TUPLE_SET(newargs, 4, kr_newref(e->filename2));
        }
        args = newargs;
    }
    KrObject *r;
    if (e->base.dict && kr_dict_size(e->base.dict) > 0)
        r = kr_tuple_pack(3, (KrObject *)KR_TYPE(self), args, e->base.dict);
    else
        r = kr_tuple_pack(2, (KrObject *)KR_TYPE(self), args);
    kr_xdecref(newargs);
    return r;
}

static const KrMethodDef oserr_methods[] = {
    KR_METHOD_NOARGS("__reduce__", oserr_reduce),
    KR_METHOD_END,
};

static const KrMemberDef oserr_members[] = {
    { "errno", KR_T_OBJECT, offsetof(OSErrorObj, myerrno), 0, NULL },
    { "strerror", KR_T_OBJECT, offsetof(OSErrorObj, strerror), 0, NULL },
    { "filename", KR_T_OBJECT, offsetof(OSErrorObj, filename), 0, NULL },
    { "filename2", KR_T_OBJECT, offsetof(OSErrorObj, filename2), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

/* ---------------------------------------------------------------------- */
/* SyntaxError                                                            */
/* ---------------------------------------------------------------------- */

static int syntaxerr_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    SyntaxErrorObj *e = (SyntaxErrorObj *)self;
    if (nargs >= 1)
        KR_SETREF(e->msg, kr_newref(args[0]));
    if (nargs == 2) {
        KrObject *info = kr_sequence_tuple(args[1]);
        if (info == NULL)
            return -1;
        Kr_ssize_t n = KR_SIZE(info);
        if (n < 4 || n > 6) {
            kr_err_format(&kr_exc_TypeError, "function takes %s %d arguments (%zd given)",
                          n < 4 ? "at least" : "at most", n < 4 ? 4 : 6, n);
            kr_decref(info);
            return -1;
        }
        KrObject **fields[] = { &e->filename, &e->lineno, &e->offset, &e->text,
                                &e->end_lineno, &e->end_offset };
        for (Kr_ssize_t i = 0; i < 6; i++)
            KR_SETREF(*fields[i], i < n ? kr_newref(KR_TUPLE_GET(info, i)) : NULL);
        kr_decref(info);
    }
    return 0;
}

static KrObject *syntaxerr_str(KrObject *self)
{
    SyntaxErrorObj *e = (SyntaxErrorObj *)self;
    const char *file = NULL;
    if (e->filename && KR_STR_CHECK(e->filename)) {
        file = kr_str_utf8(e->filename, NULL);
        if (file == NULL)
            return NULL;
        const char *slash = strrchr(file, '/');
        if (slash)
            file = slash + 1;
    }
    int have_line = e->lineno && KR_INT_CHECK_EXACT(e->lineno);
    long line = 0;
    if (have_line) {
        int overflow;
        line = (long)kr_int_as_i64(e->lineno, &overflow);
    }
    KrObject *msg = e->msg ? e->msg : kr_None;
    if (file && have_line)
        return kr_str_from_format("%S (%s, line %ld)", msg, file, line);
    if (file)
        return kr_str_from_format("%S (%s)", msg, file);
    if (have_line)
        return kr_str_from_format("%S (line %ld)", msg, line);
    return kr_object_str(msg);
}

static const KrMemberDef syntaxerr_members[] = {
    { "msg", KR_T_OBJECT, offsetof(SyntaxErrorObj, msg), 0, NULL },
    { "filename", KR_T_OBJECT, offsetof(SyntaxErrorObj, filename), 0, NULL },
    { "lineno", KR_T_OBJECT, offsetof(SyntaxErrorObj, lineno), 0, NULL },
    { "offset", KR_T_OBJECT, offsetof(SyntaxErrorObj, offset), 0, NULL },
    { "text", KR_T_OBJECT, offsetof(SyntaxErrorObj, text), 0, NULL },
    { "end_lineno", KR_T_OBJECT, offsetof(SyntaxErrorObj, end_lineno), 0, NULL },
    { "end_offset", KR_T_OBJECT, offsetof(SyntaxErrorObj, end_offset), 0, NULL },
    { "print_file_and_line", KR_T_OBJECT, offsetof(SyntaxErrorObj, print_file_and_line), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

/* Converts a 0-based byte offset into the UTF-8 of `text` to a 1-based
 * character offset, as CPython reports SyntaxError.offset. */
static int char_offset(KrObject *text, int col)
{
    if (text == NULL || !KR_STR_CHECK(text) || col < 0)
        return col + 1;
    Kr_ssize_t len;
    const char *s = kr_str_utf8(text, &len);
    if (s == NULL) {
        kr_err_clear();
        return col + 1;
    }
    int chars = 0;
    for (Kr_ssize_t i = 0; i < len && i < col; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            chars++;
    if (col > len)
        chars += (int)(col - len);
    return chars + 1;
}

void kr_err_syntax_location(KrType *exc_type, const char *msg, KrObject *filename,
                            int lineno, int col_offset, int end_lineno,
                            int end_col_offset, KrObject *text)
{
    KrObject *m = NULL, *info = NULL, *exc = NULL;
    KrObject *vals[6] = { NULL };
    m = kr_str_from_cstr(msg);
    if (m == NULL)
        goto done;
    vals[0] = kr_newref(filename ? filename : kr_None);
    vals[1] = kr_int_from_i64(lineno);
    vals[2] = kr_int_from_i64(char_offset(text, col_offset));
    vals[3] = kr_newref(text ? text : kr_None);
    vals[4] = end_lineno >= 0 ? kr_int_from_i64(end_lineno) : kr_newref(kr_None);
    /* The parser passes end column -1 where CPython reports end_offset 0
     * and -2 where it reports -1 (unclosed brackets, unexpected indent);
     * other negative values mean "unknown". */
    if (end_col_offset >= 0)
        vals[5] = kr_int_from_i64(char_offset(text, end_col_offset));
    else if (end_col_offset == -1 || end_col_offset == -2)
        vals[5] = kr_int_from_i64(end_col_offset + 1);
    else
        vals[5] = kr_newref(kr_None);
    for (int i = 0; i < 6; i++)
        if (vals[i] == NULL)
            goto done;
    info = kr_tuple_from_array(vals, 6);
    if (info == NULL)
        goto done;
    KrObject *args[2] = { m, info };
    exc = kr_call((KrObject *)exc_type, args, 2, NULL);
    if (exc != NULL)
        kr_err_set_object(exc);
done:
    kr_xdecref(m);
    kr_xdecref(info);
    kr_xdecref(exc);
    for (int i = 0; i < 6; i++)
        kr_xdecref(vals[i]);
}

/* ---------------------------------------------------------------------- */
/* UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError         */
/* ---------------------------------------------------------------------- */

static int want_str(KrObject *o, int pos)
{
    if (KR_STR_CHECK(o))
        return 0;
    kr_err_format(&kr_exc_TypeError, "argument %d must be str, not %T", pos, o);
    return -1;
}

static int want_index(KrObject *o, Kr_ssize_t *out)
{
    *out = kr_number_as_ssize(o, &kr_exc_OverflowError);
    return *out == -1 && kr_err_occurred() ? -1 : 0;
}

/* kind: 'e'ncode, 'd'ecode, 't'ranslate */
static int unicode_init_kind(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames, char kind)
{
    if (base_init(self, args, nargs, kwnames) < 0)
        return -1;
    Kr_ssize_t want = kind == 't' ? 4 : 5;
    if (nargs != want) {
        kr_err_format(&kr_exc_TypeError, "function takes exactly %zd arguments (%zd given)",
                      want, nargs);
        return -1;
    }
    UnicodeErrorObj *e = (UnicodeErrorObj *)self;
    KrObject *const *a = args;
    KrObject *encoding = NULL;
    if (kind != 't') {
        if (want_str(a[0], 1) < 0)
            return -1;
        encoding = a[0];
        a++;
    }
    KrObject *object;
    int base = kind == 't' ? 1 : 2;
    if (kind == 'd') {
        if (KR_BYTES_CHECK(a[0])) {
            object = kr_newref(a[0]);
        } else if (KR_BYTEARRAY_CHECK(a[0])) {
            KrByteArray *ba = (KrByteArray *)a[0];
            object = kr_bytes_from(ba->data, KR_SIZE(ba));
            if (object == NULL)
                return -1;
        } else {
            kr_err_format(&kr_exc_TypeError, "a bytes-like object is required, not '%T'", a[0]);
            return -1;
        }
    } else {
        if (want_str(a[0], base) < 0)
            return -1;
        object = kr_newref(a[0]);
    }
    Kr_ssize_t start, end;
    if (want_index(a[1], &start) < 0 || want_index(a[2], &end) < 0 ||
        want_str(a[3], base + 3) < 0) {
        kr_decref(object);
        return -1;
    }
    KR_SETREF(e->encoding, kr_xnewref(encoding));
    KR_SETREF(e->object, object);
    KR_SETREF(e->reason, kr_newref(a[3]));
    e->start = start;
    e->end = end;
    return 0;
}

static int uencode_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    return unicode_init_kind(self, args, nargs, kwnames, 'e');
}

static int udecode_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                        KrObject *kwnames)
{
    return unicode_init_kind(self, args, nargs, kwnames, 'd');
}

static int utranslate_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    return unicode_init_kind(self, args, nargs, kwnames, 't');
}

/* "'\xe9'"-style escape of a code point, as the error strings show it. */
static void escape_cp(uint32_t c, char *buf, size_t n)
{
    if (c <= 0xff)
        snprintf(buf, n, "\\x%02x", (unsigned)c);
    else if (c <= 0xffff)
        snprintf(buf, n, "\\u%04x", (unsigned)c);
    else
        snprintf(buf, n, "\\U%08x", (unsigned)c);
}

static KrObject *unicode_str_kind(KrObject *self, char kind)
{
    UnicodeErrorObj *e = (UnicodeErrorObj *)self;
    if (e->object == NULL)
        return kr_str_from_cstr("");
    KrObject *reason = kr_object_str(e->reason ? e->reason : kr_None);
    if (reason == NULL)
        return NULL;
    KrObject *enc = NULL;
    if (kind != 't') {
        enc = kr_object_str(e->encoding ? e->encoding : kr_None);
        if (enc == NULL) {
            kr_decref(reason);
            return NULL;
        }
    }
    KrObject *r;
    char esc[16];
    Kr_ssize_t start = e->start, end = e->end;
    if (kind == 'd') {
        Kr_ssize_t len = KR_BYTES_CHECK(e->object) ? KR_SIZE(e->object) : 0;
        if (start >= 0 && start < len && end == start + 1)
            r = kr_str_from_format("'%U' codec can't decode byte 0x%s in position %zd: %U",
                                   enc, (snprintf(esc, sizeof esc, "%02x",
                                                  (unsigned char)KR_BYTES_DATA(e->object)[start]),
                                         esc),
                                   start, reason);
        else
            r = kr_str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U",
                                   enc, start, end - 1, reason);
    } else {
        Kr_ssize_t len = KR_STR_CHECK(e->object) ? KR_STR_LEN(e->object) : 0;
        int single = start >= 0 && start < len && end == start + 1;
        if (single)
            escape_cp(KR_STR_CHAR(e->object, start), esc, sizeof esc);
        if (kind == 'e')
            r = single ? kr_str_from_format("'%U' codec can't encode character '%s' in "
                                            "position %zd: %U", enc, esc, start, reason)
                       : kr_str_from_format("'%U' codec can't encode characters in position "
                                            "%zd-%zd: %U", enc, start, end - 1, reason);
        else
            r = single ? kr_str_from_format("can't translate character '%s' in position "
                                            "%zd: %U", esc, start, reason)
                       : kr_str_from_format("can't translate characters in position "
                                            "%zd-%zd: %U", start, end - 1, reason);
    }
    kr_decref(reason);
    kr_xdecref(enc);
    return r;
}

static KrObject *uencode_str(KrObject *self) { return unicode_str_kind(self, 'e'); }
static KrObject *udecode_str(KrObject *self) { return unicode_str_kind(self, 'd'); }
static KrObject *utranslate_str(KrObject *self) { return unicode_str_kind(self, 't'); }

static const KrMemberDef unicodeerr_members[] = {
    { "encoding", KR_T_OBJECT, offsetof(UnicodeErrorObj, encoding), 0, NULL },
    { "object", KR_T_OBJECT, offsetof(UnicodeErrorObj, object), 0, NULL },
    { "start", KR_T_SSIZE, offsetof(UnicodeErrorObj, start), 0, NULL },
    { "end", KR_T_SSIZE, offsetof(UnicodeErrorObj, end), 0, NULL },
    { "reason", KR_T_OBJECT, offsetof(UnicodeErrorObj, reason), 0, NULL },
    { NULL, 0, 0, 0, NULL },
};

/* ---------------------------------------------------------------------- */
/* BaseExceptionGroup / ExceptionGroup                                    */
/* ---------------------------------------------------------------------- */

static KrObject *excgroup_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    if (kr_check_no_kwargs(kr_type_name(type), kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return kr_err_format(&kr_exc_TypeError,
                             "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)",
                             nargs);
    KrObject *message = args[0], *seq = args[1];
    if (!KR_STR_CHECK(message))
        return kr_err_format(&kr_exc_TypeError,
                             "BaseExceptionGroup.__new__() argument 1 must be str, not %T",
                             message);
    KrType *st = KR_TYPE(seq);
    int is_seq = KR_LIST_CHECK(seq) || KR_TUPLE_CHECK(seq) ||
                 (st->as_sequence && st->as_sequence->item && !KR_DICT_CHECK(seq) &&
                  !KR_ANYSET_CHECK(seq));
    if (!is_seq)
        return kr_err_format(&kr_exc_TypeError,
                             "second argument (exceptions) must be a sequence");
    KrObject *excs = kr_sequence_tuple(seq);
    if (excs == NULL)
        return NULL;
    if (KR_SIZE(excs) == 0) {
        kr_decref(excs);
        return kr_err_format(&kr_exc_ValueError,
                             "second argument (exceptions) must be a non-empty sequence");
    }
    int nested_base = 0;
    for (Kr_ssize_t i = 0; i < KR_SIZE(excs); i++) {
        KrObject *x = KR_TUPLE_GET(excs, i);
        if (!KR_EXC_CHECK(x)) {
            kr_decref(excs);
            return kr_err_format(&kr_exc_ValueError,
                                 "Item %zd of second argument (exceptions) is not an exception",
                                 i);
        }
        if (!kr_type_is_subtype(KR_TYPE(x), &kr_exc_Exception))
            nested_base = 1;
    }
    KrType *cls = type;
    if (cls == &kr_exc_ExceptionGroup) {
        if (nested_base) {
            kr_decref(excs);
            return kr_err_format(&kr_exc_TypeError,
                                 "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (cls == &kr_exc_BaseExceptionGroup) {
        if (!nested_base)
            cls = &kr_exc_ExceptionGroup;
    } else if (nested_base && kr_type_is_subtype(cls, &kr_exc_Exception)) {
        kr_decref(excs);
        return kr_err_format(&kr_exc_TypeError, "Cannot nest BaseExceptions in '%s'",
                             kr_type_name(cls));
    }
    KrObject *self = base_alloc(cls, args, nargs);
    if (self == NULL) {
        kr_decref(excs);
        return NULL;
    }
    ExcGroupObj *g = (ExcGroupObj *)self;
    g->msg = kr_newref(message);
    g->excs = excs;
    kr_gc_track(self);
    return self;
}

static int excgroup_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    return base_init(self, args, nargs, kwnames);
}

static KrObject *excgroup_str(KrObject *self)
{
    ExcGroupObj *g = (ExcGroupObj *)self;
    Kr_ssize_t n = g->excs ? KR_SIZE(g->excs) : 0;
    return kr_str_from_format("%S (%zd sub-exception%s)", g->msg ? g->msg : kr_None, n,
                              n > 1 ? "s" : "");
}

static KrObject *excgroup_derive(KrObject *self, KrObject *excs)
{
    KrObject *args[2] = { ((ExcGroupObj *)self)->msg, excs };
    return kr_call((KrObject *)&kr_exc_BaseExceptionGroup, args, 2, NULL);
}

enum { MATCH_TYPE, MATCH_PREDICATE, MATCH_IDS };

/* `except T` matching: by class (or tuple of classes), no __instancecheck__. */
static int exc_matches(KrObject *exc, KrObject *t)
{
    if (KR_TUPLE_CHECK(t)) {
        for (Kr_ssize_t i = 0; i < KR_SIZE(t); i++)
            if (exc_matches(exc, KR_TUPLE_GET(t, i)))
                return 1;
        return 0;
    }
    return KR_TYPE_CHECK(t) && kr_type_is_subtype(KR_TYPE(exc), (KrType *)t);
}

static int is_group(KrObject *exc)
{
    return KR_EXC_CHECK(exc) && kr_type_is_subtype(KR_TYPE(exc), &kr_exc_BaseExceptionGroup);
}

static int classify_matcher(KrObject *value, int *kind)
{
    if (kr_callable_check(value) && !KR_TYPE_CHECK(value)) {
        *kind = MATCH_PREDICATE;
        return 0;
    }
    if (KR_EXC_CLASS_CHECK(value)) {
        *kind = MATCH_TYPE;
        return 0;
    }
    if (KR_TUPLE_CHECK_EXACT(value)) {
        Kr_ssize_t i;
        for (i = 0; i < KR_SIZE(value); i++)
            if (!KR_EXC_CLASS_CHECK(KR_TUPLE_GET(value, i)))
                break;
        if (i == KR_SIZE(value)) {
            *kind = MATCH_TYPE;
            return 0;
        }
    }
    kr_err_set_string(&kr_exc_TypeError,
                      "expected a function, exception type or tuple of exception types");
    return -1;
}

static int matches(KrObject *exc, int kind, KrObject *value)
{
    if (kind == MATCH_TYPE)
        return exc_matches(exc, value);
    if (kind == MATCH_IDS) {
        KrObject *id = kr_int_from_u64((uint64_t)(uintptr_t)exc);
        if (id == NULL)
            return -1;
        int r = kr_set_contains(value, id);
        kr_decref(id);
        return r;
    }
    KrObject *r = kr_call1(value, exc);
    if (r == NULL)
        return -1;
    int t = kr_object_is_true(r);
    kr_decref(r);
    return t;
}

/* derive() a group with `items` (list) and copy the metadata of `orig`.
 * *out is None-free: NULL when items is empty. */
static int subset(KrObject *orig, KrObject *items, KrObject **out)
{
    *out = NULL;
    if (KR_SIZE(items) == 0)
        return 0;
    KrObject *eg = kr_call_method1(orig, kr_str_intern_cstr("derive"), items);
    if (eg == NULL)
        return -1;
    if (!KR_EXC_CHECK(eg) || !kr_type_is_subtype(KR_TYPE(eg), &kr_exc_BaseExceptionGroup)) {
        kr_decref(eg);
        kr_err_set_string(&kr_exc_TypeError,
                          "derive must return an instance of BaseExceptionGroup");
        return -1;
    }
    KrBaseException *o = EXC(orig), *n = EXC(eg);
    KR_SETREF(n->traceback, kr_xnewref(o->traceback));
    KR_SETREF(n->context, kr_xnewref(o->context));
    KR_SETREF(n->cause, kr_xnewref(o->cause));
    n->suppress_context = 1;
    KrObject *notes;
    int r = kr_object_lookup_attr(orig, kr_str_intern_cstr("__notes__"), &notes);
    if (r < 0) {
        kr_decref(eg);
        return -1;
    }
    if (r > 0) {
        KrObject *copy = kr_sequence_list(notes);
        kr_decref(notes);
        if (copy == NULL || kr_object_setattr(eg, kr_str_intern_cstr("__notes__"), copy) < 0) {
            kr_xdecref(copy);
            kr_decref(eg);
            return -1;
        }
        kr_decref(copy);
    }
    *out = eg;
    return 0;
}

/* Splits exc by the matcher into *match and (when rest != NULL) *rest. */
static int split_rec(KrObject *exc, int kind, KrObject *value, KrObject **match,
                     KrObject **rest)
{
    *match = NULL;
    if (rest)
        *rest = NULL;
    int m = matches(exc, kind, value);
    if (m < 0)
        return -1;
    if (m) {
        *match = kr_newref(exc);
        return 0;
    }
    if (!kr_type_is_subtype(KR_TYPE(exc), &kr_exc_BaseExceptionGroup)) {
        if (rest)
            *rest = kr_newref(exc);
        return 0;
    }
    KrObject *excs = ((ExcGroupObj *)exc)->excs;
    KrObject *ml = kr_list_new(0), *rl = kr_list_new(0);
    if (ml == NULL || rl == NULL)
        goto fail;
    for (Kr_ssize_t i = 0; i < KR_SIZE(excs); i++) {
        KrObject *sm, *sr;
        if (split_rec(KR_TUPLE_GET(excs, i), kind, value, &sm, rest ? &sr : NULL) < 0)
            goto fail;
        int bad = 0;
        if (sm) {
            bad |= kr_list_append(ml, sm) < 0;
            kr_decref(sm);
        }
        if (rest && sr) {
            bad |= kr_list_append(rl, sr) < 0;
            kr_decref(sr);
        }
        if (bad)
            goto fail;
    }
    if (subset(exc, ml, match) < 0)
        goto fail;
    if (rest && subset(exc, rl, rest) < 0) {
        KR_CLEAR(*match);
        goto fail;
    }
    kr_decref(ml);
    kr_decref(rl);
    return 0;
fail:
    kr_xdecref(ml);
    kr_xdecref(rl);
    return -1;
}

static KrObject *excgroup_split(KrObject *self, KrObject *cond)
{
    int kind;
    if (classify_matcher(cond, &kind) < 0)
        return NULL;
    KrObject *m, *r;
    if (split_rec(self, kind, cond, &m, &r) < 0)
        return NULL;
    KrObject *t = kr_tuple_pack(2, m ? m : kr_None, r ? r : kr_None);
    kr_xdecref(m);
    kr_xdecref(r);
    return t;
}

static KrObject *excgroup_subgroup(KrObject *self, KrObject *cond)
{
    int kind;
    if (classify_matcher(cond, &kind) < 0)
        return NULL;
    KrObject *m;
    if (split_rec(self, kind, cond, &m, NULL) < 0)
        return NULL;
    return m ? m : kr_newref(kr_None);
}

/* ---- except* ---- */

static KrObject *make_group(KrObject *excs)
{
    KrObject *args[2] = { kr_str_intern_cstr(""), excs };
    return kr_call((KrObject *)&kr_exc_BaseExceptionGroup, args, 2, NULL);
}

int kr_exc_group_match(KrObject *exc, KrObject *match_type, KrObject **match,
                       KrObject **rest)
{
    *match = *rest = NULL;
    if (exc == kr_None) {
        *match = kr_newref(kr_None);
        *rest = kr_newref(kr_None);
        return 0;
    }
    if (exc_matches(exc, match_type)) {
        KrObject *wrapped;
        if (is_group(exc)) {
            wrapped = kr_newref(exc);
        } else {
            KrObject *excs = kr_tuple_pack(1, exc);
            wrapped = excs ? make_group(excs) : NULL;
            kr_xdecref(excs);
            if (wrapped == NULL)
                return -1;
            kr_exc_set_traceback(wrapped, EXC(exc)->traceback);
        }
        *match = wrapped;
        *rest = kr_newref(kr_None);
        return 0;
    }
    if (is_group(exc)) {
        KrObject *pair = kr_call_method1(exc, kr_str_intern_cstr("split"), match_type);
        if (pair == NULL)
            return -1;
        if (!KR_TUPLE_CHECK(pair) || KR_SIZE(pair) != 2) {
            kr_decref(pair);
            kr_err_format(&kr_exc_TypeError, "%s.split must return a 2-tuple, got %T",
                          kr_type_name(KR_TYPE(exc)), pair);
            return -1;
        }
        *match = kr_newref(KR_TUPLE_GET(pair, 0));
        *rest = kr_newref(KR_TUPLE_GET(pair, 1));
        kr_decref(pair);
        return 0;
    }
    *match = kr_newref(kr_None);
    *rest = kr_newref(kr_None);
    return 0;
}

static int collect_leaf_ids(KrObject *exc, KrObject *ids)
{
    if (exc == kr_None)
        return 0;
    if (!is_group(exc)) {
        KrObject *id = kr_int_from_u64((uint64_t)(uintptr_t)exc);
        int r = id ? kr_set_add(ids, id) : -1;
        kr_xdecref(id);
        return r;
    }
    KrObject *excs = ((ExcGroupObj *)exc)->excs;
    for (Kr_ssize_t i = 0; excs && i < KR_SIZE(excs); i++)
        if (collect_leaf_ids(KR_TUPLE_GET(excs, i), ids) < 0)
            return -1;
    return 0;
}

/* The part of eg whose leaves are leaves of the exceptions in keep, with
 * eg's nesting; None when there are none. */
static KrObject *projection(KrObject *eg, KrObject *keep)
{
    KrObject *ids = kr_set_new(NULL);
    if (ids == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < KR_SIZE(keep); i++) {
        if (collect_leaf_ids(KR_LIST_GET(keep, i), ids) < 0) {
            kr_decref(ids);
            return NULL;
        }
    }
    KrObject *m;
    int r = split_rec(eg, MATCH_IDS, ids, &m, NULL);
    kr_decref(ids);
    if (r < 0)
        return NULL;
    return m ? m : kr_newref(kr_None);
}

/* A re-raised exception still carries the caught group's metadata. */
static int same_metadata(KrObject *a, KrObject *b)
{
    KrBaseException *x = EXC(a), *y = EXC(b);
    return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

KrObject *kr_exc_prep_reraise_star(KrObject *orig, KrObject *excs)
{
    Kr_ssize_t n = KR_SIZE(excs);
    if (n == 0)
        return kr_newref(kr_None);
    if (!is_group(orig))
        return kr_newref(KR_LIST_GET(excs, 0));   /* a naked exception: one clause ran */
    KrObject *raised = kr_list_new(0), *reraised = kr_list_new(0), *result = NULL;
    KrObject *reraised_eg = NULL;
    if (raised == NULL || reraised == NULL)
        goto done;
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *e = KR_LIST_GET(excs, i);
        if (e == kr_None)
            continue;
        if (kr_list_append(same_metadata(e, orig) ? reraised : raised, e) < 0)
            goto done;
    }
    reraised_eg = projection(orig, reraised);
    if (reraised_eg == NULL)
        goto done;
    if (KR_SIZE(raised) == 0) {
        result = kr_newref(reraised_eg);
    } else {
        if (reraised_eg != kr_None && kr_list_append(raised, reraised_eg) < 0)
            goto done;
        result = KR_SIZE(raised) > 1 ? make_group(raised) : kr_newref(KR_LIST_GET(raised, 0));
    }
done:
    kr_xdecref(raised);
    kr_xdecref(reraised);
    kr_xdecref(reraised_eg);
    return result;
}

static const KrMethodDef excgroup_methods[] = {
    KR_METHOD_O("derive", excgroup_derive),
    KR_METHOD_O("split", excgroup_split),
    KR_METHOD_O("subgroup", excgroup_subgroup),
    KR_CLASS_GETITEM_METHOD,
    KR_METHOD_END,
};

static const KrMemberDef excgroup_members[] = {
    { "message", KR_T_OBJECT, offsetof(ExcGroupObj, msg), KR_READONLY, NULL },
    { "exceptions", KR_T_OBJECT, offsetof(ExcGroupObj, excs), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

/* ---------------------------------------------------------------------- */
/* The types                                                              */
/* ---------------------------------------------------------------------- */

#define kr_exc_object kr_object_type
#define X(N, B)                                                               \
    KrType kr_exc_##N = {                                                     \
        .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),                            \
        .name = #N,                                                           \
        .basicsize = 0,                                                       \
        .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC |                   \
                 KR_TPFLAGS_BASE_EXC_SUBCLASS,                                \
        .base = &kr_exc_##B,                                                  \
        .dictoffset = offsetof(KrBaseException, dict),                        \
    };
KR_EXCEPTIONS(X)
#undef X
#undef kr_exc_object

static KrType *const all_types[] = {
#define X(name, basename) &kr_exc_##name,
    KR_EXCEPTIONS(X)
#undef X
};

typedef struct Family {
    KrType *type;
    Kr_ssize_t size;
    kr_destructor dealloc;
    kr_traverseproc traverse;
    kr_inquiry clear;
    kr_newfunc new_;
    kr_initproc init;
    kr_unaryfunc str;
    const KrMethodDef *methods;
    const KrMemberDef *members;
} Family;

static const Family families[] = {
    { &kr_exc_StopIteration, sizeof(StopIterationObj), stopiter_dealloc, stopiter_traverse,
      stopiter_clear, NULL, stopiter_init, NULL, NULL, stopiter_members },
    { &kr_exc_SystemExit, sizeof(SystemExitObj), sysexit_dealloc, sysexit_traverse,
      sysexit_clear, NULL, sysexit_init, NULL, NULL, sysexit_members },
    { &kr_exc_ImportError, sizeof(ImportErrorObj), importerr_dealloc, importerr_traverse,
      importerr_clear, NULL, importerr_init, importerr_str, importerr_methods,
      importerr_members },
    { &kr_exc_NameError, sizeof(NameErrorObj), nameerr_dealloc, nameerr_traverse,
      nameerr_clear, NULL, nameerr_init, NULL, NULL, nameerr_members },
    { &kr_exc_AttributeError, sizeof(AttributeErrorObj), attrerr_dealloc, attrerr_traverse,
      attrerr_clear, NULL, attrerr_init, NULL, NULL, attrerr_members },
    { &kr_exc_OSError, sizeof(OSErrorObj), oserr_dealloc, oserr_traverse, oserr_clear,
      oserr_new, oserr_init, oserr_str, oserr_methods, oserr_members },
    { &kr_exc_SyntaxError, sizeof(SyntaxErrorObj), syntaxerr_dealloc, syntaxerr_traverse,
      syntaxerr_clear, NULL, syntaxerr_init, syntaxerr_str, NULL, syntaxerr_members },
    { &kr_exc_UnicodeEncodeError, sizeof(UnicodeErrorObj), unicodeerr_dealloc,
      unicodeerr_traverse, unicodeerr_clear, NULL, uencode_init, uencode_str, NULL,
      unicodeerr_members },
    { &kr_exc_UnicodeDecodeError, sizeof(UnicodeErrorObj), unicodeerr_dealloc,
      unicodeerr_traverse, unicodeerr_clear, NULL, udecode_init, udecode_str, NULL,
      unicodeerr_members },
    { &kr_exc_UnicodeTranslateError, sizeof(UnicodeErrorObj), unicodeerr_dealloc,
      unicodeerr_traverse, unicodeerr_clear, NULL, utranslate_init, utranslate_str, NULL,
      unicodeerr_members },
    { &kr_exc_BaseExceptionGroup, sizeof(ExcGroupObj), excgroup_dealloc, excgroup_traverse,
      excgroup_clear, excgroup_new, excgroup_init, excgroup_str, excgroup_methods,
      excgroup_members },
    /* ExceptionGroup(BaseExceptionGroup, Exception): the layout of the
     * group, the base of the list; its bases tuple gets both. */
    { &kr_exc_ExceptionGroup, sizeof(ExcGroupObj), excgroup_dealloc, excgroup_traverse,
      excgroup_clear, excgroup_new, excgroup_init, NULL, NULL, NULL },
};

/* ExceptionGroup.__bases__ == (BaseExceptionGroup, Exception).  Built
 * statically because the constructor below runs before any allocation is
 * possible; laid out as a KrTuple preceded by an (untracked) GC header. */
static struct {
    KrGCHead gc;
    KrVarObject ob;
    KrObject *items[2];
} eg_bases = {
    { NULL, NULL, 0 },
    KR_STATIC_VARHEAD(&kr_tuple_type, 2),
    { (KrObject *)&kr_exc_BaseExceptionGroup, (KrObject *)&kr_exc_Exception },
};

__attribute__((constructor)) static void setup_exception_types(void)
{
    KrType *b = &kr_exc_BaseException;
    b->basicsize = sizeof(KrBaseException);
    b->dealloc = base_dealloc;
    b->traverse = base_traverse;
    b->clear = base_clear;
    b->new_ = base_new;
    b->init = base_init;
    b->repr = base_repr;
    b->str = base_str;
    b->methods = base_methods;
    b->members = base_members;
    b->getset = base_getset;
    for (size_t i = 0; i < sizeof families / sizeof families[0]; i++) {
        const Family *f = &families[i];
        KrType *t = f->type;
        t->basicsize = f->size;
        t->dealloc = f->dealloc;
        t->traverse = f->traverse;
        t->clear = f->clear;
        t->init = f->init;
        if (f->new_)
            t->new_ = f->new_;
        if (f->str)
            t->str = f->str;
        t->methods = f->methods;
        t->members = f->members;
    }
    kr_exc_KeyError.str = keyerror_str;
    kr_exc_ExceptionGroup.base = &kr_exc_BaseExceptionGroup;
    kr_exc_ExceptionGroup.bases = (KrObject *)&eg_bases.ob;
    /* Parents come before children in the list. */
    for (size_t i = 1; i < sizeof all_types / sizeof all_types[0]; i++) {
        KrType *t = all_types[i], *p = t->base;
        if (t->basicsize == 0) {
            t->basicsize = p->basicsize;
            t->dealloc = p->dealloc;
            t->traverse = p->traverse;
            t->clear = p->clear;
            t->init = p->init;
        }
        if (t->new_ == NULL)
            t->new_ = p->new_;
    }
}

/* ---------------------------------------------------------------------- */
/* C API                                                                  */
/* ---------------------------------------------------------------------- */

KrObject *kr_exc_new(KrType *exc_type, KrObject *const *args, Kr_ssize_t nargs)
{
    return kr_call((KrObject *)exc_type, args, nargs, NULL);
}

KrObject *kr_exc_stopiteration_value(KrObject *exc)
{
    if (exc && KR_EXC_CHECK(exc) && kr_type_is_subtype(KR_TYPE(exc), &kr_exc_StopIteration)) {
        KrObject *v = ((StopIterationObj *)exc)->value;
        if (v)
            return v;
    }
    return kr_None;
}

void kr_exc_set_context(KrObject *exc, KrObject *context)
{
    if (context == kr_None) {
        kr_decref(context);
        context = NULL;
    }
    KR_SETREF(EXC(exc)->context, context);
}

void kr_exc_set_cause(KrObject *exc, KrObject *cause)
{
    if (cause == kr_None) {
        kr_decref(cause);
        cause = NULL;
    }
    KR_SETREF(EXC(exc)->cause, cause);
    EXC(exc)->suppress_context = 1;
}

KrObject *kr_exc_get_traceback(KrObject *exc)
{
    return EXC(exc)->traceback;
}

void kr_exc_set_traceback(KrObject *exc, KrObject *tb)
{
    if (tb == kr_None)
        tb = NULL;
    KR_SETREF(EXC(exc)->traceback, kr_xnewref(tb));
}
