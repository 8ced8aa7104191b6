"""Studies at lab scale: ``study status`` and ``study export`` of 2,000 videos × 500 episodes,
and the time series of 200 sessions at 1 s steps.

Prints (targets from issue 14):

* ``study status`` — the CLI command, JSON to a null stream (target: under 1 s);
* ``study export`` of the complete primary codings with the Reliability and Drift sheets, at
  a quarter, a half and all of the videos, with seconds per 100 videos, which stay about
  level when the cost is linear (target: all under 2 minutes);
* the time series of 200 sessions (6 minutes each) at 1 s steps (target: under 5 s).

The study is generated here (sessions of ``bench_export.generate``; every tenth video
double-coded, 90 % of the codings complete). Videos are not made: the status reports them
missing, which costs the same ``stat`` a present video does.

Run: ``.venv/bin/python benchmarks/bench_study.py [VIDEOS] [EPISODES]``. Not a test.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import random
import sys
import tempfile
import time
from pathlib import Path

from bench_export import generate

from attachcoder.analysis.timeseries import session_timeseries
from attachcoder.cli import main
from attachcoder.core.study import ReliabilityPlan, Study, StudyVideo
from attachcoder.io.session.file import dumps, save_scheme
from attachcoder.io.study.export import export_study
from attachcoder.io.study.file import load_study, save_study

CODERS = ("C1", "C2", "C3", "C4")


def build(root: Path, n_videos: int, n_episodes: int) -> Study:
    rng = random.Random(14)
    template = generate(0, n_episodes, rng)
    save_scheme(template.scheme, root / "scheme.json")
    videos = []
    for i in range(n_videos):
        primary = CODERS[i % len(CODERS)]
        rel = CODERS[(i + 1) % len(CODERS)] if i % 10 == 0 else None
        videos.append(
            StudyVideo(
                f"D{i:04}",
                "2027-01-10",
                f"../videos/D{i:04}.mp4",
                f"{i:064x}",
                primary,
                rel,
                True,
                template.duration_ms,
                25.0,
            )
        )
    study = Study(
        "bench", CODERS, reliability=ReliabilityPlan(0.1, 1, "1s", "1s", 0.7), videos=tuple(videos)
    )
    save_study(study, root)
    for k, v in enumerate(videos):
        for j, coder in enumerate(v.coders()):
            s = generate(k * 2 + j, n_episodes, rng)
            done = rng.random() < 0.9
            s.metadata = dataclasses.replace(
                s.metadata,
                dyad_id=v.dyad_id,
                coder_id=coder,
                session_date=v.session_date,
                status="complete" if done else "in progress",
                completed_at=f"2027-{1 + k * 11 // n_videos:02}-{1 + k % 28:02}T12:00:00"
                if done
                else "",
            )
            path = root / Study.session_path(v, coder)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(dumps(s))
    return study


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def bench(n_videos: int, n_episodes: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "study"
        root.mkdir()
        t = timed(lambda: build(root, n_videos, n_episodes))
        print(f"generated {n_videos} videos × {n_episodes} episodes in {t:.1f} s")
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(io.StringIO()):
            main(["study", "status", str(root), "--json"])  # warm the file cache
            t_status = timed(lambda: main(["study", "status", str(root), "--json"]))
        print(f"study status ({n_videos} videos): {t_status:.2f} s (target < 1 s)")
        study = load_study(root)
        for share in (4, 2, 1):
            part = dataclasses.replace(study, videos=study.videos[: n_videos // share])
            out = Path(tmp) / f"export-{share}.xlsx"
            t_exp = timed(lambda p=part, o=out: export_study(p, root, o))
            n = len(part.videos)
            print(
                f"study export ({n} videos): {t_exp:.1f} s, {100 * t_exp / n:.2f} s per 100 "
                "videos (target < 120 s for all)"
            )


def bench_timeseries(n_sessions: int = 200, n_episodes: int = 500) -> None:
    rng = random.Random(15)
    sessions = [generate(i, n_episodes, rng) for i in range(n_sessions)]
    t = timed(
        lambda: [session_timeseries(s, 1000, session_key=str(i)) for i, s in enumerate(sessions)]
    )
    minutes = sessions[0].duration_ms / 60000
    print(
        f"time series of {n_sessions} sessions ({minutes:g} min) at 1 s: {t:.2f} s (target < 5 s)"
    )


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    bench(args[0] if args else 2000, args[1] if len(args) > 1 else 500)
    bench_timeseries()
