"""A check for packaged builds: do the study windows and the drift chart work inside them?

A bundle leaves out Qt modules to stay small (scripts/build-bundle); whether QtCharts still
loads and paints there is seen only by running it. scripts/smoke-bundle starts the bundle
with ``ATTACHCODER_STUDY_PROBE=STUDY_DIR`` (read by scripts/bundle_entry.py only, so the
normal app never looks at it): every module under ``attachcoder.gui`` is imported, the
dashboard opens on the study, its Agreement… dialog opens on the Drift tab, and once the
chart view is on screen with its lines and a coder's line colour among its pixels, one line
is printed and the exit code is 0; anything missing or unpainted within the time exits 1.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path

from PySide6.QtCharts import QXYSeries
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

import attachcoder.gui

ENV = "ATTACHCODER_STUDY_PROBE"
_POLL_MS = 100


def import_every_gui_module() -> list[str]:
    """Import each module under attachcoder.gui; an ImportError (a Qt binding the bundle
    lacks) propagates with the module's name in it."""
    names = [m.name for m in pkgutil.walk_packages(attachcoder.gui.__path__, "attachcoder.gui.")]
    for name in names:
        importlib.import_module(name)
    return names


def _has_colour(image: QImage, colour: QColor, step: int = 2) -> bool:
    """Whether any sampled pixel is within a few levels of ``colour`` (antialiasing blends)."""
    r, g, b = colour.red(), colour.green(), colour.blue()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            p = image.pixelColor(x, y)
            if abs(p.red() - r) + abs(p.green() - g) + abs(p.blue() - b) < 24:
                return True
    return False


def run(folder: str | Path, timeout_s: float = 30.0) -> int:
    """Open the study's dashboard and Agreement… and wait for a painted drift chart."""
    from attachcoder.gui.study import study_actions
    from attachcoder.gui.study.agreement_view import LINE_COLOURS, AgreementDialog
    from attachcoder.gui.study.dashboard import StudyDashboard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    modules = import_every_gui_module()
    board = StudyDashboard(folder, open_session=lambda _p, _ro: None)
    study_actions.connect_buttons(board)
    board.show()
    board.agreement_button.click()  # Agreement…, as a person opens it
    dlg = board.agreement_dialog
    if not isinstance(dlg, AgreementDialog):
        print("attachcoder: Agreement… opened no agreement dialog", file=sys.stderr)
        return 1
    tabs = dlg.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "Drift"))
    deadline = time.monotonic() + timeout_s
    result = {"code": 1}
    timer = QTimer(board)

    def poll() -> None:
        view = dlg.chart_view
        lines = [s for s in view.chart().series() if isinstance(s, QXYSeries) and s.count()]
        coders = [s for s in lines if not s.name().startswith("criterion")]
        if view.isVisible() and coders:
            image = view.grab().toImage()
            if _has_colour(image, QColor(LINE_COLOURS[0])):
                print(
                    f"attachcoder: study dashboard and drift chart shown ({len(modules)} gui "
                    f"modules imported, {board.model.rowCount()} video(s), {len(lines)} "
                    f"line(s) painted in {image.width()}x{image.height()})",
                    flush=True,
                )
                result["code"] = 0
                timer.stop()
                app.exit(0)
                return
        if time.monotonic() > deadline:
            print(
                f"attachcoder: no painted drift chart within {timeout_s:g} s "
                f"({len(lines)} line(s), {len(coders)} of coders)",
                file=sys.stderr,
            )
            timer.stop()
            app.exit(1)

    timer.timeout.connect(poll)
    timer.start(_POLL_MS)
    app.exec()
    dlg.close()
    board.close()
    return result["code"]
