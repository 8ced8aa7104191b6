"""Live coding: a session without video runs on a clock the coder starts, pauses and stops.

For coding in the room. When the open session has no media, the window codes against a
:class:`LiveClock` instead of the player (the window's ``set_time_source``): the same keys, pad,
table and timeline. Space starts and pauses the clock; *Stop the clock* ends the observation —
every running state closes at that time and the session's span grows to it, as one undo step
("Stop the clock"). In place of the picture, a large clock says what the clock is doing.

The clock of a reopened live session resumes where its coding ended. A click in the timeline
or a jump to an episode never moves a live clock: the room's time is not the coder's to scrub.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.session import Session, SessionError
from attachcoder.core.timefmt import format_ms
from attachcoder.gui.actions.keymap import BY_ACTION, Action
from attachcoder.gui.coding.live_clock import LiveClock, plan_stop_session

if TYPE_CHECKING:
    from attachcoder.gui.editing.document import Document
    from attachcoder.gui.editing.window_slices import DocumentSource, ShowMessage
    from attachcoder.gui.player.time_source import TimeSource
    from attachcoder.gui.player.video_widget import VideoWidget


def resume_point(session: Session) -> int:
    """Where the clock of a (re)opened live session starts: after everything coded so far."""
    last = session.duration_ms
    for ep in session.iter_episodes():
        last = max(last, ep.offset_ms if ep.offset_ms is not None else ep.onset_ms)
    return last


class LivePanel(QWidget):
    """The clock, large, with what it is doing and the buttons to drive it (never focused)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.time_label = QLabel(format_ms(0), self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(28, font.pointSize() * 3))
        font.setWeight(QFont.Weight.Bold)
        self.time_label.setFont(font)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label = QLabel(self)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setWordWrap(True)
        self.toggle_button = QPushButton(self.tr("Start the clock"), self)
        self.stop_button = QPushButton(self.tr("Stop the clock"), self)
        for b in (self.toggle_button, self.stop_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reach the clock, not a button
        self.stop_button.setToolTip(
            self.tr("End the observation here: running states end at this time (one undo step)")
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(
            self.tr("<b>Live coding</b> — no video; the session runs on this clock"), self
        )
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.time_label)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setAutoFillBackground(True)

    def show_time(self, ms: int, _tick: int = 0) -> None:
        self.time_label.setText(format_ms(ms))

    def show_state(self, running: bool, stopped: bool) -> None:
        space = BY_ACTION[Action.PLAY_PAUSE].key_text()
        if running:
            text = self.tr("Running — code with the scheme's keys; {0} pauses.")
        elif stopped:
            text = self.tr("Stopped: the observation ended here. {0} starts the clock again.")
        else:
            text = self.tr("Paused — {0} starts the clock.")
        self.state_label.setText(text.format(space))
        toggle = self.tr("Pause the clock") if running else self.tr("Start the clock")
        self.toggle_button.setText(toggle)
        self.stop_button.setEnabled(running or not stopped)


class LiveCoding(QObject):
    """Swaps the player for a clock while a session without video is open."""

    def __init__(
        self,
        parent: QWidget,
        *,
        documents: DocumentSource,
        transport: QWidget,
        video: VideoWidget,
        picture: QWidget,
        show_playhead: Callable[[int], None],
        set_time_source: Callable[[TimeSource | None], None],
        show_message: ShowMessage,
    ) -> None:
        """``picture`` is what shows the video (camera 1, or both cameras' splitter): it is
        hidden while live; ``transport`` gives its place to the clock panel."""
        super().__init__(parent)
        self._documents = documents
        self._transport = transport
        self._video = video
        self._picture = picture
        self._show_playhead = show_playhead
        self._set_time_source = set_time_source
        self._show_message = show_message
        self.clock: LiveClock | None = None
        #: where clocks read the time (None: a monotonic timer); tests give a fake one
        self.now_ms: Callable[[], int] | None = None
        self.panel = LivePanel(parent)
        self.panel.hide()
        panel = transport.parentWidget()
        layout = panel.layout() if panel is not None else None
        assert isinstance(layout, QBoxLayout), "the transport sits in the video panel's column"
        layout.insertWidget(layout.indexOf(transport), self.panel, 1)
        self.panel.toggle_button.clicked.connect(self.toggle)
        self.panel.stop_button.clicked.connect(self.stop)
        key = BY_ACTION[Action.PLAY_PAUSE].key_text()
        toggle_text = BY_ACTION[Action.CLOCK_TOGGLE].text
        self.toggle_action = QAction(f"{toggle_text}\t{key}", parent)
        self.toggle_action.triggered.connect(self.toggle)
        self.stop_action = QAction(BY_ACTION[Action.CLOCK_STOP].text, parent)
        self.stop_action.setToolTip(self.panel.stop_button.toolTip())
        self.stop_action.triggered.connect(self.stop)
        documents.documentChanged.connect(self._on_document)
        self._show_live(False)

    @property
    def is_live(self) -> bool:
        return self.clock is not None

    def _on_document(self, doc: Document | None) -> None:
        old, self.clock = self.clock, None
        if old is not None:
            old.pause()
            self._set_time_source(None)
            old.deleteLater()
        if doc is None or doc.session.media:
            self._show_live(False)
            return
        clock = LiveClock(self, start_ms=resume_point(doc.session), now_ms=self.now_ms)
        clock.frameShown.connect(self.panel.show_time)
        clock.playingChanged.connect(self._on_state)
        clock.stopped.connect(self._on_stopped)
        show_playhead = self._show_playhead
        clock.frameShown.connect(lambda ms, _i: show_playhead(ms))
        show_playhead(clock.current_ms)
        doc.aboutToSave.connect(self.sync_duration)
        self.clock = clock
        self._set_time_source(clock)
        self.panel.show_time(clock.current_ms)
        self._show_live(True)
        self._video.set_hint(self.tr("Live session: no video"))

    def _show_live(self, live: bool) -> None:
        self.panel.setVisible(live)
        self._transport.setVisible(not live)
        self._picture.setVisible(not live)
        self.toggle_action.setEnabled(live)
        self.stop_action.setEnabled(live)
        if live:
            self._on_state()

    def _on_state(self, *_: object) -> None:
        c = self.clock
        if c is not None:
            self.panel.show_state(c.is_playing, c.is_stopped)
            self.stop_action.setEnabled(c.is_playing or not c.is_stopped)
            if not c.is_playing:
                self.sync_duration()
                doc = self._documents.document
                if doc is not None:
                    doc.flush_observed()

    def sync_duration(self) -> None:
        """The session's span, and how far it was observed, follow the clock (on pause and
        before a save), so a state still running counts up to where the clock is, and a
        reopened session resumes there."""
        doc, c = self._documents.document, self.clock
        if doc is None or c is None:
            return
        doc.note_shown(c.duration_ms)  # observed to the furthest time the clock reached
        if c.duration_ms > doc.session.duration_ms:
            doc.follow_clock(c.duration_ms)

    # ------------------------------------------------------------------ actions

    def toggle(self) -> None:
        if self.clock is not None:
            self.clock.toggle()

    def stop(self) -> None:
        if self.clock is not None:
            self.clock.stop()

    def _on_stopped(self, at_ms: int) -> None:
        doc = self._documents.document
        self._on_state()
        if doc is None:
            return
        change = plan_stop_session(doc.session, at_ms)
        if change.is_empty:
            self._show_message(self.tr("Clock stopped at {0}.").format(format_ms(at_ms)))
            return
        try:
            doc.push(change, BY_ACTION[Action.CLOCK_STOP].shown_label)
        except SessionError as exc:
            self._show_message(
                self.tr("The running states were not closed: {0}").format(exc), error=True
            )
            return
        self._show_message(
            self.tr(
                "Clock stopped at {0}: running states end there (Undo brings them back)."
            ).format(format_ms(at_ms))
        )
