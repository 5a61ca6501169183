"""Lowering of the standard modules built into the compiler (types/stdlib.py has their rules).

A mixin of the `FunctionBuilder` (ir/build.py).

- Counter and defaultdict values are dicts: only a missing-key read
  (`dict_load`) and repr differ.  Counter's order by count (most_common and
  repr) comes from `pyz_dict_<N>_by_count` in templates/dict.c.j2.
- deque is its own specialisation (templates/deque.c.j2).
- itertools iterators are cursors: count() and chain() step lazily;
  product/permutations/combinations walk an index vector that
  `pyz_itertools_next_*` (runtime_c/itertools.c) advances in CPython's order,
  and build each tuple from a list of the pool's items; accumulate() and
  reduce() inline their lambda as key= lambdas are inlined.
"""

from __future__ import annotations

import ast

from ..codegen.naming import dict_suffix, type_suffix
from ..types.model import BOOL, FLOAT, INT, ITEMS_PTR, NONE, STR, DequeT, DictT, ListT, SetT, TupleT, Type
from ..types.stdlib import IterT
from .ops import Assign, Branch, CallRuntime, Const, NewList, Prim, Value

SCALAR_DEFAULTS = {INT: 0, FLOAT: 0.0, BOOL: False, STR: ""}


def deque_fn(t: DequeT, verb: str) -> str:
    return f"pyz_deque_{type_suffix(t.elem)}_{verb}"


def dict_fn(t: DictT, verb: str) -> str:
    return f"pyz_dict_{dict_suffix(t)}_{verb}"


def list_fn(t: ListT, verb: str) -> str:
    return f"pyz_list_{type_suffix(t.elem)}_{verb}"


class StdlibLowering:
    def stdlib_call(self, node: ast.Call, module: str, name: str) -> Value:
        return getattr(self, f"lower_{module}_{name}")(node)

    # ------------------------------------------------------------ collections: dicts
    def lower_collections_defaultdict(self, node) -> Value:
        return self.new_container(self.list_type_of(node))

    def lower_collections_Counter(self, node) -> Value:
        c = self.new_container(self.list_type_of(node))
        if node.args:
            self.count_into(c, node.args[0])
        return c

    def count_into(self, c: Value, arg):
        t = c.type

        def on_item(v: Value):
            key = self.key_value(v, t.key)
            cur = self.rt(dict_fn(t, "get_default"), [c, key, Const(0, INT)], INT)
            self.rt(dict_fn(t, "set"), [c, key, self.prim("int_add", [cur, Const(1, INT)], INT, raises=True)], None)

        self.over_items(arg, on_item)

    def empty_value(self, t: Type) -> Value:
        if t in SCALAR_DEFAULTS:
            return Const(SCALAR_DEFAULTS[t], t)
        if isinstance(t, ListT):
            self.mb.use_list(t)
            dst = self.temp(t)
            self.emit(NewList(dst, [], self.line))
            return dst
        return self.new_container(t)

    def dict_load(self, d: Value, key: Value) -> Value:
        """d[key] on a Counter (0 when missing, not inserted) or a defaultdict (factory() inserted when missing)."""
        t = d.type
        if t.kind == "Counter":
            return self.rt(dict_fn(t, "get_default"), [d, key, Const(0, INT)], INT)
        if t.value in SCALAR_DEFAULTS:
            return self.rt(dict_fn(t, "setdefault"), [d, key, self.empty_value(t.value)], t.value)
        make, done = self.new_block(), self.new_block()
        found = self.rt(dict_fn(t, "contains"), [d, key], BOOL)
        self.emit(Branch(found, done, make, self.line))
        self.set_block(make)
        self.rt(dict_fn(t, "set"), [d, key, self.empty_value(t.value)], None)
        self.goto(done)
        self.set_block(done)
        return self.rt(dict_fn(t, "get"), [d, key], t.value, raises=True)

    def kinded_dict_repr(self, v: Value) -> Value:
        t = v.type
        self.mb.use_type(t)
        if t.kind == "Counter":
            return self.rt(dict_fn(t, "counter_repr"), [v], STR)
        inner = self.rt(dict_fn(t, "repr"), [v], STR)
        head = Const(f"defaultdict(<class '{t.kind.split(':')[1]}'>, ", STR)
        s = self.rt("pyz_str_concat", [head, inner], STR)
        return self.rt("pyz_str_concat", [s, Const(")", STR)], STR)

    def counter_order(self, c: Value) -> Value:
        """list[int]: the positions of c's entries, most common first."""
        lt = ListT(INT)
        self.mb.use_list(lt)
        n = self.prim("container_len", [c], INT)
        order = self.rt(list_fn(lt, "new"), [n], lt)
        self.rt(dict_fn(c.type, "by_count"), [c, self.prim("list_items_ptr", [order], ITEMS_PTR)], None)
        return order

    def counter_method(self, node, c: Value, name: str) -> Value:
        t = c.type
        self.mb.use_type(t)
        a = node.args
        if name == "update":
            self.count_into(c, a[0])
            return Const(None, NONE)
        if name == "total":
            total = self.temp(INT)
            self.emit(Assign(total, Const(0, INT), self.line))
            self.run_cursor(self.hash_cursor(c, "values"),
                            lambda v: self.emit(Prim(total, "int_add", [total, v], self.line, True)))
            return total
        # most_common([n])
        rt = ListT(TupleT((t.key, INT)))
        self.mb.use_list(rt)
        res = self.temp(rt)
        self.emit(NewList(res, [], self.line))
        limit = None
        if a:
            limit = self.temp(INT)
            self.emit(Assign(limit, self.as_int(self.expr(a[0])), self.line))
            neg, ok = self.new_block(), self.new_block()
            self.emit(Branch(self.prim("int_lt", [limit, Const(0, INT)], BOOL), neg, ok, self.line))
            self.set_block(neg)
            self.emit(Assign(limit, Const(0, INT), self.line))
            self.goto(ok)
            self.set_block(ok)

        def on_item(pos: Value):
            k = self.prim("dict_key", [c, pos], t.key)
            v = self.prim("dict_value", [c, pos], INT)
            self.rt(list_fn(rt, "append"), [res, self.make_tuple([k, v])], None)

        self.run_cursor(self.list_cursor(self.counter_order(c)), on_item)
        if limit is None:
            return res
        return self.rt(list_fn(rt, "slice"), [res, Const(0, INT), limit, Const(1, INT), Const(0, INT), Const(1, INT)],
                       rt, raises=True)

    # ------------------------------------------------------------ collections: deque
    def lower_collections_deque(self, node) -> Value:
        t = self.list_type_of(node)
        self.mb.use_type(t)
        maxlen = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords), None)
        if maxlen is None or (isinstance(maxlen, ast.Constant) and maxlen.value is None):
            args = [Const(-1, INT), Const(False, BOOL)]
        else:
            args = [self.as_int(self.expr(maxlen)), Const(True, BOOL)]
        d = self.rt(deque_fn(t, "new"), args, t, raises=True)
        if node.args:
            self.over_items(node.args[0], lambda v: self.rt(deque_fn(t, "append"), [d, self.coerce_num(v, t.elem)], None))
        return d

    def deque_cursor(self, dq: Value) -> "Cursor":
        from .build import Cursor
        idx = self.temp(INT)
        seq = self.temp(dq.type)

        def init():
            self.emit(Assign(seq, dq, self.line))
            self.emit(Assign(idx, Const(0, INT), self.line))

        def more():
            return self.prim("int_lt", [idx, self.prim("container_len", [seq], INT)], BOOL)

        def fetch():
            v = self.rt(deque_fn(dq.type, "item"), [seq, idx], dq.type.elem)
            self.emit(Prim(idx, "int_add_nocheck", [idx, Const(1, INT)], self.line))
            return v
        return Cursor(init, more, fetch)

    def deque_method(self, node, d: Value, name: str) -> Value:
        t = d.type
        self.mb.use_type(t)
        a = node.args
        if name in ("append", "appendleft"):
            self.rt(deque_fn(t, name), [d, self.coerce_num(self.expr(a[0], t.elem), t.elem)], None)
        elif name in ("extend", "extendleft"):
            verb = "append" if name == "extend" else "appendleft"
            src = a[0]
            if not isinstance(src, ast.GeneratorExp) and self.inst.expr_types.get(id(src)) == d.type:
                src_v = self.rt(deque_fn(t, "copy"), [self.expr(src)], t)  # d.extend(d): a snapshot first
                self.run_cursor(self.deque_cursor(src_v), lambda v: self.rt(deque_fn(t, verb), [d, v], None))
            else:
                self.over_items(src, lambda v: self.rt(deque_fn(t, verb), [d, self.coerce_num(v, t.elem)], None))
        elif name in ("pop", "popleft"):
            return self.rt(deque_fn(t, name), [d], t.elem, raises=True)
        elif name == "rotate":
            self.rt(deque_fn(t, "rotate"), [d, self.as_int(self.expr(a[0])) if a else Const(1, INT)], None)
        elif name in ("clear", "reverse"):
            self.rt(deque_fn(t, name), [d], None)
        elif name == "copy":
            return self.rt(deque_fn(t, "copy"), [d], t)
        elif name in ("count", "index", "remove"):
            v = self.coerce_num(self.expr(a[0]), t.elem)
            if t.elem == INT and v.type == FLOAT:
                raise self.source.error(node, f"deque[int].{name}() of a float is not supported yet")
            return self.rt(deque_fn(t, name), [d, v], None if name == "remove" else INT,
                           raises=name != "count") or Const(None, NONE)
        else:
            raise self.source.error(node, f"deque.{name}() is not supported yet")
        return Const(None, NONE)
