/* file.c - text files: open(), sys.stdin/stdout/stderr, input(), os.path.
 *
 * Invariants:
 * - A PyzFile is a GC object (scanned: it points at its buffer and name).
 *   Its buffer is an atomic GC block, so a file the program drops is
 *   collected with its buffer; there are no finalizers, so such a file's
 *   descriptor would stay open -- except that a read file closes its
 *   descriptor as soon as it reaches end of file (later reads return ""),
 *   which covers `open(p).read()` and `for line in open(p)` in a loop.
 * - Reading is streamed: the buffer holds bytes not yet consumed in
 *   [pos, len), and grows only to hold the longest line asked for (or the
 *   whole file for read()), so `for line in f` over a large file uses
 *   bounded memory.  Newlines are translated as they are read (universal
 *   newlines, CPython's default newline=None): "\r\n" and "\r" become "\n"
 *   (not for stdin, which CPython opens with newline="\n" on POSIX, nor for a
 *   file opened with newline="" or "\n": `newline` says which);
 *   skip_lf remembers a "\r" that ended one read(2) so a "\n" starting the
 *   next is dropped.  Text is strict UTF-8, checked as CPython's TextIOWrapper
 *   decodes it, so that UnicodeDecodeError comes at the same moment and with
 *   the same message: line reading reads and checks 8 KB at a time (its
 *   _CHUNK_SIZE), and a chunk with an invalid byte delivers nothing, the
 *   position counting from the chunk's start (with the incomplete character
 *   carried over from the chunk before); read() checks all the rest at once.
 * - Writing is buffered per file and flushed when the buffer fills, at
 *   close() and at exit (pyz_file_flush_all: every open write file is on the
 *   writers list, which is a GC root until close).  sys.stdout writes go
 *   through print.c's buffer, so print() and sys.stdout.write() keep their
 *   order.  sys.stderr is line buffered, as CPython's: a write flushes stdout
 *   first (so a terminal or a shared pipe shows both in program order, as
 *   print.c does for tracebacks) and the stderr buffer goes out at each
 *   "\n", at exit and before a traceback (pyz_file_flush_all).
 * - Errors: OSError and its subclasses carry CPython's text,
 *   "[Errno 2] No such file or directory: 'x.txt'"; the strerror texts are
 *   CPython's (glibc's), not the C library's of the target (musl's differ).
 * - A binary file (open(p, "rb"/"wb"/"ab")) is the same PyzFile with `binary`
 *   set: fill() delivers its bytes unchecked and untranslated, its reads
 *   return bytes (pyz_file_read_bytes*), and pyz_file_write writes a bytes
 *   value's bytes and returns their count (a bytes' ncp is its length).
 */
#include "pyz.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { FILE_READ = 1, FILE_WRITE = 2 };
enum { STD_NONE = 0, STD_OUT = 1, STD_ERR = 2 };

#define READ_CHUNK (1 << 16)
#define WRITE_CAP (1 << 16)

struct PyzFile {
    int32_t fd;        /* -1 once closed (or, for a read file, at end of file) */
    int32_t kind;      /* FILE_READ or FILE_WRITE */
    int32_t closed;    /* close() was called */
    int32_t std;       /* STD_OUT / STD_ERR: writes go to print.c's stdout buffer, or straight to fd 2 */
    int32_t eof;       /* read: read(2) returned 0 */
    int32_t escape;    /* read: stdin under surrogateescape (codec.c): bytes that are not UTF-8 become U+DC80.. */
    int32_t skip_lf;   /* read: the last byte read was a "\r" (already made "\n") */
    int32_t binary;    /* opened with "b": bytes as they are, no decoding or newline translation */
    int32_t newline;   /* read: NEWLINE_UNIVERSAL (newline=None: translated), NEWLINE_ANY (newline="": kept,
                        * lines end at "\r", "\n" or "\r\n") or NEWLINE_LF (newline="\n": kept, lines end at "\n") */
    char *buf;
    int64_t pos, len, cap;
    int64_t base;      /* binary: the file offset of buf[0] (read) or of what is not flushed yet (write) */
    int64_t carry;     /* read: bytes at the end of buf starting a UTF-8 sequence not yet complete */
    int64_t seen;      /* read(): bytes of its decoder input before the carried ones (error positions) */
    PyzStr *decode_error; /* read: the UnicodeDecodeError met, raised again by every later read */
    PyzStr *name;
    struct PyzFile *next_writer;
};

enum { NEWLINE_UNIVERSAL, NEWLINE_ANY, NEWLINE_LF };

static PyzFile *writers;  /* open write files, for pyz_file_flush_all; a GC root */
static PyzFile *std_in, *std_out, *std_err;

static void init_roots(void) {
    static bool rooted;
    if (!rooted) {
        pyz_gc_add_roots(&writers, sizeof writers);
        pyz_gc_add_roots(&std_in, sizeof std_in);
        pyz_gc_add_roots(&std_out, sizeof std_out);
        pyz_gc_add_roots(&std_err, sizeof std_err);
        pyz_exit_flush = pyz_file_flush_all;  /* rt.c calls it at exit; a program without files never links this file */
        rooted = true;
    }
}

/* ------------------------------------------------------------- errors */

static const char *error_text(int e) {
    switch (e) {  /* glibc's texts, which CPython prints */
    case ENOENT: return "No such file or directory";
    case EACCES: return "Permission denied";
    case EPERM: return "Operation not permitted";
    case EISDIR: return "Is a directory";
    case ENOTDIR: return "Not a directory";
    case EEXIST: return "File exists";
    case ENOSPC: return "No space left on device";
    case EROFS: return "Read-only file system";
    case EMFILE: return "Too many open files";
    case ENAMETOOLONG: return "File name too long";
    case ELOOP: return "Too many levels of symbolic links";
    case EBADF: return "Bad file descriptor";
    case EIO: return "Input/output error";
    case EPIPE: return "Broken pipe";
    case EINVAL: return "Invalid argument";
    case ENOTEMPTY: return "Directory not empty";
    case EXDEV: return "Invalid cross-device link";
    case EBUSY: return "Device or resource busy";
    default: return strerror(e);
    }
}

static int32_t error_kind(int e) {
    switch (e) {
    case ENOENT: return PYZ_EXC_FileNotFoundError;
    case EACCES: case EPERM: return PYZ_EXC_PermissionError;
    case EISDIR: return PYZ_EXC_IsADirectoryError;
    case ENOTDIR: return PYZ_EXC_NotADirectoryError;
    case EEXIST: return PYZ_EXC_FileExistsError;
    default: return PYZ_EXC_OSError;
    }
}

/* OSError for errno e, "[Errno 2] No such file or directory: 'path'" (path may be NULL). */
static void raise_errno(int e, PyzStr *path) { pyz_raise_oserror(e, path, NULL); }

/* The same for os's functions: "[Errno 2] No such file or directory: 'a' -> 'b'" with a second path (rename). */
void pyz_raise_oserror(int32_t e, PyzStr *path, PyzStr *path2) {
    char head[160];
    pyz_msgf(head, sizeof head, "[Errno %d] %s", e, error_text(e));
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    pyz_sb_add_cstr(&sb, head);
    if (path) {
        pyz_sb_add_bytes(&sb, ": ", 2);
        pyz_sb_add_str(&sb, pyz_str_repr(path));
    }
    if (path && path2) {
        pyz_sb_add_bytes(&sb, " -> ", 4);
        pyz_sb_add_str(&sb, pyz_str_repr(path2));
    }
    pyz_raise_str(error_kind(e), pyz_sb_finish(&sb));
    /* its args are CPython's (errno, strerror); os.c reads errno, strerror and filename back from the message */
    char num[24];
    pyz_msgf(num, sizeof num, "%d", e);
    PyzStr *arg0 = pyz_str_from_cstr(num);
    PyzStrBuilder args;
    pyz_sb_init(&args);
    pyz_sb_add_bytes(&args, "(", 1);
    pyz_sb_add_str(&args, arg0);
    pyz_sb_add_bytes(&args, ", ", 2);
    pyz_sb_add_str(&args, pyz_str_repr(pyz_str_from_cstr(error_text(e))));
    pyz_sb_add_bytes(&args, ")", 1);
    pyz_exc_set_args(pyz_sb_finish(&args), arg0, 2);
}

static bool check_open(PyzFile *f) {
    if (PYZ_UNLIKELY(f->closed)) {
        pyz_raise(PYZ_EXC_ValueError, "I/O operation on closed file.");
        return false;
    }
    return true;
}

static bool check_kind(PyzFile *f, int32_t kind) {
    if (!check_open(f)) return false;
    if (PYZ_UNLIKELY(f->kind != kind)) {
        pyz_raise(PYZ_EXC_UnsupportedOperation, kind == FILE_READ ? "not readable" : "not writable");
        return false;
    }
    return true;
}

/* ------------------------------------------------------------- UTF-8 */

/* Length of the valid UTF-8 prefix of p[0, n); *reason says why it stops there and *bad is the
 * length of the invalid sequence there (its lead byte and the continuation bytes that fit). */
int64_t pyz_utf8_valid_prefix(const unsigned char *p, int64_t n, const char **reason, int *bad) {
    int64_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (!(w & 0x8080808080808080ULL)) { i += 8; continue; }
        }
        unsigned c = p[i];
        if (c < 0x80) { i++; continue; }
        int need;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;  /* no surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            *reason = "invalid start byte";
            *bad = 1;
            return i;
        }
        for (int k = 1; k <= need; k++) {
            *bad = k;
            if (i + k >= n) { *reason = "unexpected end of data"; return i; }
            unsigned d = p[i + k];
            if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) { *reason = "invalid continuation byte"; return i; }
        }
        i += need + 1;
    }
    return n;
}

#define DECODE_CHUNK 8192  /* CPython's TextIOWrapper._CHUNK_SIZE: how much is read and decoded at a time */

/* Check the bytes p[0, n), which come `base` bytes into one decoder input; at_end: no more bytes
 * follow.  Returns the number of bytes of an incomplete last character to carry over, or -1 after
 * raising UnicodeDecodeError with CPython's message. */
static int64_t check_utf8(PyzFile *f, const char *p, int64_t n, int64_t base, bool at_end) {
    if (f->escape) return 0;  /* no error: text() decodes each line with surrogateescape */
    const char *reason = "";
    int bad = 1;
    int64_t ok = pyz_utf8_valid_prefix((const unsigned char *)p, n, &reason, &bad);
    if (PYZ_LIKELY(ok == n)) return 0;
    if (!at_end && reason[0] == 'u' && n - ok < 4) return n - ok;  /* "unexpected end of data": wait for more */
    char msg[160];
    long long at = (long long)(base + ok);
    if (bad == 1)
        pyz_msgf(msg, sizeof msg, "'utf-8' codec can't decode byte 0x%02x in position %lld: %s",
                 (unsigned)(unsigned char)p[ok], at, reason);
    else
        pyz_msgf(msg, sizeof msg, "'utf-8' codec can't decode bytes in position %lld-%lld: %s", at, at + bad - 1, reason);
    f->decode_error = pyz_str_from_cstr(msg);
    pyz_raise_str(PYZ_EXC_UnicodeDecodeError, f->decode_error);
    return -1;
}

/* ------------------------------------------------------------- making files */

static PyzFile *file_new(int32_t fd, int32_t kind, PyzStr *name) {
    init_roots();
    PyzFile *f = pyz_gc_alloc(sizeof *f);
    f->fd = fd;
    f->kind = kind;
    f->name = name;
    if (kind == FILE_WRITE) {
        f->cap = WRITE_CAP;
        f->buf = pyz_gc_alloc_atomic((size_t)f->cap);
        f->next_writer = writers;
        writers = f;
    } else {
        f->cap = READ_CHUNK;
        f->buf = pyz_gc_alloc_atomic((size_t)f->cap);
    }
    return f;
}

PyzFile *pyz_file_open(PyzStr *path, int32_t mode) {
    if (memchr(path->data, 0, (size_t)path->len)) {
        pyz_raise(PYZ_EXC_ValueError, "embedded null byte");
        return NULL;
    }
    int32_t newline = mode == 'U' ? NEWLINE_ANY : mode == 'N' ? NEWLINE_LF : NEWLINE_UNIVERSAL;
    if (mode == 'U' || mode == 'N') mode = 'r';  /* open(..., newline="") and newline="\n" (reading) */
    int flags = O_CLOEXEC;
    if (mode == 'r') flags |= O_RDONLY;
    else if (mode == 'w') flags |= O_WRONLY | O_CREAT | O_TRUNC;
    else flags |= O_WRONLY | O_CREAT | O_APPEND;
    const char *name = pyz_str_cstr(path);  /* the file system encoding: UTF-8 with surrogateescape, as CPython */
    if (PYZ_UNLIKELY(!path->ascii) && pyz_codec_has_surrogate(path)) {
        const char *out;
        int64_t n = pyz_codec_encode(path, PYZ_ERRORS_SURROGATEESCAPE, &out);
        if (n < 0) return NULL;
        char *z = pyz_gc_alloc_atomic((size_t)n + 1);
        memcpy(z, out, (size_t)n);
        name = z;
    }
    int fd;
    do fd = open(name, flags, 0666);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        raise_errno(errno, path);
        return NULL;
    }
    struct stat st;
    if (mode == 'r' && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {  /* open(2) lets a directory be read */
        close(fd);
        raise_errno(EISDIR, path);
        return NULL;
    }
    PyzFile *f = file_new(fd, mode == 'r' ? FILE_READ : FILE_WRITE, path);
    f->newline = newline;
    return f;
}

PyzFile *pyz_sys_stdin(void) {
    if (!std_in) {
        init_roots();
        std_in = file_new(0, FILE_READ, pyz_str_from_cstr("<stdin>"));
        std_in->newline = NEWLINE_LF;  /* CPython's stdin on POSIX: newline="\n", "\r" kept as it is */
        std_in->escape = pyz_codec_stdio_errors() == PYZ_ERRORS_SURROGATEESCAPE;
    }
    return std_in;
}

static PyzFile *std_writer(int32_t which) {
    init_roots();
    PyzFile *f = pyz_gc_alloc(sizeof *f);  /* stdout has print.c's buffer; stderr its own, line by line */
    f->fd = which == STD_OUT ? 1 : 2;
    f->kind = FILE_WRITE;
    f->std = which;
    f->name = pyz_str_from_cstr(which == STD_OUT ? "<stdout>" : "<stderr>");
    if (which == STD_ERR) {
        f->cap = WRITE_CAP;
        f->buf = pyz_gc_alloc_atomic((size_t)f->cap);
    }
    return f;
}

PyzFile *pyz_sys_stdout(void) {
    if (!std_out) std_out = std_writer(STD_OUT);
    return std_out;
}

PyzFile *pyz_sys_stderr(void) {
    if (!std_err) std_err = std_writer(STD_ERR);
    return std_err;
}

/* ------------------------------------------------------------- reading */

/* Translate the n bytes just read at p (in place) to universal newlines; returns the new count. */
static int64_t translate_newlines(PyzFile *f, char *p, int64_t n) {
    int64_t start = 0;
    if (f->skip_lf && n > 0) {
        f->skip_lf = 0;
        if (p[0] == '\n') start = 1;
    }
    const char *cr = pyz_memchr(p + start, '\r', n - start);
    if (PYZ_LIKELY(cr == NULL)) {
        if (start) memmove(p, p + 1, (size_t)(n - 1));
        return n - start;
    }
    int64_t out = 0;
    for (int64_t i = start; i < n; i++) {
        char c = p[i];
        if (c == '\r') {
            p[out++] = '\n';
            if (i + 1 < n) {
                if (p[i + 1] == '\n') i++;
            } else {
                f->skip_lf = 1;
            }
        } else {
            p[out++] = c;
        }
    }
    return out;
}

static int32_t stdout_is_tty = -1;

/* Read more bytes into the buffer, keeping [pos, len); false at end of file or on an error (pending).
 * Line reading (whole false) reads one checked chunk; read() (whole true) reads as much as fits and
 * leaves the checking to its caller. */
static bool fill(PyzFile *f, bool whole) {
    if (PYZ_UNLIKELY(f->decode_error != NULL)) {
        pyz_raise_str(PYZ_EXC_UnicodeDecodeError, f->decode_error);
        return false;
    }
    if (f->eof || f->fd < 0) return false;
    if (f->pos > 0) {
        memmove(f->buf, f->buf + f->pos, (size_t)(f->len - f->pos));
        f->base += f->pos;
        f->len -= f->pos;
        f->pos = 0;
    }
    if (f->cap - f->len < READ_CHUNK / 2) {  /* a long line (or read()): grow */
        int64_t cap = f->cap * 2;
        char *nb = pyz_gc_alloc_atomic((size_t)cap);
        memcpy(nb, f->buf, (size_t)f->len);
        f->buf = nb;
        f->cap = cap;
    }
    if (f == std_in) {  /* a prompt printed before reading from a terminal must show */
        if (stdout_is_tty < 0) stdout_is_tty = isatty(1);
        if (stdout_is_tty) pyz_flush();
    }
    for (;;) {
        int64_t want = whole ? f->cap - f->len : DECODE_CHUNK;
        ssize_t n = read(f->fd, f->buf + f->len, (size_t)want);
        if (n < 0) {
            if (errno == EINTR) continue;
            raise_errno(errno, NULL);
            return false;
        }
        if (n == 0) {
            f->eof = 1;
            if (f != std_in && !f->binary) {  /* nothing more will be read: give the descriptor back now
                                                  * (a binary file keeps it: seek may go back) */
                close(f->fd);
                f->fd = -1;
            }
            if (f->carry > 0) {  /* the file ends inside a character */
                f->len -= f->carry;
                check_utf8(f, f->buf + f->len, f->carry, whole ? f->seen : 0, true);
                f->carry = 0;
            }
            return false;
        }
        if (f->binary) {
            f->len += n;
            return true;
        }
        /* the decoder's input: the carried bytes (already at the end of buf) and the new bytes; a chunk
         * of line reading is one input, read() makes all the rest one input */
        int64_t carry = check_utf8(f, f->buf + f->len - f->carry, f->carry + n, whole ? f->seen : 0, false);
        if (carry < 0) {  /* nothing of this chunk is delivered */
            f->len -= f->carry;
            f->carry = 0;
            return false;
        }
        if (whole) f->seen += f->carry + n - carry;
        f->carry = carry;
        int64_t got = f->newline == NEWLINE_UNIVERSAL ? translate_newlines(f, f->buf + f->len, n) : n;  /* UTF-8 sequences hold no \r or \n */
        f->len += got;
        if (got > f->carry) return true;
    }
}

/* The str of bytes the file delivers. */
static PyzStr *text(PyzFile *f, const char *p, int64_t n) {
    return PYZ_UNLIKELY(f->escape) ? pyz_codec_decode_escape(p, n) : pyz_str_new(p, n);
}

/* The end of the line starting at pos under newline="": after the first "\r\n", "\r" or "\n"; 0 when the
 * buffer holds none yet, or ends with a "\r" whose next byte is not read yet (unless at end of file). */
static int64_t line_end_any(PyzFile *f, int64_t from, bool at_eof) {
    for (int64_t i = from; i < f->len; i++) {
        char c = f->buf[i];
        if (c == '\n') return i + 1;
        if (c == '\r') {
            if (i + 1 < f->len) return f->buf[i + 1] == '\n' ? i + 2 : i + 1;
            return at_eof ? i + 1 : 0;
        }
    }
    return 0;
}

/* A line under newline="": as next_line, its ending kept. */
static PyzStr *next_line_any(PyzFile *f) {
    for (;;) {
        int64_t end = line_end_any(f, f->pos, f->eof && f->carry == 0);
        if (end > 0) {
            int64_t start = f->pos;
            f->pos = end;
            return text(f, f->buf + start, end - start);
        }
        if (!fill(f, false)) {
            if (pyz_exc_pending) return NULL;
            if (f->len == f->pos) return NULL;
            end = line_end_any(f, f->pos, true);
            if (end == 0) end = f->len;
            int64_t start = f->pos;
            f->pos = end;
            return text(f, f->buf + start, end - start);
        }
    }
}

/* The next line, "\n" included, or NULL at end of file (or on an error: then pending is set). */
static PyzStr *next_line(PyzFile *f) {
    if (PYZ_UNLIKELY(f->newline == NEWLINE_ANY)) return next_line_any(f);
    int64_t scanned = 0;  /* bytes after pos already searched (fill moves the unread bytes, not this count) */
    for (;;) {
        const char *nl = pyz_memchr(f->buf + f->pos + scanned, '\n', f->len - f->pos - scanned);
        if (nl) {
            int64_t start = f->pos, end = nl - f->buf + 1;
            f->pos = end;
            return text(f, f->buf + start, end - start);
        }
        scanned = f->len - f->pos;
        if (!fill(f, false)) {
            if (pyz_exc_pending) return NULL;
            if (f->len == f->pos) return NULL;
            int64_t start = f->pos;
            f->pos = f->len;
            return text(f, f->buf + start, f->len - start);  /* a last line without "\n" */
        }
    }
}

PyzStr *pyz_file_next_line(PyzFile *f) {
    if (!check_kind(f, FILE_READ)) return NULL;
    return next_line(f);
}

PyzStr *pyz_file_readline(PyzFile *f) {
    if (!check_kind(f, FILE_READ)) return NULL;
    PyzStr *s = next_line(f);
    if (!s && !pyz_exc_pending) return pyz_str_new("", 0);
    return s;
}

PyzList_str *pyz_file_readlines(PyzFile *f) {
    if (!check_kind(f, FILE_READ)) return NULL;
    PyzList_str *out = pyz_list_str_alloc(8);
    PyzStr *s;
    while ((s = next_line(f)) != NULL) pyz_list_str_push(out, s);
    return pyz_exc_pending ? NULL : out;
}

/* read(n): the next n characters (fewer at end of file); all that is left when n < 0. */
PyzStr *pyz_file_read_n(PyzFile *f, int64_t n) {
    if (n < 0) return pyz_file_read(f);
    if (!check_kind(f, FILE_READ)) return NULL;
    int64_t chars = 0, off = 0;  /* off: bytes after pos holding `chars` whole characters */
    for (;;) {
        int64_t whole = f->len - f->carry;  /* the bytes past it begin a character not read in full yet */
        while (chars < n && f->pos + off < whole) {
            off++;
            while (f->pos + off < whole && ((unsigned char)f->buf[f->pos + off] & 0xC0) == 0x80) off++;
            chars++;
        }
        if (chars == n) break;
        if (!fill(f, false)) {  /* fill keeps the unread bytes (and so off) but may move them */
            if (pyz_exc_pending) return NULL;
            break;
        }
    }
    PyzStr *s = text(f, f->buf + f->pos, off);
    f->pos += off;
    return s;
}

/* The rest of the file: its str, or (binary) its bytes. */
static PyzStr *read_rest(PyzFile *f) {
    if (!check_kind(f, FILE_READ)) return NULL;
    if (f->fd >= 0 && !f->eof) {
        struct stat st;  /* size the buffer for the whole file at once */
        if (fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size + READ_CHUNK > f->cap) {
            int64_t cap = (int64_t)st.st_size + READ_CHUNK;
            char *nb = pyz_gc_alloc_atomic((size_t)cap);
            memcpy(nb, f->buf + f->pos, (size_t)(f->len - f->pos));
            f->base += f->pos;
            f->len -= f->pos;
            f->pos = 0;
            f->buf = nb;
            f->cap = cap;
        }
    }
    f->seen = 0;
    while (fill(f, true)) {}
    if (pyz_exc_pending) return NULL;
    PyzStr *s = f->binary ? pyz_bytes_new(f->buf + f->pos, f->len - f->pos) : text(f, f->buf + f->pos, f->len - f->pos);
    if (f->cap > READ_CHUNK) {  /* do not keep a whole file's buffer for nothing */
        f->buf = pyz_gc_alloc_atomic(READ_CHUNK);
        f->cap = READ_CHUNK;
    }
    f->base += f->len;  /* everything read: the position is the end */
    f->pos = f->len = 0;
    return s;
}

PyzStr *pyz_file_read(PyzFile *f) { return read_rest(f); }

PyzFile *pyz_file_open_binary(PyzStr *path, int32_t mode) {
    PyzFile *f = pyz_file_open(path, mode);
    if (f) f->binary = 1;
    return f;
}

/* repr(f) of a binary file (CPython's BufferedReader/BufferedWriter), open or closed */
PyzStr *pyz_file_binary_repr(PyzFile *f) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    pyz_sb_add_cstr(&sb, f->kind == FILE_READ ? "<_io.BufferedReader name=" : "<_io.BufferedWriter name=");
    pyz_sb_add_str(&sb, pyz_str_repr(f->name));
    pyz_sb_add_cstr(&sb, ">");
    return pyz_sb_finish(&sb);
}

static bool flush_file(PyzFile *f);

/* f.tell() of a binary file: the position the next read or write starts at */
int64_t pyz_file_tell(PyzFile *f) {
    if (!check_open(f)) return -1;
    return f->base + (f->kind == FILE_READ ? f->pos : f->len);
}

/* f.seek(offset, whence) of a binary file: whence 0 from the start, 1 from here, 2 from the end;
 * the new position (a negative one is the OSError lseek gives, as CPython's buffered files raise) */
int64_t pyz_file_seek(PyzFile *f, int64_t offset, int64_t whence) {
    if (!check_open(f)) return -1;
    if (whence < 0 || whence > 2) {
        char msg[96];
        pyz_msgf(msg, sizeof msg, "whence value %lld unsupported", (long long)whence);
        pyz_raise(PYZ_EXC_ValueError, msg);
        return -1;
    }
    int64_t here = pyz_file_tell(f);
    if (f->kind == FILE_WRITE && !flush_file(f)) return -1;
    off_t target = lseek(f->fd, whence == 1 ? (off_t)(here + offset) : (off_t)offset, whence == 2 ? SEEK_END : SEEK_SET);
    if (target < 0) {
        raise_errno(errno, NULL);
        return -1;
    }
    f->base = (int64_t)target;
    f->pos = f->len = 0;
    f->eof = 0;
    return (int64_t)target;
}

/* f.read() of a binary file: the rest of its bytes */
PyzStr *pyz_file_read_bytes(PyzFile *f) { return read_rest(f); }

/* f.read(n) of a binary file: up to n bytes (fewer at end of file); all when n < 0 */
PyzStr *pyz_file_read_bytes_n(PyzFile *f, int64_t n) {
    if (n < 0) return read_rest(f);
    if (!check_kind(f, FILE_READ)) return NULL;
    while (f->len - f->pos < n && fill(f, false)) {}
    if (pyz_exc_pending) return NULL;
    int64_t got = f->len - f->pos < n ? f->len - f->pos : n;
    PyzStr *s = pyz_bytes_new(f->buf + f->pos, got);
    f->pos += got;
    return s;
}

/* input([prompt]): one line of stdin without its "\n"; EOFError at end of input. */
PyzStr *pyz_input(PyzStr *prompt) {
    if (prompt) pyz_write_str(prompt);
    pyz_flush();
    PyzFile *in = pyz_sys_stdin();
    if (!check_open(in)) return NULL;
    PyzStr *s = next_line(in);
    if (!s) {
        if (!pyz_exc_pending) pyz_raise(PYZ_EXC_EOFError, "EOF when reading a line");
        return NULL;
    }
    if (s->len > 0 && s->data[s->len - 1] == '\n') return pyz_str_slice(s, 0, -1, 1, 0, 1);
    return s;
}

/* ------------------------------------------------------------- writing */

static bool write_all(int fd, const char *p, int64_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, (size_t)n);
        if (w < 0) {
            if (errno == EINTR) continue;
            raise_errno(errno, NULL);
            return false;
        }
        p += w;
        n -= w;
    }
    return true;
}

static bool flush_file(PyzFile *f) {
    if (f->std == STD_OUT) return pyz_flush_checked();
    if (f->len == 0 || f->fd < 0) return true;
    int64_t n = f->len;
    f->len = 0;
    f->base += n;
    return write_all(f->fd, f->buf, n);
}

static bool write_bytes(PyzFile *f, const char *p, int64_t n) {
    if (f->std == STD_OUT) {
        pyz_write_bytes(p, n);
        return true;
    }
    if (f->std == STD_ERR) pyz_flush();
    if (f->len + n > f->cap) {
        if (!flush_file(f)) return false;
        if (n > f->cap) return write_all(f->fd, p, n);
    }
    memcpy(f->buf + f->len, p, (size_t)n);
    f->len += n;
    if (f->std == STD_ERR && memchr(p, '\n', (size_t)n)) return flush_file(f);
    return true;
}

int64_t pyz_file_write(PyzFile *f, PyzStr *s) {
    if (!check_kind(f, FILE_WRITE)) return 0;
    if (f->std == STD_OUT) {  /* print.c's buffer, its error handler and its write errors */
        pyz_write_str(s);
        return s->ncp;
    }
    if (PYZ_UNLIKELY(!s->ascii) && pyz_codec_has_surrogate(s)) {  /* stderr: backslashreplace; files: strict */
        const char *out;
        int64_t n = pyz_codec_encode(s, f->std == STD_ERR ? PYZ_ERRORS_BACKSLASHREPLACE : PYZ_ERRORS_STRICT, &out);
        if (n < 0) return 0;
        write_bytes(f, out, n);
        return s->ncp;
    }
    write_bytes(f, s->data, s->len);
    return s->ncp;
}

/* f.writelines(lines): each str written in turn, as CPython's does (nothing between them); it stops
 * at the first error */
void pyz_file_writelines(PyzFile *f, PyzList_str *lines) {
    if (!check_kind(f, FILE_WRITE)) return;
    for (int64_t i = 0; i < lines->len; i++) {  /* (the list's length read each time: it cannot change here) */
        pyz_file_write(f, lines->items[i]);
        if (pyz_exc_pending) return;
    }
}

void pyz_file_flush(PyzFile *f) {
    if (!check_open(f)) return;
    if (f->kind == FILE_WRITE) flush_file(f);
}

void pyz_file_close(PyzFile *f) {
    if (f->closed) return;
    if (f->std) {  /* closing sys.stdout/stderr: flush, keep the descriptor for the runtime's own messages */
        flush_file(f);
        f->closed = 1;
        return;
    }
    f->closed = 1;
    if (f->kind == FILE_WRITE) {
        for (PyzFile **p = &writers; *p; p = &(*p)->next_writer) {
            if (*p == f) { *p = f->next_writer; break; }
        }
        bool ok = flush_file(f);
        if (f->fd >= 0 && close(f->fd) != 0 && ok) raise_errno(errno, NULL);
    } else if (f->fd >= 0) {
        close(f->fd);
    }
    f->fd = -1;
    f->buf = NULL;
    f->pos = f->len = f->cap = 0;
}

bool pyz_file_closed(PyzFile *f) { return f->closed != 0; }

PyzStr *pyz_file_name(PyzFile *f) { return f->name; }

void pyz_file_flush_all(void) {
    if (std_err && std_err->len > 0) flush_file(std_err);
    for (PyzFile *f = writers; f; f = f->next_writer) {
        if (f->len > 0 && f->fd >= 0) {
            int64_t n = f->len;
            f->len = 0;
            const char *p = f->buf;
            while (n > 0) {  /* at exit: errors have nowhere to go */
                ssize_t w = write(f->fd, p, (size_t)n);
                if (w < 0) { if (errno == EINTR) continue; break; }
                p += w;
                n -= w;
            }
        }
    }
}

/* ------------------------------------------------------------- os.path */

static bool path_ok(PyzStr *path) {
    if (memchr(path->data, 0, (size_t)path->len)) {
        pyz_raise(PYZ_EXC_ValueError, "embedded null byte");
        return false;
    }
    return true;
}

bool pyz_os_path_exists(PyzStr *path) {
    struct stat st;
    if (memchr(path->data, 0, (size_t)path->len)) return false;  /* CPython 3.11: False, no error */
    return stat(pyz_str_cstr(path), &st) == 0;
}

bool pyz_os_path_isfile(PyzStr *path) {
    struct stat st;
    if (memchr(path->data, 0, (size_t)path->len)) return false;
    return stat(pyz_str_cstr(path), &st) == 0 && S_ISREG(st.st_mode);
}

bool pyz_os_path_isdir(PyzStr *path) {
    struct stat st;
    if (memchr(path->data, 0, (size_t)path->len)) return false;
    return stat(pyz_str_cstr(path), &st) == 0 && S_ISDIR(st.st_mode);
}

int64_t pyz_os_path_getsize(PyzStr *path) {
    struct stat st;
    if (!path_ok(path)) return 0;
    if (stat(pyz_str_cstr(path), &st) != 0) {
        raise_errno(errno, path);
        return 0;
    }
    return (int64_t)st.st_size;
}

/* posixpath.join(a, b): b if it is absolute, else a and b with one "/" between. */
PyzStr *pyz_os_path_join(PyzStr *a, PyzStr *b) {
    if (b->len > 0 && b->data[0] == '/') return b;
    if (a->len == 0 || a->data[a->len - 1] == '/') return pyz_str_concat(a, b);
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    pyz_sb_add_str(&sb, a);
    pyz_sb_add_bytes(&sb, "/", 1);
    pyz_sb_add_str(&sb, b);
    return pyz_sb_finish(&sb);
}

/* os.path.join(*parts): the parts joined from the first, as join(p0, p1, ...); CPython's TypeError
 * for none (join() lacks its first argument). */
PyzStr *pyz_os_path_join_all(PyzList_str *parts) {
    if (parts->len == 0) {
        pyz_raise(PYZ_EXC_TypeError, "join() missing 1 required positional argument: 'a'");
        return NULL;
    }
    PyzStr *out = parts->items[0];
    for (int64_t i = 1; i < parts->len; i++) out = pyz_os_path_join(out, parts->items[i]);
    return out;
}

static int64_t last_slash(PyzStr *p) {
    for (int64_t i = p->len - 1; i >= 0; i--)
        if (p->data[i] == '/') return i;
    return -1;
}

/* posixpath.basename: what follows the last "/". */
PyzStr *pyz_os_path_basename(PyzStr *p) {
    int64_t i = last_slash(p) + 1;
    return pyz_str_new(p->data + i, p->len - i);
}

/* posixpath.dirname: up to the last "/", with trailing slashes removed unless it is all slashes. */
PyzStr *pyz_os_path_dirname(PyzStr *p) {
    int64_t i = last_slash(p) + 1;
    int64_t end = i;
    while (end > 0 && p->data[end - 1] == '/') end--;
    if (end == 0) end = i;  /* "/x" -> "/", "//x" -> "//" */
    return pyz_str_new(p->data, end);
}
