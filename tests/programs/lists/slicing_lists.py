# List slicing with positive, negative and stepped ranges.
xs = list(range(10))
print(xs)
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7])
print(xs[::2], xs[1::2], xs[::-1], xs[::-3])
print(xs[8:2:-2], xs[2:8:-1], xs[-1:-5:-1])
print(xs[100:], xs[-100:2], xs[3:3])
copy = xs[:]
copy[0] = 99
print(xs[0], copy[0])
words = ["zero", "one", "two", "three", "four", "five"]
print(words[1:4], words[::-2])
print(words[-2], words[len(words) // 2])
chunks = []
size = 4
data = list(range(1, 15))
for start in range(0, len(data), size):
    chunks.append(data[start:start + size])
print(chunks)
for c in chunks:
    print(c, sum(c), c[::-1])
window_sums = []
for i in range(len(data) - 2):
    window_sums.append(sum(data[i:i + 3]))
print("window sums:", window_sums)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1:], matrix[::-1], matrix[0][::-1])
rotated = []
for i in range(3):
    rotated.append([row[i] for row in matrix][::-1])
print(rotated)
floats = [0.5, 1.5, 2.5, 3.5]
print(floats[1:3], floats[::-1], floats[-1:])
half = len(floats) // 2
print(floats[:half] + floats[half:] == floats)
