# expect: 2:5: error: sets are not supported yet
s = {1, 2}
