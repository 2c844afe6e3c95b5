/*
 * parser.c -- recursive-descent parser for Python 3.11 producing CPython's
 * AST (ast.h).
 *
 * Shape.  One C function per grammar rule of CPython's PEG grammar that
 * matters for the tree, with backtracking by saving and restoring the
 * token index (p->pos).  Tokens are pulled lazily from the tokenizer into
 * fixed-size chunks, so a KrToken* stays valid while more tokens are read
 * and any earlier position can be revisited cheaply.
 *
 * Failure has two flavours.  A rule that does not match returns NULL with
 * p->err == 0 and p->pos restored ("soft" failure; the caller tries
 * something else).  A definite error (a tokenizer error, or one of
 * CPython's specific messages such as "cannot assign to literal") sets the
 * exception, sets p->err and returns NULL; every caller then unwinds.  When
 * the whole parse fails softly, the generic "invalid syntax" is reported at
 * the furthest token the grammar itself read (p->valid_fill), which is
 * where CPython's first pass stopped and where it reports the error too.
 *
 * CPython finds its specific messages in a second pass with extra
 * "invalid_" rules.  We check the same conditions inline, only at points
 * where no other alternative could still succeed, so one pass gives the
 * same answer.  Those checks may look further ahead than the grammar
 * (e.g. parsing the second expression of `[a b]` to say "Perhaps you forgot
 * a comma?"); they run with p->no_invalid raised, which keeps the tokens
 * they read out of valid_fill and stops the checks from nesting.
 *
 * `match`/`case` are soft keywords: a statement starting with `match` is a
 * match statement only when a subject, ':' and NEWLINE follow.
 *
 * Positions.  A node spans from the first token of its rule to the last
 * token consumed (ignoring NEWLINE/INDENT/DEDENT), exactly CPython's EXTRA;
 * so `(a) + b` starts at the parenthesis, while the group `(a)` yields the
 * inner node with its own position.
 *
 * Recursion is bounded by a weighted depth counter (p->depth): a unary
 * operator costs 1, a nested expression costs 20 (about the number of
 * rules CPython's parser enters per level).  Past KR_PARSER_MAXSTACK we raise
 * MemoryError, as CPython's parser does, well before the C stack is at risk.
 *
 * Literals: numbers become int/float/complex objects, strings are decoded
 * here (escapes, implicit concatenation, bytes), and f-strings are split
 * into literal parts and replacement fields whose expressions are parsed
 * by a nested parser over "(expr)", positioned like CPython 3.11 does.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "parser.h"

#define CHUNK 256
static KrToken err_token = { .type = -1 };

/* ====================================================================== */
/* Tokens                                                                 */
/* ====================================================================== */

static const char *const kwnames[] = {
    NULL,
#define X(k) #k,
    KR_KEYWORDS(X)
#undef X
};

static int keyword_of(const KrToken *t)
{
    if (t->type != KR_TOK_NAME)
        return 0;
    size_t n = (size_t)(t->end - t->start);
    if (n < 2 || n > 8 || t->start[0] < 'F' || t->start[0] > 'y')
        return 0;
    for (int i = 1; i < (int)(sizeof kwnames / sizeof *kwnames); i++)
        if (strlen(kwnames[i]) == n && memcmp(kwnames[i], t->start, n) == 0)
            return i;
    return 0;
}

static KrToken *fetch(KrParser *p, int i)
{
    if (!p->no_invalid && !p->probing && i >= p->valid_fill)
        p->valid_fill = i + 1;
    while (p->fill <= i) {
        if (p->err)
            return &err_token;
        if (p->fill > 0 && p->tok.done)
            return &p->chunks[(p->fill - 1) / CHUNK][(p->fill - 1) % CHUNK];
        if (p->fill % CHUNK == 0) {
            int n = p->fill / CHUNK;
            if (n >= p->nchunks) {
                int nc = p->nchunks ? p->nchunks * 2 : 8;
                void *a = realloc(p->chunks, nc * sizeof(*p->chunks));
                void *b = a ? realloc(p->kwchunks, nc * sizeof(*p->kwchunks)) : NULL;
                void *c = b ? realloc(p->lvchunks, nc * sizeof(*p->lvchunks)) : NULL;
                if (a)
                    p->chunks = a;
                if (b)
                    p->kwchunks = b;
                if (!c) {
                    p->err = 1;
                    kr_err_no_memory();
                    return &err_token;
                }
                p->lvchunks = c;
                for (int k = p->nchunks; k < nc; k++) {
                    p->chunks[k] = NULL;
                    p->kwchunks[k] = p->lvchunks[k] = NULL;
                }
                p->nchunks = nc;
            }
            p->chunks[n] = malloc(CHUNK * sizeof(KrToken));
            p->kwchunks[n] = malloc(CHUNK);
            p->lvchunks[n] = malloc(CHUNK);
            if (!p->chunks[n] || !p->kwchunks[n] || !p->lvchunks[n]) {
                free(p->chunks[n]);
                free(p->kwchunks[n]);
                free(p->lvchunks[n]);
                p->chunks[n] = NULL;
                p->kwchunks[n] = p->lvchunks[n] = NULL;
                p->err = 1;
                kr_err_no_memory();
                return &err_token;
            }
        }
        KrToken *t = &p->chunks[p->fill / CHUNK][p->fill % CHUNK];
        if (kr_tok_next(&p->tok, t) < 0) {
            p->err = 1;
            return &err_token;
        }
        p->kwchunks[p->fill / CHUNK][p->fill % CHUNK] = (unsigned char)keyword_of(t);
        p->lvchunks[p->fill / CHUNK][p->fill % CHUNK] = (unsigned char)p->tok.level;
        p->fill++;
    }
    return &p->chunks[i / CHUNK][i % CHUNK];
}

static KrToken *cur(KrParser *p) { return fetch(p, p->pos); }
static KrToken *ahead(KrParser *p, int k) { return fetch(p, p->pos + k); }
static int kw_at(KrParser *p, int i)
{
    KrToken *t = fetch(p, i);
    if (t == &err_token)
        return 0;
    if (i >= p->fill)
        i = p->fill - 1;
    return p->kwchunks[i / CHUNK][i % CHUNK];
}
static int level_at(KrParser *p, int i)
{
    if (i < 0 || i >= p->fill)
        return 0;
    return p->lvchunks[i / CHUNK][i % CHUNK];
}

#define TYPE(p) (cur(p)->type)
#define IS(p, tt) (cur(p)->type == (tt))
#define ISKW(p, k) (kw_at(p, p->pos) == KR_KW_##k)

static int is_name(KrParser *p) { return IS(p, KR_TOK_NAME) && kw_at(p, p->pos) == 0; }
static int tok_is(const KrToken *t, const char *s)
{
    size_t n = strlen(s);
    return t->type == KR_TOK_NAME && (size_t)(t->end - t->start) == n && memcmp(t->start, s, n) == 0;
}

static int accept(KrParser *p, int type)
{
    if (IS(p, type)) {
        p->pos++;
        return 1;
    }
    return 0;
}
#define ACCEPT_KW(p, k) (ISKW(p, k) ? (p->pos++, 1) : 0)

/* The last consumed token that is not NEWLINE/INDENT/DEDENT: the end of
 * a node (CPython's EXTRA). */
static KrToken *last(KrParser *p)
{
    for (int i = p->pos - 1; i >= 0; i--) {
        KrToken *t = fetch(p, i);
        if (t->type != KR_TOK_NEWLINE && t->type != KR_TOK_INDENT && t->type != KR_TOK_DEDENT)
            return t;
    }
    return fetch(p, 0);
}

#define EXTRA(s) (s)->lineno, (s)->col_offset, last(p)->end_lineno, last(p)->end_col_offset, p->arena
#define SPAN(a, b) (a)->lineno, (a)->col_offset, (b)->end_lineno, (b)->end_col_offset, p->arena

/* ====================================================================== */
/* Errors                                                                 */
/* ====================================================================== */

static void *verr_range(KrParser *p, KrType *type, int l, int c, int el, int ec,
                        const char *fmt, va_list ap)
{
    if (p->err)
        return NULL;
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    p->err = 1;
    if (p->in_fstring) {
        /* CPython reports f-string field errors relative to "(expr)". */
        if (l == p->tok.line_offset + 1)
            c -= p->tok.first_col_offset;
        if (el == p->tok.line_offset + 1)
            ec -= p->tok.first_col_offset;
    }
    kr_tok_error_at(&p->tok, type, l - p->tok.line_offset, c, el - p->tok.line_offset, ec,
                    "%s", msg);
    return NULL;
}

static void *err_range(KrParser *p, int l, int c, int el, int ec, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verr_range(p, NULL, l, c, el, ec, fmt, ap);
    va_end(ap);
    return NULL;
}

static void *err_tok(KrParser *p, KrType *type, const KrToken *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verr_range(p, type, t->lineno, t->col_offset, t->end_lineno, t->end_col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

static void *err_node(KrParser *p, const KrExpr *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verr_range(p, NULL, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

static void *err_nodes(KrParser *p, const KrExpr *a, const KrExpr *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verr_range(p, NULL, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

static void *nomem(KrParser *p)
{
    p->err = 1;
    if (!kr_err_occurred())
        kr_err_no_memory();
    return NULL;
}

/* Checks a constructor result. */
#define CHK(x) ((x) ? (x) : nomem(p))

static int enter(KrParser *p, int weight)
{
    p->depth += weight;
    if (p->depth > KR_PARSER_MAXSTACK) {
        p->depth -= weight;
        if (!p->err) {
            p->err = 1;
            kr_err_no_memory();
        }
        return -1;
    }
    return 0;
}
#define LEAVE(p, w) ((p)->depth -= (w))

/* ====================================================================== */
/* Arena-backed growable vectors                                          */
/* ====================================================================== */

typedef struct Vec {
    void **items;
    int n, cap;
} Vec;

static int vpush(KrParser *p, Vec *v, void *x)
{
    if (v->n == v->cap) {
        int nc = v->cap ? v->cap * 2 : 8;
        void **ni = kr_arena_alloc(p->arena, nc * sizeof(void *));
        if (!ni) {
            nomem(p);
            return -1;
        }
        if (v->n)
            memcpy(ni, v->items, v->n * sizeof(void *));
        v->items = ni;
        v->cap = nc;
    }
    v->items[v->n++] = x;
    return 0;
}

/* Every pointer sequence type has the layout of KrExprSeq. */
static void *vseq(KrParser *p, Vec *v)
{
    KrExprSeq *s = kr_ast_expr_seq_new(v->n, p->arena);
    if (!s)
        return nomem(p);
    if (v->n)
        memcpy(s->items, v->items, v->n * sizeof(void *));
    return s;
}

/* ====================================================================== */
/* Objects owned by the arena                                             */
/* ====================================================================== */

static KrObject *own(KrParser *p, KrObject *o)
{
    if (!o) {
        p->err = 1;
        return NULL;
    }
    if (kr_arena_add_object(p->arena, o) < 0) {
        p->err = 1;
        return NULL;
    }
    return o;
}

/* NFKC for the compatibility characters most often met in identifiers
 * (CPython normalizes every identifier with NFKC): fullwidth Latin,
 * mathematical alphanumerics, the micro sign, long s and ligatures. */
static int nfkc_char(uint32_t c, uint32_t *out)
{
    if (c >= 0xFF01 && c <= 0xFF5E) {
        out[0] = c - 0xFEE0;
        return 1;
    }
    if (c >= 0x1D400 && c <= 0x1D6A3) {
        unsigned k = (c - 0x1D400) % 52;
        out[0] = k < 26 ? 'A' + k : 'a' + (k - 26);
        return 1;
    }
    if (c >= 0x1D7CE && c <= 0x1D7FF) {
        out[0] = '0' + (c - 0x1D7CE) % 10;
        return 1;
    }
    switch (c) {
    case 0xB5: out[0] = 0x3BC; return 1;
    case 0x17F: out[0] = 's'; return 1;
    case 0xFB00: out[0] = 'f'; out[1] = 'f'; return 2;
    case 0xFB01: out[0] = 'f'; out[1] = 'i'; return 2;
    case 0xFB02: out[0] = 'f'; out[1] = 'l'; return 2;
    case 0x2160: out[0] = 'I'; return 1;
    case 0x210C: out[0] = 'H'; return 1;
    case 0x2118: out[0] = 0x2118; return 1;
    default: out[0] = c; return 1;
    }
}

static KrObject *identifier(KrParser *p, const char *s, Kr_ssize_t n)
{
    for (Kr_ssize_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] < 0x80)
            continue;
        uint32_t *cps = malloc((n * 2 + 1) * sizeof(uint32_t));
        if (!cps)
            return nomem(p);
        Kr_ssize_t m = 0;
        for (const char *r = s; r < s + n;) {
            int len;
            uint32_t c = kr_tok_decode_utf8(r, s + n, &len);
            m += nfkc_char(c, cps + m);
            r += len;
        }
        KrObject *o = kr_str_from_ucs4(cps, m);
        free(cps);
        if (!o) {
            p->err = 1;
            return NULL;
        }
        return own(p, kr_str_intern(o));
    }
    KrObject *o = kr_str_from_utf8(s, n);
    if (!o) {
        p->err = 1;
        return NULL;
    }
    return own(p, kr_str_intern(o));
}

static KrObject *tok_identifier(KrParser *p, const KrToken *t)
{
    return identifier(p, t->start, t->end - t->start);
}

/* A NAME token (not a keyword) as an identifier, or soft failure. */
static KrObject *name_token(KrParser *p, KrToken **tp)
{
    if (!is_name(p))
        return NULL;
    KrToken *t = cur(p);
    p->pos++;
    if (tp)
        *tp = t;
    return tok_identifier(p, t);
}

/* ====================================================================== */
/* Expression names for error messages                                    */
/* ====================================================================== */

static const char *expr_name(const KrExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_Attribute: return "attribute";
    case KR_EXPR_Subscript: return "subscript";
    case KR_EXPR_Starred: return "starred";
    case KR_EXPR_Name: return "name";
    case KR_EXPR_List: return "list";
    case KR_EXPR_Tuple: return "tuple";
    case KR_EXPR_Lambda: return "lambda";
    case KR_EXPR_Call: return "function call";
    case KR_EXPR_BoolOp: case KR_EXPR_BinOp: case KR_EXPR_UnaryOp: return "expression";
    case KR_EXPR_GeneratorExp: return "generator expression";
    case KR_EXPR_Yield: case KR_EXPR_YieldFrom: return "yield expression";
    case KR_EXPR_Await: return "await expression";
    case KR_EXPR_ListComp: return "list comprehension";
    case KR_EXPR_SetComp: return "set comprehension";
    case KR_EXPR_DictComp: return "dict comprehension";
    case KR_EXPR_Dict: return "dict literal";
    case KR_EXPR_Set: return "set display";
    case KR_EXPR_JoinedStr: case KR_EXPR_FormattedValue: return "f-string expression";
    case KR_EXPR_Constant: {
        KrObject *v = e->v.Constant.value;
        if (v == kr_None) return "None";
        if (v == kr_True) return "True";
        if (v == kr_False) return "False";
        if (v == kr_Ellipsis) return "ellipsis";
        return "literal";
    }
    case KR_EXPR_Compare: return "comparison";
    case KR_EXPR_IfExp: return "conditional expression";
    case KR_EXPR_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* ====================================================================== */
/* Targets: setting Store/Del context with CPython's error messages       */
/* ====================================================================== */

enum { TARGET_STAR, TARGET_FOR, TARGET_DEL, TARGET_PLAIN };

/* The first sub-expression that cannot be a target, or NULL. */
static const KrExpr *invalid_target(const KrExpr *e, int kind)
{
    switch (e->kind) {
    case KR_EXPR_Name: case KR_EXPR_Attribute: case KR_EXPR_Subscript:
        return NULL;
    case KR_EXPR_Starred:
        if (kind == TARGET_DEL)
            return e;
        return invalid_target(e->v.Starred.value, kind);
    case KR_EXPR_List: case KR_EXPR_Tuple: {
        KrExprSeq *s = e->kind == KR_EXPR_List ? e->v.List.elts : e->v.Tuple.elts;
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
            const KrExpr *r = invalid_target(s->items[i], kind);
            if (r)
                return r;
        }
        return NULL;
    }
    case KR_EXPR_Compare:
        if (kind == TARGET_FOR && e->v.Compare.ops->items[0] == KR_CMPOP_In)
            return invalid_target(e->v.Compare.left, kind);
        return e;
    default:
        return e;
    }
}

static void set_ctx(KrExpr *e, KrExprContext ctx)
{
    switch (e->kind) {
    case KR_EXPR_Name: e->v.Name.ctx = ctx; break;
    case KR_EXPR_Attribute: e->v.Attribute.ctx = ctx; break;
    case KR_EXPR_Subscript: e->v.Subscript.ctx = ctx; break;
    case KR_EXPR_Starred:
        e->v.Starred.ctx = ctx;
        set_ctx(e->v.Starred.value, ctx);
        break;
    case KR_EXPR_List:
        e->v.List.ctx = ctx;
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(e->v.List.elts); i++)
            set_ctx(e->v.List.elts->items[i], ctx);
        break;
    case KR_EXPR_Tuple:
        e->v.Tuple.ctx = ctx;
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(e->v.Tuple.elts); i++)
            set_ctx(e->v.Tuple.elts->items[i], ctx);
        break;
    default:
        break;
    }
}

/* Makes e a Store/Del target or raises CPython's message. */
static int make_target(KrParser *p, KrExpr *e, int kind)
{
    const KrExpr *bad = invalid_target(e, kind);
    if (bad) {
        if (kind == TARGET_DEL)
            err_node(p, bad, "cannot delete %s", expr_name(bad));
        else
            err_node(p, bad, "cannot assign to %s", expr_name(bad));
        return -1;
    }
    set_ctx(e, kind == TARGET_DEL ? KR_EXPR_CONTEXT_Del : KR_EXPR_CONTEXT_Store);
    return 0;
}

/* ====================================================================== */
/* Numbers                                                                */
/* ====================================================================== */

static KrObject *parse_number(KrParser *p, const KrToken *t)
{
    Kr_ssize_t n = t->end - t->start;
    char small[64];
    char *buf = n < (Kr_ssize_t)sizeof small ? small : malloc(n + 1);
    if (!buf)
        return nomem(p);
    Kr_ssize_t m = 0;
    int isfloat = 0, ishex = n > 1 && t->start[0] == '0' && (t->start[1] == 'x' || t->start[1] == 'X');
    for (Kr_ssize_t i = 0; i < n; i++) {
        char c = t->start[i];
        if (c == '_')
            continue;
        if (!ishex && (c == '.' || c == 'e' || c == 'E'))
            isfloat = 1;
        buf[m++] = c;
    }
    buf[m] = 0;
    KrObject *r;
    if (!ishex && (buf[m - 1] == 'j' || buf[m - 1] == 'J')) {
        buf[m - 1] = 0;
        KrObject *args[2];
        args[0] = kr_float_from_double(0.0);
        args[1] = kr_float_from_double(strtod(buf, NULL));
        r = args[0] && args[1] ? kr_call((KrObject *)&kr_complex_type, args, 2, NULL) : NULL;
        kr_xdecref(args[0]);
        kr_xdecref(args[1]);
    } else if (isfloat) {
        r = kr_float_from_double(strtod(buf, NULL));
    } else {
        r = kr_int_from_string(buf, m, 0);
    }
    if (buf != small)
        free(buf);
    if (!r) {
        p->err = 1;
        return NULL;
    }
    return own(p, r);
}

/* ====================================================================== */
/* Strings                                                                */
/* ====================================================================== */

typedef struct UBuf {
    uint32_t *cp;
    Kr_ssize_t n, cap;
} UBuf;

static int uput(KrParser *p, UBuf *u, uint32_t c)
{
    if (u->n == u->cap) {
        Kr_ssize_t nc = u->cap ? u->cap * 2 : 64;
        uint32_t *x = realloc(u->cp, nc * sizeof(uint32_t));
        if (!x) {
            nomem(p);
            return -1;
        }
        u->cp = x;
        u->cap = nc;
    }
    u->cp[u->n++] = c;
    return 0;
}

/* Prefix letters of a STRING token and the body between the quotes. */
typedef struct StrInfo {
    int raw, bytes, fstr;
    const char *body, *body_end;
} StrInfo;

static void str_info(const KrToken *t, StrInfo *si)
{
    memset(si, 0, sizeof *si);
    const char *s = t->start;
    for (; *s != '\'' && *s != '"'; s++) {
        switch (*s) {
        case 'r': case 'R': si->raw = 1; break;
        case 'b': case 'B': si->bytes = 1; break;
        case 'f': case 'F': si->fstr = 1; break;
        }
    }
    int q = (t->end - s >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    si->body = s + q;
    si->body_end = t->end - q;
}

/* A small table for \N{...}: the names most programs use.  Unknown names
 * raise CPython's "unknown Unicode character name" error. */
static const struct { const char *name; uint32_t cp; } char_names[] = {
    { "BULLET", 0x2022 }, { "EM DASH", 0x2014 }, { "EN DASH", 0x2013 },
    { "DEGREE SIGN", 0xB0 }, { "NO-BREAK SPACE", 0xA0 }, { "SPACE", 0x20 },
    { "HORIZONTAL ELLIPSIS", 0x2026 }, { "EURO SIGN", 0x20AC }, { "POUND SIGN", 0xA3 },
    { "COPYRIGHT SIGN", 0xA9 }, { "REGISTERED SIGN", 0xAE }, { "MICRO SIGN", 0xB5 },
    { "GREEK SMALL LETTER ALPHA", 0x3B1 }, { "GREEK SMALL LETTER BETA", 0x3B2 },
    { "GREEK SMALL LETTER PI", 0x3C0 }, { "GREEK CAPITAL LETTER DELTA", 0x394 },
    { "GREEK CAPITAL LETTER OMEGA", 0x3A9 }, { "GREEK SMALL LETTER LAMDA", 0x3BB },
    { "LATIN SMALL LETTER E WITH ACUTE", 0xE9 }, { "LATIN CAPITAL LETTER E WITH ACUTE", 0xC9 },
    { "LATIN SMALL LETTER A WITH GRAVE", 0xE0 }, { "LATIN SMALL LETTER SHARP S", 0xDF },
    { "LATIN SMALL LETTER N WITH TILDE", 0xF1 }, { "LATIN SMALL LETTER U WITH DIAERESIS", 0xFC },
    { "LATIN SMALL LETTER O WITH DIAERESIS", 0xF6 }, { "LATIN SMALL LETTER A WITH DIAERESIS", 0xE4 },
    { "SNOWMAN", 0x2603 }, { "BLACK STAR", 0x2605 }, { "WHITE STAR", 0x2606 },
    { "CHECK MARK", 0x2713 }, { "HEAVY CHECK MARK", 0x2714 }, { "BALLOT X", 0x2717 },
    { "RIGHTWARDS ARROW", 0x2192 }, { "LEFTWARDS ARROW", 0x2190 }, { "INFINITY", 0x221E },
    { "MULTIPLICATION SIGN", 0xD7 }, { "DIVISION SIGN", 0xF7 }, { "PLUS-MINUS SIGN", 0xB1 },
    { "NULL", 0 }, { "LINE FEED", 10 }, { "CARRIAGE RETURN", 13 }, { "CHARACTER TABULATION", 9 },
    { "ZERO WIDTH SPACE", 0x200B }, { "BOX DRAWINGS LIGHT HORIZONTAL", 0x2500 },
    { "BOX DRAWINGS LIGHT VERTICAL", 0x2502 }, { "FULL BLOCK", 0x2588 },
    { "GRINNING FACE", 0x1F600 }, { "SNAKE", 0x1F40D }, { "HEAVY BLACK HEART", 0x2764 },
    { "BLACK HEART SUIT", 0x2665 }, { "REPLACEMENT CHARACTER", 0xFFFD },
    { "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB },
    { "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB },
    { "LEFT DOUBLE QUOTATION MARK", 0x201C }, { "RIGHT DOUBLE QUOTATION MARK", 0x201D },
    { "LEFT SINGLE QUOTATION MARK", 0x2018 }, { "RIGHT SINGLE QUOTATION MARK", 0x2019 },
};

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static const char *const greek[] = {
    "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA",
    "LAMDA", "MU", "NU", "XI", "OMICRON", "PI", "RHO", "FINAL SIGMA", "SIGMA", "TAU", "UPSILON",
    "PHI", "CHI", "PSI", "OMEGA",
};
static const char *const digits[] = {
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
};

/* Names that follow a pattern: Latin and Greek letters, digits and CJK
 * ideographs.  upper is the name in upper case. */
static int pattern_char_name(const char *upper, uint32_t *cp)
{
    size_t n = strlen(upper);
    if (n == 20 && strncmp(upper, "LATIN SMALL LETTER ", 19) == 0 && upper[19] >= 'A' && upper[19] <= 'Z') {
        *cp = (uint32_t)(upper[19] - 'A' + 'a');
        return 1;
    }
    if (n == 22 && strncmp(upper, "LATIN CAPITAL LETTER ", 21) == 0 && upper[21] >= 'A' && upper[21] <= 'Z') {
        *cp = (uint32_t)upper[21];
        return 1;
    }
    if (strncmp(upper, "DIGIT ", 6) == 0)
        for (int i = 0; i < 10; i++)
            if (strcmp(upper + 6, digits[i]) == 0) {
                *cp = (uint32_t)('0' + i);
                return 1;
            }
    for (int cap = 0; cap < 2; cap++) {
        const char *pre = cap ? "GREEK CAPITAL LETTER " : "GREEK SMALL LETTER ";
        size_t pl = strlen(pre);
        if (strncmp(upper, pre, pl) != 0)
            continue;
        for (int i = 0; i < 25; i++) {
            if (strcmp(upper + pl, greek[i]) == 0 && !(cap && i == 17)) {
                *cp = (cap ? 0x391 : 0x3B1) + i;
                return 1;
            }
        }
    }
    if (strncmp(upper, "CJK UNIFIED IDEOGRAPH-", 22) == 0 && (n == 26 || n == 27)) {
        uint32_t v = 0;
        for (size_t i = 22; i < n; i++) {
            int h = hexval((unsigned char)upper[i]);
            if (h < 0)
                return 0;
            v = v * 16 + h;
        }
        if ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2A6DF)) {
            *cp = v;
            return 1;
        }
    }
    return 0;
}

static int lookup_char_name(const char *s, Kr_ssize_t n, uint32_t *cp)
{
    char upper[80];
    if (n > 0 && n < (Kr_ssize_t)sizeof upper) {
        for (Kr_ssize_t i = 0; i < n; i++)
            upper[i] = s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 32) : s[i];
        upper[n] = 0;
        /* CPython matches ideograph names case-sensitively */
        int cjk = strncmp(upper, "CJK UNIFIED IDEOGRAPH-", 22) == 0;
        if ((!cjk || memcmp(upper, s, n) == 0) && pattern_char_name(upper, cp))
            return 1;
    }
    for (size_t i = 0; i < sizeof char_names / sizeof *char_names; i++) {
        const char *nm = char_names[i].name;
        if ((Kr_ssize_t)strlen(nm) != n)
            continue;
        Kr_ssize_t j = 0;
        for (; j < n; j++) {
            char a = s[j];
            if (a >= 'a' && a <= 'z')
                a = (char)(a - 32);
            if (a != nm[j])
                break;
        }
        if (j == n) {
            *cp = char_names[i].cp;
            return 1;
        }
    }
    return 0;
}


/* The error token for errors CPython raises while decoding a string: the
 * token after the string group (its parser had already read it). */
static void *err_here(KrParser *p, const char *fmt, ...)
{
    KrToken *t = cur(p);
    va_list ap;
    va_start(ap, fmt);
    verr_range(p, NULL, t->lineno, t->col_offset, t->lineno, t->col_offset, fmt, ap);
    va_end(ap);
    return NULL;
}

/* Decodes s..e (a string body or an f-string literal piece) into u,
 * processing escapes unless raw.  Bytes literals must be ASCII. */
static int decode_body(KrParser *p, const KrToken *t, const char *s, const char *e, int raw,
                       int bytes, UBuf *u)
{
    const char *base = s;
    const char *why;
    Kr_ssize_t bad = bytes ? -1 : kr_tok_bad_utf8(s, e - s, &why);
    if (bad >= 0) {
        err_here(p, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                 (unsigned char)s[bad], (int)bad, why);
        return -1;
    }
    while (s < e) {
        int n;
        uint32_t c = kr_tok_decode_utf8(s, e, &n);
        if (bytes && c >= 0x80) {
            err_tok(p, NULL, t, "bytes can only contain ASCII literal characters");
            return -1;
        }
        if (c != '\\' || raw) {
            if (c == '\r' && s + 1 < e && s[1] == '\n') {   /* normalise newlines */
                s++;
                continue;
            }
            if (uput(p, u, c) < 0)
                return -1;
            s += n;
            continue;
        }
        const char *esc = s;
        s++;
        if (s >= e) {
            if (uput(p, u, '\\') < 0)
                return -1;
            break;
        }
        int d = (unsigned char)*s++;
        uint32_t v;
        switch (d) {
        case '\n': continue;
        case '\r': if (s < e && *s == '\n') s++; continue;
        case '\\': v = '\\'; break;
        case '\'': v = '\''; break;
        case '"': v = '"'; break;
        case 'a': v = 7; break;
        case 'b': v = 8; break;
        case 'f': v = 12; break;
        case 'n': v = 10; break;
        case 'r': v = 13; break;
        case 't': v = 9; break;
        case 'v': v = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = d - '0';
            for (int k = 0; k < 2 && s < e && *s >= '0' && *s <= '7'; k++)
                v = v * 8 + (*s++ - '0');
            if (bytes)
                v &= 0xFF;
            break;
        case 'x': case 'u': case 'U': {
            if (bytes && d != 'x') {
                if (uput(p, u, '\\') < 0 || uput(p, u, d) < 0)
                    return -1;
                continue;
            }
            int digits = d == 'x' ? 2 : d == 'u' ? 4 : 8;
            v = 0;
            int k = 0;
            for (; k < digits && s < e && hexval((unsigned char)*s) >= 0; k++)
                v = v * 16 + hexval((unsigned char)*s++);
            if (k < digits) {
                int from = (int)(esc - base), to = (int)(s - base) - 1;
                if (bytes)
                    err_here(p, "(value error) invalid \\x escape at position %d", from);
                else
                    err_here(p, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                "position %d-%d: truncated \\%s escape", from, to,
                             d == 'x' ? "xXX" : d == 'u' ? "uXXXX" : "UXXXXXXXX");
                return -1;
            }
            if (v > 0x10FFFF) {
                int from = (int)(esc - base), to = (int)(s - base) - 1;
                err_here(p, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                            "position %d-%d: illegal Unicode character", from, to);
                return -1;
            }
            break;
        }
        case 'N':
            if (!bytes) {
                const char *close = s < e && *s == '{' ? memchr(s, '}', e - s) : NULL;
                if (!close || !lookup_char_name(s + 1, close - s - 1, &v)) {
                    int from = (int)(esc - base);
                    int to = close ? (int)(close - base)
                           : s < e && *s == '{' ? (int)(e - base) - 1 : (int)(s - base) - 1;
                    err_here(p, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                                "position %d-%d: %s", from, to,
                             close ? "unknown Unicode character name" : "malformed \\N character escape");
                    return -1;
                }
                s = close + 1;
                break;
            }
            __attribute__((fallthrough));    /* bytes have no \N escape */
        default:
            /* unknown escapes keep their backslash (a DeprecationWarning in CPython) */
            if (uput(p, u, '\\') < 0)
                return -1;
            s--;
            continue;
        }
        if (uput(p, u, v) < 0)
            return -1;
    }
    return 0;
}

static KrObject *ubuf_str(KrParser *p, UBuf *u)
{
    return own(p, kr_str_from_ucs4(u->cp, u->n));
}

static KrObject *ubuf_bytes(KrParser *p, UBuf *u)
{
    char *b = malloc(u->n ? u->n : 1);
    if (!b)
        return nomem(p);
    for (Kr_ssize_t i = 0; i < u->n; i++)
        b[i] = (char)u->cp[i];
    KrObject *o = kr_bytes_from(b, u->n);
    free(b);
    return own(p, o);
}

/* ---- f-strings ------------------------------------------------------ */

typedef struct FState {
    UBuf lit;                       /* pending literal text */
    Vec values;                     /* Constant / FormattedValue nodes */
} FState;

static KrExpr *star_expressions(KrParser *p);
static void free_parser(KrParser *p);
static KrExpr *fstring_body(KrParser *p, const char **sp, const char *end, int raw, int lvl,
                            KrToken *first, KrToken *t, KrToken *lastt, FState *st);

static int flush_literal(KrParser *p, FState *st, KrToken *a, KrToken *b)
{
    if (st->lit.n == 0)
        return 0;
    KrObject *s = ubuf_str(p, &st->lit);
    st->lit.n = 0;
    if (!s)
        return -1;
    KrExpr *c = CHK(kr_ast_Constant(s, NULL, SPAN(a, b)));
    return c ? vpush(p, &st->values, c) : -1;
}

/* Parses the text of one replacement field's expression with a nested
 * parser over "(expr)", positioned as CPython 3.11 positions it. */
static KrExpr *fstring_compile_expr(KrParser *p, const char *es, const char *ee, KrToken *t)
{
    const char *q = es;
    while (q < ee && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r'))
        q++;
    if (q == ee) {
        if (*ee == '!' || *ee == ':' || *ee == '=')
            return err_here(p, "f-string: expression required before '%c'", *ee);
        return err_here(p, "f-string: empty expression not allowed");
    }
    /* Where the field starts: lines into the token, and the column of the
     * '{' on its line (0 when a newline directly follows the brace). */
    const char *brace = es - 1;
    int lines = 0, cols = 0;
    int nl_after = 1;
    for (const char *r = es; r < ee && *r != '}' && *r != '\n'; r++)
        if (*r != ' ' && *r != '\t' && *r != '\f') {
            nl_after = 0;
            break;
        }
    if (!nl_after) {
        const char *r = brace;
        while (r > t->start && *r != '\n')
            r--;
        cols = (int)(brace - r) - (*r == '\n');
    }
    for (const char *r = t->start; r < brace; r++)
        if (*r == '\n')
            lines++;
    Kr_ssize_t len = ee - es;
    char *buf = malloc(len + 3);
    if (!buf)
        return nomem(p);
    buf[0] = '(';
    memcpy(buf + 1, es, len);
    buf[len + 1] = ')';
    buf[len + 2] = 0;

    KrParser q2;
    memset(&q2, 0, sizeof q2);
    kr_tok_init(&q2.tok, buf, len + 2, p->filename);
    q2.tok.line_offset = t->lineno + lines - 1;
    q2.tok.first_col_offset = lines ? cols : t->col_offset + cols;
    q2.tok.msg_prefix = "f-string: ";
    q2.arena = p->arena;
    q2.filename = p->filename;
    q2.in_fstring = 1;
    q2.depth = p->depth;
    KrExpr *e = star_expressions(&q2);
    if (e && !q2.err) {
        accept(&q2, KR_TOK_NEWLINE);
        if (!IS(&q2, KR_TOK_ENDMARKER))
            e = NULL;
    }
    if (!e && !q2.err) {
        KrToken *bad = fetch(&q2, q2.fill - 1);
        err_tok(&q2, NULL, bad, "invalid syntax");
    }
    if (q2.err)
        p->err = 1;
    free_parser(&q2);
    free(buf);
    return p->err ? NULL : e;
}

/* One replacement field; *sp is on the '{'. */
static int fstring_field(KrParser *p, const char **sp, const char *end, int raw, int lvl,
                         KrToken *first, KrToken *t, KrToken *lastt, FState *st)
{
    if (lvl >= 2) {
        err_here(p, "f-string: expressions nested too deeply");
        return -1;
    }
    const char *s = *sp + 1;
    const char *es = s;
    char stack[KR_TOK_MAXLEVEL];
    int depth = 0, quote = 0, triple = 0;
    for (; s < end; s++) {
        int c = (unsigned char)*s;
        if (c == '\\') {
            err_here(p, "f-string expression part cannot include a backslash");
            return -1;
        }
        if (quote) {
            if (c == quote) {
                if (!triple)
                    quote = 0;
                else if (s + 2 < end && s[1] == c && s[2] == c) {
                    s += 2;
                    quote = 0;
                }
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            triple = s + 2 < end && s[1] == c && s[2] == c;
            if (triple)
                s += 2;
            quote = c;
        } else if (c == '[' || c == '(' || c == '{') {
            if (depth >= KR_TOK_MAXLEVEL) {
                err_here(p, "f-string: too many nested parenthesis");
                return -1;
            }
            stack[depth++] = (char)c;
        } else if (c == '#') {
            err_here(p, "f-string expression part cannot include '#'");
            return -1;
        } else if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' ||
                                  c == '>')) {
            if (s + 1 < end && s[1] == '=' && c != ':' && c != '}') {
                s++;                 /* !=, ==, <=, >= */
                continue;
            }
            if (c == '<' || c == '>')
                continue;
            break;
        } else if (c == ']' || c == ')' || c == '}') {
            if (depth == 0) {
                err_here(p, "f-string: unmatched '%c'", c);
                return -1;
            }
            int open = stack[--depth];
            if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
                err_here(p, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                         c, open);
                return -1;
            }
        }
    }
    if (quote) {
        err_here(p, "f-string: unterminated string");
        return -1;
    }
    if (depth) {
        err_here(p, "f-string: unmatched '%c'", stack[depth - 1]);
        return -1;
    }
    if (s >= end) {
        err_here(p, "f-string: expecting '}'");
        return -1;
    }
    const char *ee = s;
    KrExpr *value = fstring_compile_expr(p, es, ee, t);
    if (!value)
        return -1;
    int has_text = 0;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v'))
            s++;
        if (s >= end) {
            err_here(p, "f-string: expecting '}'");
            return -1;
        }
        /* the expression's text (with the '=') becomes literal text */
        for (const char *r = es; r < s;) {
            int n;
            uint32_t c = kr_tok_decode_utf8(r, s, &n);
            if (uput(p, &st->lit, c) < 0)
                return -1;
            r += n;
        }
        has_text = 1;
    }
    int conversion = -1;
    if (*s == '!') {
        s++;
        if (s >= end) {
            err_here(p, "f-string: expecting '}'");
            return -1;
        }
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            err_here(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return -1;
        }
    }
    KrExpr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end) {
            err_here(p, "f-string: expecting '}'");
            return -1;
        }
        FState sub;
        memset(&sub, 0, sizeof sub);
        spec = fstring_body(p, &s, end, raw, lvl + 1, first, t, lastt, &sub);
        free(sub.lit.cp);
        if (!spec)
            return -1;
    }
    if (s >= end || *s != '}') {
        err_here(p, "f-string: expecting '}'");
        return -1;
    }
    s++;
    if (has_text && !spec && conversion == -1)
        conversion = 'r';
    if (flush_literal(p, st, lvl ? t : first, lvl ? t : lastt) < 0)
        return -1;
    KrExpr *fv = CHK(kr_ast_FormattedValue(value, conversion, spec, SPAN(first, lastt)));
    if (!fv || vpush(p, &st->values, fv) < 0)
        return -1;
    *sp = s;
    return 0;
}

/* Parses f-string text from *sp: literal pieces and fields.  At level 0
 * it runs to end; in a format spec (lvl > 0) it stops at the closing '}'
 * and returns the spec as a JoinedStr.  At level 0 it returns a dummy
 * non-NULL pointer on success (the caller owns st). */
static KrExpr *fstring_body(KrParser *p, const char **sp, const char *end, int raw, int lvl,
                            KrToken *first, KrToken *t, KrToken *lastt, FState *st)
{
    const char *s = *sp;
    while (s < end) {
        const char *lit = s;
        while (s < end && *s != '{' && *s != '}') {
            if (*s == '\\' && !raw && s + 1 < end) {
                if (s[1] == 'N' && s + 2 < end && s[2] == '{') {
                    const char *close = memchr(s, '}', end - s);
                    s = close ? close + 1 : end;
                    continue;
                }
                s += s[1] == '{' || s[1] == '}' ? 1 : 2;
                continue;
            }
            s++;
        }
        if (s > lit && decode_body(p, t, lit, s, raw, 0, &st->lit) < 0)
            return NULL;
        if (s >= end)
            break;
        if (*s == '{') {
            if (lvl == 0 && s + 1 < end && s[1] == '{') {
                if (uput(p, &st->lit, '{') < 0)
                    return NULL;
                s += 2;
                continue;
            }
            if (fstring_field(p, &s, end, raw, lvl, first, t, lastt, st) < 0)
                return NULL;
            continue;
        }
        /* '}' */
        if (lvl > 0)
            break;
        if (s + 1 < end && s[1] == '}') {
            if (uput(p, &st->lit, '}') < 0)
                return NULL;
            s += 2;
            continue;
        }
        return err_here(p, "f-string: single '}' is not allowed");
    }
    *sp = s;
    if (lvl == 0)
        return (KrExpr *)st;
    /* a format spec spans its own string token only (CPython 3.11) */
    if (flush_literal(p, st, t, t) < 0)
        return NULL;
    KrExprSeq *vals = vseq(p, &st->values);
    if (!vals)
        return NULL;
    return CHK(kr_ast_JoinedStr(vals, SPAN(t, t)));
}

/* atom: STRING+ (implicit concatenation, bytes, f-strings). */
static KrExpr *strings(KrParser *p)
{
    int i0 = p->pos;
    while (IS(p, KR_TOK_STRING))
        p->pos++;
    int i1 = p->pos;
    (void)cur(p);                    /* CPython has read the next token too */
    if (p->err)
        return NULL;
    KrToken *first = fetch(p, i0), *lastt = fetch(p, i1 - 1);
    int nbytes = 0, nf = 0;
    for (int i = i0; i < i1; i++) {
        StrInfo si;
        str_info(fetch(p, i), &si);
        nbytes += si.bytes;
        nf += si.fstr;
    }
    if (nbytes && nbytes != i1 - i0)
        return err_here(p, "cannot mix bytes and nonbytes literals");
    KrObject *kind = NULL;       /* CPython marks only a lower-case u prefix */
    if (first->start[0] == 'u' && !(kind = identifier(p, "u", 1)))
        return NULL;
    FState st;
    memset(&st, 0, sizeof st);
    KrExpr *res = NULL;
    for (int i = i0; i < i1; i++) {
        KrToken *t = fetch(p, i);
        StrInfo si;
        str_info(t, &si);
        if (si.fstr) {
            const char *s = si.body;
            if (!fstring_body(p, &s, si.body_end, si.raw, 0, first, t, lastt, &st))
                goto done;
        } else if (decode_body(p, t, si.body, si.body_end, si.raw, si.bytes, &st.lit) < 0) {
            goto done;
        }
    }
    if (nf) {
        if (flush_literal(p, &st, first, lastt) < 0)
            goto done;
        KrExprSeq *vals = vseq(p, &st.values);
        if (vals)
            res = CHK(kr_ast_JoinedStr(vals, SPAN(first, lastt)));
    } else {
        KrObject *v = nbytes ? ubuf_bytes(p, &st.lit) : ubuf_str(p, &st.lit);
        if (v)
            res = CHK(kr_ast_Constant(v, kind, SPAN(first, lastt)));
    }
done:
    free(st.lit.cp);
    return p->err ? NULL : res;
}

/* ====================================================================== */
/* Expressions                                                            */
/* ====================================================================== */

static KrExpr *expression(KrParser *p);
static KrExpr *named_expression(KrParser *p, int check_eq);
static KrExpr *star_named_expression(KrParser *p);
static KrExpr *bitwise_or(KrParser *p);
static KrExpr *disjunction(KrParser *p);
static KrExpr *yield_expr(KrParser *p);
static KrComprehensionSeq *for_if_clauses(KrParser *p);
static KrArguments *parameters(KrParser *p, int is_def);

/* Can the current token start an expression? */
static int starts_expr(KrParser *p)
{
    switch (TYPE(p)) {
    case KR_TOK_NAME: {
        int k = kw_at(p, p->pos);
        return k == 0 || k == KR_KW_True || k == KR_KW_False || k == KR_KW_None ||
               k == KR_KW_not || k == KR_KW_lambda || k == KR_KW_await;
    }
    case KR_TOK_NUMBER: case KR_TOK_STRING: case KR_TOK_LPAR: case KR_TOK_LSQB:
    case KR_TOK_LBRACE: case KR_TOK_MINUS: case KR_TOK_PLUS: case KR_TOK_TILDE:
    case KR_TOK_STAR: case KR_TOK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* Do complete `for ... in ...` clauses follow?  (position unchanged) */
static int lookahead_for_clauses(KrParser *p)
{
    int mark = p->pos;
    p->no_invalid++;
    int ok = for_if_clauses(p) != NULL && !p->err;
    p->no_invalid--;
    if (!p->err)
        p->pos = mark;
    return ok;
}

static KrExpr *paren_atom(KrParser *p)
{
    int mark = p->pos;
    KrToken *s = cur(p);
    p->pos++;
    if (accept(p, KR_TOK_RPAR)) {
        KrExprSeq *elts = vseq(p, &(Vec){0});
        return elts ? CHK(kr_ast_Tuple(elts, KR_EXPR_CONTEXT_Load, EXTRA(s))) : NULL;
    }
    if (ISKW(p, yield)) {
        KrExpr *e = yield_expr(p);
        if (e && accept(p, KR_TOK_RPAR))
            return e;
        p->pos = mark;
        return NULL;
    }
    if (IS(p, KR_TOK_DOUBLESTAR) && !p->no_invalid) {
        KrToken *ds = cur(p);
        p->pos++;
        p->no_invalid++;
        KrExpr *e = expression(p);
        int closed = e && !p->err && IS(p, KR_TOK_RPAR);
        p->no_invalid--;
        if (closed)
            return err_tok(p, NULL, ds, "cannot use double starred expression here");
        if (!p->err)
            p->pos = mark;
        return NULL;
    }
    KrExpr *first = star_named_expression(p);
    if (!first)
        goto fail;
    if (ISKW(p, for) || (ISKW(p, async) && kw_at(p, p->pos + 1) == KR_KW_for)) {
        KrComprehensionSeq *gens = for_if_clauses(p);
        if (!gens || !accept(p, KR_TOK_RPAR))
            goto fail;
        if (first->kind == KR_EXPR_Starred)
            return err_node(p, first, "iterable unpacking cannot be used in comprehension");
        return CHK(kr_ast_GeneratorExp(first, gens, EXTRA(s)));
    }
    if (accept(p, KR_TOK_RPAR)) {
        if (first->kind == KR_EXPR_Starred)
            return err_node(p, first, "cannot use starred expression here");
        return first;
    }
    if (!IS(p, KR_TOK_COMMA))
        goto fail;
    Vec v = {0};
    if (vpush(p, &v, first) < 0)
        return NULL;
    while (accept(p, KR_TOK_COMMA)) {
        if (IS(p, KR_TOK_RPAR))
            break;
        KrExpr *e = star_named_expression(p);
        if (!e)
            goto fail;
        if (vpush(p, &v, e) < 0)
            return NULL;
    }
    if (!accept(p, KR_TOK_RPAR))
        goto fail;
    KrExprSeq *elts = vseq(p, &v);
    return elts ? CHK(kr_ast_Tuple(elts, KR_EXPR_CONTEXT_Load, EXTRA(s))) : NULL;
fail:
    p->pos = mark;
    return NULL;
}

static KrExpr *list_atom(KrParser *p)
{
    int mark = p->pos;
    KrToken *s = cur(p);
    p->pos++;
    Vec v = {0};
    if (!IS(p, KR_TOK_RSQB)) {
        KrExpr *first = star_named_expression(p);
        if (!first)
            goto fail;
        if (ISKW(p, for) || (ISKW(p, async) && kw_at(p, p->pos + 1) == KR_KW_for)) {
            KrComprehensionSeq *gens = for_if_clauses(p);
            if (!gens || !accept(p, KR_TOK_RSQB))
                goto fail;
            if (first->kind == KR_EXPR_Starred)
                return err_node(p, first, "iterable unpacking cannot be used in comprehension");
            return CHK(kr_ast_ListComp(first, gens, EXTRA(s)));
        }
        if (vpush(p, &v, first) < 0)
            return NULL;
        while (accept(p, KR_TOK_COMMA)) {
            if (IS(p, KR_TOK_RSQB))
                break;
            KrExpr *e = star_named_expression(p);
            if (!e)
                goto fail;
            if (vpush(p, &v, e) < 0)
                return NULL;
        }
        if (ISKW(p, for) && lookahead_for_clauses(p))
            return err_nodes(p, first, v.items[v.n - 1],
                             "did you forget parentheses around the comprehension target?");
    }
    if (!accept(p, KR_TOK_RSQB))
        goto fail;
    KrExprSeq *elts = vseq(p, &v);
    return elts ? CHK(kr_ast_List(elts, KR_EXPR_CONTEXT_Load, EXTRA(s))) : NULL;
fail:
    p->pos = mark;
    return NULL;
}

/* One dict entry: `key: value` or `**mapping` (key NULL). */
static int dict_entry(KrParser *p, Vec *keys, Vec *values)
{
    if (accept(p, KR_TOK_DOUBLESTAR)) {
        KrExpr *v = bitwise_or(p);
        if (!v)
            return -1;
        return vpush(p, keys, NULL) < 0 || vpush(p, values, v) < 0 ? -1 : 0;
    }
    KrExpr *k = expression(p);
    if (!k)
        return -1;
    if (!accept(p, KR_TOK_COLON)) {
        if (!p->err && (IS(p, KR_TOK_COMMA) || IS(p, KR_TOK_RBRACE)))
            err_range(p, k->end_lineno, k->end_col_offset - 1, k->end_lineno, -1,
                      "':' expected after dictionary key");
        return -1;
    }
    KrToken *colon = fetch(p, p->pos - 1);
    KrExpr *v = expression(p);
    if (!v) {
        if (!p->err && (IS(p, KR_TOK_COMMA) || IS(p, KR_TOK_RBRACE)))
            err_tok(p, NULL, colon, "expression expected after dictionary key and ':'");
        return -1;
    }
    return vpush(p, keys, k) < 0 || vpush(p, values, v) < 0 ? -1 : 0;
}

static KrExpr *brace_atom(KrParser *p)
{
    int mark = p->pos;
    KrToken *s = cur(p);
    p->pos++;
    Vec keys = {0}, values = {0};
    if (accept(p, KR_TOK_RBRACE))
        goto dict;
    if (IS(p, KR_TOK_DOUBLESTAR)) {
        KrToken *ds = cur(p);
        if (dict_entry(p, &keys, &values) < 0)
            goto fail;
        if (ISKW(p, for) || (ISKW(p, async) && kw_at(p, p->pos + 1) == KR_KW_for)) {
            p->no_invalid++;
            int full = for_if_clauses(p) && !p->err && IS(p, KR_TOK_RBRACE);
            p->no_invalid--;
            if (full)
                return err_tok(p, NULL, ds, "dict unpacking cannot be used in dict comprehension");
            goto fail;
        }
        goto dict_rest;
    }
    KrExpr *first = star_named_expression(p);
    if (!first)
        goto fail;
    if (IS(p, KR_TOK_COLON) && first->kind == KR_EXPR_Starred)
        goto fail;
    if (IS(p, KR_TOK_COLON)) {
        KrToken *colon = cur(p);
        p->pos++;
        KrExpr *v = expression(p);
        if (!v) {
            if (!p->err && (IS(p, KR_TOK_COMMA) || IS(p, KR_TOK_RBRACE)))
                return err_tok(p, NULL, colon, "expression expected after dictionary key and ':'");
            goto fail;
        }
        if (ISKW(p, for) || (ISKW(p, async) && kw_at(p, p->pos + 1) == KR_KW_for)) {
            KrComprehensionSeq *gens = for_if_clauses(p);
            if (!gens || !accept(p, KR_TOK_RBRACE))
                goto fail;
            return CHK(kr_ast_DictComp(first, v, gens, EXTRA(s)));
        }
        if (vpush(p, &keys, first) < 0 || vpush(p, &values, v) < 0)
            return NULL;
        goto dict_rest;
    }
    /* a set */
    if (ISKW(p, for) || (ISKW(p, async) && kw_at(p, p->pos + 1) == KR_KW_for)) {
        KrComprehensionSeq *gens = for_if_clauses(p);
        if (!gens || !accept(p, KR_TOK_RBRACE))
            goto fail;
        if (first->kind == KR_EXPR_Starred)
            return err_node(p, first, "iterable unpacking cannot be used in comprehension");
        return CHK(kr_ast_SetComp(first, gens, EXTRA(s)));
    }
    Vec v = {0};
    if (vpush(p, &v, first) < 0)
        return NULL;
    while (accept(p, KR_TOK_COMMA)) {
        if (IS(p, KR_TOK_RBRACE))
            break;
        KrExpr *e = star_named_expression(p);
        if (!e)
            goto fail;
        if (vpush(p, &v, e) < 0)
            return NULL;
    }
    if (ISKW(p, for) && v.n > 1 && lookahead_for_clauses(p))
        return err_nodes(p, first, v.items[v.n - 1],
                         "did you forget parentheses around the comprehension target?");
    if (!accept(p, KR_TOK_RBRACE))
        goto fail;
    KrExprSeq *elts = vseq(p, &v);
    return elts ? CHK(kr_ast_Set(elts, EXTRA(s))) : NULL;
dict_rest:
    while (accept(p, KR_TOK_COMMA)) {
        if (IS(p, KR_TOK_RBRACE))
            break;
        if (dict_entry(p, &keys, &values) < 0)
            goto fail;
    }
    if (!accept(p, KR_TOK_RBRACE))
        goto fail;
dict:;
    KrExprSeq *ks = vseq(p, &keys), *vs = vseq(p, &values);
    return ks && vs ? CHK(kr_ast_Dict(ks, vs, EXTRA(s))) : NULL;
fail:
    if (!p->err)
        p->pos = mark;
    return NULL;
}

static KrExpr *atom(KrParser *p)
{
    KrToken *t = cur(p);
    switch (t->type) {
    case KR_TOK_NAME: {
        int k = kw_at(p, p->pos);
        KrObject *c = k == KR_KW_True ? kr_True : k == KR_KW_False ? kr_False
                    : k == KR_KW_None ? kr_None : NULL;
        if (c) {
            p->pos++;
            return CHK(kr_ast_Constant(c, NULL, EXTRA(t)));
        }
        if (k)
            return NULL;
        p->pos++;
        KrObject *id = tok_identifier(p, t);
        return id ? CHK(kr_ast_Name(id, KR_EXPR_CONTEXT_Load, EXTRA(t))) : NULL;
    }
    case KR_TOK_NUMBER: {
        p->pos++;
        KrObject *v = parse_number(p, t);
        return v ? CHK(kr_ast_Constant(v, NULL, EXTRA(t))) : NULL;
    }
    case KR_TOK_STRING:
        return strings(p);
    case KR_TOK_LPAR:
        return paren_atom(p);
    case KR_TOK_LSQB:
        return list_atom(p);
    case KR_TOK_LBRACE:
        return brace_atom(p);
    case KR_TOK_ELLIPSIS:
        p->pos++;
        return CHK(kr_ast_Constant(kr_Ellipsis, NULL, EXTRA(t)));
    default:
        return NULL;
    }
}

/* slice: [expr] ':' [expr] [':' [expr]] | named_expression | '*' expr */
static KrExpr *slice_item(KrParser *p)
{
    KrToken *s = cur(p);
    if (IS(p, KR_TOK_STAR)) {
        int mark = p->pos;
        p->pos++;
        KrExpr *v = bitwise_or(p);
        if (!v) {
            p->pos = mark;
            return NULL;
        }
        return CHK(kr_ast_Starred(v, KR_EXPR_CONTEXT_Load, EXTRA(s)));
    }
    KrExpr *lower = NULL, *upper = NULL, *step = NULL;
    if (!IS(p, KR_TOK_COLON)) {
        lower = named_expression(p, 0);
        if (!lower || !IS(p, KR_TOK_COLON))
            return lower;
    }
    p->pos++;                                   /* ':' */
    if (!IS(p, KR_TOK_COLON) && !IS(p, KR_TOK_COMMA) && !IS(p, KR_TOK_RSQB)) {
        if (!(upper = expression(p)))
            return NULL;
    }
    if (accept(p, KR_TOK_COLON) && !IS(p, KR_TOK_COMMA) && !IS(p, KR_TOK_RSQB)) {
        if (!(step = expression(p)))
            return NULL;
    }
    return CHK(kr_ast_Slice(lower, upper, step, EXTRA(s)));
}

static KrExpr *slices(KrParser *p)
{
    KrToken *s = cur(p);
    KrExpr *first = slice_item(p);
    if (!first)
        return NULL;
    if (!IS(p, KR_TOK_COMMA) && first->kind != KR_EXPR_Starred)
        return first;
    Vec v = {0};
    if (vpush(p, &v, first) < 0)
        return NULL;
    while (accept(p, KR_TOK_COMMA)) {
        if (IS(p, KR_TOK_RSQB))
            break;
        KrExpr *e = slice_item(p);
        if (!e)
            return NULL;
        if (vpush(p, &v, e) < 0)
            return NULL;
    }
    KrExprSeq *elts = vseq(p, &v);
    return elts ? CHK(kr_ast_Tuple(elts, KR_EXPR_CONTEXT_Load, EXTRA(s))) : NULL;
}

/* Call arguments after '(' up to and including ')'. */
static int call_args(KrParser *p, KrToken *lpar, Vec *args, Vec *kws, int allow_genexp)
{
    int saw_kw = 0, saw_dstar = 0;
    KrExpr *genexp = NULL;
    while (!IS(p, KR_TOK_RPAR)) {
        KrToken *s = cur(p);
        if (IS(p, KR_TOK_STAR)) {
            p->pos++;
            KrExpr *v = expression(p);
            if (!v)
                return -1;
            if (saw_dstar)
                return err_tok(p, NULL, s, "iterable argument unpacking follows keyword argument unpacking"),
                       -1;
            KrExpr *st = CHK(kr_ast_Starred(v, KR_EXPR_CONTEXT_Load, EXTRA(s)));
            if (!st || vpush(p, args, st) < 0)
                return -1;
        } else if (IS(p, KR_TOK_DOUBLESTAR)) {
            p->pos++;
            KrExpr *v = expression(p);
            if (!v)
                return -1;
            KrKeyword *k = CHK(kr_ast_keyword(NULL, v, EXTRA(s)));
            if (!k || vpush(p, kws, k) < 0)
                return -1;
            saw_dstar = 1;
        } else if (is_name(p) && ahead(p, 1)->type == KR_TOK_EQUAL) {
            KrObject *name = tok_identifier(p, s);
            int eq_el = ahead(p, 1)->end_lineno, eq_ec = ahead(p, 1)->end_col_offset;
            p->pos += 2;
            KrExpr *v = expression(p);
            if (!name || !v)
                return -1;
            /* f(a=1 for a in b): CPython's invalid_kwarg names the '=' */
            if (ISKW(p, for) || (ISKW(p, async) && kw_at(p, p->pos + 1) == KR_KW_for))
                return err_range(p, s->lineno, s->col_offset, eq_el, eq_ec,
                                 "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"), -1;
            KrKeyword *k = CHK(kr_ast_keyword(name, v, EXTRA(s)));
            if (!k || vpush(p, kws, k) < 0)
                return -1;
            saw_kw = 1;
        } else {
            KrExpr *e = named_expression(p, 0);
            if (!e)
                return -1;
            if (ISKW(p, for) || (ISKW(p, async) && kw_at(p, p->pos + 1) == KR_KW_for)) {
                if (!allow_genexp) {
                    /* class bases take no bare generator; CPython only
                     * names the problem when more arguments follow */
                    p->no_invalid++;
                    KrComprehensionSeq *gens = for_if_clauses(p);
                    int comma = gens && !p->err && IS(p, KR_TOK_COMMA);
                    p->no_invalid--;
                    if (comma)
                        err_range(p, e->lineno, e->col_offset, last(p)->end_lineno,
                                  last(p)->end_col_offset, "Generator expression must be parenthesized");
                    return -1;
                }
                KrComprehensionSeq *gens = for_if_clauses(p);
                if (!gens)
                    return -1;
                KrExpr *g = CHK(kr_ast_GeneratorExp(e, gens, e->lineno, e->col_offset,
                                                    last(p)->end_lineno, last(p)->end_col_offset,
                                                    p->arena));
                if (!g)
                    return -1;
                if (args->n || kws->n || !IS(p, KR_TOK_RPAR))
                    return err_node(p, g, "Generator expression must be parenthesized"), -1;
                genexp = g;
                e = g;
            }
            if (IS(p, KR_TOK_EQUAL)) {
                KrToken *eq = cur(p);
                if (e->kind == KR_EXPR_Constant &&
                    (e->v.Constant.value == kr_True || e->v.Constant.value == kr_False ||
                     e->v.Constant.value == kr_None))
                    return err_range(p, e->lineno, e->col_offset, eq->end_lineno, eq->end_col_offset,
                                     "cannot assign to %s", expr_name(e)), -1;
                return err_range(p, e->lineno, e->col_offset, eq->end_lineno, eq->end_col_offset,
                                 "expression cannot contain assignment, perhaps you meant \"==\"?"), -1;
            }
            if (saw_dstar || saw_kw) {
                /* CPython reports this at the token after all the
                 * remaining arguments (its rule re-parses them). */
                p->no_invalid++;
                while (!p->err && accept(p, KR_TOK_COMMA) && !IS(p, KR_TOK_RPAR)) {
                    if (is_name(p) && ahead(p, 1)->type == KR_TOK_EQUAL)
                        p->pos += 2;
                    else if (!accept(p, KR_TOK_STAR))
                        accept(p, KR_TOK_DOUBLESTAR);
                    if (!expression(p))
                        break;
                }
                p->no_invalid--;
                if (p->err)
                    return -1;
                return err_tok(p, NULL, cur(p), saw_dstar ? "positional argument follows keyword argument unpacking"
                                                          : "positional argument follows keyword argument"), -1;
            }
            if (vpush(p, args, e) < 0)
                return -1;
        }
        if (!accept(p, KR_TOK_COMMA))
            break;
        if (genexp)
            return err_node(p, genexp, "Generator expression must be parenthesized"), -1;
    }
    if (!accept(p, KR_TOK_RPAR))
        return -1;
    if (genexp) {
        /* the sole generator argument spans the call's parentheses */
        KrToken *r = last(p);
        genexp->lineno = lpar->lineno;
        genexp->col_offset = lpar->col_offset;
        genexp->end_lineno = r->end_lineno;
        genexp->end_col_offset = r->end_col_offset;
    }
    return 0;
}

static KrExpr *primary(KrParser *p)
{
    KrToken *s = cur(p);
    KrExpr *e = atom(p);
    if (!e)
        return NULL;
    for (;;) {
        int mark = p->pos;
        if (accept(p, KR_TOK_DOT)) {
            KrObject *name = name_token(p, NULL);
            if (!name) {
                if (p->err)
                    return NULL;
                p->pos = mark;
                return e;
            }
            e = CHK(kr_ast_Attribute(e, name, KR_EXPR_CONTEXT_Load, EXTRA(s)));
        } else if (IS(p, KR_TOK_LPAR)) {
            KrToken *lpar = cur(p);
            p->pos++;
            Vec args = {0}, kws = {0};
            if (call_args(p, lpar, &args, &kws, 1) < 0) {
                if (p->err)
                    return NULL;
                p->pos = mark;
                return e;
            }
            KrExprSeq *a = vseq(p, &args);
            KrKeywordSeq *k = vseq(p, &kws);
            e = a && k ? CHK(kr_ast_Call(e, a, k, EXTRA(s))) : NULL;
        } else if (IS(p, KR_TOK_LSQB)) {
            p->pos++;
            KrExpr *sl = slices(p);
            if (!sl || !accept(p, KR_TOK_RSQB)) {
                if (p->err)
                    return NULL;
                p->pos = mark;
                return e;
            }
            e = CHK(kr_ast_Subscript(e, sl, KR_EXPR_CONTEXT_Load, EXTRA(s)));
        } else {
            return e;
        }
        if (!e)
            return NULL;
    }
}

static KrExpr *await_primary(KrParser *p)
{
    if (ISKW(p, await)) {
        KrToken *s = cur(p);
        int mark = p->pos;
        p->pos++;
        KrExpr *e = primary(p);
        if (!e) {
            p->pos = mark;
            return NULL;
        }
        return CHK(kr_ast_Await(e, EXTRA(s)));
    }
    return primary(p);
}

static KrExpr *factor(KrParser *p);

static KrExpr *power(KrParser *p)
{
    KrToken *s = cur(p);
    KrExpr *base = await_primary(p);
    if (!base)
        return NULL;
    int mark = p->pos;
    if (accept(p, KR_TOK_DOUBLESTAR)) {
        if (enter(p, 1) < 0)
            return NULL;
        KrExpr *r = factor(p);
        LEAVE(p, 1);
        if (!r) {
            if (!p->err)
                p->pos = mark;
            return p->err ? NULL : base;
        }
        return CHK(kr_ast_BinOp(base, KR_OPERATOR_Pow, r, EXTRA(s)));
    }
    return base;
}

static KrExpr *factor(KrParser *p)
{
    KrToken *s = cur(p);
    KrUnaryop op = s->type == KR_TOK_PLUS ? KR_UNARYOP_UAdd : s->type == KR_TOK_MINUS ? KR_UNARYOP_USub
                 : s->type == KR_TOK_TILDE ? KR_UNARYOP_Invert : 0;
    if (!op)
        return power(p);
    if (enter(p, 1) < 0)
        return NULL;
    int mark = p->pos;
    p->pos++;
    KrExpr *e = factor(p);
    LEAVE(p, 1);
    if (!e) {
        if (!p->err)
            p->pos = mark;
        return NULL;
    }
    return CHK(kr_ast_UnaryOp(op, e, EXTRA(s)));
}

/* Left-associative binary levels, from tightest to loosest. */
static KrOperator binop_at(KrParser *p, int level)
{
    int t = TYPE(p);
    switch (level) {
    case 0:
        return t == KR_TOK_STAR ? KR_OPERATOR_Mult : t == KR_TOK_SLASH ? KR_OPERATOR_Div
             : t == KR_TOK_DOUBLESLASH ? KR_OPERATOR_FloorDiv : t == KR_TOK_PERCENT ? KR_OPERATOR_Mod
             : t == KR_TOK_AT ? KR_OPERATOR_MatMult : 0;
    case 1:
        return t == KR_TOK_PLUS ? KR_OPERATOR_Add : t == KR_TOK_MINUS ? KR_OPERATOR_Sub : 0;
    case 2:
        return t == KR_TOK_LEFTSHIFT ? KR_OPERATOR_LShift : t == KR_TOK_RIGHTSHIFT ? KR_OPERATOR_RShift : 0;
    case 3:
        return t == KR_TOK_AMPER ? KR_OPERATOR_BitAnd : 0;
    case 4:
        return t == KR_TOK_CIRCUMFLEX ? KR_OPERATOR_BitXor : 0;
    default:
        return t == KR_TOK_VBAR ? KR_OPERATOR_BitOr : 0;
    }
}

static KrExpr *binary(KrParser *p, int level)
{
    KrToken *s = cur(p);
    KrExpr *left = level == 0 ? factor(p) : binary(p, level - 1);
    if (!left)
        return NULL;
    KrOperator op;
    while ((op = binop_at(p, level))) {
        int mark = p->pos;
        p->pos++;
        KrExpr *right = level == 0 ? factor(p) : binary(p, level - 1);
        if (!right) {
            if (p->err)
                return NULL;
            p->pos = mark;
            break;
        }
        left = CHK(kr_ast_BinOp(left, op, right, EXTRA(s)));
        if (!left)
            return NULL;
    }
    return left;
}

static KrExpr *bitwise_or(KrParser *p) { return binary(p, 5); }

static KrCmpop cmpop_at(KrParser *p, int *ntok)
{
    *ntok = 1;
    switch (TYPE(p)) {
    case KR_TOK_EQEQUAL: return KR_CMPOP_Eq;
    case KR_TOK_NOTEQUAL: return KR_CMPOP_NotEq;
    case KR_TOK_LESS: return KR_CMPOP_Lt;
    case KR_TOK_LESSEQUAL: return KR_CMPOP_LtE;
    case KR_TOK_GREATER: return KR_CMPOP_Gt;
    case KR_TOK_GREATEREQUAL: return KR_CMPOP_GtE;
    case KR_TOK_NAME:
        switch (kw_at(p, p->pos)) {
        case KR_KW_in: return KR_CMPOP_In;
        case KR_KW_not:
            if (kw_at(p, p->pos + 1) == KR_KW_in) {
                *ntok = 2;
                return KR_CMPOP_NotIn;
            }
            return 0;
        case KR_KW_is:
            if (kw_at(p, p->pos + 1) == KR_KW_not) {
                *ntok = 2;
                return KR_CMPOP_IsNot;
            }
            return KR_CMPOP_Is;
        }
        return 0;
    default:
        return 0;
    }
}

static KrExpr *comparison(KrParser *p)
{
    KrToken *s = cur(p);
    KrExpr *left = bitwise_or(p);
    if (!left)
        return NULL;
    Vec ops = {0}, comps = {0};
    KrCmpop op;
    int n;
    while ((op = cmpop_at(p, &n))) {
        int mark = p->pos;
        p->pos += n;
        KrExpr *r = bitwise_or(p);
        if (!r) {
            if (p->err)
                return NULL;
            p->pos = mark;
            break;
        }
        if (vpush(p, &ops, (void *)(intptr_t)op) < 0 || vpush(p, &comps, r) < 0)
            return NULL;
    }
    if (!ops.n)
        return left;
    KrCmpopSeq *os = kr_ast_cmpop_seq_new(ops.n, p->arena);
    KrExprSeq *cs = vseq(p, &comps);
    if (!os || !cs)
        return nomem(p);
    for (int i = 0; i < ops.n; i++)
        os->items[i] = (KrCmpop)(intptr_t)ops.items[i];
    return CHK(kr_ast_Compare(left, os, cs, EXTRA(s)));
}

static KrExpr *inversion(KrParser *p)
{
    if (ISKW(p, not)) {
        KrToken *s = cur(p);
        int mark = p->pos;
        if (enter(p, 1) < 0)
            return NULL;
        p->pos++;
        KrExpr *e = inversion(p);
        LEAVE(p, 1);
        if (!e) {
            if (!p->err)
                p->pos = mark;
            return NULL;
        }
        return CHK(kr_ast_UnaryOp(KR_UNARYOP_Not, e, EXTRA(s)));
    }
    return comparison(p);
}

static KrExpr *boolop(KrParser *p, int is_or)
{
    KrToken *s = cur(p);
    KrExpr *first = is_or ? boolop(p, 0) : inversion(p);
    if (!first)
        return NULL;
    int kw = is_or ? KR_KW_or : KR_KW_and;
    if (kw_at(p, p->pos) != kw)
        return first;
    Vec v = {0};
    if (vpush(p, &v, first) < 0)
        return NULL;
    while (kw_at(p, p->pos) == kw) {
        int mark = p->pos;
        p->pos++;
        KrExpr *e = is_or ? boolop(p, 0) : inversion(p);
        if (!e) {
            if (p->err)
                return NULL;
            p->pos = mark;
            break;
        }
        if (vpush(p, &v, e) < 0)
            return NULL;
    }
    if (v.n == 1)
        return first;
    KrExprSeq *vals = vseq(p, &v);
    return vals ? CHK(kr_ast_BoolOp(is_or ? KR_BOOLOP_Or : KR_BOOLOP_And, vals, EXTRA(s))) : NULL;
}

static KrExpr *disjunction(KrParser *p) { return boolop(p, 1); }

static KrExpr *lambdef(KrParser *p)
{
    KrToken *s = cur(p);
    int mark = p->pos;
    p->pos++;
    KrArguments *args = parameters(p, 0);
    if (!args || !accept(p, KR_TOK_COLON)) {
        if (!p->err)
            p->pos = mark;
        return NULL;
    }
    KrExpr *body = expression(p);
    if (!body) {
        if (!p->err)
            p->pos = mark;
        return NULL;
    }
    return CHK(kr_ast_Lambda(args, body, EXTRA(s)));
}

static int is_soft_keyword(const KrToken *t)
{
    return tok_is(t, "match") || tok_is(t, "case") || tok_is(t, "_");
}

static KrExpr *expression_inner(KrParser *p)
{
    if (ISKW(p, lambda))
        return lambdef(p);
    KrToken *s = cur(p);
    int start = p->pos;
    KrExpr *a = disjunction(p);
    if (!a)
        return NULL;
    if (ISKW(p, if)) {
        int mark = p->pos;
        p->pos++;
        KrExpr *b = disjunction(p);
        if (!b) {
            if (p->err)
                return NULL;
            p->pos = mark;
            return a;
        }
        if (!ACCEPT_KW(p, else)) {
            if (!p->err && !IS(p, KR_TOK_COLON) && !p->no_invalid)
                return err_nodes(p, a, b, "expected 'else' after 'if' expression");
            p->pos = mark;
            return a;
        }
        KrExpr *c = expression(p);
        if (!c) {
            if (p->err)
                return NULL;
            p->pos = mark;
            return a;
        }
        return CHK(kr_ast_IfExp(b, a, c, EXTRA(s)));
    }
    if (!p->no_invalid && starts_expr(p) && !IS(p, KR_TOK_MINUS) && !IS(p, KR_TOK_PLUS) &&
        !IS(p, KR_TOK_STAR) && !ISKW(p, not)) {
        /* Two expressions in a row: CPython's invalid_expression and
         * invalid_legacy_expression messages. */
        int legacy = a->kind == KR_EXPR_Name &&
                     (kr_str_eq_cstr(a->v.Name.id, "print") || kr_str_eq_cstr(a->v.Name.id, "exec"));
        KrToken *t1 = fetch(p, start + 1);
        int guarded = (s->type == KR_TOK_NAME && t1->type == KR_TOK_STRING && p->pos == start + 1) ||
                      is_soft_keyword(s);
        int mark = p->pos;
        if (!guarded && !legacy) {
            p->no_invalid++;
            KrExpr *b = expression(p);
            p->no_invalid--;
            if (b && !p->err && level_at(p, p->pos - 1) > 0)
                return err_nodes(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
            if (!p->err)
                p->pos = mark;
        }
        /* invalid_legacy_expression parses what follows any NAME (so
         * errors inside it, e.g. in an f-string, surface) but only names
         * print and exec */
        if (!p->err && a->kind == KR_EXPR_Name && p->pos == start + 1 && !IS(p, KR_TOK_LPAR)) {
            p->probing++;           /* the checks stay on inside it, as in CPython */
            KrExpr *b = star_expressions(p);
            p->probing--;
            if (b && !p->err && legacy)
                return err_nodes(p, a, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                                 kr_str_utf8(a->v.Name.id, NULL), kr_str_utf8(a->v.Name.id, NULL));
        }
        if (p->err)
            return NULL;
        p->pos = mark;
    }
    return a;
}

static KrExpr *expression(KrParser *p)
{
    if (enter(p, 20) < 0)
        return NULL;
    KrExpr *e = expression_inner(p);
    LEAVE(p, 20);
    return e;
}

/* Could e have been produced by the bitwise_or rule (no boolean,
 * comparison, conditional, lambda or `not` at its top)? */
static int bitor_level(const KrExpr *e)
{
    switch (e->kind) {
    case KR_EXPR_BoolOp: case KR_EXPR_Compare: case KR_EXPR_IfExp: case KR_EXPR_Lambda:
    case KR_EXPR_Starred: case KR_EXPR_NamedExpr:
        return 0;
    case KR_EXPR_UnaryOp:
        return e->v.UnaryOp.op != KR_UNARYOP_Not;
    default:
        return 1;
    }
}

static KrExpr *named_expression(KrParser *p, int check_eq)
{
    KrToken *s = cur(p);
    if (is_name(p) && ahead(p, 1)->type == KR_TOK_COLONEQUAL) {
        int mark = p->pos;
        KrObject *id = tok_identifier(p, s);
        if (!id)
            return NULL;
        p->pos += 2;
        KrExpr *v = expression(p);
        if (!v) {
            if (!p->err)
                p->pos = mark;
            return NULL;
        }
        KrExpr *target = CHK(kr_ast_Name(id, KR_EXPR_CONTEXT_Store, s->lineno, s->col_offset,
                                         s->end_lineno, s->end_col_offset, p->arena));
        return target ? CHK(kr_ast_NamedExpr(target, v, EXTRA(s))) : NULL;
    }
    int estart = p->pos;
    KrExpr *e = expression(p);
    if (!e)
        return NULL;
    if (IS(p, KR_TOK_COLONEQUAL) && !p->no_invalid) {
        int mark = p->pos;
        p->pos++;
        p->no_invalid++;
        KrExpr *v = expression(p);
        p->no_invalid--;
        if (v && !p->err)
            return err_node(p, e, "cannot use assignment expressions with %s", expr_name(e));
        if (p->err)
            return NULL;
        p->pos = mark;
    }
    if (check_eq && IS(p, KR_TOK_EQUAL) && !p->no_invalid) {
        int mark = p->pos;
        p->pos++;
        p->no_invalid++;
        KrExpr *b = bitwise_or(p);
        p->no_invalid--;
        if (p->err)
            return NULL;
        if (b && !IS(p, KR_TOK_EQUAL) && !IS(p, KR_TOK_COLONEQUAL)) {
            if (e->kind == KR_EXPR_Name && s->type == KR_TOK_NAME && mark == estart + 1)
                return err_nodes(p, e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            int excluded = e->kind == KR_EXPR_List || e->kind == KR_EXPR_Tuple ||
                           e->kind == KR_EXPR_GeneratorExp || !bitor_level(e) ||
                           (e->kind == KR_EXPR_Constant &&
                            (e->v.Constant.value == kr_True || e->v.Constant.value == kr_False ||
                             e->v.Constant.value == kr_None));
            if (!excluded)
                return err_node(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                expr_name(e));
        }
        p->pos = mark;
    }
    return e;
}

static KrExpr *star_named_expression(KrParser *p)
{
    if (IS(p, KR_TOK_STAR)) {
        KrToken *s = cur(p);
        int mark = p->pos;
        p->pos++;
        KrExpr *v = bitwise_or(p);
        if (!v) {
            if (!p->err)
                p->pos = mark;
            return NULL;
        }
        return CHK(kr_ast_Starred(v, KR_EXPR_CONTEXT_Load, EXTRA(s)));
    }
    return named_expression(p, 1);
}

static KrExpr *star_expression(KrParser *p)
{
    if (IS(p, KR_TOK_STAR)) {
        KrToken *s = cur(p);
        int mark = p->pos;
        p->pos++;
        KrExpr *v = bitwise_or(p);
        if (!v) {
            if (!p->err)
                p->pos = mark;
            return NULL;
        }
        return CHK(kr_ast_Starred(v, KR_EXPR_CONTEXT_Load, EXTRA(s)));
    }
    return expression(p);
}

/* A comma-separated list of `item`s: a Tuple when there is a comma. */
static KrExpr *expr_list(KrParser *p, KrExpr *(*item)(KrParser *))
{
    KrToken *s = cur(p);
    KrExpr *first = item(p);
    if (!first || !IS(p, KR_TOK_COMMA))
        return first;
    Vec v = {0};
    if (vpush(p, &v, first) < 0)
        return NULL;
    while (accept(p, KR_TOK_COMMA)) {
        if (!starts_expr(p))
            break;
        KrExpr *e = item(p);
        if (!e)
            return NULL;
        if (vpush(p, &v, e) < 0)
            return NULL;
    }
    KrExprSeq *elts = vseq(p, &v);
    return elts ? CHK(kr_ast_Tuple(elts, KR_EXPR_CONTEXT_Load, EXTRA(s))) : NULL;
}

static KrExpr *star_expressions(KrParser *p) { return expr_list(p, star_expression); }
static KrExpr *expressions(KrParser *p) { return expr_list(p, expression); }

static KrExpr *yield_expr(KrParser *p)
{
    KrToken *s = cur(p);
    p->pos++;
    if (ACCEPT_KW(p, from)) {
        KrExpr *e = expression(p);
        return e ? CHK(kr_ast_YieldFrom(e, EXTRA(s))) : NULL;
    }
    KrExpr *v = NULL;
    if (starts_expr(p) && !(v = star_expressions(p)))
        return NULL;
    return CHK(kr_ast_Yield(v, EXTRA(s)));
}

/* A target element: '*'? bitwise_or (checked later by make_target). */
static KrExpr *target_elem(KrParser *p)
{
    if (IS(p, KR_TOK_STAR)) {
        KrToken *s = cur(p);
        int mark = p->pos;
        p->pos++;
        KrExpr *v = bitwise_or(p);
        if (!v) {
            if (!p->err)
                p->pos = mark;
            return NULL;
        }
        return CHK(kr_ast_Starred(v, KR_EXPR_CONTEXT_Store, EXTRA(s)));
    }
    return bitwise_or(p);
}

/* star_targets as in `for` and comprehensions: a target list up to 'in'. */
static KrExpr *target_list(KrParser *p, int kind)
{
    int mark = p->pos;
    KrExpr *e = expr_list(p, target_elem);
    if (!e)
        return NULL;
    if (invalid_target(e, kind)) {
        p->pos = mark;
        return NULL;
    }
    set_ctx(e, KR_EXPR_CONTEXT_Store);
    return e;
}

/* CPython's invalid_for_target: after `for`, the would-be target parsed as
 * star_expressions; "cannot assign to X" when it is no target.  Always
 * returns NULL (the error set, or a soft failure). */
static void *invalid_for_target(KrParser *p, int start)
{
    if (p->err || p->no_invalid)
        return NULL;
    int mark = p->pos;
    p->pos = start;
    KrExpr *e = star_expressions(p);
    if (p->err)
        return NULL;
    const KrExpr *bad = e ? invalid_target(e, TARGET_FOR) : NULL;
    if (bad)
        return err_node(p, bad, "cannot assign to %s", expr_name(bad));
    p->pos = mark;
    return NULL;
}

static KrComprehensionSeq *for_if_clauses(KrParser *p)
{
    Vec gens = {0};
    while (ISKW(p, for) || (ISKW(p, async) && kw_at(p, p->pos + 1) == KR_KW_for)) {
        int mark = p->pos;
        int is_async = ACCEPT_KW(p, async);
        p->pos++;
        int tstart = p->pos;
        KrExpr *target = target_list(p, TARGET_FOR);
        if (!target || !ACCEPT_KW(p, in)) {
            invalid_for_target(p, tstart);
            if (!p->err)
                p->pos = mark;
            return NULL;
        }
        KrExpr *iter = disjunction(p);
        if (!iter) {
            if (!p->err)
                p->pos = mark;
            return NULL;
        }
        Vec ifs = {0};
        while (ACCEPT_KW(p, if)) {
            KrExpr *c = disjunction(p);
            if (!c)
                return NULL;
            if (vpush(p, &ifs, c) < 0)
                return NULL;
        }
        KrExprSeq *is = vseq(p, &ifs);
        KrComprehension *c = is ? CHK(kr_ast_comprehension(target, iter, is, is_async, p->arena)) : NULL;
        if (!c || vpush(p, &gens, c) < 0)
            return NULL;
    }
    return gens.n ? vseq(p, &gens) : NULL;
}

/* ---- parameters (def and lambda) ---------------------------------- */

static KrArg *param(KrParser *p, int is_def, int star)
{
    KrToken *s = cur(p);
    KrObject *name = name_token(p, NULL);
    if (!name)
        return NULL;
    KrExpr *ann = NULL;
    if (is_def && accept(p, KR_TOK_COLON)) {
        ann = star ? star_expression(p) : expression(p);
        if (!ann)
            return NULL;
    }
    return CHK(kr_ast_arg(name, ann, NULL, EXTRA(s)));
}

static KrArguments *parameters(KrParser *p, int is_def)
{
    int close = is_def ? KR_TOK_RPAR : KR_TOK_COLON;
    Vec posonly = {0}, args = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
    KrArg *vararg = NULL, *kwarg = NULL;
    int seen_slash = 0, seen_star = 0, seen_default = 0, default_before_slash = 0;
    while (!IS(p, close)) {
        KrToken *t = cur(p);
        if (kwarg) {
            if (is_name(p) || IS(p, KR_TOK_STAR) || IS(p, KR_TOK_DOUBLESTAR) || IS(p, KR_TOK_SLASH))
                return err_tok(p, NULL, t, "arguments cannot follow var-keyword argument");
            return NULL;
        }
        if (accept(p, KR_TOK_SLASH)) {
            if (seen_slash)
                return err_tok(p, NULL, t, "/ may appear only once");
            if (seen_star)
                return err_tok(p, NULL, t, "/ must be ahead of *");
            if (!args.n)
                return err_tok(p, NULL, t, "at least one argument must precede /");
            posonly = args;
            args = (Vec){0};
            seen_slash = 1;
            default_before_slash = seen_default;
        } else if (accept(p, KR_TOK_STAR)) {
            if (seen_star)
                return err_tok(p, NULL, t, "* argument may appear only once");
            seen_star = 1;
            if (is_name(p)) {
                if (!(vararg = param(p, is_def, 1)))
                    return NULL;
                if (IS(p, KR_TOK_EQUAL))
                    return err_tok(p, NULL, cur(p), "var-positional argument cannot have default value");
            } else if (IS(p, close) || (IS(p, KR_TOK_COMMA) && (ahead(p, 1)->type == close ||
                                                                ahead(p, 1)->type == KR_TOK_DOUBLESTAR))) {
                /* def reports at the '*', lambda at the token after it */
                KrToken *at = is_def ? t : IS(p, close) ? cur(p) : ahead(p, 1);
                return err_tok(p, NULL, at, "named arguments must follow bare *");
            } else if (!IS(p, KR_TOK_COMMA)) {
                return NULL;
            }
        } else if (accept(p, KR_TOK_DOUBLESTAR)) {
            if (!(kwarg = param(p, is_def, 0)))
                return NULL;
            if (IS(p, KR_TOK_EQUAL))
                return err_tok(p, NULL, cur(p), "var-keyword argument cannot have default value");
        } else if (IS(p, KR_TOK_LPAR)) {
            /* def f((a, b)): Python 2's tuple parameters */
            int i = p->pos + 1;
            while (fetch(p, i)->type == KR_TOK_NAME || fetch(p, i)->type == KR_TOK_COMMA)
                i++;
            KrToken *r = fetch(p, i);
            if (r->type == KR_TOK_RPAR && i > p->pos + 1)
                return err_range(p, t->lineno, t->col_offset, r->end_lineno, r->end_col_offset,
                                 is_def ? "Function parameters cannot be parenthesized"
                                        : "Lambda expression parameters cannot be parenthesized");
            return NULL;
        } else if (is_name(p)) {
            KrArg *a = param(p, is_def, 0);
            if (!a)
                return NULL;
            KrExpr *dflt = NULL;
            if (IS(p, KR_TOK_EQUAL)) {
                KrToken *eq = cur(p);
                p->pos++;
                if (!(dflt = expression(p))) {
                    if (!p->err && (IS(p, KR_TOK_RPAR) || IS(p, KR_TOK_COMMA)))
                        err_tok(p, NULL, eq, "expected default value expression");
                    return NULL;
                }
            }
            if (seen_star) {
                if (vpush(p, &kwonly, a) < 0 || vpush(p, &kwdefaults, dflt) < 0)
                    return NULL;
            } else {
                if (dflt) {
                    seen_default = 1;
                    if (vpush(p, &defaults, dflt) < 0)
                        return NULL;
                } else if (seen_default) {
                    /* CPython 3.11 has no message when the defaults
                     * started after the '/', or when the parameter is
                     * not followed by ',' or the end of the list */
                    if ((seen_slash && !default_before_slash) ||
                        (!IS(p, KR_TOK_COMMA) && !IS(p, close)))
                        return NULL;
                    return err_range(p, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                                     "non-default argument follows default argument");
                }
                if (vpush(p, &args, a) < 0)
                    return NULL;
            }
        } else {
            return NULL;
        }
        if (!accept(p, KR_TOK_COMMA))
            break;
    }
    if (!IS(p, close))
        return NULL;
    KrArgSeq *po = vseq(p, &posonly), *as = vseq(p, &args), *ko = vseq(p, &kwonly);
    KrExprSeq *kd = vseq(p, &kwdefaults), *d = vseq(p, &defaults);
    if (!po || !as || !ko || !kd || !d)
        return NULL;
    return CHK(kr_ast_arguments(po, as, vararg, ko, kd, kwarg, d, p->arena));
}

/* ====================================================================== */
/* Statements                                                             */
/* ====================================================================== */

static int statement(KrParser *p, Vec *out);

/* ':' after a compound statement header; "expected ':'" when the line
 * ends there instead. */
static int expect_colon(KrParser *p)
{
    if (accept(p, KR_TOK_COLON))
        return 1;
    if (!p->err && IS(p, KR_TOK_NEWLINE)) {
        KrToken *t = cur(p);
        err_range(p, t->lineno, t->col_offset, t->lineno, t->col_offset, "expected ':'");
    }
    return 0;
}

/* A forced ':' (CPython's &&':'): anything else is "expected ':'". */
static int force_colon(KrParser *p)
{
    if (accept(p, KR_TOK_COLON))
        return 1;
    if (!p->err) {
        KrToken *t = cur(p);
        int end = t->type == KR_TOK_NEWLINE ? t->col_offset : t->end_col_offset;
        err_range(p, t->lineno, t->col_offset, t->lineno, end, "expected ':'");
    }
    return 0;
}

static int simple_stmts(KrParser *p, Vec *out);

static KrStmtSeq *block(KrParser *p, const char *what, int lineno)
{
    Vec v = {0};
    if (accept(p, KR_TOK_NEWLINE)) {
        if (!IS(p, KR_TOK_INDENT)) {
            /* at the end of input CPython points at the NEWLINE */
            KrToken *at = cur(p);
            if (at->type == KR_TOK_ENDMARKER || at->type == KR_TOK_DEDENT)
                at = fetch(p, p->pos - 1);
            KrToken loc = *at;
            if (at->type == KR_TOK_NEWLINE) {
                loc.end_lineno = loc.lineno;
                loc.end_col_offset = -2;     /* CPython: end_offset -1 */
            }
            if (!p->err)
                err_tok(p, &kr_exc_IndentationError, &loc,
                        "expected an indented block after %s on line %d", what, lineno);
            return NULL;
        }
        p->pos++;
        while (!IS(p, KR_TOK_DEDENT) && !IS(p, KR_TOK_ENDMARKER)) {
            if (statement(p, &v) < 0)
                return NULL;
        }
        accept(p, KR_TOK_DEDENT);
    } else if (simple_stmts(p, &v) < 0) {
        return NULL;
    }
    return vseq(p, &v);
}

static KrStmtSeq *else_block(KrParser *p, const char *what)
{
    KrToken *t = cur(p);
    p->pos++;
    if (!force_colon(p))
        return NULL;
    return block(p, what, t->lineno);
}

static KrObject *dotted_name(KrParser *p)
{
    KrToken *first = cur(p);
    if (!is_name(p))
        return NULL;
    p->pos++;
    while (IS(p, KR_TOK_DOT) && ahead(p, 1)->type == KR_TOK_NAME && kw_at(p, p->pos + 1) == 0)
        p->pos += 2;
    KrToken *end = fetch(p, p->pos - 1);
    if (end == first)
        return tok_identifier(p, first);
    /* rebuild without whitespace between the parts */
    Kr_ssize_t n = end->end - first->start;
    char *buf = malloc(n + 1), *w = buf;
    if (!buf)
        return nomem(p);
    for (const char *r = first->start; r < end->end; r++)
        if (*r != ' ' && *r != '\t' && *r != '\\' && *r != '\n' && *r != '\r' && *r != '\f')
            *w++ = *r;
    KrObject *o = identifier(p, buf, w - buf);
    free(buf);
    return o;
}

static KrStmt *import_name(KrParser *p)
{
    KrToken *s = cur(p);
    p->pos++;
    Vec names = {0};
    do {
        KrToken *a = cur(p);
        KrObject *name = dotted_name(p);
        if (!name)
            return NULL;
        KrObject *asname = NULL;
        if (ACCEPT_KW(p, as) && !(asname = name_token(p, NULL)))
            return NULL;
        KrAlias *al = CHK(kr_ast_alias(name, asname, EXTRA(a)));
        if (!al || vpush(p, &names, al) < 0)
            return NULL;
    } while (accept(p, KR_TOK_COMMA));
    KrAliasSeq *ns = vseq(p, &names);
    return ns ? CHK(kr_ast_Import(ns, EXTRA(s))) : NULL;
}

static KrStmt *import_from(KrParser *p)
{
    KrToken *s = cur(p);
    p->pos++;
    int level = 0;
    for (;;) {
        if (accept(p, KR_TOK_DOT))
            level++;
        else if (accept(p, KR_TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    KrObject *module = NULL;
    if (is_name(p) && !(module = dotted_name(p)))
        return NULL;
    if ((!module && !level) || !ACCEPT_KW(p, import))
        return NULL;
    Vec names = {0};
    if (IS(p, KR_TOK_STAR)) {
        KrToken *t = cur(p);
        p->pos++;
        KrObject *star = identifier(p, "*", 1);
        KrAlias *al = star ? CHK(kr_ast_alias(star, NULL, EXTRA(t))) : NULL;
        if (!al || vpush(p, &names, al) < 0)
            return NULL;
    } else {
        int paren = accept(p, KR_TOK_LPAR);
        for (;;) {
            KrToken *a = cur(p);
            KrObject *name = name_token(p, NULL);
            if (!name)
                return NULL;
            KrObject *asname = NULL;
            if (ACCEPT_KW(p, as) && !(asname = name_token(p, NULL)))
                return NULL;
            KrAlias *al = CHK(kr_ast_alias(name, asname, EXTRA(a)));
            if (!al || vpush(p, &names, al) < 0)
                return NULL;
            if (!accept(p, KR_TOK_COMMA))
                break;
            if (paren && IS(p, KR_TOK_RPAR))
                break;
            if (!paren && IS(p, KR_TOK_NEWLINE)) {
                return err_tok(p, NULL, cur(p), "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (paren && !accept(p, KR_TOK_RPAR))
            return NULL;
    }
    KrAliasSeq *ns = vseq(p, &names);
    return ns ? CHK(kr_ast_ImportFrom(module, ns, level, EXTRA(s))) : NULL;
}

static KrOperator augop(int type)
{
    switch (type) {
    case KR_TOK_PLUSEQUAL: return KR_OPERATOR_Add;
    case KR_TOK_MINEQUAL: return KR_OPERATOR_Sub;
    case KR_TOK_STAREQUAL: return KR_OPERATOR_Mult;
    case KR_TOK_ATEQUAL: return KR_OPERATOR_MatMult;
    case KR_TOK_SLASHEQUAL: return KR_OPERATOR_Div;
    case KR_TOK_PERCENTEQUAL: return KR_OPERATOR_Mod;
    case KR_TOK_AMPEREQUAL: return KR_OPERATOR_BitAnd;
    case KR_TOK_VBAREQUAL: return KR_OPERATOR_BitOr;
    case KR_TOK_CIRCUMFLEXEQUAL: return KR_OPERATOR_BitXor;
    case KR_TOK_LEFTSHIFTEQUAL: return KR_OPERATOR_LShift;
    case KR_TOK_RIGHTSHIFTEQUAL: return KR_OPERATOR_RShift;
    case KR_TOK_DOUBLESTAREQUAL: return KR_OPERATOR_Pow;
    case KR_TOK_DOUBLESLASHEQUAL: return KR_OPERATOR_FloorDiv;
    default: return 0;
    }
}

static KrExpr *rhs(KrParser *p)
{
    return ISKW(p, yield) ? yield_expr(p) : star_expressions(p);
}

/* Parses something at the current position under no_invalid and restores
 * the position: 1 when `what` matched (and, if after is set, the token after
 * it is not '=' / ':='). */
static int lookahead_parses(KrParser *p, KrExpr *(*what)(KrParser *), int not_eq_after)
{
    int mark = p->pos;
    p->no_invalid++;
    KrExpr *e = what(p);
    int ok = e && !p->err;
    if (ok && not_eq_after)
        ok = !IS(p, KR_TOK_EQUAL) && !IS(p, KR_TOK_COLONEQUAL);
    p->no_invalid--;
    if (!p->err)
        p->pos = mark;
    return ok && !p->err;
}

/* The error for assigning to `t`, the n-th target of `t1 = t2 = ... =`,
 * with the current token just after its '='.  first is the statement's
 * first token (to tell `(yield) = 1` from `x = yield = 1`). */
static void *bad_assign_target(KrParser *p, KrExpr *t, int n, KrToken *first)
{
    int yield = t->kind == KR_EXPR_Yield || t->kind == KR_EXPR_YieldFrom;
    /* CPython's invalid_named_expression: one target, a bitwise_or-level
     * expression, followed by `= <bitwise_or>` and no further '=' */
    int here = n == 0 && bitor_level(t) && (!yield || first->type == KR_TOK_LPAR) &&
               t->kind != KR_EXPR_List && t->kind != KR_EXPR_Tuple &&
               t->kind != KR_EXPR_GeneratorExp &&
               !(t->kind == KR_EXPR_Constant &&
                 (t->v.Constant.value == kr_True || t->v.Constant.value == kr_False ||
                  t->v.Constant.value == kr_None)) &&
               lookahead_parses(p, bitwise_or, 1);
    if (p->err)
        return NULL;
    if (here)
        return err_node(p, t, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                        expr_name(t));
    if (yield)
        return err_node(p, t, "assignment to yield expression not possible");
    const KrExpr *bad = invalid_target(t, TARGET_STAR);
    return err_node(p, bad, "cannot assign to %s", expr_name(bad));
}

static KrStmt *expr_stmt(KrParser *p)
{
    KrToken *s = cur(p);
    int from_yield = ISKW(p, yield);
    KrExpr *e = rhs(p);
    if (!e)
        return NULL;
    if (IS(p, KR_TOK_COLON)) {
        int bad = e->kind != KR_EXPR_Name && e->kind != KR_EXPR_Attribute &&
                  e->kind != KR_EXPR_Subscript;
        if (bad) {
            /* the messages need an annotation after the ':' */
            p->pos++;
            int ann = e->kind != KR_EXPR_Starred && lookahead_parses(p, expression, 0);
            if (p->err || !ann)
                return NULL;
            if (e->kind == KR_EXPR_Tuple)
                return err_node(p, s->type == KR_TOK_LPAR ? e : e->v.Tuple.elts->items[0],
                                "only single target (not tuple) can be annotated");
            if (e->kind == KR_EXPR_List)
                return err_node(p, e, "only single target (not list) can be annotated");
            return err_node(p, e, "illegal target for annotation");
        }
        int simple = e->kind == KR_EXPR_Name && s->type != KR_TOK_LPAR;
        set_ctx(e, KR_EXPR_CONTEXT_Store);
        p->pos++;
        KrExpr *ann = expression(p);
        if (!ann)
            return NULL;
        KrExpr *value = NULL;
        if (accept(p, KR_TOK_EQUAL) && !(value = rhs(p)))
            return NULL;
        return CHK(kr_ast_AnnAssign(e, ann, value, simple, EXTRA(s)));
    }
    if (IS(p, KR_TOK_EQUAL)) {
        Vec targets = {0};
        KrExpr *curr = e;
        while (accept(p, KR_TOK_EQUAL)) {
            if ((curr->kind == KR_EXPR_Yield || curr->kind == KR_EXPR_YieldFrom ||
                 invalid_target(curr, TARGET_STAR)))
                return bad_assign_target(p, curr, targets.n, s);
            if (vpush(p, &targets, curr) < 0)
                return NULL;
            if (!(curr = rhs(p)))
                return NULL;
        }
        for (int i = 0; i < targets.n; i++)
            set_ctx(targets.items[i], KR_EXPR_CONTEXT_Store);
        KrExprSeq *ts = vseq(p, &targets);
        return ts ? CHK(kr_ast_Assign(ts, curr, NULL, EXTRA(s))) : NULL;
    }
    KrOperator op = augop(TYPE(p));
    if (op) {
        if (e->kind != KR_EXPR_Name && e->kind != KR_EXPR_Attribute && e->kind != KR_EXPR_Subscript) {
            /* the message needs `star_expressions augassign <value>` */
            if (from_yield)
                return NULL;
            p->pos++;
            if (!lookahead_parses(p, rhs, 0))
                return NULL;
            return err_node(p, e, "'%s' is an illegal expression for augmented assignment",
                            expr_name(e));
        }
        set_ctx(e, KR_EXPR_CONTEXT_Store);
        p->pos++;
        KrExpr *v = rhs(p);
        return v ? CHK(kr_ast_AugAssign(e, op, v, EXTRA(s))) : NULL;
    }
    return CHK(kr_ast_Expr(e, EXTRA(s)));
}

static KrStmt *simple_stmt(KrParser *p)
{
    KrToken *s = cur(p);
    switch (kw_at(p, p->pos)) {
    case KR_KW_pass:
        p->pos++;
        return CHK(kr_ast_Pass(EXTRA(s)));
    case KR_KW_break:
        p->pos++;
        return CHK(kr_ast_Break(EXTRA(s)));
    case KR_KW_continue:
        p->pos++;
        return CHK(kr_ast_Continue(EXTRA(s)));
    case KR_KW_return: {
        p->pos++;
        KrExpr *v = NULL;
        if (starts_expr(p) && !(v = star_expressions(p)))
            return NULL;
        return CHK(kr_ast_Return(v, EXTRA(s)));
    }
    case KR_KW_raise: {
        p->pos++;
        KrExpr *exc = NULL, *cause = NULL;
        if (starts_expr(p)) {
            if (!(exc = expression(p)))
                return NULL;
            if (ACCEPT_KW(p, from) && !(cause = expression(p)))
                return NULL;
        }
        return CHK(kr_ast_Raise(exc, cause, EXTRA(s)));
    }
    case KR_KW_global: case KR_KW_nonlocal: {
        int global = kw_at(p, p->pos) == KR_KW_global;
        p->pos++;
        Vec names = {0};
        do {
            KrObject *n = name_token(p, NULL);
            if (!n || vpush(p, &names, n) < 0)
                return NULL;
        } while (accept(p, KR_TOK_COMMA));
        KrIdentifierSeq *ns = vseq(p, &names);
        if (!ns)
            return NULL;
        return global ? CHK(kr_ast_Global(ns, EXTRA(s))) : CHK(kr_ast_Nonlocal(ns, EXTRA(s)));
    }
    case KR_KW_del: {
        p->pos++;
        int mark = p->pos;
        Vec targets = {0};
        int ok = 1;
        do {
            if (IS(p, KR_TOK_NEWLINE) || IS(p, KR_TOK_SEMI))
                break;
            KrExpr *t = target_elem(p);
            if (!t || vpush(p, &targets, t) < 0 || invalid_target(t, TARGET_DEL)) {
                ok = 0;
                break;
            }
        } while (accept(p, KR_TOK_COMMA));
        if (p->err)
            return NULL;
        if (ok && targets.n && (IS(p, KR_TOK_NEWLINE) || IS(p, KR_TOK_SEMI))) {
            for (int i = 0; i < targets.n; i++)
                set_ctx(targets.items[i], KR_EXPR_CONTEXT_Del);
            KrExprSeq *ts = vseq(p, &targets);
            return ts ? CHK(kr_ast_Delete(ts, EXTRA(s))) : NULL;
        }
        /* CPython's invalid_del_stmt: 'del' star_expressions */
        p->pos = mark;
        p->no_invalid++;
        KrExpr *e = star_expressions(p);
        p->no_invalid--;
        const KrExpr *bad = e && !p->err ? invalid_target(e, TARGET_DEL) : NULL;
        if (bad)
            return err_node(p, bad, "cannot delete %s", expr_name(bad));
        return NULL;
    }
    case KR_KW_assert: {
        p->pos++;
        KrExpr *test = expression(p), *msg = NULL;
        if (!test)
            return NULL;
        if (accept(p, KR_TOK_COMMA) && !(msg = expression(p)))
            return NULL;
        return CHK(kr_ast_Assert(test, msg, EXTRA(s)));
    }
    case KR_KW_import:
        return import_name(p);
    case KR_KW_from:
        return import_from(p);
    default:
        return expr_stmt(p);
    }
}

static int simple_stmts(KrParser *p, Vec *out)
{
    for (;;) {
        KrStmt *st = simple_stmt(p);
        if (!st || vpush(p, out, st) < 0)
            return -1;
        if (!accept(p, KR_TOK_SEMI))
            break;
        if (IS(p, KR_TOK_NEWLINE))
            break;
    }
    return accept(p, KR_TOK_NEWLINE) ? 0 : -1;
}

static KrStmt *if_stmt(KrParser *p, int is_elif)
{
    KrToken *s = cur(p);
    p->pos++;
    KrExpr *test = named_expression(p, 1);
    if (!test || !expect_colon(p))
        return NULL;
    KrStmtSeq *body = block(p, is_elif ? "'elif' statement" : "'if' statement", s->lineno);
    if (!body)
        return NULL;
    KrStmtSeq *orelse = NULL;
    if (ISKW(p, elif)) {
        KrStmt *sub = if_stmt(p, 1);
        if (!sub)
            return NULL;
        Vec v = {0};
        if (vpush(p, &v, sub) < 0 || !(orelse = vseq(p, &v)))
            return NULL;
    } else if (ISKW(p, else)) {
        if (!(orelse = else_block(p, "'else' statement")))
            return NULL;
    } else if (!(orelse = vseq(p, &(Vec){0}))) {
        return NULL;
    }
    return CHK(kr_ast_If(test, body, orelse, EXTRA(s)));
}

static KrStmtSeq *opt_else(KrParser *p)
{
    if (ISKW(p, else))
        return else_block(p, "'else' statement");
    return vseq(p, &(Vec){0});
}

static KrStmt *while_stmt(KrParser *p)
{
    KrToken *s = cur(p);
    p->pos++;
    KrExpr *test = named_expression(p, 1);
    if (!test || !expect_colon(p))
        return NULL;
    KrStmtSeq *body = block(p, "'while' statement", s->lineno);
    KrStmtSeq *orelse = body ? opt_else(p) : NULL;
    return orelse ? CHK(kr_ast_While(test, body, orelse, EXTRA(s))) : NULL;
}

static KrStmt *for_stmt(KrParser *p)
{
    KrToken *s = cur(p);
    int is_async = ACCEPT_KW(p, async);
    KrToken *f = cur(p);
    p->pos++;
    int tstart = p->pos;
    KrExpr *target = target_list(p, TARGET_FOR);
    if (!target || !ACCEPT_KW(p, in))
        return invalid_for_target(p, tstart);
    KrExpr *iter = star_expressions(p);
    if (!iter || !expect_colon(p))
        return NULL;
    KrStmtSeq *body = block(p, "'for' statement", f->lineno);
    KrStmtSeq *orelse = body ? opt_else(p) : NULL;
    if (!orelse)
        return NULL;
    if (is_async)
        return CHK(kr_ast_AsyncFor(target, iter, body, orelse, NULL, EXTRA(s)));
    return CHK(kr_ast_For(target, iter, body, orelse, NULL, EXTRA(s)));
}

static KrWithitem *with_item(KrParser *p)
{
    KrExpr *e = expression(p);
    if (!e)
        return NULL;
    KrExpr *vars = NULL;
    if (ACCEPT_KW(p, as)) {
        if (!(vars = target_elem(p)))
            return NULL;
        if (!IS(p, KR_TOK_COMMA) && !IS(p, KR_TOK_RPAR) && !IS(p, KR_TOK_COLON))
            return NULL;
        if (make_target(p, vars, TARGET_STAR) < 0)
            return NULL;
    }
    return CHK(kr_ast_withitem(e, vars, p->arena));
}

static KrStmt *with_stmt(KrParser *p)
{
    KrToken *s = cur(p);
    int is_async = ACCEPT_KW(p, async);
    KrToken *w = cur(p);
    p->pos++;
    Vec items = {0};
    int done = 0;
    if (IS(p, KR_TOK_LPAR)) {
        /* with (a as b, c as d): ... -- else it is an expression */
        int mark = p->pos;
        p->pos++;
        p->no_invalid++;
        for (;;) {
            KrWithitem *it = with_item(p);
            if (!it || vpush(p, &items, it) < 0)
                break;
            if (!accept(p, KR_TOK_COMMA) || IS(p, KR_TOK_RPAR))
                break;
        }
        p->no_invalid--;
        if (p->err)
            return NULL;
        if (items.n && accept(p, KR_TOK_RPAR) && IS(p, KR_TOK_COLON)) {
            done = 1;
        } else {
            p->pos = mark;
            items = (Vec){0};
        }
    }
    if (!done) {
        do {
            KrWithitem *it = with_item(p);
            if (!it || vpush(p, &items, it) < 0)
                return NULL;
        } while (accept(p, KR_TOK_COMMA));
    }
    if (!expect_colon(p))
        return NULL;
    KrWithitemSeq *is = vseq(p, &items);
    KrStmtSeq *body = is ? block(p, "'with' statement", w->lineno) : NULL;
    if (!body)
        return NULL;
    if (is_async)
        return CHK(kr_ast_AsyncWith(is, body, NULL, EXTRA(s)));
    return CHK(kr_ast_With(is, body, NULL, EXTRA(s)));
}

static KrStmt *try_stmt(KrParser *p)
{
    KrToken *s = cur(p);
    p->pos++;
    if (!force_colon(p))
        return NULL;
    KrStmtSeq *body = block(p, "'try' statement", s->lineno);
    if (!body)
        return NULL;
    Vec handlers = {0};
    int any_star = 0, any_plain = 0;
    while (ISKW(p, except)) {
        KrToken *h = cur(p);
        p->pos++;
        int star = accept(p, KR_TOK_STAR);
        if (star ? any_plain : any_star)
            return err_range(p, h->lineno, h->col_offset, last(p)->end_lineno, last(p)->end_col_offset,
                             "cannot have both 'except' and 'except*' on the same 'try'");
        if (star)
            any_star = 1;
        else
            any_plain = 1;
        KrExpr *type = NULL;
        KrObject *name = NULL;
        if (star && IS(p, KR_TOK_COLON)) {
            KrToken *c = cur(p);
            return err_tok(p, NULL, c, "expected one or more exception types");
        }
        if (!IS(p, KR_TOK_COLON)) {
            if (!(type = expression(p)))
                return NULL;
            if (IS(p, KR_TOK_COMMA)) {
                int mark = p->pos;
                p->pos++;
                p->no_invalid++;
                KrExpr *more = expressions(p);
                p->no_invalid--;
                if (more && !p->err && (IS(p, KR_TOK_COLON) || ISKW(p, as)))
                    return err_nodes(p, type, more, "multiple exception types must be parenthesized");
                if (p->err)
                    return NULL;
                p->pos = mark;
            }
            if (ACCEPT_KW(p, as) && !(name = name_token(p, NULL)))
                return NULL;
        }
        if (!expect_colon(p))
            return NULL;
        KrStmtSeq *hb = block(p, star ? "'except*' statement" : "'except' statement", h->lineno);
        if (!hb)
            return NULL;
        KrExcepthandler *eh = CHK(kr_ast_ExceptHandler(type, name, hb, EXTRA(h)));
        if (!eh || vpush(p, &handlers, eh) < 0)
            return NULL;
    }
    KrStmtSeq *orelse = NULL, *finalbody = NULL;
    if (handlers.n && ISKW(p, else) && !(orelse = else_block(p, "'else' statement")))
        return NULL;
    if (ISKW(p, finally) && !(finalbody = else_block(p, "'finally' statement")))
        return NULL;
    if (!handlers.n && !finalbody) {
        if (p->err)
            return NULL;
        KrToken *c = cur(p);
        if (c->type != KR_TOK_ENDMARKER && c->type != KR_TOK_DEDENT)
            return err_tok(p, NULL, c, "expected 'except' or 'finally' block");
        KrToken *l = last(p);
        return err_range(p, l->end_lineno, l->end_col_offset, l->end_lineno, -2,
                         "expected 'except' or 'finally' block");
    }
    KrExcepthandlerSeq *hs = vseq(p, &handlers);
    if (!orelse)
        orelse = vseq(p, &(Vec){0});
    if (!finalbody)
        finalbody = vseq(p, &(Vec){0});
    if (!hs || !orelse || !finalbody)
        return NULL;
    if (any_star)
        return CHK(kr_ast_TryStar(body, hs, orelse, finalbody, EXTRA(s)));
    return CHK(kr_ast_Try(body, hs, orelse, finalbody, EXTRA(s)));
}

static KrStmt *funcdef(KrParser *p, KrExprSeq *decorators)
{
    KrToken *s = cur(p);
    int is_async = ACCEPT_KW(p, async);
    KrToken *d = cur(p);
    p->pos++;
    KrObject *name = name_token(p, NULL);
    if (!name)
        return NULL;
    if (!accept(p, KR_TOK_LPAR)) {
        KrToken *t = cur(p);
        return err_range(p, t->lineno, t->col_offset, t->lineno, t->col_offset, "expected '('");
    }
    KrArguments *args = parameters(p, 1);
    if (!args || !accept(p, KR_TOK_RPAR))
        return NULL;
    KrExpr *returns = NULL;
    if (IS(p, KR_TOK_RARROW)) {
        int mark = p->pos;
        p->pos++;
        if (!(returns = expression(p))) {
            if (p->err)
                return NULL;
            p->pos = mark;
        }
    }
    if (!force_colon(p))
        return NULL;
    KrStmtSeq *body = block(p, "function definition", d->lineno);
    if (!body)
        return NULL;
    if (is_async)
        return CHK(kr_ast_AsyncFunctionDef(name, args, body, decorators, returns, NULL, EXTRA(s)));
    return CHK(kr_ast_FunctionDef(name, args, body, decorators, returns, NULL, EXTRA(s)));
}

static KrStmt *classdef(KrParser *p, KrExprSeq *decorators)
{
    KrToken *s = cur(p);
    p->pos++;
    KrObject *name = name_token(p, NULL);
    if (!name)
        return NULL;
    Vec bases = {0}, kws = {0};
    if (IS(p, KR_TOK_LPAR)) {
        KrToken *lpar = cur(p);
        p->pos++;
        if (call_args(p, lpar, &bases, &kws, 0) < 0)
            return NULL;
    }
    if (!expect_colon(p))
        return NULL;
    KrExprSeq *bs = vseq(p, &bases);
    KrKeywordSeq *ks = vseq(p, &kws);
    KrStmtSeq *body = bs && ks ? block(p, "class definition", s->lineno) : NULL;
    if (!body)
        return NULL;
    return CHK(kr_ast_ClassDef(name, bs, ks, body, decorators, EXTRA(s)));
}

static KrStmt *decorated(KrParser *p)
{
    Vec decs = {0};
    while (accept(p, KR_TOK_AT)) {
        KrExpr *e = named_expression(p, 1);
        if (!e || !accept(p, KR_TOK_NEWLINE))
            return NULL;
        if (vpush(p, &decs, e) < 0)
            return NULL;
    }
    KrExprSeq *ds = vseq(p, &decs);
    if (!ds)
        return NULL;
    if (ISKW(p, def) || (ISKW(p, async) && kw_at(p, p->pos + 1) == KR_KW_def))
        return funcdef(p, ds);
    if (ISKW(p, class))
        return classdef(p, ds);
    return NULL;
}

/* ---- match statements and patterns ---------------------------------- */

static KrPattern *pattern(KrParser *p);

/* signed_number, optionally followed by +/- imaginary: a literal expr. */
static KrExpr *number_literal(KrParser *p)
{
    KrToken *s = cur(p);
    int mark = p->pos;
    KrExpr *e;
    if (accept(p, KR_TOK_MINUS)) {
        KrToken *n = cur(p);
        if (!accept(p, KR_TOK_NUMBER)) {
            p->pos = mark;
            return NULL;
        }
        KrObject *v = parse_number(p, n);
        KrExpr *c = v ? CHK(kr_ast_Constant(v, NULL, EXTRA(n))) : NULL;
        e = c ? CHK(kr_ast_UnaryOp(KR_UNARYOP_USub, c, EXTRA(s))) : NULL;
    } else {
        if (!accept(p, KR_TOK_NUMBER))
            return NULL;
        KrObject *v = parse_number(p, s);
        e = v ? CHK(kr_ast_Constant(v, NULL, EXTRA(s))) : NULL;
    }
    if (!e)
        return NULL;
    if ((IS(p, KR_TOK_PLUS) || IS(p, KR_TOK_MINUS)) && ahead(p, 1)->type == KR_TOK_NUMBER) {
        KrOperator op = IS(p, KR_TOK_PLUS) ? KR_OPERATOR_Add : KR_OPERATOR_Sub;
        KrToken *l = fetch(p, p->pos - 1);
        if (l->end[-1] == 'j' || l->end[-1] == 'J')
            return err_node(p, e->kind == KR_EXPR_UnaryOp ? e->v.UnaryOp.operand : e,
                            "real number required in complex literal");
        p->pos++;
        KrToken *n = cur(p);
        if (n->end[-1] != 'j' && n->end[-1] != 'J')
            return err_tok(p, NULL, n, "imaginary number required in complex literal");
        p->pos++;
        KrObject *v = parse_number(p, n);
        KrExpr *c = v ? CHK(kr_ast_Constant(v, NULL, EXTRA(n))) : NULL;
        e = c ? CHK(kr_ast_BinOp(e, op, c, EXTRA(s))) : NULL;
    }
    return e;
}

/* name_or_attr: NAME ('.' NAME)* as Name/Attribute loads. */
static KrExpr *name_or_attr(KrParser *p)
{
    KrToken *s = cur(p);
    KrObject *id = name_token(p, NULL);
    if (!id)
        return NULL;
    KrExpr *e = CHK(kr_ast_Name(id, KR_EXPR_CONTEXT_Load, EXTRA(s)));
    while (e && IS(p, KR_TOK_DOT) && ahead(p, 1)->type == KR_TOK_NAME && kw_at(p, p->pos + 1) == 0) {
        p->pos++;
        KrObject *attr = name_token(p, NULL);
        e = attr ? CHK(kr_ast_Attribute(e, attr, KR_EXPR_CONTEXT_Load, EXTRA(s))) : NULL;
    }
    return e;
}

static KrObject *capture_target(KrParser *p)
{
    if (!is_name(p) || tok_is(cur(p), "_"))
        return NULL;
    int t = ahead(p, 1)->type;
    if (t == KR_TOK_DOT || t == KR_TOK_LPAR || t == KR_TOK_EQUAL)
        return NULL;
    return name_token(p, NULL);
}

static KrPattern *star_pattern(KrParser *p)
{
    KrToken *s = cur(p);
    int mark = p->pos;
    p->pos++;
    if (is_name(p) && tok_is(cur(p), "_")) {
        p->pos++;
        return CHK(kr_ast_MatchStar(NULL, EXTRA(s)));
    }
    KrObject *name = capture_target(p);
    if (!name) {
        if (!p->err)
            p->pos = mark;
        return NULL;
    }
    return CHK(kr_ast_MatchStar(name, EXTRA(s)));
}

static KrPattern *maybe_star_pattern(KrParser *p)
{
    return IS(p, KR_TOK_STAR) ? star_pattern(p) : pattern(p);
}

/* Comma-separated maybe_star_patterns up to `close`. */
static KrPatternSeq *pattern_list(KrParser *p, int close, int *ncommas)
{
    Vec v = {0};
    *ncommas = 0;
    while (!IS(p, close)) {
        KrPattern *q = maybe_star_pattern(p);
        if (!q || vpush(p, &v, q) < 0)
            return NULL;
        if (!accept(p, KR_TOK_COMMA))
            break;
        (*ncommas)++;
    }
    return vseq(p, &v);
}

static KrPattern *mapping_pattern(KrParser *p)
{
    KrToken *s = cur(p);
    p->pos++;
    Vec keys = {0}, pats = {0};
    KrObject *rest = NULL;
    while (!IS(p, KR_TOK_RBRACE)) {
        if (accept(p, KR_TOK_DOUBLESTAR)) {
            if (!(rest = capture_target(p)))
                return NULL;
            accept(p, KR_TOK_COMMA);
            break;
        }
        KrExpr *key;
        KrToken *k = cur(p);
        if (k->type == KR_TOK_NUMBER || k->type == KR_TOK_MINUS) {
            key = number_literal(p);
        } else if (k->type == KR_TOK_STRING) {
            key = strings(p);
        } else if (kw_at(p, p->pos) == KR_KW_None || kw_at(p, p->pos) == KR_KW_True ||
                   kw_at(p, p->pos) == KR_KW_False) {
            key = atom(p);
        } else {
            key = name_or_attr(p);
            if (key && key->kind != KR_EXPR_Attribute)
                return NULL;
        }
        if (!key || !accept(p, KR_TOK_COLON))
            return NULL;
        KrPattern *v = pattern(p);
        if (!v || vpush(p, &keys, key) < 0 || vpush(p, &pats, v) < 0)
            return NULL;
        if (!accept(p, KR_TOK_COMMA))
            break;
    }
    if (!accept(p, KR_TOK_RBRACE))
        return NULL;
    KrExprSeq *ks = vseq(p, &keys);
    KrPatternSeq *ps = vseq(p, &pats);
    return ks && ps ? CHK(kr_ast_MatchMapping(ks, ps, rest, EXTRA(s))) : NULL;
}

static KrPattern *class_pattern(KrParser *p, KrToken *s, KrExpr *cls)
{
    p->pos++;                                   /* '(' */
    Vec pats = {0}, attrs = {0}, kpats = {0};
    while (!IS(p, KR_TOK_RPAR)) {
        if (is_name(p) && ahead(p, 1)->type == KR_TOK_EQUAL) {
            KrObject *a = name_token(p, NULL);
            p->pos++;
            KrPattern *v = a ? pattern(p) : NULL;
            if (!v || vpush(p, &attrs, a) < 0 || vpush(p, &kpats, v) < 0)
                return NULL;
        } else {
            KrPattern *v = pattern(p);
            if (!v)
                return NULL;
            if (attrs.n)
                return err_range(p, v->lineno, v->col_offset, v->end_lineno, v->end_col_offset,
                                 "positional patterns follow keyword patterns");
            if (vpush(p, &pats, v) < 0)
                return NULL;
        }
        if (!accept(p, KR_TOK_COMMA))
            break;
    }
    if (!accept(p, KR_TOK_RPAR))
        return NULL;
    KrPatternSeq *ps = vseq(p, &pats), *kp = vseq(p, &kpats);
    KrIdentifierSeq *as = vseq(p, &attrs);
    return ps && kp && as ? CHK(kr_ast_MatchClass(cls, ps, as, kp, EXTRA(s))) : NULL;
}

static KrPattern *closed_pattern(KrParser *p)
{
    KrToken *s = cur(p);
    int mark = p->pos;
    switch (s->type) {
    case KR_TOK_NUMBER: case KR_TOK_MINUS: {
        KrExpr *v = number_literal(p);
        return v ? CHK(kr_ast_MatchValue(v, EXTRA(s))) : NULL;
    }
    case KR_TOK_STRING: {
        KrExpr *v = strings(p);
        return v ? CHK(kr_ast_MatchValue(v, EXTRA(s))) : NULL;
    }
    case KR_TOK_LPAR: {
        p->pos++;
        int commas;
        KrPatternSeq *ps = pattern_list(p, KR_TOK_RPAR, &commas);
        if (!ps || !accept(p, KR_TOK_RPAR))
            goto fail;
        if (ps->size == 1 && commas == 0) {
            if (ps->items[0]->kind == KR_PATTERN_MatchStar)
                goto fail;
            return ps->items[0];            /* group pattern */
        }
        return CHK(kr_ast_MatchSequence(ps, EXTRA(s)));
    }
    case KR_TOK_LSQB: {
        p->pos++;
        int commas;
        KrPatternSeq *ps = pattern_list(p, KR_TOK_RSQB, &commas);
        if (!ps || !accept(p, KR_TOK_RSQB))
            goto fail;
        return CHK(kr_ast_MatchSequence(ps, EXTRA(s)));
    }
    case KR_TOK_LBRACE: {
        KrPattern *r = mapping_pattern(p);
        if (!r)
            goto fail;
        return r;
    }
    case KR_TOK_NAME: {
        int k = kw_at(p, p->pos);
        if (k == KR_KW_None || k == KR_KW_True || k == KR_KW_False) {
            p->pos++;
            return CHK(kr_ast_MatchSingleton(k == KR_KW_None ? kr_None : k == KR_KW_True ? kr_True : kr_False,
                                             EXTRA(s)));
        }
        if (k)
            return NULL;
        int t1 = ahead(p, 1)->type;
        if (t1 == KR_TOK_DOT || t1 == KR_TOK_LPAR) {
            KrExpr *e = name_or_attr(p);
            if (!e)
                goto fail;
            if (IS(p, KR_TOK_LPAR)) {
                KrPattern *r = class_pattern(p, s, e);
                if (!r)
                    goto fail;
                return r;
            }
            if (e->kind != KR_EXPR_Attribute)
                goto fail;
            return CHK(kr_ast_MatchValue(e, EXTRA(s)));
        }
        if (tok_is(s, "_")) {
            p->pos++;
            return CHK(kr_ast_MatchAs(NULL, NULL, EXTRA(s)));
        }
        KrObject *name = capture_target(p);
        if (!name)
            goto fail;
        return CHK(kr_ast_MatchAs(NULL, name, EXTRA(s)));
    }
    default:
        return NULL;
    }
fail:
    if (!p->err)
        p->pos = mark;
    return NULL;
}

/* pattern: or_pattern ['as' NAME] */
static KrPattern *pattern(KrParser *p)
{
    KrToken *s = cur(p);
    if (enter(p, 20) < 0)
        return NULL;
    Vec alts = {0};
    KrPattern *first = NULL;
    do {
        KrPattern *q = closed_pattern(p);
        if (!q || vpush(p, &alts, q) < 0) {
            LEAVE(p, 20);
            return NULL;
        }
        if (!first)
            first = q;
    } while (accept(p, KR_TOK_VBAR));
    LEAVE(p, 20);
    KrPattern *r = first;
    if (alts.n > 1) {
        KrPatternSeq *ps = vseq(p, &alts);
        r = ps ? CHK(kr_ast_MatchOr(ps, EXTRA(s))) : NULL;
    }
    if (r && ACCEPT_KW(p, as)) {
        KrToken *t = cur(p);
        if (is_name(p) && tok_is(t, "_"))
            return err_tok(p, NULL, t, "cannot use '_' as a target");
        KrObject *name = capture_target(p);
        if (!name) {
            if (!p->err && t->type != KR_TOK_COLON && t->type != KR_TOK_NEWLINE) {
                p->no_invalid++;
                KrExpr *bad = expression(p);
                p->no_invalid--;
                if (bad && !p->err)
                    return err_node(p, bad, "invalid pattern target");
            }
            return NULL;
        }
        r = CHK(kr_ast_MatchAs(r, name, EXTRA(s)));
    }
    return r;
}

/* patterns: an open sequence (`case a, b:`) or one pattern */
static KrPattern *patterns(KrParser *p)
{
    KrToken *s = cur(p);
    KrPattern *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (!IS(p, KR_TOK_COMMA) && first->kind != KR_PATTERN_MatchStar)
        return first;
    Vec v = {0};
    if (vpush(p, &v, first) < 0)
        return NULL;
    while (accept(p, KR_TOK_COMMA)) {
        if (IS(p, KR_TOK_COLON) || ISKW(p, if))
            break;
        KrPattern *q = maybe_star_pattern(p);
        if (!q || vpush(p, &v, q) < 0)
            return NULL;
    }
    KrPatternSeq *ps = vseq(p, &v);
    return ps ? CHK(kr_ast_MatchSequence(ps, EXTRA(s))) : NULL;
}

static KrStmt *match_stmt(KrParser *p)
{
    KrToken *s = cur(p);
    p->pos++;
    KrToken *ss = cur(p);
    KrExpr *subject = star_named_expression(p);
    if (!subject)
        return NULL;
    if (IS(p, KR_TOK_COMMA)) {
        Vec v = {0};
        if (vpush(p, &v, subject) < 0)
            return NULL;
        while (accept(p, KR_TOK_COMMA)) {
            if (IS(p, KR_TOK_COLON))
                break;
            KrExpr *e = star_named_expression(p);
            if (!e || vpush(p, &v, e) < 0)
                return NULL;
        }
        KrExprSeq *elts = vseq(p, &v);
        subject = elts ? CHK(kr_ast_Tuple(elts, KR_EXPR_CONTEXT_Load, EXTRA(ss))) : NULL;
        if (!subject)
            return NULL;
    }
    if (!expect_colon(p) || !accept(p, KR_TOK_NEWLINE))
        return NULL;
    if (!IS(p, KR_TOK_INDENT)) {
        KrToken loc = *cur(p);
        if (loc.type == KR_TOK_ENDMARKER || loc.type == KR_TOK_DEDENT) {
            loc = *fetch(p, p->pos - 1);
            loc.end_col_offset = -2;
        }
        return err_tok(p, &kr_exc_IndentationError, &loc,
                       "expected an indented block after 'match' statement on line %d", s->lineno);
    }
    p->pos++;
    Vec cases = {0};
    while (tok_is(cur(p), "case")) {
        KrToken *c = cur(p);
        p->pos++;
        KrPattern *pat = patterns(p);
        if (!pat)
            return NULL;
        KrExpr *guard = NULL;
        if (ACCEPT_KW(p, if) && !(guard = named_expression(p, 1)))
            return NULL;
        if (!expect_colon(p))
            return NULL;
        KrStmtSeq *body = block(p, "'case' statement", c->lineno);
        KrMatchCase *mc = body ? CHK(kr_ast_match_case(pat, guard, body, p->arena)) : NULL;
        if (!mc || vpush(p, &cases, mc) < 0)
            return NULL;
    }
    if (!cases.n || !accept(p, KR_TOK_DEDENT))
        return NULL;
    KrMatchCaseSeq *cs = vseq(p, &cases);
    return cs ? CHK(kr_ast_Match(subject, cs, EXTRA(s))) : NULL;
}

/* `match` is a soft keyword: it starts a match statement only when a
 * subject and ':' NEWLINE follow. */
static int is_match_stmt(KrParser *p)
{
    if (!tok_is(cur(p), "match"))
        return 0;
    int mark = p->pos;
    p->pos++;
    p->no_invalid++;
    int r = 0;
    KrToken *t = cur(p);
    if (t->type != KR_TOK_EQUAL && t->type != KR_TOK_DOT && t->type != KR_TOK_NEWLINE &&
        augop(t->type) == 0) {
        KrExpr *subject = star_expressions(p);
        r = subject && !p->err && IS(p, KR_TOK_COLON) && ahead(p, 1)->type == KR_TOK_NEWLINE;
    }
    p->no_invalid--;
    if (!p->err)
        p->pos = mark;
    return r;
}

static int statement(KrParser *p, Vec *out)
{
    KrStmt *st = NULL;
    switch (kw_at(p, p->pos)) {
    case KR_KW_if: st = if_stmt(p, 0); break;
    case KR_KW_while: st = while_stmt(p); break;
    case KR_KW_for: st = for_stmt(p); break;
    case KR_KW_with: st = with_stmt(p); break;
    case KR_KW_try: st = try_stmt(p); break;
    case KR_KW_def: st = funcdef(p, vseq(p, &(Vec){0})); break;
    case KR_KW_class: st = classdef(p, vseq(p, &(Vec){0})); break;
    case KR_KW_async: {
        int k = kw_at(p, p->pos + 1);
        if (k == KR_KW_def)
            st = funcdef(p, vseq(p, &(Vec){0}));
        else if (k == KR_KW_for)
            st = for_stmt(p);
        else if (k == KR_KW_with)
            st = with_stmt(p);
        break;
    }
    default:
        if (IS(p, KR_TOK_AT)) {
            st = decorated(p);
            break;
        }
        if (is_match_stmt(p)) {
            st = match_stmt(p);
            break;
        }
        if (p->err)
            return -1;
        return simple_stmts(p, out);
    }
    if (!st || vpush(p, out, st) < 0)
        return -1;
    return 0;
}

/* ====================================================================== */
/* Entry points                                                           */
/* ====================================================================== */

static KrMod *parse_utf8(const char *src, Kr_ssize_t len, KrObject *filename, int mode,
                            KrArena *arena);

static void generic_error(KrParser *p)
{
    if (p->err)
        return;
    int i = (p->valid_fill > 0 ? p->valid_fill : p->fill) - 1;
    if (i < 0)
        i = 0;
    KrToken *t = fetch(p, i);
    if (p->err)
        return;
    if (t->type == KR_TOK_ENDMARKER) {
        int line = i > 0 ? fetch(p, i - 1)->lineno : t->lineno - 1;
        err_range(p, line, -1, line, -1, "invalid syntax");
        return;
    }
    if (t->type == KR_TOK_INDENT || t->type == KR_TOK_DEDENT) {
        KrToken at = *t;
        at.end_lineno = at.lineno;
        at.end_col_offset = -2;
        err_tok(p, &kr_exc_IndentationError, &at,
                t->type == KR_TOK_INDENT ? "unexpected indent" : "unexpected unindent");
        p->no_rescan = 1;           /* CPython returns before rescanning here */
        return;
    }
    err_tok(p, NULL, t, "invalid syntax");
}

/* After a parser error CPython tokenizes the rest of the input, and a
 * tokenizer error found there wins (so an unterminated string or an
 * unmatched bracket further down is what gets reported). */
static void rescan(KrParser *p)
{
    if (p->tok.error || p->in_fstring || p->fill == 0 || p->no_rescan ||
        !kr_err_matches_type(&kr_exc_SyntaxError))
        return;
    int err_line = p->chunks[(p->fill - 1) / CHUNK][(p->fill - 1) % CHUNK].lineno;
    KrObject *saved = kr_err_fetch();
    KrToken t;
    while (!p->tok.done) {
        if (kr_tok_next(&p->tok, &t) < 0) {
            int kind = p->tok.error;
            if (kind == KR_TOKERR_SYNTAX ||
                (kind == KR_TOKERR_EOF_IN_BRACKET && err_line > p->tok.lineno)) {
                kr_xdecref(saved);
                return;
            }
            kr_err_clear();
            break;
        }
        if (t.type == KR_TOK_ENDMARKER)
            break;
    }
    kr_err_restore(saved);
}

static void free_parser(KrParser *p)
{
    for (int i = 0; i < p->nchunks; i++) {
        free(p->chunks[i]);
        free(p->kwchunks[i]);
        free(p->lvchunks[i]);
    }
    free(p->chunks);
    free(p->kwchunks);
    free(p->lvchunks);
}

/* PEP 263: a `coding` comment on line 1 or 2.  Copies the encoding name
 * (lower case, '_' as '-') into enc; 0 when there is none. */
static int find_cookie(const char *src, Kr_ssize_t len, char *enc, size_t encsz)
{
    const char *p = src, *end = src + len;
    for (int line = 0; line < 2 && p < end; line++) {
        const char *eol = memchr(p, '\n', end - p);
        if (!eol)
            eol = end;
        const char *q = p;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\f'))
            q++;
        if (q < eol && *q == '#') {
            for (const char *c = q; c + 7 <= eol; c++) {
                if (memcmp(c, "coding", 6) == 0 && (c[6] == ':' || c[6] == '=')) {
                    const char *e = c + 7;
                    while (e < eol && (*e == ' ' || *e == '\t'))
                        e++;
                    size_t n = 0;
                    while (e < eol && n + 1 < encsz &&
                           ((*e >= 'a' && *e <= 'z') || (*e >= 'A' && *e <= 'Z') ||
                            (*e >= '0' && *e <= '9') || *e == '-' || *e == '_' || *e == '.')) {
                        char ch = *e++;
                        if (ch >= 'A' && ch <= 'Z')
                            ch = (char)(ch + 32);
                        enc[n++] = ch == '_' ? '-' : ch;
                    }
                    enc[n] = 0;
                    return n > 0;
                }
            }
        } else if (q < eol && *q != '\r') {
            return 0;                /* code on line 1: no cookie on line 2 */
        }
        p = eol + 1;
    }
    return 0;
}

KrMod *kr_parse(const char *src, Kr_ssize_t len, KrObject *filename, int mode, KrArena *arena)
{
    char enc[64];
    int bom = len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0;
    if (find_cookie(src + (bom ? 3 : 0), len - (bom ? 3 : 0), enc, sizeof enc) &&
        strcmp(enc, "utf-8") != 0 && strcmp(enc, "utf8") != 0 && strncmp(enc, "utf-8-", 6) != 0) {
        if (bom) {
            char msg[128];
            snprintf(msg, sizeof msg, "encoding problem: %s with BOM", enc);
            kr_err_syntax_location(&kr_exc_SyntaxError, msg, filename, 0, -2, -1, -1, NULL);
            return NULL;
        }
        /* decode with the declared codec and parse the UTF-8 result */
        static const char *const latin1[] = { "latin-1", "iso-8859-1", "iso8859-1", "latin1",
                                              "l1", "iso-latin-1", "8859", "cp819", NULL };
        const char *codec = enc;
        for (int i = 0; latin1[i]; i++)
            if (strcmp(enc, latin1[i]) == 0 || strncmp(enc, "iso-8859-1-", 11) == 0 ||
                strncmp(enc, "latin-1-", 8) == 0)
                codec = "latin-1";
        if (strcmp(enc, "us-ascii") == 0)
            codec = "ascii";
        KrObject *text = kr_str_decode(src, len, codec, "strict");
        if (!text) {
            kr_err_clear();
            char msg[128];
            snprintf(msg, sizeof msg, "unknown encoding: %s", enc);
            kr_err_syntax_location(&kr_exc_SyntaxError, msg, filename, 0, -2, -1, -1, NULL);
            return NULL;
        }
        Kr_ssize_t n;
        const char *u = kr_str_utf8(text, &n);
        KrMod *m = NULL;
        if (u) {
            char *copy = malloc(n + 1);
            if (copy) {
                memcpy(copy, u, n);
                copy[n] = 0;
                m = parse_utf8(copy, n, filename, mode, arena);
                free(copy);
            } else {
                kr_err_no_memory();
            }
        }
        kr_decref(text);
        return m;
    }
    return parse_utf8(src, len, filename, mode, arena);
}

static KrMod *parse_utf8(const char *src, Kr_ssize_t len, KrObject *filename, int mode,
                            KrArena *arena)
{
    const char *why = NULL;
    const char *fn = filename ? kr_str_utf8(filename, NULL) : NULL;
    /* A file is decoded as a whole (comments included) before it is
     * tokenized; other sources fail token by token, like CPython. */
    Kr_ssize_t bad = fn && fn[0] != '<' ? kr_tok_bad_utf8(src, len, &why) : -1;
    if (bad >= 0) {
        int line = 1;
        const char *ls = src;
        for (Kr_ssize_t i = 0; i < bad; i++)
            if (src[i] == '\n') {
                line++;
                ls = src + i + 1;
            }
        (void)ls;
        char msg[512];
        snprintf(msg, sizeof msg, "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                 "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                 (unsigned char)src[bad], fn, line);
        kr_err_set_string(&kr_exc_SyntaxError, msg);   /* CPython gives it no location */
        return NULL;
    }
    /* Universal newlines: \r\n and \r become \n before tokenizing. */
    char *translated = NULL;
    if (memchr(src, '\r', len)) {
        translated = malloc(len + 1);
        if (!translated) {
            kr_err_no_memory();
            return NULL;
        }
        Kr_ssize_t n = 0;
        for (Kr_ssize_t i = 0; i < len; i++) {
            if (src[i] == '\r') {
                translated[n++] = '\n';
                if (i + 1 < len && src[i + 1] == '\n')
                    i++;
            } else {
                translated[n++] = src[i];
            }
        }
        src = translated;
        len = n;
    }
    const char *nul = memchr(src, 0, len);
    if (nul) {
        int line = 1;
        for (const char *q = src; q < nul; q++)
            line += *q == '\n';
        kr_err_syntax_location(&kr_exc_SyntaxError, "source code cannot contain null bytes",
                               filename, line, -2, -1, -1, NULL);
        free(translated);
        return NULL;
    }
    KrParser p;
    memset(&p, 0, sizeof p);
    kr_tok_init(&p.tok, src, len, filename);
    p.tok.eof_newline_unplaced = mode != KR_MODE_EXEC;
    p.arena = arena;
    p.filename = filename;
    KrMod *mod = NULL;
    Vec body = {0};
    if (mode == KR_MODE_EVAL) {
        KrExpr *e = expressions(&p);
        if (e && !p.err) {
            while (accept(&p, KR_TOK_NEWLINE))
                ;
            if (IS(&p, KR_TOK_ENDMARKER))
                mod = kr_ast_Expression(e, arena);
        }
    } else if (mode == KR_MODE_SINGLE) {
        if (accept(&p, KR_TOK_NEWLINE) || statement(&p, &body) == 0) {
            int simple = 0;
            if (body.n) {
                int k = ((KrStmt *)body.items[0])->kind;
                simple = k != KR_STMT_If && k != KR_STMT_While && k != KR_STMT_For &&
                         k != KR_STMT_AsyncFor && k != KR_STMT_With && k != KR_STMT_AsyncWith &&
                         k != KR_STMT_Try && k != KR_STMT_TryStar && k != KR_STMT_FunctionDef &&
                         k != KR_STMT_AsyncFunctionDef && k != KR_STMT_ClassDef && k != KR_STMT_Match;
            }
            KrToken *nl = fetch(&p, p.pos - 1);
            while (accept(&p, KR_TOK_NEWLINE))
                ;
            if (!p.err && !IS(&p, KR_TOK_ENDMARKER) && nl->type == KR_TOK_NEWLINE && simple)
                err_tok(&p, NULL, &(KrToken){ .lineno = nl->lineno, .col_offset = nl->col_offset,
                                              .end_lineno = nl->lineno, .end_col_offset = nl->col_offset },
                        "multiple statements found while compiling a single statement");
            if (!p.err && IS(&p, KR_TOK_ENDMARKER)) {
                KrStmtSeq *b = vseq(&p, &body);
                mod = b ? kr_ast_Interactive(b, arena) : NULL;
            }
        }
    } else {
        int ok = 1;
        while (!p.err && !IS(&p, KR_TOK_ENDMARKER)) {
            if (statement(&p, &body) < 0) {
                ok = 0;
                break;
            }
        }
        if (ok && !p.err) {
            KrStmtSeq *b = vseq(&p, &body);
            KrTypeIgnoreSeq *ti = b ? kr_ast_type_ignore_seq_new(0, arena) : NULL;
            mod = ti ? kr_ast_Module(b, ti, arena) : NULL;
        }
    }
    if (!mod && !p.err && !kr_err_occurred())
        generic_error(&p);
    if (!mod)
        rescan(&p);
    free_parser(&p);
    free(translated);
    return p.err || kr_err_occurred() ? NULL : mod;
}
