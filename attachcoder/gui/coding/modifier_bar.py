"""A bar under the video offering the modifier values of the episode just coded.

Modifiers never cost a keystroke: the bar's buttons take no keyboard focus, so the next code
key still codes — and closes the bar. A value clicked while it is open goes to the episode the
bar was opened for, as its own undo step; a modifier nobody answers stays empty, marked in the
table and counted in the status bar until it is set (in the detail pane under the table).

The bar keeps one title label and replaces only its buttons; each widget it drops is hidden at
once (not just scheduled for deletion), so a label never shows through another after many codes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Code
from attachcoder.core.timefmt import format_ms


class ModifierBar(QWidget):
    """Emits ``valueChosen(episode_id, modifier, value)``."""

    valueChosen = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.episode_id: str | None = None
        self._buttons: dict[tuple[str, str], QPushButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self.title = QLabel(self)
        self._layout.addWidget(self.title)
        self.setVisible(False)

    def show_for(self, episode: Episode, code: Code) -> None:
        """Offer ``code``'s modifiers for ``episode`` (replacing whatever was offered)."""
        self._clear()
        self.episode_id = episode.id
        self.title.setText(
            self.tr("<b>{0}</b> at {1}").format(code.name, format_ms(episode.onset_ms))
        )
        for spec in code.modifiers:
            self._layout.addSpacing(8)
            self._layout.addWidget(QLabel(f"{spec.name}:", self))
            for value in spec.values:
                b = QPushButton(value, self)
                b.setCheckable(True)
                b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                b.setToolTip(
                    self.tr("Set {0} = {1} for this {2} episode").format(
                        spec.name, value, code.name
                    )
                )
                b.clicked.connect(
                    lambda _=False, n=spec.name, v=value: self._chosen(n, v)  # type: ignore[misc]
                )
                self._layout.addWidget(b)
                self._buttons[(spec.name, value)] = b
        self._layout.addStretch(1)
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip(
            self.tr(
                "Hide (the modifier stays empty, marked in the table; set it under the table later)"
            )
        )
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.dismiss)
        self._layout.addWidget(close)
        self.refresh(episode)
        self.setVisible(True)

    def refresh(self, episode: Episode) -> None:
        """Check the buttons of the values the episode now has."""
        for (name, value), b in self._buttons.items():
            b.setChecked(episode.modifiers.get(name) == value)

    def button(self, name: str, value: str) -> QPushButton | None:
        return self._buttons.get((name, value))

    def dismiss(self) -> None:
        self._clear()
        self.setVisible(False)

    def _chosen(self, name: str, value: str) -> None:
        if self.episode_id is not None:
            self.valueChosen.emit(self.episode_id, name, value)

    def _clear(self) -> None:
        self.episode_id = None
        self._buttons.clear()
        while self._layout.count() > 1:  # the title stays (first); the rest goes
            item = self._layout.takeAt(1)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()  # gone from the screen now, not when the deletion comes round
                w.deleteLater()
