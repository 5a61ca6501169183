# expect: 4:7: error: operator.concat is not supported yet
import operator

print(operator.concat([1], [2]))
