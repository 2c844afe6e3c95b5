/*
 * builtins.c -- the builtins module.
 *
 * Each function follows CPython 3.11's bltinmodule.c in behaviour and in its
 * error messages (which family of argument-count message a builtin uses
 * depends on how CPython declares it: METH_O functions say "len() takes
 * exactly one argument", _PyArg_CheckPositional ones say "getattr expected
 * at least 2 arguments", Argument Clinic ones say "round() missing required
 * argument 'number' (pos 1)"; getargs.c produces all three).
 *
 * Things worth knowing:
 *   - sum() has CPython's int and float fast paths, including the exact
 *     order in which it falls back to generic addition, because that order
 *     decides float rounding (sum([0.1]*10) == 0.9999999999999999 in 3.11).
 *   - print() writes straight into the buffer of sys.stdout when that is
 *     still the C standard stream object of sys.c, and otherwise calls
 *     file.write() like CPython.
 *   - compile/exec/eval reach the frontend only through
 *     KR_INTERP()->hooks.compile; __import__ through hooks.import.
 *   - __build_class__ is the full 3.11 algorithm: __mro_entries__,
 *     metaclass winner, __prepare__, body execution with the namespace as
 *     locals, the metaclass call and the __classcell__ consistency check.
 */
#include "krait.h"
#include "frontend.h"   /* KR_CF_* compile flags */

#include <stdint.h>
#include <stdio.h>

/* complex and memoryview may not be built yet; the module simply lacks
 * them then. */
#pragma weak kr_complex_type
#pragma weak kr_memoryview_type

static KrObject *sys_attr(const char *name)
{
    KrObject *d = KR_INTERP()->sysdict;
    if (d == NULL)
        return NULL;
    return kr_dict_get_item_str(d, name);
}

/* ---------------------------------------------------------------------- */
/* Simple one-argument functions                                          */
/* ---------------------------------------------------------------------- */

static KrObject *b_abs(KrObject *m, KrObject *x) { return kr_number_absolute(x); }
static KrObject *b_ascii(KrObject *m, KrObject *x) { return kr_object_ascii(x); }
static KrObject *b_repr(KrObject *m, KrObject *x) { return kr_object_repr(x); }
static KrObject *b_callable(KrObject *m, KrObject *x) { return kr_bool_from(kr_callable_check(x)); }

static KrObject *to_base(KrObject *x, int base)
{
    KrObject *i = kr_number_index(x);
    if (i == NULL)
        return NULL;
    KrObject *r = kr_int_to_base(i, base, 1);
    kr_decref(i);
    return r;
}

static KrObject *b_bin(KrObject *m, KrObject *x) { return to_base(x, 2); }
static KrObject *b_oct(KrObject *m, KrObject *x) { return to_base(x, 8); }
static KrObject *b_hex(KrObject *m, KrObject *x) { return to_base(x, 16); }

static KrObject *b_len(KrObject *m, KrObject *x)
{
    Kr_ssize_t n = kr_object_length(x);
    if (n < 0)
        return NULL;
    return kr_int_from_ssize(n);
}

static KrObject *b_hash(KrObject *m, KrObject *x)
{
    Kr_hash_t h = kr_object_hash(x);
    if (h == -1)
        return NULL;
    return kr_int_from_i64(h);
}

static KrObject *b_id(KrObject *m, KrObject *x)
{
    return kr_int_from_u64((uint64_t)(uintptr_t)x);
}

static KrObject *b_chr(KrObject *m, KrObject *x)
{
    KrObject *i = kr_number_index(x);
    if (i == NULL)
        return NULL;
    int overflow = 0;
    int64_t v = kr_int_as_i64(i, &overflow);
    kr_decref(i);
    if (overflow || v > INT32_MAX || v < INT32_MIN)
        return kr_err_format(&kr_exc_OverflowError, "Python int too large to convert to C int");
    if (v < 0 || v > 0x10ffff)
        return kr_err_format(&kr_exc_ValueError, "chr() arg not in range(0x110000)");
    return kr_str_from_codepoint((uint32_t)v);
}

static KrObject *b_ord(KrObject *m, KrObject *x)
{
    Kr_ssize_t size;
    if (KR_STR_CHECK(x)) {
        size = KR_STR_LEN(x);
        if (size == 1)
            return kr_int_from_i64(KR_STR_CHAR(x, 0));
    } else if (KR_BYTES_CHECK(x)) {
        size = KR_SIZE(x);
        if (size == 1)
            return kr_int_from_i64((unsigned char)KR_BYTES_DATA(x)[0]);
    } else if (KR_BYTEARRAY_CHECK(x)) {
        size = KR_SIZE(x);
        if (size == 1)
            return kr_int_from_i64((unsigned char)((KrByteArray *)x)->data[0]);
    } else {
        return kr_err_format(&kr_exc_TypeError,
                             "ord() expected string of length 1, but %T found", x);
    }
    return kr_err_format(&kr_exc_TypeError,
                         "ord() expected a character, but string of length %zd found", size);
}

static KrObject *b_all_any(KrObject *x, int want)
{
    KrObject *it = kr_object_get_iter(x);
    if (it == NULL)
        return NULL;
    KrObject *item;
    while ((item = kr_iter_next(it)) != NULL) {
        int t = kr_object_is_true(item);
        kr_decref(item);
        if (t < 0) {
            kr_decref(it);
            return NULL;
        }
        if (t == want) {
            kr_decref(it);
            return kr_bool_from(want);
        }
    }
    kr_decref(it);
    if (kr_err_occurred())
        return NULL;
    return kr_bool_from(!want);
}

static KrObject *b_all(KrObject *m, KrObject *x) { return b_all_any(x, 0); }
static KrObject *b_any(KrObject *m, KrObject *x) { return b_all_any(x, 1); }

/* ---------------------------------------------------------------------- */
/* Attributes                                                             */
/* ---------------------------------------------------------------------- */

static int check_name(KrObject *name)
{
    if (KR_STR_CHECK(name))
        return 0;
    kr_err_format(&kr_exc_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
}

static KrObject *b_getattr(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("getattr", nargs, 2, 3) < 0 || check_name(args[1]) < 0)
        return NULL;
    if (nargs == 2)
        return kr_object_getattr(args[0], args[1]);
    KrObject *r;
    int found = kr_object_lookup_attr(args[0], args[1], &r);
    if (found < 0)
        return NULL;
    return found ? r : kr_newref(args[2]);
}

static KrObject *b_setattr(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("setattr", nargs, 3, 3) < 0 || check_name(args[1]) < 0)
        return NULL;
    if (kr_object_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *b_delattr(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("delattr", nargs, 2, 2) < 0 || check_name(args[1]) < 0)
        return NULL;
    if (kr_object_delattr(args[0], args[1]) < 0)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *b_hasattr(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("hasattr", nargs, 2, 2) < 0 || check_name(args[1]) < 0)
        return NULL;
    KrObject *r;
    int found = kr_object_lookup_attr(args[0], args[1], &r);
    if (found < 0)
        return NULL;
    kr_xdecref(r);
    return kr_bool_from(found);
}

static KrObject *b_isinstance(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("isinstance", nargs, 2, 2) < 0)
        return NULL;
    int r = kr_object_isinstance(args[0], args[1]);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *b_issubclass(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("issubclass", nargs, 2, 2) < 0)
        return NULL;
    int r = kr_object_issubclass(args[0], args[1]);
    return r < 0 ? NULL : kr_bool_from(r);
}

/* ---------------------------------------------------------------------- */
/* Numbers                                                                */
/* ---------------------------------------------------------------------- */

static KrObject *b_divmod(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("divmod", nargs, 2, 2) < 0)
        return NULL;
    return kr_number_divmod(args[0], args[1]);
}

static KrObject *b_pow(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "base", "exp", "mod", NULL };
    KrObject *a[3];
    if (kr_parse_args("pow", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    return kr_number_power(a[0], a[1], a[2] ? a[2] : kr_None);
}

static KrObject *b_round(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    static const char *const names[] = { "number", "ndigits", NULL };
    KrObject *a[2];
    if (kr_parse_args("round", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    int found;
    KrObject *r;
    if (a[1] == NULL || a[1] == kr_None)
        r = kr_call_special(a[0], KR_ID(__round__), NULL, 0, &found);
    else
        r = kr_call_special(a[0], KR_ID(__round__), &a[1], 1, &found);
    if (!found && r == NULL && !kr_err_occurred())
        return kr_err_format(&kr_exc_TypeError, "type %s doesn't define __round__ method",
                             kr_type_name(KR_TYPE(a[0])));
    return r;
}

/* CPython's sum(): an int fast path (C long accumulator), then a float
 * fast path, then generic addition, entered in that order. */
static KrObject *b_sum(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "iterable", "start", NULL };
    KrObject *a[2];
    if (kr_parse_args("sum", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    KrObject *result = a[1];
    if (result != NULL) {
        if (KR_STR_CHECK(result))
            return kr_err_format(&kr_exc_TypeError,
                                 "sum() can't sum strings [use ''.join(seq) instead]");
        if (KR_BYTES_CHECK(result))
            return kr_err_format(&kr_exc_TypeError,
                                 "sum() can't sum bytes [use b''.join(seq) instead]");
        if (KR_BYTEARRAY_CHECK(result))
            return kr_err_format(&kr_exc_TypeError,
                                 "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    KrObject *it = kr_object_get_iter(a[0]);
    if (it == NULL)
        return NULL;
    result = result ? kr_newref(result) : kr_int_small(0);
    KrObject *item;

    if (KR_INT_CHECK_EXACT(result) && kr_int_is_small(result)) {
        int64_t acc = kr_int_small_value(result);
        kr_decref(result);
        result = NULL;
        while (result == NULL) {
            item = kr_iter_next(it);
            if (item == NULL) {
                kr_decref(it);
                return kr_err_occurred() ? NULL : kr_int_from_i64(acc);
            }
            if ((KR_INT_CHECK_EXACT(item) || KR_BOOL_CHECK(item)) && kr_int_is_small(item)) {
                int64_t b = kr_int_small_value(item);
                int64_t s;
                if (!__builtin_add_overflow(acc, b, &s)) {
                    acc = s;
                    kr_decref(item);
                    continue;
                }
            }
            KrObject *r0 = kr_int_from_i64(acc);
            if (r0 == NULL) {
                kr_decref(item);
                kr_decref(it);
                return NULL;
            }
            result = kr_number_binop(r0, item, KR_NB_ADD);
            kr_decref(r0);
            kr_decref(item);
            if (result == NULL) {
                kr_decref(it);
                return NULL;
            }
        }
    }
    if (KR_FLOAT_CHECK_EXACT(result)) {
        double acc = KR_FLOAT_VALUE(result);
        kr_decref(result);
        result = NULL;
        while (result == NULL) {
            item = kr_iter_next(it);
            if (item == NULL) {
                kr_decref(it);
                return kr_err_occurred() ? NULL : kr_float_from_double(acc);
            }
            if (KR_FLOAT_CHECK_EXACT(item)) {
                acc += KR_FLOAT_VALUE(item);
                kr_decref(item);
                continue;
            }
            if (KR_INT_CHECK(item) && kr_int_is_small(item)) {
                acc += (double)kr_int_small_value(item);
                kr_decref(item);
                continue;
            }
            KrObject *r0 = kr_float_from_double(acc);
            if (r0 == NULL) {
                kr_decref(item);
                kr_decref(it);
                return NULL;
            }
            result = kr_number_binop(r0, item, KR_NB_ADD);
            kr_decref(r0);
            kr_decref(item);
            if (result == NULL) {
                kr_decref(it);
                return NULL;
            }
        }
    }
    while ((item = kr_iter_next(it)) != NULL) {
        KrObject *r = kr_number_binop(result, item, KR_NB_ADD);
        kr_decref(item);
        kr_decref(result);
        result = r;
        if (result == NULL)
            break;
    }
    kr_decref(it);
    if (kr_err_occurred()) {
        kr_xdecref(result);
        return NULL;
    }
    return result;
}

/* min() and max(): op is KR_LT for min, KR_GT for max. */
static KrObject *min_max(KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames, int op)
{
    const char *name = op == KR_LT ? "min" : "max";
    if (nargs == 0)
        return kr_err_format(&kr_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    KrObject *key = NULL, *dflt = NULL;
    Kr_ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (Kr_ssize_t i = 0; i < nkw; i++) {
        KrObject *k = KR_TUPLE_GET(kwnames, i);
        if (kr_str_eq_cstr(k, "key"))
            key = args[nargs + i];
        else if (kr_str_eq_cstr(k, "default"))
            dflt = args[nargs + i];
        else
            return kr_err_format(&kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                                 k, name);
    }
    if (key == kr_None)
        key = NULL;
    int positional = nargs > 1;
    if (positional && dflt != NULL)
        return kr_err_format(&kr_exc_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments",
                             name);
    /* Positional arguments are walked in place: max(a, b) allocates nothing. */
    KrObject *it = NULL;
    Kr_ssize_t pos = 0;
    if (!positional) {
        it = kr_object_get_iter(args[0]);
        if (it == NULL)
            return NULL;
    }
    KrObject *best = NULL, *bestval = NULL, *item;
    for (;;) {
        if (it) {
            item = kr_iter_next(it);
            if (item == NULL)
                break;
        } else {
            if (pos == nargs)
                break;
            item = kr_newref(args[pos++]);
        }
        KrObject *val = key ? kr_call1(key, item) : kr_newref(item);
        if (val == NULL) {
            kr_decref(item);
            goto fail;
        }
        if (bestval == NULL) {
            best = item;
            bestval = val;
            continue;
        }
        int c = kr_object_richcompare_bool(val, bestval, op);
        if (c < 0) {
            kr_decref(item);
            kr_decref(val);
            goto fail;
        }
        if (c > 0) {
            KR_SETREF(best, item);
            KR_SETREF(bestval, val);
        } else {
            kr_decref(item);
            kr_decref(val);
        }
    }
    if (kr_err_occurred())
        goto fail;
    kr_xdecref(it);
    if (bestval == NULL) {
        if (dflt)
            return kr_newref(dflt);
        return kr_err_format(&kr_exc_ValueError, "%s() arg is an empty sequence", name);
    }
    kr_decref(bestval);
    return best;
fail:
    kr_xdecref(best);
    kr_xdecref(bestval);
    kr_xdecref(it);
    return NULL;
}

static KrObject *b_min(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    return min_max(args, nargs, kwnames, KR_LT);
}

static KrObject *b_max(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    return min_max(args, nargs, kwnames, KR_GT);
}

static KrObject *b_sorted(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames)
{
    static const char *const names[] = { "$key", "$reverse", NULL };
    KrObject *a[2];
    if (kr_check_nargs("sorted", nargs, 1, 1) < 0)
        return NULL;
    if (kr_parse_args("sort", args + 1, 0, kwnames, names, 0, 0, a) < 0)
        return NULL;
    int reverse = 0;
    if (a[1]) {
        if (KR_FLOAT_CHECK(a[1]))
            return kr_err_format(&kr_exc_TypeError,
                                 "'float' object cannot be interpreted as an integer");
        KrObject *i = kr_number_index(a[1]);
        if (i == NULL)
            return NULL;
        reverse = kr_int_sign(i) != 0;
        kr_decref(i);
    }
    KrObject *l = kr_sequence_list(args[0]);
    if (l == NULL)
        return NULL;
    if (kr_list_sort(l, a[0] == kr_None ? NULL : a[0], reverse) < 0) {
        kr_decref(l);
        return NULL;
    }
    return l;
}

/* ---------------------------------------------------------------------- */
/* Iteration                                                              */
/* ---------------------------------------------------------------------- */

static KrObject *b_iter(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("iter", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return kr_object_get_iter(args[0]);
    if (!kr_callable_check(args[0]))
        return kr_err_format(&kr_exc_TypeError, "iter(v, w): v must be callable");
    return kr_calliter_new(args[0], args[1]);
}

static KrObject *b_next(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("next", nargs, 1, 2) < 0)
        return NULL;
    KrObject *it = args[0];
    if (!kr_iter_check(it))
        return kr_err_format(&kr_exc_TypeError, "'%s' object is not an iterator",
                             kr_type_name(KR_TYPE(it)));
    /* The slot itself, not kr_iter_next: a generator's return value
     * travels in the StopIteration it leaves set. */
    KrObject *r = KR_TYPE(it)->iternext(it);
    if (r != NULL)
        return r;
    if (kr_err_occurred()) {
        if (nargs < 2 || !kr_err_matches_type(&kr_exc_StopIteration))
            return NULL;
        kr_err_clear();
    }
    if (nargs > 1)
        return kr_newref(args[1]);
    kr_err_set(&kr_exc_StopIteration, NULL);
    return NULL;
}

/* ---------------------------------------------------------------------- */
/* format, dir, vars, globals, locals                                     */
/* ---------------------------------------------------------------------- */

static KrObject *b_format(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("format", nargs, 1, 2) < 0)
        return NULL;
    KrObject *spec = NULL;
    if (nargs == 2) {
        if (!KR_STR_CHECK(args[1]))
            return kr_err_format(&kr_exc_TypeError, "format() argument 2 must be str, not %T",
                                 args[1]);
        spec = args[1];
    }
    if (spec == NULL) {
        KrObject *empty = kr_str_from_cstr("");
        if (empty == NULL)
            return NULL;
        KrObject *r = kr_object_format(args[0], empty);
        kr_decref(empty);
        return r;
    }
    return kr_object_format(args[0], spec);
}

static KrObject *current_locals(void)
{
    KrObject *l = kr_eval_get_locals();
    if (l == NULL && !kr_err_occurred())
        return kr_err_format(&kr_exc_SystemError, "frame does not exist");
    return l;
}

static KrObject *b_dir(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("dir", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 1)
        return kr_object_dir(args[0]);
    KrObject *locals = current_locals();
    if (locals == NULL)
        return NULL;
    KrObject *keys;
    if (KR_DICT_CHECK(locals)) {
        keys = kr_dict_keys(locals);
    } else {
        KrObject *k = kr_call_method0(locals, KR_ID(keys));
        keys = k ? kr_sequence_list(k) : NULL;
        kr_xdecref(k);
    }
    kr_decref(locals);
    if (keys == NULL)
        return NULL;
    if (kr_list_sort(keys, NULL, 0) < 0) {
        kr_decref(keys);
        return NULL;
    }
    return keys;
}

static KrObject *b_vars(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("vars", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return current_locals();
    KrObject *d;
    int r = kr_object_lookup_attr(args[0], KR_ID(__dict__), &d);
    if (r < 0)
        return NULL;
    if (r == 0)
        return kr_err_format(&kr_exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static KrObject *b_globals(KrObject *m)
{
    KrObject *g = kr_eval_get_globals();
    if (g == NULL)
        return kr_dict_new();
    return kr_newref(g);
}

static KrObject *b_locals(KrObject *m)
{
    return current_locals();
}

/* ---------------------------------------------------------------------- */
/* print, input, open                                                     */
/* ---------------------------------------------------------------------- */

static int file_write(KrObject *file, KrObject *text)
{
    int r = kr_sys_stdfile_write(file, text);
    if (r != 0)
        return r < 0 ? -1 : 0;
    KrObject *res = kr_call_method1(file, KR_ID(write), text);
    if (res == NULL)
        return -1;
    kr_decref(res);
    return 0;
}

static int file_flush(KrObject *file)
{
    int r = kr_sys_stdfile_flush(file);
    if (r != 0)
        return r < 0 ? -1 : 0;
    KrObject *res = kr_call_method0(file, KR_ID(flush));
    if (res == NULL)
        return -1;
    kr_decref(res);
    return 0;
}

static KrObject *b_print(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    static const char *const names[] = { "$sep", "$end", "$file", "$flush", NULL };
    KrObject *a[4];
    if (kr_parse_args("print", args + nargs, 0, kwnames, names, 0, 0, a) < 0)
        return NULL;
    KrObject *sep = a[0], *end = a[1], *file = a[2], *flush = a[3];
    if (file == NULL || file == kr_None) {
        file = sys_attr("stdout");
        if (file == NULL) {
            if (kr_err_occurred())
                return NULL;
            return kr_err_format(&kr_exc_RuntimeError, "lost sys.stdout");
        }
        if (file == kr_None)
            KR_RETURN_NONE;
    }
    if (sep == kr_None)
        sep = NULL;
    else if (sep && !KR_STR_CHECK(sep))
        return kr_err_format(&kr_exc_TypeError, "sep must be None or a string, not %s",
                             kr_type_name(KR_TYPE(sep)));
    if (end == kr_None)
        end = NULL;
    else if (end && !KR_STR_CHECK(end))
        return kr_err_format(&kr_exc_TypeError, "end must be None or a string, not %s",
                             kr_type_name(KR_TYPE(end)));
    kr_incref(file);
    int ok = 0;
    for (Kr_ssize_t i = 0; i < nargs; i++) {
        if (i > 0) {
            KrObject *s = sep ? sep : kr_str_intern_cstr(" ");
            if (s == NULL || file_write(file, s) < 0)
                goto done;
        }
        KrObject *s = kr_object_str(args[i]);
        if (s == NULL)
            goto done;
        int r = file_write(file, s);
        kr_decref(s);
        if (r < 0)
            goto done;
    }
    {
        KrObject *s = end ? end : kr_str_intern_cstr("\n");
        if (s == NULL || file_write(file, s) < 0)
            goto done;
    }
    if (flush) {
        int t = kr_object_is_true(flush);
        if (t < 0 || (t && file_flush(file) < 0))
            goto done;
    }
    ok = 1;
done:
    kr_decref(file);
    if (!ok)
        return NULL;
    KR_RETURN_NONE;
}

static KrObject *b_input(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("input", nargs, 0, 1) < 0)
        return NULL;
    KrObject *in = sys_attr("stdin"), *out = sys_attr("stdout"), *err = sys_attr("stderr");
    if (in == NULL || in == kr_None)
        return kr_err_format(&kr_exc_RuntimeError, "input(): lost sys.stdin");
    if (out == NULL || out == kr_None)
        return kr_err_format(&kr_exc_RuntimeError, "input(): lost sys.stdout");
    if (err && err != kr_None) {
        if (file_flush(err) < 0)
            kr_err_clear();
    }
    kr_incref(in);
    kr_incref(out);
    KrObject *line = NULL;
    if (nargs == 1) {
        KrObject *p = kr_object_str(args[0]);
        if (p == NULL || file_write(out, p) < 0) {
            kr_xdecref(p);
            goto done;
        }
        kr_decref(p);
    }
    if (file_flush(out) < 0)
        goto done;
    line = kr_call_method0(in, KR_ID(readline));
    if (line == NULL)
        goto done;
    if (!KR_STR_CHECK(line)) {
        kr_err_format(&kr_exc_TypeError, "object.readline() returned non-string");
        KR_CLEAR(line);
        goto done;
    }
    Kr_ssize_t n = KR_STR_LEN(line);
    if (n == 0) {
        KR_CLEAR(line);
        kr_err_set_string(&kr_exc_EOFError, "EOF when reading a line");
        goto done;
    }
    if (KR_STR_CHAR(line, n - 1) == '\n') {
        KrObject *t = kr_str_substr(line, 0, n - 1);
        kr_decref(line);
        line = t;
    }
done:
    kr_decref(in);
    kr_decref(out);
    return line;
}

static KrObject *b_open(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *io = kr_import_cstr("io");
    if (io == NULL)
        return NULL;
    KrObject *f = kr_object_getattr_str(io, "open");
    kr_decref(io);
    if (f == NULL)
        return NULL;
    KrObject *r = kr_call(f, args, nargs, kwnames);
    kr_decref(f);
    return r;
}

/* help() lives in lib/pydoc.py (plain-text rendering only). */
static KrObject *b_help(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *mod = kr_import_cstr("pydoc");
    if (mod == NULL)
        return NULL;
    KrObject *f = kr_object_getattr_str(mod, "help");
    kr_decref(mod);
    if (f == NULL)
        return NULL;
    KrObject *r = kr_call(f, args, nargs, kwnames);
    kr_decref(f);
    return r;
}

/* ---------------------------------------------------------------------- */
/* compile, exec, eval                                                    */
/* ---------------------------------------------------------------------- */

/* Source text for the compile hook: a str as it is, bytes/bytearray as
 * bytes (undecoded, so that the parser honours a BOM or a PEP 263 coding
 * cookie and reports bad UTF-8 as a SyntaxError); NULL (no error) for
 * other objects. */
static KrObject *source_text(KrObject *src)
{
    if (KR_STR_CHECK(src) || KR_BYTES_CHECK(src))
        return kr_newref(src);
    if (KR_BYTEARRAY_CHECK(src))
        return kr_bytes_from(((KrByteArray *)src)->data, KR_SIZE(src));
    return NULL;
}

static KrObject *run_compile(KrObject *text, const char *filename, const char *mode, int flags)
{
    KrHooks *h = &KR_INTERP()->hooks;
    if (h->compile == NULL)
        return kr_err_format(&kr_exc_SystemError, "no compiler available");
    KrObject *fn = kr_str_from_cstr(filename);
    if (fn == NULL)
        return NULL;
    /* exec()/eval() of a string inherit the caller's future flags */
    flags |= kr_frame_caller_flags() & KR_CF_FUTURE_ANNOTATIONS;
    KrObject *code = h->compile(text, fn, mode, flags);
    kr_decref(fn);
    return code;
}

static int is_ast_object(KrObject *o)
{
    KrObject *ast = kr_import_cstr("ast");
    if (ast == NULL) {
        kr_err_clear();
        return 0;
    }
    KrObject *cls = kr_object_getattr_str(ast, "AST");
    kr_decref(ast);
    if (cls == NULL) {
        kr_err_clear();
        return 0;
    }
    int r = kr_object_isinstance(o, cls);
    kr_decref(cls);
    if (r < 0)
        kr_err_clear();
    return r > 0;
}

static KrObject *b_compile(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames)
{
    static const char *const names[] = { "source", "filename", "mode", "flags",
                                         "dont_inherit", "optimize", "$_feature_version",
                                         NULL };
    KrObject *a[7];
    if (kr_parse_args("compile", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    int flags = 0;
    if (a[3]) {
        Kr_ssize_t f = kr_number_as_ssize(a[3], &kr_exc_OverflowError);
        if (f == -1 && kr_err_occurred())
            return NULL;
        flags = (int)f;
    }
    const char *mode = NULL;
    if (!KR_STR_CHECK(a[2]))
        return kr_err_format(&kr_exc_TypeError, "compile() argument 'mode' must be str, not %T",
                             a[2]);
    mode = kr_str_utf8(a[2], NULL);
    if (mode == NULL)
        return NULL;
    if (strcmp(mode, "exec") && strcmp(mode, "eval") && strcmp(mode, "single") &&
        strcmp(mode, "func_type"))
        return kr_err_format(&kr_exc_ValueError,
                             "compile() mode must be 'exec', 'eval' or 'single'");
    KrObject *fname;
    if (KR_STR_CHECK(a[1])) {
        fname = kr_newref(a[1]);
    } else if (KR_BYTES_CHECK(a[1])) {
        fname = kr_str_decode(KR_BYTES_DATA(a[1]), KR_SIZE(a[1]), "utf-8", "surrogateescape");
    } else {
        KrObject *fsp;
        int r = kr_object_lookup_attr(a[1], kr_str_intern_cstr("__fspath__"), &fsp);
        if (r < 0)
            return NULL;
        if (r == 0)
            return kr_err_format(&kr_exc_TypeError,
                                 "expected str, bytes or os.PathLike object, not %T", a[1]);
        fname = kr_call0(fsp);
        kr_decref(fsp);
    }
    if (fname == NULL)
        return NULL;
    KrObject *src = source_text(a[0]);
    if (src == NULL) {
        if (kr_err_occurred() || !is_ast_object(a[0])) {
            kr_decref(fname);
            if (kr_err_occurred())
                return NULL;
            return kr_err_format(&kr_exc_TypeError,
                                 "compile() arg 1 must be a string, bytes or AST object");
        }
        src = kr_newref(a[0]);
    }
    /* dont_inherit false: the caller's __future__ flags apply too */
    int dont_inherit = a[4] ? kr_object_is_true(a[4]) : 0;
    if (dont_inherit < 0) {
        kr_decref(src);
        kr_decref(fname);
        return NULL;
    }
    if (!dont_inherit)
        flags |= kr_frame_caller_flags() & KR_CF_FUTURE_ANNOTATIONS;
    if (a[5] && a[5] != kr_None) {
        Kr_ssize_t opt = kr_number_as_ssize(a[5], &kr_exc_OverflowError);
        if (opt == -1 && kr_err_occurred()) {
            kr_decref(src);
            kr_decref(fname);
            return NULL;
        }
        if (opt >= 1)
            flags |= KR_CF_OPTIMIZE_1;
    }
    KrHooks *h = &KR_INTERP()->hooks;
    KrObject *code;
    if (h->compile == NULL)
        code = kr_err_format(&kr_exc_SystemError, "no compiler available");
    else
        code = h->compile(src, fname, mode, flags);
    kr_decref(src);
    kr_decref(fname);
    return code;
}

static int ensure_builtins(KrObject *globals)
{
    int r = kr_dict_contains(globals, KR_ID(__builtins__));
    if (r != 0)
        return r < 0 ? -1 : 0;
    KrObject *b = kr_eval_get_builtins();
    if (b == NULL)
        b = KR_INTERP()->builtins;
    if (b == NULL)
        return 0;
    return kr_dict_set_item(globals, KR_ID(__builtins__), b);
}

static int is_mapping(KrObject *o)
{
    return KR_DICT_CHECK(o) || (KR_TYPE(o)->as_mapping && KR_TYPE(o)->as_mapping->subscript &&
                                !KR_LIST_CHECK(o) && !KR_TUPLE_CHECK(o));
}

/* Runs `source` (str/bytes/code) in globals/locals.  exec_mode selects
 * exec's messages and mode; eval strips leading blanks as CPython does. */
static KrObject *exec_or_eval(KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames,
                              int exec_mode)
{
    KrObject *a[4];
    if (exec_mode) {
        static const char *const names[] = { "source", "globals", "locals", "$closure", NULL };
        if (kr_parse_args("exec", args, nargs, kwnames, names, 1, 1, a) < 0)
            return NULL;
    } else {
        static const char *const names[] = { "source", "globals", "locals", NULL };
        if (kr_check_no_kwargs("eval", kwnames) < 0 ||
            kr_check_nargs("eval", nargs, 1, 3) < 0)
            return NULL;
        if (kr_parse_args("eval", args, nargs, NULL, names, 3, 1, a) < 0)
            return NULL;
    }
    KrObject *source = a[0];
    KrObject *globals = a[1] ? a[1] : kr_None;
    KrObject *locals = a[2] ? a[2] : kr_None;
    KrObject *owned_locals = NULL;
    if (!exec_mode) {
        if (locals != kr_None && !is_mapping(locals))
            return kr_err_format(&kr_exc_TypeError, "locals must be a mapping");
        if (globals != kr_None && !KR_DICT_CHECK(globals))
            return kr_err_format(&kr_exc_TypeError, is_mapping(globals)
                                 ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                 : "globals must be a dict");
    }
    if (globals == kr_None) {
        globals = kr_eval_get_globals();
        if (locals == kr_None) {
            owned_locals = kr_eval_get_locals();
            if (owned_locals == NULL && kr_err_occurred())
                return NULL;
            locals = owned_locals;
        }
        if (globals == NULL || locals == NULL) {
            kr_xdecref(owned_locals);
            return kr_err_format(&kr_exc_SystemError, exec_mode
                                 ? "globals and locals cannot be NULL"
                                 : "eval must be given globals and locals when called "
                                   "without a frame");
        }
    } else if (locals == kr_None) {
        locals = globals;
    }
    KrObject *result = NULL;
    if (exec_mode) {
        if (!KR_DICT_CHECK(globals)) {
            kr_err_format(&kr_exc_TypeError, "exec() globals must be a dict, not %s",
                          kr_type_name(KR_TYPE(globals)));
            goto done;
        }
        if (!is_mapping(locals)) {
            kr_err_format(&kr_exc_TypeError, "locals must be a mapping or None, not %s",
                          kr_type_name(KR_TYPE(locals)));
            goto done;
        }
    }
    if (ensure_builtins(globals) < 0)
        goto done;
    if (KR_CODE_CHECK(source)) {
        result = kr_eval_code(source, globals, locals);
    } else {
        KrObject *text = source_text(source);
        if (text == NULL) {
            if (!kr_err_occurred())
                kr_err_format(&kr_exc_TypeError, "%s() arg 1 must be a string, bytes or code object",
                              exec_mode ? "exec" : "eval");
            goto done;
        }
        if (!exec_mode && KR_BYTES_CHECK(text)) {
            /* eval() strips leading blanks of bytes sources too */
            const char *d = KR_BYTES_DATA(text);
            Kr_ssize_t n = KR_SIZE(text), i = 0;
            while (i < n && (d[i] == ' ' || d[i] == '\t'))
                i++;
            if (i > 0) {
                KrObject *t = kr_bytes_from(d + i, n - i);
                kr_decref(text);
                text = t;
                if (text == NULL)
                    goto done;
            }
        } else if (!exec_mode) {
            Kr_ssize_t n = KR_STR_LEN(text), i = 0;
            while (i < n && (KR_STR_CHAR(text, i) == ' ' || KR_STR_CHAR(text, i) == '\t'))
                i++;
            if (i > 0) {
                KrObject *t = kr_str_substr(text, i, n);
                kr_decref(text);
                text = t;
                if (text == NULL)
                    goto done;
            }
        }
        KrObject *code = run_compile(text, "<string>", exec_mode ? "exec" : "eval", 0);
        kr_decref(text);
        if (code == NULL)
            goto done;
        result = kr_eval_code(code, globals, locals);
        kr_decref(code);
    }
    if (result && exec_mode) {
        kr_decref(result);
        result = kr_newref(kr_None);
    }
done:
    kr_xdecref(owned_locals);
    return result;
}

static KrObject *b_exec(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    return exec_or_eval(args, nargs, kwnames, 1);
}

static KrObject *b_eval(KrObject *m, KrObject *const *args, Kr_ssize_t nargs, KrObject *kwnames)
{
    return exec_or_eval(args, nargs, kwnames, 0);
}

/* ---------------------------------------------------------------------- */
/* __import__ and __build_class__                                         */
/* ---------------------------------------------------------------------- */

static KrObject *b_import(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                          KrObject *kwnames)
{
    static const char *const names[] = { "name", "globals", "locals", "fromlist", "level",
                                         NULL };
    KrObject *a[5];
    if (kr_parse_args("__import__", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    if (!KR_STR_CHECK(a[0]))
        return kr_err_format(&kr_exc_TypeError, "__import__() argument 1 must be str, not %T",
                             a[0]);
    int level = 0;
    if (a[4]) {
        Kr_ssize_t l = kr_number_as_ssize(a[4], &kr_exc_OverflowError);
        if (l == -1 && kr_err_occurred())
            return NULL;
        if (l < 0)
            return kr_err_format(&kr_exc_ValueError, "level must be >= 0");
        level = (int)l;
    }
    KrHooks *h = &KR_INTERP()->hooks;
    if (h->import == NULL)
        return kr_err_format(&kr_exc_ImportError, "__import__ not found");
    KrObject *globals = a[1] && a[1] != kr_None ? a[1] : NULL;
    KrObject *fromlist = a[3] && a[3] != kr_None ? a[3] : NULL;
    return h->import(a[0], globals, fromlist, level);
}

/* Replaces bases that define __mro_entries__ (PEP 560).  Returns `bases`
 * itself (new reference) when nothing changed. */
static KrObject *update_bases(KrObject *bases)
{
    KrObject *list = NULL;
    Kr_ssize_t n = KR_SIZE(bases);
    for (Kr_ssize_t i = 0; i < n; i++) {
        KrObject *base = KR_TUPLE_GET(bases, i);
        KrObject *meth = NULL;
        if (!KR_TYPE_CHECK(base)) {
            if (kr_object_lookup_attr(base, KR_ID(__mro_entries__), &meth) < 0)
                goto fail;
        }
        if (meth == NULL) {
            if (list && kr_list_append(list, base) < 0)
                goto fail;
            continue;
        }
        KrObject *entries = kr_call1(meth, bases);
        kr_decref(meth);
        if (entries == NULL)
            goto fail;
        if (!KR_TUPLE_CHECK(entries)) {
            kr_decref(entries);
            kr_err_set_string(&kr_exc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        if (list == NULL) {
            list = kr_list_from_array(KR_TUPLE_ITEMS(bases), i);
            if (list == NULL) {
                kr_decref(entries);
                goto fail;
            }
        }
        int r = kr_list_extend(list, entries);
        kr_decref(entries);
        if (r < 0)
            goto fail;
    }
    if (list == NULL)
        return kr_newref(bases);
    KrObject *t = kr_list_as_tuple(list);
    kr_decref(list);
    return t;
fail:
    kr_xdecref(list);
    return NULL;
}

static KrType *calculate_metaclass(KrType *meta, KrObject *bases)
{
    KrType *winner = meta;
    for (Kr_ssize_t i = 0; i < KR_SIZE(bases); i++) {
        KrType *t = KR_TYPE(KR_TUPLE_GET(bases, i));
        if (kr_type_is_subtype(winner, t))
            continue;
        if (kr_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        kr_err_set_string(&kr_exc_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a "
                          "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

static KrObject *b_build_class(KrObject *m, KrObject *const *args, Kr_ssize_t nargs,
                               KrObject *kwnames)
{
    if (nargs < 2)
        return kr_err_format(&kr_exc_TypeError, "__build_class__: not enough arguments");
    KrObject *func = args[0], *name = args[1];
    if (!KR_FUNCTION_CHECK(func))
        return kr_err_format(&kr_exc_TypeError, "__build_class__: func must be a function");
    if (!KR_STR_CHECK(name))
        return kr_err_format(&kr_exc_TypeError, "__build_class__: name is not a string");
    KrObject *orig_bases = kr_tuple_from_array(args + 2, nargs - 2);
    if (orig_bases == NULL)
        return NULL;
    KrObject *bases = NULL, *meta = NULL, *mkw = NULL, *ns = NULL, *cell = NULL, *cls = NULL;
    int isclass = 0;
    bases = update_bases(orig_bases);
    if (bases == NULL)
        goto done;
    if (kwnames && KR_SIZE(kwnames) > 0) {
        mkw = kr_dict_new();
        if (mkw == NULL)
            goto done;
        for (Kr_ssize_t i = 0; i < KR_SIZE(kwnames); i++)
            if (kr_dict_set_item(mkw, KR_TUPLE_GET(kwnames, i), args[nargs + i]) < 0)
                goto done;
        int r = kr_dict_pop(mkw, KR_ID(metaclass), &meta);
        if (r < 0)
            goto done;
        if (r > 0)
            isclass = KR_TYPE_CHECK(meta);
        if (kr_dict_size(mkw) == 0)
            KR_CLEAR(mkw);
    }
    if (meta == NULL) {
        if (KR_SIZE(bases) == 0)
            meta = kr_newref((KrObject *)&kr_type_type);
        else
            meta = kr_newref((KrObject *)KR_TYPE(KR_TUPLE_GET(bases, 0)));
        isclass = 1;
    }
    if (isclass) {
        KrType *winner = calculate_metaclass((KrType *)meta, bases);
        if (winner == NULL)
            goto done;
        KR_SETREF(meta, kr_newref((KrObject *)winner));
    }
    KrObject *prep;
    int r = kr_object_lookup_attr(meta, KR_ID(__prepare__), &prep);
    if (r < 0)
        goto done;
    if (r == 0) {
        ns = kr_dict_new();
    } else {
        KrObject *pargs[2] = { name, bases };
        ns = kr_call_with_dict(prep, pargs, 2, mkw);
        kr_decref(prep);
    }
    if (ns == NULL)
        goto done;
    if (!is_mapping(ns)) {
        kr_err_format(&kr_exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                      isclass ? kr_type_name((KrType *)meta) : "<metaclass>",
                      kr_type_name(KR_TYPE(ns)));
        goto done;
    }
    cell = kr_eval_function_with_locals(func, ns);
    if (cell == NULL)
        goto done;
    if (bases != orig_bases) {
        if (kr_object_setitem(ns, KR_ID(__orig_bases__), orig_bases) < 0)
            goto done;
    }
    KrObject *margs[3] = { name, bases, ns };
    cls = kr_call_with_dict(meta, margs, 3, mkw);
    if (cls != NULL && KR_TYPE_CHECK(cls) && KR_IS_TYPE(cell, &kr_cell_type)) {
        KrObject *cell_cls = ((KrCell *)cell)->ref;
        if (cell_cls != cls) {
            if (cell_cls == NULL)
                kr_err_format(&kr_exc_RuntimeError,
                              "__class__ not set defining %R as %R. Was __classcell__ "
                              "propagated to type.__new__?", name, cls);
            else
                kr_err_format(&kr_exc_TypeError, "__class__ set to %R defining %R as %R",
                              cell_cls, name, cls);
            KR_CLEAR(cls);
        }
    }
done:
    kr_decref(orig_bases);
    kr_xdecref(bases);
    kr_xdecref(meta);
    kr_xdecref(mkw);
    kr_xdecref(ns);
    kr_xdecref(cell);
    return cls;
}

/* exit()/quit() as the site module installs them (minus the repr). */
static KrObject *b_exit(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("exit", nargs, 0, 1) < 0)
        return NULL;
    KrObject *in = sys_attr("stdin");
    if (in && in != kr_None) {
        KrObject *r = kr_call_method0(in, KR_ID(close));
        if (r == NULL)
            kr_err_clear();
        kr_xdecref(r);
    }
    KrObject *e = kr_exc_new(&kr_exc_SystemExit, args, nargs);
    if (e != NULL) {
        kr_err_set_object(e);
        kr_decref(e);
    }
    return NULL;
}

/* async iteration lives with the coroutines in generator.c */
KrObject *kr_coro_anext(KrObject *it, KrObject *dflt);
KrObject *kr_coro_aiter(KrObject *o);

static KrObject *b_aiter(KrObject *m, KrObject *o)
{
    return kr_coro_aiter(o);
}

static KrObject *b_anext(KrObject *m, KrObject *const *args, Kr_ssize_t nargs)
{
    if (kr_check_nargs("anext", nargs, 1, 2) < 0)
        return NULL;
    return kr_coro_anext(args[0], nargs > 1 ? args[1] : NULL);
}

/* CPython 3.11's __doc__ texts of the builtin functions (data). */

static const char doc__build_class[] =
    "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n"
    "\n"
    "Internal helper function used by the class statement.";

static const char doc__import[] =
    "Import a module.\n"
    "\n"
    "Because this function is meant for use by the Python\n"
    "interpreter and not for general use, it is better to use\n"
    "importlib.import_module() to programmatically import a module.\n"
    "\n"
    "The globals argument is only used to determine the context;\n"
    "they are not modified.  The locals argument is unused.  The fromlist\n"
    "should be a list of names to emulate ``from name import ...``, or an\n"
    "empty list to emulate ``import name``.\n"
    "When importing a module from a package, note that __import__('A.B', ...)\n"
    "returns package A when fromlist is empty, but its submodule B when\n"
    "fromlist is not empty.  The level argument is used to determine whether to\n"
    "perform absolute or relative imports: 0 is absolute, while a positive number\n"
    "is the number of parent directories to search relative to the current module.";

static const char doc_abs[] =
    "Return the absolute value of the argument.";

static const char doc_aiter[] =
    "Return an AsyncIterator for an AsyncIterable object.";

static const char doc_all[] =
    "Return True if bool(x) is True for all values x in the iterable.\n"
    "\n"
    "If the iterable is empty, return True.";

static const char doc_anext[] =
    "async anext(aiterator[, default])\n"
    "\n"
    "Return the next item from the async iterator.  If default is given and the async\n"
    "iterator is exhausted, it is returned instead of raising StopAsyncIteration.";

static const char doc_any[] =
    "Return True if bool(x) is True for any x in the iterable.\n"
    "\n"
    "If the iterable is empty, return False.";

static const char doc_ascii[] =
    "Return an ASCII-only representation of an object.\n"
    "\n"
    "As repr(), return a string containing a printable representation of an\n"
    "object, but escape the non-ASCII characters in the string returned by\n"
    "repr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\n"
    "to that returned by repr() in Python 2.";

static const char doc_bin[] =
    "Return the binary representation of an integer.\n"
    "\n"
    "   >>> bin(2796202)\n"
    "   '0b1010101010101010101010'";

static const char doc_callable[] =
    "Return whether the object is callable (i.e., some kind of function).\n"
    "\n"
    "Note that classes are callable, as are instances of classes with a\n"
    "__call__() method.";

static const char doc_chr[] =
    "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.";

static const char doc_compile[] =
    "Compile source into a code object that can be executed by exec() or eval().\n"
    "\n"
    "The source code may represent a Python module, statement or expression.\n"
    "The filename will be used for run-time error messages.\n"
    "The mode must be 'exec' to compile a module, 'single' to compile a\n"
    "single (interactive) statement, or 'eval' to compile an expression.\n"
    "The flags argument, if present, controls which future statements influence\n"
    "the compilation of the code.\n"
    "The dont_inherit argument, if true, stops the compilation inheriting\n"
    "the effects of any future statements in effect in the code calling\n"
    "compile; if absent or false these statements do influence the compilation,\n"
    "in addition to any features explicitly specified.";

static const char doc_delattr[] =
    "Deletes the named attribute from the given object.\n"
    "\n"
    "delattr(x, 'y') is equivalent to ``del x.y``";

static const char doc_dir[] =
    "dir([object]) -> list of strings\n"
    "\n"
    "If called without an argument, return the names in the current scope.\n"
    "Else, return an alphabetized list of names comprising (some of) the attributes\n"
    "of the given object, and of attributes reachable from it.\n"
    "If the object supplies a method named __dir__, it will be used; otherwise\n"
    "the default dir() logic is used and returns:\n"
    "  for a module object: the module's attributes.\n"
    "  for a class object:  its attributes, and recursively the attributes\n"
    "    of its bases.\n"
    "  for any other object: its attributes, its class's attributes, and\n"
    "    recursively the attributes of its class's base classes.";

static const char doc_divmod[] =
    "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.";

static const char doc_eval[] =
    "Evaluate the given source in the context of globals and locals.\n"
    "\n"
    "The source may be a string representing a Python expression\n"
    "or a code object as returned by compile().\n"
    "The globals must be a dictionary and locals can be any mapping,\n"
    "defaulting to the current globals and locals.\n"
    "If only globals is given, locals defaults to it.";

static const char doc_exec[] =
    "Execute the given source in the context of globals and locals.\n"
    "\n"
    "The source may be a string representing one or more Python statements\n"
    "or a code object as returned by compile().\n"
    "The globals must be a dictionary and locals can be any mapping,\n"
    "defaulting to the current globals and locals.\n"
    "If only globals is given, locals defaults to it.\n"
    "The closure must be a tuple of cellvars, and can only be used\n"
    "when source is a code object requiring exactly that many cellvars.";

static const char doc_format[] =
    "Return value.__format__(format_spec)\n"
    "\n"
    "format_spec defaults to the empty string.\n"
    "See the Format Specification Mini-Language section of help('FORMATTING') for\n"
    "details.";

static const char doc_getattr[] =
    "getattr(object, name[, default]) -> value\n"
    "\n"
    "Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\n"
    "When a default argument is given, it is returned when the attribute doesn't\n"
    "exist; without it, an exception is raised in that case.";

static const char doc_globals[] =
    "Return the dictionary containing the current scope's global variables.\n"
    "\n"
    "NOTE: Updates to this dictionary *will* affect name lookups in the current\n"
    "global scope and vice-versa.";

static const char doc_hasattr[] =
    "Return whether the object has an attribute with the given name.\n"
    "\n"
    "This is done by calling getattr(obj, name) and catching AttributeError.";

static const char doc_hash[] =
    "Return the hash value for the given object.\n"
    "\n"
    "Two objects that compare equal must also have the same hash value, but the\n"
    "reverse is not necessarily true.";

static const char doc_hex[] =
    "Return the hexadecimal representation of an integer.\n"
    "\n"
    "   >>> hex(12648430)\n"
    "   '0xc0ffee'";

static const char doc_id[] =
    "Return the identity of an object.\n"
    "\n"
    "This is guaranteed to be unique among simultaneously existing objects.\n"
    "(CPython uses the object's memory address.)";

static const char doc_input[] =
    "Read a string from standard input.  The trailing newline is stripped.\n"
    "\n"
    "The prompt string, if given, is printed to standard output without a\n"
    "trailing newline before reading input.\n"
    "\n"
    "If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\n"
    "On *nix systems, readline is used if available.";

static const char doc_isinstance[] =
    "Return whether an object is an instance of a class or of a subclass thereof.\n"
    "\n"
    "A tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\n"
    "check against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\n"
    "or ...`` etc.";

static const char doc_issubclass[] =
    "Return whether 'cls' is derived from another class or is the same class.\n"
    "\n"
    "A tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\n"
    "check against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\n"
    "or ...``.";

static const char doc_iter[] =
    "iter(iterable) -> iterator\n"
    "iter(callable, sentinel) -> iterator\n"
    "\n"
    "Get an iterator from an object.  In the first form, the argument must\n"
    "supply its own iterator, or be a sequence.\n"
    "In the second form, the callable is called until it returns the sentinel.";

static const char doc_len[] =
    "Return the number of items in a container.";

static const char doc_locals[] =
    "Return a dictionary containing the current scope's local variables.\n"
    "\n"
    "NOTE: Whether or not updates to this dictionary will affect name lookups in\n"
    "the local scope and vice-versa is *implementation dependent* and not\n"
    "covered by any backwards compatibility guarantees.";

static const char doc_max[] =
    "max(iterable, *[, default=obj, key=func]) -> value\n"
    "max(arg1, arg2, *args, *[, key=func]) -> value\n"
    "\n"
    "With a single iterable argument, return its biggest item. The\n"
    "default keyword-only argument specifies an object to return if\n"
    "the provided iterable is empty.\n"
    "With two or more arguments, return the largest argument.";

static const char doc_min[] =
    "min(iterable, *[, default=obj, key=func]) -> value\n"
    "min(arg1, arg2, *args, *[, key=func]) -> value\n"
    "\n"
    "With a single iterable argument, return its smallest item. The\n"
    "default keyword-only argument specifies an object to return if\n"
    "the provided iterable is empty.\n"
    "With two or more arguments, return the smallest argument.";

static const char doc_next[] =
    "next(iterator[, default])\n"
    "\n"
    "Return the next item from the iterator. If default is given and the iterator\n"
    "is exhausted, it is returned instead of raising StopIteration.";

static const char doc_oct[] =
    "Return the octal representation of an integer.\n"
    "\n"
    "   >>> oct(342391)\n"
    "   '0o1234567'";

static const char doc_ord[] =
    "Return the Unicode code point for a one-character string.";

static const char doc_pow[] =
    "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n"
    "\n"
    "Some types, such as ints, are able to use a more efficient algorithm when\n"
    "invoked using the three argument form.";

static const char doc_print[] =
    "Prints the values to a stream, or to sys.stdout by default.\n"
    "\n"
    "  sep\n"
    "    string inserted between values, default a space.\n"
    "  end\n"
    "    string appended after the last value, default a newline.\n"
    "  file\n"
    "    a file-like object (stream); defaults to the current sys.stdout.\n"
    "  flush\n"
    "    whether to forcibly flush the stream.";

static const char doc_repr[] =
    "Return the canonical string representation of the object.\n"
    "\n"
    "For many object types, including most builtins, eval(repr(obj)) == obj.";

static const char doc_round[] =
    "Round a number to a given precision in decimal digits.\n"
    "\n"
    "The return value is an integer if ndigits is omitted or None.  Otherwise\n"
    "the return value has the same type as the number.  ndigits may be negative.";

static const char doc_setattr[] =
    "Sets the named attribute on the given object to the specified value.\n"
    "\n"
    "setattr(x, 'y', v) is equivalent to ``x.y = v``";

static const char doc_sorted[] =
    "Return a new list containing all items from the iterable in ascending order.\n"
    "\n"
    "A custom key function can be supplied to customize the sort order, and the\n"
    "reverse flag can be set to request the result in descending order.";

static const char doc_sum[] =
    "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n"
    "\n"
    "When the iterable is empty, return the start value.\n"
    "This function is intended specifically for use with numeric values and may\n"
    "reject non-numeric types.";

static const char doc_vars[] =
    "vars([object]) -> dictionary\n"
    "\n"
    "Without arguments, equivalent to locals().\n"
    "With an argument, equivalent to object.__dict__.";

extern const char kr_io_open_doc[];     /* modules/io.c */

static const KrMethodDef builtin_functions[] = {
    { "__build_class__", { .fastkw = b_build_class }, KR_METH_FASTKW, doc__build_class },
    { "__import__", { .fastkw = b_import }, KR_METH_FASTKW, doc__import },
    { "abs", { .o = b_abs }, KR_METH_O, doc_abs },
    { "aiter", { .o = b_aiter }, KR_METH_O, doc_aiter },
    { "all", { .o = b_all }, KR_METH_O, doc_all },
    { "anext", { .fast = b_anext }, KR_METH_FAST, doc_anext },
    { "any", { .o = b_any }, KR_METH_O, doc_any },
    { "ascii", { .o = b_ascii }, KR_METH_O, doc_ascii },
    { "bin", { .o = b_bin }, KR_METH_O, doc_bin },
    { "callable", { .o = b_callable }, KR_METH_O, doc_callable },
    { "chr", { .o = b_chr }, KR_METH_O, doc_chr },
    { "compile", { .fastkw = b_compile }, KR_METH_FASTKW, doc_compile },
    { "delattr", { .fast = b_delattr }, KR_METH_FAST, doc_delattr },
    { "dir", { .fast = b_dir }, KR_METH_FAST, doc_dir },
    { "divmod", { .fast = b_divmod }, KR_METH_FAST, doc_divmod },
    { "eval", { .fastkw = b_eval }, KR_METH_FASTKW, doc_eval },
    { "exec", { .fastkw = b_exec }, KR_METH_FASTKW, doc_exec },
    { "format", { .fast = b_format }, KR_METH_FAST, doc_format },
    { "getattr", { .fast = b_getattr }, KR_METH_FAST, doc_getattr },
    { "globals", { .noargs = b_globals }, KR_METH_NOARGS, doc_globals },
    { "hasattr", { .fast = b_hasattr }, KR_METH_FAST, doc_hasattr },
    { "hash", { .o = b_hash }, KR_METH_O, doc_hash },
    { "hex", { .o = b_hex }, KR_METH_O, doc_hex },
    { "id", { .o = b_id }, KR_METH_O, doc_id },
    { "input", { .fast = b_input }, KR_METH_FAST, doc_input },
    { "isinstance", { .fast = b_isinstance }, KR_METH_FAST, doc_isinstance },
    { "issubclass", { .fast = b_issubclass }, KR_METH_FAST, doc_issubclass },
    { "iter", { .fast = b_iter }, KR_METH_FAST, doc_iter },
    { "len", { .o = b_len }, KR_METH_O, doc_len },
    { "locals", { .noargs = b_locals }, KR_METH_NOARGS, doc_locals },
    { "max", { .fastkw = b_max }, KR_METH_FASTKW, doc_max },
    { "min", { .fastkw = b_min }, KR_METH_FASTKW, doc_min },
    { "next", { .fast = b_next }, KR_METH_FAST, doc_next },
    { "oct", { .o = b_oct }, KR_METH_O, doc_oct },
    { "open", { .fastkw = b_open }, KR_METH_FASTKW, kr_io_open_doc },
    KR_METHOD_FASTKW("help", b_help),
    { "ord", { .o = b_ord }, KR_METH_O, doc_ord },
    { "pow", { .fastkw = b_pow }, KR_METH_FASTKW, doc_pow },
    { "print", { .fastkw = b_print }, KR_METH_FASTKW, doc_print },
    { "repr", { .o = b_repr }, KR_METH_O, doc_repr },
    { "round", { .fastkw = b_round }, KR_METH_FASTKW, doc_round },
    { "setattr", { .fast = b_setattr }, KR_METH_FAST, doc_setattr },
    { "sorted", { .fastkw = b_sorted }, KR_METH_FASTKW, doc_sorted },
    { "sum", { .fastkw = b_sum }, KR_METH_FASTKW, doc_sum },
    { "vars", { .fast = b_vars }, KR_METH_FAST, doc_vars },
    KR_METHOD_FAST("exit", b_exit),
    KR_METHOD_FAST("quit", b_exit),
    KR_METHOD_END,
};

KrObject *kr_builtins_init(void)
{
    KrObject *m = kr_module_new("builtins");
    if (m == NULL)
        return NULL;
    if (kr_module_add_functions(m, builtin_functions) < 0)
        goto fail;
    struct { const char *name; KrType *type; } types[] = {
        { "bool", &kr_bool_type }, { "bytearray", &kr_bytearray_type },
        { "bytes", &kr_bytes_type }, { "classmethod", &kr_classmethod_type },
        { "dict", &kr_dict_type }, { "enumerate", &kr_enumerate_type },
        { "filter", &kr_filter_type }, { "float", &kr_float_type },
        { "frozenset", &kr_frozenset_type }, { "int", &kr_int_type },
        { "list", &kr_list_type }, { "map", &kr_map_type }, { "object", &kr_object_type },
        { "property", &kr_property_type }, { "range", &kr_range_type },
        { "reversed", &kr_reversed_type }, { "set", &kr_set_type },
        { "slice", &kr_slice_type }, { "staticmethod", &kr_staticmethod_type },
        { "str", &kr_str_type }, { "super", &kr_super_type }, { "tuple", &kr_tuple_type },
        { "type", &kr_type_type }, { "zip", &kr_zip_type },
        { "complex", &kr_complex_type }, { "memoryview", &kr_memoryview_type },
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (types[i].type == NULL)
            continue;
        if (kr_module_add_object(m, types[i].name, (KrObject *)types[i].type) < 0)
            goto fail;
    }
#define X(N, B)                                                               \
    if (kr_module_add_object(m, #N, (KrObject *)&kr_exc_##N) < 0)             \
        goto fail;
    KR_EXCEPTIONS(X)
#undef X
    if (kr_module_add_object(m, "EnvironmentError", (KrObject *)&kr_exc_OSError) < 0 ||
        kr_module_add_object(m, "IOError", (KrObject *)&kr_exc_OSError) < 0 ||
        kr_module_add_object(m, "None", kr_None) < 0 ||
        kr_module_add_object(m, "Ellipsis", kr_Ellipsis) < 0 ||
        kr_module_add_object(m, "NotImplemented", kr_NotImplemented) < 0 ||
        kr_module_add_object(m, "True", kr_True) < 0 ||
        kr_module_add_object(m, "False", kr_False) < 0 ||
        kr_module_add_object(m, "__debug__", kr_True) < 0)
        goto fail;
    return m;
fail:
    kr_decref(m);
    return NULL;
}
