# expect: 4:7: error: %-formatting with a format string that is not a constant is not supported yet; use an f-string
fmt = "%d items"
n = 3
print(fmt % n)
