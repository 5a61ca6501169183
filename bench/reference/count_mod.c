/* Reference for bench/programs/count_mod.py: 50 million rounds of total += i % 7.
   i is never negative, so C's % is Python's. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static int64_t count_mod(int64_t n) {
    int64_t total = 0;
    for (int64_t i = 0; i < n; i++)
        total += i % 7;
    return total;
}

int main(void) {
    int64_t n = 50000000;
    printf("total: %" PRId64 "\n", count_mod(n));
    return 0;
}
