# expect: 2:1: error: import of module 'os' is not supported yet (supported: collections, functools, itertools, math, sys)
import os
