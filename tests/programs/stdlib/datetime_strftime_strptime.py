from datetime import date, datetime, time

d = datetime(2023, 1, 5, 14, 3, 9, 250)
formats = ["%Y", "%", "a%", "%Q", "%-d|%-m|%-H", "%_d", "%e", "%k", "%l", "%c", "%x", "%X", "%D", "%F", "%T", "%r", "%R",
           "%C", "%g %G %V %u", "%U %W %w %j", "%h", "%P", "%n%t", "%5Y", "%^a", "%#b", "%E", "%Oy", "%f %z %Z", "%%f",
           "%y", "%Y-%m-%d %H:%M:%S.%f", "%A %d %B %Y, %I:%M %p", "%a %b %d", "[%H%M]", "%j/%U/%W", "%%%Y%%"]
for f in formats:
    print(repr(f), repr(d.strftime(f)))
for y, m, dd in [(5, 1, 1), (999, 12, 31), (2024, 12, 30), (2021, 1, 3), (2020, 12, 31), (1900, 1, 1), (2000, 2, 29)]:
    x = datetime(y, m, dd, 0, 0)
    print(x.strftime("%Y %y %C %G %g %V %U %W %j %a %u %w"), x.strftime("%I %l %p"), datetime(y, m, dd, 12).strftime("%I %p %r"))
print(repr(date(2023, 1, 5).strftime("%H %f %z %A")), repr(time(1, 2, 3).strftime("%Y %m %d %H %f %j %a")))
for h in range(0, 24, 5):
    print(h, datetime(2020, 1, 1, h).strftime("%I%p %l%P"))

cases = [("2020-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"), ("4 Mar 2020", "%d %b %Y"), ("March 4, 20", "%B %d, %y"),
         ("12 AM 5", "%I %p %M"), ("12 pm", "%I %p"), ("1 PM", "%I %p"), ("2020 123", "%Y %j"),
         ("Wed 2020 10 3", "%a %Y %U %w"), ("2020 10 1", "%Y %W %w"), ("2019 52 7", "%G %V %u"),
         ("10:30:15.5", "%H:%M:%S.%f"), ("  2020   5  ", " %Y %m "), ("Thu Jan  5 14:03:09 2023", "%c"),
         ("01/05/23", "%x"), ("14:03:09", "%X"), ("99", "%y"), ("68", "%y"), ("69", "%y"),
         ("2020-1-2", "%Y-%m-%d"), ("20200102", "%Y%m%d"), ("MONDAY 2021 1 1", "%A %Y %W %w"), ("5%", "%d%%"),
         ("2020 (x)", "%Y (x)"), ("7", "%m"), ("", "")]
for text, fmt in cases:
    print(repr(text), repr(fmt), repr(datetime.strptime(text, fmt)))
bad = [("2020", "%Y %"), ("2020", "%Q"), ("2020x", "%Y"), ("20", "%Y"), ("2023-02-30", "%Y-%m-%d"), ("2020 .5", "%Y %."),
       ("13", "%m"), ("2020 5", "%G %V"), ("2020 5 1", "%Y %V %u"), ("1 5", "%V %u"), ("2020 2 1 5", "%G %V %u %j"),
       ("Feb", "%B"), ("", "%Y"), ("Feb 29", "%b %d")]
for text, fmt in bad:
    try:
        print(repr(datetime.strptime(text, fmt)))
    except ValueError as e:
        print("ValueError", e)
