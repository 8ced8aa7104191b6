"""Session → Mark coding complete / Reopen for editing: the two metadata changes.

Marking complete is one undo step (a change of the session's metadata: ``status`` complete and
``completed_at`` now, in UTC) followed by a save, so the study's dashboard sees it at once.
A complete coding is read-only (:mod:`attachcoder.gui.editing.read_only`); reopening it is a
change of the metadata too, which clears ``completed_at``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from attachcoder.core.records import STATUS_COMPLETE, STATUS_IN_PROGRESS
from attachcoder.core.session import Session

if TYPE_CHECKING:
    from attachcoder.gui.editing.document import Document

MARK_TEXT = "Mark coding complete"
REOPEN_TEXT = "Reopen for editing"


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def mark_complete(doc: Document) -> None:
    md = doc.session.metadata
    new = dataclasses.replace(md, status=STATUS_COMPLETE, completed_at=now_iso())
    doc.push(doc.session.plan_field("metadata", new), MARK_TEXT)


def reopen(doc: Document) -> None:
    md = doc.session.metadata
    new = dataclasses.replace(md, status=STATUS_IN_PROGRESS, completed_at="")
    doc.push(doc.session.plan_field("metadata", new), REOPEN_TEXT)


def status_text(session: Session) -> str:
    """For the title: ``complete`` / ``in progress`` (empty for a session outside studies)."""
    return session.metadata.status
