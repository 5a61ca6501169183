# str.format on constant format strings: auto/manual numbering, keywords, specs, conversions, braces, errors.
name = "Ada"
score = 93.456
count = 1234567
print("{} scored {}".format(name, score))
print("{0} {1} {0}".format("a", "b"))
print("{name}: {score:.1f} ({count:,} points)".format(name=name, score=score, count=count))
print("[{:>10}] [{:<10}] [{:^10}] [{:*^11}]".format(name, name, name, name))
print("{:08.3f} {:+d} {: d} {:x} {:#o} {:b} {:_b}".format(-score, 42, 42, 255, 8, 10, 1023))
print("{:,.2f} {:_d} {:.2%} {:e} {:.3g} {:g}".format(count * 1.5, count, 0.4567, score, score, 1e-7))
print("{!r} {!s} {!r:>8}".format("q'uote", 5, "x"))
print("{{literal}} {{{}}} }}{{".format(7))
print("{:}|{!s:}|{:5}|{:<5}|".format(1.5, True, True, "ok"))
print("{0}{1}{0}".format(1, "-"), "{x}{y}".format(y=2, x=1))
print("unused arguments are fine: {}".format(1, 2, 3, extra=4))
print("{} {}".format([1, 2], {"k": (1, 2.5)}))
print("{:10.4s}|{:.0f}|{:5.1%}".format("truncated", 2.5, 1.0))
print("é{}日{}".format("ü", "本"), len("{:>5}".format("日本")))


class Money:
    def __init__(self, cents: int):
        self.cents = cents

    def __str__(self) -> str:
        return "${}.{:02d}".format(self.cents // 100, self.cents % 100)

    def __repr__(self) -> str:
        return "Money({})".format(self.cents)


width = 3 + len(name)
spec = ">" + str(width)
print(format(3.5, spec) + "|", format(name, spec) + "|", format(7, "") + "|", format(True), format(True, ">5"))
print(format(-1234.5678, ",.2f"), format(255, "#010x"), format(0.5, ".0%"), format([1, 2]), format(None))
try:
    raise ValueError("disk full")
except ValueError as e:
    print("error: {} ({!r})".format(e, "x"), "%s / %r" % (e, "y"))
m = Money(123456)
print("{} {!r} {!s:>12}|".format(m, m, m))
print("{0.cents} cents = {0}, {m.cents:,d} again".format(m, m=m))
row = {"name": "disk", "mount": "/home"}
sizes = [10, 200, 3000]
pair = ("x", 2.5)
print("{0[name]!r:>8} on {0[mount]} | {1[2]:>6,} {1[0]} | {2[1]:.2f}{2[0]} | {3.cents}".format(row, sizes, pair, m), "{.cents}".format(m))
LINE = "{r[name]:<6}|{s[1]:>5}|{{literal}}"
print(LINE.format(r=row, s=sizes))


def lookup_error() -> str:
    return "{0[7]}".format(sizes)
calls = []


def arg(v: int) -> int:
    calls.append(v)
    return v


print("{1}{0}{1}".format(arg(1), arg(2)), calls)


def e_index() -> str:
    return "{} {} {}".format(1, 2)


def e_key() -> str:
    return "{who}".format(what=1)


def e_switch_auto() -> str:
    return "{0} {}".format(1, 2)


def e_switch_manual() -> str:
    return "{} {1}".format(1, 2)


def e_single_close() -> str:
    return "a } b".format()


def e_single_open() -> str:
    return "a {".format()


def e_unclosed() -> str:
    return "{0".format(1)


def e_conversion() -> str:
    return "{!x}".format(1)


def e_bad_spec() -> str:
    return "{:d}".format(1.5)


for i in range(9):
    try:
        if i == 0:
            print(e_index())
        elif i == 1:
            print(e_key())
        elif i == 2:
            print(e_switch_auto())
        elif i == 3:
            print(e_switch_manual())
        elif i == 4:
            print(e_single_close())
        elif i == 5:
            print(e_single_open())
        elif i == 6:
            print(e_unclosed())
        elif i == 7:
            print(e_conversion())
        else:
            print(e_bad_spec())
    except IndexError as e:
        print(i, "IndexError:", e)
    except KeyError as e:
        print(i, "KeyError:", e)
    except ValueError as e:
        print(i, "ValueError:", e)
try:
    print(lookup_error())
except IndexError as e:
    print("IndexError:", e)
print("{missing}".format(present=1))
