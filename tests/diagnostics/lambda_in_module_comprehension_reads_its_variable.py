# expect: 4:21: error: 'i' is shared with a nested function; binding it here (in a comprehension, or by del) is not supported yet
# CPython's lambdas all read the comprehension's one variable after it ends (2, 2, 2); pyzc gave
# each lambda the value it had when made (0, 1, 2): a wrong answer.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
