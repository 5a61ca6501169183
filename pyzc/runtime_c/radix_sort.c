/* radix_sort.c - sorting a list of ints or floats by the bits of its items (pyz_sort_radix_*).
 *
 * A list of ints none of which is big, or of floats none of which is a NaN or -0.0, has one
 * sorted order whatever the algorithm: items that compare equal are the same value, bit for
 * bit, so which of two equal items comes first cannot be seen, and every comparison is a total
 * order.  Such a list is sorted here by an LSD radix sort of order-preserving 64-bit keys
 * (8 passes of 8 bits; a pass where every key has the same byte is skipped, so small ints
 * take two or three), about ten times fewer steps than timsort's comparisons on a million
 * random items.  An already sorted list is left as it is after the one pass that builds the
 * keys.  The functions return false and change nothing when the list is not such a list or
 * the scratch memory cannot be had; the caller then sorts it by timsort, as CPython does.
 */
#include "pyz.h"

#include <stdlib.h>
#include <string.h>

#define TOP ((uint64_t)1 << 63)

/* keys[0..n) in ascending order, using scratch of n keys */
static void radix_u64(uint64_t *keys, uint64_t *scratch, int64_t n) {
    static size_t counts[8][256];
    memset(counts, 0, sizeof counts);
    for (int64_t i = 0; i < n; i++) {
        uint64_t k = keys[i];
        for (int b = 0; b < 8; b++)
            counts[b][(k >> (8 * b)) & 255]++;
    }
    uint64_t *src = keys, *dst = scratch;
    for (int b = 0; b < 8; b++) {
        size_t *c = counts[b];
        if (c[(src[0] >> (8 * b)) & 255] == (size_t)n)
            continue;  /* every key has this byte */
        size_t at = 0;
        for (int d = 0; d < 256; d++) {
            size_t m = c[d];
            c[d] = at;
            at += m;
        }
        for (int64_t i = 0; i < n; i++) {
            uint64_t k = src[i];
            dst[c[(k >> (8 * b)) & 255]++] = k;
        }
        uint64_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != keys)
        memcpy(keys, src, (size_t)n * sizeof *keys);
}

/* Ints: the key of word w is w with its sign bit flipped (then all bits flipped for reverse). */
bool pyz_sort_radix_i64(int64_t *items, int64_t n, bool reverse) {
    bool sorted = true;
    for (int64_t i = 0; i < n; i++) {
        if (pyz_int_is_big(items[i]))
            return false;
        if (i && (reverse ? items[i - 1] < items[i] : items[i - 1] > items[i]))
            sorted = false;
    }
    if (sorted)
        return true;
    uint64_t *scratch = malloc((size_t)n * sizeof *scratch);
    if (!scratch)
        return false;
    uint64_t *keys = (uint64_t *)items, flip = reverse ? ~TOP : TOP;
    for (int64_t i = 0; i < n; i++)
        keys[i] ^= flip;
    radix_u64(keys, scratch, n);
    for (int64_t i = 0; i < n; i++)
        keys[i] ^= flip;
    free(scratch);
    return true;
}

/* Floats: a positive double's bits with the sign bit set, a negative one's bits all flipped,
 * order as the doubles do. */
static inline uint64_t float_key(uint64_t u) { return u & TOP ? ~u : u | TOP; }
static inline uint64_t float_unkey(uint64_t k) { return k & TOP ? k & ~TOP : ~k; }

bool pyz_sort_radix_f64(double *items, int64_t n, bool reverse) {
    bool sorted = true;
    for (int64_t i = 0; i < n; i++) {
        uint64_t u;
        memcpy(&u, &items[i], sizeof u);
        if (u == TOP || (u & ~TOP) > 0x7FF0000000000000ULL)
            return false;  /* -0.0, NaN */
        if (i && (reverse ? items[i - 1] < items[i] : items[i - 1] > items[i]))
            sorted = false;
    }
    if (sorted)
        return true;
    uint64_t *scratch = malloc((size_t)n * sizeof *scratch);
    if (!scratch)
        return false;
    uint64_t *keys = (uint64_t *)(void *)items;
    for (int64_t i = 0; i < n; i++) {
        uint64_t k = float_key(keys[i]);
        keys[i] = reverse ? ~k : k;
    }
    radix_u64(keys, scratch, n);
    for (int64_t i = 0; i < n; i++)
        keys[i] = float_unkey(reverse ? ~keys[i] : keys[i]);
    free(scratch);
    return true;
}
