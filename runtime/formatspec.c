/*
 * formatspec.c -- the format-spec mini-language.
 *
 *     [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * Parsing is shared by int, float and str __format__; each type then
 * decides which presentation types it accepts.  The grammar checks and
 * their messages are CPython 3.11's (formatter_unicode.c behaviour): a
 * fill is any code point but only counts when followed by an align
 * character; '0' before the width means fill '0' (and '=' alignment for
 * numbers) unless a fill was given; ',' and '_' are exclusive, and which
 * presentation types may be grouped is checked here since the messages do
 * not depend on the object.
 *
 * Layout works on UTF-8 text and counts code points for widths.  Numbers
 * are laid out as [sign][prefix][padding if '='][grouped digits][rest].
 * With '0' fill and '=' alignment the padding zeros are grouped with the
 * digits ("00,001,234"), which we reproduce by growing the digit string to
 * the minimum width group by group, as CPython does (a group is never
 * started by a separator, so the result may exceed the width by one).
 */
#include <stdio.h>
#include <stdlib.h>

#include "krait.h"
#include "formatspec.h"

/* Decodes one UTF-8 code point at s (len bytes available); *n gets its
 * length.  Invalid bytes are taken one at a time. */
static uint32_t decode(const unsigned char *s, Kr_ssize_t len, int *n)
{
    unsigned char c = s[0];
    int k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (k > len)
        k = 1;
    *n = k;
    if (k == 1)
        return c;
    uint32_t cp = c & (0x7f >> k);
    for (int i = 1; i < k; i++)
        cp = (cp << 6) | (s[i] & 0x3f);
    return cp;
}

static int put_cp(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

static Kr_ssize_t count_cps(const char *s, Kr_ssize_t len)
{
    Kr_ssize_t n = 0;
    for (Kr_ssize_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80)
            n++;
    return n;
}

static int is_align(unsigned char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Reads a decimal number; 0 digits -> *v = -1.  -1 on overflow. */
static int get_integer(const unsigned char *s, Kr_ssize_t len, Kr_ssize_t *pos, Kr_ssize_t *v)
{
    Kr_ssize_t acc = 0;
    int nd = 0;
    while (*pos < len && s[*pos] >= '0' && s[*pos] <= '9') {
        int d = s[*pos] - '0';
        if (acc > (KR_SSIZE_T_MAX - d) / 10) {
            kr_err_set_string(&kr_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        (*pos)++;
        nd++;
    }
    *v = nd ? acc : -1;
    return 0;
}

static void code_repr(uint32_t c, char *buf, size_t n)
{
    if (c > 32 && c < 128)
        snprintf(buf, n, "%c", (char)c);
    else
        snprintf(buf, n, "\\x%x", (unsigned)c);
}

KrObject *kr_format_unknown_code(uint32_t type, const char *type_name)
{
    char c[16];
    code_repr(type, c, sizeof c);
    return kr_err_format(&kr_exc_ValueError, "Unknown format code '%s' for object of type '%s'",
                         c, type_name);
}

int kr_format_parse(const char *spec, Kr_ssize_t len, char default_align,
                    const char *type_name, KrFormatSpec *out)
{
    const unsigned char *s = (const unsigned char *)spec;
    out->fill = ' ';
    out->align = 0;
    out->sign = 0;
    out->no_neg_zero = false;
    out->alternate = false;
    out->fill_given = false;
    out->grouping = 0;
    out->width = -1;
    out->precision = -1;
    out->type = 0;
    Kr_ssize_t pos = 0;
    if (len > 0) {
        int n0;
        uint32_t c0 = decode(s, len, &n0);
        if (len > n0 && is_align(s[n0])) {
            out->fill = c0;
            out->fill_given = true;
            out->align = (char)s[n0];
            pos = n0 + 1;
        } else if (is_align(s[0])) {
            out->align = (char)s[0];
            pos = 1;
        }
    }
    if (pos < len && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
        out->sign = (char)s[pos++];
    if (pos < len && s[pos] == 'z') {
        out->no_neg_zero = true;
        pos++;
    }
    if (pos < len && s[pos] == '#') {
        out->alternate = true;
        pos++;
    }
    if (!out->fill_given && pos < len && s[pos] == '0') {
        out->fill = '0';
        if (!out->align && default_align == '>')
            out->align = '=';
        pos++;
    }
    if (get_integer(s, len, &pos, &out->width) < 0)
        return -1;
    if (pos < len && s[pos] == ',') {
        out->grouping = ',';
        pos++;
    }
    if (pos < len && s[pos] == '_') {
        if (out->grouping) {
            kr_err_set_string(&kr_exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        out->grouping = '_';
        pos++;
    }
    if (pos < len && s[pos] == ',' && out->grouping == '_') {
        kr_err_set_string(&kr_exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < len && s[pos] == '.') {
        pos++;
        if (get_integer(s, len, &pos, &out->precision) < 0)
            return -1;
        if (out->precision < 0) {
            kr_err_set_string(&kr_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (pos < len) {
        int n;
        uint32_t t = decode(s + pos, len - pos, &n);
        if (pos + n != len) {
            KrObject *sp = kr_str_from_utf8(spec, len);
            if (sp) {
                kr_err_format(&kr_exc_ValueError,
                              "Invalid format specifier '%U' for object of type '%s'",
                              sp, type_name);
                KR_DECREF(sp);
            }
            return -1;
        }
        out->type = t;
    }
    if (out->grouping) {
        uint32_t t = out->type ? out->type : (default_align == '<' ? 's' : 0);
        switch (t) {
        case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->grouping == '_')
                break;
            /* fall through */
        default: {
            char c[16];
            code_repr(t, c, sizeof c);
            char msg[64];
            snprintf(msg, sizeof msg, "Cannot specify '%c' with '%s'.", out->grouping, c);
            kr_err_set_string(&kr_exc_ValueError, msg);
            return -1;
        }
        }
    }
    return 0;
}

/* ---- layout ---- */

typedef struct Out {
    char *data;
    size_t len, cap;
    int failed;
} Out;

static void out_reserve(Out *o, size_t n)
{
    if (o->failed || o->len + n <= o->cap)
        return;
    size_t cap = o->cap ? o->cap : 64;
    while (cap < o->len + n)
        cap *= 2;
    char *d = kr_mem_realloc(o->data, cap);
    if (!d) {
        o->failed = 1;
        return;
    }
    o->data = d;
    o->cap = cap;
}

static void out_put(Out *o, const char *s, size_t n)
{
    if (n == 0)
        return;
    out_reserve(o, n);
    if (o->failed)
        return;
    memcpy(o->data + o->len, s, n);
    o->len += n;
}

static void out_fill(Out *o, uint32_t cp, Kr_ssize_t n)
{
    if (n <= 0)
        return;
    char u[4];
    int k = put_cp(u, cp);
    out_reserve(o, (size_t)n * (size_t)k);
    if (o->failed)
        return;
    if (k == 1) {
        memset(o->data + o->len, u[0], (size_t)n);
        o->len += (size_t)n;
        return;
    }
    for (Kr_ssize_t i = 0; i < n; i++)
        out_put(o, u, (size_t)k);
}

static KrObject *out_finish(Out *o)
{
    if (o->failed) {
        kr_mem_free(o->data);
        return kr_err_no_memory();
    }
    KrObject *r = kr_str_from_utf8(o->data ? o->data : "", (Kr_ssize_t)o->len);
    kr_mem_free(o->data);
    return r;
}

KrObject *kr_format_pad(const char *text, Kr_ssize_t len, Kr_ssize_t nchars,
                        const KrFormatSpec *spec, char default_align)
{
    Out o = { 0 };
    Kr_ssize_t pad = spec->width > nchars ? spec->width - nchars : 0;
    char align = spec->align ? spec->align : default_align;
    Kr_ssize_t left = align == '>' || align == '=' ? pad : align == '^' ? pad / 2 : 0;
    out_fill(&o, spec->fill, left);
    out_put(&o, text, (size_t)len);
    out_fill(&o, spec->fill, pad - left);
    return out_finish(&o);
}

KrObject *kr_format_number(const KrFormatSpec *spec, char sign, const char *prefix,
                           const char *digits, Kr_ssize_t ndigits, int group,
                           const char *rest)
{
    size_t nprefix = strlen(prefix), nrest = strlen(rest);
    Kr_ssize_t lead = (sign ? 1 : 0) + (Kr_ssize_t)nprefix;
    Kr_ssize_t rest_chars = count_cps(rest, (Kr_ssize_t)nrest);
    char align = spec->align ? spec->align : '>';
    /* Digits, grouped (and zero-extended to min_width for '0='). */
    Out d = { 0 };
    if (spec->grouping && ndigits > 0) {
        char sep = spec->grouping;
        int g = sep == '_' && group == 4 ? 4 : 3;
        Kr_ssize_t mw = 0;
        if (spec->fill == '0' && align == '=' && spec->width > 0)
            mw = spec->width - lead - rest_chars;
        /* Build reversed, then flip. */
        Kr_ssize_t remaining = ndigits;
        int first = 1;
        for (;;) {
            Kr_ssize_t l = remaining > mw ? remaining : mw;
            if (l < 1)
                l = 1;
            if (l > g)
                l = g;
            Kr_ssize_t nch = remaining < l ? remaining : l;
            if (!first)
                out_put(&d, &sep, 1);
            for (Kr_ssize_t i = 0; i < nch; i++)
                out_put(&d, &digits[remaining - 1 - i], 1);
            for (Kr_ssize_t i = nch; i < l; i++)
                out_put(&d, "0", 1);
            remaining -= nch;
            mw -= l;
            if (remaining <= 0 && mw <= 0)
                break;
            mw -= 1;
            first = 0;
        }
        if (!d.failed)
            for (size_t i = 0, j = d.len ? d.len - 1 : 0; i < j; i++, j--) {
                char t = d.data[i];
                d.data[i] = d.data[j];
                d.data[j] = t;
            }
    } else {
        out_put(&d, digits, (size_t)ndigits);
    }
    if (d.failed) {
        kr_mem_free(d.data);
        return kr_err_no_memory();
    }
    Kr_ssize_t body = lead + count_cps(d.data ? d.data : "", (Kr_ssize_t)d.len) + rest_chars;
    Kr_ssize_t pad = spec->width > body ? spec->width - body : 0;
    Kr_ssize_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    Out o = { 0 };
    if (align != '=')
        out_fill(&o, spec->fill, left);
    if (sign)
        out_put(&o, &sign, 1);
    out_put(&o, prefix, nprefix);
    if (align == '=')
        out_fill(&o, spec->fill, pad);
    out_put(&o, d.data ? d.data : "", d.len);
    out_put(&o, rest, nrest);
    if (align == '<' || align == '^')
        out_fill(&o, spec->fill, pad - left);
    kr_mem_free(d.data);
    return out_finish(&o);
}

KrObject *kr_format_str(KrObject *s, const char *spec, Kr_ssize_t speclen)
{
    if (speclen == 0)
        return KR_STR_CHECK_EXACT(s) ? kr_newref(s) : kr_object_str(s);
    KrFormatSpec f;
    if (kr_format_parse(spec, speclen, '<', "str", &f) < 0)
        return NULL;
    if (f.type != 0 && f.type != 's')
        return kr_format_unknown_code(f.type, "str");
    if (f.sign) {
        kr_err_set_string(&kr_exc_ValueError, f.sign == ' '
                              ? "Space not allowed in string format specifier"
                              : "Sign not allowed in string format specifier");
        return NULL;
    }
    if (f.no_neg_zero) {
        kr_err_set_string(&kr_exc_ValueError,
                          "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (f.alternate) {
        kr_err_set_string(&kr_exc_ValueError,
                          "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (f.align == '=') {
        kr_err_set_string(&kr_exc_ValueError,
                          "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    Kr_ssize_t len;
    const char *text = kr_str_utf8(s, &len);
    if (!text)
        return NULL;
    Kr_ssize_t nchars = KR_STR_LEN(s);
    if (f.precision >= 0 && f.precision < nchars) {
        /* Truncate to precision code points. */
        Kr_ssize_t b = 0, c = 0;
        while (b < len && c < f.precision) {
            b++;
            while (b < len && ((unsigned char)text[b] & 0xc0) == 0x80)
                b++;
            c++;
        }
        len = b;
        nchars = f.precision;
    }
    if (f.width <= nchars && KR_STR_CHECK_EXACT(s) && nchars == KR_STR_LEN(s))
        return kr_newref(s);
    return kr_format_pad(text, len, nchars, &f, '<');
}
