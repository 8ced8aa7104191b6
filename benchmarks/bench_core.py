#!/usr/bin/env python3
"""How fast the core and the session file are at 100,000 episodes (targets from issue 3).

    .venv/bin/python benchmarks/bench_core.py [--episodes N] [--repeat R]

Prints the best of R runs of: save (``session_file.save``, atomic, with backup), load
(``session_file.load``, schema check and every invariant included), and an "active at t"
query (``Session.active_at``, all state layers) at random times. The targets are printed
beside each figure; nothing here fails a build (timed asserts do not belong in tests).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from attachcoder.core import Episode, Media, Metadata, Session  # noqa: E402
from attachcoder.io.session.file import default_scheme, load, save  # noqa: E402

SAVE_TARGET_S = 0.5
LOAD_TARGET_S = 0.5
QUERY_TARGET_US = 50.0


def big_session(n: int, seed: int = 1) -> Session:
    """``n`` episodes: contiguous Interaction states (with repairs and their initiator), a
    running Phase layer every few minutes, infant bids, and a note now and then."""
    rng = random.Random(seed)
    scheme = default_scheme()
    eps: list[Episode] = []
    t = 0
    codes = ("attuned", "misattuned", "repair", "uncodable")
    n_points = n // 5
    n_phase = max(1, n // 1000)
    n_states = n - n_points - n_phase
    for i in range(n_states):
        d = rng.randrange(200, 8000, 40)
        code = codes[i % 3] if i % 97 else codes[3]
        mods = (
            {"initiator": rng.choice(("caregiver", "infant", "mutual"))} if code == "repair" else {}
        )
        eps.append(Episode(f"e{len(eps) + 1}", "Interaction", code, t, t + d, "", mods))
        t += d
    end = t
    step = end // n_phase
    for k in range(n_phase):
        code = ("play", "still-face", "reunion")[k % 3]
        eps.append(Episode(f"e{len(eps) + 1}", "Phase", code, k * step, (k + 1) * step))
    for k in range(n_points):
        code = "note" if k % 50 == 0 else "infant bid"
        note = "a remark by the coder" if code == "note" else ""
        eps.append(
            Episode(f"e{len(eps) + 1}", "Marks", code, rng.randrange(0, end, 40), None, note)
        )
    return Session(
        scheme,
        metadata=Metadata(dyad_id="D999", coder_id="C1", session_date="2026-01-01"),
        media=[Media("bench.mp4", None, None, end, 25.0, 0)],
        duration_ms=end,
        episodes=eps,
        ratings={"sensitivity": 5},
    )


def best(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times)


def line(label: str, value: float, unit: str, target: float) -> str:
    verdict = "meets" if value < target else "MISSES"
    return f"{label:<34} {value:>9.3f} {unit:<3} (target < {target:g} {unit}: {verdict})"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--episodes", type=int, default=100_000)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)

    session = big_session(args.episodes)
    assert len(session) == args.episodes
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.acs"
        save(session, path)
        size_mb = path.stat().st_size / 1e6
        t_save = best(lambda: save(session, path), args.repeat)
        t_load = best(lambda: load(path), args.repeat)
        loaded = load(path)
        assert len(loaded) == len(session)

    rng = random.Random(2)
    times = [rng.randrange(0, session.duration_ms) for _ in range(10_000)]
    it = iter(times * 1000)
    number = 10_000
    t_query = min(
        timeit.repeat(lambda: session.active_at(next(it)), number=number, repeat=args.repeat)
    )
    t_query_us = t_query / number * 1e6

    print(f"session: {args.episodes:,} episodes, file {size_mb:.1f} MB, best of {args.repeat}")
    print(line("save (atomic, with .bak)", t_save, "s", SAVE_TARGET_S))
    print(line("load (schema and invariants)", t_load, "s", LOAD_TARGET_S))
    print(line("active_at(t), all state layers", t_query_us, "µs", QUERY_TARGET_US))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
