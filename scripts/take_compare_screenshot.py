"""The compare view's screenshot (docs/screenshots/compare.png), taken from the real window.

Run by ``scripts/xvfb-compare-screenshot`` (which starts a virtual X screen); on a desktop it
can run directly: ``python scripts/take_compare_screenshot.py [OUT.png]``. It opens a copy of
the sample session D001_C1 (never the shipped one), chooses File ▸ Compare with… and picks
D001_C2 in the file dialog, sets a tolerance of one second, zooms the timeline on the first
minute of play, clicks a disagreement in the list (the video goes there) and grabs the screen.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_sessions"
WORK = Path(tempfile.mkdtemp(prefix="attachcoder-compare-shot-"))
os.environ["ATTACHCODER_CONFIG_DIR"] = str(WORK / "config")
os.environ["ATTACHCODER_DATA_DIR"] = str(WORK / "data")
os.environ["ATTACHCODER_NO_AUDIO"] = "1"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog  # noqa: E402
from screenshot_support import settle, wait  # noqa: E402

from attachcoder.gui.app import make_application, show_window  # noqa: E402

W, H = 1600, 900


def pick_in_file_dialog(path: Path) -> None:
    """Answer the file dialog that is about to open, as a person would: choose ``path``."""

    def attempt() -> None:
        d = QApplication.activeModalWidget()
        if isinstance(d, QFileDialog) and d.isVisible():
            d.selectFile(str(path))
            d.accept()
        else:
            QTimer.singleShot(50, attempt)

    QTimer.singleShot(0, attempt)


def main(out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    app = make_application()
    folder = WORK / "sessions"
    folder.mkdir(parents=True)
    for name in ("D001_C1.acs", "D001_C2.acs"):
        shutil.copy2(SAMPLE / name, folder / name)
    (folder / "demo.mp4").symlink_to(SAMPLE / "demo.mp4")

    w = show_window(folder / "D001_C1.acs")
    w.setGeometry(0, 0, W, H)
    wait(lambda: w.player.current_ms is not None)
    pick_in_file_dialog(folder / "D001_C2.acs")
    compare = w.compare  # type: ignore[attr-defined]
    compare.compare_action.trigger()  # File ▸ Compare with…
    wait(lambda: compare.active and compare.dock.isVisible())
    panel = compare.panel
    panel.tolerance.setText("1s")
    panel.tolerance.editingFinished.emit()
    w.resizeDocks([compare.dock], [450], Qt.Orientation.Horizontal)
    w.main_splitter.setSizes([640, 500])
    w.video_splitter.setSizes([520, 300])
    settle(0.5)

    # a disagreement in the first minute: click it in the list
    rows = panel.list.model.rows()
    row = next(i for i, r in enumerate(rows) if r.layer == "Interaction" and r.start_ms > 40_000)
    index = panel.list.model.index(row, 0)
    panel.list.view.scrollTo(index)
    settle(0.2)
    QTest.mouseClick(
        panel.list.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.list.view.visualRect(index).center(),
    )
    target = rows[row].start_ms
    wait(lambda: w.player.current_ms is not None and abs(w.player.current_ms - target) < 80)
    w.timeline.set_follow_playhead(False)  # type: ignore[attr-defined]
    w.timeline.zoom_to(70.0, target)  # type: ignore[attr-defined]
    w.timeline.scroll_to(target - 14_000)  # type: ignore[attr-defined]
    settle(1.0)
    area = QRect(w.frameGeometry())
    image = QApplication.primaryScreen().grabWindow(0, area.x(), area.y(), area.width(),
                                                    area.height())  # fmt: skip
    assert image.save(str(out)), f"could not write {out}"
    print(f"screenshot: {out} ({image.width()}x{image.height()})")
    w.close_document(discard=True)
    w.close()
    app.processEvents()
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "compare.png")
