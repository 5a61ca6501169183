# expect: 3:7: error: time.asctime() is not supported yet (supported: gmtime, localtime, monotonic, monotonic_ns, perf_counter, perf_counter_ns, process_time, sleep, strftime, struct_time, time, time_ns)
import time
print(time.asctime())
