/*
 * config.h -- every build-time feature switch, each with its default.
 * Each has a matching CMake option that defines it.
 */
#ifndef KRAIT_CONFIG_H
#define KRAIT_CONFIG_H

/* Compile the libgccjit JIT in (CMake: KRAIT_JIT). */
#ifndef KR_WITH_JIT
#define KR_WITH_JIT 0
#endif

/* Dispatch with computed goto (1) or a plain switch (0) for debuggers and
 * compilers without labels-as-values (CMake: KRAIT_COMPUTED_GOTO). */
#ifndef KR_COMPUTED_GOTO
#if defined(__GNUC__)
#define KR_COMPUTED_GOTO 1
#else
#define KR_COMPUTED_GOTO 0
#endif
#endif

/* Extra consistency checks (assertions on refcounts, type invariants).
 * On in Debug builds. */
#ifndef KR_DEBUG
#define KR_DEBUG 0
#endif

/* The frame stack of a thread, in bytes. */
#ifndef KR_FRAME_STACK_SIZE
#define KR_FRAME_STACK_SIZE (64 * 1024 * 1024)
#endif

/* Default sys.getrecursionlimit(). */
#ifndef KR_DEFAULT_RECURSION_LIMIT
#define KR_DEFAULT_RECURSION_LIMIT 1000
#endif

#endif
