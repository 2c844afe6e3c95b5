/*
 * str.c -- the str type: layout, construction, the UTF-8/Latin-1/ASCII
 * codecs, interning, hashing, comparison, indexing and slicing, repr.
 *
 * Layout.  A str is one allocation: the KrStr header, then len+1 code units
 * of `kind` bytes each (1 = Latin-1, 2 = UCS-2, 4 = UCS-4), NUL-terminated.
 * The kind is always the narrowest that can hold the largest code point
 * (the "canonical kind"), which gives three invariants the rest of the code
 * leans on:
 *   - two equal strings have the same kind, so equality is len + kind +
 *     memcmp, and hashing the raw units gives equal hashes for equal text
 *     whatever path built them;
 *   - a str of kind k cannot contain a str of a wider kind (search
 *     short-cut);
 *   - `ascii` strings (kind 1, all < 128) are their own UTF-8: `utf8`
 *     points at the data and is not owned.  Other strings build their UTF-8
 *     on first request (kr_str_utf8) and own it.
 * Every constructor therefore computes the exact maximum code point before
 * choosing the kind; code that fills a str made with a generous maxchar
 * passes it through kr_str_shrink.
 *
 * Strings are immutable once returned (the one exception is
 * kr_str_append, which grows a str in place only when its caller holds the
 * sole reference, so nobody can observe the change).  "" and the 256
 * one-character Latin-1 strings are cached immortal objects.
 *
 * Interning uses a private open-addressing table of str pointers keyed by a
 * cheap FNV hash of the code units, not the XXH3 str hash, so it can run
 * before the hash secret is seeded (kr_str_init_ids runs very early) and
 * does not depend on dict.c.  Interned strings are kept alive by the table
 * for the life of the process (as CPython 3.12 does); KR_INTERP()->interned
 * is not used.
 *
 * Codecs.  UTF-8 decoding reports errors exactly where CPython does
 * (invalid start byte / invalid continuation byte / unexpected end of data,
 * with the same start..end ranges) so the UnicodeDecodeError messages
 * match; error handlers strict, replace, ignore, surrogateescape,
 * surrogatepass and backslashreplace are supported.  Encoding groups a run
 * of unencodable characters into one error range, as CPython does.
 */
#define _GNU_SOURCE 1   /* memmem */
#include "krait.h"
#include "strimpl.h"

#include <stdio.h>
#include <stdlib.h>

/* ====================================================================== */
/* Allocation and caches                                                  */
/* ====================================================================== */

static KrObject *empty_str;
static KrObject *latin1_chars[256];

static int kind_for(uint32_t maxchar)
{
    return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
}

static KrObject *alloc_typed(KrType *t, Kr_ssize_t len, uint32_t maxchar)
{
    int kind = kind_for(maxchar);
    if (len < 0 || len > (KR_SSIZE_T_MAX - (Kr_ssize_t)sizeof(KrStr)) / 4 - 1) {
        kr_err_set_string(&kr_exc_OverflowError, "string is too large");
        return NULL;
    }
    KrObject *o = t == &kr_str_type ? kr_object_alloc(t, (len + 1) * kind)
                                    : kr_type_generic_alloc(t, (len + 1) * kind);
    if (o == NULL)
        return NULL;
    KrStr *s = (KrStr *)o;
    s->ob.size = len;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = maxchar < 128;
    s->interned = 0;
    s->utf8 = s->ascii ? (char *)KR_STR_DATA(o) : NULL;
    s->utf8_len = s->ascii ? len : 0;
    if (kind == 1)
        ((uint8_t *)KR_STR_DATA(o))[len] = 0;
    else if (kind == 2)
        ((uint16_t *)KR_STR_DATA(o))[len] = 0;
    else
        ((uint32_t *)KR_STR_DATA(o))[len] = 0;
    if (KR_IS_GC(o))
        kr_gc_track(o);                 /* a subclass instance: its __dict__ can close a cycle */
    return o;
}

KrObject *kr_str_new(Kr_ssize_t len, uint32_t maxchar)
{
    return alloc_typed(&kr_str_type, len, maxchar);
}

static KrObject *make_immortal(KrObject *o)
{
    if (o)
        o->refcnt = KR_IMMORTAL_REFCNT;
    return o;
}

KrObject *kr_str_empty(void)
{
    if (empty_str == NULL) {
        empty_str = make_immortal(kr_str_new(0, 0));
        if (empty_str == NULL)
            return NULL;
    }
    return kr_newref(empty_str);
}

KrObject *kr_str_char(uint32_t cp)
{
    if (cp < 256) {
        KrObject *c = latin1_chars[cp];
        if (c == NULL) {
            c = kr_str_new(1, cp);
            if (c == NULL)
                return NULL;
            ((uint8_t *)KR_STR_DATA(c))[0] = (uint8_t)cp;
            latin1_chars[cp] = make_immortal(c);
        }
        return kr_newref(c);
    }
    KrObject *s = kr_str_new(1, cp);
    if (s == NULL)
        return NULL;
    if (cp < 65536)
        ((uint16_t *)KR_STR_DATA(s))[0] = (uint16_t)cp;
    else
        ((uint32_t *)KR_STR_DATA(s))[0] = cp;
    return s;
}

KrObject *kr_str_from_codepoint(uint32_t cp)
{
    if (cp > 0x10ffff) {
        kr_err_set_string(&kr_exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return kr_str_char(cp);
}

uint32_t kr_str_maxchar(int kind, const void *data, Kr_ssize_t len)
{
    uint32_t m = 0;
    if (kind == 1) {
        const uint8_t *p = data;
        for (Kr_ssize_t i = 0; i < len; i++)
            if (p[i] > m)
                m = p[i];
    } else if (kind == 2) {
        const uint16_t *p = data;
        for (Kr_ssize_t i = 0; i < len; i++)
            if (p[i] > m)
                m = p[i];
    } else {
        const uint32_t *p = data;
        for (Kr_ssize_t i = 0; i < len; i++)
            if (p[i] > m)
                m = p[i];
    }
    return m;
}

/* Copies n units from (skind, src) into (dkind, dst); dkind must be wide
 * enough for every value. */
static void copy_units(int dkind, void *dst, int skind, const void *src, Kr_ssize_t n)
{
    if (dkind == skind) {
        memcpy(dst, src, (size_t)n * (size_t)dkind);
        return;
    }
    for (Kr_ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(skind, src, i);
        if (dkind == 1)
            ((uint8_t *)dst)[i] = (uint8_t)c;
        else if (dkind == 2)
            ((uint16_t *)dst)[i] = (uint16_t)c;
        else
            ((uint32_t *)dst)[i] = c;
    }
}

KrObject *kr_str_from_kind(int kind, const void *data, Kr_ssize_t len)
{
    if (len == 0)
        return kr_str_empty();
    uint32_t m = kr_str_maxchar(kind, data, len);
    if (len == 1)
        return kr_str_char(m);
    KrObject *s = kr_str_new(len, m);
    if (s == NULL)
        return NULL;
    copy_units(KR_STR_KIND(s), KR_STR_DATA(s), kind, data, len);
    return s;
}

KrObject *kr_str_from_ucs4(const uint32_t *cps, Kr_ssize_t len)
{
    return kr_str_from_kind(4, cps, len);
}

KrObject *kr_str_shrink(KrObject *s)
{
    int kind = KR_STR_KIND(s);
    Kr_ssize_t len = KR_STR_LEN(s);
    uint32_t m = kr_str_maxchar(kind, KR_STR_DATA(s), len);
    if (len <= 1 || kind_for(m) != kind || ((KrStr *)s)->ascii != (m < 128)) {
        KrObject *r = kr_str_from_kind(kind, KR_STR_DATA(s), len);
        kr_decref(s);
        return r;
    }
    return s;
}

Kr_ssize_t kr_str_sizeof(KrObject *s)
{
    KrStr *u = (KrStr *)s;
    Kr_ssize_t base = u->ascii ? 48 : 72;
    Kr_ssize_t n = base + (KR_STR_LEN(s) + 1) * u->kind;
    if (!u->ascii && u->utf8)
        n += u->utf8_len + 1;
    return n;
}

/* ====================================================================== */
/* Code point buffers                                                     */
/* ====================================================================== */

void kr_ubuf_init(KrUBuf *u)
{
    u->data = u->small;
    u->len = 0;
    u->cap = (Kr_ssize_t)(sizeof u->small / sizeof u->small[0]);
    u->maxchar = 0;
    u->failed = 0;
}

void kr_ubuf_free(KrUBuf *u)
{
    if (u->data != u->small)
        kr_mem_free(u->data);
    kr_ubuf_init(u);
}

static int ubuf_reserve(KrUBuf *u, Kr_ssize_t n)
{
    if (u->failed)
        return -1;
    if (u->len + n <= u->cap)
        return 0;
    Kr_ssize_t cap = u->cap * 2;
    while (cap < u->len + n)
        cap *= 2;
    uint32_t *p;
    if (u->data == u->small) {
        p = kr_mem_alloc((size_t)cap * 4);
        if (p)
            memcpy(p, u->small, (size_t)u->len * 4);
    } else {
        p = kr_mem_realloc(u->data, (size_t)cap * 4);
    }
    if (p == NULL) {
        u->failed = 1;
        kr_err_no_memory();
        return -1;
    }
    u->data = p;
    u->cap = cap;
    return 0;
}

int kr_ubuf_putc(KrUBuf *u, uint32_t cp)
{
    if (u->len >= u->cap && ubuf_reserve(u, 1) < 0)
        return -1;
    u->data[u->len++] = cp;
    if (cp > u->maxchar)
        u->maxchar = cp;
    return 0;
}

int kr_ubuf_put_ascii(KrUBuf *u, const char *s, Kr_ssize_t n)
{
    if (ubuf_reserve(u, n) < 0)
        return -1;
    for (Kr_ssize_t i = 0; i < n; i++) {
        uint32_t c = (uint8_t)s[i];
        u->data[u->len++] = c;
        if (c > u->maxchar)
            u->maxchar = c;
    }
    return 0;
}

int kr_ubuf_put_sub(KrUBuf *u, KrObject *s, Kr_ssize_t start, Kr_ssize_t end)
{
    if (end <= start)
        return 0;
    if (ubuf_reserve(u, end - start) < 0)
        return -1;
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    for (Kr_ssize_t i = start; i < end; i++) {
        uint32_t c = kr_str_read(kind, d, i);
        u->data[u->len++] = c;
        if (c > u->maxchar)
            u->maxchar = c;
    }
    return 0;
}

int kr_ubuf_put_str(KrUBuf *u, KrObject *s)
{
    return kr_ubuf_put_sub(u, s, 0, KR_STR_LEN(s));
}

int kr_ubuf_fill(KrUBuf *u, uint32_t cp, Kr_ssize_t n)
{
    if (n <= 0)
        return 0;
    if (ubuf_reserve(u, n) < 0)
        return -1;
    for (Kr_ssize_t i = 0; i < n; i++)
        u->data[u->len++] = cp;
    if (cp > u->maxchar)
        u->maxchar = cp;
    return 0;
}

KrObject *kr_ubuf_finish(KrUBuf *u)
{
    if (u->failed) {
        kr_ubuf_free(u);
        return NULL;
    }
    KrObject *s;
    if (u->len == 0)
        s = kr_str_empty();
    else if (u->len == 1)
        s = kr_str_char(u->data[0]);
    else {
        s = kr_str_new(u->len, u->maxchar);
        if (s)
            copy_units(KR_STR_KIND(s), KR_STR_DATA(s), 4, u->data, u->len);
    }
    kr_ubuf_free(u);
    return s;
}

/* ====================================================================== */
/* UTF-8                                                                  */
/* ====================================================================== */

int kr_utf8_encode_cp(uint32_t cp, char *out)
{
    uint8_t *o = (uint8_t *)out;
    if (cp < 0x80) {
        o[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (uint8_t)(0xc0 | (cp >> 6));
        o[1] = (uint8_t)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (uint8_t)(0xe0 | (cp >> 12));
        o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (uint8_t)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (uint8_t)(0xf0 | (cp >> 18));
    o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (uint8_t)(0x80 | (cp & 0x3f));
    return 4;
}

int kr_codec_errors(const char *e)
{
    if (e == NULL || strcmp(e, "strict") == 0)
        return KR_ERRORS_STRICT;
    if (strcmp(e, "replace") == 0)
        return KR_ERRORS_REPLACE;
    if (strcmp(e, "ignore") == 0)
        return KR_ERRORS_IGNORE;
    if (strcmp(e, "surrogateescape") == 0)
        return KR_ERRORS_SURROGATEESCAPE;
    if (strcmp(e, "surrogatepass") == 0)
        return KR_ERRORS_SURROGATEPASS;
    if (strcmp(e, "backslashreplace") == 0)
        return KR_ERRORS_BACKSLASHREPLACE;
    if (strcmp(e, "xmlcharrefreplace") == 0)
        return KR_ERRORS_XMLCHARREFREPLACE;
    if (strcmp(e, "namereplace") == 0)
        return KR_ERRORS_NAMEREPLACE;
    return KR_ERRORS_UNKNOWN;
}

static void raise_unknown_handler(const char *errors)
{
    kr_err_format(&kr_exc_LookupError, "unknown error handler name '%s'", errors);
}

/* Raises UnicodeDecodeError(encoding, data, start, end, reason). */
static void raise_decode_error(const char *encoding, const char *data, Kr_ssize_t len,
                               Kr_ssize_t start, Kr_ssize_t end, const char *reason)
{
    KrObject *args[5] = {0};
    args[0] = kr_str_from_cstr(encoding);
    args[1] = kr_bytes_from(data, len);
    args[2] = kr_int_from_ssize(start);
    args[3] = kr_int_from_ssize(end);
    args[4] = kr_str_from_cstr(reason);
    if (args[0] && args[1] && args[2] && args[3] && args[4]) {
        KrObject *exc = kr_exc_new(&kr_exc_UnicodeDecodeError, args, 5);
        if (exc) {
            kr_err_set_object(exc);
            kr_decref(exc);
        }
    }
    for (int i = 0; i < 5; i++)
        kr_xdecref(args[i]);
}

static void raise_encode_error(const char *encoding, KrObject *s, Kr_ssize_t start,
                               Kr_ssize_t end, const char *reason)
{
    KrObject *args[5] = {0};
    args[0] = kr_str_from_cstr(encoding);
    args[1] = kr_newref(s);
    args[2] = kr_int_from_ssize(start);
    args[3] = kr_int_from_ssize(end);
    args[4] = kr_str_from_cstr(reason);
    if (args[0] && args[2] && args[3] && args[4]) {
        KrObject *exc = kr_exc_new(&kr_exc_UnicodeEncodeError, args, 5);
        if (exc) {
            kr_err_set_object(exc);
            kr_decref(exc);
        }
    }
    for (int i = 0; i < 5; i++)
        kr_xdecref(args[i]);
}

static const char hexdigits[] = "0123456789abcdef";

/* Applies a decode error handler to bytes [start, end) of data. */
static int decode_error(KrUBuf *u, int errors, const char *errname, const char *encoding,
                        const char *data, Kr_ssize_t len, Kr_ssize_t start,
                        Kr_ssize_t end, const char *reason)
{
    switch (errors) {
    case KR_ERRORS_REPLACE:
        return kr_ubuf_putc(u, 0xfffd);
    case KR_ERRORS_IGNORE:
        return 0;
    case KR_ERRORS_SURROGATEESCAPE:
        for (Kr_ssize_t i = start; i < end; i++) {
            uint8_t b = (uint8_t)data[i];
            if (b < 128)
                goto strict;
            if (kr_ubuf_putc(u, 0xdc00 + b) < 0)
                return -1;
        }
        return 0;
    case KR_ERRORS_BACKSLASHREPLACE:
        for (Kr_ssize_t i = start; i < end; i++) {
            uint8_t b = (uint8_t)data[i];
            char tmp[4] = {'\\', 'x', hexdigits[b >> 4], hexdigits[b & 15]};
            if (kr_ubuf_put_ascii(u, tmp, 4) < 0)
                return -1;
        }
        return 0;
    case KR_ERRORS_UNKNOWN:
        raise_unknown_handler(errname);
        return -1;
    default:
        break;
    }
strict:
    raise_decode_error(encoding, data, len, start, end, reason);
    return -1;
}

static KrObject *decode_utf8(const char *s, Kr_ssize_t len, int errors, const char *errname)
{
    /* Fast path: pure ASCII. */
    Kr_ssize_t i = 0;
    while (i < len && (uint8_t)s[i] < 0x80)
        i++;
    if (i == len) {
        if (len == 0)
            return kr_str_empty();
        if (len == 1)
            return kr_str_char((uint8_t)s[0]);
        KrObject *r = kr_str_new(len, 127);
        if (r)
            memcpy(KR_STR_DATA(r), s, (size_t)len);
        return r;
    }
    KrUBuf u;
    kr_ubuf_init(&u);
    if (kr_ubuf_put_ascii(&u, s, i) < 0)
        return kr_ubuf_finish(&u);
    const uint8_t *p = (const uint8_t *)s;
    while (i < len) {
        uint8_t c = p[i];
        if (c < 0x80) {
            if (kr_ubuf_putc(&u, c) < 0)
                goto fail;
            i++;
            continue;
        }
        int n;
        uint32_t cp;
        uint8_t lo = 0x80, hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            n = 2;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 3;
            cp = c & 0x0f;
            if (c == 0xe0)
                lo = 0xa0;
            else if (c == 0xed && errors != KR_ERRORS_SURROGATEPASS)
                hi = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 4;
            cp = c & 0x07;
            if (c == 0xf0)
                lo = 0x90;
            else if (c == 0xf4)
                hi = 0x8f;
        } else {
            if (decode_error(&u, errors, errname, "utf-8", s, len, i, i + 1,
                             "invalid start byte") < 0)
                goto fail;
            i++;
            continue;
        }
        int k;
        const char *reason = NULL;
        for (k = 1; k < n; k++) {
            if (i + k >= len) {
                reason = "unexpected end of data";
                break;
            }
            uint8_t b = p[i + k];
            uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xbf;
            if (b < l || b > h) {
                reason = "invalid continuation byte";
                break;
            }
            cp = (cp << 6) | (b & 0x3f);
        }
        if (reason) {
            if (decode_error(&u, errors, errname, "utf-8", s, len, i, i + k, reason) < 0)
                goto fail;
            i += k;
            continue;
        }
        if (kr_ubuf_putc(&u, cp) < 0)
            goto fail;
        i += n;
    }
    return kr_ubuf_finish(&u);
fail:
    kr_ubuf_free(&u);
    return NULL;
}

KrObject *kr_str_decode_utf8(const char *s, Kr_ssize_t len, int errors)
{
    return decode_utf8(s, len, errors, "?");
}

KrObject *kr_str_from_utf8(const char *s, Kr_ssize_t len)
{
    return decode_utf8(s, len, KR_ERRORS_STRICT, "strict");
}

KrObject *kr_str_from_cstr(const char *s)
{
    return decode_utf8(s, (Kr_ssize_t)strlen(s), KR_ERRORS_SURROGATEESCAPE, "surrogateescape");
}

/* Builds (and caches) the UTF-8 of a non-ASCII str; surrogates fail. */
const char *kr_str_utf8(KrObject *o, Kr_ssize_t *lenp)
{
    KrStr *s = (KrStr *)o;
    if (s->utf8 == NULL) {
        int kind = s->kind;
        const void *d = KR_STR_DATA(o);
        Kr_ssize_t n = KR_STR_LEN(o), size = 0;
        for (Kr_ssize_t i = 0; i < n; i++) {
            uint32_t c = kr_str_read(kind, d, i);
            if (c >= 0xd800 && c <= 0xdfff) {
                Kr_ssize_t j = i + 1;
                while (j < n && kr_str_read(kind, d, j) >= 0xd800 &&
                       kr_str_read(kind, d, j) <= 0xdfff)
                    j++;
                raise_encode_error("utf-8", o, i, j, "surrogates not allowed");
                return NULL;
            }
            size += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        char *buf = kr_mem_alloc((size_t)size + 1);
        if (buf == NULL) {
            kr_err_no_memory();
            return NULL;
        }
        char *w = buf;
        for (Kr_ssize_t i = 0; i < n; i++)
            w += kr_utf8_encode_cp(kr_str_read(kind, d, i), w);
        *w = '\0';
        s->utf8 = buf;
        s->utf8_len = size;
    }
    if (lenp)
        *lenp = s->utf8_len;
    return s->utf8;
}

/* ====================================================================== */
/* Codecs by name                                                         */
/* ====================================================================== */

enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE,
       ENC_UTF32, ENC_UTF32LE, ENC_UTF32BE, ENC_UTF8SIG, ENC_UNKNOWN };

/* Normalises an encoding name as the codecs registry does (case-folded,
 * '-' and ' ' as '_') and maps the aliases of the supported codecs. */
static int lookup_encoding(const char *name)
{
    if (name == NULL)
        return ENC_UTF8;
    char n[40];
    size_t i = 0;
    for (; name[i] && i < sizeof n - 1; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c == '-' || c == ' ')
            c = '_';
        n[i] = c;
    }
    if (name[i])
        return ENC_UNKNOWN;
    n[i] = '\0';
    static const struct { const char *name; int enc; } aliases[] = {
        {"utf_8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8},
        {"cp65001", ENC_UTF8}, {"utf8_ucs2", ENC_UTF8}, {"utf8_ucs4", ENC_UTF8},
        {"latin_1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"latin", ENC_LATIN1},
        {"l1", ENC_LATIN1}, {"iso_8859_1", ENC_LATIN1}, {"iso8859_1", ENC_LATIN1},
        {"8859", ENC_LATIN1}, {"cp819", ENC_LATIN1}, {"iso_ir_100", ENC_LATIN1},
        {"iso_8859_1:1987", ENC_LATIN1}, {"csisolatin1", ENC_LATIN1}, {"ibm819", ENC_LATIN1},
        {"ascii", ENC_ASCII}, {"us_ascii", ENC_ASCII}, {"646", ENC_ASCII},
        {"us", ENC_ASCII}, {"ansi_x3.4_1968", ENC_ASCII}, {"iso646_us", ENC_ASCII},
        {"cp367", ENC_ASCII}, {"csascii", ENC_ASCII}, {"ibm367", ENC_ASCII},
        {"utf_16", ENC_UTF16}, {"utf16", ENC_UTF16}, {"u16", ENC_UTF16},
        {"utf_16_le", ENC_UTF16LE}, {"utf_16le", ENC_UTF16LE},
        {"utf_16_be", ENC_UTF16BE}, {"utf_16be", ENC_UTF16BE},
        {"utf_32", ENC_UTF32}, {"utf32", ENC_UTF32}, {"u32", ENC_UTF32},
        {"utf_32_le", ENC_UTF32LE}, {"utf_32le", ENC_UTF32LE},
        {"utf_32_be", ENC_UTF32BE}, {"utf_32be", ENC_UTF32BE},
        {"utf_8_sig", ENC_UTF8SIG}, {"utf8_sig", ENC_UTF8SIG},
    };
    for (size_t k = 0; k < sizeof aliases / sizeof aliases[0]; k++)
        if (strcmp(n, aliases[k].name) == 0)
            return aliases[k].enc;
    return ENC_UNKNOWN;
}

static const char *const enc_names[] = {
    "utf-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be",
    "utf-32", "utf-32-le", "utf-32-be", "utf-8",
};

static void put_unit(KrBuf *b, uint32_t v, int width, int big)
{
    char t[4];
    for (int k = 0; k < width; k++) {
        int shift = big ? 8 * (width - 1 - k) : 8 * k;
        t[k] = (char)((v >> shift) & 0xff);
    }
    kr_buf_append(b, t, (size_t)width);
}

/* Writes one encodable code point in encoding enc (surrogates are written
 * as-is, for surrogatepass). */
static void put_cp(KrBuf *b, int enc, uint32_t c)
{
    switch (enc) {
    case ENC_UTF8:
        kr_buf_append_codepoint(b, c);
        break;
    case ENC_LATIN1:
    case ENC_ASCII:
        kr_buf_putc(b, (char)c);
        break;
    case ENC_UTF16:
    case ENC_UTF16LE:
    case ENC_UTF16BE: {
        int big = enc == ENC_UTF16BE;
        if (c >= 0x10000) {
            c -= 0x10000;
            put_unit(b, 0xd800 + (c >> 10), 2, big);
            put_unit(b, 0xdc00 + (c & 0x3ff), 2, big);
        } else {
            put_unit(b, c, 2, big);
        }
        break;
    }
    default:
        put_unit(b, c, 4, enc == ENC_UTF32BE);
        break;
    }
}

static void put_ascii_enc(KrBuf *b, int enc, const char *text)
{
    for (; *text; text++)
        put_cp(b, enc, (uint8_t)*text);
}

/* Encoding errors: handle s[start:end) per the handler into b.  A handler
 * that cannot deal with one of the characters re-raises the original
 * error for the whole run, as CPython's handlers do. */
static int encode_error(KrBuf *b, int errors, const char *errname, const char *encoding,
                        KrObject *s, Kr_ssize_t start, Kr_ssize_t end, const char *reason,
                        int enc)
{
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    char tmp[24];
    switch (errors) {
    case KR_ERRORS_REPLACE:
        for (Kr_ssize_t i = start; i < end; i++)
            put_cp(b, enc, '?');
        return b->failed ? (kr_err_no_memory(), -1) : 0;
    case KR_ERRORS_IGNORE:
        return 0;
    case KR_ERRORS_BACKSLASHREPLACE:
    case KR_ERRORS_NAMEREPLACE:
        for (Kr_ssize_t i = start; i < end; i++) {
            uint32_t c = kr_str_read(kind, d, i);
            snprintf(tmp, sizeof tmp, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
                     (unsigned)c);
            put_ascii_enc(b, enc, tmp);
        }
        return b->failed ? (kr_err_no_memory(), -1) : 0;
    case KR_ERRORS_XMLCHARREFREPLACE:
        for (Kr_ssize_t i = start; i < end; i++) {
            snprintf(tmp, sizeof tmp, "&#%u;", (unsigned)kr_str_read(kind, d, i));
            put_ascii_enc(b, enc, tmp);
        }
        return b->failed ? (kr_err_no_memory(), -1) : 0;
    case KR_ERRORS_SURROGATEESCAPE:
        for (Kr_ssize_t i = start; i < end; i++) {
            uint32_t c = kr_str_read(kind, d, i);
            if (c < 0xdc80 || c > 0xdcff)
                goto strict;
        }
        for (Kr_ssize_t i = start; i < end; i++)
            kr_buf_putc(b, (char)(kr_str_read(kind, d, i) - 0xdc00));
        return 0;
    case KR_ERRORS_SURROGATEPASS:
        if (enc == ENC_LATIN1 || enc == ENC_ASCII)
            break;
        for (Kr_ssize_t i = start; i < end; i++) {
            uint32_t c = kr_str_read(kind, d, i);
            if (c < 0xd800 || c > 0xdfff)
                goto strict;
        }
        for (Kr_ssize_t i = start; i < end; i++)
            put_cp(b, enc, kr_str_read(kind, d, i));
        return 0;
    case KR_ERRORS_UNKNOWN:
        raise_unknown_handler(errname);
        return -1;
    default:
        break;
    }
strict:
    raise_encode_error(encoding, s, start, end, reason);
    return -1;
}

KrObject *kr_str_encode(KrObject *s, const char *encoding, const char *errname)
{
    int enc = lookup_encoding(encoding);
    if (enc == ENC_UNKNOWN)
        return kr_err_format(&kr_exc_LookupError, "unknown encoding: %s", encoding);
    int errors = kr_codec_errors(errname);
    if (enc == ENC_UTF8SIG) {
        /* UTF-8 with a leading byte order mark. */
        KrObject *body = kr_str_encode(s, "utf-8", errname);
        if (body == NULL)
            return NULL;
        KrBuf sb;
        kr_buf_init(&sb);
        kr_buf_append(&sb, "\xef\xbb\xbf", 3);
        kr_buf_append(&sb, KR_BYTES_DATA(body), (size_t)KR_SIZE(body));
        kr_decref(body);
        return kr_buf_finish_bytes(&sb);
    }
    KrStr *u = (KrStr *)s;
    Kr_ssize_t n = KR_STR_LEN(s);
    int kind = u->kind;
    const void *d = KR_STR_DATA(s);
    if (u->ascii && (enc == ENC_UTF8 || enc == ENC_LATIN1 || enc == ENC_ASCII))
        return kr_bytes_from(d, n);
    if (enc == ENC_LATIN1 && kind == 1)
        return kr_bytes_from(d, n);
    if (enc == ENC_UTF8 && u->utf8)
        return kr_bytes_from(u->utf8, u->utf8_len);
    if (enc == ENC_UTF8) {
        /* Sized exactly in a first pass and written in place: appending a
         * code point at a time to a growing buffer was 25x CPython's time.
         * Surrogates take the general loop for the error handler. */
        Kr_ssize_t size = 0, i = 0;
        for (; i < n; i++) {
            uint32_t c = kr_str_read(kind, d, i);
            if (c >= 0xd800 && c <= 0xdfff)
                break;
            size += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        if (i == n) {
            KrObject *r = kr_bytes_new(size);
            if (r == NULL)
                return NULL;
            uint8_t *o = (uint8_t *)KR_BYTES_DATA(r);
            for (i = 0; i < n; i++) {
                uint32_t c = kr_str_read(kind, d, i);
                if (c < 0x80) {
                    *o++ = (uint8_t)c;
                } else if (c < 0x800) {
                    *o++ = (uint8_t)(0xc0 | (c >> 6));
                    *o++ = (uint8_t)(0x80 | (c & 0x3f));
                } else if (c < 0x10000) {
                    *o++ = (uint8_t)(0xe0 | (c >> 12));
                    *o++ = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
                    *o++ = (uint8_t)(0x80 | (c & 0x3f));
                } else {
                    *o++ = (uint8_t)(0xf0 | (c >> 18));
                    *o++ = (uint8_t)(0x80 | ((c >> 12) & 0x3f));
                    *o++ = (uint8_t)(0x80 | ((c >> 6) & 0x3f));
                    *o++ = (uint8_t)(0x80 | (c & 0x3f));
                }
            }
            return r;
        }
    }
    KrBuf b;
    kr_buf_init(&b);
    const char *ename = enc_names[enc];
    if (enc == ENC_UTF16 || enc == ENC_UTF32) {
        /* Native (little-endian) order with a BOM, as CPython on x86. */
        put_unit(&b, 0xfeff, enc == ENC_UTF16 ? 2 : 4, 0);
    }
    uint32_t limit = enc == ENC_LATIN1 ? 0xff : enc == ENC_ASCII ? 0x7f : 0x10ffff;
    const char *reason = enc == ENC_LATIN1 ? "ordinal not in range(256)"
                       : enc == ENC_ASCII ? "ordinal not in range(128)"
                       : "surrogates not allowed";
#define BAD(c) ((c) > limit || ((c) >= 0xd800 && (c) <= 0xdfff))
    for (Kr_ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(kind, d, i);
        if (BAD(c)) {
            Kr_ssize_t j = i + 1;
            while (j < n && BAD(kr_str_read(kind, d, j)))
                j++;
            if (encode_error(&b, errors, errname, ename, s, i, j, reason, enc) < 0) {
                kr_buf_free(&b);
                return NULL;
            }
            i = j - 1;
            continue;
        }
        put_cp(&b, enc, c);
    }
#undef BAD
    return kr_buf_finish_bytes(&b);
}

static KrObject *decode_utf16_32(const char *data, Kr_ssize_t len, int enc, int errors,
                                 const char *errname)
{
    int width = (enc == ENC_UTF16 || enc == ENC_UTF16LE || enc == ENC_UTF16BE) ? 2 : 4;
    int big = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    const uint8_t *p = (const uint8_t *)data;
    Kr_ssize_t i = 0;
    const char *ename = enc_names[enc];
    if (enc == ENC_UTF16 || enc == ENC_UTF32) {
        ename = width == 2 ? "utf-16-le" : "utf-32-le";
        if (width == 2 && len >= 2) {
            if (p[0] == 0xff && p[1] == 0xfe)
                i = 2;
            else if (p[0] == 0xfe && p[1] == 0xff) {
                i = 2;
                big = 1;
                ename = "utf-16-be";
            }
        } else if (width == 4 && len >= 4) {
            if (p[0] == 0xff && p[1] == 0xfe && p[2] == 0 && p[3] == 0)
                i = 4;
            else if (p[0] == 0 && p[1] == 0 && p[2] == 0xfe && p[3] == 0xff) {
                i = 4;
                big = 1;
                ename = "utf-32-be";
            }
        }
    }
    KrUBuf u;
    kr_ubuf_init(&u);
    while (i < len) {
        if (i + width > len) {
            if (decode_error(&u, errors, errname, ename, data, len, i, len, "truncated data") < 0)
                goto fail;
            break;
        }
        uint32_t v = 0;
        for (int k = 0; k < width; k++)
            v |= (uint32_t)p[i + k] << (big ? 8 * (width - 1 - k) : 8 * k);
        if (errors == KR_ERRORS_SURROGATEPASS && v >= 0xd800 && v <= 0xdfff &&
            !(width == 2 && v <= 0xdbff && i + 4 <= len)) {
            /* a lone surrogate passes through */
        } else if (width == 2 && v >= 0xd800 && v <= 0xdbff) {
            if (i + 4 > len) {
                if (decode_error(&u, errors, errname, ename, data, len, i, len,
                                 "unexpected end of data") < 0)
                    goto fail;
                break;
            }
            uint32_t v2 = big ? ((uint32_t)p[i + 2] << 8 | p[i + 3])
                              : ((uint32_t)p[i + 3] << 8 | p[i + 2]);
            if ((v2 < 0xdc00 || v2 > 0xdfff) && errors == KR_ERRORS_SURROGATEPASS) {
                if (kr_ubuf_putc(&u, v) < 0)
                    goto fail;
                i += 2;
                continue;
            }
            if (v2 < 0xdc00 || v2 > 0xdfff) {
                if (decode_error(&u, errors, errname, ename, data, len, i, i + 2,
                                 "illegal UTF-16 surrogate") < 0)
                    goto fail;
                i += 2;
                continue;
            }
            v = 0x10000 + ((v - 0xd800) << 10) + (v2 - 0xdc00);
            i += 2;
        } else if (width == 2 && v >= 0xdc00 && v <= 0xdfff) {
            if (decode_error(&u, errors, errname, ename, data, len, i, i + 2,
                             "illegal encoding") < 0)
                goto fail;
            i += 2;
            continue;
        } else if (width == 4 && (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))) {
            if (decode_error(&u, errors, errname, ename, data, len, i, i + 4,
                             v > 0x10ffff ? "code point not in range(0x110000)"
                                          : "code point in surrogate code point range(0xd800, 0xe000)") < 0)
                goto fail;
            i += 4;
            continue;
        }
        if (kr_ubuf_putc(&u, v) < 0)
            goto fail;
        i += width;
    }
    return kr_ubuf_finish(&u);
fail:
    kr_ubuf_free(&u);
    return NULL;
}

KrObject *kr_str_decode(const char *data, Kr_ssize_t len, const char *encoding,
                        const char *errname)
{
    int enc = lookup_encoding(encoding);
    if (enc == ENC_UNKNOWN)
        return kr_err_format(&kr_exc_LookupError, "unknown encoding: %s", encoding);
    int errors = kr_codec_errors(errname);
    if (enc == ENC_UTF8SIG && len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
        data += 3;
        len -= 3;
    }
    if (enc == ENC_UTF8 || enc == ENC_UTF8SIG)
        return decode_utf8(data, len, errors, errname);
    if (enc == ENC_LATIN1)
        return kr_str_from_kind(1, data, len);
    if (enc == ENC_ASCII) {
        KrUBuf u;
        kr_ubuf_init(&u);
        for (Kr_ssize_t i = 0; i < len; i++) {
            uint8_t c = (uint8_t)data[i];
            int rc = c < 128 ? kr_ubuf_putc(&u, c)
                             : decode_error(&u, errors, errname, "ascii", data, len, i, i + 1,
                                            "ordinal not in range(128)");
            if (rc < 0) {
                kr_ubuf_free(&u);
                return NULL;
            }
        }
        return kr_ubuf_finish(&u);
    }
    return decode_utf16_32(data, len, enc, errors, errname);
}

/* ====================================================================== */
/* kr_str_from_format                                                     */
/* ====================================================================== */

KrObject *kr_str_from_formatv(const char *fmt, va_list ap)
{
    KrBuf b;
    kr_buf_init(&b);
    const char *p = fmt;
    while (*p) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%')
                q++;
            kr_buf_append(&b, p, (size_t)(q - p));
            p = q;
            continue;
        }
        const char *start = p++;
        if (*p == '%') {
            kr_buf_putc(&b, '%');
            p++;
            continue;
        }
        char spec[32];
        int left = 0, zero = 0, width = -1, prec = -1;
        while (*p == '-' || *p == '0' || *p == '+' || *p == ' ' || *p == '#') {
            if (*p == '-')
                left = 1;
            if (*p == '0')
                zero = 1;
            p++;
        }
        if (*p == '*') {
            width = va_arg(ap, int);
            p++;
        } else if (*p >= '0' && *p <= '9') {
            width = 0;
            while (*p >= '0' && *p <= '9')
                width = width * 10 + (*p++ - '0');
        }
        if (*p == '.') {
            p++;
            if (*p == '*') {
                prec = va_arg(ap, int);
                p++;
            } else {
                prec = 0;
                while (*p >= '0' && *p <= '9')
                    prec = prec * 10 + (*p++ - '0');
            }
        }
        int lng = 0, size_t_mod = 0;
        while (*p == 'l' || *p == 'z' || *p == 'h' || *p == 'j' || *p == 't') {
            if (*p == 'l')
                lng++;
            if (*p == 'z' || *p == 't' || *p == 'j')
                size_t_mod = 1;
            p++;
        }
        char conv = *p;
        if (conv == '\0')
            break;
        p++;
        /* The C-level spec (flags, width, precision) without the length. */
        size_t flen = 0;
        spec[flen++] = '%';
        for (const char *f = start + 1; f < p - 1 && flen < sizeof spec - 6; f++) {
            if (*f == 'l' || *f == 'z' || *f == 'h' || *f == 'j' || *f == 't')
                continue;
            if (*f == '*') {
                flen += (size_t)snprintf(spec + flen, sizeof spec - flen, "%d",
                                         (f > start + 1 && f[-1] == '.') ? prec : width);
                continue;
            }
            spec[flen++] = *f;
        }
        spec[flen] = '\0';
        KrObject *str = NULL;
        switch (conv) {
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            char full[40];
            const char *lm = size_t_mod ? "z" : lng >= 2 ? "ll" : lng == 1 ? "l" : "";
            snprintf(full, sizeof full, "%s%s%c", spec, lm, conv);
            if (size_t_mod) {
                if (conv == 'd' || conv == 'i')
                    kr_buf_printf(&b, full, va_arg(ap, Kr_ssize_t));
                else
                    kr_buf_printf(&b, full, va_arg(ap, size_t));
            } else if (lng >= 2) {
                if (conv == 'd' || conv == 'i')
                    kr_buf_printf(&b, full, va_arg(ap, long long));
                else
                    kr_buf_printf(&b, full, va_arg(ap, unsigned long long));
            } else if (lng == 1) {
                if (conv == 'd' || conv == 'i')
                    kr_buf_printf(&b, full, va_arg(ap, long));
                else
                    kr_buf_printf(&b, full, va_arg(ap, unsigned long));
            } else {
                if (conv == 'd' || conv == 'i')
                    kr_buf_printf(&b, full, va_arg(ap, int));
                else
                    kr_buf_printf(&b, full, va_arg(ap, unsigned int));
            }
            break;
        }
        case 'f':
        case 'g':
        case 'e':
        case 'F':
        case 'G':
        case 'E': {
            char full[40];
            snprintf(full, sizeof full, "%s%c", spec, conv);
            kr_buf_printf(&b, full, va_arg(ap, double));
            break;
        }
        case 'c': {
            int c = va_arg(ap, int);
            kr_buf_append_codepoint(&b, (uint32_t)c);
            break;
        }
        case 'p':
            kr_buf_printf(&b, "%p", va_arg(ap, void *));
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (s == NULL)
                s = "(null)";
            size_t n = strlen(s);
            if (prec >= 0 && (size_t)prec < n)
                n = (size_t)prec;
            /* Latin-1 safe: the text is UTF-8 already. */
            str = kr_str_decode_utf8(s, (Kr_ssize_t)n, KR_ERRORS_REPLACE);
            if (str == NULL)
                goto error;
            break;
        }
        case 'U':
            str = kr_newref(va_arg(ap, KrObject *));
            break;
        case 'S':
            str = kr_object_str(va_arg(ap, KrObject *));
            if (str == NULL)
                goto error;
            break;
        case 'R':
            str = kr_object_repr(va_arg(ap, KrObject *));
            if (str == NULL)
                goto error;
            break;
        case 'A':
            str = kr_object_ascii(va_arg(ap, KrObject *));
            if (str == NULL)
                goto error;
            break;
        case 'T':
            str = kr_str_from_cstr(kr_type_name(KR_TYPE(va_arg(ap, KrObject *))));
            if (str == NULL)
                goto error;
            break;
        case 'N':
            str = kr_str_from_cstr(kr_type_name(va_arg(ap, KrType *)));
            if (str == NULL)
                goto error;
            break;
        default:
            kr_buf_append(&b, start, (size_t)(p - start));
            break;
        }
        if (str) {
            Kr_ssize_t n = KR_STR_LEN(str);
            Kr_ssize_t shown = (prec >= 0 && conv != 's' && prec < n) ? prec : n;
            Kr_ssize_t pad = width > shown ? width - shown : 0;
            if (!left)
                for (Kr_ssize_t k = 0; k < pad; k++)
                    kr_buf_putc(&b, zero && conv != 's' ? ' ' : ' ');
            if (shown == n) {
                kr_buf_append_str(&b, str);
            } else {
                for (Kr_ssize_t k = 0; k < shown; k++)
                    kr_buf_append_codepoint(&b, KR_STR_CHAR(str, k));
            }
            if (left)
                for (Kr_ssize_t k = 0; k < pad; k++)
                    kr_buf_putc(&b, ' ');
            kr_decref(str);
        }
    }
    return kr_buf_finish(&b);
error:
    kr_buf_free(&b);
    return NULL;
}

KrObject *kr_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    KrObject *r = kr_str_from_formatv(fmt, ap);
    va_end(ap);
    return r;
}

/* ====================================================================== */
/* Interning                                                              */
/* ====================================================================== */

static KrObject **intern_slots;
static size_t intern_cap, intern_used;

static uint64_t fnv(KrObject *s)
{
    const uint8_t *p = KR_STR_DATA(s);
    size_t n = (size_t)KR_STR_LEN(s) * KR_STR_KIND(s);
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

static int intern_grow(void)
{
    size_t ncap = intern_cap ? intern_cap * 2 : 1024;
    KrObject **ns = kr_mem_calloc(ncap * sizeof *ns);
    if (ns == NULL)
        return -1;
    for (size_t i = 0; i < intern_cap; i++) {
        KrObject *s = intern_slots[i];
        if (s == NULL)
            continue;
        size_t j = (size_t)fnv(s) & (ncap - 1);
        while (ns[j])
            j = (j + 1) & (ncap - 1);
        ns[j] = s;
    }
    kr_mem_free(intern_slots);
    intern_slots = ns;
    intern_cap = ncap;
    return 0;
}

KrObject *kr_str_intern(KrObject *s)
{
    if (s == NULL || !KR_STR_CHECK_EXACT(s) || ((KrStr *)s)->interned)
        return s;
    if ((intern_used + 1) * 2 > intern_cap && intern_grow() < 0)
        return s;                   /* not interned: still a valid str */
    size_t j = (size_t)fnv(s) & (intern_cap - 1);
    while (intern_slots[j]) {
        KrObject *t = intern_slots[j];
        if (kr_str_eq(t, s)) {
            kr_decref(s);
            return kr_newref(t);
        }
        j = (j + 1) & (intern_cap - 1);
    }
    intern_slots[j] = kr_newref(s);  /* the table's reference */
    intern_used++;
    ((KrStr *)s)->interned = 1;
    return s;
}

KrObject *kr_str_intern_cstr(const char *cs)
{
    KrObject *s = kr_str_from_cstr(cs);
    if (s == NULL)
        return NULL;
    s = kr_str_intern(s);
    if (s && ((KrStr *)s)->interned) {
        kr_decref(s);               /* the table keeps it alive */
        return s;
    }
    return s;                       /* could not intern: leaks one ref, rare */
}

KrObject *kr_ids[KR_ID_COUNT];

int kr_str_init_ids(void)
{
    static const char *const names[] = {
#define KR_NAME(n) #n,
#include "names.h"
#undef KR_NAME
    };
    for (int i = 0; i < KR_ID_COUNT; i++) {
        if (kr_ids[i])
            continue;
        KrObject *s = kr_str_intern_cstr(names[i]);
        if (s == NULL)
            return -1;
        s->refcnt = KR_IMMORTAL_REFCNT;
        kr_ids[i] = s;
    }
    return 0;
}

/* ====================================================================== */
/* Equality, ordering, hashing                                            */
/* ====================================================================== */

int kr_str_eq(KrObject *a, KrObject *b)
{
    if (a == b)
        return 1;
    if (KR_STR_LEN(a) != KR_STR_LEN(b) || KR_STR_KIND(a) != KR_STR_KIND(b))
        return 0;
    KrStr *x = (KrStr *)a, *y = (KrStr *)b;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return 0;
    return memcmp(KR_STR_DATA(a), KR_STR_DATA(b),
                  (size_t)KR_STR_LEN(a) * KR_STR_KIND(a)) == 0;
}

int kr_str_eq_cstr(KrObject *a, const char *s)
{
    KrStr *u = (KrStr *)a;
    size_t n = strlen(s);
    if (u->ascii)
        return (size_t)KR_STR_LEN(a) == n && memcmp(KR_STR_DATA(a), s, n) == 0;
    Kr_ssize_t len;
    const char *p = kr_str_utf8(a, &len);
    if (p == NULL) {
        kr_err_clear();
        return 0;
    }
    return (size_t)len == n && memcmp(p, s, n) == 0;
}

int kr_str_compare(KrObject *a, KrObject *b)
{
    Kr_ssize_t la = KR_STR_LEN(a), lb = KR_STR_LEN(b);
    Kr_ssize_t n = la < lb ? la : lb;
    int ka = KR_STR_KIND(a), kb = KR_STR_KIND(b);
    const void *da = KR_STR_DATA(a), *db = KR_STR_DATA(b);
    if (ka == 1 && kb == 1) {
        int c = memcmp(da, db, (size_t)n);
        if (c)
            return c < 0 ? -1 : 1;
    } else {
        for (Kr_ssize_t i = 0; i < n; i++) {
            uint32_t x = kr_str_read(ka, da, i), y = kr_str_read(kb, db, i);
            if (x != y)
                return x < y ? -1 : 1;
        }
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

Kr_hash_t kr_str_hash(KrObject *o)
{
    KrStr *s = (KrStr *)o;
    if (s->hash != -1)
        return s->hash;
    Kr_ssize_t n = KR_STR_LEN(o);
    Kr_hash_t h = n == 0 ? 0 : kr_hash_bytes(KR_STR_DATA(o), (size_t)n * s->kind);
    if (h == -1)
        h = -2;
    s->hash = h;
    return h;
}

/* ====================================================================== */
/* Building and slicing                                                   */
/* ====================================================================== */

KrObject *kr_str_substr(KrObject *s, Kr_ssize_t start, Kr_ssize_t end)
{
    Kr_ssize_t n = KR_STR_LEN(s);
    if (start < 0)
        start = 0;
    if (end > n)
        end = n;
    if (start >= end)
        return kr_str_empty();
    if (start == 0 && end == n && KR_STR_CHECK_EXACT(s))
        return kr_newref(s);
    if (((KrStr *)s)->ascii) {
        /* Every piece of an ASCII string is ASCII: no maxchar scan. */
        const uint8_t *d = (const uint8_t *)KR_STR_DATA(s) + start;
        if (end - start == 1)
            return kr_str_char(d[0]);
        KrObject *r = kr_str_new(end - start, 127);
        if (r)
            memcpy(KR_STR_DATA(r), d, (size_t)(end - start));
        return r;
    }
    int kind = KR_STR_KIND(s);
    return kr_str_from_kind(kind, (const char *)KR_STR_DATA(s) + start * kind, end - start);
}

KrObject *kr_str_concat(KrObject *a, KrObject *b)
{
    if (!KR_STR_CHECK(b))
        return kr_err_format(&kr_exc_TypeError,
                             "can only concatenate str (not \"%s\") to str",
                             kr_type_name(KR_TYPE(b)));
    if (!KR_STR_CHECK(a))
        return kr_err_format(&kr_exc_TypeError,
                             "can only concatenate str (not \"%s\") to str",
                             kr_type_name(KR_TYPE(a)));
    Kr_ssize_t la = KR_STR_LEN(a), lb = KR_STR_LEN(b);
    if (lb == 0 && KR_STR_CHECK_EXACT(a))
        return kr_newref(a);
    if (la == 0 && KR_STR_CHECK_EXACT(b))
        return kr_newref(b);
    if (la > KR_SSIZE_T_MAX / 4 - lb - 64)
        return kr_err_no_memory();
    KrStr *x = (KrStr *)a, *y = (KrStr *)b;
    uint32_t ma = x->ascii ? 127 : kr_str_maxchar(x->kind, KR_STR_DATA(a), la);
    uint32_t mb = y->ascii ? 127 : kr_str_maxchar(y->kind, KR_STR_DATA(b), lb);
    KrObject *r = kr_str_new(la + lb, ma > mb ? ma : mb);
    if (r == NULL)
        return NULL;
    int k = KR_STR_KIND(r);
    copy_units(k, KR_STR_DATA(r), x->kind, KR_STR_DATA(a), la);
    copy_units(k, (char *)KR_STR_DATA(r) + la * k, y->kind, KR_STR_DATA(b), lb);
    return r;
}

/* s += t for a loop that builds a string.  When the left operand is an
 * exact, non-interned str that nobody else references (refcnt 1) and is
 * wide enough for the right one, it is grown in place with realloc (str
 * objects are not GC-tracked, so the allocation is the object itself);
 * this turns the usual O(n**2) loop into amortised O(n) as in CPython. */
int kr_str_append(KrObject **pleft, KrObject *right)
{
    KrObject *left = *pleft;
    if (!KR_STR_CHECK(right) || !KR_STR_CHECK(left)) {
        KrObject *r = kr_str_concat(left, right);
        kr_decref(left);
        *pleft = r;
        return r ? 0 : -1;
    }
    KrStr *u = (KrStr *)left;
    Kr_ssize_t la = KR_STR_LEN(left), lb = KR_STR_LEN(right);
    uint32_t mb = ((KrStr *)right)->ascii ? 127
                : kr_str_maxchar(KR_STR_KIND(right), KR_STR_DATA(right), lb);
    if (left->refcnt != 1 || !KR_STR_CHECK_EXACT(left) || u->interned || lb == 0 ||
        kind_for(mb) > u->kind || la > KR_SSIZE_T_MAX / 4 - lb - 64) {
        KrObject *r = kr_str_concat(left, right);
        kr_decref(left);
        *pleft = r;
        return r ? 0 : -1;
    }
    int k = u->kind;
    if (!u->ascii && u->utf8) {
        kr_mem_free(u->utf8);
    }
    u->utf8 = NULL;
    size_t size = sizeof(KrStr) + (size_t)(la + lb + 1) * k;
    KrStr *n = kr_mem_realloc(u, (size + 7) & ~(size_t)7);
    if (n == NULL) {
        /* the old object is intact; rebuild its cached UTF-8 lazily */
        if (u->ascii)
            u->utf8 = (char *)KR_STR_DATA(left);
        kr_decref(left);
        *pleft = NULL;
        kr_err_no_memory();
        return -1;
    }
    left = (KrObject *)n;
#if KR_DEBUG
    kr_gc_object_moved((KrObject *)u, left);    /* live-object accounting (gc.c) */
#endif
    copy_units(k, (char *)KR_STR_DATA(left) + la * k, KR_STR_KIND(right), KR_STR_DATA(right), lb);
    n->ob.size = la + lb;
    n->hash = -1;
    if (n->ascii && mb >= 128)
        n->ascii = 0;
    if (n->ascii) {
        n->utf8 = (char *)KR_STR_DATA(left);
        n->utf8_len = la + lb;
    }
    if (k == 1)
        ((uint8_t *)KR_STR_DATA(left))[la + lb] = 0;
    else if (k == 2)
        ((uint16_t *)KR_STR_DATA(left))[la + lb] = 0;
    else
        ((uint32_t *)KR_STR_DATA(left))[la + lb] = 0;
    *pleft = left;
    return 0;
}

static KrObject *str_repeat(KrObject *s, Kr_ssize_t n)
{
    Kr_ssize_t len = KR_STR_LEN(s);
    if (n <= 0 || len == 0)
        return kr_str_empty();
    if (n == 1 && KR_STR_CHECK_EXACT(s))
        return kr_newref(s);
    if (len > (KR_SSIZE_T_MAX / 4 - 64) / n) {
        kr_err_set_string(&kr_exc_OverflowError, "repeated string is too long");
        return NULL;
    }
    KrStr *u = (KrStr *)s;
    uint32_t m = u->ascii ? 127 : kr_str_maxchar(u->kind, KR_STR_DATA(s), len);
    KrObject *r = kr_str_new(len * n, m);
    if (r == NULL)
        return NULL;
    int k = KR_STR_KIND(r);
    size_t chunk = (size_t)len * k;
    char *d = KR_STR_DATA(r);
    memcpy(d, KR_STR_DATA(s), chunk);
    size_t done = chunk, total = chunk * (size_t)n;
    while (done < total) {
        size_t c = done <= total - done ? done : total - done;
        memcpy(d + done, d, c);
        done += c;
    }
    return r;
}

/* ====================================================================== */
/* repr                                                                   */
/* ====================================================================== */

KrObject *kr_str_repr(KrObject *s)
{
    Kr_ssize_t n = KR_STR_LEN(s);
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    int has_sq = 0, has_dq = 0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(kind, d, i);
        if (c == '\'')
            has_sq = 1;
        else if (c == '"')
            has_dq = 1;
    }
    uint32_t quote = (has_sq && !has_dq) ? '"' : '\'';
    KrUBuf u;
    kr_ubuf_init(&u);
    kr_ubuf_putc(&u, quote);
    for (Kr_ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(kind, d, i);
        char tmp[12];
        if (c == quote || c == '\\') {
            tmp[0] = '\\';
            tmp[1] = (char)c;
            kr_ubuf_put_ascii(&u, tmp, 2);
        } else if (c == '\t') {
            kr_ubuf_put_ascii(&u, "\\t", 2);
        } else if (c == '\n') {
            kr_ubuf_put_ascii(&u, "\\n", 2);
        } else if (c == '\r') {
            kr_ubuf_put_ascii(&u, "\\r", 2);
        } else if (c < 0x20 || c == 0x7f) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
            kr_ubuf_put_ascii(&u, tmp, 4);
        } else if (c < 0x7f) {
            kr_ubuf_putc(&u, c);
        } else if (kr_unicode_has(c, KR_UC_PRINTABLE)) {
            kr_ubuf_putc(&u, c);
        } else if (c <= 0xff) {
            snprintf(tmp, sizeof tmp, "\\x%02x", c);
            kr_ubuf_put_ascii(&u, tmp, 4);
        } else if (c <= 0xffff) {
            snprintf(tmp, sizeof tmp, "\\u%04x", c);
            kr_ubuf_put_ascii(&u, tmp, 6);
        } else {
            snprintf(tmp, sizeof tmp, "\\U%08x", c);
            kr_ubuf_put_ascii(&u, tmp, 10);
        }
    }
    kr_ubuf_putc(&u, quote);
    return kr_ubuf_finish(&u);
}

/* ====================================================================== */
/* Slots                                                                  */
/* ====================================================================== */

static void str_dealloc(KrObject *o)
{
    KrStr *s = (KrStr *)o;
    if (s->utf8 && !s->ascii)
        kr_mem_free(s->utf8);
    s->utf8 = NULL;
    kr_object_free(o);
}

static KrObject *str_str(KrObject *o)
{
    if (KR_STR_CHECK_EXACT(o))
        return kr_newref(o);
    return kr_str_from_kind(KR_STR_KIND(o), KR_STR_DATA(o), KR_STR_LEN(o));
}

static Kr_ssize_t str_length(KrObject *o)
{
    return KR_STR_LEN(o);
}

static KrObject *str_item(KrObject *o, Kr_ssize_t i)
{
    if (i < 0 || i >= KR_STR_LEN(o)) {
        kr_err_set_string(&kr_exc_IndexError, "string index out of range");
        return NULL;
    }
    return kr_str_char(KR_STR_CHAR(o, i));
}

static KrObject *str_subscript(KrObject *o, KrObject *key)
{
    if (KR_SLICE_CHECK(key)) {
        Kr_ssize_t start, stop, step;
        if (kr_slice_unpack(key, &start, &stop, &step) < 0)
            return NULL;
        Kr_ssize_t n = kr_slice_adjust(KR_STR_LEN(o), &start, &stop, step);
        if (step == 1)
            return kr_str_substr(o, start, start + n);
        if (n <= 0)
            return kr_str_empty();
        int kind = KR_STR_KIND(o);
        const void *d = KR_STR_DATA(o);
        uint32_t m = 0;
        for (Kr_ssize_t i = 0, j = start; i < n; i++, j += step) {
            uint32_t c = kr_str_read(kind, d, j);
            if (c > m)
                m = c;
        }
        if (n == 1)
            return kr_str_char(m);
        KrObject *r = kr_str_new(n, m);
        if (r == NULL)
            return NULL;
        int rk = KR_STR_KIND(r);
        void *rd = KR_STR_DATA(r);
        for (Kr_ssize_t i = 0, j = start; i < n; i++, j += step) {
            uint32_t c = kr_str_read(kind, d, j);
            if (rk == 1)
                ((uint8_t *)rd)[i] = (uint8_t)c;
            else if (rk == 2)
                ((uint16_t *)rd)[i] = (uint16_t)c;
            else
                ((uint32_t *)rd)[i] = c;
        }
        return r;
    }
    if (kr_index_check(key)) {
        Kr_ssize_t i = kr_number_as_ssize(key, &kr_exc_IndexError);
        if (i == -1 && kr_err_occurred())
            return NULL;
        if (i < 0)
            i += KR_STR_LEN(o);
        return str_item(o, i);
    }
    return kr_err_format(&kr_exc_TypeError, "string indices must be integers, not '%s'",
                         kr_type_name(KR_TYPE(key)));
}

/* Finds sub in s[start:end); dir > 0 first, dir < 0 last; -1 if absent. */
Kr_ssize_t kr_str_find_raw(KrObject *s, KrObject *sub, Kr_ssize_t start, Kr_ssize_t end,
                           int dir)
{
    Kr_ssize_t n = KR_STR_LEN(s), m = KR_STR_LEN(sub);
    if (start < 0)
        start = 0;
    if (end > n)
        end = n;
    if (end - start < m)
        return -1;
    if (m == 0)
        return dir > 0 ? start : end;
    int ks = KR_STR_KIND(s), km = KR_STR_KIND(sub);
    if (km > ks)
        return -1;
    const char *ds = KR_STR_DATA(s);
    const void *dm = KR_STR_DATA(sub);
    uint32_t first = kr_str_read(km, dm, 0);
    Kr_ssize_t last = end - m;
    if (dir > 0) {
        if (ks == 1 && km == 1) {
            const char *hit = m == 1 ? memchr(ds + start, (int)first, (size_t)(end - start))
                                     : memmem(ds + start, (size_t)(end - start), dm, (size_t)m);
            return hit ? hit - ds : -1;
        }
        for (Kr_ssize_t i = start; i <= last; i++) {
            if (kr_str_read(ks, ds, i) != first)
                continue;
            if (ks == km) {
                if (memcmp(ds + i * ks, dm, (size_t)m * ks) == 0)
                    return i;
                continue;
            }
            Kr_ssize_t j = 1;
            while (j < m && kr_str_read(ks, ds, i + j) == kr_str_read(km, dm, j))
                j++;
            if (j == m)
                return i;
        }
    } else {
        for (Kr_ssize_t i = last; i >= start; i--) {
            if (kr_str_read(ks, ds, i) != first)
                continue;
            if (ks == km) {
                if (memcmp(ds + i * ks, dm, (size_t)m * ks) == 0)
                    return i;
                continue;
            }
            Kr_ssize_t j = 1;
            while (j < m && kr_str_read(ks, ds, i + j) == kr_str_read(km, dm, j))
                j++;
            if (j == m)
                return i;
        }
    }
    return -1;
}

static int str_contains(KrObject *o, KrObject *x)
{
    if (!KR_STR_CHECK(x)) {
        kr_err_format(&kr_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                      kr_type_name(KR_TYPE(x)));
        return -1;
    }
    return kr_str_find_raw(o, x, 0, KR_STR_LEN(o), 1) >= 0;
}

static KrObject *str_richcompare(KrObject *a, KrObject *b, int op)
{
    if (!KR_STR_CHECK(a) || !KR_STR_CHECK(b))
        KR_RETURN_NOTIMPLEMENTED;
    int r;
    if (op == KR_EQ || op == KR_NE) {
        r = kr_str_eq(a, b);
        return kr_bool_from(op == KR_EQ ? r : !r);
    }
    int c = kr_str_compare(a, b);
    switch (op) {
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return kr_bool_from(r);
}

static KrObject *str_remainder(KrObject *a, KrObject *b)
{
    if (!KR_STR_CHECK(a))
        KR_RETURN_NOTIMPLEMENTED;
    return kr_str_mod_format(a, b);
}

/* str(object='', encoding='utf-8', errors='strict') */
static KrObject *str_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kr_parse_args("str", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    KrObject *r;
    if (a[1] == NULL && a[2] == NULL) {
        r = a[0] ? kr_object_str(a[0]) : kr_str_empty();
    } else {
        const char *enc = NULL, *errs = NULL;
        if (a[1]) {
            if (!KR_STR_CHECK(a[1]))
                return kr_err_format(&kr_exc_TypeError,
                                     "str() argument 'encoding' must be str, not %s",
                                     kr_type_name(KR_TYPE(a[1])));
            if ((enc = kr_str_utf8(a[1], NULL)) == NULL)
                return NULL;
        }
        if (a[2]) {
            if (!KR_STR_CHECK(a[2]))
                return kr_err_format(&kr_exc_TypeError,
                                     "str() argument 'errors' must be str, not %s",
                                     kr_type_name(KR_TYPE(a[2])));
            if ((errs = kr_str_utf8(a[2], NULL)) == NULL)
                return NULL;
        }
        if (a[0] == NULL) {
            r = kr_str_empty();
        } else if (KR_STR_CHECK(a[0])) {
            return kr_err_format(&kr_exc_TypeError, "decoding str is not supported");
        } else {
            KrBytesView v;
            if (!kr_bytes_view_check(a[0]))
                return kr_err_format(&kr_exc_TypeError,
                                     "decoding to str: need a bytes-like object, %s found",
                                     kr_type_name(KR_TYPE(a[0])));
            if (kr_bytes_view(a[0], &v) < 0)
                return NULL;
            r = kr_str_decode(v.data, v.len, enc ? enc : "utf-8", errs);
        }
    }
    if (r == NULL || type == &kr_str_type)
        return r;
    /* A subclass instance: copy the text into an object of `type`. */
    Kr_ssize_t n = KR_STR_LEN(r);
    KrStr *u = (KrStr *)r;
    uint32_t m = u->ascii ? 127 : kr_str_maxchar(u->kind, KR_STR_DATA(r), n);
    KrObject *o = alloc_typed(type, n, m);
    if (o)
        memcpy(KR_STR_DATA(o), KR_STR_DATA(r), (size_t)n * u->kind);
    kr_decref(r);
    return o;
}

/* ---- iterator ---- */

typedef struct {
    KrObject ob;
    KrObject *s;                    /* NULL once exhausted */
    Kr_ssize_t i;
} StrIter;

static KrType str_uiter_type;

/* CPython 3.11 names the iterator of an ASCII string str_ascii_iterator and
 * the others str_iterator; type(iter(s)) shows it, so mirror it. */
static KrObject *str_iter(KrObject *o)
{
    StrIter *it = (StrIter *)kr_object_alloc(
        ((KrStr *)o)->ascii ? &kr_str_iter_type : &str_uiter_type, 0);
    if (it == NULL)
        return NULL;
    it->s = kr_newref(o);
    it->i = 0;
    return (KrObject *)it;
}

static KrObject *striter_next(KrObject *o)
{
    StrIter *it = (StrIter *)o;
    if (it->s == NULL)
        return NULL;
    if (it->i < KR_STR_LEN(it->s))
        return kr_str_char(KR_STR_CHAR(it->s, it->i++));
    KR_CLEAR(it->s);
    return NULL;
}

static KrObject *striter_self(KrObject *o)
{
    return kr_newref(o);
}

static void striter_dealloc(KrObject *o)
{
    StrIter *it = (StrIter *)o;
    KR_CLEAR(it->s);
    kr_object_free(o);
}

static KrObject *striter_length_hint(KrObject *o)
{
    StrIter *it = (StrIter *)o;
    return kr_int_from_ssize(it->s ? KR_STR_LEN(it->s) - it->i : 0);
}

static const KrMethodDef striter_methods[] = {
    KR_METHOD_NOARGS("__length_hint__", striter_length_hint),
    KR_METHOD_END,
};

KrType kr_str_iter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIter),
    .dealloc = striter_dealloc,
    .iter = striter_self,
    .iternext = striter_next,
    .methods = striter_methods,
    .flags = KR_TPFLAGS_IMMUTABLE | KR_TPFLAGS_DISALLOW_INSTANTIATION,
};

static KrType str_uiter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "str_iterator",
    .basicsize = sizeof(StrIter),
    .dealloc = striter_dealloc,
    .iter = striter_self,
    .iternext = striter_next,
    .methods = striter_methods,
    .flags = KR_TPFLAGS_IMMUTABLE | KR_TPFLAGS_DISALLOW_INSTANTIATION,
};

static KrSequenceMethods str_as_sequence = {
    .length = str_length,
    .concat = kr_str_concat,
    .repeat = str_repeat,
    .item = str_item,
    .contains = str_contains,
};

static KrMappingMethods str_as_mapping = {
    .length = str_length,
    .subscript = str_subscript,
};

static KrNumberMethods str_as_number = {
    .remainder = str_remainder,
};

KrType kr_str_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "str",
    .basicsize = sizeof(KrStr),
    .itemsize = 1,
    .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_STR_SUBCLASS | KR_TPFLAGS_IMMUTABLE,
    .dealloc = str_dealloc,
    .repr = kr_str_repr,
    .str = str_str,
    .hash = kr_str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .as_number = &str_as_number,
    .as_sequence = &str_as_sequence,
    .as_mapping = &str_as_mapping,
    .new_ = str_new,
    .methods = kr_str_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
};
