# expect: 5:12: error: enum.Flag with these bases is not supported yet (Enum and IntEnum alone are)
import enum


class Perm(enum.Flag):
    R = 4
    W = 2


print(Perm.R)
