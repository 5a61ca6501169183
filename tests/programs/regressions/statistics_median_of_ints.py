# statistics.median() of a list of ints is an int for an odd count and a float (the mean of the
# middle two) for an even one.  pyzc refused it (a function returning int and float); the
# result is now a number of several types.
import statistics
print(statistics.median([3, 1, 2]))
print(statistics.median([3, 1, 2, 8]))
print(statistics.median([3.5, 1.0, 2.0, 8.0]))
m = statistics.median([4, 1, 2, 7])
print(m * 2, m > 2, m, statistics.median([5]) + 1)
