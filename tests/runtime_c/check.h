/* check.h - the tiny harness of the runtime's C unit tests.
 * Each tests/runtime_c/test_*.c is a program: it calls CHECK* and ends with
 * `return CHECK_DONE();`, which prints "N passed, M failed" and returns the
 * exit status.  tests/test_runtime_c.py builds each with all the runtime C files
 * under gcc -fsanitize=address,undefined and runs it. */
#ifndef PYZ_CHECK_H
#define PYZ_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond) do { \
    if (cond) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

/* Compares a PyzStr (or anything with .data/.len) with a C string. */
#define CHECK_STR(pyzstr, expected) do { \
    const char *check_e_ = (expected); \
    PyzStr *check_s_ = (pyzstr); \
    if (check_s_ && (size_t)check_s_->len == strlen(check_e_) && memcmp(check_s_->data, check_e_, strlen(check_e_)) == 0) check_passed++; \
    else { check_failed++; fprintf(stderr, "%s:%d: CHECK_STR failed: got '%.*s', expected '%s'\n", __FILE__, __LINE__, \
            check_s_ ? (int)check_s_->len : 6, check_s_ ? check_s_->data : "(null)", check_e_); } \
} while (0)

#define CHECK_DONE() (printf("%d passed, %d failed\n", check_passed, check_failed), check_failed != 0)
#endif
