/* codec.c - UTF-8 at the program's edges, with CPython's error handlers (pyz_codec_*).
 *
 * Invariants:
 * - Inside the program a str is UTF-8 in which a lone surrogate U+D800..U+DFFF is kept in its
 *   3-byte form ED A0..BF xx (str.c).  Such a string is not valid UTF-8: on the way out it is
 *   encoded as CPython's codec does with the stream's error handler:
 *     strict            UnicodeEncodeError "surrogates not allowed" (files opened by open());
 *     surrogateescape   U+DC80..U+DCFF become the bytes 0x80..0xFF, others are an error
 *                       (stdout under the C, POSIX or C.UTF-8 locale, and in UTF-8 mode);
 *     backslashreplace  \udXXX (stderr, always).
 *   Nothing of a string that fails is written (CPython encodes a whole write first).
 * - Bytes from outside that need not be UTF-8 (argv, and stdin under surrogateescape) are
 *   decoded with surrogateescape: each byte of an invalid sequence becomes U+DC80 + byte, so
 *   encoding back with surrogateescape gives the original bytes.
 * - stdin/stdout's handler is CPython 3.11's (Python/initconfig.c config_get_stdio_errors),
 *   computed from the same environment the first time it is needed: the errors part of
 *   PYTHONIOENCODING; surrogateescape under PYTHONUTF8=1; else from the LC_CTYPE locale
 *   (LC_ALL, LC_CTYPE, LANG): surrogateescape for C, POSIX and the coercion targets
 *   C.UTF-8/C.utf8/UTF-8, and for a locale the C library cannot load (glibc then stays in
 *   the C locale); strict for any other installed locale.  "Installed" is glibc's search:
 *   the directories of LOCPATH when set, else the locale archive and /usr/lib/locale.
 *   Every locale is taken as UTF-8 (a legacy 8-bit locale's codec is not reproduced).
 */
#include "pyz.h"
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef unsigned char u8;

/* ------------------------------------------------------------- locale */

/* name with its codeset normalised as glibc's _nl_normalize_codeset ("UTF-8" -> "utf8") */
static void normalize_name(const char *name, char *out, size_t cap) {
    size_t o = 0;
    const char *dot = strchr(name, '.');
    size_t head = dot ? (size_t)(dot - name) + 1 : strlen(name);
    for (size_t i = 0; i < head && o + 1 < cap; i++) out[o++] = name[i];
    if (dot) {
        const char *cs = dot + 1;
        int digits_only = 1;
        for (const char *p = cs; *p && *p != '@'; p++)
            if ((*p | 32) >= 'a' && (*p | 32) <= 'z') digits_only = 0;
        if (digits_only) for (const char *p = "iso"; *p && o + 1 < cap; p++) out[o++] = *p;
        const char *p = cs;
        for (; *p && *p != '@' && o + 1 < cap; p++) {
            char c = *p;
            if (c >= 'A' && c <= 'Z') out[o++] = (char)(c | 32);
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[o++] = c;
        }
        for (; *p && o + 1 < cap; p++) out[o++] = *p;  /* @modifier */
    }
    out[o] = 0;
}

static int dir_has_locale(const char *dir, size_t dlen, const char *name) {
    char path[512];
    size_t nlen = strlen(name);
    if (dlen + nlen + sizeof "//LC_CTYPE" > sizeof path) return 0;
    memcpy(path, dir, dlen);
    path[dlen] = '/';
    memcpy(path + dlen + 1, name, nlen);
    memcpy(path + dlen + 1 + nlen, "/LC_CTYPE", sizeof "/LC_CTYPE");
    return access(path, R_OK) == 0;
}

static uint32_t rd32(const u8 *p) { uint32_t v; memcpy(&v, p, 4); return v; }

/* glibc's locale archive (locarchive.h): a header of uint32 fields, among them the offset and
 * size of a table of (hash, name offset, record offset) entries. */
static int archive_has_locale(const char *a, const char *b) {
    int fd = open("/usr/lib/locale/locale-archive", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    u8 head[32];
    int found = 0;
    if (pread(fd, head, sizeof head, 0) == (ssize_t)sizeof head && rd32(head) == 0xde020109u) {
        uint32_t off = rd32(head + 8), size = rd32(head + 16);
        for (uint32_t i = 0; i < size && i < (1u << 20) && !found; i++) {
            u8 ent[12];
            char nm[128];
            if (pread(fd, ent, sizeof ent, (off_t)off + (off_t)i * 12) != (ssize_t)sizeof ent) break;
            if (rd32(ent + 4) == 0 || rd32(ent + 8) == 0) continue;
            ssize_t n = pread(fd, nm, sizeof nm - 1, (off_t)rd32(ent + 4));
            if (n <= 0) continue;
            nm[n] = 0;
            found = strcmp(nm, a) == 0 || strcmp(nm, b) == 0;
        }
    }
    close(fd);
    return found;
}

static int locale_installed(const char *name) {
    char norm[256];
    normalize_name(name, norm, sizeof norm);
    if (strchr(name, '/')) return 0;
    const char *locpath = getenv("LOCPATH");
    if (locpath && *locpath) {
        for (const char *p = locpath; *p;) {
            const char *e = strchr(p, ':');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            if (n && (dir_has_locale(p, n, name) || dir_has_locale(p, n, norm))) return 1;
            p += n + (e ? 1 : 0);
        }
        return 0;
    }
    return archive_has_locale(name, norm) || dir_has_locale("/usr/lib/locale", 15, name) ||
           dir_has_locale("/usr/lib/locale", 15, norm);
}

static int32_t errors_from_name(const char *e, size_t n) {
    if (n == 6 && memcmp(e, "strict", 6) == 0) return PYZ_ERRORS_STRICT;
    if (n == 15 && memcmp(e, "surrogateescape", 15) == 0) return PYZ_ERRORS_SURROGATEESCAPE;
    if (n == 16 && memcmp(e, "backslashreplace", 16) == 0) return PYZ_ERRORS_BACKSLASHREPLACE;
    return -1;
}

int32_t pyz_codec_stdio_errors(void) {
    static int32_t errors = -1;
    if (errors >= 0) return errors;
    const char *io = getenv("PYTHONIOENCODING");
    const char *colon = io ? strchr(io, ':') : NULL;
    if (colon && colon[1]) {
        int32_t e = errors_from_name(colon + 1, strlen(colon + 1));
        if (e >= 0) return errors = e;
    }
    const char *utf8 = getenv("PYTHONUTF8");
    if (utf8 && strcmp(utf8, "1") == 0) return errors = PYZ_ERRORS_SURROGATEESCAPE;
    const char *loc = getenv("LC_ALL");
    if (!loc || !*loc) loc = getenv("LC_CTYPE");
    if (!loc || !*loc) loc = getenv("LANG");
    if (!loc || !*loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0 || strcmp(loc, "C.UTF-8") == 0 ||
        strcmp(loc, "C.utf8") == 0 || strcmp(loc, "UTF-8") == 0 || !locale_installed(loc))
        return errors = PYZ_ERRORS_SURROGATEESCAPE;
    return errors = PYZ_ERRORS_STRICT;
}

/* ------------------------------------------------------------- encoding */

static inline int is_surrogate_at(const char *d, int64_t i, int64_t len) {
    return (u8)d[i] == 0xED && i + 1 < len && (u8)d[i + 1] >= 0xA0;
}

static inline uint32_t surrogate_at(const char *d, int64_t i) {
    return 0xD000u | (((uint32_t)(u8)d[i + 1] & 0x3F) << 6) | ((uint32_t)(u8)d[i + 2] & 0x3F);
}

bool pyz_codec_has_surrogate(PyzStr *s) {
    if (s->ascii) return false;
    const char *d = s->data, *p = d;
    int64_t left = s->len;
    while ((p = pyz_memchr(p, 0xED, left)) != NULL) {
        int64_t i = p - d;
        if (is_surrogate_at(d, i, s->len)) return true;
        p++;
        left = s->len - i - 1;
    }
    return false;
}

/* "\\udXXX" into out[6] (the text of a surrogate in CPython's messages and backslashreplace) */
static void surrogate_escape_text(uint32_t c, char *out) {
    static const char hex[] = "0123456789abcdef";
    out[0] = '\\';
    out[1] = 'u';
    for (int k = 0; k < 4; k++) out[2 + k] = hex[(c >> (12 - 4 * k)) & 0xF];
}

static void sb_add_int(PyzStrBuilder *sb, int64_t v) {
    char buf[24];
    pyz_sb_add_bytes(sb, buf, pyz_fmt_int(v, buf));
}

static void raise_encode_error(PyzStr *s, int64_t start_byte, int64_t end_cp_count) {
    int64_t pos = 0;  /* code point index of start_byte */
    for (int64_t i = 0; i < start_byte; i++) pos += ((u8)s->data[i] & 0xC0) != 0x80;
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    if (end_cp_count == 1) {
        char esc[6];
        surrogate_escape_text(surrogate_at(s->data, start_byte), esc);
        pyz_sb_add_cstr(&sb, "'utf-8' codec can't encode character '");
        pyz_sb_add_bytes(&sb, esc, 6);
        pyz_sb_add_cstr(&sb, "' in position ");
        sb_add_int(&sb, pos);
    } else {
        pyz_sb_add_cstr(&sb, "'utf-8' codec can't encode characters in position ");
        sb_add_int(&sb, pos);
        pyz_sb_add_bytes(&sb, "-", 1);
        sb_add_int(&sb, pos + end_cp_count - 1);
    }
    pyz_sb_add_cstr(&sb, ": surrogates not allowed");
    pyz_raise_str(PYZ_EXC_UnicodeEncodeError, pyz_sb_finish(&sb));
}

/* rare: callers call it for a str that holds a surrogate (print, files) or on an error path
 * (tracebacks); -O3 made it 8.0 KB, which every program carried, PYZ_RARE 1.0 KB */
PYZ_RARE int64_t pyz_codec_encode(PyzStr *s, int32_t errors, const char **out) {
    if (!pyz_codec_has_surrogate(s)) {
        *out = s->data;
        return s->len;
    }
    const char *d = s->data;
    int64_t len = s->len;
    /* at most 6 bytes (backslashreplace) for the 3 of each surrogate */
    char *buf = pyz_gc_alloc_atomic((size_t)len * 2 + 1);
    int64_t o = 0;
    for (int64_t i = 0; i < len;) {
        if (!is_surrogate_at(d, i, len)) {
            buf[o++] = d[i++];
            continue;
        }
        int64_t run_end = i;  /* the run of consecutive surrogates, as CPython's encoder takes it */
        while (run_end < len && is_surrogate_at(d, run_end, len)) run_end += 3;
        int64_t k = i;
        if (errors == PYZ_ERRORS_BACKSLASHREPLACE) {
            for (; k < run_end; k += 3, o += 6) surrogate_escape_text(surrogate_at(d, k), buf + o);
        } else if (errors == PYZ_ERRORS_SURROGATEESCAPE) {
            for (; k < run_end; k += 3) {
                uint32_t c = surrogate_at(d, k);
                if (c < 0xDC80 || c > 0xDCFF) break;
                buf[o++] = (char)(c & 0xFF);
            }
        }
        if (k < run_end) {
            raise_encode_error(s, k, (run_end - k) / 3);
            return -1;
        }
        i = run_end;
    }
    *out = buf;
    return o;
}

/* ------------------------------------------------------------- decoding */

/* Length of the valid UTF-8 sequence at p[0, n) (lone surrogates are not valid), or 0. */
static int valid_seq(const u8 *p, int64_t n) {
    unsigned c = p[0];
    if (c < 0x80) return 1;
    int need;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (n <= need) return 0;
    for (int k = 1; k <= need; k++) {
        unsigned d = p[k];
        if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) return 0;
    }
    return need + 1;
}

PyzStr *pyz_codec_decode_escape(const char *data, int64_t n) {
    const u8 *p = (const u8 *)data;
    int64_t bad = 0;
    for (int64_t i = 0; i < n;) {
        int l = valid_seq(p + i, n - i);
        if (l) i += l;
        else { bad++; i++; }
    }
    if (bad == 0) return pyz_str_new(data, n);
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    int64_t run = 0;
    for (int64_t i = 0; i < n;) {
        int l = valid_seq(p + i, n - i);
        if (l) { i += l; continue; }
        pyz_sb_add_bytes(&sb, data + run, i - run);
        char esc[3] = {(char)0xED, (char)(0xB0 | (p[i] >> 6)), (char)(0x80 | (p[i] & 0x3F))};  /* U+DC00 + byte */
        pyz_sb_add_bytes(&sb, esc, 3);
        run = ++i;
    }
    pyz_sb_add_bytes(&sb, data + run, n - run);
    return pyz_sb_finish(&sb);
}
