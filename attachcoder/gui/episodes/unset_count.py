"""The status bar's count of modifiers left unset: "2 repairs without initiator".

It follows the open session change by change (:class:`~attachcoder.core.unset_modifiers.
UnsetModifiers`), shows nothing once every modifier is set, and a click on it asks for the
next such episode to be selected (the table then shows it in its detail pane).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from attachcoder.core.changes import Change, FieldChange
from attachcoder.core.session import Session
from attachcoder.core.session_checks import change_parts
from attachcoder.core.unset_modifiers import UnsetModifiers, plural
from attachcoder.gui.editing.session_signals import SessionSignals


class UnsetCount(QLabel):
    """``nextRequested`` when clicked; :meth:`next_after` names the episode to show."""

    nextRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._signals: SessionSignals | None = None
        self._unset: UnsetModifiers | None = None
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # code keys keep coding
        self.setStyleSheet("QLabel { color: #8a4b00; }")
        self.setToolTip(
            self.tr(
                "Episodes whose code has a modifier nobody set yet (marked in the table). "
                "Click to select the next one, then choose the value under the table."
            )
        )
        self.linkActivated.connect(lambda _link: self.nextRequested.emit())
        self.setVisible(False)

    def follow(self, session: Session | None, signals: SessionSignals | None) -> None:
        """Count for ``session`` (None: no session open), following ``signals``."""
        if self._signals is not None:
            self._signals.committed.disconnect(self._on_committed)
        self._session, self._signals = session, signals
        self._unset = (
            UnsetModifiers(session.scheme, list(session.iter_episodes()))
            if session is not None
            else None
        )
        if signals is not None:
            signals.committed.connect(self._on_committed)
        self._show()

    def summary(self) -> str:
        """The count in words (empty when every modifier is set)."""
        if self._unset is None:
            return ""
        counts = sorted(self._unset.counts().items(), key=lambda kv: (-kv[1], kv[0]))
        # {0} the count, {1} the code's name with an English plural, {2} the modifier,
        # {3} the code's name as the scheme has it (for languages without that plural)
        part = self.tr("{0} {1} without {2}")
        return " · ".join(part.format(n, plural(code, n), name, code) for (code, name), n in counts)

    def next_after(self, episode_id: str | None) -> str | None:
        """The first episode with a modifier unset after ``episode_id`` in time (wrapping)."""
        if self._unset is None or self._session is None or not len(self._unset):
            return None
        session = self._session
        eps = sorted((session.episode(i) for i in self._unset.ids()), key=lambda e: e.onset_ms)
        after = -1
        if episode_id is not None and episode_id in session:
            after = session.episode(episode_id).onset_ms
        later = [e for e in eps if e.onset_ms > after and e.id != episode_id]
        return (later or eps)[0].id

    def _on_committed(self, change: Change) -> None:
        if self._unset is None or self._session is None:
            return
        everything = list(self._session.iter_episodes()) if _touches_scheme(change) else None
        self._unset.update(change, everything)
        self._show()

    def _show(self) -> None:
        text = self.summary()
        self.setText(f"<a href='next'>{text}</a>" if text else "")
        self.setVisible(bool(text))


def _touches_scheme(change: Change) -> bool:
    return any(isinstance(p, FieldChange) and p.field == "scheme" for p in change_parts(change))
