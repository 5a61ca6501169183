# expect: 5:28: error: operator.itemgetter() with arguments that are not constants is not supported yet
from operator import itemgetter

i = 1
print(sorted([(1, 2)], key=itemgetter(i)))
