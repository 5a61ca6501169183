# The same function called with different argument types.
def double(x):
    return x + x


def triple(x):
    return x * 3


def biggest(a, b):
    if a > b:
        return a
    return b


def describe(label, value):
    print(label, "->", value)


def repeat_join(item, n, sep):
    out = []
    for i in range(n):
        out.append(item)
    return sep.join(out)


def first_and_last(seq):
    return seq[0] == seq[-1]


def total(xs):
    acc = xs[0]
    for x in xs[1:]:
        acc = acc + x
    return acc


describe("double int", double(21))
describe("double float", double(1.25))
describe("double str", double("ab"))
describe("double list", double([1, 2]))
describe("triple int", triple(7))
describe("triple str", triple("xy"))
describe("triple float", triple(0.1))
describe("biggest int", biggest(3, 9))
describe("biggest float", biggest(2.5, -1.0))
describe("biggest str", biggest("pear", "apple"))
describe("repeat_join", repeat_join("ha", 3, "-"))
print(first_and_last("level"), first_and_last([1, 2, 3]), first_and_last([4.0, 4.0]))
print(total([1, 2, 3, 4]), total([0.5, 0.25]), total(["a", "b", "c"]))
print(total([[1], [2, 3], [4]]))
print(double(double(5)), double(double("z")))
describe("repeat_join float", repeat_join(str(2.5), 2, " + "))
