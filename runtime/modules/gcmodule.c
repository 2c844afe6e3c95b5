/*
 * gcmodule.c -- the `gc` module: CPython's API over the collector in
 * runtime/gc.c.
 */
#include "krait.h"

extern Kr_ssize_t kr_gc_collect(int generation);
extern int kr_gc_enable(int on);
extern int kr_gc_get_debug(void);
extern void kr_gc_set_debug(int flags);
extern void kr_gc_get_threshold(int out[3]);
extern void kr_gc_set_threshold(const int *t, int n);
extern void kr_gc_get_count(Kr_ssize_t out[3]);
extern void kr_gc_get_stats(Kr_ssize_t out[3][3]);
extern KrObject **kr_gc_garbage_slot(void);
extern KrObject **kr_gc_callbacks_slot(void);
extern int kr_gc_list_objects(KrObject *list, int gen);
extern int kr_gc_for_each(int (*fn)(KrObject *o, void *arg), void *arg);
extern void kr_gc_freeze(void);
extern void kr_gc_unfreeze(void);
extern Kr_ssize_t kr_gc_freeze_count(void);
extern int kr_gc_is_finalized(KrObject *o);

static KrObject *gc_enable(KrObject *m) { kr_gc_enable(1); KR_RETURN_NONE; }
static KrObject *gc_disable(KrObject *m) { kr_gc_enable(0); KR_RETURN_NONE; }
static KrObject *gc_isenabled(KrObject *m) { return kr_bool_from(kr_gc_enable(-1)); }

static KrObject *gc_collect(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "generation", NULL };
    KrObject *a[1] = { NULL };
    if (kr_parse_args("collect", args, nargs, kw, names, 0, 0, a) < 0)
        return NULL;
    int gen = 2;
    if (a[0]) {
        Kr_ssize_t g = kr_number_as_ssize(a[0], &kr_exc_OverflowError);
        if (g == -1 && kr_err_occurred())
            return NULL;
        if (g < 0 || g > 2)
            return kr_err_format(&kr_exc_ValueError, "invalid generation");
        gen = (int)g;
    }
    return kr_int_from_ssize(kr_gc_collect(gen));
}

static KrObject *gc_get_threshold(KrObject *m)
{
    int t[3];
    kr_gc_get_threshold(t);
    KrObject *a = kr_int_from_i64(t[0]), *b = kr_int_from_i64(t[1]), *c = kr_int_from_i64(t[2]);
    KrObject *r = kr_tuple_pack(3, a, b, c);
    kr_decref(a);
    kr_decref(b);
    kr_decref(c);
    return r;
}

static KrObject *gc_set_threshold(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("set_threshold", nargs, 1, 3) < 0)
        return NULL;
    int t[3];
    kr_gc_get_threshold(t);
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        Kr_ssize_t v = kr_number_as_ssize(args[i], &kr_exc_OverflowError);
        if (v == -1 && kr_err_occurred())
            return NULL;
        t[i] = (int)v;
    }
    kr_gc_set_threshold(t, (int)nargs);
    KR_RETURN_NONE;
}

static KrObject *gc_get_count(KrObject *m)
{
    Kr_ssize_t c[3];
    kr_gc_get_count(c);
    KrObject *a = kr_int_from_ssize(c[0]), *b = kr_int_from_ssize(c[1]), *d = kr_int_from_ssize(c[2]);
    KrObject *r = kr_tuple_pack(3, a, b, d);
    kr_decref(a);
    kr_decref(b);
    kr_decref(d);
    return r;
}

static KrObject *gc_get_debug(KrObject *m) { return kr_int_from_i64(kr_gc_get_debug()); }

static KrObject *gc_set_debug(KrObject *m, KrObject *flags)
{
    Kr_ssize_t v = kr_number_as_ssize(flags, &kr_exc_OverflowError);
    if (v == -1 && kr_err_occurred())
        return NULL;
    kr_gc_set_debug((int)v);
    KR_RETURN_NONE;
}

static KrObject *gc_get_objects(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "generation", NULL };
    KrObject *a[1] = { NULL };
    if (kr_parse_args("get_objects", args, nargs, kw, names, 0, 0, a) < 0)
        return NULL;
    int gen = -1;
    if (a[0] && a[0] != kr_None) {
        Kr_ssize_t g = kr_number_as_ssize(a[0], &kr_exc_OverflowError);
        if (g == -1 && kr_err_occurred())
            return NULL;
        if (g >= 3)
            return kr_err_format(&kr_exc_ValueError, "generation parameter must be less than the number of available generations (3)");
        if (g < 0)
            return kr_err_format(&kr_exc_ValueError, "generation parameter cannot be negative");
        gen = (int)g;
    }
    KrObject *l = kr_list_new(0);
    if (l == NULL || kr_gc_list_objects(l, gen) < 0) {
        kr_xdecref(l);
        return NULL;
    }
    return l;
}

static KrObject *gc_get_stats(KrObject *m)
{
    Kr_ssize_t st[3][3];
    kr_gc_get_stats(st);
    KrObject *l = kr_list_new(0);
    for (int i = 0; l && i < 3; i++) {
        KrObject *d = kr_dict_new();
        KrObject *a = kr_int_from_ssize(st[i][0]), *b = kr_int_from_ssize(st[i][1]),
                 *c = kr_int_from_ssize(st[i][2]);
        int r = (d && a && b && c && kr_dict_set_item_str(d, "collections", a) == 0 &&
                 kr_dict_set_item_str(d, "collected", b) == 0 &&
                 kr_dict_set_item_str(d, "uncollectable", c) == 0)
                    ? kr_list_append(l, d) : -1;
        kr_xdecref(d);
        kr_xdecref(a);
        kr_xdecref(b);
        kr_xdecref(c);
        if (r < 0) {
            kr_decref(l);
            return NULL;
        }
    }
    return l;
}

static KrObject *gc_is_tracked(KrObject *m, KrObject *o) { return kr_bool_from(kr_gc_is_tracked(o)); }
static KrObject *gc_is_finalized(KrObject *m, KrObject *o) { return kr_bool_from(kr_gc_is_finalized(o)); }

typedef struct RefCtx {
    KrObject *const *targets;
    Kr_ssize_t n;
    KrObject *result;
    KrObject *self;
    int found;
} RefCtx;

static int visit_find(KrObject *o, void *arg)
{
    RefCtx *c = arg;
    for (Kr_ssize_t i = 0; i < c->n; i++)
        if (o == c->targets[i]) {
            c->found = 1;
            return 1;
        }
    return 0;
}

static int scan_referrer(KrObject *o, void *arg)
{
    RefCtx *c = arg;
    if (o == c->result)
        return 0;
    kr_traverseproc tr = KR_TYPE(o)->traverse;
    if (tr == NULL)
        return 0;
    c->found = 0;
    tr(o, visit_find, c);
    if (c->found && kr_list_append(c->result, o) < 0)
        return -1;
    return 0;
}

static KrObject *gc_get_referrers(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    RefCtx c = { args, nargs, kr_list_new(0), m, 0 };
    if (c.result == NULL)
        return NULL;
    if (kr_gc_for_each(scan_referrer, &c) < 0) {
        kr_decref(c.result);
        return NULL;
    }
    return c.result;
}

static int visit_append(KrObject *o, void *arg)
{
    if (o == NULL)
        return 0;
    return kr_list_append((KrObject *)arg, o) < 0 ? -1 : 0;
}

static KrObject *gc_get_referents(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    KrObject *l = kr_list_new(0);
    for (Kr_ssize_t i = 0; l && i < nargs; i++) {
        if (!KR_IS_GC(args[i]))
            continue;
        kr_traverseproc tr = KR_TYPE(args[i])->traverse;
        if (tr && tr(args[i], visit_append, l) < 0) {
            kr_decref(l);
            return NULL;
        }
    }
    return l;
}

static KrObject *gc_freeze(KrObject *m) { kr_gc_freeze(); KR_RETURN_NONE; }
static KrObject *gc_unfreeze(KrObject *m) { kr_gc_unfreeze(); KR_RETURN_NONE; }
static KrObject *gc_get_freeze_count(KrObject *m) { return kr_int_from_ssize(kr_gc_freeze_count()); }

static const KrMethodDef gc_methods[] = {
    KR_METHOD_NOARGS("enable", gc_enable),
    KR_METHOD_NOARGS("disable", gc_disable),
    KR_METHOD_NOARGS("isenabled", gc_isenabled),
    KR_METHOD_FASTKW("collect", gc_collect),
    KR_METHOD_NOARGS("get_threshold", gc_get_threshold),
    KR_METHOD_FAST("set_threshold", gc_set_threshold),
    KR_METHOD_NOARGS("get_count", gc_get_count),
    KR_METHOD_NOARGS("get_debug", gc_get_debug),
    KR_METHOD_O("set_debug", gc_set_debug),
    KR_METHOD_FASTKW("get_objects", gc_get_objects),
    KR_METHOD_NOARGS("get_stats", gc_get_stats),
    KR_METHOD_O("is_tracked", gc_is_tracked),
    KR_METHOD_O("is_finalized", gc_is_finalized),
    KR_METHOD_FAST("get_referrers", gc_get_referrers),
    KR_METHOD_FAST("get_referents", gc_get_referents),
    KR_METHOD_NOARGS("freeze", gc_freeze),
    KR_METHOD_NOARGS("unfreeze", gc_unfreeze),
    KR_METHOD_NOARGS("get_freeze_count", gc_get_freeze_count),
    KR_METHOD_END
};

KrObject *kr_gc_module_init(void)
{
    KrObject *m = kr_module_new("gc");
    if (m == NULL)
        return NULL;
    KrObject **garbage = kr_gc_garbage_slot(), **callbacks = kr_gc_callbacks_slot();
    if (*garbage == NULL)
        *garbage = kr_list_new(0);
    if (*callbacks == NULL)
        *callbacks = kr_list_new(0);
    if (*garbage == NULL || *callbacks == NULL || kr_module_add_functions(m, gc_methods) < 0 ||
        kr_module_add_object(m, "garbage", *garbage) < 0 ||
        kr_module_add_object(m, "callbacks", *callbacks) < 0 ||
        kr_module_add_int(m, "DEBUG_STATS", 1) < 0 ||
        kr_module_add_int(m, "DEBUG_COLLECTABLE", 2) < 0 ||
        kr_module_add_int(m, "DEBUG_UNCOLLECTABLE", 4) < 0 ||
        kr_module_add_int(m, "DEBUG_SAVEALL", 32) < 0 ||
        kr_module_add_int(m, "DEBUG_LEAK", 2 | 4 | 32) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
