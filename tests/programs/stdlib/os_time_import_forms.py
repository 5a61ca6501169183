# The Python-written members of os, os.path and time through every import form.
import os as o
import os.path as osp
import time as t
from os import path, sep as separator, getenv
from os.path import splitext as split_ext
from time import gmtime as gm, strftime


class Thing:
    def __init__(self):
        self.name = "thing"  # an attribute named like os.name: not os's
        self.sep = ","


thing = Thing()
print(thing.name, thing.sep)
print(osp.splitext("a.b"), path.split("x/y"), split_ext("c.d"), separator, o.sep, o.path.normpath("a//b"))
print(getenv("PYZC_SURELY_UNSET_VAR", "none"), o.getenv("PYZC_SURELY_UNSET_VAR") is None)
print(strftime("%Y", gm(0)), t.strftime("%d", t.gmtime(0)), gm(0).tm_year, t.time() > 0)
