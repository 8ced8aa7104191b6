"""A coding marked complete is read-only (STUDY.md): every edit is refused but reopening it.

:meth:`Document.push <attachcoder.gui.editing.document.Document.push>` asks :func:`refusal`
before any change reaches the undo stack, so keys, the table, the timeline and the dialogs
all meet the same rule. A change of the metadata stays possible: Session → Reopen for editing
is one (it sets the status back to *in progress*), and so is correcting the details.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from attachcoder.core.changes import Change, FieldChange
from attachcoder.core.session import Session
from attachcoder.core.translatable import QT_TRANSLATE_NOOP

READ_ONLY = QT_TRANSLATE_NOOP(
    "read_only",
    "This coding is marked complete, so it is read-only. Choose Session → Reopen for editing "
    "to change it.",
)


def refusal(session: Session, change: Change) -> str | None:
    """Why ``change`` may not be applied (the coding is complete), or None."""
    if not session.metadata.is_complete:
        return None
    if isinstance(change, FieldChange) and change.field == "metadata":
        return None
    return QCoreApplication.translate("read_only", READ_ONLY)
