#!/usr/bin/env python3
"""Does the window's memory stay flat through a day of coding? (issue 20)

    .venv/bin/python benchmarks/bench_memory.py [--minutes 10] [--sizes 1000,10000,100000]
                                                [--rate 7] [--sessions 10]

Each part runs in a fresh process (offscreen, no audio), so one part's memory is not
another's:

- **coding while playing**, for each session size: a session of that many episodes on the
  sample video is opened in the window, the video plays (from the start again at its end),
  and keys are pressed at ``--rate`` a second, as a coder does: the three interaction states,
  ``3`` (repair) then a click on one of its modifier buttons under the video, a point mark, a
  phase, ``n`` (a note: the prompt pauses the video, a few letters and Enter resume it), and
  every half minute the table is sorted by another column and the newest row selected. The
  resident memory (RSS) is printed every minute; the goal is under 50 MB of growth after the
  first minute, at every size.
- **closing gives memory back**: RSS with the window empty, with a 100,000-episode session
  open and coded for a while, and after closing it.
- **ten sessions one after another** (10,000 episodes each, the same video) in one window,
  each coded a few seconds while playing: RSS after each; the goal is the tenth within 50 MB
  of the first.

Nothing here fails a build: it prints figures. The shared machine has 2 cores, so a full run
(3 sizes × 10 minutes) is long; ``--minutes 2`` gives the shape of it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ATTACHCODER_NO_AUDIO"] = "1"

SAMPLE = ROOT / "sample_sessions" / "D001_C1.acs"
VIDEO = ROOT / "sample_sessions" / "demo.mp4"
GOAL_MB = 50.0
MB = 1024 * 1024


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc; elsewhere the peak, from resource)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / MB
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def anon_mb() -> float:
    """The part of RSS that is the process's own data (RssAnon), without the pages of the
    libraries mapped in: the first video opened loads PyAV's FFmpeg and numpy (tens of MB of
    code pages) that stay mapped after the session closes, and are no session's memory."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss_mb()


# ---------------------------------------------------------------------- sessions


def big_session(folder: Path, n: int, name: str | None = None) -> Path:
    """The sample's video and scheme with ``n`` episodes: half states, half point marks."""
    from attachcoder.core import Episode, Session
    from attachcoder.io.session.file import load, save

    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / VIDEO.name).exists():
        (folder / VIDEO.name).symlink_to(VIDEO)
    base = load(SAMPLE)
    states = n // 2
    span = max(base.duration_ms // max(states, 1), 1)
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
    session = Session(
        base.scheme,
        metadata=base.metadata,
        media=base.media,
        duration_ms=base.duration_ms,
        episodes=eps,
    )
    path = folder / (name or f"big_{n}.acs")
    save(session, path, backup=False)
    return path


# ---------------------------------------------------------------------- the coder


class Coder:
    """A window with a session open, and a coder pressing keys while it plays."""

    #: what happens on each tick, in turn (keys, or one of the named actions)
    SCRIPT = ("1", "2", "3", "MODIFIER", "b", "p", "2", "n", "NOTE", "1", "0", "s", "3",
              "MODIFIER", "1", "r")  # fmt: skip

    def __init__(self) -> None:
        import attachcoder.gui  # noqa: F401  (the PySide6 6.12 / Python 3.11 guard)
        from attachcoder.gui.app import make_application
        from attachcoder.gui.window.compose import build_window

        self.app = make_application()
        self.window = build_window(audio=False)
        self.window.show()
        self.ticks = 0
        self.refused = 0
        self._sort_column = 0

    def run_for(self, seconds: float, until: Callable[[], bool] | None = None) -> None:
        """Run the event loop for ``seconds`` (or until ``until()``), as the application does.

        A real event loop, not a loop of ``processEvents()``: objects the window lets go of with
        ``deleteLater()`` (an old session's model and undo stack, the modifier bar's buttons)
        are deleted only by a running loop, and a benchmark that never runs one measures a
        leak the program does not have.
        """
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        if until is not None:
            poll = QTimer()
            poll.setInterval(20)
            poll.timeout.connect(lambda: until() and loop.quit())
            poll.start()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()

    def wait(self, cond: Callable[[], bool], timeout_s: float = 60.0) -> None:
        end = time.monotonic() + timeout_s
        while not cond():
            self.run_for(max(end - time.monotonic(), 0), until=cond)
            if time.monotonic() >= end and not cond():
                raise SystemExit("timed out waiting for the window")

    def open(self, path: Path) -> None:
        from attachcoder.gui.window import file_flow

        w = self.window
        assert file_flow.open_session(w, path, confirm=False)
        self.wait(lambda: w.player.current_ms is not None)
        w.table.view.setFocus()

    def close(self) -> None:
        self.window.close_document(discard=True)
        self.run_for(1.0)

    def code_for(self, seconds: float, rate: float, every_minute: Callable[[int], None]) -> None:
        """Press keys at ``rate`` a second while the video plays; ``every_minute(m)`` after
        each whole minute."""
        from PySide6.QtCore import QTimer

        timer = QTimer()
        timer.setInterval(round(1000 / rate))
        timer.timeout.connect(self.tick)
        self.window.player.play()
        timer.start()
        for minute in range(1, int(seconds // 60) + 1):
            self.run_for(60)
            every_minute(minute)
        self.run_for(seconds % 60)
        timer.stop()
        self.window.player.pause()

    def tick(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        w = self.window
        step = self.SCRIPT[self.ticks % len(self.SCRIPT)]
        self.ticks += 1
        if w.note_prompt.is_open and step != "NOTE":
            step = "NOTE"
        if step == "MODIFIER":
            ep = w.modifier_bar.episode_id
            button = w.modifier_bar.button("initiator", "caregiver") if ep else None
            if button is not None:
                button.click()
        elif step == "NOTE":
            if w.note_prompt.is_open:
                QTest.keyClicks(w.note_prompt.edit, f"note {self.ticks}")
                QTest.keyClick(w.note_prompt.edit, Qt.Key.Key_Return)
        else:
            before = w.document.undo_stack.count()
            QTest.keyClick(QApplication.focusWidget() or w, step)
            if w.document.undo_stack.count() == before:
                self.refused += 1
        if self.ticks % 200 == 0:  # every ~30 s at 7 keys a second: the table is used
            self._use_table()
        if not w.player.is_playing and not w.note_prompt.is_open:
            w.player.play()  # at the end of the video: from the start again

    def _use_table(self) -> None:
        from PySide6.QtCore import Qt

        w = self.window
        self._sort_column = (self._sort_column + 1) % 4
        w.table.view.sortByColumn(self._sort_column, Qt.SortOrder.AscendingOrder)
        rows = w.table.proxy.rowCount()
        if rows:
            w.table.view.selectRow(rows - 1)
        w.table.view.setFocus()


# ---------------------------------------------------------------------- the parts (children)


def child_coding(folder: Path, n: int, minutes: float, rate: float) -> dict[str, Any]:
    path = big_session(folder, n)
    c = Coder()
    out: dict[str, Any] = {"size": n, "rss": [round(rss_mb(), 1)]}
    c.open(path)
    out["rss"].append(round(rss_mb(), 1))  # minute 0: open, first frame shown

    def every_minute(m: int) -> None:
        out["rss"].append(round(rss_mb(), 1))
        doc = c.window.document
        print(
            f"  {n:>7,} episodes, minute {m:>2}: RSS {out['rss'][-1]:7.1f} MB "
            f"({len(doc.session):,} episodes, {doc.undo_stack.count():,} undo steps)",
            file=sys.stderr,
            flush=True,
        )

    c.code_for(minutes * 60, rate, every_minute)
    doc = c.window.document
    out.update(keys=c.ticks, refused=c.refused, episodes=len(doc.session))
    c.close()
    out["closed"] = round(rss_mb(), 1)
    return out


def child_close(folder: Path, n: int, seconds: float, rate: float) -> dict[str, Any]:
    path = big_session(folder, n)
    c = Coder()
    c.run_for(1)
    out = {"empty": round(rss_mb(), 1), "empty_anon": round(anon_mb(), 1)}
    c.open(path)
    c.code_for(seconds, rate, lambda _m: None)
    out.update(open=round(rss_mb(), 1), open_anon=round(anon_mb(), 1))
    c.close()
    c.run_for(2)
    out.update(closed=round(rss_mb(), 1), closed_anon=round(anon_mb(), 1))
    return out


def child_sessions(folder: Path, count: int, n: int, seconds: float, rate: float) -> dict[str, Any]:
    first = big_session(folder, n, "s01.acs")
    paths = [first]
    for i in range(2, count + 1):
        paths.append(folder / f"s{i:02}.acs")
        shutil.copyfile(first, paths[-1])
    c = Coder()
    out: dict[str, Any] = {"rss": []}
    for p in paths:
        c.open(p)
        c.code_for(seconds, rate, lambda _m: None)
        out["rss"].append(round(rss_mb(), 1))
        print(f"  session {p.stem}: RSS {out['rss'][-1]:7.1f} MB", file=sys.stderr, flush=True)
    c.close()
    out["closed"] = round(rss_mb(), 1)
    return out


def run_child(*args: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, ATTACHCODER_CONFIG_DIR=str(Path(tmp) / "config"))
        proc = subprocess.run(
            [sys.executable, __file__, "--child", *args, "--folder", tmp],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
            check=True,
        )
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------------- main


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--minutes", type=float, default=10.0, help="coding time per size")
    p.add_argument("--sizes", default="1000,10000,100000", help="episodes per session")
    p.add_argument("--rate", type=float, default=7.0, help="keys a second")
    p.add_argument("--sessions", type=int, default=10, help="sessions opened one after another")
    p.add_argument("--seconds-each", type=float, default=10.0, help="coding per opened session")
    p.add_argument("--parts", default="coding,close,sessions")
    p.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    p.add_argument("--folder", help=argparse.SUPPRESS)
    args = p.parse_args()

    if args.child:
        folder = Path(args.folder)
        kind, *rest = args.child
        if kind == "coding":
            result = child_coding(folder, int(rest[0]), args.minutes, args.rate)
        elif kind == "close":
            result = child_close(folder, int(rest[0]), args.seconds_each * 3, args.rate)
        else:
            result = child_sessions(folder, args.sessions, int(rest[0]), args.seconds_each,
                                    args.rate)  # fmt: skip
        print(json.dumps(result))
        return

    parts = set(args.parts.split(","))
    common = [
        *("--minutes", str(args.minutes), "--rate", str(args.rate)),
        *("--sessions", str(args.sessions), "--seconds-each", str(args.seconds_each)),
    ]
    print(f"Memory while coding at {args.rate:g} keys a second, playing (RSS, MB)")
    if "coding" in parts:
        for n in (int(s) for s in args.sizes.split(",")):
            r = run_child("coding", str(n), *common)
            rss = r["rss"]
            after_first = rss[-1] - rss[min(2, len(rss) - 1)]
            print(
                f"{n:>7,} episodes: empty window {rss[0]:.0f}, open {rss[1]:.0f}, "
                + ", ".join(f"min {i} {v:.0f}" for i, v in enumerate(rss[2:], start=1))
                + f"; {r['keys']:,} keys ({r['refused']} refused) → {r['episodes']:,} episodes;"
                f" growth after minute 1: {after_first:+.1f} MB"
                f" ({'within' if after_first < GOAL_MB else 'OVER'} the {GOAL_MB:.0f} MB goal);"
                f" closed: {r['closed']:.0f}"
            )
    if "close" in parts:
        r = run_child("close", "100000", *common)
        for kind, label in (("", "RSS"), ("_anon", "of which the process's own data")):
            empty, opened, closed = (r[f"{k}{kind}"] for k in ("empty", "open", "closed"))
            print(
                f"closing a 100,000-episode session, {label}: empty window {empty:.0f}, "
                f"open and coded {opened:.0f}, closed {closed:.0f} "
                f"(gives back {opened - closed:.0f} of {opened - empty:.0f} MB)"
            )
    if "sessions" in parts:
        r = run_child("sessions", "10000", *common)
        rss = r["rss"]
        print(
            f"{len(rss)} sessions of 10,000 episodes one after another: "
            + ", ".join(f"{v:.0f}" for v in rss)
            + f"; last − first {rss[-1] - rss[0]:+.1f} MB "
            f"({'within' if rss[-1] - rss[0] < GOAL_MB else 'OVER'} the {GOAL_MB:.0f} MB goal);"
            f" closed {r['closed']:.0f}"
        )


if __name__ == "__main__":
    main()
