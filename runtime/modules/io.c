/*
 * io.c -- the _io module: files, buffers, text layers, StringIO, BytesIO.
 *
 * The layering is CPython's: FileIO (raw, one fd, every call is a system
 * call) under BufferedReader/BufferedWriter/BufferedRandom (one byte buffer)
 * under TextIOWrapper (decoding, newline translation).  open() builds the
 * stack.  lib/io.py adds the ABCs (IOBase, RawIOBase, ...) over the C bases
 * _IOBase/_RawIOBase/_BufferedIOBase/_TextIOBase defined here, which carry
 * the generic methods (context manager, iteration, readlines, writelines)
 * written in terms of method calls, so Python subclasses work.
 *
 * Buffered objects keep a single byte buffer that is in one of two states:
 * holding read-ahead bytes [rpos, rend), or holding wlen bytes not yet
 * written.  Switching direction first settles the other state (flushes the
 * writes, or seeks the raw file back over the unread read-ahead), so the raw
 * position is always "logical position + unread - unwritten" and tell()
 * needs one lseek.  When the raw object is a plain FileIO the buffer talks
 * to the fd directly; any other raw object is driven through its methods.
 *
 * TextIOWrapper never decodes ahead: it keeps the undecoded bytes it pulled
 * from the buffer (`pend`) and decodes exactly the bytes of each line or
 * character run it returns.  This works because every encoding handled here
 * that is not UTF-16/32 is ASCII-compatible, so '\n' and '\r' bytes are
 * always newline characters and a line can be found by scanning bytes.  It
 * also makes tell() exact and cheap: the buffer's position minus the unread
 * pending bytes, which is what CPython returns when the decoder holds no
 * state (always, for these codecs).  Reading line by line is therefore a
 * memchr over the pending bytes and one decode per line.
 *
 * Text writes are encoded at once and handed to the buffer, so the text
 * layer holds no write state and the buffer decides when bytes hit the fd.
 *
 * StringIO stores UCS-4 code points (its contents change by random writes,
 * which the immutable str cannot do in place); BytesIO a plain byte array.
 */
#include "krait.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


#define DEFAULT_BUFFER_SIZE 8192

static KrObject *unsupported_type;     /* io.UnsupportedOperation */

/* ---------------------------------------------------------------------- */
/* Shared helpers                                                         */
/* ---------------------------------------------------------------------- */

typedef struct IOBase {
    KrObject ob;
    KrObject *dict;
    KrObject *weakreflist;
    char base_closed;               /* state of the generic _IOBase.close */
} IOBase;

extern KrType io_base_type, raw_base_type, buffered_base_type, text_base_type;
extern KrType fileio_type, breader_type, bwriter_type, brandom_type, textio_type,
    stringio_type, bytesio_type;

static KrObject *unsupported(const char *msg)
{
    kr_err_set_string((KrType *)unsupported_type, msg);
    return NULL;
}

static KrObject *err_closed(void)
{
    return kr_err_format(&kr_exc_ValueError, "I/O operation on closed file.");
}

static int iobase_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    IOBase *b = (IOBase *)o;
    return b->dict ? visit(b->dict, arg) : 0;
}

static void iobase_clear_common(IOBase *b)
{
    KR_CLEAR(b->dict);
}

static void iobase_free(KrObject *o)
{
    IOBase *b = (IOBase *)o;
    if (b->weakreflist)
        kr_weakref_clear_refs(o);
    KR_CLEAR(b->dict);
    kr_object_free(o);
}

/* Size argument: None or missing -> -1, else an index. */
static int size_arg(KrObject *o, Kr_ssize_t *out)
{
    if (o == NULL || o == kr_None) {
        *out = -1;
        return 0;
    }
    if (!kr_index_check(o)) {
        kr_err_format(&kr_exc_TypeError, "argument should be integer or None, not '%s'",
                      kr_type_name(KR_TYPE(o)));
        return -1;
    }
    *out = kr_number_as_ssize(o, &kr_exc_OverflowError);
    return *out == -1 && kr_err_occurred() ? -1 : 0;
}

/* The bytes of a bytes-like argument (bytes, bytearray, memoryview). */
static int bytes_view(KrObject *o, const char **data, Kr_ssize_t *len)
{
    KrBytesView v;
    if (kr_bytes_view(o, &v) < 0)
        return -1;
    *data = v.data;
    *len = v.len;
    return 0;
}

static int whence_arg(KrObject *o, int *out)
{
    if (o == NULL) {
        *out = 0;
        return 0;
    }
    Kr_ssize_t w = kr_number_as_ssize(o, &kr_exc_OverflowError);
    if (w == -1 && kr_err_occurred())
        return -1;
    *out = (int)w;
    return 0;
}

static KrObject *call_meth(KrObject *o, const char *name, KrObject *const *args,
                           Kr_ssize_t nargs)
{
    KrObject *n = kr_str_intern_cstr(name);
    return n ? kr_call_method(o, n, args, nargs, NULL) : NULL;
}

/* 1/0 from o.<name> truth, -1 on error. */
static int attr_true(KrObject *o, const char *name)
{
    KrObject *v = kr_object_getattr_str(o, name);
    if (v == NULL)
        return -1;
    int r = kr_object_is_true(v);
    kr_decref(v);
    return r;
}

/* Like attr_true, but dflt when o has no such attribute (minimal
 * buffer-like objects often lack closed/readable/writable). */
static int attr_true_or(KrObject *o, const char *name, int dflt)
{
    KrObject *v = NULL;
    int r = kr_object_lookup_attr(o, kr_str_intern_cstr(name), &v);
    if (r <= 0)
        return r < 0 ? -1 : dflt;
    if (kr_callable_check(v) && strcmp(name, "closed") != 0) {
        KrObject *res = kr_call0(v);
        kr_decref(v);
        if (res == NULL)
            return -1;
        v = res;
    }
    r = kr_object_is_true(v);
    kr_decref(v);
    return r;
}

static int call_discard(KrObject *o, const char *name)
{
    KrObject *r = call_meth(o, name, NULL, 0);
    if (r == NULL)
        return -1;
    kr_decref(r);
    return 0;
}

/* ---------------------------------------------------------------------- */
/* _IOBase and friends: generic methods over method calls                 */
/* ---------------------------------------------------------------------- */

static KrObject *iobase_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs,
                            KrObject *kwnames)
{
    KrObject *o = kr_type_generic_alloc(t, 0);
    if (o && KR_IS_GC(o))
        kr_gc_track(o);
    return o;
}

static int check_closed_generic(KrObject *self)
{
    int c = attr_true(self, "closed");
    if (c < 0)
        return -1;
    if (c) {
        err_closed();
        return -1;
    }
    return 0;
}

static KrObject *iob_enter(KrObject *self)
{
    if (check_closed_generic(self) < 0)
        return NULL;
    return kr_newref(self);
}

static KrObject *iob_exit(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    return call_meth(self, "close", NULL, 0);
}

static KrObject *iob_iter(KrObject *self)
{
    if (check_closed_generic(self) < 0)
        return NULL;
    return kr_newref(self);
}

static KrObject *iob_iternext(KrObject *self)
{
    KrObject *line = call_meth(self, "readline", NULL, 0);
    if (line == NULL)
        return NULL;
    Kr_ssize_t n = kr_object_length(line);
    if (n < 0) {
        kr_decref(line);
        return NULL;
    }
    if (n == 0) {
        kr_decref(line);
        return NULL;
    }
    return line;
}

static KrObject *iob_close(KrObject *self)
{
    IOBase *b = (IOBase *)self;
    if (b->base_closed)
        KR_RETURN_NONE;
    KrObject *r = call_meth(self, "flush", NULL, 0);
    b->base_closed = 1;
    if (r == NULL)
        return NULL;
    kr_decref(r);
    KR_RETURN_NONE;
}

static KrObject *iob_flush(KrObject *self)
{
    if (((IOBase *)self)->base_closed)
        return err_closed();
    KR_RETURN_NONE;
}

static KrObject *iob_closed_get(KrObject *self, void *c)
{
    return kr_bool_from(((IOBase *)self)->base_closed);
}

static KrObject *iob_false(KrObject *self) { KR_RETURN_FALSE; }

static KrObject *iob_isatty(KrObject *self)
{
    if (check_closed_generic(self) < 0)
        return NULL;
    KR_RETURN_FALSE;
}

static KrObject *iob_fileno(KrObject *self) { return unsupported("fileno"); }
static KrObject *iob_seek(KrObject *self, KrObject *const *a, Kr_ssize_t n) { return unsupported("seek"); }
static KrObject *iob_truncate(KrObject *self, KrObject *const *a, Kr_ssize_t n) { return unsupported("truncate"); }

static KrObject *iob_tell(KrObject *self)
{
    KrObject *args[2] = { kr_int_small(0), kr_int_small(1) };
    KrObject *r = call_meth(self, "seek", args, 2);
    kr_decref(args[0]);
    kr_decref(args[1]);
    return r;
}

static KrObject *iob_readline(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("readline", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t limit = -1;
    if (nargs && size_arg(args[0], &limit) < 0)
        return NULL;
    KrBuf b;
    kr_buf_init(&b);
    KrObject *one = kr_int_small(1);
    while (limit < 0 || (Kr_ssize_t)b.len < limit) {
        KrObject *r = call_meth(self, "read", &one, 1);
        if (r == NULL)
            goto fail;
        const char *d;
        Kr_ssize_t n;
        if (bytes_view(r, &d, &n) < 0) {
            kr_decref(r);
            goto fail;
        }
        if (n == 0) {
            kr_decref(r);
            break;
        }
        kr_buf_append(&b, d, (size_t)n);
        kr_decref(r);
        if (d[n - 1] == '\n')
            break;
    }
    kr_decref(one);
    return kr_buf_finish_bytes(&b);
fail:
    kr_decref(one);
    kr_buf_free(&b);
    return NULL;
}

static KrObject *iob_readlines(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("readlines", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t hint = -1;
    if (nargs && size_arg(args[0], &hint) < 0)
        return NULL;
    KrObject *it = kr_object_get_iter(self);
    if (it == NULL)
        return NULL;
    KrObject *list = kr_list_new(0), *line;
    Kr_ssize_t total = 0;
    if (list == NULL)
        goto fail;
    while ((line = kr_iter_next(it)) != NULL) {
        Kr_ssize_t n = kr_object_length(line);
        if (n < 0 || kr_list_append(list, line) < 0) {
            kr_decref(line);
            goto fail;
        }
        kr_decref(line);
        total += n;
        if (hint > 0 && total >= hint)
            break;
    }
    if (kr_err_occurred())
        goto fail;
    kr_decref(it);
    return list;
fail:
    kr_decref(it);
    kr_xdecref(list);
    return NULL;
}

static KrObject *iob_writelines(KrObject *self, KrObject *lines)
{
    if (check_closed_generic(self) < 0)
        return NULL;
    KrObject *it = kr_object_get_iter(lines), *line;
    if (it == NULL)
        return NULL;
    KrObject *w = kr_object_getattr_str(self, "write");
    if (w == NULL) {
        kr_decref(it);
        return NULL;
    }
    while ((line = kr_iter_next(it)) != NULL) {
        KrObject *r = kr_call1(w, line);
        kr_decref(line);
        if (r == NULL)
            break;
        kr_decref(r);
    }
    kr_decref(w);
    kr_decref(it);
    if (kr_err_occurred())
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *iob_checkclosed(KrObject *self, KrObject *const *a, Kr_ssize_t n)
{
    if (check_closed_generic(self) < 0)
        return NULL;
    KR_RETURN_NONE;
}

/* __del__ for Python subclasses: close if still open, errors ignored. */
static void iob_finalize(KrObject *self)
{
    KrObject *exc = kr_err_fetch();
    int c = attr_true(self, "closed");
    if (c == 0)
        call_discard(self, "close");
    kr_err_clear();
    kr_err_restore(exc);
}

static void iob_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    iobase_free(o);
}

static int iob_clear(KrObject *o)
{
    iobase_clear_common((IOBase *)o);
    return 0;
}

static const KrMethodDef iobase_methods[] = {
    KR_METHOD_NOARGS("__enter__", iob_enter),
    KR_METHOD_FAST("__exit__", iob_exit),
    KR_METHOD_NOARGS("close", iob_close),
    KR_METHOD_NOARGS("flush", iob_flush),
    KR_METHOD_NOARGS("readable", iob_false),
    KR_METHOD_NOARGS("writable", iob_false),
    KR_METHOD_NOARGS("seekable", iob_false),
    KR_METHOD_NOARGS("isatty", iob_isatty),
    KR_METHOD_NOARGS("fileno", iob_fileno),
    KR_METHOD_FAST("seek", iob_seek),
    KR_METHOD_NOARGS("tell", iob_tell),
    KR_METHOD_FAST("truncate", iob_truncate),
    KR_METHOD_FAST("readline", iob_readline),
    KR_METHOD_FAST("readlines", iob_readlines),
    KR_METHOD_O("writelines", iob_writelines),
    KR_METHOD_FAST("_checkClosed", iob_checkclosed),
    KR_METHOD_END,
};

static const KrGetSetDef iobase_getset[] = {
    { "closed", iob_closed_get, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* _RawIOBase: read() over readinto(), readall() over read(). */
static KrObject *raw_readall(KrObject *self)
{
    KrBuf b;
    kr_buf_init(&b);
    KrObject *n = kr_int_from_i64(DEFAULT_BUFFER_SIZE);
    for (;;) {
        KrObject *r = call_meth(self, "read", &n, 1);
        if (r == NULL) {
            kr_decref(n);
            kr_buf_free(&b);
            return NULL;
        }
        if (r == kr_None) {
            kr_decref(r);
            if (b.len == 0) {
                kr_decref(n);
                kr_buf_free(&b);
                KR_RETURN_NONE;
            }
            break;
        }
        const char *d;
        Kr_ssize_t len;
        if (bytes_view(r, &d, &len) < 0) {
            kr_decref(r);
            kr_decref(n);
            kr_buf_free(&b);
            return NULL;
        }
        kr_buf_append(&b, d, (size_t)len);
        kr_decref(r);
        if (len == 0)
            break;
    }
    kr_decref(n);
    return kr_buf_finish_bytes(&b);
}

static KrObject *raw_read(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("read", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t n = -1;
    if (nargs && size_arg(args[0], &n) < 0)
        return NULL;
    if (n < 0)
        return call_meth(self, "readall", NULL, 0);
    char *zero = kr_mem_calloc((size_t)n + 1);
    if (zero == NULL)
        return kr_err_no_memory();
    KrObject *ba = kr_bytearray_from(zero, n);
    kr_mem_free(zero);
    if (ba == NULL)
        return NULL;
    KrObject *r = call_meth(self, "readinto", &ba, 1);
    if (r == NULL || r == kr_None) {
        kr_decref(ba);
        return r;
    }
    Kr_ssize_t got = kr_number_as_ssize(r, &kr_exc_OverflowError);
    kr_decref(r);
    if (got < 0 || got > n) {
        kr_decref(ba);
        if (!kr_err_occurred())
            kr_err_format(&kr_exc_ValueError, "readinto returned %zd outside buffer size %zd",
                          got, n);
        return NULL;
    }
    KrObject *res = kr_bytes_from(((KrByteArray *)ba)->data, got);
    kr_decref(ba);
    return res;
}

static const KrMethodDef rawbase_methods[] = {
    KR_METHOD_FAST("read", raw_read),
    KR_METHOD_NOARGS("readall", raw_readall),
    KR_METHOD_END,
};

static KrObject *bb_read(KrObject *self, KrObject *const *a, Kr_ssize_t n) { return unsupported("read"); }
static KrObject *bb_write(KrObject *self, KrObject *const *a, Kr_ssize_t n) { return unsupported("write"); }
static KrObject *bb_detach(KrObject *self) { return unsupported("detach"); }

static const KrMethodDef bufbase_methods[] = {
    KR_METHOD_FAST("read", bb_read),
    KR_METHOD_FAST("read1", bb_read),
    KR_METHOD_FAST("write", bb_write),
    KR_METHOD_NOARGS("detach", bb_detach),
    KR_METHOD_END,
};

static KrObject *tb_none(KrObject *self, void *c) { KR_RETURN_NONE; }

static const KrMethodDef textbase_methods[] = {
    KR_METHOD_FAST("read", bb_read),
    KR_METHOD_FAST("write", bb_write),
    KR_METHOD_NOARGS("detach", bb_detach),
    KR_METHOD_END,
};

static const KrGetSetDef textbase_getset[] = {
    { "encoding", tb_none, NULL, NULL, NULL },
    { "errors", tb_none, NULL, NULL, NULL },
    { "newlines", tb_none, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* ---------------------------------------------------------------------- */
/* FileIO                                                                 */
/* ---------------------------------------------------------------------- */

typedef struct FileIO {
    IOBase base;
    int fd;                         /* -1 once closed */
    char readable, writable, appending, created, closefd;
    signed char seekable;           /* -1 unknown */
    KrObject *name;
} FileIO;

#define FILEIO(o) ((FileIO *)(o))

static KrObject *fio_closed_err(FileIO *f)
{
    (void)f;
    return kr_err_format(&kr_exc_ValueError, "I/O operation on closed file");
}

static const char *fio_mode(FileIO *f)
{
    if (f->created)
        return f->readable ? "xb+" : "xb";
    if (f->appending)
        return f->readable ? "ab+" : "ab";
    if (f->readable)
        return f->writable ? "rb+" : "rb";
    return "wb";
}

static int fio_close_fd(FileIO *f)
{
    int fd = f->fd;
    f->fd = -1;
    if (fd >= 0 && f->closefd && close(fd) < 0) {
        kr_err_from_errno(&kr_exc_OSError, NULL);
        return -1;
    }
    return 0;
}

/* read(2) with EINTR handling: bytes read, 0 at EOF, -1 error set. */
static Kr_ssize_t fd_read(int fd, char *dst, Kr_ssize_t n)
{
    for (;;) {
        ssize_t r = read(fd, dst, (size_t)n);
        if (r >= 0)
            return r;
        if (errno != EINTR) {
            kr_err_from_errno(&kr_exc_OSError, NULL);
            return -1;
        }
        if (kr_check_signals() < 0)
            return -1;
    }
}

static Kr_ssize_t fd_write(int fd, const char *src, Kr_ssize_t n)
{
    for (;;) {
        ssize_t r = write(fd, src, (size_t)n);
        if (r >= 0)
            return r;
        if (errno != EINTR) {
            kr_err_from_errno(&kr_exc_OSError, NULL);
            return -1;
        }
        if (kr_check_signals() < 0)
            return -1;
    }
}

static int fd_write_all(int fd, const char *src, Kr_ssize_t n)
{
    while (n > 0) {
        Kr_ssize_t w = fd_write(fd, src, n);
        if (w < 0)
            return -1;
        src += w;
        n -= w;
    }
    return 0;
}

static int64_t fd_seek(int fd, int64_t off, int whence)
{
    off_t r = lseek(fd, (off_t)off, whence);
    if (r < 0) {
        kr_err_from_errno(&kr_exc_OSError, NULL);
        return -1;
    }
    return (int64_t)r;
}

/* Opens path (str or bytes) or adopts an int fd: 0 or -1. */
static int fio_open(FileIO *f, KrObject *file, const char *mode, int closefd, KrObject *opener)
{
    int rd = 0, wr = 0, ap = 0, cr = 0, plus = 0, flags = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
        case 'r': if (rd || wr || ap || cr) goto badmode; rd = 1; break;
        case 'w': if (rd || wr || ap || cr) goto badmode; wr = 1; break;
        case 'a': if (rd || wr || ap || cr) goto badmode; ap = 1; break;
        case 'x': if (rd || wr || ap || cr) goto badmode; cr = 1; break;
        case '+': if (plus) goto badmode; plus = 1; break;
        case 'b': break;
        default:
            kr_err_format(&kr_exc_ValueError, "invalid mode: %s", mode);
            return -1;
        }
    }
    if (!(rd || wr || ap || cr)) {
    badmode:
        kr_err_format(&kr_exc_ValueError,
                      "Must have exactly one of create/read/write/append mode and at most one plus");
        return -1;
    }
    if (rd) {
        f->readable = 1;
        flags = plus ? O_RDWR : O_RDONLY;
        f->writable = (char)plus;
    } else {
        f->writable = 1;
        f->readable = (char)plus;
        flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT;
        if (wr)
            flags |= O_TRUNC;
        if (ap) {
            flags |= O_APPEND;
            f->appending = 1;
        }
        if (cr) {
            flags |= O_EXCL;
            f->created = 1;
        }
    }
    flags |= O_CLOEXEC;
    f->seekable = -1;
    f->closefd = (char)closefd;
    if (KR_INT_CHECK(file) && !KR_BOOL_CHECK(file)) {
        Kr_ssize_t fd = kr_int_as_ssize(file);
        if (fd == -1 && kr_err_occurred())
            return -1;
        if (fd < 0) {
            kr_err_format(&kr_exc_ValueError, "negative file descriptor");
            return -1;
        }
        f->fd = (int)fd;
    } else {
        if (!closefd) {
            kr_err_format(&kr_exc_ValueError, "Cannot use closefd=False with file name");
            return -1;
        }
        const char *path;
        if (KR_STR_CHECK(file)) {
            path = kr_str_utf8(file, NULL);
            if (path == NULL)
                return -1;
        } else if (KR_BYTES_CHECK(file)) {
            path = KR_BYTES_DATA(file);
        } else {
            kr_err_format(&kr_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                          kr_type_name(KR_TYPE(file)));
            return -1;
        }
        if ((Kr_ssize_t)strlen(path) != (KR_STR_CHECK(file) ? ((KrStr *)file)->utf8_len
                                                            : KR_SIZE(file))) {
            kr_err_format(&kr_exc_ValueError, "embedded null byte");
            return -1;
        }
        if (opener && opener != kr_None) {
            KrObject *fl = kr_int_from_i64(flags);
            KrObject *r = fl ? kr_call2(opener, file, fl) : NULL;
            kr_xdecref(fl);
            if (r == NULL)
                return -1;
            if (!KR_INT_CHECK(r)) {
                kr_err_format(&kr_exc_TypeError, "expected integer from opener");
                kr_decref(r);
                return -1;
            }
            Kr_ssize_t fd = kr_int_as_ssize(r);
            kr_decref(r);
            if (fd < 0) {
                if (!kr_err_occurred())
                    kr_err_format(&kr_exc_ValueError, "opener returned %zd", fd);
                return -1;
            }
            f->fd = (int)fd;
        } else {
            int fd;
            for (;;) {
                fd = open(path, flags, 0666);
                if (fd >= 0 || errno != EINTR)
                    break;
                if (kr_check_signals() < 0)
                    return -1;
            }
            if (fd < 0) {
                kr_err_from_errno(&kr_exc_OSError, file);
                return -1;
            }
            f->fd = fd;
        }
        struct stat st;
        if (fstat(f->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            errno = EISDIR;
            kr_err_from_errno(&kr_exc_OSError, file);
            close(f->fd);
            f->fd = -1;
            return -1;
        }
    }
    KR_SETREF(f->name, kr_newref(file));
    if (f->appending && lseek(f->fd, 0, SEEK_END) < 0 && errno != ESPIPE) {
        kr_err_from_errno(&kr_exc_OSError, file);
        return -1;
    }
    return 0;
}

static KrObject *fio_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    FileIO *f = (FileIO *)kr_type_generic_alloc(t, 0);
    if (f == NULL)
        return NULL;
    f->fd = -1;
    f->closefd = 1;
    kr_gc_track((KrObject *)f);
    return (KrObject *)f;
}

static int fio_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "file", "mode", "closefd", "opener", NULL };
    KrObject *a[4];
    if (kr_parse_args("FileIO", args, nargs, kwnames, names, 0, 1, a) < 0)
        return -1;
    const char *mode = "r";
    if (a[1]) {
        if (!KR_STR_CHECK(a[1])) {
            kr_err_format(&kr_exc_TypeError, "FileIO() argument 'mode' must be str, not %s",
                          kr_type_name(KR_TYPE(a[1])));
            return -1;
        }
        mode = kr_str_utf8(a[1], NULL);
    }
    int closefd = 1;
    if (a[2] && (closefd = kr_object_is_true(a[2])) < 0)
        return -1;
    FileIO *f = FILEIO(self);
    if (f->fd >= 0 && fio_close_fd(f) < 0)
        return -1;
    return fio_open(f, a[0], mode, closefd, a[3]);
}

static int fio_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    if (FILEIO(o)->name) {
        int r = visit(FILEIO(o)->name, arg);
        if (r)
            return r;
    }
    return iobase_traverse(o, visit, arg);
}

static int fio_clear(KrObject *o)
{
    KR_CLEAR(FILEIO(o)->name);
    iobase_clear_common((IOBase *)o);
    return 0;
}

static void fio_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    FileIO *f = FILEIO(o);
    if (f->fd >= 0 && f->closefd)
        close(f->fd);
    f->fd = -1;
    KR_CLEAR(f->name);
    iobase_free(o);
}

static KrObject *fio_repr(KrObject *self)
{
    FileIO *f = FILEIO(self);
    if (f->fd < 0)
        return kr_str_from_cstr("<_io.FileIO [closed]>");
    if (f->name)
        return kr_str_from_format("<_io.FileIO name=%R mode='%s' closefd=%s>", f->name,
                                  fio_mode(f), f->closefd ? "True" : "False");
    return kr_str_from_format("<_io.FileIO fd=%d mode='%s' closefd=%s>", f->fd, fio_mode(f),
                              f->closefd ? "True" : "False");
}

#define FIO_CHECK(f) do { if ((f)->fd < 0) return fio_closed_err(f); } while (0)

static KrObject *fio_read(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    FileIO *f = FILEIO(self);
    if (kr_check_nargs("read", nargs, 0, 1) < 0)
        return NULL;
    FIO_CHECK(f);
    if (!f->readable)
        return unsupported("File not open for reading");
    Kr_ssize_t n = -1;
    if (nargs && size_arg(args[0], &n) < 0)
        return NULL;
    if (n < 0) {
        KrBuf b;
        kr_buf_init(&b);
        char tmp[DEFAULT_BUFFER_SIZE];
        for (;;) {
            Kr_ssize_t r = fd_read(f->fd, tmp, sizeof tmp);
            if (r < 0) {
                kr_buf_free(&b);
                return NULL;
            }
            if (r == 0)
                break;
            kr_buf_append(&b, tmp, (size_t)r);
        }
        return kr_buf_finish_bytes(&b);
    }
    KrObject *res = kr_bytes_new(n);
    if (res == NULL)
        return NULL;
    Kr_ssize_t r = fd_read(f->fd, KR_BYTES_DATA(res), n);
    if (r < 0) {
        kr_decref(res);
        return NULL;
    }
    if (r < n) {
        KrObject *t = kr_bytes_from(KR_BYTES_DATA(res), r);
        kr_decref(res);
        return t;
    }
    return res;
}

static KrObject *fio_readall(KrObject *self)
{
    return fio_read(self, NULL, 0);
}

static KrObject *fio_readinto(KrObject *self, KrObject *buf)
{
    FileIO *f = FILEIO(self);
    FIO_CHECK(f);
    if (!f->readable)
        return unsupported("File not open for reading");
    if (!KR_BYTEARRAY_CHECK(buf))
        return kr_err_format(&kr_exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                             kr_type_name(KR_TYPE(buf)));
    Kr_ssize_t r = fd_read(f->fd, ((KrByteArray *)buf)->data, KR_SIZE(buf));
    return r < 0 ? NULL : kr_int_from_ssize(r);
}

static KrObject *fio_write(KrObject *self, KrObject *arg)
{
    FileIO *f = FILEIO(self);
    FIO_CHECK(f);
    if (!f->writable)
        return unsupported("File not open for writing");
    const char *d;
    Kr_ssize_t n;
    if (bytes_view(arg, &d, &n) < 0)
        return NULL;
    Kr_ssize_t w = fd_write(f->fd, d, n);
    return w < 0 ? NULL : kr_int_from_ssize(w);
}

static KrObject *fio_seek(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    FileIO *f = FILEIO(self);
    if (kr_check_nargs("seek", nargs, 1, 2) < 0)
        return NULL;
    FIO_CHECK(f);
    Kr_ssize_t pos = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
    int whence;
    if ((pos == -1 && kr_err_occurred()) || whence_arg(nargs > 1 ? args[1] : NULL, &whence) < 0)
        return NULL;
    int64_t r = fd_seek(f->fd, pos, whence);
    return r < 0 ? NULL : kr_int_from_i64(r);
}

static KrObject *fio_tell(KrObject *self)
{
    FileIO *f = FILEIO(self);
    FIO_CHECK(f);
    int64_t r = fd_seek(f->fd, 0, SEEK_CUR);
    return r < 0 ? NULL : kr_int_from_i64(r);
}

static int64_t do_truncate(int fd, KrObject *const *args, Kr_ssize_t nargs, int64_t cur)
{
    int64_t pos = cur;
    if (nargs > 0 && args[0] != kr_None) {
        pos = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
        if (pos == -1 && kr_err_occurred())
            return -1;
    }
    if (ftruncate(fd, (off_t)pos) < 0) {
        kr_err_from_errno(&kr_exc_OSError, NULL);
        return -1;
    }
    return pos;
}

static KrObject *fio_truncate(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    FileIO *f = FILEIO(self);
    if (kr_check_nargs("truncate", nargs, 0, 1) < 0)
        return NULL;
    FIO_CHECK(f);
    if (!f->writable)
        return unsupported("File not open for writing");
    int64_t cur = fd_seek(f->fd, 0, SEEK_CUR);
    if (cur < 0)
        return NULL;
    int64_t r = do_truncate(f->fd, args, nargs, cur);
    return r < 0 ? NULL : kr_int_from_i64(r);
}

static KrObject *fio_close(KrObject *self)
{
    FileIO *f = FILEIO(self);
    if (f->fd < 0)
        KR_RETURN_NONE;
    f->base.base_closed = 1;
    if (fio_close_fd(f) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *fio_flush(KrObject *self)
{
    FIO_CHECK(FILEIO(self));
    KR_RETURN_NONE;
}

static KrObject *fio_fileno(KrObject *self)
{
    FIO_CHECK(FILEIO(self));
    return kr_int_from_i64(FILEIO(self)->fd);
}

static KrObject *fio_isatty(KrObject *self)
{
    FIO_CHECK(FILEIO(self));
    return kr_bool_from(isatty(FILEIO(self)->fd));
}

static KrObject *fio_readable(KrObject *self)
{
    FIO_CHECK(FILEIO(self));
    return kr_bool_from(FILEIO(self)->readable);
}

static KrObject *fio_writable(KrObject *self)
{
    FIO_CHECK(FILEIO(self));
    return kr_bool_from(FILEIO(self)->writable);
}

static int fio_is_seekable(FileIO *f)
{
    if (f->seekable < 0)
        f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    return f->seekable;
}

static KrObject *fio_seekable(KrObject *self)
{
    FIO_CHECK(FILEIO(self));
    return kr_bool_from(fio_is_seekable(FILEIO(self)));
}

static KrObject *fio_closed_get(KrObject *self, void *c) { return kr_bool_from(FILEIO(self)->fd < 0); }
static KrObject *fio_mode_get(KrObject *self, void *c) { return kr_str_from_cstr(fio_mode(FILEIO(self))); }
static KrObject *fio_closefd_get(KrObject *self, void *c) { return kr_bool_from(FILEIO(self)->closefd); }

static KrObject *fio_name_get(KrObject *self, void *c)
{
    if (FILEIO(self)->name == NULL)
        return kr_err_format(&kr_exc_AttributeError, "name");
    return kr_newref(FILEIO(self)->name);
}

static int fio_name_set(KrObject *self, KrObject *v, void *c)
{
    KR_SETREF(FILEIO(self)->name, kr_xnewref(v));
    return 0;
}

static const KrMethodDef fio_methods[] = {
    KR_METHOD_FAST("read", fio_read),
    KR_METHOD_NOARGS("readall", fio_readall),
    KR_METHOD_O("readinto", fio_readinto),
    KR_METHOD_O("write", fio_write),
    KR_METHOD_FAST("seek", fio_seek),
    KR_METHOD_NOARGS("tell", fio_tell),
    KR_METHOD_FAST("truncate", fio_truncate),
    KR_METHOD_NOARGS("close", fio_close),
    KR_METHOD_NOARGS("flush", fio_flush),
    KR_METHOD_NOARGS("fileno", fio_fileno),
    KR_METHOD_NOARGS("isatty", fio_isatty),
    KR_METHOD_NOARGS("readable", fio_readable),
    KR_METHOD_NOARGS("writable", fio_writable),
    KR_METHOD_NOARGS("seekable", fio_seekable),
    KR_METHOD_END,
};

static const KrGetSetDef fio_getset[] = {
    { "closed", fio_closed_get, NULL, NULL, NULL },
    { "mode", fio_mode_get, NULL, NULL, NULL },
    { "closefd", fio_closefd_get, NULL, NULL, NULL },
    { "name", fio_name_get, fio_name_set, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* ---------------------------------------------------------------------- */
/* Buffered{Reader,Writer,Random}                                         */
/* ---------------------------------------------------------------------- */

enum { B_READ = 1, B_WRITE = 2 };

typedef struct Buffered {
    IOBase base;
    KrObject *raw;
    FileIO *fraw;                   /* raw when it is an exact FileIO, else NULL */
    int kind;                       /* B_READ | B_WRITE */
    char *buf;
    Kr_ssize_t bufsize;
    Kr_ssize_t rpos, rend;          /* unread read-ahead is buf[rpos:rend] */
    Kr_ssize_t wlen;                /* pending writes are buf[0:wlen] */
    char detached;
} Buffered;

#define BUF(o) ((Buffered *)(o))

static int buffered_closed(Buffered *b)
{
    if (b->fraw)
        return b->fraw->fd < 0;
    if (b->raw == NULL)
        return 1;
    return attr_true(b->raw, "closed");
}

/* Checks detached/closed: 0 ok, -1 error set; what names the operation
 * in the closed-file message ("read of closed file"), NULL for the
 * generic one. */
static int buffered_check_op(Buffered *b, const char *what)
{
    if (b->detached || b->raw == NULL) {
        kr_err_format(&kr_exc_ValueError, "raw stream has been detached");
        return -1;
    }
    int c = buffered_closed(b);
    if (c < 0)
        return -1;
    if (c) {
        if (what)
            kr_err_format(&kr_exc_ValueError, "%s of closed file", what);
        else
            err_closed();
        return -1;
    }
    return 0;
}

static int buffered_check(Buffered *b)
{
    return buffered_check_op(b, NULL);
}

#define BUF_CHECK_OP(b, what) do { if (buffered_check_op(b, what) < 0) return NULL; } while (0)

/* Raw operations: direct on a FileIO's fd, method calls otherwise. */
static Kr_ssize_t raw_read_into(Buffered *b, char *dst, Kr_ssize_t n)
{
    if (b->fraw) {
        if (!b->fraw->readable) {
            unsupported("File not open for reading");
            return -1;
        }
        return fd_read(b->fraw->fd, dst, n);
    }
    KrObject *no = kr_int_from_ssize(n);
    KrObject *r = no ? call_meth(b->raw, "read", &no, 1) : NULL;
    kr_xdecref(no);
    if (r == NULL)
        return -1;
    if (r == kr_None) {
        kr_decref(r);
        return 0;
    }
    const char *d;
    Kr_ssize_t len;
    if (bytes_view(r, &d, &len) < 0) {
        kr_decref(r);
        return -1;
    }
    if (len > n)
        len = n;
    memcpy(dst, d, (size_t)len);
    kr_decref(r);
    return len;
}

static int raw_write_all(Buffered *b, const char *src, Kr_ssize_t n)
{
    if (b->fraw) {
        if (!b->fraw->writable) {
            unsupported("File not open for writing");
            return -1;
        }
        return fd_write_all(b->fraw->fd, src, n);
    }
    while (n > 0) {
        KrObject *bytes = kr_bytes_from(src, n);
        KrObject *r = bytes ? call_meth(b->raw, "write", &bytes, 1) : NULL;
        kr_xdecref(bytes);
        if (r == NULL)
            return -1;
        Kr_ssize_t w = r == kr_None ? n : kr_number_as_ssize(r, &kr_exc_OverflowError);
        kr_decref(r);
        if (w < 0)
            return -1;
        if (w == 0)
            w = n;
        src += w;
        n -= w;
    }
    return 0;
}

static int64_t raw_seek(Buffered *b, int64_t off, int whence)
{
    if (b->fraw)
        return fd_seek(b->fraw->fd, off, whence);
    KrObject *a[2] = { kr_int_from_i64(off), kr_int_from_i64(whence) };
    KrObject *r = a[0] && a[1] ? call_meth(b->raw, "seek", a, 2) : NULL;
    kr_xdecref(a[0]);
    kr_xdecref(a[1]);
    if (r == NULL)
        return -1;
    int64_t v = kr_number_as_ssize(r, &kr_exc_OverflowError);
    kr_decref(r);
    return v;
}

static int buffered_flush_writes(Buffered *b)
{
    if (b->wlen == 0)
        return 0;
    Kr_ssize_t n = b->wlen;
    b->wlen = 0;
    return raw_write_all(b, b->buf, n);
}

/* Gives back unread read-ahead by seeking the raw stream backwards. */
static int buffered_drop_readahead(Buffered *b)
{
    Kr_ssize_t unread = b->rend - b->rpos;
    b->rpos = b->rend = 0;
    if (unread > 0 && raw_seek(b, -unread, SEEK_CUR) < 0)
        return -1;
    return 0;
}

static int64_t buffered_tell_c(Buffered *b)
{
    int64_t pos = raw_seek(b, 0, SEEK_CUR);
    if (pos < 0)
        return -1;
    return pos - (b->rend - b->rpos) + b->wlen;
}

/* read1 as CPython: up to n bytes from the read-ahead if any, else one
 * raw read of n bytes straight into dst (the buffer is bypassed, so the
 * text layer's 8 KiB chunks map onto the same system calls).  0 = EOF. */
static Kr_ssize_t buffered_read1_c(Buffered *b, char *dst, Kr_ssize_t n)
{
    if (b->wlen && buffered_flush_writes(b) < 0)
        return -1;
    Kr_ssize_t avail = b->rend - b->rpos;
    if (avail > 0) {
        if (n > avail)
            n = avail;
        memcpy(dst, b->buf + b->rpos, (size_t)n);
        b->rpos += n;
        return n;
    }
    b->rpos = b->rend = 0;
    return raw_read_into(b, dst, n);
}

static Kr_ssize_t buffered_fill(Buffered *b);

/* n bytes (fewer only at EOF): small reads go through the buffer, large
 * ones straight to dst. */
static Kr_ssize_t buffered_read_full(Buffered *b, char *dst, Kr_ssize_t n)
{
    Kr_ssize_t got = 0;
    while (got < n) {
        Kr_ssize_t avail = b->rend - b->rpos, r;
        if (avail > 0) {
            r = n - got < avail ? n - got : avail;
            memcpy(dst + got, b->buf + b->rpos, (size_t)r);
            b->rpos += r;
        } else if (n - got >= b->bufsize) {
            r = buffered_read1_c(b, dst + got, n - got);
        } else {
            r = buffered_fill(b);
            if (r > 0)
                continue;
        }
        if (r < 0)
            return -1;
        if (r == 0)
            break;
        got += r;
    }
    return got;
}

/* Refills the read-ahead when empty: bytes available, 0 EOF, -1 error. */
static Kr_ssize_t buffered_fill(Buffered *b)
{
    if (b->rend > b->rpos)
        return b->rend - b->rpos;
    if (b->wlen && buffered_flush_writes(b) < 0)
        return -1;
    Kr_ssize_t r = raw_read_into(b, b->buf, b->bufsize);
    if (r < 0)
        return -1;
    b->rpos = 0;
    b->rend = r;
    return r;
}

static int buffered_write_c(Buffered *b, const char *src, Kr_ssize_t n)
{
    if (b->rend > b->rpos || b->rend) {
        if (buffered_drop_readahead(b) < 0)
            return -1;
    }
    if (b->wlen + n <= b->bufsize) {
        memcpy(b->buf + b->wlen, src, (size_t)n);
        b->wlen += n;
        return 0;
    }
    if (buffered_flush_writes(b) < 0)
        return -1;
    if (n >= b->bufsize)
        return raw_write_all(b, src, n);
    memcpy(b->buf, src, (size_t)n);
    b->wlen = n;
    return 0;
}

static int buffered_setup(Buffered *b, KrObject *raw, Kr_ssize_t size, int kind)
{
    if (size <= 0) {
        kr_err_format(&kr_exc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    char *nb = kr_mem_alloc((size_t)size);
    if (nb == NULL) {
        kr_err_no_memory();
        return -1;
    }
    kr_mem_free(b->buf);
    b->buf = nb;
    b->bufsize = size;
    b->rpos = b->rend = b->wlen = 0;
    KR_SETREF(b->raw, kr_newref(raw));
    b->fraw = KR_TYPE(raw) == &fileio_type ? FILEIO(raw) : NULL;
    b->kind = kind;
    b->detached = 0;
    return 0;
}

static KrObject *buffered_new(KrType *t, KrObject *const *args, Kr_ssize_t nargs,
                              KrObject *kwnames)
{
    KrObject *o = kr_type_generic_alloc(t, 0);
    if (o)
        kr_gc_track(o);
    return o;
}

static int buffered_kind_of(KrType *t)
{
    if (kr_type_is_subtype(t, &brandom_type))
        return B_READ | B_WRITE;
    if (kr_type_is_subtype(t, &bwriter_type))
        return B_WRITE;
    return B_READ;
}

static int buffered_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "raw", "buffer_size", NULL };
    KrObject *a[2];
    int kind = buffered_kind_of(KR_TYPE(self));
    const char *fname = kind == B_READ ? "BufferedReader"
                      : kind == B_WRITE ? "BufferedWriter" : "BufferedRandom";
    if (kr_parse_args(fname, args, nargs, kwnames, names, 0, 1, a) < 0)
        return -1;
    Kr_ssize_t size = DEFAULT_BUFFER_SIZE;
    if (a[1] && (size = kr_number_as_ssize(a[1], &kr_exc_OverflowError)) == -1 &&
        kr_err_occurred())
        return -1;
    static const char *const checks[][2] = {
        { "readable", "File or stream is not readable." },
        { "writable", "File or stream is not writable." },
        { "seekable", "File or stream is not seekable." },
    };
    /* CPython's order: BufferedRandom checks seekable first */
    static const int order[2][3] = { { 0, 1, 2 }, { 2, 0, 1 } };
    for (int k = 0; k < 3; k++) {
        int i = order[kind == (B_READ | B_WRITE)][k];
        int need = i == 0 ? (kind & B_READ) : i == 1 ? (kind & B_WRITE) : kind == (B_READ | B_WRITE);
        if (!need)
            continue;
        KrObject *r = call_meth(a[0], checks[i][0], NULL, 0);
        if (r == NULL)
            return -1;
        int ok = kr_object_is_true(r);
        kr_decref(r);
        if (ok < 0)
            return -1;
        if (!ok) {
            unsupported(checks[i][1]);
            return -1;
        }
    }
    return buffered_setup(BUF(self), a[0], size, kind);
}

static int buffered_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    if (BUF(o)->raw) {
        int r = visit(BUF(o)->raw, arg);
        if (r)
            return r;
    }
    return iobase_traverse(o, visit, arg);
}

static int buffered_clear(KrObject *o)
{
    BUF(o)->fraw = NULL;
    KR_CLEAR(BUF(o)->raw);
    iobase_clear_common((IOBase *)o);
    return 0;
}

/* close(): flush, then close the raw stream; errors from both reported,
 * the flush error first (as CPython chains them). */
static int buffered_close_c(Buffered *b)
{
    if (b->raw == NULL || b->detached)
        return 0;
    int c = buffered_closed(b);
    if (c != 0)
        return c < 0 ? -1 : 0;
    int r1 = buffered_flush_writes(b);
    KrObject *exc = r1 < 0 ? kr_err_fetch() : NULL;
    int r2;
    if (b->fraw) {
        KrObject *r = fio_close((KrObject *)b->fraw);
        r2 = r ? 0 : -1;
        kr_xdecref(r);
    } else {
        r2 = call_discard(b->raw, "close");
    }
    if (exc) {
        if (r2 < 0)
            kr_err_clear();
        kr_err_restore(exc);
        return -1;
    }
    b->rpos = b->rend = 0;
    return r2;
}

static void buffered_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    Buffered *b = BUF(o);
    if (b->raw) {
        KrObject *exc = kr_err_fetch();
        if (buffered_close_c(b) < 0)
            kr_err_clear();
        kr_err_restore(exc);
    }
    b->fraw = NULL;
    KR_CLEAR(b->raw);
    kr_mem_free(b->buf);
    b->buf = NULL;
    iobase_free(o);
}

static KrObject *buffered_repr(KrObject *self)
{
    const char *tn = KR_TYPE(self)->name;
    KrObject *name = NULL;
    if (BUF(self)->raw) {
        int r = kr_object_lookup_attr(BUF(self)->raw, kr_str_intern_cstr("name"), &name);
        if (r < 0) {
            if (!kr_err_matches_type(&kr_exc_ValueError))
                return NULL;
            kr_err_clear();
        }
    }
    KrObject *res;
    if (name) {
        res = kr_str_from_format("<%s name=%R>", tn, name);
        kr_decref(name);
    } else {
        res = kr_str_from_format("<%s>", tn);
    }
    return res;
}

#define BUF_CHECK(b) do { if (buffered_check(b) < 0) return NULL; } while (0)
#define BUF_READABLE(b) do { if (!((b)->kind & B_READ)) return unsupported("read"); } while (0)
#define BUF_WRITABLE(b) do { if (!((b)->kind & B_WRITE)) return unsupported("write"); } while (0)

/* All remaining bytes to EOF. */
static KrObject *buffered_readall(Buffered *b)
{
    KrBuf out;
    kr_buf_init(&out);
    if (b->wlen && buffered_flush_writes(b) < 0)
        return NULL;
    if (b->rend > b->rpos)
        kr_buf_append(&out, b->buf + b->rpos, (size_t)(b->rend - b->rpos));
    b->rpos = b->rend = 0;
    if (b->fraw) {
        struct stat st;
        if (fstat(b->fraw->fd, &st) == 0 && S_ISREG(st.st_mode)) {
            off_t cur = lseek(b->fraw->fd, 0, SEEK_CUR);
            if (cur >= 0 && st.st_size > cur) {
                size_t want = (size_t)(st.st_size - cur);
                char *tmp = kr_mem_alloc(want);
                if (tmp) {
                    Kr_ssize_t got = 0;
                    while ((size_t)got < want) {
                        Kr_ssize_t r = fd_read(b->fraw->fd, tmp + got, (Kr_ssize_t)want - got);
                        if (r < 0) {
                            kr_mem_free(tmp);
                            kr_buf_free(&out);
                            return NULL;
                        }
                        if (r == 0)
                            break;
                        got += r;
                    }
                    kr_buf_append(&out, tmp, (size_t)got);
                    kr_mem_free(tmp);
                }
            }
        }
    }
    for (;;) {
        Kr_ssize_t r = raw_read_into(b, b->buf, b->bufsize);
        if (r < 0) {
            kr_buf_free(&out);
            return NULL;
        }
        if (r == 0)
            break;
        kr_buf_append(&out, b->buf, (size_t)r);
    }
    return kr_buf_finish_bytes(&out);
}

static KrObject *buffered_read_n(Buffered *b, Kr_ssize_t n)
{
    KrObject *res = kr_bytes_new(n);
    if (res == NULL)
        return NULL;
    Kr_ssize_t got = buffered_read_full(b, KR_BYTES_DATA(res), n);
    if (got < 0) {
        kr_decref(res);
        return NULL;
    }
    if (got < n) {
        KrObject *t = kr_bytes_from(KR_BYTES_DATA(res), got);
        kr_decref(res);
        return t;
    }
    return res;
}

static KrObject *bf_read(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Buffered *b = BUF(self);
    if (kr_check_nargs("read", nargs, 0, 1) < 0)
        return NULL;
    BUF_READABLE(b);
    Kr_ssize_t n = -1;
    if (nargs && size_arg(args[0], &n) < 0)
        return NULL;
    BUF_CHECK_OP(b, "read");
    if (n < -1)
        return kr_err_format(&kr_exc_ValueError, "read length must be non-negative or -1");
    if (n < 0)
        return buffered_readall(b);
    return buffered_read_n(b, n);
}

static KrObject *bf_read1(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Buffered *b = BUF(self);
    if (kr_check_nargs("read1", nargs, 0, 1) < 0)
        return NULL;
    BUF_READABLE(b);
    Kr_ssize_t n = -1;
    if (nargs && size_arg(args[0], &n) < 0)
        return NULL;
    BUF_CHECK_OP(b, "read");
    if (n < 0)
        n = b->bufsize;
    if (n == 0)
        return kr_bytes_from("", 0);
    KrObject *res = kr_bytes_new(n);
    if (res == NULL)
        return NULL;
    Kr_ssize_t r = buffered_read1_c(b, KR_BYTES_DATA(res), n);
    if (r < 0) {
        kr_decref(res);
        return NULL;
    }
    KrObject *t = kr_bytes_from(KR_BYTES_DATA(res), r);
    kr_decref(res);
    return t;
}

static KrObject *bf_readinto(KrObject *self, KrObject *buf)
{
    Buffered *b = BUF(self);
    BUF_READABLE(b);
    BUF_CHECK(b);
    if (!KR_BYTEARRAY_CHECK(buf))
        return kr_err_format(&kr_exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                             kr_type_name(KR_TYPE(buf)));
    Kr_ssize_t got = buffered_read_full(b, ((KrByteArray *)buf)->data, KR_SIZE(buf));
    return got < 0 ? NULL : kr_int_from_ssize(got);
}

static KrObject *bf_peek(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Buffered *b = BUF(self);
    BUF_READABLE(b);
    BUF_CHECK_OP(b, "peek");
    Kr_ssize_t r = buffered_fill(b);
    if (r < 0)
        return NULL;
    return kr_bytes_from(b->buf + b->rpos, b->rend - b->rpos);
}

static KrObject *buffered_readline_c(Buffered *b, Kr_ssize_t limit)
{
    /* fast path: the whole line is in the read-ahead */
    Kr_ssize_t avail = b->rend - b->rpos;
    if (avail > 0 && !b->wlen) {
        Kr_ssize_t scan = limit >= 0 && limit < avail ? limit : avail;
        const char *nl = memchr(b->buf + b->rpos, '\n', (size_t)scan);
        if (nl || scan == limit) {
            Kr_ssize_t len = nl ? nl - (b->buf + b->rpos) + 1 : scan;
            KrObject *r = kr_bytes_from(b->buf + b->rpos, len);
            b->rpos += len;
            return r;
        }
    }
    KrBuf out;
    kr_buf_init(&out);
    for (;;) {
        Kr_ssize_t r = buffered_fill(b);
        if (r < 0) {
            kr_buf_free(&out);
            return NULL;
        }
        if (r == 0)
            break;
        Kr_ssize_t scan = r;
        if (limit >= 0 && (Kr_ssize_t)out.len + scan > limit)
            scan = limit - (Kr_ssize_t)out.len;
        const char *start = b->buf + b->rpos;
        const char *nl = memchr(start, '\n', (size_t)scan);
        Kr_ssize_t take = nl ? nl - start + 1 : scan;
        kr_buf_append(&out, start, (size_t)take);
        b->rpos += take;
        if (nl || (limit >= 0 && (Kr_ssize_t)out.len >= limit))
            break;
    }
    return kr_buf_finish_bytes(&out);
}

static KrObject *bf_readline(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Buffered *b = BUF(self);
    if (kr_check_nargs("readline", nargs, 0, 1) < 0)
        return NULL;
    BUF_READABLE(b);
    Kr_ssize_t limit = -1;
    if (nargs && size_arg(args[0], &limit) < 0)
        return NULL;
    BUF_CHECK_OP(b, "readline");
    return buffered_readline_c(b, limit);
}

static KrObject *bf_iternext(KrObject *self)
{
    Buffered *b = BUF(self);
    BUF_READABLE(b);
    BUF_CHECK(b);
    KrObject *line = buffered_readline_c(b, -1);
    if (line && KR_SIZE(line) == 0) {
        kr_decref(line);
        return NULL;
    }
    return line;
}

static KrObject *bf_iter(KrObject *self)
{
    BUF_CHECK(BUF(self));
    return kr_newref(self);
}

static KrObject *bf_write(KrObject *self, KrObject *arg)
{
    Buffered *b = BUF(self);
    BUF_WRITABLE(b);
    const char *d;
    Kr_ssize_t n;
    if (bytes_view(arg, &d, &n) < 0)
        return NULL;
    if (buffered_check(b) < 0) {
        if (kr_err_matches_type(&kr_exc_ValueError)) {
            kr_err_clear();
            return kr_err_format(&kr_exc_ValueError, "write to closed file");
        }
        return NULL;
    }
    if (buffered_write_c(b, d, n) < 0)
        return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *bf_flush(KrObject *self)
{
    Buffered *b = BUF(self);
    if (buffered_check(b) < 0) {
        if ((b->kind & B_WRITE) && kr_err_matches_type(&kr_exc_ValueError)) {
            kr_err_clear();
            return kr_err_format(&kr_exc_ValueError, "flush of closed file");
        }
        return NULL;
    }
    if (buffered_flush_writes(b) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *bf_seek(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Buffered *b = BUF(self);
    if (kr_check_nargs("seek", nargs, 1, 2) < 0)
        return NULL;
    if (!kr_index_check(args[0]))
        return kr_err_format(&kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             kr_type_name(KR_TYPE(args[0])));
    Kr_ssize_t pos = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
    int whence;
    if ((pos == -1 && kr_err_occurred()) || whence_arg(nargs > 1 ? args[1] : NULL, &whence) < 0)
        return NULL;
    if (whence < 0 || whence > 2)
        return kr_err_format(&kr_exc_ValueError, "whence value %d unsupported", whence);
    BUF_CHECK_OP(b, "seek");
    if (buffered_flush_writes(b) < 0)
        return NULL;
    if (whence == SEEK_CUR)
        pos -= b->rend - b->rpos;
    b->rpos = b->rend = 0;
    int64_t r = raw_seek(b, pos, whence);
    return r < 0 ? NULL : kr_int_from_i64(r);
}

static KrObject *bf_tell(KrObject *self)
{
    Buffered *b = BUF(self);
    if (b->fraw && b->fraw->fd < 0)
        return fio_closed_err(b->fraw);
    BUF_CHECK(b);
    int64_t r = buffered_tell_c(b);
    return r < 0 ? NULL : kr_int_from_i64(r);
}

static KrObject *bf_truncate(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Buffered *b = BUF(self);
    if (kr_check_nargs("truncate", nargs, 0, 1) < 0)
        return NULL;
    BUF_CHECK(b);
    if (!(b->kind & B_WRITE))
        return unsupported("truncate");
    int64_t cur = buffered_tell_c(b);
    if (cur < 0 || buffered_flush_writes(b) < 0 || buffered_drop_readahead(b) < 0)
        return NULL;
    if (b->fraw) {
        int64_t r = do_truncate(b->fraw->fd, args, nargs, cur);
        return r < 0 ? NULL : kr_int_from_i64(r);
    }
    KrObject *p = nargs && args[0] != kr_None ? kr_newref(args[0]) : kr_int_from_i64(cur);
    KrObject *r = call_meth(b->raw, "truncate", &p, 1);
    kr_decref(p);
    return r;
}

static KrObject *bf_close(KrObject *self)
{
    Buffered *b = BUF(self);
    if (b->detached)
        return kr_err_format(&kr_exc_ValueError, "raw stream has been detached");
    if (buffered_close_c(b) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *bf_detach(KrObject *self)
{
    Buffered *b = BUF(self);
    BUF_CHECK(b);
    if (buffered_flush_writes(b) < 0)
        return NULL;
    KrObject *raw = b->raw;
    b->raw = NULL;
    b->fraw = NULL;
    b->detached = 1;
    return raw;
}

static KrObject *bf_raw_call(KrObject *self, const char *name)
{
    Buffered *b = BUF(self);
    if (b->detached || b->raw == NULL)
        return kr_err_format(&kr_exc_ValueError, "raw stream has been detached");
    return call_meth(b->raw, name, NULL, 0);
}

static KrObject *bf_fileno(KrObject *self) { return bf_raw_call(self, "fileno"); }
static KrObject *bf_isatty(KrObject *self) { return bf_raw_call(self, "isatty"); }
static KrObject *bf_seekable(KrObject *self) { return bf_raw_call(self, "seekable"); }

static KrObject *bf_readable(KrObject *self)
{
    BUF_CHECK(BUF(self));
    if (!(BUF(self)->kind & B_READ))
        KR_RETURN_FALSE;
    return bf_raw_call(self, "readable");
}

static KrObject *bf_writable(KrObject *self)
{
    BUF_CHECK(BUF(self));
    if (!(BUF(self)->kind & B_WRITE))
        KR_RETURN_FALSE;
    return bf_raw_call(self, "writable");
}

static KrObject *bf_raw_attr(KrObject *self, void *closure)
{
    Buffered *b = BUF(self);
    if (b->detached || b->raw == NULL)
        return kr_err_format(&kr_exc_ValueError, "raw stream has been detached");
    return kr_object_getattr_str(b->raw, (const char *)closure);
}

static KrObject *bf_closed_get(KrObject *self, void *c)
{
    int r = buffered_closed(BUF(self));
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *bf_raw_get(KrObject *self, void *c)
{
    return kr_newref(BUF(self)->raw ? BUF(self)->raw : kr_None);
}

static const KrMethodDef buffered_methods[] = {
    KR_METHOD_FAST("read", bf_read),
    KR_METHOD_FAST("read1", bf_read1),
    KR_METHOD_O("readinto", bf_readinto),
    KR_METHOD_FAST("peek", bf_peek),
    KR_METHOD_FAST("readline", bf_readline),
    KR_METHOD_O("write", bf_write),
    KR_METHOD_NOARGS("flush", bf_flush),
    KR_METHOD_FAST("seek", bf_seek),
    KR_METHOD_NOARGS("tell", bf_tell),
    KR_METHOD_FAST("truncate", bf_truncate),
    KR_METHOD_NOARGS("close", bf_close),
    KR_METHOD_NOARGS("detach", bf_detach),
    KR_METHOD_NOARGS("fileno", bf_fileno),
    KR_METHOD_NOARGS("isatty", bf_isatty),
    KR_METHOD_NOARGS("seekable", bf_seekable),
    KR_METHOD_NOARGS("readable", bf_readable),
    KR_METHOD_NOARGS("writable", bf_writable),
    KR_METHOD_END,
};

static const KrGetSetDef buffered_getset[] = {
    { "closed", bf_closed_get, NULL, NULL, NULL },
    { "name", bf_raw_attr, NULL, NULL, (void *)"name" },
    { "mode", bf_raw_attr, NULL, NULL, (void *)"mode" },
    { "raw", bf_raw_get, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* ---------------------------------------------------------------------- */
/* TextIOWrapper                                                          */
/* ---------------------------------------------------------------------- */

enum { NL_UNIVERSAL, NL_NONE_TRANSLATE, NL_LF, NL_CR, NL_CRLF };

typedef struct TextIO {
    IOBase base;
    KrObject *buffer;
    Buffered *cbuf;                 /* buffer when it is an exact Buffered type */
    KrObject *encoding, *errors;    /* str */
    KrObject *newline;              /* None or str */
    KrObject *mode;                 /* set by open(); NULL otherwise */
    char encname[24];               /* canonical name passed to the codecs */
    char errname[24];
    char multibyte;                 /* UTF-8 family: count chars by lead bytes */
    char sig;                       /* utf-8-sig */
    char bom_pending;               /* at start: skip a BOM when reading */
    int readnl;                     /* how lines end on read */
    char translate;                 /* newline=None: \r\n and \r read as \n */
    const char *writenl;            /* '\n' is written as this; NULL = as is */
    char line_buffering, write_through;
    char telling;                   /* 0 while iterating with next() */
    char eof;
    char seennl;                    /* newline kinds read: 1 LF, 2 CR, 4 CRLF */
    char check;                     /* strict decoding that can fail: validate chunks */
    Kr_ssize_t valid;               /* pend[ppos:valid] is known to decode */
    char *pend;                     /* undecoded bytes pulled from the buffer */
    Kr_ssize_t ppos, plen, pcap;
} TextIO;

#define TEXT(o) ((TextIO *)(o))

static int text_closed(TextIO *t)
{
    if (t->buffer == NULL)
        return 1;
    if (t->cbuf)
        return buffered_closed(t->cbuf);
    return attr_true_or(t->buffer, "closed", 0);
}

static int text_check(TextIO *t)
{
    if (t->buffer == NULL) {
        kr_err_format(&kr_exc_ValueError, "underlying buffer has been detached");
        return -1;
    }
    int c = text_closed(t);
    if (c < 0)
        return -1;
    if (c) {
        err_closed();
        return -1;
    }
    return 0;
}

#define TEXT_CHECK(t) do { if (text_check(t) < 0) return NULL; } while (0)

static int text_readable(TextIO *t)
{
    if (t->cbuf)
        return (t->cbuf->kind & B_READ) && (!t->cbuf->fraw || t->cbuf->fraw->readable);
    return attr_true_or(t->buffer, "readable", 1) != 0;
}

static int text_writable(TextIO *t)
{
    if (t->cbuf)
        return (t->cbuf->kind & B_WRITE) && (!t->cbuf->fraw || t->cbuf->fraw->writable);
    return attr_true_or(t->buffer, "writable", 1) != 0;
}

static int seq_len(unsigned char c);

/* Well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF). */
static int utf8_valid(const unsigned char *s, Kr_ssize_t n)
{
    Kr_ssize_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c < 0xc2 || c > 0xf4)
            return 0;
        int len = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        if (i + len > n)
            return 0;
        for (int k = 1; k < len; k++)
            if ((s[i + k] & 0xc0) != 0x80)
                return 0;
        unsigned c1 = s[i + 1];
        if ((c == 0xe0 && c1 < 0xa0) || (c == 0xed && c1 >= 0xa0) ||
            (c == 0xf0 && c1 < 0x90) || (c == 0xf4 && c1 >= 0x90))
            return 0;
        i += len;
    }
    return 1;
}

/* CPython decodes each chunk as soon as it reads it, so a decoding error
 * surfaces on the read that fetched the chunk (before earlier lines of it
 * are returned), with its position counted from the chunk's start.  This
 * checks the newly pulled bytes the same way: pend[valid:] up to any
 * incomplete trailing sequence (all of it when final).  -1 with the
 * codec's UnicodeDecodeError. */
static int text_validate(TextIO *t, int final)
{
    if (!t->check)
        return 0;
    if (t->valid < t->ppos)
        t->valid = t->ppos;
    const unsigned char *d = (const unsigned char *)t->pend;
    Kr_ssize_t start = t->valid, end = t->plen, i = start;
    while (i < end && d[i] < 0x80)
        i++;
    if (i == end) {
        t->valid = end;
        return 0;
    }
    if (!final && t->multibyte) {
        Kr_ssize_t j = end - 1;
        while (j > i && end - j < 4 && (d[j] & 0xc0) == 0x80)
            j--;
        if (d[j] >= 0xc0 && seq_len(d[j]) > end - j)
            end = j;
    }
    if (t->multibyte && utf8_valid(d + i, end - i)) {
        t->valid = end;
        return 0;
    }
    KrObject *r = kr_str_decode(t->pend + start, end - start, t->sig ? "utf-8" : t->encname,
                                "strict");
    if (r == NULL)
        return -1;
    kr_decref(r);
    t->valid = end;
    return 0;
}

/* Pulls more bytes from the buffer into pend: bytes added, 0 at EOF. */
static Kr_ssize_t text_fill(TextIO *t)
{
    if (t->ppos > 0) {
        memmove(t->pend, t->pend + t->ppos, (size_t)(t->plen - t->ppos));
        t->plen -= t->ppos;
        t->valid = t->valid > t->ppos ? t->valid - t->ppos : 0;
        t->ppos = 0;
    }
    Kr_ssize_t want = DEFAULT_BUFFER_SIZE;
    if (t->plen + want > t->pcap) {
        Kr_ssize_t nc = t->pcap ? t->pcap * 2 : DEFAULT_BUFFER_SIZE * 2;
        while (nc < t->plen + want)
            nc *= 2;
        char *np = kr_mem_realloc(t->pend, (size_t)nc);
        if (np == NULL) {
            kr_err_no_memory();
            return -1;
        }
        t->pend = np;
        t->pcap = nc;
    }
    Kr_ssize_t got;
    if (t->cbuf) {
        got = buffered_read1_c(t->cbuf, t->pend + t->plen, want);
    } else {
        KrObject *n = kr_int_from_ssize(want);
        KrObject *r = call_meth(t->buffer, "read1", &n, 1);
        if (r == NULL && kr_err_matches_type(&kr_exc_AttributeError)) {
            kr_err_clear();
            r = call_meth(t->buffer, "read", &n, 1);
        }
        kr_decref(n);
        if (r == NULL)
            return -1;
        if (r == kr_None) {
            kr_decref(r);
            return 0;
        }
        const char *d;
        if (bytes_view(r, &d, &got) < 0) {
            kr_decref(r);
            kr_err_clear();
            kr_err_format(&kr_exc_TypeError,
                          "underlying read1() should have returned a bytes-like object, not '%s'",
                          kr_type_name(KR_TYPE(r)));
            return -1;
        }
        if (got > want)
            got = want;
        memcpy(t->pend + t->plen, d, (size_t)got);
        kr_decref(r);
    }
    if (got < 0)
        return -1;
    if (got == 0)
        t->eof = 1;
    t->plen += got;
    if (t->bom_pending && t->plen - t->ppos >= 3) {
        if (memcmp(t->pend + t->ppos, "\xef\xbb\xbf", 3) == 0)
            t->ppos += 3;
        t->bom_pending = 0;
    } else if (t->bom_pending && got == 0) {
        t->bom_pending = 0;
    }
    if (text_validate(t, got == 0) < 0)
        return -1;
    return got;
}

/* Decodes pend[ppos:end] (translating newlines on read) and consumes it. */
static KrObject *text_take(TextIO *t, Kr_ssize_t end)
{
    const char *d = t->pend + t->ppos;
    Kr_ssize_t n = end - t->ppos;
    KrObject *r;
    if (n <= 0)
        return kr_str_from_cstr("");
    if (t->readnl == NL_UNIVERSAL || t->readnl == NL_NONE_TRANSLATE) {
        if (memchr(d, '\r', (size_t)n)) {
            for (Kr_ssize_t i = 0; i < n; i++) {
                if (d[i] == '\r') {
                    if (i + 1 < n && d[i + 1] == '\n') {
                        t->seennl |= 4;
                        i++;
                    } else {
                        t->seennl |= 2;
                    }
                } else if (d[i] == '\n') {
                    t->seennl |= 1;
                }
            }
        } else if (!(t->seennl & 1) && memchr(d, '\n', (size_t)n)) {
            t->seennl |= 1;
        }
    }
    if (t->translate && memchr(d, '\r', (size_t)n)) {
        char *tmp = kr_mem_alloc((size_t)n + 1);
        if (tmp == NULL)
            return kr_err_no_memory();
        Kr_ssize_t j = 0;
        for (Kr_ssize_t i = 0; i < n; i++) {
            if (d[i] == '\r') {
                tmp[j++] = '\n';
                if (i + 1 < n && d[i + 1] == '\n')
                    i++;
            } else {
                tmp[j++] = d[i];
            }
        }
        r = kr_str_decode(tmp, j, t->encname, t->errname);
        kr_mem_free(tmp);
    } else {
        r = kr_str_decode(d, n, t->encname, t->errname);
    }
    if (r != NULL)
        t->ppos = end;
    return r;
}

/* Length of the UTF-8 sequence a lead byte starts (1 for bad bytes). */
static int seq_len(unsigned char c)
{
    if (c < 0xc0)
        return 1;
    if (c < 0xe0)
        return 2;
    if (c < 0xf0)
        return 3;
    if (c < 0xf8)
        return 4;
    return 1;
}

/* Finds the end of the next line (limit chars at most; -1 = none) in
 * pend, refilling as needed.  Returns the end offset or -1 on error. */
static Kr_ssize_t text_find_line(TextIO *t, Kr_ssize_t limit)
{
    Kr_ssize_t i = t->ppos, nchars = 0;
    for (;;) {
        if (limit < 0 && i < t->plen) {
            /* fast scan for the terminator */
            const char *d = t->pend, *p = NULL;
            Kr_ssize_t n = t->plen - i;
            switch (t->readnl) {
            case NL_LF:
                p = memchr(d + i, '\n', (size_t)n);
                if (p)
                    return p - d + 1;
                i = t->plen;
                break;
            case NL_CR:
                p = memchr(d + i, '\r', (size_t)n);
                if (p)
                    return p - d + 1;
                i = t->plen;
                break;
            case NL_CRLF:
                while ((p = memchr(d + i, '\r', (size_t)(t->plen - i))) != NULL) {
                    Kr_ssize_t k = p - d;
                    if (k + 1 < t->plen) {
                        if (d[k + 1] == '\n')
                            return k + 2;
                        i = k + 1;
                    } else {
                        i = k;
                        break;
                    }
                }
                if (p == NULL)
                    i = t->plen;
                break;
            default: {
                const char *lf = memchr(d + i, '\n', (size_t)n);
                Kr_ssize_t stop = lf ? lf - d : t->plen;
                const char *cr = memchr(d + i, '\r', (size_t)(stop - i));
                if (cr) {
                    Kr_ssize_t k = cr - d;
                    if (k + 1 < t->plen)
                        return k + 1 + (d[k + 1] == '\n');
                    if (t->eof)
                        return k + 1;
                    i = k;
                } else if (lf) {
                    return stop + 1;
                } else {
                    i = t->plen;
                }
                break;
            }
            }
        } else {
            /* character by character: limits, or waiting at a \r */
            while (i < t->plen) {
                if (limit >= 0 && nchars >= limit)
                    return i;
                unsigned char c = (unsigned char)t->pend[i];
                Kr_ssize_t len = t->multibyte ? seq_len(c) : 1;
                if (i + len > t->plen && !t->eof)
                    break;
                if (i + len > t->plen)
                    len = t->plen - i;
                if (c == '\n' && (t->readnl == NL_LF || t->readnl == NL_UNIVERSAL ||
                                  t->readnl == NL_NONE_TRANSLATE))
                    return i + 1;
                if (c == '\r') {
                    if (t->readnl == NL_CR)
                        return i + 1;
                    if (t->readnl == NL_UNIVERSAL || t->readnl == NL_NONE_TRANSLATE ||
                        t->readnl == NL_CRLF) {
                        if (i + 1 >= t->plen && !t->eof)
                            break;
                        int crlf = i + 1 < t->plen && t->pend[i + 1] == '\n';
                        if (t->readnl == NL_CRLF) {
                            if (crlf) {
                                if (limit >= 0 && nchars + 1 >= limit)
                                    return i + 1;
                                return i + 2;
                            }
                        } else {
                            if (crlf && (t->translate || limit < 0 || nchars + 1 < limit))
                                return i + 2;
                            return i + 1;
                        }
                    }
                }
                i += len;
                nchars++;
            }
        }
        if (t->eof)
            return t->plen;
        Kr_ssize_t off = i - t->ppos;
        Kr_ssize_t r = text_fill(t);
        if (r < 0)
            return -1;
        i = t->ppos + off;
        if (i < t->ppos)
            i = t->ppos;
        if (r == 0)
            t->eof = 1;
    }
}

static KrObject *text_readline_c(TextIO *t, Kr_ssize_t limit)
{
    if (t->plen == t->ppos)
        t->eof = 0;
    Kr_ssize_t end = text_find_line(t, limit);
    if (end < 0)
        return NULL;
    if (t->plen == t->ppos)
        t->eof = 0;
    return text_take(t, end);
}

static int text_setup_mode_checks(TextIO *t)
{
    if (!text_readable(t)) {
        unsupported("not readable");
        return -1;
    }
    return 0;
}

static KrObject *tx_readline(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    TextIO *t = TEXT(self);
    if (kr_check_nargs("readline", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t limit = -1;
    if (nargs && (limit = kr_number_as_ssize(args[0], &kr_exc_OverflowError)) == -1 &&
        kr_err_occurred())
        return NULL;
    TEXT_CHECK(t);
    if (text_setup_mode_checks(t) < 0)
        return NULL;
    if (t->cbuf && t->cbuf->wlen && buffered_flush_writes(t->cbuf) < 0)
        return NULL;
    KrObject *r = text_readline_c(t, limit);
    t->eof = 0;
    return r;
}

static KrObject *tx_iternext(KrObject *self)
{
    TextIO *t = TEXT(self);
    TEXT_CHECK(t);
    if (text_setup_mode_checks(t) < 0)
        return NULL;
    t->telling = 0;
    KrObject *r = text_readline_c(t, -1);
    t->eof = 0;
    if (r && KR_STR_LEN(r) == 0) {
        kr_decref(r);
        t->telling = 1;
        return NULL;
    }
    return r;
}

static KrObject *tx_iter(KrObject *self)
{
    TEXT_CHECK(TEXT(self));
    return kr_newref(self);
}

static KrObject *tx_read(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    TextIO *t = TEXT(self);
    if (kr_check_nargs("read", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t n = -1;
    if (nargs && size_arg(args[0], &n) < 0)
        return NULL;
    TEXT_CHECK(t);
    if (text_setup_mode_checks(t) < 0)
        return NULL;
    if (n < 0) {
        /* everything: gather the rest of the bytes, decode once */
        if (t->cbuf) {
            /* straight into pend: one copy from the fd, sized by fstat */
            Kr_ssize_t hint = 0;
            struct stat st;
            if (t->cbuf->fraw && fstat(t->cbuf->fraw->fd, &st) == 0 && S_ISREG(st.st_mode)) {
                off_t cur = lseek(t->cbuf->fraw->fd, 0, SEEK_CUR);
                if (cur >= 0 && st.st_size > cur)
                    hint = (Kr_ssize_t)(st.st_size - cur);
            }
            for (;;) {
                Kr_ssize_t room = hint > 0 ? hint + 1 : 65536;
                if (t->plen + room > t->pcap) {
                    Kr_ssize_t nc = t->plen + room;
                    if (hint <= 0 && nc < t->pcap * 2)
                        nc = t->pcap * 2;
                    char *np = kr_mem_realloc(t->pend, (size_t)nc);
                    if (np == NULL)
                        return kr_err_no_memory();
                    t->pend = np;
                    t->pcap = nc;
                }
                Kr_ssize_t r = buffered_read1_c(t->cbuf, t->pend + t->plen, t->pcap - t->plen);
                if (r < 0)
                    return NULL;
                if (r == 0)
                    break;
                t->plen += r;
                hint = 0;
            }
            if (t->bom_pending) {
                if (t->plen - t->ppos >= 3 && memcmp(t->pend + t->ppos, "\xef\xbb\xbf", 3) == 0)
                    t->ppos += 3;
                t->bom_pending = 0;
            }
            if (text_validate(t, 1) < 0)
                return NULL;
        } else {
            for (;;) {
                Kr_ssize_t r = text_fill(t);
                if (r < 0)
                    return NULL;
                if (r == 0)
                    break;
            }
        }
        KrObject *res = text_take(t, t->plen);
        t->eof = 0;
        return res;
    }
    Kr_ssize_t i = t->ppos, nchars = 0;
    t->eof = 0;
    while (nchars < n) {
        if (i >= t->plen || (t->multibyte && i + seq_len((unsigned char)t->pend[i]) > t->plen) ||
            (t->translate && t->pend[i] == '\r' && i + 1 >= t->plen)) {
            if (t->eof) {
                if (i >= t->plen)
                    break;
            } else {
                Kr_ssize_t off = i - t->ppos;
                if (text_fill(t) < 0)
                    return NULL;
                i = t->ppos + off;
                continue;
            }
        }
        unsigned char c = (unsigned char)t->pend[i];
        Kr_ssize_t len = t->multibyte ? seq_len(c) : 1;
        if (t->translate && c == '\r' && i + 1 < t->plen && t->pend[i + 1] == '\n')
            len = 2;
        if (i + len > t->plen)
            len = t->plen - i;
        i += len;
        nchars++;
    }
    KrObject *res = text_take(t, i);
    t->eof = 0;
    return res;
}

/* Bytes of s in the wrapper's encoding with newline translation:
 * a new bytes object. */
static KrObject *text_encode(TextIO *t, KrObject *s)
{
    KrObject *src = kr_newref(s);
    if (t->writenl) {
        Kr_ssize_t n = KR_STR_LEN(s);
        int has = 0;
        for (Kr_ssize_t i = 0; i < n; i++)
            if (KR_STR_CHAR(s, i) == '\n') {
                has = 1;
                break;
            }
        if (has) {
            KrObject *lf = kr_str_from_cstr("\n"), *nl = kr_str_from_cstr(t->writenl);
            KrObject *args[2] = { lf, nl };
            KrObject *r = lf && nl ? call_meth(s, "replace", args, 2) : NULL;
            kr_xdecref(lf);
            kr_xdecref(nl);
            kr_decref(src);
            if (r == NULL)
                return NULL;
            src = r;
        }
    }
    KrObject *b = kr_str_encode(src, t->encname, t->errname);
    kr_decref(src);
    return b;
}

static int text_flush_c(TextIO *t)
{
    if (t->cbuf)
        return buffered_flush_writes(t->cbuf);
    return call_discard(t->buffer, "flush");
}

static KrObject *tx_write(KrObject *self, KrObject *arg)
{
    TextIO *t = TEXT(self);
    if (!KR_STR_CHECK(arg))
        return kr_err_format(&kr_exc_TypeError, "write() argument must be str, not %s",
                             kr_type_name(KR_TYPE(arg)));
    TEXT_CHECK(t);
    if (!text_writable(t))
        return unsupported("not writable");
    /* as CPython: read-ahead is dropped, not given back, so the write
     * lands at the buffer's position (after the last chunk read) */
    t->ppos = t->plen = t->valid = 0;
    t->eof = 0;
    Kr_ssize_t n = KR_STR_LEN(arg);
    if (t->sig && t->cbuf) {
        int64_t pos = buffered_tell_c(t->cbuf);
        if (pos < 0)
            return NULL;
        if (pos == 0 && buffered_write_c(t->cbuf, "\xef\xbb\xbf", 3) < 0)
            return NULL;
    }
    const char *data = NULL;
    Kr_ssize_t len = 0;
    KrObject *enc = NULL;
    if (!t->writenl && t->cbuf && strcmp(t->encname, "utf-8") == 0 &&
        (data = kr_str_utf8(arg, &len)) != NULL) {
        /* UTF-8 view of the str itself: no copy */
    } else {
        kr_err_clear();
        enc = text_encode(t, arg);
        if (enc == NULL)
            return NULL;
        if (t->sig && KR_SIZE(enc) >= 3 && memcmp(KR_BYTES_DATA(enc), "\xef\xbb\xbf", 3) == 0) {
            KrObject *x = kr_bytes_from(KR_BYTES_DATA(enc) + 3, KR_SIZE(enc) - 3);
            kr_decref(enc);
            if ((enc = x) == NULL)
                return NULL;
        }
        data = KR_BYTES_DATA(enc);
        len = KR_SIZE(enc);
    }
    int rc;
    if (t->cbuf) {
        rc = buffered_write_c(t->cbuf, data, len);
    } else {
        if (enc == NULL)
            enc = kr_bytes_from(data, len);
        KrObject *r = enc ? call_meth(t->buffer, "write", &enc, 1) : NULL;
        rc = r ? 0 : -1;
        kr_xdecref(r);
    }
    kr_xdecref(enc);
    if (rc < 0)
        return NULL;
    int needflush = t->write_through;
    if (!needflush && t->line_buffering) {
        for (Kr_ssize_t i = 0; i < n; i++) {
            uint32_t c = KR_STR_CHAR(arg, i);
            if (c == '\n' || c == '\r') {
                needflush = 1;
                break;
            }
        }
    }
    if (needflush && text_flush_c(t) < 0)
        return NULL;
    return kr_int_from_ssize(n);
}

static int64_t text_tell_c(TextIO *t)
{
    int64_t pos;
    if (t->cbuf) {
        pos = buffered_tell_c(t->cbuf);
    } else {
        KrObject *r = call_meth(t->buffer, "tell", NULL, 0);
        if (r == NULL)
            return -1;
        pos = kr_number_as_ssize(r, &kr_exc_OverflowError);
        kr_decref(r);
    }
    if (pos < 0)
        return -1;
    return pos - (t->plen - t->ppos);
}

static int text_seekable(TextIO *t)
{
    if (t->cbuf && t->cbuf->fraw)
        return fio_is_seekable(t->cbuf->fraw);
    return attr_true_or(t->buffer, "seekable", 0);
}

static KrObject *tx_tell(KrObject *self)
{
    TextIO *t = TEXT(self);
    TEXT_CHECK(t);
    int s = text_seekable(t);
    if (s < 0)
        return NULL;
    if (!s)
        return unsupported("underlying stream is not seekable");
    if (!t->telling)
        return kr_err_format(&kr_exc_OSError, "telling position disabled by next() call");
    if (text_flush_c(t) < 0)
        return NULL;
    int64_t r = text_tell_c(t);
    return r < 0 ? NULL : kr_int_from_i64(r);
}

static KrObject *tx_seek(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    TextIO *t = TEXT(self);
    if (kr_check_nargs("seek", nargs, 1, 2) < 0)
        return NULL;
    int whence;
    if (whence_arg(nargs > 1 ? args[1] : NULL, &whence) < 0)
        return NULL;
    int orig_whence = whence;
    TEXT_CHECK(t);
    int s = text_seekable(t);
    if (s < 0)
        return NULL;
    if (!s)
        return unsupported("underlying stream is not seekable");
    if (whence < 0 || whence > 2)
        return kr_err_format(&kr_exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)",
                             whence);
    /* as CPython: the cookie is compared with 0, then int() of it */
    KrObject *zero = kr_int_small(0);
    int cmp = kr_object_richcompare_bool(args[0], zero, whence == SEEK_SET ? KR_LT : KR_EQ);
    kr_decref(zero);
    if (cmp < 0)
        return NULL;
    if (whence == SEEK_CUR && !cmp)
        return unsupported("can't do nonzero cur-relative seeks");
    if (whence == SEEK_END && !cmp)
        return unsupported("can't do nonzero end-relative seeks");
    if (whence == SEEK_SET && cmp)
        return kr_err_format(&kr_exc_ValueError, "negative seek position %R", args[0]);
    KrObject *ci = kr_number_long(args[0]);
    if (ci == NULL)
        return NULL;
    Kr_ssize_t cookie = kr_number_as_ssize(ci, &kr_exc_OverflowError);
    kr_decref(ci);
    if (cookie == -1 && kr_err_occurred())
        return NULL;
    if (whence == SEEK_CUR) {
        int64_t p = text_tell_c(t);
        if (p < 0)
            return NULL;
        cookie = p;
        whence = SEEK_SET;
    }
    if (text_flush_c(t) < 0)
        return NULL;
    t->ppos = t->plen = t->valid = 0;
    t->eof = 0;
    t->bom_pending = 0;
    int64_t r;
    if (t->cbuf) {
        t->cbuf->rpos = t->cbuf->rend = 0;
        r = raw_seek(t->cbuf, cookie, whence);
        if (r < 0)
            return NULL;
    } else {
        KrObject *a[2] = { kr_int_from_ssize(cookie), kr_int_from_i64(whence) };
        KrObject *res = call_meth(t->buffer, "seek", a, 2);
        kr_decref(a[0]);
        kr_decref(a[1]);
        if (res == NULL)
            return NULL;
        r = kr_number_as_ssize(res, &kr_exc_OverflowError);
        kr_decref(res);
        if (r < 0)
            return NULL;
    }
    if (t->sig && r == 0 && text_readable(t))
        t->bom_pending = 1;
    if (orig_whence == SEEK_SET)
        return kr_newref(args[0]);   /* CPython returns the cookie as given */
    return kr_int_from_i64(r);
}

static KrObject *tx_truncate(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    TextIO *t = TEXT(self);
    if (kr_check_nargs("truncate", nargs, 0, 1) < 0)
        return NULL;
    TEXT_CHECK(t);
    if (text_flush_c(t) < 0)
        return NULL;
    KrObject *pos = kr_newref(nargs ? args[0] : kr_None);
    KrObject *r = call_meth(t->buffer, "truncate", &pos, 1);
    kr_decref(pos);
    return r;
}

static KrObject *tx_flush(KrObject *self)
{
    TextIO *t = TEXT(self);
    TEXT_CHECK(t);
    t->telling = 1;
    if (t->cbuf) {
        if (buffered_flush_writes(t->cbuf) < 0)
            return NULL;
        KR_RETURN_NONE;
    }
    return call_meth(t->buffer, "flush", NULL, 0);
}

static int text_close_c(TextIO *t)
{
    if (t->buffer == NULL)
        return 0;
    int c = text_closed(t);
    if (c != 0)
        return c < 0 ? -1 : 0;
    int r1 = text_flush_c(t);
    KrObject *exc = r1 < 0 ? kr_err_fetch() : NULL;
    int r2;
    if (t->cbuf)
        r2 = buffered_close_c(t->cbuf);
    else
        r2 = call_discard(t->buffer, "close");
    if (exc) {
        if (r2 < 0)
            kr_err_clear();
        kr_err_restore(exc);
        return -1;
    }
    return r2;
}

static KrObject *tx_close(KrObject *self)
{
    TextIO *t = TEXT(self);
    if (t->buffer == NULL)
        return kr_err_format(&kr_exc_ValueError, "underlying buffer has been detached");
    if (text_close_c(t) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *tx_detach(KrObject *self)
{
    TextIO *t = TEXT(self);
    TEXT_CHECK(t);
    if (text_flush_c(t) < 0)
        return NULL;
    KrObject *b = t->buffer;
    t->buffer = NULL;
    t->cbuf = NULL;
    return b;
}

static KrObject *tx_fileno(KrObject *self)
{
    if (TEXT(self)->buffer == NULL)
        return kr_err_format(&kr_exc_ValueError, "underlying buffer has been detached");
    return call_meth(TEXT(self)->buffer, "fileno", NULL, 0);
}

static KrObject *tx_isatty(KrObject *self)
{
    if (TEXT(self)->buffer == NULL)
        return kr_err_format(&kr_exc_ValueError, "underlying buffer has been detached");
    return call_meth(TEXT(self)->buffer, "isatty", NULL, 0);
}

static KrObject *tx_readable(KrObject *self)
{
    TEXT_CHECK(TEXT(self));
    return call_meth(TEXT(self)->buffer, "readable", NULL, 0);
}

static KrObject *tx_writable(KrObject *self)
{
    TEXT_CHECK(TEXT(self));
    return call_meth(TEXT(self)->buffer, "writable", NULL, 0);
}

static KrObject *tx_seekable(KrObject *self)
{
    TEXT_CHECK(TEXT(self));
    return call_meth(TEXT(self)->buffer, "seekable", NULL, 0);
}

static KrObject *tx_readlines(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    return iob_readlines(self, args, nargs);
}

static KrObject *tx_closed_get(KrObject *self, void *c)
{
    TextIO *t = TEXT(self);
    if (t->buffer == NULL)
        return kr_err_format(&kr_exc_ValueError, "underlying buffer has been detached");
    int r = text_closed(t);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *tx_name_get(KrObject *self, void *c)
{
    TextIO *t = TEXT(self);
    if (t->buffer == NULL)
        return kr_err_format(&kr_exc_ValueError, "underlying buffer has been detached");
    return kr_object_getattr_str(t->buffer, "name");
}

static KrObject *tx_mode_get(KrObject *self, void *c)
{
    if (TEXT(self)->mode == NULL)
        return kr_err_format(&kr_exc_AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'");
    return kr_newref(TEXT(self)->mode);
}

static int tx_mode_set(KrObject *self, KrObject *v, void *c)
{
    KR_SETREF(TEXT(self)->mode, kr_xnewref(v));
    return 0;
}

static KrObject *tx_buffer_get(KrObject *self, void *c)
{
    return kr_newref(TEXT(self)->buffer ? TEXT(self)->buffer : kr_None);
}

static KrObject *tx_encoding_get(KrObject *self, void *c) { return kr_newref(TEXT(self)->encoding); }
static KrObject *tx_errors_get(KrObject *self, void *c) { return kr_newref(TEXT(self)->errors); }
static int text_configure(TextIO *t, KrObject *enc, KrObject *err, KrObject *nl,
                          const char *fname);

static KrObject *tx_newlines_get(KrObject *self, void *c)
{
    static const char *const kinds[8][3] = {
        { NULL }, { "\n" }, { "\r" }, { "\r", "\n" }, { "\r\n" }, { "\n", "\r\n" },
        { "\r", "\r\n" }, { "\r", "\n", "\r\n" },
    };
    int k = TEXT(self)->seennl & 7;
    if (k == 0)
        KR_RETURN_NONE;
    int n = kinds[k][1] == NULL ? 1 : kinds[k][2] == NULL ? 2 : 3;
    if (n == 1)
        return kr_str_from_cstr(kinds[k][0]);
    KrObject *items[3] = { NULL, NULL, NULL };
    for (int i = 0; i < n; i++)
        if ((items[i] = kr_str_from_cstr(kinds[k][i])) == NULL) {
            for (int j = 0; j < i; j++)
                kr_decref(items[j]);
            return NULL;
        }
    return kr_tuple_from_array_steal(items, n);
}

/* reconfigure(*, encoding, errors, newline, line_buffering, write_through):
 * flushes, then applies the given settings (unset ones stay). */
static KrObject *tx_reconfigure(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames)
{
    static const char *const names[] = { "$encoding", "$errors", "$newline",
                                         "$line_buffering", "$write_through", NULL };
    KrObject *a[5];
    if (kr_parse_args("reconfigure", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    TextIO *t = TEXT(self);
    TEXT_CHECK(t);
    if (text_flush_c(t) < 0)
        return NULL;
    if (a[0] || a[1] || a[2]) {
        if (t->plen > t->ppos && (a[0] || a[2]))
            return unsupported("It is not possible to set the encoding or newline of stream after the first read");
        KrObject *enc = a[0] ? a[0] : t->encoding;
        KrObject *err = a[1] ? a[1] : (a[0] ? NULL : t->errors);
        KrObject *nl = a[2] ? a[2] : t->newline;
        kr_incref(enc);
        kr_xincref(err);
        kr_incref(nl);
        int r = text_configure(t, enc, err, nl, "reconfigure()");
        kr_decref(enc);
        kr_xdecref(err);
        kr_decref(nl);
        if (r < 0)
            return NULL;
    }
    int v;
    if (a[3] && a[3] != kr_None) {
        if ((v = kr_object_is_true(a[3])) < 0)
            return NULL;
        t->line_buffering = (char)v;
    }
    if (a[4] && a[4] != kr_None) {
        if ((v = kr_object_is_true(a[4])) < 0)
            return NULL;
        t->write_through = (char)v;
    }
    KR_RETURN_NONE;
}
static KrObject *tx_lb_get(KrObject *self, void *c) { return kr_bool_from(TEXT(self)->line_buffering); }
static KrObject *tx_wt_get(KrObject *self, void *c) { return kr_bool_from(TEXT(self)->write_through); }

static KrObject *tx_repr(KrObject *self)
{
    TextIO *t = TEXT(self);
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, "<_io.TextIOWrapper");
    if (t->buffer) {
        KrObject *name = NULL;
        if (kr_object_lookup_attr(t->buffer, kr_str_intern_cstr("name"), &name) < 0) {
            if (!kr_err_matches_type(&kr_exc_ValueError)) {
                kr_buf_free(&b);
                return NULL;
            }
            kr_err_clear();
        }
        if (name) {
            kr_buf_puts(&b, " name=");
            int r = kr_buf_append_repr(&b, name);
            kr_decref(name);
            if (r < 0) {
                kr_buf_free(&b);
                return NULL;
            }
        }
    }
    if (t->mode) {
        kr_buf_puts(&b, " mode=");
        if (kr_buf_append_repr(&b, t->mode) < 0) {
            kr_buf_free(&b);
            return NULL;
        }
    }
    kr_buf_puts(&b, " encoding=");
    kr_buf_append_repr(&b, t->encoding);
    kr_buf_putc(&b, '>');
    return kr_buf_finish(&b);
}

/* Validates and stores encoding/errors/newline.  enc/err/nl may be NULL
 * or None. */
static int text_configure(TextIO *t, KrObject *enc, KrObject *err, KrObject *nl,
                          const char *fname)
{
    if (enc && enc != kr_None && !KR_STR_CHECK(enc)) {
        kr_err_format(&kr_exc_TypeError, "%s argument 'encoding' must be str or None, not %s",
                      fname, kr_type_name(KR_TYPE(enc)));
        return -1;
    }
    if (err && err != kr_None && !KR_STR_CHECK(err)) {
        kr_err_format(&kr_exc_TypeError, "%s argument 'errors' must be str or None, not %s",
                      fname, kr_type_name(KR_TYPE(err)));
        return -1;
    }
    if (nl && nl != kr_None && !KR_STR_CHECK(nl)) {
        kr_err_format(&kr_exc_TypeError, "%s argument 'newline' must be str or None, not %s",
                      fname, kr_type_name(KR_TYPE(nl)));
        return -1;
    }
    const char *nls = nl && nl != kr_None ? kr_str_utf8(nl, NULL) : NULL;
    if (nls && strcmp(nls, "") && strcmp(nls, "\n") && strcmp(nls, "\r") && strcmp(nls, "\r\n")) {
        kr_err_format(&kr_exc_ValueError, "illegal newline value: %s", nls);
        return -1;
    }
    KrObject *encobj;
    if (enc == NULL || enc == kr_None || kr_str_eq_cstr(enc, "locale"))
        encobj = kr_str_from_cstr("UTF-8");
    else
        encobj = kr_newref(enc);
    if (encobj == NULL)
        return -1;
    const char *es = kr_str_utf8(encobj, NULL);
    /* classify through the codec itself (LookupError for unknown names) */
    KrObject *probe = kr_str_from_codepoint(0xe9);
    KrObject *pb = probe ? kr_str_encode(probe, es, "replace") : NULL;
    kr_xdecref(probe);
    if (pb == NULL) {
        kr_decref(encobj);
        return -1;
    }
    Kr_ssize_t plen = KR_SIZE(pb);
    kr_decref(pb);
    t->sig = plen == 5;
    t->multibyte = plen >= 2;
    if (plen == 1) {
        KrObject *a = kr_str_from_cstr("a");
        KrObject *ab = a ? kr_str_encode(a, es, "strict") : NULL;
        kr_xdecref(a);
        if (ab == NULL) {
            kr_decref(encobj);
            return -1;
        }
        int ascii_like = KR_SIZE(ab) == 1;
        kr_decref(ab);
        if (!ascii_like) {
            kr_decref(encobj);
            kr_err_format(&kr_exc_LookupError, "unsupported text encoding: %s", es);
            return -1;
        }
        /* latin-1 encodes é to one byte; ascii turns it into '?' */
        KrObject *q = kr_str_from_codepoint(0xe9);
        KrObject *qb = q ? kr_str_encode(q, es, "replace") : NULL;
        kr_xdecref(q);
        int is_ascii = qb && KR_BYTES_DATA(qb)[0] == '?';
        kr_xdecref(qb);
        snprintf(t->encname, sizeof t->encname, "%s", is_ascii ? "ascii" : "latin-1");
    } else if (plen == 2 || plen == 5) {
        snprintf(t->encname, sizeof t->encname, "%s", plen == 5 ? "utf-8-sig" : "utf-8");
    } else {
        kr_decref(encobj);
        kr_err_format(&kr_exc_LookupError, "unsupported text encoding: %s", es);
        return -1;
    }
    KR_SETREF(t->encoding, encobj);
    KrObject *errobj = err && err != kr_None ? kr_newref(err) : kr_str_from_cstr("strict");
    if (errobj == NULL)
        return -1;
    KR_SETREF(t->errors, errobj);
    snprintf(t->errname, sizeof t->errname, "%s", kr_str_utf8(errobj, NULL));
    t->check = strcmp(t->errname, "strict") == 0 && strcmp(t->encname, "latin-1") != 0;
    KR_SETREF(t->newline, kr_newref(nl ? nl : kr_None));
    t->translate = nls == NULL;
    if (nls == NULL) {
        t->readnl = NL_UNIVERSAL;
        t->writenl = NULL;
    } else if (*nls == '\0') {
        t->readnl = NL_NONE_TRANSLATE;
        t->writenl = NULL;
    } else if (strcmp(nls, "\n") == 0) {
        t->readnl = NL_LF;
        t->writenl = NULL;
    } else if (strcmp(nls, "\r") == 0) {
        t->readnl = NL_CR;
        t->writenl = "\r";
    } else {
        t->readnl = NL_CRLF;
        t->writenl = "\r\n";
    }
    return 0;
}

static KrObject *text_new(KrType *tp, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *o = kr_type_generic_alloc(tp, 0);
    if (o == NULL)
        return NULL;
    TEXT(o)->telling = 1;
    kr_gc_track(o);
    return o;
}

static int text_init_with(TextIO *t, KrObject *buffer, KrObject *enc, KrObject *err,
                          KrObject *nl, int line_buffering, int write_through, const char *fname)
{
    if (text_configure(t, enc, err, nl, fname) < 0)
        return -1;
    KR_SETREF(t->buffer, kr_newref(buffer));
    KrType *bt = KR_TYPE(buffer);
    t->cbuf = (bt == &breader_type || bt == &bwriter_type || bt == &brandom_type)
                  ? BUF(buffer) : NULL;
    t->line_buffering = (char)line_buffering;
    t->write_through = (char)write_through;
    t->telling = 1;
    t->ppos = t->plen = t->valid = 0;
    t->eof = 0;
    t->bom_pending = 0;
    if (t->sig) {
        int r = text_readable(t);
        if (r) {
            int64_t p = t->cbuf ? buffered_tell_c(t->cbuf) : 0;
            if (p < 0) {
                kr_err_clear();
                p = 1;
            }
            t->bom_pending = p == 0;
        }
    }
    return 0;
}

static int text_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "buffer", "encoding", "errors", "newline",
                                         "line_buffering", "write_through", NULL };
    KrObject *a[6];
    if (kr_parse_args("TextIOWrapper", args, nargs, kwnames, names, 0, 1, a) < 0)
        return -1;
    int lb = 0, wt = 0;
    if ((a[4] && (lb = kr_object_is_true(a[4])) < 0) || (a[5] && (wt = kr_object_is_true(a[5])) < 0))
        return -1;
    return text_init_with(TEXT(self), a[0], a[1], a[2], a[3], lb, wt, "TextIOWrapper()");
}

static int text_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    TextIO *t = TEXT(o);
    if (t->buffer) {
        int r = visit(t->buffer, arg);
        if (r)
            return r;
    }
    return iobase_traverse(o, visit, arg);
}

static int text_clear(KrObject *o)
{
    TextIO *t = TEXT(o);
    t->cbuf = NULL;
    KR_CLEAR(t->buffer);
    iobase_clear_common((IOBase *)o);
    return 0;
}

static void text_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    TextIO *t = TEXT(o);
    if (t->buffer) {
        KrObject *exc = kr_err_fetch();
        if (text_close_c(t) < 0)
            kr_err_clear();
        kr_err_restore(exc);
    }
    t->cbuf = NULL;
    KR_CLEAR(t->buffer);
    KR_CLEAR(t->encoding);
    KR_CLEAR(t->errors);
    KR_CLEAR(t->newline);
    KR_CLEAR(t->mode);
    kr_mem_free(t->pend);
    t->pend = NULL;
    iobase_free(o);
}

static const KrMethodDef text_methods[] = {
    KR_METHOD_FAST("read", tx_read),
    KR_METHOD_FAST("readline", tx_readline),
    KR_METHOD_FAST("readlines", tx_readlines),
    KR_METHOD_O("write", tx_write),
    KR_METHOD_NOARGS("flush", tx_flush),
    KR_METHOD_NOARGS("close", tx_close),
    KR_METHOD_NOARGS("detach", tx_detach),
    KR_METHOD_FASTKW("reconfigure", tx_reconfigure),
    KR_METHOD_FAST("seek", tx_seek),
    KR_METHOD_NOARGS("tell", tx_tell),
    KR_METHOD_FAST("truncate", tx_truncate),
    KR_METHOD_NOARGS("fileno", tx_fileno),
    KR_METHOD_NOARGS("isatty", tx_isatty),
    KR_METHOD_NOARGS("readable", tx_readable),
    KR_METHOD_NOARGS("writable", tx_writable),
    KR_METHOD_NOARGS("seekable", tx_seekable),
    KR_METHOD_END,
};

static const KrGetSetDef text_getset[] = {
    { "closed", tx_closed_get, NULL, NULL, NULL },
    { "name", tx_name_get, NULL, NULL, NULL },
    { "mode", tx_mode_get, tx_mode_set, NULL, NULL },
    { "buffer", tx_buffer_get, NULL, NULL, NULL },
    { "encoding", tx_encoding_get, NULL, NULL, NULL },
    { "errors", tx_errors_get, NULL, NULL, NULL },
    { "newlines", tx_newlines_get, NULL, NULL, NULL },
    { "line_buffering", tx_lb_get, NULL, NULL, NULL },
    { "write_through", tx_wt_get, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* ---------------------------------------------------------------------- */
/* StringIO                                                               */
/* ---------------------------------------------------------------------- */

typedef struct StringIO {
    IOBase base;
    uint32_t *data;
    Kr_ssize_t len, cap, pos;
    KrObject *newline;              /* None or str */
    int readnl;                     /* NL_* for splitting lines */
    char translate_in;              /* newline=None: \r\n, \r -> \n on write */
    const char *writenl;            /* \n written as this */
    char closed;
    char ready;
} StringIO;

#define SIO(o) ((StringIO *)(o))

static int sio_check(StringIO *s)
{
    if (!s->ready) {
        kr_err_format(&kr_exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (s->closed) {
        kr_err_format(&kr_exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

#define SIO_CHECK(s) do { if (sio_check(s) < 0) return NULL; } while (0)

static int sio_reserve(StringIO *s, Kr_ssize_t need)
{
    if (need <= s->cap)
        return 0;
    Kr_ssize_t nc = s->cap ? s->cap : 16;
    while (nc < need)
        nc *= 2;
    uint32_t *nd = kr_mem_realloc(s->data, (size_t)nc * sizeof(uint32_t));
    if (nd == NULL) {
        kr_err_no_memory();
        return -1;
    }
    s->data = nd;
    s->cap = nc;
    return 0;
}

/* Writes str at pos (after newline translation); returns chars written
 * counted on the input. */
static int sio_write_c(StringIO *s, KrObject *str)
{
    Kr_ssize_t n = KR_STR_LEN(str);
    int kind = KR_STR_KIND(str);
    const void *d = KR_STR_DATA(str);
    /* translate into a temporary code point array */
    Kr_ssize_t extra = 0;
    if (s->writenl && s->writenl[1])
        for (Kr_ssize_t i = 0; i < n; i++)
            if (kr_str_read(kind, d, i) == '\n')
                extra++;
    uint32_t *tmp = kr_mem_alloc((size_t)(n + extra + 1) * sizeof(uint32_t));
    if (tmp == NULL) {
        kr_err_no_memory();
        return -1;
    }
    Kr_ssize_t m = 0;
    for (Kr_ssize_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(kind, d, i);
        if (s->translate_in && c == '\r') {
            tmp[m++] = '\n';
            if (i + 1 < n && kr_str_read(kind, d, i + 1) == '\n')
                i++;
        } else if (s->writenl && c == '\n') {
            for (const char *p = s->writenl; *p; p++)
                tmp[m++] = (uint32_t)*p;
        } else {
            tmp[m++] = c;
        }
    }
    if (m == 0) {
        kr_mem_free(tmp);
        return 0;
    }
    if (sio_reserve(s, s->pos + m) < 0) {
        kr_mem_free(tmp);
        return -1;
    }
    if (s->pos > s->len)
        memset(s->data + s->len, 0, (size_t)(s->pos - s->len) * sizeof(uint32_t));
    memcpy(s->data + s->pos, tmp, (size_t)m * sizeof(uint32_t));
    kr_mem_free(tmp);
    s->pos += m;
    if (s->pos > s->len)
        s->len = s->pos;
    return 0;
}

static KrObject *sio_new(KrType *tp, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *o = kr_type_generic_alloc(tp, 0);
    if (o)
        kr_gc_track(o);
    return o;
}

static int sio_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "initial_value", "newline", NULL };
    KrObject *a[2];
    if (kr_parse_args("StringIO", args, nargs, kwnames, names, 0, 0, a) < 0)
        return -1;
    StringIO *s = SIO(self);
    KrObject *nl = a[1];
    if (nl && nl != kr_None && !KR_STR_CHECK(nl)) {
        kr_err_format(&kr_exc_TypeError, "newline must be str or None, not %s",
                      kr_type_name(KR_TYPE(nl)));
        return -1;
    }
    const char *nls = nl == NULL ? "\n" : nl == kr_None ? NULL : kr_str_utf8(nl, NULL);
    if (nls && strcmp(nls, "") && strcmp(nls, "\n") && strcmp(nls, "\r") && strcmp(nls, "\r\n")) {
        kr_err_format(&kr_exc_ValueError, "illegal newline value: %R", nl);
        return -1;
    }
    if (a[0] && a[0] != kr_None && !KR_STR_CHECK(a[0])) {
        kr_err_format(&kr_exc_TypeError, "initial_value must be str or None, not %s",
                      kr_type_name(KR_TYPE(a[0])));
        return -1;
    }
    KR_SETREF(s->newline, kr_newref(nl ? nl : kr_str_intern_cstr("\n")));
    s->translate_in = nls == NULL;
    s->writenl = NULL;
    if (nls == NULL)
        s->readnl = NL_LF;
    else if (*nls == '\0')
        s->readnl = NL_NONE_TRANSLATE;
    else if (strcmp(nls, "\n") == 0)
        s->readnl = NL_LF;
    else if (strcmp(nls, "\r") == 0)
        s->readnl = NL_CR, s->writenl = "\r";
    else
        s->readnl = NL_CRLF, s->writenl = "\r\n";
    s->len = s->pos = 0;
    s->closed = 0;
    s->ready = 1;
    if (a[0] && a[0] != kr_None) {
        if (sio_write_c(s, a[0]) < 0)
            return -1;
        s->pos = 0;
    }
    return 0;
}

static void sio_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    kr_mem_free(SIO(o)->data);
    SIO(o)->data = NULL;
    KR_CLEAR(SIO(o)->newline);
    iobase_free(o);
}

static KrObject *sio_slice(StringIO *s, Kr_ssize_t a, Kr_ssize_t b)
{
    if (a >= b)
        return kr_str_from_cstr("");
    return kr_str_from_ucs4(s->data + a, b - a);
}

static KrObject *sio_getvalue(KrObject *self)
{
    StringIO *s = SIO(self);
    SIO_CHECK(s);
    return sio_slice(s, 0, s->len);
}

static KrObject *sio_read(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    StringIO *s = SIO(self);
    if (kr_check_nargs("read", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t n = -1;
    if (nargs && size_arg(args[0], &n) < 0)
        return NULL;
    SIO_CHECK(s);
    Kr_ssize_t start = s->pos < s->len ? s->pos : s->len;
    Kr_ssize_t end = n < 0 || start + n > s->len ? s->len : start + n;
    KrObject *r = sio_slice(s, start, end);
    if (r && end > s->pos)
        s->pos = end;
    return r;
}

static Kr_ssize_t sio_line_end(StringIO *s, Kr_ssize_t limit)
{
    Kr_ssize_t i = s->pos, end = s->len;
    if (limit >= 0 && i + limit < end)
        end = i + limit;
    for (; i < end; i++) {
        uint32_t c = s->data[i];
        if (c == '\n' && s->readnl != NL_CR && s->readnl != NL_CRLF)
            return i + 1;
        if (c == '\r') {
            if (s->readnl == NL_CR)
                return i + 1;
            if (s->readnl == NL_NONE_TRANSLATE)
                return i + 1 + (i + 1 < end && s->data[i + 1] == '\n');
            if (s->readnl == NL_CRLF && i + 1 < end && s->data[i + 1] == '\n')
                return i + 2;
        }
    }
    return end;
}

static KrObject *sio_readline_c(StringIO *s, Kr_ssize_t limit)
{
    if (s->pos >= s->len)
        return kr_str_from_cstr("");
    Kr_ssize_t end = sio_line_end(s, limit);
    KrObject *r = sio_slice(s, s->pos, end);
    if (r)
        s->pos = end;
    return r;
}

static KrObject *sio_readline(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    StringIO *s = SIO(self);
    if (kr_check_nargs("readline", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t limit = -1;
    if (nargs && size_arg(args[0], &limit) < 0)
        return NULL;
    SIO_CHECK(s);
    return sio_readline_c(s, limit);
}

static KrObject *sio_iternext(KrObject *self)
{
    StringIO *s = SIO(self);
    SIO_CHECK(s);
    if (s->pos >= s->len)
        return NULL;
    return sio_readline_c(s, -1);
}

static KrObject *sio_iter(KrObject *self)
{
    SIO_CHECK(SIO(self));
    return kr_newref(self);
}

static KrObject *sio_write(KrObject *self, KrObject *arg)
{
    StringIO *s = SIO(self);
    SIO_CHECK(s);
    if (!KR_STR_CHECK(arg))
        return kr_err_format(&kr_exc_TypeError, "string argument expected, got '%s'",
                             kr_type_name(KR_TYPE(arg)));
    Kr_ssize_t n = KR_STR_LEN(arg);
    if (n && sio_write_c(s, arg) < 0)
        return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *sio_seek(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    StringIO *s = SIO(self);
    if (kr_check_nargs("seek", nargs, 1, 2) < 0)
        return NULL;
    Kr_ssize_t pos = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
    int whence;
    if ((pos == -1 && kr_err_occurred()) || whence_arg(nargs > 1 ? args[1] : NULL, &whence) < 0)
        return NULL;
    SIO_CHECK(s);
    if (whence < 0 || whence > 2)
        return kr_err_format(&kr_exc_ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence);
    if (whence == 0 && pos < 0)
        return kr_err_format(&kr_exc_ValueError, "Negative seek position %zd", pos);
    if (whence != 0 && pos != 0)
        return kr_err_format(&kr_exc_OSError, "Can't do nonzero cur-relative seeks");
    if (whence == 2)
        pos = s->len;
    else if (whence == 1)
        pos = s->pos;
    s->pos = pos;
    return kr_int_from_ssize(pos);
}

static KrObject *sio_tell(KrObject *self)
{
    SIO_CHECK(SIO(self));
    return kr_int_from_ssize(SIO(self)->pos);
}

static KrObject *sio_truncate(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    StringIO *s = SIO(self);
    if (kr_check_nargs("truncate", nargs, 0, 1) < 0)
        return NULL;
    SIO_CHECK(s);
    Kr_ssize_t size = s->pos;
    if (nargs && args[0] != kr_None) {
        if (size_arg(args[0], &size) < 0)
            return NULL;
        if (size < 0)
            return kr_err_format(&kr_exc_ValueError, "Negative size value %zd", size);
    }
    if (size < s->len)
        s->len = size;
    return kr_int_from_ssize(size);
}

static KrObject *sio_close(KrObject *self)
{
    SIO(self)->closed = 1;
    SIO(self)->base.base_closed = 1;
    kr_mem_free(SIO(self)->data);
    SIO(self)->data = NULL;
    SIO(self)->len = SIO(self)->cap = 0;
    KR_RETURN_NONE;
}

static KrObject *sio_true_checked(KrObject *self)
{
    SIO_CHECK(SIO(self));
    KR_RETURN_TRUE;
}

static KrObject *sio_flush(KrObject *self)
{
    SIO_CHECK(SIO(self));
    KR_RETURN_NONE;
}

static KrObject *sio_closed_get(KrObject *self, void *c)
{
    return kr_bool_from(SIO(self)->closed);
}

static KrObject *sio_newlines_get(KrObject *self, void *c) { KR_RETURN_NONE; }

static KrObject *sio_line_buffering_get(KrObject *self, void *c)
{
    SIO_CHECK(SIO(self));
    KR_RETURN_FALSE;
}

static const KrMethodDef sio_methods[] = {
    KR_METHOD_NOARGS("getvalue", sio_getvalue),
    KR_METHOD_FAST("read", sio_read),
    KR_METHOD_FAST("readline", sio_readline),
    KR_METHOD_O("write", sio_write),
    KR_METHOD_FAST("seek", sio_seek),
    KR_METHOD_NOARGS("tell", sio_tell),
    KR_METHOD_FAST("truncate", sio_truncate),
    KR_METHOD_NOARGS("close", sio_close),
    KR_METHOD_NOARGS("flush", sio_flush),
    KR_METHOD_NOARGS("readable", sio_true_checked),
    KR_METHOD_NOARGS("writable", sio_true_checked),
    KR_METHOD_NOARGS("seekable", sio_true_checked),
    KR_METHOD_END,
};

static const KrGetSetDef sio_getset[] = {
    { "closed", sio_closed_get, NULL, NULL, NULL },
    { "newlines", sio_newlines_get, NULL, NULL, NULL },
    { "line_buffering", sio_line_buffering_get, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* ---------------------------------------------------------------------- */
/* BytesIO                                                                */
/* ---------------------------------------------------------------------- */

typedef struct BytesIO {
    IOBase base;
    char *data;
    Kr_ssize_t len, cap, pos;
    char closed;
} BytesIO;

#define BIO(o) ((BytesIO *)(o))

static int bio_check(BytesIO *b)
{
    if (b->closed) {
        err_closed();
        return -1;
    }
    return 0;
}

#define BIO_CHECK(b) do { if (bio_check(b) < 0) return NULL; } while (0)

static int bio_write_c(BytesIO *b, const char *d, Kr_ssize_t n)
{
    if (n == 0)
        return 0;
    Kr_ssize_t need = b->pos + n;
    if (need > b->cap) {
        Kr_ssize_t nc = b->cap ? b->cap : 64;
        while (nc < need)
            nc *= 2;
        char *nd = kr_mem_realloc(b->data, (size_t)nc);
        if (nd == NULL) {
            kr_err_no_memory();
            return -1;
        }
        b->data = nd;
        b->cap = nc;
    }
    if (b->pos > b->len)
        memset(b->data + b->len, 0, (size_t)(b->pos - b->len));
    memcpy(b->data + b->pos, d, (size_t)n);
    b->pos += n;
    if (b->pos > b->len)
        b->len = b->pos;
    return 0;
}

static KrObject *bio_new(KrType *tp, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *o = kr_type_generic_alloc(tp, 0);
    if (o)
        kr_gc_track(o);
    return o;
}

static int bio_init(KrObject *self, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "initial_bytes", NULL };
    KrObject *a[1];
    if (kr_parse_args("BytesIO", args, nargs, kwnames, names, 0, 0, a) < 0)
        return -1;
    BytesIO *b = BIO(self);
    b->len = b->pos = 0;
    b->closed = 0;
    if (a[0] && a[0] != kr_None) {
        const char *d;
        Kr_ssize_t n;
        if (bytes_view(a[0], &d, &n) < 0 || bio_write_c(b, d, n) < 0)
            return -1;
        b->pos = 0;
    }
    return 0;
}

static void bio_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    kr_mem_free(BIO(o)->data);
    BIO(o)->data = NULL;
    iobase_free(o);
}

static KrObject *bio_getvalue(KrObject *self)
{
    BIO_CHECK(BIO(self));
    return kr_bytes_from(BIO(self)->data ? BIO(self)->data : "", BIO(self)->len);
}

/* krait has no buffer-export protocol to alias the BytesIO storage, so the
 * view is over a writable snapshot: reads (len, nbytes, bytes(), slicing)
 * behave as in CPython, writes through it do not reach the BytesIO. */
static KrObject *bio_getbuffer(KrObject *self)
{
    BIO_CHECK(BIO(self));
    KrObject *ba = kr_bytearray_from(BIO(self)->data ? BIO(self)->data : "", BIO(self)->len);
    if (ba == NULL)
        return NULL;
    KrObject *mv = kr_call1((KrObject *)&kr_memoryview_type, ba);
    kr_decref(ba);
    return mv;
}

static KrObject *bio_read(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    BytesIO *b = BIO(self);
    if (kr_check_nargs("read", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t n = -1;
    if (nargs && size_arg(args[0], &n) < 0)
        return NULL;
    BIO_CHECK(b);
    Kr_ssize_t start = b->pos < b->len ? b->pos : b->len;
    Kr_ssize_t end = n < 0 || start + n > b->len ? b->len : start + n;
    KrObject *r = kr_bytes_from(b->data ? b->data + start : "", end - start);
    if (r && end > b->pos)
        b->pos = end;
    return r;
}

static KrObject *bio_readline_c(BytesIO *b, Kr_ssize_t limit)
{
    Kr_ssize_t start = b->pos < b->len ? b->pos : b->len;
    Kr_ssize_t end = b->len;
    if (limit >= 0 && start + limit < end)
        end = start + limit;
    const char *nl = end > start ? memchr(b->data + start, '\n', (size_t)(end - start)) : NULL;
    if (nl)
        end = nl - b->data + 1;
    KrObject *r = kr_bytes_from(b->data ? b->data + start : "", end - start);
    if (r)
        b->pos = end > b->pos ? end : b->pos;
    return r;
}

static KrObject *bio_readline(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    BytesIO *b = BIO(self);
    if (kr_check_nargs("readline", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t limit = -1;
    if (nargs && size_arg(args[0], &limit) < 0)
        return NULL;
    BIO_CHECK(b);
    return bio_readline_c(b, limit);
}

static KrObject *bio_iternext(KrObject *self)
{
    BytesIO *b = BIO(self);
    BIO_CHECK(b);
    if (b->pos >= b->len)
        return NULL;
    return bio_readline_c(b, -1);
}

static KrObject *bio_iter(KrObject *self)
{
    BIO_CHECK(BIO(self));
    return kr_newref(self);
}

static KrObject *bio_write(KrObject *self, KrObject *arg)
{
    BytesIO *b = BIO(self);
    BIO_CHECK(b);
    const char *d;
    Kr_ssize_t n;
    if (bytes_view(arg, &d, &n) < 0)
        return NULL;
    if (n && bio_write_c(b, d, n) < 0)
        return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *bio_readinto(KrObject *self, KrObject *buf)
{
    BytesIO *b = BIO(self);
    BIO_CHECK(b);
    if (!KR_BYTEARRAY_CHECK(buf))
        return kr_err_format(&kr_exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                             kr_type_name(KR_TYPE(buf)));
    Kr_ssize_t avail = b->len - b->pos;
    if (avail < 0)
        avail = 0;
    Kr_ssize_t n = KR_SIZE(buf) < avail ? KR_SIZE(buf) : avail;
    if (n > 0)
        memcpy(((KrByteArray *)buf)->data, b->data + b->pos, (size_t)n);
    b->pos += n;
    return kr_int_from_ssize(n);
}

static KrObject *bio_seek(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    BytesIO *b = BIO(self);
    if (kr_check_nargs("seek", nargs, 1, 2) < 0)
        return NULL;
    Kr_ssize_t pos = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
    int whence;
    if ((pos == -1 && kr_err_occurred()) || whence_arg(nargs > 1 ? args[1] : NULL, &whence) < 0)
        return NULL;
    BIO_CHECK(b);
    if (whence < 0 || whence > 2)
        return kr_err_format(&kr_exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    if (whence == 0 && pos < 0)
        return kr_err_format(&kr_exc_ValueError, "negative seek value %zd", pos);
    if (whence == 1)
        pos += b->pos;
    else if (whence == 2)
        pos += b->len;
    if (pos < 0)
        pos = 0;
    b->pos = pos;
    return kr_int_from_ssize(pos);
}

static KrObject *bio_tell(KrObject *self)
{
    BIO_CHECK(BIO(self));
    return kr_int_from_ssize(BIO(self)->pos);
}

static KrObject *bio_truncate(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    BytesIO *b = BIO(self);
    if (kr_check_nargs("truncate", nargs, 0, 1) < 0)
        return NULL;
    BIO_CHECK(b);
    Kr_ssize_t size = b->pos;
    if (nargs && args[0] != kr_None) {
        if (size_arg(args[0], &size) < 0)
            return NULL;
        if (size < 0)
            return kr_err_format(&kr_exc_ValueError, "negative size value %zd", size);
    }
    if (size < b->len)
        b->len = size;
    return kr_int_from_ssize(size);
}

static KrObject *bio_close(KrObject *self)
{
    BIO(self)->closed = 1;
    BIO(self)->base.base_closed = 1;
    KR_RETURN_NONE;
}

static KrObject *bio_true_checked(KrObject *self)
{
    BIO_CHECK(BIO(self));
    KR_RETURN_TRUE;
}

static KrObject *bio_flush(KrObject *self)
{
    BIO_CHECK(BIO(self));
    KR_RETURN_NONE;
}

static KrObject *bio_closed_get(KrObject *self, void *c) { return kr_bool_from(BIO(self)->closed); }

static KrObject *bio_readlines(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    if (nargs == 1 && args[0] != kr_None && !kr_index_check(args[0]))
        return kr_err_format(&kr_exc_TypeError, "integer argument expected, got '%s'",
                             kr_type_name(KR_TYPE(args[0])));
    BIO_CHECK(BIO(self));
    return iob_readlines(self, args, nargs);
}

static const KrMethodDef bio_methods[] = {
    KR_METHOD_FAST("readlines", bio_readlines),
    KR_METHOD_NOARGS("getvalue", bio_getvalue),
    KR_METHOD_NOARGS("getbuffer", bio_getbuffer),
    KR_METHOD_FAST("read", bio_read),
    KR_METHOD_FAST("read1", bio_read),
    KR_METHOD_FAST("readline", bio_readline),
    KR_METHOD_O("readinto", bio_readinto),
    KR_METHOD_O("write", bio_write),
    KR_METHOD_FAST("seek", bio_seek),
    KR_METHOD_NOARGS("tell", bio_tell),
    KR_METHOD_FAST("truncate", bio_truncate),
    KR_METHOD_NOARGS("close", bio_close),
    KR_METHOD_NOARGS("flush", bio_flush),
    KR_METHOD_NOARGS("readable", bio_true_checked),
    KR_METHOD_NOARGS("writable", bio_true_checked),
    KR_METHOD_NOARGS("seekable", bio_true_checked),
    KR_METHOD_END,
};

static const KrGetSetDef bio_getset[] = {
    { "closed", bio_closed_get, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

/* ---------------------------------------------------------------------- */
/* open()                                                                 */
/* ---------------------------------------------------------------------- */

static KrObject *io_open(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener", NULL };
    KrObject *a[8];
    if (kr_parse_args("open", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    KrObject *file = a[0], *modeobj = a[1];
    const char *mode = "r";
    if (modeobj) {
        if (!KR_STR_CHECK(modeobj))
            return kr_err_format(&kr_exc_TypeError, "open() argument 'mode' must be str, not %s",
                                 kr_type_name(KR_TYPE(modeobj)));
        mode = kr_str_utf8(modeobj, NULL);
        if (mode == NULL)
            return NULL;
    }
    Kr_ssize_t buffering = -1;
    if (a[2] && (buffering = kr_number_as_ssize(a[2], &kr_exc_OverflowError)) == -1 &&
        kr_err_occurred())
        return NULL;
    static const char *const strargs[] = { "encoding", "errors", "newline" };
    for (int i = 0; i < 3; i++)
        if (a[3 + i] && a[3 + i] != kr_None && !KR_STR_CHECK(a[3 + i]))
            return kr_err_format(&kr_exc_TypeError, "open() argument '%s' must be str or None, not %s",
                                 strargs[i], kr_type_name(KR_TYPE(a[3 + i])));
    int closefd = 1;
    if (a[6] && (closefd = kr_object_is_true(a[6])) < 0)
        return NULL;

    /* path-like objects */
    KrObject *path = NULL;
    if (!KR_STR_CHECK(file) && !KR_BYTES_CHECK(file) && !KR_INT_CHECK(file)) {
        KrObject *fs = NULL;
        if (kr_object_lookup_attr((KrObject *)KR_TYPE(file), kr_str_intern_cstr("__fspath__"), &fs) < 0)
            return NULL;
        if (fs == NULL)
            return kr_err_format(&kr_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                                 kr_type_name(KR_TYPE(file)));
        kr_decref(fs);
        path = call_meth(file, "__fspath__", NULL, 0);
        if (path == NULL)
            return NULL;
        if (!KR_STR_CHECK(path) && !KR_BYTES_CHECK(path)) {
            kr_err_format(&kr_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                          kr_type_name(KR_TYPE(file)), kr_type_name(KR_TYPE(path)));
            kr_decref(path);
            return NULL;
        }
        file = path;
    }

    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
    for (const char *p = mode; *p; p++) {
        int *flag;
        switch (*p) {
        case 'x': flag = &creating; break;
        case 'r': flag = &reading; break;
        case 'w': flag = &writing; break;
        case 'a': flag = &appending; break;
        case '+': flag = &updating; break;
        case 't': flag = &text; break;
        case 'b': flag = &binary; break;
        default: flag = NULL; break;
        }
        if (flag == NULL || *flag) {
            kr_err_format(&kr_exc_ValueError, "invalid mode: '%s'", mode);
            goto fail;
        }
        *flag = 1;
    }
    char rawmode[8], *rp = rawmode;
    if (creating) *rp++ = 'x';
    if (reading) *rp++ = 'r';
    if (writing) *rp++ = 'w';
    if (appending) *rp++ = 'a';
    if (updating) *rp++ = '+';
    *rp = '\0';
    if (text && binary) {
        kr_err_format(&kr_exc_ValueError, "can't have text and binary mode at once");
        goto fail;
    }
    if (creating + reading + writing + appending > 1) {
        kr_err_format(&kr_exc_ValueError, "must have exactly one of create/read/write/append mode");
        goto fail;
    }
    if (binary && a[3] && a[3] != kr_None) {
        kr_err_format(&kr_exc_ValueError, "binary mode doesn't take an encoding argument");
        goto fail;
    }
    if (binary && a[4] && a[4] != kr_None) {
        kr_err_format(&kr_exc_ValueError, "binary mode doesn't take an errors argument");
        goto fail;
    }
    if (binary && a[5] && a[5] != kr_None) {
        kr_err_format(&kr_exc_ValueError, "binary mode doesn't take a newline argument");
        goto fail;
    }
    if (binary && buffering == 1) {
        /* CPython warns and uses the default size */
        KrObject *w = kr_import_cstr("warnings");
        KrObject *fn = w ? kr_object_getattr_str(w, "warn") : NULL;
        KrObject *msg = kr_str_from_cstr("line buffering (buffering=1) isn't supported in "
                                         "binary mode, the default buffer size will be used");
        KrObject *r = fn && msg ? kr_call2(fn, msg, (KrObject *)&kr_exc_RuntimeWarning) : NULL;
        kr_xdecref(w);
        kr_xdecref(fn);
        kr_xdecref(msg);
        if (r == NULL)
            goto fail;
        kr_decref(r);
        buffering = -1;
    }
    if (!binary && buffering == 0) {
        kr_err_format(&kr_exc_ValueError, "can't have unbuffered text I/O");
        goto fail;
    }
    if (!binary && a[5] && a[5] != kr_None) {
        const char *nls = kr_str_utf8(a[5], NULL);
        if (strcmp(nls, "") && strcmp(nls, "\n") && strcmp(nls, "\r") && strcmp(nls, "\r\n")) {
            kr_err_format(&kr_exc_ValueError, "illegal newline value: %s", nls);
            goto fail;
        }
    }

    FileIO *raw = (FileIO *)fio_new(&fileio_type, NULL, 0, NULL);
    if (raw == NULL)
        goto fail;
    if (fio_open(raw, file, rawmode, closefd, a[7]) < 0) {
        kr_decref((KrObject *)raw);
        goto fail;
    }
    int line_buffering = 0;
    int tty = isatty(raw->fd);
    if (buffering == 1 || (buffering < 0 && tty)) {
        buffering = -1;
        line_buffering = 1;
    }
    if (buffering < 0) {
        buffering = DEFAULT_BUFFER_SIZE;
        struct stat st;
        if (fstat(raw->fd, &st) == 0 && st.st_blksize > 1)
            buffering = st.st_blksize;
    }
    if (buffering == 0) {
        kr_xdecref(path);
        return (KrObject *)raw;
    }
    KrType *bt = updating ? &brandom_type : reading ? &breader_type : &bwriter_type;
    Buffered *buf = (Buffered *)buffered_new(bt, NULL, 0, NULL);
    if (buf == NULL || buffered_setup(buf, (KrObject *)raw, buffering,
                                      updating ? B_READ | B_WRITE : reading ? B_READ : B_WRITE) < 0) {
        kr_xdecref((KrObject *)buf);
        kr_decref((KrObject *)raw);
        goto fail;
    }
    kr_decref((KrObject *)raw);
    if (binary) {
        kr_xdecref(path);
        return (KrObject *)buf;
    }
    TextIO *t = (TextIO *)text_new(&textio_type, NULL, 0, NULL);
    if (t == NULL || text_init_with(t, (KrObject *)buf, a[3], a[4], a[5], line_buffering, 0,
                                    "open()") < 0) {
        kr_xdecref((KrObject *)t);
        KrObject *exc = kr_err_fetch();
        buffered_close_c(buf);
        kr_err_clear();
        kr_err_restore(exc);
        kr_decref((KrObject *)buf);
        goto fail;
    }
    kr_decref((KrObject *)buf);
    t->mode = modeobj ? kr_newref(modeobj) : kr_str_from_cstr("r");
    kr_xdecref(path);
    return (KrObject *)t;
fail:
    kr_xdecref(path);
    return NULL;
}

static KrObject *io_text_encoding(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("text_encoding", nargs, 1, 2) < 0)
        return NULL;
    if (args[0] != kr_None)
        return kr_newref(args[0]);
    return kr_str_from_cstr("locale");
}

/* CPython 3.11's text; builtins.c gives it to the stand-in open() too. */
const char kr_io_open_doc[] =
    "Open file and return a stream.  Raise OSError upon failure.\n"
    "\n"
    "file is either a text or byte string giving the name (and the path\n"
    "if the file isn't in the current working directory) of the file to\n"
    "be opened or an integer file descriptor of the file to be\n"
    "wrapped. (If a file descriptor is given, it is closed when the\n"
    "returned I/O object is closed, unless closefd is set to False.)\n"
    "\n"
    "mode is an optional string that specifies the mode in which the file\n"
    "is opened. It defaults to 'r' which means open for reading in text\n"
    "mode.  Other common values are 'w' for writing (truncating the file if\n"
    "it already exists), 'x' for creating and writing to a new file, and\n"
    "'a' for appending (which on some Unix systems, means that all writes\n"
    "append to the end of the file regardless of the current seek position).\n"
    "In text mode, if encoding is not specified the encoding used is platform\n"
    "dependent: locale.getencoding() is called to get the current locale encoding.\n"
    "(For reading and writing raw bytes use binary mode and leave encoding\n"
    "unspecified.) The available modes are:\n"
    "\n"
    "========= ===============================================================\n"
    "Character Meaning\n"
    "--------- ---------------------------------------------------------------\n"
    "'r'       open for reading (default)\n"
    "'w'       open for writing, truncating the file first\n"
    "'x'       create a new file and open it for writing\n"
    "'a'       open for writing, appending to the end of the file if it exists\n"
    "'b'       binary mode\n"
    "'t'       text mode (default)\n"
    "'+'       open a disk file for updating (reading and writing)\n"
    "========= ===============================================================\n"
    "\n"
    "The default mode is 'rt' (open for reading text). For binary random\n"
    "access, the mode 'w+b' opens and truncates the file to 0 bytes, while\n"
    "'r+b' opens the file without truncation. The 'x' mode implies 'w' and\n"
    "raises an `FileExistsError` if the file already exists.\n"
    "\n"
    "Python distinguishes between files opened in binary and text modes,\n"
    "even when the underlying operating system doesn't. Files opened in\n"
    "binary mode (appending 'b' to the mode argument) return contents as\n"
    "bytes objects without any decoding. In text mode (the default, or when\n"
    "'t' is appended to the mode argument), the contents of the file are\n"
    "returned as strings, the bytes having been first decoded using a\n"
    "platform-dependent encoding or using the specified encoding if given.\n"
    "\n"
    "buffering is an optional integer used to set the buffering policy.\n"
    "Pass 0 to switch buffering off (only allowed in binary mode), 1 to select\n"
    "line buffering (only usable in text mode), and an integer > 1 to indicate\n"
    "the size of a fixed-size chunk buffer.  When no buffering argument is\n"
    "given, the default buffering policy works as follows:\n"
    "\n"
    "* Binary files are buffered in fixed-size chunks; the size of the buffer\n"
    "  is chosen using a heuristic trying to determine the underlying device's\n"
    "  \"block size\" and falling back on `io.DEFAULT_BUFFER_SIZE`.\n"
    "  On many systems, the buffer will typically be 4096 or 8192 bytes long.\n"
    "\n"
    "* \"Interactive\" text files (files for which isatty() returns True)\n"
    "  use line buffering.  Other text files use the policy described above\n"
    "  for binary files.\n"
    "\n"
    "encoding is the name of the encoding used to decode or encode the\n"
    "file. This should only be used in text mode. The default encoding is\n"
    "platform dependent, but any encoding supported by Python can be\n"
    "passed.  See the codecs module for the list of supported encodings.\n"
    "\n"
    "errors is an optional string that specifies how encoding errors are to\n"
    "be handled---this argument should not be used in binary mode. Pass\n"
    "'strict' to raise a ValueError exception if there is an encoding error\n"
    "(the default of None has the same effect), or pass 'ignore' to ignore\n"
    "errors. (Note that ignoring encoding errors can lead to data loss.)\n"
    "See the documentation for codecs.register or run 'help(codecs.Codec)'\n"
    "for a list of the permitted encoding error strings.\n"
    "\n"
    "newline controls how universal newlines works (it only applies to text\n"
    "mode). It can be None, '', '\\n', '\\r', and '\\r\\n'.  It works as\n"
    "follows:\n"
    "\n"
    "* On input, if newline is None, universal newlines mode is\n"
    "  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n"
    "  these are translated into '\\n' before being returned to the\n"
    "  caller. If it is '', universal newline mode is enabled, but line\n"
    "  endings are returned to the caller untranslated. If it has any of\n"
    "  the other legal values, input lines are only terminated by the given\n"
    "  string, and the line ending is returned to the caller untranslated.\n"
    "\n"
    "* On output, if newline is None, any '\\n' characters written are\n"
    "  translated to the system default line separator, os.linesep. If\n"
    "  newline is '' or '\\n', no translation takes place. If newline is any\n"
    "  of the other legal values, any '\\n' characters written are translated\n"
    "  to the given string.\n"
    "\n"
    "If closefd is False, the underlying file descriptor will be kept open\n"
    "when the file is closed. This does not work when a file name is given\n"
    "and must be True in that case.\n"
    "\n"
    "A custom opener can be used by passing a callable as *opener*. The\n"
    "underlying file descriptor for the file object is then obtained by\n"
    "calling *opener* with (*file*, *flags*). *opener* must return an open\n"
    "file descriptor (passing os.open as *opener* results in functionality\n"
    "similar to passing None).\n"
    "\n"
    "open() returns a file object whose type depends on the mode, and\n"
    "through which the standard file operations such as reading and writing\n"
    "are performed. When open() is used to open a file in a text mode ('w',\n"
    "'r', 'wt', 'rt', etc.), it returns a TextIOWrapper. When used to open\n"
    "a file in a binary mode, the returned class varies: in read binary\n"
    "mode, it returns a BufferedReader; in write binary and append binary\n"
    "modes, it returns a BufferedWriter, and in read/write mode, it returns\n"
    "a BufferedRandom.\n"
    "\n"
    "It is also possible to use a string or bytearray as a file for both\n"
    "reading and writing. For strings StringIO can be used like a file\n"
    "opened in a text mode, and for bytes a BytesIO can be used like a file\n"
    "opened in a binary mode.";

static const KrMethodDef io_functions[] = {
    { "open", { .fastkw = io_open }, KR_METH_FASTKW, kr_io_open_doc },
    KR_METHOD_FAST("text_encoding", io_text_encoding),
    KR_METHOD_END,
};

/* ---------------------------------------------------------------------- */
/* Type objects                                                           */
/* ---------------------------------------------------------------------- */

#define IO_COMMON                                                         \
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),                            \
    .flags = KR_TPFLAGS_BASETYPE | KR_TPFLAGS_HAVE_GC,                    \
    .dictoffset = offsetof(IOBase, dict),                                 \
    .weaklistoffset = offsetof(IOBase, weakreflist)

KrType io_base_type = {
    IO_COMMON,
    .name = "_io._IOBase", .basicsize = sizeof(IOBase),
    .dealloc = iob_dealloc, .traverse = iobase_traverse, .clear = iob_clear,
    .new_ = iobase_new, .finalize = iob_finalize,
    .iter = iob_iter, .iternext = iob_iternext,
    .methods = iobase_methods, .getset = iobase_getset,
};

KrType raw_base_type = {
    IO_COMMON,
    .name = "_io._RawIOBase", .basicsize = sizeof(IOBase),
    .base = &io_base_type, .methods = rawbase_methods,
};

KrType buffered_base_type = {
    IO_COMMON,
    .name = "_io._BufferedIOBase", .basicsize = sizeof(IOBase),
    .base = &io_base_type, .methods = bufbase_methods,
};

KrType text_base_type = {
    IO_COMMON,
    .name = "_io._TextIOBase", .basicsize = sizeof(IOBase),
    .base = &io_base_type, .methods = textbase_methods, .getset = textbase_getset,
};

KrType fileio_type = {
    IO_COMMON,
    .name = "_io.FileIO", .basicsize = sizeof(FileIO),
    .base = &raw_base_type,
    .dealloc = fio_dealloc, .traverse = fio_traverse, .clear = fio_clear,
    .repr = fio_repr, .new_ = fio_new, .init = fio_init,
    .methods = fio_methods, .getset = fio_getset,
};

#define BUFFERED_TYPE(cname, pyname)                                      \
    KrType cname = {                                                      \
        IO_COMMON,                                                        \
        .name = pyname, .basicsize = sizeof(Buffered),                    \
        .base = &buffered_base_type,                                      \
        .dealloc = buffered_dealloc, .traverse = buffered_traverse,       \
        .clear = buffered_clear, .repr = buffered_repr,                   \
        .new_ = buffered_new, .init = buffered_init,                      \
        .iter = bf_iter, .iternext = bf_iternext,                         \
        .methods = buffered_methods, .getset = buffered_getset,           \
    };
BUFFERED_TYPE(breader_type, "_io.BufferedReader")
BUFFERED_TYPE(bwriter_type, "_io.BufferedWriter")
BUFFERED_TYPE(brandom_type, "_io.BufferedRandom")

KrType textio_type = {
    IO_COMMON,
    .name = "_io.TextIOWrapper", .basicsize = sizeof(TextIO),
    .base = &text_base_type,
    .dealloc = text_dealloc, .traverse = text_traverse, .clear = text_clear,
    .repr = tx_repr, .new_ = text_new, .init = text_init,
    .iter = tx_iter, .iternext = tx_iternext,
    .methods = text_methods, .getset = text_getset,
};

KrType stringio_type = {
    IO_COMMON,
    .name = "_io.StringIO", .basicsize = sizeof(StringIO),
    .base = &text_base_type,
    .dealloc = sio_dealloc, .new_ = sio_new, .init = sio_init,
    .iter = sio_iter, .iternext = sio_iternext,
    .methods = sio_methods, .getset = sio_getset,
};

KrType bytesio_type = {
    IO_COMMON,
    .name = "_io.BytesIO", .basicsize = sizeof(BytesIO),
    .base = &buffered_base_type,
    .dealloc = bio_dealloc, .new_ = bio_new, .init = bio_init,
    .iter = bio_iter, .iternext = bio_iternext,
    .methods = bio_methods, .getset = bio_getset,
};

static KrType *const io_types[] = {
    &io_base_type, &raw_base_type, &buffered_base_type, &text_base_type, &fileio_type,
    &breader_type, &bwriter_type, &brandom_type, &textio_type, &stringio_type, &bytesio_type,
};

static KrObject *make_unsupported(void)
{
    KrObject *name = kr_str_from_cstr("UnsupportedOperation");
    KrObject *bases = kr_tuple_pack(2, (KrObject *)&kr_exc_OSError, (KrObject *)&kr_exc_ValueError);
    KrObject *dict = kr_dict_new();
    KrObject *mod = kr_str_from_cstr("io");
    KrObject *r = NULL;
    if (name && bases && dict && mod && kr_dict_set_item_str(dict, "__module__", mod) == 0)
        r = kr_type_new_class(&kr_type_type, name, bases, dict, NULL);
    kr_xdecref(name);
    kr_xdecref(bases);
    kr_xdecref(dict);
    kr_xdecref(mod);
    return r;
}

KrObject *kr_io_init(void)
{
    for (size_t i = 0; i < sizeof io_types / sizeof io_types[0]; i++)
        if (kr_type_ready(io_types[i]) < 0)
            return NULL;
    if (unsupported_type == NULL && (unsupported_type = make_unsupported()) == NULL)
        return NULL;
    kr_runtime_add_static_roots(&unsupported_type, 1);     /* freed at teardown */
    KrObject *m = kr_module_new("_io");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, io_functions) < 0 ||
        kr_module_add_int(m, "DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE) < 0 ||
        kr_module_add_object(m, "UnsupportedOperation", unsupported_type) < 0)
        goto fail;
    static const char *const pynames[] = {
        "_IOBase", "_RawIOBase", "_BufferedIOBase", "_TextIOBase", "FileIO", "BufferedReader",
        "BufferedWriter", "BufferedRandom", "TextIOWrapper", "StringIO", "BytesIO",
    };
    for (size_t i = 0; i < sizeof io_types / sizeof io_types[0]; i++)
        if (kr_module_add_object(m, pynames[i], (KrObject *)io_types[i]) < 0)
            goto fail;
    /* CPython's builtins.open is io.open itself; the builtin that stands in
     * until _io loads gives way to the real function here. */
    KrObject *openf = kr_dict_get_item_str(kr_module_dict(m), "open");
    if (openf != NULL && KR_INTERP()->builtins != NULL &&
        kr_dict_set_item_str(KR_INTERP()->builtins, "open", openf) < 0)
        goto fail;
    return m;
fail:
    kr_decref(m);
    return NULL;
}
