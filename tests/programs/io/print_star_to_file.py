# print(*items, file=f): to stdout, stderr and a file, with sep, end and flush
import os
import sys

path = os.path.join(sys.argv[1], "print_star_out.txt")
xs = [1, 2, 3]
print(*xs, file=sys.stdout)
print("a", *xs, "b", sep="-", file=sys.stdout, flush=True)
print(*[], file=sys.stdout)
print(*(1, "x"), *"ab", end="|\n", file=sys.stdout)
with open(path, "w") as f:
    print(*range(3), sep=",", file=f)
print(open(path).read(), end="")
print(*xs, file=sys.stderr)
