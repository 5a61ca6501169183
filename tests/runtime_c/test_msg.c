/* test_msg.c - unit tests of runtime_c/msg.c: pyz_msgf gives snprintf's text for every
 * conversion the runtime's messages use, and stays inside its buffer when the text is longer. */
#include "pyz.h"
#include "check.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>

#define SAME(...) do { \
    char want_[256], got_[256]; \
    snprintf(want_, sizeof want_, __VA_ARGS__); \
    int n_ = pyz_msgf(got_, sizeof got_, __VA_ARGS__); \
    if (strcmp(want_, got_) == 0 && n_ == (int)strlen(want_)) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: got '%s' (%d), expected '%s'\n", __FILE__, __LINE__, got_, n_, want_); } \
} while (0)

int main(void)
{
    SAME("plain text, no conversion");
    SAME("100%% sure");
    SAME("'%s' object has no attribute '%s'", "NoneType", "x");
    SAME("%s", "");
    SAME("[%.*s]", 3, "abcdef");
    SAME("[%.*s]", 10, "abc");
    SAME("[%.*s]", 0, "abc");
    SAME("%.*s() takes %s but %lld%s %s given", 4, "funcname", "2 positional arguments", 3LL, "", "were");
    SAME("bad escape \\%c", 'q');
    SAME("%s'%c'%s", "Unknown format code ", 'z', " for object of type 'int'");
    SAME("%s'\\x%x'%s", "Unknown format code ", 0x1f600u, ".");
    SAME("byte 0x%02x in position %lld", 0x7, 12LL);
    SAME("byte 0x%02x in position %lld", 0xff, -1LL);
    SAME("%d %d %d %d", 0, -1, INT_MAX, INT_MIN);
    SAME("%lld %lld %lld", 0LL, LLONG_MAX, LLONG_MIN);
    SAME("%llu %llu", 0ULL, ULLONG_MAX);
    SAME("%s0x%llx", "-", 0xdeadbeefcafeULL);
    SAME("%u %x %X", 4000000000u, 0xabcdefu, 0xabcdefu);
    SAME("%zu %ld %lu", (size_t)123456789, -5L, 7UL);
    SAME("[%5d] [%-5d] [%05d] [%05d]", 42, 42, 42, -42);
    SAME("[%8s] [%-8s] [%*s]", "ab", "ab", 4, "x");
    SAME("[%3c]", 'y');
    SAME("<%s object at %p>", "Foo", (void *)0x7f12345678a0);
    SAME("Exceeds the limit (4300 digits) for integer string conversion: value has %lld digits; use "
         "sys.set_int_max_str_digits() to increase the limit", 5000LL);

    /* a message longer than the buffer: cut, terminated, and the count is what was written */
    char small[8];
    int n = pyz_msgf(small, sizeof small, "%s and %lld", "abcdef", 123456LL);
    CHECK(n == 7 && strcmp(small, "abcdef ") == 0);
    n = pyz_msgf(small, sizeof small, "%lld", 123456789012LL);
    CHECK(n == 7 && strcmp(small, "1234567") == 0);
    n = pyz_msgf(small, 1, "abc");
    CHECK(n == 0 && small[0] == 0);
    /* pieces added one after another never pass the end */
    char msg[16];
    int k = pyz_msgf(msg, sizeof msg, "%s", "missing: ");
    for (int i = 0; i < 5; i++) k += pyz_msgf(msg + k, sizeof msg - (size_t)k, "'%c' ", 'a' + i);
    CHECK(k == 15 && strcmp(msg, "missing: 'a' 'b") == 0);
    return CHECK_DONE();
}
