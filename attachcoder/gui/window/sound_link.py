"""The timeline's sound row, fed from the videos the window has loaded, and its preferences.

Whenever a camera's video changes (a session opened, closed, a video located, camera 2
loaded), the row is given the loaded videos — the camera whose sound was chosen first, then
the others — and shows the sound of the first that has any; with no video, or none with
sound, there is no row. Opening the same video again keeps the sound already read. Whether
the row shows the waveform or the spectrogram, and whose sound, are kept in the settings.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

from attachcoder.gui.player.player import Player
from attachcoder.gui.timeline.sound_reader import SoundSource
from attachcoder.gui.timeline.sound_row import SoundRow
from attachcoder.gui.window.settings import Settings


class SoundLink(QObject):
    def __init__(
        self,
        parent: QObject,
        *,
        row: SoundRow,
        cameras: Sequence[Player],
        settings: Settings,
    ) -> None:
        """``cameras``: the first camera's player, then the second's."""
        super().__init__(parent)
        self.row = row
        self._cameras = list(cameras)
        self._settings = settings
        row.set_view(settings.sound_view)
        row.viewChosen.connect(self._on_view)
        row.cameraChosen.connect(self._on_camera)
        self._pending = QTimer(self)  # both cameras change on opening: look once, after both
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        for player in self._cameras:
            player.sourceChanged.connect(self._pending.start)

    def sources(self) -> list[SoundSource]:
        """The loaded videos, the chosen camera's first."""
        loaded = [
            SoundSource(i, p.source, p.offset_ms)
            for i, p in enumerate(self._cameras)
            if p.source is not None
        ]
        chosen = self._settings.sound_camera
        return sorted(loaded, key=lambda s: s.camera != chosen)

    def refresh(self) -> None:
        """Give the row the videos loaded now (it reads nothing anew for the same ones)."""
        self.row.load(self.sources())

    def _on_view(self, view: str) -> None:
        self._settings.sound_view = view

    def _on_camera(self, camera: int) -> None:
        self._settings.sound_camera = camera
        self.refresh()
