/*
 * _re.c -- the PCRE2 binding under lib/re.
 *
 * The split of work: lib/re.py parses Python's regex syntax, reports
 * CPython's re.error messages, and rewrites the pattern into PCRE2 syntax
 * (escapes, \Z, {,n}, verbose mode, character-class quirks).  This file
 * compiles that translated pattern and runs matches: match() one at a time
 * (Match objects, finditer, scanners), spans() and findall() as whole loops
 * for sub/split/findall.  The loops apply Python 3.7+'s empty-match rule:
 * after an empty match, the next one may not be empty at the same
 * position, which is exactly PCRE2_NOTEMPTY_ATSTART on the next search.
 *
 * Width: we use the 32-bit PCRE2 library so that one code unit is one code
 * point.  Offsets PCRE2 reports are then directly Python's str indices, and
 * a bytes subject is simply widened byte by byte (compiled without UTF).
 * A kind-4 str is matched in place; kind 1/2 strs and bytes are widened
 * into a buffer.  finditer/sub call match() once per hit on the same
 * subject, so the widened copy of the most recent subject is cached (with
 * a strong reference to the immutable subject, so identity is a safe key).
 * Mutable subjects (bytearray) are re-widened on every call.
 *
 * Str patterns compile with PCRE2_UTF and run with PCRE2_NO_UTF_CHECK; a
 * Python str may hold lone surrogates, which PCRE2 would reject as invalid
 * UTF-32, so for such a subject a second compilation with
 * PCRE2_MATCH_INVALID_UTF is used (see code_for()).  The caller passes is_bytes=True also for re.ASCII
 * str patterns: without UTF, PCRE2 folds case and classifies only through
 * its (C locale, ASCII) tables, which is exactly re.ASCII; a code unit is
 * still one code point, so offsets are unaffected.  The newline convention is fixed at LF, which is
 * what Python's '.', '$' and MULTILINE '^' mean.
 */
#define PCRE2_CODE_UNIT_WIDTH 32
#include "krait.h"

#include <pcre2.h>
#include <stdio.h>

typedef struct {
    KrObject ob;
    pcre2_code *code;
    pcre2_match_data *md;
    uint32_t ncap;              /* number of capture groups */
    /* str patterns only: the same pattern compiled with
     * PCRE2_MATCH_INVALID_UTF, made on first use for a subject holding
     * lone surrogates (see match_once); pat/plen/options keep what is
     * needed to compile it. */
    int utf;
    pcre2_code *code_inv;
    uint32_t *pat;
    Kr_ssize_t plen;
    uint32_t options;
} Code;

static KrType code_type;

/* Cached widened subject, and whether it is valid UTF-32 (no lone
 * surrogates); the same flag for the last kind-4 subject matched in place. */
static KrObject *cache_subject;
static uint32_t *cache_buf;
static Kr_ssize_t cache_len;
static int cache_valid;
static KrObject *k4_subject;
static int k4_valid;

static void code_dealloc(KrObject *o)
{
    Code *c = (Code *)o;
    if (c->md)
        pcre2_match_data_free(c->md);
    if (c->code)
        pcre2_code_free(c->code);
    if (c->code_inv)
        pcre2_code_free(c->code_inv);
    kr_mem_free(c->pat);
    kr_object_free(o);
}

static uint32_t *widen_str(KrObject *s, Kr_ssize_t *len)
{
    Kr_ssize_t n = KR_STR_LEN(s);
    uint32_t *buf = kr_mem_alloc((size_t)(n + 1) * 4);
    if (buf == NULL) {
        kr_err_no_memory();
        return NULL;
    }
    int kind = KR_STR_KIND(s);
    const void *d = KR_STR_DATA(s);
    for (Kr_ssize_t i = 0; i < n; i++)
        buf[i] = kr_str_read(kind, d, i);
    buf[n] = 0;
    *len = n;
    return buf;
}

static uint32_t *widen_bytes(const unsigned char *p, Kr_ssize_t n)
{
    uint32_t *buf = kr_mem_alloc((size_t)(n + 1) * 4);
    if (buf == NULL) {
        kr_err_no_memory();
        return NULL;
    }
    for (Kr_ssize_t i = 0; i < n; i++)
        buf[i] = p[i];
    buf[n] = 0;
    return buf;
}

/* compile(pattern: str, options: int, is_bytes: bool) -> code
 * On a PCRE2 error raises ValueError("message|offset") for re to wrap. */
static KrObject *re_compile(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("compile", nargs, 3, 3) < 0)
        return NULL;
    if (!KR_STR_CHECK(args[0]))
        return kr_err_format(&kr_exc_TypeError, "pattern must be str");
    int ovf = 0;
    int64_t opts = kr_int_as_i64(args[1], &ovf);
    if (opts == -1 && kr_err_occurred())
        return NULL;
    int is_bytes = kr_object_is_true(args[2]);
    if (is_bytes < 0)
        return NULL;
    Kr_ssize_t plen;
    uint32_t *pat = widen_str(args[0], &plen);
    if (pat == NULL)
        return NULL;
    uint32_t options = (uint32_t)opts;
    if (!is_bytes)
        options |= PCRE2_UTF;
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
    int err;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, (PCRE2_SIZE)plen, options, &err, &erroff, cc);
    pcre2_compile_context_free(cc);
    if (code == NULL) {
        kr_mem_free(pat);
        PCRE2_UCHAR msg[256];
        int n = pcre2_get_error_message(err, msg, 256);
        char cmsg[256];
        int i;
        for (i = 0; i < n && i < 255; i++)
            cmsg[i] = msg[i] < 128 ? (char)msg[i] : '?';
        cmsg[i] = 0;
        return kr_err_format(&kr_exc_ValueError, "%s|%d", cmsg, (int)erroff);
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    Code *c = (Code *)kr_object_alloc(&code_type, 0);
    if (c == NULL) {
        pcre2_code_free(code);
        kr_mem_free(pat);
        return NULL;
    }
    c->code = code;
    c->code_inv = NULL;
    c->utf = !is_bytes;
    c->options = options;
    c->plen = plen;
    c->pat = NULL;
    if (c->utf)
        c->pat = pat;
    else
        kr_mem_free(pat);
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &c->ncap);
    c->md = pcre2_match_data_create_from_pattern(code, NULL);
    if (c->md == NULL) {
        kr_decref((KrObject *)c);
        return kr_err_no_memory();
    }
    return (KrObject *)c;
}

static Kr_ssize_t clamp(Kr_ssize_t v, Kr_ssize_t n)
{
    return v < 0 ? 0 : v > n ? n : v;
}

/* The subject as code units: *data points into the str (kind 4), the
 * cache, or *owned (a bytearray copy the caller frees). */
static int no_surrogates(const uint32_t *d, Kr_ssize_t n)
{
    for (Kr_ssize_t i = 0; i < n; i++)
        if (d[i] >= 0xd800 && d[i] <= 0xdfff)
            return 0;
    return 1;
}

static int prepare_subject(KrObject *subj, const uint32_t **data, Kr_ssize_t *n,
                           uint32_t **owned, int *valid)
{
    *owned = NULL;
    *valid = 1;
    if (KR_STR_CHECK(subj) && KR_STR_KIND(subj) == 4) {
        *data = KR_STR_DATA(subj);
        *n = KR_STR_LEN(subj);
        if (subj != k4_subject) {
            kr_xdecref(k4_subject);
            k4_subject = kr_newref(subj);
            kr_runtime_add_static_roots(&k4_subject, 1);
            k4_valid = no_surrogates(*data, *n);
        }
        *valid = k4_valid;
    } else if (subj == cache_subject) {
        *data = cache_buf;
        *n = cache_len;
        *valid = cache_valid;
    } else if (KR_STR_CHECK(subj) || KR_BYTES_CHECK(subj)) {
        uint32_t *buf;
        if (KR_STR_CHECK(subj))
            buf = widen_str(subj, n);
        else {
            *n = KR_SIZE(subj);
            buf = widen_bytes((const unsigned char *)KR_BYTES_DATA(subj), *n);
        }
        if (buf == NULL)
            return -1;
        kr_xdecref(cache_subject);
        if (cache_buf)
            kr_mem_free(cache_buf);
        cache_subject = kr_newref(subj);
        kr_runtime_add_static_roots(&cache_subject, 1);     /* freed at teardown */
        cache_buf = buf;
        cache_len = *n;
        cache_valid = KR_STR_CHECK(subj) && KR_STR_KIND(subj) == 2 ? no_surrogates(buf, *n) : 1;
        *valid = cache_valid;
        *data = buf;
    } else if (KR_BYTEARRAY_CHECK(subj)) {
        *n = KR_SIZE(subj);
        *owned = widen_bytes((const unsigned char *)((KrByteArray *)subj)->data, *n);
        if (*owned == NULL)
            return -1;
        *data = *owned;
    } else {
        kr_err_format(&kr_exc_TypeError, "expected string or bytes-like object");
        return -1;
    }
    return 0;
}

/* One pcre2_match: 1 matched (ovector in c->md), 0 no match, -1 error. */
/* A str pattern is compiled without PCRE2_MATCH_INVALID_UTF and run with
 * PCRE2_NO_UTF_CHECK on subjects known to be valid: with either the
 * invalid-UTF mode or the check, PCRE2 scans the subject from pos to its
 * end on every call, making pattern.match(s, pos) loops quadratic.  A
 * subject with lone surrogates goes to the invalid-UTF variant instead. */
static pcre2_code *code_for(Code *c, int valid, uint32_t *mopts)
{
    if (!c->utf)
        return c->code;
    if (valid) {
        *mopts |= PCRE2_NO_UTF_CHECK;
        return c->code;
    }
    if (c->code_inv == NULL) {
        pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
        pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
        int err;
        PCRE2_SIZE erroff;
        c->code_inv = pcre2_compile((PCRE2_SPTR)c->pat, (PCRE2_SIZE)c->plen,
                                    c->options | PCRE2_MATCH_INVALID_UTF, &err, &erroff, cc);
        pcre2_compile_context_free(cc);
        if (c->code_inv == NULL) {
            kr_err_format(&kr_exc_RuntimeError, "regex recompilation failed");
            return NULL;
        }
        pcre2_jit_compile(c->code_inv, PCRE2_JIT_COMPLETE);
    }
    return c->code_inv;
}

static int match_once(Code *c, const uint32_t *data, Kr_ssize_t pos, Kr_ssize_t endpos,
                      Kr_ssize_t mode, int nea, int valid)
{
    uint32_t mopts = 0;
    pcre2_code *code = code_for(c, valid, &mopts);
    if (code == NULL)
        return -1;
    if (mode >= 1)
        mopts |= PCRE2_ANCHORED;
    if (mode == 2)
        mopts |= PCRE2_ENDANCHORED;
    if (nea)
        mopts |= PCRE2_NOTEMPTY_ATSTART;
    int rc = pcre2_match(code, (PCRE2_SPTR)data, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos,
                         mopts, c->md, NULL);
    /* The JIT's fixed stack can run out on deep backtracking where the
     * interpreter (which uses the heap) still succeeds. */
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
        rc = pcre2_match(code, (PCRE2_SPTR)data, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos,
                         mopts | PCRE2_NO_JIT, c->md, NULL);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0) {
        PCRE2_UCHAR msg[256];
        int k = pcre2_get_error_message(rc, msg, 256);
        char cmsg[256];
        int i;
        for (i = 0; i < k && i < 255; i++)
            cmsg[i] = msg[i] < 128 ? (char)msg[i] : '?';
        cmsg[i] = 0;
        kr_err_format(&kr_exc_RuntimeError, "regex match failed: %s", cmsg);
        return -1;
    }
    return 1;
}

/* Start/end of group i of the last match, -1/-1 when unset. */
static void group_span(Code *c, uint32_t i, Kr_ssize_t *s, Kr_ssize_t *e)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    if (ov[2 * i] == PCRE2_UNSET) {
        *s = *e = -1;
    } else {
        *s = (Kr_ssize_t)ov[2 * i];
        *e = (Kr_ssize_t)ov[2 * i + 1];
    }
}

static KrObject *offsets_tuple(Code *c)
{
    uint32_t ng = c->ncap + 1;
    KrObject *t = kr_tuple_new(2 * (Kr_ssize_t)ng);
    if (t == NULL)
        return NULL;
    for (uint32_t i = 0; i < ng; i++) {
        Kr_ssize_t s, e;
        group_span(c, i, &s, &e);
        KrObject *so = kr_int_from_ssize(s), *eo = kr_int_from_ssize(e);
        if (so == NULL || eo == NULL) {
            kr_xdecref(so);
            kr_xdecref(eo);
            kr_decref(t);
            return NULL;
        }
        KR_TUPLE_SET(t, 2 * i, so);
        KR_TUPLE_SET(t, 2 * i + 1, eo);
    }
    return t;
}

static int code_arg(KrObject *o, Code **c)
{
    if (!KR_IS_TYPE(o, &code_type)) {
        kr_err_format(&kr_exc_TypeError, "expected a compiled code");
        return -1;
    }
    *c = (Code *)o;
    return 0;
}

static int ssize_args(KrObject *const *args, int n, Kr_ssize_t *out)
{
    for (int i = 0; i < n; i++) {
        out[i] = kr_int_as_ssize(args[i]);
        if (out[i] == -1 && kr_err_occurred())
            return -1;
    }
    return 0;
}

/* match(code, subject, pos, endpos, mode, notempty_atstart)
 * mode 0: search, 1: anchored at pos, 2: anchored at both ends.
 * Returns None or a tuple (s0, e0, s1, e1, ...) with -1 for unset groups. */
static KrObject *re_match(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    Code *c;
    Kr_ssize_t v[3];
    if (kr_check_nargs("match", nargs, 6, 6) < 0 || code_arg(args[0], &c) < 0 ||
        ssize_args(args + 2, 3, v) < 0)
        return NULL;
    int nea = kr_object_is_true(args[5]);
    if (nea < 0)
        return NULL;
    const uint32_t *data;
    uint32_t *owned;
    Kr_ssize_t n;
    int valid;
    if (prepare_subject(args[1], &data, &n, &owned, &valid) < 0)
        return NULL;
    Kr_ssize_t endpos = clamp(v[1], n), pos = clamp(v[0], n);
    int rc = pos > endpos ? 0 : match_once(c, data, pos, endpos, v[2], nea, valid);
    kr_mem_free(owned);
    if (rc < 0)
        return NULL;
    if (rc == 0)
        KR_RETURN_NONE;
    return offsets_tuple(c);
}

/* The loop behind findall/sub/split: calls visit after every match with
 * the 3.7+ empty-match rule; stops after limit matches (0: no limit). */
typedef int (*visit_fn)(Code *c, void *ctx);

static int each_match(Code *c, KrObject *subj, Kr_ssize_t pos, Kr_ssize_t endpos,
                      Kr_ssize_t limit, visit_fn visit, void *ctx)
{
    const uint32_t *data;
    uint32_t *owned;
    Kr_ssize_t n, count = 0;
    int valid;
    if (prepare_subject(subj, &data, &n, &owned, &valid) < 0)
        return -1;
    endpos = clamp(endpos, n);
    pos = clamp(pos, n);
    int nea = 0, rc = 0;
    while (pos <= endpos && (limit <= 0 || count < limit)) {
        rc = match_once(c, data, pos, endpos, 0, nea, valid);
        if (rc <= 0)
            break;
        Kr_ssize_t s, e;
        group_span(c, 0, &s, &e);
        if ((rc = visit(c, ctx)) < 0)
            break;
        count++;
        nea = s == e;
        pos = e;
    }
    kr_mem_free(owned);
    return rc < 0 ? -1 : 0;
}

static int visit_spans(Code *c, void *ctx)
{
    KrObject *t = offsets_tuple(c);
    if (t == NULL)
        return -1;
    int rc = kr_list_append((KrObject *)ctx, t);
    kr_decref(t);
    return rc;
}

/* spans(code, subject, pos, endpos, limit) -> list of offset tuples */
static KrObject *re_spans(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    Code *c;
    Kr_ssize_t v[3];
    if (kr_check_nargs("spans", nargs, 5, 5) < 0 || code_arg(args[0], &c) < 0 ||
        ssize_args(args + 2, 3, v) < 0)
        return NULL;
    KrObject *list = kr_list_new(0);
    if (list == NULL)
        return NULL;
    if (each_match(c, args[1], v[0], v[1], v[2], visit_spans, list) < 0) {
        kr_decref(list);
        return NULL;
    }
    return list;
}

typedef struct {
    KrObject *list, *subj;
} FindallCtx;

static KrObject *slice(KrObject *subj, Kr_ssize_t s, Kr_ssize_t e)
{
    if (s < 0)
        s = e = 0;
    if (KR_STR_CHECK(subj))
        return kr_str_substr(subj, s, e);
    if (KR_BYTES_CHECK(subj))
        return kr_bytes_from(KR_BYTES_DATA(subj) + s, e - s);
    return kr_bytearray_from(((KrByteArray *)subj)->data + s, e - s);
}

static int visit_findall(Code *c, void *vctx)
{
    FindallCtx *ctx = vctx;
    KrObject *item;
    Kr_ssize_t s, e;
    if (c->ncap <= 1) {
        group_span(c, c->ncap, &s, &e);
        item = slice(ctx->subj, s, e);
    } else {
        item = kr_tuple_new(c->ncap);
        if (item == NULL)
            return -1;
        for (uint32_t i = 1; i <= c->ncap; i++) {
            group_span(c, i, &s, &e);
            KrObject *g = slice(ctx->subj, s, e);
            if (g == NULL) {
                kr_decref(item);
                return -1;
            }
            KR_TUPLE_SET(item, i - 1, g);
        }
    }
    if (item == NULL)
        return -1;
    int rc = kr_list_append(ctx->list, item);
    kr_decref(item);
    return rc;
}

/* findall(code, subject, pos, endpos) -> list as re.findall returns it */
static KrObject *re_findall(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    Code *c;
    Kr_ssize_t v[2];
    if (kr_check_nargs("findall", nargs, 4, 4) < 0 || code_arg(args[0], &c) < 0 ||
        ssize_args(args + 2, 2, v) < 0)
        return NULL;
    FindallCtx ctx = { kr_list_new(0), args[1] };
    if (ctx.list == NULL)
        return NULL;
    if (each_match(c, args[1], v[0], v[1], 0, visit_findall, &ctx) < 0) {
        kr_decref(ctx.list);
        return NULL;
    }
    return ctx.list;
}

static KrObject *re_groups(KrObject *m, KrObject *arg)
{
    if (!KR_IS_TYPE(arg, &code_type))
        return kr_err_format(&kr_exc_TypeError, "expected a compiled code");
    return kr_int_from_i64(((Code *)arg)->ncap);
}

static const KrMethodDef re_functions[] = {
    KR_METHOD_FAST("compile", re_compile),
    KR_METHOD_FAST("match", re_match),
    KR_METHOD_FAST("spans", re_spans),
    KR_METHOD_FAST("findall", re_findall),
    KR_METHOD_O("groups", re_groups),
    KR_METHOD_END,
};

static KrType code_type = {
    .ob = KR_STATIC_VARHEAD(&kr_type_type, 0),
    .name = "_re.Code",
    .basicsize = sizeof(Code),
    .dealloc = code_dealloc,
    .getattro = kr_object_generic_getattr,
};

KrObject *kr_re_module_init(void)
{
    if (!(code_type.flags & KR_TPFLAGS_READY) && kr_type_ready(&code_type) < 0)
        return NULL;
    KrObject *m = kr_module_new("_re");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, re_functions) < 0 ||
        kr_module_add_int(m, "CASELESS", PCRE2_CASELESS) < 0 ||
        kr_module_add_int(m, "MULTILINE", PCRE2_MULTILINE) < 0 ||
        kr_module_add_int(m, "DOTALL", PCRE2_DOTALL) < 0 ||
        kr_module_add_int(m, "UCP", PCRE2_UCP) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
