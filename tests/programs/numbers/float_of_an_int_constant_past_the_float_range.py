# float() of an int constant past the float range raises CPython's OverflowError when it runs (here
# caught); pyzc failed internally, folding the conversion when compiling.
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
print(float(2 ** 1023), 10 ** 300 * 1.0)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(2 ** 1024 - 1))
except OverflowError as e:
    print("OverflowError:", e)
