/*
 * ceval.h -- internal to runtime/: the frame layout shared by the
 * interpreter loop (ceval.c), argument binding (call.c), generators
 * (generator.c), frame objects (frame.c) and tracebacks (traceback.c).
 *
 * A KrFrame is one activation of a code object.  Frames of ordinary calls
 * live on the thread's contiguous frame stack (tstate->stack_base..limit)
 * and are pushed and popped in LIFO order; generator frames are allocated
 * on the heap and owned by their generator; a frame whose Python-visible
 * frame object outlives it is copied into memory owned by that object
 * ("detached").  In every case the layout is the same:
 *
 *     KrFrame header | localsplus[nlocalsplus] | value stack[stacksize]
 *
 * localsplus holds the arguments and local variables (co_varnames), then
 * cells, then free variables, all as owned references or NULL (unbound).
 * The value stack follows directly; while the frame is not executing,
 * `stacktop` says how many items it holds.
 *
 * The previous-frame chain (tstate->frame, frame->previous) is what
 * tracebacks, sys._getframe and the profiler walk.
 */
#ifndef KRAIT_CEVAL_H
#define KRAIT_CEVAL_H

#include "krait.h"
#include "opcodes.h"

enum {
    KR_FRAME_OWNED_BY_THREAD = 0,   /* on the contiguous frame stack */
    KR_FRAME_OWNED_BY_GENERATOR,    /* heap, freed by the generator */
    KR_FRAME_OWNED_BY_FRAME_OBJECT, /* detached copy, freed by the frame object */
};

enum {
    KR_FRAME_CREATED = 0,           /* not started (generators) */
    KR_FRAME_SUSPENDED,             /* at a yield */
    KR_FRAME_EXECUTING,
    KR_FRAME_COMPLETED,             /* returned or raised; locals may remain */
    KR_FRAME_CLEARED,               /* references dropped */
};

typedef struct KrFrameObject KrFrameObject;

typedef struct KrFrame {
    KrCode *code;                   /* strong */
    KrObject *func;                 /* strong, NULL for module/exec code */
    KrObject *globals;              /* strong */
    KrObject *builtins;             /* strong */
    KrObject *locals;               /* strong; NULL for optimized code */
    KrObject *locals_snapshot;      /* strong; f_locals/locals() dict of optimized code */
    struct KrFrame *previous;       /* caller while executing */
    KrFrameObject *frameobj;        /* borrowed; cleared by the object's dealloc */
    KrObject *gen;                  /* borrowed owning generator or NULL */
    const KrCodeUnit *instr;        /* instruction executing / last executed */
    const KrCodeUnit *next_instr;   /* where to resume (calls, yields) */
    int stacktop;                   /* value stack depth while not executing */
    uint8_t owner;                  /* KR_FRAME_OWNED_BY_* */
    uint8_t entry;                  /* returning from it leaves the C loop */
    uint8_t state;                  /* KR_FRAME_* */
    KrObject *localsplus[];
} KrFrame;

struct KrFrameObject {
    KrObject ob;
    KrFrame *f;                     /* never NULL */
    KrObject *back;                 /* f_back after detaching (strong) */
    /* sys.settrace state (see ceval.c "Tracing").  The local tracer lives
     * here, not in KrFrame, so untraced frames pay nothing for it; a live
     * frame whose f_trace was set holds a reference to its frame object
     * (`pinned`) until kr_frame_detach, so the tracer survives between
     * events. */
    KrObject *trace;                /* f_trace (strong) or NULL */
    int trace_prev;                 /* offset of the last traced instruction, -1 = none */
    char trace_lines;               /* f_trace_lines */
    char trace_opcodes;             /* f_trace_opcodes */
    char pinned;                    /* the live frame owns one reference */
    char locals_read;               /* f_locals read since the last tracer call */
};

#define KR_FRAME_STACK(f) ((f)->localsplus + (f)->code->nlocalsplus)
static inline size_t kr_frame_size(KrCode *co)
{
    return sizeof(KrFrame) + sizeof(KrObject *) * (size_t)(co->nlocalsplus + co->stacksize);
}
static inline int kr_frame_lasti(KrFrame *f)
{
    return f->instr ? (int)(f->instr - f->code->code) : -1;
}

/* ---- ceval.c ---- */
/* Pushes a frame for co on the thread's frame stack (zeroed locals); all
 * object arguments are borrowed.  NULL with RecursionError/MemoryError. */
KrFrame *kr_frame_push(KrThreadState *ts, KrCode *co, KrObject *func, KrObject *globals,
                       KrObject *builtins, KrObject *locals);
/* Drops every reference the frame holds (detaching a live frame object
 * first) and, for thread frames, pops it off the frame stack. */
void kr_frame_pop(KrThreadState *ts, KrFrame *f);
/* Drops the frame's references without freeing it (generators). */
void kr_frame_clear(KrFrame *f);
/* Runs f until it returns, yields (f->state == SUSPENDED) or raises.
 * With throwflag the pending exception is raised at f's current
 * instruction first.  The caller links nothing: kr_eval_frame sets
 * f->previous and restores tstate->frame. */
KrObject *kr_eval_frame(KrThreadState *ts, KrFrame *f, int throwflag);
/* Trace events, numbered as CPython's PyTrace_* (sys.settrace). */
enum { KR_TRACE_CALL, KR_TRACE_EXCEPTION, KR_TRACE_LINE, KR_TRACE_RETURN, KR_TRACE_OPCODE };
/* The event the running tracer was called for (KR_TRACE_CALL when none
 * runs, as CPython's tstate->tracing_what): f_lineno assignment checks it. */
int kr_eval_trace_what(void);
/* The builtins dict for a globals dict (its __builtins__, else the
 * interpreter's); borrowed. */
KrObject *kr_eval_builtins_for(KrObject *globals);
/* Name of the localsplus slot i (borrowed). */
KrObject *kr_code_localsplus_name(KrCode *co, int i);

/* C-level profile hook (cProfile's _lsprof): called where a
 * sys.setprofile function would be, with what = KR_PROF_* and arg the
 * builtin for the c_* events (else the return value or NULL).  A
 * negative result turns profiling off and propagates the hook's error.
 * While a hook is installed, sys.getprofile() returns its argument. */
enum { KR_PROF_CALL, KR_PROF_RETURN, KR_PROF_C_CALL, KR_PROF_C_RETURN, KR_PROF_C_EXCEPTION };
typedef int (*KrProfileHook)(KrObject *hookarg, KrFrame *f, int what, KrObject *arg);
/* Installs hook with hookarg (hook NULL = off); replaces any profile
 * function.  Always 0. */
int kr_eval_setprofile_c(KrProfileHook hook, KrObject *hookarg);

/* ---- call.c ---- */
/* Binds args into f->localsplus (must be all NULL) for func; -1 with
 * CPython's TypeError.  args are borrowed. */
int kr_call_bind_args(KrFunction *func, KrObject **localsplus, KrObject *const *args,
                      Kr_ssize_t nargs, KrObject *kwnames);
/* The function's vectorcall: binds the arguments and runs the code (or
 * makes a generator). */
KrObject *kr_function_vectorcall(KrObject *func, KrObject *const *args, Kr_ssize_t nargs,
                                 KrObject *kwnames);

/* ---- generator.c ---- */
typedef struct KrGen {
    KrObject ob;
    KrFrame *frame;                 /* owned heap frame; NULL once cleared */
    KrObject *name, *qualname;
    KrObject *code;                 /* strong: gi_code outlives the frame */
    KrObject *exc_state;            /* exception being handled inside, or NULL */
    KrObject *exc_outer;            /* while running: the caller's exc_info (borrowed) */
    KrObject *weakreflist;
    char running;
    char exc_own;                   /* while running: tstate->exc_info is exc_state's */
    char finalized;
    char ag_hooks_inited;           /* async generators: sys asyncgen hooks consulted */
    char ag_closed;                 /* async generators: aclose() begun or finished */
    KrObject *ag_finalizer;         /* async generators: finalizer hook, or NULL */
} KrGen;
/* Coroutines (async def) are generators with their own type: no
 * __iter__/__next__, awaited through SEND like a generator in yield from. */
extern KrType kr_coroutine_type;
#define KR_GEN_CHECK(o) (KR_TYPE(o) == &kr_generator_type || KR_TYPE(o) == &kr_coroutine_type || \
                         KR_TYPE(o) == &kr_async_gen_type)
/* Helpers the compiler stores as constants for await / async for / async
 * with (see generator.c); borrowed, immortal; NULL on failure. */
enum { KR_CORO_AWAITABLE, KR_CORO_AITER, KR_CORO_ANEXT, KR_CORO_BEFORE_AWITH,
       KR_CORO_AGEN_WRAP, KR_CORO_NHELPERS };
extern KrType kr_async_gen_type;
KrObject *kr_coro_helper(int which);
KrObject *kr_coro_anext(KrObject *it, KrObject *dflt);   /* builtins.anext */
KrObject *kr_coro_aiter(KrObject *o);                    /* builtins.aiter */
/* sys.set_asyncgen_hooks / sys.get_asyncgen_hooks */
KrObject *kr_gen_set_asyncgen_hooks(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                                    KrObject *kwnames);
KrObject *kr_gen_get_asyncgen_hooks(KrObject *m);
/* Takes ownership of a heap frame with bound arguments. */
KrObject *kr_gen_new(KrFrame *f, KrFunction *func);
/* Allocates a heap frame (zeroed locals) for a generator. */
KrFrame *kr_gen_frame_alloc(KrCode *co, KrObject *func, KrObject *globals,
                            KrObject *builtins);
/* gen.send(value): 0 = yielded *result, 1 = returned *result, -1 = error. */
int kr_gen_send_ex(KrObject *gen, KrObject *value, KrObject **result);

/* ---- frame.c ---- */
/* The frame object for f, created on first request (new reference). */
KrObject *kr_frame_object_for(KrFrame *f);
/* Called when f is about to be freed while its frame object lives: moves
 * the frame's contents into memory the object owns. */
void kr_frame_detach(KrFrame *f);
/* f_lineno of a frame. */
int kr_frame_lineno(KrFrame *f);
/* Sets f_trace (v borrowed; NULL or None clears).  On a frame that is still
 * running, the object is pinned to the frame and the line-event state
 * restarts at the frame's current instruction. */
void kr_frame_set_trace(KrFrameObject *fo, KrObject *v);
/* Fresh dict of the bound local variables of an optimized frame. */
KrObject *kr_frame_locals_dict(KrFrame *f);
/* Writes the f_locals snapshot of an optimized frame back into its slots
 * (names missing from it become unbound), as CPython does after each
 * tracer call.  Nothing without a snapshot. */
void kr_frame_locals_to_fast(KrFrame *f);
/* f_locals: the real locals mapping, or for optimized frames the frame's
 * one snapshot dict refreshed from the slots (new reference). */
KrObject *kr_frame_get_locals(KrFrame *f);

/* ---- traceback.c ---- */
typedef struct KrTraceback {
    KrObject ob;
    KrObject *next;                 /* tb_next or NULL */
    KrObject *frame;                /* frame object, strong */
    int lasti;                      /* code-unit offset */
    int lineno;
} KrTraceback;
/* Prepends an entry for frame f at its current instruction to exc's
 * traceback.  -1 on memory failure. */
int kr_traceback_here(KrObject *exc, KrFrame *f);

#endif
