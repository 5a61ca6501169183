# expect: 2:13: error: deriving from 'dict' is not supported yet (a base class must be a class defined earlier in this file)
class Table(dict):
    pass
