/* array.c - the array module's items (pyz_array_*).
 *
 * An array.array is held as a list of int or float is (types/model.ArrayT): the same C
 * list, rendered from templates/list.c.j2.  What makes it an array is here: each int
 * stored is checked to fit the typecode, with the OverflowError CPython 3.11 gives (its
 * message names the C conversion that failed, which for b and H is a wider one first:
 * `array('b', [40000])` is a "signed short integer"), each float stored in an 'f' array
 * is rounded to a C float, and tobytes() writes the items as the C types they would be.
 *
 * Invariants:
 *  - code is one of b B h H i I l L q Q (ints, held as int64_t) or f d (held as double);
 *    the compiler refuses any other (primitives/array_ops.py).
 *  - Int items are int words (runtime_c/int.c): small ones the value itself, big ones a PyzLong.
 *    Only L and Q items can be big words (2**63 to 2**64 - 1, or below the small range for l and q);
 *    word_to_u64 and u64_to_word convert them to and from their C type's bits.
 */
#include "pyz.h"

#include <string.h>

static void too_big(const char *what) {
    char msg[64];
    strcpy(msg, what);
    strcat(msg, " is greater than maximum");
    pyz_raise(PYZ_EXC_OverflowError, msg);
}

static void too_small(const char *what) {
    char msg[64];
    strcpy(msg, what);
    strcat(msg, " is less than minimum");
    pyz_raise(PYZ_EXC_OverflowError, msg);
}

/* the bits of an int word that fits the 64-bit C type of its typecode (checked before) */
static uint64_t word_to_u64(int64_t w) {
    if (!pyz_int_is_big(w)) return (uint64_t)w;
    uint8_t out[8];
    const PyzLong *l = pyz_int_long(w);
    pyz_long_to_bytes(l, out, 8, false, l->sign < 0);
    uint64_t u = 0;
    for (int i = 0; i < 8; i++) u |= (uint64_t)out[i] << (8 * i);
    return u;
}

/* the int word of an item's bits: unsigned (L, Q) or signed */
static int64_t u64_to_word(uint64_t u, int64_t code) {
    if ((code == 'L' || code == 'Q') && u > (uint64_t)INT64_MAX) return pyz_int_from_long(pyz_long_from_u64(u));
    return pyz_int_norm((int64_t)u);
}

/* a big word v to be stored in an array of typecode code: CPython's conversion errors (the C long
 * or unsigned long it converts to first, or for q and Q by bytes) */
static void check_c_int(int64_t v, int64_t code);

static int64_t big_item(int64_t v, int64_t code) {
    const PyzLong *l = pyz_int_long(v);
    int64_t c;
    if (pyz_long_to_i64(l, &c)) {   /* in int64, below the small range */
        check_c_int(c, code);
        return v;
    }
    bool u64 = l->sign > 0 && pyz_long_bit_length(l) <= 64;
    if (code == 'q' || code == 'Q') {
        if (code == 'Q' && l->sign < 0) pyz_raise(PYZ_EXC_OverflowError, "can't convert negative int to unsigned");
        else if (!(code == 'Q' && u64)) pyz_raise(PYZ_EXC_OverflowError, "int too big to convert");
    } else if (code == 'I' || code == 'L') {
        if (l->sign < 0) pyz_raise(PYZ_EXC_OverflowError, "can't convert negative value to unsigned int");
        else if (!u64) pyz_raise(PYZ_EXC_OverflowError, "Python int too large to convert to C unsigned long");
        else if (code == 'I') too_big("unsigned int");
    } else {
        pyz_raise(PYZ_EXC_OverflowError, "Python int too large to convert to C long");
    }
    return v;
}

/* v, an int word to be stored in an array of typecode code; OverflowError when it does not fit */
int64_t pyz_array_int_item(int64_t v, int64_t code) {
    if (PYZ_UNLIKELY(pyz_int_is_big(v))) return big_item(v, code);
    check_c_int(v, code);
    return v;
}

/* the checks of a C integer v (any int64_t) to be stored in an array of typecode code */
static void check_c_int(int64_t v, int64_t code) {
    switch (code) {
    case 'b':
        if (v > 32767) too_big("signed short integer");
        else if (v < -32768) too_small("signed short integer");
        else if (v > 127) too_big("signed char");
        else if (v < -128) too_small("signed char");
        break;
    case 'B':
        if (v > 255) too_big("unsigned byte integer");
        else if (v < 0) too_small("unsigned byte integer");
        break;
    case 'h':
        if (v > 32767) too_big("signed short integer");
        else if (v < -32768) too_small("signed short integer");
        break;
    case 'H':
        if (v > INT32_MAX) too_big("signed integer");
        else if (v < INT32_MIN) too_small("signed integer");
        else if (v > 65535) too_big("unsigned short");
        else if (v < 0) too_small("unsigned short");
        break;
    case 'i':
        if (v > INT32_MAX) too_big("signed integer");
        else if (v < INT32_MIN) too_small("signed integer");
        break;
    case 'I':
        if (v < 0) pyz_raise(PYZ_EXC_OverflowError, "can't convert negative value to unsigned int");
        else if (v > (int64_t)UINT32_MAX) too_big("unsigned int");
        break;
    case 'L':
        if (v < 0) pyz_raise(PYZ_EXC_OverflowError, "can't convert negative value to unsigned int");
        break;
    case 'Q':
        if (v < 0) pyz_raise(PYZ_EXC_OverflowError, "can't convert negative int to unsigned");
        break;
    default: /* l, q: every int64_t fits */
        break;
    }
}

/* v, as stored in an array of typecode code: rounded to a C float for 'f' */
double pyz_array_float_item(double v, int64_t code) { return code == 'f' ? (double)(float)v : v; }

/* fromlist(): every item checked before any is added, as CPython's leaves the array as it was */
void pyz_array_check_ints(const int64_t *items, int64_t n, int64_t code) {
    for (int64_t i = 0; i < n && !pyz_exc_pending; i++)
        pyz_array_int_item(items[i], code);
}

/* the n items as the bytes of their C type (this host's order: little-endian) */
PyzStr *pyz_array_tobytes(const void *items, int64_t n, int64_t code) {
    int64_t size = code == 'b' || code == 'B' ? 1 : code == 'h' || code == 'H' ? 2
                 : code == 'i' || code == 'I' || code == 'f' ? 4 : 8;
    PyzStr *r = pyz_bytes_zeros(n * size);
    unsigned char *out = (unsigned char *)r->data;
    for (int64_t i = 0; i < n; i++) {
        if (code == 'f') {
            float f = (float)((const double *)items)[i];
            memcpy(out + 4 * i, &f, 4);
        } else if (code == 'd') {
            memcpy(out + 8 * i, (const double *)items + i, 8);
        } else {
            uint64_t u = word_to_u64(((const int64_t *)items)[i]);
            for (int64_t k = 0; k < size; k++)
                out[size * i + k] = (unsigned char)(u >> (8 * k));
        }
    }
    return r;
}

static int64_t item_size(int64_t code) {
    return code == 'b' || code == 'B' ? 1 : code == 'h' || code == 'H' ? 2 : code == 'i' || code == 'I' || code == 'f' ? 4 : 8;
}

/* the value of an item of C type code from its bytes (this host's order), as CPython's getitem */
static void from_bytes(const unsigned char *p, int64_t code, int64_t *iv, double *fv) {
    int64_t size = item_size(code);
    uint64_t u = 0;
    for (int64_t k = 0; k < size; k++) u |= (uint64_t)p[k] << (8 * k);
    if (code == 'f') {
        uint32_t w = (uint32_t)u;
        float f;
        memcpy(&f, &w, 4);
        *fv = (double)f;
    } else if (code == 'd') {
        memcpy(fv, &u, 8);
    } else if (code >= 'a' && code <= 'z' && size < 8 && ((u >> (8 * size - 1)) & 1)) {
        *iv = (int64_t)(u | (~(uint64_t)0 << (8 * size)));
    } else {
        *iv = (int64_t)u;
    }
}

/* frombytes(b): how many items b holds; ValueError unless they are whole */
int64_t pyz_array_frombytes_count(PyzStr *b, int64_t code) {
    if (b->len % item_size(code) != 0) {
        pyz_raise(PYZ_EXC_ValueError, "bytes length not a multiple of item size");
        return 0;
    }
    return b->len / item_size(code);
}

/* item i of the bytes b, for an array of an int typecode: an int word */
int64_t pyz_array_int_from_bytes(PyzStr *b, int64_t i, int64_t code) {
    int64_t v = 0;
    double unused;
    from_bytes((const unsigned char *)b->data + i * item_size(code), code, &v, &unused);
    return u64_to_word((uint64_t)v, code);
}

double pyz_array_float_from_bytes(PyzStr *b, int64_t i, int64_t code) {
    int64_t unused;
    double v = 0;
    from_bytes((const unsigned char *)b->data + i * item_size(code), code, &unused, &v);
    return v;
}

/* byteswap(): each item's bytes reversed, read back as the C type */
void pyz_array_byteswap(void *items, int64_t n, int64_t code) {
    int64_t size = item_size(code);
    for (int64_t i = 0; i < n && !pyz_exc_pending; i++) {
        unsigned char raw[8], swapped[8];
        uint64_t u;
        if (code == 'f') {
            float f = (float)((double *)items)[i];
            memcpy(raw, &f, 4);
        } else if (code == 'd') {
            memcpy(raw, (double *)items + i, 8);
        } else {
            u = word_to_u64(((int64_t *)items)[i]);
            for (int64_t k = 0; k < size; k++) raw[k] = (unsigned char)(u >> (8 * k));
        }
        for (int64_t k = 0; k < size; k++) swapped[k] = raw[size - 1 - k];
        int64_t iv = 0;
        double fv = 0;
        from_bytes(swapped, code, &iv, &fv);
        if (code == 'f' || code == 'd') {
            ((double *)items)[i] = fv;
        } else {
            ((int64_t *)items)[i] = u64_to_word((uint64_t)iv, code);
        }
    }
}
