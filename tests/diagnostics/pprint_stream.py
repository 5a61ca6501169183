# expect: 5:30: error: pprint.pprint() with a stream argument is not supported yet
import pprint
import sys

pprint.pprint([1, 2], stream=sys.stderr)
