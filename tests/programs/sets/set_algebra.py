# Union, intersection, difference and symmetric difference.
evens = {0, 2, 4, 6, 8}
small = {0, 1, 2, 3, 4}
primes = {2, 3, 5, 7}
print("evens | small", evens | small)
print("evens & small", evens & small)
print("evens - small", sorted(evens - small))
print("small - evens", small - evens)
print("evens ^ small", evens ^ small)
print("primes & evens", primes & evens, "primes - evens", primes - evens)
print("all three", evens & small & primes)
print("any", evens | small | primes, len(evens | small | primes))

python_devs = {"ann", "bob", "cara", "dev", "eli"}
rust_devs = {"cara", "fin", "eli", "gus"}
go_devs = {"bob", "gus", "hal"}
print("python and rust", sorted(python_devs & rust_devs))
print("python only", sorted(python_devs - rust_devs - go_devs))
print("exactly one of python/rust", sorted(python_devs ^ rust_devs))
everyone = python_devs | rust_devs | go_devs
print("everyone", sorted(everyone), len(everyone))
for person in sorted(everyone):
    langs = []
    if person in python_devs:
        langs.append("python")
    if person in rust_devs:
        langs.append("rust")
    if person in go_devs:
        langs.append("go")
    print(f"{person:<5}{len(langs)} {' '.join(langs)}")

a = {1, 2, 3}
a |= {4, 5}
print(a)
a &= {2, 3, 4, 9}
print(a)
a -= {3}
print(a)
a ^= {4, 6}
print(a)

required = {"name", "email", "age"}
submitted = [{"name", "email"}, {"name", "email", "age", "phone"}, {"age"}]
for form in submitted:
    missing = required - form
    extra = form - required
    print("missing", sorted(missing), "extra", sorted(extra), "complete", len(missing) == 0)
