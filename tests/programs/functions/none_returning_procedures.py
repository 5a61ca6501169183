# Procedures without return statements; printing their None result.
log_lines = []


def log(msg):
    log_lines.append(msg)
    print("LOG:", msg)


def show_box(text):
    print("+" + "-" * len(text) + "+")
    print("|" + text + "|")
    print("+" + "-" * len(text) + "+")


def maybe_report(n):
    if n < 0:
        print("negative, stopping early")
        return
    print("value is", n)


def fill(xs, value, count):
    for i in range(count):
        xs.append(value)


print(log("starting"))
print(show_box("hello"))
print("maybe_report returned", maybe_report(5))
print(maybe_report(-1))
data = [1, 2]
print(fill(data, 9, 3))
print(data)
log("filled " + str(len(data)) + " items")
print(len(log_lines), log_lines)
for word in ["a", "bb", "ccc"]:
    show_box(word * 2)
print("last:", log("done"), len(log_lines))
