# expect: 4:15: error: pprint.pprint() of a container whose dict keys or set items are float is not supported yet
import pprint

pprint.pprint({1.5: "a", 0.5: "b"})
