# expect: 5:21: error: formatting file objects is not supported yet
import sys

log = sys.stderr
print(f"writing to {log}")
