/* test_bytes.c - unit tests of runtime_c/bytes.c and runtime_c/bytearray.c.
 *
 * Expected values are CPython 3.11's (repr, decode errors, fromhex positions).
 * Every value made is checked for the bytes invariants: ncp == len, ascii set,
 * a NUL after the data. */
#include "pyz.h"
#include "check.h"

#include <stdint.h>

#define B(lit) V(pyz_bytes_new((lit), (int64_t)sizeof(lit) - 1))

/* Checks the bytes invariants and passes s through. */
static PyzStr *V(PyzStr *s) {
    if (s && (s->ncp != s->len || !s->ascii || s->data[s->len] != 0)) {
        check_failed++;
        fprintf(stderr, "bytes invariant broken: len %lld ncp %lld ascii %d\n", (long long)s->len,
                (long long)s->ncp, (int)s->ascii);
    }
    return s;
}

#define CHECK_BYTES(s, lit) do { \
    PyzStr *cb_ = V(s); \
    CHECK(cb_ && cb_->len == (int64_t)sizeof(lit) - 1 && memcmp(cb_->data, (lit), sizeof(lit) - 1) == 0); \
} while (0)

/* The pending exception is kind with this message; it is taken. */
#define CHECK_RAISES(expr, k, msg) do { \
    (void)(expr); \
    CHECK(pyz_exc_pending == (k)); \
    if (pyz_exc_pending) { \
        PyzExc *e_ = pyz_exc_fetch(); \
        CHECK_STR(e_->message, (msg)); \
    } \
} while (0)

static void test_repr(void) {
    CHECK_STR(pyz_bytes_repr(B("")), "b''");
    CHECK_STR(pyz_bytes_repr(B("abc")), "b'abc'");
    CHECK_STR(pyz_bytes_repr(B("\x00\t\n\r\x7f\x80\xff\\")), "b'\\x00\\t\\n\\r\\x7f\\x80\\xff\\\\'");
    CHECK_STR(pyz_bytes_repr(B("it's")), "b\"it's\"");
    CHECK_STR(pyz_bytes_repr(B("'\"")), "b'\\'\"'");
    CHECK_STR(pyz_bytearray_repr(pyz_bytearray_from(B("a\xff"))), "bytearray(b'a\\xff')");
}

static void test_values(void) {
    /* one byte past ASCII: str.c's one-character table must not be handed out */
    PyzStr *hi = B("\xff\x80");
    CHECK(pyz_bytes_getitem(hi, 0) == 255 && pyz_bytes_getitem(hi, -1) == 128);
    CHECK_BYTES(pyz_bytes_slice(hi, 1, 2, 1, 1, 1), "\x80");
    CHECK_BYTES(pyz_bytes_slice(hi, 0, 0, -1, 0, 0), "\x80\xff");
    CHECK_BYTES(pyz_bytes_slice(B("abcdef"), 0, 0, 2, 0, 0), "ace");
    CHECK_BYTES(pyz_bytes_repeat(B("\xfe"), 3), "\xfe\xfe\xfe");
    CHECK_BYTES(pyz_bytes_repeat(B("ab"), 0), "");
    CHECK_BYTES(pyz_str_concat(B("\xff"), B("\x01")), "\xff\x01");
    CHECK(pyz_str_eq(B("a\x00b"), B("a\x00b")) && !pyz_str_eq(B("a"), B("b")));
    CHECK(pyz_str_cmp(B("\xff"), B("a")) > 0 && pyz_str_cmp(B("a"), B("ab")) < 0);
    CHECK(pyz_str_find(B("ab\xff\xfe"), B("\xfe")) == 3);
    CHECK(pyz_str_count(B("\xff\xff\xff"), B("\xff")) == 3);
    CHECK(pyz_bytes_contains_int(B("a\xff"), 255) && !pyz_bytes_contains_int(B("a"), 0));
    int64_t ints[] = {0, 65, 255};
    CHECK_BYTES(pyz_bytes_from_ints(ints, 3), "\x00" "A\xff");
    CHECK_BYTES(pyz_bytes_zeros(2), "\x00\x00");
    CHECK_BYTES(pyz_bytes_upper(B("ab\xe9z")), "AB\xe9Z");
    CHECK_BYTES(pyz_bytes_lower(B("AB\xc9Z")), "ab\xc9z");
    CHECK_BYTES(pyz_bytes_strip(B(" \t\x1c x\x85 \n"), NULL), "\x1c x\x85");
    CHECK_BYTES(pyz_bytes_rstrip(B("xxa\xffxx"), B("x")), "xxa\xff");
    CHECK_BYTES(pyz_bytes_replace(B("abc"), B(""), B("-"), -1), "-a-b-c-");
    CHECK_BYTES(pyz_bytes_replace(B("\xff\xfe\xff"), B("\xff"), B("\x80"), 1), "\x80\xfe\xff");
    CHECK_BYTES(pyz_bytes_replace(B("aaa"), B("a"), B(""), -1), "");
    PyzList_bytes *parts = pyz_bytes_split(B(" a  b\t"), NULL, -1);
    CHECK(parts->len == 2);
    CHECK_BYTES(parts->items[1], "b");
    parts = pyz_bytes_split(B("a,,b"), B(","), 1);
    CHECK(parts->len == 2);
    CHECK_BYTES(parts->items[1], ",b");
    CHECK_BYTES(pyz_bytes_join(B("\xff"), parts), "a\xff,b");
    CHECK_STR(pyz_bytes_hex(B("\x00\xab")), "00ab");
    CHECK_BYTES(pyz_bytes_fromhex(B(""), pyz_str_from_cstr(" 0a FF")), "\x0a\xff");
    CHECK_BYTES(pyz_bytes_from_latin1(pyz_str_from_cstr("a\303\251")), "a\xe9");
}

static void test_codecs(void) {
    CHECK_STR(pyz_bytes_decode(B("h\xc3\xa9")), "h\303\251");
    CHECK_STR(pyz_bytes_decode_as(B("caf\xe9"), pyz_str_from_cstr("Latin_1")), "caf\303\251");
    CHECK_BYTES(pyz_str_encode(pyz_str_from_cstr("h\303\251")), "h\xc3\xa9");
    CHECK_RAISES(pyz_bytes_decode(B("a\xff")), PYZ_EXC_UnicodeDecodeError,
                 "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
    CHECK_RAISES(pyz_bytes_decode(B("\xed\xa0\x80")), PYZ_EXC_UnicodeDecodeError,
                 "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    CHECK_RAISES(pyz_bytes_decode(B("\xf0\x9f\x98")), PYZ_EXC_UnicodeDecodeError,
                 "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data");
    CHECK_RAISES(pyz_bytes_decode_as(B("\x80"), pyz_str_from_cstr("ascii")), PYZ_EXC_UnicodeDecodeError,
                 "'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)");
    CHECK_RAISES(pyz_bytes_decode_as(B("x"), pyz_str_from_cstr("koi8")), PYZ_EXC_LookupError, "unknown encoding: koi8");
    CHECK_RAISES(pyz_bytes_fromhex(B(""), pyz_str_from_cstr("0g")), PYZ_EXC_ValueError,
                 "non-hexadecimal number found in fromhex() arg at position 1");
    CHECK_RAISES(pyz_bytes_from_latin1(pyz_str_from_cstr("\304\200")), PYZ_EXC_OverflowError, "%c arg not in range(256)");
}

static void test_errors(void) {
    CHECK_RAISES(pyz_bytes_getitem(B("a"), 1), PYZ_EXC_IndexError, "index out of range");
    CHECK_RAISES(pyz_bytes_slice(B("a"), 0, 0, 0, 0, 0), PYZ_EXC_ValueError, "slice step cannot be zero");
    CHECK_RAISES(pyz_bytes_zeros(-1), PYZ_EXC_ValueError, "negative count");
    int64_t bad[] = {1, 256};
    CHECK_RAISES(pyz_bytes_from_ints(bad, 2), PYZ_EXC_ValueError, "bytes must be in range(0, 256)");
    CHECK_RAISES(pyz_bytes_contains_int(B("a"), -1), PYZ_EXC_ValueError, "byte must be in range(0, 256)");
    CHECK_RAISES(pyz_bytes_split(B("a"), B(""), -1), PYZ_EXC_ValueError, "empty separator");
    CHECK_RAISES(pyz_bytes_repeat(B("ab"), INT64_MAX), PYZ_EXC_OverflowError, "repeated bytes are too long");
    PyzStr *ba = pyz_bytearray_zeros(1);
    CHECK_RAISES(pyz_bytearray_setitem(ba, 1, 0), PYZ_EXC_IndexError, "bytearray index out of range");
    CHECK_RAISES(pyz_bytearray_setitem(ba, 0, 256), PYZ_EXC_ValueError, "byte must be in range(0, 256)");
    CHECK_RAISES(pyz_bytearray_append(ba, -1), PYZ_EXC_ValueError, "byte must be in range(0, 256)");
    CHECK_RAISES(pyz_bytearray_pop(pyz_bytearray_zeros(0)), PYZ_EXC_IndexError, "pop from empty bytearray");
}

static void test_bytearray(void) {
    PyzStr *ba = pyz_bytearray_from(B("ab"));
    pyz_bytearray_setitem(ba, -1, 0xff);
    for (int i = 0; i < 1000; i++)  /* grows past its first buffer */
        pyz_bytearray_append(ba, i & 0xff);
    CHECK(V(ba)->len == 1002 && pyz_bytearray_getitem(ba, 1) == 255 && pyz_bytearray_getitem(ba, -1) == (999 & 0xff));
    pyz_bytearray_extend(ba, ba);  /* itself: the bytes read are the ones before the call */
    CHECK(V(ba)->len == 2004 && pyz_bytearray_getitem(ba, 1002) == 'a');
    CHECK(pyz_bytearray_pop(ba) == (999 & 0xff) && ba->len == 2003);
    CHECK(pyz_str_hash(B("ab")) == pyz_str_hash(pyz_bytes_of(pyz_bytearray_from(B("ab")))));
    CHECK(ba->hash == -1);
    CHECK_BYTES(pyz_bytes_concat_new(B("x"), pyz_bytearray_from(B("y"))), "xy");
    CHECK_BYTES(pyz_bytearray_slice(ba, 0, 2, 1, 1, 1), "a\xff");
}

int main(int argc, char **argv) {
    (void)argv;
    pyz_gc_init(&argc);
    test_repr();
    test_values();
    test_codecs();
    test_errors();
    test_bytearray();
    CHECK(pyz_exc_pending == 0);
    return CHECK_DONE();
}
