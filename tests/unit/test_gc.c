/*
 * test_gc.c -- the cycle collector on synthetic object graphs.
 *
 * Graphs are built either directly in C (lists, dicts, tuples) or by small
 * Python snippets run through the frontend, and the tests observe the
 * collector through weak references, finalizer side effects and the
 * number of unreachable objects kr_gc_collect reports.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>

#include "krait.h"
#include "frontend.h"

extern Kr_ssize_t kr_gc_collect(int generation);
extern int kr_gc_enable(int on);
extern KrObject *kr_import_module_level(KrObject *name, KrObject *globals, KrObject *fromlist,
                                        int level);

static KrObject *compile_hook(KrObject *source, KrObject *filename, const char *mode, int flags)
{
    Kr_ssize_t len;
    const char *src = KR_STR_CHECK(source) ? kr_str_utf8(source, &len) : KR_BYTES_DATA(source);
    if (!KR_STR_CHECK(source))
        len = KR_SIZE(source);
    return kr_compile_source(src, len, filename, KR_MODE_EXEC, flags);
}

static int setup(void **state)
{
    (void)state;
    if (kr_runtime_init(0, NULL) < 0)
        return -1;
    /* what main.c installs for the command line */
    KR_INTERP()->hooks.import = kr_import_module_level;
    KR_INTERP()->hooks.compile = compile_hook;
    kr_gc_enable(0);   /* only explicit collections in these tests */
    return 0;
}

/* Runs Python source in a fresh namespace; returns the namespace. */
static KrObject *run(const char *src)
{
    KrObject *fn = kr_str_from_cstr("<test>");
    KrObject *code = kr_compile_source(src, (Kr_ssize_t)strlen(src), fn, KR_MODE_EXEC, 0);
    kr_decref(fn);
    if (code == NULL) {
        kr_err_print(kr_err_occurred());
        return NULL;
    }
    KrObject *g = kr_dict_new();
    kr_dict_set_item_str(g, "__builtins__", KR_INTERP()->builtins);
    kr_dict_set_item_str(g, "__name__", kr_str_intern_cstr("__test__"));
    KrObject *r = kr_eval_code(code, g, NULL);
    kr_decref(code);
    if (r == NULL) {
        KrObject *e = kr_err_fetch();
        kr_err_print(e);
        kr_decref(e);
        kr_decref(g);
        return NULL;
    }
    kr_decref(r);
    return g;
}

static KrObject *get(KrObject *ns, const char *name)
{
    return kr_dict_get_item_str(ns, name);
}

static void test_list_self_cycle(void **state)
{
    (void)state;
    kr_gc_collect(2);
    KrObject *l = kr_list_new(0);
    assert_int_equal(kr_list_append(l, l), 0);
    assert_true(kr_gc_is_tracked(l));
    kr_decref(l);               /* only the cycle keeps it alive now */
    assert_int_equal(kr_gc_collect(2), 1);
    assert_int_equal(kr_gc_collect(2), 0);
}

static void test_cycle_through_every_container(void **state)
{
    (void)state;
    kr_gc_collect(2);
    /* list -> dict -> tuple -> list */
    KrObject *l = kr_list_new(0);
    KrObject *d = kr_dict_new();
    KrObject *t = kr_tuple_pack(1, l);
    kr_dict_set_item_str(d, "t", t);
    kr_list_append(l, d);
    kr_decref(t);
    kr_decref(d);
    kr_decref(l);
    assert_int_equal(kr_gc_collect(2), 3);

    /* instances, their __dict__, functions, closures (cells), bound
     * methods, classes and generators */
    KrObject *ns = run(
        "import weakref\n"
        "class Node:\n"
        "    def __init__(self): self.other = None\n"
        "    def m(self): return self\n"
        "a = Node(); b = Node(); a.other = b; b.other = a\n"
        "b.bound = b.m\n"
        "def outer():\n"
        "    x = []\n"
        "    def inner(): return x\n"
        "    x.append(inner)\n"
        "    return weakref.ref(inner)\n"
        "wf = outer()\n"
        "def gen():\n"
        "    yield g\n"
        "g = gen(); g.__next__\n"
        "holder = [g]\n"
        "class Cyc: pass\n"
        "Cyc.me = Cyc\n"
        "wa = weakref.ref(a)\n"
        "wc = weakref.ref(Cyc)\n"
        "del a, b, Cyc, g, holder\n");
    assert_non_null(ns);
    KrObject *wa = get(ns, "wa"), *wc = get(ns, "wc"), *wf = get(ns, "wf");
    KrObject *r = kr_call0(wa);
    assert_true(r != kr_None);     /* kept alive by the cycle */
    kr_decref(r);
    assert_true(kr_gc_collect(2) >= 4);
    r = kr_call0(wa);
    assert_ptr_equal(r, kr_None);
    kr_decref(r);
    r = kr_call0(wc);
    assert_ptr_equal(r, kr_None);
    kr_decref(r);
    r = kr_call0(wf);
    assert_ptr_equal(r, kr_None);
    kr_decref(r);
    kr_decref(ns);
}

static void test_finalizer_runs_once_and_resurrection(void **state)
{
    (void)state;
    kr_gc_collect(2);
    KrObject *ns = run(
        "log = []\n"
        "saved = []\n"
        "class F:\n"
        "    def __init__(self, name): self.name = name; self.me = self\n"
        "    def __del__(self):\n"
        "        log.append(self.name)\n"
        "        if self.name == 'lazarus': saved.append(self)\n"
        "F('plain')\n"
        "F('lazarus')\n");
    assert_non_null(ns);
    KrObject *log = get(ns, "log"), *saved = get(ns, "saved");
    assert_int_equal(KR_SIZE(log), 0);
    kr_gc_collect(2);
    /* both finalizers ran once; the resurrected one is alive in saved */
    assert_int_equal(KR_SIZE(log), 2);
    assert_int_equal(KR_SIZE(saved), 1);
    /* dropping it again collects it without running __del__ again */
    KrObject *ns2 = run("x = 1\n");
    kr_decref(ns2);
    assert_int_equal(kr_list_reverse(saved), 0);
    KrObject *empty = kr_list_new(0);
    KrObject *sl = kr_slice_new(NULL, NULL, NULL);
    kr_object_setitem(saved, sl, empty);
    kr_decref(sl);
    kr_decref(empty);
    assert_true(kr_gc_collect(2) >= 1);
    assert_int_equal(KR_SIZE(log), 2);
    kr_decref(ns);
}

static void test_weakref_callback_before_free(void **state)
{
    (void)state;
    kr_gc_collect(2);
    KrObject *ns = run(
        "import weakref\n"
        "seen = []\n"
        "class N: pass\n"
        "n = N(); n.self = n\n"
        "r = weakref.ref(n, lambda ref: seen.append(ref() is None))\n"
        "del n\n");
    assert_non_null(ns);
    assert_int_equal(KR_SIZE(get(ns, "seen")), 0);
    kr_gc_collect(2);
    KrObject *seen = get(ns, "seen");
    assert_int_equal(KR_SIZE(seen), 1);
    assert_ptr_equal(KR_LIST_GET(seen, 0), kr_True);
    kr_decref(ns);
}

static void test_reachable_objects_survive(void **state)
{
    (void)state;
    kr_gc_collect(2);
    KrObject *keep = kr_list_new(0);
    KrObject *inner = kr_list_new(0);
    kr_list_append(inner, inner);
    kr_list_append(keep, inner);
    kr_decref(inner);
    assert_int_equal(kr_gc_collect(2), 0);
    assert_int_equal(KR_SIZE(keep), 1);
    assert_int_equal(KR_SIZE(KR_LIST_GET(keep, 0)), 1);
    kr_decref(keep);
    assert_int_equal(kr_gc_collect(2), 1);
}

/* A million-long chain must be freed iteratively, not by C recursion. */
static void test_million_chain_freed(void **state)
{
    (void)state;
    KrObject *head = kr_list_new(0);
    for (int i = 0; i < 1000000; i++) {
        KrObject *n = kr_list_new(0);
        kr_list_append(n, head);
        kr_decref(head);
        head = n;
    }
    KrObject *d = kr_dict_new();
    for (int i = 0; i < 100000; i++) {
        KrObject *n = kr_dict_new();
        kr_dict_set_item_str(n, "next", d);
        kr_decref(d);
        d = n;
    }
    kr_decref(head);
    kr_decref(d);
    assert_null(kr_err_occurred());
}

static void test_generations(void **state)
{
    (void)state;
    kr_gc_collect(2);
    KrObject *ns = run(
        "import gc\n"
        "gc.collect()\n"
        "t = gc.get_threshold()\n"
        "x = [[] for i in range(50)]\n"
        "c = gc.get_count()\n"
        "gc.collect(0)\n"
        "c0 = gc.get_count()\n"
        "young = len(gc.get_objects(0))\n"
        "tracked = gc.is_tracked(x), gc.is_tracked(1), gc.is_tracked([])\n");
    assert_non_null(ns);
    KrObject *t = get(ns, "t");
    assert_int_equal(kr_int_as_ssize(KR_TUPLE_GET(t, 0)), 700);
    assert_int_equal(kr_int_as_ssize(KR_TUPLE_GET(t, 1)), 10);
    assert_int_equal(kr_int_as_ssize(KR_TUPLE_GET(get(ns, "c0"), 0)), 0);
    KrObject *tr = get(ns, "tracked");
    assert_ptr_equal(KR_TUPLE_GET(tr, 0), kr_True);
    assert_ptr_equal(KR_TUPLE_GET(tr, 1), kr_False);
    kr_decref(ns);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_self_cycle),
        cmocka_unit_test(test_cycle_through_every_container),
        cmocka_unit_test(test_finalizer_runs_once_and_resurrection),
        cmocka_unit_test(test_weakref_callback_before_free),
        cmocka_unit_test(test_reachable_objects_survive),
        cmocka_unit_test(test_million_chain_freed),
        cmocka_unit_test(test_generations),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
