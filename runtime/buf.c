/*
 * buf.c -- KrBuf, the growable byte buffer used to build text.
 *
 * A KrBuf starts on its inline `small` array, so short results (most reprs,
 * error messages, formatted numbers) never touch the allocator; it moves to
 * the heap when it outgrows that and doubles from then on.  Because `data`
 * may point into the struct itself, a KrBuf must not be copied by value
 * while in use.
 *
 * Allocation failure is sticky: the append functions return -1 and set
 * `failed`, later appends are no-ops, and kr_buf_finish raises MemoryError.
 * So a caller may append a run of pieces and check only the finish.  The
 * functions that call back into Python (append_repr/append_strof) return -1
 * with the exception already set.
 *
 * The contents are UTF-8.  Code points are written the "surrogatepass" way
 * (a lone surrogate becomes its 3-byte form) so that any str survives the
 * round trip through a buffer; kr_buf_finish decodes the same way.
 */
#include "krait.h"
#include "strimpl.h"

#include <stdio.h>
#include <stdlib.h>

void kr_buf_init(KrBuf *b)
{
    b->data = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
    b->failed = 0;
    b->small[0] = '\0';
}

void kr_buf_free(KrBuf *b)
{
    if (b->data != b->small)
        kr_mem_free(b->data);
    kr_buf_init(b);
}

/* Ensures room for n more bytes plus a NUL. */
static int reserve(KrBuf *b, size_t n)
{
    if (b->failed)
        return -1;
    if (b->len + n + 1 <= b->cap)
        return 0;
    size_t cap = b->cap * 2;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *p;
    if (b->data == b->small) {
        p = kr_mem_alloc(cap);
        if (p)
            memcpy(p, b->small, b->len + 1);
    } else {
        p = kr_mem_realloc(b->data, cap);
    }
    if (p == NULL) {
        b->failed = 1;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

int kr_buf_reserve(KrBuf *b, size_t n)
{
    return reserve(b, n);
}

int kr_buf_append(KrBuf *b, const char *s, size_t n)
{
    if (reserve(b, n) < 0)
        return -1;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int kr_buf_puts(KrBuf *b, const char *s)
{
    return kr_buf_append(b, s, strlen(s));
}

int kr_buf_putc(KrBuf *b, char c)
{
    if (reserve(b, 1) < 0)
        return -1;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return 0;
}

int kr_buf_printf(KrBuf *b, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    int rc;
    if (n < 0) {
        rc = -1;
    } else if ((size_t)n < sizeof tmp) {
        rc = kr_buf_append(b, tmp, (size_t)n);
    } else if (reserve(b, (size_t)n) < 0) {
        rc = -1;
    } else {
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
        b->len += (size_t)n;
        rc = 0;
    }
    va_end(ap2);
    return rc;
}

int kr_buf_append_codepoint(KrBuf *b, uint32_t cp)
{
    char tmp[4];
    int n = kr_utf8_encode_cp(cp, tmp);
    return kr_buf_append(b, tmp, (size_t)n);
}

int kr_buf_append_str(KrBuf *b, KrObject *s)
{
    KrStr *u = (KrStr *)s;
    if (u->ascii)
        return kr_buf_append(b, (const char *)KR_STR_DATA(s), (size_t)KR_STR_LEN(s));
    if (u->utf8)
        return kr_buf_append(b, u->utf8, (size_t)u->utf8_len);
    int kind = u->kind;
    const void *data = KR_STR_DATA(s);
    Kr_ssize_t n = KR_STR_LEN(s);
    if (reserve(b, (size_t)n * (kind == 1 ? 2 : kind == 2 ? 3 : 4)) < 0)
        return -1;
    for (Kr_ssize_t i = 0; i < n; i++)
        b->len += (size_t)kr_utf8_encode_cp(kr_str_read(kind, data, i), b->data + b->len);
    b->data[b->len] = '\0';
    return 0;
}

int kr_buf_append_repr(KrBuf *b, KrObject *o)
{
    KrObject *r = kr_object_repr(o);
    if (r == NULL)
        return -1;
    int rc = kr_buf_append_str(b, r);
    kr_decref(r);
    return rc;
}

int kr_buf_append_strof(KrBuf *b, KrObject *o)
{
    KrObject *r = kr_object_str(o);
    if (r == NULL)
        return -1;
    int rc = kr_buf_append_str(b, r);
    kr_decref(r);
    return rc;
}

KrObject *kr_buf_finish(KrBuf *b)
{
    if (b->failed) {
        kr_buf_free(b);
        return kr_err_no_memory();
    }
    KrObject *s = kr_str_decode_utf8(b->data, (Kr_ssize_t)b->len, KR_ERRORS_SURROGATEPASS);
    kr_buf_free(b);
    return s;
}

KrObject *kr_buf_finish_bytes(KrBuf *b)
{
    if (b->failed) {
        kr_buf_free(b);
        return kr_err_no_memory();
    }
    KrObject *r = kr_bytes_from(b->data, (Kr_ssize_t)b->len);
    kr_buf_free(b);
    return r;
}
