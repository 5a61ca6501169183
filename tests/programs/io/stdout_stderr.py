# print(file=sys.stderr), sys.stdout.write and print share stdout in order; sys.exit with a message ends the program.
import sys

print("start")
n = sys.stdout.write("written with sys.stdout.write\n")
print("write returned", n)
print("warning: something odd", file=sys.stderr)
sys.stdout.write("no newline, ")
print("then print", end="")
print(flush=True)
print("to stdout explicitly", 42, file=sys.stdout)
sys.stderr.write("direct stderr\n")
for i in range(3):
    print("line", i, file=sys.stdout, sep=":", flush=True)
sys.exit("fatal: giving up after " + str(3) + " lines")
