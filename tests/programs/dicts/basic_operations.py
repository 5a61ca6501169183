# Core dict operations: literals, lookup, assignment, in, del, get, pop, len and views.
ages = {"alice": 31, "bob": 25, "carol": 47}
print(ages)
print(len(ages), ages["bob"], "alice" in ages, "zed" in ages, "zed" not in ages)

ages["dave"] = 19
ages["bob"] = 26
print(ages)
print(list(ages.keys()))
print(list(ages.values()))
print(list(ages.items()))

del ages["carol"]
print("after del", ages, len(ages))

print(ages.get("alice", -1), ages.get("carol", -1), ages.get("dave", 0))
removed = ages.pop("dave")
print("popped", removed, ages)
print("pop default", ages.pop("nobody", 0), ages)

ages["carol"] = 48
print("carol re-added at the end:", ages)

total = 0
for name in ages:
    total += ages[name]
    print(name, ages[name])
print("total", total, "average", total / len(ages))

oldest = ""
oldest_age = -1
for name, age in ages.items():
    if age > oldest_age:
        oldest, oldest_age = name, age
print("oldest", oldest, oldest_age)

print(sum(ages.values()), max(ages.values()), min(ages.keys()))
print(sorted(ages), sorted(ages.values()))

empty = {}
print(empty, len(empty))
empty["x"] = 1.5
empty["y"] = -2.25
print(empty, empty["x"] + empty["y"])

squares = {1: 1, 2: 4, 3: 9}
squares[4] = 16
print(squares, 3 in squares, 9 in squares)
print(squares.setdefault(5, 25), squares.setdefault(2, 0), squares)

copy = dict(squares)
copy[1] = 100
print(squares[1], copy[1], squares == copy)
copy[1] = 1
print(squares == copy)
squares.clear()
print(squares, len(squares))
