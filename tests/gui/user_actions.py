"""What a person does to the window in tests: mouse drags, key presses, and modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from attachcoder.core import Session
from attachcoder.core.session import Media
from attachcoder.io.session.file import save

ROOT = Path(__file__).resolve().parents[2]
VIDEO = ROOT / "sample_sessions" / "demo.mp4"
FRAME_MS = 40


def send_mouse(widget: QWidget, kind: QMouseEvent.Type, pos: QPoint, buttons, button=None,
               mods=None) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    button = Qt.MouseButton.LeftButton if button is None else button
    mods = mods or Qt.KeyboardModifier.NoModifier
    ev = QMouseEvent(kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)), button, buttons, mods)
    QApplication.sendEvent(widget, ev)


def drag(widget: QWidget, start: QPoint, end: QPoint) -> None:
    """Press, move in a few steps holding the button, release: a person's drag."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send_mouse(widget, QMouseEvent.Type.MouseButtonPress, start, left)
    for k in range(1, 5):
        send_mouse(widget, QMouseEvent.Type.MouseMove, start + (end - start) * (k / 4), left, none)
    send_mouse(widget, QMouseEvent.Type.MouseButtonRelease, end, none, left)


def press(qtbot, window: QWidget, key) -> None:  # type: ignore[no-untyped-def]
    """A key press delivered where the focus is, as the keyboard would deliver it."""
    qtbot.keyClick(QApplication.focusWidget() or window, key)


def when_modal(act: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog once it is open (the code that opens it blocks in exec)."""

    def attempt() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, QDialog) and w.isVisible():
            act(w)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def session_file(path: Path, session: Session) -> Path:
    save(session, path, backup=False)
    return path


def two_camera_media(folder: Path, offset_ms: int) -> list[Media]:
    """The sample video twice (linked into ``folder``), the second starting ``offset_ms`` later."""
    media = []
    for name, offset in (("cam1.mp4", 0), ("cam2.mp4", offset_ms)):
        (folder / name).symlink_to(VIDEO)
        media.append(Media(name, duration_ms=360_000, fps=25.0, offset_ms=offset))
    return media
