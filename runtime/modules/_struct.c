/*
 * _struct.c -- the IEEE 754 conversions under lib/struct.py.
 *
 * struct's format parsing, alignment and integer packing are written in
 * Python (lib/struct.py, using int.to_bytes/from_bytes); the only thing
 * Python cannot do by itself is reinterpret a float as binary16/32/64 bits.
 * These helpers do exactly that, with CPython's OverflowError messages:
 *
 *   pack_float(x, size, little) -> bytes      size 2, 4 or 8
 *   unpack_float(data, size, little) -> float
 *
 * binary16 rounding is round-half-to-even on the 10-bit mantissa, including
 * the subnormal range; a carry out of the mantissa bumps the exponent, and
 * a carry into exponent 31 is an overflow, as in CPython.
 */
#include "krait.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

static int as_double(KrObject *o, double *out)
{
    if (KR_FLOAT_CHECK(o)) {
        *out = KR_FLOAT_VALUE(o);
        return 0;
    }
    KrObject *f = kr_number_float(o);
    if (f == NULL)
        return -1;
    *out = KR_FLOAT_VALUE(f);
    kr_decref(f);
    return 0;
}

static int pack_half(double x, unsigned char *out16)
{
    uint16_t sign = 0, bits;
    if (signbit(x)) {
        sign = 0x8000;
        x = -x;
    }
    if (isnan(x)) {
        bits = 0x7e00;
    } else if (isinf(x)) {
        bits = 0x7c00;
    } else if (x == 0.0) {
        bits = 0;
    } else {
        int e;
        double f = frexp(x, &e);        /* x = f * 2**e, 0.5 <= f < 1 */
        f *= 2.0;                       /* 1 <= f < 2, x = f * 2**(e-1) */
        e -= 1;
        int biased = e + 15;
        double mant;
        if (biased <= 0) {
            /* subnormal: value = m * 2**-24 */
            mant = ldexp(x, 24);
            biased = 0;
        } else {
            mant = (f - 1.0) * 1024.0;
        }
        double fl = floor(mant);
        double rem = mant - fl;
        uint32_t m = (uint32_t)fl;
        if (rem > 0.5 || (rem == 0.5 && (m & 1)))
            m++;
        if (biased == 0) {
            if (m >= 1024) {            /* rounded up into the normal range */
                m -= 1024;
                biased = 1;
            }
        } else if (m >= 1024) {
            m -= 1024;
            biased++;
        }
        if (biased >= 31) {
            kr_err_format(&kr_exc_OverflowError, "float too large to pack with e format");
            return -1;
        }
        bits = (uint16_t)((biased << 10) | m);
    }
    bits |= sign;
    out16[0] = (unsigned char)(bits & 0xff);
    out16[1] = (unsigned char)(bits >> 8);
    return 0;
}

static double unpack_half(const unsigned char *p16)
{
    uint16_t bits = (uint16_t)(p16[0] | (p16[1] << 8));
    int sign = bits >> 15, e = (bits >> 10) & 0x1f, m = bits & 0x3ff;
    double x;
    if (e == 0x1f)
        x = m ? NAN : INFINITY;
    else if (e == 0)
        x = ldexp((double)m, -24);
    else
        x = ldexp((double)(m + 1024), e - 25);
    return sign ? -x : x;
}

static KrObject *s_pack_float(KrObject *mod, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("pack_float", nargs, 3, 3) < 0)
        return NULL;
    double x;
    if (as_double(args[0], &x) < 0)
        return NULL;
    Kr_ssize_t size = kr_int_as_ssize(args[1]);
    if (size == -1 && kr_err_occurred())
        return NULL;
    int little = kr_object_is_true(args[2]);
    if (little < 0)
        return NULL;
    unsigned char buf[8];
    if (size == 2) {
        if (pack_half(x, buf) < 0)
            return NULL;
    } else if (size == 4) {
        /* CPython 3.11 rounds out-of-range values to inf here. */
        float f = (float)x;
        memcpy(buf, &f, 4);
    } else if (size == 8) {
        memcpy(buf, &x, 8);
    } else {
        return kr_err_format(&kr_exc_ValueError, "bad float size");
    }
    /* buf is little-endian now (x86-64 native; half built little). */
    if (!little) {
        for (Kr_ssize_t i = 0; i < size / 2; i++) {
            unsigned char t = buf[i];
            buf[i] = buf[size - 1 - i];
            buf[size - 1 - i] = t;
        }
    }
    return kr_bytes_from(buf, size);
}

static KrObject *s_unpack_float(KrObject *mod, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("unpack_float", nargs, 3, 3) < 0)
        return NULL;
    if (!KR_BYTES_CHECK(args[0]))
        return kr_err_format(&kr_exc_TypeError, "expected bytes");
    Kr_ssize_t size = kr_int_as_ssize(args[1]);
    if (size == -1 && kr_err_occurred())
        return NULL;
    int little = kr_object_is_true(args[2]);
    if (little < 0)
        return NULL;
    if (KR_SIZE(args[0]) != size || (size != 2 && size != 4 && size != 8))
        return kr_err_format(&kr_exc_ValueError, "bad float size");
    unsigned char buf[8];
    memcpy(buf, KR_BYTES_DATA(args[0]), (size_t)size);
    if (!little) {
        for (Kr_ssize_t i = 0; i < size / 2; i++) {
            unsigned char t = buf[i];
            buf[i] = buf[size - 1 - i];
            buf[size - 1 - i] = t;
        }
    }
    double x;
    if (size == 2) {
        x = unpack_half(buf);
    } else if (size == 4) {
        float f;
        memcpy(&f, buf, 4);
        x = f;
    } else {
        memcpy(&x, buf, 8);
    }
    return kr_float_from_double(x);
}

/* ---- the packing loop ----
 *
 * lib/struct.py compiles a format once into a spec: a bytes object of
 * 17-byte records (code char, then offset and size as little-endian
 * int64), with native alignment already applied and pad bytes omitted.
 * pack/unpack below run that spec; every error message matches CPython,
 * including its quirk that the big-endian standard table words range
 * errors differently from the little-endian/native ones.
 */

static KrType *struct_error;

static KrObject *s_set_error(KrObject *mod, KrObject *arg)
{
    if (!KR_TYPE_CHECK(arg))
        return kr_err_format(&kr_exc_TypeError, "expected a class");
    kr_xdecref((KrObject *)struct_error);
    struct_error = (KrType *)kr_newref(arg);
    kr_runtime_add_static_roots((KrObject **)&struct_error, 1);    /* freed at teardown */
    KR_RETURN_NONE;
}

typedef struct {
    char code;
    Kr_ssize_t off, size;
} Item;

static void item_at(const char *spec, Kr_ssize_t i, Item *it)
{
    const char *p = spec + i * 17;
    int64_t off, size;
    it->code = p[0];
    memcpy(&off, p + 1, 8);
    memcpy(&size, p + 9, 8);
    it->off = (Kr_ssize_t)off;
    it->size = (Kr_ssize_t)size;
}

static int serr(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kr_err_formatv(struct_error ? struct_error : &kr_exc_ValueError, fmt, ap);
    va_end(ap);
    return -1;
}

/* The integer value of o as (value, overflow); overflow +1/-1 when it
 * does not fit int64 (then *u holds it if it fits uint64, *ufits = 1). */
static int get_int(KrObject *o, int64_t *v, int *ovf, uint64_t *u, int *ufits)
{
    KrObject *i;
    if (KR_INT_CHECK(o)) {
        i = kr_newref(o);
    } else {
        i = kr_number_index(o);
        if (i == NULL) {
            if (kr_err_matches_type(&kr_exc_TypeError)) {
                kr_err_clear();
                return serr("required argument is not an integer");
            }
            return -1;
        }
    }
    *ufits = 0;
    *v = kr_int_as_i64(i, ovf);
    if (*v == -1 && *ovf == 0 && kr_err_occurred()) {
        kr_decref(i);
        return -1;
    }
    if (*ovf > 0) {
        /* split into 32-bit halves to see whether it fits uint64 */
        KrObject *sh = kr_int_from_i64(32), *mask = kr_int_from_i64(0xffffffff);
        KrObject *hi = sh ? kr_number_binop(i, sh, KR_NB_RSHIFT) : NULL;
        KrObject *lo = mask ? kr_number_binop(i, mask, KR_NB_AND) : NULL;
        int o1 = 0, o2 = 0;
        int64_t h = hi ? kr_int_as_i64(hi, &o1) : 0, l = lo ? kr_int_as_i64(lo, &o2) : 0;
        int bad = hi == NULL || lo == NULL;
        kr_xdecref(sh);
        kr_xdecref(mask);
        kr_xdecref(hi);
        kr_xdecref(lo);
        if (bad) {
            kr_decref(i);
            return -1;
        }
        if (!o1 && h >= 0 && h <= 0xffffffffLL) {
            *u = ((uint64_t)h << 32) | (uint64_t)l;
            *ufits = 1;
        }
    }
    kr_decref(i);
    return 0;
}

static void put_uint(unsigned char *p, uint64_t x, Kr_ssize_t size, int little)
{
    for (Kr_ssize_t k = 0; k < size; k++) {
        unsigned char byte = (unsigned char)(x >> (8 * k));
        if (little)
            p[k] = byte;
        else
            p[size - 1 - k] = byte;
    }
}

static int pack_int(unsigned char *p, char code, KrObject *o, Kr_ssize_t size, int little,
                    int big_std)
{
    int64_t v = 0;
    int ovf = 0, ufits = 0;
    uint64_t u = 0;
    if (get_int(o, &v, &ovf, &u, &ufits) < 0)
        return -1;
    if (code == 'P') {
        if (ovf < 0 || (ovf > 0 && !ufits))
            return serr("int too large to convert");
        put_uint(p, ovf ? u : (uint64_t)v, 8, little);
        return 0;
    }
    int is_signed = strchr("bhilqn", code) != NULL;
    if (size == 8) {
        int ok = is_signed ? ovf == 0 : (ovf == 0 ? v >= 0 : (ovf > 0 && ufits));
        if (!ok)
            return serr(big_std ? "int too large to convert" : "argument out of range");
        put_uint(p, ovf ? u : (uint64_t)v, 8, little);
        return 0;
    }
    int64_t lo, hi;
    if (is_signed) {
        lo = -((int64_t)1 << (size * 8 - 1));
        hi = ((int64_t)1 << (size * 8 - 1)) - 1;
    } else {
        lo = 0;
        hi = ((int64_t)1 << (size * 8)) - 1;
    }
    if (ovf == 0 && v >= lo && v <= hi) {
        put_uint(p, (uint64_t)v, size, little);
        return 0;
    }
    const char *name = code == 'b' ? "byte" : code == 'B' ? "ubyte" : code == 'h' ? "short"
                     : code == 'H' ? "ushort" : NULL;
    if (name && !(big_std && size == 2)) {
        if (ovf)
            return serr("argument out of range");
        return serr("%s format requires %lld <= number <= %lld", name, (long long)lo,
                    (long long)hi);
    }
    if (is_signed) {
        if (ovf)
            return serr("argument out of range");
    } else {
        if (ovf < 0 || (ovf == 0 && v < 0) || (ovf > 0 && !ufits))
            return serr("argument out of range");
    }
    return serr("'%c' format requires %lld <= number <= %lld", code, (long long)lo,
                (long long)hi);
}

static int float_arg(KrObject *o, double *out)
{
    if (KR_FLOAT_CHECK(o)) {
        *out = KR_FLOAT_VALUE(o);
        return 0;
    }
    if (KR_STR_CHECK(o) || KR_BYTES_CHECK(o) || KR_BYTEARRAY_CHECK(o))
        return serr("required argument is not a float");
    KrObject *f = kr_number_float(o);
    if (f == NULL) {
        if (kr_err_matches_type(&kr_exc_TypeError)) {
            kr_err_clear();
            return serr("required argument is not a float");
        }
        return -1;
    }
    *out = KR_FLOAT_VALUE(f);
    kr_decref(f);
    return 0;
}

static int pack_float_to(unsigned char *p, double x, Kr_ssize_t size, int little)
{
    unsigned char buf[8];
    if (size == 2) {
        if (pack_half(x, buf) < 0)
            return -1;
    } else if (size == 4) {
        float f = (float)x;
        memcpy(buf, &f, 4);
    } else {
        memcpy(buf, &x, 8);
    }
    for (Kr_ssize_t k = 0; k < size; k++)
        p[k] = little ? buf[k] : buf[size - 1 - k];
    return 0;
}

static int bytes_view(KrObject *o, const unsigned char **data, Kr_ssize_t *len)
{
    if (KR_BYTES_CHECK(o)) {
        *data = (const unsigned char *)KR_BYTES_DATA(o);
        *len = KR_SIZE(o);
        return 1;
    }
    if (KR_BYTEARRAY_CHECK(o)) {
        *data = (const unsigned char *)((KrByteArray *)o)->data;
        *len = KR_SIZE(o);
        return 1;
    }
    return 0;
}

/* pack(spec, little, big_std, size, args) -> bytes */
static KrObject *s_pack(KrObject *mod, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("pack", nargs, 5, 5) < 0)
        return NULL;
    KrObject *spec = args[0], *vals = args[4];
    if (!KR_BYTES_CHECK(spec) || !KR_TUPLE_CHECK(vals))
        return kr_err_format(&kr_exc_TypeError, "bad arguments");
    int little = kr_object_is_true(args[1]), big_std = kr_object_is_true(args[2]);
    Kr_ssize_t total = kr_int_as_ssize(args[3]);
    if (total == -1 && kr_err_occurred())
        return NULL;
    Kr_ssize_t n = KR_SIZE(spec) / 17;
    if (KR_SIZE(vals) != n)
        return kr_err_format(&kr_exc_ValueError, "spec/argument mismatch");
    KrObject *res = kr_bytes_new(total);
    if (res == NULL)
        return NULL;
    unsigned char *out = (unsigned char *)KR_BYTES_DATA(res);
    memset(out, 0, (size_t)total);
    for (Kr_ssize_t i = 0; i < n; i++) {
        Item it;
        item_at(KR_BYTES_DATA(spec), i, &it);
        KrObject *v = KR_TUPLE_GET(vals, i);
        unsigned char *p = out + it.off;
        const unsigned char *bd;
        Kr_ssize_t bl;
        switch (it.code) {
        case 's':
        case 'p':
            if (!bytes_view(v, &bd, &bl)) {
                serr("argument for '%c' must be a bytes object", it.code);
                goto fail;
            }
            if (it.code == 's') {
                memcpy(p, bd, (size_t)(bl < it.size ? bl : it.size));
            } else if (it.size > 0) {
                Kr_ssize_t k = bl < it.size - 1 ? bl : it.size - 1;
                memcpy(p + 1, bd, (size_t)k);
                p[0] = (unsigned char)(k > 255 ? 255 : k);
            }
            break;
        case 'c':
            if (!bytes_view(v, &bd, &bl) || bl != 1) {
                serr("char format requires a bytes object of length 1");
                goto fail;
            }
            p[0] = bd[0];
            break;
        case '?': {
            int t = kr_object_is_true(v);
            if (t < 0)
                goto fail;
            p[0] = (unsigned char)t;
            break;
        }
        case 'e':
        case 'f':
        case 'd': {
            double x = 0.0;
            if (float_arg(v, &x) < 0 || pack_float_to(p, x, it.size, little) < 0)
                goto fail;
            break;
        }
        default:
            if (pack_int(p, it.code, v, it.size, little, big_std) < 0)
                goto fail;
        }
    }
    return res;
fail:
    kr_decref(res);
    return NULL;
}

/* unpack(spec, little, data, offset) -> tuple; the caller checked sizes */
static KrObject *s_unpack(KrObject *mod, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("unpack", nargs, 4, 4) < 0)
        return NULL;
    KrObject *spec = args[0];
    const unsigned char *data;
    Kr_ssize_t len;
    if (!KR_BYTES_CHECK(spec) || !bytes_view(args[2], &data, &len))
        return kr_err_format(&kr_exc_TypeError, "bad arguments");
    int little = kr_object_is_true(args[1]);
    Kr_ssize_t base = kr_int_as_ssize(args[3]);
    if (base == -1 && kr_err_occurred())
        return NULL;
    Kr_ssize_t n = KR_SIZE(spec) / 17;
    KrObject *t = kr_tuple_new(n);
    if (t == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < n; i++) {
        Item it;
        item_at(KR_BYTES_DATA(spec), i, &it);
        if (base + it.off + it.size > len) {
            kr_decref(t);
            return kr_err_format(&kr_exc_ValueError, "buffer too short");
        }
        const unsigned char *p = data + base + it.off;
        KrObject *v;
        switch (it.code) {
        case 's':
        case 'c':
            v = kr_bytes_from(p, it.size);
            break;
        case 'p': {
            Kr_ssize_t k = it.size ? p[0] : 0;
            if (it.size && k > it.size - 1)
                k = it.size - 1;
            v = kr_bytes_from(it.size ? p + 1 : p, k);
            break;
        }
        case '?':
            v = kr_bool_from(p[0] != 0);
            break;
        case 'e':
        case 'f':
        case 'd': {
            unsigned char buf[8];
            for (Kr_ssize_t k = 0; k < it.size; k++)
                buf[k] = little ? p[k] : p[it.size - 1 - k];
            double x;
            if (it.size == 2)
                x = unpack_half(buf);
            else if (it.size == 4) {
                float f;
                memcpy(&f, buf, 4);
                x = f;
            } else
                memcpy(&x, buf, 8);
            v = kr_float_from_double(x);
            break;
        }
        default: {
            uint64_t x = 0;
            for (Kr_ssize_t k = 0; k < it.size; k++) {
                unsigned char byte = little ? p[k] : p[it.size - 1 - k];
                x |= (uint64_t)byte << (8 * k);
            }
            if (strchr("bhilqn", it.code)) {
                if (it.size < 8 && (x >> (it.size * 8 - 1)) & 1)
                    x |= ~(uint64_t)0 << (it.size * 8);
                v = kr_int_from_i64((int64_t)x);
            } else {
                v = kr_int_from_u64(x);
            }
        }
        }
        if (v == NULL) {
            kr_decref(t);
            return NULL;
        }
        KR_TUPLE_SET(t, i, v);
    }
    return t;
}

static const KrMethodDef struct_functions[] = {
    KR_METHOD_FAST("pack_float", s_pack_float),
    KR_METHOD_FAST("unpack_float", s_unpack_float),
    KR_METHOD_FAST("pack", s_pack),
    KR_METHOD_FAST("unpack", s_unpack),
    KR_METHOD_O("set_error", s_set_error),
    KR_METHOD_END,
};

KrObject *kr_struct_module_init(void)
{
    KrObject *m = kr_module_new("_struct");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, struct_functions) < 0) {
        kr_decref(m);
        return NULL;
    }
    return m;
}
