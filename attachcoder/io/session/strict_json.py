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


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_NON_FINITE = "is not a number JSON allows (infinity, NaN, or too large for a 64-bit float)"


def loads(text: str | bytes) -> Any:
    """Parse ``text`` and check it; raises :class:`JSONProblem` naming the place (or
    ``UnicodeDecodeError`` / ``json.JSONDecodeError``, which say where the text is broken)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    seen: list[str] = []  # the text of each non-finite number met, in order

    def number(raw: str) -> float:
        value = float(raw)
        if not math.isfinite(value):
            seen.append(raw)
        return value

    def constant(name: str) -> float:
        seen.append(name)
        return float(name)

    try:
        doc = json.loads(text, parse_constant=constant, parse_float=number)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise JSONProblem(
            "", f"the text is nested too deeply (more than {MAX_DEPTH} levels)"
        ) from None
    except ValueError as exc:
        raise JSONProblem("", str(exc)) from None
    if seen:  # rare: only then is a walk needed, to say where
        raise JSONProblem(_first_place(doc, _non_finite) or "", f"{seen[0]} {_NON_FINITE}")
    if _SURROGATE_ESCAPE.search(text):
        place = _first_place(doc, _lone_surrogate)
        if place is not None:
            raise JSONProblem(
                place,
                "the text holds a lone Unicode surrogate (an escape such as \\ud800 that "
                "stands for no character); remove it or replace it with the character meant",
            )
    return doc


def _non_finite(node: Any) -> bool:
    return isinstance(node, float) and not math.isfinite(node)


def _lone_surrogate(node: Any) -> bool:
    return isinstance(node, str) and not _encodable(node)


def _first_place(doc: Any, bad: Any) -> str | None:
    """Where the first value (or key) for which ``bad`` holds is, as ``a.b[2].c``, or None."""
    stack: list[tuple[Any, str]] = [(doc, "")]
    while stack:
        node, place = stack.pop()
        if bad(node):
            return place or "the top level"
        if isinstance(node, dict):
            for k, v in reversed(list(node.items())):
                where = f"{place}.{k}" if place else str(k)
                if bad(k):
                    return f"{place}.{k!a}" if place else f"{k!a}"
                stack.append((v, where))
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
