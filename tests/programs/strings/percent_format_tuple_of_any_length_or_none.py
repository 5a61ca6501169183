# fmt % t where t is a tuple of any length (its length checked when it runs) or may be None (formatted
# as the one argument)
def pick(n):
    if n > 0:
        return n * 2
    return None


args = tuple([1, 2])
print("%s-%s" % args, "%d" % tuple([5]))
print("[%s]" % pick(3), "[%s]" % pick(0))
maybe = args if len(args) > 1 else None
print("(and %s %s)" % maybe)
for extra in (tuple([1]), tuple([1, 2, 3])):
    try:
        print("%s %s" % extra)
    except TypeError as e:
        print("TypeError:", e)
nothing = None if len(args) > 1 else args
try:
    print("%s %s" % nothing)
except TypeError as e:
    print("TypeError:", e)
