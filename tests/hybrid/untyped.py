def never_called(x):
    return x


def ok(x: int) -> int:
    return x
