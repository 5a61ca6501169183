# expect: 2:5: error: dicts are not supported yet
d = {"a": 1}
