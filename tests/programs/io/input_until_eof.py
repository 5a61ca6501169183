# input() reads stdin line by line (with and without a prompt) until EOFError; the running total is printed as it goes.
total = 0
count = 0
name = input("name? ")
print("hello,", name)
while True:
    try:
        line = input()
    except EOFError:
        print("end of input")
        break
    if not line.strip():
        continue
    total += int(line)
    count += 1
    print(f"{count}: {line.strip():>5} total {total}")
print("average", total / count)
