# str() of an int past the digits limit in a concatenation or an f-string: its ValueError comes
# before the operands after it run (a pop of an empty list, an object's __str__), as in CPython.
class Loud:
    def __str__(self):
        print("str of Loud called")
        return "L"


def main():
    n = 10 ** 5000
    e = []
    try:
        print(repr('a' + str(n) + str(e.pop() if not e else 1.5)))
    except (ValueError, IndexError) as x:
        print(type(x).__name__)
    try:
        print(f"{n}{Loud()}")
    except ValueError as x:
        print(type(x).__name__)
    try:
        print(f"{n:5}|{e.pop()}")
    except (ValueError, IndexError) as x:
        print(type(x).__name__)
    m = 12
    print('a' + str(m) + str(e.pop() if e else 2.5) + f"{m}{Loud()}{m:4}")
main()
