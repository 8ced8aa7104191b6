"""A coded session: metadata, media, the scheme, episodes and ratings, with its invariants.

Every mutation is a :mod:`~attachcoder.core.changes` value passed through :meth:`Session.apply`,
which checks the invariants first (nothing is half-applied) and then notifies listeners:
``before`` and ``after`` for each atomic part (views adapt these to row inserts), and
``committed`` once for the whole change (the journal and the "modified" mark listen to that).

Invariants: every episode's layer and code exist in the scheme; times are integer
milliseconds, onset ≥ 0, a state's offset is after its onset, a point has no offset; inside a
state layer episodes never overlap and at most one is running (offset ``None``), and it is the
last one; with media, no time is past ``duration_ms``; ids are unique.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import Any

from attachcoder.core.changes import Change, CompoundChange, EpisodeEdit, FieldChange
from attachcoder.core.episode import Episode
from attachcoder.core.layer_index import LayerIndex
from attachcoder.core.limits import MAX_TIME_MS
from attachcoder.core.records import EpisodeProblem, Media, Metadata, SessionError
from attachcoder.core.scheme import Layer, Scheme
from attachcoder.core.timefmt import format_ms

Listener = Callable[[Change], None]

#: The session fields a FieldChange may replace.
_FIELDS = ("metadata", "media", "scheme", "ratings", "duration_ms")


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
        :meth:`_check_record`, which finds the exact problem and words it.
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
        limit = self.duration_ms if self.media and self.duration_ms > 0 else None
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
                and (not mods or _modifiers_fit(mods, allowed.get((lname, code))))
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
                err = self._record_problem(ep)
                if err:
                    problems.append(EpisodeProblem(i, err, f"{_label(ep)}: {err}"))
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
                problems.extend(self._state_layer_details(name, eps))
                if eps and eps[-1].offset_ms is None:
                    self._running[name] = eps[-1].id
        if problems:
            raise SessionError(_join([p.message for p in problems]), problems)
        # the ids are scanned for the next free one when it is first needed: a cost a
        # 100,000-episode load need not pay
        self._ids_scanned = not store

    @staticmethod
    def _state_layer_problems(layer: str, eps: list[Episode]) -> list[str]:
        return [p.message for p in Session._state_layer_details(layer, eps)]

    @staticmethod
    def _state_layer_details(layer: str, eps: list[Episode]) -> list[EpisodeProblem]:
        """Overlaps and misplaced running states in one state layer's episodes (by onset)."""
        out = []
        for a, b in itertools.pairwise(eps):
            if a.offset_ms is None:
                out.append(
                    EpisodeProblem(
                        a.id,
                        f"it has no offset (still running) but {_label(b)} starts after it in "
                        f"layer {layer!r}; only the last episode of a layer may be running",
                        f"layer {layer!r}: {_label(a)} is still running "
                        f"but {_label(b)} starts after it",
                    )
                )
            elif a.offset_ms > b.onset_ms:
                out.append(
                    EpisodeProblem(
                        b.id,
                        f"it overlaps {_span(a)} in layer {layer!r} "
                        f"(states in one layer may not overlap)",
                        f"layer {layer!r}: {_label(a)} overlaps {_label(b)}",
                    )
                )
        return out

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

    def new_id(self) -> str:
        self._ensure_next_id()
        i = f"e{self._next_id}"
        self._next_id += 1
        while i in self._episodes:
            i = f"e{self._next_id}"
            self._next_id += 1
        return i

    def problems(self) -> list[str]:
        """A full check of every invariant (O(n log n)); empty when the session is sound."""
        out = []
        for ep in self._episodes.values():
            err = self._check_record(ep)
            if err:
                out.append(err)
        for name in self._index:
            layer = self.scheme.layer(name)
            if layer is not None and layer.is_state:
                out.extend(self._state_layer_problems(name, self.layer_episodes(name)))
        out.extend(self.rating_problems())
        return out

    def rating_problems(self) -> list[str]:
        out = []
        for name, value in self.ratings.items():
            item = self.scheme.rating_item(name)
            if item is None:
                out.append(f"rating {name!r} is not a rating item of the scheme")
            elif value is not None:
                err = item.check(value)
                if err:
                    out.append(err)
        return out

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

    # ------------------------------------------------------------------ planning (no change)

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
                f"{_label(run)} started at {format_ms(run.onset_ms)}; "
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
        if name not in _FIELDS:
            raise SessionError(f"a session has no field {name!r}")
        old = getattr(self, name)
        if name == "media":
            value = tuple(value)
        if name == "ratings":
            old, value = dict(old), dict(value)
        return FieldChange(name, old, value)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ applying

    def apply(self, change: Change) -> Change:
        """Check ``change`` against every invariant, then make it and notify listeners.

        Raises :class:`SessionError` (and changes nothing) when the change would break one.
        """
        if isinstance(change, EpisodeEdit):
            problems = self._edit_problems(change)
        elif isinstance(change, FieldChange):
            problems = self._field_problems(change)
        else:
            problems = self._compound_problems(change)
        if problems:
            raise SessionError(_join(problems))
        self._apply_unchecked(change, notify=True)
        for fn in list(self._committed):
            fn(change)
        return change

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

    def _apply_unchecked(self, change: Change, *, notify: bool) -> None:
        if isinstance(change, CompoundChange):
            for part in change.parts:
                self._apply_unchecked(part, notify=notify)
            return
        if notify:
            for fn in list(self._before):
                fn(change)
        if isinstance(change, EpisodeEdit) and _is_bulk(change):
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

    # ------------------------------------------------------------------ checks

    def _edit_problems(self, edit: EpisodeEdit) -> list[str]:
        out: list[str] = []
        removed_ids = set()
        for ep in edit.removed:
            cur = self._episodes.get(ep.id)
            if cur is None or cur != ep:
                out.append(f"episode {ep.id!r} is not in the session as expected")
            removed_ids.add(ep.id)
        added_ids = set()
        per_layer: dict[str, list[Episode]] = {}
        for ep in edit.added:
            if ep.id in added_ids or (ep.id in self._episodes and ep.id not in removed_ids):
                out.append(f"episode id {ep.id!r} is already used")
            added_ids.add(ep.id)
            err = self._check_record(ep)
            if err:
                out.append(err)
            elif self._is_state(ep.layer):
                per_layer.setdefault(ep.layer, []).append(ep)
        if out:
            return out
        if _is_bulk(edit):  # check the layers as they would be, in one sorted pass each
            for layer, eps in per_layer.items():
                merged = [e for e in self.layer_episodes(layer) if e.id not in removed_ids]
                merged.extend(eps)
                merged.sort(key=lambda e: e.onset_ms)
                out.extend(self._state_layer_problems(layer, merged))
            return out
        for layer, eps in per_layer.items():
            eps.sort(key=lambda e: e.onset_ms)
            out.extend(self._state_layer_problems(layer, eps))
            idx = self._index.get(layer)
            if idx is None:
                continue
            for ep in eps:
                out.extend(self._neighbour_problems(layer, idx, ep, removed_ids))
        return out

    def _neighbour_problems(
        self, layer: str, idx: LayerIndex, ep: Episode, removed: set[str]
    ) -> list[str]:
        out = []
        i = bisect_right(idx.onsets, ep.onset_ms) - 1
        while i >= 0 and idx.ids[i] in removed:
            i -= 1
        if i >= 0:
            prev = self._episodes[idx.ids[i]]
            if prev.offset_ms is None:
                out.append(
                    f"layer {layer!r}: {_label(prev)} is still running from "
                    f"{format_ms(prev.onset_ms)}; {_label(ep)} cannot start after it"
                )
            elif prev.offset_ms > ep.onset_ms or prev.onset_ms == ep.onset_ms:
                out.append(f"layer {layer!r}: {_label(ep)} would overlap {_label(prev)}")
        j = bisect_right(idx.onsets, ep.onset_ms)
        while j < len(idx.ids) and idx.ids[j] in removed:
            j += 1
        if j < len(idx.ids):
            nxt = self._episodes[idx.ids[j]]
            if ep.offset_ms is None:
                out.append(
                    f"layer {layer!r}: {_label(ep)} cannot run on while "
                    f"{_label(nxt)} follows at {format_ms(nxt.onset_ms)}"
                )
            elif ep.offset_ms > nxt.onset_ms:
                out.append(f"layer {layer!r}: {_label(ep)} would overlap {_label(nxt)}")
        return out

    def _field_problems(self, change: FieldChange) -> list[str]:
        if change.field not in _FIELDS:
            return [f"a session has no field {change.field!r}"]
        if change.field in ("scheme", "ratings", "media", "duration_ms"):
            return self._compound_problems(CompoundChange((change,)))
        if change.field == "metadata" and not isinstance(change.new, Metadata):
            return ["metadata must be a Metadata record"]
        return []

    def _compound_problems(self, change: CompoundChange) -> list[str]:
        """Try the change on a scratch copy; rare and whole-session, so O(n) is fine."""
        unknown = [p.field for p in _parts(change) if isinstance(p, FieldChange)]
        unknown = [f for f in unknown if f not in _FIELDS]
        if unknown:
            return [f"a session has no field {unknown[0]!r}"]
        scratch = self._scratch_copy()
        try:
            scratch._apply_unchecked(change, notify=False)
        except (KeyError, ValueError, IndexError) as exc:
            return [f"the change does not fit this session ({exc})"]
        if isinstance(scratch.scheme, Scheme):
            problems = scratch.scheme.problems()
            if problems:
                return problems
        return scratch.problems()

    def _scratch_copy(self) -> Session:
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
        return s

    def _check_record(self, ep: Episode) -> str | None:
        """What is wrong with one episode on its own, as a sentence naming it (or ``None``)."""
        err = self._record_problem(ep)
        return None if err is None else f"{_label(ep)}: {err}"

    def _record_problem(self, ep: Episode) -> str | None:
        """What is wrong with one episode on its own, without naming it (or ``None``)."""
        if type(ep.id) is not str or not ep.id:
            return f"an episode's id must be a non-empty string, not {ep.id!r}"
        la = self.scheme.layer(ep.layer)  # dict look-ups: this runs once per episode on load
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
                return (
                    f"offset {format_ms(ep.offset_ms)} is not after onset {format_ms(ep.onset_ms)}"
                )
        elif ep.offset_ms is not None:
            return "a point has no offset (its offset_ms must be null)"
        if self.media and self.duration_ms > 0:
            last = ep.offset_ms if ep.offset_ms is not None else ep.onset_ms
            if last > self.duration_ms:
                return (
                    f"{format_ms(last)} is past the end of the media "
                    f"({format_ms(self.duration_ms)})"
                )
        for name, value in ep.modifiers.items():
            spec = code.modifier(name)
            if spec is None:
                return f"code {ep.code!r} has no modifier {name!r}"
            if value not in ("", None) and value not in spec.values:
                return (
                    f"{value!r} is not a value of modifier {name!r} "
                    f"(one of {', '.join(spec.values)})"
                )
        return None

    # ------------------------------------------------------------------ helpers

    def _is_state(self, layer: str) -> bool:
        la = self.scheme.layer(layer)
        return la is not None and la.is_state

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


_BULK = 512


def _is_bulk(edit: EpisodeEdit) -> bool:
    """Past a few hundred episodes, one sort beats one list insert per episode."""
    return len(edit.removed) + len(edit.added) > _BULK


def _parts(change: Change) -> Iterator[Change]:
    """The atomic parts of a change, compound ones opened up."""
    if isinstance(change, CompoundChange):
        for part in change.parts:
            yield from _parts(part)
    else:
        yield change


def _modifiers_fit(mods: dict[str, Any], allowed: dict[str, tuple[Any, ...]] | None) -> bool:
    if allowed is None:
        return False
    for name, value in mods.items():
        values = allowed.get(name)
        if values is None or value not in values:
            return False
    return True


def _label(ep: Episode) -> str:
    return f"episode {ep.id!r} ({ep.code} at {format_ms(ep.onset_ms)})"


def _span(ep: Episode) -> str:
    end = "" if ep.offset_ms is None else f"–{format_ms(ep.offset_ms)}"
    return f"episode {ep.id!r} ({ep.code} {format_ms(ep.onset_ms)}{end})"


def _join(problems: list[str], limit: int = 10) -> str:
    head = "; ".join(problems[:limit])
    more = len(problems) - limit
    return head + (f"; and {more} more problem(s)" if more > 0 else "")
