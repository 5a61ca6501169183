# A break in a loop nested inside `while True:` leaves only the inner loop:
# the function still cannot fall off its end (pyzc once inferred a None return here).
def first_square_above(n):
    k = 0
    while True:
        for i in range(3):
            if i == 1:
                break
        k += 1
        if k * k > n:
            return k


print(first_square_above(10))
print(first_square_above(99))
