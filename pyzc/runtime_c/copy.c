/* copy.c - the memo of copy.deepcopy (pyz.h, "copy.c").
 *
 * Invariants:
 * - A memo maps the address of a container or object of the original to its
 *   copy.  slots is NULL (nothing recorded) or a GC block of 2 * (mask + 1)
 *   pointers, key then value, scanned by the GC: the copies made so far stay
 *   alive through it, and the memo itself lives in the C frame of the copy's
 *   entry function, which the collector scans.
 * - Open addressing with linear probing; a NULL key is an empty slot (a NULL
 *   value, None, is never recorded: the copy functions return None at once).
 *   The table is at most half full; nothing is ever removed.
 * - A NULL memo records nothing and finds nothing.
 */
#include "pyz.h"
#include <string.h>

static inline uint64_t slot_of(const void *key, uint64_t mask) {
    uint64_t h = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ULL;
    return (h >> 32) & mask;
}

void *pyz_copy_memo_get(const PyzCopyMemo *m, const void *key) {
    if (m == NULL || m->slots == NULL) return NULL;
    for (uint64_t i = slot_of(key, m->mask);; i = (i + 1) & m->mask) {
        void *k = m->slots[2 * i];
        if (k == key) return m->slots[2 * i + 1];
        if (k == NULL) return NULL;
    }
}

static void insert(void **slots, uint64_t mask, const void *key, void *value) {
    uint64_t i = slot_of(key, mask);
    while (slots[2 * i] != NULL) i = (i + 1) & mask;
    slots[2 * i] = (void *)key;
    slots[2 * i + 1] = value;
}

void pyz_copy_memo_put(PyzCopyMemo *m, const void *key, void *value) {
    if (m == NULL) return;
    if (m->slots == NULL || (uint64_t)(m->used + 1) * 2 > m->mask + 1) {
        uint64_t size = m->slots == NULL ? 16 : (m->mask + 1) * 2;
        void **slots = pyz_gc_alloc(size * 2 * sizeof(void *));
        if (m->slots != NULL)
            for (uint64_t i = 0; i <= m->mask; i++)
                if (m->slots[2 * i] != NULL) insert(slots, size - 1, m->slots[2 * i], m->slots[2 * i + 1]);
        m->slots = slots;
        m->mask = size - 1;
    }
    insert(m->slots, m->mask, key, value);
    m->used++;
}
