# expect: 4:9: error: file.read() with 1 argument is not supported yet
import sys

chunk = sys.stdin.read(1024)
print(chunk)
