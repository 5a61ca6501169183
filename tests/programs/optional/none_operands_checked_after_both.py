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


def augmented():
    nums = {"a": 1.5}
    for key in ("a", "z"):
        total = 2.0
        items = [1]
        text = "t"
        try:
            total += nums.get(key)
            print(total)
        except TypeError as e:
            print("TypeError", e)
        try:
            items += {"a": [2]}.get(key)
            print(items)
        except TypeError as e:
            print("TypeError", e)
        try:
            text += {"a": "s"}.get(key)
            print(text)
        except TypeError as e:
            print("TypeError", e)


augmented()


def loud_value(x):
    print("right side", x)
    return x


def augmented_none_target():
    gets = {"a": 1}
    for key in ("a", "z"):
        acc = None
        if key == "a":
            acc = 5
        try:
            acc += loud_value(gets.get(key))
            print(acc)
        except TypeError as e:
            print("TypeError", e)


augmented_none_target()
