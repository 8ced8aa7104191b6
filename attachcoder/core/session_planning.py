"""What a keystroke or an edit means, as a change not yet made (see :mod:`.session`).

``plan_code`` is the one place a code key is decoded: a point code adds an instant; a state
code starts an episode and closes the one running in its layer at that instant; the running
state's own key closes it. Each ``plan_*`` returns a change for :meth:`Session.apply`; the
short forms (``code``, ``start``…) plan and apply in one call, for importers and scripts.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from attachcoder.core.changes import Change, EpisodeEdit, FieldChange
from attachcoder.core.episode import Episode
from attachcoder.core.layer_index import LayerIndex
from attachcoder.core.limits import MAX_TIME_MS
from attachcoder.core.records import SessionError
from attachcoder.core.scheme import Layer, Scheme
from attachcoder.core.session_checks import SESSION_FIELDS, episode_label
from attachcoder.core.timefmt import format_ms


class KeystrokePlanning:
    """The planning half of :class:`~attachcoder.core.session.Session` (a mixin)."""

    scheme: Scheme
    _index: dict[str, LayerIndex]

    if TYPE_CHECKING:

        def running(self, layer: str) -> Episode | None: ...

        def active_in(self, layer: str, t_ms: int) -> Episode | None: ...

        def new_id(self) -> str: ...

        def episode(self, episode_id: str) -> Episode: ...

        def apply(self, change: Change) -> Change: ...

    def plan_code(self, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
        """What pressing a code's key at ``at_ms`` means; the one place a keystroke is decoded.

        A point code adds an instant. A state code starts an episode and closes the one running
        in its layer at the same instant; pressing the running state's own key closes it.
        """
        la = self._layer(layer)
        if not la.is_state:
            return self.plan_add_point(layer, code, at_ms, **fields)
        run = self.running(layer)
        if run is not None and run.code == code and run.onset_ms <= at_ms:
            return self.plan_stop(layer, at_ms)
        return self.plan_start(layer, code, at_ms, **fields)

    def plan_start(self, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
        """Start a state at ``at_ms``.

        A running state is closed at that instant (or replaced, when it began at that same
        instant). Starting inside a closed episode splits it: the earlier part keeps its code,
        the new code runs to where the old episode ended. Starting in a gap that has later
        episodes fills the gap up to the next one.
        """
        la = self._layer(layer)
        if not la.is_state:
            raise SessionError(f"layer {layer!r} holds points; it has no states to start")
        self._code(la, code)
        at_ms = self._time(at_ms)
        removed: list[Episode] = []
        added: list[Episode] = []
        offset: int | None = None
        idx = self._index.get(layer)
        cur = self.active_in(layer, at_ms)
        if cur is not None:
            removed.append(cur)
            offset = cur.offset_ms
            if cur.onset_ms < at_ms:
                added.append(cur.with_(offset_ms=at_ms))
        elif idx is not None:
            j = bisect_right(idx.onsets, at_ms)
            if j < len(idx.ids):
                offset = idx.onsets[j]
        new = Episode(
            id=self.new_id(),
            layer=layer,
            code=code,
            onset_ms=at_ms,
            offset_ms=offset,
            note=fields.get("note", ""),
            modifiers=dict(fields.get("modifiers", {})),
        )
        added.append(new)
        return EpisodeEdit(tuple(removed), tuple(added))

    def plan_stop(self, layer: str, at_ms: int) -> EpisodeEdit:
        """Close the running state of ``layer`` at ``at_ms`` (cancel it when that is its onset)."""
        run = self.running(layer)
        if run is None:
            raise SessionError(f"nothing is running in layer {layer!r}")
        at_ms = self._time(at_ms)
        if at_ms < run.onset_ms:
            raise SessionError(
                f"{episode_label(run)} started at {format_ms(run.onset_ms)}; "
                f"it cannot end earlier, at {format_ms(at_ms)}"
            )
        if at_ms == run.onset_ms:
            return EpisodeEdit(removed=(run,))
        return EpisodeEdit(removed=(run,), added=(run.with_(offset_ms=at_ms),))

    def plan_add_point(self, layer: str, code: str, at_ms: int, **fields: Any) -> EpisodeEdit:
        la = self._layer(layer)
        if la.is_state:
            raise SessionError(f"layer {layer!r} holds states; start one instead of adding a point")
        self._code(la, code)
        ep = Episode(
            id=self.new_id(),
            layer=layer,
            code=code,
            onset_ms=self._time(at_ms),
            offset_ms=None,
            note=fields.get("note", ""),
            modifiers=dict(fields.get("modifiers", {})),
        )
        return EpisodeEdit(added=(ep,))

    def plan_update(self, episode_id: str, **fields: Any) -> EpisodeEdit:
        """Change some fields of one episode (code, onset_ms, offset_ms, note, modifiers, layer)."""
        old = self.episode(episode_id)
        allowed = {"layer", "code", "onset_ms", "offset_ms", "note", "modifiers"}
        unknown = set(fields) - allowed
        if unknown:
            raise SessionError(f"an episode has no field {sorted(unknown)[0]!r}")
        return EpisodeEdit(removed=(old,), added=(old._replace(**fields),))

    def plan_delete(self, episode_ids: Iterable[str]) -> EpisodeEdit:
        return EpisodeEdit(removed=tuple(self.episode(i) for i in episode_ids))

    def plan_field(self, name: str, value: Any) -> FieldChange:
        if name not in SESSION_FIELDS:
            raise SessionError(f"a session has no field {name!r}")
        old = getattr(self, name)
        if name == "media":
            value = tuple(value)
        if name == "ratings":
            old, value = dict(old), dict(value)
        return FieldChange(name, old, value)  # type: ignore[arg-type]

    # convenience: plan + apply in one call (importers, scripts, tests)
    def code(self, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
        return self.apply(self.plan_code(layer, code, at_ms, **fields))

    def start(self, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
        return self.apply(self.plan_start(layer, code, at_ms, **fields))

    def stop(self, layer: str, at_ms: int) -> Change:
        return self.apply(self.plan_stop(layer, at_ms))

    def add_point(self, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
        return self.apply(self.plan_add_point(layer, code, at_ms, **fields))

    def update(self, episode_id: str, **fields: Any) -> Change:
        return self.apply(self.plan_update(episode_id, **fields))

    def delete(self, *episode_ids: str) -> Change:
        return self.apply(self.plan_delete(episode_ids))

    def set_field(self, name: str, value: Any) -> Change:
        return self.apply(self.plan_field(name, value))

    def _layer(self, name: str) -> Layer:
        la = self.scheme.layer(name)
        if la is None:
            raise SessionError(f"the scheme has no layer {name!r}")
        return la

    @staticmethod
    def _code(layer: Layer, name: str) -> None:
        if layer.code(name) is None:
            raise SessionError(f"layer {layer.name!r} has no code {name!r}")

    @staticmethod
    def _time(t: Any) -> int:
        if isinstance(t, bool) or not isinstance(t, int):
            raise SessionError(f"times are whole milliseconds, not {t!r}")
        if t < 0:
            raise SessionError(f"time {t} ms is before the start")
        if t > MAX_TIME_MS:
            raise SessionError(
                f"time {t} ms is past the last time a session holds ({MAX_TIME_MS} ms)"
            )
        return t
