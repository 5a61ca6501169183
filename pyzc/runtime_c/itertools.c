/* itertools.c - the index vectors behind itertools.product, combinations,
 * combinations_with_replacement and permutations.
 *
 * Invariants: the generated code keeps each tuple's items in a list per pool
 * and these functions only move indices, so one C function serves every item
 * type.  st[0] is 0 before the first call (the GC hands out zeroed memory)
 * and 1 after; st[1 .. 1 + r) are the indices of the current tuple (for
 * permutations: st[1 .. 1 + n) are CPython's `indices`, followed by its r
 * `cycles`).  The order is CPython's: the rightmost index moves fastest.
 */
#include "pyz.h"

bool pyz_itertools_product_next(int64_t *st, const int64_t *sizes, int64_t r) {
    int64_t *idx = st + 1;
    if (st[0] == 0) {
        st[0] = 1;
        for (int64_t i = 0; i < r; i++)
            if (sizes[i] == 0) return false;
        return true;  /* all zero */
    }
    for (int64_t i = r - 1; i >= 0; i--) {
        if (++idx[i] < sizes[i]) return true;
        idx[i] = 0;
    }
    return false;
}

/* product(xs, repeat=r) where r is known only when it runs: r indexes, each counting to n = len(xs);
 * r == 0 gives one empty tuple, as CPython's does */
bool pyz_itertools_power_next(int64_t *st, int64_t n, int64_t r) {
    int64_t *idx = st + 1;
    if (st[0] == 0) {
        st[0] = 1;
        return r == 0 || n > 0;  /* all zero */
    }
    for (int64_t i = r - 1; i >= 0; i--) {
        if (++idx[i] < n) return true;
        idx[i] = 0;
    }
    return false;
}

bool pyz_itertools_combinations_next(int64_t *st, int64_t n, int64_t r) {
    int64_t *idx = st + 1;
    if (st[0] == 0) {
        st[0] = 1;
        if (r > n) return false;
        for (int64_t i = 0; i < r; i++) idx[i] = i;
        return true;
    }
    int64_t i = r - 1;
    while (i >= 0 && idx[i] == i + n - r) i--;
    if (i < 0) return false;
    idx[i]++;
    for (int64_t j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    return true;
}

/* combinations_with_replacement: indices that never decrease, each below n (CPython's order) */
bool pyz_itertools_combinations_with_replacement_next(int64_t *st, int64_t n, int64_t r) {
    int64_t *idx = st + 1;
    if (st[0] == 0) {
        st[0] = 1;
        if (n == 0 && r > 0) return false;
        for (int64_t i = 0; i < r; i++) idx[i] = 0;
        return true;
    }
    int64_t i = r - 1;
    while (i >= 0 && idx[i] == n - 1) i--;
    if (i < 0) return false;
    int64_t v = idx[i] + 1;
    for (int64_t j = i; j < r; j++) idx[j] = v;
    return true;
}

bool pyz_itertools_permutations_next(int64_t *st, int64_t n, int64_t r) {
    int64_t *indices = st + 1;
    int64_t *cycles = st + 1 + n;
    if (st[0] == 0) {
        st[0] = 1;
        if (r > n) return false;
        for (int64_t i = 0; i < n; i++) indices[i] = i;
        for (int64_t i = 0; i < r; i++) cycles[i] = n - i;
        return true;
    }
    for (int64_t i = r - 1; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] == 0) {
            int64_t first = indices[i];
            for (int64_t j = i; j + 1 < n; j++) indices[j] = indices[j + 1];
            indices[n - 1] = first;
            cycles[i] = n - i;
        } else {
            int64_t j = cycles[i];
            int64_t t = indices[i];
            indices[i] = indices[n - j];
            indices[n - j] = t;
            return true;
        }
    }
    return false;
}
