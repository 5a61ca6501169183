"""A compiled program's traceback against CPython 3.11's: what may differ, and where they differ.

Used by tests/test_tracebacks.py and by the fuzzer's oracle (tests/fuzz/fuzz_run.py), so both
forgive the same things.  pyzc prints CPython's whole traceback with the differences
docs/SUPPORTED.md lists ("Tracebacks"):

- no `^^^^`/`~~~~` position markers under the source lines (`without_carets`);
- the file named by its absolute path at build time, which is CPython's name for it when the
  program runs from where it was built (the fuzzer and the tests build and run it so: nothing to
  normalise).

`without_comprehension_frames` forgives a known bug, documented as a difference in
docs/SUPPORTED.md until it is fixed: CPython 3.11 runs a comprehension, and a generator expression
consumed where it stands, in a frame of its own (`<listcomp>`, `<dictcomp>`, `<setcomp>`,
`<genexpr>`), which pyzc's inlined loop does not add
(tests/pending/regressions/comprehension_frame_in_traceback.py).  The fuzzer forgives it so that it
finds the other differences; the tests do not.
"""

from __future__ import annotations

import re

COMPREHENSION_FRAME = re.compile(r'  File ".*", line \d+, in <(listcomp|dictcomp|setcomp|genexpr)>$')


def without_carets(text: str) -> str:
    """CPython 3.11 marks the failing part of a line with `^` (and `~`) under it; pyzc marks none."""
    return "".join(line for line in text.splitlines(keepends=True) if not line.strip() or line.strip().strip("^~"))


def without_comprehension_frames(text: str) -> str:
    """text without the frames of comprehensions and generator expressions (their `File` line and
    the source line under it), on whichever side has them."""
    out: list[str] = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        if COMPREHENSION_FRAME.match(lines[i].rstrip("\n")):
            i += 1
            if i < len(lines) and lines[i].startswith("    "):
                i += 1
            continue
        out.append(lines[i])
        i += 1
    return "".join(out)


def first_difference(want: str, got: str) -> str:
    """Where got's lines first differ from want's: `line 3 of 5: pyzc '...', CPython '...'`."""
    w, g = want.splitlines(), got.splitlines()
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end>"
        b = g[i] if i < len(g) else "<end>"
        if a != b:
            return f"line {i + 1} of {len(w)}: pyzc {b[:120]!r}, CPython {a[:120]!r}"
    return "the same lines"
