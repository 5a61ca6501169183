# expect: 2:7: error: to_bytes() takes at most 2 positional arguments (3 given)
print((5).to_bytes(2, "big", True))
