# gc: collect() runs a collection and returns 0, as CPython does when the program left no
# cycles behind (CPython counts the objects in unreachable cycles; pyzc cannot);
# disable()/enable() set the flag isenabled() reports
import gc
from gc import collect


class Pair:
    def __init__(self):
        self.other = None


print(gc.isenabled())
gc.disable()
print(gc.isenabled())
total = 0
for i in range(20000):
    p = Pair()
    q = Pair()
    p.other = q
    total += i
print(total, gc.collect(), collect(0), gc.collect(generation=1))
gc.enable()
print(gc.isenabled())
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
gc.collect(-1)
