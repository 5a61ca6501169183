/* strftime.c - the time module's calendar: localtime, gmtime, strftime and mktime.
 *
 * pylib/_time.py builds time.struct_time from the fields of one broken-down time, which
 * pyz_time_tm_now/pyz_time_tm_at compute and pyz_time_tm_field reads one at a time (in
 * struct_time's order and conventions: the year itself, months from 1, Monday = 0, days
 * of the year from 1; then tm_gmtoff).  A program runs one thread, so one static tm does.
 * gmtime's zone is "GMT", as glibc's gmtime_r (which CPython calls) names it.
 */
#include "pyz.h"
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static struct tm tm_last;
static char tm_zone_name[64];

static void tm_keep(const struct tm *t, bool local) {
    tm_last = *t;
    const char *z = local ? t->tm_zone : "GMT";
    snprintf(tm_zone_name, sizeof tm_zone_name, "%s", z ? z : "");
}

static bool tm_of(time_t secs, bool local) {
    struct tm t;
    if (!(local ? localtime_r(&secs, &t) : gmtime_r(&secs, &t))) {
        pyz_raise(PYZ_EXC_OverflowError, "timestamp out of range for platform time_t");
        return false;
    }
    tm_keep(&t, local);
    return true;
}

void pyz_time_tm_now(bool local) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    tm_of(ts.tv_sec, local);
}

/* CPython's _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR: -1.5 is -2. */
void pyz_time_tm_at(double secs, bool local) {
    if (isnan(secs)) {
        pyz_raise(PYZ_EXC_ValueError, "Invalid value NaN (not a number)");
        return;
    }
    double f = floor(secs);
    if (!(f >= -9.2233720368547758e18 && f < 9.2233720368547758e18)) {
        pyz_raise(PYZ_EXC_OverflowError, "timestamp out of range for platform time_t");
        return;
    }
    tm_of((time_t)f, local);
}

int64_t pyz_time_tm_field(int64_t i) {
    const struct tm *t = &tm_last;
    switch (i) {
    case 0: return (int64_t)t->tm_year + 1900;
    case 1: return t->tm_mon + 1;
    case 2: return t->tm_mday;
    case 3: return t->tm_hour;
    case 4: return t->tm_min;
    case 5: return t->tm_sec;
    case 6: return (t->tm_wday + 6) % 7;
    case 7: return t->tm_yday + 1;
    case 8: return t->tm_isdst;
    default: return (int64_t)t->tm_gmtoff;
    }
}

PyzStr *pyz_time_tm_zone(void) { return pyz_str_from_cstr(tm_zone_name); }

/* *t zeroed, then C's fields of a date and time (the year as tm_year); false with CPython's
 * OverflowError when the year does not fit a C int */
static bool fill_tm(struct tm *t, int64_t year, int64_t mon, int64_t mday, int64_t hour, int64_t min, int64_t sec,
                    int64_t isdst) {
    if (year - 1900 < INT_MIN || year - 1900 > INT_MAX) {
        pyz_raise(PYZ_EXC_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    memset(t, 0, sizeof *t);
    t->tm_year = (int)(year - 1900);
    t->tm_mon = (int)mon;
    t->tm_mday = (int)mday;
    t->tm_hour = (int)hour;
    t->tm_min = (int)min;
    t->tm_sec = (int)sec;
    t->tm_isdst = (int)isdst;
    return true;
}

/* time.strftime over fields already in C's conventions and checked (pylib/_time.py, as CPython's
 * checktm).  CPython calls the C library's strftime, growing the buffer until the text fits; an
 * empty result of a non-empty format is taken as "does not fit" up to 256 times the format's size. */
PyzStr *pyz_time_strftime_tm(PyzStr *fmt, int64_t year, int64_t mon, int64_t mday, int64_t hour, int64_t min,
                             int64_t sec, int64_t wday, int64_t yday, int64_t isdst, PyzStr *zone, int64_t gmtoff) {
    if (memchr(fmt->data, 0, (size_t)fmt->len)) {
        pyz_raise(PYZ_EXC_ValueError, "embedded null character");
        return NULL;
    }
    struct tm t;
    if (!fill_tm(&t, year, mon, mday, hour, min, sec, isdst)) return NULL;
    t.tm_wday = (int)wday;
    t.tm_yday = (int)yday;
    t.tm_gmtoff = (long)gmtoff;
    /* %Z is written here: musl's strftime names only the zones it loaded itself (a gmtime's "GMT" would be
     * empty), and a plain 9-tuple has no tm_zone, for which glibc's %Z, which CPython prints, is tzname's. */
    const char *z;
    if (zone->len == 0) {
        tzset();
        z = t.tm_isdst < 0 ? "" : tzname[t.tm_isdst > 0];
    } else {
        z = pyz_str_cstr(zone);
    }
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    for (int64_t i = 0; i < fmt->len; i++) {
        char c = fmt->data[i];
        if (c == '%' && i + 1 < fmt->len && fmt->data[i + 1] == 'Z') {
            for (const char *q = z; *q; q++) pyz_sb_add_bytes(&sb, *q == '%' ? "%%" : q, *q == '%' ? 2 : 1);
            i++;
        } else if (c == '%' && i + 1 < fmt->len) {
            pyz_sb_add_bytes(&sb, fmt->data + i, 2);
            i++;
        } else {
            pyz_sb_add_bytes(&sb, &c, 1);
        }
    }
    PyzStr *spec = pyz_sb_finish(&sb);
    const char *f = pyz_str_cstr(spec);
    size_t cap = 1024;
    for (;;) {
        char *buf = malloc(cap);
        if (!buf) pyz_oom();
        size_t n = strftime(buf, cap, f, &t);
        if (n > 0 || spec->len == 0 || cap > 256 * (size_t)spec->len + 1024) {
            PyzStr *out = pyz_codec_decode_escape(buf, (int64_t)n);
            free(buf);
            return out;
        }
        free(buf);
        cap *= 2;
    }
}

/* time.mktime: the C library's, over C's fields (pylib/_time.py); CPython's OverflowError when it fails
 * (a result of -1 with tm_wday left at the -1 it was given). */
double pyz_time_mktime_tm(int64_t year, int64_t mon, int64_t mday, int64_t hour, int64_t min, int64_t sec,
                          int64_t isdst) {
    struct tm t;
    if (!fill_tm(&t, year, mon, mday, hour, min, sec, isdst)) return 0;
    t.tm_wday = -1;
    time_t r = mktime(&t);
    if (r == (time_t)-1 && t.tm_wday == -1) {
        pyz_raise(PYZ_EXC_OverflowError, "mktime argument out of range");
        return 0;
    }
    return (double)r;
}
