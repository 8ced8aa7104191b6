"""The invariants of a session, checked before any change is made (see :mod:`.session`).

A change is checked whole — each episode on its own, then against its neighbours in its
layer, then (for scheme, media, duration and compound changes) on a scratch copy — so a
refused change leaves the session untouched. A refused *edit* names each episode as the coder
knows it — code and time (:func:`coder_label`), never an internal id; a file's problems
(:func:`session_problems`, a load) name it by id too, which is how a file finds it.

Each check is a function of exactly what it reads: the scheme, the episodes by id, the
per-layer time index, the ratings, and ``media_end_ms`` — the last time an episode may reach
(the media's length; ``None`` when the session has no media of known length). The checks of
scheme, media, duration and compound changes are given ``tried``, which makes the change on a
scratch copy of the session and returns it; :class:`Session` passes its own.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from attachcoder.core.changes import Change, CompoundChange, EpisodeEdit, FieldChange
from attachcoder.core.episode import Episode
from attachcoder.core.layer_index import LayerIndex
from attachcoder.core.limits import MAX_TIME_MS
from attachcoder.core.records import EpisodeProblem, Metadata
from attachcoder.core.scheme import Scheme
from attachcoder.core.timefmt import format_ms
from attachcoder.core.translatable import translate

if TYPE_CHECKING:
    from attachcoder.core.session import Session

#: The session fields a FieldChange may replace.
SESSION_FIELDS = ("metadata", "media", "scheme", "ratings", "duration_ms")

#: Makes a change on a scratch copy of the session and returns the copy (raising KeyError,
#: ValueError or IndexError when the change does not fit).
Trial = Callable[[Change], "Session"]


def session_problems(
    scheme: Scheme,
    episodes: Mapping[str, Episode],
    index: Mapping[str, LayerIndex],
    ratings: Mapping[str, Any],
    media_end_ms: int | None,
) -> list[str]:
    """A full check of every invariant (O(n log n)); empty when the session is sound."""
    out = []
    for ep in episodes.values():
        err = check_record(ep, scheme, media_end_ms)
        if err:
            out.append(err)
    for name, idx in index.items():
        layer = scheme.layer(name)
        if layer is not None and layer.is_state:
            out.extend(state_layer_problems(name, [episodes[i] for i in idx.ids]))
    out.extend(rating_problems(scheme, ratings))
    return out


def rating_problems(scheme: Scheme, ratings: Mapping[str, Any]) -> list[str]:
    """Ratings the scheme has no item for, or whose value does not fit their item."""
    out = []
    for name, value in ratings.items():
        item = scheme.rating_item(name)
        if item is None:
            out.append(f"rating {name!r} is not a rating item of the scheme")
        elif value is not None:
            err = item.check(value)
            if err:
                out.append(err)
    return out


def state_layer_problems(layer: str, eps: list[Episode]) -> list[str]:
    return [p.message for p in state_layer_details(layer, eps)]


def state_layer_details(layer: str, eps: list[Episode]) -> list[EpisodeProblem]:
    """Overlaps and misplaced running states in one state layer's episodes (by onset)."""
    out = []
    for a, b in itertools.pairwise(eps):
        if a.offset_ms is None:
            out.append(
                EpisodeProblem(
                    a.id,
                    f"it has no offset (still running) but {episode_label(b)} starts after "
                    f"it in layer {layer!r}; only the last episode of a layer may be running",
                    f"layer {layer!r}: {episode_label(a)} is still running "
                    f"but {episode_label(b)} starts after it",
                )
            )
        elif a.offset_ms > b.onset_ms:
            out.append(
                EpisodeProblem(
                    b.id,
                    f"it overlaps {episode_span(a)} in layer {layer!r} "
                    f"(states in one layer may not overlap)",
                    f"layer {layer!r}: {episode_label(a)} overlaps {episode_label(b)}",
                )
            )
    return out


# ------------------------------------------------------------------ changes


def edit_problems(
    edit: EpisodeEdit,
    scheme: Scheme,
    episodes: Mapping[str, Episode],
    index: Mapping[str, LayerIndex],
    media_end_ms: int | None,
) -> list[str]:
    """What ``edit`` would break in a session holding ``episodes`` (indexed by ``index``)."""
    out: list[str] = []
    removed_ids = set()
    for ep in edit.removed:
        cur = episodes.get(ep.id)
        if cur is None or cur != ep:
            out.append(f"episode {ep.id!r} is not in the session as expected")
        removed_ids.add(ep.id)
    added_ids = set()
    per_layer: dict[str, list[Episode]] = {}
    for ep in edit.added:
        if ep.id in added_ids or (ep.id in episodes and ep.id not in removed_ids):
            out.append(f"episode id {ep.id!r} is already used")
        added_ids.add(ep.id)
        err = record_problem(ep, scheme, media_end_ms)
        if err:
            out.append(f"{coder_label(ep)}: {err}")
        elif is_state(scheme, ep.layer):
            per_layer.setdefault(ep.layer, []).append(ep)
    if out:
        return out
    if is_bulk(edit):  # check the layers as they would be, in one sorted pass each
        for layer, eps in per_layer.items():
            idx = index.get(layer)
            merged = [] if idx is None else [episodes[i] for i in idx.ids if i not in removed_ids]
            merged.extend(eps)
            merged.sort(key=lambda e: e.onset_ms)
            out.extend(state_layer_problems(layer, merged))
        return out
    for layer, eps in per_layer.items():
        eps.sort(key=lambda e: e.onset_ms)
        out.extend(state_layer_problems(layer, eps))
        idx = index.get(layer)
        if idx is None:
            continue
        for ep in eps:
            out.extend(neighbour_problems(layer, idx, episodes, ep, removed_ids))
    return out


def neighbour_problems(
    layer: str,
    idx: LayerIndex,
    episodes: Mapping[str, Episode],
    ep: Episode,
    removed: set[str],
) -> list[str]:
    """How ``ep`` would clash with the episodes just before and after it in ``layer``
    (``idx`` its time index), those in ``removed`` left out — in a coder's words (code and
    time, never an id: this is what an edit that is refused says)."""
    out = []
    i = bisect_right(idx.onsets, ep.onset_ms) - 1
    while i >= 0 and idx.ids[i] in removed:
        i -= 1
    if i >= 0:
        prev = episodes[idx.ids[i]]
        if prev.offset_ms is None:
            out.append(
                translate(
                    "session",
                    "{0} is still running in layer {1}; {2} cannot start after it (end {3} first)",
                ).format(coder_label(prev), repr(layer), coder_label(ep), prev.code)
            )
        elif prev.offset_ms > ep.onset_ms or prev.onset_ms == ep.onset_ms:
            out.append(_overlap(ep, prev, layer))
    j = bisect_right(idx.onsets, ep.onset_ms)
    while j < len(idx.ids) and idx.ids[j] in removed:
        j += 1
    if j < len(idx.ids):
        nxt = episodes[idx.ids[j]]
        if ep.offset_ms is None:
            out.append(
                translate(
                    "session", "{0} cannot run on while {1} follows at {2} in layer {3}"
                ).format(coder_label(ep), nxt.code, format_ms(nxt.onset_ms), repr(layer))
            )
        elif ep.offset_ms > nxt.onset_ms:
            out.append(_overlap(ep, nxt, layer))
    return out


def _overlap(ep: Episode, other: Episode, layer: str) -> str:
    return translate("session", "{0} would overlap {1} in layer {2}").format(
        coder_label(ep), coder_label(other), repr(layer)
    )


def field_problems(change: FieldChange, tried: Trial) -> list[str]:
    """What replacing one session field would break (scheme, ratings, media and duration are
    tried whole on a scratch copy)."""
    if change.field not in SESSION_FIELDS:
        return [f"a session has no field {change.field!r}"]
    if change.field in ("scheme", "ratings", "media", "duration_ms"):
        return compound_problems(CompoundChange((change,)), tried)
    if change.field == "metadata" and not isinstance(change.new, Metadata):
        return ["metadata must be a Metadata record"]
    return []


def compound_problems(change: CompoundChange, tried: Trial) -> list[str]:
    """Try the change on a scratch copy; rare and whole-session, so O(n) is fine."""
    unknown = [p.field for p in change_parts(change) if isinstance(p, FieldChange)]
    unknown = [f for f in unknown if f not in SESSION_FIELDS]
    if unknown:
        return [f"a session has no field {unknown[0]!r}"]
    try:
        scratch = tried(change)
    except (KeyError, ValueError, IndexError) as exc:
        return [f"the change does not fit this session ({exc})"]
    if isinstance(scratch.scheme, Scheme):
        problems = scratch.scheme.problems()
        if problems:
            return problems
    return scratch.problems()


# ------------------------------------------------------------------ one episode


def check_record(ep: Episode, scheme: Scheme, media_end_ms: int | None) -> str | None:
    """What is wrong with one episode on its own, as a sentence naming it (or ``None``)."""
    err = record_problem(ep, scheme, media_end_ms)
    return None if err is None else f"{episode_label(ep)}: {err}"


def record_problem(ep: Episode, scheme: Scheme, media_end_ms: int | None) -> str | None:
    """What is wrong with one episode on its own, without naming it (or ``None``)."""
    if type(ep.id) is not str or not ep.id:
        return f"an episode's id must be a non-empty string, not {ep.id!r}"
    la = scheme.layer(ep.layer)  # dict look-ups: this runs once per episode on load
    if la is None:
        return f"layer {ep.layer!r} is not in the scheme"
    code = la.code(ep.code)
    if code is None:
        return f"code {ep.code!r} is not in layer {ep.layer!r} of the scheme"
    for t in (ep.onset_ms, ep.offset_ms):
        if t is not None and (isinstance(t, bool) or not isinstance(t, int)):
            return f"times must be whole milliseconds, not {t!r}"
    if ep.onset_ms < 0:
        return f"onset {ep.onset_ms} ms is before the start"
    if ep.onset_ms > MAX_TIME_MS or (ep.offset_ms is not None and ep.offset_ms > MAX_TIME_MS):
        return f"times must be at most {MAX_TIME_MS} ms (about 12 days)"
    if la.is_state:
        if ep.offset_ms is not None and ep.offset_ms <= ep.onset_ms:
            return translate("session", "offset {0} is not after onset {1}").format(
                format_ms(ep.offset_ms), format_ms(ep.onset_ms)
            )
    elif ep.offset_ms is not None:
        return "a point has no offset (its offset_ms must be null)"
    if media_end_ms is not None:
        last = ep.offset_ms if ep.offset_ms is not None else ep.onset_ms
        if last > media_end_ms:
            return translate("session", "{0} is past the end of the media ({1})").format(
                format_ms(last), format_ms(media_end_ms)
            )
    for name, value in ep.modifiers.items():
        spec = code.modifier(name)
        if spec is None:
            return f"code {ep.code!r} has no modifier {name!r}"
        if value not in ("", None) and value not in spec.values:
            return translate("session", "{0} is not a value of modifier {1} (one of {2})").format(
                repr(value), repr(name), ", ".join(spec.values)
            )
    return None


def is_state(scheme: Scheme, layer: str) -> bool:
    la = scheme.layer(layer)
    return la is not None and la.is_state


_BULK = 512


def is_bulk(edit: EpisodeEdit) -> bool:
    """Past a few hundred episodes, one sort beats one list insert per episode."""
    return len(edit.removed) + len(edit.added) > _BULK


def change_parts(change: Change) -> Iterator[Change]:
    """The atomic parts of a change, compound ones opened up."""
    if isinstance(change, CompoundChange):
        for part in change.parts:
            yield from change_parts(part)
    else:
        yield change


def modifiers_fit(mods: dict[str, Any], allowed: dict[str, tuple[Any, ...]] | None) -> bool:
    if allowed is None:
        return False
    for name, value in mods.items():
        values = allowed.get(name)
        if values is None or value not in values:
            return False
    return True


def episode_label(ep: Episode) -> str:
    return f"episode {ep.id!r} ({ep.code} at {format_ms(ep.onset_ms)})"


def coder_label(ep: Episode) -> str:
    """An episode as a coder knows it: its code and time (``misattuned 00:00:04.500–00:00:06.000``,
    ``gaze at 00:00:07.000``), never its id."""
    if ep.offset_ms is None:
        return translate("session", "{0} at {1}").format(ep.code, format_ms(ep.onset_ms))
    return f"{ep.code} {format_ms(ep.onset_ms)}–{format_ms(ep.offset_ms)}"


def episode_span(ep: Episode) -> str:
    end = "" if ep.offset_ms is None else f"–{format_ms(ep.offset_ms)}"
    return f"episode {ep.id!r} ({ep.code} {format_ms(ep.onset_ms)}{end})"


def join_problems(problems: list[str], limit: int = 10) -> str:
    head = "; ".join(problems[:limit])
    more = len(problems) - limit
    if more <= 0:
        return head
    return translate("session", "{0}; and {1} more problem(s)").format(head, more)
