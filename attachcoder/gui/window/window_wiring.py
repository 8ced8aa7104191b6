"""Plugging part 2 into the coding window: the timeline, the second camera, live coding, the
menus, the start page, and the preferences they keep.

The window itself (``main_window.py``) stays a frame of parts; this module connects them:

* the timeline sits under the video (``window.video_splitter``) and follows the open
  document: its playhead follows the frame on screen, a click seeks the video, a double click
  jumps to the episode, and the selection is shared with the table both ways;
* a change of the scheme (an edit, its undo or redo) re-reads it everywhere a scheme was
  read: the coding pad, the keys, the table's filters, the help window;
* the playback speed, the timeline's zoom and whether it follows the playhead are kept in the
  settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from attachcoder.core.changes import Change, FieldChange
from attachcoder.core.scheme import Scheme
from attachcoder.core.session import Session
from attachcoder.gui.actions.keymap import SPEEDS
from attachcoder.gui.coding.live_coding import install_live_coding
from attachcoder.gui.dialogs.help_dialog import HelpDialog
from attachcoder.gui.player.camera_sync import install_second_camera
from attachcoder.gui.timeline.timeline_widget import QtTimeline
from attachcoder.gui.window.start_page import install_start_page
from attachcoder.gui.window.window_menus import install_menus

if TYPE_CHECKING:
    from attachcoder.gui.editing.document import Document
    from attachcoder.gui.window.main_window import MainWindow


def _nothing() -> Session:
    """What the timeline shows while no session is open (it is hidden then)."""
    return Session(Scheme("", ()))


class WindowWiring(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        settings = window.settings
        self.timeline = QtTimeline(_nothing(), None, None, window)
        self.timeline.setObjectName("timeline")
        self.timeline.set_follow_playhead(settings.timeline_follows_playhead)
        self.timeline.hide()
        window.video_splitter.addWidget(self.timeline)
        window.video_splitter.setStretchFactor(0, 4)
        window.video_splitter.setStretchFactor(1, 1)
        window.video_splitter.setChildrenCollapsible(False)
        window.timeline = self.timeline  # type: ignore[attr-defined]

        tl, player, table = self.timeline, window.player, window.table
        player.frameShown.connect(self._on_frame)
        tl.seekRequested.connect(self._on_seek_requested)
        tl.episodeActivated.connect(window.seek_to_episode)
        tl.episodeSelected.connect(table.select_episode)
        table.episodeSelected.connect(tl.select_episode)
        tl.editRefused.connect(lambda m: window.show_message(m, error=True))
        tl.zoomChanged.connect(self._on_zoom)
        player.rateChanged.connect(self._on_rate)
        player.sourceChanged.connect(self._on_source)

        follow = QAction("Timeline follows the playhead", window)
        follow.setCheckable(True)
        follow.setChecked(settings.timeline_follows_playhead)
        follow.toggled.connect(self._on_follow_toggled)
        window.playback_menu.addAction(follow)
        self.follow_action = follow
        window.documentChanged.connect(self._on_document)

    # ------------------------------------------------------------------ the document

    def _on_document(self, doc: Document | None) -> None:
        tl = self._w.timeline  # type: ignore[attr-defined]
        if doc is None:
            tl.set_document(_nothing(), None, None)
            tl.hide()
            return
        tl.set_document(doc.session, doc.signals, doc.undo_stack)
        tl.set_playhead(0)
        tl.show()
        tl.zoom_to(self._w.settings.timeline_ms_per_px, 0)
        tl.scroll_to(0)
        doc.signals.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if isinstance(change, FieldChange) and change.field == "scheme":
            self.refresh_scheme(change.new)

    def refresh_scheme(self, scheme: Scheme) -> None:
        """The open session's scheme changed: everything that read it reads it again."""
        w = self._w
        w.coding.reset()  # an offered modifier or note may belong to a code that changed
        w.pad.set_scheme(scheme)
        w.key_router.set_scheme(scheme)
        w.table.refresh_scheme()
        helper = w.findChild(HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if helper is not None:
            helper.set_scheme(scheme)

    # ------------------------------------------------------------------ time

    def _on_frame(self, ms: int, _frame: int) -> None:
        if self._w.time_source is self._w.player:
            self._w.timeline.set_playhead(ms)  # type: ignore[attr-defined]

    def _on_seek_requested(self, ms: int) -> None:
        """A click in the timeline moves the video (never a live clock: see live_coding)."""
        if self._w.player.has_video:
            self._w.player.seek(ms)

    # ------------------------------------------------------------------ preferences

    def _on_zoom(self, ms_per_px: float) -> None:
        self._w.settings.timeline_ms_per_px = float(ms_per_px)

    def _on_follow_toggled(self, follow: bool) -> None:
        self._w.settings.timeline_follows_playhead = follow
        self._w.timeline.set_follow_playhead(follow)  # type: ignore[attr-defined]

    def _on_rate(self, rate: float) -> None:
        if self._w.player.has_video:
            self._w.settings.playback_rate = float(rate)

    def _on_source(self, source: object) -> None:
        """A video starts at the speed last chosen (one of the player's speeds)."""
        if source is None:
            return
        wanted = self._w.settings.playback_rate
        rate = min(SPEEDS, key=lambda s: abs(s - wanted))
        if abs(rate - self._w.player.rate) > 1e-6:
            self._w.player.set_rate(rate)


def install(window: MainWindow) -> None:
    """Everything part 2 adds to the window, in the order the parts rely on."""
    install_second_camera(window)  # the picture's place in the layout, before live coding
    window.wiring = WindowWiring(window)  # type: ignore[attr-defined]  # the timeline, before
    # live coding connects its clock to it
    install_live_coding(window)
    install_menus(window)  # the Session menu lists the live clock's actions
    install_start_page(window)  # wraps the finished central area
