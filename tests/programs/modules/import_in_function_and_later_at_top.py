# A standard module imported inside a function and again, later, at the top level of the file.
def root(n):
    import math
    return math.sqrt(n)


print(root(16))
import math

print(math.pi, root(2.25))
