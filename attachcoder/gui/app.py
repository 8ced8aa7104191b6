"""Starting the window: ``attachcoder SESSION`` opens it; ``attachcoder`` the last session.

Logging is set up by ``cli.main`` before this runs. Until part 2 adds a start page, a start
without a session (and no last session to reopen) shows the Open dialog.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from attachcoder import __version__
from attachcoder.gui import file_flow
from attachcoder.gui.main_window import APP_NAME, MainWindow
from attachcoder.gui.settings import load_settings

log = logging.getLogger(__name__)


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    return app


def build_window(session_path: Path | None) -> MainWindow:
    """The window, shown, with ``session_path`` (or the last session) open."""
    settings = load_settings()
    window = MainWindow(settings)
    window.restore_state()
    window.show()
    if session_path is not None:
        file_flow.open_session(window, session_path)
    elif settings.last_session and Path(settings.last_session).is_file():
        file_flow.open_session(window, Path(settings.last_session))
    else:
        file_flow.open_dialog(window)
    return window


def run_app(session_path: Path | None) -> int:
    app = make_application()
    log.info("attachcoder %s starting (session: %s)", __version__, session_path)
    window = build_window(session_path)
    code = app.exec()
    del window
    return int(code)
