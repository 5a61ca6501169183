/* re.c - the re module: Python's regular expressions, parsed and matched at run time (pyz_re_*).
 *
 * A pattern is parsed as CPython 3.11's sre_parse parses it (the same errors, with the same
 * messages and positions, raised as re.error) into a tree, then compiled into a program for a
 * backtracking machine: CHAR, ANY, SET, SPLIT (try the first branch, remember the second),
 * JMP, SAVE (a group's start or end), assertions, backreferences, and sub-programs run on their
 * own for lookahead, lookbehind and atomic groups (which, as in sre, do not backtrack into
 * themselves).  Because SPLIT always tries its first branch first, alternatives and greedy or
 * lazy repeats are tried in sre's order, and the first match found is sre's match.
 *
 * Repeats follow sre's MAX_UNTIL/MIN_UNTIL: the first `min` iterations are copies of the body;
 * past them, an iteration that matched the empty string ends a greedy loop (the tail is tried)
 * and fails a lazy one.  {m,n} repeats are expanded, so the program grows with the counts.
 *
 * Invariants:
 *  - Positions are code-point indexes.  A subject that is not ASCII is decoded once per call
 *    (ReSubject: its code points and each one's byte offset), so a Match extracts groups by
 *    byte offsets without walking the string again.
 *  - caps holds 2 slots per group (start, end; -1 when unset), then the loop registers; every
 *    write goes through set_slot, which records the old value on the backtrack stack, so a
 *    backtrack restores captures exactly.
 *  - A compiled pattern is cached by (pattern string, flags) for the life of the program, as
 *    CPython's re caches them (its cache is bounded; programs compile few patterns).
 *  - Lists returned as void * have PyzList_str's layout: strs (PyzStr *, or NULL for None) or
 *    tuples of k strs, which are k PyzStr * in a row, the layout of a tuple of k strs.
 */
#include "pyz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RE_I 2
#define RE_L 4
#define RE_M 8
#define RE_S 16
#define RE_U 32
#define RE_X 64
#define RE_A 256
#define RE_MAXREPEAT 4294967295LL

/* ------------------------------------------------------------ code points */

static int64_t decode_utf8(const char *s, int64_t len, uint32_t *out, int64_t *offs) {
    int64_t i = 0, n = 0;
    while (i < len) {
        unsigned char b = (unsigned char)s[i];
        uint32_t c;
        int k;
        if (b < 0x80) { c = b; k = 1; }
        else if (b < 0xE0) { c = b & 0x1F; k = 2; }
        else if (b < 0xF0) { c = b & 0x0F; k = 3; }
        else { c = b & 0x07; k = 4; }
        for (int j = 1; j < k; j++)
            c = (c << 6) | ((unsigned char)s[i + j] & 0x3F);
        if (offs)
            offs[n] = i;
        out[n++] = c;
        i += k;
    }
    if (offs)
        offs[n] = i;
    return n;
}

static uint32_t simple_lower(uint32_t c) {
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    uint32_t m[3];
    int32_t n = pyz_ucd_map(c, PYZ_UCD_MAP_LOWER, m);
    return n >= 1 ? m[0] : c;
}

static uint32_t simple_upper(uint32_t c) {
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    uint32_t m[3];
    int32_t n = pyz_ucd_map(c, PYZ_UCD_MAP_UPPER, m);
    return n == 1 ? m[0] : c;
}

static bool is_digit_cp(uint32_t c, bool ascii) {
    if (c < 0x80 || ascii)
        return c >= '0' && c <= '9';
    return (pyz_ucd_flags(c) & PYZ_UCD_DECIMAL) != 0;
}

static bool is_space_cp(uint32_t c, bool ascii) {
    if (c < 0x80)
        return c == ' ' || (c >= 9 && c <= 13) || (!ascii && c >= 0x1C && c <= 0x1F);
    if (ascii)
        return false;
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static bool is_word_cp(uint32_t c, bool ascii) {
    if (c < 0x80)
        return c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
    if (ascii)
        return false;
    return (pyz_ucd_flags(c) & (PYZ_UCD_ALPHA | PYZ_UCD_DECIMAL | PYZ_UCD_DIGIT | PYZ_UCD_NUMERIC)) != 0;
}

/* ------------------------------------------------------------ errors */

typedef struct {
    const uint32_t *p;  /* the pattern's code points */
    int64_t n, i;       /* length, position of the next one */
    bool failed;
} Src;

static bool re_fail_at(Src *s, const char *msg, int64_t pos) {
    if (s->failed)
        return false;
    s->failed = true;
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    pyz_sb_add_cstr(&sb, msg);
    char buf[96];
    pyz_msgf(buf, sizeof buf, " at position %lld", (long long)pos);
    pyz_sb_add_cstr(&sb, buf);
    bool nl = false;
    for (int64_t k = 0; k < s->n; k++)
        nl |= s->p[k] == '\n';
    if (nl) {
        int64_t line = 1, last = -1;
        for (int64_t k = 0; k < pos && k < s->n; k++)
            if (s->p[k] == '\n') {
                line++;
                last = k;
            }
        pyz_msgf(buf, sizeof buf, " (line %lld, column %lld)", (long long)line, (long long)(pos - last));
        pyz_sb_add_cstr(&sb, buf);
    }
    pyz_raise_str(PYZ_EXC_ReError, pyz_sb_finish(&sb));
    return false;
}

/* msg with the escape text (code points p[from..to)) substituted for %s */
static bool re_fail_text(Src *s, const char *fmt, int64_t from, int64_t to, int64_t pos) {
    char msg[512];
    char text[256];
    int64_t k = 0;
    for (int64_t j = from; j < to && k < 240; j++)
        k += pyz_utf8_encode(s->p[j], text + k);
    text[k] = 0;
    pyz_msgf(msg, sizeof msg, fmt, text);
    return re_fail_at(s, msg, pos);
}

/* ------------------------------------------------------------ the tree */

enum { N_CHAR, N_ANY, N_SET, N_CAT, N_ALT, N_GROUP, N_REPEAT, N_AT, N_BACKREF, N_LOOK, N_ATOMIC, N_COND, N_EMPTY };
enum { AT_BOL, AT_MBOL, AT_EOL, AT_MEOL, AT_BOS, AT_EOS, AT_WORDB, AT_NWORDB };
enum { CAT_DIGIT = 1, CAT_NDIGIT = 2, CAT_SPACE = 4, CAT_NSPACE = 8, CAT_WORD = 16, CAT_NWORD = 32 };

typedef struct ReSet {
    uint32_t *ranges;  /* lo, hi pairs */
    int32_t nranges, cats;
    bool negate, icase, ascii;
} ReSet;

typedef struct Node {
    int32_t kind;
    int32_t a, b;         /* CHAR: c, icase; ANY: dotall; SET: set index; GROUP: group (-1 none); AT: which;
                             BACKREF: group, icase; LOOK: behind, negate; COND: group */
    int64_t min, max;     /* REPEAT */
    int32_t greedy;       /* REPEAT: 1 greedy, 0 lazy, 2 possessive */
    struct Node **kids;   /* CAT, ALT: items; others: kids[0] (COND: yes, no) */
    int32_t nkids;
} Node;

typedef struct {
    Src src;
    int32_t groups;        /* groups opened so far */
    int32_t *open;         /* 1 while group g is open */
    PyzStr **names;        /* group names (NULL: none), by group */
    int32_t cap;
    int32_t lookbehind;    /* the groups count when the outermost lookbehind began, -1 outside */
    int64_t flags;
    ReSet *sets;
    int32_t nsets, setcap;
    int64_t condref[16][2];  /* numbered conditionals' groups and positions, checked at the end */
    int32_t nconds;
} Parser;

static Node *node(int32_t kind) {
    Node *n = pyz_gc_alloc(sizeof(Node));
    n->kind = kind;
    return n;
}

static void add_kid(Node *n, Node *k) {
    if ((n->nkids & (n->nkids - 1)) == 0) {
        Node **nk = pyz_gc_alloc(sizeof(Node *) * (size_t)(n->nkids ? n->nkids * 2 : 1));
        if (n->nkids)
            memcpy(nk, n->kids, sizeof(Node *) * (size_t)n->nkids);
        n->kids = nk;
    }
    n->kids[n->nkids++] = k;
}

static bool at_end(Parser *P) { return P->src.i >= P->src.n; }
static int64_t peek(Parser *P) { return at_end(P) ? -1 : (int64_t)P->src.p[P->src.i]; }
static bool match_ch(Parser *P, uint32_t c) {
    if (!at_end(P) && P->src.p[P->src.i] == c) {
        P->src.i++;
        return true;
    }
    return false;
}

static bool is_hex(int64_t c) { return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f'); }
static int hexval(uint32_t c) { return c <= '9' ? (int)c - '0' : (int)(c | 32) - 'a' + 10; }
static bool is_ascii_letter(int64_t c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

/* An escape's code point: >= 0 a literal, -2 a category (*cat set), -3 an anchor (*cat the AT_),
 * -4 a group reference (*cat the group), -1 an error raised.  start is the backslash's position. */
static int64_t parse_escape(Parser *P, bool in_class, int32_t *cat) {
    Src *s = &P->src;
    int64_t start = s->i - 1;
    if (at_end(P))
        return re_fail_at(s, "bad escape (end of pattern)", s->n - 1), -1;
    uint32_t c = s->p[s->i++];
    switch (c) {
    case 'a': return 7;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case '\\': return '\\';
    case 'd': *cat = CAT_DIGIT; return -2;
    case 'D': *cat = CAT_NDIGIT; return -2;
    case 's': *cat = CAT_SPACE; return -2;
    case 'S': *cat = CAT_NSPACE; return -2;
    case 'w': *cat = CAT_WORD; return -2;
    case 'W': *cat = CAT_NWORD; return -2;
    default: break;
    }
    if (c == 'b' && in_class)
        return 8;
    if (!in_class) {
        int32_t at = c == 'A' ? AT_BOS : c == 'Z' ? AT_EOS : c == 'b' ? AT_WORDB : c == 'B' ? AT_NWORDB : -1;
        if (at >= 0) {
            *cat = at;
            return -3;
        }
    }
    if (c == 'x' || c == 'u' || c == 'U') {
        int want = c == 'x' ? 2 : c == 'u' ? 4 : 8, got = 0;
        uint32_t v = 0;
        while (got < want && is_hex(peek(P))) {
            v = v * 16 + (uint32_t)hexval(s->p[s->i++]);
            got++;
        }
        if (got != want)
            return re_fail_text(s, "incomplete escape %s", start, s->i, start), -1;
        if (v > 0x10FFFF)
            return re_fail_text(s, "bad escape %s", start, s->i, start), -1;
        return v;
    }
    if (c >= '0' && c <= '7' && (in_class || c == '0')) {
        uint32_t v = c - '0';
        for (int k = 0; k < 2 && peek(P) >= '0' && peek(P) <= '7'; k++)
            v = v * 8 + (s->p[s->i++] - '0');
        if (v > 0377)
            return re_fail_text(s, "octal escape value %s outside of range 0-0o377", start, s->i, start), -1;
        return v;
    }
    if (c >= '1' && c <= '9' && !in_class) {
        int64_t g = c - '0';
        if (peek(P) >= '0' && peek(P) <= '9') {
            uint32_t d2 = s->p[s->i++];
            if (c <= '7' && d2 <= '7' && peek(P) >= '0' && peek(P) <= '7') {
                uint32_t v = (c - '0') * 64 + (d2 - '0') * 8 + (s->p[s->i++] - '0');
                if (v > 0377)
                    return re_fail_text(s, "octal escape value %s outside of range 0-0o377", start, s->i, start), -1;
                return v;
            }
            g = g * 10 + (d2 - '0');
        }
        if (g < P->groups + 1) {
            if (P->open[g])
                return re_fail_at(s, "cannot refer to an open group", start), -1;
            if (P->lookbehind >= 0 && g >= P->lookbehind)
                return re_fail_at(s, "cannot refer to group defined in the same lookbehind subpattern", start), -1;
            *cat = (int32_t)g;
            return -4;
        }
        char msg[64];
        pyz_msgf(msg, sizeof msg, "invalid group reference %lld", (long long)g);
        return re_fail_at(s, msg, start + 1), -1;
    }
    if (c >= '0' && c <= '9')  /* 8 or 9 in a class */
        return re_fail_text(s, "bad escape %s", start, s->i, start), -1;
    if (is_ascii_letter(c))
        return re_fail_text(s, "bad escape %s", start, s->i, start), -1;
    return c;
}

static void set_add(ReSet *st, uint32_t lo, uint32_t hi, int32_t *cap) {
    if (st->nranges == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        uint32_t *r = pyz_gc_alloc_atomic(sizeof(uint32_t) * 2 * (size_t)*cap);
        if (st->nranges)
            memcpy(r, st->ranges, sizeof(uint32_t) * 2 * (size_t)st->nranges);
        st->ranges = r;
    }
    st->ranges[2 * st->nranges] = lo;
    st->ranges[2 * st->nranges + 1] = hi;
    st->nranges++;
}

static int32_t new_set(Parser *P) {
    if (P->nsets == P->setcap) {
        P->setcap = P->setcap ? P->setcap * 2 : 8;
        ReSet *ns = pyz_gc_alloc(sizeof(ReSet) * (size_t)P->setcap);
        if (P->nsets)
            memcpy(ns, P->sets, sizeof(ReSet) * (size_t)P->nsets);
        P->sets = ns;
    }
    memset(&P->sets[P->nsets], 0, sizeof(ReSet));
    return P->nsets++;
}

static Node *parse_class(Parser *P, int64_t flags) {
    Src *s = &P->src;
    int64_t here = s->i - 1;
    int32_t si = new_set(P), cap = 0;
    ReSet st = {0};
    st.negate = match_ch(P, '^');
    st.icase = (flags & RE_I) != 0;
    st.ascii = (flags & RE_A) != 0;
    bool any = false;
    for (;;) {
        if (at_end(P))
            return re_fail_at(s, "unterminated character set", here), NULL;
        int64_t tstart = s->i;
        uint32_t c = s->p[s->i++];
        if (c == ']' && any)
            break;
        int64_t lo;
        int32_t cat = 0;
        if (c == '\\') {
            lo = parse_escape(P, true, &cat);
            if (lo == -1)
                return NULL;
        } else
            lo = c;
        int64_t tend = s->i;
        if (match_ch(P, '-')) {
            if (at_end(P))
                return re_fail_at(s, "unterminated character set", here), NULL;
            int64_t ustart = s->i;
            uint32_t d = s->p[s->i++];
            if (d == ']') {
                if (lo == -2)
                    st.cats |= cat;
                else
                    set_add(&st, (uint32_t)lo, (uint32_t)lo, &cap);
                set_add(&st, '-', '-', &cap);
                any = true;
                break;
            }
            int64_t hi;
            int32_t cat2 = 0;
            if (d == '\\') {
                hi = parse_escape(P, true, &cat2);
                if (hi == -1)
                    return NULL;
            } else
                hi = d;
            if (lo < 0 || hi < 0 || hi < lo)
                return re_fail_text(s, "bad character range %s", tstart, s->i, tstart), NULL;
            (void)ustart;
            (void)tend;
            set_add(&st, (uint32_t)lo, (uint32_t)hi, &cap);
        } else if (lo == -2)
            st.cats |= cat;
        else
            set_add(&st, (uint32_t)lo, (uint32_t)lo, &cap);
        any = true;
    }
    if (st.icase && !st.ascii) {  /* a single character stands for its case variants too (ſ for S, K for k) */
        int32_t n0 = st.nranges;
        for (int32_t k = 0; k < n0; k++)
            if (st.ranges[2 * k] == st.ranges[2 * k + 1]) {
                uint32_t c = st.ranges[2 * k], lc = simple_lower(c), uc = simple_upper(c);
                if (lc != c)
                    set_add(&st, lc, lc, &cap);
                if (uc != c)
                    set_add(&st, uc, uc, &cap);
            }
    }
    P->sets[si] = st;
    Node *n = node(N_SET);
    n->a = si;
    return n;
}

static Node *parse_alt(Parser *P, int64_t flags, bool verbose, int nested);

static bool is_ident_start(uint32_t c) {
    return c == '_' || ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= 0x80 && (pyz_ucd_flags(c) & PYZ_UCD_XID_START));
}
static bool is_ident_cont(uint32_t c) {
    return is_ident_start(c) || (c >= '0' && c <= '9') || (c >= 0x80 && (pyz_ucd_flags(c) & PYZ_UCD_XID_CONTINUE));
}
static bool is_identifier(const uint32_t *p, int64_t n) {
    if (n == 0 || !is_ident_start(p[0]))
        return false;
    for (int64_t k = 1; k < n; k++)
        if (!is_ident_cont(p[k]))
            return false;
    return true;
}

/* sre_parse's getuntil: the name's start, or -1 with the error raised; *len its length. */
static int64_t get_until(Parser *P, uint32_t term, const char *what, int64_t *len) {
    Src *s = &P->src;
    int64_t start = s->i;
    for (;;) {
        if (at_end(P)) {
            char msg[96];
            if (s->i == start) {
                pyz_msgf(msg, sizeof msg, "missing %s", what);
                return re_fail_at(s, msg, s->i), -1;
            }
            pyz_msgf(msg, sizeof msg, "missing %c, unterminated name", (char)term);
            return re_fail_at(s, msg, start), -1;
        }
        uint32_t c = s->p[s->i++];
        if (c == '\\' && !at_end(P)) {  /* sre's tokens: an escape is one, never the terminator */
            s->i++;
            continue;
        }
        if (c == term) {
            if (s->i - 1 == start) {
                char msg[96];
                pyz_msgf(msg, sizeof msg, "missing %s", what);
                return re_fail_at(s, msg, s->i - 1), -1;
            }
            *len = s->i - 1 - start;
            return start;
        }
    }
}

static int32_t group_by_name(Parser *P, int64_t start, int64_t len) {
    for (int32_t g = 1; g <= P->groups; g++) {
        PyzStr *nm = P->names[g];
        if (!nm || nm->ncp != len)
            continue;
        uint32_t buf[1];
        (void)buf;
        int64_t bi = 0, k = 0;
        bool same = true;
        while (k < len) {
            uint32_t c;
            decode_utf8(nm->data + bi, (unsigned char)nm->data[bi] < 0x80 ? 1 : (unsigned char)nm->data[bi] < 0xE0 ? 2
                        : (unsigned char)nm->data[bi] < 0xF0 ? 3 : 4, &c, NULL);
            bi += (unsigned char)nm->data[bi] < 0x80 ? 1 : (unsigned char)nm->data[bi] < 0xE0 ? 2
                  : (unsigned char)nm->data[bi] < 0xF0 ? 3 : 4;
            if (c != P->src.p[start + k]) {
                same = false;
                break;
            }
            k++;
        }
        if (same)
            return g;
    }
    return -1;
}

static PyzStr *cps_str(const uint32_t *p, int64_t n) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    for (int64_t k = 0; k < n; k++) {
        char b[4];
        int32_t m = pyz_utf8_encode(p[k], b);
        pyz_sb_add_bytes(&sb, b, m);
    }
    return pyz_sb_finish(&sb);
}

static bool fail_name(Parser *P, const char *fmt, int64_t start, int64_t len) {
    PyzStr *r = pyz_str_repr(cps_str(P->src.p + start, len));
    char msg[512];
    pyz_msgf(msg, sizeof msg, fmt, r->data);
    return re_fail_at(&P->src, msg, start);
}

static int32_t open_group(Parser *P) {
    int32_t g = ++P->groups;
    if (g + 1 >= P->cap) {
        int32_t nc = P->cap * 2;
        int32_t *no = pyz_gc_alloc_atomic(sizeof(int32_t) * (size_t)nc);
        PyzStr **nn = pyz_gc_alloc(sizeof(PyzStr *) * (size_t)nc);
        memcpy(no, P->open, sizeof(int32_t) * (size_t)P->cap);
        memcpy(nn, P->names, sizeof(PyzStr *) * (size_t)P->cap);
        P->open = no;
        P->names = nn;
        P->cap = nc;
    }
    P->open[g] = 1;
    return g;
}

static const char *FLAG_CHARS = "iLmsxatu";
static int64_t flag_of(int64_t c) {
    switch (c) {
    case 'i': return RE_I;
    case 'L': return RE_L;
    case 'm': return RE_M;
    case 's': return RE_S;
    case 'x': return RE_X;
    case 'a': return RE_A;
    case 't': return 1;
    case 'u': return RE_U;
    default: return 0;
    }
}

/* sre_parse._parse_flags; returns 0 for global flags, 1 for scoped (add, del), -1 on error */
static int parse_flags(Parser *P, uint32_t ch, int64_t *add, int64_t *del) {
    Src *s = &P->src;
    int64_t c = ch;
    *add = *del = 0;
    if (c != '-') {
        for (;;) {
            int64_t f = flag_of(c);
            if (c == 'L')
                return re_fail_at(s, "bad inline flags: cannot use 'L' flag with a str pattern", s->i), -1;
            *add |= f;
            if ((f & (RE_A | RE_L | RE_U)) && (*add & (RE_A | RE_L | RE_U)) != f)
                return re_fail_at(s, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", s->i), -1;
            if (at_end(P))
                return re_fail_at(s, "missing -, : or )", s->i), -1;
            c = s->p[s->i++];
            if (c == ')' || c == '-' || c == ':')
                break;
            if (!flag_of(c) || c > 127) {
                bool alpha = c < 128 ? is_ascii_letter(c) : (pyz_ucd_flags((uint32_t)c) & PYZ_UCD_ALPHA) != 0;
                return re_fail_at(s, alpha ? "unknown flag" : "missing -, : or )", s->i - 1), -1;
            }
        }
    }
    if (c == ')') {
        P->flags |= *add;
        return 0;
    }
    if (*add & 1)
        return re_fail_at(s, "bad inline flags: cannot turn on global flag", s->i - 1), -1;
    if (c == '-') {
        if (at_end(P))
            return re_fail_at(s, "missing flag", s->i), -1;
        c = s->p[s->i++];
        if (!flag_of(c) || c > 127) {
            bool alpha = c < 128 ? is_ascii_letter(c) : (pyz_ucd_flags((uint32_t)c) & PYZ_UCD_ALPHA) != 0;
            return re_fail_at(s, alpha ? "unknown flag" : "missing flag", s->i - 1), -1;
        }
        for (;;) {
            int64_t f = flag_of(c);
            if (f & (RE_A | RE_L | RE_U))
                return re_fail_at(s, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", s->i), -1;
            *del |= f;
            if (at_end(P))
                return re_fail_at(s, "missing :", s->i), -1;
            c = s->p[s->i++];
            if (c == ':')
                break;
            if (!flag_of(c) || c > 127) {
                bool alpha = c < 128 ? is_ascii_letter(c) : (pyz_ucd_flags((uint32_t)c) & PYZ_UCD_ALPHA) != 0;
                return re_fail_at(s, alpha ? "unknown flag" : "missing :", s->i - 1), -1;
            }
        }
    }
    if (*del & 1)
        return re_fail_at(s, "bad inline flags: cannot turn off global flag", s->i - 1), -1;
    if (*add & *del)
        return re_fail_at(s, "bad inline flags: flag turned on and off", s->i - 1), -1;
    return 1;
}

static bool is_repeat(Node *n) { return n->kind == N_REPEAT; }

/* one branch: sre_parse._parse */
static Node *parse_seq(Parser *P, int64_t flags, bool verbose, int nested, bool first) {
    Src *s = &P->src;
    Node *seq = node(N_CAT);
    (void)FLAG_CHARS;
    for (;;) {
        if (at_end(P))
            break;
        uint32_t c = s->p[s->i];
        if (c == '|' || c == ')')
            break;
        s->i++;
        if (verbose) {
            if (c == ' ' || (c >= 9 && c <= 13))
                continue;
            if (c == '#') {
                while (!at_end(P) && s->p[s->i] != '\n')
                    s->i++;
                continue;
            }
        }
        if (c == '\\') {
            int32_t cat = 0;
            int64_t v = parse_escape(P, false, &cat);
            if (v == -1)
                return NULL;
            Node *n;
            if (v >= 0) {
                n = node(N_CHAR);
                n->a = (int32_t)v;
                n->b = (flags & RE_I) != 0;
            } else if (v == -2) {
                int32_t si = new_set(P);
                P->sets[si].cats = cat;
                P->sets[si].ascii = (flags & RE_A) != 0;
                n = node(N_SET);
                n->a = si;
            } else if (v == -3) {
                n = node(N_AT);
                n->a = cat;
                n->b = (flags & RE_A) != 0;
            } else {
                n = node(N_BACKREF);
                n->a = cat;
                n->b = (flags & RE_I) != 0;
            }
            add_kid(seq, n);
        } else if (c == '[') {
            Node *n = parse_class(P, flags);
            if (!n)
                return NULL;
            add_kid(seq, n);
        } else if (c == '*' || c == '+' || c == '?' || c == '{') {
            int64_t here = s->i;
            int64_t mn = 0, mx = RE_MAXREPEAT;
            if (c == '+')
                mn = 1;
            else if (c == '?')
                mx = 1;
            else if (c == '{') {
                if (peek(P) == '}') {
                    Node *n = node(N_CHAR);
                    n->a = '{';
                    n->b = (flags & RE_I) != 0;
                    add_kid(seq, n);
                    continue;
                }
                int64_t lo_s = s->i, lo_e, hi_s, hi_e;
                while (peek(P) >= '0' && peek(P) <= '9')
                    s->i++;
                lo_e = s->i;
                if (match_ch(P, ',')) {
                    hi_s = s->i;
                    while (peek(P) >= '0' && peek(P) <= '9')
                        s->i++;
                    hi_e = s->i;
                } else {
                    hi_s = lo_s;
                    hi_e = lo_e;
                }
                if (!match_ch(P, '}')) {
                    Node *n = node(N_CHAR);
                    n->a = '{';
                    n->b = (flags & RE_I) != 0;
                    add_kid(seq, n);
                    s->i = here;
                    continue;
                }
                if (lo_e > lo_s) {
                    mn = 0;
                    for (int64_t k = lo_s; k < lo_e; k++) {
                        mn = mn * 10 + (s->p[k] - '0');
                        if (mn >= RE_MAXREPEAT) {
                            pyz_raise(PYZ_EXC_OverflowError, "the repetition number is too large");
                            s->failed = true;
                            return NULL;
                        }
                    }
                }
                if (hi_e > hi_s) {
                    mx = 0;
                    for (int64_t k = hi_s; k < hi_e; k++) {
                        mx = mx * 10 + (s->p[k] - '0');
                        if (mx >= RE_MAXREPEAT) {
                            pyz_raise(PYZ_EXC_OverflowError, "the repetition number is too large");
                            s->failed = true;
                            return NULL;
                        }
                    }
                    if (mx < mn)
                        return re_fail_at(s, "min repeat greater than max repeat", here), NULL;
                }
            }
            int64_t at = here - 1;
            if (seq->nkids == 0 || seq->kids[seq->nkids - 1]->kind == N_AT)
                return re_fail_at(s, "nothing to repeat", at), NULL;
            Node *item = seq->kids[seq->nkids - 1];
            if (is_repeat(item))
                return re_fail_at(s, "multiple repeat", at), NULL;
            Node *r = node(N_REPEAT);
            r->min = mn;
            r->max = mx;
            r->greedy = match_ch(P, '?') ? 0 : match_ch(P, '+') ? 2 : 1;
            add_kid(r, item);
            seq->kids[seq->nkids - 1] = r;
        } else if (c == '.') {
            Node *n = node(N_ANY);
            n->a = (flags & RE_S) != 0;
            add_kid(seq, n);
        } else if (c == '^' || c == '$') {
            Node *n = node(N_AT);
            n->a = c == '^' ? ((flags & RE_M) ? AT_MBOL : AT_BOL) : ((flags & RE_M) ? AT_MEOL : AT_EOL);
            add_kid(seq, n);
        } else if (c == '(') {
            int64_t start = s->i - 1;
            bool capture = true, atomic = false;
            int64_t name_s = -1, name_n = 0, add = 0, del = 0;
            if (match_ch(P, '?')) {
                if (at_end(P))
                    return re_fail_at(s, "unexpected end of pattern", s->i), NULL;
                uint32_t ch = s->p[s->i++];
                if (ch == 'P') {
                    if (match_ch(P, '<')) {
                        name_s = get_until(P, '>', "group name", &name_n);
                        if (name_s < 0)
                            return NULL;
                        if (!is_identifier(s->p + name_s, name_n))
                            return fail_name(P, "bad character in group name %s", name_s, name_n), NULL;
                    } else if (match_ch(P, '=')) {
                        name_s = get_until(P, ')', "group name", &name_n);
                        if (name_s < 0)
                            return NULL;
                        if (!is_identifier(s->p + name_s, name_n))
                            return fail_name(P, "bad character in group name %s", name_s, name_n), NULL;
                        int32_t g = group_by_name(P, name_s, name_n);
                        if (g < 0)
                            return fail_name(P, "unknown group name %s", name_s, name_n), NULL;
                        if (P->open[g])
                            return re_fail_at(s, "cannot refer to an open group", name_s), NULL;
                        if (P->lookbehind >= 0 && g >= P->lookbehind)
                            return re_fail_at(s, "cannot refer to group defined in the same lookbehind subpattern",
                                              name_s), NULL;
                        Node *n = node(N_BACKREF);
                        n->a = g;
                        n->b = (flags & RE_I) != 0;
                        add_kid(seq, n);
                        continue;
                    } else {
                        if (at_end(P))
                            return re_fail_at(s, "unexpected end of pattern", s->i), NULL;
                        int64_t cs = s->i++;
                        if (s->p[cs] == '\\' && !at_end(P))  /* sre reads an escape as one token */
                            s->i++;
                        return re_fail_text(s, "unknown extension ?P%s", cs, s->i, cs - 2), NULL;
                    }
                } else if (ch == ':') {
                    capture = false;
                } else if (ch == '#') {
                    for (;;) {
                        if (at_end(P))
                            return re_fail_at(s, "missing ), unterminated comment", start), NULL;
                        if (s->p[s->i++] == ')')
                            break;
                    }
                    continue;
                } else if (ch == '=' || ch == '!' || ch == '<') {
                    bool behind = false;
                    if (ch == '<') {
                        if (at_end(P))
                            return re_fail_at(s, "unexpected end of pattern", s->i), NULL;
                        int64_t cs = s->i;
                        ch = s->p[s->i++];
                        if (ch != '=' && ch != '!') {
                            if (ch == '\\' && !at_end(P))
                                s->i++;
                            return re_fail_text(s, "unknown extension ?<%s", cs, s->i, cs - 2), NULL;
                        }
                        behind = true;
                    }
                    int32_t saved = P->lookbehind;
                    if (behind && saved < 0)
                        P->lookbehind = P->groups + 1;
                    Node *sub = parse_alt(P, flags, verbose, nested + 1);
                    if (!sub)
                        return NULL;
                    P->lookbehind = saved;
                    if (!match_ch(P, ')'))
                        return re_fail_at(s, "missing ), unterminated subpattern", start), NULL;
                    Node *n = node(N_LOOK);
                    n->a = behind;
                    n->b = ch == '!';
                    add_kid(n, sub);
                    add_kid(seq, n);
                    continue;
                } else if (ch == '(') {
                    int64_t cn;
                    int64_t cs = get_until(P, ')', "group name", &cn);
                    if (cs < 0)
                        return NULL;
                    int32_t g;
                    if (is_identifier(s->p + cs, cn)) {
                        g = group_by_name(P, cs, cn);
                        if (g < 0)
                            return fail_name(P, "unknown group name %s", cs, cn), NULL;
                    } else {
                        int64_t v = 0;
                        bool ok = cn > 0 && cn < 12;
                        for (int64_t k = 0; ok && k < cn; k++) {
                            uint32_t d = s->p[cs + k];
                            if (d < '0' || d > '9')
                                ok = false;
                            else
                                v = v * 10 + (d - '0');
                        }
                        if (!ok)
                            return fail_name(P, "bad character in group name %s", cs, cn), NULL;
                        if (v == 0)
                            return re_fail_at(s, "bad group number", cs), NULL;
                        if (v >= 1073741823) {
                            char msg[64];
                            pyz_msgf(msg, sizeof msg, "invalid group reference %lld", (long long)v);
                            return re_fail_at(s, msg, cs), NULL;
                        }
                        g = (int32_t)v;
                        bool seen = false;
                        for (int32_t k = 0; k < P->nconds; k++)
                            seen |= P->condref[k][0] == g;
                        if (!seen && P->nconds < 16) {
                            P->condref[P->nconds][0] = g;
                            P->condref[P->nconds++][1] = cs;
                        }
                    }
                    if (P->lookbehind >= 0 && g >= P->lookbehind)
                        return re_fail_at(s, "cannot refer to group defined in the same lookbehind subpattern", cs),
                               NULL;
                    Node *yes = parse_seq(P, flags, verbose, nested + 1, false);
                    if (!yes)
                        return NULL;
                    Node *no = NULL;
                    if (match_ch(P, '|')) {
                        no = parse_seq(P, flags, verbose, nested + 1, false);
                        if (!no)
                            return NULL;
                        if (peek(P) == '|')
                            return re_fail_at(s, "conditional backref with more than two branches", s->i), NULL;
                    }
                    if (!match_ch(P, ')'))
                        return re_fail_at(s, "missing ), unterminated subpattern", start), NULL;
                    Node *n = node(N_COND);
                    n->a = g;
                    add_kid(n, yes);
                    add_kid(n, no ? no : node(N_EMPTY));
                    add_kid(seq, n);
                    continue;
                } else if (ch == '>') {
                    capture = false;
                    atomic = true;
                } else if (ch == '-' || (ch < 128 && flag_of(ch))) {
                    int k = parse_flags(P, ch, &add, &del);
                    if (k < 0)
                        return NULL;
                    if (k == 0) {
                        if (!first || seq->nkids)
                            return re_fail_at(s, "global flags not at the start of the expression", start), NULL;
                        flags |= P->flags;
                        verbose = (P->flags & RE_X) != 0;
                        continue;
                    }
                    capture = false;
                } else {
                    int64_t cs = s->i - 1;
                    if (ch == '\\' && !at_end(P))
                        s->i++;
                    return re_fail_text(s, "unknown extension ?%s", cs, s->i, cs - 1), NULL;
                }
            }
            int32_t g = -1;
            if (capture) {
                if (name_s >= 0) {
                    int32_t old = group_by_name(P, name_s, name_n);
                    if (old >= 0) {
                        PyzStr *r = pyz_str_repr(cps_str(s->p + name_s, name_n));
                        char msg[512];
                        pyz_msgf(msg, sizeof msg, "redefinition of group name %s as group %d; was group %d", r->data,
                                 P->groups + 1, old);
                        return re_fail_at(s, msg, name_s), NULL;
                    }
                }
                g = open_group(P);
                if (name_s >= 0)
                    P->names[g] = cps_str(s->p + name_s, name_n);
            }
            int64_t sub_flags = (flags | add) & ~del;
            bool sub_verbose = (verbose || (add & RE_X)) && !(del & RE_X);
            Node *sub = parse_alt(P, sub_flags, sub_verbose, nested + 1);
            if (!sub)
                return NULL;
            if (!match_ch(P, ')'))
                return re_fail_at(s, "missing ), unterminated subpattern", start), NULL;
            if (g >= 0)
                P->open[g] = 0;
            Node *n = node(atomic ? N_ATOMIC : N_GROUP);
            n->a = g;
            add_kid(n, sub);
            add_kid(seq, n);
        } else {
            Node *n = node(N_CHAR);
            n->a = (int32_t)c;
            n->b = (flags & RE_I) != 0;
            add_kid(seq, n);
        }
    }
    return seq;
}

static Node *parse_alt(Parser *P, int64_t flags, bool verbose, int nested) {
    Node *alt = node(N_ALT);
    for (;;) {
        Node *b = parse_seq(P, flags, verbose, nested, nested == 0 && alt->nkids == 0);
        if (!b)
            return NULL;
        add_kid(alt, b);
        if (!match_ch(P, '|'))
            break;
        if (nested == 0) {  /* global flags, met at the start of the first branch, hold for the others */
            flags |= P->flags;
            verbose = verbose || (P->flags & RE_X);
        }
    }
    return alt->nkids == 1 ? alt->kids[0] : alt;
}

/* ------------------------------------------------------------ widths */

static void width(Node *n, int64_t *lo, int64_t *hi) {
    int64_t a, b;
    switch (n->kind) {
    case N_CHAR: case N_ANY: case N_SET: *lo = *hi = 1; return;
    case N_AT: case N_LOOK: case N_EMPTY: *lo = *hi = 0; return;
    case N_BACKREF: *lo = 0; *hi = RE_MAXREPEAT; return;
    case N_GROUP: case N_ATOMIC: width(n->kids[0], lo, hi); return;
    case N_CAT:
        *lo = *hi = 0;
        for (int32_t k = 0; k < n->nkids; k++) {
            width(n->kids[k], &a, &b);
            *lo += a;
            *hi = (*hi >= RE_MAXREPEAT || b >= RE_MAXREPEAT) ? RE_MAXREPEAT : *hi + b;
        }
        return;
    case N_ALT: case N_COND:
        *lo = RE_MAXREPEAT;
        *hi = 0;
        for (int32_t k = 0; k < n->nkids; k++) {
            width(n->kids[k], &a, &b);
            if (a < *lo) *lo = a;
            if (b > *hi) *hi = b;
        }
        return;
    case N_REPEAT:
        width(n->kids[0], &a, &b);
        *lo = a * n->min;
        if (*lo > RE_MAXREPEAT) *lo = RE_MAXREPEAT;
        *hi = (b == 0) ? 0 : (n->max >= RE_MAXREPEAT || b >= RE_MAXREPEAT || b * n->max >= RE_MAXREPEAT)
                                 ? RE_MAXREPEAT : b * n->max;
        return;
    }
    *lo = *hi = 0;
}

static bool check_lookbehinds(Parser *P, Node *n) {
    if (n->kind == N_LOOK && n->a) {
        int64_t lo, hi;
        width(n->kids[0], &lo, &hi);
        if (lo != hi) {
            pyz_raise(PYZ_EXC_ReError, "look-behind requires fixed-width pattern");
            P->src.failed = true;
            return false;
        }
    }
    for (int32_t k = 0; k < n->nkids; k++)
        if (!check_lookbehinds(P, n->kids[k]))
            return false;
    return true;
}

/* ------------------------------------------------------------ the program */

enum { OP_MATCH, OP_CHAR, OP_CHAR_I, OP_ANY, OP_ANY_NL, OP_SET, OP_SPLIT, OP_JMP, OP_SAVE, OP_AT, OP_BACKREF,
       OP_LOOK, OP_ATOMIC, OP_COND, OP_MARK, OP_PROGRESS, OP_SUCCEED };

typedef struct { int32_t op, a, b, c; } Inst;

struct PyzRe {
    PyzStr *pattern;
    int64_t flags;      /* as given plus inline global flags, with UNICODE added when not ASCII */
    int32_t ngroups, nregs, nslots;
    PyzStr **names;     /* by group; NULL when unnamed */
    Inst *code;
    int32_t ncode;
    ReSet *sets;
    int32_t first;      /* the first instruction, when it reads one character (CHAR, CHAR_I, SET): a search
                           tries only the positions where it matches; -1 when not */
};

typedef struct {
    Inst *code;
    int32_t n, cap, nregs;
    bool toobig;
} Emit;

static int32_t emit(Emit *e, int32_t op, int32_t a, int32_t b, int32_t c) {
    if (e->n == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 64;
        if (e->cap > (1 << 26)) {
            e->toobig = true;
            e->cap = e->n;
            return e->n - 1;
        }
        Inst *nc = pyz_gc_alloc_atomic(sizeof(Inst) * (size_t)e->cap);
        if (e->n)
            memcpy(nc, e->code, sizeof(Inst) * (size_t)e->n);
        e->code = nc;
    }
    e->code[e->n] = (Inst){op, a, b, c};
    return e->n++;
}

static void compile_node(Emit *e, Node *n);

static void compile_body_loop(Emit *e, Node *body, bool greedy, bool can_be_empty) {
    if (!greedy && can_be_empty) {
        /* lazy, as sre's MIN_UNTIL: after each iteration the tail is tried first; another iteration
         * only when the last one moved.  MARK r, -1; L1: SPLIT L3, L2; L2: PROGRESS r (fail) MARK r
         * body JMP L1; L3: */
        int32_t r = e->nregs++;
        emit(e, OP_MARK, r, 1, 0);
        int32_t l1 = emit(e, OP_SPLIT, 0, 0, 0);
        int32_t l2 = e->n;
        emit(e, OP_PROGRESS, r, -1, 0);
        emit(e, OP_MARK, r, 0, 0);
        compile_node(e, body);
        emit(e, OP_JMP, l1, 0, 0);
        if (e->toobig)
            return;
        e->code[l1].a = e->n;
        e->code[l1].b = l2;
        return;
    }
    /* L1: SPLIT L2, L3 (lazy: L3, L2); L2: [MARK r] body [PROGRESS r] JMP L1; L3: */
    int32_t l1 = emit(e, OP_SPLIT, 0, 0, 0);
    int32_t r = can_be_empty ? e->nregs++ : -1;
    int32_t l2 = e->n;
    if (can_be_empty)
        emit(e, OP_MARK, r, 0, 0);
    compile_node(e, body);
    int32_t prog = -1;
    if (can_be_empty)
        prog = emit(e, OP_PROGRESS, r, greedy, 0);
    emit(e, OP_JMP, l1, 0, 0);
    int32_t l3 = e->n;
    if (e->toobig)
        return;
    e->code[l1].a = greedy ? l2 : l3;
    e->code[l1].b = greedy ? l3 : l2;
    if (prog >= 0)
        e->code[prog].b = greedy ? l3 : -1;
}

static void compile_node(Emit *e, Node *n) {
    if (e->toobig)
        return;
    switch (n->kind) {
    case N_EMPTY:
        return;
    case N_CHAR:
        if (n->b) {
            uint32_t c = (uint32_t)n->a;
            emit(e, OP_CHAR_I, (int32_t)simple_lower(c), (int32_t)simple_upper(c), (int32_t)c);
        } else
            emit(e, OP_CHAR, n->a, 0, 0);
        return;
    case N_ANY:
        emit(e, n->a ? OP_ANY : OP_ANY_NL, 0, 0, 0);
        return;
    case N_SET:
        emit(e, OP_SET, n->a, 0, 0);
        return;
    case N_AT:
        emit(e, OP_AT, n->a, n->b, 0);
        return;
    case N_BACKREF:
        emit(e, OP_BACKREF, n->a, n->b, 0);
        return;
    case N_CAT:
        for (int32_t k = 0; k < n->nkids; k++)
            compile_node(e, n->kids[k]);
        return;
    case N_ALT: {
        /* SPLIT L1, next; L1: a; JMP end; next: SPLIT L2, next2 ... last */
        int32_t *jumps = malloc(sizeof(int32_t) * (size_t)n->nkids);
        for (int32_t k = 0; k < n->nkids; k++) {
            if (k < n->nkids - 1) {
                int32_t sp = emit(e, OP_SPLIT, 0, 0, 0);
                if (!e->toobig)
                    e->code[sp].a = e->n;
                compile_node(e, n->kids[k]);
                jumps[k] = emit(e, OP_JMP, 0, 0, 0);
                if (!e->toobig)
                    e->code[sp].b = e->n;
            } else
                compile_node(e, n->kids[k]);
        }
        if (!e->toobig)
            for (int32_t k = 0; k < n->nkids - 1; k++)
                e->code[jumps[k]].a = e->n;
        free(jumps);
        return;
    }
    case N_GROUP:
        if (n->a >= 0)
            emit(e, OP_SAVE, 2 * n->a, 0, 0);
        compile_node(e, n->kids[0]);
        if (n->a >= 0)
            emit(e, OP_SAVE, 2 * n->a + 1, 0, 0);
        return;
    case N_LOOK:
    case N_ATOMIC: {
        int64_t lo = 0, hi = 0;
        if (n->kind == N_LOOK && n->a)
            width(n->kids[0], &lo, &hi);
        int32_t at = emit(e, n->kind == N_LOOK ? OP_LOOK : OP_ATOMIC, n->kind == N_LOOK ? (n->a | (n->b << 1)) : 0,
                          (int32_t)lo, 0);
        compile_node(e, n->kids[0]);
        emit(e, OP_SUCCEED, 0, 0, 0);
        if (!e->toobig)
            e->code[at].c = e->n;  /* where the outer program goes on */
        return;
    }
    case N_COND: {
        int32_t c = emit(e, OP_COND, n->a, 0, 0);
        compile_node(e, n->kids[0]);
        int32_t j = emit(e, OP_JMP, 0, 0, 0);
        if (!e->toobig)
            e->code[c].b = e->n;
        compile_node(e, n->kids[1]);
        if (!e->toobig)
            e->code[j].a = e->n;
        return;
    }
    case N_REPEAT: {
        Node *body = n->kids[0];
        int64_t lo, hi;
        width(body, &lo, &hi);
        if (n->greedy == 2) {
            /* possessive, as sre's POSSESSIVE_REPEAT: each iteration atomic, as many as match, and
             * no giving any back: an atomic group around a greedy repeat of an atomic body */
            Node atomic_body = {0};
            atomic_body.kind = N_ATOMIC;
            atomic_body.a = -1;
            Node *kid = body;
            atomic_body.kids = &kid;
            atomic_body.nkids = 1;
            Node copy = *n;
            Node *akid = &atomic_body;
            copy.kids = &akid;
            copy.greedy = 1;
            int32_t at = emit(e, OP_ATOMIC, 0, 0, 0);
            compile_node(e, &copy);
            emit(e, OP_SUCCEED, 0, 0, 0);
            if (!e->toobig)
                e->code[at].c = e->n;
            return;
        }
        for (int64_t k = 0; k < n->min && !e->toobig; k++)
            compile_node(e, body);
        if (n->max >= RE_MAXREPEAT) {
            compile_body_loop(e, body, n->greedy == 1, lo == 0);
            return;
        }
        /* max - min optional copies, each one a SPLIT around the body and the copies after it */
        int64_t opt = n->max - n->min;
        if (opt > (1 << 24)) {  /* more copies than the program may hold */
            e->toobig = true;
            return;
        }
        int32_t *splits = malloc(sizeof(int32_t) * (size_t)(opt > 0 ? opt : 1));
        int32_t *regs = malloc(sizeof(int32_t) * (size_t)(opt > 0 ? opt : 1));
        int32_t *progs = malloc(sizeof(int32_t) * (size_t)(opt > 0 ? opt : 1));
        if (!splits || !regs || !progs)
            abort();
        for (int64_t k = 0; k < opt && !e->toobig; k++) {
            splits[k] = emit(e, OP_SPLIT, 0, 0, 0);
            regs[k] = -1;
            if (!e->toobig)
                e->code[splits[k]].a = e->n;
            if (lo == 0) {
                regs[k] = e->nregs++;
                if (!n->greedy && k > 0)  /* lazy: another iteration only when the last one moved */
                    emit(e, OP_PROGRESS, regs[k - 1], -1, 0);
                emit(e, OP_MARK, regs[k], 0, 0);
            }
            compile_node(e, body);
            progs[k] = -1;
            if (lo == 0 && n->greedy)  /* greedy: an empty iteration ends the loop */
                progs[k] = emit(e, OP_PROGRESS, regs[k], n->greedy, 0);
        }
        if (!e->toobig)
            for (int64_t k = 0; k < opt; k++) {
                Inst *sp = &e->code[splits[k]];
                int32_t first = sp->a;
                sp->a = n->greedy ? first : e->n;
                sp->b = n->greedy ? e->n : first;
            }
        if (!e->toobig && lo == 0 && opt > 0) {
            /* each greedy copy's progress test exits to the end (a lazy copy's fails: emitted so) */
            for (int64_t k = 0; k < opt; k++)
                if (progs[k] >= 0)
                    e->code[progs[k]].b = e->n;
        }
        free(splits);
        free(regs);
        free(progs);
        return;
    }
    }
}

/* ------------------------------------------------------------ compile and cache */

typedef struct CacheEntry {
    PyzStr *pattern;
    int64_t flags;
    PyzRe *re;
    struct CacheEntry *next;
} CacheEntry;

static CacheEntry *re_cache[64];
static bool cache_rooted;

PyzRe *pyz_re_compile(PyzStr *pattern, int64_t flags) {
    uint64_t h = (uint64_t)pyz_str_hash(pattern) ^ (uint64_t)flags * 0x9E3779B97F4A7C15ULL;
    CacheEntry **slot = &re_cache[h % 64];
    for (CacheEntry *c = *slot; c; c = c->next)
        if (c->flags == flags && pyz_str_eq(c->pattern, pattern))
            return c->re;
    if (!cache_rooted) {
        pyz_gc_add_roots(re_cache, sizeof re_cache);
        cache_rooted = true;
    }
    if ((flags & RE_L)) {
        pyz_raise(PYZ_EXC_ValueError, "cannot use LOCALE flag with a str pattern");
        return NULL;
    }
    if ((flags & RE_A) && (flags & RE_U)) {
        pyz_raise(PYZ_EXC_ValueError, "ASCII and UNICODE flags are incompatible");
        return NULL;
    }
    Parser P;
    memset(&P, 0, sizeof P);
    uint32_t *cps = pyz_gc_alloc_atomic(sizeof(uint32_t) * (size_t)(pattern->ncp + 1));
    P.src.p = cps;
    P.src.n = decode_utf8(pattern->data, pattern->len, cps, NULL);
    P.cap = 16;
    P.open = pyz_gc_alloc_atomic(sizeof(int32_t) * 16);
    P.names = pyz_gc_alloc(sizeof(PyzStr *) * 16);
    P.lookbehind = -1;
    P.flags = flags;
    Node *tree = parse_alt(&P, flags, (flags & RE_X) != 0, 0);
    if (!tree)
        return NULL;
    if (!at_end(&P)) {
        re_fail_at(&P.src, "unbalanced parenthesis", P.src.i);
        return NULL;
    }
    for (int32_t k = 0; k < P.nconds; k++)
        if (P.condref[k][0] > P.groups) {
            char msg[64];
            pyz_msgf(msg, sizeof msg, "invalid group reference %lld", (long long)P.condref[k][0]);
            re_fail_at(&P.src, msg, P.condref[k][1]);
            return NULL;
        }
    int64_t final_flags = P.flags;
    if ((final_flags & RE_A) && (final_flags & RE_U)) {
        pyz_raise(PYZ_EXC_ValueError, "ASCII and UNICODE flags are incompatible");
        return NULL;
    }
    if (!(final_flags & RE_A))
        final_flags |= RE_U;
    if (!check_lookbehinds(&P, tree))
        return NULL;
    Emit e;
    memset(&e, 0, sizeof e);
    e.nregs = 0;
    compile_node(&e, tree);
    emit(&e, OP_MATCH, 0, 0, 0);
    if (e.toobig) {
        pyz_raise(PYZ_EXC_OverflowError, "regular expression code size limit exceeded");
        return NULL;
    }
    PyzRe *re = pyz_gc_alloc(sizeof(PyzRe));
    re->pattern = pattern;
    re->flags = final_flags;
    re->ngroups = P.groups;
    re->names = P.names;
    re->code = e.code;
    re->ncode = e.n;
    re->sets = P.sets;
    re->nregs = e.nregs;
    re->nslots = 2 * (P.groups + 1) + 1 + e.nregs; /* groups, lastindex, loop registers */
    /* the registers' slot numbers follow the groups' and lastindex */
    for (int32_t pc = 0; pc < e.n; pc++)
        if (e.code[pc].op == OP_MARK || e.code[pc].op == OP_PROGRESS)
            e.code[pc].a += 2 * (P.groups + 1) + 1;
    re->first = -1;
    for (int32_t pc = 0; pc < e.n; pc++) {
        int32_t op = e.code[pc].op;
        if (op == OP_SAVE || op == OP_MARK)
            continue;
        if (op == OP_CHAR || op == OP_CHAR_I || op == OP_SET)
            re->first = pc;
        break;
    }
    CacheEntry *c = pyz_gc_alloc(sizeof(CacheEntry));
    c->pattern = pattern;
    c->flags = flags;
    c->re = re;
    c->next = *slot;
    *slot = c;
    return re;
}

/* ------------------------------------------------------------ matching */

typedef struct ReSubject {
    PyzStr *s;
    const uint32_t *cps;  /* NULL when s is ASCII */
    const int64_t *offs;  /* byte offset of each code point (and of the end) */
    int64_t n;
} ReSubject;

static ReSubject *subject(PyzStr *s) {
    ReSubject *sub = pyz_gc_alloc(sizeof(ReSubject));
    sub->s = s;
    sub->n = s->ncp;
    if (!s->ascii) {
        uint32_t *cps = pyz_gc_alloc_atomic(sizeof(uint32_t) * (size_t)(s->ncp + 1));
        int64_t *offs = pyz_gc_alloc_atomic(sizeof(int64_t) * (size_t)(s->ncp + 1));
        decode_utf8(s->data, s->len, cps, offs);
        sub->cps = cps;
        sub->offs = offs;
    }
    return sub;
}

static inline uint32_t CH(const ReSubject *sub, int64_t i) {
    return sub->cps ? sub->cps[i] : (uint32_t)(unsigned char)sub->s->data[i];
}

static bool in_set(const ReSet *st, uint32_t c) {
    bool hit = false;
    for (int32_t k = 0; k < st->nranges && !hit; k++)
        hit = c >= st->ranges[2 * k] && c <= st->ranges[2 * k + 1];
    if (!hit && st->icase && st->nranges) {
        uint32_t lc = st->ascii && c >= 0x80 ? c : simple_lower(c);
        uint32_t uc = st->ascii && c >= 0x80 ? c : simple_upper(c);
        for (int32_t k = 0; k < st->nranges && !hit; k++)
            hit = (lc >= st->ranges[2 * k] && lc <= st->ranges[2 * k + 1]) ||
                  (uc >= st->ranges[2 * k] && uc <= st->ranges[2 * k + 1]);
    }
    if (!hit && st->cats) {
        int32_t k = st->cats;
        bool a = st->ascii;
        hit = ((k & CAT_DIGIT) && is_digit_cp(c, a)) || ((k & CAT_NDIGIT) && !is_digit_cp(c, a)) ||
              ((k & CAT_SPACE) && is_space_cp(c, a)) || ((k & CAT_NSPACE) && !is_space_cp(c, a)) ||
              ((k & CAT_WORD) && is_word_cp(c, a)) || ((k & CAT_NWORD) && !is_word_cp(c, a));
    }
    return hit != st->negate;
}

typedef struct { int32_t kind, a; int64_t b; } BT;  /* kind 0: resume at pc a, pos b; 1: slot a was b */

typedef struct {
    const PyzRe *re;
    const ReSubject *sub;
    int64_t end;         /* endpos */
    bool full;           /* fullmatch: MATCH only at end */
    int64_t reject_empty_at; /* an empty match here is refused (the one after an empty match), or -1 */
    int64_t *caps;
    BT *stack;
    int64_t sp, cap;
} VM;

static void push(VM *m, int32_t kind, int32_t a, int64_t b) {
    if (m->sp == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 256;
        m->stack = realloc(m->stack, sizeof(BT) * (size_t)m->cap);
        if (!m->stack)
            abort();
    }
    m->stack[m->sp++] = (BT){kind, a, b};
}

static void set_slot(VM *m, int32_t slot, int64_t v) {
    push(m, 1, slot, m->caps[slot]);
    m->caps[slot] = v;
}

static bool word_at(VM *m, int64_t i, bool ascii) {
    return i >= 0 && i < m->end && is_word_cp(CH(m->sub, i), ascii);
}

static bool same_ci(uint32_t a, uint32_t b) {
    return a == b || simple_lower(a) == simple_lower(b) || simple_upper(a) == simple_upper(b);
}

/* Runs the program from pc at pos until MATCH or SUCCEED; the end position, or -1 when nothing
 * matches.  Backtrack entries above the entry's stack depth are this run's; on success those that
 * undo captures stay (an enclosing run may backtrack over them), the resume points go. */
static int64_t run(VM *m, int32_t pc, int64_t pos) {
    int64_t base = m->sp;
    const Inst *code = m->re->code;
    const ReSubject *sub = m->sub;
    int32_t lastindex_slot = 2 * (m->re->ngroups + 1);
    for (;;) {
        const Inst *in = &code[pc];
        switch (in->op) {
        case OP_MATCH:
            if ((m->full && pos != m->end) || pos == m->reject_empty_at)
                goto fail;
            /* fall through */
        case OP_SUCCEED: {
            /* drop this run's resume points, keep its undo records */
            int64_t w = base;
            for (int64_t k = base; k < m->sp; k++)
                if (m->stack[k].kind == 1)
                    m->stack[w++] = m->stack[k];
            m->sp = w;
            return pos;
        }
        case OP_CHAR:
            if (pos < m->end && CH(sub, pos) == (uint32_t)in->a) {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case OP_CHAR_I:
            if (pos < m->end) {
                uint32_t c = CH(sub, pos);
                bool ascii = (m->re->flags & RE_A) != 0;
                bool ok = c == (uint32_t)in->c ||
                          (ascii ? (c < 0x80 && (uint32_t)in->c < 0x80 && simple_lower(c) == simple_lower((uint32_t)in->c))
                                 : (simple_lower(c) == (uint32_t)in->a || simple_upper(c) == (uint32_t)in->b));
                if (ok) {
                    pos++;
                    pc++;
                    continue;
                }
            }
            goto fail;
        case OP_ANY:
            if (pos < m->end) {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case OP_ANY_NL:
            if (pos < m->end && CH(sub, pos) != '\n') {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case OP_SET:
            if (pos < m->end && in_set(&m->re->sets[in->a], CH(sub, pos))) {
                pos++;
                pc++;
                continue;
            }
            goto fail;
        case OP_SPLIT:
            push(m, 0, in->b, pos);
            pc = in->a;
            continue;
        case OP_JMP:
            pc = in->a;
            continue;
        case OP_SAVE:
            set_slot(m, in->a, pos);
            if (in->a & 1)
                set_slot(m, lastindex_slot, in->a / 2);
            pc++;
            continue;
        case OP_MARK:
            set_slot(m, in->a, in->b ? -1 : pos);
            pc++;
            continue;
        case OP_PROGRESS:
            if (m->caps[in->a] == pos) {
                if (in->b < 0)
                    goto fail;
                pc = in->b;
                continue;
            }
            pc++;
            continue;
        case OP_AT: {
            bool ok;
            int64_t n = m->end;
            switch (in->a) {
            case AT_BOL: case AT_BOS: ok = pos == 0; break;
            case AT_MBOL: ok = pos == 0 || CH(sub, pos - 1) == '\n'; break;
            case AT_EOS: ok = pos == n; break;
            case AT_EOL: ok = pos == n || (pos == n - 1 && CH(sub, pos) == '\n'); break;
            case AT_MEOL: ok = pos == n || CH(sub, pos) == '\n'; break;
            case AT_WORDB:
                ok = n > 0 && word_at(m, pos - 1, in->b) != word_at(m, pos, in->b);
                break;
            default:
                ok = n > 0 && word_at(m, pos - 1, in->b) == word_at(m, pos, in->b);
                break;
            }
            if (ok) {
                pc++;
                continue;
            }
            goto fail;
        }
        case OP_BACKREF: {
            int64_t s0 = m->caps[2 * in->a], s1 = m->caps[2 * in->a + 1];
            if (s0 < 0 || s1 < 0)
                goto fail;
            int64_t len = s1 - s0;
            if (pos + len > m->end)
                goto fail;
            bool ok = true;
            for (int64_t k = 0; k < len && ok; k++) {
                uint32_t a = CH(sub, s0 + k), b = CH(sub, pos + k);
                ok = in->b ? same_ci(a, b) : a == b;
            }
            if (!ok)
                goto fail;
            pos += len;
            pc++;
            continue;
        }
        case OP_COND:
            if (m->caps[2 * in->a] >= 0 && m->caps[2 * in->a + 1] >= 0)
                pc++;
            else
                pc = in->b;
            continue;
        case OP_LOOK: {
            bool behind = in->a & 1, negate = (in->a >> 1) & 1;
            int64_t at = behind ? pos - in->b : pos;
            int64_t r = -1;
            int64_t mark = m->sp;
            if (at >= 0)  /* a lookbehind's body has one width: its match ends at pos */
                r = run(m, pc + 1, at);
            if (negate) {
                if (r >= 0) {  /* undo what the run captured, then fail */
                    while (m->sp > mark) {
                        BT t = m->stack[--m->sp];
                        m->caps[t.a] = t.b;
                    }
                    goto fail;
                }
            } else if (r < 0)
                goto fail;
            pc = in->c;
            continue;
        }
        case OP_ATOMIC: {
            int64_t r = run(m, pc + 1, pos);
            if (r < 0)
                goto fail;
            pos = r;
            pc = in->c;
            continue;
        }
        }
    fail:
        for (;;) {
            if (m->sp == base)
                return -1;
            BT t = m->stack[--m->sp];
            if (t.kind == 1) {
                m->caps[t.a] = t.b;
                continue;
            }
            pc = t.a;
            pos = t.b;
            break;
        }
    }
}

static bool first_matches(const PyzRe *re, const Inst *in, uint32_t c) {
    if (in->op == OP_CHAR)
        return c == (uint32_t)in->a;
    if (in->op == OP_SET)
        return in_set(&re->sets[in->a], c);
    return true;  /* CHAR_I: left to the matcher */
}

struct PyzMatch {
    PyzRe *re;
    ReSubject *sub;
    int64_t pos, endpos;
    int64_t *caps;  /* 2 per group, -1 unset; then lastindex (0: none) */
};

/* The match at start (anchored) or from start on; mode 0 search, 1 match, 2 fullmatch. */
static PyzMatch *match_at(PyzRe *re, ReSubject *sub, int64_t pos, int64_t endpos, int mode, int64_t from,
                          bool must_advance) {
    VM m;
    memset(&m, 0, sizeof m);
    m.re = re;
    m.sub = sub;
    m.end = endpos;
    m.full = mode == 2;
    m.reject_empty_at = must_advance ? from : -1;
    m.caps = malloc(sizeof(int64_t) * (size_t)re->nslots);
    int64_t found = -1, start = from;
    for (; start <= endpos; start++) {
        if (re->first >= 0 && mode == 0) {  /* skip the positions where the first character cannot match */
            const Inst *in = &re->code[re->first];
            if (in->op == OP_CHAR && !sub->cps) {
                const char *hit = start < endpos ? memchr(sub->s->data + start, in->a, (size_t)(endpos - start)) : NULL;
                if (!hit)
                    break;
                start = hit - sub->s->data;
            } else {
                while (start < endpos && !first_matches(re, in, CH(sub, start)))
                    start++;
                if (start >= endpos)
                    break;
            }
        }
        for (int32_t k = 0; k < re->nslots; k++)
            m.caps[k] = -1;
        m.sp = 0;
        int64_t r = run(&m, 0, start);
        if (r >= 0) {
            found = r;
            break;
        }
        if (mode != 0)
            break;
    }
    free(m.stack);
    if (found < 0) {
        free(m.caps);
        return NULL;
    }
    PyzMatch *mt = pyz_gc_alloc(sizeof(PyzMatch));
    mt->re = re;
    mt->sub = sub;
    mt->pos = pos;
    mt->endpos = endpos;
    mt->caps = pyz_gc_alloc_atomic(sizeof(int64_t) * (size_t)(2 * (re->ngroups + 1) + 1));
    memcpy(mt->caps, m.caps, sizeof(int64_t) * (size_t)(2 * (re->ngroups + 1) + 1));
    mt->caps[0] = start;
    mt->caps[1] = found;
    free(m.caps);
    return mt;
}

/* ------------------------------------------------------------ the module's functions */

static int64_t clamp(int64_t v, int64_t n) { return v < 0 ? 0 : v > n ? n : v; }

static PyzMatch *do_match(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos, int mode) {
    if (!re)
        return NULL;
    ReSubject *sub = subject(s);
    endpos = clamp(endpos, sub->n);
    pos = clamp(pos, sub->n);
    if (pos > endpos)
        return NULL;
    return match_at(re, sub, pos, endpos, mode, pos, false);
}

PyzMatch *pyz_re_search(PyzRe *re, PyzStr *s) { return do_match(re, s, 0, INT64_MAX, 0); }
PyzMatch *pyz_re_match(PyzRe *re, PyzStr *s) { return do_match(re, s, 0, INT64_MAX, 1); }
PyzMatch *pyz_re_fullmatch(PyzRe *re, PyzStr *s) { return do_match(re, s, 0, INT64_MAX, 2); }
PyzMatch *pyz_re_search_in(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos) { return do_match(re, s, pos, endpos, 0); }
PyzMatch *pyz_re_match_in(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos) { return do_match(re, s, pos, endpos, 1); }
PyzMatch *pyz_re_fullmatch_in(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos) { return do_match(re, s, pos, endpos, 2); }

static PyzStr *slice_cp(const ReSubject *sub, int64_t a, int64_t b) {
    if (!sub->cps)
        return pyz_str_new(sub->s->data + a, b - a);
    return pyz_str_new(sub->s->data + sub->offs[a], sub->offs[b] - sub->offs[a]);
}

static bool check_group(PyzMatch *m, int64_t g) {
    if (g < 0 || g > m->re->ngroups) {
        pyz_raise(PYZ_EXC_IndexError, "no such group");
        return false;
    }
    return true;
}

/* group g (which exists): NULL when it did not take part in the match */
static PyzStr *group_of(PyzMatch *m, int64_t g) {
    int64_t a = m->caps[2 * g], b = m->caps[2 * g + 1];
    if (a < 0 || b < 0)
        return NULL;
    return slice_cp(m->sub, a, b);
}

/* NULL (None) when the group did not take part in the match */
PyzStr *pyz_re_group(PyzMatch *m, int64_t g) {
    if (!check_group(m, g))
        return NULL;
    return group_of(m, g);
}

static int64_t name_index(PyzRe *re, PyzStr *name) {
    for (int32_t g = 1; g <= re->ngroups; g++)
        if (re->names[g] && pyz_str_eq(re->names[g], name))
            return g;
    return -1;
}

PyzStr *pyz_re_group_named(PyzMatch *m, PyzStr *name) {
    int64_t g = name_index(m->re, name);
    if (g < 0) {
        pyz_raise(PYZ_EXC_IndexError, "no such group");
        return NULL;
    }
    return pyz_re_group(m, g);
}

int64_t pyz_re_start(PyzMatch *m, int64_t g) { return check_group(m, g) ? m->caps[2 * g] : 0; }
int64_t pyz_re_end(PyzMatch *m, int64_t g) { return check_group(m, g) ? m->caps[2 * g + 1] : 0; }
int64_t pyz_re_start_named(PyzMatch *m, PyzStr *name) {
    int64_t g = name_index(m->re, name);
    if (g < 0) {
        pyz_raise(PYZ_EXC_IndexError, "no such group");
        return 0;
    }
    return m->caps[2 * g];
}
int64_t pyz_re_end_named(PyzMatch *m, PyzStr *name) {
    int64_t g = name_index(m->re, name);
    if (g < 0) {
        pyz_raise(PYZ_EXC_IndexError, "no such group");
        return 0;
    }
    return m->caps[2 * g + 1];
}

/* m.groups(default): a list of ngroups strs, default (may be NULL: None) for those unset */
void *pyz_re_groups(PyzMatch *m, PyzStr *dflt) {
    PyzList_str *l = pyz_list_str_alloc(m->re->ngroups);
    for (int32_t g = 1; g <= m->re->ngroups; g++) {
        PyzStr *v = group_of(m, g);
        pyz_list_str_push(l, v ? v : dflt);
    }
    return l;
}

/* the names of the groups, in order, and their values (NULL: None), for groupdict() */
PyzList_str *pyz_re_group_names(PyzMatch *m) {
    PyzList_str *l = pyz_list_str_alloc(m->re->ngroups);
    for (int32_t g = 1; g <= m->re->ngroups; g++)
        if (m->re->names[g])
            pyz_list_str_push(l, m->re->names[g]);
    return l;
}

PyzStr *pyz_re_match_string(PyzMatch *m) { return m->sub->s; }
int64_t pyz_re_match_pos(PyzMatch *m) { return m->pos; }
int64_t pyz_re_match_endpos(PyzMatch *m) { return m->endpos; }
/* lastindex, 0 for None */
int64_t pyz_re_lastindex(PyzMatch *m) { return m->caps[2 * (m->re->ngroups + 1)] < 0 ? 0 : m->caps[2 * (m->re->ngroups + 1)]; }
PyzStr *pyz_re_lastgroup(PyzMatch *m) {
    int64_t g = pyz_re_lastindex(m);
    return g ? m->re->names[g] : NULL;
}
PyzRe *pyz_re_match_re(PyzMatch *m) { return m->re; }

PyzStr *pyz_re_pattern(PyzRe *re) { return re->pattern; }
int64_t pyz_re_flags(PyzRe *re) { return re->flags; }
int64_t pyz_re_groups_count(PyzRe *re) { return re->ngroups; }

/* Every match in order, as findall, finditer, sub and split walk them (sre's state->must_advance). */
typedef struct {
    PyzRe *re;
    ReSubject *sub;
    int64_t pos, end;
    bool must_advance, done;
    int64_t from;  /* the pos the scan began at (a Match's pos) */
} Scan;

static PyzMatch *scan_next(Scan *sc) {
    if (sc->done || sc->pos > sc->end)
        return NULL;
    PyzMatch *m = match_at(sc->re, sc->sub, 0, sc->end, 0, sc->pos, sc->must_advance);
    if (!m) {
        sc->done = true;
        return NULL;
    }
    m->pos = sc->from;
    m->endpos = sc->end;
    sc->must_advance = m->caps[1] == m->caps[0];
    sc->pos = m->caps[1];
    return m;
}

static Scan scan_of(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos) {
    Scan sc = {re, subject(s), 0, 0, false, false, 0};
    sc.end = clamp(endpos, sc.sub->n);
    sc.pos = sc.from = clamp(pos, sc.sub->n);
    sc.done = sc.pos > sc.end;
    return sc;
}

/* findall: strs when the pattern has at most one group, else tuples of ngroups strs ('' unset) */
void *pyz_re_findall(PyzRe *re, PyzStr *s) { return pyz_re_findall_in(re, s, 0, INT64_MAX); }

void *pyz_re_findall_in(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos) {
    if (!re)
        return NULL;
    Scan sc = scan_of(re, s, pos, endpos);
    int32_t k = re->ngroups;
    PyzList_str *l = pyz_list_str_alloc(4);
    PyzStr *empty = pyz_str_new("", 0);
    int64_t n = 0;
    for (PyzMatch *m; (m = scan_next(&sc));) {
        if (k == 0)
            pyz_list_str_push(l, slice_cp(sc.sub, m->caps[0], m->caps[1]));
        else
            for (int32_t g = 1; g <= k; g++) {
                PyzStr *v = group_of(m, g);
                pyz_list_str_push(l, v ? v : empty);
            }
        n++;
    }
    if (k > 1)
        l->len = n;  /* items are tuples of k strs in a row */
    return l;
}

/* finditer, listed: the matches in order */
void *pyz_re_finditer(PyzRe *re, PyzStr *s) { return pyz_re_finditer_in(re, s, 0, INT64_MAX); }

void *pyz_re_finditer_in(PyzRe *re, PyzStr *s, int64_t pos, int64_t endpos) {
    if (!re)
        return NULL;
    Scan sc = scan_of(re, s, pos, endpos);
    PyzList_str *l = pyz_list_str_alloc(4);
    for (PyzMatch *m; (m = scan_next(&sc));)
        pyz_list_str_push(l, (PyzStr *)m);
    return l;
}

/* split: the pieces between matches, and each match's groups (NULL: None) between them */
void *pyz_re_split(PyzRe *re, PyzStr *s, int64_t maxsplit) {
    if (!re)
        return NULL;
    Scan sc = scan_of(re, s, 0, INT64_MAX);
    PyzList_str *l = pyz_list_str_alloc(4);
    int64_t last = 0, n = 0;
    for (PyzMatch *m; maxsplit >= 0 && (maxsplit == 0 || n < maxsplit) && (m = scan_next(&sc));) {
        pyz_list_str_push(l, slice_cp(sc.sub, last, m->caps[0]));
        for (int32_t g = 1; g <= re->ngroups; g++)
            pyz_list_str_push(l, group_of(m, g));
        last = m->caps[1];
        n++;
    }
    pyz_list_str_push(l, slice_cp(sc.sub, last, sc.sub->n));
    return l;
}

/* A replacement template, parsed as sre_parse.parse_template: literal pieces and group numbers. */
typedef struct {
    PyzStr **lits;  /* lits[i] before groups[i]; lits[n] at the end */
    int64_t *groups;
    int64_t n;
} Template;

static bool template_error(PyzStr *repl, const uint32_t *p, int64_t n, const char *msg, int64_t pos) {
    Src s = {p, n, 0, false};
    (void)repl;
    return re_fail_at(&s, msg, pos);
}

static Template *parse_template(PyzRe *re, PyzStr *repl) {
    uint32_t *p = pyz_gc_alloc_atomic(sizeof(uint32_t) * (size_t)(repl->ncp + 1));
    int64_t n = decode_utf8(repl->data, repl->len, p, NULL);
    Template *t = pyz_gc_alloc(sizeof(Template));
    t->lits = pyz_gc_alloc(sizeof(PyzStr *) * (size_t)(n + 1));
    t->groups = pyz_gc_alloc_atomic(sizeof(int64_t) * (size_t)(n + 1));
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    int64_t i = 0;
    char buf[8];
#define ADD(c) pyz_sb_add_bytes(&sb, buf, pyz_utf8_encode((c), buf))
    while (i < n) {
        uint32_t c = p[i++];
        if (c != '\\') {
            ADD(c);
            continue;
        }
        int64_t start = i - 1;
        if (i >= n) {
            template_error(repl, p, n, "bad escape (end of pattern)", n - 1);
            return NULL;
        }
        c = p[i++];
        int64_t g = -1;
        if (c == 'g') {
            if (i >= n || p[i] != '<') {
                Src s = {p, n, i, false};
                if (i >= n) re_fail_at(&s, "missing <", i);
                else re_fail_at(&s, "missing <", i);
                return NULL;
            }
            i++;
            int64_t ns = i;
            while (i < n && p[i] != '>')
                i++;
            if (i >= n) {
                Src s = {p, n, i, false};
                if (i == ns) re_fail_at(&s, "missing group name", ns);
                else re_fail_at(&s, "missing >, unterminated name", ns);
                return NULL;
            }
            int64_t nl = i - ns;
            i++;
            if (nl == 0) {
                Src s = {p, n, i, false};
                re_fail_at(&s, "missing group name", ns);
                return NULL;
            }
            bool digits = true;
            int64_t v = 0;
            for (int64_t k = 0; k < nl; k++) {
                if (p[ns + k] < '0' || p[ns + k] > '9')
                    digits = false;
                else if (v < 1000000000)
                    v = v * 10 + (p[ns + k] - '0');
            }
            if (digits) {
                g = v;
                if (g > re->ngroups) {
                    char msg[64];
                    pyz_msgf(msg, sizeof msg, "invalid group reference %lld", (long long)g);
                    template_error(repl, p, n, msg, ns);
                    return NULL;
                }
            } else {
                PyzStr *name = cps_str(p + ns, nl);
                if (!is_identifier(p + ns, nl)) {
                    char msg[512];
                    pyz_msgf(msg, sizeof msg, "bad character in group name %s", pyz_str_repr(name)->data);
                    template_error(repl, p, n, msg, ns);
                    return NULL;
                }
                g = name_index(re, name);
                if (g < 0) {
                    char msg[512];
                    pyz_msgf(msg, sizeof msg, "unknown group name %s", pyz_str_repr(name)->data);
                    pyz_raise(PYZ_EXC_IndexError, msg);
                    return NULL;
                }
            }
        } else if (c == '0') {
            uint32_t v = 0;
            for (int k = 0; k < 2 && i < n && p[i] >= '0' && p[i] <= '7'; k++)
                v = v * 8 + (p[i++] - '0');
            ADD(v);
            continue;
        } else if (c >= '1' && c <= '9') {
            g = c - '0';
            if (i < n && p[i] >= '0' && p[i] <= '9') {
                uint32_t d = p[i];
                if (c <= '7' && d <= '7' && i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '7') {
                    uint32_t v = (c - '0') * 64 + (d - '0') * 8 + (p[i + 1] - '0');
                    i += 2;
                    if (v > 0377) {
                        char msg[128];
                        char esc[8] = {'\\', (char)c, (char)d, (char)p[i - 1], 0};
                        pyz_msgf(msg, sizeof msg, "octal escape value %s outside of range 0-0o377", esc);
                        template_error(repl, p, n, msg, start);
                        return NULL;
                    }
                    ADD(v);
                    continue;
                }
                g = g * 10 + (d - '0');
                i++;
            }
            if (g > re->ngroups) {
                char msg[64];
                pyz_msgf(msg, sizeof msg, "invalid group reference %lld", (long long)g);
                template_error(repl, p, n, msg, start + 1);
                return NULL;
            }
        } else {
            int64_t v = c == 'a' ? 7 : c == 'b' ? 8 : c == 'f' ? 12 : c == 'n' ? 10 : c == 'r' ? 13 : c == 't' ? 9
                        : c == 'v' ? 11 : c == '\\' ? '\\' : -1;
            if (v >= 0) {
                ADD((uint32_t)v);
                continue;
            }
            if (is_ascii_letter(c)) {
                char msg[32];
                pyz_msgf(msg, sizeof msg, "bad escape \\%c", (char)c);
                template_error(repl, p, n, msg, start);
                return NULL;
            }
            ADD('\\');
            ADD(c);
            continue;
        }
        t->lits[t->n] = pyz_sb_finish(&sb);
        t->groups[t->n++] = g;
        pyz_sb_init(&sb);
    }
#undef ADD
    t->lits[t->n] = pyz_sb_finish(&sb);
    return t;
}

/* The state of a sub() in progress: the compiler's loop for a function replacement calls
 * pyz_re_sub_next for each match and pyz_re_sub_add with the function's result. */
typedef struct PyzReSub {
    Scan sc;
    PyzStrBuilder sb;
    int64_t last, count, n;
    PyzMatch *m;
} PyzReSub;

PyzReSub *pyz_re_sub_start(PyzRe *re, PyzStr *s, int64_t count) {
    PyzReSub *st = pyz_gc_alloc(sizeof(PyzReSub));
    st->sc = scan_of(re, s, 0, INT64_MAX);
    pyz_sb_init(&st->sb);
    st->count = count;
    return st;
}

PyzMatch *pyz_re_sub_next(PyzReSub *st) {
    if (st->count < 0 || (st->count > 0 && st->n >= st->count))  /* a negative count replaces nothing */
        return NULL;
    PyzMatch *m = scan_next(&st->sc);
    if (!m)
        return NULL;
    PyzStr *before = slice_cp(st->sc.sub, st->last, m->caps[0]);
    pyz_sb_add_str(&st->sb, before);
    st->last = m->caps[1];
    st->n++;
    return m;
}

void pyz_re_sub_add(PyzReSub *st, PyzStr *piece) { pyz_sb_add_str(&st->sb, piece); }

PyzStr *pyz_re_sub_finish(PyzReSub *st) {
    pyz_sb_add_str(&st->sb, slice_cp(st->sc.sub, st->last, st->sc.sub->n));
    return pyz_sb_finish(&st->sb);
}

int64_t pyz_re_sub_count(PyzReSub *st) { return st->n; }

PyzStr *pyz_re_expand(PyzMatch *m, PyzStr *repl) {
    Template *t = parse_template(m->re, repl);
    if (!t)
        return NULL;
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    for (int64_t k = 0; k < t->n; k++) {
        pyz_sb_add_str(&sb, t->lits[k]);
        PyzStr *v = group_of(m, t->groups[k]);
        if (v)
            pyz_sb_add_str(&sb, v);
    }
    pyz_sb_add_str(&sb, t->lits[t->n]);
    return pyz_sb_finish(&sb);
}

static PyzReSub *sub_with_template(PyzRe *re, PyzStr *repl, PyzStr *s, int64_t count) {
    if (!re)
        return NULL;
    Template *t = parse_template(re, repl);
    if (!t)
        return NULL;
    PyzReSub *st = pyz_re_sub_start(re, s, count);
    for (PyzMatch *m; (m = pyz_re_sub_next(st));) {
        for (int64_t k = 0; k < t->n; k++) {
            pyz_sb_add_str(&st->sb, t->lits[k]);
            PyzStr *v = group_of(m, t->groups[k]);
            if (v)
                pyz_sb_add_str(&st->sb, v);
        }
        pyz_sb_add_str(&st->sb, t->lits[t->n]);
    }
    return st;
}

PyzStr *pyz_re_sub(PyzRe *re, PyzStr *repl, PyzStr *s, int64_t count) {
    PyzReSub *st = sub_with_template(re, repl, s, count);
    return st ? pyz_re_sub_finish(st) : NULL;
}

/* subn: the new string; the count is pyz_re_sub_count of the state, so the compiler makes the tuple */
PyzReSub *pyz_re_subn_state(PyzRe *re, PyzStr *repl, PyzStr *s, int64_t count) {
    return sub_with_template(re, repl, s, count);
}

PyzStr *pyz_re_escape(PyzStr *s) {
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    for (int64_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (c && strchr(special, c))
            pyz_sb_add_bytes(&sb, "\\", 1);
        pyz_sb_add_bytes(&sb, &c, 1);
    }
    return pyz_sb_finish(&sb);
}

/* repr's text cut to n code points, as CPython's %.nR */
static void add_cut(PyzStrBuilder *sb, PyzStr *r, int64_t n) {
    if (r->ncp <= n) {
        pyz_sb_add_str(sb, r);
        return;
    }
    int64_t i = 0, k = 0;
    while (k < n && i < r->len) {
        unsigned char b = (unsigned char)r->data[i];
        i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        k++;
    }
    pyz_sb_add_bytes(sb, r->data, i);
}

/* <re.Match object; span=(0, 1), match='a'> */
PyzStr *pyz_re_match_repr(PyzMatch *m) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    char buf[96];
    pyz_msgf(buf, sizeof buf, "<re.Match object; span=(%lld, %lld), match=", (long long)m->caps[0],
             (long long)m->caps[1]);
    pyz_sb_add_cstr(&sb, buf);
    add_cut(&sb, pyz_str_repr(group_of(m, 0)), 50);
    pyz_sb_add_cstr(&sb, ">");
    return pyz_sb_finish(&sb);
}

/* re.compile('a', re.IGNORECASE) */
PyzStr *pyz_re_pattern_repr(PyzRe *re) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    pyz_sb_add_cstr(&sb, "re.compile(");
    add_cut(&sb, pyz_str_repr(re->pattern), 200);
    int64_t f = re->flags;
    if ((f & (RE_L | RE_U | RE_A)) == RE_U)
        f &= ~RE_U;
    static const struct { int64_t bit; const char *name; } names[] = {
        {1, "re.TEMPLATE"}, {RE_I, "re.IGNORECASE"}, {RE_L, "re.LOCALE"}, {RE_M, "re.MULTILINE"},
        {RE_S, "re.DOTALL"}, {RE_U, "re.UNICODE"}, {RE_X, "re.VERBOSE"}, {128, "re.DEBUG"}, {RE_A, "re.ASCII"}};
    bool first = true;
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (f & names[k].bit) {
            pyz_sb_add_cstr(&sb, first ? ", " : "|");
            pyz_sb_add_cstr(&sb, names[k].name);
            f &= ~names[k].bit;
            first = false;
        }
    if (f) {  /* bits no flag names: CPython prints them in hex */
        char buf[40];
        pyz_msgf(buf, sizeof buf, "%s0x%llx", first ? ", " : "|", (unsigned long long)f);
        pyz_sb_add_cstr(&sb, buf);
    }
    pyz_sb_add_cstr(&sb, ")");
    return pyz_sb_finish(&sb);
}

/* groupdict(): the named groups, by their order in the pattern */
int64_t pyz_re_named_count(PyzMatch *m) {
    int64_t n = 0;
    for (int32_t g = 1; g <= m->re->ngroups; g++)
        n += m->re->names[g] != NULL;
    return n;
}

PyzStr *pyz_re_name_at(PyzMatch *m, int64_t i) {
    for (int32_t g = 1; g <= m->re->ngroups; g++)
        if (m->re->names[g] && i-- == 0)
            return m->re->names[g];
    return NULL;
}

/* the group of this name (one the pattern has), or dflt when it did not take part */
PyzStr *pyz_re_group_named_or(PyzMatch *m, PyzStr *name, PyzStr *dflt) {
    PyzStr *v = group_of(m, name_index(m->re, name));
    return v ? v : dflt;
}

/* re.search(compiled, s, flags) and the others: CPython's ValueError for flags with a compiled pattern */
PyzRe *pyz_re_with_flags(PyzRe *re, int64_t flags) {
    if (flags) {
        pyz_raise(PYZ_EXC_ValueError, "cannot process flags argument with a compiled pattern");
        return NULL;
    }
    return re;
}
