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
/* The builtins dict for a globals dict (its __builtins__, else the
 * interpreter's); borrowed. */
KrObject *kr_eval_builtins_for(KrObject *globals);
/* Name of the localsplus slot i (borrowed). */
KrObject *kr_code_localsplus_name(KrCode *co, int i);

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
} KrGen;
#define KR_GEN_CHECK(o) (KR_TYPE(o) == &kr_generator_type)
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
/* Fresh dict of the bound local variables of an optimized frame. */
KrObject *kr_frame_locals_dict(KrFrame *f);
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
