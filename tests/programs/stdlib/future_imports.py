"""Every __future__ feature of Python 3 is accepted and changes nothing."""
from __future__ import annotations, division, print_function
from __future__ import absolute_import, generators, nested_scopes, with_statement, unicode_literals
from __future__ import generator_stop


def half(n: int) -> float:
    return n / 2


print(half(7), 7 // 2, u"text")
