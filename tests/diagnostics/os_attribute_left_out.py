# expect: 4:9: error: os.O_RDONLY is not supported yet
import os

flags = os.O_RDONLY
print(flags)
