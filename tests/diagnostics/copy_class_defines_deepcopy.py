# expect: 13:9: error: copy.deepcopy() of a list[Cell] is not supported yet: it holds a Cell, and class Cell defines __deepcopy__
import copy


class Cell:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        return Cell(self.v)


cells = copy.deepcopy([Cell(1)])
