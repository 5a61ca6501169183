# sum/min/max over generator expressions with filters.
readings = [12.5, -3.0, 7.25, 0.0, 19.75, -8.5, 4.0]
counts = [3, 0, 7, 2, 9, 1]
print("sum of positives:", sum(r for r in readings if r > 0.0))
print("sum of squares:", sum(r * r for r in readings))
print("max abs:", max(abs(r) for r in readings))
print("min positive:", min(r for r in readings if r > 0.0))
print("count negatives:", sum(1 for r in readings if r < 0.0))
print("int sum:", sum(c for c in counts), sum(c * c for c in counts if c % 2 == 1))
print("max index value:", max(i * counts[i] for i in range(len(counts))))
print("min of shifted:", min(c - 5 for c in counts))
n = 100
print("sum 1..n:", sum(k for k in range(1, n + 1)))
print("sum of odd squares below n:", sum(k * k for k in range(1, n, 2)))
print("harmonic:", sum(1.0 / k for k in range(1, 11)))
words = ["kiwi", "banana", "fig", "cherry", "apple"]
print("total letters:", sum(len(w) for w in words))
print("longest length:", max(len(w) for w in words))
print("shortest length:", min(len(w) for w in words))
print("first alphabetically:", min(w for w in words))
print("last with an a:", max(w for w in words if "a" in w))
matrix = [[3, -1, 4], [1, -5, 9], [2, 6, -5]]
print("grand total:", sum(sum(row) for row in matrix))
print("row maxima sum:", sum(max(row) for row in matrix))
print("most negative:", min(min(row) for row in matrix))
print("diagonal:", sum(matrix[i][i] for i in range(3)))
mean = sum(readings) / len(readings)
var = sum((r - mean) * (r - mean) for r in readings) / len(readings)
print(f"mean {mean:.4f} var {var:.4f}")
print("digits sum of 2**50:", sum(int(ch) for ch in str(2 ** 50)))
