"""A check for packaged builds: with ``ATTACHCODER_FIRST_FRAME_PROBE=SECONDS`` set, the app
prints one line once a decoded video frame is on screen, then quits (exit 0); if none is
shown within SECONDS it says so and quits with exit 1.

scripts/smoke-bundle runs the PyInstaller bundle this way under Xvfb: "a frame is on screen"
means the video widget holds a decoded frame *and* its grabbed pixels are not one flat colour,
so a bundle missing QtMultimedia's FFmpeg plugin (no frames) or painting black fails.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from attachcoder.gui.player.video_widget import VideoWidget

ENV = "ATTACHCODER_FIRST_FRAME_PROBE"
_POLL_MS = 100


def _distinct_colours(widget: VideoWidget, samples: int = 24) -> int:
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    if w == 0 or h == 0:
        return 0
    return len(
        {
            image.pixel(x * w // samples, y * h // samples)
            for x in range(samples)
            for y in range(samples)
        }
    )


def install_if_asked(window: QWidget) -> None:
    """Start the probe on ``window`` when the environment asks for it; otherwise do nothing."""
    value = os.environ.get(ENV)
    if not value:
        return
    deadline = time.monotonic() + float(value)
    timer = QTimer(window)

    def poll() -> None:
        for widget in window.findChildren(VideoWidget):
            if widget.isVisible() and widget.has_frame():
                colours = _distinct_colours(widget)
                if colours > 8:
                    print(
                        f"attachcoder: first video frame shown "
                        f"({widget.width()}x{widget.height()}, {colours} colours sampled)",
                        flush=True,
                    )
                    timer.stop()
                    QApplication.exit(0)
                    return
        if time.monotonic() > deadline:
            print(f"attachcoder: no video frame shown within {value} s", file=sys.stderr)
            timer.stop()
            QApplication.exit(1)

    timer.timeout.connect(poll)
    timer.start(_POLL_MS)
