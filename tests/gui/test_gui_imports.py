"""The GUI's house rules, read from the code's own imports (import-linter checks the layers).

No import cycle among gui modules (type-checking imports included), and only the composition
root imports the main window: every other part is handed what it uses.
"""

from __future__ import annotations

import grimp

MAIN_WINDOW = "attachcoder.gui.window.main_window"


def _gui_imports() -> dict[str, set[str]]:
    graph = grimp.build_graph("attachcoder")
    gui = [m for m in graph.modules if m.startswith("attachcoder.gui.")]
    inside = "attachcoder.gui."
    return {
        m: {i for i in graph.find_modules_directly_imported_by(m) if i.startswith(inside)}
        for m in gui
    }


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
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


def test_no_import_cycle_inside_the_gui() -> None:
    assert _cycles(_gui_imports()) == []


def test_the_cycle_finder_sees_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_only_the_composition_root_imports_the_main_window() -> None:
    importers = sorted(m for m, deps in _gui_imports().items() if MAIN_WINDOW in deps)
    assert importers == ["attachcoder.gui.window.compose"]
