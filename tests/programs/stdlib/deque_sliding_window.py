# deque(maxlen=...) as a sliding window: moving averages and maxima; a bounded deque drops from the other end
import collections

readings = [12.5, 13.0, 11.75, 15.5, 14.25, 16.0, 9.5, 10.0, 18.25, 17.5]

window = collections.deque(maxlen=3)
for x in readings:
    window.append(x)
    print(window, f"{sum(window) / len(window):.3f}")

print(len(window), window[0], window[-1])

# the maximum of each window of k, with a deque of indices (monotonic queue)
def window_max(xs, k):
    out = []
    q = collections.deque()
    for i, x in enumerate(xs):
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(xs[q[0]])
    return out

print(window_max(readings, 4))
print(window_max([5, 1, 3, 9, 2, 2, 8], 2))

last = collections.deque("abcdefg", 2)
print(last)
last.appendleft("z")
print(last)
last.extendleft(["p", "q", "r"])
print(last)
zero = collections.deque([1, 2, 3], maxlen=0)
zero.append(4)
print(zero, len(zero))
history = collections.deque(range(10), maxlen=4)
history.rotate(1)
print(history, list(history))
