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
from attachcoder.core.observed import ObservedSpan, closed_episodes, media_end_ms, observed_span
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
    #: how far the coding was observed; ``end_ms`` is its end (core/observed.py)
    span: ObservedSpan
    states: dict[str, list[list[Piece]]] = field(default_factory=dict)
    points: dict[str, list[list[Episode]]] = field(default_factory=dict)
    #: episodes (outside the phase layer) that touch more than one segment
    crossing: int = 0

    @property
    def phased(self) -> bool:
        return any(s.phase is not None for s in self.segments)

    @property
    def closed_at_end(self) -> tuple[tuple[str, Episode], ...]:
        """States still running in the file, ended here at the observed end."""
        return self.span.closed

    @property
    def left_out(self) -> tuple[tuple[str, Episode], ...]:
        """States still running in a file that does not say how far it was observed."""
        return self.span.left_out


def session_end_ms(session: Session) -> int:
    """The media's end; when episodes run past it (live coding), the last coded instant.

    Figures end at the observed end instead (:func:`observed_end_ms`)."""
    return media_end_ms(session)


def observed_end_ms(session: Session) -> int:
    """Where every figure of the session ends: how far it was observed (core/observed.py)."""
    return observed_span(session).end_ms


def phase_layer(session: Session) -> Layer | None:
    layer = session.scheme.layer_with_role("phase")
    return layer if layer is not None and layer.is_state else None


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
    """Segments from the phase layer (found by role), and every layer clipped to them.

    The session ends where it was observed: a state still running ends there, and one in a
    file that does not say how far it was observed is left out (core/observed.py)."""
    span = observed_span(session)
    end = span.end_ms
    players = phase_layer(session)
    cut = Cut(end_ms=end, segments=[], phase_layer=players, span=span)
    phases = closed_episodes(session, players.name, span) if players is not None else []
    cut.segments = _segments(phases, end)
    starts = [s.start_ms for s in cut.segments]
    n = len(cut.segments)
    for layer in session.scheme.layers:
        if layer.is_state:
            eps = phases if layer is players else closed_episodes(session, layer.name, span)
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
                if n and ep.onset_ms <= end:
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
