/*
 * traceback.c -- traceback objects and the default exception display.
 *
 * As an exception leaves each frame the interpreter prepends one
 * traceback entry (frame object, instruction offset, line) to the
 * exception's __traceback__, so the head of the chain is the outermost
 * frame and tb_next walks inwards, as in CPython.
 *
 * kr_err_print reproduces CPython 3.11's C excepthook output byte for
 * byte: the cause/context chain first (oldest first, with the two
 * separator sentences), each traceback with its source lines, 3.11's
 * position carets, the "[Previous line repeated N more times]" folding of
 * recursion, and the final "Type: message" line (module-qualified except
 * for builtins and __main__; SyntaxError with its text and caret), then
 * "Did you mean" suggestions and __notes__.  Exception groups are drawn
 * with 3.11's margins ("  | ", "+-+---- 1 ----"), at most 15 members per
 * group and 10 levels deep; a PrintCtx carries the nesting depth.
 *
 * Carets.  3.11 marks the failing expression from co_positions when it does
 * not cover the whole line.  For binary operations and subscripts it also
 * splits the range into operands (~) and the operator or index (^).
 * CPython finds that split by parsing the expression text with its parser;
 * the runtime does not depend on the frontend, so a small scanner here
 * finds the top-level operator (lowest precedence, rightmost unless `**`)
 * or the final [...] of a subscript, skipping brackets and strings, and
 * gives up (plain ^^^) on anything it does not recognise, exactly where
 * CPython would find no BinOp or Subscript at the top.
 */
#include "krait.h"
#include "ceval.h"

#include <stdio.h>
#include <stdlib.h>

/* ---------------------------------------------------------------------- */
/* Traceback objects                                                      */
/* ---------------------------------------------------------------------- */

int kr_traceback_here(KrObject *exc, KrFrame *f)
{
    if (exc == NULL || !KR_EXC_CHECK(exc))
        return 0;
    KrObject *fo = kr_frame_object_for(f);
    if (fo == NULL)
        return -1;
    KrTraceback *tb = (KrTraceback *)kr_object_alloc(&kr_traceback_type, 0);
    if (tb == NULL) {
        kr_decref(fo);
        return -1;
    }
    tb->frame = fo;
    KrObject *old = kr_exc_get_traceback(exc);
    tb->next = old != NULL && KR_TYPE(old) == &kr_traceback_type ? kr_newref(old) : NULL;
    tb->lasti = kr_frame_lasti(f);
    tb->lineno = kr_frame_lineno(f);
    kr_gc_track((KrObject *)tb);
    kr_exc_set_traceback(exc, (KrObject *)tb);
    kr_decref((KrObject *)tb);
    return 0;
}

static void tb_dealloc(KrObject *o)
{
    KrTraceback *tb = (KrTraceback *)o;
    kr_gc_untrack(o);
    /* Long chains (deep recursion) are freed iteratively. */
    KrObject *next = tb->next;
    tb->next = NULL;
    KR_CLEAR(tb->frame);
    kr_object_free(o);
    while (next != NULL && KR_TYPE(next) == &kr_traceback_type && KR_REFCNT(next) == 1) {
        KrTraceback *n = (KrTraceback *)next;
        next = n->next;
        n->next = NULL;
        kr_decref((KrObject *)n);
    }
    kr_xdecref(next);
}

static int tb_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KrTraceback *tb = (KrTraceback *)o;
    if (tb->next && visit(tb->next, arg))
        return 1;
    if (tb->frame && visit(tb->frame, arg))
        return 1;
    return 0;
}

static int tb_clear(KrObject *o)
{
    KrTraceback *tb = (KrTraceback *)o;
    KR_CLEAR(tb->next);
    KR_CLEAR(tb->frame);
    return 0;
}

static KrObject *tb_get_next(KrObject *o, void *c)
{
    KrObject *n = ((KrTraceback *)o)->next;
    return kr_newref(n ? n : kr_None);
}

static int tb_set_next(KrObject *o, KrObject *v, void *c)
{
    if (v == NULL) {
        kr_err_set_string(&kr_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == kr_None) {
        KR_SETREF(((KrTraceback *)o)->next, NULL);
        return 0;
    }
    if (KR_TYPE(v) != &kr_traceback_type) {
        kr_err_format(&kr_exc_TypeError, "expected traceback object or None, got '%s'",
                      kr_type_name(KR_TYPE(v)));
        return -1;
    }
    for (KrObject *p = v; p != NULL; p = ((KrTraceback *)p)->next) {
        if (p == o) {
            kr_err_set_string(&kr_exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    KR_SETREF(((KrTraceback *)o)->next, kr_newref(v));
    return 0;
}

static KrObject *tb_get_frame(KrObject *o, void *c)
{
    return kr_newref(((KrTraceback *)o)->frame);
}

static KrObject *tb_get_lasti(KrObject *o, void *c)
{
    int l = ((KrTraceback *)o)->lasti;
    return kr_int_from_i64(l < 0 ? -1 : l * 2);
}

static KrObject *tb_get_lineno(KrObject *o, void *c)
{
    return kr_int_from_i64(((KrTraceback *)o)->lineno);
}

static const KrGetSetDef tb_getset[] = {
    { "tb_next", tb_get_next, tb_set_next, NULL, NULL },
    { "tb_frame", tb_get_frame, NULL, NULL, NULL },
    { "tb_lasti", tb_get_lasti, NULL, NULL, NULL },
    { "tb_lineno", tb_get_lineno, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrType kr_traceback_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "traceback",
    .basicsize = sizeof(KrTraceback),
    .flags = KR_TPFLAGS_HAVE_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getset = tb_getset,
};

/* ---------------------------------------------------------------------- */
/* Source lines                                                           */
/* ---------------------------------------------------------------------- */

/* Line `lineno` of the file (without its newline) into a malloc'ed
 * string, or NULL. */
static char *read_source_line(const char *filename, int lineno)
{
    if (lineno < 1 || filename == NULL)
        return NULL;
    FILE *fp = fopen(filename, "r");
    if (fp == NULL)
        return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = 0;
    int n = 0;
    while ((len = getline(&line, &cap, fp)) >= 0) {
        if (++n == lineno)
            break;
    }
    fclose(fp);
    if (n != lineno || len < 0) {
        free(line);
        return NULL;
    }
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        line[--len] = '\0';
    return line;
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

/* Number of characters in the first `bytes` bytes of UTF-8 text. */
static int utf8_chars(const char *s, int bytes)
{
    int n = 0;
    for (int i = 0; i < bytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

/* ---- the anchor scanner (see the file comment) ---- */

static int is_ident_char(unsigned char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c >= 0x80;
}

static int binop_prec(const char *s, int len)
{
    if (len == 2) {
        if (s[0] == '*' && s[1] == '*')
            return 8;
        if (s[0] == '/' && s[1] == '/')
            return 6;
        if ((s[0] == '<' && s[1] == '<') || (s[0] == '>' && s[1] == '>'))
            return 4;
        return -1;
    }
    switch (s[0]) {
    case '|': return 1;
    case '^': return 2;
    case '&': return 3;
    case '+': case '-': return 5;
    case '*': case '/': case '%': case '@': return 6;
    default: return -1;
    }
}

/* Finds the split of segment seg[0..n): returns 1 with [*left, *right)
 * the primary (^) range, 0 when there is none. */
static int find_anchors(const char *seg, int n, int *left, int *right)
{
    int depth = 0, prev_operand = 0, started_unary = 0;
    int best_prec = 100, best_pos = -1, best_len = 0;
    int first_token = 1;
    int last_open = -1;          /* position of the last depth-0 '[' */
    int last_close_end = -1;     /* end of the last depth-0 ']' */
    int i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)seg[i];
        if (is_ws((char)c) || c == '\\' || c == '\n') {
            i++;
            continue;
        }
        if (c == '\'' || c == '"') {
            int triple = i + 2 < n && seg[i + 1] == (char)c && seg[i + 2] == (char)c;
            int j = i + (triple ? 3 : 1);
            while (j < n) {
                if (seg[j] == '\\') {
                    j += 2;
                    continue;
                }
                if (seg[j] == (char)c &&
                    (!triple || (j + 2 < n && seg[j + 1] == (char)c && seg[j + 2] == (char)c))) {
                    j += triple ? 3 : 1;
                    break;
                }
                j++;
            }
            i = j;
            prev_operand = 1;
            first_token = 0;
            continue;
        }
        if (is_ident_char(c)) {
            int j = i;
            int is_num = c >= '0' && c <= '9';
            while (j < n && (is_ident_char((unsigned char)seg[j]) || (is_num && seg[j] == '.') ||
                             (is_num && (seg[j] == '+' || seg[j] == '-') &&
                              (seg[j - 1] == 'e' || seg[j - 1] == 'E'))))
                j++;
            if (j < n && (seg[j] == '\'' || seg[j] == '"') && j - i <= 3 && !is_num) {
                i = j;           /* string prefix */
                continue;
            }
            if (depth == 0 && !is_num) {
                static const char *const kw[] = { "and", "or", "not", "in", "is", "if",
                                                  "else", "lambda", "for", "await", "yield",
                                                  NULL };
                for (int k = 0; kw[k]; k++)
                    if ((int)strlen(kw[k]) == j - i && memcmp(kw[k], seg + i, (size_t)(j - i)) == 0)
                        return 0;
            }
            i = j;
            prev_operand = 1;
            first_token = 0;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == 0 && c == '[')
                last_open = i;
            depth++;
            prev_operand = 0;
            first_token = 0;
            i++;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            depth--;
            if (depth < 0)
                return 0;
            if (depth == 0 && c == ']')
                last_close_end = i + 1;
            prev_operand = 1;
            i++;
            continue;
        }
        if (c == '.') {
            i++;
            prev_operand = 0;
            continue;
        }
        /* operators */
        int len = 1;
        if (i + 1 < n) {
            char d = seg[i + 1];
            if ((c == '*' && d == '*') || (c == '/' && d == '/') || (c == '<' && d == '<') ||
                (c == '>' && d == '>') || (c == '<' && d == '=') || (c == '>' && d == '=') ||
                (c == '=' && d == '=') || (c == '!' && d == '=') || (c == '-' && d == '>') ||
                (c == ':' && d == '='))
                len = 2;
        }
        if (depth == 0) {
            int shift = len == 2 && (c == '<' || c == '>') && seg[i + 1] == (char)c;
            if (!shift && (c == '<' || c == '>' || c == '=' || c == '!' || c == ':' ||
                           c == ',' || c == ';'))
                return 0;
            if (c == '~') {
                if (first_token)
                    started_unary = 1;
                i++;
                first_token = 0;
                continue;
            }
            if ((c == '+' || c == '-') && !prev_operand) {
                if (first_token)
                    started_unary = 1;
                i++;
                first_token = 0;
                continue;
            }
            int p = binop_prec(seg + i, len);
            if (p < 0)
                return 0;
            if (p < best_prec || (p == best_prec && p != 8))
                best_prec = p, best_pos = i, best_len = len;
        }
        prev_operand = 0;
        first_token = 0;
        i += len;
    }
    if (depth != 0)
        return 0;
    if (best_pos >= 0) {
        if (started_unary && best_prec == 8)
            return 0;
        *left = best_pos;
        *right = best_pos + best_len;
        return 1;
    }
    if (started_unary)
        return 0;
    if (last_open > 0 && last_close_end == n) {
        *left = last_open;
        *right = n;
        return 1;
    }
    return 0;
}

/* Appends the caret line for an instruction's positions, if 3.11 shows one. */
static void append_carets(KrBuf *b, const char *prefix, const char *line, int lineno,
                          const KrCodePos *pos)
{
    if (pos->line < 0 || pos->line != lineno || pos->end_line < 0 || pos->col < 0 ||
        pos->end_col < 0)
        return;
    int linelen = (int)strlen(line);
    int lead = 0;
    while (lead < linelen && is_ws(line[lead]))
        lead++;
    int rend = linelen;
    while (rend > lead && (is_ws(line[rend - 1]) || line[rend - 1] == '\n'))
        rend--;
    int start = pos->col, end = pos->end_col;
    if (start > linelen)
        return;
    int has_anchor = 0, left = -1, right = -1;
    if (pos->end_line != pos->line) {
        end = rend;
    } else {
        if (end > linelen)
            end = linelen;
        if (end <= start)
            return;
        int l, r;
        if (find_anchors(line + start, end - start, &l, &r)) {
            has_anchor = 1;
            left = start + l;
            right = start + r;
        }
    }
    if (end < start)
        return;
    int c_start = utf8_chars(line, start);
    int c_end = utf8_chars(line, end);
    int c_lead = utf8_chars(line, lead);
    int c_stripped = utf8_chars(line, linelen) - c_lead;   /* trailing blanks count */
    if (c_end - c_start == c_stripped && !has_anchor)
        return;
    kr_buf_puts(b, prefix);
    kr_buf_puts(b, "    ");
    for (int i = c_lead; i < c_start; i++)
        kr_buf_putc(b, ' ');
    if (!has_anchor) {
        for (int i = c_start; i < c_end; i++)
            kr_buf_putc(b, '^');
    } else {
        int c_left = utf8_chars(line, left), c_right = utf8_chars(line, right);
        for (int i = c_start; i < c_end; i++)
            kr_buf_putc(b, (i >= c_left && i < c_right) ? '^' : '~');
    }
    kr_buf_putc(b, '\n');
}

/* ---------------------------------------------------------------------- */
/* Printing                                                               */
/* ---------------------------------------------------------------------- */

#define TB_RECURSIVE_CUTOFF 3

static void print_repeated(KrBuf *b, int cnt)
{
    cnt -= TB_RECURSIVE_CUTOFF;
    if (cnt > 0)
        kr_buf_printf(b, "  [Previous line repeated %d more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

static long traceback_limit(void)
{
    KrObject *sysd = KR_INTERP()->sysdict;
    KrObject *lim = sysd ? kr_dict_get_item_str(sysd, "tracebacklimit") : NULL;
    if (lim == NULL) {
        kr_err_clear();
        return 1000;
    }
    if (!KR_INT_CHECK(lim))
        return 1000;
    int overflow = 0;
    int64_t v = kr_int_as_i64(lim, &overflow);
    if (overflow > 0)
        return 1000000000;
    if (overflow < 0 || v < 0)
        return 0;
    return (long)v;
}

/* Lines are prefixed with `prefix` (indent and "| " inside exception
 * groups); the header with header_prefix. */
static void print_tb(KrBuf *b, KrObject *tbo, const char *prefix, const char *header_prefix,
                     const char *header)
{
    long limit = traceback_limit();
    if (limit <= 0)
        return;
    long depth = 0;
    for (KrObject *p = tbo; p; p = ((KrTraceback *)p)->next)
        depth++;
    KrObject *p = tbo;
    while (p && depth > limit) {
        depth--;
        p = ((KrTraceback *)p)->next;
    }
    kr_buf_puts(b, header_prefix);
    kr_buf_puts(b, header);
    KrObject *last_file = NULL, *last_name = NULL;
    int last_line = -1, cnt = 0;
    for (; p; p = ((KrTraceback *)p)->next) {
        KrTraceback *tb = (KrTraceback *)p;
        KrFrame *f = ((KrFrameObject *)tb->frame)->f;
        KrCode *co = f->code;
        if (last_file == NULL || !kr_str_eq(co->filename, last_file) ||
            last_line != tb->lineno || !kr_str_eq(co->name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF)
                print_repeated(b, cnt);
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = co->name;
            cnt = 0;
        }
        cnt++;
        if (cnt > TB_RECURSIVE_CUTOFF)
            continue;
        kr_buf_puts(b, prefix);
        kr_buf_puts(b, "  File \"");
        kr_buf_append_str(b, co->filename);
        kr_buf_printf(b, "\", line %d, in ", tb->lineno);
        kr_buf_append_str(b, co->name);
        kr_buf_putc(b, '\n');
        const char *fname = kr_str_utf8(co->filename, NULL);
        if (fname == NULL) {
            kr_err_clear();
            continue;
        }
        char *line = read_source_line(fname, tb->lineno);
        if (line == NULL)
            continue;
        /* leading indentation goes, trailing blanks stay (as CPython) */
        const char *s = line;
        while (is_ws(*s))
            s++;
        size_t sl = strlen(s);
        if (sl > 0) {
            kr_buf_puts(b, prefix);
            kr_buf_puts(b, "    ");
            kr_buf_append(b, s, sl);
            kr_buf_putc(b, '\n');
            if (tb->lasti >= 0 && tb->lasti < co->ncodeunits)
                append_carets(b, prefix, line, tb->lineno, &co->positions[tb->lasti]);
        }
        free(line);
    }
    if (cnt > TB_RECURSIVE_CUTOFF)
        print_repeated(b, cnt);
}

static KrObject *attr_or_null(KrObject *o, const char *name)
{
    KrObject *v = kr_object_getattr_str(o, name);
    if (v == NULL)
        kr_err_clear();
    return v;
}

/* ---- "Did you mean" (CPython 3.11's suggestions.c, reimplemented) ---- */

#define SUGGEST_MAX_ITEMS 750
#define SUGGEST_MAX_STRING 40
#define MOVE_COST 2
#define CASE_COST 1

static int substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static Kr_ssize_t levenshtein(const char *a, Kr_ssize_t na, const char *b, Kr_ssize_t nb,
                              Kr_ssize_t max_cost)
{
    while (na && nb && a[0] == b[0])
        a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > SUGGEST_MAX_STRING || nb > SUGGEST_MAX_STRING)
        return max_cost + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        Kr_ssize_t tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    Kr_ssize_t buffer[SUGGEST_MAX_STRING];
    for (Kr_ssize_t i = 0; i < na; i++)
        buffer[i] = (i + 1) * MOVE_COST;
    Kr_ssize_t result = 0;
    for (Kr_ssize_t bi = 0; bi < nb; bi++) {
        char code = b[bi];
        Kr_ssize_t distance = result = bi * MOVE_COST;
        Kr_ssize_t minimum = KR_SSIZE_T_MAX;
        for (Kr_ssize_t ai = 0; ai < na; ai++) {
            Kr_ssize_t substitute = distance + substitution_cost(code, a[ai]);
            distance = buffer[ai];
            Kr_ssize_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[ai] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* Best candidate (borrowed, from the list) for name, or NULL. */
static KrObject *best_suggestion(KrObject *list, KrObject *name)
{
    if (list == NULL || !KR_LIST_CHECK(list) || KR_SIZE(list) >= SUGGEST_MAX_ITEMS)
        return NULL;
    Kr_ssize_t nlen;
    const char *ns = kr_str_utf8(name, &nlen);
    if (ns == NULL) {
        kr_err_clear();
        return NULL;
    }
    KrObject *best = NULL;
    Kr_ssize_t best_dist = KR_SSIZE_T_MAX;
    for (Kr_ssize_t i = 0; i < KR_SIZE(list); i++) {
        KrObject *item = KR_LIST_GET(list, i);
        if (!KR_STR_CHECK(item) || kr_str_eq(item, name))
            continue;
        Kr_ssize_t ilen;
        const char *is = kr_str_utf8(item, &ilen);
        if (is == NULL) {
            kr_err_clear();
            continue;
        }
        Kr_ssize_t maxd = (nlen + ilen + 3) * MOVE_COST / 6;
        if (best_dist - 1 < maxd)
            maxd = best_dist - 1;
        Kr_ssize_t d = levenshtein(ns, nlen, is, ilen, maxd);
        if (d > maxd)
            continue;
        if (best == NULL || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

static KrObject *suggest_in(KrObject *keys_list, KrObject *name)
{
    KrObject *s = best_suggestion(keys_list, name);
    return s ? kr_newref(s) : NULL;
}

/* The suggestion for a NameError or AttributeError (new ref) or NULL. */
static KrObject *offer_suggestion(KrObject *exc)
{
    KrObject *name = attr_or_null(exc, "name");
    if (name == NULL || !KR_STR_CHECK(name)) {
        kr_xdecref(name);
        return NULL;
    }
    KrObject *r = NULL;
    if (kr_type_is_subtype(KR_TYPE(exc), &kr_exc_AttributeError)) {
        KrObject *obj = attr_or_null(exc, "obj");
        if (obj != NULL && obj != kr_None) {
            KrObject *dir = kr_object_dir(obj);
            if (dir == NULL)
                kr_err_clear();
            r = suggest_in(dir, name);
            kr_xdecref(dir);
        }
        kr_xdecref(obj);
    } else if (kr_type_is_subtype(KR_TYPE(exc), &kr_exc_NameError)) {
        KrObject *tb = kr_exc_get_traceback(exc);
        while (tb != NULL && KR_TYPE(tb) == &kr_traceback_type && ((KrTraceback *)tb)->next)
            tb = ((KrTraceback *)tb)->next;
        if (tb != NULL && KR_TYPE(tb) == &kr_traceback_type) {
            KrFrame *f = ((KrFrameObject *)((KrTraceback *)tb)->frame)->f;
            KrObject *l = kr_sequence_list(f->code->varnames);
            r = suggest_in(l, name);
            kr_xdecref(l);
            if (r == NULL && f->globals) {
                l = kr_dict_keys(f->globals);
                r = suggest_in(l, name);
                kr_xdecref(l);
            }
            if (r == NULL && f->builtins && KR_DICT_CHECK(f->builtins)) {
                l = kr_dict_keys(f->builtins);
                r = suggest_in(l, name);
                kr_xdecref(l);
            }
            kr_err_clear();
        }
    }
    kr_decref(name);
    return r;
}

static Kr_ssize_t int_attr(KrObject *exc, const char *name, Kr_ssize_t dflt)
{
    KrObject *v = attr_or_null(exc, name);
    Kr_ssize_t r = dflt;
    if (v != NULL && KR_INT_CHECK(v)) {
        r = kr_int_as_ssize(v);
        if (r == -1 && kr_err_occurred()) {
            kr_err_clear();
            r = dflt;
        }
    }
    kr_xdecref(v);
    return r;
}

/* ---- the printing context: margins inside exception groups ---- */

#define MAX_CHAIN 200
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

typedef struct PrintCtx {
    KrBuf *b;
    int depth;                  /* exception-group nesting */
    int need_close;             /* a closing "+----" line is pending */
    KrObject *seen[MAX_CHAIN];  /* cycle guard for cause/context */
    int nseen;
    char prefix[64];            /* indent + "| " for the current depth */
} PrintCtx;

static const char *margin(PrintCtx *c)
{
    int indent = 2 * c->depth;
    if (indent > 40)
        indent = 40;
    memset(c->prefix, ' ', (size_t)indent);
    c->prefix[indent] = '\0';
    if (c->depth)
        strcat(c->prefix, "| ");
    return c->prefix;
}

static void put_indent(PrintCtx *c)
{
    for (int i = 0; i < 2 * c->depth; i++)
        kr_buf_putc(c->b, ' ');
}

/* The "  File ..., line N" header, the offending text and its carets, as
 * CPython's print_exception does for SyntaxError and subclasses (only
 * exact SyntaxErrors use end_offset; subclasses get one caret).  Only the
 * header carries the group margin, as in 3.11. */
static void print_syntax_error_text(PrintCtx *c, KrObject *exc)
{
    KrBuf *b = c->b;
    KrObject *filename = attr_or_null(exc, "filename");
    Kr_ssize_t lineno = int_attr(exc, "lineno", -1);
    Kr_ssize_t offset = int_attr(exc, "offset", -1);
    Kr_ssize_t end_lineno = lineno, end_offset = -1;
    if (KR_TYPE(exc) == &kr_exc_SyntaxError) {
        end_lineno = int_attr(exc, "end_lineno", lineno);
        end_offset = int_attr(exc, "end_offset", -1);
    }
    KrObject *fs = filename && filename != kr_None ? kr_object_str(filename)
                                                   : kr_str_from_cstr("<string>");
    if (fs == NULL) {
        kr_err_clear();
    } else {
        kr_buf_puts(b, margin(c));
        kr_buf_puts(b, "  File \"");
        kr_buf_append_str(b, fs);
        kr_buf_printf(b, "\", line %zd\n", lineno);
        kr_decref(fs);
    }
    kr_xdecref(filename);
    KrObject *textobj = attr_or_null(exc, "text");
    const char *text = textobj && KR_STR_CHECK(textobj) ? kr_str_utf8(textobj, NULL) : NULL;
    if (text == NULL) {
        kr_err_clear();
        kr_xdecref(textobj);
        return;
    }
    Kr_ssize_t line_size = (Kr_ssize_t)strlen(text);
    if (end_lineno > lineno)
        end_offset = line_size;
    if (end_offset > line_size + 1)
        end_offset = line_size + 1;
    Kr_ssize_t carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    Kr_ssize_t len = (Kr_ssize_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (nl == NULL)
            break;
        Kr_ssize_t inl = nl - text;
        if (inl >= offset)
            break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    kr_buf_puts(b, "    ");
    kr_buf_puts(b, text);
    if (text[len] != '\n')
        kr_buf_putc(b, '\n');
    if (offset >= 0) {
        kr_buf_puts(b, "    ");
        while (--offset >= 0)
            kr_buf_putc(b, ' ');
        for (Kr_ssize_t k = 0; k < carets; k++)
            kr_buf_putc(b, '^');
        kr_buf_putc(b, '\n');
    }
    kr_xdecref(textobj);
}

/* __notes__: each note's lines with the margin, then a newline. */
static void print_notes(PrintCtx *c, KrObject *exc)
{
    KrBuf *b = c->b;
    KrObject *notes = NULL;
    if (kr_object_lookup_attr(exc, kr_str_intern_cstr("__notes__"), &notes) <= 0) {
        kr_err_clear();
        return;
    }
    if (!KR_LIST_CHECK(notes) && !KR_TUPLE_CHECK(notes)) {
        kr_buf_puts(b, margin(c));
        KrObject *r = kr_object_repr(notes);
        if (r) {
            kr_buf_append_str(b, r);
            kr_decref(r);
        } else {
            kr_err_clear();
            kr_buf_puts(b, "<__notes__ repr() failed>");
        }
        kr_buf_putc(b, '\n');
        kr_decref(notes);
        return;
    }
    for (Kr_ssize_t i = 0; i < KR_SIZE(notes); i++) {
        KrObject *note = KR_LIST_CHECK(notes) ? KR_LIST_GET(notes, i) : KR_TUPLE_GET(notes, i);
        KrObject *ns = kr_object_str(note);
        if (ns == NULL) {
            kr_err_clear();
            kr_buf_puts(b, "<note str() failed>");
        } else {
            Kr_ssize_t n;
            const char *t = kr_str_utf8(ns, &n);
            if (t == NULL) {
                kr_err_clear();
                n = 0;
            }
            /* splitlines(keepends=True), each line behind the margin */
            Kr_ssize_t start = 0;
            while (start < n) {
                Kr_ssize_t end = start;
                while (end < n && t[end] != '\n' && t[end] != '\r')
                    end++;
                if (end < n) {
                    if (t[end] == '\r' && end + 1 < n && t[end + 1] == '\n')
                        end++;
                    end++;
                }
                kr_buf_puts(b, margin(c));
                kr_buf_append(b, t + start, (size_t)(end - start));
                start = end;
            }
            kr_decref(ns);
        }
        kr_buf_putc(b, '\n');
    }
    kr_decref(notes);
}

static void print_exception_line(PrintCtx *c, KrObject *exc)
{
    KrBuf *b = c->b;
    KrType *t = KR_TYPE(exc);
    kr_buf_puts(b, margin(c));
    KrObject *mod = kr_object_getattr((KrObject *)t, KR_ID(__module__));
    if (mod == NULL || !KR_STR_CHECK(mod)) {
        kr_err_clear();
        kr_buf_puts(b, "<unknown>.");
    } else if (!kr_str_eq_cstr(mod, "builtins") && !kr_str_eq_cstr(mod, "__main__")) {
        kr_buf_append_str(b, mod);
        kr_buf_putc(b, '.');
    }
    kr_xdecref(mod);
    KrObject *qual = kr_object_getattr((KrObject *)t, KR_ID(__qualname__));
    if (qual == NULL || !KR_STR_CHECK(qual)) {
        kr_err_clear();
        kr_buf_puts(b, kr_type_name(t));
    } else {
        kr_buf_append_str(b, qual);
    }
    kr_xdecref(qual);

    KrObject *s;
    int is_syntax = kr_type_is_subtype(t, &kr_exc_SyntaxError);
    if (is_syntax) {
        s = attr_or_null(exc, "msg");
        if (s != NULL && !KR_STR_CHECK(s)) {
            KrObject *s2 = kr_object_str(s);
            kr_decref(s);
            s = s2;
        }
        if (s == NULL)
            s = kr_object_str(exc);
    } else {
        s = kr_object_str(exc);
    }
    if (s == NULL) {
        kr_err_clear();
        kr_buf_puts(b, ": <exception str() failed>");
    } else {
        if (KR_STR_LEN(s) > 0) {
            kr_buf_puts(b, ": ");
            kr_buf_append_str(b, s);
        }
        kr_decref(s);
    }
    KrObject *sugg = is_syntax ? NULL : offer_suggestion(exc);
    if (sugg != NULL) {
        kr_buf_puts(b, ". Did you mean: '");
        kr_buf_append_str(b, sugg);
        kr_buf_puts(b, "'?");
        kr_decref(sugg);
    }
    kr_buf_putc(b, '\n');
    print_notes(c, exc);
}

static int is_group(KrObject *exc)
{
    return kr_type_is_subtype(KR_TYPE(exc), &kr_exc_BaseExceptionGroup);
}

static void print_one(PrintCtx *c, KrObject *exc)
{
    KrObject *tb = kr_exc_get_traceback(exc);
    if (tb != NULL && KR_TYPE(tb) == &kr_traceback_type) {
        const char *header = "Traceback (most recent call last):\n";
        char hm[64];
        strcpy(hm, margin(c));
        if (is_group(exc)) {
            header = "Exception Group Traceback (most recent call last):\n";
            if (c->depth == 1) {
                put_indent(c);
                kr_buf_puts(c->b, "+ ");
                hm[0] = '\0';
            }
        }
        char pre[64];
        strcpy(pre, margin(c));
        print_tb(c->b, tb, pre, hm, header);
    }
    if (kr_type_is_subtype(KR_TYPE(exc), &kr_exc_SyntaxError))
        print_syntax_error_text(c, exc);
    print_exception_line(c, exc);
}

static void print_recursive(PrintCtx *c, KrObject *exc);

static void print_chained(PrintCtx *c, KrObject *exc, const char *message)
{
    int need_close = c->need_close;
    print_recursive(c, exc);
    c->need_close = need_close;
    kr_buf_puts(c->b, margin(c));
    kr_buf_putc(c->b, '\n');
    kr_buf_puts(c->b, margin(c));
    kr_buf_puts(c->b, message);
    kr_buf_puts(c->b, margin(c));
    kr_buf_putc(c->b, '\n');
}

static int seen_has(PrintCtx *c, KrObject *o)
{
    for (int i = 0; i < c->nseen; i++)
        if (c->seen[i] == o)
            return 1;
    return 0;
}

static void print_group(PrintCtx *c, KrObject *exc)
{
    KrBuf *b = c->b;
    if (c->depth > MAX_GROUP_DEPTH) {
        kr_buf_puts(b, margin(c));
        kr_buf_printf(b, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (c->depth == 0)
        c->depth++;
    print_one(c, exc);
    KrObject *excs = attr_or_null(exc, "exceptions");
    if (excs == NULL || !KR_TUPLE_CHECK(excs)) {
        kr_xdecref(excs);
        if (c->depth == 1)
            c->depth--;
        return;
    }
    Kr_ssize_t num = KR_SIZE(excs);
    Kr_ssize_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    c->need_close = 0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        int last = i == n - 1;
        if (last)
            c->need_close = 1;
        put_indent(c);
        int truncated = i >= MAX_GROUP_WIDTH;
        if (!truncated)
            kr_buf_printf(b, "%s+---------------- %zd ----------------\n", i == 0 ? "+-" : "  ",
                          i + 1);
        else
            kr_buf_printf(b, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        c->depth++;
        if (!truncated) {
            print_recursive(c, KR_TUPLE_GET(excs, i));
        } else {
            Kr_ssize_t rem = num - MAX_GROUP_WIDTH;
            kr_buf_puts(b, margin(c));
            kr_buf_printf(b, "and %zd more exception%s\n", rem, rem > 1 ? "s" : "");
        }
        if (last && c->need_close) {
            put_indent(c);
            kr_buf_puts(b, "+------------------------------------\n");
            c->need_close = 0;
        }
        c->depth--;
    }
    kr_decref(excs);
    if (c->depth == 1)
        c->depth--;
}

static void print_recursive(PrintCtx *c, KrObject *exc)
{
    if (c->nseen < MAX_CHAIN)
        c->seen[c->nseen++] = exc;
    KrBaseException *be = (KrBaseException *)exc;
    KrObject *cause = be->cause, *ctx = be->context;
    if (cause != NULL && cause != kr_None && KR_EXC_CHECK(cause)) {
        if (!seen_has(c, cause))
            print_chained(c, cause, "The above exception was the direct cause of the "
                                    "following exception:\n");
    } else if (ctx != NULL && ctx != kr_None && KR_EXC_CHECK(ctx) && !be->suppress_context) {
        if (!seen_has(c, ctx))
            print_chained(c, ctx, "During handling of the above exception, another "
                                  "exception occurred:\n");
    }
    if (is_group(exc))
        print_group(c, exc);
    else
        print_one(c, exc);
}

static void write_stderr(KrObject *text)
{
    KrObject *sysd = KR_INTERP() ? KR_INTERP()->sysdict : NULL;
    KrObject *err = sysd ? kr_dict_get_item(sysd, KR_ID(stderr)) : NULL;
    if (err != NULL && err != kr_None) {
        kr_incref(err);
        KrObject *r = kr_call_method1(err, KR_ID(write), text);
        if (r != NULL) {
            kr_decref(r);
            KrObject *fl = kr_call_method0(err, KR_ID(flush));
            kr_xdecref(fl);
            kr_err_clear();
            kr_decref(err);
            return;
        }
        kr_err_clear();
        kr_decref(err);
    }
    Kr_ssize_t n;
    const char *s = kr_str_utf8(text, &n);
    if (s == NULL) {
        kr_err_clear();
        return;
    }
    fflush(stdout);
    fwrite(s, 1, (size_t)n, stderr);
    fflush(stderr);
}

static void print_to_stderr(KrObject *exc, int chained)
{
    if (exc == NULL)
        return;
    KrObject *saved = kr_err_fetch();
    kr_incref(exc);
    KrBuf b;
    kr_buf_init(&b);
    if (!KR_EXC_CHECK(exc)) {
        kr_buf_puts(&b, "TypeError: print_exception(): Exception expected for value, ");
        kr_buf_puts(&b, kr_type_name(KR_TYPE(exc)));
        kr_buf_puts(&b, " found\n");
    } else {
        PrintCtx *c = kr_mem_calloc(sizeof(PrintCtx));
        if (c != NULL) {
            c->b = &b;
            if (chained)
                print_recursive(c, exc);
            else
                print_one(c, exc);
            kr_mem_free(c);
        }
    }
    KrObject *text = kr_buf_finish(&b);
    if (text != NULL) {
        write_stderr(text);
        kr_decref(text);
    } else {
        kr_err_clear();
    }
    kr_decref(exc);
    kr_err_restore(saved);
}

/* The unraisable-hook form: one exception with its traceback, no chain. */
void kr_err_print_unchained(KrObject *exc)
{
    print_to_stderr(exc, 0);
}

/* sys.excepthook when the program replaced it (new ref), else NULL: the
 * builtin hook is this very printer. */
static KrObject *user_excepthook(void)
{
    KrObject *sd = KR_INTERP()->sysdict;
    KrObject *hook = sd ? kr_dict_get_item_str(sd, "excepthook") : NULL;
    KrObject *orig = sd ? kr_dict_get_item_str(sd, "__excepthook__") : NULL;
    if (hook == NULL || hook == orig || KR_TYPE(hook) == &kr_cfunction_type)
        return NULL;
    return kr_newref(hook);
}

void kr_err_print(KrObject *exc)
{
    KrObject *hook = user_excepthook();
    if (hook != NULL) {
        KrObject *args[3] = { (KrObject *)KR_TYPE(exc), exc, kr_exc_get_traceback(exc) };
        if (args[2] == NULL)
            args[2] = kr_None;
        KrObject *r = kr_call(hook, args, 3, NULL);
        kr_decref(hook);
        if (r != NULL) {
            kr_decref(r);
            kr_sys_flush_std();
            return;
        }
        /* as CPython: report the hook's failure, then the original */
        KrObject *err = kr_err_fetch();
        kr_sys_flush_std();
        fputs("Error in sys.excepthook:\n", stderr);
        print_to_stderr(err, 1);
        fputs("\nOriginal exception was:\n", stderr);
        kr_decref(err);
    }
    print_to_stderr(exc, 1);
}
