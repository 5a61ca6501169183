# expect: 4:8: error: file.readline() with 1 argument is not supported yet
import sys

line = sys.stdin.readline(10)
print(line)
