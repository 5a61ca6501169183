# expect: 3:7: error: '*' widths and precisions in %-formatting are not supported yet
n = 3
print("%*d" % (5, n))
