# time.asctime, time.ctime and time.mktime, of struct_times and of 9-tuples.
import time

t = time.gmtime(1700000000)
print(time.asctime(t), "|", time.asctime((2020, 1, 5, 3, 4, 5, 6, 5, 0)), "|", time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
for f in [(2020, 0, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 0, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 0),
          (2020, 1, 1, 0, 0, 0, 7, 1, 0), (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0)]:
    try:
        print(repr(time.asctime(f)))
    except ValueError as e:
        print("ValueError", e)
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()), len(time.asctime()))
print(time.mktime(time.localtime(1700000000)), time.mktime(time.localtime(0)))
lt = time.localtime(86400 * 400)
print(time.mktime(lt) == 86400 * 400, time.mktime(tuple(lt)) == 86400 * 400)
print(time.mktime((2020, 14, 1, 0, 0, 0, 0, 1, -1)) == time.mktime((2021, 2, 1, 0, 0, 0, 0, 1, -1)))
try:
    time.ctime(float("nan"))
except ValueError as e:
    print("ValueError", e)
