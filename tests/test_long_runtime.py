"""runtime_c/long.c, the arbitrary-precision ints, against CPython's own ints.

long.c is built alone with a shim (tests/runtime_c/long_shim.c: calloc for the collector,
a recorded pyz_raise, and a text protocol of hexadecimal values that uses none of long.c's
own conversions) three ways:
- gcc -O2, a shared library called through ctypes;
- gcc with -fsanitize=address,undefined, a program answering on a pipe (an ASan library
  cannot be loaded into an uninstrumented CPython without LD_PRELOAD tricks);
- zig cc for 32-bit arm (arm-linux-musleabihf), run under qemu-arm on a few hundred cases.

Every operation is checked against Python with hypothesis operands of 0 to 5,000 bits:
random bits, powers of two and their neighbours, all-ones values, digits at the 32-bit
boundaries (0, 1, 2**31 +- 1, 2**32 - 1) that stress carries and Knuth's quotient estimate,
each with either sign.  Exceptions must match CPython's type and message.
"""

from __future__ import annotations

import math
import os
import random
import shutil
import subprocess
import sys
import ctypes

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import ROOT, TESTS_DIR

RUNTIME = os.path.join(ROOT, "pyzc", "runtime_c")
SOURCES = [os.path.join(RUNTIME, "long.c"), os.path.join(RUNTIME, "msg.c"), os.path.join(TESTS_DIR, "runtime_c", "long_shim.c")]
CFLAGS = ["-std=gnu11", "-Wall", "-Wextra", "-Werror", "-I", RUNTIME]
MAX_BITS = 5000
EXAMPLES = 100

sys.set_int_max_str_digits(0)  # the reference computes past the 4300-digit limit; long.c must not


# ------------------------------------------------------------------ backends

class CtypesLib:
    def __init__(self, path: str):
        self.lib = ctypes.CDLL(path)
        self.lib.shim_eval.restype = ctypes.c_char_p
        self.lib.shim_eval.argtypes = [ctypes.c_char_p]

    def eval(self, line: str) -> str:
        return self.lib.shim_eval(line.encode()).decode()


class PipeProgram:
    def __init__(self, argv: list[str], env: dict | None = None):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env=env)

    def eval(self, line: str) -> str:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        if not answer:
            assert self.proc.stderr
            raise AssertionError(f"the shim died on {line[:200]!r}:\n{self.proc.stderr.read()[-5000:]}")
        return answer.rstrip("\n")

    def close(self):
        assert self.proc.stdin
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        assert self.proc.stderr
        err = self.proc.stderr.read()
        assert self.proc.returncode == 0 and "runtime error" not in err and "Sanitizer" not in err, err[-5000:]


def build(cmd: list[str]):
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module", params=["gcc", "asan"])
def shim(request, tmp_path_factory):
    if shutil.which("gcc") is None:
        pytest.skip("gcc is needed")
    out = tmp_path_factory.mktemp("long")
    if request.param == "gcc":
        lib = str(out / "long_shim.so")
        build(["gcc", "-O2", "-fPIC", "-shared", *CFLAGS, *SOURCES, "-lm", "-o", lib])
        yield CtypesLib(lib)
        return
    exe = str(out / "long_shim_asan")
    build(["gcc", "-O1", "-g", "-fsanitize=address,undefined", "-fno-sanitize-recover=undefined",
           "-fno-omit-frame-pointer", "-DSHIM_MAIN", *CFLAGS, *SOURCES, "-lm", "-o", exe])
    prog = PipeProgram([exe], env={**os.environ, "ASAN_OPTIONS": "detect_leaks=0",
                                   "UBSAN_OPTIONS": "print_stacktrace=1"})
    yield prog
    prog.close()


# ---------------------------------------------------- the protocol and CPython's answers

def h(x: int) -> str:
    return format(x, "x")


def fl(x: float) -> str:
    return float.hex(x)


def parse_answer(op: str, text: str):
    if text.startswith("!"):
        kind, _, msg = text[1:].partition(" ")
        return ("raise", kind, msg)
    if op in ("cmp", "eq", "bitlen", "hash", "cmpd", "cmpi64", "modi64"):
        return int(text)
    if op == "toi64":
        return None if text == "nofit" else int(text)
    if op in ("tod", "truediv"):
        return float.fromhex(text)
    if op == "tostr":
        return text
    if op == "tobytes":
        return bytes.fromhex(text[1:])
    if op == "parse":
        return "invalid" if text == "invalid" else int(text, 16)
    words = text.split(" ")
    if op == "divmod":
        return tuple(int(w, 16) for w in words)
    assert len(words) == 1, text
    return int(words[0], 16)


def reference(op: str, *args):
    """What CPython gives for the operation, in parse_answer's terms."""
    try:
        return _reference(op, *args)
    except (ZeroDivisionError, ValueError, OverflowError, MemoryError) as e:
        return ("raise", type(e).__name__, str(e))


def _reference(op, *a):
    if op == "add": return a[0] + a[1]
    if op == "sub": return a[0] - a[1]
    if op in ("mul", "muli64"): return a[0] * a[1]
    if op == "sqr": return a[0] * a[0]
    if op in ("addi64", "addii"): return a[0] + a[1]
    if op == "subii": return a[0] - a[1]
    if op == "mulii": return a[0] * a[1]
    if op == "floordiv": return a[0] // a[1]
    if op == "mod": return a[0] % a[1]
    if op == "divmod": return divmod(a[0], a[1])
    if op == "pow": return a[0] ** a[1]
    if op == "powmod": return pow(a[0], a[1], a[2])
    if op == "lshift": return a[0] << a[1]
    if op == "rshift": return a[0] >> a[1]
    if op == "and": return a[0] & a[1]
    if op == "or": return a[0] | a[1]
    if op == "xor": return a[0] ^ a[1]
    if op == "invert": return ~a[0]
    if op == "neg": return -a[0]
    if op == "abs": return abs(a[0])
    if op == "gcd": return math.gcd(a[0], a[1])
    if op == "isqrt": return math.isqrt(a[0])
    if op == "factorial": return math.factorial(a[0])
    if op == "fromi64": return a[0]
    if op == "fromd": return int(a[0])
    if op in ("cmp", "cmpi64"): return (a[0] > a[1]) - (a[0] < a[1])
    if op == "modi64": return a[0] % a[1]
    if op == "eq": return int(a[0] == a[1])
    if op == "bitlen": return a[0].bit_length()
    if op == "hash": return hash(a[0])
    if op == "cmpd":
        x, v = a
        return 0 if x != x else 1 if x < v else 2 if x == v else 4
    if op == "toi64": return a[0] if -2**63 <= a[0] < 2**63 else None
    if op == "tod": return float(a[0])
    if op == "truediv": return a[0] / a[1]
    if op == "tobytes": return a[0].to_bytes(a[1], "big" if a[2] else "little", signed=bool(a[3]))
    if op == "frombytes": return int.from_bytes(a[0], "big" if a[1] else "little", signed=bool(a[2]))
    if op == "tostr":
        x, base = a
        if base == 10:
            sys.set_int_max_str_digits(4300)
            try:
                return str(x)
            finally:
                sys.set_int_max_str_digits(0)
        return format(x, {2: "b", 8: "o", 16: "x"}[base])
    if op == "parse":
        base, text = a
        sys.set_int_max_str_digits(4300)
        try:
            return int(text, base)
        except ValueError as e:
            if str(e).startswith("invalid literal"):
                assert str(e).startswith(f"invalid literal for int() with base {base}: "), e
                return "invalid"
            raise
        finally:
            sys.set_int_max_str_digits(0)
    raise AssertionError(op)


# ops whose int arguments travel in decimal (counts, bases, int64 operands)
DECIMAL_ARGS = {"lshift": (1,), "rshift": (1,), "factorial": (0,), "fromi64": (0,), "addi64": (1,), "muli64": (1,),
                "tostr": (1,), "parse": (0,), "addii": (0, 1), "subii": (0, 1), "mulii": (0, 1),
                "tobytes": (1, 2, 3), "frombytes": (1, 2), "cmpi64": (1,), "modi64": (1,)}


def encode(op: str, *args) -> str:
    words = [op]
    for i, x in enumerate(args):
        if i in DECIMAL_ARGS.get(op, ()):
            words.append(str(x))
        elif isinstance(x, float):
            words.append(fl(x))
        elif isinstance(x, str):
            words.append(x.encode("latin-1").hex())
        elif isinstance(x, bytes):
            words.append(x.hex() or "-")
        else:
            words.append(h(x))
    return " ".join(words)


def check(backend, op: str, *args):
    got = parse_answer(op, backend.eval(encode(op, *args)))
    want = reference(op, *args)
    if isinstance(want, float) and isinstance(got, float):
        assert got.hex() == want.hex(), (op, args)   # -0.0 is not 0.0
    assert got == want, f"{op}{tuple(a if not isinstance(a, int) or abs(a) < 2**128 else hex(a) for a in args)}"


# ------------------------------------------------------------------ operands

DIGIT_PATTERNS = (0, 1, 2, 0x7FFFFFFF, 0x80000000, 0x80000001, 0xFFFFFFFE, 0xFFFFFFFF)


@st.composite
def ints(draw, max_bits: int = MAX_BITS, signed: bool = True):
    kind = draw(st.integers(0, 6))
    sign = draw(st.sampled_from([1, -1])) if signed else 1
    bits = draw(st.one_of(st.integers(0, max_bits),
                          st.integers(0, max_bits // 32).map(lambda k: 32 * k),
                          st.integers(0, 70)))
    bits = min(bits, max_bits)
    if kind == 0:
        return sign * draw(st.integers(0, 2**65))
    if kind == 1:
        return sign * max(0, (1 << bits) + draw(st.integers(-1, 1)))
    if kind == 2:
        return sign * ((1 << bits) - 1)
    if kind == 3:
        return 0
    if kind == 4:
        return sign * sum(1 << draw(st.integers(0, max_bits)) for _ in range(draw(st.integers(1, 4))))
    if kind == 5:
        n = (bits + 31) // 32
        ds = draw(st.lists(st.sampled_from(DIGIT_PATTERNS), min_size=n, max_size=n))
        return sign * sum(d << (32 * i) for i, d in enumerate(ds))
    return sign * random.Random(draw(st.integers(0, 2**32))).getrandbits(bits)


SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


# ---------------------------------------------------------------- the tests

@pytest.mark.parametrize("op", ["add", "sub", "mul", "floordiv", "mod", "divmod", "and", "or", "xor", "cmp", "eq",
                                "gcd"])
@SETTINGS
@given(a=ints(), b=ints())
def test_binary(shim, op, a, b):
    check(shim, op, a, b)


@pytest.mark.parametrize("op", ["neg", "abs", "invert", "bitlen", "hash", "toi64", "tod", "sqr", "isqrt"])
@SETTINGS
@given(a=ints())
def test_unary(shim, op, a):
    check(shim, op, a)


@st.composite
def quotient_pairs(draw):
    """Operands whose true quotient lands anywhere in the float range, its edges included."""
    b = draw(ints())
    a = draw(st.one_of(ints(), st.builds(lambda k, x: x << k if k >= 0 else x >> -k,
                                        st.integers(-1100, 1100), st.just(b) | ints(max_bits=200))))
    return a, b


@SETTINGS
@given(pair=quotient_pairs())
def test_true_division(shim, pair):
    check(shim, "truediv", *pair)


@SETTINGS
@given(a=ints(), b=ints(max_bits=MAX_BITS // 2))
def test_division_by_a_shorter_divisor(shim, a, b):
    """A quotient of many digits (the single-digit path and Knuth's loop)."""
    check(shim, "divmod", a, b)
    check(shim, "divmod", a * b + b // 3, b)


@SETTINGS
@given(a=ints(), k=st.one_of(st.integers(-2, 5100), st.integers(0, 200)))
def test_shifts(shim, a, k):
    check(shim, "lshift", a, k)
    check(shim, "rshift", a, k)


@SETTINGS
@given(a=ints(), k=st.one_of(st.integers(-2**63, 2**63 - 1), st.integers(-3, 3)))
def test_int64_operands(shim, a, k):
    check(shim, "addi64", a, k)
    check(shim, "muli64", a, k)
    check(shim, "cmpi64", a, k)
    check(shim, "modi64", a, k)
    check(shim, "cmpi64", k, k)
    check(shim, "fromi64", k)
    check(shim, "toi64", k)


INT64 = st.one_of(st.integers(-2**63, 2**63 - 1), st.sampled_from([-2**63, 2**63 - 1, -1, 0, 1, 2**32, -2**32]))


@SETTINGS
@given(a=INT64, b=INT64)
def test_int64_pairs(shim, a, b):
    """The exact results the compiler's overflow slow path asks for."""
    for op in ("addii", "subii", "mulii"):
        check(shim, op, a, b)


@SETTINGS
@given(a=ints(max_bits=2000), e=st.integers(0, 300))
def test_pow(shim, a, e):
    assume(abs(a).bit_length() * e <= 60000)
    check(shim, "pow", a, e)


@SETTINGS
@given(a=ints(max_bits=2000), e=ints(max_bits=300), m=ints(max_bits=2000))
def test_powmod(shim, a, e, m):
    check(shim, "powmod", a, e, m)


@SETTINGS
@given(a=ints(max_bits=600), length=st.integers(0, 90), big=st.booleans(), signed=st.booleans())
def test_bytes(shim, a, length, big, signed):
    check(shim, "tobytes", a, length, int(big), int(signed))
    n = (abs(a).bit_length() + 8) // 8
    check(shim, "tobytes", a, n, int(big), int(signed))
    if a < 0:
        check(shim, "tobytes", -(1 << (8 * n - 1)), n, int(big), 1)
    raw = a.to_bytes(n, "little", signed=True)
    check(shim, "frombytes", raw, int(big), int(signed))


@SETTINGS
@given(a=ints(), base=st.sampled_from([2, 8, 10, 16]))
def test_to_string(shim, a, base):
    check(shim, "tostr", a, base)


@SETTINGS
@given(x=st.one_of(st.floats(), st.floats(min_value=-1e300, max_value=1e300),
                   st.integers(-2**80, 2**80).map(float)))
def test_from_double(shim, x):
    check(shim, "fromd", x)


@st.composite
def float_near_int(draw):
    """An int and a float close to it: the float of the int, its neighbours, halves."""
    a = draw(ints(max_bits=1100))
    try:
        x = float(a)
    except OverflowError:
        x = math.inf if a > 0 else -math.inf
    x = draw(st.sampled_from([x, math.nextafter(x, math.inf), math.nextafter(x, -math.inf), x + 0.5, -x, 0.0,
                              math.nan, math.inf, -math.inf]))
    return x, a


@SETTINGS
@given(pair=float_near_int())
def test_compare_with_double(shim, pair):
    x, a = pair
    check(shim, "cmpd", x, a)


@st.composite
def rounding_cases(draw):
    """Ints whose float is a tie or next to one: 53 bits, then a guard bit, then a tail."""
    m = draw(st.integers(2**52, 2**53 - 1))
    shift = draw(st.integers(2, 1000))
    tail = draw(st.sampled_from([0, 1, (1 << (shift - 1)), (1 << (shift - 1)) - 1, (1 << (shift - 1)) + 1,
                                 (1 << shift) - 1]))
    return draw(st.sampled_from([1, -1])) * ((m << shift) + tail)


@SETTINGS
@given(a=rounding_cases())
def test_to_double_rounds_half_even(shim, a):
    check(shim, "tod", a)


@SETTINGS
@given(n=st.integers(-3, 3000))
def test_factorial(shim, n):
    check(shim, "factorial", n)


def test_multiplication_sizes(shim):
    """Karatsuba at and around its cutoff, several levels deep, lopsided, and squaring."""
    rng = random.Random(19)
    sizes = [1, 2, 47, 48, 49, 95, 96, 97, 100, 193, 400, 1000, 2500]
    for na in sizes:
        for nb in sizes:
            a = rng.getrandbits(32 * na) | (1 << (32 * na - 1))
            b = rng.getrandbits(32 * nb) | (1 << (32 * nb - 1))
            check(shim, "mul", a, -b)
        check(shim, "sqr", (1 << (32 * na)) - 1)
        check(shim, "sqr", rng.getrandbits(32 * na))


def test_division_sizes(shim):
    rng = random.Random(20)
    for nb in [1, 2, 3, 10, 100, 400]:
        for extra in [0, 1, 2, 50, 300]:
            b = rng.getrandbits(32 * nb) | 1
            a = rng.getrandbits(32 * (nb + extra))
            for x, y in ((a, b), (-a, b), (a, -b), (-a, -b), ((1 << (32 * (nb + extra))) - 1, (1 << (32 * nb - 1)) + 1)):
                check(shim, "divmod", x, y)


# ------------------------------------------------------------------ strings

ALPHABET = "0123456789abcdefxyzABCDEFXOBob_+- \t\n\x0b\x0c\r\x00.#"


@st.composite
def literals(draw):
    base = draw(st.sampled_from([0, 0, 2, 3, 7, 8, 10, 10, 16, 36, *range(2, 37)]))
    x = draw(ints(max_bits=700))
    b = base or draw(st.sampled_from([2, 8, 10, 16]))
    digits = []
    n = abs(x)
    while True:
        n, d = divmod(n, b)
        digits.append("0123456789abcdefghijklmnopqrstuvwxyz"[d])
        if n == 0:
            break
    text = "".join(reversed(digits))
    if draw(st.booleans()):
        text = "".join(c.upper() if draw(st.booleans()) else c for c in text[:50]) + text[50:]
    if draw(st.booleans()):
        text = "0" * draw(st.integers(0, 3)) + text
    chars = list(text)
    for _ in range(draw(st.integers(0, 3))):
        i = draw(st.integers(0, len(chars)))
        chars.insert(i, "_")
    text = "".join(chars)
    if b in (2, 8, 16) and (base == 0 or draw(st.booleans())):
        p = {2: "0b", 8: "0o", 16: "0x"}[b]
        text = (p.upper() if draw(st.booleans()) else p) + ("_" if draw(st.booleans()) else "") + text
    if x < 0 or draw(st.booleans()):
        text = ("-" if x < 0 else "+") + text
    text = draw(st.sampled_from(["", " ", "\t\n "])) + text + draw(st.sampled_from(["", " ", "\r\n"]))
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):   # a few broken ones
        i = draw(st.integers(0, len(text)))
        c = draw(st.sampled_from(ALPHABET))
        text = text[:i] + c + text[i + draw(st.integers(0, 1)):]
    return base, text


@SETTINGS
@given(case=literals())
def test_parse(shim, case):
    base, text = case
    check(shim, "parse", base, text)


@SETTINGS
@given(text=st.text(alphabet=ALPHABET, max_size=12), base=st.sampled_from([0, 2, 8, 10, 16, 36]))
def test_parse_junk(shim, text, base):
    check(shim, "parse", base, text)


def test_parse_bad_base(shim):
    for base in (-1, 1, 37):
        check(shim, "parse", base, "1")


def test_the_4300_digit_limit(shim):
    """CPython 3.11's limit both ways, with its messages; bases that are powers of two are exempt."""
    for n in (4299, 4300, 4301, 5000):
        for base in (10, 3, 36, 16, 2):
            for text in ("1" * n, "0" * n, "-" + "9" * n if base != 2 else "1" * n, "1_" * (n - 1) + "1",
                         "1" * n + "x", " " + "2" * n + " "):
                check(shim, "parse", base, text)
        check(shim, "parse", 0, "0x" + "f" * n)
    for x in (10**4299, 10**4300 - 1, 10**4300, -(10**4300 - 1), -(10**4300), 2**14285, 2**14300, 7**6000):
        for base in (10, 16, 2, 8):
            check(shim, "tostr", x, base)


def test_errors(shim):
    check(shim, "floordiv", 1 << 100, 0)
    check(shim, "mod", -(1 << 100), 0)
    check(shim, "divmod", 0, 0)
    check(shim, "powmod", 3, 5, 0)
    check(shim, "powmod", 6, -1, 9)
    check(shim, "powmod", 7, -1, 9)
    check(shim, "powmod", 7, -(1 << 70), -(1 << 80) - 1)
    check(shim, "lshift", 1 << 100, -1)
    check(shim, "rshift", -(1 << 100), -1)
    check(shim, "lshift", 1, 1 << 62)   # MemoryError (no message), as CPython
    check(shim, "tod", 1 << 1024)
    check(shim, "tod", (1 << 1024) - (1 << 970))   # rounds up to 2**1024: OverflowError
    check(shim, "tod", (1 << 1024) - (1 << 971))   # the largest float
    check(shim, "fromd", math.nan)
    check(shim, "fromd", -math.inf)
    check(shim, "isqrt", -(1 << 100))
    check(shim, "factorial", -1)
    check(shim, "truediv", 1, 0)
    check(shim, "truediv", 0, -(1 << 100))
    check(shim, "truediv", 1 << 2000, 3)
    check(shim, "truediv", (1 << 1024) - (1 << 970), 1)   # rounds to 2**1024: OverflowError
    check(shim, "truediv", 1, 1 << 1074)   # half the smallest subnormal: rounds to even, 0
    check(shim, "truediv", 3, 1 << 1075)
    check(shim, "truediv", -(1 << 200) - 1, 1 << 1200)


# ---------------------------------------------------------------- 32-bit arm

def arm_cases() -> list[tuple]:
    rng = random.Random(32)

    def val(bits=MAX_BITS):
        k = rng.randrange(6)
        b = rng.randrange(bits + 1)
        x = [0, 1 << b, (1 << b) - 1, rng.getrandbits(b), rng.getrandbits(64), (1 << b) + 1][k]
        return x if rng.random() < 0.5 else -x

    cases = []
    for op in ("add", "sub", "mul", "floordiv", "mod", "divmod", "and", "or", "xor", "cmp", "gcd"):
        cases += [(op, val(), val()) for _ in range(20)]
        cases += [(op, val(), val(200)) for _ in range(5)]
    for op in ("neg", "invert", "bitlen", "hash", "toi64", "tod", "sqr", "isqrt"):
        cases += [(op, val()) for _ in range(12)]
    cases += [("lshift", val(), rng.randrange(300)) for _ in range(10)]
    cases += [("rshift", val(), rng.randrange(300)) for _ in range(10)]
    cases += [("muli64", val(), rng.randrange(-2**63, 2**63)) for _ in range(10)]
    cases += [("pow", val(300), rng.randrange(40)) for _ in range(10)]
    cases += [("powmod", val(600), abs(val(200)), val(600) or 7) for _ in range(10)]
    cases += [("tostr", val(), b) for b in (2, 8, 10, 16) for _ in range(5)]
    cases += [("parse", 10, str(val(3000))) for _ in range(5)] + [("parse", 16, hex(val())) for _ in range(5)]
    cases += [("parse", 0, "0x_ff_ff"), ("parse", 36, "zz_top"), ("parse", 10, "1" * 4301), ("tostr", 10**4300, 10)]
    cases += [("fromd", rng.uniform(-1e300, 1e300)) for _ in range(10)]
    cases += [("cmpd", float(x) * rng.choice([1, 1.0000001]), x) for x in (val(1000) for _ in range(10))]
    cases += [("truediv", val(), val(2000) or 3) for _ in range(15)]
    cases += [("truediv", val(60) << rng.randrange(1100), val(60) or 1) for _ in range(10)]
    cases += [("tobytes", x, (abs(x).bit_length() + 8) // 8, rng.randrange(2), 1) for x in (val(300) for _ in range(8))]
    cases += [("frombytes", rng.randbytes(rng.randrange(1, 40)), rng.randrange(2), rng.randrange(2)) for _ in range(8)]
    cases += [("factorial", 500), ("tod", (1 << 1024) - (1 << 970)), ("floordiv", 1, 0)]
    mults = [rng.getrandbits(32 * n) for n in (47, 48, 100, 400, 1000)]
    cases += [("mul", x, -y) for x in mults for y in mults]
    return cases


def test_32_bit_arm_under_qemu(tmp_path):
    qemu = shutil.which("qemu-arm")
    if qemu is None:
        pytest.skip("qemu-arm is not installed (Debian package qemu-user)")
    from pyzc.toolchain import zig_command
    exe = str(tmp_path / "long_shim_arm")
    build([*zig_command(), "cc", "-target", "arm-linux-musleabihf", "-O2", "-DSHIM_MAIN", *CFLAGS, *SOURCES,
           "-o", exe])
    cases = arm_cases()
    assert len(cases) > 300
    stdin = "".join(encode(*c) + "\n" for c in cases)
    done = subprocess.run([qemu, exe], input=stdin, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    answers = done.stdout.split("\n")
    for c, text in zip(cases, answers):
        got = parse_answer(c[0], text)
        assert got == reference(*c), c[0]
    assert len(answers) == len(cases) + 1
