# sys.argv holds the arguments as a user passes them (quoted words with spaces, unicode, dashes); sys.exit(n) sets the status.
import sys

args = sys.argv[1:]
print(len(args), "arguments")
for i, a in enumerate(args):
    print(i, repr(a), len(a))
flags = [a for a in args if a.startswith("--")]
numbers = [int(a) for a in args if a.lstrip("-").isdigit()]
print("flags:", flags)
print("sum:", sum(numbers))
sys.exit(len(flags))
