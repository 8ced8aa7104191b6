"""The README's screenshots of the coding window, taken from the real window on an X screen.

Run by ``scripts/xvfb-screenshots`` (which starts a virtual X screen); on a desktop it can run
directly: ``python scripts/take_screenshots.py [OUT_DIR]``. It opens a copy of the sample
session (never the shipped one), drives the window as a person would and grabs the screen:

* ``coding-session.png`` — coding the sample: video, transport, timeline, pad and table, a
  repair selected in both the table and the timeline, its modifier offered under the video;
* ``timeline-zoomed.png`` — the timeline zoomed in on a rupture and its repair;
* ``scheme-editor.png`` — Session ▸ Coding scheme… on the repair code;
* ``export-dialog.png`` — File ▸ Export workbook…;
* ``batch-export.png`` — File ▸ Batch export… after a batch with a damaged file in it;
* ``start-page.png`` — the window started with nothing to open;
* ``two-cameras.png`` — two synchronised cameras (camera 2 started 0.4 s later), frame-locked;
* ``live-coding.png`` — a session without video, coded live on the clock.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_sessions"
WORK = Path(tempfile.mkdtemp(prefix="study-"))
os.environ["ATTACHCODER_CONFIG_DIR"] = str(WORK / "config")
os.environ["ATTACHCODER_DATA_DIR"] = str(WORK / "data")
os.environ["ATTACHCODER_NO_AUDIO"] = "1"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QRect, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402
from screenshot_support import settle, wait  # noqa: E402

from attachcoder.core import Session  # noqa: E402
from attachcoder.core.session import Media, Metadata  # noqa: E402
from attachcoder.gui.app import make_application, show_window  # noqa: E402
from attachcoder.gui.window import file_flow  # noqa: E402
from attachcoder.gui.window.main_window import MainWindow  # noqa: E402
from attachcoder.io.session.file import default_scheme, load, save  # noqa: E402

W, H = 1280, 800


def shot(path: Path, *widgets: QWidget) -> None:
    """Grab the screen where ``widgets`` are (the first one's window and any dialog over it)."""
    settle()
    area = QRect()
    for w in widgets:
        area = area.united(w.frameGeometry())
    screen = QApplication.primaryScreen()
    image = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
    assert image.save(str(path)), f"could not write {path}"
    print(f"screenshot: {path} ({image.width()}x{image.height()})")


def with_dialog(window: MainWindow, open_it: Callable[[], object], act: Callable[[QDialog], None]):
    """Open a modal dialog with ``open_it`` and run ``act`` on it once it shows."""

    def attempt() -> None:
        d = QApplication.activeModalWidget()
        if isinstance(d, QDialog) and d.isVisible():
            act(d)
        else:
            QTimer.singleShot(50, attempt)

    QTimer.singleShot(0, attempt)
    return open_it()


def sample_copy() -> Path:
    folder = WORK / "sessions"
    folder.mkdir(parents=True)
    for name in ("D001_C1.acs", "D001_C2.acs"):
        shutil.copy2(SAMPLE / name, folder / name)
    (folder / "demo.mp4").symlink_to(SAMPLE / "demo.mp4")
    (folder / "broken.acs").write_text('{"format": "attachcoder-session", "version": 1,')
    return folder / "D001_C1.acs"


def two_camera_session(folder: Path, coded: Path) -> Path:
    """The sample video as two cameras, the second started 0.4 s later, with the sample's coding."""
    (folder / "cam2.mp4").symlink_to(SAMPLE / "demo.mp4")
    session = Session(
        default_scheme(),
        episodes=load(coded).episodes(),
        metadata=Metadata(dyad_id="D002", coder_id="C1", session_date="2026-03-09"),
        media=[Media("demo.mp4", duration_ms=360_000, fps=25.0),
               Media("cam2.mp4", duration_ms=360_000, fps=25.0, offset_ms=400)],
        duration_ms=360_400,
    )  # fmt: skip
    path = folder / "D002_C1.acs"
    save(session, path, backup=False)
    return path


def live_shot(w: MainWindow, folder: Path, path: Path) -> None:
    """A live session coded for a while on the clock (time moved by hand: no waiting)."""
    now = [0]
    metadata = Metadata(dyad_id="D031", coder_id="C1", session_date="2026-03-10")
    session = Session(default_scheme(), metadata=metadata)
    live = folder / "D031_live.acs"
    save(session, live, backup=False)
    w.live.now_ms = lambda: now[0]
    assert file_flow.open_session(w, live)
    w.live.toggle()
    for at_s, code in ((0, "p"), (1, "1"), (9, "2"), (12, "3"), (15, "1"), (21, "b"), (27, "2"),
                       (30, "1"), (38, "b"), (44, "2"), (46, "3"), (49, "1")):  # fmt: skip
        now[0] = at_s * 1000
        w.key_router.codeKey.emit(*w.key_router._codes[code])
    now[0] = 52_300
    w.timeline.zoom_to(80.0, 0)
    w.timeline.scroll_to(0)
    wait(lambda: w.timeline.playhead_ms == 52_300)
    shot(path, w)
    w.live.now_ms = None


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    session = sample_copy()

    start = show_window(None)
    start.setGeometry(0, 0, W, H)
    start.settings.add_recent(session)
    start.settings.add_recent(session.with_name("D001_C2.acs"))
    start.start_page.refresh()
    shot(out / "start-page.png", start)
    start.close()

    w = show_window(session)
    w.setGeometry(0, 0, W, H)
    w.main_splitter.setSizes([760, 520])
    w.video_splitter.setSizes([600, 150])
    wait(lambda: w.player.current_ms is not None)
    doc = w.document
    assert doc is not None
    repair = next(
        e for e in doc.session.layer_episodes("Interaction")
        if e.code == "repair" and e.onset_ms > 20_000
    )  # fmt: skip
    w.player.seek(repair.onset_ms + 1200)
    wait(lambda: w.player.current_ms is not None and w.player.current_ms > repair.onset_ms)
    w.table.select_episode(repair.id)
    w.modifier_bar.show_for(repair, doc.session.scheme.layer("Interaction").code("repair"))
    w.timeline.zoom_to(40.0, repair.onset_ms)
    w.timeline.scroll_to(repair.onset_ms - 12_000)
    shot(out / "coding-session.png", w)

    w.modifier_bar.dismiss()
    w.timeline.zoom_to(200.0, 120_000)  # zoomed out: play, still-face and reunion at once
    w.timeline.scroll_to(60_000)
    shot(out / "timeline-zoomed.png", w)
    w.timeline.zoom_to(40.0, repair.onset_ms)
    w.timeline.scroll_to(repair.onset_ms - 12_000)

    def scheme_shot(d: QDialog) -> None:
        d.resize(900, 600)
        d.move(w.frameGeometry().center() - QPoint(450, 300))
        d.select(0, 2)  # Interaction ▸ repair
        shot(out / "scheme-editor.png", w)
        d.reject()

    with_dialog(w, w.session_actions.edit_scheme, scheme_shot)

    def export_shot(d: QDialog) -> None:
        d.move(w.frameGeometry().center() - QPoint(d.width() // 2, d.height() // 2))
        shot(out / "export-dialog.png", w)
        d.reject()

    with_dialog(w, w.session_actions.export_workbook, export_shot)

    def batch_shot(d: QDialog) -> None:
        d.move(w.frameGeometry().center() - QPoint(d.width() // 2, d.height() // 2))
        d.add_paths([session.parent])
        d.out_path.setText(str(WORK / "batch.xlsx"))
        d.start()
        wait(lambda: d.report is not None and not d.running, timeout=60)
        shot(out / "batch-export.png", w)
        d.reject()

    with_dialog(w, w.session_actions.batch_export, batch_shot)
    w.close_document(discard=True)

    two = two_camera_session(session.parent, session)
    assert file_flow.open_session(w, two)
    wait(lambda: w.camera2.player.current_ms is not None)
    w.player.seek(repair.onset_ms + 1200)
    wait(lambda: w.player.current_ms is not None and w.player.current_ms > repair.onset_ms)
    wait(w.camera2.in_step)
    w.timeline.zoom_to(40.0, repair.onset_ms)
    w.timeline.scroll_to(repair.onset_ms - 12_000)
    shot(out / "two-cameras.png", w)
    w.close_document(discard=True)

    live_shot(w, session.parent, out / "live-coding.png")
    w.close_document(discard=True)
    w.close()
    app.processEvents()
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
