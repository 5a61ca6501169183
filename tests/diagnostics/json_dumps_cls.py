# expect: 9:27: error: json.dumps() with cls= is not supported yet
import json


class Enc:
    pass


print(json.dumps([1], cls=Enc))
