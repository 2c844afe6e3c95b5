/*
 * structseq.c -- struct sequences: tuples whose items also have names.
 *
 * sys.version_info, sys.flags, sys.float_info and time.struct_time are
 * tuples (comparable, indexable, unpackable) whose items are also reachable
 * as attributes, and whose repr names them:
 *     sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)
 *
 * A struct-sequence type is a tuple subclass built at run time from a
 * KrStructSeqDesc and never freed.  An instance is laid out exactly as a
 * tuple with room for every field; its visible size is n_in_sequence and the
 * remaining fields (struct_time's tm_zone, tm_gmtoff) are stored after the
 * visible items, so tuple operations never see them.  Because the tuple's
 * own dealloc only knows the visible size, these types have their own
 * dealloc that releases all fields.  Field access goes through one getset
 * per field whose closure is the item index.
 */
#include "krait.h"

typedef struct SeqType {
    KrType type;
    const KrStructSeqDesc *desc;
    Kr_ssize_t nfields;
    KrGetSetDef *getset;
} SeqType;

static Kr_ssize_t nfields_of(KrType *t)
{
    while (t && t->base != &kr_tuple_type)
        t = t->base;
    return t ? ((SeqType *)t)->nfields : 0;
}

static void seq_dealloc(KrObject *o)
{
    if (kr_gc_is_tracked(o))
        kr_gc_untrack(o);
    Kr_ssize_t n = nfields_of(KR_TYPE(o));
    for (Kr_ssize_t i = 0; i < n; i++)
        KR_CLEAR(KR_TUPLE_ITEMS(o)[i]);
    kr_object_free(o);
}

static KrObject *field_get(KrObject *self, void *closure)
{
    Kr_ssize_t i = (Kr_ssize_t)(intptr_t)closure;
    KrObject *v = KR_TUPLE_ITEMS(self)[i];
    return kr_newref(v ? v : kr_None);
}

static KrObject *seq_repr(KrObject *self)
{
    SeqType *st = (SeqType *)KR_TYPE(self);
    while (st->type.base != &kr_tuple_type)
        st = (SeqType *)st->type.base;
    KrBuf b;
    kr_buf_init(&b);
    kr_buf_puts(&b, st->desc->name);
    kr_buf_putc(&b, '(');
    for (Kr_ssize_t i = 0; i < KR_SIZE(self); i++) {
        if (i > 0)
            kr_buf_puts(&b, ", ");
        kr_buf_puts(&b, st->desc->fields[i]);
        kr_buf_putc(&b, '=');
        if (kr_buf_append_repr(&b, KR_TUPLE_GET(self, i)) < 0) {
            kr_buf_free(&b);
            return NULL;
        }
    }
    kr_buf_putc(&b, ')');
    return kr_buf_finish(&b);
}

/* T(sequence[, dict]): as CPython, the sequence supplies the visible
 * fields and optionally the hidden ones; missing hidden ones are None. */
static KrObject *seq_new(KrType *type, KrObject *const *args, Kr_ssize_t nargs,
                         KrObject *kwnames)
{
    static const char *const names[] = { "sequence", "dict", NULL };
    KrObject *a[2];
    if (kr_parse_args(kr_type_name(type), args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    SeqType *st = (SeqType *)type;
    while (st->type.base != &kr_tuple_type)
        st = (SeqType *)st->type.base;
    KrObject *seq = kr_sequence_tuple(a[0]);
    if (seq == NULL)
        return NULL;
    Kr_ssize_t len = KR_SIZE(seq), min = st->desc->n_in_sequence, max = st->nfields;
    if (len < min) {
        kr_decref(seq);
        return kr_err_format(&kr_exc_TypeError,
                             "%s() takes an at least %zd-sequence (%zd-sequence given)",
                             st->desc->name, min, len);
    }
    if (len > max) {
        kr_decref(seq);
        return kr_err_format(&kr_exc_TypeError,
                             "%s() takes an at most %zd-sequence (%zd-sequence given)",
                             st->desc->name, max, len);
    }
    KrObject *o = kr_object_alloc(type, max);
    if (o == NULL) {
        kr_decref(seq);
        return NULL;
    }
    for (Kr_ssize_t i = 0; i < max; i++)
        KR_TUPLE_ITEMS(o)[i] = kr_newref(i < len ? KR_TUPLE_GET(seq, i) : kr_None);
    KR_SIZE(o) = min;
    kr_decref(seq);
    if (KR_IS_GC(o))
        kr_gc_track(o);
    return o;
}

static KrObject *seq_reduce(KrObject *self)
{
    KrObject *vis = kr_tuple_from_array(KR_TUPLE_ITEMS(self), KR_SIZE(self));
    KrObject *d = kr_dict_new();
    KrObject *r = NULL;
    if (vis && d) {
        SeqType *st = (SeqType *)KR_TYPE(self);
        while (st->type.base != &kr_tuple_type)
            st = (SeqType *)st->type.base;
        for (Kr_ssize_t i = KR_SIZE(self); i < st->nfields; i++)
            if (kr_dict_set_item_str(d, st->desc->fields[i], KR_TUPLE_ITEMS(self)[i]) < 0)
                goto done;
        KrObject *args = kr_tuple_pack(2, vis, d);
        if (args) {
            r = kr_tuple_pack(2, (KrObject *)KR_TYPE(self), args);
            kr_decref(args);
        }
    }
done:
    kr_xdecref(vis);
    kr_xdecref(d);
    return r;
}

static const KrMethodDef seq_methods[] = {
    KR_METHOD_NOARGS("__reduce__", seq_reduce),
    KR_METHOD_END,
};

KrType *kr_structseq_new_type(const KrStructSeqDesc *desc)
{
    Kr_ssize_t n = 0;
    while (desc->fields[n])
        n++;
    SeqType *st = kr_mem_calloc(sizeof(SeqType));
    KrGetSetDef *gs = kr_mem_calloc(sizeof(KrGetSetDef) * (size_t)(n + 1));
    if (st == NULL || gs == NULL) {
        kr_mem_free(st);
        kr_mem_free(gs);
        kr_err_no_memory();
        return NULL;
    }
    for (Kr_ssize_t i = 0; i < n; i++) {
        gs[i].name = desc->fields[i];
        gs[i].get = field_get;
        gs[i].closure = (void *)(intptr_t)i;
    }
    KrType *t = &st->type;
    t->ob.ob.refcnt = KR_IMMORTAL_REFCNT;
    t->ob.ob.type = &kr_type_type;
    t->name = desc->name;
    t->basicsize = kr_tuple_type.basicsize;
    t->itemsize = kr_tuple_type.itemsize;
    t->flags = (kr_tuple_type.flags & KR_TPFLAGS_HAVE_GC) | KR_TPFLAGS_TUPLE_SUBCLASS;
    t->dealloc = seq_dealloc;
    t->repr = seq_repr;
    t->new_ = seq_new;
    t->methods = seq_methods;
    t->getset = gs;
    t->base = &kr_tuple_type;
    st->desc = desc;
    st->nfields = n;
    st->getset = gs;
    if (kr_type_ready(t) < 0)
        return NULL;
    KrObject *nf = kr_int_from_ssize(n), *ns = kr_int_from_ssize(desc->n_in_sequence),
             *nu = kr_int_from_ssize(0);
    int bad = nf == NULL || ns == NULL || nu == NULL ||
              kr_dict_set_item_str(t->dict, "n_fields", nf) < 0 ||
              kr_dict_set_item_str(t->dict, "n_sequence_fields", ns) < 0 ||
              kr_dict_set_item_str(t->dict, "n_unnamed_fields", nu) < 0;
    kr_xdecref(nf);
    kr_xdecref(ns);
    kr_xdecref(nu);
    return bad ? NULL : t;
}

KrObject *kr_structseq_new(KrType *type, KrObject *const *values)
{
    Kr_ssize_t n = nfields_of(type);
    SeqType *st = (SeqType *)type;
    while (st->type.base != &kr_tuple_type)
        st = (SeqType *)st->type.base;
    KrObject *o = kr_object_alloc(type, n);
    if (o == NULL)
        return NULL;
    for (Kr_ssize_t i = 0; i < n; i++)
        KR_TUPLE_ITEMS(o)[i] = kr_newref(values[i] ? values[i] : kr_None);
    KR_SIZE(o) = st->desc->n_in_sequence;
    if (KR_IS_GC(o))
        kr_gc_track(o);
    return o;
}
