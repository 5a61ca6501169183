/* exc.c - the pending exception and tracebacks.
 *
 * Invariants:
 * - pyz_exc_pending is 0 exactly when no exception is in flight; when it is
 *   non-zero, exc_message holds its text (possibly empty).
 * - Frames are appended innermost first as the exception leaves each Python
 *   function (pyz_exc_add_frame), so the error path alone pays for the
 *   traceback; the report prints them outermost first, as CPython does.
 * - Runs of identical frames (runaway recursion) are folded into
 *   "[Previous line repeated N more times]" ("1 more time") after three, like CPython, and
 *   only a bounded number of frames is stored.
 * - Chaining, as CPython's __context__/__cause__: pyz_exc_handling is the
 *   exception an except (or finally) body is handling; a raise meanwhile
 *   records it as the new exception's context.  A caught exception keeps its
 *   frames and the frame that caught it, so the report prints the chain
 *   ("During handling of the above exception, another exception occurred:")
 *   and a re-raise puts its traceback back.
 */
#include "pyz.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int32_t pyz_exc_pending = 0;

/* Names and bases of the builtin kinds, from PYZ_EXC_KINDS (pyz.h, written from pyzc/exceptions.py). */
static const char *const exc_names[PYZ_EXC_COUNT] = {
    [PYZ_EXC_NONE] = "",
#define NAME(kind, base, base2, name) [PYZ_EXC_##kind] = name,
    PYZ_EXC_KINDS(NAME)
#undef NAME
};

static const int32_t exc_parent[PYZ_EXC_COUNT] = {
#define BASE(kind, base, base2, name) [PYZ_EXC_##kind] = PYZ_EXC_##base,
    PYZ_EXC_KINDS(BASE)
#undef BASE
};

/* a second base (io.UnsupportedOperation is an OSError and a ValueError), PYZ_EXC_NONE for most */
static const int32_t exc_parent2[PYZ_EXC_COUNT] = {
#define BASE2(kind, base, base2, name) [PYZ_EXC_##kind] = PYZ_EXC_##base2,
    PYZ_EXC_KINDS(BASE2)
#undef BASE2
};

typedef struct PyzTbFrame {
    const char *file;
    int32_t line;
    const char *func;
    const char *source;
} Frame;

#define MAX_FRAMES 4096
static Frame frames[MAX_FRAMES];
static int64_t nframes;       /* frames stored */
static int64_t dropped;       /* frames seen past MAX_FRAMES (outermost kept last) */
static PyzStr *exc_message;  /* also reachable for the GC: it is a root (see pyz_raise_str) */
static PyzObj *exc_obj;      /* the user exception object in flight, or NULL; a root too */
static PyzStr *exc_args_repr; /* explicit arguments of the exception in flight (pyz_exc_set_args), or NULL */
static PyzStr *exc_arg0;
static int32_t exc_nargs;
static PyzExc *exc_context;  /* the in-flight exception's __context__ / __cause__ (roots) */
static PyzExc *exc_cause;
static bool exc_suppress;
PyzExc *pyz_exc_handling;    /* a root too */

/* user exception classes (pyz_exc_register_classes): kind PYZ_EXC_COUNT + class id */
static int32_t user_count;
static const int32_t *user_parents;
static const char *const *user_names;

void pyz_exc_register_classes(int32_t n, const int32_t *parents, const char *const *names) {
    user_count = n;
    user_parents = parents;
    user_names = names;
}

static int32_t parent_of(int32_t kind) {
    if (kind < PYZ_EXC_COUNT) return exc_parent[kind];
    int32_t c = kind - PYZ_EXC_COUNT;
    return c <= user_count ? user_parents[c] : PYZ_EXC_NONE;
}

static const char *name_of(int32_t kind) {
    if (kind < PYZ_EXC_COUNT) return exc_names[kind];
    int32_t c = kind - PYZ_EXC_COUNT;
    return c <= user_count ? user_names[c] : "Exception";
}

PyzStr *pyz_exc_type_name(PyzExc *e) {
    const char *name = name_of(e->kind);
    const char *dot = strrchr(name, '.');  /* a class of another module: its traceback name is qualified */
    return pyz_str_from_cstr(dot ? dot + 1 : name);
}

void pyz_raise(int32_t kind, const char *msg) {
    pyz_raise_str(kind, pyz_str_from_cstr(msg));
}

void pyz_raise_str(int32_t kind, PyzStr *msg) {
    static bool rooted;
    if (!rooted) {
        pyz_gc_add_roots(&exc_message, sizeof exc_message);
        pyz_gc_add_roots(&exc_obj, sizeof exc_obj);
        pyz_gc_add_roots(&exc_args_repr, sizeof exc_args_repr);
        pyz_gc_add_roots(&exc_arg0, sizeof exc_arg0);
        pyz_gc_add_roots(&exc_context, sizeof exc_context);
        pyz_gc_add_roots(&exc_cause, sizeof exc_cause);
        pyz_gc_add_roots(&pyz_exc_handling, sizeof pyz_exc_handling);
        rooted = true;
    }
    pyz_exc_pending = kind;
    exc_message = msg;
    exc_obj = NULL;
    exc_args_repr = NULL;
    exc_arg0 = NULL;
    exc_nargs = 0;
    nframes = 0;
    dropped = 0;
    exc_context = pyz_exc_handling;
    exc_cause = NULL;
    exc_suppress = false;
}

void pyz_raise_obj(int32_t kind, PyzStr *msg, PyzObj *obj) {
    pyz_raise_str(kind, msg);
    exc_obj = obj;
}

PyzObj *pyz_exc_obj(PyzExc *e) {
    return e->obj;
}

void pyz_exc_set_args(PyzStr *args_repr, PyzStr *arg0, int32_t nargs) {
    exc_args_repr = args_repr;
    exc_arg0 = arg0;
    exc_nargs = nargs;
}

PyzStr *pyz_exc_args_repr(PyzExc *e) {
    if (e->args_repr) return e->args_repr;
    /* raised by the runtime: one argument, the message (a KeyError's message is already repr(key)) */
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    pyz_sb_add_bytes(&sb, "(", 1);
    PyzStr *msg = e->message ? e->message : pyz_str_new("", 0);
    pyz_sb_add_str(&sb, e->kind == PYZ_EXC_KeyError ? msg : pyz_str_repr(msg));
    pyz_sb_add_bytes(&sb, ",)", 2);
    return pyz_sb_finish(&sb);
}

PyzExc *pyz_exc_args_of(PyzStr *args_repr, PyzStr *arg0, int64_t nargs) {
    PyzExc *e = pyz_gc_alloc(sizeof *e);
    e->args_repr = args_repr;
    e->arg0 = arg0;
    e->nargs = (int32_t)nargs;
    return e;
}

PyzStr *pyz_exc_repr_parts(const char *name, PyzStr *args_repr, int64_t nargs) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    const char *dot = strrchr(name, '.');  /* a module's class: repr shows the bare name */
    if (dot) name = dot + 1;
    pyz_sb_add_bytes(&sb, name, (int64_t)strlen(name));
    if (nargs == 1 && args_repr->len >= 3) {  /* "(x,)" -> "(x)" */
        pyz_sb_add_bytes(&sb, args_repr->data, args_repr->len - 2);
        pyz_sb_add_bytes(&sb, ")", 1);
    } else {
        pyz_sb_add_str(&sb, args_repr);
    }
    return pyz_sb_finish(&sb);
}

PyzStr *pyz_exc_repr(PyzExc *e) {
    if (!e->args_repr && !e->message) return pyz_exc_repr_parts(name_of(e->kind), pyz_str_from_cstr("()"), 0);
    return pyz_exc_repr_parts(name_of(e->kind), pyz_exc_args_repr(e), pyz_exc_args_len(e));
}

int64_t pyz_exc_args_len(PyzExc *e) {
    return e->args_repr ? e->nargs : 1;
}

PyzStr *pyz_exc_args_item(PyzExc *e, int64_t i) {
    int64_t n = pyz_exc_args_len(e);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        pyz_raise(PYZ_EXC_IndexError, "tuple index out of range");
        return NULL;
    }
    if (e->args_repr) {
        if (i == 0) return e->arg0;
        pyz_raise(PYZ_EXC_IndexError, "e.args[i] past the first argument is not supported yet");
        return NULL;
    }
    return e->message ? e->message : pyz_str_new("", 0);
}

void pyz_raise_overflow(void) {
    pyz_raise(PYZ_EXC_OverflowError, "integer result does not fit in 64 bits (pyzc ints are 64-bit)");
}

void pyz_raise_recursion(void) {
    pyz_raise(PYZ_EXC_RecursionError, "maximum recursion depth exceeded");
}

void pyz_exc_add_frame(const char *file, int32_t line, const char *func, const char *source) {
    if (nframes < MAX_FRAMES) {
        Frame f = {file, line, func, source};
        frames[nframes++] = f;
    } else {
        /* keep the innermost MAX_FRAMES-1 and always the outermost frame */
        Frame f = {file, line, func, source};
        frames[MAX_FRAMES - 1] = f;
        dropped++;
    }
}

static bool same_frame(const Frame *a, const Frame *b) {
    return a->line == b->line && strcmp(a->file, b->file) == 0 && strcmp(a->func, b->func) == 0;
}

static void print_frame(const Frame *f) {
    pyz_err_cstr("  File \"");
    pyz_err_cstr(f->file);
    pyz_err_cstr("\", line ");
    pyz_err_int(f->line);
    pyz_err_cstr(", in ");
    pyz_err_cstr(f->func);
    pyz_err_bytes("\n", 1);
    if (f->source && f->source[0]) {
        pyz_err_cstr("    ");
        pyz_err_cstr(f->source);
        pyz_err_bytes("\n", 1);
    }
}

static void print_repeats(int64_t more) {
    pyz_err_cstr("  [Previous line repeated ");
    pyz_err_int(more);
    pyz_err_cstr(more > 1 ? " more times]\n" : " more time]\n");  /* as CPython's tb_print_line_repeated */
}

/* One traceback: fs[n-1] (outermost) first; `dropped` frames past the store are counted in the
 * last run of repeats, as CPython folds runaway recursion. */
static void print_traceback(const Frame *fs, int64_t n, int64_t drop, int32_t kind, PyzStr *message) {
    pyz_err_cstr("Traceback (most recent call last):\n");
    const Frame *last = NULL;
    int64_t repeats = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        const Frame *f = &fs[i];
        if (last && same_frame(last, f)) {
            repeats++;
            if (repeats < 3) print_frame(f);
            continue;
        }
        if (repeats >= 3) print_repeats(repeats - 2 + (i == MAX_FRAMES - 2 ? drop : 0));
        repeats = 0;
        print_frame(f);
        last = f;
    }
    if (repeats >= 3) print_repeats(repeats - 2 + drop);
    pyz_err_cstr(name_of(kind));
    if (message && message->len > 0) {
        const char *text;  /* stderr's error handler: a lone surrogate is written \udXXX */
        int64_t n = pyz_codec_encode(message, PYZ_ERRORS_BACKSLASHREPLACE, &text);
        pyz_err_bytes(": ", 2);
        pyz_err_bytes(text, n);
    }
    pyz_err_bytes("\n", 1);
}

/* The frames of a caught exception, the catching frame last (outermost). */
static Frame *caught_frames(PyzExc *e, int64_t *n) {
    *n = e->nframes;
    Frame *fs = pyz_gc_alloc_atomic((size_t)(e->nframes + 1) * sizeof(Frame));
    if (e->nframes) memcpy(fs, e->frames, (size_t)e->nframes * sizeof(Frame));
    if (e->caught_at) {
        Frame f = {e->caught_at->file, e->caught_at->file_line, e->caught_func, e->caught_at->source};
        fs[(*n)++] = f;
    }
    return fs;
}

/* The exceptions before this one in the chain, oldest first, each followed by the sentence that
 * links it to the next (CPython's print_exception_recursive); depth-bounded against cycles. */
static void print_chain(PyzExc *context, PyzExc *cause, bool suppress, int depth) {
    const char *link;
    PyzExc *prev;
    if (cause) {
        prev = cause;
        link = "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (context && !suppress) {
        prev = context;
        link = "\nDuring handling of the above exception, another exception occurred:\n\n";
    } else {
        return;
    }
    if (depth > 100) return;
    print_chain(prev->context, prev->cause, prev->suppress_context, depth + 1);
    int64_t n;
    Frame *fs = caught_frames(prev, &n);
    print_traceback(fs, n, prev->dropped, prev->kind, prev->message);
    pyz_err_cstr(link);
}

/* An uncaught SystemExit ends the program as CPython's handle_system_exit does, without a
 * traceback: its code (the one argument, or the tuple of several) is the exit status when it
 * is None or an int (a bool is an int), else it is printed on stderr and the status is 1.
 * The argument's type is read back from repr(e.args): an int's repr starts with a digit or '-'. */
static int32_t system_exit_status(void) {
    if (exc_nargs == 0) return 0;
    if (exc_nargs == 1 && exc_args_repr && exc_args_repr->len > 2) {
        const char *r = exc_args_repr->data + 1;  /* after "(" */
        if (strncmp(r, "None,)", 6) == 0) return 0;
        if (strncmp(r, "False,)", 7) == 0) return 0;
        if (strncmp(r, "True,)", 6) == 0) return 1;
        if ((*r >= '0' && *r <= '9') || (*r == '-' && r[1] >= '0' && r[1] <= '9')) {
            bool neg = *r == '-';
            uint64_t v = 0;
            for (r += neg; *r >= '0' && *r <= '9'; r++) v = v * 10 + (uint64_t)(*r - '0');
            if (*r != ',') goto printed;  /* a float such as 1.5 */
            return (int32_t)((neg ? 0 - v : v) & 0xff);
        }
    }
printed:
    if (exc_message) {
        const char *text;
        int64_t n = pyz_codec_encode(exc_message, PYZ_ERRORS_BACKSLASHREPLACE, &text);
        pyz_err_bytes(text, n);
    }
    pyz_err_bytes("\n", 1);
    return 1;
}

int32_t pyz_exc_report_uncaught(void) {
    pyz_flush();
    if (pyz_exc_matches(pyz_exc_pending, PYZ_EXC_SystemExit)) {
        int32_t status = system_exit_status();
        pyz_err_flush();
        return status;
    }
    print_chain(exc_context, exc_cause, exc_suppress, 0);
    print_traceback(frames, nframes, dropped, pyz_exc_pending, exc_message);
    pyz_err_flush();
    return 1;
}

bool pyz_exc_matches(int32_t kind, int32_t cls) {
    while (kind != PYZ_EXC_NONE) {
        if (kind == cls) return true;
        if (kind < PYZ_EXC_COUNT && exc_parent2[kind] != PYZ_EXC_NONE && pyz_exc_matches(exc_parent2[kind], cls))
            return true;
        kind = parent_of(kind);
    }
    return false;
}

PyzExc *pyz_exc_fetch(void) {
    PyzExc *e = pyz_gc_alloc(sizeof *e);
    e->kind = pyz_exc_pending;
    e->message = exc_message;
    e->obj = exc_obj;
    e->args_repr = exc_args_repr;
    e->arg0 = exc_arg0;
    e->nargs = exc_nargs;
    if (nframes) {
        e->frames = pyz_gc_alloc_atomic((size_t)nframes * sizeof(Frame));
        memcpy(e->frames, frames, (size_t)nframes * sizeof(Frame));
    }
    e->nframes = nframes;
    e->dropped = dropped;
    e->context = exc_context;
    e->cause = exc_cause;
    e->suppress_context = exc_suppress;
    pyz_exc_clear();
    return e;
}

PyzExc *pyz_exc_fetch_at(int32_t err_line, const PyzTbLine *lines, int32_t nlines, const char *func) {
    PyzExc *e = pyz_exc_fetch();
    e->caught_line = err_line;
    e->caught_func = func;
    for (int32_t i = 0; i < nlines; i++)
        if (lines[i].line == err_line) { e->caught_at = &lines[i]; break; }
    return e;
}

void pyz_exc_add_frame_at(int32_t err_line, const PyzTbLine *lines, int32_t nlines, const char *func) {
    for (int32_t i = 0; i < nlines; i++)
        if (lines[i].line == err_line) { pyz_exc_add_frame(lines[i].file, lines[i].file_line, func, lines[i].source); return; }
}

void pyz_exc_handle(PyzExc *e) {
    pyz_exc_handling = e;
}

void pyz_exc_set_cause(PyzExc *cause) {
    exc_cause = cause;
    exc_suppress = true;
}

/* PEP 479: a StopIteration (or a subclass of it) leaving a generator's frame becomes
 * RuntimeError("generator raised StopIteration"), caused by it; its traceback starts at the
 * generator's consumer, as CPython's does.  Anything else passes unchanged. */
void pyz_gen_exc_leaving(void) {
    if (PYZ_LIKELY(!pyz_exc_matches(pyz_exc_pending, PYZ_EXC_StopIteration)))
        return;
    PyzExc *stop = pyz_exc_fetch();
    pyz_raise(PYZ_EXC_RuntimeError, "generator raised StopIteration");
    pyz_exc_set_cause(stop);
}

void pyz_exc_clear(void) {
    pyz_exc_pending = PYZ_EXC_NONE;
    exc_message = NULL;
    exc_obj = NULL;
    exc_args_repr = NULL;
    exc_arg0 = NULL;
    exc_nargs = 0;
    nframes = 0;
    dropped = 0;
    exc_context = NULL;
    exc_cause = NULL;
    exc_suppress = false;
}

void pyz_exc_restore(PyzExc *e) {
    pyz_raise_obj(e->kind, e->message, e->obj);
    pyz_exc_set_args(e->args_repr, e->arg0, e->nargs);
    /* its traceback so far and its chain, as CPython's re-raise keeps them */
    if (e->nframes) memcpy(frames, e->frames, (size_t)e->nframes * sizeof(Frame));
    nframes = e->nframes;
    dropped = e->dropped;
    exc_context = e->context;
    exc_cause = e->cause;
    exc_suppress = e->suppress_context;
}

/* e.code of a caught SystemExit: None when it was raised with no argument or with None, else its
 * one argument, read back from repr(e.args) as system_exit_status reads it (the compiler types
 * e.code from every SystemExit the program raises, so it knows which reader to call).  Another
 * exception has no .code: pyz_exc_code_is_none, called first, raises CPython's AttributeError. */
bool pyz_exc_code_is_none(PyzExc *e) {
    if (!pyz_exc_matches(e->kind, PYZ_EXC_SystemExit)) {
        char msg[200];
        const char *name = name_of(e->kind), *dot = strrchr(name, '.');
        pyz_msgf(msg, sizeof msg, "'%s' object has no attribute 'code'", dot ? dot + 1 : name);
        pyz_raise(PYZ_EXC_AttributeError, msg);
        return true;
    }
    if (!e->args_repr) return e->message == NULL;
    return e->nargs == 0 || (e->args_repr->len == 7 && memcmp(e->args_repr->data, "(None,)", 7) == 0);
}

int64_t pyz_exc_code_int(PyzExc *e) {
    const char *r = e->args_repr ? e->args_repr->data + 1 : "0";
    bool neg = *r == '-';
    uint64_t v = 0;
    for (r += neg; *r >= '0' && *r <= '9'; r++) v = v * 10 + (uint64_t)(*r - '0');
    return neg ? (int64_t)(0 - v) : (int64_t)v;
}

double pyz_exc_code_float(PyzExc *e) {
    char buf[64] = "0";
    if (e->args_repr && e->args_repr->len > 3 && e->args_repr->len < (int64_t)sizeof buf) {
        memcpy(buf, e->args_repr->data + 1, (size_t)(e->args_repr->len - 3));  /* "(x,)" -> "x" */
        buf[e->args_repr->len - 3] = 0;
    }
    return strtod(buf, NULL);
}

PyzStr *pyz_exc_code_str(PyzExc *e) {
    return e->arg0 ? e->arg0 : pyz_exc_str(e);
}

bool pyz_exc_isinstance(PyzExc *e, int32_t cls) {
    return pyz_exc_matches(e->kind, cls);
}

PyzStr *pyz_exc_str(PyzExc *e) {
    return e->message ? e->message : pyz_str_new("", 0);
}

/* For hybrid mode (hybrid.c), which hands the pending exception to CPython: the name of a kind and
 * of its parent (NULL past the root), its message and its frames, innermost first. */
const char *pyz_exc_kind_name(int32_t kind) {
    return name_of(kind);
}

int32_t pyz_exc_kind_parent(int32_t kind) {
    return parent_of(kind);
}

PyzStr *pyz_exc_message(void) {
    return exc_message;
}

PyzStr *pyz_exc_pending_args_repr(void) {
    return exc_args_repr;
}

int64_t pyz_exc_frame_count(void) {
    return nframes;
}

void pyz_exc_frame_at(int64_t i, const char **file, int32_t *line, const char **func) {
    *file = frames[i].file;
    *line = frames[i].line;
    *func = frames[i].func;
}

/* f(*xs) of a list or str that fills f's positional parameters (types/typed_program.py,
 * spread_sequence): xs's length n against them, with CPython's TypeErrors, in CPython's order (a
 * parameter also given by keyword, too many positional arguments, missing ones).  words holds lines:
 * f's qualified name; "given argcount defcount kwonly_given vararg" (the positional arguments before
 * the star, self included; f's positional parameters and how many have defaults; the keyword-only
 * parameters the call gives; 1 when f has *args); one letter per parameter xs may fill, in order (r:
 * required, d: has a default, k: given by keyword); their names, separated by spaces. */
void pyz_spread_check(int64_t n, PyzStr *words) {
    const char *line[4], *end[4];
    const char *p = words->data, *stop = words->data + words->len;
    for (int i = 0; i < 4; i++) {
        const char *q = p;
        while (q < stop && *q != '\n') q++;
        line[i] = p;
        end[i] = q;
        p = q < stop ? q + 1 : q;
    }
    int fl = (int)(end[0] - line[0]);
    long long given = 0, argcount = 0, defcount = 0, kwonly_given = 0, vararg = 0;
    sscanf(line[1], "%lld %lld %lld %lld %lld", &given, &argcount, &defcount, &kwonly_given, &vararg);
    int64_t slots = end[2] - line[2];
    const char *names[64];
    int lens[64], count = 0;
    for (const char *a = line[3]; a < end[3] && count < 64; count++) {
        const char *q = a;
        while (q < end[3] && *q != ' ') q++;
        names[count] = a;
        lens[count] = (int)(q - a);
        a = q + 1;
    }
    char msg[512];
    for (int64_t i = 0; i < slots && i < n && i < count; i++) {
        if (line[2][i] == 'k') {
            pyz_msgf(msg, sizeof msg, "%.*s() got multiple values for argument '%.*s'", fl, line[0], lens[i], names[i]);
            pyz_raise(PYZ_EXC_TypeError, msg);
            return;
        }
    }
    if (n > slots && !vararg) {
        long long total = given + n;
        char sig[64], kw[96] = "";
        if (defcount)
            pyz_msgf(sig, sizeof sig, "from %lld to %lld positional arguments", argcount - defcount, argcount);
        else
            pyz_msgf(sig, sizeof sig, "%lld positional argument%s", argcount, argcount != 1 ? "s" : "");
        if (kwonly_given)
            pyz_msgf(kw, sizeof kw, " positional argument%s (and %lld keyword-only argument%s)", total != 1 ? "s" : "",
                     kwonly_given, kwonly_given != 1 ? "s" : "");
        pyz_msgf(msg, sizeof msg, "%.*s() takes %s but %lld%s %s given", fl, line[0], sig, total, kw,
                 total == 1 && !kwonly_given ? "was" : "were");
        pyz_raise(PYZ_EXC_TypeError, msg);
        return;
    }
    int missing[64], m = 0;
    for (int64_t i = n; i < slots && i < count; i++)
        if (line[2][i] == 'r') missing[m++] = (int)i;
    if (m) {
        int k = pyz_msgf(msg, sizeof msg, "%.*s() missing %d required positional argument%s: ", fl, line[0], m, m == 1 ? "" : "s");
        for (int i = 0; i < m && k < (int)sizeof msg - 80; i++) {
            const char *sep = i == 0 ? "" : (m == 2 ? " and " : (i == m - 1 ? ", and " : ", "));
            k += pyz_msgf(msg + k, sizeof msg - (size_t)k, "%s'%.*s'", sep, lens[missing[i]], names[missing[i]]);
        }
        pyz_raise(PYZ_EXC_TypeError, msg);
    }
}

/* f(**d) (types/typed_program.py, bind_call): d's keys against f's parameters, with CPython's
 * TypeErrors.  words holds lines: f's name; the name CPython qualifies it with for a keyword given
 * twice; the parameters d may give; those of them that are required positional; required
 * keyword-only; the parameters the call gives by position; those it gives by keyword; "1" when f
 * has **kwargs (which takes the other keys).  Names in a line are separated by spaces. */
static bool kw_word_in(const char *line, const char *end, PyzStr *key) {
    const char *p = line;
    while (p < end) {
        const char *q = p;
        while (q < end && *q != ' ') q++;
        if (q - p == key->len && memcmp(p, key->data, (size_t)key->len) == 0) return true;
        p = q + 1;
    }
    return false;
}

static bool kw_key_in(PyzList_str *keys, const char *p, const char *q) {
    for (int64_t i = 0; i < keys->len; i++)
        if (keys->items[i]->len == q - p && memcmp(keys->items[i]->data, p, (size_t)(q - p)) == 0) return true;
    return false;
}

void pyz_kwargs_check(PyzList_str *keys, PyzStr *words) {
    const char *line[8], *end[8];
    const char *p = words->data, *stop = words->data + words->len;
    for (int i = 0; i < 8; i++) {
        const char *q = p;
        while (q < stop && *q != '\n') q++;
        line[i] = p;
        end[i] = q;
        p = q < stop ? q + 1 : q;
    }
    int fl = (int)(end[0] - line[0]), ql = (int)(end[1] - line[1]);
    char msg[512];
    for (int64_t i = 0; i < keys->len; i++) {
        PyzStr *k = keys->items[i];
        int kl = (int)(k->len > 200 ? 200 : k->len);
        if (kw_word_in(line[6], end[6], k)) {
            pyz_msgf(msg, sizeof msg, "%.*s() got multiple values for keyword argument '%.*s'", ql, line[1], kl, k->data);
        } else if (kw_word_in(line[5], end[5], k)) {
            pyz_msgf(msg, sizeof msg, "%.*s() got multiple values for argument '%.*s'", fl, line[0], kl, k->data);
        } else if (!kw_word_in(line[2], end[2], k) && !(end[7] > line[7] && line[7][0] == '1')) {
            pyz_msgf(msg, sizeof msg, "%.*s() got an unexpected keyword argument '%.*s'", fl, line[0], kl, k->data);
        } else {
            continue;
        }
        pyz_raise(PYZ_EXC_TypeError, msg);
        return;
    }
    static const char *const kinds[2] = {"positional", "keyword-only"};
    for (int g = 0; g < 2; g++) {
        const char *names[64];
        int lens[64], n = 0;
        const char *a = line[3 + g], *e = end[3 + g];
        while (a < e && n < 64) {
            const char *q = a;
            while (q < e && *q != ' ') q++;
            if (!kw_key_in(keys, a, q)) { names[n] = a; lens[n] = (int)(q - a); n++; }
            a = q + 1;
        }
        if (n == 0) continue;
        int m = pyz_msgf(msg, sizeof msg, "%.*s() missing %d required %s argument%s: ", fl, line[0], n, kinds[g],
                         n == 1 ? "" : "s");
        for (int i = 0; i < n && m < (int)sizeof msg - 80; i++) {
            const char *sep = i == 0 ? "" : (n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            m += pyz_msgf(msg + m, sizeof msg - (size_t)m, "%s'%.*s'", sep, lens[i], names[i]);
        }
        pyz_raise(PYZ_EXC_TypeError, msg);
        return;
    }
}
