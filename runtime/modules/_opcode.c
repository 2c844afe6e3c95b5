/*
 * _opcode.c -- exposes runtime/opcodes.h's one instruction list to Python.
 *
 * lib/opcode.py and lib/dis.py derive everything (opname, opmap, the
 * has* lists, cache sizes) from these tables, so the Python view of the
 * bytecode can never drift from what the compiler emits and the
 * interpreter executes:
 *
 *   names        tuple of instruction names indexed by opcode
 *   cache        tuple: inline CACHE units following each instruction
 *   argkind      tuple: KR_ARG_* kind of each instruction's argument
 *   ARG_NONE ... the argument kind constants
 *   binops       tuple of (name, symbol) of BINARY_OP's arguments (KR_NB_*)
 *   stack_effect(opcode, oparg=None, *, jump=None)
 */
#include "krait.h"
#include "opcodes.h"

static KrObject *op_stack_effect(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                                 KrObject *kwnames)
{
    static const char *const names[] = { "opcode", "oparg", "$jump", NULL };
    KrObject *a[3];
    if (kr_parse_args("stack_effect", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    Kr_ssize_t op = kr_number_as_ssize(a[0], &kr_exc_OverflowError);
    if (op == -1 && kr_err_occurred())
        return NULL;
    if (op < 0 || op >= KR_OP_COUNT || op == KR_OP_CACHE)
        return kr_err_format(&kr_exc_ValueError, "invalid opcode or oparg");
    int oparg = 0;
    if (a[1] && a[1] != kr_None) {
        Kr_ssize_t v = kr_number_as_ssize(a[1], &kr_exc_OverflowError);
        if (v == -1 && kr_err_occurred())
            return NULL;
        oparg = (int)v;
    }
    int jump = a[2] && a[2] != kr_None ? kr_object_is_true(a[2]) : 0;
    if (jump < 0)
        return NULL;
    int e = kr_opcode_stack_effect((int)op, oparg, jump);
    if (a[2] == NULL || a[2] == kr_None) {
        int e2 = kr_opcode_stack_effect((int)op, oparg, 1);
        if (e2 > e)
            e = e2;
    }
    return kr_int_from_i64(e);
}

static const KrMethodDef opcode_functions[] = {
    KR_METHOD_FASTKW("stack_effect", op_stack_effect),
    KR_METHOD_END,
};

static KrObject *byte_tuple(const unsigned char *v)
{
    KrObject *t = kr_tuple_new(KR_OP_COUNT);
    for (int i = 0; t && i < KR_OP_COUNT; i++) {
        KrObject *x = kr_int_from_i64(v[i]);
        if (x == NULL) {
            kr_decref(t);
            return NULL;
        }
        KR_TUPLE_ITEMS(t)[i] = x;
    }
    return t;
}

KrObject *kr_opcode_module_init(void)
{
    KrObject *m = kr_module_new("_opcode");
    if (m == NULL)
        return NULL;
    KrObject *names = kr_tuple_new(KR_OP_COUNT);
    for (int i = 0; names && i < KR_OP_COUNT; i++) {
        KrObject *s = kr_str_from_cstr(kr_opcode_names[i]);
        if (s == NULL)
            KR_CLEAR(names);
        else
            KR_TUPLE_ITEMS(names)[i] = s;
    }
    KrObject *cache = byte_tuple(kr_opcode_cache);
    KrObject *kinds = byte_tuple(kr_opcode_argkind);
    int bad = names == NULL || cache == NULL || kinds == NULL ||
              kr_module_add_object(m, "names", names) < 0 ||
              kr_module_add_object(m, "cache", cache) < 0 ||
              kr_module_add_object(m, "argkind", kinds) < 0 ||
              kr_module_add_functions(m, opcode_functions) < 0;
    kr_xdecref(names);
    kr_xdecref(cache);
    kr_xdecref(kinds);
#define K(n) if (!bad && kr_module_add_int(m, "ARG_" #n, KR_ARG_##n) < 0) bad = 1;
    K(NONE) K(NUM) K(CONST) K(LOCAL) K(NAME) K(GLOBAL) K(FREE) K(JREL) K(JBACK)
    K(BINOP) K(COMPARE) K(FORMAT)
#undef K
    /* BINARY_OP's argument names, in KR_NB_* order (CPython's _nb_ops) */
    static const char *const nb[][2] = {
#define X(name, sym, field) { "NB_" #name, sym },
        KR_BINOPS(X)
#undef X
    };
    int nnb = (int)(sizeof nb / sizeof nb[0]);
    KrObject *ops = bad ? NULL : kr_tuple_new(nnb);
    for (int i = 0; ops && i < nnb; i++) {
        KrObject *a = kr_str_from_cstr(nb[i][0]), *b = kr_str_from_cstr(nb[i][1]);
        KrObject *pair = a && b ? kr_tuple_pack(2, a, b) : NULL;
        kr_xdecref(a);
        kr_xdecref(b);
        if (pair == NULL)
            KR_CLEAR(ops);
        else
            KR_TUPLE_ITEMS(ops)[i] = pair;
    }
    if (ops == NULL || kr_module_add_object(m, "binops", ops) < 0)
        bad = 1;
    kr_xdecref(ops);
    if (bad) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
