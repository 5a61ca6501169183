# ints assigned to a slice of a list of floats: the display is made with numbers of several types
b = [1.5, 2.5]
b[1:] = [3, 4]
print(b)
