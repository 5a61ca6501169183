/* hybrid.c - the runtime as a shared library that CPython calls (pyzc build --module).
 *
 * Invariants:
 * - pyz_hy_start runs once, at import, before any other call: the collector, the exception state
 *   and the module's globals are set up once and live as long as the process.
 * - One call at a time: the Python wrapper holds a lock around every call into the library (the
 *   runtime's state is global, and the collector scans one stack), so nothing here locks.
 * - Each call may come from another thread, at another stack depth: pyz_hy_enter makes the
 *   entry point's frame the collector's stack bottom (every compiled frame lies below it) and
 *   sets the recursion guard from that thread's own stack, found once per thread.
 * - Nothing allocated by the collector is handed to Python: arguments are decoded into new
 *   runtime values, and results and exceptions are copied into `buf`, malloc'ed memory the
 *   library owns and reuses, which the wrapper copies into Python objects before it lets the
 *   lock go.
 * - An exception never ends the process: it stays pending when the entry point returns, and the
 *   wrapper takes it with pyz_hy_error (which clears it) and raises it in Python.
 * - What the program prints is captured (print.c's pyz_stdout_sink) and handed to the wrapper,
 *   which writes it to sys.stdout: compiled and Python output stay in order, and a redirected or
 *   captured sys.stdout sees both.
 *
 * The byte format, both ways (native byte order: the library and CPython share the machine):
 * int and float 8 bytes; bool 1 byte; None nothing; str its UTF-8 length (8 bytes) then the
 * bytes (a lone surrogate as its 3-byte form, as the runtime holds it); a list, or a tuple of
 * any length, its length (8 bytes) then the items; a tuple of known length its items; a dict
 * its length then key, value, key, value...; `X | None` a byte (0: None) then the X if 1.
 * An exception: the number of class names, then the names from its own class up to its
 * builtin ancestor (str each), its message (str), the repr of its arguments where `raise E(a, b)`
 * gave them (str, else empty), the number of frames, then each frame's
 * file (str), line (int) and function (str), innermost first.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "pyz.h"
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

static char *buf;
static int64_t buf_len, buf_cap;

/* Whether the wrapper has anything to do after a call: bit 1, an exception is pending; bit 2, the
 * call printed.  One word, so that a call that did neither costs the wrapper one read. */
static int32_t attention;

void pyz_hy_reset(void) {
    buf_len = 0;
}

void pyz_hy_put(const void *data, int64_t n) {
    if (n <= 0) return;
    if (buf_len + n > buf_cap) {
        int64_t cap = buf_cap ? buf_cap : 256;
        while (cap < buf_len + n) cap *= 2;
        char *b = realloc(buf, (size_t)cap);
        if (!b) pyz_oom();
        buf = b;
        buf_cap = cap;
    }
    memcpy(buf + buf_len, data, (size_t)n);
    buf_len += n;
}

int64_t pyz_hy_result(const char **out) {
    *out = buf;
    return buf_len;
}

static void put_cstr(const char *s) {
    int64_t n = (int64_t)strlen(s);
    pyz_hy_put_int(n);
    pyz_hy_put(s, n);
}

int64_t pyz_hy_error(const char **out) {
    pyz_hy_reset();
    int32_t kind = pyz_exc_pending;
    int64_t names = 0;
    for (int32_t k = kind; k != PYZ_EXC_NONE; k = pyz_exc_kind_parent(k)) names++;
    pyz_hy_put_int(names);
    for (int32_t k = kind; k != PYZ_EXC_NONE; k = pyz_exc_kind_parent(k)) put_cstr(pyz_exc_kind_name(k));
    PyzStr *msg = pyz_exc_message();
    if (msg) pyz_hy_put_str(msg); else pyz_hy_put_int(0);
    PyzStr *args = pyz_exc_pending_args_repr();
    if (args) pyz_hy_put_str(args); else pyz_hy_put_int(0);
    int64_t n = pyz_exc_frame_count();
    pyz_hy_put_int(n);
    for (int64_t i = 0; i < n; i++) {
        const char *file, *func;
        int32_t line;
        pyz_exc_frame_at(i, &file, &line, &func);
        put_cstr(file);
        pyz_hy_put_int(line);
        put_cstr(func);
    }
    pyz_exc_clear();
    pyz_exc_handling = NULL;
    attention &= ~1;
    return pyz_hy_result(out);
}

int32_t *pyz_hy_attention(void) {
    return &attention;
}

/* What the program prints: kept here (print.c's flushes come to `capture`) until the wrapper writes
 * it to sys.stdout, so that it goes where CPython's own output goes, in order with it. */
static char *printed;
static int64_t printed_len, printed_cap;

static void capture(const char *data, int64_t n) {
    if (n <= 0) return;  /* print.c flushes an empty buffer too */
    if (printed_len + n > printed_cap) {
        int64_t cap = printed_cap ? printed_cap : 4096;
        while (cap < printed_len + n) cap *= 2;
        char *b = realloc(printed, (size_t)cap);
        if (!b) pyz_oom();
        printed = b;
        printed_cap = cap;
    }
    memcpy(printed + printed_len, data, (size_t)n);
    printed_len += n;
}

int64_t pyz_hy_output(const char **data) {
    *data = printed;
    int64_t n = printed_len;
    printed_len = 0;
    attention &= ~2;
    return n;
}

/* The lowest frame address a compiled function may use on this thread: its stack's low end plus a
 * margin (a quarter of the stack, at most 256 KB), as rt.c does for a program's main thread. */
static __thread char *thread_limit;

static char *find_thread_limit(char *frame) {
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    if (!addr || size == 0 || frame < (char *)addr || frame > (char *)addr + size) {
        size = 512 * 1024;  /* unknown: assume a small stack below this frame */
        return frame - size + size / 4;
    }
    size_t margin = size / 4 < 256 * 1024 ? size / 4 : 256 * 1024;
    return (char *)addr + margin;
}

void pyz_hy_start(void *stack_bottom) {
    pyz_gc_init(stack_bottom);
    pyz_stdout_sink = capture;
    thread_limit = find_thread_limit(stack_bottom);
    pyz_stack_limit = thread_limit;
    pyz_tail_room = ((char *)stack_bottom - thread_limit) / PYZ_TAIL_FRAME_BYTES;
}

void pyz_hy_enter(void *frame) {
    pyz_gc_init(frame);  /* after the first call, only sets the stack bottom */
    if (PYZ_UNLIKELY(!thread_limit)) thread_limit = find_thread_limit(frame);
    pyz_stack_limit = thread_limit;
    pyz_tail_room = ((char *)frame - thread_limit) / PYZ_TAIL_FRAME_BYTES;
}

void pyz_hy_leave(void) {
    if (pyz_exit_flush) pyz_exit_flush();
    pyz_flush();
    attention = (pyz_exc_pending != 0) | (printed_len > 0) << 1;
}

/* An int word going back to CPython as an int64: OverflowError for an int past int64 (CPython's
 * own int would hold it; pyzc's boundary is 64 bits) */
int64_t pyz_hy_int_out(int64_t w) {
    int64_t v;
    if (!pyz_int_is_big(w)) return w;
    if (pyz_long_to_i64(pyz_int_long(w), &v)) return v;
    pyz_raise(PYZ_EXC_OverflowError, "Python int too large to convert to C int64_t");
    return 0;
}
