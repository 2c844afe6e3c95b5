/*
 * unicode_db.h -- layout of the generated Unicode tables (unicode_db.c),
 * private to unicodedata_min.c.  See scripts/gen_unicode_db.py.
 */
#ifndef KRAIT_UNICODE_DB_H
#define KRAIT_UNICODE_DB_H

#include <stdint.h>

#define KR_UCD_SHIFT 7
#define KR_UCD_EXT_SHIFT 16

typedef struct KrUcdRecord {
    uint32_t flags;             /* KR_UC_* bits, then 4 "multi-char mapping" bits */
    int8_t decimal, digit;      /* -1 when none */
    int32_t map[4];             /* lower, upper, title, fold: delta or special offset */
} KrUcdRecord;

extern const uint16_t kr_ucd_index1[];
extern const uint16_t kr_ucd_index2[];
extern const KrUcdRecord kr_ucd_records[];
extern const uint32_t kr_ucd_special[];

#endif
