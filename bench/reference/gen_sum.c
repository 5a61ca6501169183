/* Reference for bench/programs/gen_sum.py: the generator's loop written out by hand. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
    int64_t n = 10000000, total = 0;
    for (int64_t i = 0; i < n; i++)
        total += i * 3 % 1000;
    printf("sum: %" PRId64 "\n", total);
    return 0;
}
