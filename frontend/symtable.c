/*
 * symtable.c -- scopes and name resolution, CPython 3.11's algorithm.
 *
 * Two passes over the AST:
 *
 *  1. A visitor opens one KrSymEntry per scope (module, class, function,
 *     lambda, comprehension) and records, per name, how the scope uses it:
 *     bound (assigned, parameter, import), used, declared global/nonlocal,
 *     annotated.  Declaration errors that depend on order ("assigned to
 *     before global declaration", duplicate parameters) are raised here.
 *     Comprehensions are separate function scopes whose first iterable is
 *     visited in the enclosing scope; a walrus inside a comprehension binds
 *     in the nearest enclosing function (as nonlocal) or module (global).
 *
 *  2. analyze() walks the entry tree top-down with three name sets: names
 *     bound in enclosing *function* scopes (`bound`), names declared
 *     global (`global`), and bottom-up it collects the names children need
 *     from outside (`free`).  A function's local that a child needs becomes
 *     a CELL; a name a child needs that the function does not bind is FREE
 *     in the function too (passed through).  Class scopes are invisible to
 *     nested functions: their bindings are not added to `bound`, except the
 *     implicit `__class__` cell a method gets by using `super` or
 *     `__class__`.  A class that both binds a name and has a method needing
 *     it as a free variable marks it DEF_FREE_CLASS so the class code object
 *     can still pass the outer cell through.
 *
 * Invariant: after kr_symtable_build every symbol of every entry has a
 * resolved scope; the compiler never guesses.
 */
#include "symtable.h"

#include <stdio.h>
#include <stdlib.h>

/* ---------------------------------------------------------------------- */
/* Errors                                                                 */
/* ---------------------------------------------------------------------- */

static KrObject *source_line(const char *src, Kr_ssize_t len, int lineno)
{
    if (!src || lineno < 1)
        return NULL;
    const char *p = src, *end = src + len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= end)
        return NULL;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    Kr_ssize_t n = e ? (e - p) : (end - p);
    if (n > 0 && p[n - 1] == '\r')
        n--;
    char *tmp = malloc((size_t)n + 2);
    if (!tmp)
        return NULL;
    memcpy(tmp, p, (size_t)n);
    tmp[n++] = '\n';
    KrObject *s = kr_str_from_utf8(tmp, n);
    free(tmp);
    if (!s)
        kr_err_clear();
    return s;
}

int kr_symtable_error(KrObject *filename, const char *source, Kr_ssize_t source_len,
                      int lineno, int col, int end_lineno, int end_col,
                      const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* CPython reads the line back from the file; "<string>" and friends
     * have no file, so no text. */
    KrObject *text = NULL;
    const char *fn = filename ? kr_str_utf8(filename, NULL) : NULL;
    if (!fn)
        kr_err_clear();
    if (fn && fn[0] != '<')
        text = source_line(source, source_len, lineno);
    kr_err_syntax_location(&kr_exc_SyntaxError, msg, filename, lineno, col, end_lineno,
                           end_col, text);
    kr_xdecref(text);
    return -1;
}

static const char *u8(KrObject *s)
{
    const char *r = kr_str_utf8(s, NULL);
    if (!r) {
        kr_err_clear();
        return "?";
    }
    return r;
}

#define ST_ERR(st, ...) \
    kr_symtable_error((st)->filename, (st)->source, (st)->source_len, __VA_ARGS__)

/* ---------------------------------------------------------------------- */
/* Entries and symbols                                                    */
/* ---------------------------------------------------------------------- */

static int grow(void **arr, int *cap, int need, size_t elsize)
{
    if (need <= *cap)
        return 0;
    int nc = *cap ? *cap * 2 : 8;
    while (nc < need)
        nc *= 2;
    void *p = realloc(*arr, (size_t)nc * elsize);
    if (!p) {
        kr_err_no_memory();
        return -1;
    }
    *arr = p;
    *cap = nc;
    return 0;
}

static Kr_hash_t name_hash(KrObject *name)
{
    Kr_hash_t h = kr_str_hash(name);
    if (h == -1) {
        kr_err_clear();
        h = (Kr_hash_t)(uintptr_t)name;
    }
    return h;
}

static int name_eq(KrObject *a, KrObject *b)
{
    return a == b || kr_str_eq(a, b);
}

KrSymbol *kr_symtable_get(KrSymEntry *ste, KrObject *name)
{
    if (!ste->indexcap)
        return NULL;
    size_t mask = (size_t)ste->indexcap - 1;
    size_t i = (size_t)name_hash(name) & mask;
    for (;;) {
        int k = ste->index[i];
        if (k < 0)
            return NULL;
        if (name_eq(ste->syms[k].name, name))
            return &ste->syms[k];
        i = (i + 1) & mask;
    }
}

int kr_symtable_scope(KrSymEntry *ste, KrObject *name)
{
    KrSymbol *s = kr_symtable_get(ste, name);
    return s ? s->scope : KR_SC_NONE;
}

static int reindex(KrSymEntry *ste, int cap)
{
    int *idx = malloc(sizeof(int) * (size_t)cap);
    if (!idx) {
        kr_err_no_memory();
        return -1;
    }
    for (int i = 0; i < cap; i++)
        idx[i] = -1;
    size_t mask = (size_t)cap - 1;
    for (int k = 0; k < ste->nsyms; k++) {
        size_t i = (size_t)name_hash(ste->syms[k].name) & mask;
        while (idx[i] >= 0)
            i = (i + 1) & mask;
        idx[i] = k;
    }
    free(ste->index);
    ste->index = idx;
    ste->indexcap = cap;
    return 0;
}

/* The symbol for name, created (flags 0) if absent. */
static KrSymbol *sym_get_or_add(KrSymEntry *ste, KrObject *name)
{
    KrSymbol *s = kr_symtable_get(ste, name);
    if (s)
        return s;
    if (grow((void **)&ste->syms, &ste->capsyms, ste->nsyms + 1, sizeof(KrSymbol)) < 0)
        return NULL;
    KrSymbol *n = &ste->syms[ste->nsyms++];
    memset(n, 0, sizeof *n);
    n->name = name;
    if ((ste->nsyms + 1) * 2 > ste->indexcap) {
        if (reindex(ste, ste->indexcap ? ste->indexcap * 2 : 16) < 0)
            return NULL;
    } else {
        size_t mask = (size_t)ste->indexcap - 1;
        size_t i = (size_t)name_hash(name) & mask;
        while (ste->index[i] >= 0)
            i = (i + 1) & mask;
        ste->index[i] = ste->nsyms - 1;
    }
    return n;
}

static KrSymEntry *ste_new(KrSymtable *st, KrObject *name, KrBlockType type, const void *key,
                           int lineno, int col)
{
    KrSymEntry *ste = calloc(1, sizeof *ste);
    if (!ste) {
        kr_err_no_memory();
        return NULL;
    }
    ste->type = type;
    ste->name = name;
    ste->key = key;
    ste->lineno = lineno;
    ste->col = col;
    ste->all_next = st->all;
    st->all = ste;
    if (st->cur && (st->cur->nested || st->cur->type == KR_BLOCK_FUNCTION))
        ste->nested = 1;
    /* map key -> entry */
    if ((st->mapcount + 1) * 2 > st->mapcap) {
        int nc = st->mapcap ? st->mapcap * 2 : 32;
        KrSymEntry **m = calloc((size_t)nc, sizeof *m);
        if (!m) {
            kr_err_no_memory();
            return NULL;
        }
        for (int i = 0; i < st->mapcap; i++) {
            KrSymEntry *e = st->map[i];
            if (!e)
                continue;
            size_t j = ((uintptr_t)e->key >> 3) & (size_t)(nc - 1);
            while (m[j])
                j = (j + 1) & (size_t)(nc - 1);
            m[j] = e;
        }
        free(st->map);
        st->map = m;
        st->mapcap = nc;
    }
    size_t j = ((uintptr_t)key >> 3) & (size_t)(st->mapcap - 1);
    while (st->map[j])
        j = (j + 1) & (size_t)(st->mapcap - 1);
    st->map[j] = ste;
    st->mapcount++;
    return ste;
}

KrSymEntry *kr_symtable_lookup(KrSymtable *st, const void *key)
{
    if (!st->mapcap)
        return NULL;
    size_t j = ((uintptr_t)key >> 3) & (size_t)(st->mapcap - 1);
    while (st->map[j]) {
        if (st->map[j]->key == key)
            return st->map[j];
        j = (j + 1) & (size_t)(st->mapcap - 1);
    }
    return NULL;
}

void kr_symtable_free(KrSymtable *st)
{
    if (!st)
        return;
    KrSymEntry *e = st->all;
    while (e) {
        KrSymEntry *n = e->all_next;
        free(e->syms);
        free(e->index);
        free(e->varnames);
        free(e->children);
        free(e);
        e = n;
    }
    free(st->map);
    free(st);
}

/* ---------------------------------------------------------------------- */
/* Mangling                                                               */
/* ---------------------------------------------------------------------- */

KrObject *kr_symtable_mangle(KrObject *private_, KrObject *name, KrArena *arena)
{
    if (!private_ || !name || !KR_STR_CHECK(name))
        return name;
    Kr_ssize_t nlen = KR_STR_LEN(name);
    if (nlen < 2 || KR_STR_CHAR(name, 0) != '_' || KR_STR_CHAR(name, 1) != '_')
        return name;
    /* Don't mangle __id__ or names with dots. */
    if (nlen >= 2 && KR_STR_CHAR(name, nlen - 1) == '_' && KR_STR_CHAR(name, nlen - 2) == '_')
        return name;
    for (Kr_ssize_t i = 0; i < nlen; i++)
        if (KR_STR_CHAR(name, i) == '.')
            return name;
    Kr_ssize_t plen = KR_STR_LEN(private_), ipriv = 0;
    while (ipriv < plen && KR_STR_CHAR(private_, ipriv) == '_')
        ipriv++;
    if (ipriv == plen)
        return name;            /* the class name is all underscores */
    KrObject *cls = kr_str_substr(private_, ipriv, plen);
    if (!cls)
        return NULL;
    KrObject *u = kr_str_intern_cstr("_");
    KrObject *a = kr_str_concat(u, cls);
    kr_decref(cls);
    if (!a)
        return NULL;
    KrObject *r = kr_str_concat(a, name);
    kr_decref(a);
    if (!r)
        return NULL;
    r = kr_str_intern(r);
    if (!r)
        return NULL;
    KrObject *ret = r;
    if (kr_arena_add_object(arena, r) < 0)
        return NULL;
    return ret;
}

/* ---------------------------------------------------------------------- */
/* Pass 1: the visitor                                                    */
/* ---------------------------------------------------------------------- */

static int visit_stmt(KrSymtable *st, KrStmt *s);
static int visit_expr(KrSymtable *st, KrExpr *e);

#define LOC(n) (n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset

static int add_def_in(KrSymtable *st, KrSymEntry *ste, KrObject *name, int flag,
                      int lineno, int col, int end_lineno, int end_col)
{
    KrObject *mangled = kr_symtable_mangle(st->private_, name, st->arena);
    if (!mangled)
        return -1;
    KrSymbol *sym = kr_symtable_get(ste, mangled);
    int val;
    if (sym) {
        val = sym->flags;
        if ((flag & KR_DEF_PARAM) && (val & KR_DEF_PARAM))
            return ST_ERR(st, lineno, col, end_lineno, end_col,
                          "duplicate argument '%s' in function definition", u8(name));
        val |= flag;
    } else {
        val = flag;
    }
    if (ste->comp_iter_target) {
        if (val & (KR_DEF_GLOBAL | KR_DEF_NONLOCAL))
            return ST_ERR(st, lineno, col, end_lineno, end_col,
                          "comprehension inner loop cannot rebind assignment expression "
                          "target '%s'", u8(name));
        val |= KR_DEF_COMP_ITER;
    }
    sym = sym_get_or_add(ste, mangled);
    if (!sym)
        return -1;
    sym->flags = val;
    if (flag & KR_DEF_PARAM) {
        if (grow((void **)&ste->varnames, &ste->capvarnames, ste->nvarnames + 1,
                 sizeof(KrObject *)) < 0)
            return -1;
        ste->varnames[ste->nvarnames++] = mangled;
    } else if (flag & KR_DEF_GLOBAL) {
        KrSymbol *g = sym_get_or_add(st->top, mangled);
        if (!g)
            return -1;
        g->flags |= flag;
    }
    return 0;
}

static int add_def(KrSymtable *st, KrObject *name, int flag, int lineno, int col,
                   int end_lineno, int end_col)
{
    return add_def_in(st, st->cur, name, flag, lineno, col, end_lineno, end_col);
}

static int lookup_flags(KrSymtable *st, KrObject *name)
{
    KrObject *mangled = kr_symtable_mangle(st->private_, name, st->arena);
    if (!mangled)
        return -1;
    KrSymbol *s = kr_symtable_get(st->cur, mangled);
    return s ? s->flags : 0;
}

static int record_directive(KrSymtable *st, KrObject *name, KrStmt *s)
{
    KrObject *mangled = kr_symtable_mangle(st->private_, name, st->arena);
    if (!mangled)
        return -1;
    KrSymbol *sym = kr_symtable_get(st->cur, mangled);
    if (sym && !sym->lineno) {
        sym->lineno = s->lineno;
        sym->col = s->col_offset;
        sym->end_lineno = s->end_lineno;
        sym->end_col = s->end_col_offset;
    }
    return 0;
}

static int enter_block(KrSymtable *st, KrObject *name, KrBlockType type, const void *key,
                       int lineno, int col)
{
    KrSymEntry *prev = st->cur;
    KrSymEntry *ste = ste_new(st, name, type, key, lineno, col);
    if (!ste)
        return -1;
    ste->parent = prev;
    if (prev)
        ste->comp_iter_expr = prev->comp_iter_expr;
    st->cur = ste;
    if (type == KR_BLOCK_MODULE)
        st->top = ste;
    if (prev) {
        if (grow((void **)&prev->children, &prev->capchildren, prev->nchildren + 1,
                 sizeof(KrSymEntry *)) < 0)
            return -1;
        prev->children[prev->nchildren++] = ste;
    }
    return 0;
}

static void exit_block(KrSymtable *st)
{
    st->cur = st->cur->parent;
}

#define VISIT_STMTS(seq)                                                          \
    do {                                                                          \
        for (Kr_ssize_t i_ = 0; i_ < KR_SEQ_LEN(seq); i_++)                       \
            if (visit_stmt(st, KR_SEQ_GET(seq, i_)) < 0)                          \
                return -1;                                                        \
    } while (0)
#define VISIT_EXPRS(seq)                                                          \
    do {                                                                          \
        for (Kr_ssize_t i_ = 0; i_ < KR_SEQ_LEN(seq); i_++)                       \
            if (KR_SEQ_GET(seq, i_) && visit_expr(st, KR_SEQ_GET(seq, i_)) < 0)   \
                return -1;                                                        \
    } while (0)
#define VISIT_OPT(e)                                                              \
    do {                                                                          \
        if ((e) && visit_expr(st, (e)) < 0)                                       \
            return -1;                                                            \
    } while (0)

static int visit_params(KrSymtable *st, KrArgSeq *args)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(args); i++) {
        KrArg *a = KR_SEQ_GET(args, i);
        if (add_def(st, a->arg, KR_DEF_PARAM, LOC(a)) < 0)
            return -1;
    }
    return 0;
}

static int visit_arguments(KrSymtable *st, KrArguments *a)
{
    if (visit_params(st, a->posonlyargs) < 0 || visit_params(st, a->args) < 0 ||
        visit_params(st, a->kwonlyargs) < 0)
        return -1;
    if (a->vararg) {
        if (add_def(st, a->vararg->arg, KR_DEF_PARAM, LOC(a->vararg)) < 0)
            return -1;
        st->cur->varargs = 1;
    }
    if (a->kwarg) {
        if (add_def(st, a->kwarg->arg, KR_DEF_PARAM, LOC(a->kwarg)) < 0)
            return -1;
        st->cur->varkeywords = 1;
    }
    return 0;
}

static int visit_argannotations(KrSymtable *st, KrArgSeq *args)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(args); i++)
        VISIT_OPT(KR_SEQ_GET(args, i)->annotation);
    return 0;
}

static int visit_annotations(KrSymtable *st, KrArguments *a, KrExpr *returns)
{
    if (visit_argannotations(st, a->args) < 0 || visit_argannotations(st, a->posonlyargs) < 0)
        return -1;
    if (a->vararg)
        VISIT_OPT(a->vararg->annotation);
    if (a->kwarg)
        VISIT_OPT(a->kwarg->annotation);
    if (visit_argannotations(st, a->kwonlyargs) < 0)
        return -1;
    VISIT_OPT(returns);
    return 0;
}

static int visit_alias(KrSymtable *st, KrAlias *a)
{
    KrObject *name = a->asname ? a->asname : a->name;
    Kr_ssize_t n = KR_STR_LEN(name), dot = -1;
    for (Kr_ssize_t i = 0; i < n; i++)
        if (KR_STR_CHAR(name, i) == '.') {
            dot = i;
            break;
        }
    KrObject *store = name;
    if (dot >= 0) {
        KrObject *sub = kr_str_substr(name, 0, dot);
        if (!sub)
            return -1;
        sub = kr_str_intern(sub);
        if (!sub)
            return -1;
        store = sub;
        if (kr_arena_add_object(st->arena, sub) < 0)
            return -1;
    }
    if (!kr_str_eq_cstr(name, "*"))
        return add_def(st, store, KR_DEF_IMPORT, LOC(a));
    if (st->cur->type != KR_BLOCK_MODULE)
        return ST_ERR(st, LOC(a), "import * only allowed at module level");
    return 0;
}

/* Patterns: capture names (MatchAs, MatchStar, a mapping rest) bind locally; value
 * expressions, mapping keys and class expressions are loads. */
static int visit_pattern(KrSymtable *st, KrPattern *p)
{
    Kr_ssize_t i;
    switch (p->kind) {
    case KR_PATTERN_MatchValue:
        return visit_expr(st, p->v.MatchValue.value);
    case KR_PATTERN_MatchSingleton:
        return 0;
    case KR_PATTERN_MatchSequence:
        for (i = 0; i < KR_SEQ_LEN(p->v.MatchSequence.patterns); i++)
            if (visit_pattern(st, KR_SEQ_GET(p->v.MatchSequence.patterns, i)) < 0)
                return -1;
        return 0;
    case KR_PATTERN_MatchMapping:
        for (i = 0; i < KR_SEQ_LEN(p->v.MatchMapping.keys); i++)
            if (visit_expr(st, KR_SEQ_GET(p->v.MatchMapping.keys, i)) < 0)
                return -1;
        for (i = 0; i < KR_SEQ_LEN(p->v.MatchMapping.patterns); i++)
            if (visit_pattern(st, KR_SEQ_GET(p->v.MatchMapping.patterns, i)) < 0)
                return -1;
        if (p->v.MatchMapping.rest)
            return add_def(st, p->v.MatchMapping.rest, KR_DEF_LOCAL, LOC(p));
        return 0;
    case KR_PATTERN_MatchClass:
        if (visit_expr(st, p->v.MatchClass.cls) < 0)
            return -1;
        for (i = 0; i < KR_SEQ_LEN(p->v.MatchClass.patterns); i++)
            if (visit_pattern(st, KR_SEQ_GET(p->v.MatchClass.patterns, i)) < 0)
                return -1;
        for (i = 0; i < KR_SEQ_LEN(p->v.MatchClass.kwd_patterns); i++)
            if (visit_pattern(st, KR_SEQ_GET(p->v.MatchClass.kwd_patterns, i)) < 0)
                return -1;
        return 0;
    case KR_PATTERN_MatchStar:
        if (p->v.MatchStar.name)
            return add_def(st, p->v.MatchStar.name, KR_DEF_LOCAL, LOC(p));
        return 0;
    case KR_PATTERN_MatchAs:
        if (p->v.MatchAs.pattern && visit_pattern(st, p->v.MatchAs.pattern) < 0)
            return -1;
        if (p->v.MatchAs.name)
            return add_def(st, p->v.MatchAs.name, KR_DEF_LOCAL, LOC(p));
        return 0;
    case KR_PATTERN_MatchOr:
        for (i = 0; i < KR_SEQ_LEN(p->v.MatchOr.patterns); i++)
            if (visit_pattern(st, KR_SEQ_GET(p->v.MatchOr.patterns, i)) < 0)
                return -1;
        return 0;
    }
    return 0;
}

static int visit_stmt(KrSymtable *st, KrStmt *s)
{
    if (++st->depth > 2000) {
        st->depth--;
        kr_err_set_string(&kr_exc_RecursionError,
                          "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = 0;
    switch (s->kind) {
    case KR_STMT_FunctionDef:
    case KR_STMT_AsyncFunctionDef: {
        /* AsyncFunctionDef has FunctionDef's layout */
        KrArguments *a = s->v.FunctionDef.args;
        if (add_def(st, s->v.FunctionDef.name, KR_DEF_LOCAL, LOC(s)) < 0)
            goto fail;
        VISIT_EXPRS(a->defaults);
        VISIT_EXPRS(a->kw_defaults);
        if (visit_annotations(st, a, s->v.FunctionDef.returns) < 0)
            goto fail;
        VISIT_EXPRS(s->v.FunctionDef.decorator_list);
        if (enter_block(st, s->v.FunctionDef.name, KR_BLOCK_FUNCTION, s, s->lineno,
                        s->col_offset) < 0)
            goto fail;
        if (s->kind == KR_STMT_AsyncFunctionDef)
            st->cur->coroutine = 1;
        if (visit_arguments(st, a) < 0)
            goto fail;
        VISIT_STMTS(s->v.FunctionDef.body);
        exit_block(st);
        break;
    }
    case KR_STMT_ClassDef: {
        if (add_def(st, s->v.ClassDef.name, KR_DEF_LOCAL, LOC(s)) < 0)
            goto fail;
        VISIT_EXPRS(s->v.ClassDef.bases);
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.ClassDef.keywords); i++)
            VISIT_OPT(KR_SEQ_GET(s->v.ClassDef.keywords, i)->value);
        VISIT_EXPRS(s->v.ClassDef.decorator_list);
        if (enter_block(st, s->v.ClassDef.name, KR_BLOCK_CLASS, s, s->lineno,
                        s->col_offset) < 0)
            goto fail;
        KrObject *saved = st->private_;
        st->private_ = s->v.ClassDef.name;
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.ClassDef.body); i++)
            if (visit_stmt(st, KR_SEQ_GET(s->v.ClassDef.body, i)) < 0) {
                st->private_ = saved;
                goto fail;
            }
        st->private_ = saved;
        exit_block(st);
        break;
    }
    case KR_STMT_Return:
        if (s->v.Return.value) {
            VISIT_OPT(s->v.Return.value);
            st->cur->returns_value = 1;
        }
        break;
    case KR_STMT_Delete:
        VISIT_EXPRS(s->v.Delete.targets);
        break;
    case KR_STMT_Assign:
        VISIT_EXPRS(s->v.Assign.targets);
        VISIT_OPT(s->v.Assign.value);
        break;
    case KR_STMT_AnnAssign: {
        KrExpr *t = s->v.AnnAssign.target;
        if (t->kind == KR_EXPR_Name) {
            int cur = lookup_flags(st, t->v.Name.id);
            if (cur < 0)
                goto fail;
            if ((cur & (KR_DEF_GLOBAL | KR_DEF_NONLOCAL)) && st->cur != st->top &&
                s->v.AnnAssign.simple) {
                ST_ERR(st, LOC(s), (cur & KR_DEF_GLOBAL)
                                       ? "annotated name '%s' can't be global"
                                       : "annotated name '%s' can't be nonlocal",
                       u8(t->v.Name.id));
                goto fail;
            }
            if (s->v.AnnAssign.simple) {
                if (add_def(st, t->v.Name.id, KR_DEF_ANNOT | KR_DEF_LOCAL, LOC(t)) < 0)
                    goto fail;
            } else if (s->v.AnnAssign.value) {
                if (add_def(st, t->v.Name.id, KR_DEF_LOCAL, LOC(t)) < 0)
                    goto fail;
            }
        } else {
            VISIT_OPT(t);
        }
        st->cur->has_annotations = 1;
        VISIT_OPT(s->v.AnnAssign.annotation);
        VISIT_OPT(s->v.AnnAssign.value);
        break;
    }
    case KR_STMT_AugAssign:
        VISIT_OPT(s->v.AugAssign.target);
        VISIT_OPT(s->v.AugAssign.value);
        break;
    case KR_STMT_For:
    case KR_STMT_AsyncFor:      /* same layout */
        VISIT_OPT(s->v.For.target);
        VISIT_OPT(s->v.For.iter);
        VISIT_STMTS(s->v.For.body);
        VISIT_STMTS(s->v.For.orelse);
        break;
    case KR_STMT_While:
        VISIT_OPT(s->v.While.test);
        VISIT_STMTS(s->v.While.body);
        VISIT_STMTS(s->v.While.orelse);
        break;
    case KR_STMT_If:
        VISIT_OPT(s->v.If.test);
        VISIT_STMTS(s->v.If.body);
        VISIT_STMTS(s->v.If.orelse);
        break;
    case KR_STMT_Raise:
        VISIT_OPT(s->v.Raise.exc);
        VISIT_OPT(s->v.Raise.cause);
        break;
    case KR_STMT_Try:
    case KR_STMT_TryStar: {
        KrStmtSeq *body = s->kind == KR_STMT_Try ? s->v.Try.body : s->v.TryStar.body;
        KrStmtSeq *orelse = s->kind == KR_STMT_Try ? s->v.Try.orelse : s->v.TryStar.orelse;
        KrStmtSeq *fin = s->kind == KR_STMT_Try ? s->v.Try.finalbody : s->v.TryStar.finalbody;
        KrExcepthandlerSeq *hs =
            s->kind == KR_STMT_Try ? s->v.Try.handlers : s->v.TryStar.handlers;
        VISIT_STMTS(body);
        VISIT_STMTS(orelse);
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(hs); i++) {
            KrExcepthandler *h = KR_SEQ_GET(hs, i);
            VISIT_OPT(h->v.ExceptHandler.type);
            if (h->v.ExceptHandler.name &&
                add_def(st, h->v.ExceptHandler.name, KR_DEF_LOCAL, LOC(h)) < 0)
                goto fail;
            VISIT_STMTS(h->v.ExceptHandler.body);
        }
        VISIT_STMTS(fin);
        break;
    }
    case KR_STMT_Assert:
        VISIT_OPT(s->v.Assert.test);
        VISIT_OPT(s->v.Assert.msg);
        break;
    case KR_STMT_Import:
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.Import.names); i++)
            if (visit_alias(st, KR_SEQ_GET(s->v.Import.names, i)) < 0)
                goto fail;
        break;
    case KR_STMT_ImportFrom:
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.ImportFrom.names); i++)
            if (visit_alias(st, KR_SEQ_GET(s->v.ImportFrom.names, i)) < 0)
                goto fail;
        break;
    case KR_STMT_Global:
    case KR_STMT_Nonlocal: {
        int glob = s->kind == KR_STMT_Global;
        KrIdentifierSeq *names = glob ? s->v.Global.names : s->v.Nonlocal.names;
        const char *kw = glob ? "global" : "nonlocal";
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(names); i++) {
            KrObject *name = KR_SEQ_GET(names, i);
            int cur = lookup_flags(st, name);
            if (cur < 0)
                goto fail;
            if (cur & (KR_DEF_PARAM | KR_DEF_LOCAL | KR_USE | KR_DEF_ANNOT)) {
                if (cur & KR_DEF_PARAM)
                    ST_ERR(st, LOC(s), "name '%s' is parameter and %s", u8(name), kw);
                else if (cur & KR_USE)
                    ST_ERR(st, LOC(s), "name '%s' is used prior to %s declaration", u8(name),
                           kw);
                else if (cur & KR_DEF_ANNOT)
                    ST_ERR(st, LOC(s), "annotated name '%s' can't be %s", u8(name), kw);
                else
                    ST_ERR(st, LOC(s), "name '%s' is assigned to before %s declaration",
                           u8(name), kw);
                goto fail;
            }
            if (add_def(st, name, glob ? KR_DEF_GLOBAL : KR_DEF_NONLOCAL, LOC(s)) < 0 ||
                record_directive(st, name, s) < 0)
                goto fail;
        }
        break;
    }
    case KR_STMT_Expr:
        VISIT_OPT(s->v.Expr.value);
        break;
    case KR_STMT_Pass:
    case KR_STMT_Break:
    case KR_STMT_Continue:
        break;
    case KR_STMT_With:
    case KR_STMT_AsyncWith:     /* same layout */
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.With.items); i++) {
            KrWithitem *w = KR_SEQ_GET(s->v.With.items, i);
            VISIT_OPT(w->context_expr);
            VISIT_OPT(w->optional_vars);
        }
        VISIT_STMTS(s->v.With.body);
        break;
    case KR_STMT_Match:
        VISIT_OPT(s->v.Match.subject);
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.Match.cases); i++) {
            KrMatchCase *mc = KR_SEQ_GET(s->v.Match.cases, i);
            if (visit_pattern(st, mc->pattern) < 0)
                goto fail;
            VISIT_OPT(mc->guard);
            VISIT_STMTS(mc->body);
        }
        break;
    }
    st->depth--;
    return r;
fail:
    st->depth--;
    return -1;
}

/* A walrus inside a comprehension binds in the nearest enclosing
 * function (as a nonlocal of every comprehension in between) or module. */
static int extend_namedexpr_scope(KrSymtable *st, KrExpr *e)
{
    KrObject *target = e->v.Name.id;
    for (KrSymEntry *ste = st->cur; ste; ste = ste->parent) {
        if (ste->comprehension) {
            KrSymbol *sym = kr_symtable_get(ste, target);
            if (sym && (sym->flags & KR_DEF_COMP_ITER))
                return ST_ERR(st, LOC(e),
                              "assignment expression cannot rebind comprehension "
                              "iteration variable '%s'", u8(target));
            continue;
        }
        if (ste->type == KR_BLOCK_FUNCTION) {
            KrSymbol *sym = kr_symtable_get(ste, target);
            int fl = (sym && (sym->flags & KR_DEF_GLOBAL)) ? KR_DEF_GLOBAL : KR_DEF_NONLOCAL;
            if (add_def(st, target, fl, LOC(e)) < 0)
                return -1;
            KrSymbol *cs = kr_symtable_get(st->cur, target);
            if (cs && !cs->lineno) {
                cs->lineno = e->lineno;
                cs->col = e->col_offset;
                cs->end_lineno = e->end_lineno;
                cs->end_col = e->end_col_offset;
            }
            return add_def_in(st, ste, target, KR_DEF_LOCAL, LOC(e));
        }
        if (ste->type == KR_BLOCK_MODULE) {
            if (add_def(st, target, KR_DEF_GLOBAL, LOC(e)) < 0)
                return -1;
            return add_def_in(st, ste, target, KR_DEF_GLOBAL, LOC(e));
        }
        if (ste->type == KR_BLOCK_CLASS)
            return ST_ERR(st, LOC(e),
                          "assignment expression within a comprehension cannot be used "
                          "in a class body");
    }
    return 0;
}

static const char *comp_kind_name(int comp)
{
    switch (comp) {
    case KR_COMP_LIST: return "list comprehension";
    case KR_COMP_SET: return "set comprehension";
    case KR_COMP_DICT: return "dict comprehension";
    default: return "generator expression";
    }
}

static int visit_comprehension(KrSymtable *st, KrExpr *e, const char *scope_name,
                               KrComprehensionSeq *gens, KrExpr *elt, KrExpr *value,
                               int kind)
{
    KrComprehension *outer = KR_SEQ_GET(gens, 0);
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, outer->iter);
    st->cur->comp_iter_expr--;
    if (r < 0)
        return -1;
    KrObject *name = kr_str_intern_cstr(scope_name);
    if (!name || enter_block(st, name, KR_BLOCK_FUNCTION, e, e->lineno, e->col_offset) < 0)
        return -1;
    st->cur->comprehension = kind;
    if (outer->is_async)
        st->cur->coroutine = 1;
    KrObject *dot0 = kr_str_intern_cstr(".0");
    if (!dot0 || add_def(st, dot0, KR_DEF_PARAM, LOC(e)) < 0)
        return -1;
    st->cur->comp_iter_target = 1;
    r = visit_expr(st, outer->target);
    st->cur->comp_iter_target = 0;
    if (r < 0)
        return -1;
    VISIT_EXPRS(outer->ifs);
    for (Kr_ssize_t i = 1; i < KR_SEQ_LEN(gens); i++) {
        KrComprehension *g = KR_SEQ_GET(gens, i);
        if (g->is_async)
            st->cur->coroutine = 1;
        st->cur->comp_iter_target = 1;
        r = visit_expr(st, g->target);
        st->cur->comp_iter_target = 0;
        if (r < 0)
            return -1;
        st->cur->comp_iter_expr++;
        r = visit_expr(st, g->iter);
        st->cur->comp_iter_expr--;
        if (r < 0)
            return -1;
        VISIT_EXPRS(g->ifs);
    }
    VISIT_OPT(value);
    VISIT_OPT(elt);
    if (kind == KR_COMP_GEN)
        st->cur->generator = 1;
    exit_block(st);
    return 0;
}

static int visit_expr(KrSymtable *st, KrExpr *e)
{
    if (++st->depth > 2000) {
        st->depth--;
        kr_err_set_string(&kr_exc_RecursionError,
                          "maximum recursion depth exceeded during compilation");
        return -1;
    }
    switch (e->kind) {
    case KR_EXPR_NamedExpr:
        if (st->cur->comp_iter_expr > 0) {
            ST_ERR(st, LOC(e), "assignment expression cannot be used in a comprehension "
                               "iterable expression");
            goto fail;
        }
        if (st->cur->comprehension && extend_namedexpr_scope(st, e->v.NamedExpr.target) < 0)
            goto fail;
        VISIT_OPT(e->v.NamedExpr.value);
        VISIT_OPT(e->v.NamedExpr.target);
        break;
    case KR_EXPR_BoolOp:
        VISIT_EXPRS(e->v.BoolOp.values);
        break;
    case KR_EXPR_BinOp:
        VISIT_OPT(e->v.BinOp.left);
        VISIT_OPT(e->v.BinOp.right);
        break;
    case KR_EXPR_UnaryOp:
        VISIT_OPT(e->v.UnaryOp.operand);
        break;
    case KR_EXPR_Lambda: {
        KrArguments *a = e->v.Lambda.args;
        VISIT_EXPRS(a->defaults);
        VISIT_EXPRS(a->kw_defaults);
        KrObject *name = kr_str_intern_cstr("lambda");
        if (!name || enter_block(st, name, KR_BLOCK_FUNCTION, e, e->lineno, e->col_offset) < 0)
            goto fail;
        if (visit_arguments(st, a) < 0)
            goto fail;
        VISIT_OPT(e->v.Lambda.body);
        exit_block(st);
        break;
    }
    case KR_EXPR_IfExp:
        VISIT_OPT(e->v.IfExp.test);
        VISIT_OPT(e->v.IfExp.body);
        VISIT_OPT(e->v.IfExp.orelse);
        break;
    case KR_EXPR_Dict:
        VISIT_EXPRS(e->v.Dict.keys);
        VISIT_EXPRS(e->v.Dict.values);
        break;
    case KR_EXPR_Set:
        VISIT_EXPRS(e->v.Set.elts);
        break;
    case KR_EXPR_GeneratorExp:
        if (visit_comprehension(st, e, "genexpr", e->v.GeneratorExp.generators,
                                e->v.GeneratorExp.elt, NULL, KR_COMP_GEN) < 0)
            goto fail;
        break;
    case KR_EXPR_ListComp:
        if (visit_comprehension(st, e, "listcomp", e->v.ListComp.generators,
                                e->v.ListComp.elt, NULL, KR_COMP_LIST) < 0)
            goto fail;
        break;
    case KR_EXPR_SetComp:
        if (visit_comprehension(st, e, "setcomp", e->v.SetComp.generators,
                                e->v.SetComp.elt, NULL, KR_COMP_SET) < 0)
            goto fail;
        break;
    case KR_EXPR_DictComp:
        if (visit_comprehension(st, e, "dictcomp", e->v.DictComp.generators,
                                e->v.DictComp.key, e->v.DictComp.value, KR_COMP_DICT) < 0)
            goto fail;
        break;
    case KR_EXPR_Yield:
    case KR_EXPR_YieldFrom:
        VISIT_OPT(e->kind == KR_EXPR_Yield ? e->v.Yield.value : e->v.YieldFrom.value);
        st->cur->generator = 1;
        if (st->cur->comprehension) {
            ST_ERR(st, LOC(e), "'yield' inside %s", comp_kind_name(st->cur->comprehension));
            goto fail;
        }
        break;
    case KR_EXPR_Await:
        VISIT_OPT(e->v.Await.value);
        if (st->cur->comprehension)
            st->cur->coroutine = 1;     /* an async comprehension */
        break;
    case KR_EXPR_Compare:
        VISIT_OPT(e->v.Compare.left);
        VISIT_EXPRS(e->v.Compare.comparators);
        break;
    case KR_EXPR_Call:
        VISIT_OPT(e->v.Call.func);
        VISIT_EXPRS(e->v.Call.args);
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(e->v.Call.keywords); i++)
            VISIT_OPT(KR_SEQ_GET(e->v.Call.keywords, i)->value);
        break;
    case KR_EXPR_FormattedValue:
        VISIT_OPT(e->v.FormattedValue.value);
        VISIT_OPT(e->v.FormattedValue.format_spec);
        break;
    case KR_EXPR_JoinedStr:
        VISIT_EXPRS(e->v.JoinedStr.values);
        break;
    case KR_EXPR_Constant:
        break;
    case KR_EXPR_Attribute:
        VISIT_OPT(e->v.Attribute.value);
        break;
    case KR_EXPR_Subscript:
        VISIT_OPT(e->v.Subscript.value);
        VISIT_OPT(e->v.Subscript.slice);
        break;
    case KR_EXPR_Starred:
        VISIT_OPT(e->v.Starred.value);
        break;
    case KR_EXPR_Slice:
        VISIT_OPT(e->v.Slice.lower);
        VISIT_OPT(e->v.Slice.upper);
        VISIT_OPT(e->v.Slice.step);
        break;
    case KR_EXPR_Name:
        if (add_def(st, e->v.Name.id,
                    e->v.Name.ctx == KR_EXPR_CONTEXT_Load ? KR_USE : KR_DEF_LOCAL, LOC(e)) < 0)
            goto fail;
        if (e->v.Name.ctx == KR_EXPR_CONTEXT_Load && st->cur->type == KR_BLOCK_FUNCTION &&
            kr_str_eq_cstr(e->v.Name.id, "super")) {
            if (add_def(st, KR_ID(__class__), KR_USE, LOC(e)) < 0)
                goto fail;
        }
        break;
    case KR_EXPR_List:
        VISIT_EXPRS(e->v.List.elts);
        break;
    case KR_EXPR_Tuple:
        VISIT_EXPRS(e->v.Tuple.elts);
        break;
    }
    st->depth--;
    return 0;
fail:
    st->depth--;
    return -1;
}

/* ---------------------------------------------------------------------- */
/* Pass 2: analysis                                                       */
/* ---------------------------------------------------------------------- */

/* Small name sets: the scopes that matter hold a handful of names. */
typedef struct NameSet {
    KrObject **items;
    int n, cap;
} NameSet;

static int set_has(const NameSet *s, KrObject *name)
{
    if (!s)
        return 0;
    for (int i = 0; i < s->n; i++)
        if (name_eq(s->items[i], name))
            return 1;
    return 0;
}

static int set_add(NameSet *s, KrObject *name)
{
    if (set_has(s, name))
        return 0;
    if (grow((void **)&s->items, &s->cap, s->n + 1, sizeof(KrObject *)) < 0)
        return -1;
    s->items[s->n++] = name;
    return 0;
}

static void set_discard(NameSet *s, KrObject *name)
{
    if (!s)
        return;
    for (int i = 0; i < s->n; i++)
        if (name_eq(s->items[i], name)) {
            s->items[i] = s->items[--s->n];
            return;
        }
}

static int set_update(NameSet *s, const NameSet *o)
{
    if (!o)
        return 0;
    for (int i = 0; i < o->n; i++)
        if (set_add(s, o->items[i]) < 0)
            return -1;
    return 0;
}

static void set_free(NameSet *s)
{
    free(s->items);
    s->items = NULL;
    s->n = s->cap = 0;
}

static int error_at_directive(KrSymtable *st, KrSymbol *sym, const char *fmt, KrObject *name)
{
    return ST_ERR(st, sym->lineno, sym->col, sym->end_lineno, sym->end_col, fmt, u8(name));
}

static int analyze_name(KrSymtable *st, KrSymEntry *ste, KrSymbol *sym, NameSet *bound,
                        NameSet *local, NameSet *free, NameSet *global)
{
    KrObject *name = sym->name;
    int flags = sym->flags;
    if (flags & KR_DEF_GLOBAL) {
        if (flags & KR_DEF_NONLOCAL)
            return error_at_directive(st, sym, "name '%s' is nonlocal and global", name);
        sym->scope = KR_SC_GLOBAL_EXPLICIT;
        if (set_add(global, name) < 0)
            return -1;
        set_discard(bound, name);
        return 0;
    }
    if (flags & KR_DEF_NONLOCAL) {
        if (!bound)
            return error_at_directive(st, sym,
                                      "nonlocal declaration not allowed at module level", name);
        if (!set_has(bound, name))
            return error_at_directive(st, sym, "no binding for nonlocal '%s' found", name);
        sym->scope = KR_SC_FREE;
        ste->free = 1;
        return set_add(free, name);
    }
    if (flags & KR_DEF_BOUND) {
        sym->scope = KR_SC_LOCAL;
        if (set_add(local, name) < 0)
            return -1;
        set_discard(global, name);
        return 0;
    }
    if (bound && set_has(bound, name)) {
        sym->scope = KR_SC_FREE;
        ste->free = 1;
        return set_add(free, name);
    }
    if (global && set_has(global, name)) {
        sym->scope = KR_SC_GLOBAL_IMPLICIT;
        return 0;
    }
    if (ste->nested)
        ste->free = 1;
    sym->scope = KR_SC_GLOBAL_IMPLICIT;
    return 0;
}

static int analyze_block(KrSymtable *st, KrSymEntry *ste, NameSet *bound, NameSet *free,
                         NameSet *global);

static int analyze_child(KrSymtable *st, KrSymEntry *child, NameSet *bound, NameSet *global,
                         NameSet *child_free)
{
    NameSet b = {0}, g = {0};
    int r = -1;
    if (set_update(&b, bound) < 0 || set_update(&g, global) < 0)
        goto done;
    r = analyze_block(st, child, &b, child_free, &g);
done:
    set_free(&b);
    set_free(&g);
    return r;
}

static int analyze_block(KrSymtable *st, KrSymEntry *ste, NameSet *bound, NameSet *free,
                         NameSet *global)
{
    NameSet local = {0}, newbound = {0}, newglobal = {0}, newfree = {0}, allfree = {0};
    int r = -1;
    KrObject *class_id = KR_ID(__class__);

    if (ste->type == KR_BLOCK_CLASS) {
        /* class bindings are invisible to nested functions: snapshot the
         * outer sets before the class's own names touch them */
        if (set_update(&newglobal, global) < 0 || set_update(&newbound, bound) < 0)
            goto done;
    }
    for (int i = 0; i < ste->nsyms; i++)
        if (analyze_name(st, ste, &ste->syms[i], bound, &local, free, global) < 0)
            goto done;
    if (ste->type != KR_BLOCK_CLASS) {
        if (ste->type == KR_BLOCK_FUNCTION && set_update(&newbound, &local) < 0)
            goto done;
        if (bound && set_update(&newbound, bound) < 0)
            goto done;
        if (set_update(&newglobal, global) < 0)
            goto done;
    } else {
        if (set_add(&newbound, class_id) < 0)
            goto done;
    }
    for (int i = 0; i < ste->nchildren; i++) {
        KrSymEntry *c = ste->children[i];
        NameSet cf = {0};
        if (analyze_child(st, c, &newbound, &newglobal, &cf) < 0) {
            set_free(&cf);
            goto done;
        }
        if (c->free || c->child_free)
            ste->child_free = 1;
        int u = set_update(&allfree, &cf);
        set_free(&cf);
        if (u < 0)
            goto done;
    }
    if (set_update(&newfree, &allfree) < 0)
        goto done;
    if (ste->type == KR_BLOCK_FUNCTION) {
        /* locals needed by children become cells */
        for (int i = 0; i < ste->nsyms; i++) {
            KrSymbol *s = &ste->syms[i];
            if (s->scope == KR_SC_LOCAL && set_has(&newfree, s->name)) {
                s->scope = KR_SC_CELL;
                set_discard(&newfree, s->name);
            }
        }
    } else if (ste->type == KR_BLOCK_CLASS) {
        if (set_has(&newfree, class_id)) {
            ste->needs_class_closure = 1;
            set_discard(&newfree, class_id);
        }
    }
    /* record free variables children need from outside */
    for (int i = 0; i < newfree.n; i++) {
        KrObject *name = newfree.items[i];
        KrSymbol *s = kr_symtable_get(ste, name);
        if (s) {
            if (ste->type == KR_BLOCK_CLASS && (s->flags & (KR_DEF_BOUND | KR_DEF_GLOBAL)))
                s->flags |= KR_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name))
            continue;           /* a global */
        s = sym_get_or_add(ste, name);
        if (!s)
            goto done;
        s->flags = 0;
        s->scope = KR_SC_FREE;
    }
    if (set_update(free, &newfree) < 0)
        goto done;
    r = 0;
done:
    set_free(&local);
    set_free(&newbound);
    set_free(&newglobal);
    set_free(&newfree);
    set_free(&allfree);
    return r;
}

/* ---------------------------------------------------------------------- */
/* Entry point                                                            */
/* ---------------------------------------------------------------------- */

KrSymtable *kr_symtable_build(KrMod *mod, KrObject *filename, KrArena *arena,
                              const char *source, Kr_ssize_t source_len)
{
    KrSymtable *st = calloc(1, sizeof *st);
    if (!st) {
        kr_err_no_memory();
        return NULL;
    }
    st->filename = filename;
    st->arena = arena;
    st->source = source;
    st->source_len = source_len;
    KrObject *top = kr_str_intern_cstr("top");
    if (!top || enter_block(st, top, KR_BLOCK_MODULE, mod, 0, 0) < 0)
        goto fail;
    switch (mod->kind) {
    case KR_MOD_Module:
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(mod->v.Module.body); i++)
            if (visit_stmt(st, KR_SEQ_GET(mod->v.Module.body, i)) < 0)
                goto fail;
        break;
    case KR_MOD_Interactive:
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(mod->v.Interactive.body); i++)
            if (visit_stmt(st, KR_SEQ_GET(mod->v.Interactive.body, i)) < 0)
                goto fail;
        break;
    case KR_MOD_Expression:
        if (visit_expr(st, mod->v.Expression.body) < 0)
            goto fail;
        break;
    case KR_MOD_FunctionType:
        kr_err_set_string(&kr_exc_SystemError, "cannot compile a FunctionType module");
        goto fail;
    }
    exit_block(st);
    NameSet free = {0}, global = {0};
    int r = analyze_block(st, st->top, NULL, &free, &global);
    set_free(&free);
    set_free(&global);
    if (r < 0)
        goto fail;
    return st;
fail:
    kr_symtable_free(st);
    return NULL;
}
