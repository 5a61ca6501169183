# max, min, pow, divmod and round read as values take a second argument too: a dict of operations
# called with two (`ops = {"max": max}; ops[k](a, b)`), reduce(min, xs), map(max, xs, ys).
# pyzc raised TypeError ("<builtin max>() takes 1 positional argument but 2 were given") when the
# program ran: a wrong answer.

import functools
ops = {"+": lambda a, b: a + b, "max": max, "min": min, "pow": pow}
for k in ops:
    print(k, ops[k](7, 3))
f = max
print(f(2, 9), f([4, 1]))
g = divmod
print(g(17, 5), functools.reduce(min, [5, 3, 8]), functools.reduce(max, [5, 3, 8]))
h = round
print(h(2.5), h(3.14159, 3))
print(list(map(max, [1, 5, 3], [4, 2, 6])), list(map(abs, [-1, 2])))
