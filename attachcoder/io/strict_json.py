"""JSON as the session format allows it: finite numbers, whole Unicode, sane nesting.

Python's ``json`` reads ``NaN``, ``Infinity`` and ``1e400`` (as infinity), keeps a lone
surrogate escape such as ``"\\ud800"`` as a string no UTF-8 file can hold, and recurses on
nesting until the interpreter gives up. Each of these once passed ``check`` and then broke the
window (an infinite frame rate, a save that always fails). Every reader of our files parses
through :func:`loads` and gets a :class:`JSONProblem` naming the place instead.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

#: deeper than any document of the format (the scheme's modifier values are 7 levels down)
MAX_DEPTH = 32


class JSONProblem(ValueError):
    """What makes a text unacceptable, and where (``place`` is empty when it has none)."""

    def __init__(self, place: str, problem: str) -> None:
        self.place = place
        self.problem = problem
        super().__init__(f"{place}: {problem}" if place else problem)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text} is too large (it does not fit a 64-bit float)")
    return value


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def loads(text: str | bytes) -> Any:
    """Parse ``text`` and check it; raises :class:`JSONProblem` (or ``UnicodeDecodeError`` /
    ``json.JSONDecodeError``, which say where the text itself is broken)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    try:
        doc = json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise JSONProblem(
            "", f"the text is nested too deeply (more than {MAX_DEPTH} levels)"
        ) from None
    except ValueError as exc:
        raise JSONProblem("", str(exc)) from None
    if _SURROGATE_ESCAPE.search(text):  # rare: only then is a walk over the strings needed
        place = lone_surrogate_place(doc)
        if place is not None:
            raise JSONProblem(
                place,
                "the text holds a lone Unicode surrogate (an escape such as \\ud800 that "
                "stands for no character); remove it or replace it with the character meant",
            )
    return doc


def lone_surrogate_place(doc: Any) -> str | None:
    """Where the first string (key or value) holding a lone surrogate is, or None."""
    stack: list[tuple[Any, str]] = [(doc, "")]
    while stack:
        node, place = stack.pop()
        if isinstance(node, str):
            if not _encodable(node):
                return place or "the top level"
        elif isinstance(node, dict):
            for k, v in reversed(list(node.items())):
                if not _encodable(k):
                    return f"{place}.{k!a}" if place else f"{k!a}"
                stack.append((v, f"{place}.{k}" if place else k))
        elif isinstance(node, list):
            stack.extend((v, f"{place}[{n}]") for n, v in reversed(list(enumerate(node))))
    return None


def _encodable(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def depth(node: Any, limit: int = MAX_DEPTH) -> int:
    """How deeply ``node`` nests lists and objects (counting stops just past ``limit``)."""
    best = 0
    stack: list[tuple[Any, int]] = [(node, 0)]
    while stack:
        item, d = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        elif not isinstance(item, list):
            continue
        d += 1
        best = max(best, d)
        if d > limit:
            return d
        stack.extend((v, d) for v in item if isinstance(v, (dict, list)))
    return best


def too_deep(node: Any, limit: int = MAX_DEPTH) -> bool:
    return depth(node, limit) > limit


def dumps(doc: Any, **kwargs: Any) -> str:
    """``json.dumps`` that can never write ``NaN`` or ``Infinity`` (raises ``ValueError``)."""
    return json.dumps(doc, ensure_ascii=False, allow_nan=False, **kwargs)
