# Infinity, NaN and signed zero behaviour.
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan)
print(inf + 1.0, inf * 2.0, -inf)
print(inf - inf)
print(inf * 0.0)
print(1.0 / inf, -1.0 / inf)
print(inf > 1e308, ninf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1.0, nan > 1.0)
print(nan + 1.0)
print(max(1.0, inf), min(1.0, ninf))
neg_zero = -0.0
print(neg_zero, neg_zero == 0.0, -neg_zero)
print(0.0 * -1.0, abs(neg_zero))
print(neg_zero + 0.0, neg_zero - 0.0)
print(str(inf), str(nan), str(neg_zero))
print(float("inf") == inf, float("-inf") == ninf, float("nan") == nan)
big = 1e308
print(big * 10.0)
print(-big * 10.0)
print(big * 10.0 - big * 10.0)
values = [3.0, inf, -2.5, ninf, 0.0]
print(values)
print(sorted(values))
print(max(values), min(values))
print(sum([1.0, 2.0, inf]))
count_finite = 0
for v in values:
    if v != inf and v != ninf:
        count_finite += 1
print("finite:", count_finite)
x = nan
if x != x:
    print("x is nan")
print(f"{inf:.3f} {ninf:>8} {nan:<6}|")
print(-5.0 % inf, 5.0 % inf)
