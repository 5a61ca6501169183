"""Random Python programs within pyzc's accepted subset, for differential testing against CPython.

`generate(seed)` returns the text of one program; the same seed always gives
the same program (one `random.Random(seed)`, no other source of randomness).

The programs are built so that CPython's output is the reference and the
comparison means something:

- One static type per variable: a variable's name says its type (`n3` int,
  `x1` float, `b2` bool, `s0` str, `li1` list[int], `lf0` list[float],
  `ls2` list[str], `di1` dict[int, int], `ds0` dict[str, int], `st1`
  set[int], `tp0` tuple[int, str]), globals start with `g_`.
- Every value stays in range.  Each int expression carries a bound on its
  magnitude; an operand whose product or sum could pass MAX_EXPR is reduced
  first (`% 97`), and every int stored in a variable, passed or returned is
  brought back under VAR_BOUND by `(e) % M - H`.  Floats are kept under
  VAR_BOUND the same way with float constants.  So no int leaves 64 bits.
- No error happens by accident: divisors are nonzero by construction
  (`(e) % 7 + 1`), indexes are reduced by the length, `min`/`max` get a
  nonempty argument.  Errors are raised on purpose inside `try` (division by
  zero, an index past the end, a missing key, `int("...")` of a non-number,
  `raise ValueError(...)`), and a few programs end in an uncaught one.
- Termination: loops count to small constants, `while` loops increment their
  counter first, `for` over a list iterates a copy, containers are capped in
  size, recursion is bounded by an explicit depth parameter, and calls only
  go to functions defined earlier whose estimated cost fits the budget.
- The program prints its state often (variables after assignments, loop
  values, function results), so a miscompilation shows in the output.
"""

from __future__ import annotations

import random
import sys

from fuzz_shapes import ShapesMixin

VAR_BOUND = 1_000_000  # |int variable| <= this; also |float variable|
MAX_EXPR = 10**15  # |int subexpression| <= this (far inside 64 bits)
LIST_CAP = 24  # a list grows only while shorter than this
COST_BUDGET = 4000  # estimated statements executed per function body

INT, FLOAT, BOOL, STR = "int", "float", "bool", "str"
LINT, LFLOAT, LSTR = "list[int]", "list[float]", "list[str]"
DII, DSI, SETI, TUP = "dict[int,int]", "dict[str,int]", "set[int]", "tuple[int,str]"
ALL_TYPES = [INT, FLOAT, BOOL, STR, LINT, LFLOAT, LSTR, DII, DSI, SETI, TUP]
PREFIX = {INT: "n", FLOAT: "x", BOOL: "b", STR: "s", LINT: "li", LFLOAT: "lf", LSTR: "ls",
          DII: "di", DSI: "ds", SETI: "st", TUP: "tp"}
WORDS = ["a", "b", "ab", "xyz", "Hello", "wORLD", "a b c", " pad ", "x,y,z", "12", "-7", "tt", "",
         "é", "ñu", "naïve", "q-r", "AbC", "zz top", "Ünï"]
# Only ASCII and Latin-1 letters: pyzc's str.isalpha() and friends know no more yet
# (tests/pending/regressions/str_predicates_beyond_latin1.py).
# CPython folds a set display of three or more constants into a frozenset
# constant, rebuilt when constants are merged, so its print order is not the
# insertion order; pyzc does not reproduce that yet
# (tests/pending/regressions/set_display_of_constants_order.py).
CONST_SET_DISPLAYS = False
PARAM_TYPES = [INT, INT, INT, FLOAT, STR, LINT, BOOL]
RETURN_TYPES = [INT, INT, FLOAT, STR, BOOL, LINT, TUP, None]


def int_lit(v: int) -> str:
    return str(v) if v >= 0 else f"({v})"


class Func:
    def __init__(self, name, params, ret, cost, recursive=False):
        self.name = name
        self.params = params  # [(name, type, default code or None)]
        self.ret = ret
        self.cost = cost
        self.recursive = recursive


class Scope:
    """The variables visible at a point: name -> type, plus which names may not be rebound here."""

    def __init__(self, parent=None, is_function=False):
        self.vars: dict[str, str] = dict(parent.vars) if parent else {}
        self.frozen: set[str] = set(parent.frozen) if parent else set()
        self.is_function = is_function if parent is None else parent.is_function
        self.globals_declared: set[str] = set(parent.globals_declared) if parent else set()

    def of_type(self, t):
        return [n for n, vt in self.vars.items() if vt == t]


class ClassInfo:
    """One generated class: its fields (own and inherited), the methods it answers, its dunders."""

    def __init__(self, name: str, base: "ClassInfo | None"):
        self.name = name
        self.base = base
        self.fields: dict[str, str] = dict(base.fields) if base else {}  # attribute -> type
        self.methods: dict[str, Func] = dict(base.methods) if base else {}  # what runs for this class
        self.dunders: set[str] = set(base.dunders) if base else set()
        self.init_params: list[tuple[str, str]] = list(base.init_params) if base else []

    def is_sub(self, other: "ClassInfo") -> bool:
        c = self
        while c is not None:
            if c is other:
                return True
            c = c.base
        return False


class ObjectsMixin:
    """Classes, user exception classes, key= lambdas, nested functions and `nonlocal` (Generator's second half).

    - One class hierarchy K0 <- K1 [<- K2]: fields n (int) and s (str) always, maybe x (float),
      items (list[int]), flag (bool), and one per subclass; methods with generated bodies that
      read and write the fields; overriding methods call super(); __repr__ always (so every
      object prints the same under CPython), __str__/__eq__/__lt__/__add__ at random.  A base
      method may call only earlier methods of the base (through self, so overrides run), a
      subclass method calls only super(): no call cycle, so every call terminates.
    - Object variables have one static class each (`ok1_5` is a K1); `lk0_7` is a list[K0]
      holding objects of any class (never empty), `dk0_3` a dict[str, K0].  Since __eq__ may
      be defined (then objects are unhashable), objects are dict values, never keys.
    - FuzzError0(Exception) <- FuzzError1, maybe FuzzError2(ValueError): raised on purpose in
      `try` or from the rz* functions (called only inside `try`), caught by a base class.
    - Closures and nonlocal counters only at the top level of a function or method body (so
      outside loops); in a method they read self's fields.
    """

    def init_objects(self):
        self.classes: list[ClassInfo] = []
        self.class_by_name: dict[str, ClassInfo] = {}
        self.excs: dict | None = None
        self.raisers: list[Func] = []
        self.in_method = False
        self.checker = False  # the root class has check(v), which raises a user exception

    # ------------------------------------------------------------ types

    def obj_prefix(self, t: str) -> str:
        if t.startswith("list["):
            return "l" + t[5:-1].lower() + "_"
        if t.startswith("dict[str,"):
            return "d" + t[9:-1].lower() + "_"
        return "o" + t.lower() + "_"

    def root_list(self) -> str:
        return f"list[{self.classes[0].name}]"

    def root_dict(self) -> str:
        return f"dict[str,{self.classes[0].name}]"

    def obj_vars(self, scope, cls: ClassInfo | None = None) -> list[str]:
        """Variables holding an object (of cls or a subclass, statically)."""
        return [n for n, t in scope.vars.items() if t in self.class_by_name
                and (cls is None or self.class_by_name[t].is_sub(cls))]

    def objects_ok(self) -> bool:
        return bool(self.classes) and not self.in_method

    # ------------------------------------------------------------ classes

    def class_defs(self):
        r = self.r
        self.emit_class(ClassInfo("K0", None))
        for i in range(1, r.randint(1, 3)):
            self.emit_class(ClassInfo(f"K{i}", r.choice(self.classes)))

    def emit_class(self, ci: ClassInfo):
        r = self.r
        root = ci.base is None
        self.lines.append(f"class {ci.name}({ci.base.name}):" if ci.base else f"class {ci.name}:")
        start = len(self.lines)
        # __init__
        if root:
            ci.init_params = [("n", INT), ("s", STR)]
            body = ["self.n = n", "self.s = s"]
            ci.fields.update({"n": INT, "s": STR})
            for fname, ftype, init in [("x", FLOAT, "n / 8"), ("items", LINT, "[n % 10, 1]"),
                                       ("flag", BOOL, "n % 2 == 0")]:
                if r.random() < 0.5:
                    body.append(f"self.{fname} = {init}")
                    ci.fields[fname] = ftype
        elif r.random() < 0.75:
            own = r.choice([(f"k{ci.name[1:]}", INT), (f"t{ci.name[1:]}", STR)])
            base_args = ", ".join(p for p, _ in ci.init_params)
            ci.init_params = ci.init_params + [own]
            body = [f"super().__init__({base_args})", f"self.{own[0]} = {own[0]}"]
            ci.fields[own[0]] = own[1]
            if r.random() < 0.3:
                body.append(f"self.s = self.s.upper()[:12]")
        else:
            body = None  # inherits __init__
        if body:
            self.lines.append(f"    def __init__(self, {', '.join(p for p, _ in ci.init_params)}):")
            self.lines += ["        " + b for b in body]
            self.lines.append("")
        # dunders
        if root:
            self.method_lines("__repr__", "other" if False else None, r.choice([
                f'return f"{ci.name}({{self.n}}, {{self.s!r}})"',
                f'return "{ci.name}(" + str(self.n) + ", " + repr(self.s) + ")"',
                f'return f"<{{self.s}}#{{self.n}}>"']))
            ci.dunders.add("__repr__")
            if r.random() < 0.4:
                self.method_lines("__str__", None, r.choice(['return f"{self.s}:{self.n}"',
                                                             'return "[" + self.s + "]" + str(self.n)']))
                ci.dunders.add("__str__")
            if r.random() < 0.5:
                self.method_lines("__eq__", "other", r.choice(["return self.n == other.n and self.s == other.s",
                                                               "return self.n % 5 == other.n % 5"]))
                ci.dunders.add("__eq__")
            if r.random() < 0.6:
                self.method_lines("__lt__", "other", r.choice(["return (self.n, self.s) < (other.n, other.s)",
                                                               "return self.n < other.n",
                                                               "return self.s < other.s or (self.s == other.s "
                                                               "and self.n < other.n)"]))
                ci.dunders.add("__lt__")
            if r.random() < 0.5:
                self.method_lines("__add__", "other", f"return {ci.name}((self.n + other.n) % 100003, "
                                                      f"(self.s + other.s)[:12])")
                ci.dunders.add("__add__")
        else:
            if r.random() < 0.5:
                self.method_lines("__repr__", None, r.choice([
                    f'return "{ci.name}[" + super().__repr__() + "]"',
                    f'return f"{ci.name}:{{super().__repr__()}}/{{self.n % 10}}"']))
            if "__str__" in ci.dunders and r.random() < 0.4:
                self.method_lines("__str__", None, f'return "{ci.name}-" + super().__str__()')
        if root and self.excs and r.random() < 0.85:  # called only inside try (see user_try_stmt)
            scope = Scope(is_function=True)
            scope.vars.update({f"self.{f}": t for f, t in ci.fields.items()})
            scope.vars["v"] = INT
            exc = r.choice(self.excs["names"] + (["FuzzError2"] if self.excs["value"] else []))
            self.lines += ["    def check(self, v):",
                           f"        if (self.n + v) % {r.randint(2, 4)} == 0:",
                           f"            {self.raise_text(exc, scope)}",
                           "        self.n = (self.n + v) % 1000",
                           "        return self.n", ""]
            self.checker = True
        # methods: new ones in the root, overrides (calling super()) and new ones in subclasses
        if root:
            for i in range(r.randint(1, 3)):
                self.method(ci, f"m{i}", None)
        else:
            for name, f in list(ci.methods.items()):
                if r.random() < 0.5:
                    self.method(ci, name, f)
            if r.random() < 0.5:
                self.method(ci, f"m{ci.name[1:]}x", None)
        if len(self.lines) == start:
            self.lines.append("    pass")
        self.lines.append("")
        self.classes.append(ci)
        self.class_by_name[ci.name] = ci

    def method_lines(self, name: str, other: str | None, ret: str):
        self.lines.append(f"    def {name}(self{', ' + other if other else ''}):")
        self.lines.append(f"        {ret}")
        self.lines.append("")

    def method(self, ci: ClassInfo, name: str, overridden: Func | None):
        r = self.r
        if overridden:
            params, ret = overridden.params, overridden.ret
        else:
            params = [(f"{PREFIX[t]}a{i}", t, None) for i, t in enumerate(r.choice([[], [INT], [STR], [INT, INT],
                                                                                    [INT, STR]]))]
            ret = r.choice([INT, INT, STR, FLOAT, BOOL, None])
            if params and r.random() < 0.3:  # a default for the last parameter (overrides repeat it)
                p, t, _ = params[-1]
                params[-1] = (p, t, str(r.randint(-3, 9)) if t == INT else repr(r.choice(WORDS)))
        sig = "".join(f", {p}" if d is None else f", {p}={d}" for p, _, d in params)
        self.lines.append(f"    def {name}(self{sig}):")
        scope = Scope(is_function=True)
        for fname, ftype in ci.fields.items():
            scope.vars[f"self.{fname}"] = ftype
        for p, t, _ in params:
            scope.vars[p] = t
        saved = (self.funcs, self.cost, self.mult)
        # the base's earlier methods, through self (overrides run); a subclass calls only super()
        self.funcs = [] if ci.base else [Func(f"self.{m}", f.params, f.ret, f.cost) for m, f in ci.methods.items()]
        self.cost, self.mult, self.in_method = 0, 1, True
        super_val = None
        if overridden:
            args = ", ".join(p for p, _, _ in params)
            self.cost += overridden.cost
            if ret is None:
                self.emit(2, f"super().{name}({args})")
            else:
                super_val = self.fresh(ret, scope)
                self.emit(2, f"{super_val} = super().{name}({args})")
                scope.vars[super_val] = ret
                scope.frozen.add(super_val)
        self.block(scope, 2, 1, max_stmts=3)
        if ret is not None:
            val = self.value_of(ret, scope)
            if super_val and ret == INT:
                val = f"({super_val} + {val}) % 100003"
            elif super_val and ret == STR:
                val = f"({super_val} + {val})[:20]"
            elif super_val and ret == BOOL:
                val = f"({super_val} != {val})"
            self.emit(2, f"return {val}")
        cost = max(self.cost, 1)
        self.funcs, self.cost, self.mult = saved
        self.in_method = False
        self.lines.append("")
        ci.methods[name] = Func(name, params, ret, cost)

    def method_cost(self, cls: ClassInfo, name: str) -> int:
        """The dearest of the methods a call through a `cls` variable may run."""
        return max(c.methods[name].cost for c in self.classes if c.is_sub(cls) and name in c.methods)

    def construct(self, cls: ClassInfo, scope, depth: int) -> str:
        args = []
        for _, t in cls.init_params:
            if t == INT:
                args.append(self.clamp(*self.int_expr(scope, depth + 1))[0])
            else:
                args.append(f"{self.str_expr(scope, depth + 1)}[:10]")
        return f"{cls.name}({', '.join(args)})"

    def obj_value(self, cls: ClassInfo, scope, depth: int) -> str:
        """An expression whose static type is cls."""
        v = self.var_of(cls.name, scope)
        if v and (self.r.random() < 0.6 or depth >= 3):
            return v
        if self.r.random() < 0.3:
            call = self.call_expr(cls.name, scope, depth)  # a function that returns one
            if call:
                return call
        return self.construct(cls, scope, depth)

    def any_obj(self, scope, depth: int) -> tuple[str, ClassInfo]:
        """Some object expression and its static class."""
        r = self.r
        names = self.obj_vars(scope)
        lk = self.var_of(self.root_list(), scope)
        k = r.random()
        if names and k < 0.6:
            n = r.choice(names)
            return n, self.class_by_name[scope.vars[n]]
        if lk and k < 0.8:
            i, _ = self.int_atom(scope, depth + 1)
            return f"{lk}[({i}) % len({lk})]", self.classes[0]
        cls = r.choice(self.classes)
        return self.construct(cls, scope, depth + 1), cls

    def obj_method_call(self, o: str, cls: ClassInfo, ret, scope, depth: int) -> str | None:
        ms = [m for m, f in cls.methods.items() if f.ret == ret]
        if not ms:
            return None
        m = self.r.choice(ms)
        cost = self.method_cost(cls, m)
        if cost * self.mult > COST_BUDGET:
            return None
        self.cost += cost * self.mult
        f = cls.methods[m]
        return self.call_text(Func(f"{o}.{m}", f.params, f.ret, cost), scope, depth)

    def obj_key(self, cls: ClassInfo) -> str:
        r = self.r
        keys = ["lambda q: q.n", "lambda q: -q.n", "lambda q: (q.s, q.n)", "lambda q: q.n % 7", "lambda q: len(q.s)",
                "lambda q: repr(q)"]
        ms = [m for m, f in cls.methods.items() if f.ret in (INT, STR) and all(d for _, _, d in f.params)]
        if ms and r.random() < 0.3:  # a method call as the key (each item's own class's method)
            m = r.choice(ms)
            cost = self.method_cost(cls, m) * 4  # lists of objects are short (1-4 items, rarely more)
            if cost * self.mult <= COST_BUDGET:
                self.cost += cost * self.mult
                return f"lambda q: q.{m}()"
        return r.choice(keys)

    def obj_int(self, scope, depth: int) -> tuple[str, int] | None:
        r = self.r
        k = r.random()
        lk = self.var_of(self.root_list(), scope)
        if lk and k < 0.3:
            return r.choice([(f"len({lk})", 100), (f"max({lk}, key={self.obj_key(self.classes[0])}).n", VAR_BOUND),
                             (f"min({lk}, key={self.obj_key(self.classes[0])}).n", VAR_BOUND),
                             (f"sum([q.n for q in {lk}])", VAR_BOUND * 100)])
        dk = self.var_of(self.root_dict(), scope)
        if dk and k < 0.35:
            return f"len({dk})", 100
        o, cls = self.any_obj(scope, depth)
        if k < 0.7:
            call = self.obj_method_call(o, cls, INT, scope, depth)
            if call:
                return call, VAR_BOUND
        ints = [f for f, t in cls.fields.items() if t == INT]
        return f"{o}.{r.choice(ints)}", VAR_BOUND

    def obj_str(self, scope, depth: int) -> str | None:
        r = self.r
        k = r.random()
        lk = self.var_of(self.root_list(), scope)
        if lk and k < 0.15:
            return r.choice([f"', '.join([q.s for q in {lk}])[:40]", f"str({lk})[:60]",
                             f"str(sorted({lk}, key={self.obj_key(self.classes[0])}))[:60]"])
        o, cls = self.any_obj(scope, depth)
        if k < 0.45:
            call = self.obj_method_call(o, cls, STR, scope, depth)
            if call:
                return call
        fs = [f'f"{{{o}}}!"'] if '"' not in o and "\\" not in o else []
        return r.choice([f"str({o})", f"repr({o})", f"{o}.s", f"{o}.s"] + fs)

    def obj_bool(self, scope, depth: int) -> str | None:
        r = self.r
        k = r.random()
        o, cls = self.any_obj(scope, depth)
        if k < 0.3:
            if len(self.classes) > 1 and r.random() < 0.3:
                pair = r.sample(self.classes, 2)
                return f"isinstance({o}, ({pair[0].name}, {pair[1].name}))"
            return f"isinstance({o}, {r.choice(self.classes).name})"
        if k < 0.5:
            call = self.obj_method_call(o, cls, BOOL, scope, depth)
            if call:
                return call
        if k < 0.6:
            dk = self.var_of(self.root_dict(), scope)
            if dk:
                return f"({self.str_atom(scope)} in {dk})"
        if k < 0.7:
            lk = self.var_of(self.root_list(), scope)
            if lk:  # list membership and count() compare with __eq__ (identity without it)
                return r.choice([f"({o} in {lk})", f"({o} not in {lk})", f"({lk}.count({o}) > 0)"])
        o2, _ = self.any_obj(scope, depth)
        ops = ["==", "!=", "is"] + (["<", ">"] if "__lt__" in cls.dunders else [])
        return f"({o} {r.choice(ops)} {o2})"

    def obj_stmt(self, scope, indent: int):
        r = self.r
        k = r.random()
        objs = [n for n in self.obj_vars(scope)]
        lk = self.var_of(self.root_list(), scope)
        dk = self.var_of(self.root_dict(), scope)
        root = self.classes[0]
        if objs and not lk and r.random() < 0.4:
            k = 0.55  # a list of objects, early: the statements below need one
        if k < 0.2 or not objs:
            cls = r.choice(self.classes)
            name = self.fresh(cls.name, scope)
            self.emit(indent, f"{name} = {self.construct(cls, scope, 0)}\nprint({name!r}, {name})")
            scope.vars[name] = cls.name
        elif k < 0.35:
            o = r.choice(objs)
            cls = self.class_by_name[scope.vars[o]]
            f = r.choice(sorted(cls.fields))
            t = cls.fields[f]
            val = f"{self.str_expr(scope)}[:12]" if t == STR else self.safe_value(t, scope)
            self.emit(indent, f"{o}.{f} = {val}\nprint({o!r}, {o}, {o}.{f})")
        elif k < 0.45:
            o = r.choice(objs)
            cls = self.class_by_name[scope.vars[o]]
            call = self.obj_method_call(o, cls, r.choice([INT, STR, FLOAT, BOOL, None]), scope, 0)
            if call:
                self.emit(indent, f"print('call', {call}, {o})")
            else:
                self.print_stmt(scope, indent)
        elif k < 0.5:
            o = r.choice(objs)
            alias = self.fresh(scope.vars[o], scope)
            self.emit(indent, f"{alias} = {o}\n{alias}.n = ({alias}.n + {r.randint(1, 9)}) % 1000\n"
                              f"print('alias', {o}, {alias} is {o}, {o}.n)")
            scope.vars[alias] = scope.vars[o]
        elif k < 0.6 and (not lk or lk in scope.frozen or r.random() < 0.3):
            name = self.fresh(self.root_list(), scope)
            items = ", ".join(self.obj_value(r.choice(self.classes), scope, 1) for _ in range(r.randint(1, 4)))
            self.emit(indent, f"{name} = [{items}]\nprint({name!r}, {name})")
            scope.vars[name] = self.root_list()
        elif k < 0.75 and lk and lk not in scope.frozen:
            kk = r.random()
            if kk < 0.35:
                self.emit(indent, f"if len({lk}) < {LIST_CAP}:\n"
                                  f"    {lk}.append({self.obj_value(r.choice(self.classes), scope, 1)})")
            elif kk < 0.6:
                key = f"key={self.obj_key(root)}" if "__lt__" not in root.dunders or r.random() < 0.5 else ""
                rev = ", reverse=True" if r.random() < 0.3 else ""
                self.emit(indent, f"{lk}.sort({key}{rev if key else rev[2:]})")
            elif kk < 0.8 and "__lt__" in root.dunders:
                self.emit(indent, f"print('sorted', sorted({lk}), min({lk}), max({lk}))")
            else:
                q = self.fresh(root.name, scope)
                self.emit(indent, f"for {q} in {lk}[:]:")
                inner = Scope(scope)
                inner.vars[q] = root.name
                inner.frozen |= {q, lk}
                saved = self.mult
                self.mult *= LIST_CAP
                call = self.obj_method_call(q, root, r.choice([INT, STR, None]), inner, 1)
                isn = r.choice(self.classes).name
                self.emit(indent + 1, f"print('each', {q}, {q}.n, isinstance({q}, {isn}){', ' + call if call else ''})")
                self.mult = saved
            self.emit(indent, f"print({lk!r}, {lk})")
        elif k < 0.85 and self.mult <= 30:
            if not dk or dk in scope.frozen:
                dk = self.fresh(self.root_dict(), scope)
                self.emit(indent, f"{dk} = {{}}")
                scope.vars[dk] = self.root_dict()
            word = repr(r.choice(WORDS))
            self.emit(indent, f"{dk}[{word}] = {self.obj_value(r.choice(self.classes), scope, 1)}")
            kk = r.random()
            if kk < 0.3:
                key = self.fresh(STR, scope)
                self.emit(indent, f"for {key} in sorted({dk}):\n    print('entry', {key}, {dk}[{key}], {dk}[{key}].n)")
            elif kk < 0.5:
                self.emit(indent, f"if {word} in {dk}:\n    del {dk}[{word}]")
            self.emit(indent, f"print({dk!r}, {dk}, len({dk}))")
        elif "__add__" in root.dunders:
            a, _ = self.any_obj(scope, 1)
            b, _ = self.any_obj(scope, 1)
            name = self.fresh(root.name, scope)
            self.emit(indent, f"{name} = {a} + {b}\nprint('sum', {name}, {name} == {a})")
            scope.vars[name] = root.name
        else:
            a, cls = self.any_obj(scope, 1)
            b, _ = self.any_obj(scope, 1)
            extra = f", {a} < {b}, {b} > {a}" if "__lt__" in cls.dunders else ""
            self.emit(indent, f"print('cmp', {a} == {b}, {a} != {b}{extra}, str({a}), repr({b}))")

    # ------------------------------------------------------------ exceptions

    def exception_defs(self):
        r = self.r
        fields = r.random() < 0.6
        self.excs = {"fields": fields, "names": ["FuzzError0", "FuzzError1"], "value": r.random() < 0.5}
        if fields:
            self.lines += ["class FuzzError0(Exception):",
                           "    def __init__(self, code, msg):",
                           "        super().__init__(msg)",
                           "        self.code = code",
                           ""]
            if r.random() < 0.5:
                self.lines += ["class FuzzError1(FuzzError0):",
                               "    def __init__(self, code, msg):",
                               "        super().__init__(code + 1, 'E1 ' + msg)",
                               "        self.extra = code * 2",
                               ""]
                self.excs["extra"] = True
            else:
                self.lines += ["class FuzzError1(FuzzError0):", "    pass", ""]
        else:
            self.lines += ["class FuzzError0(Exception):", "    pass", "", "class FuzzError1(FuzzError0):", "    pass", ""]
        if self.excs["value"]:
            self.lines += ["class FuzzError2(ValueError):", "    pass", ""]
        self.lines.append("")

    def raise_text(self, name: str, scope, depth: int = 2) -> str:
        msg = f"{self.str_expr(scope, depth)}[:15]"
        if self.excs["fields"] and name != "FuzzError2":
            return f"raise {name}({self.clamp(*self.int_expr(scope, depth))[0]}, {msg})"
        return f"raise {name}({msg})"

    def raiser_function(self, index: int):
        """rz<i>(v, w): prints, raises one of the user exceptions on some inputs, or passes to an earlier rz."""
        r = self.r
        name = f"rz{index}"
        scope = Scope(is_function=True)
        scope.vars.update({"v": INT, "w": STR})
        self.lines.append(f"def {name}(v, w):")
        self.lines.append("    print('in', " + repr(name) + ", v, w)")
        exc = r.choice(self.excs["names"] + (["FuzzError2"] if self.excs["value"] else []))
        self.lines.append(f"    if v % {r.randint(2, 4)} == {r.randint(0, 1)}:")
        self.lines.append(f"        {self.raise_text(exc, scope)}")
        if self.raisers and r.random() < 0.5:
            self.lines.append(f"    return {self.raisers[-1].name}(v // 2 + 1, w + 'r')")
        else:
            self.lines.append("    return (v * 3 + len(w)) % 1000")
        self.lines.append("")
        self.raisers.append(Func(name, [("v", INT, None), ("w", STR, None)], INT, 10))

    def user_try_stmt(self, scope, indent: int, depth: int):
        r = self.r
        names = self.excs["names"] + (["FuzzError2"] if self.excs["value"] else [])
        exc = r.choice(names)
        self.emit(indent, "try:")
        self.try_depth += 1
        if r.random() < 0.4:
            self.block(Scope(scope), indent + 1, depth + 1, max_stmts=2)
        if self.checker and not self.in_method and r.random() < 0.7:
            o, _ = self.any_obj(scope, 1)
            self.emit(indent + 1, f"print('check', {o}.check({self.clamp(*self.int_expr(scope, 1))[0]}))")
        elif self.raisers and r.random() < 0.5:
            f = r.choice(self.raisers)
            self.emit(indent + 1, f"print('rz', {self.call_text(f, scope, 1)})")
        else:
            cond = self.bool_expr(scope) if r.random() < 0.6 else "True"
            self.emit(indent + 1, f"if {cond}:\n    {self.raise_text(exc, scope)}")
        if r.random() < 0.3:
            self.block(Scope(scope), indent + 1, depth + 1, max_stmts=2)
        self.try_depth -= 1
        handlers = []
        if r.random() < 0.4:
            handlers.append("FuzzError1")
        handlers.append(r.choice(["FuzzError0", "FuzzError0", "Exception"]))
        if self.excs["value"]:
            handlers.insert(r.randint(0, len(handlers)), r.choice(["ValueError", "FuzzError2"]))
        for h in handlers:
            self.emit(indent, f"except {h} as e:")
            what = ["e", "e.args", "str(e)", f"isinstance(e, FuzzError1)"]
            if self.excs["fields"] and h in ("FuzzError0", "FuzzError1"):
                what.append("e.code")
                if h == "FuzzError1" and self.excs.get("extra"):
                    what.append("e.extra")
            self.emit(indent + 1, f"print('caught', {h!r}, {', '.join(what)})")
        if r.random() < 0.3:
            self.emit(indent, "finally:")
            self.emit(indent + 1, "print('finally user')")

    # ------------------------------------------------------------ lambdas

    def key_lambda(self, t: str, scope) -> str:
        r = self.r
        v = self.var_of(INT, scope)
        if t == LINT:
            keys = ["lambda q: q % 5", "lambda q: (q % 3, -q)", f"lambda q: abs(q - {r.randint(-9, 9)})", "lambda q: -q",
                    "lambda q: str(q)"] + ([f"lambda q: abs(q - {v})"] if v else [])
        elif t == LSTR:
            keys = ["lambda q: len(q)", "lambda q: q.lower()", "lambda q: (len(q), q)", "len", "lambda q: q[::-1]"]
        else:
            keys = ["lambda q: abs(q)", "lambda q: -q", "lambda q: q % 1.5"]
        return r.choice(keys)

    def lambda_stmt(self, scope, indent: int):
        r = self.r
        lists = [n for n, t in scope.vars.items() if t in (LINT, LSTR, LFLOAT) and n not in scope.frozen
                 and self.assignable(n, scope)]
        if not lists:
            return self.print_stmt(scope, indent)
        name = r.choice(lists)
        t = scope.vars[name]
        key = self.key_lambda(t, scope)
        k = r.random()
        if k < 0.5:
            self.emit(indent, f"{name}.sort(key={key}{', reverse=True' if r.random() < 0.4 else ''})\nprint({name!r}, {name})")
        else:
            fn = r.choice(["min", "max"])
            self.emit(indent, f"if {name}:\n    print({fn!r}, {fn}({name}, key={key}))")

    # ------------------------------------------------------------ closures

    def closure_stmt(self, scope, indent: int):
        r = self.r
        self.counter += 1
        c = self.counter
        inner = Scope(scope)
        q = f"q{c}"
        inner.vars[q] = INT
        if r.random() < 0.5:
            self.emit(indent, f"def cl{c}({q}):\n    return {self.clamp(*self.int_expr(inner))[0]}")
            self.emit(indent, f"print('closure', cl{c}(3), cl{c}({self.clamp(*self.int_expr(scope))[0]}))")
            ints = [n for n in scope.of_type(INT) if n not in scope.frozen and self.assignable(n, scope)]
            if ints and r.random() < 0.6:
                v = r.choice(ints)
                self.emit(indent, f"{v} = ({v} + {r.randint(1, 50)}) % 1000\nprint('late', {v}, cl{c}(1))")
        else:
            cnt = f"n{c}"
            inner.vars[cnt] = INT
            self.emit(indent, f"{cnt} = {r.randint(0, 5)}")
            step = self.clamp(*self.int_expr(inner, 1))[0]
            self.emit(indent, f"def tick{c}({q}):\n    nonlocal {cnt}\n    {cnt} = ({cnt} + {q} * {r.randint(1, 7)} "
                              f"+ {step}) % 10007\n    return {cnt}")
            loop = f"q{c}x"
            self.emit(indent, f"for {loop} in range({r.randint(1, 5)}):\n    print('tick', tick{c}({loop}), {cnt})")
            self.emit(indent, f"print('counter', {cnt})")
            scope.vars[cnt] = INT


    # ------------------------------------------------------------ generators

    def generator_stmt(self, scope, indent: int):
        """A generator function (at the top of a function body, where a def may stand) or a generator
        expression held in a variable, consumed at once: partly by next(), then by a builtin or a loop."""
        r = self.r
        self.counter += 1
        c = self.counter
        inner = Scope(scope)
        q, g = f"q{c}", f"g{c}"
        inner.vars[q] = INT
        inner.vars[g] = INT
        item = self.clamp(*self.int_expr(inner))[0]
        n = r.randint(0, 6)
        top = indent == (2 if self.in_method else 1) and scope.is_function and self.loop_depth == 0
        if top and r.random() < 0.85:
            self.emit(indent, f"def gen{c}({q}):\n    for {g} in range({q}):\n        if {g} % {r.randint(2, 3)} != 1:\n"
                              f"            yield ({item}) % 1000\n        if {g} > {r.randint(3, 9)}:\n            return")
            made = f"gen{c}({n})"
        else:
            src = f"range({n})"
            lists = [v for v in scope.of_type(LINT) if v not in scope.frozen]
            if lists and r.random() < 0.5:
                src = r.choice(lists)
            made = f"(({item}) % 1000 for {q} in {src} for {g} in range(2) if {g} == 0)"
        held = f"ge{c}"
        self.emit(indent, f"{held} = {made}")
        self.emit(indent, f"print('gen', next({held}, -1))")
        consumer = r.choice(["list({})", "sum({})", "sorted({})", "[v * 2 for v in {}]", "list(enumerate({}))"])
        if r.random() < 0.3:
            self.emit(indent, f"for v{c} in {held}:\n    print('item', v{c})")
        else:
            self.emit(indent, f"print('rest', {consumer.format(held)})")


class Generator(ObjectsMixin, ShapesMixin):
    def __init__(self, seed: int, skip=(), only=()):
        self.r = random.Random(seed)
        self.lines: list[str] = []
        self.funcs: list[Func] = []
        self.globals: dict[str, str] = {}
        self.counter = 0
        self.mult = 1  # how many times the statement being generated runs, estimated
        self.cost = 0  # of the function being generated
        self.loop_depth = 0
        self.in_loop = False
        self.try_depth = 0
        self.init_objects()
        self.init_shapes()
        self.shapes = (self.shapes | set(only)) - set(skip)

    # ------------------------------------------------------------ helpers

    def fresh(self, t: str, scope: Scope) -> str:
        self.counter += 1
        return f"{PREFIX[t] if t in PREFIX else self.obj_prefix(t)}{self.counter}"

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def emit(self, indent: int, text: str):
        for line in text.split("\n"):
            self.lines.append("    " * indent + line)
        self.cost += self.mult

    def var_of(self, t: str, scope: Scope):
        names = scope.of_type(t)
        return self.r.choice(names) if names else None

    # -------------------------------------------------------- int expressions

    def clamp(self, code: str, bound: int) -> tuple[str, int]:
        """Bring an int expression under VAR_BOUND (keeping negative values possible)."""
        if bound <= VAR_BOUND:
            return code, bound
        m = self.r.choice([1000003, 2000003, 65521, 999, 1999])
        return f"(({code}) % {m} - {m // 2})", m // 2 + 1

    def shrink(self, code: str, bound: int, limit: int) -> tuple[str, int]:
        if bound <= limit:
            return code, bound
        m = self.r.choice([97, 101, 1000, 13, 7])
        return f"(({code}) % {m})", m

    def int_expr(self, scope: Scope, depth: int = 0) -> tuple[str, int]:
        r = self.r
        if depth < 3 and self.objects_ok() and r.random() < 0.06:
            return self.obj_int(scope, depth)
        if depth >= 3 or r.random() < 0.3:
            return self.int_atom(scope, depth)
        k = r.random()
        if k < 0.45:
            op = r.choice(["+", "-", "*", "+", "-", "*", "//", "%", "&", "|", "^"])
            a, ba = self.int_expr(scope, depth + 1)
            if op in ("//", "%"):
                return self.divmod_expr(a, ba, scope, depth, op)
            b, bb = self.int_expr(scope, depth + 1)
            if op == "*":
                a, ba = self.shrink(a, ba, 10**7)
                b, bb = self.shrink(b, bb, 10**7)
                return f"({a} * {b})", ba * bb
            if op in ("&", "|", "^"):
                return f"({a} {op} {b})", 2 * max(ba, bb) + 2
            return f"({a} {op} {b})", ba + bb
        if k < 0.52:
            a, ba = self.int_expr(scope, depth + 1)
            a, ba = self.shrink(a, ba, 1000)
            e = r.choice([2, 2, 3, 0, 1])
            return f"({a} ** {e})", max(ba, 1) ** e
        if k < 0.57:
            a, ba = self.int_expr(scope, depth + 1)
            a, ba = self.shrink(a, ba, 10**9)
            s = r.randint(0, 5)
            return (f"({a} << {s})", ba << s) if r.random() < 0.5 else (f"({a} >> {s})", ba)
        if k < 0.62:
            a, ba = self.int_expr(scope, depth + 1)
            return f"(-{a})", ba
        if k < 0.67:
            a, ba = self.int_expr(scope, depth + 1)
            return f"abs({a})", ba
        if k < 0.73:
            a, ba = self.int_expr(scope, depth + 1)
            b, bb = self.int_expr(scope, depth + 1)
            fn = r.choice(["min", "max"])
            return f"{fn}({a}, {b})", max(ba, bb)
        if k < 0.80:
            c = self.bool_expr(scope, depth + 1)
            a, ba = self.int_expr(scope, depth + 1)
            b, bb = self.int_expr(scope, depth + 1)
            return f"({a} if {c} else {b})", max(ba, bb)
        if k < 0.86:
            return self.int_from_container(scope, depth)
        if k < 0.90:
            f = self.float_expr(scope, depth + 1)
            return f"int({f})", 10**16
        if k < 0.95:
            call = self.call_expr(INT, scope, depth)
            if call:
                return call, VAR_BOUND
        return self.int_atom(scope, depth)

    def divmod_expr(self, a, ba, scope, depth, op):
        r = self.r
        k = r.random()
        if k < 0.4:
            d = r.choice([1, 2, 3, 7, 10, -2, -3, -7, 100])
            return f"({a} {op} {int_lit(d)})", ba if op == "//" else abs(d)
        b, bb = self.int_expr(scope, depth + 1)
        m = r.choice([5, 7, 11])
        sign = "-" if r.random() < 0.3 else ""
        div = f"{sign}(({b}) % {m} + 1)"
        return f"({a} {op} {div})", ba if op == "//" else m + 1

    def int_atom(self, scope: Scope, depth: int) -> tuple[str, int]:
        r = self.r
        v = self.var_of(INT, scope)
        k = r.random()
        if v and k < 0.55:
            return v, VAR_BOUND
        if k < 0.75:
            c = r.choice([0, 1, 2, 3, 5, 7, 10, 100, 255, 1000, -1, -3, -8, 12345, -99999])
            return int_lit(c), abs(c)
        if k < 0.85:
            s = self.str_expr(scope, depth + 1)
            return f"len({s})", 10**6
        if k < 0.92 and depth < 3:
            return self.int_from_container(scope, depth)
        return int_lit(r.randint(-50, 50)), 50

    def int_from_container(self, scope: Scope, depth: int) -> tuple[str, int]:
        r = self.r
        k = r.random()
        if k < 0.35:
            lst = self.list_expr(LINT, scope, depth + 1)
            kind = r.choice(["len", "sum", "min", "max", "index", "index2", "count", "find"])
            if kind == "len":
                return f"len({lst})", 10**6
            if kind == "sum":
                return f"sum({lst})", VAR_BOUND * 10**4
            if kind in ("min", "max"):
                return f"{kind}({lst} + [{r.randint(-9, 9)}])", VAR_BOUND
            if kind == "count":
                i, _ = self.int_atom(scope, depth + 1)
                return f"{lst}.count({i})", 10**6
            if kind == "find":
                i, _ = self.int_atom(scope, depth + 1)
                return f"({lst}.index({i}) if {i} in {lst} else -1)", 10**6
            v = self.var_of(LINT, scope)
            i, _ = self.int_expr(scope, depth + 1)
            if v and kind == "index":
                return f"({v}[({i}) % len({v})] if {v} else 0)", VAR_BOUND
            return f"({lst} + [7])[({i}) % (len({lst}) + 1)]", VAR_BOUND
        if k < 0.55:
            d = self.var_of(DII, scope)
            if d:
                key, _ = self.int_atom(scope, depth + 1)
                return f"{d}.get({key}, {r.randint(-5, 5)})", VAR_BOUND
            d = self.var_of(DSI, scope)
            if d:
                return f"{d}.get({self.str_atom(scope)}, {r.randint(-5, 5)})", VAR_BOUND
        if k < 0.65:
            t = self.var_of(TUP, scope)
            if t:
                return f"{t}[0]", VAR_BOUND
        if k < 0.80:
            s = self.str_expr(scope, depth + 1)
            m = r.choice(["find", "count", "rfind"])
            return f"{s}.{m}({self.str_atom(scope)})", 10**6
        if k < 0.88:
            st = self.var_of(SETI, scope)
            if st:
                return f"len({st})", 100
        if k < 0.94:
            s = self.str_expr(scope, depth + 1)
            return f"ord(({s} + 'x')[0])", 10**6
        b = self.bool_expr(scope, depth + 1)
        return f"int({b})", 1

    # ------------------------------------------------------ float expressions

    def float_expr(self, scope: Scope, depth: int = 0) -> str:
        r = self.r
        if depth >= 3 or r.random() < 0.3:
            return self.float_atom(scope, depth)
        k = r.random()
        if k < 0.45:
            op = r.choice(["+", "-", "*", "+", "-", "/", "//", "%"])
            a = self.float_expr(scope, depth + 1)
            if op in ("/", "//", "%"):
                b = self.float_expr(scope, depth + 1)
                d = r.choice([f"(abs({b}) + 0.5)", "3.0", "-2.5", "0.1", "7"])
                return f"({a} {op} {d})"
            b = self.float_expr(scope, depth + 1)
            if op == "*":
                return f"(({a}) % 1000.0 * {b})"
            return f"({a} {op} {b})"
        if k < 0.55:
            a = self.clamp(*self.int_expr(scope, depth + 1))[0]
            return r.choice([f"float({a})", f"({a} / 4)", f"({a} * 0.5)", f"({a} / {r.choice([3, 7, -9])})"])
        if k < 0.62:
            a = self.float_expr(scope, depth + 1)
            # sin and cos are correctly rounded; tanh is glibc's formula, whose last bit still differs from
            # CPython's on about 3 arguments in 10,000 (docs/SUPPORTED.md), so it is compared to 14 digits
            fn = r.choice(["math.sqrt(abs({}))", "math.floor({}) * 1.0", "math.fabs({})", "float(math.ceil({}))",
                           "abs({})", "(-{})", "round({}, 2)", "round({}, 1)", "math.sin({})", "math.cos({})",
                           "round(math.tanh({}), 14)"])
            return fn.format(a)
        if k < 0.68:
            a = self.float_expr(scope, depth + 1)
            b = self.float_expr(scope, depth + 1)
            return f"{r.choice(['min', 'max'])}({a}, {b})"
        if k < 0.74:
            c = self.bool_expr(scope, depth + 1)
            return f"({self.float_expr(scope, depth + 1)} if {c} else {self.float_expr(scope, depth + 1)})"
        if k < 0.82:
            lst = self.var_of(LFLOAT, scope)
            if lst:
                i, _ = self.int_expr(scope, depth + 1)
                return r.choice([f"sum({lst})", f"({lst} + [0.25])[({i}) % (len({lst}) + 1)]",
                                 f"max({lst} + [-1.5])", f"min([2.5] + {lst})",
                                 f"max({lst}, default=-0.5)", f"min((x for x in {lst} if x > 0), default=1.25)"])
        if k < 0.88:
            call = self.call_expr(FLOAT, scope, depth)
            if call:
                return call
        return self.float_atom(scope, depth)

    def float_atom(self, scope: Scope, depth: int) -> str:
        r = self.r
        v = self.var_of(FLOAT, scope)
        if v and r.random() < 0.55:
            return v
        c = r.choice(["0.0", "1.5", "0.1", "2.25", "-3.75", "1e-3", "123.456", "0.2", "-0.0", "1e5", "3.0",
                      "0.3", "2.5", "-7.125", "1/3", "100.0"])
        return c if not c.startswith("-") else f"({c})"

    # -------------------------------------------------------- bool expressions

    def bool_expr(self, scope: Scope, depth: int = 0) -> str:
        r = self.r
        if depth < 3 and self.objects_ok() and r.random() < 0.06:
            return self.obj_bool(scope, depth)
        k = r.random()
        if depth >= 3 or k < 0.1:
            v = self.var_of(BOOL, scope)
            return v if v and r.random() < 0.7 else r.choice(["True", "False"])
        if k < 0.4:
            a, _ = self.int_expr(scope, depth + 1)
            b, _ = self.int_expr(scope, depth + 1)
            op = r.choice(["<", "<=", ">", ">=", "==", "!="])
            if r.random() < 0.15:
                c, _ = self.int_expr(scope, depth + 1)
                return f"({a} {op} {b} {r.choice(['<', '<=', '!='])} {c})"
            return f"({a} {op} {b})"
        if k < 0.5:
            a = self.float_expr(scope, depth + 1)
            b = self.float_expr(scope, depth + 1)
            return f"({a} {r.choice(['<', '<=', '>', '>=', '==', '!='])} {b})"
        if k < 0.6:
            a = self.bool_expr(scope, depth + 1)
            b = self.bool_expr(scope, depth + 1)
            return f"({a} {r.choice(['and', 'or'])} {b})"
        if k < 0.65:
            return f"(not {self.bool_expr(scope, depth + 1)})"
        if k < 0.75:
            a = self.str_expr(scope, depth + 1)
            b = self.str_atom(scope)
            return r.choice([f"({b} in {a})", f"{a}.startswith({b})", f"{a}.endswith({b})", f"({a} == {b})",
                             f"({a} < {b})", f"{a}.isdigit()", f"{a}.isalpha()", f"{a}.isupper()", f"({b} not in {a})"])
        if k < 0.85:
            i, _ = self.int_atom(scope, depth + 1)
            conts = [c for c in (self.var_of(LINT, scope), self.var_of(SETI, scope), self.var_of(DII, scope)) if c]
            if conts:
                return f"({i} {r.choice(['in', 'not in'])} {r.choice(conts)})"
        if k < 0.9:
            lst = self.var_of(LINT, scope)
            if lst:
                return r.choice([f"(len({lst}) > 3)", f"bool({lst})", f"({lst} == sorted({lst}))"])
        if k < 0.95:
            call = self.call_expr(BOOL, scope, depth)
            if call:
                return call
        a, _ = self.int_expr(scope, depth + 1)
        return f"({a} % 2 == 0)"

    # --------------------------------------------------------- str expressions

    def str_atom(self, scope: Scope) -> str:
        v = self.var_of(STR, scope)
        if v and self.r.random() < 0.5:
            return v
        return repr(self.r.choice(WORDS))

    def str_expr(self, scope: Scope, depth: int = 0) -> str:
        r = self.r
        if depth < 3 and self.objects_ok() and r.random() < 0.08:
            return self.obj_str(scope, depth)
        if depth >= 3 or r.random() < 0.3:
            return self.str_atom(scope)
        k = r.random()
        if k < 0.2:
            return f"({self.str_expr(scope, depth + 1)} + {self.str_expr(scope, depth + 1)})[:30]"
        if k < 0.3:
            a = self.str_expr(scope, depth + 1)
            i, _ = self.int_expr(scope, depth + 1)
            j = r.choice(["", str(r.randint(-5, 8))])
            step = r.choice(["", "", ":2", ":-1", ":3", ":-2"])
            return f"{a}[({i}) % 7 - 3:{j}{step}]"
        if k < 0.45:
            a = self.str_expr(scope, depth + 1)
            m = r.choice(["upper()", "lower()", "strip()", "title()", "capitalize()", "lstrip()", "rstrip()",
                          f"replace({self.str_atom(scope)}, {self.str_atom(scope)})[:30]", "zfill(6)",
                          "center(9, '*')", "ljust(5, '.')", "rjust(6)", "strip('a ')"])
            return f"{a}.{m}"
        if k < 0.55:
            a, _ = self.int_expr(scope, depth + 1)
            return r.choice([f"str({a})", f"repr({a})", f"str({self.float_expr(scope, depth + 1)})",
                             f"str({self.bool_expr(scope, depth + 1)})"])
        if k < 0.7:
            return self.fstring(scope, depth + 1)
        if k < 0.78:
            lst = self.list_expr(LSTR, scope, depth + 1)
            sep = repr(r.choice(["", ",", " ", "-", ", "]))
            return f"{sep}.join({lst})[:40]"
        if k < 0.84:
            a = self.str_expr(scope, depth + 1)
            i, _ = self.int_expr(scope, depth + 1)
            return f"({a} + '?')[({i}) % (len({a}) + 1)]"
        if k < 0.88:
            a = self.str_expr(scope, depth + 1)
            return f"({a} * {r.randint(0, 3)})"
        if k < 0.92:
            c = self.bool_expr(scope, depth + 1)
            return f"({self.str_expr(scope, depth + 1)} if {c} else {self.str_expr(scope, depth + 1)})"
        if k < 0.96:
            call = self.call_expr(STR, scope, depth)
            if call:
                return call
        t = self.var_of(TUP, scope)
        if t:
            return f"{t}[1]"
        return f"chr(65 + ({self.int_expr(scope, depth + 1)[0]}) % 26)"

    def fstring(self, scope: Scope, depth: int) -> str:
        r = self.r
        parts = []
        for _ in range(r.randint(1, 3)):
            k = r.random()
            if k < 0.35:
                e, _ = self.int_expr(scope, depth + 1)
                spec = r.choice(["", "", ":5d", ":+d", ":x", ":o", ":b", ":>6", ":<4", ":^7", ":08d", ":,", ":_",
                                 ":X", ":#x", ": d", ":02", ":3", ":0d", "!r", "!s:>5"])
            elif k < 0.7:
                e = self.float_expr(scope, depth + 1)
                spec = r.choice(["", ":.2f", ":8.3f", ":e", ":.3e", ":g", ":.4g", ":+.1f", ":10.4f", ":%", ":.1%",
                                 ":,.2f", ":<10.2f", ":^12.3g", ":G", ":.0f", ":f"])
            elif k < 0.85:
                e = self.str_atom(scope)
                spec = r.choice(["", ":>8", ":<6", ":^9", ":*^9", ":.2"])
            else:
                e = self.bool_expr(scope, depth + 1)
                spec = r.choice(["", "!r", ":4", ":02d"])
            text = r.choice(["", "v=", " | ", "[", "x:"])
            parts.append(f"{text}{{{e}{spec}}}")
        body = "".join(parts)
        # nested quotes in an f-string need Python 3.12; use double quotes outside, single inside
        if '"' in body or "\\" in body:
            return repr(r.choice(WORDS))
        return 'f"' + body + '"'

    # ------------------------------------------------------ container expressions

    def list_expr(self, t: str, scope: Scope, depth: int = 0) -> str:
        r = self.r
        v = self.var_of(t, scope)
        k = r.random()
        if v and (k < 0.5 or depth >= 3):
            return v
        elem = {LINT: lambda: self.clamp(*self.int_expr(scope, depth + 1))[0],
                LFLOAT: lambda: self.float_expr(scope, depth + 1),
                LSTR: lambda: self.str_expr(scope, depth + 1)}[t]
        if k < 0.7 or depth >= 3:
            return "[" + ", ".join(elem() for _ in range(r.randint(1, 4))) + "]"
        if k < 0.8 and v:
            a = r.choice([-3, -1, 0, 1, 2])
            return r.choice([f"{v}[{a}:]", f"{v}[:{a}]", f"{v}[::-1]", f"{v}[1:{a + 5}:2]", f"sorted({v})",
                             f"sorted({v}, reverse=True)", f"({v} + {v})[:{LIST_CAP}]",
                             f"sorted({v}, key={self.key_lambda(t, scope)})",
                             f"sorted({v}, key={self.key_lambda(t, scope)}, reverse=True)"])
        if k < 0.9 and t == LINT:
            src = self.var_of(LINT, scope) or "[1, 2, 3]"
            cond = r.choice(["", f" if e % 2 == {r.randint(0, 1)}", " if e > 0"])
            return f"[({self.r.choice(['e * 3', 'e - 1', 'e // 2', 'abs(e)', 'e % 10'])}) for e in {src}{cond}]"
        if t == LSTR:
            s = self.str_expr(scope, depth + 1)
            return r.choice([f"{s}.split()", f"{s}.split(',')", f"list({s})[:10]", f"sorted({s})[:10]"])
        if t == LINT:
            return r.choice([f"list(range({r.randint(-3, 3)}, {r.randint(0, 12)}))",
                             f"[i * i for i in range({r.randint(0, 8)})]"])
        return "[" + ", ".join(elem() for _ in range(r.randint(1, 3))) + "]"

    # ------------------------------------------------------------- calls

    def call_expr(self, ret: str, scope: Scope, depth: int) -> str | None:
        if depth >= 3:
            return None
        fs = [f for f in self.funcs if f.ret == ret and f.cost * self.mult <= COST_BUDGET]
        if not fs:
            return None
        f = self.r.choice(fs)
        self.cost += f.cost * self.mult
        return self.call_text(f, scope, depth)

    def call_text(self, f: Func, scope: Scope, depth: int) -> str:
        args = []
        keyword = False  # once a parameter is skipped or named, the rest are passed by keyword
        for i, (pname, pt, default) in enumerate(f.params):
            if default is not None and self.chance(0.4):
                keyword = True
                continue
            val = self.value_of(pt, scope, depth + 1)
            if f.recursive and i == 0:
                val = f"({self.int_expr(scope, depth + 1)[0]}) % {self.r.randint(3, 12)}"
            keyword = keyword or (default is not None and self.chance(0.5))
            args.append(f"{pname}={val}" if keyword else val)
        return f"{f.name}({', '.join(args)})"

    def value_of(self, t: str, scope: Scope, depth: int = 0) -> str:
        if t == INT:
            return self.clamp(*self.int_expr(scope, depth))[0]
        if t == FLOAT:
            return self.float_clamp(self.float_expr(scope, depth))
        if t == BOOL:
            return self.bool_expr(scope, depth)
        if t == STR:
            return self.str_expr(scope, depth)
        if t in (LINT, LFLOAT, LSTR):
            return self.list_expr(t, scope, depth)
        if t == TUP:
            i = self.clamp(*self.int_expr(scope, depth + 1))[0]
            return f"({i}, {self.str_expr(scope, depth + 1)})"
        if t == DII:
            return "{" + ", ".join(f"{self.r.randint(-5, 9)}: {self.clamp(*self.int_expr(scope, depth + 1))[0]}"
                                   for _ in range(self.r.randint(1, 3))) + "}"
        if t == DSI:
            return "{" + ", ".join(f"{repr(self.r.choice(WORDS))}: {self.r.randint(-50, 50)}"
                                   for _ in range(self.r.randint(1, 3))) + "}"
        if t in self.class_by_name:
            return self.obj_value(self.class_by_name[t], scope, depth)
        if t == SETI:
            items = [str(self.r.randint(-3, 12)) for _ in range(self.r.randint(1, 4))]
            k = self.r.random()
            if k < 0.3 and (len(items) <= 2 or CONST_SET_DISPLAYS):
                return "{" + ", ".join(items) + "}"
            if k < 0.6:
                return f"set([{', '.join(items)}])"
            if k < 0.8:
                return f"{{e % 12 for e in range({self.r.randint(-4, 4)}, {self.r.randint(0, 14)})}}"
            # abs(): a call, so CPython cannot fold the display into a constant (see CONST_SET_DISPLAYS)
            return "{" + ", ".join(items[:-1] + [f"abs({self.clamp(*self.int_atom(scope, depth + 1))[0]}) % 12"]) + "}"
        raise AssertionError(t)

    def float_clamp(self, code: str) -> str:
        return f"(({code}) % {self.r.choice(['2000.0', '1000.5', '360.0', '99.0'])} - 500.0)"

    def safe_value(self, t: str, scope: Scope) -> str:
        """A value to store in a variable of type t: ints and floats reduced, strs and lists capped."""
        if t == STR:
            return f"{self.str_expr(scope)}[:{self.r.randint(8, 30)}]"
        if t in (LINT, LFLOAT, LSTR):
            return f"{self.list_expr(t, scope)}[:{LIST_CAP}]"
        return self.value_of(t, scope)

    # ------------------------------------------------------------ statements

    def printable(self, scope: Scope) -> str:
        r = self.r
        names = list(scope.vars)
        if names and r.random() < 0.6:
            return r.choice(names)
        t = r.choice([INT, FLOAT, BOOL, STR, STR])
        return self.value_of(t, scope)

    def print_stmt(self, scope: Scope, indent: int):
        r = self.r
        args = [self.printable(scope) for _ in range(r.randint(1, 3))]
        extra = ""
        if r.random() < 0.15:
            extra = r.choice([", sep=', '", ", end=' ;\\n'", ", sep=''", ", sep='|', end='$\\n'"])
        label = repr(f"L{len(self.lines)}")
        self.emit(indent, f"print({label}, {', '.join(args)}{extra})")

    def assign_stmt(self, scope: Scope, indent: int, new_ok=True):
        r = self.r
        t = r.choice(ALL_TYPES)
        existing = [n for n in scope.of_type(t) if n not in scope.frozen and self.assignable(n, scope)]
        if existing and (not new_ok or r.random() < 0.6):
            name = r.choice(existing)
        else:
            name = self.fresh(t, scope)
        k = r.random()
        if name in scope.vars and t == INT and k < 0.3:
            val = self.clamp(*self.int_expr(scope))[0]
            op = r.choice(["+", "-", "*", "//", "%"])
            if op in ("//", "%"):
                self.emit(indent, f"{name} {op}= {r.choice([3, 7, -4, 10])}")
            else:
                self.emit(indent, f"{name} = ({name} {op} {val}) % 1000003 - 500001")
        elif name in scope.vars and t == STR and k < 0.3:
            self.emit(indent, f"{name} += {self.str_atom(scope)}")
            self.emit(indent, f"{name} = {name}[-20:]")
        elif name not in scope.vars and t in (LINT, LSTR, DII, DSI) and k < 0.15:
            # an empty container takes its type from later use
            if t in (LINT, LSTR):
                self.emit(indent, f"{name} = []\n{name}.append({self.value_of(INT if t == LINT else STR, scope)})")
            else:
                key = self.r.randint(0, 9) if t == DII else repr(self.r.choice(WORDS))
                self.emit(indent, f"{name} = {{}}\n{name}[{key!s}] = {self.value_of(INT, scope)}")
        else:
            self.emit(indent, f"{name} = {self.safe_value(t, scope)}")
        scope.vars[name] = t
        if r.random() < 0.5:
            self.emit(indent, f"print({name!r}, {name})")

    def assignable(self, name: str, scope: Scope) -> bool:
        return not name.startswith("g_") or name in scope.globals_declared or not scope.is_function

    def mutate_stmt(self, scope: Scope, indent: int):
        r = self.r
        choices = [n for n in scope.vars if scope.vars[n] in (LINT, LFLOAT, LSTR, DII, DSI, SETI)
                   and n not in scope.frozen and self.assignable(n, scope)]
        if not choices:
            return self.assign_stmt(scope, indent)
        name = r.choice(choices)
        t = scope.vars[name]
        if t in (LINT, LFLOAT, LSTR):
            elem = {LINT: INT, LFLOAT: FLOAT, LSTR: STR}[t]
            k = r.random()
            if k < 0.35:
                self.emit(indent, f"if len({name}) < {LIST_CAP}:\n    {name}.append({self.value_of(elem, scope)})")
            elif k < 0.5:
                self.emit(indent, f"if {name}:\n    print('pop', {name}.pop())")
            elif k < 0.6:
                i, _ = self.int_expr(scope)
                self.emit(indent, f"if {name}:\n    {name}[({i}) % len({name})] = {self.value_of(elem, scope)}")
            elif k < 0.7:
                self.emit(indent, f"{name}.sort()" if t != LFLOAT else f"{name}.reverse()")
            elif k < 0.8:
                self.emit(indent, f"if len({name}) < {LIST_CAP}:\n    {name}.insert({r.randint(-3, 5)}, "
                                  f"{self.value_of(elem, scope)})")
            elif k < 0.9:
                self.emit(indent, f"{name}.extend({self.list_expr(t, scope, 2)})\n{name} = {name}[-{LIST_CAP}:]")
            else:
                self.emit(indent, f"{name}.reverse()")
        elif t in (DII, DSI):
            key = self.clamp(*self.int_expr(scope))[0] + " % 10" if t == DII else self.str_atom(scope)
            k = r.random()
            if k < 0.5:
                self.emit(indent, f"{name}[{key}] = {self.value_of(INT, scope)}")
            elif k < 0.65:
                self.emit(indent, f"if {key} in {name}:\n    del {name}[{key}]")
            elif k < 0.8 and t == DII:
                self.emit(indent, f"{name}[{key}] = ({name}.get({key}, 0) + 1) % 1000")
            else:
                k_, v_ = self.fresh(INT if t == DII else STR, scope), self.fresh(INT, scope)
                self.emit(indent, f"for {k_}, {v_} in {name}.items():\n    print('item', {k_}, {v_})"
                          if t == DII else f"for {k_} in sorted({name}):\n    print('key', {k_}, {name}[{k_}])")
                self.cost += 10 * self.mult
        else:
            k = r.random()
            v = self.clamp(*self.int_expr(scope))[0]
            if k < 0.5:
                self.emit(indent, f"{name}.add(({v}) % 12)")
            elif k < 0.7:
                self.emit(indent, f"{name}.discard(({v}) % 12)")
            else:
                other = self.value_of(SETI, scope)
                op = r.choice(["|", "&", "-", "^"])
                self.emit(indent, f"{name} = {name} {op} {other}")
        if r.random() < 0.6:
            self.emit(indent, f"print({name!r}, {name})")

    def if_stmt(self, scope: Scope, indent: int, depth: int):
        self.emit(indent, f"if {self.bool_expr(scope)}:")
        self.block(Scope(scope), indent + 1, depth + 1)
        if self.chance(0.3):
            self.emit(indent, f"elif {self.bool_expr(scope)}:")
            self.block(Scope(scope), indent + 1, depth + 1)
        if self.chance(0.5):
            self.emit(indent, "else:")
            self.block(Scope(scope), indent + 1, depth + 1)

    def loop_stmt(self, scope: Scope, indent: int, depth: int):
        r = self.r
        k = r.random()
        inner = Scope(scope)
        if k < 0.4:
            count = r.randint(0, 8)
            if self.mult * count > 300:
                return self.print_stmt(scope, indent)
            var = self.fresh(INT, scope)
            a = r.randint(-4, 4)
            step = r.choice(["", "", f", {r.choice([1, 2, 3])}", ", -1", ", -2"])
            rng = f"range({a}, {a - count}{step})" if step.startswith(", -") else f"range({a}, {a + count}{step})"
            if r.random() < 0.3:
                rng = f"range({count})"
            self.emit(indent, f"for {var} in {rng}:")
            inner.vars[var] = INT
            inner.frozen.add(var)
        elif k < 0.65:
            count = r.randint(1, 8)
            if self.mult * count > 300:
                return self.print_stmt(scope, indent)
            var = self.fresh(INT, scope)
            self.emit(indent, f"{var} = 0\nwhile {var} < {count}:\n    {var} += 1")
            scope.vars[var] = INT
            scope.frozen.add(var)
            inner.vars[var] = INT
            inner.frozen.add(var)
        else:
            t = r.choice([LINT, LSTR, STR, LFLOAT, DII, SETI])
            src = self.var_of(t, scope)
            count = LIST_CAP
            if not src or self.mult * count > 300:
                return self.print_stmt(scope, indent)
            var = self.fresh({LINT: INT, LSTR: STR, STR: STR, LFLOAT: FLOAT, DII: INT, SETI: INT}[t], scope)
            it = {LINT: f"{src}[:]", LSTR: f"list({src})", STR: src, LFLOAT: f"{src}[::-1]", DII: f"sorted({src})",
                  SETI: f"sorted({src})"}[t]
            other = self.var_of(LSTR, scope)
            if t == LINT and r.random() < 0.3:
                idx = self.fresh(INT, scope)
                self.emit(indent, f"for {idx}, {var} in enumerate({it}):")
                inner.vars[idx] = INT
                inner.frozen.add(idx)
            elif t == LINT and other and r.random() < 0.3:
                word = self.fresh(STR, scope)
                self.emit(indent, f"for {var}, {word} in zip({it}, {other}[:]):")
                inner.vars[word] = STR
                inner.frozen.add(word)
            else:
                self.emit(indent, f"for {var} in {it}:")
            inner.vars[var] = {LINT: INT, LSTR: STR, STR: STR, LFLOAT: FLOAT, DII: INT, SETI: INT}[t]
            inner.frozen.add(var)
            inner.frozen.add(src)
        saved = (self.mult, self.in_loop)
        self.mult *= max(count, 1)
        self.in_loop = True
        self.loop_depth += 1
        if r.random() < 0.4:
            self.emit(indent + 1, f"if {self.bool_expr(inner)}:\n    {r.choice(['break', 'continue'])}")
        self.block(inner, indent + 1, depth + 1)
        self.loop_depth -= 1
        self.mult, self.in_loop = saved
        if r.random() < 0.2:
            self.emit(indent, "else:")
            self.emit(indent + 1, f"print('loop done', {self.printable(scope)})")

    def try_stmt(self, scope: Scope, indent: int, depth: int):
        r = self.r
        if self.excs and r.random() < 0.5:
            return self.user_try_stmt(scope, indent, depth)
        kind = r.choice(["zde", "zde", "index", "key", "keys", "value", "raise", "none"])
        inner = Scope(scope)
        self.emit(indent, "try:")
        self.try_depth += 1
        if r.random() < 0.5:
            self.block(inner, indent + 1, depth + 1, max_stmts=2)
        cond = self.bool_expr(scope) if r.random() < 0.5 else "True"
        raiser = {
            "zde": f"print('never', ({self.clamp(*self.int_expr(scope))[0]}) "
                   f"{r.choice(['//', '%'])} ({self.int_atom(scope, 2)[0]} * 0))",
            "index": f"print('never', {self.list_expr(LINT, scope, 2)}[{LIST_CAP + r.randint(0, 5)}])",
            "key": f"print('never', {self.value_of(DII, scope, 2)}[{r.randint(100, 200)}])",
            "keys": f"print('never', {self.value_of(DSI, scope, 2)}['missing'])",
            "value": f"print('never', int({self.str_atom(scope)} + 'q'))",
            "raise": f"raise ValueError({self.str_expr(scope, 2)})",
            "none": "pass",
        }[kind]
        if kind == "zde" and r.random() < 0.3:
            raiser = f"print('never', {self.float_expr(scope, 2)} / (0.0 * {self.float_atom(scope, 2)}))"
        self.emit(indent + 1, f"if {cond}:\n    {raiser}")
        if r.random() < 0.4:
            self.block(Scope(scope), indent + 1, depth + 1, max_stmts=2)
        self.try_depth -= 1
        exc = {"zde": "ZeroDivisionError", "index": "IndexError", "key": "KeyError", "keys": "KeyError",
               "value": "ValueError", "raise": "ValueError", "none": "KeyError"}[kind]
        if r.random() < 0.2:
            exc = f"({exc}, {r.choice(['IndexError', 'KeyError', 'ValueError'])})"
        if r.random() < 0.2:
            self.emit(indent, f"except {r.choice(['IndexError', 'KeyError', 'ZeroDivisionError', 'ValueError'])}:")
            self.emit(indent + 1, "print('wrong handler')")
        self.emit(indent, f"except {exc} as e:" if r.random() < 0.7 else f"except {exc}:")
        self.emit(indent + 1, f"print('caught', {repr(kind)}{', e' if self.lines[-1].endswith('as e:') else ''})")
        if r.random() < 0.3:
            self.block(Scope(scope), indent + 1, depth + 1, max_stmts=2)
        if r.random() < 0.25:
            self.emit(indent, "else:")
            self.emit(indent + 1, "print('no error')")
        if r.random() < 0.3:
            self.emit(indent, "finally:")
            self.emit(indent + 1, f"print('finally', {repr(kind)})")

    def tuple_stmt(self, scope: Scope, indent: int):
        r = self.r
        t = self.var_of(TUP, scope)
        if t and r.random() < 0.6:
            a, b = self.fresh(INT, scope), self.fresh(STR, scope)
            self.emit(indent, f"{a}, {b} = {t}\nprint('unpacked', {a}, {b}, {t})")
            scope.vars[a] = INT
            scope.vars[b] = STR
        else:
            name = self.fresh(TUP, scope)
            self.emit(indent, f"{name} = {self.value_of(TUP, scope)}\nprint({name}, len({name}))")
            scope.vars[name] = TUP

    def global_stmt(self, scope: Scope, indent: int):
        gints = [g for g, t in self.globals.items() if t == INT]
        if not gints or not scope.is_function or self.in_method:
            return self.print_stmt(scope, indent)
        g = self.r.choice(gints)
        if g not in scope.globals_declared:
            self.lines.insert(self.func_start, f"    global {g}")
            scope.globals_declared.add(g)
        self.emit(indent, f"{g} = ({g} + {self.clamp(*self.int_expr(scope))[0]}) % 10007")

    def stmt(self, scope: Scope, indent: int, depth: int):
        r = self.r
        k = r.random()
        if depth >= 3 or self.cost > COST_BUDGET:
            k = r.choice([0.1, 0.3, 0.5])
        elif self.shapes and r.random() < 0.18:
            return self.shape_stmt(scope, indent, depth)
        elif self.objects_ok() and r.random() < 0.15:
            return self.obj_stmt(scope, indent)
        elif (indent == (2 if self.in_method else 1) and scope.is_function and self.loop_depth == 0
              and r.random() < 0.06):  # the top level of a function or method body
            return self.closure_stmt(scope, indent)
        elif r.random() < 0.08:
            return self.lambda_stmt(scope, indent) if r.random() < 0.5 else self.generator_stmt(scope, indent)
        if k < 0.25:
            self.assign_stmt(scope, indent)
        elif k < 0.4:
            self.mutate_stmt(scope, indent)
        elif k < 0.55:
            self.print_stmt(scope, indent)
        elif k < 0.65:
            self.if_stmt(scope, indent, depth)
        elif k < 0.77:
            self.loop_stmt(scope, indent, depth)
        elif k < 0.85:
            self.try_stmt(scope, indent, depth)
        elif k < 0.9:
            self.tuple_stmt(scope, indent)
        elif k < 0.95:
            self.global_stmt(scope, indent)
        else:
            fs = [f for f in self.funcs if f.cost * self.mult <= COST_BUDGET]
            if fs:
                f = r.choice(fs)
                self.cost += f.cost * self.mult
                self.emit(indent, f"print({f.name!r}, {self.call_text(f, scope, 0)})")
            else:
                self.print_stmt(scope, indent)

    def block(self, scope: Scope, indent: int, depth: int, max_stmts: int = 4):
        for _ in range(self.r.randint(1, max_stmts)):
            self.stmt(scope, indent, depth)

    # ------------------------------------------------------------ functions

    def function(self, index: int):
        r = self.r
        name = f"fn{index}"
        params = []
        for i in range(r.randint(0, 3)):
            pt = r.choice(PARAM_TYPES)
            pname = f"{PREFIX[pt]}p{i}"
            params.append((pname, pt, None))
        if self.classes and r.random() < 0.25:
            cls = r.choice(self.classes)
            params.append((f"{self.obj_prefix(cls.name)}p{len(params)}", cls.name, None))
        # trailing params may get defaults (a literal of their type)
        for i in range(len(params) - 1, -1, -1):
            if r.random() < 0.3:
                pname, pt, _ = params[i]
                default = {INT: str(r.randint(-5, 5)), FLOAT: "0.5", STR: repr(r.choice(WORDS)),
                           BOOL: "True"}.get(pt)
                if default is None:
                    break
                params[i] = (pname, pt, default)
            else:
                break
        ret = r.choice(RETURN_TYPES + [c.name for c in self.classes])
        sig = ", ".join(p if d is None else f"{p}={d}" for p, _, d in params)
        self.lines.append(f"def {name}({sig}):")
        self.func_start = len(self.lines)
        scope = Scope(is_function=True)
        for g, t in self.globals.items():
            scope.vars[g] = t
        for p, t, _ in params:
            scope.vars[p] = t
        self.cost = 0
        self.mult = 1
        self.block(scope, 1, 1, max_stmts=5)
        if ret is not None:
            self.emit(1, f"return {self.value_of(ret, scope)}")
        self.funcs.append(Func(name, params, ret, max(self.cost, 1)))
        self.lines.append("")

    def recursive_function(self, index: int):
        r = self.r
        name = f"rec{index}"
        kind = r.choice(["linear", "tree", "str"])
        if kind == "linear":
            c = r.randint(2, 9)
            self.lines += [f"def {name}(depth, acc):",
                           "    if depth <= 0:",
                           "        return acc",
                           f"    return {name}(depth - 1, (acc * {c} + depth) % 1000003)",
                           ""]
            f = Func(name, [("depth", INT, None), ("acc", INT, None)], INT, 15, recursive=True)
        elif kind == "tree":
            self.lines += [f"def {name}(depth, k=1):",
                           "    if depth < 2:",
                           "        return depth + k",
                           f"    return ({name}(depth - 1, k) + {name}(depth - 2, k=k + 1)) % 100003",
                           ""]
            f = Func(name, [("depth", INT, None), ("k", INT, "1")], INT, 300, recursive=True)
        else:
            self.lines += [f"def {name}(depth, s):",
                           "    if depth <= 0 or len(s) > 12:",
                           "        return s",
                           f"    return {name}(depth - 1, s[::-1] + str(depth))",
                           ""]
            f = Func(name, [("depth", INT, None), ("s", STR, None)], STR, 15, recursive=True)
        self.funcs.append(f)

    # ------------------------------------------------------------- program

    def program(self) -> str:
        r = self.r
        self.lines = ["import math", ""]
        for i in range(r.randint(0, 3)):
            t = r.choice([INT, INT, STR, LINT, FLOAT])
            g = f"g_{PREFIX[t]}{i}"
            self.lines.append(f"{g} = {self.safe_value(t, Scope())}")
            self.globals[g] = t
        self.lines.append("")
        if r.random() < 0.45:
            self.exception_defs()
        if r.random() < 0.55:
            self.class_defs()
        self.shape_defs()
        for i in range(r.randint(1, 5)):
            if self.excs and r.random() < 0.25:
                self.raiser_function(i)
            elif r.random() < 0.3:
                self.recursive_function(i)
            else:
                self.function(i)
        self.cost = 0
        self.mult = 1
        scope = Scope()
        scope.vars.update(self.globals)
        main_in_function = r.random() < 0.5
        if main_in_function:
            self.lines.append("def main():")
            self.func_start = len(self.lines)
            scope.is_function = True
        indent = 1 if main_in_function else 0
        for _ in range(r.randint(4, 12)):
            self.stmt(scope, indent, 0)
        for shape in sorted(self.shapes):  # each shape the program has shows at least once
            self.shape_stmt(scope, indent, 0, shape)
        for name in scope.vars:  # the final state: globals and every variable of the main part
            self.emit(indent, f"print({name!r}, {name})")
        if r.random() < 0.08:
            self.emit(indent, r.choice(["print(1 // (len('') * 2))", "print([1, 2][5])", "print({1: 2}[3])",
                                        "raise ValueError('the end')", "print(int('x7'))",
                                        "assert 1 > 2, 'final check'"]
                                       + ([self.raise_text("FuzzError1", scope)] if self.excs else [])))
        elif self.tf:  # the finraise shape's chain, uncaught (fuzz_shapes.py)
            self.finraise_end(indent)
        if main_in_function:
            self.lines += ["", "", "main()"]
        return "\n".join(self.lines) + "\n"


def generate(seed: int, skip=(), only=()) -> str:
    """Program `seed`; skip: shapes (fuzz_shapes.SHAPES) left out, e.g. while a known bug in one is fixed;
    only: shapes turned on in every program (the runner's --only also skips every other shape)."""
    return Generator(seed, skip, only).program()


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 0, sys.argv[2:]))
