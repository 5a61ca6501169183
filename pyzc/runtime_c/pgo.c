/* pgo.c - the counters of an instrumented build (`--profile pgo`), written at exit.
 *
 * Only a binary built with instrumentation calls pyz_pgo_init; other builds
 * carry none of this (min-size's --gc-sections drops it, release never
 * references it).  The counters themselves live in the generated C, one
 * uint64_t per function entry and two per branch, named by IR keys
 * (pyzc/codegen/pgo.py); this file only writes them out: to the path in
 * PYZC_PGO_FILE, else pyzc-pgo.counts in the working directory.  atexit
 * covers every way a program ends normally: the end of the module, sys.exit,
 * an uncaught exception (exit status 1).
 */
#include "pyz.h"
#include <stdio.h>
#include <stdlib.h>

static const char *pgo_header;
static const char *const *pgo_keys;
static const uint64_t *pgo_counts;
static int64_t pgo_n;

static void pgo_write(void) {
    const char *path = getenv("PYZC_PGO_FILE");
    if (path == NULL || *path == '\0') path = "pyzc-pgo.counts";
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        fprintf(stderr, "pyzc pgo: cannot write the counts to %s\n", path);
        return;
    }
    fprintf(f, "%s\n", pgo_header);
    for (int64_t i = 0; i < pgo_n; i++)
        fprintf(f, "%llu %s\n", (unsigned long long)pgo_counts[i], pgo_keys[i]);
    fclose(f);
}

void pyz_pgo_init(const char *header, const char *const *keys, const uint64_t *counts, int64_t n) {
    pgo_header = header;
    pgo_keys = keys;
    pgo_counts = counts;
    pgo_n = n;
    atexit(pgo_write);
}
