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

static const KrMethodDef code_methods[] = {
    KR_METHOD_NOARGS("co_lines", code_co_lines),
    KR_METHOD_NOARGS("co_positions", code_co_positions),
    KR_METHOD_END,
};

#define CO_OFF(f) offsetof(KrCode, f)
static const KrMemberDef code_members[] = {
    { "co_argcount", KR_T_INT, CO_OFF(argcount), KR_READONLY, NULL },
    { "co_posonlyargcount", KR_T_INT, CO_OFF(posonlyargcount), KR_READONLY, NULL },
    { "co_kwonlyargcount", KR_T_INT, CO_OFF(kwonlyargcount), KR_READONLY, NULL },
    { "co_nlocals", KR_T_INT, CO_OFF(nlocals), KR_READONLY, NULL },
    { "co_stacksize", KR_T_INT, CO_OFF(stacksize), KR_READONLY, NULL },
    { "co_flags", KR_T_INT, CO_OFF(flags), KR_READONLY, NULL },
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

static const KrGetSetDef code_getset[] = {
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
