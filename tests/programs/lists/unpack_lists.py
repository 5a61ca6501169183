# Unpacking a list into names, as CSV and key=value parsing do: `k, v = line.split("=")`, in
# assignments and for loops; a wrong length raises CPython's ValueError before any name is bound.
config = "host=example.org\nport=8080\nmode=fast"
settings = {}
for line in config.splitlines():
    key, value = line.split("=")
    settings[key] = value
print(settings)
rows = [[1, 2, 3], [4, 5, 6]]
for a, b, c in rows:
    print(a + b + c)
x, y = [2.5, 4.0]
print(x * y)
first, rest = "a b".split(" ", 1)
print(first, rest)
try:
    p, q = "one".split(",")
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = "1,2,3".split(",")
except ValueError as e:
    print("ValueError:", e)
name, age = "bob,42,extra".split(",")
