"""The supported-subset check: refuse, with a diagnostic, what pyzc cannot compile yet.

This walks the whole module once before inference, so that an unsupported
construct is reported where it is written ("X is not supported yet") rather
than as a confusing type error later.  Constructs whose support depends on
types (which builtins, which methods) are checked by inference.

The walk goes on after a refusal: each node's problem is recorded and the walk
continues with the next node, so one run names every refused construct of a file
(diagnostics.py prints them in source order).
"""

from __future__ import annotations

import ast
from typing import Callable, TypeGuard

from ..ast_walk import iter_child_nodes, walk
from .. import exceptions
from ..compiled_modules import COMPILED_MODULES
from ..diagnostics import CompileError, SourceFile
from .census import Census
from .dunder_calls import BUILTIN_OF, rewrite_dunder_calls, rewrite_property_calls
from .decorators import rewrite_decorators
from .lru_cache import functools_names, rewrite_lru_cache
from .mutable_defaults import hoist_mutable_defaults, is_constant_default
from .operator_module import rewrite_operator
from .str_translate import rewrite_str_translate
from .math_values import ONE as MATH_ONE, TWO as MATH_TWO, rewrite_math_values
from .unbound_methods import TYPES as METHOD_TYPES, rewrite_unbound_methods
from .dict_get_keys import rewrite_dict_get_keys
from .sys_version import rewrite_sys_version_info
from .attribute_builtins import rewrite_attribute_builtins
from .nested_format_specs import rewrite_nested_format_specs
from .partial import partial_names, rewrite_partial
from .cmp_to_key import cmp_names, rewrite_cmp_to_key
from .abstract_classes import rewrite_abstract_classes
from .dataclass_classes import rewrite_dataclasses
from .enum_classes import rewrite_enums
from .match_statements import rewrite_match_statements
from .nested_classes import rewrite_nested_classes
from .lambda_defaults import rewrite_lambda_defaults
from .exception_values import rewrite_exception_values
from .json_targets import rewrite_json_targets
from .python_names import DYNAMIC_BUILTINS, unknown_name_message
from .total_ordering import rewrite_total_ordering
from .with_open import lower_with_open
from .itertools_genexps import imported_names as itertools_imported_names, rewrite_itertools_genexps
from .map_filter import rewrite_map_filter
from .genexp_functions import rewrite_genexps
from .star_iterables import rewrite_keyed_minmax, rewrite_star_iterables
from .iter_calls import define_iter_generator
from .not_implemented import rewrite_not_implemented
from .printed_conditionals import rewrite_printed_conditionals
from .builtin_subclasses import rewrite_builtin_subclasses
from .class_values import rewrite_class_values


MATH_VALUES = sorted(MATH_ONE | MATH_TWO)
SUPPORTED_MODULES = {name.partition(".")[0] for name in COMPILED_MODULES}  # os for os.path

# Node types refused outright, with the words used in the message.
REFUSED = {
    ast.AsyncWith: "async with statements",
    ast.AsyncFunctionDef: "async functions",
    ast.AsyncFor: "async for loops",
    ast.Await: "await expressions",
    ast.Starred: "starred expressions",
    ast.Match: "match statements",
}
if hasattr(ast, "TryStar"):
    REFUSED[ast.TryStar] = "try/except* statements"


class SubsetChecker(ast.NodeVisitor):
    def __init__(self, source: SourceFile):
        self.source = source
        self.function_depth = 0
        self.in_class = False
        self.saw_with = False  # a with statement: lowered (with_open.py) after the walk
        self.in_lambda = 0
        self.in_comprehension = 0
        self.errors: list[CompileError] = []

    def visit(self, node):
        """A node that raises its refusal is recorded, and the walk goes on with its next sibling."""
        if node is None:  # the value of `x: int`, refused but still walked
            return None
        try:
            return getattr(self, "visit_" + node.__class__.__name__, self.generic_visit)(node)
        except CompileError as e:
            self.errors.append(e)
            return None

    def visit_NamedExpr(self, node: ast.NamedExpr):
        """`(x := value)` binds x in the function (types/infer.py expr_NamedExpr); inside a comprehension or a
        lambda, which are scopes of their own (or become functions: genexp_functions.py), it is refused."""
        if self.in_comprehension or self.in_lambda:
            self.refuse(node, "assignment expressions (:=) inside comprehensions and lambdas")
        self.generic_visit(node)

    def visit_comprehension_scope(self, node):
        self.in_comprehension += 1
        self.generic_visit(node)
        self.in_comprehension -= 1

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = visit_comprehension_scope

    def visit_With(self, node: ast.With):
        self.saw_with = True
        self.generic_visit(node)

    def refuse(self, node, what: str):
        """`what` names a kind of construct in the plural ("lambda expressions")."""
        verb = "is" if what.startswith("the ") else "are"
        self.errors.append(self.source.error(node, f"{what} {verb} not supported yet"))

    def generic_visit(self, node):
        what = REFUSED.get(type(node))
        if what:
            self.refuse(node, what)
        for child in iter_child_nodes(node):  # (ast.NodeVisitor's, without its generators: nothing here changes the tree)
            self.visit(child)

    def visit_display(self, node):
        """`[*xs, y]`, `(*t, 0)`, `{*a, *b}`: a starred item of a display spreads an iterable (inference)."""
        if not isinstance(getattr(node, "ctx", ast.Load()), ast.Load):
            return self.generic_visit(node)
        for e in node.elts:
            self.visit(e.value if isinstance(e, ast.Starred) else e)

    visit_List = visit_Tuple = visit_Set = visit_display

    def visit_ClassDef(self, node: ast.ClassDef):
        if self.function_depth > 0 or self.in_class:
            self.refuse(node, "classes defined inside functions or classes")
        self.in_class = True
        for s in node.body:
            self.visit(s)
        self.in_class = False

    def visit_FunctionDef(self, node: ast.FunctionDef):
        if node.decorator_list and not self.in_class:
            self.refuse(node.decorator_list[0], "decorators")
        self.check_parameters(node.args, None)
        self.function_depth += 1
        in_class, self.in_class = self.in_class, False
        for stmt in node.body:
            self.visit(stmt)
        self.in_class = in_class
        self.function_depth -= 1

    def visit_Yield(self, node):
        """Generators are state machines (ir/build_generators.py): a yield may stand anywhere in a def."""
        word = "yield from" if isinstance(node, ast.YieldFrom) else "yield"
        if self.in_lambda:
            self.errors.append(self.source.error(node, f"'{word}' inside a lambda is not supported yet"))
        elif self.function_depth == 0:
            self.errors.append(self.source.error(node, f"'{word}' outside function"))
        if node.value is not None:
            self.visit(node.value)

    visit_YieldFrom = visit_Yield

    def check_parameters(self, args: ast.arguments, constant_defaults: str | None):
        """constant_defaults names the kind of function whose defaults must be constants (a lambda's);
        a function's or a method's are evaluated where the def runs (mutable_defaults.py)."""
        if args.vararg and constant_defaults:
            self.refuse(args.vararg, f"*args parameters of a {constant_defaults}")
        if args.kwarg and constant_defaults:
            self.refuse(args.kwarg, f"**kwargs parameters of a {constant_defaults}")
        if args.kwonlyargs and constant_defaults:
            self.refuse(args.kwonlyargs[0], f"keyword-only parameters of a {constant_defaults}")
        for d in args.kw_defaults:
            if d is not None:
                self.visit(d)
        for d in args.defaults:
            if constant_defaults and not is_constant_default(d):
                self.errors.append(self.source.error(d, f"a computed default value of a {constant_defaults} is not supported here yet (inside another lambda or a class body, in a key=, or read with a comprehension's variable; a number, string, bool or None is; or make it a nested def)"))
            else:
                self.visit(d)

    def visit_Lambda(self, node: ast.Lambda):
        self.check_parameters(node.args, "lambda")
        self.in_lambda += 1
        self.visit(node.body)
        self.in_lambda -= 1

    def visit_Call(self, node: ast.Call):
        self.visit(node.func)
        folded = fold_function_arg(node)
        for a in node.args:
            if a is folded and isinstance(a, ast.Lambda):
                self.check_fold_lambda(a)
                continue
            self.visit(a.value if isinstance(a, ast.Starred) else a)  # f(*args): inference says where it works
        for kw in node.keywords:
            if kw.value is folded and isinstance(kw.value, ast.Lambda):
                self.check_fold_lambda(kw.value)
            elif kw.arg == "key" and isinstance(kw.value, ast.Lambda):
                args = kw.value.args
                if len(args.args) != 1 or args.posonlyargs or args.kwonlyargs or args.vararg or args.kwarg or args.defaults:
                    raise self.source.error(kw.value, "a key= lambda takes exactly one parameter")
                self.visit(kw.value.body)
            else:
                self.visit(kw.value)

    def check_fold_lambda(self, lam: ast.Lambda):
        args = lam.args
        if len(args.args) != 2 or args.posonlyargs or args.kwonlyargs or args.vararg or args.kwarg or args.defaults:
            raise self.source.error(lam, "the function of reduce()/accumulate() takes exactly two parameters")
        self.visit(lam.body)

    def visit_Import(self, node: ast.Import | ast.ImportFrom):
        """Which modules exist, and what each import form binds, is the linker's (modules.py)."""
        if self.function_depth > 0:
            self.refuse(node, "imports inside functions")

    visit_ImportFrom = visit_Import

    def visit_Expr(self, node: ast.Expr):
        if isinstance(node.value, ast.Constant) and node.value.value is Ellipsis:
            return  # `...` standing for a body (`def area(self): ...`) does what `pass` does
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant):
        v = node.value
        if isinstance(v, bool) or v is None or isinstance(v, (float, str, bytes)):
            return
        if isinstance(v, int):  # of any size (runtime_c/int.c)
            return
        kind = {bytes: "bytes literals", complex: "complex numbers"}.get(type(v), f"{type(v).__name__} constants")
        self.refuse(node, kind)

    def visit_For(self, node: ast.For):
        self.check_target(node.target, allow_tuple=True)
        self.visit(node.iter)
        for s in node.body + node.orelse:
            self.visit(s)

    def visit_comprehension(self, node: ast.comprehension):
        if node.is_async:
            self.refuse(node.target, "async comprehensions")  # a comprehension node has no position
        self.check_target(node.target, allow_tuple=True)
        self.visit(node.iter)
        for cond in node.ifs:
            self.visit(cond)

    def visit_Assign(self, node: ast.Assign):
        if len(node.targets) != 1 and any(isinstance(t, ast.Tuple) for t in node.targets):
            self.refuse(node, "chained assignments to tuples")
        for t in node.targets:
            if is_slice_target(t) and len(node.targets) == 1:
                self.visit(t.value)
                self.visit(t.slice)
                continue
            self.check_target(t, allow_tuple=True, allow_star=len(node.targets) == 1)
        self.visit(node.value)

    def visit_AugAssign(self, node: ast.AugAssign):
        self.check_target(node.target, allow_tuple=False)
        self.visit(node.value)

    def visit_AnnAssign(self, node: ast.AnnAssign):
        if node.value is None:
            self.refuse(node, "annotations without a value")
        self.check_target(node.target, allow_tuple=False)
        self.visit(node.value)

    def check_target(self, target, allow_tuple: bool, allow_star: bool = False):
        """allow_star: one `*name` among the names of a tuple target (`first, *rest = xs`)."""
        if isinstance(target, ast.Name):
            return
        if isinstance(target, ast.Subscript):
            if isinstance(target.slice, ast.Slice):
                self.refuse(target, "slice assignments other than `xs[i:j] = iterable`")
            self.visit(target.value)
            self.visit(target.slice)
            return
        if isinstance(target, (ast.Tuple, ast.List)) and allow_tuple:
            stars = [e for e in target.elts if isinstance(e, ast.Starred)]
            for e in target.elts:
                if isinstance(e, ast.Starred) and allow_star and e is stars[0] and isinstance(e.value, ast.Name):
                    continue
                if isinstance(e, ast.Starred) and e is not stars[0]:
                    self.errors.append(self.source.error(e, "multiple starred expressions in assignment"))
                    continue
                self.check_target(e, allow_tuple=True)
            return
        if isinstance(target, ast.Attribute):
            self.visit(target.value)
            return
        self.refuse(target, f"assignments to {type(target).__name__.lower()} targets")

    def visit_Raise(self, node: ast.Raise):
        cause = node.cause
        if cause is not None and not isinstance(cause, ast.Name) and not (isinstance(cause, ast.Constant) and cause.value is None):
            self.errors.append(self.source.error(cause, "raise ... from ... is supported with None or the name of a caught exception (except E as name) for now"))
        self.generic_visit(node)

    def visit_Try(self, node: ast.Try):
        for h in node.handlers:
            if h.type is not None and not is_class_names(h.type):
                self.errors.append(self.source.error(h.type, "except clauses name exception classes (or a tuple of them) for now"))
        self.generic_visit(node)

    def visit_Delete(self, node: ast.Delete):
        for t in node.targets:
            if not isinstance(t, (ast.Subscript, ast.Name, ast.Attribute)):
                self.errors.append(self.source.error(t, "del is supported only as 'del name', 'del obj.attr', 'del d[key]', 'del xs[i]' and 'del xs[i:j]' for now"))
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr):
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                if v.conversion not in (-1, ord("s"), ord("r")):
                    self.refuse(v, f"the !{chr(v.conversion)} conversion")
                self.visit(v.value)
                if isinstance(v.format_spec, ast.JoinedStr):  # what the parser makes of a format spec
                    for part in v.format_spec.values:
                        if isinstance(part, ast.FormattedValue):
                            self.refuse(part, "nested replacement fields in format specs with !a")


# The builtin exception classes a program may name (pyzc/exceptions.py holds the table).
EXCEPTION_CLASSES = exceptions.PYTHON_NAMES


def is_class_names(node) -> bool:
    """A Name or a tuple of Names (which name exception classes is checked with the program's classes)."""
    if isinstance(node, ast.Name):
        return True
    return isinstance(node, ast.Tuple) and all(isinstance(e, ast.Name) for e in node.elts)


# Builtin exception names that are another class's other name (IOError is OSError), and the names
# the linker gives a standard module's classes (struct.error is StructError).
EXCEPTION_ALIASES = {**exceptions.ALIASES, **exceptions.MODULE_MEMBERS}


def builtin_exception_chain(name: str) -> list[str]:
    """The builtin exception class name stands for and every class it derives from, nearest first."""
    return exceptions.chain(name)


def bound_names(module: ast.Module) -> set[str]:
    """Every name the program binds anywhere (assigned, defined, imported, a parameter)."""
    names: set[str] = set()
    for n in walk(module):
        if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load):
            names.add(n.id)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(n.name)
        elif isinstance(n, ast.arg):
            names.add(n.arg)
        elif isinstance(n, ast.alias):
            names.add((n.asname or n.name).split(".")[0])
        elif isinstance(n, ast.ExceptHandler) and n.name:
            names.add(n.name)
    return names


def dynamic_builtin_uses(source: SourceFile, module: ast.Module) -> list[CompileError]:
    """eval, exec, globals()... where the program does not bind the name itself.  Inference reports these
    with the other unknown names; when the front end fails (an unknown module, say) inference does not
    run, and the front end adds these to its own errors, so that one run still reports them."""
    bound = bound_names(module)
    return [source.error(n, unknown_name_message(n.id)) for n in walk(module)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in DYNAMIC_BUILTINS and n.id not in bound]


def check_subset(source: SourceFile, module: ast.Module) -> None:
    # Each rewrite runs only where the census (census.py) shows what it looks for; one that runs may add
    # nodes, so the census is taken again before the next question.  The condition beside each is implied by
    # what the rewrite itself looks for (its own early return, or the node it rewrites).
    census = Census(module)

    def run(rewrite: Callable[..., bool | None], *args) -> None:
        if rewrite(*args) is not False:  # (False: it returned at once, having found nothing to rewrite)
            census.changed()

    if census.has(ast.ClassDef):
        run(rewrite_nested_classes, module)  # class Graph: class Edge: Edge moved out, before Graph
    if census.take().decorated and (census.mentions_attr("lru_cache", "cache") or census.mentions(*functools_names(module)[1])):
        run(rewrite_lru_cache, source, module)  # @functools.lru_cache / @cache: the memo written into the function
    if census.mentions_attr(*BUILTIN_OF):
        run(rewrite_dunder_calls, module)  # it.__next__() is next(it)
    if census.take().empty_fstring or census.has(ast.IfExp) and (census.calls("print") or census.has(ast.FormattedValue)):
        run(rewrite_printed_conditionals, module)  # print(n if ok else "none"): each branch made text
    if census.has(ast.ClassDef) and census.calls("property"):
        run(rewrite_property_calls, module)  # x = property(getter) is @property
    run(rewrite_dataclasses, source, module)  # @dataclass: the methods it generates, written into the class
    run(rewrite_enums, source, module)  # enum.Enum / IntEnum: a class whose members are objects made once
    if census.has(ast.Match):
        run(rewrite_match_statements, source, module)  # match/case: the tests and captures written out as ifs
    if census.has(ast.Lambda):
        run(rewrite_lambda_defaults, module)  # lambda x, i=i: ...: the defaults bound by a function made for it
    if census.calls(*exceptions.PYTHON_NAMES):
        run(rewrite_exception_values, module)  # err = ValueError(msg): made by a function that raises and catches it
    if census.take().decorated:
        run(rewrite_total_ordering, source, module)  # @functools.total_ordering: the missing methods written out
    if census.mentions("NotImplemented"):
        run(rewrite_not_implemented, module)  # return NotImplemented: CPython's fallback (identity, TypeError) written out
    run(rewrite_operator, source, module)  # operator.add(a, b) is a + b; operator.add a lambda
    if census.mentions(*MATH_VALUES) or census.mentions_attr(*MATH_VALUES):
        run(rewrite_math_values, module)  # math.sqrt as a value is lambda x: math.sqrt(x)
    if census.mentions_attr("translate", "maketrans"):
        run(rewrite_str_translate, module)  # str.maketrans / s.translate: functions written in Python, added to the module
    if census.mentions(*METHOD_TYPES):
        run(rewrite_unbound_methods, module)  # str.lower(s) is s.lower(); str.lower a lambda
    if census.has(ast.FormattedValue):
        run(rewrite_nested_format_specs, module)  # f"{x:>{w}}" is f"{format(x, f'>{w}')}"
    if census.mentions_attr("get"):
        run(rewrite_dict_get_keys, module)  # max(d, key=d.get): the key is lambda k: d[k]
    if census.calls("getattr", "setattr"):
        run(rewrite_attribute_builtins, module)  # getattr(o, "x") is o.x; setattr(o, "x", v) is o.x = v
    if census.mentions_attr("version_info"):
        run(rewrite_sys_version_info, module)  # sys.version_info >= (3, 8): CPython 3.11's answer
    run(rewrite_abstract_classes, source, module)  # abc.ABC and @abstractmethod: CPython's TypeError in __init__
    if census.mentions_attr("cmp_to_key") or census.mentions(*cmp_names(module)[1]):
        run(rewrite_cmp_to_key, source, module)  # functools.cmp_to_key(f): a key class of the program
    if census.mentions_attr("partial") or census.mentions(*partial_names(module)[1]):
        run(rewrite_partial, source, module)  # functools.partial(f, a) is a closure made by a function of its own
    run(rewrite_json_targets, source, module)  # x: T = json.loads(s): parsed into a T
    if census.take().decorated:
        run(rewrite_decorators, module)  # @d def f: f = d(f) after the def
    if census.calls("min", "max"):
        run(rewrite_keyed_minmax, module)  # max(a, b, key=f) is max([a, b], key=f)
    if census.has(ast.Starred):
        run(rewrite_star_iterables, module)  # zip(*rows), product(*pools): generator functions of the program giving tuples of any length
    if census.calls("iter"):
        run(define_iter_generator, module)  # iter(x) of a range, tuple, dict...: a generator function of the program
    if census.has(ast.ClassDef):
        run(rewrite_builtin_subclasses, module)  # class C(list) / C(dict): a base class of the program holding the items
        run(rewrite_class_values, source, module)  # a class as a value is its constructor; @register class C: register(C)
    checker = SubsetChecker(source)
    checker.visit(module)
    if checker.errors:
        raise CompileError.of(checker.errors)
    if checker.saw_with:
        run(lower_with_open, source, module)  # `with open(...) as f` is a try/finally from here on
    if census.take().defaults:
        run(hoist_mutable_defaults, module)  # `def f(acc=[])`: one list shared by the calls, as in CPython
    if census.mentions("map", "filter"):
        run(rewrite_map_filter, source, module)  # map(f, xs) where it is consumed: a comprehension
    if census.mentions("itertools") or itertools_imported_names(module):
        run(rewrite_itertools_genexps, module)  # chain.from_iterable, filterfalse, compress, starmap: generator expressions
    if census.has(ast.GeneratorExp) or census.calls("zip", "enumerate", "reversed") or census.mentions("itertools") \
            or census.calls("dict") and census.has(ast.ListComp):
        rewrite_genexps(module)  # a generator expression used as a value: a generator function


def fold_function_arg(node: ast.Call):
    """The function argument of functools.reduce(f, ...) / itertools.accumulate(xs, f), or None."""
    f = node.func
    if not (isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name)):
        return None
    if (f.value.id, f.attr) == ("functools", "reduce") and node.args:
        return node.args[0]
    if (f.value.id, f.attr) == ("itertools", "accumulate"):
        if len(node.args) > 1:
            return node.args[1]
        return next((kw.value for kw in node.keywords if kw.arg == "func"), None)
    return None


def is_slice_target(t) -> TypeGuard[ast.Subscript]:
    """`xs[i:j]` (or `xs[i:j:k]`) as an assignment target."""
    return isinstance(t, ast.Subscript) and isinstance(t.slice, ast.Slice)
