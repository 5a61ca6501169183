/* Reference for bench/programs/sieve.py: sieve of Eratosthenes up to five million. */
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static bool *sieve(int64_t limit) {
    bool *is_prime = malloc((size_t)(limit + 1) * sizeof *is_prime);
    if (!is_prime) {
        fputs("MemoryError\n", stderr);
        exit(1);
    }
    for (int64_t i = 0; i <= limit; i++)
        is_prime[i] = true;
    is_prime[0] = false;
    is_prime[1] = false;
    int64_t end = (int64_t)pow((double)limit, 0.5) + 1;
    for (int64_t i = 2; i < end; i++) {
        if (is_prime[i]) {
            for (int64_t j = i * i; j < limit + 1; j += i)
                is_prime[j] = false;
        }
    }
    return is_prime;
}

int main(void) {
    int64_t limit = 5000000;
    bool *is_prime = sieve(limit);
    int64_t count = 0, total = 0, largest = 0;
    for (int64_t n = 0; n < limit + 1; n++) {
        if (is_prime[n]) {
            count += 1;
            total += n;
            largest = n;
        }
    }
    printf("primes up to %" PRId64 ": %" PRId64 "\n", limit, count);
    printf("sum: %" PRId64 "\n", total);
    printf("largest: %" PRId64 "\n", largest);
    free(is_prime);
    return 0;
}
