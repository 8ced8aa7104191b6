"""Batch export of 200 generated sessions × 500 episodes, against a bare openpyxl baseline.

Prints two figures (targets from issue 4):

* the wall time of ``export_batch`` — read, measure and write every session into one
  workbook (target: under 15 s on the project's 2-core machine);
* its ratio to writing the same cells with a bare openpyxl write-only workbook, plain values
  and nothing else (target: at most 1.5×).

Run: ``.venv/bin/python benchmarks/bench_export.py [N_SESSIONS] [EPISODES]``. Not a test.
"""

from __future__ import annotations

import math
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from attachcoder.analysis.sessions_table import session_row, sessions_table
from attachcoder.analysis.tables import episodes_table
from attachcoder.analysis.tallies import analyse
from attachcoder.core import Episode, Metadata, Session
from attachcoder.io.reports.batch import export_batch
from attachcoder.io.session.file import default_scheme, load, save

PHASE_MS = 120_000


def generate(i: int, n_episodes: int, rng: random.Random) -> Session:
    """Three 2-minute phases, interaction states back to back, and some infant bids."""
    eps = [
        Episode(f"p{k}", "Phase", name, k * PHASE_MS, (k + 1) * PHASE_MS)
        for k, name in enumerate(("play", "still-face", "reunion"))
    ]
    n_points = n_episodes // 8
    n_states = n_episodes - len(eps) - n_points
    end = 3 * PHASE_MS
    cuts = sorted(rng.sample(range(1, end), n_states - 1))
    bounds = [0, *cuts, end]
    codes = ["attuned", "attuned", "misattuned", "repair", "uncodable"]
    for k in range(n_states):
        code = rng.choice(codes)
        mods = (
            {"initiator": rng.choice(["caregiver", "infant", "mutual"])} if code == "repair" else {}
        )
        eps.append(Episode(f"e{k}", "Interaction", code, bounds[k], bounds[k + 1], modifiers=mods))
    for k in range(n_points):
        eps.append(Episode(f"b{k}", "Marks", "infant bid", rng.randrange(end)))
    md = Metadata(dyad_id=f"D{i:03d}", coder_id="C1", session_date="2026-03-02")
    return Session(
        default_scheme(), metadata=md, duration_ms=end, episodes=eps, ratings={"sensitivity": 5}
    )


def bare_openpyxl(paths: list[Path], out: Path) -> float:
    """The same cells (values only) written by a bare write-only workbook; returns seconds.

    The tables are computed first, outside the timing, so only the writing is measured.
    """
    from openpyxl import Workbook

    tallies, episodes, rows, phases = [], [], [], []
    for p in paths:
        s = load(p)
        t = analyse(s)
        tallies.append(t.table)
        episodes.append(episodes_table(s))
        rows.append(session_row(s, t))
        phases.append(t.phases)
    sessions, _ = sessions_table(rows, phases)

    def plain(row: tuple[Any, ...]) -> list[Any]:
        return [None if isinstance(v, float) and math.isnan(v) else v for v in row]

    start = time.perf_counter()
    wb = Workbook(write_only=True)
    for title, frames in (("Sessions", [sessions]), ("Tallies", tallies), ("Episodes", episodes)):
        ws = wb.create_sheet(title)
        ws.append(list(frames[0].columns))
        for frame in frames:
            for row in frame.itertuples(index=False, name=None):
                ws.append(plain(row))
    wb.save(out)
    return time.perf_counter() - start


def main() -> None:
    n_sessions = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    n_episodes = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "sessions"
        folder.mkdir()
        paths = []
        for i in range(n_sessions):
            p = folder / f"s{i:03d}.acs"
            save(generate(i, n_episodes, rng), p, backup=False)
            paths.append(p)
        out = Path(tmp) / "batch.xlsx"
        start = time.perf_counter()
        report = export_batch([folder], out)
        ours = time.perf_counter() - start
        assert report.sessions == n_sessions, report.problems
        bare = bare_openpyxl(paths, Path(tmp) / "bare.xlsx")
        size = out.stat().st_size / 1e6
    print(
        f"batch export of {n_sessions} sessions x {n_episodes} episodes: {ours:.2f} s "
        f"(target < 15 s), workbook {size:.1f} MB"
    )
    print(
        f"bare openpyxl write-only, same cells: {bare:.2f} s; ratio {ours / bare:.2f}x "
        "(target <= 1.5x)"
    )


if __name__ == "__main__":
    main()
