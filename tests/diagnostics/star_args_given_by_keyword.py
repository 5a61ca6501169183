# expect: 7:5: error: log() got an unexpected keyword argument 'msgs'
def log(*msgs):
    for m in msgs:
        print(m)


log(msgs="a")
