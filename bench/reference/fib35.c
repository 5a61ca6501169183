/* Reference for bench/programs/fib35.py: naive recursive Fibonacci of 35. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static int64_t fib(int64_t n) {
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

int main(void) {
    printf("fib(35) = %" PRId64 "\n", fib(35));
    return 0;
}
