"""Dragging an episode edge in the timeline: what moves, where it snaps, and the one edit.

Qt-free in substance (plain session calls), kept beside
:mod:`~attachcoder.gui.timeline.qt_timeline` so the widget holds only geometry and events. What
a boundary edit means is planned in :mod:`attachcoder.core.boundaries`, which the episode
table uses too: a boundary shared by two touching states moves both (continuous coding stays
continuous), Shift moves the edge alone; the whole drag becomes ONE ``EpisodeEdit``, checked
by the session when it is applied."""

from __future__ import annotations

from attachcoder.core.boundaries import Edge, plan_edge, touching_neighbour
from attachcoder.core.changes import EpisodeEdit
from attachcoder.core.episode import Episode
from attachcoder.core.frame_times import FrameTimes
from attachcoder.core.session import Session
from attachcoder.core.timefmt import frame_start_ms
from attachcoder.gui.editing.step_names import edge_text

__all__ = ["EdgeDrag", "snap_time", "touching_neighbour"]


class EdgeDrag:
    """An edge being dragged: the episode, which edge, the neighbour moved with it, the time."""

    __slots__ = ("edge", "episode", "partner", "time")

    def __init__(self, episode: Episode, edge: Edge, partner: Episode | None = None) -> None:
        self.episode = episode
        self.edge: Edge = edge
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
        return plan_edge(session, self.episode, self.edge, self.time, self.partner)

    def text(self) -> str:
        """The undo command's label."""
        return edge_text(self.episode, self.edge, self.time, self.partner)


def _with_edge(ep: Episode, edge: str, t: int) -> Episode:
    return ep._replace(onset_ms=t) if edge == "onset" else ep._replace(offset_ms=t)


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
