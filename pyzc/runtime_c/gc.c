/* gc.c - conservative mark-sweep garbage collector (the "gc.c" section of pyz.h).
 *
 * Layout and invariants:
 * - All heap memory comes from mmap in CHUNK-aligned regions (CHUNK = 1 MiB).
 *   A small chunk is one CHUNK holding equal slots of one size class, all
 *   scanned or all atomic: a Chunk header at the chunk's base, then two
 *   bitmaps (alloc, mark; nwords 64-bit words each), then the slots from
 *   offset `first`.  Slots are 16-byte aligned and their sizes multiples of 16.
 * - A request over MAX_SMALL bytes is a large object: its own region
 *   (CHUNK-aligned, length a multiple of the page size) whose first
 *   LARGE_HDR bytes are a Chunk header with large = object size; the object
 *   follows.  Regions never share a CHUNK-sized piece of address space.
 * - The chunk table maps (address >> CHUNK_SHIFT) of every piece of every
 *   live region to the region's Chunk.  A word is a pointer into the heap iff
 *   its piece is in the table and it lies inside an allocated slot or a large
 *   object (interior pointers count; one-past-the-end pointers do not).
 *   Empty chunks kept in the pool for reuse are not in the table.
 * - A slot is allocated iff its alloc bit is set.  Alloc bits for slot
 *   indexes >= nobjs (the tail of the last bitmap word) are always set.
 * - Outside pyz_gc_collect every mark bit and every `marked` flag is clear.
 * - A cursor per (atomic, class) hands out the slots whose bits are set in
 *   `free`; the alloc bits (*abits) of those it handed out (`given & ~free`) are set when it
 *   moves to another word or a collection starts (flush), not by each allocation.  Memory is
 *   zeroed when handed out (except by pyz_gc_alloc_atomic_raw, whose callers write every
 *   byte: strings); a large object is zeroed too (a fresh mapping is zero; a reused region,
 *   one of large_free, is cleared), under the same exception.
 * - heap_bytes = live (bytes in use after the last sweep) + since (slot sizes
 *   and large region lengths handed out since).  A collection starts when
 *   since >= threshold = max(live / 2, min(16 * live, 8 MiB), MIN_THRESHOLD) (8 MiB before the
 *   first collection); that is checked in the slow paths only (cursor refill, large allocation).
 * - stack_low is the deepest stack address the allocator's slow paths and the scan of the stack
 *   were at: pyz_gc_clear_stack zeroes the dead frames from its caller's frame down to it.
 * - A word whose top four bits are 1000 is a big int (int.c): the word with its tag cleared is
 *   the address it holds, on 64-bit targets (on 32-bit ones the address is the low half).
 * - Roots: the C stack from the collector's frame up to stack_bottom (after
 *   __builtin_unwind_init has spilled the callee-saved registers), under
 *   ASan the fake frames those stack words point to, and the ranges given
 *   to pyz_gc_add_roots.  Marking uses an explicit stack.
 * - Single-threaded; pyz_gc_init must run before any other pyz_gc_*.
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include "pyz.h"
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define CHUNK_SHIFT 20
#define CHUNK ((size_t)1 << CHUNK_SHIFT)
#define MAX_SMALL 32768
#define NCLASSES 40
#define LARGE_HDR 64
#define MAX_FLOOR ((size_t)8 << 20)
#define MIN_THRESHOLD ((size_t)3 << 20)
#define SMALL_LIVE_FACTOR 16
#define RECIP_SHIFT 40
#define NOINLINE __attribute__((noinline))

/* The conservative scan of the stack reads ASan's redzones: not a bug.
 * Under ASan's detect_stack_use_after_return, a function's address-taken
 * locals live in a "fake frame" that ASan allocates off the C stack; the
 * real frame keeps a pointer to it.  So each stack word that points into
 * ASan's fake stack has its fake frame scanned too (as V8's conservative
 * stack scanner does), and objects held only there stay alive. */
#if defined(__SANITIZE_ADDRESS__)
#define PYZ_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PYZ_ASAN 1
#endif
#endif
#ifdef PYZ_ASAN
#define NO_ASAN __attribute__((no_sanitize_address))
void *__asan_get_current_fake_stack(void);
void *__asan_addr_is_in_fake_stack(void *fake_stack, void *addr, void **beg, void **end);
#else
#define NO_ASAN
#endif

typedef struct Chunk {
    struct Chunk *next;   /* class list, large list or pool */
    size_t large;         /* large object: its size; small chunk: 0 */
    size_t maplen;        /* length of the mapping */
    uint64_t recip;       /* ceil(2^RECIP_SHIFT / size): slot index by multiply */
    uint32_t size, nobjs, nwords, first;
    uint8_t atomic, marked; /* marked: large objects only */
    uint64_t bits[];      /* alloc[nwords], then mark[nwords] */
} Chunk;
typedef char large_hdr_fits[sizeof(Chunk) <= LARGE_HDR ? 1 : -1];

typedef struct Cursor {
    uint64_t free;        /* slots of the current word not yet handed out */
    uint64_t given;       /* the word's free slots when the cursor took it (see flush) */
    uint64_t *abits;      /* the alloc word they belong to */
    char *base;           /* address of the word's slot 0 */
    size_t size;
    Chunk *chunk;         /* chunk being handed out, NULL at the list's end */
    uint32_t word;        /* next bitmap word of chunk to look at */
    Chunk *head, *tail;   /* every chunk of this class and kind */
} Cursor;

typedef struct Range { char *lo, *hi; } Range;
typedef struct Slot { uintptr_t key; Chunk *val; } Slot;

static Cursor cursors[2][NCLASSES];  /* each one's size is set when it first refills */

/* The class of a request of s 16-byte units, by (size + 15) / 16: the smallest class whose size
 * (class_size) holds s * 16 bytes.  A constant table, so that start-up writes no page of it: made
 * by a loop in pyz_gc_init, it and the cursors' sizes were two of a program's page faults, 2.5 us
 * of a 110 us start (count_loop against its C reference, bench/reference/count_loop.c).  Above
 * 128 bytes, 4 classes per doubling: with 2**L < s * 16 <= 2**(L+1), class 8 + 4 * (L - 7) + k - 1,
 * where k = ceil(4 * s * 16 / 2**L) - 4 is the first quarter of 2**L above it.  tests/runtime_c/
 * test_gc.c allocates at each size across every class boundary. */
#define GC_LOG2_BELOW(x) (63 - __builtin_clzll((unsigned long long)(x) - 1))  /* L: 2**L < x <= 2**(L+1) */
#define GC_CLASS_OF(s) ((s) <= 8 ? ((s) > 0 ? (s) - 1 : 0) \
    : 8 + 4 * (GC_LOG2_BELOW((s) * 16) - 7) + ((4 * (s) * 16 + (1ull << GC_LOG2_BELOW((s) * 16)) - 1) >> GC_LOG2_BELOW((s) * 16)) - 5)
#define GC_C1(s) GC_CLASS_OF(s),
#define GC_C4(s) GC_C1(s) GC_C1((s) + 1) GC_C1((s) + 2) GC_C1((s) + 3)
#define GC_C16(s) GC_C4(s) GC_C4((s) + 4) GC_C4((s) + 8) GC_C4((s) + 12)
#define GC_C64(s) GC_C16(s) GC_C16((s) + 16) GC_C16((s) + 32) GC_C16((s) + 48)
#define GC_C256(s) GC_C64(s) GC_C64((s) + 64) GC_C64((s) + 128) GC_C64((s) + 192)
#define GC_C1024(s) GC_C256(s) GC_C256((s) + 256) GC_C256((s) + 512) GC_C256((s) + 768)
_Static_assert(MAX_SMALL / 16 == 2048, "class_of's initializer lists 2049 entries");
static const uint8_t class_of[MAX_SMALL / 16 + 1] = { GC_C1024(0) GC_C1024(1024) GC_C1(2048) };
_Static_assert(GC_CLASS_OF(MAX_SMALL / 16) == NCLASSES - 1, "the largest small request is in the last class");
static Chunk *large_list, *pool;
static size_t pool_len;
/* Large regions the last sweeps freed, kept for reuse (see take_large_region): their bytes in
 * large_free_bytes, at most half the threshold after each collection. */
static Chunk *large_free;
static size_t large_free_bytes;
static size_t live, since, threshold = MAX_FLOOR, page_size;
static char *stack_bottom;
static char *stack_low;  /* the deepest stack address the collector was at since pyz_gc_init or the last clear */
static uintptr_t heap_lo = UINTPTR_MAX, heap_hi, heap_span;  /* w - heap_lo < heap_span */
/* The first table and root list are static (zeroed .bss), so that start-up calls no malloc: a program
 * that allocates nothing touches none of their pages (count_loop: 17 page faults -> 11). */
#define TABLE0_BITS 8
static Slot table0[(size_t)1 << TABLE0_BITS];
static Slot *table = table0;
static size_t table_mask = ((size_t)1 << TABLE0_BITS) - 1, table_count;
static int table_bits = TABLE0_BITS;
#define ROOTS0 16
static Range roots0[ROOTS0];
static Range *roots = roots0, *mstack;
static size_t nroots, roots_cap = ROOTS0, msp, mstack_cap;
static int gc_ready;

/* ------------------------------------------------------------ chunk table */

static inline size_t hash(uintptr_t key) {
    return (size_t)(((uint64_t)key * 0x9E3779B97F4A7C15ull) >> (64 - table_bits));
}

static inline Chunk *table_find(uintptr_t key) {
    for (size_t i = hash(key);; i = (i + 1) & table_mask) {
        if (table[i].val == NULL || table[i].key == key) return table[i].val;
    }
}

static void table_put(uintptr_t key, Chunk *val);

static void table_grow(void) {
    Slot *old = table;
    size_t n = table_mask + 1;
    table_bits++;
    table_mask = ((size_t)1 << table_bits) - 1;
    table = calloc(table_mask + 1, sizeof(Slot));
    if (!table) pyz_oom();
    table_count = 0;
    for (size_t i = 0; i < n; i++)
        if (old[i].val) table_put(old[i].key, old[i].val);
    if (old != table0) free(old);
}

static void table_put(uintptr_t key, Chunk *val) {
    if (2 * (table_count + 1) > table_mask + 1) table_grow();
    size_t i = hash(key);
    while (table[i].val) i = (i + 1) & table_mask;
    table[i].key = key;
    table[i].val = val;
    table_count++;
}

/* Linear probing deletion by backward shift (no tombstones). */
static void table_del(uintptr_t key) {
    size_t i = hash(key);
    while (table[i].key != key || !table[i].val) i = (i + 1) & table_mask;
    for (size_t j = i;;) {
        table[i].val = NULL;
        for (;;) {
            j = (j + 1) & table_mask;
            if (!table[j].val) { table_count--; return; }
            size_t h = hash(table[j].key);
            /* j's entry may move to i unless its home h lies cyclically in (i, j] */
            if (i <= j ? (i < h && h <= j) : (i < h || h <= j)) continue;
            table[i] = table[j];
            i = j;
            break;
        }
    }
}

static void register_region(Chunk *c) {
    for (size_t off = 0; off < c->maplen; off += CHUNK)
        table_put(((uintptr_t)c + off) >> CHUNK_SHIFT, c);
    if ((uintptr_t)c < heap_lo) heap_lo = (uintptr_t)c;
    if ((uintptr_t)c + c->maplen > heap_hi) heap_hi = (uintptr_t)c + c->maplen;
    heap_span = heap_hi - heap_lo;
}

static void unregister_region(Chunk *c) {
    for (size_t off = 0; off < c->maplen; off += CHUNK)
        table_del(((uintptr_t)c + off) >> CHUNK_SHIFT);
}

/* ------------------------------------------------------------------ mmap */

/* len (a multiple of the page size) bytes of zeroed memory aligned to CHUNK, or NULL when the
 * system refuses them.  Nothing is touched before the mapping succeeds, so asking for an
 * impossible size costs nothing (the kernel's overcommit check refuses it). */
static char *map_aligned_to(size_t len, size_t align) {
    size_t ext = len + align;
    char *p = mmap(NULL, ext, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
    uintptr_t a = ((uintptr_t)p + align - 1) & ~(uintptr_t)(align - 1);
    size_t head = a - (uintptr_t)p, tail = ext - head - len;
    if (head) munmap(p, head);
    if (tail) munmap((char *)a + len, tail);
    return (char *)a;
}

static Chunk *try_map_aligned(size_t len) {
    if (len > SIZE_MAX / 4) return NULL;  /* beyond any address space */
    Chunk *c = (Chunk *)map_aligned_to(len, CHUNK);
    if (c) c->maplen = len;
    return c;
}

static Chunk *map_aligned(size_t len) {
    Chunk *c = try_map_aligned(len);
    if (!c) pyz_oom();
    return c;
}

/* Transparent huge pages for a heap past HUGE_HEAP bytes: a first touch of a 2 MiB page maps all of
 * it at once, where 4 KiB pages took a fault each.  A string program's heap grows to ~100 MB as it
 * runs, and its 25,000 faults were a sixth of its time (text_pipeline: 29,600 faults -> 14,200, 10%
 * less time).  Only a class that has filled two chunks gets them (a chunk that another class takes from
 * the pool is soon filled too): quicksort's lists of ints spread over many classes with a chunk each,
 * and made resident a whole huge page each grew its peak from 23 to 30 MB.  A heap under HUGE_HEAP
 * keeps small pages; a large object past it gets huge pages too (try_map_huge).  Where the system
 * gives no huge pages (THP off) this changes nothing. */
#define HUGE_HEAP ((size_t)16 << 20)
#define HUGE_PAGE ((size_t)2 << 20)
typedef char huge_page_holds_two_chunks[HUGE_PAGE == 2 * CHUNK ? 1 : -1];

static void advise_huge(void *p, size_t len) {
#ifdef MADV_HUGEPAGE
    if (len >= HUGE_PAGE) madvise(p, len, MADV_HUGEPAGE);
#else
    (void)p, (void)len;
#endif
}

/* A large region of len bytes (a huge page or more) aligned to HUGE_PAGE and advised to take huge
 * pages, for a heap past HUGE_HEAP as the chunks above: text_pipeline's 18 MB join and its lists of
 * 300,000 strs took a page fault each 4 KiB (15,000 faults -> 11,300, 5% less time; log_errors
 * 8,900 -> 6,850, 5%; peaks 97.7 -> 102.2 MB and 42.1 -> 42.2 MB, CPython's 118.8 and 46.9).
 * Under HUGE_HEAP a large region keeps small pages whatever its size: given huge pages there too,
 * str_concat (a heap under 16 MB) peaked 0.35 MB higher, above CPython, as what the collector's
 * conservative scan kept alive changed with the regions' addresses.  Of a list's spare capacity at
 * most the huge page its end lies in is made resident. */
static Chunk *try_map_huge(size_t len) {
    if (len > SIZE_MAX / 4) return NULL;  /* beyond any address space */
    Chunk *c = (Chunk *)map_aligned_to(len, HUGE_PAGE);
    if (!c) return NULL;
    c->maplen = len;
    advise_huge(c, len);
    return c;
}

/* Two chunks in one huge page (HUGE_PAGE-aligned): the first is returned, the second goes to the pool.
 * NULL when the system refuses the mapping. */
static Chunk *map_huge_pair(void) {
    char *a = map_aligned_to(HUGE_PAGE, HUGE_PAGE);
    if (!a) return NULL;
    advise_huge(a, HUGE_PAGE);
    Chunk *c = (Chunk *)a, *c2 = (Chunk *)(a + CHUNK);
    c->maplen = c2->maplen = CHUNK;
    c2->next = pool;
    pool = c2;
    pool_len++;
    return c;
}

/* ---------------------------------------------------------------- marking */

static inline __attribute__((always_inline)) void note_depth(void) {
    char *sp = (char *)__builtin_frame_address(0);
    if (sp < stack_low) stack_low = sp;
}

static NOINLINE void mstack_grow(void) {
    mstack_cap = mstack_cap ? 2 * mstack_cap : 4096;
    mstack = realloc(mstack, mstack_cap * sizeof(Range));
    if (!mstack) pyz_oom();
}

/* The test the scanning loops make before calling mark_word, inline: most words of a list of
 * ints or floats, and of the stack, are no heap address (quicksort's lists of ints spent a third
 * of the program's instructions in calls to mark_word that returned at once). */
static inline int may_point(uintptr_t w, uintptr_t lo, uintptr_t span) {
#if UINTPTR_MAX > 0xFFFFFFFFu
    return w - lo < span || (w >> 60) == 8;
#else
    return w - lo < span;
#endif
}

static uintptr_t mark_key = UINTPTR_MAX;  /* (address >> CHUNK_SHIFT) of mark_chunk; valid while marking */
static Chunk *mark_chunk;
/* While marking: the Chunk of each CHUNK-sized piece of [heap_lo, heap_hi) by (w - heap_lo) >>
 * CHUNK_SHIFT (NULL: not the heap), built from the table when the heap spans at most FLAT_MAX
 * pieces (flat_n then; 0 otherwise, and the table is asked).  Strings in a list lie in the chunks
 * of their size classes, so consecutive words seldom share a chunk: the table's hash and probe
 * were a sixth of text_pipeline's marking. */
#define FLAT_MAX ((size_t)1 << 16)
static Chunk **flat;
static size_t flat_n, flat_cap;

static void build_flat(void) {
    size_t n = (heap_span + CHUNK - 1) >> CHUNK_SHIFT;  /* heap_lo is CHUNK-aligned */
    flat_n = 0;
    if (n > FLAT_MAX) return;
    if (n > flat_cap) {
        Chunk **f = realloc(flat, n * sizeof(Chunk *));
        if (!f) return;  /* the table serves */
        flat = f;
        flat_cap = n;
    }
    memset(flat, 0, n * sizeof(Chunk *));
    for (size_t i = 0; i <= table_mask; i++)
        if (table[i].val) flat[table[i].key - (heap_lo >> CHUNK_SHIFT)] = table[i].val;
    flat_n = n;
}

static inline __attribute__((always_inline)) void mark_word(uintptr_t w) {
#if UINTPTR_MAX > 0xFFFFFFFFu
    if ((w >> 60) == 8) w &= ~(uintptr_t)PYZ_BIG_TAG;  /* a big int word (int.c): its PyzLong */
#endif
    if (w - heap_lo >= heap_span) return;
    /* The flat array while marking (build_flat); otherwise the table, after the chunk of the last
     * word found: neighbouring words often point into one chunk (a list's items allocated in a row). */
    Chunk *c;
    if (PYZ_LIKELY(flat_n)) {
        c = flat[(w - heap_lo) >> CHUNK_SHIFT];
        if (!c) return;
    } else if ((w >> CHUNK_SHIFT) == mark_key) {
        c = mark_chunk;
    } else {
        c = table_find(w >> CHUNK_SHIFT);
        if (!c) return;
        mark_key = w >> CHUNK_SHIFT;
        mark_chunk = c;
    }
    char *obj;
    size_t size;
    if (!c->large) {
        uintptr_t start = (uintptr_t)c + c->first;
        if (w < start) return;
        uint64_t idx = ((uint64_t)(w - start) * c->recip) >> RECIP_SHIFT;
        if (idx >= c->nobjs) return;
        uint64_t bit = (uint64_t)1 << (idx & 63);
        uint64_t *mark = &c->bits[c->nwords + (idx >> 6)];
        if (!(c->bits[idx >> 6] & bit) || (*mark & bit)) return;
        *mark |= bit;
        if (c->atomic) return;  /* (before the object's address is worked out: strs are most of them) */
        size = c->size;
        obj = (char *)start + (size_t)idx * size;
    } else {
        obj = (char *)c + LARGE_HDR;
        size = c->large;
        if (w < (uintptr_t)obj || w - (uintptr_t)obj >= size || c->marked) return;
        c->marked = 1;
    }
    if (c->atomic) return;
    __builtin_prefetch(obj);  /* scanned soon: on a graph of objects, marking waits on memory */
    if (msp == mstack_cap) mstack_grow();
    mstack[msp].lo = obj;
    mstack[msp++].hi = obj + size;
}

static NO_ASAN NOINLINE void scan_range(const char *lo, const char *hi) {
    uintptr_t a = ((uintptr_t)lo + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
    uintptr_t lo_ = heap_lo, span = heap_span;
    for (const volatile uintptr_t *p = (const volatile uintptr_t *)a;
         (uintptr_t)p + sizeof(void *) <= (uintptr_t)hi; p++) {
        uintptr_t w = *p;
        if (may_point(w, lo_, span)) mark_word(w);
    }
}

static NO_ASAN NOINLINE void scan_stack(void) {
    volatile uintptr_t here = 0;
    if ((char *)&here < stack_low) stack_low = (char *)&here;
#ifdef PYZ_ASAN
    void *fake = __asan_get_current_fake_stack();
    if (fake) {
        uintptr_t a = ((uintptr_t)&here + sizeof(void *) - 1) & ~(uintptr_t)(sizeof(void *) - 1);
        for (const volatile uintptr_t *p = (const volatile uintptr_t *)a; (char *)(p + 1) <= stack_bottom; p++) {
            void *beg, *end;
            if (__asan_addr_is_in_fake_stack(fake, (void *)*p, &beg, &end)) scan_range(beg, end);
        }
    }
#endif
    scan_range((const char *)&here, stack_bottom);
}

/* __builtin_unwind_init makes this function save every callee-saved register
 * in its frame, which lies between scan_stack's frame and stack_bottom. */
static NOINLINE void spill_and_scan_stack(void) {
    __builtin_unwind_init();
    scan_stack();
    __asm__ volatile("" ::: "memory");  /* no tail call: keep the frame */
}

static inline void scan_words(Range r) {
    uintptr_t lo_ = heap_lo, span = heap_span;
    uintptr_t *p = (uintptr_t *)r.lo, *e = (uintptr_t *)r.hi;
    while (p < e) {
        uintptr_t w = *p++;
        if (may_point(w, lo_, span)) {
            mark_word(w);
            continue;
        }
        /* not an address: likely a list of ints or floats, whose words are tested four at once */
        while (e - p >= 4 && !(may_point(p[0], lo_, span) | may_point(p[1], lo_, span) |
                               may_point(p[2], lo_, span) | may_point(p[3], lo_, span)))
            p += 4;
    }
}

/* Objects to scan pass through a ring of RING of them: each is prefetched when it enters and scanned
 * when it leaves, RING objects later, so that RING loads from memory are on their way at once (the
 * ring of Boehm's collector, after Cher, Hosking and Vijaykumar 2004).  Popped from the mark stack
 * and scanned at once, an object's first words were a cache miss the scan waited on: rubik2 (a
 * breadth-first search over 100,000s of small objects) spent 65% of its time marking, half of it on
 * that load. */
#define RING 8
static void drain(void) {
    Range ring[RING];
    unsigned head = 0, n = 0;  /* ring[head] is the oldest of n */
    for (;;) {
        while (n < RING && msp) {
            Range r = mstack[--msp];
            __builtin_prefetch(r.lo);
            ring[(head + n++) % RING] = r;
        }
        if (n == 0)
            return;
        Range r = ring[head];
        head = (head + 1) % RING;
        n--;
        scan_words(r);
    }
}

/* --------------------------------------------------------------- sweeping */

static void release_chunk(Chunk *c) {
    unregister_region(c);
    c->next = pool;
    pool = c;
    pool_len++;
}

/* Set the alloc bits of the slots the cursor handed out from its word.  An allocation sets none:
 * its read-modify-write of the bitmap word, behind two dependent loads, was a third of the
 * allocator's samples (text_pipeline allocates 5 million strs). */
static inline void flush(Cursor *cur) {
    if (cur->given != cur->free) *cur->abits |= cur->given & ~cur->free;
    cur->given = cur->free;
}

static void sweep(void) {
    live = 0;
    for (int k = 0; k < 2; k++) {
        for (int ci = 0; ci < NCLASSES; ci++) {
            Cursor *cur = &cursors[k][ci];
            Chunk *c = cur->head, *next;
            cur->head = cur->tail = NULL;
            /* One chunk of each class that is left empty stays with its class, so the next cycle
             * writes the pages this one did.  Released to the pool (then unmapped past the pool's
             * size, or taken by another class whose slots lie elsewhere), it made every cycle fault
             * its pages in again: factorial_big, whose products spread over 20 classes, took
             * 56,000 page faults and three times as much system time as user time.  One that
             * stays empty through a whole cycle goes to the pool then (pidigits, whose numbers
             * outgrow one class after another, kept 30 MB instead of 12). */
            int kept_empty = 0;
            for (; c; c = next) {
                next = c->next;
                size_t n = 0;
                uint32_t nw = c->nwords;
                uint64_t tail = c->nobjs & 63 ? ~(uint64_t)0 << (c->nobjs & 63) : 0, used = 0;
                for (uint32_t w = 0; w < nw; w++) {
                    uint64_t m = c->bits[nw + w];
                    n += (size_t)__builtin_popcountll(m);
                    used |= c->bits[w] & (w + 1 < nw ? ~(uint64_t)0 : ~tail);  /* allocated this cycle */
                    c->bits[w] = m;
                    c->bits[nw + w] = 0;
                }
                c->bits[nw - 1] |= tail;
                /* (an empty chunk kept last time and not used since goes: the class has moved on) */
                if (n == 0 && (kept_empty++ || !used)) { release_chunk(c); continue; }
                live += n * c->size;
                c->next = NULL;
                if (cur->tail) cur->tail->next = c; else cur->head = c;
                cur->tail = c;
            }
            cur->chunk = cur->head;
            cur->word = 0;
            cur->free = cur->given = 0;
        }
    }
    Chunk **pp = &large_list;
    while (*pp) {
        Chunk *c = *pp;
        if (c->marked) {
            c->marked = 0;
            live += c->maplen;
            pp = &c->next;
        } else {
            *pp = c->next;
            unregister_region(c);
            c->next = large_free;
            large_free = c;
            large_free_bytes += c->maplen;
        }
    }
}

static void collect(void) {
    for (int k = 0; k < 2; k++)
        for (int ci = 0; ci < NCLASSES; ci++) flush(&cursors[k][ci]);  /* alloc bits: marking reads them */
    mark_key = UINTPTR_MAX;  /* the table changed since the last collection */
    build_flat();
    spill_and_scan_stack();
    for (size_t i = 0; i < nroots; i++) scan_range(roots[i].lo, roots[i].hi);
    drain();
    flat_n = 0;
    sweep();
    since = 0;
    /* Half the live bytes: the heap peaks near 1.5 times what is live (CPython frees at once);
     * measured on the string benchmarks, live / 2 cost no time against live (word_count
     * 99 -> 72 MB, text_pipeline 185 -> 139 MB) while live / 4 cost 40% on text_pipeline.
     * A small live set gets SMALL_LIVE_FACTOR times itself, between MIN_THRESHOLD and MAX_FLOOR
     * (MAX_FLOOR before the first collection): a collection then marks at most a sixteenth of the
     * bytes handed out since the last one, as the former flat 8 MB did for 512 KB live.
     * str_concat (under 300 KB live) peaked at 19 MB with the flat 8 MB, 9.4 MB now, for 0.2% more
     * instructions (pidigits, factorial_big, hash_big: 0.2-0.3%); 1 MB instead of 3 MB made
     * factorial_big fault 16 times as many pages (chunks released and mapped again every cycle),
     * and 3 MB before the first collection too cost word_count 1% (collections fell elsewhere). */
    size_t small = live < MAX_FLOOR / SMALL_LIVE_FACTOR ? live * SMALL_LIVE_FACTOR : MAX_FLOOR;
    if (small < MIN_THRESHOLD) small = MIN_THRESHOLD;
    threshold = live / 2 > small ? live / 2 : small;
    /* Keep as many empty chunks as the next cycle may allocate. */
    while (pool_len > threshold / CHUNK) {
        Chunk *c = pool;
        pool = c->next;
        pool_len--;
        munmap(c, c->maplen);
    }
    while (large_free_bytes > threshold / 4) {
        Chunk *c = large_free;
        large_free = c->next;
        large_free_bytes -= c->maplen;
        munmap(c, c->maplen);
    }
}

/* ------------------------------------------------------------- allocation */

static size_t class_size(int ci) {
    if (ci < 8) return (size_t)(ci + 1) * 16;
    int j = ci - 8;  /* 4 classes per doubling above 128 */
    size_t base = (size_t)128 << (j / 4);
    return base + (base / 4) * (size_t)(j % 4 + 1);
}

static Chunk *new_chunk(Cursor *cur, int atomic) {
    Chunk *c = pool;
    if (c) { pool = c->next; pool_len--; }
    else if (live + since >= HUGE_HEAP && cur->head && cur->head != cur->tail
             && (c = map_huge_pair()) != NULL) {}  /* a class that fills chunks: it fills this one too */
    else c = map_aligned(CHUNK);
    size_t size = cur->size, hdr = sizeof(Chunk);
    size_t n0 = (CHUNK - hdr) / size, nw = (n0 + 63) / 64;
    size_t first = (hdr + 2 * nw * sizeof(uint64_t) + 15) & ~(size_t)15;
    memset(c, 0, first);
    c->maplen = CHUNK;
    c->size = (uint32_t)size;
    c->first = (uint32_t)first;
    c->nobjs = (uint32_t)((CHUNK - first) / size);
    c->nwords = (c->nobjs + 63) / 64;  /* <= nw: the space reserved */
    c->recip = (((uint64_t)1 << RECIP_SHIFT) + size - 1) / size;
    c->atomic = (uint8_t)atomic;
    if (c->nobjs & 63) c->bits[c->nwords - 1] = ~(uint64_t)0 << (c->nobjs & 63);
    register_region(c);
    if (cur->tail) cur->tail->next = c; else cur->head = c;
    cur->tail = c;
    return c;
}

/* Returns a nonzero word of free slots and points the cursor at it. */
static NOINLINE uint64_t refill(Cursor *cur, int atomic) {
    if (PYZ_UNLIKELY(cur->size == 0)) cur->size = class_size((int)(cur - cursors[atomic]));  /* its first */
    note_depth();
    flush(cur);
    if (since >= threshold) collect();
    for (;;) {
        Chunk *c = cur->chunk;
        if (!c) c = cur->chunk = new_chunk(cur, atomic);
        while (cur->word < c->nwords) {
            uint32_t w = cur->word++;
            uint64_t f = ~c->bits[w];
            if (f) {
                cur->given = f;
                cur->abits = &c->bits[w];
                cur->base = (char *)c + c->first + (size_t)w * 64 * cur->size;
                return f;
            }
        }
        cur->chunk = c->next;
        cur->word = 0;
    }
}

/* A freed large region of len to 1.5 len bytes, taken off large_free; NULL when there is none.
 * A list that grows by doubling frees the items it outgrew at each collection, and the lists of the
 * next call grow through the same sizes: quicksort's comprehensions mapped (and the kernel zeroed,
 * a page fault each 4 KiB) 50 MB of fresh regions for a 24 MB peak, a fifth of its time. */
static Chunk *take_large_region(size_t len) {
    for (Chunk **pp = &large_free; *pp; pp = &(*pp)->next) {
        Chunk *c = *pp;
        if (c->maplen >= len && c->maplen - len <= len / 2) {
            *pp = c->next;
            large_free_bytes -= c->maplen;
            return c;
        }
    }
    return NULL;
}

/* may_fail: return NULL when the memory cannot be had, after one collection to make room
 * (the try_alloc functions then raise MemoryError); otherwise that ends the program (pyz_oom).
 * zero: the object's bytes are zeroed (a fresh mapping is; a reused region is cleared here). */
static NOINLINE void *alloc_large(size_t size, int atomic, int may_fail, int zero) {
    note_depth();
    Chunk *c = NULL;
    size_t len = 0;
    if (size <= SIZE_MAX / 4) {
        len = (LARGE_HDR + size + page_size - 1) & ~(page_size - 1);
        if (since >= threshold) collect();
        for (int tries = 0; !c && tries < 2; tries++) {
            if (tries) collect();  /* to make room */
            c = take_large_region(len);
            if (c) {
                c->marked = 0;
                if (zero) memset((char *)c + LARGE_HDR, 0, size);
            } else if (len >= HUGE_PAGE && live + since >= HUGE_HEAP) {
                c = try_map_huge(len);
            } else {
                c = try_map_aligned(len);
            }
        }
    }
    if (!c) {
        if (!may_fail) pyz_oom();
        return NULL;
    }
    c->large = size;
    c->atomic = (uint8_t)atomic;
    c->next = large_list;
    large_list = c;
    register_region(c);
    since += c->maplen;
    return (char *)c + LARGE_HDR;
}

static inline void *alloc(size_t size, int atomic, int zero) {
    if (PYZ_UNLIKELY(size > MAX_SMALL)) return alloc_large(size, atomic, 0, zero);
    Cursor *cur = &cursors[atomic][class_of[(size + 15) >> 4]];
    uint64_t f = cur->free;
    if (PYZ_UNLIKELY(f == 0)) f = refill(cur, atomic);
    unsigned b = (unsigned)__builtin_ctzll(f);
    cur->free = f & (f - 1);
    char *p = cur->base + b * cur->size;
    since += cur->size;
    if (zero) {
        /* Sizes are multiples of 16: a few 16-byte stores where memset's call cost more than the
         * stores (text_pipeline's lists: 127M instructions in memset).  The empty asm keeps the
         * compiler from turning the loop back into that call. */
        if (cur->size <= 256) {
            for (char *q = p, *e = p + cur->size; q < e; q += 16) {
                memset(q, 0, 16);
                __asm__("" : : "r"(q) : "memory");
            }
        } else {
            memset(p, 0, cur->size);
        }
    }
    return p;
}

/* ------------------------------------------------------------------ public */

void pyz_gc_init(void *bottom) {
    stack_bottom = bottom;
    stack_low = bottom;
    if (gc_ready) return;
    gc_ready = 1;
    long ps = sysconf(_SC_PAGESIZE);
    page_size = ps > 0 ? (size_t)ps : 4096;
}

void *pyz_gc_alloc(size_t size) { return alloc(size, 0, 1); }

void *pyz_gc_alloc_atomic(size_t size) { return alloc(size, 1, 1); }

void *pyz_gc_alloc_atomic_raw(size_t size) { return alloc(size, 1, 0); }

/* the raise is here, not in alloc_large, so that runtime_raises.py's scan (which does not follow
 * flag arguments) sees pyz_gc_alloc as never raising */
static void *try_alloc(uint64_t size, int atomic, int zero) {
#if SIZE_MAX < UINT64_MAX
    if (PYZ_UNLIKELY(size > SIZE_MAX)) {  /* asked for in 64 bits: never truncated to a small size_t */
        pyz_raise(PYZ_EXC_MemoryError, "");
        return NULL;
    }
#endif
    if (size <= MAX_SMALL)
        return alloc(size, atomic, zero);
    void *p = alloc_large(size, atomic, 1, zero);
    if (PYZ_UNLIKELY(!p))
        pyz_raise(PYZ_EXC_MemoryError, "");
    return p;
}

void *pyz_gc_try_alloc(uint64_t size) { return try_alloc(size, 0, 1); }

void *pyz_gc_try_alloc_atomic(uint64_t size) { return try_alloc(size, 1, 1); }

void *pyz_gc_try_alloc_atomic_raw(uint64_t size) { return try_alloc(size, 1, 0); }

void pyz_gc_add_roots(void *start, size_t size) {
    if (nroots == roots_cap) {
        Range *grown = malloc(2 * roots_cap * sizeof(Range));
        if (!grown) pyz_oom();
        memcpy(grown, roots, nroots * sizeof(Range));
        if (roots != roots0) free(roots);
        roots = grown;
        roots_cap *= 2;
    }
    roots[nroots].lo = start;
    roots[nroots++].hi = (char *)start + size;
}

void pyz_gc_collect(void) { collect(); }

/* Zero the stack below the caller's frame, down to the deepest point the collector was at (at most
 * CLEAR_MAX bytes): the dead frames there hold stale pointers, which later frames that leave a slot
 * unwritten would show to the scan of the stack.  The zeroed bytes are an alloca of this frame's,
 * so memset's own frame lies below them; this frame's few words (return address, saved registers)
 * are all it leaves as they were. */
#define CLEAR_MAX ((size_t)1 << 20)
NOINLINE void pyz_gc_clear_stack(void) {
    char *top = (char *)__builtin_frame_address(0);  /* (a local's address may be ASan's fake stack) */
    if (stack_low >= top) return;
    size_t n = (size_t)(top - stack_low);
    if (n > CLEAR_MAX) n = CLEAR_MAX;
    char *p = __builtin_alloca(n);
    memset(p, 0, n);
    __asm__ volatile("" :: "r"(p) : "memory");
    stack_low = top;
}

size_t pyz_gc_heap_bytes(void) { return live + since; }

/* ---- the gc module: the collector frees every byte, so it never stops; `enabled` is only the flag
 * gc.isenabled() reports (see pyzc/primitives/gc_ops.py) */
static bool enabled = true;

int64_t pyz_gc_py_collect(int64_t generation) {
    if (generation < 0 || generation > 2) {
        pyz_raise(PYZ_EXC_ValueError, "invalid generation");
        return 0;
    }
    collect();
    return 0;
}

void pyz_gc_py_disable(void) { enabled = false; }
void pyz_gc_py_enable(void) { enabled = true; }
bool pyz_gc_py_isenabled(void) { return enabled; }
