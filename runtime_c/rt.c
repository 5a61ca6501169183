/* rt.c - start-up and shutdown of a compiled program.
 *
 * Invariants: pyz_rt_init runs before any generated code; it sets up the
 * collector with main's frame as the stack bottom and the recursion guard:
 * pyz_stack_limit is the lowest frame address a function on a call-graph
 * cycle may use, leaving a margin for the runtime and libc beneath it.  The
 * generated code compares __builtin_frame_address(0) against it (cheap;
 * DESIGN.md measured a depth counter at 2.8x on fib).
 */
#include "pyz.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

char *pyz_stack_limit;
int32_t pyz_argc;
char **pyz_argv;

#define STACK_MARGIN (256 * 1024)
#define STACK_DEFAULT (8 * 1024 * 1024)

void pyz_rt_init(int32_t argc, char **argv, void *stack_bottom) {
    pyz_argc = argc;
    pyz_argv = argv;
    pyz_gc_init(stack_bottom);
    size_t size = STACK_DEFAULT;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > STACK_MARGIN * 2)
        size = (size_t)rl.rlim_cur;
    if (size > (size_t)1 << 30) size = (size_t)1 << 30;
    pyz_stack_limit = (char *)stack_bottom - size + STACK_MARGIN;
}

void (*pyz_exit_flush)(void);  /* set by file.c once the program has a file */

int32_t pyz_rt_finish(int32_t status) {
    if (pyz_exit_flush) pyz_exit_flush();
    if (pyz_exc_pending) return pyz_exc_report_uncaught();
    pyz_flush();
    return status;
}

PyzList_str *pyz_sys_argv(void) {
    static PyzList_str *argv_list;
    if (!argv_list) {
        argv_list = pyz_list_str_alloc(pyz_argc);
        pyz_gc_add_roots(&argv_list, sizeof argv_list);
        for (int32_t i = 0; i < pyz_argc; i++) pyz_list_str_push(argv_list, pyz_str_from_cstr(pyz_argv[i]));
    }
    return argv_list;
}

void pyz_sys_exit(int64_t status) {
    if (pyz_exit_flush) pyz_exit_flush();
    pyz_flush();
    exit((int)(status & 0xff));
}

void pyz_sys_exit_msg(PyzStr *message) {
    if (pyz_exit_flush) pyz_exit_flush();
    pyz_flush();
    fprintf(stderr, "%.*s\n", (int)message->len, message->data);
    exit(1);
}

void pyz_oom(void) {
    if (pyz_exit_flush) pyz_exit_flush();
    pyz_flush();
    fputs("MemoryError: out of memory\n", stderr);
    exit(1);
}
