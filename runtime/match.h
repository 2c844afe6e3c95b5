/* match.h -- runtime helpers behind the pattern-matching opcodes (match.c). */
#ifndef KRAIT_MATCH_H
#define KRAIT_MATCH_H
#include "krait.h"

/* -1 error, else 0/1: does o count as a mapping / sequence for patterns. */
int kr_match_is_mapping(KrObject *o);
int kr_match_is_sequence(KrObject *o);
/* MATCH_KEYS: tuple of values for the keys tuple, None if one is missing,
 * NULL with an error set. */
KrObject *kr_match_keys(KrObject *map, KrObject *keys);
/* MATCH_CLASS: tuple of the nargs positional then keyword attributes, None
 * on no match, NULL with an error set. */
KrObject *kr_match_class(KrObject *subject, KrObject *cls, Kr_ssize_t nargs, KrObject *kwnames);
#endif
