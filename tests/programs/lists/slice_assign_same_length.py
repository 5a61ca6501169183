# Slice assignment that keeps the length (a row copied into a frame buffer), next to the ones
# that grow, shrink, step and assign a list to itself.

rows, width = 60, 48
frame = [0] * (rows * width)
for r in range(rows):
    row = [(r * 7 + c) % 256 for c in range(width)]
    pos = (rows - 1 - r) * width
    frame[pos:pos + width] = row
print(len(frame), frame[:5], frame[-5:], sum(frame))

a = list(range(10))
a[2:5] = [20, 30, 40]
print(a)
a[2:5] = [1]
print(a)
a[2:3] = [7, 8, 9, 10]
print(a)
a[5:2] = [99]
print(a)
a[-3:] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[:] = a
print(a)
a[1:] = a
print(a)
b = [0.5] * 6
b[1:4] = [1.5, 2.5, 3.5]
print(b)
words = ["x"] * 5
words[1:3] = ["a", "b"]
words[3:] = ["c"]
print(words)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
