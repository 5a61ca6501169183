# Augmented assignment with every operator on ints, floats and strings.
n = 100
n += 5
print("after += 5:", n)
n -= 20
print("after -= 20:", n)
n *= 3
print("after *= 3:", n)
n //= 7
print("after //= 7:", n)
n %= 10
print("after %= 10:", n)
n **= 3
print("after **= 3:", n)
n <<= 2
print("after <<= 2:", n)
n >>= 1
print("after >>= 1:", n)
n &= 0xFF
print("after &= 0xFF:", n)
n |= 1
print("after |= 1:", n)
n ^= 7
print("after ^= 7:", n)

f = 2.5
f += 0.25
print("f:", f)
f *= 4
print("f:", f)
f /= 3
print("f:", f)
f -= 1
print("f:", f)
f //= 0.5
print("f:", f)
f **= 2
print("f:", f)

s = "ab"
s += "cd"
print("s:", s)
s *= 3
print("s:", s)
s += str(n)
print("s:", s)

total = 0
for i in range(1, 11):
    total += i * i
    if i % 3 == 0:
        print("partial", i, total)
print("sum of squares:", total)
