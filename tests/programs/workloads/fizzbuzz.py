# FizzBuzz from 1 to 100, printing every line, plus a tally.
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


fizz = 0
buzz = 0
both = 0
for i in range(1, 101):
    word = fizzbuzz(i)
    print(word)
    if word == "FizzBuzz":
        both += 1
    elif word == "Fizz":
        fizz += 1
    elif word == "Buzz":
        buzz += 1
print("fizz", fizz, "buzz", buzz, "fizzbuzz", both, "numbers", 100 - fizz - buzz - both)
