# expect: 2:1: error: datetime.timezone is not supported yet
from datetime import datetime, timezone

print(datetime.now(timezone.utc))
