def put(xs):
    xs.append(1.5)
    return xs
print(put(list()))
