# expect: 2:1: error: with statements are not supported yet
with open("x") as f:
    pass
