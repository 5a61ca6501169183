# fuzz seed 5003: mismatch, reduced from 312 lines (tests/fuzz)
# stdout line 8: pyzc "no err 'NoneType' object is not iterable", CPython 'no False'
g_x0 = (-3.75 - (12345 / -9 + (-3.75 + -3.75))) % 2000.0 - 500.0

class K0:

    def __init__(self, n, s):
        self.n = n
        self.s = s
        self.x = n / 8
        self.flag = n % 2 == 0

    def __repr__(self):
        return f'K0({self.n}, {self.s!r})'

    def m0(self):
        print('L39', self.x, self.s, self.n)
        print('L40', max(self.x, -7.125) % 1000.5 - 500.0, 3.0 % 360.0 - 500.0, len(chr(65 + 10 % 26)) if self.flag else (100 % -7) ** 3)
        return f'x:{self.n % 2 == 0} | {(3 if self.flag else len(self.s)):08d}'

    def m1(self, na0, na1=5):
        print('L44', self.n, self.flag, self.n)
        print('L45', 'AbC'.ljust(5, '.')[(5 if self.flag else -10) % 7 - 3::-1].center(9, '*'), (f'[{self.flag}' + self.m0())[:30], na0)
        return ((-99999 & na0) + self.n) % -(self.n % 11 + 1)

class K1(K0):

    def __init__(self, n, s, k1):
        super().__init__(n, s)
        self.k1 = k1

class K2(K1):

    def __init__(self, n, s, k1, k2):
        super().__init__(n, s, k1)
        self.k2 = k2
        self.s = self.s.upper()[:12]

def fn0():
    pass

def fn2(lip0):
    pass

def main():
    no23 = [2, 1] if 0 > 4 else None
    try:
        print('no', no23 if no23 is not None else [2, 1])
    except (TypeError, AttributeError) as eno23:
        print('no err', eno23)
    try:
        print('no', no23 == [2, 1])
    except (TypeError, AttributeError) as eno23:
        print('no err', eno23)
    try:
        print('no', isinstance(no23, str))
    except (TypeError, AttributeError) as eno23:
        print('no err', eno23)
    dno24 = {'a': [], 'b': []}
    no24 = dno24.get('a')
    try:
        print('no', no24 is not None)
    except (TypeError, AttributeError) as eno24:
        print('no err', eno24)
    try:
        print('no', no24 * 2)
    except (TypeError, AttributeError) as eno24:
        print('no err', eno24)
    no25 = None
    if 2 > 6:
        no25 = -1.25
    try:
        print('no', no25 == -1.25)
    except (TypeError, AttributeError) as eno25:
        print('no err', eno25)
    tp27 = (5, ('xyz' * 0 + str(32))[:30])
    try:
        dno28 = {'a': 4, 'b': 4}
        no28 = dno28.get('z')
        try:
            print('no', bool(no28))
        except (TypeError, AttributeError) as eno28:
            print('no err', eno28)
        dno29 = {'a': [3, 8], 'b': [3, 8]}
        no29 = dno29.get('a')
        try:
            print('no', bool(no29))
        except (TypeError, AttributeError) as eno29:
            print('no err', eno29)
        dk0_30 = {}
        dk0_30['a'] = K1(7, ','.join(['zz top', 'a b c', ' pad '])[:40][:10], max(12345, 5))
        for s31 in sorted(dk0_30):
            print('entry', s31, dk0_30[s31], dk0_30[s31].n)
        print('dk0_30', dk0_30, len(dk0_30))
        if (-99999 * 32 if -99999 <= 1 <= -99999 else 3) <= 12345 < 100:
            print('never', g_x0 / (0.0 * g_x0))
        for n32 in range(4, -1, -1):
            s33 = 'naïve'[:18]
            print('s33', s33)
            no34 = None
            if 3 > 0:
                no34 = (8, 8)
            try:
                print('no', [no34, no34])
            except (TypeError, AttributeError) as eno34:
                print('no err', eno34)
            try:
                print('no', no34 == (8, 8))
            except (TypeError, AttributeError) as eno34:
                print('no err', eno34)
            try:
                print('no', len(no34))
            except (TypeError, AttributeError) as eno34:
                print('no err', eno34)
            no35 = None
            for xno35 in [1, 9]:
                if no35 is None or xno35 > no35:
                    no35 = xno35
            try:
                print('no', abs(no35))
            except (TypeError, AttributeError) as eno35:
                print('no err', eno35)
            print('fn2', fn2([-32, n32 % (n32 % 5 + 1), n32]))
        ls36 = f'{10}'.split()[:24]
        print('ls36', ls36)
    except ZeroDivisionError as e:
        print('caught', 'zde', e)
main()
