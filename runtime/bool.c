/*
 * bool.c -- the bool type: a subclass of int with exactly two instances.
 *
 * True and False are statically allocated KrInts (small 1 and 0) whose
 * type is kr_bool_type, so every int operation accepts them unchanged
 * through KR_TPFLAGS_INT_SUBCLASS and returns plain ints.  Only &, | and ^
 * of two bools stay bools; repr is 'True'/'False'.  bool cannot be
 * subclassed (no BASETYPE flag: the class machinery raises "type 'bool' is
 * not an acceptable base type").
 */
#include "krait.h"
#include "int.h"

KrInt kr_true_struct = { KR_STATIC_HEAD(&kr_bool_type), 1, NULL };
KrInt kr_false_struct = { KR_STATIC_HEAD(&kr_bool_type), 0, NULL };

static KrObject *bool_repr(KrObject *o)
{
    return kr_str_from_cstr(((KrInt *)o)->small ? "True" : "False");
}

static KrObject *bool_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames)
{
    if (kr_check_no_kwargs("bool", kwnames) < 0)
        return NULL;
    if (nargs > 1) {
        kr_err_format(&kr_exc_TypeError, "bool expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    if (nargs == 0)
        KR_RETURN_FALSE;
    int t = kr_object_is_true(args[0]);
    if (t < 0)
        return NULL;
    return kr_bool_from(t);
}

#define BOOL_BITOP(name, op, intslot)                                     \
    static KrObject *name(KrObject *a, KrObject *b)                       \
    {                                                                     \
        if (KR_BOOL_CHECK(a) && KR_BOOL_CHECK(b))                         \
            return kr_bool_from((((KrInt *)a)->small op((KrInt *)b)->small) != 0); \
        return intslot(a, b);                                             \
    }
BOOL_BITOP(bool_and, &, kr_int_nb_and)
BOOL_BITOP(bool_or, |, kr_int_nb_or)
BOOL_BITOP(bool_xor, ^, kr_int_nb_xor)

/* A copy of int's table with the three bit operations replaced, made at
 * load time (a static initializer cannot copy another table). */
static KrNumberMethods bool_as_number;

KrType kr_bool_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "bool",
    .basicsize = sizeof(KrInt),
    .flags = KR_TPFLAGS_INT_SUBCLASS | KR_TPFLAGS_IMMUTABLE,
    .repr = bool_repr,
    .hash = kr_int_hash,
    .richcompare = kr_int_richcompare,
    .as_number = &bool_as_number,
    .new_ = bool_new,
    .base = &kr_int_type,
    .doc = "bool(x) -> bool\n\n"
           "Returns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
};

__attribute__((constructor)) static void bool_init_slots(void)
{
    bool_as_number = kr_int_as_number;
    bool_as_number.and_ = bool_and;
    bool_as_number.or_ = bool_or;
    bool_as_number.xor_ = bool_xor;
}
