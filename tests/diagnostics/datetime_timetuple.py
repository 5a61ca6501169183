# expect: 4:7: error: 'datetime.datetime' object has no attribute 'timetuple'
from datetime import datetime

print(datetime(2020, 1, 1).timetuple())
