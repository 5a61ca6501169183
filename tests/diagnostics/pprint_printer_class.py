# expect: 4:6: error: pprint.PrettyPrinter() is not supported yet
import pprint

pp = pprint.PrettyPrinter(width=20)
pp.pprint([1])
