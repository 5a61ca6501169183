/* pyz.h - everything the code that pyzc generates may call.
 *
 * One source of truth: the compiler reads this header with pycparser (after
 * `zig cc -E`) to build its table of runtime functions and their C
 * signatures, and a test keeps the two in step.  Keep it plain C99: no GNU
 * statement expressions, no attributes in declarations (macros are fine,
 * they are expanded before pycparser sees the text).
 *
 * Prefixes, one per concern (Lua style):
 *   pyz_gc_*    gc.c      allocation and the tracing collector
 *   pyz_str_*   str.c     immutable UTF-8 strings
 *   pyz_ucd_*   unicode_db.c  Unicode properties and case mappings (generated)
 *   pyz_sb_*    str.c     string builder used by f-strings, join, repr
 *   pyz_fmt_* / pyz_*_repr / pyz_*_format   format.c   number <-> text
 *   pyz_exc_* / pyz_raise*  exc.c   pending exception, tracebacks
 *   pyz_msgf    msg.c     error messages formatted without printf (keeps musl's printf out)
 *   pyz_write_* / pyz_print_* / pyz_err_*  print.c  buffered stdout, the runtime's stderr
 *   pyz_int_* / pyz_float_*  arith.c + inline below: Python arithmetic
 *   pyz_num_*             num.c + inline: numbers of several types (int | float | bool)
 *   pyz_long_*  long.c    arbitrary-precision ints (past 64 bits)
 *   pyz_int_*_slow / pyz_bigint_*  int.c  an int word's promotion to a PyzLong and back
 *   pyz_rt_*    rt.c      start-up, shutdown, the recursion guard
 *   pyz_pgo_*   pgo.c     counters of an instrumented (--profile pgo) build
 *   pyz_math_* / pyz_fsum_* / pyz_dist_*  math.c  the math module (fsum's exact partials, dist's coordinates)
 *   pyz_glibc_*  glibc_math.c  glibc's libm functions written out (its results bit for bit)
 *   pyz_trig_*  trig.c    sin, cos, tan, atan, atan2, asin, acos, correctly rounded
 *   pyz_explog_*  explog.c  exp and log2 correctly rounded, log10 by glibc's formula
 *   pyz_stats_* stats.c   exact sums for the statistics module
 *   pyz_time_*  time.c    the time module's clocks and sleep
 *               strftime.c  localtime/gmtime fields, strftime (pyz_time_tm_*, pyz_time_strftime_tm)
 *   pyz_os_*    os.c      os's file-system calls, the environment; os.path.getmtime, islink
 *   pyz_itertools_*  itertools.c  index vectors of product/combinations/permutations
 *   pyz_file_* / pyz_sys_std* / pyz_input / pyz_os_path_*   file.c   text files, stdin, os.path
 *   pyz_codec_*  codec.c  UTF-8 in and out with CPython's error handlers (surrogates)
 *   pyz_struct_* struct.c  the struct module's items, packed and unpacked
 *   pyz_array_*  array.c   the array module: typecode checks, tobytes
 *   pyz_hash_*   hash.c    hashlib's md5, sha1, SHA-2
 *   pyz_pprint_* pprint.c  pprint's line breaking, over a repr
 *   pyz_json_*   json.c    json's escaping of strs
 *   pyz_localtime_*  localtime.c  the local time zone's offset (pylib/datetime.py)
 *
 * Error convention (DESIGN.md "Errors in C"): a function that can raise sets
 * the pending exception (pyz_exc_pending != 0) and returns a dummy value; the
 * caller tests pyz_exc_pending and jumps to its error label.
 */
#ifndef PYZ_H
#define PYZ_H

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <math.h>

#define PYZ_LIKELY(x) __builtin_expect(!!(x), 1)
#define PYZ_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* On the definition of a runtime function that runs rarely (an error message, a str with a surrogate):
 * cold, which clang optimises for size, because -O3 vectorised such functions' short loops into KBs
 * that every binary carried.  Nothing at -Oz (min-size), where cold made them larger. */
#ifdef __OPTIMIZE_SIZE__
#define PYZ_RARE
#else
#define PYZ_RARE __attribute__((cold))
#endif

/* ---------------------------------------------------------------- gc.c */
/* Conservative mark-sweep collector.  Roots: the C stack between the
 * current frame and the bottom given to pyz_gc_init (registers are spilled
 * first), plus ranges added with pyz_gc_add_roots.  Objects are scanned
 * word by word; interior pointers keep their object alive.  Atomic blocks
 * (no pointers inside, e.g. a list[int]'s items) are never scanned. */
void pyz_gc_init(void *stack_bottom);
/* malloc: a new block aliases nothing, so a generator's frame that never leaves the function
 * consuming it (sum() of a generator) is kept in registers and its stores vanish. */
void *pyz_gc_alloc(size_t size) __attribute__((malloc));        /* zeroed, scanned */
void *pyz_gc_alloc_atomic(size_t size); /* zeroed, not scanned */
void *pyz_gc_alloc_atomic_raw(size_t size); /* not zeroed, not scanned: the caller writes every byte */
/* The same for a size that comes from the program's values (s * n, [x] * n, width...): NULL
 * with MemoryError pending, as CPython, when the memory cannot be had.  The plain ones end
 * the program with "MemoryError" instead (pyz_oom): their callers cannot report an error. */
void *pyz_gc_try_alloc(uint64_t size);   /* a size past SIZE_MAX (32-bit targets) is MemoryError too */
void *pyz_gc_try_alloc_atomic(uint64_t size);
void *pyz_gc_try_alloc_atomic_raw(uint64_t size); /* not zeroed: the caller writes every byte */
void pyz_gc_add_roots(void *start, size_t size);
void pyz_gc_collect(void);
void pyz_gc_clear_stack(void);  /* after a run-once function returns: its dead frame holds stale pointers */
size_t pyz_gc_heap_bytes(void);         /* bytes currently allocated */
/* The gc module (primitives/gc_ops.py says why collect() returns 0 and disable() stops nothing). */
int64_t pyz_gc_py_collect(int64_t generation);  /* ValueError for a generation outside 0..2 */
void pyz_gc_py_disable(void);
void pyz_gc_py_enable(void);
bool pyz_gc_py_isenabled(void);

/* ---------------------------------------------------------------- str.c */
/* An immutable string.  data is UTF-8; len is in bytes, ncp in code points;
 * ascii != 0 when len == ncp.  hash is -1 until computed.  Literals are
 * static PyzStr values emitted by the compiler; others live in the GC heap.
 * buffered != 0: data is the start of a growable buffer that concatenation
 * appends to (str.c), shared with the strings it was built from and for;
 * such a string's data[len] is NUL only while no longer one shares it, so
 * code that needs a C string calls pyz_str_cstr.  Every other string is
 * NUL-terminated (not counted in len). */
typedef struct PyzStr {
    int64_t len;
    int64_t ncp;
    int64_t hash;
    int32_t ascii;
    int32_t buffered;
    const char *data;
} PyzStr;

/* Lists share one layout whatever the element type; the compiler renders
 * one specialisation per element type from templates/list.c.j2.  The str
 * list is declared here because the runtime itself returns it (split). */
typedef struct PyzList_str {
    int64_t len;
    int64_t cap;
    PyzStr **items;
} PyzList_str;

PyzStr *pyz_str_new(const char *data, int64_t len); /* copies valid UTF-8 */
PyzStr *pyz_str_from_cstr(const char *s);
const char *pyz_str_cstr(PyzStr *s);                /* its bytes, NUL-terminated (a copy if need be) */
PyzStr *pyz_str_concat(PyzStr *a, PyzStr *b);
PyzStr *pyz_str_concat_n(PyzStr *const *parts, int32_t n); /* an f-string's pieces, in one allocation */
/* memcpy for the short pieces most strings are made of: up to 16 bytes by two overlapping
 * loads and stores, without a call (src and dst never overlap here). */
static inline void pyz_copy_bytes(char *o, const char *p, int64_t n) {
    if (n > 16) {
        __builtin_memcpy(o, p, (size_t)n);
    } else if (n >= 8) {
        uint64_t a, b;
        __builtin_memcpy(&a, p, 8);
        __builtin_memcpy(&b, p + n - 8, 8);
        __builtin_memcpy(o, &a, 8);
        __builtin_memcpy(o + n - 8, &b, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        __builtin_memcpy(&a, p, 4);
        __builtin_memcpy(&b, p + n - 4, 4);
        __builtin_memcpy(o, &a, 4);
        __builtin_memcpy(o + n - 4, &b, 4);
    } else if (n > 0) {
        char a = p[0], b = p[n / 2], c = p[n - 1];
        o[0] = a;
        o[n / 2] = b;
        o[n - 1] = c;
    }
}

/* A part of a string built in one block by pyz_str_build: a str s, or (range) s's bytes [i, to) (to
 * the end when to < 0: a piece never made, passes/split_piece_ranges.py), or (is_int) the int word i
 * in decimal; either padded with fill to width code points: an int on the left (fill '0': after its
 * sign, as the spec "05d"), a str by align ('>' on the left, '<' on the right, '=' zfill: '0's after
 * a leading sign; 0: none).  Or (l not NULL) the strs of l joined by s.  len is scratch. */
typedef struct {
    PyzStr *s; PyzList_str *l; int64_t i; int64_t to; int32_t width; int32_t len; char fill; char is_int; char align; char range;
} PyzStrPart;
int64_t pyz_utf8_count(const char *p, int64_t n); /* code points in valid UTF-8 p[0..n) */
PyzStr *pyz_str_build(PyzStrPart *parts, int32_t n); /* f"{a}:{n:02d}": no string per int; raises for a big
                                                         int past 4,300 digits (its str) */
PyzStr *pyz_str_repeat(PyzStr *s, int64_t n);
PyzStr *pyz_str_getitem(PyzStr *s, int64_t index);   /* IndexError */
PyzStr *pyz_str_slice(PyzStr *s, int64_t start, int64_t stop, int64_t step,
                      int32_t has_start, int32_t has_stop); /* ValueError on step 0 */
PyzStr *pyz_str_char_at(PyzStr *s, int64_t *byte_pos); /* code point at *byte_pos, advances it */
bool pyz_str_eq(PyzStr *a, PyzStr *b);
int32_t pyz_str_cmp(PyzStr *a, PyzStr *b);             /* <0, 0, >0 by code point */
bool pyz_str_contains(PyzStr *haystack, PyzStr *needle);
int64_t pyz_str_hash(PyzStr *s);
PyzStr *pyz_str_repr(PyzStr *s);                       /* 'abc' with CPython's quoting */
PyzStr *pyz_str_ascii(PyzStr *s);                      /* ascii(x) of x's repr: \xhh, \uhhhh, \Uhhhhhhhh past ASCII */
PyzStr *pyz_str_upper(PyzStr *s);
PyzStr *pyz_str_lower(PyzStr *s);
PyzStr *pyz_str_title(PyzStr *s);
PyzStr *pyz_str_capitalize(PyzStr *s);
PyzStr *pyz_str_strip(PyzStr *s, PyzStr *chars);       /* chars NULL: whitespace */
PyzStr *pyz_str_lstrip(PyzStr *s, PyzStr *chars);
PyzStr *pyz_str_rstrip(PyzStr *s, PyzStr *chars);
PyzStr *pyz_str_replace(PyzStr *s, PyzStr *old, PyzStr *new_, int64_t count); /* count < 0: all */
int64_t pyz_str_find(PyzStr *s, PyzStr *sub);
int64_t pyz_str_rfind(PyzStr *s, PyzStr *sub);
int64_t pyz_str_index(PyzStr *s, PyzStr *sub);         /* ValueError: substring not found */
int64_t pyz_str_count(PyzStr *s, PyzStr *sub);
bool pyz_str_startswith(PyzStr *s, PyzStr *prefix);
bool pyz_str_endswith(PyzStr *s, PyzStr *suffix);
bool pyz_str_isdigit(PyzStr *s);
bool pyz_str_isalpha(PyzStr *s);
bool pyz_str_isalnum(PyzStr *s);
bool pyz_str_isspace(PyzStr *s);
bool pyz_str_isupper(PyzStr *s);
bool pyz_str_islower(PyzStr *s);
PyzStr *pyz_str_zfill(PyzStr *s, int64_t width);
PyzStr *pyz_str_center(PyzStr *s, int64_t width, PyzStr *fill);
PyzStr *pyz_str_ljust(PyzStr *s, int64_t width, PyzStr *fill);
PyzStr *pyz_str_rjust(PyzStr *s, int64_t width, PyzStr *fill);
PyzList_str *pyz_str_split(PyzStr *s, PyzStr *sep, int64_t maxsplit); /* sep NULL: whitespace */
PyzList_str *pyz_str_split_into(PyzList_str *l, PyzStr *s, PyzStr *sep, int64_t maxsplit); /* into an empty l */
int64_t pyz_str_split_count(PyzStr *s, PyzStr *sep, int64_t maxsplit); /* len(s.split(sep, maxsplit)); ValueError as split */
/* the same of s[b0:b1] (bytes; to the end when b1 < 0), no str made for it (passes/split_piece_ranges.py) */
PyzList_str *pyz_str_split_range(PyzStr *s, int64_t b0, int64_t b1, PyzStr *sep, int64_t maxsplit);
PyzList_str *pyz_str_split_range_into(PyzList_str *l, PyzStr *s, int64_t b0, int64_t b1, PyzStr *sep, int64_t maxsplit);
int64_t pyz_str_split_count_range(PyzStr *s, int64_t b0, int64_t b1, PyzStr *sep, int64_t maxsplit);
PyzList_str *pyz_str_rsplit(PyzStr *s, PyzStr *sep, int64_t maxsplit);
PyzList_str *pyz_str_splitlines(PyzStr *s);
void pyz_str_split_check(PyzStr *sep); /* ValueError for an empty separator */
int64_t pyz_str_split_find(PyzStr *s, PyzStr *sep, int64_t i); /* -1 when none, or when i < 0 */
void pyz_str_split_unpack_check(PyzStr *s, PyzStr *sep, int64_t last, int64_t n);
void pyz_str_words_unpack_check(PyzStr *s, int64_t start, int64_t end, int64_t n);
PyzStr *pyz_str_piece(PyzStr *s, int64_t i, int64_t j); /* s[i:j] by bytes, to the end when j < 0 */
int64_t pyz_str_word_start(PyzStr *s, int64_t i);
int64_t pyz_str_word_end(PyzStr *s, int64_t i);
int64_t pyz_str_line_end(PyzStr *s, int64_t i);
int64_t pyz_str_line_next(PyzStr *s, int64_t eol);
static inline int64_t pyz_str_split_next(int64_t found, PyzStr *sep) { return found < 0 ? -1 : found + sep->len; }
PyzStr *pyz_str_join(PyzStr *sep, PyzList_str *items);
int64_t pyz_str_ord(PyzStr *s);                        /* TypeError unless one code point */
PyzStr *pyz_str_chr(int64_t cp);                       /* ValueError out of range */
PyzList_str *pyz_list_str_alloc(int64_t cap);          /* used by split; len 0 */
int32_t pyz_utf8_encode(uint32_t cp, char *out);       /* out[4]; returns the byte count */
void pyz_list_str_push(PyzList_str *l, PyzStr *item);
/* The optional start/end of find & co.: slice-like indices, INT64_MAX for "to the end". */
int64_t pyz_str_find_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end);
int64_t pyz_str_rfind_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end);
int64_t pyz_str_index_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end);  /* ValueError */
int64_t pyz_str_rindex(PyzStr *s, PyzStr *sub);                               /* ValueError */
int64_t pyz_str_rindex_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end); /* ValueError */
int64_t pyz_str_count_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end);
bool pyz_str_startswith_in(PyzStr *s, PyzStr *prefix, int64_t start, int64_t end);
bool pyz_str_endswith_in(PyzStr *s, PyzStr *suffix, int64_t start, int64_t end);
PyzStr *pyz_str_removeprefix(PyzStr *s, PyzStr *prefix);
PyzStr *pyz_str_removesuffix(PyzStr *s, PyzStr *suffix);
PyzList_str *pyz_str_partition(PyzStr *s, PyzStr *sep);   /* [head, sep, tail]; ValueError on "" */
PyzList_str *pyz_str_rpartition(PyzStr *s, PyzStr *sep);
PyzStr *pyz_str_expandtabs(PyzStr *s, int64_t tabsize);
PyzList_str *pyz_str_splitlines_keepends(PyzStr *s, bool keepends);
bool pyz_str_isascii(PyzStr *s);
bool pyz_str_isprintable(PyzStr *s);
PyzStr *pyz_str_percent_char(int64_t cp);        /* "%c" % int: OverflowError out of range */
PyzStr *pyz_str_percent_char_str(PyzStr *s);     /* "%c" % str: TypeError unless one character */

PyzStr *pyz_str_swapcase(PyzStr *s);
PyzStr *pyz_str_casefold(PyzStr *s);
bool pyz_str_isdecimal(PyzStr *s);
bool pyz_str_isnumeric(PyzStr *s);
bool pyz_str_istitle(PyzStr *s);
bool pyz_str_isidentifier(PyzStr *s);

/* --------------------------------------------------------- unicode_db.c */
/* CPython 3.11's view of every code point (Unicode 14.0), generated by
 * tools/gen_unicode_db.py from CPython's own str methods. */
enum {
    PYZ_UCD_ALPHA = 1 << 0,          /* str.isalpha */
    PYZ_UCD_DECIMAL = 1 << 1,        /* str.isdecimal */
    PYZ_UCD_DIGIT = 1 << 2,          /* str.isdigit */
    PYZ_UCD_NUMERIC = 1 << 3,        /* str.isnumeric */
    PYZ_UCD_LOWER = 1 << 4,          /* Lowercase */
    PYZ_UCD_UPPER = 1 << 5,          /* Uppercase */
    PYZ_UCD_TITLE = 1 << 6,          /* titlecase letter (Lt) */
    PYZ_UCD_CASED = 1 << 7,
    PYZ_UCD_CASE_IGNORABLE = 1 << 8,
    PYZ_UCD_XID_START = 1 << 9,      /* or '_' */
    PYZ_UCD_XID_CONTINUE = 1 << 10,
    PYZ_UCD_EXT_UPPER = 1 << 11      /* (internal) mapping stored out of line; then LOWER, TITLE, FOLD */
};
enum { PYZ_UCD_MAP_UPPER, PYZ_UCD_MAP_LOWER, PYZ_UCD_MAP_TITLE, PYZ_UCD_MAP_FOLD };
uint32_t pyz_ucd_flags(uint32_t c);
extern const uint16_t pyz_ucd_ascii[128];   /* the flags of the ASCII code points, for inline fast paths */
int32_t pyz_ucd_map(uint32_t c, int32_t which, uint32_t *out); /* full mapping into out[3]; returns its length */

/* -------------------------------------------------------------- bytes.c */
/* bytes is a PyzStr whose ncp == len and ascii == 1 whatever its bytes (bytes.c says
 * why): pyz_str_eq, _cmp, _contains, _hash, _concat, _find, _count, _startswith,
 * _endswith (and their _in forms) serve it as they are.  The list of bytes is declared
 * here because the runtime returns it (split); its layout is PyzList_str's. */
typedef struct PyzList_bytes {
    int64_t len;
    int64_t cap;
    PyzStr **items;
} PyzList_bytes;
PyzStr *pyz_bytes_new(const char *data, int64_t len);
PyzStr *pyz_bytes_zeros(int64_t n);                        /* ValueError: negative count */
PyzStr *pyz_bytes_from_ints(const int64_t *items, int64_t n); /* ValueError out of range(0, 256) */
int64_t pyz_bytes_getitem_slow(PyzStr *s, int64_t index);  /* IndexError; a negative index */
/* b[i]: inline, as a call per byte was a tenth of sokoban's time (it indexes its board, a bytes) */
static inline int64_t pyz_bytes_getitem(PyzStr *s, int64_t index) {
    if (PYZ_LIKELY((uint64_t)index < (uint64_t)s->len))
        return (uint8_t)s->data[index];
    return pyz_bytes_getitem_slow(s, index);
}
PyzStr *pyz_bytes_slice(PyzStr *s, int64_t start, int64_t stop, int64_t step, int32_t has_start,
                        int32_t has_stop);                 /* ValueError: step 0 */
PyzStr *pyz_bytes_repeat(PyzStr *s, int64_t n);            /* OverflowError */
PyzStr *pyz_bytes_repr(PyzStr *s);
PyzStr *pyz_bytes_decode(PyzStr *s);                       /* UnicodeDecodeError */
/* The length of the valid UTF-8 prefix of p[0, n); where it stops, *reason says why (CPython's words)
 * and *bad is the length of the invalid sequence (file.c; also bytes.decode) */
int64_t pyz_utf8_valid_prefix(const unsigned char *p, int64_t n, const char **reason, int *bad);
PyzStr *pyz_bytes_decode_as(PyzStr *s, PyzStr *encoding); /* UnicodeDecodeError, LookupError */
PyzStr *pyz_str_encode(PyzStr *s);                         /* UnicodeEncodeError: surrogates */
PyzStr *pyz_bytes_hex(PyzStr *s);                          /* a str */
PyzStr *pyz_bytes_fromhex(PyzStr *cls, PyzStr *s);                      /* ValueError */
PyzStr *pyz_bytes_upper(PyzStr *s);
PyzStr *pyz_bytes_lower(PyzStr *s);
PyzStr *pyz_bytes_strip(PyzStr *s, PyzStr *chars);         /* chars NULL: ASCII whitespace */
PyzStr *pyz_bytes_lstrip(PyzStr *s, PyzStr *chars);
PyzStr *pyz_bytes_rstrip(PyzStr *s, PyzStr *chars);
PyzStr *pyz_bytes_replace(PyzStr *s, PyzStr *old, PyzStr *new_, int64_t count); /* OverflowError */
PyzStr *pyz_bytes_join(PyzStr *sep, PyzList_bytes *items);
PyzList_bytes *pyz_bytes_split(PyzStr *s, PyzStr *sep, int64_t maxsplit); /* ValueError: empty separator */
bool pyz_bytes_contains_int(PyzStr *s, int64_t n);         /* ValueError out of range(0, 256) */
PyzStr *pyz_bytes_from_latin1(PyzStr *s);                  /* OverflowError: a code point past 255 */
int64_t pyz_bytes_ord(PyzStr *s);                           /* TypeError unless one byte */
int64_t pyz_bytes_index(PyzStr *s, PyzStr *sub);           /* ValueError: subsection not found */
int64_t pyz_bytes_rindex(PyzStr *s, PyzStr *sub);          /* ValueError: subsection not found */
int64_t pyz_bytes_index_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end);  /* ValueError */
int64_t pyz_bytes_rindex_in(PyzStr *s, PyzStr *sub, int64_t start, int64_t end); /* ValueError */

/* ---------------------------------------------------------- bytearray.c */
/* A bytearray is typed PyzStr * too: a bytes value's header followed by its capacity
 * (bytearray.c), so whatever reads a bytes value reads a bytearray. */
PyzStr *pyz_bytearray_zeros(int64_t n);                        /* ValueError: negative count */
PyzStr *pyz_bytearray_from(PyzStr *b);                         /* a copy of a bytes or bytearray */
PyzStr *pyz_bytearray_from_ints(void *items, int64_t n);       /* ValueError out of range(0, 256) */
PyzStr *pyz_bytes_of(PyzStr *ba);                              /* bytes(ba) */
int64_t pyz_bytearray_getitem(PyzStr *s, int64_t index);       /* IndexError */
void pyz_bytearray_setitem(PyzStr *s, int64_t index, int64_t value); /* IndexError, ValueError */
PyzStr *pyz_bytearray_slice(PyzStr *s, int64_t start, int64_t stop, int64_t step, int32_t has_start,
                            int32_t has_stop);                 /* ValueError: step 0 */
void pyz_bytearray_append(PyzStr *s, int64_t value);           /* ValueError out of range(0, 256) */
void pyz_bytearray_extend(PyzStr *s, PyzStr *b);
void pyz_bytearray_extend_ints(PyzStr *s, void *items, int64_t n); /* ValueError out of range(0, 256) */
int64_t pyz_bytearray_pop(PyzStr *s);                          /* IndexError: pop from empty bytearray */
PyzStr *pyz_bytearray_concat(PyzStr *a, PyzStr *b);            /* a new bytearray */
PyzStr *pyz_bytes_concat_new(PyzStr *a, PyzStr *b);            /* a new bytes (one operand a bytearray) */
PyzStr *pyz_bytearray_repr(PyzStr *s);

/* ------------------------------------------------------------- pprint.c */
/* pprint.pformat of rep = repr(obj), obj made of numbers, None, strs, lists, tuples, dicts, sets */
PyzStr *pyz_pprint_format(PyzStr *rep, int64_t indent, int64_t width, bool has_depth, int64_t depth, bool compact,
                          bool sort); /* ValueError */
PyzStr *pyz_pprint_saferepr(PyzStr *rep);
void pyz_pprint_print(PyzStr *s);

/* --------------------------------------------------------------- json.c */
/* _json.encode_basestring_ascii / encode_basestring: s as a JSON string literal, with its quotes */
PyzStr *pyz_json_encode_ascii(PyzStr *s);
PyzStr *pyz_json_encode(PyzStr *s);
/* the decoder's loops, by byte offset into s's UTF-8 */
int64_t pyz_json_byte(PyzStr *s, int64_t i);             /* the byte at i, -1 outside s */
int64_t pyz_json_byte_len(PyzStr *s);
int64_t pyz_json_skip_ws(PyzStr *s, int64_t i);          /* past JSON's whitespace */
int64_t pyz_json_plain_end(PyzStr *s, int64_t i);        /* the next '"', '\\' or control character, or len */
PyzStr *pyz_json_slice(PyzStr *s, int64_t b0, int64_t b1);
int64_t pyz_json_cp_index(PyzStr *s, int64_t b);         /* the code point index of byte offset b */
bool pyz_json_match(PyzStr *s, int64_t i, PyzStr *word); /* word (ASCII) at byte i */
int64_t pyz_json_number_end(PyzStr *s, int64_t start);   /* -1: no number; else end * 2 + is_float */
int64_t pyz_json_find_byte(PyzStr *s, int64_t b, int64_t c); /* the next byte c at or after b, or len */
int64_t pyz_json_advance(PyzStr *s, int64_t b, int64_t n);   /* n code points on from byte b, at most len */

/* --------------------------------------------------------------- hash.c */
/* hashlib's md5 (kind 0), sha1 (1), sha256 (2), sha224 (3), sha384 (4), sha512 (5): one running digest. */
typedef struct PyzHash PyzHash;
PyzHash *pyz_hash_new(int64_t kind);
void pyz_hash_update(PyzHash *x, PyzStr *data);  /* a bytes or a bytearray */
PyzHash *pyz_hash_copy(PyzHash *x);
int64_t pyz_hash_digest_size(PyzHash *x);
int64_t pyz_hash_block_size(PyzHash *x);
PyzStr *pyz_hash_name(PyzHash *x);
PyzStr *pyz_hash_digest(PyzHash *x);             /* x is left as it was */
PyzStr *pyz_hash_hexdigest(PyzHash *x);

/* ----------------------------------------------------------------- re.c */
/* Compiled patterns and match objects of the re module.  A NULL PyzMatch is None; functions
 * returning void * return a list with PyzList_str's layout (re.c says of what). */
typedef struct PyzRe PyzRe;
typedef struct PyzMatch PyzMatch;
typedef struct PyzReSub PyzReSub;
PyzRe *pyz_re_compile(PyzStr *pattern, int64_t flags);        /* re.error, ValueError, OverflowError */
PyzMatch *pyz_re_search(PyzRe *re, PyzStr *s);
PyzMatch *pyz_re_match(PyzRe *re, PyzStr *s);
PyzMatch *pyz_re_fullmatch(PyzRe *re, PyzStr *s);
PyzMatch *pyz_re_search_in(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos);
PyzMatch *pyz_re_match_in(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos);
PyzMatch *pyz_re_fullmatch_in(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos);
PyzStr *pyz_re_group(PyzMatch *m, int64_t g);                 /* IndexError; NULL: None */
PyzStr *pyz_re_group_named(PyzMatch *m, PyzStr *name);        /* IndexError */
int64_t pyz_re_start(PyzMatch *m, int64_t g);                 /* IndexError */
int64_t pyz_re_end(PyzMatch *m, int64_t g);                   /* IndexError */
int64_t pyz_re_start_named(PyzMatch *m, PyzStr *name);        /* IndexError */
int64_t pyz_re_end_named(PyzMatch *m, PyzStr *name);          /* IndexError */
void *pyz_re_groups(PyzMatch *m, PyzStr *dflt);               /* strs or NULL */
PyzList_str *pyz_re_group_names(PyzMatch *m);
PyzStr *pyz_re_match_string(PyzMatch *m);
int64_t pyz_re_match_pos(PyzMatch *m);
int64_t pyz_re_match_endpos(PyzMatch *m);
int64_t pyz_re_lastindex(PyzMatch *m);                        /* 0: None */
PyzStr *pyz_re_lastgroup(PyzMatch *m);
PyzRe *pyz_re_match_re(PyzMatch *m);
PyzStr *pyz_re_pattern(PyzRe *re);
int64_t pyz_re_flags(PyzRe *re);
int64_t pyz_re_groups_count(PyzRe *re);
void *pyz_re_findall(PyzRe *re, PyzStr *s);                   /* strs, or tuples of strs */
void *pyz_re_finditer(PyzRe *re, PyzStr *s);                  /* matches */
void *pyz_re_findall_in(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos);
void *pyz_re_finditer_in(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos);
void *pyz_re_split(PyzRe *re, PyzStr *s, int64_t maxsplit);   /* strs or NULL */
PyzStr *pyz_re_sub(PyzRe *re, PyzStr *repl, PyzStr *s, int64_t count); /* re.error, IndexError */
PyzReSub *pyz_re_subn_state(PyzRe *re, PyzStr *repl, PyzStr *s, int64_t count); /* re.error, IndexError */
PyzReSub *pyz_re_sub_start(PyzRe *re, PyzStr *s, int64_t count);
PyzMatch *pyz_re_sub_next(PyzReSub *st);                      /* NULL: no more */
void pyz_re_sub_add(PyzReSub *st, PyzStr *piece);
PyzStr *pyz_re_sub_finish(PyzReSub *st);
int64_t pyz_re_sub_count(PyzReSub *st);
PyzStr *pyz_re_expand(PyzMatch *m, PyzStr *repl);             /* re.error, IndexError */
PyzStr *pyz_re_escape(PyzStr *s);
PyzRe *pyz_re_with_flags(PyzRe *re, int64_t flags);           /* ValueError unless flags is 0 */
int64_t pyz_re_named_count(PyzMatch *m);
PyzStr *pyz_re_name_at(PyzMatch *m, int64_t i);
PyzStr *pyz_re_group_named_or(PyzMatch *m, PyzStr *name, PyzStr *dflt); /* NULL: None */
PyzStr *pyz_re_match_repr(PyzMatch *m);   /* <re.Match object; span=(0, 1), match='a'> */
PyzStr *pyz_re_pattern_repr(PyzRe *re);   /* re.compile('a', re.IGNORECASE) */

/* -------------------------------------------------------------- array.c */
/* An array.array is a list of int64_t or double (types/model.ArrayT); code is its typecode. */
int64_t pyz_array_int_item(int64_t v, int64_t code);           /* OverflowError when v does not fit */
double pyz_array_float_item(double v, int64_t code);           /* rounded to a C float for 'f' */
void pyz_array_check_ints(const int64_t *items, int64_t n, int64_t code); /* OverflowError */
PyzStr *pyz_array_tobytes(const void *items, int64_t n, int64_t code);
int64_t pyz_array_frombytes_count(PyzStr *b, int64_t code);          /* ValueError */
int64_t pyz_array_int_from_bytes(PyzStr *b, int64_t i, int64_t code); /* OverflowError (L, Q) */
double pyz_array_float_from_bytes(PyzStr *b, int64_t i, int64_t code);
void pyz_array_byteswap(void *items, int64_t n, int64_t code);       /* OverflowError (L, Q) */

/* ------------------------------------------------------------- struct.c */
/* One call per item of a format the compiler parsed: mode 0 native ('@'), 1 little-endian
 * ('<', '='), 2 big-endian ('>', '!'); code is the format character. */
void pyz_struct_put_int(PyzStr *buf, int64_t off, int64_t v, int64_t code, int64_t size, int64_t mode); /* struct.error */
void pyz_struct_put_float(PyzStr *buf, int64_t off, double v, int64_t size, int64_t mode); /* OverflowError ('f') */
void pyz_struct_put_bytes(PyzStr *buf, int64_t off, PyzStr *b, int64_t count, int64_t code); /* struct.error ('c') */
void pyz_struct_put_bool(PyzStr *buf, int64_t off, bool v);
int64_t pyz_struct_get_int(PyzStr *buf, int64_t off, int64_t code, int64_t size, int64_t mode); /* OverflowError */
double pyz_struct_get_float(PyzStr *buf, int64_t off, int64_t size, int64_t mode);
bool pyz_struct_get_bool(PyzStr *buf, int64_t off);
PyzStr *pyz_struct_get_bytes(PyzStr *buf, int64_t off, int64_t count);
void pyz_struct_unpack_check(PyzStr *buf, int64_t size);                          /* struct.error */
void pyz_struct_iter_check(PyzStr *buf, int64_t size);                            /* struct.error */
int64_t pyz_struct_unpack_from_offset(PyzStr *buf, int64_t offset, int64_t size);  /* struct.error */
int64_t pyz_struct_pack_into_offset(PyzStr *buf, int64_t offset, int64_t size);    /* struct.error */

/* A growable buffer that ends as a PyzStr (f-strings, join, repr). */
typedef struct PyzStrBuilder {
    char *buf;
    int64_t len;
    int64_t cap;
    int64_t ncp;
    int32_t ascii;
} PyzStrBuilder;

void pyz_sb_init(PyzStrBuilder *sb);
void pyz_sb_add_str(PyzStrBuilder *sb, PyzStr *s);
void pyz_sb_add_bytes(PyzStrBuilder *sb, const char *data, int64_t len); /* valid UTF-8 */
void pyz_sb_add_cstr(PyzStrBuilder *sb, const char *s);
PyzStr *pyz_sb_finish(PyzStrBuilder *sb);

/* snprintf's subset for the runtime's messages (%s %.*s %c %d %lld %u %x %02x %p): linking it does not
 * link musl's printf; returns the bytes written (msg.c) */
int pyz_msgf(char *buf, size_t cap, const char *fmt, ...);

/* ------------------------------------------------------------- format.c */
/* Text of numbers exactly as CPython writes it. */
int32_t pyz_fmt_float_repr(double v, char *buf);   /* repr(v) into buf[32]; returns length */
int32_t pyz_fmt_int(int64_t v, char *buf);         /* decimal into buf[24]; returns length */
PyzStr *pyz_int_to_str(int64_t v);
PyzStr *pyz_float_to_str(double v);                /* repr: 0.1, 1e-05, inf, nan, -0.0 */
PyzStr *pyz_bool_to_str(bool v);
/* format(v, spec): the format-spec mini-language; ValueError on bad specs. */
PyzStr *pyz_int_format(int64_t v, PyzStr *spec);
PyzStr *pyz_float_format(double v, PyzStr *spec);
PyzStr *pyz_str_format(PyzStr *v, PyzStr *spec);
/* int(s), float(s): CPython's accepted syntax and its ValueError texts. */
int64_t pyz_str_to_int(PyzStr *s);
int64_t pyz_str_to_int_range(PyzStr *owner, int64_t b0, int64_t b1); /* int() of a piece never made */
int64_t pyz_str_to_int_base(PyzStr *s, int64_t base); /* int(s, base): an int word (int.c); ValueError */
double pyz_str_to_float(PyzStr *s);

/* --------------------------------------------------------------- objects */
/* Every object of a user class starts with this header; the compiler
 * numbers classes in pre-order, so a class and its subclasses have
 * consecutive ids (isinstance is a range test).  Fields follow, the base
 * class's first (templates/class.c.j2). */
typedef struct PyzObj {
    int32_t cls;
} PyzObj;

PyzObj *pyz_obj_new(size_t size, int32_t cls);  /* zeroed fields */
PyzObj *pyz_obj_clone(const PyzObj *o, size_t size);  /* copy.copy: a new object, o's class and fields */
/* "<__main__.Name object at 0x...>", object's default repr */
PyzStr *pyz_obj_default_repr(const PyzObj *o, const char *class_name);
/* str() and repr() of an exception object without __str__/__repr__: its message, Name('message') */
PyzStr *pyz_obj_exc_str(const char *class_name, PyzStr *msg);
PyzStr *pyz_obj_exc_repr(const char *class_name, PyzStr *args_repr, int64_t nargs);
/* AttributeError: 'NoneType' object has no attribute 'attr' */
void pyz_raise_none_attr(const char *attr);

/* --------------------------------------------------------------- copy.c */
/* copy.deepcopy's memo: each container and object met (key) and its copy (value), so that a value
 * reached twice is copied once and cycles end (codegen/copy.py renders the copy functions).  Zeroed
 * ({0}) it is empty and holds no memory; a NULL memo is one that records nothing (the copy of a
 * container of numbers and strs, which nothing can reach twice). */
typedef struct PyzCopyMemo {
    int64_t used;
    uint64_t mask;   /* table size - 1 */
    void **slots;    /* key, value, key, value...; NULL until the first put */
} PyzCopyMemo;
void *pyz_copy_memo_get(const PyzCopyMemo *m, const void *key);  /* NULL if absent */
void pyz_copy_memo_put(PyzCopyMemo *m, const void *key, void *value);

/* --------------------------------------------------------------- exc.c */
/* The builtin exception classes, X(kind, base kind, second base kind, name printed): kind k is
 * PYZ_EXC_<k>; NONE for no base.  Written from the compiler's table, so the compiler and the
 * runtime agree on every kind; exc.c makes the names and the hierarchy from the same list. */
/* BEGIN GENERATED exception kinds: from pyzc/exceptions.py (python -m pyzc.exceptions); do not edit */
#define PYZ_EXC_KINDS(X) \
    X(BaseException, NONE, NONE, "BaseException") \
    X(SystemExit, BaseException, NONE, "SystemExit") \
    X(GeneratorExit, BaseException, NONE, "GeneratorExit") \
    X(Exception, BaseException, NONE, "Exception") \
    X(ArithmeticError, Exception, NONE, "ArithmeticError") \
    X(ZeroDivisionError, ArithmeticError, NONE, "ZeroDivisionError") \
    X(OverflowError, ArithmeticError, NONE, "OverflowError") \
    X(FloatingPointError, ArithmeticError, NONE, "FloatingPointError") \
    X(LookupError, Exception, NONE, "LookupError") \
    X(IndexError, LookupError, NONE, "IndexError") \
    X(KeyError, LookupError, NONE, "KeyError") \
    X(ValueError, Exception, NONE, "ValueError") \
    X(UnicodeError, ValueError, NONE, "UnicodeError") \
    X(UnicodeDecodeError, UnicodeError, NONE, "UnicodeDecodeError") \
    X(UnicodeEncodeError, UnicodeError, NONE, "UnicodeEncodeError") \
    X(TypeError, Exception, NONE, "TypeError") \
    X(RuntimeError, Exception, NONE, "RuntimeError") \
    X(RecursionError, RuntimeError, NONE, "RecursionError") \
    X(NotImplementedError, RuntimeError, NONE, "NotImplementedError") \
    X(AssertionError, Exception, NONE, "AssertionError") \
    X(AttributeError, Exception, NONE, "AttributeError") \
    X(NameError, Exception, NONE, "NameError") \
    X(UnboundLocalError, NameError, NONE, "UnboundLocalError") \
    X(ImportError, Exception, NONE, "ImportError") \
    X(ModuleNotFoundError, ImportError, NONE, "ModuleNotFoundError") \
    X(MemoryError, Exception, NONE, "MemoryError") \
    X(StopIteration, Exception, NONE, "StopIteration") \
    X(StopAsyncIteration, Exception, NONE, "StopAsyncIteration") \
    X(SyntaxError, Exception, NONE, "SyntaxError") \
    X(IndentationError, SyntaxError, NONE, "IndentationError") \
    X(TabError, IndentationError, NONE, "TabError") \
    X(SystemError, Exception, NONE, "SystemError") \
    X(ReferenceError, Exception, NONE, "ReferenceError") \
    X(BufferError, Exception, NONE, "BufferError") \
    X(EOFError, Exception, NONE, "EOFError") \
    X(OSError, Exception, NONE, "OSError") \
    X(FileNotFoundError, OSError, NONE, "FileNotFoundError") \
    X(FileExistsError, OSError, NONE, "FileExistsError") \
    X(PermissionError, OSError, NONE, "PermissionError") \
    X(IsADirectoryError, OSError, NONE, "IsADirectoryError") \
    X(NotADirectoryError, OSError, NONE, "NotADirectoryError") \
    X(TimeoutError, OSError, NONE, "TimeoutError") \
    X(InterruptedError, OSError, NONE, "InterruptedError") \
    X(ConnectionError, OSError, NONE, "ConnectionError") \
    X(BrokenPipeError, ConnectionError, NONE, "BrokenPipeError") \
    X(ConnectionAbortedError, ConnectionError, NONE, "ConnectionAbortedError") \
    X(ConnectionRefusedError, ConnectionError, NONE, "ConnectionRefusedError") \
    X(ConnectionResetError, ConnectionError, NONE, "ConnectionResetError") \
    X(BlockingIOError, OSError, NONE, "BlockingIOError") \
    X(ChildProcessError, OSError, NONE, "ChildProcessError") \
    X(ProcessLookupError, OSError, NONE, "ProcessLookupError") \
    X(Warning, Exception, NONE, "Warning") \
    X(UserWarning, Warning, NONE, "UserWarning") \
    X(DeprecationWarning, Warning, NONE, "DeprecationWarning") \
    X(PendingDeprecationWarning, Warning, NONE, "PendingDeprecationWarning") \
    X(SyntaxWarning, Warning, NONE, "SyntaxWarning") \
    X(RuntimeWarning, Warning, NONE, "RuntimeWarning") \
    X(FutureWarning, Warning, NONE, "FutureWarning") \
    X(ImportWarning, Warning, NONE, "ImportWarning") \
    X(UnicodeWarning, Warning, NONE, "UnicodeWarning") \
    X(BytesWarning, Warning, NONE, "BytesWarning") \
    X(ResourceWarning, Warning, NONE, "ResourceWarning") \
    X(EncodingWarning, Warning, NONE, "EncodingWarning") \
    X(UnsupportedOperation, OSError, ValueError, "io.UnsupportedOperation") \
    X(StructError, Exception, NONE, "struct.error") \
    X(ReError, Exception, NONE, "re.error") \
    X(FrozenInstanceError, AttributeError, NONE, "dataclasses.FrozenInstanceError")
/* END GENERATED exception kinds */
enum {
    PYZ_EXC_NONE = 0,
#define PYZ_EXC_ENUM(kind, base, base2, name) PYZ_EXC_##kind,
    PYZ_EXC_KINDS(PYZ_EXC_ENUM)
#undef PYZ_EXC_ENUM
    PYZ_EXC_COUNT
};

/* A caught exception (`except E as e`), or one saved while a finally runs. */
typedef struct PyzExc {
    int32_t kind;
    PyzStr *message;
    struct PyzObj *obj;  /* the exception object of a user exception class, else NULL */
    PyzStr *args_repr;   /* repr(e.args) when the program raised it with explicit arguments, else NULL */
    PyzStr *arg0;        /* str(e.args[0]) then */
    int32_t nargs;
    /* its traceback, kept when it is caught (printed if another exception is raised while it is
     * handled, or put back by a re-raise): the frames it left, innermost first, then the frame
     * that caught it (PyzTbLine of the catching function; NULL when unknown) */
    struct PyzTbFrame *frames;
    int64_t nframes, dropped;
    const struct PyzTbLine *caught_at;
    const char *caught_func;
    int32_t caught_line;           /* err_line in the catching function */
    struct PyzExc *context;        /* the exception being handled when it was raised (__context__) */
    struct PyzExc *cause;          /* raise ... from cause (__cause__) */
    bool suppress_context;         /* raise ... from (anything, None included) */
} PyzExc;

/* One line of a function that can catch an exception: its global line number (err_line),
 * and the file, line in that file and source text a traceback prints for it. */
typedef struct PyzTbLine {
    int32_t line;
    int32_t file_line;
    const char *file;
    const char *source;
} PyzTbLine;
/* The exception being handled now (an except body, or a finally run on the way out), or NULL:
 * an exception raised meanwhile gets it as its context.  Generated code saves it when a try
 * begins and puts it back when a handler ends. */
extern PyzExc *pyz_exc_handling;
void pyz_exc_handle(PyzExc *e);        /* an except/finally body starts handling e */
/* a handler's fetch: takes the pending exception, noting where this function caught it */
PyzExc *pyz_exc_fetch_at(int32_t err_line, const PyzTbLine *lines, int32_t nlines, const char *func);
void pyz_exc_set_cause(PyzExc *cause);  /* raise ... from cause (NULL: from None), after the raise */
void pyz_gen_exc_leaving(void);         /* an exception leaves a generator: StopIteration becomes RuntimeError */
/* the frame of a generator whose body runs inlined in its consumer (passes/inline_generators.py), as an
 * exception leaves that body: the line among lines whose number is err_line, in func */
void pyz_exc_add_frame_at(int32_t err_line, const PyzTbLine *lines, int32_t nlines, const char *func);

extern int32_t pyz_exc_pending;        /* kind of the pending exception, 0 if none */
void pyz_raise(int32_t kind, const char *msg);
void pyz_raise_str(int32_t kind, PyzStr *msg);
void pyz_raise_overflow(void);         /* an int result left 64 bits */
bool pyz_exc_matches(int32_t kind, int32_t cls); /* isinstance of the pending kind, by the builtin hierarchy */
/* User exception classes: class id c has kind PYZ_EXC_COUNT + c.  The program
 * registers, for every class id 1..n, the parent kind (0 for a class that is
 * not an exception) and the name, before it runs. */
void pyz_exc_register_classes(int32_t n, const int32_t *parents, const char *const *names);
void pyz_raise_obj(int32_t kind, PyzStr *msg, struct PyzObj *obj);  /* raise an exception object */
struct PyzObj *pyz_exc_obj(PyzExc *e);  /* the object of a caught user exception */
/* e.args: `raise E(a, b)` records the arguments right after raising; an exception
 * the runtime raised has one argument, its message (for KeyError, the key). */
void pyz_exc_set_args(PyzStr *args_repr, PyzStr *arg0, int32_t nargs);
PyzStr *pyz_exc_args_repr(PyzExc *e);    /* str(e.args) */
PyzStr *pyz_exc_type_name(PyzExc *e);    /* type(e).__name__ */
PyzStr *pyz_exc_args_item(PyzExc *e, int64_t i); /* str(e.args[i]); IndexError past the end */
int64_t pyz_exc_args_len(PyzExc *e);     /* len(e.args) */
PyzExc *pyz_exc_args_of(PyzStr *args_repr, PyzStr *arg0, int64_t nargs); /* e.args of a user exception object */
/* repr of an exception, BaseException's way: Name(arg) for one argument, else Name(a, b) / Name() */
PyzStr *pyz_exc_repr_parts(const char *name, PyzStr *args_repr, int64_t nargs);
PyzStr *pyz_exc_repr(PyzExc *e);        /* repr(e) of a caught exception that is not a user object */
PyzExc *pyz_exc_fetch(void);           /* takes the pending exception (and clears it) */
void pyz_exc_clear(void);              /* an except clause took it: forget it and its traceback */
void pyz_exc_restore(PyzExc *e);       /* re-raise e (bare `raise`, or after a finally) */
PyzStr *pyz_exc_str(PyzExc *e);        /* str(e) */
bool pyz_exc_isinstance(PyzExc *e, int32_t cls); /* isinstance(e, cls) of a caught exception */
bool pyz_exc_code_is_none(PyzExc *e);   /* e.code of a SystemExit is None (AttributeError for others) */
int64_t pyz_exc_code_int(PyzExc *e);     /* e.code of a SystemExit raised with an int */
double pyz_exc_code_float(PyzExc *e);    /* ... with a float */
PyzStr *pyz_exc_code_str(PyzExc *e);     /* ... with a str */
void pyz_raise_recursion(void);
/* Called as an exception leaves a Python frame: records file, line,
 * function and the source line's text (for the traceback). */
void pyz_exc_add_frame(const char *file, int32_t line, const char *func, const char *source);
int32_t pyz_exc_report_uncaught(void); /* prints the traceback to stderr; returns the exit status */

/* ------------------------------------------------------------- print.c */
/* Buffered stdout (flushed at exit and before anything goes to stderr). */
void pyz_write_bytes(const char *data, int64_t len);
void pyz_write_cstr(const char *s);
void pyz_write_str(PyzStr *s);
void pyz_write_int(int64_t v);
void pyz_write_float(double v);
void pyz_write_bool(bool v);
void pyz_write_none(void);
void pyz_flush(void);                  /* the runtime's own flush: an error waits for the next */
bool pyz_flush_checked(void);          /* sys.stdout.flush(): OSError / BrokenPipeError */
bool pyz_flush_at_exit(void);          /* false after printing CPython's "Exception ignored" report */
/* The runtime's own messages on stderr (tracebacks, exit reports), buffered until pyz_err_flush;
 * not stdio's printf, which would link musl's formatter into every program. */
void pyz_err_bytes(const char *data, int64_t len);
void pyz_err_cstr(const char *s);
void pyz_err_int(int64_t v);
void pyz_err_flush(void);

/* ---------------------------------------------------------- radix_sort.c */
/* Sorts a list's items when no two of them can be told apart by the order equal items end in:
 * ints none of them big, floats none of them NaN or -0.0.  false: not such a list (or no
 * scratch memory), nothing changed, and the caller sorts by timsort. */
bool pyz_sort_radix_i64(int64_t *items, int64_t n, bool reverse);
bool pyz_sort_radix_f64(double *items, int64_t n, bool reverse);

/* ----------------------------------------------------------------- int.c */
/* Python's int in one int64_t word (issue 19; the invariants are in int.c): a word >=
 * PYZ_SMALL_MIN is the int itself, a word below it is PYZ_BIG_TAG | the address of a PyzLong
 * whose value is outside [PYZ_SMALL_MIN, INT64_MAX].  The inline functions are the fast paths;
 * each *_slow function handles big words, results that leave the small range, and errors. */
#define PYZ_SMALL_MIN (INT64_MIN + ((int64_t)1 << 60))
#define PYZ_BIG_TAG ((uint64_t)1 << 63)
static inline bool pyz_int_is_big(int64_t w) { return w < PYZ_SMALL_MIN; }
static inline struct PyzLong *pyz_int_long(int64_t w) {
    return (struct PyzLong *)(uintptr_t)((uint64_t)w & ~PYZ_BIG_TAG);
}
int64_t pyz_int_from_long(struct PyzLong *a);   /* normalised: the small word when it fits; 0 for NULL */
struct PyzLong *pyz_int_to_long(int64_t w);     /* a big word's PyzLong, or a small one boxed */
int64_t pyz_int_add_slow(int64_t a, int64_t b);
int64_t pyz_int_add_slow_wrapped(int64_t sum, int64_t b); /* a + b, given b and a + b wrapped to 64 bits */
int64_t pyz_int_sub_slow(int64_t a, int64_t b);
int64_t pyz_int_mul_slow(int64_t a, int64_t b);
int64_t pyz_int_neg_slow(int64_t a);
int64_t pyz_int_and_slow(int64_t a, int64_t b);
int64_t pyz_int_or_slow(int64_t a, int64_t b);
int64_t pyz_int_xor_slow(int64_t a, int64_t b);
int64_t pyz_int_invert_slow(int64_t a);
int32_t pyz_int_cmp_slow(int64_t a, int64_t b);  /* -1, 0, 1 */
int64_t pyz_int_divmod_slow(int64_t a, int64_t b, int32_t is_mod); /* ZeroDivisionError */
int64_t pyz_int_pow_slow(int64_t base, int64_t exp);
int64_t pyz_int_lshift_slow(int64_t a, int64_t b);  /* ValueError, OverflowError */
int64_t pyz_int_rshift_slow(int64_t a, int64_t b);  /* ValueError */
double pyz_int_to_float_slow(int64_t a);            /* a big word; OverflowError */
double pyz_int_truediv_slow(int64_t a, int64_t b);  /* an operand big; ZeroDivisionError, OverflowError */
int32_t pyz_float_bigint_cmp(double x, int64_t a);  /* a big: as pyz_float_int_cmp */
int64_t pyz_int_hash_slow(int64_t a);               /* a big word's CPython hash */
PyzStr *pyz_bigint_to_str(int64_t a);               /* a big word's decimal text; ValueError past 4300 digits */
void pyz_write_bigint(int64_t a);                   /* print(a big word); ValueError past 4300 digits */
int64_t pyz_int_from_cstr(const char *digits);      /* a literal's decimal digits (an optional '-') */
int64_t pyz_float_to_bigint(double v);              /* int(v) past the small range */
/* a big word as a C integer: its value in *out when it fits in int64; else, by kind, false with
 * OverflowError "Python int too large to convert to C ssize_t" (a count), IndexError or OverflowError
 * "cannot fit 'int' into an index-sized integer" (an index, a size), or the nearest int64 (a slice
 * bound, which CPython clamps) */
enum { PYZ_TO_C_SSIZE, PYZ_TO_C_INDEX, PYZ_TO_C_SIZE, PYZ_TO_C_CLAMP };
bool pyz_int_to_c_slow(int64_t w, int32_t kind, int64_t *out);
int64_t pyz_int_box_c(int64_t v);                   /* a C integer below PYZ_SMALL_MIN as a big word */
static inline int64_t pyz_int_norm(int64_t v) { return PYZ_LIKELY(v >= PYZ_SMALL_MIN) ? v : pyz_int_box_c(v); }
int64_t pyz_int_comb_slow(int64_t n, int64_t k);    /* math.comb / math.perm past the small range */
int64_t pyz_int_perm_slow(int64_t n, int64_t k);
int64_t pyz_int_powmod(int64_t a, int64_t e, int64_t m);  /* pow(a, e, m): ValueError */
int64_t pyz_int_bit_length(int64_t a);
int64_t pyz_int_bit_count(int64_t a);
int64_t pyz_hash_of_hash(int64_t w);
int64_t pyz_int_round_slow(int64_t v, int64_t ndigits);  /* round(v, ndigits < 0) of a big word */
PyzStr *pyz_int_to_bytes(int64_t a, int64_t length, PyzStr *order, bool is_signed);   /* Overflow/ValueError */
int64_t pyz_int_from_bytes(int64_t cls, PyzStr *b, PyzStr *order, bool is_signed);   /* ValueError */

/* Comparisons: small words compare as C ints; equality needs the slow path only when both are big */
static inline bool pyz_int_small2(int64_t a, int64_t b) { return (a >= PYZ_SMALL_MIN) & (b >= PYZ_SMALL_MIN); }
static inline bool pyz_int_lt(int64_t a, int64_t b) { return PYZ_LIKELY(pyz_int_small2(a, b)) ? a < b : pyz_int_cmp_slow(a, b) < 0; }
static inline bool pyz_int_le(int64_t a, int64_t b) { return PYZ_LIKELY(pyz_int_small2(a, b)) ? a <= b : pyz_int_cmp_slow(a, b) <= 0; }
static inline bool pyz_int_eq(int64_t a, int64_t b) {
    return a == b || (PYZ_UNLIKELY((a < PYZ_SMALL_MIN) & (b < PYZ_SMALL_MIN)) && pyz_int_cmp_slow(a, b) == 0);
}
/* Arithmetic: the exact result when both words and the result are small, else the slow path */
static inline int64_t pyz_int_and(int64_t a, int64_t b) {
    int64_t r = a & b;
    return PYZ_LIKELY(pyz_int_small2(a, b) & (r >= PYZ_SMALL_MIN)) ? r : pyz_int_and_slow(a, b);
}
static inline int64_t pyz_int_or(int64_t a, int64_t b) {
    return PYZ_LIKELY(pyz_int_small2(a, b)) ? a | b : pyz_int_or_slow(a, b);  /* | of small words is small */
}
static inline int64_t pyz_int_xor(int64_t a, int64_t b) {
    int64_t r = a ^ b;
    return PYZ_LIKELY(pyz_int_small2(a, b) & (r >= PYZ_SMALL_MIN)) ? r : pyz_int_xor_slow(a, b);
}
static inline int64_t pyz_int_invert(int64_t a) {
    int64_t r = ~a;
    return PYZ_LIKELY((a >= PYZ_SMALL_MIN) & (r >= PYZ_SMALL_MIN)) ? r : pyz_int_invert_slow(a);
}
static inline double pyz_int_as_double(int64_t a) {  /* float(a): OverflowError past the float range */
    return PYZ_LIKELY(a >= PYZ_SMALL_MIN) ? (double)a : pyz_int_to_float_slow(a);
}
static inline int32_t pyz_int_cmp3(int64_t a, int64_t b) {
    return PYZ_LIKELY(pyz_int_small2(a, b)) ? (a > b) - (a < b) : pyz_int_cmp_slow(a, b);
}
static inline int64_t pyz_int_rshift_k(int64_t a, int64_t k) {  /* k a constant in 0..62 */
    return PYZ_LIKELY(a >= PYZ_SMALL_MIN) ? a >> k : pyz_int_rshift_slow(a, k);
}
/* The general fast paths, for the runtime's own sums (a Counter's counts) */
static inline int64_t pyz_int_add(int64_t a, int64_t b) {
    int64_t r;
    if (PYZ_UNLIKELY(__builtin_add_overflow(a, b, &r) | (r < PYZ_SMALL_MIN) | !pyz_int_small2(a, b))) return pyz_int_add_slow(a, b);
    return r;
}
static inline int64_t pyz_int_sub(int64_t a, int64_t b) {
    int64_t r;
    if (PYZ_UNLIKELY(__builtin_sub_overflow(a, b, &r) | (r < PYZ_SMALL_MIN) | !pyz_int_small2(a, b))) return pyz_int_sub_slow(a, b);
    return r;
}

/* ------------------------------------------------------- arith.c + rt.c */
/* // and % are inline (the common case is a division and a sign fix-up,
 * and a constant divisor becomes a multiplication); the rare errors are calls. */
int64_t pyz_int_divmod_error(int64_t a, int64_t b, int32_t is_mod);
/* A function value (ir/build_functions.py) is its function's number, or the address of a closure's
   environment, which starts with that number (ir/ops.py NewClosure).  No heap address is that small. */
#define PYZ_FUNC_ID_LIMIT ((uint64_t)1 << 20)
static inline int64_t pyz_func_id(int64_t f) {
    return (uint64_t)f < PYZ_FUNC_ID_LIMIT ? f : *(const int64_t *)(intptr_t)f;
}

/* a // b with |b| >= 2 or b == 1 is small when a is; b == -1 may not be (-INT64_MAX) */
static inline int64_t pyz_int_floordiv(int64_t a, int64_t b) {
    if (PYZ_UNLIKELY(!pyz_int_small2(a, b) | (b == 0) | (b == -1))) return pyz_int_divmod_slow(a, b, 0);
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static inline int64_t pyz_int_mod(int64_t a, int64_t b) {
    if (PYZ_UNLIKELY(!pyz_int_small2(a, b) | (b == 0))) return pyz_int_divmod_slow(a, b, 1);
    if (PYZ_UNLIKELY(b == -1)) return 0;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}
int64_t pyz_int_pow(int64_t base, int64_t exp);   /* OverflowError; exp < 0 refused */
double pyz_int_truediv(int64_t a, int64_t b);     /* ZeroDivisionError */
int64_t pyz_int_lshift(int64_t a, int64_t b);     /* ValueError negative count, OverflowError */
/* a << k for a constant k in 0..62: true if the result leaves 64 bits */
static inline bool pyz_int_lshift_overflows(int64_t a, int64_t k, int64_t *r) {
    *r = (int64_t)((uint64_t)a << k);
    return (*r >> k) != a;
}
int64_t pyz_int_rshift(int64_t a, int64_t b);     /* ValueError negative count */
int64_t pyz_int_abs(int64_t a);                   /* OverflowError at INT64_MIN */
double pyz_float_div_by_zero(void);               /* raises ZeroDivisionError; returns 0.0 */
/* a / b; ZeroDivisionError.  Inline: the division of a numeric loop is no call */
static inline double pyz_float_div(double a, double b) { return PYZ_LIKELY(b != 0.0) ? a / b : pyz_float_div_by_zero(); }
double pyz_float_floordiv(double a, double b);
static inline bool pyz_float_is_integer(double v) { return isfinite(v) && v == floor(v); }  /* float.is_integer() */
double pyz_float_divmod_check(double b);  /* b; ZeroDivisionError "float divmod()" when it is 0 */
double pyz_float_mod(double a, double b);
double pyz_float_pow_slow(double a, double b);    /* ZeroDivisionError, ValueError */
/* a ** b.  x ** 2 inline: glibc's pow (CPython's) is within 0.52 ulp of the exact square, so when
 * x * x (the double nearest to it) is within 0.4 ulp of it, and not a power of two (whose lower
 * neighbour is half an ulp away), no other double qualifies and pow returns x * x.  fma gives
 * the product's error exactly, for squares far from underflow and overflow.  The rest: arith.c. */
static inline double pyz_float_pow(double a, double b) {
    if (b == 2.0) {
        double p = a * a;
        if (p >= 0x1p-960 && p < 0x1p1000) {
            uint64_t bits, top;
            __builtin_memcpy(&bits, &p, sizeof bits);
            top = bits & 0x7FF0000000000000ULL;  /* p's binade: 2**k, ulp(p) = 2**(k-52) */
            double binade;
            __builtin_memcpy(&binade, &top, sizeof binade);
            if (bits != top && __builtin_fabs(fma(a, a, -p)) < 0.4 * 0x1p-52 * binade)
                return p;
        }
    }
    return pyz_float_pow_slow(a, b);
}
int64_t pyz_float_to_int(double v);               /* int(x): ValueError nan, OverflowError inf/too big */
int64_t pyz_float_round(double v);                /* round(x): banker's rounding */
double pyz_float_round_digits(double v, int64_t ndigits);
/* Python's slice rules: clamps *start and *stop for a sequence of length len,
 * returns the slice length; ValueError (and returns 0) on step 0. */
int64_t pyz_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step,
                         int32_t has_start, int32_t has_stop);
/* ValueError: attempt to assign sequence of size got to extended slice of size want */
void pyz_raise_slice_size(int64_t got, int64_t want);
void pyz_kwargs_check(PyzList_str *keys, PyzStr *words);  /* f(**d): CPython's TypeErrors (exc.c) */
void pyz_spread_check(int64_t n, PyzStr *words);  /* f(*xs) of a list: CPython's TypeErrors (exc.c) */

/* The slow path of an index check, for an index outside [0, len): a negative
 * index within range is rewritten to count from the end and true returned;
 * otherwise IndexError(message) is raised and false returned. */
bool pyz_index_fix(int64_t *index, int64_t len, const char *message);
int64_t pyz_range_len(int64_t start, int64_t stop, int64_t step); /* ValueError on step 0; at most INT64_MAX */
int64_t pyz_tuple_index(int64_t i, int64_t n);  /* i, or i + n when negative; IndexError outside */
int64_t pyz_range_item(int64_t start, int64_t stop, int64_t step, int64_t i); /* IndexError outside */
/* One of the start (part 0), stop (1) and step (2) of range(start, stop, step)[lo:hi:sstep] (has_lo, has_hi:
 * given), as CPython's compute_slice: ValueError on a step 0, OverflowError where a bound leaves 64 bits. */
int64_t pyz_range_slice(int64_t start, int64_t stop, int64_t step, int64_t lo, int64_t hi, int64_t sstep,
                        int32_t has_lo, int32_t has_hi, int32_t part);
int64_t pyz_range_last(int64_t start, int64_t n, int64_t step);   /* the last of n items (n > 0), else start */
int64_t pyz_range_len_exact(int64_t start, int64_t stop, int64_t step); /* len(range): ValueError on step 0, OverflowError past INT64_MAX */
bool pyz_range_contains(int64_t x, int64_t start, int64_t stop, int64_t step); /* x in range(...): ValueError on step 0 */
int64_t pyz_int_round_digits(int64_t v, int64_t ndigits);  /* round(int, n) */
int64_t pyz_int_gcd(int64_t a, int64_t b);

/* Exact comparison of a float with an int, as CPython does it (no rounding
 * of the int): 1 if a < b, 2 if equal, 4 if a > b, 0 if a is NaN. */
static inline int32_t pyz_float_int_cmp(double a, int64_t b) {
    if (a != a) return 0;
    if (PYZ_UNLIKELY(pyz_int_is_big(b))) return pyz_float_bigint_cmp(a, b);
    if (b > -9007199254740992LL && b < 9007199254740992LL) {
        double bd = (double)b;
        return a < bd ? 1 : (a > bd ? 4 : 2);
    }
    if (a >= 9223372036854775808.0) return 4;
    if (a < -9223372036854775808.0) return 1;
    /* a is within int64 range and integral at this magnitude (|a| >= 2**53) */
    int64_t ai = (int64_t)a;
    if (ai != b) return ai < b ? 1 : 4;
    double frac = a - (double)ai;
    return frac < 0 ? 1 : (frac > 0 ? 4 : 2);
}

/* CPython's hash() of numbers (Python/pyhash.c, Objects/longobject.c), for
 * the elem_hash / key_hash render parameters of templates/dict.c.j2 and set.c.j2.
 * Numbers hash to their value reduced modulo the Mersenne prime P = 2**61 - 1,
 * with the sign of the number; -1 is reserved (an error in CPython's C API),
 * so a hash of -1 becomes -2.  For an int64_t v that means: v itself when
 * |v| < P (so hash(-1) == -2), else sign(v) * (|v| mod P).  bool hashes as
 * the int 0 or 1.  A float hashes like the int it equals when integral
 * (hash(2.0) == 2, hash(-0.0) == 0) and otherwise as m * 2**e reduced mod P;
 * inf is 314159, -inf -314159; CPython 3.10+ hashes a NaN by its object
 * identity, which cannot be reproduced: 0 here. */
static inline int64_t pyz_pyhash_int(int64_t v) {
    const uint64_t p = ((uint64_t)1 << 61) - 1;
    if (PYZ_UNLIKELY(pyz_int_is_big(v))) return pyz_int_hash_slow(v);
    if (PYZ_LIKELY(v > -(int64_t)p && v < (int64_t)p)) return v == -1 ? -2 : v;
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(a % p);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* Objects without __hash__ hash by identity, as CPython's _Py_HashPointer
 * (the address rotated right by 4 bits); their set order depends on addresses,
 * as in CPython. */
static inline int64_t pyz_pyhash_ptr(const void *p) {
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);
    return (int64_t)y == -1 ? -2 : (int64_t)y;
}

static inline int64_t pyz_pyhash_float(double v) {
    const uint64_t p = ((uint64_t)1 << 61) - 1;
    if (v != v) return 0;
    if (v == HUGE_VAL) return 314159;
    if (v == -HUGE_VAL) return -314159;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m != 0.0) {   /* 28 bits at a time, as _Py_HashDouble */
        x = ((x << 28) & p) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= p) x -= p;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & p) | x >> (61 - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1) x = (uint64_t)-2;
    return (int64_t)x;
}

/* --------------------------------------------------------------- long.c */
/* An int of any size (issue 19): sign and magnitude, the magnitude in base 2**32 digits, least
 * significant first, d[size-1] != 0; zero has size 0 and sign 0.  Immutable once returned;
 * an atomic GC block (no pointers inside).  Functions that can raise return NULL (a double
 * function -1.0) with the exception pending.  A function may return one of its arguments. */
typedef struct PyzLong {
    int32_t sign;    /* -1, 0 or 1 */
    int32_t size;    /* digits in d */
    uint32_t d[];
} PyzLong;
PyzLong *pyz_long_from_i64(int64_t v);
PyzLong *pyz_long_from_u64(uint64_t v);
PyzLong *pyz_long_from_digits(int32_t sign, const uint32_t *d, int64_t n); /* a literal's digits */
bool pyz_long_to_i64(const PyzLong *a, int64_t *out);    /* false when a does not fit */
PyzLong *pyz_long_add(PyzLong *a, PyzLong *b);
PyzLong *pyz_long_sub(PyzLong *a, PyzLong *b);
PyzLong *pyz_long_mul(PyzLong *a, PyzLong *b);           /* Karatsuba past a cutoff */
PyzLong *pyz_long_add_i64(PyzLong *a, int64_t b);
PyzLong *pyz_long_mul_i64(PyzLong *a, int64_t b);
PyzLong *pyz_long_add_ii(int64_t a, int64_t b);          /* exact a + b of two int64s (after an overflow) */
PyzLong *pyz_long_sub_ii(int64_t a, int64_t b);
PyzLong *pyz_long_mul_ii(int64_t a, int64_t b);
/* floor division; ZeroDivisionError with the message of // or of % */
PyzLong *pyz_long_floordiv(PyzLong *a, PyzLong *b);
PyzLong *pyz_long_mod(PyzLong *a, PyzLong *b);
PyzLong *pyz_long_divmod(PyzLong *a, PyzLong *b, PyzLong **rem);   /* returns the quotient */
int64_t pyz_long_mod_i64(PyzLong *a, int64_t b);        /* a % b fits an int64 */
PyzLong *pyz_long_pow(PyzLong *a, PyzLong *e);           /* e >= 0 (a negative e is a float: convert first) */
PyzLong *pyz_long_powmod(PyzLong *a, PyzLong *e, PyzLong *m);   /* pow(a, e, m), ValueError */
PyzLong *pyz_long_lshift(PyzLong *a, int64_t k);         /* ValueError negative count, MemoryError */
PyzLong *pyz_long_rshift(PyzLong *a, int64_t k);         /* floor; ValueError negative count */
PyzLong *pyz_long_and(PyzLong *a, PyzLong *b);           /* two's complement, as Python */
PyzLong *pyz_long_or(PyzLong *a, PyzLong *b);
PyzLong *pyz_long_xor(PyzLong *a, PyzLong *b);
PyzLong *pyz_long_invert(PyzLong *a);
PyzLong *pyz_long_neg(PyzLong *a);
PyzLong *pyz_long_abs(PyzLong *a);
int32_t pyz_long_cmp(const PyzLong *a, const PyzLong *b); /* -1, 0, 1 */
bool pyz_long_eq(const PyzLong *a, const PyzLong *b);
int32_t pyz_long_cmp_i64(const PyzLong *a, int64_t b);
int64_t pyz_long_bit_length(const PyzLong *a);
int64_t pyz_long_hash(const PyzLong *a);                 /* CPython's: modulo 2**61 - 1 */
double pyz_long_to_double(const PyzLong *a);             /* correctly rounded; OverflowError */
double pyz_long_frexp(const PyzLong *a, int64_t *e);    /* |a| = m * 2**e, 0.5 <= m < 1 rounded to 53 bits; a != 0 */
double pyz_long_truediv(const PyzLong *a, const PyzLong *b); /* a / b correctly rounded; ZeroDivisionError, OverflowError */
PyzLong *pyz_long_from_double(double x);                 /* int(x): truncates; ValueError nan, OverflowError inf */
int32_t pyz_float_long_cmp(double x, const PyzLong *a);  /* exact: 1 <, 2 ==, 4 >, 0 NaN (as pyz_float_int_cmp) */
PyzLong *pyz_long_gcd(PyzLong *a, PyzLong *b);
PyzLong *pyz_long_isqrt(PyzLong *n);                     /* ValueError for n < 0 */
PyzLong *pyz_long_factorial(int64_t n);                  /* ValueError for n < 0 */
/* int.to_bytes into out[0..length) (false with OverflowError: does not fit, or negative and
 * unsigned); int.from_bytes */
bool pyz_long_to_bytes(const PyzLong *a, uint8_t *out, int64_t length, bool big_endian, bool is_signed);
PyzLong *pyz_long_from_bytes(const uint8_t *p, int64_t n, bool big_endian, bool is_signed);
/* text in base 2, 8, 10 or 16, no prefix; ValueError past 4300 decimal digits */
char *pyz_long_to_cstr(const PyzLong *a, int32_t base, int64_t *len);
/* int(s, base) of ASCII text: 0 and *out, 1 for an invalid literal (the caller raises with the
 * str's repr), -1 with ValueError pending (the base, or CPython 3.11's 4300-digit limit) */
int32_t pyz_long_parse(const char *s, int64_t len, int32_t base, PyzLong **out);

/* ------------------------------------------------- numbers of several types (num.c) */
/* A place that holds an int at one time and a float or a bool at another (`x = 0` then
 * `x = x / 2`, `sum()` of a list of floats that may be empty, `b ** e` for an int e of unknown
 * sign) is a PyzNum: the value and a tag saying which of the three it is now.  Places of one
 * type keep their unboxed C type; only the union pays for the tag.  A bool keeps 0 or 1 in i, an int
 * its word (runtime_c/int.c: big ints too).
 * The zero value ({0}) is the int 0. */
enum { PYZ_NUM_INT = 0, PYZ_NUM_FLOAT = 1, PYZ_NUM_BOOL = 2 };
typedef struct PyzNum { int32_t tag; union { int64_t i; double f; } v; } PyzNum;
static inline PyzNum pyz_num_int(int64_t i) { PyzNum n; n.tag = PYZ_NUM_INT; n.v.i = i; return n; }
static inline PyzNum pyz_num_float(double f) { PyzNum n; n.tag = PYZ_NUM_FLOAT; n.v.f = f; return n; }
static inline PyzNum pyz_num_bool(bool b) { PyzNum n; n.tag = PYZ_NUM_BOOL; n.v.i = b; return n; }
static inline double pyz_num_as_float(PyzNum n) { return n.tag == PYZ_NUM_FLOAT ? n.v.f : pyz_int_as_double(n.v.i); }
static inline bool pyz_num_truth(PyzNum n) { return n.tag == PYZ_NUM_FLOAT ? n.v.f != 0.0 : n.v.i != 0; }
static inline bool pyz_num_is(PyzNum n, int32_t tag) { return n.tag == tag; }
/* Operators, by code: CPython's result type and exceptions (an int op on a float is
 * "unsupported operand type(s)"; int ** negative int is a float). */
enum { PYZ_NUM_ADD, PYZ_NUM_SUB, PYZ_NUM_MUL, PYZ_NUM_FLOORDIV, PYZ_NUM_MOD, PYZ_NUM_POW,
       PYZ_NUM_LSHIFT, PYZ_NUM_RSHIFT, PYZ_NUM_AND, PYZ_NUM_OR, PYZ_NUM_XOR };
PyzNum pyz_num_binop_slow(PyzNum a, PyzNum b, int32_t op);  /* ZeroDivision, Overflow, Type, ValueError */
/* + - * of two floats, a float and a small int, or two small ints without overflow: inline (op is
 * a constant at every call, so this is one test and the operation); the rest in num.c */
static inline PyzNum pyz_num_binop(PyzNum a, PyzNum b, int32_t op) {
    if (op <= PYZ_NUM_MUL) {
        if (a.tag == PYZ_NUM_FLOAT && (b.tag == PYZ_NUM_FLOAT || (b.tag == PYZ_NUM_INT && !pyz_int_is_big(b.v.i)))) {
            double x = a.v.f, y = b.tag == PYZ_NUM_FLOAT ? b.v.f : (double)b.v.i;
            return pyz_num_float(op == PYZ_NUM_ADD ? x + y : op == PYZ_NUM_SUB ? x - y : x * y);
        }
        if (b.tag == PYZ_NUM_FLOAT && a.tag == PYZ_NUM_INT && !pyz_int_is_big(a.v.i)) {
            double x = (double)a.v.i, y = b.v.f;
            return pyz_num_float(op == PYZ_NUM_ADD ? x + y : op == PYZ_NUM_SUB ? x - y : x * y);
        }
    }
    return pyz_num_binop_slow(a, b, op);
}
double pyz_num_truediv(PyzNum a, PyzNum b);            /* ZeroDivisionError */
PyzNum pyz_num_neg(PyzNum a);
PyzNum pyz_num_pos(PyzNum a);                          /* +True is 1 */
PyzNum pyz_num_abs(PyzNum a);
PyzNum pyz_num_invert(PyzNum a);                       /* TypeError on a float */
/* Exact comparison (an int with a float as CPython compares them): 1 if a < b, 2 if equal,
 * 4 if a > b, 0 if unordered (a NaN). */
int32_t pyz_num_cmp_slow(PyzNum a, PyzNum b);
static inline int32_t pyz_num_cmp(PyzNum a, PyzNum b) {
    if (a.tag == PYZ_NUM_FLOAT && b.tag == PYZ_NUM_FLOAT) {
        double x = a.v.f, y = b.v.f;
        return x < y ? 1 : (x > y ? 4 : (x == y ? 2 : 0));
    }
    return pyz_num_cmp_slow(a, b);
}
static inline bool pyz_num_eq(PyzNum a, PyzNum b) { return pyz_num_cmp(a, b) == 2; }
static inline bool pyz_num_lt(PyzNum a, PyzNum b) { return pyz_num_cmp(a, b) == 1; }
/* three-way, for sorting and container comparison: -1, 0 or 1 (unordered counts as 1) */
static inline int32_t pyz_num_cmp3(PyzNum a, PyzNum b) { int32_t c = pyz_num_cmp(a, b); return c == 1 ? -1 : c == 2 ? 0 : 1; }
int64_t pyz_num_hash(PyzNum a);                        /* hash(x): equal numbers hash alike */
PyzStr *pyz_num_to_str(PyzNum a);                      /* str(x) and repr(x) */
int64_t pyz_num_as_index(PyzNum a);                    /* an int where one is needed: TypeError on a float */
int64_t pyz_num_as_subscript(PyzNum a, int64_t kind);   /* xs[a]: kind 0 list, 1 tuple, 2 str; TypeError on a float */
int64_t pyz_num_to_int(PyzNum a);                      /* int(x): ValueError nan, OverflowError inf */
int64_t pyz_num_round(PyzNum a);                       /* round(x) */
int64_t pyz_num_rounded(PyzNum a, int32_t how);        /* math.floor (0), ceil (1), trunc (2) */
PyzStr *pyz_num_type_name(PyzNum a);                   /* type(x).__name__ */
PyzStr *pyz_num_format(PyzNum a, PyzStr *spec);        /* format(x, spec) */
int64_t pyz_num_percent_int(PyzNum a, int32_t conv);   /* the int of '%x' / '%c' % x: TypeError on a float */

/* ------------------------------------------------- byte search (str.c) */
/* memchr and memmem for the runtime's hot loops (line splitting, `in`, find): a word at a time,
 * as the libc zig links byte by byte is several times slower on long texts. */
const char *pyz_memchr(const char *s, int32_t c, int64_t n);
const char *pyz_memmem(const char *h, int64_t hl, const char *n, int64_t nl);
const char *pyz_two_way(const char *h, int64_t hl, const char *n, int64_t nl); /* its linear fallback, nl >= 1 */
const char *pyz_two_way_last(const char *h, int64_t hl, const char *n, int64_t nl); /* the last match, nl >= 1 */

/* ----------------------------------------------------- iter() (str.c) */
/* iter(xs) of a list or str: the sequence and a position (an item index in a list, a byte
 * offset in a str); next() and for loops read and advance it in place. */
typedef struct PyzIter { void *seq; int64_t pos; } PyzIter;
PyzIter *pyz_iter_new(void *seq);

/* A generator: the head of its frame, a GC block laid out per generator function by the compiler
 * (pyzc/codegen/generators.py): state 0 before the first resume, k after the k-th yield, -1 once
 * it has finished; resume is its resume function (called through it where a place holds
 * generators of several functions); the yielded item follows the head in every frame. */
typedef struct PyzGen { int32_t state; bool (*resume)(struct PyzGen *); } PyzGen;
/* `a, b = xs` of a list: ValueError unless len(xs) is the number of names */
void pyz_unpack_check(int64_t len, int64_t n);
void pyz_unpack_check_star(int64_t len, int64_t n);
void pyz_join_none_item(int64_t i);
void pyz_percent_arity(int64_t len, int64_t fields);
bool pyz_str_iter_more(PyzIter *it);
PyzStr *pyz_str_iter_next(PyzIter *it);     /* the next character; call only when more */

/* -------------------------------------------------------------- time.c */
/* The time module: clocks as CPython reads them (clock_gettime), and sleep. */
double pyz_time_time(void);
double pyz_time_perf_counter(void);
double pyz_time_monotonic(void);
double pyz_time_process_time(void);
int64_t pyz_time_time_ns(void);
int64_t pyz_time_perf_counter_ns(void);
int64_t pyz_time_monotonic_ns(void);
void pyz_time_sleep(double seconds);
void pyz_time_tm_now(bool local);                 /* localtime()/gmtime() of now, kept for pyz_time_tm_field */
void pyz_time_tm_at(double secs, bool local);     /* of secs: ValueError (NaN), OverflowError */
int64_t pyz_time_tm_field(int64_t i);             /* struct_time's field i of the time kept (9: tm_gmtoff) */
PyzStr *pyz_time_tm_zone(void);                   /* its tm_zone */
PyzStr *pyz_time_strftime_tm(PyzStr *fmt, int64_t year, int64_t mon, int64_t mday, int64_t hour, int64_t min,
                             int64_t sec, int64_t wday, int64_t yday, int64_t isdst, PyzStr *zone,
                             int64_t gmtoff);     /* C's fields (pylib/_time.py); ValueError, OverflowError */
double pyz_time_mktime_tm(int64_t year, int64_t mon, int64_t mday, int64_t hour, int64_t min, int64_t sec,
                          int64_t isdst);         /* C's fields; OverflowError */

/* -------------------------------------------------------------- glibc_math.c */
/* glibc 2.36's results bit for bit (its FMA builds where it has them); nothing raised */
double pyz_glibc_log1p(double x);
double pyz_glibc_expm1(double x);
double pyz_glibc_exp(double x);
double pyz_glibc_exp2(double x);
double pyz_glibc_pow(double x, double y);
double pyz_glibc_cbrt(double x);
double pyz_glibc_erf(double x);
double pyz_glibc_erfc(double x);

/* -------------------------------------------------------------- math.c */
/* The math module: CPython's results and its ValueError("math domain error"). */
double pyz_math_domain_error(void);  /* raises ValueError("math domain error"); returns 0.0 */
static inline double pyz_math_sqrt(double x) { return PYZ_UNLIKELY(x < 0) ? pyz_math_domain_error() : __builtin_sqrt(x); }
/* math.fsum: Shewchuk's exact partials, rounded once at the end, as CPython's math_fsum. */
typedef struct PyzFsum { int64_t n, cap; double *partials; double special, inf_sum; bool has_special; } PyzFsum;
PyzFsum *pyz_fsum_new(void);
void pyz_fsum_add(PyzFsum *acc, double x);
double pyz_fsum_result(PyzFsum *acc);
/* statistics.mean/variance/pvariance/stdev/pstdev (stats.c): the values and their squares
 * summed exactly, one correctly rounded result as CPython's Fraction arithmetic gives.
 * The caller checks the count first (StatisticsError is the Python library's). */
typedef struct PyzStats PyzStats;
enum { PYZ_STATS_MEAN, PYZ_STATS_VARIANCE, PYZ_STATS_PVARIANCE, PYZ_STATS_STDEV, PYZ_STATS_PSTDEV };
PyzStats *pyz_stats_new(bool squares);
void pyz_stats_add_float(PyzStats *acc, double x);
void pyz_stats_add_int(PyzStats *acc, int64_t x);
void pyz_stats_add_num(PyzStats *acc, PyzNum x);
double pyz_stats_result(PyzStats *acc, int64_t kind); /* OverflowError; AttributeError: stdev of inf/nan */
bool pyz_math_isclose(double a, double b, double rel_tol, double abs_tol);
int64_t pyz_math_factorial(int64_t n);
int64_t pyz_math_isqrt(int64_t n);
int64_t pyz_math_comb(int64_t n, int64_t k);
int64_t pyz_math_perm(int64_t n, int64_t k);
int64_t pyz_math_lcm(int64_t a, int64_t b);
double pyz_math_exp(double x);
double pyz_math_log(double x);
double pyz_math_log_base(double x, double base);
double pyz_math_log2(double x);
double pyz_math_log10(double x);
double pyz_math_log_num(PyzNum x);                 /* an int past the float range too; ValueError */
double pyz_math_log2_num(PyzNum x);
double pyz_math_log10_num(PyzNum x);
double pyz_math_log_base_num(PyzNum x, PyzNum base); /* ValueError, ZeroDivisionError */
double pyz_math_expm1(double x);
double pyz_math_log1p(double x);
/* explog.c: C99's functions, correctly rounded (log10: glibc's formula); no exceptions raised */
double pyz_explog_exp(double x);
double pyz_explog_log2(double x);
double pyz_explog_log10(double x);
/* trig.c: sin and cos correctly rounded (nan in, nan out; the callers raise for inf) */
double pyz_trig_sin(double x);
double pyz_trig_cos(double x);
/* trig.c: tan, atan, atan2 (CPython's special cases), asin and acos (|x| <= 1) correctly rounded */
double pyz_trig_tan(double x);   /* nan in, nan out, inf: nan */
double pyz_trig_atan(double x);
double pyz_trig_atan2(double y, double x);
double pyz_trig_asin(double x);
double pyz_trig_acos(double x);
double pyz_math_sin(double x);
double pyz_math_cos(double x);
double pyz_math_tan(double x);
double pyz_math_asin(double x);
double pyz_math_acos(double x);
double pyz_math_atan(double x);
double pyz_math_atan2(double y, double x);
double pyz_math_sinh(double x);
double pyz_math_cosh(double x);
double pyz_math_tanh(double x);
double pyz_math_fabs(double x);
double pyz_math_hypot(double x, double y);
double pyz_math_pow(double x, double y);
double pyz_math_fmod(double x, double y);
double pyz_math_copysign(double x, double y);
double pyz_math_degrees(double x);
double pyz_math_radians(double x);
int64_t pyz_math_floor(double x);   /* ValueError nan, OverflowError inf */
int64_t pyz_math_ceil(double x);
int64_t pyz_math_trunc(double x);
double pyz_math_asinh(double x);
double pyz_math_acosh(double x);    /* ValueError below 1 */
double pyz_math_atanh(double x);    /* ValueError for |x| >= 1 */
double pyz_math_cbrt(double x);
double pyz_math_exp2(double x);     /* OverflowError */
double pyz_math_erf(double x);
double pyz_math_erfc(double x);
double pyz_math_gamma(double x);    /* CPython's Lanczos code; ValueError at poles, OverflowError */
double pyz_math_lgamma(double x);   /* ValueError at the integers <= 0, OverflowError */
double pyz_math_remainder(double x, double y);   /* ValueError: remainder(inf, y), remainder(x, 0) */
double pyz_math_nextafter(double x, double y);
double pyz_math_ulp(double x);
double pyz_math_ldexp(double x, int64_t i);      /* i an int word (any size); OverflowError */
double pyz_math_frexp_mantissa(double x);
int64_t pyz_math_frexp_exponent(double x);
double pyz_math_modf_fraction(double x);
double pyz_math_modf_integer(double x);
/* math.dist(p, q): p's coordinates, then q's subtracted one by one; ValueError if the counts differ */
typedef struct PyzDist { int64_t n, cap, k; double *v; } PyzDist;
PyzDist *pyz_dist_new(void);
void pyz_dist_add_p(PyzDist *acc, double x);
void pyz_dist_add_q(PyzDist *acc, double x);
double pyz_dist_result(PyzDist *acc);

extern char *pyz_stack_limit;            /* recursion guard: lowest safe frame address */
/* A self-call folded into a loop (passes/tail_accumulation.py) counts as this much stack: the least a
 * call takes (a return address and a saved frame pointer), so a folded recursion goes at least as deep
 * as it did as calls (64 made `return 1 + depth(n - 1)` stop at 127,000 calls, where 400,000 ran),
 * and one that never ends still raises RecursionError. */
#define PYZ_TAIL_FRAME_BYTES (2 * (int64_t)sizeof(void *))
extern int64_t pyz_tail_room;            /* how many such frames the whole stack holds */
/* What a compiled function whose callers may test its result returns with an exception pending
 * (passes/fuse_tail_checks.py): negative, so an add of operands >= 0 takes its slow path, which tests
 * the exception; a big word is never PYZ_BIG_TAG with no address. */
#define PYZ_INT_ERR_WORD INT64_MIN
PyzList_str *pyz_sys_argv(void);         /* sys.argv: the binary's arguments, argv[0] first */
void pyz_sys_setrecursionlimit(int64_t limit); /* ValueError below 1; the stack stays the real limit */
int64_t pyz_sys_getrecursionlimit(void);
int64_t pyz_sys_terminal_columns(void);  /* $COLUMNS, the terminal's width, or 80 (pylib/argparse.py) */
void pyz_rt_init(int32_t argc, char **argv, void *stack_bottom);
int32_t pyz_rt_finish(int32_t status);   /* flushes; reports an uncaught exception */

/* --------------------------------------------------------------- hybrid.c */
/* Hybrid mode (pyzc build --module): a shared library CPython calls through cffi.  The exported
 * entry points of the generated C call pyz_hy_enter first and pyz_hy_leave last; values cross
 * copied, in one byte format (hybrid.c's comment), read with the pyz_hy_get_* below and written
 * into the library's one result buffer with pyz_hy_put*. */
const char *pyz_exc_kind_name(int32_t kind);
int32_t pyz_exc_kind_parent(int32_t kind);
PyzStr *pyz_exc_message(void);
PyzStr *pyz_exc_pending_args_repr(void);  /* repr of `raise E(a, b)`'s arguments, or NULL */
int64_t pyz_exc_frame_count(void);
void pyz_exc_frame_at(int64_t i, const char **file, int32_t *line, const char **func);
void pyz_hy_start(void *stack_bottom);    /* once, at import: the runtime, as pyz_rt_init for a program */
void pyz_hy_enter(void *frame);           /* each call: the GC's stack bottom and the thread's stack limit */
void pyz_hy_leave(void);                  /* each call: flushes what the call printed */
void pyz_hy_reset(void);                  /* empties the result buffer */
void pyz_hy_put(const void *data, int64_t n);
int64_t pyz_hy_result(const char **out);  /* the result buffer: its length, and its data in *out */
int64_t pyz_hy_error(const char **out);   /* the pending exception, written to the result buffer and cleared */
int32_t *pyz_hy_attention(void);          /* read by the wrapper after each call: 1 an exception, 2 output */
int64_t pyz_hy_output(const char **out);  /* what the call printed (and forgets it) */
extern void (*pyz_stdout_sink)(const char *data, int64_t len);  /* print.c: where stdout goes if set */
static inline int64_t pyz_hy_get_int(const char **p) { int64_t v; __builtin_memcpy(&v, *p, 8); *p += 8; return v; }
static inline double pyz_hy_get_float(const char **p) { double v; __builtin_memcpy(&v, *p, 8); *p += 8; return v; }
static inline bool pyz_hy_get_bool(const char **p) { return *(*p)++ != 0; }
static inline PyzStr *pyz_hy_get_str(const char **p) {
    int64_t n = pyz_hy_get_int(p);
    PyzStr *s = pyz_str_new(*p, n);
    *p += n;
    return s;
}
static inline void pyz_hy_put_int(int64_t v) { pyz_hy_put(&v, 8); }
int64_t pyz_hy_int_out(int64_t w);  /* an int word as an int64 for CPython: OverflowError past it */
static inline void pyz_hy_put_float(double v) { pyz_hy_put(&v, 8); }
static inline void pyz_hy_put_bool(bool v) { char c = v; pyz_hy_put(&c, 1); }
static inline void pyz_hy_put_str(PyzStr *s) { pyz_hy_put_int(s->len); pyz_hy_put(s->data, s->len); }

/* --------------------------------------------------------------- file.c */
/* A text file (open(), sys.stdin/stdout/stderr): UTF-8, universal newlines
 * on reading, buffered; read line by line with bounded memory. */
typedef struct PyzFile PyzFile;
PyzFile *pyz_file_open(PyzStr *path, int32_t mode); /* mode 'r', 'w' or 'a' ('U', 'N': 'r' with newline="", "\n"); OSError subclasses */
PyzFile *pyz_sys_stdin(void);
PyzFile *pyz_sys_stdout(void);           /* writes share print.c's buffer */
PyzFile *pyz_sys_stderr(void);           /* flushes stdout, then writes at once */
PyzStr *pyz_file_next_line(PyzFile *f);  /* `for line in f`: NULL at end of file */
PyzStr *pyz_file_readline(PyzFile *f);   /* "" at end of file */
PyzList_str *pyz_file_readlines(PyzFile *f);
PyzStr *pyz_file_read(PyzFile *f);
PyzStr *pyz_file_read_n(PyzFile *f, int64_t n);  /* n characters; all when n < 0 */
int64_t pyz_file_write(PyzFile *f, PyzStr *s); /* returns the code points written (a bytes': its length) */
void pyz_file_writelines(PyzFile *f, PyzList_str *lines);
PyzFile *pyz_file_open_binary(PyzStr *path, int32_t mode); /* mode 'r', 'w' or 'a'; OSError subclasses */
PyzStr *pyz_file_read_bytes(PyzFile *f);                   /* a binary file's rest */
PyzStr *pyz_file_binary_repr(PyzFile *f);                  /* <_io.BufferedReader name='x'> */
PyzStr *pyz_file_read_bytes_n(PyzFile *f, int64_t n);      /* up to n bytes; all when n < 0 */
int64_t pyz_file_tell(PyzFile *f);                         /* a binary file's position */
int64_t pyz_file_seek(PyzFile *f, int64_t offset, int64_t whence); /* the new position */
void pyz_file_flush(PyzFile *f);
void pyz_file_close(PyzFile *f);         /* flushes; a second close does nothing */
bool pyz_file_closed(PyzFile *f);
PyzStr *pyz_file_name(PyzFile *f);
void pyz_file_flush_all(void);           /* at exit: every write file not closed */
/* rt.c calls this at exit when set: file.c sets it to pyz_file_flush_all when the program first
 * makes a file, so that a program without files does not link file.c at all */
extern void (*pyz_exit_flush)(void);
PyzStr *pyz_input(PyzStr *prompt);       /* prompt NULL: none; EOFError at end of input */
bool pyz_os_path_exists(PyzStr *path);
bool pyz_os_path_isfile(PyzStr *path);
bool pyz_os_path_isdir(PyzStr *path);
int64_t pyz_os_path_getsize(PyzStr *path); /* OSError */
PyzStr *pyz_os_path_join(PyzStr *a, PyzStr *b);
PyzStr *pyz_os_path_join_all(PyzList_str *parts);  /* os.path.join(*parts) (file.c) */
PyzStr *pyz_os_path_basename(PyzStr *path);
PyzStr *pyz_os_path_dirname(PyzStr *path);
void pyz_raise_oserror(int32_t e, PyzStr *path, PyzStr *path2); /* errno e's OSError subclass; path2 for 'a' -> 'b' */
/* os.c: the os functions that ask the system (the rest of os is pylib/_os.py) */
PyzStr *pyz_os_getcwd(void);                      /* OSError */
PyzList_str *pyz_os_listdir(PyzStr *path);        /* OSError, ValueError (NUL) */
void pyz_os_mkdir(PyzStr *path, int64_t mode);    /* OSError, ValueError */
void pyz_os_rmdir(PyzStr *path);                  /* OSError, ValueError */
void pyz_os_remove(PyzStr *path);                 /* OSError, ValueError */
void pyz_os_rename(PyzStr *src, PyzStr *dst);     /* OSError, ValueError */
PyzList_str *pyz_os_environ_list(void);           /* "NAME=value" */
double pyz_os_path_getmtime(PyzStr *path);        /* OSError, ValueError */
double pyz_os_path_getatime(PyzStr *path);        /* OSError, ValueError */
double pyz_os_path_getctime(PyzStr *path);        /* OSError, ValueError */
void pyz_os_stat(PyzStr *path, bool follow);      /* stat/lstat, kept for the two below; OSError, ValueError */
int64_t pyz_os_stat_field(int64_t i);             /* st_mode, st_ino... in stat_result's order (os.c) */
double pyz_os_stat_time(int64_t i);               /* st_atime, st_mtime, st_ctime */
bool pyz_os_path_islink(PyzStr *path);
int64_t pyz_exc_errno(PyzExc *e);                 /* an OSError's errno, read from its message; -1: None */
PyzStr *pyz_exc_strerror(PyzExc *e);              /* its strerror, filename, filename2; NULL: None */
PyzStr *pyz_exc_filename(PyzExc *e);
PyzStr *pyz_exc_filename2(PyzExc *e);

/* -------------------------------------------------------------- codec.c */
/* Lone surrogates on the way out, undecodable bytes on the way in (codec.c's comment). */
enum { PYZ_ERRORS_STRICT, PYZ_ERRORS_SURROGATEESCAPE, PYZ_ERRORS_BACKSLASHREPLACE };
int32_t pyz_codec_stdio_errors(void);    /* stdin/stdout's handler, from the environment as CPython */
bool pyz_codec_has_surrogate(PyzStr *s);
/* The bytes that encode s under errors: s->data itself when s holds no surrogate; -1 after
 * raising UnicodeEncodeError (nothing of s is to be written then). */
int64_t pyz_codec_encode(PyzStr *s, int32_t errors, const char **out);
PyzStr *pyz_codec_decode_escape(const char *data, int64_t n); /* UTF-8 with surrogateescape */

/* ---------------------------------------------------------------- pgo.c */
/* Instrumented builds only: write counts[i] with its key keys[i] at exit,
 * after the header line (pyzc/codegen/pgo.py reads the file back). */
void pyz_pgo_init(const char *header, const char *const *keys, const uint64_t *counts, int64_t n);
void pyz_oom(void);                      /* out of memory: message and exit */

/* -------------------------------------------------------------- localtime.c */
int64_t pyz_localtime_offset(int64_t t);  /* local time's offset from UTC at timestamp t, in seconds (pylib/datetime.py) */

/* ---------------------------------------------------------------- itertools.c */
/* Index vectors of itertools.product/combinations/permutations, advanced in
 * CPython's (lexicographic) order.  st[0] is 0 before the first call; the
 * indices of the current tuple follow it.  Each returns false when done. */
bool pyz_itertools_product_next(int64_t *st, const int64_t *sizes, int64_t r);
bool pyz_itertools_power_next(int64_t *st, int64_t n, int64_t r);  /* product(xs, repeat=r): every index counts to n */
bool pyz_itertools_combinations_next(int64_t *st, int64_t n, int64_t r);
bool pyz_itertools_combinations_with_replacement_next(int64_t *st, int64_t n, int64_t r);
bool pyz_itertools_permutations_next(int64_t *st, int64_t n, int64_t r);  /* st: 1 + n + r slots */

#endif
