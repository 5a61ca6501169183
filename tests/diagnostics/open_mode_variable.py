# expect: 5:15: error: open() mode must be a string literal in pyzc ("r", "w" or "a")
import sys

mode = "r"
f = open("x", mode)
print(f.read())
