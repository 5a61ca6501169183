# a tuple of any length raises a tuple's errors, not a list's
t = tuple([1, 2, 3])
try:
    print(t[5])
except IndexError as e:
    print("IndexError:", e)
try:
    print(t.index(9))
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = t
except ValueError as e:
    print("ValueError:", e)
print(t[-3], t.index(3))
