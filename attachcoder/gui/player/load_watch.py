"""Makes every video load end: with its first frame on screen, or with the reason it cannot.

QtMultimedia's FFmpeg backend ends a load in several ways, and only one shows a picture:

* a file it cannot open (text renamed ``.mp4``, a zero-byte file, an ``.mp4`` cut before its
  index) — ``FormatError`` and ``InvalidMedia``;
* a file whose header reads but whose picture data is missing (cut just after the header) —
  ``LoadedMedia``, then ``EndOfMedia`` and no frame, ever;
* a file with sound only — ``LoadedMedia`` with ``hasVideo()`` false, and no frame, ever;
* a backend that never answers — nothing at all.

:class:`LoadWatch` is told what the backend says and by the player when a frame arrives, and
emits ``failed(reason)`` once for a load that ends without a picture, in words a coder
understands (:func:`describe`). The player then has nothing to show, and says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtMultimedia import QMediaPlayer

from attachcoder.core.translatable import QT_TRANSLATE_NOOP

#: A load that has shown no frame and reported nothing after this long is given up.
LOAD_TIMEOUT_MS = 20_000

#: the reasons, in English (marked; shown through :func:`said` in the window's language)
NOT_READABLE = QT_TRANSLATE_NOOP(
    "load_watch", "it is not a video that can be read (damaged, cut short, or not a video file)"
)
EMPTY = QT_TRANSLATE_NOOP("load_watch", "the file is empty (0 bytes)")
NO_VIDEO = QT_TRANSLATE_NOOP("load_watch", "it has no video stream (sound only)")
NO_PICTURE = QT_TRANSLATE_NOOP(
    "load_watch", "no picture could be decoded from it (the file is probably cut short or damaged)"
)
TOO_SLOW = QT_TRANSLATE_NOOP("load_watch", "it could not be read in time")


def said(reason: str) -> str:
    """One of the reasons above in the window's language."""
    return QCoreApplication.translate("load_watch", reason)


def describe(path: Path, backend_message: str = "") -> str:
    """Why ``path`` cannot be opened as a video, from what the file is and what the backend
    said (the backend only says "Could not open file", which tells a coder nothing)."""
    try:
        if path.stat().st_size == 0:
            return said(EMPTY)
    except OSError as exc:
        return QCoreApplication.translate("load_watch", "it cannot be read ({0})").format(
            exc.strerror or exc
        )
    if backend_message and "open" not in backend_message.lower():
        return f"{said(NOT_READABLE)}: {backend_message}"
    return said(NOT_READABLE)


class LoadWatch(QObject):
    """Watches one load at a time (``start`` … ``frame_shown`` or ``failed``)."""

    #: why the load ended without a picture (one of the reasons above)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, timeout_ms: int = LOAD_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._problem: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(lambda: self._fail(said(TOO_SLOW)))

    @property
    def loading(self) -> bool:
        """True from ``start`` until the first frame or a failure."""
        return self._path is not None

    @property
    def problem(self) -> str | None:
        """Why the last load ended without a picture (None: it did not, or is not over)."""
        return self._problem

    def start(self, path: Path | None) -> None:
        """A new load begins (None: nothing is loaded, nothing to watch)."""
        self._path = path
        self._problem = None
        if path is None:
            self._timer.stop()
        else:
            self._timer.start()

    def frame_shown(self) -> None:
        """A frame of the file is on screen: the load succeeded (even after it was given up
        as too slow: a network drive can answer late)."""
        self._path = None
        self._problem = None
        self._timer.stop()

    def status(self, status: QMediaPlayer.MediaStatus, *, has_video: bool) -> None:
        """The backend's media status changed."""
        if self._path is None:
            return
        s = QMediaPlayer.MediaStatus
        if status == s.LoadedMedia and not has_video:
            self._fail(said(NO_VIDEO))
        elif status == s.EndOfMedia:
            self._fail(said(NO_PICTURE))
        elif status == s.InvalidMedia:
            self._fail(describe(self._path))

    def error(self, message: str) -> bool:
        """The backend reported an error; True when it ended the load (it is reported here)."""
        if self._path is None:
            return False
        self._fail(describe(self._path, message))
        return True

    def _fail(self, reason: str) -> None:
        if self._path is None:
            return
        self._path = None
        self._timer.stop()
        self._problem = reason
        self.failed.emit(reason)
