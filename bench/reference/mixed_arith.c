/* Reference for bench/programs/mixed_arith.py: 5 million rounds of + - * // %.
   Every operand is non-negative, so C's truncating / and % agree with Python's
   floor division and modulo. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
    int64_t n = 5000000;
    int64_t acc = 0;
    for (int64_t i = 0; i < n; i++)
        acc = (acc + i * 3 - i / 7 + i % 11) % 1000003;
    printf("acc: %" PRId64 "\n", acc);
    return 0;
}
