#!/usr/bin/env python3
"""How fast observer agreement is (targets from issue 7: each under 0.1 s).

    .venv/bin/python benchmarks/bench_agreement.py [--repeat R]

Prints the best of R runs of:
- time-unit κ of one state layer for two 30-minute codings at 100 ms units (18,000 units),
  without and with a 2 s tolerance, from the sessions' episodes to κ, matrix, per-code κ and the
  list of disagreeing stretches;
- event κ of one state layer for two codings of 2,000 episodes each (linking, ∅, κ_max);
- the whole ``compare_sessions`` of those two codings (every layer, both analyses), for scale.
For comparison, BORIS needs about 5 s for the first on this class of machine. Nothing here
fails a build (timed asserts do not belong in tests).
"""

from __future__ import annotations

import argparse
import random
import sys
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from attachcoder.analysis.agreement import compare_sessions  # noqa: E402
from attachcoder.analysis.agreement.events import event_agreement  # noqa: E402
from attachcoder.analysis.agreement.time_units import (  # noqa: E402
    time_unit_agreement,
    unit_count,
)
from attachcoder.analysis.agreement.tracks import LabelSet, make_track  # noqa: E402
from attachcoder.core import Episode, Media, Session  # noqa: E402
from attachcoder.io.session.file import default_scheme  # noqa: E402

TARGET_S = 0.1
CODES = ("attuned", "misattuned", "repair", "uncodable")


def two_codings(n: int, seed: int = 7) -> tuple[Session, Session]:
    """``n`` contiguous Interaction episodes; the second coder moves each boundary by up to
    ±400 ms and codes one episode in six differently, and both mark infant bids."""
    rng = random.Random(seed)
    bounds = [0]
    for _ in range(n):
        bounds.append(bounds[-1] + rng.randrange(200, 1600, 40))
    codes = [CODES[i % 3] if i % 50 else CODES[3] for i in range(n)]
    moved = [bounds[0]]
    for k in range(1, n):
        lo, hi = moved[k - 1] + 40, bounds[k + 1] - 40
        moved.append(min(max(bounds[k] + rng.randrange(-400, 401, 40), lo), hi))
    moved.append(bounds[-1])
    codes_b = [rng.choice(CODES[:3]) if rng.random() < 1 / 6 else c for c in codes]
    end = bounds[-1]
    bids = sorted(rng.randrange(0, end) for _ in range(n // 5))
    bids_b = sorted(max(0, b + rng.randrange(-600, 600)) for b in bids if rng.random() > 0.1)

    def session(bs: list[int], cs: list[str], marks: list[int]) -> Session:
        eps = [Episode(f"s{i}", "Interaction", c, bs[i], bs[i + 1]) for i, c in enumerate(cs)]
        eps += [Episode(f"p{i}", "Marks", "infant bid", t) for i, t in enumerate(marks)]
        media = [Media("bench.mp4", sha256="ab" * 32, fps=25.0, duration_ms=end)]
        return Session(default_scheme(), duration_ms=end, media=media, episodes=eps)

    return session(bounds, codes, bids), session(moved, codes_b, bids_b)


def best(fn: object, repeat: int) -> float:
    return min(timeit.repeat(fn, number=1, repeat=repeat))  # type: ignore[arg-type]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--repeat", type=int, default=7)
    args = p.parse_args()
    labels = LabelSet(CODES)
    index = labels.index()

    # ~30 minutes: episodes average 0.9 s, so 2,000 of them
    a, b = two_codings(2000)
    span = min(a.duration_ms, b.duration_ms)
    a30, b30 = a, b
    while span < 30 * 60_000:  # make sure the codings cover 30 minutes
        a30, b30 = two_codings(int(2000 * 30 * 60_000 / span) + 50)
        span = min(a30.duration_ms, b30.duration_ms)
    span = 30 * 60_000
    n_units = unit_count(span, 100)

    def tu(tolerance: int) -> object:
        def run() -> None:
            ta = make_track(a30.layer_episodes("Interaction"), index, end_ms=span, point=False)
            tb = make_track(b30.layer_episodes("Interaction"), index, end_ms=span, point=False)
            time_unit_agreement(
                ta,
                tb,
                labels=labels,
                point=False,
                unit_ms=100,
                n_units=n_units,
                tolerance=tolerance,
            )

        return run

    def ev() -> None:
        end = min(a.duration_ms, b.duration_ms)
        ta = make_track(a.layer_episodes("Interaction"), index, end_ms=end, point=False)
        tb = make_track(b.layer_episodes("Interaction"), index, end_ms=end, point=False)
        event_agreement(ta, tb, labels=labels, point=False)

    rows = [
        (f"time-unit κ, 30 min at 100 ms ({n_units} units)", best(tu(0), args.repeat)),
        ("time-unit κ, same, tolerance 2 s (20 units)", best(tu(20), args.repeat)),
        (
            f"event κ, {len(a.layer_episodes('Interaction'))} vs "
            f"{len(b.layer_episodes('Interaction'))} episodes",
            best(ev, args.repeat),
        ),
    ]
    whole = best(lambda: compare_sessions(a, b, unit="100ms", tolerance="2s"), args.repeat)
    r = compare_sessions(a, b, unit="100ms")
    inter = r.layer("Interaction")
    assert inter is not None
    print(f"attachcoder agreement benchmark (best of {args.repeat}; target < {TARGET_S} s each)")
    for label, secs in rows:
        verdict = "ok" if secs < TARGET_S else "SLOWER THAN TARGET"
        print(f"  {label:<56} {secs * 1000:8.1f} ms   {verdict}")
    print(
        f"  {'whole compare_sessions, 3 layers, 100 ms, tolerance 2 s':<56} {whole * 1000:8.1f} ms"
    )
    print(
        f"  (sanity: time-unit κ {inter.time_units.stats.kappa:.3f}, "
        f"event κ {inter.events.stats.kappa:.3f}, linked {inter.events.percent_linked:.1f}%)"
    )


if __name__ == "__main__":
    main()
