"""The note field for a code that asks for a note: Enter keeps the note, Escape leaves none."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from attachcoder.core.episode import Episode
from attachcoder.core.timefmt import format_ms


class _NoteEdit(QLineEdit):
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class NotePrompt(QWidget):
    """Emits ``noteEntered(episode_id, text)`` on Enter and ``cancelled(episode_id)`` on Escape."""

    noteEntered = Signal(str, str)
    cancelled = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.episode_id: str | None = None
        self.label = QLabel(self)
        self.edit = _NoteEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a note; Enter keeps it, Escape leaves none"))
        self.edit.returnPressed.connect(self._on_return)
        self.edit.escaped.connect(self._on_escape)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        self.setVisible(False)

    @property
    def is_open(self) -> bool:
        return self.episode_id is not None

    def ask(self, episode: Episode) -> None:
        self.episode_id = episode.id
        self.label.setText(
            self.tr("Note for <b>{0}</b> at {1}:").format(episode.code, format_ms(episode.onset_ms))
        )
        self.edit.setText(episode.note)
        self.setVisible(True)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_prompt(self) -> None:
        self.episode_id = None
        self.edit.clear()
        self.setVisible(False)

    def _on_return(self) -> None:
        eid, text = self.episode_id, self.edit.text().strip()
        self.close_prompt()
        if eid is not None:
            self.noteEntered.emit(eid, text)

    def _on_escape(self) -> None:
        eid = self.episode_id
        self.close_prompt()
        if eid is not None:
            self.cancelled.emit(eid)
