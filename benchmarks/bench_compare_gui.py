#!/usr/bin/env python3
"""The compare view's costs (issue 7, in the window): recomputing after an edit, and drawing
the second coding and its disagreement marks on the timeline.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_compare_gui.py [--repeat R]

Two codings of one session, the second a jittered copy of the first (boundaries moved by up to
0.4 s, one state in ten coded differently, points moved or dropped), at about 2,000 episodes
(a long session, 1.8 hours) and at 100,000 (a 90-hour stress case). Prints, for 1-s units and
for one-frame units:

* the recomputation the window runs a moment after each edit — ``compare_sessions``, then the
  panel's figures and list, then the timeline marks — and how many stretches were listed;
* with the comparison shown on the timeline (12 s at 20 ms per pixel): one playhead update,
  a full repaint, and a full repaint with the whole session shown (Fit).

The playhead update must not grow with the number of episodes or of stretches. Nothing here
fails a build (timed asserts do not belong in tests).
"""

from __future__ import annotations

import argparse
import os
import random
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

from attachcoder.analysis.agreement import compare_sessions  # noqa: E402
from attachcoder.core import Session  # noqa: E402
from attachcoder.core.episode import Episode  # noqa: E402
from attachcoder.gui.compare.compare_list import rows_from  # noqa: E402
from attachcoder.gui.compare.compare_overlay import ComparisonOverlay  # noqa: E402
from attachcoder.gui.compare.compare_panel import ComparePanel  # noqa: E402
from attachcoder.gui.timeline.qt_timeline import QtTimeline  # noqa: E402
from attachcoder.gui.timeline.timeline_paint import LABEL_W  # noqa: E402

RECOMPUTE_TARGET_MS = 250.0  # the pause after an edit before the window recomputes
FRAME_TARGET_MS = 1.0


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


def recompute(a: Session, b: Session, panel: ComparePanel, ov: ComparisonOverlay, unit: str):  # type: ignore[no-untyped-def]
    """What the window does after an edit (CompareController.recompute)."""
    report = compare_sessions(a, b, unit=unit, tolerance="1s")
    rows = [r for la in report.layers for r in rows_from(la.layer, la.time_units.disagreements,
                                                          "none")]  # fmt: skip
    panel.show_report(report, rows)
    ov.set_disagreements(
        {la.layer: la.time_units.disagreements for la in report.layers},
        compared=[la.layer for la in report.layers],
    )
    return len(rows)


def bench(app: QApplication, n: int, repeat: int) -> None:
    a = big_session(n)
    b = second_coding(a)
    panel = ComparePanel()
    panel.resize(440, 700)
    panel.show()
    ov = ComparisonOverlay(b, "C2")
    print(f"  {n:>7,} episodes: a coding of {a.duration_ms / 3_600_000:.1f} hours")
    for unit in ("1s", "1f"):
        stretches = recompute(a, b, panel, ov, unit)
        app.processEvents()
        t = median_ms(lambda u=unit: recompute(a, b, panel, ov, u), max(3, repeat // 40))  # type: ignore[misc]
        print(
            f"  {n:>7,} episodes, unit {unit}: recompute after an edit {t:.0f} ms "
            f"(target < {RECOMPUTE_TARGET_MS:.0f} ms; {stretches:,} stretches listed)"
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
    panel.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    print("compare view: recompute after an edit, and the timeline with a second coding")
    for n in (2_000, 100_000):
        bench(app, n, args.repeat)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
