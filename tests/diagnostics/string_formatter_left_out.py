# expect: 3:7: error: string.Formatter is not supported yet
import string
print(string.Formatter)
