# dict.fromkeys(keys[, value]): every key given the one value (None without one), repeated keys
# once, in order; a list value is one list shared by every key, as CPython gives it (a display is
# evaluated once, not once per key); in a class body, with a class attribute as the value.
# pyzc refused it ("using the builtin 'dict' as a value is not supported yet").


class Tally:
    START = 0
    COUNTS = dict.fromkeys(["win", "loss"], START)


d = dict.fromkeys(["a", "b", "a"], 0)
d["a"] += 2
print(d, len(d))
row = ["w"]
shared = dict.fromkeys(range(3), row)
shared[0].append("x")
print(shared, shared[1] is shared[2])
fresh = dict.fromkeys(range(2), ["v"])
fresh[1].append("y")
print(fresh)
e = dict.fromkeys("xyz")
e["x"] = 5
print(e, dict.fromkeys([]) == {}, len(dict.fromkeys((1, 2, 1))))
print(dict.fromkeys(sorted({"q", "p"}), 1.5), Tally.COUNTS)
seen = dict.fromkeys(w.lower() for w in ["B", "a", "b", "A", "c"])
print(list(seen))
