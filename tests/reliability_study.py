"""A small study whose reliability pairs are all coded and complete, made through the commands.

Every video is double-coded (fraction 1); the primary coder codes the Interaction layer in
2 s stretches, the reliability coder the same with a few stretches changed (a different number
per video, so κ differs from pair to pair), and both rate sensitivity. Needs a QApplication
(``study add`` probes the videos with Qt's media probe): take the ``qapp`` fixture.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from small_videos import make_videos

from attachcoder.cli import main
from attachcoder.core import Episode
from attachcoder.io.session.file import load, save
from attachcoder.io.study.file import load_study

CODES = ["attuned", "misattuned", "repair"]


def code(path: Path, changed: set[int], rating: int, completed_at: str) -> None:
    """Write a complete coding: 2 s stretches cycling the codes, ``changed`` ones shifted,
    the stretch at 4–6 s uncodable, and a sensitivity rating."""
    s = load(path)
    eps = []
    for i in range(s.duration_ms // 2000):
        c = "uncodable" if i == 2 else CODES[(i + (1 if i in changed else 0)) % 3]
        eps.append(Episode(f"e{i}", "Interaction", c, i * 2000, (i + 1) * 2000))
    out = type(s)(
        s.scheme,
        metadata=dataclasses.replace(s.metadata, status="complete", completed_at=completed_at),
        media=s.media,
        duration_ms=s.duration_ms,
        episodes=eps,
        ratings={"sensitivity": rating},
    )
    save(out, path, backup=False)


def make_study(folder: Path, videos_dir: Path, *init_args: str, n: int = 6) -> Path:
    """``n`` videos of 20 s, all double-coded and complete; ``init_args`` go to ``study init``
    (e.g. ``--align gseq``)."""
    videos = make_videos(videos_dir, n, seconds=20)
    argv = ["study", "init", str(folder), "--coders", "C1,C2,C3", "--seed", "11",
            "--fraction", "1", "--tolerance", "0s", *init_args]  # fmt: skip
    assert main(argv) == 0
    assert main(["study", "add", str(folder), *map(str, videos), "--date", "2027-01-10"]) == 0
    assert main(["study", "sample", str(folder)]) == 0
    study = load_study(folder)
    for i, v in enumerate(study.videos):
        base = folder / "sessions" / v.dyad_id
        code(base / f"{v.dyad_id}_{v.primary}.acs", {i % 5, 6 + i % 3}, 4 + i % 4,
             f"2027-02-{i + 1:02}T10:00:00+00:00")  # fmt: skip
        assert v.reliability is not None
        code(base / f"{v.dyad_id}_{v.reliability}.acs", set(range(3, 3 + i % 4)),
             4 + i % 4 + (i % 3 == 0), f"2027-02-{i + 1:02}T12:00:00+00:00")  # fmt: skip
    return folder
