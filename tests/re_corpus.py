"""A generated corpus of regular expressions for tests/test_re_corpus.py (and by hand: python tests/re_corpus.py SEED N).

Patterns come from a small grammar over a few letters (literals, classes, anchors, groups named and not,
alternation, greedy, lazy and possessive repeats, lookahead, lookbehind, backreferences, conditionals,
inline flags), some of them damaged on purpose so that CPython raises re.error; subjects are short
strings over the same letters.  The program written for a batch runs every case through search, match,
fullmatch, finditer, findall, sub and split, and prints what they give, so that a batch compiled by pyzc
must print what CPython prints.
"""

from __future__ import annotations

import random
import re
import sys
import time
import warnings

warnings.simplefilter("ignore", FutureWarning)  # "Possible nested set" of a generated [[

LETTERS = "abc"
SUBJECT_CHARS = "aabbc 1_\nAÉé"


class Gen:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.groups = 0
        self.names: list[str] = []

    def atom(self, depth: int) -> str:
        r = self.rng.random()
        if depth > 2 or r < 0.35:
            return self.rng.choice([*LETTERS, *LETTERS, ".", "[ab]", "[^a]", "[a-c]", r"\d", r"\w", r"\s", r"\W",
                                    "[b-]", r"[\s\d]", "A", "é"])
        if r < 0.45:
            return self.rng.choice(["^", "$", r"\b", r"\B", r"\A", r"\Z"])
        if r < 0.6:
            self.groups += 1
            inner = self.alt(depth + 1)
            if self.rng.random() < 0.3:
                name = f"n{self.groups}"
                self.names.append(name)
                return f"(?P<{name}>{inner})"
            return f"({inner})"
        if r < 0.7:
            return f"(?:{self.alt(depth + 1)})"
        if r < 0.78:
            return self.rng.choice(["(?=", "(?!"]) + self.alt(depth + 1) + ")"
        if r < 0.84:
            return self.rng.choice(["(?<=", "(?<!"]) + self.rng.choice(["a", "b", "ab", "[ab]", "a|b", r"\d"]) + ")"
        if r < 0.9 and self.groups:
            g = self.rng.randint(1, self.groups)
            if self.rng.random() < 0.3:
                return f"(?({g}){self.seq(depth + 1)}|{self.seq(depth + 1)})"
            return f"\\{g}"
        if r < 0.95:
            return f"(?{self.rng.choice(['i', 's', 'm', 'x'])}:{self.alt(depth + 1)})"
        return f"(?>{self.alt(depth + 1)})"

    def piece(self, depth: int) -> str:
        a = self.atom(depth)
        if a in ("^", "$", r"\b", r"\B", r"\A", r"\Z") or self.rng.random() < 0.55:
            return a
        q = self.rng.choice(["*", "+", "?", "{2}", "{1,2}", "{,2}", "{2,}", "{0,1}"])
        q += self.rng.choice(["", "", "", "?", "+"])
        return a + q

    def seq(self, depth: int) -> str:
        return "".join(self.piece(depth) for _ in range(self.rng.randint(1, 3)))

    def alt(self, depth: int) -> str:
        parts = [self.seq(depth) for _ in range(self.rng.choice([1, 1, 1, 2, 3]))]
        return "|".join(parts)


def damage(rng: random.Random, p: str) -> str:
    """p with one character inserted, deleted or doubled: often a bad pattern."""
    i = rng.randint(0, len(p))
    c = rng.choice(["(", ")", "[", "]", "{", "}", "*", "+", "?", "\\", "|", "\\q", "(?", "(?<", "(?P", "{3,1}",
                    "\\9", "(?i)", "(?P=x)"])
    if rng.random() < 0.5 or not p:
        return p[:i] + c + p[i:]
    return p[:i] + p[i + 1:]


def cases(seed: int, n: int) -> list[tuple[str, int]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        g = Gen(rng)
        p = g.alt(0)
        if rng.random() < 0.15:
            p = damage(rng, p)
        flags = rng.choice([0, 0, 0, 2, 8, 16, 64, 2 | 8, 256])
        out.append((p, flags))
    return out


def subjects(seed: int, n: int) -> list[str]:
    rng = random.Random(seed * 7 + 1)
    return ["".join(rng.choice(SUBJECT_CHARS) for _ in range(rng.randint(0, 7))) for _ in range(n)]


HEAD = '''import re


def run(p, subjects):
    for s in subjects:
        m = p.search(s)
        if m:
            print("search", m.span(), m.groups(), m.group(0))
        else:
            print("search", None)
        m = p.match(s)
        print("match", m.span() if m else None, m.groups("-") if m else None)
        m = p.fullmatch(s)
        print("full", m is not None)
        print("iter", [mm.span() for mm in p.finditer(s)])
        print("findall", p.findall(s))
        print("sub", p.sub("<\\\\g<0>>", s), p.subn("", s, 2))
        print("split", p.split(s))


'''


def program(seed: int, n: int) -> str:
    subj = subjects(seed, 6)
    lines = [HEAD, f"SUBJECTS = {subj!r}\n"]
    for k, (p, flags) in enumerate(cases(seed, n)):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)
                compiled = re.compile(p, flags)
            call = f"run(re.compile({p!r}, {flags}), SUBJECTS)"
            try:
                t0 = time.perf_counter()
                for s in subj:
                    compiled.search(s), compiled.findall(s), compiled.split(s), compiled.sub("", s)
                if time.perf_counter() - t0 > 0.05:  # exponential backtracking (seconds): it would only take time
                    continue
            except SystemError:  # CPython's "The span of capturing group is wrong" (a bug of sre)
                continue
        except (re.error, OverflowError, ValueError):  # the compiled program raises it too; nothing to run
            call = f"re.compile({p!r}, {flags})"
        lines.append(f"print({k}, {p!r})\ntry:\n    {call}\n"
                     f"except re.error as e:\n    print('re.error', e)\n")
    return "".join(lines)


if __name__ == "__main__":
    print(program(int(sys.argv[1]), int(sys.argv[2])))
