# expect: 4:7: error: os.O_RDONLY is not supported yet
import os

print(os.O_RDONLY)
