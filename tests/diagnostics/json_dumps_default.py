# expect: 4:31: error: json.dumps() with default= is not supported yet
import json

print(json.dumps([1], default=str))
