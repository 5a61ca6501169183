"""fractions, as CPython 3.11's: Fraction, a rational number over two ints of any size.

A Fraction holds its numerator and denominator in lowest terms, the denominator
positive, as CPython's does; every operation gives CPython's result and its errors
(`ZeroDivisionError: Fraction(1, 0)`, `Invalid literal for Fraction: 'x'`).

An operation's result type depends on the other operand's type (Fraction or int gives
a Fraction, float gives a float): pyzc compiles each method once per type of `other`,
so the isinstance() tests below are decided when compiling and each instance returns
one type.  CPython's string format is a regular expression; it is scanned by hand here
(_parse), with re's meaning of \\d (str.isdecimal()) and \\s (str.isspace()), so a
program using Fraction does not carry the re engine.  float.as_integer_ratio() is
_float_ratio (doubling is exact).

Not here, refused by name: from_decimal (no decimal module), and a Fraction with a
complex or a Decimal.  `**` takes an int exponent (int ** Fraction and Fraction **
Fraction give an int, a Fraction or a float depending on the values: refused); a float
exponent gives a float, as CPython's.
"""

import math

__all__ = ["Fraction"]

_HASH_MODULUS = 2305843009213693951  # sys.hash_info.modulus: 2**61 - 1
_HASH_INF = 314159


def _float_ratio(x: float):
    """x.as_integer_ratio(), in lowest terms."""
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if math.isinf(x):
        raise OverflowError("cannot convert Infinity to integer ratio")
    d = 1
    while x != math.floor(x):
        x *= 2.0
        d *= 2
    return int(x), d


def _ipow(base: int, k: int) -> int:
    """base ** k for k >= 0, typed int (pyzc types `**` by a variable exponent as int or float)."""
    result = 1
    while k > 0:
        if k & 1:
            result *= base
        base *= base
        k >>= 1
    return result


def _digit_run(s: str, i: int) -> int:
    """The end of \\d+(_\\d+)* at i (i itself when there is none)."""
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    if j == i:
        return i
    while j + 1 < n and s[j] == "_" and s[j + 1].isdecimal():
        j += 2
        while j < n and s[j].isdecimal():
            j += 1
    return j


def _parse(s: str):
    """CPython's _RATIONAL_FORMAT matched by hand: (numerator, denominator), unnormalised."""
    n = len(s)
    i = 0
    while i < n and s[i].isspace():
        i += 1
    negative = False
    if i < n and s[i] in "+-":
        negative = s[i] == "-"
        i += 1
    if not (i < n and s[i].isdecimal() or i + 1 < n and s[i] == "." and s[i + 1].isdecimal()):
        raise ValueError(f"Invalid literal for Fraction: {s!r}")
    j = _digit_run(s, i)
    num = s[i:j]
    i = j
    numerator = int(num) if num else 0
    denominator = 1
    if i < n and s[i] == "/":
        j = _digit_run(s, i + 1)
        if j == i + 1:
            raise ValueError(f"Invalid literal for Fraction: {s!r}")
        denominator = int(s[i + 1:j])
        i = j
    else:
        if i < n and s[i] == ".":
            i += 1
            j = i
            if j < n and s[j] in "dD":  # CPython 3.11's pattern reads `d*` there, a typo for \d*: int() refuses it
                while j < n and s[j] in "dD":
                    j += 1
            else:
                j = _digit_run(s, i)
            decimal = s[i:j].replace("_", "")
            i = j
            if decimal:
                scale = _ipow(10, len(decimal))
                numerator = numerator * scale + int(decimal)
                denominator *= scale
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "+-":
                j += 1
            k = _digit_run(s, j)
            if k == j:
                raise ValueError(f"Invalid literal for Fraction: {s!r}")
            exp = int(s[i + 1:k])
            i = k
            if exp >= 0:
                numerator *= _ipow(10, exp)
            else:
                denominator *= _ipow(10, -exp)
    while i < n and s[i].isspace():
        i += 1
    if i != n:
        raise ValueError(f"Invalid literal for Fraction: {s!r}")
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction:
    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if isinstance(numerator, Fraction):
                n = numerator._numerator
                d = numerator._denominator
            elif isinstance(numerator, int):
                n = int(numerator)
                d = 1
            elif isinstance(numerator, float):
                n, d = _float_ratio(numerator)
            elif isinstance(numerator, str):
                n, d = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            n = _numer(numerator) * _denom(denominator)
            d = _numer(denominator) * _denom(numerator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError(f"Fraction({n}, 0)")
        if _normalize:
            g = math.gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self._numerator = n
        self._denominator = d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return Fraction(f)
        if not isinstance(f, float):
            raise TypeError(f"Fraction.from_float() only takes floats, not {f!r} ({type(f).__name__})")
        n, d = _float_ratio(f)
        return Fraction(n, d)

    @property
    def numerator(self) -> int:
        return self._numerator

    @property
    def denominator(self) -> int:
        return self._denominator

    @property
    def real(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    @property
    def imag(self) -> int:
        return 0

    def conjugate(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator: int = 1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self._numerator, self._denominator, _normalize=False)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:  # the continued fraction's convergents, while their denominators fit
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        near = Fraction(p1, q1)  # the closer of the last convergent and the best semiconvergent; ties: the convergent
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        if abs(near - self) <= abs(semi - self):
            return near
        return semi

    def __repr__(self) -> str:
        return f"Fraction({self._numerator}, {self._denominator})"

    def __str__(self) -> str:
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    # ---- arithmetic: a Fraction or an int gives a Fraction, a float a float
    def __add__(self, other):
        if isinstance(other, float):
            return float(self) + other
        if isinstance(other, (int, Fraction)):
            return Fraction(self._numerator * _denom(other) + _numer(other) * self._denominator,
                            self._denominator * _denom(other))
        raise TypeError(f"unsupported operand type(s) for +: 'Fraction' and '{type(other).__name__}'")

    def __radd__(self, other):
        if isinstance(other, float):
            return other + float(self)
        if isinstance(other, int):
            return Fraction(_numer(other) * self._denominator + self._numerator, self._denominator)
        raise TypeError(f"unsupported operand type(s) for +: '{type(other).__name__}' and 'Fraction'")

    def __sub__(self, other):
        if isinstance(other, float):
            return float(self) - other
        if isinstance(other, (int, Fraction)):
            return Fraction(self._numerator * _denom(other) - _numer(other) * self._denominator,
                            self._denominator * _denom(other))
        raise TypeError(f"unsupported operand type(s) for -: 'Fraction' and '{type(other).__name__}'")

    def __rsub__(self, other):
        if isinstance(other, float):
            return other - float(self)
        if isinstance(other, int):
            return Fraction(_numer(other) * self._denominator - self._numerator, self._denominator)
        raise TypeError(f"unsupported operand type(s) for -: '{type(other).__name__}' and 'Fraction'")

    def __mul__(self, other):
        if isinstance(other, float):
            return float(self) * other
        if isinstance(other, (int, Fraction)):
            return Fraction(self._numerator * _numer(other), self._denominator * _denom(other))
        raise TypeError(f"unsupported operand type(s) for *: 'Fraction' and '{type(other).__name__}'")

    def __rmul__(self, other):
        if isinstance(other, float):
            return other * float(self)
        if isinstance(other, int):
            return Fraction(_numer(other) * self._numerator, self._denominator)
        raise TypeError(f"unsupported operand type(s) for *: '{type(other).__name__}' and 'Fraction'")

    def __truediv__(self, other):
        if isinstance(other, float):
            return float(self) / other
        if isinstance(other, (int, Fraction)):
            return _divide(self._numerator, self._denominator, _numer(other), _denom(other))
        raise TypeError(f"unsupported operand type(s) for /: 'Fraction' and '{type(other).__name__}'")

    def __rtruediv__(self, other):
        if isinstance(other, float):
            return other / float(self)
        if isinstance(other, int):
            return _divide(_numer(other), 1, self._numerator, self._denominator)
        raise TypeError(f"unsupported operand type(s) for /: '{type(other).__name__}' and 'Fraction'")

    def __floordiv__(self, other):
        if isinstance(other, float):
            return float(self) // other
        if isinstance(other, (int, Fraction)):
            return (self._numerator * _denom(other)) // (self._denominator * _numer(other))
        raise TypeError(f"unsupported operand type(s) for //: 'Fraction' and '{type(other).__name__}'")

    def __rfloordiv__(self, other):
        if isinstance(other, float):
            return other // float(self)
        if isinstance(other, int):
            return (_numer(other) * self._denominator) // self._numerator
        raise TypeError(f"unsupported operand type(s) for //: '{type(other).__name__}' and 'Fraction'")

    def __mod__(self, other):
        if isinstance(other, float):
            return float(self) % other
        if isinstance(other, (int, Fraction)):
            return Fraction((self._numerator * _denom(other)) % (_numer(other) * self._denominator),
                            self._denominator * _denom(other))
        raise TypeError(f"unsupported operand type(s) for %: 'Fraction' and '{type(other).__name__}'")

    def __rmod__(self, other):
        if isinstance(other, float):
            return other % float(self)
        if isinstance(other, int):
            return Fraction((_numer(other) * self._denominator) % self._numerator, self._denominator)
        raise TypeError(f"unsupported operand type(s) for %: '{type(other).__name__}' and 'Fraction'")

    def __divmod__(self, other):
        if isinstance(other, float):
            return divmod(float(self), other)
        if isinstance(other, (int, Fraction)):
            q, r = divmod(self._numerator * _denom(other), self._denominator * _numer(other))
            return q, Fraction(r, self._denominator * _denom(other))
        raise TypeError(f"unsupported operand type(s) for divmod(): 'Fraction' and '{type(other).__name__}'")

    def __rdivmod__(self, other):
        if isinstance(other, float):
            return divmod(other, float(self))
        if isinstance(other, int):
            q, r = divmod(_numer(other) * self._denominator, self._numerator)
            return q, Fraction(r, self._denominator)
        raise TypeError(f"unsupported operand type(s) for divmod(): '{type(other).__name__}' and 'Fraction'")

    def __pow__(self, other: int | float):
        if isinstance(other, float):
            return float(self) ** other
        if isinstance(other, int):
            power = int(other)
            if power >= 0:
                return Fraction(_ipow(self._numerator, power), _ipow(self._denominator, power), _normalize=False)
            if self._numerator >= 0:
                return Fraction(_ipow(self._denominator, -power), _ipow(self._numerator, -power), _normalize=False)
            return Fraction(_ipow(-self._denominator, -power), _ipow(-self._numerator, -power), _normalize=False)
        raise TypeError(f"unsupported operand type(s) for ** or pow(): 'Fraction' and '{type(other).__name__}'")

    def __rpow__(self, other: float):
        if isinstance(other, float):
            return other ** float(self)
        raise TypeError(f"unsupported operand type(s) for ** or pow(): '{type(other).__name__}' and 'Fraction'")

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    # ---- conversions
    def __float__(self) -> float:
        return self._numerator / self._denominator

    def __int__(self) -> int:
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __trunc__(self) -> int:
        return self.__int__()

    def __floor__(self) -> int:
        return self._numerator // self._denominator

    def __ceil__(self) -> int:
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor = self._numerator // self._denominator
            twice = 2 * (self._numerator - floor * self._denominator)
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            if floor % 2 == 0:  # half way: to even
                return floor
            return floor + 1
        shift = _ipow(10, abs(ndigits))
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __bool__(self) -> bool:
        return self._numerator != 0

    def __hash__(self) -> int:
        if self._denominator % _HASH_MODULUS == 0:
            h = _HASH_INF
        else:  # the inverse of the denominator modulo the (prime) modulus, as CPython's pow(d, -1, M)
            inverse = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        if h == -1:
            return -2
        return h

    # ---- comparisons with Fractions, ints and floats (a float's exact value; nan and infinities as 0.0 is)
    def __eq__(self, other) -> bool:
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return 0.0 == other
            n, d = _float_ratio(other)
            return self._numerator == n and self._denominator == d
        if isinstance(other, (int, Fraction)):
            return self._numerator == _numer(other) and self._denominator == _denom(other)
        return False

    def __lt__(self, other) -> bool:
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return 0.0 < other
            n, d = _float_ratio(other)
            return self._numerator * d < n * self._denominator
        if isinstance(other, (int, Fraction)):
            return self._numerator * _denom(other) < _numer(other) * self._denominator
        raise TypeError(f"'<' not supported between instances of 'Fraction' and '{type(other).__name__}'")

    def __le__(self, other) -> bool:
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return 0.0 <= other
            n, d = _float_ratio(other)
            return self._numerator * d <= n * self._denominator
        if isinstance(other, (int, Fraction)):
            return self._numerator * _denom(other) <= _numer(other) * self._denominator
        raise TypeError(f"'<=' not supported between instances of 'Fraction' and '{type(other).__name__}'")

    def __gt__(self, other) -> bool:
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return 0.0 > other
            n, d = _float_ratio(other)
            return self._numerator * d > n * self._denominator
        if isinstance(other, (int, Fraction)):
            return self._numerator * _denom(other) > _numer(other) * self._denominator
        raise TypeError(f"'>' not supported between instances of 'Fraction' and '{type(other).__name__}'")

    def __ge__(self, other) -> bool:
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return 0.0 >= other
            n, d = _float_ratio(other)
            return self._numerator * d >= n * self._denominator
        if isinstance(other, (int, Fraction)):
            return self._numerator * _denom(other) >= _numer(other) * self._denominator
        raise TypeError(f"'>=' not supported between instances of 'Fraction' and '{type(other).__name__}'")


def _numer(x) -> int:
    """x.numerator of an int, a bool or a Fraction."""
    if isinstance(x, Fraction):
        return x._numerator
    return int(x)


def _denom(x) -> int:
    if isinstance(x, Fraction):
        return x._denominator
    return 1


def _divide(na: int, da: int, nb: int, db: int):
    """(na/da) / (nb/db), reduced as CPython's _div reduces it (its ZeroDivisionError names what is left)."""
    g1 = math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n = na * db
    d = nb * da
    if d < 0:
        n = -n
        d = -d
    return Fraction(n, d, _normalize=False)
