"""A code's modifiers as the scheme editor shows them: ``name: value, value`` per line."""

from __future__ import annotations

from attachcoder.core.scheme import ModifierSpec
from attachcoder.core.scheme_migration import SchemeEditError


def parse_modifiers(text: str, previous: tuple[ModifierSpec, ...] = ()) -> tuple[ModifierSpec, ...]:
    """``name: value, value`` per line (the editor's plain-text form of a code's modifiers).

    Unknown keys a modifier carried (``extra``) survive when its name is unchanged.
    """
    extras = {m.name: m.extra for m in previous}
    out = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if ":" not in line:
            raise SchemeEditError(
                f"modifiers, line {n}: write 'name: value, value', e.g. "
                "'initiator: caregiver, infant, mutual'"
            )
        name, _, values = line.partition(":")
        vals = tuple(v.strip() for v in values.split(",") if v.strip())
        if not name.strip():
            raise SchemeEditError(f"modifiers, line {n}: the modifier has no name")
        if not vals:
            raise SchemeEditError(f"modifiers, line {n}: {name.strip()!r} lists no values")
        out.append(ModifierSpec(name.strip(), vals, dict(extras.get(name.strip(), {}))))
    return tuple(out)


def format_modifiers(mods: tuple[ModifierSpec, ...]) -> str:
    return "\n".join(f"{m.name}: {', '.join(m.values)}" for m in mods)
