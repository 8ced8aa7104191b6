"""The media probe without a window, for ``attachcoder new`` and ``study add``.

Runs :class:`attachcoder.gui.player.media_probe.VideoProbe` (the one Qt media wrapper, silent) on an
offscreen ``QGuiApplication`` and waits in a local event loop for its answer, so the command
line reads a video's duration and frame rate exactly as the window does.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QGuiApplication

from attachcoder.gui.player.media_probe import VideoProbe
from attachcoder.io.study.operations import MediaFacts

_app: QCoreApplication | None = None


def _application() -> QCoreApplication:
    global _app
    app = QCoreApplication.instance()
    if app is not None:
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["attachcoder"])
    return _app


def probe_video(path: Path) -> MediaFacts:
    """Duration, frame rate (and its range, when variable) of the video; ``ValueError`` says
    why it cannot be read."""
    _application()
    probe = VideoProbe(path)
    loop = QEventLoop()
    probe.done.connect(loop.quit)
    probe.failed.connect(loop.quit)
    probe.start()
    if not probe.finished:
        loop.exec()
    if probe.facts is None:
        raise ValueError(probe.error or "the video could not be read")
    return MediaFacts(probe.facts.duration_ms, probe.facts.fps, probe.facts.fps_range)
