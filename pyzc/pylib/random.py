"""random: CPython's generator, so that a seeded program prints the same numbers compiled.

The Mersenne Twister (MT19937) as CPython's _randommodule.c runs it, with its seeding
(init_by_array over the 32-bit words of abs(seed)), and the derivations of CPython's
random.py: random() from two 32-bit outputs, _randbelow by rejection on getrandbits,
and randrange, randint, choice, shuffle, uniform, gauss, sample, choices ... as written
there.  Without a seed the generator starts from the clock (CPython uses os.urandom:
either way the sequence differs from run to run).

`Random(seed)` is a generator of its own (its state in the object's fields); the module's
functions are those of one made when the module is imported, seeded from the clock.
"""

import bisect
import math
import time

_N = 624
_M = 397
_LOG4 = math.log(4.0)  # gammavariate's constants, as CPython's random.py has them
_SG_MAGICCONST = 1.0 + math.log(4.5)
_NO_SEED = -9223372036854775807  # seed() with no argument (the default below): from the clock


class Random:
    def __init__(self, x: int = -9223372036854775807):
        self._mt = [0] * 624
        self._index = 625
        self._gauss_next = 0.0
        self._has_gauss_next = False
        self.seed(x)

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & 0xFFFFFFFF
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xFFFFFFFF
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        n = len(key)
        k = _N if _N > n else n
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & 0xFFFFFFFF
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= n:
                j = 0
            k -= 1
        k = _N - 1
        while k > 0:
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & 0xFFFFFFFF
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            k -= 1
        mt[0] = 0x80000000

    def _twist(self):
        mt = self._mt
        for kk in range(_N - _M):
            y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7FFFFFFF)
            mt[kk] = mt[kk + _M] ^ (y >> 1) ^ ((y & 1) * 0x9908B0DF)
        for kk in range(_N - _M, _N - 1):
            y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7FFFFFFF)
            mt[kk] = mt[kk + (_M - _N)] ^ (y >> 1) ^ ((y & 1) * 0x9908B0DF)
        y = (mt[_N - 1] & 0x80000000) | (mt[0] & 0x7FFFFFFF)
        mt[_N - 1] = mt[_M - 1] ^ (y >> 1) ^ ((y & 1) * 0x9908B0DF)

    def _genrand_uint32(self):
        if self._index >= _N:
            self._twist()
            self._index = 0
        y = self._mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

    def seed(self, a: int = -9223372036854775807):
        """Seed from an int (all its bits, as CPython's random.seed does), or from the clock.
        CPython also seeds from a str (through its SHA-512) or a float (its hash): not yet here,
        and the annotation makes the compiler refuse them at the call (types/infer.py)."""
        if a == _NO_SEED:
            a = time.time_ns() ^ time.perf_counter_ns()
        n = -a if a < 0 else a
        key = [n & 0xFFFFFFFF]
        n >>= 32
        while n > 0:
            key.append(n & 0xFFFFFFFF)
            n >>= 32
        self._init_by_array(key)
        self._has_gauss_next = False

    def random(self):
        a = self._genrand_uint32() >> 5
        b = self._genrand_uint32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand_uint32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:  # 32-bit words, least significant first
            r = self._genrand_uint32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def _randbelow(self, n):
        k = _bit_length(n)
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=-9223372036854775807, step=1):
        """randrange(stop) or randrange(start, stop[, step]); a stop of -(2**63 - 1) counts as not given."""
        if stop == -9223372036854775807:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if start > 0:
                return self._randbelow(start)
            raise ValueError("empty range for randrange()")
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError(f"empty range for randrange() ({start}, {stop}, {width})")
        if step > 0:
            n = (width + step - 1) // step
        elif step < 0:
            n = (width + step + 1) // step
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [population[0] for _ in range(k)]
        setsize = 21
        if k > 5:
            setsize += 4 ** math.ceil(math.log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in selected:
                    j = self._randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, k=1):
        """CPython's: without weights an index per draw; with them, a bisection of the running totals."""
        if weights is None:
            n = len(population) + 0.0
            return [population[math.floor(self.random() * n)] for _ in range(k)]
        cum = []
        running = 0
        for w in weights:
            running += w
            cum.append(running)
        if len(cum) != len(population):
            raise ValueError("The number of weights does not match the population")
        total = cum[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = len(population) - 1
        return [population[bisect.bisect_right(cum, self.random() * total, 0, hi)] for _ in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        c = 0.5
        if mode is not None:
            if high == low:  # CPython: the ZeroDivisionError of (mode - low) / (high - low) returns low
                return low
            c = (mode - low) / (high - low)
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * math.sqrt(u * c)

    def gauss(self, mu=0.0, sigma=1.0):
        if self._has_gauss_next:
            z = self._gauss_next
            self._has_gauss_next = False
        else:
            x2pi = self.random() * (2.0 * math.pi)
            g2rad = math.sqrt(-2.0 * math.log(1.0 - self.random()))
            z = math.cos(x2pi) * g2rad
            self._gauss_next = math.sin(x2pi) * g2rad
            self._has_gauss_next = True
        return mu + z * sigma

    def normalvariate(self, mu=0.0, sigma=1.0):
        magic = 4 * math.exp(-0.5) / math.sqrt(2.0)
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = magic * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -math.log(u2):
                break
        return mu + z * sigma

    def expovariate(self, lambd):
        return -math.log(1.0 - self.random()) / lambd

    # The other distributions as CPython 3.11's random.py computes them, draw for draw.
    def lognormvariate(self, mu, sigma):
        return math.exp(self.normalvariate(mu, sigma))

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            return math.tau * self.random()
        s = 0.5 / kappa
        r = s + math.sqrt(1.0 + s * s)
        z = 0.0
        while True:
            u1 = self.random()
            z = math.cos(math.pi * u1)
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = self.random()
        if u3 > 0.5:
            return (mu + math.acos(f)) % math.tau
        return (mu - math.acos(f)) % math.tau

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            # R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters"
            ainv = math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - _LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= math.log(z):
                    return x * beta
        if alpha == 1.0:
            return -math.log(1.0 - self.random()) * beta
        # 0 < alpha < 1: algorithm GS of Kennedy and Gentle, Statistical Computing
        x = 0.0
        while True:
            u = self.random()
            b = (math.e + alpha) / math.e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -math.log((b - p) / alpha)
            u1 = self.random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= math.exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-math.log(u)) ** (1.0 / beta)


def _bit_length(n):
    k = 0
    while n > 0:
        n >>= 1
        k += 1
    return k


_inst = Random()


def seed(a: int = -9223372036854775807):
    _inst.seed(a)


def random():
    return _inst.random()


def getrandbits(k):
    return _inst.getrandbits(k)


def randrange(start, stop=-9223372036854775807, step=1):
    return _inst.randrange(start, stop, step)


def randint(a, b):
    return _inst.randrange(a, b + 1)


def choice(seq):
    return _inst.choice(seq)


def shuffle(x):
    _inst.shuffle(x)


def sample(population, k):
    return _inst.sample(population, k)


def choices(population, weights=None, k=1):
    return _inst.choices(population, weights, k)


def uniform(a, b):
    return _inst.uniform(a, b)


def triangular(low=0.0, high=1.0, mode=None):
    return _inst.triangular(low, high, mode)


def gauss(mu=0.0, sigma=1.0):
    return _inst.gauss(mu, sigma)


def normalvariate(mu=0.0, sigma=1.0):
    return _inst.normalvariate(mu, sigma)


def expovariate(lambd):
    return _inst.expovariate(lambd)


def lognormvariate(mu, sigma):
    return _inst.lognormvariate(mu, sigma)


def vonmisesvariate(mu, kappa):
    return _inst.vonmisesvariate(mu, kappa)


def gammavariate(alpha, beta):
    return _inst.gammavariate(alpha, beta)


def betavariate(alpha, beta):
    return _inst.betavariate(alpha, beta)


def paretovariate(alpha):
    return _inst.paretovariate(alpha)


def weibullvariate(alpha, beta):
    return _inst.weibullvariate(alpha, beta)
