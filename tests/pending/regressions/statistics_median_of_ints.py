# statistics.median() of a list of ints: CPython prints 2; pyzc refuses the program with a
# diagnostic located inside its own library (pyzc/pylib/statistics.py:62: "function
# 'statistics:median' returns float here but int elsewhere"), where mean() of ints raises
# a TypeError at run time that says what to do.  The refusal should name the call.
import statistics
print(statistics.median([3, 1, 2]))
