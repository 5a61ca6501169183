/* test_str.c - unit tests of runtime_c/str.c.
 *
 * The table in test_generated() was produced by a script that evaluates
 * each call in CPython 3.11 and prints the expected result, so every
 * expected value there is CPython's own.  The hand-written tests around it
 * cover what a table can't: the builder, str lists, char_at iteration,
 * hashing, static literals, long strings and an exhaustive slice check. */
#include "pyz.h"
#include "check.h"

#include <stdint.h>
#include <stdlib.h>

/* A string from a C literal (may hold NULs). */
#define SN(lit) V(pyz_str_new((lit), (int64_t)sizeof(lit) - 1))

/* Message of the last pyz_raise when running against the private test stub;
 * NULL (message not checked) when linked with the real exc.c. */
extern char pyz_stub_last_msg[] __attribute__((weak));

#define CHECK_RAISES(expr, kind, msg) do { \
    pyz_exc_pending = 0; \
    (void)(expr); \
    CHECK(pyz_exc_pending == (kind)); \
    if (pyz_stub_last_msg && strcmp(pyz_stub_last_msg, (msg)) != 0) { \
        check_failed++; \
        fprintf(stderr, "%s:%d: message '%s', expected '%s'\n", __FILE__, __LINE__, pyz_stub_last_msg, (msg)); \
    } \
    pyz_exc_pending = 0; \
} while (0)

/* Checks the PyzStr invariants (NUL, ncp, ascii) and passes s through. */
static PyzStr *V(PyzStr *s) {
    if (!s)
        return NULL;
    int64_t n = 0;
    for (int64_t i = 0; i < s->len; i++)
        n += ((unsigned char)s->data[i] & 0xC0) != 0x80;
    if (s->len < 0 || s->data[s->len] != 0 || s->ncp != n || s->ascii != (s->len == s->ncp)) {
        check_failed++;
        fprintf(stderr, "invariants broken: '%.*s' len=%lld ncp=%lld (counted %lld) ascii=%d\n", (int)s->len,
                s->data, (long long)s->len, (long long)s->ncp, (long long)n, (int)s->ascii);
    }
    return s;
}

/* repr() of a list of str, as Python prints it. */
static PyzStr *list_repr(PyzList_str *l) {
    if (!l)
        return NULL;
    CHECK(l->len >= 0 && l->len <= l->cap);
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    pyz_sb_add_cstr(&sb, "[");
    for (int64_t i = 0; i < l->len; i++) {
        if (i)
            pyz_sb_add_cstr(&sb, ", ");
        pyz_sb_add_str(&sb, V(pyz_str_repr(V(l->items[i]))));
    }
    pyz_sb_add_cstr(&sb, "]");
    return V(pyz_sb_finish(&sb));
}

static PyzList_str *mklist(const char *const *items, int n) {
    PyzList_str *l = pyz_list_str_alloc(0);
    for (int i = 0; i < n; i++)
        pyz_list_str_push(l, pyz_str_from_cstr(items[i]));
    return l;
}

/* isdigit isalpha isalnum isspace isupper islower as six 0/1 digits. */
static PyzStr *preds(PyzStr *s) {
    char b[7] = {(char)('0' + pyz_str_isdigit(s)), (char)('0' + pyz_str_isalpha(s)),
                 (char)('0' + pyz_str_isalnum(s)), (char)('0' + pyz_str_isspace(s)),
                 (char)('0' + pyz_str_isupper(s)), (char)('0' + pyz_str_islower(s)), 0};
    return pyz_str_from_cstr(b);
}

/* new: code point counts */
static void test_gen_1(void) {
    CHECK(SN("")->ncp == 0LL && SN("")->len == 0LL);
    CHECK(SN("a")->ncp == 1LL && SN("a")->len == 1LL);
    CHECK(SN("abc")->ncp == 3LL && SN("abc")->len == 3LL);
    CHECK(SN("héllo")->ncp == 5LL && SN("héllo")->len == 6LL);
    CHECK(SN("a😀b")->ncp == 3LL && SN("a😀b")->len == 6LL);
    CHECK(SN("ÀÉÎõü ß ÿ µ")->ncp == 11LL && SN("ÀÉÎõü ß ÿ µ")->len == 19LL);
    CHECK(SN(" \011\012 hi there \015\012")->ncp == 15LL && SN(" \011\012 hi there \015\012")->len == 15LL);
    CHECK(SN("it's")->ncp == 4LL && SN("it's")->len == 4LL);
    CHECK(SN("\"q\"")->ncp == 3LL && SN("\"q\"")->len == 3LL);
    CHECK(SN("both ' and \"")->ncp == 12LL && SN("both ' and \"")->len == 12LL);
    CHECK(SN("日本語")->ncp == 3LL && SN("日本語")->len == 9LL);
    CHECK(SN("\000x")->ncp == 2LL && SN("\000x")->len == 2LL);
    CHECK(SN("😀😀")->ncp == 2LL && SN("😀😀")->len == 8LL);
}

/* getitem */
static void test_gen_2(void) {
    CHECK_RAISES(pyz_str_getitem(SN("abc"), (-4LL)), PYZ_EXC_IndexError, "string index out of range");
    CHECK_STR(V(pyz_str_getitem(SN("abc"), (-3LL))), "a");
    CHECK_STR(V(pyz_str_getitem(SN("abc"), (-2LL))), "b");
    CHECK_STR(V(pyz_str_getitem(SN("abc"), (-1LL))), "c");
    CHECK_STR(V(pyz_str_getitem(SN("abc"), 0LL)), "a");
    CHECK_STR(V(pyz_str_getitem(SN("abc"), 1LL)), "b");
    CHECK_STR(V(pyz_str_getitem(SN("abc"), 2LL)), "c");
    CHECK_RAISES(pyz_str_getitem(SN("abc"), 3LL), PYZ_EXC_IndexError, "string index out of range");
    CHECK_RAISES(pyz_str_getitem(SN("héllo"), (-6LL)), PYZ_EXC_IndexError, "string index out of range");
    CHECK_STR(V(pyz_str_getitem(SN("héllo"), (-5LL))), "h");
    CHECK_STR(V(pyz_str_getitem(SN("héllo"), (-4LL))), "é");
    CHECK_STR(V(pyz_str_getitem(SN("héllo"), (-3LL))), "l");
    CHECK_STR(V(pyz_str_getitem(SN("héllo"), (-2LL))), "l");
    CHECK_STR(V(pyz_str_getitem(SN("héllo"), (-1LL))), "o");
    CHECK_STR(V(pyz_str_getitem(SN("héllo"), 0LL)), "h");
    CHECK_STR(V(pyz_str_getitem(SN("héllo"), 1LL)), "é");
    CHECK_STR(V(pyz_str_getitem(SN("héllo"), 2LL)), "l");
    CHECK_STR(V(pyz_str_getitem(SN("héllo"), 3LL)), "l");
    CHECK_STR(V(pyz_str_getitem(SN("héllo"), 4LL)), "o");
    CHECK_RAISES(pyz_str_getitem(SN("héllo"), 5LL), PYZ_EXC_IndexError, "string index out of range");
    CHECK_RAISES(pyz_str_getitem(SN("a😀b"), (-4LL)), PYZ_EXC_IndexError, "string index out of range");
    CHECK_STR(V(pyz_str_getitem(SN("a😀b"), (-3LL))), "a");
    CHECK_STR(V(pyz_str_getitem(SN("a😀b"), (-2LL))), "😀");
    CHECK_STR(V(pyz_str_getitem(SN("a😀b"), (-1LL))), "b");
    CHECK_STR(V(pyz_str_getitem(SN("a😀b"), 0LL)), "a");
    CHECK_STR(V(pyz_str_getitem(SN("a😀b"), 1LL)), "😀");
    CHECK_STR(V(pyz_str_getitem(SN("a😀b"), 2LL)), "b");
    CHECK_RAISES(pyz_str_getitem(SN("a😀b"), 3LL), PYZ_EXC_IndexError, "string index out of range");
    CHECK_RAISES(pyz_str_getitem(SN("日本語x"), (-5LL)), PYZ_EXC_IndexError, "string index out of range");
    CHECK_STR(V(pyz_str_getitem(SN("日本語x"), (-4LL))), "日");
    CHECK_STR(V(pyz_str_getitem(SN("日本語x"), (-3LL))), "本");
    CHECK_STR(V(pyz_str_getitem(SN("日本語x"), (-2LL))), "語");
    CHECK_STR(V(pyz_str_getitem(SN("日本語x"), (-1LL))), "x");
    CHECK_STR(V(pyz_str_getitem(SN("日本語x"), 0LL)), "日");
    CHECK_STR(V(pyz_str_getitem(SN("日本語x"), 1LL)), "本");
    CHECK_STR(V(pyz_str_getitem(SN("日本語x"), 2LL)), "語");
    CHECK_STR(V(pyz_str_getitem(SN("日本語x"), 3LL)), "x");
    CHECK_RAISES(pyz_str_getitem(SN("日本語x"), 4LL), PYZ_EXC_IndexError, "string index out of range");
    CHECK_RAISES(pyz_str_getitem(SN(""), 0LL), PYZ_EXC_IndexError, "string index out of range");
}

/* slice (exhaustive cross-checks are in slice_crosscheck) */
static void test_gen_3(void) {
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 0LL, 0LL, 1LL, 0, 0)), "hello world");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 1LL, 4LL, 1LL, 1, 1)), "ell");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), (-3LL), 0LL, 1LL, 1, 0)), "rld");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 0LL, (-3LL), 1LL, 0, 1)), "hello wo");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 0LL, 0LL, (-1LL), 0, 0)), "dlrow olleh");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 0LL, 0LL, 2LL, 0, 0)), "hlowrd");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 1LL, 0LL, 3LL, 1, 0)), "eood");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), (-1LL), 0LL, (-1LL), 1, 1)), "dlrow olle");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 5LL, 1LL, (-2LL), 1, 1)), " l");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 100LL, (-100LL), (-1LL), 1, 1)), "dlrow olleh");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), (-100LL), 100LL, 1LL, 1, 1)), "hello world");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 2LL, 2LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 3LL, 1LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 0LL, 0LL, (-3LL), 0, 0)), "dooe");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 0LL, 1LL, 1LL, 1, 1)), "h");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 1LL, 3LL, 1LL, 1, 1)), "el");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), (-2LL), 0LL, (-1LL), 1, 0)), "lrow olleh");
    CHECK_RAISES(pyz_str_slice(SN("hello world"), 0LL, 0LL, 0LL, 0, 0), PYZ_EXC_ValueError, "slice step cannot be zero");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 0LL, 1LL, 9223372036854775807LL, 1, 1)), "h");
    CHECK_STR(V(pyz_str_slice(SN("hello world"), 0LL, 0LL, INT64_MIN, 0, 0)), "d");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 0LL, 0LL, 1LL, 0, 0)), "héllo wörld");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 1LL, 4LL, 1LL, 1, 1)), "éll");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), (-3LL), 0LL, 1LL, 1, 0)), "rld");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 0LL, (-3LL), 1LL, 0, 1)), "héllo wö");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 0LL, 0LL, (-1LL), 0, 0)), "dlröw olléh");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 0LL, 0LL, 2LL, 0, 0)), "hlowrd");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 1LL, 0LL, 3LL, 1, 0)), "éoöd");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), (-1LL), 0LL, (-1LL), 1, 1)), "dlröw ollé");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 5LL, 1LL, (-2LL), 1, 1)), " l");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 100LL, (-100LL), (-1LL), 1, 1)), "dlröw olléh");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), (-100LL), 100LL, 1LL, 1, 1)), "héllo wörld");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 2LL, 2LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 3LL, 1LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 0LL, 0LL, (-3LL), 0, 0)), "döoé");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 0LL, 1LL, 1LL, 1, 1)), "h");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 1LL, 3LL, 1LL, 1, 1)), "él");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), (-2LL), 0LL, (-1LL), 1, 0)), "lröw olléh");
    CHECK_RAISES(pyz_str_slice(SN("héllo wörld"), 0LL, 0LL, 0LL, 0, 0), PYZ_EXC_ValueError, "slice step cannot be zero");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 0LL, 1LL, 9223372036854775807LL, 1, 1)), "h");
    CHECK_STR(V(pyz_str_slice(SN("héllo wörld"), 0LL, 0LL, INT64_MIN, 0, 0)), "d");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 0LL, 0LL, 1LL, 0, 0)), "a😀b😀c");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 1LL, 4LL, 1LL, 1, 1)), "😀b😀");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), (-3LL), 0LL, 1LL, 1, 0)), "b😀c");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 0LL, (-3LL), 1LL, 0, 1)), "a😀");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 0LL, 0LL, (-1LL), 0, 0)), "c😀b😀a");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 0LL, 0LL, 2LL, 0, 0)), "abc");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 1LL, 0LL, 3LL, 1, 0)), "😀c");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), (-1LL), 0LL, (-1LL), 1, 1)), "c😀b😀");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 5LL, 1LL, (-2LL), 1, 1)), "cb");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 100LL, (-100LL), (-1LL), 1, 1)), "c😀b😀a");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), (-100LL), 100LL, 1LL, 1, 1)), "a😀b😀c");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 2LL, 2LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 3LL, 1LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 0LL, 0LL, (-3LL), 0, 0)), "c😀");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 0LL, 1LL, 1LL, 1, 1)), "a");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 1LL, 3LL, 1LL, 1, 1)), "😀b");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), (-2LL), 0LL, (-1LL), 1, 0)), "😀b😀a");
    CHECK_RAISES(pyz_str_slice(SN("a😀b😀c"), 0LL, 0LL, 0LL, 0, 0), PYZ_EXC_ValueError, "slice step cannot be zero");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 0LL, 1LL, 9223372036854775807LL, 1, 1)), "a");
    CHECK_STR(V(pyz_str_slice(SN("a😀b😀c"), 0LL, 0LL, INT64_MIN, 0, 0)), "c");
    CHECK_STR(V(pyz_str_slice(SN(""), 0LL, 0LL, 1LL, 0, 0)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 1LL, 4LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), (-3LL), 0LL, 1LL, 1, 0)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 0LL, (-3LL), 1LL, 0, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 0LL, 0LL, (-1LL), 0, 0)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 0LL, 0LL, 2LL, 0, 0)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 1LL, 0LL, 3LL, 1, 0)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), (-1LL), 0LL, (-1LL), 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 5LL, 1LL, (-2LL), 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 100LL, (-100LL), (-1LL), 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), (-100LL), 100LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 2LL, 2LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 3LL, 1LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 0LL, 0LL, (-3LL), 0, 0)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 0LL, 1LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 1LL, 3LL, 1LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), (-2LL), 0LL, (-1LL), 1, 0)), "");
    CHECK_RAISES(pyz_str_slice(SN(""), 0LL, 0LL, 0LL, 0, 0), PYZ_EXC_ValueError, "slice step cannot be zero");
    CHECK_STR(V(pyz_str_slice(SN(""), 0LL, 1LL, 9223372036854775807LL, 1, 1)), "");
    CHECK_STR(V(pyz_str_slice(SN(""), 0LL, 0LL, INT64_MIN, 0, 0)), "");
}

/* concat, repeat */
static void test_gen_4(void) {
    CHECK_STR(V(pyz_str_concat(SN(""), SN(""))), "");
    CHECK_STR(V(pyz_str_concat(SN("ab"), SN(""))), "ab");
    CHECK_STR(V(pyz_str_concat(SN(""), SN("ab"))), "ab");
    CHECK_STR(V(pyz_str_concat(SN("ab"), SN("cd"))), "abcd");
    CHECK_STR(V(pyz_str_concat(SN("hé"), SN("llo"))), "héllo");
    CHECK_STR(V(pyz_str_concat(SN("😀"), SN("x"))), "😀x");
    CHECK_STR(V(pyz_str_repeat(SN("ab"), 3LL)), "ababab");
    CHECK_STR(V(pyz_str_repeat(SN("ab"), 0LL)), "");
    CHECK_STR(V(pyz_str_repeat(SN("ab"), (-2LL))), "");
    CHECK_STR(V(pyz_str_repeat(SN(""), 5LL)), "");
    CHECK_STR(V(pyz_str_repeat(SN("é"), 4LL)), "éééé");
    CHECK_STR(V(pyz_str_repeat(SN("x"), 1LL)), "x");
    CHECK_STR(V(pyz_str_repeat(SN("xyz"), 7LL)), "xyzxyzxyzxyzxyzxyzxyz");
    CHECK_STR(V(pyz_str_repeat(SN("a😀"), 3LL)), "a😀a😀a😀");
    CHECK_RAISES(pyz_str_repeat(SN("ab"), 4611686018427387904LL), PYZ_EXC_OverflowError, "repeated string is too long");
}

/* eq, cmp, contains */
static void test_gen_5(void) {
    CHECK(pyz_str_eq(SN(""), SN("")) == true);
    CHECK(pyz_str_cmp(SN(""), SN("")) == 0LL);
    CHECK(pyz_str_contains(SN(""), SN("")) == true);
    CHECK(pyz_str_eq(SN("a"), SN("")) == false);
    CHECK(pyz_str_cmp(SN("a"), SN("")) == 1LL);
    CHECK(pyz_str_contains(SN("a"), SN("")) == true);
    CHECK(pyz_str_eq(SN("abc"), SN("abd")) == false);
    CHECK(pyz_str_cmp(SN("abc"), SN("abd")) == (-1LL));
    CHECK(pyz_str_contains(SN("abc"), SN("abd")) == false);
    CHECK(pyz_str_eq(SN("abc"), SN("ab")) == false);
    CHECK(pyz_str_cmp(SN("abc"), SN("ab")) == 1LL);
    CHECK(pyz_str_contains(SN("abc"), SN("ab")) == true);
    CHECK(pyz_str_eq(SN("é"), SN("z")) == false);
    CHECK(pyz_str_cmp(SN("é"), SN("z")) == 1LL);
    CHECK(pyz_str_contains(SN("é"), SN("z")) == false);
    CHECK(pyz_str_eq(SN("é"), SN("ê")) == false);
    CHECK(pyz_str_cmp(SN("é"), SN("ê")) == (-1LL));
    CHECK(pyz_str_contains(SN("é"), SN("ê")) == false);
    CHECK(pyz_str_eq(SN("😀"), SN("\357\277\277")) == false);
    CHECK(pyz_str_cmp(SN("😀"), SN("\357\277\277")) == 1LL);
    CHECK(pyz_str_contains(SN("😀"), SN("\357\277\277")) == false);
    CHECK(pyz_str_eq(SN("\177"), SN("\302\200")) == false);
    CHECK(pyz_str_cmp(SN("\177"), SN("\302\200")) == (-1LL));
    CHECK(pyz_str_contains(SN("\177"), SN("\302\200")) == false);
    CHECK(pyz_str_eq(SN("héllo"), SN("héllo")) == true);
    CHECK(pyz_str_cmp(SN("héllo"), SN("héllo")) == 0LL);
    CHECK(pyz_str_contains(SN("héllo"), SN("héllo")) == true);
    CHECK(pyz_str_eq(SN("Z"), SN("a")) == false);
    CHECK(pyz_str_cmp(SN("Z"), SN("a")) == (-1LL));
    CHECK(pyz_str_contains(SN("Z"), SN("a")) == false);
    CHECK(pyz_str_contains(SN("hello"), SN("ell")) == true);
    CHECK(pyz_str_contains(SN("hello"), SN("")) == true);
    CHECK(pyz_str_contains(SN(""), SN("")) == true);
    CHECK(pyz_str_contains(SN(""), SN("a")) == false);
    CHECK(pyz_str_contains(SN("héllo"), SN("él")) == true);
    CHECK(pyz_str_contains(SN("héllo"), SN("e")) == false);
    CHECK(pyz_str_contains(SN("a😀b"), SN("😀b")) == true);
    CHECK(pyz_str_contains(SN("aaa"), SN("aaaa")) == false);
}

/* repr */
static void test_gen_6(void) {
    CHECK_STR(V(pyz_str_repr(SN(""))), "''");
    CHECK_STR(V(pyz_str_repr(SN("a"))), "'a'");
    CHECK_STR(V(pyz_str_repr(SN("abc"))), "'abc'");
    CHECK_STR(V(pyz_str_repr(SN("héllo"))), "'héllo'");
    CHECK_STR(V(pyz_str_repr(SN("a😀b"))), "'a😀b'");
    CHECK_STR(V(pyz_str_repr(SN("ÀÉÎõü ß ÿ µ"))), "'ÀÉÎõü ß ÿ µ'");
    CHECK_STR(V(pyz_str_repr(SN(" \011\012 hi there \015\012"))), "' \\t\\n hi there \\r\\n'");
    CHECK_STR(V(pyz_str_repr(SN("it's"))), "\"it's\"");
    CHECK_STR(V(pyz_str_repr(SN("\"q\""))), "'\"q\"'");
    CHECK_STR(V(pyz_str_repr(SN("both ' and \""))), "'both \\' and \"'");
    CHECK_STR(V(pyz_str_repr(SN("\000\001\037\177"))), "'\\x00\\x01\\x1f\\x7f'");
    CHECK_STR(V(pyz_str_repr(SN("tab\011here"))), "'tab\\there'");
    CHECK_STR(V(pyz_str_repr(SN("back\\slash"))), "'back\\\\slash'");
    CHECK_STR(V(pyz_str_repr(SN("bell\007"))), "'bell\\x07'");
    CHECK_STR(V(pyz_str_repr(SN("\302\200\302\237\302\240\302\255¡"))), "'\\x80\\x9f\\xa0\\xad¡'");
    CHECK_STR(V(pyz_str_repr(SN("é😀日本"))), "'é😀日本'");
    CHECK_STR(V(pyz_str_repr(SN("\342\200\250\342\200\251\342\200\213\357\273\277\343\200\200"))), "'\\u2028\\u2029\\u200b\\ufeff\\u3000'");
    CHECK_STR(V(pyz_str_repr(SN("\363\240\200\201\364\217\277\277😀"))), "'\\U000e0001\\U0010ffff😀'");
    CHECK_STR(V(pyz_str_repr(SN("'"))), "\"'\"");
    CHECK_STR(V(pyz_str_repr(SN("\""))), "'\"'");
    CHECK_STR(V(pyz_str_repr(SN("'\""))), "'\\'\"'");
    CHECK_STR(V(pyz_str_repr(SN("a\015b\012c"))), "'a\\rb\\nc'");
    CHECK_STR(V(pyz_str_repr(SN("\356\200\200"))), "'\\ue000'");
    CHECK_STR(V(pyz_str_repr(SN("\315\270"))), "'\\u0378'");
    CHECK_STR(V(pyz_str_repr(SN("\355\240\200"))), "'\\ud800'");
    CHECK_STR(V(pyz_str_repr(SN("\033[0m"))), "'\\x1b[0m'");
    CHECK_STR(V(pyz_str_repr(SN("ÿ"))), "'ÿ'");
}

/* case */
static void test_gen_7(void) {
    CHECK_STR(V(pyz_str_upper(SN(""))), "");
    CHECK_STR(V(pyz_str_lower(SN(""))), "");
    CHECK_STR(V(pyz_str_title(SN(""))), "");
    CHECK_STR(V(pyz_str_capitalize(SN(""))), "");
    CHECK_STR(V(pyz_str_upper(SN("hello World"))), "HELLO WORLD");
    CHECK_STR(V(pyz_str_lower(SN("hello World"))), "hello world");
    CHECK_STR(V(pyz_str_title(SN("hello World"))), "Hello World");
    CHECK_STR(V(pyz_str_capitalize(SN("hello World"))), "Hello world");
    CHECK_STR(V(pyz_str_upper(SN("HeLLo 123!"))), "HELLO 123!");
    CHECK_STR(V(pyz_str_lower(SN("HeLLo 123!"))), "hello 123!");
    CHECK_STR(V(pyz_str_title(SN("HeLLo 123!"))), "Hello 123!");
    CHECK_STR(V(pyz_str_capitalize(SN("HeLLo 123!"))), "Hello 123!");
    CHECK_STR(V(pyz_str_upper(SN("héllo wörld"))), "HÉLLO WÖRLD");
    CHECK_STR(V(pyz_str_lower(SN("héllo wörld"))), "héllo wörld");
    CHECK_STR(V(pyz_str_title(SN("héllo wörld"))), "Héllo Wörld");
    CHECK_STR(V(pyz_str_capitalize(SN("héllo wörld"))), "Héllo wörld");
    CHECK_STR(V(pyz_str_upper(SN("ÀÉÎÕÜ àéîõü"))), "ÀÉÎÕÜ ÀÉÎÕÜ");
    CHECK_STR(V(pyz_str_lower(SN("ÀÉÎÕÜ àéîõü"))), "àéîõü àéîõü");
    CHECK_STR(V(pyz_str_title(SN("ÀÉÎÕÜ àéîõü"))), "Àéîõü Àéîõü");
    CHECK_STR(V(pyz_str_capitalize(SN("ÀÉÎÕÜ àéîõü"))), "Àéîõü àéîõü");
    CHECK_STR(V(pyz_str_upper(SN("straße"))), "STRASSE");
    CHECK_STR(V(pyz_str_lower(SN("straße"))), "straße");
    CHECK_STR(V(pyz_str_title(SN("straße"))), "Straße");
    CHECK_STR(V(pyz_str_capitalize(SN("straße"))), "Straße");
    CHECK_STR(V(pyz_str_upper(SN("ÿ µ ß"))), "Ÿ Μ SS");
    CHECK_STR(V(pyz_str_lower(SN("ÿ µ ß"))), "ÿ µ ß");
    CHECK_STR(V(pyz_str_title(SN("ÿ µ ß"))), "Ÿ Μ Ss");
    CHECK_STR(V(pyz_str_capitalize(SN("ÿ µ ß"))), "Ÿ µ ß");
    CHECK_STR(V(pyz_str_upper(SN("×÷"))), "×÷");
    CHECK_STR(V(pyz_str_lower(SN("×÷"))), "×÷");
    CHECK_STR(V(pyz_str_title(SN("×÷"))), "×÷");
    CHECK_STR(V(pyz_str_capitalize(SN("×÷"))), "×÷");
    CHECK_STR(V(pyz_str_upper(SN("ªº"))), "ªº");
    CHECK_STR(V(pyz_str_lower(SN("ªº"))), "ªº");
    CHECK_STR(V(pyz_str_title(SN("ªº"))), "ªº");
    CHECK_STR(V(pyz_str_capitalize(SN("ªº"))), "ªº");
    CHECK_STR(V(pyz_str_upper(SN("they're bill's friends"))), "THEY'RE BILL'S FRIENDS");
    CHECK_STR(V(pyz_str_lower(SN("they're bill's friends"))), "they're bill's friends");
    CHECK_STR(V(pyz_str_title(SN("they're bill's friends"))), "They'Re Bill'S Friends");
    CHECK_STR(V(pyz_str_capitalize(SN("they're bill's friends"))), "They're bill's friends");
    CHECK_STR(V(pyz_str_upper(SN("a1b2 c3"))), "A1B2 C3");
    CHECK_STR(V(pyz_str_lower(SN("a1b2 c3"))), "a1b2 c3");
    CHECK_STR(V(pyz_str_title(SN("a1b2 c3"))), "A1B2 C3");
    CHECK_STR(V(pyz_str_capitalize(SN("a1b2 c3"))), "A1b2 c3");
    CHECK_STR(V(pyz_str_upper(SN("ßa"))), "SSA");
    CHECK_STR(V(pyz_str_lower(SN("ßa"))), "ßa");
    CHECK_STR(V(pyz_str_title(SN("ßa"))), "Ssa");
    CHECK_STR(V(pyz_str_capitalize(SN("ßa"))), "Ssa");
    CHECK_STR(V(pyz_str_upper(SN("éa éA"))), "ÉA ÉA");
    CHECK_STR(V(pyz_str_lower(SN("éa éA"))), "éa éa");
    CHECK_STR(V(pyz_str_title(SN("éa éA"))), "Éa Éa");
    CHECK_STR(V(pyz_str_capitalize(SN("éa éA"))), "Éa éa");
    CHECK_STR(V(pyz_str_upper(SN("😀abc"))), "😀ABC");
    CHECK_STR(V(pyz_str_lower(SN("😀abc"))), "😀abc");
    CHECK_STR(V(pyz_str_title(SN("😀abc"))), "😀Abc");
    CHECK_STR(V(pyz_str_capitalize(SN("😀abc"))), "😀abc");
    CHECK_STR(V(pyz_str_upper(SN("Ÿ"))), "Ÿ");
    CHECK_STR(V(pyz_str_lower(SN("Ÿ"))), "ÿ");
    CHECK_STR(V(pyz_str_title(SN("Ÿ"))), "Ÿ");
    CHECK_STR(V(pyz_str_capitalize(SN("Ÿ"))), "Ÿ");
    CHECK_STR(V(pyz_str_upper(SN("hello\011world-foo_bar"))), "HELLO\011WORLD-FOO_BAR");
    CHECK_STR(V(pyz_str_lower(SN("hello\011world-foo_bar"))), "hello\011world-foo_bar");
    CHECK_STR(V(pyz_str_title(SN("hello\011world-foo_bar"))), "Hello\011World-Foo_Bar");
    CHECK_STR(V(pyz_str_capitalize(SN("hello\011world-foo_bar"))), "Hello\011world-foo_bar");
}

/* strip */
static void test_gen_8(void) {
    CHECK_STR(V(pyz_str_strip(SN("  hi  "), NULL)), "hi");
    CHECK_STR(V(pyz_str_lstrip(SN("  hi  "), NULL)), "hi  ");
    CHECK_STR(V(pyz_str_rstrip(SN("  hi  "), NULL)), "  hi");
    CHECK_STR(V(pyz_str_strip(SN("\011\012 hi \013\014\015"), NULL)), "hi");
    CHECK_STR(V(pyz_str_lstrip(SN("\011\012 hi \013\014\015"), NULL)), "hi \013\014\015");
    CHECK_STR(V(pyz_str_rstrip(SN("\011\012 hi \013\014\015"), NULL)), "\011\012 hi");
    CHECK_STR(V(pyz_str_strip(SN(""), NULL)), "");
    CHECK_STR(V(pyz_str_lstrip(SN(""), NULL)), "");
    CHECK_STR(V(pyz_str_rstrip(SN(""), NULL)), "");
    CHECK_STR(V(pyz_str_strip(SN("   "), NULL)), "");
    CHECK_STR(V(pyz_str_lstrip(SN("   "), NULL)), "");
    CHECK_STR(V(pyz_str_rstrip(SN("   "), NULL)), "");
    CHECK_STR(V(pyz_str_strip(SN("\302\240\343\200\200hé\342\200\251\302\205"), NULL)), "hé");
    CHECK_STR(V(pyz_str_lstrip(SN("\302\240\343\200\200hé\342\200\251\302\205"), NULL)), "hé\342\200\251\302\205");
    CHECK_STR(V(pyz_str_rstrip(SN("\302\240\343\200\200hé\342\200\251\302\205"), NULL)), "\302\240\343\200\200hé");
    CHECK_STR(V(pyz_str_strip(SN("\034\037z\036"), NULL)), "z");
    CHECK_STR(V(pyz_str_lstrip(SN("\034\037z\036"), NULL)), "z\036");
    CHECK_STR(V(pyz_str_rstrip(SN("\034\037z\036"), NULL)), "\034\037z");
    CHECK_STR(V(pyz_str_strip(SN("héllo"), NULL)), "héllo");
    CHECK_STR(V(pyz_str_lstrip(SN("héllo"), NULL)), "héllo");
    CHECK_STR(V(pyz_str_rstrip(SN("héllo"), NULL)), "héllo");
    CHECK_STR(V(pyz_str_strip(SN("xxhixx"), SN("x"))), "hi");
    CHECK_STR(V(pyz_str_lstrip(SN("xxhixx"), SN("x"))), "hixx");
    CHECK_STR(V(pyz_str_rstrip(SN("xxhixx"), SN("x"))), "xxhi");
    CHECK_STR(V(pyz_str_strip(SN("xxhixx"), SN(""))), "xxhixx");
    CHECK_STR(V(pyz_str_lstrip(SN("xxhixx"), SN(""))), "xxhixx");
    CHECK_STR(V(pyz_str_rstrip(SN("xxhixx"), SN(""))), "xxhixx");
    CHECK_STR(V(pyz_str_strip(SN("héhé"), SN("hé"))), "");
    CHECK_STR(V(pyz_str_lstrip(SN("héhé"), SN("hé"))), "");
    CHECK_STR(V(pyz_str_rstrip(SN("héhé"), SN("hé"))), "");
    CHECK_STR(V(pyz_str_strip(SN("😀a😀"), SN("😀"))), "a");
    CHECK_STR(V(pyz_str_lstrip(SN("😀a😀"), SN("😀"))), "a😀");
    CHECK_STR(V(pyz_str_rstrip(SN("😀a😀"), SN("😀"))), "😀a");
    CHECK_STR(V(pyz_str_strip(SN("abc"), SN(" h"))), "abc");
    CHECK_STR(V(pyz_str_lstrip(SN("abc"), SN(" h"))), "abc");
    CHECK_STR(V(pyz_str_rstrip(SN("abc"), SN(" h"))), "abc");
    CHECK_STR(V(pyz_str_strip(SN("éaé"), SN("x"))), "éaé");
    CHECK_STR(V(pyz_str_lstrip(SN("éaé"), SN("x"))), "éaé");
    CHECK_STR(V(pyz_str_rstrip(SN("éaé"), SN("x"))), "éaé");
    CHECK_STR(V(pyz_str_strip(SN("ab"), SN("ab"))), "");
    CHECK_STR(V(pyz_str_lstrip(SN("ab"), SN("ab"))), "");
    CHECK_STR(V(pyz_str_rstrip(SN("ab"), SN("ab"))), "");
    CHECK_STR(V(pyz_str_strip(SN(""), SN("a"))), "");
    CHECK_STR(V(pyz_str_lstrip(SN(""), SN("a"))), "");
    CHECK_STR(V(pyz_str_rstrip(SN(""), SN("a"))), "");
}

/* replace */
static void test_gen_9(void) {
    CHECK_STR(V(pyz_str_replace(SN("hello"), SN("l"), SN("L"), (-1LL))), "heLLo");
    CHECK_STR(V(pyz_str_replace(SN("hello"), SN("l"), SN("L"), 1LL)), "heLlo");
    CHECK_STR(V(pyz_str_replace(SN("hello"), SN("l"), SN("L"), 0LL)), "hello");
    CHECK_STR(V(pyz_str_replace(SN("hello"), SN("z"), SN("L"), (-1LL))), "hello");
    CHECK_STR(V(pyz_str_replace(SN("hello"), SN("ll"), SN(""), (-1LL))), "heo");
    CHECK_STR(V(pyz_str_replace(SN("aaaa"), SN("aa"), SN("b"), (-1LL))), "bb");
    CHECK_STR(V(pyz_str_replace(SN("abc"), SN(""), SN("-"), (-1LL))), "-a-b-c-");
    CHECK_STR(V(pyz_str_replace(SN("abc"), SN(""), SN("-"), 2LL)), "-a-bc");
    CHECK_STR(V(pyz_str_replace(SN(""), SN(""), SN("x"), (-1LL))), "x");
    CHECK_STR(V(pyz_str_replace(SN(""), SN(""), SN("x"), 0LL)), "");
    CHECK_STR(V(pyz_str_replace(SN("héllo"), SN("é"), SN("e"), (-1LL))), "hello");
    CHECK_STR(V(pyz_str_replace(SN("hello"), SN("e"), SN("é"), (-1LL))), "héllo");
    CHECK_STR(V(pyz_str_replace(SN("a😀b😀"), SN("😀"), SN("!"), (-1LL))), "a!b!");
    CHECK_STR(V(pyz_str_replace(SN("héllo"), SN(""), SN("·"), (-1LL))), "·h·é·l·l·o·");
    CHECK_STR(V(pyz_str_replace(SN("abc"), SN(""), SN(""), (-1LL))), "abc");
    CHECK_STR(V(pyz_str_replace(SN("abc"), SN("abc"), SN(""), (-1LL))), "");
    CHECK_STR(V(pyz_str_replace(SN("xax"), SN("x"), SN("yy"), 5LL)), "yyayy");
    CHECK_STR(V(pyz_str_replace(SN("aaa"), SN("a"), SN("a"), (-1LL))), "aaa");
}

/* find, rfind, index, count */
static void test_gen_10(void) {
    CHECK(pyz_str_find(SN("hello"), SN("l")) == 2LL);
    CHECK(pyz_str_rfind(SN("hello"), SN("l")) == 3LL);
    CHECK(pyz_str_index(SN("hello"), SN("l")) == 2LL);
    CHECK(pyz_str_count(SN("hello"), SN("l")) == 2LL);
    CHECK(pyz_str_find(SN("hello"), SN("lo")) == 3LL);
    CHECK(pyz_str_rfind(SN("hello"), SN("lo")) == 3LL);
    CHECK(pyz_str_index(SN("hello"), SN("lo")) == 3LL);
    CHECK(pyz_str_count(SN("hello"), SN("lo")) == 1LL);
    CHECK(pyz_str_find(SN("hello"), SN("z")) == (-1LL));
    CHECK(pyz_str_rfind(SN("hello"), SN("z")) == (-1LL));
    CHECK_RAISES(pyz_str_index(SN("hello"), SN("z")), PYZ_EXC_ValueError, "substring not found");
    CHECK(pyz_str_count(SN("hello"), SN("z")) == 0LL);
    CHECK(pyz_str_find(SN("hello"), SN("")) == 0LL);
    CHECK(pyz_str_rfind(SN("hello"), SN("")) == 5LL);
    CHECK(pyz_str_index(SN("hello"), SN("")) == 0LL);
    CHECK(pyz_str_count(SN("hello"), SN("")) == 6LL);
    CHECK(pyz_str_find(SN(""), SN("")) == 0LL);
    CHECK(pyz_str_rfind(SN(""), SN("")) == 0LL);
    CHECK(pyz_str_index(SN(""), SN("")) == 0LL);
    CHECK(pyz_str_count(SN(""), SN("")) == 1LL);
    CHECK(pyz_str_find(SN(""), SN("a")) == (-1LL));
    CHECK(pyz_str_rfind(SN(""), SN("a")) == (-1LL));
    CHECK_RAISES(pyz_str_index(SN(""), SN("a")), PYZ_EXC_ValueError, "substring not found");
    CHECK(pyz_str_count(SN(""), SN("a")) == 0LL);
    CHECK(pyz_str_find(SN("héllo"), SN("l")) == 2LL);
    CHECK(pyz_str_rfind(SN("héllo"), SN("l")) == 3LL);
    CHECK(pyz_str_index(SN("héllo"), SN("l")) == 2LL);
    CHECK(pyz_str_count(SN("héllo"), SN("l")) == 2LL);
    CHECK(pyz_str_find(SN("héllo wörld"), SN("ö")) == 7LL);
    CHECK(pyz_str_rfind(SN("héllo wörld"), SN("ö")) == 7LL);
    CHECK(pyz_str_index(SN("héllo wörld"), SN("ö")) == 7LL);
    CHECK(pyz_str_count(SN("héllo wörld"), SN("ö")) == 1LL);
    CHECK(pyz_str_find(SN("a😀b😀c"), SN("c")) == 4LL);
    CHECK(pyz_str_rfind(SN("a😀b😀c"), SN("c")) == 4LL);
    CHECK(pyz_str_index(SN("a😀b😀c"), SN("c")) == 4LL);
    CHECK(pyz_str_count(SN("a😀b😀c"), SN("c")) == 1LL);
    CHECK(pyz_str_find(SN("a😀b😀c"), SN("😀")) == 1LL);
    CHECK(pyz_str_rfind(SN("a😀b😀c"), SN("😀")) == 3LL);
    CHECK(pyz_str_index(SN("a😀b😀c"), SN("😀")) == 1LL);
    CHECK(pyz_str_count(SN("a😀b😀c"), SN("😀")) == 2LL);
    CHECK(pyz_str_find(SN("aaaa"), SN("aa")) == 0LL);
    CHECK(pyz_str_rfind(SN("aaaa"), SN("aa")) == 2LL);
    CHECK(pyz_str_index(SN("aaaa"), SN("aa")) == 0LL);
    CHECK(pyz_str_count(SN("aaaa"), SN("aa")) == 2LL);
    CHECK(pyz_str_find(SN("ab"), SN("abc")) == (-1LL));
    CHECK(pyz_str_rfind(SN("ab"), SN("abc")) == (-1LL));
    CHECK_RAISES(pyz_str_index(SN("ab"), SN("abc")), PYZ_EXC_ValueError, "substring not found");
    CHECK(pyz_str_count(SN("ab"), SN("abc")) == 0LL);
    CHECK(pyz_str_find(SN("ééé"), SN("é")) == 0LL);
    CHECK(pyz_str_rfind(SN("ééé"), SN("é")) == 2LL);
    CHECK(pyz_str_index(SN("ééé"), SN("é")) == 0LL);
    CHECK(pyz_str_count(SN("ééé"), SN("é")) == 3LL);
}

/* startswith, endswith */
static void test_gen_11(void) {
    CHECK(pyz_str_startswith(SN("hello"), SN("he")) == true);
    CHECK(pyz_str_endswith(SN("hello"), SN("he")) == false);
    CHECK(pyz_str_startswith(SN("hello"), SN("lo")) == false);
    CHECK(pyz_str_endswith(SN("hello"), SN("lo")) == true);
    CHECK(pyz_str_startswith(SN("hello"), SN("")) == true);
    CHECK(pyz_str_endswith(SN("hello"), SN("")) == true);
    CHECK(pyz_str_startswith(SN(""), SN("")) == true);
    CHECK(pyz_str_endswith(SN(""), SN("")) == true);
    CHECK(pyz_str_startswith(SN(""), SN("a")) == false);
    CHECK(pyz_str_endswith(SN(""), SN("a")) == false);
    CHECK(pyz_str_startswith(SN("héllo"), SN("hé")) == true);
    CHECK(pyz_str_endswith(SN("héllo"), SN("hé")) == false);
    CHECK(pyz_str_startswith(SN("héllo"), SN("llo")) == false);
    CHECK(pyz_str_endswith(SN("héllo"), SN("llo")) == true);
    CHECK(pyz_str_startswith(SN("ab"), SN("abc")) == false);
    CHECK(pyz_str_endswith(SN("ab"), SN("abc")) == false);
    CHECK(pyz_str_startswith(SN("a😀"), SN("😀")) == false);
    CHECK(pyz_str_endswith(SN("a😀"), SN("😀")) == true);
}

/* predicates: preds() gives isdigit isalpha isalnum isspace isupper islower as 0/1 digits */
static void test_gen_12(void) {
    CHECK_STR(preds(SN("")), "000000");
    CHECK_STR(preds(SN("abc")), "011001");
    CHECK_STR(preds(SN("ABC")), "011010");
    CHECK_STR(preds(SN("aBc")), "011000");
    CHECK_STR(preds(SN("abc1")), "001001");
    CHECK_STR(preds(SN("123")), "101000");
    CHECK_STR(preds(SN("12.5")), "000000");
    CHECK_STR(preds(SN(" ")), "000100");
    CHECK_STR(preds(SN(" \011\012")), "000100");
    CHECK_STR(preds(SN("é")), "011001");
    CHECK_STR(preds(SN("É")), "011010");
    CHECK_STR(preds(SN("éa")), "011001");
    CHECK_STR(preds(SN("ÀB")), "011010");
    CHECK_STR(preds(SN("ß")), "011001");
    CHECK_STR(preds(SN("ÿ")), "011001");
    CHECK_STR(preds(SN("²³¹")), "101000");
    CHECK_STR(preds(SN("½")), "001000");
    CHECK_STR(preds(SN("ª")), "011001");
    CHECK_STR(preds(SN("º")), "011001");
    CHECK_STR(preds(SN("µ")), "011001");
    CHECK_STR(preds(SN("×")), "000000");
    CHECK_STR(preds(SN("a b")), "000001");
    CHECK_STR(preds(SN("A1")), "001010");
    CHECK_STR(preds(SN("a1")), "001001");
    CHECK_STR(preds(SN("1")), "101000");
    CHECK_STR(preds(SN("!")), "000000");
    CHECK_STR(preds(SN("\302\240\343\200\200")), "000100");
    CHECK_STR(preds(SN("\034")), "000100");
    CHECK_STR(preds(SN("hé llo")), "000001");
    CHECK_STR(preds(SN("😀")), "000000");
    CHECK_STR(preds(SN("A😀")), "000010");
    CHECK_STR(preds(SN("a😀")), "000001");
}

/* zfill, center, ljust, rjust */
static void test_gen_13(void) {
    CHECK_STR(V(pyz_str_zfill(SN("42"), (-1LL))), "42");
    CHECK_STR(V(pyz_str_zfill(SN("42"), 2LL)), "42");
    CHECK_STR(V(pyz_str_zfill(SN("42"), 3LL)), "042");
    CHECK_STR(V(pyz_str_zfill(SN("42"), 5LL)), "00042");
    CHECK_STR(V(pyz_str_zfill(SN("-42"), (-1LL))), "-42");
    CHECK_STR(V(pyz_str_zfill(SN("-42"), 2LL)), "-42");
    CHECK_STR(V(pyz_str_zfill(SN("-42"), 3LL)), "-42");
    CHECK_STR(V(pyz_str_zfill(SN("-42"), 5LL)), "-0042");
    CHECK_STR(V(pyz_str_zfill(SN("+7"), (-1LL))), "+7");
    CHECK_STR(V(pyz_str_zfill(SN("+7"), 2LL)), "+7");
    CHECK_STR(V(pyz_str_zfill(SN("+7"), 3LL)), "+07");
    CHECK_STR(V(pyz_str_zfill(SN("+7"), 5LL)), "+0007");
    CHECK_STR(V(pyz_str_zfill(SN(""), (-1LL))), "");
    CHECK_STR(V(pyz_str_zfill(SN(""), 2LL)), "00");
    CHECK_STR(V(pyz_str_zfill(SN(""), 3LL)), "000");
    CHECK_STR(V(pyz_str_zfill(SN(""), 5LL)), "00000");
    CHECK_STR(V(pyz_str_zfill(SN("-"), (-1LL))), "-");
    CHECK_STR(V(pyz_str_zfill(SN("-"), 2LL)), "-0");
    CHECK_STR(V(pyz_str_zfill(SN("-"), 3LL)), "-00");
    CHECK_STR(V(pyz_str_zfill(SN("-"), 5LL)), "-0000");
    CHECK_STR(V(pyz_str_zfill(SN("é1"), (-1LL))), "é1");
    CHECK_STR(V(pyz_str_zfill(SN("é1"), 2LL)), "é1");
    CHECK_STR(V(pyz_str_zfill(SN("é1"), 3LL)), "0é1");
    CHECK_STR(V(pyz_str_zfill(SN("é1"), 5LL)), "000é1");
    CHECK_STR(V(pyz_str_center(SN(""), 2LL, NULL)), "  ");
    CHECK_STR(V(pyz_str_center(SN(""), 4LL, NULL)), "    ");
    CHECK_STR(V(pyz_str_center(SN(""), 5LL, NULL)), "     ");
    CHECK_STR(V(pyz_str_center(SN(""), 6LL, NULL)), "      ");
    CHECK_STR(V(pyz_str_center(SN("a"), 2LL, NULL)), "a ");
    CHECK_STR(V(pyz_str_center(SN("a"), 4LL, NULL)), " a  ");
    CHECK_STR(V(pyz_str_center(SN("a"), 5LL, NULL)), "  a  ");
    CHECK_STR(V(pyz_str_center(SN("a"), 6LL, NULL)), "  a   ");
    CHECK_STR(V(pyz_str_center(SN("ab"), 2LL, NULL)), "ab");
    CHECK_STR(V(pyz_str_center(SN("ab"), 4LL, NULL)), " ab ");
    CHECK_STR(V(pyz_str_center(SN("ab"), 5LL, NULL)), "  ab ");
    CHECK_STR(V(pyz_str_center(SN("ab"), 6LL, NULL)), "  ab  ");
    CHECK_STR(V(pyz_str_center(SN("abc"), 2LL, NULL)), "abc");
    CHECK_STR(V(pyz_str_center(SN("abc"), 4LL, NULL)), "abc ");
    CHECK_STR(V(pyz_str_center(SN("abc"), 5LL, NULL)), " abc ");
    CHECK_STR(V(pyz_str_center(SN("abc"), 6LL, NULL)), " abc  ");
    CHECK_STR(V(pyz_str_center(SN("hé"), 2LL, NULL)), "hé");
    CHECK_STR(V(pyz_str_center(SN("hé"), 4LL, NULL)), " hé ");
    CHECK_STR(V(pyz_str_center(SN("hé"), 5LL, NULL)), "  hé ");
    CHECK_STR(V(pyz_str_center(SN("hé"), 6LL, NULL)), "  hé  ");
    CHECK_STR(V(pyz_str_center(SN("ab"), 7LL, SN("é"))), "éééabéé");
    CHECK_STR(V(pyz_str_center(SN("a"), 6LL, SN("😀"))), "😀😀a😀😀😀");
    CHECK_STR(V(pyz_str_ljust(SN("ab"), 5LL, NULL)), "ab   ");
    CHECK_STR(V(pyz_str_rjust(SN("ab"), 5LL, NULL)), "   ab");
    CHECK_STR(V(pyz_str_ljust(SN("ab"), 1LL, NULL)), "ab");
    CHECK_STR(V(pyz_str_rjust(SN("ab"), 1LL, NULL)), "ab");
    CHECK_STR(V(pyz_str_ljust(SN("hé"), 4LL, SN("*"))), "hé**");
    CHECK_STR(V(pyz_str_rjust(SN("hé"), 4LL, SN("*"))), "**hé");
    CHECK_STR(V(pyz_str_ljust(SN("a"), 3LL, SN("é"))), "aéé");
    CHECK_STR(V(pyz_str_rjust(SN("a"), 3LL, SN("é"))), "ééa");
    CHECK_STR(V(pyz_str_ljust(SN("😀"), 3LL, SN("😀"))), "😀😀😀");
    CHECK_STR(V(pyz_str_rjust(SN("😀"), 3LL, SN("😀"))), "😀😀😀");
    CHECK_RAISES(pyz_str_center(SN("ab"), 5LL, SN("")), PYZ_EXC_TypeError, "The fill character must be exactly one character long");
    CHECK_RAISES(pyz_str_center(SN("ab"), 1LL, SN("**")), PYZ_EXC_TypeError, "The fill character must be exactly one character long");
    CHECK_RAISES(pyz_str_ljust(SN("ab"), 5LL, SN("")), PYZ_EXC_TypeError, "The fill character must be exactly one character long");
    CHECK_RAISES(pyz_str_ljust(SN("ab"), 1LL, SN("**")), PYZ_EXC_TypeError, "The fill character must be exactly one character long");
    CHECK_RAISES(pyz_str_rjust(SN("ab"), 5LL, SN("")), PYZ_EXC_TypeError, "The fill character must be exactly one character long");
    CHECK_RAISES(pyz_str_rjust(SN("ab"), 1LL, SN("**")), PYZ_EXC_TypeError, "The fill character must be exactly one character long");
}

/* split, rsplit */
static void test_gen_14(void) {
    CHECK_STR(list_repr(pyz_str_split(SN("a b  c"), NULL, (-1LL))), "['a', 'b', 'c']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a b  c"), NULL, (-1LL))), "['a', 'b', 'c']");
    CHECK_STR(list_repr(pyz_str_split(SN("a b  c"), NULL, 0LL)), "['a b  c']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a b  c"), NULL, 0LL)), "['a b  c']");
    CHECK_STR(list_repr(pyz_str_split(SN("a b  c"), NULL, 1LL)), "['a', 'b  c']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a b  c"), NULL, 1LL)), "['a b', 'c']");
    CHECK_STR(list_repr(pyz_str_split(SN("a b  c"), NULL, 2LL)), "['a', 'b', 'c']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a b  c"), NULL, 2LL)), "['a', 'b', 'c']");
    CHECK_STR(list_repr(pyz_str_split(SN("  a b  c  "), NULL, (-1LL))), "['a', 'b', 'c']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("  a b  c  "), NULL, (-1LL))), "['a', 'b', 'c']");
    CHECK_STR(list_repr(pyz_str_split(SN("  a b  c  "), NULL, 0LL)), "['a b  c  ']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("  a b  c  "), NULL, 0LL)), "['  a b  c']");
    CHECK_STR(list_repr(pyz_str_split(SN("  a b  c  "), NULL, 1LL)), "['a', 'b  c  ']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("  a b  c  "), NULL, 1LL)), "['  a b', 'c']");
    CHECK_STR(list_repr(pyz_str_split(SN("  a b  c  "), NULL, 2LL)), "['a', 'b', 'c  ']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("  a b  c  "), NULL, 2LL)), "['  a', 'b', 'c']");
    CHECK_STR(list_repr(pyz_str_split(SN(""), NULL, (-1LL))), "[]");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(""), NULL, (-1LL))), "[]");
    CHECK_STR(list_repr(pyz_str_split(SN(""), NULL, 0LL)), "[]");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(""), NULL, 0LL)), "[]");
    CHECK_STR(list_repr(pyz_str_split(SN(""), NULL, 1LL)), "[]");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(""), NULL, 1LL)), "[]");
    CHECK_STR(list_repr(pyz_str_split(SN(""), NULL, 2LL)), "[]");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(""), NULL, 2LL)), "[]");
    CHECK_STR(list_repr(pyz_str_split(SN("   "), NULL, (-1LL))), "[]");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("   "), NULL, (-1LL))), "[]");
    CHECK_STR(list_repr(pyz_str_split(SN("   "), NULL, 0LL)), "[]");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("   "), NULL, 0LL)), "[]");
    CHECK_STR(list_repr(pyz_str_split(SN("   "), NULL, 1LL)), "[]");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("   "), NULL, 1LL)), "[]");
    CHECK_STR(list_repr(pyz_str_split(SN("   "), NULL, 2LL)), "[]");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("   "), NULL, 2LL)), "[]");
    CHECK_STR(list_repr(pyz_str_split(SN("abc"), NULL, (-1LL))), "['abc']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("abc"), NULL, (-1LL))), "['abc']");
    CHECK_STR(list_repr(pyz_str_split(SN("abc"), NULL, 0LL)), "['abc']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("abc"), NULL, 0LL)), "['abc']");
    CHECK_STR(list_repr(pyz_str_split(SN("abc"), NULL, 1LL)), "['abc']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("abc"), NULL, 1LL)), "['abc']");
    CHECK_STR(list_repr(pyz_str_split(SN("abc"), NULL, 2LL)), "['abc']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("abc"), NULL, 2LL)), "['abc']");
    CHECK_STR(list_repr(pyz_str_split(SN("a\011b\012c\013d\034e"), NULL, (-1LL))), "['a', 'b', 'c', 'd', 'e']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a\011b\012c\013d\034e"), NULL, (-1LL))), "['a', 'b', 'c', 'd', 'e']");
    CHECK_STR(list_repr(pyz_str_split(SN("a\011b\012c\013d\034e"), NULL, 0LL)), "['a\\tb\\nc\\x0bd\\x1ce']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a\011b\012c\013d\034e"), NULL, 0LL)), "['a\\tb\\nc\\x0bd\\x1ce']");
    CHECK_STR(list_repr(pyz_str_split(SN("a\011b\012c\013d\034e"), NULL, 1LL)), "['a', 'b\\nc\\x0bd\\x1ce']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a\011b\012c\013d\034e"), NULL, 1LL)), "['a\\tb\\nc\\x0bd', 'e']");
    CHECK_STR(list_repr(pyz_str_split(SN("a\011b\012c\013d\034e"), NULL, 2LL)), "['a', 'b', 'c\\x0bd\\x1ce']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a\011b\012c\013d\034e"), NULL, 2LL)), "['a\\tb\\nc', 'd', 'e']");
    CHECK_STR(list_repr(pyz_str_split(SN("a\302\240b\343\200\200c\342\200\250d"), NULL, (-1LL))), "['a', 'b', 'c', 'd']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a\302\240b\343\200\200c\342\200\250d"), NULL, (-1LL))), "['a', 'b', 'c', 'd']");
    CHECK_STR(list_repr(pyz_str_split(SN("a\302\240b\343\200\200c\342\200\250d"), NULL, 0LL)), "['a\\xa0b\\u3000c\\u2028d']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a\302\240b\343\200\200c\342\200\250d"), NULL, 0LL)), "['a\\xa0b\\u3000c\\u2028d']");
    CHECK_STR(list_repr(pyz_str_split(SN("a\302\240b\343\200\200c\342\200\250d"), NULL, 1LL)), "['a', 'b\\u3000c\\u2028d']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a\302\240b\343\200\200c\342\200\250d"), NULL, 1LL)), "['a\\xa0b\\u3000c', 'd']");
    CHECK_STR(list_repr(pyz_str_split(SN("a\302\240b\343\200\200c\342\200\250d"), NULL, 2LL)), "['a', 'b', 'c\\u2028d']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a\302\240b\343\200\200c\342\200\250d"), NULL, 2LL)), "['a\\xa0b', 'c', 'd']");
    CHECK_STR(list_repr(pyz_str_split(SN(" héllo wörld  😀 x "), NULL, (-1LL))), "['héllo', 'wörld', '😀', 'x']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(" héllo wörld  😀 x "), NULL, (-1LL))), "['héllo', 'wörld', '😀', 'x']");
    CHECK_STR(list_repr(pyz_str_split(SN(" héllo wörld  😀 x "), NULL, 0LL)), "['héllo wörld  😀 x ']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(" héllo wörld  😀 x "), NULL, 0LL)), "[' héllo wörld  😀 x']");
    CHECK_STR(list_repr(pyz_str_split(SN(" héllo wörld  😀 x "), NULL, 1LL)), "['héllo', 'wörld  😀 x ']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(" héllo wörld  😀 x "), NULL, 1LL)), "[' héllo wörld  😀', 'x']");
    CHECK_STR(list_repr(pyz_str_split(SN(" héllo wörld  😀 x "), NULL, 2LL)), "['héllo', 'wörld', '😀 x ']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(" héllo wörld  😀 x "), NULL, 2LL)), "[' héllo wörld', '😀', 'x']");
    CHECK_STR(list_repr(pyz_str_split(SN("a,b,,c"), SN(","), (-1LL))), "['a', 'b', '', 'c']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a,b,,c"), SN(","), (-1LL))), "['a', 'b', '', 'c']");
    CHECK_STR(list_repr(pyz_str_split(SN("a,b,,c"), SN(","), 0LL)), "['a,b,,c']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a,b,,c"), SN(","), 0LL)), "['a,b,,c']");
    CHECK_STR(list_repr(pyz_str_split(SN("a,b,,c"), SN(","), 1LL)), "['a', 'b,,c']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a,b,,c"), SN(","), 1LL)), "['a,b,', 'c']");
    CHECK_STR(list_repr(pyz_str_split(SN(",a,"), SN(","), (-1LL))), "['', 'a', '']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(",a,"), SN(","), (-1LL))), "['', 'a', '']");
    CHECK_STR(list_repr(pyz_str_split(SN(",a,"), SN(","), 0LL)), "[',a,']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(",a,"), SN(","), 0LL)), "[',a,']");
    CHECK_STR(list_repr(pyz_str_split(SN(",a,"), SN(","), 1LL)), "['', 'a,']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(",a,"), SN(","), 1LL)), "[',a', '']");
    CHECK_STR(list_repr(pyz_str_split(SN(""), SN(","), (-1LL))), "['']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(""), SN(","), (-1LL))), "['']");
    CHECK_STR(list_repr(pyz_str_split(SN(""), SN(","), 0LL)), "['']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(""), SN(","), 0LL)), "['']");
    CHECK_STR(list_repr(pyz_str_split(SN(""), SN(","), 1LL)), "['']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN(""), SN(","), 1LL)), "['']");
    CHECK_STR(list_repr(pyz_str_split(SN("abc"), SN(","), (-1LL))), "['abc']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("abc"), SN(","), (-1LL))), "['abc']");
    CHECK_STR(list_repr(pyz_str_split(SN("abc"), SN(","), 0LL)), "['abc']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("abc"), SN(","), 0LL)), "['abc']");
    CHECK_STR(list_repr(pyz_str_split(SN("abc"), SN(","), 1LL)), "['abc']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("abc"), SN(","), 1LL)), "['abc']");
    CHECK_STR(list_repr(pyz_str_split(SN("a::b::c"), SN("::"), (-1LL))), "['a', 'b', 'c']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a::b::c"), SN("::"), (-1LL))), "['a', 'b', 'c']");
    CHECK_STR(list_repr(pyz_str_split(SN("a::b::c"), SN("::"), 0LL)), "['a::b::c']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a::b::c"), SN("::"), 0LL)), "['a::b::c']");
    CHECK_STR(list_repr(pyz_str_split(SN("a::b::c"), SN("::"), 1LL)), "['a', 'b::c']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a::b::c"), SN("::"), 1LL)), "['a::b', 'c']");
    CHECK_STR(list_repr(pyz_str_split(SN("aaa"), SN("a"), (-1LL))), "['', '', '', '']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("aaa"), SN("a"), (-1LL))), "['', '', '', '']");
    CHECK_STR(list_repr(pyz_str_split(SN("aaa"), SN("a"), 0LL)), "['aaa']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("aaa"), SN("a"), 0LL)), "['aaa']");
    CHECK_STR(list_repr(pyz_str_split(SN("aaa"), SN("a"), 1LL)), "['', 'aa']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("aaa"), SN("a"), 1LL)), "['aa', '']");
    CHECK_STR(list_repr(pyz_str_split(SN("aaaa"), SN("aa"), (-1LL))), "['', '', '']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("aaaa"), SN("aa"), (-1LL))), "['', '', '']");
    CHECK_STR(list_repr(pyz_str_split(SN("aaaa"), SN("aa"), 0LL)), "['aaaa']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("aaaa"), SN("aa"), 0LL)), "['aaaa']");
    CHECK_STR(list_repr(pyz_str_split(SN("aaaa"), SN("aa"), 1LL)), "['', 'aa']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("aaaa"), SN("aa"), 1LL)), "['aa', '']");
    CHECK_STR(list_repr(pyz_str_split(SN("héllo wörld"), SN("ö"), (-1LL))), "['héllo w', 'rld']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("héllo wörld"), SN("ö"), (-1LL))), "['héllo w', 'rld']");
    CHECK_STR(list_repr(pyz_str_split(SN("héllo wörld"), SN("ö"), 0LL)), "['héllo wörld']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("héllo wörld"), SN("ö"), 0LL)), "['héllo wörld']");
    CHECK_STR(list_repr(pyz_str_split(SN("héllo wörld"), SN("ö"), 1LL)), "['héllo w', 'rld']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("héllo wörld"), SN("ö"), 1LL)), "['héllo w', 'rld']");
    CHECK_STR(list_repr(pyz_str_split(SN("a😀b😀"), SN("😀"), (-1LL))), "['a', 'b', '']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a😀b😀"), SN("😀"), (-1LL))), "['a', 'b', '']");
    CHECK_STR(list_repr(pyz_str_split(SN("a😀b😀"), SN("😀"), 0LL)), "['a😀b😀']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a😀b😀"), SN("😀"), 0LL)), "['a😀b😀']");
    CHECK_STR(list_repr(pyz_str_split(SN("a😀b😀"), SN("😀"), 1LL)), "['a', 'b😀']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("a😀b😀"), SN("😀"), 1LL)), "['a😀b', '']");
    CHECK_STR(list_repr(pyz_str_split(SN("x"), SN("x"), (-1LL))), "['', '']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("x"), SN("x"), (-1LL))), "['', '']");
    CHECK_STR(list_repr(pyz_str_split(SN("x"), SN("x"), 0LL)), "['x']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("x"), SN("x"), 0LL)), "['x']");
    CHECK_STR(list_repr(pyz_str_split(SN("x"), SN("x"), 1LL)), "['', '']");
    CHECK_STR(list_repr(pyz_str_rsplit(SN("x"), SN("x"), 1LL)), "['', '']");
    CHECK_RAISES(pyz_str_split(SN("a b"), SN(""), (-1LL)), PYZ_EXC_ValueError, "empty separator");
    CHECK_RAISES(pyz_str_rsplit(SN("a b"), SN(""), (-1LL)), PYZ_EXC_ValueError, "empty separator");
    CHECK_RAISES(pyz_str_split(SN("a b"), SN(""), 0LL), PYZ_EXC_ValueError, "empty separator");
    CHECK_RAISES(pyz_str_rsplit(SN("a b"), SN(""), 0LL), PYZ_EXC_ValueError, "empty separator");
    CHECK_RAISES(pyz_str_split(SN("a b"), SN(""), 1LL), PYZ_EXC_ValueError, "empty separator");
    CHECK_RAISES(pyz_str_rsplit(SN("a b"), SN(""), 1LL), PYZ_EXC_ValueError, "empty separator");
}

/* splitlines */
static void test_gen_15(void) {
    CHECK_STR(list_repr(pyz_str_splitlines(SN(""))), "[]");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("a"))), "['a']");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("a\012b"))), "['a', 'b']");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("a\012b\012"))), "['a', 'b']");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("a\015\012b\015c\012\012d"))), "['a', 'b', 'c', '', 'd']");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("\012"))), "['']");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("\015\012\015\012"))), "['', '']");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("a\013b\014c\034d\035e\036f\037g"))), "['a', 'b', 'c', 'd', 'e', 'f\\x1fg']");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("a\302\205b\342\200\250c\342\200\251d"))), "['a', 'b', 'c', 'd']");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("hé\012wö\015"))), "['hé', 'wö']");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("x\015"))), "['x']");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("\015\015\012"))), "['', '']");
    CHECK_STR(list_repr(pyz_str_splitlines(SN("a\011b"))), "['a\\tb']");
}

/* join */
static void test_gen_16(void) {
    CHECK_STR(V(pyz_str_join(SN(""), mklist((const char *[]){""}, 0))), "");
    CHECK_STR(V(pyz_str_join(SN(","), mklist((const char *[]){""}, 0))), "");
    CHECK_STR(V(pyz_str_join(SN(","), mklist((const char *[]){"a"}, 1))), "a");
    CHECK_STR(V(pyz_str_join(SN(","), mklist((const char *[]){"a", "b", "c"}, 3))), "a,b,c");
    CHECK_STR(V(pyz_str_join(SN(""), mklist((const char *[]){"a", "b"}, 2))), "ab");
    CHECK_STR(V(pyz_str_join(SN(", "), mklist((const char *[]){"", "", ""}, 3))), ", , ");
    CHECK_STR(V(pyz_str_join(SN("é"), mklist((const char *[]){"x", "y"}, 2))), "xéy");
    CHECK_STR(V(pyz_str_join(SN("-"), mklist((const char *[]){"😀", "b"}, 2))), "😀-b");
    CHECK_STR(V(pyz_str_join(SN(""), mklist((const char *[]){"", ""}, 2))), "");
}

/* ord, chr */
static void test_gen_17(void) {
    CHECK(pyz_str_ord(SN("a")) == 97LL);
    CHECK(pyz_str_ord(SN("é")) == 233LL);
    CHECK(pyz_str_ord(SN("😀")) == 128512LL);
    CHECK(pyz_str_ord(SN("日")) == 26085LL);
    CHECK_RAISES(pyz_str_ord(SN("")), PYZ_EXC_TypeError, "ord() expected a character, but string of length 0 found");
    CHECK_RAISES(pyz_str_ord(SN("ab")), PYZ_EXC_TypeError, "ord() expected a character, but string of length 2 found");
    CHECK_RAISES(pyz_str_ord(SN("héllo")), PYZ_EXC_TypeError, "ord() expected a character, but string of length 5 found");
    CHECK(pyz_str_ord(SN("\000")) == 0LL);
    {  /* chr, s[i] and ord agree on every code point up to U+01FF (U+0080..U+00FF: shared strs) */
        char all[1200];
        int64_t n = 0;
        for (int32_t cp = 1; cp < 0x200; cp++)
            n += pyz_utf8_encode((uint32_t)cp, all + n);
        PyzStr *text = pyz_str_new(all, n);
        for (int64_t cp = 1; cp < 0x200; cp++) {
            PyzStr *c = pyz_str_chr(cp), *at = pyz_str_getitem(text, cp - 1);
            char enc[4];
            int32_t len = pyz_utf8_encode((uint32_t)cp, enc);
            CHECK(c->len == len && c->ncp == 1 && memcmp(c->data, enc, (size_t)len) == 0 && c->ascii == (cp < 0x80));
            CHECK(at->len == len && at->ncp == 1 && memcmp(at->data, enc, (size_t)len) == 0 && pyz_str_ord(at) == cp);
            CHECK(pyz_str_eq(c, at) && pyz_str_hash(c) == pyz_str_hash(at));
        }
    }
    CHECK_STR(V(pyz_str_chr(65LL)), "A");
    CHECK_STR(V(pyz_str_chr(127LL)), "\177");
    CHECK_STR(V(pyz_str_chr(128LL)), "\302\200");
    CHECK_STR(V(pyz_str_chr(233LL)), "é");
    CHECK_STR(V(pyz_str_chr(2047LL)), "߿");
    CHECK_STR(V(pyz_str_chr(2048LL)), "ࠀ");
    CHECK_STR(V(pyz_str_chr(65535LL)), "\357\277\277");
    CHECK_STR(V(pyz_str_chr(65536LL)), "𐀀");
    CHECK_STR(V(pyz_str_chr(128512LL)), "😀");
    CHECK_STR(V(pyz_str_chr(1114111LL)), "\364\217\277\277");
    CHECK_RAISES(pyz_str_chr(1114112LL), PYZ_EXC_ValueError, "chr() arg not in range(0x110000)");
    CHECK_RAISES(pyz_str_chr((-1LL)), PYZ_EXC_ValueError, "chr() arg not in range(0x110000)");
    CHECK_STR(V(pyz_str_chr(55296LL)), "\355\240\200");
}

static void test_generated(void) {
    test_gen_1();
    test_gen_2();
    test_gen_3();
    test_gen_4();
    test_gen_5();
    test_gen_6();
    test_gen_7();
    test_gen_8();
    test_gen_9();
    test_gen_10();
    test_gen_11();
    test_gen_12();
    test_gen_13();
    test_gen_14();
    test_gen_15();
    test_gen_16();
    test_gen_17();
}

/* A literal as the compiler emits it: static, not in the GC heap. */
static PyzStr lit_hello = {5, 5, -1, 1, 0, "hello"};
static PyzStr lit_e = {2, 1, -1, 0, 0, "\303\251"};

static void test_literals(void) {
    CHECK_STR(V(pyz_str_concat(&lit_hello, &lit_e)), "hello\303\251");
    CHECK(pyz_str_concat(&lit_hello, SN("")) == &lit_hello);
    CHECK(pyz_str_eq(&lit_hello, SN("hello")));
    CHECK(pyz_str_hash(&lit_hello) == pyz_str_hash(SN("hello")));
    CHECK(lit_hello.hash == pyz_str_hash(SN("hello")));
    CHECK_STR(V(pyz_str_upper(&lit_e)), "\303\211");
    CHECK_STR(V(pyz_str_slice(&lit_hello, 1, 0, 1, 1, 0)), "ello");
    CHECK_STR(&lit_hello, "hello"); /* untouched */
}

/* Concatenation appends in place to a buffered string whose bytes end the buffer's used
 * bytes; the shorter strings sharing the buffer stay as they were. */
static void test_concat_in_place(void) {
    const char *digits = "0123456789012345678901234567890123456789";
    PyzStr *a = V(pyz_str_concat(SN("0123456789012345678901234567890123456789"), SN("abcdefghijklmnopqrstuvwxyz")));
    CHECK(a->buffered && a->len == 66);
    PyzStr *small = V(pyz_str_concat(SN("abc"), SN("def")));
    CHECK(!small->buffered);
    PyzStr *b = V(pyz_str_concat(a, SN("XY")));  /* a's buffer is full: copied, with room */
    CHECK(b->buffered && b->data != a->data);
    PyzStr *c = V(pyz_str_concat(b, SN("\303\251")));  /* appended in place */
    CHECK(c->data == b->data && c->len == 70 && c->ncp == 69 && !c->ascii);
    CHECK(b->len == 68 && b->ncp == 68 && b->ascii && b->data[68] != 0);
    CHECK(strncmp(b->data, digits, 40) == 0 && memcmp(b->data + 66, "XY", 2) == 0);
    CHECK(strcmp(pyz_str_cstr(b), pyz_str_cstr(V(pyz_str_new(b->data, b->len)))) == 0);
    CHECK(pyz_str_cstr(c) == c->data);
    CHECK(pyz_str_hash(b) == pyz_str_hash(V(pyz_str_new(b->data, 68))));
    PyzStr *d = V(pyz_str_concat(b, SN("zz")));  /* b no longer ends the buffer: copied */
    CHECK(d->data != b->data && memcmp(d->data + 66, "XYzz", 4) == 0);
    CHECK_STR(V(pyz_str_slice(c, 66, 0, 1, 1, 0)), "XY\303\251");
    PyzStr *e = V(pyz_str_concat(c, b));  /* a prefix of the same buffer appended to it */
    CHECK(e->len == 138 && memcmp(e->data + 70, b->data, 68) == 0);
    CHECK(pyz_str_cmp(b, c) < 0 && !pyz_str_eq(b, c) && pyz_str_eq(b, V(pyz_str_slice(c, 0, 68, 1, 1, 1))));
}

static void test_chars(void) {
    /* one-char ASCII strings come from a static table: no allocation */
    PyzStr *s = SN("abcabc");
    CHECK(pyz_str_getitem(s, 0) == pyz_str_getitem(s, 3));
    CHECK(pyz_str_getitem(s, 1) == pyz_str_chr('b'));
    CHECK(pyz_str_getitem(SN("h\303\251a"), 2) == pyz_str_chr('a'));
    PyzStr *nul = V(pyz_str_chr(0));
    CHECK(nul->len == 1 && nul->ncp == 1 && nul->data[0] == 0);
    CHECK(pyz_str_ord(nul) == 0);

    /* for c in s: char_at walks code points */
    PyzStr *t = SN("h\303\251\360\237\230\200x\346\227\245");
    const char *want[] = {"h", "\303\251", "\360\237\230\200", "x", "\346\227\245"};
    int64_t pos = 0;
    int k = 0;
    while (pos < t->len && k < 5) {
        PyzStr *c = V(pyz_str_char_at(t, &pos));
        CHECK_STR(c, want[k]);
        CHECK(c->ncp == 1);
        CHECK(pyz_str_eq(c, pyz_str_getitem(t, k)));
        k++;
    }
    CHECK(k == 5 && pos == t->len);
    pos = 0;
    CHECK(pyz_str_char_at(s, &pos) == pyz_str_chr('a') && pos == 1);
}

static void test_hash(void) {
    PyzStr *a = SN("h\303\251llo world, a longer string"), *b = pyz_str_concat(SN("h\303\251llo world, "), SN("a longer string"));
    CHECK(a != b);
    CHECK(pyz_str_hash(a) == pyz_str_hash(b));
    CHECK(pyz_str_hash(a) != -1 && a->hash == pyz_str_hash(a));
    CHECK(pyz_str_eq(a, b));
    CHECK(pyz_str_hash(SN("")) != -1);
    CHECK(pyz_str_hash(SN("a")) != pyz_str_hash(SN("b")));
    CHECK(pyz_str_hash(SN("ab")) != pyz_str_hash(SN("ba")));
    CHECK(pyz_str_hash(SN("abcdefgh1")) != pyz_str_hash(SN("abcdefgh2")));
    /* eq short-cuts on differing cached hashes, still right when equal */
    PyzStr *c = SN("h\303\251llo world, a longer strinG");
    pyz_str_hash(c);
    CHECK(!pyz_str_eq(a, c));
    /* few collisions over many short keys */
    enum { N = 4096 };
    static int64_t hs[N];
    char buf[16];
    for (int i = 0; i < N; i++) {
        int n = snprintf(buf, sizeof buf, "k%d", i);
        hs[i] = pyz_str_hash(pyz_str_new(buf, n));
    }
    int same = 0;
    for (int i = 0; i < N; i++)
        for (int j = i + 1; j < N; j++)
            same += hs[i] == hs[j];
    CHECK(same == 0);
    int buckets[64] = {0}, worst = 0;
    for (int i = 0; i < N; i++)
        buckets[(uint64_t)hs[i] & 63]++;
    for (int i = 0; i < 64; i++)
        worst = buckets[i] > worst ? buckets[i] : worst;
    CHECK(worst < 2 * N / 64);
}

static void test_builder(void) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    CHECK_STR(V(pyz_sb_finish(&sb)), "");
    pyz_sb_add_str(&sb, SN("")); /* empty pieces into a fresh builder */
    pyz_sb_add_bytes(&sb, "", 0);
    pyz_sb_add_cstr(&sb, "");
    CHECK_STR(V(pyz_sb_finish(&sb)), "");
    pyz_sb_add_cstr(&sb, "x");
    CHECK_STR(V(pyz_sb_finish(&sb)), "x");
    /* reusable after finish */
    pyz_sb_add_cstr(&sb, "ab");
    pyz_sb_add_str(&sb, SN("c\303\251"));
    CHECK(sb.ncp == 4 && sb.len == 5 && !sb.ascii);
    pyz_sb_add_bytes(&sb, "\360\237\230\200!", 5);
    pyz_sb_add_str(&sb, SN(""));
    pyz_sb_add_bytes(&sb, "", 0);
    PyzStr *r = V(pyz_sb_finish(&sb));
    CHECK_STR(r, "abc\303\251\360\237\230\200!");
    CHECK(r->ncp == 6 && !r->ascii);
    CHECK(sb.len == 0 && sb.buf == NULL);
    /* ascii tracking */
    pyz_sb_add_cstr(&sb, "hello ");
    pyz_sb_add_str(&sb, &lit_hello);
    CHECK(sb.ascii && sb.ncp == 11);
    r = V(pyz_sb_finish(&sb));
    CHECK_STR(r, "hello hello");
    CHECK(r->ascii);
    /* growth across many appends, mixed widths */
    char expect[40000];
    int64_t n = 0, ncp = 0;
    for (int i = 0; i < 3000; i++) {
        const char *piece = i % 3 == 0 ? "ab" : i % 3 == 1 ? "\303\251" : "\346\227\245z";
        pyz_sb_add_cstr(&sb, piece);
        memcpy(expect + n, piece, strlen(piece));
        n += (int64_t)strlen(piece);
        ncp += i % 3 == 0 ? 2 : i % 3 == 1 ? 1 : 2;
    }
    expect[n] = 0;
    r = V(pyz_sb_finish(&sb));
    CHECK(r->len == n && r->ncp == ncp && memcmp(r->data, expect, (size_t)n) == 0);
    /* a finished string is independent of the next builder */
    pyz_sb_add_cstr(&sb, "0123456789abcdefghij");
    PyzStr *first = V(pyz_sb_finish(&sb));
    pyz_sb_add_cstr(&sb, "ZZZZZZZZZZZZZZZZZZZZZZZZZ");
    V(pyz_sb_finish(&sb));
    CHECK_STR(first, "0123456789abcdefghij");
}

static void test_list(void) {
    PyzList_str *l = pyz_list_str_alloc(0);
    CHECK(l->len == 0);
    for (int i = 0; i < 100; i++)
        pyz_list_str_push(l, pyz_str_chr('a' + i % 26));
    CHECK(l->len == 100 && l->cap >= 100);
    CHECK_STR(l->items[27], "b");
    PyzList_str *m = pyz_list_str_alloc(1);
    CHECK(m->len == 0 && m->cap == 1);
    pyz_list_str_push(m, SN("x"));
    pyz_list_str_push(m, SN("y"));
    pyz_list_str_push(m, SN("z"));
    CHECK(m->len == 3 && m->cap == 4);
    CHECK_STR(V(pyz_str_join(SN("-"), m)), "x-y-z");
}

/* Long strings: the word-at-a-time paths of indexing and counting. */
static void test_long(void) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    for (int i = 0; i < 500; i++)
        pyz_sb_add_cstr(&sb, i % 37 == 5 ? "\303\251" : i % 91 == 7 ? "\360\237\230\200" : i % 2 ? "abc" : "defghijk");
    PyzStr *s = V(pyz_sb_finish(&sb));
    CHECK(!s->ascii);
    int64_t pos = 0, i = 0, bad = 0;
    while (pos < s->len) {
        PyzStr *c = pyz_str_char_at(s, &pos);
        bad += !pyz_str_eq(c, pyz_str_getitem(s, i));
        bad += !pyz_str_eq(c, pyz_str_getitem(s, i - s->ncp));
        bad += !pyz_str_eq(c, pyz_str_slice(s, i, i + 1, 1, 1, 1));
        i++;
    }
    CHECK(bad == 0 && i == s->ncp);
    int64_t f = pyz_str_find(s, SN("\360\237\230\200"));
    CHECK(f > 0 && pyz_str_eq(pyz_str_getitem(s, f), SN("\360\237\230\200")));
    int64_t rf = pyz_str_rfind(s, SN("\303\251"));
    CHECK(rf > f && pyz_str_eq(pyz_str_getitem(s, rf), SN("\303\251")));
    CHECK(pyz_str_count(s, SN("\303\251")) == 14);
    /* slices with steps over the long string agree with getitem */
    PyzStr *r = V(pyz_str_slice(s, 0, 0, 17, 0, 0));
    CHECK(r->ncp == (s->ncp + 16) / 17);
    CHECK(pyz_str_eq(pyz_str_getitem(r, 3), pyz_str_getitem(s, 51)));
    r = V(pyz_str_slice(s, 0, 0, -13, 0, 0));
    CHECK(pyz_str_eq(pyz_str_getitem(r, 5), pyz_str_getitem(s, s->ncp - 1 - 65)));
    /* repeat */
    r = V(pyz_str_repeat(SN("h\303\251"), 1000));
    CHECK(r->len == 3000 && r->ncp == 2000 && pyz_str_count(r, SN("h\303\251h")) == 500);
    CHECK(pyz_str_endswith(r, SN("\303\251h\303\251")));
    CHECK_STR(V(pyz_str_upper(pyz_str_slice(r, -4, 0, 1, 1, 0))), "H\303\211H\303\211");
}

/* Every slice of a few non-ASCII strings against the ASCII path: a shadow
 * string of distinct ASCII characters shows which indices a slice takes. */
static void slice_crosscheck(const char *text) {
    PyzStr *s = V(pyz_str_from_cstr(text));
    char sh[64];
    for (int64_t i = 0; i < s->ncp; i++)
        sh[i] = (char)(33 + i);
    PyzStr *shadow = pyz_str_new(sh, s->ncp);
    int bad = 0, count = 0;
    for (int64_t a = -12; a <= 13; a++)
        for (int64_t b = -12; b <= 13; b++)
            for (int64_t st = -5; st <= 5; st++) {
                if (st == 0)
                    continue;
                int ha = a != 13, hb = b != 13; /* 13 stands for None */
                PyzStr *r1 = V(pyz_str_slice(shadow, a, b, st, ha, hb));
                PyzStr *r2 = V(pyz_str_slice(s, a, b, st, ha, hb));
                PyzStrBuilder sb;
                pyz_sb_init(&sb);
                for (int64_t k = 0; k < r1->len; k++)
                    pyz_sb_add_str(&sb, pyz_str_getitem(s, r1->data[k] - 33));
                PyzStr *want = V(pyz_sb_finish(&sb));
                count++;
                if (!pyz_str_eq(r2, want) || r2->ncp != r1->ncp) {
                    if (bad++ < 5)
                        fprintf(stderr, "slice %s[%lld:%lld:%lld] gave '%s', expected '%s'\n", text, (long long)a,
                                (long long)b, (long long)st, r2->data, want->data);
                }
            }
    CHECK(bad == 0 && count > 6000);
}

static void test_errors(void) {
    CHECK_RAISES(pyz_str_slice(SN("abc"), 0, 0, 0, 0, 0), PYZ_EXC_ValueError, "slice step cannot be zero");
    pyz_exc_pending = 0;
    CHECK(pyz_str_getitem(SN("abc"), 3) == NULL);
    CHECK(pyz_exc_pending == PYZ_EXC_IndexError);
    pyz_exc_pending = 0;
    CHECK(pyz_str_index(SN("abc"), SN("d")) == -1 && pyz_exc_pending == PYZ_EXC_ValueError);
    pyz_exc_pending = 0;
    CHECK(pyz_str_split(SN("abc"), SN(""), -1) == NULL && pyz_exc_pending == PYZ_EXC_ValueError);
    pyz_exc_pending = 0;
    CHECK(pyz_str_chr(0x110000) == NULL && pyz_exc_pending == PYZ_EXC_ValueError);
    pyz_exc_pending = 0;
    CHECK(pyz_str_repeat(SN("ab"), INT64_MAX) == NULL && pyz_exc_pending == PYZ_EXC_OverflowError);
    pyz_exc_pending = 0;
    CHECK(pyz_str_center(SN("ab"), 5, SN("")) == NULL && pyz_exc_pending == PYZ_EXC_TypeError);
    pyz_exc_pending = 0;
}

/* The start/end forms, partition, affixes and the Unicode case mappings
 * (expected values from CPython 3.11). */
static void test_more_methods(void) {
    PyzStr *s = SN("h\303\251llo w\303\266rld h\303\251llo");   /* "héllo wörld héllo" */
    CHECK(pyz_str_find_in(s, SN("h\303\251"), 1, INT64_MAX) == 12);
    CHECK(pyz_str_rfind_in(s, SN("h\303\251"), 0, 11) == 0);
    CHECK(pyz_str_find_in(s, SN(""), 17, INT64_MAX) == 17 && pyz_str_find_in(s, SN(""), 18, INT64_MAX) == -1);
    CHECK(pyz_str_count_in(s, SN("l"), -5, INT64_MAX) == 2 && pyz_str_count_in(s, SN(""), 2, 5) == 4);
    CHECK(pyz_str_startswith_in(s, SN("w\303\266"), 6, INT64_MAX) && !pyz_str_startswith_in(s, SN(""), 18, INT64_MAX));
    CHECK(pyz_str_endswith_in(s, SN("llo"), 0, 5) && pyz_str_rindex(s, SN("o")) == 16);
    CHECK_RAISES(pyz_str_index_in(s, SN("w"), 0, 6), PYZ_EXC_ValueError, "substring not found");
    CHECK_STR(list_repr(pyz_str_partition(SN("k=v=x"), SN("="))), "['k', '=', 'v=x']");
    CHECK_STR(list_repr(pyz_str_rpartition(SN("k=v=x"), SN("?"))), "['', '', 'k=v=x']");
    CHECK_RAISES(pyz_str_partition(SN("abc"), SN("")), PYZ_EXC_ValueError, "empty separator");
    CHECK_STR(V(pyz_str_removeprefix(SN("prefix_x"), SN("prefix_"))), "x");
    CHECK_STR(V(pyz_str_removesuffix(SN("abc"), SN(""))), "abc");
    CHECK_STR(V(pyz_str_expandtabs(SN("a\tbc\n\tx"), 4)), "a   bc\n    x");
    CHECK_STR(list_repr(pyz_str_splitlines_keepends(SN("a\r\nb\rc"), true)), "['a\\r\\n', 'b\\r', 'c']");
    CHECK_STR(V(pyz_str_upper(SN("stra\303\237e"))), "STRASSE");
    CHECK_STR(V(pyz_str_lower(SN("\316\243\316\243 \316\243"))), "\317\203\317\202 \317\203"); /* ΣΣ Σ -> σς σ */
    CHECK_STR(V(pyz_str_casefold(SN("Stra\303\237e"))), "strasse");
    CHECK_STR(V(pyz_str_title(SN("\307\206ungla"))), "\307\205ungla");                 /* ǆungla -> ǅungla */
    CHECK_STR(V(pyz_str_swapcase(SN("Hello \304\260"))), "hELLO i\314\207");           /* İ -> i̇ */
    CHECK(pyz_str_isalpha(SN("\346\227\245\346\234\254")) && pyz_str_isdigit(SN("\331\241\331\242")));
    CHECK(pyz_str_isnumeric(SN("\302\275")) && !pyz_str_isdecimal(SN("\302\275")) && pyz_str_istitle(SN("Hello World")));
    CHECK(pyz_str_isidentifier(SN("_x1")) && !pyz_str_isidentifier(SN("1x")) && !pyz_str_isidentifier(SN("")));
    CHECK_STR(V(pyz_str_percent_char(233)), "\303\251");
    CHECK_RAISES(pyz_str_percent_char(0x110000), PYZ_EXC_OverflowError, "%c arg not in range(0x110000)");
    CHECK_RAISES(pyz_str_percent_char_str(SN("ab")), PYZ_EXC_TypeError, "%c requires int or char");
}

/* pyz_memchr and pyz_memmem (vector, scalar and two-way paths) against a byte-by-byte search,
 * on random texts over small alphabets (so that partial matches abound) of every length up to 80
 * (400), with needles of length 0 to 20 (40) taken from the text or random; and
 * pyz_str_concat_n. */
static const char *naive_memmem(const char *h, int64_t hl, const char *n, int64_t nl) {
    for (int64_t i = 0; i + nl <= hl; i++)
        if (memcmp(h + i, n, (size_t)nl) == 0)
            return h + i;
    return NULL;
}

static const char *naive_memrmem(const char *h, int64_t hl, const char *n, int64_t nl) {
    for (int64_t i = hl - nl; i >= 0; i--)
        if (memcmp(h + i, n, (size_t)nl) == 0)
            return h + i;
    return NULL;
}

static void test_search(void) {
    uint64_t seed = 12345;
    char h[416], n[48];
    for (int round = 0; round < 60000; round++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        int alpha = 2 + (int)((seed >> 33) % 3);
        /* one round in four: long texts and needles over two letters, where failed candidates
         * pile up and the search hands over to the two-way search */
        bool wide = round % 4 == 0;
        if (wide)
            alpha = 2;
        int64_t hl = (int64_t)((seed >> 40) % (wide ? 401 : 81)), nl = (int64_t)((seed >> 20) % (wide ? 41 : 21));
        for (int64_t i = 0; i < hl; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            h[i] = (char)('a' + (seed >> 59) % (uint64_t)alpha);
        }
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        if (hl >= nl && (seed >> 63)) {
            memcpy(n, h + (seed >> 20) % (uint64_t)(hl - nl + 1), (size_t)nl);
        } else {
            for (int64_t i = 0; i < nl; i++) {
                seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
                n[i] = (char)('a' + (seed >> 59) % (uint64_t)alpha);
            }
        }
        CHECK(pyz_memmem(h, hl, n, nl) == naive_memmem(h, hl, n, nl));
        if (nl)  /* the two-way searches alone, from every start (from every end) */
            for (int64_t s = 0; s <= hl; s += 1 + s / 8) {
                CHECK(pyz_two_way(h + s, hl - s, n, nl) == naive_memmem(h + s, hl - s, n, nl));
                CHECK(pyz_two_way_last(h, hl - s, n, nl) == naive_memrmem(h, hl - s, n, nl));
            }
        {  /* rfind, through the str API */
            PyzStr *hs = pyz_str_new(h, hl), *ns = pyz_str_new(n, nl);
            const char *r = naive_memrmem(h, hl, n, nl);
            CHECK(pyz_str_rfind(hs, ns) == (r ? r - h : -1));
            CHECK(pyz_str_contains(hs, ns) == (naive_memmem(h, hl, n, nl) != NULL));
            if (nl)
                CHECK(pyz_str_contains(hs, pyz_str_new(n + nl - 1, 1)) == (naive_memmem(h, hl, n + nl - 1, 1) != NULL));
        }
        if (nl)
            CHECK(pyz_memchr(h, (uint8_t)n[0], hl) == naive_memmem(h, hl, n, 1));
    }
    /* needles whose candidates all pass the vector filter and fail late ("abab...c." in "abab..."):
     * the search hands over to the two-way search (and still finds the match placed at the end);
     * and for rfind, "aa..b..aa" in "aaa...", whose candidates all pass its first and last bytes */
    extern int64_t pyz_memmem_handovers;
    int64_t handovers = pyz_memmem_handovers;
    static char big[4096], needle[200];
    for (int64_t nl = 24; nl <= 200; nl += 11) {
        for (size_t i = 0; i < sizeof big; i++)
            big[i] = "ab"[i % 2];
        memcpy(needle, big, (size_t)nl);
        needle[nl - 2] = 'c';
        CHECK(pyz_memmem(big, sizeof big, needle, nl) == NULL);
        memcpy(big + sizeof big - nl - 5, needle, (size_t)nl);
        CHECK(pyz_memmem(big, sizeof big, needle, nl) == big + sizeof big - nl - 5);
        memset(big, 'a', sizeof big);
        memset(needle, 'a', (size_t)nl);
        needle[nl / 3] = 'b';
        CHECK(pyz_memmem(big, sizeof big, needle, nl) == NULL);
        PyzStr *bigs = pyz_str_new(big, sizeof big), *ns = pyz_str_new(needle, nl);
        CHECK(pyz_str_rfind(bigs, ns) == -1);
        memcpy(big + sizeof big - nl - 5, needle, (size_t)nl);
        CHECK(pyz_memmem(big, sizeof big, needle, nl) == big + sizeof big - nl - 5);
        memcpy(big + 7, needle, (size_t)nl);
        bigs = pyz_str_new(big, sizeof big);
        CHECK(pyz_str_rfind(bigs, ns) == (int64_t)sizeof big - nl - 5);
        big[sizeof big - 6] = 'c';  /* the last copy spoilt: the first one is found, far back */
        bigs = pyz_str_new(big, sizeof big);
        CHECK(pyz_str_rfind(bigs, ns) == 7);
    }
    CHECK(pyz_memmem_handovers >= handovers + 2 * 17);
    /* text that is mostly one byte, with a rare other (a bent coin's "0001000..."), and needles cut
     * from it around a rare byte, or made of the common byte alone: found where the byte-by-byte
     * search finds them; those holding a rare byte test it in the vector search and hand nothing
     * over to the two-way search */
    static char coin[6000];
    uint64_t cs = 99;
    for (size_t i = 0; i < sizeof coin; i++) {
        cs = cs * 6364136223846793005ULL + 1442695040888963407ULL;
        coin[i] = (cs >> 58) == 0 ? '1' : '0';
    }
    int64_t rare_handovers = 0;
    for (int64_t nl = 2; nl <= 120; nl += 3) {
        for (int64_t at = 0; at + nl <= (int64_t)sizeof coin; at += 397) {
            const char *cut = coin + at;
            if (!memchr(cut, '1', (size_t)nl) || (cut[0] == '1' && !memchr(cut + 1, '1', (size_t)nl - 1)))
                continue;
            int64_t before = pyz_memmem_handovers;
            CHECK(pyz_memmem(coin, sizeof coin, cut, nl) == naive_memmem(coin, sizeof coin, cut, nl));
            rare_handovers += pyz_memmem_handovers - before;
        }
        memset(needle, '0', (size_t)nl);
        CHECK(pyz_memmem(coin, sizeof coin, needle, nl) == naive_memmem(coin, sizeof coin, needle, nl));
    }
    CHECK(rare_handovers == 0);
    PyzStr *parts[] = {SN("ab"), SN(""), SN("\303\251"), SN("x"), SN("")};
    CHECK(strcmp(V(pyz_str_concat_n(parts, 5))->data, "ab\303\251x") == 0);
    CHECK(V(pyz_str_concat_n(parts, 5))->ncp == 4);
    CHECK(strcmp(V(pyz_str_concat_n(parts + 3, 2))->data, "x") == 0);
    CHECK(V(pyz_str_concat_n(parts + 4, 1))->len == 0);
    CHECK(V(pyz_str_concat_n(parts, 0))->len == 0);
}

/* pyz_str_split_count against the length of pyz_str_split's list: random texts of every length up
 * to 70 over spaces, tabs, line breaks, control bytes, letters and (one text in four) a non-ASCII
 * space and letter, each split by whitespace with maxsplit -1 to 3 and by a one- and a two-byte
 * separator; and the empty separator's ValueError. */
static void test_split_count(void) {
    static const char *atoms[] = {" ", " ", "a", "b", "a", "\t", "\n", "\x1f", "\x01", "\x7f", "~",
                                  "\xe2\x80\x83", "\xc3\xa9"};
    uint64_t seed = 777;
    char t[300];
    for (int round = 0; round < 40000; round++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        int64_t n = (int64_t)((seed >> 33) % 71), len = 0;
        int natoms = round % 4 == 0 ? 13 : 11;
        for (int64_t i = 0; i < n; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            const char *a = atoms[(seed >> 40) % (uint64_t)natoms];
            size_t al = strlen(a);
            memcpy(t + len, a, al);
            len += (int64_t)al;
        }
        PyzStr *s = pyz_str_new(t, len);
        for (int64_t k = -1; k <= 3; k++) {
            CHECK(pyz_str_split_count(s, NULL, k) == pyz_str_split(s, NULL, k)->len);
            CHECK(pyz_str_split_count(s, SN("a"), k) == pyz_str_split(s, SN("a"), k)->len);
            CHECK(pyz_str_split_count(s, SN(" a"), k) == pyz_str_split(s, SN(" a"), k)->len);
        }
    }
    CHECK(pyz_str_split_count(SN("  one two\tthree  "), NULL, -1) == 3);
    CHECK(pyz_str_split_count(SN(""), NULL, -1) == 0);
    CHECK(pyz_str_split_count(SN(""), SN(","), -1) == 1);
    CHECK_RAISES(pyz_str_split_count(SN("a b"), SN(""), -1), PYZ_EXC_ValueError, "empty separator");
}

/* upper() and lower() of ASCII text against a byte at a time: every printable ASCII byte and the
 * bytes around the letters ('@' '[' '`' '{') at every place of texts of every length to 40 (the
 * eight-byte blocks, the overlapping halves under eight, the byte loop under four); a text with
 * nothing to change is itself, a one-letter result the shared str. */
static void test_ascii_case(void) {
    char t[41], up[41], low[41];
    uint64_t seed = 99;
    for (int len = 0; len <= 40; len++) {
        for (int round = 0; round < 200; round++) {
            for (int i = 0; i < len; i++) {
                seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
                t[i] = (char)(round < 4 ? "@[`{"[round] : 32 + (int)((seed >> 33) % 95));
            }
            if (len && round >= 4)
                t[round % len] = (char)(32 + round % 95);  /* each byte at each place, in time */
            for (int i = 0; i < len; i++) {
                unsigned b = (unsigned char)t[i];
                up[i] = (char)(b >= 'a' && b <= 'z' ? b - 32 : b);
                low[i] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
            }
            PyzStr *s = pyz_str_new(t, len);
            PyzStr *u = V(pyz_str_upper(s)), *l = V(pyz_str_lower(s));
            CHECK(u->len == len && memcmp(u->data, up, (size_t)len) == 0);
            CHECK(l->len == len && memcmp(l->data, low, (size_t)len) == 0);
            CHECK((memcmp(t, up, (size_t)len) == 0) == (u == s || len == 0));
            CHECK((memcmp(t, low, (size_t)len) == 0) == (l == s || len == 0));
            if (len == 1)
                CHECK(u == pyz_str_from_cstr((char[]){up[0], 0}) || u == s);
        }
    }
}

/* join against the pieces written one after another: separators of 0, 1 and 3 bytes (and a
 * non-ASCII one), 0 to 12 items of 0 to 20 bytes, ASCII and not. */
static void test_join(void) {
    static const char *seps[] = {"", ",", " - ", "\xc3\xa9"};
    static const char *atoms[] = {"a", "bc", "\xe4\xb8\xad", "x", " "};
    uint64_t seed = 5;
    char want[2000];
    for (int round = 0; round < 4000; round++) {
        const char *sep = seps[round % 4];
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        int n = (int)((seed >> 33) % 13);
        PyzList_str *l = pyz_list_str_alloc(0);
        size_t w = 0;
        for (int i = 0; i < n; i++) {
            char piece[100];
            size_t pl = 0;
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            int k = (int)((seed >> 35) % 8);
            for (int j = 0; j < k; j++) {
                const char *a = atoms[(seed >> (j * 3 + 10)) % 5];
                memcpy(piece + pl, a, strlen(a));
                pl += strlen(a);
            }
            pyz_list_str_push(l, pyz_str_new(piece, (int64_t)pl));
            if (i) {
                memcpy(want + w, sep, strlen(sep));
                w += strlen(sep);
            }
            memcpy(want + w, piece, pl);
            w += pl;
        }
        PyzStr *j = V(pyz_str_join(pyz_str_from_cstr(sep), l));
        CHECK(j->len == (int64_t)w && memcmp(j->data, want, w) == 0);
    }
}

/* count() of one byte against a byte at a time, over the 4096-byte blocks' edges, in UTF-8 text
 * whose other code points hold no such byte. */
static void test_count_byte(void) {
    static char t[9000];
    uint64_t seed = 3;
    for (int64_t i = 0; i < (int64_t)sizeof t; i++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        t[i] = "ab\n\n"[(seed >> 33) % 4];
    }
    static const int64_t lens[] = {0, 1, 7, 4095, 4096, 4097, 8191, 8192, 8193, 9000};
    for (size_t k = 0; k < sizeof lens / sizeof lens[0]; k++) {
        PyzStr *s = pyz_str_new(t, lens[k]);
        int64_t want = 0;
        for (int64_t i = 0; i < lens[k]; i++)
            want += t[i] == '\n';
        CHECK(pyz_str_count(s, SN("\n")) == want);
        CHECK(pyz_str_count(s, SN("a")) + pyz_str_count(s, SN("b")) + want == lens[k]);
    }
    CHECK(pyz_str_count(SN("\xc3\xa9" "a\xc3\xa9"), SN("a")) == 1);
}

int main(int argc, char **argv) {
    (void)argv;
    pyz_gc_init(&argc);
    test_generated();
    test_literals();
    test_concat_in_place();
    test_chars();
    test_hash();
    test_builder();
    test_list();
    test_long();
    slice_crosscheck("h\303\251llo w\303\266rld");
    slice_crosscheck("\360\237\230\200a\346\227\245\303\251b\360\237\230\200c");
    slice_crosscheck("");
    slice_crosscheck("\303\251");
    test_errors();
    test_more_methods();
    test_search();
    test_split_count();
    test_ascii_case();
    test_join();
    test_count_byte();
    CHECK(pyz_exc_pending == 0);
    return CHECK_DONE();
}
