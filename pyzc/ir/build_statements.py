"""Lowering of statements: assignment to every kind of target, augmented assignment,
`del`, `if`, `while` and `for` (the iteration itself is build_iteration.py's)."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..primitives.array_ops import stored as array_stored
from ..types.infer import static_none_test
from ..types.model import (BOOL, DEFAULTDICT_FN, BYTEARRAY, BYTES, INT, NONE, STR, ArrayT, ClassT, DequeT, DictT, GenT, GenU, ListT, OptT, SeqIterT, SetT,
                           TupleT, Type, VarTupleT, concrete, narrow)
from ..types.objects import BINARY_DUNDERS
from .control import LoopTargets
from .cursor import Cursor
from .lowering_tables import COUNTER_OPS
from .ops import Assign, Branch, Const, ListSet, NewList, Raise, Reg, Return, Value, deque_fn, dict_fn, list_fn, set_fn

if TYPE_CHECKING:  # the host's plumbing, as the type checker sees it (build_host.py)
    from .build_host import BuilderHost
else:
    BuilderHost = object


class StatementLowering(BuilderHost):
    """Lowering of statements (mixed into ir.build.FunctionBuilder)."""

    def stmt_Expr(self, s: ast.Expr):
        if isinstance(s.value, ast.Constant):
            return
        self.expr(s.value)


    def stmt_Pass(self, s):
        pass


    stmt_Global = stmt_Import = stmt_FunctionDef = stmt_Pass

    def stmt_Break(self, s):
        self.run_finallies(self.loops[-1].finally_depth)
        self.goto(self.loops[-1].brk)


    def stmt_Continue(self, s):
        self.run_finallies(self.loops[-1].finally_depth)
        self.goto(self.loops[-1].cont)


    def stmt_Return(self, s: ast.Return):
        v: Value
        if s.value is None:
            v = Const(None, NONE)
        else:
            v = self.coerce_num(self.expr(s.value, self.result_type), self.result_type)
            if self.result_type == NONE:  # `return r` where r is always None in this instance
                v = Const(None, NONE)
            if self.finallies and isinstance(v, Reg):
                keep = self.temp(v.type)  # the finally body may reassign what v names
                self.emit(Assign(keep, v, self.line))
                v = keep
        self.run_finallies(0)
        self.emit(Return(v, self.line))


    @staticmethod
    def mark_self_append(targets: list[ast.expr], value: ast.expr) -> None:
        """`s = s + a + b`: a chain assigned to the name it starts with appends to it in place (build.py
        str_chain), not into a new str."""
        left = value
        while isinstance(left, ast.BinOp) and isinstance(left.op, ast.Add):
            left = left.left
        if left is not value and isinstance(left, ast.Name) and any(isinstance(t, ast.Name) and t.id == left.id
                                                                    for t in targets):
            value.pyzc_appends_to_left = True  # type: ignore[attr-defined]

    def stmt_Assign(self, s: ast.Assign):
        target0 = s.targets[0]
        self.mark_self_append(s.targets, s.value)
        if isinstance(target0, ast.Subscript) and isinstance(target0.slice, ast.Slice):
            return self.assign_slice(target0, s.value)
        if isinstance(target0, (ast.Tuple, ast.List)) and isinstance(s.value, (ast.Tuple, ast.List)) \
                and len(target0.elts) == len(s.value.elts) and not any(isinstance(e, ast.Starred) for e in target0.elts):
            values: list[Value] = []
            for e in s.value.elts:
                val = self.expr(e)
                if isinstance(val, Reg):  # evaluate all before assigning any: a, b = b, a
                    tmp = self.temp(val.type)
                    self.emit(Assign(tmp, val, self.line))
                    val = tmp
                values.append(val)
            for t, val in zip(target0.elts, values):
                self.store(t, val)
            return
        if len(s.targets) == 1 and (self.count_in_place(target0, s.value) or self.unpack_split(target0, s.value)):
            return
        value = self.expr(s.value, self.target_type(s.targets[0]))
        for t in s.targets:
            self.store(t, value)


    def unpack_split(self, target, value) -> bool:
        """a, b, c = s.split(sep) or s.split(): the pieces cut from s (runtime_c/str.c, as the split loops
        of build_iteration.py), with no list: n - 1 separators found from the left, then CPython's
        ValueError unless s holds exactly n pieces (counted only then), then the targets stored in order."""
        if not (isinstance(target, (ast.Tuple, ast.List)) and target.elts
                and not any(isinstance(e, ast.Starred) for e in target.elts)
                and isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "split"
                and not value.keywords and self.type_of(value.func.value) == STR
                and (not value.args or len(value.args) == 1 and self.type_of(value.args[0]) == STR)):
            return False
        n = len(target.elts)
        seq = self.temp(STR)
        self.emit(Assign(seq, self.expr(value.func.value), self.line))
        starts: list[Value] = [Const(0, INT)]
        ends: list[Value] = []
        if value.args:  # by a separator: -1 once one is missing
            sep = self.temp(STR)
            self.split_separator(sep, value.args[0])
            for _ in range(n - 1):
                ends.append(self.rt("pyz_str_split_find", [seq, sep, starts[-1]], INT))
                starts.append(self.rt("pyz_str_split_next", [ends[-1], sep], INT))
            self.rt("pyz_str_split_unpack_check", [seq, sep, starts[-1], Const(n, INT)], None, raises=True)
            ends.append(Const(-1, INT))
        else:  # words: a start at len(s) once one is missing
            starts = [self.rt("pyz_str_word_start", [seq, Const(0, INT)], INT)]
            for i in range(n):
                ends.append(self.rt("pyz_str_word_end", [seq, starts[-1]], INT))
                if i < n - 1:
                    starts.append(self.rt("pyz_str_word_start", [seq, ends[-1]], INT))
            self.rt("pyz_str_words_unpack_check", [seq, starts[-1], ends[-1], Const(n, INT)], None, raises=True)
        pieces = [self.rt("pyz_str_piece", [seq, a, b], STR) for a, b in zip(starts, ends)]
        for e, piece in zip(target.elts, pieces):
            self.store(e, piece)
        return True

    def int_addend(self, dt: Type, node) -> bool:
        """Whether x of d[k] += x or d[k] = d.get(k, 0) + x (d a dict of ints, k a str or int) may be added
        in place, one probe for the read and the store: x is an int constant or an int name, so evaluating it
        cannot change d, and str and int keys hash and compare without running the program's code."""
        if not (isinstance(dt, DictT) and dt.value == INT and dt.key in (STR, INT)):
            return False
        if isinstance(node, ast.Constant):
            return type(node.value) is int and -2 ** 59 <= node.value < 2 ** 59
        return isinstance(node, ast.Name) and self.inst.expr_types.get(id(node)) == INT

    def count_in_place(self, target, value) -> bool:
        """d[k] = d.get(k, c) + x (or x + d.get(k, c)), d and k names (or k a constant), x as int_addend allows:
        built as d.setdefault(k, c) += x, one probe; x is evaluated first (the get does nothing observable)."""
        if not (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                and isinstance(target.slice, (ast.Name, ast.Constant))
                and isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add)):
            return False
        name = target.value.id
        dt = self.inst.expr_types.get(id(target.value))
        if not isinstance(dt, DictT) or self.inst.expr_types.get(id(target.slice)) != dt.key:
            return False

        def default_of_get(e) -> ast.Constant | None:  # c of d.get(k, c)
            if (isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) and e.func.attr == "get"
                    and isinstance(e.func.value, ast.Name) and e.func.value.id == name
                    and len(e.args) == 2 and not e.keywords and ast.dump(e.args[0]) == ast.dump(target.slice)
                    and isinstance(e.args[1], ast.Constant) and self.int_addend(dt, e.args[1])):
                return e.args[1]
            return None
        for get, x in ((value.left, value.right), (value.right, value.left)):
            dflt = default_of_get(get)
            if dflt is not None and self.int_addend(dt, x):
                addend = self.as_int(self.expr(x))
                d = self.expr(target.value)
                key = self.key_value(self.expr(target.slice), dt.key)
                i = self.rt(dict_fn(dt, "slot"), [d, key, Const(dflt.value, INT)], INT)
                self.rt(dict_fn(dt, "add_at"), [d, i, addend], None)
                return True
        return False

    def target_type(self, target) -> Type | None:
        if isinstance(target, ast.Name):
            return self.var(target.id, target).type
        if isinstance(target, ast.Subscript):
            t = self.inst.expr_types.get(id(target.value))
            if isinstance(t, DictT):
                return concrete(t.value)
            return concrete(t.elem) if isinstance(t, ListT) else None
        if isinstance(target, ast.Attribute):
            return self.field_type(target)
        return None


    def key_value(self, v: Value, key_t: Type) -> Value:
        """A value used as a key: bool keys of an int dict are ints (True == 1), ints of a float dict floats."""
        return self.coerce_num(v, concrete(key_t))


    def stmt_AnnAssign(self, s: ast.AnnAssign):
        if s.value is not None:
            self.mark_self_append([s.target], s.value)
        self.store(s.target, self.expr(s.value, self.target_type(s.target)))


    def store_from_generator(self, target: ast.Tuple | ast.List, gen: Value) -> None:
        """`a, b = gen`, as CPython unpacks an iterator: n items (ValueError "not enough values" when it
        ends sooner), then one more resumption that must find it finished ("too many values"); the
        names are assigned after both checks."""
        self.store_from_cursor(target, self.gen_cursor(gen), self.gen_item_type(gen.type))

    def store_from_cursor(self, target: ast.Tuple | ast.List, cursor: Cursor, item_t: Type) -> None:
        """store_from_generator over any iterator (cursor), whose items are item_t."""
        n = len(target.elts)
        cursor.init()
        items: list[Value] = []
        for i in range(n + 1):
            more, fail, ok = cursor.more(), self.new_block(), self.new_block()
            if i < n:
                self.emit(Branch(more, ok, fail, self.line))
                self.set_block(fail)
                self.emit(Raise("ValueError", f"not enough values to unpack (expected {n}, got {i})", self.line))
                self.set_block(ok)
                held = self.temp(item_t)
                self.emit(Assign(held, cursor.fetch(), self.line))
                items.append(held)
            else:
                self.emit(Branch(more, fail, ok, self.line))
                self.set_block(fail)
                self.emit(Raise("ValueError", f"too many values to unpack (expected {n})", self.line))
                self.set_block(ok)
        for e, item in zip(target.elts, items):
            self.store(e, item)

    def store(self, target, v: Value):
        if isinstance(target, (ast.Tuple, ast.List)) and isinstance(v.type, OptT):
            v = self.opt_unwrap(v, ("TypeError", "cannot unpack non-iterable NoneType object"))
        if isinstance(target, (ast.Tuple, ast.List)) and any(isinstance(e, ast.Starred) for e in target.elts):
            return self.store_starred(target, v)
        if isinstance(target, (ast.Tuple, ast.List)):
            if isinstance(v.type, ListT):  # CPython checks the length before it assigns any name
                self.mb.use_list(v.type)
                n = len(target.elts)
                self.rt("pyz_unpack_check", [self.prim("container_len", [v], INT), Const(n, INT)], None, raises=True)
                items = [self.prim("list_item", [v, Const(i, INT)], v.type.elem) for i in range(n)]
                for e, item in zip(target.elts, items):
                    self.store(e, item)
                return
            if v.type == STR:  # its characters, once its length is checked
                n = len(target.elts)
                self.rt("pyz_unpack_check", [self.prim("str_len", [v], INT), Const(n, INT)], None, raises=True)
                chars = [self.rt("pyz_str_getitem", [v, Const(i, INT)], STR, raises=True) for i in range(n)]
                for e, char in zip(target.elts, chars):
                    self.store(e, char)
                return
            if v.type in (BYTES, BYTEARRAY):  # its bytes, once its length is checked
                n = len(target.elts)
                self.rt("pyz_unpack_check", [self.prim("bytes_len", [v], INT), Const(n, INT)], None, raises=True)
                items = [self.prim("bytes_at", [v, Const(i, INT)], INT) for i in range(n)]
                for e, item in zip(target.elts, items):
                    self.store(e, item)
                return
            if isinstance(v.type, (GenT, GenU)):
                return self.store_from_generator(target, v)
            if isinstance(v.type, ClassT):  # `x, y = point`: the iterator its __iter__ returns (types/infer.py assign_to)
                it = self.iterated_object(v)
                if isinstance(it.type, ClassT):
                    next_t = self.mb.typed.dunder_calls[(it.type.name, "__next__", ())].return_type
                    return self.store_from_cursor(target, self.object_cursor(it), concrete(next_t))
                if isinstance(it.type, SeqIterT):
                    return self.store_from_cursor(target, self.seq_iter_cursor(it), it.type.elem)
                return self.store_from_generator(target, it)
            if not isinstance(v.type, TupleT):  # an item of an always-empty container (receiver_of_nothing)
                for e in target.elts:
                    self.store(e, Const(None, self.target_type(e) or INT))
                return
            for i, e in enumerate(target.elts):
                self.store(e, self.tuple_get(v, i))
            return
        if isinstance(target, ast.Name):
            r = self.var(target.id, target)
            self.emit(Assign(r, self.coerce_num(v, r.type), self.line))
        elif isinstance(target, ast.Subscript):
            container = self.expr(target.value)
            if isinstance(container.type, ClassT):  # obj[key] = v: __setitem__(key, v)
                self.dunder(container.type, "__setitem__", [container, self.expr(target.slice), v])
                return
            if isinstance(container.type, DictT):
                key = self.key_value(self.expr(target.slice), container.type.key)
                self.rt(dict_fn(container.type, "set"), [container, key, self.coerce_num(v, container.type.value)], None)
                return
            idx = self.expr(target.slice)
            if container.type == BYTEARRAY:
                self.rt("pyz_bytearray_setitem", [container, self.subscript_index(idx, 0), self.as_int(v)], None, raises=True)
                return
            if isinstance(container.type, DequeT):
                self.rt(deque_fn(container.type, "set"), [container, self.as_int(idx), self.coerce_num(v, container.type.elem)], None, raises=True)
                return
            if isinstance(container.type, ArrayT):  # checked to fit, or rounded (primitives/array_ops.py)
                self.emit(ListSet(container, self.subscript_index(idx, 0), array_stored(self, container.type, v), self.line))
                return
            self.emit(ListSet(container, self.subscript_index(idx, 0), self.coerce_num(v, narrow(container.type, ListT).elem), self.line))
        elif isinstance(target, ast.Attribute):
            self.store_attribute(target, v)
        else:
            raise self.source.error(target, "unsupported assignment target")


    def store_starred(self, target, v: Value):
        """`first, *rest, last = xs` (types/infer.py assign_starred): CPython checks the length first."""
        elts = target.elts
        star = next(i for i, e in enumerate(elts) if isinstance(e, ast.Starred))
        n_after = len(elts) - star - 1
        rest_t = narrow(concrete(self.target_type(elts[star].value) or ListT(INT)), ListT)
        self.mb.use_list(rest_t)
        rest: Value
        if isinstance(v.type, TupleT):
            n = len(v.type.elems)
            items: list[Value] = [self.tuple_get(v, i) for i in range(n)]
            rest = self.temp(rest_t)
            self.emit(NewList(rest, [self.coerce_num(x, rest_t.elem) for x in items[star:n - n_after]], self.line))
            values = items[:star] + [rest] + items[n - n_after:]
        else:
            self.mb.use_list(v.type)
            size = self.prim("container_len", [v], INT)
            self.rt("pyz_unpack_check_star", [size, Const(len(elts) - 1, INT)], None, raises=True)
            end = self.prim("int_sub_nocheck", [size, Const(n_after, INT)], INT)
            rest = self.rt(list_fn(rest_t, "slice"), [v, Const(star, INT), end, Const(1, INT), Const(1, INT), Const(1, INT)],
                           rest_t, raises=True)
            elem = narrow(v.type, ListT).elem
            values = ([self.prim("list_item", [v, Const(i, INT)], elem) for i in range(star)] + [rest]
                      + [self.prim("list_item", [v, self.prim("int_add_nocheck", [end, Const(j, INT)], INT)], elem)
                         for j in range(n_after)])
        for e, item in zip(elts, values):
            self.store(e.value if isinstance(e, ast.Starred) else e, item)


    def augmented(self, s: ast.AugAssign, cur: Value, rhs: Value | None = None) -> Value | None:
        """The value of `cur op= s.value`; None when cur (a mutable container) was changed in place, so that
        every other name, field or item holding the same object sees the change (types/inplace.py).
        rhs: s.value, lowered already (a number or str target that may be None: checked after it)."""
        t, op = cur.type, s.op
        if t == BYTEARRAY and isinstance(op, ast.Add):  # extended in place
            self.rt("pyz_bytearray_extend", [cur, self.expr(s.value)], None)
            return None
        mutable_list = isinstance(t, ListT) and not isinstance(t, VarTupleT)  # a tuple's += is its +
        if mutable_list and isinstance(op, ast.Add):  # list.extend: any iterable
            self.list_extend(cur, s.value)
            return None
        if mutable_list and isinstance(op, ast.Mult):
            self.mb.use_list(t)
            self.rt(list_fn(t, "irepeat"), [cur, self.as_int(self.expr(s.value))], None)
            return None
        if isinstance(t, DequeT) and isinstance(op, (ast.Add, ast.Mult)):
            self.mb.use_type(t)
            if isinstance(op, ast.Add):
                self.deque_extend(cur, s.value, "append")
            else:
                self.rt(deque_fn(t, "irepeat"), [cur, self.as_int(self.expr(s.value))], None)
            return None
        if isinstance(t, SetT):
            verb = {ast.BitOr: "update", ast.BitAnd: "intersection_update", ast.Sub: "difference_update",
                    ast.BitXor: "symmetric_difference_update"}[type(op)]
            self.rt(set_fn(t, verb), [cur, self.expr(s.value, t)], None)
            return None
        if isinstance(t, DictT) and t.kind == "Counter":  # += -= |= &=: counts changed in place
            self.mb.use_type(t)
            self.rt(dict_fn(t, "counter_iop"), [cur, self.expr(s.value, t), Const(COUNTER_OPS.index(type(op)), INT)],
                    None)
            return None
        if isinstance(t, DictT) and isinstance(op, ast.BitOr):
            self.rt(dict_fn(t, "update"), [cur, self.expr(s.value, t)], None)
            return None
        if rhs is None:
            rhs = self.expr(s.value)
        if isinstance(t, ClassT) and type(op) in BINARY_DUNDERS:
            r = self.dunder(t, f"__i{BINARY_DUNDERS[type(op)]}__", [cur, rhs])
            if r is not None:
                return r
        return self.binop(op, cur, rhs, s)


    def list_extend(self, recv: Value, src) -> None:
        """recv.extend(src) (and recv += src): a list is appended at once (itself included), any other
        iterable item by item."""
        t = narrow(recv.type, ListT)
        self.mb.use_list(t)
        st = self.inst.expr_types.get(id(src))
        if not isinstance(src, ast.GeneratorExp) and isinstance(st, ListT) and (concrete(st.elem) == t.elem or not isinstance(src, ast.Name)):
            self.rt(list_fn(t, "extend"), [recv, self.expr(src, t)], None)
            return  # (a list of None extending a list of objects: item by item, each None a NULL object)
        self.over_items(src, lambda v: self.rt(list_fn(t, "append"), [recv, self.coerce_num(v, t.elem)], None))


    def add_in_place(self, d: Value, dt: DictT, key: Value, x):
        """d[k] += x in CPython's order: a dict's KeyError or a defaultdict's insertion before x is read (a
        Counter's missing key reads as 0 and is inserted only by the store: x is read first)."""
        if dt.kind == "Counter":
            addend = self.as_int(self.expr(x))
            i = self.rt(dict_fn(dt, "slot"), [d, key, Const(0, INT)], INT)
        elif dt.kind and dt.kind != "defaultdict:None":  # the factory's value, as dict_load's
            i = self.rt(dict_fn(dt, "slot"), [d, key, self.empty_value(dt.value)], INT)
            addend = self.as_int(self.expr(x))
        else:
            i = self.rt(dict_fn(dt, "index"), [d, key], INT)
            addend = self.as_int(self.expr(x))
        self.rt(dict_fn(dt, "add_at"), [d, i, addend], None)

    def stmt_AugAssign(self, s: ast.AugAssign):
        """Evaluation order as CPython: the target's container and key, the current value, the right side,
        the operation, then the store (skipped when the value was changed in place: same object)."""
        target = s.target
        if isinstance(target, ast.Attribute):
            self.augassign_attribute(s)
        elif isinstance(target, ast.Name):
            r = self.var(target.id, target)
            cur = self.snapshot(r)
            rhs = None
            if isinstance(cur.type, OptT) and isinstance(cur.type.inner, (ListT, DequeT, SetT, DictT)):
                cur = self.check_operands(s, [(target, cur)])[0]  # changed in place: the right side comes later
            elif isinstance(cur.type, OptT):  # None += x: CPython's TypeError, once x is evaluated
                cur, rhs = self.check_operands(s, [(target, cur), (s.value, self.expr(s.value, check=False))])
            res = self.augmented(s, cur, rhs)
            if res is not None:
                self.emit(Assign(r, self.coerce_num(res, r.type), self.line))
        elif isinstance(target, ast.Subscript) and isinstance(self.inst.expr_types.get(id(target.value)), DictT):
            d = self.expr(target.value)
            dt = narrow(d.type, DictT)
            key = self.key_value(self.expr(target.slice), dt.key)
            if isinstance(s.op, ast.Add) and self.int_addend(dt, s.value) and not dt.kind.startswith(DEFAULTDICT_FN):  # one probe
                self.add_in_place(d, dt, key, s.value)
                return
            cur = (self.dict_load(d, key) if dt.kind and dt.kind != "defaultdict:None"
                   else self.rt(dict_fn(dt, "get"), [d, key], dt.value, raises=True))
            res = self.augmented(s, cur)
            if res is not None:
                self.rt(dict_fn(dt, "set"), [d, key, self.coerce_num(res, dt.value)], None)
        elif isinstance(target, ast.Subscript) and isinstance(self.inst.expr_types.get(id(target.value)), ClassT):
            obj = self.expr(target.value)  # obj[key] op= v: __getitem__, the operation, __setitem__
            key = self.expr(target.slice)
            cls = narrow(obj.type, ClassT)
            got = self.dunder(cls, "__getitem__", [obj, key])
            assert got is not None  # inference typed the __getitem__ call
            res = self.augmented(s, got)
            if res is not None:
                self.dunder(cls, "__setitem__", [obj, key, res])
        elif isinstance(target, ast.Subscript) and isinstance(self.inst.expr_types.get(id(target.value)), DequeT):
            dq = self.expr(target.value)
            idx = self.as_int(self.expr(target.slice))
            dqt = narrow(dq.type, DequeT)
            cur = self.rt(deque_fn(dqt, "get"), [dq, idx], dqt.elem, raises=True)
            res = self.augmented(s, cur)
            if res is not None:
                self.rt(deque_fn(dqt, "set"), [dq, idx, self.coerce_num(res, dqt.elem)], None, raises=True)
        elif isinstance(target, ast.Subscript) and self.inst.expr_types.get(id(target.value)) == BYTEARRAY:
            ba = self.expr(target.value)
            idx = self.as_int(self.expr(target.slice))
            cur = self.rt("pyz_bytearray_getitem", [ba, idx], INT, raises=True)
            res = self.augmented(s, cur)
            assert res is not None
            self.rt("pyz_bytearray_setitem", [ba, idx, self.as_int(res)], None, raises=True)
        elif isinstance(target, ast.Subscript):
            lst = self.expr(target.value)
            idx = self.as_int(self.expr(target.slice))
            cur = self.list_get(lst, idx)
            res = self.augmented(s, cur)
            if res is not None and isinstance(lst.type, ArrayT):
                self.emit(ListSet(lst, idx, array_stored(self, lst.type, res), self.line))
            elif res is not None:
                self.emit(ListSet(lst, idx, self.coerce_num(res, narrow(lst.type, ListT).elem), self.line))


    def stmt_Delete(self, s: ast.Delete):
        for t in s.targets:
            if isinstance(t, ast.Name):
                r = self.var(t.id, t)
                self.emit(Assign(r, r, self.line, unbinds=True))
                continue
            if isinstance(t, ast.Attribute):
                self.delete_field(self.expr(t.value), t.attr)
                continue
            assert isinstance(t, ast.Subscript)  # the only other del target check.py accepts
            c = self.expr(t.value)
            if isinstance(c.type, ClassT):  # del obj[key]: __delitem__(key)
                self.dunder(c.type, "__delitem__", [c, self.expr(t.slice)])
                continue
            if isinstance(t.slice, ast.Slice):
                self.rt(list_fn(c.type, "delslice"), [c] + self.slice_args(t.slice), None, raises=True)
                continue
            if isinstance(c.type, DictT):
                self.rt(dict_fn(c.type, "del"), [c, self.key_value(self.expr(t.slice), c.type.key)], None, raises=True)
            elif isinstance(c.type, DequeT):
                self.rt(deque_fn(c.type, "del"), [c, self.as_int(self.expr(t.slice))], None, raises=True)
            else:
                idx = self.as_int(self.expr(t.slice))
                self.rt(list_fn(c.type, "del"), [c, idx, Const(isinstance(c.type, ArrayT), BOOL)], None, raises=True)


    def stmt_If(self, s: ast.If):
        known = static_none_test(s.test, self.inst.expr_types)
        if known is not None:  # `if grid is not None:` where grid's type says: only the branch taken
            self.body(s.body if known else s.orelse)
            return
        then, other, done = self.new_block(), self.new_block(), self.new_block()
        self.cond(s.test, then, other)
        self.set_block(then)
        self.body(s.body)
        self.goto(done)
        self.set_block(other)
        self.body(s.orelse)
        self.goto(done)
        self.set_block(done)


    def stmt_While(self, s: ast.While):
        head, body, orelse, done = self.new_block(), self.new_block(), self.new_block(), self.new_block()
        self.goto(head)
        self.set_block(head)
        self.at(s)
        self.cond(s.test, body, orelse)
        self.set_block(body)
        self.loops.append(LoopTargets(done, head, len(self.finallies)))
        self.body(s.body)
        self.loops.pop()
        self.goto(head)
        self.set_block(orelse)
        self.body(s.orelse)
        self.goto(done)
        self.set_block(done)


    def stmt_For(self, s: ast.For):
        orelse, done = self.new_block(), self.new_block()

        cursor, bind = self.iteration(s.target, s.iter)
        cursor.init()
        if self.iterates_nothing(s.iter):  # its items have no type: there are none, the body never runs
            self.goto(orelse)
            self.set_block(orelse)
            self.body(s.orelse)
            self.goto(done)
            self.set_block(done)
            return
        head, body = self.new_block(), self.new_block()
        self.goto(head)
        self.set_block(head)
        self.at(s)
        more = cursor.more()
        self.emit(Branch(more, body, orelse, self.line))
        self.set_block(body)
        bind(cursor.fetch())
        self.loops.append(LoopTargets(done, head, len(self.finallies)))
        self.body(s.body)
        self.loops.pop()
        self.goto(head)
        self.set_block(orelse)
        self.body(s.orelse)
        self.goto(done)
        self.set_block(done)
