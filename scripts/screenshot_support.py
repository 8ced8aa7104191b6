"""What the screenshot scripts share: waiting on the real window without a test framework.

Import it after the script has set its environment (config and data folders, no audio).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication


def wait(pred: Callable[[], bool], timeout: float = 10.0) -> None:
    """Run the event loop until ``pred()`` holds; a window that never gets there is an error."""
    end = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.4) -> None:
    """Let the window paint for a moment before the screen is taken."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        # widgets replaced by deleteLater() go at once (no app.exec() loop runs here)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)
