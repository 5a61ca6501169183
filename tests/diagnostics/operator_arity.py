# expect: 4:7: error: add expected 2 arguments, got 3
import operator

print(operator.add(1, 2, 3))
