# expect: 5:5: error: 'tuple' object does not support item assignment
# pyzc failed internally on `t[0] += ...` of a tuple (`t[0] = ...` was already refused so).
t = ([1], 2)
try:
    t[0] += [5]
except TypeError as e:
    print("TypeError:", e)
print(t)
