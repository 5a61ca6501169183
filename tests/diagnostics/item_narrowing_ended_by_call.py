# expect: 12:22: error: this value may be None (it is int | None), and pyzc cannot use a value that may be None here yet: test it with `is None` first
def log(msg):
    print(msg)


def pick(names, idx, i):
    if idx[i] is not None:
        print(names[idx[i]])  # narrowed: no call has run since the test
    if idx[i] is not None:
        log("picking")
        # the call may have stored None into idx[i]: no longer narrowed, and an index that may be None is refused
        return names[idx[i]]
    return ""


print(pick(["a", "b"], [1, None], 0))
