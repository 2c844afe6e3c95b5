/*
 * abstract.c -- the protocols built on the type slots: calling, iteration,
 * length, subscription, containment, and the number protocol's operator
 * dispatch (reflected operands, subclass priority, in-place fallbacks and
 * the sequence + and * fallbacks), with CPython's TypeError texts.
 */
#include "krait.h"

/* ---------------------------------------------------------------------- */
/* Calls                                                                  */
/* ---------------------------------------------------------------------- */

KrObject *kr_call(KrObject *callable, KrObject *const *args, Kr_ssize_t nargs,
                  KrObject *kwnames)
{
    kr_vectorcallfunc f = KR_TYPE(callable)->call;
    if (KR_UNLIKELY(f == NULL))
        return kr_err_format(&kr_exc_TypeError, "'%s' object is not callable",
                             kr_type_tpname(KR_TYPE(callable)));
    if (kwnames != NULL && KR_SIZE(kwnames) == 0)
        kwnames = NULL;
    KrObject *r = f(callable, args, nargs, kwnames);
#if KR_DEBUG
    if ((r == NULL) != (kr_err_occurred() != NULL)) {
        if (r == NULL)
            kr_fatal("a call returned NULL without setting an exception");
    }
#endif
    return r;
}

KrObject *kr_call0(KrObject *callable)
{
    return kr_call(callable, NULL, 0, NULL);
}

KrObject *kr_call1(KrObject *callable, KrObject *a)
{
    return kr_call(callable, &a, 1, NULL);
}

KrObject *kr_call2(KrObject *callable, KrObject *a, KrObject *b)
{
    KrObject *args[2] = { a, b };
    return kr_call(callable, args, 2, NULL);
}

/* Splits a kwargs dict into kwnames + values appended to the positional
 * arguments, then calls. */
KrObject *kr_call_with_dict(KrObject *callable, KrObject *const *args,
                            Kr_ssize_t nargs, KrObject *kwargs)
{
    Kr_ssize_t nkw = kwargs ? kr_dict_size(kwargs) : 0;
    if (nkw == 0)
        return kr_call(callable, args, nargs, NULL);
    KrObject *small[16];
    KrObject **stack = small;
    if (nargs + nkw > 16) {
        stack = kr_mem_alloc(sizeof(KrObject *) * (size_t)(nargs + nkw));
        if (stack == NULL)
            return kr_err_no_memory();
    }
    KrObject *kwnames = kr_tuple_new(nkw);
    if (kwnames == NULL) {
        if (stack != small)
            kr_mem_free(stack);
        return NULL;
    }
    for (Kr_ssize_t i = 0; i < nargs; i++)
        stack[i] = args[i];
    Kr_ssize_t pos = 0, i = 0;
    KrObject *k, *v;
    KrObject *res = NULL;
    while (kr_dict_next(kwargs, &pos, &k, &v)) {
        if (!KR_STR_CHECK(k)) {
            kr_err_set_string(&kr_exc_TypeError, "keywords must be strings");
            goto done;
        }
        KR_TUPLE_SET(kwnames, i, kr_newref(k));
        stack[nargs + i] = v;
        i++;
    }
    res = kr_call(callable, stack, nargs, kwnames);
done:
    kr_decref(kwnames);
    if (stack != small)
        kr_mem_free(stack);
    return res;
}

KrObject *kr_call_tuple_dict(KrObject *callable, KrObject *args, KrObject *kwargs)
{
    return kr_call_with_dict(callable, KR_TUPLE_ITEMS(args), KR_SIZE(args), kwargs);
}

/* Calls descr (found on the type) with self prepended, binding through
 * __get__ when it is not a plain method-like descriptor. */
static KrObject *call_unbound(KrObject *descr, KrObject *self, KrObject *const *args,
                              Kr_ssize_t nargs, KrObject *kwnames)
{
    if (KR_TYPE_HAS_FLAG(KR_TYPE(descr), KR_TPFLAGS_METHOD_DESCRIPTOR)) {
        Kr_ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
        Kr_ssize_t total = nargs + nkw + 1;
        KrObject *small[8];
        KrObject **stack = small;
        if (total > 8) {
            stack = kr_mem_alloc(sizeof(KrObject *) * (size_t)total);
            if (stack == NULL)
                return kr_err_no_memory();
        }
        stack[0] = self;
        for (Kr_ssize_t i = 0; i < nargs + nkw; i++)
            stack[i + 1] = args[i];
        KrObject *r = kr_call(descr, stack, nargs + 1, kwnames);
        if (stack != small)
            kr_mem_free(stack);
        return r;
    }
    kr_descrgetfunc f = KR_TYPE(descr)->descr_get;
    if (f == NULL)
        return kr_call(descr, args, nargs, kwnames);
    KrObject *bound = f(descr, self, (KrObject *)KR_TYPE(self));
    if (bound == NULL)
        return NULL;
    KrObject *r = kr_call(bound, args, nargs, kwnames);
    kr_decref(bound);
    return r;
}

KrObject *kr_call_special(KrObject *self, KrObject *name, KrObject *const *args,
                          Kr_ssize_t nargs, int *found)
{
    KrObject *descr = kr_type_lookup(KR_TYPE(self), name);
    if (descr == NULL) {
        *found = 0;
        return NULL;
    }
    *found = 1;
    kr_incref(descr);
    KrObject *r = call_unbound(descr, self, args, nargs, NULL);
    kr_decref(descr);
    return r;
}

KrObject *kr_call_method(KrObject *obj, KrObject *name, KrObject *const *args,
                         Kr_ssize_t nargs, KrObject *kwnames)
{
    KrObject *m;
    int unbound = kr_object_get_method(obj, name, &m);
    if (unbound < 0)
        return NULL;
    KrObject *r;
    if (unbound)
        r = call_unbound(m, obj, args, nargs, kwnames);
    else
        r = kr_call(m, args, nargs, kwnames);
    kr_decref(m);
    return r;
}

KrObject *kr_call_method0(KrObject *obj, KrObject *name)
{
    return kr_call_method(obj, name, NULL, 0, NULL);
}

KrObject *kr_call_method1(KrObject *obj, KrObject *name, KrObject *a)
{
    return kr_call_method(obj, name, &a, 1, NULL);
}

int kr_callable_check(KrObject *o)
{
    return KR_TYPE(o)->call != NULL;
}

/* ---------------------------------------------------------------------- */
/* Iteration                                                              */
/* ---------------------------------------------------------------------- */

KrObject *kr_object_get_iter(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    if (t->iter != NULL) {
        KrObject *it = t->iter(o);
        if (it != NULL && KR_TYPE(it)->iternext == NULL) {
            kr_err_format(&kr_exc_TypeError, "iter() returned non-iterator of type '%s'",
                          kr_type_name(KR_TYPE(it)));
            kr_decref(it);
            return NULL;
        }
        return it;
    }
    /* The old sequence protocol: __getitem__ with 0, 1, 2, ... */
    if (t->as_sequence && t->as_sequence->item) {
        extern KrObject *kr_seqiter_new(KrObject *seq);
        return kr_seqiter_new(o);
    }
    return kr_err_format(&kr_exc_TypeError, "'%s' object is not iterable",
                         kr_type_tpname(t));
}

KrObject *kr_iter_next(KrObject *it)
{
    KrObject *r = KR_TYPE(it)->iternext(it);
    if (r == NULL && kr_err_matches_type(&kr_exc_StopIteration))
        kr_err_clear();
    return r;
}

int kr_iter_check(KrObject *o)
{
    return KR_TYPE(o)->iternext != NULL;
}

/* ---------------------------------------------------------------------- */
/* Length, items, containment                                             */
/* ---------------------------------------------------------------------- */

Kr_ssize_t kr_object_length(KrObject *o)
{
    KrType *t = KR_TYPE(o);
    if (t->as_sequence && t->as_sequence->length)
        return t->as_sequence->length(o);
    if (t->as_mapping && t->as_mapping->length)
        return t->as_mapping->length(o);
    kr_err_format(&kr_exc_TypeError, "object of type '%s' has no len()", kr_type_name(t));
    return -1;
}

Kr_ssize_t kr_object_length_hint(KrObject *o, Kr_ssize_t dflt)
{
    KrType *t = KR_TYPE(o);
    if ((t->as_sequence && t->as_sequence->length) || (t->as_mapping && t->as_mapping->length)) {
        Kr_ssize_t n = kr_object_length(o);
        if (n >= 0)
            return n;
        if (!kr_err_matches_type(&kr_exc_TypeError))
            return -1;
        kr_err_clear();
    }
    int found;
    KrObject *r = kr_call_special(o, KR_ID(__length_hint__), NULL, 0, &found);
    if (!found)
        return kr_err_occurred() ? -1 : dflt;
    if (r == NULL) {
        if (kr_err_matches_type(&kr_exc_TypeError)) {
            kr_err_clear();
            return dflt;
        }
        return -1;
    }
    if (r == kr_NotImplemented) {
        kr_decref(r);
        return dflt;
    }
    if (!KR_INT_CHECK(r)) {
        kr_err_format(&kr_exc_TypeError, "__length_hint__ must be an integer, not %s",
                      kr_type_name(KR_TYPE(r)));
        kr_decref(r);
        return -1;
    }
    Kr_ssize_t n = kr_int_as_ssize(r);
    kr_decref(r);
    if (n < 0 && !kr_err_occurred()) {
        kr_err_set_string(&kr_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

KrObject *kr_object_getitem(KrObject *o, KrObject *key)
{
    KrType *t = KR_TYPE(o);
    if (t->as_mapping && t->as_mapping->subscript)
        return t->as_mapping->subscript(o, key);
    if (t->as_sequence && t->as_sequence->item) {
        if (kr_index_check(key)) {
            Kr_ssize_t i = kr_number_as_ssize(key, &kr_exc_IndexError);
            if (i == -1 && kr_err_occurred())
                return NULL;
            if (i < 0 && t->as_sequence->length) {
                Kr_ssize_t n = t->as_sequence->length(o);
                if (n < 0)
                    return NULL;
                i += n;
            }
            return t->as_sequence->item(o, i);
        }
        return kr_err_format(&kr_exc_TypeError, "sequence index must be integer, not '%s'",
                             kr_type_name(KR_TYPE(key)));
    }
    if (KR_TYPE_CHECK(o)) {
        /* type[int] itself is a generic alias; other classes need their
         * own __class_getitem__ (so str[int] still fails) */
        if (o == (KrObject *)&kr_type_type)
            return kr_generic_alias_new(o, key);
        /* cls[...]: __class_getitem__ (PEP 560) */
        KrObject *meth;
        int r = kr_object_lookup_attr(o, KR_ID(__class_getitem__), &meth);
        if (r < 0)
            return NULL;
        if (r > 0) {
            KrObject *res = kr_call1(meth, key);
            kr_decref(meth);
            return res;
        }
        return kr_err_format(&kr_exc_TypeError, "type '%s' is not subscriptable",
                             kr_type_name((KrType *)o));
    }
    return kr_err_format(&kr_exc_TypeError, "'%s' object is not subscriptable",
                         kr_type_tpname(t));
}

static int setitem(KrObject *o, KrObject *key, KrObject *value)
{
    KrType *t = KR_TYPE(o);
    if (t->as_mapping && t->as_mapping->ass_subscript)
        return t->as_mapping->ass_subscript(o, key, value);
    if (t->as_sequence && t->as_sequence->ass_item) {
        if (kr_index_check(key)) {
            Kr_ssize_t i = kr_number_as_ssize(key, &kr_exc_IndexError);
            if (i == -1 && kr_err_occurred())
                return -1;
            if (i < 0 && t->as_sequence->length) {
                Kr_ssize_t n = t->as_sequence->length(o);
                if (n < 0)
                    return -1;
                i += n;
            }
            return t->as_sequence->ass_item(o, i, value);
        }
        kr_err_format(&kr_exc_TypeError, "sequence index must be integer, not '%s'",
                      kr_type_name(KR_TYPE(key)));
        return -1;
    }
    if (value)
        kr_err_format(&kr_exc_TypeError, "'%s' object does not support item assignment",
                      kr_type_tpname(t));
    else
        kr_err_format(&kr_exc_TypeError, "'%s' object doesn't support item deletion",
                      kr_type_name(t));
    return -1;
}

int kr_object_setitem(KrObject *o, KrObject *key, KrObject *value)
{
    return setitem(o, key, value);
}

int kr_object_delitem(KrObject *o, KrObject *key)
{
    return setitem(o, key, NULL);
}

int kr_sequence_contains(KrObject *container, KrObject *item)
{
    KrType *t = KR_TYPE(container);
    if (t->as_sequence && t->as_sequence->contains)
        return t->as_sequence->contains(container, item);
    /* Fall back to iteration. */
    KrObject *it = kr_object_get_iter(container);
    if (it == NULL) {
        if (kr_err_matches_type(&kr_exc_TypeError)) {
            kr_err_clear();
            kr_err_format(&kr_exc_TypeError, "argument of type '%s' is not iterable",
                          kr_type_name(t));
        }
        return -1;
    }
    KrObject *x;
    int r = 0;
    while ((x = kr_iter_next(it)) != NULL) {
        r = kr_object_richcompare_bool(x, item, KR_EQ);
        kr_decref(x);
        if (r != 0)
            break;
    }
    kr_decref(it);
    if (r == 0 && kr_err_occurred())
        return -1;
    return r;
}

KrObject *kr_sequence_list(KrObject *iterable)
{
    KrObject *l = kr_list_new(0);
    if (l == NULL)
        return NULL;
    if (kr_list_extend(l, iterable) < 0) {
        kr_decref(l);
        return NULL;
    }
    return l;
}

KrObject *kr_sequence_tuple(KrObject *iterable)
{
    if (KR_TUPLE_CHECK_EXACT(iterable))
        return kr_newref(iterable);
    if (KR_LIST_CHECK_EXACT(iterable))
        return kr_list_as_tuple(iterable);
    KrObject *l = kr_sequence_list(iterable);
    if (l == NULL)
        return NULL;
    KrObject *t = kr_list_as_tuple(l);
    kr_decref(l);
    return t;
}

/* ---------------------------------------------------------------------- */
/* Numbers                                                                */
/* ---------------------------------------------------------------------- */

static const char *const binop_symbol[KR_NB_COUNT] = {
#define X(name, sym, field) sym,
    KR_BINOPS(X)
#undef X
#define X(name, sym, field) sym "=",
    KR_BINOPS(X)
#undef X
};

kr_binaryfunc kr_number_slot(const KrNumberMethods *nm, int nb)
{
    if (nm == NULL)
        return NULL;
    switch (nb) {
    case KR_NB_ADD: return nm->add;
    case KR_NB_AND: return nm->and_;
    case KR_NB_FLOOR_DIVIDE: return nm->floor_divide;
    case KR_NB_LSHIFT: return nm->lshift;
    case KR_NB_MATRIX_MULTIPLY: return nm->matrix_multiply;
    case KR_NB_MULTIPLY: return nm->multiply;
    case KR_NB_REMAINDER: return nm->remainder;
    case KR_NB_OR: return nm->or_;
    case KR_NB_RSHIFT: return nm->rshift;
    case KR_NB_SUBTRACT: return nm->subtract;
    case KR_NB_TRUE_DIVIDE: return nm->true_divide;
    case KR_NB_XOR: return nm->xor_;
    case KR_NB_INPLACE_ADD: return nm->inplace_add;
    case KR_NB_INPLACE_AND: return nm->inplace_and_;
    case KR_NB_INPLACE_FLOOR_DIVIDE: return nm->inplace_floor_divide;
    case KR_NB_INPLACE_LSHIFT: return nm->inplace_lshift;
    case KR_NB_INPLACE_MATRIX_MULTIPLY: return nm->inplace_matrix_multiply;
    case KR_NB_INPLACE_MULTIPLY: return nm->inplace_multiply;
    case KR_NB_INPLACE_REMAINDER: return nm->inplace_remainder;
    case KR_NB_INPLACE_OR: return nm->inplace_or_;
    case KR_NB_INPLACE_RSHIFT: return nm->inplace_rshift;
    case KR_NB_INPLACE_SUBTRACT: return nm->inplace_subtract;
    case KR_NB_INPLACE_TRUE_DIVIDE: return nm->inplace_true_divide;
    case KR_NB_INPLACE_XOR: return nm->inplace_xor_;
    default: return NULL;   /* power is ternary: see binary_op1 */
    }
}

/* The binary slot is called with (a, b) by both operands' types: first the
 * right operand's when it is a proper subclass that overrides the slot,
 * then the left's, then the right's. */
static KrObject *binary_op1(KrObject *a, KrObject *b, int nb)
{
    KrType *ta = KR_TYPE(a), *tb = KR_TYPE(b);
    kr_binaryfunc slota, slotb = NULL;
    kr_ternaryfunc pa = NULL, pb = NULL;
    KrObject *x;
    if (nb == KR_NB_POWER) {
        /* power is ternary; call it with None as the modulus */
        pa = ta->as_number ? ta->as_number->power : NULL;
        if (tb != ta && tb->as_number) {
            pb = tb->as_number->power;
            if (pb == pa)
                pb = NULL;
        }
        if (pa) {
            if (pb && kr_type_is_subtype(tb, ta)) {
                x = pb(a, b, kr_None);
                if (x != kr_NotImplemented)
                    return x;
                kr_decref(x);
                pb = NULL;
            }
            x = pa(a, b, kr_None);
            if (x != kr_NotImplemented)
                return x;
            kr_decref(x);
        }
        if (pb)
            return pb(a, b, kr_None);
        KR_RETURN_NOTIMPLEMENTED;
    }
    slota = kr_number_slot(ta->as_number, nb);
    if (tb != ta) {
        slotb = kr_number_slot(tb->as_number, nb);
        if (slotb == slota)
            slotb = NULL;
    }
    if (slota) {
        if (slotb && kr_type_is_subtype(tb, ta)) {
            x = slotb(a, b);
            if (x != kr_NotImplemented)
                return x;
            kr_decref(x);
            slotb = NULL;
        }
        x = slota(a, b);
        if (x != kr_NotImplemented)
            return x;
        kr_decref(x);
    }
    if (slotb)
        return slotb(a, b);
    KR_RETURN_NOTIMPLEMENTED;
}

static KrObject *binop_type_error(KrObject *a, KrObject *b, int nb)
{
    if (nb == KR_NB_POWER || nb == KR_NB_INPLACE_POWER)
        return kr_err_format(&kr_exc_TypeError,
                             "unsupported operand type(s) for %s or pow(): '%s' and '%s'",
                             binop_symbol[nb], kr_type_tpname(KR_TYPE(a)),
                             kr_type_tpname(KR_TYPE(b)));
    if (nb == KR_NB_RSHIFT && KR_TYPE(a)->call != NULL &&
        strcmp(KR_TYPE(a)->name, "builtin_function_or_method") == 0) {
        /* print >> x gets a hint in CPython */
        KrObject *pr = kr_dict_get_item_str(KR_INTERP()->builtins, "print");
        if (pr == a)
            return kr_err_format(&kr_exc_TypeError,
                                 "unsupported operand type(s) for >>: '%s' and '%s'. "
                                 "Did you mean \"print(<message>, file=<output_stream>)\"?",
                                 kr_type_tpname(KR_TYPE(a)), kr_type_tpname(KR_TYPE(b)));
    }
    return kr_err_format(&kr_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                         binop_symbol[nb], kr_type_tpname(KR_TYPE(a)), kr_type_tpname(KR_TYPE(b)));
}

static KrObject *sequence_repeat(kr_ssizeargfunc repeat, KrObject *seq, KrObject *n)
{
    if (!kr_index_check(n))
        return kr_err_format(&kr_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                             kr_type_name(KR_TYPE(n)));
    Kr_ssize_t count = kr_number_as_ssize(n, &kr_exc_OverflowError);
    if (count == -1 && kr_err_occurred())
        return NULL;
    return repeat(seq, count);
}

KrObject *kr_number_binop(KrObject *a, KrObject *b, int nb)
{
    KrObject *x;
    if (nb >= KR_NB_INPLACE) {
        int base = nb - KR_NB_INPLACE;
        KrNumberMethods *nm = KR_TYPE(a)->as_number;
        if (nm) {
            if (nb == KR_NB_INPLACE_POWER) {
                if (nm->inplace_power) {
                    x = nm->inplace_power(a, b, kr_None);
                    if (x != kr_NotImplemented)
                        return x;
                    kr_decref(x);
                }
            } else {
                kr_binaryfunc f = kr_number_slot(nm, nb);
                if (f) {
                    x = f(a, b);
                    if (x != kr_NotImplemented)
                        return x;
                    kr_decref(x);
                }
            }
        }
        x = binary_op1(a, b, base);
        if (x != kr_NotImplemented)
            return x;
        kr_decref(x);
        KrSequenceMethods *sq = KR_TYPE(a)->as_sequence;
        if (base == KR_NB_ADD && sq) {
            if (sq->inplace_concat)
                return sq->inplace_concat(a, b);
            if (sq->concat)
                return sq->concat(a, b);
        }
        if (base == KR_NB_MULTIPLY) {
            if (sq && (sq->inplace_repeat || sq->repeat))
                return sequence_repeat(sq->inplace_repeat ? sq->inplace_repeat : sq->repeat, a, b);
            KrSequenceMethods *sqb = KR_TYPE(b)->as_sequence;
            if (sqb && sqb->repeat)
                return sequence_repeat(sqb->repeat, b, a);
        }
        return binop_type_error(a, b, nb);
    }
    x = binary_op1(a, b, nb);
    if (x != kr_NotImplemented)
        return x;
    kr_decref(x);
    if (nb == KR_NB_ADD) {
        KrSequenceMethods *sq = KR_TYPE(a)->as_sequence;
        if (sq && sq->concat)
            return sq->concat(a, b);
    } else if (nb == KR_NB_MULTIPLY) {
        KrSequenceMethods *sq = KR_TYPE(a)->as_sequence;
        if (sq && sq->repeat)
            return sequence_repeat(sq->repeat, a, b);
        sq = KR_TYPE(b)->as_sequence;
        if (sq && sq->repeat)
            return sequence_repeat(sq->repeat, b, a);
    }
    return binop_type_error(a, b, nb);
}

KrObject *kr_number_power(KrObject *a, KrObject *b, KrObject *mod)
{
    if (mod == NULL || mod == kr_None)
        return kr_number_binop(a, b, KR_NB_POWER);
    /* Three-argument pow: only the first operand's slot is tried, as CPython
     * (after the subclass rule on the first two). */
    KrType *ta = KR_TYPE(a), *tb = KR_TYPE(b), *tc = KR_TYPE(mod);
    kr_ternaryfunc fa = ta->as_number ? ta->as_number->power : NULL;
    kr_ternaryfunc fb = (tb != ta && tb->as_number) ? tb->as_number->power : NULL;
    kr_ternaryfunc fc = (tc != ta && tc != tb && tc->as_number) ? tc->as_number->power : NULL;
    if (fb == fa)
        fb = NULL;
    KrObject *x;
    if (fa) {
        if (fb && kr_type_is_subtype(tb, ta)) {
            x = fb(a, b, mod);
            if (x != kr_NotImplemented)
                return x;
            kr_decref(x);
            fb = NULL;
        }
        x = fa(a, b, mod);
        if (x != kr_NotImplemented)
            return x;
        kr_decref(x);
    }
    if (fb) {
        x = fb(a, b, mod);
        if (x != kr_NotImplemented)
            return x;
        kr_decref(x);
    }
    if (fc && fc != fa && fc != fb) {
        x = fc(a, b, mod);
        if (x != kr_NotImplemented)
            return x;
        kr_decref(x);
    }
    return kr_err_format(&kr_exc_TypeError,
                         "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                         kr_type_tpname(ta), kr_type_tpname(tb), kr_type_tpname(tc));
}

KrObject *kr_number_divmod(KrObject *a, KrObject *b)
{
    KrType *ta = KR_TYPE(a), *tb = KR_TYPE(b);
    kr_binaryfunc fa = ta->as_number ? ta->as_number->divmod : NULL;
    kr_binaryfunc fb = (tb != ta && tb->as_number) ? tb->as_number->divmod : NULL;
    if (fb == fa)
        fb = NULL;
    KrObject *x;
    if (fa) {
        if (fb && kr_type_is_subtype(tb, ta)) {
            x = fb(a, b);
            if (x != kr_NotImplemented)
                return x;
            kr_decref(x);
            fb = NULL;
        }
        x = fa(a, b);
        if (x != kr_NotImplemented)
            return x;
        kr_decref(x);
    }
    if (fb) {
        x = fb(a, b);
        if (x != kr_NotImplemented)
            return x;
        kr_decref(x);
    }
    return kr_err_format(&kr_exc_TypeError,
                         "unsupported operand type(s) for divmod(): '%s' and '%s'",
                         kr_type_tpname(ta), kr_type_tpname(tb));
}

#define UNARY(fname, field, sym)                                                     \
    KrObject *fname(KrObject *o)                                                      \
    {                                                                                \
        KrNumberMethods *nm = KR_TYPE(o)->as_number;                                  \
        if (nm && nm->field)                                                          \
            return nm->field(o);                                                      \
        return kr_err_format(&kr_exc_TypeError, "bad operand type for " sym ": '%s'",  \
                             kr_type_name(KR_TYPE(o)));                               \
    }
UNARY(kr_number_negative, negative, "unary -")
UNARY(kr_number_positive, positive, "unary +")
UNARY(kr_number_invert, invert, "unary ~")
UNARY(kr_number_absolute, absolute, "abs()")
#undef UNARY

int kr_index_check(KrObject *o)
{
    return KR_INT_CHECK(o) || (KR_TYPE(o)->as_number && KR_TYPE(o)->as_number->index);
}

KrObject *kr_number_index(KrObject *o)
{
    if (KR_INT_CHECK_EXACT(o))
        return kr_newref(o);
    if (KR_INT_CHECK(o)) {
        /* bool and int subclasses: an exact int with the same value */
        KrInt *i = (KrInt *)o;
        if (i->big == NULL)
            return kr_int_from_i64(i->small);
        return kr_int_add(o, &kr_small_ints[0 - KR_SMALL_INT_MIN].ob);
    }
    KrNumberMethods *nm = KR_TYPE(o)->as_number;
    if (nm == NULL || nm->index == NULL)
        return kr_err_format(&kr_exc_TypeError,
                             "'%s' object cannot be interpreted as an integer",
                             kr_type_name(KR_TYPE(o)));
    KrObject *r = nm->index(o);
    if (r == NULL || KR_INT_CHECK_EXACT(r))
        return r;
    if (!KR_INT_CHECK(r)) {
        kr_err_format(&kr_exc_TypeError, "__index__ returned non-int (type %s)",
                      kr_type_name(KR_TYPE(r)));
        kr_decref(r);
        return NULL;
    }
    KrObject *exact = kr_number_index(r);
    kr_decref(r);
    return exact;
}

Kr_ssize_t kr_number_as_ssize(KrObject *o, KrType *exc)
{
    if (KR_INT_CHECK_EXACT(o) && kr_int_is_small(o))
        return (Kr_ssize_t)kr_int_small_value(o);
    KrObject *i = kr_number_index(o);
    if (i == NULL)
        return -1;
    int overflow = 0;
    int64_t v = kr_int_as_i64(i, &overflow);
    if (overflow) {
        if (exc == NULL) {
            kr_decref(i);
            return overflow > 0 ? KR_SSIZE_T_MAX : KR_SSIZE_T_MIN;
        }
        kr_err_format(exc, "cannot fit '%s' into an index-sized integer",
                      kr_type_name(KR_TYPE(o)));
        kr_decref(i);
        return -1;
    }
    kr_decref(i);
    return (Kr_ssize_t)v;
}

KrObject *kr_number_long(KrObject *o)
{
    return kr_call1((KrObject *)&kr_int_type, o);
}

KrObject *kr_number_float(KrObject *o)
{
    return kr_call1((KrObject *)&kr_float_type, o);
}

/* ---------------------------------------------------------------------- */
/* format()                                                               */
/* ---------------------------------------------------------------------- */

KrObject *kr_object_format(KrObject *o, KrObject *spec)
{
    if (spec == NULL || (KR_STR_CHECK(spec) && KR_STR_LEN(spec) == 0)) {
        if (KR_STR_CHECK_EXACT(o))
            return kr_newref(o);
        if (KR_INT_CHECK_EXACT(o))
            return kr_object_str(o);
    }
    KrObject *empty = NULL;
    if (spec == NULL)
        spec = empty = kr_str_from_cstr("");
    int found;
    KrObject *r = kr_call_special(o, KR_ID(__format__), &spec, 1, &found);
    kr_xdecref(empty);
    if (!found) {
        if (!kr_err_occurred())
            kr_err_format(&kr_exc_TypeError, "Type %s doesn't define __format__",
                          kr_type_name(KR_TYPE(o)));
        return NULL;
    }
    if (r != NULL && !KR_STR_CHECK(r)) {
        kr_err_format(&kr_exc_TypeError, "__format__ must return a str, not %s",
                      kr_type_name(KR_TYPE(r)));
        kr_decref(r);
        return NULL;
    }
    return r;
}
