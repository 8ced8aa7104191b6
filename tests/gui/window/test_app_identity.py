"""The app looks like an app: its icon on the application and the window (taskbar), and the
first-frame probe scripts/smoke-bundle relies on to tell a working bundle from a broken one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from attachcoder.gui.app import make_application
from attachcoder.gui.window import first_frame_probe
from attachcoder.gui.window.compose import show_window


def _close(w) -> None:  # type: ignore[no-untyped-def]
    w.close()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _colours(icon) -> int:  # type: ignore[no-untyped-def]
    image = icon.pixmap(64, 64).toImage()
    return len({image.pixel(x, y) for x in range(0, 64, 4) for y in range(0, 64, 4)})


def test_the_application_and_its_window_carry_the_shipped_icon(qtbot) -> None:
    app = make_application()
    assert app.desktopFileName() == "attachcoder"
    assert _colours(app.windowIcon()) > 3  # the SVG rendered, not an empty icon
    w = show_window(None)
    try:
        assert _colours(w.windowIcon()) > 3
    finally:
        _close(w)


def _probe_exit(qtbot, monkeypatch, session: Path | None, seconds: str, code: int) -> None:  # type: ignore[no-untyped-def]
    """Open ``session`` (None: the start page) with the probe on; wait for it to quit (code)."""
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    monkeypatch.setenv(first_frame_probe.ENV, seconds)
    w = show_window(session)
    try:
        first_frame_probe.install_if_asked(w)
        qtbot.waitUntil(lambda: exits == [code], timeout=20_000)
    finally:
        _close(w)


def test_the_probe_reports_the_first_frame_and_quits(
    qtbot, sample_session_file: Path, monkeypatch, capsys
) -> None:
    _probe_exit(qtbot, monkeypatch, sample_session_file, "20", 0)
    assert "first video frame shown" in capsys.readouterr().out


def test_the_probe_fails_when_no_frame_comes(qtbot, monkeypatch, capsys) -> None:
    _probe_exit(qtbot, monkeypatch, None, "0.3", 1)  # the start page: no video at all
    assert "no video frame shown within 0.3 s" in capsys.readouterr().err
