"""The recursion guard: functions on a call-graph cycle check the stack at entry.

DESIGN.md measured a depth counter at 2.8x on fib and a frame-address test
at little cost, so only functions that can recurse (found here as the
strongly connected components of the call graph, Tarjan's algorithm) get a
StackCheck; runaway recursion then ends in RecursionError, not a segfault.
"""

from __future__ import annotations

from ..ir.ops import Call, GenResume, Module, StackCheck


def call_graph(module: Module) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {f.name: set() for f in module.functions}
    for f in module.functions:
        for b in f.blocks:
            for op in b.ops:
                if isinstance(op, Call):
                    graph[f.name].add(op.func)
                elif isinstance(op, GenResume):  # through the frame: any of the generators it may be
                    graph[f.name].update(t for t in op.targets if t in graph)
    return graph


def cyclic_functions(graph: dict[str, set[str]]) -> set[str]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: set[str] = set()
    counter = [0]

    def strongconnect(root: str):
        # iterative Tarjan, so deep call graphs do not exhaust Python's stack
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                    advanced = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1 or v in graph[v]:
                    result.update(comp)

    for v in graph:
        if v not in index:
            strongconnect(v)
    return result


def mark_recursion(module: Module) -> Module:
    cyclic = cyclic_functions(call_graph(module))
    for f in module.functions:
        if f.name in cyclic:
            f.on_cycle = True
            f.blocks[0].ops.insert(0, StackCheck(f.first_line))
    return module
