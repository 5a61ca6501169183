import csv
import sys

lines = ["name,age,city\n", "Ann,31,\"New York, NY\"\n", "\n", "\"Bob \"\"B\"\"\",25,\"multi\n",
         "line\"\n", "Cy,,Paris", ""]
for row in csv.reader(lines):
    print(row)
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["x,\"open"])))

w = csv.writer(sys.stdout)
w.writerow(["plain", "with,comma", "with \"quote\"", "new\nline", "", "end"])
w.writerow([1, 2.5, -3])
w.writerow([""])
w.writerow([])
w.writerows([["a", "b"], ["c", "d"]])
print(w.writerow(["n", "m"]))
q = csv.writer(sys.stdout, quoting=csv.QUOTE_ALL, lineterminator="\n")
q.writerow(["x", "y z", "1"])

path = "/tmp/pyzc_csv_test.csv"
with open(path, "w") as f:
    dw = csv.DictWriter(f, fieldnames=["id", "name", "score"])
    dw.writeheader()
    dw.writerow({"id": "1", "name": "Ann", "score": "9.5"})
    dw.writerow({"id": "2", "name": "Bob, Jr."})
    dw.writerows([{"score": "7", "id": "3", "name": "Cy"}])
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for rec in csv.DictReader(f, restval="?"):
        print(rec["id"], rec["name"], rec["score"], rec)
with open(path) as f:
    total = 0.0
    r = csv.reader(f)
    header = next(r)
    print(header)
    for row in r:
        if row[2]:
            total += float(row[2])
    print(total)
nums = csv.DictWriter(sys.stdout, ["a", "b"], restval="-")
nums.writerow({"a": 1})
nums.writerow({"a": 2, "b": 3})
try:
    nums.writerow({"a": 1, "c": 2})
except ValueError as e:
    print(e)
print(list(csv.reader(["a\0b"])))
try:
    list(csv.reader(["a\rb"]))
except csv.Error as e:
    print("Error:", e)
mixed = csv.writer(sys.stdout)
name = "x,y"
mixed.writerow((name, len(name), 2.5, None, True))
mixed.writerow([name, -1])
people = csv.DictWriter(sys.stdout, ["name", "age"])
people.writerow({"name": "Ann", "age": 31})
for row in csv.reader(["a,b\r", "\n", "c\rd\n"]):
    print(row)
