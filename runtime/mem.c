/*
 * mem.c -- raw memory: size-class pools for small blocks, malloc for the rest.
 *
 * Most allocations in a Python runtime are small and short-lived (ints,
 * tuples, frames, dict tables of 8 slots), so requests of up to 512 bytes
 * are served from pools in the manner of CPython's pymalloc:
 *
 *   - 32 size classes, 16 bytes apart (16, 32, ..., 512); every block is
 *     16-byte aligned.
 *   - Memory comes from the OS in arenas of 256 KiB, aligned to 256 KiB,
 *     cut into 16 pages of 16 KiB.  A page serves one size class at a time;
 *     its header (the first 64 bytes) holds the class, the count of live
 *     blocks, a free list of returned blocks and a bump pointer into the
 *     never-used tail.
 *   - Per class, a doubly linked list of pages that have room.  A page
 *     that fills up leaves the list; the first free in a full page puts it
 *     back; a page whose last block is freed goes to the global list of
 *     empty pages, ready for any class.
 *
 * kr_mem_free gets no size and there is no per-block header, so it must
 * tell a pool block from a malloc block by its address alone: round the
 * address down to 256 KiB and look that base up in a hash set of our arena
 * bases.  A malloc block can never lie inside one of our arenas, so the
 * test is exact, and it reads no memory we do not own (unlike pymalloc's
 * header probe).  The page header is then found by rounding down to 16 KiB.
 *
 * An arena whose 16 pages are all empty is unmapped, provided another
 * arena's worth of empty pages remains for the next burst; its base leaves
 * the hash set.  Thread safety comes from the GIL; there are no locks
 * here.  Counters for kr_mem_stats are plain increments.
 *
 * Under AddressSanitizer every request goes to malloc, so that the
 * sanitizer sees each block with its redzones (pools would hide overflows
 * and use-after-free inside a page).
 */
#include <stdlib.h>
#include <sys/mman.h>

#include "krait.h"

#if defined(__SANITIZE_ADDRESS__)
#define USE_POOLS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define USE_POOLS 0
#endif
#endif
#ifndef USE_POOLS
#define USE_POOLS 1
#endif

#define ALIGN_SHIFT 4
#define ALIGNMENT ((size_t)1 << ALIGN_SHIFT)
#define SMALL_MAX 512
#define NCLASSES (SMALL_MAX / ALIGNMENT)
#define PAGE_SIZE ((size_t)16 * 1024)
#define ARENA_SIZE ((size_t)256 * 1024)
#define PAGES_PER_ARENA (ARENA_SIZE / PAGE_SIZE)
#define PAGE_HEADER 64

typedef struct Page {
    struct Page *next, *prev;       /* class list (has room) or empty-page list */
    void *freelist;                 /* returned blocks, linked through their first word */
    char *bump;                     /* next never-used block */
    char *limit;                    /* end of the page */
    uint32_t nused;                 /* live blocks */
    uint32_t cls;
    int in_list;                    /* linked into its class list */
    uint32_t arena_nfree;           /* first page of an arena only: its empty pages */
} Page;

_Static_assert(sizeof(Page) <= PAGE_HEADER, "page header too large");

static Page *usable[NCLASSES];      /* pages with room, per class */
static Page *empty_pages;           /* pages serving no class */

/* Hash set of arena bases (open addressing, linear probing; 0 = empty
 * slot, 1 = deleted: bases are 256 KiB aligned, so neither is a base). */
#define SLOT_DELETED ((uintptr_t)1)
static uintptr_t *arena_set;
static size_t arena_set_mask;       /* capacity - 1 */
static size_t narenas, ndeleted;
static size_t nempty_pages;

static KrMemStats stats;

static inline size_t class_size(uint32_t cls)
{
    return ((size_t)cls + 1) << ALIGN_SHIFT;
}

static inline size_t arena_slot(uintptr_t base, size_t mask)
{
    return (size_t)(((base >> 18) * 0x9E3779B97F4A7C15ull) >> 20) & mask;
}

static int arena_set_add(uintptr_t base)
{
    if (arena_set == NULL || (narenas + ndeleted + 1) * 2 > arena_set_mask + 1) {
        size_t cap = arena_set ? (arena_set_mask + 1) * 2 : 64;
        uintptr_t *t = calloc(cap, sizeof(uintptr_t));
        if (t == NULL)
            return -1;
        for (size_t i = 0; arena_set && i <= arena_set_mask; i++) {
            uintptr_t b = arena_set[i];
            if (b > SLOT_DELETED) {
                size_t j = arena_slot(b, cap - 1);
                while (t[j] != 0)
                    j = (j + 1) & (cap - 1);
                t[j] = b;
            }
        }
        free(arena_set);
        arena_set = t;
        arena_set_mask = cap - 1;
        ndeleted = 0;
    }
    size_t j = arena_slot(base, arena_set_mask);
    while (arena_set[j] > SLOT_DELETED)
        j = (j + 1) & arena_set_mask;
    if (arena_set[j] == SLOT_DELETED)
        ndeleted--;
    arena_set[j] = base;
    narenas++;
    return 0;
}

static void arena_set_remove(uintptr_t base)
{
    size_t j = arena_slot(base, arena_set_mask);
    while (arena_set[j] != base)
        j = (j + 1) & arena_set_mask;
    arena_set[j] = SLOT_DELETED;
    narenas--;
    ndeleted++;
}

static inline int is_pool_address(const void *p)
{
    if (arena_set == NULL)
        return 0;
    uintptr_t base = (uintptr_t)p & ~(uintptr_t)(ARENA_SIZE - 1);
    size_t j = arena_slot(base, arena_set_mask);
    for (;;) {
        uintptr_t b = arena_set[j];
        if (b == base)
            return 1;
        if (b == 0)
            return 0;           /* deleted slots (1) are skipped */
        j = (j + 1) & arena_set_mask;
    }
}

static void list_push(Page **head, Page *pg)
{
    pg->prev = NULL;
    pg->next = *head;
    if (*head)
        (*head)->prev = pg;
    *head = pg;
}

static void list_remove(Page **head, Page *pg)
{
    if (pg->prev)
        pg->prev->next = pg->next;
    else
        *head = pg->next;
    if (pg->next)
        pg->next->prev = pg->prev;
    pg->next = pg->prev = NULL;
}

/* Maps a new aligned arena and puts its pages on the empty list. */
static int new_arena(void)
{
    size_t len = ARENA_SIZE * 2;
    char *raw = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return -1;
    uintptr_t start = ((uintptr_t)raw + ARENA_SIZE - 1) & ~(uintptr_t)(ARENA_SIZE - 1);
    char *base = (char *)start;
    size_t head = (size_t)(base - raw);
    if (head)
        munmap(raw, head);
    size_t tail = len - head - ARENA_SIZE;
    if (tail)
        munmap(base + ARENA_SIZE, tail);
    if (arena_set_add(start) < 0) {
        munmap(base, ARENA_SIZE);
        return -1;
    }
    for (size_t i = PAGES_PER_ARENA; i-- > 0;) {
        Page *pg = (Page *)(base + i * PAGE_SIZE);
        pg->in_list = 0;
        list_push(&empty_pages, pg);
    }
    ((Page *)base)->arena_nfree = PAGES_PER_ARENA;
    nempty_pages += PAGES_PER_ARENA;
    stats.arenas++;
    return 0;
}

static inline Page *arena_head(Page *pg)
{
    return (Page *)((uintptr_t)pg & ~(uintptr_t)(ARENA_SIZE - 1));
}

/* A page became empty.  When that empties its whole arena and another
 * arena's worth of empty pages remains, the arena goes back to the OS
 * (keeping one spare avoids map/unmap churn at a boundary). */
static void page_emptied(Page *pg)
{
    list_push(&empty_pages, pg);
    nempty_pages++;
    Page *head = arena_head(pg);
    if (++head->arena_nfree < PAGES_PER_ARENA || nempty_pages < 2 * PAGES_PER_ARENA)
        return;
    for (size_t i = 0; i < PAGES_PER_ARENA; i++)
        list_remove(&empty_pages, (Page *)((char *)head + i * PAGE_SIZE));
    nempty_pages -= PAGES_PER_ARENA;
    arena_set_remove((uintptr_t)head);
    munmap(head, ARENA_SIZE);
    stats.arenas--;
}

static Page *take_page(uint32_t cls)
{
    if (empty_pages == NULL && new_arena() < 0)
        return NULL;
    Page *pg = empty_pages;
    list_remove(&empty_pages, pg);
    nempty_pages--;
    arena_head(pg)->arena_nfree--;
    pg->freelist = NULL;
    pg->bump = (char *)pg + PAGE_HEADER;
    pg->limit = (char *)pg + PAGE_SIZE;
    pg->nused = 0;
    pg->cls = cls;
    pg->in_list = 1;
    list_push(&usable[cls], pg);
    stats.pages_in_use++;
    return pg;
}

static void *small_alloc(size_t n)
{
    uint32_t cls = n ? (uint32_t)((n - 1) >> ALIGN_SHIFT) : 0;
    size_t size = class_size(cls);
    Page *pg = usable[cls];
    if (pg == NULL) {
        pg = take_page(cls);
        if (pg == NULL)
            return NULL;
    }
    void *b;
    if (pg->freelist != NULL) {
        b = pg->freelist;
        pg->freelist = *(void **)b;
    } else {
        b = pg->bump;
        pg->bump += size;
    }
    pg->nused++;
    if (pg->freelist == NULL && pg->bump + size > pg->limit) {
        list_remove(&usable[cls], pg);
        pg->in_list = 0;
    }
    stats.small_allocs++;
    stats.bytes_in_use += size;
    return b;
}

static void small_free(void *p)
{
    Page *pg = (Page *)((uintptr_t)p & ~(uintptr_t)(PAGE_SIZE - 1));
    *(void **)p = pg->freelist;
    pg->freelist = p;
    pg->nused--;
    stats.small_frees++;
    stats.bytes_in_use -= class_size(pg->cls);
    if (pg->nused == 0) {
        if (pg->in_list)
            list_remove(&usable[pg->cls], pg);
        pg->in_list = 0;
        stats.pages_in_use--;
        page_emptied(pg);
    } else if (!pg->in_list) {
        pg->in_list = 1;
        list_push(&usable[pg->cls], pg);
    }
}

void *kr_mem_alloc(size_t n)
{
    if (USE_POOLS && n <= SMALL_MAX) {
        void *p = small_alloc(n);
        if (p != NULL)
            return p;
    }
    void *p = malloc(n ? n : 1);
    if (p != NULL)
        stats.large_allocs++;
    return p;
}

void *kr_mem_calloc(size_t n)
{
    void *p = kr_mem_alloc(n);
    if (p != NULL)
        memset(p, 0, n);
    return p;
}

void kr_mem_free(void *p)
{
    if (p == NULL)
        return;
    if (is_pool_address(p)) {
        small_free(p);
        return;
    }
    stats.large_frees++;
    free(p);
}

void *kr_mem_realloc(void *p, size_t n)
{
    if (p == NULL)
        return kr_mem_alloc(n);
    if (is_pool_address(p)) {
        Page *pg = (Page *)((uintptr_t)p & ~(uintptr_t)(PAGE_SIZE - 1));
        size_t old = class_size(pg->cls);
        uint32_t cls = n ? (uint32_t)((n - 1) >> ALIGN_SHIFT) : 0;
        if (n <= SMALL_MAX && cls == pg->cls)
            return p;
        void *q = kr_mem_alloc(n);
        if (q == NULL)
            return NULL;
        memcpy(q, p, old < n ? old : n);
        small_free(p);
        return q;
    }
    /* A malloc block stays with malloc, whatever its new size. */
    return realloc(p, n ? n : 1);
}

void kr_mem_stats(KrMemStats *out)
{
    *out = stats;
    out->pools_enabled = USE_POOLS;
}
