# expect: 2:6: error: with open(...) needs 'as name' (a plain name) in pyzc
with open("log.txt", "w"):
    pass
