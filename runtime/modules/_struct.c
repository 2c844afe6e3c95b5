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

static const KrMethodDef struct_functions[] = {
    KR_METHOD_FAST("pack_float", s_pack_float),
    KR_METHOD_FAST("unpack_float", s_unpack_float),
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
