# The time module: clocks move forward, sleep waits at least as long as asked, the _ns forms agree
# with the float ones, and a negative sleep raises CPython's ValueError.
import time
from time import perf_counter, sleep

t0 = perf_counter()
w0 = time.time()
sleep(0.02)
elapsed = perf_counter() - t0
print("slept at least 0.02 s:", elapsed >= 0.02, "and under 5 s:", elapsed < 5.0)
print("wall clock after 2020:", time.time() > 1.6e9, "moved:", time.time() >= w0)
ns = time.perf_counter_ns()
print("ns clock agrees:", abs(ns / 1e9 - time.perf_counter()) < 1.0, time.monotonic_ns() > 0)
print("monotonic:", time.monotonic() <= time.monotonic(), "process time:", time.process_time() >= 0.0)
print("time_ns near time:", abs(time.time_ns() / 1e9 - time.time()) < 1.0)
time.sleep(-1)
