"""One scheme read in another scheme's words: codes matched by role and key, never by name.

The shipped scheme comes in several languages (``attachment.de.json``…) with the same layers,
keys, roles and colours in the same order, so a session coded in German and one coded in
English are the same coding in other words. Wherever two codings meet — a batch, Compare
with…, a study's reliability pairs — the second is first read in the first's (or the batch's
canonical) words by :func:`aligned_session`:

* a layer is matched by its role (``interaction``, ``phase``); a layer without one by its
  name, else by the keys its codes share with a layer of the same kind without a role;
* a code, within matched layers, by its role when that role is the code's alone in both
  layers, else by its key, else by its name;
* a modifier by its position among the code's modifiers, and a value by its position in the
  modifier's list of values;
* a rating item by its name, else by its position when both schemes have as many.

A matched layer, code, modifier, value or rating item takes the reference's name; when any name
changed (the scheme is the reference in other words) matched codes and rating items take the
reference's definitions too, else they keep their own (so an edited definition still shows).
What finds no partner keeps its own name. A match that would give two things one name is not
made.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Code, Layer, ModifierSpec, RatingItem, Scheme
from attachcoder.core.session import Session

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class SchemeAlignment:
    """How the names of ``scheme`` read in the reference's words."""

    scheme: Scheme  # the scheme, renamed
    layers: dict[str, str]  # own layer → reference layer
    codes: dict[tuple[str, str], str]  # (own layer, own code) → reference code
    modifiers: dict[tuple[str, str, str], str]  # (own layer, own code, own modifier) → name
    values: dict[tuple[str, str, str, str], str]  # (…, own modifier, own value) → value
    ratings: dict[str, str]  # own rating item → reference's

    @property
    def renames(self) -> bool:
        """Whether any name changes (False: the scheme already speaks the reference's words)."""
        pairs = [
            *self.layers.items(),
            *((k[1], v) for k, v in self.codes.items()),
            *((k[2], v) for k, v in self.modifiers.items()),
            *((k[3], v) for k, v in self.values.items()),
            *self.ratings.items(),
        ]
        return any(a != b for a, b in pairs)

    def episode(self, ep: Episode) -> Episode:
        """``ep`` in the reference's words."""
        layer = self.layers.get(ep.layer, ep.layer)
        code = self.codes.get((ep.layer, ep.code), ep.code)
        mods = ep.modifiers
        if mods:
            renamed: dict[str, str] = {}
            for name, value in mods.items():
                key = (ep.layer, ep.code, name)
                new_value = self.values.get((*key, value), value) if value else value
                renamed[self.modifiers.get(key, name)] = new_value
            mods = renamed
        if (layer, code) == (ep.layer, ep.code) and mods is ep.modifiers:
            return ep
        return ep._replace(layer=layer, code=code, modifiers=mods)


def _pair(
    own: Sequence[T],
    ref: Sequence[T],
    rules: Sequence[Callable[[T, T], bool]],
) -> dict[int, int]:
    """Own index → reference index: each rule in turn pairs what is still unpaired, only
    where exactly one partner answers on both sides."""
    out: dict[int, int] = {}
    for rule in rules:
        for i, a in enumerate(own):
            if i in out:
                continue
            taken = set(out.values())
            hits = [j for j, b in enumerate(ref) if j not in taken and rule(a, b)]
            if len(hits) != 1:
                continue
            back = [k for k, c in enumerate(own) if k not in out and rule(c, ref[hits[0]])]
            if back == [i]:
                out[i] = hits[0]
    return out


def _unique_names(names: dict[int, str], own: Sequence[str]) -> dict[int, str]:
    """The new names, unless two things would end up with one name (then none change)."""
    final = [names.get(i, name) for i, name in enumerate(own)]
    return names if len(set(final)) == len(final) else {}


def _key(c: Code) -> str | None:
    return c.key.lower() if c.key else None


def _codes_rules() -> list[Callable[[Code, Code], bool]]:
    return [
        lambda a, b: a.role is not None and a.role == b.role,
        lambda a, b: _key(a) is not None and _key(a) == _key(b),
        lambda a, b: a.name == b.name,
    ]


def _layer_rules() -> list[Callable[[Layer, Layer], bool]]:
    def shared_keys(a: Layer, b: Layer) -> bool:
        if a.role is not None or b.role is not None or a.kind != b.kind:
            return False
        keys_a = {_key(c) for c in a.codes} - {None}
        return bool(keys_a & ({_key(c) for c in b.codes} - {None}))

    return [
        lambda a, b: a.role is not None and a.role == b.role and a.kind == b.kind,
        lambda a, b: a.name == b.name and a.kind == b.kind,
        shared_keys,
    ]


def align_scheme(scheme: Scheme, reference: Scheme) -> SchemeAlignment:
    """``scheme`` in ``reference``'s words (see the module's rules)."""
    layers: dict[str, str] = {}
    codes: dict[tuple[str, str], str] = {}
    modifiers: dict[tuple[str, str, str], str] = {}
    values: dict[tuple[str, str, str, str], str] = {}
    new_layers: list[Layer] = []
    pairs = _pair(scheme.layers, reference.layers, _layer_rules())
    names = _unique_names(
        {i: reference.layers[j].name for i, j in pairs.items()}, [la.name for la in scheme.layers]
    )
    for i, la in enumerate(scheme.layers):
        ref_layer = reference.layers[pairs[i]] if i in names else None
        if ref_layer is None:
            new_layers.append(la)
            continue
        layers[la.name] = ref_layer.name
        code_pairs = _pair(la.codes, ref_layer.codes, _codes_rules())
        code_names = _unique_names(
            {k: ref_layer.codes[j].name for k, j in code_pairs.items()}, [c.name for c in la.codes]
        )
        new_codes = []
        for k, code in enumerate(la.codes):
            if k not in code_names:
                new_codes.append(code)
                continue
            ref_code = ref_layer.codes[code_pairs[k]]
            codes[(la.name, code.name)] = ref_code.name
            new_codes.append(_renamed_code(code, ref_code, la.name, modifiers, values))
        new_layers.append(dataclasses.replace(la, name=ref_layer.name, codes=tuple(new_codes)))
    ratings, items = _ratings(scheme.rating_items, reference.rating_items)
    renamed = dataclasses.replace(scheme, layers=tuple(new_layers), rating_items=items)
    out = SchemeAlignment(renamed, layers, codes, modifiers, values, ratings)
    return _with_definitions(out, reference) if out.renames else out


def _with_definitions(a: SchemeAlignment, reference: Scheme) -> SchemeAlignment:
    """The matched codes and rating items with the reference's definitions (the scheme is
    the reference in another language: its definitions say the same in other words)."""
    matched_codes = {(a.layers[la], c) for (la, _own), c in a.codes.items()}
    layers = []
    for la in a.scheme.layers:
        ref_layer = reference.layer(la.name)
        codes = []
        for c in la.codes:
            ref_code = ref_layer.code(c.name) if ref_layer is not None else None
            if ref_code is not None and (la.name, c.name) in matched_codes:
                c = dataclasses.replace(c, definition=ref_code.definition)
            codes.append(c)
        layers.append(dataclasses.replace(la, codes=tuple(codes)))
    matched_items = set(a.ratings.values())
    items = tuple(
        dataclasses.replace(r, definition=ref.definition)
        if r.name in matched_items and (ref := reference.rating_item(r.name)) is not None
        else r
        for r in a.scheme.rating_items
    )
    scheme = dataclasses.replace(a.scheme, layers=tuple(layers), rating_items=items)
    return dataclasses.replace(a, scheme=scheme)


def _renamed_code(
    code: Code,
    ref: Code,
    layer: str,
    modifiers: dict[tuple[str, str, str], str],
    values: dict[tuple[str, str, str, str], str],
) -> Code:
    """``code`` as the reference's ``ref``: its name (and definition, when it was another
    word for it), its modifiers and values by position."""
    specs: list[ModifierSpec] = []
    own_names = [m.name for m in code.modifiers]
    new_names = _unique_names(
        {i: ref.modifiers[i].name for i in range(min(len(code.modifiers), len(ref.modifiers)))},
        own_names,
    )
    for i, spec in enumerate(code.modifiers):
        name = new_names.get(i, spec.name)
        modifiers[(layer, code.name, spec.name)] = name
        ref_values = ref.modifiers[i].values if i in new_names else ()
        by_position = {k: ref_values[k] for k in range(min(len(spec.values), len(ref_values)))}
        new_values = _unique_names(by_position, list(spec.values))
        vals = tuple(new_values.get(k, v) for k, v in enumerate(spec.values))
        for own, new in zip(spec.values, vals, strict=True):
            values[(layer, code.name, spec.name, own)] = new
        specs.append(dataclasses.replace(spec, name=name, values=vals))
    return dataclasses.replace(code, name=ref.name, modifiers=tuple(specs))


def _ratings(
    own: tuple[RatingItem, ...], ref: tuple[RatingItem, ...]
) -> tuple[dict[str, str], tuple[RatingItem, ...]]:
    pairs = _pair(own, ref, [lambda a, b: a.name == b.name])
    if len(own) == len(ref) and not pairs:
        pairs = dict(enumerate(range(len(ref))))  # a translated list: by position
    names = _unique_names({i: ref[j].name for i, j in pairs.items()}, [r.name for r in own])
    mapping = {r.name: names.get(i, r.name) for i, r in enumerate(own)}
    items = tuple(dataclasses.replace(r, name=names[i]) if i in names else r
                  for i, r in enumerate(own))  # fmt: skip
    return mapping, items


def aligned_session(session: Session, reference: Scheme) -> Session:
    """``session`` read in ``reference``'s words (itself when no name changes): a copy for
    analysis, never saved in place of the coder's file."""
    alignment = align_scheme(session.scheme, reference)
    if not alignment.renames:
        return session
    ratings: dict[str, Any] = {alignment.ratings.get(k, k): v for k, v in session.ratings.items()}
    return Session(
        alignment.scheme,
        metadata=session.metadata,
        media=session.media,
        duration_ms=session.duration_ms,
        episodes=[alignment.episode(e) for e in session.iter_episodes()],
        ratings=ratings,
        extra=session.extra,
    )


__all__ = ["SchemeAlignment", "align_scheme", "aligned_session"]
