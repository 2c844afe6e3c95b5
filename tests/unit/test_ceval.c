/*
 * test_ceval.c -- the interpreter loop on hand-assembled code objects:
 * arithmetic, locals, loops with backward jumps, calls between Python
 * functions (inline frames, deep recursion), argument binding errors,
 * the exception table, closures, generators and tracebacks.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "krait.h"
#include "opcodes.h"

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) == 0 ? 0 : -1;
}

/* ---- a tiny assembler ---- */

typedef struct Asm {
    KrCodeUnit code[256];
    int n;
} Asm;

/* Appends op (and its cache units); returns the offset of the unit. */
static int emit(Asm *a, int op, int arg)
{
    int at = a->n;
    a->code[a->n++] = KR_UNIT(op, arg);
    for (int i = 0; i < KR_OP_CACHE(op); i++)
        a->code[a->n++] = KR_UNIT(KR_OP_CACHE, 0);
    return at;
}

/* Patches the forward jump at `at` to land on the current end. */
static void patch_forward(Asm *a, int at)
{
    int op = KR_UNIT_OP(a->code[at]);
    int from = at + 1 + KR_OP_CACHE(op);
    a->code[at] = KR_UNIT(op, a->n - from);
}

static void emit_backward(Asm *a, int op, int target)
{
    int from = a->n + 1 + KR_OP_CACHE(op);
    emit(a, op, from - target);
}

static KrObject *S(const char *s) { return kr_str_intern_cstr(s); }

static KrObject *tuple_of(int n, ...)
{
    KrObject *t = kr_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        KR_TUPLE_SET(t, i, va_arg(ap, KrObject *));   /* steals */
    va_end(ap);
    return t;
}

static KrObject *str_new(const char *s) { return kr_str_from_cstr(s); }

static KrObject *make_code(Asm *a, int argcount, int flags, KrObject *consts, KrObject *names,
                           KrObject *varnames, KrObject *cellvars, KrObject *freevars,
                           const char *name, const KrExcEntry *exc, int nexc)
{
    KrCodePos pos[256];
    for (int i = 0; i < a->n; i++)
        pos[i] = (KrCodePos){ 1, 1, 0, 1 };
    KrObject *nm = str_new(name);
    KrObject *fn = str_new("<test>");
    KrObject *co = kr_code_new(argcount, 0, 0, 16, flags, 1, a->code, a->n, consts, names,
                               varnames, cellvars, freevars, fn, nm, nm, pos, exc, nexc);
    kr_decref(nm);
    kr_decref(fn);
    assert_non_null(co);
    return co;
}

static KrObject *new_globals(void)
{
    KrObject *g = kr_dict_new();
    kr_dict_set_item_str(g, "__name__", S("__main__"));
    return g;
}

static int64_t as_i64(KrObject *o)
{
    int ovf = 0;
    assert_non_null(o);
    return kr_int_as_i64(o, &ovf);
}

static void expect_error(KrType *t, const char *msg)
{
    KrObject *e = kr_err_occurred();
    assert_non_null(e);
    assert_true(kr_type_is_subtype(KR_TYPE(e), t));
    KrObject *s = kr_object_str(e);
    assert_string_equal(kr_str_utf8(s, NULL), msg);
    kr_decref(s);
    kr_err_clear();
}

/* ---- tests ---- */

static void test_constant_arith(void **state)
{
    (void)state;
    Asm a = { .n = 0 };
    emit(&a, KR_OP_RESUME, 0);
    emit(&a, KR_OP_LOAD_CONST, 0);
    emit(&a, KR_OP_LOAD_CONST, 1);
    emit(&a, KR_OP_BINARY_OP, KR_NB_ADD);
    emit(&a, KR_OP_LOAD_CONST, 2);
    emit(&a, KR_OP_BINARY_OP, KR_NB_MULTIPLY);
    emit(&a, KR_OP_RETURN_VALUE, 0);
    KrObject *consts = tuple_of(3, kr_int_from_i64(2), kr_int_from_i64(3), kr_int_from_i64(7));
    KrObject *co = make_code(&a, 0, 0, consts, NULL, NULL, NULL, NULL, "<module>", NULL, 0);
    KrObject *g = new_globals();
    KrObject *r = kr_eval_code(co, g, NULL);
    assert_int_equal(as_i64(r), 35);
    kr_decref(r);
    kr_decref(co);
    kr_decref(consts);
    kr_decref(g);
}

/* def f(n): s = 0; i = 0; while i < n: s += i; i += 1; return s */
static KrObject *make_sum_function(KrObject *g)
{
    Asm a = { .n = 0 };
    emit(&a, KR_OP_RESUME, 0);
    emit(&a, KR_OP_LOAD_CONST, 0);          /* 0 */
    emit(&a, KR_OP_STORE_FAST, 1);          /* s */
    emit(&a, KR_OP_LOAD_CONST, 0);
    emit(&a, KR_OP_STORE_FAST, 2);          /* i */
    int top = a.n;
    emit(&a, KR_OP_LOAD_FAST, 2);
    emit(&a, KR_OP_LOAD_FAST, 0);
    emit(&a, KR_OP_COMPARE_OP, KR_LT);
    int jout = emit(&a, KR_OP_POP_JUMP_FORWARD_IF_FALSE, 0);
    emit(&a, KR_OP_LOAD_FAST, 1);
    emit(&a, KR_OP_LOAD_FAST, 2);
    emit(&a, KR_OP_BINARY_OP, KR_NB_INPLACE_ADD);
    emit(&a, KR_OP_STORE_FAST, 1);
    emit(&a, KR_OP_LOAD_FAST, 2);
    emit(&a, KR_OP_LOAD_CONST, 1);
    emit(&a, KR_OP_BINARY_OP, KR_NB_INPLACE_ADD);
    emit(&a, KR_OP_STORE_FAST, 2);
    emit_backward(&a, KR_OP_JUMP_BACKWARD, top);
    patch_forward(&a, jout);
    emit(&a, KR_OP_LOAD_FAST, 1);
    emit(&a, KR_OP_RETURN_VALUE, 0);
    KrObject *consts = tuple_of(2, kr_int_from_i64(0), kr_int_from_i64(1));
    KrObject *vars = tuple_of(3, kr_newref(S("n")), kr_newref(S("s")), kr_newref(S("i")));
    KrObject *co = make_code(&a, 1, KR_CO_OPTIMIZED | KR_CO_NEWLOCALS, consts, NULL, vars, NULL,
                             NULL, "f", NULL, 0);
    KrObject *fn = kr_function_new(co, g, NULL);
    kr_decref(co);
    kr_decref(consts);
    kr_decref(vars);
    return fn;
}

static void test_loop_and_call(void **state)
{
    (void)state;
    KrObject *g = new_globals();
    KrObject *fn = make_sum_function(g);
    KrObject *n = kr_int_from_i64(1000);
    KrObject *r = kr_call1(fn, n);
    assert_int_equal(as_i64(r), 499500);
    kr_decref(r);
    KrCode *co = (KrCode *)((KrFunction *)fn)->code;
    assert_int_equal(co->ncalls, 1);
    assert_int_equal(co->nbackedges, 1000);
    /* missing argument */
    r = kr_call0(fn);
    assert_null(r);
    expect_error(&kr_exc_TypeError, "f() missing 1 required positional argument: 'n'");
    KrObject *args[3] = { n, n, n };
    r = kr_call(fn, args, 3, NULL);
    assert_null(r);
    expect_error(&kr_exc_TypeError, "f() takes 1 positional argument but 3 were given");
    KrObject *kw = tuple_of(1, kr_newref(S("z")));
    r = kr_call(fn, args, 0, kw);
    assert_null(r);
    expect_error(&kr_exc_TypeError, "f() got an unexpected keyword argument 'z'");
    kr_decref(kw);
    kw = tuple_of(1, kr_newref(S("n")));
    r = kr_call(fn, args, 1, kw);
    assert_null(r);
    expect_error(&kr_exc_TypeError, "f() got multiple values for argument 'n'");
    r = kr_call(fn, args, 0, kw);
    assert_int_equal(as_i64(r), 499500);
    kr_decref(r);
    kr_decref(kw);
    kr_decref(n);
    kr_decref(fn);
    kr_decref(g);
}

/* def rec(n): return 0 if n == 0 else rec(n - 1) + 1  -- via LOAD_GLOBAL */
static void test_deep_recursion(void **state)
{
    (void)state;
    KrObject *g = new_globals();
    Asm a = { .n = 0 };
    emit(&a, KR_OP_RESUME, 0);
    emit(&a, KR_OP_LOAD_FAST, 0);
    emit(&a, KR_OP_LOAD_CONST, 0);
    emit(&a, KR_OP_COMPARE_OP, KR_EQ);
    int j = emit(&a, KR_OP_POP_JUMP_FORWARD_IF_FALSE, 0);
    emit(&a, KR_OP_LOAD_CONST, 0);
    emit(&a, KR_OP_RETURN_VALUE, 0);
    patch_forward(&a, j);
    emit(&a, KR_OP_LOAD_GLOBAL, (0 << 1) | 1);
    emit(&a, KR_OP_LOAD_FAST, 0);
    emit(&a, KR_OP_LOAD_CONST, 1);
    emit(&a, KR_OP_BINARY_OP, KR_NB_SUBTRACT);
    emit(&a, KR_OP_CALL, 1);
    emit(&a, KR_OP_LOAD_CONST, 1);
    emit(&a, KR_OP_BINARY_OP, KR_NB_ADD);
    emit(&a, KR_OP_RETURN_VALUE, 0);
    KrObject *consts = tuple_of(2, kr_int_from_i64(0), kr_int_from_i64(1));
    KrObject *names = tuple_of(1, kr_newref(S("rec")));
    KrObject *vars = tuple_of(1, kr_newref(S("n")));
    KrObject *co = make_code(&a, 1, KR_CO_OPTIMIZED | KR_CO_NEWLOCALS, consts, names, vars,
                             NULL, NULL, "rec", NULL, 0);
    KrObject *fn = kr_function_new(co, g, NULL);
    kr_dict_set_item_str(g, "rec", fn);
    int old = KR_INTERP()->recursion_limit;
    KR_INTERP()->recursion_limit = 100000;
    KrObject *n = kr_int_from_i64(90000);
    KrObject *r = kr_call1(fn, n);
    assert_int_equal(as_i64(r), 90000);
    kr_decref(r);
    kr_decref(n);
    KR_INTERP()->recursion_limit = 1000;
    n = kr_int_from_i64(5000);
    r = kr_call1(fn, n);
    assert_null(r);
    expect_error(&kr_exc_RecursionError, "maximum recursion depth exceeded");
    assert_int_equal(KR_TS()->recursion_depth, 0);
    KR_INTERP()->recursion_limit = old;
    kr_decref(n);
    kr_dict_clear(g);
    kr_decref(fn);
    kr_decref(co);
    kr_decref(consts);
    kr_decref(names);
    kr_decref(vars);
    kr_decref(g);
}

/* try: raise ValueError  except ValueError: return 42 */
static void test_exception_table(void **state)
{
    (void)state;
    Asm a = { .n = 0 };
    emit(&a, KR_OP_RESUME, 0);
    int t0 = a.n;
    emit(&a, KR_OP_LOAD_GLOBAL, 1 << 1);
    emit(&a, KR_OP_RAISE_VARARGS, 1);
    int t1 = a.n;
    int handler = a.n;
    emit(&a, KR_OP_PUSH_EXC_INFO, 0);
    emit(&a, KR_OP_LOAD_GLOBAL, 0 << 1);
    emit(&a, KR_OP_CHECK_EXC_MATCH, 0);
    int j = emit(&a, KR_OP_POP_JUMP_FORWARD_IF_FALSE, 0);
    emit(&a, KR_OP_POP_TOP, 0);
    emit(&a, KR_OP_POP_EXCEPT, 0);
    emit(&a, KR_OP_LOAD_CONST, 0);
    emit(&a, KR_OP_RETURN_VALUE, 0);
    patch_forward(&a, j);
    emit(&a, KR_OP_RERAISE, 0);
    KrExcEntry exc[1] = { { t0, t1, handler, 0, 0 } };
    KrObject *consts = tuple_of(1, kr_int_from_i64(42));
    KrObject *names = tuple_of(2, kr_newref(S("ValueError")), kr_newref(S("Exc")));
    KrObject *co = make_code(&a, 0, 0, consts, names, NULL, NULL, NULL, "<module>", exc, 1);
    KrObject *g = new_globals();
    kr_dict_set_item_str(g, "Exc", (KrObject *)&kr_exc_ValueError);
    KrObject *r = kr_eval_code(co, g, NULL);
    assert_int_equal(as_i64(r), 42);
    kr_decref(r);
    assert_true(KR_TS()->exc_info == NULL || KR_TS()->exc_info == kr_None);
    /* an unmatched exception propagates with a traceback entry */
    kr_dict_set_item_str(g, "Exc", (KrObject *)&kr_exc_KeyError);
    r = kr_eval_code(co, g, NULL);
    assert_null(r);
    KrObject *e = kr_err_occurred();
    assert_true(KR_TYPE(e) == &kr_exc_KeyError);
    KrObject *tb = kr_exc_get_traceback(e);
    assert_non_null(tb);
    assert_true(KR_TYPE(tb) == &kr_traceback_type);
    kr_err_clear();
    kr_decref(co);
    kr_decref(consts);
    kr_decref(names);
    kr_decref(g);
}

/* unbound local and name errors */
static void test_name_errors(void **state)
{
    (void)state;
    Asm a = { .n = 0 };
    emit(&a, KR_OP_RESUME, 0);
    emit(&a, KR_OP_LOAD_FAST, 0);
    emit(&a, KR_OP_RETURN_VALUE, 0);
    KrObject *vars = tuple_of(1, kr_newref(S("x")));
    KrObject *co = make_code(&a, 0, KR_CO_OPTIMIZED | KR_CO_NEWLOCALS, NULL, NULL, vars, NULL,
                             NULL, "f", NULL, 0);
    KrObject *g = new_globals();
    KrObject *fn = kr_function_new(co, g, NULL);
    KrObject *r = kr_call0(fn);
    assert_null(r);
    expect_error(&kr_exc_UnboundLocalError,
                 "cannot access local variable 'x' where it is not associated with a value");
    kr_decref(fn);
    kr_decref(co);
    kr_decref(vars);

    Asm b = { .n = 0 };
    emit(&b, KR_OP_RESUME, 0);
    emit(&b, KR_OP_LOAD_NAME, 0);
    emit(&b, KR_OP_RETURN_VALUE, 0);
    KrObject *names = tuple_of(1, kr_newref(S("nope")));
    co = make_code(&b, 0, 0, NULL, names, NULL, NULL, NULL, "<module>", NULL, 0);
    r = kr_eval_code(co, g, NULL);
    assert_null(r);
    expect_error(&kr_exc_NameError, "name 'nope' is not defined");
    kr_decref(co);
    kr_decref(names);
    kr_decref(g);
}

/* def outer(): x = 5; def inner(): return x; return inner */
static void test_closure(void **state)
{
    (void)state;
    KrObject *g = new_globals();
    Asm in = { .n = 0 };
    emit(&in, KR_OP_COPY_FREE_VARS, 1);
    emit(&in, KR_OP_RESUME, 0);
    emit(&in, KR_OP_LOAD_DEREF, 0);
    emit(&in, KR_OP_RETURN_VALUE, 0);
    KrObject *free = tuple_of(1, kr_newref(S("x")));
    KrObject *inner = make_code(&in, 0, KR_CO_OPTIMIZED | KR_CO_NEWLOCALS | KR_CO_NESTED, NULL,
                                NULL, NULL, NULL, free, "inner", NULL, 0);
    Asm out = { .n = 0 };
    emit(&out, KR_OP_MAKE_CELL, 0);
    emit(&out, KR_OP_RESUME, 0);
    emit(&out, KR_OP_LOAD_CONST, 1);
    emit(&out, KR_OP_STORE_DEREF, 0);
    emit(&out, KR_OP_LOAD_CLOSURE, 0);
    emit(&out, KR_OP_BUILD_TUPLE, 1);
    emit(&out, KR_OP_LOAD_CONST, 0);
    emit(&out, KR_OP_MAKE_FUNCTION, 8);
    emit(&out, KR_OP_RETURN_VALUE, 0);
    KrObject *consts = tuple_of(2, kr_newref(inner), kr_int_from_i64(5));
    KrObject *cells = tuple_of(1, kr_newref(S("x")));
    KrObject *outer = make_code(&out, 0, KR_CO_OPTIMIZED | KR_CO_NEWLOCALS, consts, NULL, NULL,
                                cells, NULL, "outer", NULL, 0);
    assert_int_equal(((KrCode *)outer)->nlocalsplus, 1);
    KrObject *fo = kr_function_new(outer, g, NULL);
    KrObject *fi = kr_call0(fo);
    assert_non_null(fi);
    assert_true(KR_FUNCTION_CHECK(fi));
    KrObject *r = kr_call0(fi);
    assert_int_equal(as_i64(r), 5);
    kr_decref(r);
    kr_decref(fi);
    kr_decref(fo);
    kr_decref(outer);
    kr_decref(inner);
    kr_decref(consts);
    kr_decref(cells);
    kr_decref(free);
    kr_decref(g);
}

/* def gen(): x = yield 1; yield x; return 7 */
static void test_generator(void **state)
{
    (void)state;
    Asm a = { .n = 0 };
    emit(&a, KR_OP_RESUME, 0);
    emit(&a, KR_OP_LOAD_CONST, 0);
    emit(&a, KR_OP_YIELD_VALUE, 0);
    emit(&a, KR_OP_RESUME, 1);
    emit(&a, KR_OP_STORE_FAST, 0);
    emit(&a, KR_OP_LOAD_FAST, 0);
    emit(&a, KR_OP_YIELD_VALUE, 0);
    emit(&a, KR_OP_RESUME, 1);
    emit(&a, KR_OP_POP_TOP, 0);
    emit(&a, KR_OP_LOAD_CONST, 1);
    emit(&a, KR_OP_RETURN_VALUE, 0);
    KrObject *consts = tuple_of(2, kr_int_from_i64(1), kr_int_from_i64(7));
    KrObject *vars = tuple_of(1, kr_newref(S("x")));
    KrObject *co = make_code(&a, 0, KR_CO_OPTIMIZED | KR_CO_NEWLOCALS | KR_CO_GENERATOR, consts,
                             NULL, vars, NULL, NULL, "gen", NULL, 0);
    KrObject *g = new_globals();
    KrObject *fn = kr_function_new(co, g, NULL);
    KrObject *gen = kr_call0(fn);
    assert_non_null(gen);
    assert_true(KR_TYPE(gen) == &kr_generator_type);
    KrObject *v = kr_iter_next(gen);
    assert_int_equal(as_i64(v), 1);
    kr_decref(v);
    KrObject *arg = kr_int_from_i64(99);
    v = kr_call_method1(gen, S("send"), arg);
    assert_int_equal(as_i64(v), 99);
    kr_decref(v);
    kr_decref(arg);
    v = kr_call_method1(gen, S("send"), kr_None);
    assert_null(v);
    KrObject *e = kr_err_occurred();
    assert_true(KR_TYPE(e) == &kr_exc_StopIteration);
    assert_int_equal(as_i64(kr_exc_stopiteration_value(e)), 7);
    kr_err_clear();
    v = kr_iter_next(gen);
    assert_null(v);
    assert_null(kr_err_occurred());
    kr_decref(gen);

    /* a fresh generator refuses a non-None first send; close() is fine */
    gen = kr_call0(fn);
    v = kr_call_method1(gen, S("send"), consts);
    assert_null(v);
    expect_error(&kr_exc_TypeError, "can't send non-None value to a just-started generator");
    v = kr_iter_next(gen);
    kr_decref(v);
    v = kr_call_method0(gen, S("close"));
    assert_true(v == kr_None);
    kr_decref(v);
    kr_decref(gen);
    kr_decref(fn);
    kr_decref(co);
    kr_decref(consts);
    kr_decref(vars);
    kr_decref(g);
}

static void test_unpack(void **state)
{
    (void)state;
    Asm a = { .n = 0 };
    emit(&a, KR_OP_RESUME, 0);
    emit(&a, KR_OP_LOAD_CONST, 0);
    emit(&a, KR_OP_UNPACK_SEQUENCE, 3);
    emit(&a, KR_OP_BUILD_TUPLE, 3);
    emit(&a, KR_OP_RETURN_VALUE, 0);
    KrObject *consts = tuple_of(1, tuple_of(2, kr_int_from_i64(1), kr_int_from_i64(2)));
    KrObject *co = make_code(&a, 0, 0, consts, NULL, NULL, NULL, NULL, "<module>", NULL, 0);
    KrObject *g = new_globals();
    KrObject *r = kr_eval_code(co, g, NULL);
    assert_null(r);
    expect_error(&kr_exc_ValueError, "not enough values to unpack (expected 3, got 2)");
    kr_decref(co);
    kr_decref(consts);
    kr_decref(g);
}


/* addr2line skips over EXTENDED_ARG units without positions; co_lines
 * merges runs of units on one line. */
static void test_code_lines(void **state)
{
    (void)state;
    Asm a = { .n = 0 };
    emit(&a, KR_OP_RESUME, 0);
    emit(&a, KR_OP_EXTENDED_ARG, 0);
    emit(&a, KR_OP_LOAD_CONST, 0);
    emit(&a, KR_OP_RETURN_VALUE, 0);
    KrCodePos pos[4] = { { 1, 1, 0, 0 }, { -1, -1, -1, -1 }, { 3, 3, 4, 5 }, { 3, 3, 0, 5 } };
    KrObject *consts = tuple_of(1, kr_int_from_i64(1));
    KrObject *nm = str_new("m");
    KrObject *co = kr_code_new(0, 0, 0, 2, 0, 1, a.code, a.n, consts, NULL, NULL, NULL, NULL,
                               nm, nm, nm, pos, NULL, 0);
    assert_non_null(co);
    assert_int_equal(kr_code_addr2line((KrCode *)co, 0), 1);
    assert_int_equal(kr_code_addr2line((KrCode *)co, 1), 3);
    assert_int_equal(kr_code_addr2line((KrCode *)co, 3), 3);
    KrObject *it = kr_call_method0(co, S("co_lines"));
    assert_non_null(it);
    KrObject *l = kr_sequence_list(it);
    assert_int_equal(KR_SIZE(l), 3);
    KrObject *last = KR_LIST_GET(l, 2);
    assert_int_equal(as_i64(KR_TUPLE_GET(last, 0)), 4);
    assert_int_equal(as_i64(KR_TUPLE_GET(last, 1)), 8);
    assert_int_equal(as_i64(KR_TUPLE_GET(last, 2)), 3);
    assert_true(KR_TUPLE_GET(KR_LIST_GET(l, 1), 2) == kr_None);
    kr_decref(l);
    kr_decref(it);
    KrObject *g = new_globals();
    KrObject *r = kr_eval_code(co, g, NULL);
    assert_int_equal(as_i64(r), 1);
    kr_decref(r);
    kr_decref(g);
    kr_decref(co);
    kr_decref(nm);
    kr_decref(consts);
}

/* The frame stack is empty between calls, and sys._getframe past it fails. */
static void test_frame_get(void **state)
{
    (void)state;
    assert_null(KR_TS()->frame);
    KrObject *f = kr_frame_get(0);
    assert_null(f);
    expect_error(&kr_exc_ValueError, "call stack is not deep enough");
}


/* ---- profiling hook ---- */

static KrObject *prof_log;

static KrObject *prof_cb(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    assert_int_equal(nargs, 3);
    KrObject *ev = args[1];
    KrObject *what = args[2];
    KrObject *entry;
    if (KR_TYPE(what) == &kr_cfunction_type) {
        KrObject *name = kr_object_getattr_str(what, "__name__");
        entry = kr_str_from_format("%U:%U", ev, name);
        kr_decref(name);
    } else {
        KrObject *co = kr_object_getattr_str(args[0], "f_code");
        entry = kr_str_from_format("%U:%U", ev, ((KrCode *)co)->name);
        kr_decref(co);
    }
    kr_list_append(prof_log, entry);
    kr_decref(entry);
    KR_RETURN_NONE;
}

static const KrMethodDef prof_def = KR_METHOD_FAST("prof", prof_cb);

static void test_profile_events(void **state)
{
    (void)state;
    /* def f(x): return len(x) */
    Asm a = { .n = 0 };
    emit(&a, KR_OP_RESUME, 0);
    emit(&a, KR_OP_LOAD_GLOBAL, (0 << 1) | 1);
    emit(&a, KR_OP_LOAD_FAST, 0);
    emit(&a, KR_OP_CALL, 1);
    emit(&a, KR_OP_RETURN_VALUE, 0);
    KrObject *names = tuple_of(1, kr_newref(S("len")));
    KrObject *vars = tuple_of(1, kr_newref(S("x")));
    KrObject *co = make_code(&a, 1, KR_CO_OPTIMIZED | KR_CO_NEWLOCALS, NULL, names, vars, NULL,
                             NULL, "f", NULL, 0);
    KrObject *g = new_globals();
    KrObject *fn = kr_function_new(co, g, NULL);
    KrObject *hook = kr_cfunction_new(&prof_def, NULL, NULL);
    prof_log = kr_list_new(0);
    kr_eval_setprofile(hook);
    assert_true(kr_eval_getprofile() == hook);
    KrObject *r = kr_call1(fn, names);
    kr_eval_setprofile(kr_None);
    assert_null(kr_eval_getprofile());
    assert_int_equal(as_i64(r), 1);
    kr_decref(r);
    KrObject *sep = S(",");
    KrObject *joined = kr_str_join(sep, prof_log);
    assert_string_equal(kr_str_utf8(joined, NULL), "call:f,c_call:len,c_return:len,return:f");
    kr_decref(joined);
    kr_decref(prof_log);
    kr_decref(hook);
    kr_decref(fn);
    kr_decref(co);
    kr_decref(names);
    kr_decref(vars);
    kr_decref(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_constant_arith),
        cmocka_unit_test(test_loop_and_call),
        cmocka_unit_test(test_deep_recursion),
        cmocka_unit_test(test_exception_table),
        cmocka_unit_test(test_name_errors),
        cmocka_unit_test(test_closure),
        cmocka_unit_test(test_generator),
        cmocka_unit_test(test_unpack),
        cmocka_unit_test(test_code_lines),
        cmocka_unit_test(test_frame_get),
        cmocka_unit_test(test_profile_events),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
