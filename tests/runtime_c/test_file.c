/* test_file.c - unit tests of runtime_c/file.c: writing and reading back text files, universal
 * newlines, long lines across buffer refills, the OSError / ValueError / UnicodeDecodeError
 * texts, and os.path's string functions.  Expected texts are CPython 3.11's. */
#include "pyz.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define S(lit) pyz_str_new((lit), (int64_t)sizeof(lit) - 1)

static char dir[] = "/tmp/pyz-test-file-XXXXXX";

static PyzStr *path_of(const char *name) {
    return pyz_os_path_join(pyz_str_from_cstr(dir), pyz_str_from_cstr(name));
}

/* The pending exception's kind and text, cleared. */
static int32_t take_error(PyzStr **msg) {
    int32_t kind = pyz_exc_pending;
    PyzExc *e = pyz_exc_fetch();
    *msg = pyz_exc_str(e);
    return kind;
}

static void write_file(PyzStr *path, const char *data, size_t n) {
    FILE *fp = fopen(path->data, "wb");
    fwrite(data, 1, n, fp);
    fclose(fp);
}

static void test_write_append_read(void) {
    PyzStr *p = path_of("a.txt");
    PyzFile *f = pyz_file_open(p, 'w');
    CHECK(f != NULL && !pyz_exc_pending);
    CHECK(pyz_file_write(f, S("caf\xc3\xa9\n")) == 5);
    pyz_file_close(f);
    pyz_file_close(f);  /* a second close does nothing */
    CHECK(pyz_file_closed(f));
    f = pyz_file_open(p, 'a');
    pyz_file_write(f, S("two"));
    pyz_file_close(f);
    CHECK(pyz_os_path_getsize(p) == 9);
    f = pyz_file_open(p, 'r');
    CHECK_STR(pyz_file_readline(f), "caf\xc3\xa9\n");
    CHECK_STR(pyz_file_readline(f), "two");
    CHECK_STR(pyz_file_readline(f), "");
    CHECK(pyz_file_next_line(f) == NULL && !pyz_exc_pending);
    pyz_file_close(f);
    PyzStr *msg;
    CHECK(pyz_file_read(f) == NULL);
    CHECK(take_error(&msg) == PYZ_EXC_ValueError);
    CHECK_STR(msg, "I/O operation on closed file.");
    f = pyz_file_open(p, 'r');
    pyz_file_write(f, S("x"));
    CHECK(take_error(&msg) == PYZ_EXC_UnsupportedOperation);
    CHECK_STR(msg, "not writable");
    CHECK_STR(pyz_file_read(f), "caf\xc3\xa9\ntwo");
}

static void test_newlines_and_long_lines(void) {
    PyzStr *p = path_of("b.txt");
    /* a 200,000-byte line (several refills), then \r\n, \r, and a \r at the very end */
    size_t n = 200000;
    char *data = malloc(n + 16);
    memset(data, 'x', n);
    memcpy(data + n, "\r\nb\rc\r\n\r", 8);
    write_file(p, data, n + 8);
    PyzFile *f = pyz_file_open(p, 'r');
    PyzStr *first = pyz_file_next_line(f);
    CHECK(first != NULL && first->len == (int64_t)n + 1 && first->data[n] == '\n');
    CHECK_STR(pyz_file_next_line(f), "b\n");
    CHECK_STR(pyz_file_next_line(f), "c\n");
    CHECK_STR(pyz_file_next_line(f), "\n");
    CHECK(pyz_file_next_line(f) == NULL);
    free(data);
    PyzList_str *lines = pyz_file_readlines(pyz_file_open(p, 'r'));
    CHECK(lines->len == 4);
}

static void test_errors(void) {
    PyzStr *msg;
    CHECK(pyz_file_open(S("no-such-file.txt"), 'r') == NULL);
    CHECK(take_error(&msg) == PYZ_EXC_FileNotFoundError);
    CHECK_STR(msg, "[Errno 2] No such file or directory: 'no-such-file.txt'");
    CHECK(pyz_exc_matches(PYZ_EXC_FileNotFoundError, PYZ_EXC_OSError));
    CHECK(pyz_file_open(pyz_str_from_cstr(dir), 'r') == NULL);
    CHECK(take_error(&msg) == PYZ_EXC_IsADirectoryError);
    CHECK(strstr(msg->data, "[Errno 21] Is a directory: '") == msg->data);
    CHECK(pyz_file_open(S("a\0b"), 'r') == NULL);
    CHECK(take_error(&msg) == PYZ_EXC_ValueError);
    CHECK_STR(msg, "embedded null byte");
    PyzStr *p = path_of("bad.txt");
    write_file(p, "ok\nx\xe6\x97", 6);
    PyzFile *f = pyz_file_open(p, 'r');
    CHECK_STR(pyz_file_next_line(f), "ok\n");  /* the chunk may still go on: "x" and a partial character wait */
    CHECK(pyz_file_next_line(f) == NULL);
    CHECK(take_error(&msg) == PYZ_EXC_UnicodeDecodeError);
    CHECK_STR(msg, "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    write_file(p, "ok\nx\xff\n", 6);
    CHECK(pyz_file_next_line(pyz_file_open(p, 'r')) == NULL);  /* a bad chunk delivers nothing */
    CHECK(take_error(&msg) == PYZ_EXC_UnicodeDecodeError);
    CHECK_STR(msg, "'utf-8' codec can't decode byte 0xff in position 4: invalid start byte");
    CHECK(pyz_exc_matches(PYZ_EXC_UnicodeDecodeError, PYZ_EXC_ValueError));
    CHECK(pyz_exc_matches(PYZ_EXC_UnsupportedOperation, PYZ_EXC_ValueError));
}

static void test_os_path(void) {
    CHECK_STR(pyz_os_path_join(S("a"), S("b")), "a/b");
    CHECK_STR(pyz_os_path_join(S("a/"), S("b")), "a/b");
    CHECK_STR(pyz_os_path_join(S("a"), S("/b")), "/b");
    CHECK_STR(pyz_os_path_join(S(""), S("b")), "b");
    CHECK_STR(pyz_os_path_basename(S("/x/y.txt")), "y.txt");
    CHECK_STR(pyz_os_path_basename(S("x/")), "");
    CHECK_STR(pyz_os_path_dirname(S("/x/y.txt")), "/x");
    CHECK_STR(pyz_os_path_dirname(S("/top")), "/");
    CHECK_STR(pyz_os_path_dirname(S("a//b")), "a");
    CHECK_STR(pyz_os_path_dirname(S("plain")), "");
    CHECK(pyz_os_path_exists(pyz_str_from_cstr(dir)) && pyz_os_path_isdir(pyz_str_from_cstr(dir)));
    CHECK(!pyz_os_path_exists(S("no-such-file.txt")) && !pyz_os_path_isfile(S("no-such-file.txt")));
}

int main(void) {
    pyz_gc_init(__builtin_frame_address(0));
    if (!mkdtemp(dir)) return 2;
    test_write_append_read();
    test_newlines_and_long_lines();
    test_errors();
    test_os_path();
    const char *names[] = {"a.txt", "b.txt", "bad.txt"};
    for (int i = 0; i < 3; i++) unlink(path_of(names[i])->data);
    rmdir(dir);
    return CHECK_DONE();
}
