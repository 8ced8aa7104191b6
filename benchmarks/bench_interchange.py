#!/usr/bin/env python3
"""How fast interchange is (target: each step under 1 s, so File → Import never feels slow).

    .venv/bin/python benchmarks/bench_interchange.py [--repeat R]

Prints the best of R runs of:
- importing the 2.4 MB pympi sample (EAF 2.7, 4,788 annotations, 1,572 unaligned slots) from
  ../shared/fixtures, when it is there;
- importing every observation of BORIS's test project;
- exporting a 30-minute session of 5,000 episodes as EAF 3.0, and as SDIS;
- importing that EAF back.
Nothing here fails a build (timed asserts do not belong in tests).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from attachcoder.core import Episode, Media, Session  # noqa: E402
from attachcoder.io.interchange import eaf_bytes, import_file, sdis_text  # noqa: E402
from attachcoder.io.interchange.eaf import read_eaf  # noqa: E402
from attachcoder.io.session.file import default_scheme  # noqa: E402

TARGET_S = 1.0
FIXTURES = ROOT.parent / "shared" / "fixtures"
CODES = ("attuned", "misattuned", "repair", "uncodable")


def big_session(n: int = 5000, seed: int = 3) -> Session:
    rng = random.Random(seed)
    episodes, t = [], 0
    for i in range(n):
        length = rng.randrange(100, 700)
        mods = {"initiator": "caregiver"} if CODES[i % 4] == "repair" else {}
        note = "remark" if i % 40 == 0 else ""
        episodes.append(Episode(f"e{i}", "Interaction", CODES[i % 4], t, t + length, note, mods))
        t += length
    return Session(
        default_scheme(),
        media=[Media("video.mp4", duration_ms=t)],
        duration_ms=t,
        episodes=episodes,
    )


def best(fn, repeat: int) -> float:
    return min(timeit.repeat(fn, number=1, repeat=repeat))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    rows: list[tuple[str, float]] = []
    pympi = FIXTURES / "elan" / "pympi-sample_2.7.eaf"
    if pympi.exists():
        rows.append(
            ("import EAF 2.7, 2.4 MB (pympi sample)", best(lambda: import_file(pympi), repeat))
        )
    boris = FIXTURES / "boris" / "test.boris"
    if boris.exists():
        rows.append(
            ("import BORIS project, 12 observations", best(lambda: import_file(boris), repeat))
        )
    session = big_session()
    data = eaf_bytes(session)[0]
    rows.append(("export EAF 3.0, 5,000 episodes", best(lambda: eaf_bytes(session), repeat)))
    rows.append(("export SDIS, 5,000 episodes", best(lambda: sdis_text([("s", session)]), repeat)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.eaf"
        path.write_bytes(data)
        rows.append(("import that EAF back", best(lambda: read_eaf(path), repeat)))
    for label, seconds in rows:
        verdict = "ok" if seconds < TARGET_S else f"over the {TARGET_S:g} s target"
        print(f"{label:<42} {seconds * 1000:8.1f} ms  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
