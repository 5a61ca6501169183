# a place holding a function or None (a debug hook): tested, called, and CPython's TypeError when None is called
import sys
def debug(s):
    print("DEBUG:", s)
def shout(s):
    print(s.upper())
DEBUG = debug
DEBUG = None
def work(n):
    if DEBUG: DEBUG("work %d" % n)
    return n * 2
print(work(3))
DEBUG = shout
print(work(4))
hook = None
for i in range(2):
    if i:
        hook = debug
    if hook is not None:
        hook("i=%d" % i)
try:
    f = None
    if len(sys.argv) > 5:
        f = debug
    f("x")
except TypeError as e:
    print("TypeError", e)
