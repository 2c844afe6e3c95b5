/*
 * unicodedata_min.c -- the Unicode character properties the str methods
 * need, read from the generated tables in unicode_db.c.
 *
 * The tables are produced by scripts/gen_unicode_db.py from python3.11's own
 * str methods (isalpha, lower, casefold, ...), so every classification and
 * case mapping agrees with CPython 3.11 by construction; regenerate them
 * with that script when the oracle's Unicode version changes.  A lookup is
 * two array reads: index1 by the high bits picks a shared 128-entry block,
 * index2 picks a shared record.
 */
#include "krait.h"
#include "strimpl.h"
#include "unicode_db.h"

static const KrUcdRecord *rec(uint32_t cp)
{
    if (cp > 0x10ffff)
        cp = 0x10ffff;              /* unassigned: plain record */
    unsigned blk = kr_ucd_index1[cp >> KR_UCD_SHIFT];
    return &kr_ucd_records[kr_ucd_index2[(blk << KR_UCD_SHIFT) +
                                         (cp & ((1u << KR_UCD_SHIFT) - 1))]];
}

unsigned kr_unicode_flags(uint32_t cp)
{
    return rec(cp)->flags & ((1u << KR_UCD_EXT_SHIFT) - 1);
}

int kr_unicode_decimal(uint32_t cp)
{
    return rec(cp)->decimal;
}

int kr_unicode_digit(uint32_t cp)
{
    return rec(cp)->digit;
}

static int map(uint32_t cp, int which, uint32_t *out)
{
    const KrUcdRecord *r = rec(cp);
    int32_t v = r->map[which];
    if (r->flags & (1u << (KR_UCD_EXT_SHIFT + which))) {
        int n = (int)kr_ucd_special[v];
        for (int i = 0; i < n; i++)
            out[i] = kr_ucd_special[v + 1 + i];
        return n;
    }
    out[0] = (uint32_t)((int32_t)cp + v);
    return 1;
}

int kr_unicode_lower(uint32_t cp, uint32_t *out) { return map(cp, 0, out); }
int kr_unicode_upper(uint32_t cp, uint32_t *out) { return map(cp, 1, out); }
int kr_unicode_title(uint32_t cp, uint32_t *out) { return map(cp, 2, out); }
int kr_unicode_fold(uint32_t cp, uint32_t *out) { return map(cp, 3, out); }

uint32_t kr_unicode_simple_lower(uint32_t cp)
{
    uint32_t out[3];
    return map(cp, 0, out) == 1 ? out[0] : cp;
}

uint32_t kr_unicode_simple_upper(uint32_t cp)
{
    uint32_t out[3];
    return map(cp, 1, out) == 1 ? out[0] : cp;
}
