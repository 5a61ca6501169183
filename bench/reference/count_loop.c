/* Reference for bench/programs/count_loop.py: counting loop of 10 million iterations. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static int64_t count_up(int64_t n) {
    int64_t count = 0;
    for (int64_t i = 0; i < n; i++)
        count += 1;
    return count;
}

int main(void) {
    int64_t n = 10000000;
    int64_t total = count_up(n);
    printf("iterations: %" PRId64 "\n", total);
    return 0;
}
