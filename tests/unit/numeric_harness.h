/*
 * numeric_harness.h -- runs the generated numeric case tables
 * (int_cases.inc, float_cases.inc; see gen_numeric_cases.py) through the
 * runtime's generic protocols and compares with python3.11's results.
 * Included by test_int.c and test_float.c only.
 */
#ifndef NUMERIC_HARNESS_H
#define NUMERIC_HARNESS_H

#include <stdio.h>
#include <stdlib.h>

#include "krait.h"

KrObject *kr_math_init(void);

typedef struct NumCase {
    const char *op, *a, *b, *c, *expected;
} NumCase;

/* Decodes an operand: i: decimal int, x: hex int, p: s*b**e+k, f: hex
 * float, s: str, n: None, T:/F: bools.  NULL for "n:" when absent. */
static KrObject *num_decode(const char *s)
{
    const char *v = s + 2;
    switch (s[0]) {
    case 'i':
        return kr_int_from_string(v, (Kr_ssize_t)strlen(v), 10);
    case 'x':
        return kr_int_from_string(v, (Kr_ssize_t)strlen(v), 16);
    case 'p': {
        long long sign, base, e, k;
        if (sscanf(v, "%lld,%lld,%lld,%lld", &sign, &base, &e, &k) != 4)
            return NULL;
        KrObject *b = kr_int_from_i64(base), *ex = kr_int_from_i64(e);
        KrObject *pw = kr_number_power(b, ex, kr_None);
        kr_decref(b);
        kr_decref(ex);
        KrObject *sg = kr_int_from_i64(sign);
        KrObject *r = kr_number_binop(pw, sg, KR_NB_MULTIPLY);
        kr_decref(pw);
        kr_decref(sg);
        KrObject *kk = kr_int_from_i64(k);
        KrObject *r2 = kr_number_binop(r, kk, KR_NB_ADD);
        kr_decref(r);
        kr_decref(kk);
        return r2;
    }
    case 'f':
        return kr_float_from_double(strtod(v, NULL));
    case 's':
        return kr_str_from_cstr(v);
    case 'L': {
        KrObject *l = kr_list_new(0);
        while (*v) {
            char *end;
            KrObject *f = kr_float_from_double(strtod(v, &end));
            kr_list_append(l, f);
            kr_decref(f);
            v = *end == ',' ? end + 1 : end;
        }
        return l;
    }
    case 'T':
        return kr_newref(kr_True);
    case 'F':
        return kr_newref(kr_False);
    default:
        return kr_newref(kr_None);
    }
}

static int num_absent(const char *s) { return s[0] == 'n'; }

static KrObject *num_call_method(KrObject *self, const char *name, KrObject **args, int n)
{
    KrObject *nm = kr_str_from_cstr(name);
    KrObject *r = kr_call_method(self, nm, args, n, NULL);
    kr_decref(nm);
    return r;
}

static KrObject *hex_bytes(const char *hex)
{
    size_t n = strlen(hex) / 2;
    char *buf = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(hex + 2 * i, "%2x", &v);
        buf[i] = (char)v;
    }
    KrObject *b = kr_bytes_from(buf, (Kr_ssize_t)n);
    free(buf);
    return b;
}

/* Runs one case; returns a malloc'd outcome string in the table's form. */
static char *num_run(const NumCase *c)
{
    static const struct { const char *op; int nb; } binops[] = {
        { "+", KR_NB_ADD }, { "-", KR_NB_SUBTRACT }, { "*", KR_NB_MULTIPLY },
        { "//", KR_NB_FLOOR_DIVIDE }, { "%", KR_NB_REMAINDER }, { "/", KR_NB_TRUE_DIVIDE },
        { "&", KR_NB_AND }, { "|", KR_NB_OR }, { "^", KR_NB_XOR }, { "<<", KR_NB_LSHIFT },
        { ">>", KR_NB_RSHIFT },
    };
    static const struct { const char *op; int cmp; } cmps[] = {
        { "<", KR_LT }, { "<=", KR_LE }, { "==", KR_EQ }, { "!=", KR_NE }, { ">", KR_GT },
        { ">=", KR_GE },
    };
    KrObject *a = num_decode(c->a);
    KrObject *b = num_absent(c->b) ? NULL : num_decode(c->b);
    KrObject *cc = num_absent(c->c) ? NULL : num_decode(c->c);
    KrObject *r = NULL;
    int done = 0;
    for (size_t i = 0; !done && i < sizeof binops / sizeof binops[0]; i++)
        if (strcmp(c->op, binops[i].op) == 0) {
            r = kr_number_binop(a, b, binops[i].nb);
            done = 1;
        }
    for (size_t i = 0; !done && i < sizeof cmps / sizeof cmps[0]; i++)
        if (strcmp(c->op, cmps[i].op) == 0) {
            r = kr_object_richcompare(a, b, cmps[i].cmp);
            done = 1;
        }
    if (done) {
    } else if (strcmp(c->op, "**") == 0) {
        r = kr_number_power(a, b, kr_None);
    } else if (strcmp(c->op, "pow3") == 0) {
        r = kr_number_power(a, b, cc);
    } else if (strcmp(c->op, "divmod") == 0) {
        r = kr_number_divmod(a, b);
    } else if (strcmp(c->op, "format") == 0) {
        r = kr_object_format(a, b);
    } else if (strcmp(c->op, "hash") == 0) {
        Kr_hash_t h = kr_object_hash(a);
        r = (h == -1 && kr_err_occurred()) ? NULL : kr_int_from_i64(h);
    } else if (strcmp(c->op, "repr") == 0) {
        r = kr_object_repr(a);
    } else if (strcmp(c->op, "str") == 0) {
        r = kr_object_str(a);
    } else if (strcmp(c->op, "neg") == 0) {
        r = kr_number_negative(a);
    } else if (strcmp(c->op, "invert") == 0) {
        r = kr_number_invert(a);
    } else if (strcmp(c->op, "abs") == 0) {
        r = kr_number_absolute(a);
    } else if (strcmp(c->op, "int") == 0) {
        KrObject *args[2] = { a, b };
        r = kr_call((KrObject *)&kr_int_type, args, b ? 2 : 1, NULL);
    } else if (strcmp(c->op, "float") == 0) {
        r = kr_call((KrObject *)&kr_float_type, &a, 1, NULL);
    } else if (strncmp(c->op, "math:", 5) == 0) {
        static KrObject *math;
        if (!math)
            math = kr_math_init();
        KrObject *fn = kr_object_getattr_str(math, c->op + 5);
        KrObject *args[3];
        int n = 0;
        if (!num_absent(c->a))
            args[n++] = a;
        if (b)
            args[n++] = b;
        if (cc)
            args[n++] = cc;
        r = fn ? kr_call(fn, args, n, NULL) : NULL;
        kr_xdecref(fn);
    } else if (strncmp(c->op, "m:", 2) == 0) {
        KrObject *args[2] = { b, cc };
        r = num_call_method(a, c->op + 2, args, b ? (cc ? 2 : 1) : 0);
    } else if (strncmp(c->op, "M:", 2) == 0) {
        r = num_call_method((KrObject *)KR_TYPE(a), c->op + 2, &b, 1);
    } else if (strcmp(c->op, "to_bytes") == 0) {
        /* b is the length, c is "s:big" / "s:little+" (+ = signed) */
        const char *order = c->c + 2;
        int is_signed = order[strlen(order) - 1] == '+';
        KrObject *ord = kr_str_from_utf8(order, (Kr_ssize_t)strlen(order) - is_signed);
        KrObject *kw = kr_tuple_pack(1, kr_str_from_cstr("signed"));
        KrObject *args[3] = { b, ord, kr_bool_from(is_signed) };
        KrObject *nm = kr_str_from_cstr("to_bytes");
        r = kr_call_method(a, nm, args, 2, kw);
        kr_decref(nm);
        kr_decref(ord);
        kr_decref(kw);
    } else if (strcmp(c->op, "from_bytes") == 0) {
        const char *order = c->b + 2;
        int is_signed = order[strlen(order) - 1] == '+';
        KrObject *data = hex_bytes(c->a + 2);
        KrObject *ord = kr_str_from_utf8(order, (Kr_ssize_t)strlen(order) - is_signed);
        KrObject *kw = kr_tuple_pack(1, kr_str_from_cstr("signed"));
        KrObject *args[3] = { data, ord, kr_bool_from(is_signed) };
        KrObject *nm = kr_str_from_cstr("from_bytes");
        r = kr_call_method((KrObject *)&kr_int_type, nm, args, 2, kw);
        kr_decref(nm);
        kr_decref(ord);
        kr_decref(kw);
        kr_decref(data);
    } else {
        fprintf(stderr, "unknown op %s\n", c->op);
        abort();
    }
    char *out;
    if (!r) {
        KrObject *e = kr_err_fetch();
        KrObject *s = e ? kr_object_str(e) : NULL;
        const char *msg = s ? kr_str_utf8(s, NULL) : "?";
        out = malloc(strlen(msg) + 64);
        sprintf(out, "!%s: %s", e ? kr_type_name(KR_TYPE(e)) : "?", msg);
        kr_xdecref(s);
        kr_xdecref(e);
    } else {
        KrObject *s;
        if (strncmp(c->expected, "#x:", 3) == 0 && KR_INT_CHECK(r)) {
            KrObject *h = kr_int_to_base(r, 16, 0);
            const char *t = h ? kr_str_utf8(h, NULL) : "?";
            out = malloc(strlen(t) + 4);
            sprintf(out, "#x:%s", t);
            kr_xdecref(h);
        } else {
            s = kr_object_repr(r);
            const char *t = s ? kr_str_utf8(s, NULL) : "(repr failed)";
            out = strdup(t);
            kr_xdecref(s);
        }
        kr_decref(r);
    }
    kr_err_clear();
    kr_xdecref(a);
    kr_xdecref(b);
    kr_xdecref(cc);
    return out;
}

/* Runs a table; prints every mismatch and returns how many there were. */
static int num_run_table(const NumCase *cases, size_t n)
{
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        char *got = num_run(&cases[i]);
        if (strcmp(got, cases[i].expected) != 0) {
            if (bad < 60)
                fprintf(stderr, "MISMATCH %s(%s, %s, %s):\n   got      %s\n   expected %s\n",
                        cases[i].op, cases[i].a, cases[i].b, cases[i].c, got,
                        cases[i].expected);
            bad++;
        }
        free(got);
    }
    if (bad)
        fprintf(stderr, "%d of %zu cases differ\n", bad, n);
    return bad;
}

#endif
