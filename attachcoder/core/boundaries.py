"""Moving an episode's edge: what a boundary edit means, wherever it is made.

In continuous coding every state episode touches its neighbour: one's offset *is* the next
one's onset. To a coder that is one boundary, so moving it moves both sides — the timeline
drag and the episode table plan it here, and nowhere else, so the two never disagree. Moving
one edge *alone* (Shift in the timeline, Shift+Enter in the table) leaves the neighbour where
it is: moved away, the edge opens a gap; moved into the neighbour, it is refused as an overlap.

Functions of the session, like :mod:`.session_planning`: each returns one ``EpisodeEdit`` (one
undo step) and changes nothing; the session checks every invariant when it is applied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from attachcoder.core.changes import EpisodeEdit
from attachcoder.core.episode import Episode
from attachcoder.core.records import SessionError
from attachcoder.core.session_checks import coder_label, is_state
from attachcoder.core.session_planning import plan_update, whole_ms
from attachcoder.core.timefmt import format_ms

if TYPE_CHECKING:
    from attachcoder.core.session import Session

Edge = Literal["onset", "offset"]
EDGES: tuple[Edge, Edge] = ("onset", "offset")


def touching_neighbour(session: Session, ep: Episode, edge: Edge) -> Episode | None:
    """The episode of the same state layer whose opposite edge is exactly at this edge."""
    if not is_state(session.scheme, ep.layer):
        return None
    t = ep.onset_ms if edge == "onset" else ep.offset_ms
    if t is None:
        return None
    for other in session.episodes_between(ep.layer, t - 1, t + 1):
        if other.id == ep.id:
            continue
        if (edge == "onset" and other.offset_ms == t) or (edge == "offset" and other.onset_ms == t):
            return other
    return None


def boundary_partner(
    session: Session, ep: Episode, edge: Edge, *, alone: bool = False
) -> Episode | None:
    """The neighbour that moves with this edge: the touching one, unless the edge moves alone."""
    return None if alone else touching_neighbour(session, ep, edge)


def plan_edge(
    session: Session, ep: Episode, edge: Edge, at_ms: int, partner: Episode | None
) -> EpisodeEdit:
    """Move ``edge`` of ``ep`` to ``at_ms``, and ``partner``'s opposite edge with it.

    A move that would leave the partner no time (the boundary pushed past its far edge) is
    refused here, in a coder's words; anything else the session checks on apply.
    """
    at_ms = whole_ms(at_ms)
    other: Edge = "offset" if edge == "onset" else "onset"
    if partner is not None:
        far = partner.onset_ms if edge == "onset" else partner.offset_ms
        if far is not None and (at_ms <= far if edge == "onset" else at_ms >= far):
            raise SessionError(
                f"moving the boundary to {format_ms(at_ms)} would leave "
                f"{coder_label(partner)} no time; move it to "
                f"{'after' if edge == 'onset' else 'before'} {format_ms(far)}, "
                f"or delete {partner.code} first"
            )
    edits = [plan_update(session, ep.id, **{f"{edge}_ms": at_ms})]
    if partner is not None:
        edits.append(plan_update(session, partner.id, **{f"{other}_ms": at_ms}))
    return EpisodeEdit(
        removed=tuple(e for ed in edits for e in ed.removed),
        added=tuple(e for ed in edits for e in ed.added),
    )


def plan_move_edge(
    session: Session, episode_id: str, edge: Edge, at_ms: int, *, alone: bool = False
) -> EpisodeEdit:
    """Move an edge of one episode as a coder means it: a shared boundary moves both sides
    (``alone``: this edge only)."""
    ep = session.episode(episode_id)
    return plan_edge(session, ep, edge, at_ms, boundary_partner(session, ep, edge, alone=alone))


def edge_text(ep: Episode, edge: Edge, at_ms: int, partner: Episode | None = None) -> str:
    """The undo step's name: ``Move onset of misattuned to 00:00:04.000`` (and of whom with it)."""
    text = f"Move {edge} of {ep.code} to {format_ms(at_ms)}"
    if partner is not None:
        text += f" (and {'offset' if edge == 'onset' else 'onset'} of {partner.code})"
    return text
