"""Starting the window: ``attachcoder SESSION`` opens it; ``attachcoder`` the last session.

Logging is set up by ``cli.main`` before this runs. A start with nothing to open (no session
given, no last session to reopen, or one that cannot be opened) shows the start page: recent
sessions, New session, Open, and the sample session.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from attachcoder import __version__
from attachcoder.gui.window import first_frame_probe, language
from attachcoder.gui.window.compose import APP_NAME, show_window
from attachcoder.gui.window.settings import load_settings
from attachcoder.io.installed.bundled import resource_path

log = logging.getLogger(__name__)


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # The taskbar and every window show the icon; on Wayland the compositor matches the
    # window to the installed attachcoder.desktop (attachcoder install-desktop) by this name.
    app.setWindowIcon(QIcon(str(resource_path("icons", "attachcoder.svg"))))
    app.setDesktopFileName("attachcoder")
    return app


def run_app(session_path: Path | None, lang: str | None = None) -> int:
    app = make_application()
    used = language.install(app, lang or load_settings().language or None)
    log.info("language: %s", used)
    log.info("attachcoder %s starting (session: %s)", __version__, session_path)
    window = show_window(session_path)
    first_frame_probe.install_if_asked(window)
    code = app.exec()
    del window
    return int(code)


__all__ = ["make_application", "run_app", "show_window"]
