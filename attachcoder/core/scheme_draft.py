"""The scheme editor's working copy: plain mutable lists that remember where they came from.

:class:`SchemeDraft` holds the layers, codes and rating items being edited, each with its
*origin* in the original scheme, so renames are read off the origins, never guessed from
names; :meth:`SchemeDraft.analyse` hands them to
:func:`~attachcoder.core.scheme_migration.analyse_scheme_change`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from attachcoder.core.scheme import Code, Layer, LayerKind, ModifierSpec, RatingItem, Scheme
from attachcoder.core.scheme_migration import CodeRef, SchemeEditPlan, analyse_scheme_change
from attachcoder.core.session import Session


@dataclass
class CodeDraft:
    name: str
    key: str | None = None
    color: str | None = None
    definition: str = ""
    role: str | None = None
    modifiers: tuple[ModifierSpec, ...] = ()
    asks_note: bool = False
    origin: CodeRef | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_code(cls, code: Code, origin: CodeRef | None) -> CodeDraft:
        return cls(
            code.name,
            code.key,
            code.color,
            code.definition,
            code.role,
            code.modifiers,
            code.asks_note,
            origin,
            dict(code.extra),
        )

    def to_code(self) -> Code:
        return Code(
            name=self.name,
            key=self.key or None,
            color=self.color or None,
            definition=self.definition,
            role=self.role or None,
            modifiers=tuple(self.modifiers),
            asks_note=self.asks_note,
            extra=dict(self.extra),
        )


@dataclass
class LayerDraft:
    name: str
    kind: LayerKind = "state"
    role: str | None = None
    codes: list[CodeDraft] = field(default_factory=list)
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_layer(self) -> Layer:
        return Layer(
            name=self.name,
            kind=self.kind,
            codes=tuple(c.to_code() for c in self.codes),
            role=self.role or None,
            extra=dict(self.extra),
        )


@dataclass
class RatingDraft:
    name: str
    min: float = 1
    max: float = 7
    definition: str = ""
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_item(self) -> RatingItem:
        return RatingItem(self.name, self.min, self.max, self.definition, dict(self.extra))


class SchemeDraft:
    """A scheme being edited: plain mutable lists whose items remember their origin."""

    def __init__(self, original: Scheme) -> None:
        self.original = original
        self.name = original.name
        self.version = original.version
        self.extra: dict[str, Any] = dict(original.extra)
        self.layers: list[LayerDraft] = []
        self.ratings: list[RatingDraft] = []
        self.adopt(original)

    # -- building

    def adopt(self, scheme: Scheme) -> None:
        """Take over ``scheme`` (e.g. a loaded template), keeping the origin of every layer,
        code and rating item whose name the original scheme has, so their episodes follow."""
        self.name, self.version, self.extra = scheme.name, scheme.version, dict(scheme.extra)
        self.layers = []
        for la in scheme.layers:
            known = self.original.layer(la.name)
            codes = []
            for c in la.codes:
                origin = (la.name, c.name) if known and known.code(c.name) else None
                codes.append(CodeDraft.from_code(c, origin))
            self.layers.append(
                LayerDraft(
                    la.name, la.kind, la.role, codes, la.name if known else None, dict(la.extra)
                )
            )
        self.ratings = [
            RatingDraft(
                r.name,
                r.min,
                r.max,
                r.definition,
                r.name if self.original.rating_item(r.name) else None,
                dict(r.extra),
            )
            for r in scheme.rating_items
        ]

    def to_scheme(self) -> Scheme:
        return Scheme(
            name=self.name,
            layers=tuple(la.to_layer() for la in self.layers),
            version=self.version,
            rating_items=tuple(r.to_item() for r in self.ratings),
            extra=dict(self.extra),
        )

    def problems(self) -> list[str]:
        return self.to_scheme().problems()

    # -- what became of the original

    def renames(self) -> dict[CodeRef, CodeRef]:
        """Original ``(layer, code)`` → where it now lives, for every code that moved or was
        renamed (directly or through its layer)."""
        out = {}
        for la in self.layers:
            for c in la.codes:
                if c.origin is not None and c.origin != (la.name, c.name):
                    out[c.origin] = (la.name, c.name)
        return out

    def rating_renames(self) -> dict[str, str]:
        return {r.origin: r.name for r in self.ratings if r.origin and r.origin != r.name}

    def removed_codes(self) -> list[CodeRef]:
        """Codes of the original scheme that no longer exist anywhere in the draft."""
        kept = {c.origin for la in self.layers for c in la.codes if c.origin is not None}
        return [
            (la.name, c.name)
            for la in self.original.layers
            for c in la.codes
            if (la.name, c.name) not in kept
        ]

    def analyse(self, session: Session) -> SchemeEditPlan:
        return analyse_scheme_change(
            session, self.to_scheme(), self.renames(), self.rating_renames(), self.removed_codes()
        )

    # -- edits (indices are positions in the lists)

    def add_layer(self, kind: LayerKind = "state", name: str | None = None) -> LayerDraft:
        layer = LayerDraft(name or _unique("Layer", {la.name for la in self.layers}), kind)
        self.layers.append(layer)
        return layer

    def remove_layer(self, index: int) -> LayerDraft:
        return self.layers.pop(index)

    def move_layer(self, index: int, delta: int) -> int:
        return _move(self.layers, index, delta)

    def add_code(self, layer_index: int, name: str | None = None) -> CodeDraft:
        layer = self.layers[layer_index]
        code = CodeDraft(name or _unique("code", {c.name for c in layer.codes}))
        layer.codes.append(code)
        return code

    def remove_code(self, layer_index: int, code_index: int) -> CodeDraft:
        return self.layers[layer_index].codes.pop(code_index)

    def move_code(self, layer_index: int, code_index: int, delta: int) -> int:
        return _move(self.layers[layer_index].codes, code_index, delta)

    def add_rating(self, name: str | None = None) -> RatingDraft:
        item = RatingDraft(name or _unique("rating", {r.name for r in self.ratings}))
        self.ratings.append(item)
        return item

    def remove_rating(self, index: int) -> RatingDraft:
        return self.ratings.pop(index)


def _unique(stem: str, taken: set[str]) -> str:
    n = 1
    while f"{stem} {n}" in taken:
        n += 1
    return f"{stem} {n}"


def _move(items: list[Any], index: int, delta: int) -> int:
    """Move one item by ``delta`` places (clamped); returns its new index."""
    new = max(0, min(len(items) - 1, index + delta))
    if new != index:
        items.insert(new, items.pop(index))
    return new
