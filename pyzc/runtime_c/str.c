/* str.c - immutable UTF-8 strings (pyz_str_*), the str list used by split
 * (pyz_list_str_*) and the string builder (pyz_sb_*).
 *
 * Invariants (every PyzStr this file makes, and every PyzStr it accepts):
 *  - data holds len bytes of UTF-8 followed by a NUL that len does not count,
 *    except for a buffered string that another was appended after (see
 *    "concatenation" below): nothing here reads past len.
 *    The only non-UTF-8 sequences are lone surrogates (chr(0xD800)...), kept
 *    in the 3-byte generalised form ("WTF-8") so counting and ordering work.
 *  - ncp is the number of code points = bytes that are not continuation bytes
 *    (10xxxxxx); ascii != 0 exactly when len == ncp.
 *  - A string is never written once built, except hash: -1 until the first
 *    pyz_str_hash, which caches it (so literals must be writable statics).
 *  - Strings built here are one pyz_gc_alloc_atomic block: the header, then
 *    len + 1 bytes, data == (char *)(header + 1).  The only pointer inside is
 *    that interior one, so an atomic (unscanned) block is fine.  Literals are
 *    static, so nothing here assumes a string lives in the heap.  Buffered
 *    strings (concatenation) are the exception: a header that points into
 *    another block's buffer is a scanned block of its own.
 *  - Results may be shared: a function may return its argument unchanged
 *    (s[:], strip with nothing to strip, replace with no match...), the static
 *    empty string, or an entry of the static table of one-character ASCII
 *    strings (getitem, char_at, slices of one byte...).  Callers never rely
 *    on identity.
 *  - UTF-8 byte order is code point order, so cmp is memcmp; a byte-level
 *    substring match of valid UTF-8 always falls on code point boundaries,
 *    so searching is done on bytes and converted to code point indices.
 *  - Errors follow pyz.h: pyz_raise, then return NULL (or -1 / 0).
 *
 * Unicode coverage: repr's printability and isspace/splitlines are exact for
 * CPython 3.11 (Unicode 14.0; the printability table is generated from
 * str.isprintable).  Case mappings (full ones: ß -> SS, final sigma) and
 * the isalpha/isdigit/isdecimal/isnumeric/isalnum/isupper/islower/istitle/
 * isidentifier tests come from unicode_db.c, generated from CPython 3.11's
 * own answers for every code point, so they are exact too.
 */
#include "pyz.h"

#include <stdio.h>
#include <string.h>

typedef unsigned char u8;

#define HI_BITS 0x8080808080808080ULL
#define SBUF(r) ((char *)((r) + 1))

/* ------------------------------------------------------- static strings */

static PyzStr str_empty = {0, 0, -1, 1, 0, ""};

#define B1(i) (char)(i), 0
#define B4(i) B1(i), B1((i) + 1), B1((i) + 2), B1((i) + 3)
#define B16(i) B4(i), B4((i) + 4), B4((i) + 8), B4((i) + 12)
#define B64(i) B16(i), B16((i) + 16), B16((i) + 32), B16((i) + 48)
static const char ascii_bytes[256] = {B64(0), B64(64)};

/* One-character strings for the 128 ASCII code points (not const: hash), and for U+0080..U+00FF,
 * two bytes each: chr(255), `b'%c' % 200` (formatted as a latin-1 str), s[i] of Latin-1 text made no
 * str (chaos wrote a 2000x2000 image with `b'%c%c%c' % (c, c, c)`).  Filled at their first use rather
 * than initialised, so that their 10 KB are .bss, not bytes of every executable; and not before main,
 * so that a program using none of them does not touch their pages (4 page faults of start-up). */
static PyzStr ascii_chars[128];
static PyzStr latin1_chars[128];
static char latin1_bytes[128 * 3];
static bool chars_ready;

static __attribute__((noinline, cold)) void init_chars(void) {
    for (int i = 0; i < 128; i++) {
        PyzStr s = {1, 1, -1, 1, 0, ascii_bytes + 2 * i};
        ascii_chars[i] = s;
        char *b = latin1_bytes + 3 * i;
        b[0] = (char)(0xC0 | ((0x80 + i) >> 6));
        b[1] = (char)(0x80 | (i & 0x3F));
        PyzStr t = {2, 1, -1, 0, 0, b};
        latin1_chars[i] = t;
    }
    chars_ready = true;
}

/* The one-character str of ASCII code point b (< 128). */
static inline PyzStr *ascii_char(unsigned b) {
    if (PYZ_UNLIKELY(!chars_ready)) init_chars();
    return &ascii_chars[b];
}

/* The one-character str of code point 0x80 + i (i < 128). */
static inline PyzStr *latin1_char(unsigned i) {
    if (PYZ_UNLIKELY(!chars_ready)) init_chars();
    return &latin1_chars[i];
}

/* ------------------------------------------------------------- helpers */

/* A fresh str's header: its bytes follow it in the same block. */
static inline PyzStr *str_init(PyzStr *r, int64_t len, int64_t ncp) {
    r->len = len;
    r->ncp = ncp;
    r->hash = -1;
    r->ascii = len == ncp;
    r->buffered = 0;
    r->data = SBUF(r);
    return r;
}

/* The block is not zeroed: the caller writes the len bytes; the NUL is written here. */
static inline PyzStr *str_alloc(int64_t len, int64_t ncp) {
    PyzStr *r = str_init((PyzStr *)pyz_gc_alloc_atomic_raw(sizeof(PyzStr) + (size_t)len + 1), len, ncp);
    SBUF(r)[len] = 0;
    return r;
}

/* str_alloc for a length that comes from the program's numbers (s * n, s.ljust(w)...): NULL
 * with MemoryError pending when it cannot be had, as CPython's PyUnicode_New. */
static PyzStr *pyz_str_try_alloc(int64_t len, int64_t ncp) {
    if (PYZ_UNLIKELY(len < 0 || len > INT64_MAX - (int64_t)sizeof(PyzStr) - 1)) {
        pyz_raise(PYZ_EXC_MemoryError, "");
        return NULL;
    }
    PyzStr *r = (PyzStr *)pyz_gc_try_alloc_atomic_raw((uint64_t)sizeof(PyzStr) + (uint64_t)len + 1);
    if (PYZ_UNLIKELY(!r))
        return NULL;
    SBUF(r)[len] = 0;  /* the caller writes the len bytes */
    return str_init(r, len, ncp);
}

/* A new string holding bytes p[0..n) which are known to hold ncp code points. */
static inline PyzStr *str_from(const char *p, int64_t n, int64_t ncp) {
    if (n <= 1)
        return n == 1 ? ascii_char((u8)p[0]) : &str_empty;
    PyzStr *r = str_alloc(n, ncp);
    pyz_copy_bytes(SBUF(r), p, n);
    return r;
}

static inline int is_cont(u8 b) { return (b & 0xC0) == 0x80; }

static inline int u8len(u8 b) { return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4; }

/* Code points in p[0..n): the bytes that are not continuation bytes. */
static int64_t count_cp(const char *p, int64_t n) {
    int64_t cont = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (PYZ_LIKELY(!(w & HI_BITS)))
            continue;
        /* bit 7 of each byte: set when bit 7 is set and bit 6 clear */
        cont += __builtin_popcountll(w & ~(w << 1) & HI_BITS);
    }
    for (; i < n; i++)
        cont += is_cont((u8)p[i]);
    return n - cont;
}

/* count_cp for the other files of the runtime (format.c: a part of a concatenation that is a range) */
int64_t pyz_utf8_count(const char *p, int64_t n) { return count_cp(p, n); }

static inline uint32_t dec(const char *s, int *n) {
    const u8 *p = (const u8 *)s;
    uint32_t b = p[0];
    if (b < 0x80) {
        *n = 1;
        return b;
    }
    if (b < 0xE0) {
        *n = 2;
        return ((b & 0x1F) << 6) | (p[1] & 0x3Fu);
    }
    if (b < 0xF0) {
        *n = 3;
        return ((b & 0x0F) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    }
    *n = 4;
    return ((b & 0x07) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

int32_t pyz_utf8_encode(uint32_t c, char *o) {
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18));
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Start of the code point that ends just before byte position e (> 0). */
static inline int64_t prev_start(const char *d, int64_t e) {
    e--;
    while (e > 0 && is_cont((u8)d[e]))
        e--;
    return e;
}

/* Byte position k code points after byte position pos; the target must lie
 * within the string (so when k >= 8 there are at least 8 bytes to read). */
static int64_t skip_fwd(const char *d, int64_t pos, int64_t k) {
    while (k > 0) {
        if (k >= 8) {
            uint64_t w;
            memcpy(&w, d + pos, 8);
            if (!(w & HI_BITS)) {
                pos += 8;
                k -= 8;
                continue;
            }
        }
        pos += u8len((u8)d[pos]);
        k--;
    }
    return pos;
}

/* Byte position k code points before byte position pos (a boundary). */
static int64_t skip_back(const char *d, int64_t pos, int64_t k) {
    while (k > 0) {
        if (k >= 8 && pos >= 8) {
            uint64_t w;
            memcpy(&w, d + pos - 8, 8);
            if (!(w & HI_BITS)) {
                pos -= 8;
                k -= 8;
                continue;
            }
        }
        pos = prev_start(d, pos);
        k--;
    }
    return pos;
}

/* Byte offset of code point i, 0 <= i <= ncp, walking from the nearer end. */
static inline int64_t cp_offset(PyzStr *s, int64_t i) {
    if (PYZ_LIKELY(s->ascii))
        return i;
    if (i <= s->ncp / 2)
        return skip_fwd(s->data, 0, i);
    return skip_back(s->data, s->len, s->ncp - i);
}

/* Code point index of byte offset b (a boundary). */
static inline int64_t cp_index(PyzStr *s, int64_t b) {
    return s->ascii ? b : count_cp(s->data, b);
}

/* s[b0:b1] by byte offsets (boundaries); s itself when that is all of s. */
static PyzStr *substr_b(PyzStr *s, int64_t b0, int64_t b1) {
    int64_t n = b1 - b0;
    if (n == s->len)
        return s;
    if (n <= 1)
        return n == 1 ? ascii_char((u8)s->data[b0]) : &str_empty;
    return str_from(s->data + b0, n, s->ascii ? n : count_cp(s->data + b0, n));
}

/* The one-character string for the code point starting at p. */
static inline PyzStr *one_cp(const char *p) {
    u8 b = (u8)p[0];
    if (PYZ_LIKELY(b < 0x80))
        return ascii_char(b);
    if (b < 0xC4)  /* U+0080..U+00FF */
        return latin1_char(((b & 0x01) << 6) | ((u8)p[1] & 0x3F));
    int n = u8len(b);
    PyzStr *r = str_alloc(n, 1);
    memcpy(SBUF(r), p, (size_t)n);
    return r;
}

/* Sixteen bytes compared at once where the target has vectors (SSE2 on x86-64, NEON on aarch64):
 * eq_mask16 gives a mask with LANE_BITS set for each byte of p[0..16) equal to the pattern's
 * byte, byte i at bit i << MASK_SHIFT. */
#if defined(__SSE2__)
#include <emmintrin.h>
#define PYZ_VEC16 1
#define MASK_SHIFT 0
#define LANE_BITS 1u
typedef __m128i vec16;
static inline vec16 vec16_splat(uint8_t c) { return _mm_set1_epi8((char)c); }
static inline uint64_t eq_mask16(const char *p, vec16 pat) {
    return (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)p), pat));
}
/* the bytes of p[0..16) below `bound` (0 < bound < 0x80) or at 0x80 and above (signed: negative) */
static inline uint64_t low_or_high_mask16(const char *p, vec16 bound) {
    return (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_loadu_si128((const __m128i *)p), bound));
}
#elif defined(__ARM_NEON) && defined(__aarch64__)
#include <arm_neon.h>
#define PYZ_VEC16 1
#define MASK_SHIFT 2
#define LANE_BITS 15u
typedef uint8x16_t vec16;
static inline vec16 vec16_splat(uint8_t c) { return vdupq_n_u8(c); }
static inline uint64_t eq_mask16(const char *p, vec16 pat) {
    uint8x16_t eq = vceqq_u8(vld1q_u8((const uint8_t *)p), pat);
    return vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(eq), 4)), 0);
}
static inline uint64_t low_or_high_mask16(const char *p, vec16 bound) {
    uint8x16_t lt = vcltq_s8(vld1q_s8((const int8_t *)p), vreinterpretq_s8_u8(bound));
    return vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(lt), 4)), 0);
}
#endif

/* Eight bytes at a time: a byte of w ^ pattern is zero where w holds c (the classic SWAR
 * zero-byte test; exact for the lowest match, which is the one taken, on little-endian
 * targets).  Unaligned loads go through memcpy, which compiles to one load. */
const char *pyz_memchr(const char *s, int32_t c, int64_t n) {
    const unsigned char *p = (const unsigned char *)s;
#ifdef PYZ_VEC16
    vec16 pat = vec16_splat((uint8_t)c);
    for (; n >= 16; p += 16, n -= 16) {
        uint64_t m = eq_mask16((const char *)p, pat);
        if (m) return (const char *)p + (__builtin_ctzll(m) >> MASK_SHIFT);
    }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t pattern = ones * (uint8_t)c;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        uint64_t x = w ^ pattern;
        uint64_t t = (x - ones) & ~x & highs;
        if (t) return (const char *)p + (__builtin_ctzll(t) >> 3);
        p += 8;
        n -= 8;
    }
#endif
    for (; n > 0; n--, p++)
        if (*p == (uint8_t)c) return (const char *)p;
    return NULL;
}

/* a[0..n) == b[0..n), stopping at the first differing word: a candidate match in a search
 * mostly fails within its first bytes, where bcmp would compare them all after a call.  The words
 * compared are added to *words (pyz_memmem's budget). */
static inline bool same_bytes(const char *a, const char *b, int64_t n, int64_t *words) {
    int64_t w = 1;
    for (; n >= 8; a += 8, b += 8, n -= 8, w++) {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        if (x != y) {
            *words += w;
            return false;
        }
    }
    *words += w;
    for (; n > 0; a++, b++, n--)
        if (*a != *b)
            return false;
    return true;
}

/* Byte i of the text t[0..len) read forwards, or backwards (from_end: t[len - 1 - i]): the two-way
 * search below finds the last occurrence by searching the reversed needle in the reversed text. */
#define AT(t, len, i) ((from_end) ? (t)[(len) - 1 - (i)] : (t)[(i)])

/* The start of the maximal suffix of n[0..nl) under the byte order (reversed: the opposite order),
 * and its period in *period: the first step of Crochemore and Perrin's two-way search. */
static inline __attribute__((always_inline)) int64_t maximal_suffix(const u8 *n, int64_t nl, int64_t *period,
                                                                    bool reversed, bool from_end) {
    int64_t ms = -1, j = 0, k = 1, p = 1;
    while (j + k < nl) {
        u8 a = AT(n, nl, j + k), b = AT(n, nl, ms + k);
        if (reversed ? a > b : a < b) {  /* the suffix at ms + 1 stays the largest; its period grows */
            j += k;
            k = 1;
            p = j - ms;
        } else if (a == b) {
            if (k != p) {
                k++;
            } else {
                j += p;
                k = 1;
            }
        } else {  /* a larger suffix starts at j + 1 */
            ms = j;
            j = ms + 1;
            k = p = 1;
        }
    }
    *period = p;
    return ms;
}

/* Where n[0..nl) first occurs in h[0..hl) (from_end: where the reversed needle first occurs in
 * the reversed text), -1 if nowhere, by the two-way algorithm (Crochemore and Perrin, 1991): at
 * most 2 * hl byte comparisons whatever the texts, where a search that tries each candidate in
 * turn can take hl * nl (a needle of "0"s and "1"s in a text of them: lz_bits).
 * n = u v at the critical factorisation: v is compared left to right, and on a mismatch after i of
 * its bytes the window moves by i + 1; once v matches, u is compared right to left, and the window
 * moves by the needle's period (then the bytes of u known to match are not compared again) or, when
 * the needle has no period shorter than half of it, by more than the larger of u and v. */
static inline __attribute__((always_inline)) int64_t two_way(const u8 *h, int64_t hl, const u8 *n, int64_t nl,
                                                             bool from_end) {
    int64_t p1, p2;
    int64_t ms1 = maximal_suffix(n, nl, &p1, false, from_end), ms2 = maximal_suffix(n, nl, &p2, true, from_end);
    int64_t ell = ms1 > ms2 ? ms1 : ms2, per = ms1 > ms2 ? p1 : p2;  /* u = n[0..ell], v = n[ell+1..) */
    int64_t i = 0;
    while (i <= ell && AT(n, nl, i) == AT(n, nl, i + per))
        i++;
    if (i > ell) {  /* u is a suffix of v's period: n is periodic */
        int64_t memory = -1;  /* n[0..memory] is known to match at this window */
        for (int64_t j = 0; j <= hl - nl;) {
            i = (ell > memory ? ell : memory) + 1;
            while (i < nl && AT(n, nl, i) == AT(h, hl, i + j))
                i++;
            if (i < nl) {
                j += i - ell;
                memory = -1;
                continue;
            }
            i = ell;
            while (i > memory && AT(n, nl, i) == AT(h, hl, i + j))
                i--;
            if (i <= memory)
                return j;
            j += per;
            memory = nl - per - 1;
        }
        return -1;
    }
    per = (ell + 1 > nl - ell - 1 ? ell + 1 : nl - ell - 1) + 1;
    for (int64_t j = 0; j <= hl - nl;) {
        i = ell + 1;
        while (i < nl && AT(n, nl, i) == AT(h, hl, i + j))
            i++;
        if (i < nl) {
            j += i - ell;
            continue;
        }
        i = ell;
        while (i >= 0 && AT(n, nl, i) == AT(h, hl, i + j))
            i--;
        if (i < 0)
            return j;
        j += per;
    }
    return -1;
}
#undef AT

const char *pyz_two_way(const char *hay, int64_t hl, const char *needle, int64_t nl) {
    int64_t j = two_way((const u8 *)hay, hl, (const u8 *)needle, nl, false);
    return j < 0 ? NULL : hay + j;
}

/* The last place n[0..nl) occurs in h[0..hl), nl >= 1: the first of the reversed needle in the
 * reversed text, at j from the end. */
const char *pyz_two_way_last(const char *hay, int64_t hl, const char *needle, int64_t nl) {
    int64_t j = two_way((const u8 *)hay, hl, (const u8 *)needle, nl, true);
    return j < 0 ? NULL : hay + (hl - nl - j);
}

int64_t pyz_memmem_handovers;  /* searches handed to pyz_two_way (read by the runtime's tests) */

/* The third byte the vector search tests (after the first and last): one that differs from the first
 * byte, the one nearest the middle, else the middle one.  On text that is mostly one byte (a bent
 * coin's "000100000..."), needles are mostly that byte too, and a middle byte equal to the first let
 * through every window of the run; each was then compared for words until the budget sent the search
 * to pyz_two_way (lz2: 134,000 handovers, two-way 71% of its time).  The rarer byte lets through
 * only windows that may match. */
static inline int64_t anchor(const char *n, int64_t nl) {
    int64_t mid = nl / 2;
    for (int64_t d = 0; d <= mid; d++) {
        if (mid + d < nl - 1 && n[mid + d] != n[0]) return mid + d;
        if (mid - d > 0 && n[mid - d] != n[0]) return mid - d;
    }
    return mid;
}

/* The first place n occurs in h.  With vectors, sixteen candidate starts at a time: those whose
 * first, last and anchor() bytes all match the needle's (W. Mula's "SIMD-friendly" substring
 * search, with a third byte added: over a two-letter alphabet it halves the candidates),
 * each then compared in full, a word at a time; otherwise the first byte by pyz_memchr.  On text
 * where candidates fail late (long needles over a small alphabet: "0101..."), those comparisons
 * would make the search take time proportional to len(h) * len(n): once the words compared
 * outnumber half the bytes passed (plus 64), the rest is searched by pyz_two_way, linear as
 * CPython's search of long needles is.  (The C library's memmem of zig's musl target tried each
 * candidate in turn: lz_bits spent 97% of its instructions there; charging each failed candidate
 * its whole length instead of the words it compared sent lz_bits' searches, which mostly fail in
 * their first word, to pyz_two_way, three times as many instructions as the vector search.) */
const char *pyz_memmem(const char *h, int64_t hl, const char *n, int64_t nl) {
    if (nl == 0) return h;
    if (nl > hl) return NULL;
    if (nl == 1) return pyz_memchr(h, (uint8_t)n[0], hl);
    const char *end = h + hl - nl + 1;  /* the last place a match may start, plus one */
    const char last = n[nl - 1];
    int64_t words = 0, allowed = 64;  /* words compared in candidates, and the budget for them */
#ifdef PYZ_VEC16
    int64_t mid = anchor(n, nl);
    vec16 vfirst = vec16_splat((uint8_t)n[0]), vmid = vec16_splat((uint8_t)n[mid]),
          vlast = vec16_splat((uint8_t)last);
    for (; end - h >= 16; h += 16) {
        uint64_t m = eq_mask16(h, vfirst) & eq_mask16(h + nl - 1, vlast) & eq_mask16(h + mid, vmid);
        while (m) {
            int k = __builtin_ctzll(m) >> MASK_SHIFT;
            if (same_bytes(h + k + 1, n + 1, nl - 2, &words)) return h + k;
            if (words > allowed && nl > 16) goto linear;
            m &= ~((uint64_t)LANE_BITS << (k << MASK_SHIFT));
        }
        allowed += 8;
    }
#endif
    while (h < end) {
        const char *p = pyz_memchr(h, (uint8_t)n[0], end - h);
        if (!p) return NULL;
        allowed += (p - h) / 2 + 1;
        if (p[nl - 1] == last && same_bytes(p + 1, n + 1, nl - 2, &words)) return p;
        if (words > allowed && nl > 16) goto linear;
        h = p + 1;
    }
    return NULL;
linear:
    pyz_memmem_handovers++;
    return pyz_two_way(h, (end - h) + nl - 1, n, nl);
}

static inline int64_t bfind(const char *h, int64_t hl, const char *n, int64_t nl) {
    if (nl == 0)
        return 0;
    if (nl > hl)
        return -1;
    const char *p = pyz_memmem(h, hl, n, nl);
    return p ? p - h : -1;
}

/* The last place n occurs in h, -1 if nowhere: each candidate from the right whose first and last
 * bytes match is compared a word at a time; once the words compared outnumber half the bytes
 * passed (plus 64), the rest is searched by pyz_two_way_last (a needle that keeps failing late
 * made each rfind take time len(h) * len(n)). */
static int64_t brfind(const char *h, int64_t hl, const char *n, int64_t nl) {
    if (nl == 0)
        return hl;
    if (nl > hl)
        return -1;
    char first = n[0], last = n[nl - 1];
    int64_t words = 0, allowed = 64 * 2;  /* in half words: a byte passed earns one */
    for (int64_t i = hl - nl; i >= 0; i--) {
        allowed++;
        if (h[i] == first && h[i + nl - 1] == last && (nl <= 2 || same_bytes(h + i + 1, n + 1, nl - 2, &words)))
            return i;
        if (2 * words > allowed && nl > 16) {
            const char *p = pyz_two_way_last(h, i + nl - 1, n, nl);  /* candidates 0 .. i - 1 */
            return p ? p - h : -1;
        }
    }
    return -1;
}

/* ------------------------------------------------ character properties */

/* ASCII whitespace per str.isspace: \t \n \v \f \r, \x1c-\x1f, space. */
#define ASCII_SPACE_MASK ((1ULL << 9) | (1ULL << 10) | (1ULL << 11) | (1ULL << 12) | (1ULL << 13) | \
                          (0xFULL << 28) | (1ULL << 32))
static inline int ascii_space(u8 c) { return c < 64 && ((ASCII_SPACE_MASK >> c) & 1); }

/* str.isspace for any code point (exact for Unicode 14.0). */
static inline int is_space(uint32_t c) {
    if (c < 0x80)
        return ascii_space((u8)c);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Line boundaries of str.splitlines (\r\n is handled by the caller). */
static inline int is_linebreak(uint32_t c) {
    return (c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* Properties and case mappings of the rest come from unicode_db.c. */
static inline uint32_t ucd(uint32_t c) { return c < 0x80 ? pyz_ucd_ascii[c] : pyz_ucd_flags(c); }

/* Code points >= 0x80 that str.isprintable() rejects in CPython 3.11
 * (Unicode 14.0), as sorted inclusive ranges.  Generated by:
 *   r = []
 *   for c in range(0x80, 0x110000):
 *       if not chr(c).isprintable():
 *           if r and r[-1][1] == c - 1: r[-1][1] = c
 *           else: r.append([c, c])
 */
static const uint32_t nonprint[][2] = {
    {0x80, 0xA0}, {0xAD, 0xAD}, {0x378, 0x379}, {0x380, 0x383}, {0x38B, 0x38B},
    {0x38D, 0x38D}, {0x3A2, 0x3A2}, {0x530, 0x530}, {0x557, 0x558}, {0x58B, 0x58C},
    {0x590, 0x590}, {0x5C8, 0x5CF}, {0x5EB, 0x5EE}, {0x5F5, 0x605}, {0x61C, 0x61C},
    {0x6DD, 0x6DD}, {0x70E, 0x70F}, {0x74B, 0x74C}, {0x7B2, 0x7BF}, {0x7FB, 0x7FC},
    {0x82E, 0x82F}, {0x83F, 0x83F}, {0x85C, 0x85D}, {0x85F, 0x85F}, {0x86B, 0x86F},
    {0x88F, 0x897}, {0x8E2, 0x8E2}, {0x984, 0x984}, {0x98D, 0x98E}, {0x991, 0x992},
    {0x9A9, 0x9A9}, {0x9B1, 0x9B1}, {0x9B3, 0x9B5}, {0x9BA, 0x9BB}, {0x9C5, 0x9C6},
    {0x9C9, 0x9CA}, {0x9CF, 0x9D6}, {0x9D8, 0x9DB}, {0x9DE, 0x9DE}, {0x9E4, 0x9E5},
    {0x9FF, 0xA00}, {0xA04, 0xA04}, {0xA0B, 0xA0E}, {0xA11, 0xA12}, {0xA29, 0xA29},
    {0xA31, 0xA31}, {0xA34, 0xA34}, {0xA37, 0xA37}, {0xA3A, 0xA3B}, {0xA3D, 0xA3D},
    {0xA43, 0xA46}, {0xA49, 0xA4A}, {0xA4E, 0xA50}, {0xA52, 0xA58}, {0xA5D, 0xA5D},
    {0xA5F, 0xA65}, {0xA77, 0xA80}, {0xA84, 0xA84}, {0xA8E, 0xA8E}, {0xA92, 0xA92},
    {0xAA9, 0xAA9}, {0xAB1, 0xAB1}, {0xAB4, 0xAB4}, {0xABA, 0xABB}, {0xAC6, 0xAC6},
    {0xACA, 0xACA}, {0xACE, 0xACF}, {0xAD1, 0xADF}, {0xAE4, 0xAE5}, {0xAF2, 0xAF8},
    {0xB00, 0xB00}, {0xB04, 0xB04}, {0xB0D, 0xB0E}, {0xB11, 0xB12}, {0xB29, 0xB29},
    {0xB31, 0xB31}, {0xB34, 0xB34}, {0xB3A, 0xB3B}, {0xB45, 0xB46}, {0xB49, 0xB4A},
    {0xB4E, 0xB54}, {0xB58, 0xB5B}, {0xB5E, 0xB5E}, {0xB64, 0xB65}, {0xB78, 0xB81},
    {0xB84, 0xB84}, {0xB8B, 0xB8D}, {0xB91, 0xB91}, {0xB96, 0xB98}, {0xB9B, 0xB9B},
    {0xB9D, 0xB9D}, {0xBA0, 0xBA2}, {0xBA5, 0xBA7}, {0xBAB, 0xBAD}, {0xBBA, 0xBBD},
    {0xBC3, 0xBC5}, {0xBC9, 0xBC9}, {0xBCE, 0xBCF}, {0xBD1, 0xBD6}, {0xBD8, 0xBE5},
    {0xBFB, 0xBFF}, {0xC0D, 0xC0D}, {0xC11, 0xC11}, {0xC29, 0xC29}, {0xC3A, 0xC3B},
    {0xC45, 0xC45}, {0xC49, 0xC49}, {0xC4E, 0xC54}, {0xC57, 0xC57}, {0xC5B, 0xC5C},
    {0xC5E, 0xC5F}, {0xC64, 0xC65}, {0xC70, 0xC76}, {0xC8D, 0xC8D}, {0xC91, 0xC91},
    {0xCA9, 0xCA9}, {0xCB4, 0xCB4}, {0xCBA, 0xCBB}, {0xCC5, 0xCC5}, {0xCC9, 0xCC9},
    {0xCCE, 0xCD4}, {0xCD7, 0xCDC}, {0xCDF, 0xCDF}, {0xCE4, 0xCE5}, {0xCF0, 0xCF0},
    {0xCF3, 0xCFF}, {0xD0D, 0xD0D}, {0xD11, 0xD11}, {0xD45, 0xD45}, {0xD49, 0xD49},
    {0xD50, 0xD53}, {0xD64, 0xD65}, {0xD80, 0xD80}, {0xD84, 0xD84}, {0xD97, 0xD99},
    {0xDB2, 0xDB2}, {0xDBC, 0xDBC}, {0xDBE, 0xDBF}, {0xDC7, 0xDC9}, {0xDCB, 0xDCE},
    {0xDD5, 0xDD5}, {0xDD7, 0xDD7}, {0xDE0, 0xDE5}, {0xDF0, 0xDF1}, {0xDF5, 0xE00},
    {0xE3B, 0xE3E}, {0xE5C, 0xE80}, {0xE83, 0xE83}, {0xE85, 0xE85}, {0xE8B, 0xE8B},
    {0xEA4, 0xEA4}, {0xEA6, 0xEA6}, {0xEBE, 0xEBF}, {0xEC5, 0xEC5}, {0xEC7, 0xEC7},
    {0xECE, 0xECF}, {0xEDA, 0xEDB}, {0xEE0, 0xEFF}, {0xF48, 0xF48}, {0xF6D, 0xF70},
    {0xF98, 0xF98}, {0xFBD, 0xFBD}, {0xFCD, 0xFCD}, {0xFDB, 0xFFF}, {0x10C6, 0x10C6},
    {0x10C8, 0x10CC}, {0x10CE, 0x10CF}, {0x1249, 0x1249}, {0x124E, 0x124F}, {0x1257, 0x1257},
    {0x1259, 0x1259}, {0x125E, 0x125F}, {0x1289, 0x1289}, {0x128E, 0x128F}, {0x12B1, 0x12B1},
    {0x12B6, 0x12B7}, {0x12BF, 0x12BF}, {0x12C1, 0x12C1}, {0x12C6, 0x12C7}, {0x12D7, 0x12D7},
    {0x1311, 0x1311}, {0x1316, 0x1317}, {0x135B, 0x135C}, {0x137D, 0x137F}, {0x139A, 0x139F},
    {0x13F6, 0x13F7}, {0x13FE, 0x13FF}, {0x1680, 0x1680}, {0x169D, 0x169F}, {0x16F9, 0x16FF},
    {0x1716, 0x171E}, {0x1737, 0x173F}, {0x1754, 0x175F}, {0x176D, 0x176D}, {0x1771, 0x1771},
    {0x1774, 0x177F}, {0x17DE, 0x17DF}, {0x17EA, 0x17EF}, {0x17FA, 0x17FF}, {0x180E, 0x180E},
    {0x181A, 0x181F}, {0x1879, 0x187F}, {0x18AB, 0x18AF}, {0x18F6, 0x18FF}, {0x191F, 0x191F},
    {0x192C, 0x192F}, {0x193C, 0x193F}, {0x1941, 0x1943}, {0x196E, 0x196F}, {0x1975, 0x197F},
    {0x19AC, 0x19AF}, {0x19CA, 0x19CF}, {0x19DB, 0x19DD}, {0x1A1C, 0x1A1D}, {0x1A5F, 0x1A5F},
    {0x1A7D, 0x1A7E}, {0x1A8A, 0x1A8F}, {0x1A9A, 0x1A9F}, {0x1AAE, 0x1AAF}, {0x1ACF, 0x1AFF},
    {0x1B4D, 0x1B4F}, {0x1B7F, 0x1B7F}, {0x1BF4, 0x1BFB}, {0x1C38, 0x1C3A}, {0x1C4A, 0x1C4C},
    {0x1C89, 0x1C8F}, {0x1CBB, 0x1CBC}, {0x1CC8, 0x1CCF}, {0x1CFB, 0x1CFF}, {0x1F16, 0x1F17},
    {0x1F1E, 0x1F1F}, {0x1F46, 0x1F47}, {0x1F4E, 0x1F4F}, {0x1F58, 0x1F58}, {0x1F5A, 0x1F5A},
    {0x1F5C, 0x1F5C}, {0x1F5E, 0x1F5E}, {0x1F7E, 0x1F7F}, {0x1FB5, 0x1FB5}, {0x1FC5, 0x1FC5},
    {0x1FD4, 0x1FD5}, {0x1FDC, 0x1FDC}, {0x1FF0, 0x1FF1}, {0x1FF5, 0x1FF5}, {0x1FFF, 0x200F},
    {0x2028, 0x202F}, {0x205F, 0x206F}, {0x2072, 0x2073}, {0x208F, 0x208F}, {0x209D, 0x209F},
    {0x20C1, 0x20CF}, {0x20F1, 0x20FF}, {0x218C, 0x218F}, {0x2427, 0x243F}, {0x244B, 0x245F},
    {0x2B74, 0x2B75}, {0x2B96, 0x2B96}, {0x2CF4, 0x2CF8}, {0x2D26, 0x2D26}, {0x2D28, 0x2D2C},
    {0x2D2E, 0x2D2F}, {0x2D68, 0x2D6E}, {0x2D71, 0x2D7E}, {0x2D97, 0x2D9F}, {0x2DA7, 0x2DA7},
    {0x2DAF, 0x2DAF}, {0x2DB7, 0x2DB7}, {0x2DBF, 0x2DBF}, {0x2DC7, 0x2DC7}, {0x2DCF, 0x2DCF},
    {0x2DD7, 0x2DD7}, {0x2DDF, 0x2DDF}, {0x2E5E, 0x2E7F}, {0x2E9A, 0x2E9A}, {0x2EF4, 0x2EFF},
    {0x2FD6, 0x2FEF}, {0x2FFC, 0x3000}, {0x3040, 0x3040}, {0x3097, 0x3098}, {0x3100, 0x3104},
    {0x3130, 0x3130}, {0x318F, 0x318F}, {0x31E4, 0x31EF}, {0x321F, 0x321F}, {0xA48D, 0xA48F},
    {0xA4C7, 0xA4CF}, {0xA62C, 0xA63F}, {0xA6F8, 0xA6FF}, {0xA7CB, 0xA7CF}, {0xA7D2, 0xA7D2},
    {0xA7D4, 0xA7D4}, {0xA7DA, 0xA7F1}, {0xA82D, 0xA82F}, {0xA83A, 0xA83F}, {0xA878, 0xA87F},
    {0xA8C6, 0xA8CD}, {0xA8DA, 0xA8DF}, {0xA954, 0xA95E}, {0xA97D, 0xA97F}, {0xA9CE, 0xA9CE},
    {0xA9DA, 0xA9DD}, {0xA9FF, 0xA9FF}, {0xAA37, 0xAA3F}, {0xAA4E, 0xAA4F}, {0xAA5A, 0xAA5B},
    {0xAAC3, 0xAADA}, {0xAAF7, 0xAB00}, {0xAB07, 0xAB08}, {0xAB0F, 0xAB10}, {0xAB17, 0xAB1F},
    {0xAB27, 0xAB27}, {0xAB2F, 0xAB2F}, {0xAB6C, 0xAB6F}, {0xABEE, 0xABEF}, {0xABFA, 0xABFF},
    {0xD7A4, 0xD7AF}, {0xD7C7, 0xD7CA}, {0xD7FC, 0xF8FF}, {0xFA6E, 0xFA6F}, {0xFADA, 0xFAFF},
    {0xFB07, 0xFB12}, {0xFB18, 0xFB1C}, {0xFB37, 0xFB37}, {0xFB3D, 0xFB3D}, {0xFB3F, 0xFB3F},
    {0xFB42, 0xFB42}, {0xFB45, 0xFB45}, {0xFBC3, 0xFBD2}, {0xFD90, 0xFD91}, {0xFDC8, 0xFDCE},
    {0xFDD0, 0xFDEF}, {0xFE1A, 0xFE1F}, {0xFE53, 0xFE53}, {0xFE67, 0xFE67}, {0xFE6C, 0xFE6F},
    {0xFE75, 0xFE75}, {0xFEFD, 0xFF00}, {0xFFBF, 0xFFC1}, {0xFFC8, 0xFFC9}, {0xFFD0, 0xFFD1},
    {0xFFD8, 0xFFD9}, {0xFFDD, 0xFFDF}, {0xFFE7, 0xFFE7}, {0xFFEF, 0xFFFB}, {0xFFFE, 0xFFFF},
    {0x1000C, 0x1000C}, {0x10027, 0x10027}, {0x1003B, 0x1003B}, {0x1003E, 0x1003E}, {0x1004E, 0x1004F},
    {0x1005E, 0x1007F}, {0x100FB, 0x100FF}, {0x10103, 0x10106}, {0x10134, 0x10136}, {0x1018F, 0x1018F},
    {0x1019D, 0x1019F}, {0x101A1, 0x101CF}, {0x101FE, 0x1027F}, {0x1029D, 0x1029F}, {0x102D1, 0x102DF},
    {0x102FC, 0x102FF}, {0x10324, 0x1032C}, {0x1034B, 0x1034F}, {0x1037B, 0x1037F}, {0x1039E, 0x1039E},
    {0x103C4, 0x103C7}, {0x103D6, 0x103FF}, {0x1049E, 0x1049F}, {0x104AA, 0x104AF}, {0x104D4, 0x104D7},
    {0x104FC, 0x104FF}, {0x10528, 0x1052F}, {0x10564, 0x1056E}, {0x1057B, 0x1057B}, {0x1058B, 0x1058B},
    {0x10593, 0x10593}, {0x10596, 0x10596}, {0x105A2, 0x105A2}, {0x105B2, 0x105B2}, {0x105BA, 0x105BA},
    {0x105BD, 0x105FF}, {0x10737, 0x1073F}, {0x10756, 0x1075F}, {0x10768, 0x1077F}, {0x10786, 0x10786},
    {0x107B1, 0x107B1}, {0x107BB, 0x107FF}, {0x10806, 0x10807}, {0x10809, 0x10809}, {0x10836, 0x10836},
    {0x10839, 0x1083B}, {0x1083D, 0x1083E}, {0x10856, 0x10856}, {0x1089F, 0x108A6}, {0x108B0, 0x108DF},
    {0x108F3, 0x108F3}, {0x108F6, 0x108FA}, {0x1091C, 0x1091E}, {0x1093A, 0x1093E}, {0x10940, 0x1097F},
    {0x109B8, 0x109BB}, {0x109D0, 0x109D1}, {0x10A04, 0x10A04}, {0x10A07, 0x10A0B}, {0x10A14, 0x10A14},
    {0x10A18, 0x10A18}, {0x10A36, 0x10A37}, {0x10A3B, 0x10A3E}, {0x10A49, 0x10A4F}, {0x10A59, 0x10A5F},
    {0x10AA0, 0x10ABF}, {0x10AE7, 0x10AEA}, {0x10AF7, 0x10AFF}, {0x10B36, 0x10B38}, {0x10B56, 0x10B57},
    {0x10B73, 0x10B77}, {0x10B92, 0x10B98}, {0x10B9D, 0x10BA8}, {0x10BB0, 0x10BFF}, {0x10C49, 0x10C7F},
    {0x10CB3, 0x10CBF}, {0x10CF3, 0x10CF9}, {0x10D28, 0x10D2F}, {0x10D3A, 0x10E5F}, {0x10E7F, 0x10E7F},
    {0x10EAA, 0x10EAA}, {0x10EAE, 0x10EAF}, {0x10EB2, 0x10EFF}, {0x10F28, 0x10F2F}, {0x10F5A, 0x10F6F},
    {0x10F8A, 0x10FAF}, {0x10FCC, 0x10FDF}, {0x10FF7, 0x10FFF}, {0x1104E, 0x11051}, {0x11076, 0x1107E},
    {0x110BD, 0x110BD}, {0x110C3, 0x110CF}, {0x110E9, 0x110EF}, {0x110FA, 0x110FF}, {0x11135, 0x11135},
    {0x11148, 0x1114F}, {0x11177, 0x1117F}, {0x111E0, 0x111E0}, {0x111F5, 0x111FF}, {0x11212, 0x11212},
    {0x1123F, 0x1127F}, {0x11287, 0x11287}, {0x11289, 0x11289}, {0x1128E, 0x1128E}, {0x1129E, 0x1129E},
    {0x112AA, 0x112AF}, {0x112EB, 0x112EF}, {0x112FA, 0x112FF}, {0x11304, 0x11304}, {0x1130D, 0x1130E},
    {0x11311, 0x11312}, {0x11329, 0x11329}, {0x11331, 0x11331}, {0x11334, 0x11334}, {0x1133A, 0x1133A},
    {0x11345, 0x11346}, {0x11349, 0x1134A}, {0x1134E, 0x1134F}, {0x11351, 0x11356}, {0x11358, 0x1135C},
    {0x11364, 0x11365}, {0x1136D, 0x1136F}, {0x11375, 0x113FF}, {0x1145C, 0x1145C}, {0x11462, 0x1147F},
    {0x114C8, 0x114CF}, {0x114DA, 0x1157F}, {0x115B6, 0x115B7}, {0x115DE, 0x115FF}, {0x11645, 0x1164F},
    {0x1165A, 0x1165F}, {0x1166D, 0x1167F}, {0x116BA, 0x116BF}, {0x116CA, 0x116FF}, {0x1171B, 0x1171C},
    {0x1172C, 0x1172F}, {0x11747, 0x117FF}, {0x1183C, 0x1189F}, {0x118F3, 0x118FE}, {0x11907, 0x11908},
    {0x1190A, 0x1190B}, {0x11914, 0x11914}, {0x11917, 0x11917}, {0x11936, 0x11936}, {0x11939, 0x1193A},
    {0x11947, 0x1194F}, {0x1195A, 0x1199F}, {0x119A8, 0x119A9}, {0x119D8, 0x119D9}, {0x119E5, 0x119FF},
    {0x11A48, 0x11A4F}, {0x11AA3, 0x11AAF}, {0x11AF9, 0x11BFF}, {0x11C09, 0x11C09}, {0x11C37, 0x11C37},
    {0x11C46, 0x11C4F}, {0x11C6D, 0x11C6F}, {0x11C90, 0x11C91}, {0x11CA8, 0x11CA8}, {0x11CB7, 0x11CFF},
    {0x11D07, 0x11D07}, {0x11D0A, 0x11D0A}, {0x11D37, 0x11D39}, {0x11D3B, 0x11D3B}, {0x11D3E, 0x11D3E},
    {0x11D48, 0x11D4F}, {0x11D5A, 0x11D5F}, {0x11D66, 0x11D66}, {0x11D69, 0x11D69}, {0x11D8F, 0x11D8F},
    {0x11D92, 0x11D92}, {0x11D99, 0x11D9F}, {0x11DAA, 0x11EDF}, {0x11EF9, 0x11FAF}, {0x11FB1, 0x11FBF},
    {0x11FF2, 0x11FFE}, {0x1239A, 0x123FF}, {0x1246F, 0x1246F}, {0x12475, 0x1247F}, {0x12544, 0x12F8F},
    {0x12FF3, 0x12FFF}, {0x1342F, 0x143FF}, {0x14647, 0x167FF}, {0x16A39, 0x16A3F}, {0x16A5F, 0x16A5F},
    {0x16A6A, 0x16A6D}, {0x16ABF, 0x16ABF}, {0x16ACA, 0x16ACF}, {0x16AEE, 0x16AEF}, {0x16AF6, 0x16AFF},
    {0x16B46, 0x16B4F}, {0x16B5A, 0x16B5A}, {0x16B62, 0x16B62}, {0x16B78, 0x16B7C}, {0x16B90, 0x16E3F},
    {0x16E9B, 0x16EFF}, {0x16F4B, 0x16F4E}, {0x16F88, 0x16F8E}, {0x16FA0, 0x16FDF}, {0x16FE5, 0x16FEF},
    {0x16FF2, 0x16FFF}, {0x187F8, 0x187FF}, {0x18CD6, 0x18CFF}, {0x18D09, 0x1AFEF}, {0x1AFF4, 0x1AFF4},
    {0x1AFFC, 0x1AFFC}, {0x1AFFF, 0x1AFFF}, {0x1B123, 0x1B14F}, {0x1B153, 0x1B163}, {0x1B168, 0x1B16F},
    {0x1B2FC, 0x1BBFF}, {0x1BC6B, 0x1BC6F}, {0x1BC7D, 0x1BC7F}, {0x1BC89, 0x1BC8F}, {0x1BC9A, 0x1BC9B},
    {0x1BCA0, 0x1CEFF}, {0x1CF2E, 0x1CF2F}, {0x1CF47, 0x1CF4F}, {0x1CFC4, 0x1CFFF}, {0x1D0F6, 0x1D0FF},
    {0x1D127, 0x1D128}, {0x1D173, 0x1D17A}, {0x1D1EB, 0x1D1FF}, {0x1D246, 0x1D2DF}, {0x1D2F4, 0x1D2FF},
    {0x1D357, 0x1D35F}, {0x1D379, 0x1D3FF}, {0x1D455, 0x1D455}, {0x1D49D, 0x1D49D}, {0x1D4A0, 0x1D4A1},
    {0x1D4A3, 0x1D4A4}, {0x1D4A7, 0x1D4A8}, {0x1D4AD, 0x1D4AD}, {0x1D4BA, 0x1D4BA}, {0x1D4BC, 0x1D4BC},
    {0x1D4C4, 0x1D4C4}, {0x1D506, 0x1D506}, {0x1D50B, 0x1D50C}, {0x1D515, 0x1D515}, {0x1D51D, 0x1D51D},
    {0x1D53A, 0x1D53A}, {0x1D53F, 0x1D53F}, {0x1D545, 0x1D545}, {0x1D547, 0x1D549}, {0x1D551, 0x1D551},
    {0x1D6A6, 0x1D6A7}, {0x1D7CC, 0x1D7CD}, {0x1DA8C, 0x1DA9A}, {0x1DAA0, 0x1DAA0}, {0x1DAB0, 0x1DEFF},
    {0x1DF1F, 0x1DFFF}, {0x1E007, 0x1E007}, {0x1E019, 0x1E01A}, {0x1E022, 0x1E022}, {0x1E025, 0x1E025},
    {0x1E02B, 0x1E0FF}, {0x1E12D, 0x1E12F}, {0x1E13E, 0x1E13F}, {0x1E14A, 0x1E14D}, {0x1E150, 0x1E28F},
    {0x1E2AF, 0x1E2BF}, {0x1E2FA, 0x1E2FE}, {0x1E300, 0x1E7DF}, {0x1E7E7, 0x1E7E7}, {0x1E7EC, 0x1E7EC},
    {0x1E7EF, 0x1E7EF}, {0x1E7FF, 0x1E7FF}, {0x1E8C5, 0x1E8C6}, {0x1E8D7, 0x1E8FF}, {0x1E94C, 0x1E94F},
    {0x1E95A, 0x1E95D}, {0x1E960, 0x1EC70}, {0x1ECB5, 0x1ED00}, {0x1ED3E, 0x1EDFF}, {0x1EE04, 0x1EE04},
    {0x1EE20, 0x1EE20}, {0x1EE23, 0x1EE23}, {0x1EE25, 0x1EE26}, {0x1EE28, 0x1EE28}, {0x1EE33, 0x1EE33},
    {0x1EE38, 0x1EE38}, {0x1EE3A, 0x1EE3A}, {0x1EE3C, 0x1EE41}, {0x1EE43, 0x1EE46}, {0x1EE48, 0x1EE48},
    {0x1EE4A, 0x1EE4A}, {0x1EE4C, 0x1EE4C}, {0x1EE50, 0x1EE50}, {0x1EE53, 0x1EE53}, {0x1EE55, 0x1EE56},
    {0x1EE58, 0x1EE58}, {0x1EE5A, 0x1EE5A}, {0x1EE5C, 0x1EE5C}, {0x1EE5E, 0x1EE5E}, {0x1EE60, 0x1EE60},
    {0x1EE63, 0x1EE63}, {0x1EE65, 0x1EE66}, {0x1EE6B, 0x1EE6B}, {0x1EE73, 0x1EE73}, {0x1EE78, 0x1EE78},
    {0x1EE7D, 0x1EE7D}, {0x1EE7F, 0x1EE7F}, {0x1EE8A, 0x1EE8A}, {0x1EE9C, 0x1EEA0}, {0x1EEA4, 0x1EEA4},
    {0x1EEAA, 0x1EEAA}, {0x1EEBC, 0x1EEEF}, {0x1EEF2, 0x1EFFF}, {0x1F02C, 0x1F02F}, {0x1F094, 0x1F09F},
    {0x1F0AF, 0x1F0B0}, {0x1F0C0, 0x1F0C0}, {0x1F0D0, 0x1F0D0}, {0x1F0F6, 0x1F0FF}, {0x1F1AE, 0x1F1E5},
    {0x1F203, 0x1F20F}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F24F}, {0x1F252, 0x1F25F}, {0x1F266, 0x1F2FF},
    {0x1F6D8, 0x1F6DC}, {0x1F6ED, 0x1F6EF}, {0x1F6FD, 0x1F6FF}, {0x1F774, 0x1F77F}, {0x1F7D9, 0x1F7DF},
    {0x1F7EC, 0x1F7EF}, {0x1F7F1, 0x1F7FF}, {0x1F80C, 0x1F80F}, {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F},
    {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8AF}, {0x1F8B2, 0x1F8FF}, {0x1FA54, 0x1FA5F}, {0x1FA6E, 0x1FA6F},
    {0x1FA75, 0x1FA77}, {0x1FA7D, 0x1FA7F}, {0x1FA87, 0x1FA8F}, {0x1FAAD, 0x1FAAF}, {0x1FABB, 0x1FABF},
    {0x1FAC6, 0x1FACF}, {0x1FADA, 0x1FADF}, {0x1FAE8, 0x1FAEF}, {0x1FAF7, 0x1FAFF}, {0x1FB93, 0x1FB93},
    {0x1FBCB, 0x1FBEF}, {0x1FBFA, 0x1FFFF}, {0x2A6E0, 0x2A6FF}, {0x2B739, 0x2B73F}, {0x2B81E, 0x2B81F},
    {0x2CEA2, 0x2CEAF}, {0x2EBE1, 0x2F7FF}, {0x2FA1E, 0x2FFFF}, {0x3134B, 0xE00FF}, {0xE01F0, 0x10FFFF},
};

static inline int is_printable(uint32_t c) {
    if (c < 0x80)
        return c >= 0x20 && c < 0x7F;
    size_t lo = 0, hi = sizeof nonprint / sizeof nonprint[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < nonprint[mid][0])
            hi = mid;
        else if (c > nonprint[mid][1])
            lo = mid + 1;
        else
            return 0;
    }
    return 1;
}

/* ---------------------------------------------------------- construction */

PyzStr *pyz_str_new(const char *data, int64_t len) {
    if (len <= 1)
        return len == 1 ? ascii_char((u8)data[0]) : &str_empty;
    return str_from(data, len, count_cp(data, len));
}

PyzStr *pyz_str_from_cstr(const char *s) { return pyz_str_new(s, (int64_t)strlen(s)); }

const char *pyz_str_cstr(PyzStr *s) {
    if (PYZ_LIKELY(s->data[s->len] == 0))  /* in bounds: a buffer holds cap + 1 bytes */
        return s->data;
    char *z = (char *)pyz_gc_alloc_atomic((size_t)s->len + 1);
    memcpy(z, s->data, (size_t)s->len);
    return z;
}

/* ---------------------------------------------------------- concatenation
 *
 * s = s + t in a loop must be linear, whatever else refers to s (CPython appends in place
 * only when nothing does).  A concatenation of CONCAT_BUFFERED bytes or more is a buffered
 * string: one atomic block holding its header, then a StrBuf (how many bytes of the buffer
 * are used, and its capacity), then the bytes.  Appending b to a buffered a whose bytes end
 * where the buffer's used bytes end (a->len == used: nobody appended after a yet) writes b's
 * bytes there and makes a new header (a scanned block: it points into the buffer) for the
 * longer string; a itself is unchanged, a prefix of the buffer, no longer NUL-terminated.
 * Any other a is copied into a new buffer: exactly its size when a was not buffered (a
 * one-off a + b wastes nothing), with a quarter more room when it was (a string that was
 * appended to once is appended to again), so a chain of appends copies each byte about
 * five times in all.  Shorter results are plain strings: copying fewer than
 * CONCAT_BUFFERED bytes costs no more than the new header an in-place append makes. */
#define CONCAT_BUFFERED 64

typedef struct StrBuf {
    int64_t used, cap;  /* bytes[used] == 0; the block holds cap + 1 bytes */
    char bytes[];
} StrBuf;

#define STRBUF(s) ((StrBuf *)((char *)(s)->data - offsetof(StrBuf, bytes)))

static inline PyzStr *concat_header(PyzStr *r, int64_t len, int64_t ncp, const char *data) {
    r->len = len;
    r->ncp = ncp;
    r->hash = -1;
    r->ascii = len == ncp;
    r->buffered = 1;
    r->data = data;
    return r;
}

/* a + b (n bytes) copied into a new buffered string with room for cap bytes */
static __attribute__((noinline)) PyzStr *pyz_str_concat_copy(PyzStr *a, PyzStr *b, int64_t n, int64_t cap) {
    uint64_t size = (uint64_t)sizeof(PyzStr) + sizeof(StrBuf) + (uint64_t)cap + 1;
    if (PYZ_UNLIKELY(n > INT64_MAX / 2))
        size = UINT64_MAX;  /* MemoryError */
    char *blk = (char *)pyz_gc_try_alloc_atomic(size);
    if (PYZ_UNLIKELY(!blk))
        return NULL;
    StrBuf *buf = (StrBuf *)(blk + sizeof(PyzStr));
    buf->used = n;
    buf->cap = cap;
    memcpy(buf->bytes, a->data, (size_t)a->len);
    memcpy(buf->bytes + a->len, b->data, (size_t)b->len);
    return concat_header((PyzStr *)blk, n, a->ncp + b->ncp, buf->bytes);
}

/* NULL with MemoryError pending when the result cannot be had (s = s + s in a loop) */
PyzStr *pyz_str_concat(PyzStr *a, PyzStr *b) {
    if (PYZ_UNLIKELY(a->len == 0))
        return b;
    if (PYZ_UNLIKELY(b->len == 0))
        return a;
    int64_t n = a->len + b->len;
    if (a->buffered) {
        StrBuf *buf = STRBUF(a);
        if (buf->used == a->len && n <= buf->cap) {
            /* b may be a itself or another prefix of this buffer: its bytes are all below
             * used, so they do not overlap the ones written */
            memcpy(buf->bytes + a->len, b->data, (size_t)b->len);
            buf->bytes[n] = 0;
            buf->used = n;
            return concat_header((PyzStr *)pyz_gc_alloc(sizeof(PyzStr)), n, a->ncp + b->ncp, buf->bytes);
        }
        return pyz_str_concat_copy(a, b, n, n + (n >> 2));
    }
    if (n >= CONCAT_BUFFERED)
        return pyz_str_concat_copy(a, b, n, n);
    PyzStr *r = str_alloc(n, a->ncp + b->ncp);
    char *o = SBUF(r);
    memcpy(o, a->data, (size_t)a->len);
    memcpy(o + a->len, b->data, (size_t)b->len);
    return r;
}

PyzStr *pyz_str_repeat(PyzStr *s, int64_t n) {
    if (n <= 0 || s->len == 0)
        return &str_empty;
    if (n == 1)
        return s;
    /* CPython's test is on the length in code points; a length that fits but cannot be
     * allocated is a MemoryError */
    if (PYZ_UNLIKELY(s->ncp > INT64_MAX / n)) {
        pyz_raise(PYZ_EXC_OverflowError, "repeated string is too long");
        return NULL;
    }
    int64_t total;
    if (PYZ_UNLIKELY(__builtin_mul_overflow(s->len, n, &total))) {
        pyz_raise(PYZ_EXC_MemoryError, "");
        return NULL;
    }
    PyzStr *r = pyz_str_try_alloc(total, s->ncp * n);
    if (PYZ_UNLIKELY(!r))
        return NULL;
    char *o = SBUF(r);
    if (s->len == 1) {
        memset(o, s->data[0], (size_t)total);
    } else {
        memcpy(o, s->data, (size_t)s->len);
        int64_t done = s->len;
        while (done < total) {
            int64_t k = done <= total - done ? done : total - done;
            memcpy(o + done, o, (size_t)k);
            done += k;
        }
    }
    return r;
}

PyzStr *pyz_str_chr(int64_t cp) {
    if (PYZ_LIKELY((uint64_t)cp < 0x80))
        return ascii_char(cp);
    if ((uint64_t)cp < 0x100)
        return latin1_char(cp - 0x80);
    if (PYZ_UNLIKELY(cp < 0 || cp >= 0x110000)) {
        pyz_raise(PYZ_EXC_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    PyzStr *r = str_alloc(4, 1);  /* cp >= 0x80: two to four bytes */
    r->len = pyz_utf8_encode((uint32_t)cp, SBUF(r));
    SBUF(r)[r->len] = 0;
    return r;
}

int64_t pyz_str_ord(PyzStr *s) {
    if (PYZ_UNLIKELY(s->ncp != 1)) {
        char msg[80];
        pyz_msgf(msg, sizeof msg, "ord() expected a character, but string of length %lld found",
                 (long long)s->ncp);
        pyz_raise_str(PYZ_EXC_TypeError, pyz_str_from_cstr(msg));
        return -1;
    }
    int n;
    return dec(s->data, &n);
}

/* ------------------------------------------------- indexing and slicing */

PyzStr *pyz_str_getitem(PyzStr *s, int64_t index) {
    int64_t n = s->ncp;
    if (index < 0)
        index += n;
    if (PYZ_UNLIKELY((uint64_t)index >= (uint64_t)n)) {
        pyz_raise(PYZ_EXC_IndexError, "string index out of range");
        return NULL;
    }
    if (PYZ_LIKELY(s->ascii))
        return ascii_char((u8)s->data[index]);
    return one_cp(s->data + cp_offset(s, index));
}

PyzStr *pyz_str_char_at(PyzStr *s, int64_t *byte_pos) {
    int64_t p = *byte_pos;
    u8 b = (u8)s->data[p];
    if (PYZ_LIKELY(b < 0x80)) {
        *byte_pos = p + 1;
        return ascii_char(b);
    }
    *byte_pos = p + u8len(b);
    return one_cp(s->data + p);
}

PyzStr *pyz_str_slice(PyzStr *s, int64_t start, int64_t stop, int64_t step, int32_t has_start,
                      int32_t has_stop) {
    if (PYZ_UNLIKELY(step == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "slice step cannot be zero");
        return NULL;
    }
    if (step < -INT64_MAX)
        step = -INT64_MAX;
    int64_t n = pyz_slice_adjust(s->ncp, &start, &stop, step, has_start, has_stop);
    if (n <= 0)
        return &str_empty;
    const char *d = s->data;
    if (step == 1) {
        if (n == s->ncp)
            return s;
        if (s->ascii)
            return str_from(d + start, n, n);
        int64_t b0 = cp_offset(s, start);
        int64_t b1 = skip_fwd(d, b0, n);
        return str_from(d + b0, b1 - b0, n);
    }
    if (s->ascii) {
        if (n == 1)
            return ascii_char((u8)d[start]);
        PyzStr *r = str_alloc(n, n);
        char *o = SBUF(r);
        for (int64_t k = 0; k < n; k++)
            o[k] = d[start + k * step];
        return r;
    }
    /* Non-ASCII with a stride: measure, then copy. */
    int64_t b0 = cp_offset(s, start), p = b0, total = 0;
    for (int64_t k = 0;;) {
        total += u8len((u8)d[p]);
        if (++k == n)
            break;
        p = step > 0 ? skip_fwd(d, p, step) : skip_back(d, p, -step);
    }
    if (total == 1)
        return ascii_char((u8)d[b0]);
    PyzStr *r = str_alloc(total, n);
    char *o = SBUF(r);
    p = b0;
    for (int64_t k = 0;;) {
        int l = u8len((u8)d[p]);
        memcpy(o, d + p, (size_t)l);
        o += l;
        if (++k == n)
            break;
        p = step > 0 ? skip_fwd(d, p, step) : skip_back(d, p, -step);
    }
    return r;
}

/* ------------------------------------------- comparison, search, hashing */

/* p[0..n) == q[0..n) for n <= 16 without a call: two overlapping loads each (the usual word,
 * key or set of characters). */
static inline bool same_short(const char *p, const char *q, int64_t n) {
    if (n >= 8) {
        uint64_t x0, x1, y0, y1;
        memcpy(&x0, p, 8);
        memcpy(&y0, q, 8);
        memcpy(&x1, p + n - 8, 8);
        memcpy(&y1, q + n - 8, 8);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (n >= 4) {
        uint32_t x0, x1, y0, y1;
        memcpy(&x0, p, 4);
        memcpy(&y0, q, 4);
        memcpy(&x1, p + n - 4, 4);
        memcpy(&y1, q + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    return n == 0 || (p[0] == q[0] && p[n / 2] == q[n / 2] && p[n - 1] == q[n - 1]);
}

bool pyz_str_eq(PyzStr *a, PyzStr *b) {
    if (a == b)
        return true;
    if (a->len != b->len)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    int64_t n = a->len;
    if (n <= 16)
        return same_short(a->data, b->data, n);
    return memcmp(a->data, b->data, (size_t)n) == 0;
}

int32_t pyz_str_cmp(PyzStr *a, PyzStr *b) {
    if (a == b)
        return 0;
    int64_t m = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, (size_t)m);
    if (c != 0)
        return c < 0 ? -1 : 1;
    return a->len < b->len ? -1 : a->len > b->len;
}

bool pyz_str_contains(PyzStr *haystack, PyzStr *needle) {
    /* one byte in a short str (`d in values[s]`, a digit in a sudoku square's candidates): a plain loop,
     * where pyz_memmem's call and pyz_memchr's were most of the work */
    if (needle->len == 1 && haystack->len <= 16) {
        const char *d = haystack->data, c = needle->data[0];
        for (int64_t i = 0, n = haystack->len; i < n; i++)
            if (d[i] == c)
                return true;
        return false;
    }
    return bfind(haystack->data, haystack->len, needle->data, needle->len) >= 0;
}

int64_t pyz_str_find(PyzStr *s, PyzStr *sub) {
    int64_t b = bfind(s->data, s->len, sub->data, sub->len);
    return b <= 0 ? b : cp_index(s, b);
}

int64_t pyz_str_rfind(PyzStr *s, PyzStr *sub) {
    int64_t b = brfind(s->data, s->len, sub->data, sub->len);
    return b <= 0 ? b : cp_index(s, b);
}

int64_t pyz_str_index(PyzStr *s, PyzStr *sub) {
    int64_t i = pyz_str_find(s, sub);
    if (PYZ_UNLIKELY(i < 0)) {
        pyz_raise(PYZ_EXC_ValueError, "substring not found");
        return -1;
    }
    return i;
}

/* How many bytes of d[0..len) are c: blocks of up to 4096 counted in 32 bits, which clang vectorizes
 * (text.count("\n") searched again after each of 300,000 lines). */
static int64_t count_byte(const char *d, int64_t len, u8 c) {
    int64_t n = 0;
    for (int64_t i = 0; i < len; i += 4096) {
        int64_t end = len - i < 4096 ? len : i + 4096;
        uint32_t k = 0;
        for (int64_t j = i; j < end; j++)
            k += (u8)d[j] == c;
        n += k;
    }
    return n;
}

int64_t pyz_str_count(PyzStr *s, PyzStr *sub) {
    if (sub->len == 0)
        return s->ncp + 1;
    if (sub->len == 1)  /* an ASCII byte: never part of another code point's bytes */
        return count_byte(s->data, s->len, (u8)sub->data[0]);
    int64_t n = 0, i = 0, b;
    while ((b = bfind(s->data + i, s->len - i, sub->data, sub->len)) >= 0) {
        n++;
        i += b + sub->len;
    }
    return n;
}

bool pyz_str_startswith(PyzStr *s, PyzStr *prefix) {
    return prefix->len <= s->len && memcmp(s->data, prefix->data, (size_t)prefix->len) == 0;
}

bool pyz_str_endswith(PyzStr *s, PyzStr *suffix) {
    return suffix->len <= s->len &&
           memcmp(s->data + s->len - suffix->len, suffix->data, (size_t)suffix->len) == 0;
}

static uint64_t hash_bytes(const char *p, int64_t n) {
    const uint64_t m = 0x9E3779B97F4A7C15ULL;
    uint64_t h = 0x243F6A8885A308D3ULL ^ ((uint64_t)n * m);
    int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * m;
        h ^= h >> 29;
    }
    uint64_t t = 0;
    memcpy(&t, p + i, (size_t)(n - i));
    h = (h ^ t) * m;
    /* murmur3's fmix64 */
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
}

int64_t pyz_str_hash(PyzStr *s) {
    int64_t h = s->hash;
    if (PYZ_LIKELY(h != -1))
        return h;
    h = (int64_t)hash_bytes(s->data, s->len);
    if (h == -1)
        h = -2;
    s->hash = h;
    return h;
}

/* ------------------------------------------------------------------ repr */

static const char hexdig[] = "0123456789abcdef";

/* \xNN, \uNNNN or \UNNNNNNNN for c; returns the end of the output. */
static char *put_hex_escape(char *o, uint32_t c) {
    int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
    *o++ = '\\';
    *o++ = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int k = digits - 1; k >= 0; k--)
        *o++ = hexdig[(c >> (4 * k)) & 0xF];
    return o;
}

/* ascii(x) from repr(x): each code point past ASCII written as \xhh, \uhhhh or \Uhhhhhhhh (CPython's
 * PyObject_ASCII, the backslashreplace of a repr). */
PyzStr *pyz_str_ascii(PyzStr *s) {
    if (s->ascii)
        return s;
    const char *d = s->data;
    int64_t len = s->len, out = 0;
    for (int64_t p = 0; p < len;) {
        int n;
        uint32_t c = dec(d + p, &n);
        p += n;
        out += c < 0x80 ? 1 : c <= 0xFF ? 4 : c <= 0xFFFF ? 6 : 10;
    }
    PyzStr *r = str_alloc(out, out);
    char *o = SBUF(r);
    for (int64_t p = 0; p < len;) {
        int n;
        uint32_t c = dec(d + p, &n);
        p += n;
        if (c < 0x80)
            *o++ = (char)c;
        else
            o = put_hex_escape(o, c);
    }
    return r;
}

/* Output bytes for the ASCII byte b inside quotes `quote`. */
static inline int repr_ascii_width(u8 b, u8 quote) {
    if (b == '\\' || b == '\t' || b == '\n' || b == '\r' || b == quote)
        return 2;
    return (b < 0x20 || b == 0x7F) ? 4 : 1;
}

PyzStr *pyz_str_repr(PyzStr *s) {
    const char *d = s->data;
    int64_t len = s->len, p, out = 2, multibyte = 0;
    /* CPython: ' unless the text has ' and no "; with both, ' is escaped. */
    int squote = memchr(d, '\'', (size_t)len) != NULL;
    u8 quote = (squote && memchr(d, '"', (size_t)len) == NULL) ? '"' : '\'';
    /* pass 1: output size; every escape is ASCII, so ncp = out - multibyte */
    for (p = 0; p < len;) {
        u8 b = (u8)d[p];
        if (b < 0x80) {
            out += repr_ascii_width(b, quote);
            p++;
            continue;
        }
        int n;
        uint32_t c = dec(d + p, &n);
        p += n;
        if (is_printable(c)) {
            out += n;
            multibyte += n - 1;
        } else {
            out += c <= 0xFF ? 4 : c <= 0xFFFF ? 6 : 10;
        }
    }
    PyzStr *r = str_alloc(out, out - multibyte);
    char *o = SBUF(r);
    *o++ = (char)quote;
    for (p = 0; p < len;) {
        u8 b = (u8)d[p];
        if (b < 0x80) {
            p++;
            if (b >= 0x20 && b < 0x7F) {
                if (b == '\\' || b == quote)
                    *o++ = '\\';
                *o++ = (char)b;
            } else if (b == '\t' || b == '\n' || b == '\r') {
                *o++ = '\\';
                *o++ = b == '\t' ? 't' : b == '\n' ? 'n' : 'r';
            } else {
                o = put_hex_escape(o, b);
            }
            continue;
        }
        int n;
        uint32_t c = dec(d + p, &n);
        if (is_printable(c)) {
            memcpy(o, d + p, (size_t)n);
            o += n;
        } else {
            o = put_hex_escape(o, c);
        }
        p += n;
    }
    *o = (char)quote;
    return r;
}

/* ------------------------------------------------------------ case maps */

enum { CASE_UPPER, CASE_LOWER, CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP, CASE_FOLD };

/* lower() of the capital sigma at byte b (n bytes): final sigma when a cased
 * letter precedes it and none follows, case-ignorable ones skipped (CPython's
 * handle_capital_sigma). */
static uint32_t lower_sigma(const char *d, int64_t len, int64_t b, int n) {
    int64_t j = b;
    uint32_t c = 0;
    int found = 0, k;
    while (j > 0) {
        j = prev_start(d, j);
        c = dec(d + j, &k);
        if (!(ucd(c) & PYZ_UCD_CASE_IGNORABLE)) {
            found = 1;
            break;
        }
    }
    int final = found && (ucd(c) & PYZ_UCD_CASED);
    if (final) {
        for (j = b + n; j < len; j += k) {
            c = dec(d + j, &k);
            if (!(ucd(c) & PYZ_UCD_CASE_IGNORABLE))
                break;
        }
        final = j >= len || !(ucd(c) & PYZ_UCD_CASED);
    }
    return final ? 0x3C2 : 0x3C3;
}

/* One ASCII character in a case mode; prev_cased is updated (title). */
static inline u8 ascii_case(u8 b, int mode, int first, int *prev_cased) {
    int up = (unsigned)(b - 'A') < 26u, lo = (unsigned)(b - 'a') < 26u;
    int to_upper;
    switch (mode) {
    case CASE_UPPER: to_upper = 1; break;
    case CASE_TITLE: to_upper = !*prev_cased; break;
    case CASE_CAPITALIZE: to_upper = first; break;
    case CASE_SWAP: to_upper = lo; break;
    default: to_upper = 0; break; /* lower, casefold */
    }
    *prev_cased = up || lo;
    if (to_upper)
        return lo ? (u8)(b - 32) : b;
    return up ? (u8)(b + 32) : b;
}

/* Whether ASCII text d[0..len), len >= 1, holds a byte in [first, first + 26): eight bytes at a
 * time (the last word overlapping the one before; 4 to 7 bytes as two overlapping halves).  Every
 * byte is below 0x80, so adding 0x80 - first sets a byte's top bit exactly when it is at least
 * first, with no carry into the next byte; adding 0x80 - (first + 26) when it is past the range. */
static inline bool ascii_has_range(const char *d, int64_t len, unsigned first) {
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t lo = ones * (0x80 - first), hi = ones * (0x80 - first - 26), any = 0;
    if (len < 8) {
        uint64_t x;
        if (len >= 4) {
            uint32_t a, b;
            memcpy(&a, d, 4);
            memcpy(&b, d + len - 4, 4);
            x = a | (uint64_t)b << 32;
        } else {  /* 1 to 3 bytes: the first, middle and last (the other bytes 0: below any range) */
            x = (u8)d[0] | (uint64_t)(u8)d[len / 2] << 8 | (uint64_t)(u8)d[len - 1] << 16;
        }
        return ((x + lo) & ~(x + hi) & highs) != 0;
    }
    for (int64_t i = 0;; i += 8) {
        if (i > len - 8)
            i = len - 8;
        uint64_t x;
        memcpy(&x, d + i, 8);
        any |= (x + lo) & ~(x + hi) & highs;
        if (i == len - 8)
            return any != 0;
    }
}

/* Full case mappings: one code point may become up to three (ß -> SS) and
 * the UTF-8 length may change, but never beyond 3 bytes out per byte in
 * (a 2-byte code point maps to at most three 2-byte ones).  ASCII strings
 * keep their length and go byte by byte. */
static PyzStr *convert_case(PyzStr *s, int mode) {
    int64_t len = s->len;
    if (len == 0)
        return &str_empty;
    const char *d = s->data;
    int prev_cased = 0;
    if (s->ascii) {
        int64_t i = 0;
        if (mode == CASE_UPPER || mode == CASE_LOWER || mode == CASE_FOLD) {
            /* nothing to change (words.lower() of lower-case words): s itself, which CPython's
             * copy cannot be told apart from (pyz_str_upper and pyz_str_lower have looked) */
            unsigned first = mode == CASE_UPPER ? 'a' : 'A';
            if (mode == CASE_FOLD && !ascii_has_range(d, len, first))
                return s;
            while (i < len && (unsigned)((u8)d[i] - first) >= 26u)
                i++;
            if (i == len)
                return s;
        }
        PyzStr *r = str_alloc(len, len);
        char *o = SBUF(r);
        memcpy(o, d, (size_t)i);
        if (mode == CASE_UPPER)
            for (; i < len; i++) {
                u8 b = (u8)d[i];
                o[i] = (char)(b - (((unsigned)(b - 'a') < 26u) << 5));
            }
        else if (mode == CASE_LOWER || mode == CASE_FOLD)
            for (; i < len; i++) {
                u8 b = (u8)d[i];
                o[i] = (char)(b + (((unsigned)(b - 'A') < 26u) << 5));
            }
        else
            for (; i < len; i++)
                o[i] = (char)ascii_case((u8)d[i], mode, i == 0, &prev_cased);
        return r;
    }
    char *buf = (char *)pyz_gc_alloc_atomic((size_t)(3 * len + 4));
    char *o = buf;
    int64_t p = 0, ncp = 0;
    while (p < len) {
        u8 b = (u8)d[p];
        if (b < 0x80) {
            *o++ = (char)ascii_case(b, mode, p == 0, &prev_cased);
            ncp++;
            p++;
            continue;
        }
        int n, k = 1;
        uint32_t c = dec(d + p, &n), m[3];
        int which; /* a PYZ_UCD_MAP_*, or -1 for "unchanged" */
        uint32_t f = ucd(c);
        switch (mode) {
        case CASE_UPPER: which = PYZ_UCD_MAP_UPPER; break;
        case CASE_LOWER: which = PYZ_UCD_MAP_LOWER; break;
        case CASE_TITLE: which = prev_cased ? PYZ_UCD_MAP_LOWER : PYZ_UCD_MAP_TITLE; break;
        case CASE_CAPITALIZE: which = p == 0 ? PYZ_UCD_MAP_TITLE : PYZ_UCD_MAP_LOWER; break;
        case CASE_SWAP:
            which = (f & PYZ_UCD_UPPER) ? PYZ_UCD_MAP_LOWER : (f & PYZ_UCD_LOWER) ? PYZ_UCD_MAP_UPPER : -1;
            break;
        default: which = PYZ_UCD_MAP_FOLD; break;
        }
        if (which < 0)
            m[0] = c;
        else if (c == 0x3A3 && which == PYZ_UCD_MAP_LOWER)
            m[0] = lower_sigma(d, len, p, n);
        else
            k = pyz_ucd_map(c, which, m);
        prev_cased = (f & PYZ_UCD_CASED) != 0;
        for (int j = 0; j < k; j++)
            o += pyz_utf8_encode(m[j], o);
        ncp += k;
        p += n;
    }
    return str_from(buf, o - buf, ncp);
}

/* upper() (first 'a') or lower() (first 'A') of ASCII text: each byte in [first, first + 26) has its
 * 0x20 bit flipped, eight bytes at a time by ascii_has_range's test (a word of ASCII bytes carries
 * nothing from one byte to the next); fewer than eight as two overlapping halves, fewer than four
 * one at a time.  A block written twice is written the same both times (both come from s).
 * text_pipeline's w.upper() of words of 5 to 7 letters went through convert_case at 128
 * instructions each. */
static PyzStr *ascii_flip_case(PyzStr *s, unsigned first) {
    int64_t len = s->len;
    const char *d = s->data;
    if (len == 1)
        return ascii_char((u8)d[0] ^ 0x20);  /* shared, as CPython's one-character strs */
    PyzStr *r = str_alloc(len, len);
    char *o = SBUF(r);
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t lo = ones * (0x80 - first), hi = ones * (0x80 - first - 26);
    if (len >= 8) {
        for (int64_t i = 0;; i += 8) {
            if (i > len - 8)
                i = len - 8;
            uint64_t x;
            memcpy(&x, d + i, 8);
            x ^= ((x + lo) & ~(x + hi) & highs) >> 2;
            memcpy(o + i, &x, 8);
            if (i == len - 8)
                break;
        }
    } else if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, d, 4);
        memcpy(&b, d + len - 4, 4);
        uint64_t x = a | (uint64_t)b << 32;
        x ^= ((x + lo) & ~(x + hi) & highs) >> 2;
        a = (uint32_t)x;
        b = (uint32_t)(x >> 32);
        memcpy(o, &a, 4);
        memcpy(o + len - 4, &b, 4);
    } else {
        for (int64_t i = 0; i < len; i++)
            o[i] = (char)((u8)d[i] ^ (((unsigned)((u8)d[i] - first) < 26u) << 5));
    }
    return r;
}

/* upper()/lower() of ASCII text with nothing to change are s itself (which CPython's copy cannot be
 * told apart from), the empty str the empty str */
PyzStr *pyz_str_upper(PyzStr *s) {
    if (!s->ascii)
        return convert_case(s, CASE_UPPER);
    if (s->len == 0)
        return &str_empty;
    return ascii_has_range(s->data, s->len, 'a') ? ascii_flip_case(s, 'a') : s;
}
PyzStr *pyz_str_lower(PyzStr *s) {
    if (!s->ascii)
        return convert_case(s, CASE_LOWER);
    if (s->len == 0)
        return &str_empty;
    return ascii_has_range(s->data, s->len, 'A') ? ascii_flip_case(s, 'A') : s;
}
PyzStr *pyz_str_title(PyzStr *s) { return convert_case(s, CASE_TITLE); }
PyzStr *pyz_str_capitalize(PyzStr *s) { return convert_case(s, CASE_CAPITALIZE); }
PyzStr *pyz_str_swapcase(PyzStr *s) { return convert_case(s, CASE_SWAP); }
PyzStr *pyz_str_casefold(PyzStr *s) { return convert_case(s, CASE_FOLD); }

/* --------------------------------------------------------- predicates */

/* Every code point has one of the flags in mask (and the string is not empty). */
static bool all_flags(PyzStr *s, uint32_t mask) {
    int64_t len = s->len, p = 0;
    if (len == 0)
        return false;
    while (p < len) {
        int n;
        if (!(ucd(dec(s->data + p, &n)) & mask))
            return false;
        p += n;
    }
    return true;
}

static int is_space_cp(uint32_t c) { return is_space(c); }

static bool all_cp(PyzStr *s, int (*pred)(uint32_t)) {
    int64_t len = s->len, p = 0;
    if (len == 0)
        return false;
    while (p < len) {
        int n;
        if (!pred(dec(s->data + p, &n)))
            return false;
        p += n;
    }
    return true;
}

bool pyz_str_isdigit(PyzStr *s) { return all_flags(s, PYZ_UCD_DIGIT); }
bool pyz_str_isalpha(PyzStr *s) { return all_flags(s, PYZ_UCD_ALPHA); }
bool pyz_str_isalnum(PyzStr *s) {
    return all_flags(s, PYZ_UCD_ALPHA | PYZ_UCD_DECIMAL | PYZ_UCD_DIGIT | PYZ_UCD_NUMERIC);
}
bool pyz_str_isdecimal(PyzStr *s) { return all_flags(s, PYZ_UCD_DECIMAL); }
bool pyz_str_isnumeric(PyzStr *s) { return all_flags(s, PYZ_UCD_NUMERIC); }
bool pyz_str_isspace(PyzStr *s) { return all_cp(s, is_space_cp); }

/* CPython: no lowercase or titlecase character and at least one uppercase
 * one; islower the other way round. */
static bool cased_test(PyzStr *s, int want_upper) {
    int64_t len = s->len, p = 0;
    int cased = 0;
    uint32_t bad = PYZ_UCD_TITLE | (want_upper ? PYZ_UCD_LOWER : PYZ_UCD_UPPER);
    uint32_t good = want_upper ? PYZ_UCD_UPPER : PYZ_UCD_LOWER;
    while (p < len) {
        int n;
        uint32_t f = ucd(dec(s->data + p, &n));
        p += n;
        if (f & bad)
            return false;
        cased |= (f & good) != 0;
    }
    return cased;
}

bool pyz_str_isupper(PyzStr *s) { return cased_test(s, 1); }
bool pyz_str_islower(PyzStr *s) { return cased_test(s, 0); }

bool pyz_str_istitle(PyzStr *s) {
    int64_t len = s->len, p = 0;
    int cased = 0, prev_cased = 0;
    while (p < len) {
        int n;
        uint32_t f = ucd(dec(s->data + p, &n));
        p += n;
        if (f & (PYZ_UCD_UPPER | PYZ_UCD_TITLE)) {
            if (prev_cased)
                return false;
            prev_cased = cased = 1;
        } else if (f & PYZ_UCD_LOWER) {
            if (!prev_cased)
                return false;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return cased;
}

bool pyz_str_isidentifier(PyzStr *s) {
    int64_t len = s->len, p = 0;
    if (len == 0)
        return false;
    while (p < len) {
        int n;
        uint32_t f = ucd(dec(s->data + p, &n));
        if (!(f & (p == 0 ? PYZ_UCD_XID_START : PYZ_UCD_XID_CONTINUE)))
            return false;
        p += n;
    }
    return true;
}

/* --------------------------------------------------------------- strip */

typedef struct CharSet {
    uint64_t ascii[2]; /* bitmap of the ASCII members */
    PyzStr *chars;     /* NULL: whitespace */
} CharSet;

/* The bitmap of the last set of up to 16 bytes, kept with a copy of those bytes: a program
 * strips with the same characters again and again (`word.strip(".,;:!?")`), and building the
 * bitmap was half of each strip's time.  Keyed by the bytes, not the string's address, which a
 * later string may reuse once the collector has freed this one. */
static struct {
    int64_t len;  /* -1: empty */
    char bytes[16];
    uint64_t ascii[2];
} last_set = {-1, {0}, {0, 0}};

static void charset_init(CharSet *cs, PyzStr *chars) {
    cs->ascii[0] = cs->ascii[1] = 0;
    cs->chars = chars;
    if (!chars)
        return;
    int64_t n = chars->len;
    if (n == last_set.len && same_short(chars->data, last_set.bytes, n)) {
        cs->ascii[0] = last_set.ascii[0];
        cs->ascii[1] = last_set.ascii[1];
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        u8 b = (u8)chars->data[i];
        if (b < 0x80)
            cs->ascii[b >> 6] |= 1ULL << (b & 63);
    }
    if (n <= 16) {
        last_set.len = n;
        memcpy(last_set.bytes, chars->data, (size_t)n);
        last_set.ascii[0] = cs->ascii[0];
        last_set.ascii[1] = cs->ascii[1];
    }
}

static int charset_has(const CharSet *cs, uint32_t c) {
    if (!cs->chars)
        return is_space(c);
    if (c < 0x80)
        return (cs->ascii[c >> 6] >> (c & 63)) & 1;
    if (cs->chars->ascii)
        return 0;
    const char *d = cs->chars->data;
    for (int64_t p = 0; p < cs->chars->len;) {
        int n;
        if (dec(d + p, &n) == c)
            return 1;
        p += n;
    }
    return 0;
}

static PyzStr *do_strip(PyzStr *s, PyzStr *chars, int left, int right) {
    const char *d = s->data;
    int64_t b0 = 0, b1 = s->len;
    CharSet cs;
    charset_init(&cs, chars);
    if (s->ascii) {
        /* every byte a code point below 0x80: a bitmap test per byte */
        if (!chars)
            cs.ascii[0] = ASCII_SPACE_MASK;  /* the ASCII whitespace, all below 64 */
#define IN_SET(b) ((cs.ascii[(u8)(b) >> 6] >> ((u8)(b) & 63)) & 1)
        if (left)
            while (b0 < b1 && IN_SET(d[b0]))
                b0++;
        if (right)
            while (b1 > b0 && IN_SET(d[b1 - 1]))
                b1--;
#undef IN_SET
        return substr_b(s, b0, b1);
    }
    if (left)
        while (b0 < b1) {
            int n;
            if (!charset_has(&cs, dec(d + b0, &n)))
                break;
            b0 += n;
        }
    if (right)
        while (b1 > b0) {
            int n;
            int64_t q = prev_start(d, b1);
            if (!charset_has(&cs, dec(d + q, &n)))
                break;
            b1 = q;
        }
    return substr_b(s, b0, b1);
}

PyzStr *pyz_str_strip(PyzStr *s, PyzStr *chars) { return do_strip(s, chars, 1, 1); }
PyzStr *pyz_str_lstrip(PyzStr *s, PyzStr *chars) { return do_strip(s, chars, 1, 0); }
PyzStr *pyz_str_rstrip(PyzStr *s, PyzStr *chars) { return do_strip(s, chars, 0, 1); }

/* ------------------------------------------------------------- replace */

PyzStr *pyz_str_replace(PyzStr *s, PyzStr *old, PyzStr *new_, int64_t count) {
    if (count < 0)
        count = INT64_MAX;
    if (count == 0)
        return s;
    const char *d = s->data;
    int64_t len = s->len, m;
    if (old->len == 0) {
        /* new_ goes before each of the first `count` code points (and at
         * the end when count allows): 'abc'.replace('', '-') == '-a-b-c-' */
        m = count < s->ncp + 1 ? count : s->ncp + 1;
        if (new_->len == 0)
            return s;
        if (PYZ_UNLIKELY(new_->ncp > (INT64_MAX - s->ncp) / m))
            goto too_long;
        int64_t rlen;
        if (PYZ_UNLIKELY(__builtin_mul_overflow(m, new_->len, &rlen) || __builtin_add_overflow(rlen, len, &rlen)))
            rlen = -1;  /* a MemoryError */
        PyzStr *r = pyz_str_try_alloc(rlen, s->ncp + m * new_->ncp);
        if (PYZ_UNLIKELY(!r))
            return NULL;
        char *o = SBUF(r);
        int64_t p = 0;
        for (int64_t i = 0; i < m; i++) {
            memcpy(o, new_->data, (size_t)new_->len);
            o += new_->len;
            if (p < len) {
                int l = u8len((u8)d[p]);
                memcpy(o, d + p, (size_t)l);
                o += l;
                p += l;
            }
        }
        memcpy(o, d + p, (size_t)(len - p));
        return r;
    }
    m = 0;
    for (int64_t i = 0, b; m < count && (b = bfind(d + i, len - i, old->data, old->len)) >= 0;) {
        m++;
        i += b + old->len;
    }
    if (m == 0)
        return s;
    int64_t delta = new_->len - old->len, dcp = new_->ncp - old->ncp;
    if (PYZ_UNLIKELY(dcp > 0 && dcp > (INT64_MAX - s->ncp) / m))
        goto too_long;
    int64_t rlen;
    if (PYZ_UNLIKELY(__builtin_mul_overflow(m, delta, &rlen) || __builtin_add_overflow(rlen, len, &rlen)))
        rlen = -1;  /* a MemoryError */
    if (rlen == 0)
        return &str_empty;
    PyzStr *r = pyz_str_try_alloc(rlen, s->ncp + m * dcp);
    if (PYZ_UNLIKELY(!r))
        return NULL;
    char *o = SBUF(r);
    int64_t i = 0;
    for (int64_t k = 0; k < m; k++) {
        int64_t b = bfind(d + i, len - i, old->data, old->len);
        memcpy(o, d + i, (size_t)b);
        o += b;
        memcpy(o, new_->data, (size_t)new_->len);
        o += new_->len;
        i += b + old->len;
    }
    memcpy(o, d + i, (size_t)(len - i));
    return r;
too_long:
    pyz_raise(PYZ_EXC_OverflowError, "replace string is too long");
    return NULL;
}

/* ------------------------------------------------------------- padding */

/* left + right + s->ncp is a width the program gave (so it fits in int64_t); the bytes may not,
 * and may not be had: MemoryError, as CPython's pad(). */
static PyzStr *pad(PyzStr *s, int64_t left, int64_t right, PyzStr *fill) {
    const char *f = fill ? fill->data : " ";
    int64_t fl = fill ? fill->len : 1, len;
    if (PYZ_UNLIKELY(__builtin_mul_overflow(left + right, fl, &len) || __builtin_add_overflow(len, s->len, &len)))
        len = -1;
    PyzStr *r = pyz_str_try_alloc(len, s->ncp + left + right);
    if (PYZ_UNLIKELY(!r))
        return NULL;
    char *o = SBUF(r);
    if (fl == 1) {
        memset(o, f[0], (size_t)left);
        o += left;
    } else {
        for (int64_t i = 0; i < left; i++, o += fl)
            memcpy(o, f, (size_t)fl);
    }
    memcpy(o, s->data, (size_t)s->len);
    o += s->len;
    if (fl == 1)
        memset(o, f[0], (size_t)right);
    else
        for (int64_t i = 0; i < right; i++, o += fl)
            memcpy(o, f, (size_t)fl);
    return r;
}

static bool fill_ok(PyzStr *fill) {
    if (PYZ_UNLIKELY(fill && fill->ncp != 1)) {
        pyz_raise(PYZ_EXC_TypeError, "The fill character must be exactly one character long");
        return false;
    }
    return true;
}

PyzStr *pyz_str_center(PyzStr *s, int64_t width, PyzStr *fill) {
    if (!fill_ok(fill))
        return NULL;
    if (width <= s->ncp)
        return s;
    int64_t marg = width - s->ncp;
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(s, left, marg - left, fill);
}

PyzStr *pyz_str_ljust(PyzStr *s, int64_t width, PyzStr *fill) {
    if (!fill_ok(fill))
        return NULL;
    return width <= s->ncp ? s : pad(s, 0, width - s->ncp, fill);
}

PyzStr *pyz_str_rjust(PyzStr *s, int64_t width, PyzStr *fill) {
    if (!fill_ok(fill))
        return NULL;
    return width <= s->ncp ? s : pad(s, width - s->ncp, 0, fill);
}

PyzStr *pyz_str_zfill(PyzStr *s, int64_t width) {
    if (width <= s->ncp)
        return s;
    int64_t fill = width - s->ncp;
    PyzStr *r = pad(s, fill, 0, ascii_char('0'));
    if (PYZ_UNLIKELY(!r))
        return NULL;
    char *o = SBUF(r);
    if (s->len > 0 && (s->data[0] == '+' || s->data[0] == '-')) {
        o[0] = s->data[0];
        o[fill] = '0';
    }
    return r;
}

/* --------------------------------------------------------------- split */

static void list_reverse(PyzList_str *l) {
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        PyzStr *t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

/* Is the code point at byte p whitespace?  Sets *n to its length. */
static inline int space_at(const char *d, int64_t p, int *n) {
    u8 b = (u8)d[p];
    if (PYZ_LIKELY(b < 0x80)) {
        *n = 1;
        return ascii_space(b);
    }
    return is_space(dec(d + p, n));
}

/* Is the code point ending just before byte e whitespace?  Sets *q to its start. */
static inline int space_before(const char *d, int64_t e, int64_t *q) {
    u8 b = (u8)d[e - 1];
    if (PYZ_LIKELY(b < 0x80)) {
        *q = e - 1;
        return ascii_space(b);
    }
    int n;
    *q = prev_start(d, e);
    return is_space(dec(d + *q, &n));
}

/* The first byte from i that is not whitespace, and the first that is (len when none): a byte is a
 * code point in ASCII text, where the whitespace test is a bit. */
static inline int64_t skip_space(const PyzStr *s, int64_t i) {
    const char *d = s->data;
    int64_t len = s->len;
    int n;
    if (s->ascii) {
        while (i < len && ascii_space((u8)d[i]))
            i++;
    } else {
        while (i < len && space_at(d, i, &n))
            i += n;
    }
    return i;
}

static inline int64_t skip_word(const PyzStr *s, int64_t i) {
    const char *d = s->data;
    int64_t len = s->len;
    int n;
    if (s->ascii) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* eight bytes at a time to the first at or below ' ' (every ASCII space is: the SWAR
         * less-than test, exact for the lowest such byte), which ends the word if it is a space */
        const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        while (len - i >= 8) {
            uint64_t w;
            memcpy(&w, d + i, 8);
            uint64_t t = (w - ones * 0x21) & ~w & highs;
            if (!t) {
                i += 8;
                continue;
            }
            i += __builtin_ctzll(t) >> 3;
            if (ascii_space((u8)d[i]))
                return i;
            i++;
        }
#endif
        while (i < len && !ascii_space((u8)d[i]))
            i++;
    } else {
        while (i < len && !space_at(d, i, &n))
            i += n;
    }
    return i;
}

/* A new list for split's pieces: room for 12 at once, as CPython's split (which keeps the room too). */
static PyzList_str *split_list(int64_t maxsplit) {
    return pyz_list_str_alloc(maxsplit >= 0 && maxsplit < 11 ? maxsplit + 1 : 12);
}

PyzList_str *pyz_str_split(PyzStr *s, PyzStr *sep, int64_t maxsplit) {
    return pyz_str_split_into(split_list(maxsplit), s, sep, maxsplit);
}

/* A piece s[i..j) of what split cuts: s is a str, or (owner not NULL) a view of bytes of owner on the
 * stack (view_of), whose pieces are strs of their own even when one is all of it. */
static inline __attribute__((always_inline)) PyzStr *piece_of(PyzStr *s, PyzStr *owner, int64_t i, int64_t j) {
    if (owner && j - i == s->len)
        return s->len == owner->len ? owner : str_from(s->data + i, j - i, s->ascii ? j - i : count_cp(s->data + i, j - i));
    return substr_b(s, i, j);
}

/* owner[b0..b1) (bytes, at code point boundaries; to the end when b1 < 0) as a str that lives on the
 * stack, for the split functions of a piece (passes/split_piece_ranges.py): no str made for the piece.
 * It says ASCII when its owner does (else it is read as UTF-8); its ncp is not kept. */
static inline PyzStr view_of(PyzStr *owner, int64_t b0, int64_t b1) {
    PyzStr v = {(b1 < 0 ? owner->len : b1) - b0, -1, -1, owner->ascii, 0, owner->data + b0};
    return v;
}

/* split's pieces appended to l, an empty list (one in the caller's frame: passes/frame_lists.py); l, or
 * NULL with ValueError pending.  s is a str or (owner not NULL) a view of owner's bytes (piece_of). */
static inline __attribute__((always_inline)) PyzList_str *split_into(PyzList_str *l, PyzStr *s, PyzStr *owner,
                                                                     PyzStr *sep, int64_t maxsplit) {
    const char *d = s->data;
    int64_t len = s->len, i = 0, j;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    if (sep == NULL) {
        while (maxsplit-- > 0) {
            i = skip_space(s, i);
            if (i == len)
                break;
            j = i;
            i = skip_word(s, i);
            pyz_list_str_push(l, piece_of(s, owner, j, i));
        }
        i = skip_space(s, i);
        if (i != len)
            pyz_list_str_push(l, piece_of(s, owner, i, len));
        return l;
    }
    if (PYZ_UNLIKELY(sep->len == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "empty separator");
        return NULL;
    }
    if (sep->len == 1) {  /* one byte: memchr */
        const char *p;
        while (maxsplit-- > 0 && (p = pyz_memchr(d + i, (u8)sep->data[0], len - i)) != NULL) {
            j = p - d;
            pyz_list_str_push(l, piece_of(s, owner, i, j));
            i = j + 1;
        }
    } else {
        while (maxsplit-- > 0 && (j = bfind(d + i, len - i, sep->data, sep->len)) >= 0) {
            pyz_list_str_push(l, piece_of(s, owner, i, i + j));
            i += j + sep->len;
        }
    }
    pyz_list_str_push(l, piece_of(s, owner, i, len));
    return l;
}

PyzList_str *pyz_str_split_into(PyzList_str *l, PyzStr *s, PyzStr *sep, int64_t maxsplit) {
    return split_into(l, s, NULL, sep, maxsplit);
}

PyzList_str *pyz_str_split_range(PyzStr *s, int64_t b0, int64_t b1, PyzStr *sep, int64_t maxsplit) {
    PyzStr v = view_of(s, b0, b1);
    return split_into(split_list(maxsplit), &v, s, sep, maxsplit);
}

PyzList_str *pyz_str_split_range_into(PyzList_str *l, PyzStr *s, int64_t b0, int64_t b1, PyzStr *sep, int64_t maxsplit) {
    PyzStr v = view_of(s, b0, b1);
    return split_into(l, &v, s, sep, maxsplit);
}

/* The number of words of ASCII text d[0..len): the bytes that are not whitespace and follow one that
 * is (or start the text).  Eight bytes at a time, as flags in each byte's high bit, exact for ASCII
 * bytes (no borrow crosses a byte that has its high bit set first), when all eight are a space or
 * above it (' ' and '!' .. '~'); eight holding another byte below '!' (a tab, a line break, a control
 * byte) go one at a time. */
static inline int64_t word_starts(const char *d, int64_t i, int64_t end, int *prev_space) {
    int64_t n = 0;
    for (; i < end; i++) {
        int sp = ascii_space((u8)d[i]);
        n += *prev_space & !sp;
        *prev_space = sp;
    }
    return n;
}

static int64_t ascii_words(const char *d, int64_t len) {
    int64_t n = 0, i = 0;
    int prev_space = 1;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    for (; len - i >= 8; i += 8) {
        uint64_t w;
        memcpy(&w, d + i, 8);
        uint64_t word = ((w | highs) - ones * 0x21) & highs;          /* byte >= '!' */
        uint64_t space = ~(((w ^ ones * 0x20) | highs) - ones) & highs; /* byte == ' ' */
        if (PYZ_UNLIKELY((word | space) != highs)) {
            n += word_starts(d, i, i + 8, &prev_space);
            continue;
        }
        /* a word starts at each byte >= '!' whose previous byte is a space */
        uint64_t before = (space << 8) | ((uint64_t)prev_space << 7);
        n += __builtin_popcountll(word & before);
        prev_space = (int)(space >> 63);
    }
#endif
    return n + word_starts(d, i, len, &prev_space);
}

/* The number of pieces pyz_str_split would give, none of them made (`len(s.split())`, a list from
 * split only measured: passes/count_split_pieces.py). */
int64_t pyz_str_split_count(PyzStr *s, PyzStr *sep, int64_t maxsplit) {
    const char *d = s->data;
    int64_t len = s->len, i = 0, j, n = 0;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    if (sep == NULL) {
        if (s->ascii && maxsplit == INT64_MAX)
            return ascii_words(d, len);
        while (maxsplit-- > 0) {
            i = skip_space(s, i);
            if (i == len)
                return n;
            n++;
            i = skip_word(s, i);
        }
        return skip_space(s, i) != len ? n + 1 : n;
    }
    if (PYZ_UNLIKELY(sep->len == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "empty separator");
        return 0;
    }
    if (sep->len == 1) {
        const char *p;
        while (maxsplit-- > 0 && (p = pyz_memchr(d + i, (u8)sep->data[0], len - i)) != NULL) {
            i = p - d + 1;
            n++;
        }
    } else {
        while (maxsplit-- > 0 && (j = bfind(d + i, len - i, sep->data, sep->len)) >= 0) {
            i += j + sep->len;
            n++;
        }
    }
    return n + 1;
}

int64_t pyz_str_split_count_range(PyzStr *s, int64_t b0, int64_t b1, PyzStr *sep, int64_t maxsplit) {
    PyzStr v = view_of(s, b0, b1);
    return pyz_str_split_count(&v, sep, maxsplit);
}

PyzList_str *pyz_str_rsplit(PyzStr *s, PyzStr *sep, int64_t maxsplit) {
    PyzList_str *l = pyz_list_str_alloc(4);
    const char *d = s->data;
    int64_t e = s->len, j, q;
    if (maxsplit < 0)
        maxsplit = INT64_MAX;
    if (sep == NULL) {
        /* e: end (exclusive) of the part not yet consumed */
        while (maxsplit-- > 0) {
            while (e > 0 && space_before(d, e, &q))
                e = q;
            if (e == 0)
                break;
            j = e;
            while (e > 0 && !space_before(d, e, &q))
                e = q;
            pyz_list_str_push(l, substr_b(s, e, j));
        }
        if (e > 0) {
            while (e > 0 && space_before(d, e, &q))
                e = q;
            if (e > 0)
                pyz_list_str_push(l, substr_b(s, 0, e));
        }
        list_reverse(l);
        return l;
    }
    if (PYZ_UNLIKELY(sep->len == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "empty separator");
        return NULL;
    }
    while (maxsplit-- > 0 && (j = brfind(d, e, sep->data, sep->len)) >= 0) {
        pyz_list_str_push(l, substr_b(s, j + sep->len, e));
        e = j;
    }
    pyz_list_str_push(l, substr_b(s, 0, e));
    list_reverse(l);
    return l;
}

/* The end of the line starting at byte i of d[0..len): the offset of its line break (len when it
 * has none), and in *next the offset after that break. */
static inline int64_t line_end(const char *d, int64_t len, int64_t i, int64_t *next) {
#ifdef PYZ_VEC16
    vec16 bound = vec16_splat(0x1F);  /* every line break is below 0x1F or not ASCII */
#endif
    int n = 1;
    for (; i < len; i += n) {
#ifdef PYZ_VEC16
        uint64_t m;
        while (len - i >= 16 && !(m = low_or_high_mask16(d + i, bound)))
            i += 16;
        if (len - i >= 16)
            i += __builtin_ctzll(m) >> MASK_SHIFT;  /* the first byte that may break a line */
        else if (i == len)
            break;
#endif
        u8 b = (u8)d[i];
        if (b < 0x80) {
            n = 1;
            if (b <= 0x1E && is_linebreak(b))
                break;
        } else if (is_linebreak(dec(d + i, &n))) {
            break;
        }
    }
    *next = i < len ? i + ((d[i] == '\r' && i + 1 < len && d[i + 1] == '\n') ? 2 : n) : len;
    return i;
}

PyzList_str *pyz_str_splitlines(PyzStr *s) {
    PyzList_str *l = pyz_list_str_alloc(4);
    int64_t i = 0;
    while (i < s->len) {
        int64_t next, eol = line_end(s->data, s->len, i, &next);
        pyz_list_str_push(l, substr_b(s, i, eol));
        i = next;
    }
    return l;
}

/* ---- split and splitlines one piece at a time, by byte offsets: `for w in s.split()` with no list
 * (ir/build_iteration.py, split_cursor) */

void pyz_str_split_check(PyzStr *sep) {
    if (PYZ_UNLIKELY(sep->len == 0))
        pyz_raise(PYZ_EXC_ValueError, "empty separator");
}

/* where sep next occurs in s from byte i, -1 if nowhere */
int64_t pyz_str_split_find(PyzStr *s, PyzStr *sep, int64_t i) {
    if (PYZ_UNLIKELY(i < 0)) return -1;  /* after the last piece (a, b, c = s.split(sep)) */
    int64_t j = bfind(s->data + i, s->len - i, sep->data, sep->len);
    return j < 0 ? -1 : i + j;
}

/* a, b, c = s.split(sep): last is where the n-th piece starts (-1: s has fewer); CPython's ValueError
 * unless it is the last one. */
void pyz_str_split_unpack_check(PyzStr *s, PyzStr *sep, int64_t last, int64_t n) {
    if (PYZ_LIKELY(last >= 0) && pyz_str_split_find(s, sep, last) < 0) return;
    pyz_unpack_check(pyz_str_count(s, sep) + 1, n);
}

/* a, b, c = s.split(): the n-th word is s[start:end] (start == len(s): s has fewer); CPython's
 * ValueError unless it is the last one. */
void pyz_str_words_unpack_check(PyzStr *s, int64_t start, int64_t end, int64_t n) {
    if (PYZ_LIKELY(start < s->len) && skip_space(s, end) == s->len) return;
    int64_t words = 0;
    for (int64_t i = skip_space(s, 0); i < s->len; i = skip_space(s, skip_word(s, i))) words++;
    pyz_unpack_check(words, n);
}

/* s[i:j] by bytes; to the end when j < 0 */
PyzStr *pyz_str_piece(PyzStr *s, int64_t i, int64_t j) { return substr_b(s, i, j < 0 ? s->len : j); }

/* the first byte from i that is not whitespace (len(s) in bytes when none) */
int64_t pyz_str_word_start(PyzStr *s, int64_t i) { return skip_space(s, i); }

/* the end of the word starting at byte i: the next whitespace, or the end */
int64_t pyz_str_word_end(PyzStr *s, int64_t i) { return skip_word(s, i); }

/* the offset of the line break ending the line at byte i (len(s) in bytes when none) */
int64_t pyz_str_line_end(PyzStr *s, int64_t i) {
    int64_t next;
    return line_end(s->data, s->len, i, &next);
}

/* the offset after the line break at byte eol (a line end) */
int64_t pyz_str_line_next(PyzStr *s, int64_t eol) {
    if (eol >= s->len)
        return s->len;
    int64_t next;
    line_end(s->data, s->len, eol, &next);
    return next;
}

PyzStr *pyz_str_join(PyzStr *sep, PyzList_str *items) {
    int64_t n = items->len;
    if (n == 0)
        return &str_empty;
    if (n == 1)
        return items->items[0];
    /* A str has no more code points than bytes, so the count of code points cannot wrap unless the
     * length does (and is summed unsigned, so that it is defined when it does). */
    PyzStr **its = items->items;
    int64_t len;
    uint64_t ncp = (uint64_t)sep->ncp * (uint64_t)(n - 1);
    bool wrap = __builtin_mul_overflow(sep->len, n - 1, &len);
    for (int64_t i = 0; i < n; i++) {
        wrap |= __builtin_add_overflow(len, its[i]->len, &len);
        ncp += (uint64_t)its[i]->ncp;
    }
    if (PYZ_UNLIKELY(wrap)) {
        pyz_raise(PYZ_EXC_OverflowError, "join() result is too long for a Python string");
        return NULL;
    }
    if (len == 0)
        return &str_empty;
    PyzStr *r = pyz_str_try_alloc(len, (int64_t)ncp);  /* the same string many times can ask for more than there is */
    if (PYZ_UNLIKELY(!r))
        return NULL;
    char *o = SBUF(r);
    pyz_copy_bytes(o, its[0]->data, its[0]->len);
    o += its[0]->len;
    if (sep->len == 1) {  /* ",".join(fields): one byte stored, not copied */
        char c = sep->data[0];
        for (int64_t i = 1; i < n; i++) {
            *o++ = c;
            pyz_copy_bytes(o, its[i]->data, its[i]->len);
            o += its[i]->len;
        }
        return r;
    }
    for (int64_t i = 1; i < n; i++) {
        pyz_copy_bytes(o, sep->data, sep->len);
        o += sep->len;
        pyz_copy_bytes(o, its[i]->data, its[i]->len);
        o += its[i]->len;
    }
    return r;
}

/* ------------------------------------------------------------ str list */

PyzList_str *pyz_list_str_alloc(int64_t cap) {
    if (cap < 0)
        cap = 0;
    PyzList_str *l = (PyzList_str *)pyz_gc_alloc(sizeof(PyzList_str));
    l->cap = cap;
    l->items = cap ? (PyzStr **)pyz_gc_alloc((size_t)cap * sizeof(PyzStr *)) : NULL;
    return l;
}

void pyz_list_str_push(PyzList_str *l, PyzStr *item) {
    if (PYZ_UNLIKELY(l->len == l->cap)) {
        int64_t cap = l->cap ? l->cap * 2 : 4;
        PyzStr **items = (PyzStr **)pyz_gc_alloc((size_t)cap * sizeof(PyzStr *));
        if (l->len)
            memcpy(items, l->items, (size_t)l->len * sizeof(PyzStr *));
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = item;
}

/* ------------------------------------------------------------- builder */

/* The buffer is the data part of a would-be string block: sizeof(PyzStr)
 * bytes of room for the header, then cap bytes, then one for the NUL. */

/* parts[0] + ... + parts[n-1] (an f-string): the length first, then one block of exactly that
 * size, where a builder grew twice and copied for a line of 70 bytes. */
PyzStr *pyz_str_concat_n(PyzStr *const *parts, int32_t n) {
    int64_t len = 0, ncp = 0;
    for (int32_t i = 0; i < n; i++) {
        len += parts[i]->len;
        ncp += parts[i]->ncp;
    }
    if (len <= 1) {
        for (int32_t i = 0; i < n; i++)
            if (parts[i]->len)
                return parts[i];
        return &str_empty;
    }
    PyzStr *r = str_alloc(len, ncp);
    char *o = SBUF(r);
    for (int32_t i = 0; i < n; i++) {
        pyz_copy_bytes(o, parts[i]->data, parts[i]->len);
        o += parts[i]->len;
    }
    return r;
}

void pyz_sb_init(PyzStrBuilder *sb) {
    sb->buf = NULL;
    sb->len = 0;
    sb->cap = 0;
    sb->ncp = 0;
    sb->ascii = 1;
}

static void sb_grow(PyzStrBuilder *sb, int64_t need) {
    int64_t cap = sb->cap ? sb->cap * 2 : 56;
    while (cap < need)
        cap *= 2;
    char *blk = (char *)pyz_gc_alloc_atomic_raw(sizeof(PyzStr) + (size_t)cap + 1);
    char *nb = blk + sizeof(PyzStr);
    if (sb->len)
        memcpy(nb, sb->buf, (size_t)sb->len);
    sb->buf = nb;
    sb->cap = cap;
}

void pyz_sb_add_str(PyzStrBuilder *sb, PyzStr *s) {
    if (PYZ_UNLIKELY(s == NULL))
        return; /* the repr of an item raised: the caller tests the pending exception next */
    int64_t n = s->len;
    if (PYZ_UNLIKELY(n == 0))
        return; /* (buf may still be NULL) */
    if (PYZ_UNLIKELY(sb->len + n > sb->cap))
        sb_grow(sb, sb->len + n);
    memcpy(sb->buf + sb->len, s->data, (size_t)n);
    sb->len += n;
    sb->ncp += s->ncp;
    sb->ascii = sb->len == sb->ncp;
}

void pyz_sb_add_bytes(PyzStrBuilder *sb, const char *data, int64_t len) {
    if (PYZ_UNLIKELY(len <= 0))
        return;
    if (PYZ_UNLIKELY(sb->len + len > sb->cap))
        sb_grow(sb, sb->len + len);
    memcpy(sb->buf + sb->len, data, (size_t)len);
    sb->len += len;
    sb->ncp += count_cp(data, len);
    sb->ascii = sb->len == sb->ncp;
}

void pyz_sb_add_cstr(PyzStrBuilder *sb, const char *s) { pyz_sb_add_bytes(sb, s, (int64_t)strlen(s)); }

PyzStr *pyz_sb_finish(PyzStrBuilder *sb) {
    int64_t len = sb->len;
    PyzStr *r;
    if (len <= 1) {
        r = len == 1 ? ascii_char((u8)sb->buf[0]) : &str_empty;
    } else if (sb->cap - len > 64 && sb->cap > 2 * len) {
        /* mostly empty: copy rather than keep the slack alive */
        r = str_from(sb->buf, len, sb->ncp);
    } else {
        r = (PyzStr *)(sb->buf - sizeof(PyzStr));
        r->len = len;
        r->ncp = sb->ncp;
        r->hash = -1;
        r->ascii = len == sb->ncp;
        r->buffered = 0;
        sb->buf[len] = 0;
        r->data = sb->buf;
    }
    pyz_sb_init(sb);
    return r;
}

/* ---- iter() of a list or a str: the iterator is a sequence and a position. */
PyzIter *pyz_iter_new(void *seq) {
    PyzIter *it = pyz_gc_alloc(sizeof *it);
    it->seq = seq;
    return it;
}

bool pyz_str_iter_more(PyzIter *it) {
    return it->pos < ((PyzStr *)it->seq)->len;
}

PyzStr *pyz_str_iter_next(PyzIter *it) {
    PyzStr *s = it->seq;
    unsigned char c = (unsigned char)s->data[it->pos];
    int64_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;  /* valid UTF-8: the lead byte gives the length */
    PyzStr *ch = pyz_str_new(s->data + it->pos, n);
    it->pos += n;
    return ch;
}

void pyz_unpack_check(int64_t len, int64_t n) {
    char buf[128];
    if (len == n) return;
    if (len < n)
        pyz_msgf(buf, sizeof buf, "not enough values to unpack (expected %lld, got %lld)", (long long)n, (long long)len);
    else
        pyz_msgf(buf, sizeof buf, "too many values to unpack (expected %lld)", (long long)n);
    pyz_raise(PYZ_EXC_ValueError, buf);
}

/* fmt % t for a tuple t of any length: CPython's TypeError unless it has as many items as fmt has fields. */
void pyz_percent_arity(int64_t len, int64_t fields) {
    if (len < fields) pyz_raise(PYZ_EXC_TypeError, "not enough arguments for format string");
    else if (len > fields) pyz_raise(PYZ_EXC_TypeError, "not all arguments converted during string formatting");
}

/* sep.join(items) where item i is None: CPython's TypeError. */
void pyz_join_none_item(int64_t i) {
    char buf[96];
    pyz_msgf(buf, sizeof buf, "sequence item %lld: expected str instance, NoneType found", (long long)i);
    pyz_raise(PYZ_EXC_TypeError, buf);
}

/* `a, *rest, b = xs`: xs must hold at least n items (the names around the star). */
void pyz_unpack_check_star(int64_t len, int64_t n) {
    char buf[128];
    if (len >= n) return;
    pyz_msgf(buf, sizeof buf, "not enough values to unpack (expected at least %lld, got %lld)", (long long)n, (long long)len);
    pyz_raise(PYZ_EXC_ValueError, buf);
}

/* ------------------------------------------- ranges, affixes, partition */

/* CPython's ADJUST_INDICES: slice-like clamping of start/end to [0, len]. */
static void adjust_range(int64_t len, int64_t *start, int64_t *end) {
    if (*end > len)
        *end = len;
    else if (*end < 0 && (*end += len) < 0)
        *end = 0;
    if (*start < 0 && (*start += len) < 0)
        *start = 0;
}

/* s[start:end] as a view sharing s's bytes (not NUL-terminated: only for
 * the length-based searches above), or false when CPython answers "no
 * match" without looking: fewer than need code points in the range. */
static bool range_view(PyzStr *s, int64_t start, int64_t end, int64_t need, PyzStr *view, int64_t *cp0) {
    adjust_range(s->ncp, &start, &end);
    if (end - start < need)
        return false;
    int64_t b0 = cp_offset(s, start), b1 = cp_offset(s, end);
    view->len = b1 - b0;
    view->ncp = end - start;
    view->hash = -1;
    view->ascii = view->len == view->ncp;
    view->buffered = 0;
    view->data = s->data + b0;
    *cp0 = start;
    return true;
}

int64_t pyz_str_find_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end) {
    PyzStr v;
    int64_t cp0;
    if (!range_view(s, start, end, sub->ncp, &v, &cp0))
        return -1;
    int64_t i = pyz_str_find(&v, sub);
    return i < 0 ? i : i + cp0;
}

int64_t pyz_str_rfind_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end) {
    PyzStr v;
    int64_t cp0;
    if (!range_view(s, start, end, sub->ncp, &v, &cp0))
        return -1;
    int64_t i = pyz_str_rfind(&v, sub);
    return i < 0 ? i : i + cp0;
}

int64_t pyz_str_rindex(PyzStr *s, PyzStr *sub) {
    int64_t i = pyz_str_rfind(s, sub);
    if (PYZ_UNLIKELY(i < 0))
        pyz_raise(PYZ_EXC_ValueError, "substring not found");
    return i;
}

int64_t pyz_str_index_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end) {
    int64_t i = pyz_str_find_in(s, sub, start, end);
    if (PYZ_UNLIKELY(i < 0))
        pyz_raise(PYZ_EXC_ValueError, "substring not found");
    return i;
}

int64_t pyz_str_rindex_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end) {
    int64_t i = pyz_str_rfind_in(s, sub, start, end);
    if (PYZ_UNLIKELY(i < 0))
        pyz_raise(PYZ_EXC_ValueError, "substring not found");
    return i;
}

int64_t pyz_str_count_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end) {
    PyzStr v;
    int64_t cp0;
    if (!range_view(s, start, end, sub->ncp, &v, &cp0))
        return 0;
    return pyz_str_count(&v, sub);
}

bool pyz_str_startswith_in(PyzStr *s, PyzStr *prefix, int64_t start, int64_t end) {
    PyzStr v;
    int64_t cp0;
    return range_view(s, start, end, prefix->ncp, &v, &cp0) && pyz_str_startswith(&v, prefix);
}

bool pyz_str_endswith_in(PyzStr *s, PyzStr *suffix, int64_t start, int64_t end) {
    PyzStr v;
    int64_t cp0;
    return range_view(s, start, end, suffix->ncp, &v, &cp0) && pyz_str_endswith(&v, suffix);
}

PyzStr *pyz_str_removeprefix(PyzStr *s, PyzStr *prefix) {
    return pyz_str_startswith(s, prefix) ? substr_b(s, prefix->len, s->len) : s;
}

PyzStr *pyz_str_removesuffix(PyzStr *s, PyzStr *suffix) {
    return suffix->len > 0 && pyz_str_endswith(s, suffix) ? substr_b(s, 0, s->len - suffix->len) : s;
}

/* (head, sep, tail) as a 3-item list; the compiler makes the tuple. */
static PyzList_str *partition(PyzStr *s, PyzStr *sep, int from_right) {
    if (PYZ_UNLIKELY(sep->len == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "empty separator");
        return NULL;
    }
    PyzList_str *l = pyz_list_str_alloc(3);
    int64_t b = from_right ? brfind(s->data, s->len, sep->data, sep->len)
                           : bfind(s->data, s->len, sep->data, sep->len);
    if (b < 0) {
        pyz_list_str_push(l, from_right ? &str_empty : s);
        pyz_list_str_push(l, &str_empty);
        pyz_list_str_push(l, from_right ? s : &str_empty);
    } else {
        pyz_list_str_push(l, substr_b(s, 0, b));
        pyz_list_str_push(l, sep);
        pyz_list_str_push(l, substr_b(s, b + sep->len, s->len));
    }
    return l;
}

PyzList_str *pyz_str_partition(PyzStr *s, PyzStr *sep) { return partition(s, sep, 0); }
PyzList_str *pyz_str_rpartition(PyzStr *s, PyzStr *sep) { return partition(s, sep, 1); }

/* str.expandtabs: columns restart after \n and \r, as CPython counts them.  As CPython's: tabsize
 * is a C int (OverflowError beyond), the result's length is measured first (OverflowError "result
 * too long" past INT64_MAX) and then allocated (MemoryError when it cannot be had). */
PyzStr *pyz_str_expandtabs(PyzStr *s, int64_t tabsize) {
    if (PYZ_UNLIKELY(tabsize > INT32_MAX || tabsize < INT32_MIN)) {
        pyz_raise(PYZ_EXC_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    const char *d = s->data;
    const char *tab = pyz_memchr(d, '\t', s->len);
    if (!tab)
        return s;
    int64_t col = 0, i = 0, ncp = 0;
    uint64_t bytes = 0;  /* <= s->len + ncp: no wrap */
    while (i < s->len) {
        int n;
        uint32_t c = dec(d + i, &n);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                if (ncp > INT64_MAX - incr)
                    goto overflow;
                col += incr;
                ncp += incr;
                bytes += (uint64_t)incr;
            }
        } else {
            if (ncp > INT64_MAX - 1)
                goto overflow;
            col++;
            ncp++;
            bytes += (uint64_t)n;
            if (c == '\n' || c == '\r')
                col = 0;
        }
        i += n;
    }
    PyzStr *r = pyz_str_try_alloc(bytes > INT64_MAX ? -1 : (int64_t)bytes, ncp);
    if (PYZ_UNLIKELY(!r))
        return NULL;
    char *o = SBUF(r);
    col = 0;
    i = 0;
    while (i < s->len) {
        int n;
        uint32_t c = dec(d + i, &n);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                memset(o, ' ', (size_t)incr);
                o += incr;
                col += incr;
            }
        } else {
            memcpy(o, d + i, (size_t)n);
            o += n;
            col++;
            if (c == '\n' || c == '\r')
                col = 0;
        }
        i += n;
    }
    return r;
overflow:
    pyz_raise(PYZ_EXC_OverflowError, "result too long");
    return NULL;
}

PyzList_str *pyz_str_splitlines_keepends(PyzStr *s, bool keepends) {
    if (!keepends)
        return pyz_str_splitlines(s);
    PyzList_str *l = pyz_list_str_alloc(4);
    const char *d = s->data;
    int64_t len = s->len, i = 0;
    while (i < len) {
        int64_t j = i;
        int n = 1;
        for (; i < len; i += n) {
            if (is_linebreak(dec(d + i, &n)))
                break;
        }
        if (i < len)
            i += (d[i] == '\r' && i + 1 < len && d[i + 1] == '\n') ? 2 : n;
        pyz_list_str_push(l, substr_b(s, j, i));
    }
    return l;
}

bool pyz_str_isascii(PyzStr *s) { return s->ascii != 0; }
bool pyz_str_isprintable(PyzStr *s) {
    int64_t p = 0;
    while (p < s->len) {
        int n;
        if (!is_printable(dec(s->data + p, &n)))
            return false;
        p += n;
    }
    return true;
}

/* %c of an int and of a str */
PyzStr *pyz_str_percent_char(int64_t cp) {
    if (PYZ_UNLIKELY(cp < 0 || cp >= 0x110000)) {
        pyz_raise(PYZ_EXC_OverflowError, "%c arg not in range(0x110000)");
        return NULL;
    }
    return pyz_str_chr(cp);
}

PyzStr *pyz_str_percent_char_str(PyzStr *s) {
    if (PYZ_UNLIKELY(s->ncp != 1)) {
        pyz_raise(PYZ_EXC_TypeError, "%c requires int or char");
        return NULL;
    }
    return s;
}
