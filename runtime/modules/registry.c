/*
 * registry.c -- the one table of built-in C modules.
 *
 * import.c consults it before searching sys.path.  Modules are created on
 * first import (lazy): start-up pays only for builtins and sys.
 */
#include "krait.h"

extern KrObject *kr_math_init(void);
extern KrObject *kr_random_init(void);
extern KrObject *kr_time_init(void);
extern KrObject *kr_weakref_module_init(void);
extern KrObject *kr_gc_module_init(void);
extern KrObject *kr_thread_module_init(void);
extern KrObject *kr_collections_init(void);
extern KrObject *kr_itertools_init(void);
extern KrObject *kr_heapq_init(void);
extern KrObject *kr_bisect_init(void);
extern KrObject *kr_operator_init(void);
extern KrObject *kr_io_init(void);
extern KrObject *kr_posix_init(void);
extern KrObject *kr_ast_module_init(void);
extern KrObject *kr_opcode_module_init(void);
extern KrObject *kr_re_module_init(void);
extern KrObject *kr_struct_module_init(void);
extern KrObject *kr_json_module_init(void);
extern KrObject *kr_hashlib_module_init(void);
extern KrObject *kr_signal_module_init(void);
extern KrObject *kr_cmath_init(void);
extern KrObject *kr_array_module_init(void);
extern KrObject *kr_zlib_module_init(void);
extern KrObject *kr_lsprof_module_init(void);

const KrBuiltinModule kr_builtin_modules[] = {
    { "math", kr_math_init },
    { "_random", kr_random_init },
    { "time", kr_time_init },
    { "_weakref", kr_weakref_module_init },
    { "gc", kr_gc_module_init },
    { "_thread", kr_thread_module_init },
    { "_collections", kr_collections_init },
    { "_itertools", kr_itertools_init },
    { "_heapq", kr_heapq_init },
    { "_bisect", kr_bisect_init },
    { "_operator", kr_operator_init },
    { "_io", kr_io_init },
    { "posix", kr_posix_init },
    { "_ast", kr_ast_module_init },
    { "_opcode", kr_opcode_module_init },
    { "_re", kr_re_module_init },
    { "_struct", kr_struct_module_init },
    { "_json", kr_json_module_init },
    { "_hashlib", kr_hashlib_module_init },
    { "_signal", kr_signal_module_init },
    { "cmath", kr_cmath_init },
    { "array", kr_array_module_init },
    { "zlib", kr_zlib_module_init },
    { "_lsprof", kr_lsprof_module_init },
    { NULL, NULL }
};
