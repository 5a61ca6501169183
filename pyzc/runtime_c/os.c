/* os.c - the os functions that must be C: the file system, the environment, the
 * working directory, stat; and the os.path functions that ask the file system
 * (getmtime, getatime, getctime, islink).  The rest of os (walk, makedirs, getenv, environ) and of os.path
 * (splitext, normpath...) is Python: pylib/_os.py, pylib/_os_path.py.
 *
 * Also an OSError's errno, strerror, filename and filename2, read back from its message (the end).
 *
 * Invariants: a failed call raises the OSError subclass CPython raises for its errno,
 * with CPython's message (file.c pyz_raise_oserror: "[Errno 2] No such file or
 * directory: 'x'"; rename names both paths, 'a' -> 'b'); a path with a NUL byte is
 * CPython's ValueError "embedded null byte" and reaches no system call.  Names read
 * from the system (listdir, the environment) are decoded as CPython decodes them:
 * UTF-8, bytes that are not UTF-8 as U+DC80.. (surrogateescape).
 */
#include "pyz.h"
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

static const char *os_path(PyzStr *path) {
    if (memchr(path->data, 0, (size_t)path->len)) {
        pyz_raise(PYZ_EXC_ValueError, "embedded null byte");
        return NULL;
    }
    return pyz_str_cstr(path);
}

PyzStr *pyz_os_getcwd(void) {
    size_t cap = 256;
    for (;;) {
        char *buf = malloc(cap);
        if (!buf) pyz_oom();
        if (getcwd(buf, cap)) {
            PyzStr *s = pyz_codec_decode_escape(buf, (int64_t)strlen(buf));
            free(buf);
            return s;
        }
        int e = errno;
        free(buf);
        if (e != ERANGE) {
            pyz_raise_oserror(e, NULL, NULL);
            return NULL;
        }
        cap *= 2;
    }
}

/* The names in the directory, in the order the system gives them (as CPython's), without . and .. */
PyzList_str *pyz_os_listdir(PyzStr *path) {
    const char *p = os_path(path);
    if (!p) return NULL;
    DIR *d = opendir(p);
    if (!d) {
        pyz_raise_oserror(errno, path, NULL);
        return NULL;
    }
    PyzList_str *out = pyz_list_str_alloc(8);
    struct dirent *ent;
    for (;;) {
        errno = 0;
        ent = readdir(d);
        if (!ent) break;
        const char *n = ent->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
        pyz_list_str_push(out, pyz_codec_decode_escape(n, (int64_t)strlen(n)));
    }
    int e = errno;
    closedir(d);
    if (e) {
        pyz_raise_oserror(e, path, NULL);
        return NULL;
    }
    return out;
}

void pyz_os_mkdir(PyzStr *path, int64_t mode) {
    const char *p = os_path(path);
    if (p && mkdir(p, (mode_t)mode) != 0) pyz_raise_oserror(errno, path, NULL);
}

void pyz_os_rmdir(PyzStr *path) {
    const char *p = os_path(path);
    if (p && rmdir(p) != 0) pyz_raise_oserror(errno, path, NULL);
}

void pyz_os_remove(PyzStr *path) {
    const char *p = os_path(path);
    if (p && unlink(p) != 0) pyz_raise_oserror(errno, path, NULL);
}

void pyz_os_rename(PyzStr *src, PyzStr *dst) {
    const char *a = os_path(src);
    if (!a) return;
    const char *b = os_path(dst);
    if (b && rename(a, b) != 0) pyz_raise_oserror(errno, src, dst);
}

/* The environment as "NAME=value" strings, for pylib/_os.py's os.environ. */
PyzList_str *pyz_os_environ_list(void) {
    int64_t n = 0;
    for (char **e = environ; e && *e; e++) n++;
    PyzList_str *out = pyz_list_str_alloc(n > 0 ? n : 1);
    for (char **e = environ; e && *e; e++)
        if (strchr(*e, '=')) pyz_list_str_push(out, pyz_codec_decode_escape(*e, (int64_t)strlen(*e)));
    return out;
}

/* os.stat and os.lstat: pylib/_os.py makes the stat_result of the fields kept here (one program
 * runs one thread, so one static struct does), read one at a time by pyz_os_stat_field/_time. */
static struct stat stat_last;

void pyz_os_stat(PyzStr *path, bool follow) {
    const char *p = os_path(path);
    if (p && (follow ? stat(p, &stat_last) : lstat(p, &stat_last)) != 0) pyz_raise_oserror(errno, path, NULL);
}

static const struct timespec *stat_times(int64_t i) {
    return i == 0 ? &stat_last.st_atim : i == 1 ? &stat_last.st_mtim : &stat_last.st_ctim;
}

/* st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, the three times' seconds (7..9) and
 * nanoseconds (10..12), st_blksize, st_blocks, st_rdev: os.stat_result's order */
int64_t pyz_os_stat_field(int64_t i) {
    const struct stat *st = &stat_last;
    switch (i) {
    case 0: return (int64_t)st->st_mode;
    case 1: return (int64_t)st->st_ino;
    case 2: return (int64_t)st->st_dev;
    case 3: return (int64_t)st->st_nlink;
    case 4: return (int64_t)st->st_uid;
    case 5: return (int64_t)st->st_gid;
    case 6: return (int64_t)st->st_size;
    case 7: case 8: case 9: return (int64_t)stat_times(i - 7)->tv_sec;
    case 10: case 11: case 12: {
        const struct timespec *t = stat_times(i - 10);
        return (int64_t)t->tv_sec * 1000000000 + t->tv_nsec;
    }
    case 13: return (int64_t)st->st_blksize;
    case 14: return (int64_t)st->st_blocks;
    default: return (int64_t)st->st_rdev;
    }
}

/* st_atime, st_mtime, st_ctime (0..2) as CPython computes them: seconds + nanoseconds * 1e-9 */
double pyz_os_stat_time(int64_t i) {
    const struct timespec *t = stat_times(i);
    return (double)t->tv_sec + (double)t->tv_nsec * 1e-9;
}

static double path_time(PyzStr *path, int64_t which) {
    struct stat st;
    const char *p = os_path(path);
    if (!p) return 0;
    if (stat(p, &st) != 0) {
        pyz_raise_oserror(errno, path, NULL);
        return 0;
    }
    const struct timespec *t = which == 0 ? &st.st_atim : which == 1 ? &st.st_mtim : &st.st_ctim;
    return (double)t->tv_sec + (double)t->tv_nsec * 1e-9;
}

double pyz_os_path_getatime(PyzStr *path) { return path_time(path, 0); }
double pyz_os_path_getmtime(PyzStr *path) { return path_time(path, 1); }
double pyz_os_path_getctime(PyzStr *path) { return path_time(path, 2); }

bool pyz_os_path_islink(PyzStr *path) {
    struct stat st;
    if (memchr(path->data, 0, (size_t)path->len)) return false;  /* CPython 3.11: False, no error */
    return lstat(pyz_str_cstr(path), &st) == 0 && S_ISLNK(st.st_mode);
}

/* ------------------------------------------------------------- an OSError's errno, strerror, filename
 * The runtime raises an OSError with CPython's message, "[Errno 2] No such file or directory: 'x'"
 * (file.c pyz_raise_oserror), and the message is what a caught exception keeps: the attributes
 * are read back from it, so exceptions cost nothing more for programs that never ask.  A message
 * of another form (an exception the program raised with a message) has None for each. */

static int64_t errno_end(PyzStr *m, int64_t *err) {  /* the index after "[Errno N] ", or -1 */
    if (!m || m->len < 10 || memcmp(m->data, "[Errno ", 7) != 0) return -1;
    int64_t i = 7, v = 0;
    bool neg = i < m->len && m->data[i] == '-';
    if (neg) i++;
    int64_t digits = i;
    while (i < m->len && m->data[i] >= '0' && m->data[i] <= '9' && v < 100000000) v = v * 10 + (m->data[i++] - '0');
    if (i == digits || i + 1 >= m->len || m->data[i] != ']' || m->data[i + 1] != ' ') return -1;
    *err = neg ? -v : v;
    return i + 2;
}

static int64_t filename_start(PyzStr *m, int64_t from) {  /* the index of the filename's opening quote, or -1 */
    for (int64_t i = from; i + 2 < m->len; i++)
        if (m->data[i] == ':' && m->data[i + 1] == ' ' && (m->data[i + 2] == '\'' || m->data[i + 2] == '"')) return i + 2;
    return -1;
}

static int hexval(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The str whose repr starts at m->data[i] (a quote); *end is set past its closing quote. */
static PyzStr *unrepr(PyzStr *m, int64_t i, int64_t *end) {
    char q = m->data[i++];
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    while (i < m->len && m->data[i] != q) {
        char c = m->data[i];
        if (c != '\\' || i + 1 >= m->len) {
            pyz_sb_add_bytes(&sb, &c, 1);
            i++;
            continue;
        }
        char k = m->data[i + 1];
        int width = k == 'x' ? 2 : k == 'u' ? 4 : k == 'U' ? 8 : 0;
        if (width) {
            uint32_t cp = 0;
            for (int j = 0; j < width && i + 2 + j < m->len; j++) cp = cp * 16 + (uint32_t)hexval(m->data[i + 2 + j]);
            char buf[4];
            pyz_sb_add_bytes(&sb, buf, pyz_utf8_encode(cp, buf));
            i += 2 + width;
            continue;
        }
        char out = k == 'n' ? '\n' : k == 'r' ? '\r' : k == 't' ? '\t' : k;
        pyz_sb_add_bytes(&sb, &out, 1);
        i += 2;
    }
    *end = i + 1;
    return pyz_sb_finish(&sb);
}

int64_t pyz_exc_errno(PyzExc *e) {  /* -1: None */
    int64_t err = -1;
    return errno_end(e->message, &err) < 0 ? -1 : err;
}

PyzStr *pyz_exc_strerror(PyzExc *e) {
    int64_t err, at = errno_end(e->message, &err);
    if (at < 0) return NULL;
    int64_t name = filename_start(e->message, at);
    int64_t stop = name < 0 ? e->message->len : name - 2;
    return pyz_str_new(e->message->data + at, stop - at);
}

PyzStr *pyz_exc_filename(PyzExc *e) {
    int64_t err, at = errno_end(e->message, &err);
    if (at < 0) return NULL;
    int64_t name = filename_start(e->message, at), end;
    return name < 0 ? NULL : unrepr(e->message, name, &end);
}

PyzStr *pyz_exc_filename2(PyzExc *e) {
    int64_t err, at = errno_end(e->message, &err);
    if (at < 0) return NULL;
    int64_t name = filename_start(e->message, at), end;
    if (name < 0) return NULL;
    unrepr(e->message, name, &end);
    if (end + 5 > e->message->len || memcmp(e->message->data + end, " -> ", 4) != 0) return NULL;
    return unrepr(e->message, end + 4, &end);
}
