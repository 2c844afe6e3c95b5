/*
 * strcase_runner.h -- runs the generated method-call tables of
 * str_cases.inc (see scripts/gen_str_tests.py) against krait and compares
 * each result's repr, or the raised exception's "Type: message", with what
 * python3.11 produced.  Shared by test_str.c and test_bytes.c.
 */
#ifndef STRCASE_RUNNER_H
#define STRCASE_RUNNER_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

typedef struct {
    const char *recv;
    const char *meth;
    const char *args[8];
    int nargs;
    const char *expected;
} StrCase;

static int hexv(char c)
{
    return c <= '9' ? c - '0' : (c | 32) - 'a' + 10;
}

static KrObject *decode_arg(const char *a, size_t n)
{
    char *t = malloc(n + 1);
    memcpy(t, a, n);
    t[n] = '\0';
    KrObject *r = NULL;
    switch (t[0]) {
    case 's':
        r = kr_str_decode(t + 1, (Kr_ssize_t)(n - 1), "utf-8", "surrogatepass");
        break;
    case 'i':
        r = kr_int_from_string(t + 1, (Kr_ssize_t)(n - 1), 10);
        break;
    case 'B':
        r = kr_bool_from(t[1] == '1');
        break;
    case 'f':
        r = kr_float_from_double(strtod(t + 1, NULL));
        break;
    case 'N':
        r = kr_newref(kr_None);
        break;
    case 'b':
    case 'S': {
        size_t m = (n - 1) / 2;
        char *d = malloc(m + 1);
        for (size_t i = 0; i < m; i++)
            d[i] = (char)(hexv(t[1 + 2 * i]) * 16 + hexv(t[2 + 2 * i]));
        r = t[0] == 'b' ? kr_bytes_from(d, (Kr_ssize_t)m)
                        : kr_str_decode(d, (Kr_ssize_t)m, "utf-8", "surrogatepass");
        free(d);
        break;
    }
    case 'L':
    case 'T': {
        KrObject *l = kr_list_new(0);
        const char *p = t + 1, *end = t + n;
        while (p < end) {
            const char *q = memchr(p, '\x1f', (size_t)(end - p));
            if (q == NULL)
                q = end;
            KrObject *x = decode_arg(p, (size_t)(q - p));
            kr_list_append(l, x);
            kr_decref(x);
            p = q + 1;
        }
        if (t[0] == 'T') {
            r = kr_list_as_tuple(l);
            kr_decref(l);
        } else {
            r = l;
        }
        break;
    }
    }
    free(t);
    return r;
}

/* "repr" of the outcome of one case, malloc'ed. */
static char *run_case(const StrCase *c)
{
    KrObject *recv = decode_arg(c->recv, strlen(c->recv));
    KrObject *argv[8];
    KrObject *kwn[8];
    int npos = 0, nkw = 0;
    KrObject *kwv[8];
    for (int i = 0; i < c->nargs; i++) {
        if (c->args[i][0] == 'K') {
            kwn[nkw] = kr_str_from_cstr(c->args[i] + 1);
            i++;
            kwv[nkw++] = decode_arg(c->args[i], strlen(c->args[i]));
        } else {
            argv[npos++] = decode_arg(c->args[i], strlen(c->args[i]));
        }
    }
    for (int k = 0; k < nkw; k++)
        argv[npos + k] = kwv[k];
    KrObject *res;
    if (strcmp(c->meth, "%") == 0) {
        KrObject *t = kr_tuple_from_array(argv, npos);
        res = kr_number_binop(recv, t, KR_NB_REMAINDER);
        kr_decref(t);
    } else if (strcmp(c->meth, "[]") == 0) {
        KrObject *sl = kr_slice_new(argv[0], argv[1], argv[2]);
        res = kr_object_getitem(recv, sl);
        kr_decref(sl);
    } else {
        KrObject *kwnames = NULL;
        if (nkw) {
            kwnames = kr_tuple_new(nkw);
            for (int k = 0; k < nkw; k++)
                KR_TUPLE_SET(kwnames, k, kr_newref(kwn[k]));
        }
        KrObject *name = kr_str_from_cstr(c->meth);
        res = kr_call_method(recv, name, argv, npos, kwnames);
        kr_decref(name);
        kr_xdecref(kwnames);
    }
    char *out;
    if (res) {
        KrObject *r = kr_object_repr(res);
        kr_decref(res);
        const char *u = r ? kr_str_utf8(r, NULL) : "<repr failed>";
        out = strdup(u ? u : "<utf8 failed>");
        kr_xdecref(r);
    } else {
        KrObject *exc = kr_err_fetch();
        KrObject *msg = exc ? kr_object_str(exc) : NULL;
        const char *m = msg ? kr_str_utf8(msg, NULL) : "<str failed>";
        const char *tn = exc ? kr_type_name(KR_TYPE(exc)) : "<no exception>";
        size_t len = strlen(tn) + strlen(m ? m : "") + 4;
        out = malloc(len);
        snprintf(out, len, "!%s: %s", tn, m ? m : "");
        kr_xdecref(msg);
        kr_xdecref(exc);
        kr_err_clear();
    }
    for (int k = 0; k < npos + nkw; k++)
        kr_xdecref(argv[k]);
    for (int k = 0; k < nkw; k++)
        kr_decref(kwn[k]);
    kr_decref(recv);
    return out;
}

/* Runs a table; prints mismatches; returns the number of failures. */
static int run_cases(const StrCase *cases, size_t n)
{
    int fails = 0;
    for (size_t i = 0; i < n; i++) {
        char *got = run_case(&cases[i]);
        if (strcmp(got, cases[i].expected) != 0) {
            if (fails < 40)
                fprintf(stderr, "case %zu: %s.%s(%d args)\n  expected: %s\n  got:      %s\n", i,
                        cases[i].recv, cases[i].meth, cases[i].nargs, cases[i].expected, got);
            fails++;
        }
        free(got);
    }
    if (fails)
        fprintf(stderr, "%d of %zu cases failed\n", fails, n);
    return fails;
}

#endif
