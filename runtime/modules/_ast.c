/*
 * _ast.c -- the Python-visible AST: node classes and the two conversions
 * between the frontend's C tree (frontend/ast.h) and Python objects.
 *
 * Everything is driven by the generated descriptor tables kr_ast_types[]:
 * no per-node code exists here.  At first import the module builds
 *
 *   AST                        a static C type: instances carry a __dict__,
 *                              __init__ fills _fields from positional and
 *                              keyword arguments (CPython's rules)
 *   mod, stmt, expr, ...       one heap class per ASDL sum type, subclass
 *                              of AST, with _attributes
 *   Module, BinOp, Load, ...   one heap class per constructor, subclass of
 *                              its sum type (product types derive from AST)
 *
 * and keeps them in static arrays indexed by (type id, constructor index)
 * so the converters find a class without dictionary lookups.  Classes are
 * created once per process and live forever (like CPython's static state).
 * Optional fields (`?`) and the optional end positions get a class-level
 * None default, as 3.11 does; sequence fields get no default (3.11).
 *
 * C -> Python (kr_ast_mod_to_object): a recursive walk; a field's storage
 * is read according to its ASDL type: node pointers, interned objects,
 * ints, or simple-enum values (which map to one shared singleton instance
 * per constructor, like CPython's Load()).  Sequences become lists.
 *
 * Python -> C (from_object): the same walk in reverse, allocating nodes in
 * the caller's arena.  Attributes are read before the constructor is
 * identified (CPython's order, which decides which error is reported
 * first), missing fields produce CPython's exact TypeError/ValueError
 * messages, and every object stored in the tree is handed to the arena
 * (identifiers interned first), which owns it from then on.  Only Constant
 * values are validated beyond the shapes; the compiler is trusted to cope
 * with other semantically odd trees.
 */
#include "krait.h"
#include "frontend.h"

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#define NTYPES (KR_AST_T_match_case + 1)
#define MAXCTORS 32

typedef struct AstObject {
    KrObject ob;
    KrObject *dict;
} AstObject;

extern KrType kr_ast_node_type;

static KrObject *base_cls[NTYPES];             /* sum types: mod, stmt, ... */
static KrObject *ctor_cls[NTYPES][MAXCTORS];   /* constructors / product types */
static KrObject *singletons[NTYPES][MAXCTORS]; /* simple enums: Load(), Add() */
static int classes_ready;

/* ---------------------------------------------------------------------- */
/* The AST base type                                                      */
/* ---------------------------------------------------------------------- */

static KrObject *ast_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *o = kr_type_generic_alloc(t, 0);
    if (o && KR_IS_GC(o))
        kr_gc_track(o);
    return o;
}

static int ast_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *fields = NULL;
    if (kr_object_lookup_attr((KrObject *)KR_TYPE(self), kr_str_intern_cstr("_fields"),
                              &fields) < 0)
        return -1;
    Kr_ssize_t nf = 0;
    if (fields) {
        nf = kr_object_length(fields);
        if (nf < 0) {
            kr_decref(fields);
            return -1;
        }
    }
    if (nargs > nf) {
        kr_xdecref(fields);
        kr_err_format(&kr_exc_TypeError, "%s constructor takes at most %zd positional argument%s",
                      kr_type_name(KR_TYPE(self)), nf, nf == 1 ? "" : "s");
        return -1;
    }
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        KrObject *idx = kr_int_from_ssize(i);
        KrObject *name = idx ? kr_object_getitem(fields, idx) : NULL;
        kr_xdecref(idx);
        if (name == NULL || kr_object_setattr(self, name, args[i]) < 0) {
            kr_xdecref(name);
            kr_decref(fields);
            return -1;
        }
        kr_decref(name);
    }
    kr_xdecref(fields);
    Kr_ssize_t nk = kwnames ? KR_SIZE(kwnames) : 0;
    for (Kr_ssize_t i = 0; i < nk; i++)
        if (kr_object_setattr(self, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0)
            return -1;
    return 0;
}

static KrObject *ast_reduce(KrObject *self)
{
    KrObject *d = kr_object_get_dict(self);
    KrObject *empty = d ? kr_tuple_new(0) : NULL;
    KrObject *r = empty ? kr_tuple_pack(3, (KrObject *)KR_TYPE(self), empty, d) : NULL;
    kr_xdecref(empty);
    kr_xdecref(d);
    return r;
}

static int ast_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    AstObject *a = (AstObject *)o;
    return a->dict ? visit(a->dict, arg) : 0;
}

static int ast_clear(KrObject *o)
{
    KR_CLEAR(((AstObject *)o)->dict);
    return 0;
}

static void ast_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    KR_CLEAR(((AstObject *)o)->dict);
    kr_object_free(o);
}

static KrObject *ast_get_dict(KrObject *o, void *c)
{
    return kr_object_get_dict(o);
}

static int ast_set_dict(KrObject *o, KrObject *value, void *c)
{
    if (value == NULL || !KR_DICT_CHECK(value)) {
        kr_err_format(&kr_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      value ? kr_type_name(KR_TYPE(value)) : "NoneType");
        return -1;
    }
    KrObject *old = ((AstObject *)o)->dict;
    ((AstObject *)o)->dict = kr_newref(value);
    kr_xdecref(old);
    return 0;
}

static const KrGetSetDef ast_getset[] = {
    { "__dict__", ast_get_dict, ast_set_dict, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static const KrMethodDef ast_methods[] = {
    KR_METHOD_NOARGS("__reduce__", ast_reduce),
    KR_METHOD_END,
};

KrType kr_ast_node_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "ast.AST", .basicsize = sizeof(AstObject),
    .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC,
    .dealloc = ast_dealloc, .traverse = ast_traverse, .clear = ast_clear,
    .new_ = ast_new, .init = ast_init, .methods = ast_methods, .getset = ast_getset,
    .dictoffset = offsetof(AstObject, dict),
};

/* ---------------------------------------------------------------------- */
/* Class creation from the tables                                         */
/* ---------------------------------------------------------------------- */

static const char *const attr_names[4] = { "lineno", "col_offset", "end_lineno", "end_col_offset" };

static int is_builtin_type(KrAstTypeId t) { return t >= NTYPES; }

static KrObject *str_tuple(const char *const *names, int n)
{
    KrObject *t = kr_tuple_new(n);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        KrObject *s = kr_str_intern_cstr(names[i]);
        if (s == NULL) {
            kr_decref(t);
            return NULL;
        }
        KR_TUPLE_ITEMS(t)[i] = kr_newref(s);
    }
    return t;
}

static KrObject *fields_tuple(const KrAstCtor *c)
{
    const char *names[64];
    for (int i = 0; i < c->nfields && i < 64; i++)
        names[i] = c->fields[i].name;
    return str_tuple(names, c->nfields);
}

/* "Name(identifier id, expr_context ctx)" -- CPython's generated docs. */
static int append_signature(KrBuf *b, const KrAstCtor *c)
{
    if (kr_buf_puts(b, c->name) < 0)
        return -1;
    if (c->nfields == 0)
        return 0;
    kr_buf_putc(b, '(');
    for (int i = 0; i < c->nfields; i++) {
        const KrAstField *f = &c->fields[i];
        kr_buf_printf(b, "%s%s%s %s", i ? ", " : "", kr_ast_types[f->type].name,
                      f->quant == KR_AST_SEQ ? "*" : f->quant == KR_AST_OPT ? "?" : "", f->name);
    }
    return kr_buf_putc(b, ')');
}

static KrObject *make_class(const char *name, KrObject *base, KrObject *fields,
                            KrObject *attributes, const char *doc, int set_match_args)
{
    KrObject *dict = kr_dict_new();
    KrObject *cname = kr_str_from_cstr(name);
    KrObject *bases = kr_tuple_pack(1, base);
    KrObject *mod = kr_str_from_cstr("ast");
    KrObject *sdoc = kr_str_from_cstr(doc);
    KrObject *cls = NULL;
    if (dict && cname && bases && mod && sdoc &&
        kr_dict_set_item_str(dict, "__module__", mod) == 0 &&
        kr_dict_set_item_str(dict, "__doc__", sdoc) == 0 &&
        kr_dict_set_item_str(dict, "_fields", fields) == 0 &&
        (!set_match_args || kr_dict_set_item_str(dict, "__match_args__", fields) == 0) &&
        (attributes == NULL || kr_dict_set_item_str(dict, "_attributes", attributes) == 0))
        cls = kr_type_new_class(&kr_type_type, cname, bases, dict, NULL);
    kr_xdecref(dict);
    kr_xdecref(cname);
    kr_xdecref(bases);
    kr_xdecref(mod);
    kr_xdecref(sdoc);
    return cls;
}

static int set_none_defaults(KrObject *cls, const KrAstCtor *c, int end_attrs)
{
    for (int i = 0; c && i < c->nfields; i++)
        if (c->fields[i].quant == KR_AST_OPT &&
            kr_object_setattr_str(cls, c->fields[i].name, kr_None) < 0)
            return -1;
    if (end_attrs && (kr_object_setattr_str(cls, "end_lineno", kr_None) < 0 ||
                      kr_object_setattr_str(cls, "end_col_offset", kr_None) < 0))
        return -1;
    return 0;
}

static KrObject *ctor_class(const KrAstCtor *c, KrObject *base, KrObject *attributes,
                            int end_attrs)
{
    KrBuf b;
    kr_buf_init(&b);
    append_signature(&b, c);
    KrObject *doc = kr_buf_finish(&b);
    KrObject *fields = fields_tuple(c);
    KrObject *cls = NULL;
    if (doc && fields)
        cls = make_class(c->name, base, fields, attributes, kr_str_utf8(doc, NULL), 1);
    kr_xdecref(doc);
    kr_xdecref(fields);
    if (cls && set_none_defaults(cls, c, end_attrs) < 0)
        KR_CLEAR(cls);
    return cls;
}

static int build_classes(void)
{
    if (classes_ready)
        return 0;
    if (!(kr_ast_node_type.flags & KR_TPFLAGS_READY) && kr_type_ready(&kr_ast_node_type) < 0)
        return -1;
    KrObject *ast = (KrObject *)&kr_ast_node_type;
    KrObject *empty = kr_tuple_new(0);
    KrObject *attrs = str_tuple(attr_names, 4);
    if (empty == NULL || attrs == NULL ||
        kr_dict_set_item_str(kr_ast_node_type.dict, "_fields", empty) < 0 ||
        kr_dict_set_item_str(kr_ast_node_type.dict, "_attributes", empty) < 0 ||
        kr_dict_set_item_str(kr_ast_node_type.dict, "__match_args__", empty) < 0)
        goto fail;
    kr_type_modified(&kr_ast_node_type);    /* static type: its dict is set directly */
    kr_runtime_add_static_roots(base_cls, NTYPES);      /* freed at teardown */
    kr_runtime_add_static_roots(&ctor_cls[0][0], NTYPES * MAXCTORS);
    kr_runtime_add_static_roots(&singletons[0][0], NTYPES * MAXCTORS);
    for (int t = 0; t < NTYPES; t++) {
        const KrAstTypeInfo *ti = &kr_ast_types[t];
        KrObject *tattrs = ti->has_attributes ? attrs : empty;
        if (ti->kind == 0) {
            /* product type: one class straight under AST */
            KrObject *attributes = ti->has_attributes ? attrs : empty;
            ctor_cls[t][0] = ctor_class(&ti->ctors[0], ast, attributes, ti->has_attributes);
            if (ctor_cls[t][0] == NULL)
                goto fail;
            continue;
        }
        KrBuf b;
        kr_buf_init(&b);
        if (ti->kind == 2) {
            for (int i = 0; i < ti->nctors; i++)
                kr_buf_printf(&b, "%s%s", i ? " | " : "", ti->ctors[i].name);
            /* CPython prints simple sums as "expr_context = Load | Store | Del" */
            KrObject *alts = kr_buf_finish(&b);
            if (alts == NULL)
                goto fail;
            kr_buf_init(&b);
            kr_buf_printf(&b, "%s = %s", ti->name, kr_str_utf8(alts, NULL));
            kr_decref(alts);
        } else {
            size_t pad = strlen(ti->name) + 1;
            kr_buf_printf(&b, "%s = ", ti->name);
            for (int i = 0; i < ti->nctors; i++) {
                if (i) {
                    kr_buf_putc(&b, '\n');
                    for (size_t k = 0; k < pad; k++)
                        kr_buf_putc(&b, ' ');
                    kr_buf_puts(&b, "| ");
                }
                append_signature(&b, &ti->ctors[i]);
            }
        }
        KrObject *doc = kr_buf_finish(&b);
        if (doc == NULL)
            goto fail;
        base_cls[t] = make_class(ti->name, ast, empty, tattrs, kr_str_utf8(doc, NULL), 0);
        kr_decref(doc);
        if (base_cls[t] == NULL || set_none_defaults(base_cls[t], NULL, ti->has_attributes) < 0)
            goto fail;
        for (int i = 0; i < ti->nctors && i < MAXCTORS; i++) {
            ctor_cls[t][i] = ctor_class(&ti->ctors[i], base_cls[t], NULL, 0);
            if (ctor_cls[t][i] == NULL)
                goto fail;
            if (ti->kind == 2) {
                singletons[t][i] = kr_call0(ctor_cls[t][i]);
                if (singletons[t][i] == NULL)
                    goto fail;
            }
        }
    }
    kr_decref(empty);
    kr_decref(attrs);
    classes_ready = 1;
    return 0;
fail:
    kr_xdecref(empty);
    kr_xdecref(attrs);
    return -1;
}

/* ---------------------------------------------------------------------- */
/* C tree -> Python objects                                               */
/* ---------------------------------------------------------------------- */

static KrObject *node_to_obj(KrAstTypeId t, const void *node);

static size_t elem_size(KrAstTypeId t)
{
    return (!is_builtin_type(t) && kr_ast_types[t].kind == 2) ? sizeof(KrCmpop)
           : t == KR_AST_T_int ? sizeof(int) : sizeof(void *);
}

static size_t seq_items_offset(KrAstTypeId t)
{
    return elem_size(t) == sizeof(void *) ? offsetof(KrExprSeq, items)
                                          : offsetof(KrCmpopSeq, items);
}

/* The value stored at slot (one field or one sequence element). */
static KrObject *value_to_obj(KrAstTypeId t, const char *slot)
{
    if (t == KR_AST_T_int)
        return kr_int_from_i64(*(const int *)slot);
    if (is_builtin_type(t)) {
        KrObject *o = *(KrObject *const *)slot;
        return kr_newref(o ? o : kr_None);
    }
    if (kr_ast_types[t].kind == 2) {
        int v = *(const int *)slot;
        if (v < 1 || v > kr_ast_types[t].nctors)
            return kr_err_format(&kr_exc_SystemError, "invalid %s value %d",
                                 kr_ast_types[t].name, v);
        return kr_newref(singletons[t][v - 1]);
    }
    const void *p = *(const void *const *)slot;
    if (p == NULL)
        return kr_newref(kr_None);
    return node_to_obj(t, p);
}

static KrObject *field_to_obj(const KrAstField *f, const char *slot)
{
    if (f->quant != KR_AST_SEQ)
        return value_to_obj(f->type, slot);
    const char *seq = *(const char *const *)slot;
    Kr_ssize_t n = seq ? *(const Kr_ssize_t *)seq : 0;
    KrObject *list = kr_list_new(n);
    if (list == NULL)
        return NULL;
    size_t es = elem_size(f->type), off = seq_items_offset(f->type);
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *v = value_to_obj(f->type, seq + off + (size_t)i * es);
        if (v == NULL) {
            kr_decref(list);
            return NULL;
        }
        KR_LIST_ITEMS(list)[i] = v;
    }
    return list;
}

static KrObject *node_to_obj(KrAstTypeId t, const void *node)
{
    const KrAstTypeInfo *ti = &kr_ast_types[t];
    int ci = ti->kind == 1 ? *(const int *)node - 1 : 0;
    if (ci < 0 || ci >= ti->nctors)
        return kr_err_format(&kr_exc_SystemError, "invalid %s kind %d", ti->name, ci + 1);
    if (kr_enter_recursive(" during ast construction") < 0)
        return NULL;
    const KrAstCtor *c = &ti->ctors[ci];
    KrObject *obj = ast_new((KrType *)ctor_cls[t][ci], NULL, 0, NULL);
    KrObject *dict = obj ? kr_dict_new() : NULL;
    if (dict == NULL)
        goto fail;
    ((AstObject *)obj)->dict = dict;
    for (int i = 0; i < c->nfields; i++) {
        KrObject *v = field_to_obj(&c->fields[i], (const char *)node + c->fields[i].offset);
        if (v == NULL)
            goto fail;
        int r = kr_dict_set_item(dict, kr_str_intern_cstr(c->fields[i].name), v);
        kr_decref(v);
        if (r < 0)
            goto fail;
    }
    if (ti->has_attributes) {
        const int *pos = (const int *)((const char *)node + ti->attr_offset);
        for (int i = 0; i < 4; i++) {
            KrObject *v = kr_int_from_i64(pos[i]);
            if (v == NULL)
                goto fail;
            int r = kr_dict_set_item(dict, kr_str_intern_cstr(attr_names[i]), v);
            kr_decref(v);
            if (r < 0)
                goto fail;
        }
    }
    kr_leave_recursive();
    return obj;
fail:
    kr_leave_recursive();
    kr_xdecref(obj);
    return NULL;
}

KrObject *kr_ast_mod_to_object(KrMod *mod)
{
    if (build_classes() < 0)
        return NULL;
    return node_to_obj(KR_AST_T_mod, mod);
}

/* ---------------------------------------------------------------------- */
/* Python objects -> C tree                                               */
/* ---------------------------------------------------------------------- */

static int obj_to_node(KrAstTypeId t, KrObject *o, void **out, KrArena *arena);

static size_t node_size(KrAstTypeId t)
{
    switch (t) {
    case KR_AST_T_mod: return sizeof(KrMod);
    case KR_AST_T_stmt: return sizeof(KrStmt);
    case KR_AST_T_expr: return sizeof(KrExpr);
    case KR_AST_T_excepthandler: return sizeof(KrExcepthandler);
    case KR_AST_T_pattern: return sizeof(KrPattern);
    case KR_AST_T_type_ignore: return sizeof(KrTypeIgnore);
    case KR_AST_T_comprehension: return sizeof(KrComprehension);
    case KR_AST_T_arguments: return sizeof(KrArguments);
    case KR_AST_T_arg: return sizeof(KrArg);
    case KR_AST_T_keyword: return sizeof(KrKeyword);
    case KR_AST_T_alias: return sizeof(KrAlias);
    case KR_AST_T_withitem: return sizeof(KrWithitem);
    case KR_AST_T_match_case: return sizeof(KrMatchCase);
    default: return 0;
    }
}

static int valid_constant(KrObject *o)
{
    if (o == kr_None || o == kr_Ellipsis || KR_INT_CHECK(o) || KR_FLOAT_CHECK(o) ||
        kr_type_is_subtype(KR_TYPE(o), &kr_complex_type) || KR_STR_CHECK(o) || KR_BYTES_CHECK(o))
        return 1;
    if (KR_TUPLE_CHECK(o)) {
        for (Kr_ssize_t i = 0; i < KR_SIZE(o); i++)
            if (!valid_constant(KR_TUPLE_GET(o, i)))
                return 0;
        return 1;
    }
    if (KR_TYPE(o) == &kr_frozenset_type) {
        Kr_ssize_t pos = 0;
        KrObject *k;
        Kr_hash_t h;
        while (kr_set_next(o, &pos, &k, &h))
            if (!valid_constant(k))
                return 0;
        return 1;
    }
    return 0;
}

static int store_object(KrObject *o, int intern, KrObject **slot, KrArena *arena)
{
    kr_incref(o);
    if (intern && KR_STR_CHECK_EXACT(o))
        o = kr_str_intern(o);
    if (kr_arena_add_object(arena, o) < 0)
        return -1;
    *slot = o;
    return 0;
}

/* One value (field or sequence element) into slot; None means "absent". */
static int obj_to_value(KrAstTypeId t, KrObject *o, char *slot, KrArena *arena)
{
    switch (t) {
    case KR_AST_T_identifier:
    case KR_AST_T_string:
        if (o == kr_None) {
            *(KrObject **)slot = NULL;
            return 0;
        }
        if (!KR_STR_CHECK(o)) {
            kr_err_format(&kr_exc_TypeError, "AST %s must be of type str",
                          t == KR_AST_T_identifier ? "identifier" : "string");
            return -1;
        }
        return store_object(o, 1, (KrObject **)slot, arena);
    case KR_AST_T_constant:
        return store_object(o, 0, (KrObject **)slot, arena);
    case KR_AST_T_int: {
        if (!KR_INT_CHECK(o)) {
            kr_err_format(&kr_exc_ValueError, "invalid integer value: %R", o);
            return -1;
        }
        int overflow = 0;
        int64_t v = kr_int_as_i64(o, &overflow);
        if (overflow || v > INT32_MAX || v < INT32_MIN) {
            kr_err_format(&kr_exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
        *(int *)slot = (int)v;
        return 0;
    }
    default:
        break;
    }
    const KrAstTypeInfo *ti = &kr_ast_types[t];
    if (ti->kind == 2) {
        for (int i = 0; i < ti->nctors; i++) {
            int r = kr_object_isinstance(o, ctor_cls[t][i]);
            if (r < 0)
                return -1;
            if (r) {
                *(int *)slot = i + 1;
                return 0;
            }
        }
        kr_err_format(&kr_exc_TypeError, "expected some sort of %s, but got %R", ti->name, o);
        return -1;
    }
    if (o == kr_None) {
        *(void **)slot = NULL;
        return 0;
    }
    return obj_to_node(t, o, (void **)slot, arena);
}

static int lookup_field(KrObject *o, const char *name, KrObject **out)
{
    return kr_object_lookup_attr(o, kr_str_intern_cstr(name), out);
}

static int field_from_obj(const KrAstField *f, const char *owner, KrObject *o, char *slot,
                          KrArena *arena)
{
    KrObject *v;
    if (lookup_field(o, f->name, &v) < 0)
        return -1;
    if (v == NULL || (f->quant == KR_AST_OPT && v == kr_None)) {
        if (v == NULL && f->quant != KR_AST_OPT) {
            kr_err_format(&kr_exc_TypeError, "required field \"%s\" missing from %s", f->name,
                          owner);
            return -1;
        }
        kr_xdecref(v);
        return 0;                  /* slot stays zeroed: NULL / absent */
    }
    int r = -1;
    if (f->quant == KR_AST_SEQ) {
        if (!KR_LIST_CHECK(v)) {
            kr_err_format(&kr_exc_TypeError, "%s field \"%s\" must be a list, not a %s", owner,
                          f->name, kr_type_name(KR_TYPE(v)));
            goto done;
        }
        Kr_ssize_t n = KR_SIZE(v);
        size_t es = elem_size(f->type), off = seq_items_offset(f->type);
        char *seq = kr_arena_alloc(arena, off + (size_t)n * es);
        if (seq == NULL)
            goto done;
        *(Kr_ssize_t *)seq = n;
        for (Kr_ssize_t i = 0; i < n; i++) {
            KrObject *item = kr_newref(KR_LIST_ITEMS(v)[i]);
            int rr = obj_to_value(f->type, item, seq + off + (size_t)i * es, arena);
            kr_decref(item);
            if (rr < 0)
                goto done;
            if (KR_SIZE(v) != n) {
                kr_err_format(&kr_exc_RuntimeError, "%s field \"%s\" changed size during iteration",
                              owner, f->name);
                goto done;
            }
        }
        *(char **)slot = n ? seq : NULL;
        r = 0;
    } else {
        r = obj_to_value(f->type, v, slot, arena);
        if (r == 0 && f->quant == KR_AST_ONE && f->type != KR_AST_T_int &&
            f->type != KR_AST_T_constant &&
            (is_builtin_type(f->type) || kr_ast_types[f->type].kind != 2) &&
            *(void **)slot == NULL) {
            kr_err_format(&kr_exc_ValueError, "field '%s' is required for %s", f->name, owner);
            r = -1;
        }
    }
done:
    kr_decref(v);
    return r;
}

static int read_attributes(const KrAstTypeInfo *ti, KrObject *o, int *pos)
{
    for (int i = 0; i < 4; i++) {
        KrObject *v;
        if (lookup_field(o, attr_names[i], &v) < 0)
            return -1;
        if (v == NULL || (i >= 2 && v == kr_None)) {
            if (i < 2) {
                kr_err_format(&kr_exc_TypeError, "required field \"%s\" missing from %s",
                              attr_names[i], ti->name);
                return -1;
            }
            kr_xdecref(v);
            pos[i] = pos[i - 2];
            continue;
        }
        int r = obj_to_value(KR_AST_T_int, v, (char *)&pos[i], NULL);
        kr_decref(v);
        if (r < 0)
            return -1;
    }
    return 0;
}

static int obj_to_node(KrAstTypeId t, KrObject *o, void **out, KrArena *arena)
{
    const KrAstTypeInfo *ti = &kr_ast_types[t];
    int pos[4] = { 0, 0, 0, 0 };
    if (ti->has_attributes && ti->kind == 1 && read_attributes(ti, o, pos) < 0)
        return -1;
    int ci = 0;
    if (ti->kind == 1) {
        for (ci = 0; ci < ti->nctors; ci++) {
            int r = kr_object_isinstance(o, ctor_cls[t][ci]);
            if (r < 0)
                return -1;
            if (r)
                break;
        }
        if (ci == ti->nctors) {
            kr_err_format(&kr_exc_TypeError, "expected some sort of %s, but got %R", ti->name, o);
            return -1;
        }
    } else {
        int r = kr_object_isinstance(o, ctor_cls[t][0]);
        if (r < 0)
            return -1;
        if (!r) {
            kr_err_format(&kr_exc_TypeError, "expected some sort of %s, but got %R", ti->name, o);
            return -1;
        }
    }
    const KrAstCtor *c = &ti->ctors[ci];
    char *node = kr_arena_alloc(arena, node_size(t));
    if (node == NULL)
        return -1;
    if (ti->kind == 1)
        *(int *)node = ci + 1;
    if (kr_enter_recursive(" during compilation") < 0)
        return -1;
    for (int i = 0; i < c->nfields; i++) {
        if (field_from_obj(&c->fields[i], c->name, o, node + c->fields[i].offset, arena) < 0) {
            kr_leave_recursive();
            return -1;
        }
    }
    kr_leave_recursive();
    if (ti->has_attributes && ti->kind == 0 && read_attributes(ti, o, pos) < 0)
        return -1;
    if (ti->has_attributes)
        memcpy(node + ti->attr_offset, pos, sizeof pos);
    if (t == KR_AST_T_expr && ci + 1 == KR_EXPR_Constant) {
        KrObject *v = ((KrExpr *)node)->v.Constant.value;
        if (!valid_constant(v)) {
            kr_err_format(&kr_exc_TypeError, "got an invalid type in Constant: %s",
                          kr_type_name(KR_TYPE(v)));
            return -1;
        }
    }
    *out = node;
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Validation of a converted tree (CPython's PyAST_Validate checks)       */
/* ---------------------------------------------------------------------- */

/* A tree built from Python objects can be shaped correctly yet mean
 * nothing (a Load-context assignment target, an empty body); the compiler
 * assumes the parser's invariants, so these are rejected first, with
 * CPython's messages.  Checks run in CPython's order so the same error is
 * reported for a tree with several problems. */

static int v_expr(KrExpr *e, KrExprContext ctx);
static int v_stmts(KrStmtSeq *s);

static int v_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kr_err_formatv(&kr_exc_ValueError, fmt, ap);
    va_end(ap);
    return -1;
}

static const char *ctx_name(KrExprContext c)
{
    return c == KR_EXPR_CONTEXT_Store ? "Store" : c == KR_EXPR_CONTEXT_Del ? "Del" : "Load";
}

#define V_POSITIONS(n)                                                                    \
    do {                                                                                  \
        if ((n)->lineno > (n)->end_lineno)                                                \
            return v_fail("AST node line range (%d, %d) is not valid", (n)->lineno,       \
                          (n)->end_lineno);                                               \
        if (((n)->lineno < 0 && (n)->end_lineno != (n)->lineno) ||                        \
            ((n)->col_offset < 0 && (n)->col_offset != (n)->end_col_offset))              \
            return v_fail("AST node column range (%d, %d) for line range (%d, %d) is not valid", \
                          (n)->col_offset, (n)->end_col_offset, (n)->lineno, (n)->end_lineno); \
        if ((n)->lineno == (n)->end_lineno && (n)->col_offset > (n)->end_col_offset)      \
            return v_fail("line %d, column %d-%d is not a valid range", (n)->lineno,      \
                          (n)->col_offset, (n)->end_col_offset);                          \
    } while (0)

static int v_exprs(KrExprSeq *s, KrExprContext ctx, int null_ok)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        KrExpr *e = KR_SEQ_GET(s, i);
        if (e == NULL) {
            if (!null_ok)
                return v_fail("None disallowed in expression list");
            continue;
        }
        if (v_expr(e, ctx) < 0)
            return -1;
    }
    return 0;
}

static int v_opt(KrExpr *e, KrExprContext ctx)
{
    return e ? v_expr(e, ctx) : 0;
}

static int v_body(KrStmtSeq *s, const char *owner)
{
    if (KR_SEQ_LEN(s) == 0)
        return v_fail("empty body on %s", owner);
    return v_stmts(s);
}

static int v_nonempty(Kr_ssize_t n, const char *what, const char *owner)
{
    return n ? 0 : v_fail("empty %s on %s", what, owner);
}

static int v_args(KrArgSeq *s)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s); i++) {
        KrArg *a = KR_SEQ_GET(s, i);
        V_POSITIONS(a);
        if (v_opt(a->annotation, KR_EXPR_CONTEXT_Load) < 0)
            return -1;
    }
    return 0;
}

static int v_arguments(KrArguments *a)
{
    if (v_args(a->posonlyargs) < 0 || v_args(a->args) < 0)
        return -1;
    if (a->vararg && v_opt(a->vararg->annotation, KR_EXPR_CONTEXT_Load) < 0)
        return -1;
    if (v_args(a->kwonlyargs) < 0)
        return -1;
    if (a->kwarg && v_opt(a->kwarg->annotation, KR_EXPR_CONTEXT_Load) < 0)
        return -1;
    if (KR_SEQ_LEN(a->defaults) > KR_SEQ_LEN(a->posonlyargs) + KR_SEQ_LEN(a->args))
        return v_fail("more positional defaults than args on arguments");
    if (KR_SEQ_LEN(a->kw_defaults) != KR_SEQ_LEN(a->kwonlyargs))
        return v_fail("length of kwonlyargs is not the same as kw_defaults on arguments");
    if (v_exprs(a->defaults, KR_EXPR_CONTEXT_Load, 0) < 0)
        return -1;
    return v_exprs(a->kw_defaults, KR_EXPR_CONTEXT_Load, 1);
}

static int v_comprehension(KrComprehensionSeq *gens)
{
    if (KR_SEQ_LEN(gens) == 0)
        return v_fail("comprehension with no generators");
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(gens); i++) {
        KrComprehension *c = KR_SEQ_GET(gens, i);
        if (v_expr(c->target, KR_EXPR_CONTEXT_Store) < 0 ||
            v_expr(c->iter, KR_EXPR_CONTEXT_Load) < 0 ||
            v_exprs(c->ifs, KR_EXPR_CONTEXT_Load, 0) < 0)
            return -1;
    }
    return 0;
}

static int v_keywords(KrKeywordSeq *s)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s); i++)
        if (v_expr(KR_SEQ_GET(s, i)->value, KR_EXPR_CONTEXT_Load) < 0)
            return -1;
    return 0;
}

static int v_name(KrObject *id)
{
    static const char *const forbidden[] = { "None", "True", "False" };
    for (int i = 0; i < 3; i++)
        if (kr_str_eq_cstr(id, forbidden[i]))
            return v_fail("identifier field can't represent '%s' constant", forbidden[i]);
    return 0;
}

static int v_expr_inner(KrExpr *e, KrExprContext ctx)
{
    const KrExprContext L = KR_EXPR_CONTEXT_Load;
    int has_ctx = 1;
    KrExprContext actual = L;
    switch (e->kind) {
    case KR_EXPR_Attribute: actual = e->v.Attribute.ctx; break;
    case KR_EXPR_Subscript: actual = e->v.Subscript.ctx; break;
    case KR_EXPR_Starred: actual = e->v.Starred.ctx; break;
    case KR_EXPR_Name:
        if (v_name(e->v.Name.id) < 0)
            return -1;
        actual = e->v.Name.ctx;
        break;
    case KR_EXPR_List: actual = e->v.List.ctx; break;
    case KR_EXPR_Tuple: actual = e->v.Tuple.ctx; break;
    default:
        has_ctx = 0;
        break;
    }
    if (has_ctx && actual != ctx)
        return v_fail("expression must have %s context but has %s instead", ctx_name(ctx),
                      ctx_name(actual));
    if (!has_ctx && ctx != L)
        return v_fail("expression which can't be assigned to in %s context", ctx_name(ctx));
    switch (e->kind) {
    case KR_EXPR_BoolOp:
        if (KR_SEQ_LEN(e->v.BoolOp.values) < 2)
            return v_fail("BoolOp with less than 2 values");
        return v_exprs(e->v.BoolOp.values, L, 0);
    case KR_EXPR_BinOp:
        return v_expr(e->v.BinOp.left, L) < 0 ? -1 : v_expr(e->v.BinOp.right, L);
    case KR_EXPR_UnaryOp:
        return v_expr(e->v.UnaryOp.operand, L);
    case KR_EXPR_Lambda:
        return v_arguments(e->v.Lambda.args) < 0 ? -1 : v_expr(e->v.Lambda.body, L);
    case KR_EXPR_IfExp:
        return (v_expr(e->v.IfExp.test, L) < 0 || v_expr(e->v.IfExp.body, L) < 0) ? -1
               : v_expr(e->v.IfExp.orelse, L);
    case KR_EXPR_Dict:
        if (KR_SEQ_LEN(e->v.Dict.keys) != KR_SEQ_LEN(e->v.Dict.values))
            return v_fail("Dict doesn't have the same number of keys as values");
        return v_exprs(e->v.Dict.keys, L, 1) < 0 ? -1 : v_exprs(e->v.Dict.values, L, 0);
    case KR_EXPR_Set:
        return v_exprs(e->v.Set.elts, L, 0);
    case KR_EXPR_ListComp:
    case KR_EXPR_SetComp:
    case KR_EXPR_GeneratorExp:
        /* the three share their layout */
        return v_comprehension(e->v.ListComp.generators) < 0 ? -1 : v_expr(e->v.ListComp.elt, L);
    case KR_EXPR_DictComp:
        return (v_comprehension(e->v.DictComp.generators) < 0 ||
                v_expr(e->v.DictComp.key, L) < 0) ? -1 : v_expr(e->v.DictComp.value, L);
    case KR_EXPR_Yield:
        return v_opt(e->v.Yield.value, L);
    case KR_EXPR_YieldFrom:
        return v_expr(e->v.YieldFrom.value, L);
    case KR_EXPR_Await:
        return v_expr(e->v.Await.value, L);
    case KR_EXPR_Compare:
        if (KR_SEQ_LEN(e->v.Compare.comparators) == 0)
            return v_fail("Compare with no comparators");
        if (KR_SEQ_LEN(e->v.Compare.comparators) != KR_SEQ_LEN(e->v.Compare.ops))
            return v_fail("Compare has a different number of comparators and operands");
        return v_exprs(e->v.Compare.comparators, L, 0) < 0 ? -1 : v_expr(e->v.Compare.left, L);
    case KR_EXPR_Call:
        return (v_expr(e->v.Call.func, L) < 0 || v_exprs(e->v.Call.args, L, 0) < 0) ? -1
               : v_keywords(e->v.Call.keywords);
    case KR_EXPR_FormattedValue:
        return v_expr(e->v.FormattedValue.value, L) < 0 ? -1
               : v_opt(e->v.FormattedValue.format_spec, L);
    case KR_EXPR_JoinedStr:
        return v_exprs(e->v.JoinedStr.values, L, 0);
    case KR_EXPR_Attribute:
        return v_expr(e->v.Attribute.value, L);
    case KR_EXPR_Subscript:
        return v_expr(e->v.Subscript.slice, L) < 0 ? -1 : v_expr(e->v.Subscript.value, L);
    case KR_EXPR_Starred:
        return v_expr(e->v.Starred.value, ctx);
    case KR_EXPR_Slice:
        return (v_opt(e->v.Slice.lower, L) < 0 || v_opt(e->v.Slice.upper, L) < 0) ? -1
               : v_opt(e->v.Slice.step, L);
    case KR_EXPR_List:
        return v_exprs(e->v.List.elts, ctx, 0);
    case KR_EXPR_Tuple:
        return v_exprs(e->v.Tuple.elts, ctx, 0);
    case KR_EXPR_NamedExpr:
        if (e->v.NamedExpr.target->kind != KR_EXPR_Name) {
            kr_err_format(&kr_exc_TypeError, "NamedExpr target must be a Name");
            return -1;
        }
        return v_expr(e->v.NamedExpr.value, L);
    default:
        return 0;                  /* Constant (checked on conversion), Name */
    }
}

static int v_expr(KrExpr *e, KrExprContext ctx)
{
    V_POSITIONS(e);
    if (kr_enter_recursive(" during compilation") < 0)
        return -1;
    int r = v_expr_inner(e, ctx);
    kr_leave_recursive();
    return r;
}

static int v_handlers(KrExcepthandlerSeq *hs)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(hs); i++) {
        KrExcepthandler *h = KR_SEQ_GET(hs, i);
        V_POSITIONS(h);
        if (v_opt(h->v.ExceptHandler.type, KR_EXPR_CONTEXT_Load) < 0 ||
            v_body(h->v.ExceptHandler.body, "ExceptHandler") < 0)
            return -1;
    }
    return 0;
}

static int v_try(KrStmt *s, const char *owner)
{
    /* Try and TryStar share their layout */
    if (v_body(s->v.Try.body, owner) < 0)
        return -1;
    if (!KR_SEQ_LEN(s->v.Try.handlers) && !KR_SEQ_LEN(s->v.Try.finalbody))
        return v_fail("%s has neither except handlers nor finalbody", owner);
    if (!KR_SEQ_LEN(s->v.Try.handlers) && KR_SEQ_LEN(s->v.Try.orelse))
        return v_fail("%s has orelse but no except handlers", owner);
    if (v_handlers(s->v.Try.handlers) < 0)
        return -1;
    if (KR_SEQ_LEN(s->v.Try.finalbody) && v_stmts(s->v.Try.finalbody) < 0)
        return -1;
    return KR_SEQ_LEN(s->v.Try.orelse) ? v_stmts(s->v.Try.orelse) : 0;
}

static int v_stmt_inner(KrStmt *s)
{
    const KrExprContext L = KR_EXPR_CONTEXT_Load, S = KR_EXPR_CONTEXT_Store;
    switch (s->kind) {
    case KR_STMT_FunctionDef:
    case KR_STMT_AsyncFunctionDef:
        /* same layout */
        return (v_body(s->v.FunctionDef.body,
                       s->kind == KR_STMT_FunctionDef ? "FunctionDef" : "AsyncFunctionDef") < 0 ||
                v_arguments(s->v.FunctionDef.args) < 0 ||
                v_exprs(s->v.FunctionDef.decorator_list, L, 0) < 0) ? -1
               : v_opt(s->v.FunctionDef.returns, L);
    case KR_STMT_ClassDef:
        return (v_body(s->v.ClassDef.body, "ClassDef") < 0 ||
                v_exprs(s->v.ClassDef.bases, L, 0) < 0 ||
                v_keywords(s->v.ClassDef.keywords) < 0) ? -1
               : v_exprs(s->v.ClassDef.decorator_list, L, 0);
    case KR_STMT_Return:
        return v_opt(s->v.Return.value, L);
    case KR_STMT_Delete:
        return v_nonempty(KR_SEQ_LEN(s->v.Delete.targets), "targets", "Delete") < 0 ? -1
               : v_exprs(s->v.Delete.targets, KR_EXPR_CONTEXT_Del, 0);
    case KR_STMT_Assign:
        return (v_nonempty(KR_SEQ_LEN(s->v.Assign.targets), "targets", "Assign") < 0 ||
                v_exprs(s->v.Assign.targets, S, 0) < 0) ? -1 : v_expr(s->v.Assign.value, L);
    case KR_STMT_AugAssign:
        return v_expr(s->v.AugAssign.target, S) < 0 ? -1 : v_expr(s->v.AugAssign.value, L);
    case KR_STMT_AnnAssign:
        if (s->v.AnnAssign.simple && s->v.AnnAssign.target->kind != KR_EXPR_Name) {
            kr_err_format(&kr_exc_TypeError, "AnnAssign with simple non-Name target");
            return -1;
        }
        return (v_expr(s->v.AnnAssign.target, S) < 0 || v_opt(s->v.AnnAssign.value, L) < 0)
               ? -1 : v_expr(s->v.AnnAssign.annotation, L);
    case KR_STMT_For:
    case KR_STMT_AsyncFor:
        return (v_expr(s->v.For.target, S) < 0 || v_expr(s->v.For.iter, L) < 0 ||
                v_body(s->v.For.body, s->kind == KR_STMT_For ? "For" : "AsyncFor") < 0) ? -1
               : v_stmts(s->v.For.orelse);
    case KR_STMT_While:
        return (v_expr(s->v.While.test, L) < 0 || v_body(s->v.While.body, "While") < 0) ? -1
               : v_stmts(s->v.While.orelse);
    case KR_STMT_If:
        return (v_expr(s->v.If.test, L) < 0 || v_body(s->v.If.body, "If") < 0) ? -1
               : v_stmts(s->v.If.orelse);
    case KR_STMT_With:
    case KR_STMT_AsyncWith: {
        const char *owner = s->kind == KR_STMT_With ? "With" : "AsyncWith";
        if (v_nonempty(KR_SEQ_LEN(s->v.With.items), "items", owner) < 0)
            return -1;
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.With.items); i++) {
            KrWithitem *w = KR_SEQ_GET(s->v.With.items, i);
            if (v_expr(w->context_expr, L) < 0 || v_opt(w->optional_vars, S) < 0)
                return -1;
        }
        return v_body(s->v.With.body, owner);
    }
    case KR_STMT_Match:
        if (v_expr(s->v.Match.subject, L) < 0 ||
            v_nonempty(KR_SEQ_LEN(s->v.Match.cases), "cases", "Match") < 0)
            return -1;
        for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(s->v.Match.cases); i++) {
            KrMatchCase *c = KR_SEQ_GET(s->v.Match.cases, i);
            if (v_opt(c->guard, L) < 0 || v_body(c->body, "match_case") < 0)
                return -1;
        }
        return 0;
    case KR_STMT_Raise:
        if (s->v.Raise.exc)
            return v_expr(s->v.Raise.exc, L) < 0 ? -1 : v_opt(s->v.Raise.cause, L);
        if (s->v.Raise.cause)
            return v_fail("Raise with cause but no exception");
        return 0;
    case KR_STMT_Try:
        return v_try(s, "Try");
    case KR_STMT_TryStar:
        return v_try(s, "TryStar");
    case KR_STMT_Assert:
        return v_expr(s->v.Assert.test, L) < 0 ? -1 : v_opt(s->v.Assert.msg, L);
    case KR_STMT_Import:
        return v_nonempty(KR_SEQ_LEN(s->v.Import.names), "names", "Import");
    case KR_STMT_ImportFrom:
        if (s->v.ImportFrom.level < 0)
            return v_fail("Negative ImportFrom level");
        return v_nonempty(KR_SEQ_LEN(s->v.ImportFrom.names), "names", "ImportFrom");
    case KR_STMT_Global:
        return v_nonempty(KR_SEQ_LEN(s->v.Global.names), "names", "Global");
    case KR_STMT_Nonlocal:
        return v_nonempty(KR_SEQ_LEN(s->v.Nonlocal.names), "names", "Nonlocal");
    case KR_STMT_Expr:
        return v_expr(s->v.Expr.value, L);
    default:
        return 0;
    }
}

static int v_stmts(KrStmtSeq *seq)
{
    for (Kr_ssize_t i = 0; i < KR_SEQ_LEN(seq); i++) {
        KrStmt *s = KR_SEQ_GET(seq, i);
        if (s == NULL)
            return v_fail("None disallowed in statement list");
        V_POSITIONS(s);
        if (kr_enter_recursive(" during compilation") < 0)
            return -1;
        int r = v_stmt_inner(s);
        kr_leave_recursive();
        if (r < 0)
            return -1;
    }
    return 0;
}

static int validate_mod(KrMod *m)
{
    switch (m->kind) {
    case KR_MOD_Module: return v_stmts(m->v.Module.body);
    case KR_MOD_Interactive: return v_stmts(m->v.Interactive.body);
    case KR_MOD_Expression: return v_expr(m->v.Expression.body, KR_EXPR_CONTEXT_Load);
    default: return v_fail("impossible module node");
    }
}

/* 1 if o is an instance of ast.AST (no classes need to exist yet). */
int kr_ast_check_object(KrObject *o)
{
    return kr_type_is_subtype(KR_TYPE(o), &kr_ast_node_type);
}

/* compile() of an AST object: with PyCF_ONLY_AST (0x400) the tree itself
 * is returned; otherwise it is converted back and compiled. */
KrObject *kr_ast_compile_object(KrObject *tree, KrObject *filename, int mode, int flags)
{
    if (build_classes() < 0)
        return NULL;
    static const int want[] = { KR_MOD_Module, KR_MOD_Expression, KR_MOD_Interactive };
    static const char *const want_names[] = { "Module", "Expression", "Interactive" };
    int r = kr_object_isinstance(tree, ctor_cls[KR_AST_T_mod][want[mode] - 1]);
    if (r < 0)
        return NULL;
    if (!r)
        return kr_err_format(&kr_exc_TypeError, "expected %s node, got %s", want_names[mode],
                             kr_type_name(KR_TYPE(tree)));
    if (flags & 0x400)
        return kr_newref(tree);
    KrArena *arena = kr_arena_new();
    if (arena == NULL)
        return NULL;
    void *mod = NULL;
    KrObject *co = NULL;
    if (obj_to_node(KR_AST_T_mod, tree, &mod, arena) == 0 && validate_mod(mod) == 0)
        co = kr_compile_mod(mod, filename, mode, flags & ~0x400, arena);
    kr_arena_free(arena);
    return co;
}

/* ast.parse's path: source text -> Python tree. */
KrObject *kr_ast_parse_to_object(const char *src, Kr_ssize_t len, KrObject *filename, int mode)
{
    if (build_classes() < 0)
        return NULL;
    KrArena *arena = kr_arena_new();
    if (arena == NULL)
        return NULL;
    KrObject *res = NULL;
    KrMod *mod = kr_parse(src, len, filename, mode, arena);
    if (mod)
        res = kr_ast_mod_to_object(mod);
    kr_arena_free(arena);
    return res;
}

/* ---------------------------------------------------------------------- */
/* Module                                                                 */
/* ---------------------------------------------------------------------- */

KrObject *kr_ast_module_init(void)
{
    if (build_classes() < 0)
        return NULL;
    KrObject *m = kr_module_new("_ast");
    if (m == NULL)
        return NULL;
    if (kr_module_add_object(m, "AST", (KrObject *)&kr_ast_node_type) < 0 ||
        kr_module_add_int(m, "PyCF_ONLY_AST", 0x400) < 0 ||
        kr_module_add_int(m, "PyCF_TYPE_COMMENTS", 0x1000) < 0 ||
        kr_module_add_int(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000) < 0)
        goto fail;
    for (int t = 0; t < NTYPES; t++) {
        const KrAstTypeInfo *ti = &kr_ast_types[t];
        if (base_cls[t] && kr_module_add_object(m, ti->name, base_cls[t]) < 0)
            goto fail;
        for (int i = 0; i < ti->nctors && i < MAXCTORS; i++)
            if (kr_module_add_object(m, ti->ctors[i].name, ctor_cls[t][i]) < 0)
                goto fail;
    }
    return m;
fail:
    kr_decref(m);
    return NULL;
}
