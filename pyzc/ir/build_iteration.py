"""Lowering of iteration: a `Cursor` (ir/cursor.py) for each kind of iterable (ranges as
counted loops, lists, dicts, sets, strs, zip, enumerate, reversed...), and comprehensions."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Callable

from ..types.infer import tuple_items_type
from ..types.model import (BOOL, BOTTOM, BYTEARRAY, BYTES, FILE, INT, ITER, RANGE, STR, ClassT, DequeT, DictT, GenT,
                           GenU, IterT, ListT, SeqIterT, SetT, TupleT, ViewT, concrete, gen_members, narrow, no_value_has)
from .build_files import file_cursor
from .build_primitive import iterator_cursor
from .cursor import Cursor
from .ops import (Assign, Block, Branch, Call, CallRuntime, Const, MakeTuple, NewList, Prim, Raise, Reg, Value,
                  call_runtime, dict_fn, set_fn)

if TYPE_CHECKING:  # the host's plumbing, as the type checker sees it (build_host.py)
    from .build_host import BuilderHost
else:
    BuilderHost = object


class IterationLowering(BuilderHost):
    """Lowering of iteration (mixed into ir.build.FunctionBuilder)."""

    def iteration(self, target, iter_node) -> tuple[Cursor, Callable[[Value], None]]:
        """A cursor over iter_node and a function that binds each item to target (unpacking tuples)."""
        return self.cursor(iter_node), lambda item: self.store(target, item)


    def enumerate_cursor(self, node: ast.Call) -> Cursor:
        inner = self.cursor(node.args[0])
        counter = self.temp(INT)
        start = self.as_int(self.expr(node.args[1])) if len(node.args) > 1 else Const(0, INT)

        def init():
            self.emit(Assign(counter, start, self.line))
            inner.init()

        def fetch():
            item = inner.fetch()
            pair = self.make_tuple([counter, item])
            self.emit(Prim(counter, "int_add", [counter, Const(1, INT)], self.line, True))
            return pair

        return Cursor(init, inner.more, fetch)


    def zip_cursor(self, node: ast.Call) -> Cursor:
        cursors = [self.cursor(a) for a in node.args]
        fetched: list[Value] = []

        def init():
            for c in cursors:
                c.init()

        def more():
            # all(c.more() for c in cursors), in order: zip stops at the shortest.  Each item is taken as
            # soon as its iterator gives it, as CPython's next() does: zip(g, g) of one generator pairs
            # two successive items, not the second with itself
            result = self.temp(BOOL)
            done = self.new_block()
            fetched.clear()
            self.emit(Assign(result, Const(False, BOOL), self.line))
            for c in cursors:
                ok = c.more()
                nxt = self.new_block()
                self.emit(Branch(ok, nxt, done, self.line))
                self.set_block(nxt)
                item = c.fetch()
                held = self.temp(item.type)
                self.emit(Assign(held, item, self.line))
                fetched.append(held)
            self.emit(Assign(result, Const(True, BOOL), self.line))
            self.goto(done)
            self.set_block(done)
            return result

        return Cursor(init, more, lambda: self.make_tuple(list(fetched)))


    def make_tuple(self, items: list[Value]) -> Reg:
        t = TupleT(tuple(i.type for i in items))
        self.mb.use_type(t)
        dst = self.temp(t)
        self.emit(MakeTuple(dst, items, self.line))
        return dst


    def cursor(self, node) -> Cursor:
        t = self.inst.expr_types.get(id(node))
        info = self.inst.calls.get(id(node))
        if info is not None and info.kind == "builtin" and info.name in ("enumerate", "zip"):
            return self.enumerate_cursor(node) if info.name == "enumerate" else self.zip_cursor(node)
        if t == RANGE:
            return self.range_cursor(node)
        if isinstance(t, IterT):  # itertools: primitives/itertools_ops.py
            return iterator_cursor(self, node, t)
        if isinstance(t, ViewT):
            d = self.expr(node.func.value)
            return self.hash_cursor(d, t.kind)
        if t == ITER:  # reversed(x)
            return self.reversed_cursor(node.args[0])
        if isinstance(node, ast.GeneratorExp):
            raise self.source.error(node, "a generator expression cannot be iterated here yet")
        if self.splits_a_str(node):
            return self.split_cursor(node)
        if isinstance(node, ast.Set) and isinstance(t, SetT) and getattr(node, "pyzc_frozenset_order", None) is not None:
            v = self.const_frozenset(node, t)  # CPython iterates the frozenset constant itself
        else:
            v = self.expr(node)
        if t == BOTTOM:  # an item of a container that is always empty (`[c for c in row] for row in []`): no items
            return Cursor(lambda: None, lambda: Const(False, BOOL), lambda: Const(0, INT))
        if isinstance(v.type, ClassT):  # the iterator protocol: obj.__iter__(), then its __next__ (build_generators.py)
            v = self.iterated_object(v)
            if isinstance(v.type, ClassT):
                return self.object_cursor(v)
        if isinstance(v.type, TupleT):  # a homogeneous tuple: iterate over a list of its items
            v = self.tuple_items_list(v)
        if v.type == STR:
            return self.str_cursor(v)
        if v.type in (BYTES, BYTEARRAY):
            return self.bytes_cursor(v)
        if isinstance(v.type, ListT):
            return self.list_cursor(v)
        if isinstance(v.type, DictT):
            return self.hash_cursor(v, "keys")
        if isinstance(v.type, SetT):
            return self.hash_cursor(v, "set")
        if isinstance(v.type, DequeT):
            return self.deque_cursor(v, since=self.iterator_made(node))
        if v.type == FILE:
            return file_cursor(self, v)
        if isinstance(v.type, SeqIterT):
            return self.seq_iter_cursor(v)
        if isinstance(v.type, (GenT, GenU)):
            return self.gen_cursor(v)
        raise self.source.error(node, f"cannot iterate over {v.type}")


    def iterator_made(self, node) -> Value | None:
        """The parameter of a generator walking node (iter(x), reversed(x) held: frontend/iter_calls.py) that
        holds what CPython's iterator would have taken from x when it was made (_pyz_mutations(x)), if any."""
        k = getattr(node, "pyzc_since", None)
        return self.var(self.func.params[k]) if k is not None else None

    def seq_iter_cursor(self, it: Value) -> Cursor:
        """`for x in it` over iter(xs): continues from the iterator's position, and advances it."""
        held = self.temp(it.type)
        item: list[Value] = []

        def init():
            self.emit(Assign(held, it, self.line))

        def more():
            more, value = self.iter_step(held)
            item[:] = [value]
            return more

        return Cursor(init, more, lambda: item[0])


    def iter_step(self, it: Value) -> tuple[Value, Value]:
        """(whether the iterator has an item, that item): the item is fetched (and the iterator
        advanced) on the path where there is one."""
        t = narrow(it.type, SeqIterT)
        value = self.temp(t.elem)
        if t.src == STR:
            more = self.rt("pyz_str_iter_more", [it], BOOL)
            got, end = self.new_block(), self.new_block()
            self.emit(Branch(more, got, end, self.line))
            self.set_block(got)
            self.emit(CallRuntime(value, "pyz_str_iter_next", [it], self.line, False))
            self.goto(end)
            self.set_block(end)
            return more, value
        self.mb.use_list(t.src)
        seq = self.prim("iter_seq", [it], t.src)
        pos = self.prim("iter_pos", [it], INT)
        more = self.prim("int_lt", [pos, self.prim("container_len", [seq], INT)], BOOL)
        got, done, end = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(more, got, done, self.line))
        self.set_block(got)
        self.emit(Prim(value, "list_item", [seq, pos], self.line, False))
        self.emit(Prim(None, "iter_advance", [it], self.line, False))
        self.goto(end)
        self.set_block(done)  # past the end for good: items appended later are not given (listiterator drops its list)
        self.emit(Prim(None, "iter_exhaust", [it], self.line, False))
        self.goto(end)
        self.set_block(end)
        return more, value


    def next_item(self, node):
        """next(it[, default]) (primitives/iterator_ops.py): the next item, else the default or StopIteration."""
        it = self.expr(node.args[0])
        rt = concrete(self.type_of(node))
        dflt = self.coerce_num(self.expr(node.args[1]), rt) if len(node.args) == 2 else None
        if isinstance(it.type, (GenT, GenU)):
            if all(no_value_has(self.mb.typed.instances[g.key].yield_type) for g in gen_members(it.type)):
                cursor = self.gen_cursor(it)  # iter(()): a generator that never yields (so the default's type is no item's)
                cursor.init()
                return self.item_or_default(self.temp(rt), cursor.more(), lambda: Const(None, rt), dflt)
            return self.cursor_next(self.gen_cursor(it), rt, dflt)
        if it.type == FILE:  # next(f): its next line (for line in f's step)
            return self.cursor_next(file_cursor(self, it), rt, dflt)
        if isinstance(it.type, ClassT):
            if dflt is None:  # StopIteration from __next__ goes on as it is
                v = self.dunder(it.type, "__next__", [it])
                assert v is not None
                return self.coerce_num(v, rt)
            result = self.temp(rt)
            ok, value = self.object_step(it)
            got, done = self.new_block(), self.new_block()
            self.emit(Assign(result, dflt, self.line))
            self.emit(Branch(ok, got, done, self.line))
            self.set_block(got)
            self.emit(Assign(result, self.coerce_num(value, rt), self.line))
            self.goto(done)
            self.set_block(done)
            return result
        result = self.temp(rt)
        more, value = self.iter_step(it)
        raw = self.inferred(node.args[0])
        if isinstance(raw, SeqIterT) and no_value_has(raw.elem):  # iter([]): a list that never holds an item (so
            return self.item_or_default(result, more, lambda: Const(None, rt), dflt)  # the default's type is no item's)
        return self.item_or_default(result, more, lambda: value, dflt)

    def item_or_default(self, result: Reg, more: Value, fetch: Callable[[], Value], dflt: Value | None) -> Value:
        """result = the next item (fetch(), read where more says there is one), else the default, else
        StopIteration: the end of next(it[, default]) for any iterator."""
        got, done, empty = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(more, got, empty, self.line))
        self.set_block(got)
        self.emit(Assign(result, self.coerce_num(fetch(), result.type), self.line))
        self.goto(done)
        self.set_block(empty)
        if dflt is None:
            self.emit(Raise("StopIteration", None, self.line))
        else:
            self.emit(Assign(result, dflt, self.line))
            self.goto(done)
        self.set_block(done)
        return result


    def range_args(self, node):
        """range(...)'s start and stop values, and its step: an int where it is a constant, else a value.
        A range held in a variable is a (start, stop, step) struct (types/model.RANGE_STRUCT)."""
        info = self.inst.calls.get(id(node)) if isinstance(node, ast.Call) else None
        if info is None or info.kind != "builtin" or info.name != "range":
            v = self.expr(node)
            return self.tuple_get(v, 0), self.tuple_get(v, 1), self.tuple_get(v, 2)
        args = [self.as_int(self.expr(a)) for a in node.args]
        step_node = node.args[2] if len(node.args) == 3 else None
        if len(args) == 1:
            return Const(0, INT), args[0], 1
        if len(args) == 2:
            return args[0], args[1], 1
        step = self.const_int(step_node)
        if step == 0:  # CPython's ValueError when it runs, its arguments evaluated; nothing after it runs
            self.emit(Raise("ValueError", "range() arg 3 must not be zero", self.line))
            self.set_block(self.new_block())
            step = 1
        return args[0], args[1], args[2] if step is None else step


    def range_value(self, node: ast.Call) -> Value:
        """range(...) as a value (r = range(n)): its start, stop and step, the step checked (ValueError on 0)."""
        start, stop, step = self.range_args(node)
        step_v = Const(step, INT) if isinstance(step, int) else step
        if not isinstance(step, int):
            self.rt("pyz_range_len", [start, stop, step_v], INT, raises=True)
        return self.make_tuple([start, stop, step_v])


    def range_item(self, node: ast.Subscript) -> Value:
        """r[i] of a range: start + i * step, IndexError outside (CPython's range_item)."""
        start, stop, step = self.range_args(node.value)
        step_v = Const(step, INT) if isinstance(step, int) else step
        return self.rt("pyz_range_item", [start, stop, step_v, self.as_int(self.expr(node.slice))], INT, raises=True)


    def range_slice(self, node: ast.Subscript) -> Value:
        """r[i:j:k] of a range: a range, whose start, stop and step CPython's compute_slice gives."""
        start, stop, step = self.range_args(node.value)
        step_v = Const(step, INT) if isinstance(step, int) else step
        assert isinstance(node.slice, ast.Slice)
        args = [start, stop, step_v] + self.slice_args(node.slice)
        parts = [self.rt("pyz_range_slice", args + [Const(k, INT)], INT, raises=True) for k in (2, 0, 1)]
        return self.make_tuple([parts[1], parts[2], parts[0]])

    def range_len(self, node: ast.Call) -> Value:
        """len(range(...)): OverflowError, as CPython's, when the length leaves 64 bits."""
        start, stop, step = self.range_args(node)
        step_v = Const(step, INT) if isinstance(step, int) else step
        return self.rt("pyz_range_len_exact", [start, stop, step_v], INT, raises=True)


    def range_contains(self, op, left: Value, node: ast.expr, cmp_node) -> Value:
        """x in range(...): arithmetic, as CPython's range_contains does for an int x."""
        if not isinstance(op, (ast.In, ast.NotIn)):
            raise self.source.error(cmp_node, "comparing a range is not supported yet")
        if left.type not in (INT, BOOL):
            raise self.source.error(cmp_node, f"'{left.type} in range' is not supported yet")
        start, stop, step = self.range_args(node)
        step_v = Const(step, INT) if isinstance(step, int) else step
        v = self.rt("pyz_range_contains", [self.as_int(left), start, stop, step_v], BOOL, raises=True)
        return v if isinstance(op, ast.In) else self.prim("bool_not", [v], BOOL)


    def range_cursor(self, node: ast.Call) -> Cursor:
        start, stop, step = self.range_args(node)
        cur = self.temp(INT)
        end = self.temp(INT)
        if isinstance(step, int) and step in (1, -1):
            # cur < stop (or >) implies cur + step cannot overflow.  cur and end are C integers
            # (runtime_c/int.c; OverflowError for an int past int64), compared as such; each item is
            # made an int word again (int_norm: -2**63 is a big int)
            def init():
                self.emit(Assign(cur, self.c_int(start), self.line))
                self.emit(Assign(end, self.c_int(stop), self.line))

            def more():
                return self.prim("int_lt_small" if step == 1 else "int_gt_small", [cur, end], BOOL)

            def fetch():
                v = self.temp(INT)
                self.emit(Prim(v, "int_norm", [cur], self.line))
                self.emit(Prim(cur, "int_add_nocheck", [cur, Const(step, INT)], self.line))
                return v
            return Cursor(init, more, fetch)
        # General step: count the items first (ValueError on step 0), then index.
        step_v = Const(step, INT) if isinstance(step, int) else step
        return self.counted_range_cursor(start, stop, step_v, cur, end, reverse=False)


    def counted_range_cursor(self, start, stop, step_v, cur: Reg, end: Reg, reverse: bool) -> Cursor:
        """The items of range(start, stop, step), counted by pyz_range_len, from the first up or
        (reversed(range(...)), CPython's range_reverse) from the last down."""
        idx = self.temp(INT)
        step_c: list[Value] = []

        def init():  # the bounds and cur are C integers (runtime_c/int.c), each item an int word again
            start_c, stop_c = self.c_int(start), self.c_int(stop)
            step_c[:] = [self.c_int(step_v)]
            if not reverse:
                self.emit(Assign(cur, start_c, self.line))
            self.emit(CallRuntime(end, "pyz_range_len", [start_c, stop_c, step_c[0]], self.line, True))
            if reverse:
                self.emit(CallRuntime(cur, "pyz_range_last", [start_c, end, step_c[0]], self.line, False))
            self.emit(Assign(idx, Const(0, INT), self.line))

        def more():
            return self.prim("int_lt", [idx, end], BOOL)

        def fetch():
            v = self.temp(INT)
            self.emit(Prim(v, "int_norm", [cur], self.line))
            self.emit(Prim(idx, "int_add_nocheck", [idx, Const(1, INT)], self.line))
            # the step past the last item may leave 64 bits: computed wrapping, it is not used
            self.emit(Prim(cur, "int_sub_wrap" if reverse else "int_add_wrap", [cur, step_c[0]], self.line))
            return v
        return Cursor(init, more, fetch)


    def list_cursor(self, lst: Value) -> Cursor:
        idx = self.temp(INT)
        seq = self.temp(lst.type)
        elem = narrow(lst.type, ListT).elem

        def init():
            self.emit(Assign(seq, lst, self.line))
            self.emit(Assign(idx, Const(0, INT), self.line))

        def more():
            n = self.prim("container_len", [seq], INT)
            return self.prim("int_lt", [idx, n], BOOL)

        def fetch():
            v = self.prim("list_item", [seq, idx], elem)
            self.emit(Prim(idx, "int_add_nocheck", [idx, Const(1, INT)], self.line))
            return v
        return Cursor(init, more, fetch)


    def hash_cursor(self, container: Value, kind: str) -> Cursor:
        """Over a dict (its keys, values or items) or a set, as CPython's dictiter and setiter walk
        them.  Each step first compares the size with the size when iteration began (di_used/si_used:
        "changed size"), then looks for the next live entry from where the last step stopped: so an
        entry the body deleted is never read, and one it added (or a rebuild under the loop) is met
        where CPython's iterator meets it, the templates keeping CPython's positions (dict.c.j2,
        set.c.j2).  A dict also counts the items it may still give (di->len): one more turning up (a
        key deleted and another added) is CPython's "keys changed"; its item is read in the step, where
        CPython's next() reads it.  A generator expression's first iterable took its size where the
        expression was (captured_len)."""
        t = container.type
        seq = self.temp(t)
        size = self.temp(INT)
        pos = self.temp(INT)  # a dict's: where the next search starts; a set's: the slot of the last item
        left = self.temp(INT) if isinstance(t, DictT) else None  # the items a dict may still give
        captured = self.captured_len.get(id(container))

        def init():
            self.emit(Assign(seq, container, self.line))
            if captured is None:
                self.emit(Prim(size, "container_len", [seq], self.line))
            else:
                self.emit(Assign(size, captured, self.line))
            if left is not None:
                self.emit(Assign(left, size, self.line))
            self.emit(Assign(pos, Const(0 if isinstance(t, DictT) else -1, INT), self.line))


        if isinstance(t, SetT):
            def more_set():  # (CPython's setiter has no "keys changed")
                self.size_check(seq, size, "Set changed size during iteration")
                nxt = self.prim("int_add_nocheck", [pos, Const(1, INT)], INT)
                self.emit(call_runtime(pos, set_fn(t, "next"), [seq, nxt], self.line))
                return self.prim("int_ge", [pos, Const(0, INT)], BOOL)

            return Cursor(init, more_set, lambda: self.prim("set_key", [seq, pos], narrow(t, SetT).elem))

        t = narrow(t, DictT)
        assert left is not None
        item = self.dict_item_reg(t, kind)
        if t.kind == "OrderedDict":
            return self.od_walk(seq, init, size, pos, item, kind, True)

        def more():
            self.size_check(seq, size, "dictionary changed size during iteration")
            self.emit(call_runtime(pos, dict_fn(t, "next"), [seq, pos], self.line))
            found = self.prim("int_ge", [pos, Const(0, INT)], BOOL)
            got, end, extra, fresh = self.new_block(), self.new_block(), self.new_block(), self.new_block()
            self.emit(Branch(found, got, end, self.line))
            self.set_block(got)
            self.emit(Branch(self.prim("int_eq", [left, Const(0, INT)], BOOL), extra, fresh, self.line))
            self.set_block(extra)
            self.emit(Raise("RuntimeError", "dictionary keys changed during iteration", self.line))
            self.set_block(fresh)
            self.emit(Prim(left, "int_sub_nocheck", [left, Const(1, INT)], self.line))
            self.load_dict_item(item, seq, pos, kind)
            self.emit(Prim(pos, "int_add_nocheck", [pos, Const(1, INT)], self.line))
            self.goto(end)
            self.set_block(end)
            return found

        return Cursor(init, more, lambda: item)


    def od_walk(self, seq: Value, init: Callable[[], None], size: Reg, pos: Reg, item: Reg, kind: str,
                forward: bool) -> Cursor:
        """A walk over an OrderedDict (forward, or reversed()), as CPython's odictiter: the iterator holds
        the key it gives next, found when it gives one; after the last one there is none, and the walk is
        over whatever is added later.  Each step first compares the dict's state (keys added, deleted or
        moved since the walk began: "mutated during iteration"), then its size ("changed size").  init
        sets seq, size and pos (where the search for the first item starts)."""
        t = narrow(seq.type, DictT)
        state, ended, res = self.temp(INT), self.temp(BOOL), self.temp(BOOL)
        step = "next" if forward else "prev"

        def start():
            init()
            self.emit(call_runtime(state, dict_fn(t, "od_state"), [seq], self.line))
            self.emit(Assign(ended, self.prim("int_eq", [self.prim("container_len", [seq], INT), Const(0, INT)], BOOL), self.line))

        def more():
            go, got, stop, end = self.new_block(), self.new_block(), self.new_block(), self.new_block()
            self.emit(Assign(res, Const(False, BOOL), self.line))
            self.emit(Branch(ended, stop, go, self.line))
            self.set_block(go)
            self.od_state_check(seq, state)
            self.size_check(seq, size, "OrderedDict changed size during iteration")
            self.emit(call_runtime(pos, dict_fn(t, step), [seq, pos], self.line))
            self.emit(Branch(self.prim("int_ge", [pos, Const(0, INT)], BOOL), got, stop, self.line))
            self.set_block(got)
            self.load_dict_item(item, seq, pos, kind)
            self.emit(Prim(pos, "int_add_nocheck" if forward else "int_sub_nocheck", [pos, Const(1, INT)], self.line))
            following = self.temp(INT)
            self.emit(call_runtime(following, dict_fn(t, step), [seq, pos], self.line))
            self.emit(Assign(ended, self.prim("int_lt", [following, Const(0, INT)], BOOL), self.line))
            self.emit(Assign(res, Const(True, BOOL), self.line))
            self.goto(end)
            self.set_block(stop)
            self.goto(end)
            self.set_block(end)
            return res

        return Cursor(start, more, lambda: item)

    def od_state_check(self, seq: Value, state: Value) -> None:
        """CPython's odictiter: RuntimeError when a key was added, deleted or moved since the walk began."""
        changed, ok = self.new_block(), self.new_block()
        now = self.temp(INT)
        self.emit(call_runtime(now, dict_fn(narrow(seq.type, DictT), "od_state"), [seq], self.line))
        self.emit(Branch(self.prim("int_ne", [now, state], BOOL), changed, ok, self.line))
        self.set_block(changed)
        self.emit(Raise("RuntimeError", "OrderedDict mutated during iteration", self.line))
        self.set_block(ok)

    def size_check(self, seq: Value, size: Value, message: str) -> None:
        """RuntimeError(message) unless the dict or set seq still has the size a walk over it began with."""
        changed, ok = self.new_block(), self.new_block()
        n = self.prim("container_len", [seq], INT)
        self.emit(Branch(self.prim("int_ne", [n, size], BOOL), changed, ok, self.line))
        self.set_block(changed)
        self.emit(Raise("RuntimeError", message, self.line))
        self.set_block(ok)

    def dict_item_reg(self, t: DictT, kind: str) -> Reg:
        """A register for what a walk over a dict gives: its keys, values or (key, value) items."""
        if kind == "keys":
            return self.temp(t.key)
        if kind == "values":
            return self.temp(t.value)
        tt = TupleT((t.key, t.value))
        self.mb.use_type(tt)
        return self.temp(tt)

    def load_dict_item(self, item: Reg, seq: Value, pos: Value, kind: str) -> None:
        """item = the key, value or (key, value) of the dict seq's entry at pos."""
        t = narrow(seq.type, DictT)
        if kind == "keys":
            self.emit(Prim(item, "dict_key", [seq, pos], self.line))
        elif kind == "values":
            self.emit(Prim(item, "dict_value", [seq, pos], self.line))
        else:
            k = self.prim("dict_key", [seq, pos], t.key)
            v = self.prim("dict_value", [seq, pos], t.value)
            self.emit(MakeTuple(item, [k, v], self.line))

    def reversed_dict_cursor(self, container: Value, kind: str) -> Cursor:
        """reversed() of a dict or of its keys, values or items view, as CPython's dictreviter: from the
        last entry down, each step first comparing the size with the size when iteration began (no
        "keys changed" check, as CPython's has none)."""
        t = narrow(container.type, DictT)
        seq = self.temp(t)
        size = self.temp(INT)
        pos = self.temp(INT)  # where the next search (down) starts
        item = self.dict_item_reg(t, kind)

        captured = self.captured_len.get(id(container))  # reversed(d) held as a value: its size where it was made

        def init():
            self.emit(Assign(seq, container, self.line))
            if captured is None:
                self.emit(Prim(size, "container_len", [seq], self.line))
            else:
                self.emit(Assign(size, captured, self.line))
            self.emit(call_runtime(pos, dict_fn(t, "last_entry"), [seq], self.line))

        if t.kind == "OrderedDict":
            return self.od_walk(seq, init, size, pos, item, kind, False)

        def more():
            self.size_check(seq, size, "dictionary changed size during iteration")
            self.emit(call_runtime(pos, dict_fn(t, "prev"), [seq, pos], self.line))
            found = self.prim("int_ge", [pos, Const(0, INT)], BOOL)
            got, end = self.new_block(), self.new_block()
            self.emit(Branch(found, got, end, self.line))
            self.set_block(got)
            self.load_dict_item(item, seq, pos, kind)
            self.emit(Prim(pos, "int_sub_nocheck", [pos, Const(1, INT)], self.line))
            self.goto(end)
            self.set_block(end)
            return found

        return Cursor(init, more, lambda: item)

    def splits_a_str(self, node) -> bool:
        """s.split(), s.split(sep) with sep a str, or s.splitlines(), of a str s: iterated a piece at a time."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not node.keywords
                and self.inst.expr_types.get(id(node.func.value)) == STR):
            return False
        if node.func.attr == "splitlines":
            return not node.args
        return node.func.attr == "split" and (not node.args or len(node.args) == 1
                                              and self.inst.expr_types.get(id(node.args[0])) == STR)


    def split_separator(self, sep: Reg, arg: ast.expr) -> None:
        """sep = the separator of s.split(arg), copied; CPython's ValueError when it is empty (not tested
        for a non-empty constant)."""
        given = self.expr(arg)
        self.emit(Assign(sep, given, self.line))
        if not (isinstance(given, Const) and given.value):
            self.rt("pyz_str_split_check", [sep], None, raises=True)

    def split_cursor(self, node: ast.Call) -> Cursor:
        """for piece in s.split(sep) / s.split() / s.splitlines(): each piece cut from s when the loop
        reaches it (runtime_c/str.c), with no list of them all: the same pieces in the same order, as s
        cannot change; an empty separator raises before the first, as split does."""
        func = node.func
        assert isinstance(func, ast.Attribute)  # splits_a_str
        seq = self.temp(STR)
        pos = self.temp(INT)  # the byte offset of the next piece; -1 after the last (split by sep)
        end = self.temp(INT)
        kind = func.attr if node.args or func.attr == "splitlines" else "words"
        sep = self.temp(STR) if kind == "split" else None
        # the string and separator now, where CPython calls split (before enumerate's start, zip's next
        # argument), and copied: the loop may rebind the names they came from
        self.emit(Assign(seq, self.expr(func.value), self.line))
        if sep is not None:
            self.split_separator(sep, node.args[0])

        def init():
            self.emit(Assign(pos, Const(0, INT), self.line))

        def more():
            if kind == "split":
                return self.prim("int_le_small", [Const(0, INT), pos], BOOL)
            if kind == "words":
                self.emit(CallRuntime(pos, "pyz_str_word_start", [seq, pos], self.line, False))
            return self.prim("int_lt_small", [pos, self.prim("str_bytes", [seq], INT)], BOOL)

        def fetch():
            piece = self.temp(STR)
            if kind == "split":
                assert sep is not None
                self.emit(CallRuntime(end, "pyz_str_split_find", [seq, sep, pos], self.line, False))
                self.emit(CallRuntime(piece, "pyz_str_piece", [seq, pos, end], self.line, False))
                self.emit(CallRuntime(pos, "pyz_str_split_next", [end, sep], self.line, False))
            elif kind == "words":
                self.emit(CallRuntime(end, "pyz_str_word_end", [seq, pos], self.line, False))
                self.emit(CallRuntime(piece, "pyz_str_piece", [seq, pos, end], self.line, False))
                self.emit(Assign(pos, end, self.line))
            else:
                self.emit(CallRuntime(end, "pyz_str_line_end", [seq, pos], self.line, False))
                self.emit(CallRuntime(piece, "pyz_str_piece", [seq, pos, end], self.line, False))
                self.emit(CallRuntime(pos, "pyz_str_line_next", [seq, end], self.line, False))
            return piece
        return Cursor(init, more, fetch)


    def str_cursor(self, s: Value) -> Cursor:
        pos = self.temp(INT)
        seq = self.temp(STR)

        def init():
            self.emit(Assign(seq, s, self.line))
            self.emit(Assign(pos, Const(0, INT), self.line))

        def more():
            n = self.prim("str_bytes", [seq], INT)
            return self.prim("int_lt", [pos, n], BOOL)

        def fetch():
            return self.prim("str_next", [seq, pos], STR)
        return Cursor(init, more, fetch)


    def bytes_cursor(self, s: Value) -> Cursor:
        """for x in b: each byte as an int (a bytearray's length is read at each step, as CPython does)."""
        pos = self.temp(INT)
        seq = self.temp(s.type)

        def init():
            self.emit(Assign(seq, s, self.line))
            self.emit(Assign(pos, Const(-1, INT), self.line))

        def more():
            self.emit(Assign(pos, self.prim("int_add_nocheck", [pos, Const(1, INT)], INT), self.line))
            return self.prim("int_lt", [pos, self.prim("bytes_len", [seq], INT)], BOOL)

        def fetch():
            return self.prim("bytes_at", [seq, pos], INT)
        return Cursor(init, more, fetch)


    def reversed_range_cursor(self, node: ast.Call) -> Cursor:
        """reversed(range(...)): the same items from the last down."""
        start, stop, step = self.range_args(node)
        step_v = Const(step, INT) if isinstance(step, int) else step
        return self.counted_range_cursor(start, stop, step_v, self.temp(INT), self.temp(INT), reverse=True)


    def tuple_items_list(self, v: Value) -> Reg:
        """A list of the items of the tuple v, each as the one type iterating it gives them."""
        t = narrow(v.type, TupleT)
        lt = ListT(tuple_items_type(t))
        self.mb.use_type(lt)
        items = [self.coerce_num(self.tuple_get(v, i), lt.elem) for i in range(len(t.elems))]
        lst = self.temp(lt)
        self.emit(NewList(lst, items, self.line))
        return lst

    def reversed_cursor(self, node) -> Cursor:
        t = self.inst.expr_types.get(id(node))
        if t == RANGE:
            return self.reversed_range_cursor(node)
        if isinstance(t, ViewT):
            return self.reversed_dict_cursor(self.expr(node.func.value), t.kind)
        v = self.expr(node)
        if isinstance(v.type, DictT):
            return self.reversed_dict_cursor(v, "keys")
        if isinstance(v.type, DequeT):
            return self.deque_cursor(v, backward=True, since=self.iterator_made(node))
        if isinstance(v.type, TupleT):  # its items, last first (a tuple does not change)
            v = self.tuple_items_list(v)
        if v.type == STR:
            rev = self.rt("pyz_str_slice", [v, Const(0, INT), Const(0, INT), Const(-1, INT), Const(0, INT), Const(0, INT)], STR, raises=True)
            return self.str_cursor(rev)
        idx = self.temp(INT)
        seq = self.temp(v.type)

        def init():
            self.emit(Assign(seq, v, self.line))
            n = self.prim("container_len", [seq], INT)
            self.emit(Prim(idx, "int_sub_nocheck", [n, Const(1, INT)], self.line))

        def more():
            # CPython's reversed() stops when the index leaves the (possibly shrunk) list
            n = self.prim("container_len", [seq], INT)
            return self.prim("index_in", [idx, n], BOOL)

        def fetch():
            item = self.prim("list_item", [seq, idx], v.type.elem)
            self.emit(Prim(idx, "int_sub_nocheck", [idx, Const(1, INT)], self.line))
            return item
        return Cursor(init, more, fetch)


    def comprehension(self, generators, on_item: Callable[[], object], done: Block):
        """Nested loops over the generators, calling on_item for each surviving item; then continue at done."""

        def level(k: int, exit_blk: Block):
            gen = generators[k]
            cursor, bind = self.iteration(gen.target, gen.iter)
            cursor.init()
            if self.iterates_nothing(gen.iter):  # no items: no element is made
                self.goto(exit_blk)
                return
            head, body = self.new_block(), self.new_block()
            self.goto(head)
            self.set_block(head)
            self.emit(Branch(cursor.more(), body, exit_blk, self.line))
            self.set_block(body)
            bind(cursor.fetch())
            for c in gen.ifs:
                ok = self.new_block()
                self.cond(c, ok, head)
                self.set_block(ok)
            if k + 1 < len(generators):
                level(k + 1, head)
            else:
                on_item()
                self.goto(head)

        level(0, done)
        self.set_block(done)
