/*
 * compile.h -- internal to frontend/: the bytecode compiler's pieces that
 * tests and the AST optimizer share.  The public API is in frontend.h
 * (the "compiler" section).
 */
#ifndef KRAIT_COMPILE_H
#define KRAIT_COMPILE_H

#include "frontend.h"
#include "symtable.h"

/* Constant folding over the tree, as CPython 3.11's ast_opt.c: folds
 * operators on constants (with its size limits), tuples of constants,
 * `in [consts]` to tuples/frozensets, `__debug__`.  Rewrites nodes in
 * place; new objects go into the arena.  0, or -1 on a fatal error
 * (failures of the folded operation itself only leave the node alone). */
int kr_compile_fold(KrMod *mod, KrArena *arena, int optimize);

/* Pseudo-instructions that exist only inside the compiler's CFG. */
enum {
    KR_PSEUDO_BASE = 256,
    KR_P_SETUP_FINALLY = KR_PSEUDO_BASE,
    KR_P_SETUP_CLEANUP,
    KR_P_SETUP_WITH,
    KR_P_POP_BLOCK,
    KR_P_JUMP,
    KR_P_JUMP_NO_INTERRUPT,
    KR_P_POP_JUMP_IF_FALSE,
    KR_P_POP_JUMP_IF_TRUE,
    KR_P_POP_JUMP_IF_NONE,
    KR_P_POP_JUMP_IF_NOT_NONE,
    KR_PSEUDO_END
};

#endif /* KRAIT_COMPILE_H */
