# expect: 2:1: error: SyntaxError: future feature speed is not defined
from __future__ import speed
