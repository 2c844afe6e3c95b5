/*
 * sys.c -- the sys module and the C-level standard streams.
 *
 * The standard streams.  sys.stdin/stdout/stderr start as three statically
 * allocated (immortal) objects of a small text-file type that writes UTF-8
 * straight to file descriptors 0/1/2 through its own buffer; the io module
 * may later replace them with full io objects.  Being static, the streams
 * outlive every Python object, so an atexit handler can flush them after
 * the runtime is gone.  Buffering follows CPython: stdout is line-buffered
 * on a terminal and block-buffered otherwise; stderr is written through at
 * once; reading stdin first flushes stdout, so prompts appear.
 *
 * print() (builtins.c) bypasses the method call and writes directly into
 * the buffer when sys.stdout is still one of these objects
 * (kr_sys_stdfile_write).
 *
 * The rest of the module is data (version_info and the other struct
 * sequences of structseq.c, path, flags) and small functions over the
 * interpreter state (recursion limit, switch interval, int digit limit,
 * _getframe, exc_info).
 */
#include "krait.h"

#include <errno.h>
#include <limits.h>
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef KRAIT_LIBDIR
#define KRAIT_LIBDIR "lib"
#endif

#pragma weak kr_builtin_modules

/* ---------------------------------------------------------------------- */
/* Standard stream objects                                                */
/* ---------------------------------------------------------------------- */

#define WBUF_SIZE 8192

typedef struct StdFile {
    KrObject ob;
    int fd;
    char writable;
    char closed;
    char line_buffered;             /* decided on first use (isatty) */
    char mode_known;
    const char *name;
    const char *errors;
    char *wbuf;
    size_t wlen;
    char *rbuf;
    size_t rpos, rlen, rcap;
    int eof;
} StdFile;

extern KrType kr_stdfile_type;
static char out_buf[WBUF_SIZE], err_buf[WBUF_SIZE];

static StdFile std_in = { KR_STATIC_HEAD(&kr_stdfile_type), 0, 0, 0, 0, 0, "<stdin>",
                          "surrogateescape", NULL, 0, NULL, 0, 0, 0, 0 };
static StdFile std_out = { KR_STATIC_HEAD(&kr_stdfile_type), 1, 1, 0, 0, 0, "<stdout>",
                           "surrogateescape", out_buf, 0, NULL, 0, 0, 0, 0 };
static StdFile std_err = { KR_STATIC_HEAD(&kr_stdfile_type), 2, 1, 0, 0, 0, "<stderr>",
                           "backslashreplace", err_buf, 0, NULL, 0, 0, 0, 0 };

#define SF(o) ((StdFile *)(o))

static int raw_write(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Flushes the buffer; -1 with errno set on failure (no exception). */
static int flush_raw(StdFile *f)
{
    if (f->wlen == 0)
        return 0;
    size_t n = f->wlen;
    f->wlen = 0;
    return raw_write(f->fd, f->wbuf, n);
}

void kr_sys_flush_std(void)
{
    flush_raw(&std_out);
    flush_raw(&std_err);
}

static void at_exit_flush(void)
{
    kr_sys_flush_std();
}

static int check_open(StdFile *f)
{
    if (!f->closed)
        return 0;
    kr_err_set_string(&kr_exc_ValueError, "I/O operation on closed file.");
    return -1;
}

static int write_bytes(StdFile *f, const char *s, size_t n)
{
    if (!f->mode_known) {
        f->line_buffered = f->fd == 2 || isatty(f->fd);
        f->mode_known = 1;
    }
    if (f->wlen + n > WBUF_SIZE) {
        if (flush_raw(f) < 0)
            goto fail;
        if (n > WBUF_SIZE) {
            if (raw_write(f->fd, s, n) < 0)
                goto fail;
            return 0;
        }
    }
    memcpy(f->wbuf + f->wlen, s, n);
    f->wlen += n;
    if (f->fd == 2 || KR_INTERP()->unbuffered_stdio ||
        (f->line_buffered && memchr(s, '\n', n))) {
        if (flush_raw(f) < 0)
            goto fail;
    }
    return 0;
fail:
    kr_err_from_errno(&kr_exc_OSError, NULL);
    return -1;
}

/* UTF-8 of text; lone surrogates go through the stream's error handler. */
static int write_text(StdFile *f, KrObject *text)
{
    Kr_ssize_t n;
    const char *s = kr_str_utf8(text, &n);
    if (s != NULL)
        return write_bytes(f, s, (size_t)n);
    kr_err_clear();
    KrObject *b = kr_str_encode(text, "utf-8", f->errors);
    if (b == NULL)
        return -1;
    int r = write_bytes(f, KR_BYTES_DATA(b), (size_t)KR_SIZE(b));
    kr_decref(b);
    return r;
}

int kr_sys_stdfile_write(KrObject *f, KrObject *text)
{
    if (KR_TYPE(f) != &kr_stdfile_type)
        return 0;
    if (!SF(f)->writable) {
        kr_err_set_string(&kr_exc_OSError, "not writable");
        return -1;
    }
    if (check_open(SF(f)) < 0 || write_text(SF(f), text) < 0)
        return -1;
    return 1;
}

int kr_sys_stdfile_flush(KrObject *f)
{
    if (KR_TYPE(f) != &kr_stdfile_type)
        return 0;
    if (check_open(SF(f)) < 0)
        return -1;
    if (SF(f)->writable && flush_raw(SF(f)) < 0) {
        kr_err_from_errno(&kr_exc_OSError, NULL);
        return -1;
    }
    return 1;
}

static KrObject *f_write(KrObject *self, KrObject *arg)
{
    StdFile *f = SF(self);
    if (check_open(f) < 0)
        return NULL;
    if (!f->writable)
        return kr_err_format(&kr_exc_OSError, "not writable");
    if (!KR_STR_CHECK(arg))
        return kr_err_format(&kr_exc_TypeError, "write() argument must be str, not %T", arg);
    if (write_text(f, arg) < 0)
        return NULL;
    return kr_int_from_ssize(KR_STR_LEN(arg));
}

static KrObject *f_flush(KrObject *self)
{
    if (kr_sys_stdfile_flush(self) < 0)
        return NULL;
    KR_RETURN_NONE;
}

/* Makes at least one more byte available; 0 at EOF, -1 on error. */
static int fill(StdFile *f)
{
    if (f->rpos < f->rlen)
        return 1;
    if (f->eof)
        return 0;
    flush_raw(&std_out);
    if (f->rcap == 0) {
        f->rbuf = kr_mem_alloc(WBUF_SIZE);
        if (f->rbuf == NULL) {
            kr_err_no_memory();
            return -1;
        }
        f->rcap = WBUF_SIZE;
    }
    for (;;) {
        ssize_t r = read(f->fd, f->rbuf, f->rcap);
        if (r < 0) {
            if (errno == EINTR) {
                if (kr_check_signals() < 0)
                    return -1;
                continue;
            }
            kr_err_from_errno(&kr_exc_OSError, NULL);
            return -1;
        }
        f->rpos = 0;
        f->rlen = (size_t)r;
        if (r == 0)
            f->eof = 1;
        return r > 0;
    }
}

/* Reads up to limit bytes (or all when limit < 0), stopping after a
 * newline when `line`.  The limit counts bytes, which equals characters
 * for ASCII input. */
static KrObject *read_some(StdFile *f, Kr_ssize_t limit, int line, int binary)
{
    if (check_open(f) < 0)
        return NULL;
    KrBuf b;
    kr_buf_init(&b);
    Kr_ssize_t got = 0;
    while (limit < 0 || got < limit) {
        int r = fill(f);
        if (r < 0) {
            kr_buf_free(&b);
            return NULL;
        }
        if (r == 0)
            break;
        size_t avail = f->rlen - f->rpos;
        if (limit >= 0 && (Kr_ssize_t)avail > limit - got)
            avail = (size_t)(limit - got);
        const char *start = f->rbuf + f->rpos;
        if (line) {
            const char *nl = memchr(start, '\n', avail);
            if (nl) {
                size_t k = (size_t)(nl - start) + 1;
                kr_buf_append(&b, start, k);
                f->rpos += k;
                break;
            }
        }
        kr_buf_append(&b, start, avail);
        f->rpos += avail;
        got += (Kr_ssize_t)avail;
    }
    if (b.failed) {
        kr_buf_free(&b);
        return kr_err_no_memory();
    }
    KrObject *s = binary ? kr_bytes_from(b.data, (Kr_ssize_t)b.len)
                         : kr_str_decode(b.data, (Kr_ssize_t)b.len, "utf-8", "surrogateescape");
    kr_buf_free(&b);
    return s;
}

static Kr_ssize_t size_arg(KrObject *const *args, Kr_ssize_t nargs, const char *name)
{
    if (kr_check_nargs(name, nargs, 0, 1) < 0)
        return -2;
    if (nargs == 0 || args[0] == kr_None)
        return -1;
    Kr_ssize_t n = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
    if (n == -1 && kr_err_occurred())
        return -2;
    return n < 0 ? -1 : n;
}

static KrObject *f_readline(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t n = size_arg(args, nargs, "readline");
    return n == -2 ? NULL : read_some(SF(self), n, 1, 0);
}

static KrObject *f_read(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t n = size_arg(args, nargs, "read");
    return n == -2 ? NULL : read_some(SF(self), n, 0, 0);
}

static KrObject *f_readlines(KrObject *self)
{
    KrObject *list = kr_list_new(0);
    if (list == NULL)
        return NULL;
    for (;;) {
        KrObject *l = read_some(SF(self), -1, 1, 0);
        if (l == NULL) {
            kr_decref(list);
            return NULL;
        }
        if (KR_STR_LEN(l) == 0) {
            kr_decref(l);
            return list;
        }
        int r = kr_list_append(list, l);
        kr_decref(l);
        if (r < 0) {
            kr_decref(list);
            return NULL;
        }
    }
}

static KrObject *f_iternext(KrObject *self)
{
    KrObject *l = read_some(SF(self), -1, 1, 0);
    if (l == NULL || KR_STR_LEN(l) > 0)
        return l;
    kr_decref(l);
    return NULL;
}

static KrObject *f_iter(KrObject *self)
{
    if (check_open(SF(self)) < 0)
        return NULL;
    return kr_newref(self);
}

static KrObject *f_fileno(KrObject *self)
{
    return kr_int_from_i64(SF(self)->fd);
}

static KrObject *f_isatty(KrObject *self)
{
    if (check_open(SF(self)) < 0)
        return NULL;
    return kr_bool_from(isatty(SF(self)->fd));
}

static KrObject *f_writable(KrObject *self) { return kr_bool_from(SF(self)->writable); }
static KrObject *f_readable(KrObject *self) { return kr_bool_from(!SF(self)->writable); }
static KrObject *f_seekable(KrObject *self) { KR_RETURN_FALSE; }

static KrObject *f_close(KrObject *self)
{
    StdFile *f = SF(self);
    if (!f->closed) {
        if (f->writable)
            flush_raw(f);
        f->closed = 1;
    }
    KR_RETURN_NONE;
}

static KrObject *f_enter(KrObject *self)
{
    if (check_open(SF(self)) < 0)
        return NULL;
    return kr_newref(self);
}

static KrObject *f_exit(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    return f_close(self);
}

static KrObject *f_writelines(KrObject *self, KrObject *lines)
{
    KrObject *it = kr_object_get_iter(lines);
    if (it == NULL)
        return NULL;
    KrObject *line;
    while ((line = kr_iter_next(it)) != NULL) {
        KrObject *r = f_write(self, line);
        kr_decref(line);
        if (r == NULL) {
            kr_decref(it);
            return NULL;
        }
        kr_decref(r);
    }
    kr_decref(it);
    if (kr_err_occurred())
        return NULL;
    KR_RETURN_NONE;
}

/* Only line_buffering has an effect; the encoding is always UTF-8. */
static KrObject *f_reconfigure(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                               KrObject *kwnames)
{
    static const char *const names[] = { "$encoding", "$errors", "$newline",
                                         "$line_buffering", "$write_through", NULL };
    KrObject *a[5];
    if (kr_parse_args("reconfigure", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    StdFile *f = SF(self);
    if (a[3] && a[3] != kr_None) {
        int t = kr_object_is_true(a[3]);
        if (t < 0)
            return NULL;
        f->line_buffered = (char)t;
        f->mode_known = 1;
    }
    if (a[4] && a[4] != kr_None && kr_object_is_true(a[4]) > 0 && f->writable &&
        flush_raw(f) < 0)
        return kr_err_from_errno(&kr_exc_OSError, NULL);
    KR_RETURN_NONE;
}

static KrObject *f_repr(KrObject *self)
{
    StdFile *f = SF(self);
    return kr_str_from_format("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
                              f->name, f->writable ? "w" : "r");
}

static KrObject *g_name(KrObject *self, void *c) { return kr_str_from_cstr(SF(self)->name); }
static KrObject *g_mode(KrObject *self, void *c) { return kr_str_from_cstr(SF(self)->writable ? "w" : "r"); }
static KrObject *g_encoding(KrObject *self, void *c) { return kr_str_from_cstr("utf-8"); }
static KrObject *g_errors(KrObject *self, void *c) { return kr_str_from_cstr(SF(self)->errors); }
static KrObject *g_closed(KrObject *self, void *c) { return kr_bool_from(SF(self)->closed); }
static KrObject *g_newlines(KrObject *self, void *c) { KR_RETURN_NONE; }
static KrObject *g_line_buffering(KrObject *self, void *c)
{
    StdFile *f = SF(self);
    return kr_bool_from(f->writable && (f->fd == 2 || isatty(f->fd)));
}

static KrObject *g_buffer(KrObject *self, void *c);

static const KrMethodDef stdfile_methods[] = {
    KR_METHOD_O("write", f_write),
    KR_METHOD_O("writelines", f_writelines),
    KR_METHOD_FASTKW("reconfigure", f_reconfigure),
    KR_METHOD_NOARGS("flush", f_flush),
    KR_METHOD_FAST("readline", f_readline),
    KR_METHOD_FAST("read", f_read),
    KR_METHOD_NOARGS("readlines", f_readlines),
    KR_METHOD_NOARGS("fileno", f_fileno),
    KR_METHOD_NOARGS("isatty", f_isatty),
    KR_METHOD_NOARGS("writable", f_writable),
    KR_METHOD_NOARGS("readable", f_readable),
    KR_METHOD_NOARGS("seekable", f_seekable),
    KR_METHOD_NOARGS("close", f_close),
    KR_METHOD_NOARGS("__enter__", f_enter),
    KR_METHOD_FAST("__exit__", f_exit),
    KR_METHOD_END,
};

static const KrGetSetDef stdfile_getset[] = {
    { "name", g_name, NULL, NULL, NULL },
    { "mode", g_mode, NULL, NULL, NULL },
    { "encoding", g_encoding, NULL, NULL, NULL },
    { "errors", g_errors, NULL, NULL, NULL },
    { "closed", g_closed, NULL, NULL, NULL },
    { "newlines", g_newlines, NULL, NULL, NULL },
    { "line_buffering", g_line_buffering, NULL, NULL, NULL },
    { "buffer", g_buffer, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrType kr_stdfile_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(StdFile),
    .repr = f_repr,
    .iter = f_iter,
    .iternext = f_iternext,
    .methods = stdfile_methods,
    .getset = stdfile_getset,
};

/* sys.stdout.buffer and friends: the same descriptor and buffer, bytes in
 * and out, so text and binary writes stay in order. */
typedef struct StdBuffer {
    KrObject ob;
    StdFile *raw;
} StdBuffer;

extern KrType kr_stdbuffer_type;
static StdBuffer buf_in = { KR_STATIC_HEAD(&kr_stdbuffer_type), &std_in };
static StdBuffer buf_out = { KR_STATIC_HEAD(&kr_stdbuffer_type), &std_out };
static StdBuffer buf_err = { KR_STATIC_HEAD(&kr_stdbuffer_type), &std_err };
#define RAW(o) (((StdBuffer *)(o))->raw)

static KrObject *g_buffer(KrObject *self, void *c)
{
    StdFile *f = SF(self);
    return kr_newref((KrObject *)(f == &std_in ? &buf_in : f == &std_out ? &buf_out : &buf_err));
}

static KrObject *b_write(KrObject *self, KrObject *arg)
{
    StdFile *f = RAW(self);
    KrBytesView bv;
    if (kr_bytes_view(arg, &bv) < 0)
        return NULL;
    const char *data = bv.data;
    Kr_ssize_t n = bv.len;
    if (check_open(f) < 0)
        return NULL;
    if (!f->writable)
        return kr_err_format(&kr_exc_OSError, "write");
    if (write_bytes(f, data, (size_t)n) < 0)
        return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *b_flush(KrObject *self) { return f_flush((KrObject *)RAW(self)); }
static KrObject *b_fileno(KrObject *self) { return f_fileno((KrObject *)RAW(self)); }

static KrObject *b_read(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t n = size_arg(args, nargs, "read");
    return n == -2 ? NULL : read_some(RAW(self), n, 0, 1);
}

static KrObject *b_readline(KrObject *self, KrObject *const *args, Kr_ssize_t nargs)
{
    Kr_ssize_t n = size_arg(args, nargs, "readline");
    return n == -2 ? NULL : read_some(RAW(self), n, 1, 1);
}

static KrObject *b_repr(KrObject *self)
{
    StdFile *f = RAW(self);
    return kr_str_from_format("<_io.Buffered%s name='%s'>", f->writable ? "Writer" : "Reader",
                              f->name);
}

static const KrMethodDef stdbuffer_methods[] = {
    KR_METHOD_O("write", b_write),
    KR_METHOD_NOARGS("flush", b_flush),
    KR_METHOD_FAST("read", b_read),
    KR_METHOD_FAST("readline", b_readline),
    KR_METHOD_NOARGS("fileno", b_fileno),
    KR_METHOD_END,
};

KrType kr_stdbuffer_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "_io.BufferedWriter",
    .basicsize = sizeof(StdBuffer),
    .repr = b_repr,
    .methods = stdbuffer_methods,
};

/* ---------------------------------------------------------------------- */
/* Functions                                                              */
/* ---------------------------------------------------------------------- */

static KrObject *s_exit(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("exit", nargs, 0, 1) < 0)
        return NULL;
    /* As PyErr_SetObject: a tuple argument becomes the args. */
    kr_err_set(&kr_exc_SystemExit, nargs ? args[0] : NULL);
    return NULL;
}

static KrObject *s_getrecursionlimit(KrObject *m)
{
    return kr_int_from_i64(KR_INTERP()->recursion_limit);
}

static KrObject *s_setrecursionlimit(KrObject *m, KrObject *arg)
{
    if (KR_FLOAT_CHECK(arg))
        return kr_err_format(&kr_exc_TypeError, "'float' object cannot be interpreted as an integer");
    Kr_ssize_t n = kr_number_as_ssize(arg, &kr_exc_OverflowError);
    if (n == -1 && kr_err_occurred())
        return NULL;
    if (n < 1)
        return kr_err_format(&kr_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT_MAX)
        return kr_err_format(&kr_exc_OverflowError, "Python int too large to convert to C int");
    int depth = KR_TS()->recursion_depth;
    if (depth >= n)
        return kr_err_format(&kr_exc_RecursionError,
                             "cannot set the recursion limit to %d at the recursion depth %d: "
                             "the limit is too low", (int)n, depth);
    KR_INTERP()->recursion_limit = (int)n;
    KR_RETURN_NONE;
}

static KrObject *s_getswitchinterval(KrObject *m)
{
    return kr_float_from_double(KR_INTERP()->switch_interval);
}

static KrObject *s_setswitchinterval(KrObject *m, KrObject *arg)
{
    double d = kr_float_as_double(arg);
    if (d == -1.0 && kr_err_occurred())
        return NULL;
    if (d <= 0.0)
        return kr_err_format(&kr_exc_ValueError, "switch interval must be strictly positive");
    KR_INTERP()->switch_interval = d;
    KR_RETURN_NONE;
}

static KrObject *s_getdefaultencoding(KrObject *m) { return kr_str_from_cstr("utf-8"); }
static KrObject *s_getfilesystemencoding(KrObject *m) { return kr_str_from_cstr("utf-8"); }
static KrObject *s_getfilesystemencodeerrors(KrObject *m) { return kr_str_from_cstr("surrogateescape"); }

/* The argument array slot holds one reference of its own, as CPython's
 * argument does, so the count already matches CPython's "+1". */
static KrObject *s_getrefcount(KrObject *m, KrObject *arg)
{
    return kr_int_from_ssize(KR_REFCNT(arg));
}

static KrObject *s_getsizeof(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                             KrObject *kwnames)
{
    static const char *const names[] = { "object", "default", NULL };
    KrObject *a[2];
    if (kr_parse_args("getsizeof", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    KrObject *o = a[0];
    int found;
    KrObject *r = kr_call_special(o, kr_str_intern_cstr("__sizeof__"), NULL, 0, &found);
    Kr_ssize_t size = -1;
    if (r == NULL && !found && !kr_err_occurred()) {
        KrType *t = KR_TYPE(o);
        size = t->basicsize + (t->itemsize ? t->itemsize * KR_SIZE(o) : 0);
    } else if (r != NULL) {
        /* PyLong_AsSsize_t: ints only, no __index__ */
        if (!KR_INT_CHECK(r))
            kr_err_set_string(&kr_exc_TypeError, "an integer is required");
        else
            size = kr_int_as_ssize(r);
        kr_decref(r);
    }
    if (size == -1 && kr_err_occurred()) {
        if (a[1] && kr_err_matches_type(&kr_exc_TypeError)) {
            kr_err_clear();
            return kr_newref(a[1]);
        }
        return NULL;
    }
    if (size < 0)
        return kr_err_format(&kr_exc_ValueError, "__sizeof__() should return >= 0");
    /* CPython 3.11 adds its GC header (16 bytes), plus two more pointers
     * (the managed dict and values pre-header) for instances of classes
     * whose __dict__ it manages itself (kr_type_has_managed_dict). */
    if (KR_IS_GC(o)) {
        size += 16;
        if (kr_type_has_managed_dict(KR_TYPE(o)))
            size += 16;
    }
    return kr_int_from_ssize(size);
}

static KrObject *s_intern(KrObject *m, KrObject *arg)
{
    if (!KR_STR_CHECK(arg))
        return kr_err_format(&kr_exc_TypeError, "intern() argument must be str, not %s",
                             kr_type_name(KR_TYPE(arg)));
    if (!KR_STR_CHECK_EXACT(arg))
        return kr_err_format(&kr_exc_TypeError, "can't intern %s", kr_type_name(KR_TYPE(arg)));
    return kr_str_intern(kr_newref(arg));
}

static KrObject *s_getframe(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("_getframe", nargs, 0, 1) < 0)
        return NULL;
    Kr_ssize_t depth = 0;
    if (nargs == 1) {
        depth = kr_number_as_ssize(args[0], &kr_exc_OverflowError);
        if (depth == -1 && kr_err_occurred())
            return NULL;
    }
    if (depth > INT_MAX)
        depth = INT_MAX;
    return kr_frame_get((int)depth);
}

static KrObject *s_exc_info(KrObject *m)
{
    KrObject *e = KR_TS()->exc_info;
    if (e == NULL || e == kr_None)
        return kr_tuple_pack(3, kr_None, kr_None, kr_None);
    KrObject *tb = kr_exc_get_traceback(e);
    return kr_tuple_pack(3, (KrObject *)KR_TYPE(e), e, tb ? tb : kr_None);
}

static KrObject *s_exception(KrObject *m)
{
    KrObject *e = KR_TS()->exc_info;
    return kr_newref(e ? e : kr_None);
}

static KrObject *s_displayhook(KrObject *m, KrObject *o)
{
    if (o == kr_None)
        KR_RETURN_NONE;
    KrObject *b = KR_INTERP()->builtins;
    if (b && kr_dict_set_item_str(b, "_", kr_None) < 0)
        return NULL;
    KrObject *out = KR_INTERP()->sysdict ? kr_dict_get_item_str(KR_INTERP()->sysdict, "stdout") : NULL;
    if (out == NULL || out == kr_None)
        return kr_err_format(&kr_exc_RuntimeError, "lost sys.stdout");
    KrObject *r = kr_object_repr(o);
    if (r == NULL)
        return NULL;
    KrObject *nl = kr_str_from_cstr("\n");
    int ok = 0;
    if (nl) {
        KrObject *args[1] = { r };
        KrObject *w = kr_call_method(out, KR_ID(write), args, 1, NULL);
        if (w) {
            kr_decref(w);
            args[0] = nl;
            w = kr_call_method(out, KR_ID(write), args, 1, NULL);
            ok = w != NULL;
            kr_xdecref(w);
        }
    }
    kr_decref(r);
    kr_xdecref(nl);
    if (!ok)
        return NULL;
    if (b && kr_dict_set_item_str(b, "_", o) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *s_excepthook(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("excepthook", nargs, 3, 3) < 0)
        return NULL;
    KrObject *v = args[1];
    if (KR_EXC_CHECK(v)) {
        kr_err_print(v);
    } else {
        kr_sys_flush_std();
        fprintf(stderr, "TypeError: print_exception(): Exception expected for value, %s found\n",
                kr_type_name(KR_TYPE(v)));
    }
    KR_RETURN_NONE;
}

static KrObject *s_get_int_max_str_digits(KrObject *m)
{
    return kr_int_from_i64(KR_INTERP()->int_max_str_digits);
}

static KrObject *s_set_int_max_str_digits(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                                          KrObject *kwnames)
{
    static const char *const names[] = { "maxdigits", NULL };
    KrObject *a[1];
    if (kr_parse_args("set_int_max_str_digits", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    Kr_ssize_t n = kr_number_as_ssize(a[0], &kr_exc_OverflowError);
    if (n == -1 && kr_err_occurred())
        return NULL;
    if (n != 0 && n < 640)
        return kr_err_format(&kr_exc_ValueError, "maxdigits must be 0 or larger than %d", 640);
    KR_INTERP()->int_max_str_digits = (int)n;
    KR_RETURN_NONE;
}

static KrObject *s_audit(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (nargs < 1)
        return kr_err_format(&kr_exc_TypeError, "audit() missing 1 required positional argument: 'event'");
    if (!KR_STR_CHECK(args[0]))
        return kr_err_format(&kr_exc_TypeError, "expected str for argument 'event', not %s",
                             kr_type_name(KR_TYPE(args[0])));
    KR_RETURN_NONE;
}

/* sys.settrace/gettrace: the interpreter loop owns the tracer (ceval.c). */
static KrObject *s_gettrace(KrObject *m)
{
    KrObject *f = kr_eval_gettrace();
    return kr_newref(f ? f : kr_None);
}
static KrObject *s_settrace(KrObject *m, KrObject *f)
{
    if (kr_eval_settrace(f) < 0)
        return NULL;
    KR_RETURN_NONE;
}
/* audit hooks are accepted and never called (sys.audit does nothing) */
static KrObject *s_addaudithook(KrObject *m, KrObject *f) { KR_RETURN_NONE; }
/* sys.setprofile/getprofile: the interpreter loop owns the hook. */
static KrObject *s_setprofile(KrObject *m, KrObject *f)
{
    if (kr_eval_setprofile(f) < 0)
        return NULL;
    KR_RETURN_NONE;
}
static KrObject *s_getprofile(KrObject *m)
{
    KrObject *f = kr_eval_getprofile();
    return kr_newref(f ? f : kr_None);
}
static KrObject *s_is_finalizing(KrObject *m) { KR_RETURN_FALSE; }
static KrObject *s_getallocatedblocks(KrObject *m) { return kr_int_small(0); }

/* generator.c */
KrObject *kr_gen_set_asyncgen_hooks(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                                    KrObject *kwnames);
KrObject *kr_gen_get_asyncgen_hooks(KrObject *m);

static const KrMethodDef sys_functions[] = {
    KR_METHOD_FAST("exit", s_exit),
    KR_METHOD_FASTKW("set_asyncgen_hooks", kr_gen_set_asyncgen_hooks),
    KR_METHOD_NOARGS("get_asyncgen_hooks", kr_gen_get_asyncgen_hooks),
    KR_METHOD_NOARGS("getrecursionlimit", s_getrecursionlimit),
    KR_METHOD_O("setrecursionlimit", s_setrecursionlimit),
    KR_METHOD_NOARGS("getswitchinterval", s_getswitchinterval),
    KR_METHOD_O("setswitchinterval", s_setswitchinterval),
    KR_METHOD_NOARGS("getdefaultencoding", s_getdefaultencoding),
    KR_METHOD_NOARGS("getfilesystemencoding", s_getfilesystemencoding),
    KR_METHOD_NOARGS("getfilesystemencodeerrors", s_getfilesystemencodeerrors),
    KR_METHOD_O("getrefcount", s_getrefcount),
    KR_METHOD_FASTKW("getsizeof", s_getsizeof),
    KR_METHOD_O("intern", s_intern),
    KR_METHOD_FAST("_getframe", s_getframe),
    KR_METHOD_NOARGS("exc_info", s_exc_info),
    KR_METHOD_NOARGS("exception", s_exception),
    KR_METHOD_O("displayhook", s_displayhook),
    KR_METHOD_FAST("excepthook", s_excepthook),
    KR_METHOD_NOARGS("get_int_max_str_digits", s_get_int_max_str_digits),
    KR_METHOD_FASTKW("set_int_max_str_digits", s_set_int_max_str_digits),
    KR_METHOD_FAST("audit", s_audit),
    KR_METHOD_O("addaudithook", s_addaudithook),
    KR_METHOD_NOARGS("gettrace", s_gettrace),
    KR_METHOD_O("settrace", s_settrace),
    KR_METHOD_NOARGS("getprofile", s_getprofile),
    KR_METHOD_O("setprofile", s_setprofile),
    KR_METHOD_NOARGS("is_finalizing", s_is_finalizing),
    KR_METHOD_NOARGS("getallocatedblocks", s_getallocatedblocks),
    KR_METHOD_END,
};

/* ---------------------------------------------------------------------- */
/* Data                                                                   */
/* ---------------------------------------------------------------------- */

static const char *const version_info_fields[] = { "major", "minor", "micro", "releaselevel",
                                                   "serial", NULL };
static const KrStructSeqDesc version_info_desc = { "sys.version_info", version_info_fields, 5 };

static const char *const flags_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
    "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
    "safe_path", "int_max_str_digits", NULL };
static const KrStructSeqDesc flags_desc = { "sys.flags", flags_fields, 18 };

static const char *const float_info_fields[] = { "max", "max_exp", "max_10_exp", "min",
    "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds", NULL };
static const KrStructSeqDesc float_info_desc = { "sys.float_info", float_info_fields, 11 };

static const char *const int_info_fields[] = { "bits_per_digit", "sizeof_digit",
    "default_max_str_digits", "str_digits_check_threshold", NULL };
static const KrStructSeqDesc int_info_desc = { "sys.int_info", int_info_fields, 4 };

static const char *const hash_info_fields[] = { "width", "modulus", "inf", "nan", "imag",
    "algorithm", "hash_bits", "seed_bits", "cutoff", NULL };
static const KrStructSeqDesc hash_info_desc = { "sys.hash_info", hash_info_fields, 9 };

static const char *const thread_info_fields[] = { "name", "lock", "version", NULL };
static const KrStructSeqDesc thread_info_desc = { "sys.thread_info", thread_info_fields, 3 };

/* Builds a struct sequence from a printf-like spec: i = int64, d = double,
 * s = C string, O = object (borrowed), b = bool. */
static KrObject *make_seq(const KrStructSeqDesc *desc, const char *spec, ...)
{
    KrType *t = kr_structseq_new_type(desc);
    if (t == NULL)
        return NULL;
    KrObject *vals[32];
    int n = 0, ok = 1;
    va_list ap;
    va_start(ap, spec);
    for (const char *p = spec; *p; p++, n++) {
        switch (*p) {
        case 'i': vals[n] = kr_int_from_i64(va_arg(ap, int64_t)); break;
        case 'd': vals[n] = kr_float_from_double(va_arg(ap, double)); break;
        case 's': vals[n] = kr_str_from_cstr(va_arg(ap, const char *)); break;
        case 'b': vals[n] = kr_bool_from(va_arg(ap, int)); break;
        default: {
            KrObject *o = va_arg(ap, KrObject *);
            vals[n] = kr_newref(o ? o : kr_None);
            break;
        }
        }
        if (vals[n] == NULL)
            ok = 0;
    }
    va_end(ap);
    KrObject *r = ok ? kr_structseq_new(t, vals) : NULL;
    for (int i = 0; i < n; i++)
        kr_xdecref(vals[i]);
    return r;
}

static int add_path(KrObject *list, const char *s, size_t n)
{
    KrObject *p = kr_str_from_utf8(s, (Kr_ssize_t)n);
    if (p == NULL)
        return -1;
    int r = kr_list_append(list, p);
    kr_decref(p);
    return r;
}

/* sys.path: the script's folder ('' for -c, -m and the REPL), then
 * PYTHONPATH, then krait's lib/. */
static KrObject *make_path(KrObject *argv)
{
    KrObject *path = kr_list_new(0);
    if (path == NULL)
        return NULL;
    const char *script = NULL;
    if (argv && KR_LIST_CHECK(argv) && KR_SIZE(argv) > 0 && KR_STR_CHECK(KR_LIST_GET(argv, 0)))
        script = kr_str_utf8(KR_LIST_GET(argv, 0), NULL);
    if (script == NULL)
        kr_err_clear();
    int r;
    if (script && script[0] && strcmp(script, "-c") != 0 && strcmp(script, "-m") != 0 &&
        strcmp(script, "-") != 0) {
        char *real = realpath(script, NULL);
        const char *s = real ? real : script;
        const char *slash = strrchr(s, '/');
        if (slash)
            r = add_path(path, s, slash == s ? 1 : (size_t)(slash - s));
        else
            r = add_path(path, "", 0);
        free(real);
    } else {
        r = add_path(path, "", 0);
    }
    if (r < 0)
        goto fail;
    const char *pp = getenv("PYTHONPATH");
    while (pp && *pp) {
        const char *colon = strchr(pp, ':');
        size_t n = colon ? (size_t)(colon - pp) : strlen(pp);
        if (n > 0 && add_path(path, pp, n) < 0)
            goto fail;
        pp = colon ? colon + 1 : NULL;
    }
    if (add_path(path, KRAIT_LIBDIR, strlen(KRAIT_LIBDIR)) < 0)
        goto fail;
    return path;
fail:
    kr_decref(path);
    return NULL;
}

static const char *const stdlib_names[] = {
    "abc", "ast", "bisect", "builtins", "collections", "contextlib", "copy", "cProfile",
    "dataclasses", "dis", "enum", "errno", "functools", "gc", "heapq", "io", "itertools",
    "json", "keyword", "marshal", "math", "operator", "os", "pstats", "random", "re",
    "string", "sys", "threading", "time", "types", "typing", "warnings", "weakref",
    "_thread", "_weakref", "_io", "posixpath", "stat", NULL };

/* Sets name = value (stolen) in the module; -1 if value is NULL. */
static int put(KrObject *m, const char *name, KrObject *value)
{
    if (value == NULL)
        return -1;
    int r = kr_module_add_object(m, name, value);
    kr_decref(value);
    return r;
}

KrObject *kr_sys_init(void)
{
    static int registered;
    if (!registered) {
        atexit(at_exit_flush);
        registered = 1;
    }
    if (kr_type_ready(&kr_stdfile_type) < 0 || kr_type_ready(&kr_stdbuffer_type) < 0)
        return NULL;
    KrInterp *in = KR_INTERP();
    KrObject *m = kr_module_new("sys");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, sys_functions) < 0)
        goto fail;

    KrObject *vi = make_seq(&version_info_desc, "iiisi", (int64_t)3, (int64_t)11, (int64_t)7,
                            "final", (int64_t)0);
    if (put(m, "version_info", kr_xnewref(vi)) < 0)
        goto fail_vi;
    if (put(m, "version", kr_str_from_cstr("3.11.7 (krait, " __DATE__ ", " __TIME__ ") [GCC "
                                           __VERSION__ "]")) < 0 ||
        put(m, "hexversion", kr_int_from_i64(0x030B07F0)) < 0 ||
        put(m, "api_version", kr_int_from_i64(1013)) < 0)
        goto fail_vi;
    KrObject *impl = kr_module_new("implementation");
    if (impl == NULL || put(impl, "name", kr_str_from_cstr("krait")) < 0 ||
        put(impl, "cache_tag", kr_newref(kr_None)) < 0 ||
        put(impl, "version", kr_newref(vi)) < 0 ||
        put(impl, "hexversion", kr_int_from_i64(0x030B07F0)) < 0 ||
        put(impl, "_multiarch", kr_str_from_cstr("x86_64-linux-gnu")) < 0) {
        kr_xdecref(impl);
        goto fail_vi;
    }
    kr_decref(vi);
    if (put(m, "implementation", impl) < 0)
        goto fail;

    KrObject *argv = in->argv;
    if (argv == NULL) {
        argv = kr_list_new(0);
        KrObject *e = kr_str_from_cstr("");
        if (argv == NULL || e == NULL || kr_list_append(argv, e) < 0) {
            kr_xdecref(argv);
            kr_xdecref(e);
            goto fail;
        }
        kr_decref(e);
        in->argv = argv;
    }
    if (kr_module_add_object(m, "argv", argv) < 0 ||
        put(m, "orig_argv", kr_sequence_list(argv)) < 0 ||
        put(m, "path", make_path(argv)) < 0)
        goto fail;
    if (in->modules && kr_module_add_object(m, "modules", in->modules) < 0)
        goto fail;
    if (in->xoptions == NULL)
        in->xoptions = kr_dict_new();
    if (in->xoptions == NULL || kr_module_add_object(m, "_xoptions", in->xoptions) < 0)
        goto fail;

    KrObject *sin = (KrObject *)&std_in, *sout = (KrObject *)&std_out,
             *serr = (KrObject *)&std_err;
    if (kr_module_add_object(m, "stdin", sin) < 0 ||
        kr_module_add_object(m, "stdout", sout) < 0 ||
        kr_module_add_object(m, "stderr", serr) < 0 ||
        kr_module_add_object(m, "__stdin__", sin) < 0 ||
        kr_module_add_object(m, "__stdout__", sout) < 0 ||
        kr_module_add_object(m, "__stderr__", serr) < 0)
        goto fail;

    KrObject *mod_dict = kr_module_dict(m);
    KrObject *dh = kr_dict_get_item_str(mod_dict, "displayhook");
    KrObject *eh = kr_dict_get_item_str(mod_dict, "excepthook");
    if ((dh && kr_module_add_object(m, "__displayhook__", dh) < 0) ||
        (eh && kr_module_add_object(m, "__excepthook__", eh) < 0))
        goto fail;

    if (put(m, "flags", make_seq(&flags_desc, "iiiiiiiiiiiiibiibi", (int64_t)0, (int64_t)0,
                                 (int64_t)0, (int64_t)0, (int64_t)0, (int64_t)0, (int64_t)0,
                                 (int64_t)0, (int64_t)in->verbose, (int64_t)0, (int64_t)0,
                                 (int64_t)1, (int64_t)0, 0, (int64_t)0, (int64_t)0,
                                 0, (int64_t)-1)) < 0)
        goto fail;
    if (put(m, "float_info", make_seq(&float_info_desc, "diidiiiidii", DBL_MAX,
                                      (int64_t)DBL_MAX_EXP, (int64_t)DBL_MAX_10_EXP, DBL_MIN,
                                      (int64_t)DBL_MIN_EXP, (int64_t)DBL_MIN_10_EXP,
                                      (int64_t)DBL_DIG, (int64_t)DBL_MANT_DIG, DBL_EPSILON,
                                      (int64_t)FLT_RADIX, (int64_t)1)) < 0)
        goto fail;
    if (put(m, "int_info", make_seq(&int_info_desc, "iiii", (int64_t)30, (int64_t)4,
                                    (int64_t)4300, (int64_t)640)) < 0)
        goto fail;
    if (put(m, "hash_info", make_seq(&hash_info_desc, "iiiiisiii", (int64_t)64,
                                     (int64_t)KR_HASH_MODULUS, (int64_t)KR_HASH_INF,
                                     (int64_t)0, (int64_t)1000003, "siphash13",
                                     (int64_t)64, (int64_t)128, (int64_t)0)) < 0)
        goto fail;

    char pthread_version[64] = "";
#ifdef _CS_GNU_LIBPTHREAD_VERSION
    confstr(_CS_GNU_LIBPTHREAD_VERSION, pthread_version, sizeof pthread_version);
#endif
    if (put(m, "thread_info", make_seq(&thread_info_desc, "sss", "pthread", "semaphore",
                                       pthread_version)) < 0)
        goto fail;
    if (put(m, "maxsize", kr_int_from_i64(KR_SSIZE_T_MAX)) < 0 ||
        put(m, "maxunicode", kr_int_from_i64(0x10ffff)) < 0 ||
        put(m, "byteorder", kr_str_from_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                                             ? "little" : "big")) < 0 ||
        put(m, "platform", kr_str_from_cstr("linux")) < 0 ||
        put(m, "float_repr_style", kr_str_from_cstr("short")) < 0 ||
        put(m, "abiflags", kr_str_from_cstr("")) < 0 ||
        put(m, "copyright", kr_str_from_cstr("Copyright (c) krait authors.")) < 0 ||
        put(m, "dont_write_bytecode", kr_newref(kr_False)) < 0 ||
        put(m, "warnoptions", kr_list_new(0)) < 0 ||
        put(m, "meta_path", kr_list_new(0)) < 0 ||
        put(m, "path_hooks", kr_list_new(0)) < 0 ||
        put(m, "path_importer_cache", kr_dict_new()) < 0 ||
        put(m, "platlibdir", kr_str_from_cstr("lib")) < 0)
        goto fail;

    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = '\0';
    if (put(m, "executable", kr_str_from_cstr(exe)) < 0 ||
        put(m, "_base_executable", kr_str_from_cstr(exe)) < 0)
        goto fail;
    const char *prefix = KRAIT_LIBDIR;
    const char *slash = strrchr(prefix, '/');
    KrObject *pre = slash ? kr_str_from_utf8(prefix, slash - prefix) : kr_str_from_cstr("");
    if (pre == NULL || kr_module_add_object(m, "prefix", pre) < 0 ||
        kr_module_add_object(m, "exec_prefix", pre) < 0 ||
        kr_module_add_object(m, "base_prefix", pre) < 0 ||
        kr_module_add_object(m, "base_exec_prefix", pre) < 0) {
        kr_xdecref(pre);
        goto fail;
    }
    kr_decref(pre);

    KrObject *names = kr_list_new(0);
    if (names == NULL)
        goto fail;
    if (&kr_builtin_modules != NULL) {
        for (const KrBuiltinModule *b = kr_builtin_modules; b->name; b++) {
            KrObject *s = kr_str_from_cstr(b->name);
            if (s == NULL || kr_list_append(names, s) < 0) {
                kr_xdecref(s);
                kr_decref(names);
                goto fail;
            }
            kr_decref(s);
        }
    }
    /* builtins and sys are created by lifecycle.c, not the registry. */
    for (const char *const *p = (const char *const[]){ "builtins", "sys", NULL }; *p; p++) {
        KrObject *s = kr_str_from_cstr(*p);
        int has = s ? kr_sequence_contains(names, s) : -1;
        if (has < 0 || (has == 0 && kr_list_append(names, s) < 0)) {
            kr_xdecref(s);
            kr_decref(names);
            goto fail;
        }
        kr_decref(s);
    }
    if (kr_list_sort(names, NULL, 0) < 0) {
        kr_decref(names);
        goto fail;
    }
    KrObject *tnames = kr_list_as_tuple(names);
    kr_decref(names);
    if (put(m, "builtin_module_names", tnames) < 0)
        goto fail;
    KrObject *stdl = kr_set_new(NULL);
    if (stdl == NULL)
        goto fail;
    for (const char *const *p = stdlib_names; *p; p++) {
        KrObject *s = kr_str_from_cstr(*p);
        if (s == NULL || kr_set_add(stdl, s) < 0) {
            kr_xdecref(s);
            kr_decref(stdl);
            goto fail;
        }
        kr_decref(s);
    }
    KrObject *fs = kr_frozenset_new(stdl);
    kr_decref(stdl);
    if (put(m, "stdlib_module_names", fs) < 0)
        goto fail;
    return m;
fail_vi:
    kr_xdecref(vi);
fail:
    kr_decref(m);
    return NULL;
}
