"""Lowering of calls to the builtins that the registry's table cannot express:
print, min/max, sum, any/all, sorted with key=, exact float sums, and the
helpers they share (the registered pairs of primitives/ call back into these)."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Callable

from ..primitives import BUILTINS, MODULES, Method, receiver_kind
from ..types.infer import is_negative_constant, tuple_method_of_items
from ..types.model import (BOOL, BOTTOM, BUILDER, BYTES, FLOAT, INT, NONE, NUM, STR, ClassT, DictT, GenT, GenU, ListT,
                           OptT, SetT, TupleT, Type, VarTupleT, ViewT, concrete, narrow, walk_types)
from ..types.none_uses import python_type_name
from ..types.operators import ORDERINGS
from ..types.typed_program import CallInfo, kwargs_check_of
from .build_files import print_to_file
from .build_primitive import call_primitive, lower_method
from .cursor import Cursor
from .lowering_tables import NUM_OPS
from .ops import (Assign, Branch, BuildStr, Call, CallRuntime, Const, ListSet, MakeTuple, NewList, Prim, Propagate, Raise, Reg, Return, Value,
                  list_fn, set_fn)

if TYPE_CHECKING:  # the host's plumbing, as the type checker sees it (build_host.py)
    from .build_host import BuilderHost
else:
    BuilderHost = object


class CallLowering(BuilderHost):
    """Lowering of builtin calls (mixed into ir.build.FunctionBuilder)."""

    def expr_Call(self, node: ast.Call):
        info: CallInfo | None = self.inst.calls.get(id(node))
        if info is None:
            raise self.source.error(node, "cannot infer the types of this call (is it reached only through code whose types are unknown?)")
        if info.kind == "virtual" or (info.kind == "user" and (info.recv_class or info.cls_arg or info.discard or info.self_recv)):
            return self.call_method(info, node)
        if info.kind == "new":
            return self.construct(info)
        if info.kind == "indirect":
            return self.value_call(info, node)
        if info.kind == "nothing":
            return Const(None, NONE)
        if info.kind == "exc_init":
            return self.exception_init(info)
        if info.kind.startswith("namedtuple"):
            v = self.namedtuple_call(info, node)
            assert v is not None, info.kind
            return v
        if info.kind == "user":
            callee = self.mb.instance_name(info.instance_key())
            params = self.mb.typed.instances[info.instance_key()].argtypes
            args = [self.coerce_num(self.expr(a, concrete(p)), concrete(p)) for a, p in zip(info.args, params)]
            check = kwargs_check_of(node, self.mb.typed.instances[info.instance_key()].func, info.args)
            if check is not None:  # f(**d) with every parameter given: d must be empty (typed_program.py)
                self.expr(check)
            rt = concrete(self.mb.typed.instances[info.instance_key()].return_type)
            if rt == BOTTOM:
                rt = NONE
            dst = self.temp(rt)
            self.emit(Call(dst, callee, args, self.line))
            return dst
        if info.kind == "builtin":  # primitives/ declares every one
            return lower_method(self, node, None, BUILTINS, info.name)
        if info.kind in MODULES:  # math, collections...: primitives/
            return lower_method(self, node, None, info.kind, info.name)
        if info.kind == "bytes.fromhex":  # called on the class: b"" as the receiver (primitives/bytes_ops.py)
            return lower_method(self, node, Const(b"", BYTES), "bytes", info.name)
        if info.kind == "int.from_bytes":  # called on the class: 0 as the receiver (primitives/value_ops.py)
            return lower_method(self, node, Const(0, INT), "int", info.name)
        return self.method_call(node, info.name)


    def print_values(self, node: ast.Call) -> Value:
        """print(...) (primitives/builtin_ops.py): to stdout through print.c, or to a file (build_files.py)."""
        kws = {kw.arg: kw.value for kw in node.keywords}
        if "file" in kws or "flush" in kws:
            return print_to_file(self, node)
        sep = self.expr(kws["sep"]) if "sep" in kws else Const(" ", STR)
        end = self.expr(kws["end"]) if "end" in kws else Const("\n", STR)
        if any(isinstance(a, ast.Starred) for a in node.args):
            self.print_spread(node.args, sep)
        else:
            for i, v in enumerate([self.expr(a) for a in node.args]):
                if i:
                    self.rt("pyz_write_str", [sep], None)
                self.write_value(v)
        # the last write reports what any write of this print raised (an encoding or write error;
        # print.c writes nothing more once one has)
        self.rt("pyz_write_str", [end], None, raises=True)
        return Const(None, NONE)


    def print_spread(self, args: list, sep: Value) -> None:
        """print(a, *items, b): every argument is evaluated first, as in CPython (the items of an
        iterable gathered into a new list; a tuple's taken as they are), then written with a
        separator before every value but the first."""
        parts: list[tuple[bool, Value]] = []  # (a list of items?, value)
        for a in args:
            if not isinstance(a, ast.Starred):
                parts.append((False, self.expr(a)))
                continue
            t = self.type_of(a)
            if isinstance(t, TupleT):
                tup = self.expr(a.value)
                parts += [(False, self.tuple_get(tup, i)) for i in range(len(t.elems))]
            else:
                parts.append((True, self.collect(a.value, narrow(t, ListT))))
        started = self.temp(BOOL)  # a value was written: the next one gets a separator
        self.emit(Assign(started, Const(False, BOOL), self.line))

        def write(v: Value) -> None:
            yes, after = self.new_block(), self.new_block()
            self.emit(Branch(started, yes, after, self.line))
            self.set_block(yes)
            self.rt("pyz_write_str", [sep], None)
            self.goto(after)
            self.set_block(after)
            self.emit(Assign(started, Const(True, BOOL), self.line))
            self.write_value(v)

        for is_items, v in parts:
            if is_items:
                self.run_cursor(self.list_cursor(v), write)
            else:
                write(v)


    def write_value(self, v: Value) -> None:
        """One value of print(), as str() gives it."""
        t = v.type
        if t == INT:
            self.rt("pyz_write_int", [v], None)
        elif t == FLOAT:
            self.rt("pyz_write_float", [v], None)
        elif t == BOOL:
            self.rt("pyz_write_bool", [v], None)
        elif t == NONE:
            self.rt("pyz_write_none", [], None)
        else:
            self.rt("pyz_write_str", [self.to_str(v)], None)


    def num_case(self, v: Value, on_int: Callable[[Value], Value], on_float: Callable[[Value], Value]) -> Value:
        """A number of several types, by its type now: on_int of its int (a bool counts as one), or
        on_float of its float; the result is a number of several types again."""
        result = self.temp(NUM)
        is_float = self.prim("num_is_float", [v], BOOL)
        f_blk, i_blk, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(is_float, f_blk, i_blk, self.line))
        self.set_block(f_blk)
        self.emit(Assign(result, self.as_num(on_float(self.prim("num_as_float", [v], FLOAT))), self.line))
        self.goto(done)
        self.set_block(i_blk)
        self.emit(Assign(result, self.as_num(on_int(self.rt("pyz_num_as_index", [v], INT))), self.line))
        self.goto(done)
        self.set_block(done)
        return result


    def less(self, a: Value, b: Value, node) -> Value:
        return self.compare(ast.Lt(), a, b, node)


    def minmax(self, node, which: str):
        t = self.type_of(node)
        result = self.temp(t)
        keywords = {kw.arg: kw.value for kw in node.keywords}
        key_fn = keywords.get("key")
        # default= is evaluated before the items are (CPython evaluates the iterable's expression first:
        # the two differ only when both have effects)
        default = self.coerce_num(self.expr(keywords["default"]), t) if "default" in keywords else None
        if default is not None and len(node.args) == 1 and self.iterates_nothing(node.args[0]):
            # no items, ever (a container nothing is stored in): the default, once the iterable is evaluated
            self.evaluate_iterable(node.args[0])
            return default
        best_key = self.temp(self.type_of(key_fn)) if key_fn is not None else None
        item_key: list[Value] = []

        def better(candidate: Value) -> Value:
            # min keeps the first minimum: replace only if candidate < result
            best: Value
            if best_key is not None:  # a key= function
                candidate, best = item_key[-1], best_key
            else:
                best = result
            if isinstance(best.type, OptT):  # CPython compares `item > best` (max), `item < best` (min)
                return self.order_optional(ast.Lt() if which == "min" else ast.Gt(), candidate, best, node)
            if which == "min":
                return self.less(candidate, best, node)
            return self.compare(ast.Gt(), candidate, best, node)  # item.__gt__(best), as CPython's max

        if len(node.args) > 1:
            self.emit(Assign(result, self.coerce_num(self.expr(node.args[0]), t), self.line))
            for a in node.args[1:]:
                v = self.coerce_num(self.expr(a), t)
                keep = self.temp(t)
                self.emit(Assign(keep, v, self.line))
                yes, done = self.new_block(), self.new_block()
                self.emit(Branch(better(keep), yes, done, self.line))
                self.set_block(yes)
                self.emit(Assign(result, keep, self.line))
                self.goto(done)
                self.set_block(done)
            return result
        first = self.temp(BOOL)
        self.emit(Assign(first, Const(True, BOOL), self.line))
        self.emit(Assign(result, self.zero(t), self.line))

        def on_item(v: Value):
            v = self.coerce_num(v, t)
            keep = self.temp(t)
            self.emit(Assign(keep, v, self.line))
            if key_fn is not None and best_key is not None:
                k = self.temp(best_key.type)
                self.emit(Assign(k, self.apply_key(key_fn, keep), self.line))
                item_key.append(k)
            take, check, done = self.new_block(), self.new_block(), self.new_block()
            self.emit(Branch(first, take, check, self.line))
            self.set_block(check)
            self.emit(Branch(better(keep), take, done, self.line))
            self.set_block(take)
            self.emit(Assign(result, keep, self.line))
            if best_key is not None:
                self.emit(Assign(best_key, item_key[-1], self.line))
            self.emit(Assign(first, Const(False, BOOL), self.line))
            self.goto(done)
            self.set_block(done)

        self.over_items(node.args[0], on_item)
        empty, ok = self.new_block(), self.new_block()
        self.emit(Branch(first, empty, ok, self.line))
        self.set_block(empty)
        if default is not None:
            self.emit(Assign(result, default, self.line))
            self.goto(ok)
        else:
            self.emit(Raise("ValueError", f"{which}() arg is an empty sequence", self.line))
            self.emit(Return(self.zero(self.result_type) if self.result_type != NONE else Const(None, NONE), self.line))
        self.set_block(ok)
        return result


    def evaluate_iterable(self, node) -> None:
        """Evaluate an iterable argument for its effects only, not iterating it (it has no items): a
        generator's first iterable, a dict view's dict, the arguments of enumerate() and zip()."""
        if isinstance(node, ast.GeneratorExp):
            self.evaluate_iterable(node.generators[0].iter)
            return
        info = self.inst.calls.get(id(node))
        if isinstance(node, ast.Call) and info is not None and info.kind == "builtin" and info.name in ("enumerate", "zip", "reversed"):
            for a in node.args:
                self.evaluate_iterable(a)
            return
        if isinstance(self.inferred(node), ViewT) and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            self.expr(node.func.value)
            return
        self.expr(node)


    def order_optional(self, op, left: Value, right: Value, node) -> Value:
        """left < right (or another ordering) where either may be None: CPython's TypeError naming both
        operands' types when one is None, else the values compared."""
        sym = ORDERINGS[type(op)]

        def fail(a: str, b: str):
            self.emit(Raise("TypeError", f"'{sym}' not supported between instances of '{a}' and '{b}'", self.line))

        def name(v: Value) -> str:
            return python_type_name(v.type.inner if isinstance(v.type, OptT) else v.type)

        left_none, left_some, both_none, right_none, ok = (self.new_block() for _ in range(5))
        self.emit(Branch(self.opt_is_none(left), left_none, left_some, self.line))
        self.set_block(left_none)
        self.emit(Branch(self.opt_is_none(right), both_none, right_none, self.line))
        self.set_block(both_none)
        fail("NoneType", "NoneType")
        self.set_block(right_none)
        fail("NoneType", name(right))
        self.set_block(left_some)
        fail_right = self.new_block()
        self.emit(Branch(self.opt_is_none(right), fail_right, ok, self.line))
        self.set_block(fail_right)
        fail(name(left), "NoneType")
        self.set_block(ok)
        a = self.opt_value(left) if isinstance(left.type, OptT) else left
        b = self.opt_value(right) if isinstance(right.type, OptT) else right
        return self.compare(op, a, b, node)


    def coerce_num(self, v: Value, t: Type) -> Value:
        """v as a value of type t: bools as ints, ints as floats, None as a NULL object, any number
        as a number of several types; a value that never exists (FunctionBuilder.nothing_values) as a
        placeholder of type t."""
        if isinstance(v, Reg) and id(v) in self.nothing_values and concrete(v.type) != concrete(t):
            return Const(None, t)
        if isinstance(v.type, (ListT, DictT, SetT)) and concrete(v.type) != concrete(t) and isinstance(t, type(v.type)) \
                and NONE in walk_types(v.type):  # a list of None where a list of objects goes: another C type
            where = ast.Pass(lineno=self.line, col_offset=0, end_lineno=self.line, end_col_offset=0)
            raise self.source.error(where, f"a {v.type} is used where a {t} is (its None items would be objects); "
                                           "pyzc cannot change a container's item type: make it with an object or start it empty")
        if v.type == NONE and isinstance(t, (ClassT, OptT)):
            return Const(None, t)
        if isinstance(t, OptT) and v.type != t:
            if isinstance(v.type, OptT):  # int | None into int | float | None
                return self.opt_case(v, t, lambda: Const(None, t), lambda x: self.coerce_num(x, t))
            return self.prim("opt_wrap", [self.coerce_num(v, t.inner)], t)
        if t == NUM:
            return self.as_num(v)
        if isinstance(t, TupleT) and isinstance(v.type, TupleT) and t != v.type and len(t.elems) == len(v.type.elems):
            # (1, 2) where a tuple[int, int | float] goes: position by position (a named tuple stays one)
            items = [self.coerce_num(self.tuple_get(v, i), e) for i, e in enumerate(t.elems)]
            self.mb.use_type(t)
            dst = self.temp(t)
            self.emit(MakeTuple(dst, items, self.line))
            return dst
        if isinstance(t, VarTupleT) and isinstance(v.type, VarTupleT) and concrete(v.type) != concrete(t):
            # a tuple of any length whose items convert (`()` among tuples of tuples): item by item
            dst = self.new_list(t)
            if v.type.elem == INT and t.elem not in (FLOAT, NUM) and not isinstance(t.elem, OptT):
                return dst  # `()`, whose items were never known (emitted as ints): nothing to convert
            self.run_cursor(self.list_cursor(v), lambda item: self.rt(list_fn(t, "append"), [dst, self.coerce_num(item, t.elem)], None))
            return dst
        if isinstance(t, VarTupleT) and isinstance(v.type, TupleT):  # (1, 2) where a tuple of any length goes
            self.mb.use_list(t)
            items = [self.coerce_num(self.tuple_get(v, i), t.elem) for i in range(len(v.type.elems))]
            dst = self.temp(t)
            self.emit(NewList(dst, items, self.line))
            return dst
        if v.type == NUM and t != FLOAT:  # inference joins a number of several types only into NUM or float
            raise AssertionError(f"a number of several types where a {t} is needed")
        if t == INT and v.type == BOOL:
            return self.as_int(v)
        if t == FLOAT and v.type != FLOAT:
            return self.as_float(v)
        return v


    def over_items(self, node, on_item: Callable[[Value], object]) -> None:
        """Run on_item for each item of an iterable argument; a generator expression becomes a loop."""
        if isinstance(node, ast.GeneratorExp):
            self.comprehension(node.generators, lambda: on_item(self.expr(node.elt)), self.new_block())
            return
        self.run_cursor(self.cursor(node), on_item)


    def run_cursor(self, cursor: Cursor, on_item: Callable[[Value], object]) -> None:
        cursor.init()
        head, body, done = self.new_block(), self.new_block(), self.new_block()
        self.goto(head)
        self.set_block(head)
        self.emit(Branch(cursor.more(), body, done, self.line))
        self.set_block(body)
        on_item(cursor.fetch())
        self.goto(head)
        self.set_block(done)


    def sum_items(self, node):
        """sum(items[, start]): the start, then each item added in turn, as CPython's int and float paths do.
        The start is evaluated after the iterable (CPython's argument order); of a generator expression
        only its first iterable comes before the start, so inference allows only a start without calls there."""
        t = self.type_of(node)
        acc = self.temp(t)
        items = node.args[0]
        start = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords if kw.arg == "start"), None)
        cursor = None if isinstance(items, ast.GeneratorExp) else self.cursor(items)
        first = self.zero(INT) if start is None else self.expr(start)
        self.emit(Assign(acc, self.coerce_num(first, t) if t in (FLOAT, NUM) else self.as_int(first), self.line))

        def on_item(v):
            if t == NUM:  # the start's type when there are no items, then each + as CPython does it
                self.emit(CallRuntime(acc, "pyz_num_binop", [acc, self.as_num(v), Const(NUM_OPS.index("add"), INT)],
                                      self.line, True))
            elif t == FLOAT:
                self.emit(Prim(acc, "float_add", [acc, self.as_float(v)], self.line))
            else:
                self.emit(Prim(acc, "int_add", [acc, self.as_int(v)], self.line, True))

        if cursor is None:
            self.over_items(items, on_item)
        else:
            self.run_cursor(cursor, on_item)
        return acc


    def sum_sequences(self, node):
        """sum(xss, start) of lists or tuples, or of objects (primitives/iterable_ops.py): the start, then
        `acc = acc + item` for each item, a new list or tuple each time, as CPython's + gives."""
        t = self.type_of(node)
        acc = self.temp(t)
        items = node.args[0]
        start = node.args[1] if len(node.args) > 1 else next(kw.value for kw in node.keywords if kw.arg == "start")
        cursor = None if isinstance(items, ast.GeneratorExp) else self.cursor(items)
        self.emit(Assign(acc, self.coerce_num(self.expr(start, t), t), self.line))

        def on_item(v):
            if isinstance(v.type, (ListT, TupleT)):  # else items of no type: there are none
                self.emit(Assign(acc, self.coerce_num(self.binop(ast.Add(), acc, v, node), t), self.line))
            elif isinstance(t, ClassT):  # the start's __add__ (inference recorded none when there are no items)
                r = self.dunder(t, "__add__", [acc, v])
                if r is None and isinstance(v.type, ClassT):
                    r = self.dunder(v.type, "__radd__", [v, acc])
                if r is not None:
                    self.emit(Assign(acc, r, self.line))

        if cursor is None:
            self.over_items(items, on_item)
        else:
            self.run_cursor(cursor, on_item)
        return acc

    def anyall(self, node, is_any: bool):
        result = self.temp(BOOL)
        self.emit(Assign(result, Const(not is_any, BOOL), self.line))
        exit_blk = self.new_block()

        def on_item(v):
            hit, cont = self.new_block(), self.new_block()
            truth = self.truth(v)
            if is_any:
                self.emit(Branch(truth, hit, cont, self.line))
            else:
                self.emit(Branch(truth, cont, hit, self.line))
            self.set_block(hit)
            self.emit(Assign(result, Const(is_any, BOOL), self.line))
            self.goto(exit_blk)
            self.set_block(cont)

        self.over_items(node.args[0], on_item)
        self.goto(exit_blk)
        self.set_block(exit_blk)
        return result


    def collect(self, node, t: ListT) -> Value:
        """A new list holding the items of an iterable argument."""
        self.mb.use_list(t)
        if not isinstance(node, ast.GeneratorExp):
            it = self.inst.expr_types.get(id(node))
            if isinstance(it, ListT):
                return self.rt(list_fn(t, "copy"), [self.expr(node)], t)
        dst = self.new_list(t)
        self.over_items(node, lambda v: self.rt(list_fn(t, "append"), [dst, v], None))
        return dst


    def new_list(self, t: ListT) -> Reg:
        """A new empty list (or empty tuple) of type t."""
        self.mb.use_list(t)
        dst = self.temp(t)
        self.emit(NewList(dst, [], self.line))
        return dst


    def sort_list(self, lst: Value, node):
        """sorted()/list.sort() with their reverse= and key= keywords, in place."""
        kws = {kw.arg: kw.value for kw in node.keywords}
        rev = self.truth(self.expr(kws["reverse"])) if "reverse" in kws else Const(False, BOOL)
        if "key" in kws:
            self.sort_by_key(lst, kws["key"], rev)
        elif any(isinstance(p, ClassT) for p in walk_types(lst.type)):  # the items' __lt__ may change the list
            self.while_sorting(lst, lambda saved: self.rt(list_fn(lst.type, "sort"), [saved, rev], None))
        else:
            self.rt(list_fn(lst.type, "sort"), [lst, rev], None)


    def while_sorting(self, lst: Value, sort: Callable[[Value], None]):
        """sort(saved) sorts the list's items while the list itself is empty, as CPython's list.sort:
        code of the program run meanwhile (a key, the items' __lt__) that reads the list sees [], one
        that adds to it gets "list modified during sort" once the items are back (sort_detach,
        sort_attach in templates/list.c.j2); an exception from that code puts them back before it
        goes on."""
        t = lst.type
        saved = self.rt(list_fn(t, "sort_detach"), [lst], t)
        on_error = self.new_block()  # its handler is the enclosing one
        self.handlers.append(on_error)
        body = self.new_block()
        self.goto(body)
        self.set_block(body)
        sort(saved)
        self.handlers.pop()
        after = self.new_block()
        self.goto(after)
        self.set_block(after)
        self.rt(list_fn(t, "sort_attach"), [lst, saved], None, raises=True)
        done = self.new_block()
        self.goto(done)
        self.set_block(on_error)
        self.rt(list_fn(t, "sort_attach"), [lst, saved], None, raises=False)
        self.emit(Propagate(self.line))
        self.set_block(done)


    def apply_key(self, fn: ast.Lambda, item: Value) -> Value:
        """The key of item: the lambda's body with its parameter bound to item (inline, so the
        body reads the enclosing function's variables directly)."""
        param = self.var(fn.args.args[0].arg)
        self.emit(Assign(param, item, self.line))
        return self.expr(fn.body)


    def sort_by_key(self, lst: Value, fn: ast.Lambda, rev: Value):
        """Decorate, sort, undecorate, as CPython: every key first, in order; then (key, i) pairs sorted
        by sort_first, which compares the keys alone (CPython's timsort on the keys, the items carried
        along), reverse=True included; then the items put in the pairs' order.  (An exception from
        a key's __lt__ leaves the list as it was, where CPython leaves it partly sorted.)  All of it
        while the list is empty (while_sorting)."""
        t = lst.type
        kt = self.type_of(fn)
        pair_t = ListT(TupleT((kt, INT)))
        self.mb.use_list(pair_t)

        def sort(saved: Value):
            items = self.rt(list_fn(t, "copy"), [saved], t)
            pairs = self.temp(pair_t)
            self.emit(NewList(pairs, [], self.line))
            i = self.temp(INT)
            self.emit(Assign(i, Const(0, INT), self.line))

            def decorate(item: Value):
                k = self.apply_key(fn, item)
                self.rt(list_fn(pair_t, "append"), [pairs, self.make_tuple([k, i])], None)
                self.emit(Assign(i, self.prim("int_add_nocheck", [i, Const(1, INT)], INT), self.line))

            self.run_cursor(self.list_cursor(items), decorate)
            self.rt(list_fn(pair_t, "sort_first"), [pairs, rev], None)
            self.emit(Assign(i, Const(0, INT), self.line))

            def undecorate(pair: Value):
                index = self.tuple_get(pair, 1)
                self.emit(ListSet(saved, i, self.list_get(items, index), self.line))
                self.emit(Assign(i, self.prim("int_add_nocheck", [i, Const(1, INT)], INT), self.line))

            self.run_cursor(self.list_cursor(pairs), undecorate)

        self.while_sorting(lst, sort)


    def exact_sum(self, items, new: Method, add: Method, result: Method) -> Value:
        """math.fsum(items): an exact running sum (runtime_c/math.c), its functions declared in primitives/math_ops.py."""
        acc = self.call_primitive(new, [])
        self.over_items(items, lambda v: self.call_primitive(add, [acc, self.as_float(v)]))
        return self.call_primitive(result, [acc])


    def exact_stats(self, items, kind: int, new: Method, add_float: Method, add_int: Method, add_num: Method, result: Method) -> Value:
        """pylib/statistics.py's math._exact_stat(items, kind): mean ... pstdev, exactly (runtime_c/stats.c)."""
        acc = self.call_primitive(new, [Const(kind != 0, BOOL)])

        def add(v: Value):
            if v.type == FLOAT:
                self.call_primitive(add_float, [acc, v])
            elif v.type == NUM:  # a number of several types: its float or its int, as it is now
                self.call_primitive(add_num, [acc, v])
            else:
                self.call_primitive(add_int, [acc, self.as_int(v)])

        self.over_items(items, add)
        return self.call_primitive(result, [acc, Const(kind, INT)])


    def product(self, items, t: Type) -> Value:
        """math.prod(items): the product of the numbers, an int (overflow checked) or a float."""
        acc = self.temp(t)
        self.emit(Assign(acc, Const(1, INT) if t == INT else Const(1.0, FLOAT), self.line))
        if t == FLOAT:
            self.over_items(items, lambda v: self.emit(Prim(acc, "float_mul", [acc, self.as_float(v)], self.line)))
        else:
            self.over_items(items, lambda v: self.emit(Prim(acc, "int_mul", [acc, self.as_int(v)], self.line, True)))
        return acc


    def method_call(self, node: ast.Call, name: str):
        assert isinstance(node.func, ast.Attribute)  # a method call
        recv = self.expr(node.func.value)
        t = recv.type
        if isinstance(t, (GenT, GenU)) and name == "close":  # types/infer.py generator_close: nothing else to run
            self.emit(Prim(None, "gen_close", [recv], self.line))
            return Const(None, NONE)
        if tuple_method_of_items(t, name):
            # the list of its items (build_iteration.py), read as a tuple of any length is (types/infer.py method_call)
            return lower_method(self, node, self.tuple_items_list(recv), "tuple", name)
        kind = receiver_kind(t)
        if kind is not None:
            return lower_method(self, node, recv, kind, name)
        raise self.source.error(node, f"'{t}' object has no attribute '{name}'")


    def as_set(self, node, t: SetT) -> Value:
        """A set argument; any other iterable is gathered into a new set first."""
        if isinstance(self.inst.expr_types.get(id(node)), SetT):
            return self.expr(node, t)
        st = self.new_container(t)
        self.over_items(node, lambda v: self.rt(set_fn(t, "add"), [st, self.coerce_num(v, t.elem)], None))
        return st


    def join_nones(self, node) -> Value:
        """sep.join(a list of None): "" when it is empty, else CPython's TypeError for item 0."""
        lst = self.expr(node)
        bad, ok = self.new_block(), self.new_block()
        self.emit(Branch(self.prim("int_gt", [self.prim("container_len", [lst], INT), Const(0, INT)], BOOL), bad, ok, self.line))
        self.set_block(bad)
        self.rt("pyz_join_none_item", [Const(0, INT)], None, raises=True)
        self.goto(ok)
        self.set_block(ok)
        return Const("", STR)


    def join_display(self, sep: Value, elts: list) -> Value:
        """sep.join([a, b, c]) of a display of strs: a + sep + b + sep + c in one concatenation (the items
        evaluated in order, after sep, as CPython does), with no list in between."""
        parts: list[Value] = []
        for i, e in enumerate(elts):
            if i:
                parts.append(sep)
            parts.append(self.expr(e))
        dst = self.temp(STR)
        self.emit(BuildStr(dst, parts, self.line))
        return dst


    def join_items(self, sep: Value, node, checked: bool = False) -> Value:
        """sep.join(<generator or string>): one string builder, no intermediate list.  checked: the items
        are strs that may be None (a list: CPython's TypeError names the first None's index)."""
        sb = self.temp(BUILDER)
        first = self.temp(BOOL)
        self.emit(Prim(None, "sb_init", [sb], self.line))
        self.emit(Assign(first, Const(True, BOOL), self.line))
        index = self.temp(INT)
        self.emit(Assign(index, Const(0, INT), self.line))

        def on_item(v: Value):
            if checked:
                bad, ok = self.new_block(), self.new_block()
                self.emit(Branch(self.opt_is_none(v), bad, ok, self.line))
                self.set_block(bad)
                self.rt("pyz_join_none_item", [index], None, raises=True)
                self.goto(ok)
                self.set_block(ok)
                self.emit(Assign(index, self.prim("int_add_nocheck", [index, Const(1, INT)], INT), self.line))
                v = self.opt_value(v)
            add_sep, add_item = self.new_block(), self.new_block()
            self.emit(Branch(first, add_item, add_sep, self.line))
            self.set_block(add_sep)
            self.emit(Prim(None, "sb_add", [sb, sep], self.line))
            self.goto(add_item)
            self.set_block(add_item)
            self.emit(Assign(first, Const(False, BOOL), self.line))
            self.emit(Prim(None, "sb_add", [sb, v], self.line))

        self.over_items(node, on_item)
        return self.prim("sb_finish", [sb], STR)


    def const_int(self, node):
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return int(node.value)
        if is_negative_constant(node):
            return -node.operand.value
        return None
