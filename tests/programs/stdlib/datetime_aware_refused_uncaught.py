# pyzc's datetimes are naive: text with a UTC offset, which CPython reads into an aware datetime,
# raises ValueError (docs/SUPPORTED.md); the program ends there under both, with CPython's error
# about the hour coming first.
from datetime import datetime

print(datetime.fromisoformat("2020-01-01T10:00"))
print(datetime.fromisoformat("2020-01-01T25:00+01:00"))
