#!/usr/bin/env python3
"""The compare view's costs (issues 7 and 19, in the window): what one key costs while
comparing, and drawing the second coding and its disagreement marks on the timeline.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_compare_gui.py [--repeat R]
        [--keys K] [--sizes 2000,100000]

Two codings of one session, the second a jittered copy of the first (boundaries moved by up to
0.4 s, one state in ten coded differently, points moved or dropped), at about 2,000 episodes
(a long session, 1.8 hours) and at 100,000 (a 90-hour stress case). Prints, for 1-s units and
for one-frame units (tolerance 1 s):

* the recomputation an edit asks for, as the worker thread runs it (``compare_job.prepare``:
  the snapshot rebuilt as a session, ``compare_sessions``, the list's rows and the timeline's
  marks), the snapshot the GUI thread takes for it, and how many stretches were listed;
* in the window (File → Compare with…, the sample video under the coding), K code keys pressed
  at different places: from the key until the panel is up to date (median and worst), and the
  longest stall of the GUI thread from the key until then (a 5-ms heartbeat timer's longest
  gap; the key's own handling counts), beside the longest gap over as long with no key (what
  the machine's load alone does), and first the same keys with no comparison open (what a key
  costs the window by itself). Goal: no stall over 50 ms; up to date within 250 ms at 2,000
  episodes and within 1 s at 100,000. At 100,000 episodes Python's cyclic garbage collector
  makes the longest stalls: the analysis allocates ~135,000 stretch tuples per run, which
  triggers full passes over every object the process holds (both codings), and a pass holds
  the interpreter lock whichever thread runs it. ``--gc-freeze`` shows the figures with the
  objects alive once the comparison is open frozen out of those passes;
* with the comparison shown on the timeline (12 s at 20 ms per pixel): one playhead update,
  a full repaint, and a full repaint with the whole session shown (Fit).

The machine's load is printed first: on a shared machine the wall-clock figures move with it.
Nothing here fails a build (timed asserts do not belong in tests).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ATTACHCODER_NO_AUDIO"] = "1"

from bench_core import big_session  # noqa: E402
from PySide6.QtCore import QEventLoop, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import attachcoder.gui  # noqa: E402, F401  (the PySide6 6.12 / Python 3.11 guard first)
from attachcoder.analysis.agreement import compare_sessions  # noqa: E402
from attachcoder.core import Session  # noqa: E402
from attachcoder.core.episode import Episode  # noqa: E402
from attachcoder.gui.compare.compare_job import CodingSnapshot, prepare  # noqa: E402
from attachcoder.gui.compare.compare_overlay import ComparisonOverlay  # noqa: E402
from attachcoder.gui.compare.compare_panel import CompareSettings  # noqa: E402
from attachcoder.gui.timeline.qt_timeline import QtTimeline  # noqa: E402
from attachcoder.gui.timeline.timeline_paint import LABEL_W  # noqa: E402
from attachcoder.io.session.file import load, save  # noqa: E402

STALL_TARGET_MS = 50.0
UP_TO_DATE_TARGET_MS = {2_000: 250.0, 100_000: 1000.0}
FRAME_TARGET_MS = 1.0
HEARTBEAT_MS = 5
SAMPLE = ROOT / "sample_sessions" / "D001_C1.acs"
VIDEO = ROOT / "sample_sessions" / "demo.mp4"
UNITS = ("1s", "1f")
TOLERANCE = "1s"


def second_coding(a: Session, seed: int = 7) -> Session:
    """A second observer: the same video, boundaries a little off, some codes differ."""
    rng = random.Random(seed)
    codes = ("attuned", "misattuned", "repair")
    eps: list[Episode] = []
    states = a.layer_episodes("Interaction")
    cuts = [states[0].onset_ms]
    for nxt in states[1:]:
        lo, hi = cuts[-1] + 40, (nxt.offset_ms or nxt.onset_ms) - 40
        cuts.append(min(max(nxt.onset_ms + rng.randrange(-400, 401, 40), lo), hi))
    cuts.append(states[-1].offset_ms or states[-1].onset_ms)
    for i, ep in enumerate(states):
        code = rng.choice(codes) if rng.random() < 0.1 else ep.code
        mods = ep.modifiers if code == ep.code else {}
        eps.append(ep._replace(code=code, onset_ms=cuts[i], offset_ms=cuts[i + 1], modifiers=mods))
    eps += a.layer_episodes("Phase")
    for ep in a.layer_episodes("Marks"):
        if rng.random() < 0.05:
            continue
        eps.append(ep._replace(onset_ms=max(0, ep.onset_ms + rng.randrange(-300, 301, 40))))
    md = a.metadata
    return Session(
        a.scheme,
        metadata=type(md)(dyad_id=md.dyad_id, coder_id="C2", session_date=md.session_date),
        media=list(a.media),
        duration_ms=a.duration_ms,
        episodes=eps,
    )


def median_ms(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def bench_worker(a: Session, b: Session, repeat: int) -> None:
    """The recomputation as the worker runs it, without the window around it."""
    n = len(a)
    for unit in UNITS:
        settings = CompareSettings(unit=unit, tolerance=TOLERANCE)
        snap_ms = median_ms(lambda: CodingSnapshot.of(a), repeat)
        snapshot = CodingSnapshot.of(a)
        result = prepare(snapshot, b, settings)
        job_ms = median_ms(lambda s=settings, p=snapshot: prepare(p, b, s), repeat)  # type: ignore[misc]
        analysis_ms = median_ms(
            lambda u=unit: compare_sessions(a, b, unit=u, tolerance=TOLERANCE),  # type: ignore[misc]
            repeat,
        )
        print(
            f"  {n:>7,} episodes, unit {unit}: recompute on the worker {job_ms:.0f} ms "
            f"(of which compare_sessions {analysis_ms:.0f} ms); snapshot on the GUI thread "
            f"{snap_ms:.1f} ms; {len(result.rows['units']):,} stretches listed"
        )


class Heartbeat:
    """A 5-ms timer on the GUI thread; its longest gap is the longest the thread was busy."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def restart(self) -> None:
        self.timer.start()
        self.last, self.longest = time.perf_counter(), 0.0

    def stop_ms(self) -> float:
        self._beat()  # the gap up to now counts too
        self.timer.stop()
        return self.longest * 1000


def with_sample_video(s: Session) -> Session:
    """The bench coding pointed at the sample video (its hash, so both codings match), with
    the coding's own duration: the keys are pressed in the video's first minutes."""
    demo = load(SAMPLE).media[0]
    s.set_field("media", (dataclasses.replace(demo, duration_ms=s.duration_ms),))
    return s


def bench_window(app: QApplication, a: Session, b: Session, keys: int, gc_freeze: bool) -> None:
    """Code keys in a window comparing ``a`` with ``b``: until up to date, longest stall;
    first the same keys with no comparison, for what a key costs the window by itself."""
    from attachcoder.gui.window import file_flow
    from attachcoder.gui.window.compose import build_window

    n = len(a)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["ATTACHCODER_CONFIG_DIR"] = str(folder / "config")
        (folder / VIDEO.name).symlink_to(VIDEO)
        save(with_sample_video(a), folder / "A.acs", backup=False)
        save(with_sample_video(b), folder / "B.acs", backup=False)

        def wait(cond, timeout_s: float = 120.0) -> None:  # type: ignore[no-untyped-def]
            """Spin until ``cond`` (set-up only: the spinning holds the interpreter lock)."""
            end = time.monotonic() + timeout_s
            while not cond():
                app.processEvents()
                if time.monotonic() > end:
                    raise SystemExit("timed out waiting for the window")

        def idle_for(seconds: float) -> None:
            """Let the event loop run, asleep between events, as a person's window does."""
            loop = QEventLoop()
            QTimer.singleShot(round(seconds * 1000), loop.quit)
            loop.exec()

        def until_up_to_date(timeout_s: float = 120.0) -> None:
            """Run the event loop (asleep between events) until the panel is up to date."""
            loop = QEventLoop()
            compare.updated.connect(loop.quit)
            give_up = QTimer()
            give_up.setSingleShot(True)
            give_up.timeout.connect(loop.quit)
            give_up.start(round(timeout_s * 1000))
            while not compare.up_to_date and give_up.isActive():
                loop.exec()
            compare.updated.disconnect(loop.quit)
            if not compare.up_to_date:
                raise SystemExit("timed out waiting for the comparison")

        w = build_window(audio=False)
        w.show()
        assert file_flow.open_session(w, folder / "A.acs")
        wait(lambda: w.player.current_ms is not None)
        heart = Heartbeat()
        rng = random.Random(3)
        last_frame = min(w.player.duration_ms, 300_000) // 40 - 1

        def go_to_a_frame() -> None:
            frame = rng.randrange(25, last_frame)
            w.player.seek(frame * 40)
            wait(lambda f=frame: w.player.current_frame == f)  # type: ignore[misc]
            for _ in range(5):  # the seek's repaints are not the key's
                app.processEvents()

        alone = []
        for i in range(keys):
            go_to_a_frame()
            heart.restart()
            QTest.keyClick(w, "123"[i % 3])
            idle_for(0.3)
            alone.append(heart.stop_ms())
        print(
            f"  {n:>7,} episodes, not comparing, after one key in the window: longest GUI stall "
            f"{statistics.median(alone):.0f} ms (worst {max(alone):.0f}) within 300 ms"
        )
        compare = w.compare
        assert compare.compare_with(folder / "B.acs")
        if gc_freeze:  # an experiment: what the cyclic GC's full passes cost (see --help)
            until_up_to_date()
            gc.collect()
            gc.freeze()
        for unit in UNITS:
            compare.panel.unit.setText(unit)
            compare.panel.tolerance.setText(TOLERANCE)
            compare.panel.settingsChanged.emit()
            until_up_to_date()
            assert compare.report is not None and compare.report.unit == unit
            fresh, stalls, idle = [], [], []
            for i in range(keys):
                go_to_a_frame()
                done: list[float] = []
                compare.updated.connect(lambda d=done: d.append(time.perf_counter()))
                heart.restart()
                t0 = time.perf_counter()
                QTest.keyClick(w, "123"[i % 3])
                until_up_to_date()
                idle_for(0.02)  # what the result makes the GUI thread draw
                stalls.append(heart.stop_ms())
                fresh.append((done[-1] - t0) * 1000)
                compare.updated.disconnect()
                # as long again with no key: the stalls the machine makes on its own
                heart.restart()
                idle_for(fresh[-1] / 1000)
                idle.append(heart.stop_ms())
            target = UP_TO_DATE_TARGET_MS.get(n, 1000.0)
            print(
                f"  {n:>7,} episodes, unit {unit}, after one key in the window: up to date in "
                f"{statistics.median(fresh):.0f} ms (worst {max(fresh):.0f}; target < "
                f"{target:.0f} ms), longest GUI stall {statistics.median(stalls):.0f} ms "
                f"(worst {max(stalls):.0f}; target < {STALL_TARGET_MS:.0f} ms) over {keys} keys; "
                f"with no key, as long: {statistics.median(idle):.0f} ms (worst {max(idle):.0f})"
            )
        w.close_document(discard=True)
        w.close()
        w.deleteLater()
        app.processEvents()
        if gc_freeze:
            gc.unfreeze()


def bench_timeline(app: QApplication, a: Session, b: Session, repeat: int) -> None:
    n = len(a)
    ov = ComparisonOverlay(b, "C2")
    report = compare_sessions(a, b, unit="1f", tolerance=TOLERANCE)
    ov.set_disagreements(
        {la.layer: la.time_units.disagreements for la in report.layers},
        compared=[la.layer for la in report.layers],
    )
    tl = QtTimeline(a, None, None)
    tl.resize(LABEL_W + 600, 220)
    tl.show()
    tl.set_comparison(ov)
    tl.set_follow_playhead(False)
    mid = a.duration_ms // 2
    tl.zoom_to(20.0, mid)
    tl.scroll_to(mid - 6000)
    app.processEvents()
    state = {"k": 0}

    def frame() -> None:
        state["k"] = (state["k"] + 1) % 200
        t = mid - 4000 + state["k"] * 40
        old = tl.x_for_ms(tl.playhead_ms)
        tl.set_playhead(t)
        x = tl.x_for_ms(t)
        tl.canvas.repaint(QRect(min(old, x) - 2, 0, abs(x - old) + 5, tl.canvas.height()))

    frame_ms = median_ms(frame, repeat)
    full_ms = median_ms(lambda: tl.canvas.repaint(), max(5, repeat // 10))
    tl.fit()
    app.processEvents()
    fit_ms = median_ms(lambda: tl.canvas.repaint(), 5)
    print(
        f"  {n:>7,} episodes, timeline with the comparison (1-frame marks): playhead update "
        f"{frame_ms:.3f} ms (target < {FRAME_TARGET_MS} ms), full repaint {full_ms:.2f} ms, "
        f"whole session shown {fit_ms:.1f} ms"
    )
    tl.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--keys", type=int, default=5)
    ap.add_argument("--sizes", default="2000,100000")
    ap.add_argument(
        "--gc-freeze",
        action="store_true",
        help="move every object alive once the comparison is open to the garbage collector's "
        "permanent generation (gc.freeze), so its full passes skip the two codings: shows how "
        "much of the longest stall at 100,000 episodes is those passes (the application does "
        "not do this)",
    )
    args = ap.parse_args()
    from attachcoder.gui.app import make_application

    app = make_application()
    load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"compare view: one key while comparing, and the timeline with a second coding "
        f"({os.cpu_count()} cores, load average {load_avg:.1f})"
    )
    for n in (int(x) for x in args.sizes.split(",")):
        a = big_session(n)
        b = second_coding(a)
        print(f"  {n:>7,} episodes: a coding of {a.duration_ms / 3_600_000:.1f} hours")
        bench_worker(a, b, max(3, args.repeat // 40))
        bench_window(app, a, b, args.keys, args.gc_freeze)
        bench_timeline(app, a, b, args.repeat)


if __name__ == "__main__":
    main()
