# A program over its own modules: import M, import M as Z, from M import a, b as c; module globals,
# classes, exceptions and default reprs from a module; a module imported twice runs once.
import geometry
import geometry as g
import textutil
from geometry import Point, area as circle_area, BadShape, Marker
from textutil import banner

SCALE = 10  # the main program's SCALE is not geometry's


def describe(p):
    return f"{p!r} at distance {p.dist(Point(0, 0)):.3f}"


print(banner("report"))
p = Point(0, 0)
q = g.Point(3, 4)
print(p.dist(q), q, SCALE, geometry.SCALE)
print(describe(q))
print(circle_area(1.0), geometry.area(2.0), "areas computed:", geometry.count)
print(g.check(3), textutil.scaled(4), g.total([1.5, 2.5]))
m = Marker("x")
print(str(m).startswith("<geometry.Marker object at 0x"), m.label)
try:
    geometry.check(-1)
except BadShape as e:
    print("caught", e, repr(e))
except ValueError:
    print("not reached")
print(__name__)
print(banner("end", 20))
geometry.check(-2)
