/*
 * test_tokenizer.c -- token streams, positions and tokenizer errors.
 *
 * Each test tokenizes a small source and compares the token types (and
 * where it matters the text and positions) with what CPython 3.11's
 * tokenizer produces for the parser (NL and COMMENT tokens are not
 * produced: the parser never sees them).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "frontend.h"
#include "tokenizer.h"

#define MAXTOK 256

/* Tokenizes src; returns the number of tokens (ENDMARKER included), or
 * -1 on error with the exception left set. */
static int lex(const char *src, KrToken *out)
{
    KrTokenizer tok;
    kr_tok_init(&tok, src, (Kr_ssize_t)strlen(src), NULL);
    int n = 0;
    for (;;) {
        if (n >= MAXTOK)
            return n;
        if (kr_tok_next(&tok, &out[n]) < 0)
            return -1;
        if (out[n++].type == KR_TOK_ENDMARKER)
            return n;
    }
}

static void expect_types(const char *src, const int *types, int ntypes)
{
    KrToken t[MAXTOK];
    int n = lex(src, t);
    if (n != ntypes) {
        for (int i = 0; i < n; i++)
            printf("  tok %d: type %d '%.*s'\n", i, t[i].type, (int)(t[i].end - t[i].start), t[i].start);
    }
    assert_int_equal(n, ntypes);
    for (int i = 0; i < n; i++)
        assert_int_equal(t[i].type, types[i]);
}

#define TYPES(src, ...)                                                   \
    do {                                                                  \
        const int ty_[] = { __VA_ARGS__ };                                \
        expect_types(src, ty_, (int)(sizeof ty_ / sizeof ty_[0]));        \
    } while (0)

enum {
    END = KR_TOK_ENDMARKER, NAME = KR_TOK_NAME, NUM = KR_TOK_NUMBER, STR = KR_TOK_STRING,
    NL = KR_TOK_NEWLINE, IND = KR_TOK_INDENT, DED = KR_TOK_DEDENT,
};

static void test_indentation(void **state)
{
    (void)state;
    TYPES("if x:\n    y = 1\n", NAME, NAME, KR_TOK_COLON, NL, IND, NAME, KR_TOK_EQUAL, NUM, NL, DED, END);
    /* blank lines and comments make no tokens and do not dedent */
    TYPES("if x:\n    a\n\n  # c\n    b\nc\n", NAME, NAME, KR_TOK_COLON, NL, IND, NAME, NL, NAME, NL,
          DED, NAME, NL, END);
    /* nested blocks closed at EOF without a final newline */
    TYPES("if a:\n if b:\n  c", NAME, NAME, KR_TOK_COLON, NL, IND, NAME, NAME, KR_TOK_COLON, NL, IND,
          NAME, NL, DED, DED, END);
    /* a tab counts to the next multiple of 8, consistently */
    TYPES("if a:\n\tb\n\tc\n", NAME, NAME, KR_TOK_COLON, NL, IND, NAME, NL, NAME, NL, DED, END);
    TYPES("", END);
    TYPES("\n\n# only a comment\n", END);
}

static void test_joining(void **state)
{
    (void)state;
    /* newlines inside brackets are insignificant, as is indentation there */
    TYPES("x = (1,\n        2)\n", NAME, KR_TOK_EQUAL, KR_TOK_LPAR, NUM, KR_TOK_COMMA, NUM, KR_TOK_RPAR,
          NL, END);
    TYPES("x = [\n]\n", NAME, KR_TOK_EQUAL, KR_TOK_LSQB, KR_TOK_RSQB, NL, END);
    /* backslash continuation */
    TYPES("x = 1 + \\\n    2\n", NAME, KR_TOK_EQUAL, NUM, KR_TOK_PLUS, NUM, NL, END);
    /* CRLF line ends */
    TYPES("a\r\nb\r\n", NAME, NL, NAME, NL, END);
}

static void test_numbers(void **state)
{
    (void)state;
    const char *nums[] = { "0", "00", "123", "1_000", "0x1F", "0XaB_cd", "0o17", "0b1_0",
                           "1.5", "1.", ".5", "1e10", "1E-5", "1.5e+3", "3j", "1.5J", "1_0.0_1e1_0j" };
    for (size_t i = 0; i < sizeof nums / sizeof *nums; i++) {
        KrToken t[MAXTOK];
        assert_int_equal(lex(nums[i], t), 3);
        assert_int_equal(t[0].type, NUM);
        assert_int_equal((int)(t[0].end - t[0].start), (int)strlen(nums[i]));
    }
    /* keywords glued to numbers are still separate tokens */
    TYPES("1if x else 2", NUM, NAME, NAME, NAME, NUM, NL, END);
    TYPES("x.y", NAME, KR_TOK_DOT, NAME, NL, END);
    TYPES("1..real", NUM, KR_TOK_DOT, NAME, NL, END);
}

static void test_strings(void **state)
{
    (void)state;
    const char *strs[] = { "'a'", "\"b\"", "'''a\n'b'\n'''", "\"\"\"x\"\"\"", "r'\\''", "b'x'",
                           "Rb'x'", "bR'x'", "rB\"x\"", "f'{x}'", "Fr'{x}'", "rf'x'", "u'x'",
                           "U\"x\"", "'a\\\nb'", "f'{\"nested\"}'", "'\\''" };
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) {
        KrToken t[MAXTOK];
        assert_int_equal(lex(strs[i], t), 3);
        assert_int_equal(t[0].type, STR);
        assert_int_equal((int)(t[0].end - t[0].start), (int)strlen(strs[i]));
    }
    /* implicit concatenation is the parser's job: two tokens */
    TYPES("'a' 'b'", STR, STR, NL, END);
    /* invalid prefixes are names */
    TYPES("ub'x'", NAME, STR, NL, END);
}

static void test_operators(void **state)
{
    (void)state;
    /* unknown ASCII characters are tokens the parser rejects, not errors */
    TYPES("x $ y ? !", NAME, KR_TOK_ERRORCHAR, NAME, KR_TOK_ERRORCHAR, KR_TOK_ERRORCHAR, NL, END);
    TYPES("a <> b", NAME, KR_TOK_BARRY, NAME, NL, END);
    TYPES("a := b -> c ** d **= e // f //= g @ h @= i ... != <<= >>=",
          NAME, KR_TOK_COLONEQUAL, NAME, KR_TOK_RARROW, NAME, KR_TOK_DOUBLESTAR, NAME,
          KR_TOK_DOUBLESTAREQUAL, NAME, KR_TOK_DOUBLESLASH, NAME, KR_TOK_DOUBLESLASHEQUAL, NAME,
          KR_TOK_AT, NAME, KR_TOK_ATEQUAL, NAME, KR_TOK_ELLIPSIS, KR_TOK_NOTEQUAL,
          KR_TOK_LEFTSHIFTEQUAL, KR_TOK_RIGHTSHIFTEQUAL, NL, END);
}

static void test_positions(void **state)
{
    (void)state;
    KrToken t[MAXTOK];
    /* columns are UTF-8 byte offsets */
    assert_int_equal(lex("\xc3\xa9t\xc3\xa9 = 'x'\n", t), 5);
    assert_int_equal(t[0].type, NAME);
    assert_int_equal(t[0].col_offset, 0);
    assert_int_equal(t[0].end_col_offset, 5);
    assert_int_equal(t[1].col_offset, 6);
    assert_int_equal(t[2].col_offset, 8);
    /* a triple-quoted string spans lines */
    assert_int_equal(lex("x = '''a\nbc'''\n", t), 5);
    assert_int_equal(t[2].lineno, 1);
    assert_int_equal(t[2].col_offset, 4);
    assert_int_equal(t[2].end_lineno, 2);
    assert_int_equal(t[2].end_col_offset, 5);
    /* a UTF-8 BOM is skipped */
    assert_int_equal(lex("\xef\xbb\xbfx\n", t), 3);
    assert_int_equal(t[0].col_offset, 0);
}

static void expect_error(const char *src, KrType *type, const char *msg, int lineno, int offset)
{
    KrToken t[MAXTOK];
    assert_int_equal(lex(src, t), -1);
    assert_true(kr_err_matches_type(type));
    KrObject *exc = kr_err_fetch();
    KrObject *m = kr_object_getattr_str(exc, "msg");
    assert_non_null(m);
    if (!kr_str_eq_cstr(m, msg))
        printf("  got message: %s\n", kr_str_utf8(m, NULL));
    assert_true(kr_str_eq_cstr(m, msg));
    KrObject *l = kr_object_getattr_str(exc, "lineno");
    KrObject *o = kr_object_getattr_str(exc, "offset");
    assert_int_equal(kr_int_as_ssize(l), lineno);
    assert_int_equal(kr_int_as_ssize(o), offset);
    kr_decref(m);
    kr_decref(l);
    kr_decref(o);
    kr_decref(exc);
}

static void test_errors(void **state)
{
    (void)state;
    /* expected values are python3.11's */
    expect_error("if 1:\n\tx\n        y", &kr_exc_TabError,
                 "inconsistent use of tabs and spaces in indentation", 3, 1);
    expect_error("if x:\n    y\n  z", &kr_exc_IndentationError,
                 "unindent does not match any outer indentation level", 3, 4);
    expect_error("x = 'abc", &kr_exc_SyntaxError, "unterminated string literal (detected at line 1)", 1, 5);
    expect_error("x = '''abc\n\n", &kr_exc_SyntaxError,
                 "unterminated triple-quoted string literal (detected at line 2)", 1, 5);
    expect_error("x = 1 \xe2\x82\xac", &kr_exc_SyntaxError, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 7);
    expect_error("x=\xc2\xa0", &kr_exc_SyntaxError, "invalid non-printable character U+00A0", 1, 3);
    expect_error("1abc", &kr_exc_SyntaxError, "invalid decimal literal", 1, 1);
    expect_error("012", &kr_exc_SyntaxError,
                 "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                 1, 1);
    expect_error("0x", &kr_exc_SyntaxError, "invalid hexadecimal literal", 1, 2);
    expect_error("0o8", &kr_exc_SyntaxError, "invalid digit '8' in octal literal", 1, 3);
    expect_error("0b2", &kr_exc_SyntaxError, "invalid digit '2' in binary literal", 1, 3);
    expect_error("1__0", &kr_exc_SyntaxError, "invalid decimal literal", 1, 2);
    expect_error("x = )", &kr_exc_SyntaxError, "unmatched ')'", 1, 5);
    expect_error("x = (]", &kr_exc_SyntaxError,
                 "closing parenthesis ']' does not match opening parenthesis '('", 1, 6);
    expect_error("x = (\n]", &kr_exc_SyntaxError,
                 "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1);
    expect_error("x = [1,", &kr_exc_SyntaxError, "'[' was never closed", 1, 5);
    expect_error("a\\ b", &kr_exc_SyntaxError, "unexpected character after line continuation character", 1, 3);
    char deep[300];
    memset(deep, '(', 201);
    deep[201] = 0;
    expect_error(deep, &kr_exc_SyntaxError, "too many nested parentheses", 1, 201);
}

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) < 0 ? -1 : 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_indentation),
        cmocka_unit_test(test_joining),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_operators),
        cmocka_unit_test(test_positions),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
