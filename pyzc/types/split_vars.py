"""One variable that holds values of two types, at different times, made two variables.

In: the resolved `Program`, a function of it (or the module), and a statement of that function that
assigns a value of another type to one of its variables (`line = line.split()`, `x = int(x)`, a loop
variable rebound in the body: `for v in xs: v = str(v)`).  Out: the same program with that
assignment and every read it reaches renamed to a new variable (`x@v1`), when they never meet the
variable's other assignments.

The assignments and reads of the name are grouped into webs (`webs`): a read joins every assignment
that may reach it, found by a walk of the function's statements that follows branches, loops (to a
fixed point), break and continue, and try (a handler may start after any statement of its body).
Each web is a variable of its own as far as any run can tell: no read sees values from two webs.
So renaming one web is sound wherever it is, and only the conflicting assignment's web is renamed.
The name must be a plain variable of the function: not declared global or nonlocal, read by no
nested function or lambda (they read it when they run), bound by no `def`, `class`, `import`,
`except ... as`, comprehension target, `match` capture or assignment expression; at the module
level, named by no function, method or class body at all (a function may read the global when it
is called).  The renaming does not enter nested functions, lambdas or classes.

Inference asks for a split (`SplitVariable`) when an assignment meets a type conflict, and starts
again on the renamed program (`infer`), so a program that compiles without a split is never
changed.  `source_name` gives the name back as the program wrote it, for messages.
"""

from __future__ import annotations

import ast

from ..ast_walk import iter_child_nodes, walk
from ..frontend.symbols import SPLIT_SEP, FuncInfo, Program


class SplitVariable(Exception):
    """Inference met a type conflict at an assignment whose web can be renamed (split_point)."""

    def __init__(self, func: FuncInfo, web: list[ast.Name], name: str):
        super().__init__(f"split {name} in {func.name}")
        self.func = func
        self.web = web
        self.name = name


def split_point(program: Program, func: FuncInfo, stmt: ast.AST | None, name: str) -> list[ast.Name] | None:
    """The Name nodes to rename (the web of stmt's assignment to `name`), when stmt assigns the
    variable alone and its web is not the whole variable (module docstring); else None."""
    if stmt is None or name in func.declared_global:
        return None
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        target = stmt.targets[0]
    elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
        target = stmt.target
    else:
        return None
    if not (isinstance(target, ast.Name) and target.id == name):
        return None
    if func.is_module:
        if name not in program.globals or mentioned_elsewhere(program, name):
            return None
    elif name not in func.locals and name not in func.params:
        return None
    if any(g.enclosing == func.name and name in g.captures for g in program.all_functions()):
        return None
    found = webs(func, name)
    if found is None:
        return None
    groups, defs = found
    web = groups.get(id(target))
    if web is None or all(id(d) in {id(n) for n in web} for d in defs) or any(getattr(n, PARAMETER, False) for n in web):
        return None  # the whole variable, or one holding the argument (whose name the call binds)
    return web


def mentioned_elsewhere(program: Program, name: str) -> bool:
    """Whether a function, a method or a class body names the global (reads, stores or declares it)."""
    for f in program.all_functions():
        if name in f.declared_global or any(isinstance(n, ast.Name) and n.id == name for n in walk(f.node)):
            return True
    module = program.module.node
    return any(isinstance(c, ast.ClassDef) and any(isinstance(n, ast.Name) and n.id == name for n in walk(c))
               for c in walk(module))


def split_variable(func: FuncInfo, web: list[ast.Name], name: str, program: Program | None = None):
    """Rename the web's Name nodes to a new variable of func."""
    n = 1
    while f"{name}{SPLIT_SEP}{n}" in func.locals or program is not None and f"{name}{SPLIT_SEP}{n}" in program.globals:
        n += 1
    new = f"{name}{SPLIT_SEP}{n}"
    for node in web:
        node.id = new
    func.locals.add(new)
    if func.is_module and program is not None:
        program.globals.add(new)


def own_nodes(stmt: ast.AST):
    """The nodes of stmt that belong to its function: not inside a nested function, lambda or class."""
    stack = [stmt]
    while stack:
        node = stack.pop()
        yield node
        for child in iter_child_nodes(node):
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                stack.append(child)


UNDEF = "unbound"  # the state's mark for "no assignment yet" on some path
PARAMETER = "pyzc_parameter"  # set on the stand-in assignment of a parameter


class Webs:
    """Reaching assignments of one name over a function's statements, joined into webs by the reads."""

    def __init__(self, name: str):
        self.name = name
        self.parent: dict[int, int] = {}
        self.nodes: dict[int, ast.Name] = {}
        self.defs: list[ast.Name] = []
        self.loops: list[tuple[list, list]] = []  # per enclosing loop: the states at its breaks, at its continues
        self.tried: list[set] = []  # per enclosing try body: every assignment made in it so far

    def find(self, k: int) -> int:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def node(self, n: ast.Name) -> int:
        k = id(n)
        if k not in self.parent:
            self.parent[k] = k
            self.nodes[k] = n
        return k

    def reads(self, tree, state: frozenset) -> None:
        """Each read of the name in tree (its own nodes) joins the assignments reaching it."""
        for n in own_nodes(tree):
            if isinstance(n, ast.Name) and n.id == self.name and isinstance(n.ctx, ast.Load):
                k = self.node(n)
                for d in state:
                    if d != UNDEF:
                        self.parent[self.find(d)] = self.find(k)

    def assigns(self, target, state: frozenset) -> frozenset:
        """The state after storing to target (reads inside it, such as `xs[i] = ...`'s, first)."""
        for n in own_nodes(target):
            if isinstance(n, ast.Name) and n.id == self.name and not isinstance(n.ctx, ast.Load):
                k = self.node(n)
                self.defs.append(n)
                for t in self.tried:
                    t.add(k)
                state = frozenset({k})
            elif isinstance(n, ast.Name) and n.id == self.name:
                self.reads(n, state)
        return state

    def block(self, stmts, state: frozenset) -> frozenset:
        for s in stmts:
            state = self.stmt(s, state)
            for t in self.tried:
                t.update(state)
        return state

    def stmt(self, s, state: frozenset) -> frozenset:
        if isinstance(s, ast.Assign):
            self.reads(s.value, state)
            for t in s.targets:
                state = self.assigns(t, state)
            return state
        if isinstance(s, ast.AnnAssign):
            if s.value is None:
                return state
            self.reads(s.value, state)
            return self.assigns(s.target, state)
        if isinstance(s, ast.AugAssign):
            self.reads(s.value, state)
            if isinstance(s.target, ast.Name):
                if s.target.id != self.name:
                    return state
                k = self.node(s.target)
                for d in state:
                    if d != UNDEF:
                        self.parent[self.find(d)] = self.find(k)  # x += 1 reads the x it then replaces: one web
                self.defs.append(s.target)
                for seen in self.tried:
                    seen.add(k)
                return frozenset({k})
            self.reads(s.target, state)
            return state
        if isinstance(s, ast.If):
            self.reads(s.test, state)
            return self.block(s.body, state) | self.block(s.orelse, state)
        if isinstance(s, (ast.While, ast.For)):
            return self.loop(s, state)
        if isinstance(s, ast.Try) or type(s).__name__ == "TryStar":
            return self.try_stmt(s, state)
        if isinstance(s, ast.With):
            for item in s.items:
                self.reads(item.context_expr, state)
                if item.optional_vars is not None:
                    state = self.assigns(item.optional_vars, state)
            return self.block(s.body, state)
        if isinstance(s, ast.Match):
            self.reads(s.subject, state)
            out = state
            for case in s.cases:
                if case.guard is not None:
                    self.reads(case.guard, state)
                out = out | self.block(case.body, state)
            return out
        if isinstance(s, ast.Delete):
            for t in s.targets:
                if isinstance(t, ast.Name) and t.id == self.name:
                    state = frozenset({UNDEF})
                else:
                    self.reads(t, state)
            return state
        if isinstance(s, (ast.Break, ast.Continue)):
            if self.loops:
                self.loops[-1][0 if isinstance(s, ast.Break) else 1].append(state)
            return frozenset()
        if isinstance(s, (ast.Return, ast.Raise)):
            self.reads(s, state)
            return frozenset()
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):  # its decorators and defaults run here, not its body
            for e in s.decorator_list + s.args.defaults + [d for d in s.args.kw_defaults if d is not None]:
                self.reads(e, state)
            return state
        if isinstance(s, ast.ClassDef):  # (its body names the variable only at the module level: refused there)
            for e in s.decorator_list + s.bases + [k.value for k in s.keywords]:
                self.reads(e, state)
            return state
        self.reads(s, state)  # Expr, Assert, Pass...
        return state

    def loop(self, s, entry: frozenset) -> frozenset:
        if isinstance(s, ast.For):
            self.reads(s.iter, entry)
        head = entry
        while True:
            self.loops.append(([], []))
            if isinstance(s, ast.While):
                self.reads(s.test, head)
                body_in = head
            else:
                body_in = self.assigns(s.target, head)
            end = self.block(s.body, body_in)
            breaks, continues = self.loops.pop()
            new = head | end
            for c in continues:
                new = new | c
            if new == head:
                break
            head = new
        out = self.block(s.orelse, head)
        for b in breaks:
            out = out | b
        return out

    def try_stmt(self, s, state: frozenset) -> frozenset:
        seen = set(state)
        self.tried.append(seen)
        body = self.block(s.body, state)
        self.tried.pop()
        handler_in = frozenset(seen)
        out = self.block(s.orelse, body)
        for h in s.handlers:
            if h.type is not None:
                self.reads(h.type, handler_in)
            out = out | self.block(h.body, handler_in)
        if s.finalbody:
            # the finally clause runs after any of them, and after a return or break inside (its states in seen)
            self.block(s.finalbody, out | handler_in)
            out = self.block(s.finalbody, out)
        return out


def binds_otherwise(func: FuncInfo, name: str) -> bool:
    """Whether something other than an assignment, a for or with target, or del binds the name."""
    for n in own_nodes(ast.Module(body=func.body, type_ignores=[])):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.name == name:
            return True
        if isinstance(n, (ast.Global, ast.Nonlocal)) and name in n.names:
            return True
        if isinstance(n, (ast.Import, ast.ImportFrom)) and any((a.asname or a.name.split(".")[0]) == name for a in n.names):
            return True
        if isinstance(n, ast.ExceptHandler) and n.name == name:
            return True
        if isinstance(n, ast.NamedExpr) and isinstance(n.target, ast.Name) and n.target.id == name:
            return True
        if isinstance(n, ast.comprehension) and any(isinstance(t, ast.Name) and t.id == name for t in walk(n.target)):
            return True
        if isinstance(n, (ast.MatchAs, ast.MatchStar)) and n.name == name or isinstance(n, ast.MatchMapping) and n.rest == name:
            return True
        if isinstance(n, (ast.AsyncFor, ast.AsyncWith)):
            return True
    return False


def webs(func: FuncInfo, name: str):
    """({id of a Name node: its web's nodes}, the assignments) of the name in func, or None where
    the name is bound in a way this does not follow (binds_otherwise)."""
    if binds_otherwise(func, name):
        return None
    w = Webs(name)
    start: frozenset = frozenset() if func.is_module else frozenset({UNDEF})
    if not func.is_module and name in func.params:
        param = ast.Name(id=name, ctx=ast.Store())  # the value the call passed: an assignment before the body
        setattr(param, PARAMETER, True)
        w.node(param)
        w.defs.append(param)
        start = frozenset({id(param)})
    w.block(func.body, start)
    groups: dict[int, list[ast.Name]] = {}
    for k in w.parent:
        groups.setdefault(w.find(k), []).append(w.nodes[k])
    return {k: groups[w.find(k)] for k in w.parent}, w.defs
