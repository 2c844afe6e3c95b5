/*
 * parser.h -- internal to frontend/: the recursive-descent parser's state.
 *
 * The public entry point is kr_parse (frontend.h); this header only shares
 * the parser's state layout and keyword list inside frontend/.
 */
#ifndef KRAIT_PARSER_H
#define KRAIT_PARSER_H

#include "frontend.h"
#include "tokenizer.h"

/* Keywords (hard); 0 means "not a keyword". */
#define KR_KEYWORDS(X)                                                    \
    X(False) X(None) X(True) X(and) X(as) X(assert) X(async) X(await)     \
    X(break) X(class) X(continue) X(def) X(del) X(elif) X(else)           \
    X(except) X(finally) X(for) X(from) X(global) X(if) X(import) X(in)   \
    X(is) X(lambda) X(nonlocal) X(not) X(or) X(pass) X(raise) X(return)   \
    X(try) X(while) X(with) X(yield)

enum {
    KR_KW_NONE = 0,
#define X(k) KR_KW_##k,
    KR_KEYWORDS(X)
#undef X
};

typedef struct KrParser {
    KrTokenizer tok;
    KrToken **chunks;               /* tokens fetched so far, 256 per chunk:
                                       pointers to tokens stay valid */
    unsigned char **kwchunks;       /* keyword id per token */
    unsigned char **lvchunks;       /* bracket level after each token */
    int fill, nchunks;
    int pos;                        /* index of the current token */
    KrArena *arena;
    KrObject *filename;
    int depth;                      /* weighted recursion depth */
    int in_fstring;                 /* parsing an f-string replacement field */
    int err;                        /* an exception is set: unwind */
    int no_rescan;                  /* skip the end-of-input tokenizer rescan */
    int no_invalid;                 /* > 0: skip the error-message checks */
    int probing;                    /* > 0: inside an error-message check whose
                                       own checks stay on */
    int valid_fill;                 /* tokens read outside all those checks:
                                       the generic error goes to the last one */
} KrParser;

/* Maximum weighted recursion depth before MemoryError (CPython's parser
 * stack limit is 6000 rule invocations). */
#define KR_PARSER_MAXSTACK 6000

#endif /* KRAIT_PARSER_H */
