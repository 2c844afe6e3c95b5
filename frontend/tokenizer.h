/*
 * tokenizer.h -- internal to frontend/: the Python 3.11 tokenizer.
 *
 * The tokenizer is pulled one token at a time by the parser (so a syntax
 * error early in a file is reported before a tokenizer error later in it,
 * as CPython does).  Tokens point into the source buffer; strings, f-strings
 * and numbers are returned as raw text and decoded by the parser.
 * Errors are raised as Python exceptions (SyntaxError, IndentationError,
 * TabError) with CPython's messages; kr_tok_next then returns -1.
 */
#ifndef KRAIT_TOKENIZER_H
#define KRAIT_TOKENIZER_H

#include "krait.h"

/* Operators: X(name, text).  Longest texts are matched first. */
#define KR_TOK_OPERATORS(X)                                               \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(COLON, ":")     \
    X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*")    \
    X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<")                 \
    X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%")             \
    X(LBRACE, "{") X(RBRACE, "}") X(EQEQUAL, "==") X(NOTEQUAL, "!=")      \
    X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") X(TILDE, "~")                \
    X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>")             \
    X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=")              \
    X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=")          \
    X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=")       \
    X(LEFTSHIFTEQUAL, "<<=") X(RIGHTSHIFTEQUAL, ">>=")                    \
    X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//")                        \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=")                \
    X(RARROW, "->") X(ELLIPSIS, "...") X(COLONEQUAL, ":=")                \
    X(BARRY, "<>")        /* a token only so that `a <> b` fails on it */

enum KrTokType {
    KR_TOK_ENDMARKER,
    KR_TOK_NAME,
    KR_TOK_NUMBER,
    KR_TOK_STRING,
    KR_TOK_NEWLINE,
    KR_TOK_INDENT,
    KR_TOK_DEDENT,
#define X(n, s) KR_TOK_##n,
    KR_TOK_OPERATORS(X)
#undef X
    KR_TOK_COUNT,
    KR_TOK_ERRORCHAR = KR_TOK_COUNT,  /* '!', '$', '?', '`': no rule accepts it */
};

/* Kinds of tokenizer error, for the parser's end-of-input rescan (a
 * tokenizer error found after a parser error replaces it, as in CPython,
 * except for indentation errors; an unclosed bracket replaces it only when
 * the parser's error is on a later line than the bracket). */
enum {
    KR_TOKERR_SYNTAX = 1,           /* replaces a parser error */
    KR_TOKERR_INDENT = 2,           /* indentation: does not replace */
    KR_TOKERR_EOF_IN_BRACKET = 3,   /* replaces only a later-line error */
    KR_TOKERR_STATE = 4,            /* CPython's E_LINECONT / E_EOF: does not replace */
};

typedef struct KrToken {
    int type;
    const char *start, *end;        /* text in the source buffer */
    int lineno, col_offset;         /* 1-based line, 0-based byte column */
    int end_lineno, end_col_offset;
} KrToken;

#define KR_TOK_MAXINDENT 100
#define KR_TOK_MAXLEVEL 200

typedef struct KrTokenizer {
    const char *buf, *cur, *end;
    const char *line_start;         /* start of the current physical line */
    int lineno;
    int atbol;                      /* at the beginning of a logical line */
    int pendin;                     /* > 0: INDENTs to emit, < 0: DEDENTs */
    int indent;                     /* top of indstack */
    int indstack[KR_TOK_MAXINDENT + 1];
    int altindstack[KR_TOK_MAXINDENT + 1];
    int level;                      /* bracket depth */
    char parenstack[KR_TOK_MAXLEVEL];
    int parenlineno[KR_TOK_MAXLEVEL];
    int parencol[KR_TOK_MAXLEVEL];
    int last_type;                  /* type of the previous token, -1 at start */
    int done;                       /* ENDMARKER emitted */
    int error;                      /* 0, or the KR_TOKERR_* of the error raised */
    KrObject *filename;             /* borrowed; may be NULL */
    /* For f-string sub-expressions: added to line numbers, and to columns
     * of tokens on the first line (CPython's starting_lineno/col_offset). */
    int line_offset, first_col_offset;
    const char *msg_prefix;         /* "f-string: " inside f-strings, else "" */
    int eof_newline_unplaced;       /* eval/single input: the NEWLINE made up
                                       at end of input has no column (CPython
                                       adds no newline to such sources) */
} KrTokenizer;

void kr_tok_init(KrTokenizer *tok, const char *src, Kr_ssize_t len, KrObject *filename);
/* Fills *t with the next token: 0, or -1 with an exception set. */
int kr_tok_next(KrTokenizer *tok, KrToken *t);
/* Raises exc_type (SyntaxError if NULL) at the given 1-based line and
 * 0-based byte columns of tok's buffer, with the source line as text.
 * Always returns -1. */
int kr_tok_error_at(KrTokenizer *tok, KrType *exc_type, int lineno, int col,
                    int end_lineno, int end_col, const char *fmt, ...);
/* The source line `lineno` (1-based) of tok's buffer as a new str
 * including its newline, or NULL (no error) if out of range. */
KrObject *kr_tok_line_text(KrTokenizer *tok, int lineno);
/* Decodes one UTF-8 code point at s (< end); sets *n to its byte length.
 * Invalid bytes decode as themselves with *n = 1. */
uint32_t kr_tok_decode_utf8(const char *s, const char *end, int *n);
/* Index of the first byte of s[0..len) that is not valid UTF-8, or -1;
 * *why gets the utf-8 codec's reason ("invalid start byte", ...). */
Kr_ssize_t kr_tok_bad_utf8(const char *s, Kr_ssize_t len, const char **why);
/* 1 if cp may start (start = 1) or continue an identifier. */
int kr_tok_is_id_char(uint32_t cp, int start);

#endif /* KRAIT_TOKENIZER_H */
