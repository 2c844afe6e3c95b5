/*
 * code.c -- code objects: the immutable result of compiling one function,
 * class body or module.
 *
 * A code object owns its code units (mutable only for future quickening),
 * one KrCodePos per code unit (CACHE units included, so an offset indexes
 * the table directly), and its exception table.  kr_code_new copies every
 * array it is given, so the compiler may free its buffers.
 *
 * Local slots ("localsplus", see ceval.h): co_varnames first, then the
 * cellvars that are not also arguments, then co_freevars.  A cellvar whose
 * name is an argument shares the argument's slot: MAKE_CELL wraps the
 * argument value in place.  cell2arg records that sharing; nlocalsplus is
 * the resulting slot count.
 *
 * Python sees co_* attributes, co_code as bytes (opcode, arg) pairs,
 * co_lines() (byte ranges per line as in CPython 3.10+) and co_positions()
 * (one 4-tuple per code unit).  ncalls/nbackedges are the JIT's and the
 * profiler's hotness counters, bumped by the interpreter.
 */
#include "krait.h"
#include "ceval.h"

static int total_args(int argcount, int kwonly, int flags)
{
    return argcount + kwonly + ((flags & KR_CO_VARARGS) ? 1 : 0) +
           ((flags & KR_CO_VARKEYWORDS) ? 1 : 0);
}

static KrObject *tuple_or_empty(KrObject *t)
{
    return t ? kr_newref(t) : kr_tuple_new(0);
}

/* CPython interns every string constant made only of ASCII name characters
 * (recursing into constant tuples) when it builds a code object, so a
 * literal "hello" is the very object sys.intern("hel" + "lo") returns.
 * Programs observe that with `is`, so we do the same.  Replacing a tuple
 * item with an equal str is safe: equality and hash are unchanged. */
static int all_name_chars(KrObject *s)
{
    for (Kr_ssize_t i = 0; i < KR_STR_LEN(s); i++) {
        uint32_t c = KR_STR_CHAR(s, i);
        if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
              (c >= 'A' && c <= 'Z')))
            return 0;
    }
    return 1;
}

static void intern_string_consts(KrObject *t)
{
    for (Kr_ssize_t i = 0; i < KR_SIZE(t); i++) {
        KrObject *v = KR_TUPLE_GET(t, i);
        if (KR_STR_CHECK_EXACT(v)) {
            if (((KrStr *)v)->interned || !all_name_chars(v))
                continue;
            KrObject *w = kr_str_intern(kr_newref(v));
            if (w != v) {
                kr_decref(v);
                KR_TUPLE_SET(t, i, w);
            } else {
                kr_decref(w);
            }
        } else if (KR_TUPLE_CHECK_EXACT(v)) {
            intern_string_consts(v);
        }
    }
}

KrObject *kr_code_new(int argcount, int posonlyargcount, int kwonlyargcount,
                      int stacksize, int flags, int firstlineno,
                      const KrCodeUnit *code, Kr_ssize_t ncodeunits,
                      KrObject *consts, KrObject *names, KrObject *varnames,
                      KrObject *cellvars, KrObject *freevars,
                      KrObject *filename, KrObject *name, KrObject *qualname,
                      const KrCodePos *positions,
                      const KrExcEntry *exctable, int nexctable)
{
    KrCode *co = (KrCode *)kr_object_alloc(&kr_code_type, 0);
    if (co == NULL)
        return NULL;
    co->argcount = argcount;
    co->posonlyargcount = posonlyargcount;
    co->kwonlyargcount = kwonlyargcount;
    co->stacksize = stacksize < 1 ? 1 : stacksize;
    co->flags = flags;
    co->firstlineno = firstlineno;
    co->ncodeunits = ncodeunits;
    co->consts = tuple_or_empty(consts);
    co->names = tuple_or_empty(names);
    co->varnames = tuple_or_empty(varnames);
    co->cellvars = tuple_or_empty(cellvars);
    co->freevars = tuple_or_empty(freevars);
    co->filename = filename ? kr_newref(filename) : kr_str_from_cstr("<unknown>");
    co->name = name ? kr_newref(name) : kr_str_from_cstr("?");
    co->qualname = qualname ? kr_newref(qualname) : kr_xnewref(co->name);
    if (!co->consts || !co->names || !co->varnames || !co->cellvars || !co->freevars ||
        !co->filename || !co->name || !co->qualname)
        goto fail;
    intern_string_consts(co->consts);
    co->nlocals = (int)KR_SIZE(co->varnames);
    co->ncellvars = (int)KR_SIZE(co->cellvars);
    co->nfreevars = (int)KR_SIZE(co->freevars);
    if (co->nfreevars == 0 && !(flags & KR_CO_NOFREE) && co->ncellvars == 0)
        co->flags |= KR_CO_NOFREE;

    co->code = kr_mem_alloc(sizeof(KrCodeUnit) * (size_t)(ncodeunits ? ncodeunits : 1));
    co->positions = kr_mem_alloc(sizeof(KrCodePos) * (size_t)(ncodeunits ? ncodeunits : 1));
    if (co->code == NULL || co->positions == NULL) {
        kr_err_no_memory();
        goto fail;
    }
    if (ncodeunits)
        memcpy(co->code, code, sizeof(KrCodeUnit) * (size_t)ncodeunits);
    for (Kr_ssize_t i = 0; i < ncodeunits; i++) {
        if (positions)
            co->positions[i] = positions[i];
        else
            co->positions[i] = (KrCodePos){ -1, -1, -1, -1 };
    }
    if (nexctable > 0) {
        co->exctable = kr_mem_alloc(sizeof(KrExcEntry) * (size_t)nexctable);
        if (co->exctable == NULL) {
            kr_err_no_memory();
            goto fail;
        }
        memcpy(co->exctable, exctable, sizeof(KrExcEntry) * (size_t)nexctable);
        co->nexctable = nexctable;
    }

    /* Cellvars that are arguments share the argument's slot. */
    int nargs = total_args(argcount, kwonlyargcount, flags);
    if (nargs > co->nlocals)
        nargs = co->nlocals;
    int shared = 0;
    for (int i = 0; i < co->ncellvars; i++) {
        KrObject *cn = KR_TUPLE_GET(co->cellvars, i);
        for (int j = 0; j < nargs; j++) {
            if (kr_str_eq(cn, KR_TUPLE_GET(co->varnames, j))) {
                if (co->cell2arg == NULL) {
                    co->cell2arg = kr_mem_alloc(sizeof(int32_t) * (size_t)co->ncellvars);
                    if (co->cell2arg == NULL) {
                        kr_err_no_memory();
                        goto fail;
                    }
                    for (int k = 0; k < co->ncellvars; k++)
                        co->cell2arg[k] = -1;
                }
                co->cell2arg[i] = j;
                shared++;
                break;
            }
        }
    }
    co->nlocalsplus = co->nlocals + co->ncellvars - shared + co->nfreevars;
    return (KrObject *)co;
fail:
    kr_decref((KrObject *)co);
    return NULL;
}

KrObject *kr_code_localsplus_name(KrCode *co, int i)
{
    if (i < co->nlocals)
        return KR_TUPLE_GET(co->varnames, i);
    int slot = co->nlocals;
    for (int c = 0; c < co->ncellvars; c++) {
        if (co->cell2arg && co->cell2arg[c] >= 0)
            continue;
        if (slot == i)
            return KR_TUPLE_GET(co->cellvars, c);
        slot++;
    }
    int fi = i - slot;
    if (fi >= 0 && fi < co->nfreevars)
        return KR_TUPLE_GET(co->freevars, fi);
    return kr_str_intern_cstr("?");
}

int kr_code_addr2line(KrCode *co, int offset)
{
    if (offset < 0 || offset >= co->ncodeunits)
        return offset < 0 ? co->firstlineno : -1;
    /* CACHE units carry their instruction's position; EXTENDED_ARG may
     * carry none, so look forward to the instruction it prefixes. */
    for (Kr_ssize_t i = offset; i < co->ncodeunits; i++) {
        if (co->positions[i].line >= 0)
            return co->positions[i].line;
        if (KR_UNIT_OP(co->code[i]) != KR_OP_EXTENDED_ARG)
            break;
    }
    return co->positions[offset].line;
}

/* ---------------------------------------------------------------------- */
/* The code type                                                          */
/* ---------------------------------------------------------------------- */

static void code_dealloc(KrObject *o)
{
    KrCode *co = (KrCode *)o;
    if (co->weakreflist != NULL)
        kr_weakref_clear_refs(o);
    KR_CLEAR(co->consts);
    KR_CLEAR(co->names);
    KR_CLEAR(co->varnames);
    KR_CLEAR(co->cellvars);
    KR_CLEAR(co->freevars);
    KR_CLEAR(co->filename);
    KR_CLEAR(co->name);
    KR_CLEAR(co->qualname);
    kr_mem_free(co->code);
    kr_mem_free(co->positions);
    kr_mem_free(co->exctable);
    kr_mem_free(co->cell2arg);
    kr_object_free(o);
}

static KrObject *code_repr(KrObject *o)
{
    KrCode *co = (KrCode *)o;
    return kr_str_from_format("<code object %U at %p, file \"%U\", line %d>", co->name,
                              (void *)o, co->filename, co->firstlineno);
}

static KrObject *get_code_bytes(KrObject *o, void *c)
{
    KrCode *co = (KrCode *)o;
    KrObject *b = kr_bytes_new(co->ncodeunits * 2);
    if (b == NULL)
        return NULL;
    unsigned char *p = (unsigned char *)KR_BYTES_DATA(b);
    for (Kr_ssize_t i = 0; i < co->ncodeunits; i++) {
        p[2 * i] = (unsigned char)KR_UNIT_OP(co->code[i]);
        p[2 * i + 1] = (unsigned char)KR_UNIT_ARG(co->code[i]);
    }
    return b;
}

static KrObject *get_nlocalsplus(KrObject *o, void *c)
{
    return kr_int_from_i64(((KrCode *)o)->nlocalsplus);
}

/* co_exceptiontable is exposed decoded, as a tuple of
 * (start, end, target, depth, lasti) tuples in code units. */
static KrObject *get_exctable(KrObject *o, void *c)
{
    KrCode *co = (KrCode *)o;
    KrObject *t = kr_tuple_new(co->nexctable);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < co->nexctable; i++) {
        KrExcEntry *e = &co->exctable[i];
        KrObject *v[5] = { kr_int_from_i64(e->start), kr_int_from_i64(e->end),
                           kr_int_from_i64(e->target), kr_int_from_i64(e->depth),
                           kr_bool_from(e->lasti) };
        KrObject *item = kr_tuple_from_array(v, 5);
        for (int k = 0; k < 5; k++)
            kr_xdecref(v[k]);
        if (item == NULL) {
            kr_decref(t);
            return NULL;
        }
        KR_TUPLE_SET(t, i, item);
    }
    return t;
}

static KrObject *int_or_none(int v)
{
    return v < 0 ? kr_newref(kr_None) : kr_int_from_i64(v);
}

/* co_lines(): (start_byte, end_byte, line) for runs of units on one line. */
static KrObject *code_co_lines(KrObject *o)
{
    KrCode *co = (KrCode *)o;
    KrObject *list = kr_list_new(0);
    if (list == NULL)
        return NULL;
    Kr_ssize_t start = 0;
    while (start < co->ncodeunits) {
        int line = co->positions[start].line;
        Kr_ssize_t end = start + 1;
        while (end < co->ncodeunits && co->positions[end].line == line)
            end++;
        KrObject *a = kr_int_from_ssize(start * 2), *b = kr_int_from_ssize(end * 2);
        KrObject *l = int_or_none(line);
        KrObject *item = (a && b && l) ? kr_tuple_pack(3, a, b, l) : NULL;
        kr_xdecref(a);
        kr_xdecref(b);
        kr_xdecref(l);
        if (item == NULL || kr_list_append(list, item) < 0) {
            kr_xdecref(item);
            kr_decref(list);
            return NULL;
        }
        kr_decref(item);
        start = end;
    }
    KrObject *it = kr_object_get_iter(list);
    kr_decref(list);
    return it;
}

static KrObject *code_co_positions(KrObject *o)
{
    KrCode *co = (KrCode *)o;
    KrObject *list = kr_list_new(0);
    if (list == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < co->ncodeunits; i++) {
        KrCodePos *p = &co->positions[i];
        KrObject *v[4] = { int_or_none(p->line), int_or_none(p->end_line),
                           int_or_none(p->col), int_or_none(p->end_col) };
        KrObject *item = (v[0] && v[1] && v[2] && v[3]) ? kr_tuple_from_array(v, 4) : NULL;
        for (int k = 0; k < 4; k++)
            kr_xdecref(v[k]);
        if (item == NULL || kr_list_append(list, item) < 0) {
            kr_xdecref(item);
            kr_decref(list);
            return NULL;
        }
        kr_decref(item);
    }
    KrObject *it = kr_object_get_iter(list);
    kr_decref(list);
    return it;
}

static int replace_int(KrObject *v, int *out, const char *name)
{
    if (v == NULL)
        return 0;
    if (!KR_INT_CHECK(v)) {
        kr_err_format(&kr_exc_TypeError, "replace() argument '%s' must be int, not %s", name,
                      kr_type_name(KR_TYPE(v)));
        return -1;
    }
    Kr_ssize_t x = kr_int_as_ssize(v);
    if (x == -1 && kr_err_occurred())
        return -1;
    *out = (int)x;
    return 0;
}

static int replace_obj(KrObject *v, KrObject **out, int want_tuple, const char *name)
{
    if (v == NULL)
        return 0;
    if (want_tuple ? !KR_TUPLE_CHECK(v) : !KR_STR_CHECK(v)) {
        kr_err_format(&kr_exc_TypeError, "replace() argument '%s' must be %s, not %s", name,
                      want_tuple ? "tuple" : "str", kr_type_name(KR_TYPE(v)));
        return -1;
    }
    *out = v;
    return 0;
}

/* code.replace(**changes): a copy with some fields changed.  co_code keeps
 * the positions when its length is unchanged. */
static KrObject *code_replace(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    static const char *const names[] = {
        "$co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
        "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names",
        "co_varnames", "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname",
        "co_linetable", "co_exceptiontable", NULL
    };
    KrObject *a[18] = { NULL };
    if (kr_parse_args("replace", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    KrCode *co = (KrCode *)self;
    int argcount = co->argcount, posonly = co->posonlyargcount, kwonly = co->kwonlyargcount;
    int nlocals = co->nlocals, stacksize = co->stacksize, flags = co->flags;
    int firstlineno = co->firstlineno;
    KrObject *consts = co->consts, *cnames = co->names, *varnames = co->varnames;
    KrObject *freevars = co->freevars, *cellvars = co->cellvars;
    KrObject *filename = co->filename, *name = co->name, *qualname = co->qualname;
    if (replace_int(a[0], &argcount, "co_argcount") < 0 ||
        replace_int(a[1], &posonly, "co_posonlyargcount") < 0 ||
        replace_int(a[2], &kwonly, "co_kwonlyargcount") < 0 ||
        replace_int(a[3], &nlocals, "co_nlocals") < 0 ||
        replace_int(a[4], &stacksize, "co_stacksize") < 0 ||
        replace_int(a[5], &flags, "co_flags") < 0 ||
        replace_int(a[6], &firstlineno, "co_firstlineno") < 0 ||
        replace_obj(a[8], &consts, 1, "co_consts") < 0 ||
        replace_obj(a[9], &cnames, 1, "co_names") < 0 ||
        replace_obj(a[10], &varnames, 1, "co_varnames") < 0 ||
        replace_obj(a[11], &freevars, 1, "co_freevars") < 0 ||
        replace_obj(a[12], &cellvars, 1, "co_cellvars") < 0 ||
        replace_obj(a[13], &filename, 0, "co_filename") < 0 ||
        replace_obj(a[14], &name, 0, "co_name") < 0 ||
        replace_obj(a[15], &qualname, 0, "co_qualname") < 0)
        return NULL;
    const KrCodeUnit *units = co->code;
    Kr_ssize_t n = co->ncodeunits;
    KrCodeUnit *buf = NULL;
    const KrCodePos *positions = co->positions;
    if (a[7] != NULL) {
        if (!KR_BYTES_CHECK(a[7]) || KR_SIZE(a[7]) % 2 != 0)
            return kr_err_format(&kr_exc_ValueError,
                                 "code: co_code is malformed");
        n = KR_SIZE(a[7]) / 2;
        buf = kr_mem_alloc(sizeof(KrCodeUnit) * (size_t)(n ? n : 1));
        if (buf == NULL)
            return kr_err_no_memory();
        const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(a[7]);
        for (Kr_ssize_t i = 0; i < n; i++)
            buf[i] = KR_UNIT(p[2 * i], p[2 * i + 1]);
        units = buf;
        if (n != co->ncodeunits)
            positions = NULL;
    }
    KrObject *r = kr_code_new(argcount, posonly, kwonly, stacksize, flags, firstlineno, units, n,
                              consts, cnames, varnames, cellvars, freevars, filename, name,
                              qualname, positions, co->exctable, co->nexctable);
    kr_mem_free(buf);
    return r;
}

static const KrMethodDef code_methods[] = {
    KR_METHOD_NOARGS("co_lines", code_co_lines),
    KR_METHOD_NOARGS("co_positions", code_co_positions),
    KR_METHOD_FASTKW("replace", code_replace),
    KR_METHOD_END,
};

#define CO_OFF(f) offsetof(KrCode, f)
static const KrMemberDef code_members[] = {
    { "co_argcount", KR_T_INT, CO_OFF(argcount), KR_READONLY, NULL },
    { "co_posonlyargcount", KR_T_INT, CO_OFF(posonlyargcount), KR_READONLY, NULL },
    { "co_kwonlyargcount", KR_T_INT, CO_OFF(kwonlyargcount), KR_READONLY, NULL },
    { "co_nlocals", KR_T_INT, CO_OFF(nlocals), KR_READONLY, NULL },
    { "co_stacksize", KR_T_INT, CO_OFF(stacksize), KR_READONLY, NULL },
    { "co_firstlineno", KR_T_INT, CO_OFF(firstlineno), KR_READONLY, NULL },
    { "co_consts", KR_T_OBJECT, CO_OFF(consts), KR_READONLY, NULL },
    { "co_names", KR_T_OBJECT, CO_OFF(names), KR_READONLY, NULL },
    { "co_varnames", KR_T_OBJECT, CO_OFF(varnames), KR_READONLY, NULL },
    { "co_cellvars", KR_T_OBJECT, CO_OFF(cellvars), KR_READONLY, NULL },
    { "co_freevars", KR_T_OBJECT, CO_OFF(freevars), KR_READONLY, NULL },
    { "co_filename", KR_T_OBJECT, CO_OFF(filename), KR_READONLY, NULL },
    { "co_name", KR_T_OBJECT, CO_OFF(name), KR_READONLY, NULL },
    { "co_qualname", KR_T_OBJECT, CO_OFF(qualname), KR_READONLY, NULL },
    { "_co_ncalls", KR_T_UINT32, CO_OFF(ncalls), KR_READONLY, NULL },
    { "_co_nbackedges", KR_T_UINT32, CO_OFF(nbackedges), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

/* co_flags without KR_CO_NOFREE: krait keeps that bit as an internal
 * fast-path hint, but CPython 3.11 no longer reports it. */
static KrObject *get_flags(KrObject *o, void *c)
{
    return kr_int_from_i64(((KrCode *)o)->flags & ~KR_CO_NOFREE);
}

static const KrGetSetDef code_getset[] = {
    { "co_flags", get_flags, NULL, NULL, NULL },
    { "co_code", get_code_bytes, NULL, NULL, NULL },
    { "_co_code_adaptive", get_code_bytes, NULL, NULL, NULL },
    { "_co_nlocalsplus", get_nlocalsplus, NULL, NULL, NULL },
    { "co_exceptiontable", get_exctable, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrType kr_code_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "code",
    .basicsize = sizeof(KrCode),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .methods = code_methods,
    .members = code_members,
    .getset = code_getset,
    .weaklistoffset = offsetof(KrCode, weakreflist),
};
