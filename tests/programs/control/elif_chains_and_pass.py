# Long if/elif chains, pass statements and loop control in a tax calculator.
def bracket_tax(income):
    tax = 0.0
    if income <= 10000.0:
        pass
    elif income <= 40000.0:
        tax = (income - 10000.0) * 0.1
    elif income <= 90000.0:
        tax = 3000.0 + (income - 40000.0) * 0.2
    elif income <= 200000.0:
        tax = 13000.0 + (income - 90000.0) * 0.3
    else:
        tax = 46000.0 + (income - 200000.0) * 0.45
    return tax


def weekday_name(d):
    if d == 0:
        return "Mon"
    elif d == 1:
        return "Tue"
    elif d == 2:
        return "Wed"
    elif d == 3:
        return "Thu"
    elif d == 4:
        return "Fri"
    elif d == 5:
        return "Sat"
    return "Sun"


incomes = [5000.0, 10000.0, 25000.0, 40000.0, 65000.5, 150000.0, 250000.0]
for inc in incomes:
    t = bracket_tax(inc)
    rate = t / inc * 100.0
    print(f"{inc:>10} tax {t:.2f} effective {rate:.3f}%")
for day in range(0, 31, 3):
    wd = weekday_name(day % 7)
    if wd == "Sat" or wd == "Sun":
        print("day", day, wd, "weekend")
    else:
        pass
        print("day", day, wd, "workday")
i = 0
while i < 5:
    if i == 2:
        pass
    i += 1
print("i", i)
