# expect: 2:10: error: 'x' is annotated int but has type str
x: int = "a"
