# Fixed (issue 13, empty literals take the callee's type). Found by the fuzzer (tests/fuzz/fuzz_shapes.py, shape "empty"): an empty dict literal passed to a
# function that groups into it with setdefault(k, []).append(...) is an internal compiler error
# ("AttributeError: 'Prim' object has no attribute 'elem'" in list_fn, from method_call/append).
# The same at the top level (d = {}; d.setdefault(1, []).append('x')) works.  CPython prints
# 1, then 1 {2: ['y']}.  Family: empty-literal/container inference (issue 13 items 14-15).
def group(acc, k, tag):
    acc.setdefault(k % 3, []).append(tag)
    return len(acc)


print(group({}, 4, 'x'))
d = {}
print(group(d, 5, 'y'), d)
