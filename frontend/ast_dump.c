/*
 * ast_dump.c -- ast.dump() of a tree, byte for byte as python3.11 prints it.
 *
 * The walk is generic: it reads the descriptor tables generated into
 * ast.c (field names, types, offsets), so it needs no per-node code and
 * stays right when the generator changes.  It mirrors ast.dump's
 * _format(node, level) exactly: every value formats to (text, simple);
 * a node is printed on one line when all its values are simple and it has
 * at most three of them, otherwise its values go on separate lines when an
 * indent is given.  Optional fields that are absent are omitted, as
 * CPython omits None values whose class default is None.
 */
#include <stdio.h>
#include <stdlib.h>

#include "frontend.h"

typedef struct Str {
    char *s;
    size_t n, cap;
} Str;

static int put(Str *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 64;
        while (nc < b->n + n + 1)
            nc *= 2;
        char *x = realloc(b->s, nc);
        if (!x)
            return -1;
        b->s = x;
        b->cap = nc;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
    return 0;
}

static int puts_(Str *b, const char *s) { return put(b, s, strlen(s)); }

typedef struct Ctx {
    int indent;                     /* < 0: None */
    int attrs;
    int depth;                      /* node nesting, bounded below */
} Ctx;

/* Trees from the parser can be deeper than the C stack allows to walk
 * recursively (`x.y.y.y...` is built by a loop); CPython fails these with
 * RecursionError too. */
#define MAX_DUMP_DEPTH 4000

/* Result of formatting one value. */
typedef struct Out {
    char *s;                        /* malloc'ed */
    int simple;
} Out;

static int fmt_value(Ctx *c, KrAstTypeId type, int quant, const char *base, int level, Out *o);

static int fmt_obj(KrObject *obj, Out *o)
{
    if (!obj) {
        o->s = strdup("None");
        o->simple = 1;
        return o->s ? 0 : -1;
    }
    KrObject *r = kr_object_repr(obj);
    if (!r)
        return -1;
    Kr_ssize_t n;
    const char *u = kr_str_utf8(r, &n);
    o->s = u ? strndup(u, n) : NULL;
    kr_decref(r);
    o->simple = 1;
    return o->s ? 0 : -1;
}

static int fmt_int(int v, Out *o)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%d", v);
    o->s = strdup(buf);
    o->simple = 1;
    return o->s ? 0 : -1;
}

static void indent_strings(Ctx *c, int level, Str *prefix, Str *sep)
{
    if (c->indent >= 0) {
        puts_(prefix, "\n");
        puts_(sep, ",\n");
        for (int i = 0; i < c->indent * level; i++) {
            puts_(prefix, " ");
            puts_(sep, " ");
        }
    } else {
        puts_(prefix, "");
        puts_(sep, ", ");
    }
}

/* A node (sum with fields, simple enum value, or product). */
static int fmt_node_inner(Ctx *c, KrAstTypeId type, const void *node, int level, Out *o);

static int fmt_node(Ctx *c, KrAstTypeId type, const void *node, int level, Out *o)
{
    if (c->depth >= MAX_DUMP_DEPTH) {
        if (!kr_err_occurred())
            kr_err_set_string(&kr_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    c->depth++;
    int r = fmt_node_inner(c, type, node, level, o);
    c->depth--;
    return r;
}

static int fmt_node_inner(Ctx *c, KrAstTypeId type, const void *node, int level, Out *o)
{
    const KrAstTypeInfo *ti = &kr_ast_types[type];
    if (c->indent >= 0)
        level++;
    const KrAstCtor *ctor;
    if (ti->kind == 2) {
        ctor = &ti->ctors[*(const int *)node - 1];
    } else if (ti->kind == 1) {
        ctor = &ti->ctors[*(const int *)node - 1];   /* kind is the first member */
    } else {
        ctor = &ti->ctors[0];
    }
    Str prefix = {0}, sep = {0};
    indent_strings(c, level, &prefix, &sep);
    char **args = calloc(ctor->nfields + 5, sizeof(char *));
    int nargs = 0, allsimple = 1, rc = -1;
    if (!args)
        goto done;
    for (int i = 0; i < ctor->nfields; i++) {
        const KrAstField *f = &ctor->fields[i];
        const char *field = (const char *)node + f->offset;
        if (f->quant == KR_AST_OPT && f->type != KR_AST_T_int && *(void *const *)field == NULL)
            continue;
        Out v;
        if (fmt_value(c, f->type, f->quant, field, level, &v) < 0)
            goto done;
        allsimple &= v.simple;
        Str a = {0};
        puts_(&a, f->name);
        puts_(&a, "=");
        puts_(&a, v.s);
        free(v.s);
        if (!a.s)
            goto done;
        args[nargs++] = a.s;
    }
    if (c->attrs && ti->has_attributes) {
        static const char *const names[4] = { "lineno", "col_offset", "end_lineno", "end_col_offset" };
        const int *pos = (const int *)((const char *)node + ti->attr_offset);
        for (int i = 0; i < 4; i++) {
            char buf[64];
            snprintf(buf, sizeof buf, "%s=%d", names[i], pos[i]);
            if (!(args[nargs++] = strdup(buf)))
                goto done;
        }
    }
    Str r = {0};
    puts_(&r, ctor->name);
    puts_(&r, "(");
    if (allsimple && nargs <= 3) {
        for (int i = 0; i < nargs; i++) {
            if (i)
                puts_(&r, ", ");
            puts_(&r, args[i]);
        }
        o->simple = nargs == 0;
    } else {
        puts_(&r, prefix.s ? prefix.s : "");
        for (int i = 0; i < nargs; i++) {
            if (i)
                puts_(&r, sep.s);
            puts_(&r, args[i]);
        }
        o->simple = 0;
    }
    puts_(&r, ")");
    o->s = r.s;
    rc = o->s ? 0 : -1;
done:
    for (int i = 0; args && i < nargs; i++)
        free(args[i]);
    free(args);
    free(prefix.s);
    free(sep.s);
    return rc;
}

static int fmt_scalar(Ctx *c, KrAstTypeId type, const char *field, int level, Out *o)
{
    switch (type) {
    case KR_AST_T_identifier: case KR_AST_T_string: case KR_AST_T_constant:
        return fmt_obj(*(KrObject *const *)field, o);
    case KR_AST_T_int:
        return fmt_int(*(const int *)field, o);
    default:
        if (kr_ast_types[type].kind == 2)
            return fmt_node(c, type, field, level, o);
        {
            const void *n = *(const void *const *)field;
            if (!n) {
                o->s = strdup("None");
                o->simple = 1;
                return o->s ? 0 : -1;
            }
            return fmt_node(c, type, n, level, o);
        }
    }
}

static int fmt_value(Ctx *c, KrAstTypeId type, int quant, const char *field, int level, Out *o)
{
    if (quant != KR_AST_SEQ)
        return fmt_scalar(c, type, field, level, o);
    const KrExprSeq *seq = *(const KrExprSeq *const *)field;   /* same layout for all */
    Kr_ssize_t n = KR_SEQ_LEN(seq);
    if (n == 0) {
        o->s = strdup("[]");
        o->simple = 1;
        return o->s ? 0 : -1;
    }
    /* list formatting: the level increment happens here too */
    int lvl = c->indent >= 0 ? level + 1 : level;
    Str prefix = {0}, sep = {0}, r = {0};
    indent_strings(c, lvl, &prefix, &sep);
    puts_(&r, "[");
    puts_(&r, prefix.s ? prefix.s : "");
    int simple_enum = kr_ast_types[type].kind == 2;
    for (Kr_ssize_t i = 0; i < n; i++) {
        Out v;
        const char *item = simple_enum ? (const char *)&((const KrCmpopSeq *)seq)->items[i]
                                       : (const char *)&seq->items[i];
        if (fmt_scalar(c, type, item, lvl, &v) < 0) {
            free(prefix.s);
            free(sep.s);
            free(r.s);
            return -1;
        }
        if (i)
            puts_(&r, sep.s);
        puts_(&r, v.s);
        free(v.s);
    }
    puts_(&r, "]");
    free(prefix.s);
    free(sep.s);
    o->s = r.s;
    o->simple = 0;
    return o->s ? 0 : -1;
}

KrObject *kr_ast_dump_ex(KrMod *mod, int indent, int include_attributes)
{
    Ctx c = { indent, include_attributes, 0 };
    Out o = { NULL, 0 };
    if (fmt_node(&c, KR_AST_T_mod, mod, 0, &o) < 0) {
        if (!kr_err_occurred())
            kr_err_no_memory();
        return NULL;
    }
    KrObject *r = kr_str_from_utf8(o.s, strlen(o.s));
    free(o.s);
    return r;
}

KrObject *kr_ast_dump(KrMod *mod, int indent)
{
    return kr_ast_dump_ex(mod, indent, 0);
}
