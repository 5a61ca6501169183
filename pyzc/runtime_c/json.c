/* json.c - the json module's string escaping (pyz_json_*), CPython's _json.encode_basestring(_ascii).
 *
 * pylib/json.py writes the rest of the encoder and the decoder in Python; the escaping of a
 * str is the one loop worth C, since every key and every string value goes through it.
 *
 * Invariants:
 *  - The input is a valid pyzc str: UTF-8, with lone surrogates in their 3-byte form, which
 *    decodes here to the surrogate's code point, escaped as CPython escapes it (\udXXX).
 *  - ensure_ascii: everything outside ' '..'~' is escaped (so 0x7f is \u007f), a code point
 *    above 0xFFFF as a surrogate pair, lowercase hex; otherwise only '"', '\\' and the
 *    control characters below 0x20 are, and the other bytes are copied as they are.
 */
#include "pyz.h"

#include <string.h>

static const char HEX[] = "0123456789abcdef";

static void add_u4(PyzStrBuilder *sb, uint32_t c) {
    char b[6] = {'\\', 'u', HEX[(c >> 12) & 0xf], HEX[(c >> 8) & 0xf], HEX[(c >> 4) & 0xf], HEX[c & 0xf]};
    pyz_sb_add_bytes(sb, b, 6);
}

/* '"' '\\' and the control characters: the escapes both encoders share; 0 if c is none of them */
static int add_escape(PyzStrBuilder *sb, uint32_t c) {
    const char *e = NULL;
    switch (c) {
        case '"': e = "\\\""; break;
        case '\\': e = "\\\\"; break;
        case '\n': e = "\\n"; break;
        case '\r': e = "\\r"; break;
        case '\t': e = "\\t"; break;
        case '\b': e = "\\b"; break;
        case '\f': e = "\\f"; break;
        default:
            if (c < 0x20) {
                add_u4(sb, c);
                return 1;
            }
            return 0;
    }
    pyz_sb_add_bytes(sb, e, 2);
    return 1;
}

static PyzStr *encode(PyzStr *s, bool ascii_only) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    pyz_sb_add_bytes(&sb, "\"", 1);
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t n = s->len, start = 0, i = 0;
    while (i < n) {
        uint32_t c = p[i];
        int64_t w = 1;
        if (c >= 0x80) {
            if (c < 0xe0) {
                c = ((c & 0x1f) << 6) | (p[i + 1] & 0x3f);
                w = 2;
            } else if (c < 0xf0) {
                c = ((c & 0x0f) << 12) | ((uint32_t)(p[i + 1] & 0x3f) << 6) | (p[i + 2] & 0x3f);
                w = 3;
            } else {
                c = ((c & 0x07) << 18) | ((uint32_t)(p[i + 1] & 0x3f) << 12) | ((uint32_t)(p[i + 2] & 0x3f) << 6)
                    | (p[i + 3] & 0x3f);
                w = 4;
            }
        }
        bool plain = c >= 0x20 && c != '"' && c != '\\' && (!ascii_only || c < 0x7f);
        if (plain) {
            i += w;
            continue;
        }
        if (i > start)
            pyz_sb_add_bytes(&sb, (const char *)p + start, i - start);
        if (!add_escape(&sb, c)) {  /* ascii_only, c >= 0x7f */
            if (c > 0xffff) {
                uint32_t v = c - 0x10000;
                add_u4(&sb, 0xd800 | (v >> 10));
                add_u4(&sb, 0xdc00 | (v & 0x3ff));
            } else {
                add_u4(&sb, c);
            }
        }
        i += w;
        start = i;
    }
    if (n > start)
        pyz_sb_add_bytes(&sb, (const char *)p + start, n - start);
    pyz_sb_add_bytes(&sb, "\"", 1);
    return pyz_sb_finish(&sb);
}

PyzStr *pyz_json_encode_ascii(PyzStr *s) { return encode(s, true); }

PyzStr *pyz_json_encode(PyzStr *s) { return encode(s, false); }

/* ---- the decoder's scanning loops (pylib/json.py), over a str's UTF-8 bytes by byte offset:
 * the parser keeps byte offsets, so that no step converts a code point index (which costs a
 * walk over a str that is not ASCII), and converts one to a code point index only for an error. */

static inline int is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static inline int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

int64_t pyz_json_byte(PyzStr *s, int64_t i) {
    return i >= 0 && i < s->len ? (unsigned char)s->data[i] : -1;
}

int64_t pyz_json_skip_ws(PyzStr *s, int64_t i) {
    const unsigned char *p = (const unsigned char *)s->data;
    while (i < s->len && is_ws(p[i]))
        i++;
    return i;
}

/* the first byte at or after i that ends a run of plain string bytes: '"', '\\', a control character; or len */
int64_t pyz_json_plain_end(PyzStr *s, int64_t i) {
    const unsigned char *p = (const unsigned char *)s->data;
    while (i < s->len && p[i] != '"' && p[i] != '\\' && p[i] >= 0x20)
        i++;
    return i;
}

PyzStr *pyz_json_slice(PyzStr *s, int64_t b0, int64_t b1) {
    return pyz_str_new(s->data + b0, b1 - b0);
}

int64_t pyz_json_cp_index(PyzStr *s, int64_t b) {
    if (s->ascii)
        return b;
    int64_t n = 0;
    for (int64_t i = 0; i < b && i < s->len; i++)
        n += ((unsigned char)s->data[i] & 0xc0) != 0x80;
    return n;
}

/* whether the ASCII word starts at byte i */
bool pyz_json_match(PyzStr *s, int64_t i, PyzStr *word) {
    return i >= 0 && i + word->len <= s->len && memcmp(s->data + i, word->data, (size_t)word->len) == 0;
}

/* CPython's _match_number_unicode from byte i: -1 if no number starts there, else end * 2 + is_float */
int64_t pyz_json_number_end(PyzStr *s, int64_t start) {
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t n = s->len, idx = start;
    if (idx < n && p[idx] == '-') {
        idx++;
        if (idx >= n)
            return -1;
    }
    if (idx < n && p[idx] >= '1' && p[idx] <= '9') {
        idx++;
        while (idx < n && is_digit(p[idx]))
            idx++;
    } else if (idx < n && p[idx] == '0') {
        idx++;
    } else {
        return -1;
    }
    int is_float = 0;
    if (idx < n - 1 && p[idx] == '.' && is_digit(p[idx + 1])) {
        is_float = 1;
        idx += 2;
        while (idx < n && is_digit(p[idx]))
            idx++;
    }
    if (idx < n - 1 && (p[idx] == 'e' || p[idx] == 'E')) {
        int64_t e_start = idx;
        idx++;
        if (idx < n - 1 && (p[idx] == '-' || p[idx] == '+'))
            idx++;
        while (idx < n && is_digit(p[idx]))
            idx++;
        if (is_digit(p[idx - 1]))
            is_float = 1;
        else
            idx = e_start;
    }
    return idx * 2 + is_float;
}

int64_t pyz_json_byte_len(PyzStr *s) { return s->len; }

/* the index of the first byte c at or after b, or len (pylib/io.py's readline: c is '\n') */
int64_t pyz_json_find_byte(PyzStr *s, int64_t b, int64_t c) {
    if (b >= s->len)
        return s->len;
    const char *hit = memchr(s->data + b, (int)c, (size_t)(s->len - b));
    return hit ? hit - s->data : s->len;
}

/* the byte offset n code points after byte offset b (a boundary), at most len */
int64_t pyz_json_advance(PyzStr *s, int64_t b, int64_t n) {
    if (s->ascii)
        return b + n < s->len ? b + n : s->len;
    const unsigned char *p = (const unsigned char *)s->data;
    while (n > 0 && b < s->len) {
        b++;
        while (b < s->len && (p[b] & 0xc0) == 0x80)
            b++;
        n--;
    }
    return b;
}
