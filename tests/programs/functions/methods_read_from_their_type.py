# A builtin type's method read from the type: called with the receiver first (`str.upper(s)`,
# `list.append(xs, 3)`), and passed as a value (`key=str.lower`, `map(str.strip, lines)`,
# `filter(str.isdigit, ...)`).  pyzc refused them ("'function' object has no attribute 'lower'").
# A name that the program binds keeps its own meaning: `list` below is a parameter.


def count_ones(list):
    return list.count(1)


lines = ["  a b ", "c  ", " d", ""]
words = "The quick Brown fox jumps".split()
print(list(map(str.strip, lines)), sorted(words, key=str.lower), max(words, key=str.casefold))
print(list(filter(str.isdigit, ["1", "x", "23", ""])), "".join(map(str.upper, words)), [str.title(w) for w in words])
print(str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b  c"), str.replace("aXbX", "X", "-", 1))
print(str.format("{}-{}", 1, 2), str.startswith("prefix", "pre"), str.count("banana", "a"), bytes.decode(b"hi"))
xs = []
list.append(xs, 3)
list.extend(xs, [1, 1])
print(xs, list.count(xs, 1), list.index(xs, 1), count_ones([1, 0, 1]), count_ones([1, 1, 1]))
d = {"a": 1}
print(dict.get(d, "a"), dict.get(d, "z", 0), sorted(dict.keys({"b": 2, "a": 1})), set.union({1}, {2}))
print(int.bit_length(255), int.bit_length(-1), sorted([3, -5, 2], key=int.bit_length))
print(sorted(["b10", "a2", "B1"], key=str.upper), list(map(str.lower, ("X", "Y"))))
