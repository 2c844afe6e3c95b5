/*
 * test_compile.c -- the symbol table and the bytecode compiler.
 *
 * Snippets are compiled with kr_compile_source and the resulting code
 * objects are checked against what python3.11 reports for the same source
 * (co_varnames, co_cellvars, co_freevars, co_names, co_consts, co_flags,
 * co_stacksize, co_qualname, co_firstlineno), the disassembly against
 * dis's lines, and SyntaxErrors from the symbol table and the compiler
 * against CPython's messages and line numbers.  The expected values were
 * taken from python3.11 (see the comments); running programs is the job of
 * the golden tests in tests/py/compiler/.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "frontend.h"
#include "opcodes.h"

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) < 0 ? -1 : 0;
}

static KrObject *compile_mode(const char *src, int mode)
{
    KrObject *fn = kr_str_from_cstr("<test>");
    KrObject *co = kr_compile_source(src, (Kr_ssize_t)strlen(src), fn, mode, 0);
    kr_decref(fn);
    if (!co) {
        KrObject *e = kr_err_fetch();
        KrObject *r = e ? kr_object_repr(e) : NULL;
        fprintf(stderr, "compile failed: %s\n", r ? kr_str_utf8(r, NULL) : "?");
        kr_xdecref(r);
        kr_xdecref(e);
    }
    return co;
}

static KrObject *compile_ok(const char *src)
{
    KrObject *co = compile_mode(src, KR_MODE_EXEC);
    assert_non_null(co);
    return co;
}

/* The code object named `name` among the constants, recursively
 * (borrowed). */
static KrCode *find_code(KrObject *co, const char *name)
{
    KrCode *c = (KrCode *)co;
    if (kr_str_eq_cstr(c->name, name))
        return c;
    for (Kr_ssize_t i = 0; i < KR_SIZE(c->consts); i++) {
        KrObject *k = KR_TUPLE_GET(c->consts, i);
        if (KR_CODE_CHECK(k)) {
            KrCode *r = find_code(k, name);
            if (r)
                return r;
        }
    }
    return NULL;
}

/* repr() of an object as a malloc'ed C string. */
static char *repr_of(KrObject *o)
{
    KrObject *r = kr_object_repr(o);
    assert_non_null(r);
    char *s = strdup(kr_str_utf8(r, NULL));
    kr_decref(r);
    return s;
}

static void assert_repr(KrObject *o, const char *expected)
{
    char *s = repr_of(o);
    if (strcmp(s, expected) != 0)
        fprintf(stderr, "got %s, expected %s\n", s, expected);
    assert_string_equal(s, expected);
    free(s);
}

/* Disassembly with runs of spaces collapsed to one. */
static char *dis_text(KrObject *co)
{
    KrObject *d = kr_code_disassemble(co);
    assert_non_null(d);
    const char *s = kr_str_utf8(d, NULL);
    char *out = malloc(strlen(s) + 1), *w = out;
    for (const char *p = s; *p; p++) {
        if (*p == ' ' && w > out && w[-1] == ' ')
            continue;
        *w++ = *p;
    }
    *w = 0;
    kr_decref(d);
    return out;
}

static void test_add_disassembly(void **state)
{
    (void)state;
    KrObject *co = compile_ok("def add(a, b):\n    return a + b\n");
    KrCode *add = find_code(co, "add");
    assert_non_null(add);
    char *d = dis_text((KrObject *)add);
    assert_non_null(strstr(d, "RESUME 0"));
    assert_non_null(strstr(d, "LOAD_FAST 0 (a)"));
    assert_non_null(strstr(d, "LOAD_FAST 1 (b)"));
    assert_non_null(strstr(d, "BINARY_OP 0 (+)"));
    assert_non_null(strstr(d, "RETURN_VALUE"));
    /* the exact dis layout of the first lines */
    KrObject *full = kr_code_disassemble((KrObject *)add);
    const char *fs = kr_str_utf8(full, NULL);
    assert_non_null(strstr(fs, "  1           0 RESUME                   0\n\n"
                               "  2           2 LOAD_FAST                0 (a)\n"
                               "              4 LOAD_FAST                1 (b)\n"
                               "              6 BINARY_OP                0 (+)\n"
                               "             10 RETURN_VALUE\n"));
    kr_decref(full);
    assert_repr(add->varnames, "('a', 'b')");
    assert_repr(add->consts, "(None,)");
    assert_int_equal(add->argcount, 2);
    assert_int_equal(add->stacksize, 2);
    assert_int_equal(add->flags & 0x3f, KR_CO_OPTIMIZED | KR_CO_NEWLOCALS);
    free(d);
    kr_decref(co);
}

static void test_cells_and_frees(void **state)
{
    (void)state;
    /* python3.11: f.co_cellvars ('b', 'a', 'c', 'y'), co_varnames
     * ('b', 'a', 'z', 'g'); g.co_freevars ('a', 'b', 'c', 'y') */
    KrObject *co = compile_ok("def f(b, a, z):\n"
                              "    y = 1; c = 2\n"
                              "    def g(): return a+b+y+c\n"
                              "    return g\n");
    KrCode *f = find_code(co, "f"), *g = find_code(co, "g");
    assert_non_null(f);
    assert_non_null(g);
    assert_repr(f->cellvars, "('b', 'a', 'c', 'y')");
    assert_repr(f->varnames, "('b', 'a', 'z', 'g')");
    assert_repr(g->freevars, "('a', 'b', 'c', 'y')");
    assert_repr(g->qualname, "'f.<locals>.g'");
    assert_true(g->flags & KR_CO_NESTED);
    char *d = dis_text((KrObject *)f);
    assert_non_null(strstr(d, "MAKE_CELL 0 (b)"));
    assert_non_null(strstr(d, "MAKE_CELL 5 (y)"));
    assert_non_null(strstr(d, "STORE_DEREF 5 (y)"));
    assert_non_null(strstr(d, "LOAD_CLOSURE 1 (a)"));
    assert_non_null(strstr(d, "MAKE_FUNCTION 8 (closure)"));
    assert_non_null(strstr(d, "COPY_FREE_VARS 4"));
    free(d);
    kr_decref(co);
}

static void test_class_scopes(void **state)
{
    (void)state;
    KrObject *co = compile_ok("def outer():\n"
                              "    x = 1\n"
                              "    class C:\n"
                              "        x = 2\n"
                              "        y = x\n"
                              "        def m(self):\n"
                              "            return x, super()\n"
                              "        def n(self):\n"
                              "            return v\n"
                              "    v = 3\n"
                              "    return C\n");
    KrCode *outer = find_code(co, "outer"), *C = find_code(co, "C"), *m = find_code(co, "m");
    assert_repr(outer->cellvars, "('v', 'x')");
    /* x is both a class local and free in m: DEF_FREE_CLASS */
    assert_repr(C->cellvars, "('__class__',)");
    assert_repr(C->freevars, "('v', 'x')");
    assert_repr(m->freevars, "('__class__', 'x')");
    assert_repr(C->qualname, "'outer.<locals>.C'");
    assert_repr(m->qualname, "'outer.<locals>.C.m'");
    char *d = dis_text((KrObject *)C);
    assert_non_null(strstr(d, "STORE_NAME 3 (x)"));
    assert_non_null(strstr(d, "LOAD_NAME 3 (x)"));
    assert_non_null(strstr(d, "STORE_NAME 7 (__classcell__)"));
    free(d);
    kr_decref(co);

    /* a class body reading a free variable uses LOAD_CLASSDEREF */
    co = compile_ok("def f():\n    v = 1\n    class D:\n        w = v\n    return D\n");
    d = dis_text((KrObject *)find_code(co, "D"));
    assert_non_null(strstr(d, "LOAD_CLASSDEREF 0 (v)"));
    free(d);
    kr_decref(co);

    /* private names are mangled */
    co = compile_ok("class K:\n    def m(self):\n        self.__x = __y\n");
    KrCode *km = find_code(co, "m");
    assert_repr(km->names, "('_K__y', '_K__x')");
    kr_decref(co);
}

static void test_flags_and_names(void **state)
{
    (void)state;
    KrObject *co = compile_ok("def gen(*a, **k):\n    yield 1\n"
                              "def f():\n    return g(1) + x\n"
                              "@dec\n"
                              "@dec2\n"
                              "def d(): pass\n");
    KrCode *gen = find_code(co, "gen"), *f = find_code(co, "f"), *d = find_code(co, "d");
    assert_int_equal(gen->flags & 0x3f, KR_CO_OPTIMIZED | KR_CO_NEWLOCALS | KR_CO_VARARGS |
                                            KR_CO_VARKEYWORDS | KR_CO_GENERATOR);
    assert_repr(gen->varnames, "('a', 'k')");
    assert_int_equal(gen->argcount, 0);
    assert_repr(f->consts, "(None, 1)");
    assert_repr(f->names, "('g', 'x')");
    assert_int_equal(d->firstlineno, 5);
    kr_decref(co);

    co = compile_ok("def k(a, /, b, *c, d, e=1, **f):\n    z = 1\n");
    KrCode *k = find_code(co, "k");
    assert_int_equal(k->argcount, 2);
    assert_int_equal(k->posonlyargcount, 1);
    assert_int_equal(k->kwonlyargcount, 2);
    assert_repr(k->varnames, "('a', 'b', 'd', 'e', 'c', 'f', 'z')");
    kr_decref(co);

    co = compile_ok("def f(x):\n    return [y for y in x]\n");
    KrCode *lc = find_code(co, "<listcomp>");
    assert_non_null(lc);
    assert_repr(lc->qualname, "'f.<locals>.<listcomp>'");
    assert_repr(lc->varnames, "('.0', 'y')");
    assert_int_equal(lc->argcount, 1);
    kr_decref(co);
}

/* co_stacksize as python3.11 computes it for the same functions. */
static void test_stacksize(void **state)
{
    (void)state;
    KrObject *co = compile_ok("def f(a, b, c):\n    return a + b * c\n"
                              "def g(x):\n    return [y for y in x if y]\n"
                              "def h():\n    try:\n        return k(1, 2, 3)\n"
                              "    finally:\n        print(1, 2)\n"
                              "def w(m):\n    with m as q, m as r:\n        pass\n"
                              "def cmp(a, b, c):\n    return a < b < c\n"
                              "def call(f, *a, **k):\n    return f(1, *a, x=2, **k)\n");
    static const struct { const char *name; int depth; } exp[] = {
        {"f", 3}, {"g", 2}, {"h", 6}, {"w", 7}, {"cmp", 3}, {"call", 5},
    };
    for (size_t i = 0; i < sizeof exp / sizeof exp[0]; i++) {
        KrCode *c = find_code(co, exp[i].name);
        assert_non_null(c);
        if (c->stacksize != exp[i].depth)
            fprintf(stderr, "%s: stacksize %d, expected %d\n", exp[i].name, c->stacksize,
                    exp[i].depth);
        assert_int_equal(c->stacksize, exp[i].depth);
    }
    assert_repr(find_code(co, "h")->consts, "(None, 1, 2, 3)");
    assert_repr(find_code(co, "call")->consts, "(None, 1, 'x', 2)");
    kr_decref(co);
}

static void test_exception_table(void **state)
{
    (void)state;
    KrObject *co = compile_ok("try:\n    a\nexcept E as e:\n    b\nfinally:\n    f\n");
    KrCode *c = (KrCode *)co;
    assert_true(c->nexctable >= 3);
    int lasti = 0;
    for (int i = 0; i < c->nexctable; i++) {
        KrExcEntry *e = &c->exctable[i];
        assert_true(e->start < e->end);
        assert_true(e->end <= c->ncodeunits);
        assert_true(e->target < c->ncodeunits);
        assert_true(e->depth >= 0 && e->depth <= c->stacksize);
        lasti |= e->lasti;
        /* every handler starts with PUSH_EXC_INFO, or is a cleanup (COPY
         * 3 / the named-handler cleanup loading None) */
        int op = KR_UNIT_OP(c->code[e->target]);
        assert_true(op == KR_OP_PUSH_EXC_INFO || op == KR_OP_COPY || op == KR_OP_LOAD_CONST);
    }
    assert_true(lasti);
    char *d = dis_text(co);
    assert_non_null(strstr(d, "CHECK_EXC_MATCH"));
    assert_non_null(strstr(d, "DELETE_NAME"));
    assert_non_null(strstr(d, "RERAISE 1"));
    assert_non_null(strstr(d, "ExceptionTable:"));
    free(d);
    kr_decref(co);
}

static void test_folding_and_modes(void **state)
{
    (void)state;
    KrObject *co = compile_ok("x = 2 * 3\ny = -1\nz = (1, 2, (3, 4))\nw = 'ab' * 2\n"
                              "v = 1 in [1, 2]\n");
    assert_repr(((KrCode *)co)->consts, "(6, -1, (1, 2, (3, 4)), 'abab', 1, (1, 2), None)");
    kr_decref(co);

    co = compile_mode("1 + x", KR_MODE_EVAL);
    assert_non_null(co);
    char *d = dis_text(co);
    assert_non_null(strstr(d, "BINARY_OP 0 (+)"));
    assert_non_null(strstr(d, "RETURN_VALUE"));
    assert_null(strstr(d, "None"));
    free(d);
    kr_decref(co);

    co = compile_mode("x\n", KR_MODE_SINGLE);
    assert_non_null(co);
    d = dis_text(co);
    assert_non_null(strstr(d, "PRINT_EXPR"));
    free(d);
    kr_decref(co);

    co = compile_ok("'''doc'''\nclass C:\n    'cdoc'\ndef f():\n    'fdoc'\n");
    assert_repr(find_code(co, "f")->consts, "('fdoc', None)");
    d = dis_text(co);
    assert_non_null(strstr(d, "STORE_NAME 0 (__doc__)"));
    free(d);
    kr_decref(co);
}

/* SyntaxError raised for src: message and line (python3.11's). */
static void check_error(const char *src, const char *msg, int lineno)
{
    KrObject *fn = kr_str_from_cstr("<test>");
    KrObject *co = kr_compile_source(src, (Kr_ssize_t)strlen(src), fn, KR_MODE_EXEC, 0);
    kr_decref(fn);
    if (co)
        fprintf(stderr, "no error for %s\n", src);
    assert_null(co);
    KrObject *exc = kr_err_fetch();
    assert_non_null(exc);
    assert_true(kr_object_isinstance(exc, (KrObject *)&kr_exc_SyntaxError) == 1);
    KrObject *m = kr_object_getattr_str(exc, "msg");
    KrObject *l = kr_object_getattr_str(exc, "lineno");
    assert_non_null(m);
    assert_non_null(l);
    const char *got = kr_str_utf8(m, NULL);
    if (strcmp(got, msg) != 0)
        fprintf(stderr, "for %s: got '%s', expected '%s'\n", src, got, msg);
    assert_string_equal(got, msg);
    int ov = 0;
    assert_int_equal(kr_int_as_i64(l, &ov), lineno);
    kr_decref(m);
    kr_decref(l);
    kr_decref(exc);
}

static void test_errors(void **state)
{
    (void)state;
    check_error("def f(x):\n    global x\n", "name 'x' is parameter and global", 2);
    check_error("def f():\n    x = 1\n    global x\n",
                "name 'x' is assigned to before global declaration", 3);
    check_error("def f():\n    print(x)\n    global x\n",
                "name 'x' is used prior to global declaration", 3);
    check_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1);
    check_error("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2);
    check_error("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1);
    check_error("x = 1\nreturn 1\n", "'return' outside function", 2);
    check_error("yield 1\n", "'yield' outside function", 1);
    check_error("\nbreak\n", "'break' outside loop", 2);
    check_error("continue\n", "'continue' not properly in loop", 1);
    check_error("class C:\n    return 1\n", "'return' outside function", 2);
    check_error("def f():\n    x: int\n    global x\n",
                "annotated name 'x' can't be global", 3);
    check_error("[(yield 1) for i in x]\n", "'yield' inside list comprehension", 1);
    check_error("def f(x):\n    nonlocal x\n", "name 'x' is parameter and nonlocal", 2);
    check_error("f(a=1, a=2)\n", "keyword argument repeated: a", 1);
    check_error("__debug__ = 1\n", "cannot assign to __debug__", 1);
    check_error("a, *b, *c = d\n", "multiple starred expressions in assignment", 1);
    check_error("class C:\n    [(z := 1) for i in range(3)]\n",
                "assignment expression within a comprehension cannot be used in a class body",
                2);
    check_error("[x for x in (y := [1])]\n",
                "assignment expression cannot be used in a comprehension iterable expression",
                1);
    check_error("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
                "name 'x' is nonlocal and global", 4);
    check_error("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
                "default 'except:' must be last", 3);
}

static void test_calls_and_unpacking(void **state)
{
    (void)state;
    KrObject *co = compile_ok("o.m(1, k=2)\nf(*a, **k)\na, *b, c = t\nx.y += 1\n");
    char *d = dis_text(co);
    assert_non_null(strstr(d, "LOAD_METHOD 1 (m)"));
    assert_non_null(strstr(d, "KW_NAMES 2"));
    assert_non_null(strstr(d, "CALL 2"));
    assert_non_null(strstr(d, "CALL_FUNCTION_EX 1"));
    assert_non_null(strstr(d, "DICT_MERGE 1"));
    assert_non_null(strstr(d, "EXTENDED_ARG 1"));
    assert_non_null(strstr(d, "UNPACK_EX 257"));
    assert_non_null(strstr(d, "BINARY_OP 13 (+=)"));
    assert_null(strstr(d, "PRECALL"));
    free(d);
    kr_decref(co);

    /* PUSH_NULL + LOAD_GLOBAL fuse; module-level imports skip LOAD_METHOD */
    co = compile_ok("import sys\ndef f():\n    return len(x), sys.exit(0)\n");
    d = dis_text((KrObject *)find_code(co, "f"));
    assert_non_null(strstr(d, "LOAD_GLOBAL 1 (NULL + len)"));
    assert_non_null(strstr(d, "LOAD_ATTR 3 (exit)"));
    assert_null(strstr(d, "PUSH_NULL"));
    free(d);
    kr_decref(co);
}

static void test_big_jumps(void **state)
{
    (void)state;
    /* a body longer than 255 code units needs EXTENDED_ARG on its jumps */
    size_t cap = 64 * 1024;
    char *src = malloc(cap);
    strcpy(src, "def f(x):\n    while x:\n");
    for (int i = 0; i < 200; i++) {
        char line[64];
        snprintf(line, sizeof line, "        x = x + %d\n", i);
        strcat(src, line);
    }
    strcat(src, "    return x\n");
    KrObject *co = compile_ok(src);
    KrCode *f = find_code(co, "f");
    int found = 0;
    for (Kr_ssize_t i = 0; i + 1 < f->ncodeunits; i++)
        if (KR_UNIT_OP(f->code[i]) == KR_OP_EXTENDED_ARG &&
            KR_UNIT_OP(f->code[i + 1]) == KR_OP_POP_JUMP_FORWARD_IF_FALSE)
            found = 1;
    assert_true(found);
    free(src);
    kr_decref(co);
}

/* Under `from __future__ import annotations` annotations are their source
 * text, unfolded (python3.11's strings). */
static void test_future_annotations(void **state)
{
    (void)state;
    KrObject *co = compile_ok("from __future__ import annotations\n"
                              "def f(a: dict[str, int] | None, *, b: 2 ** -1 = 1) -> list[int]:\n"
                              "    pass\n"
                              "x: Callable[[int], str] = 1\n");
    char *r = repr_of(((KrCode *)co)->consts);
    assert_non_null(strstr(r, "'dict[str, int] | None'"));
    assert_non_null(strstr(r, "'2 ** (-1)'"));
    assert_non_null(strstr(r, "'list[int]'"));
    assert_non_null(strstr(r, "'Callable[[int], str]'"));
    free(r);
    kr_decref(co);
}

/* co_positions of a chained method call, as python3.11 reports them. */
static void test_positions(void **state)
{
    (void)state;
    KrObject *co = compile_ok("r = a.b(1).upper()\n");
    KrCode *c = (KrCode *)co;
    static const struct { int op; int l, el, col, ecol; } exp[] = {
        {KR_OP_RESUME, 0, 1, 0, 0},
        {KR_OP_LOAD_NAME, 1, 1, 4, 5},
        {KR_OP_LOAD_METHOD, 1, 1, 4, 7},
        {KR_OP_LOAD_CONST, 1, 1, 8, 9},
        {KR_OP_CALL, 1, 1, 4, 10},
        {KR_OP_LOAD_METHOD, 1, 1, 4, 16},
        {KR_OP_CALL, 1, 1, 4, 18},
        {KR_OP_STORE_NAME, 1, 1, 0, 1},
    };
    Kr_ssize_t i = 0;
    for (size_t k = 0; k < sizeof exp / sizeof exp[0]; k++) {
        assert_true(i < c->ncodeunits);
        assert_int_equal(KR_UNIT_OP(c->code[i]), exp[k].op);
        KrCodePos p = c->positions[i];
        if (p.line != exp[k].l || p.end_line != exp[k].el || p.col != exp[k].col ||
            p.end_col != exp[k].ecol)
            fprintf(stderr, "instr %zu: (%d,%d,%d,%d)\n", k, p.line, p.end_line, p.col,
                    p.end_col);
        assert_int_equal(p.line, exp[k].l);
        assert_int_equal(p.end_line, exp[k].el);
        assert_int_equal(p.col, exp[k].col);
        assert_int_equal(p.end_col, exp[k].ecol);
        i += 1 + KR_OP_CACHE(KR_UNIT_OP(c->code[i]));
    }
    kr_decref(co);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_add_disassembly),
        cmocka_unit_test(test_cells_and_frees),
        cmocka_unit_test(test_class_scopes),
        cmocka_unit_test(test_flags_and_names),
        cmocka_unit_test(test_stacksize),
        cmocka_unit_test(test_exception_table),
        cmocka_unit_test(test_folding_and_modes),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_calls_and_unpacking),
        cmocka_unit_test(test_big_jumps),
        cmocka_unit_test(test_future_annotations),
        cmocka_unit_test(test_positions),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
