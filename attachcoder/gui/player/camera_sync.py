"""A second camera beside the first, frame-locked to it.

A session may have two synchronised videos (``media[1]`` with its ``offset_ms`` on the session
clock). The first video drives everything — the time a key codes, the table, the timeline —
and the second follows it: a second :class:`Player` (silent: one soundtrack is enough) shows,
beside the first, the frame of camera 2 that is on screen at the session time of camera 1's
frame. While paused, every frame camera 1 shows (a step, a seek, a click in the timeline) is
followed by a seek of camera 2 to the matching frame; while playing, both play at the same
rate and camera 2 is put back in step whenever it drifts more than :data:`DRIFT_FRAMES`
frames away (two decoders never run exactly together). Pausing locks them again exactly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QSplitter, QWidget

from attachcoder.core.timefmt import frame_at
from attachcoder.gui.actions.keymap import Action
from attachcoder.gui.actions.menu_groups import owner_actions, qaction
from attachcoder.gui.player.player import Player
from attachcoder.gui.player.video_widget import VideoWidget
from attachcoder.io.session.file import media_path

if TYPE_CHECKING:
    from attachcoder.gui.editing.document import Document
    from attachcoder.gui.editing.window_slices import DocumentSource

DRIFT_FRAMES = 2
"""While playing, camera 2 is re-seeked when it is more than this many frames off."""
_RESYNC_S = 1.0
"""...but not more often than this (a seek while playing takes a moment to show)."""


class CameraSync(QObject):
    """Camera 2's player and picture; follows camera 1's player frame by frame.

    Its picture takes camera 1's place in the layout (a splitter holding both) and its
    *Locate camera 2 video…* entry (a row of the action table) asks ``locate_video(1)``.
    """

    def __init__(
        self,
        parent: QWidget,
        *,
        primary: Player,
        primary_video: QWidget,
        documents: DocumentSource,
        locate_video: Callable[[int], object],
    ) -> None:
        super().__init__(parent)
        self._primary = primary
        self._documents = documents
        self.player = Player(self, audio=False)
        self.video = VideoWidget(
            self.player,
            parent,
            loading=self.tr("Loading camera 2…"),
            locate=self.tr("File ▸ Locate camera 2 video…"),
        )
        self.video.setToolTip(self.tr("Camera 2, frame-locked to camera 1"))
        self.video.hide()
        self._asked: int | None = None  # the session time camera 2 was last sent to
        self._last_resync = 0.0
        self.splitter = QSplitter(Qt.Orientation.Horizontal, parent)
        self.splitter.setObjectName("camera_splitter")
        self.splitter.setChildrenCollapsible(False)
        panel = primary_video.parentWidget()
        layout = panel.layout() if panel is not None else None
        assert layout is not None, "the video sits in the video panel's layout"
        layout.replaceWidget(primary_video, self.splitter)
        self.splitter.addWidget(primary_video)
        self.splitter.addWidget(self.video)
        primary.frameShown.connect(self._on_primary_frame)
        primary.playingChanged.connect(self._on_primary_playing)
        primary.rateChanged.connect(self.player.set_rate)
        documents.documentChanged.connect(self._on_document)
        self._locate_video = locate_video
        self.entries = owner_actions("camera2", parent, self)  # File → Locate camera 2 video…
        self.locate_action = qaction(self.entries[Action.LOCATE_CAMERA2])
        self.locate_action.setEnabled(False)

    @property
    def active(self) -> bool:
        """True when the open session has a second camera and its video is loaded."""
        return self.player.has_video

    def locate_video(self) -> None:
        """File → Locate camera 2 video…"""
        self._locate_video(1)

    # ------------------------------------------------------------------ the session

    def reload(self) -> None:
        """Load camera 2 again from the media list (after File ▸ Locate camera 2 video…)."""
        self._on_document(self._documents.document)

    def _on_document(self, doc: Document | None) -> None:
        self._asked = None
        self.locate_action.setEnabled(doc is not None and len(doc.session.media) >= 2)
        if doc is None or len(doc.session.media) < 2:
            self.player.close()
            self.player.set_source(None)
            self.video.hide()
            return
        m = doc.session.media[1]
        where = media_path(doc.path, m) if doc.path is not None else Path(m.path)
        self.video.setToolTip(
            self.tr(
                "Camera 2 ({0}), frame-locked to camera 1; starts at {1} ms on the session clock"
            ).format(where.name, f"{m.offset_ms:+d}")
        )
        if where.is_file():
            self.player.set_source(where, fps=m.fps, offset_ms=m.offset_ms)
        else:
            self.player.set_source(None)
            self.video.set_hint(self.tr("Camera 2 not found: {0}").format(where.name))
        self.video.show()
        t = self._primary.current_ms
        self.player.seek(t if t is not None else m.offset_ms)

    # ------------------------------------------------------------------ following camera 1

    def expected_frame(self, session_ms: int) -> int | None:
        """Camera 2's frame on screen at ``session_ms`` (its real frames once read; None while
        its frame rate is unknown)."""
        times = self.player.frame_times
        if times is not None:
            return times.index_at(session_ms - self.player.offset_ms)
        fps = self.player.fps
        if not fps:
            return None
        index = frame_at(max(session_ms - self.player.offset_ms, 0), fps)
        duration = self.player.duration_ms
        if duration > 0:
            index = min(index, frame_at(duration - 1, fps))
        return index

    def in_step(self) -> bool:
        """True when camera 2 shows the frame that matches camera 1's frame on screen."""
        t = self._primary.current_ms
        return t is not None and self.player.current_frame == self.expected_frame(t)

    def _on_primary_frame(self, ms: int, _frame: int) -> None:
        """Per frame: O(1) — a comparison, and at most one seek."""
        if not self.player.has_video:
            return
        if not self._primary.is_playing:
            self._follow(ms)
            return
        now = time.monotonic()
        if now - self._last_resync < _RESYNC_S:
            return
        if not self.player.is_playing:
            self._last_resync = now
            self.player.set_rate(self._primary.rate)
            self.player.seek(ms)
            self.player.play()
            return
        mine = self.player.current_ms
        fps = self.player.fps or 25.0
        if mine is None or abs(mine - ms) > DRIFT_FRAMES * 1000 / fps:
            self._last_resync = now
            self.player.seek(ms)

    def _follow(self, ms: int) -> None:
        if ms == self._asked and self.player.current_ms is not None:
            return
        expected = self.expected_frame(ms)
        if expected is not None and expected == self.player.current_frame:
            self._asked = ms
            return
        self._asked = ms
        self.player.seek(ms)

    def _on_primary_playing(self, playing: bool) -> None:
        if not self.player.has_video:
            return
        if playing:
            self.player.set_rate(self._primary.rate)
            self.player.play()
            self._last_resync = time.monotonic()
            return
        self.player.pause()
        self._asked = None
        t = self._primary.current_ms
        if t is not None:
            self._follow(t)

    def close(self) -> None:
        self.player.close()
