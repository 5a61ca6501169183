/* test_gc.c - the collector: what is reachable survives with its contents,
 * garbage (cycles included) is reclaimed, atomic blocks are not scanned. */
#include "pyz.h"
#include "check.h"
#include <sys/resource.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define NOINLINE __attribute__((noinline))

typedef struct Node { struct Node *next; struct Node *other; int64_t value; int64_t pad; } Node;

static void *g_roots[4];
static uint64_t rng = 88172645463325252ull;

static uint64_t next_rand(void) {
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return rng;
}

static void fill(void *p, size_t n, unsigned char seed) {
    for (size_t i = 0; i < n; i++) ((unsigned char *)p)[i] = (unsigned char)(seed + i * 7);
}

static int filled(const void *p, size_t n, unsigned char seed) {
    for (size_t i = 0; i < n; i++)
        if (((const unsigned char *)p)[i] != (unsigned char)(seed + i * 7)) return 0;
    return 1;
}

static int all_zero(const void *p, size_t n) {
    for (size_t i = 0; i < n; i++) if (((const unsigned char *)p)[i]) return 0;
    return 1;
}

/* Stale copies of pointers in dead frames would keep garbage alive. */
static NOINLINE void clear_stack(void) {
    volatile char buf[16384];
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = 0;
}

/* Allocates (and scribbles over) lots of garbage so freed slots get reused. */
static NOINLINE void churn(size_t total) {
    int zeroed = 1;
    for (size_t n = 0; n < total;) {
        size_t size = 16 + next_rand() % 600;
        void *p = (next_rand() & 1) ? pyz_gc_alloc(size) : pyz_gc_alloc_atomic(size);
        zeroed &= all_zero(p, size);
        memset(p, 0xAB, size);
        n += size;
    }
    CHECK(zeroed);
}

static NOINLINE Node *make_list(int64_t n) {
    Node *head = NULL;
    for (int64_t i = 0; i < n; i++) {
        Node *node = pyz_gc_alloc(sizeof(Node));
        node->next = head;
        node->value = i;
        head = node;
    }
    return head;
}

static int list_ok(Node *head, int64_t n) {
    for (int64_t i = n - 1; i >= 0; i--, head = head->next)
        if (!head || head->value != i) return 0;
    return head == NULL;
}

static NOINLINE void test_stack_roots(void) {
    enum { N = 2000 };
    void *keep[N];
    size_t sizes[N];
    int zeroed = 1;
    for (int i = 0; i < N; i++) {
        sizes[i] = 1 + next_rand() % (i % 100 == 0 ? 100000 : 2000);
        keep[i] = (i & 1) ? pyz_gc_alloc(sizes[i]) : pyz_gc_alloc_atomic(sizes[i]);
        zeroed &= all_zero(keep[i], sizes[i]);
        fill(keep[i], sizes[i], (unsigned char)i);
        if (i % 500 == 0) churn(1 << 20);
    }
    CHECK(zeroed);
    pyz_gc_collect();
    churn(32 << 20);
    pyz_gc_collect();
    churn(4 << 20);
    int ok = 1;
    for (int i = 0; i < N; i++) ok &= filled(keep[i], sizes[i], (unsigned char)i);
    CHECK(ok);
}

static NOINLINE void test_interior_and_nested(void) {
    /* Only interior pointers: into a small object, into a large one. */
    char *small = (char *)pyz_gc_alloc_atomic(100) + 57;
    fill(small - 57, 100, 3);
    char *large = (char *)pyz_gc_alloc_atomic(3 << 20) + (2 << 20) + 12345;
    fill(large - (2 << 20) - 12345, 3 << 20, 4);
    /* Pointers kept only inside scanned objects: a long list (deep marking),
     * a large scanned array of small objects, interior pointers in objects. */
    Node *list = make_list(300000);
    enum { M = 10000 };
    void **arr = pyz_gc_alloc(M * sizeof(void *));
    for (int i = 0; i < M; i++) {
        arr[i] = pyz_gc_alloc_atomic(40);
        fill(arr[i], 40, (unsigned char)i);
        if (i % 2) arr[i] = (char *)arr[i] + 39;  /* last byte */
    }
    clear_stack();
    pyz_gc_collect();
    churn(40 << 20);
    CHECK(filled(small - 57, 100, 3));
    CHECK(filled(large - (2 << 20) - 12345, 3 << 20, 4));
    CHECK(list_ok(list, 300000));
    int ok = 1;
    for (int i = 0; i < M; i++) ok &= filled((char *)arr[i] - (i % 2 ? 39 : 0), 40, (unsigned char)i);
    CHECK(ok);
}

static NOINLINE void set_global_roots(void) {
    g_roots[0] = make_list(1000);
    g_roots[1] = (char *)pyz_gc_alloc(200000) + 100;  /* large, interior */
    fill((char *)g_roots[1] - 100, 200000, 9);
    Node *n = pyz_gc_alloc(sizeof(Node));
    n->other = make_list(50);
    g_roots[2] = n;
}

static NOINLINE void test_global_roots(void) {
    pyz_gc_add_roots(g_roots, sizeof g_roots);
    set_global_roots();
    clear_stack();
    pyz_gc_collect();
    churn(20 << 20);
    pyz_gc_collect();
    CHECK(list_ok(g_roots[0], 1000));
    CHECK(filled((char *)g_roots[1] - 100, 200000, 9));
    CHECK(list_ok(((Node *)g_roots[2])->other, 50));
}

/* Forty root ranges, past the sixteen the collector holds before its first malloc, each the only
 * holder of a list; and 200 large objects alive at once, whose chunks overflow the chunk table's
 * static first 256 slots (gc.c: table0, roots0). */
static void *many_roots[40];
static void *many_large[200];

static NOINLINE void fill_many_roots(void) {
    for (int i = 0; i < 40; i++) {
        pyz_gc_add_roots(&many_roots[i], sizeof many_roots[i]);
        many_roots[i] = make_list(20 + i);
    }
    for (int i = 0; i < 200; i++) {
        many_large[i] = pyz_gc_alloc(300000);
        fill(many_large[i], 300000, (unsigned char)i);
    }
}

static NOINLINE void test_many_roots(void) {
    pyz_gc_add_roots(many_large, sizeof many_large);
    fill_many_roots();
    clear_stack();
    pyz_gc_collect();
    churn(20 << 20);
    pyz_gc_collect();
    int ok = 1;
    for (int i = 0; i < 40; i++) ok &= list_ok(many_roots[i], 20 + i);
    CHECK(ok);
    ok = 1;
    for (int i = 0; i < 200; i++) ok &= filled(many_large[i], 300000, (unsigned char)i);
    CHECK(ok);
    for (int i = 0; i < 200; i++) many_large[i] = NULL;
    pyz_gc_collect();
}

/* g_roots[3] holds a 4 MiB scanned object only through a block of kind
 * `atomic`: the object must go when the block is atomic, stay otherwise. */
static NOINLINE void hide_big_object(int atomic) {
    void **holder = atomic ? pyz_gc_alloc_atomic(64) : pyz_gc_alloc(64);
    holder[3] = pyz_gc_alloc(4 << 20);
    g_roots[3] = holder;
}

static NOINLINE void test_atomic_not_scanned(void) {
    for (int atomic = 0; atomic < 2; atomic++) {
        clear_stack();
        pyz_gc_collect();
        size_t before = pyz_gc_heap_bytes();
        hide_big_object(atomic);
        clear_stack();
        pyz_gc_collect();
        size_t after = pyz_gc_heap_bytes();
        if (atomic) CHECK(after < before + 1024 * 1024);
        else CHECK(after >= before + (4 << 20));
        g_roots[3] = NULL;
    }
    clear_stack();
    pyz_gc_collect();
}

/* Leaves copies of a 4 MiB scanned object's address in its dead frame, a frame below the caller's
 * callee (as the locals of a generated function lie below its callees' frames). */
static NOINLINE void leave_pointer_inner(void) {
    volatile uintptr_t slots[64];
    uintptr_t big = (uintptr_t)pyz_gc_alloc(4 << 20);
    for (int i = 0; i < 64; i++) slots[i] = big;
    __asm__ volatile("" :: "r"(slots) : "memory");
}

static NOINLINE void leave_pointer(void) {
    volatile uintptr_t frame[8] = {0};
    leave_pointer_inner();
    __asm__ volatile("" :: "r"(frame) : "memory");
}

/* Collects from a frame whose slots are never written: they hold what dead frames left there. */
static NOINLINE size_t collect_over_holes(void) {
    volatile uintptr_t holes[128];
    __asm__ volatile("" :: "r"(holes) : "memory");
    pyz_gc_collect();
    return pyz_gc_heap_bytes();
}

/* pyz_gc_clear_stack zeroes the dead frames below the caller, down to where the collector was:
 * the object whose address only they held is garbage at the next collection. */
static NOINLINE void test_clear_stack(void) {
    clear_stack();
    pyz_gc_collect();
    size_t before = pyz_gc_heap_bytes();
    leave_pointer();
    size_t kept = collect_over_holes();
    printf("clear_stack: without clearing, %s\n", kept >= before + (4 << 20) ? "kept" : "freed");
    leave_pointer();
    pyz_gc_clear_stack();
    CHECK(collect_over_holes() < before + (1 << 20));
}

/* Some 2 GB of short-lived objects, cycles and large objects, with a small
 * rotating live set: the heap must stay bounded. */
static NOINLINE void test_bounded(void) {
    enum { LIVE = 256 };
    Node *window[LIVE] = {0};
    size_t total = 0, peak = 0, low = SIZE_MAX;
    for (unsigned i = 0; total < ((size_t)2 << 30); i++) {
        Node *a = pyz_gc_alloc(sizeof(Node)), *b = pyz_gc_alloc(sizeof(Node));
        a->next = b; b->next = a;                       /* a cycle */
        a->other = pyz_gc_alloc_atomic(16 + next_rand() % 1000);
        b->other = (Node *)pyz_gc_alloc(64 + next_rand() % 4000);
        b->other->next = a;                             /* a longer cycle */
        a->value = i;
        total += 2 * sizeof(Node) + 3000;
        if (i % 64 == 0) {                               /* large objects too */
            size_t size = 40000 + next_rand() % 200000;
            Node *big = (i & 128) ? pyz_gc_alloc(size) : pyz_gc_alloc_atomic(size);
            if (i & 128) big->next = a;
            a->pad = (int64_t)(intptr_t)big;
            total += size;
        }
        window[next_rand() % LIVE] = a;
        size_t h = pyz_gc_heap_bytes();
        if (h > peak) peak = h;
        if (h < low) low = h;
    }
    int ok = 1;
    for (int i = 0; i < LIVE; i++)
        if (window[i]) ok &= window[i]->next->next == window[i] && all_zero((char *)window[i]->next->other + 8, 56);
    CHECK(ok);
    printf("bounded: peak heap %zu KiB, low %zu KiB\n", peak >> 10, low >> 10);
    CHECK(peak < ((size_t)64 << 20));
    CHECK(low < ((size_t)16 << 20));
}

/* Past 16 MiB of heap, a size class that fills its chunks gets them in transparent huge pages
 * (gc.c: advise_huge): where the system gives huge pages on request ("[madvise]"), the mapping that
 * holds the newest of 40 MB of small strings-to-be is eligible for them.  Elsewhere (THP "[never]",
 * or "[always]", where every mapping is) and on kernels that do not say (no THPeligible line) this
 * checks nothing and says so. */
static int thp_mode_is_madvise(void) {
    FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    char buf[128] = {0};
    if (!f) return 0;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return strstr(buf, "[madvise]") != NULL;
}

/* 1 or 0: THPeligible of the mapping that holds p; -1 when smaps does not say */
static int thp_eligible(const void *p) {
    FILE *f = fopen("/proc/self/smaps", "r");
    char line[512];
    int inside = 0, found = -1;
    if (!f) return -1;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 && strchr(line, '-') < strchr(line, ' ')) {
            inside = (uintptr_t)p >= lo && (uintptr_t)p < hi;
            continue;
        }
        int v;
        if (inside && sscanf(line, "THPeligible: %d", &v) == 1) {
            found = v;
            break;
        }
    }
    fclose(f);
    return found;
}

static NOINLINE void test_huge_pages(void) {
    enum { N = 800000 };
    void **keep = pyz_gc_alloc(N * sizeof(void *));
    g_roots[3] = keep;
    for (int i = 0; i < N; i++) {
        keep[i] = pyz_gc_alloc_atomic(48);
        fill(keep[i], 48, (unsigned char)i);
    }
    int ok = 1;
    for (int i = 0; i < N; i += 997) ok &= filled(keep[i], 48, (unsigned char)i);
    CHECK(ok);
    int e = thp_eligible(keep[N - 1]);
    if (!thp_mode_is_madvise() || e < 0) {
        printf("huge pages: not checked (THP not in madvise mode, or no THPeligible in smaps)\n");
    } else {
        printf("huge pages: THPeligible %d\n", e);
        CHECK(e == 1);
    }
    g_roots[3] = NULL;
}

/* A large region freed by a collection is reused (gc.c: take_large_region) for a request of about its
 * size, so writing the new object faults in no page (the kernel may give a fresh mapping the same
 * address, so the address says nothing); it comes back zeroed from pyz_gc_alloc and
 * pyz_gc_alloc_atomic, and a live object is never handed out again.  Each dirty object is made in a
 * frame of its own; stale stack words may still keep a few. */
static NOINLINE void make_dirty_large(size_t n, int atomic) {
    char *p = atomic ? pyz_gc_alloc_atomic(n) : pyz_gc_alloc(n);
    fill(p, n, 0x5a);
}

static long minor_faults(void) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_minflt;
}

static NOINLINE void test_large_reuse(void) {
    enum { ROUNDS = 8 };
    char *lives[ROUNDS], *got[ROUNDS];  /* kept alive by this frame */
    int reused = 0, zeroed = 1, kept = 1;
    for (int round = 0; round < ROUNDS; round++) {
        size_t n = (size_t)(200000 + round * 100);
        int atomic = round & 1;
        make_dirty_large(n, atomic);
        lives[round] = pyz_gc_alloc_atomic(n);
        fill(lives[round], n, (unsigned char)round);
        pyz_gc_clear_stack();
        pyz_gc_collect();
        long before = minor_faults();
        char *p = got[round] = atomic ? pyz_gc_alloc_atomic(n + 500) : pyz_gc_alloc(n + 500);
        zeroed &= all_zero(p, n + 500);
        fill(p, n + 500, 0x77);
        reused += minor_faults() - before < (long)(n / 4096 / 4);  /* a fresh mapping faults ~49 pages */
    }
    for (int round = 0; round < ROUNDS; round++)
        kept &= filled(lives[round], (size_t)(200000 + round * 100), (unsigned char)round)
                && got[round] != lives[round];
    printf("large regions reused: %d of %d\n", reused, ROUNDS);
    CHECK(reused > 0);
    CHECK(zeroed);
    CHECK(kept);
}

/* Objects of every small size in 16-byte steps, three at a time: each keeps its contents, so no
 * size is given a class smaller than itself (gc.c's class_of is a table written out by macros). */
static void test_every_size_class(void) {
    int ok = 1;
    for (size_t n = 16; n <= 32768 && ok; n += 16) {
        char *p[3];
        for (int k = 0; k < 3; k++) {
            p[k] = (k & 1) ? pyz_gc_alloc(n) : pyz_gc_alloc_atomic(n - 15);
            fill(p[k], k & 1 ? n : n - 15, (unsigned char)(n + k));
        }
        for (int k = 0; k < 3; k++) ok &= filled(p[k], k & 1 ? n : n - 15, (unsigned char)(n + k));
    }
    CHECK(ok);
}

int main(void) {
    pyz_gc_init(__builtin_frame_address(0));
    CHECK(pyz_gc_heap_bytes() == 0);
    void *p = pyz_gc_alloc(0), *q = pyz_gc_alloc(0);
    CHECK(p != NULL && q != NULL && p != q);
    CHECK(((uintptr_t)pyz_gc_alloc(24) & 15) == 0);
    test_stack_roots();
    test_interior_and_nested();
    test_global_roots();
    test_many_roots();
    test_atomic_not_scanned();
    test_clear_stack();
    test_bounded();
    test_huge_pages();
    test_large_reuse();
    test_every_size_class();
    return CHECK_DONE();
}
