/* Reference for bench/programs/fib30.py: naive recursive Fibonacci of 30. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static int64_t fib(int64_t n) {
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

int main(void) {
    printf("fib(30) = %" PRId64 "\n", fib(30));
    return 0;
}
