/*
 * opcodes.h -- the one list of krait's bytecode instructions.
 *
 * Each line is OP(NAME, ARGKIND, CACHE, EFFECT, JUMP_EFFECT):
 *   ARGKIND      how dis renders the argument (KR_ARG_* in frontend and dis)
 *   CACHE        inline cache units that follow the instruction (the
 *                compiler emits that many CACHE units; jumps count them)
 *   EFFECT       net stack effect when execution falls through, as an
 *                expression of `oparg`
 *   JUMP_EFFECT  net stack effect when the jump is taken (same as EFFECT
 *                for instructions that do not jump)
 *
 * Include this file with OP defined to generate the enum, the name table,
 * the interpreter's dispatch table, the compiler's stack-effect table and
 * (later) the JIT's emitter table.  Names and meanings follow CPython 3.11
 * wherever they coincide.  The stack notation below is (before -- after),
 * top of stack on the right.
 *
 * Jumps: the argument is a distance in code units, measured from the
 * instruction that follows the jump (after its caches).  FORWARD jumps add
 * it, BACKWARD jumps subtract it.
 *
 * Calls (3.11 shape): a call site pushes either (NULL, callable) or, after
 * LOAD_METHOD found a plain method, (method, self); then the arguments.
 *   CALL n        (null_or_meth, callable_or_self, arg1..argn -- result)
 *                 if the first slot is NULL, callable(arg1..argn); else
 *                 meth(self, arg1..argn).  A preceding KW_NAMES k makes the
 *                 last len(consts[k]) arguments keyword arguments.
 *   CALL_FUNCTION_EX flags  (NULL, callable, args_tuple[, kwargs_dict] -- result)
 *
 * Exceptions use the code object's exception table (zero cost when
 * nothing is raised); see KrExcEntry in krait.h.  Handler code:
 *   PUSH_EXC_INFO   (exc -- prev_exc_info exc) and makes exc the handled one
 *   POP_EXCEPT      (prev_exc_info --) restores sys.exc_info()
 *   CHECK_EXC_MATCH (exc type -- exc bool)
 *   RERAISE oparg   (exc --) re-raise exc keeping its traceback; with
 *                   oparg != 0 the item oparg+1 from the top is the saved
 *                   offset (lasti), which restores the frame's instruction
 *                   so the traceback line stays right (CPython's shape)
 *
 * with-statements (3.11):
 *   BEFORE_WITH     (mgr -- bound_exit enter_result)
 *   WITH_EXCEPT_START (exit lasti prev_exc exc -- exit lasti prev_exc exc res)
 *                   calls exit(type(exc), exc, exc.__traceback__)
 */

#define KR_OPCODES(OP)                                                                   \
    OP(CACHE, NONE, 0, 0, 0)                                                             \
    OP(NOP, NONE, 0, 0, 0)                                                               \
    OP(RESUME, NUM, 0, 0, 0)           /* function entry: hotness, eval breaker */       \
    OP(POP_TOP, NONE, 0, -1, -1)                                                         \
    OP(PUSH_NULL, NONE, 0, 1, 1)                                                         \
    OP(COPY, NUM, 0, 1, 1)             /* (x(n) .. x(1) -- x(n) .. x(1) x(n)) */          \
    OP(SWAP, NUM, 0, 0, 0)             /* swap TOS with the n-th item, n >= 2 */         \
    OP(EXTENDED_ARG, NUM, 0, 0, 0)                                                       \
    /* constants and variables */                                                        \
    OP(LOAD_CONST, CONST, 0, 1, 1)                                                       \
    OP(LOAD_FAST, LOCAL, 0, 1, 1)      /* UnboundLocalError if unbound */                \
    OP(STORE_FAST, LOCAL, 0, -1, -1)                                                     \
    OP(DELETE_FAST, LOCAL, 0, 0, 0)                                                      \
    OP(LOAD_NAME, NAME, 0, 1, 1)       /* locals, globals, builtins */                   \
    OP(STORE_NAME, NAME, 0, -1, -1)                                                      \
    OP(DELETE_NAME, NAME, 0, 0, 0)                                                       \
    OP(LOAD_GLOBAL, GLOBAL, 13, 1 + (oparg & 1), 1 + (oparg & 1))                         \
                                       /* names[oparg>>1]; oparg&1: push NULL first */   \
    OP(STORE_GLOBAL, NAME, 0, -1, -1)                                                    \
    OP(DELETE_GLOBAL, NAME, 0, 0, 0)                                                     \
    OP(MAKE_CELL, FREE, 0, 0, 0)       /* localsplus[oparg] = cell(localsplus[oparg]) */ \
    OP(COPY_FREE_VARS, NUM, 0, 0, 0)   /* copy closure cells into the last n slots */    \
    OP(LOAD_CLOSURE, FREE, 0, 1, 1)    /* push the cell itself */                        \
    OP(LOAD_DEREF, FREE, 0, 1, 1)                                                        \
    OP(LOAD_CLASSDEREF, FREE, 0, 1, 1) /* class body: locals dict first, then cell */    \
    OP(STORE_DEREF, FREE, 0, -1, -1)                                                     \
    OP(DELETE_DEREF, FREE, 0, 0, 0)                                                      \
    /* attributes and items */                                                           \
    OP(LOAD_ATTR, NAME, 8, 0, 0)       /* (owner -- value) */                            \
    OP(LOAD_METHOD, NAME, 8, 1, 1)     /* (owner -- meth self) or (owner -- NULL attr) */ \
    OP(STORE_ATTR, NAME, 4, -2, -2)    /* (value owner --) */                            \
    OP(DELETE_ATTR, NAME, 0, -1, -1)                                                     \
    OP(BINARY_SUBSCR, NONE, 1, -1, -1) /* (container key -- value) */                    \
    OP(STORE_SUBSCR, NONE, 1, -3, -3)  /* (value container key --) */                    \
    OP(DELETE_SUBSCR, NONE, 0, -2, -2)                                                   \
    OP(BUILD_SLICE, NUM, 0, 1 - oparg, 1 - oparg)                                        \
    /* operators */                                                                      \
    OP(UNARY_POSITIVE, NONE, 0, 0, 0)                                                    \
    OP(UNARY_NEGATIVE, NONE, 0, 0, 0)                                                    \
    OP(UNARY_NOT, NONE, 0, 0, 0)                                                         \
    OP(UNARY_INVERT, NONE, 0, 0, 0)                                                      \
    OP(BINARY_OP, BINOP, 1, -1, -1)    /* oparg: KR_NB_* */                              \
    OP(COMPARE_OP, COMPARE, 1, -1, -1) /* oparg: KR_LT..KR_GE */                         \
    OP(IS_OP, NUM, 0, -1, -1)          /* oparg 1: `is not` */                           \
    OP(CONTAINS_OP, NUM, 0, -1, -1)    /* (item container -- bool); oparg 1: not in */   \
    /* building */                                                                       \
    OP(BUILD_TUPLE, NUM, 0, 1 - oparg, 1 - oparg)                                        \
    OP(BUILD_LIST, NUM, 0, 1 - oparg, 1 - oparg)                                         \
    OP(BUILD_SET, NUM, 0, 1 - oparg, 1 - oparg)                                          \
    OP(BUILD_MAP, NUM, 0, 1 - 2 * oparg, 1 - 2 * oparg) /* k1 v1 .. kn vn */              \
    OP(BUILD_CONST_KEY_MAP, NUM, 0, -oparg, -oparg) /* v1..vn keys_tuple */              \
    OP(BUILD_STRING, NUM, 0, 1 - oparg, 1 - oparg)                                       \
    OP(LIST_APPEND, NUM, 0, -1, -1)    /* append TOS to the list oparg below it */       \
    OP(SET_ADD, NUM, 0, -1, -1)                                                          \
    OP(MAP_ADD, NUM, 0, -2, -2)        /* (.. map .. key value --) */                    \
    OP(LIST_EXTEND, NUM, 0, -1, -1)                                                      \
    OP(SET_UPDATE, NUM, 0, -1, -1)                                                       \
    OP(DICT_UPDATE, NUM, 0, -1, -1)                                                      \
    OP(DICT_MERGE, NUM, 0, -1, -1)     /* like DICT_UPDATE, TypeError on duplicate keys */ \
    OP(LIST_TO_TUPLE, NONE, 0, 0, 0)                                                     \
    OP(UNPACK_SEQUENCE, NUM, 1, oparg - 1, oparg - 1) /* pushes items last-first */      \
    OP(UNPACK_EX, NUM, 0, (oparg & 0xff) + (oparg >> 8), (oparg & 0xff) + (oparg >> 8))  \
                                       /* oparg = before | after << 8 */                 \
    OP(FORMAT_VALUE, FORMAT, 0, (oparg & 4) ? -1 : 0, (oparg & 4) ? -1 : 0)              \
                                       /* oparg&3: 0 none,1 str,2 repr,3 ascii; &4 spec */ \
    /* control flow */                                                                   \
    OP(JUMP_FORWARD, JREL, 0, 0, 0)                                                      \
    OP(JUMP_BACKWARD, JBACK, 0, 0, 0)  /* checks the eval breaker, counts back-edges */  \
    OP(JUMP_BACKWARD_NO_INTERRUPT, JBACK, 0, 0, 0)                                       \
    OP(POP_JUMP_FORWARD_IF_FALSE, JREL, 0, -1, -1)                                       \
    OP(POP_JUMP_FORWARD_IF_TRUE, JREL, 0, -1, -1)                                        \
    OP(POP_JUMP_FORWARD_IF_NONE, JREL, 0, -1, -1)                                        \
    OP(POP_JUMP_FORWARD_IF_NOT_NONE, JREL, 0, -1, -1)                                    \
    OP(POP_JUMP_BACKWARD_IF_FALSE, JBACK, 0, -1, -1)                                     \
    OP(POP_JUMP_BACKWARD_IF_TRUE, JBACK, 0, -1, -1)                                      \
    OP(POP_JUMP_BACKWARD_IF_NONE, JBACK, 0, -1, -1)                                      \
    OP(POP_JUMP_BACKWARD_IF_NOT_NONE, JBACK, 0, -1, -1)                                  \
    OP(JUMP_IF_FALSE_OR_POP, JREL, 0, -1, 0)                                             \
    OP(JUMP_IF_TRUE_OR_POP, JREL, 0, -1, 0)                                              \
    OP(GET_ITER, NONE, 0, 0, 0)                                                          \
    OP(FOR_ITER, JREL, 1, 1, -1)       /* (iter -- iter next); exhausted: pop, jump */   \
    OP(RETURN_VALUE, NONE, 0, -1, -1)                                                    \
    /* calls and functions */                                                            \
    OP(KW_NAMES, CONST, 0, 0, 0)                                                         \
    OP(CALL, NUM, 2, -1 - oparg, -1 - oparg)                                             \
    OP(CALL_FUNCTION_EX, NUM, 0, -2 - (oparg & 1), -2 - (oparg & 1))                     \
    OP(MAKE_FUNCTION, NUM, 0,                                                            \
       -(((oparg) & 1) + (((oparg) >> 1) & 1) + (((oparg) >> 2) & 1) + (((oparg) >> 3) & 1)), \
       -(((oparg) & 1) + (((oparg) >> 1) & 1) + (((oparg) >> 2) & 1) + (((oparg) >> 3) & 1))) \
                                       /* ([defaults] [kwdefaults] [annotations] [closure] code -- fn) */ \
    OP(LOAD_BUILD_CLASS, NONE, 0, 1, 1)                                                  \
    OP(SETUP_ANNOTATIONS, NONE, 0, 0, 0)                                                 \
    /* generators */                                                                     \
    OP(YIELD_VALUE, NONE, 0, 0, 0)     /* (value -- sent) */                             \
    OP(GET_YIELD_FROM_ITER, NONE, 0, 0, 0)                                               \
    OP(SEND, JREL, 0, 0, -1)           /* (receiver value -- receiver result); done: (-- retval), jump */ \
    /* exceptions */                                                                     \
    OP(RAISE_VARARGS, NUM, 0, -oparg, -oparg) /* 0: re-raise, 1: exc, 2: exc cause */    \
    OP(RERAISE, NUM, 0, -1, -1)                                                          \
    OP(PUSH_EXC_INFO, NONE, 0, 1, 1)                                                     \
    OP(POP_EXCEPT, NONE, 0, -1, -1)                                                      \
    OP(CHECK_EXC_MATCH, NONE, 0, 0, 0)                                                   \
    OP(LOAD_ASSERTION_ERROR, NONE, 0, 1, 1)                                              \
    OP(BEFORE_WITH, NONE, 0, 1, 1)                                                       \
    OP(WITH_EXCEPT_START, NONE, 0, 1, 1)                                                 \
    /* imports */                                                                        \
    OP(IMPORT_NAME, NAME, 0, -1, -1)   /* (level fromlist -- module) */                  \
    OP(IMPORT_FROM, NAME, 0, 1, 1)     /* (module -- module attr) */                     \
    OP(IMPORT_STAR, NONE, 0, -1, -1)                                                     \
    /* interactive */                                                                    \
    OP(PRINT_EXPR, NONE, 0, -1, -1)                                                      \
    /* structural pattern matching (3.11), runtime in match.c */                       \
    OP(GET_LEN, NONE, 0, 1, 1)         /* (obj -- obj len(obj)) */                     \
    OP(MATCH_MAPPING, NONE, 0, 1, 1)   /* (subj -- subj bool) */                       \
    OP(MATCH_SEQUENCE, NONE, 0, 1, 1)  /* (subj -- subj bool) */                       \
    OP(MATCH_KEYS, NONE, 0, 1, 1)      /* (subj keys -- subj keys values_or_None) */   \
    OP(MATCH_CLASS, NUM, 0, -2, -2)    /* (subj cls kwnames -- attrs_or_None) */ \
    /* except* (3.11) */                                                                 \
    OP(CHECK_EG_MATCH, NONE, 0, 0, 0)  /* (exc type -- rest match); no match: (exc None) */ \
    OP(PREP_RERAISE_STAR, NONE, 0, -1, -1) /* (orig excs_list -- to_reraise_or_None) */

enum {
#define OP(name, argkind, cache, effect, jeffect) KR_OP_##name,
    KR_OPCODES(OP)
#undef OP
    KR_OP_COUNT
};

/* Argument kinds, for the disassembler and tools. */
enum {
    KR_ARG_NONE, KR_ARG_NUM, KR_ARG_CONST, KR_ARG_LOCAL, KR_ARG_NAME, KR_ARG_GLOBAL,
    KR_ARG_FREE, KR_ARG_JREL, KR_ARG_JBACK, KR_ARG_BINOP, KR_ARG_COMPARE,
    KR_ARG_FORMAT,
};

/* Per-opcode tables generated from the list (runtime/opcodes.c). */
extern const char *const kr_opcode_names[KR_OP_COUNT];
extern const unsigned char kr_opcode_cache[KR_OP_COUNT];
extern const unsigned char kr_opcode_argkind[KR_OP_COUNT];
/* Net stack effect; jump selects the taken-branch effect. */
int kr_opcode_stack_effect(int op, int oparg, int jump);
#define KR_OP_CACHE(op) (kr_opcode_cache[op])
