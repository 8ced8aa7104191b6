"""Preferences written soon after they change, not only when the window closes.

After a crash the next start reopens the last session (and offers its recovered coding) only
if ``last_session`` reached the disk; speed and zoom changes should survive too. A cheap
periodic comparison catches every change without each handler having to remember to save.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QObject, QTimer

from attachcoder.gui.window.settings import Settings, save_settings

AUTOSAVE_MS = 2000


class SettingsAutosave(QObject):
    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._saved: dict[str, Any] = asdict(settings)
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._timer.start()

    def flush(self) -> bool:
        """Write the settings if they changed since the last write; True when written."""
        now = asdict(self.settings)
        if now == self._saved:
            return False
        save_settings(self.settings)
        self._saved = now
        return True
