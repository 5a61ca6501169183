# str.join, sorted and list over generator expressions.
nums = [5, 12, 3, 8, 21, 1]
print(", ".join(str(n) for n in nums))
print(" < ".join(str(n) for n in sorted(nums)))
print("-".join(str(n * n) for n in nums if n % 2 == 1))
print("".join(ch.upper() for ch in "generator expressions" if ch != " "))
print(sorted(n % 7 for n in nums))
print(sorted((n * 3 for n in nums), reverse=True))
print(list(n // 2 for n in nums))
print(list(str(n) for n in range(5)))
words = ["delta", "Alpha", "charlie", "bravo"]
print(sorted(w.lower() for w in words))
print(" ".join(w[::-1] for w in words))
print("|".join(w[0] + str(len(w)) for w in words))
floats = [2.5, 0.125, 10.0, 3.75]
print(", ".join(f"{x:.2f}" for x in floats))
print(sorted(x * 2.0 for x in floats))
print(list(x > 3.0 for x in floats))
row_strs = list(" ".join(str(i * j) for j in range(1, 5)) for i in range(1, 4))
print(row_strs)
for r in row_strs:
    print(r)
csv_line = ",".join(str(round(x, 1)) for x in floats)
print(csv_line, len(csv_line))
back = [float(p) for p in csv_line.split(",")]
print(back, sum(back))
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print("; ".join(keys[i] + "=" + str(vals[i]) for i in range(len(keys))))
