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
