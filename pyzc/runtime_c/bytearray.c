/* bytearray.c - mutable byte strings (pyz_bytearray_*).
 *
 * A bytearray is a PyzByteArray: a PyzStr header (ncp == len, ascii == 1, hash -1 for
 * ever, as a bytes value: bytes.c) followed by the capacity of its buffer.  The compiler
 * types it `PyzStr *`, so every function that reads a bytes value (eq, cmp, contains,
 * find, count, decode, hex...) reads a bytearray as it is; only the functions here
 * change one.
 *
 * Invariants:
 *  - The header is a scanned GC block (it points at the buffer); the buffer is an atomic
 *    block of cap + 1 bytes, data[len] == 0.  It moves when it grows, so nothing keeps
 *    s->data across a call that may append.
 *  - hash stays -1: a bytearray is unhashable (inference refuses hashing it), so
 *    pyz_str_eq never compares a stale cached hash.
 *  - Errors follow pyz.h: pyz_raise, then return NULL (or -1).
 */
#include "pyz.h"

#include <stdio.h>
#include <string.h>

typedef unsigned char u8;

typedef struct PyzByteArray {
    PyzStr s;
    int64_t cap;
} PyzByteArray;

static PyzStr *bytearray_alloc(int64_t len) {
    PyzByteArray *a = (PyzByteArray *)pyz_gc_alloc(sizeof(PyzByteArray));
    int64_t cap = len < 8 ? 8 : len;
    a->s.data = (char *)pyz_gc_alloc_atomic((size_t)cap + 1);
    a->s.len = a->s.ncp = len;
    a->s.hash = -1;
    a->s.ascii = 1;
    a->cap = cap;
    return &a->s;
}

static char *buf(PyzStr *s) { return (char *)s->data; }

/* room for `more` bytes past len */
static void reserve(PyzStr *s, int64_t more) {
    PyzByteArray *a = (PyzByteArray *)s;
    if (PYZ_LIKELY(s->len + more <= a->cap))
        return;
    int64_t cap = a->cap * 2 > s->len + more ? a->cap * 2 : s->len + more;
    char *d = (char *)pyz_gc_alloc_atomic((size_t)cap + 1);
    memcpy(d, s->data, (size_t)s->len);
    s->data = d;
    a->cap = cap;
}

static void set_len(PyzStr *s, int64_t len) {
    s->len = s->ncp = len;
    buf(s)[len] = 0;
}

PyzStr *pyz_bytearray_zeros(int64_t n) {
    if (PYZ_UNLIKELY(n < 0)) {
        pyz_raise(PYZ_EXC_ValueError, "negative count");
        return NULL;
    }
    return bytearray_alloc(n);
}

/* bytearray(b) of a bytes or a bytearray: a copy */
PyzStr *pyz_bytearray_from(PyzStr *b) {
    PyzStr *r = bytearray_alloc(b->len);
    memcpy(buf(r), b->data, (size_t)b->len);
    return r;
}

PyzStr *pyz_bytearray_from_ints(void *items, int64_t n) {
    const int64_t *v = (const int64_t *)items;
    PyzStr *r = bytearray_alloc(n);
    for (int64_t i = 0; i < n; i++) {
        if (PYZ_UNLIKELY((uint64_t)v[i] > 255)) {
            pyz_raise(PYZ_EXC_ValueError, "byte must be in range(0, 256)");
            return NULL;
        }
        buf(r)[i] = (char)v[i];
    }
    return r;
}

/* bytes(ba): a bytes copy of a bytearray's current bytes */
PyzStr *pyz_bytes_of(PyzStr *ba) { return pyz_bytes_new(ba->data, ba->len); }

int64_t pyz_bytearray_getitem(PyzStr *s, int64_t index) {
    if (index < 0)
        index += s->len;
    if (PYZ_UNLIKELY((uint64_t)index >= (uint64_t)s->len)) {
        pyz_raise(PYZ_EXC_IndexError, "bytearray index out of range");
        return -1;
    }
    return (u8)s->data[index];
}

void pyz_bytearray_setitem(PyzStr *s, int64_t index, int64_t value) {
    if (index < 0)
        index += s->len;
    if (PYZ_UNLIKELY((uint64_t)index >= (uint64_t)s->len)) {
        pyz_raise(PYZ_EXC_IndexError, "bytearray index out of range");
        return;
    }
    if (PYZ_UNLIKELY((uint64_t)value > 255)) {
        pyz_raise(PYZ_EXC_ValueError, "byte must be in range(0, 256)");
        return;
    }
    buf(s)[index] = (char)value;
}

PyzStr *pyz_bytearray_slice(PyzStr *s, int64_t start, int64_t stop, int64_t step, int32_t has_start,
                            int32_t has_stop) {
    PyzStr *b = pyz_bytes_slice(s, start, stop, step, has_start, has_stop);
    return b ? pyz_bytearray_from(b) : NULL;
}

void pyz_bytearray_append(PyzStr *s, int64_t value) {
    if (PYZ_UNLIKELY((uint64_t)value > 255)) {
        pyz_raise(PYZ_EXC_ValueError, "byte must be in range(0, 256)");
        return;
    }
    reserve(s, 1);
    buf(s)[s->len] = (char)value;
    set_len(s, s->len + 1);
}

/* ba.extend(b) and ba += b of a bytes or a bytearray (itself included) */
void pyz_bytearray_extend(PyzStr *s, PyzStr *b) {
    int64_t n = b->len;
    reserve(s, n);
    memmove(buf(s) + s->len, b->data, (size_t)n);
    set_len(s, s->len + n);
}

void pyz_bytearray_extend_ints(PyzStr *s, void *items, int64_t n) {
    const int64_t *v = (const int64_t *)items;
    for (int64_t i = 0; i < n; i++) {
        pyz_bytearray_append(s, v[i]);
        if (PYZ_UNLIKELY(pyz_exc_pending))
            return;
    }
}

int64_t pyz_bytearray_pop(PyzStr *s) {
    if (PYZ_UNLIKELY(s->len == 0)) {
        pyz_raise(PYZ_EXC_IndexError, "pop from empty bytearray");
        return -1;
    }
    int64_t v = (u8)s->data[s->len - 1];
    set_len(s, s->len - 1);
    return v;
}

/* a + b where either is a bytearray: a new value of a's kind */
PyzStr *pyz_bytearray_concat(PyzStr *a, PyzStr *b) {
    PyzStr *r = bytearray_alloc(a->len + b->len);
    memcpy(buf(r), a->data, (size_t)a->len);
    memcpy(buf(r) + a->len, b->data, (size_t)b->len);
    return r;
}

PyzStr *pyz_bytes_concat_new(PyzStr *a, PyzStr *b) {
    PyzStr *r = pyz_bytearray_concat(a, b);
    return pyz_bytes_new(r->data, r->len);
}

PyzStr *pyz_bytearray_repr(PyzStr *s) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    pyz_sb_add_cstr(&sb, "bytearray(");
    pyz_sb_add_str(&sb, pyz_bytes_repr(s));
    pyz_sb_add_cstr(&sb, ")");
    return pyz_sb_finish(&sb);
}
