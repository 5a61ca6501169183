/* print.c - buffered standard output.
 *
 * Invariants: everything the program prints goes through out_buf, which is
 * written with write(2) when full, at exit (pyz_flush from pyz_rt_finish) and
 * before anything is written to stderr, so the two streams interleave as
 * they would under CPython writing to a file.  When stdout is a terminal it
 * is line buffered, as CPython's: a write holding a newline flushes.
 */
#include "pyz.h"
#include <string.h>
#include <unistd.h>
#include <errno.h>

#define OUT_CAP (1 << 16)
static char out_buf[OUT_CAP];
static int64_t out_len;
static int32_t line_buffered = -1;  /* stdout is a terminal (-1: not asked yet) */

void pyz_flush(void) {
    int64_t off = 0;
    while (off < out_len) {
        ssize_t n = write(1, out_buf + off, (size_t)(out_len - off));
        if (n < 0) {
            if (errno == EINTR) continue;
            break; /* stdout closed: drop output as there is nowhere to put it */
        }
        off += n;
    }
    out_len = 0;
}

void pyz_write_bytes(const char *data, int64_t len) {
    if (PYZ_UNLIKELY(out_len + len > OUT_CAP)) {
        pyz_flush();
        if (len > OUT_CAP) {
            int64_t off = 0;
            while (off < len) {
                ssize_t n = write(1, data + off, (size_t)(len - off));
                if (n < 0) { if (errno == EINTR) continue; return; }
                off += n;
            }
            return;
        }
    }
    memcpy(out_buf + out_len, data, (size_t)len);
    out_len += len;
    if (PYZ_UNLIKELY(line_buffered != 0)) {
        if (line_buffered < 0) line_buffered = isatty(1);
        if (line_buffered && memchr(data, '\n', (size_t)len)) pyz_flush();
    }
}

void pyz_write_cstr(const char *s) { pyz_write_bytes(s, (int64_t)strlen(s)); }

void pyz_write_str(PyzStr *s) { pyz_write_bytes(s->data, s->len); }

void pyz_write_int(int64_t v) {
    char buf[24];
    int32_t n = pyz_fmt_int(v, buf);
    pyz_write_bytes(buf, n);
}

void pyz_write_float(double v) {
    char buf[32];
    int32_t n = pyz_fmt_float_repr(v, buf);
    pyz_write_bytes(buf, n);
}

void pyz_write_bool(bool v) {
    if (v) pyz_write_bytes("True", 4);
    else pyz_write_bytes("False", 5);
}

void pyz_write_none(void) { pyz_write_bytes("None", 4); }
