/* hash.c - the hashlib module's md5, sha1 and sha256 objects (pyz_hash_*).
 *
 * A PyzHash holds one running digest: the algorithm, the chaining state, the
 * bytes of the block not yet full and the count of bytes hashed.  update()
 * compresses each full 64-byte block as it arrives; digest() pads a copy of
 * the state, so the object goes on accepting updates afterwards, as CPython's
 * does.  The three algorithms are written here from their specifications
 * (RFC 1321, FIPS 180-4); tests compare them with CPython's on many inputs.
 *
 * Invariants:
 *  - kind is PYZ_HASH_MD5, PYZ_HASH_SHA1 or PYZ_HASH_SHA256 (the compiler
 *    passes no other: primitives/hashlib_ops.py).
 *  - buflen < 64 between calls; nbytes counts every byte given to update().
 *  - A PyzHash is one pyz_gc_alloc_atomic block: it holds no pointer.
 */
#include "pyz.h"

#include <string.h>

#define PYZ_HASH_MD5 0
#define PYZ_HASH_SHA1 1
#define PYZ_HASH_SHA256 2

struct PyzHash {
    int32_t kind;
    int32_t buflen;
    uint64_t nbytes;
    uint32_t h[8];
    unsigned char buf[64];
};

static uint32_t rol(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
static const int md5_s[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static uint32_t load_le(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint32_t load_be(const unsigned char *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static void md5_block(uint32_t *h, const unsigned char *p) {
    uint32_t m[16];
    for (int i = 0; i < 16; i++)
        m[i] = load_le(p + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) { f = (b & c) | (~b & d); g = i; }
        else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
        else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
        else { f = c ^ (b | ~d); g = (7 * i) % 16; }
        f += a + md5_k[i] + m[g];
        a = d;
        d = c;
        c = b;
        b += rol(f, md5_s[(i / 16) * 4 + i % 4]);
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}

static void sha1_block(uint32_t *h, const unsigned char *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = load_be(p + 4 * i);
    for (int i = 16; i < 80; i++)
        w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
        else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
        else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
        else { f = b ^ c ^ d; k = 0xca62c1d6; }
        uint32_t t = rol(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rol(b, 30);
        b = a;
        a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

static void sha256_block(uint32_t *h, const unsigned char *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = load_be(p + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = hh + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + sha256_k[i] + w[i];
        uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void compress(PyzHash *x, const unsigned char *block) {
    if (x->kind == PYZ_HASH_MD5) md5_block(x->h, block);
    else if (x->kind == PYZ_HASH_SHA1) sha1_block(x->h, block);
    else sha256_block(x->h, block);
}

PyzHash *pyz_hash_new(int64_t kind) {
    static const uint32_t md5_h[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    static const uint32_t sha1_h[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    static const uint32_t sha256_h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    PyzHash *x = (PyzHash *)pyz_gc_alloc_atomic(sizeof(PyzHash));
    x->kind = (int32_t)kind;
    x->buflen = 0;
    x->nbytes = 0;
    if (kind == PYZ_HASH_MD5) memcpy(x->h, md5_h, sizeof md5_h);
    else if (kind == PYZ_HASH_SHA1) memcpy(x->h, sha1_h, sizeof sha1_h);
    else memcpy(x->h, sha256_h, sizeof sha256_h);
    return x;
}

/* data: a bytes or a bytearray (a bytearray is read as a bytes is: pyz.h) */
void pyz_hash_update(PyzHash *x, PyzStr *data) {
    const unsigned char *p = (const unsigned char *)data->data;
    int64_t n = data->len;
    x->nbytes += (uint64_t)n;
    if (x->buflen) {
        int64_t take = 64 - x->buflen < n ? 64 - x->buflen : n;
        memcpy(x->buf + x->buflen, p, (size_t)take);
        x->buflen += (int32_t)take;
        p += take;
        n -= take;
        if (x->buflen < 64) return;
        compress(x, x->buf);
        x->buflen = 0;
    }
    for (; n >= 64; p += 64, n -= 64)
        compress(x, p);
    memcpy(x->buf, p, (size_t)n);
    x->buflen = (int32_t)n;
}

PyzHash *pyz_hash_copy(PyzHash *x) {
    PyzHash *c = (PyzHash *)pyz_gc_alloc_atomic(sizeof(PyzHash));
    memcpy(c, x, sizeof(PyzHash));
    return c;
}

int64_t pyz_hash_digest_size(PyzHash *x) { return x->kind == PYZ_HASH_MD5 ? 16 : x->kind == PYZ_HASH_SHA1 ? 20 : 32; }

int64_t pyz_hash_block_size(PyzHash *x) { (void)x; return 64; }

PyzStr *pyz_hash_name(PyzHash *x) {
    return pyz_str_from_cstr(x->kind == PYZ_HASH_MD5 ? "md5" : x->kind == PYZ_HASH_SHA1 ? "sha1" : "sha256");
}

/* the digest of what was given so far; x itself is left as it was */
PyzStr *pyz_hash_digest(PyzHash *x) {
    PyzHash t = *x;
    uint64_t bits = t.nbytes * 8;
    unsigned char pad[72] = {0x80};
    int64_t padlen = (t.buflen < 56 ? 56 : 120) - t.buflen;
    for (int i = 0; i < 8; i++)
        pad[padlen + i] = (unsigned char)(t.kind == PYZ_HASH_MD5 ? bits >> (8 * i) : bits >> (56 - 8 * i));
    PyzStr tail = {padlen + 8, padlen + 8, -1, 1, (const char *)pad};
    pyz_hash_update(&t, &tail);
    int64_t size = pyz_hash_digest_size(x);
    unsigned char out[32];
    for (int64_t i = 0; i < size / 4; i++) {
        uint32_t w = t.h[i];
        for (int k = 0; k < 4; k++)
            out[4 * i + k] = (unsigned char)(t.kind == PYZ_HASH_MD5 ? w >> (8 * k) : w >> (24 - 8 * k));
    }
    return pyz_bytes_new((const char *)out, size);
}

PyzStr *pyz_hash_hexdigest(PyzHash *x) { return pyz_bytes_hex(pyz_hash_digest(x)); }
