/*
 * symtable.h -- internal to frontend/: the symbol table.
 *
 * One KrSymEntry per scope (module, class, function, lambda, comprehension,
 * generator expression), found by the AST node that opened it.  After
 * kr_symtable_build every name used in a scope carries its CPython flags
 * (DEF_*) and its resolved scope (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT,
 * FREE, CELL), which is all the compiler needs to pick FAST / DEREF /
 * GLOBAL / NAME instructions and to lay out cellvars and freevars.
 */
#ifndef KRAIT_SYMTABLE_H
#define KRAIT_SYMTABLE_H

#include "frontend.h"

/* Symbol flags, as CPython's symtable.h. */
enum {
    KR_DEF_GLOBAL = 1,         /* global statement */
    KR_DEF_LOCAL = 2,          /* assignment in code block */
    KR_DEF_PARAM = 4,          /* formal parameter */
    KR_DEF_NONLOCAL = 8,       /* nonlocal statement */
    KR_USE = 16,               /* name is used */
    KR_DEF_FREE = 32,          /* name used but not defined in nested block */
    KR_DEF_FREE_CLASS = 64,    /* free variable from class's method */
    KR_DEF_IMPORT = 128,       /* assignment by import */
    KR_DEF_ANNOT = 256,        /* this name is annotated */
    KR_DEF_COMP_ITER = 512,    /* comprehension iteration variable */
};
#define KR_DEF_BOUND (KR_DEF_LOCAL | KR_DEF_PARAM | KR_DEF_IMPORT)

/* Resolved scopes. */
enum { KR_SC_NONE = 0, KR_SC_LOCAL = 1, KR_SC_GLOBAL_EXPLICIT, KR_SC_GLOBAL_IMPLICIT,
       KR_SC_FREE, KR_SC_CELL };

typedef enum { KR_BLOCK_FUNCTION, KR_BLOCK_CLASS, KR_BLOCK_MODULE } KrBlockType;

/* Which comprehension a function block is (0 = none). */
enum { KR_COMP_NONE, KR_COMP_LIST, KR_COMP_SET, KR_COMP_DICT, KR_COMP_GEN };

typedef struct KrSymbol {
    KrObject *name;            /* borrowed: owned by the arena or interned */
    int flags;
    int scope;
    /* location of the global/nonlocal directive (for late errors) */
    int lineno, col, end_lineno, end_col;
} KrSymbol;

typedef struct KrSymEntry {
    KrBlockType type;
    KrObject *name;            /* "top", function/class name, "lambda", "listcomp" ... */
    const void *key;           /* the AST node that opened the block */
    KrSymbol *syms;            /* in order of first appearance */
    int nsyms, capsyms;
    int *index;                /* open-addressing table into syms (-1 empty) */
    int indexcap;
    KrObject **varnames;       /* parameters, in order */
    int nvarnames, capvarnames;
    struct KrSymEntry **children;
    int nchildren, capchildren;
    struct KrSymEntry *parent;
    unsigned nested : 1;       /* inside a function */
    unsigned generator : 1;
    unsigned coroutine : 1;
    unsigned varargs : 1;
    unsigned varkeywords : 1;
    unsigned returns_value : 1;
    unsigned child_free : 1;
    unsigned free : 1;
    unsigned needs_class_closure : 1;
    unsigned comp_iter_target : 1;
    unsigned has_annotations : 1;   /* class/module: an annotated assignment */
    int comprehension;         /* KR_COMP_* */
    int comp_iter_expr;        /* > 0 while visiting a comprehension's first iterable */
    int lineno, col;
    struct KrSymEntry *all_next;
} KrSymEntry;

typedef struct KrSymtable {
    KrObject *filename;        /* borrowed */
    KrArena *arena;
    const char *source;        /* for SyntaxError.text; may be NULL */
    Kr_ssize_t source_len;
    KrSymEntry *top;
    KrSymEntry *cur;
    KrObject *private_;        /* name of the innermost class, for mangling */
    KrSymEntry *all;           /* every entry, for freeing */
    /* AST node -> entry */
    KrSymEntry **map;
    int mapcap, mapcount;
    int depth;
} KrSymtable;

/* Builds the table for mod.  NULL with SyntaxError (or MemoryError) set. */
KrSymtable *kr_symtable_build(KrMod *mod, KrObject *filename, KrArena *arena,
                              const char *source, Kr_ssize_t source_len);
void kr_symtable_free(KrSymtable *st);
/* The entry opened by an AST node (borrowed), or NULL. */
KrSymEntry *kr_symtable_lookup(KrSymtable *st, const void *key);
/* A symbol of ste, or NULL. */
KrSymbol *kr_symtable_get(KrSymEntry *ste, KrObject *name);
/* Resolved scope of name in ste (KR_SC_NONE if unknown). */
int kr_symtable_scope(KrSymEntry *ste, KrObject *name);

/* Private name mangling: `__x` inside class C becomes `_C__x`.  Returns a
 * borrowed str owned by the arena (or name itself); NULL on error. */
KrObject *kr_symtable_mangle(KrObject *private_, KrObject *name, KrArena *arena);

/* Raises SyntaxError at a location (columns 0-based); text from source
 * when the file name is a real path.  Always returns -1. */
int kr_symtable_error(KrObject *filename, const char *source, Kr_ssize_t source_len,
                      int lineno, int col, int end_lineno, int end_col,
                      const char *fmt, ...);

#endif /* KRAIT_SYMTABLE_H */
