/*
 * test_exceptions.c -- the exception types: construction, str/repr (the
 * expected strings come from python3.11), the subclass fields, the errno
 * mapping of OSError, SyntaxError locations, chaining helpers and
 * exception groups.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "krait.h"

static int setup(void **state)
{
    (void)state;
    return kr_runtime_init(0, NULL) == 0 ? 0 : -1;
}

static KrObject *S(const char *s) { return kr_str_from_cstr(s); }
static KrObject *I(int64_t v) { return kr_int_from_i64(v); }

/* Calls type(*args) with args stolen. */
static KrObject *make(KrType *t, int n, ...)
{
    KrObject *args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, KrObject *);
    va_end(ap);
    KrObject *e = kr_exc_new(t, args, n);
    for (int i = 0; i < n; i++)
        kr_decref(args[i]);
    return e;
}

static void check_str(KrObject *o, const char *expect)
{
    KrObject *s = kr_object_str(o);
    assert_non_null(s);
    assert_string_equal(kr_str_utf8(s, NULL), expect);
    kr_decref(s);
}

static void check_repr(KrObject *o, const char *expect)
{
    KrObject *s = kr_object_repr(o);
    assert_non_null(s);
    assert_string_equal(kr_str_utf8(s, NULL), expect);
    kr_decref(s);
}

static void check_attr_repr(KrObject *o, const char *name, const char *expect)
{
    KrObject *v = kr_object_getattr_str(o, name);
    assert_non_null(v);
    check_repr(v, expect);
    kr_decref(v);
}

static void test_base_str_repr(void **state)
{
    (void)state;
    KrObject *e = make(&kr_exc_ValueError, 1, S("x"));
    assert_non_null(e);
    check_str(e, "x");
    check_repr(e, "ValueError('x')");
    kr_decref(e);

    e = make(&kr_exc_Exception, 0);
    check_str(e, "");
    check_repr(e, "Exception()");
    kr_decref(e);

    e = make(&kr_exc_RuntimeError, 2, I(1), I(2));
    check_str(e, "(1, 2)");
    check_repr(e, "RuntimeError(1, 2)");
    check_attr_repr(e, "args", "(1, 2)");
    kr_decref(e);
}

static void test_keyerror(void **state)
{
    (void)state;
    KrObject *e = make(&kr_exc_KeyError, 1, S("k"));
    check_str(e, "'k'");
    check_repr(e, "KeyError('k')");
    kr_decref(e);
    e = make(&kr_exc_KeyError, 2, I(1), I(2));
    check_str(e, "(1, 2)");
    kr_decref(e);
}

static void test_fields(void **state)
{
    (void)state;
    KrObject *e = make(&kr_exc_StopIteration, 1, I(5));
    assert_true(kr_exc_stopiteration_value(e) != kr_None);
    check_repr(kr_exc_stopiteration_value(e), "5");
    kr_decref(e);
    e = make(&kr_exc_StopIteration, 0);
    assert_ptr_equal(kr_exc_stopiteration_value(e), kr_None);
    kr_decref(e);

    e = make(&kr_exc_SystemExit, 2, I(1), I(2));
    check_attr_repr(e, "code", "(1, 2)");
    kr_decref(e);
    e = make(&kr_exc_SystemExit, 0);
    check_attr_repr(e, "code", "None");
    kr_decref(e);

    e = make(&kr_exc_ImportError, 1, S("no luck"));
    check_attr_repr(e, "msg", "'no luck'");
    check_attr_repr(e, "name", "None");
    check_str(e, "no luck");
    kr_decref(e);
}

static void test_oserror(void **state)
{
    (void)state;
    KrObject *e = make(&kr_exc_OSError, 3, I(2), S("No such file or directory"), S("x"));
    assert_non_null(e);
    assert_true(KR_TYPE(e) == &kr_exc_FileNotFoundError);
    check_str(e, "[Errno 2] No such file or directory: 'x'");
    check_repr(e, "FileNotFoundError(2, 'No such file or directory')");
    check_attr_repr(e, "filename", "'x'");
    check_attr_repr(e, "errno", "2");
    kr_decref(e);

    e = make(&kr_exc_OSError, 5, I(13), S("a"), S("b"), kr_newref(kr_None), S("c"));
    assert_true(KR_TYPE(e) == &kr_exc_PermissionError);
    check_str(e, "[Errno 13] a: 'b' -> 'c'");
    kr_decref(e);

    e = make(&kr_exc_OSError, 1, I(1));
    assert_true(KR_TYPE(e) == &kr_exc_OSError);
    check_str(e, "1");
    kr_decref(e);

    /* a subclass is never remapped */
    e = make(&kr_exc_FileNotFoundError, 2, I(13), S("y"));
    assert_true(KR_TYPE(e) == &kr_exc_FileNotFoundError);
    check_str(e, "[Errno 13] y");
    kr_decref(e);
}

static void test_syntaxerror(void **state)
{
    (void)state;
    KrObject *info = kr_tuple_new(6);
    KR_TUPLE_SET(info, 0, S("/a/b/f.py"));
    KR_TUPLE_SET(info, 1, I(3));
    KR_TUPLE_SET(info, 2, I(4));
    KR_TUPLE_SET(info, 3, S("txt"));
    KR_TUPLE_SET(info, 4, I(3));
    KR_TUPLE_SET(info, 5, I(5));
    KrObject *e = make(&kr_exc_SyntaxError, 2, S("m"), info);
    check_str(e, "m (f.py, line 3)");
    check_attr_repr(e, "end_offset", "5");
    kr_decref(e);

    KrObject *fn = S("prog.py"), *text = S("x = (1,\n");
    kr_err_syntax_location(&kr_exc_SyntaxError, "'(' was never closed", fn, 1, 4, 1, 5, text);
    e = kr_err_fetch();
    assert_non_null(e);
    assert_true(KR_TYPE(e) == &kr_exc_SyntaxError);
    check_str(e, "'(' was never closed (prog.py, line 1)");
    check_attr_repr(e, "offset", "5");
    check_attr_repr(e, "lineno", "1");
    check_attr_repr(e, "text", "'x = (1,\\n'");
    check_attr_repr(e, "filename", "'prog.py'");
    kr_decref(e);

    kr_err_syntax_location(&kr_exc_IndentationError, "unexpected indent", NULL, 2, 0, -1, -1,
                           NULL);
    e = kr_err_fetch();
    assert_true(KR_TYPE(e) == &kr_exc_IndentationError);
    check_str(e, "unexpected indent (line 2)");
    check_attr_repr(e, "end_lineno", "None");
    kr_decref(e);
    kr_decref(fn);
    kr_decref(text);
}

static void test_unicode_errors(void **state)
{
    (void)state;
    KrObject *e = make(&kr_exc_UnicodeDecodeError, 5, S("utf-8"), kr_bytes_from("\xff", 1),
                       I(0), I(1), S("invalid start byte"));
    assert_non_null(e);
    check_str(e, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    kr_decref(e);
    e = make(&kr_exc_UnicodeEncodeError, 5, S("ascii"), kr_str_from_codepoint(0x20ac), I(0),
             I(1), S("r"));
    check_str(e, "'ascii' codec can't encode character '\\u20ac' in position 0: r");
    kr_decref(e);
    e = make(&kr_exc_UnicodeEncodeError, 5, S("ascii"), S("abc"), I(0), I(3), S("r"));
    check_str(e, "'ascii' codec can't encode characters in position 0-2: r");
    kr_decref(e);
    e = make(&kr_exc_UnicodeDecodeError, 1, S("utf-8"));
    assert_null(e);
    KrObject *err = kr_err_fetch();
    check_str(err, "function takes exactly 5 arguments (1 given)");
    kr_decref(err);
}

static void test_chaining(void **state)
{
    (void)state;
    KrObject *a = make(&kr_exc_ValueError, 0), *b = make(&kr_exc_TypeError, 0);
    KrBaseException *be = (KrBaseException *)a;
    assert_int_equal(be->suppress_context, 0);
    kr_exc_set_context(a, kr_newref(b));
    assert_ptr_equal(be->context, b);
    kr_exc_set_cause(a, kr_newref(kr_None));
    assert_null(be->cause);
    assert_int_equal(be->suppress_context, 1);
    check_attr_repr(a, "__cause__", "None");
    kr_exc_set_cause(a, kr_newref(b));
    assert_ptr_equal(be->cause, b);
    assert_null(kr_exc_get_traceback(a));
    kr_decref(a);
    kr_decref(b);
}

static void test_groups(void **state)
{
    (void)state;
    KrObject *list = kr_list_new(0);
    KrObject *v = make(&kr_exc_ValueError, 1, I(1)), *t = make(&kr_exc_TypeError, 1, I(2));
    kr_list_append(list, v);
    kr_list_append(list, t);
    KrObject *g = make(&kr_exc_BaseExceptionGroup, 2, S("m"), list);
    assert_non_null(g);
    /* all members are Exceptions: BaseExceptionGroup gives an ExceptionGroup */
    assert_true(KR_TYPE(g) == &kr_exc_ExceptionGroup);
    check_str(g, "m (2 sub-exceptions)");
    check_repr(g, "ExceptionGroup('m', [ValueError(1), TypeError(2)])");
    KrObject *parts = kr_call_method1(g, kr_str_intern_cstr("split"), (KrObject *)&kr_exc_TypeError);
    assert_non_null(parts);
    check_repr(parts, "(ExceptionGroup('m', [TypeError(2)]), ExceptionGroup('m', [ValueError(1)]))");
    kr_decref(parts);
    kr_decref(g);
    kr_decref(v);
    kr_decref(t);
}

/* What `except* ValueError` does with ExceptionGroup('eg', [ValueError(1),
 * TypeError(2)]), checked against python3.11's results. */
static void test_except_star(void **state)
{
    (void)state;
    KrObject *list = kr_list_new(0);
    KrObject *v = make(&kr_exc_ValueError, 1, I(1)), *t = make(&kr_exc_TypeError, 1, I(2));
    kr_list_append(list, v);
    kr_list_append(list, t);
    KrObject *eg = make(&kr_exc_ExceptionGroup, 2, S("eg"), list);
    assert_non_null(eg);
    KrObject *match, *rest;
    assert_int_equal(kr_exc_group_match(eg, (KrObject *)&kr_exc_ValueError, &match, &rest), 0);
    check_repr(match, "ExceptionGroup('eg', [ValueError(1)])");
    check_repr(rest, "ExceptionGroup('eg', [TypeError(2)])");

    /* nothing raised in the clause: the unmatched rest is re-raised */
    KrObject *raised = kr_list_new(0);
    kr_list_append(raised, rest);
    KrObject *r = kr_exc_prep_reraise_star(eg, raised);
    check_repr(r, "ExceptionGroup('eg', [TypeError(2)])");
    kr_decref(r);

    /* the clause raised a new exception too: both go out in a new group */
    KrObject *k = make(&kr_exc_KeyError, 1, S("new"));
    kr_exc_set_context(k, kr_newref(match));     /* as raising in the handler does */
    kr_list_insert(raised, 0, k);
    r = kr_exc_prep_reraise_star(eg, raised);
    check_repr(r, "ExceptionGroup('', [KeyError('new'), ExceptionGroup('eg', [TypeError(2)])])");
    kr_decref(r);
    kr_decref(k);
    kr_decref(raised);
    kr_decref(match);
    kr_decref(rest);

    /* a naked exception is wrapped in a group when it matches */
    assert_int_equal(kr_exc_group_match(v, (KrObject *)&kr_exc_ValueError, &match, &rest), 0);
    check_repr(match, "ExceptionGroup('', (ValueError(1),))");
    assert_ptr_equal(rest, kr_None);
    kr_decref(match);
    kr_decref(rest);
    assert_int_equal(kr_exc_group_match(v, (KrObject *)&kr_exc_TypeError, &match, &rest), 0);
    assert_ptr_equal(match, kr_None);
    kr_decref(match);
    kr_decref(rest);

    kr_decref(eg);
    kr_decref(v);
    kr_decref(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_base_str_repr),
        cmocka_unit_test(test_keyerror),
        cmocka_unit_test(test_fields),
        cmocka_unit_test(test_oserror),
        cmocka_unit_test(test_syntaxerror),
        cmocka_unit_test(test_unicode_errors),
        cmocka_unit_test(test_chaining),
        cmocka_unit_test(test_groups),
        cmocka_unit_test(test_except_star),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
