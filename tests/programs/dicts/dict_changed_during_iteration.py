# A dict changed while a loop walks it: each step looks for the next live
# entry when it is taken (not before the body ran), so an entry deleted and
# one added in the body are skipped and seen as CPython's iterator does; and
# CPython's RuntimeErrors: "changed size" when the count differs, "keys
# changed" when more keys turn up than the dict had when the loop began.


def replace_ahead_str() -> None:
    d = {"p": 1, "q": 2, "r": 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == "p":
            del d["q"]
            d["s"] = 4
    print("replace ahead:", seen, d)


def replace_ahead_int() -> None:
    d = {10: 1, 20: 2}
    for k in d:
        print("int key", k)
        if k == 10:
            del d[20]
            d[30] = 3
    print(d)


def replace_behind() -> None:
    d = {1: "a", 2: "b", 3: "c"}
    try:
        for k, v in d.items():
            print("item", k, v)
            if k == 2:
                del d[1]
                d[4] = "d"
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(d)


def values_replaced() -> None:
    d = {"x": 1.5, "y": 2.5}
    for v in d.values():
        print("value", v)
        if v == 1.5:
            d.pop("y")
            d["z"] = 3.5
    print(d)


def rename_keys() -> None:
    d = {"old_a": 1, "b": 2, "old_c": 3}
    try:
        for k in d:
            print("visit", k)
            if k.startswith("old_"):
                d[k[4:]] = d.pop(k)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(d)


def readd_in_items() -> None:
    d = {1: 10, 2: 20}
    try:
        for k, v in d.items():
            print("pair", k, v)
            d[k] = d.pop(k)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(d)


def shifted_keys() -> None:
    d = {1: 0, 2: 0, 3: 0}
    try:
        for k in d:
            print("shift", k)
            d.pop(k)
            d[k + 10] = 0
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(d)


def grows() -> None:
    d = {"a": 1}
    try:
        for k in d:
            print("grow", k)
            d[k + k] = 2
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(d)


def shrinks() -> None:
    d = {1: 1, 2: 2, 3: 3}
    try:
        for k in list(d) + [0]:
            pass
        for k in d:
            print("shrink", k)
            del d[3]
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(d)


def overwrite_values() -> None:
    d = {"a": 1, "b": 2, "c": 3}
    for k in d:
        d[k] = d[k] * 10
    print("overwritten", d)


def many_with_rebuild() -> None:
    # delete one and add one each step: the entries fill up and are rebuilt
    # (compacted) under the loop, as CPython's are
    d = {i: i for i in range(6)}
    seen = []
    try:
        for k in d:
            seen.append(k)
            if len(seen) > 40:
                break
            del d[k]
            d[k + 100] = k
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(seen)
    print(d)


def popitem_and_add() -> None:
    d = {1: 1, 2: 2, 3: 3}
    out = []
    try:
        for k in d:
            out.append(k)
            if k == 1:
                d.popitem()
                d[9] = 9
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(out, d)


def clear_and_refill() -> None:
    d = {"a": 1, "b": 2}
    out = []
    try:
        for k in d:
            out.append(k)
            if k == "a":
                d.clear()
                d["x"] = 1
                d["y"] = 2
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(out, d)


def in_comprehension() -> None:
    d = {1: 1, 2: 2}
    try:
        print([d.setdefault(k + 5, k) for k in d])
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(d)


def generator_made_before_change() -> None:
    d = {1: 1, 2: 2}
    g = (k for k in d)
    d[5] = 5
    try:
        print(list(g))
    except RuntimeError as e:
        print(type(e).__name__, e)
    h = (k * 2 for k in d)
    print(list(h))


def unchanged_sum() -> None:
    d = {i: i * i for i in range(1000)}
    total = 0
    for k, v in d.items():
        total += k + v
    print("sum", total, sum(d.values()), len(d))


replace_ahead_str()
replace_ahead_int()
replace_behind()
values_replaced()
rename_keys()
readd_in_items()
shifted_keys()
grows()
shrinks()
overwrite_values()
many_with_rebuild()
popitem_and_add()
clear_and_refill()
in_comprehension()
generator_made_before_change()
unchanged_sum()
