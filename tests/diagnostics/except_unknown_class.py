# expect: 4:8: error: name 'MyError' is not defined
try:
    x = 1
except MyError:
    pass
