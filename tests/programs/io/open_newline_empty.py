import csv

path = "/tmp/pyzc_open_newline_empty.txt"
with open(path, "w", newline="") as f:
    f.write("a,b\r\nc\rd\ne,\"f\r\ng\"\r\n\r\nlast")
with open(path, newline="") as f:
    for line in f:
        print(repr(line))
with open(path) as f:
    print(f.readlines())
with open(path, newline="\n") as f:
    print(f.readlines())
with open(path, "r", newline="") as f:
    print(f.read(5), repr(f.readline()), f.readlines())
with open(path, newline="") as f:
    print(list(csv.reader(f)))

with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["x", "y\nz"])
    w.writerow([1, 2])
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print([r for r in csv.reader(f)])
big = "\r" * 9000 + "x\r\n" + "y" * 10000 + "\r"
with open(path, "w", newline="") as f:
    f.write(big)
with open(path, newline="") as f:
    lines = f.readlines()
    print(len(lines), repr(lines[-2][-3:]), len(lines[-1]), repr(lines[-1][-2:]))
