# xs + [x] where the display's items are narrower (ints added to floats, a value added to Nones):
# the display is made with the other list's items
mixed = [1, 2.5]
print(mixed + [3], [4] + mixed, mixed + [x for x in range(2)])
maybe = [None, 1]
print(maybe + [2], [None] + [5, 6])
