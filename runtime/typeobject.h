/*
 * typeobject.h -- internal interface between type.c, slots.c and descr.c.
 */
#ifndef KR_TYPEOBJECT_H
#define KR_TYPEOBJECT_H

#include "krait.h"

struct KrSubclasses {
    Kr_ssize_t n, cap;
    KrType **items;
};

/* A C slot exposed as a dunder (wrapper descriptor) and, for classes
 * defined in Python, filled with a generic function that looks the dunder
 * up again. */
typedef KrObject *(*kr_wrapperfunc)(KrObject *self, KrObject *const *args,
                                    Kr_ssize_t nargs, KrObject *kwnames, void *wrapped);

enum { SG_TYPE, SG_NUMBER, SG_SEQUENCE, SG_MAPPING };

typedef struct KrSlotDef {
    const char *name;
    int group;                  /* SG_* */
    size_t offset;              /* of the function pointer in its group struct */
    void *generic;              /* slot function for heap types, NULL = C only */
    kr_wrapperfunc wrapper;     /* NULL = no wrapper descriptor */
    const char *doc;
    KrObject *name_obj;         /* interned name, filled at start-up */
} KrSlotDef;

extern KrSlotDef kr_slotdefs[];

/* Address of the slot's function pointer in t, or NULL when t has no such
 * group struct. */
void **kr_slot_ptr(KrType *t, const KrSlotDef *sd);
/* Adds wrapper descriptors for the C slots t defines itself. */
int kr_slots_add_wrappers(KrType *t);
/* Sets every slot of a heap type from its MRO (class creation). */
void kr_slots_fixup_all(KrType *t);
/* Re-derives the slots named `name` for t and its subclasses (after
 * setting or deleting a dunder on a class). */
void kr_slots_update(KrType *t, KrObject *name);
int kr_slots_init(void);

KrObject *kr_wrapper_descr_new(KrType *owner, KrSlotDef *sd, void *wrapped);
KrObject *kr_method_descr_new(KrType *owner, const KrMethodDef *def);
KrObject *kr_classmethod_descr_new(KrType *owner, const KrMethodDef *def);
KrObject *kr_getset_descr_new(KrType *owner, const KrGetSetDef *def);
KrObject *kr_member_descr_new(KrType *owner, const KrMemberDef *def);
KrObject *kr_staticmethod_new(KrObject *callable);
KrObject *kr_classmethod_new(KrObject *callable);
KrObject *kr_mappingproxy_new(KrObject *mapping);

/* object.c helpers used by the slot machinery */
KrObject *kr_object_generic_getattr_suppress(KrObject *o, KrObject *name);
Kr_hash_t kr_object_pointer_hash(KrObject *o);
int kr_object_recursive_isinstance(KrObject *o, KrObject *cls);
int kr_object_recursive_issubclass(KrObject *derived, KrObject *cls);

/* type.c */
KrObject *kr_object_new_generic(KrType *t, KrObject *const *args, Kr_ssize_t nargs,
                                KrObject *kwnames);
int kr_object_init_generic(KrObject *self, KrObject *const *args, Kr_ssize_t nargs,
                           KrObject *kwnames);
KrObject *kr_type_call(KrObject *callable, KrObject *const *args, Kr_ssize_t nargs,
                       KrObject *kwnames);

#endif
