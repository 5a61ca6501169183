# Reference for bench/programs/gen_sum.py: the generator's loop written out by hand in Python.
# `pyzc bench` compiles it with pyzc too: pyzc's time on gen_sum over its time here is the cost
# of the generator ("pyzc/loop", 1.00 = the generator costs what the loop costs).


def main():
    n = 10_000_000
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 1000
        i += 1
    print("sum:", total)


main()
