# expect: 3:7: error: time.strptime() is not supported yet (supported: asctime, ctime, gmtime, localtime, mktime, monotonic, monotonic_ns, perf_counter, perf_counter_ns, process_time, sleep, strftime, struct_time, time, time_ns)
import time
print(time.strptime("2020", "%Y"))
