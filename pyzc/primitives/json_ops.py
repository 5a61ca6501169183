"""_json: the C half of the json module (pylib/json.py is the rest), as CPython's module of that name.

encode_basestring_ascii(s) and encode_basestring(s) give s as a JSON string literal, with
its quotes: CPython's escaping with and without ensure_ascii (runtime_c/json.c).  The
scanner and the C encoder of CPython's _json are left out: pylib/json.py does their work,
with the scanning loops below (pyzc's own, by byte offset: `_skip_ws`, `_number_end`...).
"""

from __future__ import annotations

from ..types.model import BOOL, INT, STR
from ..frontend.symbols import MODULE_SEP
from .registry import module_function, module_special, param, runtime_helper

_STR = param("s", STR, message="first argument must be a string, not {t}")

module_function("_json", "encode_basestring_ascii", [_STR], STR, c="pyz_json_encode_ascii", raises=False)
module_function("_json", "encode_basestring", [_STR], STR, c="pyz_json_encode", raises=False)

# The decoder's loops (pylib/json.py), over the document's UTF-8 bytes by byte offset: pyzc's own,
# callable only from pylib/json.py and pylib/io.py (whose StringIO reads by byte offset too), as pairs
# over runtime helpers, as math._exact_stat.
PRIVATE_TO = ("json" + MODULE_SEP, "io" + MODULE_SEP)
_DOC = param("s", STR)
_AT = param("i", INT)
HELPERS = {
    "_byte": runtime_helper("pyz_json_byte", [_DOC, _AT], INT, raises=False),
    "_byte_len": runtime_helper("pyz_json_byte_len", [_DOC], INT, raises=False),
    "_skip_ws": runtime_helper("pyz_json_skip_ws", [_DOC, _AT], INT, raises=False),
    "_plain_end": runtime_helper("pyz_json_plain_end", [_DOC, _AT], INT, raises=False),
    "_slice": runtime_helper("pyz_json_slice", [_DOC, _AT, param("j", INT)], STR, raises=False),
    "_cp_index": runtime_helper("pyz_json_cp_index", [_DOC, _AT], INT, raises=False),
    "_match": runtime_helper("pyz_json_match", [_DOC, _AT, param("word", STR)], BOOL, raises=False),
    "_number_end": runtime_helper("pyz_json_number_end", [_DOC, _AT], INT, raises=False),
    "_find_byte": runtime_helper("pyz_json_find_byte", [_DOC, _AT, param("c", INT)], INT, raises=False),
    "_advance": runtime_helper("pyz_json_advance", [_DOC, _AT, param("n", INT)], INT, raises=False),
}


def helper_type(name: str):
    m = HELPERS[name]

    def typing(inf, node, recv, rt, forms):
        if not inf.inst.func.name.startswith(PRIVATE_TO):  # pyzc's own: a user program cannot reach it
            raise inf.source.error(node, f"_json.{name}() is not supported yet")
        assert len(node.args) == len(m.params) and not node.keywords, name
        for a, p in zip(node.args, m.params):
            inf.expect(a, p.type, p.name)
        return m.result
    return typing


def helper_lower(name: str):
    def lowering(b, node, recv, forms):
        return b.call_primitive(HELPERS[name], [b.expr(a) for a in node.args])
    return lowering


for _name in HELPERS:
    module_special("_json", _name, helper_type(_name), helper_lower(_name), checks_arguments=True)
