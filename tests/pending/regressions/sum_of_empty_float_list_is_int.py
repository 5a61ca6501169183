# sum() of an empty list[float] (or float generator) with the default int start 0 returns
# the int 0 in CPython, which prints "0"; pyzc types the result float and prints "0.0".
# The result's type depends on the value (empty or not).  Typing it int | float (a number of
# several types, runtime_c/num.c) gives CPython's output, but then every sum of floats and the
# lists built from it are numbers of several types: bench/programs/matmul.py ran 8x slower and
# spectral_norm.py was refused (a list[float] variable assigned a list of sums).  It needs the
# number of several types to be narrowed back to float where it meets floats, or a cheaper
# representation of "a float, or the int 0".  An explicit int start is exact (sum_with_int_start_of_float_items.py).
lf = [1.5]
lf.pop()
print(sum(lf))
print(sum(x * 2.0 for x in range(0)))
