#!/usr/bin/env python3
"""How long the sound track takes to read, to load from the cache and to draw (issue 20).

    .venv/bin/python benchmarks/bench_sound.py [--minutes N] [--video FILE]

Makes an N-minute video (default 10) with a camera's sound — 48 kHz stereo AAC, a tone that
glides up and down with noise over it, 2 s of silence every 10 s — and a tiny picture
(imageio-ffmpeg's ffmpeg; at ``--video`` if that file does not exist yet, kept for the next
run), then prints:

* reading it (decode, resample, reduce) uncached, and the peak memory the reading added;
* loading it from the cache, and the cache file's size;
* drawing the row (offscreen, 1200 px wide): a full redraw of the waveform and of the
  spectrogram at several zooms, and a playhead move (a strip copied from the picture).

Nothing here fails a build.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
CACHE = Path(tempfile.mkdtemp(prefix="bench-sound-"))
os.environ["ATTACHCODER_CACHE_DIR"] = str(CACHE)


def make_video(path: Path, minutes: int) -> None:
    import imageio_ffmpeg

    seconds = minutes * 60
    sound = (
        f"aevalsrc='0.3*sin(2*PI*(300+200*sin(2*PI*t/7))*t)*gt(mod(t\\,10)\\,2)"
        f"+0.02*(random(0)-0.5)|0.3*sin(2*PI*(300+200*sin(2*PI*t/7))*t)*gt(mod(t\\,10)\\,2)"
        f"':s=48000:d={seconds}"
    )
    subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y",
         "-f", "lavfi", "-i", f"color=c=gray:s=64x48:r=5:d={seconds}",
         "-f", "lavfi", "-i", sound, "-map", "0:v", "-map", "1:a",
         "-c:a", "aac", "-b:a", "128k", "-pix_fmt", "yuv420p", "-c:v", "libx264", str(path)],
        check=True,
    )  # fmt: skip


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=int, default=10)
    ap.add_argument("--video", type=Path)
    args = ap.parse_args()
    video = args.video or Path(tempfile.gettempdir()) / f"bench-sound-{args.minutes}min.mp4"
    if not video.exists():
        t = time.perf_counter()
        make_video(video, args.minutes)
        print(
            f"made {video} ({video.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s"
        )

    from attachcoder.io.media import sound_cache

    before = rss_mb()
    t = time.perf_counter()
    track = sound_cache.load_or_build(video)
    read_s = time.perf_counter() - t
    assert track is not None
    hour_s = read_s / args.minutes * 60
    grew = rss_mb() - before
    print(f"read {args.minutes} min uncached: {read_s:.2f} s ({hour_s:.1f} s an hour), "
          f"peak memory +{grew:.0f} MB")  # fmt: skip
    cached = sound_cache.cached_path(video)
    loads = []
    for _ in range(5):
        t = time.perf_counter()
        sound_cache.load_or_build(video)
        loads.append(time.perf_counter() - t)
    print(f"load from cache: median {statistics.median(loads) * 1000:.0f} ms, "
          f"file {cached.stat().st_size / 1e6:.2f} MB "
          f"({cached.stat().st_size / 1e6 / args.minutes * 60:.1f} MB an hour)")  # fmt: skip

    from PySide6.QtWidgets import QApplication

    import attachcoder.gui  # noqa: F401
    from attachcoder.core import Session
    from attachcoder.gui.timeline.qt_timeline import QtTimeline
    from attachcoder.gui.timeline.sound_reader import SoundSource
    from attachcoder.gui.timeline.sound_row import SPECTROGRAM, WAVEFORM
    from attachcoder.io.session.file import default_scheme

    app = QApplication.instance() or QApplication([])
    tl = QtTimeline(Session(default_scheme()))
    tl.resize(1300, 300)
    tl.show()
    row = tl.sound_row
    row.load([SoundSource(0, video, 0)])
    end = time.monotonic() + 30
    while row.track is None and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    assert row.track is not None
    for view in (WAVEFORM, SPECTROGRAM):
        row.set_view(view)
        for mpp in (1.0, 40.0, 1000.0, args.minutes * 60_000 / 1200):
            tl.zoom_to(mpp, 0)
            times = []
            for i in range(10):
                tl.scroll_to(60_000 + i * 7)  # a new stretch each time: a full redraw
                t = time.perf_counter()
                row.repaint()
                times.append(time.perf_counter() - t)
            print(f"{view:>11} at {mpp:>7.1f} ms/px: full redraw median "
                  f"{statistics.median(times) * 1000:.1f} ms")  # fmt: skip
    tl.zoom_to(40.0, 0)
    tl.scroll_to(0)
    row.repaint()
    drawn = row.rebuilds
    times = []
    for i in range(200):
        tl.set_playhead(i * 40)
        t = time.perf_counter()
        app.processEvents()
        times.append(time.perf_counter() - t)
    median = statistics.median(times) * 1000
    print(f"playhead move (canvas strip + row strip): median {median:.2f} ms, "
          f"redraws of the row's picture: {row.rebuilds - drawn}")  # fmt: skip
    tl.close()


if __name__ == "__main__":
    main()
