"""Lowering of generators: generator functions, `yield`, `yield from`, and iterating a generator.

A generator function's instance becomes two IR functions:
- the constructor, under the instance's own name, so that every call of it (a plain call, a method
  call, a call through a dispatcher) stays a `Call`: it allocates the generator's frame once
  (`GenNew`: the parameters stored, not started) and returns it, a `PyzGen *`;
- the resume function, `<name>@resume`, which takes the generator and returns whether it yielded
  an item.  Its body is the function's body as lowered anywhere else, with each `yield v` a `Yield`
  op.  Codegen makes it a state machine (codegen/generators.py): a switch on the frame's state at
  entry jumps to the op after the yield that stopped it, the registers live there saved into the
  frame at the yield and loaded back on resume.  A `return` or an exception leaving it marks the
  generator finished, so a later resume gives no item, as CPython's does.

Consumers see a generator as a cursor (`gen_cursor`): `more` calls the resume function, `fetch`
reads the item from the frame.  So a `for` over a generator costs one direct call per item and no
allocation per item; the C compiler inlines a resume function called once, and the state switch
becomes a jump.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..frontend.symbols import own_scope_nodes

from ..types.model import BOOL, BOTTOM, EXC, EXC_KIND, INT, NONE, ClassT, GenT, GenU, Type, concrete, gen_members, narrow
from .cursor import Cursor
from .ops import Assign, Branch, Call, Const, Function, GenFrame, GenGet, GenNew, GenResume, Prim, Propagate, Reg, Return, Value, Yield

if TYPE_CHECKING:  # the host's plumbing, as the type checker sees it (build_host.py)
    from .build_host import BuilderHost
else:
    BuilderHost = object

FRAME_PARAM = "gen@frame"  # the resume function's one parameter: "@" keeps it apart from every Python name


def yields_while_handling(body: list) -> bool:
    """Whether a generator's body may yield inside an except or finally body (its own, not a nested def's)."""
    for n in own_scope_nodes(body):
        if isinstance(n, ast.Try):
            handling = [st for h in n.handlers for st in h.body] + n.finalbody
            if any(isinstance(y, (ast.Yield, ast.YieldFrom)) for st in handling for y in own_scope_nodes([st])):
                return True
    return False


def resume_name(ctor: str) -> str:
    return ctor + "@resume"


def generator_frame(params: list[Reg], item: Type, ret: Type, lens: list[tuple[Reg, Reg]]) -> GenFrame:
    return GenFrame(params + [n for n, _ in lens], concrete(item), NONE if ret == BOTTOM else concrete(ret), lens)


def constructor(name: str, py_name: str, first_line: int, frame: GenFrame, gen_type: Type) -> Function:
    """The function a call of the generator function runs: a new generator holding the arguments
    (and the lens of the containers GenFrame.lens names, taken now)."""
    from .ops import Block
    given = frame.params[:len(frame.params) - len(frame.lens)]
    fn = Function(name, py_name, list(given), gen_type, adds_frame=False)
    fn.first_line = first_line
    fn.regs.extend(frame.params)
    dst = Reg("gen@new", gen_type)
    fn.regs.append(dst)
    ops: list = [Prim(n, "container_len", [c], first_line) for n, c in frame.lens]
    ops += [GenNew(dst, resume_name(name), list(frame.params), first_line), Return(dst, first_line)]
    fn.blocks.append(Block(0, ops))
    return fn


class GeneratorLowering(BuilderHost):
    def gen_resume(self, t: GenT) -> str:
        return resume_name(self.mb.instance_name(t.key))

    def gen_item_type(self, t: Type) -> Type:
        """The items' type of a generator (of one function or several: inference made them agree)."""
        for g in gen_members(t):
            it = concrete(self.mb.typed.instances[g.key].yield_type)
            if self.mb.typed.instances[g.key].yield_type != BOTTOM:
                return it
        return concrete(BOTTOM)

    def gen_step(self, gen: Value) -> Value:
        """Resume gen once: whether it yielded an item (exceptions it raises go on from here)."""
        more = self.temp(BOOL)
        if isinstance(gen.type, GenU):  # through the resume function its frame records
            self.emit(GenResume(more, gen, [self.gen_resume(g) for g in gen.type.gens], self.line))
        else:
            self.emit(Call(more, self.gen_resume(narrow(gen.type, GenT)), [gen], self.line))
        return more

    def gen_item(self, gen: Value) -> Value:
        item = self.temp(self.gen_item_type(gen.type))
        resume = "" if isinstance(gen.type, GenU) else self.gen_resume(narrow(gen.type, GenT))
        self.emit(GenGet(item, gen, resume, "item", self.line))
        return item

    def gen_cursor(self, gen: Value) -> Cursor:
        """Over a generator: from where it stands, advancing it (a for loop that breaks leaves it
        resumable, as CPython's)."""
        held = self.temp(gen.type)

        def init():
            self.emit(Assign(held, gen, self.line))

        return Cursor(init, lambda: self.gen_step(held), lambda: self.gen_item(held))

    def cursor_next(self, cursor: Cursor, rt: Type, dflt: Value | None) -> Value:
        """next(it[, default]) of an iterator walked by cursor (a generator, a file): its next item,
        else the default or StopIteration."""
        result = self.temp(rt)
        cursor.init()
        return self.item_or_default(result, cursor.more(), cursor.fetch, dflt)

    def yield_value(self, v: Value) -> None:
        frame = self.gen_frame
        assert frame is not None  # the front end refuses yield outside a function; every such function is a generator
        v = self.coerce_num(v, frame.item)
        if self.gen_outer is None:
            self.emit(Yield(v, self.line))
            return
        if not any(f.on_exit is not None for f in self.finallies):  # handling nothing here: the consumer's state
            self.emit(Yield(v, self.line))
            self.emit(Prim(self.gen_outer, "exc_handling_get", [], self.line))
            return
        # a generator that may yield inside an except or finally body: while it is stopped, its consumer
        # handles what it handled when it resumed the generator, as CPython swaps a generator's exception
        # state (so a consumer's exception gets no context from the generator's)
        mine = self.prim("exc_handling_get", [], EXC)
        self.emit(Prim(None, "exc_handling_set", [self.gen_outer], self.line))
        self.emit(Yield(v, self.line))
        self.emit(Prim(self.gen_outer, "exc_handling_get", [], self.line))
        self.emit(Prim(None, "exc_handling_set", [mine], self.line))

    def expr_Yield(self, node: ast.Yield) -> Value:
        v = Const(None, NONE) if node.value is None else self.expr(node.value)
        self.yield_value(v)
        return Const(None, NONE)  # what send() would give: pyzc's generators are only iterated

    def expr_YieldFrom(self, node: ast.YieldFrom) -> Value:
        """Each item of the iterable is yielded in turn; the value is a generator's return value."""
        inner = self.mb.typed.instances[self.inst.key].expr_types.get(id(node.value))
        if isinstance(inner, GenU):
            inner = None  # walked as any iterable; inference gave its value None (expr_YieldFrom)
        if isinstance(inner, GenT):
            gen = self.expr(node.value)
            held = self.temp(gen.type)
            self.emit(Assign(held, gen, self.line))
            cursor = self.gen_cursor(held)
        else:
            cursor = self.cursor(node.value)
        cursor.init()
        head, body, done = self.new_block(), self.new_block(), self.new_block()
        self.goto(head)
        self.set_block(head)
        self.emit(Branch(cursor.more(), body, done, self.line))
        self.set_block(body)
        self.yield_value(cursor.fetch())
        self.goto(head)
        self.set_block(done)
        if not isinstance(inner, GenT):
            return Const(None, NONE)
        rt = self.type_of(node)
        if rt == NONE:
            return Const(None, NONE)
        ret = self.temp(rt)
        self.emit(GenGet(ret, held, self.gen_resume(inner), "ret", self.line))
        return ret

    # ------------------------------------------------------------ the iterator protocol of classes
    def object_step(self, it: Value) -> tuple[Value, Value]:
        """it.__next__(): (whether it gave an item, the item); StopIteration raised by __next__ ends
        the iteration, any other exception goes on."""
        cls = narrow(it.type, ClassT)
        item_t = self.mb.typed.dunder_calls[(cls.name, "__next__", ())].return_type
        item = self.temp(concrete(item_t))
        ok = self.temp(BOOL)
        stop_h, stop, prop, after = self.new_block(), self.new_block(), self.new_block(), self.new_block()
        self.handlers.append(stop_h)
        call = self.new_block()
        self.goto(call)
        self.set_block(call)
        v = self.dunder(cls, "__next__", [it])
        assert v is not None  # inference recorded the call (items_of)
        self.emit(Assign(item, v, self.line))
        self.handlers.pop()
        self.emit(Assign(ok, Const(True, BOOL), self.line))
        self.goto(after)
        self.set_block(stop_h)
        kind = self.prim("exc_pending", [], INT)
        self.emit(Branch(self.rt("pyz_exc_matches", [kind, Const("StopIteration", EXC_KIND)], BOOL), stop, prop, self.line))
        self.set_block(stop)
        self.rt("pyz_exc_fetch", [], EXC)
        self.emit(Assign(ok, Const(False, BOOL), self.line))
        self.goto(after)
        self.set_block(prop)
        self.emit(Propagate(self.line))
        self.set_block(after)
        return ok, item

    def object_cursor(self, it: Value) -> Cursor:
        """Over an iterator object (a class with __next__), from where it stands."""
        held = self.temp(it.type)
        item: list[Value] = []

        def more():
            ok, value = self.object_step(held)
            item[:] = [value]
            return ok

        return Cursor(lambda: self.emit(Assign(held, it, self.line)), more, lambda: item[0])

    def iterated_object(self, obj: Value) -> Value:
        """iter(obj) of an object: what its class's __iter__ returns (inference recorded the call)."""
        it = self.dunder(narrow(obj.type, ClassT), "__iter__", [obj])
        assert it is not None
        return it
