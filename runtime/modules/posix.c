/*
 * posix.c -- the posix module: thin wrappers over the POSIX calls that
 * lib/os.py re-exports.
 *
 * Every function converts its path arguments with path_arg(), which takes
 * str, bytes or an os.PathLike (via type(o).__fspath__) and keeps the
 * converted object alive in a PathArg, so error messages can name the path
 * exactly as CPython does (the original object, not the converted one --
 * CPython reports the object it was given).  Results that are file names
 * follow the argument's type: bytes in, bytes out.
 *
 * Failures go through kr_err_from_errno (or oserror2 for two-path calls),
 * which builds OSError(errno, strerror, filename[, None, filename2]); the
 * OSError constructor picks the subclass from errno (FileNotFoundError...).
 *
 * stat_result, times_result, uname_result and terminal_size are struct
 * sequences (structseq.c).  stat_result is CPython's shape: ten visible
 * items whose last three are the integer times, then the float times and
 * the rest as attribute-only fields; naming both the visible integer times
 * and the hidden float times st_atime/... makes repr show the integers
 * while the attribute gives the float (the later getset wins).
 *
 * scandir() reads the whole directory at once and returns an iterator
 * object over DirEntry values (with the context-manager protocol); the
 * entries cache d_type so is_dir()/is_file() usually need no system call.
 */
#define _GNU_SOURCE 1               /* pipe2 */
#include "krait.h"

#include <dirent.h>
#include <sched.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static KrType *stat_result_type, *times_result_type, *uname_result_type, *terminal_size_type;

/* ---------------------------------------------------------------------- */
/* Path arguments                                                         */
/* ---------------------------------------------------------------------- */

typedef struct PathArg {
    KrObject *orig;                 /* borrowed: what the caller passed */
    KrObject *conv;                 /* owned: str or bytes */
    const char *path;               /* valid while conv lives */
    int is_bytes;
    int fd;                         /* >= 0 when an int fd was given and allowed */
} PathArg;

static void path_free(PathArg *p)
{
    KR_CLEAR(p->conv);
}

/* os.fspath(o): new reference to a str or bytes, or TypeError. */
static KrObject *fspath(KrObject *o)
{
    if (KR_STR_CHECK(o) || KR_BYTES_CHECK(o))
        return kr_newref(o);
    KrObject *fn = kr_type_lookup(KR_TYPE(o), kr_str_intern_cstr("__fspath__"));
    if (fn == NULL || fn == kr_None)
        return kr_err_format(&kr_exc_TypeError,
                             "expected str, bytes or os.PathLike object, not %s",
                             kr_type_name(KR_TYPE(o)));
    KrObject *r = kr_call_method0(o, kr_str_intern_cstr("__fspath__"));
    if (r == NULL)
        return NULL;
    if (!KR_STR_CHECK(r) && !KR_BYTES_CHECK(r)) {
        kr_err_format(&kr_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                      kr_type_name(KR_TYPE(o)), kr_type_name(KR_TYPE(r)));
        kr_decref(r);
        return NULL;
    }
    return r;
}

/* allow_fd: an int is accepted as a file descriptor. */
static int path_arg(KrObject *o, const char *fname, const char *argname, int allow_fd,
                    PathArg *p)
{
    memset(p, 0, sizeof *p);
    p->orig = o;
    p->fd = -1;
    if (allow_fd && KR_INT_CHECK(o) && !KR_BOOL_CHECK(o)) {
        Kr_ssize_t fd = kr_int_as_ssize(o);
        if (fd == -1 && kr_err_occurred())
            return -1;
        p->fd = (int)fd;
        return 0;
    }
    if (!KR_STR_CHECK(o) && !KR_BYTES_CHECK(o) &&
        kr_type_lookup(KR_TYPE(o), kr_str_intern_cstr("__fspath__")) == NULL) {
        kr_err_format(&kr_exc_TypeError, "%s: %s should be string, bytes%s, not %s",
                      fname, argname, allow_fd ? ", os.PathLike or integer" : " or os.PathLike", kr_type_name(KR_TYPE(o)));
        return -1;
    }
    p->conv = fspath(o);
    if (p->conv == NULL)
        return -1;
    Kr_ssize_t len;
    if (KR_STR_CHECK(p->conv)) {
        p->path = kr_str_utf8(p->conv, &len);
        if (p->path == NULL) {
            path_free(p);
            return -1;
        }
    } else {
        p->is_bytes = 1;
        p->path = KR_BYTES_DATA(p->conv);
        len = KR_SIZE(p->conv);
    }
    if ((Kr_ssize_t)strlen(p->path) != len) {
        kr_err_format(&kr_exc_ValueError, "%s: embedded null character in %s", fname, argname);
        path_free(p);
        return -1;
    }
    return 0;
}

static KrObject *oserror(PathArg *p)
{
    return kr_err_from_errno(&kr_exc_OSError, p ? p->orig : NULL);
}

static KrObject *oserror2(PathArg *a, PathArg *b)
{
    int e = errno;
    KrObject *code = kr_int_from_i64(e);
    KrObject *msg = kr_str_from_cstr(strerror(e));
    KrObject *args = code && msg ? kr_tuple_pack(5, code, msg, a->orig, kr_None, b->orig) : NULL;
    kr_xdecref(code);
    kr_xdecref(msg);
    if (args) {
        kr_err_set(&kr_exc_OSError, args);
        kr_decref(args);
    }
    return NULL;
}

static KrObject *name_result(const char *s, int as_bytes)
{
    if (as_bytes)
        return kr_bytes_from(s, (Kr_ssize_t)strlen(s));
    return kr_str_decode(s, (Kr_ssize_t)strlen(s), "utf-8", "surrogateescape");
}

static int int_arg(KrObject *o, const char *fname, int *out)
{
    if (!KR_INT_CHECK(o)) {
        kr_err_format(&kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      kr_type_name(KR_TYPE(o)));
        return -1;
    }
    Kr_ssize_t v = kr_int_as_ssize(o);
    if (v == -1 && kr_err_occurred())
        return -1;
    *out = (int)v;
    return 0;
}

/* ---------------------------------------------------------------------- */
/* stat                                                                   */
/* ---------------------------------------------------------------------- */

static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    "st_atime", "st_mtime", "st_ctime",
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev", NULL };
static const KrStructSeqDesc stat_desc = { "os.stat_result", stat_fields, 10 };

/* The float times are properties over the hidden items 10..12, because
 * the visible integer items of the same name got the getsets. */
static KrObject *hidden_time(KrObject *obj, Kr_ssize_t i)
{
    if (!KR_TUPLE_CHECK(obj))
        return kr_err_format(&kr_exc_TypeError, "stat_result expected");
    KrObject *v = KR_TUPLE_ITEMS(obj)[i];
    return kr_newref(v ? v : kr_None);
}
static KrObject *st_atime_get(KrObject *m, KrObject *o) { return hidden_time(o, 10); }
static KrObject *st_mtime_get(KrObject *m, KrObject *o) { return hidden_time(o, 11); }
static KrObject *st_ctime_get(KrObject *m, KrObject *o) { return hidden_time(o, 12); }
static const KrMethodDef time_getters[] = {
    KR_METHOD_O("st_atime", st_atime_get),
    KR_METHOD_O("st_mtime", st_mtime_get),
    KR_METHOD_O("st_ctime", st_ctime_get),
};

static int fix_stat_times(KrType *t)
{
    for (int i = 0; i < 3; i++) {
        KrObject *f = kr_cfunction_new(&time_getters[i], NULL, NULL);
        KrObject *p = f ? kr_property_new(f, NULL, NULL, NULL) : NULL;
        kr_xdecref(f);
        if (p == NULL || kr_dict_set_item_str(t->dict, time_getters[i].name, p) < 0) {
            kr_xdecref(p);
            return -1;
        }
        kr_decref(p);
    }
    kr_type_modified(t);
    return 0;
}

static KrObject *ns_of(struct timespec ts)
{
    KrObject *s = kr_int_from_i64((int64_t)ts.tv_sec);
    KrObject *g = kr_int_from_i64(1000000000);
    KrObject *n = kr_int_from_i64(ts.tv_nsec);
    KrObject *r = NULL;
    if (s && g && n) {
        KrObject *m = kr_int_mul(s, g);
        if (m) {
            r = kr_int_add(m, n);
            kr_decref(m);
        }
    }
    kr_xdecref(s);
    kr_xdecref(g);
    kr_xdecref(n);
    return r;
}

static KrObject *stat_to_result(const struct stat *st)
{
    KrObject *v[19] = { NULL };
    KrObject *r = NULL;
    v[0] = kr_int_from_i64(st->st_mode);
    v[1] = kr_int_from_u64(st->st_ino);
    v[2] = kr_int_from_u64(st->st_dev);
    v[3] = kr_int_from_i64((int64_t)st->st_nlink);
    v[4] = kr_int_from_i64(st->st_uid);
    v[5] = kr_int_from_i64(st->st_gid);
    v[6] = kr_int_from_i64(st->st_size);
    v[7] = kr_int_from_i64(st->st_atim.tv_sec);
    v[8] = kr_int_from_i64(st->st_mtim.tv_sec);
    v[9] = kr_int_from_i64(st->st_ctim.tv_sec);
    v[10] = kr_float_from_double((double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9);
    v[11] = kr_float_from_double((double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9);
    v[12] = kr_float_from_double((double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9);
    v[13] = ns_of(st->st_atim);
    v[14] = ns_of(st->st_mtim);
    v[15] = ns_of(st->st_ctim);
    v[16] = kr_int_from_i64(st->st_blksize);
    v[17] = kr_int_from_i64(st->st_blocks);
    v[18] = kr_int_from_u64(st->st_rdev);
    for (int i = 0; i < 19; i++)
        if (v[i] == NULL)
            goto done;
    r = kr_structseq_new(stat_result_type, v);
done:
    for (int i = 0; i < 19; i++)
        kr_xdecref(v[i]);
    return r;
}

static KrObject *do_stat(const char *fname, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames, int follow_default)
{
    static const char *const names[] = { "path", "$dir_fd", "$follow_symlinks", NULL };
    KrObject *a[3];
    if (kr_parse_args(fname, args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    int follow = follow_default;
    if (a[2] && (follow = kr_object_is_true(a[2])) < 0)
        return NULL;
    PathArg p;
    if (path_arg(a[0], fname, "path", 1, &p) < 0)
        return NULL;
    struct stat st;
    int r;
    if (p.fd >= 0)
        r = fstat(p.fd, &st);
    else if (follow)
        r = stat(p.path, &st);
    else
        r = lstat(p.path, &st);
    if (r < 0) {
        oserror(&p);
        path_free(&p);
        return NULL;
    }
    path_free(&p);
    return stat_to_result(&st);
}

static KrObject *px_stat(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    return do_stat("stat", args, nargs, kw, 1);
}

static KrObject *px_lstat(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    return do_stat("lstat", args, nargs, kw, 0);
}

static KrObject *px_fstat(KrObject *m, KrObject *arg)
{
    int fd;
    if (int_arg(arg, "fstat", &fd) < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0)
        return oserror(NULL);
    return stat_to_result(&st);
}

/* ---------------------------------------------------------------------- */
/* Directories and files                                                  */
/* ---------------------------------------------------------------------- */

static KrObject *px_getcwd(KrObject *m)
{
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof buf) == NULL)
        return oserror(NULL);
    return name_result(buf, 0);
}

static KrObject *px_getcwdb(KrObject *m)
{
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof buf) == NULL)
        return oserror(NULL);
    return name_result(buf, 1);
}

static KrObject *px_chdir(KrObject *m, KrObject *arg)
{
    PathArg p;
    if (path_arg(arg, "chdir", "path", 1, &p) < 0)
        return NULL;
    int r = p.fd >= 0 ? fchdir(p.fd) : chdir(p.path);
    if (r < 0)
        oserror(&p);
    path_free(&p);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

/* Sorted only by the caller (os.listdir order is the directory's). */
static KrObject *read_names(PathArg *p, int as_bytes)
{
    DIR *d = p->fd >= 0 ? fdopendir(dup(p->fd)) : opendir(p->path ? p->path : ".");
    if (d == NULL)
        return oserror(p->path ? p : NULL);
    KrObject *list = kr_list_new(0);
    if (list == NULL) {
        closedir(d);
        return NULL;
    }
    struct dirent *e;
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        KrObject *n = name_result(e->d_name, as_bytes);
        if (n == NULL || kr_list_append(list, n) < 0) {
            kr_xdecref(n);
            kr_decref(list);
            closedir(d);
            return NULL;
        }
        kr_decref(n);
    }
    closedir(d);
    return list;
}

static KrObject *px_listdir(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", NULL };
    KrObject *a[1];
    if (kr_parse_args("listdir", args, nargs, kw, names, 0, 0, a) < 0)
        return NULL;
    PathArg p;
    if (a[0] == NULL || a[0] == kr_None) {
        memset(&p, 0, sizeof p);
        p.fd = -1;
        p.path = ".";
        return read_names(&p, 0);
    }
    if (path_arg(a[0], "listdir", "path", 1, &p) < 0)
        return NULL;
    KrObject *r = read_names(&p, p.is_bytes);
    path_free(&p);
    return r;
}

static KrObject *px_mkdir(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "mode", "$dir_fd", NULL };
    KrObject *a[3];
    if (kr_parse_args("mkdir", args, nargs, kw, names, 0, 1, a) < 0)
        return NULL;
    int mode = 0777;
    if (a[1] && int_arg(a[1], "mkdir", &mode) < 0)
        return NULL;
    PathArg p;
    if (path_arg(a[0], "mkdir", "path", 0, &p) < 0)
        return NULL;
    int r = mkdir(p.path, (mode_t)mode);
    if (r < 0)
        oserror(&p);
    path_free(&p);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

/* One-path calls returning None: rmdir, remove/unlink. */
static KrObject *path_call(KrObject *const *args, Kr_ssize_t nargs, KrObject *kw, const char *fname,
                           int (*fn)(const char *))
{
    static const char *const names[] = { "path", "$dir_fd", NULL };
    KrObject *a[2];
    if (kr_parse_args(fname, args, nargs, kw, names, 0, 1, a) < 0)
        return NULL;
    PathArg p;
    if (path_arg(a[0], fname, "path", 0, &p) < 0)
        return NULL;
    int r = fn(p.path);
    if (r < 0)
        oserror(&p);
    path_free(&p);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *px_rmdir(KrObject *m, KrObject *const *a, Kr_ssize_t n, KrObject *kw)
{
    return path_call(a, n, kw, "rmdir", rmdir);
}

static KrObject *px_remove(KrObject *m, KrObject *const *a, Kr_ssize_t n, KrObject *kw)
{
    return path_call(a, n, kw, "remove", unlink);
}

static KrObject *px_unlink(KrObject *m, KrObject *const *a, Kr_ssize_t n, KrObject *kw)
{
    return path_call(a, n, kw, "unlink", unlink);
}

static KrObject *two_path_call(KrObject *const *args, Kr_ssize_t nargs, KrObject *kw,
                               const char *fname, const char *n0, const char *n1,
                               int (*fn)(const char *, const char *))
{
    const char *names[] = { n0, n1, "$src_dir_fd", "$dst_dir_fd", NULL };
    KrObject *a[4];
    if (kr_parse_args(fname, args, nargs, kw, names, 0, 2, a) < 0)
        return NULL;
    PathArg p, q;
    if (path_arg(a[0], fname, n0, 0, &p) < 0)
        return NULL;
    if (path_arg(a[1], fname, n1, 0, &q) < 0) {
        path_free(&p);
        return NULL;
    }
    int r = fn(p.path, q.path);
    if (r < 0)
        oserror2(&p, &q);
    path_free(&p);
    path_free(&q);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *px_rename(KrObject *m, KrObject *const *a, Kr_ssize_t n, KrObject *kw)
{
    return two_path_call(a, n, kw, "rename", "src", "dst", rename);
}

static KrObject *px_replace(KrObject *m, KrObject *const *a, Kr_ssize_t n, KrObject *kw)
{
    return two_path_call(a, n, kw, "replace", "src", "dst", rename);
}

static KrObject *px_link(KrObject *m, KrObject *const *a, Kr_ssize_t n, KrObject *kw)
{
    return two_path_call(a, n, kw, "link", "src", "dst", link);
}

static KrObject *px_symlink(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "src", "dst", "target_is_directory", "$dir_fd", NULL };
    KrObject *a[4];
    if (kr_parse_args("symlink", args, nargs, kw, names, 0, 2, a) < 0)
        return NULL;
    PathArg p, q;
    if (path_arg(a[0], "symlink", "src", 0, &p) < 0)
        return NULL;
    if (path_arg(a[1], "symlink", "dst", 0, &q) < 0) {
        path_free(&p);
        return NULL;
    }
    int r = symlink(p.path, q.path);
    if (r < 0)
        oserror2(&p, &q);
    path_free(&p);
    path_free(&q);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *px_readlink(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "$dir_fd", NULL };
    KrObject *a[2];
    if (kr_parse_args("readlink", args, nargs, kw, names, 0, 1, a) < 0)
        return NULL;
    PathArg p;
    if (path_arg(a[0], "readlink", "path", 0, &p) < 0)
        return NULL;
    char buf[PATH_MAX + 1];
    ssize_t n = readlink(p.path, buf, PATH_MAX);
    if (n < 0) {
        oserror(&p);
        path_free(&p);
        return NULL;
    }
    buf[n] = '\0';
    KrObject *r = name_result(buf, p.is_bytes);
    path_free(&p);
    return r;
}

static KrObject *px_access(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "mode", "$dir_fd", "$effective_ids",
                                         "$follow_symlinks", NULL };
    KrObject *a[5];
    if (kr_parse_args("access", args, nargs, kw, names, 0, 2, a) < 0)
        return NULL;
    int mode;
    if (int_arg(a[1], "access", &mode) < 0)
        return NULL;
    PathArg p;
    if (path_arg(a[0], "access", "path", 0, &p) < 0)
        return NULL;
    int r = access(p.path, mode);
    path_free(&p);
    return kr_bool_from(r == 0);
}

static KrObject *px_chmod(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "mode", "$dir_fd", "$follow_symlinks", NULL };
    KrObject *a[4];
    if (kr_parse_args("chmod", args, nargs, kw, names, 0, 2, a) < 0)
        return NULL;
    int mode;
    if (int_arg(a[1], "chmod", &mode) < 0)
        return NULL;
    PathArg p;
    if (path_arg(a[0], "chmod", "path", 1, &p) < 0)
        return NULL;
    int r = p.fd >= 0 ? fchmod(p.fd, (mode_t)mode) : chmod(p.path, (mode_t)mode);
    if (r < 0)
        oserror(&p);
    path_free(&p);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static int time_of(KrObject *o, struct timespec *ts)
{
    double d = kr_float_as_double(o);
    if (d == -1.0 && kr_err_occurred())
        return -1;
    double s = (double)(int64_t)d;
    if (s > d)
        s -= 1;
    ts->tv_sec = (time_t)s;
    ts->tv_nsec = (long)((d - s) * 1e9);
    return 0;
}

static KrObject *px_utime(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "times", "$ns", "$dir_fd", "$follow_symlinks", NULL };
    KrObject *a[5];
    if (kr_parse_args("utime", args, nargs, kw, names, 0, 1, a) < 0)
        return NULL;
    struct timespec ts[2];
    struct timespec *tp = NULL;
    if (a[1] && a[1] != kr_None) {
        if (!KR_TUPLE_CHECK(a[1]) || KR_SIZE(a[1]) != 2)
            return kr_err_format(&kr_exc_TypeError,
                                 "utime: 'times' must be either a tuple of two ints or None");
        if (time_of(KR_TUPLE_GET(a[1], 0), &ts[0]) < 0 || time_of(KR_TUPLE_GET(a[1], 1), &ts[1]) < 0)
            return NULL;
        tp = ts;
    } else if (a[2]) {
        if (!KR_TUPLE_CHECK(a[2]) || KR_SIZE(a[2]) != 2)
            return kr_err_format(&kr_exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++) {
            int ov;
            int64_t v = kr_int_as_i64(KR_TUPLE_GET(a[2], i), &ov);
            if (v == -1 && kr_err_occurred())
                return NULL;
            ts[i].tv_sec = (time_t)(v / 1000000000);
            ts[i].tv_nsec = (long)(v % 1000000000);
            if (ts[i].tv_nsec < 0) {
                ts[i].tv_nsec += 1000000000;
                ts[i].tv_sec--;
            }
        }
        tp = ts;
    }
    PathArg p;
    if (path_arg(a[0], "utime", "path", 1, &p) < 0)
        return NULL;
    int r = p.fd >= 0 ? futimens(p.fd, tp) : utimensat(AT_FDCWD, p.path, tp, 0);
    if (r < 0)
        oserror(&p);
    path_free(&p);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

/* ---------------------------------------------------------------------- */
/* scandir / DirEntry                                                     */
/* ---------------------------------------------------------------------- */

typedef struct DirEntry {
    KrObject ob;
    KrObject *name, *path;          /* str or bytes */
    unsigned char d_type;
    uint64_t ino;
    KrObject *stat, *lstat;         /* cached results */
} DirEntry;

extern KrType direntry_type, scandir_iter_type;

static void de_dealloc(KrObject *o)
{
    DirEntry *e = (DirEntry *)o;
    KR_CLEAR(e->name);
    KR_CLEAR(e->path);
    KR_CLEAR(e->stat);
    KR_CLEAR(e->lstat);
    kr_object_free(o);
}

static KrObject *de_repr(KrObject *self)
{
    return kr_str_from_format("<DirEntry %R>", ((DirEntry *)self)->name);
}

static const char *de_cpath(DirEntry *e)
{
    if (KR_BYTES_CHECK(e->path))
        return KR_BYTES_DATA(e->path);
    return kr_str_utf8(e->path, NULL);
}

static KrObject *de_get_stat(DirEntry *e, int follow)
{
    KrObject **slot = follow ? &e->stat : &e->lstat;
    if (*slot == NULL) {
        if (follow && e->d_type != DT_LNK && e->d_type != DT_UNKNOWN && e->lstat == NULL) {
            /* not a link: stat and lstat agree */
        }
        const char *cp = de_cpath(e);
        if (cp == NULL)
            return NULL;
        struct stat st;
        if ((follow ? stat(cp, &st) : lstat(cp, &st)) < 0)
            return kr_err_from_errno(&kr_exc_OSError, e->path);
        *slot = stat_to_result(&st);
        if (*slot == NULL)
            return NULL;
    }
    return kr_newref(*slot);
}

static int follow_kw(const char *fname, KrObject *const *args, Kr_ssize_t nargs,
                     KrObject *kwnames, int *follow)
{
    static const char *const names[] = { "$follow_symlinks", NULL };
    KrObject *a[1];
    if (kr_parse_args(fname, args, nargs, kwnames, names, 0, 0, a) < 0)
        return -1;
    *follow = 1;
    if (a[0] && (*follow = kr_object_is_true(a[0])) < 0)
        return -1;
    return 0;
}

/* mode test over the cached d_type, falling back to stat. */
static KrObject *de_test(DirEntry *e, int follow, int want)
{
    if (e->d_type != DT_UNKNOWN && !(follow && e->d_type == DT_LNK)) {
        int t = want == S_IFDIR ? DT_DIR : want == S_IFREG ? DT_REG : DT_LNK;
        return kr_bool_from(e->d_type == t);
    }
    KrObject *st = de_get_stat(e, follow);
    if (st == NULL) {
        if (kr_err_matches_type(&kr_exc_FileNotFoundError)) {
            kr_err_clear();
            KR_RETURN_FALSE;
        }
        return NULL;
    }
    int64_t mode = kr_int_small_value(KR_TUPLE_GET(st, 0));
    kr_decref(st);
    return kr_bool_from((mode & S_IFMT) == want);
}

static KrObject *de_is_dir(KrObject *self, KrObject *const *a, Kr_ssize_t n, KrObject *kw)
{
    int f;
    if (follow_kw("is_dir", a, n, kw, &f) < 0)
        return NULL;
    return de_test((DirEntry *)self, f, S_IFDIR);
}

static KrObject *de_is_file(KrObject *self, KrObject *const *a, Kr_ssize_t n, KrObject *kw)
{
    int f;
    if (follow_kw("is_file", a, n, kw, &f) < 0)
        return NULL;
    return de_test((DirEntry *)self, f, S_IFREG);
}

static KrObject *de_is_symlink(KrObject *self)
{
    return de_test((DirEntry *)self, 0, S_IFLNK);
}

static KrObject *de_stat(KrObject *self, KrObject *const *a, Kr_ssize_t n, KrObject *kw)
{
    int f;
    if (follow_kw("stat", a, n, kw, &f) < 0)
        return NULL;
    return de_get_stat((DirEntry *)self, f);
}

static KrObject *de_inode(KrObject *self) { return kr_int_from_u64(((DirEntry *)self)->ino); }
static KrObject *de_fspath(KrObject *self) { return kr_newref(((DirEntry *)self)->path); }
static KrObject *de_name_get(KrObject *self, void *c) { return kr_newref(((DirEntry *)self)->name); }
static KrObject *de_path_get(KrObject *self, void *c) { return kr_newref(((DirEntry *)self)->path); }

static const KrMethodDef de_methods[] = {
    KR_METHOD_FASTKW("is_dir", de_is_dir),
    KR_METHOD_FASTKW("is_file", de_is_file),
    KR_METHOD_NOARGS("is_symlink", de_is_symlink),
    KR_METHOD_FASTKW("stat", de_stat),
    KR_METHOD_NOARGS("inode", de_inode),
    KR_METHOD_NOARGS("__fspath__", de_fspath),
    KR_CLASS_GETITEM_METHOD,
    KR_METHOD_END,
};

static const KrGetSetDef de_getset[] = {
    { "name", de_name_get, NULL, NULL, NULL },
    { "path", de_path_get, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrType direntry_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "posix.DirEntry", .basicsize = sizeof(DirEntry),
    .flags = KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = de_dealloc, .repr = de_repr,
    .methods = de_methods, .getset = de_getset,
};

typedef struct ScandirIter {
    KrObject ob;
    KrObject *entries;              /* list of DirEntry, NULL once closed */
    Kr_ssize_t pos;
} ScandirIter;

static void si_dealloc(KrObject *o)
{
    KR_CLEAR(((ScandirIter *)o)->entries);
    kr_object_free(o);
}

static KrObject *si_iter(KrObject *self) { return kr_newref(self); }

static KrObject *si_next(KrObject *self)
{
    ScandirIter *s = (ScandirIter *)self;
    if (s->entries == NULL || s->pos >= KR_SIZE(s->entries)) {
        KR_CLEAR(s->entries);
        return NULL;
    }
    return kr_newref(KR_LIST_GET(s->entries, s->pos++));
}

static KrObject *si_close(KrObject *self)
{
    KR_CLEAR(((ScandirIter *)self)->entries);
    KR_RETURN_NONE;
}

static KrObject *si_enter(KrObject *self) { return kr_newref(self); }

static KrObject *si_exit(KrObject *self, KrObject *const *a, Kr_ssize_t n)
{
    KR_CLEAR(((ScandirIter *)self)->entries);
    KR_RETURN_FALSE;
}

static const KrMethodDef si_methods[] = {
    KR_METHOD_NOARGS("close", si_close),
    KR_METHOD_NOARGS("__enter__", si_enter),
    KR_METHOD_FAST("__exit__", si_exit),
    KR_METHOD_END,
};

KrType scandir_iter_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "posix.ScandirIterator", .basicsize = sizeof(ScandirIter),
    .flags = KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .dealloc = si_dealloc, .iter = si_iter, .iternext = si_next,
    .methods = si_methods,
};

static KrObject *px_scandir(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", NULL };
    KrObject *a[1];
    if (kr_parse_args("scandir", args, nargs, kw, names, 0, 0, a) < 0)
        return NULL;
    PathArg p;
    int as_bytes = 0;
    const char *dir = ".";
    int have_path = a[0] && a[0] != kr_None;
    if (have_path) {
        if (path_arg(a[0], "scandir", "path", 0, &p) < 0)
            return NULL;
        dir = p.path;
        as_bytes = p.is_bytes;
    } else {
        memset(&p, 0, sizeof p);
    }
    DIR *d = opendir(dir);
    if (d == NULL) {
        oserror(have_path ? &p : NULL);
        path_free(&p);
        return NULL;
    }
    KrObject *list = kr_list_new(0);
    ScandirIter *it = NULL;
    if (list == NULL)
        goto fail;
    size_t dlen = strlen(dir);
    int needsep = !have_path ? 0 : (dlen > 0 && dir[dlen - 1] != '/');
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        DirEntry *de = (DirEntry *)kr_object_alloc(&direntry_type, 0);
        if (de == NULL)
            goto fail;
        de->d_type = e->d_type;
        de->ino = e->d_ino;
        de->name = name_result(e->d_name, as_bytes);
        KrBuf b;
        kr_buf_init(&b);
        if (have_path) {
            kr_buf_append(&b, dir, dlen);
            if (needsep)
                kr_buf_putc(&b, '/');
        } else {
            kr_buf_puts(&b, "./");
        }
        kr_buf_puts(&b, e->d_name);
        if (as_bytes) {
            de->path = kr_buf_finish_bytes(&b);
        } else {
            de->path = kr_str_decode(b.data, (Kr_ssize_t)b.len, "utf-8", "surrogateescape");
            kr_buf_free(&b);
        }
        if (de->name == NULL || de->path == NULL || kr_list_append(list, (KrObject *)de) < 0) {
            kr_decref((KrObject *)de);
            goto fail;
        }
        kr_decref((KrObject *)de);
    }
    closedir(d);
    d = NULL;
    path_free(&p);
    it = (ScandirIter *)kr_object_alloc(&scandir_iter_type, 0);
    if (it == NULL) {
        kr_decref(list);
        return NULL;
    }
    it->entries = list;
    return (KrObject *)it;
fail:
    if (d)
        closedir(d);
    path_free(&p);
    kr_xdecref(list);
    return NULL;
}

/* ---------------------------------------------------------------------- */
/* File descriptors                                                       */
/* ---------------------------------------------------------------------- */

static KrObject *px_open(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "flags", "mode", "$dir_fd", NULL };
    KrObject *a[4];
    if (kr_parse_args("open", args, nargs, kw, names, 0, 2, a) < 0)
        return NULL;
    int flags, mode = 0777;
    if (int_arg(a[1], "open", &flags) < 0 || (a[2] && int_arg(a[2], "open", &mode) < 0))
        return NULL;
    PathArg p;
    if (path_arg(a[0], "open", "path", 0, &p) < 0)
        return NULL;
    int fd;
    for (;;) {
        fd = open(p.path, flags | O_CLOEXEC, mode);
        if (fd >= 0 || errno != EINTR)
            break;
        if (kr_check_signals() < 0) {
            path_free(&p);
            return NULL;
        }
    }
    if (fd < 0)
        oserror(&p);
    path_free(&p);
    return fd < 0 ? NULL : kr_int_from_i64(fd);
}

static KrObject *px_close(KrObject *m, KrObject *arg)
{
    int fd;
    if (int_arg(arg, "close", &fd) < 0)
        return NULL;
    if (close(fd) < 0)
        return oserror(NULL);
    KR_RETURN_NONE;
}

static KrObject *px_read(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("read", nargs, 2, 2) < 0)
        return NULL;
    int fd, n;
    if (int_arg(args[0], "read", &fd) < 0 || int_arg(args[1], "read", &n) < 0)
        return NULL;
    if (n < 0) {
        errno = EINVAL;
        return oserror(NULL);
    }
    KrObject *b = kr_bytes_new(n);
    if (b == NULL)
        return NULL;
    ssize_t r;
    char *buf = KR_BYTES_DATA(b);
    for (;;) {
        /* other threads run while this one blocks in read() */
        KrThreadState *ts = kr_gil_release();
        r = read(fd, buf, (size_t)n);
        int e = errno;
        kr_gil_acquire(ts);
        errno = e;
        if (r >= 0 || errno != EINTR)
            break;
        if (kr_check_signals() < 0) {
            kr_decref(b);
            return NULL;
        }
    }
    if (r < 0) {
        kr_decref(b);
        return oserror(NULL);
    }
    KrObject *res = kr_bytes_from(KR_BYTES_DATA(b), r);
    kr_decref(b);
    return res;
}

static KrObject *px_write(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("write", nargs, 2, 2) < 0)
        return NULL;
    int fd;
    if (int_arg(args[0], "write", &fd) < 0)
        return NULL;
    KrBytesView bv;
    if (kr_bytes_view(args[1], &bv) < 0)
        return NULL;
    const char *d = bv.data;
    Kr_ssize_t n = bv.len;
    if (fd == 1 || fd == 2)
        kr_sys_flush_std();
    ssize_t r;
    while ((r = write(fd, d, (size_t)n)) < 0 && errno == EINTR)
        if (kr_check_signals() < 0)
            return NULL;
    if (r < 0)
        return oserror(NULL);
    return kr_int_from_i64(r);
}

static KrObject *px_lseek(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("lseek", nargs, 3, 3) < 0)
        return NULL;
    int fd, how;
    if (int_arg(args[0], "lseek", &fd) < 0 || int_arg(args[2], "lseek", &how) < 0)
        return NULL;
    Kr_ssize_t pos = kr_number_as_ssize(args[1], &kr_exc_OverflowError);
    if (pos == -1 && kr_err_occurred())
        return NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0)
        return oserror(NULL);
    return kr_int_from_i64(r);
}

static KrObject *px_isatty(KrObject *m, KrObject *arg)
{
    int fd;
    if (int_arg(arg, "isatty", &fd) < 0)
        return NULL;
    return kr_bool_from(isatty(fd));
}

static KrObject *px_dup(KrObject *m, KrObject *arg)
{
    int fd;
    if (int_arg(arg, "dup", &fd) < 0)
        return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? oserror(NULL) : kr_int_from_i64(r);
}

static KrObject *px_dup2(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("dup2", nargs, 2, 3) < 0)
        return NULL;
    int a, b;
    if (int_arg(args[0], "dup2", &a) < 0 || int_arg(args[1], "dup2", &b) < 0)
        return NULL;
    int r = dup2(a, b);
    return r < 0 ? oserror(NULL) : kr_int_from_i64(r);
}

static KrObject *px_pipe(KrObject *m)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0)
        return oserror(NULL);
    KrObject *a = kr_int_from_i64(fds[0]), *b = kr_int_from_i64(fds[1]);
    KrObject *t = a && b ? kr_tuple_pack(2, a, b) : NULL;
    kr_xdecref(a);
    kr_xdecref(b);
    return t;
}

static KrObject *px_ftruncate(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("ftruncate", nargs, 2, 2) < 0)
        return NULL;
    int fd;
    if (int_arg(args[0], "ftruncate", &fd) < 0)
        return NULL;
    Kr_ssize_t len = kr_number_as_ssize(args[1], &kr_exc_OverflowError);
    if (len == -1 && kr_err_occurred())
        return NULL;
    if (ftruncate(fd, (off_t)len) < 0)
        return oserror(NULL);
    KR_RETURN_NONE;
}

static KrObject *px_fsync(KrObject *m, KrObject *arg)
{
    int fd;
    if (int_arg(arg, "fsync", &fd) < 0)
        return NULL;
    if (fsync(fd) < 0)
        return oserror(NULL);
    KR_RETURN_NONE;
}

/* ---------------------------------------------------------------------- */
/* Process and system                                                     */
/* ---------------------------------------------------------------------- */

static KrObject *px_getpid(KrObject *m) { return kr_int_from_i64(getpid()); }
static KrObject *px_getppid(KrObject *m) { return kr_int_from_i64(getppid()); }
static KrObject *px_getuid(KrObject *m) { return kr_int_from_i64(getuid()); }
static KrObject *px_geteuid(KrObject *m) { return kr_int_from_i64(geteuid()); }
static KrObject *px_getgid(KrObject *m) { return kr_int_from_i64(getgid()); }
static KrObject *px_getegid(KrObject *m) { return kr_int_from_i64(getegid()); }
static KrObject *px_getpgrp(KrObject *m) { return kr_int_from_i64(getpgrp()); }

static KrObject *px_kill(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("kill", nargs, 2, 2) < 0)
        return NULL;
    int pid, sig;
    if (int_arg(args[0], "kill", &pid) < 0 || int_arg(args[1], "kill", &sig) < 0)
        return NULL;
    if (kill(pid, sig) < 0)
        return oserror(NULL);
    if (kr_check_signals() < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *px_exit(KrObject *m, KrObject *arg)
{
    int code;
    if (int_arg(arg, "_exit", &code) < 0)
        return NULL;
    _exit(code);
}

static KrObject *px_system(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "command", NULL };
    KrObject *a[1];
    if (kr_parse_args("system", args, nargs, kw, names, 0, 1, a) < 0)
        return NULL;
    PathArg p;
    if (path_arg(a[0], "system", "command", 0, &p) < 0)
        return NULL;
    int r = system(p.path);
    path_free(&p);
    return kr_int_from_i64(r);
}

static KrObject *px_strerror(KrObject *m, KrObject *arg)
{
    int code;
    if (int_arg(arg, "strerror", &code) < 0)
        return NULL;
    return kr_str_from_cstr(strerror(code));
}

static KrObject *px_umask(KrObject *m, KrObject *arg)
{
    int mask;
    if (int_arg(arg, "umask", &mask) < 0)
        return NULL;
    return kr_int_from_i64(umask((mode_t)mask));
}

static KrObject *px_urandom(KrObject *m, KrObject *arg)
{
    Kr_ssize_t n = kr_number_as_ssize(arg, &kr_exc_OverflowError);
    if (n == -1 && kr_err_occurred())
        return NULL;
    if (n < 0)
        return kr_err_format(&kr_exc_ValueError, "negative argument not allowed");
    KrObject *b = kr_bytes_new(n);
    if (b == NULL)
        return NULL;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        kr_decref(b);
        return oserror(NULL);
    }
    Kr_ssize_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, KR_BYTES_DATA(b) + got, (size_t)(n - got));
        if (r <= 0) {
            if (r < 0 && errno == EINTR)
                continue;
            close(fd);
            kr_decref(b);
            return oserror(NULL);
        }
        got += r;
    }
    close(fd);
    return b;
}

static KrObject *px_cpu_count(KrObject *m)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1)
        KR_RETURN_NONE;
    return kr_int_from_i64(n);
}

static const char *const times_fields[] = { "user", "system", "children_user",
                                            "children_system", "elapsed", NULL };
static const KrStructSeqDesc times_desc = { "posix.times_result", times_fields, 5 };

static KrObject *px_times(KrObject *m)
{
    struct tms t;
    clock_t c = times(&t);
    double tick = (double)sysconf(_SC_CLK_TCK);
    double vals[5] = { t.tms_utime / tick, t.tms_stime / tick, t.tms_cutime / tick,
                       t.tms_cstime / tick, c / tick };
    KrObject *v[5] = { NULL };
    KrObject *r = NULL;
    for (int i = 0; i < 5; i++)
        if ((v[i] = kr_float_from_double(vals[i])) == NULL)
            goto done;
    r = kr_structseq_new(times_result_type, v);
done:
    for (int i = 0; i < 5; i++)
        kr_xdecref(v[i]);
    return r;
}

static const char *const uname_fields[] = { "sysname", "nodename", "release", "version",
                                            "machine", NULL };
static const KrStructSeqDesc uname_desc = { "posix.uname_result", uname_fields, 5 };

static KrObject *px_uname(KrObject *m)
{
    struct utsname u;
    if (uname(&u) < 0)
        return oserror(NULL);
    const char *s[5] = { u.sysname, u.nodename, u.release, u.version, u.machine };
    KrObject *v[5] = { NULL };
    KrObject *r = NULL;
    for (int i = 0; i < 5; i++)
        if ((v[i] = kr_str_from_cstr(s[i])) == NULL)
            goto done;
    r = kr_structseq_new(uname_result_type, v);
done:
    for (int i = 0; i < 5; i++)
        kr_xdecref(v[i]);
    return r;
}

static const char *const termsize_fields[] = { "columns", "lines", NULL };
static const KrStructSeqDesc termsize_desc = { "os.terminal_size", termsize_fields, 2 };

static KrObject *px_get_terminal_size(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("get_terminal_size", nargs, 0, 1) < 0)
        return NULL;
    int fd = 1;
    if (nargs && int_arg(args[0], "get_terminal_size", &fd) < 0)
        return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return oserror(NULL);
    KrObject *v[2] = { kr_int_from_i64(w.ws_col), kr_int_from_i64(w.ws_row) };
    KrObject *r = v[0] && v[1] ? kr_structseq_new(terminal_size_type, v) : NULL;
    kr_xdecref(v[0]);
    kr_xdecref(v[1]);
    return r;
}

/* environ: posix keeps the process environment; os.environ mirrors it. */
static int str_or_bytes_c(KrObject *o, const char *what, const char **out)
{
    if (KR_STR_CHECK(o)) {
        *out = kr_str_utf8(o, NULL);
        return *out ? 0 : -1;
    }
    if (KR_BYTES_CHECK(o)) {
        *out = KR_BYTES_DATA(o);
        return 0;
    }
    kr_err_format(&kr_exc_TypeError, "%s: expected str, bytes or os.PathLike object, not %s",
                  what, kr_type_name(KR_TYPE(o)));
    return -1;
}

static KrObject *px_putenv(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("putenv", nargs, 2, 2) < 0)
        return NULL;
    const char *k, *v;
    if (str_or_bytes_c(args[0], "putenv", &k) < 0 || str_or_bytes_c(args[1], "putenv", &v) < 0)
        return NULL;
    if (*k == '\0' || strchr(k, '='))
        return kr_err_format(&kr_exc_ValueError, "illegal environment variable name");
    if (setenv(k, v, 1) < 0)
        return oserror(NULL);
    KR_RETURN_NONE;
}

static KrObject *px_unsetenv(KrObject *m, KrObject *arg)
{
    const char *k;
    if (str_or_bytes_c(arg, "unsetenv", &k) < 0)
        return NULL;
    if (*k == '\0' || strchr(k, '='))
        return kr_err_format(&kr_exc_ValueError, "illegal environment variable name");
    if (unsetenv(k) < 0)
        return oserror(NULL);
    KR_RETURN_NONE;
}

static KrObject *build_environ(void)
{
    KrObject *d = kr_dict_new();
    if (d == NULL)
        return NULL;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL || eq == *e)
            continue;
        KrObject *k = kr_str_decode(*e, eq - *e, "utf-8", "surrogateescape");
        KrObject *v = kr_str_decode(eq + 1, (Kr_ssize_t)strlen(eq + 1), "utf-8", "surrogateescape");
        if (k == NULL || v == NULL) {
            kr_xdecref(k);
            kr_xdecref(v);
            kr_decref(d);
            return NULL;
        }
        int r = 0;
        if (kr_dict_get_item(d, k) == NULL)
            r = kr_dict_set_item(d, k, v);
        kr_decref(k);
        kr_decref(v);
        if (r < 0) {
            kr_decref(d);
            return NULL;
        }
    }
    return d;
}

static KrObject *px_fspath(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", NULL };
    KrObject *a[1];
    if (kr_parse_args("fspath", args, nargs, kw, names, 0, 1, a) < 0)
        return NULL;
    return fspath(a[0]);
}

static KrObject *px_waitpid(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("waitpid", nargs, 2, 2) < 0)
        return NULL;
    int pid, opts, status = 0;
    if (int_arg(args[0], "waitpid", &pid) < 0 || int_arg(args[1], "waitpid", &opts) < 0)
        return NULL;
    pid_t r;
    for (;;) {
        KrThreadState *ts = kr_gil_release();
        r = waitpid(pid, &status, opts);
        int e = errno;
        kr_gil_acquire(ts);
        errno = e;
        if (r >= 0 || errno != EINTR)
            break;
        if (kr_check_signals() < 0)
            return NULL;
    }
    if (r < 0)
        return oserror(NULL);
    KrObject *a = kr_int_from_i64(r), *b = kr_int_from_i64(status);
    KrObject *t = a && b ? kr_tuple_pack(2, a, b) : NULL;
    kr_xdecref(a);
    kr_xdecref(b);
    return t;
}

static KrObject *px_fork(KrObject *m)
{
    pid_t p = fork();
    if (p < 0)
        return oserror(NULL);
    return kr_int_from_i64(p);
}

/* argv for exec*: a list or tuple of str/bytes, NULL-terminated C array
 * whose strings live as long as *keep (a list of converted objects). */
static char **exec_argv(KrObject *seq, const char *fname, KrObject **keep)
{
    if (!KR_LIST_CHECK(seq) && !KR_TUPLE_CHECK(seq)) {
        kr_err_format(&kr_exc_TypeError, "%s() arg 2 must be a tuple or list", fname);
        return NULL;
    }
    KrObject *items = kr_sequence_tuple(seq);
    if (items == NULL)
        return NULL;
    Kr_ssize_t n = KR_SIZE(items);
    if (n < 1) {
        kr_decref(items);
        kr_err_format(&kr_exc_ValueError, "%s() arg 2 must not be empty", fname);
        return NULL;
    }
    char **argv = kr_mem_calloc(sizeof(char *) * (size_t)(n + 1));
    *keep = kr_list_new(0);
    if (argv == NULL || *keep == NULL) {
        kr_mem_free(argv);
        kr_xdecref(*keep);
        kr_decref(items);
        kr_err_no_memory();
        return NULL;
    }
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *c = fspath(KR_TUPLE_GET(items, i));
        if (c == NULL || kr_list_append(*keep, c) < 0) {
            kr_xdecref(c);
            goto fail;
        }
        kr_decref(c);
        argv[i] = KR_STR_CHECK(c) ? (char *)kr_str_utf8(c, NULL) : KR_BYTES_DATA(c);
        if (argv[i] == NULL)
            goto fail;
    }
    kr_decref(items);
    return argv;
fail:
    kr_decref(items);
    kr_mem_free(argv);
    KR_CLEAR(*keep);
    return NULL;
}

static KrObject *do_exec(KrObject *const *args, Kr_ssize_t nargs, const char *fname, int with_env)
{
    if (kr_check_nargs(fname, nargs, with_env ? 3 : 2, with_env ? 3 : 2) < 0)
        return NULL;
    PathArg p;
    if (path_arg(args[0], fname, "path", 0, &p) < 0)
        return NULL;
    KrObject *keep = NULL, *ekeep = NULL;
    char **argv = exec_argv(args[1], fname, &keep);
    char **envp = NULL;
    if (argv == NULL)
        goto done;
    if (with_env) {
        KrObject *env = args[2];
        KrObject *keys = kr_call_method0(env, kr_str_intern_cstr("keys"));
        KrObject *klist = keys ? kr_sequence_list(keys) : NULL;
        kr_xdecref(keys);
        if (klist == NULL)
            goto done;
        Kr_ssize_t n = KR_SIZE(klist);
        envp = kr_mem_calloc(sizeof(char *) * (size_t)(n + 1));
        ekeep = kr_list_new(0);
        for (Kr_ssize_t i = 0; envp && ekeep && i < n; i++) {
            KrObject *k = KR_LIST_GET(klist, i);
            KrObject *v = kr_object_getitem(env, k);
            KrObject *kv = v ? kr_str_from_format("%S=%S", k, v) : NULL;
            kr_xdecref(v);
            if (kv == NULL || kr_list_append(ekeep, kv) < 0) {
                kr_xdecref(kv);
                kr_decref(klist);
                goto done;
            }
            kr_decref(kv);
            envp[i] = (char *)kr_str_utf8(kv, NULL);
        }
        kr_decref(klist);
        if (envp == NULL || ekeep == NULL) {
            kr_err_no_memory();
            goto done;
        }
    }
    if (with_env)
        execve(p.path, argv, envp);
    else
        execv(p.path, argv);
    oserror(NULL);
done:
    kr_mem_free(argv);
    kr_mem_free(envp);
    kr_xdecref(keep);
    kr_xdecref(ekeep);
    path_free(&p);
    return NULL;
}

static KrObject *px_execv(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    return do_exec(args, nargs, "execv", 0);
}

static KrObject *px_execve(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    return do_exec(args, nargs, "execve", 1);
}

static KrObject *px_truncate(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("truncate", nargs, 2, 2) < 0)
        return NULL;
    Kr_ssize_t len = kr_number_as_ssize(args[1], &kr_exc_OverflowError);
    if (len == -1 && kr_err_occurred())
        return NULL;
    PathArg p;
    if (path_arg(args[0], "truncate", "path", 1, &p) < 0)
        return NULL;
    int r = p.fd >= 0 ? ftruncate(p.fd, (off_t)len) : truncate(p.path, (off_t)len);
    if (r < 0)
        oserror(&p);
    path_free(&p);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *px_getloadavg(KrObject *m)
{
    double l[3];
    if (getloadavg(l, 3) != 3)
        return kr_err_format(&kr_exc_OSError, "Load averages are unobtainable");
    KrObject *a = kr_float_from_double(l[0]), *b = kr_float_from_double(l[1]),
             *c = kr_float_from_double(l[2]);
    KrObject *t = a && b && c ? kr_tuple_pack(3, a, b, c) : NULL;
    kr_xdecref(a);
    kr_xdecref(b);
    kr_xdecref(c);
    return t;
}

static KrObject *px_getlogin(KrObject *m)
{
    const char *n = getlogin();
    if (n == NULL)
        return oserror(NULL);
    return kr_str_from_cstr(n);
}

static KrObject *px_sched_getaffinity(KrObject *m, KrObject *arg)
{
    int pid;
    if (int_arg(arg, "sched_getaffinity", &pid) < 0)
        return NULL;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(pid, sizeof set, &set) < 0)
        return oserror(NULL);
    KrObject *r = kr_set_new(NULL);
    for (int i = 0; r && i < CPU_SETSIZE; i++) {
        if (!CPU_ISSET(i, &set))
            continue;
        KrObject *n = kr_int_from_i64(i);
        if (n == NULL || kr_set_add(r, n) < 0) {
            kr_xdecref(n);
            KR_CLEAR(r);
            break;
        }
        kr_decref(n);
    }
    return r;
}

static KrObject *px_chown(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "uid", "gid", "$dir_fd", "$follow_symlinks", NULL };
    KrObject *a[5];
    if (kr_parse_args("chown", args, nargs, kw, names, 0, 3, a) < 0)
        return NULL;
    int uid, gid, follow = 1;
    if (int_arg(a[1], "chown", &uid) < 0 || int_arg(a[2], "chown", &gid) < 0)
        return NULL;
    if (a[4] && (follow = kr_object_is_true(a[4])) < 0)
        return NULL;
    PathArg p;
    if (path_arg(a[0], "chown", "path", 1, &p) < 0)
        return NULL;
    int r = p.fd >= 0 ? fchown(p.fd, (uid_t)uid, (gid_t)gid)
          : follow ? chown(p.path, (uid_t)uid, (gid_t)gid) : lchown(p.path, (uid_t)uid, (gid_t)gid);
    if (r < 0)
        oserror(&p);
    path_free(&p);
    if (r < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *status_test(KrObject *arg, int which)
{
    int st;
    if (int_arg(arg, "status", &st) < 0)
        return NULL;
    switch (which) {
    case 0: return kr_bool_from(WIFEXITED(st));
    case 1: return kr_int_from_i64(WEXITSTATUS(st));
    case 2: return kr_bool_from(WIFSIGNALED(st));
    default: return kr_int_from_i64(WTERMSIG(st));
    }
}

static KrObject *px_wifexited(KrObject *m, KrObject *a) { return status_test(a, 0); }
static KrObject *px_wexitstatus(KrObject *m, KrObject *a) { return status_test(a, 1); }
static KrObject *px_wifsignaled(KrObject *m, KrObject *a) { return status_test(a, 2); }
static KrObject *px_wtermsig(KrObject *m, KrObject *a) { return status_test(a, 3); }

static const KrMethodDef posix_functions[] = {
    KR_METHOD_FASTKW("stat", px_stat),
    KR_METHOD_FASTKW("lstat", px_lstat),
    KR_METHOD_O("fstat", px_fstat),
    KR_METHOD_NOARGS("getcwd", px_getcwd),
    KR_METHOD_NOARGS("getcwdb", px_getcwdb),
    KR_METHOD_O("chdir", px_chdir),
    KR_METHOD_FASTKW("listdir", px_listdir),
    KR_METHOD_FASTKW("scandir", px_scandir),
    KR_METHOD_FASTKW("mkdir", px_mkdir),
    KR_METHOD_FASTKW("rmdir", px_rmdir),
    KR_METHOD_FASTKW("remove", px_remove),
    KR_METHOD_FASTKW("unlink", px_unlink),
    KR_METHOD_FASTKW("rename", px_rename),
    KR_METHOD_FASTKW("replace", px_replace),
    KR_METHOD_FASTKW("link", px_link),
    KR_METHOD_FASTKW("symlink", px_symlink),
    KR_METHOD_FASTKW("readlink", px_readlink),
    KR_METHOD_FASTKW("access", px_access),
    KR_METHOD_FASTKW("chmod", px_chmod),
    KR_METHOD_FASTKW("utime", px_utime),
    KR_METHOD_FASTKW("open", px_open),
    KR_METHOD_O("close", px_close),
    KR_METHOD_FAST("read", px_read),
    KR_METHOD_FAST("write", px_write),
    KR_METHOD_FAST("lseek", px_lseek),
    KR_METHOD_O("isatty", px_isatty),
    KR_METHOD_O("dup", px_dup),
    KR_METHOD_FAST("dup2", px_dup2),
    KR_METHOD_NOARGS("pipe", px_pipe),
    KR_METHOD_FAST("ftruncate", px_ftruncate),
    KR_METHOD_O("fsync", px_fsync),
    KR_METHOD_NOARGS("getpid", px_getpid),
    KR_METHOD_NOARGS("getppid", px_getppid),
    KR_METHOD_NOARGS("getuid", px_getuid),
    KR_METHOD_NOARGS("geteuid", px_geteuid),
    KR_METHOD_NOARGS("getgid", px_getgid),
    KR_METHOD_NOARGS("getegid", px_getegid),
    KR_METHOD_NOARGS("getpgrp", px_getpgrp),
    KR_METHOD_FAST("kill", px_kill),
    KR_METHOD_O("_exit", px_exit),
    KR_METHOD_FASTKW("system", px_system),
    KR_METHOD_O("strerror", px_strerror),
    KR_METHOD_O("umask", px_umask),
    KR_METHOD_O("urandom", px_urandom),
    KR_METHOD_NOARGS("cpu_count", px_cpu_count),
    KR_METHOD_NOARGS("times", px_times),
    KR_METHOD_NOARGS("uname", px_uname),
    KR_METHOD_FAST("get_terminal_size", px_get_terminal_size),
    KR_METHOD_FAST("putenv", px_putenv),
    KR_METHOD_O("unsetenv", px_unsetenv),
    KR_METHOD_FASTKW("fspath", px_fspath),
    KR_METHOD_FAST("waitpid", px_waitpid),
    KR_METHOD_NOARGS("fork", px_fork),
    KR_METHOD_FAST("execv", px_execv),
    KR_METHOD_FAST("execve", px_execve),
    KR_METHOD_FAST("truncate", px_truncate),
    KR_METHOD_NOARGS("getloadavg", px_getloadavg),
    KR_METHOD_NOARGS("getlogin", px_getlogin),
    KR_METHOD_O("sched_getaffinity", px_sched_getaffinity),
    KR_METHOD_FASTKW("chown", px_chown),
    KR_METHOD_O("WIFEXITED", px_wifexited),
    KR_METHOD_O("WEXITSTATUS", px_wexitstatus),
    KR_METHOD_O("WIFSIGNALED", px_wifsignaled),
    KR_METHOD_O("WTERMSIG", px_wtermsig),
    KR_METHOD_END,
};

KrObject *kr_posix_init(void)
{
    if (stat_result_type == NULL) {
        if (kr_type_ready(&direntry_type) < 0 || kr_type_ready(&scandir_iter_type) < 0)
            return NULL;
        if ((stat_result_type = kr_structseq_new_type(&stat_desc)) == NULL ||
            fix_stat_times(stat_result_type) < 0 ||
            (times_result_type = kr_structseq_new_type(&times_desc)) == NULL ||
            (uname_result_type = kr_structseq_new_type(&uname_desc)) == NULL ||
            (terminal_size_type = kr_structseq_new_type(&termsize_desc)) == NULL)
            return NULL;
    }
    KrObject *m = kr_module_new("posix");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, posix_functions) < 0)
        goto fail;
    KrObject *env = build_environ();
    if (env == NULL || kr_module_add_object(m, "environ", env) < 0) {
        kr_xdecref(env);
        goto fail;
    }
    kr_decref(env);
    static const struct { const char *name; int64_t v; } ints[] = {
        { "F_OK", F_OK }, { "R_OK", R_OK }, { "W_OK", W_OK }, { "X_OK", X_OK },
        { "O_RDONLY", O_RDONLY }, { "O_WRONLY", O_WRONLY }, { "O_RDWR", O_RDWR },
        { "O_CREAT", O_CREAT }, { "O_EXCL", O_EXCL }, { "O_TRUNC", O_TRUNC },
        { "O_APPEND", O_APPEND }, { "O_NONBLOCK", O_NONBLOCK }, { "O_CLOEXEC", O_CLOEXEC },
        { "O_NOCTTY", O_NOCTTY }, { "O_SYNC", O_SYNC }, { "O_DIRECTORY", O_DIRECTORY },
        { "O_NOFOLLOW", O_NOFOLLOW }, { "O_ACCMODE", O_ACCMODE },
        { "SEEK_SET", SEEK_SET }, { "SEEK_CUR", SEEK_CUR }, { "SEEK_END", SEEK_END },
        { "EX_OK", 0 }, { "WNOHANG", WNOHANG }, { "P_WAIT", 0 }, { "P_NOWAIT", 1 },
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (kr_module_add_int(m, ints[i].name, ints[i].v) < 0)
            goto fail;
    if (kr_module_add_object(m, "stat_result", (KrObject *)stat_result_type) < 0 ||
        kr_module_add_object(m, "times_result", (KrObject *)times_result_type) < 0 ||
        kr_module_add_object(m, "uname_result", (KrObject *)uname_result_type) < 0 ||
        kr_module_add_object(m, "terminal_size", (KrObject *)terminal_size_type) < 0 ||
        kr_module_add_object(m, "DirEntry", (KrObject *)&direntry_type) < 0 ||
        kr_module_add_object(m, "error", (KrObject *)&kr_exc_OSError) < 0)
        goto fail;
    return m;
fail:
    kr_decref(m);
    return NULL;
}
