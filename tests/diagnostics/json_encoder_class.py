# expect: 4:7: error: json.JSONEncoder is not supported yet
import json

enc = json.JSONEncoder()
