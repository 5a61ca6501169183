# expect: 4:11: error: %-formatting with a format string that is not a constant is not supported yet; use an f-string
def show(fmt: str, n: int):
    # the format string is a parameter: its text is not known at compile time
    print(fmt % n)
    return fmt


show("%d items", 3)
