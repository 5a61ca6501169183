# Long list displays of constants start as a copy of a static array: each run of the display gets a fresh list,
# items that are not constants are filled in after the copy.
a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, -9223372036854775807, 0]
x = 99
b = [x / 2, 1.5, 2.0, 1e300, -0.0, float("inf"), 3.25, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, x * 2.0]
c = ["a", "bb", "é", "", "a", "x", "y", "z", "w", "v", "u", "t", "s", "r", "q", "p", str(x)]
d = [True, False, x > 3, True, False, True, True, True, True, True, True, True, True, True, True, True, False]
for i in range(3):
    e = [i, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
    e[1] += 100
    print(e)
print(a, b, c, d)
a.append(5)
print(sum(a), len(c))
