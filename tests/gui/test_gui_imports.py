"""The GUI's house rules, read from the code's own imports (import-linter checks the layers).

No import cycle among gui modules (type-checking imports included), and only the composition
root imports the main window: every other part is handed what it uses.
"""

from __future__ import annotations

from import_graph import cycles, imports_inside

MAIN_WINDOW = "attachcoder.gui.window.main_window"


def test_no_import_cycle_inside_the_gui() -> None:
    assert cycles(imports_inside("attachcoder.gui")) == []


def test_the_cycle_finder_sees_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_only_the_composition_root_imports_the_main_window() -> None:
    gui = imports_inside("attachcoder.gui")
    importers = sorted(m for m, deps in gui.items() if MAIN_WINDOW in deps)
    assert importers == ["attachcoder.gui.window.compose"]
