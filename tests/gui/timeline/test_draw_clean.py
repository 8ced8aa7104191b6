"""The ruler, the timeline's labels and the modifier bar draw clean after a long run.

What is on screen is the window's backing store, where partial repaints pile up: a strip
repainted too narrow leaves a trail (the playhead's marker on the ruler), a label repainted in
part shows half its old text beside half its new ("s… ·face"), a widget waiting for deletion
still shows through its replacement. Each test drives the window as a coder would (playback,
frame steps, code keys), then compares the screen (``QScreen.grabWindow`` of the window's
backing store) with a fresh paint of the same state (``QWidget.grab``)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

FRAME_MS = 40


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * h).reshape(h, stride)
    return rows[:, : 4 * w].reshape(h, w, 4)[:, :, :3].copy()


def on_screen(widget: QWidget) -> np.ndarray:
    """The widget as the screen shows it now (every pending repaint done first)."""
    QApplication.processEvents()
    top = widget.window()
    at = widget.mapTo(top, QPoint(0, 0))
    shot = top.screen().grabWindow(top.winId(), at.x(), at.y(), widget.width(), widget.height())
    return _pixels(shot.toImage())


def fresh(widget: QWidget) -> np.ndarray:
    """The widget painted anew, whole."""
    return _pixels(widget.grab().toImage())


def assert_clean(widget: QWidget) -> None:
    screen, anew = on_screen(widget), fresh(widget)
    assert screen.shape == anew.shape
    differ = np.any(screen != anew, axis=2)
    ys, xs = np.nonzero(differ)
    assert not differ.any(), (
        f"{differ.sum()} pixels differ from a fresh paint, in x {xs.min()}–{xs.max()}, "
        f"y {ys.min()}–{ys.max()}"
    )


def _press(qtbot, w, key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or w, key)


def _step(qtbot, w, frames: int) -> None:  # type: ignore[no-untyped-def]
    """'.' pressed ``frames`` times, each frame shown before the next press."""
    for _ in range(frames):
        target = w.player.current_frame + 1
        _press(qtbot, w, ".")
        qtbot.waitUntil(lambda t=target: w.player.current_frame == t, timeout=5000)


def _sound_read(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    """The sound row reads the video's sound in the background, its progress text changing as
    it goes: a picture taken meanwhile would differ from a fresh paint for that reason alone."""
    qtbot.waitUntil(lambda: not w.timeline.sound_row.busy, timeout=30_000)


def test_the_playhead_leaves_no_trail_on_the_ruler(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    _sound_read(qtbot, w)
    tl = w.timeline
    tl.zoom_to(40.0, 0)
    tl.scroll_to(0)
    assert_clean(tl.canvas)
    _press(qtbot, w, Qt.Key.Key_Space)  # play …
    qtbot.waitUntil(lambda: w.player.current_ms >= 2500, timeout=10_000)
    _press(qtbot, w, Qt.Key.Key_Space)  # … pause
    qtbot.waitUntil(lambda: not w.player.is_playing)
    _step(qtbot, w, 12)  # frame by frame
    for frame in (90, 70, 71, 72, 120, 119):  # seeks, back and forth
        w.player.seek(frame * FRAME_MS)
        qtbot.waitUntil(lambda f=frame: tl.playhead_ms == f * FRAME_MS, timeout=5000)
    assert_clean(tl.canvas)


def test_running_labels_are_never_drawn_half_old_half_new(qtbot, make_window, empty_session_file):
    w = make_window(empty_session_file)
    tl = w.timeline
    tl.zoom_to(10.0, 0)  # 4 px a frame: a label grows through its elided forms in a few frames
    tl.scroll_to(0)
    _step(qtbot, w, 2)
    _press(qtbot, w, "p")  # play phase, running
    _press(qtbot, w, "1")  # attuned, running
    _step(qtbot, w, 25)
    _press(qtbot, w, "s")  # still-face: the phase label to watch
    _press(qtbot, w, "2")  # misattuned
    _step(qtbot, w, 30)
    assert {e.code for e in w.document.session.running_states().values()} == {
        "still-face",
        "misattuned",
    }
    assert_clean(tl.canvas)


def test_the_modifier_bar_shows_one_label_after_many_codes(qtbot, make_window, empty_session_file):
    w = make_window(empty_session_file)
    bar = w.modifier_bar
    for k in range(6):  # a repair and the code after it, frame after frame
        w.player.seek((10 + 4 * k) * FRAME_MS)
        qtbot.waitUntil(lambda k=k: w.player.current_frame == 10 + 4 * k, timeout=5000)
        _press(qtbot, w, "3")
        _press(qtbot, w, "b")
    w.player.seek(80 * FRAME_MS)
    qtbot.waitUntil(lambda: w.player.current_frame == 80, timeout=5000)
    # second thoughts, clicked fast on the pad: repair, attuned, repair, … repair — each
    # click handled before the window gets back to its event loop
    pad = w.pad
    for code in ("repair", "attuned") * 3 + ("repair",):
        button = pad.button("Interaction", code)
        assert button is not None
        button.click()
    QApplication.processEvents()
    assert bar.isVisible() and w.document.session.running("Interaction").code == "repair"
    screen = on_screen(bar)
    # a fresh paint of the same state: whatever was dropped is gone, the bar painted anew
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    anew = fresh(bar)
    assert screen.shape == anew.shape
    assert not np.any(screen != anew), "the bar on screen is not the bar painted anew"
    titles = [lbl.text() for lbl in bar.findChildren(QLabel) if "at " in lbl.text()]
    assert titles == ["<b>repair</b> at 00:00:03.200"]
