# Each growth path runs until the address-space limit that tests/test_memory.py sets
# (RLIMIT_AS) makes an allocation fail: the program must catch MemoryError, as CPython does.
import sys
from collections import deque

mode = sys.argv[1]
try:
    if mode == "append":
        x = []
        while True:
            x.append(1)
    elif mode == "append_float":
        xf = [0.5]
        while True:
            xf.append(1.5)
    elif mode == "append_str":
        xs = []
        while True:
            xs.append("item")
    elif mode == "iadd":
        y = [1, 2, 3]
        while True:
            y += y
    elif mode == "extend":
        z = [7] * 1000
        while True:
            z.extend(z)
    elif mode == "insert":
        w = [0]
        while True:
            w.insert(0, 5)
            w.extend(w)
    elif mode == "concat_list":
        c = [1]
        while True:
            c = c + c
    elif mode == "str":
        s = "ab"
        while True:
            s = s + s
    elif mode == "str_iadd":
        t = "xyz"
        while True:
            t += t
    elif mode == "dict":
        d = {}
        i = 0
        while True:
            d[i] = i
            i += 1
    elif mode == "set":
        st = set()
        j = 0
        while True:
            st.add(j)
            j += 1
    elif mode == "deque":
        q = deque()
        while True:
            q.append(3)
    elif mode == "repeat":
        r = [1, 2]
        while True:
            r *= 2
except MemoryError:
    print("caught MemoryError in", mode)
print("after", mode)
