# expect: 2:7: error: min() of int and float is not supported (the result's type would depend on the values); convert one argument
print(min(1, 2.5))
