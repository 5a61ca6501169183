# expect: 2:4: error: '<' not supported between instances of 'int' and 'str'
if 1 < "a":
    pass
