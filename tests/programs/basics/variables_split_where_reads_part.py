# A variable given a value of another type where no read can see both: in loops, branches, handlers
# and at the module level (a name no function reads), each web of assignments and reads is a
# variable of its own (types/split_vars.py).
import sys

# module level: a name read by no function
raw = "3,4,5"
raw = raw.split(",")
raw = [int(x) for x in raw]
print(sum(raw))

count = "7"
try:
    count = int(count)
except ValueError:
    count = 0
print(count + 1)

def scan(lines):
    n = 0
    out = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        line = line.split("=")
        if len(line) != 2:
            print("bad", line)
            continue
        key, value = line
        value = value.strip()
        try:
            value = int(value)
        except ValueError:
            value = -1
        out.append((key.strip(), value))
        n += 1
    return n, out

print(scan(["a = 1", "# c", "", "b=x", "c=3=4", "d = 22"]))

def walk(n):
    cur = n
    steps = []
    while cur != 1:
        steps.append(cur)
        cur = cur // 2 if cur % 2 == 0 else 3 * cur + 1
    cur = str(cur)
    steps = ",".join(str(s) for s in steps)
    return cur + ":" + steps

print(walk(6))

def pick(flag, x):
    if flag:
        label = "yes"
        print(label.upper())
    else:
        label = 3
        print(label * 2)
    label = [1, 2]
    return label

print(pick(True, 1), pick(False, 2))

for word in ["ab", "cde"]:
    word = len(word)
    print(word * 10)
else:
    word = "done"
print(word)

total = 0
for k in range(3):
    k = str(k) * 2
    total += len(k)
print(total)
args = sys.argv[1:]
args = len(args)
print(args)

def unbound(flag):
    if flag:
        y = "abc"
    y = len(y)  # reads the y that may not be assigned
    return y


print(unbound(True))
try:
    print(unbound(False))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
