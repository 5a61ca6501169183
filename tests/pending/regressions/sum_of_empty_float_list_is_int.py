# sum() of an empty list[float] (or float generator) with the default int start 0 returns
# the int 0 in CPython, which prints "0"; pyzc types the result float and prints "0.0".
# The result's type depends on the value (empty or not): it needs the tagged representation
# of value-dependent types (see the core-language issue), or a refusal.  Found while
# adding sum() with a start to the fuzzer (tests/fuzz/fuzz_shapes.py avoids an int start
# over float items for this reason).
lf = [1.5]
lf.pop()
print(sum(lf))
print(sum(x * 2.0 for x in range(0)))
print(sum(lf, 3))
