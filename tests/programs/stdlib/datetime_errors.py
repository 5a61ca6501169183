from datetime import date, datetime, time, timedelta


def attempt(i: int) -> str:
    if i == 0:
        return str(date(0, 1, 1))
    if i == 1:
        return str(date(2020, 13, 1))
    if i == 2:
        return str(date(2020, 2, 30))
    if i == 3:
        return str(datetime(2020, 1, 1, 24))
    if i == 4:
        return str(datetime(2020, 1, 1, 1, 60))
    if i == 5:
        return str(datetime(2020, 1, 1, 1, 1, 60))
    if i == 6:
        return str(datetime(2020, 1, 1, 1, 1, 1, 10 ** 6))
    if i == 7:
        return str(datetime(2020, 1, 1, fold=2))
    if i == 8:
        return str(date(2020.0, 1, 1))
    if i == 9:
        return str(date("2020", 1, 1))
    if i == 10:
        return str(date(9999, 12, 31) + timedelta(1))
    if i == 11:
        return str(datetime(9999, 12, 31, 23) + timedelta(hours=1))
    if i == 12:
        return str(date(1, 1, 1) - timedelta(1))
    if i == 13:
        return str(date(2020, 1, 1) < datetime(2020, 1, 1))
    if i == 14:
        return str(datetime(2020, 1, 1) < date(2020, 1, 1))
    if i == 15:
        return str(date(2020, 1, 1) < 1)
    if i == 16:
        return str(date(2020, 1, 1) + 1)
    if i == 17:
        return str(datetime(2020, 1, 1) - date(2020, 1, 1))
    if i == 18:
        return str(datetime(2020, 1, 1).isoformat("ab"))
    if i == 19:
        return str(datetime(2020, 1, 1).isoformat(timespec="x"))
    if i == 20:
        return str(time(25))
    if i == 21:
        return str(date.fromordinal(0))
    if i == 22:
        return str(timedelta(1) < 5)
    if i == 23:
        return str(timedelta(days="1"))
    if i == 24:
        return str(time(1) > 3)
    if i == 25:
        return str(date.fromisocalendar(2020, 54, 1))
    if i == 26:
        return str(date.fromisocalendar(2020, 5, 8))
    if i == 27:
        return str(date.fromisocalendar(0, 5, 1))
    return str(date(2020, 1, 1) == datetime(2020, 1, 1))


for i in range(29):
    try:
        print(i, attempt(i))
    except (ValueError, TypeError, OverflowError) as e:
        print(i, type(e).__name__, e)
