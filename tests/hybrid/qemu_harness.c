/* tests/test_hybrid.py: the entry points of tests/hybrid/state.py's module, called from C, for a CPU
 * this machine has no CPython for (aarch64 under qemu-user).  Appended to the module's generated C
 * and built as a static program: what CPython's wrapper does, minus cffi. */
#include <pthread.h>
#include <stdio.h>

static void report(void) {
    const char *out;
    int64_t n = pyzx__error(&out);
    printf("raised %lld bytes\n", (long long)n);
}

static void *worker(void *arg) {
    (void)arg;
    char in[11];  /* an encoded str argument: its length, then its bytes (runtime_c/hybrid.c) */
    int64_t len = 3;
    memcpy(in, &len, 8);
    memcpy(in + 8, "abc", 3);
    for (int i = 0; i < 1000; i++)
        pyzx_f_remember(in);
    return NULL;
}

int main(void) {
    if (pyzx__init()) { report(); return 2; }
    printf("%lld\n", (long long)pyzx_f_bump(2));
    printf("%lld\n", (long long)pyzx_f_bump(3));
    const char *out;
    int64_t n = pyzx_f_history(&out);
    int64_t len, a, b;
    memcpy(&len, out, 8); memcpy(&a, out + 8, 8); memcpy(&b, out + 16, 8);
    printf("%lld bytes: [%lld, %lld] of %lld\n", (long long)n, (long long)a, (long long)b, (long long)len);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_join(t, NULL);
    printf("%lld remembered\n", (long long)pyzx_f_remembered());
    printf("attention %d\n", *pyzx__attention());
    return 0;
}
