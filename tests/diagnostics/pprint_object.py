# expect: 9:15: error: pprint.pprint() of a Point is not supported yet
import pprint


class Point:
    pass


pprint.pprint([Point()])
