/*
 * compile.c -- AST -> code objects, following CPython 3.11's compiler.
 *
 * Shape of the work, per code object ("unit"):
 *
 *   1. Code generation walks the AST and appends instructions to basic
 *      blocks of a control-flow graph.  Jumps name their target block, not
 *      an offset.  Direction-free pseudo-instructions stand in for jumps
 *      (JUMP, POP_JUMP_IF_FALSE, ...) and for exception-handler scoping:
 *      SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH push a handler block,
 *      POP_BLOCK pops it.  Every instruction records the source position of
 *      the node being compiled (tracebacks draw carets from it).
 *      break/continue/return leave try/with/except bodies by emitting the
 *      "unwind" code of each enclosing frame block (the finally body, the
 *      with-exit call, the handler cleanup), innermost first.
 *
 *   2. Assembly:
 *      - a peephole pass (PUSH_NULL+LOAD_GLOBAL fusion, constant
 *        conditions);
 *      - stack depth by abstract interpretation over the CFG with
 *        kr_opcode_stack_effect (pseudo-ops have their own effects; the
 *        handler of a SETUP_* starts at depth+1 (+2 with lasti));
 *        blocks never reached are dropped;
 *      - exception labelling: a walk that carries the stack of active
 *        handlers along the edges gives every instruction its handler;
 *        then the SETUP/POP_BLOCK pseudo-ops become NOPs;
 *      - cleanup: small exit blocks are copied into the blocks that jump to
 *        them, jumps to the next block and removable NOPs go, line numbers
 *        are propagated into artificial instructions;
 *      - layout: offsets are computed in code units including EXTENDED_ARG
 *        prefixes and CACHE units, iterating until jump arguments are
 *        stable (a longer argument can move targets);
 *      - emission of code units, one KrCodePos per unit, and the exception
 *        table from runs of instructions sharing a handler (depth = the
 *        handler's start depth minus the pushed exception and lasti).
 *
 * Local slots: varnames (arguments first, then locals in order of first
 * emission), then cells that are not arguments, then free variables.
 * DEREF-family arguments are emitted as cell/free indices and mapped to
 * slot numbers at assembly, once the number of locals is final.
 */
#include "compile.h"
#include "opcodes.h"

#include <stdio.h>
#include <stdlib.h>
#include <limits.h>

#define STACK_USE_GUIDELINE 30
#define MAX_FBLOCKS 20

/* ====================================================================== */
/* Object lists with lookup (consts, names, varnames, cells, frees)        */
/* ====================================================================== */

typedef struct ObjList {
    KrObject **items;           /* owned references */
    int n, cap;
    int *index;                 /* open addressing, -1 empty */
    int indexcap;
    int is_const;               /* constant-key equality instead of name equality */
} ObjList;

static Kr_hash_t const_hash(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    if (t == &kr_str_type || t == &kr_int_type || t == &kr_bytes_type) {
        Kr_hash_t h = kr_object_hash(o);
        if (h == -1) {
            kr_err_clear();
            return 0;
        }
        return h;
    }
    if (t == &kr_float_type) {
        double d = KR_FLOAT_VALUE(o);
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        return (Kr_hash_t)(bits ^ (bits >> 29));
    }
    if (t == &kr_tuple_type) {
        Kr_uhash_t h = 0x345678;
        for (Kr_ssize_t i = 0; i < KR_SIZE(o); i++)
            h = (h ^ (Kr_uhash_t)const_hash(KR_TUPLE_GET(o, i))) * 1000003u;
        return (Kr_hash_t)(h + (Kr_uhash_t)KR_SIZE(o));
    }
    return (Kr_hash_t)((uintptr_t)o >> 4);
}

/* Two constants are the same constant when they have the same type and
 * value; -0.0 and 0.0 differ, 1 and True and 1.0 differ (CPython's
 * _PyCode_ConstantKey). */
static int const_eq(KrObject *a, KrObject *b)
{
    if (a == b)
        return 1;
    KrType *t = KR_TYPE(a);
    if (t != KR_TYPE(b))
        return 0;
    if (t == &kr_int_type)
        return kr_int_compare(a, b) == 0;
    if (t == &kr_str_type)
        return kr_str_eq(a, b);
    if (t == &kr_float_type) {
        double x = KR_FLOAT_VALUE(a), y = KR_FLOAT_VALUE(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &kr_bytes_type)
        return KR_SIZE(a) == KR_SIZE(b) &&
               memcmp(KR_BYTES_DATA(a), KR_BYTES_DATA(b), (size_t)KR_SIZE(a)) == 0;
    if (t == &kr_tuple_type) {
        if (KR_SIZE(a) != KR_SIZE(b))
            return 0;
        for (Kr_ssize_t i = 0; i < KR_SIZE(a); i++)
            if (!const_eq(KR_TUPLE_GET(a, i), KR_TUPLE_GET(b, i)))
                return 0;
        return 1;
    }
    return 0;
}

static Kr_hash_t list_hash(ObjList *l, KrObject *o)
{
    if (l->is_const)
        return const_hash(o);
    Kr_hash_t h = kr_str_hash(o);
    if (h == -1) {
        kr_err_clear();
        h = 0;
    }
    return h;
}

static int list_eq(ObjList *l, KrObject *a, KrObject *b)
{
    if (l->is_const)
        return const_eq(a, b);
    return a == b || kr_str_eq(a, b);
}

static int list_find(ObjList *l, KrObject *o)
{
    if (!l->indexcap)
        return -1;
    size_t mask = (size_t)l->indexcap - 1;
    size_t i = (size_t)list_hash(l, o) & mask;
    for (;;) {
        int k = l->index[i];
        if (k < 0)
            return -1;
        if (list_eq(l, l->items[k], o))
            return k;
        i = (i + 1) & mask;
    }
}

static int list_reindex(ObjList *l, int cap)
{
    int *idx = malloc(sizeof(int) * (size_t)cap);
    if (!idx) {
        kr_err_no_memory();
        return -1;
    }
    for (int i = 0; i < cap; i++)
        idx[i] = -1;
    size_t mask = (size_t)cap - 1;
    for (int k = 0; k < l->n; k++) {
        size_t i = (size_t)list_hash(l, l->items[k]) & mask;
        while (idx[i] >= 0)
            i = (i + 1) & mask;
        idx[i] = k;
    }
    free(l->index);
    l->index = idx;
    l->indexcap = cap;
    return 0;
}

/* Appends o without looking for it (the caller knows it is new). */
static int list_append(ObjList *l, KrObject *o)
{
    if (l->n == l->cap) {
        int nc = l->cap ? l->cap * 2 : 8;
        KrObject **p = realloc(l->items, sizeof(KrObject *) * (size_t)nc);
        if (!p) {
            kr_err_no_memory();
            return -1;
        }
        l->items = p;
        l->cap = nc;
    }
    l->items[l->n++] = kr_newref(o);
    if (l->n * 2 > l->indexcap)
        return list_reindex(l, l->indexcap ? l->indexcap * 2 : 16);
    size_t mask = (size_t)l->indexcap - 1;
    size_t i = (size_t)list_hash(l, o) & mask;
    while (l->index[i] >= 0)
        i = (i + 1) & mask;
    l->index[i] = l->n - 1;
    return l->n - 1;
}

/* Index of o, added if absent; -1 on error. */
static int list_add(ObjList *l, KrObject *o)
{
    int k = list_find(l, o);
    if (k >= 0)
        return k;
    if (list_append(l, o) < 0)
        return -1;
    return l->n - 1;
}

static void list_clear(ObjList *l)
{
    for (int i = 0; i < l->n; i++)
        kr_decref(l->items[i]);
    free(l->items);
    free(l->index);
    memset(l, 0, sizeof *l);
}

static KrObject *list_tuple(ObjList *l)
{
    return kr_tuple_from_array(l->items, l->n);
}

/* ====================================================================== */
/* Instructions, blocks, units                                            */
/* ====================================================================== */

typedef struct Block Block;

typedef struct Instr {
    int op;
    int arg;
    Block *target;              /* jumps and SETUP_* */
    Block *except;              /* handler, after labelling */
    KrCodePos loc;
} Instr;

struct Block {
    Instr *ins;
    int n, cap;
    Block *next;                /* layout order */
    Block *alloc_next;          /* every block of the unit, for freeing */
    int startdepth;             /* -1: not reached */
    int offset;                 /* in code units */
    int npreds;
    unsigned visited : 1;
    unsigned preserve_lasti : 1;
    unsigned in_layout : 1;
    Block **exstack;            /* handler stack at entry (labelling) */
    int exdepth;
};

enum FBlockType {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER,
};

typedef struct FBlock {
    enum FBlockType type;
    Block *block;
    Block *exit;
    void *datum;                /* finally body / with stmt / handler name */
} FBlock;

enum ScopeType { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_LAMBDA, SCOPE_COMPREHENSION };

typedef struct Unit {
    KrSymEntry *ste;
    enum ScopeType scope_type;
    KrObject *name;             /* borrowed */
    KrObject *qualname;         /* owned */
    KrObject *private_;         /* borrowed: class name for mangling */
    ObjList consts, names, varnames, cellvars, freevars;
    int argcount, posonlyargcount, kwonlyargcount;
    Block *blocks;              /* allocation list */
    Block *entry, *cur;
    FBlock fblock[MAX_FBLOCKS];
    int nfblocks;
    int firstlineno;
    KrCodePos loc;
    struct Unit *parent;
} Unit;

typedef struct Compiler {
    KrSymtable *st;
    KrObject *filename;
    KrArena *arena;
    const char *source;
    Kr_ssize_t source_len;
    Unit *u;
    int interactive;
    int optimize;
    int nestlevel;
    int depth;                  /* recursion guard */
} Compiler;

#define TRY(x)                                                                \
    do {                                                                      \
        if ((x) < 0)                                                          \
            return -1;                                                        \
    } while (0)

static int compiler_error(Compiler *c, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    KrCodePos *l = &c->u->loc;
    return kr_symtable_error(c->filename, c->source, c->source_len, l->line, l->col,
                             l->end_line, l->end_col, "%s", msg);
}

static Block *new_block(Compiler *c)
{
    Block *b = calloc(1, sizeof *b);
    if (!b) {
        kr_err_no_memory();
        return NULL;
    }
    b->startdepth = -1;
    b->alloc_next = c->u->blocks;
    c->u->blocks = b;
    return b;
}

/* Makes b the current block, laid out right after the current one. */
static void use_block(Compiler *c, Block *b)
{
    c->u->cur->next = b;
    c->u->cur = b;
}

static int next_block(Compiler *c)
{
    Block *b = new_block(c);
    if (!b)
        return -1;
    use_block(c, b);
    return 0;
}

static Instr *block_add(Block *b)
{
    if (b->n == b->cap) {
        int nc = b->cap ? b->cap * 2 : 16;
        Instr *p = realloc(b->ins, sizeof(Instr) * (size_t)nc);
        if (!p) {
            kr_err_no_memory();
            return NULL;
        }
        b->ins = p;
        b->cap = nc;
    }
    Instr *i = &b->ins[b->n++];
    memset(i, 0, sizeof *i);
    return i;
}

static int addop_loc(Compiler *c, int op, int arg, Block *target, KrCodePos loc)
{
    Instr *i = block_add(c->u->cur);
    if (!i)
        return -1;
    i->op = op;
    i->arg = arg;
    i->target = target;
    i->loc = loc;
    return 0;
}

static int addop_i(Compiler *c, int op, int arg)
{
    return addop_loc(c, op, arg, NULL, c->u->loc);
}

static int addop(Compiler *c, int op)
{
    return addop_i(c, op, 0);
}

static int addop_j(Compiler *c, int op, Block *target)
{
    return addop_loc(c, op, 0, target, c->u->loc);
}

static const KrCodePos NO_LOC = {-1, -1, -1, -1};

static int addop_noline(Compiler *c, int op)
{
    return addop_loc(c, op, 0, NULL, NO_LOC);
}

static int addop_j_noline(Compiler *c, int op, Block *target)
{
    return addop_loc(c, op, 0, target, NO_LOC);
}

#define SET_LOC(c, n)                                                         \
    do {                                                                      \
        (c)->u->loc.line = (n)->lineno;                                       \
        (c)->u->loc.end_line = (n)->end_lineno;                               \
        (c)->u->loc.col = (n)->col_offset;                                    \
        (c)->u->loc.end_col = (n)->end_col_offset;                            \
    } while (0)
#define UNSET_LOC(c) ((c)->u->loc.line = -1)

static int add_const(Compiler *c, KrObject *o)
{
    return list_add(&c->u->consts, o);
}

static int load_const(Compiler *c, KrObject *o)
{
    int k = add_const(c, o);
    TRY(k);
    return addop_i(c, KR_OP_LOAD_CONST, k);
}

/* Steals o. */
static int load_const_new(Compiler *c, KrObject *o)
{
    if (!o)
        return -1;
    int r = load_const(c, o);
    kr_decref(o);
    return r;
}

static KrObject *mangle(Compiler *c, KrObject *name)
{
    return kr_symtable_mangle(c->u->private_, name, c->arena);
}

static int addop_name(Compiler *c, int op, KrObject *name, int do_mangle)
{
    KrObject *m = do_mangle ? mangle(c, name) : name;
    if (!m)
        return -1;
    int k = list_add(&c->u->names, m);
    TRY(k);
    return addop_i(c, op, k);
}

static KrObject *intern(Compiler *c, const char *s)
{
    KrObject *o = kr_str_intern_cstr(s);
    return o;
}

/* ====================================================================== */
/* Scopes                                                                 */
/* ====================================================================== */

static int sort_names(KrObject **a, int n)
{
    for (int i = 1; i < n; i++) {
        KrObject *x = a[i];
        int j = i - 1;
        while (j >= 0 && kr_str_compare(a[j], x) > 0) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = x;
    }
    return 0;
}

static void unit_free(Unit *u)
{
    Block *b = u->blocks;
    while (b) {
        Block *n = b->alloc_next;
        free(b->ins);
        free(b->exstack);
        free(b);
        b = n;
    }
    list_clear(&u->consts);
    list_clear(&u->names);
    list_clear(&u->varnames);
    list_clear(&u->cellvars);
    list_clear(&u->freevars);
    kr_xdecref(u->qualname);
    free(u);
}

static int set_qualname(Compiler *c)
{
    Unit *u = c->u, *parent = u->parent;
    KrObject *base = NULL;
    if (parent && parent->scope_type != SCOPE_MODULE) {
        int force_global = 0;
        if (u->scope_type == SCOPE_FUNCTION || u->scope_type == SCOPE_CLASS) {
            KrObject *m = kr_symtable_mangle(parent->private_, u->name, c->arena);
            if (!m)
                return -1;
            if (kr_symtable_scope(parent->ste, m) == KR_SC_GLOBAL_EXPLICIT)
                force_global = 1;
        }
        if (!force_global) {
            if (parent->scope_type == SCOPE_FUNCTION || parent->scope_type == SCOPE_LAMBDA ||
                parent->scope_type == SCOPE_COMPREHENSION) {
                KrObject *loc = kr_str_from_cstr(".<locals>");
                if (!loc)
                    return -1;
                base = kr_str_concat(parent->qualname, loc);
                kr_decref(loc);
                if (!base)
                    return -1;
            } else {
                base = kr_newref(parent->qualname);
            }
        }
    }
    if (base) {
        KrObject *dot = kr_str_from_cstr(".");
        KrObject *t = dot ? kr_str_concat(base, dot) : NULL;
        kr_xdecref(dot);
        kr_decref(base);
        if (!t)
            return -1;
        u->qualname = kr_str_concat(t, u->name);
        kr_decref(t);
        if (!u->qualname)
            return -1;
    } else {
        u->qualname = kr_newref(u->name);
    }
    return 0;
}

static int enter_scope(Compiler *c, KrObject *name, enum ScopeType type, const void *key,
                       int lineno)
{
    Unit *u = calloc(1, sizeof *u);
    if (!u) {
        kr_err_no_memory();
        return -1;
    }
    u->consts.is_const = 1;
    u->scope_type = type;
    u->name = name;
    u->ste = kr_symtable_lookup(c->st, key);
    u->parent = c->u;
    u->private_ = c->u ? c->u->private_ : NULL;
    if (!u->ste) {
        free(u);
        kr_err_set_string(&kr_exc_SystemError, "unknown scope in compiler");
        return -1;
    }
    c->u = u;
    c->nestlevel++;
    KrSymEntry *ste = u->ste;
    for (int i = 0; i < ste->nvarnames; i++)
        TRY(list_add(&u->varnames, ste->varnames[i]));
    /* cellvars: cells that are arguments in argument order, then the
     * others sorted (CPython's localsplus order) */
    if (ste->needs_class_closure)
        TRY(list_append(&u->cellvars, KR_ID(__class__)));
    for (int i = 0; i < ste->nvarnames; i++)
        if (kr_symtable_scope(ste, ste->varnames[i]) == KR_SC_CELL)
            TRY(list_add(&u->cellvars, ste->varnames[i]));
    {
        KrObject **tmp = malloc(sizeof(KrObject *) * (size_t)(ste->nsyms + 1));
        int n = 0;
        if (!tmp) {
            kr_err_no_memory();
            return -1;
        }
        for (int i = 0; i < ste->nsyms; i++)
            if (ste->syms[i].scope == KR_SC_CELL && list_find(&u->cellvars, ste->syms[i].name) < 0)
                tmp[n++] = ste->syms[i].name;
        sort_names(tmp, n);
        for (int i = 0; i < n; i++)
            if (list_append(&u->cellvars, tmp[i]) < 0) {
                free(tmp);
                return -1;
            }
        n = 0;
        for (int i = 0; i < ste->nsyms; i++)
            if (ste->syms[i].scope == KR_SC_FREE || (ste->syms[i].flags & KR_DEF_FREE_CLASS))
                tmp[n++] = ste->syms[i].name;
        sort_names(tmp, n);
        for (int i = 0; i < n; i++)
            if (list_append(&u->freevars, tmp[i]) < 0) {
                free(tmp);
                return -1;
            }
        free(tmp);
    }
    u->firstlineno = lineno;
    u->loc.line = lineno;
    u->loc.end_line = lineno;
    u->loc.col = 0;
    u->loc.end_col = 0;
    Block *b = new_block(c);
    if (!b)
        return -1;
    u->entry = u->cur = b;
    b->in_layout = 1;
    if (type == SCOPE_MODULE) {
        u->qualname = kr_newref(name);
        u->loc.line = u->loc.end_line = 0;
        u->loc.col = u->loc.end_col = -1;
    } else {
        TRY(set_qualname(c));
    }
    TRY(addop_i(c, KR_OP_RESUME, 0));
    if (type == SCOPE_MODULE)
        u->loc.line = -1;
    return 0;
}

static void exit_scope(Compiler *c)
{
    Unit *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    unit_free(u);
}

static KrObject *assemble(Compiler *c, int add_none);

/* ====================================================================== */
/* Frame blocks and unwinding                                             */
/* ====================================================================== */

static int push_fblock(Compiler *c, enum FBlockType t, Block *b, Block *exit, void *datum)
{
    if (c->u->nfblocks >= MAX_FBLOCKS)
        return compiler_error(c, "too many statically nested blocks");
    FBlock *f = &c->u->fblock[c->u->nfblocks++];
    f->type = t;
    f->block = b;
    f->exit = exit;
    f->datum = datum;
    return 0;
}

static void pop_fblock(Compiler *c)
{
    c->u->nfblocks--;
}

static int visit_stmt(Compiler *c, KrStmt *s);
static int visit_expr(Compiler *c, KrExpr *e);
static int nameop(Compiler *c, KrObject *name, KrExprContext ctx);

static int visit_stmts(Compiler *c, KrStmtSeq *seq)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(seq); i++)
        TRY(visit_stmt(c, KR_SEQ_GET(seq, i)));
    return 0;
}

static int visit_exprs(Compiler *c, KrExprSeq *seq)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(seq); i++)
        TRY(visit_expr(c, KR_SEQ_GET(seq, i)));
    return 0;
}

static int call_exit_with_nones(Compiler *c)
{
    TRY(load_const(c, kr_None));
    TRY(load_const(c, kr_None));
    TRY(load_const(c, kr_None));
    return addop_i(c, KR_OP_CALL, 2);
}

/* Emits the code that leaves frame block f on the way out of a
 * break/continue/return; preserve_tos keeps the return value on top. */
static int unwind_fblock(Compiler *c, FBlock *f, int preserve_tos)
{
    switch (f->type) {
    case FB_WHILE_LOOP:
    case FB_EXCEPTION_HANDLER:
        return 0;
    case FB_FOR_LOOP:
        if (preserve_tos)
            TRY(addop_i(c, KR_OP_SWAP, 2));
        return addop(c, KR_OP_POP_TOP);
    case FB_TRY_EXCEPT:
        return addop(c, KR_P_POP_BLOCK);
    case FB_FINALLY_TRY:
        TRY(addop(c, KR_P_POP_BLOCK));
        if (preserve_tos)
            TRY(push_fblock(c, FB_POP_VALUE, NULL, NULL, NULL));
        TRY(visit_stmts(c, (KrStmtSeq *)f->datum));
        if (preserve_tos)
            pop_fblock(c);
        UNSET_LOC(c);
        return 0;
    case FB_FINALLY_END:
        if (preserve_tos)
            TRY(addop_i(c, KR_OP_SWAP, 2));
        TRY(addop(c, KR_OP_POP_TOP));
        if (preserve_tos)
            TRY(addop_i(c, KR_OP_SWAP, 2));
        TRY(addop(c, KR_P_POP_BLOCK));
        return addop(c, KR_OP_POP_EXCEPT);
    case FB_WITH:
        SET_LOC(c, (KrStmt *)f->datum);
        TRY(addop(c, KR_P_POP_BLOCK));
        if (preserve_tos)
            TRY(addop_i(c, KR_OP_SWAP, 2));
        TRY(call_exit_with_nones(c));
        TRY(addop(c, KR_OP_POP_TOP));
        UNSET_LOC(c);
        return 0;
    case FB_HANDLER_CLEANUP:
        if (f->datum)
            TRY(addop(c, KR_P_POP_BLOCK));
        if (preserve_tos)
            TRY(addop_i(c, KR_OP_SWAP, 2));
        TRY(addop(c, KR_P_POP_BLOCK));
        TRY(addop(c, KR_OP_POP_EXCEPT));
        if (f->datum) {
            TRY(load_const(c, kr_None));
            TRY(nameop(c, (KrObject *)f->datum, KR_EXPR_CONTEXT_Store));
            TRY(nameop(c, (KrObject *)f->datum, KR_EXPR_CONTEXT_Del));
        }
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos)
            TRY(addop_i(c, KR_OP_SWAP, 2));
        return addop(c, KR_OP_POP_TOP);
    }
    return 0;
}

/* Unwinds every frame block up to (not including) the innermost loop,
 * which is returned in *loop when loop is not NULL. */
static int unwind_fblock_stack(Compiler *c, int preserve_tos, FBlock **loop)
{
    Unit *u = c->u;
    if (u->nfblocks == 0)
        return 0;
    FBlock *top = &u->fblock[u->nfblocks - 1];
    if (loop && (top->type == FB_WHILE_LOOP || top->type == FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfblocks--;
    TRY(unwind_fblock(c, &copy, preserve_tos));
    TRY(unwind_fblock_stack(c, preserve_tos, loop));
    u->fblock[u->nfblocks] = copy;
    u->nfblocks++;
    return 0;
}

/* ====================================================================== */
/* Names                                                                  */
/* ====================================================================== */

enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME };

/* Cell/free references are emitted as an index into cellvars, or
 * ncells + index into freevars; assembly maps them to slot numbers. */
static int deref_index(Compiler *c, KrObject *name, int is_cell)
{
    if (is_cell) {
        int k = list_find(&c->u->cellvars, name);
        if (k >= 0)
            return k;
    } else {
        int k = list_find(&c->u->freevars, name);
        if (k >= 0)
            return c->u->cellvars.n + k;
    }
    kr_err_format(&kr_exc_SystemError, "compiler: no cell/free slot for %R", name);
    return -1;
}

static int forbidden_name(Compiler *c, KrObject *name, KrExprContext ctx)
{
    if (ctx == KR_EXPR_CONTEXT_Store && kr_str_eq_cstr(name, "__debug__"))
        return compiler_error(c, "cannot assign to __debug__");
    if (ctx == KR_EXPR_CONTEXT_Del && kr_str_eq_cstr(name, "__debug__"))
        return compiler_error(c, "cannot delete __debug__");
    return 0;
}

static int nameop(Compiler *c, KrObject *name, KrExprContext ctx)
{
    TRY(forbidden_name(c, name, ctx));
    KrObject *mangled = mangle(c, name);
    if (!mangled)
        return -1;
    Unit *u = c->u;
    int scope = kr_symtable_scope(u->ste, mangled);
    int optype = OP_NAME, is_cell = 0;
    int func = u->ste->type == KR_BLOCK_FUNCTION;
    switch (scope) {
    case KR_SC_FREE: optype = OP_DEREF; break;
    case KR_SC_CELL: optype = OP_DEREF; is_cell = 1; break;
    case KR_SC_LOCAL: if (func) optype = OP_FAST; break;
    case KR_SC_GLOBAL_IMPLICIT: if (func) optype = OP_GLOBAL; break;
    case KR_SC_GLOBAL_EXPLICIT: optype = OP_GLOBAL; break;
    default: break;
    }
    int op = 0, k;
    switch (optype) {
    case OP_DEREF:
        op = ctx == KR_EXPR_CONTEXT_Load
                 ? (u->ste->type == KR_BLOCK_CLASS ? KR_OP_LOAD_CLASSDEREF : KR_OP_LOAD_DEREF)
             : ctx == KR_EXPR_CONTEXT_Store ? KR_OP_STORE_DEREF : KR_OP_DELETE_DEREF;
        k = deref_index(c, mangled, is_cell);
        TRY(k);
        return addop_i(c, op, k);
    case OP_FAST:
        op = ctx == KR_EXPR_CONTEXT_Load ? KR_OP_LOAD_FAST
             : ctx == KR_EXPR_CONTEXT_Store ? KR_OP_STORE_FAST : KR_OP_DELETE_FAST;
        k = list_add(&u->varnames, mangled);
        TRY(k);
        return addop_i(c, op, k);
    case OP_GLOBAL:
        op = ctx == KR_EXPR_CONTEXT_Load ? KR_OP_LOAD_GLOBAL
             : ctx == KR_EXPR_CONTEXT_Store ? KR_OP_STORE_GLOBAL : KR_OP_DELETE_GLOBAL;
        break;
    default:
        op = ctx == KR_EXPR_CONTEXT_Load ? KR_OP_LOAD_NAME
             : ctx == KR_EXPR_CONTEXT_Store ? KR_OP_STORE_NAME : KR_OP_DELETE_NAME;
        break;
    }
    k = list_add(&u->names, mangled);
    TRY(k);
    if (op == KR_OP_LOAD_GLOBAL)
        k <<= 1;
    return addop_i(c, op, k);
}

/* ====================================================================== */
/* Expressions                                                            */
/* ====================================================================== */

static int is_const(KrExpr *e)
{
    return e->kind == KR_EXPR_Constant;
}

static int binop_code(KrOperator op)
{
    switch (op) {
    case KR_OPERATOR_Add: return KR_NB_ADD;
    case KR_OPERATOR_Sub: return KR_NB_SUBTRACT;
    case KR_OPERATOR_Mult: return KR_NB_MULTIPLY;
    case KR_OPERATOR_MatMult: return KR_NB_MATRIX_MULTIPLY;
    case KR_OPERATOR_Div: return KR_NB_TRUE_DIVIDE;
    case KR_OPERATOR_Mod: return KR_NB_REMAINDER;
    case KR_OPERATOR_Pow: return KR_NB_POWER;
    case KR_OPERATOR_LShift: return KR_NB_LSHIFT;
    case KR_OPERATOR_RShift: return KR_NB_RSHIFT;
    case KR_OPERATOR_BitOr: return KR_NB_OR;
    case KR_OPERATOR_BitXor: return KR_NB_XOR;
    case KR_OPERATOR_BitAnd: return KR_NB_AND;
    case KR_OPERATOR_FloorDiv: return KR_NB_FLOOR_DIVIDE;
    }
    return KR_NB_ADD;
}

static int addop_compare(Compiler *c, KrCmpop op)
{
    switch (op) {
    case KR_CMPOP_Eq: return addop_i(c, KR_OP_COMPARE_OP, KR_EQ);
    case KR_CMPOP_NotEq: return addop_i(c, KR_OP_COMPARE_OP, KR_NE);
    case KR_CMPOP_Lt: return addop_i(c, KR_OP_COMPARE_OP, KR_LT);
    case KR_CMPOP_LtE: return addop_i(c, KR_OP_COMPARE_OP, KR_LE);
    case KR_CMPOP_Gt: return addop_i(c, KR_OP_COMPARE_OP, KR_GT);
    case KR_CMPOP_GtE: return addop_i(c, KR_OP_COMPARE_OP, KR_GE);
    case KR_CMPOP_Is: return addop_i(c, KR_OP_IS_OP, 0);
    case KR_CMPOP_IsNot: return addop_i(c, KR_OP_IS_OP, 1);
    case KR_CMPOP_In: return addop_i(c, KR_OP_CONTAINS_OP, 0);
    case KR_CMPOP_NotIn: return addop_i(c, KR_OP_CONTAINS_OP, 1);
    }
    return -1;
}

/* Emits a conditional jump to `next` taken when e's truth equals cond,
 * without materialising booleans for not/and/or/if-else/chains. */
static int jump_if(Compiler *c, KrExpr *e, Block *next, int cond)
{
    switch (e->kind) {
    case KR_EXPR_UnaryOp:
        if (e->v.UnaryOp.op == KR_UNARYOP_Not)
            return jump_if(c, e->v.UnaryOp.operand, next, !cond);
        break;
    case KR_EXPR_BoolOp: {
        KrExprSeq *s = e->v.BoolOp.values;
        Kr_ssize_t n = KR_SEQ_LEN(s) - 1;
        int cond2 = e->v.BoolOp.op == KR_BOOLOP_Or;
        Block *next2 = next;
        if (!cond2 != !cond) {
            next2 = new_block(c);
            if (!next2)
                return -1;
        }
        for (Kr_ssize_t i = 0; i < n; i++)
            TRY(jump_if(c, KR_SEQ_GET(s, i), next2, cond2));
        TRY(jump_if(c, KR_SEQ_GET(s, n), next, cond));
        if (next2 != next)
            use_block(c, next2);
        return 0;
    }
    case KR_EXPR_IfExp: {
        Block *end = new_block(c), *next2 = new_block(c);
        if (!end || !next2)
            return -1;
        TRY(jump_if(c, e->v.IfExp.test, next2, 0));
        TRY(jump_if(c, e->v.IfExp.body, next, cond));
        TRY(addop_j_noline(c, KR_P_JUMP, end));
        use_block(c, next2);
        TRY(jump_if(c, e->v.IfExp.orelse, next, cond));
        use_block(c, end);
        return 0;
    }
    case KR_EXPR_Compare: {
        Kr_ssize_t n = KR_SEQ_LEN(e->v.Compare.ops) - 1;
        if (n > 0) {
            KrCodePos saved = c->u->loc;
            SET_LOC(c, e);
            Block *cleanup = new_block(c);
            if (!cleanup)
                return -1;
            TRY(visit_expr(c, e->v.Compare.left));
            for (Kr_ssize_t i = 0; i < n; i++) {
                TRY(visit_expr(c, KR_SEQ_GET(e->v.Compare.comparators, i)));
                TRY(addop_i(c, KR_OP_SWAP, 2));
                TRY(addop_i(c, KR_OP_COPY, 2));
                TRY(addop_compare(c, KR_SEQ_GET(e->v.Compare.ops, i)));
                TRY(addop_j(c, KR_P_POP_JUMP_IF_FALSE, cleanup));
            }
            TRY(visit_expr(c, KR_SEQ_GET(e->v.Compare.comparators, n)));
            TRY(addop_compare(c, KR_SEQ_GET(e->v.Compare.ops, n)));
            TRY(addop_j(c, cond ? KR_P_POP_JUMP_IF_TRUE : KR_P_POP_JUMP_IF_FALSE, next));
            Block *end = new_block(c);
            if (!end)
                return -1;
            TRY(addop_j_noline(c, KR_P_JUMP, end));
            use_block(c, cleanup);
            TRY(addop(c, KR_OP_POP_TOP));
            if (!cond)
                TRY(addop_j_noline(c, KR_P_JUMP, next));
            use_block(c, end);
            c->u->loc = saved;
            return 0;
        }
        break;
    }
    default:
        break;
    }
    TRY(visit_expr(c, e));
    KrCodePos saved = c->u->loc;
    SET_LOC(c, e);
    int r = addop_j(c, cond ? KR_P_POP_JUMP_IF_TRUE : KR_P_POP_JUMP_IF_FALSE, next);
    c->u->loc = saved;
    return r;
}

static int all_const(KrExprSeq *elts, Kr_ssize_t begin, Kr_ssize_t end)
{
    for (Kr_ssize_t i = begin; i < end; i++) {
        KrExpr *e = KR_SEQ_GET(elts, i);
        if (!e || e->kind != KR_EXPR_Constant)
            return 0;
    }
    return 1;
}

static KrObject *const_tuple(KrExprSeq *elts, Kr_ssize_t begin, Kr_ssize_t end)
{
    KrObject *t = kr_tuple_new(end - begin);
    if (!t)
        return NULL;
    for (Kr_ssize_t i = begin; i < end; i++)
        KR_TUPLE_SET(t, i - begin, kr_newref(KR_SEQ_GET(elts, i)->v.Constant.value));
    return t;
}

/* Builds a list/tuple/set from elts (some maybe starred) with `pushed`
 * items already on the stack. */
static int starunpack_helper(Compiler *c, KrExprSeq *elts, int pushed, int build, int add,
                             int extend, int tuple)
{
    Kr_ssize_t n = KR_SEQ_LEN(elts);
    if (n > 2 && all_const(elts, 0, n)) {
        KrObject *folded = const_tuple(elts, 0, n);
        if (!folded)
            return -1;
        if (tuple && !pushed)
            return load_const_new(c, folded);
        if (add == KR_OP_SET_ADD) {
            KrObject *fs = kr_frozenset_new(folded);
            kr_decref(folded);
            if (!fs)
                return -1;
            folded = fs;
        }
        TRY(addop_i(c, build, pushed));
        TRY(load_const_new(c, folded));
        TRY(addop_i(c, extend, 1));
        if (tuple)
            TRY(addop(c, KR_OP_LIST_TO_TUPLE));
        return 0;
    }
    int big = n + pushed > STACK_USE_GUIDELINE;
    int seen_star = 0;
    for (Kr_ssize_t i = 0; i < n; i++)
        if (KR_SEQ_GET(elts, i)->kind == KR_EXPR_Starred)
            seen_star = 1;
    if (!seen_star && !big) {
        TRY(visit_exprs(c, elts));
        return addop_i(c, tuple ? KR_OP_BUILD_TUPLE : build, (int)n + pushed);
    }
    int built = 0;
    if (big) {
        TRY(addop_i(c, build, pushed));
        built = 1;
    }
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrExpr *elt = KR_SEQ_GET(elts, i);
        if (elt->kind == KR_EXPR_Starred) {
            if (!built) {
                TRY(addop_i(c, build, (int)i + pushed));
                built = 1;
            }
            TRY(visit_expr(c, elt->v.Starred.value));
            TRY(addop_i(c, extend, 1));
        } else {
            TRY(visit_expr(c, elt));
            if (built)
                TRY(addop_i(c, add, 1));
        }
    }
    if (tuple)
        TRY(addop(c, KR_OP_LIST_TO_TUPLE));
    return 0;
}

static int unpack_helper(Compiler *c, KrExprSeq *elts)
{
    Kr_ssize_t n = KR_SEQ_LEN(elts);
    int seen_star = 0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrExpr *elt = KR_SEQ_GET(elts, i);
        if (elt->kind == KR_EXPR_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT_MAX >> 8))
                return compiler_error(c, "too many expressions in star-unpacking assignment");
            TRY(addop_i(c, KR_OP_UNPACK_EX, (int)(i + ((n - i - 1) << 8))));
            seen_star = 1;
        } else if (elt->kind == KR_EXPR_Starred) {
            return compiler_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star)
        TRY(addop_i(c, KR_OP_UNPACK_SEQUENCE, (int)n));
    return 0;
}

static int assignment_helper(Compiler *c, KrExprSeq *elts)
{
    TRY(unpack_helper(c, elts));
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(elts); i++) {
        KrExpr *elt = KR_SEQ_GET(elts, i);
        TRY(visit_expr(c, elt->kind != KR_EXPR_Starred ? elt : elt->v.Starred.value));
    }
    return 0;
}

static int sequence_expr(Compiler *c, KrExprSeq *elts, KrExprContext ctx, int tuple)
{
    if (ctx == KR_EXPR_CONTEXT_Store)
        return assignment_helper(c, elts);
    if (ctx == KR_EXPR_CONTEXT_Load)
        return starunpack_helper(c, elts, 0, KR_OP_BUILD_LIST, KR_OP_LIST_APPEND,
                                 KR_OP_LIST_EXTEND, tuple);
    return visit_exprs(c, elts);
}

static int subdict(Compiler *c, KrExpr *e, Kr_ssize_t begin, Kr_ssize_t end)
{
    Kr_ssize_t n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    KrExprSeq *keys = e->v.Dict.keys, *values = e->v.Dict.values;
    if (n > 1 && !big && all_const(keys, begin, end)) {
        for (Kr_ssize_t i = begin; i < end; i++)
            TRY(visit_expr(c, KR_SEQ_GET(values, i)));
        TRY(load_const_new(c, const_tuple(keys, begin, end)));
        return addop_i(c, KR_OP_BUILD_CONST_KEY_MAP, (int)n);
    }
    if (big)
        TRY(addop_i(c, KR_OP_BUILD_MAP, 0));
    for (Kr_ssize_t i = begin; i < end; i++) {
        TRY(visit_expr(c, KR_SEQ_GET(keys, i)));
        TRY(visit_expr(c, KR_SEQ_GET(values, i)));
        if (big)
            TRY(addop_i(c, KR_OP_MAP_ADD, 1));
    }
    if (!big)
        TRY(addop_i(c, KR_OP_BUILD_MAP, (int)n));
    return 0;
}

static int dict_expr(Compiler *c, KrExpr *e)
{
    Kr_ssize_t n = KR_SEQ_LEN(e->v.Dict.values), elements = 0;
    int have_dict = 0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        int unpack = KR_SEQ_GET(e->v.Dict.keys, i) == NULL;
        if (unpack) {
            if (elements) {
                TRY(subdict(c, e, i - elements, i));
                if (have_dict)
                    TRY(addop_i(c, KR_OP_DICT_UPDATE, 1));
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                TRY(addop_i(c, KR_OP_BUILD_MAP, 0));
                have_dict = 1;
            }
            TRY(visit_expr(c, KR_SEQ_GET(e->v.Dict.values, i)));
            TRY(addop_i(c, KR_OP_DICT_UPDATE, 1));
        } else {
            if (elements * 2 > STACK_USE_GUIDELINE) {
                TRY(subdict(c, e, i - elements, i + 1));
                if (have_dict)
                    TRY(addop_i(c, KR_OP_DICT_UPDATE, 1));
                have_dict = 1;
                elements = 0;
            } else {
                elements++;
            }
        }
    }
    if (elements) {
        TRY(subdict(c, e, n - elements, n));
        if (have_dict)
            TRY(addop_i(c, KR_OP_DICT_UPDATE, 1));
        have_dict = 1;
    }
    if (!have_dict)
        TRY(addop_i(c, KR_OP_BUILD_MAP, 0));
    return 0;
}

static int compare_expr(Compiler *c, KrExpr *e)
{
    Kr_ssize_t n = KR_SEQ_LEN(e->v.Compare.ops) - 1;
    TRY(visit_expr(c, e->v.Compare.left));
    if (n == 0) {
        TRY(visit_expr(c, KR_SEQ_GET(e->v.Compare.comparators, 0)));
        return addop_compare(c, KR_SEQ_GET(e->v.Compare.ops, 0));
    }
    Block *cleanup = new_block(c);
    if (!cleanup)
        return -1;
    for (Kr_ssize_t i = 0; i < n; i++) {
        TRY(visit_expr(c, KR_SEQ_GET(e->v.Compare.comparators, i)));
        TRY(addop_i(c, KR_OP_SWAP, 2));
        TRY(addop_i(c, KR_OP_COPY, 2));
        TRY(addop_compare(c, KR_SEQ_GET(e->v.Compare.ops, i)));
        TRY(addop_j(c, KR_OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    TRY(visit_expr(c, KR_SEQ_GET(e->v.Compare.comparators, n)));
    TRY(addop_compare(c, KR_SEQ_GET(e->v.Compare.ops, n)));
    Block *end = new_block(c);
    if (!end)
        return -1;
    TRY(addop_j_noline(c, KR_P_JUMP, end));
    use_block(c, cleanup);
    TRY(addop_i(c, KR_OP_SWAP, 2));
    TRY(addop(c, KR_OP_POP_TOP));
    use_block(c, end);
    return 0;
}

static int boolop_expr(Compiler *c, KrExpr *e)
{
    int op = e->v.BoolOp.op == KR_BOOLOP_And ? KR_OP_JUMP_IF_FALSE_OR_POP
                                             : KR_OP_JUMP_IF_TRUE_OR_POP;
    Block *end = new_block(c);
    if (!end)
        return -1;
    KrExprSeq *s = e->v.BoolOp.values;
    Kr_ssize_t n = KR_SEQ_LEN(s) - 1;
    for (Kr_ssize_t i = 0; i < n; i++) {
        TRY(visit_expr(c, KR_SEQ_GET(s, i)));
        TRY(addop_j(c, op, end));
        TRY(next_block(c));
    }
    TRY(visit_expr(c, KR_SEQ_GET(s, n)));
    use_block(c, end);
    return 0;
}

static int kw_names(Compiler *c, KrKeywordSeq *kws, Kr_ssize_t n)
{
    KrObject *names = kr_tuple_new(n);
    if (!names)
        return -1;
    for (Kr_ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET(names, i, kr_newref(KR_SEQ_GET(kws, i)->arg));
    int k = add_const(c, names);
    kr_decref(names);
    TRY(k);
    return addop_i(c, KR_OP_KW_NAMES, k);
}

static int validate_keywords(Compiler *c, KrKeywordSeq *kws)
{
    Kr_ssize_t n = KR_SEQ_LEN(kws);
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrKeyword *k = KR_SEQ_GET(kws, i);
        if (!k->arg)
            continue;
        TRY(forbidden_name(c, k->arg, KR_EXPR_CONTEXT_Store));
        for (Kr_ssize_t j = i + 1; j < n; j++) {
            KrKeyword *o = KR_SEQ_GET(kws, j);
            if (o->arg && kr_str_eq(k->arg, o->arg)) {
                KrCodePos saved = c->u->loc;
                SET_LOC(c, o);
                const char *nm = kr_str_utf8(k->arg, NULL);
                compiler_error(c, "keyword argument repeated: %s", nm ? nm : "?");
                c->u->loc = saved;
                return -1;
            }
        }
    }
    return 0;
}

static int subkwargs(Compiler *c, KrKeywordSeq *kws, Kr_ssize_t begin, Kr_ssize_t end)
{
    Kr_ssize_t n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        for (Kr_ssize_t i = begin; i < end; i++)
            TRY(visit_expr(c, KR_SEQ_GET(kws, i)->value));
        KrObject *keys = kr_tuple_new(n);
        if (!keys)
            return -1;
        for (Kr_ssize_t i = begin; i < end; i++)
            KR_TUPLE_SET(keys, i - begin, kr_newref(KR_SEQ_GET(kws, i)->arg));
        TRY(load_const_new(c, keys));
        return addop_i(c, KR_OP_BUILD_CONST_KEY_MAP, (int)n);
    }
    if (big)
        TRY(addop_i(c, KR_OP_BUILD_MAP, 0));
    for (Kr_ssize_t i = begin; i < end; i++) {
        KrKeyword *k = KR_SEQ_GET(kws, i);
        TRY(load_const(c, k->arg));
        TRY(visit_expr(c, k->value));
        if (big)
            TRY(addop_i(c, KR_OP_MAP_ADD, 1));
    }
    if (!big)
        TRY(addop_i(c, KR_OP_BUILD_MAP, (int)n));
    return 0;
}

/* The argument part of a call: `n` positional values are already on the
 * stack after the callable. */
static int call_helper(Compiler *c, int n, KrExprSeq *args, KrKeywordSeq *kws)
{
    TRY(validate_keywords(c, kws));
    Kr_ssize_t nelts = KR_SEQ_LEN(args), nkw = KR_SEQ_LEN(kws);
    int ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
    for (Kr_ssize_t i = 0; i < nelts && !ex; i++)
        if (KR_SEQ_GET(args, i)->kind == KR_EXPR_Starred)
            ex = 1;
    for (Kr_ssize_t i = 0; i < nkw && !ex; i++)
        if (!KR_SEQ_GET(kws, i)->arg)
            ex = 1;
    if (!ex) {
        TRY(visit_exprs(c, args));
        if (nkw) {
            for (Kr_ssize_t i = 0; i < nkw; i++)
                TRY(visit_expr(c, KR_SEQ_GET(kws, i)->value));
            TRY(kw_names(c, kws, nkw));
        }
        return addop_i(c, KR_OP_CALL, n + (int)nelts + (int)nkw);
    }
    if (n == 0 && nelts == 1 && KR_SEQ_GET(args, 0)->kind == KR_EXPR_Starred)
        TRY(visit_expr(c, KR_SEQ_GET(args, 0)->v.Starred.value));
    else
        TRY(starunpack_helper(c, args, n, KR_OP_BUILD_LIST, KR_OP_LIST_APPEND,
                              KR_OP_LIST_EXTEND, 1));
    if (nkw) {
        int have_dict = 0;
        Kr_ssize_t nseen = 0;
        for (Kr_ssize_t i = 0; i < nkw; i++) {
            KrKeyword *k = KR_SEQ_GET(kws, i);
            if (!k->arg) {
                if (nseen) {
                    TRY(subkwargs(c, kws, i - nseen, i));
                    if (have_dict)
                        TRY(addop_i(c, KR_OP_DICT_MERGE, 1));
                    have_dict = 1;
                    nseen = 0;
                }
                if (!have_dict) {
                    TRY(addop_i(c, KR_OP_BUILD_MAP, 0));
                    have_dict = 1;
                }
                TRY(visit_expr(c, k->value));
                TRY(addop_i(c, KR_OP_DICT_MERGE, 1));
            } else {
                nseen++;
            }
        }
        if (nseen) {
            TRY(subkwargs(c, kws, nkw - nseen, nkw));
            if (have_dict)
                TRY(addop_i(c, KR_OP_DICT_MERGE, 1));
        }
    }
    return addop_i(c, KR_OP_CALL_FUNCTION_EX, nkw > 0);
}

/* obj.meth(args) -> LOAD_METHOD + CALL when there is no * or **. */
static int maybe_method_call(Compiler *c, KrExpr *e)
{
    KrExpr *meth = e->v.Call.func;
    if (meth->kind != KR_EXPR_Attribute || meth->v.Attribute.ctx != KR_EXPR_CONTEXT_Load)
        return 0;
    Kr_ssize_t argsl = KR_SEQ_LEN(e->v.Call.args), kwdsl = KR_SEQ_LEN(e->v.Call.keywords);
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE)
        return 0;
    for (Kr_ssize_t i = 0; i < argsl; i++)
        if (KR_SEQ_GET(e->v.Call.args, i)->kind == KR_EXPR_Starred)
            return 0;
    for (Kr_ssize_t i = 0; i < kwdsl; i++)
        if (!KR_SEQ_GET(e->v.Call.keywords, i)->arg)
            return 0;
    TRY(validate_keywords(c, e->v.Call.keywords));
    TRY(visit_expr(c, meth->v.Attribute.value));
    int old = c->u->loc.line;
    c->u->loc.line = meth->end_lineno;
    TRY(addop_name(c, KR_OP_LOAD_METHOD, meth->v.Attribute.attr, 1));
    TRY(visit_exprs(c, e->v.Call.args));
    if (kwdsl) {
        for (Kr_ssize_t i = 0; i < kwdsl; i++)
            TRY(visit_expr(c, KR_SEQ_GET(e->v.Call.keywords, i)->value));
        TRY(kw_names(c, e->v.Call.keywords, kwdsl));
    }
    c->u->loc.line = meth->end_lineno;
    TRY(addop_i(c, KR_OP_CALL, (int)(argsl + kwdsl)));
    c->u->loc.line = old;
    return 1;
}

static int call_expr(Compiler *c, KrExpr *e)
{
    int r = maybe_method_call(c, e);
    if (r != 0)
        return r < 0 ? -1 : 0;
    KrCodePos saved = c->u->loc;
    SET_LOC(c, e->v.Call.func);
    TRY(addop(c, KR_OP_PUSH_NULL));
    c->u->loc = saved;
    TRY(visit_expr(c, e->v.Call.func));
    return call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

static void update_start_location_to_match_attr(Compiler *c, KrExpr *attr)
{
    KrCodePos *l = &c->u->loc;
    if (l->line != attr->end_lineno) {
        l->line = attr->end_lineno;
        int len = (int)KR_STR_LEN(attr->v.Attribute.attr);
        if (len <= attr->end_col_offset) {
            l->col = attr->end_col_offset - len;
        } else {
            l->col = -1;
            l->end_col = -1;
        }
        if (l->end_line < l->line)
            l->end_line = l->line;
        if (l->line == l->end_line && l->end_col < l->col)
            l->end_col = l->col;
    }
}

static int slice_expr(Compiler *c, KrExpr *s)
{
    int n = 2;
    if (s->v.Slice.lower)
        TRY(visit_expr(c, s->v.Slice.lower));
    else
        TRY(load_const(c, kr_None));
    if (s->v.Slice.upper)
        TRY(visit_expr(c, s->v.Slice.upper));
    else
        TRY(load_const(c, kr_None));
    if (s->v.Slice.step) {
        n++;
        TRY(visit_expr(c, s->v.Slice.step));
    }
    return addop_i(c, KR_OP_BUILD_SLICE, n);
}

static int formatted_value(Compiler *c, KrExpr *e)
{
    TRY(visit_expr(c, e->v.FormattedValue.value));
    int oparg = 0;
    switch (e->v.FormattedValue.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: oparg = 0; break;
    }
    if (e->v.FormattedValue.format_spec) {
        TRY(visit_expr(c, e->v.FormattedValue.format_spec));
        oparg |= 4;
    }
    return addop_i(c, KR_OP_FORMAT_VALUE, oparg);
}

static int joined_str(Compiler *c, KrExpr *e)
{
    Kr_ssize_t n = KR_SEQ_LEN(e->v.JoinedStr.values);
    if (n > STACK_USE_GUIDELINE) {
        TRY(load_const_new(c, kr_str_from_cstr("")));
        TRY(addop_name(c, KR_OP_LOAD_METHOD, intern(c, "join"), 0));
        TRY(addop_i(c, KR_OP_BUILD_LIST, 0));
        for (Kr_ssize_t i = 0; i < n; i++) {
            TRY(visit_expr(c, KR_SEQ_GET(e->v.JoinedStr.values, i)));
            TRY(addop_i(c, KR_OP_LIST_APPEND, 1));
        }
        return addop_i(c, KR_OP_CALL, 1);
    }
    TRY(visit_exprs(c, e->v.JoinedStr.values));
    if (n != 1)
        TRY(addop_i(c, KR_OP_BUILD_STRING, (int)n));
    return 0;
}

static int make_closure(Compiler *c, KrObject *co, int flags);
static int lambda_expr(Compiler *c, KrExpr *e);
static int comprehension_expr(Compiler *c, KrExpr *e);

static int add_yield_from(Compiler *c)
{
    Block *start = new_block(c), *resume = new_block(c), *exit = new_block(c);
    if (!start || !resume || !exit)
        return -1;
    use_block(c, start);
    TRY(addop_j(c, KR_OP_SEND, exit));
    use_block(c, resume);
    TRY(addop_i(c, KR_OP_YIELD_VALUE, 0));
    TRY(addop_i(c, KR_OP_RESUME, 2));
    TRY(addop_j(c, KR_P_JUMP_NO_INTERRUPT, start));
    use_block(c, exit);
    return 0;
}

static int visit_expr1(Compiler *c, KrExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_NamedExpr:
        TRY(visit_expr(c, e->v.NamedExpr.value));
        TRY(addop_i(c, KR_OP_COPY, 1));
        return visit_expr(c, e->v.NamedExpr.target);
    case KR_EXPR_BoolOp:
        return boolop_expr(c, e);
    case KR_EXPR_BinOp:
        TRY(visit_expr(c, e->v.BinOp.left));
        TRY(visit_expr(c, e->v.BinOp.right));
        return addop_i(c, KR_OP_BINARY_OP, binop_code(e->v.BinOp.op));
    case KR_EXPR_UnaryOp: {
        TRY(visit_expr(c, e->v.UnaryOp.operand));
        int op = KR_OP_UNARY_NOT;
        switch (e->v.UnaryOp.op) {
        case KR_UNARYOP_Invert: op = KR_OP_UNARY_INVERT; break;
        case KR_UNARYOP_Not: op = KR_OP_UNARY_NOT; break;
        case KR_UNARYOP_UAdd: op = KR_OP_UNARY_POSITIVE; break;
        case KR_UNARYOP_USub: op = KR_OP_UNARY_NEGATIVE; break;
        }
        return addop(c, op);
    }
    case KR_EXPR_Lambda:
        return lambda_expr(c, e);
    case KR_EXPR_IfExp: {
        Block *end = new_block(c), *next = new_block(c);
        if (!end || !next)
            return -1;
        TRY(jump_if(c, e->v.IfExp.test, next, 0));
        TRY(visit_expr(c, e->v.IfExp.body));
        TRY(addop_j_noline(c, KR_P_JUMP, end));
        use_block(c, next);
        TRY(visit_expr(c, e->v.IfExp.orelse));
        use_block(c, end);
        return 0;
    }
    case KR_EXPR_Dict:
        return dict_expr(c, e);
    case KR_EXPR_Set:
        return starunpack_helper(c, e->v.Set.elts, 0, KR_OP_BUILD_SET, KR_OP_SET_ADD,
                                 KR_OP_SET_UPDATE, 0);
    case KR_EXPR_GeneratorExp:
    case KR_EXPR_ListComp:
    case KR_EXPR_SetComp:
    case KR_EXPR_DictComp:
        return comprehension_expr(c, e);
    case KR_EXPR_Yield:
        if (c->u->ste->type != KR_BLOCK_FUNCTION)
            return compiler_error(c, "'yield' outside function");
        if (e->v.Yield.value)
            TRY(visit_expr(c, e->v.Yield.value));
        else
            TRY(load_const(c, kr_None));
        TRY(addop_i(c, KR_OP_YIELD_VALUE, 0));
        return addop_i(c, KR_OP_RESUME, 1);
    case KR_EXPR_YieldFrom:
        if (c->u->ste->type != KR_BLOCK_FUNCTION)
            return compiler_error(c, "'yield' outside function");
        TRY(visit_expr(c, e->v.YieldFrom.value));
        TRY(addop(c, KR_OP_GET_YIELD_FROM_ITER));
        TRY(load_const(c, kr_None));
        return add_yield_from(c);
    case KR_EXPR_Await:
        return compiler_error(c, "await not supported yet");
    case KR_EXPR_Compare:
        return compare_expr(c, e);
    case KR_EXPR_Call:
        return call_expr(c, e);
    case KR_EXPR_Constant:
        return load_const(c, e->v.Constant.value);
    case KR_EXPR_JoinedStr:
        return joined_str(c, e);
    case KR_EXPR_FormattedValue:
        return formatted_value(c, e);
    case KR_EXPR_Attribute:
        TRY(visit_expr(c, e->v.Attribute.value));
        update_start_location_to_match_attr(c, e);
        switch (e->v.Attribute.ctx) {
        case KR_EXPR_CONTEXT_Load:
            return addop_name(c, KR_OP_LOAD_ATTR, e->v.Attribute.attr, 1);
        case KR_EXPR_CONTEXT_Store:
            TRY(forbidden_name(c, e->v.Attribute.attr, KR_EXPR_CONTEXT_Store));
            return addop_name(c, KR_OP_STORE_ATTR, e->v.Attribute.attr, 1);
        case KR_EXPR_CONTEXT_Del:
            return addop_name(c, KR_OP_DELETE_ATTR, e->v.Attribute.attr, 1);
        }
        return 0;
    case KR_EXPR_Subscript:
        TRY(visit_expr(c, e->v.Subscript.value));
        TRY(visit_expr(c, e->v.Subscript.slice));
        switch (e->v.Subscript.ctx) {
        case KR_EXPR_CONTEXT_Load: return addop(c, KR_OP_BINARY_SUBSCR);
        case KR_EXPR_CONTEXT_Store: return addop(c, KR_OP_STORE_SUBSCR);
        case KR_EXPR_CONTEXT_Del: return addop(c, KR_OP_DELETE_SUBSCR);
        }
        return 0;
    case KR_EXPR_Starred:
        if (e->v.Starred.ctx == KR_EXPR_CONTEXT_Store)
            return compiler_error(c, "starred assignment target must be in a list or tuple");
        return compiler_error(c, "can't use starred expression here");
    case KR_EXPR_Slice:
        return slice_expr(c, e);
    case KR_EXPR_Name:
        return nameop(c, e->v.Name.id, e->v.Name.ctx);
    case KR_EXPR_List:
        return sequence_expr(c, e->v.List.elts, e->v.List.ctx, 0);
    case KR_EXPR_Tuple:
        return sequence_expr(c, e->v.Tuple.elts, e->v.Tuple.ctx, 1);
    }
    return 0;
}

static int visit_expr(Compiler *c, KrExpr *e)
{
    if (++c->depth > 3000) {
        c->depth--;
        kr_err_set_string(&kr_exc_RecursionError,
                          "maximum recursion depth exceeded during compilation");
        return -1;
    }
    KrCodePos saved = c->u->loc;
    SET_LOC(c, e);
    int r = visit_expr1(c, e);
    c->u->loc = saved;
    c->depth--;
    return r;
}

/* ====================================================================== */
/* Functions, lambdas, classes, comprehensions                            */
/* ====================================================================== */

/* Pushes the closure tuple (when co has free variables), the code object
 * and MAKE_FUNCTION. */
static int make_closure(Compiler *c, KrObject *co, int flags)
{
    KrCode *code = (KrCode *)co;
    if (code->nfreevars) {
        for (int i = 0; i < code->nfreevars; i++) {
            KrObject *name = KR_TUPLE_GET(code->freevars, i);
            int k;
            if (c->u->scope_type == SCOPE_CLASS && kr_str_eq(name, KR_ID(__class__))) {
                k = deref_index(c, name, 1);
            } else {
                int scope = kr_symtable_scope(c->u->ste, name);
                k = deref_index(c, name, scope == KR_SC_CELL);
            }
            TRY(k);
            TRY(addop_i(c, KR_OP_LOAD_CLOSURE, k));
        }
        flags |= 0x08;
        TRY(addop_i(c, KR_OP_BUILD_TUPLE, code->nfreevars));
    }
    TRY(load_const(c, co));
    return addop_i(c, KR_OP_MAKE_FUNCTION, flags);
}

static int default_arguments(Compiler *c, KrArguments *a)
{
    int flags = 0;
    if (KR_SEQ_LEN(a->defaults)) {
        TRY(visit_exprs(c, a->defaults));
        TRY(addop_i(c, KR_OP_BUILD_TUPLE, (int)KR_SEQ_LEN(a->defaults)));
        flags |= 0x01;
    }
    Kr_ssize_t nkw = KR_SEQ_LEN(a->kwonlyargs);
    if (nkw) {
        KrObject **keys = malloc(sizeof(KrObject *) * (size_t)nkw);
        int n = 0;
        if (!keys) {
            kr_err_no_memory();
            return -1;
        }
        for (Kr_ssize_t i = 0; i < nkw; i++) {
            KrExpr *d = a->kw_defaults ? KR_SEQ_GET(a->kw_defaults, i) : NULL;
            if (!d)
                continue;
            KrObject *m = mangle(c, KR_SEQ_GET(a->kwonlyargs, i)->arg);
            if (!m || visit_expr(c, d) < 0) {
                free(keys);
                return -1;
            }
            keys[n++] = m;
        }
        if (n) {
            KrObject *t = kr_tuple_from_array(keys, n);
            free(keys);
            TRY(load_const_new(c, t));
            TRY(addop_i(c, KR_OP_BUILD_CONST_KEY_MAP, n));
            flags |= 0x02;
        } else {
            free(keys);
        }
    }
    return flags;
}

static int argannotation(Compiler *c, KrObject *id, KrExpr *ann, int *len)
{
    if (!ann)
        return 0;
    KrObject *m = mangle(c, id);
    if (!m)
        return -1;
    TRY(load_const(c, m));
    if (ann->kind == KR_EXPR_Starred) {
        TRY(visit_expr(c, ann->v.Starred.value));
        TRY(addop_i(c, KR_OP_UNPACK_SEQUENCE, 1));
    } else {
        TRY(visit_expr(c, ann));
    }
    *len += 2;
    return 0;
}

static int argannotations(Compiler *c, KrArgSeq *args, int *len)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(args); i++) {
        KrArg *a = KR_SEQ_GET(args, i);
        TRY(argannotation(c, a->arg, a->annotation, len));
    }
    return 0;
}

/* 1 if an annotations tuple was pushed, 0 if none. */
static int visit_annotations(Compiler *c, KrArguments *a, KrExpr *returns)
{
    int len = 0;
    TRY(argannotations(c, a->args, &len));
    TRY(argannotations(c, a->posonlyargs, &len));
    if (a->vararg)
        TRY(argannotation(c, a->vararg->arg, a->vararg->annotation, &len));
    TRY(argannotations(c, a->kwonlyargs, &len));
    if (a->kwarg)
        TRY(argannotation(c, a->kwarg->arg, a->kwarg->annotation, &len));
    TRY(argannotation(c, intern(c, "return"), returns, &len));
    if (len) {
        TRY(addop_i(c, KR_OP_BUILD_TUPLE, len));
        return 1;
    }
    return 0;
}

static KrObject *get_docstring(KrStmtSeq *body)
{
    if (!KR_SEQ_LEN(body))
        return NULL;
    KrStmt *s = KR_SEQ_GET(body, 0);
    if (s->kind != KR_STMT_Expr)
        return NULL;
    KrExpr *e = s->v.Expr.value;
    if (e->kind != KR_EXPR_Constant || !KR_STR_CHECK(e->v.Constant.value))
        return NULL;
    return e->v.Constant.value;
}

/* CPython strips the indentation of docstrings only from 3.13; 3.11 keeps
 * them verbatim. */

static int check_debug_args(Compiler *c, KrArguments *a)
{
    KrArgSeq *seqs[3] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int s = 0; s < 3; s++)
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(seqs[s]); i++) {
            KrArg *arg = KR_SEQ_GET(seqs[s], i);
            if (kr_str_eq_cstr(arg->arg, "__debug__")) {
                SET_LOC(c, arg);
                return compiler_error(c, "cannot assign to __debug__");
            }
        }
    if (a->vararg && kr_str_eq_cstr(a->vararg->arg, "__debug__")) {
        SET_LOC(c, a->vararg);
        return compiler_error(c, "cannot assign to __debug__");
    }
    if (a->kwarg && kr_str_eq_cstr(a->kwarg->arg, "__debug__")) {
        SET_LOC(c, a->kwarg);
        return compiler_error(c, "cannot assign to __debug__");
    }
    return 0;
}

static int function_def(Compiler *c, KrStmt *s)
{
    KrArguments *args = s->v.FunctionDef.args;
    KrExprSeq *decos = s->v.FunctionDef.decorator_list;
    KrStmtSeq *body = s->v.FunctionDef.body;
    TRY(check_debug_args(c, args));
    SET_LOC(c, s);
    int firstlineno = s->lineno;
    if (KR_SEQ_LEN(decos))
        firstlineno = KR_SEQ_GET(decos, 0)->lineno;
    TRY(visit_exprs(c, decos));
    int flags = default_arguments(c, args);
    TRY(flags);
    int ann = visit_annotations(c, args, s->v.FunctionDef.returns);
    TRY(ann);
    if (ann)
        flags |= 0x04;
    TRY(enter_scope(c, s->v.FunctionDef.name, SCOPE_FUNCTION, s, firstlineno));
    KrObject *doc = c->optimize < 2 ? get_docstring(body) : NULL;
    if (add_const(c, doc ? doc : kr_None) < 0)
        goto fail;
    c->u->argcount = (int)KR_SEQ_LEN(args->args);
    c->u->posonlyargcount = (int)KR_SEQ_LEN(args->posonlyargs);
    c->u->kwonlyargcount = (int)KR_SEQ_LEN(args->kwonlyargs);
    for (Kr_ssize_t i = doc ? 1 : 0; i < KR_SEQ_LEN(body); i++)
        if (visit_stmt(c, KR_SEQ_GET(body, i)) < 0)
            goto fail;
    KrObject *co = assemble(c, 1);
    if (!co)
        goto fail;
    exit_scope(c);
    int r = make_closure(c, co, flags);
    kr_decref(co);
    TRY(r);
    SET_LOC(c, s);
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(decos); i++)
        TRY(addop_i(c, KR_OP_CALL, 0));
    return nameop(c, s->v.FunctionDef.name, KR_EXPR_CONTEXT_Store);
fail:
    exit_scope(c);
    return -1;
}

static int lambda_expr(Compiler *c, KrExpr *e)
{
    KrArguments *args = e->v.Lambda.args;
    TRY(check_debug_args(c, args));
    SET_LOC(c, e);
    int flags = default_arguments(c, args);
    TRY(flags);
    TRY(enter_scope(c, intern(c, "<lambda>"), SCOPE_LAMBDA, e, e->lineno));
    KrObject *co = NULL;
    /* None first, so a lambda never has a docstring */
    if (add_const(c, kr_None) < 0)
        goto fail;
    c->u->argcount = (int)KR_SEQ_LEN(args->args);
    c->u->posonlyargcount = (int)KR_SEQ_LEN(args->posonlyargs);
    c->u->kwonlyargcount = (int)KR_SEQ_LEN(args->kwonlyargs);
    if (visit_expr(c, e->v.Lambda.body) < 0)
        goto fail;
    if (c->u->ste->generator) {
        co = assemble(c, 0);
    } else {
        if (addop(c, KR_OP_RETURN_VALUE) < 0)
            goto fail;
        co = assemble(c, 1);
    }
    if (!co)
        goto fail;
    exit_scope(c);
    int r = make_closure(c, co, flags);
    kr_decref(co);
    return r;
fail:
    exit_scope(c);
    return -1;
}

/* find_ann: does the body (not nested scopes) contain an annotation? */
static int find_ann(KrStmtSeq *stmts)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(stmts); i++) {
        KrStmt *s = KR_SEQ_GET(stmts, i);
        switch (s->kind) {
        case KR_STMT_AnnAssign:
            return 1;
        case KR_STMT_For:
            if (find_ann(s->v.For.body) || find_ann(s->v.For.orelse))
                return 1;
            break;
        case KR_STMT_While:
            if (find_ann(s->v.While.body) || find_ann(s->v.While.orelse))
                return 1;
            break;
        case KR_STMT_If:
            if (find_ann(s->v.If.body) || find_ann(s->v.If.orelse))
                return 1;
            break;
        case KR_STMT_With:
            if (find_ann(s->v.With.body))
                return 1;
            break;
        case KR_STMT_Try:
            for (Kr_ssize_t j = 0; j < KR_SEQ_LEN(s->v.Try.handlers); j++)
                if (find_ann(KR_SEQ_GET(s->v.Try.handlers, j)->v.ExceptHandler.body))
                    return 1;
            if (find_ann(s->v.Try.body) || find_ann(s->v.Try.finalbody) ||
                find_ann(s->v.Try.orelse))
                return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

/* Module and class bodies: SETUP_ANNOTATIONS, the docstring into
 * __doc__, then the statements. */
static int body(Compiler *c, KrStmtSeq *stmts)
{
    Kr_ssize_t i = 0;
    if (c->u->scope_type == SCOPE_MODULE && KR_SEQ_LEN(stmts))
        SET_LOC(c, KR_SEQ_GET(stmts, 0));
    if (find_ann(stmts))
        TRY(addop(c, KR_OP_SETUP_ANNOTATIONS));
    if (!KR_SEQ_LEN(stmts))
        return 0;
    if (c->optimize < 2) {
        KrObject *doc = get_docstring(stmts);
        if (doc) {
            i = 1;
            KrStmt *st = KR_SEQ_GET(stmts, 0);
            TRY(visit_expr(c, st->v.Expr.value));
            UNSET_LOC(c);
            TRY(nameop(c, KR_ID(__doc__), KR_EXPR_CONTEXT_Store));
        }
    }
    for (; i < KR_SEQ_LEN(stmts); i++)
        TRY(visit_stmt(c, KR_SEQ_GET(stmts, i)));
    return 0;
}

static int class_def(Compiler *c, KrStmt *s)
{
    KrExprSeq *decos = s->v.ClassDef.decorator_list;
    TRY(visit_exprs(c, decos));
    int firstlineno = s->lineno;
    if (KR_SEQ_LEN(decos))
        firstlineno = KR_SEQ_GET(decos, 0)->lineno;
    TRY(enter_scope(c, s->v.ClassDef.name, SCOPE_CLASS, s, firstlineno));
    c->u->private_ = s->v.ClassDef.name;
    KrObject *co = NULL;
    if (nameop(c, intern(c, "__name__"), KR_EXPR_CONTEXT_Load) < 0 ||
        nameop(c, intern(c, "__module__"), KR_EXPR_CONTEXT_Store) < 0 ||
        load_const(c, c->u->qualname) < 0 ||
        nameop(c, intern(c, "__qualname__"), KR_EXPR_CONTEXT_Store) < 0)
        goto fail;
    if (body(c, s->v.ClassDef.body) < 0)
        goto fail;
    UNSET_LOC(c);
    if (c->u->ste->needs_class_closure) {
        int k = list_find(&c->u->cellvars, KR_ID(__class__));
        if (k < 0 || addop_i(c, KR_OP_LOAD_CLOSURE, k) < 0 || addop_i(c, KR_OP_COPY, 1) < 0 ||
            nameop(c, KR_ID(__classcell__), KR_EXPR_CONTEXT_Store) < 0)
            goto fail;
    } else {
        if (load_const(c, kr_None) < 0)
            goto fail;
    }
    if (addop(c, KR_OP_RETURN_VALUE) < 0)
        goto fail;
    co = assemble(c, 1);
    if (!co)
        goto fail;
    exit_scope(c);
    SET_LOC(c, s);
    if (addop(c, KR_OP_PUSH_NULL) < 0 || addop(c, KR_OP_LOAD_BUILD_CLASS) < 0 ||
        make_closure(c, co, 0) < 0) {
        kr_decref(co);
        return -1;
    }
    kr_decref(co);
    TRY(load_const(c, s->v.ClassDef.name));
    TRY(call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords));
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(decos); i++)
        TRY(addop_i(c, KR_OP_CALL, 0));
    return nameop(c, s->v.ClassDef.name, KR_EXPR_CONTEXT_Store);
fail:
    exit_scope(c);
    return -1;
}

static int comprehension_generator(Compiler *c, KrComprehensionSeq *gens, Kr_ssize_t gen_index,
                                   int depth, KrExpr *elt, KrExpr *val, int type)
{
    KrComprehension *gen = KR_SEQ_GET(gens, gen_index);
    Block *start = new_block(c), *if_cleanup = new_block(c), *anchor = new_block(c);
    if (!start || !if_cleanup || !anchor)
        return -1;
    if (gen_index == 0) {
        c->u->argcount = 1;
        TRY(addop_i(c, KR_OP_LOAD_FAST, 0));
    } else {
        KrExprSeq *elts = NULL;
        if (gen->iter->kind == KR_EXPR_List)
            elts = gen->iter->v.List.elts;
        else if (gen->iter->kind == KR_EXPR_Tuple)
            elts = gen->iter->v.Tuple.elts;
        if (KR_SEQ_LEN(elts) == 1 && KR_SEQ_GET(elts, 0)->kind != KR_EXPR_Starred) {
            TRY(visit_expr(c, KR_SEQ_GET(elts, 0)));
            start = NULL;
        }
        if (start) {
            TRY(visit_expr(c, gen->iter));
            TRY(addop(c, KR_OP_GET_ITER));
        }
    }
    if (start) {
        depth++;
        use_block(c, start);
        TRY(addop_j(c, KR_OP_FOR_ITER, anchor));
    }
    TRY(visit_expr(c, gen->target));
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(gen->ifs); i++)
        TRY(jump_if(c, KR_SEQ_GET(gen->ifs, i), if_cleanup, 0));
    if (++gen_index < KR_SEQ_LEN(gens))
        TRY(comprehension_generator(c, gens, gen_index, depth, elt, val, type));
    if (gen_index >= KR_SEQ_LEN(gens)) {
        switch (type) {
        case KR_COMP_GEN:
            TRY(visit_expr(c, elt));
            TRY(addop_i(c, KR_OP_YIELD_VALUE, 0));
            TRY(addop_i(c, KR_OP_RESUME, 1));
            TRY(addop(c, KR_OP_POP_TOP));
            break;
        case KR_COMP_LIST:
            TRY(visit_expr(c, elt));
            TRY(addop_i(c, KR_OP_LIST_APPEND, depth + 1));
            break;
        case KR_COMP_SET:
            TRY(visit_expr(c, elt));
            TRY(addop_i(c, KR_OP_SET_ADD, depth + 1));
            break;
        case KR_COMP_DICT:
            TRY(visit_expr(c, elt));
            TRY(visit_expr(c, val));
            TRY(addop_i(c, KR_OP_MAP_ADD, depth + 1));
            break;
        }
    }
    use_block(c, if_cleanup);
    if (start) {
        TRY(addop_j(c, KR_P_JUMP, start));
        use_block(c, anchor);
    }
    return 0;
}

static int comprehension_expr(Compiler *c, KrExpr *e)
{
    KrComprehensionSeq *gens;
    KrExpr *elt, *val = NULL;
    const char *name;
    int type;
    switch (e->kind) {
    case KR_EXPR_GeneratorExp:
        gens = e->v.GeneratorExp.generators; elt = e->v.GeneratorExp.elt;
        name = "<genexpr>"; type = KR_COMP_GEN;
        break;
    case KR_EXPR_ListComp:
        gens = e->v.ListComp.generators; elt = e->v.ListComp.elt;
        name = "<listcomp>"; type = KR_COMP_LIST;
        break;
    case KR_EXPR_SetComp:
        gens = e->v.SetComp.generators; elt = e->v.SetComp.elt;
        name = "<setcomp>"; type = KR_COMP_SET;
        break;
    default:
        gens = e->v.DictComp.generators; elt = e->v.DictComp.key; val = e->v.DictComp.value;
        name = "<dictcomp>"; type = KR_COMP_DICT;
        break;
    }
    KrComprehension *outer = KR_SEQ_GET(gens, 0);
    TRY(enter_scope(c, intern(c, name), SCOPE_COMPREHENSION, e, e->lineno));
    KrObject *co = NULL;
    if (type != KR_COMP_GEN) {
        int op = type == KR_COMP_LIST ? KR_OP_BUILD_LIST
                 : type == KR_COMP_SET ? KR_OP_BUILD_SET : KR_OP_BUILD_MAP;
        if (addop_i(c, op, 0) < 0)
            goto fail;
    }
    if (comprehension_generator(c, gens, 0, 0, elt, val, type) < 0)
        goto fail;
    if (type != KR_COMP_GEN && addop(c, KR_OP_RETURN_VALUE) < 0)
        goto fail;
    co = assemble(c, 1);
    if (!co)
        goto fail;
    exit_scope(c);
    int r = make_closure(c, co, 0);
    kr_decref(co);
    TRY(r);
    TRY(visit_expr(c, outer->iter));
    TRY(addop(c, KR_OP_GET_ITER));
    return addop_i(c, KR_OP_CALL, 0);
fail:
    exit_scope(c);
    return -1;
}
