# expect: 3:29: error: assignment expressions (:=) inside comprehensions and lambdas are not supported yet
words = ["a", "bcd"]
print([n for w in words if (n := len(w)) > 1])
