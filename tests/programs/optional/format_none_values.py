# format() and str.format() of None and of values that may be None, with no spec: 'None', as str() gives.
def pick(k):
    return None if k else 3


x = None
print(format(x), format(None), format(x, ""), "{}".format(x), f"{x}", "[{0}]".format(x))
print(format(pick(1)), format(pick(0)), format(pick(0), ""), "{}|{:>4}".format(pick(1), 5), "{a}".format(a=pick(0)))
