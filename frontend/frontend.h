/*
 * frontend.h -- the frontend's one public header: source text -> AST ->
 * code objects.
 *
 * The tokenizer and parser turn UTF-8 source into CPython 3.11's AST
 * (ast.h, generated from python3.11's own `ast` module).  The tree lives in
 * a KrArena: every node, sequence and referenced object (identifiers,
 * constants) belongs to the arena and is released by kr_arena_free.
 *
 * Errors follow the runtime convention: NULL is returned with an exception
 * set -- SyntaxError / IndentationError / TabError with CPython's message
 * and location (raised through kr_err_syntax_location), or MemoryError.
 */
#ifndef KRAIT_FRONTEND_H
#define KRAIT_FRONTEND_H

#include "krait.h"
#include "ast.h"

/* ====================================================================== */
/* Parser                                                                 */
/* ====================================================================== */

enum {
    KR_MODE_EXEC = 0,    /* file input: Module */
    KR_MODE_EVAL = 1,    /* one expression: Expression */
    KR_MODE_SINGLE = 2,  /* one interactive statement: Interactive */
};

/* Parses src[0..len): UTF-8, a leading BOM skipped, or the encoding named
 * by a PEP 263 coding comment (latin-1/ascii/utf-8 and what
 * kr_str_decode knows).  filename (a str, borrowed, may be NULL -> None)
 * goes into SyntaxError.filename; a name not starting with '<' is treated
 * as a file for CPython's "Non-UTF-8 code ..." message.  Returns a tree
 * owned by arena, or NULL with an exception set.  Deep nesting fails with
 * MemoryError (as CPython's parser) instead of exhausting the C stack. */
KrMod *kr_parse(const char *src, Kr_ssize_t len, KrObject *filename, int mode,
                KrArena *arena);

/* ast.dump(tree, indent=indent) as python3.11 prints it (annotate_fields
 * True, include_attributes False).  indent < 0 means indent=None.  New
 * reference to a str, or NULL with an exception set. */
KrObject *kr_ast_dump(KrMod *mod, int indent);
/* Same, with include_attributes=True when include_attributes != 0. */
KrObject *kr_ast_dump_ex(KrMod *mod, int indent, int include_attributes);


/* ====================================================================== */
/* Compiler (frontend/symtable.c, frontend/compile.c)                     */
/* ====================================================================== */

/* Compile flags (the `flags` argument); CPython's values where they exist. */
enum {
    KR_CF_OPTIMIZE_1 = 0x40000000, /* krait extension: -O (asserts off, __debug__ False);
                                    * a bit no CPython compile flag uses */
    KR_CF_FUTURE_ANNOTATIONS = 0x1000000,  /* CO_FUTURE_ANNOTATIONS: annotations as strings */
};

/* Compiles a tree (mode KR_MODE_EXEC / EVAL / SINGLE, matching the tree's
 * kind) into a code object (KrCode, new reference).  filename is borrowed
 * (NULL means "<unknown>").  The tree may be rewritten in place (constant
 * folding); objects the compiler creates are added to the arena.  NULL
 * with SyntaxError (CPython's message and location) or MemoryError set. */
KrObject *kr_compile_mod(KrMod *mod, KrObject *filename, int mode, int flags,
                         KrArena *arena);

/* Parse + compile src[0..len) (UTF-8).  Code object or NULL with an
 * exception (SyntaxError ...) set. */
KrObject *kr_compile_source(const char *src, Kr_ssize_t len, KrObject *filename,
                            int mode, int flags);

/* A dis-like listing of code (and of the code objects among its constants,
 * after it): "  2           2 LOAD_FAST                0 (a)" lines with
 * byte offsets as CPython's dis, then "ExceptionTable:" when not empty.
 * New str or NULL with an exception. */
KrObject *kr_code_disassemble(KrObject *code);

#endif /* KRAIT_FRONTEND_H */
