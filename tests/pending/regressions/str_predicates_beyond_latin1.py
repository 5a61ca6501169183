# fuzz seed 10096 (reduced by hand): str.isalpha/isalnum/isdigit/isupper/islower know ASCII and
# Latin-1 only (runtime_c/str.c says so); CPython answers from the whole Unicode database.
# CPython prints "True True False" and "True True"; pyzc prints "False False False" and "False False"
# (the fuzzer leaves such strings out: tests/fuzz/fuzz_gen.py WORDS).
g = '日本'
print(g.isalpha(), g.isalnum(), g.isdigit())
print('١٢'.isdigit(), 'Ω'.isupper())
