"""The code's own import graph, for the tests that check a package's house rules.

Type-checking imports are included: a cycle through them still means two modules that cannot
be read one without the other.
"""

from __future__ import annotations

import grimp


def imports_inside(package: str) -> dict[str, set[str]]:
    """Every module of ``package`` mapped to the modules of ``package`` it imports directly."""
    graph = grimp.build_graph("attachcoder")
    inside = package + "."
    return {
        m: {i for i in graph.find_modules_directly_imported_by(m) if i.startswith(inside)}
        for m in graph.modules
        if m.startswith(inside)
    }


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            w = next(children, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(edges.get(w, ())))))
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    x = stack.pop()
                    on_stack.discard(x)
                    comp.append(x)
                    if x == v:
                        break
                if len(comp) > 1:
                    found.append(sorted(comp))
    return found
