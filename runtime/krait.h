/*
 * krait.h -- the runtime's one public header.
 *
 * Everything outside runtime/ (frontend/, jit/, tests/, runtime/modules/)
 * includes only this file.  It defines the object header, the type object
 * with its C slots, reference counting, the error convention, the thread and
 * interpreter state, and the C API of every built-in type.
 *
 * Conventions (read these before writing runtime code):
 *
 *  - Every object starts with KrObject { refcnt, type }.  Variable-size
 *    objects start with KrVarObject, which adds `size`.
 *  - A function returning KrObject* returns a NEW reference unless its
 *    comment says "borrowed".  Arguments are borrowed unless the comment says
 *    "steals".
 *  - Errors: a failing function sets the current exception on the thread
 *    state (kr_err_*) and returns NULL (pointer results) or -1 (int results).
 *    C code never prints, aborts or exits on a user error.
 *  - Calls use one convention everywhere (the "vectorcall" shape):
 *        f(callable, args, nargs, kwnames)
 *    args[0..nargs) are the positional arguments; if kwnames (a tuple of
 *    str) is not NULL, the keyword values follow at args[nargs..nargs+nkw).
 *  - iternext returns NULL with no exception set when the iterator is
 *    exhausted (StopIteration is only materialised at the Python boundary).
 *  - Names: kr_<unit>_<verb> for extern functions, KR_ for macros, Kr for
 *    types.  Statics are short and unprefixed.
 */
#ifndef KRAIT_H
#define KRAIT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "config.h"

typedef ptrdiff_t Kr_ssize_t;
typedef int64_t Kr_hash_t;          /* -1 is reserved for "error" */
typedef uint64_t Kr_uhash_t;

#define KR_SSIZE_T_MAX PTRDIFF_MAX
#define KR_SSIZE_T_MIN PTRDIFF_MIN

#if defined(__GNUC__)
#define KR_LIKELY(x) __builtin_expect(!!(x), 1)
#define KR_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define KR_NORETURN __attribute__((noreturn))
#define KR_UNUSED __attribute__((unused))
#define KR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define KR_LIKELY(x) (x)
#define KR_UNLIKELY(x) (x)
#define KR_NORETURN
#define KR_UNUSED
#define KR_PRINTF(a, b)
#endif

/* ====================================================================== */
/* Object header and reference counting                                   */
/* ====================================================================== */

typedef struct KrType KrType;

typedef struct KrObject {
    Kr_ssize_t refcnt;
    KrType *type;
} KrObject;

typedef struct KrVarObject {
    KrObject ob;
    Kr_ssize_t size;            /* number of items (len for list/tuple/str) */
} KrVarObject;

#define KR_OBJ(o) ((KrObject *)(o))
#define KR_TYPE(o) (((KrObject *)(o))->type)
#define KR_SIZE(o) (((KrVarObject *)(o))->size)
#define KR_REFCNT(o) (((KrObject *)(o))->refcnt)
#define KR_IS_TYPE(o, t) (KR_TYPE(o) == (t))

/* Statically allocated objects (types, None, small ints, ...) start with a
 * refcount this large so they are never freed; it is an ordinary count,
 * only too large to ever reach zero. */
#define KR_IMMORTAL_REFCNT ((Kr_ssize_t)1 << 60)
#define KR_STATIC_HEAD(type) { KR_IMMORTAL_REFCNT, (type) }
#define KR_STATIC_VARHEAD(type, size) { KR_STATIC_HEAD(type), (size) }

/* Frees an object whose count reached zero: calls type->dealloc. */
void kr_object_dealloc(KrObject *o);

/* Debug builds keep the total of all reference counts (-X showrefcount),
 * as CPython's debug build does; release builds pay nothing. */
#if KR_DEBUG
extern Kr_ssize_t kr_ref_total;
#define KR_REFTOTAL_INC() (kr_ref_total++)
#define KR_REFTOTAL_DEC() (kr_ref_total--)
#else
#define KR_REFTOTAL_INC() ((void)0)
#define KR_REFTOTAL_DEC() ((void)0)
#endif

/* Inline so the interpreter and the JIT emit the same sequence. */
static inline void kr_incref(KrObject *o) { KR_REFTOTAL_INC(); o->refcnt++; }
static inline void kr_decref(KrObject *o)
{
    KR_REFTOTAL_DEC();
    if (--o->refcnt == 0)
        kr_object_dealloc(o);
}
static inline void kr_xincref(KrObject *o) { if (o) kr_incref(o); }
static inline void kr_xdecref(KrObject *o) { if (o) kr_decref(o); }
static inline KrObject *kr_newref(KrObject *o) { kr_incref(o); return o; }
static inline KrObject *kr_xnewref(KrObject *o) { if (o) kr_incref(o); return o; }

#define KR_INCREF(o) kr_incref(KR_OBJ(o))
#define KR_DECREF(o) kr_decref(KR_OBJ(o))
#define KR_XINCREF(o) kr_xincref(KR_OBJ(o))
#define KR_XDECREF(o) kr_xdecref(KR_OBJ(o))
#define KR_NEWREF(o) kr_newref(KR_OBJ(o))
#define KR_XNEWREF(o) kr_xnewref(KR_OBJ(o))
/* Clear a field before dropping the reference, so a destructor that
 * re-enters never sees a dangling pointer. */
#define KR_CLEAR(field)                                                   \
    do {                                                                  \
        KrObject *tmp_ = KR_OBJ(field);                                   \
        if (tmp_) { (field) = NULL; kr_decref(tmp_); }                    \
    } while (0)
/* Replace field with a new (stolen) reference, dropping the old one last. */
#define KR_SETREF(field, value)                                           \
    do {                                                                  \
        KrObject *old_ = KR_OBJ(field);                                   \
        (field) = (value);                                                \
        kr_xdecref(old_);                                                 \
    } while (0)

/* ====================================================================== */
/* Slots                                                                  */
/* ====================================================================== */

typedef void (*kr_destructor)(KrObject *);
typedef KrObject *(*kr_unaryfunc)(KrObject *);
typedef KrObject *(*kr_binaryfunc)(KrObject *, KrObject *);
typedef KrObject *(*kr_ternaryfunc)(KrObject *, KrObject *, KrObject *);
typedef int (*kr_inquiry)(KrObject *);
typedef Kr_ssize_t (*kr_lenfunc)(KrObject *);
typedef KrObject *(*kr_ssizeargfunc)(KrObject *, Kr_ssize_t);
typedef int (*kr_ssizeobjargproc)(KrObject *, Kr_ssize_t, KrObject *);
typedef int (*kr_objobjproc)(KrObject *, KrObject *);
/* value == NULL means delete */
typedef int (*kr_objobjargproc)(KrObject *, KrObject *, KrObject *);
typedef Kr_hash_t (*kr_hashfunc)(KrObject *);
/* op is one of KR_LT..KR_GE; may return kr_NotImplemented (new ref) */
typedef KrObject *(*kr_richcmpfunc)(KrObject *, KrObject *, int op);
typedef KrObject *(*kr_getattrofunc)(KrObject *, KrObject *name);
/* value == NULL means delete */
typedef int (*kr_setattrofunc)(KrObject *, KrObject *name, KrObject *value);
/* obj may be NULL (looked up on the class); type may be NULL */
typedef KrObject *(*kr_descrgetfunc)(KrObject *descr, KrObject *obj, KrObject *type);
/* value == NULL means delete */
typedef int (*kr_descrsetfunc)(KrObject *descr, KrObject *obj, KrObject *value);
typedef KrObject *(*kr_vectorcallfunc)(KrObject *callable, KrObject *const *args,
                                      Kr_ssize_t nargs, KrObject *kwnames);
typedef KrObject *(*kr_newfunc)(KrType *type, KrObject *const *args,
                               Kr_ssize_t nargs, KrObject *kwnames);
typedef int (*kr_initproc)(KrObject *self, KrObject *const *args,
                           Kr_ssize_t nargs, KrObject *kwnames);
typedef int (*kr_visitproc)(KrObject *, void *arg);
typedef int (*kr_traverseproc)(KrObject *, kr_visitproc, void *arg);

/* Rich comparison operators: the same numbering as CPython's COMPARE_OP. */
enum { KR_LT = 0, KR_LE = 1, KR_EQ = 2, KR_NE = 3, KR_GT = 4, KR_GE = 5 };

/* Binary operators: BINARY_OP's argument, numbered as CPython 3.11 so that
 * dis prints the same names.  KR_NB_INPLACE_X == KR_NB_X + KR_NB_INPLACE. */
#define KR_BINOPS(X)                                                      \
    X(ADD, "+", add)                                                      \
    X(AND, "&", and_)                                                     \
    X(FLOOR_DIVIDE, "//", floor_divide)                                   \
    X(LSHIFT, "<<", lshift)                                               \
    X(MATRIX_MULTIPLY, "@", matrix_multiply)                              \
    X(MULTIPLY, "*", multiply)                                            \
    X(REMAINDER, "%", remainder)                                          \
    X(OR, "|", or_)                                                       \
    X(POWER, "**", power)                                                 \
    X(RSHIFT, ">>", rshift)                                               \
    X(SUBTRACT, "-", subtract)                                            \
    X(TRUE_DIVIDE, "/", true_divide)                                      \
    X(XOR, "^", xor_)
enum {
#define X(name, sym, field) KR_NB_##name,
    KR_BINOPS(X)
#undef X
    KR_NB_INPLACE = 13,
#define X(name, sym, field) KR_NB_INPLACE_##name = KR_NB_##name + 13,
    KR_BINOPS(X)
#undef X
    KR_NB_COUNT = 26
};

/* Number protocol.  Binary slots receive (a, b) where either one is an
 * instance of the type, and return kr_NotImplemented when they cannot
 * handle the other operand.  power's third argument is kr_None when absent.
 * The binary fields are laid out in KR_BINOPS order (indexable by NB code
 * through kr_number_slot()), then the in-place ones in the same order. */
typedef struct KrNumberMethods {
    kr_binaryfunc add, and_, floor_divide, lshift, matrix_multiply, multiply,
        remainder, or_;
    kr_ternaryfunc power;
    kr_binaryfunc rshift, subtract, true_divide, xor_;
    kr_binaryfunc inplace_add, inplace_and_, inplace_floor_divide,
        inplace_lshift, inplace_matrix_multiply, inplace_multiply,
        inplace_remainder, inplace_or_;
    kr_ternaryfunc inplace_power;
    kr_binaryfunc inplace_rshift, inplace_subtract, inplace_true_divide,
        inplace_xor_;
    kr_binaryfunc divmod;
    kr_unaryfunc negative, positive, absolute, invert;
    kr_inquiry bool_;             /* 1 true, 0 false, -1 error */
    kr_unaryfunc int_, float_, index;
} KrNumberMethods;

typedef struct KrSequenceMethods {
    kr_lenfunc length;
    kr_binaryfunc concat;         /* seq + seq (type errors are the slot's) */
    kr_ssizeargfunc repeat;       /* seq * n */
    kr_ssizeargfunc item;         /* seq[i], i already made non-negative */
    kr_ssizeobjargproc ass_item;
    kr_objobjproc contains;       /* 1, 0, -1 */
    kr_binaryfunc inplace_concat;
    kr_ssizeargfunc inplace_repeat;
} KrSequenceMethods;

typedef struct KrMappingMethods {
    kr_lenfunc length;
    kr_binaryfunc subscript;      /* o[key], key may be a slice */
    kr_objobjargproc ass_subscript;
} KrMappingMethods;

/* ---- Method, member and getset tables for C types ---- */

enum {
    KR_METH_NOARGS = 0x01,   /* fn.noargs(self) */
    KR_METH_O = 0x02,        /* fn.o(self, arg) */
    KR_METH_FAST = 0x04,     /* fn.fast(self, args, nargs) */
    KR_METH_FASTKW = 0x08,   /* fn.fastkw(self, args, nargs, kwnames) */
    KR_METH_CLASS = 0x10,    /* self is the class (classmethod) */
    KR_METH_STATIC = 0x20,   /* self is NULL (staticmethod) */
};

typedef struct KrMethodDef {
    const char *name;
    union {
        KrObject *(*noargs)(KrObject *self);
        KrObject *(*o)(KrObject *self, KrObject *arg);
        KrObject *(*fast)(KrObject *self, KrObject *const *args, Kr_ssize_t nargs);
        KrObject *(*fastkw)(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                            KrObject *kwnames);
    } fn;
    int flags;
    const char *doc;
} KrMethodDef;

#define KR_METHOD_NOARGS(name, f) { name, { .noargs = f }, KR_METH_NOARGS, NULL }
#define KR_METHOD_O(name, f) { name, { .o = f }, KR_METH_O, NULL }
#define KR_METHOD_FAST(name, f) { name, { .fast = f }, KR_METH_FAST, NULL }
#define KR_METHOD_FASTKW(name, f) { name, { .fastkw = f }, KR_METH_FASTKW, NULL }
#define KR_METHOD_END { NULL, { NULL }, 0, NULL }

enum {                          /* KrMemberDef.kind */
    KR_T_OBJECT,                /* KrObject*, None when NULL */
    KR_T_OBJECT_EX,             /* KrObject*, AttributeError when NULL */
    KR_T_INT, KR_T_SSIZE, KR_T_BOOL /* char */, KR_T_DOUBLE, KR_T_UINT32,
};
#define KR_READONLY 1

typedef struct KrMemberDef {
    const char *name;
    int kind;
    Kr_ssize_t offset;
    int flags;
    const char *doc;
} KrMemberDef;

typedef KrObject *(*kr_getter)(KrObject *self, void *closure);
typedef int (*kr_setter)(KrObject *self, KrObject *value, void *closure); /* value NULL = del */
typedef struct KrGetSetDef {
    const char *name;
    kr_getter get;
    kr_setter set;
    const char *doc;
    void *closure;
} KrGetSetDef;

/* ====================================================================== */
/* Type objects                                                           */
/* ====================================================================== */

enum {
    KR_TPFLAGS_HEAPTYPE = 1u << 0,        /* defined by a class statement or type() */
    KR_TPFLAGS_BASETYPE = 1u << 1,        /* may be subclassed */
    KR_TPFLAGS_HAVE_GC = 1u << 2,         /* has a GC header, traverse/clear */
    KR_TPFLAGS_READY = 1u << 3,
    KR_TPFLAGS_READYING = 1u << 4,
    KR_TPFLAGS_IS_ABSTRACT = 1u << 5,
    KR_TPFLAGS_VALID_VERSION = 1u << 6,   /* version_tag is valid for the cache */
    KR_TPFLAGS_IMMUTABLE = 1u << 7,       /* attributes cannot be set on the type */
    KR_TPFLAGS_DISALLOW_INSTANTIATION = 1u << 8,
    /* Instances bind like functions: calling type(obj).attr(obj, *args) is
     * equivalent to obj.attr(*args), so LOAD_METHOD may skip the bound
     * method (Python functions, method descriptors). */
    KR_TPFLAGS_METHOD_DESCRIPTOR = 1u << 9,
    /* Instance attributes live in a values block with keys shared by the
     * class (instattrs.c); the dict slot may hold a tagged block. */
    KR_TPFLAGS_INLINE_VALUES = 1u << 10,
    /* fast subclass checks, inherited by subclasses */
    KR_TPFLAGS_INT_SUBCLASS = 1u << 20,
    KR_TPFLAGS_LIST_SUBCLASS = 1u << 21,
    KR_TPFLAGS_TUPLE_SUBCLASS = 1u << 22,
    KR_TPFLAGS_BYTES_SUBCLASS = 1u << 23,
    KR_TPFLAGS_STR_SUBCLASS = 1u << 24,
    KR_TPFLAGS_DICT_SUBCLASS = 1u << 25,
    KR_TPFLAGS_BASE_EXC_SUBCLASS = 1u << 26,
    KR_TPFLAGS_TYPE_SUBCLASS = 1u << 27,
};

struct KrType {
    KrVarObject ob;
    const char *name;               /* "int", "collections.OrderedDict" */
    Kr_ssize_t basicsize;           /* bytes of the fixed part, header included */
    Kr_ssize_t itemsize;            /* bytes per item of the variable part */
    uint32_t flags;
    kr_destructor dealloc;
    kr_unaryfunc repr;
    kr_unaryfunc str;
    kr_hashfunc hash;               /* NULL in a ready type = inherit; kr_hash_not_implemented = unhashable */
    kr_richcmpfunc richcompare;
    kr_getattrofunc getattro;
    kr_setattrofunc setattro;
    kr_descrgetfunc descr_get;
    kr_descrsetfunc descr_set;
    kr_vectorcallfunc call;         /* instances are callable */
    kr_unaryfunc iter;
    kr_unaryfunc iternext;
    KrNumberMethods *as_number;
    KrSequenceMethods *as_sequence;
    KrMappingMethods *as_mapping;
    kr_traverseproc traverse;
    kr_inquiry clear;
    kr_newfunc new_;                /* type(...) -> instance */
    kr_initproc init;
    kr_destructor finalize;         /* __del__ (PEP 442), called at most once */
    const KrMethodDef *methods;
    const KrMemberDef *members;
    const KrGetSetDef *getset;
    KrType *base;                   /* solid base (the C layout ancestor) */
    const char *doc;
    Kr_ssize_t dictoffset;          /* offset of the instance __dict__ pointer, 0 if none */
    Kr_ssize_t weaklistoffset;      /* offset of the weakref list head, 0 if none */

    /* Filled in by kr_type_ready. */
    KrObject *dict;                 /* the type's __dict__ (a dict) */
    KrObject *bases;                /* tuple */
    KrObject *mro;                  /* tuple */
    struct KrSubclasses *subclasses; /* direct subclasses (not owned), or NULL */
    uint32_t version_tag;           /* attribute-cache key; 0 = not valid */
    struct KrSharedKeys *shared_keys; /* KR_TPFLAGS_INLINE_VALUES: attribute names */
};

/* A class created by a class statement or type(name, bases, dict). */
typedef struct KrHeapType {
    KrType type;
    KrNumberMethods as_number;
    KrSequenceMethods as_sequence;
    KrMappingMethods as_mapping;
    KrObject *ht_name;              /* str */
    KrObject *ht_qualname;          /* str */
    KrObject *ht_slots;             /* tuple of slot names or NULL */
    KrObject *ht_module;            /* str or NULL */
    KrMemberDef *ht_members;        /* owned array for __slots__ */
    KrObject *ht_weaklist;          /* weak references to the class */
} KrHeapType;

#define KR_TYPE_HAS_FLAG(t, f) (((t)->flags & (f)) != 0)
#define KR_TYPE_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_TYPE_SUBCLASS)

/* Prepares a static type: inherits slots, builds mro, __dict__ with the
 * method/member/getset descriptors and slot wrappers.  0 or -1. */
int kr_type_ready(KrType *t);
/* MRO lookup without raising; borrowed; NULL if not found.  Cached by
 * (version_tag, name) when name is an interned str. */
KrObject *kr_type_lookup(KrType *t, KrObject *name);
/* 1 if a is b or a subclass of b (by MRO); never fails. */
int kr_type_is_subtype(KrType *a, KrType *b);
/* Generic allocation for t (same as kr_object_alloc): zeroed, header set;
 * GC types are returned untracked -- call kr_gc_track once initialised. */
KrObject *kr_type_generic_alloc(KrType *t, Kr_ssize_t nitems);
/* Bumps the version tag of t and its subclasses (called on __dict__ change). */
void kr_type_modified(KrType *t);
/* The short name for messages: "int", "MyClass". */
const char *kr_type_name(KrType *t);
/* The name CPython's messages show (tp_name): "collections.deque" for C
 * types outside builtins, the short name for classes. */
const char *kr_type_tpname(KrType *t);
/* type.__qualname__ as a new str. */
KrObject *kr_type_qualname(KrType *t);
/* type(name, bases, dict) and class statements. */
KrObject *kr_type_new_class(KrType *meta, KrObject *name, KrObject *bases,
                            KrObject *dict, KrObject *kwnames_dict);
/* Set once the core types are ready; before that, allocation does not
 * ready types lazily (readying allocates). */
extern int kr_types_bootstrapped;
/* CPython 3.11's "managed dict" layout rule, for __sizeof__/getsizeof. */
int kr_type_has_managed_dict(KrType *t);
Kr_ssize_t kr_type_reported_basicsize(KrType *t);
/* Hash slot for unhashable types: raises "unhashable type: 'X'". */
Kr_hash_t kr_hash_not_implemented(KrObject *o);

#define KR_SUBCLASS_CHECK(o, flag) KR_TYPE_HAS_FLAG(KR_TYPE(o), flag)

/* ====================================================================== */
/* Memory                                                                 */
/* ====================================================================== */

/* Raw memory: small sizes come from size-class pools (runtime/mem.c).
 * kr_mem_alloc returns NULL on failure without setting an exception;
 * callers raise with kr_err_no_memory(). */
void *kr_mem_alloc(size_t n);
void *kr_mem_calloc(size_t n);
void *kr_mem_realloc(void *p, size_t n);
void kr_mem_free(void *p);
/* Allocator counters, for -X showrefcount style reports and tests. */
typedef struct KrMemStats {
    size_t small_allocs, small_frees;   /* pool blocks */
    size_t large_allocs, large_frees;   /* blocks passed to malloc */
    size_t arenas;                      /* arenas currently mapped */
    size_t pages_in_use;                /* pool pages holding a size class */
    size_t bytes_in_use;                /* bytes of live pool blocks (class sizes) */
    int pools_enabled;                  /* 0 in AddressSanitizer builds: all malloc */
} KrMemStats;
void kr_mem_stats(KrMemStats *out);

/* Objects of GC types carry this header just before the KrObject.  The
 * cycle collector links tracked objects into per-generation lists. */
typedef struct KrGCHead {
    struct KrGCHead *next;
    struct KrGCHead *prev;          /* NULL when untracked */
    Kr_ssize_t gc_refs;             /* collector scratch; flags in low bits */
} KrGCHead;
#define KR_GC_HEAD(o) (((KrGCHead *)(o)) - 1)
#define KR_GC_FINALIZED 1           /* gc_refs flag: __del__ already ran (PEP 442) */
#define KR_GC_OBJ(g) ((KrObject *)(((KrGCHead *)(g)) + 1))
/* Whether o carries a GC header.  Type objects are GC objects except the
 * statically allocated ones, which have no header. */
static inline int kr_is_gc(KrObject *o)
{
    KrType *t = o->type;
    if (!(t->flags & KR_TPFLAGS_HAVE_GC))
        return 0;
    if (t->flags & KR_TPFLAGS_TYPE_SUBCLASS)
        return (((KrType *)o)->flags & KR_TPFLAGS_HEAPTYPE) != 0;
    return 1;
}
#define KR_IS_GC(o) kr_is_gc(KR_OBJ(o))

/* Allocate an object of type t (basicsize + nitems*itemsize bytes),
 * zero-filled, refcnt 1, type set (and the type increfed when it is a heap
 * type).  Sets MemoryError and returns NULL on failure.  GC types get the
 * header and are returned untracked. */
KrObject *kr_object_alloc(KrType *t, Kr_ssize_t nitems);
/* Releases the memory of an object allocated by kr_object_alloc (does not
 * touch references it holds; dealloc slots call this last). */
void kr_object_free(KrObject *o);
void kr_gc_track(KrObject *o);
void kr_gc_untrack(KrObject *o);
int kr_gc_is_tracked(KrObject *o);
/* Debug builds account for every live object (gc.c): how many exist with a
 * nonzero count (-1 in release builds), each of them in turn (fn must not
 * allocate or free), and a hook for code that reallocates an object. */
Kr_ssize_t kr_gc_live_objects(void);
int kr_gc_for_each_live(int (*fn)(KrObject *o, void *arg), void *arg);
void kr_gc_object_moved(KrObject *from, KrObject *to);

/* ====================================================================== */
/* Errors                                                                 */
/* ====================================================================== */

/* Raise exc_type with value: NULL (no args), a tuple of args, an exception
 * instance, or any other object (the single argument). */
void kr_err_set(KrType *exc_type, KrObject *value);
void kr_err_set_string(KrType *exc_type, const char *msg);
/* Formats like printf plus %U (str object), %S (str(obj)), %R (repr(obj)),
 * %T (type name of obj), %N (name of a KrType*).  Always returns NULL. */
KrObject *kr_err_format(KrType *exc_type, const char *fmt, ...);
KrObject *kr_err_formatv(KrType *exc_type, const char *fmt, va_list ap);
KrObject *kr_err_no_memory(void);
/* Sets OSError subclass from errno, with optional filename object. */
KrObject *kr_err_from_errno(KrType *exc_type, KrObject *filename);
/* Current exception instance (borrowed) or NULL. */
KrObject *kr_err_occurred(void);
/* 1 if the current exception is an instance of exc (a type or tuple). */
int kr_err_matches(KrObject *exc);
int kr_err_matches_type(KrType *exc_type);
void kr_err_clear(void);
/* Takes the current exception (new reference) leaving none; NULL if none. */
KrObject *kr_err_fetch(void);
/* Makes exc (stolen, may be NULL) the current exception. */
void kr_err_restore(KrObject *exc);
/* Raise the exception instance or class `exc` as `raise exc` does. */
void kr_err_set_object(KrObject *exc);
/* "bad argument" style internal error. */
KrObject *kr_err_bad_internal_call(const char *where);
/* Reports the current exception as "Exception ignored in: <obj>" with a
 * traceback on stderr and clears it (errors in __del__, callbacks). */
void kr_unraisable(const char *msg, KrObject *obj);
/* Writes exc (instance) with its traceback and chain to sys.stderr the
 * way CPython's default excepthook does. */
void kr_err_print(KrObject *exc);

/* ====================================================================== */
/* Thread and interpreter state                                           */
/* ====================================================================== */

struct KrFrame;
struct KrCode;

typedef struct KrInterp KrInterp;

typedef struct KrThreadState {
    KrInterp *interp;
    KrObject *curexc;               /* the exception being raised, owned */
    KrObject *exc_info;             /* the exception being handled (sys.exc_info), owned */
    struct KrFrame *frame;          /* innermost Python frame */
    char *stack_base;               /* the contiguous frame stack */
    char *stack_top;
    char *stack_limit;
    int recursion_depth;            /* Python calls + C recursion guards */
    int recursion_headroom;         /* raised past the limit while reporting */
    int c_recursion_remaining;      /* C stack guard for deeply nested repr/eq */
    char *c_stack_limit;            /* lowest safe C stack address (the guard checks it) */
    volatile int eval_breaker;      /* signals, GIL drop requests */
    struct KrThreadState *next;
} KrThreadState;

/* Hooks the core calls into upper layers (installed by main). */
typedef struct KrHooks {
    /* compile(source, filename, mode, flags) -> code object or AST */
    KrObject *(*compile)(KrObject *source, KrObject *filename, const char *mode, int flags);
    /* import the module `name` with globals/fromlist/level semantics */
    KrObject *(*import)(KrObject *name, KrObject *globals, KrObject *fromlist, int level);
    /* a hot code object for the JIT; may be NULL */
    void (*jit_compile)(struct KrCode *code);
} KrHooks;

struct KrInterp {
    KrThreadState *threads;
    KrObject *modules;              /* sys.modules */
    KrObject *builtins;             /* the builtins module's dict */
    KrObject *sysdict;              /* the sys module's dict */
    KrObject *interned;             /* dict str -> str */
    KrObject *xoptions;             /* sys._xoptions dict */
    KrObject *argv;                 /* list */
    int recursion_limit;
    double switch_interval;
    uint8_t hash_secret[192];       /* XXH3 secret */
    uint64_t hash_seed;
    int hash_seed_set;
    uint32_t next_type_version;
    KrHooks hooks;
    int int_max_str_digits;         /* 4300 by default */
    void *gc;                       /* cycle collector state (gc.c) */
    void *type_cache;               /* attribute cache (type.c) */
    KrObject *main_module;
    int verbose;
    int unbuffered_stdio;           /* -u / PYTHONUNBUFFERED: write through */
};

/* The current thread state.  Swapped by the GIL when threads exist. */
extern KrThreadState *kr_tstate;
#define KR_TS() (kr_tstate)
#define KR_INTERP() (kr_tstate->interp)

/* The GIL (runtime/gil.c).  Release around blocking calls:
 *     KrThreadState *ts = kr_gil_release();  ...block...  kr_gil_acquire(ts);
 * No Python object may be touched between the two.  Both are no-ops until
 * a second thread has been started. */
KrThreadState *kr_gil_release(void);
void kr_gil_acquire(KrThreadState *ts);
void kr_gil_enable(void);
int kr_gil_enabled(void);
/* Lets a waiting thread run if it asked to (called at safe points). */
void kr_gil_yield_if_requested(void);
KrThreadState *kr_thread_state_new(KrInterp *interp);
void kr_thread_state_delete(KrThreadState *ts);

/* Runtime start-up and shutdown (runtime/lifecycle.c). */
int kr_runtime_init(int argc, char **argv);
void kr_runtime_fini(void);
/* Debug builds: the live objects that teardown should have freed, reported
 * to out (a FILE *, or NULL to only count); -1 in release builds.  After
 * kr_runtime_fini with -X leakcheck, kr_runtime_leaks() is what it found. */
Kr_ssize_t kr_runtime_find_leaks(void *out);
Kr_ssize_t kr_runtime_leaks(void);
/* C code that keeps objects in static variables for the life of the
 * process (a module's exception class, a cache) registers those n
 * variables once; teardown clears them after the modules, so that they
 * are not reported as leaks.  0, or -1 when out of memory (no error set). */
int kr_runtime_add_static_roots(KrObject **slots, Kr_ssize_t n);
/* Flushes sys.stdout and sys.stderr (before reading stdin, at exit). */
void kr_runtime_flush(void);
/* Writes text to sys.stderr, or the C stream if that fails. */
void kr_sys_write_stderr(const char *s);
/* Prints "Fatal Python error: msg" and aborts (internal invariants only). */
KR_NORETURN void kr_fatal(const char *msg);

/* Recursion guard for C code that may recurse without bound (repr, eq,
 * hashing nested containers).  kr_enter_recursive returns -1 with
 * RecursionError set past the limit; `where` ends the message, e.g.
 * " while getting the repr of an object". */
int kr_enter_recursive(const char *where);
void kr_leave_recursive(void);

/* 1 if the C stack is nearly exhausted (then raise RecursionError). */
static inline int kr_c_stack_low(void)
{
    char here;
    return (char *)&here < kr_tstate->c_stack_limit;
}

/* Checks for pending signals (KeyboardInterrupt); -1 if one was raised. */
int kr_check_signals(void);

/* ====================================================================== */
/* Generic object protocol (runtime/object.c, runtime/abstract.c)          */
/* ====================================================================== */

KrObject *kr_object_repr(KrObject *o);
KrObject *kr_object_str(KrObject *o);
KrObject *kr_object_ascii(KrObject *o);
Kr_hash_t kr_object_hash(KrObject *o);
/* May return any object (NotImplemented already resolved per the rules). */
KrObject *kr_object_richcompare(KrObject *a, KrObject *b, int op);
/* -1 error, else 0/1; identity implies equal for EQ and NE (as in
 * containers). */
int kr_object_richcompare_bool(KrObject *a, KrObject *b, int op);
/* Truth value: -1 error, 0, 1. */
int kr_object_is_true(KrObject *o);
int kr_object_not(KrObject *o);

KrObject *kr_object_getattr(KrObject *o, KrObject *name);
KrObject *kr_object_getattr_str(KrObject *o, const char *name);
/* Like getattr but AttributeError is not an error: returns 0 and *result
 * NULL when missing, 1 and a new reference when found, -1 on other errors. */
int kr_object_lookup_attr(KrObject *o, KrObject *name, KrObject **result);
/* For method calls without a bound-method object: returns 1 with
 * *method = an unbound callable (new ref) to call with obj prepended, 0 with
 * *method = the attribute itself (new ref), -1 on error (AttributeError). */
int kr_object_get_method(KrObject *obj, KrObject *name, KrObject **method);
int kr_object_setattr(KrObject *o, KrObject *name, KrObject *value);
int kr_object_setattr_str(KrObject *o, const char *name, KrObject *value);
int kr_object_delattr(KrObject *o, KrObject *name);
int kr_object_hasattr(KrObject *o, KrObject *name);   /* 0/1, -1 only on non-AttributeError */
/* object.__getattribute__ / __setattr__: the seed's lookup order. */
KrObject *kr_object_generic_getattr(KrObject *o, KrObject *name);
int kr_object_generic_setattr(KrObject *o, KrObject *name, KrObject *value);
/* Address of the instance __dict__ slot or NULL. */
KrObject **kr_object_dict_ptr(KrObject *o);
/* A fresh dict for an instance __dict__ slot (GC accounting as CPython's
 * inline attribute values; see gc.c). */
KrObject *kr_instance_dict_new(void);

/* Inline instance attributes (instattrs.c; the essay there explains the
 * layout).  The dict slot of a KR_TPFLAGS_INLINE_VALUES instance holds
 * NULL, a dict, or a KrInstValues block tagged with the low bit. */
#define KR_SHARED_KEYS_MAX 30
typedef struct KrSharedKeys {
    Kr_ssize_t n;                   /* names in use; only ever grows */
    int all_interned;
    KrObject *names[KR_SHARED_KEYS_MAX];   /* exact strs, strong */
} KrSharedKeys;
typedef struct KrInstValues {
    uint8_t cap;                    /* entries in values[] */
    uint8_t used;                   /* attributes present (order[] length) */
    uint8_t pad_[6];
    KrObject *values[];             /* by shared-key index; then uint8 order[cap] */
} KrInstValues;
#define KR_INST_TAGGED(w) (((uintptr_t)(w) & 1) != 0)
#define KR_INST_VALUES(w) ((KrInstValues *)((uintptr_t)(w) & ~(uintptr_t)1))
#define KR_INST_TAG(iv) ((KrObject *)((uintptr_t)(iv) | 1))
/* The raw dict slot (no materialisation); NULL if o has none. */
KrObject **kr_object_dict_slot(KrObject *o);
Kr_ssize_t kr_shared_keys_index(KrType *t, KrObject *name);   /* -1: absent */
/* Index of name, appending it (bumps t's version); -1: cannot, -2: error. */
Kr_ssize_t kr_shared_keys_insert(KrType *t, KrObject *name);
void kr_shared_keys_free(KrType *t);
/* Borrowed value of name in a values block, NULL if absent (no error). */
KrObject *kr_inst_get(KrType *t, KrInstValues *iv, KrObject *name);
/* Store (value != NULL) or delete (KeyError if absent) through the slot. */
int kr_inst_set(KrObject *o, KrObject **slot, KrObject *name, KrObject *value);
/* Turns a tagged slot into a real dict (borrowed; NULL when the slot is
 * empty, or on error with an exception set). */
KrObject *kr_inst_materialize(KrObject *o, KrObject **slot);
/* A new dict with the attributes held by slot word w. */
KrObject *kr_inst_snapshot(KrObject *o, KrObject *w);
int kr_inst_traverse(KrObject *w, kr_visitproc visit, void *arg);
void kr_inst_clear(KrObject **slot);
Kr_ssize_t kr_inst_count(KrObject *w);
/* The insertion-order bytes, after values[cap]. */
static inline uint8_t *kr_inst_order(KrInstValues *iv)
{
    return (uint8_t *)(iv->values + iv->cap);
}
/* Notes that attribute i was just set for the first time. */
static inline void kr_inst_order_append(KrInstValues *iv, Kr_ssize_t i)
{
    kr_inst_order(iv)[iv->used++] = (uint8_t)i;
}
/* The instance __dict__ (created on demand), new reference, or NULL+error. */
KrObject *kr_object_get_dict(KrObject *o);

/* Calls (see the convention at the top). */
KrObject *kr_call(KrObject *callable, KrObject *const *args, Kr_ssize_t nargs,
                  KrObject *kwnames);
KrObject *kr_call0(KrObject *callable);
KrObject *kr_call1(KrObject *callable, KrObject *a);
KrObject *kr_call2(KrObject *callable, KrObject *a, KrObject *b);
/* callable(*args_tuple, **kwargs_dict); kwargs may be NULL. */
KrObject *kr_call_tuple_dict(KrObject *callable, KrObject *args, KrObject *kwargs);
/* obj.name(*args): looks the method up without making a bound method. */
KrObject *kr_call_method(KrObject *obj, KrObject *name, KrObject *const *args,
                         Kr_ssize_t nargs, KrObject *kwnames);
KrObject *kr_call_method0(KrObject *obj, KrObject *name);
KrObject *kr_call_method1(KrObject *obj, KrObject *name, KrObject *a);
/* Looks a special method up on the type (not the instance) and calls it
 * with self prepended.  *found set to 0 if absent (no error). */
KrObject *kr_call_special(KrObject *self, KrObject *name, KrObject *const *args,
                          Kr_ssize_t nargs, int *found);
int kr_callable_check(KrObject *o);

/* Helpers to build a kwnames/values call from a dict (for **kwargs). */
KrObject *kr_call_with_dict(KrObject *callable, KrObject *const *args,
                            Kr_ssize_t nargs, KrObject *kwargs);

KrObject *kr_object_get_iter(KrObject *o);
/* NULL with no exception = exhausted; NULL with exception = error. */
KrObject *kr_iter_next(KrObject *it);
int kr_iter_check(KrObject *o);
Kr_ssize_t kr_object_length(KrObject *o);
/* len() with a default when the object has no __len__ (length_hint). */
Kr_ssize_t kr_object_length_hint(KrObject *o, Kr_ssize_t dflt);
KrObject *kr_object_getitem(KrObject *o, KrObject *key);
int kr_object_setitem(KrObject *o, KrObject *key, KrObject *value);
int kr_object_delitem(KrObject *o, KrObject *key);
/* `item in container`: 1, 0, -1. */
int kr_sequence_contains(KrObject *container, KrObject *item);
/* list(iterable) as a new list. */
KrObject *kr_sequence_list(KrObject *iterable);
KrObject *kr_sequence_tuple(KrObject *iterable);

/* Binary operation by NB code (KR_NB_ADD ... KR_NB_INPLACE_XOR) with the
 * reflected-operand and subclass-first rules; TypeError as CPython. */
KrObject *kr_number_binop(KrObject *a, KrObject *b, int nb);
KrObject *kr_number_power(KrObject *a, KrObject *b, KrObject *mod);
KrObject *kr_number_divmod(KrObject *a, KrObject *b);
KrObject *kr_number_negative(KrObject *o);
KrObject *kr_number_positive(KrObject *o);
KrObject *kr_number_absolute(KrObject *o);
KrObject *kr_number_invert(KrObject *o);
/* operator.index(o): an exact int (new ref) or TypeError. */
KrObject *kr_number_index(KrObject *o);
/* index(o) as Kr_ssize_t; on overflow raises exc (or clamps when exc is
 * NULL).  -1 with an exception on error. */
Kr_ssize_t kr_number_as_ssize(KrObject *o, KrType *exc);
int kr_index_check(KrObject *o);
KrObject *kr_number_long(KrObject *o);    /* int(o) */
KrObject *kr_number_float(KrObject *o);   /* float(o) */
/* The binary slot for an NB code (0..25) of a KrNumberMethods table;
 * NULL for the ternary power slots. */
kr_binaryfunc kr_number_slot(const KrNumberMethods *nm, int nb);

/* format(obj, spec) */
KrObject *kr_object_format(KrObject *o, KrObject *spec);
int kr_object_isinstance(KrObject *o, KrObject *cls);    /* -1, 0, 1 */
int kr_object_issubclass(KrObject *derived, KrObject *cls);
/* dir(o) as a sorted list. */
KrObject *kr_object_dir(KrObject *o);
/* o.__class__ name style "'int' object" messages use kr_type_name. */

/* ====================================================================== */
/* Singletons                                                             */
/* ====================================================================== */

extern KrObject kr_none_struct, kr_notimplemented_struct, kr_ellipsis_struct;
#define kr_None (&kr_none_struct)
#define kr_NotImplemented (&kr_notimplemented_struct)
#define kr_Ellipsis (&kr_ellipsis_struct)
#define KR_RETURN_NONE return kr_newref(kr_None)
#define KR_RETURN_NOTIMPLEMENTED return kr_newref(kr_NotImplemented)

/* ====================================================================== */
/* Built-in types                                                         */
/* ====================================================================== */

extern KrType kr_type_type, kr_object_type, kr_none_type, kr_notimplemented_type,
    kr_ellipsis_type, kr_int_type, kr_bool_type, kr_float_type, kr_complex_type,
    kr_str_type, kr_bytes_type, kr_bytearray_type, kr_list_type, kr_tuple_type,
    kr_dict_type, kr_set_type, kr_frozenset_type, kr_range_type, kr_slice_type,
    kr_module_type, kr_function_type, kr_method_type, kr_code_type, kr_cell_type,
    kr_generator_type, kr_frame_type, kr_traceback_type, kr_cfunction_type,
    kr_method_descr_type, kr_classmethod_descr_type, kr_getset_descr_type,
    kr_member_descr_type, kr_wrapper_descr_type, kr_method_wrapper_type,
    kr_property_type, kr_classmethod_type, kr_staticmethod_type, kr_super_type,
    kr_memoryview_type;

/* ---- int (runtime/int.c) ----
 * Invariant: a value that fits int64_t is always stored in `small` with
 * big == NULL; only larger magnitudes use a libtommath mp_int in `big`.
 * So two ints are equal iff both are small and equal, or both big and
 * mp_cmp says so. */
typedef struct KrInt {
    KrObject ob;
    int64_t small;
    void *big;                      /* mp_int*, owned, or NULL */
} KrInt;
#define KR_INT_CHECK(o) KR_SUBCLASS_CHECK(o, KR_TPFLAGS_INT_SUBCLASS)
#define KR_INT_CHECK_EXACT(o) (KR_TYPE(o) == &kr_int_type)
static inline int kr_int_is_small(KrObject *o) { return ((KrInt *)o)->big == NULL; }
static inline int64_t kr_int_small_value(KrObject *o) { return ((KrInt *)o)->small; }
#define KR_SMALL_INT_MIN (-5)
#define KR_SMALL_INT_MAX 256
extern KrInt kr_small_ints[KR_SMALL_INT_MAX - KR_SMALL_INT_MIN + 1];
/* -5..256 without allocation (borrowed-immortal, but returned as new ref). */
static inline KrObject *kr_int_small(int64_t v)
{
    return kr_newref(&kr_small_ints[v - KR_SMALL_INT_MIN].ob);
}
KrObject *kr_int_from_i64(int64_t v);
void kr_int_clear_freelist(void);                     /* runtime teardown */
KrObject *kr_int_from_u64(uint64_t v);
KrObject *kr_int_from_ssize(Kr_ssize_t v);
KrObject *kr_int_from_double(double d);          /* int(3.7); errors for inf/nan */
/* int(text, base) semantics: whitespace, sign, underscores, prefixes for
 * base 0, CPython's ValueError messages and the str-digits limit. */
KrObject *kr_int_from_string(const char *s, Kr_ssize_t len, int base);
int64_t kr_int_as_i64(KrObject *o, int *overflow); /* overflow: 0, +1, -1 */
Kr_ssize_t kr_int_as_ssize(KrObject *o);           /* OverflowError */
double kr_int_as_double(KrObject *o);              /* OverflowError; -1.0 + error */
int kr_int_sign(KrObject *o);                      /* -1, 0, 1 */
KrObject *kr_int_to_decimal(KrObject *o);          /* str(), ValueError past the limit */
KrObject *kr_int_to_base(KrObject *o, int base, int alternate); /* bin/oct/hex */
Kr_hash_t kr_int_hash(KrObject *o);
int kr_int_compare(KrObject *a, KrObject *b);      /* -1, 0, 1 for exact ints */
/* Arithmetic on int objects (both must be ints; no NotImplemented). */
KrObject *kr_int_add(KrObject *a, KrObject *b);
KrObject *kr_int_sub(KrObject *a, KrObject *b);
KrObject *kr_int_mul(KrObject *a, KrObject *b);
KrObject *kr_int_floordiv(KrObject *a, KrObject *b);
KrObject *kr_int_mod(KrObject *a, KrObject *b);
KrObject *kr_int_bit_length(KrObject *o);

/* ---- bool (runtime/bool.c): subclass of int ---- */
extern KrInt kr_true_struct, kr_false_struct;
#define kr_True (&kr_true_struct.ob)
#define kr_False (&kr_false_struct.ob)
#define KR_BOOL_CHECK(o) (KR_TYPE(o) == &kr_bool_type)
static inline KrObject *kr_bool_from(int v) { return kr_newref(v ? kr_True : kr_False); }
#define KR_RETURN_TRUE return kr_newref(kr_True)
#define KR_RETURN_FALSE return kr_newref(kr_False)

/* ---- float (runtime/float.c) ---- */
typedef struct KrFloat {
    KrObject ob;
    double value;
} KrFloat;
#define KR_FLOAT_CHECK(o) kr_type_is_subtype(KR_TYPE(o), &kr_float_type)
#define KR_FLOAT_CHECK_EXACT(o) (KR_TYPE(o) == &kr_float_type)
#define KR_FLOAT_VALUE(o) (((KrFloat *)(o))->value)
KrObject *kr_float_from_double(double v);
void kr_float_clear_freelist(void);                   /* runtime teardown */
/* float(o) value: accepts float, int, __float__, __index__; -1.0 + error. */
double kr_float_as_double(KrObject *o);
/* Shortest round-tripping repr into buf (at least 32 bytes): "0.1", "1e+16", "inf". */
void kr_float_repr_buf(double v, char *buf, size_t size);
Kr_hash_t kr_hash_double(double v);
/* float(str) parsing with CPython's rules and ValueError message. */
KrObject *kr_float_from_string(KrObject *str);

/* ---- complex (runtime/complex.c) ---- */
KrObject *kr_complex_from_doubles(double re, double im);
/* Reads re/im of a complex (or complex subclass) instance. */
void kr_complex_get(KrObject *c, double *re, double *im);

/* ---- str (runtime/str.c) ----
 * Code points stored at a fixed width (kind 1 = Latin-1, 2 = UCS-2,
 * 4 = UCS-4), the narrowest that holds the widest character, so len and
 * indexing are O(1).  ASCII strings (kind 1, all < 128) are also their own
 * UTF-8.  The data follows the header and is NUL-terminated. */
typedef struct KrStr {
    KrVarObject ob;                 /* size = number of code points */
    Kr_hash_t hash;                 /* -1 until computed */
    uint8_t kind;                   /* 1, 2 or 4 */
    uint8_t ascii;                  /* all code points < 128 */
    uint8_t interned;
    char *utf8;                     /* cached UTF-8, NUL-terminated (owned unless ascii) */
    Kr_ssize_t utf8_len;
} KrStr;
#define KR_STR_CHECK(o) KR_SUBCLASS_CHECK(o, KR_TPFLAGS_STR_SUBCLASS)
#define KR_STR_CHECK_EXACT(o) (KR_TYPE(o) == &kr_str_type)
#define KR_STR_DATA(o) ((void *)(((KrStr *)(o)) + 1))
#define KR_STR_LEN(o) KR_SIZE(o)
#define KR_STR_KIND(o) (((KrStr *)(o))->kind)
static inline uint32_t kr_str_read(int kind, const void *data, Kr_ssize_t i)
{
    return kind == 1 ? ((const uint8_t *)data)[i]
         : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}
#define KR_STR_CHAR(o, i) kr_str_read(KR_STR_KIND(o), KR_STR_DATA(o), (i))
/* From UTF-8 (strict: UnicodeDecodeError on invalid input). */
KrObject *kr_str_from_utf8(const char *s, Kr_ssize_t len);
KrObject *kr_str_from_cstr(const char *s);
KrObject *kr_str_from_format(const char *fmt, ...);   /* formats as kr_err_format */
KrObject *kr_str_from_formatv(const char *fmt, va_list ap);
KrObject *kr_str_from_codepoint(uint32_t cp);
/* New str of len code points able to hold maxchar, data uninitialised. */
KrObject *kr_str_new(Kr_ssize_t len, uint32_t maxchar);
/* From code points (the kind is chosen from the maximum). */
KrObject *kr_str_from_ucs4(const uint32_t *cps, Kr_ssize_t len);
/* UTF-8 view, valid while the str lives; NULL + error if it holds lone
 * surrogates. len may be NULL. */
const char *kr_str_utf8(KrObject *s, Kr_ssize_t *len);
/* Interning: steals s, returns the canonical interned string (new ref). */
KrObject *kr_str_intern(KrObject *s);
/* Interned str for a C literal; the table keeps it alive (borrowed). */
KrObject *kr_str_intern_cstr(const char *s);
int kr_str_eq(KrObject *a, KrObject *b);             /* exact strs, 0/1 */
int kr_str_eq_cstr(KrObject *a, const char *s);
int kr_str_compare(KrObject *a, KrObject *b);        /* -1/0/1 by code point */
Kr_hash_t kr_str_hash(KrObject *s);
KrObject *kr_str_concat(KrObject *a, KrObject *b);
/* *pleft = *pleft + right, stealing *pleft: grows it in place when it is an
 * unshared exact str (the `s += t` loop).  0, or -1 with *pleft NULL. */
int kr_str_append(KrObject **pleft, KrObject *right);
KrObject *kr_str_join(KrObject *sep, KrObject *iterable);
KrObject *kr_str_substr(KrObject *s, Kr_ssize_t start, Kr_ssize_t end);
/* repr(str) as CPython quotes it. */
KrObject *kr_str_repr(KrObject *s);
/* str % args */
KrObject *kr_str_mod_format(KrObject *fmt, KrObject *args);
/* Encoding/decoding: utf-8, latin-1, ascii with errors strict/replace/ignore. */
KrObject *kr_str_encode(KrObject *s, const char *encoding, const char *errors);
KrObject *kr_str_decode(const char *data, Kr_ssize_t len, const char *encoding,
                        const char *errors);

/* ---- XXH3 hashing of bytes with the per-process secret (runtime/hash.c) ---- */
Kr_hash_t kr_hash_bytes(const void *data, size_t len);
/* Seeds the secret: from PYTHONHASHSEED if set, else random bytes. */
void kr_hash_init(KrInterp *interp);
/* CPython's numeric hash of an int64 (mod 2**61-1, -1 -> -2). */
Kr_hash_t kr_hash_i64(int64_t v);
/* Identity hash of an address (object.__hash__, NaN floats). */
Kr_hash_t kr_hash_pointer(const void *p);
#define KR_HASH_MODULUS (((Kr_uhash_t)1 << 61) - 1)
#define KR_HASH_INF 314159

/* ---- Text building (runtime/buf.c) ---- */
typedef struct KrBuf {
    char *data;
    size_t len, cap;
    int failed;                     /* an allocation failed: finish raises */
    char small[128];
} KrBuf;
void kr_buf_init(KrBuf *b);
void kr_buf_free(KrBuf *b);
int kr_buf_append(KrBuf *b, const char *s, size_t n);
int kr_buf_puts(KrBuf *b, const char *s);
int kr_buf_putc(KrBuf *b, char c);
int kr_buf_printf(KrBuf *b, const char *fmt, ...) KR_PRINTF(2, 3);
int kr_buf_append_codepoint(KrBuf *b, uint32_t cp);   /* as UTF-8 */
int kr_buf_append_str(KrBuf *b, KrObject *str);       /* str object */
int kr_buf_append_repr(KrBuf *b, KrObject *o);        /* repr(o), -1 on error */
int kr_buf_append_strof(KrBuf *b, KrObject *o);       /* str(o), -1 on error */
/* Turns the UTF-8 bytes into a str and frees the buffer. */
KrObject *kr_buf_finish(KrBuf *b);
KrObject *kr_buf_finish_bytes(KrBuf *b);

/* ---- bytes / bytearray (runtime/bytes.c, runtime/bytearray.c) ---- */
typedef struct KrBytes {
    KrVarObject ob;
    Kr_hash_t hash;
    char data[1];                   /* size + 1 bytes, NUL-terminated */
} KrBytes;
#define KR_BYTES_CHECK(o) KR_SUBCLASS_CHECK(o, KR_TPFLAGS_BYTES_SUBCLASS)
#define KR_BYTES_DATA(o) (((KrBytes *)(o))->data)
KrObject *kr_bytes_from(const void *data, Kr_ssize_t len);
KrObject *kr_bytes_new(Kr_ssize_t len);     /* uninitialised contents */
KrObject *kr_bytes_repr(KrObject *b);
typedef struct KrByteArray {
    KrVarObject ob;
    Kr_ssize_t alloc;
    char *data;
    Kr_ssize_t exports;
} KrByteArray;
#define KR_BYTEARRAY_CHECK(o) kr_type_is_subtype(KR_TYPE(o), &kr_bytearray_type)
KrObject *kr_bytearray_from(const void *data, Kr_ssize_t len);
/* The bytes of a bytes-like object (bytes, bytearray, contiguous
 * memoryview), valid while the object is unchanged; TypeError "a
 * bytes-like object is required, not 'X'" otherwise. */
typedef struct KrBytesView {
    const char *data;
    Kr_ssize_t len;
} KrBytesView;
int kr_bytes_view(KrObject *o, KrBytesView *v);
int kr_bytes_view_check(KrObject *o);

/* ---- tuple (runtime/tuple.c) ---- */
typedef struct KrTuple {
    KrVarObject ob;
    KrObject *items[1];
} KrTuple;
#define KR_TUPLE_CHECK(o) KR_SUBCLASS_CHECK(o, KR_TPFLAGS_TUPLE_SUBCLASS)
#define KR_TUPLE_CHECK_EXACT(o) (KR_TYPE(o) == &kr_tuple_type)
#define KR_TUPLE_ITEMS(o) (((KrTuple *)(o))->items)
#define KR_TUPLE_GET(o, i) (((KrTuple *)(o))->items[i])       /* borrowed */
#define KR_TUPLE_SET(o, i, v) (((KrTuple *)(o))->items[i] = (v)) /* steals v */
/* Items NULL; fill with KR_TUPLE_SET.  kr_tuple_new(0) is the shared (). */
KrObject *kr_tuple_new(Kr_ssize_t n);
KrObject *kr_tuple_pack(Kr_ssize_t n, ...);           /* borrowed args */
KrObject *kr_tuple_from_array(KrObject *const *items, Kr_ssize_t n);  /* borrowed items */
KrObject *kr_tuple_slice(KrObject *t, Kr_ssize_t lo, Kr_ssize_t hi);
/* Like kr_tuple_from_array but steals the item references (also on error). */
KrObject *kr_tuple_from_array_steal(KrObject *const *items, Kr_ssize_t n);
void kr_tuple_fini(void);                             /* frees the free lists */
void kr_slice_fini(void);                             /* frees the spare slice */
/* For the collector: untracks t if its items can never form a cycle. */
void kr_tuple_maybe_untrack(KrObject *t);

/* ---- list (runtime/list.c) ---- */
typedef struct KrList {
    KrVarObject ob;
    KrObject **items;
    Kr_ssize_t allocated;
} KrList;
#define KR_LIST_CHECK(o) KR_SUBCLASS_CHECK(o, KR_TPFLAGS_LIST_SUBCLASS)
#define KR_LIST_CHECK_EXACT(o) (KR_TYPE(o) == &kr_list_type)
#define KR_LIST_ITEMS(o) (((KrList *)(o))->items)
#define KR_LIST_GET(o, i) (((KrList *)(o))->items[i])         /* borrowed */
#define KR_LIST_SET(o, i, v) (((KrList *)(o))->items[i] = (v))  /* steals v */
/* A list of n NULL items to fill with KR_LIST_SET. */
KrObject *kr_list_new(Kr_ssize_t n);
int kr_list_append(KrObject *l, KrObject *item);       /* does not steal */
int kr_list_extend(KrObject *l, KrObject *iterable);
int kr_list_insert(KrObject *l, Kr_ssize_t i, KrObject *item);
KrObject *kr_list_as_tuple(KrObject *l);
KrObject *kr_list_from_array(KrObject *const *items, Kr_ssize_t n);
/* list.sort(key=key, reverse=reverse); key may be NULL. */
int kr_list_sort(KrObject *l, KrObject *key, int reverse);
int kr_list_reverse(KrObject *l);
/* A new empty list with room for n items (len 0). */
KrObject *kr_list_new_presized(Kr_ssize_t n);
void kr_list_fini(void);                              /* frees the free list */

/* Recursive-repr guard for containers ("[...]", "{...}"): returns 0 and
 * marks o when o is not already being repr'd, 1 if it is (print the
 * ellipsis form; do not call kr_repr_leave), -1 on error.  Pair each 0
 * with kr_repr_leave(o). */
int kr_repr_enter(KrObject *o);
void kr_repr_leave(KrObject *o);

/* Trashcan (runtime/trashcan.c): bounded-depth deallocation of nested
 * containers.  A GC container's dealloc untracks itself, then:
 *     if (kr_trashcan_begin(o)) return;   // deferred: freed later
 *     ... drop references, free memory ...
 *     kr_trashcan_end();
 * Past a nesting depth, begin() queues o (refcount 0, untracked; the GC
 * header links the queue) and returns 1; the outermost end() calls the
 * queued deallocs one at a time, so the C stack stays shallow however
 * deep the chain (a list nested 100,000 deep).  A queued object's dealloc
 * runs again from the top, so use it only where that is harmless (list
 * and tuple use it for their exact types only). */
int kr_trashcan_begin(KrObject *o);
void kr_trashcan_end(void);

/* ---- dict (runtime/dict.c) ---- */
typedef struct KrDict KrDict;   /* layout private to dict.c */
#define KR_DICT_CHECK(o) KR_SUBCLASS_CHECK(o, KR_TPFLAGS_DICT_SUBCLASS)
#define KR_DICT_CHECK_EXACT(o) (KR_TYPE(o) == &kr_dict_type)
KrObject *kr_dict_new(void);
KrObject *kr_dict_new_presized(Kr_ssize_t n);
/* Borrowed; NULL without exception when absent, NULL with exception when
 * hashing or comparing failed. */
KrObject *kr_dict_get_item(KrObject *d, KrObject *key);
KrObject *kr_dict_get_item_hash(KrObject *d, KrObject *key, Kr_hash_t hash);
KrObject *kr_dict_get_item_str(KrObject *d, const char *key);
/* Borrowed lookup of an exact str key with an entry-index hint that the
 * caller keeps (inline caches); updates *hint after a slow lookup. */
KrObject *kr_dict_get_item_hint(KrObject *d, KrObject *key, uint16_t *hint);
int kr_dict_set_item(KrObject *d, KrObject *key, KrObject *value);  /* no steal */
int kr_dict_set_item_hash(KrObject *d, KrObject *key, KrObject *value, Kr_hash_t hash);
int kr_dict_set_item_str(KrObject *d, const char *key, KrObject *value);
/* KeyError(key) when absent. */
int kr_dict_del_item(KrObject *d, KrObject *key);
int kr_dict_del_item_str(KrObject *d, const char *key);
/* 1 and *value (new ref) if found and removed, 0 if absent, -1 error. */
int kr_dict_pop(KrObject *d, KrObject *key, KrObject **value);
int kr_dict_contains(KrObject *d, KrObject *key);      /* 1/0/-1 */
/* Iteration: pos starts at 0; borrowed key/value; returns 0 at the end. */
int kr_dict_next(KrObject *d, Kr_ssize_t *pos, KrObject **key, KrObject **value);
Kr_ssize_t kr_dict_size(KrObject *d);
KrObject *kr_dict_copy(KrObject *d);
void kr_dict_clear(KrObject *d);
/* d.update(other) for a dict or mapping with keys(); override=0 keeps
 * existing keys (and with override=2 raises on duplicates, for f(**a, **b)). */
int kr_dict_merge(KrObject *d, KrObject *other, int override);
/* dict.update(iterable of pairs) */
int kr_dict_merge_from_seq2(KrObject *d, KrObject *seq2, int override);
KrObject *kr_dict_keys(KrObject *d);     /* lists */
KrObject *kr_dict_values(KrObject *d);
KrObject *kr_dict_items(KrObject *d);
/* d.setdefault(key, dflt): borrowed result. */
KrObject *kr_dict_setdefault(KrObject *d, KrObject *key, KrObject *dflt);
/* Changes on every mutation; used by the global-lookup caches. */
uint64_t kr_dict_version(KrObject *d);
/* Number of slots of the hash index (for tests and __sizeof__ checks). */
Kr_ssize_t kr_dict_table_size(KrObject *d);

/* ---- set / frozenset (runtime/set.c) ---- */
#define KR_ANYSET_CHECK(o) (kr_type_is_subtype(KR_TYPE(o), &kr_set_type) || \
                            kr_type_is_subtype(KR_TYPE(o), &kr_frozenset_type))
#define KR_FROZENSET_CHECK_EXACT(o) (KR_TYPE(o) == &kr_frozenset_type)
KrObject *kr_set_new(KrObject *iterable);        /* iterable may be NULL */
KrObject *kr_frozenset_new(KrObject *iterable);
int kr_set_add(KrObject *s, KrObject *key);
int kr_set_contains(KrObject *s, KrObject *key);  /* 1/0/-1 */
int kr_set_discard(KrObject *s, KrObject *key);   /* 1 found, 0 not, -1 */
Kr_ssize_t kr_set_size(KrObject *s);
int kr_set_next(KrObject *s, Kr_ssize_t *pos, KrObject **key, Kr_hash_t *hash);
int kr_set_update(KrObject *s, KrObject *iterable);

/* ---- range / slice (runtime/range.c, runtime/slice.c) ---- */
typedef struct KrSlice {
    KrObject ob;
    KrObject *start, *stop, *step;  /* never NULL: None when absent */
} KrSlice;
#define KR_SLICE_CHECK(o) (KR_TYPE(o) == &kr_slice_type)
KrObject *kr_slice_new(KrObject *start, KrObject *stop, KrObject *step); /* NULL args = None */
/* Extract raw start/stop/step (clamped to ssize range); -1 on error
 * (ValueError for a zero step). */
int kr_slice_unpack(KrObject *slice, Kr_ssize_t *start, Kr_ssize_t *stop, Kr_ssize_t *step);
/* Clip to a sequence of `length`; returns the slice length. */
Kr_ssize_t kr_slice_adjust(Kr_ssize_t length, Kr_ssize_t *start, Kr_ssize_t *stop,
                           Kr_ssize_t step);
KrObject *kr_range_new(KrObject *start, KrObject *stop, KrObject *step);
/* slice.indices() on arbitrary ints: new references to start/stop/step
 * clipped to `length` (an int >= 0); -1 on error. */
int kr_slice_long_indices(KrObject *slice, KrObject *length, KrObject **start,
                          KrObject **stop, KrObject **step);

/* ---- iterator types (runtime/iterobject.c, list.c, tuple.c, range.c) ---- */
extern KrType kr_enumerate_type, kr_zip_type, kr_map_type, kr_filter_type,
    kr_reversed_type, kr_seqiter_type, kr_calliter_type;
/* Also made ready lazily by their creators; listed for lifecycle.c. */
extern KrType kr_list_iter_type, kr_list_reviter_type, kr_tuple_iter_type,
    kr_range_iter_type, kr_longrange_iter_type;
/* Layouts the interpreter's FOR_ITER steps inline. */
typedef struct KrListIter {
    KrObject ob;
    Kr_ssize_t index;
    KrObject *seq;                  /* NULL once exhausted */
} KrListIter;
typedef struct KrRangeIter {
    KrObject ob;
    int64_t start, step;
    uint64_t len, index;
} KrRangeIter;
/* iter(seq) for objects with only __getitem__: the "iterator" type. */
KrObject *kr_seqiter_new(KrObject *seq);
/* iter(callable, sentinel): the "callable_iterator" type. */
KrObject *kr_calliter_new(KrObject *callable, KrObject *sentinel);

/* ---- types.GenericAlias (runtime/genericalias.c): list[int] ---- */
extern KrType kr_generic_alias_type;
KrObject *kr_generic_alias_new(KrObject *origin, KrObject *args);
/* cls[args] for built-in generic classes: put KR_CLASS_GETITEM_METHOD in
 * the type's method table. */
KrObject *kr_generic_alias_class_getitem(KrObject *cls, KrObject *args);
#define KR_CLASS_GETITEM_METHOD                                           \
    { "__class_getitem__", { .o = kr_generic_alias_class_getitem },        \
      KR_METH_O | KR_METH_CLASS, NULL }

/* ---- modules (runtime/module.c) ---- */
typedef struct KrModule {
    KrObject ob;
    KrObject *dict;
    KrObject *name;
    void *state;
    void (*free_state)(void *);
} KrModule;
#define KR_MODULE_CHECK(o) kr_type_is_subtype(KR_TYPE(o), &kr_module_type)
KrObject *kr_module_new(const char *name);
KrObject *kr_module_dict(KrObject *m);       /* borrowed */
/* Adds the functions of a KrMethodDef table to a module. */
int kr_module_add_functions(KrObject *m, const KrMethodDef *defs);
int kr_module_add_object(KrObject *m, const char *name, KrObject *value); /* no steal */
int kr_module_add_int(KrObject *m, const char *name, int64_t v);
int kr_module_add_type(KrObject *m, KrType *t);

/* Built-in C modules: one table (runtime/modules/registry.c). */
typedef struct KrBuiltinModule {
    const char *name;
    KrObject *(*init)(void);         /* returns the new module or NULL */
} KrBuiltinModule;
extern const KrBuiltinModule kr_builtin_modules[];
KrObject *kr_import(KrObject *name);      /* import a module by dotted name */
KrObject *kr_import_cstr(const char *name);

/* ---- weak references (runtime/weakref.c) ---- */
/* Clears every weak reference to o and calls their callbacks; a dealloc of
 * a weak-referenceable type calls it first. */
void kr_weakref_clear_refs(KrObject *o);

/* ---- builtin functions and descriptors (runtime/descr.c, runtime/cfunction.c) ---- */
typedef struct KrCFunction {
    KrObject ob;
    const KrMethodDef *def;
    KrObject *self;                 /* bound self or module; may be NULL */
    KrObject *module;               /* __module__ name or NULL */
    kr_vectorcallfunc vectorcall;
} KrCFunction;
KrObject *kr_cfunction_new(const KrMethodDef *def, KrObject *self, KrObject *module);
/* Calls def's C function with self according to its flags (used by both
 * bound builtins and method descriptors). */
KrObject *kr_methoddef_call(const KrMethodDef *def, KrObject *self,
                            KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames);
KrObject *kr_method_new(KrObject *func, KrObject *self);   /* bound method */
KrObject *kr_property_new(KrObject *fget, KrObject *fset, KrObject *fdel, KrObject *doc);

/* ---- exceptions (runtime/exceptions.c) ---- */
typedef struct KrBaseException {
    KrObject ob;
    KrObject *dict;
    KrObject *args;                 /* tuple */
    KrObject *notes;
    KrObject *traceback;
    KrObject *context;
    KrObject *cause;
    char suppress_context;
} KrBaseException;
#define KR_EXC_CHECK(o) KR_SUBCLASS_CHECK(o, KR_TPFLAGS_BASE_EXC_SUBCLASS)
#define KR_EXC_CLASS_CHECK(o) (KR_TYPE_CHECK(o) && \
    KR_TYPE_HAS_FLAG((KrType *)(o), KR_TPFLAGS_BASE_EXC_SUBCLASS))

/* The 3.11 hierarchy: X(name, base) defines kr_exc_<name> (a KrType). */
#define KR_EXCEPTIONS(X)                                                  \
    X(BaseException, object)                                              \
    X(BaseExceptionGroup, BaseException)                                  \
    X(GeneratorExit, BaseException)                                       \
    X(KeyboardInterrupt, BaseException)                                   \
    X(SystemExit, BaseException)                                          \
    X(Exception, BaseException)                                           \
    X(ArithmeticError, Exception)                                         \
    X(FloatingPointError, ArithmeticError)                                \
    X(OverflowError, ArithmeticError)                                     \
    X(ZeroDivisionError, ArithmeticError)                                 \
    X(AssertionError, Exception)                                          \
    X(AttributeError, Exception)                                          \
    X(BufferError, Exception)                                             \
    X(EOFError, Exception)                                                \
    X(ExceptionGroup, Exception)                                          \
    X(ImportError, Exception)                                             \
    X(ModuleNotFoundError, ImportError)                                   \
    X(LookupError, Exception)                                             \
    X(IndexError, LookupError)                                            \
    X(KeyError, LookupError)                                              \
    X(MemoryError, Exception)                                             \
    X(NameError, Exception)                                               \
    X(UnboundLocalError, NameError)                                       \
    X(OSError, Exception)                                                 \
    X(BlockingIOError, OSError)                                           \
    X(ChildProcessError, OSError)                                         \
    X(ConnectionError, OSError)                                           \
    X(BrokenPipeError, ConnectionError)                                   \
    X(ConnectionAbortedError, ConnectionError)                            \
    X(ConnectionRefusedError, ConnectionError)                            \
    X(ConnectionResetError, ConnectionError)                              \
    X(FileExistsError, OSError)                                           \
    X(FileNotFoundError, OSError)                                         \
    X(InterruptedError, OSError)                                          \
    X(IsADirectoryError, OSError)                                         \
    X(NotADirectoryError, OSError)                                        \
    X(PermissionError, OSError)                                           \
    X(ProcessLookupError, OSError)                                        \
    X(TimeoutError, OSError)                                              \
    X(ReferenceError, Exception)                                          \
    X(RuntimeError, Exception)                                            \
    X(NotImplementedError, RuntimeError)                                  \
    X(RecursionError, RuntimeError)                                       \
    X(StopAsyncIteration, Exception)                                      \
    X(StopIteration, Exception)                                           \
    X(SyntaxError, Exception)                                             \
    X(IndentationError, SyntaxError)                                      \
    X(TabError, IndentationError)                                         \
    X(SystemError, Exception)                                             \
    X(TypeError, Exception)                                               \
    X(ValueError, Exception)                                              \
    X(UnicodeError, ValueError)                                           \
    X(UnicodeDecodeError, UnicodeError)                                   \
    X(UnicodeEncodeError, UnicodeError)                                   \
    X(UnicodeTranslateError, UnicodeError)                                \
    X(Warning, Exception)                                                 \
    X(BytesWarning, Warning)                                              \
    X(DeprecationWarning, Warning)                                        \
    X(EncodingWarning, Warning)                                           \
    X(FutureWarning, Warning)                                             \
    X(ImportWarning, Warning)                                             \
    X(PendingDeprecationWarning, Warning)                                 \
    X(ResourceWarning, Warning)                                           \
    X(RuntimeWarning, Warning)                                            \
    X(SyntaxWarning, Warning)                                             \
    X(UnicodeWarning, Warning)                                            \
    X(UserWarning, Warning)

#define X(name, base) extern KrType kr_exc_##name;
KR_EXCEPTIONS(X)
#undef X

/* StopIteration(value) with .value; SystemExit .code; KeyError repr rule;
 * SyntaxError fields; ImportError .name/.path; NameError/AttributeError
 * .name.  Accessors: */
KrObject *kr_exc_new(KrType *exc_type, KrObject *const *args, Kr_ssize_t nargs);
KrObject *kr_exc_stopiteration_value(KrObject *exc);  /* borrowed, None if absent */
void kr_exc_set_context(KrObject *exc, KrObject *context);  /* steals context */
void kr_exc_set_cause(KrObject *exc, KrObject *cause);      /* steals cause */
KrObject *kr_exc_get_traceback(KrObject *exc);              /* borrowed */
void kr_exc_set_traceback(KrObject *exc, KrObject *tb);     /* no steal */
/* Raise SyntaxError-like exc with location (file may be NULL). */
void kr_err_syntax_location(KrType *exc_type, const char *msg, KrObject *filename,
                            int lineno, int col_offset, int end_lineno,
                            int end_col_offset, KrObject *text);
/* except* support (CPython's CHECK_EG_MATCH / PREP_RERAISE_STAR):
 * splits exc by match_type into new references *match and *rest (None
 * when empty; a naked matching exception is wrapped in a group).  0/-1. */
int kr_exc_group_match(KrObject *exc, KrObject *match_type, KrObject **match,
                       KrObject **rest);
/* The exception to re-raise after the except* clauses of a try ran: orig
 * is what was caught, excs a list of what each clause raised or re-raised
 * (None entries are skipped).  New reference (None = nothing), NULL on error. */
KrObject *kr_exc_prep_reraise_star(KrObject *orig, KrObject *excs);

/* ---- struct sequences (runtime/structseq.c): sys.version_info, time.struct_time ----
 * A tuple subclass with named fields.  Fields past n_in_sequence are
 * attributes only (not part of len/indexing), like tm_zone. */
typedef struct KrStructSeqDesc {
    const char *name;               /* "sys.version_info": module.name */
    const char *const *fields;      /* NULL-terminated */
    int n_in_sequence;
} KrStructSeqDesc;
/* A new ready type for desc (lives forever); NULL + error on failure. */
KrType *kr_structseq_new_type(const KrStructSeqDesc *desc);
/* An instance from one value per field (borrowed). */
KrObject *kr_structseq_new(KrType *type, KrObject *const *values);

/* ---- sys and its standard streams (runtime/modules/sys.c) ---- */
/* Flushes the buffered C-level sys.stdout/sys.stderr (also done atexit).
 * Whoever replaces sys.stdout/stderr with other stream objects (io) must
 * call this first so earlier output is not reordered. */
void kr_sys_flush_std(void);
/* Write/flush f directly when it is one of the C standard streams: 1 done,
 * 0 f is some other object (call its methods instead), -1 error. */
int kr_sys_stdfile_write(KrObject *f, KrObject *text);
int kr_sys_stdfile_flush(KrObject *f);

/* ====================================================================== */
/* Argument checking helpers (runtime/getargs.c)                           */
/* ====================================================================== */

/* "f() takes no arguments (N given)" etc.: returns -1 with TypeError when
 * nargs is outside [min, max] or keywords are given to a function that
 * takes none.  name is the function name as CPython prints it. */
int kr_check_nargs(const char *name, Kr_ssize_t nargs, Kr_ssize_t min, Kr_ssize_t max);
int kr_check_no_kwargs(const char *name, KrObject *kwnames);
/* Parses positional+keyword arguments into out[] by parameter names:
 *   names: NULL-terminated C strings; npos_only: how many leading names are
 *   positional-only; nrequired: how many leading names are required;
 *   out[i] is borrowed or NULL when absent.  CPython's TypeError messages. */
int kr_parse_args(const char *fname, KrObject *const *args, Kr_ssize_t nargs,
                  KrObject *kwnames, const char *const *names, int npos_only,
                  int nrequired, KrObject **out);

/* ====================================================================== */
/* Code objects, functions, frames (runtime/code.c, function.c, ceval.c)    */
/* ====================================================================== */

/* A code unit: low byte opcode, high byte argument (EXTENDED_ARG prefixes
 * carry higher argument bits).  Instructions with inline caches are
 * followed by KR_OP_CACHE(op) CACHE units (see opcodes.h). */
typedef uint16_t KrCodeUnit;
#define KR_UNIT(op, arg) ((KrCodeUnit)((op) | ((arg) << 8)))
#define KR_UNIT_OP(u) ((u) & 0xff)
#define KR_UNIT_ARG(u) ((u) >> 8)

/* co_flags, as CPython */
enum {
    KR_CO_OPTIMIZED = 0x0001,
    KR_CO_NEWLOCALS = 0x0002,
    KR_CO_VARARGS = 0x0004,
    KR_CO_VARKEYWORDS = 0x0008,
    KR_CO_NESTED = 0x0010,
    KR_CO_GENERATOR = 0x0020,
    KR_CO_NOFREE = 0x0040,
    KR_CO_COROUTINE = 0x0080,
    KR_CO_ITERABLE_COROUTINE = 0x0100,
    KR_CO_ASYNC_GENERATOR = 0x0200,
};

/* Source position of one instruction (lines 1-based, columns 0-based byte
 * offsets in the UTF-8 line, as CPython's co_positions; -1 = unknown). */
typedef struct KrCodePos {
    int32_t line, end_line;
    int32_t col, end_col;
} KrCodePos;

/* Exception table entry: an exception raised by an instruction at an
 * offset in [start, end) (in code units) pops the value stack down to
 * `depth` items, pushes the offset of the raising instruction as an int if
 * `lasti`, pushes the exception, and jumps to `target`. */
typedef struct KrExcEntry {
    int32_t start, end, target, depth;
    int32_t lasti;
} KrExcEntry;

typedef struct KrCode {
    KrObject ob;
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals;                    /* len(varnames) */
    int ncellvars, nfreevars;
    int nlocalsplus;                /* nlocals + ncellvars + nfreevars */
    int stacksize;
    int flags;
    int firstlineno;
    Kr_ssize_t ncodeunits;
    KrCodeUnit *code;               /* owned, ncodeunits units (mutable: quickening) */
    KrObject *consts;               /* tuple */
    KrObject *names;                /* tuple of str */
    KrObject *varnames;             /* tuple of str: arguments first */
    KrObject *cellvars;             /* tuple of str */
    KrObject *freevars;             /* tuple of str */
    KrObject *filename, *name, *qualname;
    int32_t *cell2arg;              /* per cellvar: index of the argument it shadows, or -1; NULL if none */
    KrCodePos *positions;           /* per code unit */
    KrExcEntry *exctable;
    int nexctable;
    /* hotness and tiering */
    uint32_t ncalls;
    uint32_t nbackedges;
    void *jitcode;
    KrObject *weakreflist;
} KrCode;
#define KR_CODE_CHECK(o) (KR_TYPE(o) == &kr_code_type)

/* Takes copies of the arrays; references to the objects are new (no steal).
 * Local slot layout ("localsplus"): varnames, then cellvars (except those
 * that are arguments, see cell2arg), then freevars. */
KrObject *kr_code_new(int argcount, int posonlyargcount, int kwonlyargcount,
                      int stacksize, int flags, int firstlineno,
                      const KrCodeUnit *code, Kr_ssize_t ncodeunits,
                      KrObject *consts, KrObject *names, KrObject *varnames,
                      KrObject *cellvars, KrObject *freevars,
                      KrObject *filename, KrObject *name, KrObject *qualname,
                      const KrCodePos *positions,
                      const KrExcEntry *exctable, int nexctable);
/* Line number of the instruction at code-unit offset, or -1. */
int kr_code_addr2line(KrCode *co, int offset);

typedef struct KrFunction {
    KrObject ob;
    KrObject *code;                 /* KrCode */
    KrObject *globals;              /* dict */
    KrObject *builtins;             /* dict */
    KrObject *name, *qualname;
    KrObject *defaults;             /* tuple or NULL */
    KrObject *kwdefaults;           /* dict or NULL */
    KrObject *closure;              /* tuple of cells or NULL */
    KrObject *doc;
    KrObject *dict;
    KrObject *module;
    KrObject *annotations;
    KrObject *weakreflist;
    kr_vectorcallfunc vectorcall;
} KrFunction;
#define KR_FUNCTION_CHECK(o) (KR_TYPE(o) == &kr_function_type)
KrObject *kr_function_new(KrObject *code, KrObject *globals, KrObject *qualname);

typedef struct KrCell {
    KrObject ob;
    KrObject *ref;                  /* NULL when empty */
} KrCell;
KrObject *kr_cell_new(KrObject *value);

typedef struct KrMethod {
    KrObject ob;
    KrObject *func;
    KrObject *self;
    KrObject *weakreflist;
} KrMethod;
#define KR_METHOD_CHECK(o) (KR_TYPE(o) == &kr_method_type)

/* Zero-argument super(): the innermost frame's __class__ cell contents and
 * first argument (new references); RuntimeError as CPython when absent
 * ("super(): no arguments", "super(): __class__ cell not found"). */
int kr_frame_super_args(KrObject **type, KrObject **obj);
/* co_flags of the innermost Python frame, 0 if none (future flags). */
int kr_frame_caller_flags(void);

/* Run a module-level code object with globals (and locals for class
 * bodies / exec; NULL = globals). */
KrObject *kr_eval_code(KrObject *code, KrObject *globals, KrObject *locals);
/* Runs a class-body function (no arguments) with `locals` as its locals
 * mapping; used by __build_class__.  Returns the body's return value
 * (the __class__ cell or None). */
KrObject *kr_eval_function_with_locals(KrObject *func, KrObject *locals);
/* The globals/builtins/locals of the innermost Python frame (borrowed;
 * NULL if none). */
KrObject *kr_eval_get_globals(void);
KrObject *kr_eval_get_builtins(void);
KrObject *kr_eval_get_locals(void);   /* new reference */
/* sys._getframe(depth): the frame object `depth` calls up (new reference);
 * ValueError "call stack is not deep enough". */
KrObject *kr_frame_get(int depth);
/* Allocates the thread's frame stack now (it is otherwise allocated on
 * first use); 0 or -1. */
int kr_ceval_init_thread(KrThreadState *ts);
/* Frees a finished thread's frame stack (no Python frame may remain). */
void kr_ceval_fini_thread(KrThreadState *ts);
/* Writes exc with its traceback but without its cause/context chain, as
 * CPython's default unraisable hook does (traceback.c). */
void kr_err_print_unchained(KrObject *exc);
/* sys.setprofile / sys.getprofile (ceval.c): func(frame, event, arg) gets
 * CPython's "call", "return", "c_call", "c_return", "c_exception" events;
 * None or NULL turns profiling off.  getprofile's result is borrowed. */
int kr_eval_setprofile(KrObject *func);
KrObject *kr_eval_getprofile(void);
/* sys.settrace / sys.gettrace (ceval.c): this thread's global tracer, CPython
 * 3.11's events.  None or NULL turns tracing off.  gettrace's result is
 * borrowed. */
int kr_eval_settrace(KrObject *func);
KrObject *kr_eval_gettrace(void);

/* ====================================================================== */
/* Interned identifiers                                                   */
/* ====================================================================== */

/* Interned str objects for identifiers the runtime looks up often:
 * KR_ID(__init__) is a borrowed, immortal str.  The list is in names.h. */
enum {
#define KR_NAME(n) KR_ID_##n,
#include "names.h"
#undef KR_NAME
    KR_ID_COUNT
};
extern KrObject *kr_ids[KR_ID_COUNT];
#define KR_ID(n) (kr_ids[KR_ID_##n])

#endif /* KRAIT_H */
