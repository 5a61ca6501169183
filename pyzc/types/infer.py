"""Whole-program type inference.

In: the resolved `Program` (frontend/symbols.py).  Out: a `TypedProgram`:
for every function instance (a function together with the types of its
arguments, so a function called with different argument types is compiled
once per signature), the type of every expression and variable, and what
each call resolves to.

Method: abstract interpretation to a fixed point.  Literals, operators and
builtins seed the types; variables, return types and instance arguments
grow by `join` as assignments and calls are seen; the whole program is
walked again until a round changes nothing.  Types only grow, so a conflict
(one variable holding an int and a str) is final and is reported naming both
places.  Empty containers start as `list[<unknown>]` and take their element
type from later use (`append`, item assignment, `+=`).

An empty container is one object wherever it goes, so its type flows both ways
along every edge that passes it on, not only forward (`widen`):
- assignment: `b = a` then `b.append("x")` makes `a` a list[str] too
  (`flow_into`, from the target's type back to the value);
- calls: `check(grid=[])` where check appends tuples to grid.  The callee's
  parameter is refined by its body; the call then goes to the instance for the
  refined argument types (`call_instance`), so an instance's parameter types
  are always its parameters' types, and the argument takes that type
  (`flow_back`): a variable, a field, an item, or an empty display;
- returns: `xs = make(); xs.append("a")` where make returns []: the call goes
  to an instance of make for that result type (`widen_return`, `ResultT`), whose
  `return out` follows, so two callers may fill two results differently; a
  method's result is shared by its callers and grows instead;
- loops: `for row in grid: row.append(x)` makes grid's items what row holds;
- joins: the branches of `a if c else []`, `d or {}`, the items of `[[], xs]`,
  the operands of `path + [x]` and `xs == []` are one type.
An empty display (`[]`, `{}`, `set()`, `deque()`...) is a place of its own,
per instance (`places`), so `f([])` gives the literal the parameter's type.
What a refinement cannot reach (a method's result filled two ways, one list
filled with str by one function and float by another) is reported naming both
places (`check_flows`, `caller_notes`, or the conflict where it shows), never
left to the C compiler.  Mutable defaults (`def f(acc=[])`) are module
variables (frontend/mutable_defaults.py), so they take part like any global.
Operations on items of a container that is always empty (`[r[0] for r in
grid]`, grid never filled) have no type; lowering evaluates their operands
only (ir/build.py, operands_of_nothing).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from ..ast_walk import iter_child_nodes, walk
from ..diagnostics import CompileError, SourceFile, article
from ..frontend.symbols import MODULE_SEP, SETTER_SEP, FuncInfo, Program, assigned_names, own_scope_nodes, source_name
from ..frontend.check import EXCEPTION_CLASSES
from ..frontend.class_values import constructor_name
from ..frontend.modules import library_modules
from ..frontend.mutable_defaults import is_empty_display
from ..frontend.python_names import unknown_name_message
from .model import (refines, MATCH, PatternT, HASH, ArrayT, StructT, BOOL, BOTTOM, EXC, EXC_ARGS, FILE, FLOAT, INT, MUTABLE_CONTAINERS, NONE, NUM, NUMBERS, RANGE, STR, BYTES, BYTEARRAY, BINFILE, ClassT, OptT, DequeT, DictT, FuncT, GenT, GenU, gen_members, ITER, IterT, ListT, Prim,
                    SeqIterT, SetT, TupleT, Type, TypeConflict, VarTupleT, ViewT, same_kind, widens_items, wider_items, join_place, comparable_numbers, ordered_apart, ordered_by_items, concrete, is_hashable, is_orderable,
                    join, join_item, join_items, key_join, tuple_key, known_length_of, any_length_among, walk_types, is_transient, unprintable)
from .none_uses import none_use_error, python_type_name
from .static_isinstance import static_isinstance, static_len_test
from .operators import OP_SYMBOLS, UNARY_DUNDERS
from .typed_program import ArgumentsNotKnownYet, CallInfo, Instance, ResultT, TypedProgram, bind_call, kwargs_check_of
from .split_vars import SplitVariable, split_point, split_variable
from .exit_codes import exit_code_type, refusal as exit_code_refusal
from .oserror_args import refusal as oserror_refusal
from .nonneg_names import nonnegative, nonnegative_names
from ..frontend.builtin_subclasses import builtin_base
from .narrowing import ITEM_PREFIX, NONE_PREFIX, UserCode, ends_items, with_none_keys
from .exports import choose as choose_exports, module_name, seeds as export_seeds
from .objects import ObjectRules
from .inplace import InPlaceRules
from .functions import BOUND_DEFAULTS, VALUE_BUILTINS, FunctionValueRules
from .namedtuples import NamedTupleRules
from .type_of_rules import TypeOfRules
from .files import file_attr, is_os_path
from .infer_format import FormatRules
from .primitive_call import method_type, module_functions
from ..primitives import BUILTINS, MODULES, REGISTRY, receiver_kind
from ..primitives.array_ops import ATTRIBUTES as ARRAY_ATTRIBUTES, check_value as check_array_value
from ..primitives.hashlib_ops import ATTRIBUTES as HASH_ATTRIBUTES
from ..primitives.re_ops import FLAGS as RE_FLAGS, MATCH_ATTRIBUTES as RE_MATCH_ATTRIBUTES, PATTERN_ATTRIBUTES as RE_PATTERN_ATTRIBUTES
from ..primitives.re_groups import GroupFacts
from ..primitives.struct_ops import ATTRIBUTES as STRUCT_ATTRIBUTES



MAX_ROUNDS = 200


MATH_CONSTS = {"pi", "e", "tau", "inf", "nan"}
# an OSError's attributes: their types, and the runtime function reading each from the message (None where
# it has none: an exception the program raised itself, and, unlike CPython's AttributeError, any other class)
OSERROR_ATTRIBUTES = {"errno": (OptT(INT), "pyz_exc_errno"), "strerror": (OptT(STR), "pyz_exc_strerror"),
                      "filename": (OptT(STR), "pyz_exc_filename"), "filename2": (OptT(STR), "pyz_exc_filename2")}
LIBRARY_MODULES = frozenset(library_modules())  # pyzc/pylib: random, statistics, ...

def stores_item(parent: ast.AST, n: ast.AST) -> bool:
    """Whether parent stores n, one of its children, as an item of a container: an item of a display
    or a comprehension, an argument of a container's method that adds it, a value stored by index."""
    if isinstance(parent, (ast.List, ast.Tuple, ast.Set, ast.Dict)):
        return True
    if isinstance(parent, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
        return n is parent.elt
    if isinstance(parent, ast.DictComp):
        return n is parent.key or n is parent.value
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Attribute):
        return parent.func.attr in ("append", "add", "insert", "appendleft", "setdefault") and n in parent.args
    return isinstance(parent, ast.Assign) and n is parent.value and any(isinstance(t, ast.Subscript) for t in parent.targets)


class Inferencer(ObjectRules, FormatRules, InPlaceRules, FunctionValueRules, NamedTupleRules, TypeOfRules):
    def __init__(self, program: Program, exports: bool = False):
        # per statement (by id; the node kept, so that an id is not reused): the names it stores to, and
        # whether it holds an assignment expression.  block() and stmt_If ask for them in every round, and
        # an if's body again for each enclosing if; nothing changes the tree while this Inferencer runs
        self.stored_of: dict[int, tuple[ast.AST, frozenset[str]]] = {}
        self.walrus_in: dict[int, tuple[ast.AST, bool]] = {}
        # per scope (by id of its FuncInfo's node, kept): the variables that only hold ints >= 0 (nonneg_names.py)
        self.nonneg_of: dict[int, tuple[ast.AST, frozenset[str]]] = {}
        self.program = program
        self.exports = exports  # hybrid mode: the top-level functions are called from CPython (types/exports.py)
        self.source = program.source
        self.instances: dict[tuple, Instance] = {}
        self.order: list[tuple] = []
        self.global_types: dict[str, Type] = {}
        self.global_origin: dict[str, ast.AST] = {}
        self.changed = False
        self.inst: Instance = None  # type: ignore[assignment]  # set by run() before any rule reads it
        self.fields: dict[tuple, Type] = {}
        self.field_origin: dict[tuple, ast.AST] = {}
        self.dunder_calls: dict[tuple, CallInfo] = {}
        self.closure_envs: dict[str, list[Type]] = {}
        self.builtin_bound: dict[tuple, str] = {}  # (receiver type, method) -> its bound function (types/functions.py)  # a closure function -> the types of what it captures (types/functions.py)
        self.none_receivers: dict[int, tuple] = {}
        self.unknown_fields: dict[int, tuple] = {}  # obj.x read before any store gave the class x (objects.py)
        self.none_compares: dict[int, tuple] = {}  # `x < y` with x or y None so far (final_check)
        self.none_reads: dict[int, tuple] = {}  # a name read as a value while it is None, and its user (final_check)
        self.none_values_used: dict[int, tuple] = {}  # a value used while it is None: its error (none_used)
        self.finished = False  # the fixed point was reached once: what has no type yet never will (run)
        # a rule met a value that has no type yet and may never have one (sum() over items of no type, a
        # call through a function value one of whose targets has not returned): run needs its last round
        self.last_round_wanted = False
        self.callers: dict[tuple, tuple] = {}  # instance key -> (a calling instance's key, the argument expressions) that made it
        self.result_hints: dict[tuple, Type] = {}  # (instance key, id of a call) -> the type the caller's use gives the result
        self.return_fills: dict[tuple, tuple] = {}  # instance key -> (the call whose use first widened its return type, that type)
        self.places: dict[tuple, Type] = {}  # (instance key, id of an empty display) -> the type its uses give it
        self.flows: dict[tuple, tuple] = {}  # (instance key, id of a value) -> (key, value, target node, target type)
        self.errors: list[CompileError] = []  # names nothing defines (unknown_name), refused statements: reported together
        self.refused: set[int] = set()  # ids of the statements refused so far (statement_refused)
        self.refused_names: set[str] = set()  # the names those statements store to
        self.keep_none: set[int] = set()  # expressions whose value is used as it is when it may be None (expr_keep)
        self.not_none: frozenset[str] = frozenset()
        self.exit_codes: frozenset[Type] = frozenset()  # the types of every SystemExit's code (types/exit_codes.py)
        self.exit_code_reads: dict[int, tuple] = {}  # e.code reads: (instance key, node)
        self.user_code = UserCode(program)  # what may store to a narrowed item (types/narrowing.py)
        self.runs_never = False  # typing the body of a loop over a container with no items yet  # locals a test has shown not to be None here (narrowing)
        self.expr_stack: list = []  # the expressions being inferred, innermost last (what uses a value: unwraps)
        self.stmt_now: ast.AST | None = None  # the statement being inferred

    # ------------------------------------------------------------ driver
    def run(self) -> TypedProgram:
        try:
            typed = self.fixed_point()
        except CompileError as e:  # a problem that ends inference, with the names met before it
            raise CompileError.of(self.errors + [e])
        except Exception:
            if not self.errors:
                raise
            # something left without a type by an unknown name tripped a later rule: the names say it
            raise CompileError.of(self.errors)
        if self.errors:
            raise CompileError.of(self.errors)
        return typed

    def fixed_point(self) -> TypedProgram:
        module_key = self.instance(self.program.module, ()).key
        if self.exports:  # CPython calls the annotated functions with their annotated types
            for func, types in export_seeds(self.program, self.annotation_type):
                self.instance(func, types)
        self.add_exception_fields()
        for _ in range(MAX_ROUNDS):
            self.changed = False
            self.instantiate_printers()  # of the classes constructed so far
            for key in list(self.order):
                self.infer_instance(self.instances[key])
            self.inst = self.instances[module_key]
            self.close_container_ops()
            if not self.changed:
                if self.finished or not self.last_round_wanted:
                    break
                # At the fixed point a container with no element type never holds anything, so
                # sum() over it is the int 0, and a function that has not returned never returns:
                # from here a value of no type is never made at run time.
                self.finished = True
        else:
            if self.errors:  # refused statements left types unknown: what they say comes first
                raise CompileError.of(self.errors)
            raise self.source.error(self.program.module.node, "type inference did not converge (a type that grows without end, such as x = [x] in a loop?)")
        if self.errors:  # the final checks would only find what the unknown names left without a type
            raise CompileError.of(self.errors)
        for inst in self.instances.values():  # a dunder that only raises: the type its callers take from it
            if inst.return_type == BOTTOM and inst.func.owner is not None and inst.func.py_name in DUNDER_RESULTS:
                inst.return_type = DUNDER_RESULTS[inst.func.py_name]
        self.final_check()
        self.check_printers()
        typed = TypedProgram(self.program, self.instances, self.global_types, module_key, self.fields, self.dunder_calls,
                             self.closure_envs)
        if self.exports:
            typed.exports, typed.not_exported = choose_exports(self.program, self.instances, self.annotation_type)
            typed.main_name = module_name(self.program)
        return typed

    def instance(self, func: FuncInfo, argtypes: tuple) -> Instance:
        key = (func.name, argtypes)
        inst = self.instances.get(key)
        if inst is None:
            inst = Instance(func, argtypes)
            for p, t in zip(func.params, argtypes):
                inst.var_types[p] = t
                inst.var_origin[p] = func.node
            if len(argtypes) > len(func.params) and isinstance(argtypes[-1], ResultT):
                inst.return_type = argtypes[-1].result  # an instance for callers that fill its result so
                inst.return_origin = func.node
            self.instances[key] = inst
            self.order.append(key)
            self.changed = True
        return inst

    def infer_instance(self, inst: Instance):
        prev = self.inst
        self.inst = inst
        old_types = dict(inst.expr_types)
        inst.expr_types = {}
        inst.unwraps = {}
        inst.none_raises = {}
        inst.setters = {}
        inst.cut_after = set()
        saved_not_none, self.not_none = self.not_none, frozenset()
        self.check_param_annotations(inst)
        self.block(inst.func.body)
        self.not_none = saved_not_none
        if inst.func.is_generator:
            if self.falls_through(inst.func.body):
                self.gen_result(NONE, inst.func.node)
            gen = GenT(inst.func.name, inst.argtypes)
            if inst.return_type != gen:
                inst.return_type = gen
                inst.return_origin = inst.func.node
                self.changed = True
        elif not inst.func.is_module and self.falls_through(inst.func.body):
            self.add_return(NONE, inst.func.node)
        if inst.expr_types != old_types:
            self.changed = True
        self.inst = prev

    def none_receiver(self, value, node, attr: str) -> Type:
        """`x.attr` where x is None so far: x may still become an object (`prev = None` ... `prev = node`);
        if it does not, final_check reports it."""
        self.none_receivers[id(node)] = (self.inst.key, value, node, attr)
        return BOTTOM

    def reachable(self, roots) -> set:
        """Instance keys the program can call, from roots (instances made in early rounds with
        since-widened argument types are left behind, unreachable)."""
        seen: set = set()
        stack = list(roots) + [info.key for info in self.dunder_calls.values() if info.key] + \
            [k for info in self.dunder_calls.values() for _, k in info.targets]
        while stack:
            key = stack.pop()
            if key in seen or key not in self.instances:
                continue
            seen.add(key)
            for info in self.instances[key].calls.values():
                if info.key is not None:
                    stack.append(info.key)
                stack.extend(k for _, k in info.targets)
        return seen

    def final_check(self):
        live = self.reachable([self.instance(self.program.module, ()).key] + self.printer_keys())
        self.check_unknown_fields(live)
        for key, node in self.exit_code_reads.values():
            if key in live and exit_code_type(self.exit_codes) is None:
                raise self.source.error(node, exit_code_refusal(self.exit_codes))
        for key, node, user in self.none_reads.values():
            if key in live and self.lookup_in(self.instances[key], node) == NONE:
                inst = self.instances[key]
                if none_use_error(node, user, lambda n: inst.expr_types.get(id(n))) is not None:
                    inst.none_raises[id(node)] = (user, NONE)  # CPython's error where it runs (ir/build.py expr)
                    continue
                raise self.source.error(node, f"'{node.id}' is always None here (nothing gives it another value), and this use needs a value")
        for key, node, message in self.none_values_used.values():
            inst = self.instances[key] if key in live else None
            if inst is not None and (self.lookup_in(inst, node) if isinstance(node, ast.Name) else inst.expr_types.get(id(node))) == NONE:
                raise self.source.error(node, message)
        for key, left, right, op in self.none_compares.values():
            types = self.instances[key].expr_types if key in live else {}
            lt, rt = types.get(id(left)), types.get(id(right))
            if NONE in (lt, rt):
                names = ["NoneType" if t == NONE else str(t) for t in (lt, rt)]
                raise self.source.error(left, f"'{OP_SYMBOLS[type(op)]}' not supported between instances of '{names[0]}' and '{names[1]}'")
        for key, value, node, attr in self.none_receivers.values():
            if key in live and self.instances[key].expr_types.get(id(value)) == NONE:
                raise self.source.error(node, f"'NoneType' object has no attribute '{attr}'")
        for (owner, attr), t in self.fields.items():
            if t == BOTTOM:
                raise self.source.error(self.field_origin.get((owner, attr), self.program.classes[owner].node),
                                        f"cannot infer a type for field '{owner}.{attr}'")
        self.check_flows(live)
        self.check_escaping_functions(live)  # types/functions.py
        self.check_exc_args_stored(live)
        for key in live:
            inst = self.instances[key]
            for name, t in inst.var_types.items():
                if t == BOTTOM:
                    node = inst.var_origin.get(name)
                    raise self.source.error(node, f"cannot infer a type for '{name.split('@')[0]}'")

    def check_exc_args_stored(self, live: set):
        """`e.args` is a view of the caught exception (EXC_ARGS: printed, indexed, measured where it is
        read), not a tuple C can keep in a container: `[e.args]`, `(e.args, n)`, `{k: e.args}` are refused
        at the first such expression, rather than failing when the container's C code is made."""
        containers = (ListT, TupleT, VarTupleT, DictT, SetT, DequeT)
        # the walk below finds something only where an expression's type holds e.args: rare, and the walk
        # (every node of every live instance, the module's instance walking all the functions too) is not
        if not any(isinstance(t, containers) and any(p == EXC_ARGS for p in walk_types(t))
                   for key in live for t in self.instances[key].expr_types.values()):
            return
        found: list[ast.expr] = []
        stored: list[ast.expr] = []
        for key in live:
            inst = self.instances[key]
            for parent in walk(inst.func.node):
                t = inst.expr_types.get(id(parent))
                holds = isinstance(t, containers) and any(p == EXC_ARGS for p in walk_types(t))
                if holds and isinstance(parent, ast.expr):
                    found.append(parent)
                for n in iter_child_nodes(parent):
                    # (a display or comprehension only when it is made: not `a, b = e.args, 1`)
                    if isinstance(n, ast.expr) and inst.expr_types.get(id(n)) == EXC_ARGS and stores_item(parent, n) \
                            and (holds or isinstance(parent, (ast.Call, ast.Assign))):
                        stored.append(n)
        if found:
            # where e.args goes into the container (`xs.append(e.args)`), else the first container holding it
            n = min(stored or found, key=lambda n: (n.lineno, isinstance(n, ast.Name), n.col_offset))
            raise self.source.error(n, "an exception's args (e.args) inside a list, tuple, dict or set is not supported yet; "
                                       "keep the exception itself, or read e.args where it is used (print, index, len)")

    def check_flows(self, live: set):
        """Where an empty container flows (an assignment, an argument, a return) and widening could not
        reach it, the two ends would have different C types: report both places, never emit that C.
        Displays are exempt: lowering builds them with the type where they go."""
        for key, value, target, want in self.flows.values():
            if key not in live:
                continue
            vt = self.instances[key].expr_types.get(id(value))
            if isinstance(vt, TupleT) and isinstance(want, VarTupleT):
                continue  # a tuple of known length is stored as one of any length (lowering converts it)
            if vt is not None and widens_items(want, vt):
                raise self.source.error(value, f"this {vt} is used where its items may be {want.value if isinstance(want, DictT) else want.elem} "
                                        "too, but it was made elsewhere and pyzc cannot change a container's item type after it is made; "
                                        "make it with such items (e.g. [None, 0] or [0, 0.5]) or copy it (list(...))",
                                        [(self.source.location(target), f"this is where a {want} is used")])
            if vt is None or not vt.has_bottom() or concrete(vt) == concrete(want):
                continue
            if type(vt) is type(want) and (is_empty_display(value) or isinstance(value, LOWERED_WITH_WANT)):
                continue
            what = {ListT: "list", DictT: "dict", SetT: "set", DequeT: "deque", TupleT: "tuple"}.get(type(vt), "value")
            raise self.source.error(value, f"cannot give this {what} one type: it is {concrete(vt)} here (nothing here says what it holds) but it goes where a {want} is used; give it its items' type where it is made (e.g. start it with an item, or fill it before this line)",
                                    [(self.source.location(target), f"this is where a {want} is used")])

    # ------------------------------------------------------------ helpers
    def set_type(self, node, t: Type) -> Type:
        self.inst.expr_types[id(node)] = t
        return t

    def is_local(self, name: str) -> bool:
        f = self.inst.func
        if "@" in name:
            return True
        if f.is_module:
            return False
        return name in f.locals

    def nonneg_names_of(self, f: FuncInfo) -> frozenset[str]:
        key = id(f.node)
        if key not in self.nonneg_of:
            if f.is_module:  # module globals: a function that declares one global may store anything in it
                excluded = {n for g in self.program.all_functions() for n in g.declared_global}
            else:
                excluded = set(f.params) | set(f.captures) | f.declared_global
            shadowed = "range" in self.program.globals or "range" in self.program.functions
            self.nonneg_of[key] = (f.node, nonnegative_names(f.body, excluded, shadowed))
        return self.nonneg_of[key][1]

    def nonnegative_exponent(self, node: ast.expr) -> bool:
        """An exponent known not to be negative: constants, len(), variables that only hold such values
        (types/nonneg_names.py), and + * // % ** of those."""
        names = {n.id for n in walk(node) if isinstance(n, ast.Name)}
        if not names:
            return nonnegative(node, names)
        f = self.inst.func
        local = self.nonneg_names_of(f)
        module = self.nonneg_names_of(self.program.module)
        ok = {n for n in names if (n in local if self.is_local(n) else n in self.program.globals and n in module)}
        return nonnegative(node, ok)

    def lookup(self, node: ast.Name) -> Type:
        name = node.id
        if self.is_local(name):
            if name not in self.inst.var_types:
                return BOTTOM
            return self.inst.var_types[name]
        if name in self.program.globals:
            return self.global_types.get(name, BOTTOM)
        if name == "__name__":
            return STR
        if name in self.program.functions:
            return self.function_value(node, name)
        if name in self.program.classes:
            if constructor_name(name) in self.program.functions:  # its constructor (frontend/class_values.py)
                return self.function_value(node, constructor_name(name))
            raise self.source.error(node, f"using class '{name}' as a value is not supported yet")
        if name in VALUE_BUILTINS:
            return self.builtin_value(node, name)  # types/functions.py
        if name in BUILTIN_NAMES:
            raise self.source.error(node, f"using the builtin '{name}' as a value is not supported yet")
        if name in self.program.imports:
            raise self.source.error(node, f"using module '{name}' as a value is not supported")
        return self.unknown_name(node, name)

    def none_used(self, node, message: str) -> Type:
        """node, None in this round, used where a value is needed: an item of `[None] * n` may still be
        given its type by a later round, so CPython's error (message) is raised only if it stays None
        (final_check); meanwhile the use has no type."""
        self.none_values_used[id(node)] = (self.inst.key, node, message)
        return BOTTOM

    def lookup_in(self, inst: Instance, node: ast.Name) -> Type:
        """The type of the variable node names, in inst (final_check)."""
        prev = self.inst
        self.inst = inst
        try:
            return self.lookup(node)
        finally:
            self.inst = prev

    def unknown_name(self, node, name: str) -> Type:
        """A name nothing defines: recorded, and inference goes on with no type for it (BOTTOM, as
        for a place not known yet), so that one run reports every such name; run() raises them."""
        self.errors.append(self.source.error(node, unknown_name_message(name)))
        return BOTTOM

    def assign_var(self, name: str, t: Type, node) -> None:
        if t == BOTTOM:
            return
        if self.is_local(name):
            types, origin = self.inst.var_types, self.inst.var_origin
        else:
            types, origin = self.global_types, self.global_origin
        old = types.get(name, BOTTOM)
        try:
            new = join_place(old, t)
        except TypeConflict:
            if types is self.inst.var_types or self.inst.func.is_module:
                web = split_point(self.program, self.inst.func, self.stmt_now, name)
                if web is not None:  # a value of another type that no read mixes with the old: another variable (split_vars.py)
                    raise SplitVariable(self.inst.func, web, name)
            first = origin.get(name)
            notes = []
            if first is not None:
                notes.append((self.source.location(first), f"'{name.split('@')[0]}' was given type {old} here"))
            raise self.source.error(node, f"variable '{source_name(name)}' is {old} but is assigned a {t} here; a variable must keep one type", notes)
        if new != old:
            types[name] = new
            if old == BOTTOM or name not in origin:
                origin[name] = node
            self.changed = True

    def add_return(self, t: Type, node):
        inst = self.inst
        try:
            new = join_place(inst.return_type, t)
        except TypeConflict:
            notes = []
            if inst.return_origin is not None:
                notes.append((self.source.location(inst.return_origin), f"it returns {inst.return_type} here"))
            raise self.source.error(node, f"function '{inst.func.name}' returns {t} here but {inst.return_type} elsewhere; a function must return one type", notes)
        if new != inst.return_type:
            if inst.return_type == BOTTOM:
                inst.return_origin = node
            inst.return_type = new
            self.changed = True

    def gen_result(self, t: Type, node):
        """A generator's `return value` (or its end): what `yield from` it gives."""
        inst = self.inst
        try:
            new = join_place(inst.gen_return, t)
        except TypeConflict:
            raise self.source.error(node, f"generator '{inst.func.py_name}' returns {t} here but {inst.gen_return} elsewhere; a generator must return one type")
        if new != inst.gen_return:
            inst.gen_return = new
            self.changed = True

    def generator_instance(self, t: GenT) -> Instance:
        return self.instances[t.key]

    def generator_items(self, t: Type, node) -> Type:
        """The items' type of a generator of one function or several (which must agree)."""
        out: Type = BOTTOM
        for g in gen_members(t):
            it = self.generator_instance(g).yield_type
            try:
                out = join_items(out, it)
            except TypeConflict:
                raise self.source.error(node, f"this is a {t}, whose items would be {out} and {it}; generators held in one place must yield one type")
        return out

    def iterator_of(self, t: ClassT, node) -> Type:
        """iter(obj): what the class's __iter__ returns (CPython's TypeError, at compile time, without one)."""
        it = self.dunder(t, "__iter__", ())
        if it is None:
            raise self.source.error(node, f"'{t}' object is not iterable")
        if isinstance(it, ClassT) and not self.has_method(it.name, "__next__"):
            raise self.source.error(node, f"iter() returned non-iterator of type '{it}'")
        return it

    def object_items(self, t: ClassT, node) -> Type:
        """The items of `for x in obj`: of what __iter__ returns, an iterator object's are its __next__'s."""
        it = self.iterator_of(t, node)
        if isinstance(it, ClassT):
            item = self.dunder(it, "__next__", ())
            return BOTTOM if item is None else item
        return BOTTOM if it == BOTTOM else self.items_of(it, node)

    def generator_close(self, node: ast.Call, t: GenT) -> Type:
        """g.close(): exact when no yield of the generator stands inside a try statement (nothing then
        runs at a GeneratorExit thrown there): the generator is finished.  Otherwise refused."""
        self.nargs(node, "close", 0, 0)
        self.no_keywords(node, "close")
        func = self.generator_instance(t).func
        for n in own_scope_nodes(func.body):
            if isinstance(n, ast.Try) and any(isinstance(y, (ast.Yield, ast.YieldFrom)) for y in walk(n)):
                raise self.source.error(node, f"generator.close() of '{func.py_name}', which may stop inside a try statement "
                                        "(its except or finally would run), is not supported yet")
        return NONE

    def add_yield(self, t: Type, node):
        """t joins the item type of the generator being inferred."""
        inst = self.inst
        if t == BOTTOM:
            return
        try:
            new = join_place(inst.yield_type, t)
        except TypeConflict:
            notes = [(self.source.location(inst.yield_origin), f"it yields {inst.yield_type} here")] if inst.yield_origin else []
            raise self.source.error(node, f"generator '{inst.func.py_name}' yields {t} here but {inst.yield_type} elsewhere; "
                                    "a generator must yield one type", notes)
        if new != inst.yield_type:
            if inst.yield_type == BOTTOM:
                inst.yield_origin = node
            inst.yield_type = new
            self.changed = True

    def expr_Yield(self, node: ast.Yield):
        """`yield v`: v joins the generator's item type; its value is None (send() is not supported)."""
        t = NONE if node.value is None else self.expr_keep(node.value)
        if is_transient(t) or isinstance(t, SeqIterT):
            raise self.source.error(node.value, f"yielding {t} objects is not supported yet; yield list(...)")
        self.add_yield(t, node)
        return NONE

    def expr_YieldFrom(self, node: ast.YieldFrom):
        """`yield from it`: each item of it is yielded; the value is the generator's return value (None
        for another iterable)."""
        self.add_yield(self.iter_elem(node.value), node)
        inner = self.inst.expr_types.get(id(node.value))
        if isinstance(inner, GenT):
            return self.generator_instance(inner).gen_return
        return BOTTOM if inner == BOTTOM else NONE

    def refine(self, container, elem: Type):
        """Widen the list `container` (a variable, or an item of one) to hold elem items too."""
        self.widen(container, ListT(elem))

    def widen(self, node, t: Type) -> None:
        """Make what `node` denotes hold type t too: how an empty container takes its type from later
        use.  A place is a variable, a field, an item of a list, dict or tuple, d.setdefault(k, ...),
        an empty display (`[]`, `{}`, `set()`: see `places`), the result of a user call (its
        function's return type), or an expression made of those (`[] if c else xs`, `path + []`,
        `[[], []]`, `xs[1:]`)."""
        if t == BOTTOM:
            return
        if isinstance(node, (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp, ast.SetComp)) \
                and widens_items(t, self.inst.expr_types.get(id(node), BOTTOM)):
            self.widen_place(node, t)  # made here: made with the wider items (`[0.0] * n` given ints)
        if isinstance(node, ast.Name):
            self.assign_var(node.id, t, node)
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
            self.widen(node.value, t)
        elif isinstance(node, ast.Subscript):
            ct = self.inst.expr_types.get(id(node.value))
            if isinstance(ct, DictT):
                kt = self.inst.expr_types.get(id(node.slice), BOTTOM)
                self.widen(node.value, DictT(kt, t, ct.kind))
            elif isinstance(ct, DequeT):
                self.widen(node.value, DequeT(t))
            elif isinstance(ct, TupleT):
                i = constant_int(node.slice)
                if i is not None and -len(ct.elems) <= i < len(ct.elems):
                    elems = list(ct.elems)
                    elems[i] = t
                    self.widen(node.value, TupleT(tuple(elems)))
            else:
                self.widen(node.value, same_kind(ct, t) if isinstance(ct, ListT) else ListT(t))
        elif isinstance(node, ast.Attribute) and (glob := self.class_attribute_global(node)) is not None:
            # `C.seen.append(x)`, `self.seen.append(x)` with seen a class attribute: a module variable
            self.assign_var(glob, t, node)
        elif isinstance(node, ast.Attribute):
            ot = self.inst.expr_types.get(id(node.value))
            owner = self.field_owner(ot.name, node.attr) if isinstance(ot, ClassT) else None
            # a field read with no type yet is not an empty container: the assignments still to be typed give it one
            if owner is not None and self.inst.expr_types.get(id(node), BOTTOM) != BOTTOM:
                self.assign_field(owner, node.attr, t, node)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("setdefault", "get"):
            ct = self.inst.expr_types.get(id(node.func.value))
            if isinstance(ct, DictT) and node.args:
                kt = self.inst.expr_types.get(id(node.args[0]), BOTTOM)
                self.widen(node.func.value, DictT(kt, t, ct.kind))
        elif isinstance(node, ast.Call):
            info = self.inst.calls.get(id(node))
            if info is not None and info.kind in ("user", "virtual"):
                self.widen_return(info, t, node)
            elif info is not None and info.kind == "namedtuple" and isinstance(t, TupleT) and len(t.elems) == len(info.args):
                for a, et in zip(info.args, t.elems):  # `Job("a", [])` among `Job("b", ["x"])`: its fields' items
                    self.widen(a, et)
            elif info is not None and info.kind == "method" and info.name == "copy" and isinstance(node.func, ast.Attribute):
                self.widen(node.func.value, t)
            elif info is not None and info.kind == "method" and info.name == "pop" and isinstance(node.func, ast.Attribute):
                rt = self.inst.expr_types.get(id(node.func.value))
                if isinstance(rt, ListT):  # `row = rows.pop()`
                    self.widen(node.func.value, ListT(t))
            elif info is not None and info.kind == "builtin" and info.name in ("list", "sorted", "set") and len(node.args) == 1 \
                    and isinstance(t, (ListT, SetT)):
                self.widen_iterable(node.args[0], t.elem)  # `ys = list(xs)`: xs's items are ys's
            elif is_empty_display(node) or (info is not None and info.kind == "collections" and isinstance(t, (DictT, DequeT))):
                self.widen_place(node, t)  # [], list(), deque(), defaultdict(list), Counter()
                at = self.inst.expr_types.get(id(node.args[0])) if node.args and isinstance(t, DictT) else None
                if isinstance(at, DictT) and isinstance(t, DictT) and t.kind == "Counter":  # Counter(mapping): the mapping's keys are its keys
                    self.widen(node.args[0], DictT(t.key, at.value, at.kind))
        elif isinstance(node, (ast.List, ast.Set, ast.Dict)) and is_empty_display(node):
            self.widen_place(node, t)
        elif isinstance(node, (ast.ListComp, ast.SetComp)) and isinstance(t, (ListT, SetT)):
            # its items: made here with the wider type in turn, or else they exist already (`[r for r in
            # rows]`, rows a list[list[int]], where a list[list[int | float]] is used): refused by name
            et = self.inst.expr_types.get(id(node.elt))
            if isinstance(node.elt, LOWERED_WITH_WANT):
                self.widen(node.elt, t.elem)
            elif et is not None and et != t.elem and widens_items(t.elem, et):
                raise self.source.error(node.elt, f"these items are {et}, used where they may be {t.elem} "
                                        "too, but they were made elsewhere and pyzc cannot change a container's item type after it is "
                                        "made; make them here item by item (`[[x for x in r] for r in rows]`)")
        elif isinstance(node, (ast.List, ast.Set)) and isinstance(t, (ListT, SetT)):
            for e in node.elts:
                self.widen(e, t.elem)
        elif isinstance(node, ast.Dict) and isinstance(t, DictT):
            for v in node.values:
                self.widen(v, t.value)
        elif isinstance(node, ast.Tuple) and not node.elts and isinstance(t, VarTupleT):
            self.widen_place(node, t)  # `()`
        elif isinstance(node, ast.Tuple) and isinstance(t, TupleT) and len(t.elems) == len(node.elts):
            for e, et in zip(node.elts, t.elems):
                self.widen(e, et)
        elif isinstance(node, (ast.ListComp, ast.SetComp)) and isinstance(t, (ListT, SetT)):
            self.widen(node.elt, t.elem)
        elif isinstance(node, ast.DictComp) and isinstance(t, DictT):
            self.widen(node.value, t.value)
        elif isinstance(node, ast.IfExp):
            self.widen(node.body, t)
            self.widen(node.orelse, t)
        elif isinstance(node, ast.BoolOp):  # `d or {}`
            for v in node.values:
                self.widen(v, t)
        elif isinstance(node, ast.BinOp) and isinstance(t, (ListT, SetT, DictT)):
            for side in (node.left, node.right):  # path + [], [[]] * n, a | b
                if type(self.inst.expr_types.get(id(side))) is type(t):
                    self.widen(side, t)

    def caller_notes(self, container) -> list:
        """A conflict on a parameter's container (`xs.append(1.5)` where xs is a list[str]): where the
        argument that gave the parameter its type comes from, so the diagnostic names both places."""
        if not isinstance(container, ast.Name):
            return []
        arg = self.caller_arg(container.id)
        if arg is None:
            return []
        t = self.inst.var_types.get(container.id)
        return [(self.source.location(arg), f"{self.inst.func.py_name}() is called here with '{container.id}' a {t}")]

    def caller_arg(self, param: str) -> ast.expr | None:
        """The argument expression that gave the current instance's parameter its type, at the first
        call that made the instance (None when no call is known: a call through a value...)."""
        func = self.inst.func
        if param not in func.params or self.inst.key not in self.callers:
            return None
        _, args = self.callers[self.inst.key]
        i = func.params.index(param) - (len(func.params) - len(args))
        return args[i] if 0 <= i < len(args) and isinstance(args[i], ast.expr) else None

    def widen_place(self, node, t: Type):
        """An empty display takes the type that where it goes gives it (`check(grid=[])` where check
        appends tuples to grid): recorded per instance and joined into the display's type (expr)."""
        key = (self.inst.key, id(node))
        old = self.places.get(key, BOTTOM)
        try:
            new = join_place(old, t)
        except TypeConflict:
            raise self.source.error(node, f"this empty container is used as a {old} and as a {t}; pyzc needs one type for it")
        if new != old:
            self.places[key] = new
            self.changed = True

    def widen_return(self, info: CallInfo, t: Type, node):
        """The result of a call is filled by its caller (`xs = make(); xs.append("a")` where make
        returns []): the function's return type grows, and its return statements follow (stmt_Return)."""
        if any(self.instances[k].return_type == BOTTOM or not (self.instances[k].return_type.has_bottom()
                                                               or widens_items(t, self.instances[k].return_type))
               for k in ([info.key] if info.key is not None else [k for _, k in info.targets]) if k in self.instances):
            return  # not known yet (a later round sees it), or not an empty container nor one with narrower items
        if info.kind == "user" and info.key is not None and not (info.recv_class or info.cls_arg or info.discard is not None
                                                                  or info.self_recv):
            site = (self.inst.key, id(node))  # a plain function: an instance of its own for this use of the result
            old = self.result_hints.get(site, BOTTOM)
            try:
                new = join_place(old, t)
            except TypeConflict:
                raise self.source.error(node, f"the result of this call is used as a {old} and as a {t}; pyzc needs one type for it")
            if new != old:
                self.result_hints[site] = new
                self.changed = True
            return
        keys = [info.key] if info.key is not None else [k for _, k in info.targets]
        for key in keys:
            callee = self.instances.get(key)
            if callee is None or callee.return_type == t:
                continue
            try:
                new = join_place(callee.return_type, t)
            except TypeConflict:
                notes = []
                if callee.return_origin is not None:
                    notes.append((self.source.location(callee.return_origin), f"'{callee.func.py_name}' returns {callee.return_type} here"))
                raise self.source.error(node, f"the result of this call is used as a {t}, but the function returns a {callee.return_type} (its result is shared by every call with these argument types); pyzc needs one type for it", notes)
            if new != callee.return_type:
                callee.return_type = new
                self.return_fills.setdefault(key, (node, new))
                self.changed = True

    def widen_iterable(self, node, elem: Type):
        """Iterating over node binds items of type elem: make the iterable hold them."""
        it = self.inst.expr_types.get(id(node))
        if self.is_enumerate_or_zip(node) and isinstance(elem, TupleT):
            if node.func.id == "enumerate" and len(elem.elems) == 2:
                self.widen_iterable(node.args[0], elem.elems[1])
            elif node.func.id == "zip" and len(elem.elems) == len(node.args):
                for a, et in zip(node.args, elem.elems):
                    self.widen_iterable(a, et)
        elif isinstance(it, ListT):
            self.widen(node, same_kind(it, elem))  # a tuple of any length stays one (`deps=()`)
        elif isinstance(it, SetT):
            self.widen(node, SetT(elem))
        elif isinstance(it, DequeT):
            self.widen(node, DequeT(elem))
        elif isinstance(it, DictT):
            self.widen(node, DictT(elem, it.value, it.kind))
        elif isinstance(it, ViewT) and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            d = it.dict
            if it.kind == "keys":
                self.widen(node.func.value, DictT(elem, d.value, d.kind))
            elif it.kind == "values":
                self.widen(node.func.value, DictT(d.key, elem, d.kind))
            elif isinstance(elem, TupleT) and len(elem.elems) == 2:
                self.widen(node.func.value, DictT(elem.elems[0], elem.elems[1], d.kind))
        elif it == ITER and isinstance(node, ast.Call) and node.args:  # reversed(xs)
            self.widen_iterable(node.args[0], elem)

    def target_type(self, target, t: Type) -> Type | None:
        """The type an assignment target holds now (after it was given a t): where the assigned value
        must go, when it is an empty container that the target's other uses fill."""
        if isinstance(target, ast.Name):
            if self.is_local(target.id):
                return self.inst.var_types.get(target.id)
            return self.global_types.get(target.id)
        if isinstance(target, ast.Attribute):
            ot = self.inst.expr_types.get(id(target.value))
            if isinstance(ot, ClassT):
                owner = self.field_owner(ot.name, target.attr)
                return self.fields.get((owner, target.attr)) if owner is not None else None
            return None
        if isinstance(target, ast.Subscript) and not isinstance(target.slice, ast.Slice):
            ct = self.inst.expr_types.get(id(target.value))
            if isinstance(ct, DictT):
                return ct.value
            if isinstance(ct, (ListT, DequeT)):
                return ct.elem
            return None
        if isinstance(target, (ast.Tuple, ast.List)):
            if any(isinstance(e, ast.Starred) for e in target.elts):
                return None  # `a, *rest = xs`: the names take copies of the items (assign_starred)
            if isinstance(t, TupleT) and len(t.elems) == len(target.elts):
                parts = [self.target_type(e, et) for e, et in zip(target.elts, t.elems)]
                return TupleT(tuple(p if p is not None else et for p, et in zip(parts, t.elems)))
            if isinstance(t, ListT):
                elem = t.elem
                for e in target.elts:
                    p = self.target_type(e, t.elem)
                    if p is not None and refines(p, elem):
                        elem = p
                return same_kind(t, elem)
        return None

    def flow_into(self, value, t: Type, want: Type | None, target):
        """Assignment is two-way for empty containers: `b = a` then `b.append("x")` makes a hold str
        too (a and b are one list), as do `return out` for a caller that fills the result, and an
        argument for a function that fills its parameter (flow_back).  Recorded for check_flows."""
        if isinstance(want, OptT) and not isinstance(t, OptT):  # `self.kids = []` where kids may be None
            want = want.inner
        if want is None or t == BOTTOM or not (t.has_bottom() or widens_items(want, t)):  # BOTTOM: not known yet
            return
        self.flows[(self.inst.key, id(value))] = (self.inst.key, value, target, want)
        if want != t and (refines(want, t) or widens_items(want, t)):
            self.widen(value, want)

    def falls_through(self, body: list[ast.stmt]) -> bool:
        if not body:
            return True
        last = body[-1]
        if isinstance(last, (ast.Return, ast.Raise)):
            return False
        if isinstance(last, ast.Try):
            if last.finalbody and not self.falls_through(last.finalbody):
                return False
            body_ft = self.falls_through(last.body + last.orelse) if last.orelse else self.falls_through(last.body)
            return body_ft or any(self.falls_through(h.body) for h in last.handlers)
        if isinstance(last, ast.Assert) and isinstance(last.test, ast.Constant) and not last.test.value:
            return False
        if isinstance(last, ast.Expr) and self.is_sys_exit(last.value):
            return False
        if isinstance(last, ast.If):
            known = static_none_test(last.test, self.inst.expr_types)
            if known is not None:
                return self.falls_through(last.body if known else last.orelse)
            return self.falls_through(last.body) or self.falls_through(last.orelse)
        if isinstance(last, ast.While) and isinstance(last.test, ast.Constant) and last.test.value is True:
            return breaks_out(last.body)
        return True

    def is_sys_exit(self, node) -> bool:
        """sys.exit(...): it raises SystemExit, so the code after it never runs."""
        f = node.func if isinstance(node, ast.Call) else None
        return (isinstance(f, ast.Attribute) and f.attr == "exit" and isinstance(f.value, ast.Name)
                and f.value.id == "sys" and "sys" in self.program.imports and not self.is_variable_name("sys"))

    def annotation_type(self, ann) -> Type | None:
        if isinstance(ann, ast.Constant) and isinstance(ann.value, str):
            try:
                ann = ast.parse(ann.value, mode="eval").body
            except SyntaxError:
                return None
        if isinstance(ann, ast.Name):
            if ann.id in self.program.classes:
                return self.class_type(ann.id)
            if ann.id.startswith(TYPING):  # Optional, Any, Callable...: accepted, not checked
                return UNCHECKED
            if ann.id in self.program.namedtuples:  # its items' types come from where its values are made
                return UNCHECKED
            return {"int": INT, "float": FLOAT, "bool": BOOL, "str": STR, "bytes": BYTES, "bytearray": BYTEARRAY}.get(ann.id)
        if isinstance(ann, ast.Constant) and ann.value is None:
            return NONE
        if isinstance(ann, ast.BinOp) and isinstance(ann.op, ast.BitOr) \
                and {self.annotation_type(ann.left), self.annotation_type(ann.right)} == {INT, FLOAT}:
            return NUM  # `int | float`: a number of several types
        if isinstance(ann, ast.Subscript) and isinstance(ann.value, ast.Name):
            kind = ann.value.id.removeprefix(TYPING).lower()
            args = ann.slice.elts if isinstance(ann.slice, ast.Tuple) else [ann.slice]
            maybe_inner = [self.annotation_type(a) for a in args]
            inner = [t for t in maybe_inner if t is not None]
            if len(inner) < len(maybe_inner):
                return None
            if UNCHECKED in inner or (ann.value.id.startswith(TYPING) and kind not in ("list", "set", "dict", "tuple")):
                return UNCHECKED
            if kind in ("list", "set") and len(inner) == 1:
                return ListT(inner[0]) if kind == "list" else SetT(inner[0])
            if kind == "dict" and len(inner) == 2:
                return DictT(inner[0], inner[1])
            if kind == "tuple" and not (isinstance(ann.slice, ast.Tuple) and any(isinstance(a, ast.Constant) and a.value is Ellipsis for a in args)):
                return TupleT(tuple(inner))
        return None

    def check_annotation(self, ann, t: Type, node, what: str):
        want = self.annotation_type(ann)
        # an annotation pyzc does not read (`defaultdict[int, list[str]]`, `deque[int]`, `Iterable[str]`):
        # not checked, as CPython checks none; the value's own type decides
        if want is None or t == BOTTOM or want == UNCHECKED:
            return
        if isinstance(want, DictT) and isinstance(t, DictT) and not want.kind and t.kind:
            want = DictT(want.key, want.value, t.kind)  # `counts: dict[str, int] = defaultdict(int)`: a dict too
        try:
            ok = join(want, t) == want
        except TypeConflict:
            ok = False
        if not ok and not (want == FLOAT and t in (INT, BOOL)):
            raise self.source.error(node, f"{what} is annotated {want} but has type {t}")

    def check_param_annotations(self, inst: Instance):
        f = inst.func
        for p, t in zip(f.params, inst.argtypes):
            if p in f.annotations:
                want = self.annotation_type(f.annotations[p])
                if want == FLOAT and t in (INT, BOOL):
                    # the call is what to change: the error stands there, the annotation in a note
                    msg = "pyzc does not convert implicitly: pass a float (e.g. 1.0)"
                    given = "an int" if t == INT else "a bool"
                    arg = self.caller_arg(p)
                    if arg is None:
                        raise self.source.error(f.annotations[p], f"parameter '{p}' is annotated float but receives {given}; {msg}")
                    raise self.source.error(arg, f"{f.py_name}() is given {given} for its parameter '{p}', annotated float; {msg}",
                                            [(self.source.location(f.annotations[p]), f"'{p}' is annotated float here")])
                self.check_annotation(f.annotations[p], t, f.annotations[p], f"parameter '{p}'")

    # ------------------------------------------------------------ statements
    def block(self, stmts):
        saved = self.not_none
        for s in stmts:
            # a statement storing to a narrowed name ends the narrowing: after it, for an assignment
            # (its value is evaluated before the store); else before it (a loop may store, then read)
            simple = isinstance(s, (ast.Assign, ast.AnnAssign)) and not self.has_walrus(s)
            # an item (types/narrowing.py) is ended where a call in a statement runs (expr), and after it
            one_step = isinstance(s, (ast.Assign, ast.AnnAssign, ast.Expr, ast.Return))
            if self.not_none and not simple:
                self.not_none = self.not_none - (with_none_keys(self.stored(s)) if one_step else self.ended_by(s))
            try:
                self.stmt(s)
            except CompileError as e:
                self.statement_refused(s, e)
            if self.not_none and (simple or one_step):
                self.not_none = self.not_none - self.ended_by(s)
            if isinstance(s, ast.If) and id(s) in self.inst.cut_after:
                break  # `if p is None: return ...` where p is None here: what follows never runs
        self.not_none = saved

    def statement_refused(self, s: ast.stmt, e: CompileError) -> None:
        """A statement inference refuses: its error is kept, and inference goes on with the next statement,
        so that one run reports every refusal of the file (run raises them together, in source order).
        A refusal in a statement that reads a name a refused statement stores to is left out: it may
        only follow from the first (the name has no type)."""
        if id(s) not in self.refused:
            self.refused.add(id(s))
            reads = {n.id for n in walk(s) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
            if not reads & self.refused_names:
                self.errors.append(e)
            self.refused_names |= stored_names(s)

    def note_exit_code(self, t: Type) -> None:
        """A SystemExit is raised with a code of type t (None: no code); e.code reads their join."""
        if t != BOTTOM and t not in self.exit_codes:
            self.exit_codes = self.exit_codes | {t}
            self.changed = True

    def stored(self, *stmts) -> frozenset[str]:
        """stored_names(*stmts), kept per statement (self.stored_of)."""
        out: frozenset[str] = frozenset()
        for s in stmts:
            got = self.stored_of.get(id(s))
            if got is None or got[0] is not s:
                got = self.stored_of[id(s)] = (s, stored_names(s))
            out |= got[1]
        return out

    def has_walrus(self, s: ast.stmt) -> bool:
        """Whether s holds an assignment expression (`:=`), kept per statement (self.walrus_in)."""
        got = self.walrus_in.get(id(s))
        if got is None or got[0] is not s:
            got = self.walrus_in[id(s)] = (s, any(isinstance(n, ast.NamedExpr) for n in walk(s)))
        return got[1]

    def ended_by(self, *stmts) -> frozenset[str]:
        """The narrowed names and items (types/narrowing.py) that running stmts may make None again."""
        stored = self.stored(*stmts)
        return with_none_keys(stored) | frozenset(k for s in stmts for k in ends_items(self.not_none, s, self.user_code, stored))

    def end_items(self) -> None:
        """Code that may store to any item has run: no item stays narrowed (types/narrowing.py)."""
        if self.not_none:
            self.not_none = frozenset(k for k in self.not_none if not k.startswith(ITEM_PREFIX))

    def narrowed(self, test, when: bool) -> frozenset[str]:
        """The locals that are not None where test evaluated to `when` (`x is not None`, `x`, `not x`,
        and/or of these), and the keys (NONE_PREFIX) of those that are None there (`x is None`;
        `isinstance(x, C)` false where x is an object whose class is C or derives from it, so that
        only None fails it).  Only a function's own locals: nothing else can store to them meanwhile."""
        names: frozenset[str] = frozenset()
        if isinstance(test, ast.NamedExpr):  # `if (m := f()):` tests what it stores
            return self.narrowed(test.target, when)
        if isinstance(test, ast.Compare) and isinstance(test.left, ast.NamedExpr):  # `(m := f()) is not None`
            test = ast.Compare(left=test.left.target, ops=test.ops, comparators=test.comparators)
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            return self.narrowed(test.operand, not when)
        if isinstance(test, ast.BoolOp):
            if isinstance(test.op, ast.And) == when:  # all of an `and` are true; all of an `or` false
                for v in test.values:
                    names |= self.narrowed(v, when)
            return names
        item = self.user_code.item_key(test)
        if item is not None and when:
            return frozenset({item})  # `if xs[i]:`
        if isinstance(test, ast.Name) and when:
            names = frozenset({test.id})
        elif isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)):
            left, right = test.left, test.comparators[0]
            if isinstance(left, ast.Constant) and left.value is None:
                left, right = right, left
            if isinstance(left, ast.Name) and isinstance(right, ast.Constant) and right.value is None:
                names = frozenset({left.id if isinstance(test.ops[0], ast.IsNot) == when else NONE_PREFIX + left.id})
            item = self.user_code.item_key(left)
            if item is not None and isinstance(right, ast.Constant) and right.value is None \
                    and isinstance(test.ops[0], ast.IsNot) == when:
                return frozenset({item})  # an item: until something may store to it (ended_by)
        elif not when and self.only_none_fails(test):
            names = frozenset({NONE_PREFIX + test.args[0].id})
        if self.inst.func.is_module:  # a global: unless a function stores to it (`global x`)
            return frozenset(n for n in names if not any(n.removeprefix(NONE_PREFIX) in f.declared_global
                                                         for f in self.program.functions.values()))
        return frozenset(n for n in names if self.is_local(n.removeprefix(NONE_PREFIX)))

    def only_none_fails(self, test) -> bool:
        """Whether test is `isinstance(x, C)` (or a tuple of classes) with x an object whose class is C or
        derives from it: every value of x's type but None passes it."""
        if not (isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance"
                and len(test.args) == 2 and not test.keywords and isinstance(test.args[0], ast.Name)):
            return False
        t = self.inst.expr_types.get(id(test.args[0]))
        if not isinstance(t, ClassT) or builtin_base(t.chain()):
            return False
        spec = test.args[1]
        for n in spec.elts if isinstance(spec, ast.Tuple) else [spec]:
            cls = self.inst.expr_types.get(id(n))
            if isinstance(n, ast.Name) and isinstance(cls, ClassT) and cls.name in t.chain():
                return True
        return False

    def ends_block(self, body) -> bool:
        """Whether running body never reaches the statement after it (return, raise, continue, break)."""
        return bool(body) and (isinstance(body[-1], (ast.Continue, ast.Break)) or not self.falls_through(body))

    def stmt(self, s):
        meth = getattr(self, "stmt_" + type(s).__name__, None)
        if meth is None:
            raise self.source.error(s, f"{type(s).__name__} statements are not supported yet")
        self.stmt_now = s
        meth(s)

    def stmt_Expr(self, s: ast.Expr):
        if isinstance(s.value, ast.Constant) and (isinstance(s.value.value, str) or s.value.value is Ellipsis):
            return  # a docstring, or `...` standing for a body
        self.expr_keep(s.value)  # a value thrown away may be None: nothing reads it

    def stmt_Pass(self, s):
        pass

    stmt_Break = stmt_Continue = stmt_Import = stmt_Global = stmt_Pass

    def stmt_FunctionDef(self, s):
        pass  # module-level definitions are handled by symbols

    def stmt_Assign(self, s: ast.Assign):
        if isinstance(s.targets[0], ast.Subscript) and isinstance(s.targets[0].slice, ast.Slice):
            return self.assign_slice(s.targets[0], s.value)
        for target in s.targets:
            if isinstance(target, (ast.Tuple, ast.List)) and isinstance(s.value, (ast.Tuple, ast.List)) \
                    and len(target.elts) == len(s.value.elts) and not any(isinstance(e, ast.Starred) for e in target.elts):
                types = [self.expr_keep(v) for v in s.value.elts]  # a, b = b, a: no tuple is built
                for t_node, v, t in zip(target.elts, s.value.elts, types):
                    self.assign_to(t_node, t, s)
                    self.flow_into(v, t, self.target_type(t_node, t), t_node)
                return
        single = all(isinstance(target, (ast.Name, ast.Attribute, ast.Subscript)) for target in s.targets)
        t = self.expr_keep(s.value) if single else self.expr(s.value)
        for target in s.targets:
            try:
                self.assign_to(target, t, s)
            except CompileError as e:
                self.explain_shared_result(e, s.value)
                raise
            self.flow_into(s.value, t, self.target_type(target, t), target)

    def assign_slice(self, target: ast.Subscript, value):
        """xs[i:j:k] = iterable: the items of any iterable go into the list (an empty one takes their type)."""
        elem = self.iterable_elem(value)
        ct = self.expr(target.value)
        assert isinstance(target.slice, ast.Slice)  # assign_to sends only slice targets here
        self.slice_parts(target.slice)
        if ct == BOTTOM:
            return
        if ct == BYTEARRAY:
            raise self.source.error(target, "slice assignment to a bytearray is not supported yet")
        if isinstance(ct, ArrayT):
            raise self.source.error(target, "slice assignment to an array is not supported yet")
        if not isinstance(ct, ListT) or isinstance(ct, VarTupleT):
            raise self.source.error(target, f"'{python_type_name(ct)}' object does not support item assignment"
                                    if ct == STR or isinstance(ct, (TupleT, VarTupleT)) else f"'{ct}' object does not support slice assignment")
        vt = self.inst.expr_types.get(id(value))
        if isinstance(vt, ListT) and vt != ct and vt.has_bottom() and refines(ct, vt):
            self.widen(value, ct)  # xs[i:j] = []: the empty list is a list of xs's items
            return
        self.add_items(target.value, ct, elem, value, f"cannot assign {elem} items to a slice of a {ct}", items_of=True)

    def slice_parts(self, sl: ast.Slice):
        for part in (sl.lower, sl.upper, sl.step):
            if part is not None:
                self.expect(part, INT, "slice indices")

    def explain_shared_result(self, e: CompileError, value):
        """A conflict on `b = make()` where another caller's use gave make()'s result its type: say so."""
        info = self.inst.calls.get(id(value)) if isinstance(value, ast.Call) else None
        fill = self.return_fills.get(info.key) if info is not None and info.key is not None else None
        if info is not None and info.key is not None and fill is not None and fill[0] is not value:
            name = self.instances[info.key].func.py_name
            e.diagnostic.notes.append((self.source.location(fill[0]), f"{name}() returns an empty container that is used as a {fill[1]} here; every call of {name}() with these argument types shares that one result type"))

    def stmt_AnnAssign(self, s: ast.AnnAssign):
        t = self.expr(s.value)
        want = self.annotation_type(s.annotation)
        if isinstance(t, ListT) and t.elem == BOTTOM and isinstance(want, ListT):
            t = want
        self.check_annotation(s.annotation, t, s.value, f"'{ast.unparse(s.target)}'")
        self.assign_to(s.target, t, s)
        self.flow_into(s.value, t, self.target_type(s.target, t), s.target)

    def assign_to(self, target, t: Type, stmt):
        star = next((i for i, e in enumerate(target.elts) if isinstance(e, ast.Starred)), None) \
            if isinstance(target, (ast.Tuple, ast.List)) else None
        if star is not None:
            return self.assign_starred(target, star, t, stmt)
        if isinstance(target, (ast.Tuple, ast.List)):
            if isinstance(t, OptT) and (isinstance(t.inner, (TupleT, ListT)) or t.inner == STR):  # `for x, y in path` of
                t = t.inner  # tuples or None: CPython's TypeError when it is None (lowering: store)
            if t == BOTTOM:
                for e in target.elts:
                    self.assign_to(e, BOTTOM, stmt)
                return
            if t == STR:  # `d, = s`: its characters; the length is checked when it runs
                for e in target.elts:
                    self.assign_to(e, STR, stmt)
                self.set_type(target, t)
                return
            if t in (BYTES, BYTEARRAY):  # `hi, lo = b[i:i + 2]`: its bytes, as ints
                for e in target.elts:
                    self.assign_to(e, INT, stmt)
                self.set_type(target, t)
                return
            if isinstance(t, ListT):  # `a, b = line.split(",")`: the length is checked when it runs
                for e in target.elts:
                    self.assign_to(e, t.elem, stmt)
                self.set_type(target, t)
                return
            if isinstance(t, (GenT, GenU)):  # `a, b = (int(w) for w in words)`: n items, then no more (lowering: store)
                item = self.generator_items(t, target)
                for e in target.elts:
                    self.assign_to(e, item, stmt)
                self.set_type(target, t)
                return
            if isinstance(t, ClassT) and self.has_method(t.name, "__iter__"):  # `x, y = point`: the items of its __iter__'s
                item = self.object_items(t, target)  # iterator (a generator, iter(xs), an object with __next__)
                for e in target.elts:
                    self.assign_to(e, item, stmt)
                self.set_type(target, t)
                return
            if not isinstance(t, TupleT):
                raise self.source.error(target, f"cannot unpack a {t} into {len(target.elts)} names (only tuples, lists, strs, generators "
                                                "and objects whose __iter__ is a generator unpack)")
            if len(t.elems) != len(target.elts):
                raise self.source.error(target, f"cannot unpack a tuple of {len(t.elems)} into {len(target.elts)} names")
            for e, et in zip(target.elts, t.elems):
                self.assign_to(e, et, stmt)
            self.set_type(target, t)
            return
        if isinstance(target, ast.Name):
            if is_transient(t) and t != RANGE:  # a range held in a variable is its start, stop and step
                raise self.source.error(stmt.value if hasattr(stmt, "value") else stmt, "storing range/iterator objects in variables is not supported yet; use list(...) or iterate directly")
            self.assign_var(target.id, t, target)
            self.set_type(target, t)
        elif isinstance(target, ast.Attribute):
            if is_transient(t):
                raise self.source.error(stmt.value if hasattr(stmt, "value") else stmt, "storing range/iterator objects in fields is not supported yet; use list(...)")
            self.store_attr(target, t, stmt)
        elif isinstance(target, ast.Subscript):
            if not isinstance(stmt, ast.AugAssign):  # (`x[k] += v` reads x[k] first: that read's error)
                self.expr_stack.append(target)  # the store uses the container (none_use_error: a None one)
            try:
                ct = self.expr(target.value)
            finally:
                if not isinstance(stmt, ast.AugAssign):
                    self.expr_stack.pop()
            it = self.expr(target.slice)
            if ct == BOTTOM and it != BOTTOM and t != BOTTOM and not self.finished:
                self.last_round_wanted = True  # it may never have a type (below)
            if ct == BOTTOM and it != BOTTOM and t != BOTTOM and self.finished and isinstance(target.value, (ast.Subscript, ast.Attribute)):
                # `table[k][j] = v` where table never holds an item: reading table[k] raises (KeyError,
                # IndexError) before the store, so any container of v will do for its items
                self.assign_to(target.value, ListT(t) if it in (INT, BOOL) else DictT(it, t), stmt)
                return
            if isinstance(ct, ClassT):  # obj[key] = value: its __setitem__
                if self.dunder(ct, "__setitem__", (it, t)) is None:
                    raise self.source.error(target, f"'{ct}' object does not support item assignment")
                self.set_type(target, t)
                return
            if isinstance(ct, (TupleT, VarTupleT)):
                raise self.source.error(target, "'tuple' object does not support item assignment")
            if isinstance(ct, DictT):
                try:
                    new = join_place(ct, DictT(key_join(ct.key, it), self.item_join(ct, ct.value, t), ct.kind))
                except TypeConflict:
                    raise self.source.error(stmt, f"cannot store {article(t)} under {article(it)} key in {article(ct)}", self.caller_notes(target.value))
                assert isinstance(new, DictT)  # a dict joined with a dict
                self.check_hashable(new.key, target.slice)
                self.widen(target.value, new)
                self.set_type(target, t)
            elif isinstance(ct, ArrayT):  # checked or rounded where it is stored (primitives/array_ops.py)
                self.check_index(it, target.slice)
                check_array_value(self, stmt, t, ct.code)
                self.set_type(target, ct.elem)
            elif isinstance(ct, ListT):
                self.check_index(it, target.slice)
                try:
                    t = self.item_join(ct, ct.elem, t)
                except TypeConflict:
                    hint = ("; a list's items keep the type it was built with: to hold None and other values, build it "
                            "with both (e.g. [None, 0])") if NONE in (t, ct.elem) else ""
                    raise self.source.error(stmt, f"cannot store a {t} in a {ct}{hint}", self.caller_notes(target.value))
                self.refine(target.value, t)
                self.set_type(target, t)
            elif isinstance(ct, DequeT):
                self.check_index(it, target.slice)
                try:
                    t = join_item(ct.elem, t)
                except TypeConflict:
                    raise self.source.error(stmt, f"cannot store a {t} in a {ct}")
                self.widen(target.value, DequeT(t))
                self.set_type(target, t)
            elif ct == BYTEARRAY:
                self.check_index(it, target.slice)
                if t not in (INT, BOOL, BOTTOM):
                    raise self.source.error(stmt, f"'{t}' object cannot be interpreted as an integer")
                self.set_type(target, t)
            elif ct in (STR, BYTES):
                raise self.source.error(target, f"'{ct}' object does not support item assignment")
            elif ct != BOTTOM:
                raise self.source.error(target, f"'{ct}' object does not support item assignment")
        else:
            raise self.source.error(target, "this assignment target is not supported yet")

    def assign_starred(self, target, star: int, t: Type, stmt):
        """`first, *rest, last = xs`: the names around the star get items, the starred name a list of
        the rest (a list whatever xs is, as in CPython)."""
        elts = target.elts
        before, after = elts[:star], elts[star + 1:]
        items: list[Type]
        middle: list[Type]
        tail: list[Type]
        if t == BOTTOM:
            items, middle = [BOTTOM] * len(before), [BOTTOM]
            tail = [BOTTOM] * len(after)
        elif isinstance(t, ListT):  # the length is checked when it runs
            items, middle, tail = [t.elem] * len(before), [t.elem], [t.elem] * len(after)
        elif isinstance(t, TupleT):
            if len(t.elems) < len(elts) - 1:
                raise self.source.error(target, f"not enough values to unpack (expected at least {len(elts) - 1}, got {len(t.elems)})")
            items, tail = list(t.elems[:star]), list(t.elems[len(t.elems) - len(after):])
            middle = list(t.elems[star:len(t.elems) - len(after)]) or [BOTTOM]
        else:
            raise self.source.error(target, f"cannot unpack a {t} into names (only tuples and lists unpack)")
        for e, et in zip(before, items):
            self.assign_to(e, et, stmt)
        elem: Type = BOTTOM
        for m in middle:
            try:
                elem = join(elem, m)
            except TypeConflict:
                raise self.source.error(elts[star], f"the starred name would hold a list of {elem} and {m} items; pyzc needs one type")
        self.assign_to(elts[star].value, ListT(elem), stmt)
        for e, et in zip(after, tail):
            self.assign_to(e, et, stmt)
        self.set_type(target, t)

    def stmt_Delete(self, s: ast.Delete):
        for t in s.targets:
            if isinstance(t, ast.Name):
                self.delete_name(t)
                continue
            if isinstance(t, ast.Attribute):
                self.delete_attribute(t)
                continue
            assert isinstance(t, ast.Subscript)  # the only other del target check.py accepts
            self.expr_stack.append(t)  # the del uses the container (none_use_error: a None one)
            try:
                ct = self.expr(t.value)
            finally:
                self.expr_stack.pop()
            if ct == BYTEARRAY:
                raise self.source.error(t, "del on a bytearray's items is not supported yet")
            if isinstance(ct, (TupleT, VarTupleT)):  # CPython's two messages
                raise self.source.error(t, "'tuple' object " + ("does not" if isinstance(t.slice, ast.Slice) else "doesn't")
                                        + " support item deletion")
            if isinstance(ct, ClassT) and not isinstance(t.slice, ast.Slice):  # del obj[key]: its __delitem__
                if self.dunder(ct, "__delitem__", (self.expr(t.slice),)) is None:
                    raise self.source.error(t, f"'{ct}' object doesn't support item deletion")
                continue
            if isinstance(t.slice, ast.Slice):
                self.slice_parts(t.slice)
                if ct != BOTTOM and not isinstance(ct, ListT):
                    raise self.source.error(t, f"'{ct}' object does not support item deletion")
                continue
            kt = self.expr(t.slice)
            if isinstance(ct, (ListT, DequeT)):
                self.check_index(kt, t.slice)
            elif isinstance(ct, DictT):
                if kt != BOTTOM and ct.key != BOTTOM and kt != ct.key and not ({kt, ct.key} <= {INT, BOOL}) \
                        and tuple_key(ct.key, kt) is None:
                    raise self.source.error(t.slice, f"a {ct} has no {kt} keys")
                self.learn_from_read(t.value, ct, kt)
            elif ct != BOTTOM:
                raise self.source.error(t, f"'{ct}' object doesn't support item deletion")

    def delete_attribute(self, node: ast.Attribute):
        """del obj.attr: a field of the object's class (its presence flag is cleared: ir/field_presence.py)."""
        ot = self.expr(node.value)
        if ot == BOTTOM:
            return
        if not isinstance(ot, ClassT):
            raise self.source.error(node, f"'{python_type_name(ot)}' object attribute '{node.attr}' cannot be deleted"
                                    if ot != NONE else f"'NoneType' object has no attribute '{node.attr}'")
        if self.field_owner(ot.name, node.attr) is None:
            if self.program.lookup_method(ot.name, node.attr) is not None or self.program.lookup_attr(ot.name, node.attr) is not None:
                raise self.source.error(node, f"deleting '{node.attr}', a method or class attribute of '{ot.name}', is not supported")
            below = [c for c in self.program.subtree(ot.name)[1:] if node.attr in self.program.classes[c].self_fields]
            if below:
                self.hoist_field(ot.name, node.attr, node)
            elif node.attr not in self.stored_attributes():
                raise self.source.error(node, f"'{ot}' object has no attribute '{node.attr}'")

    def delete_name(self, node: ast.Name):
        """del x: x must be a variable of this function (or, in the module body, a global); reads after
        it raise as CPython's do (passes/check_unbound.py)."""
        func = self.inst.func
        if not func.is_module and (node.id in func.params or not self.is_local(node.id)):
            what = "a parameter" if node.id in func.params else "a global or enclosing variable"
            raise self.source.error(node, f"del of {what} ('{node.id}') inside a function is not supported yet")
        if func.is_module and node.id not in self.program.globals:
            self.lookup(node)  # says what the name is instead
            raise self.source.error(node, f"del of '{node.id}' is not supported")

    def check_hashable(self, t: Type, node):
        if not is_hashable(t):
            parts = [e for e in walk_types(t) if not isinstance(e, (TupleT, VarTupleT, OptT))]
            if (t == NONE or isinstance(t, (TupleT, VarTupleT, OptT))) and all(is_hashable(e) or e == NONE for e in parts):
                # CPython hashes these; pyzc does not yet (CPython 3.11's hash of None is its address)
                raise self.source.error(node, f"a {t} as a dict key or set item is not supported yet (None, or None among its items)")
            raise self.source.error(node, f"unhashable type: '{t}'")
        self.check_object_hashable(t, node)

    def stmt_AugAssign(self, s: ast.AugAssign):
        if isinstance(s.target, ast.Subscript):  # read before it is stored to (none_use_error)
            s.target.__dict__["pyzc_augmented"] = True
        cur = self.expr(s.target) if not isinstance(s.target, ast.Name) else self.lookup(s.target)
        if isinstance(cur, OptT) and isinstance(s.target, ast.Name):  # `total += x` where total may be None: checked
            cur = cur.inner
        self.set_type(s.target, cur)
        held = self.inst.expr_types.get(id(s.target.value)) if isinstance(s.target, ast.Subscript) else None
        if isinstance(held, (TupleT, VarTupleT)):  # `t[0] += 1` (CPython raises when it stores)
            raise self.source.error(s.target, f"'{python_type_name(held)}' object does not support item assignment")
        extended = self.augassign_container(s, cur)  # list/deque += any iterable (types/inplace.py)
        if extended is not None:
            self.store_augmented_field(s, extended)
            self.set_type(s, extended)
            return
        rhs = self.expr(s.value)
        if cur == BOTTOM and rhs != BOTTOM and not self.finished:
            self.last_round_wanted = True  # it may never have a type (below)
        if cur == BOTTOM and rhs != BOTTOM and self.finished:
            # what the target holds has no type at the fixed point: a local never bound before, a container
            # never given an item, a field never set; reading it raises (UnboundLocalError, IndexError,
            # KeyError, AttributeError) before anything is stored, so the value's type will do for it
            cur = rhs
            self.assign_to(s.target, cur, s)
            self.set_type(s.target, cur)
        if cur == BOTTOM or rhs == BOTTOM:
            return
        res = self.augassign_type(s, cur, rhs)
        if res is None:
            res = self.binop_type(s.op, cur, rhs, s, s.value)
        if res == BOTTOM:  # a dunder whose return type is not known yet
            return
        if isinstance(s.target, ast.Subscript) and self.inst.expr_types.get(id(s.target.value)) in (STR, BYTES):
            raise self.source.error(s.target, f"'{self.inst.expr_types[id(s.target.value)]}' object does not support item assignment")

        if isinstance(s.target, ast.Subscript) and isinstance(self.inst.expr_types.get(id(s.target.value)), ArrayT):
            at = self.inst.expr_types[id(s.target.value)]
            assert isinstance(at, ArrayT)
            check_array_value(self, s, res, at.code)
            self.set_type(s, res)
            return
        if isinstance(s.target, ast.Subscript) and self.inst.expr_types.get(id(s.target.value)) == BYTEARRAY and res not in (INT, BOOL):
            raise self.source.error(s, f"'{res}' object cannot be interpreted as an integer")
        if isinstance(s.target, ast.Subscript) and isinstance(self.inst.expr_types.get(id(s.target.value)), ClassT):
            ot = self.inst.expr_types[id(s.target.value)]  # obj[key] op= v stores with __setitem__
            assert isinstance(ot, ClassT)
            if self.dunder(ot, "__setitem__", (self.inst.expr_types.get(id(s.target.slice), BOTTOM), res)) is None:
                raise self.source.error(s.target, f"'{ot}' object does not support item assignment")
        if type(rhs) is type(res) and rhs != res and rhs.has_bottom() and refines(res, rhs):
            self.widen(s.value, res)  # `acc += part` with part still empty
        owner = self.inst.expr_types.get(id(s.target.value)) if isinstance(s.target, ast.Attribute) else None
        if isinstance(s.target, ast.Attribute) and isinstance(owner, ClassT) \
                and self.program.lookup_method(owner.name, s.target.attr + SETTER_SEP):
            self.store_attr(s.target, res, s)  # `obj.x += 1` of a property: its setter is given the result
            self.set_type(s, res)
            return
        self.store_augmented_field(s, res)
        if res != cur:
            if isinstance(cur, (ListT, SetT, DictT)) and type(res) is type(cur):
                self.widen(s.target, res)  # an empty container takes its type from the other operand
                return
            if cur in NUMBERS + (NUM,) and res in NUMBERS + (NUM,):
                self.widen(s.target, res)  # `total += x / 2` on an int: the place holds numbers of several types
                self.set_type(s, join(cur, res))
                return
            raise self.source.error(s, f"'{ast.unparse(s.target)}' is {cur}, and {ast.unparse(s)} would make it {res}; a variable must keep one type (start it as {res}, e.g. 0.0)")
        self.set_type(s, res)

    def store_augmented_field(self, s: ast.AugAssign, res: Type) -> None:
        """`obj.n += 1`: the result is stored as the object's own field, wherever the statement is (a class
        attribute `n` is read first, and the object then has a field of its own, as in CPython)."""
        if not isinstance(s.target, ast.Attribute):
            return
        if self.class_named(s.target.value) is not None:
            self.store_attr(s.target, res, s)  # `C.n += 1`: C's own class attribute (an inherited one is refused)
            return
        owner = self.inst.expr_types.get(id(s.target.value))
        if isinstance(owner, ClassT) and not self.program.lookup_method(owner.name, s.target.attr + SETTER_SEP):
            self.store_attr(s.target, res, s)

    def stmt_Return(self, s: ast.Return):
        if self.inst.func.is_module:
            raise self.source.error(s, "'return' outside function")
        t = NONE if s.value is None else self.expr_keep(s.value)
        if is_transient(t):
            raise self.source.error(s.value, "returning range/iterator objects is not supported yet; return list(...)")
        if self.inst.func.is_generator:  # the value of the StopIteration that ends it
            self.gen_result(t, s)
            return
        self.add_return(t, s)
        if s.value is not None:  # `out = []; return out` where a caller fills the result
            self.flow_into(s.value, t, self.inst.return_type, s)
        if self.inst.func.returns is not None:
            self.check_annotation(self.inst.func.returns, t, s.value or s, "the return value")

    def stmt_Try(self, s: ast.Try):
        self.block(s.body)
        for h in s.handlers:
            t = self.handler_type(h)
            if h.name:
                self.assign_var(h.name, t, h)
            self.block(h.body)
        self.block(s.orelse)
        self.block(s.finalbody)

    def stmt_Raise(self, s: ast.Raise):
        exc = s.exc
        if exc is None:
            return
        if isinstance(exc, ast.Name) and exc.id in EXCEPTION_CLASSES and not self.is_variable_name(exc.id):
            if exc.id == "SystemExit":
                self.note_exit_code(NONE)
            return
        if isinstance(exc, ast.Call) and isinstance(exc.func, ast.Name) and exc.func.id in EXCEPTION_CLASSES:
            if exc.keywords:
                raise self.source.error(exc, f"{exc.func.id}() takes no keyword arguments")
            if exc.func.id.startswith("Unicode") and exc.func.id != "UnicodeError" and exc.args:
                # their str() is made from their five arguments (codec, object, start, end, reason)
                raise self.source.error(exc, f"raising {exc.func.id} with arguments is not supported yet")
            types = []
            for a in exc.args:
                t = self.expr(a)
                types.append(t)
                if is_transient(t):
                    raise self.source.error(a, "an exception's message cannot be a range/iterator")
            refused = oserror_refusal(exc.func.id, exc.args, types)
            if refused:
                raise self.source.error(*refused)
            if exc.func.id == "SystemExit":
                self.note_exit_code(NONE if not types else types[0] if len(types) == 1 else TupleT(tuple(types)))
            return
        cls = self.class_named(exc)
        if cls is not None:  # raise AppError
            assert isinstance(exc, ast.Name)  # what class_named found
            t = self.construct(exc, cls.name)
        else:
            t = self.expr(exc)
        if isinstance(t, ClassT) and self.program.exception_base(t.name) is not None:
            return
        if isinstance(t, ClassT):
            raise self.source.error(exc, f"exceptions must derive from BaseException (this is a {t})")
        # `raise "message"`, a number, a container: CPython's TypeError when it runs (lowering)

    def is_variable_name(self, name: str) -> bool:
        return self.is_local(name) or name in self.program.globals

    def stmt_Assert(self, s: ast.Assert):
        self.cond(s.test)
        if s.msg is not None:
            t = self.expr(s.msg)
            if is_transient(t):
                raise self.source.error(s.msg, "an assertion message cannot be a range/iterator")
        # `assert x is not None`: after it, x is not None, as after `if x is None: raise ...`
        # (pyzc has no -O: an assert always runs)
        self.not_none |= self.narrowed(s.test, True) - self.ended_by(s.test)

    def stmt_If(self, s: ast.If):
        self.cond(s.test)
        known = static_none_test(s.test, self.inst.expr_types)
        saved = self.not_none
        yes, no = self.narrowed(s.test, True), self.narrowed(s.test, False)
        if known is not False:
            self.not_none = saved | yes
            self.block(s.body)
        if known is not True:
            self.not_none = saved | no
            self.block(s.orelse)
        self.not_none = saved
        if known is not None and not self.falls_through(s.body if known else s.orelse):
            self.inst.cut_after.add(id(s))
        # `if x is None: continue`: after it, x is not None (unless the other branch stores to it)
        if self.ends_block(s.body):
            self.not_none |= no - self.ended_by(*s.orelse, s.test)
        if self.ends_block(s.orelse):
            self.not_none |= yes - self.ended_by(*s.body, s.test)
        # `if x is None: x = {}`: after it, x is not None either way
        self.not_none |= self.given_a_value(s.body, no, s.orelse) | self.given_a_value(s.orelse, yes, s.body)

    def given_a_value(self, block: list, names: frozenset[str], other: list) -> frozenset[str]:
        """Those of names (locals not None where the other branch runs) that block ends having assigned a
        value that is never None: its last statement binding the name is `name = value` at its top level,
        and the other branch does not bind it."""
        out = set()
        if not block or self.ends_block(block):
            return frozenset()
        other_bound = assigned_names(other)
        for name in names:
            if name.startswith(("@", NONE_PREFIX)) or name in other_bound:
                continue
            last = next((st for st in reversed(block) if name in assigned_names([st])), None)
            if isinstance(last, ast.Assign) and len(last.targets) == 1 and isinstance(last.targets[0], ast.Name) \
                    and last.targets[0].id == name:
                t = self.inst.expr_types.get(id(last.value), BOTTOM)
                if t not in (BOTTOM, NONE) and not isinstance(t, OptT):
                    out.add(name)
        return frozenset(out)

    def stmt_While(self, s: ast.While):
        self.cond(s.test)
        saved = self.not_none
        self.not_none = saved | self.narrowed(s.test, True)  # the body runs just after the test
        self.block(s.body)
        self.not_none = saved
        self.block(s.orelse)

    def stmt_For(self, s: ast.For):
        if self.bind_iteration(s.target, s.iter, s) == BOTTOM:  # no items known (`for x in []`): unless some come, never runs
            saved, self.runs_never = self.runs_never, True
            self.block(s.body)
            self.runs_never = saved
        else:
            self.block(s.body)
        self.block(s.orelse)

    def bind_iteration(self, target, iter_node, stmt) -> Type:
        """Type the loop target(s) from the iterable; the item type."""
        t = self.iter_elem(iter_node)
        self.assign_to(target, t, stmt)
        if t.has_bottom():  # `for row in grid: row.append(x)`: the rows of grid are what row holds
            want = self.target_type(target, t)
            if want is not None and want != t and refines(want, t):
                self.widen_iterable(iter_node, want)
        return t

    def is_enumerate_or_zip(self, node) -> bool:
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("enumerate", "zip")
                and not self.is_local(node.func.id) and node.func.id not in self.program.functions)

    def tuple_iteration(self, iter_node) -> list[Type]:
        """The item types of the tuples that enumerate(...) or zip(...) yields."""
        if isinstance(iter_node, ast.Call) and isinstance(iter_node.func, ast.Name):
            fname = iter_node.func.id
            if fname == "enumerate":
                self.inst.calls[id(iter_node)] = CallInfo("builtin", "enumerate")
                if len(iter_node.args) == 1 and [kw.arg for kw in iter_node.keywords] == ["start"]:
                    # enumerate(xs, start=1) is enumerate(xs, 1): the call's node says so from here on
                    iter_node.args.append(iter_node.keywords.pop().value)
                if len(iter_node.args) not in (1, 2) or iter_node.keywords:
                    raise self.source.error(iter_node, "enumerate() takes an iterable and an optional start")
                if len(iter_node.args) == 2:
                    self.expect(iter_node.args[1], INT, "enumerate() start")
                self.set_type(iter_node, ITER)
                return [INT, self.iter_elem_of_call(iter_node, iter_node.args[0])]
            if fname == "zip" and iter_node.args and not iter_node.keywords:
                self.inst.calls[id(iter_node)] = CallInfo("builtin", "zip")
                self.set_type(iter_node, ITER)
                return [self.iter_elem_of_call(iter_node, a) for a in iter_node.args]
        raise self.source.error(iter_node, "zip() needs at least one iterable and no keyword arguments")

    def iter_elem_of_call(self, call: ast.Call, node) -> Type:
        """iter_elem() of an argument of enumerate() or zip(), which is its user: a read of a value
        that may be None there raises CPython's error for that call (types/none_uses.py)."""
        self.expr_stack.append(call)
        try:
            return self.iter_elem(node)
        finally:
            self.expr_stack.pop()

    def iter_elem(self, node) -> Type:
        """The element type when iterating over `node`."""
        if self.is_enumerate_or_zip(node):
            return TupleT(tuple(self.tuple_iteration(node)))
        return self.items_of(self.expr(node), node)

    def items_of(self, t: Type, node) -> Type:
        """The element type when iterating over `node`, a value of type t."""
        if t == RANGE:
            return INT
        if t == STR:
            return STR
        if t in (BYTES, BYTEARRAY):  # its bytes, as ints
            return INT
        if isinstance(t, ListT):
            return t.elem
        if isinstance(t, DictT):
            return t.key
        if isinstance(t, (SetT, DequeT, IterT, SeqIterT)):
            return t.elem
        if isinstance(t, ViewT):
            return t.elem()
        if isinstance(t, (GenT, GenU)):
            return self.generator_items(t, node)
        if isinstance(t, ClassT):
            return self.object_items(t, node)
        if t == FILE:  # for line in f
            return STR
        if t == ITER:  # reversed(...)
            inner = self.inst.expr_types.get(id(node.args[0]))
            if isinstance(inner, (TupleT, DictT, ViewT, DequeT)):  # a tuple's items, a dict's keys...: as iterating it gives them
                return self.items_of(inner, node.args[0])
            return inner.elem if isinstance(inner, ListT) else INT if inner == RANGE else STR
        if t == BOTTOM:
            return BOTTOM
        if isinstance(t, TupleT):
            if all(e == t.elems[0] for e in t.elems):
                return t.elems[0]
            try:  # numbers of several types: (1, 2.5)
                items = tuple_items_type(t)
                if isinstance(node, ast.Tuple):
                    self.unify(node.elts, items)  # `for xs in ([], ["a"])`: the empty list holds strs too
                return items
            except TypeConflict:
                raise self.source.error(node, f"iterating over a {t} is not supported (its items have different types)")
        if t == BINFILE:
            raise self.source.error(node, "iterating over a binary file is not supported yet (read() it)")
        if t == NONE:  # an item of `[None] * n` that a later round may see filled: decided in final_check
            return self.none_used(node, "'NoneType' object is not iterable")
        raise self.source.error(node, f"'{t}' object is not iterable")

    # ------------------------------------------------------------ expressions
    def cond(self, node):
        """A test position: any type is fine, only truthiness is used."""
        if isinstance(node, ast.BoolOp):
            for v in self.operands_run(node):
                self.cond(v)
            return self.set_type(node, BOOL)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            self.cond(node.operand)
            return self.set_type(node, BOOL)
        t = self.expr_keep(node)
        if is_transient(t):
            raise self.source.error(node, "the truth value of a range/iterator is not supported yet")
        self.object_truth(t, node)
        return t

    def operands_run(self, node: ast.BoolOp):
        """The operands of a condition's and/or that can run: after `not x or` (`x and`) where x is always
        None in this instance, the rest never runs, so it is neither typed nor lowered (static_none_test)."""
        for v in node.values:
            yield v
            known = static_none_test(v, self.inst.expr_types)
            if known is not None and known == isinstance(node.op, ast.Or):
                return

    def object_truth(self, t: Type, node) -> None:
        """An object tested for truth: its __bool__, else its __len__ (CPython's TypeErrors for what they
        return), else it is true; the dunder call is recorded for lowering (FunctionBuilder.truth)."""
        if not isinstance(t, ClassT):
            return
        r = self.dunder(t, "__bool__", ())
        if r is not None and r not in (BOOL, BOTTOM):
            raise self.source.error(node, f"__bool__ should return bool, returned {python_type_name(r)}")
        if r is None:
            r = self.dunder(t, "__len__", ())
            if r is not None and r not in (INT, BOOL, BOTTOM):
                raise self.source.error(node, f"'{python_type_name(r)}' object cannot be interpreted as an integer")

    def expect(self, node, want: Type, what: str, message: str = "") -> Type:
        """node's type, which must be want (or convert to it); message: the whole error, {t} the type."""
        t = self.expr(node)
        if t == BOTTOM:
            return t
        if isinstance(want, ListT) and type(t) is ListT and t != want and t.has_bottom() and refines(want, t):
            self.widen(node, want)  # `f.writelines([])`: the empty list holds what the parameter takes
            return want
        if t != want and not (want == INT and t == BOOL) and not (want == FLOAT and t in (INT, BOOL, NUM)) \
                and not (want == BYTES and t == BYTEARRAY):  # a bytes-like argument: read as it is (bytearray.c)
            raise self.source.error(node, message.format(t=t) if message else f"{what} must be {want}, not {t}")
        return t

    def expr(self, node) -> Type:
        meth = getattr(self, "expr_" + type(node).__name__, None)
        if meth is None:
            raise self.source.error(node, f"{type(node).__name__} expressions are not supported yet")
        # (end_items changes nothing while nothing is narrowed: the questions are asked only then)
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)) and self.not_none \
                and self.user_code.anywhere(node):
            self.end_items()  # its parts run again and again: a call in one may store to an item another reads
        self.expr_stack.append(node)
        try:
            t = meth(node)
        finally:
            self.expr_stack.pop()
        item = self.user_code.item_key(node) if isinstance(t, OptT) and self.not_none else None
        if item is not None and item in self.not_none and id(node) not in self.keep_none:
            self.inst.unwraps[id(node)] = (t, None)  # a test showed this item is not None: no check
            t = t.inner
        if self.not_none and self.user_code.runs(node):
            self.end_items()
        if self.places:
            place = self.places.get((self.inst.key, id(node)))
            if place is not None and (refines(place, t) or widens_items(place, t)):
                t = place
        if isinstance(node, ast.Name) and id(node) not in self.keep_none and NONE_PREFIX + node.id in self.not_none \
                and (isinstance(t, (ClassT, OptT)) or t == NONE) and self.none_here(node, t):
            t = BOTTOM
        if isinstance(node, ast.Name) and id(node) in self.keep_none and NONE_PREFIX + node.id in self.not_none \
                and isinstance(t, (ClassT, OptT)):
            t = NONE  # `Value(x)` where `isinstance(x, Value)` was false: x is None here, passed as it is
        if t == NONE and isinstance(node, ast.Name) and id(node) not in self.keep_none:
            # `x - prev` where prev is None so far: a later assignment may make it a number or None;
            # not known yet this round (final_check reports a name that stays None, unless the read
            # is in a loop over nothing: lowering leaves that body out)
            if not self.runs_never:
                self.none_reads[id(node)] = (self.inst.key, node, self.expr_stack[-1] if self.expr_stack else self.stmt_now)
            t = BOTTOM
        if isinstance(t, OptT) and id(node) not in self.keep_none and isinstance(node, ast.Name) and node.id in self.not_none:
            self.inst.unwraps[id(node)] = (t, None)  # a test showed it is not None: no check
            t = t.inner
        if isinstance(t, OptT) and id(node) not in self.keep_none:
            # a value that may be None, used where only its inner type will do: lowering checks it
            user = self.expr_stack[-1] if self.expr_stack else self.stmt_now
            if none_use_error(node, user, lambda n: self.inst.expr_types.get(id(n))) is None:
                raise self.source.error(node, f"this value may be None (it is {t}), and pyzc cannot use a value that"
                                        " may be None here yet: test it with `is None` first")
            self.inst.unwraps[id(node)] = (t, user)
            t = t.inner
        self.inst.expr_types[id(node)] = t
        return t

    def none_here(self, node: ast.Name, t: Type) -> bool:
        """Whether a read of a local that a test showed is None here, used where a value is needed, is
        one whose error CPython's is known: lowering raises it in its place (Instance.none_raises), and
        no value is made.  Any other use is typed as the read of the local it is."""
        user = self.expr_stack[-1] if self.expr_stack else self.stmt_now
        if none_use_error(node, user, lambda n: self.inst.expr_types.get(id(n))) is None:
            return False
        self.inst.none_raises[id(node)] = (user, t)
        return True

    def none_to_dunder(self, node, t: Type, other: Type) -> Type:
        """The type of node, an operand of type t, whose other operand is of type other.  Where other is
        an object and node was read as a value (checked not to be None, or None here: unwraps,
        none_raises), the read is undone: the object's dunder takes the operand as it is, None included
        (`v + x` calls V.__add__(x), and `x + v` V.__radd__(x), when x is None)."""
        if not isinstance(other, ClassT):
            return t
        k = id(node)
        if k in self.inst.unwraps and self.inst.unwraps[k][1] is not None:
            t = self.inst.unwraps.pop(k)[0]
        elif k in self.inst.none_raises:
            t = self.inst.none_raises.pop(k)[1]
        else:
            return t
        self.inst.expr_types[k] = t
        return t

    def unwrap_now(self, node, t: OptT, user) -> Type:
        """node, read as it is (expr_keep) and found to be of type t, is used by user where only t's
        inner type will do: lowering checks it, as for expr's reads."""
        if none_use_error(node, user, lambda n: self.inst.expr_types.get(id(n))) is None:
            raise self.source.error(node, f"this value may be None (it is {t}), and pyzc cannot use a value that"
                                    " may be None here yet: test it with `is None` first")
        self.inst.unwraps[id(node)] = (t, user)
        return self.set_type(node, t.inner)

    def expr_keep(self, node) -> Type:
        """expr() where a value that may be None is used as it is: stored, returned, passed to a
        function, printed, compared, tested for truth (else expr gives the inner type: unwraps)."""
        self.keep_none.add(id(node))
        return self.expr(node)

    def expr_or_none(self, node) -> Type:
        """expr_keep(), except that a name a test showed is not None is read as its value."""
        if isinstance(node, ast.Name) and node.id in self.not_none or self.user_code.item_key(node) in self.not_none:
            return self.expr(node)
        return self.expr_keep(node)

    def expr_Constant(self, node):
        v = node.value
        if isinstance(v, bool):
            return BOOL
        if isinstance(v, int):
            return INT
        if isinstance(v, float):
            return FLOAT
        if isinstance(v, str):
            return STR
        if isinstance(v, bytes):
            return BYTES
        if v is None:
            return NONE
        raise self.source.error(node, f"{type(v).__name__} constants are not supported yet")

    def expr_Name(self, node):
        if node.id == self.inst.func.class_param:
            raise self.source.error(node, "a classmethod's cls is supported in cls.name, cls.name = value, cls(...), "
                                          "cls.method(...) and isinstance(x, cls); as a value it is not supported yet")
        return self.lookup(node)

    def expr_BinOp(self, node: ast.BinOp):
        lt = self.expr(node.left)
        # fmt % x: None formats as it is
        rt = self.expr_keep(node.right) if isinstance(node.op, ast.Mod) and lt == STR else self.expr(node.right)
        lt, rt = self.none_to_dunder(node.left, lt, rt), self.none_to_dunder(node.right, rt, lt)
        if lt == BOTTOM or rt == BOTTOM:
            if isinstance(node.op, ast.Add) and (isinstance(lt, ListT) or isinstance(rt, ListT)):
                return lt if lt != BOTTOM else rt
            return BOTTOM
        t = self.binop_type(node.op, lt, rt, node, node.right)
        if isinstance(t, (ListT, SetT, DictT)):  # `path + [name]` with path still empty: path holds names too
            for side, st in ((node.left, lt), (node.right, rt)):
                if type(st) is type(t) and st != t and st.has_bottom() and refines(t, st):
                    self.widen(side, t)
        return t

    def binop_type(self, op, lt: Type, rt: Type, node, right) -> Type:
        sym = OP_SYMBOLS[type(op)]
        num = (INT, FLOAT, BOOL)
        if isinstance(op, ast.MatMult) and not isinstance(lt, ClassT) and not isinstance(rt, ClassT):
            raise self.source.error(node, f"unsupported operand type(s) for @: '{python_type_name(lt)}' and '{python_type_name(rt)}'")
        if NUM in (lt, rt) and lt in num + (NUM,) and rt in num + (NUM,):
            # a number of several types: the result's type is known where a float operand or / decides it
            if isinstance(op, (ast.BitAnd, ast.BitOr, ast.BitXor, ast.LShift, ast.RShift)) and FLOAT in (lt, rt):
                raise self.source.error(node, f"unsupported operand type(s) for {sym}: '{lt}' and '{rt}'")
            if isinstance(op, ast.Div) or (FLOAT in (lt, rt) and not isinstance(op, (ast.BitAnd, ast.BitOr, ast.BitXor))):
                return FLOAT
            return NUM
        if lt in num and rt in num:
            if isinstance(op, (ast.BitAnd, ast.BitOr, ast.BitXor)) and lt == BOOL and rt == BOOL:
                return BOOL
            if isinstance(op, (ast.BitAnd, ast.BitOr, ast.BitXor, ast.LShift, ast.RShift)):
                if FLOAT in (lt, rt):
                    raise self.source.error(node, f"unsupported operand type(s) for {sym}: '{lt}' and '{rt}'")
                return INT
            if isinstance(op, ast.Div):
                return FLOAT
            if FLOAT in (lt, rt):
                return FLOAT
            if isinstance(op, ast.Pow):
                if is_negative_constant(right):
                    return FLOAT
                # int ** int is a float when the exponent is negative: unless the exponent is known
                # not to be, the result is a number of several types
                return INT if self.nonnegative_exponent(right) else NUM
            return INT
        if isinstance(op, ast.Add) and lt == STR and rt == STR:
            return STR
        if isinstance(op, ast.Add) and lt in (BYTES, BYTEARRAY) and rt in (BYTES, BYTEARRAY):
            return lt  # bytes + bytearray is a bytes, bytearray + bytes a bytearray
        for seq in (BYTES, BYTEARRAY):
            if isinstance(op, ast.Mult) and {lt, rt} <= {seq, INT, BOOL} and seq in (lt, rt) and (lt != rt):
                return seq
        if isinstance(op, ast.Mult) and {lt, rt} <= {STR, INT, BOOL} and STR in (lt, rt) and (lt != rt):
            return STR
        if isinstance(op, ast.Add) and isinstance(lt, TupleT) and isinstance(rt, TupleT):
            return TupleT(lt.elems + rt.elems)  # (a, b) + (c,): a tuple of known length
        if isinstance(op, ast.Add) and (isinstance(lt, VarTupleT) or isinstance(rt, VarTupleT)):
            if isinstance(lt, (TupleT, VarTupleT)) and isinstance(rt, (TupleT, VarTupleT)):
                try:
                    return join(lt, rt)
                except TypeConflict:
                    raise self.source.error(node, f"a tuple of any length holds items of one type ({lt} + {rt})")
            raise self.source.error(node, f'can only concatenate {python_type_name(lt)} (not "{python_type_name(rt)}") to {python_type_name(lt)}')
        if isinstance(op, ast.Add) and (isinstance(lt, ArrayT) or isinstance(rt, ArrayT)) and lt != rt:
            if isinstance(lt, ArrayT) and isinstance(rt, ArrayT):
                raise self.source.error(node, f"+ of arrays of typecodes '{lt.code}' and '{rt.code}' is not supported yet")
            raise self.source.error(node, f'can only append array (not "{python_type_name(rt)}") to array' if isinstance(lt, ArrayT)
                                    else f'can only concatenate list (not "array.array") to list')
        if isinstance(op, ast.Add) and isinstance(lt, ListT) and isinstance(rt, ListT):
            try:
                return join(lt, rt)
            except TypeConflict:
                # a list made here (a display, a comprehension) is made with the other's wider items:
                # `[1, 2.5] + [3]`, `xs + [None]`
                try:
                    wide: Type = ListT(join(lt.elem, rt.elem))
                except TypeConflict:
                    wide = BOTTOM
                sides = [(n, st) for n, st in ((node.left, lt), (node.right, rt)) if st != wide]
                if wide != BOTTOM and all(isinstance(n, (ast.List, ast.ListComp)) and widens_items(wide, st) for n, st in sides):
                    for n, _ in sides:
                        self.widen(n, wide)
                    return wide
                raise self.source.error(node, f"can only concatenate lists of the same type ({lt} + {rt})")
        if isinstance(op, ast.Mult) and (isinstance(lt, TupleT) and rt in (INT, BOOL) or isinstance(rt, TupleT) and lt in (INT, BOOL)):
            tt = lt if isinstance(lt, TupleT) else rt  # (0,) * n: a tuple of any length
            assert isinstance(tt, TupleT)
            try:
                return VarTupleT(tuple_items_type(tt))
            except TypeConflict:
                raise self.source.error(node, f"repeating a {tt} is not supported (its items have different types)")
        if isinstance(op, ast.Mult) and (isinstance(lt, ListT) and rt in (INT, BOOL) or isinstance(rt, ListT) and lt in (INT, BOOL)):
            return lt if isinstance(lt, ListT) else rt
        if isinstance(lt, SetT) and isinstance(rt, SetT) and isinstance(op, (ast.BitOr, ast.BitAnd, ast.Sub, ast.BitXor)):
            try:
                return join(lt, rt)
            except TypeConflict:
                raise self.source.error(node, f"set operations need sets of one element type ({lt} {sym} {rt})")
        if isinstance(lt, DictT) and isinstance(rt, DictT):
            return self.dict_binop_type(op, lt, rt, node)
        if isinstance(op, ast.Mod) and lt == STR:
            return self.percent_format_type(node, rt)
        if isinstance(op, ast.Mod) and lt == BYTES:
            return self.bytes_percent_type(node, rt)
        if isinstance(lt, ClassT) or isinstance(rt, ClassT):
            return self.binop_dunder(op, lt, rt, node)
        raise self.source.error(node, f"unsupported operand type(s) for {sym}: '{lt}' and '{rt}'")

    def dict_binop_type(self, op, lt: DictT, rt: DictT, node) -> Type:
        """d | e (a new dict: d's items updated with e's); Counter + - | & Counter (CPython's multiset
        arithmetic, positive counts only).  Both sides of one kind: a dict and a Counter do not mix."""
        sym = OP_SYMBOLS[type(op)]
        counter_ops = (ast.Add, ast.Sub, ast.BitOr, ast.BitAnd)
        if lt.kind != rt.kind and isinstance(op, counter_ops):
            raise self.source.error(node, f"{sym} between a {python_type_name(lt)} and a {python_type_name(rt)} is not "
                                          f"supported yet (make both of one kind: dict(...) or Counter(...))")
        if not (isinstance(op, ast.BitOr) or lt.kind == "Counter" and isinstance(op, counter_ops)):
            raise self.source.error(node, f"unsupported operand type(s) for {sym}: '{lt}' and '{rt}'")
        try:
            return join(lt, rt)
        except TypeConflict:
            raise self.source.error(node, f"{sym} needs two {python_type_name(lt)}s of one item type ({lt} {sym} {rt})")

    def expr_UnaryOp(self, node: ast.UnaryOp):
        if isinstance(node.op, ast.Not):
            self.cond(node.operand)
            return BOOL
        t = self.expr(node.operand)
        if t == BOTTOM:
            return t
        if isinstance(t, DictT) and t.kind == "Counter" and isinstance(node.op, (ast.UAdd, ast.USub)):
            return t  # +c, -c: the positive counts, the negative ones negated
        if isinstance(t, ClassT):  # -v: the class's __neg__ (__pos__, __invert__)
            r = self.dunder(t, UNARY_DUNDERS[type(node.op)], ())
            if r is not None:
                return r
        if isinstance(node.op, ast.Invert):
            if t in (INT, BOOL):
                return INT
        elif t in (INT, BOOL):
            return INT
        elif t in (FLOAT, NUM):
            return t
        if t == NUM:  # ~x: a TypeError at run time when x holds a float
            return NUM
        sym = {ast.USub: "-", ast.UAdd: "+", ast.Invert: "~"}[type(node.op)]
        raise self.source.error(node, f"bad operand type for unary {sym}: '{t}'")

    def expr_BoolOp(self, node: ast.BoolOp):
        types = [self.expr_keep(v) for v in node.values]
        for v, vt in zip(node.values[:-1], types):  # every operand but the last is tested for truth
            self.object_truth(vt, v)
        if isinstance(node.op, ast.Or):  # `x or default`: an operand before the last is the result only when true
            types = [t.inner if isinstance(t, OptT) and i < len(types) - 1 else t for i, t in enumerate(types)]
            # `deps or []` where deps is None (a default not passed): None is never true, so never the
            # result (lowering: expr_BoolOp goes on to the next operand)
            types = [t for i, t in enumerate(types) if t != NONE or i == len(types) - 1]
        known = [t for t in types if t != BOTTOM]
        if not known:
            return BOTTOM
        result = known[0]
        for t in known[1:]:
            try:
                result = join(result, t)
            except TypeConflict:
                word = "and" if isinstance(node.op, ast.And) else "or"
                raise self.source.error(node, f"'{word}' on {known[0]} and {t} used as a value is not supported (the result would have two types); compare explicitly or use it as a condition")
        if types[0] == BOTTOM:  # never made: what follows never runs
            return BOTTOM
        if len(known) < len(types):  # `s or fail()`: a later operand not known yet, or never made
            if not self.finished:
                self.last_round_wanted = True
                return BOTTOM
        self.unify(node.values, result)
        return result

    def expr_Compare(self, node: ast.Compare):
        types = self.type_comparison(node)  # type(a) is type(b) (types/type_of_rules.py)
        if types is not None:
            return types
        keep = len(node.ops) == 1 and isinstance(node.ops[0], (ast.Is, ast.IsNot, ast.Eq, ast.NotEq))
        member = len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn))
        left = self.expr_keep(node.left) if keep else self.expr_or_none(node.left) if member else self.expr(node.left)
        left_node = node.left
        for op, comp in zip(node.ops, node.comparators):
            right = self.expr_keep(comp) if keep else self.expr(comp)
            if member and isinstance(right, (GenT, GenU, IterT, SeqIterT, ViewT)):
                # `x in gen`, `x in d.values()`: each item compared with x until one is equal (lowering:
                # contains_iterated; `x in d.keys()` a lookup)
                elem = self.iterable_elem(comp)
                if not left.has_bottom() and not elem.has_bottom():  # else a later round knows them
                    self.check_compare(ast.Eq(), elem, left, node)
                left, left_node = right, comp
                continue
            if member and isinstance(left, OptT) and not none_is_looked_up(right):
                left = self.unwrap_now(node.left, left, node)  # `x in s` where s is a str or an object: x must not be None
            if isinstance(op, (ast.In, ast.NotIn)):
                self.learn_from_read(comp, right, left)
            elif type(left) is type(right) and isinstance(left, (ListT, SetT, DictT, DequeT, TupleT)) and left != right:
                # `xs == []`: the empty side is a container of the other side's items
                if right.has_bottom() and refines(left, right):
                    self.widen(comp, left)
                    right = left
                elif left.has_bottom() and refines(right, left):
                    self.widen(left_node, right)
                    left = right
            if left != BOTTOM and right != BOTTOM:
                if NONE in (left, right) and not isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq, ast.In, ast.NotIn)):
                    # `v < best` where best is None so far: a later assignment may make it a number or None
                    self.none_compares[id(node)] = (self.inst.key, left_node, comp, op)
                else:
                    self.check_compare(op, left, right, node)
            left, left_node = right, comp
        return BOOL

    def check_compare(self, op, lt, rt, node):
        num = (INT, FLOAT, BOOL, NUM)
        if any(isinstance(p, FuncT) for p in walk_types(lt)) and any(isinstance(p, FuncT) for p in walk_types(rt)):
            lt, rt = concrete(lt), concrete(rt)  # function values of any functions are one type (types/functions.py)
        if isinstance(op, (ast.In, ast.NotIn)) and (isinstance(lt, OptT) or lt == NONE) and none_is_looked_up(rt):
            # `x in xs` where x may be None: None is among xs only if xs holds None (lowering: contains_optional)
            if isinstance(rt, TupleT):
                for e in rt.elems:
                    self.check_compare(ast.Eq(), lt, e, node)
                return
            if lt == NONE:
                return
            elem = rt.key if isinstance(rt, DictT) else rt.elem
            if isinstance(elem, OptT):
                return self.check_compare(op, lt.inner, with_items(rt, elem.inner), node)
            return self.check_compare(op, lt.inner, rt, node)
        if isinstance(op, (ast.In, ast.NotIn)) and isinstance(rt, (ListT, DequeT, SetT, DictT)) and not isinstance(lt, OptT):
            elem = rt.key if isinstance(rt, DictT) else rt.elem
            if isinstance(elem, OptT):  # `x in xs` where xs's items may be None
                if lt == NONE:
                    return
                return self.check_compare(op, lt, with_items(rt, elem.inner), node)
        if isinstance(lt, OptT) or isinstance(rt, OptT):  # `x is None`, `x == 3` where x may be None
            inner_l = lt.inner if isinstance(lt, OptT) else lt
            inner_r = rt.inner if isinstance(rt, OptT) else rt
            if NONE in (lt, rt) and isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)):
                return
            if isinstance(op, (ast.Eq, ast.NotEq)) or isinstance(op, (ast.Is, ast.IsNot)) and inner_l == inner_r == INT:
                return self.check_compare(op, inner_l, inner_r, node)  # ints: `is` compares values (lowering: compare)
            raise self.source.error(node, f"'{OP_SYMBOLS[type(op)]}' between {lt} and {rt} is not supported yet")
        if isinstance(op, (ast.Is, ast.IsNot)):
            if NONE in (lt, rt) or (isinstance(lt, ClassT) and isinstance(rt, ClassT)) or lt == rt == BOOL:
                return  # True and False are single objects: `r is True` is `r == True` for a bool
            if lt == rt == INT:
                return  # compared as values: docs/SUPPORTED.md, Differences (lowering: compare)
            if isinstance(lt, MUTABLE_CONTAINERS) and isinstance(rt, MUTABLE_CONTAINERS):
                return  # the same object or not: compared by address
            if isinstance(lt, FuncT) and isinstance(rt, FuncT):
                return  # the same function or not
            raise self.source.error(node, "'is' comparisons other than 'is None' and between objects, bools or ints are not supported yet")
        if isinstance(op, (ast.In, ast.NotIn)):
            if rt == STR and lt == STR or rt in (BYTES, BYTEARRAY) and lt in (BYTES, BYTEARRAY, INT):
                return
            if isinstance(rt, ClassT):  # x in obj: obj.__contains__(x), its result's truth
                r = self.dunder(rt, "__contains__", (lt,))
                if r is None:
                    raise self.source.error(node, f"'in' on a '{rt.name}' object without __contains__ is not supported yet")
                if isinstance(r, ClassT):
                    self.object_truth(r, node)
                return
            if isinstance(rt, (ListT, DequeT)):
                if isinstance(rt.elem, ClassT):  # compared by the items' __eq__
                    self.derived_dunders(rt.elem, ("__eq__",), node)
                if rt.elem == BOTTOM or lt == rt.elem or comparable_numbers(lt, rt.elem) or known_length_of(lt, rt.elem) \
                        or isinstance(lt, DictT) and compared_as_dict(lt) == compared_as_dict(rt.elem):
                    return
                if isinstance(rt, ListT) and any_length_among(lt, rt.elem):  # lowering: as_fixed_tuple
                    return
            if rt == RANGE and lt in (INT, BOOL):
                return
            if isinstance(rt, TupleT) and all(e == lt for e in rt.elems):
                return
            if isinstance(rt, ListT) and isinstance(lt, ClassT) and isinstance(rt.elem, ClassT):
                try:
                    join(lt, rt.elem)
                    return
                except TypeConflict:
                    pass
            if isinstance(rt, (DictT, SetT, ViewT)):
                kt = rt.key if isinstance(rt, DictT) else rt.elem if isinstance(rt, SetT) else rt.elem()
                if kt == BOTTOM or lt == kt or comparable_numbers(lt, kt) or known_length_of(lt, kt) \
                        or kt.has_bottom() and refines(lt, kt):  # keys not fully known yet: learn_from_read
                    return
                if isinstance(lt, VarTupleT) and lt.has_bottom() and refines(kt, lt):
                    return  # `() in s`: a tuple whose items were never known, converted (lowering: key_value)
                if isinstance(rt, (DictT, SetT)) and tuple_key(kt, lt) is not None:
                    return  # tuples of another length: the keys widen (learn_from_read)
            raise self.source.error(node, f"'in' with {lt} and {rt} is not supported")
        if lt in num and rt in num:
            return
        if isinstance(lt, FuncT) and isinstance(rt, FuncT) and isinstance(op, (ast.Eq, ast.NotEq)):
            return  # functions are equal when they are the same function
        if isinstance(lt, ClassT) or isinstance(rt, ClassT):
            return self.compare_dunder(op, lt, rt, node)
        if ordered_by_items(op, lt, rt):  # lowering: compare_tuples_apart
            return self.check_item_pairs(op, lt, rt, node)
        if {type(lt), type(rt)} == {VarTupleT, TupleT}:  # a tuple of known length as one of any length
            try:
                lt = rt = join(lt, rt)
            except TypeConflict:
                pass
        if lt == rt and (lt in (STR, BYTES) or isinstance(lt, (ListT, TupleT))) or {lt, rt} <= {BYTES, BYTEARRAY}:
            if isinstance(op, (ast.Eq, ast.NotEq)) or is_orderable(lt, self.ordered_classes()):
                return
        if isinstance(lt, DequeT) and isinstance(rt, DequeT) and isinstance(op, (ast.Eq, ast.NotEq)):
            try:
                join(lt, rt)
                return
            except TypeConflict:
                pass
        if isinstance(lt, (DictT, SetT)) and isinstance(rt, (DictT, SetT)):
            try:
                join(compared_as_dict(lt), compared_as_dict(rt))
            except TypeConflict:
                raise self.source.error(node, f"comparing {lt} with {rt} is not supported")
            if isinstance(op, (ast.Eq, ast.NotEq)) or isinstance(lt, SetT) or lt.kind == "Counter":
                return  # sets and Counters (3.10+) are ordered by inclusion
        if lt == NONE or rt == NONE:
            if isinstance(op, (ast.Eq, ast.NotEq)):
                return
        if ordered_apart(op, lt, rt):  # lowering: compare_tuples_apart
            return self.check_item_pairs(op, lt, rt, node)
        if isinstance(lt, TupleT) and isinstance(rt, TupleT) and (lt.name or rt.name) and len(lt.elems) == len(rt.elems):
            raise self.source.error(node, f"comparing a named tuple ({lt if lt.name else rt}) with another tuple type is not supported yet")
        if lt == rt == RANGE and isinstance(op, (ast.Eq, ast.NotEq)):  # equal ranges are equal: not done yet
            raise self.source.error(node, "comparing ranges is not supported yet; compare list(range(...))")
        if isinstance(op, (ast.Eq, ast.NotEq)) and may_be_equal(lt, rt):
            raise self.source.error(node, f"comparing {lt} with {rt} is not supported yet")
        if isinstance(op, (ast.Eq, ast.NotEq)):
            raise self.source.error(node, f"comparing {lt} with {rt} is always {'False' if isinstance(op, ast.Eq) else 'True'}; pyzc refuses it as a likely mistake")
        sym = OP_SYMBOLS[type(op)]
        raise self.source.error(node, f"'{sym}' not supported between instances of '{lt}' and '{rt}'")

    def check_item_pairs(self, op, lt: TupleT, rt: TupleT, node):
        """The item comparisons of a tuple comparison done pair by pair (ordered_apart, ordered_by_items):
        each pair's equality and, for an ordering, its order.  Two items of which neither class orders
        them are CPython's TypeError when that pair is reached, not a refusal (lowering: compare_objects)."""
        for a, b in zip(lt.elems, rt.elems):
            self.check_compare(ast.Eq(), a, b, node)
            if isinstance(op, (ast.Eq, ast.NotEq)):
                continue
            if isinstance(a, ClassT) or isinstance(b, ClassT):
                self.order_dunder(op, a, b, node)
            else:
                self.check_compare(op, a, b, node)

    def expr_NamedExpr(self, node: ast.NamedExpr):
        """(x := value): value, also stored to x (frontend/check.py refuses it in comprehensions and lambdas)."""
        t = self.expr_keep(node.value)
        self.assign_to(node.target, t, node)
        return t

    def expr_IfExp(self, node: ast.IfExp):
        self.cond(node.test)
        known = static_none_test(node.test, self.inst.expr_types)
        if known is not None:  # `x[i] if x else d` where x is always None here: one branch runs
            return self.expr_keep(node.body if known else node.orelse)
        saved = self.not_none  # `x if x is not None else d`: each branch narrowed as an if statement's
        self.not_none = saved | self.narrowed(node.test, True)
        a = self.expr_or_none(node.body)
        self.not_none = saved | self.narrowed(node.test, False)
        b = self.expr_or_none(node.orelse)
        self.not_none = saved
        try:
            t = join(a, b)
        except TypeConflict:
            spread = getattr(node, "pyzc_double_star", None)  # typed_program.double_star: `f(**d)` filling p
            if spread is not None:
                raise self.source.error(node, f"**{spread[1]} may fill the parameter '{spread[0]}' of {spread[2]}() ({b} by its "
                                              f"default) with one of its values, which are {a}: a dict passed with ** whose values "
                                              "have another type than the parameters it fills is not supported yet")
            raise self.source.error(node, f"the two branches of this conditional expression have different types ({a} and {b})")
        self.unify([node.body, node.orelse], t)
        return t

    def unify(self, nodes, t: Type):
        """Values joined into one (the branches of `a if c else []`, `d or {}`, the items of `[[], xs]`)
        are one C type: an empty container among them takes the joined type."""
        for n in nodes:
            nt = self.inst.expr_types.get(id(n))
            if nt is not None and nt != t and nt != BOTTOM and nt.has_bottom() and refines(t, nt):
                self.widen(n, t)

    def expr_Subscript(self, node: ast.Subscript):
        ct = self.expr(node.value)
        if ct == MATCH and not isinstance(node.slice, ast.Slice) and isinstance(node.ctx, ast.Load):  # m[g] is m.group(g)
            gt = self.expr(node.slice)
            if gt not in (INT, STR, BOOL, BOTTOM):
                raise self.source.error(node.slice, "no such group")
            zero = isinstance(node.slice, ast.Constant) and node.slice.value == 0 and gt == INT
            key = node.slice.value if isinstance(node.slice, ast.Constant) and type(node.slice.value) in (int, str) else None
            always = GroupFacts(self).of_receiver(node.value) if key is not None and not zero else None
            return STR if zero or always is not None and always.holds(key) else OptT(STR)
        if isinstance(ct, ClassT) and not isinstance(node.slice, ast.Slice):  # obj[key]: its __getitem__
            kt = self.expr(node.slice)
            r = self.dunder(ct, "__getitem__", (kt,))
            if r is None:
                raise self.source.error(node, f"'{ct}' object is not subscriptable")
            return r
        if isinstance(ct, ClassT) and isinstance(node.slice, ast.Slice) and self.dunder(ct, "__getitem__", (INT,)) is not None:
            raise self.source.error(node, f"slicing a '{ct}' object (its __getitem__ given a slice) is not supported yet")
        if isinstance(node.slice, ast.Slice):
            for part in (node.slice.lower, node.slice.upper, node.slice.step):
                if part is not None:
                    self.expect(part, INT, "slice indices")
            if ct in (STR, BYTES, BYTEARRAY) or isinstance(ct, ListT) or ct == BOTTOM:
                return ct
            if isinstance(ct, TupleT):
                try:
                    return VarTupleT(tuple_items_type(ct))
                except TypeConflict:
                    sl = constant_slice(node.slice)
                    if sl is None:
                        raise self.source.error(node, f"slicing a {ct} by other than constants is not supported yet (its items have different types)")
                    return TupleT(tuple(ct.elems[sl]))  # lowering: expr_Subscript picks the items
            if ct == RANGE and isinstance(node.ctx, ast.Load):  # a range (ir/build_iteration.py range_slice)
                return RANGE
            if ct == NONE and isinstance(node.ctx, ast.Load):  # may be an item of `[None] * n` filled later
                return self.none_used(node.value, "'NoneType' object is not subscriptable")
            raise self.source.error(node, f"'{ct}' object is not subscriptable")
        it = self.expr(node.slice)
        if ct == BOTTOM:
            return BOTTOM
        if ct == NONE and isinstance(node.ctx, ast.Load):  # may be an item of `[None] * n` filled later
            return self.none_used(node.value, "'NoneType' object is not subscriptable")
        if isinstance(ct, DictT):
            if it != BOTTOM and ct.key != BOTTOM:
                try:
                    join_items(ct.key, it)
                except TypeConflict:
                    if not ({it, ct.key} <= {INT, BOOL}) and not comparable_numbers(it, ct.key) \
                            and tuple_key(ct.key, it) is None:
                        raise self.source.error(node.slice, f"a {ct} is indexed by {ct.key} keys, not {it}")
            self.learn_from_read(node.value, ct, it)
            self.dict_missing_key(node, ct, it)
            return ct.value
        if ct == EXC_ARGS:
            self.check_index(it, node.slice)
            return STR
        if isinstance(ct, TupleT):
            i = constant_int(node.slice)
            if i is None and all(e == ct.elems[0] for e in ct.elems):  # one item type: any index
                self.check_index(it, node.slice)
                return ct.elems[0]
            if i is None:
                try:  # items of types that join (`((), (1, 2), (3,))`): the place holds a tuple of any length
                    vt = VarTupleT(tuple_items_type(ct))
                except TypeConflict:
                    vt = None
                if vt is not None and not isinstance(node.value, ast.Tuple):
                    self.check_index(it, node.slice)
                    self.widen(node.value, vt)
                    return vt.elem
                raise self.source.error(node.slice, f"a {ct} is indexed by constant integers only (its items have different types)")
            if not -len(ct.elems) <= i < len(ct.elems):
                return BOTTOM  # CPython's IndexError when it runs (lowering: expr_Subscript); no value is made
            return ct.elems[i]
        if ct == STR:
            self.check_index(it, node.slice)
            return STR
        if ct in (BYTES, BYTEARRAY):
            self.check_index(it, node.slice)
            return INT
        if isinstance(ct, (ListT, DequeT)):
            self.check_index(it, node.slice)
            return ct.elem
        if ct == RANGE:
            self.check_index(it, node.slice)
            return INT
        raise self.source.error(node, f"'{ct}' object is not subscriptable")

    def check_index(self, it, node):
        if it not in (INT, BOOL, BOTTOM, NUM):  # NUM: CPython's TypeError if it holds a float (lowering)
            raise self.source.error(node, f"indices must be integers, not {it}")

    def elements_type(self, elts, what: str, node=None) -> Type | None:
        """The one element type of a list or set display."""
        t: Type = BOTTOM
        pending = False
        for e in elts:
            et = self.starred_items(e) if isinstance(e, ast.Starred) else self.expr_keep(e)
            if isinstance(e, ast.Starred):  # `*f()`: pending while f's result is not known (not its items)
                pending = pending or (self.inst.expr_types.get(id(e.value)) == BOTTOM and isinstance(e.value, ast.Call))
            else:
                pending = pending or (et == BOTTOM and isinstance(e, ast.Call))
            try:
                t = join(t, et)
            except TypeConflict:
                try:  # `[[0, 0.5], [1, 2]]`: lists made here, all made with the wider items
                    t = join_place(t, et)
                except TypeConflict:
                    raise self.source.error(e, f"a {what} holds one type of element: this is {et}, earlier ones are {t}")
        if pending:  # the result of a call not inferred yet: the display's type is not known this round
            return None
        self.unify([e for e in elts if not isinstance(e, ast.Starred)], t)
        for e in elts:
            if not isinstance(e, ast.Starred) and widens_items(t, self.inst.expr_types.get(id(e), BOTTOM)):
                self.widen(e, t)
        for e in elts:
            if isinstance(e, ast.Starred):
                self.unify_spread(e.value, t)
        return t

    def unify_spread(self, node, elem: Type) -> None:
        """`*xs` in a display whose items are elem: an empty container spread there (`[*[], *names]`)
        takes that item type, as unify gives it to an empty item."""
        vt = self.inst.expr_types.get(id(node))
        if isinstance(vt, ListT) and not isinstance(vt, ArrayT):
            self.unify([node], VarTupleT(elem) if isinstance(vt, VarTupleT) else ListT(elem))
        elif isinstance(vt, SetT):
            self.unify([node], SetT(elem))

    def starred_items(self, node: ast.Starred) -> Type:
        """The items' type of `*xs` in a display: each item of the iterable is an item of the display."""
        t = self.iter_elem(node.value)
        if is_transient(t):
            raise self.source.error(node, "range/iterator objects as items of a display are not supported yet")
        return t

    def expr_List(self, node: ast.List):
        elem = self.elements_type(node.elts, "list", node)
        return BOTTOM if elem is None else ListT(elem)

    def comprehension(self, node) -> frozenset[str]:
        """Types the generators and their conditions; a condition narrows what follows it, up to the
        element (`[x for x in xs if x is not None]` holds the values).  Gives the narrowing before it,
        which the caller restores once the element is typed."""
        saved = self.not_none
        for gen in node.generators:
            self.bind_iteration(gen.target, gen.iter, gen)
            if self.not_none:  # its target is bound anew: a narrowing of that name from outside ends
                self.not_none = self.not_none - with_none_keys(frozenset(n.id for n in walk(gen.target) if isinstance(n, ast.Name)))
            for c in gen.ifs:
                self.cond(c)
                self.not_none = self.not_none | self.narrowed(c, True)
        return saved

    def expr_Tuple(self, node: ast.Tuple):
        if any(isinstance(e, ast.Starred) for e in node.elts):
            return self.starred_tuple(node)
        types = []
        for e in node.elts:
            t = self.expr_keep(e)
            iterated = isinstance(self.stmt_now, ast.For) and self.stmt_now.iter is node
            if is_transient(t) and not (t == RANGE and iterated):  # `for r in (range(a), range(b)):`
                raise self.source.error(e, "range/iterator objects in tuples are not supported yet (except a tuple of ranges that a for loop iterates)")
            types.append(t)
        if not types:  # `()`: a tuple of any length, its item type taken from where it goes
            return VarTupleT(BOTTOM)
        return TupleT(tuple(types))

    def starred_tuple(self, node: ast.Tuple) -> Type:
        """`(*t, x)`: a tuple of known length when each starred value is one (`(*pair, 0)`), else a tuple of
        any length whose items have one type (`(*xs, 0)`: lowering builds it as a list)."""
        parts: list[Type] = []
        known = True
        for e in node.elts:
            if isinstance(e, ast.Starred):
                vt = self.expr(e.value)
                if vt == BOTTOM:
                    return BOTTOM  # typed in a later round
                if isinstance(vt, TupleT):
                    parts.extend(vt.elems)
                    continue
                known = False
                parts.append(self.starred_items(e))
            else:
                parts.append(self.expr_keep(e))
        if known:
            return TupleT(tuple(parts))
        t: Type = BOTTOM
        for e, pt in zip(node.elts, parts):
            try:
                t = join(t, pt)
            except TypeConflict:
                raise self.source.error(e, f"a tuple made with * holds one type of item: this is {pt}, earlier ones are {t}")
        for e in node.elts:
            if isinstance(e, ast.Starred):
                self.unify_spread(e.value, t)
        return VarTupleT(t)

    def expr_Dict(self, node: ast.Dict):
        kt: Type = BOTTOM
        vt: Type = BOTTOM
        for k, v in zip(node.keys, node.values):
            if k is None:  # {**m, ...}: m's items, in its order
                mt = self.expr(v)
                if mt == BOTTOM:
                    continue
                if not isinstance(mt, DictT):
                    raise self.source.error(v, f"'{python_type_name(mt)}' object is not a mapping" if not isinstance(mt, ClassT)
                                            else "** unpacking of an object in a dict display is not supported yet")
                try:
                    kt, vt = join(kt, mt.key), join(vt, mt.value)
                except TypeConflict:
                    raise self.source.error(v, f"a dict holds one key type and one value type; this one's items are {mt.key}: {mt.value}, earlier ones {kt}: {vt}")
                continue
            # both typed before either is joined: the message names the entry's two types
            ek, ev = self.expr(k), self.expr_keep(v)
            try:
                kt = join(kt, ek)
                try:
                    vt = join(vt, ev)
                except TypeConflict:
                    if getattr(node, "pyzc_kwargs_of", None):
                        raise
                    vt = join_place(vt, ev)  # {"a": [1, 2], "b": [1.5]}: lists made here, made with the wider items
            except TypeConflict:
                if getattr(node, "pyzc_kwargs_of", None):  # the dict of a **kwargs parameter (bind_call)
                    raise self.source.error(v, f"the keyword arguments that {getattr(node, 'pyzc_kwargs_of')} collects have different types"
                                            f" ({vt} and {ev}); that is not supported yet")
                raise self.source.error(k, f"a dict holds one key type and one value type; this entry differs ({ek}: {ev}), earlier ones are {kt}: {vt}")
        if getattr(node, "pyzc_kwargs_of", None) and kt == BOTTOM:
            kt = STR  # the keywords of a call that gives none: still a dict of str keys (its values come from use)
        self.check_hashable(kt, node)
        self.unify([v for k, v in zip(node.keys, node.values) if k is not None], vt)
        for k, v in zip(node.keys, node.values):
            if k is not None and widens_items(vt, self.inst.expr_types.get(id(v), BOTTOM)):
                self.widen(v, vt)
            spread_t = self.inst.expr_types.get(id(v))
            if k is None and isinstance(spread_t, DictT):  # `{**{}, **d}`: the empty one takes the display's types
                self.unify([v], DictT(kt, vt, spread_t.kind))
        return DictT(kt, vt)

    def expr_Set(self, node: ast.Set):
        t = self.elements_type(node.elts, "set")
        if t is None:
            return BOTTOM
        self.check_hashable(t, node)
        return SetT(t)

    def expr_DictComp(self, node: ast.DictComp):
        saved = self.comprehension(node)
        kt = self.expr(node.key)
        self.check_hashable(kt, node.key)
        vt = self.expr_or_none(node.value)
        self.not_none = saved
        return DictT(kt, vt)

    def expr_SetComp(self, node: ast.SetComp):
        saved = self.comprehension(node)
        t = self.expr(node.elt)
        self.not_none = saved
        self.check_hashable(t, node.elt)
        return SetT(t)

    def expr_ListComp(self, node: ast.ListComp):
        saved = self.comprehension(node)
        t = self.expr_or_none(node.elt)
        self.not_none = saved
        return ListT(t)

    def expr_GeneratorExp(self, node: ast.GeneratorExp):
        # elsewhere a generator expression is a generator function by now (frontend/genexp_functions.py)
        raise self.source.error(node, "a generator expression inside a comprehension or a lambda is supported only as the argument of sum, min, max, any, all, sorted, list and str.join for now")

    def genexp_elem(self, node: ast.GeneratorExp, keep: bool = False) -> Type:
        """The items' type of a generator expression; keep: its consumer takes items that may be None
        as they are (min, max)."""
        saved = self.comprehension(node)
        t = self.expr_or_none(node.elt) if keep else self.expr(node.elt)
        self.not_none = saved
        self.set_type(node, ListT(t))
        return t

    def expr_JoinedStr(self, node: ast.JoinedStr):
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                converted = v.conversion in (ord("r"), ord("s"))  # a spec formats the str it makes
                t = self.expr_keep(v.value) if v.format_spec is None or converted else self.expr(v.value)
                if is_transient(t):
                    raise self.source.error(v.value, "formatting range/iterator objects is not supported yet")
                if unprintable(t):
                    raise self.source.error(v.value, f"formatting {unprintable(t)} objects is not supported yet")
                if v.format_spec is not None and not converted and t not in (INT, FLOAT, STR, BOOL, NUM, BOTTOM) \
                        and not self.formats_itself(t):
                    raise self.source.error(v.value, f"format specs for {t} values are not supported yet")
                if v.format_spec is None and v.conversion == -1:
                    self.formats_itself(t)  # f"{obj}": its __format__(""), if its class has one (lowering: format_plain)
        return STR

    def expr_Attribute(self, node: ast.Attribute):
        name = self.type_name_type(node)  # type(x).__name__ (types/type_of_rules.py)
        if name is not None:
            return name
        if node.attr == "__class__":
            raise self.source.error(node, "x.__class__ is supported as x.__class__.__name__ and in comparisons of types for now")
        cls = self.class_named(node.value)
        if cls is not None:
            return self.class_attr(node, cls)
        nt = self.namedtuple_named(node.value)
        if nt is not None:
            return self.namedtuple_class_attr(node, nt)
        if not (isinstance(node.value, ast.Name) and node.value.id in self.program.imports and not self.is_variable_name(node.value.id)):
            t = self.expr(node.value)
            if isinstance(t, ClassT):
                return self.object_attr(node, t)
            if isinstance(t, TupleT) and t.name:
                return self.namedtuple_field(node, t)
            if t == BOTTOM:
                return BOTTOM
            if t == NONE:
                return self.none_receiver(node.value, node, node.attr)
            if t in (FILE, BINFILE):  # a binary file's name and closed are a text file's
                return file_attr(self, node)
            if isinstance(t, StructT):  # its format and size (primitives/struct_ops.py)
                if node.attr not in STRUCT_ATTRIBUTES:
                    raise self.source.error(node, f"struct.Struct.{node.attr} is not supported yet")
                return STRUCT_ATTRIBUTES[node.attr]
            if t == MATCH or isinstance(t, PatternT):  # primitives/re_ops.py
                table = RE_MATCH_ATTRIBUTES if t == MATCH else RE_PATTERN_ATTRIBUTES
                if node.attr not in table:
                    raise self.source.error(node, f"{t}.{node.attr} is not supported yet")
                return table[node.attr][0]
            if t == HASH:  # name, digest_size, block_size (primitives/hashlib_ops.py)
                if node.attr not in HASH_ATTRIBUTES:
                    raise self.source.error(node, f"_hashlib.HASH.{node.attr} is not supported yet")
                return HASH_ATTRIBUTES[node.attr][0]
            if isinstance(t, FuncT):  # f.__name__ (ir/build_functions.py)
                if node.attr not in ("__name__", "__qualname__"):
                    if all(n.endswith(constructor_name("")) for n in t.names):  # a class as a value (frontend/class_values.py)
                        raise self.source.error(node, f"the attribute '{node.attr}' of a class used as a value is not supported yet (__name__ is)")
                    raise self.source.error(node, f"function.{node.attr} is not supported yet (__name__ is)")
                return STR
            if isinstance(t, ArrayT):  # its typecode and itemsize are constants (ir/build.py)
                if node.attr not in ARRAY_ATTRIBUTES:
                    raise self.source.error(node, f"array.{node.attr} is not supported yet")
                return ARRAY_ATTRIBUTES[node.attr]
        if node.attr == "args" and not (isinstance(node.value, ast.Name) and node.value.id in self.program.imports):
            t = self.expr(node.value)
            if t == EXC:
                return EXC_ARGS
        if is_os_path(self, node):
            raise self.source.error(node, "os.path is supported only in calls (os.path.join(...), os.path.exists(...)...)")
        if isinstance(node.value, ast.Name) and node.value.id == "os" and "os" in self.program.imports:
            raise self.source.error(node, f"os.{node.attr} is not supported yet" if node.attr not in module_functions("os")
                                    else f"os.{node.attr} is supported only when called")
        if isinstance(node.value, ast.Name) and node.value.id == "sys" and "sys" in self.program.imports:
            if node.attr == "argv":
                return ListT(STR)
            if node.attr in ("stdin", "stdout", "stderr"):
                return FILE
            if node.attr == "maxsize":
                return INT
            if node.attr in SYS_STRINGS:
                return STR
            if node.attr == "version_info":  # the uses frontend/sys_version.py makes constants are gone
                raise self.source.error(node, "sys.version_info is supported compared with a tuple of at most two ints "
                                        "(sys.version_info >= (3, 8)), as [0], [1] or [:2], and as .major and .minor: "
                                        "pyzc compiles CPython 3.11's language, whatever its micro version")
            raise self.source.error(node, f"sys.{node.attr} is not supported yet")
        if isinstance(node.value, ast.Name) and node.value.id == "re" and "re" in self.program.imports \
                and node.attr in RE_FLAGS:
            return INT
        if isinstance(node.value, ast.Name) and node.value.id == "math" and "math" in self.program.imports:
            if node.attr in MATH_CONSTS:
                return FLOAT
            raise self.source.error(node, f"math.{node.attr} is not supported yet")
        if isinstance(node.value, ast.Name) and node.value.id in MODULES and node.value.id in self.program.imports:
            raise self.source.error(node, f"{node.value.id}.{node.attr} is not supported yet" if node.attr not in
                                    module_functions(node.value.id) else f"{node.value.id}.{node.attr} is supported only when called")
        if isinstance(node.value, ast.Name) and node.value.id in self.program.imports and not self.is_variable_name(node.value.id):
            raise self.source.error(node, f"{node.value.id}.{node.attr} is not supported yet")
        t = self.expr(node.value)
        if t == EXC and node.attr == "code":  # of a SystemExit (types/exit_codes.py)
            self.exit_code_reads[id(node)] = (self.inst.key, node)
            code = exit_code_type(self.exit_codes) or BOTTOM
            if code == NONE and not self.finished:  # a code may come later this round: None only at the end
                self.last_round_wanted = True  # (asks run for its last round)
                return BOTTOM
            return code
        if t == EXC and node.attr in OSERROR_ATTRIBUTES:  # read from an OSError's message (runtime_c/os.c)
            return OSERROR_ATTRIBUTES[node.attr][0]
        if t == EXC:
            raise self.source.error(node, f"the attribute '{node.attr}' of an exception is not supported yet (its .args, "
                                          "of an OSError .errno, .strerror, .filename, .filename2, and of a SystemExit .code are)")
        if isinstance(t, DequeT) and node.attr == "maxlen":  # None when unbounded (lowering: expr_Attribute)
            return OptT(INT)
        kind = receiver_kind(t)
        if kind is not None and REGISTRY.declares(REGISTRY.resolve(kind, node.attr), node.attr):
            forms = REGISTRY.forms(REGISTRY.resolve(kind, node.attr), node.attr)
            arities = {len(f.params) for f in forms} | {f.min_args for f in forms}
            if len(arities) == 1 and not any(f.cpython_max or f.cpython_min >= 0 for f in forms):
                return self.builtin_bound_value(node, t, arities.pop())  # types/functions.py
            optional = BOUND_DEFAULTS.get((kind, node.attr), ())
            if optional and max(arities) - min(arities) == len(optional):
                return self.builtin_bound_value(node, t, max(arities), optional)
            raise self.source.error(node, f"a bound method as a value ({python_type_name(t)}.{node.attr}) is not supported yet;"
                                    " call it, or wrap it in a lambda")
        raise self.source.error(node, f"'{python_type_name(t)}' object has no attribute '{node.attr}'"
                                if kind is not None else f"the attribute '{node.attr}' of a {python_type_name(t)} value is not supported yet")

    # ------------------------------------------------------------ calls
    def expr_Call(self, node: ast.Call):
        try:
            return self.call_type(node)
        except ArgumentsNotKnownYet:  # f(*t), t not typed yet: a later round types the call
            return BOTTOM

    def tuple_length(self, node) -> int | None:
        """The length of a tuple argument spread with `*` (bind_call): -1 while its type is not known."""
        t = self.expr(node)
        if t == BOTTOM:
            return -1
        if isinstance(t, VarTupleT) and t.elem == BOTTOM:
            return 0  # a tuple whose items have no type holds none (an empty *args)
        return len(t.elems) if isinstance(t, TupleT) else None

    def expr_Starred(self, node: ast.Starred):
        raise self.source.error(node, "unpacking with * is not supported here yet (it is in displays, in calls of the program's"
                                " own functions, in print() and zip(), in other builtins' calls for a display or a global"
                                " tuple, and in assignments)")

    def call_type(self, node: ast.Call):
        f = node.func
        if isinstance(f, ast.Name):
            if f.id in self.program.functions and not self.is_local(f.id):
                return self.user_call(node, self.program.functions[f.id])
            named = self.class_named(f)
            if named is not None:
                return self.construct(node, named.name)
            nt = self.namedtuple_named(f)
            if nt is not None:
                return self.namedtuple_new(node, nt)
            func = self.inst.func
            if func.kind == "classmethod" and f.id == func.params[0]:
                return self.construct(node, self.inst.argtypes[0].name)
            if f.id in BUILTIN_NAMES and not self.is_local(f.id) and f.id not in self.program.globals:
                return self.builtin_call(node, f.id)
            if f.id in self.program.globals or self.is_local(f.id):
                return self.value_call(node)  # a variable holding a function (types/functions.py)
            if f.id == "type":
                return self.type_call(node)
            return self.unknown_name(f, f.id)  # not its arguments: map(str, xs) would refuse str as a value
        if isinstance(f, ast.Attribute):
            if isinstance(f.value, ast.Name) and f.value.id in self.program.imports and f.value.id not in self.program.globals:
                return self.module_call(node, f.value.id, f.attr)
            if is_os_path(self, f.value):
                return self.module_call(node, "os.path", f.attr)
            if isinstance(f.value, ast.Name) and f.value.id == "int" and f.attr == "from_bytes" and not self.is_variable_name("int"):
                self.inst.calls[id(node)] = CallInfo("int.from_bytes", "from_bytes")  # a class method: no receiver
                return method_type(self, node, None, INT, "int", "from_bytes")
            if isinstance(f.value, ast.Name) and f.value.id in ("bytes", "bytearray") and not self.is_variable_name(f.value.id):
                if f.value.id != "bytes" or f.attr != "fromhex":
                    raise self.source.error(node, f"{f.value.id}.{f.attr}() is not supported yet")
                self.inst.calls[id(node)] = CallInfo("bytes.fromhex", "fromhex")  # a class method: no receiver
                return method_type(self, node, None, BYTES, "bytes", "fromhex")
            cls = self.class_named(f.value)
            if cls is not None:
                return self.class_call(node, cls, f.attr)
            nt = self.namedtuple_named(f.value)
            if nt is not None:
                raise self.source.error(node, f"{nt.typename}.{f.attr}() is not supported yet")
            if isinstance(f.value, ast.Call) and isinstance(f.value.func, ast.Name) and f.value.func.id == "super" \
                    and not self.is_variable_name("super"):
                if f.value.args or f.value.keywords:
                    func = self.inst.func
                    a = f.value.args
                    cls = self.class_named(a[0]) if len(a) == 2 and not f.value.keywords else None
                    # super(C, self) in a method of C is super(); another class or object is not supported
                    if cls is None or cls.name != func.owner or not func.takes_self or not isinstance(a[1], ast.Name) \
                            or a[1].id != func.params[0]:
                        raise self.source.error(f.value, "super() with arguments other than (this class, self) is not supported yet; use super()")
                return self.super_call(node, f.attr)
            return self.method_call(node, f.value, f.attr)
        return self.value_call(node)  # table[k](x), make()(x), (lambda x: x)(1)

    def user_call(self, node: ast.Call, func: FuncInfo) -> Type:
        args = bind_call(self.source, func, node, self.tuple_length)
        check = kwargs_check_of(node, func, args)
        if check is not None:
            self.expr(check)
        types = self.arg_types(args)
        if types is None:
            return BOTTOM
        self.check_library_call(func, args, types)
        inst = self.call_instance(func, tuple(types), args)
        hint = self.result_hints.get((self.inst.key, id(node)))
        if hint is not None and hint != inst.return_type:
            try:
                join_place(inst.return_type, hint)
            except TypeConflict:
                raise self.source.error(node, f"the result of this call is used as a {hint}, but {func.py_name}() returns a {inst.return_type}")
            inst = self.call_instance(func, inst.argtypes + (ResultT(hint),), args)
        self.inst.calls[id(node)] = CallInfo("user", func.name, inst.key, args)
        return inst.return_type

    def helper_call(self, node: ast.Call, name: str, args: list[ast.expr]) -> Type:
        """node typed as a call of `name`, a function the front end defined for the program (frontend/iter_calls.py),
        with args: lowering then makes that call (CallInfo 'user')."""
        types = self.arg_types(args)
        if types is None:
            return BOTTOM
        inst = self.call_instance(self.program.functions[name], tuple(types), args)
        self.inst.calls[id(node)] = CallInfo("user", name, inst.key, args)
        return inst.return_type

    def call_instance(self, func: FuncInfo, argtypes: tuple, args: list | None, skip: int = 0) -> Instance:
        """The instance a call runs.  An argument whose type is not fully known (`[]`, `{}`) takes
        the type the function gives its parameter (`check(grid=[])` where check appends tuples to
        grid): the call goes to the instance for the refined argument types, so that an instance's
        parameter types are its parameters' types, and the argument follows (flow_back).
        args are the bound argument expressions after the first skip parameters (None: none to follow)."""
        inst = self.instance(func, argtypes)
        if self.inst is not None and args is not None:
            self.callers.setdefault(inst.key, (self.inst.key, args))
        for _ in range(MAX_ROUNDS):
            n = len(func.params)  # a ResultT may follow the parameters' types: it is kept
            refined = tuple(self.refined_param(inst, p, t) for p, t in zip(func.params, inst.argtypes)) + inst.argtypes[n:]
            if refined == inst.argtypes:
                break
            inst = self.instance(func, refined)
            if self.inst is not None and args is not None:
                self.callers.setdefault(inst.key, (self.inst.key, args))
        if args is not None:
            self.flow_back(inst, args, list(argtypes[skip:]), skip)
        return inst

    @staticmethod
    def refined_param(inst: Instance, p: str, t: Type) -> Type:
        pt = inst.var_types.get(p, t)
        if widens_items(pt, t):  # the function stores wider items in it: the caller's list must be made so
            return pt
        if not t.has_bottom():
            return t
        return pt if pt != t and refines(pt, t) else t

    def check_library_call(self, func: FuncInfo, args: list, types: list):
        """pyzc's own library (pyzc/pylib) annotates the argument types a function supports;
        a call with another type is refused at the call, naming the function, rather than by
        whatever it breaks inside the library (random.seed("text"): a str compared with an int)."""
        module, sep, name = func.name.partition(MODULE_SEP)
        if not sep or module not in LIBRARY_MODULES or MODULE_SEP in name:
            return
        name = name.removesuffix(".__init__")  # a class's constructor: random.Random()
        for p, a, t in zip(func.params, args, types):
            ann = func.annotations.get(p)
            want = self.annotation_type(ann) if ann is not None else None
            if want is None or want == UNCHECKED or a is None:
                continue
            try:
                ok = join(want, t) == want
            except TypeConflict:
                ok = False
            if not ok:
                raise self.source.error(a, f"{module}.{name}() with a {t} argument is not supported yet "
                                           f"(pyzc's {module} module takes {want} for '{p}')")

    def flow_back(self, inst: Instance, args: list, types: list, skip: int = 0):
        """An empty container passed to a function that fills it (`keys = []; collect(tree, keys)`,
        `check(grid=[])`) takes its type from the parameter's: the argument and the parameter are
        one object.  Recorded for check_flows."""
        for p, pt, a, t in zip(inst.func.params[skip:], inst.argtypes[skip:], args, types):
            if t.has_bottom() or widens_items(pt, t):
                self.flows[(self.inst.key, id(a))] = (self.inst.key, a, inst.func.node, pt)
                if pt != t and (refines(pt, t) or widens_items(pt, t)):
                    self.widen(a, pt)

    def no_keywords(self, node, name, allowed=()):
        for kw in node.keywords:
            if kw.arg not in allowed:
                raise self.source.error(kw, f"{name}() got an unexpected keyword argument '{kw.arg}'" if kw.arg else "** arguments are not supported yet")

    def nargs(self, node, name, lo, hi):
        n = len(node.args)
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise self.source.error(node, "starred arguments are not supported yet")
        if not (lo <= n <= hi):
            if lo == hi:
                raise self.source.error(node, f"{name}() takes exactly {lo} argument{'s' if lo != 1 else ''} ({n} given)")
            raise self.source.error(node, f"{name}() takes from {lo} to {hi} arguments ({n} given)")

    def iterable_elem(self, arg, keep: bool = False) -> Type:
        """Element type of an iterable argument (a generator expression allowed; keep: genexp_elem)."""
        if isinstance(arg, ast.GeneratorExp):
            return self.genexp_elem(arg, keep)
        return self.iter_elem(arg)

    def builtin_call(self, node: ast.Call, name: str) -> Type:
        """A call of a builtin function: every one is declared in primitives/ (BUILTIN_NAMES)."""
        self.inst.calls[id(node)] = CallInfo("builtin", name)
        return method_type(self, node, None, None, BUILTINS, name)

    def sort_keywords(self, node, elem: Type, what: str, where):
        """reverse= and key= of sorted() and list.sort(): without a key the items themselves are compared."""
        keyed = False
        for kw in node.keywords:
            if kw.arg == "reverse":
                self.expect(kw.value, BOOL, f"{what} reverse")
            else:
                self.key_function(kw.value, elem)
                keyed = True
        if not keyed:
            if isinstance(elem, ClassT):
                self.dunder(elem, "__lt__", (elem,))
            self.check_orderable(elem, where)

    def key_function(self, fn, elem: Type) -> Type:
        """key=lambda x: ...: x takes the items' type; the key must be orderable."""
        if not isinstance(fn, ast.Lambda):
            raise self.source.error(fn, "key= takes a lambda for now (key=lambda x: ...)")
        self.assign_var(fn.args.args[0].arg, elem, fn)
        kt = self.expr(fn.body)
        if is_transient(kt):
            raise self.source.error(fn.body, "a key cannot be a range/iterator")
        self.set_type(fn, kt)
        if isinstance(kt, ClassT):
            self.dunder(kt, "__lt__", (kt,))
        if kt != BOTTOM:
            self.check_orderable(kt, fn.body)
        return kt

    def check_orderable(self, t, node):
        if not is_orderable(t, self.ordered_classes()):
            raise self.source.error(node, f"sorting {t} values is not supported")

    def module_call(self, node: ast.Call, module: str, attr: str) -> Type:
        self.inst.calls[id(node)] = CallInfo(module, attr)
        if module in MODULES:  # math, collections...: primitives/
            return method_type(self, node, None, None, module, attr)
        raise self.source.error(node, f"{module}.{attr}() is not supported yet")

    def method_call(self, node: ast.Call, recv, attr: str) -> Type:
        rt = self.expr(recv)
        self.inst.calls[id(node)] = CallInfo("method", attr)
        of = getattr(node.func, "pyzc_descriptor_of", None)  # `str.upper(x)` (frontend/unbound_methods.py)
        if of is not None and rt != BOTTOM and not descriptor_applies(of, rt):
            raise self.source.error(recv, f"descriptor '{attr}' for '{of}' objects doesn't apply to a "
                                          f"'{python_type_name(rt)}' object")
        a = node.args
        if rt == BOTTOM:  # not known yet this round: the arguments are typed, not used (nor checked for None)
            for arg in a:
                if not isinstance(arg, ast.GeneratorExp):
                    self.expr_keep(arg)
            return BOTTOM
        if isinstance(rt, ClassT):
            return self.object_method_call(node, recv, rt, attr)
        if isinstance(rt, TupleT) and rt.name:
            return self.namedtuple_method(node, recv, rt, attr)
        if rt == NONE:
            for arg in a:
                if not isinstance(arg, ast.GeneratorExp):
                    self.expr_keep(arg)
            return self.none_receiver(recv, node.func, attr)
        if isinstance(rt, TupleT) and tuple_method_of_items(rt, attr):
            try:  # a tuple's items as one type, as iterating it takes them: the methods of a tuple of any length
                items = tuple_items_type(rt)
            except TypeConflict:
                raise self.source.error(node, f"tuple.{attr}() of a {rt} is not supported yet (its items have different types)")
            return method_type(self, node, recv, VarTupleT(items), "tuple", attr)
        kind = receiver_kind(rt)
        if kind is not None:
            return method_type(self, node, recv, rt, kind, attr)
        if rt == RANGE and hasattr(range, attr):
            raise self.source.error(node, f"range.{attr} is not supported yet")
        if isinstance(rt, (GenT, GenU)):
            if attr == "close":
                for g in gen_members(rt):
                    self.generator_close(node, g)
                return NONE
            if attr in ("send", "throw"):
                raise self.source.error(node, f"generator.{attr}() is not supported yet: pyzc's generators are only iterated (for, next(), list()...)")
            raise self.source.error(node, f"'generator' object has no attribute '{attr}'")
        if isinstance(rt, FuncT) and isinstance(recv, ast.Name) and recv.id in BUILTIN_TYPES:  # str.maketrans(...)
            cls = BUILTIN_TYPES[recv.id]
            raise self.source.error(node, f"{recv.id}.{attr}() is not supported yet" if hasattr(cls, attr)
                                    else f"type object '{recv.id}' has no attribute '{attr}'")
        raise self.source.error(node, f"'{rt}' object has no attribute '{attr}'")

    def learn_from_read(self, container, ct: Type, item: Type):
        """A container only ever read from (`d = {}` then `d[k]`, `k in d`, `d.get(k)`) takes its
        key or element type from what it is read with."""
        if item == BOTTOM:
            return
        wider = tuple_key(ct.key if isinstance(ct, DictT) else ct.elem, item) if isinstance(ct, (DictT, SetT)) else None
        if wider is not None and isinstance(ct, DictT) and wider != ct.key:  # tuples of another length
            self.widen(container, DictT(wider, ct.value, ct.kind))
        elif wider is not None and isinstance(ct, SetT) and wider != ct.elem:
            self.widen(container, SetT(wider))
        elif isinstance(ct, DictT) and (ct.key == BOTTOM or ct.key != item and ct.key.has_bottom() and refines(item, ct.key)):
            self.widen(container, DictT(item, ct.value, ct.kind))  # (a key of tuples of unknown items so far too)
        elif isinstance(ct, SetT) and (ct.elem == BOTTOM or ct.elem != item and ct.elem.has_bottom() and refines(item, ct.elem)):
            self.widen(container, SetT(item))
        elif isinstance(ct, ListT) and ct.elem == BOTTOM:
            self.widen(container, same_kind(ct, item))

    def dict_missing_key(self, node, ct: DictT, it: Type):
        """d[k] on a Counter or defaultdict: the key may be new, so its type comes from here too."""
        if ct.kind and ct.kind != "OrderedDict" and it != BOTTOM:
            try:
                new = join(ct, DictT(it, ct.value, ct.kind))
            except TypeConflict:
                return
            assert isinstance(new, DictT)  # a dict joined with a dict
            self.check_hashable(new.key, node.slice)
            self.widen(node.value, new)

    def key_arg(self, node, dt: DictT, what: str) -> Type:
        t = self.expr(node)
        # keys of tuples of unknown items so far, read with a key now known (or the other way round): the
        # dict learns its key (learn_from_read), a store in the same statement gives it
        unknown = dt.key.has_bottom() and refines(t, dt.key) or t.has_bottom() and refines(dt.key, t)
        if t != BOTTOM and dt.key != BOTTOM and t != dt.key and not ({t, dt.key} <= {INT, BOOL}) and not unknown \
                and tuple_key(dt.key, t) is None:
            raise self.source.error(node, f"{what}: a {dt} has {dt.key} keys, not {t}")
        return t

    def item_join(self, container: Type, elem: Type, t: Type) -> Type:
        """The item type of a list or dict (its values) with items of type elem once a t is stored: as
        join_item, or wider (a number of several types, None and a value) for a list or dict that is not
        a tuple; then its type widens where it is made (widen, check_flows)."""
        try:
            return join_item(elem, t)
        except TypeConflict:
            if elem == BOTTOM or isinstance(container, VarTupleT) or not isinstance(container, (ListT, DictT)):
                raise
            wider = join(elem, t)
            if not (isinstance(wider, OptT) or wider == NUM or isinstance(wider, (TupleT, VarTupleT)) and wider_items(wider, elem)):
                raise
            return wider

    def add_items(self, recv, lt: ListT, t: Type, node, message: str, items_of: bool = False) -> Type:
        """The list recv gains items of type t (node, or node's items if items_of): check they fit, and
        let an empty list take their type, also one inside them (`xs.append((2, []))`)."""
        try:
            t = self.item_join(lt, lt.elem, t)
        except TypeConflict:
            raise self.source.error(node, message, self.caller_notes(recv))
        self.refine(recv, t)
        self.unify(node.elts if items_of and isinstance(node, (ast.List, ast.Tuple, ast.Set)) else [] if items_of else [node], t)
        src = self.inst.expr_types.get(id(node)) if items_of else None
        if src is not None and src.has_bottom() and t != BOTTOM:  # `cur.extend(prev)`, prev never filled: its items are cur's
            self.widen_iterable(node, t)
        return NONE


LOWERED_WITH_WANT = (ast.List, ast.ListComp, ast.Dict, ast.DictComp, ast.Set, ast.SetComp, ast.IfExp, ast.BinOp)


def with_items(t: Type, elem: Type) -> Type:
    """The list, tuple of any length, deque, set or dict (its keys) t with items of type elem."""
    if isinstance(t, ListT):
        return same_kind(t, elem)
    if isinstance(t, DictT):
        return DictT(elem, t.value, t.kind)
    assert isinstance(t, (DequeT, SetT)), t
    return type(t)(elem)


def none_is_looked_up(t: Type) -> bool:
    """Whether `x in s`, s of type t, looks None up as a value when x is None (False unless s holds None,
    as CPython compares items and keys), rather than raising or calling a method of the program's."""
    if isinstance(t, TupleT):
        return not any(isinstance(e, ClassT) for e in t.elems)
    if isinstance(t, (ListT, DequeT, SetT, DictT)):
        elem = t.key if isinstance(t, DictT) else t.elem
        return not isinstance(elem, ClassT)
    return t == BOTTOM


def descriptor_applies(of: str, t: Type) -> bool:
    """Whether `of.m(x)` (a method read from the builtin type named of) takes an x of type t, as
    CPython's method descriptors check their receiver (subclasses pass: a bool is an int, a Counter
    a dict, a named tuple a tuple)."""
    if of == "int":
        return t in (INT, BOOL)
    if of == "dict":
        return isinstance(t, DictT)
    if of in ("set", "frozenset"):
        return isinstance(t, SetT)
    if of == "tuple":
        return isinstance(t, (TupleT, VarTupleT))
    if of == "list":
        return isinstance(t, ListT) and not isinstance(t, (VarTupleT, ArrayT))
    return python_type_name(t) == of


def tuple_method_of_items(t: Type, attr: str) -> bool:
    """Whether t.attr() of a tuple of known length is a tuple of any length's method on its items
    (count, index: types/infer.py method_call, ir/build_calls.py method_call)."""
    return isinstance(t, TupleT) and not t.name and bool(t.elems) and attr in ("count", "index")


def tuple_items_type(t: TupleT) -> Type:
    """The one type the items of a tuple are seen as when it is iterated (or TypeConflict)."""
    result = t.elems[0]
    for e in t.elems[1:]:
        result = join(result, e)
    return result


def breaks_out(body: list[ast.stmt]) -> bool:
    """Whether a `break` in these statements leaves the loop that holds them (breaks of nested loops do not)."""
    for stmt in body:
        if isinstance(stmt, ast.Break):
            return True
        if isinstance(stmt, (ast.For, ast.While)):
            if breaks_out(stmt.orelse):  # a loop's else clause belongs to the enclosing loop
                return True
        elif isinstance(stmt, ast.If):
            if breaks_out(stmt.body) or breaks_out(stmt.orelse):
                return True
    return False


# the builtin types whose name is a value (their constructor): `str.maketrans` is an attribute of the type
BUILTIN_TYPES = {t.__name__: t for t in (str, int, float, bool, bytes, bytearray, list, dict, set, tuple)}

# sys's strs, the same for every target pyzc builds for (Linux, little-endian)
SYS_STRINGS = {"platform": "linux", "byteorder": "little"}


def constant_slice(node: ast.Slice) -> slice | None:
    """`t[1:3]`, `t[:-1]`, `t[::2]`: the slice when its bounds and step are constant ints (a step not 0)."""
    parts = [None if p is None else constant_int(p) for p in (node.lower, node.upper, node.step)]
    if any(v is None and p is not None for v, p in zip(parts, (node.lower, node.upper, node.step))) or parts[2] == 0:
        return None
    return slice(*parts)


def constant_int(node) -> int | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    if is_negative_constant(node):
        return -node.operand.value
    return None


def is_negative_constant(node) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        return isinstance(node.operand.value, int) and node.operand.value > 0
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value < 0
    return False


# what the protocol methods return, where the program's own never returns (it raises)
DUNDER_RESULTS = {"__repr__": STR, "__str__": STR, "__format__": STR, "__len__": INT, "__hash__": INT, "__index__": INT,
                  "__int__": INT, "__float__": FLOAT, "__bool__": BOOL, "__contains__": BOOL, "__eq__": BOOL, "__ne__": BOOL,
                  "__lt__": BOOL, "__le__": BOOL, "__gt__": BOOL, "__ge__": BOOL}

# the builtin functions a program may call: those declared in primitives/
BUILTIN_NAMES = frozenset(name for kind, name in [*REGISTRY.methods, *REGISTRY.specials] if kind == BUILTINS)
TYPING = "typing."  # frontend/modules.py spells typing's names so in annotations
UNCHECKED = Prim("<an annotation of typing's that pyzc accepts without checking it>")


def infer(program: Program, exports: bool = False) -> TypedProgram:
    """The typed program; a local that takes a value of another type where it may be split becomes two
    variables, and inference starts again (split_vars.py).  exports: a module for CPython to import
    (hybrid mode): its top-level functions are roots too, and the result lists them (types/exports.py)."""
    while True:
        try:
            return Inferencer(program, exports).run()
        except SplitVariable as split:
            split_variable(split.func, split.web, split.name, program)


def may_be_equal(lt: Type, rt: Type) -> bool:
    """Whether a value of type lt may equal one of type rt (numbers of any types, containers of such)."""
    numbers = (INT, FLOAT, BOOL, NUM)
    if lt == rt or lt in numbers and rt in numbers or BOTTOM in (lt, rt):
        return True
    if isinstance(lt, OptT) or isinstance(rt, OptT):
        return may_be_equal(lt.inner if isinstance(lt, OptT) else lt, rt.inner if isinstance(rt, OptT) else rt)
    if isinstance(lt, (ListT, SetT)) and type(lt) is type(rt):
        return may_be_equal(lt.elem, rt.elem)  # (empty ones are equal too)
    if isinstance(lt, DictT) and isinstance(rt, DictT):
        return may_be_equal(lt.key, rt.key) and may_be_equal(lt.value, rt.value)
    if isinstance(lt, (TupleT, VarTupleT)) and isinstance(rt, (TupleT, VarTupleT)):
        return True  # (two empty tuples are equal)
    return False


def stored_names(*stmts) -> frozenset[str]:
    """The names the statements store to or delete, anywhere inside them."""
    return frozenset(n.id for s in stmts for n in walk(s) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load))


def compared_as_dict(t: Type) -> Type:
    """A defaultdict or an OrderedDict compares as the dict it is (its kind shares the dict's C representation;
    two OrderedDicts compare their order too: ir/build.py)."""
    return DictT(t.key, t.value) if isinstance(t, DictT) and (t.kind.startswith("defaultdict:") or t.kind == "OrderedDict") else t


def is_plain_test(node) -> bool:
    """A test whose evaluation has no effect: names, constants, `not`, `is` comparisons, and/or of those,
    `isinstance` of a name."""
    if isinstance(node, (ast.Name, ast.Constant)):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "isinstance":
        return len(node.args) == 2 and not node.keywords and all(is_plain_test(a) or isinstance(a, ast.Tuple)
                                                                 and all(is_plain_test(e) for e in a.elts)
                                                                 for a in node.args)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return is_plain_test(node.operand)
    if isinstance(node, ast.BoolOp):
        return all(is_plain_test(v) for v in node.values)
    if isinstance(node, ast.Compare):
        return all(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops) and all(
            is_plain_test(v) for v in [node.left] + list(node.comparators))
    return False


def static_none_test(test, types: dict) -> bool | None:
    """The value of `if x is None` / `if x is not None` (or `if x:` / `if not x` for an x that is
    always None) where x's type decides it (x is always None in
    an instance where it has type None: `def f(grid=None)` called as f(None); never None where its
    type is a number, a str or a container), else None.  The branch not taken is neither typed nor
    lowered: in CPython it never runs."""
    if isinstance(test, ast.BoolOp):  # `if not found and tags:`: an operand decides it, those before it have no effect
        decides = isinstance(test.op, ast.Or)  # the value that ends an `or` (True) or an `and` (False)
        for v in test.values:
            known = static_none_test(v, types)
            if known == decides:
                return decides
            if known is None and not is_plain_test(v):
                return None
        return None if any(static_none_test(v, types) is None for v in test.values) else not decides
    if isinstance(test, ast.Name):  # `if reason:` where reason is always None here
        return False if types.get(id(test)) == NONE else None
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and isinstance(test.operand, ast.Name):
        return True if types.get(id(test.operand)) == NONE else None
    if isinstance(test, ast.Call):  # `isinstance(o, dict)` where o's type decides it
        return static_isinstance(test, types)
    if isinstance(test, ast.Compare) and isinstance(test.left, ast.Call):  # `len(t) > 2` of a tuple
        return static_len_test(test, types)
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and isinstance(test.operand, ast.Call):
        known = static_isinstance(test.operand, types)
        return None if known is None else not known
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot))):
        return None
    left, right = test.left, test.comparators[0]
    if isinstance(left, ast.Constant) and left.value is None:
        left, right = right, left
    if not (isinstance(left, ast.Name) and isinstance(right, ast.Constant) and right.value is None):
        return None
    t = types.get(id(left))
    if t == NONE:
        is_none = True
    elif t is not None and (t in (INT, FLOAT, BOOL, NUM, STR) or isinstance(t, (ListT, TupleT, DictT, SetT, DequeT))):
        is_none = False
    else:
        return None
    return is_none if isinstance(test.ops[0], ast.Is) else not is_none
