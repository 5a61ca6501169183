# Fixed (issue 13, empty literals take the callee's type). Found by the fuzzer (tests/fuzz/fuzz_shapes.py, shape "empty"): an empty list literal passed to a
# function that appends lists to it is an internal compiler error
# ("AttributeError: 'Prim' object has no attribute 'elem'" in list_fn, from method_call/append).
# CPython prints 1.  Family: empty-literal/container inference (issue 13 items 14-15).
def fill(acc, k):
    acc.append([k, len(acc)])
    acc[-1].append(k % 3)
    return len(acc)


print(fill([], 4))
