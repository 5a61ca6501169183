/* Reference for bench/programs/gen_pipeline.py: the three generators fused into one loop by hand. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
    int64_t n = 5000000, total = 0, count = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t x = i * i % 10007;
        if (x % 2 == 0) {
            total += x;
            count += 1;
        }
    }
    printf("count: %" PRId64 " total: %" PRId64 "\n", count, total);
    return 0;
}
