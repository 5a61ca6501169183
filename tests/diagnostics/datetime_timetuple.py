# expect: 4:7: error: datetime.datetime.timetuple is not supported yet
from datetime import datetime

print(datetime(2020, 1, 1).timetuple())
