# A constant tuple index out of range and range()'s constant step 0 raise CPython's errors when they run
# (programs catch them), not when compiling.
pair = (1, "a")
try:
    print(pair[5])
except IndexError as e:
    print("caught", e)
try:
    x = pair[-3] + 1
    print(x)
except IndexError as e:
    print("caught", e)
print(pair[1], pair[-2])


def span(a, b):
    return list(range(a, b, 0))


try:
    print(span(1, 5))
except ValueError as e:
    print("caught", e)
try:
    for i in range(3, 0, 0):
        print(i)
except ValueError as e:
    print("caught", e)
print(pair[2])
