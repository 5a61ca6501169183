/* pprint.c - pprint.pformat and pprint.pprint: CPython 3.11's PrettyPrinter over a repr (pyz_pprint_*).
 *
 * The compiler hands over repr(obj) (primitives/pprint_ops.py), having checked that obj is
 * made only of ints, floats, bools, None, strs, lists, tuples, dicts and sets: so the repr
 * parses back into its tree without ambiguity (a str is a quoted literal, every other leaf a
 * bare word such as 12, -1.5e+300, True, None, set()).  On that tree this file does what
 * CPython's pprint.py does: dicts print with their keys sorted (sort_dicts), a value whose
 * repr fits in what is left of the width is written as it is, and one that does not is
 * broken over lines, one item a line (or as many as fit, compact), a set's items sorted, a
 * long str split after its words into several literals.
 *
 * Invariants:
 *  - Widths are counted in code points, as CPython's len(repr) is.
 *  - Keys compared for sorting are all of one type: ints, bools, strs, or tuples of these
 *    (the compiler refuses floats there: NaN is not ordered, and only CPython's own sort
 *    would then give CPython's order).
 *  - The tree points into the repr's bytes and into strings made here; all GC blocks.
 */
#include "pyz.h"

#include <stdlib.h>
#include <string.h>

enum { LEAF, STRLIT, LIST, TUPLE, DICT, SET };

typedef struct Node {
    int32_t kind;
    const char *p;          /* a leaf's text (a str literal with its quotes) */
    int64_t n;
    struct Node **kids;     /* a dict's: key, value, key, value... */
    int64_t nkids;
} Node;

typedef struct {
    const char *s;
    int64_t i, len;
} Parser;

static Node *new_node(int32_t kind) {
    Node *x = (Node *)pyz_gc_alloc(sizeof(Node));
    x->kind = kind;
    return x;
}

static void add_kid(Node *x, Node *k, int64_t *cap) {
    if (x->nkids == *cap) {
        int64_t c = *cap ? *cap * 2 : 4;
        Node **kids = (Node **)pyz_gc_alloc((size_t)c * sizeof(Node *));
        if (x->nkids) memcpy(kids, x->kids, (size_t)x->nkids * sizeof(Node *));
        x->kids = kids;
        *cap = c;
    }
    x->kids[x->nkids++] = k;
}

static Node *parse(Parser *ps);

/* items up to the closing character; a dict's "k: v" pairs make the node a dict */
static void parse_items(Parser *ps, Node *x, char close) {
    int64_t cap = 0;
    while (ps->i < ps->len && ps->s[ps->i] != close) {
        add_kid(x, parse(ps), &cap);
        if (ps->i + 1 < ps->len && ps->s[ps->i] == ':' && ps->s[ps->i + 1] == ' ') {
            x->kind = DICT;
            ps->i += 2;
            add_kid(x, parse(ps), &cap);
        }
        if (ps->i < ps->len && ps->s[ps->i] == ',') {
            ps->i++;
            if (ps->i < ps->len && ps->s[ps->i] == ' ') ps->i++;
        }
    }
    ps->i++; /* the closing character */
}

static Node *parse(Parser *ps) {
    const char *s = ps->s;
    char c = s[ps->i];
    if (c == '[' || c == '(' || c == '{') {
        Node *x = new_node(c == '[' ? LIST : c == '(' ? TUPLE : SET);
        ps->i++;
        parse_items(ps, x, c == '[' ? ']' : c == '(' ? ')' : '}');
        if (c == '{' && x->nkids == 0) x->kind = DICT; /* {} */
        return x;
    }
    Node *x = new_node(LEAF);
    int64_t start = ps->i;
    if (c == '\'' || c == '"') {
        x->kind = STRLIT;
        ps->i++;
        while (s[ps->i] != c) ps->i += s[ps->i] == '\\' ? 2 : 1;
        ps->i++;
    } else if (ps->len - ps->i >= 5 && memcmp(s + ps->i, "set()", 5) == 0) {
        ps->i += 5;
    } else {
        while (ps->i < ps->len && !strchr(",:)]}", s[ps->i])) ps->i++;
    }
    x->p = s + start;
    x->n = ps->i - start;
    return x;
}

/* ---------------------------------------------------------------- str literals */
static int hexval(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

/* the str a literal of CPython's repr stands for */
static PyzStr *literal_value(const Node *x) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    const char *p = x->p + 1, *end = x->p + x->n - 1;
    while (p < end) {
        if (*p != '\\') {
            const char *q = p;
            while (q < end && *q != '\\') q++;
            pyz_sb_add_bytes(&sb, p, q - p);
            p = q;
            continue;
        }
        char e = p[1];
        uint32_t cp;
        int digits = 0;
        p += 2;
        switch (e) {
        case 'n': cp = '\n'; break;
        case 'r': cp = '\r'; break;
        case 't': cp = '\t'; break;
        case 'x': digits = 2; break;
        case 'u': digits = 4; break;
        case 'U': digits = 8; break;
        default: cp = (unsigned char)e; break; /* \\ \' \" */
        }
        if (digits) {
            cp = 0;
            for (int k = 0; k < digits; k++) cp = cp * 16 + (uint32_t)hexval(p[k]);
            p += digits;
        }
        char out[4];
        pyz_sb_add_bytes(&sb, out, pyz_utf8_encode(cp, out));
    }
    return pyz_sb_finish(&sb);
}

static bool is_space(uint32_t c) {
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

static uint32_t decode_at(const PyzStr *s, int64_t *pos) {
    const unsigned char *p = (const unsigned char *)s->data + *pos;
    uint32_t c = p[0];
    int n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if (n == 2) c &= 0x1f;
    else if (n == 3) c &= 0x0f;
    else if (n == 4) c &= 0x07;
    for (int k = 1; k < n; k++) c = (c << 6) | (p[k] & 0x3f);
    *pos += n;
    return c;
}

static int64_t cps(const char *p, int64_t n) {
    int64_t count = 0;
    for (int64_t i = 0; i < n; i++) count += ((unsigned char)p[i] & 0xc0) != 0x80;
    return count;
}

/* ---------------------------------------------------------------- sorting */
static int cmp_nodes(const Node *a, const Node *b);

static int cmp_leaf_numbers(const Node *a, const Node *b) {
    /* ints and bools: True and False are 1 and 0 */
    int64_t x = a->n == 4 && memcmp(a->p, "True", 4) == 0 ? 1 : a->n == 5 && memcmp(a->p, "False", 5) == 0 ? 0
              : strtoll(a->p, NULL, 10);
    int64_t y = b->n == 4 && memcmp(b->p, "True", 4) == 0 ? 1 : b->n == 5 && memcmp(b->p, "False", 5) == 0 ? 0
              : strtoll(b->p, NULL, 10);
    return (x > y) - (x < y);
}

static int cmp_nodes(const Node *a, const Node *b) {
    if (a->kind == STRLIT) {
        PyzStr *x = literal_value(a), *y = literal_value(b);
        int64_t n = x->len < y->len ? x->len : y->len;
        int c = memcmp(x->data, y->data, (size_t)n);
        return c ? (c > 0) - (c < 0) : (x->len > y->len) - (x->len < y->len);
    }
    if (a->kind == TUPLE) {
        for (int64_t i = 0; i < a->nkids && i < b->nkids; i++) {
            int c = cmp_nodes(a->kids[i], b->kids[i]);
            if (c) return c;
        }
        return (a->nkids > b->nkids) - (a->nkids < b->nkids);
    }
    return cmp_leaf_numbers(a, b);
}

/* a stable sort of n items (keys at items[i * step]; step 2 moves a dict's values along) */
static void sort_items(Node **items, int64_t n, int64_t step) {
    for (int64_t i = 1; i < n; i++) {
        Node *k = items[i * step], *v = step == 2 ? items[i * step + 1] : NULL;
        int64_t j = i;
        while (j > 0 && cmp_nodes(k, items[(j - 1) * step]) < 0) {
            items[j * step] = items[(j - 1) * step];
            if (step == 2) items[j * step + 1] = items[(j - 1) * step + 1];
            j--;
        }
        items[j * step] = k;
        if (step == 2) items[j * step + 1] = v;
    }
}

/* ---------------------------------------------------------------- the printer */
typedef struct {
    int64_t indent_per_level, width, depth; /* depth 0: CPython's None */
    bool compact, sort_dicts;
    PyzStrBuilder out;
} Printer;

/* _safe_repr at this level: the repr with every dict's keys sorted (when sort_dicts), and a non-empty
 * list, tuple or dict at depth or deeper written [...], (...), (...,) or {...}; a set is its repr whole
 * (CPython's _safe_repr has no case for sets), so below one depth is not counted (depth false) */
static void add_repr(Printer *pp, const Node *x, PyzStrBuilder *sb, int64_t level, bool depth) {
    if (x->kind == LEAF || x->kind == STRLIT) {
        pyz_sb_add_bytes(sb, x->p, x->n);
        return;
    }
    const char *open = x->kind == LIST ? "[" : x->kind == TUPLE ? "(" : "{";
    const char *close = x->kind == LIST ? "]" : x->kind == TUPLE && x->nkids == 1 ? ",)" : x->kind == TUPLE ? ")" : "}";
    pyz_sb_add_cstr(sb, open);
    if (depth && x->kind != SET && x->nkids && pp->depth && level >= pp->depth) {
        pyz_sb_add_bytes(sb, "...", 3);
        pyz_sb_add_cstr(sb, close);
        return;
    }
    int64_t step = x->kind == DICT ? 2 : 1;
    bool inner = depth && x->kind != SET;
    for (int64_t i = 0; i < x->nkids; i += step) {
        if (i) pyz_sb_add_bytes(sb, ", ", 2);
        add_repr(pp, x->kids[i], sb, level + 1, inner);
        if (step == 2) {
            pyz_sb_add_bytes(sb, ": ", 2);
            add_repr(pp, x->kids[i + 1], sb, level + 1, inner);
        }
    }
    pyz_sb_add_cstr(sb, close);
}

static PyzStr *repr_of(Printer *pp, const Node *x, int64_t level) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    add_repr(pp, x, &sb, level, true);
    return pyz_sb_finish(&sb);
}

static void write_str(Printer *pp, PyzStr *s) { pyz_sb_add_str(&pp->out, s); }
static void write_c(Printer *pp, const char *s) { pyz_sb_add_cstr(&pp->out, s); }

static void write_spaces(Printer *pp, int64_t n) {
    for (int64_t i = 0; i < n; i++) pyz_sb_add_bytes(&pp->out, " ", 1);
}

static void newline_indent(Printer *pp, const char *before, int64_t indent) {
    write_c(pp, before);
    write_spaces(pp, indent);
}

static void format(Printer *pp, Node *x, int64_t indent, int64_t allowance, int64_t level);

/* _format_items: delim is CPython's delimiter before the next item: none, ", " or ",\n" + indent */
static void put_delim(Printer *pp, int delim, int64_t indent) {
    if (delim == 1) write_c(pp, ", ");
    else if (delim == 2) newline_indent(pp, ",\n", indent);
}

static void format_items(Printer *pp, Node **items, int64_t n, int64_t indent, int64_t allowance, int64_t level) {
    indent += pp->indent_per_level;
    if (pp->indent_per_level > 1) write_spaces(pp, pp->indent_per_level - 1);
    int64_t width = pp->width - indent + 1, max_width = width;
    int delim = 0;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) {
            max_width -= allowance;
            width -= allowance;
        }
        if (pp->compact) {
            PyzStr *rep = repr_of(pp, items[i], level);
            int64_t w = rep->ncp + 2;
            if (width < w) {
                width = max_width;
                if (delim) delim = 2;
            }
            if (width >= w) {
                width -= w;
                put_delim(pp, delim, indent);
                delim = 1;
                write_str(pp, rep);
                continue;
            }
        }
        put_delim(pp, delim, indent);
        delim = 2;
        format(pp, items[i], indent, last ? allowance : 1, level);
    }
}

static void pprint_str(Printer *pp, Node *x, int64_t indent, int64_t allowance, int64_t level) {
    PyzStr *value = literal_value(x);
    if (value->len == 0) {
        pyz_sb_add_bytes(&pp->out, x->p, x->n);
        return;
    }
    PyzList_str *lines = pyz_str_splitlines_keepends(value, true);
    int64_t nchunks = 0, capchunks = 0;
    PyzStr *rep = NULL;
    if (level == 1) {
        indent += 1;
        allowance += 1;
    }
    int64_t max_width1 = pp->width - indent, max_width = max_width1;
    PyzStr **chunk = NULL;
#define ADD_CHUNK(r)                                                                     \
    do {                                                                                 \
        if (nchunks == capchunks) {                                                      \
            capchunks = capchunks ? capchunks * 2 : 8;                                   \
            PyzStr **nc = (PyzStr **)pyz_gc_alloc((size_t)capchunks * sizeof(PyzStr *)); \
            if (nchunks) memcpy(nc, chunk, (size_t)nchunks * sizeof(PyzStr *));           \
            chunk = nc;                                                                  \
        }                                                                                \
        chunk[nchunks++] = (r);                                                          \
    } while (0)
    for (int64_t i = 0; i < lines->len; i++) {
        PyzStr *line = lines->items[i];
        rep = pyz_str_repr(line);
        if (i == lines->len - 1) max_width1 -= allowance;
        if (rep->ncp <= max_width1) {
            ADD_CHUNK(rep);
            continue;
        }
        /* the line's parts: a run of non-space then a run of space (re.findall(r'\S*\s*', line)) */
        int64_t pos = 0, max_width2 = max_width;
        PyzStr *current = pyz_str_from_cstr("");
        while (pos < line->len) {
            int64_t start = pos, p2 = pos;
            while (p2 < line->len) {
                int64_t q = p2;
                if (is_space(decode_at(line, &q))) break;
                p2 = q;
            }
            while (p2 < line->len) {
                int64_t q = p2;
                if (!is_space(decode_at(line, &q))) break;
                p2 = q;
            }
            pos = p2;
            PyzStr *part = pyz_str_new(line->data + start, pos - start);
            PyzStr *candidate = pyz_str_concat(current, part);
            if (pos >= line->len && i == lines->len - 1) max_width2 -= allowance;
            if (pyz_str_repr(candidate)->ncp > max_width2) {
                if (current->len) ADD_CHUNK(pyz_str_repr(current));
                current = part;
            } else {
                current = candidate;
            }
        }
        if (current->len) ADD_CHUNK(pyz_str_repr(current));
    }
#undef ADD_CHUNK
    if (nchunks == 1) {
        write_str(pp, rep);
        return;
    }
    if (level == 1) write_c(pp, "(");
    for (int64_t i = 0; i < nchunks; i++) {
        if (i > 0) newline_indent(pp, "\n", indent);
        write_str(pp, chunk[i]);
    }
    if (level == 1) write_c(pp, ")");
}

static void format(Printer *pp, Node *x, int64_t indent, int64_t allowance, int64_t level) {
    PyzStr *rep = repr_of(pp, x, level);
    int64_t max_width = pp->width - indent - allowance;
    if (rep->ncp <= max_width || x->kind == LEAF) {
        write_str(pp, rep);
        return;
    }
    level += 1;
    switch (x->kind) {
    case STRLIT:
        pprint_str(pp, x, indent, allowance, level);
        return;
    case LIST:
        write_c(pp, "[");
        format_items(pp, x->kids, x->nkids, indent, allowance + 1, level);
        write_c(pp, "]");
        return;
    case TUPLE: {
        const char *end = x->nkids == 1 ? ",)" : ")";
        write_c(pp, "(");
        format_items(pp, x->kids, x->nkids, indent, allowance + (int64_t)strlen(end), level);
        write_c(pp, end);
        return;
    }
    case SET: {
        Node **items = (Node **)pyz_gc_alloc((size_t)x->nkids * sizeof(Node *));
        memcpy(items, x->kids, (size_t)x->nkids * sizeof(Node *));
        sort_items(items, x->nkids, 1);
        write_c(pp, "{");
        format_items(pp, items, x->nkids, indent, allowance + 1, level);
        write_c(pp, "}");
        return;
    }
    default: { /* DICT: _pprint_dict, _format_dict_items */
        write_c(pp, "{");
        if (pp->indent_per_level > 1) write_spaces(pp, pp->indent_per_level - 1);
        int64_t in = indent + pp->indent_per_level;
        for (int64_t i = 0; i < x->nkids; i += 2) {
            bool last = i == x->nkids - 2;
            PyzStr *krep = repr_of(pp, x->kids[i], level);
            write_str(pp, krep);
            write_c(pp, ": ");
            format(pp, x->kids[i + 1], in + krep->ncp + 2, last ? allowance + 1 : 1, level);
            if (!last) newline_indent(pp, ",\n", in);
        }
        write_c(pp, "}");
        return;
    }
    }
}

static void sort_dicts(Node *x) {
    for (int64_t i = 0; i < x->nkids; i++) sort_dicts(x->kids[i]);
    if (x->kind == DICT) sort_items(x->kids, x->nkids / 2, 2);
}

/* pprint.pformat(obj, indent, width, depth, compact=, sort_dicts=) of rep = repr(obj); has_depth false:
 * depth=None.  The checks are PrettyPrinter's, in its order. */
PyzStr *pyz_pprint_format(PyzStr *rep, int64_t indent, int64_t width, bool has_depth, int64_t depth, bool compact,
                          bool sort) {
    if (indent < 0) {
        pyz_raise(PYZ_EXC_ValueError, "indent must be >= 0");
        return NULL;
    }
    if (has_depth && depth <= 0) {
        pyz_raise(PYZ_EXC_ValueError, "depth must be > 0");
        return NULL;
    }
    if (!has_depth) depth = 0;
    if (width == 0) {
        pyz_raise(PYZ_EXC_ValueError, "width must be != 0");
        return NULL;
    }
    Parser ps = {rep->data, 0, rep->len};
    Node *root = parse(&ps);
    if (sort) sort_dicts(root);
    Printer pp = {indent, width, depth, compact, sort, {0}};
    pyz_sb_init(&pp.out);
    format(&pp, root, 0, 0, 0);
    return pyz_sb_finish(&pp.out);
}

/* pprint.saferepr(obj) of rep = repr(obj): its dicts' keys sorted */
PyzStr *pyz_pprint_saferepr(PyzStr *rep) {
    Parser ps = {rep->data, 0, rep->len};
    Node *root = parse(&ps);
    sort_dicts(root);
    Printer pp = {1, 80, 0, false, true, {0}};
    return repr_of(&pp, root, 0);
}

/* pprint.pprint(...): the same text and a newline on stdout */
void pyz_pprint_print(PyzStr *s) {
    pyz_write_str(s);
    pyz_write_bytes("\n", 1);
}
