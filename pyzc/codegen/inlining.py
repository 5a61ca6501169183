"""The functions the C compiler is told not to inline: those that run at most once per call site.

clang inlines a static function that has one call site whatever its size (LLVM's bonus for the
last call to a static function).  A module body that calls hundreds of the program's functions,
each once, then becomes one function of all their code, and optimising it is super-linear: a
generated program of 10,000 small functions called from the module body took 583 s in the C
compiler at -O3, against 2.3 s for one of 100 (and 0.09 GB against 2.2 GB at 500 functions).

A function runs at most once per call when every call of it sits outside any loop of a function
that itself runs once: the module body, or a function called only so (found to a fixed point; a
recursive function calls itself, so it never qualifies).  Inlining such a function saves one
call, made once; it may still help, by letting the caller's knowledge reach the callee's loops
(matmul's kernel, inlined into main, ran 10% faster than called: 6.1 ms against 6.7 ms).  So only
where a function calls more than MANY_ONCE such functions, where inlining them all is what makes
the C compiler slow, are they marked noinline.  clang still passes constant arguments into them
(interprocedural constant propagation of internal functions) and optimises their bodies as before.
"""

from __future__ import annotations

from ..ir.ops import Block, Call, Function, Module
from .ctypes import is_pointer

MANY_ONCE = 32  # the bench programs' functions call at most 5 run-once functions each


def blocks_in_loops(fn: Function) -> set[int]:
    """The labels of fn's blocks that lie on a cycle of the control flow graph (Tarjan's strongly
    connected components, iterative: a function may have many thousands of blocks)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[Block] = []
    looping: set[int] = set()
    counter = 0
    for root in fn.blocks:
        if root.label in index:
            continue
        work = [(root, iter(root.successors()))]
        index[root.label] = low[root.label] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root.label)
        while work:
            block, succs = work[-1]
            advanced = False
            for s in succs:
                if s.label not in index:
                    index[s.label] = low[s.label] = counter
                    counter += 1
                    stack.append(s)
                    on_stack.add(s.label)
                    work.append((s, iter(s.successors())))
                    advanced = True
                    break
                if s.label in on_stack:
                    low[block.label] = min(low[block.label], index[s.label])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent.label] = min(low[parent.label], low[block.label])
            if low[block.label] == index[block.label]:
                component = []
                while True:
                    b = stack.pop()
                    on_stack.discard(b.label)
                    component.append(b)
                    if b is block:
                        break
                if len(component) > 1 or block in block.successors():
                    looping.update(b.label for b in component)
    return looping


def noinline_functions(module: Module) -> set[str]:
    """The functions that run at most once per call, called by a function that calls more than
    MANY_ONCE of them (module docstring)."""
    once = run_once_functions(module)
    callees: dict[str, set[str]] = {}
    for f in module.functions:
        for b in f.blocks:
            for op in b.ops:
                if isinstance(op, Call) and op.func in once:
                    callees.setdefault(f.name, set()).add(op.func)
    return set().union(*(c for c in callees.values() if len(c) > MANY_ONCE))


def stack_clearing_functions(module: Module) -> set[str]:
    """The run-once functions that build a heap value (str, list, dict...) in a loop: they are not
    inlined, and after each call the caller zeroes the dead stack below it (pyz_gc_clear_stack).
    Inlined, such a function's locals share its caller's frame: log_errors' `lines = []` ...
    `return "\\n".join(lines)`, inlined into main, left the list's address in a slot of main's
    frame, and the conservative scan of the stack kept its 200,000 strings alive to the end (peak
    59 MB against CPython's 47; text_pipeline 162 MB against 119).  Not inlined, the dead frame lies
    below the stack pointer, where later frames may leave a slot unwritten: so it is zeroed, once
    per call site, as each runs once.  Functions that return a number or None keep being inlined:
    made noinline too, gen_pipeline ran 96% more instructions, nbody 6%, fannkuch 5% (clang no
    longer saw main's constants in their loops)."""
    once = run_once_functions(module)
    return {f.name for f in module.functions
            if f.name in once and f.generator is None and is_pointer(f.return_type) and blocks_in_loops(f)}


def run_once_functions(module: Module) -> set[str]:
    """The functions (the module body excepted) that run at most once per call site (docstring)."""
    loops = {f.name: blocks_in_loops(f) for f in module.functions}
    sites: dict[str, list[tuple[str, bool]]] = {}  # callee -> (caller, whether the call is in a loop)
    for f in module.functions:
        for b in f.blocks:
            for op in b.ops:
                if isinstance(op, Call):
                    sites.setdefault(op.func, []).append((f.name, b.label in loops[f.name]))
    once = {module.main}
    changed = True
    while changed:
        changed = False
        for name, calls in sites.items():
            if name not in once and all(caller in once and not in_loop for caller, in_loop in calls):
                once.add(name)
                changed = True
    return once - {module.main}
