def fill(xs, n):
    for i in range(n):
        xs.append(str(i))
    return xs
print(fill([], 3))
