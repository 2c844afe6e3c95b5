/*
 * zlib.c -- the zlib module, a binding of the system zlib (-lz).
 *
 * Design: one-shot functions (compress, decompress, crc32, adler32) and two
 * stream types, zlib.Compress and zlib.Decompress, each owning a z_stream.
 * Because the same library does the work, output bytes equal CPython's as
 * long as the calls into zlib are the same: the same deflateInit2 /
 * inflateInit2 parameters, the same flush modes, and the same points where
 * deflateEnd / inflateEnd are called.  The driving loops follow CPython's
 * observable behaviour (which data ends in unused_data/unconsumed_tail, when
 * a truncated stream is an error, which message an error carries).
 *
 * Output is collected in an OutBuf: a malloc'd buffer that doubles as
 * zlib fills it, with an optional hard limit (Decompress.decompress's
 * max_length).  The caller turns it into a bytes object at the end; zlib
 * never writes into a Python object, so no object is resized in place.
 * Input larger than UINT_MAX is fed in UINT_MAX slices (avail_in is a
 * uInt).
 *
 * Invariants: `inited` is 1 exactly while the z_stream holds zlib state
 * that must be released with deflateEnd/inflateEnd (set after a successful
 * *Init2, cleared after *End).  unused_data and unconsumed_tail are always
 * bytes objects (never NULL after creation).  The types cannot be
 * instantiated from Python, as in CPython; compressobj()/decompressobj()
 * build them.
 */
#include "krait.h"
#include <limits.h>
#include <stdlib.h>
#include <zlib.h>

#define DEF_BUF_SIZE (16 * 1024)
#define DEF_MEM_LEVEL 8

static KrObject *zlib_error_type;   /* zlib.error, owned by the module */

/* ---- errors ---- */

static void zerror(z_stream *zst, int err, const char *msg)
{
    const char *zmsg = NULL;
    if (err == Z_VERSION_ERROR)
        zmsg = "library version mismatch";
    if (zmsg == NULL)
        zmsg = zst->msg;
    if (zmsg == NULL) {
        switch (err) {
        case Z_BUF_ERROR: zmsg = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: zmsg = "inconsistent stream state"; break;
        case Z_DATA_ERROR: zmsg = "invalid input data"; break;
        }
    }
    KrType *t = (KrType *)zlib_error_type;
    if (zmsg == NULL)
        kr_err_format(t, "Error %d %s", err, msg);
    else
        kr_err_format(t, "Error %d %s: %.200s", err, msg, zmsg);
}

/* ---- argument helpers ---- */

static int get_cint(KrObject *o, int *out)
{
    Kr_ssize_t v = kr_number_as_ssize(o, &kr_exc_OverflowError);
    if (v == -1 && kr_err_occurred())
        return -1;
    if (v > INT_MAX) {
        kr_err_set_string(&kr_exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    if (v < INT_MIN) {
        kr_err_set_string(&kr_exc_OverflowError, "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int get_ssize(KrObject *o, Kr_ssize_t *out)
{
    Kr_ssize_t v = kr_number_as_ssize(o, &kr_exc_OverflowError);
    if (v == -1 && kr_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* The low 32 bits of an int of any size (CPython's bitwise unsigned int). */
static int get_u32_mask(KrObject *o, uint32_t *out)
{
    KrObject *i = kr_number_index(o);
    if (i == NULL)
        return -1;
    KrObject *mask = kr_int_from_i64(0xffffffffLL);
    KrObject *r = mask ? kr_number_binop(i, mask, KR_NB_AND) : NULL;
    kr_decref(i);
    kr_xdecref(mask);
    if (r == NULL)
        return -1;
    int overflow = 0;
    int64_t v = kr_int_as_i64(r, &overflow);
    kr_decref(r);
    if (v == -1 && kr_err_occurred())
        return -1;
    *out = (uint32_t)v;
    return 0;
}

/* ---- growable output ---- */

typedef struct OutBuf {
    unsigned char *data;
    size_t cap;
    size_t limit;        /* 0 = unlimited */
} OutBuf;

/* Points zst's output at fresh room in b.  Returns 0, -1 on memory error,
 * -2 when the hard limit is reached (nothing to give). */
static int out_arrange(OutBuf *b, z_stream *zst, size_t first)
{
    size_t used = b->data ? (size_t)(zst->next_out - b->data) : 0;
    if (b->data == NULL || used == b->cap) {
        size_t ncap;
        if (b->data == NULL) {
            ncap = first ? first : 1;
        } else {
            if (b->limit && b->cap >= b->limit)
                return -2;
            ncap = b->cap * 2;
        }
        if (b->limit && ncap > b->limit)
            ncap = b->limit;
        unsigned char *nd = realloc(b->data, ncap ? ncap : 1);
        if (nd == NULL)
            return -1;
        b->data = nd;
        b->cap = ncap;
        zst->next_out = nd + used;
    }
    size_t room = b->cap - used;
    zst->avail_out = room > UINT_MAX ? UINT_MAX : (uInt)room;
    return 0;
}

static KrObject *out_finish(OutBuf *b, z_stream *zst)
{
    size_t used = b->data ? (size_t)(zst->next_out - b->data) : 0;
    KrObject *r = kr_bytes_from(b->data ? (const char *)b->data : "", (Kr_ssize_t)used);
    free(b->data);
    b->data = NULL;
    return r;
}

static void out_free(OutBuf *b)
{
    free(b->data);
    b->data = NULL;
}

/* Feeds the next slice of the remaining input (*left bytes) to zst. */
static void in_arrange(z_stream *zst, size_t *left)
{
    uInt n = *left > UINT_MAX ? UINT_MAX : (uInt)*left;
    zst->avail_in = n;
    *left -= n;
}

/* ---- checksums ---- */

static KrObject *checksum(const char *name, KrObject *const *args, Kr_ssize_t nargs,
                          uint32_t init, int is_crc)
{
    if (kr_check_nargs(name, nargs, 1, 2) < 0)
        return NULL;
    KrBytesView v;
    if (kr_bytes_view(args[0], &v) < 0)
        return NULL;
    uint32_t value = init;
    if (nargs == 2 && get_u32_mask(args[1], &value) < 0)
        return NULL;
    const unsigned char *p = (const unsigned char *)v.data;
    size_t left = (size_t)v.len;
    uLong acc = value;
    do {
        uInt n = left > UINT_MAX ? UINT_MAX : (uInt)left;
        acc = is_crc ? crc32(acc, p, n) : adler32(acc, p, n);
        p += n;
        left -= n;
    } while (left);
    return kr_int_from_u64((uint64_t)(acc & 0xffffffffUL));
}

static KrObject *z_crc32(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    return checksum("crc32", args, nargs, 0, 1);
}

static KrObject *z_adler32(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    return checksum("adler32", args, nargs, 1, 0);
}

/* ---- one-shot compress / decompress ---- */

static KrObject *z_compress(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "", "level", "wbits", NULL };
    KrObject *a[3] = { NULL, NULL, NULL };
    if (kr_parse_args("compress", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    KrBytesView v;
    if (kr_bytes_view(a[0], &v) < 0)
        return NULL;
    int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
    if ((a[1] && get_cint(a[1], &level) < 0) || (a[2] && get_cint(a[2], &wbits) < 0))
        return NULL;

    z_stream zst;
    memset(&zst, 0, sizeof zst);
    int err = deflateInit2(&zst, level, Z_DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR) {
        kr_err_set_string(&kr_exc_MemoryError, "Out of memory while compressing data");
        return NULL;
    }
    if (err == Z_STREAM_ERROR) {
        kr_err_set_string((KrType *)zlib_error_type, "Bad compression level");
        return NULL;
    }
    if (err != Z_OK) {
        deflateEnd(&zst);
        zerror(&zst, err, "while compressing data");
        return NULL;
    }
    OutBuf out = { NULL, 0, 0 };
    size_t left = (size_t)v.len;
    zst.next_in = (Bytef *)v.data;
    int flush;
    do {
        in_arrange(&zst, &left);
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (out_arrange(&out, &zst, DEF_BUF_SIZE) < 0) {
                deflateEnd(&zst);
                out_free(&out);
                return kr_err_no_memory();
            }
            err = deflate(&zst, flush);
            if (err == Z_STREAM_ERROR) {
                deflateEnd(&zst);
                out_free(&out);
                zerror(&zst, err, "while compressing data");
                return NULL;
            }
        } while (zst.avail_out == 0);
    } while (flush != Z_FINISH);
    err = deflateEnd(&zst);
    if (err != Z_OK) {
        out_free(&out);
        zerror(&zst, err, "while finishing compression");
        return NULL;
    }
    return out_finish(&out, &zst);
}

static KrObject *z_decompress(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "", "wbits", "bufsize", NULL };
    KrObject *a[3] = { NULL, NULL, NULL };
    if (kr_parse_args("decompress", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    KrBytesView v;
    if (kr_bytes_view(a[0], &v) < 0)
        return NULL;
    int wbits = MAX_WBITS;
    Kr_ssize_t bufsize = DEF_BUF_SIZE;
    if ((a[1] && get_cint(a[1], &wbits) < 0) || (a[2] && get_ssize(a[2], &bufsize) < 0))
        return NULL;
    if (bufsize < 0) {
        kr_err_set_string(&kr_exc_ValueError, "bufsize must be non-negative");
        return NULL;
    }
    if (bufsize == 0)
        bufsize = 1;

    z_stream zst;
    memset(&zst, 0, sizeof zst);
    zst.next_in = (Bytef *)v.data;
    int err = inflateInit2(&zst, wbits);
    if (err == Z_MEM_ERROR) {
        kr_err_set_string(&kr_exc_MemoryError, "Out of memory while decompressing data");
        return NULL;
    }
    if (err != Z_OK) {
        inflateEnd(&zst);
        zerror(&zst, err, "while preparing to decompress data");
        return NULL;
    }
    OutBuf out = { NULL, 0, 0 };
    size_t left = (size_t)v.len;
    do {
        in_arrange(&zst, &left);
        int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            if (out_arrange(&out, &zst, (size_t)bufsize) < 0) {
                inflateEnd(&zst);
                out_free(&out);
                return kr_err_no_memory();
            }
            err = inflate(&zst, flush);
            switch (err) {
            case Z_OK:
            case Z_BUF_ERROR:
            case Z_STREAM_END:
                break;
            case Z_MEM_ERROR:
                inflateEnd(&zst);
                out_free(&out);
                kr_err_set_string(&kr_exc_MemoryError, "Out of memory while decompressing data");
                return NULL;
            default:
                inflateEnd(&zst);
                out_free(&out);
                zerror(&zst, err, "while decompressing data");
                return NULL;
            }
        } while (zst.avail_out == 0);
    } while (err != Z_STREAM_END && left != 0);

    if (err != Z_STREAM_END) {
        inflateEnd(&zst);
        out_free(&out);
        zerror(&zst, err, "while decompressing data");
        return NULL;
    }
    err = inflateEnd(&zst);
    if (err != Z_OK) {
        out_free(&out);
        zerror(&zst, err, "while finishing decompression");
        return NULL;
    }
    return out_finish(&out, &zst);
}

/* ---- stream objects ---- */

typedef struct ZStream {
    KrObject ob;
    z_stream zst;
    KrObject *unused_data;      /* bytes */
    KrObject *unconsumed_tail;  /* bytes */
    KrObject *zdict;            /* bytes or NULL */
    char eof;
    char inited;
} ZStream;

static KrType compress_type, decompress_type;

static ZStream *zs_alloc(KrType *t)
{
    ZStream *s = (ZStream *)kr_object_alloc(t, 0);
    if (s == NULL)
        return NULL;
    s->unused_data = kr_bytes_from("", 0);
    s->unconsumed_tail = kr_bytes_from("", 0);
    if (s->unused_data == NULL || s->unconsumed_tail == NULL) {
        kr_decref((KrObject *)s);
        return NULL;
    }
    return s;
}

static void zs_dealloc(KrObject *o)
{
    ZStream *s = (ZStream *)o;
    if (s->inited) {
        if (KR_TYPE(o) == &compress_type)
            deflateEnd(&s->zst);
        else
            inflateEnd(&s->zst);
        s->inited = 0;
    }
    KR_CLEAR(s->unused_data);
    KR_CLEAR(s->unconsumed_tail);
    KR_CLEAR(s->zdict);
    kr_object_free(o);
}

static KrObject *z_compressobj(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "level", "method", "wbits", "memLevel", "strategy",
                                         "zdict", NULL };
    KrObject *a[6] = { NULL };
    if (kr_parse_args("compressobj", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    int level = Z_DEFAULT_COMPRESSION, method = Z_DEFLATED, wbits = MAX_WBITS;
    int memlevel = DEF_MEM_LEVEL, strategy = Z_DEFAULT_STRATEGY;
    if ((a[0] && get_cint(a[0], &level) < 0) || (a[1] && get_cint(a[1], &method) < 0) ||
        (a[2] && get_cint(a[2], &wbits) < 0) || (a[3] && get_cint(a[3], &memlevel) < 0) ||
        (a[4] && get_cint(a[4], &strategy) < 0))
        return NULL;
    KrBytesView dict = { NULL, 0 };
    if (a[5] && a[5] != kr_None && kr_bytes_view(a[5], &dict) < 0)
        return NULL;

    ZStream *s = zs_alloc(&compress_type);
    if (s == NULL)
        return NULL;
    int err = deflateInit2(&s->zst, level, method, wbits, memlevel, strategy);
    switch (err) {
    case Z_OK:
        s->inited = 1;
        if (dict.data != NULL) {
            if ((size_t)dict.len > UINT_MAX) {
                kr_err_set_string(&kr_exc_OverflowError, "zdict length does not fit in an unsigned int");
                goto fail;
            }
            err = deflateSetDictionary(&s->zst, (const Bytef *)dict.data, (uInt)dict.len);
            if (err != Z_OK) {
                kr_err_set_string(&kr_exc_ValueError, "Invalid dictionary");
                goto fail;
            }
        }
        return (KrObject *)s;
    case Z_MEM_ERROR:
        kr_err_set_string(&kr_exc_MemoryError, "Can't allocate memory for compression object");
        goto fail;
    case Z_STREAM_ERROR:
        kr_err_set_string(&kr_exc_ValueError, "Invalid initialization option");
        goto fail;
    default:
        zerror(&s->zst, err, "while creating compression object");
        goto fail;
    }
fail:
    kr_decref((KrObject *)s);
    return NULL;
}

static int set_inflate_dict(ZStream *s)
{
    KrBytesView d;
    if (kr_bytes_view(s->zdict, &d) < 0)
        return -1;
    if ((size_t)d.len > UINT_MAX) {
        kr_err_set_string(&kr_exc_OverflowError, "zdict length does not fit in an unsigned int");
        return -1;
    }
    int err = inflateSetDictionary(&s->zst, (const Bytef *)d.data, (uInt)d.len);
    if (err != Z_OK) {
        zerror(&s->zst, err, "while setting zdict");
        return -1;
    }
    return 0;
}

static KrObject *z_decompressobj(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "wbits", "zdict", NULL };
    KrObject *a[2] = { NULL, NULL };
    if (kr_parse_args("decompressobj", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    int wbits = MAX_WBITS;
    if (a[0] && get_cint(a[0], &wbits) < 0)
        return NULL;
    KrObject *zdict = NULL;
    if (a[1]) {
        if (!kr_bytes_view_check(a[1])) {
            kr_err_set_string(&kr_exc_TypeError, "zdict argument must support the buffer protocol");
            return NULL;
        }
        KrBytesView d;
        if (kr_bytes_view(a[1], &d) < 0)
            return NULL;
        /* a private copy: the caller's bytearray may change later */
        zdict = kr_bytes_from(d.data, d.len);
        if (zdict == NULL)
            return NULL;
    }
    ZStream *s = zs_alloc(&decompress_type);
    if (s == NULL) {
        kr_xdecref(zdict);
        return NULL;
    }
    s->zdict = zdict;
    int err = inflateInit2(&s->zst, wbits);
    switch (err) {
    case Z_OK:
        s->inited = 1;
        /* raw streams carry no dictionary request: set it up front */
        if (s->zdict != NULL && wbits < 0 && set_inflate_dict(s) < 0)
            goto fail;
        return (KrObject *)s;
    case Z_STREAM_ERROR:
        kr_err_set_string(&kr_exc_ValueError, "Invalid initialization option");
        goto fail;
    case Z_MEM_ERROR:
        kr_err_set_string(&kr_exc_MemoryError, "Can't allocate memory for decompression object");
        goto fail;
    default:
        zerror(&s->zst, err, "while creating decompression object");
        goto fail;
    }
fail:
    kr_decref((KrObject *)s);
    return NULL;
}

/* Compress.compress(data) */
static KrObject *comp_compress(KrObject *self, KrObject *arg)
{
    ZStream *s = (ZStream *)self;
    KrBytesView v;
    if (kr_bytes_view(arg, &v) < 0)
        return NULL;
    OutBuf out = { NULL, 0, 0 };
    size_t left = (size_t)v.len;
    s->zst.next_in = (Bytef *)v.data;
    do {
        in_arrange(&s->zst, &left);
        do {
            if (out_arrange(&out, &s->zst, DEF_BUF_SIZE) < 0) {
                out_free(&out);
                return kr_err_no_memory();
            }
            int err = deflate(&s->zst, Z_NO_FLUSH);
            if (err == Z_STREAM_ERROR) {
                out_free(&out);
                zerror(&s->zst, err, "while compressing data");
                return NULL;
            }
        } while (s->zst.avail_out == 0);
    } while (left != 0);
    return out_finish(&out, &s->zst);
}

/* Compress.flush(mode=Z_FINISH) */
static KrObject *comp_flush(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    ZStream *s = (ZStream *)self;
    if (kr_check_nargs("flush", nargs, 0, 1) < 0)
        return NULL;
    int mode = Z_FINISH;
    if (nargs == 1 && get_cint(args[0], &mode) < 0)
        return NULL;
    if (mode == Z_NO_FLUSH)
        return kr_bytes_from("", 0);
    OutBuf out = { NULL, 0, 0 };
    int err;
    s->zst.avail_in = 0;
    do {
        if (out_arrange(&out, &s->zst, DEF_BUF_SIZE) < 0) {
            out_free(&out);
            return kr_err_no_memory();
        }
        err = deflate(&s->zst, mode);
        if (err == Z_STREAM_ERROR) {
            out_free(&out);
            zerror(&s->zst, err, "while flushing");
            return NULL;
        }
    } while (s->zst.avail_out == 0);
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        err = deflateEnd(&s->zst);
        if (err != Z_OK) {
            out_free(&out);
            zerror(&s->zst, err, "while finishing compression");
            return NULL;
        }
        s->inited = 0;
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        out_free(&out);
        zerror(&s->zst, err, "while flushing");
        return NULL;
    }
    return out_finish(&out, &s->zst);
}

static KrObject *zs_copy(KrObject *self)
{
    ZStream *s = (ZStream *)self;
    int is_comp = KR_TYPE(self) == &compress_type;
    if (!s->inited) {
        kr_err_set_string(&kr_exc_ValueError, "Inconsistent stream state");
        return NULL;
    }
    ZStream *c = zs_alloc(KR_TYPE(self));
    if (c == NULL)
        return NULL;
    int err = is_comp ? deflateCopy(&c->zst, &s->zst) : inflateCopy(&c->zst, &s->zst);
    if (err != Z_OK) {
        if (err == Z_STREAM_ERROR)
            kr_err_set_string(&kr_exc_ValueError, "Inconsistent stream state");
        else if (err == Z_MEM_ERROR)
            kr_err_set_string(&kr_exc_MemoryError,
                              is_comp ? "Can't allocate memory for compression object"
                                      : "Can't allocate memory for decompression object");
        else
            zerror(&s->zst, err, "while copying compression object");
        kr_decref((KrObject *)c);
        return NULL;
    }
    c->inited = 1;
    KR_SETREF(c->unused_data, kr_newref(s->unused_data));
    KR_SETREF(c->unconsumed_tail, kr_newref(s->unconsumed_tail));
    c->zdict = kr_xnewref(s->zdict);
    c->eof = s->eof;
    return (KrObject *)c;
}

static KrObject *zs_deepcopy(KrObject *self, KrObject *memo)
{
    return zs_copy(self);
}

/* After inflate stopped: input after the end of stream goes to
 * unused_data; input not consumed because output was limited goes to
 * unconsumed_tail (which is cleared once everything was consumed). */
static int save_unconsumed(ZStream *s, int err)
{
    if (err == Z_STREAM_END && s->zst.avail_in > 0) {
        KrBytesView old;
        if (kr_bytes_view(s->unused_data, &old) < 0)
            return -1;
        KrObject *n = kr_bytes_new(old.len + (Kr_ssize_t)s->zst.avail_in);
        if (n == NULL)
            return -1;
        memcpy(KR_BYTES_DATA(n), old.data, (size_t)old.len);
        memcpy(KR_BYTES_DATA(n) + old.len, s->zst.next_in, s->zst.avail_in);
        KR_SETREF(s->unused_data, n);
        s->zst.avail_in = 0;
    }
    if (s->zst.avail_in > 0 || KR_SIZE(s->unconsumed_tail) > 0) {
        KrObject *n = kr_bytes_from((const char *)s->zst.next_in, (Kr_ssize_t)s->zst.avail_in);
        if (n == NULL)
            return -1;
        KR_SETREF(s->unconsumed_tail, n);
    }
    return 0;
}

/* The shared inflate loop of decompress() and flush(); `finishing` selects
 * flush()'s Z_FINISH on the last slice.  Returns the last zlib status, or
 * INT_MIN after raising. */
static int inflate_loop(ZStream *s, OutBuf *out, const char *data, size_t len,
                        size_t first, int finishing)
{
    int err = Z_OK;
    size_t left = len;
    s->zst.next_in = (Bytef *)data;
    do {
        in_arrange(&s->zst, &left);
        int flush = finishing ? (left == 0 ? Z_FINISH : Z_NO_FLUSH) : Z_SYNC_FLUSH;
        do {
            int r = out_arrange(out, &s->zst, first);
            if (r == -2)
                return err;          /* max_length reached */
            if (r < 0) {
                kr_err_no_memory();
                return INT_MIN;
            }
            err = inflate(&s->zst, flush);
            switch (err) {
            case Z_OK:
            case Z_BUF_ERROR:
            case Z_STREAM_END:
                break;
            default:
                if (err == Z_NEED_DICT && s->zdict != NULL) {
                    if (set_inflate_dict(s) < 0)
                        return INT_MIN;
                    break;
                }
                return err;
            }
        } while (s->zst.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && left != 0);
    return err;
}

/* Decompress.decompress(data, /, max_length=0) */
static KrObject *decomp_decompress(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                                   KrObject *kwnames)
{
    ZStream *s = (ZStream *)self;
    static const char *const names[] = { "", "max_length", NULL };
    KrObject *a[2] = { NULL, NULL };
    if (kr_parse_args("decompress", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    KrBytesView v;
    if (kr_bytes_view(a[0], &v) < 0)
        return NULL;
    Kr_ssize_t max_length = 0;
    if (a[1] && get_ssize(a[1], &max_length) < 0)
        return NULL;
    if (max_length < 0) {
        kr_err_set_string(&kr_exc_ValueError, "max_length must be non-negative");
        return NULL;
    }
    size_t first = DEF_BUF_SIZE;
    if (max_length && first > (size_t)max_length)
        first = (size_t)max_length;
    OutBuf out = { NULL, 0, (size_t)max_length };
    int err = inflate_loop(s, &out, v.data, (size_t)v.len, first, 0);
    if (err == INT_MIN) {
        out_free(&out);
        return NULL;
    }
    if (save_unconsumed(s, err) < 0) {
        out_free(&out);
        return NULL;
    }
    if (err == Z_STREAM_END) {
        s->eof = 1;
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        out_free(&out);
        zerror(&s->zst, err, "while decompressing data");
        return NULL;
    }
    return out_finish(&out, &s->zst);
}

/* Decompress.flush(length=DEF_BUF_SIZE) */
static KrObject *decomp_flush(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    ZStream *s = (ZStream *)self;
    if (kr_check_nargs("flush", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t length = DEF_BUF_SIZE;
    if (nargs == 1 && get_ssize(args[0], &length) < 0)
        return NULL;
    if (length <= 0) {
        kr_err_set_string(&kr_exc_ValueError, "length must be greater than zero");
        return NULL;
    }
    KrObject *tail = kr_newref(s->unconsumed_tail);
    KrBytesView v;
    if (kr_bytes_view(tail, &v) < 0) {
        kr_decref(tail);
        return NULL;
    }
    OutBuf out = { NULL, 0, 0 };
    int err = inflate_loop(s, &out, v.data, (size_t)v.len, (size_t)length, 1);
    if (err == INT_MIN || save_unconsumed(s, err) < 0) {
        kr_decref(tail);
        out_free(&out);
        return NULL;
    }
    kr_decref(tail);
    if (err == Z_STREAM_END) {
        s->eof = 1;
        s->inited = 0;
        err = inflateEnd(&s->zst);
        if (err != Z_OK) {
            out_free(&out);
            zerror(&s->zst, err, "while finishing decompression");
            return NULL;
        }
    }
    return out_finish(&out, &s->zst);
}

static const KrMethodDef comp_methods[] = {
    { "compress", { .o = comp_compress }, KR_METH_O,
      "Returns a bytes object containing compressed data." },
    { "flush", { .fast = comp_flush }, KR_METH_FAST,
      "Return a bytes object containing any remaining compressed data." },
    { "copy", { .noargs = zs_copy }, KR_METH_NOARGS, "Return a copy of the compression object." },
    { "__copy__", { .noargs = zs_copy }, KR_METH_NOARGS, NULL },
    { "__deepcopy__", { .o = zs_deepcopy }, KR_METH_O, NULL },
    KR_METHOD_END,
};

static const KrMethodDef decomp_methods[] = {
    { "decompress", { .fastkw = decomp_decompress }, KR_METH_FASTKW,
      "Return a bytes object containing the decompressed version of the data." },
    { "flush", { .fast = decomp_flush }, KR_METH_FAST,
      "Return a bytes object containing any remaining decompressed data." },
    { "copy", { .noargs = zs_copy }, KR_METH_NOARGS, "Return a copy of the decompression object." },
    { "__copy__", { .noargs = zs_copy }, KR_METH_NOARGS, NULL },
    { "__deepcopy__", { .o = zs_deepcopy }, KR_METH_O, NULL },
    KR_METHOD_END,
};

static const KrMemberDef decomp_members[] = {
    { "unused_data", KR_T_OBJECT, offsetof(ZStream, unused_data), KR_READONLY, NULL },
    { "unconsumed_tail", KR_T_OBJECT, offsetof(ZStream, unconsumed_tail), KR_READONLY, NULL },
    { "eof", KR_T_BOOL, offsetof(ZStream, eof), KR_READONLY, NULL },
    { NULL, 0, 0, 0, NULL },
};

static KrType compress_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "zlib.Compress",
    .basicsize = sizeof(ZStream),
    .flags = KR_TPFLAGS_DISALLOW_INSTANTIATION | KR_TPFLAGS_IMMUTABLE,
    .dealloc = zs_dealloc,
    .getattro = kr_object_generic_getattr,
    .methods = comp_methods,
};

static KrType decompress_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "zlib.Decompress",
    .basicsize = sizeof(ZStream),
    .flags = KR_TPFLAGS_DISALLOW_INSTANTIATION | KR_TPFLAGS_IMMUTABLE,
    .dealloc = zs_dealloc,
    .getattro = kr_object_generic_getattr,
    .methods = decomp_methods,
    .members = decomp_members,
};

static const KrMethodDef zlib_functions[] = {
    { "adler32", { .fast = z_adler32 }, KR_METH_FAST, "Compute an Adler-32 checksum of data." },
    { "crc32", { .fast = z_crc32 }, KR_METH_FAST, "Compute a CRC-32 checksum of data." },
    { "compress", { .fastkw = z_compress }, KR_METH_FASTKW, "Returns a bytes object containing compressed data." },
    { "decompress", { .fastkw = z_decompress }, KR_METH_FASTKW, "Returns a bytes object containing the uncompressed data." },
    { "compressobj", { .fastkw = z_compressobj }, KR_METH_FASTKW, "Return a compressor object." },
    { "decompressobj", { .fastkw = z_decompressobj }, KR_METH_FASTKW, "Return a decompressor object." },
    KR_METHOD_END,
};

static KrObject *make_error_type(void)
{
    KrObject *name = kr_str_from_cstr("error");
    KrObject *bases = kr_tuple_pack(1, (KrObject *)&kr_exc_Exception);
    KrObject *dict = kr_dict_new();
    KrObject *mod = kr_str_from_cstr("zlib");
    KrObject *t = NULL;
    if (name && bases && dict && mod && kr_dict_set_item_str(dict, "__module__", mod) == 0)
        t = kr_type_new_class(&kr_type_type, name, bases, dict, NULL);
    kr_xdecref(name);
    kr_xdecref(bases);
    kr_xdecref(dict);
    kr_xdecref(mod);
    return t;
}

KrObject *kr_zlib_module_init(void)
{
    if (kr_type_ready(&compress_type) < 0 || kr_type_ready(&decompress_type) < 0)
        return NULL;
    KrObject *m = kr_module_new("zlib");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, zlib_functions) < 0)
        goto fail;
    if (zlib_error_type == NULL) {
        zlib_error_type = make_error_type();
        if (zlib_error_type == NULL)
            goto fail;
        kr_runtime_add_static_roots(&zlib_error_type, 1);   /* freed at teardown */
    }
    if (kr_module_add_object(m, "error", zlib_error_type) < 0)
        goto fail;
    static const struct { const char *name; int value; } ints[] = {
        { "MAX_WBITS", MAX_WBITS }, { "DEFLATED", Z_DEFLATED },
        { "DEF_MEM_LEVEL", DEF_MEM_LEVEL }, { "DEF_BUF_SIZE", DEF_BUF_SIZE },
        { "Z_NO_COMPRESSION", Z_NO_COMPRESSION }, { "Z_BEST_SPEED", Z_BEST_SPEED },
        { "Z_BEST_COMPRESSION", Z_BEST_COMPRESSION },
        { "Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION },
        { "Z_FILTERED", Z_FILTERED }, { "Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY },
        { "Z_RLE", Z_RLE }, { "Z_FIXED", Z_FIXED },
        { "Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY },
        { "Z_NO_FLUSH", Z_NO_FLUSH }, { "Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH },
        { "Z_SYNC_FLUSH", Z_SYNC_FLUSH }, { "Z_FULL_FLUSH", Z_FULL_FLUSH },
        { "Z_FINISH", Z_FINISH }, { "Z_BLOCK", Z_BLOCK }, { "Z_TREES", Z_TREES },
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (kr_module_add_int(m, ints[i].name, ints[i].value) < 0)
            goto fail;
    KrObject *ver = kr_str_from_cstr(ZLIB_VERSION);
    KrObject *rver = kr_str_from_cstr(zlibVersion());
    int bad = ver == NULL || rver == NULL ||
              kr_module_add_object(m, "ZLIB_VERSION", ver) < 0 ||
              kr_module_add_object(m, "ZLIB_RUNTIME_VERSION", rver) < 0;
    kr_xdecref(ver);
    kr_xdecref(rver);
    if (bad)
        goto fail;
    return m;
fail:
    kr_decref(m);
    return NULL;
}
