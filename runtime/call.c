/*
 * call.c -- binding call arguments to a Python function's parameters,
 * and the function type's vectorcall.
 *
 * kr_call_bind_args fills the first slots of a fresh frame (all NULL) the
 * way CPython 3.11's initialize_locals does, in the same order, so that
 * when several things are wrong with a call the same TypeError wins:
 *
 *   1. positional arguments into the first co_argcount slots;
 *   2. the rest into the *args tuple (or remembered for "takes N
 *      positional arguments");
 *   3. keyword arguments by name (positional-only names excluded), extras
 *      into **kwargs or "unexpected keyword argument";
 *   4. "takes N positional arguments but M were given";
 *   5. defaults for the missing trailing positionals, else "missing N
 *      required positional arguments";
 *   6. keyword-only defaults, else "missing N required keyword-only
 *      arguments".
 *
 * Messages are prefixed with the function's __qualname__, as 3.11 does.
 * Cells and free variables are not touched here: the code's MAKE_CELL and
 * COPY_FREE_VARS instructions set them up when the frame starts.
 */
#include "krait.h"
#include "ceval.h"

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static KrObject *format_names(KrObject **names, int n)
{
    KrBuf b;
    kr_buf_init(&b);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            if (n == 2)
                kr_buf_puts(&b, " and ");
            else if (i == n - 1)
                kr_buf_puts(&b, ", and ");
            else
                kr_buf_puts(&b, ", ");
        }
        kr_buf_putc(&b, '\'');
        kr_buf_append_str(&b, names[i]);
        kr_buf_putc(&b, '\'');
    }
    return kr_buf_finish(&b);
}

static void missing_arguments(KrCode *co, KrObject *qualname, KrObject **localsplus,
                              int start, int end, int kwonly, KrObject *kwdefs)
{
    KrObject *small[16];
    KrObject **names = small;
    int cap = end - start;
    if (cap > 16) {
        names = kr_mem_alloc(sizeof(KrObject *) * (size_t)cap);
        if (names == NULL) {
            kr_err_no_memory();
            return;
        }
    }
    int n = 0;
    for (int i = start; i < end; i++) {
        if (localsplus[i] != NULL)
            continue;
        KrObject *name = KR_TUPLE_GET(co->varnames, i);
        if (kwonly && kwdefs != NULL) {
            KrObject *d = kr_dict_get_item(kwdefs, name);
            if (d != NULL)
                continue;
            kr_err_clear();
        }
        names[n++] = name;
    }
    KrObject *list = format_names(names, n);
    if (names != small)
        kr_mem_free(names);
    if (list == NULL)
        return;
    kr_err_format(&kr_exc_TypeError, "%U() missing %d required %s argument%s: %U", qualname, n,
                  kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", list);
    kr_decref(list);
}

static void too_many_positional(KrCode *co, KrObject *qualname, KrObject **localsplus,
                                Kr_ssize_t given, KrObject *defaults)
{
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (localsplus[i] != NULL)
            kwonly_given++;
    Kr_ssize_t defcount = defaults ? KR_SIZE(defaults) : 0;
    int plural = co->argcount != 1;
    KrObject *sig;
    if (defcount) {
        plural = 1;
        sig = kr_str_from_format("from %zd to %d", (Kr_ssize_t)co->argcount - defcount,
                                 co->argcount);
    } else {
        sig = kr_str_from_format("%d", co->argcount);
    }
    if (sig == NULL)
        return;
    KrObject *kwsig;
    if (kwonly_given)
        kwsig = kr_str_from_format(" positional argument%s (and %d keyword-only argument%s)",
                                   given != 1 ? "s" : "", kwonly_given,
                                   kwonly_given != 1 ? "s" : "");
    else
        kwsig = kr_str_from_cstr("");
    if (kwsig == NULL) {
        kr_decref(sig);
        return;
    }
    kr_err_format(&kr_exc_TypeError, "%U() takes %U positional argument%s but %zd%U %s given",
                  qualname, sig, plural ? "s" : "", given, kwsig,
                  given == 1 && !kwonly_given ? "was" : "were");
    kr_decref(sig);
    kr_decref(kwsig);
}

/* 1 (error set) if some positional-only parameter was passed by keyword. */
static int posonly_passed_as_keyword(KrCode *co, KrObject *qualname, KrObject *const *kwargs_names,
                                     Kr_ssize_t nkw)
{
    KrBuf b;
    int n = 0;
    kr_buf_init(&b);
    for (int i = 0; i < co->posonlyargcount; i++) {
        KrObject *pname = KR_TUPLE_GET(co->varnames, i);
        for (Kr_ssize_t k = 0; k < nkw; k++) {
            if (kr_str_eq(pname, kwargs_names[k])) {
                if (n++)
                    kr_buf_puts(&b, ", ");
                kr_buf_append_str(&b, pname);
                break;
            }
        }
    }
    KrObject *s = kr_buf_finish(&b);
    if (s == NULL)
        return 1;
    if (n == 0) {
        kr_decref(s);
        return 0;
    }
    kr_err_format(&kr_exc_TypeError,
                  "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                  qualname, s);
    kr_decref(s);
    return 1;
}

int kr_call_bind_args(KrFunction *func, KrObject **localsplus, KrObject *const *args,
                      Kr_ssize_t nargs, KrObject *kwnames)
{
    KrCode *co = (KrCode *)func->code;
    if (kwnames == NULL && nargs == co->argcount && co->kwonlyargcount == 0 &&
        !(co->flags & (KR_CO_VARARGS | KR_CO_VARKEYWORDS))) {
        /* the common exact positional call */
        for (Kr_ssize_t j = 0; j < nargs; j++)
            localsplus[j] = kr_newref(args[j]);
        return 0;
    }
    KrObject *qualname = func->qualname;
    int co_argcount = co->argcount;
    int total_args = co_argcount + co->kwonlyargcount;
    KrObject *kwdict = NULL;

    if (co->flags & KR_CO_VARKEYWORDS) {
        kwdict = kr_dict_new();
        if (kwdict == NULL)
            return -1;
        int i = total_args + ((co->flags & KR_CO_VARARGS) ? 1 : 0);
        localsplus[i] = kwdict;
    }

    Kr_ssize_t n = nargs < co_argcount ? nargs : co_argcount;
    for (Kr_ssize_t j = 0; j < n; j++)
        localsplus[j] = kr_newref(args[j]);

    if (co->flags & KR_CO_VARARGS) {
        KrObject *u = nargs > n ? kr_tuple_from_array(args + n, nargs - n) : kr_tuple_new(0);
        if (u == NULL)
            return -1;
        localsplus[total_args] = u;
    }

    if (kwnames != NULL) {
        Kr_ssize_t nkw = KR_SIZE(kwnames);
        KrObject *const *kwvalues = args + nargs;
        KrObject *const *knames = KR_TUPLE_ITEMS(kwnames);
        for (Kr_ssize_t i = 0; i < nkw; i++) {
            KrObject *keyword = knames[i];
            KrObject *value = kwvalues[i];
            int j;
            if (!KR_STR_CHECK(keyword)) {
                kr_err_format(&kr_exc_TypeError, "%U() keywords must be strings", qualname);
                return -1;
            }
            /* identity first: names are interned on both sides */
            for (j = co->posonlyargcount; j < total_args; j++)
                if (KR_TUPLE_GET(co->varnames, j) == keyword)
                    goto kw_found;
            for (j = co->posonlyargcount; j < total_args; j++)
                if (kr_str_eq(KR_TUPLE_GET(co->varnames, j), keyword))
                    goto kw_found;
            if (kwdict == NULL) {
                if (co->posonlyargcount && posonly_passed_as_keyword(co, qualname, knames, nkw))
                    return -1;
                kr_err_format(&kr_exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                              qualname, keyword);
                return -1;
            }
            if (kr_dict_set_item(kwdict, keyword, value) < 0)
                return -1;
            continue;
        kw_found:
            if (localsplus[j] != NULL) {
                kr_err_format(&kr_exc_TypeError, "%U() got multiple values for argument '%U'",
                              qualname, keyword);
                return -1;
            }
            localsplus[j] = kr_newref(value);
        }
    }

    if (nargs > co_argcount && !(co->flags & KR_CO_VARARGS)) {
        too_many_positional(co, qualname, localsplus, nargs, func->defaults);
        return -1;
    }

    if (nargs < co_argcount) {
        Kr_ssize_t defcount = func->defaults ? KR_SIZE(func->defaults) : 0;
        Kr_ssize_t m = co_argcount - defcount;
        int missing = 0;
        for (Kr_ssize_t i = nargs; i < m; i++)
            if (localsplus[i] == NULL)
                missing++;
        if (missing) {
            missing_arguments(co, qualname, localsplus, 0, (int)m, 0, NULL);
            return -1;
        }
        Kr_ssize_t i = n > m ? n - m : 0;
        for (; i < defcount; i++)
            if (localsplus[m + i] == NULL)
                localsplus[m + i] = kr_newref(KR_TUPLE_GET(func->defaults, i));
    }

    if (co->kwonlyargcount > 0) {
        int missing = 0;
        for (int i = co_argcount; i < total_args; i++) {
            if (localsplus[i] != NULL)
                continue;
            KrObject *name = KR_TUPLE_GET(co->varnames, i);
            if (func->kwdefaults != NULL) {
                KrObject *def = kr_dict_get_item(func->kwdefaults, name);
                if (def != NULL) {
                    localsplus[i] = kr_newref(def);
                    continue;
                }
                if (kr_err_occurred())
                    return -1;
            }
            missing++;
        }
        if (missing) {
            missing_arguments(co, qualname, localsplus, co_argcount, total_args, 1,
                              func->kwdefaults);
            return -1;
        }
    }
    return 0;
}

KrObject *kr_function_vectorcall(KrObject *callable, KrObject *const *args, Kr_ssize_t nargs,
                                 KrObject *kwnames)
{
    KrThreadState *ts = KR_TS();
    KrFunction *fn = (KrFunction *)callable;
    KrCode *co = (KrCode *)fn->code;
    if (kwnames != NULL && KR_SIZE(kwnames) == 0)
        kwnames = NULL;
    if (co->flags & (KR_CO_GENERATOR | KR_CO_COROUTINE | KR_CO_ASYNC_GENERATOR)) {
        KrFrame *f = kr_gen_frame_alloc(co, callable, fn->globals, fn->builtins);
        if (f == NULL)
            return NULL;
        if (kr_call_bind_args(fn, f->localsplus, args, nargs, kwnames) < 0) {
            kr_frame_clear(f);
            kr_decref((KrObject *)f->code);
            kr_mem_free(f);
            return NULL;
        }
        return kr_gen_new(f, fn);
    }
    KrFrame *f = kr_frame_push(ts, co, callable, fn->globals, fn->builtins, NULL);
    if (f == NULL)
        return NULL;
    if (kr_call_bind_args(fn, f->localsplus, args, nargs, kwnames) < 0) {
        kr_frame_pop(ts, f);
        return NULL;
    }
    KrObject *r = kr_eval_frame(ts, f, 0);
    kr_frame_pop(ts, f);
    return r;
}
