/*
 * _re.c -- the PCRE2 binding under lib/re.
 *
 * The split of work: lib/re/__init__.py parses Python's regex syntax,
 * reports CPython's re.error messages, and rewrites the pattern into PCRE2
 * syntax (escapes, \Z, {,n}, verbose mode, character-class quirks).  This
 * file only compiles that translated pattern and runs single matches; all
 * iteration (finditer, sub, split) and the Match object live in Python.
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
 * Str patterns compile with PCRE2_UTF and PCRE2_MATCH_INVALID_UTF (a
 * Python str may hold lone surrogates, which PCRE2 would otherwise reject
 * as invalid UTF-32).  The newline convention is fixed at LF, which is
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
} Code;

static KrType code_type;

/* Cached widened subject. */
static KrObject *cache_subject;
static uint32_t *cache_buf;
static Kr_ssize_t cache_len;

static void code_dealloc(KrObject *o)
{
    Code *c = (Code *)o;
    if (c->md)
        pcre2_match_data_free(c->md);
    if (c->code)
        pcre2_code_free(c->code);
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
 * On a PCRE2 error raises ValueError((message, offset)) for re to wrap. */
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
        options |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
    int err;
    PCRE2_SIZE erroff;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, (PCRE2_SIZE)plen, options, &err, &erroff, cc);
    pcre2_compile_context_free(cc);
    kr_mem_free(pat);
    if (code == NULL) {
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
        return NULL;
    }
    c->code = code;
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

/* match(code, subject, pos, endpos, mode, notempty_atstart)
 * mode 0: search, 1: anchored at pos, 2: anchored at both ends.
 * Returns None or a tuple (s0, e0, s1, e1, ...) with -1 for unset groups. */
static KrObject *re_match(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("match", nargs, 6, 6) < 0)
        return NULL;
    if (!KR_IS_TYPE(args[0], &code_type))
        return kr_err_format(&kr_exc_TypeError, "expected a compiled code");
    Code *c = (Code *)args[0];
    KrObject *subj = args[1];
    Kr_ssize_t pos = kr_int_as_ssize(args[2]);
    if (pos == -1 && kr_err_occurred())
        return NULL;
    Kr_ssize_t endpos = kr_int_as_ssize(args[3]);
    if (endpos == -1 && kr_err_occurred())
        return NULL;
    Kr_ssize_t mode = kr_int_as_ssize(args[4]);
    if (mode == -1 && kr_err_occurred())
        return NULL;
    int nea = kr_object_is_true(args[5]);
    if (nea < 0)
        return NULL;

    const uint32_t *data;
    uint32_t *owned = NULL;
    Kr_ssize_t n;
    if (KR_STR_CHECK(subj) && KR_STR_KIND(subj) == 4) {
        data = KR_STR_DATA(subj);
        n = KR_STR_LEN(subj);
    } else if (subj == cache_subject) {
        data = cache_buf;
        n = cache_len;
    } else if (KR_STR_CHECK(subj) || KR_BYTES_CHECK(subj)) {
        uint32_t *buf;
        if (KR_STR_CHECK(subj))
            buf = widen_str(subj, &n);
        else {
            n = KR_SIZE(subj);
            buf = widen_bytes((const unsigned char *)KR_BYTES_DATA(subj), n);
        }
        if (buf == NULL)
            return NULL;
        kr_xdecref(cache_subject);
        if (cache_buf)
            kr_mem_free(cache_buf);
        cache_subject = kr_newref(subj);
        cache_buf = buf;
        cache_len = n;
        data = buf;
    } else if (KR_BYTEARRAY_CHECK(subj)) {
        n = KR_SIZE(subj);
        owned = widen_bytes((const unsigned char *)((KrByteArray *)subj)->data, n);
        if (owned == NULL)
            return NULL;
        data = owned;
    } else {
        return kr_err_format(&kr_exc_TypeError, "expected string or bytes-like object");
    }

    endpos = clamp(endpos, n);
    pos = clamp(pos, n);
    if (pos > endpos) {
        kr_mem_free(owned);
        KR_RETURN_NONE;
    }
    uint32_t mopts = 0;
    if (mode >= 1)
        mopts |= PCRE2_ANCHORED;
    if (mode == 2)
        mopts |= PCRE2_ENDANCHORED;
    if (nea)
        mopts |= PCRE2_NOTEMPTY_ATSTART;
    int rc = pcre2_match(c->code, (PCRE2_SPTR)data, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos,
                         mopts, c->md, NULL);
    /* The JIT's fixed stack can run out on deep backtracking where the
     * interpreter (which uses the heap) still succeeds. */
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
        rc = pcre2_match(c->code, (PCRE2_SPTR)data, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos,
                         mopts | PCRE2_NO_JIT, c->md, NULL);
    if (owned)
        kr_mem_free(owned);
    if (rc == PCRE2_ERROR_NOMATCH)
        KR_RETURN_NONE;
    if (rc < 0) {
        PCRE2_UCHAR msg[256];
        int k = pcre2_get_error_message(rc, msg, 256);
        char cmsg[256];
        int i;
        for (i = 0; i < k && i < 255; i++)
            cmsg[i] = msg[i] < 128 ? (char)msg[i] : '?';
        cmsg[i] = 0;
        return kr_err_format(&kr_exc_RuntimeError, "regex match failed: %s", cmsg);
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    uint32_t ng = c->ncap + 1;
    KrObject *t = kr_tuple_new(2 * (Kr_ssize_t)ng);
    if (t == NULL)
        return NULL;
    for (uint32_t i = 0; i < ng; i++) {
        Kr_ssize_t s = -1, e = -1;
        if ((int)i < rc && ov[2 * i] != PCRE2_UNSET) {
            s = (Kr_ssize_t)ov[2 * i];
            e = (Kr_ssize_t)ov[2 * i + 1];
        }
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

static KrObject *re_groups(KrObject *m, KrObject *arg)
{
    if (!KR_IS_TYPE(arg, &code_type))
        return kr_err_format(&kr_exc_TypeError, "expected a compiled code");
    return kr_int_from_i64(((Code *)arg)->ncap);
}

static const KrMethodDef re_functions[] = {
    KR_METHOD_FAST("compile", re_compile),
    KR_METHOD_FAST("match", re_match),
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
