# fuzz seed 770200: mismatch, reduced from 762 lines (tests/fuzz)
# stdout line 68: pyzc '<end>', CPython 'padparts ValueError'; exit status 1, CPython 0
import itertools
import collections
import math
g_n0 = ((100 & -99999) * 1000 ** 1 >> 0) % 1000003 - 500001
I64_MAX = 9223372036854775807

def al_set0(xs, k):
    xs.discard(k % 12)
    if xs:
        xs.remove(min(xs))
    xs -= {2}
    xs |= {2, 1}
    return len(xs)

def fe1(acc, k, tag='t'):
    acc.append(k * 2)
    print('j', '-'.join((str(x2) for x2 in acc)), sum((1 for _ in acc)))
    if len(acc) > 2:
        acc.pop(0)
    return tag + str(len(acc))

def gz_src(n, k):
    total = 0
    try:
        for i in range(n):
            if i == k:
                raise ValueError('gz stop ' + str(i))
            total += i
            yield (i * 3 % 7)
    finally:
        print('gz finally', n, total)
    return total

def gz_map(xs, m):
    for x in xs:
        yield (x * m - 3)

def gz_keep(xs, d):
    for x in xs:
        if x % d != 0:
            yield x

def gz_rec(n):
    if n > 0:
        yield n
        yield from gz_rec(n - 2)
        yield (-n)

class GzBag:

    def __init__(self, xs):
        self.xs = list(xs)

    def __iter__(self):
        for x in self.xs:
            yield x

    def pairs(self):
        for i, x in enumerate(self.xs):
            if i % 2 == 0:
                yield (i, x)

class GzCount:

    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i % 5

def gz_total(it):
    s = 0
    for v in it:
        s += v
    return s

def gz_pick(flag, n):
    return gz_map(range(n), 2) if flag else gz_rec(n)

def gz_step(n, step=2):
    yield from range(0, n, step)

class GzHold:

    def __init__(self, g):
        self.g = g

    def first(self):
        return next(self.g, -1)

def nrfail(m):
    raise ValueError('nr ' + m)

def nrok(m):
    return m + '!'

def nrpick(flag, m):
    if flag:
        return nrfail(m)
    return nrok(m)

class CfBase:
    color = 'white'
    hits = 0
    seen = []
    shade = 'light'
    level = 0

    def __init__(self, k):
        self.k = k

    def visit(self):
        self.color = 'black' + str(self.k)
        self.hits += 1
        CfBase.seen.append(self.k)
        return self.hits

    @classmethod
    def bump(cls, n):
        cls.hits += n
        cls.seen.append(-n)
        return cls.hits

    @classmethod
    def label(cls):
        return cls.__name__ + ':' + cls.color

    @classmethod
    def make(cls, k):
        return cls(k + 1)

    def clone(self):
        return CfBase(self.k + 1)

    def tint(self):
        return self.shade + '/' + self.color

class CfSub(CfBase):
    color = 'grey'
    shade = 'mid'

    def clone(self):
        return CfSub(self.k + 2)

    def relevel(self):
        self.level = self.level * 2.5
        return self.level

    def paint(self):
        self.shade = 'dark' + str(self.k)

def cfpoke(o):
    o.hits += 2
    o.level += 0.5
    return (o.hits, o.level)

class CfPre:
    level = 0

    def __init__(self):
        self.desc = self.describe()

    def describe(self):
        return 'pre'

    def never(self):
        self.ghost = 1

    def ghost_read(self):
        return self.ghost

class CfPreSub(CfPre):

    def __init__(self, k):
        super().__init__()
        self.k = k

    def describe(self):
        return 'sub' + str(self.k)

def cfmake(k):
    try:
        return CfPreSub(k).desc
    except AttributeError as e:
        return str(e)

def main():
    global g_n0

    def cl2(q2):
        return g_n0
    print('closure', cl2(3), cl2(min(g_n0 // ((0 if False else -3) % 5 + 1), g_n0)))
    g_n0 = (g_n0 + 10) % 10007
    if (100 & len('Ünï')) + (-31 << 2) < -(-1) ** 3:
        try:
            if True:
                print('never', (max(g_n0 << 5, int(100.0) - (-11) ** 1) % 999 - 499) % (g_n0 * 0))
        except (ZeroDivisionError, KeyError) as e:
            print('caught', 'zde', e)
        finally:
            print('finally', 'zde')
    tp3 = (abs(5) // 10, repr(g_n0 * g_n0))
    li4 = [e * 3 for e in [1, 2, 3] if e > 0][:24]
    for ba in [28]:
        for bb in [-45, 9223372036854775806]:
            try:
                print('big', hash(pow(bb, 77, 246217535588434765232020174790241607111014820664998056152038833935)))
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                print('big err', type(e).__name__, e)
    bl = [508526381570981161533]
    bl.sort()
    print('blist', bl, sum(bl), max(bl), min(bl), 198122532556166327419623120 in bl, len(set(bl)))
    bd = {v: i for i, v in enumerate(bl)}
    print('bdict', bd.get(198122532556166327419623120, -1), sorted(bd))
    bt = (bl[0], bl[-1])
    print('btup', bt, bt < (198122532556166327419623120, 0), hash(bt) == hash((bl[0], bl[-1])))
    pp5 = 'naïve'
    pp5n = 2 ** 63
    pp5w = 2 ** 62
    pp5l = []
    pp5e = []
    try:
        print('padparts', repr(str(pp5n).rjust(12) + str(pp5n)))
    except (ValueError, MemoryError, OverflowError) as e:
        print('padparts', type(e).__name__)
    cf6s = [CfSub(0), CfBase(2), CfSub(4)]
    print('clsfield', [(type(o.clone()).__name__, o.clone().k, o.clone().label()) for o in cf6s])
    print('clsfield', [o.tint() for o in cf6s])
    print('clsfield', [(type(o.clone()).__name__, o.clone().k, o.clone().label()) for o in cf6s])
    CfSub.color = 'blue'
    print('clsfield', [(o.color, o.hits, o.shade, o.level) for o in cf6s], CfBase.hits, CfBase.seen, CfSub.color, CfBase.level)
    al7 = set([9, 5, 0, 7])
    print('arg', al_set0(al7, 4), al7)
    al8 = al7
    al8 |= al8
    al7 -= al7
    al8 -= {9, 2}
    al8 |= set([3])
    print('aliases', al7, al8)
    print('gz groups', [(k9, list(g9)) for k9, g9 in itertools.groupby(sorted(GzBag(range(5))), lambda v: v > 2)], [len(list(g9)) for _, g9 in itertools.groupby(GzBag(range(5)))], [list(g9) for g9 in [g9 for _, g9 in itertools.groupby(GzBag(range(5)))]])
    print('gz pick', [list(gz_pick(f, 2)) for f in (True, False)], sum(gz_pick(0 % 2 == 0, 2)))
    tc11 = 'naïve'
    tc11s = 'ab'
    try:
        print('textconv', f"{(tc11 if len(tc11s) > 0 else f'<{len(tc11s)}>'):.2}|")
    except ValueError as e:
        print('textconv', e)
    pp12 = '-'
    pp12n = 7
    pp12w = 2 ** 62
    pp12l = ['-', 'x y']
    pp12e = []
    try:
        print('padparts', repr(pp12 + (pp12 := (pp12 + '!')) + ' | '.join(pp12l) + pp12.zfill(12)))
    except (ValueError, MemoryError, OverflowError) as e:
        print('padparts', type(e).__name__)
    ps13t = '\u3000, ,\u3000'
    ps13o = []
    ps13n = 0
    ps13r = 'none'
    try:
        for ps13r in ps13t.split(','):
            ps13o.append(ps13r.split(','))
            ps13n += len(ps13r.split(' '))
            ps13o.append(ps13r.split(' '))
            print('piecesplit', repr(ps13r))
        print('piecesplit', ps13o, ps13n)
    except ValueError as e:
        print('piecesplit', e, ps13o, ps13n, repr(ps13r))
    bd14 = [-2, -547278, -636236617604, 272429, -124924503851, -2, -85011000640, 584090426762, 6, -869324376829, 0, -5, -6, -8, -565019396829, 98681, 4, -8, -8, 9, 263458, 76457, 9, 791875392316, -226738, 1, -89231, -3, -5, 234265797823, 255794468900, -960285385846, 168188, 0, 721330878317, -7, -753864350839, 327389992280, 287674046047, 999473942327, 458543, -5, 675212, -946952893061, -982587, 2, -142703981089, 457170, 1, -1, -7, 86795, 725433201920, -8, -322849843774, -833688, -925142818675, 8, 706934019044, -481278643009, 0, 361400, -755259, 610260, -783096419405, 2, 527315, -361425, -753283, 5, 9505, -640328, 338822, 2, -4, 672380, 3, -3, 155451, 591872702890, 801938612533, 528541, 338883963652, -650067, 209178, 289581, -792009042070, -2, 6, -377988666411, -128271618007, 737952754225, 0, -853756717846, -1, -550491, 9, -365553, 154702494790, -746669, -953725997735, 252307440382, -3992291930, 845916421659, -7, 4, 498992150193, 9, 740888843345, 276444846850, -917239005074, -2, -7, 1, 6, 983529, 92449463436, 535989341831, 902590017276, -867348668133, -543858, -141092145723, -523114, 343105, -3, 8, -298669, -881018553286, 0, -39032, -469031613941, 462509112535, -3, -223697456495]
    print('bd', bd14.count(-2), sorted(bd14, reverse=True)[:3], sorted(bd14)[:5], sum(bd14[:44]), bd14[43:47])
    print('gz step', list(gz_step((min(-12, 8) // ((-1) ** 0 % 11 + 1) << 3) % 9)), list(gz_step((min(-12, 8) // ((-1) ** 0 % 11 + 1) << 3) % 9, step=3)), list(gz_step(n=((g_n0 * 7 * 3 ^ (max(-99999, -3) if 'tt'.isupper() else g_n0 * g_n0)) % 2000003 - 1000001) % 10, step=1 + 1)))
    bv = 31
    print('btext', str(bv), repr(bv), f'{bv:_}', f'{bv:>50}', format(bv, 'o'), int(str(bv)) == bv)
    try:
        print('bfloat', float(bv), bv / 3, bv / 2 ** 70, bv == float(bv))
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print('big err', type(e).__name__, e)
    pp16 = '-7'
    pp16n = 2 ** 63
    pp16w = 0
    pp16l = ['--3']
    pp16e = []
    try:
        print('padparts', repr(pp16.rjust(1, '*') + (pp16 := (pp16 + '!')) + ','.join(pp16l)))
    except (ValueError, MemoryError, OverflowError) as e:
        print('padparts', type(e).__name__)
    ps17t = ''
    ps17o = []
    ps17n = 0
    ps17r = 'none'
    try:
        for ps17r in ps17t.split():
            ps17o.append(ps17r.split(None, 2))
            ps17r = 'z'
        print('piecesplit', ps17o, ps17n, repr(ps17r))
    except ValueError as e:
        print('piecesplit', e, ps17o, ps17n, repr(ps17r))
    print('sum', sum([0.5, 2.25], 20.0))
    g18 = gz_map(range(2), len(('-'.join([' pad ', 'Hello', 'ñu'])[:40] + '?')[5 % (len('-'.join([' pad ', 'Hello', 'ñu'])[:40]) + 1)]) % 5)
    try:
        print('gz stop', next(g18), next(g18), next(g18))
    except StopIteration:
        print('gz stopped')
    print('gz choose', list(itertools.permutations(list(GzBag(range(7)))[:5], (50 - len('xyz') | g_n0) % 1 % 4)))
    for ba in [86, -284840223472446550327869656219579257, 17]:
        for bb in [7331219639705614036394689033325440, 18446744073709551618]:
            try:
                print('big', ~-9223372036854775805 - ba // ba < -2.5e+19)
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                print('big err', type(e).__name__, e)
    print('sum', sum({1: 2, 12: 3}, 100))
    print('gz arg', gz_total((x * 1 for x in li4)), [w for w in (y - 1 for x in (x * 1 for x in li4 if x % 3 != 1) for y in range(x % 4)) if w])
    print('gz it', list(itertools.chain(gz_rec(7), (v for _, v in GzBag(range(7)).pairs()))))
    tc22 = False
    tc22s = 'xyz'
    try:
        print('textconv', f"{(tc22 if len(tc22s) > 2 else '')!s:<6}|")
    except ValueError as e:
        print('textconv', e)
    pp23 = '+12'
    pp23n = 7
    pp23w = -2
    pp23l = []
    pp23e = []
    try:
        print('padparts', repr(str(pp23n).rjust(len(pp23)) + (pp23 := (pp23 + '!')) + f'{pp23:>1}'))
    except (ValueError, MemoryError, OverflowError) as e:
        print('padparts', type(e).__name__)
    ps24t = '\xa0 c\t\x0bxyz;xyz'
    ps24o = []
    ps24n = 0
    ps24r = 'none'
    try:
        for ps24r in ps24t.splitlines():
            ps24n += len(ps24r.split('\n'))
            ps24o.append(ps24r.split('a'))
            ps24o.append(ps24r.split(''))
            ps24r = 'z'
        print('piecesplit', ps24o, ps24n, repr(ps24r))
    except ValueError as e:
        print('piecesplit', e, ps24o, ps24n, repr(ps24r))
    cf25s = [CfSub(3), CfSub(6), CfSub(3), CfSub(5)]
    print('clsfield', [o.relevel() for o in cf25s if isinstance(o, CfSub)])
    cf25s[-1].hits += 1
    cf25s[0].shade = 'own7'
    print('clsfield', [o.tint() for o in cf25s])
    print('clsfield', [(o.color, o.hits, o.shade, o.level) for o in cf25s], CfBase.hits, CfBase.seen, CfSub.color, CfBase.level)
    print('edge const', -1 << 63)
    h26 = GzHold((v for v in GzCount(6)))
    print('gz hold', h26.first(), h26.first(), list(h26.g), h26.first())
    for ba in [-600832154312766033348280487113147832589216615032945187393956, 18446744073709551618]:
        for bb in [-9223372036854775808]:
            try:
                print('big', f'{ba:,}')
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                print('big err', type(e).__name__, e)
    nr27s = ''
    nr27g = nrfail
    try:
        print('neverret', repr(len(nrfail('i'))))
    except ValueError as e:
        print('neverret', e)
    try:
        print('neverret', repr('a' + nrfail('c') + 'b'))
    except ValueError as e:
        print('neverret', e)
    try:
        print('neverret', repr(','.join(nrfail('v'))))
    except ValueError as e:
        print('neverret', e)
    cf28s = [CfSub(4), CfSub(4)]
    print('clsfield', [o.paint() for o in cf28s if isinstance(o, CfSub)])
    cf28s[0].shade = 'own6'
    print('clsfield', [o.tint() for o in cf28s])
    print('clsfield', [(o.color, o.hits, o.shade, o.level) for o in cf28s], CfBase.hits, CfBase.seen, CfSub.color, CfBase.level)
    print('fill', fe1(k=2, acc=[-4, 77]))
    print('gz pick', [list(gz_pick(f, (g_n0 % 13) ** 3 % 9)) for f in (True, False)], sum(gz_pick((((g_n0 + g_n0 if g_n0 % 2 == 0 else len('é') - g_n0) | tp3[0]) % 2000003 - 1000001) % 10 % 2 == 0, (g_n0 % 13) ** 3 % 9)))
    cf30s = [CfBase(3), CfSub(6)]
    print('clsfield', cfpoke(cf30s[1 % len(cf30s)]))
    print('clsfield', [(o.color, o.hits, o.shade, o.level) for o in cf30s], CfBase.hits, CfBase.seen, CfSub.color, CfBase.level)
    print('sum', sum([0.5, 2.25], 0.0))
    print('gz pick', [list(gz_pick(f, (int(0.001) % 3 if g_n0 * 3 % 2 == 0 else 2) % 9)) for f in (True, False)], sum(gz_pick(len(('é' + '12')[:30]) % 10 % 2 == 0, (int(0.001) % 3 if g_n0 * 3 % 2 == 0 else 2) % 9)))
    print('gz groups', [(k32, list(g32)) for k32, g32 in itertools.groupby(sorted((x * 3 for x in range(-((g_n0 - 7) % 97) ** 2 % 9) if x % 3 != 1)), lambda v: v > 2)], [len(list(g32)) for _, g32 in itertools.groupby((x * 3 for x in range(-((g_n0 - 7) % 97) ** 2 % 9) if x % 3 != 1))], [list(g32) for g32 in [g32 for _, g32 in itertools.groupby((x * 3 for x in range(-((g_n0 - 7) % 97) ** 2 % 9) if x % 3 != 1))]])
    print('gz choose', list(itertools.combinations(list(GzBag(range(5)))[:5], 2)))
    tc34 = 'ab'
    tc34s = 'ab'
    try:
        print('textconv', f'{tc34!r:<6}|{tc34!r}', format(tc34), '{}'.format(tc34))
    except ValueError as e:
        print('textconv', e)
    pp35 = ''
    pp35n = 10 ** 5000
    pp35w = 2 ** 62
    pp35l = ['+', '+']
    pp35e = []
    try:
        print('padparts', repr(''.join(pp35l) + str(pp35n) + str(pp35l.append(pp35)) + ''.join(pp35l) + str(pp35e.pop() if not pp35e else 1.5)))
    except (ValueError, MemoryError, OverflowError) as e:
        print('padparts', type(e).__name__)
    ps36t = ' aaaaaaaaaaaaaaaaaaaa'
    ps36o = []
    ps36n = 0
    ps36r = 'none'
    try:
        for ps36r in ps36t.split('\n'):
            ps36n += len(ps36r.split(''))
            ps36o.append(ps36r.split(','))
            ps36o.append(ps36r.split(', '))
            print('piecesplit', repr(ps36r))
        print('piecesplit', ps36o, ps36n, repr(ps36r))
    except ValueError as e:
        print('piecesplit', e, ps36o, ps36n, repr(ps36r))
    nr37s = 'x y'
    nr37g = nrfail
    try:
        print('neverret', repr(nrpick(True, nr37s) or nrfail('z')))
    except ValueError as e:
        print('neverret', e)
    try:
        print('neverret', repr(-nrfail('r')))
    except ValueError as e:
        print('neverret', e)
    cf38s = [CfSub(0), CfBase(3), CfSub(4)]
    print('clsfield', [(type(o.clone()).__name__, o.clone().k, o.clone().label()) for o in cf38s])
    CfSub.color = 'blue'
    print('clsfield', [(o.color, o.hits, o.shade, o.level) for o in cf38s], CfBase.hits, CfBase.seen, CfSub.color, CfBase.level)
    print('sum', sum(li4, start=12))
    tc39 = 0
    tc39s = 'ab'
    try:
        print('textconv', f'{tc39!r:.1f}|{tc39!r}', format(tc39), '{}'.format(tc39))
    except ValueError as e:
        print('textconv', e)
    ps40t = ', ,   \u3000'
    ps40o = []
    ps40n = 0
    ps40r = 'none'
    try:
        for ps40r in ps40t.split():
            ps40o.append(ps40r.split('\n'))
            ps40o.append(ps40r.split(',', 1))
        print('piecesplit', ps40o, ps40n)
    except ValueError as e:
        print('piecesplit', e, ps40o, ps40n, repr(ps40r))
    nr41s = 'x y'
    nr41g = nrfail
    try:
        print('neverret', repr({'a': nrfail('g')}))
    except ValueError as e:
        print('neverret', e)
    try:
        print('neverret', repr(','.join(nrfail('v'))))
    except ValueError as e:
        print('neverret', e)
    print('sum', sum(li4, start=3))
    bx = 1665819282536949807680
    for bi in range(19):
        bx = bx * bx % (2 ** 127 - 1) + bi
    print('bacc', bx, bx % 1000003, bx > 2 ** 63, float(bx) if abs(bx) < 2 ** 1000 else -1.0)
    try:
        print('bfloat', float(2 ** 380), 2 ** 380 * 0.5)
    except OverflowError as e:
        print('bfloat', e)
    pp42 = '+'
    pp42n = -2 ** 63
    pp42w = -2
    pp42l = []
    pp42e = []
    try:
        print('padparts', repr(', '.join([pp42.zfill(5), f'{pp42n}', f'{pp42:>2}', ','.join(pp42l)])))
    except (ValueError, MemoryError, OverflowError) as e:
        print('padparts', type(e).__name__)
    cf43s = [CfSub(8), CfSub(1), CfBase(3)]
    print('clsfield', [cfmake(k) for k in range(2)])
    print('clsfield', CfBase.bump(5))
    cf43s[0].shade = 'own0'
    print('clsfield', [o.tint() for o in cf43s])
    CfSub.color = 'blue'
    print('clsfield', [(o.color, o.hits, o.shade, o.level) for o in cf43s], CfBase.hits, CfBase.seen, CfSub.color, CfBase.level)
    nu44 = [-3, 0.5, True, 3.75, -0.0]
    nu44.append(-2)
    print('nu list', nu44, [x * 2 for x in nu44])
    nu45 = -30529
    print('nu', nu45, isinstance(nu45, int))
    nu45 = nu45 / 2
    print('nu', nu45, nu45 in [1, 2.0, 0], nu45 * False)
    tc46 = [1, 2]
    tc46s = ''
    try:
        print('textconv', tc46 if tc46s == 'ab' else '')
    except ValueError as e:
        print('textconv', e)
    nr47s = ''
    nr47g = nrfail
    try:
        print('neverret', repr(nrfail('o') if True else nr47s))
    except ValueError as e:
        print('neverret', e)
    try:
        print('neverret', repr({'a': nrfail('g')}))
    except ValueError as e:
        print('neverret', e)
    try:
        print('neverret', repr(nr47s + nrok(nr47s) + nrfail('x')))
    except ValueError as e:
        print('neverret', e)
    cf48s = [CfBase(5), CfSub(8), CfSub(7)]
    print('clsfield', cf48s[0].label())
    print('clsfield', [(type(o.clone()).__name__, o.clone().k, o.clone().label()) for o in cf48s])
    print('clsfield', [(o.color, o.hits, o.shade, o.level) for o in cf48s], CfBase.hits, CfBase.seen, CfSub.color, CfBase.level)
    print('sum', sum([e * 2 for e in li4], -16))
    b49 = GzBag(GzBag(range(((len(al7) - g_n0) % 1000003 - 500001) % 9)))
    print('gz bag', sorted(b49), sum(b49), list(zip(b49, GzCount(((len(al7) - g_n0) % 1000003 - 500001) % 9))), list(enumerate(b49)), min(b49, default=0), any((x > 3 for x in b49)), all(b49), '-'.join((str(x) for x in b49)), list(b49.pairs()))
    print('gz groups', [(k50, list(g50)) for k50, g50 in itertools.groupby(sorted((x * 0 for x in range(5) if x % 3 != 1)), lambda v: v > 2)], [len(list(g50)) for _, g50 in itertools.groupby((x * 0 for x in range(5) if x % 3 != 1))], [list(g50) for g50 in [g50 for _, g50 in itertools.groupby((x * 0 for x in range(5) if x % 3 != 1))]])
    for ba in [6235308246248278416045419542929204443171182163772878519727689, -176544175624491659576463762312099820262887, -51]:
        for bb in [-46, 53570757349127129824714088708292004498715584942, 16563803266426635160125058072869598861625921315283909110945151511831411]:
            try:
                print('big', (ba - bb + ba).bit_length())
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                print('big err', type(e).__name__, e)
    for ba in [-33091779726820451828526610869, 9007199254740989]:
        for bb in [347352868029839843286512216473349345060253372663632890970442194876674918588]:
            try:
                print('big', f'{pow(ba, 100, -823325934083957569865012086594568218668470461883656771760626616282600441894):,}')
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                print('big err', type(e).__name__, e)
    tc51 = 1e+22
    tc51s = ''
    try:
        print('textconv', f"{(tc51 if False else 'none'):.3}|")
    except ValueError as e:
        print('textconv', e)
    print('sum', sum([0.5, 2.25], -18))
    for ba in [4]:
        for bb in [5018391749990470639796608214025514013927754150925499954759735192]:
            try:
                print('big', f'{min(bb, 65 % bb) + (bb | 620947399176271207365117737915027815996370775580094 << 18):x}')
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                print('big err', type(e).__name__, e)
    pp52 = '+'
    pp52n = 10 ** 5000
    pp52w = 0
    pp52l = ['0', '-7', 'a' * 12]
    pp52e = []
    try:
        print('padparts', repr(str(pp52n).rjust(12) + str(pp52n) + pp52.rjust(1) + pp52.zfill(9999) + str(pp52e.pop() if not pp52e else 1.5)))
    except (ValueError, MemoryError, OverflowError) as e:
        print('padparts', type(e).__name__)
    cf53s = [CfBase(5), CfSub(2), CfBase(2), CfSub(9)]
    print('clsfield', [o.tint() for o in cf53s])
    print('clsfield', cfpoke(cf53s[3 % len(cf53s)]))
    print('clsfield', [(o.color, o.hits, o.shade, o.level) for o in cf53s], CfBase.hits, CfBase.seen, CfSub.color, CfBase.level)
    print('sc', {(0, 5), (1, -2), (5, -5), (-1, -2), (5, 3), (2, 5), (-2, -2), (4, 3), (0, 4), (-2, 0)})
    print('sc comp', [sx55 for sx55 in {(5, 3), (1, -2), (-2, -2), (4, 3), (0, 4), (-1, -2), (0, 5), (-2, 0), (2, 5), (5, -5)}])
    print('sc', {-48, -31, 25, -39, -32, -32, 40})
    g57 = gz_map(range(1), 4)
    try:
        print('gz stop', next(g57), next(g57), next(g57))
    except StopIteration:
        print('gz stopped')
    try:
        print('gz pipe', list(enumerate(gz_keep(gz_map(gz_src(g_n0 % 9, 255 % 10), 2), 2))))
    except ValueError as e58:
        print('gz err', e58)
    tc59 = -42
    tc59s = 'xyz'
    try:
        print('textconv', f"{(tc59 if True else '-')!r:.1f}|")
    except ValueError as e:
        print('textconv', e)
    ps60t = 'é\r\n\x0bab\r\n\u2028;\u2028\n\rba\x0b\n\ré;x,y'
    ps60o = []
    ps60n = 0
    try:
        ps60a, ps60r, ps60c = ps60t.split(';')
        ps60o.append(ps60r.split(','))
        ps60o.append(ps60r.split(' '))
        ps60n += len(ps60r.split(','))
        print('piecesplit', repr(ps60r))
        print('piecesplit', ps60o, ps60n, ps60c.split(','))
    except ValueError as e:
        print('piecesplit', e, ps60o, ps60n)
    cf61s = [CfSub(4)]
    print('clsfield', CfSub.make(4).label())
    print('clsfield', CfSub.make(4).label())
    print('clsfield', [(o.color, o.hits, o.shade, o.level) for o in cf61s], CfBase.hits, CfBase.seen, CfSub.color, CfBase.level)
    print('sum', sum([0.5, 2.25], 14))
    tc62 = ''
    tc62s = 'ab'
    try:
        print('textconv', f'{tc62:+}|{tc62}', format(tc62), '{}'.format(tc62))
    except ValueError as e:
        print('textconv', e)
    pp63 = '日本語'
    pp63n = 7
    pp63w = 0
    pp63l = ['ab']
    pp63e = []
    try:
        print('padparts', repr(pp63.zfill(9999) + str(pp63n).zfill(12) + (pp63e.pop() if pp63e else 'e') + str(pp63n).rjust(8)))
    except (ValueError, MemoryError, OverflowError) as e:
        print('padparts', type(e).__name__)
    ps64t = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u3000\x1c\u2028'
    ps64o = []
    ps64n = 0
    ps64r = 'none'
    try:
        for ps64r in ps64t.split('|'):
            ps64o.append(ps64r.split('a'))
        print('piecesplit', ps64o, ps64n, repr(ps64r))
    except ValueError as e:
        print('piecesplit', e, ps64o, ps64n, repr(ps64r))
    cf65s = [CfSub(1), CfBase(7), CfSub(8)]
    print('clsfield', CfBase.hits + len(CfBase.seen))
    print('clsfield', cf65s[3 % len(cf65s)].visit())
    cf65s[-1].hits += 4
    CfSub.color = 'blue'
    print('clsfield', [(o.color, o.hits, o.shade, o.level) for o in cf65s], CfBase.hits, CfBase.seen, CfSub.color, CfBase.level)
    print('sum', sum(li4, 0.5))
    print('g_n0', g_n0)
    print('tp3', tp3)
    print('li4', li4)
    print('al7', al7)
    print('al8', al8)
main()
