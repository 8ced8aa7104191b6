"""Dragging an episode edge in the timeline: what moves, where it snaps, and the one edit.

Qt-free in substance (plain session calls), kept beside
:mod:`~attachcoder.gui.timeline.qt_timeline` so the widget holds only geometry and events. A
boundary shared by two touching states moves both (continuous coding stays continuous); the
whole drag becomes ONE ``EpisodeEdit``, planned with ``Session.plan_update`` and checked by the
session when it is applied."""

from __future__ import annotations

from attachcoder.core.changes import EpisodeEdit
from attachcoder.core.episode import Episode
from attachcoder.core.frame_times import FrameTimes
from attachcoder.core.session import Session
from attachcoder.core.timefmt import format_ms, frame_start_ms


class EdgeDrag:
    """An edge being dragged: the episode, which edge, the neighbour moved with it, the time."""

    __slots__ = ("edge", "episode", "partner", "time")

    def __init__(self, episode: Episode, edge: str, partner: Episode | None = None) -> None:
        self.episode = episode
        self.edge = edge  # "onset" or "offset"
        self.partner = partner
        self.time: int = getattr(episode, f"{edge}_ms")

    @property
    def moved(self) -> bool:
        return bool(self.time != getattr(self.episode, f"{self.edge}_ms"))

    @property
    def _other_edge(self) -> str:
        return "offset" if self.edge == "onset" else "onset"

    def previews(self) -> dict[str, Episode]:
        """The episodes as they would be if the mouse were released now (drawn as ghosts)."""
        out = {self.episode.id: _with_edge(self.episode, self.edge, self.time)}
        if self.partner is not None:
            out[self.partner.id] = _with_edge(self.partner, self._other_edge, self.time)
        return out

    def plan(self, session: Session) -> EpisodeEdit:
        """The drag as one edit (the session refuses it on apply if it breaks an invariant)."""
        edits = [session.plan_update(self.episode.id, **{f"{self.edge}_ms": self.time})]
        if self.partner is not None:
            fields = {f"{self._other_edge}_ms": self.time}
            edits.append(session.plan_update(self.partner.id, **fields))
        return EpisodeEdit(
            removed=tuple(e for ed in edits for e in ed.removed),
            added=tuple(e for ed in edits for e in ed.added),
        )

    def text(self) -> str:
        """The undo command's label."""
        return f"Move {self.edge} of {self.episode.code} to {format_ms(self.time)}"


def _with_edge(ep: Episode, edge: str, t: int) -> Episode:
    return ep._replace(onset_ms=t) if edge == "onset" else ep._replace(offset_ms=t)


def touching_neighbour(session: Session, ep: Episode, edge: str) -> Episode | None:
    """The episode of the same (state) layer whose opposite edge is exactly at this edge."""
    t = ep.onset_ms if edge == "onset" else ep.offset_ms
    if t is None:
        return None
    for other in session.episodes_between(ep.layer, t - 1, t + 1):
        if other.id == ep.id:
            continue
        if (edge == "onset" and other.offset_ms == t) or (edge == "offset" and other.onset_ms == t):
            return other
    return None


def snap_time(session: Session, t: int, frames: FrameTimes | None = None) -> int:
    """Clamp ``t`` to the session and snap it to the nearest frame start of the first video
    (its real frames when known, else the ``fps`` grid), so a dragged edge lands where a key
    press would have put it."""
    media = session.media
    if media and frames is not None:
        off = media[0].offset_ms
        t = off + frames.start_ms(frames.nearest(t - off))
    elif media and media[0].fps:
        fps, off = media[0].fps, media[0].offset_ms
        t = off + frame_start_ms(max(0, round((t - off) * fps / 1000)), fps)
    if media and session.duration_ms > 0:
        t = min(t, session.duration_ms)
    return max(0, t)
