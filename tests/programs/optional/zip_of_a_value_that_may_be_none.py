# A best-so-far str (None until the loop finds one) given to zip() and enumerate(): its arguments
# are made first and then iterated, so a None among them is CPython's "'NoneType' object is not
# iterable" (names and constants only: they have no effects to come before the check).
def score(guess, answer):
    return "".join("G" if g == a else "." for g, a in zip(guess, answer))


def longest(words):
    best = None
    for w in words:
        if best is None or len(w) > len(best):
            best = w
    return best


best = longest(["ab", "cde", "f"])
print(score(best, "cxe"), list(zip("q", best)), list(enumerate(best)))
for i, (a, b) in enumerate(zip(best, "xyz")):
    print(i, a, b)
none = longest([])
for args in [(none, "ab"), ("ab", none)]:
    try:
        print(score(args[0], args[1]))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(list(enumerate(none)))
except TypeError as e:
    print("TypeError:", e)
print(list(zip(none, "x")))
