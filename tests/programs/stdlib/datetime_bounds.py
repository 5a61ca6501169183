import datetime
from datetime import date, datetime as DT, time, timedelta

print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(date.min, date.max, date.resolution, time.min, time.max, time.resolution)
print(DT.min, DT.max, DT.resolution, datetime.date.max - datetime.date.min)
print(DT.max - DT.min, DT(2020, 1, 1).min, timedelta.max > timedelta(days=5))
try:
    print(date.max + date.resolution)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(timedelta.max + timedelta.resolution)
except OverflowError as e:
    print("OverflowError", e)
