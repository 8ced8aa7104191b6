"""A coded session: metadata, media, the scheme, episodes and ratings, with its invariants.

Every mutation is a :mod:`~attachcoder.core.changes` value passed through :meth:`Session.apply`,
which checks the invariants first (nothing is half-applied) and then notifies listeners:
``before`` and ``after`` for each atomic part (views adapt these to row inserts), and
``committed`` once for the whole change (the journal and the "modified" mark listen to that).

Invariants: every episode's layer and code exist in the scheme; times are integer
milliseconds, 0 ≤ t ≤ ``MAX_TIME_MS``, a state's offset is after its onset, a point has no
offset; inside a state layer episodes never overlap and at most one is running (offset
``None``), and it is the last one; with media, no time is past ``duration_ms``; ids are unique.

The session is split by job: this module holds the state, its queries and applying a change;
:mod:`.session_planning` what a keystroke or an edit means (``plan_*``, functions of the
session); :mod:`.session_checks` the invariants checked before a change is made (functions of
the scheme, episodes, index and ratings they read). The methods of the same names here only
pass the session, or its parts, to them. The records beside episodes live in :mod:`.records`,
the per-layer time index in :mod:`.layer_index`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import Any

from attachcoder.core import session_checks as checks
from attachcoder.core import session_planning as planning
from attachcoder.core.changes import Change, CompoundChange, EpisodeEdit, FieldChange
from attachcoder.core.episode import Episode
from attachcoder.core.layer_index import LayerIndex
from attachcoder.core.limits import MAX_TIME_MS
from attachcoder.core.records import EpisodeProblem, Media, Metadata, SessionError
from attachcoder.core.scheme import Scheme
from attachcoder.core.session_checks import episode_label, is_bulk, join_problems, modifiers_fit

__all__ = ["EpisodeProblem", "Listener", "Media", "Metadata", "Session", "SessionError"]

Listener = Callable[[Change], None]


class Session:
    def __init__(
        self,
        scheme: Scheme,
        *,
        metadata: Metadata | None = None,
        media: Iterable[Media] = (),
        duration_ms: int = 0,
        episodes: Iterable[Episode] = (),
        ratings: dict[str, Any] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.scheme = scheme
        self.metadata = metadata or Metadata()
        self.media: tuple[Media, ...] = tuple(media)
        self.duration_ms = int(duration_ms)
        self.ratings: dict[str, Any] = dict(ratings or {})
        self.extra: dict[str, Any] = dict(extra or {})
        self._episodes: dict[str, Episode] = {}
        self._index: dict[str, LayerIndex] = {}
        self._running: dict[str, str] = {}
        self._next_id = 1
        self._ids_scanned = True  # False: _next_id may be below an id in use
        self._before: list[Listener] = []
        self._after: list[Listener] = []
        self._committed: list[Listener] = []
        self._load_episodes(list(episodes))

    # ------------------------------------------------------------------ construction

    def _load_episodes(self, episodes: list[Episode]) -> None:
        """Bulk load, checking everything at once (sorting beats inserting one by one).

        A file may hold 100,000 episodes, so the usual case is checked inline with the scheme's
        look-ups done once; any episode that does not plainly pass goes through
        :func:`~.session_checks.record_problem`, which finds the exact problem and words it.
        """
        problems: list[EpisodeProblem] = []
        store = self._episodes
        by_layer: dict[str, list[Episode]] = {}
        kinds = {la.name: (la._codes_by_name, la.is_state) for la in self.scheme.layers}
        allowed = {
            (la.name, c.name): {m.name: (*m.values, "", None) for m in c.modifiers}
            for la in self.scheme.layers
            for c in la.codes
            if c.modifiers
        }
        limit = self.duration_ms if self.media and self.duration_ms > 0 else MAX_TIME_MS
        limit = min(limit, MAX_TIME_MS)
        for ep in episodes:
            i, lname, code, on, off, _note, mods, _extra = ep
            if i in store:
                msg = f"the id {i!r} is used by two episodes; ids must be unique"
                problems.append(EpisodeProblem(i, msg, f"episode id {i!r} is used twice"))
                continue
            kind = kinds.get(lname)
            plain = (
                kind is not None
                and type(i) is str
                and code in kind[0]
                and (not mods or modifiers_fit(mods, allowed.get((lname, code))))
                and type(on) is int
                and on >= 0
                and (
                    (off is None and (limit is None or on <= limit))
                    or (
                        kind[1]
                        and type(off) is int
                        and off > on
                        and (limit is None or off <= limit)
                    )
                )
            )
            if not plain:
                err = checks.record_problem(ep, self.scheme, self._media_end())
                if err:
                    problems.append(EpisodeProblem(i, err, f"{episode_label(ep)}: {err}"))
                    continue
            store[i] = ep
            eps = by_layer.get(lname)
            if eps is None:
                by_layer[lname] = [ep]
            else:
                eps.append(ep)
        onset = itemgetter(3)
        for name, eps in by_layer.items():
            eps.sort(key=onset)
            idx = LayerIndex()
            idx.onsets = [e.onset_ms for e in eps]
            idx.ids = [e.id for e in eps]
            self._index[name] = idx
            layer = self.scheme.layer(name)
            if layer is not None and layer.is_state:
                problems.extend(checks.state_layer_details(name, eps))
                if eps and eps[-1].offset_ms is None:
                    self._running[name] = eps[-1].id
        if problems:
            raise SessionError(join_problems([p.message for p in problems]), problems)
        # the ids are scanned for the next free one when it is first needed: a cost a
        # 100,000-episode load need not pay
        self._ids_scanned = not store

    def _ensure_next_id(self) -> None:
        if not self._ids_scanned:
            self._ids_scanned = True
            self._bump_next_id(self._episodes)

    def _bump_next_id(self, ids: Iterable[str]) -> None:
        """Keep new ids (``e<n>``) above every ``e<n>`` ever used, so undo never meets a clash."""
        nums = [int(i[1:]) for i in ids if i[:1] == "e" and i[1:].isdecimal()]
        if nums:
            self._next_id = max(self._next_id, max(nums) + 1)

    # ------------------------------------------------------------------ queries

    def __len__(self) -> int:
        return len(self._episodes)

    def __contains__(self, episode_id: object) -> bool:
        return episode_id in self._episodes

    def episode(self, episode_id: str) -> Episode:
        try:
            return self._episodes[episode_id]
        except KeyError:
            raise SessionError(f"there is no episode {episode_id!r}") from None

    def episodes(self) -> list[Episode]:
        """All episodes ordered by onset, then layer order in the scheme, then id.

        The order never depends on the history of edits (an edit and its undo give the same
        list, and the same saved file); ids compare as ``e9`` before ``e10``.
        """
        order = {la.name: i for i, la in enumerate(self.scheme.layers)}
        return sorted(
            self._episodes.values(),
            key=lambda e: (e.onset_ms, order.get(e.layer, 0), len(e.id), e.id),
        )

    def iter_episodes(self) -> Iterator[Episode]:
        """All episodes in insertion order (cheap; no sorting)."""
        return iter(self._episodes.values())

    def layer_episodes(self, layer: str) -> list[Episode]:
        idx = self._index.get(layer)
        return [] if idx is None else [self._episodes[i] for i in idx.ids]

    def running(self, layer: str) -> Episode | None:
        """The state still running in ``layer``, in O(1)."""
        i = self._running.get(layer)
        return None if i is None else self._episodes[i]

    def running_states(self) -> dict[str, Episode]:
        return {la: self._episodes[i] for la, i in self._running.items()}

    def active_at(self, t_ms: int) -> dict[str, Episode]:
        """The state episode active at ``t_ms`` in each state layer, in O(layers · log n)."""
        out: dict[str, Episode] = {}
        for layer in self.scheme.layers:
            if not layer.is_state:
                continue
            ep = self.active_in(layer.name, t_ms)
            if ep is not None:
                out[layer.name] = ep
        return out

    def active_in(self, layer: str, t_ms: int) -> Episode | None:
        idx = self._index.get(layer)
        if idx is None:
            return None
        i = idx.last_starting_at_or_before(t_ms)
        if i < 0:
            return None
        ep = self._episodes[idx.ids[i]]
        return ep if ep.covers(t_ms) else None

    def episodes_between(self, layer: str, start_ms: int, end_ms: int) -> list[Episode]:
        """Episodes of ``layer`` that touch [start, end), for drawing a visible window."""
        idx = self._index.get(layer)
        if idx is None:
            return []
        i = max(idx.last_starting_at_or_before(start_ms), 0)
        j = bisect_left(idx.onsets, end_ms)
        out = []
        for k in range(i, j):
            ep = self._episodes[idx.ids[k]]
            end = ep.offset_ms if ep.offset_ms is not None else ep.onset_ms
            if end >= start_ms or ep.offset_ms is None:
                out.append(ep)
        return out

    def next_onset(self, layer: str, after_ms: int) -> int | None:
        """The onset of the first episode of ``layer`` starting after ``after_ms``, if any."""
        idx = self._index.get(layer)
        if idx is None:
            return None
        j = bisect_right(idx.onsets, after_ms)
        return idx.onsets[j] if j < len(idx.ids) else None

    def new_id(self) -> str:
        self._ensure_next_id()
        i = f"e{self._next_id}"
        self._next_id += 1
        while i in self._episodes:
            i = f"e{self._next_id}"
            self._next_id += 1
        return i

    # ------------------------------------------------------------------ planning and checks

    def plan_code(self, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
        return planning.plan_code(self, layer, code, at_ms, **fields)

    def plan_start(self, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
        return planning.plan_start(self, layer, code, at_ms, **fields)

    def plan_stop(self, layer: str, at_ms: int) -> EpisodeEdit:
        return planning.plan_stop(self, layer, at_ms)

    def plan_add_point(self, layer: str, code: str, at_ms: int, **fields: Any) -> EpisodeEdit:
        return planning.plan_add_point(self, layer, code, at_ms, **fields)

    def plan_update(self, episode_id: str, **fields: Any) -> EpisodeEdit:
        return planning.plan_update(self, episode_id, **fields)

    def plan_delete(self, episode_ids: Iterable[str]) -> EpisodeEdit:
        return planning.plan_delete(self, episode_ids)

    def plan_field(self, name: str, value: Any) -> FieldChange:
        return planning.plan_field(self, name, value)

    # plan and apply in one call (importers, scripts, tests)
    def code(self, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
        return self.apply(planning.plan_code(self, layer, code, at_ms, **fields))

    def start(self, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
        return self.apply(planning.plan_start(self, layer, code, at_ms, **fields))

    def stop(self, layer: str, at_ms: int) -> Change:
        return self.apply(planning.plan_stop(self, layer, at_ms))

    def add_point(self, layer: str, code: str, at_ms: int, **fields: Any) -> Change:
        return self.apply(planning.plan_add_point(self, layer, code, at_ms, **fields))

    def update(self, episode_id: str, **fields: Any) -> Change:
        return self.apply(planning.plan_update(self, episode_id, **fields))

    def delete(self, *episode_ids: str) -> Change:
        return self.apply(planning.plan_delete(self, episode_ids))

    def set_field(self, name: str, value: Any) -> Change:
        return self.apply(planning.plan_field(self, name, value))

    def problems(self) -> list[str]:
        """A full check of every invariant (O(n log n)); empty when the session is sound."""
        return checks.session_problems(
            self.scheme, self._episodes, self._index, self.ratings, self._media_end()
        )

    def rating_problems(self) -> list[str]:
        return checks.rating_problems(self.scheme, self.ratings)

    def _media_end(self) -> int | None:
        """The last time an episode may reach: the media's length, if it is known."""
        return self.duration_ms if self.media and self.duration_ms > 0 else None

    # ------------------------------------------------------------------ listeners

    def add_listener(
        self,
        *,
        before: Listener | None = None,
        after: Listener | None = None,
        committed: Listener | None = None,
    ) -> None:
        if before:
            self._before.append(before)
        if after:
            self._after.append(after)
        if committed:
            self._committed.append(committed)

    def remove_listener(self, fn: Listener) -> None:
        for lst in (self._before, self._after, self._committed):
            while fn in lst:
                lst.remove(fn)

    # ------------------------------------------------------------------ applying

    def apply(self, change: Change) -> Change:
        """Check ``change`` against every invariant, then make it and notify listeners.

        Raises :class:`SessionError` (and changes nothing) when the change would break one.
        """
        if isinstance(change, EpisodeEdit):
            problems = checks.edit_problems(
                change, self.scheme, self._episodes, self._index, self._media_end()
            )
        elif isinstance(change, FieldChange):
            problems = checks.field_problems(change, self._tried)
        else:
            problems = checks.compound_problems(change, self._tried)
        if problems:
            raise SessionError(join_problems(problems))
        self._apply_unchecked(change, notify=True)
        for fn in list(self._committed):
            fn(change)
        return change

    def _tried(self, change: Change) -> Session:
        """A scratch copy of this session with ``change`` made on it, unchecked and unheard."""
        s = Session.__new__(Session)
        s.scheme, s.metadata, s.media = self.scheme, self.metadata, self.media
        s.duration_ms, s.ratings, s.extra = self.duration_ms, dict(self.ratings), self.extra
        s._episodes = dict(self._episodes)
        s._index = {}
        for k, v in self._index.items():
            idx = LayerIndex()
            idx.onsets, idx.ids = list(v.onsets), list(v.ids)
            s._index[k] = idx
        s._running = dict(self._running)
        s._next_id, s._ids_scanned = self._next_id, self._ids_scanned
        s._before, s._after, s._committed = [], [], []
        s._apply_unchecked(change, notify=False)
        return s

    def _apply_unchecked(self, change: Change, *, notify: bool) -> None:
        if isinstance(change, CompoundChange):
            for part in change.parts:
                self._apply_unchecked(part, notify=notify)
            return
        if notify:
            for fn in list(self._before):
                fn(change)
        if isinstance(change, EpisodeEdit) and is_bulk(change):
            self._ensure_next_id()
            self._apply_bulk(change)
        elif isinstance(change, EpisodeEdit):
            self._ensure_next_id()  # before any id in use is removed
            for ep in change.removed:
                del self._episodes[ep.id]
                self._index[ep.layer].remove(ep)
                if self._running.get(ep.layer) == ep.id:
                    del self._running[ep.layer]
            for ep in change.added:
                self._episodes[ep.id] = ep
                self._index.setdefault(ep.layer, LayerIndex()).insert(ep)
                if ep.offset_ms is None and self._is_state(ep.layer):
                    self._running[ep.layer] = ep.id
            self._bump_next_id(e.id for e in change.added)
        else:
            value = change.new
            if change.field == "ratings":
                value = dict(value)
            setattr(self, change.field, value)
            if change.field == "scheme":
                self._running = {la: i for la, i in self._running.items() if self._is_state(la)}
                for la in self._index:
                    if self._is_state(la):
                        eps = self.layer_episodes(la)
                        if eps and eps[-1].offset_ms is None:
                            self._running[la] = eps[-1].id
        if notify:
            for fn in list(self._after):
                fn(change)

    def _apply_bulk(self, edit: EpisodeEdit) -> None:
        """Many episodes at once (a code renamed, a layer cleared): rebuild the touched layers'
        indexes by one sort instead of thousands of list inserts and removals."""
        removed_ids = {e.id for e in edit.removed}
        layers = {e.layer for e in edit.removed} | {e.layer for e in edit.added}
        for ep in edit.removed:
            del self._episodes[ep.id]
        for ep in edit.added:
            self._episodes[ep.id] = ep
        for layer in layers:
            old = self._index.get(layer)
            ids = [] if old is None else [i for i in old.ids if i not in removed_ids]
            ids.extend(e.id for e in edit.added if e.layer == layer)
            ids.sort(key=lambda i: self._episodes[i].onset_ms)  # stable: ties keep their order
            idx = LayerIndex()
            idx.ids = ids
            idx.onsets = [self._episodes[i].onset_ms for i in ids]
            self._index[layer] = idx
            self._running.pop(layer, None)
            if ids and self._is_state(layer) and self._episodes[ids[-1]].offset_ms is None:
                self._running[layer] = ids[-1]
        self._bump_next_id(e.id for e in edit.added)

    def _is_state(self, layer: str) -> bool:
        return checks.is_state(self.scheme, layer)
