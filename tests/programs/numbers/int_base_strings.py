# bin(), oct(), hex(): an int's digits with its base's prefix, negatives and bools too
for x in [0, 5, -5, 255, True, 2**62]:
    print(bin(x), oct(x), hex(x))
print(bin(10)[2:].rjust(8, "0"))
vals = [3, 2.5]
try:
    print(hex(vals[0]), hex(vals[1]))
except TypeError as e:
    print("TypeError", e)
