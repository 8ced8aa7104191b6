"""The selected episode's note and modifiers, whole, under the table — and editable there.

The table's Note and Modifiers columns are narrow (the columns fit a 1366-px screen); this
pane shows them in full: the note as several lines of text, each modifier as a list of the
values the scheme gives its code ("not set" first, marked while it is). Each edit made here is
one undo step (the pane only emits what was chosen; the table hands it to the document).

The note is kept when the field loses the focus or on Ctrl+Enter; Escape puts back what was
there. The modifier lists take no keyboard focus, so a code key still codes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Code
from attachcoder.core.timefmt import format_ms
from attachcoder.core.translatable import QT_TRANSLATE_NOOP

NOT_SET = QT_TRANSLATE_NOOP("EpisodeDetail", "(not set)")


class NoteEdit(QPlainTextEdit):
    """Several lines of note: ``committed`` on focus out or Ctrl+Enter, Escape reverts."""

    committed = Signal()
    keptByKey = Signal()
    reverted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            mods & Qt.KeyboardModifier.ControlModifier
        ):
            self.keptByKey.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.reverted.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class EpisodeDetail(QWidget):
    """Emits ``noteEdited(episode_id, text)`` and ``modifierChosen(episode_id, name, value)``
    (value ``""``: not set)."""

    noteEdited = Signal(str, str)
    modifierChosen = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.episode_id: str | None = None
        self._note_shown = ""
        self._committing = False
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.note = NoteEdit(self)
        self.note.setPlaceholderText(
            self.tr("Note for this episode (Ctrl+Enter or click away keeps it)")
        )
        self.note.setTabChangesFocus(True)
        self.note.setToolTip(
            self.tr(
                "The episode's note, whole. It is kept when you click elsewhere or press "
                "Ctrl+Enter (one undo step); Escape puts back what was there."
            )
        )
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        line = self.note.fontMetrics().lineSpacing()
        self.note.setMinimumHeight(2 * line + 12)
        self.note.committed.connect(self._commit_note)
        self.note.keptByKey.connect(self._on_ctrl_enter)
        self.note.reverted.connect(self._revert_note)
        self._form = QFormLayout()
        self._form.setContentsMargins(0, 0, 0, 0)
        self._combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addLayout(self._form)
        layout.addWidget(self.note, 1)
        self.show_episode(None, None)

    # ------------------------------------------------------------------ showing

    def show_episode(self, ep: Episode | None, code: Code | None) -> None:
        """Show ``ep`` (its code ``code`` as the scheme has it), or nothing."""
        if self._committing:
            return  # the edit a note typed for the last episode makes: this call finishes
        if ep is not None and ep.id == self.episode_id and self.note.hasFocus():
            self._refresh_modifiers(ep, code)  # typing goes on; the modifiers may have changed
            return
        if self.episode_id is not None and (ep is None or ep.id != self.episode_id):
            self._commit_note()  # a note typed for the episode left behind stays with it
        self.episode_id = ep.id if ep is not None else None
        if ep is None:
            hint = self.tr("Select an episode to see its note and modifiers.")
            self.title.setText(f"<i>{hint}</i>")
            self._note_shown = ""
            self.note.setPlainText("")
            self.note.setEnabled(False)
            self._build_modifiers(None)
            return
        end = "" if ep.offset_ms is None else f"–{format_ms(ep.offset_ms)}"
        self.title.setText(f"<b>{ep.code}</b> {format_ms(ep.onset_ms)}{end} · {ep.layer}")
        self._note_shown = ep.note
        if self.note.toPlainText() != ep.note:
            self.note.setPlainText(ep.note)
        self.note.setEnabled(True)
        self._build_modifiers(code)
        self._refresh_modifiers(ep, code)

    def combo(self, name: str) -> QComboBox | None:
        """The list of the modifier ``name`` (None when the episode's code has none)."""
        return self._combos.get(name)

    def _build_modifiers(self, code: Code | None) -> None:
        specs = code.modifiers if code is not None else ()
        if [m.name for m in specs] == list(self._combos) and all(
            [self._combos[m.name].itemText(i) for i in range(1, self._combos[m.name].count())]
            == list(m.values)
            for m in specs
        ):
            return  # the same lists: keep them (no flicker while coding)
        while self._form.rowCount():
            self._form.removeRow(0)  # deletes the label and the list at once
        self._combos.clear()
        for spec in specs:
            combo = QComboBox(self)
            combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # code keys keep coding
            combo.addItems([self.tr(NOT_SET), *spec.values])
            combo.setToolTip(self.tr("{0} of this episode (one undo step)").format(spec.name))
            combo.activated.connect(
                lambda i, n=spec.name, c=combo: self._chosen(n, "" if i <= 0 else c.itemText(i))
            )
            self._form.addRow(f"{spec.name}:", combo)
            self._combos[spec.name] = combo

    def _refresh_modifiers(self, ep: Episode, code: Code | None) -> None:
        if code is None:
            return
        for spec in code.modifiers:
            combo = self._combos.get(spec.name)
            if combo is None:
                continue
            value = ep.modifiers.get(spec.name) or ""
            i = combo.findText(value) if value else 0
            combo.setCurrentIndex(max(i, 0))
            unset = not value
            combo.setStyleSheet("QComboBox { background: #FFD27F; color: black; }" if unset else "")
            tip = (
                self.tr("{0} is not set yet: choose it (one undo step)")
                if unset
                else self.tr("{0} of this episode (one undo step)")
            )
            combo.setToolTip(tip.format(spec.name))

    # ------------------------------------------------------------------ editing

    def _chosen(self, name: str, value: str) -> None:
        if self.episode_id is not None:
            self.modifierChosen.emit(self.episode_id, name, value)

    def _commit_note(self) -> None:
        text = self.note.toPlainText().strip()
        if self.episode_id is None or text == self._note_shown.strip() or self._committing:
            return
        self._note_shown = text
        self._committing = True
        try:
            self.noteEdited.emit(self.episode_id, text)
        finally:
            self._committing = False

    def _revert_note(self) -> None:
        self.note.setPlainText(self._note_shown)
        self.note.clearFocus()  # back to coding: keys code again

    def _on_ctrl_enter(self) -> None:
        self._commit_note()
        self.note.clearFocus()
