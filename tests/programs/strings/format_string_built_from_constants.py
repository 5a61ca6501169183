# A %-format string built from module constants (`"%0" + str(DIGITS) + "d"`) is known when compiling
DIGITS = 4
fmt = '%0' + str(DIGITS) + 'd'
ROW = ("%-" + str(6) + "s|") * 2
print([fmt % i for i in (7, 12345)], ROW % ("a", "b"))
