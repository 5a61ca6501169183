# bytes share str's concatenation: appending in place keeps every alias's value.  A path
# built by appending is a prefix of a longer string afterwards, and still opens the file.
import os


def main():
    b = b"header:" + b"\x00\xff" * 30
    parts = []
    for i in range(120):
        parts.append(b)
        b += bytes([i % 256])
    print(len(b), b[-5:], b[60:64], b.count(b"\x00"))
    print([len(p) for p in parts[::30]], parts[3][-3:], parts[119] == b[:-1])
    c = b + b
    d = b + b"!"
    print(len(c), c[-3:], d[-3:], b[-1], hash(b) == hash(bytes(b)))
    print(b.decode("latin-1")[-3:], b.hex()[-8:])

    folder = "/tmp"
    name = folder + "/pyzc-concat-" + "x" * 60
    longer = name + ".txt"
    other = name + ".bak"
    path = name
    with open(path, "w") as f:
        f.write("one\n")
    print(os.path.exists(name), os.path.exists(longer), os.path.isfile(path), os.path.isdir(name))
    with open(name) as f:
        print(f.read().strip(), len(longer), other[-4:])


main()
