/* bytes.c - immutable byte strings (pyz_bytes_*).
 *
 * A bytes value is a PyzStr (pyz.h) whose data holds any bytes, with
 * ncp == len and ascii == 1 whatever those bytes are: each byte counts as
 * one "code point".  The str functions that work on bytes alone when ascii
 * is set (concat, eq, cmp, contains, hash, find/count/startswith/endswith and
 * their _in forms, replace) are therefore bytes' own operations, with the
 * same speed, and the compiler calls them directly (types/model.py BYTES).
 * What differs from str lives here: anything that makes a value (str.c hands
 * out its table of one-character ASCII strings, which a byte >= 0x80 would
 * index past), indexing (an int), repr, the codecs, and the ASCII-only case
 * and whitespace rules of bytes' methods.
 *
 * Invariants:
 *  - Every bytes value made here is one pyz_gc_alloc_atomic block, the
 *    header then len + 1 bytes (a NUL that len does not count), or the
 *    static empty value.  hash is -1 until pyz_str_hash caches it.
 *  - A str passed in is valid WTF-8 (str.c); a str made here from bytes
 *    (decode) is checked to be valid UTF-8 first.
 *  - Errors follow pyz.h: pyz_raise, then return NULL (or -1).
 */
#include "pyz.h"

#include <stdio.h>
#include <string.h>

typedef unsigned char u8;

static PyzStr bytes_empty = {0, 0, -1, 1, 0, ""};

static PyzStr *bytes_alloc(int64_t len) {
    PyzStr *r = (PyzStr *)pyz_gc_alloc_atomic(sizeof(PyzStr) + (size_t)len + 1);
    r->len = len;
    r->ncp = len;
    r->hash = -1;
    r->ascii = 1;
    r->data = (char *)(r + 1);
    return r;
}

#define BBUF(r) ((char *)((r) + 1))

PyzStr *pyz_bytes_new(const char *data, int64_t len) {
    if (len == 0)
        return &bytes_empty;
    PyzStr *r = bytes_alloc(len);
    memcpy(BBUF(r), data, (size_t)len);
    return r;
}

/* bytes(n): n zero bytes */
PyzStr *pyz_bytes_zeros(int64_t n) {
    if (PYZ_UNLIKELY(n < 0)) {
        pyz_raise(PYZ_EXC_ValueError, "negative count");
        return NULL;
    }
    return n == 0 ? &bytes_empty : bytes_alloc(n);
}

/* bytes(list of ints) */
PyzStr *pyz_bytes_from_ints(const int64_t *items, int64_t n) {
    PyzStr *r = n == 0 ? &bytes_empty : bytes_alloc(n);
    for (int64_t i = 0; i < n; i++) {
        if (PYZ_UNLIKELY((uint64_t)items[i] > 255)) {
            pyz_raise(PYZ_EXC_ValueError, "bytes must be in range(0, 256)");
            return NULL;
        }
        BBUF(r)[i] = (char)items[i];
    }
    return r;
}

int64_t pyz_bytes_getitem_slow(PyzStr *s, int64_t index) {
    if (index < 0)
        index += s->len;
    if (PYZ_UNLIKELY((uint64_t)index >= (uint64_t)s->len)) {
        pyz_raise(PYZ_EXC_IndexError, "index out of range");
        return -1;
    }
    return (u8)s->data[index];
}

PyzStr *pyz_bytes_slice(PyzStr *s, int64_t start, int64_t stop, int64_t step, int32_t has_start,
                        int32_t has_stop) {
    if (PYZ_UNLIKELY(step == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "slice step cannot be zero");
        return NULL;
    }
    if (step < -INT64_MAX)
        step = -INT64_MAX;
    int64_t n = pyz_slice_adjust(s->len, &start, &stop, step, has_start, has_stop);
    if (n <= 0)
        return &bytes_empty;
    if (step == 1) {
        if (n == s->len)
            return s;
        return pyz_bytes_new(s->data + start, n);
    }
    PyzStr *r = bytes_alloc(n);
    char *o = BBUF(r);
    for (int64_t k = 0; k < n; k++)
        o[k] = s->data[start + k * step];
    return r;
}

PyzStr *pyz_bytes_repeat(PyzStr *s, int64_t n) {
    if (n <= 0 || s->len == 0)
        return &bytes_empty;
    if (n == 1)
        return s;
    int64_t total;
    if (PYZ_UNLIKELY(__builtin_mul_overflow(s->len, n, &total))) {
        pyz_raise(PYZ_EXC_OverflowError, "repeated bytes are too long");
        return NULL;
    }
    PyzStr *r = bytes_alloc(total);
    char *o = BBUF(r);
    for (int64_t done = 0; done < total; done += s->len)
        memcpy(o + done, s->data, (size_t)s->len);
    return r;
}

/* repr(b): CPython's bytes_repr: single quotes unless the value holds ' and no " */
PyzStr *pyz_bytes_repr(PyzStr *s) {
    const u8 *d = (const u8 *)s->data;
    int64_t n = s->len;
    char quote = '\'';
    if (memchr(d, '\'', (size_t)n) && !memchr(d, '"', (size_t)n))
        quote = '"';
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    char buf[8];
    buf[0] = 'b';
    buf[1] = quote;
    pyz_sb_add_bytes(&sb, buf, 2);
    static const char hex[] = "0123456789abcdef";
    for (int64_t i = 0; i < n; i++) {
        u8 c = d[i];
        int k = 0;
        if (c == (u8)quote || c == '\\') {
            buf[k++] = '\\';
            buf[k++] = (char)c;
        } else if (c == '\t') {
            buf[k++] = '\\';
            buf[k++] = 't';
        } else if (c == '\n') {
            buf[k++] = '\\';
            buf[k++] = 'n';
        } else if (c == '\r') {
            buf[k++] = '\\';
            buf[k++] = 'r';
        } else if (c < ' ' || c >= 0x7f) {
            buf[k++] = '\\';
            buf[k++] = 'x';
            buf[k++] = hex[c >> 4];
            buf[k++] = hex[c & 15];
        } else {
            buf[k++] = (char)c;
        }
        pyz_sb_add_bytes(&sb, buf, k);
    }
    buf[0] = quote;
    pyz_sb_add_bytes(&sb, buf, 1);
    return pyz_sb_finish(&sb);
}

/* ---------------------------------------------------------------- codecs */

static void decode_error(const char *codec, u8 byte, int64_t start, int64_t end, const char *why) {
    char msg[200];
    if (end - start > 1)
        pyz_msgf(msg, sizeof msg, "'%s' codec can't decode bytes in position %lld-%lld: %s", codec,
                 (long long)start, (long long)end - 1, why);
    else
        pyz_msgf(msg, sizeof msg, "'%s' codec can't decode byte 0x%02x in position %lld: %s", codec, byte,
                 (long long)start, why);
    pyz_raise(PYZ_EXC_UnicodeDecodeError, msg);
}

/* b.decode(): UTF-8, UnicodeDecodeError on an invalid sequence (errors='strict') */
PyzStr *pyz_bytes_decode(PyzStr *s) {
    const char *why = "";
    int bad = 1;
    int64_t ok = pyz_utf8_valid_prefix((const unsigned char *)s->data, s->len, &why, &bad);
    if (PYZ_UNLIKELY(ok < s->len)) {
        decode_error("utf-8", (u8)s->data[ok], ok, ok + bad, why);
        return NULL;
    }
    return pyz_str_new(s->data, s->len);
}

/* b.decode(encoding): utf-8, ascii or latin-1 under their usual names */
PyzStr *pyz_bytes_decode_as(PyzStr *s, PyzStr *encoding) {
    char name[24];
    int64_t k = 0;
    for (int64_t i = 0; i < encoding->len && k < (int64_t)sizeof name - 1; i++) {
        char c = encoding->data[i];
        name[k++] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    name[k] = 0;
    if (!strcmp(name, "utf-8") || !strcmp(name, "utf8"))
        return pyz_bytes_decode(s);
    const u8 *d = (const u8 *)s->data;
    if (!strcmp(name, "ascii") || !strcmp(name, "us-ascii")) {
        for (int64_t i = 0; i < s->len; i++) {
            if (PYZ_UNLIKELY(d[i] >= 0x80)) {
                decode_error("ascii", d[i], i, i + 1, "ordinal not in range(128)");
                return NULL;
            }
        }
        return pyz_str_new(s->data, s->len);
    }
    if (!strcmp(name, "latin-1") || !strcmp(name, "latin1") || !strcmp(name, "iso-8859-1")) {
        PyzStrBuilder sb;
        pyz_sb_init(&sb);
        for (int64_t i = 0; i < s->len; i++) {
            char buf[2];
            if (d[i] < 0x80) {
                buf[0] = (char)d[i];
                pyz_sb_add_bytes(&sb, buf, 1);
            } else {
                buf[0] = (char)(0xC0 | (d[i] >> 6));
                buf[1] = (char)(0x80 | (d[i] & 0x3F));
                pyz_sb_add_bytes(&sb, buf, 2);
            }
        }
        return pyz_sb_finish(&sb);
    }
    char msg[80];
    pyz_msgf(msg, sizeof msg, "unknown encoding: %.*s", (int)(encoding->len > 40 ? 40 : encoding->len),
             encoding->data);
    pyz_raise(PYZ_EXC_LookupError, msg);
    return NULL;
}

/* s.encode(): UTF-8; a lone surrogate is a UnicodeEncodeError as in CPython */
PyzStr *pyz_str_encode(PyzStr *s) {
    const u8 *d = (const u8 *)s->data;
    for (int64_t i = 0, cp = 0; i < s->len; cp++) {
        if (PYZ_UNLIKELY(d[i] == 0xED && i + 1 < s->len && d[i + 1] >= 0xA0)) {
            char msg[120];
            pyz_msgf(msg, sizeof msg,
                     "'utf-8' codec can't encode character '\\u%02x%02x' in position %lld: surrogates not allowed",
                     0xD0 | ((d[i + 1] >> 2) & 0x0F), ((d[i + 1] & 3) << 6) | (d[i + 2] & 0x3F), (long long)cp);
            pyz_raise(PYZ_EXC_UnicodeEncodeError, msg);
            return NULL;
        }
        i += d[i] < 0x80 ? 1 : d[i] < 0xE0 ? 2 : d[i] < 0xF0 ? 3 : 4;
    }
    return pyz_bytes_new(s->data, s->len);
}

/* -------------------------------------------------------------- methods */

PyzStr *pyz_bytes_hex(PyzStr *s) {
    static const char hex[] = "0123456789abcdef";
    if (s->len == 0)
        return pyz_str_new("", 0);
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    for (int64_t i = 0; i < s->len; i++) {
        u8 c = (u8)s->data[i];
        char buf[2] = {hex[c >> 4], hex[c & 15]};
        pyz_sb_add_bytes(&sb, buf, 2);
    }
    return pyz_sb_finish(&sb);
}

static int hexval(u8 c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int is_space(u8 c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* bytes.fromhex(s): pairs of hex digits, whitespace between pairs.  A class method: the
 * compiler passes b"" for `bytes.fromhex(s)`, and a value's bytes are not read. */
PyzStr *pyz_bytes_fromhex(PyzStr *cls, PyzStr *s) {
    (void)cls;
    const u8 *d = (const u8 *)s->data;
    PyzStr *r = bytes_alloc(s->len / 2);
    int64_t n = 0;
    for (int64_t i = 0; i < s->len;) {
        if (is_space(d[i])) {
            i++;
            continue;
        }
        int hi = hexval(d[i]);
        int lo = i + 1 < s->len ? hexval(d[i + 1]) : -1;
        if (PYZ_UNLIKELY(hi < 0 || lo < 0)) {
            int64_t at = hi < 0 ? i : i + 1;
            int64_t cp = 0;  /* the position in code points */
            for (int64_t k = 0; k < at; k++)
                cp += (d[k] & 0xC0) != 0x80;
            char msg[100];
            pyz_msgf(msg, sizeof msg, "non-hexadecimal number found in fromhex() arg at position %lld",
                     (long long)cp);
            pyz_raise(PYZ_EXC_ValueError, msg);
            return NULL;
        }
        BBUF(r)[n++] = (char)(hi << 4 | lo);
        i += 2;
    }
    if (n == 0)
        return &bytes_empty;
    r->len = r->ncp = n;
    BBUF(r)[n] = 0;
    return r;
}

PyzStr *pyz_bytes_upper(PyzStr *s) {
    PyzStr *r = s->len ? bytes_alloc(s->len) : &bytes_empty;
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        BBUF(r)[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
    }
    return r;
}

PyzStr *pyz_bytes_lower(PyzStr *s) {
    PyzStr *r = s->len ? bytes_alloc(s->len) : &bytes_empty;
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        BBUF(r)[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    return r;
}

/* strip/lstrip/rstrip (which: 1 left, 2 right, 3 both); chars NULL: ASCII whitespace */
static PyzStr *strip(PyzStr *s, PyzStr *chars, int which) {
    const u8 *d = (const u8 *)s->data;
    int64_t a = 0, b = s->len;
    bool set[256] = {0};
    if (chars)
        for (int64_t i = 0; i < chars->len; i++)
            set[(u8)chars->data[i]] = 1;
    else
        for (int c = 0; c < 256; c++)
            set[c] = is_space((u8)c);
    if (which & 1)
        while (a < b && set[d[a]])
            a++;
    if (which & 2)
        while (b > a && set[d[b - 1]])
            b--;
    if (a == 0 && b == s->len)
        return s;
    return pyz_bytes_new(s->data + a, b - a);
}

PyzStr *pyz_bytes_strip(PyzStr *s, PyzStr *chars) { return strip(s, chars, 3); }
PyzStr *pyz_bytes_lstrip(PyzStr *s, PyzStr *chars) { return strip(s, chars, 1); }
PyzStr *pyz_bytes_rstrip(PyzStr *s, PyzStr *chars) { return strip(s, chars, 2); }

/* b.replace(old, new[, count]); count < 0: all.  (str.c's replace steps over UTF-8 sequences
 * where old is empty, so bytes have their own.) */
PyzStr *pyz_bytes_replace(PyzStr *s, PyzStr *old, PyzStr *new_, int64_t count) {
    const char *d = s->data;
    int64_t n = s->len;
    if (count < 0)
        count = INT64_MAX;
    int64_t m = 0;
    if (old->len == 0) {
        m = count < n + 1 ? count : n + 1;
    } else {
        for (int64_t i = 0; m < count;) {
            const char *hit = pyz_memmem(d + i, n - i, old->data, old->len);
            if (!hit)
                break;
            m++;
            i = (hit - d) + old->len;
        }
    }
    if (m == 0 || (old->len == 0 && new_->len == 0))
        return s;
    int64_t total;
    if (PYZ_UNLIKELY(__builtin_mul_overflow(m, new_->len - old->len, &total) ||
                     __builtin_add_overflow(total, n, &total))) {
        pyz_raise(PYZ_EXC_OverflowError, "replace bytes is too long");
        return NULL;
    }
    if (total == 0)
        return &bytes_empty;
    PyzStr *r = bytes_alloc(total);
    char *o = BBUF(r);
    int64_t i = 0;
    for (int64_t k = 0; k < m; k++) {
        int64_t j = old->len == 0 ? i : pyz_memmem(d + i, n - i, old->data, old->len) - d;
        memcpy(o, d + i, (size_t)(j - i));
        o += j - i;
        memcpy(o, new_->data, (size_t)new_->len);
        o += new_->len;
        i = j + old->len;
        if (old->len == 0 && i < n) {
            *o++ = d[i];
            i++;
        }
    }
    memcpy(o, d + i, (size_t)(n - i));
    return r;
}

/* sep.join(list of bytes) */
PyzStr *pyz_bytes_join(PyzStr *sep, PyzList_bytes *items) {
    int64_t total = 0;
    for (int64_t i = 0; i < items->len; i++)
        total += items->items[i]->len + (i ? sep->len : 0);
    if (total == 0)
        return &bytes_empty;
    PyzStr *r = bytes_alloc(total);
    char *o = BBUF(r);
    for (int64_t i = 0; i < items->len; i++) {
        if (i) {
            memcpy(o, sep->data, (size_t)sep->len);
            o += sep->len;
        }
        memcpy(o, items->items[i]->data, (size_t)items->items[i]->len);
        o += items->items[i]->len;
    }
    return r;
}

/* b.split(sep[, maxsplit]) / b.split(): the list of bytes has str's list layout */
PyzList_bytes *pyz_bytes_split(PyzStr *s, PyzStr *sep, int64_t maxsplit) {
    PyzList_str *l = pyz_list_str_alloc(4);  /* the same layout as PyzList_bytes */
    const char *d = s->data;
    int64_t n = s->len;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    if (sep == NULL) {
        int64_t i = 0;
        while (i < n) {
            while (i < n && is_space((u8)d[i]))
                i++;
            if (i == n)
                break;
            if (maxsplit-- == 0) {
                int64_t e = n;
                while (e > i && is_space((u8)d[e - 1]))
                    e--;
                pyz_list_str_push(l, pyz_bytes_new(d + i, e - i));
                break;
            }
            int64_t j = i;
            while (j < n && !is_space((u8)d[j]))
                j++;
            pyz_list_str_push(l, pyz_bytes_new(d + i, j - i));
            i = j;
        }
        return (PyzList_bytes *)l;
    }
    if (PYZ_UNLIKELY(sep->len == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "empty separator");
        return NULL;
    }
    int64_t i = 0;
    while (maxsplit-- > 0) {
        const char *hit = pyz_memmem(d + i, n - i, sep->data, sep->len);
        if (!hit)
            break;
        int64_t j = hit - d;
        pyz_list_str_push(l, pyz_bytes_new(d + i, j - i));
        i = j + sep->len;
    }
    pyz_list_str_push(l, pyz_bytes_new(d + i, n - i));
    return (PyzList_bytes *)l;
}

/* n in b */
bool pyz_bytes_contains_int(PyzStr *s, int64_t n) {
    if (PYZ_UNLIKELY((uint64_t)n > 255)) {
        pyz_raise(PYZ_EXC_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    return memchr(s->data, (int)n, (size_t)s->len) != NULL;
}

/* b"..." % args: the str formatted from the format's bytes taken as code points (types/infer_format.py)
 * back to bytes; only %c can have made a code point past 255 */
PyzStr *pyz_bytes_from_latin1(PyzStr *s) {
    if (s->ascii)
        return pyz_bytes_new(s->data, s->len);
    PyzStr *r = bytes_alloc(s->ncp);
    const u8 *d = (const u8 *)s->data;
    int64_t n = 0;
    for (int64_t i = 0; i < s->len; n++) {
        if (d[i] < 0x80) {
            BBUF(r)[n] = (char)d[i++];
        } else if (d[i] < 0xC4) {  /* U+0080..U+00FF */
            BBUF(r)[n] = (char)(((d[i] & 0x03) << 6) | (d[i + 1] & 0x3F));
            i += 2;
        } else {
            pyz_raise(PYZ_EXC_OverflowError, "%c arg not in range(256)");
            return NULL;
        }
    }
    return r;
}

/* ord(b) of a bytes or bytearray: its one byte */
int64_t pyz_bytes_ord(PyzStr *s) {
    if (PYZ_UNLIKELY(s->len != 1)) {
        char msg[80];
        pyz_msgf(msg, sizeof msg, "ord() expected a character, but string of length %lld found", (long long)s->len);
        pyz_raise(PYZ_EXC_TypeError, msg);
        return -1;
    }
    return (u8)s->data[0];
}

/* b.index / b.rindex (with start and end): find's result, or ValueError */
static int64_t found(int64_t at) {
    if (PYZ_UNLIKELY(at < 0))
        pyz_raise(PYZ_EXC_ValueError, "subsection not found");
    return at;
}

int64_t pyz_bytes_index(PyzStr *s, PyzStr *sub) { return found(pyz_str_find(s, sub)); }
int64_t pyz_bytes_rindex(PyzStr *s, PyzStr *sub) { return found(pyz_str_rfind(s, sub)); }
int64_t pyz_bytes_index_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end) {
    return found(pyz_str_find_in(s, sub, start, end));
}
int64_t pyz_bytes_rindex_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end) {
    return found(pyz_str_rfind_in(s, sub, start, end));
}
