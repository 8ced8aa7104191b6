"""The coding scheme: which layers exist, which codes they hold, and what each code means.

A scheme is plain data that validates itself. Roles (not names) give codes their meaning for
the measures, so a scheme in another language still gets rupture and repair figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

LayerKind = Literal["state", "point"]

#: Characters the media player owns; a code may never be bound to one of them.
PLAYER_KEYS: frozenset[str] = frozenset({" ", ".", ",", "[", "]", "\\"})

LAYER_ROLES: frozenset[str] = frozenset({"interaction", "phase"})
#: Roles of the phase layer's codes, in the paradigm's order: the still-face effect and the
#: reunion carry-over are read from these roles, never from the order of the codes.
PHASE_ROLES: tuple[str, ...] = ("play", "still-face", "reunion")
CODE_ROLES: frozenset[str] = frozenset(
    {"attuned", "misattuned", "repair", "excluded", *PHASE_ROLES}
)

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class SchemeError(ValueError):
    """A scheme that breaks one of its rules; the message lists every problem found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class ModifierSpec:
    """A choice attached to a code (e.g. who initiated a repair)."""

    name: str
    values: tuple[str, ...]
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Code:
    name: str
    key: str | None = None
    color: str | None = None
    definition: str = ""
    role: str | None = None
    modifiers: tuple[ModifierSpec, ...] = ()
    asks_note: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def modifier(self, name: str) -> ModifierSpec | None:
        return next((m for m in self.modifiers if m.name == name), None)


@dataclass(frozen=True)
class Layer:
    name: str
    kind: LayerKind
    codes: tuple[Code, ...]
    role: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_state(self) -> bool:
        return self.kind == "state"

    @cached_property
    def _codes_by_name(self) -> dict[str, Code]:
        return {c.name: c for c in self.codes}

    def code(self, name: str) -> Code | None:
        return self._codes_by_name.get(name)

    def codes_with_role(self, role: str) -> tuple[Code, ...]:
        return tuple(c for c in self.codes if c.role == role)

    def code_with_role(self, role: str) -> Code | None:
        """The first code with ``role`` (phase roles are unique in a layer), or None."""
        return next((c for c in self.codes if c.role == role), None)


@dataclass(frozen=True)
class RatingItem:
    """A global rating made once per session (e.g. Ainsworth sensitivity 1–9)."""

    name: str
    min: float
    max: float
    definition: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def check(self, value: float) -> str | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"rating {self.name!r} must be a number, not {value!r}"
        if not self.min <= value <= self.max:
            return f"rating {self.name!r} is {value}, outside {self.min:g}–{self.max:g}"
        return None


@dataclass(frozen=True)
class Scheme:
    name: str
    layers: tuple[Layer, ...]
    version: str = "1"
    rating_items: tuple[RatingItem, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def _layers_by_name(self) -> dict[str, Layer]:
        return {la.name: la for la in self.layers}

    def layer(self, name: str) -> Layer | None:
        return self._layers_by_name.get(name)

    def layer_with_role(self, role: str) -> Layer | None:
        return next((la for la in self.layers if la.role == role), None)

    def rating_item(self, name: str) -> RatingItem | None:
        return next((r for r in self.rating_items if r.name == name), None)

    def code_for_key(self, key: str) -> tuple[Layer, Code] | None:
        """The layer and code bound to a typed character (case-insensitive)."""
        k = key.lower()
        for la in self.layers:
            for c in la.codes:
                if c.key is not None and c.key.lower() == k:
                    return la, c
        return None

    def problems(self) -> list[str]:
        """Every rule this scheme breaks, each as a sentence a user can act on."""
        out: list[str] = []
        if not self.name.strip():
            out.append("the scheme has no name")
        keys: dict[str, str] = {}
        layer_names: set[str] = set()
        for la in self.layers:
            where = f"layer {la.name!r}"
            if not la.name.strip():
                out.append("a layer has an empty name")
            elif la.name in layer_names:
                out.append(f"two layers are named {la.name!r}")
            layer_names.add(la.name)
            if la.kind not in ("state", "point"):
                out.append(f"{where}: kind must be 'state' or 'point', not {la.kind!r}")
            if la.role is not None and la.role not in LAYER_ROLES:
                out.append(
                    f"{where}: unknown layer role {la.role!r} (use one of {sorted(LAYER_ROLES)})"
                )
            code_names: set[str] = set()
            phase_roles: set[str] = set()
            for c in la.codes:
                cw = f"{where}, code {c.name!r}"
                if not c.name.strip():
                    out.append(f"{where}: a code has an empty name")
                elif c.name in code_names:
                    out.append(f"{where}: two codes are named {c.name!r}")
                code_names.add(c.name)
                if c.key is not None:
                    if len(c.key) != 1:
                        out.append(f"{cw}: key {c.key!r} must be a single character")
                    elif c.key in PLAYER_KEYS:
                        label = "Space" if c.key == " " else repr(c.key)
                        out.append(f"{cw}: key {label} is used by the player; choose another")
                    elif not c.key.isprintable() or c.key.isspace():  # no one can type it
                        out.append(
                            f"{cw}: key {c.key!r} is not a character one can type; "
                            "choose a letter, digit or sign"
                        )
                    else:
                        k = c.key.lower()
                        if k in keys:
                            out.append(f"{cw}: key {c.key!r} is already used by {keys[k]}")
                        else:
                            keys[k] = f"code {c.name!r} in layer {la.name!r}"
                if c.color is not None and not _COLOR.match(c.color):
                    out.append(f"{cw}: colour {c.color!r} is not of the form #RRGGBB")
                if c.role is not None and c.role not in CODE_ROLES:
                    out.append(
                        f"{cw}: unknown code role {c.role!r} (use one of {sorted(CODE_ROLES)})"
                    )
                elif c.role in PHASE_ROLES and la.role == "phase":
                    # outside the phase layer a phase role means nothing (and is harmless: a
                    # code moved between layers in the editor keeps it); inside, it names one
                    if c.role in phase_roles:
                        out.append(
                            f"{where}: two codes have role {c.role!r}; a phase role names one "
                            "code, so give the other another role or none"
                        )
                    phase_roles.add(c.role)
                mod_names: set[str] = set()
                for m in c.modifiers:
                    if not m.name.strip():
                        out.append(f"{cw}: a modifier has an empty name")
                    elif m.name in mod_names:
                        out.append(f"{cw}: two modifiers are named {m.name!r}")
                    mod_names.add(m.name)
                    if len(set(m.values)) != len(m.values):
                        out.append(f"{cw}: modifier {m.name!r} lists a value twice")
        rnames: set[str] = set()
        for r in self.rating_items:
            if not r.name.strip():
                out.append("a rating item has an empty name")
            elif r.name in rnames:
                out.append(f"two rating items are named {r.name!r}")
            rnames.add(r.name)
            if not r.min < r.max:
                out.append(f"rating item {r.name!r}: min {r.min:g} must be below max {r.max:g}")
        return out

    def validate(self) -> Scheme:
        problems = self.problems()
        if problems:
            raise SchemeError(problems)
        return self
