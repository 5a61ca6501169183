# rename names both paths in its message.
import os

os.rename("no-such-file-pyzc-a", "no-such-file-pyzc-b")
