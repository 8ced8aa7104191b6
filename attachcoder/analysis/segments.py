"""Cutting a session into segments (phases and the stretches between them) and clipping to them.

Every measure is computed inside a segment and then added up (DOMAIN.md, Measures): chains of
ruptures and transitions never cross a boundary, and an episode that crosses one counts once in
each segment it touches. This module does the cutting, in one sweep per layer, so the rest of
the analysis only ever sees closed, clipped, ordered pieces.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Layer
from attachcoder.core.session import Session


@dataclass(frozen=True)
class Segment:
    """A stretch [start_ms, end_ms) of the session: one phase episode, or time outside all."""

    start_ms: int
    end_ms: int
    phase: str | None  # the phase code, None outside every phase

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


class Piece:
    """A state episode clipped to one segment (always closed, never empty)."""

    __slots__ = ("code", "episode", "offset_ms", "onset_ms")

    def __init__(self, code: str, onset_ms: int, offset_ms: int, episode: Episode) -> None:
        self.code = code
        self.onset_ms = onset_ms
        self.offset_ms = offset_ms
        self.episode = episode

    @property
    def duration_ms(self) -> int:
        return self.offset_ms - self.onset_ms


@dataclass
class Cut:
    """A session cut into segments, with every layer's episodes clipped to them.

    ``states[layer][k]`` holds the pieces of that state layer in segment ``k`` ordered by
    onset; ``points[layer][k]`` the point episodes whose onset falls in segment ``k``.
    """

    end_ms: int
    segments: list[Segment]
    phase_layer: Layer | None
    states: dict[str, list[list[Piece]]] = field(default_factory=dict)
    points: dict[str, list[list[Episode]]] = field(default_factory=dict)
    #: states still running in the file, closed here at ``end_ms``: (layer, episode)
    closed_at_end: list[tuple[str, Episode]] = field(default_factory=list)
    #: episodes (outside the phase layer) that touch more than one segment
    crossing: int = 0

    @property
    def phased(self) -> bool:
        return any(s.phase is not None for s in self.segments)


def session_end_ms(session: Session) -> int:
    """The media's end; when episodes run past it (live coding), the last coded instant."""
    end = max(session.duration_ms, 0)
    for ep in session.iter_episodes():
        last = ep.onset_ms if ep.offset_ms is None else ep.offset_ms
        if last > end:
            end = last
    return end


def phase_layer(session: Session) -> Layer | None:
    layer = session.scheme.layer_with_role("phase")
    return layer if layer is not None and layer.is_state else None


def _closed(session: Session, layer: Layer, end_ms: int, cut: Cut) -> list[Episode]:
    """The layer's episodes in onset order, a running one closed at ``end_ms`` (and noted)."""
    out = []
    for ep in session.layer_episodes(layer.name):
        if ep.offset_ms is None:
            cut.closed_at_end.append((layer.name, ep))
            if ep.onset_ms >= end_ms:
                continue  # started at the very end: nothing to count
            ep = ep.with_(offset_ms=end_ms)
        out.append(ep)
    return out


def _segments(phases: list[Episode], end_ms: int) -> list[Segment]:
    out: list[Segment] = []
    t = 0
    for ep in phases:
        assert ep.offset_ms is not None
        if ep.onset_ms > t:
            out.append(Segment(t, ep.onset_ms, None))
        out.append(Segment(ep.onset_ms, ep.offset_ms, ep.code))
        t = ep.offset_ms
    if t < end_ms or not out:
        # a session of zero length is still one segment (DOMAIN.md: without phases, the
        # whole session is one segment), just an empty one
        out.append(Segment(t, end_ms, None))
    return out


def cut_session(session: Session) -> Cut:
    """Segments from the phase layer (found by role), and every layer clipped to them."""
    end = session_end_ms(session)
    players = phase_layer(session)
    cut = Cut(end_ms=end, segments=[], phase_layer=players)
    phases = _closed(session, players, end, cut) if players is not None else []
    cut.segments = _segments(phases, end)
    starts = [s.start_ms for s in cut.segments]
    n = len(cut.segments)
    for layer in session.scheme.layers:
        if layer.is_state:
            eps = phases if layer is players else _closed(session, layer, end, cut)
            per: list[list[Piece]] = [[] for _ in range(n)]
            for ep in eps:
                assert ep.offset_ms is not None
                k = bisect_right(starts, ep.onset_ms) - 1
                touched = 0
                while k < n and cut.segments[k].start_ms < ep.offset_ms:
                    seg = cut.segments[k]
                    on = max(ep.onset_ms, seg.start_ms)
                    off = min(ep.offset_ms, seg.end_ms)
                    if off > on:
                        per[k].append(Piece(ep.code, on, off, ep))
                        touched += 1
                    k += 1
                if touched > 1:
                    cut.crossing += 1
            cut.states[layer.name] = per
        else:
            pts: list[list[Episode]] = [[] for _ in range(n)]
            for ep in session.layer_episodes(layer.name):
                if n:
                    k = min(max(bisect_right(starts, ep.onset_ms) - 1, 0), n - 1)
                    pts[k].append(ep)
            cut.points[layer.name] = pts
    return cut


def uncoded_gaps(pieces: list[Piece], start_ms: int, end_ms: int) -> list[tuple[int, int]]:
    """Stretches of [start_ms, end_ms) that no piece covers, in order, as (start, end)."""
    out = []
    t = start_ms
    for p in pieces:
        if p.onset_ms > t:
            out.append((t, p.onset_ms))
        t = max(t, p.offset_ms)
    if t < end_ms:
        out.append((t, end_ms))
    return out
