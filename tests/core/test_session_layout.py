"""The session's jobs live in their own modules, and nothing outside them reaches inside.

``Session`` holds the state; planning and the checks are functions that are handed what they
read — planning the session (and it uses only its public face), the checks the scheme,
episodes, index and ratings — so each module's inputs are in its signatures.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path
from types import ModuleType

from attachcoder.core import session, session_checks, session_planning
from attachcoder.core.session import Session

PACKAGE = Path(__file__).resolve().parents[2] / "attachcoder"
_INTERNAL = re.compile(r"\.(_tried|_apply_unchecked|_apply_bulk|_episodes|_index|_running)\b")
PLANS = ("plan_code", "plan_start", "plan_stop", "plan_add_point", "plan_update")
PLANS += ("plan_delete", "plan_field")


def _tree(module: ModuleType) -> ast.Module:
    return ast.parse(inspect.getsource(module))


def _own_classes(module: ModuleType) -> list[type]:
    return [
        c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == module.__name__
    ]


def test_the_session_is_one_class_of_its_own_without_mixins() -> None:
    assert Session.__bases__ == (object,)
    assert _own_classes(session_planning) == _own_classes(session_checks) == []


def test_each_plan_is_a_function_of_the_session_and_the_method_hands_it_over() -> None:
    for name in PLANS:
        fn = getattr(session_planning, name)
        assert next(iter(inspect.signature(fn).parameters)) == "session", name
        method = getattr(Session, name)
        assert method.__module__ == session.__name__
        assert f"planning.{name}(self" in inspect.getsource(method), name


def test_planning_reads_the_session_only_through_its_public_face() -> None:
    private = [
        f"line {node.lineno}: session.{node.attr}"
        for node in ast.walk(_tree(session_planning))
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "session"
        and node.attr.startswith("_")
    ]
    assert private == []


def test_the_checks_are_handed_the_parts_they_read_not_the_session() -> None:
    for name, fn in inspect.getmembers(session_checks, inspect.isfunction):
        if fn.__module__ == session_checks.__name__:
            assert "session" not in inspect.signature(fn).parameters, name
    reaches_in = [
        f"line {node.lineno}: .{node.attr}"
        for node in ast.walk(_tree(session_checks))
        if isinstance(node, ast.Attribute) and node.attr.startswith("_")
    ]
    assert reaches_in == []


def test_the_modules_stay_small() -> None:
    # session.py also carries the thin methods that hand the session to planning and checks
    limits = {session: 450, session_checks: 400, session_planning: 400}
    for mod, limit in limits.items():
        assert len(inspect.getsource(mod).splitlines()) < limit, mod.__name__


def test_no_module_outside_the_session_uses_its_internals() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name == "core" and path.stem.startswith("session"):
            continue
        text = path.read_text(encoding="utf-8")
        for n, line in enumerate(text.splitlines(), start=1):
            if _INTERNAL.search(line) and "self._" not in line:
                offenders.append(f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}")
    assert offenders == []
