# Basic arithmetic on ints and floats, printed step by step.
a = 17
b = 5
print("a =", a, "b =", b)
print("a + b =", a + b)
print("a - b =", a - b)
print("a * b =", a * b)
print("a / b =", a / b)
print("a // b =", a // b)
print("a % b =", a % b)
print("a ** 2 =", a ** 2)
print("-a =", -a)

price = 19.99
qty = 3
subtotal = price * qty
print("subtotal:", subtotal)
tax = subtotal * 0.08
print("tax:", tax)
total = subtotal + tax
print("total:", total)
print("total rounded:", round(total, 2))
print("total as int:", int(total))

x = 10
y = 3
print(x / y, x // y, x % y)
print(x * 1.5, x - 0.25, x + 0.5)
print(2 ** 10, 3 ** 4, 10 ** 6)
print(7 / 7, 0 / 5, 1 / 8)
celsius = 37.5
fahrenheit = celsius * 9 / 5 + 32
print("celsius", celsius, "->", fahrenheit)
seconds = 98765
hours = seconds // 3600
minutes = seconds % 3600 // 60
secs = seconds % 60
print(hours, "h", minutes, "m", secs, "s")
