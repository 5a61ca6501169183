# expect: 3:7: error: max(*xs) of str items is not supported yet (with one item, CPython iterates it); use max(xs)
words = ["pear", "fig"]
print(max(*words))
