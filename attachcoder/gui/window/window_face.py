"""The coding window as the window's own modules (files, menus, start page, import/export) see
it: the open document, the player and picture, two menus, the settings, and a few verbs.

:class:`~attachcoder.gui.window.main_window.MainWindow` is the one implementation; these
modules take a :class:`WindowFace` so that only the composition root (``compose.py``) names
the main window, and the window's modules import one another in one direction only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from attachcoder.gui.editing.document import Document
from attachcoder.gui.player.player import Player
from attachcoder.gui.player.video_widget import VideoWidget
from attachcoder.gui.window.settings import Settings


class WindowFace(QMainWindow):
    """What a coding window offers its own modules (the subclass provides it all)."""

    documentChanged = Signal(object)  # Document | None

    document: Document | None
    settings: Settings
    player: Player
    video: VideoWidget
    recent_menu: QMenu
    session_menu: QMenu

    def set_document(self, doc: Document | None, *, discard_old: bool = True) -> None:
        """Show ``doc`` (closing the current one; its changes are dropped when discarding)."""
        raise NotImplementedError

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A message in the status bar (refusals stay longer, and are logged)."""
        raise NotImplementedError

    def reload_second_camera(self) -> None:
        """Load camera 2's video again (after it was located)."""
        raise NotImplementedError

    def refresh_start_page(self) -> None:
        """The start page reads the recent sessions again."""
        raise NotImplementedError
