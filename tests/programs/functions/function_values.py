# Functions as values: stored in variables, lists, dicts, tuples and fields,
# passed, returned, given as defaults, compared by identity, then called.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def half(a, b=2):
    return a / b  # a float where the others give ints: the call's type is int | float


def compare(a, b):
    return (a > b) - (a < b)


def apply(f, x, y):
    return f(x, y)


def bubble(items, order=compare):
    out = list(items)
    for i in range(len(out)):
        for j in range(len(out) - 1 - i):
            if order(out[j], out[j + 1]) > 0:
                out[j], out[j + 1] = out[j + 1], out[j]
    return out


def chooser(name):
    if name == "add":
        return add
    return sub


OPS = {"+": add, "-": sub, "*": mul}
print([OPS[s](7, 3) for s in "+-*"])
print(apply(add, 2, 3), apply(mul, 2, 3), apply(lambda a, b: a ** b, 2, 10))
print(bubble([3, 1, 2]), bubble(["b", "c", "a"], lambda a, b: compare(b, a)))
print(chooser("add")(10, 4), chooser("x")(10, 4))

table = [add, sub]
table.append(mul)
total = 0
for f in table:
    total += f(6, 2)
print(total)

mixed = [add, half]
print([g(9) if g is half else g(9, 1) for g in mixed])
print([g(8, 4) for g in mixed])

pair = (len("ab"), sub)
print(pair[1](pair[0], 5))

square = lambda n: n * n
calls = [square, lambda n: -n, lambda n: n + 1000]
print([c(5) for c in calls], (lambda: "now")())

op = add
print(op is add, op is sub, op == add, op != mul)
op = mul
print(op is add, op(4, 5))


class Button:
    def __init__(self, label, on_press):
        self.label = label
        self.on_press = on_press
        self.presses = 0

    def press(self):
        self.presses += 1
        return self.on_press(self.label, self.presses)


def shout(label, n):
    return label.upper() + "!" * n


def whisper(label, n):
    return label.lower() + "." * n


buttons = [Button("Ok", shout), Button("Quiet", whisper)]
for b in buttons:
    print(b.press(), b.press())
buttons[1].on_press = shout
print(buttons[1].press())


def countdown(n, step):
    if n <= 0:
        return [0]
    return [n] + step(n - 1, step)


print(countdown(3, countdown))


def twice(f, x):
    return f(f(x))


print(twice(square, 3), twice(lambda s: s + s, "ab"))
handlers = {}
handlers["inc"] = lambda v: v + 1
handlers["dbl"] = lambda v: v * 2
value = 5
for name in ["inc", "dbl", "inc"]:
    value = handlers[name](value)
print(value, sorted(handlers))


class Ranker:
    def __init__(self, weight):
        self.weight = weight

    def score(self, s):
        return len(s) * self.weight

    def rank(self, words):
        return sorted(words, key=self.score, reverse=True)


by = lambda v: -v
print(Ranker(2).rank(["a", "ccc", "bb"]), sorted([1, 3, 2], key=by), max([1, 5, 2], key=by))
print(add in [sub, add], mul in list(OPS.values()), add not in (sub, mul), [add] == [sub], (add, 1) == (add, 1))
print(hash(add) == hash(add), add in {add: 1}, sub in {add, mul}, len({add, sub, add}))


class Units:
    to_cm = lambda inches: inches * 2.54
    PICK = [add, mul]


print(Units.to_cm(2), Units.PICK[1](3, 4))
