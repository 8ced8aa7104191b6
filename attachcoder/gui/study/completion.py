"""Session → Mark coding complete / Reopen for editing, and the read-only rule they set.

Marking complete is one undo step (a change of the session's metadata: ``status`` complete and
``completed_at`` now, in UTC) followed by a save, so the study's dashboard sees it at once.
A complete coding is read-only: :func:`refusal` is asked by ``push_change`` before any edit,
and refuses every change but the one that reopens it (which clears ``completed_at``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from attachcoder.core.changes import Change, FieldChange
from attachcoder.core.records import STATUS_COMPLETE, STATUS_IN_PROGRESS
from attachcoder.core.session import Session
from attachcoder.io.study_file import study_folder_of

if TYPE_CHECKING:
    from attachcoder.gui.document import Document

MARK_TEXT = "Mark coding complete"
REOPEN_TEXT = "Reopen for editing"
READ_ONLY = (
    "This coding is marked complete, so it is read-only. Choose Session → Reopen for editing "
    "to change it."
)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def refusal(session: Session, change: Change) -> str | None:
    """Why ``change`` may not be applied (the coding is complete), or None."""
    if not session.metadata.is_complete:
        return None
    if isinstance(change, FieldChange) and change.field == "metadata":
        return None  # reopening (or correcting the details) stays possible
    return READ_ONLY


BLIND = (
    "In a study another coder's coding is shown only once both codings are complete (blind "
    "double-coding). Mark your coding complete, and wait for the other one."
)


def blind_refusal(
    this_path: Path | None, this: Session, other_path: Path, other: Session
) -> str | None:
    """Why a study's coding may not be compared with another yet (one is not complete)."""
    if study_folder_of(this_path) is None and study_folder_of(other_path) is None:
        return None
    if this.metadata.is_complete and other.metadata.is_complete:
        return None
    return BLIND


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
