# A small constant minus an int past 64 bits: codegen took the result test of `c - x` to catch a big
# x, as it does for `x - c`, but c minus a big word (whose bits are near -2**63) is a small word near
# 2**63, so the fast path gave garbage (found by the fuzzer's bigint shape, seed 7009).
def f(x):
    return 5 - x


for v in [4, 105500855576, 1011207553445654185665853004, -2**70, 2**63, -2**63 - 1]:
    print(85 - v, f(v), -3 - v, 7 - v * 1, 2 + v, v - 9, v * 3, -v)
