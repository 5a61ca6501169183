"""The hashlib module: md5, sha1, sha224, sha256, sha384, sha512, new(name), and their objects' methods.

A hash object is a HASH (types/model.py), a PyzHash * whose digest runtime_c/hash.c
computes (the algorithms written there from their specifications).  update() takes a
bytes or a bytearray; digest() and hexdigest() leave the object as it was, so it may
be updated further; copy() gives an independent one; name, digest_size and block_size
are the runtime's.

Refused by name: the other algorithms (hashlib.blake2b(), sha3_256(), new("blake2b")...), a name
given to new() that is not a constant, printing a hash object (CPython prints its address) and copy.copy of one.
"""

from __future__ import annotations

import ast

from ..types.model import BOTTOM, BYTEARRAY, BYTES, HASH, INT, NONE, STR, Type
from .registry import method, module_special, param, runtime_helper, special

ALGORITHMS = {"md5": 0, "sha1": 1, "sha256": 2, "sha224": 3, "sha384": 4, "sha512": 5}  # runtime_c/hash.c's kinds
# h.name, h.digest_size, h.block_size: the type and the runtime function (types/infer.py, ir/build.py)
ATTRIBUTES = {"name": (STR, "pyz_hash_name"), "digest_size": (INT, "pyz_hash_digest_size"),
              "block_size": (INT, "pyz_hash_block_size")}
NEW = runtime_helper("pyz_hash_new", [param("kind", INT)], HASH, raises=False)


def data_message(t: Type) -> str:
    return "Strings must be encoded before hashing" if t == STR else "object supporting the buffer API required"


UPDATE = method("hash", "update", [param("obj", BYTES)], NONE, c="pyz_hash_update", raises=False)
method("hash", "digest", [], BYTES, c="pyz_hash_digest", raises=False)
method("hash", "hexdigest", [], STR, c="pyz_hash_hexdigest", raises=False)
method("hash", "copy", [], HASH, c="pyz_hash_copy", raises=False)


def update_type(inf, node, recv, rt, forms):
    t = inf.expr(node.args[0])
    if t not in (BYTES, BYTEARRAY, BOTTOM):
        raise inf.source.error(node.args[0], data_message(t))
    return NONE


special("hash", "update", update_type, lambda b, node, recv, forms: b.call_primitive(UPDATE, [recv, b.expr(node.args[0])]))


def check_data(inf, node: ast.expr) -> None:
    t = inf.expr(node)
    if t not in (BYTES, BYTEARRAY, BOTTOM):
        raise inf.source.error(node, data_message(t))


def constructor_type(name: str):
    """hashlib.md5(string=b'', *, usedforsecurity=True), and the SHA functions likewise."""
    def typing(inf, node, recv, rt, forms):
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise inf.source.error(node, "starred arguments are not supported yet")
        if len(node.args) > 1:
            raise inf.source.error(node, f"openssl_{name}() takes at most 1 positional argument ({len(node.args)} given)")
        data = node.args[0] if node.args else None
        for kw in node.keywords:
            if kw.arg not in ("string", "usedforsecurity"):
                raise inf.source.error(kw, f"'{kw.arg}' is an invalid keyword argument for openssl_{name}()"
                                       if kw.arg else "** arguments are not supported yet")
            if kw.arg == "string":
                if data is not None:
                    raise inf.source.error(kw, f"argument for openssl_{name}() given by name ('string') and position (1)")
                data = kw.value
            else:
                inf.expr(kw.value)  # any value: only OpenSSL's FIPS mode reads it
        if data is not None:
            check_data(inf, data)
        return HASH
    return typing


def new_hash(b, kind: int, node: ast.Call, data: ast.expr | None):
    """A hash object of this kind, given data first if any (the arguments evaluated in their order)."""
    value = None
    for a in node.args + [kw.value for kw in node.keywords]:
        v = b.expr(a)
        if a is data:
            value = v
    h = b.call_primitive(NEW, [b.const(kind, INT)])
    if value is not None:
        b.call_primitive(UPDATE, [h, value])
    return h


def constructor_lower(name: str):
    def lowering(b, node, recv, forms):
        data = node.args[0] if node.args else next((kw.value for kw in node.keywords if kw.arg == "string"), None)
        return new_hash(b, ALGORITHMS[name], node, data)
    return lowering


for _name in ALGORITHMS:
    module_special("hashlib", _name, constructor_type(_name), constructor_lower(_name), checks_arguments=True)


# ---- hashlib.new(name, data=b'', **kwargs): a constant name among ALGORITHMS
def new_type(inf, node, recv, rt, forms):
    if any(isinstance(a, ast.Starred) for a in node.args):
        raise inf.source.error(node, "starred arguments are not supported yet")
    bound = dict(zip(("name", "data"), node.args))
    if len(node.args) > 2:
        raise inf.source.error(node, f"__hash_new() takes from 1 to 2 positional arguments but {len(node.args)} were given")
    for kw in node.keywords:
        if kw.arg in ("name", "data"):
            if kw.arg in bound:
                raise inf.source.error(kw, f"__hash_new() got multiple values for argument '{kw.arg}'")
            bound[kw.arg] = kw.value
        elif kw.arg == "usedforsecurity":
            inf.expr(kw.value)
        else:
            raise inf.source.error(kw, f"hashlib.new() with the keyword argument '{kw.arg}' is not supported yet"
                                   if kw.arg else "** arguments are not supported yet")
    if "name" not in bound:
        raise inf.source.error(node, "__hash_new() missing 1 required positional argument: 'name'")
    name = bound["name"]
    if not (isinstance(name, ast.Constant) and isinstance(name.value, str)):
        inf.expr(name)
        raise inf.source.error(name, "hashlib.new() needs a constant algorithm name (a string literal) for now")
    if name.value.lower() not in ALGORITHMS:
        raise inf.source.error(name, f"hashlib.new('{name.value}') is not supported yet "
                                     "(md5, sha1, sha224, sha256, sha384 and sha512 are)")
    inf.expr(name)
    if "data" in bound:
        check_data(inf, bound["data"])
    return HASH


def new_lower(b, node, recv, forms):
    bound = dict(zip(("name", "data"), node.args)) | {kw.arg: kw.value for kw in node.keywords if kw.arg}
    return new_hash(b, ALGORITHMS[bound["name"].value.lower()], node, bound.get("data"))


module_special("hashlib", "new", new_type, new_lower, checks_arguments=True)
