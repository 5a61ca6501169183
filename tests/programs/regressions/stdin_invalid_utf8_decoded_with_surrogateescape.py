# Bytes on stdin that are not UTF-8: under the C or C.UTF-8 locale (the tests' environment)
# CPython reads stdin with errors='surrogateescape', so each bad byte becomes U+DC80 + byte,
# and writing it back to stdout gives the byte again.
import sys

for line in sys.stdin:
    text = line.rstrip("\n")
    print(len(text), [ord(c) for c in text if ord(c) > 127], text == "bad \udce9\udcff bytes")
    print(text)
