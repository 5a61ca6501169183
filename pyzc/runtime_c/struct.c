/* struct.c - the struct module's packing and unpacking (pyz_struct_*).
 *
 * The compiler parses a struct format when it compiles the call (the format
 * must be a constant: primitives/struct_ops.py), so it knows each item's
 * code, offset and size, and the size of the whole.  What is left for run
 * time is here: one call per item, which reads or writes size bytes at an
 * offset of a bytes or bytearray buffer, and the checks of buffer lengths
 * and offsets, each with CPython 3.11's struct.error message.
 *
 * Invariants:
 *  - mode is PYZ_STRUCT_NATIVE ('@': native sizes, alignment and byte
 *    order), PYZ_STRUCT_LITTLE ('<' and '=' on this little-endian host) or
 *    PYZ_STRUCT_BIG ('>' and '!').  CPython's messages for an int out of range
 *    depend on the code, the size and the mode (its native table and the
 *    little-endian table, into which it copies the native functions of equal
 *    size, word some of them otherwise than its big-endian table):
 *    pyz_struct_put_int reproduces them.
 *  - A buffer written here is one the compiler made for this call (pack) or a
 *    bytearray (pack_into) whose length the compiler's size check covered.
 *  - Ints are 64-bit: an unsigned 8-byte item past 2**63 - 1 raises
 *    OverflowError when unpacked (pyz_raise_overflow), as any int would.
 */
#include "pyz.h"

#include <stdio.h>
#include <string.h>

#define PYZ_STRUCT_NATIVE 0
#define PYZ_STRUCT_LITTLE 1
#define PYZ_STRUCT_BIG 2

static unsigned char *wbuf(PyzStr *buf) { return (unsigned char *)buf->data; }

static void struct_error(const char *msg) { pyz_raise(PYZ_EXC_StructError, msg); }

static void put_bytes(PyzStr *buf, int64_t off, uint64_t u, int64_t size, int64_t mode) {
    unsigned char *p = wbuf(buf) + off;
    for (int64_t i = 0; i < size; i++) {
        int64_t at = mode == PYZ_STRUCT_BIG ? size - 1 - i : i;
        p[at] = (unsigned char)(u >> (8 * i));
    }
}

static uint64_t get_bytes(PyzStr *buf, int64_t off, int64_t size, int64_t mode) {
    const unsigned char *p = (const unsigned char *)buf->data + off;
    uint64_t u = 0;
    for (int64_t i = 0; i < size; i++) {
        int64_t at = mode == PYZ_STRUCT_BIG ? size - 1 - i : i;
        u |= (uint64_t)p[at] << (8 * i);
    }
    return u;
}

/* pack of an int word v (runtime_c/int.c) with format code `code` (b B h H i I l L q Q n N) of `size` bytes */
void pyz_struct_put_int(PyzStr *buf, int64_t off, int64_t v, int64_t code, int64_t size, int64_t mode) {
    bool is_signed = code >= 'a' && code <= 'z';
    if (PYZ_UNLIKELY(pyz_int_is_big(v)) && !pyz_long_to_i64(pyz_int_long(v), &v)) {
        /* past int64: CPython converts to a C long or unsigned long first ("argument out of range"
         * when that fails), except big-endian q and Q, which convert by bytes */
        const PyzLong *l = pyz_int_long(v);
        bool u64 = l->sign > 0 && pyz_long_bit_length(l) <= 64;   /* [2**63, 2**64) */
        bool as_ulong = code == 'I' || (code == 'L' && size == 4) || (code == 'H' && mode == PYZ_STRUCT_BIG);
        if (u64 && !is_signed && size == 8) {
            uint8_t out[8];
            pyz_long_to_bytes(l, out, 8, false, false);
            uint64_t u = 0;
            for (int i = 0; i < 8; i++) u |= (uint64_t)out[i] << (8 * i);
            put_bytes(buf, off, u, size, mode);
        } else if (mode == PYZ_STRUCT_BIG && size == 8) {
            struct_error("int too large to convert");
        } else if (u64 && as_ulong) {
            char msg[96];
            pyz_msgf(msg, sizeof msg, "'%c' format requires 0 <= number <= %llu", (char)code,
                     (unsigned long long)(((uint64_t)1 << (8 * size)) - 1));
            struct_error(msg);
        } else {
            struct_error("argument out of range");
        }
        return;
    }
    int64_t lo = 0;
    uint64_t hi;
    if (size == 8) {
        lo = is_signed ? INT64_MIN : 0;
        hi = is_signed ? (uint64_t)INT64_MAX : UINT64_MAX;
    } else {
        int64_t bits = 8 * size;
        lo = is_signed ? -((int64_t)1 << (bits - 1)) : 0;
        hi = is_signed ? ((uint64_t)1 << (bits - 1)) - 1 : ((uint64_t)1 << bits) - 1;
    }
    if (PYZ_UNLIKELY(v < lo || (v >= 0 && (uint64_t)v > hi))) {
        char msg[96];
        bool big = mode == PYZ_STRUCT_BIG;
        if (code == 'b')
            struct_error("byte format requires -128 <= number <= 127");
        else if (code == 'B')
            struct_error("ubyte format requires 0 <= number <= 255");
        else if (code == 'h' && !big)
            struct_error("short format requires -32768 <= number <= 32767");
        else if (code == 'H' && !big)
            struct_error("ushort format requires 0 <= number <= 65535");
        else if (!is_signed && v < 0)
            struct_error(big && size == 8 ? "int too large to convert" : "argument out of range");
        else {
            pyz_msgf(msg, sizeof msg, "'%c' format requires %lld <= number <= %llu", (char)code, (long long)lo,
                     (unsigned long long)hi);
            struct_error(msg);
        }
        return;
    }
    put_bytes(buf, off, (uint64_t)v, size, mode);
}

/* pack of a float with code f (4 bytes) or d (8 bytes) */
void pyz_struct_put_float(PyzStr *buf, int64_t off, double v, int64_t size, int64_t mode) {
    uint64_t u;
    if (size == 4) {
        float f = (float)v;
        if (PYZ_UNLIKELY(mode != PYZ_STRUCT_NATIVE && isinf(f) && !isinf(v))) {
            pyz_raise(PYZ_EXC_OverflowError, "float too large to pack with f format");
            return;
        }
        uint32_t w;
        memcpy(&w, &f, 4);
        u = w;
    } else {
        memcpy(&u, &v, 8);
    }
    put_bytes(buf, off, u, size, mode);
}

/* pack of a bytes with code c (b must be one byte) or s (count bytes: truncated or padded with zeros) */
void pyz_struct_put_bytes(PyzStr *buf, int64_t off, PyzStr *b, int64_t count, int64_t code) {
    if (code == 'c' && PYZ_UNLIKELY(b->len != 1)) {
        struct_error("char format requires a bytes object of length 1");
        return;
    }
    int64_t n = b->len < count ? b->len : count;
    memcpy(wbuf(buf) + off, b->data, (size_t)n);
}

void pyz_struct_put_bool(PyzStr *buf, int64_t off, bool v) { wbuf(buf)[off] = v ? 1 : 0; }

/* unpack of an int item: an int word (runtime_c/int.c), big past the small range */
int64_t pyz_struct_get_int(PyzStr *buf, int64_t off, int64_t code, int64_t size, int64_t mode) {
    uint64_t u = get_bytes(buf, off, size, mode);
    bool is_signed = code >= 'a' && code <= 'z';
    if (size < 8) {
        if (is_signed && (u >> (8 * size - 1)) & 1)
            u |= ~(uint64_t)0 << (8 * size);
        return (int64_t)u;
    }
    if (!is_signed && PYZ_UNLIKELY(u > (uint64_t)INT64_MAX)) return pyz_int_from_long(pyz_long_from_u64(u));
    return pyz_int_norm((int64_t)u);   /* an int word */
}

double pyz_struct_get_float(PyzStr *buf, int64_t off, int64_t size, int64_t mode) {
    uint64_t u = get_bytes(buf, off, size, mode);
    if (size == 4) {
        uint32_t w = (uint32_t)u;
        float f;
        memcpy(&f, &w, 4);
        return (double)f;
    }
    double d;
    memcpy(&d, &u, 8);
    return d;
}

bool pyz_struct_get_bool(PyzStr *buf, int64_t off) { return buf->data[off] != 0; }

PyzStr *pyz_struct_get_bytes(PyzStr *buf, int64_t off, int64_t count) { return pyz_bytes_new(buf->data + off, count); }

/* iter_unpack(fmt, buffer): the buffer must hold whole items */
void pyz_struct_iter_check(PyzStr *buf, int64_t size) {
    if (PYZ_UNLIKELY(buf->len % size != 0)) {
        char msg[96];
        pyz_msgf(msg, sizeof msg, "iterative unpacking requires a buffer of a multiple of %lld bytes", (long long)size);
        struct_error(msg);
    }
}

/* unpack(fmt, buffer): the buffer must be exactly size bytes */
void pyz_struct_unpack_check(PyzStr *buf, int64_t size) {
    if (PYZ_UNLIKELY(buf->len != size)) {
        char msg[80];
        pyz_msgf(msg, sizeof msg, "unpack requires a buffer of %lld bytes", (long long)size);
        struct_error(msg);
    }
}

/* where unpack_from(fmt, buffer, offset) and pack_into(fmt, buffer, offset, ...) start: offset counted
 * from the end when negative, with CPython's errors when size bytes do not fit there */
static int64_t struct_offset(PyzStr *buf, int64_t offset, int64_t size, bool packing) {
    char msg[200];
    int64_t len = buf->len;
    if (offset < 0) {
        if (offset + len < 0) {
            pyz_msgf(msg, sizeof msg, "offset %lld out of range for %lld-byte buffer", (long long)offset, (long long)len);
            struct_error(msg);
            return 0;
        }
        if (-offset < size) {
            pyz_msgf(msg, sizeof msg, packing ? "no space to pack %lld bytes at offset %lld"
                                              : "not enough data to unpack %lld bytes at offset %lld",
                     (long long)size, (long long)offset);
            struct_error(msg);
            return 0;
        }
        offset += len;
    }
    if (len - offset < size) {
        pyz_msgf(msg, sizeof msg,
                 packing ? "pack_into requires a buffer of at least %llu bytes for packing %lld bytes at offset %lld "
                           "(actual buffer size is %lld)"
                         : "unpack_from requires a buffer of at least %llu bytes for unpacking %lld bytes at offset "
                           "%lld (actual buffer size is %lld)",
                 (unsigned long long)size + (unsigned long long)offset, (long long)size, (long long)offset,
                 (long long)len);
        struct_error(msg);
        return 0;
    }
    return offset;
}

int64_t pyz_struct_unpack_from_offset(PyzStr *buf, int64_t offset, int64_t size) {
    return struct_offset(buf, offset, size, false);
}

int64_t pyz_struct_pack_into_offset(PyzStr *buf, int64_t offset, int64_t size) {
    return struct_offset(buf, offset, size, true);
}
