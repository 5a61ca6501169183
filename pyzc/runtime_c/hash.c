/* hash.c - the hashlib module's md5, sha1 and SHA-2 objects (pyz_hash_*).
 *
 * A PyzHash holds one running digest: the algorithm, the chaining state, the
 * bytes of the block not yet full and the count of bytes hashed.  update()
 * compresses each full block (64 bytes; SHA-384 and SHA-512: 128) as it
 * arrives; digest() pads a copy of the state, so the object goes on accepting
 * updates afterwards, as CPython's does.  The algorithms are written here from
 * their specifications (RFC 1321, FIPS 180-4); tests compare them with
 * CPython's on many inputs.
 *
 * Invariants:
 *  - kind is one of PYZ_HASH_* below (the compiler passes no other:
 *    primitives/hashlib_ops.py); SHA-224 is SHA-256 and SHA-384 is SHA-512
 *    from other initial values, their digests cut short.
 *  - buflen < the block size between calls; nbytes counts every byte given to
 *    update() (messages of 2**61 bytes or more are not expected).
 *  - A PyzHash is one pyz_gc_alloc_atomic block: it holds no pointer.
 */
#include "pyz.h"

#include <string.h>

#define PYZ_HASH_MD5 0
#define PYZ_HASH_SHA1 1
#define PYZ_HASH_SHA256 2
#define PYZ_HASH_SHA224 3
#define PYZ_HASH_SHA384 4
#define PYZ_HASH_SHA512 5

struct PyzHash {
    int32_t kind;
    int32_t buflen;
    uint64_t nbytes;
    uint32_t h[8];
    uint64_t h64[8]; /* SHA-384/512 */
    unsigned char buf[128];
};

static bool wide(const PyzHash *x) { return x->kind == PYZ_HASH_SHA384 || x->kind == PYZ_HASH_SHA512; }
static int64_t block_size(const PyzHash *x) { return wide(x) ? 128 : 64; }

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

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static uint64_t load_be64(const unsigned char *p) {
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v = (v << 8) | p[i];
    return v;
}

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

static void sha512_block(uint64_t *h, const unsigned char *p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = load_be64(p + 8 * i);
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) + sha512_k[i] + w[i];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
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
    else if (wide(x)) sha512_block(x->h64, block);
    else sha256_block(x->h, block);
}

PyzHash *pyz_hash_new(int64_t kind) {
    static const uint32_t md5_h[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    static const uint32_t sha1_h[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    static const uint32_t sha256_h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static const uint32_t sha224_h[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                         0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    static const uint64_t sha512_h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                                         0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                                         0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    static const uint64_t sha384_h[8] = {0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL,
                                         0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
                                         0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL};
    PyzHash *x = (PyzHash *)pyz_gc_alloc_atomic(sizeof(PyzHash));
    x->kind = (int32_t)kind;
    x->buflen = 0;
    x->nbytes = 0;
    if (kind == PYZ_HASH_MD5) memcpy(x->h, md5_h, sizeof md5_h);
    else if (kind == PYZ_HASH_SHA1) memcpy(x->h, sha1_h, sizeof sha1_h);
    else if (kind == PYZ_HASH_SHA224) memcpy(x->h, sha224_h, sizeof sha224_h);
    else if (kind == PYZ_HASH_SHA384) memcpy(x->h64, sha384_h, sizeof sha384_h);
    else if (kind == PYZ_HASH_SHA512) memcpy(x->h64, sha512_h, sizeof sha512_h);
    else memcpy(x->h, sha256_h, sizeof sha256_h);
    return x;
}

/* data: a bytes or a bytearray (a bytearray is read as a bytes is: pyz.h) */
void pyz_hash_update(PyzHash *x, PyzStr *data) {
    const unsigned char *p = (const unsigned char *)data->data;
    int64_t n = data->len, bs = block_size(x);
    x->nbytes += (uint64_t)n;
    if (x->buflen) {
        int64_t take = bs - x->buflen < n ? bs - x->buflen : n;
        memcpy(x->buf + x->buflen, p, (size_t)take);
        x->buflen += (int32_t)take;
        p += take;
        n -= take;
        if (x->buflen < bs) return;
        compress(x, x->buf);
        x->buflen = 0;
    }
    for (; n >= bs; p += bs, n -= bs)
        compress(x, p);
    memcpy(x->buf, p, (size_t)n);
    x->buflen = (int32_t)n;
}

PyzHash *pyz_hash_copy(PyzHash *x) {
    PyzHash *c = (PyzHash *)pyz_gc_alloc_atomic(sizeof(PyzHash));
    memcpy(c, x, sizeof(PyzHash));
    return c;
}

int64_t pyz_hash_digest_size(PyzHash *x) {
    static const int64_t sizes[] = {16, 20, 32, 28, 48, 64};
    return sizes[x->kind];
}

int64_t pyz_hash_block_size(PyzHash *x) { return block_size(x); }

PyzStr *pyz_hash_name(PyzHash *x) {
    static const char *names[] = {"md5", "sha1", "sha256", "sha224", "sha384", "sha512"};
    return pyz_str_from_cstr(names[x->kind]);
}

/* the digest of what was given so far; x itself is left as it was */
PyzStr *pyz_hash_digest(PyzHash *x) {
    PyzHash t = *x;
    uint64_t bits = t.nbytes * 8;
    int64_t bs = block_size(&t), lenbytes = wide(&t) ? 16 : 8;
    unsigned char pad[256] = {0x80};
    int64_t padlen = (t.buflen < bs - lenbytes ? bs - lenbytes : 2 * bs - lenbytes) - t.buflen;
    for (int i = 0; i < 8; i++) /* the length in bits: MD5's little-endian, the others' big-endian */
        pad[padlen + lenbytes - 8 + i] = (unsigned char)(t.kind == PYZ_HASH_MD5 ? bits >> (8 * i) : bits >> (56 - 8 * i));
    PyzStr tail = {padlen + lenbytes, padlen + lenbytes, -1, 1, 0, (const char *)pad};
    pyz_hash_update(&t, &tail);
    int64_t size = pyz_hash_digest_size(x);
    unsigned char out[64];
    for (int64_t i = 0; i < size; i++) {
        if (wide(&t)) out[i] = (unsigned char)(t.h64[i / 8] >> (56 - 8 * (i % 8)));
        else if (t.kind == PYZ_HASH_MD5) out[i] = (unsigned char)(t.h[i / 4] >> (8 * (i % 4)));
        else out[i] = (unsigned char)(t.h[i / 4] >> (24 - 8 * (i % 4)));
    }
    return pyz_bytes_new((const char *)out, size);
}

PyzStr *pyz_hash_hexdigest(PyzHash *x) { return pyz_bytes_hex(pyz_hash_digest(x)); }
