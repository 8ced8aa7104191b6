"""The general mapping from another tool's tracks to attachcoder layers, shared by every importer.

A *track* is whatever the other tool groups codings by: an ELAN tier, a Datavyu column, a BORIS
subject. Each importer reads its format into tracks of plain :class:`Item` records; this module
turns them into a scheme and a session that keeps every core invariant, by these rules:

- a track of intervals becomes a state layer; a track of instants a point layer; a track that
  mixes both becomes a state layer (the track's name) and a point layer (``NAME (points)``);
- a state layer never overlaps, so a track whose intervals overlap is spread over more layers:
  a track of independent behaviours (a BORIS subject) becomes one layer per code
  (``NAME: CODE``, a code that overlaps itself goes on in ``NAME: CODE (2)``…); a track of one
  coding (an ELAN tier, a Datavyu column) keeps its name, and only the intervals that overlap
  an earlier one go to ``NAME (2)`` (then ``NAME (3)``…), each named in the report;
- an interval with no length (onset = offset) is an instant;
- a time before the recording's start: an interval that ends after 0 starts at 0, anything
  else is set aside; an interval that ends before it starts is set aside (named, with why);
- values become codes (imported codes may have no key or colour); extra values become modifiers.

Every choice is written to the :class:`~attachcoder.io.interchange.report.ImportReport`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from attachcoder.core.episode import Episode
from attachcoder.core.scheme import (
    PLAYER_KEYS,
    Code,
    Layer,
    LayerKind,
    ModifierSpec,
    RatingItem,
    Scheme,
    SchemeError,
)
from attachcoder.core.session import Media, Metadata, Session, SessionError
from attachcoder.io.interchange.report import ImportReport, InterchangeError

EMPTY_CODE = "(empty)"
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_INF = float("inf")


@dataclass(frozen=True)
class Item:
    """One coding read from a track. ``offset_ms`` is None for an instant, and for a state that
    was never stopped (``point`` tells which). ``place`` says where it is in the source file."""

    onset_ms: int
    offset_ms: int | None
    code: str
    point: bool = False
    modifiers: dict[str, str] = field(default_factory=dict)
    note: str = ""
    place: str = ""


@dataclass(frozen=True)
class CodeHint:
    """A code the source declares (a controlled-vocabulary entry, a BORIS behaviour), used or
    not. ``kind`` is set when the source says whether it is a state or an instant."""

    name: str
    definition: str = ""
    key: str | None = None
    color: str | None = None
    kind: LayerKind | None = None
    modifiers: tuple[ModifierSpec, ...] = ()


@dataclass
class Track:
    """A group of codings that the source keeps together (tier, column, subject)."""

    name: str
    items: list[Item] = field(default_factory=list)
    codes: list[CodeHint] = field(default_factory=list)
    kind: LayerKind | None = None
    #: a layer of a scheme saved with the file itself (attachcoder's own EAF export)
    layer: Layer | None = None
    #: how overlapping intervals are spread: one layer per code ("by_code", for independent
    #: behaviours), or the overlapping ones only to ``NAME (2)``… ("lanes")
    overlaps: Literal["by_code", "lanes"] = "lanes"
    label: str = ""
    #: values a modifier may take, declared by the source for the whole track
    modifier_values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: what the source says about the track (participant, annotator, parent), kept with its
    #: layers as optional layer fields (docs/file-format.md)
    properties: dict[str, str] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return self.label or f"track {self.name!r}"


@dataclass
class _Plan:
    name: str
    kind: LayerKind
    items: list[Item]
    hints: list[CodeHint]
    base: Layer | None = None
    modifier_values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    properties: dict[str, str] = field(default_factory=dict)


def build_session(
    tracks: Sequence[Track],
    *,
    path: str | os.PathLike[str],
    report: ImportReport,
    scheme_name: str,
    metadata: Metadata | None = None,
    media: Iterable[Media] = (),
    duration_ms: int = 0,
    rating_items: tuple[RatingItem, ...] = (),
    ratings: dict[str, Any] | None = None,
    extra_layers: Sequence[Layer] = (),
) -> Session:
    """A session holding every item of ``tracks`` that can be kept; the others (a time before
    the recording, an interval that ends before it starts) are set aside in ``report``."""
    plans: list[_Plan] = []
    for track in tracks:
        for plan in _plan_track(track, report):
            plan.modifier_values = track.modifier_values
            plan.properties = dict(track.properties)
            plans.append(plan)
    names: set[str] = set()
    for plan in plans:
        plan.name = _unique(plan.name or "(unnamed)", names, report)
    layers: list[Layer] = []
    episodes: list[tuple[int, int, Item, str]] = []
    keys: dict[str, str] = {}
    for order, plan in enumerate(plans):
        layer = _make_layer(plan, keys, report)
        layers.append(layer)
        for item in plan.items:
            episodes.append((item.onset_ms, order, item, layer.name))
    if layers:
        report.note(
            f"{len(tracks)} {_plural(len(tracks), 'track')} became {len(layers)} "
            f"{_plural(len(layers), 'layer')}: " + ", ".join(repr(la.name) for la in layers),
            general=True,
        )
    for extra in extra_layers:
        if extra.name not in names:
            names.add(extra.name)
            layers.append(extra)
    try:
        scheme = Scheme(scheme_name or "imported", tuple(layers), rating_items=rating_items)
        scheme.validate()
    except SchemeError as exc:
        raise InterchangeError(path, "scheme", str(exc)) from None
    episodes.sort(key=lambda e: (e[0], e[1]))
    records = []
    last = 0
    for n, (_, _, item, layer_name) in enumerate(episodes, start=1):
        records.append(
            Episode(
                id=f"e{n}",
                layer=layer_name,
                code=item.code,
                onset_ms=item.onset_ms,
                offset_ms=item.offset_ms,
                note=item.note,
                modifiers=dict(item.modifiers),
            )
        )
        last = max(last, item.onset_ms if item.offset_ms is None else item.offset_ms)
    media = tuple(media)
    for m in media:
        if m.duration_ms is not None:
            last = max(last, m.offset_ms + m.duration_ms)
    _note_scheme_gaps(scheme, report)
    try:
        return Session(
            scheme,
            metadata=metadata or Metadata(),
            media=media,
            duration_ms=max(int(duration_ms), last),
            episodes=records,
            ratings=ratings,
        )
    except SessionError as exc:  # defensive: the plans above keep every invariant
        raise InterchangeError(
            path, "", f"the codings do not form a valid session: {exc}"
        ) from None


# ---------------------------------------------------------------- planning one track


def _plan_track(track: Track, report: ImportReport) -> list[_Plan]:
    items = _normalise(track, report)
    points = [i for i in items if i.point]
    states = [i for i in items if not i.point]
    base = track.layer
    if base is not None:
        fits = (base.kind == "point" and not states) or (
            base.kind == "state" and not points and _first_overlap(states) is None
        )
        if fits:
            return [_Plan(track.name, base.kind, items, list(track.codes), base)]
        report.note(
            f"{track.where} no longer fits its saved layer (a {base.kind} layer); "
            "it was read by the general rules instead"
        )
    if not items:
        kind = track.kind or _kind_from_hints(track.codes)
        return [_Plan(track.name, kind, [], list(track.codes))]
    plans: list[_Plan] = []
    if states and points:
        report.note(
            f"{track.where} mixes intervals and instants: the intervals became the state layer "
            f"{track.name!r}, the instants the point layer '{track.name} (points)'"
        )
        plans.extend(_plan_states(track, track.name, states, report))
        plans.append(_Plan(f"{track.name} (points)", "point", points, _hints(track, "point")))
    elif points:
        plans.append(_Plan(track.name, "point", points, _hints(track, "point")))
    else:
        plans.extend(_plan_states(track, track.name, states, report))
    return plans


def _normalise(track: Track, report: ImportReport) -> list[Item]:
    out: list[Item] = []
    instants = 0
    clamped: list[str] = []
    for item in track.items:
        onset, offset, point = item.onset_ms, item.offset_ms, item.point
        if not point and offset is not None and offset < onset:
            report.set_aside(
                item.place or track.where,
                f"it ends ({offset} ms) before it starts ({onset} ms)",
            )
            continue
        if onset < 0:
            if point or (offset is not None and offset <= 0):
                at = f"at {onset} ms" if point else f"from {onset} to {offset} ms"
                report.set_aside(
                    item.place or track.where,
                    f"it lies before the start of the recording ({at}, a negative time)",
                )
                continue
            clamped.append(item.place or f"{onset} ms")
            onset = 0
        code = item.code
        if not code.strip():
            code = EMPTY_CODE
            report.note(f"{track.where}: annotations without a value became code {EMPTY_CODE!r}")
        if not point and offset == onset:
            point, offset = True, None
            instants += 1
        mods = {k or "modifier": v for k, v in item.modifiers.items() if v not in ("", None)}
        if (
            code != item.code
            or point != item.point
            or offset != item.offset_ms
            or onset != item.onset_ms
            or mods != dict(item.modifiers)
        ):
            item = Item(onset, offset, code, point, mods, item.note, item.place)
        out.append(item)
    if clamped:
        report.note(
            f"{track.where}: {len(clamped)} interval(s) started before the recording (a negative "
            "time) and now start at 0: " + ", ".join(clamped)
        )
    if instants:
        report.note(f"{track.where}: {instants} interval(s) of no length became instants")
    return out


def _plan_states(track: Track, name: str, states: list[Item], report: ImportReport) -> list[_Plan]:
    clash = _first_overlap(states)
    if clash is None:
        return [_Plan(name, "state", states, _hints(track, "state"))]
    if track.overlaps == "lanes":
        return _plan_lanes(track, name, states, report)
    _, b = clash
    by_code: dict[str, list[Item]] = {}
    for item in sorted(states, key=lambda i: i.onset_ms):
        by_code.setdefault(item.code, []).append(item)
    plans: list[_Plan] = []
    hints = {h.name: h for h in _hints(track, "state")}
    for code, items in by_code.items():
        lanes = _lanes(items)
        names = [f"{name}: {code}"] + [f"{name}: {code} ({k})" for k in range(2, len(lanes) + 1)]
        if len(lanes) > 1:
            report.note(
                f"{track.where}: code {code!r} overlaps itself, so it was spread over "
                + ", ".join(repr(n) for n in names)
            )
        hint = [hints[code]] if code in hints else []
        plans.extend(_Plan(n, "state", lane, hint) for n, lane in zip(names, lanes, strict=True))
    report.note(
        f"{track.where} has overlapping intervals (e.g. at {b.onset_ms} ms), so it became one "
        "state layer per code: " + ", ".join(repr(p.name) for p in plans)
    )
    return plans


def _plan_lanes(track: Track, name: str, states: list[Item], report: ImportReport) -> list[_Plan]:
    """The track keeps its name and every interval that fits; each interval that overlaps an
    earlier one goes to the first of ``NAME (2)``, ``NAME (3)``… where it fits."""
    lanes = _lanes(sorted(states, key=lambda i: (i.onset_ms, _end(i))))
    hints = _hints(track, "state")
    declared = {h.name for h in hints}
    # every layer of the track offers all its codes, so an episode can move between them
    hints += [CodeHint(c) for c in dict.fromkeys(i.code for i in states) if c not in declared]
    plans = [_Plan(name, "state", lanes[0], hints)]
    for k, lane in enumerate(lanes[1:], start=2):
        lane_name = f"{name} ({k})"
        plans.append(_Plan(lane_name, "state", lane, hints))
        where = ", ".join(
            (i.place or f"{i.onset_ms} ms").removeprefix(f"{track.where}, ") for i in lane
        )
        report.note(
            f"{track.where}: {len(lane)} interval(s) overlap an earlier one of the same track, "
            f"so they went to the state layer {lane_name!r}: {where}"
        )
    return plans


def _lanes(items: list[Item]) -> list[list[Item]]:
    """Items (in onset order) spread greedily over lanes in which none overlaps another."""
    lanes: list[list[Item]] = []
    ends: list[float] = []
    for item in items:
        for k, end in enumerate(ends):
            if end <= item.onset_ms:
                lanes[k].append(item)
                ends[k] = _end(item)
                break
        else:
            lanes.append([item])
            ends.append(_end(item))
    return lanes


def _first_overlap(states: list[Item]) -> tuple[Item, Item] | None:
    ordered = sorted(states, key=lambda i: (i.onset_ms, _end(i)))
    reach: float = -1.0
    holder: Item | None = None
    for item in ordered:
        if holder is not None and item.onset_ms < reach:
            return holder, item
        if _end(item) > reach:
            reach, holder = _end(item), item
    return None


def _end(item: Item) -> float:
    return _INF if item.offset_ms is None else item.offset_ms


def _hints(track: Track, kind: LayerKind) -> list[CodeHint]:
    return [h for h in track.codes if h.kind in (None, kind)]


def _kind_from_hints(hints: list[CodeHint]) -> LayerKind:
    kinds = {h.kind for h in hints}
    return "point" if kinds == {"point"} else "state"


def _unique(name: str, taken: set[str], report: ImportReport) -> str:
    out, n = name, 2
    while out in taken:
        out = f"{name} ({n})"
        n += 1
    if out != name:
        report.note(f"two layers would be named {name!r}; the second is {out!r}")
    taken.add(out)
    return out


# ---------------------------------------------------------------- codes of one layer


def _make_layer(plan: _Plan, keys: dict[str, str], report: ImportReport) -> Layer:
    specs: dict[str, Code] = {}
    order: list[str] = []

    def add(code: Code) -> None:
        if code.name not in specs:
            specs[code.name] = code
            order.append(code.name)

    if plan.base is not None:
        for c in plan.base.codes:
            add(c)
    for h in plan.hints:
        name = h.name if h.name.strip() else EMPTY_CODE
        add(Code(name, h.key, _color(h.color), h.definition, None, tuple(h.modifiers)))
    for item in plan.items:
        add(Code(item.code))
    codes: list[Code] = []
    dropped: list[str] = []
    for name in order:
        code = _with_modifiers(specs[name], plan, report)
        code = _with_key(code, plan, keys, dropped)
        codes.append(code)
    if dropped:
        report.note(
            f"layer {plan.name!r}: key(s) {', '.join(repr(k) for k in dropped)} are already "
            "used by another layer (or by the player), so those codes have no key",
            general=True,
        )
    role = plan.base.role if plan.base is not None else None
    extra = {**(plan.base.extra if plan.base is not None else {}), **plan.properties}
    return Layer(plan.name, plan.kind, tuple(codes), role, extra)


def _with_modifiers(code: Code, plan: _Plan, report: ImportReport) -> Code:
    values: dict[str, list[str]] = {m.name: list(m.values) for m in code.modifiers}
    declared = set(values) | set(plan.modifier_values)
    for item in plan.items:
        if item.code != code.name:
            continue
        for mod, value in item.modifiers.items():
            vals = values.setdefault(mod, list(plan.modifier_values.get(mod, ())))
            if value not in vals:
                vals.append(value)
                if mod in declared:
                    report.note(
                        f"layer {plan.name!r}, code {code.name!r}: value {value!r} is not among "
                        f"the declared values of modifier {mod!r}; it was added"
                    )
    if values == {m.name: list(m.values) for m in code.modifiers}:
        return code
    extra = {m.name: m.extra for m in code.modifiers}
    mods = tuple(ModifierSpec(n, tuple(v), extra.get(n, {})) for n, v in values.items())
    return Code(
        code.name,
        code.key,
        code.color,
        code.definition,
        code.role,
        mods,
        code.asks_note,
        code.extra,
    )


def _with_key(code: Code, plan: _Plan, keys: dict[str, str], dropped: list[str]) -> Code:
    key = code.key
    if key is None:
        return code
    k = key.lower()
    if len(key) == 1 and key not in PLAYER_KEYS and k not in keys:
        keys[k] = f"{plan.name}/{code.name}"
        return code
    dropped.append(key)
    return Code(
        code.name, None, code.color, code.definition, code.role, code.modifiers, code.asks_note
    )


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def _color(value: str | None) -> str | None:
    return value if value is not None and _COLOR.match(value) else None


def _note_scheme_gaps(scheme: Scheme, report: ImportReport) -> None:
    codes = [c for la in scheme.layers for c in la.codes]
    if codes and all(c.role is None for c in codes):
        report.note(
            "no code has a role yet (attuned, misattuned, repair, excluded): set roles in the "
            "scheme editor so that the rupture and repair measures can find them",
            general=True,
        )
    if any(c.key is None for c in codes):
        report.note(
            "some codes have no key or colour; add them in the scheme editor to code live",
            general=True,
        )
