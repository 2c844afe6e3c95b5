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
 *   2. Assembly (the order matters; it is 3.11's, so `dis` output and
 *      co_positions match CPython's for the same source):
 *      - a peephole pass: PUSH_NULL+LOAD_GLOBAL fusion, constant
 *        conditions, `x is None` jumps, tuple-of-constants folding,
 *        BUILD_TUPLE+UNPACK_SEQUENCE -> SWAP and static swaps into stores,
 *        jump threading between instructions of the same line;
 *      - stack depth by abstract interpretation over the CFG with
 *        kr_opcode_stack_effect (pseudo-ops have their own effects; the
 *        handler of a SETUP_* starts at depth+1 (+2 with lasti));
 *        blocks never reached are dropped;
 *      - exception labelling: a walk that carries the stack of active
 *        handlers along the edges gives every instruction its handler;
 *      - cleanup: removable NOPs go, small exit blocks without a line (the
 *        implicit `return None`) are copied into the blocks that jump to
 *        them, jumps to the next block go, unreachable and empty blocks
 *        leave the layout; only then the SETUP/POP_BLOCK pseudo-ops become
 *        NOPs, line numbers are propagated into artificial instructions
 *        and NOPs that carry the only copy of a line survive;
 *      - layout: offsets are computed in code units including EXTENDED_ARG
 *        prefixes and CACHE units, iterating until jump arguments are
 *        stable (a longer argument can move targets); pseudo-jumps become
 *        the FORWARD/BACKWARD opcodes;
 *      - emission of code units, one KrCodePos per unit, and the exception
 *        table from runs of instructions sharing a handler (depth = the
 *        handler's start depth minus the pushed exception and lasti).
 *
 * Before any of this the tree is rewritten in place by a constant folder
 * (3.11's ast_opt.c: operators on constants within size limits, tuples of
 * constants, `in [..]` and `for x in [..]` displays, `'%s' % (a,)` into
 * f-strings, __debug__), and under `from __future__ import annotations`
 * annotations are turned back into source text by a small unparser.
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
    Block **pushes;             /* handlers its SETUP_* pushed (kept reachable) */
    int npushes;
};

enum FBlockType {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER,
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
    int future_annotations;     /* from __future__ import annotations */
    int nestlevel;
    int depth;                  /* recursion guard */
    KrObject *const_cache;      /* str/int/bytes constant -> the one object
                                 * shared by every code object of this
                                 * compilation, as CPython merges them */
} Compiler;

#define TRY(x)                                                                \
    do {                                                                      \
        if ((x) < 0)                                                          \
            return -1;                                                        \
    } while (0)

/* generator.c's coroutine helpers (declared in runtime/ceval.h, which
 * cannot be included next to opcodes.h here). */
enum { KR_CORO_AWAITABLE, KR_CORO_AITER, KR_CORO_ANEXT, KR_CORO_BEFORE_AWITH,
       KR_CORO_AGEN_WRAP };
KrObject *kr_coro_helper(int which);
static int add_await(Compiler *c);

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

/* A SyntaxWarning at the current line, through warnings.warn_explicit as
 * CPython's compiler does (so filters apply and "error" turns it into a
 * SyntaxError).  Only a warning escalated to an exception stops the
 * compilation; a warnings module that cannot be imported just drops it. */
static int compiler_warn(Compiler *c, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    KrObject *mod = kr_import_cstr("warnings");
    if (!mod) {
        kr_err_clear();
        return 0;
    }
    KrObject *fn = kr_object_getattr_str(mod, "warn_explicit");
    kr_decref(mod);
    if (!fn) {
        kr_err_clear();
        return 0;
    }
    KrObject *args[4] = {kr_str_from_cstr(msg), (KrObject *)&kr_exc_SyntaxWarning,
                         c->filename, kr_int_from_ssize(c->u->loc.line)};
    KrObject *r = args[0] && args[3] ? kr_call(fn, args, 4, NULL) : NULL;
    kr_decref(fn);
    kr_xdecref(args[0]);
    kr_xdecref(args[3]);
    if (r) {
        kr_decref(r);
        return 0;
    }
    if (kr_err_matches_type(&kr_exc_SyntaxWarning)) {
        kr_err_clear();
        return compiler_error(c, "%s", msg);
    }
    return -1;
}

/* The type a literal-looking expression is known to evaluate to, or NULL
 * (CPython's infer_type). */
static const char *infer_type_name(KrExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_Tuple: return "tuple";
    case KR_EXPR_List: case KR_EXPR_ListComp: return "list";
    case KR_EXPR_Dict: case KR_EXPR_DictComp: return "dict";
    case KR_EXPR_Set: case KR_EXPR_SetComp: return "set";
    case KR_EXPR_GeneratorExp: return "generator";
    case KR_EXPR_Lambda: return "function";
    case KR_EXPR_JoinedStr: case KR_EXPR_FormattedValue: return "str";
    case KR_EXPR_Constant: return KR_TYPE(e->v.Constant.value)->name;
    default: return NULL;
    }
}

static int is_singleton_or_nonliteral(KrExpr *e)
{
    if (e->kind != KR_EXPR_Constant)
        return 1;
    KrObject *v = e->v.Constant.value;
    return v == kr_None || v == kr_True || v == kr_False || v == kr_Ellipsis;
}

/* `x is 1`: identity with a literal is almost always a mistaken `==`. */
static int check_compare(Compiler *c, KrExpr *e)
{
    int left = is_singleton_or_nonliteral(e->v.Compare.left);
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(e->v.Compare.ops); i++) {
        KrCmpop op = KR_SEQ_GET(e->v.Compare.ops, i);
        int right = is_singleton_or_nonliteral(KR_SEQ_GET(e->v.Compare.comparators, i));
        if ((op == KR_CMPOP_Is || op == KR_CMPOP_IsNot) && (!left || !right))
            return compiler_warn(c, op == KR_CMPOP_Is
                                 ? "\"is\" with a literal. Did you mean \"==\"?"
                                 : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return 0;
}

/* `[1, 2] (3, 4)`: calling a display is a forgotten comma. */
static int check_caller(Compiler *c, KrExpr *f)
{
    switch (f->kind) {
    case KR_EXPR_Constant: case KR_EXPR_Tuple: case KR_EXPR_List: case KR_EXPR_ListComp:
    case KR_EXPR_Dict: case KR_EXPR_DictComp: case KR_EXPR_Set: case KR_EXPR_SetComp:
    case KR_EXPR_GeneratorExp: case KR_EXPR_JoinedStr: case KR_EXPR_FormattedValue:
        return compiler_warn(c, "'%.200s' object is not callable; perhaps you missed a comma?",
                             infer_type_name(f));
    default:
        return 0;
    }
}

static int check_subscripter(Compiler *c, KrExpr *v)
{
    switch (v->kind) {
    case KR_EXPR_Constant: {
        KrObject *o = v->v.Constant.value;
        if (!(o == kr_None || o == kr_Ellipsis || KR_INT_CHECK(o) || KR_FLOAT_CHECK(o) ||
              KR_TYPE(o) == &kr_complex_type || KR_ANYSET_CHECK(o)))
            return 0;
    }
    /* fall through */
    case KR_EXPR_Set: case KR_EXPR_SetComp: case KR_EXPR_GeneratorExp: case KR_EXPR_Lambda:
        return compiler_warn(c, "'%.200s' object is not subscriptable; perhaps you missed a comma?",
                             infer_type_name(v));
    default:
        return 0;
    }
}

static int check_index(Compiler *c, KrExpr *v, KrExpr *s)
{
    const char *it = infer_type_name(s);
    if (!it)
        return 0;
    if (s->kind == KR_EXPR_Constant && KR_INT_CHECK(s->v.Constant.value))
        return 0;
    switch (v->kind) {
    case KR_EXPR_Constant: {
        KrObject *o = v->v.Constant.value;
        if (!(KR_STR_CHECK(o) || KR_BYTES_CHECK(o) || KR_TUPLE_CHECK(o)))
            return 0;
    }
    /* fall through */
    case KR_EXPR_Tuple: case KR_EXPR_List: case KR_EXPR_ListComp:
    case KR_EXPR_JoinedStr: case KR_EXPR_FormattedValue:
        return compiler_warn(c, "%.200s indices must be integers or slices, not %.200s; "
                             "perhaps you missed a comma?", infer_type_name(v), it);
    default:
        return 0;
    }
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

static int is_jump(int op);

/* Appends an instruction.  As in 3.11, a jump always ends its block (line
 * numbers propagate along single-predecessor edges from a block's last
 * instruction). */
static int addop_loc(Compiler *c, int op, int arg, Block *target, KrCodePos loc)
{
    Instr *i = block_add(c->u->cur);
    if (!i)
        return -1;
    i->op = op;
    i->arg = arg;
    i->target = target;
    i->loc = loc;
    if (is_jump(op))
        return next_block(c);
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

/* "No line": the line is unknown (filled in later from the predecessor)
 * but 3.11 keeps the current columns. */
static int addop_noline(Compiler *c, int op)
{
    KrCodePos l = c->u->loc;
    l.line = -1;
    return addop_loc(c, op, 0, NULL, l);
}

static int addop_j_noline(Compiler *c, int op, Block *target)
{
    KrCodePos l = c->u->loc;
    l.line = -1;
    return addop_loc(c, op, 0, target, l);
}

#define SET_LOC(c, n)                                                         \
    do {                                                                      \
        (c)->u->loc.line = (n)->lineno;                                       \
        (c)->u->loc.end_line = (n)->end_lineno;                               \
        (c)->u->loc.col = (n)->col_offset;                                    \
        (c)->u->loc.end_col = (n)->end_col_offset;                            \
    } while (0)
#define UNSET_LOC(c) ((c)->u->loc.line = -1)

static int add_const_merged(Compiler *c, KrObject *o);

/* CPython's constant merging (merge_consts_recursive) re-creates each
 * frozenset from its own iteration order; with colliding hashes that can
 * change the layout.  New reference. */
static KrObject *rebuilt_frozenset(KrObject *o)
{
    KrObject *t = kr_sequence_tuple(o);
    if (t == NULL)
        return NULL;
    KrObject *r = kr_frozenset_new(t);
    kr_decref(t);
    return r;
}

/* Whether equal frozensets of these items are one constant in CPython
 * (their items' constant keys are the items themselves). */
static int plain_items(KrObject *fs)
{
    KrObject *it = kr_object_get_iter(fs), *x;
    int ok = it != NULL;
    while (ok && (x = kr_iter_next(it)) != NULL) {
        ok = KR_STR_CHECK_EXACT(x) || KR_INT_CHECK_EXACT(x);
        kr_decref(x);
    }
    kr_xdecref(it);
    kr_err_clear();
    return ok;
}

static int add_const(Compiler *c, KrObject *o)
{
    if (KR_TYPE(o) == &kr_frozenset_type && kr_set_size(o) > 0) {
        /* CPython merges equal constants of a compilation: the first equal
         * frozenset, rebuilt, is the constant; with colliding hashes its
         * layout (so the order the set literal {1, 9, 17} iterates in)
         * depends on both */
        KrObject *key = NULL, *fs = NULL;
        if (c->const_cache != NULL && plain_items(o)) {
            key = kr_tuple_pack(2, (KrObject *)&kr_frozenset_type, o);
            if (key == NULL)
                return -1;
            fs = kr_xnewref(kr_dict_get_item(c->const_cache, key));
        }
        if (fs == NULL) {
            fs = rebuilt_frozenset(o);
            if (fs == NULL || (key && kr_dict_set_item(c->const_cache, key, fs) < 0)) {
                kr_xdecref(key);
                kr_xdecref(fs);
                return -1;
            }
        }
        kr_xdecref(key);
        int r = add_const_merged(c, fs);
        kr_decref(fs);
        return r;
    }
    return add_const_merged(c, o);
}

static int add_const_merged(Compiler *c, KrObject *o)
{
    /* Equal str/int/bytes constants of one module are the same object
     * (so `f() is g()` holds for two functions returning "x y"). Only
     * these exact types: they never compare equal to each other, unlike
     * 1, 1.0 and True. */
    if (c->const_cache != NULL &&
        (KR_STR_CHECK_EXACT(o) || KR_INT_CHECK_EXACT(o) || KR_TYPE(o) == &kr_bytes_type)) {
        KrObject *canon = kr_dict_get_item(c->const_cache, o);
        if (canon != NULL)
            o = canon;
        else if (kr_err_occurred() || kr_dict_set_item(c->const_cache, o, o) < 0)
            return -1;
    }
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
        free(b->pushes);
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
            /* not after a comprehension: "f.<locals>.<listcomp>.<lambda>" */
            if (parent->scope_type == SCOPE_FUNCTION || parent->scope_type == SCOPE_LAMBDA) {
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
        /* what 3.11 reports for the module's RESUME */
        u->qualname = kr_newref(name);
        u->loc.line = 0;
        u->loc.end_line = 1;
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
    case FB_EXCEPTION_GROUP_HANDLER:
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
        if (((KrStmt *)f->datum)->kind == KR_STMT_AsyncWith)
            TRY(add_await(c));
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
    /* leaving an except* clause early would lose the parts of the group
     * still to be matched or re-raised, so 3.11 forbids it */
    if (top->type == FB_EXCEPTION_GROUP_HANDLER)
        return compiler_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
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
        /* as 3.11: the comparison's position sticks for what follows */
        SET_LOC(c, e);
        if (n > 0) {
            TRY(check_compare(c, e));
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
            return 0;
        }
        break;
    }
    default:
        break;
    }
    TRY(visit_expr(c, e));
    return addop_j(c, cond ? KR_P_POP_JUMP_IF_TRUE : KR_P_POP_JUMP_IF_FALSE, next);
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
    TRY(check_compare(c, e));
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
        TRY(addop_noline(c, KR_OP_BUILD_MAP));
    for (Kr_ssize_t i = begin; i < end; i++) {
        KrKeyword *k = KR_SEQ_GET(kws, i);
        TRY(load_const(c, k->arg));
        TRY(visit_expr(c, k->value));
        if (big) {
            KrCodePos l = c->u->loc;
            l.line = -1;
            TRY(addop_loc(c, KR_OP_MAP_ADD, 1, NULL, l));
        }
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

static void update_start_location_to_match_attr(Compiler *c, KrExpr *attr);

/* obj.meth(args) -> LOAD_METHOD + CALL when there is no * or **. */
static int maybe_method_call(Compiler *c, KrExpr *e)
{
    KrExpr *meth = e->v.Call.func;
    if (meth->kind != KR_EXPR_Attribute || meth->v.Attribute.ctx != KR_EXPR_CONTEXT_Load)
        return 0;
    Kr_ssize_t argsl = KR_SEQ_LEN(e->v.Call.args), kwdsl = KR_SEQ_LEN(e->v.Call.keywords);
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE)
        return 0;
    /* as 3.11: no LOAD_METHOD on a name bound by an import at module
     * level (modules have no methods worth the lookup) */
    if (meth->v.Attribute.value->kind == KR_EXPR_Name) {
        KrSymbol *sym = kr_symtable_get(c->st->top, meth->v.Attribute.value->v.Name.id);
        if (sym && (sym->flags & KR_DEF_IMPORT))
            return 0;
    }
    for (Kr_ssize_t i = 0; i < argsl; i++)
        if (KR_SEQ_GET(e->v.Call.args, i)->kind == KR_EXPR_Starred)
            return 0;
    for (Kr_ssize_t i = 0; i < kwdsl; i++)
        if (!KR_SEQ_GET(e->v.Call.keywords, i)->arg)
            return 0;
    TRY(validate_keywords(c, e->v.Call.keywords));
    TRY(visit_expr(c, meth->v.Attribute.value));
    KrCodePos saved = c->u->loc;
    /* LOAD_METHOD points at `obj.meth`, the CALL at the whole call, both
     * starting at the attribute name when the call spans lines */
    SET_LOC(c, meth);
    update_start_location_to_match_attr(c, meth);
    TRY(addop_name(c, KR_OP_LOAD_METHOD, meth->v.Attribute.attr, 1));
    TRY(visit_exprs(c, e->v.Call.args));
    if (kwdsl) {
        for (Kr_ssize_t i = 0; i < kwdsl; i++)
            TRY(visit_expr(c, KR_SEQ_GET(e->v.Call.keywords, i)->value));
        TRY(kw_names(c, e->v.Call.keywords, kwdsl));
    }
    SET_LOC(c, e);
    update_start_location_to_match_attr(c, meth);
    TRY(addop_i(c, KR_OP_CALL, (int)(argsl + kwdsl)));
    c->u->loc = saved;
    return 1;
}

static int call_expr(Compiler *c, KrExpr *e)
{
    int r = maybe_method_call(c, e);
    if (r != 0)
        return r < 0 ? -1 : 0;
    TRY(check_caller(c, e->v.Call.func));
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

/* Calls one of generator.c's coroutine helpers on the top of the stack,
 * in CALL's method form ([helper, arg] -> result). */
static int call_coro_helper(Compiler *c, int which)
{
    KrObject *h = kr_coro_helper(which);
    if (h == NULL)
        return -1;
    TRY(load_const(c, h));
    TRY(addop_i(c, KR_OP_SWAP, 2));
    return addop_i(c, KR_OP_CALL, 0);
}

/* await TOS: GET_AWAITABLE, then the yield-from loop. */
static int add_await(Compiler *c)
{
    TRY(call_coro_helper(c, KR_CORO_AWAITABLE));
    TRY(load_const(c, kr_None));
    return add_yield_from(c);
}

/* await / async for / async with need an async function (what=NULL: await). */
static int check_async(Compiler *c, const char *what)
{
    KrSymEntry *ste = c->u->ste;
    if (ste->type == KR_BLOCK_FUNCTION && ste->coroutine)
        return 0;
    if (what)
        return compiler_error(c, "'%s' outside async function", what);
    if (ste->type != KR_BLOCK_FUNCTION)
        return compiler_error(c, "'await' outside function");
    if (ste->comprehension)
        return compiler_error(c, "asynchronous comprehension outside of an asynchronous function");
    return compiler_error(c, "'await' outside async function");
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
        /* an async generator marks what it yields, to tell it from what
         * its awaits pass through to the event loop */
        if (c->u->ste->coroutine)
            TRY(call_coro_helper(c, KR_CORO_AGEN_WRAP));
        TRY(addop_i(c, KR_OP_YIELD_VALUE, 0));
        return addop_i(c, KR_OP_RESUME, 1);
    case KR_EXPR_YieldFrom:
        if (c->u->ste->type != KR_BLOCK_FUNCTION)
            return compiler_error(c, "'yield' outside function");
        if (c->u->ste->coroutine)
            return compiler_error(c, "'yield from' inside async function");
        TRY(visit_expr(c, e->v.YieldFrom.value));
        TRY(addop(c, KR_OP_GET_YIELD_FROM_ITER));
        TRY(load_const(c, kr_None));
        return add_yield_from(c);
    case KR_EXPR_Await:
        TRY(check_async(c, NULL));
        TRY(visit_expr(c, e->v.Await.value));
        return add_await(c);
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
        if (e->v.Subscript.ctx == KR_EXPR_CONTEXT_Load) {
            TRY(check_subscripter(c, e->v.Subscript.value));
            TRY(check_index(c, e->v.Subscript.value, e->v.Subscript.slice));
        }
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
/* Annotations as strings (from __future__ import annotations)            */
/* ====================================================================== */

/* Precedence levels of CPython's ast_unparse.c. */
enum { PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR,
       PR_BXOR, PR_BAND, PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT,
       PR_ATOM };

static int unparse(KrBuf *b, KrExpr *e, int level);

static int unparse_repr(KrBuf *b, KrObject *o)
{
    if (o == kr_Ellipsis)
        return kr_buf_puts(b, "...");
    return kr_buf_append_repr(b, o);
}

static int unparse_seq(KrBuf *b, KrExprSeq *seq, int level)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(seq); i++) {
        if (i)
            kr_buf_puts(b, ", ");
        TRY(unparse(b, KR_SEQ_GET(seq, i), level));
    }
    return 0;
}

static int unparse_comprehensions(KrBuf *b, KrComprehensionSeq *gens)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(gens); i++) {
        KrComprehension *g = KR_SEQ_GET(gens, i);
        kr_buf_puts(b, g->is_async ? " async for " : " for ");
        TRY(unparse(b, g->target, PR_TUPLE));
        kr_buf_puts(b, " in ");
        TRY(unparse(b, g->iter, PR_TEST + 1));
        for (Kr_ssize_t j = 0; j < KR_SEQ_LEN(g->ifs); j++) {
            kr_buf_puts(b, " if ");
            TRY(unparse(b, KR_SEQ_GET(g->ifs, j), PR_TEST + 1));
        }
    }
    return 0;
}

static int unparse_arg(KrBuf *b, KrArg *a)
{
    kr_buf_append_str(b, a->arg);
    if (a->annotation) {
        kr_buf_puts(b, ": ");
        TRY(unparse(b, a->annotation, PR_TEST));
    }
    return 0;
}

static int unparse_args(KrBuf *b, KrArguments *a)
{
    int first = 1;
    Kr_ssize_t npos = KR_SEQ_LEN(a->posonlyargs), nargs = KR_SEQ_LEN(a->args);
    Kr_ssize_t ndef = KR_SEQ_LEN(a->defaults);
    for (Kr_ssize_t i = 0; i < npos + nargs; i++) {
        KrArg *arg = i < npos ? KR_SEQ_GET(a->posonlyargs, i) : KR_SEQ_GET(a->args, i - npos);
        if (!first)
            kr_buf_puts(b, ", ");
        first = 0;
        TRY(unparse_arg(b, arg));
        Kr_ssize_t di = i - (npos + nargs - ndef);
        if (di >= 0) {
            kr_buf_puts(b, "=");
            TRY(unparse(b, KR_SEQ_GET(a->defaults, di), PR_TEST));
        }
        if (npos && i == npos - 1)
            kr_buf_puts(b, ", /");
    }
    if (a->vararg || KR_SEQ_LEN(a->kwonlyargs)) {
        if (!first)
            kr_buf_puts(b, ", ");
        first = 0;
        kr_buf_puts(b, "*");
        if (a->vararg)
            TRY(unparse_arg(b, a->vararg));
    }
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(a->kwonlyargs); i++) {
        kr_buf_puts(b, ", ");
        TRY(unparse_arg(b, KR_SEQ_GET(a->kwonlyargs, i)));
        KrExpr *d = a->kw_defaults ? KR_SEQ_GET(a->kw_defaults, i) : NULL;
        if (d) {
            kr_buf_puts(b, "=");
            TRY(unparse(b, d, PR_TEST));
        }
    }
    if (a->kwarg) {
        if (!first)
            kr_buf_puts(b, ", ");
        kr_buf_puts(b, "**");
        TRY(unparse_arg(b, a->kwarg));
    }
    return 0;
}

/* The body of an f-string (between the quotes, before repr). */
static int unparse_fstring_body(KrBuf *b, KrExpr *e)
{
    if (e->kind == KR_EXPR_Constant && KR_STR_CHECK(e->v.Constant.value)) {
        KrObject *s = e->v.Constant.value;
        for (Kr_ssize_t i = 0; i < KR_STR_LEN(s); i++) {
            uint32_t ch = KR_STR_CHAR(s, i);
            if (ch == '{' || ch == '}')
                kr_buf_append_codepoint(b, ch);
            kr_buf_append_codepoint(b, ch);
        }
        return 0;
    }
    if (e->kind == KR_EXPR_JoinedStr) {
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(e->v.JoinedStr.values); i++)
            TRY(unparse_fstring_body(b, KR_SEQ_GET(e->v.JoinedStr.values, i)));
        return 0;
    }
    if (e->kind == KR_EXPR_FormattedValue) {
        KrBuf inner;
        kr_buf_init(&inner);
        if (unparse(&inner, e->v.FormattedValue.value, PR_TEST + 1) < 0) {
            kr_buf_free(&inner);
            return -1;
        }
        kr_buf_puts(b, inner.len && inner.data[0] == '{' ? "{ " : "{");
        kr_buf_append(b, inner.data, inner.len);
        kr_buf_free(&inner);
        int conv = e->v.FormattedValue.conversion;
        if (conv == 's' || conv == 'r' || conv == 'a') {
            kr_buf_putc(b, '!');
            kr_buf_putc(b, (char)conv);
        }
        if (e->v.FormattedValue.format_spec) {
            kr_buf_putc(b, ':');
            TRY(unparse_fstring_body(b, e->v.FormattedValue.format_spec));
        }
        return kr_buf_putc(b, '}');
    }
    return 0;
}

static int unparse(KrBuf *b, KrExpr *e, int level)
{
    switch (e->kind) {
    case KR_EXPR_BoolOp: {
        int pr = e->v.BoolOp.op == KR_BOOLOP_And ? PR_AND : PR_OR;
        if (level > pr)
            kr_buf_putc(b, '(');
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(e->v.BoolOp.values); i++) {
            if (i)
                kr_buf_puts(b, pr == PR_AND ? " and " : " or ");
            TRY(unparse(b, KR_SEQ_GET(e->v.BoolOp.values, i), pr + 1));
        }
        if (level > pr)
            kr_buf_putc(b, ')');
        return 0;
    }
    case KR_EXPR_BinOp: {
        static const struct { const char *s; int pr; } ops[] = {
            [KR_OPERATOR_Add] = {" + ", PR_ARITH}, [KR_OPERATOR_Sub] = {" - ", PR_ARITH},
            [KR_OPERATOR_Mult] = {" * ", PR_TERM}, [KR_OPERATOR_MatMult] = {" @ ", PR_TERM},
            [KR_OPERATOR_Div] = {" / ", PR_TERM}, [KR_OPERATOR_Mod] = {" % ", PR_TERM},
            [KR_OPERATOR_Pow] = {" ** ", PR_POWER}, [KR_OPERATOR_LShift] = {" << ", PR_SHIFT},
            [KR_OPERATOR_RShift] = {" >> ", PR_SHIFT}, [KR_OPERATOR_BitOr] = {" | ", PR_BOR},
            [KR_OPERATOR_BitXor] = {" ^ ", PR_BXOR}, [KR_OPERATOR_BitAnd] = {" & ", PR_BAND},
            [KR_OPERATOR_FloorDiv] = {" // ", PR_TERM},
        };
        int pr = ops[e->v.BinOp.op].pr;
        int rassoc = e->v.BinOp.op == KR_OPERATOR_Pow;
        if (level > pr)
            kr_buf_putc(b, '(');
        TRY(unparse(b, e->v.BinOp.left, pr + rassoc));
        kr_buf_puts(b, ops[e->v.BinOp.op].s);
        TRY(unparse(b, e->v.BinOp.right, pr + !rassoc));
        if (level > pr)
            kr_buf_putc(b, ')');
        return 0;
    }
    case KR_EXPR_UnaryOp: {
        const char *op = "";
        int pr = PR_FACTOR;
        switch (e->v.UnaryOp.op) {
        case KR_UNARYOP_Invert: op = "~"; break;
        case KR_UNARYOP_Not: op = "not "; pr = PR_NOT; break;
        case KR_UNARYOP_UAdd: op = "+"; break;
        case KR_UNARYOP_USub: op = "-"; break;
        }
        if (level > pr)
            kr_buf_putc(b, '(');
        kr_buf_puts(b, op);
        TRY(unparse(b, e->v.UnaryOp.operand, pr));
        if (level > pr)
            kr_buf_putc(b, ')');
        return 0;
    }
    case KR_EXPR_Lambda: {
        KrArguments *a = e->v.Lambda.args;
        int any = KR_SEQ_LEN(a->posonlyargs) || KR_SEQ_LEN(a->args) || a->vararg ||
                  KR_SEQ_LEN(a->kwonlyargs) || a->kwarg;
        if (level > PR_TEST)
            kr_buf_putc(b, '(');
        kr_buf_puts(b, any ? "lambda " : "lambda");
        TRY(unparse_args(b, a));
        kr_buf_puts(b, ": ");
        TRY(unparse(b, e->v.Lambda.body, PR_TEST));
        if (level > PR_TEST)
            kr_buf_putc(b, ')');
        return 0;
    }
    case KR_EXPR_IfExp:
        if (level > PR_TEST)
            kr_buf_putc(b, '(');
        TRY(unparse(b, e->v.IfExp.body, PR_TEST + 1));
        kr_buf_puts(b, " if ");
        TRY(unparse(b, e->v.IfExp.test, PR_TEST + 1));
        kr_buf_puts(b, " else ");
        TRY(unparse(b, e->v.IfExp.orelse, PR_TEST));
        if (level > PR_TEST)
            kr_buf_putc(b, ')');
        return 0;
    case KR_EXPR_Dict:
        kr_buf_putc(b, '{');
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(e->v.Dict.values); i++) {
            if (i)
                kr_buf_puts(b, ", ");
            KrExpr *k = KR_SEQ_GET(e->v.Dict.keys, i);
            if (k) {
                TRY(unparse(b, k, PR_TEST));
                kr_buf_puts(b, ": ");
                TRY(unparse(b, KR_SEQ_GET(e->v.Dict.values, i), PR_TEST));
            } else {
                kr_buf_puts(b, "**");
                TRY(unparse(b, KR_SEQ_GET(e->v.Dict.values, i), PR_EXPR));
            }
        }
        return kr_buf_putc(b, '}');
    case KR_EXPR_Set:
        if (!KR_SEQ_LEN(e->v.Set.elts))
            return kr_buf_puts(b, "{*()}");
        kr_buf_putc(b, '{');
        TRY(unparse_seq(b, e->v.Set.elts, PR_TEST));
        return kr_buf_putc(b, '}');
    case KR_EXPR_List:
        kr_buf_putc(b, '[');
        TRY(unparse_seq(b, e->v.List.elts, PR_TEST));
        return kr_buf_putc(b, ']');
    case KR_EXPR_Tuple: {
        Kr_ssize_t n = KR_SEQ_LEN(e->v.Tuple.elts);
        if (n == 0)
            return kr_buf_puts(b, "()");
        if (level > PR_TUPLE)
            kr_buf_putc(b, '(');
        TRY(unparse_seq(b, e->v.Tuple.elts, PR_TEST));
        if (n == 1)
            kr_buf_putc(b, ',');
        if (level > PR_TUPLE)
            kr_buf_putc(b, ')');
        return 0;
    }
    case KR_EXPR_ListComp:
        kr_buf_putc(b, '[');
        TRY(unparse(b, e->v.ListComp.elt, PR_TEST));
        TRY(unparse_comprehensions(b, e->v.ListComp.generators));
        return kr_buf_putc(b, ']');
    case KR_EXPR_SetComp:
        kr_buf_putc(b, '{');
        TRY(unparse(b, e->v.SetComp.elt, PR_TEST));
        TRY(unparse_comprehensions(b, e->v.SetComp.generators));
        return kr_buf_putc(b, '}');
    case KR_EXPR_DictComp:
        kr_buf_putc(b, '{');
        TRY(unparse(b, e->v.DictComp.key, PR_TEST));
        kr_buf_puts(b, ": ");
        TRY(unparse(b, e->v.DictComp.value, PR_TEST));
        TRY(unparse_comprehensions(b, e->v.DictComp.generators));
        return kr_buf_putc(b, '}');
    case KR_EXPR_GeneratorExp:
        kr_buf_putc(b, '(');
        TRY(unparse(b, e->v.GeneratorExp.elt, PR_TEST));
        TRY(unparse_comprehensions(b, e->v.GeneratorExp.generators));
        return kr_buf_putc(b, ')');
    case KR_EXPR_Compare: {
        static const char *const ops[] = {
            "", " == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ",
            " not in "};
        if (level > PR_CMP)
            kr_buf_putc(b, '(');
        TRY(unparse(b, e->v.Compare.left, PR_CMP + 1));
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(e->v.Compare.ops); i++) {
            kr_buf_puts(b, ops[KR_SEQ_GET(e->v.Compare.ops, i)]);
            TRY(unparse(b, KR_SEQ_GET(e->v.Compare.comparators, i), PR_CMP + 1));
        }
        if (level > PR_CMP)
            kr_buf_putc(b, ')');
        return 0;
    }
    case KR_EXPR_Call: {
        TRY(unparse(b, e->v.Call.func, PR_ATOM));
        Kr_ssize_t na = KR_SEQ_LEN(e->v.Call.args), nk = KR_SEQ_LEN(e->v.Call.keywords);
        if (na == 1 && nk == 0 && KR_SEQ_GET(e->v.Call.args, 0)->kind == KR_EXPR_GeneratorExp)
            return unparse(b, KR_SEQ_GET(e->v.Call.args, 0), PR_TEST);
        kr_buf_putc(b, '(');
        TRY(unparse_seq(b, e->v.Call.args, PR_TEST));
        for (Kr_ssize_t i = 0; i < nk; i++) {
            KrKeyword *k = KR_SEQ_GET(e->v.Call.keywords, i);
            if (i || na)
                kr_buf_puts(b, ", ");
            if (k->arg) {
                kr_buf_append_str(b, k->arg);
                kr_buf_putc(b, '=');
            } else {
                kr_buf_puts(b, "**");
            }
            TRY(unparse(b, k->value, PR_TEST));
        }
        return kr_buf_putc(b, ')');
    }
    case KR_EXPR_Constant:
        return unparse_repr(b, e->v.Constant.value);
    case KR_EXPR_JoinedStr:
    case KR_EXPR_FormattedValue: {
        KrBuf body;
        kr_buf_init(&body);
        if (unparse_fstring_body(&body, e) < 0) {
            kr_buf_free(&body);
            return -1;
        }
        KrObject *s = kr_buf_finish(&body);
        if (!s)
            return -1;
        kr_buf_putc(b, 'f');
        int r = kr_buf_append_repr(b, s);
        kr_decref(s);
        return r;
    }
    case KR_EXPR_Attribute: {
        KrExpr *v = e->v.Attribute.value;
        TRY(unparse(b, v, PR_ATOM));
        /* `1 .real`: an int literal needs a space before the dot */
        if (v->kind == KR_EXPR_Constant && KR_INT_CHECK(v->v.Constant.value) &&
            !KR_BOOL_CHECK(v->v.Constant.value))
            kr_buf_putc(b, ' ');
        kr_buf_putc(b, '.');
        return kr_buf_append_str(b, e->v.Attribute.attr);
    }
    case KR_EXPR_Subscript: {
        TRY(unparse(b, e->v.Subscript.value, PR_ATOM));
        kr_buf_putc(b, '[');
        KrExpr *sl = e->v.Subscript.slice;
        if (sl->kind == KR_EXPR_Tuple && KR_SEQ_LEN(sl->v.Tuple.elts)) {
            TRY(unparse_seq(b, sl->v.Tuple.elts, PR_TEST));
            if (KR_SEQ_LEN(sl->v.Tuple.elts) == 1)
                kr_buf_putc(b, ',');
        } else {
            TRY(unparse(b, sl, PR_TUPLE));
        }
        return kr_buf_putc(b, ']');
    }
    case KR_EXPR_Starred:
        kr_buf_putc(b, '*');
        return unparse(b, e->v.Starred.value, PR_EXPR);
    case KR_EXPR_Name:
        return kr_buf_append_str(b, e->v.Name.id);
    case KR_EXPR_Slice:
        if (e->v.Slice.lower)
            TRY(unparse(b, e->v.Slice.lower, PR_TEST));
        kr_buf_putc(b, ':');
        if (e->v.Slice.upper)
            TRY(unparse(b, e->v.Slice.upper, PR_TEST));
        if (e->v.Slice.step) {
            kr_buf_putc(b, ':');
            TRY(unparse(b, e->v.Slice.step, PR_TEST));
        }
        return 0;
    case KR_EXPR_NamedExpr:
        if (level > PR_TUPLE)
            kr_buf_putc(b, '(');
        TRY(unparse(b, e->v.NamedExpr.target, PR_ATOM));
        kr_buf_puts(b, " := ");
        TRY(unparse(b, e->v.NamedExpr.value, PR_ATOM));
        if (level > PR_TUPLE)
            kr_buf_putc(b, ')');
        return 0;
    case KR_EXPR_Yield:
        kr_buf_puts(b, e->v.Yield.value ? "(yield " : "(yield");
        if (e->v.Yield.value)
            TRY(unparse(b, e->v.Yield.value, PR_TEST));
        return kr_buf_putc(b, ')');
    case KR_EXPR_YieldFrom:
        kr_buf_puts(b, "(yield from ");
        TRY(unparse(b, e->v.YieldFrom.value, PR_TEST));
        return kr_buf_putc(b, ')');
    case KR_EXPR_Await:
        if (level > PR_AWAIT)
            kr_buf_putc(b, '(');
        kr_buf_puts(b, "await ");
        TRY(unparse(b, e->v.Await.value, PR_ATOM));
        if (level > PR_AWAIT)
            kr_buf_putc(b, ')');
        return 0;
    }
    return 0;
}

/* The annotation as source text (a new str), as 3.11 stores it under
 * `from __future__ import annotations`. */
static KrObject *annotation_string(KrExpr *e)
{
    KrBuf b;
    kr_buf_init(&b);
    if (unparse(&b, e, PR_TEST) < 0) {
        kr_buf_free(&b);
        return NULL;
    }
    return kr_buf_finish(&b);
}

/* Pushes an annotation: its value, or its text under the future import. */
static int visit_annexpr(Compiler *c, KrExpr *ann)
{
    if (c->future_annotations)
        return load_const_new(c, annotation_string(ann));
    return visit_expr(c, ann);
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
    if (c->future_annotations) {
        TRY(visit_annexpr(c, ann));
    } else if (ann->kind == KR_EXPR_Starred) {
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

/* Parameters named __debug__: the error points at the whole def/lambda,
 * as 3.11's does. */
static int check_debug_args(Compiler *c, KrArguments *a)
{
    KrArgSeq *seqs[3] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int s = 0; s < 3; s++)
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(seqs[s]); i++)
            TRY(forbidden_name(c, KR_SEQ_GET(seqs[s], i)->arg, KR_EXPR_CONTEXT_Store));
    if (a->vararg)
        TRY(forbidden_name(c, a->vararg->arg, KR_EXPR_CONTEXT_Store));
    if (a->kwarg)
        TRY(forbidden_name(c, a->kwarg->arg, KR_EXPR_CONTEXT_Store));
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
    for (Kr_ssize_t i = KR_SEQ_LEN(decos) - 1; i >= 0; i--) {
        SET_LOC(c, KR_SEQ_GET(decos, i));
        TRY(addop_i(c, KR_OP_CALL, 0));
    }
    SET_LOC(c, s);
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
        case KR_STMT_AsyncFor:
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
        case KR_STMT_AsyncWith:
            if (find_ann(s->v.With.body))
                return 1;
            break;
        case KR_STMT_Try:
        case KR_STMT_TryStar:       /* same fields as Try (see try_finally) */
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
    for (Kr_ssize_t i = KR_SEQ_LEN(decos) - 1; i >= 0; i--) {
        SET_LOC(c, KR_SEQ_GET(decos, i));
        TRY(addop_i(c, KR_OP_CALL, 0));
    }
    SET_LOC(c, s);
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
        if (gen->is_async)
            start = new_block(c);
        if (start) {
            TRY(visit_expr(c, gen->iter));
            if (gen->is_async)
                TRY(call_coro_helper(c, KR_CORO_AITER));
            else
                TRY(addop(c, KR_OP_GET_ITER));
        }
    }
    if (start && gen->is_async) {
        /* as async_for_stmt: [aiter] -> [aiter value], the end mark
         * leaving [aiter mark] for the anchor to pop */
        depth++;
        use_block(c, start);
        TRY(addop_i(c, KR_OP_COPY, 1));
        TRY(call_coro_helper(c, KR_CORO_ANEXT));
        TRY(load_const(c, kr_None));
        TRY(add_yield_from(c));
        TRY(addop_i(c, KR_OP_COPY, 1));
        TRY(load_const(c, kr_coro_helper(KR_CORO_ANEXT)));
        TRY(addop_i(c, KR_OP_IS_OP, 0));
        TRY(addop_j(c, KR_P_POP_JUMP_IF_TRUE, anchor));
        Block *body = new_block(c);
        if (!body)
            return -1;
        use_block(c, body);
    } else if (start) {
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
            if (c->u->ste->coroutine)
                TRY(call_coro_helper(c, KR_CORO_AGEN_WRAP));
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
        if (gen->is_async) {
            TRY(addop(c, KR_OP_POP_TOP));
            TRY(addop(c, KR_OP_POP_TOP));
        }
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
    SET_LOC(c, e);
    KrObject *co = NULL;
    /* `async for` or await inside: a list/set/dict comprehension is a
     * coroutine the enclosing async function awaits, a generator
     * expression an async generator (allowed anywhere) */
    int is_async = c->u->ste->coroutine;
    if (is_async && type != KR_COMP_GEN &&
        (!c->u->parent || c->u->parent->ste->type != KR_BLOCK_FUNCTION ||
         !c->u->parent->ste->coroutine)) {
        compiler_error(c, "asynchronous comprehension outside of an asynchronous function");
        goto fail;
    }
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
    if (outer->is_async)
        TRY(call_coro_helper(c, KR_CORO_AITER));
    else
        TRY(addop(c, KR_OP_GET_ITER));
    TRY(addop_i(c, KR_OP_CALL, 0));
    return is_async && type != KR_COMP_GEN ? add_await(c) : 0;
fail:
    exit_scope(c);
    return -1;
}

/* ====================================================================== */
/* Statements                                                             */
/* ====================================================================== */

static int if_stmt(Compiler *c, KrStmt *s)
{
    Block *end = new_block(c), *next;
    if (!end)
        return -1;
    if (KR_SEQ_LEN(s->v.If.orelse)) {
        next = new_block(c);
        if (!next)
            return -1;
    } else {
        next = end;
    }
    TRY(jump_if(c, s->v.If.test, next, 0));
    TRY(visit_stmts(c, s->v.If.body));
    if (KR_SEQ_LEN(s->v.If.orelse)) {
        TRY(addop_j_noline(c, KR_P_JUMP, end));
        use_block(c, next);
        TRY(visit_stmts(c, s->v.If.orelse));
    }
    use_block(c, end);
    return 0;
}

static int for_stmt(Compiler *c, KrStmt *s)
{
    Block *start = new_block(c), *bodyb = new_block(c), *cleanup = new_block(c),
          *end = new_block(c);
    if (!start || !bodyb || !cleanup || !end)
        return -1;
    TRY(push_fblock(c, FB_FOR_LOOP, start, end, NULL));
    TRY(visit_expr(c, s->v.For.iter));
    TRY(addop(c, KR_OP_GET_ITER));
    use_block(c, start);
    TRY(addop_j(c, KR_OP_FOR_ITER, cleanup));
    use_block(c, bodyb);
    TRY(visit_expr(c, s->v.For.target));
    TRY(visit_stmts(c, s->v.For.body));
    UNSET_LOC(c);
    TRY(addop_j(c, KR_P_JUMP, start));
    use_block(c, cleanup);
    pop_fblock(c);
    TRY(visit_stmts(c, s->v.For.orelse));
    use_block(c, end);
    return 0;
}

/* async for: the iterator stays on the stack as in a for loop; each step
 * awaits the anext helper, which ends with the helper itself as its value
 * once __anext__ raises StopAsyncIteration. */
static int async_for_stmt(Compiler *c, KrStmt *s)
{
    Block *start = new_block(c), *bodyb = new_block(c), *cleanup = new_block(c),
          *end = new_block(c);
    if (!start || !bodyb || !cleanup || !end)
        return -1;
    KrObject *mark = kr_coro_helper(KR_CORO_ANEXT);
    if (mark == NULL)
        return -1;
    TRY(push_fblock(c, FB_FOR_LOOP, start, end, NULL));
    TRY(visit_expr(c, s->v.For.iter));
    TRY(call_coro_helper(c, KR_CORO_AITER));
    use_block(c, start);
    TRY(addop_i(c, KR_OP_COPY, 1));
    TRY(call_coro_helper(c, KR_CORO_ANEXT));
    TRY(load_const(c, kr_None));
    TRY(add_yield_from(c));
    TRY(addop_i(c, KR_OP_COPY, 1));
    TRY(load_const(c, mark));
    TRY(addop_i(c, KR_OP_IS_OP, 0));
    TRY(addop_j(c, KR_P_POP_JUMP_IF_TRUE, cleanup));
    use_block(c, bodyb);
    TRY(visit_expr(c, s->v.For.target));
    TRY(visit_stmts(c, s->v.For.body));
    UNSET_LOC(c);
    TRY(addop_j(c, KR_P_JUMP, start));
    use_block(c, cleanup);
    pop_fblock(c);
    TRY(addop(c, KR_OP_POP_TOP));
    TRY(addop(c, KR_OP_POP_TOP));
    TRY(visit_stmts(c, s->v.For.orelse));
    use_block(c, end);
    return 0;
}

static int while_stmt(Compiler *c, KrStmt *s)
{
    Block *loop = new_block(c), *bodyb = new_block(c), *anchor = new_block(c),
          *exit = new_block(c);
    if (!loop || !bodyb || !anchor || !exit)
        return -1;
    use_block(c, loop);
    TRY(push_fblock(c, FB_WHILE_LOOP, loop, exit, NULL));
    TRY(jump_if(c, s->v.While.test, anchor, 0));
    use_block(c, bodyb);
    TRY(visit_stmts(c, s->v.While.body));
    SET_LOC(c, s);
    TRY(jump_if(c, s->v.While.test, bodyb, 1));
    pop_fblock(c);
    use_block(c, anchor);
    TRY(visit_stmts(c, s->v.While.orelse));
    use_block(c, exit);
    return 0;
}

static int return_stmt(Compiler *c, KrStmt *s)
{
    KrExpr *v = s->v.Return.value;
    int preserve_tos = v && v->kind != KR_EXPR_Constant;
    if (c->u->ste->type != KR_BLOCK_FUNCTION)
        return compiler_error(c, "'return' outside function");
    if (v && c->u->ste->coroutine && c->u->ste->generator)
        return compiler_error(c, "'return' with value in async generator");
    if (preserve_tos) {
        TRY(visit_expr(c, v));
    } else {
        if (v)
            SET_LOC(c, v);
        TRY(addop(c, KR_OP_NOP));
    }
    if (!v || v->lineno != s->lineno) {
        SET_LOC(c, s);
        TRY(addop(c, KR_OP_NOP));
    }
    TRY(unwind_fblock_stack(c, preserve_tos, NULL));
    if (!v)
        TRY(load_const(c, kr_None));
    else if (!preserve_tos)
        TRY(load_const(c, v->v.Constant.value));
    TRY(addop(c, KR_OP_RETURN_VALUE));
    return next_block(c);
}

static int break_stmt(Compiler *c)
{
    FBlock *loop = NULL;
    TRY(addop(c, KR_OP_NOP));       /* an instruction with the statement's line */
    TRY(unwind_fblock_stack(c, 0, &loop));
    if (!loop)
        return compiler_error(c, "'break' outside loop");
    TRY(unwind_fblock(c, loop, 0));
    TRY(addop_j(c, KR_P_JUMP, loop->exit));
    return next_block(c);
}

static int continue_stmt(Compiler *c)
{
    FBlock *loop = NULL;
    TRY(addop(c, KR_OP_NOP));
    TRY(unwind_fblock_stack(c, 0, &loop));
    if (!loop)
        return compiler_error(c, "'continue' not properly in loop");
    TRY(addop_j(c, KR_P_JUMP, loop->block));
    return next_block(c);
}

/* COPY 3; POP_EXCEPT; RERAISE 1: the cleanup of a handler that raised. */
static int pop_except_and_reraise(Compiler *c)
{
    TRY(addop_i(c, KR_OP_COPY, 3));
    TRY(addop(c, KR_OP_POP_EXCEPT));
    return addop_i(c, KR_OP_RERAISE, 1);
}

static int try_except(Compiler *c, KrStmt *s);
static int try_star_except(Compiler *c, KrStmt *s);

/* try/finally, for both `try` and `try ... except*` statements (their AST
 * nodes have the same fields; the walkers that only read them treat a
 * TryStar as a Try, which this checks). */
_Static_assert(offsetof(KrStmt, v.Try.finalbody) == offsetof(KrStmt, v.TryStar.finalbody) &&
               offsetof(KrStmt, v.Try.handlers) == offsetof(KrStmt, v.TryStar.handlers),
               "Try and TryStar must share their layout");
static int try_finally(Compiler *c, KrStmt *s)
{
    int star = s->kind == KR_STMT_TryStar;
    KrStmtSeq *finalbody = star ? s->v.TryStar.finalbody : s->v.Try.finalbody;
    Block *bodyb = new_block(c), *end = new_block(c), *exit = new_block(c),
          *cleanup = new_block(c);
    if (!bodyb || !end || !exit || !cleanup)
        return -1;
    TRY(addop_j(c, KR_P_SETUP_FINALLY, end));
    use_block(c, bodyb);
    TRY(push_fblock(c, FB_FINALLY_TRY, bodyb, end, finalbody));
    if (star)
        TRY(try_star_except(c, s));
    else if (KR_SEQ_LEN(s->v.Try.handlers))
        TRY(try_except(c, s));
    else
        TRY(visit_stmts(c, s->v.Try.body));
    TRY(addop_noline(c, KR_P_POP_BLOCK));
    pop_fblock(c);
    TRY(visit_stmts(c, finalbody));
    TRY(addop_j_noline(c, KR_P_JUMP, exit));
    /* the exceptional path */
    use_block(c, end);
    UNSET_LOC(c);
    TRY(addop_j(c, KR_P_SETUP_CLEANUP, cleanup));
    TRY(addop(c, KR_OP_PUSH_EXC_INFO));
    TRY(push_fblock(c, FB_FINALLY_END, end, NULL, NULL));
    TRY(visit_stmts(c, finalbody));
    pop_fblock(c);
    TRY(addop_i(c, KR_OP_RERAISE, 0));
    use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    use_block(c, exit);
    return 0;
}

static int try_except(Compiler *c, KrStmt *s)
{
    Block *bodyb = new_block(c), *except = new_block(c), *end = new_block(c),
          *cleanup = new_block(c);
    if (!bodyb || !except || !end || !cleanup)
        return -1;
    TRY(addop_j(c, KR_P_SETUP_FINALLY, except));
    use_block(c, bodyb);
    TRY(push_fblock(c, FB_TRY_EXCEPT, bodyb, NULL, NULL));
    TRY(visit_stmts(c, s->v.Try.body));
    pop_fblock(c);
    TRY(addop_noline(c, KR_P_POP_BLOCK));
    TRY(visit_stmts(c, s->v.Try.orelse));
    TRY(addop_j_noline(c, KR_P_JUMP, end));
    Kr_ssize_t n = KR_SEQ_LEN(s->v.Try.handlers);
    use_block(c, except);
    UNSET_LOC(c);
    TRY(addop_j(c, KR_P_SETUP_CLEANUP, cleanup));
    TRY(addop(c, KR_OP_PUSH_EXC_INFO));
    TRY(push_fblock(c, FB_EXCEPTION_HANDLER, NULL, NULL, NULL));
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrExcepthandler *h = KR_SEQ_GET(s->v.Try.handlers, i);
        SET_LOC(c, h);
        if (!h->v.ExceptHandler.type && i < n - 1)
            return compiler_error(c, "default 'except:' must be last");
        except = new_block(c);
        if (!except)
            return -1;
        if (h->v.ExceptHandler.type) {
            TRY(visit_expr(c, h->v.ExceptHandler.type));
            TRY(addop(c, KR_OP_CHECK_EXC_MATCH));
            TRY(addop_j(c, KR_P_POP_JUMP_IF_FALSE, except));
        }
        if (h->v.ExceptHandler.name) {
            KrObject *name = h->v.ExceptHandler.name;
            Block *cleanup_end = new_block(c), *cleanup_body = new_block(c);
            if (!cleanup_end || !cleanup_body)
                return -1;
            TRY(nameop(c, name, KR_EXPR_CONTEXT_Store));
            TRY(addop_j(c, KR_P_SETUP_CLEANUP, cleanup_end));
            use_block(c, cleanup_body);
            TRY(push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, name));
            TRY(visit_stmts(c, h->v.ExceptHandler.body));
            pop_fblock(c);
            UNSET_LOC(c);
            TRY(addop(c, KR_P_POP_BLOCK));
            TRY(addop(c, KR_P_POP_BLOCK));
            TRY(addop(c, KR_OP_POP_EXCEPT));
            TRY(load_const(c, kr_None));
            TRY(nameop(c, name, KR_EXPR_CONTEXT_Store));
            TRY(nameop(c, name, KR_EXPR_CONTEXT_Del));
            TRY(addop_j(c, KR_P_JUMP, end));
            use_block(c, cleanup_end);
            UNSET_LOC(c);
            TRY(load_const(c, kr_None));
            TRY(nameop(c, name, KR_EXPR_CONTEXT_Store));
            TRY(nameop(c, name, KR_EXPR_CONTEXT_Del));
            TRY(addop_i(c, KR_OP_RERAISE, 1));
        } else {
            Block *cleanup_body = new_block(c);
            if (!cleanup_body)
                return -1;
            TRY(addop(c, KR_OP_POP_TOP));
            use_block(c, cleanup_body);
            TRY(push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL));
            TRY(visit_stmts(c, h->v.ExceptHandler.body));
            pop_fblock(c);
            UNSET_LOC(c);
            TRY(addop(c, KR_P_POP_BLOCK));
            TRY(addop(c, KR_OP_POP_EXCEPT));
            TRY(addop_j(c, KR_P_JUMP, end));
        }
        use_block(c, except);
    }
    UNSET_LOC(c);
    pop_fblock(c);
    TRY(addop_i(c, KR_OP_RERAISE, 0));
    use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    use_block(c, end);
    return 0;
}

static int try_stmt(Compiler *c, KrStmt *s)
{
    if (KR_SEQ_LEN(s->v.Try.finalbody))
        return try_finally(c, s);
    return try_except(c, s);
}

/*
 * try ... except* (CPython 3.11's shape).  The handler keeps
 *     [prev_exc_info, orig, raised_list, rest]
 * on the stack: orig is the group as caught, rest what no clause has
 * matched yet.  Each clause runs CHECK_EG_MATCH (rest T -- rest' match)
 * and, when match is not None, its body; whatever escapes a body is
 * appended to raised_list (LIST_APPEND 3 from under lasti).  After the
 * last clause rest joins the list and PREP_RERAISE_STAR (orig list -- exc)
 * computes the one exception to re-raise, or None when all was handled.
 */
static int try_star_except(Compiler *c, KrStmt *s)
{
    Block *bodyb = new_block(c), *except = new_block(c), *orelse = new_block(c),
          *end = new_block(c), *cleanup = new_block(c), *reraise_star = new_block(c),
          *reraise = new_block(c);
    if (!bodyb || !except || !orelse || !end || !cleanup || !reraise_star || !reraise)
        return -1;
    TRY(addop_j(c, KR_P_SETUP_FINALLY, except));
    use_block(c, bodyb);
    TRY(push_fblock(c, FB_TRY_EXCEPT, bodyb, NULL, NULL));
    TRY(visit_stmts(c, s->v.TryStar.body));
    pop_fblock(c);
    TRY(addop_noline(c, KR_P_POP_BLOCK));
    TRY(addop_j_noline(c, KR_P_JUMP, orelse));
    Kr_ssize_t n = KR_SEQ_LEN(s->v.TryStar.handlers);
    use_block(c, except);
    UNSET_LOC(c);
    TRY(addop_j(c, KR_P_SETUP_CLEANUP, cleanup));
    TRY(addop(c, KR_OP_PUSH_EXC_INFO));
    TRY(push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, NULL));
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrExcepthandler *h = KR_SEQ_GET(s->v.TryStar.handlers, i);
        KrObject *name = h->v.ExceptHandler.name;
        SET_LOC(c, h);
        Block *next = new_block(c), *with_error = new_block(c), *no_match = new_block(c),
              *cleanup_end = new_block(c), *cleanup_body = new_block(c);
        if (!next || !with_error || !no_match || !cleanup_end || !cleanup_body)
            return -1;
        if (i == 0) {
            /* (exc -- orig [] exc) */
            TRY(addop_i(c, KR_OP_COPY, 1));
            TRY(addop_i(c, KR_OP_BUILD_LIST, 0));
            TRY(addop_i(c, KR_OP_SWAP, 2));
        }
        if (h->v.ExceptHandler.type) {
            TRY(visit_expr(c, h->v.ExceptHandler.type));
            TRY(addop(c, KR_OP_CHECK_EG_MATCH));
            TRY(addop_i(c, KR_OP_COPY, 1));
            TRY(addop_j(c, KR_P_POP_JUMP_IF_NONE, no_match));
        }
        if (name)
            TRY(nameop(c, name, KR_EXPR_CONTEXT_Store));
        else
            TRY(addop(c, KR_OP_POP_TOP));
        TRY(addop_j(c, KR_P_SETUP_CLEANUP, cleanup_end));
        use_block(c, cleanup_body);
        TRY(push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL, name));
        TRY(visit_stmts(c, h->v.ExceptHandler.body));
        pop_fblock(c);
        UNSET_LOC(c);
        TRY(addop(c, KR_P_POP_BLOCK));
        if (name) {
            TRY(load_const(c, kr_None));
            TRY(nameop(c, name, KR_EXPR_CONTEXT_Store));
            TRY(nameop(c, name, KR_EXPR_CONTEXT_Del));
        }
        TRY(addop_j(c, KR_P_JUMP, next));
        /* the clause's body raised: (lasti exc --), exc into the list */
        use_block(c, cleanup_end);
        UNSET_LOC(c);
        if (name) {
            TRY(load_const(c, kr_None));
            TRY(nameop(c, name, KR_EXPR_CONTEXT_Store));
            TRY(nameop(c, name, KR_EXPR_CONTEXT_Del));
        }
        TRY(addop_i(c, KR_OP_LIST_APPEND, 3));
        TRY(addop(c, KR_OP_POP_TOP));
        TRY(addop_j(c, KR_P_JUMP, with_error));
        use_block(c, next);
        TRY(addop(c, KR_OP_NOP));
        TRY(addop_j(c, KR_P_JUMP, with_error));
        use_block(c, no_match);
        TRY(addop(c, KR_OP_POP_TOP));
        use_block(c, with_error);
        if (i == n - 1) {
            /* what is left unmatched is re-raised too */
            TRY(addop_i(c, KR_OP_LIST_APPEND, 1));
            TRY(addop_j(c, KR_P_JUMP, reraise_star));
        }
    }
    UNSET_LOC(c);
    pop_fblock(c);
    use_block(c, reraise_star);
    TRY(addop(c, KR_OP_PREP_RERAISE_STAR));
    TRY(addop_i(c, KR_OP_COPY, 1));
    TRY(addop_j(c, KR_P_POP_JUMP_IF_NOT_NONE, reraise));
    TRY(addop(c, KR_OP_POP_TOP));
    TRY(addop(c, KR_P_POP_BLOCK));
    TRY(addop(c, KR_OP_POP_EXCEPT));
    TRY(addop_j(c, KR_P_JUMP, end));
    use_block(c, reraise);
    TRY(addop(c, KR_P_POP_BLOCK));
    TRY(addop_i(c, KR_OP_SWAP, 2));
    TRY(addop(c, KR_OP_POP_EXCEPT));
    TRY(addop_i(c, KR_OP_RERAISE, 0));
    use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    use_block(c, orelse);
    TRY(visit_stmts(c, s->v.TryStar.orelse));
    use_block(c, end);
    return 0;
}

static int try_star_stmt(Compiler *c, KrStmt *s)
{
    if (KR_SEQ_LEN(s->v.TryStar.finalbody))
        return try_finally(c, s);
    return try_star_except(c, s);
}

static int with_except_finish(Compiler *c, Block *cleanup)
{
    UNSET_LOC(c);
    Block *exit = new_block(c);
    if (!exit)
        return -1;
    TRY(addop_j(c, KR_P_POP_JUMP_IF_TRUE, exit));
    TRY(addop_i(c, KR_OP_RERAISE, 2));
    use_block(c, cleanup);
    TRY(pop_except_and_reraise(c));
    use_block(c, exit);
    TRY(addop(c, KR_OP_POP_TOP));
    TRY(addop(c, KR_P_POP_BLOCK));
    TRY(addop(c, KR_OP_POP_EXCEPT));
    TRY(addop(c, KR_OP_POP_TOP));
    return addop(c, KR_OP_POP_TOP);
}

static int with_stmt(Compiler *c, KrStmt *s, Kr_ssize_t pos)
{
    KrWithitem *item = KR_SEQ_GET(s->v.With.items, pos);
    Block *blk = new_block(c), *final = new_block(c), *exit = new_block(c),
          *cleanup = new_block(c);
    if (!blk || !final || !exit || !cleanup)
        return -1;
    int is_async = s->kind == KR_STMT_AsyncWith;
    TRY(visit_expr(c, item->context_expr));
    if (is_async) {
        TRY(call_coro_helper(c, KR_CORO_BEFORE_AWITH));
        TRY(addop_i(c, KR_OP_UNPACK_SEQUENCE, 2));
        TRY(load_const(c, kr_None));
        TRY(add_yield_from(c));
    } else {
        TRY(addop(c, KR_OP_BEFORE_WITH));
    }
    TRY(addop_j(c, KR_P_SETUP_WITH, final));
    use_block(c, blk);
    TRY(push_fblock(c, FB_WITH, blk, final, s));
    if (item->optional_vars)
        TRY(visit_expr(c, item->optional_vars));
    else
        TRY(addop(c, KR_OP_POP_TOP));
    pos++;
    if (pos == KR_SEQ_LEN(s->v.With.items))
        TRY(visit_stmts(c, s->v.With.body));
    else
        TRY(with_stmt(c, s, pos));
    UNSET_LOC(c);
    TRY(addop(c, KR_P_POP_BLOCK));
    pop_fblock(c);
    SET_LOC(c, s);
    TRY(call_exit_with_nones(c));
    if (is_async)
        TRY(add_await(c));
    TRY(addop(c, KR_OP_POP_TOP));
    TRY(addop_j(c, KR_P_JUMP, exit));
    use_block(c, final);
    TRY(addop_j(c, KR_P_SETUP_CLEANUP, cleanup));
    TRY(addop(c, KR_OP_PUSH_EXC_INFO));
    TRY(addop(c, KR_OP_WITH_EXCEPT_START));
    if (is_async)
        TRY(add_await(c));
    TRY(with_except_finish(c, cleanup));
    use_block(c, exit);
    return 0;
}

static int assert_stmt(Compiler *c, KrStmt *s)
{
    if (c->optimize)
        return 0;
    KrExpr *t = s->v.Assert.test;
    /* a tuple of constants is already folded into one */
    if ((t->kind == KR_EXPR_Tuple && KR_SEQ_LEN(t->v.Tuple.elts) > 0) ||
        (t->kind == KR_EXPR_Constant && KR_TUPLE_CHECK(t->v.Constant.value) &&
         KR_SIZE(t->v.Constant.value) > 0))
        TRY(compiler_warn(c, "assertion is always true, perhaps remove parentheses?"));
    Block *end = new_block(c);
    if (!end)
        return -1;
    TRY(jump_if(c, s->v.Assert.test, end, 1));
    TRY(addop(c, KR_OP_LOAD_ASSERTION_ERROR));
    if (s->v.Assert.msg) {
        TRY(visit_expr(c, s->v.Assert.msg));
        TRY(addop_i(c, KR_OP_CALL, 0));
    }
    TRY(addop_i(c, KR_OP_RAISE_VARARGS, 1));
    use_block(c, end);
    return 0;
}

static Kr_ssize_t find_dot(KrObject *s, Kr_ssize_t from)
{
    for (Kr_ssize_t i = from; i < KR_STR_LEN(s); i++)
        if (KR_STR_CHAR(s, i) == '.')
            return i;
    return -1;
}

/* Interned substring, owned by the arena (borrowed result). */
static KrObject *arena_substr(Compiler *c, KrObject *s, Kr_ssize_t a, Kr_ssize_t b)
{
    KrObject *r = kr_str_substr(s, a, b);
    if (!r)
        return NULL;
    r = kr_str_intern(r);
    if (!r)
        return NULL;
    KrObject *ret = r;
    if (kr_arena_add_object(c->arena, r) < 0)
        return NULL;
    return ret;
}

static int import_as(Compiler *c, KrObject *name, KrObject *asname)
{
    Kr_ssize_t len = KR_STR_LEN(name);
    Kr_ssize_t dot = find_dot(name, 0);
    if (dot != -1) {
        for (;;) {
            Kr_ssize_t pos = dot + 1;
            dot = find_dot(name, pos);
            KrObject *attr = arena_substr(c, name, pos, dot != -1 ? dot : len);
            if (!attr)
                return -1;
            TRY(addop_name(c, KR_OP_IMPORT_FROM, attr, 0));
            if (dot == -1)
                break;
            TRY(addop_i(c, KR_OP_SWAP, 2));
            TRY(addop(c, KR_OP_POP_TOP));
        }
        TRY(nameop(c, asname, KR_EXPR_CONTEXT_Store));
        return addop(c, KR_OP_POP_TOP);
    }
    return nameop(c, asname, KR_EXPR_CONTEXT_Store);
}

static int import_stmt(Compiler *c, KrStmt *s)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.Import.names); i++) {
        KrAlias *a = KR_SEQ_GET(s->v.Import.names, i);
        TRY(load_const_new(c, kr_int_from_i64(0)));
        TRY(load_const(c, kr_None));
        TRY(addop_name(c, KR_OP_IMPORT_NAME, a->name, 0));
        if (a->asname) {
            TRY(import_as(c, a->name, a->asname));
        } else {
            KrObject *store = a->name;
            Kr_ssize_t dot = find_dot(a->name, 0);
            if (dot != -1) {
                store = arena_substr(c, a->name, 0, dot);
                if (!store)
                    return -1;
            }
            TRY(nameop(c, store, KR_EXPR_CONTEXT_Store));
        }
    }
    return 0;
}

static int import_from_stmt(Compiler *c, KrStmt *s)
{
    KrAliasSeq *names = s->v.ImportFrom.names;
    Kr_ssize_t n = KR_SEQ_LEN(names);
    TRY(load_const_new(c, kr_int_from_i64(s->v.ImportFrom.level)));
    KrObject *t = kr_tuple_new(n);
    if (!t)
        return -1;
    for (Kr_ssize_t i = 0; i < n; i++)
        KR_TUPLE_SET(t, i, kr_newref(KR_SEQ_GET(names, i)->name));
    TRY(load_const_new(c, t));
    if (s->v.ImportFrom.module)
        TRY(addop_name(c, KR_OP_IMPORT_NAME, s->v.ImportFrom.module, 0));
    else
        TRY(addop_name(c, KR_OP_IMPORT_NAME, intern(c, ""), 0));
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrAlias *a = KR_SEQ_GET(names, i);
        if (i == 0 && KR_STR_LEN(a->name) && KR_STR_CHAR(a->name, 0) == '*') {
            TRY(addop(c, KR_OP_IMPORT_STAR));
            return 0;
        }
        TRY(addop_name(c, KR_OP_IMPORT_FROM, a->name, 0));
        TRY(nameop(c, a->asname ? a->asname : a->name, KR_EXPR_CONTEXT_Store));
    }
    return addop(c, KR_OP_POP_TOP);
}

static int check_ann_expr(Compiler *c, KrExpr *e)
{
    TRY(visit_expr(c, e));
    return addop(c, KR_OP_POP_TOP);
}

static int check_ann_subscr(Compiler *c, KrExpr *e)
{
    if (e->kind == KR_EXPR_Slice) {
        if (e->v.Slice.lower)
            TRY(check_ann_expr(c, e->v.Slice.lower));
        if (e->v.Slice.upper)
            TRY(check_ann_expr(c, e->v.Slice.upper));
        if (e->v.Slice.step)
            TRY(check_ann_expr(c, e->v.Slice.step));
        return 0;
    }
    if (e->kind == KR_EXPR_Tuple) {
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(e->v.Tuple.elts); i++)
            TRY(check_ann_subscr(c, KR_SEQ_GET(e->v.Tuple.elts, i)));
        return 0;
    }
    return check_ann_expr(c, e);
}

static int annassign_stmt(Compiler *c, KrStmt *s)
{
    KrExpr *t = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value) {
        TRY(visit_expr(c, s->v.AnnAssign.value));
        TRY(visit_expr(c, t));
    }
    int modcls = c->u->scope_type == SCOPE_MODULE || c->u->scope_type == SCOPE_CLASS;
    switch (t->kind) {
    case KR_EXPR_Name:
        TRY(forbidden_name(c, t->v.Name.id, KR_EXPR_CONTEXT_Store));
        if (s->v.AnnAssign.simple && modcls) {
            TRY(visit_annexpr(c, s->v.AnnAssign.annotation));
            TRY(addop_name(c, KR_OP_LOAD_NAME, KR_ID(__annotations__), 0));
            KrObject *m = mangle(c, t->v.Name.id);
            if (!m)
                return -1;
            TRY(load_const(c, m));
            TRY(addop(c, KR_OP_STORE_SUBSCR));
        }
        break;
    case KR_EXPR_Attribute:
        TRY(forbidden_name(c, t->v.Attribute.attr, KR_EXPR_CONTEXT_Store));
        if (!s->v.AnnAssign.value)
            TRY(check_ann_expr(c, t->v.Attribute.value));
        break;
    case KR_EXPR_Subscript:
        if (!s->v.AnnAssign.value) {
            TRY(check_ann_expr(c, t->v.Subscript.value));
            TRY(check_ann_subscr(c, t->v.Subscript.slice));
        }
        break;
    default:
        return compiler_error(c, "invalid node type (%d) for annotated assignment", t->kind);
    }
    if (!s->v.AnnAssign.simple && modcls && !c->future_annotations)
        TRY(check_ann_expr(c, s->v.AnnAssign.annotation));
    return 0;
}

static int augassign_stmt(Compiler *c, KrStmt *s)
{
    KrExpr *e = s->v.AugAssign.target;
    KrCodePos saved = c->u->loc;
    SET_LOC(c, e);
    switch (e->kind) {
    case KR_EXPR_Attribute:
        TRY(visit_expr(c, e->v.Attribute.value));
        TRY(addop_i(c, KR_OP_COPY, 1));
        update_start_location_to_match_attr(c, e);
        TRY(addop_name(c, KR_OP_LOAD_ATTR, e->v.Attribute.attr, 1));
        break;
    case KR_EXPR_Subscript:
        TRY(visit_expr(c, e->v.Subscript.value));
        TRY(visit_expr(c, e->v.Subscript.slice));
        TRY(addop_i(c, KR_OP_COPY, 2));
        TRY(addop_i(c, KR_OP_COPY, 2));
        TRY(addop(c, KR_OP_BINARY_SUBSCR));
        break;
    case KR_EXPR_Name:
        TRY(nameop(c, e->v.Name.id, KR_EXPR_CONTEXT_Load));
        break;
    default:
        return compiler_error(c, "invalid node type (%d) for augmented assignment", e->kind);
    }
    c->u->loc = saved;
    TRY(visit_expr(c, s->v.AugAssign.value));
    TRY(addop_i(c, KR_OP_BINARY_OP, binop_code(s->v.AugAssign.op) + KR_NB_INPLACE));
    SET_LOC(c, e);
    switch (e->kind) {
    case KR_EXPR_Attribute:
        update_start_location_to_match_attr(c, e);
        TRY(addop_i(c, KR_OP_SWAP, 2));
        return addop_name(c, KR_OP_STORE_ATTR, e->v.Attribute.attr, 1);
    case KR_EXPR_Subscript:
        TRY(addop_i(c, KR_OP_SWAP, 3));
        TRY(addop_i(c, KR_OP_SWAP, 2));
        return addop(c, KR_OP_STORE_SUBSCR);
    default:
        return nameop(c, e->v.Name.id, KR_EXPR_CONTEXT_Store);
    }
}

static int expr_stmt(Compiler *c, KrExpr *value)
{
    if (c->interactive && c->nestlevel <= 1) {
        TRY(visit_expr(c, value));
        return addop(c, KR_OP_PRINT_EXPR);
    }
    if (value->kind == KR_EXPR_Constant)
        return addop(c, KR_OP_NOP);
    TRY(visit_expr(c, value));
    UNSET_LOC(c);
    return addop(c, KR_OP_POP_TOP);
}

/* ====================================================================== */
/* match statements (3.11's compiler_match / compiler_pattern)            */
/* ====================================================================== */

/*
 * A pattern is compiled with the subject on top of the stack and consumes
 * it.  Captured values are not stored as they are found: they are rotated
 * down below everything the pattern still needs (pc->on_top items) and the
 * names recorded in pc->stores; the case stores them all only once the
 * whole pattern matched (so a failed case binds nothing, as in CPython).
 * A failure jumps to fail_pop[k], where k is the number of items on the
 * stack above the case's starting depth at that point; the fail_pop blocks
 * are emitted as a POP_TOP chain, so fail_pop[k] pops k items and falls
 * into fail_pop[0], the start of the next case.
 */
typedef struct PatternCtx {
    KrObject **stores;          /* borrowed names (arena strings) */
    Kr_ssize_t nstores, capstores;
    int allow_irrefutable;
    Block **fail_pop;
    Kr_ssize_t fail_pop_size;
    Kr_ssize_t on_top;
} PatternCtx;

#define WILDCARD_CHECK(p) ((p)->kind == KR_PATTERN_MatchAs && !(p)->v.MatchAs.name)
#define WILDCARD_STAR_CHECK(p) ((p)->kind == KR_PATTERN_MatchStar && !(p)->v.MatchStar.name)

static int compile_pattern(Compiler *c, KrPattern *p, PatternCtx *pc);

static Kr_ssize_t stores_index(KrObject **v, Kr_ssize_t n, KrObject *name)
{
    for (Kr_ssize_t i = 0; i < n; i++)
        if (kr_str_eq(v[i], name))
            return i;
    return -1;
}

static int stores_append(PatternCtx *pc, KrObject *name)
{
    if (pc->nstores == pc->capstores) {
        Kr_ssize_t nc = pc->capstores ? pc->capstores * 2 : 8;
        KrObject **p = realloc(pc->stores, sizeof(KrObject *) * (size_t)nc);
        if (!p) {
            kr_err_no_memory();
            return -1;
        }
        pc->stores = p;
        pc->capstores = nc;
    }
    pc->stores[pc->nstores++] = name;
    return 0;
}

static int ensure_fail_pop(Compiler *c, PatternCtx *pc, Kr_ssize_t n)
{
    Kr_ssize_t size = n + 1;
    if (size <= pc->fail_pop_size)
        return 0;
    Block **p = realloc(pc->fail_pop, sizeof(Block *) * (size_t)size);
    if (!p) {
        kr_err_no_memory();
        return -1;
    }
    pc->fail_pop = p;
    while (pc->fail_pop_size < size) {
        Block *b = new_block(c);
        if (!b)
            return -1;
        pc->fail_pop[pc->fail_pop_size++] = b;
    }
    return 0;
}

static int jump_to_fail_pop(Compiler *c, PatternCtx *pc, int op)
{
    Kr_ssize_t pops = pc->on_top + pc->nstores;
    TRY(ensure_fail_pop(c, pc, pops));
    return addop_j(c, op, pc->fail_pop[pops]);
}

static int emit_and_reset_fail_pop(Compiler *c, PatternCtx *pc)
{
    if (!pc->fail_pop_size)
        return 0;
    while (--pc->fail_pop_size) {
        use_block(c, pc->fail_pop[pc->fail_pop_size]);
        TRY(addop(c, KR_OP_POP_TOP));
    }
    use_block(c, pc->fail_pop[0]);
    free(pc->fail_pop);
    pc->fail_pop = NULL;
    return 0;
}

static int pattern_rotate(Compiler *c, Kr_ssize_t count)
{
    while (count > 1)
        TRY(addop_i(c, KR_OP_SWAP, (int)count--));
    return 0;
}

static int pattern_store_name(Compiler *c, KrObject *name, PatternCtx *pc)
{
    if (!name)
        return addop(c, KR_OP_POP_TOP);
    TRY(forbidden_name(c, name, KR_EXPR_CONTEXT_Store));
    if (stores_index(pc->stores, pc->nstores, name) >= 0)
        return compiler_error(c, "multiple assignments to name '%s' in pattern",
                              kr_str_utf8(name, NULL));
    TRY(pattern_rotate(c, pc->on_top + pc->nstores + 1));
    return stores_append(pc, name);
}

static int pattern_unpack(Compiler *c, KrPatternSeq *elts)
{
    Kr_ssize_t n = KR_SEQ_LEN(elts);
    for (Kr_ssize_t i = 0; i < n; i++) {
        if (KR_SEQ_GET(elts, i)->kind == KR_PATTERN_MatchStar) {
            if (i >= (1 << 8) || n - i - 1 >= (INT_MAX >> 8))
                return compiler_error(c, "too many expressions in star-unpacking sequence pattern");
            return addop_i(c, KR_OP_UNPACK_EX, (int)(i + ((n - i - 1) << 8)));
        }
    }
    return addop_i(c, KR_OP_UNPACK_SEQUENCE, (int)n);
}

/* Sub-patterns may always be irrefutable. */
static int compile_subpattern(Compiler *c, KrPattern *p, PatternCtx *pc)
{
    int saved = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    int r = compile_pattern(c, p, pc);
    pc->allow_irrefutable = saved;
    return r;
}

static int pattern_as(Compiler *c, KrPattern *p, PatternCtx *pc)
{
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name)
                return compiler_error(c, "name capture '%s' makes remaining patterns unreachable",
                                      kr_str_utf8(p->v.MatchAs.name, NULL));
            return compiler_error(c, "wildcard makes remaining patterns unreachable");
        }
        return pattern_store_name(c, p->v.MatchAs.name, pc);
    }
    pc->on_top++;
    TRY(addop_i(c, KR_OP_COPY, 1));
    TRY(compile_pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return pattern_store_name(c, p->v.MatchAs.name, pc);
}

static int pattern_sequence(Compiler *c, KrPattern *p, PatternCtx *pc)
{
    KrPatternSeq *pats = p->v.MatchSequence.patterns;
    Kr_ssize_t size = KR_SEQ_LEN(pats), star = -1;
    int only_wildcard = 1, star_wildcard = 0;
    for (Kr_ssize_t i = 0; i < size; i++) {
        KrPattern *q = KR_SEQ_GET(pats, i);
        if (q->kind == KR_PATTERN_MatchStar) {
            if (star >= 0)
                return compiler_error(c, "multiple starred names in sequence pattern");
            star_wildcard = WILDCARD_STAR_CHECK(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= WILDCARD_CHECK(q);
    }
    /* the subject stays on top through the type and length checks */
    pc->on_top++;
    TRY(addop(c, KR_OP_MATCH_SEQUENCE));
    TRY(jump_to_fail_pop(c, pc, KR_P_POP_JUMP_IF_FALSE));
    if (star < 0) {
        TRY(addop(c, KR_OP_GET_LEN));
        TRY(load_const_new(c, kr_int_from_ssize(size)));
        TRY(addop_compare(c, KR_CMPOP_Eq));
        TRY(jump_to_fail_pop(c, pc, KR_P_POP_JUMP_IF_FALSE));
    } else if (size - 1) {
        TRY(addop(c, KR_OP_GET_LEN));
        TRY(load_const_new(c, kr_int_from_ssize(size - 1)));
        TRY(addop_compare(c, KR_CMPOP_GtE));
        TRY(jump_to_fail_pop(c, pc, KR_P_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard)
        return addop(c, KR_OP_POP_TOP);
    if (star_wildcard) {
        /* [a, *_, b]: index the subject rather than unpack it all */
        pc->on_top++;
        for (Kr_ssize_t i = 0; i < size; i++) {
            KrPattern *q = KR_SEQ_GET(pats, i);
            if (WILDCARD_CHECK(q) || i == star)
                continue;
            TRY(addop_i(c, KR_OP_COPY, 1));
            if (i < star) {
                TRY(load_const_new(c, kr_int_from_ssize(i)));
            } else {
                TRY(addop(c, KR_OP_GET_LEN));
                TRY(load_const_new(c, kr_int_from_ssize(size - i)));
                TRY(addop_i(c, KR_OP_BINARY_OP, binop_code(KR_OPERATOR_Sub)));
            }
            TRY(addop(c, KR_OP_BINARY_SUBSCR));
            TRY(compile_subpattern(c, q, pc));
        }
        pc->on_top--;
        return addop(c, KR_OP_POP_TOP);
    }
    TRY(pattern_unpack(c, pats));
    pc->on_top += size;
    for (Kr_ssize_t i = 0; i < size; i++) {
        pc->on_top--;
        TRY(compile_subpattern(c, KR_SEQ_GET(pats, i), pc));
    }
    return 0;
}

static int pattern_mapping(Compiler *c, KrPattern *p, PatternCtx *pc)
{
    KrExprSeq *keys = p->v.MatchMapping.keys;
    KrPatternSeq *pats = p->v.MatchMapping.patterns;
    Kr_ssize_t size = KR_SEQ_LEN(keys);
    KrObject *rest = p->v.MatchMapping.rest;
    pc->on_top++;
    TRY(addop(c, KR_OP_MATCH_MAPPING));
    TRY(jump_to_fail_pop(c, pc, KR_P_POP_JUMP_IF_FALSE));
    if (!size && !rest) {
        pc->on_top--;
        return addop(c, KR_OP_POP_TOP);
    }
    if (size) {
        TRY(addop(c, KR_OP_GET_LEN));
        TRY(load_const_new(c, kr_int_from_ssize(size)));
        TRY(addop_compare(c, KR_CMPOP_GtE));
        TRY(jump_to_fail_pop(c, pc, KR_P_POP_JUMP_IF_FALSE));
    }
    for (Kr_ssize_t i = 0; i < size; i++) {
        KrExpr *key = KR_SEQ_GET(keys, i);
        if (key->kind == KR_EXPR_Constant) {
            /* duplicates by ==, as a set would find them (1, 1.0, True) */
            for (Kr_ssize_t j = 0; j < i; j++) {
                KrExpr *prev = KR_SEQ_GET(keys, j);
                if (prev->kind != KR_EXPR_Constant)
                    continue;
                int eq = kr_object_richcompare_bool(prev->v.Constant.value,
                                                    key->v.Constant.value, KR_EQ);
                if (eq < 0)
                    return -1;
                if (eq) {
                    KrObject *r = kr_object_repr(key->v.Constant.value);
                    if (!r)
                        return -1;
                    compiler_error(c, "mapping pattern checks duplicate key (%s)",
                                   kr_str_utf8(r, NULL));
                    kr_decref(r);
                    return -1;
                }
            }
        } else if (key->kind != KR_EXPR_Attribute) {
            return compiler_error(c, "mapping pattern keys may only match literals and "
                                     "attribute lookups");
        }
        TRY(visit_expr(c, key));
    }
    TRY(addop_i(c, KR_OP_BUILD_TUPLE, (int)size));
    TRY(addop(c, KR_OP_MATCH_KEYS));
    pc->on_top += 2;
    TRY(addop_i(c, KR_OP_COPY, 1));
    TRY(load_const(c, kr_None));
    TRY(addop_i(c, KR_OP_IS_OP, 1));
    TRY(jump_to_fail_pop(c, pc, KR_P_POP_JUMP_IF_FALSE));
    TRY(addop_i(c, KR_OP_UNPACK_SEQUENCE, (int)size));
    pc->on_top += size - 1;
    for (Kr_ssize_t i = 0; i < size; i++) {
        pc->on_top--;
        TRY(compile_subpattern(c, KR_SEQ_GET(pats, i), pc));
    }
    pc->on_top -= 2;
    if (rest) {
        /* rest = dict(subject); then del rest[k] for each matched key */
        TRY(addop_i(c, KR_OP_BUILD_MAP, 0));
        TRY(addop_i(c, KR_OP_SWAP, 3));
        TRY(addop_i(c, KR_OP_DICT_UPDATE, 2));
        TRY(addop_i(c, KR_OP_UNPACK_SEQUENCE, (int)size));
        while (size) {
            TRY(addop_i(c, KR_OP_COPY, (int)(1 + size--)));
            TRY(addop_i(c, KR_OP_SWAP, 2));
            TRY(addop(c, KR_OP_DELETE_SUBSCR));
        }
        return pattern_store_name(c, rest, pc);
    }
    TRY(addop(c, KR_OP_POP_TOP));
    return addop(c, KR_OP_POP_TOP);
}

static int pattern_class(Compiler *c, KrPattern *p, PatternCtx *pc)
{
    KrPatternSeq *pats = p->v.MatchClass.patterns;
    KrIdentifierSeq *attrs = p->v.MatchClass.kwd_attrs;
    KrPatternSeq *kpats = p->v.MatchClass.kwd_patterns;
    Kr_ssize_t nargs = KR_SEQ_LEN(pats), nattrs = KR_SEQ_LEN(attrs);
    if (nattrs) {
        for (Kr_ssize_t i = 0; i < nattrs; i++) {
            KrObject *a = KR_SEQ_GET(attrs, i);
            SET_LOC(c, KR_SEQ_GET(kpats, i));
            TRY(forbidden_name(c, a, KR_EXPR_CONTEXT_Store));
            for (Kr_ssize_t j = i + 1; j < nattrs; j++) {
                if (kr_str_eq(a, KR_SEQ_GET(attrs, j))) {
                    SET_LOC(c, KR_SEQ_GET(kpats, j));
                    return compiler_error(c, "attribute name repeated in class pattern: %s",
                                          kr_str_utf8(a, NULL));
                }
            }
        }
        SET_LOC(c, p);
    }
    TRY(visit_expr(c, p->v.MatchClass.cls));
    KrObject *names = kr_tuple_new(nattrs);
    if (!names)
        return -1;
    for (Kr_ssize_t i = 0; i < nattrs; i++)
        KR_TUPLE_SET(names, i, kr_newref(KR_SEQ_GET(attrs, i)));
    TRY(load_const_new(c, names));
    TRY(addop_i(c, KR_OP_MATCH_CLASS, (int)nargs));
    TRY(addop_i(c, KR_OP_COPY, 1));
    TRY(load_const(c, kr_None));
    TRY(addop_i(c, KR_OP_IS_OP, 1));
    pc->on_top++;
    TRY(jump_to_fail_pop(c, pc, KR_P_POP_JUMP_IF_FALSE));
    TRY(addop_i(c, KR_OP_UNPACK_SEQUENCE, (int)(nargs + nattrs)));
    pc->on_top += nargs + nattrs - 1;
    for (Kr_ssize_t i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        KrPattern *q = i < nargs ? KR_SEQ_GET(pats, i) : KR_SEQ_GET(kpats, i - nargs);
        if (WILDCARD_CHECK(q)) {
            TRY(addop(c, KR_OP_POP_TOP));
            continue;
        }
        TRY(compile_subpattern(c, q, pc));
    }
    return 0;
}

/* Each alternative runs on its own copy of the subject with a fresh
 * context; the names the first one binds are the "control" order, and
 * later alternatives rotate their captures on the stack into that order so
 * the code after `end` finds them in one layout whichever one matched. */
static int pattern_or_body(Compiler *c, KrPattern *p, PatternCtx *pc, PatternCtx *old,
                           KrObject ***control, Kr_ssize_t *ncontrol, Block *end)
{
    Kr_ssize_t size = KR_SEQ_LEN(p->v.MatchOr.patterns);
    for (Kr_ssize_t i = 0; i < size; i++) {
        KrPattern *alt = KR_SEQ_GET(p->v.MatchOr.patterns, i);
        SET_LOC(c, alt);
        pc->nstores = 0;
        pc->allow_irrefutable = (i == size - 1) && old->allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        TRY(addop_i(c, KR_OP_COPY, 1));
        TRY(compile_pattern(c, alt, pc));
        Kr_ssize_t n = pc->nstores;
        if (i == 0) {
            *control = malloc(sizeof(KrObject *) * (size_t)(n ? n : 1));
            if (!*control) {
                kr_err_no_memory();
                return -1;
            }
            if (n)
                memcpy(*control, pc->stores, sizeof(KrObject *) * (size_t)n);
            *ncontrol = n;
        } else if (n != *ncontrol) {
            return compiler_error(c, "alternative patterns bind different names");
        } else if (n) {
            Kr_ssize_t icontrol = n;
            while (icontrol--) {
                KrObject *name = (*control)[icontrol];
                Kr_ssize_t istores = stores_index(pc->stores, n, name);
                if (istores < 0)
                    return compiler_error(c, "alternative patterns bind different names");
                if (icontrol != istores) {
                    /* move stores[:istores+1] to position icontrol-istores,
                     * and do the same on the stack */
                    Kr_ssize_t rot = istores + 1, at = icontrol - istores;
                    KrObject *tmp[rot];
                    memcpy(tmp, pc->stores, sizeof(KrObject *) * (size_t)rot);
                    memmove(pc->stores, pc->stores + rot, sizeof(KrObject *) * (size_t)(n - rot));
                    memmove(pc->stores + at + rot, pc->stores + at,
                            sizeof(KrObject *) * (size_t)(n - rot - at));
                    memcpy(pc->stores + at, tmp, sizeof(KrObject *) * (size_t)rot);
                    while (rot--)
                        TRY(pattern_rotate(c, icontrol + 1));
                }
            }
        }
        TRY(addop_j(c, KR_P_JUMP, end));
        TRY(emit_and_reset_fail_pop(c, pc));
    }
    return 0;
}

static int pattern_or(Compiler *c, KrPattern *p, PatternCtx *pc)
{
    Block *end = new_block(c);
    if (!end)
        return -1;
    PatternCtx old = *pc;
    PatternCtx alt = {0};
    KrObject **control = NULL;
    Kr_ssize_t ncontrol = 0;
    int r = pattern_or_body(c, p, &alt, &old, &control, &ncontrol, end);
    free(alt.stores);
    free(alt.fail_pop);
    if (r < 0)
        goto done;
    r = -1;
    /* no alternative matched: drop the subject copy and fail */
    if (addop(c, KR_OP_POP_TOP) < 0 || jump_to_fail_pop(c, pc, KR_P_JUMP) < 0)
        goto done;
    use_block(c, end);
    Kr_ssize_t nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (Kr_ssize_t i = 0; i < ncontrol; i++) {
        if (pattern_rotate(c, nrots) < 0)
            goto done;
        if (stores_index(pc->stores, pc->nstores, control[i]) >= 0) {
            compiler_error(c, "multiple assignments to name '%s' in pattern",
                           kr_str_utf8(control[i], NULL));
            goto done;
        }
        if (stores_append(pc, control[i]) < 0)
            goto done;
    }
    r = addop(c, KR_OP_POP_TOP);
done:
    free(control);
    return r;
}

static int compile_pattern(Compiler *c, KrPattern *p, PatternCtx *pc)
{
    SET_LOC(c, p);
    switch (p->kind) {
    case KR_PATTERN_MatchValue:
        /* after folding, -1 and 1+2j are constants; f-strings are not */
        if (p->v.MatchValue.value->kind != KR_EXPR_Constant &&
            p->v.MatchValue.value->kind != KR_EXPR_Attribute)
            return compiler_error(c, "patterns may only match literals and attribute lookups");
        TRY(visit_expr(c, p->v.MatchValue.value));
        TRY(addop_compare(c, KR_CMPOP_Eq));
        return jump_to_fail_pop(c, pc, KR_P_POP_JUMP_IF_FALSE);
    case KR_PATTERN_MatchSingleton:
        TRY(load_const(c, p->v.MatchSingleton.value));
        TRY(addop_i(c, KR_OP_IS_OP, 0));
        return jump_to_fail_pop(c, pc, KR_P_POP_JUMP_IF_FALSE);
    case KR_PATTERN_MatchSequence:
        return pattern_sequence(c, p, pc);
    case KR_PATTERN_MatchMapping:
        return pattern_mapping(c, p, pc);
    case KR_PATTERN_MatchClass:
        return pattern_class(c, p, pc);
    case KR_PATTERN_MatchStar:
        return pattern_store_name(c, p->v.MatchStar.name, pc);
    case KR_PATTERN_MatchAs:
        return pattern_as(c, p, pc);
    case KR_PATTERN_MatchOr:
        return pattern_or(c, p, pc);
    }
    kr_err_set_string(&kr_exc_SystemError, "unknown pattern kind");
    return -1;
}

static int match_inner(Compiler *c, KrStmt *s, PatternCtx *pc)
{
    TRY(visit_expr(c, s->v.Match.subject));
    Block *end = new_block(c);
    if (!end)
        return -1;
    KrMatchCaseSeq *cases = s->v.Match.cases;
    Kr_ssize_t n = KR_SEQ_LEN(cases);
    KrMatchCase *m = KR_SEQ_GET(cases, n - 1);
    int has_default = WILDCARD_CHECK(m->pattern) && n > 1;
    for (Kr_ssize_t i = 0; i < n - has_default; i++) {
        m = KR_SEQ_GET(cases, i);
        SET_LOC(c, m->pattern);
        int last = i == n - has_default - 1;
        if (!last)
            TRY(addop_i(c, KR_OP_COPY, 1));
        pc->nstores = 0;
        pc->allow_irrefutable = m->guard != NULL || i == n - 1;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        TRY(compile_pattern(c, m->pattern, pc));
        /* matched: bind every capture at once */
        for (Kr_ssize_t k = 0; k < pc->nstores; k++)
            TRY(nameop(c, pc->stores[k], KR_EXPR_CONTEXT_Store));
        if (m->guard) {
            TRY(ensure_fail_pop(c, pc, 0));
            TRY(jump_if(c, m->guard, pc->fail_pop[0], 0));
        }
        if (!last)
            TRY(addop(c, KR_OP_POP_TOP));
        TRY(visit_stmts(c, m->body));
        TRY(addop_j(c, KR_P_JUMP, end));
        /* the cleanup belongs to the failed pattern's line, not the body's */
        SET_LOC(c, m->pattern);
        TRY(emit_and_reset_fail_pop(c, pc));
    }
    if (has_default) {
        m = KR_SEQ_GET(cases, n - 1);
        SET_LOC(c, m->pattern);
        TRY(addop(c, n == 1 ? KR_OP_POP_TOP : KR_OP_NOP));
        if (m->guard)
            TRY(jump_if(c, m->guard, end, 0));
        TRY(visit_stmts(c, m->body));
    }
    use_block(c, end);
    return 0;
}

static int match_stmt(Compiler *c, KrStmt *s)
{
    PatternCtx pc = {0};
    int r = match_inner(c, s, &pc);
    free(pc.stores);
    free(pc.fail_pop);
    return r;
}

static int visit_stmt1(Compiler *c, KrStmt *s)
{
    switch (s->kind) {
    case KR_STMT_FunctionDef:
        return function_def(c, s);
    case KR_STMT_ClassDef:
        return class_def(c, s);
    case KR_STMT_Return:
        return return_stmt(c, s);
    case KR_STMT_Delete:
        return visit_exprs(c, s->v.Delete.targets);
    case KR_STMT_Assign: {
        Kr_ssize_t n = KR_SEQ_LEN(s->v.Assign.targets);
        TRY(visit_expr(c, s->v.Assign.value));
        for (Kr_ssize_t i = 0; i < n; i++) {
            if (i < n - 1)
                TRY(addop_i(c, KR_OP_COPY, 1));
            TRY(visit_expr(c, KR_SEQ_GET(s->v.Assign.targets, i)));
        }
        return 0;
    }
    case KR_STMT_AugAssign:
        return augassign_stmt(c, s);
    case KR_STMT_AnnAssign:
        return annassign_stmt(c, s);
    case KR_STMT_For:
        return for_stmt(c, s);
    case KR_STMT_While:
        return while_stmt(c, s);
    case KR_STMT_If:
        return if_stmt(c, s);
    case KR_STMT_Raise: {
        int n = 0;
        if (s->v.Raise.exc) {
            TRY(visit_expr(c, s->v.Raise.exc));
            n++;
            if (s->v.Raise.cause) {
                TRY(visit_expr(c, s->v.Raise.cause));
                n++;
            }
        }
        TRY(addop_i(c, KR_OP_RAISE_VARARGS, n));
        return next_block(c);
    }
    case KR_STMT_Try:
        return try_stmt(c, s);
    case KR_STMT_Assert:
        return assert_stmt(c, s);
    case KR_STMT_Import:
        return import_stmt(c, s);
    case KR_STMT_ImportFrom:
        return import_from_stmt(c, s);
    case KR_STMT_Global:
    case KR_STMT_Nonlocal:
        return 0;
    case KR_STMT_Expr:
        return expr_stmt(c, s->v.Expr.value);
    case KR_STMT_Pass:
        return addop(c, KR_OP_NOP);
    case KR_STMT_Break:
        return break_stmt(c);
    case KR_STMT_Continue:
        return continue_stmt(c);
    case KR_STMT_With:
        return with_stmt(c, s, 0);
    case KR_STMT_Match:
        return match_stmt(c, s);
    case KR_STMT_TryStar:
        return try_star_stmt(c, s);
    case KR_STMT_AsyncFunctionDef:
        return function_def(c, s);      /* same layout as FunctionDef */
    case KR_STMT_AsyncWith:
        TRY(check_async(c, "async with"));
        return with_stmt(c, s, 0);      /* same layout as With */
    case KR_STMT_AsyncFor:
        TRY(check_async(c, "async for"));
        return async_for_stmt(c, s);
    }
    return 0;
}

static int visit_stmt(Compiler *c, KrStmt *s)
{
    if (++c->depth > 3000) {
        c->depth--;
        kr_err_set_string(&kr_exc_RecursionError,
                          "maximum recursion depth exceeded during compilation");
        return -1;
    }
    SET_LOC(c, s);
    int r = visit_stmt1(c, s);
    c->depth--;
    return r;
}

/* ====================================================================== */
/* Assembly                                                               */
/* ====================================================================== */

static int is_setup(int op)
{
    return op == KR_P_SETUP_FINALLY || op == KR_P_SETUP_CLEANUP || op == KR_P_SETUP_WITH;
}

static int is_jump(int op)
{
    switch (op) {
    case KR_P_JUMP: case KR_P_JUMP_NO_INTERRUPT:
    case KR_P_POP_JUMP_IF_FALSE: case KR_P_POP_JUMP_IF_TRUE:
    case KR_P_POP_JUMP_IF_NONE: case KR_P_POP_JUMP_IF_NOT_NONE:
    case KR_OP_JUMP_FORWARD: case KR_OP_JUMP_BACKWARD: case KR_OP_JUMP_BACKWARD_NO_INTERRUPT:
    case KR_OP_POP_JUMP_FORWARD_IF_FALSE: case KR_OP_POP_JUMP_FORWARD_IF_TRUE:
    case KR_OP_POP_JUMP_FORWARD_IF_NONE: case KR_OP_POP_JUMP_FORWARD_IF_NOT_NONE:
    case KR_OP_POP_JUMP_BACKWARD_IF_FALSE: case KR_OP_POP_JUMP_BACKWARD_IF_TRUE:
    case KR_OP_POP_JUMP_BACKWARD_IF_NONE: case KR_OP_POP_JUMP_BACKWARD_IF_NOT_NONE:
    case KR_OP_JUMP_IF_FALSE_OR_POP: case KR_OP_JUMP_IF_TRUE_OR_POP:
    case KR_OP_FOR_ITER: case KR_OP_SEND:
        return 1;
    }
    return 0;
}

static int is_uncond_jump(int op)
{
    return op == KR_P_JUMP || op == KR_P_JUMP_NO_INTERRUPT || op == KR_OP_JUMP_FORWARD ||
           op == KR_OP_JUMP_BACKWARD || op == KR_OP_JUMP_BACKWARD_NO_INTERRUPT;
}

static int is_exit(int op)
{
    return op == KR_OP_RETURN_VALUE || op == KR_OP_RAISE_VARARGS || op == KR_OP_RERAISE;
}

static int is_deref_op(int op)
{
    return op == KR_OP_MAKE_CELL || op == KR_OP_LOAD_CLOSURE || op == KR_OP_LOAD_DEREF ||
           op == KR_OP_LOAD_CLASSDEREF || op == KR_OP_STORE_DEREF || op == KR_OP_DELETE_DEREF;
}

static int stack_effect(int op, int arg, int jump)
{
    switch (op) {
    case KR_P_SETUP_FINALLY: return jump ? 1 : 0;
    case KR_P_SETUP_CLEANUP: return jump ? 2 : 0;
    case KR_P_SETUP_WITH: return jump ? 1 : 0;
    case KR_P_POP_BLOCK: case KR_P_JUMP: case KR_P_JUMP_NO_INTERRUPT: return 0;
    case KR_P_POP_JUMP_IF_FALSE: case KR_P_POP_JUMP_IF_TRUE:
    case KR_P_POP_JUMP_IF_NONE: case KR_P_POP_JUMP_IF_NOT_NONE: return -1;
    }
    return kr_opcode_stack_effect(op, arg, jump);
}

/* Falls off the end of b into b->next? */
static int falls_through(Block *b)
{
    if (b->n == 0)
        return 1;
    int op = b->ins[b->n - 1].op;
    return !is_uncond_jump(op) && !is_exit(op);
}

static Block *next_nonempty(Block *b)
{
    while (b && b->n == 0)
        b = b->next;
    return b;
}

/* Truncates each block after its first unconditional exit or jump. */
static void truncate_dead_tails(Unit *u)
{
    for (Block *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (is_uncond_jump(b->ins[i].op) || is_exit(b->ins[i].op)) {
                b->n = i + 1;
                break;
            }
}

/* LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2  ->  LOAD_CONST (a, b). */
static int fold_tuple_of_constants(Unit *u, Block *b, int i)
{
    Instr *in = &b->ins[i];
    int n = in->arg;
    if (n > i)
        return 0;
    for (int k = i - n; k < i; k++)
        if (b->ins[k].op != KR_OP_LOAD_CONST)
            return 0;
    KrObject *t = kr_tuple_new(n);
    if (!t)
        return -1;
    for (int k = 0; k < n; k++)
        KR_TUPLE_SET(t, k, kr_newref(u->consts.items[b->ins[i - n + k].arg]));
    int idx = list_add(&u->consts, t);
    kr_decref(t);
    if (idx < 0)
        return -1;
    for (int k = i - n; k < i; k++)
        b->ins[k].op = KR_OP_NOP;
    in->op = KR_OP_LOAD_CONST;
    in->arg = idx;
    return 0;
}

/* Drops the unused constants at the end of the list (3.11 trims only the
 * tail; consts[0] stays, it may be the docstring). */
static int remove_unused_consts(Unit *u)
{
    int max = 0;
    for (Block *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if ((b->ins[i].op == KR_OP_LOAD_CONST || b->ins[i].op == KR_OP_KW_NAMES) &&
                b->ins[i].arg > max)
                max = b->ins[i].arg;
    if (max + 1 >= u->consts.n)
        return 0;
    for (int i = max + 1; i < u->consts.n; i++)
        kr_decref(u->consts.items[i]);
    u->consts.n = max + 1;
    return list_reindex(&u->consts, u->consts.indexcap);
}

static int swappable(int op)
{
    return op == KR_OP_STORE_FAST || op == KR_OP_POP_TOP;
}

static int next_swappable(Block *b, int i, int line)
{
    while (++i < b->n) {
        Instr *in = &b->ins[i];
        /* do not move stores across lines: a tracer would see it */
        if (line >= 0 && in->loc.line != line)
            return -1;
        if (in->op == KR_OP_NOP)
            continue;
        return swappable(in->op) ? i : -1;
    }
    return -1;
}

/* SWAP n followed by stores: swap the stores instead of the stack items
 * (`a, b = b, a` in a function becomes two STORE_FASTs), as 3.11. */
static void apply_static_swaps(Block *b, int i)
{
    for (; i >= 0; i--) {
        Instr *swap = &b->ins[i];
        if (swap->op != KR_OP_SWAP) {
            if (swap->op == KR_OP_NOP || swappable(swap->op))
                continue;
            return;
        }
        int j = next_swappable(b, i, -1);
        if (j < 0)
            return;
        int k = j, line = b->ins[j].loc.line;
        for (int count = swap->arg - 1; count > 0; count--) {
            k = next_swappable(b, k, line);
            if (k < 0)
                return;
        }
        swap->op = KR_OP_NOP;
        Instr tmp = b->ins[j];
        b->ins[j] = b->ins[k];
        b->ins[k] = tmp;
    }
}

/* Jump threading, with 3.11's rules (and its same-line condition):
 * a jump to an unconditional jump goes to its target; JUMP_IF_X_OR_POP to
 * a POP_JUMP_IF_X or JUMP_IF_X_OR_POP follows it; JUMP_IF_X_OR_POP to the
 * opposite test becomes POP_JUMP_IF_X past that test. */
static void thread_jump(Block *b, Instr *in)
{
    for (int guard = 0; guard < 100; guard++) {
        Block *tb = next_nonempty(in->target);
        Instr *t = tb ? &tb->ins[0] : NULL;
        if (!t || !is_jump(t->op) || in->loc.line != t->loc.line)
            return;
        int op = in->op, newop = -1;
        Block *newtarget = t->target;
        int or_pop = op == KR_OP_JUMP_IF_FALSE_OR_POP || op == KR_OP_JUMP_IF_TRUE_OR_POP;
        if (or_pop) {
            int f = op == KR_OP_JUMP_IF_FALSE_OR_POP;
            int same_pop = f ? KR_P_POP_JUMP_IF_FALSE : KR_P_POP_JUMP_IF_TRUE;
            int other_pop = f ? KR_P_POP_JUMP_IF_TRUE : KR_P_POP_JUMP_IF_FALSE;
            int other_or = f ? KR_OP_JUMP_IF_TRUE_OR_POP : KR_OP_JUMP_IF_FALSE_OR_POP;
            if (t->op == same_pop) {
                newop = same_pop;
            } else if (t->op == KR_P_JUMP || t->op == op) {
                /* still an OR_POP: it only jumps forward (offset holds the
                 * layout index here) */
                if (t->target->offset <= b->offset)
                    return;
                newop = op;
            } else if (t->op == other_or || t->op == other_pop) {
                newop = same_pop;
                newtarget = tb->next;
                if (!newtarget)
                    return;
            } else {
                return;
            }
        } else if (t->op == KR_P_JUMP) {
            newop = op;
        } else {
            return;
        }
        if (in->target == newtarget && in->op == newop)
            return;
        in->op = newop;
        in->target = newtarget;
    }
}

/* A run of SWAPs (NOPs may be mixed in), as pattern captures produce,
 * is one permutation of the top `depth` items.  Replace it by the fewest
 * SWAPs that realise the same permutation (3.11's swaptimize): decompose
 * the permutation into cycles; each cycle is walked through slot 0 (the
 * only slot SWAP can exchange with), and the swaps are written from the
 * end of the run backwards so that running them forwards builds the
 * permutation.  Leftover slots become NOPs; *ix moves to the run's last
 * instruction. */
static int swaptimize(Block *b, int *ix)
{
    Instr *run = &b->ins[*ix];
    int depth = run[0].arg, len = 0, more = 0, limit = b->n - *ix;
    while (++len < limit) {
        if (run[len].op == KR_OP_SWAP) {
            if (run[len].arg > depth)
                depth = run[len].arg;
            more = 1;
        } else if (run[len].op != KR_OP_NOP) {
            break;
        }
    }
    if (!more)
        return 0;
    int *perm = malloc(sizeof(int) * (size_t)depth);
    if (!perm) {
        kr_err_no_memory();
        return -1;
    }
    for (int k = 0; k < depth; k++)
        perm[k] = k;
    for (int k = 0; k < len; k++) {
        if (run[k].op != KR_OP_SWAP)
            continue;
        int j = run[k].arg - 1, t = perm[0];
        perm[0] = perm[j];
        perm[j] = t;
    }
    int out = len - 1;
    for (int k = 0; k < depth; k++) {
        if (perm[k] < 0 || perm[k] == k)
            continue;
        int j = k;
        for (;;) {
            if (j) {
                run[out].op = KR_OP_SWAP;
                run[out--].arg = j + 1;
            }
            if (perm[j] < 0)
                break;
            int next = perm[j];
            perm[j] = -1;
            j = next;
        }
    }
    while (out >= 0)
        run[out--].op = KR_OP_NOP;
    free(perm);
    *ix += len - 1;
    return 0;
}

static void peephole(Unit *u)
{
    int index = 0;
    for (Block *b = u->blocks; b; b = b->alloc_next)
        b->offset = -1;             /* not in the layout */
    for (Block *b = u->entry; b; b = b->next)
        b->offset = index++;
    for (Block *b = u->entry; b; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            Instr *nx = i + 1 < b->n ? &b->ins[i + 1] : NULL;
            switch (in->op) {
            case KR_P_POP_JUMP_IF_FALSE: case KR_P_POP_JUMP_IF_TRUE:
            case KR_P_POP_JUMP_IF_NONE: case KR_P_POP_JUMP_IF_NOT_NONE:
            case KR_P_JUMP: case KR_OP_JUMP_IF_FALSE_OR_POP: case KR_OP_JUMP_IF_TRUE_OR_POP:
                thread_jump(b, in);
                break;
            case KR_OP_LOAD_CONST: {
                if (!nx)
                    break;
                KrObject *cnt = u->consts.items[in->arg];
                if (nx->op == KR_P_POP_JUMP_IF_FALSE || nx->op == KR_P_POP_JUMP_IF_TRUE) {
                    int t = kr_object_is_true(cnt);
                    if (t < 0) {
                        kr_err_clear();
                        break;
                    }
                    in->op = KR_OP_NOP;
                    int jump_if_true = nx->op == KR_P_POP_JUMP_IF_TRUE;
                    if (t == jump_if_true) {
                        nx->op = KR_P_JUMP;
                    } else {
                        nx->op = KR_OP_NOP;
                        nx->target = NULL;
                    }
                } else if (nx->op == KR_OP_JUMP_IF_FALSE_OR_POP ||
                           nx->op == KR_OP_JUMP_IF_TRUE_OR_POP) {
                    int t = kr_object_is_true(cnt);
                    if (t < 0) {
                        kr_err_clear();
                        break;
                    }
                    if (t == (nx->op == KR_OP_JUMP_IF_TRUE_OR_POP)) {
                        nx->op = KR_P_JUMP;
                    } else {
                        in->op = KR_OP_NOP;
                        nx->op = KR_OP_NOP;
                        nx->target = NULL;
                    }
                } else if (nx->op == KR_OP_IS_OP && cnt == kr_None && i + 2 < b->n &&
                           (b->ins[i + 2].op == KR_P_POP_JUMP_IF_FALSE ||
                            b->ins[i + 2].op == KR_P_POP_JUMP_IF_TRUE)) {
                    int jf = b->ins[i + 2].op == KR_P_POP_JUMP_IF_FALSE;
                    in->op = KR_OP_NOP;
                    nx->op = KR_OP_NOP;
                    b->ins[i + 2].op = (jf ^ nx->arg) ? KR_P_POP_JUMP_IF_NOT_NONE
                                                      : KR_P_POP_JUMP_IF_NONE;
                }
                break;
            }
            case KR_OP_SWAP:
                if (in->arg == 1) {
                    in->op = KR_OP_NOP;
                    break;
                }
                if (swaptimize(b, &i) < 0)
                    kr_err_clear();     /* optional, as the other rewrites */
                apply_static_swaps(b, i);
                break;
            case KR_OP_PUSH_NULL:
                if (nx && nx->op == KR_OP_LOAD_GLOBAL && (nx->arg & 1) == 0) {
                    in->op = KR_OP_NOP;
                    nx->arg |= 1;
                }
                break;
            case KR_OP_BUILD_TUPLE:
                if (fold_tuple_of_constants(u, b, i) < 0)
                    kr_err_clear();     /* folding is optional */
                if (in->op != KR_OP_BUILD_TUPLE)
                    break;
                if (nx && nx->op == KR_OP_UNPACK_SEQUENCE && nx->arg == in->arg) {
                    if (in->arg == 1) {
                        in->op = KR_OP_NOP;
                        nx->op = KR_OP_NOP;
                    } else if (in->arg == 2 || in->arg == 3) {
                        in->op = KR_OP_NOP;
                        nx->op = KR_OP_SWAP;
                    }
                }
                break;
            }
        }
    }
    truncate_dead_tails(u);
}

static int stackdepth(Compiler *c, int *maxdepth)
{
    Unit *u = c->u;
    int nblocks = 0;
    for (Block *b = u->blocks; b; b = b->alloc_next) {
        b->startdepth = -1;
        nblocks++;
    }
    Block **todo = malloc(sizeof(Block *) * (size_t)(nblocks + 1));
    if (!todo) {
        kr_err_no_memory();
        return -1;
    }
    int sp = 0, max = 0;
    u->entry->startdepth = 0;
    todo[sp++] = u->entry;
#define PUSH_TARGET(blk, d)                                                       \
    do {                                                                          \
        Block *t_ = (blk);                                                        \
        if (t_->startdepth < 0) {                                                 \
            t_->startdepth = (d);                                                 \
            todo[sp++] = t_;                                                      \
        } else if (t_->startdepth != (d)) {                                       \
            free(todo);                                                           \
            kr_err_set_string(&kr_exc_SystemError,                                \
                              "compiler: inconsistent stack depth");              \
            return -1;                                                            \
        }                                                                         \
    } while (0)
    while (sp > 0) {
        Block *b = todo[--sp];
        int depth = b->startdepth;
        int fall = 1;
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            int eff = stack_effect(in->op, in->arg, 0);
            int nd = depth + eff;
            if (nd > max)
                max = nd;
            if (is_jump(in->op) || is_setup(in->op)) {
                int td = depth + stack_effect(in->op, in->arg, 1);
                if (td > max)
                    max = td;
                if (td < 0) {
                    free(todo);
                    kr_err_set_string(&kr_exc_SystemError, "compiler: negative stack depth");
                    return -1;
                }
                PUSH_TARGET(in->target, td);
            }
            depth = nd;
            if (depth < 0) {
                free(todo);
                kr_err_set_string(&kr_exc_SystemError, "compiler: negative stack depth");
                return -1;
            }
            if (is_uncond_jump(in->op) || is_exit(in->op)) {
                fall = 0;
                break;
            }
        }
        if (fall && b->next)
            PUSH_TARGET(b->next, depth);
    }
#undef PUSH_TARGET
    free(todo);
    *maxdepth = max;
    return 0;
}

/* Drops blocks never reached from the layout. */
static void remove_unreached(Unit *u)
{
    Block *prev = u->entry;
    for (Block *b = u->entry->next; b; b = b->next) {
        if (b->startdepth < 0)
            continue;
        prev->next = b;
        prev = b;
    }
    prev->next = NULL;
}

#define MAX_EXSTACK 100

static int label_exception_targets(Compiler *c)
{
    Unit *u = c->u;
    int nblocks = 0;
    for (Block *b = u->blocks; b; b = b->alloc_next) {
        b->visited = 0;
        nblocks++;
    }
    Block **todo = malloc(sizeof(Block *) * (size_t)(nblocks + 1));
    if (!todo) {
        kr_err_no_memory();
        return -1;
    }
    int sp = 0;
    Block *stack[MAX_EXSTACK];
    u->entry->visited = 1;
    u->entry->exdepth = 0;
    todo[sp++] = u->entry;
#define SEND_STACK(blk)                                                           \
    do {                                                                          \
        Block *t_ = (blk);                                                        \
        if (!t_->visited) {                                                       \
            t_->visited = 1;                                                      \
            t_->exdepth = depth;                                                  \
            if (depth) {                                                          \
                t_->exstack = malloc(sizeof(Block *) * (size_t)depth);            \
                if (!t_->exstack) {                                               \
                    free(todo);                                                   \
                    kr_err_no_memory();                                           \
                    return -1;                                                    \
                }                                                                 \
                memcpy(t_->exstack, stack, sizeof(Block *) * (size_t)depth);      \
            }                                                                     \
            todo[sp++] = t_;                                                      \
        }                                                                         \
    } while (0)
    while (sp > 0) {
        Block *b = todo[--sp];
        int depth = b->exdepth;
        if (depth)
            memcpy(stack, b->exstack, sizeof(Block *) * (size_t)depth);
        Block *handler = depth ? stack[depth - 1] : NULL;
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            if (is_setup(in->op)) {
                SEND_STACK(in->target);
                if (in->op != KR_P_SETUP_FINALLY)
                    in->target->preserve_lasti = 1;
                if (depth >= MAX_EXSTACK) {
                    free(todo);
                    kr_err_set_string(&kr_exc_SystemError, "too many nested blocks");
                    return -1;
                }
                stack[depth++] = in->target;
                handler = in->target;
            } else if (in->op == KR_P_POP_BLOCK) {
                if (depth > 0)
                    depth--;
                handler = depth ? stack[depth - 1] : NULL;
            } else if (is_jump(in->op)) {
                in->except = handler;
                SEND_STACK(in->target);
            } else {
                if (in->op == KR_OP_YIELD_VALUE)
                    in->arg = depth;
                in->except = handler;
            }
        }
        if (falls_through(b) && b->next)
            SEND_STACK(b->next);
    }
#undef SEND_STACK
    free(todo);
    return 0;
}

/* The SETUP_* / POP_BLOCK pseudo-ops stay in place through the CFG
 * cleanups (3.11 converts them late, so a handler whose SETUP is reachable
 * stays even when nothing in its range can raise, and their positions can
 * survive as NOPs); here they become NOPs, remembering the handler edges. */
static int convert_setups_to_nops(Unit *u)
{
    for (Block *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (is_setup(b->ins[i].op) || b->ins[i].op == KR_P_POP_BLOCK) {
                if (is_setup(b->ins[i].op)) {
                    Block **p = realloc(b->pushes, sizeof(Block *) * (size_t)(b->npushes + 1));
                    if (!p) {
                        kr_err_no_memory();
                        return -1;
                    }
                    b->pushes = p;
                    b->pushes[b->npushes++] = b->ins[i].target;
                }
                b->ins[i].op = KR_OP_NOP;
                b->ins[i].target = NULL;
            }
    return 0;
}

static int exit_without_lineno(Block *b);

/* Copies a small exit block (return/raise) into blocks that jump to it. */
static int extend_blocks(Unit *u)
{
    /* in allocation order, newest first, as 3.11: a block extended early
     * can itself be copied into an older block that jumps to it */
    for (Block *b = u->blocks; b; b = b->alloc_next) {
        if (b->n == 0)
            continue;
        Instr *last = &b->ins[b->n - 1];
        if (!is_uncond_jump(last->op))
            continue;
        Block *t = next_nonempty(last->target);
        if (!t)
            continue;
        /* only artificial exits (no line yet), as 3.11: `return x` written
         * in the source keeps its own line and is jumped to */
        if (!exit_without_lineno(t))
            continue;
        /* at most 4 instructions, counting CALL as the PRECALL + CALL pair
         * it is in 3.11, so the same blocks get copied */
        int size = 0;
        for (int i = 0; i < t->n; i++)
            size += t->ins[i].op == KR_OP_CALL ? 2 : 1;
        if (size > 4)
            continue;
        last->op = KR_OP_NOP;
        last->target = NULL;
        for (int i = 0; i < t->n; i++) {
            Instr *n = block_add(b);
            if (!n)
                return -1;
            *n = t->ins[i];
        }
    }
    return 0;
}

static void mark_reachable(Unit *u)
{
    int nblocks = 0;
    for (Block *b = u->blocks; b; b = b->alloc_next) {
        b->visited = 0;
        b->npreds = 0;
        nblocks++;
    }
    Block **todo = malloc(sizeof(Block *) * (size_t)(nblocks + 1));
    if (!todo)
        return;             /* keep everything: only an optimisation */
    int sp = 0;
    u->entry->visited = 1;
    todo[sp++] = u->entry;
    while (sp > 0) {
        Block *b = todo[--sp];
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            if (in->target && (is_jump(in->op) || is_setup(in->op))) {
                in->target->npreds++;
                if (!in->target->visited) {
                    in->target->visited = 1;
                    todo[sp++] = in->target;
                }
            }
            if (in->except && !in->except->visited) {
                in->except->visited = 1;
                todo[sp++] = in->except;
            }
        }
        for (int i = 0; i < b->npushes; i++) {
            Block *h = next_nonempty(b->pushes[i]);
            if (h && !h->visited) {
                h->visited = 1;
                todo[sp++] = h;
            }
        }
        if (falls_through(b) && b->next) {
            b->next->npreds++;
            if (!b->next->visited) {
                b->next->visited = 1;
                todo[sp++] = b->next;
            }
        }
    }
    free(todo);
    Block *prev = u->entry;
    for (Block *b = u->entry->next; b; b = b->next) {
        if (!b->visited)
            continue;
        prev->next = b;
        prev = b;
    }
    prev->next = NULL;
}

/* NOPs go unless they carry the only instance of a line number. */
static void clean_block(Block *b)
{
    int dest = 0, prev_line = -1;
    for (int src = 0; src < b->n; src++) {
        int line = b->ins[src].loc.line;
        if (b->ins[src].op == KR_OP_NOP) {
            if (line < 0)
                continue;
            if (prev_line == line)
                continue;
            if (src < b->n - 1) {
                int next_line = b->ins[src + 1].loc.line;
                if (next_line < 0 || next_line == line) {
                    b->ins[src + 1].loc.line = line;   /* the line only, as 3.11 */
                    continue;
                }
            } else {
                Block *nx = next_nonempty(b->next);
                if (nx && nx->ins[0].loc.line == line)
                    continue;
            }
        }
        if (dest != src)
            b->ins[dest] = b->ins[src];
        dest++;
        prev_line = line;
    }
    b->n = dest;
}

static void remove_redundant_jumps(Unit *u)
{
    for (Block *b = u->entry; b; b = b->next) {
        if (b->n == 0)
            continue;
        Instr *last = &b->ins[b->n - 1];
        if (last->op == KR_P_JUMP || last->op == KR_P_JUMP_NO_INTERRUPT) {
            if (next_nonempty(b->next) == next_nonempty(last->target)) {
                last->op = KR_OP_NOP;
                last->target = NULL;
            }
        }
    }
}

static void propagate_lines(Unit *u)
{
    for (Block *b = u->entry; b; b = b->next) {
        if (b->n == 0)
            continue;
        KrCodePos prev = NO_LOC;
        for (int i = 0; i < b->n; i++) {
            if (b->ins[i].loc.line < 0)
                b->ins[i].loc = prev;
            else
                prev = b->ins[i].loc;
        }
        Block *nx = next_nonempty(b->next);
        if (falls_through(b) && nx && nx->npreds == 1 && nx->ins[0].loc.line < 0)
            nx->ins[0].loc = prev;
        Instr *last = &b->ins[b->n - 1];
        if (is_jump(last->op)) {
            Block *t = next_nonempty(last->target);
            if (t && t->npreds == 1 && t->ins[0].loc.line < 0)
                t->ins[0].loc = prev;
        }
    }
    /* every return gets a line: the last one seen before it (only the line;
     * the columns are what the artificial instruction was given) */
    int lineno = u->firstlineno;
    for (Block *b = u->entry; b; b = b->next) {
        if (b->n == 0)
            continue;
        Instr *last = &b->ins[b->n - 1];
        if (last->loc.line < 0) {
            if (last->op == KR_OP_RETURN_VALUE)
                for (int i = 0; i < b->n; i++)
                    b->ins[i].loc.line = lineno;
        } else {
            lineno = last->loc.line;
        }
    }
}

static int exit_without_lineno(Block *b)
{
    if (b->n == 0 || !is_exit(b->ins[b->n - 1].op))
        return 0;
    for (int i = 0; i < b->n; i++)
        if (b->ins[i].loc.line >= 0)
            return 0;
    return 1;
}

/* An exit block without a line reached by several jumps is copied for each
 * jump, so each copy can take the line of the code that jumps to it. */
static int duplicate_exits_without_lineno(Unit *u)
{
    for (Block *b = u->entry; b; b = b->next) {
        if (b->n == 0 || !is_jump(b->ins[b->n - 1].op))
            continue;
        Instr *last = &b->ins[b->n - 1];
        Block *t = last->target;
        if (!exit_without_lineno(t) || t->npreds <= 1)
            continue;
        Block *nb = calloc(1, sizeof *nb);
        if (!nb) {
            kr_err_no_memory();
            return -1;
        }
        nb->alloc_next = u->blocks;
        u->blocks = nb;
        nb->startdepth = t->startdepth;
        for (int i = 0; i < t->n; i++) {
            Instr *in = block_add(nb);
            if (!in)
                return -1;
            *in = t->ins[i];
        }
        nb->ins[0].loc = last->loc;
        last->target = nb;
        t->npreds--;
        nb->npreds = 1;
        nb->next = t->next;
        t->next = nb;
    }
    /* the remaining ones are reached by falling into them */
    for (Block *b = u->entry; b; b = b->next)
        if (b->n && falls_through(b) && b->next && exit_without_lineno(b->next))
            b->next->ins[0].loc = b->ins[b->n - 1].loc;
    return 0;
}

/* Jumps and handlers point at non-empty blocks; empty blocks leave the
 * layout. */
static void eliminate_empty_blocks(Unit *u)
{
    for (Block *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            if (in->target) {
                Block *t = next_nonempty(in->target);
                if (t)
                    in->target = t;
            }
            if (in->except)
                in->except = next_nonempty(in->except);
        }
    Block *prev = u->entry;
    for (Block *b = u->entry->next; b; b = b->next) {
        if (b->n == 0)
            continue;
        prev->next = b;
        prev = b;
    }
    prev->next = NULL;
}

static int ext_size(unsigned arg)
{
    return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
}

static int real_op_size(int op, int arg)
{
    return ext_size((unsigned)arg) + 1 + (op < KR_OP_COUNT ? KR_OP_CACHE(op) : 0);
}

/* Resolves jump directions and arguments; returns the code size. */
static int layout(Unit *u)
{
    for (int iter = 0; iter < 100; iter++) {
        int off = 0;
        for (Block *b = u->entry; b; b = b->next) {
            b->offset = off;
            for (int i = 0; i < b->n; i++)
                off += real_op_size(b->ins[i].op, b->ins[i].arg);
        }
        int changed = 0;
        for (Block *b = u->entry; b; b = b->next) {
            int o = b->offset;
            for (int i = 0; i < b->n; i++) {
                Instr *in = &b->ins[i];
                int size = real_op_size(in->op, in->arg);
                if (is_jump(in->op)) {
                    int t = next_nonempty(in->target) ? next_nonempty(in->target)->offset : off;
                    int after = o + size;
                    int fwd = t >= after;
                    int op = in->op, arg = fwd ? t - after : after - t;
                    switch (in->op) {
                    case KR_P_JUMP: case KR_OP_JUMP_FORWARD: case KR_OP_JUMP_BACKWARD:
                        op = fwd ? KR_OP_JUMP_FORWARD : KR_OP_JUMP_BACKWARD; break;
                    case KR_P_JUMP_NO_INTERRUPT: case KR_OP_JUMP_BACKWARD_NO_INTERRUPT:
                        op = fwd ? KR_OP_JUMP_FORWARD : KR_OP_JUMP_BACKWARD_NO_INTERRUPT; break;
                    case KR_P_POP_JUMP_IF_FALSE: case KR_OP_POP_JUMP_FORWARD_IF_FALSE:
                    case KR_OP_POP_JUMP_BACKWARD_IF_FALSE:
                        op = fwd ? KR_OP_POP_JUMP_FORWARD_IF_FALSE : KR_OP_POP_JUMP_BACKWARD_IF_FALSE;
                        break;
                    case KR_P_POP_JUMP_IF_TRUE: case KR_OP_POP_JUMP_FORWARD_IF_TRUE:
                    case KR_OP_POP_JUMP_BACKWARD_IF_TRUE:
                        op = fwd ? KR_OP_POP_JUMP_FORWARD_IF_TRUE : KR_OP_POP_JUMP_BACKWARD_IF_TRUE;
                        break;
                    case KR_P_POP_JUMP_IF_NONE: case KR_OP_POP_JUMP_FORWARD_IF_NONE:
                    case KR_OP_POP_JUMP_BACKWARD_IF_NONE:
                        op = fwd ? KR_OP_POP_JUMP_FORWARD_IF_NONE : KR_OP_POP_JUMP_BACKWARD_IF_NONE;
                        break;
                    case KR_P_POP_JUMP_IF_NOT_NONE: case KR_OP_POP_JUMP_FORWARD_IF_NOT_NONE:
                    case KR_OP_POP_JUMP_BACKWARD_IF_NOT_NONE:
                        op = fwd ? KR_OP_POP_JUMP_FORWARD_IF_NOT_NONE
                                 : KR_OP_POP_JUMP_BACKWARD_IF_NOT_NONE;
                        break;
                    default:
                        if (!fwd) {
                            kr_err_set_string(&kr_exc_SystemError,
                                              "compiler: backward jump of a forward-only op");
                            return -1;
                        }
                        break;
                    }
                    if (op != in->op || arg != in->arg) {
                        if (real_op_size(op, arg) != size)
                            changed = 1;
                        in->op = op;
                        in->arg = arg;
                    }
                }
                o += size;
            }
        }
        if (!changed) {
            /* one more pass to settle arguments computed with stale offsets */
            int stable = 1;
            int o2 = 0;
            for (Block *b = u->entry; b; b = b->next) {
                if (b->offset != o2)
                    stable = 0;
                for (int i = 0; i < b->n; i++)
                    o2 += real_op_size(b->ins[i].op, b->ins[i].arg);
            }
            if (stable)
                return off;
        }
    }
    kr_err_set_string(&kr_exc_SystemError, "compiler: jump layout did not converge");
    return -1;
}

static int compute_flags(Compiler *c, Unit *u)
{
    /* the future features in force are recorded on every code object */
    int flags = c->future_annotations ? KR_CF_FUTURE_ANNOTATIONS : 0;
    KrSymEntry *ste = u->ste;
    if (ste->type == KR_BLOCK_FUNCTION) {
        flags |= KR_CO_NEWLOCALS | KR_CO_OPTIMIZED;
        if (ste->nested)
            flags |= KR_CO_NESTED;
        if (ste->coroutine)
            flags |= ste->generator ? KR_CO_ASYNC_GENERATOR : KR_CO_COROUTINE;
        else if (ste->generator)
            flags |= KR_CO_GENERATOR;
        if (ste->varargs)
            flags |= KR_CO_VARARGS;
        if (ste->varkeywords)
            flags |= KR_CO_VARKEYWORDS;
    }
    return flags;
}

static int insert_prefix(Compiler *c)
{
    Unit *u = c->u;
    int ncells = u->cellvars.n, nfree = u->freevars.n;
    int extra = ncells + (nfree ? 1 : 0);
    if (!extra)
        return 0;
    Block *b = u->entry;
    for (int k = 0; k < extra; k++)
        if (!block_add(b))
            return -1;
    memmove(b->ins + extra, b->ins, sizeof(Instr) * (size_t)(b->n - extra));
    /* 3.11's order: COPY_FREE_VARS, then the MAKE_CELLs */
    int k = 0;
    if (nfree) {
        memset(&b->ins[k], 0, sizeof(Instr));
        b->ins[k].op = KR_OP_COPY_FREE_VARS;
        b->ins[k].arg = nfree;
        b->ins[k].loc = NO_LOC;
        k++;
    }
    for (int i = 0; i < ncells; i++, k++) {
        memset(&b->ins[k], 0, sizeof(Instr));
        b->ins[k].op = KR_OP_MAKE_CELL;
        b->ins[k].arg = i;
        b->ins[k].loc = NO_LOC;
    }
    return 0;
}

static KrObject *assemble(Compiler *c, int add_none)
{
    Unit *u = c->u;
    KrObject *co = NULL;
    KrCodeUnit *code = NULL;
    KrCodePos *pos = NULL;
    KrExcEntry *exc = NULL;
    int *slot = NULL;
    KrObject *consts = NULL, *names = NULL, *varnames = NULL, *cellvars = NULL,
             *freevars = NULL;

    /* the implicit return */
    Block *cur = u->cur;
    if (cur->n == 0 || cur->ins[cur->n - 1].op != KR_OP_RETURN_VALUE) {
        UNSET_LOC(c);
        if (add_none && load_const(c, kr_None) < 0)
            return NULL;
        if (addop(c, KR_OP_RETURN_VALUE) < 0)
            return NULL;
    }
    if (insert_prefix(c) < 0)
        return NULL;
    truncate_dead_tails(u);
    peephole(u);
    int maxdepth = 0;
    if (stackdepth(c, &maxdepth) < 0)
        return NULL;
    remove_unreached(u);
    if (label_exception_targets(c) < 0)
        return NULL;
    for (Block *b = u->entry; b; b = b->next)
        clean_block(b);
    if (extend_blocks(u) < 0)
        return NULL;
    remove_redundant_jumps(u);
    for (Block *b = u->entry; b; b = b->next)
        clean_block(b);
    mark_reachable(u);
    remove_redundant_jumps(u);
    for (Block *b = u->entry; b; b = b->next)
        clean_block(b);
    eliminate_empty_blocks(u);
    mark_reachable(u);
    if (duplicate_exits_without_lineno(u) < 0)
        return NULL;
    if (convert_setups_to_nops(u) < 0)
        return NULL;
    propagate_lines(u);
    for (Block *b = u->entry; b; b = b->next)
        clean_block(b);
    if (remove_unused_consts(u) < 0)
        return NULL;

    /* slot numbers of cells and frees, now that the locals are known */
    int nlocals = u->varnames.n;
    int nargs = u->argcount + u->posonlyargcount + u->kwonlyargcount +
                (u->ste->varargs ? 1 : 0) + (u->ste->varkeywords ? 1 : 0);
    int ncells = u->cellvars.n, nfree = u->freevars.n;
    slot = malloc(sizeof(int) * (size_t)(ncells + nfree + 1));
    if (!slot) {
        kr_err_no_memory();
        return NULL;
    }
    {
        int k = 0;
        for (int i = 0; i < ncells; i++) {
            int a = list_find(&u->varnames, u->cellvars.items[i]);
            if (a >= 0 && a < nargs)
                slot[i] = a;
            else
                slot[i] = nlocals + k++;
        }
        for (int j = 0; j < nfree; j++)
            slot[ncells + j] = nlocals + k + j;
    }
    for (Block *b = u->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (is_deref_op(b->ins[i].op))
                b->ins[i].arg = slot[b->ins[i].arg];

    int ncode = layout(u);
    if (ncode < 0)
        goto done;
    code = malloc(sizeof(KrCodeUnit) * (size_t)(ncode + 1));
    pos = malloc(sizeof(KrCodePos) * (size_t)(ncode + 1));
    if (!code || !pos) {
        kr_err_no_memory();
        goto done;
    }
    int nexc = 0, capexc = 0;
    int off = 0;
    Block *cur_handler = NULL;
    int run_start = 0;
    for (Block *b = u->entry; b; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->ins[i];
            if (in->except != cur_handler) {
                if (cur_handler && off > run_start) {
                    if (nexc == capexc) {
                        capexc = capexc ? capexc * 2 : 8;
                        KrExcEntry *p = realloc(exc, sizeof(KrExcEntry) * (size_t)capexc);
                        if (!p) {
                            kr_err_no_memory();
                            goto done;
                        }
                        exc = p;
                    }
                    KrExcEntry *e = &exc[nexc++];
                    e->start = run_start;
                    e->end = off;
                    e->target = next_nonempty(cur_handler)->offset;
                    e->lasti = cur_handler->preserve_lasti;
                    e->depth = cur_handler->startdepth - 1 - e->lasti;
                }
                cur_handler = in->except;
                run_start = off;
            }
            unsigned arg = (unsigned)in->arg;
            int ext = ext_size(arg);
            if (in->loc.line < 0) {
                in->loc = NO_LOC;
            } else if (in->loc.col < 0) {
                in->loc.end_line = in->loc.line;   /* a line without columns */
                in->loc.end_col = -1;
            }
            for (int k = ext; k > 0; k--) {
                pos[off] = in->loc;
                code[off++] = KR_UNIT(KR_OP_EXTENDED_ARG, (arg >> (8 * k)) & 0xff);
            }
            pos[off] = in->loc;
            code[off++] = KR_UNIT(in->op, arg & 0xff);
            for (int k = 0; k < KR_OP_CACHE(in->op); k++) {
                pos[off] = in->loc;
                code[off++] = KR_UNIT(KR_OP_CACHE, 0);
            }
        }
    }
    if (cur_handler && off > run_start) {
        if (nexc == capexc) {
            capexc = capexc ? capexc * 2 : 8;
            KrExcEntry *p = realloc(exc, sizeof(KrExcEntry) * (size_t)capexc);
            if (!p) {
                kr_err_no_memory();
                goto done;
            }
            exc = p;
        }
        KrExcEntry *e = &exc[nexc++];
        e->start = run_start;
        e->end = off;
        e->target = next_nonempty(cur_handler)->offset;
        e->lasti = cur_handler->preserve_lasti;
        e->depth = cur_handler->startdepth - 1 - e->lasti;
    }
    consts = list_tuple(&u->consts);
    names = list_tuple(&u->names);
    varnames = list_tuple(&u->varnames);
    cellvars = list_tuple(&u->cellvars);
    freevars = list_tuple(&u->freevars);
    if (!consts || !names || !varnames || !cellvars || !freevars)
        goto done;
    co = kr_code_new(u->argcount + u->posonlyargcount, u->posonlyargcount, u->kwonlyargcount,
                     maxdepth, compute_flags(c, u), u->firstlineno, code, ncode, consts, names,
                     varnames, cellvars, freevars, c->filename, u->name, u->qualname, pos,
                     exc, nexc);
done:
    free(slot);
    free(code);
    free(pos);
    free(exc);
    kr_xdecref(consts);
    kr_xdecref(names);
    kr_xdecref(varnames);
    kr_xdecref(cellvars);
    kr_xdecref(freevars);
    return co;
}

/* ====================================================================== */
/* Constant folding (CPython 3.11's ast_opt.c, the parts that matter)     */
/* ====================================================================== */

#define MAX_INT_SIZE 128           /* bits */
#define MAX_COLLECTION_SIZE 256
#define MAX_STR_SIZE 4096
#define MAX_TOTAL_ITEMS 1024

typedef struct Folder {
    KrArena *arena;
    int optimize;
    int depth;
    int future_annotations;     /* annotations stay as written */
} Folder;

static int fold_expr(Folder *f, KrExpr *e);
static int fold_stmts(Folder *f, KrStmtSeq *seq);

/* Replaces e by a Constant holding v (stolen); v NULL means the operation
 * failed: the error is dropped and e stays as it is. */
static int make_const(Folder *f, KrExpr *e, KrObject *v)
{
    if (!v) {
        if (kr_err_matches_type(&kr_exc_KeyboardInterrupt))
            return -1;
        kr_err_clear();
        return 0;
    }
    if (kr_arena_add_object(f->arena, v) < 0)
        return -1;
    e->kind = KR_EXPR_Constant;
    e->v.Constant.value = v;
    e->v.Constant.kind = NULL;
    return 0;
}

static int64_t num_bits(KrObject *v)
{
    KrObject *b = kr_int_bit_length(v);
    if (!b) {
        kr_err_clear();
        return INT64_MAX / 4;
    }
    int ov = 0;
    int64_t r = kr_int_as_i64(b, &ov);
    kr_decref(b);
    return ov ? INT64_MAX / 4 : r;
}

static int is_int(KrObject *o) { return KR_TYPE(o) == &kr_int_type; }

static int64_t int_value(KrObject *o, int *ok)
{
    int ov = 0;
    int64_t v = kr_int_as_i64(o, &ov);
    *ok = !ov;
    return v;
}

static Kr_ssize_t collection_size(KrObject *o)
{
    if (KR_TYPE(o) == &kr_tuple_type)
        return KR_SIZE(o);
    if (KR_TYPE(o) == &kr_frozenset_type)
        return kr_set_size(o);
    return -1;
}

/* Total items inside nested tuples/frozensets, bounded by limit. */
static Kr_ssize_t check_complexity(KrObject *obj, Kr_ssize_t limit)
{
    if (KR_TYPE(obj) == &kr_tuple_type) {
        limit -= KR_SIZE(obj);
        for (Kr_ssize_t i = 0; limit >= 0 && i < KR_SIZE(obj); i++)
            limit = check_complexity(KR_TUPLE_GET(obj, i), limit);
    }
    return limit;
}

static KrObject *safe_multiply(KrObject *v, KrObject *w)
{
    int ok;
    if (is_int(v) && is_int(w) && kr_int_sign(v) && kr_int_sign(w)) {
        if (num_bits(v) + num_bits(w) > MAX_INT_SIZE)
            return NULL;
    } else if (is_int(v) && collection_size(w) >= 0) {
        Kr_ssize_t size = collection_size(w);
        if (size) {
            int64_t n = int_value(v, &ok);
            if (!ok || n < 0 || n > MAX_COLLECTION_SIZE / size)
                return NULL;
            if (n && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0)
                return NULL;
        }
    } else if (is_int(v) && (KR_STR_CHECK_EXACT(w) || KR_TYPE(w) == &kr_bytes_type)) {
        Kr_ssize_t size = KR_SIZE(w);
        if (size) {
            int64_t n = int_value(v, &ok);
            if (!ok || n < 0 || n > MAX_STR_SIZE / size)
                return NULL;
        }
    } else if (is_int(w) && (collection_size(v) >= 0 || KR_STR_CHECK_EXACT(v) ||
                             KR_TYPE(v) == &kr_bytes_type)) {
        return safe_multiply(w, v);
    }
    return kr_number_binop(v, w, KR_NB_MULTIPLY);
}

static KrObject *safe_power(KrObject *v, KrObject *w)
{
    if (is_int(v) && is_int(w) && kr_int_sign(v) && kr_int_sign(w) > 0) {
        int64_t vbits = num_bits(v);
        int ok;
        int64_t wbits = int_value(w, &ok);
        if (!ok || vbits > MAX_INT_SIZE || wbits > MAX_INT_SIZE / vbits)
            return NULL;
    }
    return kr_number_binop(v, w, KR_NB_POWER);
}

static KrObject *safe_lshift(KrObject *v, KrObject *w)
{
    if (is_int(v) && is_int(w) && kr_int_sign(v) && kr_int_sign(w)) {
        int64_t vbits = num_bits(v);
        int ok;
        int64_t wbits = int_value(w, &ok);
        if (!ok || wbits < 0 || wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits)
            return NULL;
    }
    return kr_number_binop(v, w, KR_NB_LSHIFT);
}

static KrObject *safe_mod(KrObject *v, KrObject *w)
{
    if (KR_STR_CHECK(v) || KR_BYTES_CHECK(v))
        return NULL;
    return kr_number_binop(v, w, KR_NB_REMAINDER);
}

/* The folding operations only run on plain constants: a failure just
 * leaves the node alone. */
static int foldable(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    return t == &kr_int_type || t == &kr_float_type || t == &kr_complex_type ||
           t == &kr_str_type || t == &kr_bytes_type || t == &kr_tuple_type ||
           t == &kr_bool_type || t == &kr_frozenset_type || o == kr_None ||
           o == kr_Ellipsis;
}

static int has_starred(KrExprSeq *elts);

/* One "%[flags][width][.prec]spec" unit at *pos (just after the '%'):
 * only s/r/a with a width and/or precision of at most 2 digits are
 * turned into f-string fields, as 3.11 does.  Returns the FormattedValue
 * node, NULL when the unit is not convertible (no error), or sets *err. */
static KrExpr *format_unit(Folder *f, KrObject *fmt, Kr_ssize_t *pos, KrExpr *arg, int *err)
{
    Kr_ssize_t p = *pos, len = KR_STR_LEN(fmt);
    uint32_t ch;
    int ljust = 0, width = -1, prec = -1;
#define NEXT()                                                                    do {                                                                              if (p >= len)                                                                     return NULL;                                                              ch = KR_STR_CHAR(fmt, p);                                                     p++;                                                                      } while (0)
    for (;;) {
        NEXT();
        if (ch == '-')
            ljust = 1;
        else if (ch == '+' || ch == ' ' || ch == '#' || ch == '0')
            ;
        else
            break;
    }
    if (ch >= '0' && ch <= '9') {
        int digits = 0;
        width = 0;
        while (ch >= '0' && ch <= '9') {
            width = width * 10 + (int)(ch - '0');
            NEXT();
            if (++digits >= 3)
                return NULL;
        }
    }
    if (ch == '.') {
        NEXT();
        prec = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            prec = prec * 10 + (int)(ch - '0');
            NEXT();
            if (++digits >= 3)
                return NULL;
        }
    }
#undef NEXT
    if (ch != 's' && ch != 'r' && ch != 'a')
        return NULL;
    *pos = p;
    char spec[16], *w = spec;
    if (!ljust && width > 0)
        *w++ = '>';
    if (width >= 0)
        w += snprintf(w, 4, "%d", width);
    if (prec >= 0)
        w += snprintf(w, 5, ".%d", prec);
    KrExpr *fs = NULL;
    if (w != spec) {
        KrObject *so = kr_str_from_utf8(spec, w - spec);
        if (!so || kr_arena_add_object(f->arena, so) < 0) {
            *err = 1;
            return NULL;
        }
        fs = kr_ast_Constant(so, NULL, -1, -1, -1, -1, f->arena);
        if (!fs) {
            *err = 1;
            return NULL;
        }
    }
    KrExpr *fv = kr_ast_FormattedValue(arg, (int)ch, fs, arg->lineno, arg->col_offset,
                                       arg->end_lineno, arg->end_col_offset, f->arena);
    if (!fv)
        *err = 1;
    return fv;
}

/* The literal text from *pos up to the next lone '%' ("%%" is a '%'), as
 * a Constant node; NULL when empty or on error (*err). */
static KrExpr *format_literal(Folder *f, KrObject *fmt, Kr_ssize_t *pos, int *err)
{
    Kr_ssize_t p = *pos, len = KR_STR_LEN(fmt), start = p;
    int percents = 0;
    while (p < len) {
        if (KR_STR_CHAR(fmt, p) != '%') {
            p++;
        } else if (p + 1 < len && KR_STR_CHAR(fmt, p + 1) == '%') {
            percents = 1;
            p += 2;
        } else {
            break;
        }
    }
    *pos = p;
    if (p == start)
        return NULL;
    uint32_t *buf = malloc(sizeof(uint32_t) * (size_t)(p - start));
    if (!buf) {
        kr_err_no_memory();
        *err = 1;
        return NULL;
    }
    Kr_ssize_t n = 0;
    for (Kr_ssize_t i = start; i < p; i++) {
        uint32_t ch = KR_STR_CHAR(fmt, i);
        buf[n++] = ch;
        if (percents && ch == '%')
            i++;                /* "%%" -> "%" */
    }
    KrObject *so = kr_str_from_ucs4(buf, n);
    free(buf);
    if (!so || kr_arena_add_object(f->arena, so) < 0) {
        *err = 1;
        return NULL;
    }
    KrExpr *c = kr_ast_Constant(so, NULL, -1, -1, -1, -1, f->arena);
    if (!c)
        *err = 1;
    return c;
}

/* 'text %s more %r' % (a, b)  ->  f'text {a!s} more {b!r}' when every unit
 * is a simple s/r/a and the counts match (3.11's ast optimizer). */
static int optimize_format(Folder *f, KrExpr *e, KrObject *fmt, KrExprSeq *elts)
{
    Kr_ssize_t nelts = KR_SEQ_LEN(elts), pos = 0, cnt = 0;
    KrExprSeq *seq = kr_ast_expr_seq_new(nelts * 2 + 1, f->arena);
    if (!seq)
        return -1;
    seq->size = 0;
    int err = 0;
    for (;;) {
        KrExpr *lit = format_literal(f, fmt, &pos, &err);
        if (err)
            return -1;
        if (lit)
            seq->items[seq->size++] = lit;
        if (pos >= KR_STR_LEN(fmt))
            break;
        if (cnt >= nelts)
            return 0;           /* more units than items */
        pos++;                  /* the '%' */
        KrExpr *fv = format_unit(f, fmt, &pos, KR_SEQ_GET(elts, cnt), &err);
        if (err)
            return -1;
        if (!fv)
            return 0;
        cnt++;
        seq->items[seq->size++] = fv;
    }
    if (cnt < nelts)
        return 0;               /* more items than units */
    e->kind = KR_EXPR_JoinedStr;
    e->v.JoinedStr.values = seq;
    return 0;
}

static int fold_binop(Folder *f, KrExpr *e)
{
    KrExpr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
    if (l->kind == KR_EXPR_Constant && e->v.BinOp.op == KR_OPERATOR_Mod &&
        r->kind == KR_EXPR_Tuple && KR_STR_CHECK(l->v.Constant.value) &&
        !has_starred(r->v.Tuple.elts))
        return optimize_format(f, e, l->v.Constant.value, r->v.Tuple.elts);
    if (l->kind != KR_EXPR_Constant || r->kind != KR_EXPR_Constant)
        return 0;
    KrObject *lv = l->v.Constant.value, *rv = r->v.Constant.value;
    if (!foldable(lv) || !foldable(rv))
        return 0;
    KrObject *nv = NULL;
    switch (e->v.BinOp.op) {
    case KR_OPERATOR_Mult: nv = safe_multiply(lv, rv); break;
    case KR_OPERATOR_Pow: nv = safe_power(lv, rv); break;
    case KR_OPERATOR_LShift: nv = safe_lshift(lv, rv); break;
    case KR_OPERATOR_Mod: nv = safe_mod(lv, rv); break;
    case KR_OPERATOR_MatMult: return 0;
    default: nv = kr_number_binop(lv, rv, binop_code(e->v.BinOp.op)); break;
    }
    if (nv == kr_NotImplemented) {
        kr_decref(nv);
        return 0;
    }
    if (!nv && !kr_err_occurred())
        return 0;
    return make_const(f, e, nv);
}

static int fold_unaryop(Folder *f, KrExpr *e)
{
    KrExpr *arg = e->v.UnaryOp.operand;
    if (arg->kind != KR_EXPR_Constant) {
        /* not (a in b) -> a not in b, and friends */
        if (e->v.UnaryOp.op == KR_UNARYOP_Not && arg->kind == KR_EXPR_Compare &&
            KR_SEQ_LEN(arg->v.Compare.ops) == 1) {
            KrCmpop op = KR_SEQ_GET(arg->v.Compare.ops, 0), nop = 0;
            switch (op) {
            case KR_CMPOP_Is: nop = KR_CMPOP_IsNot; break;
            case KR_CMPOP_IsNot: nop = KR_CMPOP_Is; break;
            case KR_CMPOP_In: nop = KR_CMPOP_NotIn; break;
            case KR_CMPOP_NotIn: nop = KR_CMPOP_In; break;
            default: break;
            }
            if (nop) {
                KrCmpopSeq *ops = kr_ast_cmpop_seq_new(1, f->arena);
                if (!ops)
                    return -1;
                ops->items[0] = nop;
                int l = e->lineno, co = e->col_offset, el = e->end_lineno,
                    ec = e->end_col_offset;
                *e = *arg;
                e->v.Compare.ops = ops;
                e->lineno = l;
                e->col_offset = co;
                e->end_lineno = el;
                e->end_col_offset = ec;
            }
        }
        return 0;
    }
    KrObject *v = arg->v.Constant.value;
    if (!foldable(v))
        return 0;
    KrObject *nv = NULL;
    switch (e->v.UnaryOp.op) {
    case KR_UNARYOP_Invert: nv = kr_number_invert(v); break;
    case KR_UNARYOP_Not: {
        int t = kr_object_is_true(v);
        nv = t < 0 ? NULL : kr_bool_from(!t);
        break;
    }
    case KR_UNARYOP_UAdd: nv = kr_number_positive(v); break;
    case KR_UNARYOP_USub: nv = kr_number_negative(v); break;
    }
    return make_const(f, e, nv);
}

static int fold_tuple(Folder *f, KrExpr *e)
{
    if (e->v.Tuple.ctx != KR_EXPR_CONTEXT_Load)
        return 0;
    KrExprSeq *elts = e->v.Tuple.elts;
    Kr_ssize_t n = KR_SEQ_LEN(elts);
    if (!all_const(elts, 0, n))
        return 0;
    return make_const(f, e, const_tuple(elts, 0, n));
}

/* `x in [1, 2]` -> tuple, `x in {1, 2}` -> frozenset; also for-loops. */
static int has_starred(KrExprSeq *elts)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(elts); i++)
        if (KR_SEQ_GET(elts, i)->kind == KR_EXPR_Starred)
            return 1;
    return 0;
}

static int fold_iter(Folder *f, KrExpr *e)
{
    if (e->kind == KR_EXPR_List) {
        /* iterating over a list display: a tuple does the same, cheaper */
        KrExprSeq *elts = e->v.List.elts;
        Kr_ssize_t n = KR_SEQ_LEN(elts);
        if (has_starred(elts))
            return 0;
        KrExprContext ctx = e->v.List.ctx;
        e->kind = KR_EXPR_Tuple;
        e->v.Tuple.elts = elts;
        e->v.Tuple.ctx = ctx;
        if (!all_const(elts, 0, n))
            return 0;
        return make_const(f, e, const_tuple(elts, 0, n));
    }
    if (e->kind == KR_EXPR_Set) {
        KrExprSeq *elts = e->v.Set.elts;
        Kr_ssize_t n = KR_SEQ_LEN(elts);
        if (!all_const(elts, 0, n))
            return 0;
        KrObject *t = const_tuple(elts, 0, n);
        if (!t)
            return -1;
        KrObject *fs = kr_frozenset_new(t);
        kr_decref(t);
        return make_const(f, e, fs);
    }
    return 0;
}

static int fold_exprs(Folder *f, KrExprSeq *seq)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(seq); i++)
        if (KR_SEQ_GET(seq, i))
            TRY(fold_expr(f, KR_SEQ_GET(seq, i)));
    return 0;
}

static int fold_arguments(Folder *f, KrArguments *a)
{
    if (f->future_annotations)
        goto defaults;
    KrArgSeq *seqs[3] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int s = 0; s < 3; s++)
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(seqs[s]); i++)
            if (KR_SEQ_GET(seqs[s], i)->annotation)
                TRY(fold_expr(f, KR_SEQ_GET(seqs[s], i)->annotation));
    if (a->vararg && a->vararg->annotation)
        TRY(fold_expr(f, a->vararg->annotation));
    if (a->kwarg && a->kwarg->annotation)
        TRY(fold_expr(f, a->kwarg->annotation));
defaults:
    TRY(fold_exprs(f, a->kw_defaults));
    return fold_exprs(f, a->defaults);
}

static int fold_comprehensions(Folder *f, KrComprehensionSeq *gens)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(gens); i++) {
        KrComprehension *g = KR_SEQ_GET(gens, i);
        TRY(fold_expr(f, g->target));
        TRY(fold_expr(f, g->iter));
        TRY(fold_exprs(f, g->ifs));
        TRY(fold_iter(f, g->iter));
    }
    return 0;
}

#define FOLD(e)                                                               \
    do {                                                                      \
        if ((e) && fold_expr(f, (e)) < 0)                                     \
            goto fail;                                                        \
    } while (0)

static int fold_expr(Folder *f, KrExpr *e)
{
    if (++f->depth > 3000) {
        f->depth--;
        kr_err_set_string(&kr_exc_RecursionError,
                          "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = 0;
    switch (e->kind) {
    case KR_EXPR_BoolOp:
        if (fold_exprs(f, e->v.BoolOp.values) < 0)
            goto fail;
        break;
    case KR_EXPR_BinOp:
        FOLD(e->v.BinOp.left);
        FOLD(e->v.BinOp.right);
        r = fold_binop(f, e);
        break;
    case KR_EXPR_UnaryOp:
        FOLD(e->v.UnaryOp.operand);
        r = fold_unaryop(f, e);
        break;
    case KR_EXPR_Lambda:
        if (fold_arguments(f, e->v.Lambda.args) < 0)
            goto fail;
        FOLD(e->v.Lambda.body);
        break;
    case KR_EXPR_IfExp:
        FOLD(e->v.IfExp.test);
        FOLD(e->v.IfExp.body);
        FOLD(e->v.IfExp.orelse);
        break;
    case KR_EXPR_Dict:
        if (fold_exprs(f, e->v.Dict.keys) < 0 || fold_exprs(f, e->v.Dict.values) < 0)
            goto fail;
        break;
    case KR_EXPR_Set:
        if (fold_exprs(f, e->v.Set.elts) < 0)
            goto fail;
        break;
    case KR_EXPR_ListComp:
        FOLD(e->v.ListComp.elt);
        if (fold_comprehensions(f, e->v.ListComp.generators) < 0)
            goto fail;
        break;
    case KR_EXPR_SetComp:
        FOLD(e->v.SetComp.elt);
        if (fold_comprehensions(f, e->v.SetComp.generators) < 0)
            goto fail;
        break;
    case KR_EXPR_DictComp:
        FOLD(e->v.DictComp.key);
        FOLD(e->v.DictComp.value);
        if (fold_comprehensions(f, e->v.DictComp.generators) < 0)
            goto fail;
        break;
    case KR_EXPR_GeneratorExp:
        FOLD(e->v.GeneratorExp.elt);
        if (fold_comprehensions(f, e->v.GeneratorExp.generators) < 0)
            goto fail;
        break;
    case KR_EXPR_Await:
        FOLD(e->v.Await.value);
        break;
    case KR_EXPR_Yield:
        FOLD(e->v.Yield.value);
        break;
    case KR_EXPR_YieldFrom:
        FOLD(e->v.YieldFrom.value);
        break;
    case KR_EXPR_Compare: {
        FOLD(e->v.Compare.left);
        if (fold_exprs(f, e->v.Compare.comparators) < 0)
            goto fail;
        Kr_ssize_t i = KR_SEQ_LEN(e->v.Compare.ops) - 1;
        KrCmpop op = KR_SEQ_GET(e->v.Compare.ops, i);
        if (op == KR_CMPOP_In || op == KR_CMPOP_NotIn)
            r = fold_iter(f, KR_SEQ_GET(e->v.Compare.comparators, i));
        break;
    }
    case KR_EXPR_Call:
        FOLD(e->v.Call.func);
        if (fold_exprs(f, e->v.Call.args) < 0)
            goto fail;
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(e->v.Call.keywords); i++)
            FOLD(KR_SEQ_GET(e->v.Call.keywords, i)->value);
        break;
    case KR_EXPR_FormattedValue:
        FOLD(e->v.FormattedValue.value);
        FOLD(e->v.FormattedValue.format_spec);
        break;
    case KR_EXPR_JoinedStr:
        if (fold_exprs(f, e->v.JoinedStr.values) < 0)
            goto fail;
        break;
    case KR_EXPR_Attribute:
        FOLD(e->v.Attribute.value);
        break;
    case KR_EXPR_Subscript:
        FOLD(e->v.Subscript.value);
        FOLD(e->v.Subscript.slice);
        if (e->v.Subscript.ctx == KR_EXPR_CONTEXT_Load &&
            e->v.Subscript.value->kind == KR_EXPR_Constant &&
            e->v.Subscript.slice->kind == KR_EXPR_Constant &&
            foldable(e->v.Subscript.value->v.Constant.value) &&
            foldable(e->v.Subscript.slice->v.Constant.value))
            r = make_const(f, e, kr_object_getitem(e->v.Subscript.value->v.Constant.value,
                                                   e->v.Subscript.slice->v.Constant.value));
        break;
    case KR_EXPR_Starred:
        FOLD(e->v.Starred.value);
        break;
    case KR_EXPR_Slice:
        FOLD(e->v.Slice.lower);
        FOLD(e->v.Slice.upper);
        FOLD(e->v.Slice.step);
        break;
    case KR_EXPR_List:
        if (fold_exprs(f, e->v.List.elts) < 0)
            goto fail;
        break;
    case KR_EXPR_Tuple:
        if (fold_exprs(f, e->v.Tuple.elts) < 0)
            goto fail;
        r = fold_tuple(f, e);
        break;
    case KR_EXPR_Name:
        if (e->v.Name.ctx == KR_EXPR_CONTEXT_Load && kr_str_eq_cstr(e->v.Name.id, "__debug__"))
            r = make_const(f, e, kr_bool_from(!f->optimize));
        break;
    case KR_EXPR_NamedExpr:
        FOLD(e->v.NamedExpr.value);
        break;
    case KR_EXPR_Constant:
        break;
    }
    f->depth--;
    return r;
fail:
    f->depth--;
    return -1;
}

/* Patterns hold expressions too (values like -1 or 1+2j, mapping keys). */
static int fold_pattern(Folder *f, KrPattern *p)
{
    Kr_ssize_t i;
    switch (p->kind) {
    case KR_PATTERN_MatchValue:
        return fold_expr(f, p->v.MatchValue.value);
    case KR_PATTERN_MatchSequence:
        for (i = 0; i < KR_SEQ_LEN(p->v.MatchSequence.patterns); i++)
            TRY(fold_pattern(f, KR_SEQ_GET(p->v.MatchSequence.patterns, i)));
        return 0;
    case KR_PATTERN_MatchMapping:
        TRY(fold_exprs(f, p->v.MatchMapping.keys));
        for (i = 0; i < KR_SEQ_LEN(p->v.MatchMapping.patterns); i++)
            TRY(fold_pattern(f, KR_SEQ_GET(p->v.MatchMapping.patterns, i)));
        return 0;
    case KR_PATTERN_MatchClass:
        TRY(fold_expr(f, p->v.MatchClass.cls));
        for (i = 0; i < KR_SEQ_LEN(p->v.MatchClass.patterns); i++)
            TRY(fold_pattern(f, KR_SEQ_GET(p->v.MatchClass.patterns, i)));
        for (i = 0; i < KR_SEQ_LEN(p->v.MatchClass.kwd_patterns); i++)
            TRY(fold_pattern(f, KR_SEQ_GET(p->v.MatchClass.kwd_patterns, i)));
        return 0;
    case KR_PATTERN_MatchAs:
        return p->v.MatchAs.pattern ? fold_pattern(f, p->v.MatchAs.pattern) : 0;
    case KR_PATTERN_MatchOr:
        for (i = 0; i < KR_SEQ_LEN(p->v.MatchOr.patterns); i++)
            TRY(fold_pattern(f, KR_SEQ_GET(p->v.MatchOr.patterns, i)));
        return 0;
    default:
        return 0;
    }
}

static int fold_stmt(Folder *f, KrStmt *s)
{
    switch (s->kind) {
    case KR_STMT_FunctionDef:
    case KR_STMT_AsyncFunctionDef:      /* same layout */
        TRY(fold_arguments(f, s->v.FunctionDef.args));
        TRY(fold_stmts(f, s->v.FunctionDef.body));
        TRY(fold_exprs(f, s->v.FunctionDef.decorator_list));
        if (s->v.FunctionDef.returns && !f->future_annotations)
            TRY(fold_expr(f, s->v.FunctionDef.returns));
        return 0;
    case KR_STMT_ClassDef:
        TRY(fold_exprs(f, s->v.ClassDef.bases));
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.ClassDef.keywords); i++)
            TRY(fold_expr(f, KR_SEQ_GET(s->v.ClassDef.keywords, i)->value));
        TRY(fold_stmts(f, s->v.ClassDef.body));
        return fold_exprs(f, s->v.ClassDef.decorator_list);
    case KR_STMT_Return:
        return s->v.Return.value ? fold_expr(f, s->v.Return.value) : 0;
    case KR_STMT_Delete:
        return fold_exprs(f, s->v.Delete.targets);
    case KR_STMT_Assign:
        TRY(fold_exprs(f, s->v.Assign.targets));
        return fold_expr(f, s->v.Assign.value);
    case KR_STMT_AugAssign:
        TRY(fold_expr(f, s->v.AugAssign.target));
        return fold_expr(f, s->v.AugAssign.value);
    case KR_STMT_AnnAssign:
        TRY(fold_expr(f, s->v.AnnAssign.target));
        if (!f->future_annotations)
            TRY(fold_expr(f, s->v.AnnAssign.annotation));
        return s->v.AnnAssign.value ? fold_expr(f, s->v.AnnAssign.value) : 0;
    case KR_STMT_AsyncFor:              /* same layout, iterable left alone */
        TRY(fold_expr(f, s->v.For.target));
        TRY(fold_expr(f, s->v.For.iter));
        TRY(fold_stmts(f, s->v.For.body));
        return fold_stmts(f, s->v.For.orelse);
    case KR_STMT_For:
        TRY(fold_expr(f, s->v.For.target));
        TRY(fold_expr(f, s->v.For.iter));
        TRY(fold_stmts(f, s->v.For.body));
        TRY(fold_stmts(f, s->v.For.orelse));
        return fold_iter(f, s->v.For.iter);
    case KR_STMT_While:
        TRY(fold_expr(f, s->v.While.test));
        TRY(fold_stmts(f, s->v.While.body));
        return fold_stmts(f, s->v.While.orelse);
    case KR_STMT_If:
        TRY(fold_expr(f, s->v.If.test));
        TRY(fold_stmts(f, s->v.If.body));
        return fold_stmts(f, s->v.If.orelse);
    case KR_STMT_With:
    case KR_STMT_AsyncWith:             /* same layout */
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.With.items); i++) {
            KrWithitem *w = KR_SEQ_GET(s->v.With.items, i);
            TRY(fold_expr(f, w->context_expr));
            if (w->optional_vars)
                TRY(fold_expr(f, w->optional_vars));
        }
        return fold_stmts(f, s->v.With.body);
    case KR_STMT_Raise:
        if (s->v.Raise.exc)
            TRY(fold_expr(f, s->v.Raise.exc));
        return s->v.Raise.cause ? fold_expr(f, s->v.Raise.cause) : 0;
    case KR_STMT_Try:
    case KR_STMT_TryStar:           /* same fields as Try (see try_finally) */
        TRY(fold_stmts(f, s->v.Try.body));
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.Try.handlers); i++) {
            KrExcepthandler *h = KR_SEQ_GET(s->v.Try.handlers, i);
            if (h->v.ExceptHandler.type)
                TRY(fold_expr(f, h->v.ExceptHandler.type));
            TRY(fold_stmts(f, h->v.ExceptHandler.body));
        }
        TRY(fold_stmts(f, s->v.Try.orelse));
        return fold_stmts(f, s->v.Try.finalbody);
    case KR_STMT_Assert:
        TRY(fold_expr(f, s->v.Assert.test));
        return s->v.Assert.msg ? fold_expr(f, s->v.Assert.msg) : 0;
    case KR_STMT_Match:
        TRY(fold_expr(f, s->v.Match.subject));
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.Match.cases); i++) {
            KrMatchCase *m = KR_SEQ_GET(s->v.Match.cases, i);
            TRY(fold_pattern(f, m->pattern));
            if (m->guard)
                TRY(fold_expr(f, m->guard));
            TRY(fold_stmts(f, m->body));
        }
        return 0;
    case KR_STMT_Expr:
        return fold_expr(f, s->v.Expr.value);
    default:
        return 0;
    }
}

static int fold_stmts(Folder *f, KrStmtSeq *seq)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(seq); i++)
        TRY(fold_stmt(f, KR_SEQ_GET(seq, i)));
    return 0;
}

/* Does the module start with `from __future__ import annotations`
 * (after an optional docstring and other future imports)? */
static int has_future_annotations(KrMod *mod)
{
    if (mod->kind != KR_MOD_Module)
        return 0;
    KrStmtSeq *body = mod->v.Module.body;
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(body); i++) {
        KrStmt *s = KR_SEQ_GET(body, i);
        if (i == 0 && s->kind == KR_STMT_Expr && s->v.Expr.value->kind == KR_EXPR_Constant &&
            KR_STR_CHECK(s->v.Expr.value->v.Constant.value))
            continue;
        if (s->kind != KR_STMT_ImportFrom || !s->v.ImportFrom.module ||
            !kr_str_eq_cstr(s->v.ImportFrom.module, "__future__"))
            return 0;
        for (Kr_ssize_t j = 0; j < KR_SEQ_LEN(s->v.ImportFrom.names); j++)
            if (kr_str_eq_cstr(KR_SEQ_GET(s->v.ImportFrom.names, j)->name, "annotations"))
                return 1;
    }
    return 0;
}

int kr_compile_fold(KrMod *mod, KrArena *arena, int optimize)
{
    Folder f = {arena, optimize, 0, has_future_annotations(mod)};
    switch (mod->kind) {
    case KR_MOD_Module:
        return fold_stmts(&f, mod->v.Module.body);
    case KR_MOD_Interactive:
        return fold_stmts(&f, mod->v.Interactive.body);
    case KR_MOD_Expression:
        return fold_expr(&f, mod->v.Expression.body);
    default:
        return 0;
    }
}

/* ====================================================================== */
/* Entry points                                                           */
/* ====================================================================== */

static KrObject *compile_mod(KrMod *mod, KrObject *filename, int mode, int flags,
                             KrArena *arena, const char *source, Kr_ssize_t source_len)
{
    Compiler comp;
    memset(&comp, 0, sizeof comp);
    Compiler *c = &comp;
    KrObject *fn = NULL, *co = NULL;
    if (!filename) {
        fn = kr_str_from_cstr("<unknown>");
        if (!fn)
            return NULL;
        filename = fn;
    }
    c->filename = filename;
    c->arena = arena;
    c->source = source;
    c->source_len = source_len;
    c->optimize = (flags & KR_CF_OPTIMIZE_1) ? 1 : 0;
    c->future_annotations = (flags & KR_CF_FUTURE_ANNOTATIONS) || has_future_annotations(mod);
    c->const_cache = kr_dict_new();
    if (c->const_cache == NULL) {
        kr_xdecref(fn);
        return NULL;
    }
    (void)mode;
    {
        Folder f = {arena, c->optimize, 0, c->future_annotations};
        int r = 0;
        switch (mod->kind) {
        case KR_MOD_Module: r = fold_stmts(&f, mod->v.Module.body); break;
        case KR_MOD_Interactive: r = fold_stmts(&f, mod->v.Interactive.body); break;
        case KR_MOD_Expression: r = fold_expr(&f, mod->v.Expression.body); break;
        default: break;
        }
        if (r < 0)
            goto done;
    }
    c->st = kr_symtable_build(mod, filename, arena, source, source_len);
    if (!c->st)
        goto done;
    if (enter_scope(c, intern(c, "<module>"), SCOPE_MODULE, mod, 1) < 0)
        goto unit_fail;
    int add_none = 1;
    switch (mod->kind) {
    case KR_MOD_Module:
        if (body(c, mod->v.Module.body) < 0)
            goto unit_fail;
        break;
    case KR_MOD_Interactive:
        c->interactive = 1;
        if (find_ann(mod->v.Interactive.body) && addop(c, KR_OP_SETUP_ANNOTATIONS) < 0)
            goto unit_fail;
        if (visit_stmts(c, mod->v.Interactive.body) < 0)
            goto unit_fail;
        break;
    case KR_MOD_Expression:
        if (visit_expr(c, mod->v.Expression.body) < 0)
            goto unit_fail;
        add_none = 0;
        break;
    default:
        kr_err_set_string(&kr_exc_SystemError, "cannot compile this module kind");
        goto unit_fail;
    }
    co = assemble(c, add_none);
unit_fail:
    while (c->u)
        exit_scope(c);
done:
    kr_symtable_free(c->st);
    kr_xdecref(fn);
    kr_decref(c->const_cache);
    return co;
}

KrObject *kr_compile_mod(KrMod *mod, KrObject *filename, int mode, int flags, KrArena *arena)
{
    return compile_mod(mod, filename, mode, flags, arena, NULL, 0);
}

KrObject *kr_compile_source(const char *src, Kr_ssize_t len, KrObject *filename, int mode,
                            int flags)
{
    KrArena *arena = kr_arena_new();
    if (!arena)
        return NULL;
    KrObject *co = NULL;
    KrMod *mod = kr_parse(src, len, filename, mode, arena);
    if (mod)
        co = compile_mod(mod, filename, mode, flags, arena, src, len);
    kr_arena_free(arena);
    return co;
}

/* ====================================================================== */
/* Disassembly                                                            */
/* ====================================================================== */

static const char *const binop_syms[] = {
#define X(name, sym, field) sym,
    KR_BINOPS(X)
#undef X
};
static const char *const cmp_syms[] = {"<", "<=", "==", "!=", ">", ">="};

/* Name of local slot k (varnames, then non-argument cells, then frees). */
static KrObject *slot_name(KrCode *co, int k)
{
    int nlocals = (int)KR_SIZE(co->varnames);
    if (k < nlocals)
        return KR_TUPLE_GET(co->varnames, k);
    int nargs = co->argcount + co->kwonlyargcount + ((co->flags & KR_CO_VARARGS) ? 1 : 0) +
                ((co->flags & KR_CO_VARKEYWORDS) ? 1 : 0);
    int idx = nlocals;
    for (Kr_ssize_t i = 0; i < KR_SIZE(co->cellvars); i++) {
        KrObject *name = KR_TUPLE_GET(co->cellvars, i);
        int is_arg = 0;
        for (int a = 0; a < nargs && a < nlocals; a++)
            if (kr_str_eq(KR_TUPLE_GET(co->varnames, a), name))
                is_arg = 1;
        if (is_arg)
            continue;
        if (idx == k)
            return name;
        idx++;
    }
    k -= idx;
    if (k >= 0 && k < KR_SIZE(co->freevars))
        return KR_TUPLE_GET(co->freevars, k);
    return NULL;
}

static int dis_one(KrBuf *buf, KrCode *co)
{
    Kr_ssize_t n = co->ncodeunits;
    /* jump targets */
    char *target = calloc((size_t)n + 1, 1);
    if (!target) {
        kr_err_no_memory();
        return -1;
    }
    int maxline = 0;
    for (Kr_ssize_t i = 0; i < n; i++)
        if (co->positions && co->positions[i].line > maxline)
            maxline = co->positions[i].line;
    unsigned ext = 0;
    for (Kr_ssize_t i = 0; i < n;) {
        int op = KR_UNIT_OP(co->code[i]);
        unsigned arg = KR_UNIT_ARG(co->code[i]) | (ext << 8);
        ext = op == KR_OP_EXTENDED_ARG ? arg : 0;
        Kr_ssize_t next = i + 1 + (op < KR_OP_COUNT ? KR_OP_CACHE(op) : 0);
        if (op < KR_OP_COUNT && kr_opcode_argkind[op] == KR_ARG_JREL && next + arg <= (unsigned)n)
            target[next + arg] = 1;
        if (op < KR_OP_COUNT && kr_opcode_argkind[op] == KR_ARG_JBACK && next >= (Kr_ssize_t)arg)
            target[next - arg] = 1;
        i = next;
    }
    for (int e = 0; e < co->nexctable; e++)
        if (co->exctable[e].target < n)
            target[co->exctable[e].target] = 1;
    int lw = 3;
    for (int m = maxline; m >= 1000; m /= 10)
        lw++;
    int ow = 4;
    for (Kr_ssize_t m = n * 2; m >= 10000; m /= 10)
        ow++;
    int last_line = -2;
    ext = 0;
    for (Kr_ssize_t i = 0; i < n;) {
        int op = KR_UNIT_OP(co->code[i]);
        unsigned arg = KR_UNIT_ARG(co->code[i]) | (ext << 8);
        Kr_ssize_t next = i + 1 + (op < KR_OP_COUNT ? KR_OP_CACHE(op) : 0);
        int line = co->positions ? co->positions[i].line : -1;
        char linebuf[32] = "";
        /* as 3.11's dis.findlinestarts: unknown lines do not count */
        int starts = line >= 0 && line != last_line;
        if (starts) {
            last_line = line;
            if (i > 0)
                kr_buf_putc(buf, '\n');
            snprintf(linebuf, sizeof linebuf, "%*d", lw > 12 ? 12 : lw, line);
        } else {
            snprintf(linebuf, sizeof linebuf, "%*s", lw, "");
        }
        const char *name = op < KR_OP_COUNT ? kr_opcode_names[op] : "<unknown>";
        KrBuf line_b;
        kr_buf_init(&line_b);
        kr_buf_printf(&line_b, "%s     %s %*d %-20s", linebuf, target[i] ? ">>" : "  ", ow,
                      (int)(i * 2), name);
        int kind = op < KR_OP_COUNT ? kr_opcode_argkind[op] : KR_ARG_NONE;
        if (kind != KR_ARG_NONE) {
            kr_buf_printf(&line_b, " %5u", arg);
            KrObject *rep = NULL;
            const char *s = NULL;
            char tmp[64];
            switch (kind) {
            case KR_ARG_CONST:
                /* 3.11's dis prints KW_NAMES without its tuple */
                if (op != KR_OP_KW_NAMES && arg < (unsigned)KR_SIZE(co->consts))
                    rep = kr_object_repr(KR_TUPLE_GET(co->consts, arg));
                break;
            case KR_ARG_NAME:
                if (arg < (unsigned)KR_SIZE(co->names))
                    rep = kr_newref(KR_TUPLE_GET(co->names, arg));
                break;
            case KR_ARG_GLOBAL:
                if ((arg >> 1) < (unsigned)KR_SIZE(co->names)) {
                    KrObject *nm = KR_TUPLE_GET(co->names, arg >> 1);
                    rep = (arg & 1) ? kr_str_from_format("NULL + %U", nm) : kr_newref(nm);
                }
                break;
            case KR_ARG_LOCAL:
                if (arg < (unsigned)KR_SIZE(co->varnames))
                    rep = kr_newref(KR_TUPLE_GET(co->varnames, arg));
                break;
            case KR_ARG_FREE: {
                KrObject *nm = slot_name(co, (int)arg);
                if (nm)
                    rep = kr_newref(nm);
                break;
            }
            case KR_ARG_JREL:
                snprintf(tmp, sizeof tmp, "to %d", (int)((next + arg) * 2));
                s = tmp;
                break;
            case KR_ARG_JBACK:
                snprintf(tmp, sizeof tmp, "to %d", (int)((next - (Kr_ssize_t)arg) * 2));
                s = tmp;
                break;
            case KR_ARG_BINOP:
                if (arg < KR_NB_INPLACE) {
                    s = binop_syms[arg];
                } else if (arg < KR_NB_COUNT) {
                    snprintf(tmp, sizeof tmp, "%s=", binop_syms[arg - KR_NB_INPLACE]);
                    s = tmp;
                }
                break;
            case KR_ARG_COMPARE:
                if (arg < 6)
                    s = cmp_syms[arg];
                break;
            case KR_ARG_FORMAT: {
                static const char *const conv[] = {"", "str", "repr", "ascii"};
                if ((arg & 3) && (arg & 4))
                    snprintf(tmp, sizeof tmp, "%s, with format", conv[arg & 3]);
                else if (arg & 3)
                    snprintf(tmp, sizeof tmp, "%s", conv[arg & 3]);
                else if (arg & 4)
                    snprintf(tmp, sizeof tmp, "with format");
                else
                    tmp[0] = 0;
                s = tmp;
                break;
            }
            default:
                if (op == KR_OP_MAKE_FUNCTION && arg) {
                    static const char *const fl[] = {"defaults", "kwdefaults", "annotations",
                                                     "closure"};
                    tmp[0] = 0;
                    for (int b = 0; b < 4; b++)
                        if (arg & (1u << b)) {
                            if (tmp[0])
                                strcat(tmp, ", ");
                            strcat(tmp, fl[b]);
                        }
                    s = tmp;
                }
                break;
            }
            if (rep) {
                /* dis prints no "()" for an empty argrepr */
                if (!(KR_STR_CHECK(rep) && KR_STR_LEN(rep) == 0)) {
                    kr_buf_puts(&line_b, " (");
                    kr_buf_append_str(&line_b, rep);
                    kr_buf_putc(&line_b, ')');
                }
                kr_decref(rep);
            } else if (kr_err_occurred()) {
                kr_buf_free(&line_b);
                free(target);
                return -1;
            } else if (s && s[0]) {
                kr_buf_printf(&line_b, " (%s)", s);
            }
        }
        /* strip trailing blanks, as dis does */
        while (line_b.len && line_b.data[line_b.len - 1] == ' ')
            line_b.len--;
        kr_buf_append(buf, line_b.data, line_b.len);
        kr_buf_putc(buf, '\n');
        kr_buf_free(&line_b);
        ext = op == KR_OP_EXTENDED_ARG ? arg : 0;
        i = next;
    }
    free(target);
    if (co->nexctable) {
        kr_buf_puts(buf, "ExceptionTable:\n");
        for (int e = 0; e < co->nexctable; e++) {
            KrExcEntry *x = &co->exctable[e];
            kr_buf_printf(buf, "  %d to %d -> %d [%d]%s\n", x->start * 2, (x->end - 1) * 2,
                          x->target * 2, x->depth, x->lasti ? " lasti" : "");
        }
    }
    return 0;
}

static int dis_rec(KrBuf *buf, KrCode *co)
{
    TRY(dis_one(buf, co));
    for (Kr_ssize_t i = 0; i < KR_SIZE(co->consts); i++) {
        KrObject *k = KR_TUPLE_GET(co->consts, i);
        if (!KR_CODE_CHECK(k))
            continue;
        KrObject *rep = kr_object_repr(k);
        if (!rep)
            return -1;
        kr_buf_puts(buf, "\nDisassembly of ");
        kr_buf_append_str(buf, rep);
        kr_buf_puts(buf, ":\n");
        kr_decref(rep);
        TRY(dis_rec(buf, (KrCode *)k));
    }
    return 0;
}

KrObject *kr_code_disassemble(KrObject *code)
{
    if (!KR_CODE_CHECK(code)) {
        kr_err_set_string(&kr_exc_TypeError, "expected a code object");
        return NULL;
    }
    KrBuf buf;
    kr_buf_init(&buf);
    if (dis_rec(&buf, (KrCode *)code) < 0) {
        kr_buf_free(&buf);
        return NULL;
    }
    return kr_buf_finish(&buf);
}
