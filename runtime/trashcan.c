/*
 * trashcan.c -- deallocation of deeply nested containers without deep C
 * recursion.
 *
 * Freeing a list that holds a list that holds a list ... decrefs the inner
 * one from inside the outer one's dealloc, so a chain N deep needs N C
 * frames: 100,000 levels would overflow the stack.  Container deallocs
 * bracket their work with kr_trashcan_begin/kr_trashcan_end.  begin()
 * counts the nesting; past KR_TRASHCAN_LIMIT levels it does not let the
 * dealloc proceed but pushes the object on a queue and returns 1.  When the
 * outermost dealloc finishes (depth back to 0), end() pops queued objects
 * and calls their dealloc again, each starting at depth 0 -- which may
 * queue more, drained by the same loop.  A flag keeps the drain loop from
 * re-entering itself, so the stack depth is bounded by the limit whatever
 * the shape of the garbage.
 *
 * Invariants: a queued object has refcount 0, is GC-untracked (its
 * KrGCHead.prev is NULL so every tracking check still reads "untracked")
 * and its KrGCHead.next links the queue.  Only GC types may use this.
 * The state is process-wide: there is one interpreter and a GIL.
 */
#include "krait.h"

#define KR_TRASHCAN_LIMIT 50

static int depth;
static int draining;
static KrGCHead *queue;

int kr_trashcan_begin(KrObject *o)
{
    if (depth >= KR_TRASHCAN_LIMIT) {
        KrGCHead *g = KR_GC_HEAD(o);
        g->prev = NULL;
        g->next = queue;
        queue = g;
        return 1;
    }
    depth++;
    return 0;
}

void kr_trashcan_end(void)
{
    if (--depth > 0 || draining)
        return;
    draining = 1;
    while (queue != NULL) {
        KrGCHead *g = queue;
        queue = g->next;
        g->next = NULL;
        KrObject *o = KR_GC_OBJ(g);
        KR_TYPE(o)->dealloc(o);
    }
    draining = 0;
}
