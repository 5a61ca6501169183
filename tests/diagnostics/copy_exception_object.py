# expect: 9:5: error: copy.copy() of exception objects (Oops) is not supported yet
import copy


class Oops(Exception):
    pass


e = copy.copy(Oops("x"))
