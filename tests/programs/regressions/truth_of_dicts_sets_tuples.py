# Found by hypothesmith (`if {}: raise`): a dict, set or tuple as a condition was an internal
# compiler error ("no truth value for dict[int, int]").
def f(d):
    if d:
        return 1
    return 0


print(f({1: 2}), f({5: 3}))
d = {1: 2}
if d:
    print("yes")
if {}:
    print("no")
s = {1}
if s:
    print("s")
s.discard(1)
print("empty" if not s else "full")
t = (1, 2)
if t:
    print("t")
x = None
print(not x)
print(not {1: 2}, bool({3}))
while {}:
    pass
print([k for k in [1] if {1: 1}])
print(1 if {1} else 2)
