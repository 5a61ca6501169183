# expect: 2:5: error: lambda expressions are supported only as the key= of sorted(), min(), max() and list.sort() for now
f = lambda x: x + 1
