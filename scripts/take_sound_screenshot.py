"""The README's pictures of the sound row, taken from the real window on an X screen.

Run by ``scripts/xvfb-sound-screenshot`` (which starts a virtual X screen); on a desktop it
can run directly: ``python scripts/take_sound_screenshot.py [OUT_DIR]``. It makes a 3 s
video whose sound is silence, a 440 Hz tone from 1 s to 2 s, and silence again (the tests'
tone burst, at a size that shows in the video pane), codes a few episodes over it, and grabs
the window with the timeline fitted to the session:

* ``sound-track.png`` — the waveform row under the layers, the playhead in the burst;
* ``sound-spectrogram.png`` — the same row switched to the spectrogram (the tone's line low
  down, 0–5 kHz over the row).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = Path(tempfile.mkdtemp(prefix="sound-"))
os.environ["ATTACHCODER_CONFIG_DIR"] = str(WORK / "config")
os.environ["ATTACHCODER_DATA_DIR"] = str(WORK / "data")
os.environ["ATTACHCODER_CACHE_DIR"] = str(WORK / "cache")
os.environ["ATTACHCODER_NO_AUDIO"] = "1"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from screenshot_support import settle, wait  # noqa: E402

from attachcoder.core import Session  # noqa: E402
from attachcoder.core.episode import Episode  # noqa: E402
from attachcoder.core.session import Media, Metadata  # noqa: E402
from attachcoder.gui.app import make_application, show_window  # noqa: E402
from attachcoder.gui.timeline.sound_row import SPECTROGRAM  # noqa: E402
from attachcoder.io.session.file import default_scheme, save  # noqa: E402

W, H = 1280, 800
TONE = "0.5*sin(2*PI*440*t)*between(t\\,1\\,2)"


def tone_video(path: Path) -> Path:
    import imageio_ffmpeg

    subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y",
         "-f", "lavfi", "-i", "testsrc2=s=640x360:r=25:d=3",
         "-f", "lavfi", "-i", f"aevalsrc='{TONE}':s=16000:d=3",
         "-map", "0:v", "-map", "1:a", "-c:a", "aac",
         "-pix_fmt", "yuv420p", "-c:v", "libx264", str(path)],
        check=True,
    )  # fmt: skip
    return path


def tone_session(folder: Path) -> Path:
    video = tone_video(folder / "tone.mp4")
    episodes = [
        Episode("e1", "Phase", "play", 0, 3000),
        Episode("e2", "Interaction", "attuned", 0, 1000),
        Episode("e3", "Interaction", "misattuned", 1000, 2000),
        Episode("e4", "Interaction", "repair", 2000, 3000),
        Episode("e5", "Marks", "infant bid", 1040),
    ]
    session = Session(
        default_scheme(),
        episodes=episodes,
        metadata=Metadata(dyad_id="T001", coder_id="C1", session_date="2026-03-11"),
        media=[Media(video.name, duration_ms=3000, fps=25.0)],
        duration_ms=3000,
    )
    path = folder / "T001_C1.acs"
    save(session, path, backup=False)
    return path


def shot(path: Path, widget: QWidget) -> None:
    settle()
    area = QRect(widget.frameGeometry())
    image = QApplication.primaryScreen().grabWindow(
        0, area.x(), area.y(), area.width(), area.height()
    )
    assert image.save(str(path)), f"could not write {path}"
    print(f"screenshot: {path} ({image.width()}x{image.height()})")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    folder = WORK / "sessions"
    folder.mkdir(parents=True)
    w = show_window(tone_session(folder))
    w.setGeometry(0, 0, W, H)
    w.main_splitter.setSizes([820, 460])
    w.video_splitter.setSizes([470, 280])
    wait(lambda: w.player.current_ms is not None)
    row = w.timeline.sound_row
    wait(lambda: row.track is not None, timeout=30)
    w.timeline.fit()
    w.player.seek(1480)
    wait(lambda: w.timeline.playhead_ms == 1480)
    shot(out / "sound-track.png", w)
    row.set_view(SPECTROGRAM)
    shot(out / "sound-spectrogram.png", w)
    w.close_document(discard=True)
    w.close()
    app.processEvents()
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
