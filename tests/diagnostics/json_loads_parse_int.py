# expect: 4:19: error: json.loads() with arguments other than the document is not supported yet
import json

data: list[int] = json.loads("[1]", parse_int=float)
