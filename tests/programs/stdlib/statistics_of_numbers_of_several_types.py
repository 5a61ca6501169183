# statistics of lists holding ints and floats (a number of several types): CPython's results,
# an int where every item is an int and the exact result is whole, else a float.
import statistics

readings = [12, 15.5, 9, 20.25, 11]
print(statistics.mean(readings), statistics.median(readings), statistics.variance(readings))
print(statistics.pvariance(readings), statistics.stdev(readings), statistics.pstdev(readings))
scores = [4, 8.0, 6, 10]
print(statistics.mean(scores), statistics.median(scores), statistics.mode(scores + [6]))
whole = [3, 0.5]
whole.pop()
whole += [9, 6]
print(whole, statistics.mean(whole), statistics.variance(whole), statistics.pvariance(whole))
whole.append(1)
print(statistics.mean(whole), statistics.variance(whole), statistics.median(whole))
try:
    statistics.variance(whole[:1])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
