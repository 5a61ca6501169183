/* rt.c - start-up and shutdown of a compiled program.
 *
 * Invariants: pyz_rt_init runs before any generated code; it sets up the
 * collector with main's frame as the stack bottom and the recursion guard:
 * pyz_stack_limit is the lowest frame address a function on a call-graph
 * cycle may use, leaving a margin for the runtime and libc beneath it.  The
 * generated code compares __builtin_frame_address(0) against it (cheap;
 * DESIGN.md measured a depth counter at 2.8x on fib).  The limit comes from
 * the real stack: the soft RLIMIT_STACK, counted down from the top of the
 * main thread's stack (the executable's name, AT_EXECFN, is the last thing the
 * kernel puts there; the arguments and environment above main's frame use the
 * same allowance), less a margin of a quarter of it, at most 256 KB.
 * SIGPIPE is ignored, as CPython does at start-up: writing to a closed pipe is
 * a BrokenPipeError (print.c).
 */
#include "pyz.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/ioctl.h>
#include <sys/resource.h>

char *pyz_stack_limit;
int64_t pyz_tail_room;
int32_t pyz_argc;
char **pyz_argv;

#define STACK_MARGIN (256 * 1024)
#define STACK_DEFAULT (8 * 1024 * 1024)

void pyz_rt_init(int32_t argc, char **argv, void *stack_bottom) {
    pyz_argc = argc;
    pyz_argv = argv;
    pyz_gc_init(stack_bottom);
    signal(SIGPIPE, SIG_IGN);
    size_t size = STACK_DEFAULT;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = (size_t)rl.rlim_cur;
    if (size > (size_t)1 << 30) size = (size_t)1 << 30;
    char *top = (char *)stack_bottom;
    const char *execfn = (const char *)getauxval(AT_EXECFN);
    if (execfn && execfn > top && (size_t)(execfn - top) < size) top = (char *)execfn + strlen(execfn) + 1;
    size_t margin = size / 4 < STACK_MARGIN ? size / 4 : STACK_MARGIN;
    size_t used = (size_t)(top - (char *)stack_bottom);  /* arguments, environment, start-up frames */
    pyz_stack_limit = used + margin < size ? top - size + margin : (char *)stack_bottom;
    pyz_tail_room = ((char *)stack_bottom - pyz_stack_limit) / PYZ_TAIL_FRAME_BYTES;
}

void (*pyz_exit_flush)(void);  /* set by file.c once the program has a file */

int32_t pyz_rt_finish(int32_t status) {
    if (pyz_exit_flush) pyz_exit_flush();
    if (pyz_exc_pending) status = pyz_exc_report_uncaught();
    if (!pyz_flush_at_exit()) status = 120;  /* CPython's status when flushing stdout fails at exit */
    return status;
}

PyzList_str *pyz_sys_argv(void) {
    static PyzList_str *argv_list;
    if (!argv_list) {
        argv_list = pyz_list_str_alloc(pyz_argc);
        pyz_gc_add_roots(&argv_list, sizeof argv_list);
        for (int32_t i = 0; i < pyz_argc; i++)  /* bytes that are not UTF-8 become U+DC80.. as in CPython */
            pyz_list_str_push(argv_list, pyz_codec_decode_escape(pyz_argv[i], (int64_t)strlen(pyz_argv[i])));
    }
    return argv_list;
}

void pyz_oom(void) {
    if (pyz_exit_flush) pyz_exit_flush();
    pyz_flush();
    pyz_err_cstr("MemoryError\n");  /* CPython's last line: a MemoryError has no message */
    pyz_err_flush();
    exit(1);
}

/* sys.setrecursionlimit / getrecursionlimit.  The depth a compiled program reaches is bounded by
 * its stack (pyz_stack_limit above), not by a count: compiled frames are small, so a program
 * that raises the limit to recurse deeply gets as deep as the stack allows, and one that lowers
 * it is not stopped sooner.  The value is kept for getrecursionlimit, and checked as CPython does. */
static int64_t recursion_limit = 1000;

void pyz_sys_setrecursionlimit(int64_t limit) {
    if (limit < 1) {
        pyz_raise(PYZ_EXC_ValueError, "recursion limit must be greater or equal than 1");
        return;
    }
    if (limit > INT32_MAX) {
        pyz_raise(PYZ_EXC_OverflowError, "Python int too large to convert to C int");
        return;
    }
    recursion_limit = limit;
}

int64_t pyz_sys_getrecursionlimit(void) {
    return recursion_limit;
}

/* shutil.get_terminal_size().columns, as argparse's help reads it: $COLUMNS when it is a
 * positive number, else the width of the terminal on stdout, else 80. */
int64_t pyz_sys_terminal_columns(void) {
    const char *env = getenv("COLUMNS");
    if (env && *env) {
        char *end;
        long v = strtol(env, &end, 10);
        if (*end == '\0' && v > 0) return v;
    }
    struct winsize ws;
    if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}
