# expect: 2:10: error: a list holds one type of element: this is str, earlier ones are int
xs = [1, "a"]
