"""What a keystroke or an edit means, as a change not yet made (see :mod:`.session`).

``plan_code`` is the one place a code key is decoded: a point code adds an instant; a state
code starts an episode and closes the one running in its layer at that instant; the running
state's own key closes it. Each ``plan_*`` is a function of the session it plans for and
returns a change for :meth:`Session.apply`; :class:`Session` offers each as a method of the
same name, and short forms (``code``, ``start``…) that plan and apply in one call.

Planning reads the session only through its public face — ``scheme``, ``running``,
``active_in``, ``next_onset``, ``episode`` and the fields ``plan_field`` replaces — and
changes nothing in it but the id counter (``new_id``), so a plan may be made and dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from attachcoder.core.changes import Change, EpisodeEdit, FieldChange
from attachcoder.core.episode import Episode
from attachcoder.core.limits import MAX_TIME_MS
from attachcoder.core.records import SessionError
from attachcoder.core.scheme import Layer, Scheme
from attachcoder.core.session_checks import SESSION_FIELDS
from attachcoder.core.timefmt import format_ms

if TYPE_CHECKING:
    from attachcoder.core.session import Session


def plan_code(session: Session, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
    """What pressing a code's key at ``at_ms`` means; the one place a keystroke is decoded.

    A point code adds an instant. A state code starts an episode and closes the one running
    in its layer at the same instant; pressing the running state's own key closes it.
    """
    la = layer_named(session.scheme, layer)
    if not la.is_state:
        return plan_add_point(session, layer, code, at_ms, **fields)
    run = session.running(layer)
    if run is not None and run.code == code and run.onset_ms <= at_ms:
        return plan_stop(session, layer, at_ms)
    return plan_start(session, layer, code, at_ms, **fields)


def plan_start(session: Session, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
    """Start a state at ``at_ms``.

    A running state is closed at that instant (or replaced, when it began at that same
    instant). Starting inside a closed episode splits it: the earlier part keeps its code,
    the new code runs to where the old episode ended. Starting in a gap that has later
    episodes fills the gap up to the next one.
    """
    la = layer_named(session.scheme, layer)
    if not la.is_state:
        raise SessionError(f"layer {layer!r} holds points; it has no states to start")
    require_code(la, code)
    at_ms = whole_ms(at_ms)
    removed: list[Episode] = []
    added: list[Episode] = []
    offset: int | None = None
    cur = session.active_in(layer, at_ms)
    if cur is not None:
        removed.append(cur)
        offset = cur.offset_ms
        if cur.onset_ms < at_ms:
            added.append(cur.with_(offset_ms=at_ms))
    else:
        offset = session.next_onset(layer, at_ms)
    new = Episode(
        id=session.new_id(),
        layer=layer,
        code=code,
        onset_ms=at_ms,
        offset_ms=offset,
        note=fields.get("note", ""),
        modifiers=dict(fields.get("modifiers", {})),
    )
    added.append(new)
    return EpisodeEdit(tuple(removed), tuple(added))


def plan_stop(session: Session, layer: str, at_ms: int) -> EpisodeEdit:
    """Close the running state of ``layer`` at ``at_ms`` (cancel it when that is its onset)."""
    run = session.running(layer)
    if run is None:
        raise SessionError(f"nothing is running in layer {layer!r}")
    at_ms = whole_ms(at_ms)
    if at_ms < run.onset_ms:
        raise SessionError(
            f"{run.code} started at {format_ms(run.onset_ms)}; "
            f"it cannot end earlier, at {format_ms(at_ms)}"
        )
    if at_ms == run.onset_ms:
        return EpisodeEdit(removed=(run,))
    return EpisodeEdit(removed=(run,), added=(run.with_(offset_ms=at_ms),))


def plan_add_point(
    session: Session, layer: str, code: str, at_ms: int, **fields: Any
) -> EpisodeEdit:
    """Add an instant of a point code at ``at_ms``."""
    la = layer_named(session.scheme, layer)
    if la.is_state:
        raise SessionError(f"layer {layer!r} holds states; start one instead of adding a point")
    require_code(la, code)
    ep = Episode(
        id=session.new_id(),
        layer=layer,
        code=code,
        onset_ms=whole_ms(at_ms),
        offset_ms=None,
        note=fields.get("note", ""),
        modifiers=dict(fields.get("modifiers", {})),
    )
    return EpisodeEdit(added=(ep,))


def plan_update(session: Session, episode_id: str, **fields: Any) -> EpisodeEdit:
    """Change some fields of one episode (code, onset_ms, offset_ms, note, modifiers, layer)."""
    old = session.episode(episode_id)
    allowed = {"layer", "code", "onset_ms", "offset_ms", "note", "modifiers"}
    unknown = set(fields) - allowed
    if unknown:
        raise SessionError(f"an episode has no field {sorted(unknown)[0]!r}")
    return EpisodeEdit(removed=(old,), added=(old._replace(**fields),))


def plan_delete(session: Session, episode_ids: Iterable[str]) -> EpisodeEdit:
    """Remove these episodes (each must be in the session)."""
    return EpisodeEdit(removed=tuple(session.episode(i) for i in episode_ids))


def plan_field(session: Session, name: str, value: Any) -> FieldChange:
    """Replace one of the session's fields (:data:`SESSION_FIELDS`) with ``value``."""
    if name not in SESSION_FIELDS:
        raise SessionError(f"a session has no field {name!r}")
    old = getattr(session, name)
    if name == "media":
        value = tuple(value)
    if name == "ratings":
        old, value = dict(old), dict(value)
    return FieldChange(name, old, value)  # type: ignore[arg-type]


def layer_named(scheme: Scheme, name: str) -> Layer:
    la = scheme.layer(name)
    if la is None:
        raise SessionError(f"the scheme has no layer {name!r}")
    return la


def require_code(layer: Layer, name: str) -> None:
    if layer.code(name) is None:
        raise SessionError(f"layer {layer.name!r} has no code {name!r}")


def whole_ms(t: Any) -> int:
    """``t`` when it is a time a session can hold, else a SessionError saying why not."""
    if isinstance(t, bool) or not isinstance(t, int):
        raise SessionError(f"times are whole milliseconds, not {t!r}")
    if t < 0:
        raise SessionError(f"time {t} ms is before the start")
    if t > MAX_TIME_MS:
        raise SessionError(f"time {t} ms is past the last time a session holds ({MAX_TIME_MS} ms)")
    return t
