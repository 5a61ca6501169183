# expect: 4:7: error: printing range/iterator objects is not supported yet
# a sliced range is a range (basics/range_slices.py); printing one is what stays refused
n = int("9")
print(range(2, n, 3)[1:])
