/* print.c - buffered standard output.
 *
 * Invariants: everything the program prints goes through out_buf, which is
 * written with write(2) when full, at exit (pyz_flush from pyz_rt_finish) and
 * before anything is written to stderr, so the two streams interleave as
 * they would under CPython writing to a file.  When stdout is a terminal it
 * is line buffered, as CPython's: a write holding a newline flushes.
 * Write errors are CPython's: a write that needs room, and sys.stdout.flush(), raise OSError
 * (BrokenPipeError for EPIPE; SIGPIPE is ignored, as CPython does at start-up); one met at
 * exit prints "Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>" and the status
 * becomes 120.  A str holding a lone surrogate is encoded with stdout's error handler
 * (codec.c): UnicodeEncodeError, or its surrogateescape bytes.
 * In hybrid mode pyz_stdout_sink is set, and a flush hands the bytes to it instead (hybrid.c
 * passes them to CPython's sys.stdout after the call).
 * The runtime's own messages on stderr (tracebacks, the exit reports) go through pyz_err_*:
 * write(2) of a small buffer emptied by pyz_err_flush, never stdio's printf family, which
 * would link musl's whole formatter (with its long double arithmetic, ~14 KB) into every
 * program; only the programs that format with a precision (format.c) link it.
 */
#include "pyz.h"
#include <string.h>
#include <unistd.h>
#include <errno.h>

#define OUT_CAP (1 << 16)
static char out_buf[OUT_CAP];
static int64_t out_len;
static int32_t line_buffered = -1;  /* stdout is a terminal (-1: not asked yet) */
static int flush_errno;             /* errno of the last flush that failed, 0 once one succeeds */

/* Writes what the buffer holds.  On a write error the unwritten bytes stay (as in CPython's
 * BufferedWriter after a failed flush(): a later flush tries them again, so the exit flush
 * fails too) and false is returned with flush_errno set. */
void (*pyz_stdout_sink)(const char *data, int64_t len);

static bool flush_buf(void) {
    if (pyz_stdout_sink) {  /* hybrid mode: CPython's sys.stdout writes it (hybrid.c) */
        pyz_stdout_sink(out_buf, out_len);
        out_len = 0;
        return true;
    }
    int64_t off = 0;
    while (off < out_len) {
        ssize_t n = write(1, out_buf + off, (size_t)(out_len - off));
        if (n < 0) {
            if (errno == EINTR) continue;
            flush_errno = errno;
            memmove(out_buf, out_buf + off, (size_t)(out_len - off));
            out_len -= off;
            return false;
        }
        off += n;
    }
    out_len = 0;
    flush_errno = 0;
    return true;
}

/* The runtime's own flushes (before stderr output, at a prompt): an error waits for the
 * program's next write, flush or exit, where CPython would meet it. */
void pyz_flush(void) { flush_buf(); }

/* ------------------------------------------------------------- the runtime's stderr */

static char err_buf[1024];
static int64_t err_len;

static void write_all(int fd, const char *p, int64_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, (size_t)n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;  /* nowhere left to report it */
        }
        p += w;
        n -= w;
    }
}

void pyz_err_flush(void) {
    write_all(2, err_buf, err_len);
    err_len = 0;
}

void pyz_err_bytes(const char *data, int64_t len) {
    if (err_len + len > (int64_t)sizeof err_buf) {
        pyz_err_flush();
        if (len > (int64_t)sizeof err_buf) {
            write_all(2, data, len);
            return;
        }
    }
    memcpy(err_buf + err_len, data, (size_t)len);
    err_len += len;
}

void pyz_err_cstr(const char *s) { pyz_err_bytes(s, (int64_t)strlen(s)); }

void pyz_err_int(int64_t v) {
    char buf[24];
    pyz_err_bytes(buf, pyz_fmt_int(v, buf));
}

/* ------------------------------------------------------------- stdout */

static const char *write_error_text(int e) {
    return e == ENOSPC ? "No space left on device" : e == EPIPE ? "Broken pipe" :
           e == EIO ? "Input/output error" : e == EBADF ? "Bad file descriptor" :
           e == EFBIG ? "File too large" : e == EDQUOT ? "Disk quota exceeded" : strerror(e);
}

static void raise_write_error(int e) {
    char num[24];
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    pyz_sb_add_cstr(&sb, "[Errno ");
    pyz_sb_add_bytes(&sb, num, pyz_fmt_int(e, num));
    pyz_sb_add_bytes(&sb, "] ", 2);
    pyz_sb_add_cstr(&sb, write_error_text(e));
    pyz_raise_str(e == EPIPE ? PYZ_EXC_BrokenPipeError : PYZ_EXC_OSError, pyz_sb_finish(&sb));
}

bool pyz_flush_checked(void) {
    if (flush_buf()) return true;
    raise_write_error(flush_errno);
    return false;
}

/* At exit: what CPython prints when the final flush of sys.stdout fails; then it exits 120. */
bool pyz_flush_at_exit(void) {
    if (flush_buf()) return true;
    int e = flush_errno;
    out_len = 0;
    pyz_err_cstr("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n");
    pyz_err_cstr(e == EPIPE ? "BrokenPipeError: [Errno " : "OSError: [Errno ");
    pyz_err_int(e);
    pyz_err_bytes("] ", 2);
    pyz_err_cstr(write_error_text(e));
    pyz_err_bytes("\n", 1);
    pyz_err_flush();
    return false;
}

/* Once a write of the current statement has raised (an encoding or write error), the rest of
 * it writes nothing, as in CPython where print() stops at the write that raised. */
void pyz_write_bytes(const char *data, int64_t len) {
    if (PYZ_UNLIKELY(pyz_exc_pending)) return;
    if (PYZ_UNLIKELY(out_len + len > OUT_CAP)) {
        if (!flush_buf()) {  /* CPython's text layer has handed these bytes on already: they are lost */
            out_len = 0;
            raise_write_error(flush_errno);
            return;
        }
        if (len > OUT_CAP) {
            int64_t off = 0;
            while (off < len) {
                ssize_t n = write(1, data + off, (size_t)(len - off));
                if (n < 0) {
                    if (errno == EINTR) continue;
                    raise_write_error(errno);
                    return;
                }
                off += n;
            }
            return;
        }
    }
    memcpy(out_buf + out_len, data, (size_t)len);
    out_len += len;
    if (PYZ_UNLIKELY(line_buffered != 0)) {
        if (line_buffered < 0) line_buffered = pyz_stdout_sink ? 0 : isatty(1);
        if (line_buffered && memchr(data, '\n', (size_t)len)) pyz_flush_checked();
    }
}

void pyz_write_cstr(const char *s) { pyz_write_bytes(s, (int64_t)strlen(s)); }

void pyz_write_str(PyzStr *s) {
    if (PYZ_UNLIKELY(!s->ascii) && pyz_codec_has_surrogate(s)) {
        const char *out;
        int64_t n = pyz_codec_encode(s, pyz_codec_stdio_errors(), &out);
        if (n >= 0) pyz_write_bytes(out, n);
        return;
    }
    pyz_write_bytes(s->data, s->len);
}

void pyz_write_int(int64_t v) {
    if (PYZ_UNLIKELY(pyz_int_is_big(v))) { pyz_write_bigint(v); return; }
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
