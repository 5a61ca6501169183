# bytes.decode() validates UTF-8 with the same check as text files (pyz_utf8_valid_prefix), and its
# UnicodeDecodeError gives CPython's position, range and reason for each kind of bad sequence
cases = [b"ok \xc3\xa9", b"a\xffb", b"x\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x90\x80", b"ab\xed\xa0\x80", b"\xc0\xaf", b"" , b"\xf4\x90\x80\x80", b"plain ascii text " * 3 + b"\x80"]
for c in cases:
    try:
        print(repr(c.decode()))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    try:
        print(repr(c.decode("utf-8")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
