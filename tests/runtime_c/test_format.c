/* test_format.c - unit tests of runtime_c/format.c.
 *
 * The tables below were produced by a script that evaluates each case in
 * CPython 3.11 (repr, format, int, float), so every expected value is
 * CPython's own (int() past 64 bits gives a big int word, checked by its
 * text: int_parse_big).  Around them: pyz_fmt_int against
 * snprintf, and a property check that repr is the shortest round-tripping
 * decimal and the closest one of that length, on pseudo-random doubles.
 * Exception messages are read back through pyz_exc_report_uncaught with
 * stderr redirected to a temporary file. */
#include "pyz.h"
#include "check.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Checks the PyzStr invariants (NUL, ncp, ascii, hash) and passes s on. */
static PyzStr *V(PyzStr *s)
{
    if (!s) return NULL;
    int64_t n = 0;
    for (int64_t i = 0; i < s->len; i++) n += ((unsigned char)s->data[i] & 0xC0) != 0x80;
    if (s->len < 0 || s->data[s->len] != 0 || s->ncp != n || s->ascii != (s->len == s->ncp) || s->hash != -1) {
        check_failed++;
        fprintf(stderr, "invariants broken: '%.*s' len=%lld ncp=%lld (counted %lld) ascii=%d\n", (int)s->len,
                s->data, (long long)s->len, (long long)s->ncp, (long long)n, (int)s->ascii);
    }
    return s;
}

static PyzStr *S(const char *p) { return pyz_str_new(p, (int64_t)strlen(p)); }

static double D(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static uint64_t xs_state = 0x9E3779B97F4A7C15ull;
static uint64_t xorshift(void)
{
    xs_state ^= xs_state << 13;
    xs_state ^= xs_state >> 7;
    xs_state ^= xs_state << 17;
    return xs_state;
}

/* The message of the pending exception: the last line of the uncaught
 * report, after "Name: ". */
static char msg_buf[70000];
static const char *pending_message(void)
{
    msg_buf[0] = 0;
    fflush(stderr);
    FILE *tf = tmpfile();
    if (!tf) return msg_buf;
    int saved = dup(2);
    dup2(fileno(tf), 2);
    pyz_exc_report_uncaught();
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    rewind(tf);
    size_t n = fread(msg_buf, 1, sizeof msg_buf - 1, tf);
    fclose(tf);
    msg_buf[n] = 0;
    while (n > 0 && msg_buf[n - 1] == '\n') msg_buf[--n] = 0;
    char *line = strrchr(msg_buf, '\n');
    line = line ? line + 1 : msg_buf;
    char *colon = strstr(line, ": ");
    return colon ? colon + 2 : line + strlen(line);
}

#define CHECK_EXC(kind, msg) do { \
    CHECK(pyz_exc_pending == (kind)); \
    if (pyz_exc_pending) { \
        const char *got_ = pending_message(); \
        if (strcmp(got_, (msg)) != 0) { \
            check_failed++; \
            fprintf(stderr, "%s:%d: message '%s', expected '%s'\n", __FILE__, __LINE__, got_, (msg)); \
        } else check_passed++; \
    } \
    pyz_exc_pending = 0; \
} while (0)

/* ------------------------------------------------------------ ints */

static void check_fmt_int(int64_t v)
{
    char buf[24], want[32];
    int32_t n = pyz_fmt_int(v, buf);
    snprintf(want, sizeof want, "%lld", (long long)v);
    if (n != (int32_t)strlen(want) || memcmp(buf, want, (size_t)n) != 0) {
        check_failed++;
        fprintf(stderr, "pyz_fmt_int(%s) gave '%.*s'\n", want, (int)n, buf);
    } else check_passed++;
}

static void test_fmt_int(void)
{
    static const int64_t fixed[] = {0, 1, -1, 9, 10, -10, 99, 100, 101, 999, 1000, 12345, -12345,
                                    INT64_MAX, INT64_MAX - 1, -INT64_MAX, -INT64_MAX - 1,
                                    1000000000000000000, -999999999999999999};
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) check_fmt_int(fixed[i]);
    for (int64_t p = 1, k = 0; k < 19; k++) {
        check_fmt_int(p); check_fmt_int(p - 1); check_fmt_int(-p); check_fmt_int(1 - p);
        if (k < 18) p *= 10;
    }
    for (int i = 0; i < 20000; i++) {
        uint64_t r = xorshift();
        int shift = (int)(xorshift() % 64);
        check_fmt_int((int64_t)(r >> shift) * (i & 1 ? 1 : -1));
    }
    char buf[24];
    CHECK(pyz_fmt_int(INT64_MIN, buf) == 20 && strcmp(buf, "-9223372036854775808") == 0);
    CHECK_STR(V(pyz_int_to_str(0)), "0");
    CHECK_STR(V(pyz_int_to_str(-7)), "-7");
    CHECK_STR(V(pyz_int_to_str(pyz_int_norm(INT64_MIN))), "-9223372036854775808");  /* a big word (int.c) */
    CHECK_STR(V(pyz_bool_to_str(true)), "True");
    CHECK_STR(V(pyz_bool_to_str(false)), "False");
}

/* ----------------------------------------------------------- repr */

static const struct { uint64_t bits; const char *want; } repr_cases[] = {
    {0x0000000000000000ULL, "0.0"},
    {0x8000000000000000ULL, "-0.0"},
    {0x7ff0000000000000ULL, "inf"},
    {0xfff0000000000000ULL, "-inf"},
    {0x3ff0000000000000ULL, "1.0"},
    {0xbff0000000000000ULL, "-1.0"},
    {0x3fb999999999999aULL, "0.1"},
    {0x3fc999999999999aULL, "0.2"},
    {0x3fd3333333333333ULL, "0.3"},
    {0x3fd3333333333334ULL, "0.30000000000000004"},
    {0x3fd5555555555555ULL, "0.3333333333333333"},
    {0x3fe5555555555555ULL, "0.6666666666666666"},
    {0x4059000000000000ULL, "100.0"},
    {0x430c6bf526340000ULL, "1000000000000000.0"},
    {0x4341c37937e08000ULL, "1e+16"},
    {0x4376345785d8a000ULL, "1e+17"},
    {0x4341c37937e07fffULL, "9999999999999998.0"},
    {0x4340000000000000ULL, "9007199254740992.0"},
    {0x4340000000000001ULL, "9007199254740994.0"},
    {0x4340000000000002ULL, "9007199254740996.0"},
    {0x4340000000000001ULL, "9007199254740994.0"},
    {0x4350000000000001ULL, "1.8014398509481988e+16"},
    {0x437b69b4ba630f35ULL, "1.2345678901234568e+17"},
    {0x4480f0cf064dd592ULL, "1e+22"},
    {0x44b52d02c7e14af6ULL, "1e+23"},
    {0x0000000000000001ULL, "5e-324"},
    {0x0000000000000002ULL, "1e-323"},
    {0x0000000000000003ULL, "1.5e-323"},
    {0x0010000000000000ULL, "2.2250738585072014e-308"},
    {0x000fffffffffffffULL, "2.225073858507201e-308"},
    {0x7fefffffffffffffULL, "1.7976931348623157e+308"},
    {0x3f1a36e2eb1c432dULL, "0.0001"},
    {0x3ee4f8b588e368f1ULL, "1e-05"},
    {0x3ee4f8b588e368f1ULL, "1e-05"},
    {0x3f202e4b6ce5dc68ULL, "0.00012345"},
    {0x3e8421f5f40d8376ULL, "1.5e-07"},
    {0x54b249ad2594c37dULL, "1e+100"},
    {0x2b2bff2ee48e0530ULL, "1e-100"},
    {0x400921fb54442d18ULL, "3.141592653589793"},
    {0x4005bf0a8b145769ULL, "2.718281828459045"},
    {0x40934a0000000000ULL, "1234.5"},
    {0xc0934a0000000000ULL, "-1234.5"},
    {0x41678c29dccccccdULL, "12345678.9"},
    {0x3fe0000000000000ULL, "0.5"},
    {0x3fd0000000000000ULL, "0.25"},
    {0x3fc0000000000000ULL, "0.125"},
    {0x444b1ae4d6e2ef50ULL, "1e+21"},
    {0x3e7ad7f29abcaf48ULL, "1e-07"},
    {0x4341c37937e08000ULL, "1e+16"},
    {0x4341c37937e07fffULL, "9999999999999998.0"},
    {0x4011666666666666ULL, "4.35"},
    {0x3fc9999999999999ULL, "0.19999999999999998"},
    {0x4040aaaaaaaaaaabULL, "33.333333333333336"},
    {0x44dfe185ca57c517ULL, "6.02214076e+23"},
    {0x3c07a4da290c1653ULL, "1.602176634e-19"},
    {0x0010000000000000ULL, "2.2250738585072014e-308"},
    {0x0000000000000001ULL, "5e-324"},
    {0x7fe0000000000000ULL, "8.98846567431158e+307"},
    {0x3e70000000000000ULL, "5.960464477539063e-08"},
    {0x3d30000000000000ULL, "5.684341886080802e-14"},
    {0x7bb0000000000000ULL, "6.090821257125e+287"},
    {0x4580000000000000ULL, "6.189700196426902e+26"},
    {0x0060000000000000ULL, "7.120236347223045e-307"},
    {0x43e0000000000000ULL, "9.223372036854776e+18"},
    {0x43f0000000000000ULL, "1.8446744073709552e+19"},
    {0xc3e0000000000000ULL, "-9.223372036854776e+18"},
    {0x3f33a92a30553262ULL, "0.00030000000000000003"},
    {0x3c36b082c2148b8eULL, "1.23e-18"},
    {0x3f0a36e2eb1c432dULL, "5e-05"},
    {0x3f50624dd2f1a9fcULL, "0.001"},
    {0x3ff0000000000001ULL, "1.0000000000000002"},
    {0x3fefffffffffffffULL, "0.9999999999999999"},
    {0x0000000000000001ULL, "5e-324"},
    {0x0000000000000002ULL, "1e-323"},
    {0x0000000000000003ULL, "1.5e-323"},
    {0x3ee4f8b588e368f1ULL, "1e-05"},
    {0x3eef75104d551d6aULL, "1.5000000000000002e-05"},
    {0x3f18e757928e0c9eULL, "9.5e-05"},
    {0x3f1a36e2eb1c432dULL, "0.0001"},
    {0x3f23a92a30553262ULL, "0.00015000000000000001"},
    {0x3f4f212d77318fc5ULL, "0.00095"},
    {0x430c6bf526340000ULL, "1000000000000000.0"},
    {0x431550f7dca70000ULL, "1500000000000000.0"},
    {0x4340e0198eaee000ULL, "9500000000000000.0"},
    {0x4341c37937e08000ULL, "1e+16"},
    {0x434aa535d3d0c000ULL, "1.5e+16"},
    {0x4375181ff25a9800ULL, "9.5e+16"},
    {0x84cbb91f4dd426d7ULL, "-1.4565199793500389e-285"},
    {0xd437e6e6e0e47750ULL, "-5.105427760328419e+97"},
    {0x293e489b4d533b57ULL, "5.0369701790282837e-110"},
    {0x323588b2ed9edd01ULL, "7.987397190952261e-67"},
    {0x848d1ec7c7f69dcbULL, "-9.562006398957432e-287"},
    {0x49d6d919f85834a3ULL, "5.217572839225051e+47"},
    {0x23837d9a7182b68fULL, "1.309356904632415e-137"},
    {0xb56f355d54377bf0ULL, "-2.6066518150458212e-51"},
    {0x8d6646b392fd1ac9ULL, "-4.0780654967253656e-244"},
    {0x1c2ad8c6e35dd050ULL, "5.4273119342449395e-173"},
    {0xebd6d58e986de662ULL, "-3.0027758115880987e+211"},
    {0x1c65a82e3ad2308eULL, "7.00502818297003e-172"},
    {0x2989b2f8e7f9b201ULL, "1.3678222557574558e-108"},
    {0xcbf346927799a77aULL, "-7.56220979672993e+57"},
    {0xf3362908267f09e4ULL, "-9.683931691522724e+246"},
    {0xd799bd1e7c91cb34ULL, "-9.903889127547568e+113"},
    {0xcfe389a1435adfd4ULL, "-7.069692134404115e+76"},
    {0xb750f3733295ed38ULL, "-3.0404323039391216e-42"},
    {0x601331981be0e0baULL, "6.433645209895324e+154"},
    {0x34e0cabf3dec7334ULL, "5.478639308196385e-54"},
    {0x2cd449d98e2ac73bULL, "9.726369567235788e-93"},
    {0x42438948da919af7ULL, "167815263523.21066"},
    {0xe06e775b8056a4ddULL, "-3.2678839487098548e+156"},
    {0x518eb64767fcc095ULL, "7.457912451282609e+84"},
    {0x8fceb19ae673cfefULL, "-1.5445557643461392e-232"},
    {0xc76d0a7a1435a00bULL, "-1.2063128406712184e+36"},
    {0x3f724f831fe5d1a2ULL, "0.004470359998198255"},
    {0x4b1d7ae36141893cULL, "7.059065257654561e+53"},
    {0xecfd291f25bc6e75ULL, "-1.0052493952886101e+217"},
    {0xa15313715301bb62ULL, "-3.729651650075599e-148"},
    {0xc20737874e518eb5ULL, "-12464482762.194681"},
    {0x248424b81a72b30eULL, "8.868403301163212e-133"},
    {0x98b51920700e1556ULL, "-1.1838240017770818e-189"},
    {0xc279893e8697390aULL, "-1754828138867.565"},
    {0xc39a708d878a8e14ULL, "-4.7629456391559706e+17"},
    {0x3b395abf39f380a2ULL, "2.0972734614066566e-23"},
    {0x85940f6bc5a2d235ULL, "-8.633763602751035e-282"},
    {0x0e928f5c74f21777ULL, "1.7814002981233985e-238"},
    {0x93369eadefa73104ULL, "-4.10102748976127e-216"},
    {0x19ffd529a70c798bULL, "1.8729046904796923e-183"},
    {0x00042d4da8dea6a2ULL, "5.808786495835954e-309"},
    {0x000b21afa21e5f5aULL, "1.5480375912380887e-308"},
    {0x00091603b84504a2ULL, "1.2635630191116078e-308"},
    {0x0004db668309240bULL, "6.7545356638316e-309"},
    {0x000a27cd3a4deb82ULL, "1.4122926599687943e-308"},
    {0x000522bf3250195cULL, "7.14211150389974e-309"},
    {0x0008101d42dbbec8ULL, "1.1212907160835223e-308"},
    {0x000ec55d9f104f09ULL, "2.0541547820187067e-308"},
    {0x00016625ab06f2f7ULL, "1.94556601746532e-309"},
    {0x0009ad7e10fc41d9ULL, "1.3458505072628275e-308"},
    {0x0006b55f216a09afULL, "9.32929360482437e-309"},
    {0x000e4576f4802732ULL, "1.9846749820254644e-308"},
    {0x000bff1940e7db9dULL, "1.6683157508589816e-308"},
    {0x0000157b8832f24aULL, "1.1669983814381e-310"},
    {0x000e9fe82797de29ULL, "2.033805974082893e-308"},
    {0x0002b6e881f270afULL, "3.77495640366491e-309"},
    {0x00038f2d23ffac49ULL, "4.9497915859142e-309"},
    {0x0002bf7d00e8f545ULL, "3.821565955252787e-309"},
    {0x000789082abdf693ULL, "1.047909779734731e-308"},
    {0x000666d2ab5de635ULL, "8.90259290617236e-309"},
    {0x7ff8000000000000ULL, "nan"},
};

static void test_repr_table(void)
{
    for (size_t i = 0; i < sizeof repr_cases / sizeof repr_cases[0]; i++) {
        char buf[32];
        int32_t n = pyz_fmt_float_repr(D(repr_cases[i].bits), buf);
        if (n != (int32_t)strlen(repr_cases[i].want) || memcmp(buf, repr_cases[i].want, (size_t)n) != 0) {
            check_failed++;
            fprintf(stderr, "repr(%s) gave '%.*s'\n", repr_cases[i].want, (int)n, buf);
        } else check_passed++;
        CHECK_STR(V(pyz_float_to_str(D(repr_cases[i].bits))), repr_cases[i].want);
    }
}

/* Significant digits (no leading/trailing zeros) and the decimal exponent
 * of the first one, from "123.45", "1e-05", "-0.001" or "1.2345e+02". */
static void decimal_of(const char *s, char *dig, int *exp10)
{
    int k = 0, point = -1, pos = 0, first = -1;
    const char *p = s;
    if (*p == '-') p++;
    for (; *p && *p != 'e'; p++) {
        if (*p == '.') { point = pos; continue; }
        if (first < 0 && *p == '0') { pos++; continue; }
        if (first < 0) first = pos;
        dig[k++] = *p;
        pos++;
    }
    if (point < 0) point = pos;
    while (k > 0 && dig[k - 1] == '0') k--;
    dig[k] = 0;
    *exp10 = point - first - 1 + (*p == 'e' ? atoi(p + 1) : 0);
}

/* repr(v) reads back as v; no decimal with fewer digits does; and when the
 * closest decimal with as many digits reads back, repr is that one. */
static void check_shortest(double v)
{
    char buf[32], near[40], d1[24], d2[24];
    int32_t n = pyz_fmt_float_repr(v, buf);
    buf[n] = 0;
    int e1, e2, ok = strtod(buf, NULL) == v;
    decimal_of(buf, d1, &e1);
    int nd = (int)strlen(d1);
    if (ok && nd > 1) {
        snprintf(near, sizeof near, "%.*e", nd - 2, v);
        ok = strtod(near, NULL) != v;
    }
    if (ok) {
        snprintf(near, sizeof near, "%.*e", nd - 1, v);
        if (strtod(near, NULL) == v) {
            decimal_of(near, d2, &e2);
            ok = strcmp(d1, d2) == 0 && e1 == e2;
        }
    }
    if (ok) check_passed++;
    else { check_failed++; fprintf(stderr, "repr(%.17g) gave '%s'\n", v, buf); }
}

static void test_repr_shortest(void)
{
    for (int i = 0; i < 30000; i++) {
        double v = D(xorshift());
        if (isfinite(v) && v != 0) check_shortest(v);
        v = D(xorshift() >> 12); /* subnormal */
        if (v != 0) check_shortest(v);
        uint64_t m = xorshift();
        int shift = 11 + (int)(xorshift() % 53);
        int e = (int)(xorshift() % 2000) - 1000;
        v = ldexp((double)(m >> shift), e); /* few significant bits */
        if (isfinite(v) && v != 0) check_shortest(v);
    }
    for (int e = -1074; e <= 1023; e++) {
        check_shortest(ldexp(1.0, e));
        check_shortest(nextafter(ldexp(1.0, e), 0));
        check_shortest(nextafter(ldexp(1.0, e), INFINITY));
    }
}

/* --------------------------------------------------------- format */

static const struct { int64_t v; const char *spec, *want; int exc; const char *msg; } int_cases[] = {
    {INT64_C(0), "", "0", 0, NULL},
    {INT64_C(42), "", "42", 0, NULL},
    {INT64_C(-42), "d", "-42", 0, NULL},
    {INT64_C(1234567), ",", "1,234,567", 0, NULL},
    {INT64_C(1234567), "_", "1_234_567", 0, NULL},
    {INT64_C(-1234567), ",d", "-1,234,567", 0, NULL},
    {INT64_C(255), "x", "ff", 0, NULL},
    {INT64_C(255), "#x", "0xff", 0, NULL},
    {INT64_C(255), "X", "FF", 0, NULL},
    {INT64_C(255), "#X", "0XFF", 0, NULL},
    {INT64_C(-255), "#X", "-0XFF", 0, NULL},
    {INT64_C(255), "o", "377", 0, NULL},
    {INT64_C(255), "#o", "0o377", 0, NULL},
    {INT64_C(5), "b", "101", 0, NULL},
    {INT64_C(5), "#b", "0b101", 0, NULL},
    {INT64_C(3735928559), "_x", "dead_beef", 0, NULL},
    {INT64_C(3735928559), "#_X", "0XDEAD_BEEF", 0, NULL},
    {INT64_C(682), "_b", "10_1010_1010", 0, NULL},
    {INT64_C(65), "c", "A", 0, NULL},
    {INT64_C(8364), "c", "\342\202\254", 0, NULL},
    {INT64_C(128512), "c", "\360\237\230\200", 0, NULL},
    {INT64_C(65), "^5c", "  A  ", 0, NULL},
    {INT64_C(65), "=5c", "    A", 0, NULL},
    {INT64_C(65), "05c", "0000A", 0, NULL},
    {INT64_C(42), "+", "+42", 0, NULL},
    {INT64_C(42), " ", " 42", 0, NULL},
    {INT64_C(-42), " ", "-42", 0, NULL},
    {INT64_C(42), "010", "0000000042", 0, NULL},
    {INT64_C(-42), "010", "-000000042", 0, NULL},
    {INT64_C(-42), "0=10", "-000000042", 0, NULL},
    {INT64_C(42), "<10", "42        ", 0, NULL},
    {INT64_C(42), "^10", "    42    ", 0, NULL},
    {INT64_C(42), "*^11", "****42*****", 0, NULL},
    {INT64_C(42), "\303\251>6", "\303\251\303\251\303\251\303\25142", 0, NULL},
    {INT64_C(42), "\342\202\254<6", "42\342\202\254\342\202\254\342\202\254\342\202\254", 0, NULL},
    {INT64_C(42), "0<6", "420000", 0, NULL},
    {INT64_C(1234), "010,", "00,001,234", 0, NULL},
    {INT64_C(1234), "0=10,", "00,001,234", 0, NULL},
    {INT64_C(-1234), "012,", "-000,001,234", 0, NULL},
    {INT64_C(1234), "09_", "0_001_234", 0, NULL},
    {INT64_C(255), "#010x", "0x000000ff", 0, NULL},
    {INT64_C(255), "#010_b", "0b1111_1111", 0, NULL},
    {(-INT64_MAX - 1), "", "-9223372036854775808", 0, NULL},
    {(-INT64_MAX - 1), ",", "-9,223,372,036,854,775,808", 0, NULL},
    {INT64_C(9223372036854775807), "_", "9_223_372_036_854_775_807", 0, NULL},
    {(-INT64_MAX - 1), "#x", "-0x8000000000000000", 0, NULL},
    {(-INT64_MAX - 1), "#b", "-0b1000000000000000000000000000000000000000000000000000000000000000", 0, NULL},
    {INT64_C(9223372036854775807), "o", "777777777777777777777", 0, NULL},
    {INT64_C(1234567), "n", "1234567", 0, NULL},
    {INT64_C(42), "e", "4.200000e+01", 0, NULL},
    {INT64_C(42), ".2f", "42.00", 0, NULL},
    {INT64_C(42), "%", "4200.000000%", 0, NULL},
    {INT64_C(42), "g", "42", 0, NULL},
    {INT64_C(100000000000000000), "", "100000000000000000", 0, NULL},
    {INT64_C(100000000000000000), "g", "1e+17", 0, NULL},
    {INT64_C(12345), ",.2f", "12,345.00", 0, NULL},
    {INT64_C(12345), "E", "1.234500E+04", 0, NULL},
    {INT64_C(5), "\331\243", "  5", 0, NULL},
    {INT64_C(5), "x<\331\243", "5xx", 0, NULL},
    {INT64_C(0), "#x", "0x0", 0, NULL},
    {INT64_C(0), "+", "+0", 0, NULL},
    {INT64_C(7), "=+5", "+   7", 0, NULL},
    {INT64_C(5), "xx", NULL, PYZ_EXC_ValueError, "Invalid format specifier 'xx' for object of type 'int'"},
    {INT64_C(5), ".2", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(5), "z", NULL, PYZ_EXC_ValueError, "Negative zero coercion (z) not allowed in integer format specifier"},
    {INT64_C(65), "+c", NULL, PYZ_EXC_ValueError, "Sign not allowed with integer format specifier 'c'"},
    {INT64_C(65), "#c", NULL, PYZ_EXC_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'"},
    {INT64_C(1099511627776), "c", NULL, PYZ_EXC_OverflowError, "%c arg not in range(0x110000)"},
    {INT64_C(-1), "c", NULL, PYZ_EXC_OverflowError, "%c arg not in range(0x110000)"},
    {INT64_C(1114112), "c", NULL, PYZ_EXC_OverflowError, "%c arg not in range(0x110000)"},
    {INT64_C(5), ",_", NULL, PYZ_EXC_ValueError, "Cannot specify both ',' and '_'."},
    {INT64_C(5), "_,", NULL, PYZ_EXC_ValueError, "Cannot specify both ',' and '_'."},
    {INT64_C(5), ",x", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'x'."},
    {INT64_C(5), "_n", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 'n'."},
    {INT64_C(5), ".", NULL, PYZ_EXC_ValueError, "Format specifier missing precision"},
    {INT64_C(5), "999999999999999999999999999999", NULL, PYZ_EXC_ValueError, "Too many decimal digits in format string"},
    {INT64_C(5), "\303\251", NULL, PYZ_EXC_ValueError, "Unknown format code '\134xe9' for object of type 'int'"},
    {INT64_C(5), "\001", NULL, PYZ_EXC_ValueError, "Unknown format code '\134x1' for object of type 'int'"},
    {INT64_C(5), ",\303\251", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with '\134xe9'."},
    {INT64_C(65), ",c", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'c'."},
    {INT64_C(5), "s", NULL, PYZ_EXC_ValueError, "Unknown format code 's' for object of type 'int'"},
    {INT64_C(5), "r", NULL, PYZ_EXC_ValueError, "Unknown format code 'r' for object of type 'int'"},
    {INT64_C(5), ".3000000000e", NULL, PYZ_EXC_ValueError, "precision too big"},
    {INT64_C(5), ",,", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with ','."},
    {INT64_C(-70608), "_.9G", "-70_608", 0, NULL},
    {INT64_C(-67603), "+21E", "        -6.760300E+04", 0, NULL},
    {INT64_C(-53254), "022f", "-00000000053254.000000", 0, NULL},
    {INT64_C(0), "-23.49", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(37103), "=#019F", "000000037103.000000", 0, NULL},
    {INT64_C(76008), "21_d", "               76_008", 0, NULL},
    {INT64_C(-265727799305471), " 012g", "-2.65728e+14", 0, NULL},
    {INT64_C(-73712), "#17.36o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-1), "*>z8", NULL, PYZ_EXC_ValueError, "Negative zero coercion (z) not allowed in integer format specifier"},
    {INT64_C(-1461), "#", "-1461", 0, NULL},
    {INT64_C(-85376), " G", "-85376", 0, NULL},
    {INT64_C(123453565996137), "+4.54X", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-54791), "{< 3%", "-5479100.000000%", 0, NULL},
    {INT64_C(-91331), "+23.32o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(1273), "20f", "         1273.000000", 0, NULL},
    {INT64_C(21875287010318), "#.48", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-59122), "-.13x", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-8217745041840), "16.17o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-2542141465034), ".6", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-126), " #F", "-126.000000", 0, NULL},
    {INT64_C(-3673090809595071584), "{<,.50%", "-367,309,080,959,507,169,280.00000000000000000000000000000000000000000000000000%", 0, NULL},
    {INT64_C(87315), " e", " 8.731500e+04", 0, NULL},
    {INT64_C(-62571), "-0.26f", "-62571.00000000000000000000000000", 0, NULL},
    {INT64_C(8186561384972), " 0.2x", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(15391092456010886), "<>", "15391092456010886", 0, NULL},
    {INT64_C(46763), "<_X", "B6AB", 0, NULL},
    {INT64_C(-2858660746), "*=.9X", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-1652042732), "^ z0E", "-1.652043E+09", 0, NULL},
    {INT64_C(-20756), "\303\251=o", "-50424", 0, NULL},
    {INT64_C(-299371642581800), "{^,.6d", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-90819), ".16x", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(7), "^12E", "7.000000E+00", 0, NULL},
    {INT64_C(23334), "0.5d", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(33809523102829589), "1", "33809523102829589", 0, NULL},
    {INT64_C(-8867), "b", "-10001010100011", 0, NULL},
    {INT64_C(-15289), "-z.25e", "-1.5289000000000000000000000e+04", 0, NULL},
    {INT64_C(90102), "7d", "  90102", 0, NULL},
    {INT64_C(-60030), "x", "-ea7e", 0, NULL},
    {INT64_C(23019), "=+#14X", "+0X       59EB", 0, NULL},
    {INT64_C(-44879), "\342\202\254>z0.5X", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(351750), "+x", "+55e06", 0, NULL},
    {INT64_C(62744), " 011c", NULL, PYZ_EXC_ValueError, "Sign not allowed with integer format specifier 'c'"},
    {INT64_C(-6613816289068603584), "+0E", "-6.613816E+18", 0, NULL},
    {INT64_C(-7), "#G", "-7.00000", 0, NULL},
    {INT64_C(-85254), "+#14.11E", "-8.52540000000E+04", 0, NULL},
    {INT64_C(53475), "*<#10.17E", "5.34750000000000000E+04", 0, NULL},
    {INT64_C(61114), "#9.27F", "61114.000000000000000000000000000", 0, NULL},
    {INT64_C(-68251), "<^014_", "<<<-68_251<<<<", 0, NULL},
    {INT64_C(-17320), "-E", "-1.732000E+04", 0, NULL},
    {INT64_C(-871104349660652), "+16f", "-871104349660652.000000", 0, NULL},
    {INT64_C(-54287), " >#_F", "-54_287.000000", 0, NULL},
    {INT64_C(86890), "-.9F", "86890.000000000", 0, NULL},
    {INT64_C(80810), "#11.20", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(6376), "+", "+6376", 0, NULL},
    {INT64_C(23573), "25.9F", "          23573.000000000", 0, NULL},
    {INT64_C(-70142947804479), " e", "-7.014295e+13", 0, NULL},
    {INT64_C(-83502), ",.11n", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'n'."},
    {INT64_C(-7), "\342\202\254=025,c", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'c'."},
    {INT64_C(-36602), "+#11f", "-36602.000000", 0, NULL},
    {INT64_C(-1420397100), " =z6e", "-1.420397e+09", 0, NULL},
    {INT64_C(-4494372), "F", "-4494372.000000", 0, NULL},
    {INT64_C(1018160341635), "< 22_.10b", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(60283), "15_.22E", "6.0283000000000000000000E+04", 0, NULL},
    {INT64_C(3724619626273), "^-09_.11", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(43104), "0<#18.44e", "4.31040000000000000000000000000000000000000000e+04", 0, NULL},
    {INT64_C(-33304974), " .22o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-254734009067775009), "%", "-25473400906777501696.000000%", 0, NULL},
    {INT64_C(-60431), "<>+z#.43", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-90651), " >+0.12", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-932), "b", "-1110100100", 0, NULL},
    {INT64_C(-99420), "+#15_g", "      -99_420.0", 0, NULL},
    {INT64_C(94492), "z.43%", "9449200.0000000000000000000000000000000000000000000%", 0, NULL},
    {INT64_C(-382274331860), "*^.1f", "-382274331860.0", 0, NULL},
    {INT64_C(18485), "g", "18485", 0, NULL},
    {INT64_C(-28364), "2F", "-28364.000000", 0, NULL},
    {INT64_C(-6082), "010.8o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-570990838640), "#8", "-570990838640", 0, NULL},
    {INT64_C(-70015), "z24_.49o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-6047717087438), "*>11_", "-6_047_717_087_438", 0, NULL},
    {INT64_C(-3272292109257975988), "{>25e", "{{{{{{{{{{{{-3.272292e+18", 0, NULL},
    {INT64_C(2608890669), "-1,E", "2.608891E+09", 0, NULL},
    {INT64_C(-266192071), ">-0%", "-26619207100.000000%", 0, NULL},
    {INT64_C(-55945), ">#15.4E", "    -5.5945E+04", 0, NULL},
    {INT64_C(-592809338299684), "+#17f", "-592809338299684.000000", 0, NULL},
    {INT64_C(101476809668), "*^+4.3G", "+1.01E+11", 0, NULL},
    {INT64_C(-645594023739029), "14_", "-645_594_023_739_029", 0, NULL},
    {INT64_C(-1600949611), "19,c", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'c'."},
    {INT64_C(97670), "\303\251=12e", "9.767000e+04", 0, NULL},
    {INT64_C(-424851865694728), "z", NULL, PYZ_EXC_ValueError, "Negative zero coercion (z) not allowed in integer format specifier"},
    {INT64_C(68633), "^_n", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 'n'."},
    {INT64_C(-820794749), "<^#5.51f", "-820794749.000000000000000000000000000000000000000000000000000", 0, NULL},
    {INT64_C(-18321), "-#d", "-18321", 0, NULL},
    {INT64_C(-64400), " 1", "-64400", 0, NULL},
    {INT64_C(-813453065605), "", "-813453065605", 0, NULL},
    {INT64_C(2424045934), "#.1X", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-1773848575377582650), "12.6o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-58408), "zE", "-5.840800E+04", 0, NULL},
    {INT64_C(-30822), "021E", "-000000003.082200E+04", 0, NULL},
    {INT64_C(65807), "+_.12b", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(83499), "8.8", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-70274), "\342\202\254^.2c", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-1974971), " z12.11g", "    -1974971", 0, NULL},
    {INT64_C(-58508), "-.14x", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(123731626493), "#020,d", "0,000,123,731,626,493", 0, NULL},
    {INT64_C(-49), " #14e", " -4.900000e+01", 0, NULL},
    {INT64_C(6672), " #25_.11E", "        6.67200000000E+03", 0, NULL},
    {INT64_C(37219), "_.0", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(57327), " .43E", " 5.7327000000000000000000000000000000000000000E+04", 0, NULL},
    {INT64_C(-16455791471507441), "*<+23d", "-16455791471507441*****", 0, NULL},
    {INT64_C(33435234449), "G", "3.34352E+10", 0, NULL},
    {INT64_C(-4), "< b", "-100", 0, NULL},
    {INT64_C(-2184659621), "> #,", "-2,184,659,621", 0, NULL},
    {INT64_C(1780), "014f", "0001780.000000", 0, NULL},
    {INT64_C(-20765), "", "-20765", 0, NULL},
    {INT64_C(-140258302610457), "2d", "-140258302610457", 0, NULL},
    {INT64_C(20989340533019247), "+e", "+2.098934e+16", 0, NULL},
    {INT64_C(-87531), "-3X", "-155EB", 0, NULL},
    {INT64_C(141171517249015), "<#.48o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(0), "+.60G", "+0", 0, NULL},
    {INT64_C(139407), "0>z.4d", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-6512575882051), " 0.9X", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-54074), "#_n", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 'n'."},
    {INT64_C(-32479), "#16b", "-0b111111011011111", 0, NULL},
    {INT64_C(-66522), "\342\202\254^-#.3o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(142733336432), ",.18", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-83618), "10.2F", " -83618.00", 0, NULL},
    {INT64_C(98815), "=#2.3%", "9881500.000%", 0, NULL},
    {INT64_C(9124), "#.32f", "9124.00000000000000000000000000000000", 0, NULL},
    {INT64_C(97727), "<= z11,g", " <<<<97,727", 0, NULL},
    {INT64_C(2791), ".4n", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(8332421227206586), "^#13.26x", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-42016), ".32f", "-42016.00000000000000000000000000000000", 0, NULL},
    {INT64_C(-7834), "05", "-7834", 0, NULL},
    {INT64_C(-36286), "+.14o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(19297), "016.24x", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-938243052466), "4,.53E", "-9.38243052466000000000000000000000000000000000000000000E+11", 0, NULL},
    {INT64_C(-26435), " %", "-2643500.000000%", 0, NULL},
    {INT64_C(976058532), "\342\202\254<#014.12b", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(75688), "^z#16", NULL, PYZ_EXC_ValueError, "Negative zero coercion (z) not allowed in integer format specifier"},
    {INT64_C(79138), " #g", " 79138.0", 0, NULL},
    {INT64_C(60241), "\342\202\254<0_", "60_241", 0, NULL},
    {INT64_C(912399956105245), "^-zF", "912399956105245.000000", 0, NULL},
    {INT64_C(-427757), "<0X", "-686ED", 0, NULL},
    {INT64_C(31174), "0g", "31174", 0, NULL},
    {INT64_C(-2701068), "E", "-2.701068E+06", 0, NULL},
    {INT64_C(197876), "_.17e", "1.97876000000000000e+05", 0, NULL},
    {INT64_C(67754), "-.57o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-64644273250583), "*^%", "-6464427325058300.000000%", 0, NULL},
    {INT64_C(-91027), " 13E", "-9.102700E+04", 0, NULL},
    {INT64_C(-121240949272310), "\303\251>25n", "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251-121240949272310", 0, NULL},
    {INT64_C(-4), " >,.7", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-775392317575480), "24F", " -775392317575480.000000", 0, NULL},
    {INT64_C(56778), "<d", "56778", 0, NULL},
    {INT64_C(5421), "G", "5421", 0, NULL},
    {INT64_C(-1), "-n", "-1", 0, NULL},
    {INT64_C(26291087836), " 0o", " 303704424734", 0, NULL},
    {INT64_C(68949), "{^0.35e", "6.89490000000000000000000000000000000e+04", 0, NULL},
    {INT64_C(-53692), "0.18", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(80945), " .12o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(2508343629687), "= 0c", NULL, PYZ_EXC_ValueError, "Sign not allowed with integer format specifier 'c'"},
    {INT64_C(1246402751247475668), "<+018f", "+1246402751247475712.000000", 0, NULL},
    {INT64_C(44459263510), "#11_.17E", "4.44592635100000000E+10", 0, NULL},
    {INT64_C(-80565), "25.13n", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-78300), "08,.15f", "-78,300.000000000000000", 0, NULL},
    {INT64_C(-54699), " #_.3f", "-54_699.000", 0, NULL},
    {INT64_C(74040), "0.19g", "74040", 0, NULL},
    {INT64_C(-42480), "+#e", "-4.248000e+04", 0, NULL},
    {INT64_C(95340), "23X", "                  1746C", 0, NULL},
    {INT64_C(-41982), "<^.60E", "-4.198200000000000000000000000000000000000000000000000000000000E+04", 0, NULL},
    {INT64_C(75562), "+0%", "+7556200.000000%", 0, NULL},
    {INT64_C(-80071), "#x", "-0x138c7", 0, NULL},
    {INT64_C(-45373), "0c", NULL, PYZ_EXC_OverflowError, "%c arg not in range(0x110000)"},
    {INT64_C(304690660560), "+22.11", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-11), "0_X", "-B", 0, NULL},
    {INT64_C(-50019), "-020.15", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(2018), "G", "2018", 0, NULL},
    {INT64_C(20987), "#14.46n", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-22207), ".14F", "-22207.00000000000000", 0, NULL},
    {INT64_C(7644), "*= #0,.9E", " 7.644000000E+03", 0, NULL},
    {INT64_C(-6362), "025.11f", "-000000006362.00000000000", 0, NULL},
    {INT64_C(-23027), "14b", "-101100111110011", 0, NULL},
    {INT64_C(35032), "#0.8F", "35032.00000000", 0, NULL},
    {INT64_C(90814), "_X", "1_62BE", 0, NULL},
    {INT64_C(3391), "8e", "3.391000e+03", 0, NULL},
    {INT64_C(20161), "\342\202\254=5_", "20_161", 0, NULL},
    {INT64_C(-99699), ".31", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-17171), "0e", "-1.717100e+04", 0, NULL},
    {INT64_C(-883012), "", "-883012", 0, NULL},
    {INT64_C(-137348738525), ".16", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(31819), "z3_.42c", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 'c'."},
    {INT64_C(50048), "-z7.19E", "5.0048000000000000000E+04", 0, NULL},
    {INT64_C(-12081118824), "0_.0o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-4353888056437), "*=z.19G", "-4353888056437", 0, NULL},
    {INT64_C(8494), " 07.52%", " 849400.0000000000000000000000000000000000000000000000000000%", 0, NULL},
    {INT64_C(-8505), "0G", "-8505", 0, NULL},
    {INT64_C(-80501), "#.20o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(22483), "-.19x", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(2318602325525218537), "3.15f", "2318602325525218304.000000000000000", 0, NULL},
    {INT64_C(21483944974), "\342\202\254<X", "5008AFC0E", 0, NULL},
    {INT64_C(308010519708610), "z#13_g", "  3.08011e+14", 0, NULL},
    {INT64_C(-95196), "-.15", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(31027), "*^13%", "3102700.000000%", 0, NULL},
    {INT64_C(-8733), "<<9n", "-8733<<<<", 0, NULL},
    {INT64_C(15), " e", " 1.500000e+01", 0, NULL},
    {INT64_C(2431631), "{>#.46", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(73873), " >-#G", "73873.0", 0, NULL},
    {INT64_C(22983), "=#.10%", "2298300.0000000000%", 0, NULL},
    {INT64_C(935), "22F", "            935.000000", 0, NULL},
    {INT64_C(44812), "=#11.18e", "4.481200000000000000e+04", 0, NULL},
    {INT64_C(-70078), "g", "-70078", 0, NULL},
    {INT64_C(52973), ".59b", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-20714), "\303\251<z0,G", "-20,714", 0, NULL},
    {INT64_C(95784), "<<14_.0e", "1e+05<<<<<<<<<", 0, NULL},
    {INT64_C(-79753421573030), "z18n", NULL, PYZ_EXC_ValueError, "Negative zero coercion (z) not allowed in integer format specifier"},
    {INT64_C(280983), "o", "1044627", 0, NULL},
    {INT64_C(-12699), "E", "-1.269900E+04", 0, NULL},
    {INT64_C(-2161400019386), "9_f", "-2_161_400_019_386.000000", 0, NULL},
    {INT64_C(-29827), "9f", "-29827.000000", 0, NULL},
    {INT64_C(-347170843397671420), "25.13%", "-34717084339767140352.0000000000000%", 0, NULL},
    {INT64_C(35418), "^25_E", "      3.541800E+04       ", 0, NULL},
    {INT64_C(-10132), " z016", NULL, PYZ_EXC_ValueError, "Negative zero coercion (z) not allowed in integer format specifier"},
    {INT64_C(-15214875912400112), "0b", "-110110000011011101100101011010000011110110110011110000", 0, NULL},
    {INT64_C(89), "#15,d", "             89", 0, NULL},
    {INT64_C(50242), "012f", "50242.000000", 0, NULL},
    {INT64_C(-249922617), "0o", "-1671302071", 0, NULL},
    {INT64_C(-19279), "f", "-19279.000000", 0, NULL},
    {INT64_C(-275004), "0=+#01.7d", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(219241894454132), "\303\251=", "219241894454132", 0, NULL},
    {INT64_C(-41252), "<> 10F", "-41252.000000", 0, NULL},
    {INT64_C(-54322), "#15.5b", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(40250), "\342\202\254=#o", "0o116472", 0, NULL},
    {INT64_C(-72306319410868), ".13d", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-21199), "{>_.10e", "-2.1199000000e+04", 0, NULL},
    {INT64_C(1023808193), "23", "             1023808193", 0, NULL},
    {INT64_C(675124571203417), "0.19o", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-43544), "", "-43544", 0, NULL},
    {INT64_C(-14856572), " =F", "-14856572.000000", 0, NULL},
    {INT64_C(23173), "10,.17c", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'c'."},
    {INT64_C(201274735), " 18_.9F", " 201_274_735.000000000", 0, NULL},
    {INT64_C(16025), " 4E", " 1.602500E+04", 0, NULL},
    {INT64_C(-78094), "16", "          -78094", 0, NULL},
    {INT64_C(112707940218025601), "-b", "110010000011010110100011001000100000011111011011010000001", 0, NULL},
    {INT64_C(-17682), "-20", "              -17682", 0, NULL},
    {INT64_C(-501), " .29", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(-77787), "#,", "-77,787", 0, NULL},
    {INT64_C(-1031233), "= #7.23d", NULL, PYZ_EXC_ValueError, "Precision not allowed in integer format specifier"},
    {INT64_C(89192), "#14_.13F", "89_192.0000000000000", 0, NULL},
    {INT64_C(45), "e", "4.500000e+01", 0, NULL},
    {INT64_C(15382), "19X", "               3C16", 0, NULL},
    {INT64_C(14829), ">0_f", "14_829.000000", 0, NULL},
};
static const struct { uint64_t v; const char *spec, *want; int exc; const char *msg; } float_cases[] = {
    {0x3ff0000000000000ULL, "", "1.0", 0, NULL},
    {0x3ff0000000000000ULL, "g", "1", 0, NULL},
    {0x4341c37937e08000ULL, "", "1e+16", 0, NULL},
    {0x4341c37937e08000ULL, ",", "1e+16", 0, NULL},
    {0x3fb999999999999aULL, ".3", "0.1", 0, NULL},
    {0x40934a0000000000ULL, ",", "1,234.5", 0, NULL},
    {0x40934a0000000000ULL, ".4", "1.234e+03", 0, NULL},
    {0x3ff0000000000000ULL, ".3", "1.0", 0, NULL},
    {0x405ec00000000000ULL, ".2", "1.2e+02", 0, NULL},
    {0x3f1a36e2eb1c432dULL, "", "0.0001", 0, NULL},
    {0x3ee4f8b588e368f1ULL, ".3", "1e-05", 0, NULL},
    {0x400921f9f01b866eULL, ".2f", "3.14", 0, NULL},
    {0x400921f9f01b866eULL, "10.3f", "     3.142", 0, NULL},
    {0xc00921f9f01b866eULL, "+.1f", "-3.1", 0, NULL},
    {0x400921f9f01b866eULL, " .1f", " 3.1", 0, NULL},
    {0x3fc0000000000000ULL, ".2f", "0.12", 0, NULL},
    {0x3fd8000000000000ULL, ".2f", "0.38", 0, NULL},
    {0x4004000000000000ULL, ".0f", "2", 0, NULL},
    {0x3fe0000000000000ULL, ".0f", "0", 0, NULL},
    {0x3ff8000000000000ULL, ".0f", "2", 0, NULL},
    {0x3ff0000000000000ULL, "#.0f", "1.", 0, NULL},
    {0x3ff0000000000000ULL, "#.0e", "1.e+00", 0, NULL},
    {0x3ff0000000000000ULL, "#g", "1.00000", 0, NULL},
    {0x3ff0000000000000ULL, "#.3", "1.00", 0, NULL},
    {0x0000000000000000ULL, "e", "0.000000e+00", 0, NULL},
    {0x8000000000000000ULL, "", "-0.0", 0, NULL},
    {0x8000000000000000ULL, "z", "0.0", 0, NULL},
    {0x8000000000000000ULL, "z.1f", "0.0", 0, NULL},
    {0xbf1a36e2eb1c432dULL, "z.2f", "0.00", 0, NULL},
    {0xbf1a36e2eb1c432dULL, ".2f", "-0.00", 0, NULL},
    {0x8000000000000000ULL, "z.3e", "0.000e+00", 0, NULL},
    {0x81a56e1fc2f8f359ULL, "z.2e", "-1.00e-300", 0, NULL},
    {0xbfd999999999999aULL, "z.0f", "0", 0, NULL},
    {0xbfe0000000000000ULL, "z.0f", "0", 0, NULL},
    {0xbfe3333333333333ULL, "z.0f", "-1", 0, NULL},
    {0x8000000000000000ULL, "z%", "0.000000%", 0, NULL},
    {0x7ff0000000000000ULL, "", "inf", 0, NULL},
    {0xfff0000000000000ULL, "", "-inf", 0, NULL},
    {0x7ff8000000000000ULL, "", "nan", 0, NULL},
    {0xfff8000000000000ULL, "+", "+nan", 0, NULL},
    {0x7ff0000000000000ULL, "F", "INF", 0, NULL},
    {0x7ff8000000000000ULL, "E", "NAN", 0, NULL},
    {0xfff0000000000000ULL, "G", "-INF", 0, NULL},
    {0x7ff0000000000000ULL, "010", "0000000inf", 0, NULL},
    {0x7ff8000000000000ULL, "+010", "+000000nan", 0, NULL},
    {0xfff0000000000000ULL, "=+10", "-      inf", 0, NULL},
    {0x7ff0000000000000ULL, "%", "inf%", 0, NULL},
    {0x7ff0000000000000ULL, ",.2f", "inf", 0, NULL},
    {0xfff0000000000000ULL, "z", "-inf", 0, NULL},
    {0x3fd0000000000000ULL, "%", "25.000000%", 0, NULL},
    {0x3fd0000000000000ULL, ".1%", "25.0%", 0, NULL},
    {0xbfc0000000000000ULL, "08.2%", "-012.50%", 0, NULL},
    {0x4132d687e4189375ULL, ",.2f", "1,234,567.89", 0, NULL},
    {0x4132d687e4189375ULL, "_.3f", "1_234_567.891", 0, NULL},
    {0x4132d687e4189375ULL, "015,.2f", "0,001,234,567.89", 0, NULL},
    {0x4132d687e4189375ULL, "0=16,.1f", "00,001,234,567.9", 0, NULL},
    {0xc132d687e4189375ULL, "020_.2f", "-0_000_001_234_567.89", 0, NULL},
    {0x7e37e43c8800759cULL, "f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000", 0, NULL},
    {0x7e37e43c8800759cULL, ",.0f", "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160", 0, NULL},
    {0x0000000000000001ULL, "f", "0.000000", 0, NULL},
    {0x0000000000000001ULL, ".1100f", "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000494065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695445717730926656710355939796398774796010781878126300713190311404527845817167848982103688718636056998730723050006387409153564984387312473397273169615140031715385398074126238565591171026658556686768187039560310624931945271591492455329305456544401127480129709999541931989409080416563324524757147869014726780159355238611550134803526493472019379026810710749170333222684475333572083243193609238289345836806010601150616980975307834227731832924790498252473077637592724787465608477820373446969953364701797267771758512566055119913150489110145103786273816725095583738973359899366480994116420570263709027924276754456522908753868250641971826553344726562500000000000000000000000000", 0, NULL},
    {0x0000000000000001ULL, "e", "4.940656e-324", 0, NULL},
    {0x0000000000000001ULL, ".800e", "4.94065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695445717730926656710355939796398774796010781878126300713190311404527845817167848982103688718636056998730723050006387409153564984387312473397273169615140031715385398074126238565591171026658556686768187039560310624931945271591492455329305456544401127480129709999541931989409080416563324524757147869014726780159355238611550134803526493472019379026810710749170333222684475333572083243193609238289345836806010601150616980975307834227731832924790498252473077637592724787465608477820373446969953364701797267771758512566055119913150489110145103786273816725095583738973359899366480994116420570263709027924276754456522908753868250641971826553344726562500000000000000000000000000000000000000000000000000e-324", 0, NULL},
    {0x3fb999999999999aULL, ".60f", "0.100000000000000005551115123125782702118158340454101562500000", 0, NULL},
    {0x3fb999999999999aULL, ".60e", "1.000000000000000055511151231257827021181583404541015625000000e-01", 0, NULL},
    {0x3fb999999999999aULL, ".30g", "0.100000000000000005551115123126", 0, NULL},
    {0x3fb999999999999aULL, "#.30g", "0.100000000000000005551115123126", 0, NULL},
    {0x01a56e1fc2f8f359ULL, ".5g", "1e-300", 0, NULL},
    {0x4480f0cf064dd592ULL, "g", "1e+22", 0, NULL},
    {0x4480f0cf064dd592ULL, ".22g", "1e+22", 0, NULL},
    {0x419d6f3454000000ULL, "g", "1.23457e+08", 0, NULL},
    {0x40fe240000000000ULL, "g", "123456", 0, NULL},
    {0x4132d68700000000ULL, "g", "1.23457e+06", 0, NULL},
    {0x3f1a36e2eb1c432dULL, "g", "0.0001", 0, NULL},
    {0x3ee4f8b588e368f1ULL, "g", "1e-05", 0, NULL},
    {0x3ee4f8b588e368f1ULL, "G", "1E-05", 0, NULL},
    {0x54b249ad2594c37dULL, "E", "1.000000E+100", 0, NULL},
    {0x2b2bff2ee48e0530ULL, ".3E", "1.000E-100", 0, NULL},
    {0x3ff0000000000000ULL, ".0e", "1e+00", 0, NULL},
    {0x4023000000000000ULL, ".0e", "1e+01", 0, NULL},
    {0x4023000000000000ULL, ".0f", "10", 0, NULL},
    {0x4058e00000000000ULL, ".1e", "1.0e+02", 0, NULL},
    {0x3fee666666666666ULL, ".1f", "0.9", 0, NULL},
    {0x40934a456d5cfaadULL, "n", "1234.57", 0, NULL},
    {0x40934a456d5cfaadULL, ".2n", "1.2e+03", 0, NULL},
    {0x4415af1d78b58c40ULL, "n", "1e+20", 0, NULL},
    {0x4008000000000000ULL, "*^11.2f", "***3.00****", 0, NULL},
    {0x4008000000000000ULL, "\342\202\254<9", "3.0\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254", 0, NULL},
    {0x4008000000000000ULL, "\360\235\204\236>7", "\360\235\204\236\360\235\204\236\360\235\204\236\360\235\204\2363.0", 0, NULL},
    {0x4000000000000000ULL, "0<8", "2.000000", 0, NULL},
    {0xc000000000000000ULL, "^+9.1f", "  -2.0   ", 0, NULL},
    {0x4028000000000000ULL, "010", "00000012.0", 0, NULL},
    {0xc028000000000000ULL, "010", "-0000012.0", 0, NULL},
    {0x4028000000000000ULL, "010,", "0,000,012.0", 0, NULL},
    {0x40934a0000000000ULL, "012,", "00,001,234.5", 0, NULL},
    {0x3e8421f5f40d8376ULL, "", "1.5e-07", 0, NULL},
    {0x3ff0000000000000ULL, "d", NULL, PYZ_EXC_ValueError, "Unknown format code 'd' for object of type 'float'"},
    {0x3ff0000000000000ULL, "x", NULL, PYZ_EXC_ValueError, "Unknown format code 'x' for object of type 'float'"},
    {0x3ff0000000000000ULL, "c", NULL, PYZ_EXC_ValueError, "Unknown format code 'c' for object of type 'float'"},
    {0x3ff0000000000000ULL, "s", NULL, PYZ_EXC_ValueError, "Unknown format code 's' for object of type 'float'"},
    {0x3ff0000000000000ULL, "\303\251", NULL, PYZ_EXC_ValueError, "Unknown format code '\134xe9' for object of type 'float'"},
    {0x3ff0000000000000ULL, "xx", NULL, PYZ_EXC_ValueError, "Invalid format specifier 'xx' for object of type 'float'"},
    {0x3ff0000000000000ULL, ",n", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'n'."},
    {0x3ff0000000000000ULL, "_n", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 'n'."},
    {0x3ff0000000000000ULL, ".", NULL, PYZ_EXC_ValueError, "Format specifier missing precision"},
    {0x3ff0000000000000ULL, ".99999999999", NULL, PYZ_EXC_ValueError, "precision too big"},
    {0x3ff8000000000000ULL, ".3000000000f", NULL, PYZ_EXC_ValueError, "precision too big"},
    {0x3ff0000000000000ULL, "9999999999999999999999999", NULL, PYZ_EXC_ValueError, "Too many decimal digits in format string"},
    {0x3ff0000000000000ULL, "z", "1.0", 0, NULL},
    {0x3ff0000000000000ULL, "#", "1.0", 0, NULL},
    {0x3ff0000000000000ULL, "=", "1.0", 0, NULL},
    {0x3ff0000000000000ULL, ".1500f", "1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0, NULL},
    {0xffe1ccf385ebc8a0ULL, ".1200e", "-1.000000000000000010979063629440455417404923096773118463368106829031575854049114915371633289784946888990612496697211725156115902837431400883283070091981460460312716645029330271856974896995885590433383844661650011784268976262129451776280911957867074581227839701717844151052918028932078732729748857154302231183360000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+308", 0, NULL},
    {0x4004000000000000ULL, "\342\202\254^200.3e", "\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\2542.500e+00\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254", 0, NULL},
    {0x3ff0000000000000ULL, "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007", "00001.0", 0, NULL},
    {0x3fe0000000000000ULL, "*^17e", "**5.000000e-01***", 0, NULL},
    {0x41fbd9eee4000000ULL, "*^#18G", "***7.47628E+09****", 0, NULL},
    {0xc06f9186c226809dULL, "#.16", "-252.5477000000000", 0, NULL},
    {0xc100db6b33333333ULL, " #.47n", "-138093.39999999999417923390865325927734375000000", 0, NULL},
    {0x4cd1310eb9feda6dULL, "", "1.1050354332507816e+62", 0, NULL},
    {0x0000000000000000ULL, "+10g", "        +0", 0, NULL},
    {0x411dbd5f51eb851fULL, "0g", "487256", 0, NULL},
    {0x5ef5e296fcc6ed93ULL, "2,.5%", "27,983,802,510,751,893,366,424,183,726,906,830,305,015,854,489,376,575,535,132,837,923,156,511,975,774,360,874,573,306,980,697,321,437,077,517,011,488,035,089,510,417,300,410,150,904,779,121,801,297,920.00000%", 0, NULL},
    {0xfad964a2d7561fecULL, "-.8E", "-5.89999743E+283", 0, NULL},
    {0xbc836bbe6286c345ULL, "9F", "-0.000000", 0, NULL},
    {0x2dd651799de96a2cULL, "*=2", "7.011995777405847e-88", 0, NULL},
    {0x28b8f594ce056855ULL, "{<F", "0.000000", 0, NULL},
    {0x42d4ab030e935000ULL, "z#023E", "000000000009.089889E+13", 0, NULL},
    {0x10904049d41a01e4ULL, "=.18", "6.69925911539334155e-229", 0, NULL},
    {0x8b95656001d7cf16ULL, "{^21", "-7.295854478949036e-253", 0, NULL},
    {0xe8ed9bc42eb34d7aULL, " =10.40", "-2.76657870485705556470461102047792688911e+197", 0, NULL},
    {0x6acc27d21f7f2bdeULL, "8f", "282482183916309061573002574821836131100194198040047133620971061424179882659103647222105118538615549463139296810543056595521917047683602023776957078753559979635242436630954155793929532504340044110966219079680.000000", 0, NULL},
    {0xc083b0883126e979ULL, ".47G", "-630.0665000000000190993887372314929962158203125", 0, NULL},
    {0xfaece93ea5996e96ULL, "^ #19E", "  -1.343479E+284   ", 0, NULL},
    {0x1ef7800ae37aec2cULL, "=z_.3%", "0.000%", 0, NULL},
    {0xc253843cd3bc0000ULL, "1e", "-3.352918e+11", 0, NULL},
    {0xc7d18f7aeab0397eULL, "\342\202\254=7.14G", "-9.3367469708058E+37", 0, NULL},
    {0x431b4e845e8aec00ULL, "+017f", "+1921538700000000.000000", 0, NULL},
    {0x3fe0000000000000ULL, "=0f", "0.500000", 0, NULL},
    {0x4331f0234c609200ULL, "19n", "        5.04911e+15", 0, NULL},
    {0x405edd2f1a9fbe77ULL, "-15F", "     123.456000", 0, NULL},
    {0x512063378b8a0a8bULL, "=z#_F", "62_178_936_077_015_136_944_764_654_788_032_361_824_485_360_076_924_617_803_966_658_905_020_862_312_038_268_928.000000", 0, NULL},
    {0xbfb0d156ca3c23c8ULL, " #0f", "-0.065694", 0, NULL},
    {0xc1901e3d20000000ULL, "#.0G", "-7.E+07", 0, NULL},
    {0x41f26d0cf1000000ULL, ".17", "4946186000.0", 0, NULL},
    {0xaa853af953795dd5ULL, ">20%", "          -0.000000%", 0, NULL},
    {0x4194a63768000000ULL, "{^g", "8.66094e+07", 0, NULL},
    {0x235110478f454ca6ULL, "#15", "1.4328887053225086e-138", 0, NULL},
    {0x40f81864a3d70a3dULL, "*=g", "98694.3", 0, NULL},
    {0x3ee4f8b588e368f1ULL, "{=+.47f", "+0.00001000000000000000081803053914031309545862314", 0, NULL},
    {0x3f40ef08027a5020ULL, "14,.48%", "0.051677600000000004087929994511796394363045692444%", 0, NULL},
    {0x5afeaa7ff366e785ULL, "", "2.1256682520218045e+130", 0, NULL},
    {0x41fe76b6cd000000ULL, "+1.34E", "+8.1775444000000000000000000000000000E+09", 0, NULL},
    {0x01887b71b5664982ULL, "#2E", "2.856044E-301", 0, NULL},
    {0x64a8a8c7c93764eaULL, ".6%", "78067125711153842868274115658336858342010674549724196001809796987575988141041004505800981366512482431356133267345650238208256560413079363909141150277484920412316169364401534533632.000000%", 0, NULL},
    {0x4004000000000000ULL, "*^#.3e", "2.500e+00", 0, NULL},
    {0x3ee4f8b588e368f1ULL, "-#", "1.e-05", 0, NULL},
    {0x40016c6e95dfd0b6ULL, "0= ", " 2.1779453", 0, NULL},
    {0xc1268ab7fae147aeULL, "+0_", "-738_651.99", 0, NULL},
    {0x405edd2f1a9fbe77ULL, "e", "1.234560e+02", 0, NULL},
    {0x3ff0000000000000ULL, "<>,.9n", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'n'."},
    {0x17c8389f75d9c609ULL, "0G", "4.14752E-194", 0, NULL},
    {0xbe7a80d491672db1ULL, " 0.11e", "-9.87322760000e-08", 0, NULL},
    {0xbf7721fd2e531f6eULL, "*>#0_n", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 'n'."},
    {0xa6477e9cb0895445ULL, ">,.60f", "-0.000000000000000000000000000000000000000000000000000000000000", 0, NULL},
    {0x9862dbc18b2bf830ULL, "z#G", "-3.30673E-191", 0, NULL},
    {0xd02228cd6c0c2a15ULL, "*>-10_e", "-1.051357e+78", 0, NULL},
    {0x4004000000000000ULL, "09.2F", "000002.50", 0, NULL},
    {0x0000000000000000ULL, "22", "                   0.0", 0, NULL},
    {0x4bed63843ee0d690ULL, " ^ .3f", " 5764877808647273234263663525044742099973648713732642045952.000", 0, NULL},
    {0x40377281ba7fc32fULL, "18", "         23.447292", 0, NULL},
    {0x41c7468e0a000000ULL, "<>-15,.56E", "7.80999700000000000000000000000000000000000000000000000000E+08", 0, NULL},
    {0x4269be4516c20000ULL, "7E", "8.845310E+11", 0, NULL},
    {0x145ce939aef999e5ULL, "0.10", "1.374063188e-210", 0, NULL},
    {0x8000000000000000ULL, "+", "-0.0", 0, NULL},
    {0xad05905c4a156233ULL, "F", "-0.000000", 0, NULL},
    {0x3ff0000000000000ULL, "\303\251^18%", "\303\251\303\251\303\251100.000000%\303\251\303\251\303\251\303\251", 0, NULL},
    {0x2dfefe8ed9f9f988ULL, " <17%", "0.000000%        ", 0, NULL},
    {0xe587c586081fce99ULL, "7f", "-12330065802292936552036345703816069934646540545375828986759978821877253467126729408083305027943037500282333299092333017825326127812579863952078717422705785506149735019885964646416384.000000", 0, NULL},
    {0xa90438ba2d55e250ULL, "-12,.15%", "-0.000000000000000%", 0, NULL},
    {0x5c6a7196d02ec36bULL, "0.46n", "1.537624848659091405440241473823419043659401348e+137", 0, NULL},
    {0xbf3e7302cf0dd4e0ULL, "\303\251<#F", "-0.000465", 0, NULL},
    {0xc3125ce99c49a800ULL, "<=-_.14G", "-1.292177E+15", 0, NULL},
    {0x411b2253b851eb85ULL, "+6.43E", "+4.4456492999999999301508069038391113281250000E+05", 0, NULL},
    {0x24b2e17ce3802f85ULL, "7_%", "0.000000%", 0, NULL},
    {0xbed583e0e66942f1ULL, "<7f", "-0.000005", 0, NULL},
    {0x418e2b13b0000000ULL, ">#.21", "63267446.0000000000000", 0, NULL},
    {0x3eb045031115b7c2ULL, "^22n", "     9.69742e-07      ", 0, NULL},
    {0xbe9b03641ede1317ULL, "21.20g", "-4.0252873999999997414e-07", 0, NULL},
    {0x4341c37937e08000ULL, "022", "000000000000000001e+16", 0, NULL},
    {0x405edd2f1a9fbe77ULL, "<#21.1e", "1.2e+02              ", 0, NULL},
    {0xdfe93406a66cf308ULL, "<#24_.27", "-1.05600006174297287365781944e+154", 0, NULL},
    {0xc2fa7598ad73c000ULL, "05.15%", "-46547800000000000.000000000000000%", 0, NULL},
    {0xbe96d679c1c02a36ULL, "#015", "-03.4030967e-07", 0, NULL},
    {0xf0342e9634487cccULL, " 25_G", "            -3.13329E+232", 0, NULL},
    {0x39ae60c9d596ec6eULL, "0=-.0", "7e-31", 0, NULL},
    {0xc11abf208f5c28f6ULL, "25G", "                  -438216", 0, NULL},
    {0x3fb5ed283700c827ULL, "0F", "0.085650", 0, NULL},
    {0x4341c37937e08000ULL, "\303\251^+1.20g", "+10000000000000000", 0, NULL},
    {0x42b5c9c3f1980000ULL, "^", "23956320000000.0", 0, NULL},
    {0x40218b4d198e467fULL, "013", "00008.7720726", 0, NULL},
    {0xfccfa13156345e8bULL, ".16e", "-1.5781937136616150e+293", 0, NULL},
    {0x405edd2f1a9fbe77ULL, ">", "123.456", 0, NULL},
    {0x3eb0bf354e176b31ULL, " z016", " 009.9819345e-07", 0, NULL},
    {0x3fe0000000000000ULL, "#21,", "                  0.5", 0, NULL},
    {0xbfdacef0496ecdeeULL, "", "-0.4188805310361364", 0, NULL},
    {0x40ec859c72b020c5ULL, "0.26e", "5.84128890000000028521753848e+04", 0, NULL},
    {0xc22492ba59400000ULL, "<<-.4", "-4.418e+10", 0, NULL},
    {0x41cbecaa39000000ULL, "-", "936989810.0", 0, NULL},
    {0x416590efc0000000ULL, "<>#0", "11306878.0", 0, NULL},
    {0x7401f7a3a6671bf4ULL, " 14,.1n", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'n'."},
    {0x4147ec359999999aULL, "-15g", "     3.1356e+06", 0, NULL},
    {0x3effdbdde163011bULL, "\342\202\254^zn", "3.0383e-05", 0, NULL},
    {0xf7442d5f8a090e41ULL, "15_.23f", "-325_302_888_493_076_733_169_772_152_976_660_719_960_806_415_524_291_379_334_461_623_153_715_582_609_727_972_772_008_929_136_116_822_266_284_594_604_676_221_922_264_757_103_803_054_473_460_152_867_192_275_533_905_019_161_676_422_849_071_914_260_916_632_471_553_454_993_310_625_263_155_139_434_530_802_913_343_380_281_614_979_830_226_829_398_055_239_811_072.00000000000000000000000", 0, NULL},
    {0x425999b5ac040000ULL, "+#.13", "+439812010000.0", 0, NULL},
    {0x436090c61190d800ULL, "#%", "3730224000000000000.000000%", 0, NULL},
    {0x4341c37937e08000ULL, ".54E", "1.000000000000000000000000000000000000000000000000000000E+16", 0, NULL},
    {0x8000000000000000ULL, "16.19f", "-0.0000000000000000000", 0, NULL},
    {0xc08834a602c9081cULL, " =22_.36", "-774.581059999999979481799528002738953", 0, NULL},
    {0x43338dff9a281f00ULL, "\342\202\254<-17_.40g", "5_504_153_500_000_000", 0, NULL},
    {0xc0706578e9f6a93fULL, "15.27g", "-262.342019999999990886863088", 0, NULL},
    {0xc6c6390749cb518fULL, "14.25n", "-9.014625443008965687630765e+32", 0, NULL},
    {0x41e0f3e322000000ULL, "-.20%", "227535080000.00000000000000000000%", 0, NULL},
    {0x7f9a0075187bb3d4ULL, "24F", "4564768897695095007925104179847039647660652274620017188180576762416169449463076126937154276449766835179109428404833196393077290871116717067769836322813206766624621869378056815296043750690061887879299108511610029048068318191044516609310955298487284828409181657897888423288242508013455689151212585351227899904.000000", 0, NULL},
    {0x3ee4f8b588e368f1ULL, "*^14,", "****1e-05*****", 0, NULL},
    {0x8000000000000000ULL, ">25,g", "                       -0", 0, NULL},
    {0x3fe4fb6bd6bdbc64ULL, "\342\202\254=0E", "6.556911E-01", 0, NULL},
    {0xcfa628fa48b1d93fULL, "14F", "-5011641973927749538927736559455123232662615110389827977711091179897978093568.000000", 0, NULL},
    {0x43722abb1035bd00ULL, "*> .25g", " 81816520000000000", 0, NULL},
    {0xc1e21a0e5c000000ULL, "#.49f", "-2429580000.0000000000000000000000000000000000000000000000000", 0, NULL},
    {0x3f4ec74de25711d1ULL, "G", "0.000939286", 0, NULL},
    {0xc1b6e03d3a000000ULL, " >n", "-3.83794e+08", 0, NULL},
    {0xc050d434df04ddb5ULL, "*=+25.8", "-***************67.315727", 0, NULL},
    {0x41184cd247ae147bULL, ",.43F", "398,132.5700000000069849193096160888671875000000000", 0, NULL},
    {0x38cac1a9206d171bULL, "#11.13", "4.025868700170e-35", 0, NULL},
    {0x3fe0000000000000ULL, " >-0.23e", "5.00000000000000000000000e-01", 0, NULL},
    {0x428f927633ea0000ULL, "+", "+4339238600000.0", 0, NULL},
    {0xf4aa9d484408d495ULL, " #10g", "-9.75625e+253", 0, NULL},
    {0x43381345bddb6900ULL, "0,%", "677,658,970,000,000,000.000000%", 0, NULL},
    {0xc8064517c983195eULL, "{^-05F", "-947256539243577760010877636510765547520.000000", 0, NULL},
    {0xdec21352138f4019ULL, ">z#19,.19", "-2.889066281819453979e+148", 0, NULL},
    {0x3ff0000000000000ULL, "-0", "1.0", 0, NULL},
    {0x3f1596f91cbe03eaULL, "0^+f", "+0.000082", 0, NULL},
    {0x432e5b2f1c6fd000ULL, "", "4272253600000000.0", 0, NULL},
    {0x5c05f3603495ba1aULL, "0_.12f", "1_994_326_142_353_778_324_121_203_312_484_408_424_589_022_344_205_893_322_841_432_555_370_307_460_452_312_476_514_793_421_238_806_486_552_251_469_710_586_785_712_896_873_024_454_656.000000000000", 0, NULL},
    {0x406cbec91d14e3bdULL, "<<.7%", "22996.2050000%", 0, NULL},
    {0xcb330b5bb351f196ULL, "\303\251^+", "-1.8240880637747174e+54", 0, NULL},
    {0x3eb009cb68406ec2ULL, "\342\202\254^ ", " 9.5595479e-07", 0, NULL},
    {0x3ea95af3640e973cULL, "= 6E", " 7.556461E-07", 0, NULL},
    {0x405edd2f1a9fbe77ULL, ".18%", "12345.600000000000363798%", 0, NULL},
    {0x0676c1c798f73676ULL, "z017.16", "1.604715684422306e-277", 0, NULL},
    {0xc22cf616d6000000ULL, "12.13F", "-62193888000.0000000000000", 0, NULL},
    {0xb311676b0b49982bULL, "-", "-1.0576681198348404e-62", 0, NULL},
    {0x8000000000000000ULL, "02G", "-0", 0, NULL},
    {0x35c2f28561b48256ULL, "\303\251<11.29f", "0.00000000000000000000000000000", 0, NULL},
    {0x414bf8fa8ccccccdULL, "+#22.58", "+3666421.100000000093132257461547851562500000000000000000000", 0, NULL},
    {0xf11b1f0034429a16ULL, "\342\202\254<25G", "-6.89865E+236\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254", 0, NULL},
    {0xbfd7ef31e702d8f8ULL, "<<", "-0.3739743", 0, NULL},
    {0x8c0140ed44573a8cULL, "\303\251<.25G", "-7.530674207866095300522115E-251", 0, NULL},
    {0x414b2a325999999aULL, "\342\202\254=f", "3560548.700000", 0, NULL},
    {0x4004000000000000ULL, "<< 022_", " 2.5<<<<<<<<<<<<<<<<<<", 0, NULL},
    {0xc1863be128000000ULL, "\303\251>_g", "-4.66279e+07", 0, NULL},
    {0xfc46e07ff228a1abULL, "\342\202\254^", "-4.45886167574546e+290", 0, NULL},
    {0xc1ff81faeb000000ULL, "e", "-8.457793e+09", 0, NULL},
    {0x4341c37937e08000ULL, "-18f", "10000000000000000.000000", 0, NULL},
    {0x9e42f87618647519ULL, "25,F", "                -0.000000", 0, NULL},
    {0x2601aed6850e6048ULL, "e", "1.306131e-125", 0, NULL},
    {0xcf4e25e2a002c03eULL, "+15G", "   -1.06534E+74", 0, NULL},
    {0x19398feec2a74e9cULL, "#.15g", "3.67182151126493e-187", 0, NULL},
    {0x4088d84b33daf8dfULL, "#.0", "8.e+02", 0, NULL},
    {0xc167c910a0000000ULL, "<^0f", "-12470405.000000", 0, NULL},
    {0x3ff0000000000000ULL, "#11f", "   1.000000", 0, NULL},
    {0xff50466cd4350092ULL, "16f", "-178574414792023309693546035785057489347426770705072048580512619411359789804784214111654336584171001081102865497594311432142289351014130371116862796445407721456365966944302481623715062185907838355939630463395202348621834927590319837700222508555245444131632727289301906633834454231128066711005612660511211520.000000", 0, NULL},
    {0xc30fec7f2a6a0ebeULL, "=19%", "-112321939932821568.000000%", 0, NULL},
    {0x97ec1198164af024ULL, "#7.14F", "-0.00000000000000", 0, NULL},
    {0x40555aa9e2bcf91aULL, "+11.2e", "  +8.54e+01", 0, NULL},
    {0xbf7f42ae1cd5c612ULL, "+f", "-0.007632", 0, NULL},
    {0x4004000000000000ULL, "g", "2.5", 0, NULL},
    {0x4331e6ef90809800ULL, "23F", "5038991200000000.000000", 0, NULL},
    {0x8000000000000000ULL, "8G", "      -0", 0, NULL},
    {0x3f3922d405f53932ULL, " >-z5.60g", "0.000383545650000000006192568680063459396478720009326934814453125", 0, NULL},
    {0x42c423ac2c5f4000ULL, "-6n", "4.42869e+13", 0, NULL},
    {0x3ff0000000000000ULL, " 2.14", " 1.0", 0, NULL},
    {0x0000000000000000ULL, "021,.16G", "0,000,000,000,000,000", 0, NULL},
    {0x4004000000000000ULL, "{< ", " 2.5", 0, NULL},
    {0x9340ae5588f5e9f7ULL, ",G", "-6.0486E-216", 0, NULL},
    {0xbe68fc7f0de4f58dULL, ">z4G", "-4.65406E-08", 0, NULL},
    {0x876ebbbc991203e2ULL, "{>.22", "-7.101397030442027869367e-273", 0, NULL},
    {0x3f8288c8403f1815ULL, "-F", "0.009050", 0, NULL},
    {0x2668a390f6c627d4ULL, "=#015_e", "001.164752e-123", 0, NULL},
    {0xc0fe0dbd70a3d70aULL, "-#0.54f", "-123099.839999999996507540345191955566406250000000000000000000", 0, NULL},
    {0x3fe0000000000000ULL, "+14G", "          +0.5", 0, NULL},
    {0x0000000000000000ULL, "3_", "0.0", 0, NULL},
    {0xc19447e438000000ULL, "#12f", "-85063950.000000", 0, NULL},
    {0x4e332b37f4ab23d5ULL, "20.57", "5.16790434072419076504285710430809067400450829953513633026e+68", 0, NULL},
    {0xefff391b239032f5ULL, "0<1_e", "-3.029649e+231", 0, NULL},
    {0xbe7b54a319272610ULL, "+0,.29n", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'n'."},
    {0x3fe0000000000000ULL, " z#0.17n", " 0.50000000000000000", 0, NULL},
    {0xc7f3324e4412048cULL, "\342\202\254=5.7e", "-4.0826455e+38", 0, NULL},
    {0x40c13d9e5c91d14eULL, "z#0.3", "8.83e+03", 0, NULL},
    {0x425a4b364ec00000ULL, " ^e", "4.517240e+11", 0, NULL},
    {0x43552c91838f2400ULL, "{^+7.14f", "+23839912000000000.00000000000000", 0, NULL},
    {0x408ba45e00d1b717ULL, "+#14,n", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'n'."},
    {0xc2540db2e9d80000ULL, "e", "-3.445167e+11", 0, NULL},
    {0x3ff0000000000000ULL, "z23_F", "               1.000000", 0, NULL},
    {0xa25674a48f0cdd6dULL, " ", "-2.8773151464223835e-143", 0, NULL},
    {0x203efdd639467240ULL, "\303\251<-_G", "2.31146E-153", 0, NULL},
    {0x42cffeebba284000ULL, "{>e", "7.035947e+13", 0, NULL},
    {0xbfac2aaecca907eeULL, "7.18F", "-0.055013144000000000", 0, NULL},
    {0x919a8853b07c121dULL, "24n", "           -7.16806e-224", 0, NULL},
    {0xf55d29b254a578a2ULL, "*<z#,g", "-2.18941e+257", 0, NULL},
    {0x41938af088000000ULL, "{<+.13g", "+81968162", 0, NULL},
    {0xc5f555aade9bd7e8ULL, " _F", "-105_644_012_953_991_382_541_543_669_760.000000", 0, NULL},
    {0xa32286b732b96c2cULL, "*^#g", "-1.94464e-139", 0, NULL},
    {0x47191335d9f7ad88ULL, "\303\251^-24,.29e", "3.25492634490311538241584140963e+34", 0, NULL},
    {0xc290f93a18779228ULL, "019_.49", "-4_665_651_895_780.5390625", 0, NULL},
    {0x3ede2edadac94d77ULL, "25.6n", "              7.19619e-06", 0, NULL},
    {0x3ee4f8b588e368f1ULL, "z16", "           1e-05", 0, NULL},
    {0x42115a629c400000ULL, "-z#.16", "18632714000.00000", 0, NULL},
    {0x3e4444807d5e96d0ULL, "e", "9.437830e-09", 0, NULL},
    {0x98710f25af2a0358ULL, "#013.3F", "-00000000.000", 0, NULL},
    {0x3f34f79fd2776a72ULL, "20.18", "0.000319935339999999975", 0, NULL},
    {0xbc5afee5896c10d2ULL, "_.52", "-5.853757139107736461261003385706664965656142363321663e-18", 0, NULL},
    {0x3fea2a6c1a048e04ULL, "<=_%", "81.767850%", 0, NULL},
    {0x3ee4f8b588e368f1ULL, "_", "1e-05", 0, NULL},
    {0x405edd2f1a9fbe77ULL, "=+.19E", "+1.2345600000000000307E+02", 0, NULL},
    {0x7f7badac6cca1e20ULL, "+20_%", "+121_477_762_887_368_906_972_539_864_369_921_286_455_553_335_349_271_700_965_820_976_452_335_144_261_371_002_463_563_282_030_955_716_477_830_924_038_810_139_343_563_576_332_088_139_015_849_021_296_037_733_886_149_231_339_675_864_590_584_958_810_889_071_540_580_483_737_114_501_248_721_919_072_013_917_385_505_715_262_790_817_367_215_426_487_492_693_296_394_402_848_680_821_910_383_908_261_348_039_620_716_134_400.000000%", 0, NULL},
    {0x4190a5f430000000ULL, ".11G", "69827852", 0, NULL},
    {0xf6294fa5e7cf8a9aULL, "+_.14g", "-1.556674141384e+261", 0, NULL},
    {0x3fe0000000000000ULL, "%", "50.000000%", 0, NULL},
    {0x5cacb668bf2697cdULL, "n", "2.67128e+138", 0, NULL},
    {0x41405a7c5999999aULL, "10E", "2.143481E+06", 0, NULL},
    {0xc32bbaee1ba57a00ULL, "z018G", "-0000003.90268E+15", 0, NULL},
    {0x42b30243b815c000ULL, "#020G", "0000000002.09004E+13", 0, NULL},
    {0x11574a3e446e2f7aULL, "#18.14G", "3.9325384351416E-225", 0, NULL},
    {0xe66afa43d7891065ULL, ".8F", "-229261233373482654765187209930397555484990860412049932860641671968164354134322809750469697069105458065988159952850940940276513492440416586313111402851096675067926669902983976962811232256.00000000", 0, NULL},
    {0x8000000000000000ULL, "", "-0.0", 0, NULL},
    {0x4341c37937e08000ULL, " 8.2f", " 10000000000000000.00", 0, NULL},
    {0xfe809d48458f03d9ULL, "-z8g", "-2.22531e+301", 0, NULL},
    {0xc6a129989df48bc0ULL, "^+11,F", "-174,048,275,301,422,556,650,079,755,698,176.000000", 0, NULL},
    {0x6eec6b85b9bf6b7bULL, ".57E", "2.103928495837803499297719871312235999701495660967025233278E+226", 0, NULL},
    {0xc52205bb433aaf97ULL, "z015g", "-0001.08939e+25", 0, NULL},
    {0x3ff0000000000000ULL, "", "1.0", 0, NULL},
    {0x500c2286abf70be3ULL, "*^1.19", "4.072243849827935973e+77", 0, NULL},
    {0xc15d16303999999aULL, "\342\202\254=1.11", "-7624896.9", 0, NULL},
    {0x40b2306f7ced9168ULL, ".11n", "4656.4355", 0, NULL},
    {0x3ca039608ca786ceULL, "0>#24_", "001.1257751312697122e-16", 0, NULL},
    {0x3f146802a95c2c85ULL, "\303\251>.17E", "7.78438210000000059E-05", 0, NULL},
    {0x405edd2f1a9fbe77ULL, "-#025F", "000000000000000123.456000", 0, NULL},
    {0xc2b964a08cb54000ULL, "G", "-2.792E+13", 0, NULL},
    {0xc26aaa803f620000ULL, "{^+17E", "{{-9.162374E+11{{", 0, NULL},
    {0xd03003b28cf3690dULL, "<#8.50G", "-1.8543458379271582076644670690675331080542548580484E+78", 0, NULL},
    {0x428bcf4790010000ULL, " ", " 3822134100000.0", 0, NULL},
    {0x3f55c0853308aa99ULL, ",", "0.0013276387", 0, NULL},
    {0x3fbae2328f9f44d4ULL, ">#f", "0.105014", 0, NULL},
    {0x4004000000000000ULL, " 23,e", "           2.500000e+00", 0, NULL},
    {0x3f620eaa456bf87fULL, "0<0E", "2.204258E-03", 0, NULL},
    {0x603ba610a8260421ULL, "<22_f", "370_708_347_332_468_616_785_810_968_824_353_375_858_742_244_242_764_407_554_447_626_337_542_868_725_754_889_913_446_128_610_655_214_620_587_609_746_619_575_303_967_433_835_089_100_063_240_447_580_367_224_832.000000", 0, NULL},
    {0xbe77ccc14f7bda54ULL, "9n", "-8.86613e-08", 0, NULL},
    {0x183ae25add6739d0ULL, "{<021,n", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 'n'."},
    {0xf542d337b30dffa8ULL, "+n", "-7.06648e+256", 0, NULL},
    {0x421f103fd1600000ULL, "^ 11F", " 33354151000.000000", 0, NULL},
    {0xc0ef841a3d70a3d7ULL, "\303\251^z24G", "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251-64544.8\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251", 0, NULL},
    {0xc2304d5458500000ULL, "=13,F", "-70,016,850,000.000000", 0, NULL},
    {0x42532c5b89180000ULL, "\342\202\254^#n", "3.29394e+11", 0, NULL},
};
static const struct { const char *v, *spec, *want; int exc; const char *msg; } str_cases[] = {
    {"", "", "", 0, NULL},
    {"abc", "", "abc", 0, NULL},
    {"abc", "s", "abc", 0, NULL},
    {"abc", "10", "abc       ", 0, NULL},
    {"abc", ">10", "       abc", 0, NULL},
    {"abc", "^10", "   abc    ", 0, NULL},
    {"abc", "^9", "   abc   ", 0, NULL},
    {"abc", "*^8", "**abc***", 0, NULL},
    {"abc", ".2", "ab", 0, NULL},
    {"abcdef", "10.3", "abc       ", 0, NULL},
    {"abc", ".0", "", 0, NULL},
    {"abc", ".10", "abc", 0, NULL},
    {"abc", "2", "abc", 0, NULL},
    {"h\303\251llo", "10", "h\303\251llo     ", 0, NULL},
    {"h\303\251llo", ">10.2", "        h\303\251", 0, NULL},
    {"\346\227\245\346\234\254\350\252\236", "^9", "   \346\227\245\346\234\254\350\252\236   ", 0, NULL},
    {"\346\227\245\346\234\254\350\252\236", ".1", "\346\227\245", 0, NULL},
    {"\360\235\204\236x", "\342\202\254^6", "\342\202\254\342\202\254\360\235\204\236x\342\202\254\342\202\254", 0, NULL},
    {"a", "05", "a0000", 0, NULL},
    {"ab", "^05", "0ab00", 0, NULL},
    {"ab", "0>5", "000ab", 0, NULL},
    {"a", "0", "a", 0, NULL},
    {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", ".5", "xxxxx", 0, NULL},
    {"a", "=<3", "a==", 0, NULL},
    {"a", "<<3", "a<<", 0, NULL},
    {"a", "+", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"a", " ", NULL, PYZ_EXC_ValueError, "Space not allowed in string format specifier"},
    {"a", "-", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"a", "z", NULL, PYZ_EXC_ValueError, "Negative zero coercion (z) not allowed in string format specifier"},
    {"a", "#", NULL, PYZ_EXC_ValueError, "Alternate form (#) not allowed in string format specifier"},
    {"a", "=", NULL, PYZ_EXC_ValueError, "'=' alignment not allowed in string format specifier"},
    {"a", "*=5", NULL, PYZ_EXC_ValueError, "'=' alignment not allowed in string format specifier"},
    {"a", ",s", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 's'."},
    {"a", "_", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 's'."},
    {"a", "d", NULL, PYZ_EXC_ValueError, "Unknown format code 'd' for object of type 'str'"},
    {"a", "\303\251", NULL, PYZ_EXC_ValueError, "Unknown format code '\134xe9' for object of type 'str'"},
    {"a", "xx", NULL, PYZ_EXC_ValueError, "Invalid format specifier 'xx' for object of type 'str'"},
    {"a", ".", NULL, PYZ_EXC_ValueError, "Format specifier missing precision"},
    {"a", "\331\243", "a  ", 0, NULL},
    {"a", ",,", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with ','."},
    {"h\303\251llo", "\342\202\254^150", "\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254h\303\251llo\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254", 0, NULL},
    {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", ".70", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 0, NULL},
    {"\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236", ".75", "\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236\346\227\245\346\234\254\350\252\236", 0, NULL},
    {"h\303\251llo w\303\266rld", "\303\251=13.7", NULL, PYZ_EXC_ValueError, "'=' alignment not allowed in string format specifier"},
    {"a", " #05s", NULL, PYZ_EXC_ValueError, "Space not allowed in string format specifier"},
    {"\346\227\245\346\234\254\350\252\236", "02", "\346\227\245\346\234\254\350\252\236", 0, NULL},
    {"\346\227\245\346\234\254\350\252\236", "+z,.60s", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 's'."},
    {"", "*^14", "**************", 0, NULL},
    {"\346\227\245\346\234\254\350\252\236", "014", "\346\227\245\346\234\254\350\252\23600000000000", 0, NULL},
    {"hello", "s", "hello", 0, NULL},
    {"a", "<+.17", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"", "#", NULL, PYZ_EXC_ValueError, "Alternate form (#) not allowed in string format specifier"},
    {"a", "#0.37s", NULL, PYZ_EXC_ValueError, "Alternate form (#) not allowed in string format specifier"},
    {"hello", "{=18", NULL, PYZ_EXC_ValueError, "'=' alignment not allowed in string format specifier"},
    {"", "-", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"", "0^+6.1", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"", "s", "", 0, NULL},
    {"h\303\251llo w\303\266rld", "", "h\303\251llo w\303\266rld", 0, NULL},
    {"", "8,", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 's'."},
    {"h\303\251llo w\303\266rld", "7.12s", "h\303\251llo w\303\266rld", 0, NULL},
    {"\346\227\245\346\234\254\350\252\236", "+#0", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"hello", "+", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"a", "z#24,s", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 's'."},
    {"", "{^ #.9s", NULL, PYZ_EXC_ValueError, "Space not allowed in string format specifier"},
    {"h\303\251llo w\303\266rld", "4.29", "h\303\251llo w\303\266rld", 0, NULL},
    {"a", ".2", "a", 0, NULL},
    {"a", "0>-012.20", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"a", "\303\251> 20s", NULL, PYZ_EXC_ValueError, "Space not allowed in string format specifier"},
    {"", "{<", "", 0, NULL},
    {"\346\227\245\346\234\254\350\252\236", "\303\251< 4", NULL, PYZ_EXC_ValueError, "Space not allowed in string format specifier"},
    {"a", "0s", "a", 0, NULL},
    {"h\303\251llo w\303\266rld", "11,.0s", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 's'."},
    {"h\303\251llo w\303\266rld", "_s", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 's'."},
    {"\346\227\245\346\234\254\350\252\236", "\342\202\254<24", "\346\227\245\346\234\254\350\252\236\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254\342\202\254", 0, NULL},
    {"h\303\251llo w\303\266rld", "<,.3", NULL, PYZ_EXC_ValueError, "Cannot specify ',' with 's'."},
    {"", "^#4", NULL, PYZ_EXC_ValueError, "Alternate form (#) not allowed in string format specifier"},
    {"", " ^03", "   ", 0, NULL},
    {"", "s", "", 0, NULL},
    {"hello", "s", "hello", 0, NULL},
    {"a", "<-0.9s", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"a", "s", "a", 0, NULL},
    {"hello", " <-z5", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"h\303\251llo w\303\266rld", "-#10s", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"hello", " 0.37", NULL, PYZ_EXC_ValueError, "Space not allowed in string format specifier"},
    {"h\303\251llo w\303\266rld", "s", "h\303\251llo w\303\266rld", 0, NULL},
    {"", "0>+_.12", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 's'."},
    {"h\303\251llo w\303\266rld", "", "h\303\251llo w\303\266rld", 0, NULL},
    {"hello", "_s", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 's'."},
    {"a", "{>+.8s", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"hello", "+z10", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"\346\227\245\346\234\254\350\252\236", "0<0", "\346\227\245\346\234\254\350\252\236", 0, NULL},
    {"\346\227\245\346\234\254\350\252\236", ".10s", "\346\227\245\346\234\254\350\252\236", 0, NULL},
    {"", "16", "                ", 0, NULL},
    {"", "", "", 0, NULL},
    {"h\303\251llo w\303\266rld", "{^0s", "h\303\251llo w\303\266rld", 0, NULL},
    {"\346\227\245\346\234\254\350\252\236", " <+16s", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"", "<^24", "<<<<<<<<<<<<<<<<<<<<<<<<", 0, NULL},
    {"", ".31s", "", 0, NULL},
    {"hello", "0", "hello", 0, NULL},
    {"h\303\251llo w\303\266rld", "\342\202\254=+", NULL, PYZ_EXC_ValueError, "Sign not allowed in string format specifier"},
    {"a", "#9_", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 's'."},
    {"h\303\251llo w\303\266rld", "019s", "h\303\251llo w\303\266rld00000000", 0, NULL},
    {"hello", "=8_s", NULL, PYZ_EXC_ValueError, "Cannot specify '_' with 's'."},
};

#define CHECK_FORMAT(call, c) do { \
    PyzStr *r_ = (call); \
    if ((c).want) { CHECK(pyz_exc_pending == 0); CHECK_STR(V(r_), (c).want); } \
    else { CHECK(r_ == NULL); CHECK_EXC((c).exc, (c).msg); } \
    pyz_exc_pending = 0; \
} while (0)

static void test_format(void)
{
    for (size_t i = 0; i < sizeof int_cases / sizeof int_cases[0]; i++)
        CHECK_FORMAT(pyz_int_format(pyz_int_norm(int_cases[i].v), S(int_cases[i].spec)), int_cases[i]);
    for (size_t i = 0; i < sizeof float_cases / sizeof float_cases[0]; i++)
        CHECK_FORMAT(pyz_float_format(D(float_cases[i].v), S(float_cases[i].spec)), float_cases[i]);
    for (size_t i = 0; i < sizeof str_cases / sizeof str_cases[0]; i++)
        CHECK_FORMAT(pyz_str_format(S(str_cases[i].v), S(str_cases[i].spec)), str_cases[i]);
}

/* ---------------------------------------------------------- parse */

static const struct { const char *s; int len; int64_t want; int exc; const char *msg; } int_parse[] = {
    {"0", 1, INT64_C(0), 0, NULL},
    {"-0", 2, INT64_C(0), 0, NULL},
    {"+0", 2, INT64_C(0), 0, NULL},
    {"42", 2, INT64_C(42), 0, NULL},
    {"-42", 3, INT64_C(-42), 0, NULL},
    {"  42  ", 6, INT64_C(42), 0, NULL},
    {"\011\01242\015\013\014", 7, INT64_C(42), 0, NULL},
    {"1_000", 5, INT64_C(1000), 0, NULL},
    {"1_000_000", 9, INT64_C(1000000), 0, NULL},
    {"0_0", 3, INT64_C(0), 0, NULL},
    {"007", 3, INT64_C(7), 0, NULL},
    {"999999999999999999", 18, INT64_C(999999999999999999), 0, NULL},
    {"-99999999999999999", 18, INT64_C(-99999999999999999), 0, NULL},
    {"+12345678901234567", 18, INT64_C(12345678901234567), 0, NULL},
    {"\t -12345678901234567 \n", 22, INT64_C(-12345678901234567), 0, NULL},
    {"  7", 3, INT64_C(7), 0, NULL},
    {"  - 7", 5, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '  - 7'"},
    {"9223372036854775807", 19, INT64_C(9223372036854775807), 0, NULL},
    {"-9223372036854775808", 20, (-INT64_MAX - 1), 0, NULL},
    {"0000000000000000000000000009223372036854775807", 46, INT64_C(9223372036854775807), 0, NULL},
    {"+1_2", 4, INT64_C(12), 0, NULL},
    {"", 0, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: ''"},
    {" ", 1, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: ' '"},
    {"_1", 2, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '_1'"},
    {"1_", 2, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '1_'"},
    {"1__0", 4, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '1__0'"},
    {"+_1", 3, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '+_1'"},
    {"-", 1, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '-'"},
    {"+", 1, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '+'"},
    {"--1", 3, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '--1'"},
    {"+-1", 3, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '+-1'"},
    {"1 2", 3, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '1 2'"},
    {"1.0", 3, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '1.0'"},
    {"1e3", 3, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '1e3'"},
    {"0x10", 4, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '0x10'"},
    {"\331\241\331\242\331\243", 6, INT64_C(123), 0, NULL},
    {"\302\24042\343\200\200", 7, INT64_C(42), 0, NULL},
    {"\0341", 2, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '\134x1c1'"},
    {"1\034", 2, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '1\134x1c'"},
    {"1\000", 2, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '1\134x00'"},
    {"x", 1, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: 'x'"},
    {"abc", 3, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: 'abc'"},
    {"\303\251", 2, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '\303\251'"},
    {"12a", 3, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '12a'"},
    {"\331\241\331\242x", 5, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '\331\241\331\242x'"},
    {" 4 2 ", 5, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: ' 4 2 '"},
    {"\360\235\237\227\360\235\237\227", 8, INT64_C(99), 0, NULL},
    {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 300, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
    {"11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 5000, 0, PYZ_EXC_ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"},
    {"11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111x", 5001, 0, PYZ_EXC_ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"},
    {"00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 4301, 0, PYZ_EXC_ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},
    {"0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000x", 4301, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
    {"it's", 4, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: \042it's\042"},
    {"'\042", 2, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '\134'\042'"},
    {"\012", 1, 0, PYZ_EXC_ValueError, "invalid literal for int() with base 10: '\134n'"},
};
static const struct { const char *s; int len; uint64_t want; int is_nan; int exc; const char *msg; } float_parse[] = {
    {"0", 1, 0x0000000000000000ULL, 0, 0, NULL}, /* 0.0 */
    {"-0", 2, 0x8000000000000000ULL, 0, 0, NULL}, /* -0.0 */
    {"0.0", 3, 0x0000000000000000ULL, 0, 0, NULL}, /* 0.0 */
    {"-0.0", 4, 0x8000000000000000ULL, 0, 0, NULL}, /* -0.0 */
    {"1", 1, 0x3ff0000000000000ULL, 0, 0, NULL}, /* 1.0 */
    {"1.5", 3, 0x3ff8000000000000ULL, 0, 0, NULL}, /* 1.5 */
    {"-1.5", 4, 0xbff8000000000000ULL, 0, 0, NULL}, /* -1.5 */
    {".5", 2, 0x3fe0000000000000ULL, 0, 0, NULL}, /* 0.5 */
    {"5.", 2, 0x4014000000000000ULL, 0, 0, NULL}, /* 5.0 */
    {"+.5", 3, 0x3fe0000000000000ULL, 0, 0, NULL}, /* 0.5 */
    {"-5.", 3, 0xc014000000000000ULL, 0, 0, NULL}, /* -5.0 */
    {"1e5", 3, 0x40f86a0000000000ULL, 0, 0, NULL}, /* 100000.0 */
    {"1E5", 3, 0x40f86a0000000000ULL, 0, 0, NULL}, /* 100000.0 */
    {"1e+5", 4, 0x40f86a0000000000ULL, 0, 0, NULL}, /* 100000.0 */
    {"1e-5", 4, 0x3ee4f8b588e368f1ULL, 0, 0, NULL}, /* 1e-05 */
    {"1.5e-7", 6, 0x3e8421f5f40d8376ULL, 0, 0, NULL}, /* 1.5e-07 */
    {"  1.5  ", 7, 0x3ff8000000000000ULL, 0, 0, NULL}, /* 1.5 */
    {"\0111.5\012", 5, 0x3ff8000000000000ULL, 0, 0, NULL}, /* 1.5 */
    {"1_000.5", 7, 0x408f440000000000ULL, 0, 0, NULL}, /* 1000.5 */
    {"1_0e1_0", 7, 0x42374876e8000000ULL, 0, 0, NULL}, /* 100000000000.0 */
    {"0.1_2", 5, 0x3fbeb851eb851eb8ULL, 0, 0, NULL}, /* 0.12 */
    {"inf", 3, 0x7ff0000000000000ULL, 0, 0, NULL}, /* inf */
    {"-inf", 4, 0xfff0000000000000ULL, 0, 0, NULL}, /* -inf */
    {"+inf", 4, 0x7ff0000000000000ULL, 0, 0, NULL}, /* inf */
    {"INF", 3, 0x7ff0000000000000ULL, 0, 0, NULL}, /* inf */
    {"Infinity", 8, 0x7ff0000000000000ULL, 0, 0, NULL}, /* inf */
    {"-iNfInItY", 9, 0xfff0000000000000ULL, 0, 0, NULL}, /* -inf */
    {"nan", 3, 0x7ff8000000000000ULL, 1, 0, NULL}, /* nan */
    {"-nan", 4, 0xfff8000000000000ULL, 1, 0, NULL}, /* nan */
    {"NaN", 3, 0x7ff8000000000000ULL, 1, 0, NULL}, /* nan */
    {"+NAN", 4, 0x7ff8000000000000ULL, 1, 0, NULL}, /* nan */
    {"1e400", 5, 0x7ff0000000000000ULL, 0, 0, NULL}, /* inf */
    {"-1e400", 6, 0xfff0000000000000ULL, 0, 0, NULL}, /* -inf */
    {"1e-400", 6, 0x0000000000000000ULL, 0, 0, NULL}, /* 0.0 */
    {"4.9e-324", 8, 0x0000000000000001ULL, 0, 0, NULL}, /* 5e-324 */
    {"2.4703282292062328e-324", 23, 0x0000000000000001ULL, 0, 0, NULL}, /* 5e-324 */
    {"2.4703282292062327e-324", 23, 0x0000000000000000ULL, 0, 0, NULL}, /* 0.0 */
    {"1.7976931348623157e308", 22, 0x7fefffffffffffffULL, 0, 0, NULL}, /* 1.7976931348623157e+308 */
    {"1.7976931348623159e308", 22, 0x7ff0000000000000ULL, 0, 0, NULL}, /* inf */
    {"0.1", 3, 0x3fb999999999999aULL, 0, 0, NULL}, /* 0.1 */
    {"0.30000000000000004", 19, 0x3fd3333333333334ULL, 0, 0, NULL}, /* 0.30000000000000004 */
    {"123456789012345678901234567890", 30, 0x45f8ee90ff6c373eULL, 0, 0, NULL}, /* 1.2345678901234568e+29 */
    {"00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", 401, 0x3ff0000000000000ULL, 0, 0, NULL}, /* 1.0 */
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e-400", 406, 0x3ff0000000000000ULL, 0, 0, NULL}, /* 1.0 */
    {"\331\241.\331\245", 5, 0x3ff8000000000000ULL, 0, 0, NULL}, /* 1.5 */
    {"\302\2401.5\343\200\200", 8, 0x3ff8000000000000ULL, 0, 0, NULL}, /* 1.5 */
    {"1e0099", 6, 0x547d42aea2879f2eULL, 0, 0, NULL}, /* 1e+99 */
    {"", 0, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: ''"},
    {" ", 1, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: ' '"},
    {".", 1, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '.'"},
    {"e5", 2, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: 'e5'"},
    {"1e", 2, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1e'"},
    {"1e+", 3, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1e+'"},
    {"1e_5", 4, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1e_5'"},
    {"1_e5", 4, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1_e5'"},
    {"1_.5", 4, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1_.5'"},
    {"1._5", 4, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1._5'"},
    {"_1", 2, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '_1'"},
    {"1_", 2, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1_'"},
    {"1__0", 4, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1__0'"},
    {"--1", 3, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '--1'"},
    {"+-1", 3, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '+-1'"},
    {"1.5.", 4, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1.5.'"},
    {"1 5", 3, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1 5'"},
    {"infinit", 7, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: 'infinit'"},
    {"infinityy", 9, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: 'infinityy'"},
    {"nanx", 4, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: 'nanx'"},
    {"in", 2, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: 'in'"},
    {"inf inity", 9, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: 'inf inity'"},
    {"0x10", 4, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '0x10'"},
    {"1e5.5", 5, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1e5.5'"},
    {"\0341", 2, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '\134x1c1'"},
    {"1\000", 2, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1\134x00'"},
    {"abc", 3, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: 'abc'"},
    {"\303\251", 2, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '\303\251'"},
    {"1,5", 3, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1,5'"},
    {"it's", 4, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: \042it's\042"},
    {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 300, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'"},
    {"1.5\000", 4, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '1.5\134x00'"},
    {"- 1", 3, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '- 1'"},
    {"+ inf", 5, 0, 0, PYZ_EXC_ValueError, "could not convert string to float: '+ inf'"},
};

/* int(s) past 64 bits: a big int word (runtime_c/int.c), checked by its text */
static const struct { const char *s; const char *text; } int_parse_big[] = {
    {"9223372036854775808", "9223372036854775808"},
    {"-9223372036854775809", "-9223372036854775809"},
    {"99999999999999999999", "99999999999999999999"},
    {"1111111111111111111_1", "11111111111111111111"},
    {" -0000000000000000000000000000012345678901234567890123 ", "-12345678901234567890123"},
};

static void test_parse(void)
{
    for (size_t i = 0; i < sizeof int_parse_big / sizeof int_parse_big[0]; i++) {
        pyz_exc_pending = 0;
        int64_t r = pyz_str_to_int(pyz_str_from_cstr(int_parse_big[i].s));
        CHECK(pyz_exc_pending == 0 && pyz_int_is_big(r));
        CHECK_STR(pyz_int_to_str(r), int_parse_big[i].text);
    }
    for (size_t i = 0; i < sizeof int_parse / sizeof int_parse[0]; i++) {
        pyz_exc_pending = 0;
        int64_t r = pyz_str_to_int(pyz_str_new(int_parse[i].s, int_parse[i].len));
        if (int_parse[i].msg) {
            CHECK_EXC(int_parse[i].exc, int_parse[i].msg);
        } else {
            CHECK(pyz_exc_pending == 0);
            if (pyz_int_is_big(r)) pyz_int_to_c_slow(r, PYZ_TO_C_SSIZE, &r);  /* -2**63: a big word */
            if (r == int_parse[i].want) check_passed++;
            else { check_failed++; fprintf(stderr, "int('%s') gave %lld\n", int_parse[i].s, (long long)r); }
        }
        pyz_exc_pending = 0;
    }
    /* int() of a piece never made (passes/split_piece_ranges.py): the same value, or the same error
     * (its message quotes the piece), from the text between two bytes of a longer str, and to its end */
    for (size_t i = 0; i < sizeof int_parse / sizeof int_parse[0]; i++) {
        char buf[400];
        int n = int_parse[i].len;
        if (n + 2 > (int)sizeof buf) continue;
        buf[0] = '<';
        memcpy(buf + 1, int_parse[i].s, (size_t)n);
        buf[n + 1] = '>';
        PyzStr *owner = pyz_str_new(buf, n + 2), *tail = pyz_str_new(buf, n + 1);
        for (int k = 0; k < 2; k++) {
            pyz_exc_pending = 0;
            int64_t r = k ? pyz_str_to_int_range(tail, 1, -1) : pyz_str_to_int_range(owner, 1, n + 1);
            if (int_parse[i].msg) {
                CHECK_EXC(int_parse[i].exc, int_parse[i].msg);
            } else {
                CHECK(pyz_exc_pending == 0);
                if (pyz_int_is_big(r)) pyz_int_to_c_slow(r, PYZ_TO_C_SSIZE, &r);
                CHECK(r == int_parse[i].want);
            }
        }
        pyz_exc_pending = 0;
    }
    for (size_t i = 0; i < sizeof float_parse / sizeof float_parse[0]; i++) {
        pyz_exc_pending = 0;
        double r = pyz_str_to_float(pyz_str_new(float_parse[i].s, float_parse[i].len));
        if (float_parse[i].msg) {
            CHECK_EXC(float_parse[i].exc, float_parse[i].msg);
        } else {
            uint64_t got;
            memcpy(&got, &r, sizeof got);
            CHECK(pyz_exc_pending == 0);
            if (float_parse[i].is_nan ? isnan(r) : got == float_parse[i].want) check_passed++;
            else { check_failed++; fprintf(stderr, "float('%s') gave %.17g\n", float_parse[i].s, r); }
        }
        pyz_exc_pending = 0;
    }
}

/* Parts of a concatenation that are bytes [i, to) of a longer str (to < 0: to its end), padded or
 * not, in an ASCII and a UTF-8 str (passes/split_piece_ranges.py) */
static void test_build_ranges(void)
{
    PyzStr *u = pyz_str_from_cstr("ab|\303\251\344\270\255|xyz"), *a = pyz_str_from_cstr("k1=value");
    PyzStrPart parts[] = {
        {.s = u, .i = 0, .to = 2, .range = 1, .width = 5, .fill = ' ', .align = '>'},
        {.s = u, .i = 3, .to = 8, .range = 1, .width = 4, .fill = '0', .align = '='},
        {.s = u, .i = 9, .to = -1, .range = 1, .width = 5, .fill = ' ', .align = '<'},
        {.s = u, .i = 3, .to = 5, .range = 1},
        {.s = a, .i = 3, .to = -1, .range = 1, .width = 3, .fill = ' ', .align = '>'},
        {.s = a, .i = 2, .to = 2, .range = 1},
        {.s = a, .i = 0, .to = 2, .range = 1, .width = 4, .fill = ' ', .align = '<'},
    };
    PyzStr *r = pyz_str_build(parts, (int32_t)(sizeof parts / sizeof parts[0]));
    CHECK_STR(r, "   ab00\303\251\344\270\255xyz  \303\251valuek1  ");
    CHECK(r->ncp == 5 + 4 + 5 + 1 + 5 + 0 + 4 && !r->ascii);
    PyzStrPart ascii[] = {{.s = a, .i = 0, .to = 2, .range = 1}, {.s = a, .i = 2, .to = 3, .range = 1, .width = 2, .fill = ' ', .align = '>'}};
    r = pyz_str_build(ascii, 2);
    CHECK_STR(r, "k1 =");
    CHECK(r->ncp == 4 && r->ascii);
}

int main(int argc, char **argv)
{
    (void)argv;
    pyz_gc_init(&argc);
    test_build_ranges();
    test_fmt_int();
    test_repr_table();
    test_repr_shortest();
    test_format();
    test_parse();
    return CHECK_DONE();
}
