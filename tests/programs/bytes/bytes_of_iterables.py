# bytes() of any iterable of ints: a deque, a tuple, a generator, a range, a set; ValueError outside 0..255
import collections
w = collections.deque(b"abc")
w.append(100)
w.popleft()
print(bytes(w), w, bytes((65, 66)), bytes(x + 48 for x in range(3)), bytes(range(97, 100)), bytes({7}))
try:
    bytes((1, 300))
except ValueError as e:
    print("ValueError", e)
