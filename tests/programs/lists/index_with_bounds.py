# list.index and tuple.index with start and stop (negative from the end, clamped as a slice)
xs = [5, 1, 5, 2, 5]
print(xs.index(5), xs.index(5, 1), xs.index(5, 3), xs.index(5, -2), xs.index(1, 0, 2), xs.index(5, -100))
t = tuple(xs)
print(t.index(5, 1), t.index(2, -3, 10))
for args in [(5, 3, 4), (1, 2), (7,)]:
    try:
        print(xs.index(args[0]) if len(args) == 1 else xs.index(args[0], args[1]) if len(args) == 2 else xs.index(args[0], args[1], args[2]))
    except ValueError as e:
        print("ValueError:", e)
try:
    t.index(1, 2)
except ValueError as e:
    print("ValueError:", e)
