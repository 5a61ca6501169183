def split(xs):
    evens, odds = [], []
    for x in xs:
        (evens if x % 2 == 0 else odds).append(x)
    return evens, odds
print(split([1, 2, 3]))
print(split([]))
