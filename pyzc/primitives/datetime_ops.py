"""The C half of pylib/datetime.py: the local time zone's offset from UTC (runtime_c/localtime.c).

time._local_offset(t) is local time's offset from UTC, in seconds, at the POSIX
timestamp t (an int).  It is pyzc's own: only pylib/datetime.py may call it (the
typing rule refuses other callers), so a program cannot reach it and `pyzc modules`
does not list it.  datetime.py does the rest (fields, the inverse for timestamp(),
fold) in Python over ints.
"""

from __future__ import annotations

from ..frontend.symbols import MODULE_SEP
from ..types.model import INT
from .registry import param, runtime_helper, special

LOCAL_OFFSET = runtime_helper("pyz_localtime_offset", [param("t", INT)], INT, raises=False)
PRIVATE_TO = "datetime" + MODULE_SEP


def local_offset_type(inf, node, recv, rt, forms):
    if not inf.inst.func.name.startswith(PRIVATE_TO):
        raise inf.source.error(node, "time._local_offset() is not supported yet")
    inf.nargs(node, "time._local_offset", 1, 1)
    inf.expect(node.args[0], INT, "time._local_offset() argument")
    return INT


def local_offset_lower(b, node, recv, forms):
    return b.call_primitive(LOCAL_OFFSET, [b.as_int(b.expr(node.args[0]))])


special("time", "_local_offset", local_offset_type, local_offset_lower, checks_arguments=True)
