# expect: 3:30: error: nlargest() got an unexpected keyword argument 'reverse'
import heapq
print(heapq.nlargest(1, [1], reverse=True))
