def size(xs=[]):
    return len(xs)
print(size(), size([1, 2]))
