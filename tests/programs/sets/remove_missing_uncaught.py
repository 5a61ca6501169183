# Checking seats out of a set; removing a seat that is not free raises KeyError.
free = set(range(1, 21))
print("free seats", len(free))
booked = []


def book(seat):
    if seat in free:
        free.remove(seat)
        booked.append(seat)
        print("booked", seat, "remaining", len(free))
    else:
        print("seat", seat, "unavailable")


def cancel(seat):
    if seat in booked:
        booked.remove(seat)
        free.add(seat)
        print("cancelled", seat)


for s in [3, 7, 7, 12, 19, 25, 3]:
    book(s)
cancel(7)
cancel(8)
print("booked", booked)
print("first free", min(free), "last free", max(free))
low = {s for s in free if s <= 6}
print("low free seats", low)
free.discard(99)
free.remove(12)
print("unreachable")
