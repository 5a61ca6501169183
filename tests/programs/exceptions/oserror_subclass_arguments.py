# A user class below OSError reads its arguments as OSError does: two to five of them are errno,
# strerror, filename, winerror, filename2, so str(e) is "[Errno 2] nope" (": 'filename'" when there is
# one, and e.args then keeps errno and strerror only).  A class with its own __init__ keeps no
# arguments until that calls super().__init__, which reads them.  BlockingIOError's third argument is
# its characters_written: a float is CPython's TypeError.
class MyErr(OSError):
    pass


class Missing(FileNotFoundError):
    pass


class Coded(OSError):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.extra = code * 2


class Fixed(OSError):
    def __init__(self, text):
        super().__init__(5, text)


class Quiet(OSError):
    def __init__(self, a, b):
        self.a = a


class Deeper(MyErr):
    pass


def fail(n):
    if n == 0:
        raise MyErr(2, "nope")
    if n == 1:
        raise Missing(2, "gone", "data.txt")
    if n == 2:
        raise Deeper(13, "denied", "a", None, "b")
    if n == 3:
        raise MyErr("only a message")
    raise Coded(7, "coded")


for n in range(5):
    try:
        fail(n)
    except OSError as e:
        print(n, type(e).__name__, str(e), repr(e), e.args)

es = [MyErr("a", "b"), MyErr(1, 2, 3), MyErr(1, "x", None, None, "g"), MyErr(1, "x", "f", 3, None),
      MyErr(1, 2, 3, 4, 5, 6), MyErr(), MyErr(1, "x", b"f"), Deeper(4, "s")]
for e in es:
    print(type(e).__name__, str(e), repr(e), e.args, f"{e}")
c = Coded(3, "w")
print(str(c), repr(c), c.args, c.extra)
f = Fixed("t")
print(str(f), repr(f), f.args)
q = Quiet(2, "x")
print(repr(str(q)), repr(q), q.args, q.a)

for third in range(2):
    try:
        if third == 0:
            raise BlockingIOError(11, "would block", 2.5)
        raise OSError(11, "would block", 0.5)
    except TypeError as e:
        print("TypeError:", e)
    except OSError as e:
        print("OSError:", e)
try:
    raise BlockingIOError(11, "would block", 3)
except OSError as e:
    print(type(e).__name__, e, e.args)

raise Deeper(2, "at the end", "path")
