/*
 * strimpl.h -- internal API shared by the text and binary units (buf.c,
 * str.c, strmethods.c, strformat.c, bytes.c, bytearray.c, unicode_db.c).
 * Not for use outside runtime/: the public surface is in krait.h.
 */
#ifndef KRAIT_STRIMPL_H
#define KRAIT_STRIMPL_H

#include "krait.h"

/* ---- error handlers of the codecs ---- */
enum {
    KR_ERRORS_STRICT,
    KR_ERRORS_REPLACE,
    KR_ERRORS_IGNORE,
    KR_ERRORS_SURROGATEESCAPE,
    KR_ERRORS_SURROGATEPASS,
    KR_ERRORS_BACKSLASHREPLACE,
    KR_ERRORS_XMLCHARREFREPLACE,
    KR_ERRORS_NAMEREPLACE,
    KR_ERRORS_UNKNOWN,
};
int kr_codec_errors(const char *errors);   /* NULL -> strict */

/* Ensures room for n more bytes in b (0 or -1). */
int kr_buf_reserve(KrBuf *b, size_t n);

/* Writes cp as UTF-8 (surrogates as their 3-byte form); returns 1..4. */
int kr_utf8_encode_cp(uint32_t cp, char *out);
/* UTF-8 decoding with an error handler (enum above). */
KrObject *kr_str_decode_utf8(const char *s, Kr_ssize_t len, int errors);
/* Narrowest str holding len code points read from (kind, data). */
KrObject *kr_str_from_kind(int kind, const void *data, Kr_ssize_t len);
/* Max code point of (kind, data, len). */
uint32_t kr_str_maxchar(int kind, const void *data, Kr_ssize_t len);
/* Re-derives kind/ascii of a freshly filled str made with a generous
 * maxchar (steals s, returns the canonical form). */
KrObject *kr_str_shrink(KrObject *s);
/* Finds sub in s[start:end) (dir > 0 first, < 0 last); index or -1. */
Kr_ssize_t kr_str_find_raw(KrObject *s, KrObject *sub, Kr_ssize_t start, Kr_ssize_t end,
                           int dir);
/* The cached "" and 1-char Latin-1 strings (new references). */
KrObject *kr_str_empty(void);
KrObject *kr_str_char(uint32_t cp);
/* CPython's sys.getsizeof(s) minus the GC header (none for str). */
Kr_ssize_t kr_str_sizeof(KrObject *s);
/* Interns every name of names.h into kr_ids; 0 or -1. */
int kr_str_init_ids(void);

/* A growable array of code points used to build str results. */
typedef struct KrUBuf {
    uint32_t *data;
    Kr_ssize_t len, cap;
    uint32_t maxchar;
    int failed;
    uint32_t small[64];
} KrUBuf;
void kr_ubuf_init(KrUBuf *u);
void kr_ubuf_free(KrUBuf *u);
int kr_ubuf_putc(KrUBuf *u, uint32_t cp);
int kr_ubuf_put_ascii(KrUBuf *u, const char *s, Kr_ssize_t n);
int kr_ubuf_put_str(KrUBuf *u, KrObject *s);
int kr_ubuf_put_sub(KrUBuf *u, KrObject *s, Kr_ssize_t start, Kr_ssize_t end);
int kr_ubuf_fill(KrUBuf *u, uint32_t cp, Kr_ssize_t n);
KrObject *kr_ubuf_finish(KrUBuf *u);

/* ---- Unicode character database (unicode_db.c) ---- */
enum {
    KR_UC_ALPHA = 1 << 0,
    KR_UC_DECIMAL = 1 << 1,
    KR_UC_DIGIT = 1 << 2,
    KR_UC_NUMERIC = 1 << 3,
    KR_UC_SPACE = 1 << 4,
    KR_UC_PRINTABLE = 1 << 5,
    KR_UC_LOWER = 1 << 6,
    KR_UC_UPPER = 1 << 7,
    KR_UC_TITLE = 1 << 8,          /* general category Lt */
    KR_UC_CASED = 1 << 9,
    KR_UC_CASE_IGNORABLE = 1 << 10,
    KR_UC_XID_START = 1 << 11,
    KR_UC_XID_CONTINUE = 1 << 12,
    KR_UC_LINEBREAK = 1 << 13,
};
unsigned kr_unicode_flags(uint32_t cp);
/* Decimal / digit value, or -1. */
int kr_unicode_decimal(uint32_t cp);
int kr_unicode_digit(uint32_t cp);
/* Full case mappings: write up to 3 code points to out, return the count. */
int kr_unicode_lower(uint32_t cp, uint32_t *out);
int kr_unicode_upper(uint32_t cp, uint32_t *out);
int kr_unicode_title(uint32_t cp, uint32_t *out);
int kr_unicode_fold(uint32_t cp, uint32_t *out);
/* Simple (one code point) mappings. */
uint32_t kr_unicode_simple_lower(uint32_t cp);
uint32_t kr_unicode_simple_upper(uint32_t cp);
static inline int kr_unicode_has(uint32_t cp, unsigned f)
{
    return (kr_unicode_flags(cp) & f) != 0;
}

/* ---- str methods table and helpers shared between str files ---- */
extern const KrMethodDef kr_str_methods[];
extern KrType kr_str_iter_type;
/* str.format(*args, **kwargs) body; kwargs may be NULL, a dict or mapping. */
KrObject *kr_str_format_impl(KrObject *fmt, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwargs);
/* str.__format__(spec) */
KrObject *kr_str_format_spec(KrObject *s, KrObject *spec);
/* The percent formatter on bytes: fmt is bytes data. */
KrObject *kr_bytes_mod_format(KrObject *fmt, KrObject *args);
/* Argument helpers: a str argument of a method ("must be str, not int"). */
int kr_str_arg_check(KrObject *o, const char *fname, const char *argname);
/* Parses optional start/end slice arguments (None or index) and clamps
 * them to len as str.find does.  -1 on error. */
int kr_parse_slice_args(KrObject *const *args, Kr_ssize_t nargs, Kr_ssize_t first,
                        Kr_ssize_t len, Kr_ssize_t *start, Kr_ssize_t *end);

/* ---- bytes helpers shared by bytes.c and bytearray.c ---- */
extern KrType kr_bytes_iter_type, kr_bytearray_iter_type;
/* A read-only view of a bytes-like object (bytes, bytearray, memoryview
 * where supported): 0, or -1 with TypeError "a bytes-like object is
 * required, not 'X'" when errfmt is NULL, else errfmt with %T. */
/* The methods common to bytes and bytearray, in bytes.c, parameterised by
 * a constructor of the result type. */
typedef KrObject *(*kr_bytes_maker)(const void *data, Kr_ssize_t len);
extern const KrMethodDef kr_bytes_methods[];
extern const KrMethodDef kr_bytearray_shared_methods[];
KrObject *kr_bytes_richcompare_views(const KrBytesView *a, const KrBytesView *b, int op);
/* b'...' text wrapped in prefix/suffix; a non-empty prefix (bytearray) also
 * escapes every single quote, as CPython does. */
KrObject *kr_bytes_repr_data(const char *data, Kr_ssize_t len, const char *prefix,
                             const char *suffix);
/* bytes(x) / bytearray(x) source conversion into a KrBuf (ints, iterable,
 * buffer, str+encoding). */
int kr_bytes_from_source(KrObject *x, KrObject *encoding, KrObject *errors, KrBuf *out,
                         const char *tname);
/* getitem with an int or slice on raw data. */
KrObject *kr_bytes_subscript_data(const char *data, Kr_ssize_t len, KrObject *key,
                                  kr_bytes_maker mk, const char *tname);
/* bytearray's own methods (bytearray.c), listed in bytes.c's table. */
KrObject *kr_bytearray_m_append(KrObject *self, KrObject *x);
KrObject *kr_bytearray_m_clear(KrObject *self);
KrObject *kr_bytearray_m_copy(KrObject *self);
KrObject *kr_bytearray_m_extend(KrObject *self, KrObject *x);
KrObject *kr_bytearray_m_insert(KrObject *self, KrObject *const *args, Kr_ssize_t nargs);
KrObject *kr_bytearray_m_pop(KrObject *self, KrObject *const *args, Kr_ssize_t nargs);
KrObject *kr_bytearray_m_remove(KrObject *self, KrObject *x);
KrObject *kr_bytearray_m_reverse(KrObject *self);
KrObject *kr_bytearray_m_alloc(KrObject *self);
KrObject *kr_bytearray_m_sizeof(KrObject *self);
KrObject *kr_bytearray_m_reduce_ex(KrObject *self, KrObject *const *args, Kr_ssize_t nargs);
KrObject *kr_bytearray_m_reduce(KrObject *self);
KrObject *kr_bytearray_iter_new(KrObject *o);
/* The value of an int in range(0, 256) or -1 with the CPython error. */
int kr_byte_value(KrObject *o);

#endif
