/* time.c - the time module.
 *
 * Invariants: each clock is the one CPython uses for the same function
 * (CLOCK_REALTIME for time(), CLOCK_MONOTONIC for perf_counter() and
 * monotonic(), CLOCK_PROCESS_CPUTIME_ID for process_time()); the float forms
 * are the _ns forms divided by 1e9, as in CPython.  sleep() resumes after a
 * signal interrupts it, and a negative length raises ValueError.
 * localtime, gmtime and strftime are strftime.c's (a program that only reads
 * a clock links none of them).
 */
#include "pyz.h"
#include <errno.h>
#include <math.h>
#include <time.h>

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t pyz_time_time_ns(void) { return clock_ns(CLOCK_REALTIME); }
int64_t pyz_time_perf_counter_ns(void) { return clock_ns(CLOCK_MONOTONIC); }
int64_t pyz_time_monotonic_ns(void) { return clock_ns(CLOCK_MONOTONIC); }
double pyz_time_time(void) { return (double)clock_ns(CLOCK_REALTIME) * 1e-9; }
double pyz_time_perf_counter(void) { return (double)clock_ns(CLOCK_MONOTONIC) * 1e-9; }
double pyz_time_monotonic(void) { return (double)clock_ns(CLOCK_MONOTONIC) * 1e-9; }
double pyz_time_process_time(void) { return (double)clock_ns(CLOCK_PROCESS_CPUTIME_ID) * 1e-9; }

void pyz_time_sleep(double seconds) {
    if (isnan(seconds)) {
        pyz_raise(PYZ_EXC_ValueError, "Invalid value NaN (not a number)");
        return;
    }
    if (seconds < 0) {
        pyz_raise(PYZ_EXC_ValueError, "sleep length must be non-negative");
        return;
    }
    struct timespec ts;
    ts.tv_sec = (time_t)seconds;
    ts.tv_nsec = (long)((seconds - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {
    }
}
