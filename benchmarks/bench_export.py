"""Batch export of 200 generated sessions × 500 episodes, against a bare openpyxl baseline;
and the batch's peak memory at 100, 1,000 and 5,000 sessions.

Prints (targets from issues 4 and 18):

* the wall time of ``export_batch`` — read, measure and write every session into one
  workbook (target: under 15 s on the project's 2-core machine);
* its ratio to writing the same cells with a bare openpyxl write-only workbook, plain values
  and nothing else (target: at most 1.5×);
* with ``--memory``: the peak resident memory of a batch export (workbook, CSV set and time
  series) of 100, 1,000 and 5,000 sessions, each in a child process of its own, beside the
  memory of a child that only imports what the export imports (target: the 5,000-session
  peak under twice the 100-session peak — memory flat with the number of sessions).

Run: ``.venv/bin/python benchmarks/bench_export.py [N_SESSIONS] [EPISODES]``, or
``.venv/bin/python benchmarks/bench_export.py --memory [EPISODES] [N_SESSIONS...]``.
Not a test.
"""

from __future__ import annotations

import math
import random
import subprocess
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
from attachcoder.io.session.file import default_scheme, dumps, load, save

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


#: the child's work: a batch export with CSV and time series, then its peak RSS in kB
_CHILD = """
import resource, sys
from pathlib import Path
from attachcoder.core.timefmt import Duration
from attachcoder.io.reports.batch import export_batch
from attachcoder.io.reports.timeseries_csv import TimeSeriesWriter
folder, out = Path(sys.argv[1]), Path(sys.argv[2])
if folder.name != "-":
    series = TimeSeriesWriter(Duration("1s"))
    report = export_batch([folder], out / "batch.xlsx", csv_dir=out / "csv", on_session=series)
    series.write(out / "ts")
    assert not report.errors, report.errors[:3]
    print(report.sessions, end=" ")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _child_peak_mb(folder: Path | str, out: Path) -> tuple[int, float]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    *sessions, kb = done.stdout.split()
    return (int(sessions[0]) if sessions else 0), int(kb) / 1024


def write_copies(folder: Path, n: int, n_episodes: int, distinct: int = 20) -> None:
    """``n`` session files: ``distinct`` generated codings, each saved under many dyad IDs
    (generating thousands of sessions one by one would take longer than the export)."""
    rng = random.Random(18)
    templates = [dumps(generate(i, n_episodes, rng)) for i in range(distinct)]
    for i in range(n):
        data = templates[i % distinct]
        dyad = b'"dyad_id": "D%03d"' % (i % distinct)
        folder.joinpath(f"s{i:05d}.acs").write_bytes(
            data.replace(dyad, b'"dyad_id": "X%05d"' % i, 1)
        )


def memory(n_episodes: int, sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _, base = _child_peak_mb("-", Path(tmp))
        print(f"a child that imports the batch export and does nothing: {base:.0f} MB")
        peaks = {}
        for n in sizes:
            folder = Path(tmp) / f"in{n}"
            folder.mkdir()
            write_copies(folder, n, n_episodes)
            out = Path(tmp) / f"out{n}"
            out.mkdir()
            start = time.perf_counter()
            read, peaks[n] = _child_peak_mb(folder, out)
            took = time.perf_counter() - start
            assert read == n, (read, n)
            size = (out / "batch.xlsx").stat().st_size / 1e6
            print(
                f"batch export of {n:,} sessions x {n_episodes} episodes (+ CSV, time series): "
                f"peak {peaks[n]:.0f} MB ({peaks[n] - base:.0f} MB above the imports), "
                f"{took:.0f} s, workbook {size:.0f} MB"
            )
            for p in folder.iterdir():
                p.unlink()
        first, last = sizes[0], sizes[-1]
        ratio = peaks[last] / peaks[first]
        print(f"peak at {last:,} sessions / peak at {first:,}: {ratio:.2f}x (target < 2x)")


def main() -> None:
    if sys.argv[1:2] == ["--memory"]:
        args = [int(a) for a in sys.argv[2:]]
        memory(args[0] if args else 200, args[1:] or [100, 1000, 5000])
        return
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
