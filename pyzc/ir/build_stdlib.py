"""The builder's helpers for collections, copy, itertools and functools: what their pairs call.

A mixin of the `FunctionBuilder` (ir/build.py).  The calls are registered
pairs (primitives/collections_ops.py, itertools_ops.py, copy_ops.py, and the
Counter and deque methods in dict_ops.py and deque_ops.py); what they lower
with IR written out by hand is here, since pairs never use IR classes.

- Counter and defaultdict values are dicts: only a missing-key read
  (`dict_load`) and repr differ.  Counter's order by count (most_common and
  repr) comes from `pyz_dict_<N>_by_count` in templates/dict.c.j2.
- deque is its own specialisation (templates/deque.c.j2).
- copy.copy and copy.deepcopy (copy_value): types/copying.py says what each type's copy
  is; what is not a container's own copy is a function codegen renders for the static type
  (codegen/copy.py), named here symbolically (`pyz_copy_N_deepcopy` on the type).
- itertools iterators are cursors: count() and chain() step lazily;
  product/permutations/combinations walk an index vector that
  `pyz_itertools_next_*` (runtime_c/itertools.c) advances in CPython's order,
  and build each tuple from a list of the pool's items; accumulate() and
  reduce() inline their lambda as key= lambdas are inlined.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..primitives.collections_ops import factory_instance
from ..types.copying import copy_atomic
from ..types.model import ArrayT, BOOL, BOTTOM, DEFAULTDICT_FN, FLOAT, INT, ITEMS_PTR, NONE, STR, ClassT, DequeT, DictT, IterT, ListT, OptT, SeqIterT, SetT, TupleT, Type, VarTupleT, concrete, narrow
from .cursor import Cursor
from .ops import Assign, Branch, Call, Const, MakeTuple, NewList, Prim, Raise, Reg, SpecFn, Value, deque_fn, dict_fn, list_fn, set_fn

if TYPE_CHECKING:  # the host's plumbing, as the type checker sees it (build_host.py)
    from .build_host import BuilderHost
else:
    BuilderHost = object

SCALAR_DEFAULTS = {INT: 0, FLOAT: 0.0, BOOL: False, STR: ""}


class StdlibLowering(BuilderHost):
    # ------------------------------------------------------------ copy
    def copy_value(self, v: Value, deep: bool) -> Value:
        """copy.copy(v) or copy.deepcopy(v)."""
        t = concrete(v.type)
        if copy_atomic(t) or (isinstance(t, (TupleT, VarTupleT)) and not deep):
            return v  # CPython gives back the very object
        if isinstance(t, OptT):  # None, or a copy of the value
            return self.opt_case(v, t, lambda: Const(None, t), lambda x: self.coerce_num(self.copy_value(x, deep), t))
        self.mb.use_type(t)
        if not deep and not isinstance(t, ClassT):
            fn = {ListT: list_fn, ArrayT: list_fn, DictT: dict_fn, SetT: set_fn, DequeT: deque_fn}[type(t)]
            return self.rt(fn(t, "copy"), [v], t)
        self.mb.copy_types.add((t, deep))
        return self.rt(SpecFn("pyz_copy_N_deepcopy" if deep else "pyz_copy_N_shallow", t), [v], t, raises=deep)

    # ------------------------------------------------------------ collections: dicts
    def count_into(self, c: Value, arg):
        """Count arg's items into the Counter c (Counter(arg), c.update(arg))."""
        t = narrow(c.type, DictT)
        self.mb.use_type(t)
        if not isinstance(arg, ast.GeneratorExp) and isinstance(self.inst.expr_types.get(id(arg)), DictT):
            counts = self.expr(arg)  # a mapping (the same C dict type): its counts added
            self.rt(dict_fn(t, "counter_update"), [c, counts, Const(0, INT)], BOOL)
            return

        def on_item(v: Value):
            key = self.key_value(v, t.key)
            cur = self.rt(dict_fn(t, "get_default"), [c, key, Const(0, INT)], INT)
            self.rt(dict_fn(t, "set"), [c, key, self.prim("int_add", [cur, Const(1, INT)], INT, raises=True)], None)

        self.over_items(arg, on_item)

    def empty_value(self, t: Type) -> Value:
        if t in SCALAR_DEFAULTS:
            return Const(SCALAR_DEFAULTS[t], t)
        if isinstance(t, ListT):
            return self.new_list(t)
        return self.new_container(t)

    def dict_load(self, d: Value, key: Value) -> Value:
        """d[key] on a Counter (0 when missing, not inserted) or a defaultdict (factory() inserted when missing)."""
        t = narrow(d.type, DictT)
        if t.kind == "Counter":
            return self.rt(dict_fn(t, "get_default"), [d, key, Const(0, INT)], INT)
        if t.kind.startswith(DEFAULTDICT_FN):  # factory(), inserted: the program's function, called when the key is missing
            make, done = self.new_block(), self.new_block()
            self.emit(Branch(self.rt(dict_fn(t, "contains"), [d, key], BOOL), done, make, self.line))
            self.set_block(make)
            factory = factory_instance(self.mb.typed.instances, t)
            rt = self.mb.typed.instances[factory].return_type
            made = self.temp(NONE if rt == BOTTOM else rt)
            self.emit(Call(made, self.mb.instance_name(factory), [], self.line))
            self.rt(dict_fn(t, "set"), [d, key, self.coerce_num(made, t.value)], None)
            self.goto(done)
            self.set_block(done)
            return self.rt(dict_fn(t, "get"), [d, key], t.value, raises=True)
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
        t = narrow(v.type, DictT)
        self.mb.use_type(t)
        if t.kind == "Counter":
            return self.rt(dict_fn(t, "counter_repr"), [v], STR)
        if t.kind == "OrderedDict":
            return self.rt(dict_fn(t, "od_repr"), [v], STR)
        inner = self.rt(dict_fn(t, "repr"), [v], STR)
        head = Const(defaultdict_head(t.kind), STR)
        s = self.rt("pyz_str_concat", [head, inner], STR)
        return self.rt("pyz_str_concat", [s, Const(")", STR)], STR)

    def dict_popitem(self, d: Value, last: Value | None = None) -> Value:
        """d.popitem(): the last item as a tuple, removed from d (KeyError when d is empty); an
        OrderedDict's popitem(last) (`last` given): the last or the first."""
        t = narrow(d.type, DictT)
        self.mb.use_type(t)
        if last is None:
            pos = self.rt(dict_fn(t, "last_pos"), [d], INT, raises=True)
        else:
            pos = self.rt(dict_fn(t, "od_pos"), [d, last], INT, raises=True)
        item = self.make_tuple([self.prim("dict_key", [d, pos], t.key), self.prim("dict_value", [d, pos], t.value)])
        self.rt(dict_fn(t, "remove_last" if last is None else "remove_at"), [d, pos], None)
        return item

    def counter_order(self, c: Value) -> Value:
        """list[int]: the positions of c's entries, most common first."""
        lt = ListT(INT)
        self.mb.use_list(lt)
        n = self.prim("container_len", [c], INT)
        order = self.rt(list_fn(lt, "new"), [n], lt)
        self.rt(dict_fn(c.type, "by_count"), [c, self.prim("list_items_ptr", [order], ITEMS_PTR)], None)
        return order

    def counter_total(self, c: Value) -> Value:
        """Counter.total(): the sum of the counts."""
        self.mb.use_type(c.type)
        total = self.temp(INT)
        self.emit(Assign(total, Const(0, INT), self.line))
        self.run_cursor(self.hash_cursor(c, "values"),
                        lambda v: self.emit(Prim(total, "int_add", [total, v], self.line, True)))
        return total

    def counter_most_common(self, c: Value, n) -> Value:
        """Counter.most_common(n): n (an expression, or None for all) pairs, most common first."""
        t = narrow(c.type, DictT)
        self.mb.use_type(t)
        rt = ListT(TupleT((t.key, INT)))
        self.mb.use_list(rt)
        res = self.temp(rt)
        self.emit(NewList(res, [], self.line))
        limit = None
        if n is not None:
            limit = self.temp(INT)
            self.emit(Assign(limit, self.as_int(self.expr(n)), self.line))
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
    def new_deque(self, t: DequeT, maxlen, src) -> Value:
        """deque(src, maxlen): maxlen an expression or None (unbounded), src an iterable or None."""
        self.mb.use_type(t)
        if maxlen is None:
            args: list[Value] = [Const(-1, INT), Const(False, BOOL)]
        else:
            args = [self.as_int(self.expr(maxlen)), Const(True, BOOL)]
        d = self.rt(deque_fn(t, "new"), args, t, raises=True)
        if src is not None:
            self.over_items(src, lambda v: self.rt(deque_fn(t, "append"), [d, self.coerce_num(v, t.elem)], None))
        return d

    def deque_extend(self, d: Value, src, verb: str) -> None:
        """d.extend(src) / d.extendleft(src) / d += src."""
        t = narrow(d.type, DequeT)
        self.mb.use_type(t)
        if not isinstance(src, ast.GeneratorExp) and self.inst.expr_types.get(id(src)) == t:
            src_v = self.rt(deque_fn(t, "copy"), [self.expr(src)], t)  # d.extend(d): a snapshot first
            self.run_cursor(self.deque_cursor(src_v), lambda v: self.rt(deque_fn(t, verb), [d, v], None))
        else:
            self.over_items(src, lambda v: self.rt(deque_fn(t, verb), [d, self.coerce_num(v, t.elem)], None))

    def deque_mutations(self, v: Value) -> Value:
        """_pyz_mutations(v) (primitives/iterator_ops.py): a deque's count of changes, doubled, plus 1 if it is
        empty; -1 for a value of another type."""
        if not isinstance(v.type, DequeT):
            return Const(-1, INT)
        state = self.prim("deque_state", [v], INT)
        empty = self.prim("bool_to_int", [self.prim("int_eq", [self.prim("container_len", [v], INT), Const(0, INT)], BOOL)], INT)
        return self.prim("int_add_nocheck", [self.prim("int_add_nocheck", [state, state], INT), empty], INT)

    def deque_cursor(self, dq: Value, backward: bool = False, since: Value | None = None) -> Cursor:
        """A walk over a deque by index (backward: reversed(d), from the last item); as CPython's deque
        iterators, each step compares the deque's state with the one it had when the walk began, and
        raises RuntimeError if the deque was changed meanwhile (an item added or taken: templates/deque.c.j2;
        forward even in the last step, backward not).  since: the deque as the iterator was made, in a
        generator that walks it from its first next() on (iter(d), reversed(d) held: deque_mutations, or -1
        when it was not taken): the walk began there."""
        idx = self.temp(INT)
        seq = self.temp(dq.type)
        state = self.temp(INT)

        def init():
            self.emit(Assign(seq, dq, self.line))
            if backward:
                self.emit(Prim(idx, "int_sub_nocheck", [self.prim("container_len", [seq], INT), Const(1, INT)], self.line))
            else:
                self.emit(Assign(idx, Const(0, INT), self.line))
            self.emit(Prim(state, "deque_state", [seq], self.line))
            if since is None:
                return
            made, done = self.new_block(), self.new_block()
            self.emit(Branch(self.prim("int_ge", [since, Const(0, INT)], BOOL), made, done, self.line))
            self.set_block(made)
            self.emit(Prim(state, "int_floordiv_pos", [since, Const(2, INT)], self.line))
            if backward:  # empty when reversed() was called: CPython's counter of items left is 0, so it stops at once
                empty, go_on = self.new_block(), self.new_block()
                self.emit(Branch(self.prim("int_eq", [self.prim("int_mod_pos", [since, Const(2, INT)], INT), Const(1, INT)], BOOL),
                                 empty, go_on, self.line))
                self.set_block(empty)
                self.emit(Assign(idx, Const(-1, INT), self.line))
                self.goto(go_on)
                self.set_block(go_on)
            self.goto(done)
            self.set_block(done)

        def state_check():
            changed, ok = self.new_block(), self.new_block()
            now = self.prim("deque_state", [seq], INT)
            self.emit(Branch(self.prim("int_ne", [now, state], BOOL), changed, ok, self.line))
            self.set_block(changed)
            self.emit(Raise("RuntimeError", "deque mutated during iteration", self.line))
            self.set_block(ok)

        def more():
            if not backward:  # dequeiter_next: the state first, so a change in the last step raises too
                state_check()
                return self.prim("int_lt", [idx, self.prim("container_len", [seq], INT)], BOOL)
            # dequereviter_next: the count of items left first (a change in the last step goes unseen);
            # with the state unchanged, so is the length: idx stays inside
            left = self.temp(BOOL)
            self.emit(Prim(left, "int_ge", [idx, Const(0, INT)], self.line))
            check, out = self.new_block(), self.new_block()
            self.emit(Branch(left, check, out, self.line))
            self.set_block(check)
            state_check()
            self.goto(out)
            self.set_block(out)
            return left

        def fetch():
            v = self.rt(deque_fn(dq.type, "item"), [seq, idx], dq.type.elem)
            self.emit(Prim(idx, "int_sub_nocheck" if backward else "int_add_nocheck", [idx, Const(1, INT)], self.line))
            return v
        return Cursor(init, more, fetch)

    # ------------------------------------------------------------ itertools: the cursors of their pairs
    def count_cursor(self, node, t: IterT) -> Cursor:
        args = list(node.args) + [None] * (2 - len(node.args))
        for kw in node.keywords:
            args[0 if kw.arg == "start" else 1] = kw.value
        num = t.elem
        conv = self.as_float if num == FLOAT else self.as_int
        start = conv(self.expr(args[0])) if args[0] is not None else Const(0 if num == INT else 0.0, num)
        step = conv(self.expr(args[1])) if args[1] is not None else Const(1 if num == INT else 1.0, num)
        cur, inc = self.temp(num), self.temp(num)

        def init():
            self.emit(Assign(cur, start, self.line))
            self.emit(Assign(inc, step, self.line))

        def fetch():
            v = self.temp(num)
            self.emit(Assign(v, cur, self.line))
            if num == FLOAT:
                self.emit(Prim(cur, "float_add", [cur, inc], self.line))
            else:
                self.emit(Prim(cur, "int_add", [cur, inc], self.line, True))
            return v
        return Cursor(init, lambda: Const(True, BOOL), fetch)

    def islice_cursor(self, node, t: IterT) -> Cursor:
        """CPython's islice_next: items before the next index are read and dropped, the stop is tested
        before each item it gives, so the iterable is read no further than islice needs."""
        inner = self.cursor(node.args[0])
        given = node.args[1:]
        if len(given) == 1:
            given = [None] + given
        start_n, stop_n, step_n = (list(given) + [None, None])[:3]

        def is_none(a) -> bool:
            return a is None or isinstance(a, ast.Constant) and a.value is None

        stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        index_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        step_msg = "Step for islice() must be a positive integer or None."
        values: list[Value | None] = [None if is_none(a) else self.as_int(self.expr(a)) for a in (start_n, stop_n, step_n)]
        for v, lowest, msg in zip(values, (0, 0, 1), (index_msg, stop_msg, step_msg)):
            if v is None:
                continue
            bad, ok = self.new_block(), self.new_block()
            self.emit(Branch(self.prim("int_lt", [v, Const(lowest, INT)], BOOL), bad, ok, self.line))
            self.set_block(bad)
            self.emit(Raise("ValueError", msg, self.line))
            self.set_block(ok)
        # C integers from here (runtime_c/int.c): a big one is OverflowError (CPython: ValueError past sys.maxsize)
        start, stop, step = [None if v is None else self.c_int(v) for v in values]
        i, nxt, item = self.temp(INT), self.temp(INT), self.temp(t.elem)

        def init():
            inner.init()
            self.emit(Assign(i, Const(0, INT), self.line))
            self.emit(Assign(nxt, start if start is not None else Const(0, INT), self.line))

        def more():
            result = self.temp(BOOL)
            head, done, empty = self.new_block(), self.new_block(), self.new_block()
            self.goto(head)
            self.set_block(head)
            wanted = self.prim("int_ge", [i, nxt], BOOL)
            if stop is not None:
                at_stop, pull = self.new_block(), self.new_block()
                self.emit(Branch(wanted, at_stop, pull, self.line))
                self.set_block(at_stop)
                self.emit(Branch(self.prim("int_ge", [i, stop], BOOL), empty, pull, self.line))
                self.set_block(pull)
            got, give = self.new_block(), self.new_block()
            self.emit(Branch(inner.more(), got, empty, self.line))
            self.set_block(got)
            self.emit(Assign(item, self.coerce_num(inner.fetch(), t.elem), self.line))
            self.emit(Prim(i, "int_add_nocheck", [i, Const(1, INT)], self.line))
            self.emit(Branch(wanted, give, head, self.line))
            self.set_block(give)
            self.emit(Prim(nxt, "int_add_wrap", [nxt, step if step is not None else Const(1, INT)], self.line))
            if stop is not None:  # CPython's clamp: the next index never passes the stop
                clamp, ok = self.new_block(), self.new_block()
                self.emit(Branch(self.prim("int_gt", [nxt, stop], BOOL), clamp, ok, self.line))
                self.set_block(clamp)
                self.emit(Assign(nxt, stop, self.line))
                self.goto(ok)
                self.set_block(ok)
            self.emit(Assign(result, Const(True, BOOL), self.line))
            self.goto(done)
            self.set_block(empty)
            self.emit(Assign(result, Const(False, BOOL), self.line))
            self.goto(done)
            self.set_block(done)
            return result

        return Cursor(init, more, lambda: item)

    def repeat_cursor(self, node, t: IterT) -> Cursor:
        args = list(node.args) + [kw.value for kw in node.keywords]
        value = self.temp(t.elem)
        self.emit(Assign(value, self.coerce_num(self.expr(args[0]), t.elem), self.line))
        if len(args) == 1:
            return Cursor(lambda: None, lambda: Const(True, BOOL), lambda: value)
        left = self.temp(INT)  # a C integer (runtime_c/int.c): counted down, never an item
        times = self.as_int(self.expr(args[1]))

        def init():
            self.emit(Assign(left, self.c_int(times), self.line))

        def more():
            return self.prim("int_gt_small", [left, Const(0, INT)], BOOL)

        def fetch():
            self.emit(Prim(left, "int_sub_nocheck", [left, Const(1, INT)], self.line))
            return value

        return Cursor(init, more, fetch)

    def cycle_cursor(self, node, t: IterT) -> Cursor:
        """The items of the first pass are kept in a list and replayed from it, as CPython's cycle does."""
        inner = self.cursor(node.args[0])
        lt = ListT(t.elem)
        self.mb.use_list(lt)
        saved, replay, idx, item = self.temp(lt), self.temp(BOOL), self.temp(INT), self.temp(t.elem)

        def init():
            inner.init()
            self.emit(NewList(saved, [], self.line))
            self.emit(Assign(replay, Const(False, BOOL), self.line))
            self.emit(Assign(idx, Const(0, INT), self.line))

        def more():
            result = self.temp(BOOL)
            first, got, again, done, play = self.new_block(), self.new_block(), self.new_block(), self.new_block(), self.new_block()
            self.emit(Branch(replay, again, first, self.line))
            self.set_block(first)
            exhausted = self.new_block()
            self.emit(Branch(inner.more(), got, exhausted, self.line))
            self.set_block(got)
            self.emit(Assign(item, self.coerce_num(inner.fetch(), t.elem), self.line))
            self.rt(list_fn(lt, "append"), [saved, item], None)
            self.emit(Assign(result, Const(True, BOOL), self.line))
            self.goto(done)
            self.set_block(exhausted)
            self.emit(Assign(replay, Const(True, BOOL), self.line))
            self.goto(again)
            self.set_block(again)
            n = self.prim("container_len", [saved], INT)
            self.emit(Assign(result, self.prim("int_gt", [n, Const(0, INT)], BOOL), self.line))
            self.emit(Branch(result, play, done, self.line))
            self.set_block(play)
            wrap, ok = self.new_block(), self.new_block()
            self.emit(Branch(self.prim("int_ge", [idx, n], BOOL), wrap, ok, self.line))
            self.set_block(wrap)
            self.emit(Assign(idx, Const(0, INT), self.line))
            self.goto(ok)
            self.set_block(ok)
            self.emit(Prim(item, "list_item", [saved, idx], self.line))
            self.emit(Prim(idx, "int_add_nocheck", [idx, Const(1, INT)], self.line))
            self.goto(done)
            self.set_block(done)
            return result

        return Cursor(init, more, lambda: item)

    def zip_longest_cursor(self, node, t: IterT) -> Cursor:
        """CPython's zip_longest: each step asks every iterable not exhausted yet; an exhausted one gives
        the fill value and is not asked again; the step after the last one is exhausted ends it."""
        elems = narrow(t.elem, TupleT).elems
        cursors = [self.cursor(a) for a in node.args]
        fill_node = next((kw.value for kw in node.keywords), None)
        fills = []
        for e in elems:
            fill = self.temp(e)
            fills.append(fill)
        fill_value = Const(None, NONE) if fill_node is None else self.expr(fill_node)
        for fill, e in zip(fills, elems):
            self.emit(Assign(fill, self.coerce_num(fill_value, e), self.line))
        active = [self.temp(BOOL) for _ in cursors]
        items = [self.temp(e) for e in elems]
        left = self.temp(INT)

        def init():
            for c, a in zip(cursors, active):
                c.init()
                self.emit(Assign(a, Const(True, BOOL), self.line))
            self.emit(Assign(left, Const(len(cursors), INT), self.line))

        def more():
            result = self.temp(BOOL)
            done = self.new_block()
            self.emit(Assign(result, Const(False, BOOL), self.line))
            for c, a, item, fill, e in zip(cursors, active, items, fills, elems):
                ask, got, gone, nxt = self.new_block(), self.new_block(), self.new_block(), self.new_block()
                self.emit(Assign(item, fill, self.line))
                self.emit(Branch(a, ask, nxt, self.line))
                self.set_block(ask)
                self.emit(Branch(c.more(), got, gone, self.line))
                self.set_block(got)
                v = c.fetch()  # an iterable of no items yet (a []) has items of no type: the fill's
                self.emit(Assign(item, Const(None, NONE) if e == NONE else self.coerce_num(v, e), self.line))
                self.goto(nxt)
                self.set_block(gone)
                self.emit(Assign(a, Const(False, BOOL), self.line))
                self.emit(Prim(left, "int_sub_nocheck", [left, Const(1, INT)], self.line))
                over = self.new_block()
                self.emit(Branch(self.prim("int_eq", [left, Const(0, INT)], BOOL), done, over, self.line))
                self.set_block(over)
                self.goto(nxt)
                self.set_block(nxt)
            self.emit(Assign(result, Const(True, BOOL), self.line))
            self.goto(done)
            self.set_block(done)
            return result

        def fetch():
            tt = TupleT(tuple(elems))
            self.mb.use_type(tt)
            out = self.temp(tt)
            self.emit(MakeTuple(out, list(items), self.line))
            return out

        return Cursor(init, more, fetch)

    def while_cursor(self, node, t: IterT, kind: str) -> Cursor:
        """takewhile: the items while the predicate holds, then nothing (the failing item is read);
        dropwhile: the items from the first for which it fails (the predicate is not asked again)."""
        pred, items = node.args
        inner = self.cursor(items)
        item, flag = self.temp(t.elem), self.temp(BOOL)  # takewhile: finished; dropwhile: dropping done

        def init():
            inner.init()
            self.emit(Assign(flag, Const(False, BOOL), self.line))

        def test(v: Value) -> Value:
            param = self.var(pred.args.args[0].arg)
            self.emit(Assign(param, v, self.line))
            return self.truth(self.expr(pred.body))

        def more():
            result = self.temp(BOOL)
            head, got, done, empty = self.new_block(), self.new_block(), self.new_block(), self.new_block()
            give = self.new_block()
            if kind == "takewhile":
                pull = self.new_block()
                self.emit(Branch(flag, empty, pull, self.line))
                self.set_block(pull)
            self.goto(head)
            self.set_block(head)
            self.emit(Branch(inner.more(), got, empty, self.line))
            self.set_block(got)
            self.emit(Assign(item, self.coerce_num(inner.fetch(), t.elem), self.line))
            if kind == "takewhile":
                stop = self.new_block()
                self.emit(Branch(test(item), give, stop, self.line))
                self.set_block(stop)
                self.emit(Assign(flag, Const(True, BOOL), self.line))
                self.goto(empty)
            else:
                asked, keep = self.new_block(), self.new_block()
                self.emit(Branch(flag, give, asked, self.line))
                self.set_block(asked)
                self.emit(Branch(test(item), head, keep, self.line))
                self.set_block(keep)
                self.emit(Assign(flag, Const(True, BOOL), self.line))
                self.goto(give)
            self.set_block(give)
            self.emit(Assign(result, Const(True, BOOL), self.line))
            self.goto(done)
            self.set_block(empty)
            self.emit(Assign(result, Const(False, BOOL), self.line))
            self.goto(done)
            self.set_block(done)
            return result

        return Cursor(init, more, lambda: item)

    def chain_cursor(self, node, t: IterT) -> Cursor:
        """The iterables one after the other; stage k is the k-th iterable."""
        cursors = [self.cursor(a) for a in node.args]
        stage = self.temp(INT)
        elem = t.elem

        def init():
            self.emit(Assign(stage, Const(0, INT), self.line))
            if cursors:
                cursors[0].init()

        def more():
            result = self.temp(BOOL)
            done = self.new_block()
            for k, c in enumerate(cursors):
                here, nxt = self.new_block(), self.new_block()
                self.emit(Branch(self.prim("int_eq", [stage, Const(k, INT)], BOOL), here, nxt, self.line))
                self.set_block(here)
                yes, exhausted = self.new_block(), self.new_block()
                self.emit(Branch(c.more(), yes, exhausted, self.line))
                self.set_block(yes)
                self.emit(Assign(result, Const(True, BOOL), self.line))
                self.goto(done)
                self.set_block(exhausted)
                self.emit(Assign(stage, Const(k + 1, INT), self.line))
                if k + 1 < len(cursors):
                    cursors[k + 1].init()
                self.goto(nxt)
                self.set_block(nxt)
            self.emit(Assign(result, Const(False, BOOL), self.line))
            self.goto(done)
            self.set_block(done)
            return result

        def fetch():
            item = self.temp(elem)
            done = self.new_block()
            for k, c in enumerate(cursors):
                here, nxt = self.new_block(), self.new_block()
                self.emit(Branch(self.prim("int_eq", [stage, Const(k, INT)], BOOL), here, nxt, self.line))
                self.set_block(here)
                self.emit(Assign(item, self.coerce_num(c.fetch(), item.type), self.line))
                self.goto(done)
                self.set_block(nxt)
            self.goto(done)
            self.set_block(done)
            return item
        return Cursor(init, more, fetch)

    def pairwise_cursor(self, node, t: IterT) -> Cursor:
        """pairwise(xs): (a, b) of each two items in a row; the later item is kept for the next pair."""
        tt = narrow(t.elem, TupleT)
        et = tt.elems[0]
        inner = self.cursor(node.args[0])
        prev, cur, started = self.temp(et), self.temp(et), self.temp(BOOL)
        result = self.temp(BOOL)

        def init():
            inner.init()
            self.emit(Assign(started, Const(False, BOOL), self.line))

        def pull(into: Reg, then, none) -> None:
            got = self.new_block()
            self.emit(Branch(inner.more(), got, none, self.line))
            self.set_block(got)
            self.emit(Assign(into, self.coerce_num(inner.fetch(), et), self.line))
            self.goto(then)

        def more():
            first, second, got, none, done = (self.new_block() for _ in range(5))
            self.emit(Branch(started, second, first, self.line))
            self.set_block(first)
            self.emit(Assign(started, Const(True, BOOL), self.line))
            pull(prev, second, none)
            self.set_block(second)
            pull(cur, got, none)
            self.set_block(got)
            self.emit(Assign(result, Const(True, BOOL), self.line))
            self.goto(done)
            self.set_block(none)
            self.emit(Assign(result, Const(False, BOOL), self.line))
            self.goto(done)
            self.set_block(done)
            return result

        def fetch():
            pair = self.make_tuple([prev, cur])
            self.emit(Assign(prev, cur, self.line))
            return pair
        return Cursor(init, more, fetch)

    def groupby_cursor(self, node, t: IterT) -> Cursor:
        """groupby(xs, key): (key, group) pairs, one per run of items of equal keys.  The item read
        ahead (the first of the next group) waits in `pending` with its key; fetch reads the rest of
        the group into a list (its items then given by a list_iterator, see itertools_ops.py)."""
        from ..primitives.iterator_ops import ITER_NEW
        from ..primitives.itertools_ops import groupby_key
        tt = narrow(t.elem, TupleT)
        kt, git = tt.elems[0], narrow(tt.elems[1], SeqIterT)
        lt = narrow(git.src, ListT)
        self.mb.use_list(lt)
        self.mb.use_type(tt)
        items = node.args[0] if node.args else next(kw.value for kw in node.keywords if kw.arg == "iterable")
        fn = groupby_key(node)
        inner = self.cursor(items)
        pending, pkey = self.temp(lt.elem), self.temp(kt)
        started, has = self.temp(BOOL), self.temp(BOOL)
        last = self.temp(lt)  # the group given last: emptied when groupby moves on, as CPython's

        def pull():
            got, none, done = self.new_block(), self.new_block(), self.new_block()
            self.emit(Branch(inner.more(), got, none, self.line))
            self.set_block(got)
            self.emit(Assign(pending, self.coerce_num(inner.fetch(), lt.elem), self.line))
            self.emit(Assign(pkey, pending if fn is None else self.coerce_num(self.apply_key(fn, pending), kt), self.line))
            self.emit(Assign(has, Const(True, BOOL), self.line))
            self.goto(done)
            self.set_block(none)
            self.emit(Assign(has, Const(False, BOOL), self.line))
            self.goto(done)
            self.set_block(done)

        def init():
            inner.init()
            self.emit(Assign(started, Const(False, BOOL), self.line))
            self.emit(Assign(has, Const(False, BOOL), self.line))
            self.emit(Assign(last, self.new_list(lt), self.line))

        def more():
            self.rt(list_fn(lt, "clear"), [last], None)  # a stored group is empty once groupby moves on
            first, done = self.new_block(), self.new_block()
            self.emit(Branch(started, done, first, self.line))
            self.set_block(first)
            self.emit(Assign(started, Const(True, BOOL), self.line))
            pull()
            self.goto(done)
            self.set_block(done)
            return has

        def fetch():
            key = self.temp(kt)
            self.emit(Assign(key, pkey, self.line))
            group = self.new_list(lt)
            head, same, done = self.new_block(), self.new_block(), self.new_block()
            self.goto(head)
            self.set_block(head)
            self.rt(list_fn(lt, "append"), [group, pending], None)
            pull()
            self.emit(Branch(has, same, done, self.line))
            self.set_block(same)
            self.emit(Branch(self.truth(self.compare(ast.Eq(), pkey, key, node)), head, done, self.line))
            self.set_block(done)
            self.emit(Assign(last, group, self.line))
            it = self.call_primitive(ITER_NEW, [group], git)
            return self.make_tuple([key, it])
        return Cursor(init, more, fetch)

    def pools(self, args, elems) -> list[Value]:
        """Each iterable argument as a list (a pool whose items the tuples pick)."""
        return [self.collect(a, ListT(concrete(e))) for a, e in zip(args, elems)]

    def index_cursor(self, node, t: IterT, pools: list[Value], which: list[int], state_len: Value, step) -> Cursor:
        """A cursor over tuples whose k-th item is pools[which[k]][state[1 + k]]; step() advances state."""
        il = ListT(INT)
        self.mb.use_list(il)
        state = self.temp(il)

        def init():
            self.emit(Assign(state, self.rt(list_fn(il, "new"), [state_len], il), self.line))

        def more():
            return step(self.prim("list_items_ptr", [state], ITEMS_PTR))

        def fetch():
            items = []
            for k, p in enumerate(which):
                i = self.prim("list_item", [state, Const(1 + k, INT)], INT)
                items.append(self.prim("list_item", [pools[p], i], pools[p].type.elem))
            return self.make_tuple(items)
        return Cursor(init, more, fetch)

    def product_cursor(self, node, t: IterT) -> Cursor:
        if isinstance(t.elem, VarTupleT):
            return self.power_cursor(node, t)
        elems = narrow(t.elem, TupleT).elems
        pools = self.pools(node.args, elems)
        r = len(elems)
        which = [k % len(pools) for k in range(r)]
        il = ListT(INT)
        self.mb.use_list(il)
        sizes = self.temp(il)
        self.emit(NewList(sizes, [self.prim("container_len", [pools[p]], INT) for p in which], self.line))
        return self.index_cursor(node, t, pools, which, Const(1 + r, INT), lambda st: self.rt(
            "pyz_itertools_product_next", [st, self.prim("list_items_ptr", [sizes], ITEMS_PTR), Const(r, INT)], BOOL))

    def power_cursor(self, node, t: IterT) -> Cursor:
        """product(xs, repeat=r) with r known only when it runs: tuples of r items (of any length), each
        index of the state counting through len(xs) as product's do (pyz_itertools_power_next)."""
        vt = narrow(t.elem, VarTupleT)
        pool = self.collect(node.args[0], ListT(vt.elem))
        r = self.run_time_r(node.keywords[0].value, "repeat argument cannot be negative")
        n = self.prim("container_len", [pool], INT)
        return self.var_tuple_cursor(vt, pool, r, self.prim("int_add_nocheck", [r, Const(1, INT)], INT),
                                     lambda st: self.rt("pyz_itertools_power_next", [st, n, r], BOOL))

    def run_time_r(self, r_node, negative: str) -> Value:
        """The r (repeat) of an itertools call, computed when it runs: CPython's ValueError if negative."""
        r = self.temp(INT)
        self.emit(Assign(r, self.as_int(self.expr(r_node)), self.line))
        bad, ok = self.new_block(), self.new_block()
        self.emit(Branch(self.prim("int_lt", [r, Const(0, INT)], BOOL), bad, ok, self.line))
        self.set_block(bad)
        self.emit(Raise("ValueError", negative, self.line))
        self.set_block(ok)
        return r

    def var_tuple_cursor(self, vt: VarTupleT, pool: Value, r: Value, state_len: Value, step) -> Cursor:
        """A cursor over tuples of r items (r known when it runs), the k-th being pool[state[1 + k]];
        step(state's items) advances the state."""
        il = ListT(INT)
        self.mb.use_list(il)
        self.mb.use_list(vt)
        state = self.temp(il)

        def init():
            self.emit(Assign(state, self.rt(list_fn(il, "new"), [state_len], il), self.line))

        def more():
            return step(self.prim("list_items_ptr", [state], ITEMS_PTR))

        def fetch():
            tup = self.new_list(vt)
            k = self.temp(INT)
            self.emit(Assign(k, Const(0, INT), self.line))
            head, body, done = self.new_block(), self.new_block(), self.new_block()
            self.goto(head)
            self.set_block(head)
            self.emit(Branch(self.prim("int_lt", [k, r], BOOL), body, done, self.line))
            self.set_block(body)
            i = self.prim("list_item", [state, self.prim("int_add_nocheck", [k, Const(1, INT)], INT)], INT)
            self.rt(list_fn(vt, "append"), [tup, self.prim("list_item", [pool, i], vt.elem)], None)
            self.emit(Assign(k, self.prim("int_add_nocheck", [k, Const(1, INT)], INT), self.line))
            self.goto(head)
            self.set_block(done)
            return tup
        return Cursor(init, more, fetch)

    def choice_cursor(self, node, t: IterT, kind: str) -> Cursor:
        fn = f"pyz_itertools_{kind}_next"
        if isinstance(t.elem, VarTupleT):
            return self.choice_run_time_cursor(node, t.elem, fn)
        elems = narrow(t.elem, TupleT).elems
        pool = self.pools(node.args[:1], elems)[0]
        r = len(elems)
        n = self.prim("container_len", [pool], INT)
        size = self.prim("int_add_nocheck", [n, Const(1 + r, INT)], INT)
        return self.index_cursor(node, t, [pool], [0] * r, size,
                                 lambda st: self.rt(fn, [st, n, Const(r, INT)], BOOL))

    def choice_run_time_cursor(self, node, vt: VarTupleT, fn: str) -> Cursor:
        """permutations/combinations whose r is computed when it runs (or is len(xs) of a pool known then)."""
        pool = self.collect(node.args[0], ListT(vt.elem))
        n = self.prim("container_len", [pool], INT)
        r_node = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords if kw.arg == "r"), None)
        r: Value
        if r_node is None or (isinstance(r_node, ast.Constant) and r_node.value is None):
            r = self.temp(INT)
            self.emit(Assign(r, n, self.line))
        else:
            r = self.run_time_r(r_node, "r must be non-negative")
        size = self.prim("int_add_nocheck", [self.prim("int_add_nocheck", [n, r], INT), Const(1, INT)], INT)
        return self.var_tuple_cursor(vt, pool, r, size, lambda st: self.rt(fn, [st, n, r], BOOL))

    def accumulate_cursor(self, node, t: IterT) -> Cursor:
        """accumulate() is gathered into a list first (it is finite: its argument is)."""
        lt = ListT(t.elem)
        self.mb.use_list(lt)
        out = self.temp(lt)
        self.emit(NewList(out, [], self.line))
        fn = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords if kw.arg == "func"), None)
        init = next((kw.value for kw in node.keywords if kw.arg == "initial"), None)
        acc = self.temp(t.elem)
        started = self.temp(BOOL)
        self.emit(Assign(started, Const(init is not None, BOOL), self.line))
        if init is not None:
            self.emit(Assign(acc, self.coerce_num(self.expr(init), t.elem), self.line))
            self.rt(list_fn(lt, "append"), [out, acc], None)

        def on_item(v: Value):
            if init is not None:  # every item folds in
                self.emit(Assign(acc, self.coerce_num(self.fold_step(fn, acc, v, node), t.elem), self.line))
                self.rt(list_fn(lt, "append"), [out, acc], None)
                return
            first, later, done = self.new_block(), self.new_block(), self.new_block()
            self.emit(Branch(started, later, first, self.line))
            self.set_block(first)
            self.emit(Assign(acc, self.coerce_num(v, t.elem), self.line))
            self.emit(Assign(started, Const(True, BOOL), self.line))
            self.goto(done)
            self.set_block(later)
            self.emit(Assign(acc, self.coerce_num(self.fold_step(fn, acc, v, node), t.elem), self.line))
            self.goto(done)
            self.set_block(done)
            self.rt(list_fn(lt, "append"), [out, acc], None)

        self.over_items(node.args[0], on_item)
        return self.list_cursor(out)

    def fold_step(self, fn, acc: Value, item: Value, node) -> Value:
        """fn(acc, item): the lambda's body with its parameters bound (inline); acc + item without fn."""
        if fn is None:
            # binop takes its result type from the node: a stand-in node of the accumulator's type
            add = ast.BinOp(left=node, op=ast.Add(), right=node)
            ast.copy_location(add, node)
            self.wanted[id(add)] = acc.type
            self.stand_ins = getattr(self, "stand_ins", []) + [add]  # keeps id(add) unique
            return self.binop(ast.Add(), acc, item, add)
        a, b = (self.var(p.arg) for p in fn.args.args)
        self.emit(Assign(a, self.coerce_num(acc, a.type), self.line))
        self.emit(Assign(b, self.coerce_num(item, b.type), self.line))
        return self.expr(fn.body)

    # ------------------------------------------------------------ re
    def re_sub_loop(self, state: Value, next_fn, add_fn, on_match) -> None:
        """re.sub() with a function: for each match the runtime finds (next_fn: a match, or None at the
        end), on_match(match) computes the replacement, which add_fn appends (primitives/re_ops.py)."""
        head, body, done = self.new_block(), self.new_block(), self.new_block()
        self.goto(head)
        self.set_block(head)
        m = self.call_primitive(next_fn, [state])
        self.emit(Branch(self.opt_is_none(m), done, body, self.line))
        self.set_block(body)
        piece = on_match(self.opt_value(m))
        self.call_primitive(add_fn, [state, piece])
        self.goto(head)
        self.set_block(done)

    # ------------------------------------------------------------ functools
    def reduce(self, node) -> Value:
        """functools.reduce(fn, seq[, initial]), fn inlined."""
        fn, seq = node.args[0], node.args[1]
        rt = self.type_of(node)
        acc = self.temp(rt)
        started = self.temp(BOOL)
        if len(node.args) == 3:
            self.emit(Assign(acc, self.coerce_num(self.expr(node.args[2]), rt), self.line))
            self.emit(Assign(started, Const(True, BOOL), self.line))
        else:  # acc is read only once an item came; zeroed so that no path reads it unwritten (ir/check.py)
            self.emit(Assign(acc, self.zero(rt), self.line))
            self.emit(Assign(started, Const(False, BOOL), self.line))

        def on_item(v: Value):
            if len(node.args) == 3:  # an initial value: every item folds in
                self.emit(Assign(acc, self.coerce_num(self.fold_step(fn, acc, v, node), rt), self.line))
                return
            first, later, done = self.new_block(), self.new_block(), self.new_block()
            self.emit(Branch(started, later, first, self.line))
            self.set_block(first)
            self.emit(Assign(acc, self.coerce_num(v, rt), self.line))
            self.emit(Assign(started, Const(True, BOOL), self.line))
            self.goto(done)
            self.set_block(later)
            self.emit(Assign(acc, self.coerce_num(self.fold_step(fn, acc, v, node), rt), self.line))
            self.goto(done)
            self.set_block(done)

        if self.inst.expr_types.get(id(seq)) != ListT(BOTTOM):  # a list never filled: the function never runs
            self.over_items(seq, on_item)
        if len(node.args) == 2:
            empty, ok = self.new_block(), self.new_block()
            self.emit(Branch(started, ok, empty, self.line))
            self.set_block(empty)
            self.emit(Raise("TypeError", "reduce() of empty iterable with no initial value", self.line))
            self.set_block(ok)
        return acc

    def struct_iter_cursor(self, node, t: IterT) -> Cursor:
        """struct.iter_unpack(fmt, buffer) where it is iterated: the buffer checked to hold whole items
        (CPython's struct.error when the call runs), then one tuple per `size` bytes, in order."""
        from ..primitives.struct_ops import ITER_CHECK, get_items, spec_of
        spec = spec_of(node)
        assert not isinstance(spec, str)  # the typing rule refused a bad format
        buf = self.temp(self.type_of(node.args[1]))
        off = self.temp(INT)

        def init():
            self.emit(Assign(buf, self.expr(node.args[1]), self.line))
            self.call_primitive(ITER_CHECK, [buf, Const(spec.size, INT)])
            self.emit(Assign(off, Const(0, INT), self.line))

        def more():
            return self.prim("int_lt", [off, self.prim("bytes_len", [buf], INT)], BOOL)

        def fetch():
            items = get_items(self, buf, off, spec)
            self.emit(Assign(off, self.prim("int_add_nocheck", [off, Const(spec.size, INT)], INT), self.line))
            return items
        return Cursor(init, more, fetch)

    def index_loop(self, count: Value, body) -> None:
        """for i in range(count): body(i), for the pairs (array.frombytes)."""
        i = self.temp(INT)

        def fetch():
            v = self.temp(INT)
            self.emit(Assign(v, i, self.line))
            self.emit(Assign(i, self.prim("int_add_nocheck", [i, Const(1, INT)], INT), self.line))
            return v
        self.run_cursor(Cursor(lambda: self.emit(Assign(i, Const(0, INT), self.line)),
                               lambda: self.prim("int_lt", [i, count], BOOL), fetch), body)


def defaultdict_head(kind: str) -> str:
    """How a defaultdict's repr begins: its factory's repr (None, or <class 'int'>)."""
    factory = kind.split(":")[1]
    return f"defaultdict({factory}, " if factory == "None" else f"defaultdict(<class '{factory}'>, "
