/*
 * int.h -- internal API of the int implementation (runtime/int.c) for the
 * other numeric units: bool.c, float.c, modules/math.c.  Not for general
 * use; everything public is in krait.h.
 */
#ifndef KRAIT_INT_H
#define KRAIT_INT_H

#include <tommath.h>

#include "krait.h"

#define KR_INT_BIG(o) ((mp_int *)((KrInt *)(o))->big)

/* Makes an exact int from m, taking its digits (m is left cleared).
 * Normalises to the small form when the value fits. */
KrObject *kr_int_from_mp(mp_int *m);
/* Initialises *out to a copy of int o's value.  0, or -1 with MemoryError. */
int kr_int_to_mp(KrObject *o, mp_int *out);
/* Converts a libtommath error to an exception (MemoryError for MP_MEM). */
KrObject *kr_int_mp_error(mp_err e);
/* Exact comparison of int i with double d (d not NaN): -1, 0, 1. */
int kr_int_compare_double(KrObject *i, double d);
/* Correctly rounded mantissa*2**exp2 to double, where the lowest bit of
 * mantissa is a sticky bit (set if any lower bit was nonzero).  Returns
 * +-inf on overflow. */
double kr_int_round_to_double(uint64_t mantissa, int64_t exp2, int negative);
/* int(x) for a double: exact.  OverflowError/ValueError for inf/nan. */
KrObject *kr_int_from_double(double d);
/* An exact int with the value of int (or subclass) o. */
KrObject *kr_int_exact(KrObject *o);
/* m in [0.5, 1) (correctly rounded) and *e with |o| = m * 2**e; o != 0. */
double kr_int_frexp(KrObject *o, int64_t *e);
/* For int()/float() of text: NULL if s is all ASCII, else a malloc'd
 * (kr_mem_free) ASCII copy with Unicode decimal digits mapped to '0'-'9',
 * Unicode whitespace to ' ' and other non-ASCII characters to '?'. */
char *kr_numeric_ascii(const char *s, Kr_ssize_t len, Kr_ssize_t *outlen);
/* 1 if o is a (built-in) memoryview, whose data int() and float() parse. */
int kr_is_memoryview(KrObject *o);
/* bit_length as a plain number. */
uint64_t kr_int_nbits(KrObject *o);

/* Number slots shared with bool (they return NotImplemented for non-ints). */
KrObject *kr_int_nb_and(KrObject *a, KrObject *b);
KrObject *kr_int_nb_or(KrObject *a, KrObject *b);
KrObject *kr_int_nb_xor(KrObject *a, KrObject *b);
extern KrNumberMethods kr_int_as_number;
KrObject *kr_int_richcompare(KrObject *a, KrObject *b, int op);
KrObject *kr_int_repr(KrObject *o);
KrObject *kr_int_format_method(KrObject *self, KrObject *spec);

#endif
