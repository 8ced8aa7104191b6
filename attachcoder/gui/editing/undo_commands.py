"""The one undo command: it applies one session change on redo and its inverse on undo.

The session does the work and checks the invariants; the command only remembers the change.
A metadata change keeps the session's ``observed_to_ms`` as it is when it is applied (undone
or redone): the time the coder has shown is not taken back by an undo (core/observed.py).
Every edit of the window reaches the undo stack through :meth:`Document.push
<attachcoder.gui.editing.document.Document.push>`, which pushes a :class:`ChangeCommand`: the
stack's first ``redo()`` is what applies the change (as orange-canvas-core's commands do). A
change the session refuses marks the command obsolete, so the stack drops it, and the refusal
is raised to the caller: the stack never holds an edit that did not happen.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from attachcoder.core.changes import Change
from attachcoder.core.observed import keep_observed
from attachcoder.core.session import Session


class ChangeCommand(QUndoCommand):
    """Apply ``change`` on redo and its inverse on undo.

    A refusal of a redo is appended to ``refusals`` (the caller's list: the stack deletes an
    obsolete command, so the command cannot carry it back).
    """

    def __init__(
        self, session: Session, change: Change, text: str, refusals: list[Exception]
    ) -> None:
        super().__init__(text)
        self._session = session
        self._change = change
        self._refusals = refusals

    @property
    def change(self) -> Change:
        return self._change

    def redo(self) -> None:
        try:
            self._session.apply(keep_observed(self._session, self._change))
        except Exception as exc:  # raised again by push_command, outside Qt's call
            self._refusals.append(exc)
            self.setObsolete(True)  # QUndoStack.push() deletes an obsolete command

    def undo(self) -> None:
        self._session.apply(keep_observed(self._session, self._change.inverse()))


def push_command(stack: QUndoStack, session: Session, change: Change, text: str) -> Change:
    """Push ``change`` as one undo step (the push applies it); raise the session's refusal.

    Only :class:`~attachcoder.gui.editing.document.Document` calls this.
    """
    refusals: list[Exception] = []
    stack.push(ChangeCommand(session, change, text, refusals))
    if refusals:
        raise refusals[0]
    return change
