# expect: 5:10: error: format specs for datetime.timedelta values are not supported yet
from datetime import timedelta

span = timedelta(hours=3)
print(f"{span:>12}")
