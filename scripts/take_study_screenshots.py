"""The README's study screenshots, from the real window on an X screen.

Run by ``scripts/xvfb-study-screenshots``. It makes a study of 24 small generated videos with
three coders through the commands (``study init``, ``add``, ``sample``), writes the coders'
work into their session files (the primaries over four months, C3's reliability codings
drifting away from the primaries'), then opens the study from File → Open study… and grabs:

* ``study-dashboard.png`` — the dashboard, signed in as C1;
* ``study-drift.png`` — Agreement… on its Drift tab: one line per coder, the criterion dashed.
"""

from __future__ import annotations

import dataclasses
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = Path(tempfile.mkdtemp(prefix="study-shots-"))
os.environ["ATTACHCODER_CONFIG_DIR"] = str(WORK / "config")
os.environ["ATTACHCODER_DATA_DIR"] = str(WORK / "data")
os.environ["ATTACHCODER_NO_AUDIO"] = "1"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from screenshot_support import settle, wait  # noqa: E402
from small_videos import make_videos  # noqa: E402

from attachcoder.cli import main as cli  # noqa: E402
from attachcoder.core import Episode  # noqa: E402
from attachcoder.gui.app import make_application, show_window  # noqa: E402
from attachcoder.gui.study import study_files  # noqa: E402
from attachcoder.io.session.file import load, save  # noqa: E402
from attachcoder.io.study.file import load_study  # noqa: E402

CODES = ["attuned", "attuned", "misattuned", "repair"]


def code(path: Path, base: list[str], noise: float, rng: random.Random, done: str | None) -> None:
    s = load(path)
    codes = [c if rng.random() >= noise else rng.choice(CODES) for c in base]
    eps = [
        Episode(f"e{i}", "Interaction", c, i * 2000, (i + 1) * 2000) for i, c in enumerate(codes)
    ]
    s = type(s)(s.scheme, metadata=s.metadata, media=s.media, duration_ms=s.duration_ms,
                episodes=eps)  # fmt: skip
    if done:
        s.metadata = dataclasses.replace(s.metadata, status="complete", completed_at=done)
    save(s, path, backup=False)


def grab(path: Path, widget: QWidget) -> None:
    """The widget as painted (its window's frame is the X server's, and there is none here)."""
    settle()
    image = widget.grab()
    assert image.save(str(path)), f"could not write {path}"
    print(f"screenshot: {path} ({image.width()}x{image.height()})")


def make_study() -> Path:
    folder = WORK / "still-face-2027"
    videos = make_videos(WORK / "videos", 24, seconds=40)
    cli(["study", "init", str(folder), "--coders", "C1,C2,C3", "--seed", "7", "--fraction", "0.5",
         "--tolerance", "0s", "--criterion", "0.7", "--name", "Still-face 2027"])  # fmt: skip
    cli(["study", "add", str(folder), *map(str, videos[:18]), "--date", "2027-01-10"])
    cli(["study", "sample", str(folder)])
    cli(["study", "add", str(folder), *map(str, videos[18:]), "--date", "2027-03-02"])
    cli(["study", "sample", str(folder)])
    rng = random.Random(3)
    study = load_study(folder)
    for k, v in enumerate(study.videos):
        if k >= 20:
            continue  # not started yet
        base = [rng.choice(CODES) for _ in range(20)]
        month, day = 1 + k * 4 // 20, 1 + (k * 7) % 27
        when = f"2027-{month + 1:02}-{day:02}T1{k % 8}:00:00+00:00"
        sessions = folder / "sessions" / v.dyad_id
        drift = 1.1 * k / 17  # C3 drifts away from the others as the months pass
        noise = drift if v.primary == "C3" else 0.0
        code(sessions / f"{v.dyad_id}_{v.primary}.acs", base, noise, rng, when if k < 17 else None)
        if v.reliability is not None and k < 17:
            noise = 0.08 + (drift if v.reliability == "C3" else 0.0)
            code(sessions / f"{v.dyad_id}_{v.reliability}.acs", base, noise, rng,
                 f"2027-{month + 1:02}-{min(day + 2, 28):02}T09:00:00+00:00")  # fmt: skip
    return folder


def run(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    make_application()
    folder = make_study()
    w = show_window(None)
    w.setGeometry(0, 0, 1280, 800)
    study_files.choose_study = lambda parent, start: folder  # the folder chosen in the dialog
    w.study.open_study_action.trigger()
    board = w.study.dashboard
    assert board is not None
    board.setGeometry(40, 30, 1100, 700)
    board.coder_box.setCurrentText("C1")
    wait(lambda: board.isVisible())
    settle()
    grab(out / "study-dashboard.png", board)
    board.agreement_button.click()
    dlg = board.agreement_dialog
    wait(lambda: dlg is not None and dlg.isVisible())
    dlg.setGeometry(80, 60, 900, 600)
    dlg.tabs.setCurrentIndex(2)
    grab(out / "study-drift.png", dlg)
    dlg.close()
    board.close()
    w.close()
    QApplication.processEvents()


if __name__ == "__main__":
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
