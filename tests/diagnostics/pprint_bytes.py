# expect: 4:22: error: pprint.pformat() of a bytes is not supported yet
import pprint

print(pprint.pformat(b"raw"))
