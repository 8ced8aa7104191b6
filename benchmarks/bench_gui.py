#!/usr/bin/env python3
"""How fast the coding window is (targets from issue 5).

    .venv/bin/python benchmarks/bench_gui.py [--launches N] [--keys K] [--frames F]

Prints:
- launch: from starting a Python process to a usable window — the sample session open, its
  table filled and the first video frame on screen (median and worst of N; target < 2 s);
- keystroke: the time to handle one coding key press (router → ``Session.plan_code`` → undo
  stack → table row → journal → pad) in a session of 10,000 episodes, K presses at different
  frames (median and worst; target: median < 5 ms);
- per frame: the cost of one ``frameShown`` (time display, slider, pad highlight from
  ``Session.active_at``) at 100 and at 100,000 episodes — it must not grow with the session;
- episode table at 100,000 episodes: sorting by code, by duration, onset descending, and
  changing the layer filter while sorted, each until the view has redrawn (target < 1 s).

Runs offscreen without audio. Nothing here fails a build (timed asserts do not belong in tests).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ATTACHCODER_NO_AUDIO"] = "1"

SAMPLE = ROOT / "sample_sessions" / "D001_C1.acs"
VIDEO = ROOT / "sample_sessions" / "demo.mp4"
LAUNCH_TARGET_S = 2.0
KEY_TARGET_MS = 5.0
TABLE_TARGET_S = 1.0
FRAME_MS = 40

_CHILD = """
import sys, time
from pathlib import Path
import attachcoder.gui
from attachcoder.gui.app import make_application, show_window
app = make_application()
w = show_window(Path(sys.argv[1]))
def ready(ms, frame):
    if w.document is not None and w.table.model is not None:
        print("READY", len(w.document.session), flush=True)
        w.player.frameShown.disconnect(ready)
        app.quit()
w.player.frameShown.connect(ready)
app.exec()
w.close_document(discard=True)
"""


def bench_launch(folder: Path, runs: int) -> list[float]:
    session = _copy_sample(folder)
    env = dict(os.environ, ATTACHCODER_CONFIG_DIR=str(folder / "config"))
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(session)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        times.append(time.perf_counter() - t0)
        proc.wait(timeout=60)
        proc.stdout.close()
        if not line.startswith("READY"):
            raise SystemExit(f"the window did not come up (got {line!r})")
    return times


def _copy_sample(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / VIDEO.name).exists():
        (folder / VIDEO.name).symlink_to(VIDEO)
    shutil.copyfile(SAMPLE, folder / SAMPLE.name)
    return folder / SAMPLE.name


def _big_session(folder: Path, n: int) -> Path:
    """The sample's video and scheme with ``n`` episodes: half states, half points."""
    from attachcoder.core import Episode
    from attachcoder.io.session.file import load, save

    base = load(_copy_sample(folder))
    base.delete(*[e.id for e in base.iter_episodes()])
    states = n // 2
    span = base.duration_ms // max(states, 1)
    codes = ("attuned", "misattuned", "repair", "uncodable")
    eps = [
        Episode(f"e{i + 1}", "Interaction", codes[i % 4], i * span, (i + 1) * span)
        for i in range(states)
    ]
    rng = random.Random(5)
    eps += [
        Episode(f"e{states + j + 1}", "Marks", "infant bid", rng.randrange(base.duration_ms))
        for j in range(n - states)
    ]
    from attachcoder.core import Session

    session = Session(
        base.scheme,
        metadata=base.metadata,
        media=base.media,
        duration_ms=base.duration_ms,
        episodes=eps,
    )
    path = folder / f"big_{n}.acs"
    save(session, path, backup=False)
    return path


class _Windows:
    """Opens sessions in windows in this process and waits on conditions (no sleeps)."""

    def __init__(self) -> None:
        import attachcoder.gui  # noqa: F401  (the PySide6 6.12 / Python 3.11 guard)
        from attachcoder.gui.app import make_application

        self.app = make_application()

    def wait(self, cond, timeout_s: float = 20.0) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + timeout_s
        while not cond():
            self.app.processEvents()
            if time.monotonic() > end:
                raise SystemExit("timed out waiting for the window")

    def open(self, path: Path):  # type: ignore[no-untyped-def]
        from attachcoder.gui.window import file_flow
        from attachcoder.gui.window.compose import build_window

        w = build_window(audio=False)
        w.show()
        assert file_flow.open_session(w, path)
        self.wait(lambda: w.player.current_ms is not None)
        return w

    def close(self, w) -> None:  # type: ignore[no-untyped-def]
        w.close_document(discard=True)
        w.close()
        w.deleteLater()


def bench_keystrokes(folder: Path, n_keys: int) -> tuple[list[float], int]:
    from PySide6.QtTest import QTest

    ws = _Windows()
    w = ws.open(_big_session(folder / "keys", 10_000))
    size = len(w.document.session)
    rng = random.Random(7)
    keys = "1231b0"
    times = []
    last_frame = w.player.duration_ms // FRAME_MS - 1
    for i in range(n_keys):
        frame = rng.randrange(1, last_frame)
        w.player.seek(frame * FRAME_MS)
        ws.wait(lambda f=frame: w.player.current_frame == f)
        t0 = time.perf_counter()
        QTest.keyClick(w, keys[i % len(keys)])
        times.append((time.perf_counter() - t0) * 1000)
    assert w.document.undo_stack.count() > n_keys // 2, "the keys did not code"
    ws.close(w)
    return times, size


def bench_frames(folder: Path, sizes: tuple[int, ...], n_frames: int) -> dict[int, list[float]]:
    ws = _Windows()
    out: dict[int, list[float]] = {}
    for n in sizes:
        w = ws.open(_big_session(folder / f"frames_{n}", n))
        rng = random.Random(11)
        last_frame = w.player.duration_ms // FRAME_MS - 1
        emit = w.player.frameShown.emit
        times = []
        for _ in range(n_frames):
            frame = rng.randrange(last_frame)
            t0 = time.perf_counter()
            emit(frame * FRAME_MS, frame)
            times.append((time.perf_counter() - t0) * 1e6)
        out[len(w.document.session)] = times
        ws.close(w)
    return out


def bench_table(folder: Path, n: int) -> list[tuple[str, float]]:
    """Seconds for each table operation, each including the repaint that follows it."""
    from PySide6.QtCore import Qt

    from attachcoder.gui.episodes.episode_model import Column

    ws = _Windows()
    w = ws.open(_big_session(folder / "table", n))
    view, table = w.table.view, w.table
    desc, asc = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
    steps = [
        ("sort by code", lambda: view.sortByColumn(Column.CODE, asc)),
        ("sort by duration", lambda: view.sortByColumn(Column.DURATION, asc)),
        ("sort by onset, descending", lambda: view.sortByColumn(Column.ONSET, desc)),
        ("sort by layer", lambda: view.sortByColumn(Column.LAYER, asc)),
        ("filter Marks, sorted", lambda: table.layer_filter.setCurrentText("Marks")),
        ("filter back to all layers", lambda: table.layer_filter.setCurrentIndex(0)),
        ("back to onset order", lambda: view.sortByColumn(Column.ONSET, asc)),
    ]  # fmt: skip
    out = []
    for label, step in steps:
        t0 = time.perf_counter()
        step()
        view.viewport().repaint()
        ws.app.processEvents()
        out.append((label, time.perf_counter() - t0))
    assert table.proxy.rowCount() == len(w.document.session)
    ws.close(w)
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--launches", type=int, default=5)
    p.add_argument("--keys", type=int, default=200)
    p.add_argument("--frames", type=int, default=2000)
    p.add_argument("--table-only", action="store_true", help="only the episode table figures")
    args = p.parse_args()
    if args.table_only:
        with tempfile.TemporaryDirectory() as tmp:
            _print_table(bench_table(Path(tmp), 100_000))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        launch = bench_launch(folder / "launch", args.launches)
        med, worst = statistics.median(launch), max(launch)
        ok = "ok" if med < LAUNCH_TARGET_S else "OVER TARGET"
        print(f"launch to a usable window (sample session, first frame shown): "
              f"median {med:.2f} s, worst {worst:.2f} s over {len(launch)} "
              f"(target < {LAUNCH_TARGET_S:.0f} s) {ok}")  # fmt: skip

        keys, size = bench_keystrokes(folder, args.keys)
        med, worst = statistics.median(keys), max(keys)
        ok = "ok" if med < KEY_TARGET_MS else "OVER TARGET"
        print(f"coding keystroke with {size:,} episodes: median {med:.2f} ms, "
              f"worst {worst:.2f} ms over {len(keys)} (target: median < {KEY_TARGET_MS:.0f} ms) "
              f"{ok}")  # fmt: skip

        frames = bench_frames(folder, (100, 100_000), args.frames)
        medians = {n: statistics.median(t) for n, t in frames.items()}
        for n, t in frames.items():
            print(f"per-frame update at {n:>7,} episodes: median {medians[n]:.1f} µs, "
                  f"worst {max(t):.1f} µs over {len(t)}")  # fmt: skip
        small, big = medians[min(medians)], medians[max(medians)]
        verdict = "does not grow" if big < 2 * small else "GROWS with the session"
        print(f"per-frame cost at 100,000 / at 100 episodes: {big / small:.2f}× ({verdict})")

        _print_table(bench_table(folder, 100_000))


def _print_table(rows: list[tuple[str, float]]) -> None:
    for label, seconds in rows:
        ok = "ok" if seconds < TABLE_TARGET_S else "OVER TARGET"
        print(f"episode table at 100,000 episodes, {label}: {seconds * 1000:.0f} ms "
              f"(target < {TABLE_TARGET_S:.0f} s) {ok}")  # fmt: skip


if __name__ == "__main__":
    main()
