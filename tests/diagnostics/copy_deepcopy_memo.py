# expect: 4:26: error: copy.deepcopy() with a memo argument is not supported yet
import copy
memo = {}
print(copy.deepcopy([1], memo))
