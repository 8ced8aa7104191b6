"""Session notifications as Qt signals, so views update row by row and never rebuild."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from attachcoder.core.changes import Change
from attachcoder.core.session import Session


class SessionSignals(QObject):
    """Re-emits a session's ``before``/``after``/``committed`` notifications.

    ``aboutToChange`` and ``changed`` fire for each atomic part (an ``EpisodeEdit`` or a
    ``FieldChange``); ``committed`` once per whole change, after it succeeded.
    """

    aboutToChange = Signal(object)
    changed = Signal(object)
    committed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.add_listener(
            before=self._on_before, after=self._on_after, committed=self._on_committed
        )

    def _on_before(self, change: Change) -> None:
        self.aboutToChange.emit(change)

    def _on_after(self, change: Change) -> None:
        self.changed.emit(change)

    def _on_committed(self, change: Change) -> None:
        self.committed.emit(change)

    def disconnect_session(self) -> None:
        for fn in (self._on_before, self._on_after, self._on_committed):
            self.session.remove_listener(fn)
