"""Large input is streamed: a compiled program reading a 100 MB log line by line, from a file named
on its command line or from a pipe on stdin, prints what CPython prints and its peak memory stays
far below the size of the input.

Memory is asserted (peak RSS of the child, from wait4 in a small C wrapper); time is not.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pyzc.driver import build
from pyzc.toolchain import zig_command
from conftest import ROOT

LOG_PROGRAM = os.path.join(ROOT, "tests", "programs", "io", "log_errors.py")
SIZE = 100 * 1024 * 1024
RSS_LIMIT_KB = 20 * 1024

# Runs argv[1:] and prints the child's peak RSS in KB on stderr.  In C, not Python: Linux counts a
# process's resident size before exec in its peak, so a child forked from a Python wrapper would
# start at the wrapper's ~12 MB.
MEASURE_C = r"""
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
    (void)argc;
    pid_t pid = fork();
    if (pid == 0) { execv(argv[1], argv + 1); _exit(127); }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) return 126;
    fprintf(stderr, "%ld\n", ru.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 125;
}
"""

COUNT_STDIN = '''# counts lines and ERROR lines on stdin
import sys

lines = 0
errors = 0
longest = 0
for line in sys.stdin:
    lines += 1
    if "ERROR" in line:
        errors += 1
    if len(line) > longest:
        longest = len(line)
print(lines, errors, longest)
'''


@pytest.fixture(scope="module")
def big_log(tmp_path_factory):
    """About 100 MB of log lines; the ERROR count is known from the generator too."""
    path = tmp_path_factory.mktemp("io") / "big.log"
    comps = ["auth", "db", "api", "cache", "worker"]
    lines = []
    for i in range(10000):
        level = "ERROR" if i % 7 == 3 else ("WARNING" if i % 5 == 0 else "INFO")
        lines.append(f"2024-03-01 12:{i % 60:02d}:{(i * 7) % 60:02d} {level:<7} [{comps[i % 5]}] "
                     f"request {i} handled in {i % 997} ms by worker-{i % 13} ünïcode\n")
    block = "".join(lines).encode()
    with open(path, "wb") as f:
        written = 0
        n = 0
        while written < SIZE:
            f.write(block)
            written += len(block)
            n += 1
    return str(path), n * sum(1 for i in range(10000) if i % 7 == 3)


@pytest.fixture(scope="module")
def measure(tmp_path_factory):
    """measure(cmd, stdin_path): (exit status, stdout lines, peak RSS of cmd in KB)."""
    d = tmp_path_factory.mktemp("measure")
    (d / "measure.c").write_text(MEASURE_C)
    exe = str(d / "measure")
    subprocess.run(zig_command() + ["cc", "-O1", "-o", exe, str(d / "measure.c")], check=True, capture_output=True)

    def run(cmd, stdin_path=None):
        with open(stdin_path or os.devnull, "rb") as stdin:
            r = subprocess.run([exe, *cmd], stdin=stdin, capture_output=True, timeout=300, cwd=ROOT)
        return r.returncode, r.stdout.decode().splitlines(), int(r.stderr.decode().splitlines()[-1])
    return run


def test_log_processor_streams_a_100mb_file(big_log, measure, tmp_path):
    path, errors = big_log
    exe = str(tmp_path / "log_errors")
    build(LOG_PROGRAM, exe, build_dir=str(tmp_path / "c"))
    rc, got, rss_kb = measure([exe, path])
    want_rc, want, cpython_kb = measure([sys.executable, LOG_PROGRAM, path])
    assert (rc, got) == (want_rc, want)
    assert got[0].startswith(f"{errors} of ")
    print(f"peak RSS on {os.path.getsize(path) >> 20} MB: pyzc {rss_kb} KB, CPython {cpython_kb} KB")
    assert rss_kb < RSS_LIMIT_KB, f"peak RSS {rss_kb} KB reading a {os.path.getsize(path)} byte file"


def test_stdin_is_streamed_too(big_log, measure, tmp_path):
    path, errors = big_log
    src = tmp_path / "count_stdin.py"
    src.write_text(COUNT_STDIN)
    exe = str(tmp_path / "count_stdin")
    build(str(src), exe, build_dir=str(tmp_path / "c"))
    rc, got, rss_kb = measure([exe], stdin_path=path)
    assert rc == 0
    lines, errs, longest = (int(x) for x in got[0].split())
    assert errs == errors and lines > 1_000_000 and longest < 120
    want_rc, want, _ = measure([sys.executable, str(src)], stdin_path=path)
    assert got == want
    assert rss_kb < RSS_LIMIT_KB, f"peak RSS {rss_kb} KB reading stdin"


def test_stderr_lines_come_in_program_order(tmp_path):
    """With stdout and stderr on one pipe, output appears in program order (as on a terminal): stdout
    is flushed before anything is written to stderr."""
    src = tmp_path / "both.py"
    src.write_text('import sys\nprint("one")\nprint("two", file=sys.stderr)\nsys.stdout.write("three\\n")\n'
                   'sys.stderr.write("four\\n")\nprint("five")\n')
    exe = str(tmp_path / "both")
    build(str(src), exe, build_dir=str(tmp_path / "c"))
    r = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    assert r.stdout.decode().split() == ["one", "two", "three", "four", "five"]


def test_unflushed_files_are_written_at_exit(tmp_path):
    """A file never closed is flushed when the program ends, also through sys.exit and an uncaught exception."""
    src = tmp_path / "unclosed.py"
    src.write_text('import sys\nf = open(sys.argv[1], "w")\nfor i in range(5000):\n    f.write(str(i) + "\\n")\n'
                   'if sys.argv[2] == "exit":\n    sys.exit(3)\nif sys.argv[2] == "raise":\n    raise KeyError("k")\n')
    exe = str(tmp_path / "unclosed")
    build(str(src), exe, build_dir=str(tmp_path / "c"))
    for how, status in (("end", 0), ("exit", 3), ("raise", 1)):
        out = tmp_path / f"out-{how}.txt"
        r = subprocess.run([exe, str(out), how], capture_output=True, timeout=60)
        assert r.returncode == status
        assert out.read_text().split() == [str(i) for i in range(5000)]


READ_BACK = '''# reads a file by lines, then by readline and read(), reporting a UnicodeDecodeError as CPython does
import sys

n = 0
total = 0
try:
    with open(sys.argv[1]) as f:
        for line in f:
            n += 1
            total += len(line)
except ValueError as e:
    print("error:", e)
print(n, total)
try:
    with open(sys.argv[1]) as f:
        first = f.readline()
        print(len(first), len(f.read()))
except ValueError as e:
    print("error:", e)
'''


def test_text_decoding_matches_cpython_chunk_by_chunk(tmp_path):
    """Files mixing multi-byte characters (some across CPython's 8 KB decoding chunks), \\r\\n and \\r line
    ends, and invalid bytes: the same lines, and the same UnicodeDecodeError at the same moment."""
    import random
    src = tmp_path / "read_back.py"
    src.write_text(READ_BACK)
    exe = str(tmp_path / "read_back")
    build(str(src), exe, build_dir=str(tmp_path / "c"))
    r = random.Random(3)
    pieces = ["abc", "é", "日本", "🎉", "\n", "\r\n", "\r", "x" * 50, "ü\n"]
    for k in range(12):
        out = bytearray()
        size = r.choice([100, 9000, 20000, 70000, 200000])
        while len(out) < size:
            out += r.choice(pieces).encode()
        if k % 3 != 0:
            pos = r.randrange(len(out))
            out[pos:pos] = r.choice([b"\xff", b"\xe9", b"\xc3", b"\xf0\x9f"])
        if k == 11:
            out += b"\xe6\x97"  # ends inside a character
        data = tmp_path / f"g{k}.txt"
        data.write_bytes(bytes(out))
        want = subprocess.run([sys.executable, str(src), str(data)], capture_output=True, timeout=60)
        got = subprocess.run([exe, str(data)], capture_output=True, timeout=60)
        assert got.stdout.decode() == want.stdout.decode(), f"file {k}"
