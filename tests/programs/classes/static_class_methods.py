# @staticmethod helpers, @classmethod alternative constructors and class-level constants.
class Temperature:
    FREEZING_C = 0.0
    BOILING_C = 100.0

    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32.0) * 5.0 / 9.0)

    @classmethod
    def from_kelvin(cls, k):
        return cls(k - 273.15)

    @staticmethod
    def c_to_f(c):
        return c * 9.0 / 5.0 + 32.0

    def fahrenheit(self):
        return Temperature.c_to_f(self.celsius)

    def state(self):
        if self.celsius <= Temperature.FREEZING_C:
            return "ice"
        if self.celsius >= self.BOILING_C:
            return "steam"
        return "water"

    def __str__(self):
        return f"{self.celsius:.2f}C / {self.fahrenheit():.2f}F ({self.state()})"


class Date:
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def parse(cls, text):
        pieces = text.split("-")
        return cls(int(pieces[0]), int(pieces[1]), int(pieces[2]))

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def day_of_year(self):
        n = self.day
        for m in range(self.month - 1):
            n += Date.DAYS[m]
        if self.month > 2 and Date.is_leap(self.year):
            n += 1
        return n

    def __repr__(self):
        return f"Date({self.year}, {self.month}, {self.day})"


temps = [Temperature(21.5), Temperature.from_fahrenheit(212.0), Temperature.from_kelvin(250.0),
         Temperature.from_fahrenheit(98.6)]
for t in temps:
    print(t)
print(Temperature.c_to_f(-40.0), Temperature.c_to_f(37.0), temps[0].c_to_f(100.0))
print("constants", Temperature.FREEZING_C, Temperature.BOILING_C, temps[1].BOILING_C)

dates = [Date.parse(s) for s in ["2024-03-01", "2023-03-01", "2000-12-31", "1900-12-31"]]
print(dates)
for d in dates:
    print(d, "leap" if Date.is_leap(d.year) else "common", "day", d.day_of_year())
print([y for y in range(1896, 1913) if Date.is_leap(y)], len(Date.DAYS), sum(Date.DAYS))
