# assert with messages, e.args of several exceptions, and str() of KeyError.
def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)


def percent(part, whole):
    assert whole > 0, "whole must be positive, got " + str(whole)
    assert 0 <= part <= whole, f"part {part} outside 0..{whole}"
    return 100.0 * part / whole


for xs in [[1.0, 2.0, 3.0], [], [4.5]]:
    try:
        print("mean", mean(xs))
    except AssertionError as ae:
        print("assertion failed:", ae)

for part, whole in [(1, 4), (5, 0), (7, 5), (3, 3), (-1, 10)]:
    try:
        print(f"{part}/{whole} = {percent(part, whole):.1f}%")
    except AssertionError as ae:
        print("bad input:", ae, ae.args)

try:
    assert 1 + 1 == 3
except AssertionError as ae:
    print("bare assert message:", repr(str(ae)), ae.args)

inventory = {"apple": 3, "pear": 0}
for item in ["apple", "kiwi", "pear", "fig"]:
    try:
        print(item, inventory[item])
    except KeyError as ke:
        print("missing key:", ke, "| args:", ke.args, "| repr of key:", str(ke) == repr(item))

ids = {101: "ann", 202: "bob"}
for ident in [101, 303]:
    try:
        print(ident, ids[ident])
    except KeyError as ke2:
        print("missing id:", ke2)

try:
    raise ValueError("first", "second")
except ValueError as ve:
    print("two args:", ve.args, "str:", ve)

try:
    raise ValueError("only one")
except ValueError as ve:
    print("one arg:", ve.args, "str:", ve, "args[0]:", ve.args[0])

try:
    raise RuntimeError()
except RuntimeError as rt:
    print("no args:", rt.args, "str:", repr(str(rt)))

try:
    [1, 2][5]
except IndexError as ie:
    print("index args:", ie.args)
try:
    int("4x")
except ValueError as ve:
    print("int args:", ve.args)
