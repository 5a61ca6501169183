# expect: 7:11: error: __int__ returned non-int (type str)
class Code:
    def __int__(self):
        return "seven"


print(int(Code()))
