# sort(), sorted() with reverse=True, reversed() and a hand-written insertion sort.
def insertion_sort(xs):
    out = xs[:]
    for i in range(1, len(out)):
        key = out[i]
        j = i - 1
        while j >= 0 and out[j] > key:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = key
    return out


def is_sorted(xs):
    for i in range(1, len(xs)):
        if xs[i - 1] > xs[i]:
            return False
    return True


nums = [42, -7, 19, 0, 3, 3, 100, -50, 8]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(nums)
nums.sort()
print(nums, is_sorted(nums))
nums.sort(reverse=True)
print(nums, is_sorted(nums))
back = []
for v in reversed(nums):
    back.append(v)
print(back)
print(list(reversed([1, 2, 3])))
words = ["pear", "Apple", "banana", "apple", "cherry", "Banana"]
print(sorted(words))
print(sorted(words, reverse=True))
print(insertion_sort(words))
floats = [3.25, -1.5, 2.0, 0.0, -0.25, 10.125]
print(sorted(floats), insertion_sort(floats) == sorted(floats))
floats.sort(reverse=True)
print(floats)
print(insertion_sort([5, 4, 3, 2, 1]), insertion_sort([2, 1]), insertion_sort([1]))
scores = [88, 92, 75, 92, 60]
names = ["ann", "ben", "cat", "dan", "eve"]
order = sorted(scores, reverse=True)
print("ranking:")
used = [False] * len(scores)
for rank, s in enumerate(order):
    for i in range(len(scores)):
        if scores[i] == s and not used[i]:
            used[i] = True
            print(rank + 1, names[i], s)
            break
print("median:", sorted(scores)[len(scores) // 2])
letters = [ch for ch in "sorting"]
print(sorted(letters), sorted(letters, reverse=True), letters)
