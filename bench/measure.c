/* measure.c - run a command, report its wall time and peak resident memory.
 *
 * Used by `pyzc bench`: measuring from the Python runner itself would count
 * the runner's own memory (a forked child's RSS before exec is the
 * parent's), so this small static program forks and execs the contender,
 * waits with wait4 and prints "<seconds> <maxrss KiB> <exit status> <CPU
 * seconds>" on the file descriptor given as its first argument.  The CPU
 * seconds (user + system, from the same wait4) leave out the time the
 * contender spent waiting for a core, which on a loaded machine is much of
 * a short program's wall time.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: measure FD COMMAND [ARGS...]\n");
        return 2;
    }
    int fd = atoi(argv[1]);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid == 0) {
        if (fd > 2) close(fd);
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) return 2;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
    dprintf(fd, "%.6f %ld %d %.6f\n", secs, (long)ru.ru_maxrss, code, cpu);
    return 0;
}
