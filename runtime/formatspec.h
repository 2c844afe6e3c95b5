/*
 * formatspec.h -- the format-spec mini-language shared by int, float and
 * str __format__ (runtime/formatspec.c).
 *
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * kr_format_parse checks the grammar with CPython 3.11's error messages;
 * each type then checks which presentation types and flags it accepts.
 * The layout helpers build the final str: kr_format_pad for text (str),
 * kr_format_number for a number already rendered to ASCII digits.
 */
#ifndef KRAIT_FORMATSPEC_H
#define KRAIT_FORMATSPEC_H

#include "krait.h"

typedef struct KrFormatSpec {
    uint32_t fill;              /* fill code point; ' ' by default */
    char align;                 /* '<' '>' '=' '^', or 0 when not given */
    char sign;                  /* '+' '-' ' ', or 0 when not given */
    bool no_neg_zero;           /* 'z' */
    bool alternate;             /* '#' */
    bool fill_given;            /* an explicit fill character (or '0') */
    char grouping;              /* ',' or '_' or 0 */
    Kr_ssize_t width;           /* -1 when not given */
    Kr_ssize_t precision;       /* -1 when not given */
    uint32_t type;              /* presentation type code point, 0 when not given */
} KrFormatSpec;

/* Parses spec (UTF-8, len bytes).  default_align is '>' for numbers, '<'
 * for strings (it decides whether a leading '0' implies '=' alignment).
 * type_name is used in "Invalid format specifier ... for object of type".
 * 0 on success, -1 with ValueError set. */
int kr_format_parse(const char *spec, Kr_ssize_t len, char default_align,
                    const char *type_name, KrFormatSpec *out);

/* Raises "Unknown format code 'c' for object of type 'T'"; returns NULL. */
KrObject *kr_format_unknown_code(uint32_t type, const char *type_name);

/* Pads UTF-8 text of nchars code points to spec->width with spec->fill and
 * spec->align (default_align when not given; '=' acts as the default).
 * Returns a new str. */
KrObject *kr_format_pad(const char *text, Kr_ssize_t len, Kr_ssize_t nchars,
                        const KrFormatSpec *spec, char default_align);

/* Lays a number out: sign ('-', '+', ' ' or 0 for none), prefix ("0x",
 * may be ""), digits (ASCII digits, grouped per spec->grouping, every
 * `group` digits; the digits may be any UTF-8 text when grouping is off),
 * rest (what follows: ".25e+10%", may be "").  Applies width, fill, align
 * ('>' default; '=' pads between prefix and digits; '0' padding with
 * grouping groups the padding zeros like CPython).  New str. */
KrObject *kr_format_number(const KrFormatSpec *spec, char sign, const char *prefix,
                           const char *digits, Kr_ssize_t ndigits, int group,
                           const char *rest);

/* str.__format__(spec): 's' or no type, precision truncates, CPython's
 * errors for sign, '=', 'z', '#' and ','.  s must be a str. */
KrObject *kr_format_str(KrObject *s, const char *spec, Kr_ssize_t speclen);

/* Formats a double per spec (types e E f F g G n % and none), as
 * float.__format__ and int.__format__ with float types do. */
KrObject *kr_format_double(double v, const KrFormatSpec *spec);

#endif
