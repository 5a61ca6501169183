# expect: 6:16: error: map() of a computed function is not supported yet; assign it to a name first
def pick():
    return abs


print(list(map(pick(), [-1, 2])))
