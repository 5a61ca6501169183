"""Profile-guided optimisation done by pyzc itself: counters in, hints out.

Instrumenting (`Counters`): codegen gives every function entry one counter
and every two-way IR branch two (then, else); the instrumented binary
writes them at exit (runtime_c/pgo.c) as lines `<count> <key>`.  Keys are
IR identities, `<function>` and `<function>:L<label>`, not addresses: the
IR does not depend on the target, so counts measured by a host build apply
unchanged to an aarch64 or riscv64 build of the same source.  The file
starts with the source's hash, so counts from another version of the
program are refused instead of misapplied.

Applying (`Profile`): a branch that ran becomes
`__builtin_expect_with_probability(cond, 1, p)` with its measured
probability, unless it was close to even (a hint there would only mislead);
a function that accounts for a large share of the counted work is
`__attribute__((hot))`, one the training run never entered is
`__attribute__((cold))` (the compiler then optimises it for size and moves
it out of the hot code's way).
"""

from __future__ import annotations

import hashlib

COUNTS_HEADER = "# pyzc pgo counts v1 source "
# a branch whose measured probability is within this of 1/2 gets no hint
EVEN_MARGIN = 0.1
# a function is hot when its counted work (entries + branches) is at least this share of the busiest one's
HOT_SHARE = 0.1


def source_hash(source_text: str) -> str:
    return hashlib.sha256(source_text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def entry_key(fn_name: str) -> str:
    return fn_name


def branch_key(fn_name: str, label: int) -> str:
    return f"{fn_name}:L{label}"


class Counters:
    """Counter slots handed out while emitting an instrumented build; keys[i] names slot i."""

    def __init__(self, source_digest: str):
        self.source_digest = source_digest
        self.keys: list[str] = []

    def entry(self, fn_name: str) -> int:
        self.keys.append(entry_key(fn_name))
        return len(self.keys) - 1

    def branch(self, fn_name: str, label: int) -> int:
        """Two slots: taken (then), then not taken (else)."""
        k = branch_key(fn_name, label)
        self.keys += [k + ":then", k + ":else"]
        return len(self.keys) - 2


class ProfileError(Exception):
    pass


class Profile:
    """Counts read back from a training run, turned into hints."""

    def __init__(self, counts: dict[str, int]):
        self.counts = counts
        work: dict[str, int] = {}
        for key, n in counts.items():
            fn = key.split(":", 1)[0]
            work[fn] = work.get(fn, 0) + n
        self.work = work
        self.busiest = max(work.values(), default=0)
        self.hints_used = 0

    @classmethod
    def load(cls, path: str, source_digest: str) -> "Profile":
        counts: dict[str, int] = {}
        with open(path, encoding="utf-8") as f:
            header = f.readline().rstrip("\n")
            if not header.startswith(COUNTS_HEADER):
                raise ProfileError(f"{path} is not a pyzc counts file")
            if header[len(COUNTS_HEADER):] != source_digest:
                raise ProfileError(f"{path} was measured on another version of the program; train again")
            for line in f:
                n, _, key = line.rstrip("\n").partition(" ")
                counts[key] = counts.get(key, 0) + int(n)
        return cls(counts)

    def branch_probability(self, fn_name: str, label: int) -> float | None:
        k = branch_key(fn_name, label)
        taken, not_taken = self.counts.get(k + ":then", 0), self.counts.get(k + ":else", 0)
        if taken + not_taken == 0:
            return None
        p = taken / (taken + not_taken)
        if abs(p - 0.5) <= EVEN_MARGIN:
            return None
        return p

    def function_attribute(self, fn_name: str, is_main: bool) -> str | None:
        if is_main or entry_key(fn_name) not in self.counts:
            return None
        if self.counts[entry_key(fn_name)] == 0:
            return "cold"
        if self.busiest and self.work.get(fn_name, 0) >= HOT_SHARE * self.busiest:
            return "hot"
        return None

    def summary(self) -> dict[str, int]:
        entries = [k for k in self.counts if ":" not in k]
        return {"functions": len(entries), "branches": sum(1 for k in self.counts if k.endswith(":then")),
                "cold": sum(1 for k in entries if self.counts[k] == 0)}


def probability_literal(p: float) -> str:
    """Clamped away from exactly 0 and 1, printed short: the hint is a weight, not a promise."""
    p = min(max(p, 0.0001), 0.9999)
    return f"{p:.4f}"
