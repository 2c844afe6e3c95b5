/*
 * tokenizer.c -- Python 3.11 source text -> tokens.
 *
 * Design.  The tokenizer works directly on the UTF-8 buffer and is pulled
 * one token at a time by the parser.  Tokens carry pointers into the
 * buffer plus CPython-compatible positions (1-based lines, 0-based UTF-8
 * byte columns).  Literal decoding (escapes, numbers, f-string fields) is
 * left to the parser, which needs the raw text for f-strings anyway.
 *
 * Logical lines.  At the beginning of a logical line (atbol) the
 * indentation is measured twice: with tabs to the next multiple of 8
 * (col) and with tabs as one column (altcol).  The two stacks must agree
 * on every comparison, otherwise the indentation depends on the tab size
 * and we raise TabError exactly like CPython.  Lines that are blank or hold
 * only a comment produce no tokens at all (CPython's NL is not needed by
 * the parser), and inside brackets newlines are insignificant.  At end of
 * input we emit a NEWLINE if the last logical line was not terminated,
 * then one DEDENT per open indentation level, then ENDMARKER.
 *
 * Brackets.  A stack of open brackets (at most 200, CPython's MAXLEVEL)
 * gives the "unmatched ')'", "does not match" and "was never closed"
 * errors with the opening bracket's position.
 *
 * Error positions follow CPython's tokenizer, which reports the column of
 * its read pointer; kr_tok_error_at takes 0-based columns and the
 * exception layer turns them into SyntaxError.offset (1-based).  Each
 * raised error records its kind (tok->error) because after a parser error
 * the parser keeps tokenizing to the end, and only some tokenizer errors
 * may replace the parser's (see KR_TOKERR_*).  Like CPython, an unknown
 * ASCII character ('$', '?', '!') is not a tokenizer error but a token no
 * rule accepts, and a NEWLINE token spans the comment before it.
 *
 * The parser normalises \r\n and \r to \n before tokenizing, so only
 * '\n' ends lines here (a stray '\r' is still tolerated).
 */
#include <stdio.h>
#include <stdlib.h>

#include "tokenizer.h"

static const char *const op_texts[KR_TOK_COUNT] = {
#define X(n, s) [KR_TOK_##n] = s,
    KR_TOK_OPERATORS(X)
#undef X
};

void kr_tok_init(KrTokenizer *tok, const char *src, Kr_ssize_t len, KrObject *filename)
{
    memset(tok, 0, sizeof(*tok));
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF) {
        src += 3;
        len -= 3;
    }
    tok->buf = tok->cur = tok->line_start = src;
    tok->end = src + len;
    tok->lineno = 1;
    tok->atbol = 1;
    tok->last_type = -1;
    tok->filename = filename;
    tok->msg_prefix = "";
}

/* ---- UTF-8 and character classes ---------------------------------- */

uint32_t kr_tok_decode_utf8(const char *s, const char *end, int *n)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[0];
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c < 0xC2 && c >= 0x80)
        len = 1;
    if (len > end - s)
        len = 1;
    if (len == 1) {
        *n = 1;
        return c;
    }
    uint32_t cp = c & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *n = 1;
            return c;
        }
        cp = (cp << 6) | (u[i] & 0x3F);
    }
    *n = len;
    return cp;
}

/* Character classes come from the runtime's Unicode database (generated
 * from python3.11, so XID_Start/XID_Continue and "printable" agree with
 * CPython).  It lives behind runtime/strimpl.h, which is internal to
 * runtime/, so the two names we need are declared here. */
unsigned kr_unicode_flags(uint32_t cp);
enum { UC_PRINTABLE = 1 << 5, UC_XID_START = 1 << 11, UC_XID_CONTINUE = 1 << 12 };

int kr_tok_is_id_char(uint32_t cp, int start)
{
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_')
            return 1;
        return !start && cp >= '0' && cp <= '9';
    }
    return (kr_unicode_flags(cp) & (start ? UC_XID_START : UC_XID_CONTINUE)) != 0;
}

static int is_printable(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F;
    return (kr_unicode_flags(cp) & UC_PRINTABLE) != 0;
}

/* Index of the first byte that is not valid UTF-8, or -1; *why gets
 * the codec's reason. */
Kr_ssize_t kr_tok_bad_utf8(const char *src, Kr_ssize_t len, const char **why)
{
    const unsigned char *u = (const unsigned char *)src;
    for (Kr_ssize_t i = 0; i < len;) {
        unsigned c = u[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!n) {
            *why = "invalid start byte";
            return i;
        }
        for (int k = 1; k < n; k++) {
            if (i + k >= len) {
                *why = "unexpected end of data";
                return i;
            }
            unsigned d = u[i + k];
            int ok = (d & 0xC0) == 0x80;
            if (k == 1 && ((c == 0xE0 && d < 0xA0) || (c == 0xED && d > 0x9F) ||
                           (c == 0xF0 && d < 0x90) || (c == 0xF4 && d > 0x8F)))
                ok = 0;
            if (!ok) {
                *why = "invalid continuation byte";
                return i;
            }
        }
        i += n;
    }
    return -1;
}

/* ---- errors --------------------------------------------------------- */

static const char *line_bounds(KrTokenizer *tok, int lineno, const char **lend)
{
    const char *p = tok->buf;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', tok->end - p);
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', tok->end - p);
    *lend = nl ? nl : tok->end;
    return p;
}

static KrObject *line_text(KrTokenizer *tok, int lineno, int with_nl)
{
    const char *lend;
    const char *ls = line_bounds(tok, lineno, &lend);
    if (!ls)
        return NULL;
    Kr_ssize_t n = lend - ls;
    if (n > 0 && ls[n - 1] == '\r')
        n--;
    char *tmp = malloc(n + 2);
    if (!tmp)
        return NULL;
    memcpy(tmp, ls, n);
    if (with_nl)
        tmp[n++] = '\n';
    KrObject *s = kr_str_from_utf8(tmp, n);
    free(tmp);
    if (!s)
        kr_err_clear();      /* undecodable line: no text, keep the SyntaxError */
    return s;
}

KrObject *kr_tok_line_text(KrTokenizer *tok, int lineno)
{
    return line_text(tok, lineno, 1);
}

/* Raises the error; the message prefix ("f-string: ") is only for the
 * parser's errors (kr_tok_error_at): tokenizer errors never carry it. */
static int raise_prefixed(KrTokenizer *tok, KrType *type, int with_nl, int lineno, int col,
                          int end_lineno, int end_col, const char *prefix, const char *body)
{
    char msg[600];
    snprintf(msg, sizeof msg, "%s%s", prefix, body);
    if (!tok->error)
        tok->error = type == &kr_exc_TabError || type == &kr_exc_IndentationError
                   ? KR_TOKERR_INDENT : KR_TOKERR_SYNTAX;
    KrObject *text = line_text(tok, lineno, with_nl);
    kr_err_syntax_location(type ? type : &kr_exc_SyntaxError, msg, tok->filename,
                           lineno + tok->line_offset, col,
                           end_lineno + tok->line_offset, end_col, text);
    kr_xdecref(text);
    return -1;
}

static int raise_msg(KrTokenizer *tok, KrType *type, int with_nl, int lineno, int col,
                     int end_lineno, int end_col, const char *body)
{
    return raise_prefixed(tok, type, with_nl, lineno, col, end_lineno, end_col, "", body);
}

int kr_tok_error_at(KrTokenizer *tok, KrType *exc_type, int lineno, int col,
                    int end_lineno, int end_col, const char *fmt, ...)
{
    char body[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(body, sizeof body, fmt, ap);
    va_end(ap);
    int saved = tok->error;          /* a parser error, not the tokenizer's */
    raise_prefixed(tok, exc_type, 1, lineno, col, end_lineno, end_col, tok->msg_prefix, body);
    tok->error = saved;
    return -1;
}

/* A tokenizer error at byte column col of the current line, CPython's
 * tokenizer style: the text is the line without its newline. */
static int tok_error(KrTokenizer *tok, KrType *type, int col, int end_col, const char *fmt, ...)
{
    char body[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(body, sizeof body, fmt, ap);
    va_end(ap);
    return raise_msg(tok, type, 0, tok->lineno, col, tok->lineno, end_col, body);
}

/* Error "at the read pointer": CPython reports offset = columns before
 * the pointer, i.e. our 0-based col = pointer column - 1. */
static int error_here(KrTokenizer *tok, const char *p, const char *fmt, const char *arg)
{
    int col = (int)(p - tok->line_start) - 1;
    return tok_error(tok, NULL, col, col, fmt, arg);
}

/* ---- the scanner ---------------------------------------------------- */

static int peek(KrTokenizer *tok, Kr_ssize_t i)
{
    return tok->cur + i < tok->end ? (unsigned char)tok->cur[i] : -1;
}

static void newline_at(KrTokenizer *tok, const char *after_nl)
{
    tok->lineno++;
    tok->line_start = after_nl;
}

static void set_tok(KrTokenizer *tok, KrToken *t, int type, const char *start, int lineno,
                    const char *line_start)
{
    t->type = type;
    t->start = start;
    t->end = tok->cur;
    t->lineno = lineno;
    t->col_offset = (int)(start - line_start);
    t->end_lineno = tok->lineno;
    t->end_col_offset = (int)(tok->cur - tok->line_start);
    if (t->lineno == 1)
        t->col_offset += tok->first_col_offset;
    if (t->end_lineno == 1)
        t->end_col_offset += tok->first_col_offset;
    t->lineno += tok->line_offset;
    t->end_lineno += tok->line_offset;
    tok->last_type = type;
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int potential_id(int c)
{
    return c >= 128 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           is_digit(c);
}

static int lookahead(KrTokenizer *tok, const char *s)
{
    size_t n = strlen(s);
    return tok->end - tok->cur >= (Kr_ssize_t)(n + 1) && memcmp(tok->cur + 1, s, n) == 0;
}

/* After a number: a letter glued to it is an error ("1abc"), except the
 * keywords that can legally follow a number (CPython only warns there). */
static int verify_end_of_number(KrTokenizer *tok, const char *kind)
{
    int c = peek(tok, 0);
    int r = 0;
    switch (c) {
    case 'a': r = lookahead(tok, "nd"); break;
    case 'e': r = lookahead(tok, "lse"); break;
    case 'f': r = lookahead(tok, "or"); break;
    case 'i': r = peek(tok, 1) == 'f' || peek(tok, 1) == 'n' || peek(tok, 1) == 's'; break;
    case 'o': r = lookahead(tok, "r"); break;
    case 'n': r = lookahead(tok, "ot"); break;
    }
    if (r)
        return 0;
    if (c >= 0 && potential_id(c)) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        return error_here(tok, tok->cur, "%s", msg);
    }
    return 0;
}

/* Digits with single underscores between them; cur is on a digit. */
static int decimal_tail(KrTokenizer *tok)
{
    for (;;) {
        while (is_digit(peek(tok, 0)))
            tok->cur++;
        if (peek(tok, 0) != '_')
            return 0;
        tok->cur++;
        if (!is_digit(peek(tok, 0))) {
            return error_here(tok, tok->cur, "%s", "invalid decimal literal");
        }
    }
}

static int scan_radix(KrTokenizer *tok, int radix, const char *kind)
{
    /* cur is after the 0x/0o/0b prefix */
    for (;;) {
        if (peek(tok, 0) == '_')
            tok->cur++;
        int c = peek(tok, 0);
        int ok = radix == 16 ? is_xdigit(c) : radix == 8 ? (c >= '0' && c <= '7')
                                                         : (c == '0' || c == '1');
        if (!ok) {
            if (radix != 16 && is_digit(c)) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
                return error_here(tok, tok->cur + 1, "%s", msg);
            }
            char msg[64];
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            return error_here(tok, tok->cur, "%s", msg);
        }
        do {
            tok->cur++;
            c = peek(tok, 0);
            ok = radix == 16 ? is_xdigit(c) : radix == 8 ? (c >= '0' && c <= '7')
                                                         : (c == '0' || c == '1');
        } while (ok);
        if (peek(tok, 0) != '_')
            break;
    }
    int c = peek(tok, 0);
    if (radix != 16 && is_digit(c)) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
        return error_here(tok, tok->cur + 1, "%s", msg);
    }
    return verify_end_of_number(tok, kind);
}

static int scan_fraction_exponent(KrTokenizer *tok, int after_dot)
{
    if (after_dot && is_digit(peek(tok, 0)) && decimal_tail(tok) < 0)
        return -1;
    int c = peek(tok, 0);
    if (c == 'e' || c == 'E') {
        const char *e = tok->cur;
        tok->cur++;
        c = peek(tok, 0);
        if (c == '+' || c == '-') {
            tok->cur++;
            if (!is_digit(peek(tok, 0)))
                return error_here(tok, tok->cur, "%s", "invalid decimal literal");
        } else if (!is_digit(c)) {
            tok->cur = e;
            if (verify_end_of_number(tok, "decimal") < 0)
                return -1;
            return 0;
        }
        if (decimal_tail(tok) < 0)
            return -1;
    }
    c = peek(tok, 0);
    if (c == 'j' || c == 'J') {
        tok->cur++;
        return verify_end_of_number(tok, "imaginary");
    }
    return verify_end_of_number(tok, "decimal");
}

static int scan_number(KrTokenizer *tok)
{
    const char *start = tok->cur;
    int c = peek(tok, 0);
    if (c == '.')
        return scan_fraction_exponent(tok, (tok->cur++, 1));
    if (c == '0') {
        tok->cur++;
        c = peek(tok, 0);
        if (c == 'x' || c == 'X') {
            tok->cur++;
            return scan_radix(tok, 16, "hexadecimal");
        }
        if (c == 'o' || c == 'O') {
            tok->cur++;
            return scan_radix(tok, 8, "octal");
        }
        if (c == 'b' || c == 'B') {
            tok->cur++;
            return scan_radix(tok, 2, "binary");
        }
        int nonzero = 0;
        for (;;) {
            if (peek(tok, 0) == '_') {
                tok->cur++;
                if (!is_digit(peek(tok, 0)))
                    return error_here(tok, tok->cur, "%s", "invalid decimal literal");
            }
            if (peek(tok, 0) != '0')
                break;
            tok->cur++;
        }
        const char *zeros_end = tok->cur;
        if (is_digit(peek(tok, 0))) {
            nonzero = 1;
            if (decimal_tail(tok) < 0)
                return -1;
        }
        c = peek(tok, 0);
        if (c == '.') {
            tok->cur++;
            return scan_fraction_exponent(tok, 1);
        }
        if (c == 'e' || c == 'E' || c == 'j' || c == 'J')
            return scan_fraction_exponent(tok, 0);
        if (nonzero) {
            int col = (int)(start - tok->line_start);
            return tok_error(tok, NULL, col, (int)(zeros_end - tok->line_start),
                             "leading zeros in decimal integer literals are not permitted; "
                             "use an 0o prefix for octal integers");
        }
        return verify_end_of_number(tok, "decimal");
    }
    if (decimal_tail(tok) < 0)
        return -1;
    if (peek(tok, 0) == '.') {
        tok->cur++;
        return scan_fraction_exponent(tok, 1);
    }
    return scan_fraction_exponent(tok, 0);
}

/* cur is on the opening quote. */
static int scan_string(KrTokenizer *tok, const char *start)
{
    int q = peek(tok, 0);
    int triple = peek(tok, 1) == q && peek(tok, 2) == q;
    int start_lineno = tok->lineno;
    const char *start_line = tok->line_start;
    tok->cur += triple ? 3 : 1;
    int run = 0;
    for (;;) {
        int c = peek(tok, 0);
        if (c < 0 || (c == '\n' && !triple)) {
            /* CPython reports at the string start, on its first line. */
            int detected = tok->lineno;
            if (c < 0 && tok->cur > tok->buf && tok->cur[-1] == '\n' && tok->lineno > start_lineno)
                detected--;
            tok->lineno = start_lineno;
            tok->line_start = start_line;
            int col = (int)(start - start_line);
            if (triple)
                return tok_error(tok, NULL, col, col,
                                 "unterminated triple-quoted string literal (detected at line %d)",
                                 detected);
            return tok_error(tok, NULL, col, col,
                             "unterminated string literal (detected at line %d)", detected);
        }
        tok->cur++;
        if (c == '\\') {
            int d = peek(tok, 0);
            if (d == '\r' && peek(tok, 1) == '\n') {
                tok->cur++;
                d = '\n';
            }
            if (d >= 0)
                tok->cur++;
            if (d == '\n')
                newline_at(tok, tok->cur);
            run = 0;
            continue;
        }
        if (c == '\n') {
            newline_at(tok, tok->cur);
            run = 0;
            continue;
        }
        if (c == q) {
            if (!triple)
                return 0;
            if (++run == 3)
                return 0;
        } else {
            run = 0;
        }
    }
}

static int indent_error(KrTokenizer *tok, int tab)
{
    if (tab)
        return raise_msg(tok, &kr_exc_TabError, 1, tok->lineno, 0, tok->lineno, -1,
                         "inconsistent use of tabs and spaces in indentation");
    const char *nl = memchr(tok->cur, '\n', tok->end - tok->cur);
    int col = (int)((nl ? nl : tok->end) - tok->line_start);
    return raise_msg(tok, &kr_exc_IndentationError, 1, tok->lineno, col, tok->lineno, -2,
                     "unindent does not match any outer indentation level");
}

/* Measures the indentation at the start of a line and queues
 * INDENT/DEDENT tokens; blank and comment-only lines are left alone. */
static int do_indentation(KrTokenizer *tok)
{
    int col = 0, altcol = 0;
    const char *p = tok->cur;
    for (; p < tok->end; p++) {
        if (*p == ' ')
            col++, altcol++;
        else if (*p == '\t')
            col = (col / 8 + 1) * 8, altcol++;
        else if (*p == '\f')
            col = altcol = 0;
        else
            break;
    }
    tok->cur = p;
    if (p == tok->end || *p == '#' || *p == '\n' || *p == '\r' || *p == '\\')
        return 0;     /* blank line (a continuation line keeps its own rules) */
    if (col == tok->indstack[tok->indent]) {
        if (altcol != tok->altindstack[tok->indent])
            return indent_error(tok, 1);
    } else if (col > tok->indstack[tok->indent]) {
        if (tok->indent + 1 >= KR_TOK_MAXINDENT)
            return tok_error(tok, &kr_exc_IndentationError, 0, 0,
                             "too many levels of indentation");
        if (altcol <= tok->altindstack[tok->indent])
            return indent_error(tok, 1);
        tok->pendin++;
        tok->indent++;
        tok->indstack[tok->indent] = col;
        tok->altindstack[tok->indent] = altcol;
    } else {
        while (tok->indent > 0 && col < tok->indstack[tok->indent]) {
            tok->pendin--;
            tok->indent--;
        }
        if (col != tok->indstack[tok->indent])
            return indent_error(tok, 0);
        if (altcol != tok->altindstack[tok->indent])
            return indent_error(tok, 1);
    }
    return 0;
}

/* End of input inside brackets: reported at the innermost open one. */
static int never_closed(KrTokenizer *tok)
{
    int l = tok->level - 1;
    tok->lineno = tok->parenlineno[l];
    char body[64];
    snprintf(body, sizeof body, "'%c' was never closed", tok->parenstack[l]);
    tok->error = KR_TOKERR_EOF_IN_BRACKET;
    return raise_msg(tok, NULL, 1, tok->lineno, tok->parencol[l], tok->lineno, -1, body);
}

static int bracket_error(KrTokenizer *tok, int c)
{
    int col = (int)(tok->cur - tok->line_start);
    if (tok->level == 0)
        return tok_error(tok, NULL, col, col, "unmatched '%c'", c);
    int open = tok->parenstack[tok->level - 1];
    int openline = tok->parenlineno[tok->level - 1];
    if (openline != tok->lineno)
        return tok_error(tok, NULL, col, col,
                         "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                         c, open, openline + tok->line_offset);
    return tok_error(tok, NULL, col, col,
                     "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
}

int kr_tok_next(KrTokenizer *tok, KrToken *t)
{
    for (;;) {
        if (tok->atbol) {
            tok->atbol = 0;
            if (tok->level == 0 && do_indentation(tok) < 0)
                return -1;
        }
        if (tok->pendin != 0) {
            int type = tok->pendin > 0 ? KR_TOK_INDENT : KR_TOK_DEDENT;
            tok->pendin += tok->pendin > 0 ? -1 : 1;
            set_tok(tok, t, type, tok->cur, tok->lineno, tok->line_start);
            if (type == KR_TOK_INDENT) {
                /* CPython locates "unexpected indent" one column before the
                 * first non-blank character. */
                t->col_offset = (int)(tok->cur - tok->line_start) - 1;
                t->end_col_offset = -2;
            }
            return 0;
        }
        /* skip whitespace and comments */
        while (tok->cur < tok->end && (*tok->cur == ' ' || *tok->cur == '\t' || *tok->cur == '\f'))
            tok->cur++;
        /* A NEWLINE token spans the comment before it (CPython's does):
         * it starts at the '#' and ends where the newline character is. */
        const char *comment = NULL;
        if (tok->cur < tok->end && *tok->cur == '#') {
            comment = tok->cur;
            while (tok->cur < tok->end && *tok->cur != '\n')
                tok->cur++;
        }
        const char *start = tok->cur;
        if (tok->cur >= tok->end) {
            if (tok->level > 0)
                return never_closed(tok);
            if (tok->last_type != KR_TOK_NEWLINE && tok->last_type != KR_TOK_DEDENT &&
                tok->last_type != KR_TOK_INDENT && tok->last_type != -1) {
                set_tok(tok, t, KR_TOK_NEWLINE, comment ? comment : start, tok->lineno,
                        tok->line_start);
                if (tok->eof_newline_unplaced)
                    t->col_offset = t->end_col_offset = -1;
                return 0;
            }
            if (tok->indent > 0) {
                tok->indent--;
                set_tok(tok, t, KR_TOK_DEDENT, start, tok->lineno, tok->line_start);
                return 0;
            }
            set_tok(tok, t, KR_TOK_ENDMARKER, start, tok->lineno, tok->line_start);
            tok->done = 1;
            return 0;
        }
        int c = (unsigned char)*tok->cur;
        if (c == '\r' && peek(tok, 1) == '\n') {
            tok->cur++;
            c = '\n';
        }
        if (c == '\n' || c == '\r') {
            tok->cur++;
            int blank = tok->last_type == KR_TOK_NEWLINE || tok->last_type == KR_TOK_INDENT ||
                        tok->last_type == KR_TOK_DEDENT || tok->last_type == -1;
            if (tok->level > 0 || blank) {
                newline_at(tok, tok->cur);
                tok->atbol = tok->level == 0;
                continue;
            }
            int lineno = tok->lineno;
            const char *ls = tok->line_start;
            const char *after = tok->cur;
            tok->cur = start;           /* the token ends before the newline */
            set_tok(tok, t, KR_TOK_NEWLINE, comment ? comment : start, lineno, ls);
            tok->cur = after;
            newline_at(tok, tok->cur);
            tok->atbol = 1;
            return 0;
        }
        if (c == '\\') {
            int d = peek(tok, 1);
            if (d == '\r' && peek(tok, 2) == '\n') {
                tok->cur++;
                d = '\n';
            }
            if (d != '\n') {
                int col = (int)(tok->cur - tok->line_start) + 1;
                if (d < 0) {
                    if (tok->level > 0)
                        return never_closed(tok);
                    tok->error = KR_TOKERR_STATE;
                    return raise_msg(tok, NULL, 1, tok->lineno, col, tok->lineno, -2,
                                     "unexpected EOF while parsing");
                }
                tok->error = KR_TOKERR_STATE;
                return raise_msg(tok, NULL, 1, tok->lineno, col, tok->lineno, -1,
                                 "unexpected character after line continuation character");
            }
            tok->cur += 2;
            newline_at(tok, tok->cur);
            if (tok->cur >= tok->end && tok->level > 0)
                return never_closed(tok);
            if (tok->cur >= tok->end) {
                tok->error = KR_TOKERR_STATE;
                return raise_msg(tok, NULL, 1, tok->lineno - 1,
                                 (int)(tok->cur - start) - 1, tok->lineno - 1, -2,
                                 "unexpected EOF while parsing");
            }
            continue;
        }
        int lineno = tok->lineno;
        const char *ls = tok->line_start;
        /* identifiers, keywords and string prefixes */
        if (potential_id(c) && !is_digit(c)) {
            int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
            for (;;) {
                int d = peek(tok, 0);
                if (!(saw_b || saw_u || saw_f) && (d == 'b' || d == 'B'))
                    saw_b = 1;
                else if (!(saw_b || saw_u || saw_r || saw_f) && (d == 'u' || d == 'U'))
                    saw_u = 1;
                else if (!(saw_r || saw_u) && (d == 'r' || d == 'R'))
                    saw_r = 1;
                else if (!(saw_f || saw_b || saw_u) && (d == 'f' || d == 'F'))
                    saw_f = 1;
                else
                    break;
                tok->cur++;
                if (peek(tok, 0) == '"' || peek(tok, 0) == '\'') {
                    if (scan_string(tok, start) < 0)
                        return -1;
                    set_tok(tok, t, KR_TOK_STRING, start, lineno, ls);
                    return 0;
                }
            }
            while (tok->cur < tok->end && potential_id((unsigned char)*tok->cur))
                tok->cur++;
            /* validate non-ASCII identifiers */
            const char *why;
            Kr_ssize_t bad = kr_tok_bad_utf8(start, tok->cur - start, &why);
            if (bad >= 0) {
                int col = (int)(start - tok->line_start);
                return tok_error(tok, NULL, col, col,
                                 "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                                 "position %d: %s", (unsigned char)start[bad], (int)bad, why);
            }
            for (const char *p = start; p < tok->cur;) {
                int n;
                uint32_t cp = kr_tok_decode_utf8(p, tok->cur, &n);
                if (cp >= 128 && !kr_tok_is_id_char(cp, p == start)) {
                    tok->cur = p + n;
                    int col = (int)(p - tok->line_start);
                    if (!is_printable(cp))
                        return tok_error(tok, NULL, col, col,
                                         "invalid non-printable character U+%04X", cp);
                    char ch[8];
                    memcpy(ch, p, n);
                    ch[n] = 0;
                    return tok_error(tok, NULL, col, col, "invalid character '%s' (U+%04X)",
                                     ch, cp);
                }
                p += n;
            }
            set_tok(tok, t, KR_TOK_NAME, start, lineno, ls);
            return 0;
        }
        if (is_digit(c) || (c == '.' && is_digit(peek(tok, 1)))) {
            if (scan_number(tok) < 0)
                return -1;
            set_tok(tok, t, KR_TOK_NUMBER, start, lineno, ls);
            return 0;
        }
        if (c == '"' || c == '\'') {
            if (scan_string(tok, start) < 0)
                return -1;
            set_tok(tok, t, KR_TOK_STRING, start, lineno, ls);
            return 0;
        }
        /* operators: longest match */
        int best = -1;
        size_t bestlen = 0;
        for (int i = KR_TOK_LPAR; i < KR_TOK_COUNT; i++) {
            size_t n = strlen(op_texts[i]);
            if (n > bestlen && (Kr_ssize_t)n <= tok->end - tok->cur &&
                memcmp(tok->cur, op_texts[i], n) == 0) {
                best = i;
                bestlen = n;
            }
        }
        if (best < 0) {
            int n;
            uint32_t cp = kr_tok_decode_utf8(tok->cur, tok->end, &n);
            int col = (int)(tok->cur - tok->line_start);
            if (cp >= 128) {
                tok->cur += n;
                if (!is_printable(cp))
                    return tok_error(tok, NULL, col, col,
                                     "invalid non-printable character U+%04X", cp);
                char ch[8];
                memcpy(ch, start, n);
                ch[n] = 0;
                return tok_error(tok, NULL, col, col, "invalid character '%s' (U+%04X)", ch, cp);
            }
            if (cp < 0x20 && cp != '\t') {
                tok->cur += n;
                return tok_error(tok, NULL, col, col,
                                 "invalid non-printable character U+%04X", cp);
            }
            /* like CPython, an unknown ASCII character is a token that no
             * grammar rule accepts: the parser reports it */
            tok->cur++;
            set_tok(tok, t, KR_TOK_ERRORCHAR, start, lineno, ls);
            return 0;
        }
        if (best == KR_TOK_LPAR || best == KR_TOK_LSQB || best == KR_TOK_LBRACE) {
            if (tok->level >= KR_TOK_MAXLEVEL) {
                int col = (int)(tok->cur - tok->line_start);
                return tok_error(tok, NULL, col, col, "too many nested parentheses");
            }
            tok->parenstack[tok->level] = (char)c;
            tok->parenlineno[tok->level] = tok->lineno;
            tok->parencol[tok->level] = (int)(tok->cur - tok->line_start);
            tok->level++;
        } else if (best == KR_TOK_RPAR || best == KR_TOK_RSQB || best == KR_TOK_RBRACE) {
            int open = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (tok->level == 0 || tok->parenstack[tok->level - 1] != open)
                return bracket_error(tok, c);
            tok->level--;
        }
        tok->cur += bestlen;
        set_tok(tok, t, best, start, lineno, ls);
        return 0;
    }
}
