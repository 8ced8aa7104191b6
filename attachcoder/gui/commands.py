"""Undo commands: each one thin, applying one session change and its inverse.

The session does the work and checks the invariants; a command only remembers the change.
A change that the session refuses raises before it reaches the stack (``push_change``), so the
stack never holds an edit that did not happen.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from attachcoder.core.changes import Change
from attachcoder.core.session import Session, SessionError
from attachcoder.gui.study.completion import refusal


class ChangeCommand(QUndoCommand):
    """Apply ``change`` on redo and its inverse on undo."""

    def __init__(self, session: Session, change: Change, text: str) -> None:
        super().__init__(text)
        self._session = session
        self._change = change
        self._applied = False

    @property
    def change(self) -> Change:
        return self._change

    def redo(self) -> None:
        if self._applied:  # push() calls redo() once; push_change has applied it already
            self._session.apply(self._change)
        self._applied = True

    def undo(self) -> None:
        self._session.apply(self._change.inverse())


def push_change(stack: QUndoStack, session: Session, change: Change, text: str) -> Change:
    """Apply ``change`` now (raising :class:`SessionError` if refused), then record it.

    A coding marked complete refuses every edit but reopening it (``study.completion``).
    """
    why = refusal(session, change)
    if why is not None:
        raise SessionError(why)
    session.apply(change)
    cmd = ChangeCommand(session, change, text)
    stack.push(cmd)
    return change
