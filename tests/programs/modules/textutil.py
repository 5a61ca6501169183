# A module of the two-module program (shapes_report.py): imports geometry too, which runs only once.
import geometry
from geometry import SCALE


def banner(title, width=30):
    pad = (width - len(title)) // 2
    return "=" * pad + title + "=" * (width - len(title) - pad)


def scaled(n):
    return [geometry.SCALE * i + SCALE for i in range(n)]
