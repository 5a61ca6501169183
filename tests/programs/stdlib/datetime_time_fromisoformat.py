from datetime import datetime, time

for s in ["12", "12:30", "1230", "12:30:45", "123045", "T12:30:45.5", "12:30:45.1234567", "12:30:45,25", "T0000"]:
    print(s, repr(time.fromisoformat(s)), time.fromisoformat(s).isoformat(timespec="milliseconds"))
for s in ["25:00", "1", "12:3", "12:30:", "T", "", "12:30:45.", "12:30+25:00", "12+99", "2020-01-01T00:00+24:00",
          "12:30+01:00", "2020-01-01T25:00Z"]:
    try:
        if len(s) > 10:
            print(repr(datetime.fromisoformat(s)))
        else:
            print(repr(time.fromisoformat(s)))
    except ValueError as e:
        print("ValueError", e)
