# xs[i] where i holds an int or a float: the item, or CPython's TypeError for a float index
xs = [10, 20, 30, 40]
n = 5
for k in range(3):
    b = n & 3
    print(xs[b], "abcd"[b], tuple(xs)[b])
    n = n * 3 + 1 if n % 2 else n // 2
v = 7
v = v / 2 if v > 100 else v
print(xs[v % 4])
w = 2.0 if len(xs) > 3 else 1
try:
    print(xs[w])
except TypeError as e:
    print(e)
try:
    print("abc"[w])
except TypeError as e:
    print(e)
try:
    xs[w] = 5
except TypeError as e:
    print(e)
pair = (1, 2)
u = 1 if len(xs) > 3 else 0.5
print(pair[u])
