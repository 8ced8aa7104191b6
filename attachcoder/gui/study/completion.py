"""Session → Mark coding complete / Reopen for editing: the two metadata changes.

Marking complete is one undo step (a change of the session's metadata: ``status`` complete and
``completed_at`` now, in UTC) followed by a save, so the study's dashboard sees it at once.
A complete coding has nothing running: states still running are closed in the same undo step,
where the coder chose (the frame on screen, or the end of the video; :func:`plan_complete`).
A complete coding is read-only (:mod:`attachcoder.gui.editing.read_only`); reopening it is a
change of the metadata too, which clears ``completed_at``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from attachcoder.core.changes import Change, CompoundChange
from attachcoder.core.observed import media_end_ms, running_label
from attachcoder.core.records import STATUS_COMPLETE, STATUS_IN_PROGRESS
from attachcoder.core.session import Session, SessionError
from attachcoder.core.timefmt import format_ms

if TYPE_CHECKING:
    from attachcoder.gui.editing.document import Document

from attachcoder.gui.actions.keymap import BY_ACTION, Action
from attachcoder.gui.study.status_model import shown


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def plan_complete(session: Session, close_at: int | None = None) -> Change:
    """Mark complete, closing every state still running at ``close_at`` first (one change).

    Raises :class:`SessionError` when a state does not start before ``close_at`` (it would end
    before it began, or be removed) or states are running and no ``close_at`` is given.
    """
    md = session.metadata
    mark = session.plan_field(
        "metadata", dataclasses.replace(md, status=STATUS_COMPLETE, completed_at=now_iso())
    )
    running = sorted(session.running_states().items())
    if not running:
        return mark
    if close_at is None:
        raise SessionError(
            QCoreApplication.translate(
                "completion", "states are still running; choose where they end"
            )
        )
    stops: list[Change] = []
    for layer, ep in running:
        if ep.onset_ms >= close_at:  # it would end before it began, or vanish
            raise SessionError(
                QCoreApplication.translate(
                    "completion",
                    "{0}, does not start before {1}, so it cannot end there; show a later "
                    "frame, or close it at the end of the video",
                ).format(running_label(layer, ep), format_ms(close_at))
            )
        stops.append(session.plan_stop(layer, close_at))
    return CompoundChange((*stops, mark))


def close_points(session: Session, on_screen_ms: int | None) -> tuple[int | None, int]:
    """Where Mark complete can close running states: (the frame on screen, or None when
    nothing is shown; the end of the video — of the session's clock without video)."""
    return on_screen_ms, media_end_ms(session)


def mark_complete(doc: Document, close_at: int | None = None) -> None:
    """One undo step; raises :class:`SessionError` (nothing changed) as :func:`plan_complete`."""
    doc.push(plan_complete(doc.session, close_at), BY_ACTION[Action.MARK_COMPLETE].shown_label)


def reopen(doc: Document) -> None:
    md = doc.session.metadata
    new = dataclasses.replace(md, status=STATUS_IN_PROGRESS, completed_at="")
    doc.push(doc.session.plan_field("metadata", new), BY_ACTION[Action.REOPEN].shown_label)


def status_text(session: Session) -> str:
    """For the title: ``complete`` / ``in progress`` (empty for a session outside studies)."""
    return shown(session.metadata.status) if session.metadata.status else ""
