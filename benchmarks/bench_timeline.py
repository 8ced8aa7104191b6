#!/usr/bin/env python3
"""The timeline's per-frame cost, and a scheme edit on a large session (issue 6).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_timeline.py [--repeat R]

Prints, at 100 and at 100,000 episodes: the median time of one playhead update (the strip
repainted when the video shows its next frame) and of a full repaint of the visible window
(12 s at 20 ms per pixel), and how many episodes a playhead update asks the session for.
The per-frame figures must not grow with the number of episodes; with the whole session
shown at once (Fit), every episode is visible and drawing grows with them, which is printed
too. Then the time to plan,
apply and undo renaming the most used code at 100,000 episodes (one undo step).
Nothing here fails a build (timed asserts do not belong in tests).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_core import big_session  # noqa: E402
from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from attachcoder.core import Session  # noqa: E402
from attachcoder.core.scheme_edit import SchemeDraft  # noqa: E402
from attachcoder.gui.timeline.qt_timeline import QtTimeline  # noqa: E402
from attachcoder.gui.timeline.timeline_paint import LABEL_W  # noqa: E402

FRAME_TARGET_MS = 1.0  # a small share of a 40 ms frame


def median_ms(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def bench_paint(app: QApplication, n: int, repeat: int) -> tuple[float, float, int, float, float]:
    session = big_session(n)
    tl = QtTimeline(session, None, None)
    tl.resize(LABEL_W + 600, 160)
    tl.show()
    app.processEvents()
    tl.set_follow_playhead(False)
    mid = session.duration_ms // 2 if session.duration_ms else 60_000
    tl.zoom_to(20.0, mid)
    tl.scroll_to(mid - 6000)
    app.processEvents()

    touched: list[int] = []
    original = session.episodes_between

    def counting(layer: str, start: int, end: int) -> list:  # type: ignore[type-arg]
        out = original(layer, start, end)
        touched.append(len(out))
        return out

    session.episodes_between = counting  # type: ignore[method-assign]
    state = {"k": 0}

    def frame() -> None:  # the next frame, the playhead staying inside the view
        state["k"] = (state["k"] + 1) % 200
        t = mid - 4000 + state["k"] * 40
        old = tl.x_for_ms(tl.playhead_ms)
        tl.set_playhead(t)
        x = tl.x_for_ms(t)
        tl.canvas.repaint(QRect(min(old, x) - 2, 0, abs(x - old) + 5, tl.canvas.height()))

    frame_ms = median_ms(frame, repeat)
    touched.clear()
    frame()
    per_frame = sum(touched)
    full_ms = median_ms(lambda: tl.canvas.repaint(), max(5, repeat // 10))
    tl.fit()  # the whole session in 600 px: every episode is visible
    app.processEvents()
    fit_ms = median_ms(lambda: tl.canvas.repaint(), 5)
    fit_frame_ms = median_ms(frame, max(5, repeat // 10))
    tl.close()
    tl.deleteLater()
    return frame_ms, full_ms, per_frame, fit_ms, fit_frame_ms


def bench_scheme_rename(n: int) -> tuple[float, float, float, int]:
    session: Session = big_session(n)
    draft = SchemeDraft(session.scheme)
    draft.layers[0].codes[0].name = "in sync"  # attuned, about a third of the episodes
    t0 = time.perf_counter()
    plan = draft.analyse(session)
    t1 = time.perf_counter()
    session.apply(plan.change)
    t2 = time.perf_counter()
    session.apply(plan.change.inverse())
    t3 = time.perf_counter()
    return (t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000, sum(plan.renamed.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    print("timeline, 12 s visible at 20 ms/px")
    for n in (100, 100_000):
        frame_ms, full_ms, touched, fit_ms, fit_frame_ms = bench_paint(app, n, args.repeat)  # type: ignore[arg-type]
        print(
            f"  {n:>7,} episodes: playhead update {frame_ms:.3f} ms "
            f"(target < {FRAME_TARGET_MS} ms; {touched} episodes asked for), "
            f"full repaint {full_ms:.2f} ms; whole session shown: full repaint "
            f"{fit_ms:.1f} ms, playhead update {fit_frame_ms:.2f} ms"
        )
    plan_ms, apply_ms, undo_ms, renamed = bench_scheme_rename(100_000)
    print(
        f"scheme edit at 100,000 episodes (rename a code: {renamed:,} episodes follow): "
        f"plan {plan_ms:.0f} ms, apply {apply_ms:.0f} ms, undo {undo_ms:.0f} ms"
    )


if __name__ == "__main__":
    main()
