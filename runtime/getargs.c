/*
 * getargs.c -- argument-count checks and keyword parsing for C functions.
 *
 * C functions receive the vectorcall shape (args, nargs, kwnames) and call
 * these helpers to validate it.  The messages are the ones CPython 3.11's
 * builtins print, which come in three families:
 *
 *   METH_O / METH_NOARGS style      "len() takes exactly one argument (2 given)"
 *                                   "locals() takes no arguments (1 given)"
 *   _PyArg_CheckPositional style    "divmod expected 2 arguments, got 1"
 *                                   "getattr expected at least 2 arguments, got 1"
 *   Argument Clinic keyword parser  "round() missing required argument 'number' (pos 1)"
 *                                   "round() takes at most 2 arguments (3 given)"
 *                                   "'x' is an invalid keyword argument for round()"
 *                                   "argument for f() given by name ('x') and position (1)"
 *
 * METH_O/METH_NOARGS messages come from descr.c's call path; kr_check_nargs
 * produces the second family (and "takes no arguments" when nothing is
 * accepted); kr_parse_args reproduces the third
 * (including its ordering of checks, which decides which message wins when
 * several things are wrong at once).
 *
 * Parameter names given to kr_parse_args may start with '$': that name and
 * every later one are keyword-only (the marker is not part of the name).
 * Nothing here allocates: out[] receives borrowed pointers into args.
 */
#include "krait.h"

int kr_check_nargs(const char *name, Kr_ssize_t nargs, Kr_ssize_t min, Kr_ssize_t max)
{
    if (nargs >= min && nargs <= max)
        return 0;
    if (min == max && max == 0) {
        kr_err_format(&kr_exc_TypeError, "%s() takes no arguments (%zd given)", name, nargs);
        return -1;
    }
    if (min == max)
        kr_err_format(&kr_exc_TypeError, "%s expected %zd argument%s, got %zd", name, min,
                      min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        kr_err_format(&kr_exc_TypeError, "%s expected at least %zd argument%s, got %zd",
                      name, min, min == 1 ? "" : "s", nargs);
    else
        kr_err_format(&kr_exc_TypeError, "%s expected at most %zd argument%s, got %zd",
                      name, max, max == 1 ? "" : "s", nargs);
    return -1;
}

int kr_check_no_kwargs(const char *name, KrObject *kwnames)
{
    if (kwnames == NULL || KR_SIZE(kwnames) == 0)
        return 0;
    kr_err_format(&kr_exc_TypeError, "%s() takes no keyword arguments", name);
    return -1;
}

static const char *bare(const char *name)
{
    return name[0] == '$' ? name + 1 : name;
}

/* Index in kwnames of the keyword `name`, or -1. */
static Kr_ssize_t find_kw(KrObject *kwnames, const char *name)
{
    for (Kr_ssize_t i = 0; i < KR_SIZE(kwnames); i++)
        if (kr_str_eq_cstr(KR_TUPLE_GET(kwnames, i), name))
            return i;
    return -1;
}

static int plural(Kr_ssize_t n, const char **s)
{
    *s = n == 1 ? "" : "s";
    return 0;
}

int kr_parse_args(const char *fname, KrObject *const *args, Kr_ssize_t nargs,
                  KrObject *kwnames, const char *const *names, int npos_only,
                  int nrequired, KrObject **out)
{
    Kr_ssize_t maxargs = 0, maxpos = -1;
    for (; names[maxargs]; maxargs++)
        if (maxpos < 0 && names[maxargs][0] == '$')
            maxpos = maxargs;
    if (maxpos < 0)
        maxpos = maxargs;
    Kr_ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    Kr_ssize_t minpos = nrequired < maxpos ? nrequired : maxpos;
    Kr_ssize_t reqlimit = nrequired > maxpos ? nrequired : minpos;
    Kr_ssize_t minposonly = npos_only < minpos ? npos_only : minpos;
    const char *s;

    for (Kr_ssize_t i = 0; i < maxargs; i++)
        out[i] = NULL;

    if (nkw == 0 && nargs >= minpos && nargs <= maxpos) {
        for (Kr_ssize_t i = 0; i < nargs; i++)
            out[i] = args[i];
        if (reqlimit <= maxpos)
            return 0;
    }
    if (nargs + nkw > maxargs) {
        plural(maxargs, &s);
        kr_err_format(&kr_exc_TypeError, "%s() takes at most %zd %sargument%s (%zd given)",
                      fname, maxargs, nargs == 0 ? "keyword " : "", s, nargs + nkw);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0) {
            kr_err_format(&kr_exc_TypeError, "%s() takes no positional arguments", fname);
        } else {
            plural(maxpos, &s);
            kr_err_format(&kr_exc_TypeError,
                          "%s() takes %s %zd positional argument%s (%zd given)", fname,
                          minpos < maxpos ? "at most" : "exactly", maxpos, s, nargs);
        }
        return -1;
    }
    if (nargs < minposonly) {
        plural(minposonly, &s);
        kr_err_format(&kr_exc_TypeError,
                      "%s() takes %s %zd positional argument%s (%zd given)", fname,
                      minposonly < maxpos ? "at least" : "exactly", minposonly, s, nargs);
        return -1;
    }
    for (Kr_ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];

    Kr_ssize_t remaining = nkw;
    Kr_ssize_t first = nargs > npos_only ? nargs : npos_only;
    for (Kr_ssize_t i = first; i < maxargs; i++) {
        KrObject *cur = NULL;
        if (remaining) {
            Kr_ssize_t k = find_kw(kwnames, bare(names[i]));
            if (k >= 0)
                cur = args[nargs + k];
        } else if (i >= reqlimit) {
            break;
        }
        out[i] = cur;
        if (cur) {
            remaining--;
        } else if (i < minpos || (maxpos <= i && i < reqlimit)) {
            kr_err_format(&kr_exc_TypeError,
                          "%s() missing required argument '%s' (pos %zd)", fname,
                          bare(names[i]), i + 1);
            return -1;
        }
    }
    if (remaining > 0) {
        for (Kr_ssize_t i = npos_only; i < nargs; i++) {
            if (find_kw(kwnames, bare(names[i])) >= 0) {
                kr_err_format(&kr_exc_TypeError,
                              "argument for %s() given by name ('%s') and position (%zd)",
                              fname, bare(names[i]), i + 1);
                return -1;
            }
        }
        for (Kr_ssize_t k = 0; k < nkw; k++) {
            KrObject *kw = KR_TUPLE_GET(kwnames, k);
            int match = 0;
            for (Kr_ssize_t i = npos_only; i < maxargs && !match; i++)
                match = kr_str_eq_cstr(kw, bare(names[i]));
            if (!match) {
                kr_err_format(&kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                              kw, fname);
                return -1;
            }
        }
        kr_err_format(&kr_exc_TypeError, "%s() got some keyword arguments twice", fname);
        return -1;
    }
    return 0;
}
