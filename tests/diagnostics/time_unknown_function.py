# expect: 3:7: error: time.strftime() is not supported yet (supported: monotonic, monotonic_ns, perf_counter, perf_counter_ns, process_time, sleep, time, time_ns)
import time
print(time.strftime("%Y"))
