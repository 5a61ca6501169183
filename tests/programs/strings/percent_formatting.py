# %-formatting: every conversion, flags, width/precision, single values and tuples, CPython's errors.
def show(label: str, text: str):
    print(label.ljust(14) + "|" + text + "|")


pi = 3.14159265
neg = -42
show("floats", "%5.2f %.0f %f %10.3e %E" % (pi, 2.5, 1.0 / 3, 12345.678, 0.000123))
show("general", "%g %g %g %G %.3g %g" % (100000.0, 1000000.0, 1e-5, 1.5e-10, 2.0 / 3, 0.0001))
show("ints", "%d %i %u %5d %-5d| %05d %+d % d" % (7, neg, 3, neg, neg, neg, 7, 7))
show("zero pad neg", "%08.3f %+08d %-08d" % (-pi, -5, -5))
show("hex oct", "%x %X %#x %#X %o %#o %#08x" % (255, 255, 255, 255, 8, 8, 255))
show("bool", "%s %d %r %.1f %x" % (True, True, False, True, True))
show("truncate", "%d %d %d" % (3.99, -3.99, 1e15))
show("int as float", "%f %e %g" % (2, 10, 123456789))
show("strings", "%s %5s %-5s %.2s %7.3s %r" % ("ab", "ab", "ab", "hello", "hello", "it's"))
show("repr quotes", "%r %r %r" % ('say "hi"', "both ' and \"", "tab\there"))
show("chars", "%c%c%c %3c %-3c" % (72, "i", 233, "x", 65))
show("percent", "100%% of %d%%" % 50)
show("single", "%s" % [1, 2, 3])
show("single tuple", "%s" % ((1, "a"),))
show("none", "value: %s" % None)
show("inf nan", "%f %e %g %5.1f %08.2f" % (float("inf"), float("-inf"), float("nan"), float("inf"), float("-inf")))
show("grouping", "%s" % f"{1234567.891:,.2f}")
show("list mapping", "constant" % [1])
show("length mods", "%ld %hd %Lf" % (1, 2, 3.5))


class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def __str__(self) -> str:
        return "(%d, %d)" % (self.x, self.y)

    def __repr__(self) -> str:
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(3, -4)
show("objects", "%s %r %12s" % (p, p, p))
disk = {"name": "sda1", "mount": "/home"}
show("mapping", "%(name)-6s on %(mount)s (%(name)r)" % disk)
counts = {"ok": 12, "fail": 3}
show("mapping nums", "%(ok)d passed, %(fail)03d failed, %(ok)#x, %(fail).1f%%" % counts)
show("dict as value", "empty %s" % {})
pair = (neg, "units")
show("tuple var", "%d %s" % pair)


def err_not_enough() -> str:
    return "%d and %d" % (1,)


def err_too_many() -> str:
    return "%d" % (1, 2)


def err_single_unused() -> str:
    return "no fields" % 5


def err_d_of_str() -> str:
    return "%d" % "x"


def err_i_of_none() -> str:
    return "%i" % None


def err_x_of_float() -> str:
    return "%x" % 1.5


def err_f_of_str() -> str:
    return "%.2f" % "3.5"


def err_unknown() -> str:
    return "%d %y" % (1, 2)


def err_incomplete() -> str:
    return "50 %" % 50


def err_char_range() -> str:
    return "%c" % 1114112


def err_char_str() -> str:
    return "%c" % "ab"


def err_nan() -> str:
    return "%d" % float("nan")


def err_missing_key() -> str:
    return "%(nope)s" % counts


def err_not_mapping() -> str:
    return "%(a)s" % (1, 2)


def err_incomplete_key() -> str:
    return "%(a" % counts


def err_order() -> str:
    return "%d %s %q" % ("first", 1, 2)


for i in range(16):
    try:
        if i == 0:
            print(err_not_enough())
        elif i == 1:
            print(err_too_many())
        elif i == 2:
            print(err_single_unused())
        elif i == 3:
            print(err_d_of_str())
        elif i == 4:
            print(err_i_of_none())
        elif i == 5:
            print(err_x_of_float())
        elif i == 6:
            print(err_f_of_str())
        elif i == 7:
            print(err_unknown())
        elif i == 8:
            print(err_incomplete())
        elif i == 9:
            print(err_char_range())
        elif i == 10:
            print(err_char_str())
        elif i == 11:
            print(err_nan())
        elif i == 12:
            print(err_missing_key())
        elif i == 13:
            print(err_not_mapping())
        elif i == 14:
            print(err_incomplete_key())
        else:
            print(err_order())
    except TypeError as e:
        print(i, "TypeError:", e)
    except ValueError as e:
        print(i, "ValueError:", e)
    except OverflowError as e:
        print(i, "OverflowError:", e)
    except KeyError as e:
        print(i, "KeyError:", e)
print("%s=%d" % ("last", 1) + "%s" % "!")
print("%s %s" % ("uncaught", "next:"), "%d" % "boom")
