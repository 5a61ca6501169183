# A value that may be None is checked where it is used, after the other operand is evaluated
# (CPython evaluates both operands, then fails naming both types).
def pick(d, k):
    return d.get(k)


def loud(x):
    print("evaluated", x)
    return x


def main():
    words = {"a": "x", "b": "y"}
    nums = {"a": 1, "b": 2}
    for left, right in (("a", "b"), ("z", "b"), ("a", "z"), ("z", "z")):
        try:
            print(pick(words, left) + pick(words, right))
        except TypeError as e:
            print("TypeError", e)
        try:
            print(pick(nums, left) - pick(nums, right))
        except TypeError as e:
            print("TypeError", e)
        try:
            print(pick(nums, left) < pick(nums, right))
        except TypeError as e:
            print("TypeError", e)
        try:
            print(pick(nums, left) * loud(3))
        except TypeError as e:
            print("TypeError", e)
        try:
            print(pick(words, left) * 2, 2 * pick(words, right))
        except TypeError as e:
            print("TypeError", e)
        try:
            print("<" + pick(words, right))
        except TypeError as e:
            print("TypeError", e)


main()
