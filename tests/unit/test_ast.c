/*
 * test_ast.c -- the _ast module's two conversions: the frontend's C tree
 * to Python node objects (classes, fields, positions, shared context
 * singletons) and back (compiling a tree built from objects, and CPython's
 * validation errors for malformed trees).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "krait.h"
#include "frontend.h"

KrObject *kr_ast_parse_to_object(const char *src, Kr_ssize_t len, KrObject *filename, int mode);
KrObject *kr_ast_compile_object(KrObject *tree, KrObject *filename, int mode, int flags);
int kr_ast_check_object(KrObject *o);

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) == 0 ? 0 : -1;
}

static KrObject *parse(const char *src, int mode)
{
    KrObject *fn = kr_str_from_cstr("<test>");
    KrObject *t = kr_ast_parse_to_object(src, (Kr_ssize_t)strlen(src), fn, mode);
    kr_decref(fn);
    return t;
}

static KrObject *attr(KrObject *o, const char *name)
{
    KrObject *v = kr_object_getattr_str(o, name);
    assert_non_null(v);
    return v;
}

static void assert_type_name(KrObject *o, const char *name)
{
    assert_string_equal(kr_type_name(KR_TYPE(o)), name);
}

static void test_to_objects(void **state)
{
    (void)state;
    KrObject *mod = parse("x = 1 + 2\n", KR_MODE_EXEC);
    assert_non_null(mod);
    assert_true(kr_ast_check_object(mod));
    assert_type_name(mod, "Module");
    KrObject *body = attr(mod, "body");
    assert_int_equal(KR_SIZE(body), 1);
    KrObject *assign = KR_LIST_ITEMS(body)[0];
    assert_type_name(assign, "Assign");
    KrObject *v = attr(assign, "end_col_offset");
    assert_int_equal(kr_int_as_ssize(v), 9);
    kr_decref(v);
    KrObject *binop = attr(assign, "value");
    assert_type_name(binop, "BinOp");
    KrObject *op = attr(binop, "op");
    assert_type_name(op, "Add");
    KrObject *targets = attr(assign, "targets");
    KrObject *ctx = attr(KR_LIST_ITEMS(targets)[0], "ctx");
    assert_type_name(ctx, "Store");
    /* the context instances are shared singletons, as in CPython */
    KrObject *mod2 = parse("y = 0\n", KR_MODE_EXEC);
    KrObject *body2 = attr(mod2, "body");
    KrObject *targets2 = attr(KR_LIST_ITEMS(body2)[0], "targets");
    KrObject *ctx2 = attr(KR_LIST_ITEMS(targets2)[0], "ctx");
    assert_ptr_equal(ctx, ctx2);
    kr_decref(ctx2);
    kr_decref(targets2);
    kr_decref(body2);
    kr_decref(mod2);
    kr_decref(ctx);
    kr_decref(targets);
    kr_decref(op);
    kr_decref(binop);
    kr_decref(body);
    kr_decref(mod);
}

static void test_round_trip_compiles(void **state)
{
    (void)state;
    KrObject *mod = parse("def f(a, *, b=2):\n    return [a * b for _ in 'xy']\nr = f(3)\n",
                          KR_MODE_EXEC);
    assert_non_null(mod);
    KrObject *fn = kr_str_from_cstr("<rt>");
    KrObject *co = kr_ast_compile_object(mod, fn, KR_MODE_EXEC, 0);
    assert_non_null(co);
    assert_true(KR_CODE_CHECK(co));
    KrObject *g = kr_dict_new();
    KrObject *res = kr_eval_code(co, g, g);
    assert_non_null(res);
    KrObject *r = kr_dict_get_item_str(g, "r");
    assert_non_null(r);
    KrObject *rep = kr_object_repr(r);
    assert_string_equal(kr_str_utf8(rep, NULL), "[6, 6]");
    /* PyCF_ONLY_AST returns the tree itself */
    KrObject *same = kr_ast_compile_object(mod, fn, KR_MODE_EXEC, 0x400);
    assert_ptr_equal(same, mod);
    kr_decref(same);
    kr_decref(rep);
    kr_decref(res);
    kr_decref(g);
    kr_decref(co);
    kr_decref(fn);
    kr_decref(mod);
}

static void expect_error_n(KrObject *tree, int mode, const char *msg, size_t n)
{
    KrObject *fn = kr_str_from_cstr("<err>");
    KrObject *co = kr_ast_compile_object(tree, fn, mode, 0);
    assert_null(co);
    KrObject *exc = kr_err_fetch();
    assert_non_null(exc);
    KrObject *s = kr_object_str(exc);
    assert_memory_equal(kr_str_utf8(s, NULL), msg, n);
    kr_decref(s);
    kr_decref(exc);
    kr_decref(fn);
}

static void expect_error(KrObject *tree, int mode, const char *msg)
{
    expect_error_n(tree, mode, msg, strlen(msg) + 1);
}

static void test_validation_errors(void **state)
{
    (void)state;
    KrObject *mod = parse("x\n", KR_MODE_EXEC);
    expect_error(mod, KR_MODE_EVAL, "expected Expression node, got Module");
    KrObject *body = attr(mod, "body");
    KrObject *stmt = KR_LIST_ITEMS(body)[0];
    assert_int_equal(kr_object_delattr(stmt, kr_str_intern_cstr("lineno")), 0);
    expect_error(mod, KR_MODE_EXEC, "required field \"lineno\" missing from stmt");
    KrObject *one = kr_int_from_i64(1);
    assert_int_equal(kr_object_setattr_str(stmt, "lineno", one), 0);
    assert_int_equal(kr_object_setattr_str(stmt, "value", one), 0);
    /* positions are read before the kind is checked (CPython's order) */
    expect_error(mod, KR_MODE_EXEC, "required field \"lineno\" missing from expr");
    assert_int_equal(kr_object_setattr_str(stmt, "value", stmt), 0);
    const char *m = "expected some sort of expr, but got <ast.Expr object at 0x";
    expect_error_n(mod, KR_MODE_EXEC, m, strlen(m));
    assert_int_equal(kr_object_setattr_str(stmt, "value", kr_None), 0);
    expect_error(mod, KR_MODE_EXEC, "field 'value' is required for Expr");
    assert_int_equal(kr_object_setattr_str(mod, "body", one), 0);
    expect_error(mod, KR_MODE_EXEC, "Module field \"body\" must be a list, not a int");
    kr_decref(one);
    kr_decref(body);
    kr_decref(mod);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_to_objects),
        cmocka_unit_test(test_round_trip_compiles),
        cmocka_unit_test(test_validation_errors),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
