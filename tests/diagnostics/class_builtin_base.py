# expect: 2:13: error: deriving from 'set' is not supported yet (a base class must be a class defined earlier in this file)
class Table(set):
    pass
