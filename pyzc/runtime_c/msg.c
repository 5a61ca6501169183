/* msg.c - the runtime's error messages, formatted without the printf family.
 *
 * Why: musl's snprintf brings printf_core and its float conversions (about
 * 16 KB of x86-64 code) into every binary that can raise a message with a
 * number or a name in it ('NoneType' object has no attribute 'x', an int()
 * parse error, a bad format spec...).  pyz_msgf takes the subset of
 * snprintf's format that those messages use, so a program links printf only
 * when it formats floats to a fixed precision (format.c, arith.c).
 *
 * Invariants: the same output as snprintf for the conversions below, always
 * NUL-terminated within cap (cap > 0), and the result is the number of bytes
 * written (not the length it would have had, as snprintf's: callers that add
 * pieces with `k += pyz_msgf(msg + k, sizeof msg - k, ...)` stay within msg).
 * Conversions: %% %c %s %d %i %u %x %X %p, length modifiers h hh l ll z j t,
 * the flags '0' and '-', a width (digits or *), and a precision (digits or *)
 * for %s.  Anything else is copied as it stands.
 */
#include "pyz.h"
#include <stdarg.h>
#include <string.h>

typedef struct {
    char *p, *end;  /* end: the last byte kept for the NUL */
} MsgOut;

static void put(MsgOut *o, const char *s, size_t n)
{
    size_t room = (size_t)(o->end - o->p);
    if (n > room) n = room;
    memcpy(o->p, s, n);
    o->p += n;
}

static void pad(MsgOut *o, char c, int n)
{
    for (; n > 0 && o->p < o->end; n--) *o->p++ = c;
}

/* s of n bytes in a field of width (left-justified with '-', zero-padded numbers with '0') */
static void field(MsgOut *o, const char *s, int n, int width, int left, char fill)
{
    if (!left && fill == '0' && n > 0 && s[0] == '-') {  /* -0042, not 00-42 */
        put(o, s, 1);
        s++, n--, width--;
    }
    if (!left) pad(o, fill, width - n);
    put(o, s, (size_t)n);
    if (left) pad(o, ' ', width - n);
}

/* rare: messages are written on error paths only (-O3 made it 3.5 KB, PYZ_RARE 1.8 KB) */
PYZ_RARE int pyz_msgf(char *buf, size_t cap, const char *fmt, ...)
{
    if (cap == 0) return 0;
    MsgOut o = {buf, buf + cap - 1};
    va_list ap;
    va_start(ap, fmt);
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') {
            const char *lit = f;
            while (f[1] && f[1] != '%') f++;
            put(&o, lit, (size_t)(f - lit + 1));
            continue;
        }
        const char *spec = f++;
        int left = 0, width = 0, prec = -1, size = 0;
        char fill = ' ';
        for (;; f++) {
            if (*f == '-') left = 1;
            else if (*f == '0') fill = '0';
            else break;
        }
        if (*f == '*') {
            width = va_arg(ap, int);
            if (width < 0) left = 1, width = -width;
            f++;
        } else {
            while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            f++;
            prec = 0;
            if (*f == '*') {
                prec = va_arg(ap, int);
                f++;
            } else {
                while (*f >= '0' && *f <= '9') prec = prec * 10 + (*f++ - '0');
            }
        }
        for (;; f++) {  /* size: 0 int, 1 long, 2 long long, 3 size_t/intmax_t/ptrdiff_t */
            if (*f == 'l') size++;
            else if (*f == 'z' || *f == 'j' || *f == 't') size = 3;
            else if (*f != 'h') break;
        }
        char num[24];
        switch (*f) {
        case '%':
            put(&o, "%", 1);
            break;
        case 'c': {
            char c = (char)va_arg(ap, int);
            field(&o, &c, 1, width, left, ' ');
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            size_t n = prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s);
            field(&o, s, (int)n, width, left, ' ');
            break;
        }
        case 'd':
        case 'i': {
            long long v = size == 0 ? va_arg(ap, int) : size == 1 ? va_arg(ap, long) : size == 2 ? va_arg(ap, long long)
                                                                                         : (long long)va_arg(ap, ptrdiff_t);
            unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
            char *q = num + sizeof num;
            do *--q = (char)('0' + u % 10); while (u /= 10);
            if (v < 0) *--q = '-';
            field(&o, q, (int)(num + sizeof num - q), width, left, left ? ' ' : fill);
            break;
        }
        case 'u':
        case 'x':
        case 'X':
        case 'p': {
            unsigned long long u;
            if (*f == 'p') u = (unsigned long long)(uintptr_t)va_arg(ap, void *);
            else u = size == 0 ? va_arg(ap, unsigned) : size == 1 ? va_arg(ap, unsigned long)
                   : size == 2 ? va_arg(ap, unsigned long long) : (unsigned long long)va_arg(ap, size_t);
            const char *digits = *f == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            unsigned base = *f == 'u' ? 10 : 16;
            char *q = num + sizeof num;
            do *--q = digits[u % base]; while (u /= base);
            if (*f == 'p') {  /* musl: %p is %#lx */
                *--q = 'x';
                *--q = '0';
            }
            field(&o, q, (int)(num + sizeof num - q), width, left, left ? ' ' : fill);
            break;
        }
        default:  /* not a conversion this file knows: kept as written */
            if (!*f) f--;
            put(&o, spec, (size_t)(f - spec + 1));
        }
    }
    va_end(ap);
    *o.p = 0;
    return (int)(o.p - buf);
}
