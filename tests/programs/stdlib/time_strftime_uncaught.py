# strftime of a tuple out of range, uncaught.
import time

print(time.strftime("%Y-%m-%d", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(time.strftime("%Y-%m-%d", (2024, 2, 29, 25, 0, 0, 3, 60, 0)))
