/*
 * time.c -- the time module.
 *
 * Clocks map onto clock_gettime: time() on CLOCK_REALTIME, monotonic() and
 * perf_counter() on CLOCK_MONOTONIC, process_time() on
 * CLOCK_PROCESS_CPUTIME_ID, as CPython does on Linux.  The *_ns variants
 * return exact ints; the float ones divide once, which gives the same
 * rounding as CPython.
 *
 * struct_time is a struct sequence (structseq.c) with the nine visible
 * tm_* fields plus tm_zone and tm_gmtoff as attribute-only fields.  Any
 * function taking a time tuple accepts a struct_time or a plain 9-tuple,
 * converted by to_tm() with CPython's checks.
 *
 * sleep() sleeps in nanosleep slices and checks for signals when
 * interrupted, so Ctrl-C raises KeyboardInterrupt promptly.
 */
#include "krait.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static KrType *struct_time_type;

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
    "tm_isdst", "tm_zone", "tm_gmtoff", NULL };
static const KrStructSeqDesc struct_time_desc = { "time.struct_time", struct_time_fields, 9 };

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static KrObject *as_float(clockid_t id) { return kr_float_from_double((double)clock_ns(id) * 1e-9); }
static KrObject *as_ns(clockid_t id) { return kr_int_from_i64(clock_ns(id)); }

static KrObject *t_time(KrObject *m) { return as_float(CLOCK_REALTIME); }
static KrObject *t_time_ns(KrObject *m) { return as_ns(CLOCK_REALTIME); }
static KrObject *t_monotonic(KrObject *m) { return as_float(CLOCK_MONOTONIC); }
static KrObject *t_monotonic_ns(KrObject *m) { return as_ns(CLOCK_MONOTONIC); }
static KrObject *t_process_time(KrObject *m) { return as_float(CLOCK_PROCESS_CPUTIME_ID); }
static KrObject *t_process_time_ns(KrObject *m) { return as_ns(CLOCK_PROCESS_CPUTIME_ID); }
static KrObject *t_thread_time(KrObject *m) { return as_float(CLOCK_THREAD_CPUTIME_ID); }
static KrObject *t_thread_time_ns(KrObject *m) { return as_ns(CLOCK_THREAD_CPUTIME_ID); }

/* Seconds as a double from an int or float argument (CPython accepts
 * anything with __float__ or __index__; str gets the index message). */
static int seconds_arg(KrObject *o, double *out)
{
    if (KR_FLOAT_CHECK(o)) {
        *out = KR_FLOAT_VALUE(o);
        return 0;
    }
    if (KR_INT_CHECK(o)) {
        *out = kr_int_as_double(o);
        return *out == -1.0 && kr_err_occurred() ? -1 : 0;
    }
    KrObject *i = kr_number_index(o);
    if (i == NULL)
        return -1;
    *out = kr_int_as_double(i);
    kr_decref(i);
    return *out == -1.0 && kr_err_occurred() ? -1 : 0;
}

static KrObject *t_sleep(KrObject *m, KrObject *arg)
{
    double secs;
    if (seconds_arg(arg, &secs) < 0)
        return NULL;
    if (isnan(secs))
        return kr_err_format(&kr_exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0)
        return kr_err_format(&kr_exc_ValueError, "sleep length must be non-negative");
    int64_t deadline = clock_ns(CLOCK_MONOTONIC) + (int64_t)(secs * 1e9);
    for (;;) {
        int64_t left = deadline - clock_ns(CLOCK_MONOTONIC);
        if (left <= 0)
            break;
        struct timespec ts = { (time_t)(left / 1000000000), (long)(left % 1000000000) };
        /* other threads run while this one sleeps */
        KrThreadState *saved = kr_gil_release();
        int r = nanosleep(&ts, NULL);
        int e = errno;
        kr_gil_acquire(saved);
        if (r == 0)
            break;
        errno = e;
        if (errno != EINTR)
            return kr_err_from_errno(&kr_exc_OSError, NULL);
        if (kr_check_signals() < 0)
            return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *from_tm(const struct tm *tm)
{
    KrObject *v[11] = { NULL };
    int64_t ints[9] = { tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour,
                        tm->tm_min, tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1,
                        tm->tm_isdst };
    KrObject *r = NULL;
    for (int i = 0; i < 9; i++)
        if ((v[i] = kr_int_from_i64(ints[i])) == NULL)
            goto done;
    v[9] = tm->tm_zone ? kr_str_from_cstr(tm->tm_zone) : kr_newref(kr_None);
    v[10] = kr_int_from_i64(tm->tm_gmtoff);
    if (v[9] && v[10])
        r = kr_structseq_new(struct_time_type, v);
done:
    for (int i = 0; i < 11; i++)
        kr_xdecref(v[i]);
    return r;
}

/* The optional seconds argument of gmtime/localtime/ctime: now if absent
 * or None. */
static int time_arg(KrObject *const *args, Kr_ssize_t nargs, const char *name, time_t *out)
{
    if (kr_check_nargs(name, nargs, 0, 1) < 0)
        return -1;
    if (nargs == 0 || args[0] == kr_None) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (KR_FLOAT_CHECK(args[0])) {
        d = KR_FLOAT_VALUE(args[0]);
        if (isnan(d)) {
            kr_err_format(&kr_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
    } else if (seconds_arg(args[0], &d) < 0) {
        return -1;
    }
    d = trunc(d);
    if (d >= 9.2e18 || d <= -9.2e18) {
        kr_err_format(&kr_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)d;
    return 0;
}

static KrObject *t_gmtime(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    time_t t;
    struct tm tm;
    if (time_arg(args, nargs, "gmtime", &t) < 0)
        return NULL;
    if (gmtime_r(&t, &tm) == NULL)
        return kr_err_from_errno(&kr_exc_OSError, NULL);
    return from_tm(&tm);
}

static KrObject *t_localtime(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    time_t t;
    struct tm tm;
    if (time_arg(args, nargs, "localtime", &t) < 0)
        return NULL;
    if (localtime_r(&t, &tm) == NULL)
        return kr_err_from_errno(&kr_exc_OSError, NULL);
    return from_tm(&tm);
}

/* A 9-tuple or struct_time into struct tm (CPython's gettmarg). */
static int to_tm(KrObject *o, struct tm *tm, const char *fname)
{
    memset(tm, 0, sizeof *tm);
    if (!KR_TUPLE_CHECK(o)) {
        kr_err_format(&kr_exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (KR_SIZE(o) != 9) {
        kr_err_format(&kr_exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int vals[9];
    for (int i = 0; i < 9; i++) {
        KrObject *it = KR_TUPLE_GET(o, i);
        if (KR_FLOAT_CHECK(it)) {
            kr_err_format(&kr_exc_TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        Kr_ssize_t v = kr_number_as_ssize(it, &kr_exc_OverflowError);
        if (v == -1 && kr_err_occurred())
            return -1;
        if (v > 2147483647 || v < -2147483647 - 1) {
            kr_err_format(&kr_exc_OverflowError, "Python int too large to convert to C int");
            return -1;
        }
        vals[i] = (int)v;
    }
    tm->tm_year = vals[0] - 1900;
    tm->tm_mon = vals[1] - 1;
    tm->tm_mday = vals[2];
    tm->tm_hour = vals[3];
    tm->tm_min = vals[4];
    tm->tm_sec = vals[5];
    tm->tm_wday = (vals[6] + 1) % 7;
    tm->tm_yday = vals[7] - 1;
    tm->tm_isdst = vals[8];
    if (KR_TYPE(o) == struct_time_type) {
        KrObject *zone = KR_TUPLE_ITEMS(o)[9], *off = KR_TUPLE_ITEMS(o)[10];
        if (zone && KR_STR_CHECK(zone)) {
            tm->tm_zone = kr_str_utf8(zone, NULL);
            if (tm->tm_zone == NULL)
                return -1;
        }
        if (off && KR_INT_CHECK(off)) {
            int ov;
            tm->tm_gmtoff = (long)kr_int_as_i64(off, &ov);
        }
    }
    return 0;
}

/* CPython's checktm: ranges with the documented leniency. */
static int check_tm(struct tm *tm)
{
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11)
        goto bad_mon;
    if (tm->tm_mday == 0)
        tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31) {
        kr_err_format(&kr_exc_ValueError, "day of month out of range");
        return -1;
    }
    if (tm->tm_hour < 0 || tm->tm_hour > 23) {
        kr_err_format(&kr_exc_ValueError, "hour out of range");
        return -1;
    }
    if (tm->tm_min < 0 || tm->tm_min > 59) {
        kr_err_format(&kr_exc_ValueError, "minute out of range");
        return -1;
    }
    if (tm->tm_sec < 0 || tm->tm_sec > 61) {
        kr_err_format(&kr_exc_ValueError, "seconds out of range");
        return -1;
    }
    if (tm->tm_wday < 0) {
        kr_err_format(&kr_exc_ValueError, "day of week out of range");
        return -1;
    }
    if (tm->tm_yday == -1)
        tm->tm_yday = 0;
    else if (tm->tm_yday < 0 || tm->tm_yday > 365) {
        kr_err_format(&kr_exc_ValueError, "day of year out of range");
        return -1;
    }
    return 0;
bad_mon:
    kr_err_format(&kr_exc_ValueError, "month out of range");
    return -1;
}

static int now_or_tuple(KrObject *const *args, Kr_ssize_t nargs, Kr_ssize_t first,
                        const char *fname, struct tm *tm)
{
    if (nargs <= first) {
        time_t t = time(NULL);
        localtime_r(&t, tm);
        return 0;
    }
    if (to_tm(args[first], tm, fname) < 0 || check_tm(tm) < 0)
        return -1;
    return 0;
}

static KrObject *t_strftime(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("strftime", nargs, 1, 2) < 0)
        return NULL;
    if (!KR_STR_CHECK(args[0]))
        return kr_err_format(&kr_exc_TypeError, "strftime() argument 1 must be str, not %T",
                             args[0]);
    struct tm tm;
    if (now_or_tuple(args, nargs, 1, "strftime", &tm) < 0)
        return NULL;
    Kr_ssize_t flen;
    const char *fmt = kr_str_utf8(args[0], &flen);
    if (fmt == NULL)
        return NULL;
    if (flen == 0)
        return kr_str_from_cstr("");
    /* strftime cannot tell "empty result" from "buffer too small";
     * grow until the result is clearly not truncated. */
    for (size_t size = 256; size <= 256 * 1024; size *= 4) {
        char *buf = kr_mem_alloc(size);
        if (buf == NULL)
            return kr_err_no_memory();
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size >= (size_t)flen * 256) {
            KrObject *r = kr_str_decode(buf, (Kr_ssize_t)n, "utf-8", "surrogateescape");
            kr_mem_free(buf);
            return r;
        }
        kr_mem_free(buf);
    }
    return kr_str_from_cstr("");
}

static KrObject *format_asctime(const struct tm *tm)
{
    static const char wday[][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char mon[][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", wday[((tm->tm_wday % 7) + 7) % 7],
             mon[((tm->tm_mon % 12) + 12) % 12], tm->tm_mday, tm->tm_hour, tm->tm_min,
             tm->tm_sec, 1900 + tm->tm_year);
    return kr_str_from_cstr(buf);
}

static KrObject *t_asctime(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("asctime", nargs, 0, 1) < 0)
        return NULL;
    struct tm tm;
    if (now_or_tuple(args, nargs, 0, "asctime", &tm) < 0)
        return NULL;
    return format_asctime(&tm);
}

static KrObject *t_ctime(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    time_t t;
    struct tm tm;
    if (time_arg(args, nargs, "ctime", &t) < 0)
        return NULL;
    if (localtime_r(&t, &tm) == NULL)
        return kr_err_format(&kr_exc_OverflowError, "ctime(): timestamp out of range");
    return format_asctime(&tm);
}

static KrObject *t_mktime(KrObject *m, KrObject *arg)
{
    struct tm tm;
    if (to_tm(arg, &tm, "mktime") < 0)
        return NULL;
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return kr_err_format(&kr_exc_OverflowError, "mktime argument out of range");
    return kr_float_from_double((double)t);
}

/* strptime is parsed by datetime's pure-Python parser (one implementation of
 * the format language and its error messages); the result is the naive
 * datetime's timetuple, whose tm_isdst is -1 as time.strptime's is. */
static KrObject *t_strptime(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (nargs < 1 || nargs > 2)
        return kr_err_format(&kr_exc_TypeError, nargs < 1 ?
            "strptime expected at least 1 argument, got 0" :
            "strptime expected at most 2 arguments, got %zd", nargs);
    KrObject *mod = kr_import_cstr("datetime");
    if (mod == NULL)
        return NULL;
    KrObject *cls = kr_object_getattr_str(mod, "datetime");
    kr_decref(mod);
    if (cls == NULL)
        return NULL;
    KrObject *fmt = nargs > 1 ? kr_newref(args[1]) : kr_str_from_cstr("%a %b %d %H:%M:%S %Y");
    KrObject *dt = NULL;
    if (fmt != NULL) {
        KrObject *a[2] = { args[0], fmt };
        KrObject *meth = kr_object_getattr_str(cls, "strptime");
        if (meth != NULL) {
            dt = kr_call(meth, a, 2, NULL);
            kr_decref(meth);
        }
        kr_decref(fmt);
    }
    kr_decref(cls);
    if (dt == NULL)
        return NULL;
    KrObject *meth = kr_object_getattr_str(dt, "timetuple");
    kr_decref(dt);
    if (meth == NULL)
        return NULL;
    KrObject *r = kr_call0(meth);
    kr_decref(meth);
    return r;
}

static const KrMethodDef time_functions[] = {
    KR_METHOD_FAST("strptime", t_strptime),
    KR_METHOD_NOARGS("time", t_time),
    KR_METHOD_NOARGS("time_ns", t_time_ns),
    KR_METHOD_NOARGS("perf_counter", t_monotonic),
    KR_METHOD_NOARGS("perf_counter_ns", t_monotonic_ns),
    KR_METHOD_NOARGS("monotonic", t_monotonic),
    KR_METHOD_NOARGS("monotonic_ns", t_monotonic_ns),
    KR_METHOD_NOARGS("process_time", t_process_time),
    KR_METHOD_NOARGS("process_time_ns", t_process_time_ns),
    KR_METHOD_NOARGS("thread_time", t_thread_time),
    KR_METHOD_NOARGS("thread_time_ns", t_thread_time_ns),
    KR_METHOD_O("sleep", t_sleep),
    KR_METHOD_FAST("gmtime", t_gmtime),
    KR_METHOD_FAST("localtime", t_localtime),
    KR_METHOD_FAST("strftime", t_strftime),
    KR_METHOD_FAST("asctime", t_asctime),
    KR_METHOD_FAST("ctime", t_ctime),
    KR_METHOD_O("mktime", t_mktime),
    KR_METHOD_END,
};

KrObject *kr_time_init(void)
{
    if (struct_time_type == NULL) {
        struct_time_type = kr_structseq_new_type(&struct_time_desc);
        if (struct_time_type == NULL)
            return NULL;
    }
    KrObject *m = kr_module_new("time");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, time_functions) < 0 ||
        kr_module_add_object(m, "struct_time", (KrObject *)struct_time_type) < 0)
        goto fail;
    tzset();
    if (kr_module_add_int(m, "timezone", timezone) < 0 ||
        kr_module_add_int(m, "altzone", daylight ? timezone - 3600 : timezone) < 0 ||
        kr_module_add_int(m, "daylight", daylight) < 0)
        goto fail;
    KrObject *n0 = kr_str_from_cstr(tzname[0]), *n1 = kr_str_from_cstr(tzname[1]);
    KrObject *tn = n0 && n1 ? kr_tuple_pack(2, n0, n1) : NULL;
    kr_xdecref(n0);
    kr_xdecref(n1);
    if (tn == NULL || kr_module_add_object(m, "tzname", tn) < 0) {
        kr_xdecref(tn);
        goto fail;
    }
    kr_decref(tn);
    return m;
fail:
    kr_decref(m);
    return NULL;
}
