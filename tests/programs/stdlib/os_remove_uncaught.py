# An OSError that nothing catches: CPython's last line, exit status 1.
import os

print("before")
os.remove("/nonexistent-pyzc-test-dir/file.txt")
