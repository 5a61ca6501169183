# expect: 5:9: error: del of a parameter ('xs') inside a function is not supported yet


def f(xs):
    del xs


f([1])
