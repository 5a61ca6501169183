# expect: 3:11: error: raising UnicodeDecodeError with arguments is not supported yet
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except ValueError as e:
    print(e)
