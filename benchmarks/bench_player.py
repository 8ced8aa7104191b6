#!/usr/bin/env python3
"""How fast one-frame steps are on a long-GOP 1080p file (issue 20), against ffmpeg's floor.

    .venv/bin/python benchmarks/bench_player.py [--video FILE] [--trials N] [--presses N]
                                                [--no-qmediaplayer]

Makes a 30 s 1080p30 H.264 file with a keyframe every 300 frames (imageio-ffmpeg's ffmpeg,
``-g 300``; at ``--video`` if that file does not exist yet, kept for the next run), then
drives the program's ``Player`` with its ``VideoWidget`` (960 × 540, offscreen) as the
window does, and times each step from the
call to the moment the new frame is on screen (``frameShown`` for that frame and the widget
painted after it), at 10, 150 and 290 frames past the keyframe at frame 300:

* **single**: come from another GOP (the cache holds nothing near), arrive with a seek (a
  click on the timeline), look at the frame for 0.5 s, press once (``--trials`` arrivals);
* **at once**: the same, pressing the moment the frame arrived;
* **after playing**: play 1.5 s up to the frame, pause, look for 0.5 s, press once (the
  frame on screen is QMediaPlayer's; the cache starts from it when playback pauses);
* **repeated**: ``--presses`` presses in a row, each as soon as the previous frame is shown
  (a key held down as fast as frames come);
* **held 30/s**: presses every 33 ms whatever is on screen (the key's auto-repeat), then how
  far behind the picture was at release and how long it took to catch up.

Beside them: ffmpeg's decode-from-keyframe time for the same frame (``ffmpeg -ss T -i FILE
-frames:v 1 -f null -``, process start included, and the same at the keyframe itself so the
difference is the decoding), and with ``QMediaPlayer`` stepping as before this change
(``Player(real_frames=False)``) for comparison. Goals: forward median ≤ 40 ms, backward
median ≤ 150 ms. Nothing here fails a build.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ATTACHCODER_NO_AUDIO"] = "1"

import attachcoder.gui  # noqa: E402,F401  (the PySide6 guard first)
from attachcoder.gui._refcount_guard import pin_singletons  # noqa: E402

pin_singletons()

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from attachcoder.core.timefmt import frame_start_ms  # noqa: E402
from attachcoder.gui.player.player import Player  # noqa: E402
from attachcoder.gui.player.video_widget import VideoWidget  # noqa: E402

FPS = 30
GOP = 300
KEYFRAME = 300
OFFSETS = (10, 150, 290)
FORWARD_GOAL_MS = 40.0
BACKWARD_GOAL_MS = 150.0


def ffmpeg() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def make_video(path: Path, seconds: int = 30) -> Path:
    print(f"making {path.name}: {seconds} s of 1080p{FPS} H.264, a keyframe every {GOP} frames…")
    subprocess.run(
        [ffmpeg(), "-loglevel", "error", "-y", "-f", "lavfi",
         "-i", f"testsrc2=s=1920x1080:r={FPS}:d={seconds}",
         "-c:v", "libx264", "-preset", "veryfast", "-g", str(GOP), "-keyint_min", str(GOP),
         "-sc_threshold", "0", "-pix_fmt", "yuv420p", str(path)],
        check=True,
    )  # fmt: skip
    return path


class Painted(QObject):
    """Counts the video widget's paint events."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class Rig:
    def __init__(self, app: QApplication, video: Path, *, real_frames: bool) -> None:
        self.app = app
        self.player = Player(audio=False, real_frames=real_frames)
        self.widget = VideoWidget(self.player)
        self.widget.resize(960, 540)
        self.widget.show()
        self.painted = Painted()
        self.widget.installEventFilter(self.painted)
        self.player.set_source(video, fps=float(FPS))
        self.wait(lambda: self.player.current_ms is not None, 30)
        if real_frames:
            self.wait(lambda: self.player.frame_times is not None, 60)

    def wait(self, done: Callable[[], bool], timeout_s: float = 20.0) -> bool:
        end = time.perf_counter() + timeout_s
        while not done():
            if time.perf_counter() > end:
                return False
            self.app.processEvents()
            time.sleep(0.0002)
        return True

    def settle(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.002)

    def on_screen(self, index: int, painted_before: int) -> bool:
        return self.player.current_frame == index and self.painted.count > painted_before

    def arrive(self, index: int) -> float:
        """Seek to frame ``index``; ms until it is shown."""
        t0 = time.perf_counter()
        frames = self.player.frame_times
        ms = frames.start_ms(index) if frames is not None else frame_start_ms(index, FPS)
        self.player.seek(ms)
        if not self.wait(lambda: self.player.current_frame == index, 30):
            raise RuntimeError(f"frame {index} never came (at {self.player.current_frame})")
        return (time.perf_counter() - t0) * 1000

    def step(self, delta: int) -> float:
        target = self.player.current_frame + delta
        before = self.painted.count
        t0 = time.perf_counter()
        self.player.step(delta)
        if not self.wait(lambda: self.on_screen(target, before), 30):
            raise RuntimeError(f"step to {target} never came (at {self.player.current_frame})")
        return (time.perf_counter() - t0) * 1000

    def away(self, base: int) -> None:
        """Go somewhere in another GOP and let the cache fill there."""
        self.arrive(100 if base >= GOP else 2 * GOP + 100)
        self.settle(1.5)

    def play_to(self, index: int) -> None:
        self.arrive(max(0, index - 45))
        self.player.play()
        self.wait(lambda: self.player.current_frame >= index - 1, 30)
        self.player.pause()
        self.wait(lambda: not self.player.is_playing, 10)

    def held(self, delta: int, presses: int) -> tuple[int, float]:
        """Presses every 33 ms; (frames behind at release, ms to catch up after it)."""
        start = self.player.current_frame
        for _ in range(presses):
            self.player.step(delta)
            self.settle(1 / 30)
        target = start + delta * presses
        behind = abs(target - self.player.current_frame)
        t0 = time.perf_counter()
        self.wait(lambda: self.player.current_frame == target, 30)
        return behind, (time.perf_counter() - t0) * 1000

    def close(self) -> None:
        self.player.close()
        self.widget.close()
        self.widget.deleteLater()
        self.player.deleteLater()
        self.settle(0.1)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def line(what: str, values: list[float], goal: float | None = None) -> None:
    med = statistics.median(values)
    mark = "" if goal is None else ("  ok" if med <= goal else f"  over the {goal:g} ms goal")
    print(
        f"  {what:<40} median {med:7.1f} ms   p95 {pct(values, 0.95):7.1f} ms"
        f"   (n={len(values)}){mark}"
    )


def floor_ms(video: Path, index: int, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            [ffmpeg(), "-v", "error", "-ss", f"{index / FPS:.4f}", "-i", str(video),
             "-frames:v", "1", "-f", "null", "-"],
            check=True,
        )  # fmt: skip
        best = min(best, (time.perf_counter() - t0) * 1000)
    return best


def bench(rig: Rig, trials: int, presses: int, *, label: str) -> None:
    print(f"\n{label}")
    for offset in OFFSETS:
        base = KEYFRAME + offset
        print(f" {offset} frames past the keyframe (frame {base}):")
        for delta, goal, name in ((1, FORWARD_GOAL_MS, "forward"), (-1, BACKWARD_GOAL_MS, "back")):
            single, at_once, after_play, repeated, arrivals = [], [], [], [], []
            for k in range(trials):
                rig.away(base)
                arrivals.append(rig.arrive(base + k * delta))
                rig.settle(0.5)
                single.append(rig.step(delta))
                rig.away(base)
                rig.arrive(base + k * delta)
                at_once.append(rig.step(delta))
                if k < 3:
                    rig.away(base)
                    rig.play_to(base + k * delta)
                    rig.settle(0.5)
                    after_play.append(rig.step(delta))
            rig.away(base)
            rig.arrive(base)
            rig.settle(0.5)
            for _ in range(presses):
                repeated.append(rig.step(delta))
            line(f"{name}: the seek there from another GOP", arrivals)
            line(f"{name}, single", single, goal)
            line(f"{name}, at once on arrival", at_once)
            line(f"{name}, 0.5 s after pausing playback", after_play)
            line(f"{name}, repeated x{presses}", repeated, goal)
            rig.arrive(base)
            rig.settle(0.5)
            behind, catch_up = rig.held(delta, presses)
            print(
                f"  {name + ', held 30/s x' + str(presses):<40} {behind} frames behind at "
                f"release, on the last one {catch_up:.0f} ms later"
            )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--video", type=Path)
    ap.add_argument("--trials", type=int, default=5)
    ap.add_argument("--presses", type=int, default=30)
    ap.add_argument("--no-qmediaplayer", action="store_true", help="skip the old path")
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(["bench_player"])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("ATTACHCODER_CACHE_DIR", str(Path(tmp) / "cache"))
        video = args.video or Path(tmp) / "gop300_1080p30.mp4"
        if not video.is_file():
            make_video(video)
        print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}")
        print("\nffmpeg's floor: decode from the keyframe to the frame (process start included)")
        at_key = floor_ms(video, KEYFRAME)
        print(f"  at the keyframe itself (frame {KEYFRAME}): {at_key:7.1f} ms")
        for offset in OFFSETS:
            f = floor_ms(video, KEYFRAME + offset)
            print(f"  {offset:3d} frames past it: {f:7.1f} ms  (decoding: {f - at_key:6.1f} ms)")

        rig = Rig(app, video, real_frames=True)
        bench(rig, args.trials, args.presses, label="attachcoder (decoded-frame cache)")
        rig.close()
        if not args.no_qmediaplayer:
            rig = Rig(app, video, real_frames=False)
            bench(rig, 2, 5, label="QMediaPlayer seeks (as before; fewer trials)")
            rig.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
