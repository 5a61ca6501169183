"""Computes, with CPython itself, the expectations hard-coded in test_containers.c.

Run it with a CPython 3.11 (sets' table order is CPython's; it changed little
across versions but this is the reference): python3 gen_container_expectations.py
prints the block between the BEGIN/END GENERATED markers of test_containers.c;
with --update it rewrites that block in place.  Each fuzz_* function below
mirrors the C loop of the same name in test_containers.c step for step (same
xorshift64 generator, same choices), and the expectation is an FNV-1a hash of
everything the loop observes (every repr along the way, popped values,
comparison results).
"""

from __future__ import annotations

import os
import sys

M = (1 << 64) - 1
assert sys.version_info[:2] == (3, 11), "generate the expectations with CPython 3.11"


class Rng:
    def __init__(self, seed: int) -> None:
        self.x = seed

    def next(self) -> int:
        x = self.x
        x ^= (x << 13) & M
        x ^= x >> 7
        x ^= (x << 17) & M
        self.x = x
        return x

    def rnd(self, n: int) -> int:
        return self.next() % n


class Fnv:
    def __init__(self) -> None:
        self.h = 0xCBF29CE484222325

    def add(self, s: str) -> None:
        h = self.h
        for b in s.encode():
            h = ((h ^ b) * 0x100000001B3) & M
        self.h = h


def signed(x: int) -> int:
    return x - (1 << 64) if x >= (1 << 63) else x


SPECIAL = [-1, -2, 0, 1, 2**61 - 1, 2**61, 2**61 + 1, -(2**61 - 1), -(2**61), -(2**61) - 1,
           2**63 - 1, -(2**63), 2**62, -(2**62), 2**62 + 2**61 - 1, 1 << 40]


def set_value(r: Rng, mode: int) -> int:
    if mode == 0:
        return r.rnd(64)
    if mode == 1:
        return r.rnd(3000)
    if mode == 2:
        v = r.rnd(300)
        return v << r.rnd(14)
    k = r.rnd(4)
    if k == 0:
        return SPECIAL[r.rnd(len(SPECIAL))]
    if k == 1:
        return signed(r.next())
    if k == 2:
        return r.rnd(2000) - 1000
    return r.rnd(256) << 55


def fuzz_set(seed: int, mode: int, steps: int) -> int:
    r = Rng(seed)
    f = Fnv()
    a: set[int] = set()
    b: set[int] = set()
    for _ in range(steps):
        op = r.rnd(100)
        sw = r.rnd(2)
        v = set_value(r, mode)
        if sw:
            a, b = b, a
        if op < 45:
            a.add(v)
        elif op < 65:
            a.discard(v)
        elif op < 69:
            if a:
                f.add(repr(a.pop()) + "!")
        elif op < 70:
            a.clear()
        elif op < 73:
            a = a | b
        elif op < 76:
            a = a & b
        elif op < 79:
            a = a - b
        elif op < 82:
            a = a ^ b
        elif op < 85:
            a |= b
        elif op < 88:
            a &= b
        elif op < 91:
            a -= b
        elif op < 94:
            a ^= b
        elif op < 96:
            a = a.copy()
        elif op < 97:
            a = b.copy()
        elif op < 98:
            f.add("".join("T" if c else "F" for c in (a == b, a <= b, a >= b, a.isdisjoint(b))))
        else:
            f.add("T" if v in a else "F")
        f.add(repr(a) + "|" + repr(b) + "\n")
    return f.h


def fuzz_dict(seed: int, nkeys: int, steps: int, str_keys: bool) -> int:
    r = Rng(seed)
    f = Fnv()
    d: dict = {}
    e: dict = {}
    for _ in range(steps):
        op = r.rnd(100)
        sw = r.rnd(2)
        k = r.rnd(nkeys)
        v = r.rnd(1000)
        key = f"k{k}" if str_keys else k
        if sw:
            d, e = e, d
        if op < 40:
            d[key] = v
        elif op < 55:
            f.add(repr(d.pop(key, -1)) + ",")
        elif op < 58:
            if key in d:
                del d[key]
        elif op < 62:
            f.add(repr(d.setdefault(key, v)) + ",")
        elif op < 65:
            if d:
                kk, vv = d.popitem()
                f.add(repr(kk) + ":" + repr(vv) + ",")
        elif op < 70:
            f.add(repr(d.get(key, -7)) + ",")
        elif op < 72:
            d.update(e)
        elif op < 74:
            d = d.copy()
        elif op < 75:
            d.clear()
        elif op < 77:
            f.add("T" if d == e else "F")
        elif op < 78:
            e = d.copy()
        elif op < 80:
            f.add(repr(d[key]) + "," if key in d else "KE")
        else:
            d[key] = d.get(key, 0) + 1
        f.add(repr(d) + "|" + repr(e) + "\n")
    return f.h


def big_set() -> tuple[int, int]:
    """Adds past the 50000 threshold (resizes to used*2), then discards."""
    s: set[int] = set()
    for i in range(120000):
        s.add((i * 7919) % 1000003)
    for i in range(0, 1000003, 3):
        s.discard(i)
    for i in range(5000):
        s.add(-i * 13)
    f = Fnv()
    f.add(repr(s))
    return len(s), f.h


# ---------------------------------------------------------------- explicit cases

# (steps, expected): steps are (op, value) with op 'a' add, 'd' discard, 'p' pop;
# expected is repr(s) then " popped" and the popped values.
def run_steps(steps):
    s: set[int] = set()
    popped = []
    for op, v in steps:
        if op == "a":
            s.add(v)
        elif op == "d":
            s.discard(v)
        else:
            popped.append(s.pop())
    return repr(s) + " popped" + "".join(" " + repr(p) for p in popped)


def adds(vals):
    return [("a", v) for v in vals]


SET_CASES = [
    adds([5, 1, 3]),
    adds([10, 2, 33]),
    adds([33, 10, 2]),
    adds(range(0, 100, 7)),
    adds([8, 16, 24, 0, 32, 40, 48]),
    adds(range(20)) + [("d", i) for i in range(0, 20, 2)] + adds(range(100, 106)),
    adds([2**61 - 1, 2**61, -1, -2, 2**63 - 1, -(2**63), 12345678901234, -(2**61)]),
    adds([1, 9, 17, 25]) + [("d", 9), ("a", 33), ("a", 9)],
    adds([7, 15, 23, 31, 39]) + [("d", 15), ("d", 31), ("a", 47), ("a", 55), ("a", 15)],
    adds(range(50)) + [("p", 0)] * 5 + [("d", 20), ("p", 0), ("a", 0), ("p", 0)],
    adds([3, 11, 19]) + [("p", 0), ("p", 0), ("a", 19), ("a", 3), ("p", 0)],
    adds([i * i for i in range(40)]) + [("d", i * i) for i in range(0, 40, 3)],
    adds([-5, -4, -3, -2, -1, 0, 1, 2]),
    adds([1 << k for k in range(0, 62, 3)]),
]

# (a, b) operand element lists for the binary operations.
OP_CASES = [
    ([1, 2, 3, 4, 5], [4, 5, 6, 7, 8]),
    ([10, 20, 30], [30, 40, 50, 60, 70, 80, 90, 100, 110]),
    (list(range(0, 200, 3)), [3, 6, 9, 500, 501]),
    ([5, 13, 21], list(range(0, 300, 1))),
    ([8, 16, 24, 32, 40], [16, 32, 48, 64]),
    ([1, 2, 3], [1, 2, 3]),
    ([100, 7, 31, 64, 2**61 + 5], [7, 64, 128, 2**61 + 5, -3]),
    (list(range(40)), list(range(20, 80))),
    ([], [1, 2]),
]


def op_results(alist, blist) -> str:
    def mk(lst):
        s: set[int] = set()
        for v in lst:
            s.add(v)
        return s

    out = []
    for expr in ("a | b", "b | a", "a & b", "b & a", "a - b", "b - a", "a ^ b", "b ^ a",
                 "a | a", "a & a", "a - a", "a ^ a"):
        a, b = mk(alist), mk(blist)
        out.append(repr(eval(expr)))
    for stmt in ("a |= b", "a &= b", "a -= b", "a ^= b", "b |= a", "b &= a", "b -= a", "b ^= a"):
        a, b = mk(alist), mk(blist)
        exec(stmt)
        out.append(repr(a if stmt[0] == "a" else b))
    a, b = mk(alist), mk(blist)
    out.append("".join("T" if c else "F" for c in (a == b, a <= b, b <= a, a.isdisjoint(b))))
    return " ; ".join(out)


# All-constant set displays: print({...}) and [x for x in {...}].
CONST_CASES = [
    [5, 1, 3],
    [10, 2, 33],
    [95, 166, 155, 145, -34, 15, -20],
    [6, 145, 62, 190, 76, 91, 9, 38, 9, 123, 6, 144, 67, 193, 24, 187, -45, 56, 164],
    [64, 18, 134, 155, 8, 101, 191, -24, 180, 31, -43, -45, -44, 116, 88, -48, 190, 175, 47, 125, 5, 198, 58],
]

FLOATS = [1.5, 0.25, -3.0, 1e20, 2.0, float("inf"), float("-inf"), 0.1, -0.0, 0.0, 3.0, 1e-300, -2.5,
          123456.789, 2.0**70, -(2.0**61), 7.0]
HASH_INTS = [0, 1, -1, -2, 2, 12345, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61 - 1), -(2**61), 2**63 - 1,
             -(2**63), -(2**63) + 1, 3 * (2**61 - 1) - 1, -(3 * (2**61 - 1)) + 1]
HASH_FLOATS = [0.0, -0.0, 1.0, -1.0, 1.5, 0.1, -2.5, 1e20, 1e-300, 2.0**61, 2.0**62, -(2.0**63), 3.14159,
               float("inf"), float("-inf"), 5e-324, 1.7976931348623157e308, 2.0**61 - 1024]


def c_double(x: float) -> str:
    if x == float("inf"):
        return "HUGE_VAL"
    if x == float("-inf"):
        return "-HUGE_VAL"
    return x.hex()


def c_int(v: int) -> str:
    if v == -(2**63):
        return "INT64_MIN"
    return f"INT64_C({v})"


def c_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


FUZZ_SETS = [(1, 0, 6000), (2, 1, 4000), (3, 2, 4000), (4, 3, 4000), (5, 0, 3000), (6, 1, 3000)]
FUZZ_DICTS = [(11, 40, 8000, False), (12, 1500, 4000, False), (13, 40, 6000, True), (14, 800, 3000, True)]


def generate() -> str:
    out = ["/* BEGIN GENERATED by gen_container_expectations.py (CPython " + sys.version.split()[0] + ") */"]
    out.append("static const int64_t hash_ints[][2] = {")
    out += [f"    {{{c_int(v)}, {c_int(hash(v))}}}," for v in HASH_INTS]
    out.append("};")
    out.append("static const struct { double v; int64_t h; } hash_floats[] = {")
    out += [f"    {{{c_double(v)}, {c_int(hash(v))}}}, /* {v!r} */" for v in HASH_FLOATS]
    out.append("};")
    out.append("static const SetStep *const set_cases[] = {")
    for steps in SET_CASES:
        body = ", ".join(f"{{'{op}', {c_int(v)}}}" for op, v in steps)
        out.append(f"    (const SetStep[]){{{body}, {{0, 0}}}},")
    out.append("};")
    out.append("static const char *const set_case_expected[] = {")
    out += [f"    {c_str(run_steps(steps))}," for steps in SET_CASES]
    out.append("};")
    out.append("static const OpCase op_cases[] = {")
    for a, b in OP_CASES:
        out.append("    {" + f"{len(a)}, (const int64_t[]){{{', '.join(map(c_int, a)) or '0'}}}, "
                   + f"{len(b)}, (const int64_t[]){{{', '.join(map(c_int, b)) or '0'}}},")
        out.append(f"     {c_str(op_results(a, b))}}},")
    out.append("};")
    out.append("static const ConstCase const_cases[] = {")
    for items in CONST_CASES:
        src = "{" + ", ".join(map(str, items)) + "}"
        ns: dict = {}
        exec(f"shown = repr({src})\nit = [x for x in {src}]", ns)
        it_repr = "{" + ", ".join(map(repr, ns["it"])) + "}"
        out.append(f"    {{{len(items)}, (const int64_t[]){{{', '.join(map(c_int, items))}}}, "
                   f"{c_str(ns['shown'])}, {c_str(it_repr)}}},")
    out.append("};")
    fs: set[float] = set()
    for x in FLOATS:
        fs.add(x)
    out.append("static const double set_floats[] = {" + ", ".join(map(c_double, FLOATS)) + "};")
    out.append(f"static const char set_floats_expected[] = {c_str(repr(fs))};")
    out.append("static const FuzzSet fuzz_sets[] = {")
    for seed, mode, steps in FUZZ_SETS:
        out.append(f"    {{{seed}, {mode}, {steps}, UINT64_C({fuzz_set(seed, mode, steps):#x})}},")
    out.append("};")
    out.append("static const FuzzDict fuzz_dicts[] = {")
    for seed, nkeys, steps, str_keys in FUZZ_DICTS:
        h = fuzz_dict(seed, nkeys, steps, str_keys)
        out.append(f"    {{{seed}, {nkeys}, {steps}, {'true' if str_keys else 'false'}, UINT64_C({h:#x})}},")
    out.append("};")
    n, h = big_set()
    out.append(f"static const int64_t big_set_len = {n};")
    out.append(f"static const uint64_t big_set_repr_hash = UINT64_C({h:#x});")
    out.append("/* END GENERATED */")
    return "\n".join(out) + "\n"


def main() -> None:
    text = generate()
    if "--update" in sys.argv:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_containers.c")
        src = open(path).read()
        start = src.index("/* BEGIN GENERATED")
        end = src.index("/* END GENERATED */") + len("/* END GENERATED */\n")
        with open(path, "w") as f:
            f.write(src[:start] + text + src[end:])
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
