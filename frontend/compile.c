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
