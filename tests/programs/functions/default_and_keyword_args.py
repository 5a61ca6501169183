# Functions with default parameter values and keyword arguments at call sites.
def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation


def make_range(start, stop, step=1):
    out = []
    i = start
    while (step > 0 and i < stop) or (step < 0 and i > stop):
        out.append(i)
        i += step
    return out


def interest(principal, rate=0.05, years=1, compound=True):
    if compound:
        return principal * (1.0 + rate) ** years
    return principal * (1.0 + rate * years)


def banner(text, width=20, fill="*"):
    side = (width - len(text) - 2) // 2
    if side < 0:
        side = 0
    return fill * side + " " + text + " " + fill * side


print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cy", punctuation="?"))
print(greet(greeting="Yo", name="Di"))
print(greet("Ed", "Hey", "..."))
print(make_range(0, 5))
print(make_range(10, 0, -3))
print(make_range(stop=20, start=5, step=4))
print(make_range(1, 2, step=5))
print(round(interest(1000.0), 2))
print(round(interest(1000.0, years=10), 2))
print(round(interest(1000.0, 0.1, compound=False, years=10), 2))
print(round(interest(principal=500.0, rate=0.02, years=3), 4))
print(banner("title"))
print(banner("wide", width=30))
print(banner("dash", fill="-", width=12))
print(banner("a very long title that overflows", 10))
for w in [8, 10, 12]:
    print("[" + banner("x", w, "=") + "]")
